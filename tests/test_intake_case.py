"""Loading a submission: folders, e-mails and field-set JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from intake.case import EXTRACTION_UNAVAILABLE, load_case, load_document_file, safe_filename
from rekom.errors import InputError


@pytest.fixture
def no_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction not importable: documents are kept with the reason, not dropped."""
    monkeypatch.setitem(sys.modules, "extractors.extract", None)


def test_eml_gives_sender_subject_office_and_attachments(
    corpus_dir: Path, no_extraction: None
) -> None:
    case = load_case(corpus_dir / "eml" / "eml-6371-gmail.eml")
    expected = json.loads((corpus_dir / "eml" / "eml-6371-gmail.expected.json").read_text())
    assert case.sender == expected["mail"]["from"]
    assert case.subject == expected["mail"]["subject"]
    assert case.office == "6371"
    assert [d.file for d in case.documents] == expected["mail"]["attachments"]
    assert all(d.form_type == "unknown" for d in case.documents)
    assert set(case.errors.values()) == {EXTRACTION_UNAVAILABLE}


def test_malformed_email_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.eml"
    bad.write_bytes(b"\x00\x01 not an e-mail at all")
    with pytest.raises(InputError, match="bukan surel yang valid"):
        load_case(bad)


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\Surat.pdf", "Surat.pdf"),
        ("a\x00b.pdf", "a_b.pdf"),
        (None, "lampiran-3"),
        ("..", "lampiran-3"),
    ],
)
def test_attachment_names_are_made_safe(name: str | None, safe: str) -> None:
    assert safe_filename(name, 3) == safe


def test_bundle_expected_json_gives_documents_with_pages(corpus_dir: Path) -> None:
    case = load_case(corpus_dir / "bundle" / "bundle-6371-salah-kantor.expected.json")
    assert [d.form_type for d in case.documents] == ["surat_pengantar", "fs3", "kuesioner"]
    assert case.office == "6371"
    kepada = case.documents[0].fields["kepada"]
    assert kepada == {"value": "Kepala BPS Kabupaten Bangka Tengah", "page": 1}


def test_folder_reads_every_document(tmp_path: Path, no_extraction: None) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"form_type": "kuesioner", "fields": {}}))
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "b.expected.json").write_text("{}")
    case = load_case(tmp_path)
    assert [(d.file, d.form_type) for d in case.documents] == [
        ("a.json", "kuesioner"),
        ("b.pdf", "unknown"),
    ]
    assert case.errors == {"b.pdf": EXTRACTION_UNAVAILABLE}


def test_extract_json_list_is_read(tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    fields = {"nomor_surat": {"value": "1/2/3", "confidence": 0.9, "page": 1, "bbox": None}}
    path.write_text(
        json.dumps([{"file": "x.pdf", "form_type": "surat_pengantar", "fields": fields}])
    )
    case = load_document_file(path)
    assert case.documents[0].file == "x.pdf"
    assert case.documents[0].fields == fields


@pytest.mark.parametrize(
    "name",
    [
        "eml-1904-lengkap",
        "eml-1904-scan",
        "eml-1906-fpkpa",
        "eml-6371-gmail",
        "eml-7304-tanpa-surat",
    ],
)
def test_every_sample_email_gives_its_attachments_decoded(
    corpus_dir: Path, no_extraction: None, name: str
) -> None:
    """Outlook/Gmail RFC 2047 names and Thunderbird RFC 2231 names decode alike."""
    expected = json.loads((corpus_dir / "eml" / f"{name}.expected.json").read_text())
    case = load_case(corpus_dir / "eml" / f"{name}.eml")
    assert [d.file for d in case.documents] == expected["mail"]["attachments"]
    assert case.sender == expected["mail"]["from"]
    assert case.office == expected["office"]
