"""Letters: templates per office, drafts and signed letters as DOCX and PDF, traceability.

The PDFs are made by the real LibreOffice and read back with pdfplumber; each
office and kind is converted once per module to keep the suite quick.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from letters.build_templates import KINDS, TEMPLATES_DIR, expected_templates
from letters.convert import to_pdf
from letters.dates import tanggal_indonesia
from letters.render import (
    BLANK_NAME,
    DRAFT_NUMBER,
    DraftLetter,
    draft_letter,
    find_template,
    letter_context,
    sign_letter,
)
from rekom.errors import LetterError, ToolError, ToolMissing, ToolTimeout
from rekom.offices import Office, get_office, load_offices
from store.db import Store
from validators.examine import CaseResult, DocumentResult
from validators.findings import Finding, verdict_of

OFFICES = ["0000", "1904", "1906", "6371", "7304"]
WHEN = date(2026, 11, 21)
COVER_NUMBER = "800/123/Dinkes/2026"


ERRORS = [
    Finding(
        rule="FS3-R5-06",
        severity="error",
        field="metode_pemilihan",
        page=3,
        item="Blok V R.5.6",
        message="Blok V R.5.6: metode pemilihan kuota tidak sesuai dengan sampel probabilitas",
    ),
    Finding(
        rule="FS3-R1-04",
        severity="error",
        field="penyelenggara.email",
        page=1,
        item="Blok I R.1.2",
        message="Blok I R.1.2: alamat e-mail instansi penyelenggara belum diisi",
    ),
]
WARNINGS = [
    Finding(
        rule="FS3-R7-05",
        severity="warning",
        field="jadwal.lapangan.mulai",
        page=5,
        item="Blok VII R.7.5",
        message="Blok VII R.7.5: tahap lapangan dimulai sebelum tahap perencanaan dimulai",
    ),
]
CASE_ERROR = Finding(
    rule="CASE-DOC-01",
    severity="error",
    message="Kuesioner belum dilampirkan bersama FS3",
)


def _case(office: Office, *, perbaikan: bool) -> CaseResult:
    """A case shaped as ``examine_case`` returns it, with findings chosen by the test."""
    wilayah = office.wilayah if not office.is_central else "Indonesia"
    instansi = f"Dinas Kesehatan {wilayah}"
    cover = DocumentResult(
        file="surat.pdf",
        form_type="surat_pengantar",
        verdict="lengkap",
        findings=[],
        fields={
            "nomor_surat": COVER_NUMBER,
            "tanggal_surat": "2026-01-12",
            "perihal": "Permohonan Rekomendasi Survei Kepuasan & Harapan Masyarakat",
            "instansi": instansi,
            "kepada": office.addressed_to,
            "penandatangan.nama": "Nama Penandatangan Dinas",
            "penandatangan.jabatan": f"Kepala {instansi}",
        },
    )
    form_findings = [*ERRORS, *WARNINGS] if perbaikan else list(WARNINGS)
    form = DocumentResult(
        file="fs3.pdf",
        form_type="fs3",
        verdict=verdict_of(form_findings),
        findings=form_findings,
        fields={
            "judul": f"Survei Kepuasan Masyarakat {wilayah} Tahun 2026",
            "tahun": 2026,
            "penyelenggara.instansi": instansi,
        },
    )
    # As examine_case does: case findings, then every document's with ``document`` set.
    findings = [CASE_ERROR] if perbaikan else []
    findings += [f.model_copy(update={"document": "fs3.pdf"}) for f in form_findings]
    return CaseResult(
        file="kasus",
        verdict=verdict_of(findings),
        findings=findings,
        documents=[cover, form],
        office=office,
    )


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    return re.sub(r"\s+", " ", text)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], DraftLetter]:
    """Each office's draft of each kind, converted once."""
    made = {}
    for code in OFFICES:
        office = get_office(code)
        for kind in KINDS:
            out = tmp_path_factory.mktemp(f"letters-{code}-{kind}")
            case = _case(office, perbaikan=kind == "perbaikan")
            made[(code, kind)] = draft_letter(case, office=office, out_dir=out, when=WHEN)
    return made


def test_tanggal_indonesia_uses_indonesian_month_names() -> None:
    assert tanggal_indonesia(date(2026, 11, 21)) == "21 November 2026"
    assert tanggal_indonesia(date(2026, 1, 2)) == "2 Januari 2026"
    assert tanggal_indonesia(date(2025, 8, 17)) == "17 Agustus 2025"


def test_committed_templates_equal_the_builders_output() -> None:
    """Rebuild with ``python -m letters.build_templates`` when this fails, and read the diff."""
    for relative, data in expected_templates().items():
        committed = TEMPLATES_DIR / relative
        assert committed.is_file(), f"{relative} is missing; run python -m letters.build_templates"
        with zipfile.ZipFile(committed) as zf:
            committed_xml = zf.read("word/document.xml").decode("utf-8")
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            built_xml = zf.read("word/document.xml").decode("utf-8")
        assert committed_xml == built_xml, f"{relative} drifted from letters/build_templates.py"


def test_every_bundled_office_has_both_templates() -> None:
    for code in load_offices():
        for kind in KINDS:
            assert (TEMPLATES_DIR / code / f"{kind}.docx").is_file()


def test_an_offices_own_template_folder_comes_first(tmp_path: Path) -> None:
    office = get_office("1904")
    own = tmp_path / "templates" / "1904"
    own.mkdir(parents=True)
    (own / "rekomendasi.docx").write_bytes(
        (TEMPLATES_DIR / "1904" / "rekomendasi.docx").read_bytes()
    )
    templates_dir = tmp_path / "templates"
    assert find_template("rekomendasi", office=office, templates_dir=templates_dir) == (
        own / "rekomendasi.docx"
    )
    # No own perbaikan.docx: the bundled one of the office.
    assert find_template("perbaikan", office=office, templates_dir=templates_dir) == (
        TEMPLATES_DIR / "1904" / "perbaikan.docx"
    )


def test_an_office_without_templates_gets_the_default() -> None:
    office = get_office("1904").model_copy(update={"code": "1999"})
    assert find_template("perbaikan", office=office) == TEMPLATES_DIR / "default" / "perbaikan.docx"


def test_a_missing_template_is_a_letter_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import letters.render

    monkeypatch.setattr(letters.render, "TEMPLATES_DIR", tmp_path / "nothing")
    with pytest.raises(LetterError, match="Templat surat"):
        find_template("rekomendasi", office=get_office("1904"))


@pytest.mark.parametrize("code", OFFICES)
@pytest.mark.parametrize("kind", KINDS)
def test_letter_pdf_reads_as_the_spec_says(
    drafts: dict[tuple[str, str], DraftLetter], code: str, kind: str
) -> None:
    office = get_office(code)
    letter = drafts[(code, kind)]
    assert letter.kind == kind
    assert letter.docx.is_file() and letter.pdf.is_file()
    text = _pdf_text(letter.pdf)
    assert "BADAN PUSAT STATISTIK" in text
    if not office.is_central:
        assert office.wilayah.upper() in text
    assert office.email in text
    assert f"{office.city}, 21 November 2026" in text
    form = _case(office, perbaikan=False).main_form()
    assert form is not None
    judul = form.fields["judul"]
    hal = "Rekomendasi Kegiatan Statistik" if kind == "rekomendasi" else "Perbaikan Rancangan"
    assert _squash(f"{hal}") in text
    assert judul in text
    assert f"nomor {COVER_NUMBER} tanggal 12 Januari 2026" in text
    assert "Kepuasan & Harapan Masyarakat" in text  # escaped for XML, shown as written
    assert "Undang-Undang Nomor 16 Tahun 1997" in text
    assert f"{office.signer.jabatan}," in text
    assert BLANK_NAME in text  # the bundled profiles name nobody
    for warning in WARNINGS:
        assert warning.message.split(": ", 1)[1][1:] in text
    if kind == "perbaikan":
        for error in ERRORS:
            assert error.message.split(": ", 1)[1][1:] in text
            assert f"({error.item}, hal. {error.page})" in text
        assert CASE_ERROR.message in text
        assert "layak untuk dilaksanakan" not in text
    else:
        assert "layak untuk dilaksanakan" in text
        for error in ERRORS:
            assert error.message.split(": ", 1)[1][1:] not in text


def test_a_draft_carries_no_number(drafts: dict[tuple[str, str], DraftLetter]) -> None:
    for letter in drafts.values():
        text = _pdf_text(letter.pdf)
        assert DRAFT_NUMBER in text
        assert not re.search(r"B-\d{3}/", text)
        assert json.loads(letter.trace.read_text(encoding="utf-8"))["nomor"] is None


def test_kabupaten_letters_copy_the_province_head(
    drafts: dict[tuple[str, str], DraftLetter],
) -> None:
    assert "Kepala BPS Provinsi Kepulauan Bangka Belitung" in _pdf_text(
        drafts[("1904", "rekomendasi")].pdf
    )
    assert "Kepala BPS Provinsi Kalimantan Selatan" in _pdf_text(drafts[("6371", "perbaikan")].pdf)
    assert "Tembusan" not in _pdf_text(drafts[("0000", "rekomendasi")].pdf)


def test_trace_sidecar_maps_every_point_to_its_finding(
    drafts: dict[tuple[str, str], DraftLetter],
) -> None:
    trace = json.loads(drafts[("1904", "perbaikan")].trace.read_text(encoding="utf-8"))
    assert trace["kind"] == "perbaikan"
    assert trace["letter"] == "perbaikan-draf.docx"
    fixes = [p for p in trace["points"] if p["bagian"] == "perbaikan"]
    advice = [p for p in trace["points"] if p["bagian"] == "saran"]
    assert [p["nomor"] for p in fixes] == [1, 2, 3]
    assert [(p["rule"], p["field"], p["page"], p["document"]) for p in fixes] == [
        ("CASE-DOC-01", None, None, None),
        ("FS3-R5-06", "metode_pemilihan", 3, "fs3.pdf"),
        ("FS3-R1-04", "penyelenggara.email", 1, "fs3.pdf"),
    ]
    assert all(p["severity"] == "error" for p in fixes)
    assert [(p["nomor"], p["rule"], p["severity"]) for p in advice] == [(1, "FS3-R7-05", "warning")]
    assert advice[0]["message"] == WARNINGS[0].message


def test_addressee_without_a_cover_letter_is_the_organiser() -> None:
    office = get_office("1904")
    case = _case(office, perbaikan=True)
    case.documents = [d for d in case.documents if d.form_type != "surat_pengantar"]
    _kind, context, _points = letter_context(case, office=office, when=WHEN)
    assert context["surat"] is None
    assert context["kepada"]["jabatan"].startswith("Pimpinan Dinas Kesehatan")


def test_signer_name_and_nip_come_from_the_profile() -> None:
    office = get_office("6371")
    signer = office.signer.model_copy(update={"nama": "NAMA DARI PROFIL", "nip": "1" * 18})
    office = office.model_copy(update={"signer": signer})
    _kind, context, _ = letter_context(_case(office, perbaikan=False), office=office, when=WHEN)
    assert context["penandatangan"] == {
        "jabatan": "Kepala BPS Kota Banjarmasin",
        "nama": "NAMA DARI PROFIL",
        "nip": "1" * 18,
    }


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store.open(f"sqlite:///{tmp_path / 'rekom.db'}") as opened:
        yield opened


def test_signing_numbers_letters_in_order_and_a_failure_leaves_no_gap(
    store: Store, tmp_path: Path
) -> None:
    office = get_office("1904")
    out = tmp_path / "signed"
    first = sign_letter(
        _case(office, perbaikan=False), store=store, office=office, out_dir=out, when=WHEN, ref="a"
    )
    assert first.number == "B-001/19040/HM.310/11/2026"
    assert first.recommendation_id == "REK-19040-2026-001"
    text = _pdf_text(first.pdf)
    assert "B-001/19040/HM.310/11/2026" in text
    assert "REK-19040-2026-001" in text
    assert DRAFT_NUMBER not in text
    assert json.loads(first.trace.read_text(encoding="utf-8"))["nomor"] == first.number

    # A real failure during conversion (no such program): the number is not used.
    with pytest.raises(ToolMissing):
        sign_letter(
            _case(office, perbaikan=True),
            store=store,
            office=office,
            out_dir=out,
            when=WHEN,
            ref="b",
            soffice=tmp_path / "no-such-soffice",
        )
    assert sorted(p.name for p in out.iterdir()) == sorted(
        p.name for p in (first.docx, first.pdf, first.trace)
    )

    second = sign_letter(
        _case(office, perbaikan=True), store=store, office=office, out_dir=out, when=WHEN, ref="b"
    )
    assert second.number == "B-002/19040/HM.310/11/2026"
    assert second.kind == "perbaikan"
    assert second.recommendation_id is None
    assert "B-002/19040/HM.310/11/2026" in _pdf_text(second.pdf)


def test_missing_soffice_is_tool_missing_with_a_clear_message(tmp_path: Path) -> None:
    docx = TEMPLATES_DIR / "default" / "rekomendasi.docx"
    with pytest.raises(ToolMissing) as raised:
        to_pdf(docx, out_dir=tmp_path, soffice="rekom-no-such-soffice")
    assert raised.value.code == "REKOM-TOOL-MISSING"
    assert "LibreOffice" in str(raised.value)
    assert "tidak ditemukan" in str(raised.value)


def _fake_program(tmp_path: Path, body: str) -> Path:
    """A stand-in for soffice that hangs or crashes: faults the real one cannot be made to show."""
    script = tmp_path / "fake-soffice"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return script


def test_a_hanging_conversion_is_a_tool_timeout(tmp_path: Path) -> None:
    fake = _fake_program(tmp_path, "sleep 30")
    docx = TEMPLATES_DIR / "default" / "rekomendasi.docx"
    with pytest.raises(ToolTimeout):
        to_pdf(docx, out_dir=tmp_path / "out", soffice=fake, timeout=0.5)


def test_a_failed_conversion_is_a_tool_error_with_the_output(tmp_path: Path) -> None:
    fake = _fake_program(tmp_path, "echo 'source file could not be loaded' >&2; exit 1")
    docx = TEMPLATES_DIR / "default" / "rekomendasi.docx"
    with pytest.raises(ToolError) as raised:
        to_pdf(docx, out_dir=tmp_path / "out", soffice=fake)
    assert raised.value.code == "REKOM-TOOL"
    assert "source file could not be loaded" in (raised.value.detail or "")


def test_a_finding_repeated_in_the_case_list_is_one_point() -> None:
    """CaseResult.findings repeats the documents' findings; each is printed once."""
    office = get_office("1904")
    case = _case(office, perbaikan=True)
    # Also when the case copy does not name the document.
    case.findings = [CASE_ERROR, ERRORS[0]]
    _kind, context, numbered = letter_context(case, office=office, when=WHEN)
    assert [p.finding.rule for p in numbered if p.bagian == "perbaikan"] == [
        "CASE-DOC-01",
        "FS3-R5-06",
        "FS3-R1-04",
    ]
    assert numbered[1].finding.document == "fs3.pdf"
    assert len(context["perbaikan"]) == 3


def test_points_without_item_or_page_read_as_the_message() -> None:
    office = get_office("1904")
    case = _case(office, perbaikan=True)
    _kind, context, _ = letter_context(case, office=office, when=WHEN)
    assert context["perbaikan"][0] == {"nomor": 1, "teks": CASE_ERROR.message + "."}
    assert context["perbaikan"][1]["teks"] == (
        "Metode pemilihan kuota tidak sesuai dengan sampel probabilitas. (Blok V R.5.6, hal. 3)"
    )


def test_an_offices_own_template_is_used_for_the_letter(tmp_path: Path) -> None:
    """An office edits its letterhead in Word; the letter follows without code."""
    from docx import Document

    office = get_office("7304")
    own = tmp_path / "templates" / "7304"
    own.mkdir(parents=True)
    doc = Document(str(TEMPLATES_DIR / "7304" / "rekomendasi.docx"))
    doc.paragraphs[0].runs[0].text = "KOP KHUSUS KANTOR JENEPONTO"
    doc.save(str(own / "rekomendasi.docx"))
    letter = draft_letter(
        _case(office, perbaikan=False),
        office=office,
        out_dir=tmp_path / "out",
        when=WHEN,
        templates_dir=tmp_path / "templates",
    )
    text = _pdf_text(letter.pdf)
    assert "KOP KHUSUS KANTOR JENEPONTO" in text
    assert "Rekomendasi Kegiatan Statistik" in text


def test_conversions_can_run_side_by_side(tmp_path: Path) -> None:
    """Each call has its own LibreOffice profile, so parallel workers do not clash."""
    from concurrent.futures import ThreadPoolExecutor

    sources = [TEMPLATES_DIR / code / "perbaikan.docx" for code in ("1906", "6371")]
    with ThreadPoolExecutor(max_workers=2) as pool:
        pdfs = list(pool.map(lambda i: to_pdf(sources[i], out_dir=tmp_path / f"out{i}"), range(2)))
    assert [pdf.name for pdf in pdfs] == ["perbaikan.pdf", "perbaikan.pdf"]
    assert all(pdf.stat().st_size > 1000 for pdf in pdfs)


def test_a_broken_office_template_is_a_letter_error(tmp_path: Path) -> None:
    from docx import Document

    office = get_office("1906")
    own = tmp_path / "templates" / "1906"
    own.mkdir(parents=True)
    doc = Document(str(TEMPLATES_DIR / "1906" / "perbaikan.docx"))
    doc.add_paragraph("{{ judul ")  # a tag left open while editing in Word
    doc.save(str(own / "perbaikan.docx"))
    with pytest.raises(LetterError, match="tidak dapat diisi"):
        draft_letter(
            _case(office, perbaikan=True),
            office=office,
            out_dir=tmp_path / "out",
            when=WHEN,
            templates_dir=tmp_path / "templates",
        )


def test_rekom_draft_examines_a_case_and_prints_the_letter_paths(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from rekom.cli import main

    cover = _case(get_office("1904"), perbaikan=False).cover_letter()
    assert cover is not None
    source = tmp_path / "kasus.json"
    source.write_text(
        json.dumps(
            [
                {"file": "surat.pdf", "form_type": "surat_pengantar", "fields": cover.fields},
                {"file": "fs3.pdf", "form_type": "fs3", "fields": {"judul": "Survei Uji"}},
            ]
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main,
        ["draft", str(source), "--out", str(tmp_path / "out"), "--date", "2026-11-21"],
        env={"REKOM_OFFICE": "1904", "REKOM_DATA_DIR": str(tmp_path / "var")},
    )
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)  # stdout is the JSON contract, always
    assert set(printed) == {"kind", "docx", "pdf"}
    assert "DOCX:" in result.stderr and "trace" in result.stderr
    assert printed["kind"] == "perbaikan"  # an FS3 with only a title has much to fix
    assert Path(printed["docx"]).is_file()
    text = _pdf_text(Path(printed["pdf"]))
    assert "Perbaikan Rancangan Kegiatan Statistik Survei Uji" in text
    assert f"nomor {COVER_NUMBER} tanggal 12 Januari 2026" in text
    assert "Koba, 21 November 2026" in text
