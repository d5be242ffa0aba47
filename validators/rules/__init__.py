"""Validation rules: small named functions, each with one stable rule id.

The rule *functions* live in :mod:`validators.rules.document` (one form's own
rules) and :mod:`validators.rules.case` (a whole submission). Their severity and
whether they run are *data*: the bundled ``rules.toml`` table, tuned per office by
the ``[rules.<ID>]`` tables of the office profile (``Office.rules``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from validators.findings import Severity

RULES_TOML: Final = Path(__file__).with_name("rules.toml")


@dataclass(frozen=True)
class Hit:
    """What a rule function reports; the engine turns it into a Finding."""

    field: str | None
    message: str
    input: Any = None
    #: Overrides the table severity (e.g. an office that requires a government
    #: applicant makes the sender rule an error); an office override still wins.
    severity: Severity | None = None
    #: Item when the field's own spec does not say it (case rules).
    item: str | None = None


@dataclass(frozen=True)
class RuleDef:
    """A rule function with its id, the form types it applies to and its reason."""

    id: str
    forms: tuple[str, ...]
    func: Callable[..., Iterable[Hit]]
    reason: str | None = None


#: Every rule in code, by id; filled by the ``rule`` decorator at import.
RULES: dict[str, RuleDef] = {}


def rule(
    rule_id: str, *, forms: Iterable[str], reason: str | None = None
) -> Callable[[Callable[..., Iterable[Hit]]], Callable[..., Iterable[Hit]]]:
    """Register a rule function under ``rule_id`` for ``forms`` ("case" for case rules)."""

    def register(func: Callable[..., Iterable[Hit]]) -> Callable[..., Iterable[Hit]]:
        if rule_id in RULES:
            raise ValueError(f"duplicate rule id {rule_id}")
        RULES[rule_id] = RuleDef(rule_id, tuple(forms), func, reason)
        return func

    return register


@dataclass(frozen=True)
class RuleRow:
    """One row of the rule table: the tunable part of a rule."""

    id: str
    severity: Severity
    enabled: bool
    title: str
    #: True when an office override set the severity (it then beats a Hit's own).
    severity_overridden: bool = False


@dataclass(frozen=True)
class RuleTable:
    """Severity and on/off of every rule, after the office's overrides."""

    rows: dict[str, RuleRow] = field(default_factory=dict)

    @classmethod
    def bundled(cls) -> RuleTable:
        """The table shipped in ``validators/rules/rules.toml``."""
        return cls.from_toml(RULES_TOML)

    @classmethod
    def from_toml(cls, path: Path) -> RuleTable:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        rows: dict[str, RuleRow] = {}
        for row in data.get("rule", []):
            severity = row["severity"]
            if severity not in ("error", "warning"):
                raise ValueError(f"{path.name}: rule {row['id']}: bad severity {severity!r}")
            rows[row["id"]] = RuleRow(
                id=row["id"],
                severity=severity,
                enabled=bool(row.get("enabled", True)),
                title=str(row.get("title", "")),
            )
        return cls(rows)

    def with_overrides(self, overrides: Mapping[str, Any]) -> RuleTable:
        """A copy with per-rule overrides (objects or dicts with severity/enabled)."""
        rows = dict(self.rows)
        for rule_id, override in overrides.items():
            if rule_id not in rows:
                raise ValueError(f"override for unknown rule id {rule_id}")
            get = override.get if isinstance(override, Mapping) else override.__getattribute__
            severity = get("severity")
            enabled = get("enabled")
            row = rows[rule_id]
            rows[rule_id] = RuleRow(
                id=row.id,
                severity=severity or row.severity,
                enabled=row.enabled if enabled is None else bool(enabled),
                title=row.title,
                severity_overridden=severity is not None or row.severity_overridden,
            )
        return RuleTable(rows)

    def for_office(self, office: Any) -> RuleTable:
        """Apply ``office.rules`` (an :class:`rekom.offices.Office`), if it has any."""
        overrides = getattr(office, "rules", None) or {}
        return self.with_overrides(overrides) if overrides else self

    def row(self, rule_id: str) -> RuleRow:
        try:
            return self.rows[rule_id]
        except KeyError:
            raise KeyError(f"rule {rule_id} has no row in the rule table") from None

    def severity_of(self, rule_id: str, hit: Hit) -> Severity:
        row = self.row(rule_id)
        if hit.severity is not None and not row.severity_overridden:
            return hit.severity
        return row.severity


def all_rules() -> dict[str, RuleDef]:
    """Every rule in code (imports the rule modules so they register)."""
    import validators.rules.case
    import validators.rules.document  # noqa: F401 - registers the rules

    return RULES
