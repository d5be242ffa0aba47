"""Extraction: bytes -> pages -> lines -> words -> typed fields with evidence.

Plain functions from a normalised document to fields: no I/O beyond the external
programs they wrap, no Prefect, no settings lookups.
"""
