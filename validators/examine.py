"""Examine a document or a whole case: run the rules, collect findings, give a verdict.

This is the API the CLI (``rekom check``), the letters and the review screen use.
A single document gets its own form's rules only; :func:`examine_case` adds the
rules that need the whole submission.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from validators.fieldset import Evidence, _json_ready, parse_fields
from validators.findings import Finding, Verdict, verdict_of
from validators.rules import Hit, RuleDef, RuleTable, all_rules
from validators.rules.case import CaseContext
from validators.rules.document import DocContext
from validators.spec import FIELD_SPECS

if TYPE_CHECKING:
    from rekom.offices import Office


@dataclass
class DocumentResult:
    """One examined document."""

    file: str
    form_type: str
    verdict: Verdict
    findings: list[Finding]
    #: Valid values, flat FORMS.md keys and value forms.
    fields: dict[str, Any]
    evidence: dict[str, Evidence] = field(default_factory=dict)
    pages: int | None = None
    #: Why the document could not be examined (unreadable, extraction unavailable).
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The ``rekom check --json`` object of this document."""
        out: dict[str, Any] = {
            "file": self.file,
            "form_type": self.form_type,
            "verdict": self.verdict,
            "findings": [f.public_dict() for f in self.findings],
        }
        if self.error:
            out["error"] = self.error
        return out


@dataclass
class CaseResult:
    """One examined submission: case findings plus every document's findings."""

    file: str
    verdict: Verdict
    #: Case findings, then every document's findings (with ``document`` set).
    findings: list[Finding]
    documents: list[DocumentResult]
    office: Office
    sender: str | None = None

    def cover_letter(self) -> DocumentResult | None:
        return next((d for d in self.documents if d.form_type == "surat_pengantar"), None)

    def main_form(self) -> DocumentResult | None:
        """The FS3 or FP-KPA of the case."""
        return next((d for d in self.documents if d.form_type in ("fs3", "fp-kpa")), None)

    def as_dict(self) -> dict[str, Any]:
        """The ``rekom check --case --json`` object."""
        main = self.main_form()
        return {
            "file": self.file,
            "form_type": "case",
            "verdict": self.verdict,
            "findings": [f.public_dict() for f in self.findings if f.document is None],
            "office": self.office.code,
            "sender": self.sender,
            "main_form": main.form_type if main else None,
            "documents": [d.as_dict() for d in self.documents],
        }


_DEFAULT_TABLE: RuleTable | None = None


def _table(rules: RuleTable | None, office: Office | None) -> RuleTable:
    global _DEFAULT_TABLE
    if rules is None:
        if _DEFAULT_TABLE is None:
            _DEFAULT_TABLE = RuleTable.bundled()
        rules = _DEFAULT_TABLE
    return rules.for_office(office) if office is not None else rules


def _page(key: str | None, evidence: Mapping[str, Evidence]) -> int | None:
    if key is None:
        return None
    found = evidence.get(key)
    if found is not None and found.page is not None:
        return found.page
    pages = [ev.page for name, ev in evidence.items() if name.startswith(f"{key}.") and ev.page]
    return min(pages) if pages else None


def _finding(
    definition: RuleDef,
    hit: Hit,
    table: RuleTable,
    *,
    form_type: str | None,
    evidence: Mapping[str, Evidence],
    document: str | None,
) -> Finding:
    spec = FIELD_SPECS.get(form_type or "", {}).get(hit.field or "")
    item = hit.item or (spec.item if spec else None)
    message = f"{item}: {hit.message}" if item and not hit.message.startswith(item) else hit.message
    return Finding(
        rule=definition.id,
        severity=table.severity_of(definition.id, hit),
        field=hit.field,
        page=_page(hit.field, evidence),
        message=message,
        item=item,
        reason=definition.reason,
        input=_json_ready(hit.input),
        document=document,
    )


def _run(form: str, context: Any, table: RuleTable, **where: Any) -> list[Finding]:
    findings = []
    for definition in all_rules().values():
        if form not in definition.forms or not table.row(definition.id).enabled:
            continue
        for hit in definition.func(context):
            findings.append(_finding(definition, hit, table, **where))
    return findings


def examine_document(
    form_type: str,
    fields: Mapping[str, Any],
    *,
    file: str = "",
    office: Office | None = None,
    rules: RuleTable | None = None,
    pages: int | None = None,
) -> DocumentResult:
    """Run one document's own rules. ``fields``: flat keys, raw values or evidence objects.

    A form type without rules (kuesioner, lainnya, unknown) gives no findings.
    """
    table = _table(rules, office)
    if form_type not in FIELD_SPECS:
        # No rules for this type (kuesioner, lainnya, unknown): keep the plain values only.
        values = {
            key: raw.get("value") if isinstance(raw, Mapping) and "value" in raw else raw
            for key, raw in fields.items()
        }
        return DocumentResult(file, form_type, "lengkap", [], values, {}, pages)
    parsed = parse_fields(form_type, fields)
    context = DocContext(
        form_type=form_type,
        fields=parsed.fields,
        refused=frozenset(issue.field for issue in parsed.issues),
        issues=list(parsed.issues),
    )
    findings = _run(
        form_type,
        context,
        table,
        form_type=form_type,
        evidence=parsed.evidence,
        document=file or None,
    )
    return DocumentResult(
        file=file,
        form_type=form_type,
        verdict=verdict_of(findings),
        findings=findings,
        fields=parsed.fields,
        evidence=dict(parsed.evidence),
        pages=pages,
    )


def examine_case(
    documents: Sequence[DocumentResult],
    *,
    office: Office,
    sender: str | None = None,
    registry: Callable[..., list[Any]] | None = None,
    file: str = "",
    rules: RuleTable | None = None,
) -> CaseResult:
    """Run the case rules over already examined documents.

    ``registry(instansi=, judul=, tahun=)`` returns earlier recommendations of a
    near-identical activity (``store.registry.find_similar_activity`` bound to a session).
    """
    table = _table(rules, office)
    context = CaseContext(documents, office, sender, registry)
    main = context.main_form
    letter = context.cover_letter
    case_findings = []
    for found in _run("case", context, table, form_type=None, evidence={}, document=None):
        # A case finding on a cover-letter key takes its page from the letter.
        if found.field and letter and found.field in letter.evidence:
            found = found.model_copy(update={"page": _page(found.field, letter.evidence)})
        elif found.field and main and found.field in main.evidence:
            found = found.model_copy(update={"page": _page(found.field, main.evidence)})
        case_findings.append(found)
    document_findings = [
        f if f.document else f.model_copy(update={"document": d.file})
        for d in documents
        for f in d.findings
    ]
    findings = case_findings + document_findings
    return CaseResult(
        file=file,
        verdict=verdict_of(findings),
        findings=findings,
        documents=list(documents),
        office=office,
        sender=sender,
    )
