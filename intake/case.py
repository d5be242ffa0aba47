"""Load a submission (case) or a single file into documents with their field sets.

Accepted inputs:

- a folder: every file in it (field-set JSON, e-mails, PDFs, Word files, images);
- an ``.eml`` e-mail: its attachments (stdlib parser, ``policy.default``), sender = From;
- field-set JSON: a sample's ``*.expected.json`` (one document, or the ``documents`` of a
  bundle or e-mail), ``rekom extract --json`` output (a list) or ``{"form_type", "fields"}``.

Documents other than JSON go through ``extractors.extract.extract_file``, imported
lazily: when it is not available the document is kept with form type ``unknown``
and the reason in :attr:`CaseInput.errors`, instead of failing the whole case.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import Any, NamedTuple

from rekom.errors import InputError

EXTRACTION_UNAVAILABLE = "ekstraksi belum tersedia / extraction not available"
#: File names in a folder that are not documents of the submission.
_SKIP = re.compile(r"^(\.|~\$)|\.(expected\.json|txt|md|log)$", re.IGNORECASE)


class CaseDocument(NamedTuple):
    """One document of a case: its name, form type and flat fields (values or evidence)."""

    file: str
    form_type: str
    fields: dict[str, Any]


@dataclass
class CaseInput:
    """What a submission holds."""

    documents: list[CaseDocument] = field(default_factory=list)
    sender: str | None = None
    subject: str | None = None
    #: The office the source says it was sent to (a sample's ``office``), when known.
    office: str | None = None
    #: Per-document reasons a document could not be read, by file name.
    errors: dict[str, str] = field(default_factory=dict)
    #: Page count per document, when known.
    pages: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------- field-set JSON


def _with_pages(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A sample's fields with its ``field_pages`` folded in as evidence objects."""
    fields = doc.get("fields") or {}
    if not isinstance(fields, Mapping):
        raise InputError("'fields' harus objek JSON / 'fields' must be an object")
    pages = doc.get("field_pages") or {}
    out: dict[str, Any] = {}
    for key, value in fields.items():
        page = pages.get(key) if isinstance(pages, Mapping) else None
        if isinstance(page, int) and not (isinstance(value, Mapping) and "value" in value):
            out[key] = {"value": value, "page": page}
        else:
            out[key] = value
    return out


def _json_documents(data: Any, path: Path) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(data, list):
        for index, item in enumerate(data, start=1):
            if not isinstance(item, Mapping):
                raise InputError(f"{path}: butir ke-{index} bukan objek / item is not an object")
            yield str(item.get("file") or f"{path.name}#{index}"), item
        return
    if not isinstance(data, Mapping):
        raise InputError(f"{path}: harus objek atau daftar JSON / must be a JSON object or list")
    if "documents" in data:
        for index, doc in enumerate(data["documents"], start=1):
            label = str(doc.get("attachment") or doc.get("file") or f"dokumen {index}")
            if isinstance(doc.get("pages"), list) and doc["pages"]:
                label = f"{label} (hal. {doc['pages'][0]}-{doc['pages'][-1]})"
            yield label, doc
        return
    yield str(data.get("file") or path.name), data


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"Berkas {path} tidak ditemukan / file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            f"Berkas {path} tidak dapat dibaca sebagai JSON / unreadable: {exc}"
        ) from exc


def _from_json(path: Path, into: CaseInput) -> None:
    data = _read_json(path)
    if isinstance(data, Mapping):
        mail = data.get("mail")
        if isinstance(mail, Mapping) and mail.get("from"):
            into.sender = str(mail["from"])
            into.subject = mail.get("subject")
        if isinstance(data.get("office"), str):
            into.office = data["office"]
    for label, doc in _json_documents(data, path):
        form_type = str(doc.get("form_type") or "unknown")
        into.documents.append(CaseDocument(label, form_type, _with_pages(doc)))
        if isinstance(doc.get("pages"), int):
            into.pages[label] = doc["pages"]


# ------------------------------------------------------------------- extraction


def _evidence(found: Any) -> Any:
    """An ExtractedField (or a mapping) → the evidence object parse_fields reads."""
    if isinstance(found, Mapping):
        return dict(found)
    if hasattr(found, "value"):
        bbox = getattr(found, "bbox", None)
        return {
            "value": found.value,
            "confidence": getattr(found, "confidence", None),
            "page": getattr(found, "page", None),
            "bbox": list(bbox) if bbox is not None else None,
        }
    return found


def _extracted(label: str, result: Any, into: CaseInput) -> None:
    error = getattr(result, "error", None)
    subs = getattr(result, "documents", None) or []
    if len(subs) == 1:
        result = subs[0]
    elif subs:
        for index, sub in enumerate(subs, start=1):
            _extracted(f"{label}#{index}", sub, into)
        return
    fields = {key: _evidence(value) for key, value in (getattr(result, "fields", {}) or {}).items()}
    into.documents.append(
        CaseDocument(label, str(getattr(result, "form_type", None) or "unknown"), fields)
    )
    if error:
        into.errors[label] = str(error)


def _extract(path: Path, label: str, into: CaseInput) -> None:
    try:
        from extractors.extract import extract_file
    except ImportError:
        into.documents.append(CaseDocument(label, "unknown", {}))
        into.errors[label] = EXTRACTION_UNAVAILABLE
        return
    try:
        result = extract_file(path)
    except Exception as exc:  # an extractor fault must not lose the rest of the case
        into.documents.append(CaseDocument(label, "unknown", {}))
        into.errors[label] = f"ekstraksi gagal / extraction failed: {exc}"
        return
    _extracted(label, result, into)


# ------------------------------------------------------------------------ e-mail


def safe_filename(name: str | None, index: int) -> str:
    """An attachment name safe to write: no folders, no control characters."""
    base = Path((name or "").replace("\\", "/")).name
    base = re.sub(r"[\x00-\x1f<>:\"|?*]", "_", base).strip(" .")
    return base or f"lampiran-{index}"


def read_eml(path: Path) -> EmailMessage:
    """Parse an e-mail; ``InputError`` when it is not one."""
    try:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    except OSError as exc:
        raise InputError(f"Berkas {path} tidak dapat dibaca / unreadable: {exc}") from exc
    if not isinstance(message, EmailMessage) or not message.get("From"):
        raise InputError(
            f"{path.name}: bukan surel yang valid (tanpa pengirim) / malformed e-mail (no From)"
        )
    return message


def _from_eml(path: Path, into: CaseInput) -> None:
    message = read_eml(path)
    into.sender = parseaddr(str(message.get("From")))[1] or None
    into.subject = str(message.get("Subject") or "") or None
    # The office inbox the mail went to ("bps6371@bps.go.id") names the office.
    office = re.search(r"\bbps(\d{4})@bps\.go\.id", str(message.get("To") or ""), re.I)
    if office:
        into.office = office.group(1)
    with tempfile.TemporaryDirectory(prefix="rekom-eml-") as tmp:
        for index, part in enumerate(message.iter_attachments(), start=1):
            name = safe_filename(part.get_filename(), index)
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            target = Path(tmp) / f"{index:02d}-{name}"
            target.write_bytes(payload)
            _file(target, name, into)


def _file(path: Path, label: str, into: CaseInput) -> None:
    if path.suffix.lower() == ".json":
        _from_json(path, into)
    elif path.suffix.lower() == ".eml":
        _from_eml(path, into)
    else:
        _extract(path, label, into)


# -------------------------------------------------------------------------- API


def load_case(path: Path) -> CaseInput:
    """A whole submission from a folder, an ``.eml`` or field-set JSON."""
    into = CaseInput()
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.is_file() and not _SKIP.search(child.name):
                _file(child, child.name, into)
    elif not path.exists():
        raise InputError(f"{path} tidak ditemukan / not found")
    else:
        _file(path, path.name, into)
    return into


def load_document_file(path: Path) -> CaseInput:
    """The documents of one file given to ``rekom check`` (no case rules run on them)."""
    if not path.is_file():
        raise InputError(f"Berkas {path} tidak ditemukan / file not found")
    into = CaseInput()
    _file(path, path.name, into)
    return into
