"""What the corpus contains: every sample, its family, source document and layout.

The catalogue is fixed (it does not depend on the seed); the seed only changes
the filler inside the documents. Names: ``<form>-<office>-<layout>-<what>``.
"""

from __future__ import annotations

from dataclasses import dataclass

from samples.model import Defect

FAMILIES = ("digital", "docx", "fillable", "bundle", "scan300", "scan200", "photo", "eml")


@dataclass(frozen=True)
class Single:
    """A born-digital document: a PDF, a Word file or a fillable PDF."""

    name: str
    family: str
    doc_id: str
    layout: str


@dataclass(frozen=True)
class Bundle:
    """Several documents in one PDF (a whole submission), with its case-level defects."""

    name: str
    parts: tuple[tuple[str, str], ...]
    case_defects: tuple[Defect, ...] = ()
    summary: str = ""


@dataclass(frozen=True)
class Scanned:
    """A scanned or photographed copy of a digital sample or bundle."""

    name: str
    family: str
    source: str
    #: pdf | tiff | tiff-g4 | jpeg
    container: str


@dataclass(frozen=True)
class MailAttachment:
    filename: str
    #: "single:<sample name>", "render:<doc_id>:<layout>" or
    #: "scan200:<doc_id>:<layout>,<doc_id>:<layout>" (several documents scanned into one PDF)
    ref: str


@dataclass(frozen=True)
class Mail:
    name: str
    office: str
    client: str
    sender_name: str
    sender: str
    subject: str
    attachments: tuple[MailAttachment, ...]
    html: bool = False
    case_defects: tuple[Defect, ...] = ()
    summary: str = ""


SINGLES: tuple[Single, ...] = (
    # FS3, born-digital PDF: every layout has at least one sample with every key.
    Single("fs3-1904-boxed-lengkap", "digital", "fs3-1904-dinkes", "boxed"),
    Single("fs3-1906-table-check-lengkap", "digital", "fs3-1906-dispar", "table-check"),
    Single("fs3-7304-colon-lengkap", "digital", "fs3-7304-distan", "colon"),
    Single("fs3-6371-table-x-lengkap", "digital", "fs3-6371-disdag", "table-x"),
    Single("fs3-0000-typewriter-lengkap", "digital", "fs3-0000-pertanian", "boxed-typewriter"),
    Single("fs3-1904-colon-sensus", "digital", "fs3-1904-umkm-sensus", "colon"),
    Single("fs3-6371-boxed-nonprob", "digital", "fs3-6371-dlh-nonprob", "boxed"),
    Single(
        "fs3-1904-table-check-tanpa-email", "digital", "fs3-1904-disdik-tanpa-email", "table-check"
    ),
    Single("fs3-1906-colon-frekuensi-sekali", "digital", "fs3-1906-bappeda-frekuensi", "colon"),
    Single("fs3-7304-boxed-metode-salah", "digital", "fs3-7304-garam-metode", "boxed"),
    Single("fs3-6371-table-x-jadwal", "digital", "fs3-6371-dishub-jadwal", "table-x"),
    Single("fs3-0000-colon-peringatan", "digital", "fs3-0000-naker-peringatan", "colon"),
    # FP-KPA, born-digital PDF.
    Single("fpkpa-1904-boxed-lengkap", "digital", "fpkpa-1904-diskan", "boxed"),
    Single("fpkpa-6371-table-check-lengkap", "digital", "fpkpa-6371-dukcapil", "table-check"),
    Single("fpkpa-1906-colon-lengkap", "digital", "fpkpa-1906-dispar", "colon"),
    Single("fpkpa-1906-colon-tanpa-isian", "digital", "fpkpa-1906-dinsos-tanpa", "colon"),
    Single("fpkpa-7304-table-x-jadwal", "digital", "fpkpa-7304-dinkes-jadwal", "table-x"),
    Single("fpkpa-0000-boxed-lengkap", "digital", "fpkpa-0000-naker", "boxed"),
    # Cover letters.
    Single("sp-1904-kop-lengkap", "digital", "sp-1904-dinkes", "letter-kop"),
    Single("sp-1906-block-atas-nama", "digital", "sp-1906-dispar", "letter-block"),
    Single("sp-7304-kop-ke-provinsi", "digital", "sp-7304-distan", "letter-kop"),
    Single("sp-6371-block-nip-salah", "digital", "sp-6371-disdag-nip-salah", "letter-block"),
    Single("sp-0000-kop-kementerian", "digital", "sp-0000-pertanian", "letter-kop"),
    Single("sp-6371-kop-tanpa-nip", "digital", "sp-6371-dukcapil-tanpa-nip", "letter-kop"),
    Single("sp-1906-block-tanpa-nomor", "digital", "sp-1906-bappeda-tanpa-nomor", "letter-block"),
    # Questionnaires and other documents.
    Single("kuesioner-1904-boxed", "digital", "kq-1904-dinkes", "kuesioner-boxed"),
    Single("kuesioner-7304-list", "digital", "kq-7304-distan", "kuesioner-list"),
    Single("lainnya-1904-kak", "digital", "kak-1904-dinkes", "kak"),
    # Word files.
    Single("fs3-1906-docx-table-lengkap", "docx", "fs3-1906-diskan", "docx-table"),
    Single("fs3-7304-docx-colon-blok6", "docx", "fs3-7304-dinsos-blok6", "docx-colon"),
    Single("fpkpa-7304-docx-table-lengkap", "docx", "fpkpa-7304-distan", "docx-table"),
    Single("fpkpa-1906-docx-colon-lengkap", "docx", "fpkpa-1906-dispar", "docx-colon"),
    Single("sp-1904-docx-fpkpa", "docx", "sp-1904-diskan", "letter-docx"),
    Single("kuesioner-1906-docx", "docx", "kq-1906-dispar", "kuesioner-docx"),
    # Fillable PDFs.
    Single("fs3-1904-fillable-lengkap", "fillable", "fs3-1904-dpmptsp", "fillable"),
    Single(
        "fs3-6371-fillable-tanpa-isian", "fillable", "fs3-6371-dinkes-tanpa-manajer", "fillable"
    ),
    Single("fpkpa-0000-fillable-lengkap", "fillable", "fpkpa-0000-kkp", "fillable"),
)

BUNDLES: tuple[Bundle, ...] = (
    Bundle(
        "bundle-1904-lengkap",
        (
            ("sp-1904-dinkes", "letter-kop"),
            ("fs3-1904-dinkes", "boxed"),
            ("kq-1904-dinkes", "kuesioner-boxed"),
        ),
        summary="a complete submission in one PDF: cover letter, FS3, questionnaire",
    ),
    Bundle(
        "bundle-6371-salah-kantor",
        (
            ("sp-6371-dlh-salah-kantor", "letter-block"),
            ("fs3-6371-dlh-nonprob", "table-check"),
            ("kq-6371-dlh", "kuesioner-list"),
        ),
        case_defects=(
            Defect(
                "kepada",
                "wrong_office",
                "error",
                "letter addressed to BPS Kabupaten Bangka Tengah; the survey covers Kota "
                "Banjarmasin only (BPS Kota Banjarmasin)",
            ),
        ),
        summary="one PDF whose cover letter is addressed to the wrong BPS office",
    ),
)

SCANS: tuple[Scanned, ...] = (
    Scanned("fs3-1904-boxed-lengkap-scan300", "scan300", "fs3-1904-boxed-lengkap", "pdf"),
    Scanned("fs3-7304-colon-lengkap-scan300", "scan300", "fs3-7304-colon-lengkap", "tiff-g4"),
    Scanned("fs3-0000-typewriter-lengkap-scan300", "scan300", "fs3-0000-typewriter-lengkap", "pdf"),
    Scanned("fpkpa-1904-boxed-lengkap-scan300", "scan300", "fpkpa-1904-boxed-lengkap", "pdf"),
    Scanned("sp-1904-kop-lengkap-scan300", "scan300", "sp-1904-kop-lengkap", "jpeg"),
    Scanned(
        "fs3-1906-table-check-lengkap-scan200", "scan200", "fs3-1906-table-check-lengkap", "pdf"
    ),
    Scanned("fs3-6371-table-x-jadwal-scan200", "scan200", "fs3-6371-table-x-jadwal", "tiff"),
    Scanned(
        "fpkpa-6371-table-check-lengkap-scan200",
        "scan200",
        "fpkpa-6371-table-check-lengkap",
        "jpeg",
    ),
    Scanned("sp-6371-block-nip-salah-scan200", "scan200", "sp-6371-block-nip-salah", "pdf"),
    Scanned("bundle-1904-lengkap-scan200", "scan200", "bundle-1904-lengkap", "pdf"),
    Scanned("sp-7304-kop-ke-provinsi-photo", "photo", "sp-7304-kop-ke-provinsi", "jpeg"),
    Scanned("fs3-6371-boxed-nonprob-photo", "photo", "fs3-6371-boxed-nonprob", "jpeg"),
    Scanned("fpkpa-7304-table-x-jadwal-photo", "photo", "fpkpa-7304-table-x-jadwal", "jpeg"),
)

MAILS: tuple[Mail, ...] = (
    Mail(
        "eml-1904-lengkap",
        office="1904",
        client="thunderbird",
        sender_name="Dinas Kesehatan Kab. Bangka Tengah",
        sender="dinkes@bangkatengahkab.go.id",
        subject="Permohonan Rekomendasi Statistik – Survei Kepuasan Masyarakat Puskesmas 2026",
        attachments=(
            MailAttachment(
                "Surat Pengantar Rekomendasi SKM 2026.pdf", "single:sp-1904-kop-lengkap"
            ),
            MailAttachment(
                "Formulir FS3 – Survei Kepuasan Masyarakat.pdf", "single:fs3-1904-boxed-lengkap"
            ),
            MailAttachment("Kuesioner SKM Puskesmas 2026.pdf", "single:kuesioner-1904-boxed"),
            MailAttachment("KAK Survei Kepuasan Masyarakat.pdf", "single:lainnya-1904-kak"),
        ),
        html=True,
        summary="complete FS3 submission by e-mail, RFC 2231 names, text+HTML body, an extra KAK",
    ),
    Mail(
        "eml-1906-fpkpa",
        office="1906",
        client="outlook",
        sender_name="Disparbudpora Belitung Timur",
        sender="disparbudpora@belitungtimurkab.go.id",
        subject="Pengajuan Rekomendasi Kompilasi Data Kunjungan Wisatawan Tahun 2026",
        attachments=(
            MailAttachment(
                "Surat_Pengantar_FP-KPA_Disparbudpora.pdf",
                "render:sp-1906-dispar-fpkpa:letter-block",
            ),
            MailAttachment(
                "FP-KPA_Kunjungan_Wisatawan_2026.docx", "single:fpkpa-1906-docx-colon-lengkap"
            ),
        ),
        summary="complete FP-KPA submission (no questionnaire needed), plain ASCII names",
    ),
    Mail(
        "eml-6371-gmail",
        office="6371",
        client="gmail",
        sender_name="Yayasan Lestari Sungai Martapura",
        sender="yayasan.lestari.martapura@gmail.com",
        subject="Mohon rekomendasi survei perilaku membuang sampah",
        attachments=(
            MailAttachment(
                "Surat Permohonan Rekomendasi.docx", "render:sp-6371-yayasan:letter-docx"
            ),
            MailAttachment(
                "Formulir FS3 – Survei Perilaku Membuang Sampah.docx",
                "render:fs3-6371-yayasan:docx-table",
            ),
        ),
        html=True,
        case_defects=(
            Defect(
                None,
                "non_government_sender",
                "error",
                "a private foundation writing from gmail.com; BPS Kota Banjarmasin accepts "
                "government agencies only (seed 003)",
            ),
            Defect(None, "missing_document", "error", "FS3 sent without its questionnaire"),
        ),
        summary="non-government sender from gmail.com, Word attachments, no questionnaire",
    ),
    Mail(
        "eml-7304-tanpa-surat",
        office="7304",
        client="outlook",
        sender_name="Dinas Kelautan dan Perikanan Kab. Jeneponto",
        sender="dkp@jenepontokab.go.id",
        subject="Formulir FS3 Survei Produksi dan Harga Garam Rakyat 2026",
        attachments=(
            MailAttachment(
                "FS3 Survei Garam Rakyat 2026.pdf", "single:fs3-7304-boxed-metode-salah"
            ),
            MailAttachment(
                "Kuesioner Survei Garam Rakyat.pdf", "render:kq-7304-garam:kuesioner-list"
            ),
        ),
        case_defects=(
            Defect(None, "missing_document", "error", "no cover letter (surat pengantar) attached"),
        ),
        summary="submission without a cover letter; the FS3 itself has defects",
    ),
    Mail(
        "eml-1904-scan",
        office="1904",
        client="outlook",
        sender_name="Dinas Perikanan Bangka Tengah",
        sender="perikanan@bangkatengahkab.go.id",
        subject="Kirim Scan Surat dan Formulir FP-KPA Produksi Perikanan Tangkap",
        attachments=(
            MailAttachment(
                "Scan Surat dan FP-KPA Dinas Perikanan.pdf",
                "scan200:sp-1904-diskan:letter-kop,fpkpa-1904-diskan:boxed",
            ),
        ),
        summary="one scanned PDF holding the cover letter and the FP-KPA (split by page range)",
    ),
)

LAYOUT_NOTES: dict[str, str] = {
    "boxed": "reportlab; bordered block tables, R. numbers, chosen codes circled",
    "boxed-typewriter": "reportlab; boxed form filled on a typewriter (Courier), codes circled "
    "in ink",
    "table-check": "reportlab as Word-printed; table No | Uraian | Isian, ☑/☐ before options",
    "table-x": "reportlab as Word-printed, F4 paper; two-column table, '(X)' before the chosen "
    "option, other wording",
    "colon": "reportlab as LibreOffice-printed; 'Label : value' lines, no R. numbers, other "
    "wording, options written out, '-' when empty",
    "fillable": "reportlab AcroForm; values only in text fields and checkboxes",
    "docx-table": "python-docx; Word table with ☑/☐",
    "docx-colon": "python-docx; tab-aligned 'Label : value' paragraphs, options written out",
    "letter-kop": "reportlab; centred letterhead with double rule, 'Kepada Yth.' block, stamp",
    "letter-block": "reportlab; left letterhead, 'Hal', date on the number line",
    "letter-docx": "python-docx; letterhead paragraph with rule",
    "kuesioner-boxed": "reportlab; coded questionnaire with code boxes",
    "kuesioner-list": "reportlab; online-form style questionnaire",
    "kuesioner-docx": "python-docx; numbered questions",
    "kak": "reportlab; terms of reference with a schedule table",
    "bundle": "several documents drawn into one PDF",
}
