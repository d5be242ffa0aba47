"""Intake: turn what arrives (a folder, an e-mail, field-set JSON) into a case's documents."""

from intake.case import CaseDocument, CaseInput, load_case, load_document_file

__all__ = ["CaseDocument", "CaseInput", "load_case", "load_document_file"]
