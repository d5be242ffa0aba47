"""Findings: what the examination says about a form or a case.

Shaped like pydantic's own errors (location, code, severity, message, input,
page) so they read the same wherever they appear: ``rekom check --json``, the
letters (each point traces back to its finding), the review screen.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

Severity = Literal["error", "warning"]
Verdict = Literal["lengkap", "perlu_perbaikan"]


class Finding(BaseModel):
    """One result of one rule on one field (or on the whole form or case)."""

    model_config = ConfigDict(frozen=True)

    #: Stable rule id, e.g. ``FS3-R5-06``; documented in docs/rules.md.
    rule: str
    #: ``error`` must be corrected before a recommendation; ``warning`` is advice.
    severity: Severity
    #: FORMS.md dotted key, or None for a finding on the whole form or case.
    field: str | None = None
    #: 1-based page of the evidence, when known.
    page: int | None = None
    #: Bahasa Indonesia, naming the block and item ("Blok V R.5.6: ...").
    message: str
    #: Block and item the finding concerns, as the form prints it ("Blok V R.5.6").
    item: str | None = None
    #: The legal or technical reason, when there is one.
    reason: str | None = None
    #: The value the rule looked at, for the officer and the letter.
    input: Any = None
    #: Which document of a case the finding is about (file name), None for case rules.
    document: str | None = None

    def public_dict(self) -> dict[str, Any]:
        """The ``rekom check --json`` form: rule, severity, field, page, message."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "field": self.field,
            "page": self.page,
            "message": self.message,
        }


def verdict_of(findings: list[Finding]) -> Verdict:
    """``lengkap`` means no error finding; warnings become advice in the letter."""
    return "perlu_perbaikan" if any(f.severity == "error" for f in findings) else "lengkap"
