"""Reading field-set JSON files and checking them against the form models.

Three shapes are accepted, so the same command serves samples, extraction
output and hand-written sets:

- a sample's ``*.expected.json``: one document, or ``documents`` of a bundle/e-mail;
- the output of ``rekom extract --json``: a list of ``{file, form_type, fields}``
  where each field is ``{value, confidence, page, bbox}``;
- a plain ``{"form_type": ..., "fields": {...}}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rekom.errors import InputError
from validators import FORM_MODELS, parse_fields


@dataclass(frozen=True)
class DocumentReport:
    """The model issues of one document's field set."""

    label: str
    form_type: str | None
    field_count: int
    issues: list[dict[str, Any]]
    #: Fields the source declares malformed (sample defects), for the demo's comparison.
    declared_malformed: frozenset[str] = frozenset()
    checked: bool = True

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass(frozen=True)
class FileReport:
    path: Path
    documents: list[DocumentReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(doc.ok for doc in self.documents)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "ok": self.ok,
            "documents": [
                {
                    "document": doc.label,
                    "form_type": doc.form_type,
                    "checked": doc.checked,
                    "fields": doc.field_count,
                    "issues": doc.issues,
                }
                for doc in self.documents
            ],
        }

    def render(self) -> str:
        lines = [f"{self.path}:"]
        for doc in self.documents:
            head = f"  {doc.label} [{doc.form_type or '?'}]"
            if not doc.checked:
                lines.append(f"{head}: tidak ada model untuk jenis ini / no model for this type")
                continue
            if doc.ok:
                lines.append(f"{head}: {doc.field_count} isian valid / fields valid")
                continue
            lines.append(f"{head}: {len(doc.issues)} isian tidak valid / invalid values")
            for issue in doc.issues:
                page = f" (hal. {issue['page']})" if issue.get("page") else ""
                lines.append(f"    - {issue['field']}{page}: {issue['message_id']}")
                lines.append(f"      {issue['message_en']} (input: {issue['input']!r})")
        return "\n".join(lines)


def _documents(data: Any, path: Path) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Yield (label, document object) for every field set the file holds."""
    if isinstance(data, list):
        for index, item in enumerate(data, start=1):
            if not isinstance(item, Mapping):
                raise InputError(
                    f"{path}: butir ke-{index} bukan objek JSON / item {index} is not an object"
                )
            yield str(item.get("file") or f"#{index}"), item
        return
    if not isinstance(data, Mapping):
        raise InputError(
            f"{path}: isi harus objek atau daftar JSON / must be a JSON object or list"
        )
    if "documents" in data:
        for index, doc in enumerate(data["documents"], start=1):
            label = doc.get("attachment") or doc.get("file") or f"dokumen {index}"
            if "pages" in doc and isinstance(doc["pages"], list):
                label = f"{label} (hal. {doc['pages'][0]}-{doc['pages'][-1]})"
            yield str(label), doc
        return
    yield str(data.get("file") or path.name), data


def _declared_malformed(doc: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(
        str(d["field"])
        for d in doc.get("defects") or []
        if isinstance(d, Mapping) and d.get("kind") == "malformed" and d.get("field")
    )


def check_document(label: str, doc: Mapping[str, Any]) -> DocumentReport:
    """Load one document's fields into its form model and collect the issues."""
    form_type = doc.get("form_type")
    fields = doc.get("fields") or {}
    if not isinstance(fields, Mapping):
        raise InputError(f"{label}: 'fields' harus objek JSON / 'fields' must be an object")
    declared = _declared_malformed(doc)
    if form_type not in FORM_MODELS:
        return DocumentReport(label, form_type, len(fields), [], declared, checked=False)
    result = parse_fields(str(form_type), fields)
    issues = [issue.as_dict() for issue in result.issues]
    return DocumentReport(label, str(form_type), len(fields), issues, declared)


def load_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"Berkas {path} tidak ditemukan / file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Berkas {path} tidak dapat dibaca / unreadable: {exc}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"Berkas {path} bukan JSON yang valid / not valid JSON "
            f"(baris {exc.lineno}, kolom {exc.colno}: {exc.msg})"
        ) from exc


def validate_file(path: Path) -> FileReport:
    """Check every field set in a JSON file; raises ``InputError`` if unreadable."""
    data = load_json(path)
    return FileReport(path, [check_document(label, doc) for label, doc in _documents(data, path)])
