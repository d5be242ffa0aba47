"""Write the sample corpus: files, expected JSON beside each, and the README table.

``generate(out_dir, seed=2026)`` renders every document of the catalogue,
writes the families asked for under ``out_dir/<family>/`` and returns one
``SampleInfo`` per sample. Same seed, same bytes (see samples/README.md for the
one caveat: byte identity holds for the same library versions).
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np

from samples import catalogue as cat
from samples.agencies import AGENCIES
from samples.content import build_documents
from samples.fmt import PrintStyle, draw_style
from samples.layouts_docx import render_form_docx, render_kuesioner_docx, render_letter_docx
from samples.layouts_fillable import render_fillable
from samples.layouts_pdf import F4, Part, Rendered, render_pdf
from samples.mail import Attachment, build_eml
from samples.model import Defect, Document, rng_for, seed_int, verdict_of
from samples.regions import OFFICES
from samples.scan import (
    Page,
    degrade_scan,
    image_pdf,
    jpeg_bytes,
    photograph,
    rasterise,
    tiff_bytes,
)

log = logging.getLogger(__name__)

FAMILIES = cat.FAMILIES
README_PATH = Path(__file__).with_name("README.md")
TABLE_BEGIN = "<!-- BEGIN SAMPLE TABLE (generated: rekom samples --readme) -->"
TABLE_END = "<!-- END SAMPLE TABLE -->"

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_SCAN_PRODUCERS = {
    "scan300": "Canon iR-ADV C5535 PDF",
    "scan200": "KONICA MINOLTA bizhub 287",
}


@dataclass(frozen=True)
class SampleInfo:
    """One sample of the corpus (paths relative to the corpus folder)."""

    path: Path
    family: str
    #: Form type of a single document, "case" for a bundle or an e-mail.
    form_type: str
    layout: str
    source: str | None
    made: str
    exercises: str
    verdict: str
    #: Every data file of the sample (several for a JPEG page set).
    files: tuple[Path, ...]
    expected: Path

    @property
    def name(self) -> str:
        return self.expected.name.removesuffix(".expected.json")


@dataclass
class _Made:
    """A rendered single document or bundle, kept in memory for scans and mails."""

    data: bytes
    ext: str
    pages: int | None
    docs: list[tuple[Document, str, PrintStyle]]
    rendered: Rendered | None = None
    style: PrintStyle | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class _Corpus:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.docs = build_documents(seed)
        self.made: dict[str, _Made] = {}

    # ------------------------------------------------------------------ rendering

    def style(self, name: str, layout: str) -> PrintStyle:
        rng = rng_for(self.seed, name, "style")
        pinned: dict[str, Any] = {}
        if layout == "boxed-typewriter":
            pinned["date"] = "dash"
        if layout == "fillable":
            pinned["date"] = rng.choice(("slash", "dash"))
        return draw_style(rng, **pinned)

    def part(self, name: str, doc_id: str, layout: str, index: int = 0) -> Part:
        return Part(
            self.docs[doc_id],
            layout,
            self.style(f"{name}:{index}", layout),
            seed_int(self.seed, name, str(index), "draw"),
        )

    def render(self, name: str, parts: list[tuple[str, str]]) -> _Made:
        """Render one document (any layout) or several PDF parts as one file."""
        doc_id, layout = parts[0]
        doc = self.docs[doc_id]
        if len(parts) == 1 and layout.startswith(("docx-", "letter-docx", "kuesioner-docx")):
            style = self.style(f"{name}:0", layout)
            if layout.startswith("docx-"):
                data = render_form_docx(
                    doc, layout, style, variant_seed=seed_int(self.seed, name, "variant")
                )
            elif layout == "letter-docx":
                data = render_letter_docx(doc, style)
            else:
                data = render_kuesioner_docx(doc)
            return _Made(data, "docx", None, [(doc, layout, style)], style=style)
        if len(parts) == 1 and layout == "fillable":
            part = self.part(name, doc_id, layout)
            rendered = render_fillable(part)
            return _Made(
                rendered.data, "pdf", rendered.pages, [(doc, layout, part.style)], rendered
            )
        pdf_parts = [self.part(name, d, lay, i) for i, (d, lay) in enumerate(parts)]
        pagesize = F4 if any(p.layout == "table-x" for p in pdf_parts) else None
        title = doc.fields.get("judul") or doc.fields.get("perihal") or doc.info.get("judul", "")
        rendered = render_pdf(pdf_parts, pagesize=pagesize or (595.2756, 841.8898), title=title)
        return _Made(
            rendered.data,
            "pdf",
            rendered.pages,
            [(p.doc, p.layout, p.style) for p in pdf_parts],
            rendered,
        )

    def single(self, spec: cat.Single) -> _Made:
        if spec.name not in self.made:
            self.made[spec.name] = self.render(spec.name, [(spec.doc_id, spec.layout)])
        return self.made[spec.name]

    def bundle(self, spec: cat.Bundle) -> _Made:
        if spec.name not in self.made:
            self.made[spec.name] = self.render(spec.name, list(spec.parts))
        return self.made[spec.name]

    def source(self, name: str) -> _Made:
        for single in cat.SINGLES:
            if single.name == name:
                return self.single(single)
        for bundle in cat.BUNDLES:
            if bundle.name == name:
                return self.bundle(bundle)
        raise KeyError(name)


# ---------------------------------------------------------------------- expected JSON


def _defects(defects: list[Defect] | tuple[Defect, ...]) -> list[dict[str, Any]]:
    return [d.as_dict() for d in defects]


def _doc_entry(
    doc: Document, made: _Made | None, layout: str, style: PrintStyle | None
) -> dict[str, Any]:
    """form_type, verdict, defects, fields (+ field pages) of one document."""
    entry: dict[str, Any] = {
        "form_type": doc.form_type,
        "layout": layout,
        "office": doc.office,
        "verdict": doc.verdict,
        "defects": _defects(doc.defects),
        "fields": doc.fields,
    }
    if made is not None and made.rendered is not None:
        pages = made.rendered.field_pages.get(doc.doc_id, {})
        entry["field_pages"] = {key: pages[key] for key in doc.fields if key in pages}
    if style is not None:
        entry["print_style"] = style.as_dict()
    entry["summary"] = doc.summary
    return entry


def _single_expected(
    file: str, family: str, source: str | None, made: _Made, *, pages: int | None
) -> dict[str, Any]:
    doc, layout, style = made.docs[0]
    entry = _doc_entry(doc, made, layout, style)
    out: dict[str, Any] = {
        "file": file,
        "family": family,
        "source": source,
        "layout": layout,
        "form_type": doc.form_type,
        "office": doc.office,
        "pages": pages,
        "verdict": entry["verdict"],
        "defects": entry["defects"],
        "fields": entry["fields"],
    }
    for key in ("field_pages", "print_style", "summary"):
        if key in entry:
            out[key] = entry[key]
    return out


def _bundle_documents(made: _Made) -> list[dict[str, Any]]:
    assert made.rendered is not None
    documents = []
    for doc, layout, style in made.docs:
        entry = _doc_entry(doc, made, layout, style)
        ordered = {
            "form_type": entry.pop("form_type"),
            "pages": made.rendered.ranges[doc.doc_id],
        }
        ordered.update(entry)
        documents.append(ordered)
    return documents


def _case_verdict(documents: list[dict[str, Any]], case_defects: tuple[Defect, ...]) -> str:
    errors = any(d["severity"] == "error" for doc in documents for d in doc["defects"])
    return "perlu_perbaikan" if errors else verdict_of(list(case_defects))


def _dump(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _defect_text(defects: list[Defect] | tuple[Defect, ...]) -> str:
    if not defects:
        return ""
    parts = [
        (f"{d.kind} {d.field}" if d.field else d.kind)
        + (" (warning)" if d.severity == "warning" else "")
        for d in defects
    ]
    return "; defects: " + ", ".join(parts)


# ---------------------------------------------------------------------- writer


class _Writer:
    def __init__(self, out_dir: Path, families: Collection[str]) -> None:
        self.out_dir = out_dir
        self.families = set(families)
        self.infos: list[SampleInfo] = []
        self._cleaned: set[str] = set()

    def wants(self, family: str) -> bool:
        return family in self.families

    def _dir(self, family: str) -> Path:
        folder = self.out_dir / family
        if family not in self._cleaned:
            # The family folder belongs to the generator: drop files of older catalogues.
            if folder.is_dir():
                for old in folder.iterdir():
                    if old.is_file():
                        old.unlink()
            folder.mkdir(parents=True, exist_ok=True)
            self._cleaned.add(family)
        return folder

    def write(
        self,
        family: str,
        files: list[tuple[str, bytes]],
        expected: dict[str, Any],
        *,
        form_type: str,
        layout: str,
        source: str | None,
        made: str,
        exercises: str,
        name: str,
    ) -> None:
        folder = self._dir(family)
        for filename, data in files:
            (folder / filename).write_bytes(data)
        expected_path = folder / f"{name}.expected.json"
        expected_path.write_bytes(_dump(expected))
        self.infos.append(
            SampleInfo(
                path=Path(family) / files[0][0],
                family=family,
                form_type=form_type,
                layout=layout,
                source=source,
                made=made,
                exercises=exercises,
                verdict=expected["verdict"],
                files=tuple(Path(family) / f for f, _ in files),
                expected=Path(family) / expected_path.name,
            )
        )


def _scan_pages(made: _Made, family: str, rng: np.random.Generator) -> list[Page]:
    if family == "photo":
        return [photograph(page, rng) for page in rasterise(made.data, 150)]
    dpi = 300 if family == "scan300" else 200
    return [
        degrade_scan(page, dpi, rng, heavy=family == "scan200")
        for page in rasterise(made.data, dpi)
    ]


def _container_files(
    name: str, family: str, container: str, pages: list[Page]
) -> tuple[list[tuple[str, bytes]], dict[str, Any]]:
    quality = {"scan300": 70, "scan200": 60, "photo": 82}[family]
    info: dict[str, Any] = {"profile": family, "container": container}
    if container == "pdf":
        jpegs = [jpeg_bytes(page, quality=quality) for page in pages]
        info["jpeg_quality"] = quality
        return [(f"{name}.pdf", image_pdf(jpegs, producer=_SCAN_PRODUCERS[family]))], info
    if container in ("tiff", "tiff-g4"):
        info["compression"] = "group4" if container == "tiff-g4" else "jpeg"
        return [(f"{name}.tif", tiff_bytes(pages, bilevel=container == "tiff-g4"))], info
    info["jpeg_quality"] = quality
    if len(pages) == 1:
        return [(f"{name}.jpg", jpeg_bytes(pages[0], quality=quality))], info
    return [
        (f"{name}-p{i}.jpg", jpeg_bytes(page, quality=quality)) for i, page in enumerate(pages, 1)
    ], info


def generate(
    out_dir: Path, *, seed: int = 2026, families: Collection[str] | None = None
) -> list[SampleInfo]:
    """Write the corpus (or only ``families``) under ``out_dir``; return what was written."""
    chosen = set(FAMILIES if families is None else families)
    unknown = chosen - set(FAMILIES)
    if unknown:
        raise ValueError(f"unknown sample families: {', '.join(sorted(unknown))}")
    corpus = _Corpus(seed)
    writer = _Writer(Path(out_dir), chosen)
    _write_singles(corpus, writer)
    _write_bundles(corpus, writer)
    _write_scans(corpus, writer)
    if writer.wants("eml"):
        for mail in cat.MAILS:
            _write_mail(corpus, writer, mail)

    log.info("wrote %d samples to %s", len(writer.infos), out_dir)
    return writer.infos


def _write_singles(corpus: _Corpus, writer: _Writer) -> None:
    for spec in cat.SINGLES:
        if not writer.wants(spec.family):
            continue
        made = corpus.single(spec)
        file = f"{spec.name}.{made.ext}"
        doc = corpus.docs[spec.doc_id]
        writer.write(
            spec.family,
            [(file, made.data)],
            _single_expected(file, spec.family, None, made, pages=made.pages),
            form_type=doc.form_type,
            layout=spec.layout,
            source=None,
            made=cat.LAYOUT_NOTES[spec.layout],
            exercises=doc.summary + _defect_text(doc.defects),
            name=spec.name,
        )


def _write_bundles(corpus: _Corpus, writer: _Writer) -> None:
    for bundle in cat.BUNDLES:
        if not writer.wants("bundle"):
            continue
        made = corpus.bundle(bundle)
        documents = _bundle_documents(made)
        file = f"{bundle.name}.pdf"
        expected = {
            "file": file,
            "family": "bundle",
            "source": None,
            "layout": "bundle",
            "office": made.docs[0][0].office,
            "pages": made.pages,
            "verdict": _case_verdict(documents, bundle.case_defects),
            "case_defects": _defects(bundle.case_defects),
            "documents": documents,
            "summary": bundle.summary,
        }
        writer.write(
            "bundle",
            [(file, made.data)],
            expected,
            form_type="case",
            layout="bundle",
            source=None,
            made=cat.LAYOUT_NOTES["bundle"]
            + ": "
            + " + ".join(f"{doc.form_type} ({layout})" for doc, layout, _ in made.docs),
            exercises=bundle.summary + _defect_text(bundle.case_defects),
            name=bundle.name,
        )


def _write_scans(corpus: _Corpus, writer: _Writer) -> None:
    for scan in cat.SCANS:
        if not writer.wants(scan.family):
            continue
        made = corpus.source(scan.source)
        rng = np.random.default_rng(seed_int(corpus.seed, scan.name, "degrade"))
        pages = _scan_pages(made, scan.family, rng)
        files, scan_info = _container_files(scan.name, scan.family, scan.container, pages)
        scan_info["pages"] = [page.params for page in pages]
        expected: dict[str, Any]
        if len(made.docs) == 1:
            expected = _single_expected(
                files[0][0], scan.family, scan.source, made, pages=len(pages)
            )
            form_type = made.docs[0][0].form_type
            layout = made.docs[0][1]
            summary = made.docs[0][0].summary + _defect_text(made.docs[0][0].defects)
        else:
            bundle = next(b for b in cat.BUNDLES if b.name == scan.source)
            documents = _bundle_documents(made)
            expected = {
                "file": files[0][0],
                "family": scan.family,
                "source": scan.source,
                "layout": "bundle",
                "office": made.docs[0][0].office,
                "pages": len(pages),
                "verdict": _case_verdict(documents, bundle.case_defects),
                "case_defects": _defects(bundle.case_defects),
                "documents": documents,
            }
            form_type, layout, summary = "case", "bundle", bundle.summary
        if len(files) > 1:
            expected = {"file": files[0][0], "files": [f for f, _ in files], **expected}
        expected["scan"] = scan_info
        writer.write(
            scan.family,
            files,
            expected,
            form_type=form_type,
            layout=layout,
            source=scan.source,
            made=_scan_note(scan),
            exercises=f"{summary} — read through {_scan_what(scan.family)}",
            name=scan.name,
        )


def _scan_note(scan: cat.Scanned) -> str:
    how = {
        "scan300": "rasterised at 300 dpi (pypdfium2, grayscale); skew <1.5°, light noise",
        "scan200": "rasterised at 200 dpi; skew ≤3°, blur, noise, uneven light, lid shadow, "
        "JPEG artefacts",
        "photo": "phone photo: perspective, rotation, warm uneven light, vignetting, colour JPEG",
    }[scan.family]
    container = {
        "pdf": "image-only PDF (img2pdf, JPEG pages)",
        "tiff": "multi-page TIFF (JPEG-compressed grayscale)",
        "tiff-g4": "multi-page TIFF (CCITT G4 bilevel)",
        "jpeg": "JPEG per page",
    }[scan.container]
    return f"{how}; {container}"


def _scan_what(family: str) -> str:
    return {"scan300": "a clean scan", "scan200": "a poor copier scan", "photo": "phone photos"}[
        family
    ]


def _mail_attachment(
    corpus: _Corpus, mail: cat.Mail, att: cat.MailAttachment
) -> tuple[Attachment, _Made, str | None]:
    kind, _, ref = att.ref.partition(":")
    if kind == "single":
        made = corpus.source(ref)
        source: str | None = ref
    elif kind == "render":
        doc_id, layout = ref.split(":")
        made = corpus.render(f"{mail.name}:{att.filename}", [(doc_id, layout)])
        source = None
    elif kind == "scan200":
        parts = [tuple(p.split(":")) for p in ref.split(",")]
        made = corpus.render(f"{mail.name}:{att.filename}", [(d, lay) for d, lay in parts])
        rng = np.random.default_rng(seed_int(corpus.seed, mail.name, att.filename, "degrade"))
        pages = _scan_pages(made, "scan200", rng)
        data = image_pdf(
            [jpeg_bytes(p, quality=60) for p in pages], producer=_SCAN_PRODUCERS["scan200"]
        )
        made = _Made(data, "pdf", len(pages), made.docs, made.rendered)
        source = None
    else:
        raise ValueError(att.ref)
    content_type = "application/pdf" if made.ext == "pdf" else _DOCX
    return Attachment(att.filename, content_type, made.data), made, source


def _write_mail(corpus: _Corpus, writer: _Writer, mail: cat.Mail) -> None:
    attachments = []
    documents: list[dict[str, Any]] = []
    first_doc: Document | None = None
    for att in mail.attachments:
        attachment, made, source = _mail_attachment(corpus, mail, att)
        attachments.append(attachment)
        multi = len(made.docs) > 1
        for doc, layout, style in made.docs:
            first_doc = first_doc or doc
            entry = _doc_entry(doc, made if made.ext == "pdf" else None, layout, style)
            ordered: dict[str, Any] = {
                "form_type": entry.pop("form_type"),
                "attachment": att.filename,
            }
            if multi:
                assert made.rendered is not None
                ordered["pages"] = made.rendered.ranges[doc.doc_id]
            ordered["source"] = source
            ordered.update(entry)
            documents.append(ordered)
    assert first_doc is not None
    office = OFFICES[mail.office]
    agency = AGENCIES[first_doc.info["agency"]]
    letter_date = min(
        (d["fields"]["tanggal_surat"] for d in documents if "tanggal_surat" in d["fields"]),
        default=first_doc.info.get("signed", "2026-01-10"),
    )
    rng = rng_for(corpus.seed, mail.name, "mail")
    sent_day = date.fromisoformat(letter_date) + timedelta(days=rng.randint(0, 2))
    tz = timezone(timedelta(hours=int(office.tz[1:3])))
    sent = datetime(
        sent_day.year,
        sent_day.month,
        sent_day.day,
        rng.randint(8, 15),
        rng.randint(0, 59),
        rng.randint(0, 59),
        tzinfo=tz,
    )
    token = f"{corpus.seed}-{mail.name}"
    domain = mail.sender.split("@")[1]
    message_id = f"<{seed_int(corpus.seed, mail.name, 'mid'):016x}.{sent:%Y%m%d%H%M%S}@{domain}>"
    signer = first_doc.info.get("manager")
    text, html = _mail_body(
        mail, office.addressee, agency.name, signer.short if signer else "", documents
    )
    data = build_eml(
        sender=(mail.sender_name, mail.sender),
        to=(office.name, office.email),
        subject=mail.subject,
        date=sent,
        message_id=message_id,
        text=text,
        html=html if mail.html else None,
        attachments=attachments,
        client=mail.client,
        token=token,
    )
    file = f"{mail.name}.eml"
    expected = {
        "file": file,
        "family": "eml",
        "source": None,
        "layout": f"eml-{mail.client}",
        "office": mail.office,
        "pages": None,
        "verdict": _case_verdict(documents, mail.case_defects),
        "case_defects": _defects(mail.case_defects),
        "mail": {
            "from": mail.sender,
            "from_name": mail.sender_name,
            "to": office.email,
            "subject": mail.subject,
            "date": sent.isoformat(),
            "message_id": message_id,
            "attachments": [a.filename for a in attachments],
        },
        "documents": documents,
        "summary": mail.summary,
    }
    writer.write(
        "eml",
        [(file, data)],
        expected,
        form_type="case",
        layout=f"eml-{mail.client}",
        source=None,
        made=f"multipart/mixed as {mail.client} sends it; {len(attachments)} attachment(s)",
        exercises=mail.summary + _defect_text(mail.case_defects),
        name=mail.name,
    )


def _mail_body(
    mail: cat.Mail, addressee: str, agency: str, person: str, documents: list[dict[str, Any]]
) -> tuple[str, str]:
    kinds = {d["form_type"] for d in documents}
    what = []
    if "surat_pengantar" in kinds:
        what.append("surat pengantar")
    if "fs3" in kinds:
        what.append("Formulir Pemberitahuan Survei Statistik Sektoral (FS3)")
    if "fp-kpa" in kinds:
        what.append("Formulir Pemberitahuan Kompilasi Produk Administrasi (FP-KPA)")
    if "kuesioner" in kinds:
        what.append("kuesioner")
    if "lainnya" in kinds:
        what.append("kerangka acuan kerja")
    listed = ", ".join(what[:-1]) + (f" dan {what[-1]}" if len(what) > 1 else what[0])
    lines = [
        f"Yth. {addressee},",
        "",
        "Dengan hormat,",
        f"Bersama ini kami sampaikan {listed} untuk mendapatkan rekomendasi kegiatan "
        "statistik dari Badan Pusat Statistik. Berkas terlampir pada surel ini.",
        "Mohon kiranya dapat diperiksa. Apabila ada kekurangan, mohon dapat diinformasikan "
        "melalui surel ini.",
        "",
        "Atas perhatian Bapak/Ibu kami ucapkan terima kasih.",
        "",
        "Salam,",
        person,
        agency,
    ]
    text = "\n".join(lines) + "\n"
    html = (
        '<html><body><div dir="ltr">'
        + "".join(f"<div>{line or '<br>'}</div>" for line in lines)
        + "</div></body></html>\n"
    )
    return text, html


# ---------------------------------------------------------------------- README


def readme_table(infos: list[SampleInfo]) -> str:
    """The markdown table of the corpus: file, family, how it was made, what it exercises."""
    rows = [
        "| file | family | form | verdict | how it was made | what it exercises |",
        "|---|---|---|---|---|---|",
    ]
    for info in infos:
        file = str(info.path)
        if len(info.files) > 1:
            file = f"{info.files[0]} … {info.files[-1].name}"
        source = f"from `{info.source}`: " if info.source else ""
        rows.append(
            f"| `{file}` | {info.family} | {info.form_type} | {info.verdict} | "
            f"{source}{_md(info.made)} | {_md(info.exercises)} |"
        )
    return "\n".join(rows) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def write_readme(infos: list[SampleInfo] | None = None, *, path: Path = README_PATH) -> Path:
    """Rewrite the generated table in samples/README.md (between its markers).

    The table always lists the whole corpus: when ``infos`` is missing or covers
    only some families, the corpus is generated into a temporary folder first.
    """
    if infos is None or {i.family for i in infos} != set(FAMILIES):
        with tempfile.TemporaryDirectory() as tmp:
            infos = generate(Path(tmp))
    table = readme_table(infos)
    text = (
        path.read_text(encoding="utf-8")
        if path.exists()
        else f"# Samples\n\n{TABLE_BEGIN}\n{TABLE_END}\n"
    )
    if TABLE_BEGIN not in text or TABLE_END not in text:
        text = text.rstrip("\n") + f"\n\n{TABLE_BEGIN}\n{TABLE_END}\n"
    head, rest = text.split(TABLE_BEGIN, 1)
    _, tail = rest.split(TABLE_END, 1)
    path.write_text(f"{head}{TABLE_BEGIN}\n{table}{TABLE_END}{tail}", encoding="utf-8")
    return path
