"""Letters: templates per office, rendering to DOCX and PDF, letter numbering."""
