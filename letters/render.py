"""Letters from an examined case: draft (no number) and signed (numbered) DOCX + PDF.

The letter kind follows the case verdict: ``lengkap`` → ``rekomendasi`` (warnings
become numbered advice), ``perlu_perbaikan`` → ``perbaikan`` (every error finding
is a numbered point to fix). Every numbered point is written, with the finding it
comes from, to a ``<letter>.trace.json`` sidecar.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal, Protocol

from docxtpl import DocxTemplate
from jinja2 import TemplateError

from letters.build_templates import DEFAULT_NAME, TEMPLATES_DIR
from letters.convert import SOFFICE, to_pdf
from letters.dates import tanggal_indonesia
from rekom.errors import LetterError
from rekom.offices import Office
from rekom.wilayah import region_name
from store.db import Store
from store.numbering import take_letter_number
from validators.findings import Finding

Kind = Literal["rekomendasi", "perbaikan"]

#: What a draft shows where the number will be.
DRAFT_NUMBER = "(nomor diberikan saat ditandatangani)"
DRAFT_RECOMMENDATION_ID = "(diberikan saat ditandatangani)"
#: Blank lines for what the office profile has not set; never an invented name.
BLANK_NAME = "(nama penandatangan)"
BLANK_NIP = "...................."


class DocumentLike(Protocol):
    """What a letter reads from one examined document (``validators.examine.DocumentResult``)."""

    @property
    def file(self) -> str: ...
    @property
    def form_type(self) -> str: ...
    @property
    def fields(self) -> Mapping[str, Any]: ...
    @property
    def findings(self) -> Sequence[Finding]: ...


class CaseLike(Protocol):
    """What a letter reads from an examined case (``validators.examine.CaseResult``)."""

    @property
    def verdict(self) -> str: ...
    @property
    def findings(self) -> Sequence[Finding]: ...
    @property
    def documents(self) -> Sequence[DocumentLike]: ...
    def cover_letter(self) -> DocumentLike | None: ...
    def main_form(self) -> DocumentLike | None: ...


@dataclass(frozen=True)
class DraftLetter:
    """A letter without a number, for the officer to read and edit."""

    kind: Kind
    docx: Path
    pdf: Path
    trace: Path


@dataclass(frozen=True)
class SignedLetter:
    """A numbered letter; the number was taken in the transaction that made it."""

    kind: Kind
    number: str
    #: ``REK-<work unit>-<yyyy>-<seq>`` for a recommendation, None for a correction.
    recommendation_id: str | None
    docx: Path
    pdf: Path
    trace: Path


@dataclass(frozen=True)
class Point:
    """One numbered point of a letter and the finding it comes from."""

    nomor: int
    bagian: Literal["perbaikan", "saran"]
    teks: str
    finding: Finding

    def trace(self) -> dict[str, Any]:
        f = self.finding
        return {
            "nomor": self.nomor,
            "bagian": self.bagian,
            "rule": f.rule,
            "field": f.field,
            "item": f.item,
            "page": f.page,
            "document": f.document,
            "severity": f.severity,
            "message": f.message,
        }


def letter_kind(case: CaseLike) -> Kind:
    """``perbaikan`` when the case has any error finding or is judged so, else ``rekomendasi``."""
    if case.verdict == "perlu_perbaikan" or any(f.severity == "error" for f in all_findings(case)):
        return "perbaikan"
    return "rekomendasi"


def all_findings(case: CaseLike) -> list[Finding]:
    """Case findings, then each document's, once each, with the document named.

    A case result may repeat its documents' findings in its own list (with or
    without the file name); such a repeat is one point, placed where it first
    appears, naming the document when either copy does.
    """
    found: dict[tuple[Any, ...], Finding] = {}
    sources: list[tuple[str | None, Iterable[Finding]]] = [(None, case.findings)]
    sources += [(doc.file or None, doc.findings) for doc in case.documents]
    for file, findings in sources:
        for finding in findings:
            if finding.document is None and file is not None:
                finding = finding.model_copy(update={"document": file})
            key = (finding.rule, finding.field, finding.page, finding.message)
            known = found.get(key)
            if known is None or (known.document is None and finding.document is not None):
                found[key] = finding
    return list(found.values())


def point_text(finding: Finding) -> str:
    """The letter's wording of a finding, with a short reference to where it is.

    The message already names the block and item ("Blok V R.5.6: ..."); the item is
    moved into the reference in brackets so the point reads as a sentence.
    """
    message = finding.message.strip()
    item = finding.item
    if item and message.startswith(item):
        message = message[len(item) :].lstrip(" :-–").strip()
        message = message[:1].upper() + message[1:]
    ref = [part for part in (item, f"hal. {finding.page}" if finding.page else None) if part]
    if not message.endswith((".", "?", "!")):
        message += "."
    return f"{message} ({', '.join(ref)})" if ref else message


def points(
    findings: Sequence[Finding], severity: str, bagian: Literal["perbaikan", "saran"]
) -> list[Point]:
    chosen = [f for f in findings if f.severity == severity]
    return [Point(i, bagian, point_text(f), f) for i, f in enumerate(chosen, start=1)]


def default_tembusan(office: Office) -> list[str]:
    """A kabupaten/kota office copies its province head; other offices copy nobody."""
    if office.level in ("kabupaten", "kota") and office.province_code:
        province = region_name(office.province_code) or f"Provinsi {office.province_code}"
        return [f"Kepala BPS {province}"]
    return []


def recommendation_id(number: str, *, office: Office, when: date) -> str:
    """``B-007/19040/HM.310/11/2026`` → ``REK-19040-2026-007``: quotable, unique per office."""
    match = re.match(r"B-(\d+)/", number)
    if match is None:
        raise LetterError(f"Nomor surat {number!r} tidak berbentuk B-<urut>/... / bad number.")
    return f"REK-{office.work_unit}-{when.year}-{match.group(1)}"


def find_template(kind: Kind, *, office: Office, templates_dir: Path | None = None) -> Path:
    """The office's own template, else the bundled one of its code, else the default."""
    folders = [templates_dir / office.code] if templates_dir is not None else []
    folders += [TEMPLATES_DIR / office.code, TEMPLATES_DIR / DEFAULT_NAME]
    for folder in folders:
        path = folder / f"{kind}.docx"
        if path.is_file():
            return path
    raise LetterError(
        f"Templat surat {kind}.docx tidak ditemukan / letter template missing "
        f"(dicari di / looked in: {', '.join(str(f) for f in folders)})."
    )


def _text(fields: Mapping[str, Any] | None, key: str) -> str | None:
    if not fields:
        return None
    value = fields.get(key)
    return str(value).strip() or None if value is not None else None


def _date_text(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return tanggal_indonesia(date.fromisoformat(value))
    except ValueError:
        return value  # an unnormalised date is quoted as written


def letter_context(
    case: CaseLike,
    *,
    office: Office,
    when: date,
    number: str | None = None,
    tembusan: Sequence[str] | None = None,
) -> tuple[Kind, dict[str, Any], list[Point]]:
    """The letter kind, the template context and the numbered points."""
    kind = letter_kind(case)
    findings = all_findings(case)
    cover = case.cover_letter()
    form = case.main_form()
    cover_fields = cover.fields if cover else None
    form_fields = form.fields if form else None

    judul = _text(form_fields, "judul") or _text(cover_fields, "perihal") or "(judul kegiatan)"
    penyelenggara = (
        _text(form_fields, "penyelenggara.instansi")
        or _text(cover_fields, "instansi")
        or "(instansi penyelenggara)"
    )
    jabatan = _text(cover_fields, "penandatangan.jabatan") or _text(
        form_fields, "penanggung_jawab.jabatan"
    )
    instansi = _text(cover_fields, "instansi") or _text(form_fields, "penyelenggara.instansi")
    if jabatan is None:
        jabatan, instansi = f"Pimpinan {penyelenggara}", None
    elif instansi and instansi.lower() in jabatan.lower():
        instansi = None  # "Kepala Dinas Kesehatan Kabupaten X" already names the agency

    surat = None
    if _text(cover_fields, "nomor_surat"):
        surat = {
            "nomor": _text(cover_fields, "nomor_surat"),
            "tanggal": _date_text(_text(cover_fields, "tanggal_surat")) or "-",
            "perihal": _text(cover_fields, "perihal") or judul,
        }

    perbaikan = points(findings, "error", "perbaikan") if kind == "perbaikan" else []
    saran = points(findings, "warning", "saran")
    rek_id = DRAFT_RECOMMENDATION_ID
    if number is not None and kind == "rekomendasi":
        rek_id = recommendation_id(number, office=office, when=when)

    contact = [f"Telp. {office.phone}"] if office.phone else []
    contact.append(f"E-mail: {office.email}")
    if office.website:
        contact.append(f"Laman: {office.website}")
    context: dict[str, Any] = {
        "kop": {
            "wilayah": "" if office.is_central else office.wilayah.upper(),
            "alamat": office.address,
            "kontak": ", ".join(contact),
        },
        "kantor": office.name,
        "tempat": office.city,
        "tanggal": tanggal_indonesia(when),
        "nomor": number or DRAFT_NUMBER,
        "judul": judul,
        "penyelenggara": penyelenggara,
        "kepada": {"jabatan": jabatan, "instansi": instansi},
        "surat": surat,
        "perbaikan": [{"nomor": p.nomor, "teks": p.teks} for p in perbaikan],
        "saran": [{"nomor": p.nomor, "teks": p.teks} for p in saran],
        "rekomendasi_id": rek_id,
        "hari_kerja": office.working_days,
        "penandatangan": {
            "jabatan": office.signer.jabatan,
            "nama": office.signer.nama or BLANK_NAME,
            "nip": office.signer.nip or BLANK_NIP,
        },
        "tembusan": list(default_tembusan(office) if tembusan is None else tembusan),
    }
    return kind, context, perbaikan + saran


def render_docx(template: Path, context: Mapping[str, Any], target: Path) -> Path:
    """Fill ``template`` with ``context`` (values XML-escaped) and save it as ``target``."""
    try:
        document = DocxTemplate(str(template))
        document.render(dict(context), autoescape=True)
    except (TemplateError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        # An office's edited copy may have a broken tag or not be a DOCX at all.
        raise LetterError(
            f"Templat surat {template} tidak dapat diisi / letter template cannot be rendered: "
            f"{exc}. Periksa tag {{{{ … }}}} dan {{%p … %}} di templat / check the template tags."
        ) from exc
    document.save(str(target))
    return target


def _render(
    case: CaseLike,
    *,
    office: Office,
    out_dir: Path,
    stem: str | None,
    when: date,
    number: str | None,
    templates_dir: Path | None,
    tembusan: Sequence[str] | None,
    soffice: str | Path,
    timeout: float,
) -> tuple[Kind, Path, Path, Path, str | None]:
    kind, context, numbered = letter_context(
        case, office=office, when=when, number=number, tembusan=tembusan
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"{kind}-{stem}" if stem else f"{kind}-draf"
    docx = out_dir / f"{name}.docx"
    render_docx(find_template(kind, office=office, templates_dir=templates_dir), context, docx)
    trace = out_dir / f"{name}.trace.json"
    trace.write_text(
        json.dumps(
            {
                "kind": kind,
                "letter": docx.name,
                "nomor": number,
                "rekomendasi_id": context["rekomendasi_id"] if number else None,
                "office": office.code,
                "points": [p.trace() for p in numbered],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    pdf = to_pdf(docx, out_dir=out_dir, timeout=timeout, soffice=soffice)
    rek_id = context["rekomendasi_id"] if number and kind == "rekomendasi" else None
    return kind, docx, pdf, trace, rek_id


def draft_letter(
    case: CaseLike,
    *,
    office: Office,
    out_dir: Path,
    when: date,
    templates_dir: Path | None = None,
    tembusan: Sequence[str] | None = None,
    soffice: str | Path = SOFFICE,
    timeout: float = 120,
) -> DraftLetter:
    """Render the unnumbered letter for ``case`` as DOCX, PDF and trace sidecar."""
    kind, docx, pdf, trace, _ = _render(
        case,
        office=office,
        out_dir=out_dir,
        stem=None,
        when=when,
        number=None,
        templates_dir=templates_dir,
        tembusan=tembusan,
        soffice=soffice,
        timeout=timeout,
    )
    return DraftLetter(kind=kind, docx=docx, pdf=pdf, trace=trace)


def sign_letter(
    case: CaseLike,
    *,
    store: Store,
    office: Office,
    out_dir: Path,
    when: date,
    ref: str,
    templates_dir: Path | None = None,
    tembusan: Sequence[str] | None = None,
    soffice: str | Path = SOFFICE,
    timeout: float = 120,
) -> SignedLetter:
    """Take the next letter number and render the numbered letter, all or nothing.

    The number is taken inside one transaction
    that also covers rendering and PDF conversion: if either fails, the transaction
    rolls back and the number goes to the next letter (no gaps). The files are
    written to a scratch folder and moved into ``out_dir`` only after the commit.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".signing-", dir=out_dir))
    try:
        with store.transaction() as session:
            number = take_letter_number(session, office=office, when=when, ref=ref)
            stem = number.replace("/", "-")
            kind, docx, pdf, trace, rek_id = _render(
                case,
                office=office,
                out_dir=scratch,
                stem=stem,
                when=when,
                number=number,
                templates_dir=templates_dir,
                tembusan=tembusan,
                soffice=soffice,
                timeout=timeout,
            )
        final = [out_dir / path.name for path in (docx, pdf, trace)]
        for source, target in zip((docx, pdf, trace), final, strict=True):
            source.replace(target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return SignedLetter(
        kind=kind,
        number=number,
        recommendation_id=rek_id,
        docx=final[0],
        pdf=final[1],
        trace=final[2],
    )
