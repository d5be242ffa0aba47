"""Classification from content and splitting a file into documents (page ranges)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import load_document
from extractors.classify import classify_page, split_document
from extractors.document import Document, Line, Page, Word

TEXT_FAMILIES = ("digital", "docx", "fillable")


def _single_samples(corpus: Path) -> list[Path]:
    return [
        p
        for fam in TEXT_FAMILIES
        for p in sorted((corpus / fam).glob("*.expected.json"))
        if "documents" not in json.loads(p.read_text())
    ]


def _page(number: int, *texts: str) -> Page:
    lines = tuple(
        Line.of([Word(t, (72.0, 72.0 + 14 * i, 300.0, 84.0 + 14 * i), 1.0, "text")])
        for i, t in enumerate(texts)
    )
    return Page(number, 595.0, 842.0, lines, "text")


def test_every_single_document_sample_gets_its_form_type(corpus_dir: Path) -> None:
    wrong = []
    for expected_path in _single_samples(corpus_dir):
        spec = json.loads(expected_path.read_text())
        doc = load_document(expected_path.parent / spec["file"], ocr="never")
        spans = split_document(doc)
        if [s.form_type for s in spans] != [spec["form_type"]]:
            wrong.append((spec["file"], [(s.form_type, s.pages) for s in spans]))
    assert wrong == []


@pytest.mark.parametrize("name", ["bundle-1904-lengkap", "bundle-6371-salah-kantor"])
def test_bundle_is_split_into_its_documents_page_ranges(corpus_dir: Path, name: str) -> None:
    spec = json.loads((corpus_dir / "bundle" / f"{name}.expected.json").read_text())
    doc = load_document(corpus_dir / "bundle" / spec["file"], ocr="never")
    got = [(s.form_type, list(s.pages)) for s in split_document(doc)]
    assert got == [(d["form_type"], d["pages"]) for d in spec["documents"]]


@pytest.mark.slow
def test_scanned_bundle_at_200_dpi_is_split_like_the_digital_one(corpus_dir: Path) -> None:
    spec = json.loads(
        (corpus_dir / "scan200" / "bundle-1904-lengkap-scan200.expected.json").read_text()
    )
    doc = load_document(corpus_dir / "scan200" / spec["file"], workers=2)
    got = [(s.form_type, list(s.pages)) for s in split_document(doc)]
    assert got == [(d["form_type"], d["pages"]) for d in spec["documents"]]


def test_file_name_does_not_decide(corpus_dir: Path, tmp_path: Path) -> None:
    """A cover letter saved as "FS3.pdf" is still a cover letter."""
    src = corpus_dir / "digital" / "sp-1904-kop-lengkap.pdf"
    renamed = tmp_path / "Formulir FS3.pdf"
    renamed.write_bytes(src.read_bytes())
    assert split_document(load_document(renamed))[0].form_type == "surat_pengantar"


def test_fuzzy_heading_survives_ocr_noise() -> None:
    page = _page(1, "FORMULIR PEMBERITAHUAN SURVEl STATISTIK SEKT0RAL", "Judul : Survei X")
    assert classify_page(page).form_type == "fs3"


def test_letter_naming_the_fs3_in_its_body_is_a_letter() -> None:
    page = _page(
        1,
        "PEMERINTAH KABUPATEN X",
        "Nomor : 1/2/3",
        "Lampiran : 1 berkas",
        "Perihal : Permohonan",
        "Yth. Kepala BPS",
        "1. Formulir Pemberitahuan Survei Statistik Sektoral (FS3);",
        "NIP. 198006012006011004",
    )
    assert classify_page(page).form_type == "surat_pengantar"


def test_pages_without_heading_continue_the_previous_document() -> None:
    doc = Document(
        (
            _page(1, "FORMULIR PEMBERITAHUAN KOMPILASI PRODUK ADMINISTRASI (FP-KPA)"),
            _page(2, "BLOK IV. VARIABEL", "1. Jumlah penduduk"),
            _page(3, "KERANGKA ACUAN KERJA (KAK)", "A. LATAR BELAKANG"),
        ),
        "pdf",
    )
    assert [(s.form_type, s.pages) for s in split_document(doc)] == [
        ("fp-kpa", (1, 2)),
        ("lainnya", (3, 3)),
    ]


def test_page_without_any_text_is_unknown() -> None:
    doc = Document((Page(1, 595.0, 842.0, (), "ocr"),), "image")
    assert split_document(doc)[0].form_type == "unknown"


@pytest.mark.parametrize("name", ["eml-1904-lengkap", "eml-1906-fpkpa"])
def test_email_attachments_get_their_form_types(corpus_dir: Path, name: str) -> None:
    """Attachment names are not trusted: each attachment is classified from its bytes."""
    from email import policy
    from email.parser import BytesParser

    spec = json.loads((corpus_dir / "eml" / f"{name}.expected.json").read_text())
    message = BytesParser(policy=policy.default).parsebytes(
        (corpus_dir / "eml" / spec["file"]).read_bytes()
    )
    attachments = {
        part.get_filename(): part.get_payload(decode=True) for part in message.iter_attachments()
    }
    for expected in spec["documents"]:
        data = attachments[expected["attachment"]]
        got = split_document(load_document(data, file_name="lampiran", ocr="never"))
        assert [s.form_type for s in got] == [expected["form_type"]], expected["attachment"]
