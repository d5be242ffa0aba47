"""Cover letter keys, exact against the samples' expected values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import load_document
from extractors.classify import split_document
from extractors.extract import extract_document
from extractors.letter import entities, extract_letter


def _letters(corpus: Path, family: str) -> list[tuple[Path, dict[str, object], dict[str, object]]]:
    out = []
    for path in sorted((corpus / family).glob("*.expected.json")):
        spec = json.loads(path.read_text())
        for doc in spec.get("documents") or [spec]:
            if doc["form_type"] == "surat_pengantar":
                out.append((path.parent / spec["file"], spec, doc["fields"]))
    return out


def _values(path: Path, **kwargs: object) -> dict[str, object]:
    doc = load_document(path, **kwargs)  # type: ignore[arg-type]
    span = next(s for s in split_document(doc) if s.form_type == "surat_pengantar")
    return {k: f.value for k, f in extract_letter(doc, pages=span.pages).items()}


@pytest.mark.parametrize("family", ["digital", "docx", "bundle"])
def test_every_cover_letter_key_is_exact(corpus_dir: Path, family: str) -> None:
    letters = _letters(corpus_dir, family)
    assert letters
    for path, _spec, expected in letters:
        assert _values(path, ocr="never") == expected, path.name


def test_blank_letter_number_is_absent(corpus_dir: Path) -> None:
    got = _values(corpus_dir / "digital" / "sp-1906-block-tanpa-nomor.pdf", ocr="never")
    assert "nomor_surat" not in got


def test_under_atas_nama_the_jabatan_is_the_signers_own(corpus_dir: Path) -> None:
    got = _values(corpus_dir / "digital" / "sp-1906-block-atas-nama.pdf", ocr="never")
    assert got["penandatangan.jabatan"] == "Sekretaris"


def test_malformed_nip_is_kept_as_printed(corpus_dir: Path) -> None:
    doc = load_document(corpus_dir / "digital" / "sp-6371-block-nip-salah.pdf", ocr="never")
    nip = extract_letter(doc)["penandatangan.nip"]
    assert nip.value == "19790319 201003 2 07"
    assert nip.signals["normalised"] == 0.0


def test_entity_ruler_tags_dates_emails_nips_and_agencies() -> None:
    found = entities(
        "Koba, 14 Januari 2026 dinkes@bangkatengahkab.go.id NIP. 19761217 200402 2 005 "
        "Dinas Kesehatan Kabupaten Bangka Tengah"
    )
    labels = {label for label, _ in found}
    assert {"DATE", "EMAIL", "NIP", "ORG"} <= labels


@pytest.mark.slow
def test_scanned_letter_reads_the_header_keys_and_doubts_what_it_misreads(corpus_dir: Path) -> None:
    """300 dpi scan: the stamp over the signature spoils OCR of the name; a misread
    value must not claim confidence >= 0.9."""
    path = corpus_dir / "scan300" / "sp-1904-kop-lengkap-scan300.jpg"
    spec = json.loads(path.with_name("sp-1904-kop-lengkap-scan300.expected.json").read_text())
    result = extract_document(load_document(path, workers=1))
    got = {k: f.value for k, f in result.fields.items()}
    for key in ("nomor_surat", "tanggal_surat", "perihal", "instansi", "kepada"):
        assert got[key] == spec["fields"][key], key
    for key, fld in result.fields.items():
        if fld.value != spec["fields"].get(key):
            assert fld.confidence < 0.9, key


def test_signer_without_nip_or_rank_and_thanks_wrapped_over_two_lines() -> None:
    """A foundation's letter: no NIP, no rank; "terima" / "kasih." split by the wrap."""
    from test_extract_support import text_pdf

    lines = [
        "YAYASAN PEDULI SUNGAI BARITO",
        "Jl. Sultan Adam No. 7, Banjarmasin",
        "Banjarmasin, 3 Februari 2026",
        "Nomor     : 12/YPSB/II/2026",
        "Perihal   : Permohonan Rekomendasi Survei Kualitas Air Sungai",
        "Yth. Kepala BPS Kota Banjarmasin",
        "di Banjarmasin",
        "Bersama ini kami sampaikan rancangan survei untuk mendapatkan rekomendasi.",
        "Demikian kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima",
        "kasih.",
        "Ketua Yayasan Peduli Sungai Barito,",
        "Rahmawati Lestari, S.Sos., M.Si.",
        "Tembusan:",
        "1. Arsip",
    ]
    data = text_pdf([[(text, 72, 72 + 16 * i) for i, text in enumerate(lines)]], font_pt=10)
    doc = load_document(data, file_name="surat.pdf")
    values = {k: f.value for k, f in extract_letter(doc).items()}
    assert values["penandatangan.nama"] == "Rahmawati Lestari, S.Sos., M.Si."
    # a text layer is read as printed: "Ketua" is not "repaired" into "Kepala"
    assert values["penandatangan.jabatan"] == "Ketua Yayasan Peduli Sungai Barito"
    assert "penandatangan.nip" not in values


def test_nomor_and_perihal_in_a_table_without_colons() -> None:
    """Nomor/Sifat/Lampiran/Perihal as a two-column table, no colons: the label is the
    first cell; a sentence that starts with "Hal" is still prose."""
    from test_extract_support import text_pdf

    cells = [
        ("DINAS KETAHANAN PANGAN KABUPATEN GOWA", 150, 60),
        ("Sungguminasa, 16 Februari 2026", 330, 100),
        ("Nomor", 76, 130),
        ("520/146/DKP-KKP/II/2026", 166, 130),
        ("Sifat", 76, 146),
        ("Biasa", 166, 146),
        ("Perihal", 76, 162),
        ("Permohonan Rekomendasi Survei Ketahanan Pangan", 166, 162),
        ("Kepada Yth. Kepala BPS Kabupaten Gowa", 170, 200),
        ("Hal tersebut kami sampaikan untuk mendapatkan rekomendasi.", 70, 230),
    ]
    doc = load_document(text_pdf([cells], font_pt=10), file_name="surat.pdf")
    values = {k: f.value for k, f in extract_letter(doc).items()}
    assert values["nomor_surat"] == "520/146/DKP-KKP/II/2026"
    assert values["perihal"] == "Permohonan Rekomendasi Survei Ketahanan Pangan"


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        ("—Syamsul Nur. $.P.. M.Si.", "Syamsul Nur, S.P., M.Si."),
        ("“—Nor Fadhilah. S.STP.. M.Si.", "Nor Fadhilah, S.STP., M.Si."),
        ("Ahmad H. S.E.", "Ahmad H., S.E."),  # an initial keeps its dot
        ("Nor Fadhilah, S.STP., M.Si.", "Nor Fadhilah, S.STP., M.Si."),
        ("Dr. Ir. Siti Aminah, M.Si.", "Dr. Ir. Siti Aminah, M.Si."),
        ("Budi Santoso", "Budi Santoso"),
        ("Budi Santoso. Kota", "Budi Santoso. Kota"),  # no degrees: left as read
    ],
)
def test_a_scanned_signers_name_has_its_punctuation_mended(read: str, mended: str) -> None:
    """OCR over a signature: the pen stroke before the name, "$" for "S" and the commas
    before the degrees read as dots; letters are left as read."""
    from extractors.letter import _repaired_name

    assert _repaired_name(read) == mended


def test_a_date_alone_on_the_nomor_line_an_up_line_and_a_signature_on_page_two() -> None:
    """A university's letter: the date without its place at the end of the Nomor line,
    the addressee followed by a "u.p." line and the street, and the signature alone on
    page 2 under its page number "- 2 -"."""
    from test_extract_support import text_pdf

    first = [
        "LEMBAGA PENELITIAN DAN PENGABDIAN KEPADA MASYARAKAT",
        "Nomor : 1184/UN25.3.1/PM/2026          23 Februari 2026",
        "Perihal : Permohonan Rekomendasi Survei Statistik Sektoral",
        "Yth. Kepala Badan Pusat Statistik Kabupaten Jember",
        "u.p. Ketua Tim Integrasi Pengolahan dan Diseminasi Statistik",
        "Jalan Cendrawasih Nomor 20",
        "Jember",
        "Dengan hormat,",
        "Bersama ini kami sampaikan rancangan survei untuk mendapatkan rekomendasi.",
        "Atas perhatian Bapak/Ibu kami ucapkan terima kasih.",
    ]
    second = [
        "- 2 -",
        "Ketua,",
        "Prof. Dr. Ir. Bambang Kuswandi, M.Agr.",
        "NIP 196711151993031002",
    ]
    data = text_pdf(
        [
            [(text, 72, 72 + 16 * i) for i, text in enumerate(first)],
            [(text, 72, 72 + 16 * i) for i, text in enumerate(second)],
        ],
        font_pt=10,
    )
    values = {k: f.value for k, f in extract_letter(load_document(data, file_name="s.pdf")).items()}
    assert values["nomor_surat"] == "1184/UN25.3.1/PM/2026"
    assert values["tanggal_surat"] == "2026-02-23"
    assert values["kepada"] == "Kepala Badan Pusat Statistik Kabupaten Jember"
    assert values["penandatangan.jabatan"] == "Ketua"
    assert values["penandatangan.nama"] == "Prof. Dr. Ir. Bambang Kuswandi, M.Agr."


@pytest.mark.parametrize(
    ("letterhead", "instansi"),
    [
        (
            [
                "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI",
                "UNIVERSITAS JEMBER",
                "LEMBAGA PENELITIAN DAN PENGABDIAN KEPADA MASYARAKAT",
            ],
            "Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Jember",
        ),
        (
            [
                "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
                "KANTOR WILAYAH KEMENTERIAN AGAMA PROVINSI RIAU",
            ],
            "Kantor Wilayah Kementerian Agama Provinsi Riau",
        ),
        (
            ["KEMENTERIAN PERTANIAN", "DIREKTORAT JENDERAL TANAMAN PANGAN"],
            "Direktorat Jenderal Tanaman Pangan, Kementerian Pertanian",
        ),
    ],
)
def test_a_letterheads_unit_is_named_after_its_campus_or_alone_when_it_names_its_ministry(
    letterhead: list[str], instansi: str
) -> None:
    from test_extract_support import text_pdf

    lines = [
        *letterhead,
        "Jalan Sudirman Nomor 1",
        "Nomor : 12/2026",
        "Yth. Kepala BPS",
        f"Dalam rangka pendataan, {instansi} akan melaksanakan survei.",  # its own casing
    ]
    data = text_pdf([[(text, 72, 72 + 16 * i) for i, text in enumerate(lines)]], font_pt=10)
    values = {k: f.value for k, f in extract_letter(load_document(data, file_name="s.pdf")).items()}
    assert values["instansi"] == instansi


def test_a_cq_line_a_closing_greeting_and_an_electronic_signature_note() -> None:
    """ "Cq." ends the addressee as "u.p." does; "Wassalamu'alaikum" is no part of the
    signer's title, nor is the electronic signature's note under it."""
    from test_extract_support import text_pdf

    lines = [
        "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
        "KANTOR WILAYAH KEMENTERIAN AGAMA PROVINSI RIAU",
        "Jalan Jenderal Sudirman Nomor 355 Pekanbaru",
        "Nomor : B-0482/Kw.04.1/HM.01/02/2026",
        "Kepada Yth.",
        "Kepala Badan Pusat Statistik Provinsi Riau",
        "Cq. Ketua Tim Kerja Pembinaan Statistik Sektoral",
        "di - Pekanbaru",
        "Perihal : Permohonan Rekomendasi Kegiatan Statistik",
        "Assalamu'alaikum Wr. Wb.",
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        "Wassalamu'alaikum Wr. Wb.",
        "Kepala Kantor Wilayah Kementerian Agama",
        "Provinsi Riau,",
        "Ditandatangani secara elektronik oleh:",
        "Kepala Kantor Wilayah Kementerian Agama Provinsi Riau",
        "Dr. H. Muhammad Syahid, M.Ag.",
        "NIP. 197208141998031003",
    ]
    data = text_pdf([[(text, 72, 72 + 16 * i) for i, text in enumerate(lines)]], font_pt=10)
    values = {k: f.value for k, f in extract_letter(load_document(data, file_name="s.pdf")).items()}
    assert values["kepada"] == "Kepala Badan Pusat Statistik Provinsi Riau"
    assert values["penandatangan.jabatan"] == (
        "Kepala Kantor Wilayah Kementerian Agama Provinsi Riau"
    )
    assert values["penandatangan.nama"] == "Dr. H. Muhammad Syahid, M.Ag."


def test_a_word_letter_with_the_date_beside_a_nested_nomor_table() -> None:
    """A hospital's Word letter: the place and date in the left cell beside a nested
    Nomor/Sifat/Lampiran/Perihal table with its colons in cells of their own; "Kepada"
    alone, then "Yth. Bapak Kepala ..." (the honorific is no part of the addressee)."""
    import io

    import docx

    doc = docx.Document()
    doc.add_paragraph("PEMERINTAH KABUPATEN BOYOLALI")
    doc.add_paragraph("RUMAH SAKIT UMUM DAERAH PANDAN ARANG")
    doc.add_paragraph("Jalan Kantil Nomor 14 Boyolali 57312, Telepon (0276) 321065")
    outer = doc.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Boyolali, 16 Maret 2026"
    inner = outer.cell(0, 1).add_table(rows=4, cols=3)
    for r, (label, value) in enumerate(
        [
            ("Nomor", "445/312/RSUD-PA/III/2026"),
            ("Sifat", "Biasa"),
            ("Lampiran", "1 (satu) bendel"),
            ("Perihal", "Permohonan Rekomendasi Survei Kepuasan Pasien"),
        ]
    ):
        for c, text in enumerate((label, ":", value)):
            inner.cell(r, c).text = text
    for text in (
        "Kepada",
        "Yth. Bapak Kepala Badan Pusat Statistik",
        "Kabupaten Boyolali",
        "di -",
        "BOYOLALI",
        "Dengan hormat,",
        "Bersama ini kami sampaikan rancangan survei. Atas perhatian Bapak, terima kasih.",
        "Plt. Direktur RSUD Pandan Arang,",
        "dr. Ratna Dewi Kusumawati, M.Kes.",
        "NIP 19750312 200312 2 004",
    ):
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    values = {
        k: f.value
        for k, f in extract_letter(load_document(buf.getvalue(), file_name="s.docx")).items()
    }
    assert values["tanggal_surat"] == "2026-03-16"
    assert values["nomor_surat"] == "445/312/RSUD-PA/III/2026"
    assert values["perihal"] == "Permohonan Rekomendasi Survei Kepuasan Pasien"
    assert values["kepada"] == "Kepala Badan Pusat Statistik Kabupaten Boyolali"


def test_a_stamp_over_a_scanned_signature() -> None:
    """A land office's scanned letter with a round stamp over the signature: the
    letterhead's "PROVINSI ..." line under "KANTOR ... KOTA ..." is no part of the name,
    and an office of a region is named in full without its ministry; the stamp's noise
    line is left out of the title, whose end it ate (mended from the letterhead); "NIP."
    read as noise before the number still gives the NIP."""
    from extractors.document import Document, Line, Page, Word

    def line(y: float, text: str, conf: float = 0.95) -> Line:
        words, x = [], 72.0
        for token in text.split():
            words.append(Word(token, (x, y, x + 6 * len(token), y + 10), conf, "ocr"))
            x += 6 * len(token) + 5
        return Line.of(words)

    texts = [
        ("KEMENTERIAN AGRARIA DAN TATA RUANG/", 0.95),
        ("BADAN PERTANAHAN NASIONAL", 0.95),
        ("KANTOR PERTANAHAN KOTA TERNATE", 0.95),
        ("PROVINSI MALUKU UTARA", 0.95),
        ("Jalan Pahlawan Revolusi Nomor 5, Ternate", 0.95),
        ("Nomor : 412/82.71-MP.01.02/IV/2026", 0.95),
        ("Yth. Kepala Badan Pusat Statistik Kota Ternate", 0.95),
        ("Bersama ini kami sampaikan formulir. Atas perhatian Bapak, terima kasih.", 0.95),
        ("Kepala Kantor Pertanahan", 0.95),
        ("(Ana wa", 0.2),
        ("Muhammad Ridwan Hasan, S.SiT., M.H.", 0.9),
        ("Mp, 19780615 200212 1 003", 0.8),
    ]
    lines = tuple(line(60 + 16 * k, text, conf) for k, (text, conf) in enumerate(texts))
    doc = Document(pages=(Page(1, 595, 842, lines, "ocr", dpi=300),), source_kind="image")
    values = {k: f.value for k, f in extract_letter(doc).items()}
    assert values["instansi"] == "Kantor Pertanahan Kota Ternate"
    assert values["penandatangan.jabatan"] == "Kepala Kantor Pertanahan Kota Ternate"
    assert values["penandatangan.nama"] == "Muhammad Ridwan Hasan, S.SiT., M.H."
    assert values["penandatangan.nip"] == "197806152002121003"


def test_an_enterprise_letter_signed_with_an_employee_number() -> None:
    """A regional water company's letter: its name over three letterhead lines with the
    logo's letters between them, "Hormat kami," and the company's name in capitals over
    the signer's title, and an employee number ("NPP.") where a NIP would stand."""
    from test_extract_support import text_pdf

    lines = [
        "PERUSAHAAN UMUM DAERAH AIR MINUM",
        "TIRTA AMERTHA JATI",
        "TAJ",
        "KABUPATEN JEMBRANA",
        "Jalan Ngurah Rai No. 114, Negara 82218, Telepon (0365) 41148",
        "Nomor : 690/117/PAM-TAJ/III/2026",
        "Yth. Kepala Badan Pusat Statistik Kabupaten Jembrana",
        "Bersama ini kami sampaikan formulir. Atas perhatian Bapak, terima kasih.",
        "Hormat kami,",
        "PERUMDA AIR MINUM TIRTA AMERTHA JATI",
        "KABUPATEN JEMBRANA",
        "Direktur Utama,",
        "I Gede Wiratama Putra, S.T., M.M.",
        "NPP. 1978.03.112",
    ]
    data = text_pdf([[(text, 72, 72 + 16 * i) for i, text in enumerate(lines)]], font_pt=10)
    values = {k: f.value for k, f in extract_letter(load_document(data, file_name="s.pdf")).items()}
    assert values["instansi"] == (
        "Perusahaan Umum Daerah Air Minum Tirta Amertha Jati Kabupaten Jembrana"
    )
    assert values["penandatangan.jabatan"] == "Direktur Utama"
    assert values["penandatangan.nama"] == "I Gede Wiratama Putra, S.T., M.M."
    assert "penandatangan.nip" not in values


def test_an_official_surat_pengantar_with_a_table_and_a_receipt_block() -> None:
    """The "SURAT PENGANTAR" format: an emblem over the letterhead, the title with its
    number under it, a table of what is sent headed "No.", no closing sentence, and a
    receipt block (empty, with a dotted NIP) beside the signer."""
    from test_extract_support import text_pdf

    rows = [
        [("***", 291, 37)],  # an emblem drawn above the letterhead, read as marks
        [("PEMERINTAH KABUPATEN INDRAMAYU", 171, 88)],
        [("DINAS TENAGA KERJA", 202, 104)],
        [("Jalan MT. Haryono Nomor 27 Sindang, Indramayu", 158, 123)],
        [("Indramayu, 9 Februari 2026", 403, 169)],
        [("Kepada", 70, 191)],
        [("Yth. Kepala Badan Pusat Statistik Kabupaten Indramayu", 70, 205)],
        [("SURAT PENGANTAR", 235, 280)],
        [("Nomor: 500.15.3/0187/Disnaker/2026", 206, 296)],
        [("Hal : Permohonan Rekomendasi Kegiatan Statistik", 70, 326)],
        [("No.", 76, 377), ("Naskah Dinas yang Dikirimkan", 140, 377), ("Banyaknya", 330, 377)],
        [("1.", 80, 397), ("Formulir FS3", 102, 397), ("1 (satu) berkas", 320, 397)],
        [("Diterima tanggal ..........", 70, 535), ("Kepala Dinas Tenaga Kerja", 328, 535)],
        [("Penerima,", 70, 549), ("Kabupaten Indramayu,", 328, 549)],
        [
            ("(..............................)", 70, 619),
            ("Drs. SUHENDAR PRASETYA, M.Si.", 328, 619),
        ],
        [("NIP. ........................", 70, 633), ("Pembina Utama Muda (IV/c)", 328, 633)],
        [("NIP. 19680412 199303 1 007", 328, 647)],
        [("Tembusan:", 70, 686)],
    ]
    data = text_pdf([[cell for row in rows for cell in row]], font_pt=9)
    values = {k: f.value for k, f in extract_letter(load_document(data, file_name="s.pdf")).items()}
    assert values["instansi"] == "Dinas Tenaga Kerja Kabupaten Indramayu"
    assert values["nomor_surat"] == "500.15.3/0187/Disnaker/2026"
    assert values["penandatangan.nama"] == "Drs. SUHENDAR PRASETYA, M.Si."
    assert values["penandatangan.jabatan"] == "Kepala Dinas Tenaga Kerja Kabupaten Indramayu"
    assert values["penandatangan.nip"] == "196804121993031007"


def test_a_hijri_date_with_the_place_and_the_gregorian_date_under_it() -> None:
    from test_extract_support import text_pdf

    lines = [
        "PEMERINTAH ACEH",
        "DINAS PERTANIAN DAN PERKEBUNAN",
        "Banda Aceh, 23 Syakban 1447 H",
        "11 Februari 2026 M",
        "Nomor : 500.6/318/Distanbun-Sekr/2026",
    ]
    data = text_pdf([[(text, 72, 72 + 16 * i) for i, text in enumerate(lines)]], font_pt=10)
    values = {k: f.value for k, f in extract_letter(load_document(data, file_name="s.pdf")).items()}
    assert values["tanggal_surat"] == "2026-02-11"
