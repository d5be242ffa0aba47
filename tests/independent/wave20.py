"""Twentieth wave of the held-out set: four more layouts, made without reading the extractor.

- an FP-KPA from a ministry's regional office (Kantor Wilayah Direktorat Jenderal
  Perbendaharaan Provinsi Gorontalo) typed in Word and exported to PDF by LibreOffice: a
  three-line ministry header and a "Halaman x dari y" footer on every page; every block its
  own three-column table "No. | Rincian | Isian" under a merged dark title row, the number
  and label cells shaded grey and the answers in the white right column; single choices
  answered with Word drop-down list content controls (only the chosen entry is printed,
  "Berulang", "Bulanan", "Ya"/"Tidak"), multiple choices as a list of Word check-box content
  controls one option a line, dates as date-picker content controls ("12 Januari 2026", the
  release with its weekday "Senin, 28 Desember 2026"); long answers (address, purpose,
  collection method, the six regions) broken over lines with manual line breaks inside the
  cell; the persons as merged group rows with lettered sub-rows; schedule and variable
  lists as separate ruled tables;
- an FS3 from a city health office (Dinas Kesehatan Kota Tarakan) as a .docx written as a
  narrative form: block headings, numbered questions in bold and the answers in indented
  paragraphs beneath (address and contacts over four lines of one answer), choices answered
  in sentences ("Survei ini dilaksanakan setiap tahun.", "Data disunting dan divalidasi;
  penyandian tidak dilakukan ..."), the two persons in small two-column tables, the
  variables in a small table, the products as a dashed list "Publikasi tercetak: ya", the
  schedule as a Gantt-like table (stage, start and end dates dd/mm/yyyy, twelve month
  columns shaded for the months each stage runs), the release date in a sentence; block VI
  filled (two-stage cluster sample);
- an FP-KPA from a regency social affairs office (Dinas Sosial Kabupaten Manokwari) printed
  on one F4 sheet and photographed with a phone: a boxed "captioned cell" form (each cell a
  small numbered caption at its top-left and the printed value under it, several cells to a
  row), options as strips of adjoining cells with the chosen ones shaded dark and printed
  in white bold, the two persons as two framed columns side by side, purpose and schedule
  side by side; the photo (a single JPEG, 2448 x 3264 px) has a tilted perspective (top
  edge narrower), a slight paper bulge, a cool white balance, a bright glare at the top
  left, the phone's soft shadow at the bottom, light blur and sensor noise;
- a cover letter in Word from a provincial agency in Aceh (PEMERINTAH ACEH over DINAS
  PERTANIAN DAN PERKEBUNAN, so the agency is "Dinas Pertanian dan Perkebunan Aceh"): emblem
  centred above a centred letterhead and a single heavy rule; the place and date at the
  right with the Hijri date first ("Banda Aceh, 23 Syakban 1447 H" over "11 Februari 2026
  M"); Nomor/Sifat/Lampiran/Hal in a borderless table; "Yth." addressee, "di -" and the
  indented city; body naming the survey; signed "a.n. Kepala Dinas Pertanian dan
  Perkebunan Aceh" / "Sekretaris," with rank and NIP with spaces; tembusan.

Content dicts: :data:`FPKPA_GORONTALO`, :data:`FS3_TARAKAN`, :data:`FPKPA_MANOKWARI`,
:data:`LETTER_ACEH_FIELDS`.
Renderers (own code): :func:`render_fpkpa_kanwil_pdf` (python-docx, then LibreOffice with a
private profile), :func:`render_fs3_narrative_docx`, :func:`render_fpkpa_cells_pdf` with
:func:`photograph_jpeg`, :func:`render_letter_aceh_docx`.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from tests.independent.content import expected

#: Like ``content.Shown``: key -> (what the document prints, the expected value). The printed
#: side may be a list of lines (manual line breaks) or a pair of dates (a schedule stage).
Shown20 = dict[str, tuple[Any, Any]]


def _same(text: str) -> tuple[str, str]:
    return (text, text)


def _lines(*lines: str) -> tuple[list[str], str]:
    """A value printed over several lines (manual line breaks); expected joined by spaces."""
    return (list(lines), " ".join(lines))


# --- content ------------------------------------------------------------------------------

#: A ministry regional office's monthly compilation of budget and transfer records for the
#: six regions of its province.
FPKPA_GORONTALO: Shown20 = {
    "judul": _same(
        "Kompilasi Data Realisasi Anggaran dan Penyaluran Dana Transfer Regional Gorontalo "
        "Tahun 2026"
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same(
        "Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Gorontalo"
    ),
    "penyelenggara.alamat": _lines(
        "Jl. Prof. Dr. H. B. Jassin No. 8,", "Kelurahan Dulalowo Timur, Kecamatan Kota Tengah"
    ),
    "penyelenggara.kabupaten_kota": ("Kota Gorontalo", "7571"),
    "penyelenggara.provinsi": ("Gorontalo", "75"),
    "penyelenggara.telepon": ("(0435) 827145", "+62435827145"),
    "penyelenggara.faks": ("(0435) 827146", "+62435827146"),
    "penyelenggara.email": _same("kanwildjpb.gorontalo@kemenkeu.go.id"),
    "penanggung_jawab.nama": _same("Dr. Rahmat Hidayat Siregar, S.E., M.Si."),
    "penanggung_jawab.jabatan": _same(
        "Kepala Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Gorontalo"
    ),
    "penanggung_jawab.alamat": _same("Jl. Prof. Dr. H. B. Jassin No. 8, Kota Gorontalo"),
    "penanggung_jawab.telepon": ("0812-6043-5517", "+6281260435517"),
    "penanggung_jawab.faks": ("(0435) 827146", "+62435827146"),
    "penanggung_jawab.email": _same("rahmat.siregar@kemenkeu.go.id"),
    "pj_teknis.nama": _same("Nurain Mohamad, S.E., M.Ec.Dev."),
    "pj_teknis.jabatan": _same("Kepala Bidang Pembinaan Akuntansi dan Pelaporan Keuangan"),
    "pj_teknis.alamat": _same("Jl. Prof. Dr. H. B. Jassin No. 8, Kota Gorontalo"),
    "pj_teknis.telepon": ("0853-9912-4408", "+6285399124408"),
    "pj_teknis.email": _same("nurain.mohamad@kemenkeu.go.id"),
    "tujuan": _lines(
        "Menghimpun data realisasi belanja kementerian/lembaga, penyaluran transfer ke daerah "
        "dan dana desa serta penyaluran kredit program di Provinsi Gorontalo setiap bulan.",
        "Hasilnya digunakan sebagai bahan Kajian Fiskal Regional, rapat Regional Asset "
        "Liability Committee (ALCo) dan pemantauan kinerja pelaksanaan anggaran bersama "
        "pemerintah daerah.",
    ),
    "jadwal.perencanaan": (("12 Januari 2026", "30 Januari 2026"), ("2026-01-12", "2026-01-30")),
    "jadwal.pengumpulan": (
        ("9 Februari 2026", "10 Desember 2026"),
        ("2026-02-09", "2026-12-10"),
    ),
    "jadwal.pengolahan": (
        ("16 Februari 2026", "15 Desember 2026"),
        ("2026-02-16", "2026-12-15"),
    ),
    "jadwal.analisis": (("23 Februari 2026", "22 Desember 2026"), ("2026-02-23", "2026-12-22")),
    "jadwal.diseminasi": (("16 Maret 2026", "29 Desember 2026"), ("2026-03-16", "2026-12-29")),
    "variabel": (
        None,
        [
            {
                "nama": "Pagu dan realisasi belanja kementerian/lembaga menurut jenis belanja",
                "referensi_waktu": "Bulanan",
                "sumber": "Aplikasi SAKTI dan OM-SPAN",
            },
            {
                "nama": "Penyaluran Dana Alokasi Khusus Fisik menurut bidang",
                "referensi_waktu": "Bulanan",
                "sumber": "OM-SPAN modul Transfer ke Daerah",
            },
            {
                "nama": "Penyaluran Dana Desa menurut tahap dan desa",
                "referensi_waktu": "Bulanan",
                "sumber": "OM-SPAN modul Transfer ke Daerah",
            },
            {
                "nama": "Penyaluran Kredit Usaha Rakyat menurut sektor ekonomi",
                "referensi_waktu": "Bulanan",
                "sumber": "Sistem Informasi Kredit Program (SIKP)",
            },
            {
                "nama": "Penerimaan negara yang disetor melalui bank persepsi",
                "referensi_waktu": "Bulanan",
                "sumber": "Modul Penerimaan Negara Generasi 3 (MPN G3)",
            },
            {
                "nama": "Jumlah satuan kerja menurut kementerian/lembaga",
                "referensi_waktu": "Awal tahun anggaran",
                "sumber": "Aplikasi SAKTI",
            },
        ],
    ),
    "pelaksanaan": ("Berulang", "berulang"),
    "frekuensi": ("Bulanan", "bulanan"),
    "jenis_data": _same(
        "Data realisasi anggaran, penyaluran dana transfer dan kredit program (data "
        "administrasi keuangan negara)"
    ),
    "metode_pengumpulan": _lines(
        "Penarikan data dari aplikasi SAKTI, OM-SPAN, SIKP dan MPN G3 oleh petugas Kanwil,",
        "dilengkapi rekonsiliasi dengan KPPN dan pemerintah daerah",
    ),
    "cakupan_wilayah": ("Sebagian wilayah Indonesia", "sebagian"),
    "wilayah": (
        [
            "Kabupaten Boalemo",
            "Kabupaten Gorontalo",
            "Kabupaten Pohuwato",
            "Kabupaten Bone Bolango",
            "Kabupaten Gorontalo Utara",
            "Kota Gorontalo",
        ],
        ["7501", "7502", "7503", "7504", "7505", "7571"],
    ),
    "petugas": ("Staf instansi", "staf"),
    "pendidikan_petugas": ("S1/D-IV ke atas", "sarjana"),
    "jumlah_supervisor": ("3 orang", 3),
    "jumlah_enumerator": ("9 orang", 9),
    "pelatihan": ("Ya", True),
    "pengolahan.penyuntingan": ("Ya", True),
    "pengolahan.entri_data": ("Tidak", False),
    "pengolahan.penyandian": ("Ya", True),
    "pengolahan.validasi": ("Ya", True),
    "metode_analisis": ("Deskriptif", "deskriptif"),
    "unit_analisis": (None, ["lainnya", "usaha"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "provinsi"]),
    "produk.cetak": ("Tidak", False),
    "produk.elektronik": ("Ya", True),
    "tanggal_rilis": ("Senin, 28 Desember 2026", "2026-12-28"),
}

#: Drop-down list entries of the Kanwil's Word form (the first is Word's placeholder).
GORONTALO_DROPDOWNS: dict[str, list[str]] = {
    "pelaksanaan": ["Satu kali", "Berulang"],
    "frekuensi": [
        "Harian",
        "Mingguan",
        "Bulanan",
        "Triwulanan",
        "Caturwulanan",
        "Semesteran",
        "Tahunan",
        "Lebih dari satu tahun",
    ],
    "cakupan_wilayah": ["Seluruh wilayah Indonesia", "Sebagian wilayah Indonesia"],
    "petugas": ["Staf instansi", "Mitra/tenaga kontrak", "Staf instansi dan mitra"],
    "pendidikan_petugas": [
        "SMP/sederajat",
        "SMA/sederajat",
        "Diploma (D-I s.d. D-III)",
        "S1/D-IV ke atas",
    ],
    "metode_analisis": ["Deskriptif", "Inferensia", "Deskriptif dan inferensia"],
    "yatidak": ["Ya", "Tidak"],
}

#: Check-box lists (wording, code).
GORONTALO_CHECKS: dict[str, list[tuple[str, str]]] = {
    "unit_analisis": [
        ("Individu", "individu"),
        ("Rumah tangga", "rumah_tangga"),
        ("Usaha/badan usaha", "usaha"),
        ("Lainnya: satuan kerja dan pemerintah daerah", "lainnya"),
    ],
    "tingkat_penyajian": [
        ("Nasional", "nasional"),
        ("Provinsi", "provinsi"),
        ("Kabupaten/Kota", "kabupaten_kota"),
        ("Kecamatan", "kecamatan"),
        ("Lainnya", "lainnya"),
    ],
}

GORONTALO_SIGN = (
    "Gorontalo, 14 Januari 2026",
    "Kepala Kantor Wilayah,",
    "Dr. Rahmat Hidayat Siregar, S.E., M.Si.",
    "NIP 19740816 199503 1 001",
)

#: A city health office's yearly household survey, two-stage cluster sample (block VI filled).
FS3_TARAKAN: Shown20 = {
    "judul": _same(
        "Survei Perilaku Hidup Bersih dan Sehat Tatanan Rumah Tangga Kota Tarakan Tahun 2026"
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Kesehatan Kota Tarakan"),
    "penyelenggara.alamat": _same(
        "Jl. Sei Sesayap No. 1, Kelurahan Sebengkok, Kecamatan Tarakan Tengah"
    ),
    "penyelenggara.kabupaten_kota": ("Kota Tarakan", "6571"),
    "penyelenggara.provinsi": ("Kalimantan Utara", "65"),
    "penyelenggara.telepon": ("(0551) 21187", "+6255121187"),
    "penyelenggara.faks": ("(0551) 21188", "+6255121188"),
    "penyelenggara.email": _same("dinkes@tarakankota.go.id"),
    "penanggung_jawab.nama": _same("dr. Yusuf Rahmadani, M.Kes."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Kesehatan Kota Tarakan"),
    "penanggung_jawab.telepon": ("0811-5420-318", "+628115420318"),
    "penanggung_jawab.email": _same("yusuf.rahmadani@tarakankota.go.id"),
    "manajer.nama": _same("Ns. Fitriani Lestari, S.Kep., M.Kes."),
    "manajer.jabatan": _same("Kepala Seksi Promosi dan Pemberdayaan Masyarakat"),
    "manajer.alamat": _same("Jl. Sei Sesayap No. 1, Sebengkok, Tarakan"),
    "manajer.telepon": ("0852-5007-6614", "+6285250076614"),
    "manajer.email": _same("promkes.dinkes@tarakankota.go.id"),
    "pelaksanaan": (
        "Survei ini dilaksanakan berulang; pelaksanaan tahun 2026 merupakan yang keempat "
        "sejak tahun 2023.",
        "berulang",
    ),
    "frekuensi": ("Survei ini dilaksanakan setiap tahun.", "tahunan"),
    "tipe_pengumpulan": (
        "Potong lintang (cross-sectional): setiap tahun dipilih sampel rumah tangga yang baru.",
        "cross_sectional",
    ),
    "tujuan": _same(
        "Mengukur persentase rumah tangga yang menerapkan perilaku hidup bersih dan sehat "
        "(PHBS) menurut kecamatan dan kelurahan sebagai dasar penetapan kelurahan prioritas "
        "promosi kesehatan serta pemantauan indikator Standar Pelayanan Minimal bidang "
        "kesehatan Kota Tarakan."
    ),
    "variabel": (
        None,
        [
            {
                "nama": "Persalinan ditolong tenaga kesehatan",
                "referensi_waktu": "Persalinan terakhir dalam 12 bulan terakhir",
            },
            {
                "nama": "Pemberian ASI eksklusif",
                "referensi_waktu": "Bayi usia 0-6 bulan saat pencacahan",
            },
            {"nama": "Penimbangan balita setiap bulan", "referensi_waktu": "Enam bulan terakhir"},
            {"nama": "Penggunaan air bersih", "referensi_waktu": "Saat pencacahan"},
            {
                "nama": "Cuci tangan dengan air bersih dan sabun",
                "referensi_waktu": "Saat pencacahan",
            },
            {"nama": "Penggunaan jamban sehat", "referensi_waktu": "Saat pencacahan"},
            {"nama": "Aktivitas fisik setiap hari", "referensi_waktu": "Seminggu terakhir"},
            {"nama": "Tidak merokok di dalam rumah", "referensi_waktu": "Sebulan terakhir"},
        ],
    ),
    "cara_pengumpulan": ("Survei ini menggunakan sampel.", "sampel"),
    "cakupan_wilayah": (
        "Sebagian wilayah Indonesia, yaitu seluruh kecamatan di Kota Tarakan.",
        "sebagian",
    ),
    "wilayah": (
        "Kota Tarakan (Kecamatan Tarakan Timur, Tarakan Tengah, Tarakan Barat dan Tarakan Utara).",
        ["6571"],
    ),
    "metode_pengumpulan": (
        "Wawancara tatap muka dengan kepala rumah tangga atau ibu rumah tangga, dilengkapi "
        "observasi langsung terhadap sarana air bersih, jamban dan tempat cuci tangan.",
        ["observasi", "wawancara"],
    ),
    "metode_sampel": ("Penarikan sampel menggunakan metode probabilitas.", "probabilitas"),
    "metode_pemilihan": (
        "Sampel klaster (cluster sampling) dengan rukun tetangga (RT) sebagai klaster.",
        "klaster",
    ),
    "uji_coba": (
        "Ya. Uji coba kuesioner dilakukan di Kelurahan Karang Anyar Pantai pada bulan Maret 2026.",
        True,
    ),
    "petugas": (
        "Staf puskesmas bersama kader kesehatan sebagai mitra (gabungan staf dan mitra).",
        "keduanya",
    ),
    "pendidikan_petugas": ("Diploma III bidang kesehatan.", "diploma"),
    "pelatihan": ("Ya, petugas dilatih selama dua hari pada 14-15 April 2026.", True),
    "jumlah_supervisor": ("8", 8),
    "jumlah_enumerator": ("40", 40),
    "rancangan_sampel": (
        "Dua tahap: tahap pertama memilih RT, tahap kedua memilih 10 rumah tangga di setiap RT "
        "terpilih.",
        "multi_tahap",
    ),
    "kerangka_sampel": _same(
        "Daftar RT per kelurahan dari Dinas Kependudukan dan Pencatatan Sipil Kota Tarakan "
        "keadaan Desember 2025"
    ),
    "fraksi_sampel": _same("120 dari 1.296 RT"),
    "unit_sampel": _same("Rumah tangga"),
    "jumlah_sampel": ("1.200", 1200),
    "sampling_error": _same(
        "Margin of error maksimal 3 persen pada tingkat kota dengan tingkat kepercayaan 95 persen"
    ),
    "responden": _same("Kepala rumah tangga atau ibu rumah tangga"),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (
        "Hasil survei diestimasi untuk tingkat kota dan kecamatan.",
        ["kabupaten_kota", "kecamatan"],
    ),
    "metode_analisis": (
        "Deskriptif dan inferensia (regresi logistik faktor-faktor yang memengaruhi PHBS).",
        "keduanya",
    ),
    "produk.cetak": ("ya", True),
    "produk.elektronik": ("ya, di laman dinkes.tarakankota.go.id", True),
    "produk.makro": ("ya", True),
    "produk.mikro": ("tidak", False),
    "jadwal.perencanaan": (("05/01/2026", "20/03/2026"), ("2026-01-05", "2026-03-20")),
    "jadwal.lapangan": (("20/04/2026", "30/05/2026"), ("2026-04-20", "2026-05-30")),
    "jadwal.pengolahan": (("11/05/2026", "26/06/2026"), ("2026-05-11", "2026-06-26")),
    "jadwal.analisis": (("01/07/2026", "14/08/2026"), ("2026-07-01", "2026-08-14")),
    "jadwal.diseminasi": (("01/09/2026", "30/10/2026"), ("2026-09-01", "2026-10-30")),
    "tanggal_rilis": ("1 September 2026", "2026-09-01"),
}

TARAKAN_PROCESSING = (
    "Data disunting (penyuntingan) dan divalidasi; penyandian tidak dilakukan karena seluruh "
    "jawaban pada kuesioner sudah berkode."
)

TARAKAN_SIGN = (
    "Tarakan, 19 Januari 2026",
    "Kepala Dinas Kesehatan Kota Tarakan,",
    "dr. Yusuf Rahmadani, M.Kes.",
    "Pembina Utama Muda (IV/c)",
    "NIP 19740528 200212 1 003",
)

#: A regency social affairs office's quarterly compilation of social-assistance registers.
FPKPA_MANOKWARI: Shown20 = {
    "judul": _same("Kompilasi Data Penerima Bantuan Sosial Kabupaten Manokwari Tahun 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Sosial Kabupaten Manokwari"),
    "penyelenggara.alamat": _same("Jl. Trikora Wosi No. 21, Distrik Manokwari Barat"),
    "penyelenggara.kabupaten_kota": ("Kabupaten Manokwari", "9105"),
    "penyelenggara.provinsi": ("Papua Barat", "91"),
    "penyelenggara.telepon": ("(0986) 211437", "+62986211437"),
    "penyelenggara.faks": ("(0986) 211438", "+62986211438"),
    "penyelenggara.email": _same("dinsos@manokwarikab.go.id"),
    "penanggung_jawab.nama": _same("Yohanes Rumbiak, S.Sos., M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Sosial Kabupaten Manokwari"),
    "penanggung_jawab.alamat": _same("Jl. Trikora Wosi No. 21, Manokwari"),
    "penanggung_jawab.telepon": ("0813-4465-2290", "+6281344652290"),
    "penanggung_jawab.email": _same("yohanes.rumbiak@manokwarikab.go.id"),
    "pj_teknis.nama": _same("Maria Magdalena Mandacan, S.E."),
    "pj_teknis.jabatan": _same("Kepala Bidang Perlindungan dan Jaminan Sosial"),
    "pj_teknis.alamat": _same("Jl. Trikora Wosi No. 21, Manokwari"),
    "pj_teknis.telepon": ("0821-9870-3315", "+6282198703315"),
    "pj_teknis.email": _same("linjamsos.dinsos@manokwarikab.go.id"),
    "tujuan": _same(
        "Menghimpun data penerima bantuan sosial (PKH, BPNT dan bantuan sosial daerah) menurut "
        "distrik setiap triwulan untuk pemutakhiran Data Tunggal Sosial dan Ekonomi Nasional "
        "(DTSEN) dan perencanaan program perlindungan sosial daerah."
    ),
    "jadwal.perencanaan": (("05-01-2026", "30-01-2026"), ("2026-01-05", "2026-01-30")),
    "jadwal.pengumpulan": (("06-04-2026", "11-12-2026"), ("2026-04-06", "2026-12-11")),
    "jadwal.pengolahan": (("13-04-2026", "18-12-2026"), ("2026-04-13", "2026-12-18")),
    "jadwal.analisis": (("20-04-2026", "23-12-2026"), ("2026-04-20", "2026-12-23")),
    "jadwal.diseminasi": (("04-05-2026", "30-12-2026"), ("2026-05-04", "2026-12-30")),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah keluarga penerima manfaat PKH",
                "referensi_waktu": "Triwulan berjalan",
                "sumber": "SIKS-NG",
            },
            {
                "nama": "Jumlah keluarga penerima Program Sembako/BPNT",
                "referensi_waktu": "Triwulan berjalan",
                "sumber": "SIKS-NG",
            },
            {
                "nama": "Penerima bantuan sosial daerah bagi Orang Asli Papua",
                "referensi_waktu": "Triwulan berjalan",
                "sumber": "Register bantuan Dinas Sosial",
            },
            {
                "nama": "Jumlah penyandang disabilitas terdaftar",
                "referensi_waktu": "Akhir triwulan",
                "sumber": "Register rehabilitasi sosial",
            },
            {
                "nama": "Jumlah lanjut usia terlantar penerima bantuan",
                "referensi_waktu": "Akhir triwulan",
                "sumber": "Register rehabilitasi sosial",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "triwulanan"),
    "jenis_data": _same("Data administrasi penerima bantuan sosial menurut nama dan alamat"),
    "metode_pengumpulan": _same(
        "Penarikan data dari aplikasi SIKS-NG dan rekapitulasi register bantuan dari setiap distrik"
    ),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Manokwari", ["9105"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sma"),
    "jumlah_supervisor": ("2", 2),
    "jumlah_enumerator": ("9", 9),
    "pelatihan": (None, True),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["individu", "rumah_tangga"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "kecamatan"]),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, False),
    "tanggal_rilis": ("30-12-2026", "2026-12-30"),
}

_YT: list[tuple[str, Any]] = [("Ya", True), ("Tidak", False)]

#: Option strips of the Manokwari form: key -> [(printed wording, value)].
MANOKWARI_OPTIONS: dict[str, list[tuple[str, Any]]] = {
    "pelaksanaan": [("Satu kali", "sekali"), ("Berulang", "berulang")],
    "frekuensi": [
        ("Harian", "harian"),
        ("Mingguan", "mingguan"),
        ("Bulanan", "bulanan"),
        ("Triwulanan", "triwulanan"),
        ("Caturwulanan", "caturwulanan"),
        ("Semesteran", "semesteran"),
        ("Tahunan", "tahunan"),
        ("Lebih dari 1 tahun", "lebih_dari_setahun"),
    ],
    "cakupan_wilayah": [
        ("Seluruh Indonesia", "seluruh_indonesia"),
        ("Sebagian wilayah Indonesia", "sebagian"),
    ],
    "petugas": [("Staf", "staf"), ("Mitra", "mitra"), ("Staf dan mitra", "keduanya")],
    "pendidikan_petugas": [
        ("SMP", "smp"),
        ("SMA/SMK", "sma"),
        ("Diploma", "diploma"),
        ("S1 ke atas", "sarjana"),
    ],
    "pelatihan": _YT,
    "pengolahan.penyuntingan": _YT,
    "pengolahan.entri_data": _YT,
    "pengolahan.penyandian": _YT,
    "pengolahan.validasi": _YT,
    "metode_analisis": [
        ("Deskriptif", "deskriptif"),
        ("Inferensia", "inferensia"),
        ("Keduanya", "keduanya"),
    ],
    "unit_analisis": [
        ("Individu", "individu"),
        ("Rumah tangga/keluarga", "rumah_tangga"),
        ("Usaha", "usaha"),
        ("Lainnya", "lainnya"),
    ],
    "tingkat_penyajian": [
        ("Nasional", "nasional"),
        ("Provinsi", "provinsi"),
        ("Kabupaten/Kota", "kabupaten_kota"),
        ("Distrik (kecamatan)", "kecamatan"),
        ("Lainnya", "lainnya"),
    ],
    "produk.cetak": _YT,
    "produk.elektronik": _YT,
}

MANOKWARI_SIGN = (
    "Manokwari, 8 Januari 2026",
    "Kepala Dinas Sosial Kabupaten Manokwari,",
    "Yohanes Rumbiak, S.Sos., M.Si.",
    "NIP 19710704 199803 1 006",
)

#: The Aceh agriculture office's cover letter for a survey in the Gayo highlands.
LETTER_ACEH_NOMOR = "500.6/318/Distanbun-Sekr/2026"
LETTER_ACEH_FIELDS: dict[str, Any] = {
    "nomor_surat": LETTER_ACEH_NOMOR,
    "tanggal_surat": "2026-02-11",
    "perihal": "Permohonan Rekomendasi Survei Produktivitas Kopi Arabika Gayo Tahun 2026",
    "instansi": "Dinas Pertanian dan Perkebunan Aceh",
    "kepada": "Kepala Badan Pusat Statistik Provinsi Aceh",
    "penandatangan.nama": "Cut Rahmawati Yusuf, S.P., M.Si.",
    "penandatangan.jabatan": "Sekretaris",
    "penandatangan.nip": "197909232005012006",
}


# --- Word helpers -------------------------------------------------------------------------

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
_WX = f'xmlns:w="{_W_NS}"'


def _words(text: str) -> list[str]:
    return text.split()


#: Schema order of the children of the property elements touched here.
_SEQ: dict[str, list[str]] = {
    "pPr": _words(
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
        "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
        "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
        "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
        "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
    ),
    "tblPr": _words(
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
        "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook"
    ),
    "tcPr": _words(
        "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
        "tcFitText vAlign hideMark"
    ),
    "trPr": _words(
        "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
        "tblCellSpacing jc hidden"
    ),
}

_sdt_ids = [4720]


def _x(text: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(text)


def _set(parent: Any, child: Any) -> None:
    """Put ``child`` into the property element ``parent`` in schema order (replacing)."""
    kind = parent.tag.split("}")[1]
    seq = _SEQ[kind]
    name = child.tag.split("}")[1]
    for old in parent.findall(f"{{{_W_NS}}}{name}"):
        parent.remove(old)
    rank = seq.index(name)
    for k, other in enumerate(parent):
        tag = other.tag.split("}")[1]
        if tag in seq and seq.index(tag) > rank:
            parent.insert(k, child)
            return
    parent.append(child)


def _next_id() -> int:
    _sdt_ids[0] += 37
    return _sdt_ids[0]


def _fill(cell: Any, color: str) -> None:
    _set(
        cell._tc.get_or_add_tcPr(),
        _x(f'<w:shd {_WX} w:val="clear" w:color="auto" w:fill="{color}"/>'),
    )


def _cell_margins(table: Any, top: int, left: int, bottom: int, right: int) -> None:
    _set(
        table._tbl.tblPr,
        _x(
            f'<w:tblCellMar {_WX}><w:top w:w="{top}" w:type="dxa"/>'
            f'<w:left w:w="{left}" w:type="dxa"/><w:bottom w:w="{bottom}" w:type="dxa"/>'
            f'<w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'
        ),
    )


def _borders(table: Any, *, val: str = "single", size: int = 4, color: str = "808080") -> None:
    edges = "".join(
        f'<w:{e} w:val="{val}" w:sz="{size}" w:space="0" w:color="{color}"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    _set(table._tbl.tblPr, _x(f"<w:tblBorders {_WX}>{edges}</w:tblBorders>"))


def _grid(table: Any, cms: list[float], indent: float = 0.0) -> None:
    """Fixed column widths (grid and cells) in centimetres, optional left indent."""
    from docx.shared import Cm

    table.autofit = False
    tbl_pr = table._tbl.tblPr
    _set(tbl_pr, _x(f'<w:tblLayout {_WX} w:type="fixed"/>'))
    _set(tbl_pr, _x(f'<w:tblW {_WX} w:w="{round(sum(cms) * 567)}" w:type="dxa"/>'))
    if indent:
        _set(tbl_pr, _x(f'<w:tblInd {_WX} w:w="{round(indent * 567)}" w:type="dxa"/>'))
    for col, cm in zip(table._tbl.tblGrid.findall(f"{{{_W_NS}}}gridCol"), cms, strict=True):
        col.set(f"{{{_W_NS}}}w", str(round(cm * 567)))
    for row in table.rows:
        for cell, cm in zip(row.cells, cms, strict=True):
            cell.width = Cm(cm)


def _no_split(row: Any) -> None:
    _set(row._tr.get_or_add_trPr(), _x(f"<w:cantSplit {_WX}/>"))


def _repeat_header(row: Any) -> None:
    _set(row._tr.get_or_add_trPr(), _x(f"<w:tblHeader {_WX}/>"))


def _tight(paragraph: Any, before: float = 0, after: float = 0, line: float | None = None) -> Any:
    from docx.shared import Pt

    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing = line
    return paragraph


def _run(
    paragraph: Any,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    color: str | None = None,
    underline: bool = False,
) -> Any:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    run.underline = underline or None
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def _broken(paragraph: Any, lines: list[str], **kw: Any) -> None:
    """``lines`` in one paragraph separated by manual line breaks (Shift+Enter)."""
    for k, line in enumerate(lines):
        run = _run(paragraph, line, **kw)
        if k < len(lines) - 1:
            run.add_break()


def _rule_under(paragraph: Any, size: int, space: int = 1, val: str = "single") -> None:
    _set(
        paragraph._p.get_or_add_pPr(),
        _x(
            f'<w:pBdr {_WX}><w:bottom w:val="{val}" w:sz="{size}" w:space="{space}" '
            'w:color="000000"/></w:pBdr>'
        ),
    )


def _page_field(paragraph: Any, instr: str, shown: str, size: float) -> None:
    """A complex field (PAGE / NUMPAGES) as Word writes it, with its last result."""
    rpr = f'<w:rPr><w:sz w:val="{round(size * 2)}"/></w:rPr>'
    for xml in (
        f'<w:r {_WX}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {_WX}>{rpr}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        f'<w:r {_WX}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {_WX}>{rpr}<w:t>{shown}</w:t></w:r>",
        f'<w:r {_WX}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(_x(xml))


def _sdt_dropdown(paragraph: Any, alias: str, items: list[str], chosen: str, size: float) -> None:
    """A drop-down list content control (Developer > Drop-Down List) showing ``chosen``."""
    entries = '<w:listItem w:displayText="Pilih salah satu." w:value=""/>' + "".join(
        f'<w:listItem w:displayText="{escape(t)}" w:value="{k + 1}"/>' for k, t in enumerate(items)
    )
    last = items.index(chosen) + 1
    paragraph._p.append(
        _x(
            f'<w:sdt {_WX}><w:sdtPr><w:alias w:val="{escape(alias)}"/>'
            f'<w:tag w:val="{escape(alias)}"/><w:id w:val="{_next_id()}"/>'
            f'<w:dropDownList w:lastValue="{last}">{entries}</w:dropDownList></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr><w:sz w:val="{round(size * 2)}"/></w:rPr>'
            f"<w:t>{escape(chosen)}</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )


def _sdt_date(paragraph: Any, iso: str, shown: str, fmt: str, size: float) -> None:
    """A date picker content control (Developer > Date Picker) in Indonesian."""
    paragraph._p.append(
        _x(
            f'<w:sdt {_WX}><w:sdtPr><w:id w:val="{_next_id()}"/>'
            f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{fmt}"/>'
            '<w:lid w:val="id-ID"/><w:storeMappedDataAs w:val="dateTime"/>'
            '<w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr><w:sz w:val="{round(size * 2)}"/></w:rPr>'
            f"<w:t>{escape(shown)}</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )


def _sdt_check(paragraph: Any, chosen: bool, size: float) -> None:
    """A check-box content control (Developer > Check Box), MS Gothic glyphs."""
    glyph = "☒" if chosen else "☐"
    paragraph._p.append(
        _x(
            f'<w:sdt {_WX} xmlns:w14="{_W14_NS}"><w:sdtPr><w:id w:val="{_next_id()}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if chosen else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
            "</w:sdtPr><w:sdtContent><w:r><w:rPr>"
            '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
            f'w:hint="eastAsia"/><w:sz w:val="{round(size * 2)}"/></w:rPr>'
            f"<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )


def _page_setup(doc: Any, *, w: float, h: float, margins: tuple[float, float, float, float]) -> Any:
    """Page size and margins (top, right, bottom, left) in centimetres; returns the section."""
    from docx.shared import Cm

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(w), Cm(h)
    top, right, bottom, left = margins
    sec.top_margin, sec.right_margin = Cm(top), Cm(right)
    sec.bottom_margin, sec.left_margin = Cm(bottom), Cm(left)
    return sec


def _base_font(doc: Any, name: str, size: float) -> None:
    from docx.shared import Pt

    normal = doc.styles["Normal"]
    normal.font.name = name
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(f"{{{_W_NS}}}rFonts")
    if fonts is not None:
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
            fonts.set(f"{{{_W_NS}}}{attr}", name)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)


LO_PROFILE = "file:///tmp/lo_profile_w20"


def _lo_pdf(docx_path: Path, pdf_path: Path) -> None:
    """Export ``docx_path`` to PDF with LibreOffice (headless, this wave's private profile)."""
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    with tempfile.TemporaryDirectory(prefix="w20_lo_") as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={LO_PROFILE}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        made = Path(tmp) / (docx_path.stem + ".pdf")
        if not made.is_file():
            raise RuntimeError(f"LibreOffice did not export {docx_path.name}")
        shutil.move(str(made), str(pdf_path))


# --- 1. FP-KPA of a Kanwil: grey label column, content controls, LibreOffice PDF -----------

_DARK, _GREY, _PALE = "3A3A3A", "D9D9D9", "EDEDED"
_K_SIZE = 9.5


def _kanwil_docx(c: Shown20, path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    _sdt_ids[0] = 4720  # the same content-control ids on every build
    doc = Document()
    sec = _page_setup(doc, w=21.0, h=29.7, margins=(2.6, 1.8, 2.0, 2.2))
    sec.header_distance, sec.footer_distance = Cm(1.0), Cm(1.0)
    _base_font(doc, "Arial", _K_SIZE)
    size = _K_SIZE

    # page header: the ministry's three lines over a thin rule; footer with page numbers
    head = sec.header.paragraphs[0]
    _tight(head)
    _run(head, "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", bold=True, size=8)
    for line in ("DIREKTORAT JENDERAL PERBENDAHARAAN", "KANTOR WILAYAH PROVINSI GORONTALO"):
        p = _tight(sec.header.add_paragraph())
        _run(p, line, size=7.5)
    _rule_under(p, 6, 3)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(foot, "FP-KPA Kanwil DJPb Provinsi Gorontalo 2026   |   Halaman ", size=7.5)
    _page_field(foot, "PAGE", "1", 7.5)
    _run(foot, " dari ", size=7.5)
    _page_field(foot, "NUMPAGES", "4", 7.5)

    for line in ("FORMULIR PEMBERITAHUAN", "KOMPILASI PRODUK ADMINISTRASI (FP-KPA)"):
        p = _tight(doc.add_paragraph())
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, line, bold=True, size=12.0)
    p = _tight(doc.add_paragraph(), before=3, after=8)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(
        p,
        "Isian pilihan menggunakan daftar pilihan (drop-down); untuk pilihan ganda beri "
        "tanda pada kotak.",
        italic=True,
        size=8,
    )

    cms = [1.1, 5.3, 10.6]

    def new_table(title: str | None) -> Any:
        table = doc.add_table(rows=0, cols=3)
        table.style = doc.styles["Table Grid"]
        _borders(table, color="7F7F7F")
        _cell_margins(table, 40, 90, 40, 90)
        if title:
            row = table.add_row()
            cell = row.cells[0].merge(row.cells[2])
            _fill(cell, _DARK)
            para = _tight(cell.paragraphs[0], before=1, after=1)
            _run(para, title, bold=True, size=size, color="FFFFFF")
            _no_split(row)
        return table

    def label_cells(row: Any, number: str, label: str, *, group: bool = False) -> None:
        for cell, text in ((row.cells[0], number), (row.cells[1], label)):
            _fill(cell, _PALE if group else _GREY)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            _run(_tight(cell.paragraphs[0]), text, bold=group, size=size)

    def item(table: Any, number: str, label: str, fill: Callable[[Any], None]) -> None:
        row = table.add_row()
        _no_split(row)
        label_cells(row, number, label)
        fill(row.cells[2])

    def group(table: Any, number: str, label: str) -> None:
        row = table.add_row()
        _no_split(row)
        merged = row.cells[1].merge(row.cells[2])
        _fill(row.cells[0], _PALE)
        _fill(merged, _PALE)
        _run(_tight(row.cells[0].paragraphs[0]), number, bold=True, size=size)
        _run(_tight(merged.paragraphs[0]), label, bold=True, size=size)

    def text(key: str) -> Callable[[Any], None]:
        def put(cell: Any) -> None:
            shown = c[key][0]
            para = _tight(cell.paragraphs[0])
            _broken(para, shown if isinstance(shown, list) else [shown], size=size)

        return put

    def drop(key: str, items: str | None = None) -> Callable[[Any], None]:
        def put(cell: Any) -> None:
            _sdt_dropdown(
                _tight(cell.paragraphs[0]), key, GORONTALO_DROPDOWNS[items or key], c[key][0], size
            )

        return put

    def checks(key: str) -> Callable[[Any], None]:
        def put(cell: Any) -> None:
            chosen = set(c[key][1])
            for k, (wording, code) in enumerate(GORONTALO_CHECKS[key]):
                para = _tight(cell.paragraphs[0] if k == 0 else cell.add_paragraph())
                _sdt_check(para, code in chosen, size + 1)
                _run(para, " " + wording, size=size)

        return put

    def date(key: str, fmt: str) -> Callable[[Any], None]:
        def put(cell: Any) -> None:
            _sdt_date(_tight(cell.paragraphs[0]), c[key][1], c[key][0], fmt, size)

        return put

    cover = new_table(None)
    item(cover, "", "Judul Kegiatan", text("judul"))
    item(cover, "", "Tahun", text("tahun"))
    _grid(cover, cms)
    _tight(doc.add_paragraph(), after=4)

    t1 = new_table("I.  INSTANSI PENYELENGGARA")
    item(t1, "1.1", "Nama Instansi/Unit Kerja", text("penyelenggara.instansi"))
    item(t1, "1.2", "Alamat Kantor", text("penyelenggara.alamat"))
    item(t1, "1.3", "Kabupaten/Kota", text("penyelenggara.kabupaten_kota"))
    item(t1, "1.4", "Provinsi", text("penyelenggara.provinsi"))
    item(t1, "1.5", "Nomor Telepon", text("penyelenggara.telepon"))
    item(t1, "1.6", "Nomor Faksimile", text("penyelenggara.faks"))
    item(t1, "1.7", "Alamat Email", text("penyelenggara.email"))
    _grid(t1, cms)
    _tight(doc.add_paragraph(), after=4)

    t2 = new_table("II.  PENANGGUNG JAWAB")
    group(t2, "2.1", "Penanggung Jawab Kegiatan")
    person = (
        ("a.", "Nama", "nama"),
        ("b.", "Jabatan", "jabatan"),
        ("c.", "Alamat", "alamat"),
        ("d.", "Nomor Telepon/HP", "telepon"),
        ("e.", "Nomor Faksimile", "faks"),
        ("f.", "Alamat Email", "email"),
    )
    for letter, label, sub in person:
        item(t2, "", f"{letter}  {label}", text(f"penanggung_jawab.{sub}"))
    group(t2, "2.2", "Penanggung Jawab Teknis")
    letters = iter("abcde")
    for _letter, label, sub in person:
        if sub == "faks":
            continue
        item(t2, "", f"{next(letters)}.  {label}", text(f"pj_teknis.{sub}"))
    _grid(t2, cms)
    _tight(doc.add_paragraph(), after=4)

    t3 = new_table("III.  TUJUAN DAN JADWAL KEGIATAN")
    item(t3, "3.1", "Tujuan dan Kegunaan Kompilasi", text("tujuan"))
    group(t3, "3.2", "Jadwal Kegiatan (tanggal mulai dan selesai setiap tahapan)")
    _grid(t3, cms)
    sched = doc.add_table(rows=1, cols=3)
    sched.style = doc.styles["Table Grid"]
    _borders(sched, color="7F7F7F")
    _cell_margins(sched, 40, 90, 40, 90)
    for cell, head_text in zip(
        sched.rows[0].cells, ("Tahapan", "Tanggal Mulai", "Tanggal Selesai"), strict=True
    ):
        _fill(cell, _GREY)
        para = _tight(cell.paragraphs[0])
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(para, head_text, bold=True, size=size)
    _repeat_header(sched.rows[0])
    stages = (
        ("perencanaan", "Perencanaan"),
        ("pengumpulan", "Pengumpulan data"),
        ("pengolahan", "Pengolahan data"),
        ("analisis", "Analisis"),
        ("diseminasi", "Diseminasi hasil"),
    )
    for stage, label in stages:
        row = sched.add_row()
        _no_split(row)
        _fill(row.cells[0], _GREY)
        _run(_tight(row.cells[0].paragraphs[0]), label, size=size)
        shown, iso = c[f"jadwal.{stage}"]
        for cell, s, d in zip(row.cells[1:], shown, iso, strict=True):
            para = _tight(cell.paragraphs[0])
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _sdt_date(para, d, s, "d MMMM yyyy", size)
    _grid(sched, [6.4, 5.3, 5.3])
    _tight(doc.add_paragraph(), after=4)

    t4 = new_table("IV.  VARIABEL YANG DIKOMPILASI")
    _grid(t4, cms)
    var = doc.add_table(rows=1, cols=4)
    var.style = doc.styles["Table Grid"]
    _borders(var, color="7F7F7F")
    _cell_margins(var, 40, 90, 40, 90)
    for cell, head_text in zip(
        var.rows[0].cells,
        ("No.", "Nama Variabel", "Referensi Waktu", "Sumber Data Administrasi"),
        strict=True,
    ):
        _fill(cell, _GREY)
        para = _tight(cell.paragraphs[0])
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(para, head_text, bold=True, size=size)
    _repeat_header(var.rows[0])
    for k, v in enumerate(c["variabel"][1], start=1):
        row = var.add_row()
        _no_split(row)
        for cell, value in zip(
            row.cells, (f"{k}.", v["nama"], v["referensi_waktu"], v["sumber"]), strict=True
        ):
            _run(_tight(cell.paragraphs[0]), value, size=size)
    _grid(var, [1.1, 7.3, 3.2, 5.4])
    _tight(doc.add_paragraph(), after=4)

    t5 = new_table("V.  KARAKTERISTIK KEGIATAN")
    item(t5, "5.1", "Pelaksanaan Kegiatan", drop("pelaksanaan"))
    item(t5, "5.2", "Frekuensi Pelaksanaan (jika berulang)", drop("frekuensi"))
    item(t5, "5.3", "Jenis Data yang Dikompilasi", text("jenis_data"))
    item(t5, "5.4", "Metode Pengumpulan Data", text("metode_pengumpulan"))
    item(t5, "5.5", "Cakupan Wilayah", drop("cakupan_wilayah"))
    item(t5, "5.6", "Wilayah Kegiatan (jika sebagian)", text("wilayah"))
    _grid(t5, cms)
    _tight(doc.add_paragraph(), after=4)

    t6 = new_table("VI.  PETUGAS")
    item(t6, "6.1", "Petugas Pengumpul Data", drop("petugas"))
    item(t6, "6.2", "Pendidikan Minimal Petugas", drop("pendidikan_petugas"))
    item(t6, "6.3", "Jumlah Pengawas (Supervisor)", text("jumlah_supervisor"))
    item(t6, "6.4", "Jumlah Pengumpul Data", text("jumlah_enumerator"))
    item(t6, "6.5", "Pelatihan Petugas", drop("pelatihan", "yatidak"))
    _grid(t6, cms)
    _tight(doc.add_paragraph(), after=4)

    t7 = new_table("VII.  PENGOLAHAN, ANALISIS DAN DISEMINASI")
    group(t7, "7.1", "Tahapan Pengolahan Data")
    for letter, label, key in (
        ("a.", "Penyuntingan (editing)", "pengolahan.penyuntingan"),
        ("b.", "Entri data", "pengolahan.entri_data"),
        ("c.", "Penyandian (coding)", "pengolahan.penyandian"),
        ("d.", "Validasi", "pengolahan.validasi"),
    ):
        item(t7, "", f"{letter}  {label}", drop(key, "yatidak"))
    item(t7, "7.2", "Metode Analisis", drop("metode_analisis"))
    item(t7, "7.3", "Unit Analisis", checks("unit_analisis"))
    item(t7, "7.4", "Tingkat Penyajian Hasil", checks("tingkat_penyajian"))
    group(t7, "7.5", "Produk Kegiatan yang Tersedia untuk Umum")
    item(t7, "", "a.  Publikasi tercetak", drop("produk.cetak", "yatidak"))
    item(t7, "", "b.  Publikasi elektronik", drop("produk.elektronik", "yatidak"))
    item(t7, "7.6", "Rencana Tanggal Rilis", date("tanggal_rilis", "dddd, d MMMM yyyy"))
    _grid(t7, cms)

    _tight(doc.add_paragraph(), after=10)
    place, title, name, nip = GORONTALO_SIGN
    sign = doc.add_table(rows=1, cols=2)
    _grid(sign, [8.5, 8.5])
    cell = sign.rows[0].cells[1]
    lines = [(place, False), (title, False), ("", False), ("", False), ("", False)]
    lines += [(name, True), (nip, False)]
    for k, (line, bold) in enumerate(lines):
        para = _tight(cell.paragraphs[0] if k == 0 else cell.add_paragraph())
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if line:
            _run(para, line, bold=bold, size=size, underline=bold)
    doc.save(str(path))


def render_fpkpa_kanwil_pdf(c: Shown20, path: Path) -> None:
    """The Kanwil's FP-KPA typed in Word and exported to PDF by LibreOffice."""
    with tempfile.TemporaryDirectory(prefix="w20_kanwil_") as tmp:
        docx_path = Path(tmp) / (path.stem + ".docx")
        _kanwil_docx(c, docx_path)
        _lo_pdf(docx_path, path)


# --- 2. FS3 of a city office as a narrative Word document -------------------------------

_N_SIZE = 11.0
_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def render_fs3_narrative_docx(c: Shown20, path: Path) -> None:
    """The city health office's FS3 as a narrative Word file (see the module docstring)."""
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    doc = Document()
    _page_setup(doc, w=21.0, h=29.7, margins=(2.0, 2.0, 2.0, 2.5))
    _base_font(doc, "Bookman Old Style", _N_SIZE)
    size = _N_SIZE
    answer_indent = Cm(1.0)

    def centred(text: str, *, bold: bool = True, big: float = 12.0, after: float = 0) -> None:
        para = _tight(doc.add_paragraph(), after=after)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(para, text, bold=bold, size=big)

    def block(title: str) -> None:
        para = _tight(doc.add_paragraph(), before=12, after=4)
        para.paragraph_format.keep_with_next = True
        _run(para, title, bold=True, size=size)
        _rule_under(para, 4, 1)

    def question(number: str, text: str) -> None:
        para = _tight(doc.add_paragraph(), before=6, after=2)
        para.paragraph_format.keep_with_next = True
        para.paragraph_format.left_indent = answer_indent
        para.paragraph_format.first_line_indent = -answer_indent
        _run(para, f"{number}\t{text}", bold=True, size=size)
        para.paragraph_format.tab_stops.add_tab_stop(answer_indent)

    def answer(*lines: str) -> Any:
        para = _tight(doc.add_paragraph(), after=2, line=1.15)
        para.paragraph_format.left_indent = answer_indent
        _broken(para, list(lines), size=size)
        return para

    def small_table(rows: list[tuple[str, str]], cms: list[float]) -> None:
        table = doc.add_table(rows=0, cols=2)
        table.style = doc.styles["Table Grid"]
        _borders(table, size=4, color="000000")
        _cell_margins(table, 30, 100, 30, 100)
        for label, value in rows:
            row = table.add_row()
            _no_split(row)
            _run(_tight(row.cells[0].paragraphs[0]), label, size=size - 1)
            _run(_tight(row.cells[1].paragraphs[0]), value, size=size - 1)
        _grid(table, cms, indent=1.0)

    def shown(key: str) -> str:
        value = c[key][0]
        return str(value)

    centred("FORMULIR PEMBERITAHUAN SURVEI STATISTIK SEKTORAL", big=13)
    centred("(FS3)", big=12, after=4)
    centred("Dinas Kesehatan Kota Tarakan", bold=False, big=11, after=14)

    question("A.", "Judul survei")
    answer(shown("judul"))
    question("B.", "Tahun pelaksanaan")
    answer(shown("tahun"))

    block("I.  PENYELENGGARA SURVEI")
    question("1.1", "Instansi penyelenggara survei")
    answer(shown("penyelenggara.instansi"))
    question("1.2", "Alamat dan kontak instansi")
    answer(
        shown("penyelenggara.alamat"),
        f"{shown('penyelenggara.kabupaten_kota')}, Provinsi {shown('penyelenggara.provinsi')}",
        f"Telepon {shown('penyelenggara.telepon')}, faksimile {shown('penyelenggara.faks')}",
        f"Surel: {shown('penyelenggara.email')}",
    )

    block("II.  PENANGGUNG JAWAB")
    question("2.1", "Penanggung jawab survei")
    small_table(
        [
            ("Nama", shown("penanggung_jawab.nama")),
            ("Jabatan", shown("penanggung_jawab.jabatan")),
            ("Telepon seluler", shown("penanggung_jawab.telepon")),
            ("Faksimile", "-"),
            ("Surel", shown("penanggung_jawab.email")),
        ],
        [3.6, 11.9],
    )
    question("2.2", "Manajer survei (pengelola teknis)")
    small_table(
        [
            ("Nama", shown("manajer.nama")),
            ("Jabatan", shown("manajer.jabatan")),
            ("Alamat kantor", shown("manajer.alamat")),
            ("Telepon seluler", shown("manajer.telepon")),
            ("Surel", shown("manajer.email")),
        ],
        [3.6, 11.9],
    )

    block("III.  JENIS SURVEI")
    question("3.1", "Apakah survei ini dilaksanakan satu kali atau berulang?")
    answer(shown("pelaksanaan"))
    question("3.2", "Jika berulang, berapa frekuensinya?")
    answer(shown("frekuensi"))
    question("3.3", "Bagaimana tipe pengumpulan datanya?")
    answer(shown("tipe_pengumpulan"))

    block("IV.  TUJUAN DAN VARIABEL")
    question("4.1", "Apa tujuan survei ini?")
    answer(shown("tujuan")).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    question("4.2", "Variabel yang dikumpulkan dan referensi waktunya")
    var = doc.add_table(rows=1, cols=3)
    var.style = doc.styles["Table Grid"]
    _borders(var, size=4, color="000000")
    _cell_margins(var, 30, 100, 30, 100)
    for cell, head in zip(var.rows[0].cells, ("No.", "Variabel", "Referensi waktu"), strict=True):
        para = _tight(cell.paragraphs[0])
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(para, head, bold=True, size=size - 1)
    _repeat_header(var.rows[0])
    for k, v in enumerate(c["variabel"][1], start=1):
        row = var.add_row()
        _no_split(row)
        for cell, value in zip(row.cells, (f"{k}.", v["nama"], v["referensi_waktu"]), strict=True):
            _run(_tight(cell.paragraphs[0]), value, size=size - 1)
    _grid(var, [1.2, 7.6, 6.7], indent=1.0)

    block("V.  DESAIN PENGUMPULAN DATA")
    for number, text, key in (
        ("5.1", "Apakah survei menggunakan sampel atau sensus?", "cara_pengumpulan"),
        ("5.2", "Cakupan wilayah survei", "cakupan_wilayah"),
        ("5.3", "Wilayah kegiatan survei", "wilayah"),
        ("5.4", "Bagaimana data dikumpulkan?", "metode_pengumpulan"),
        ("5.5", "Metode pemilihan sampel", "metode_sampel"),
        ("5.6", "Teknik pemilihan sampel", "metode_pemilihan"),
        ("5.7", "Apakah dilakukan uji coba (pretest) kuesioner?", "uji_coba"),
        ("5.8", "Siapa petugas pengumpul data?", "petugas"),
        ("5.9", "Pendidikan minimal petugas", "pendidikan_petugas"),
        ("5.10", "Apakah petugas mendapat pelatihan?", "pelatihan"),
    ):
        question(number, text)
        answer(shown(key))
    question("5.11", "Berapa jumlah petugas?")
    answer(
        f"Supervisor (pengawas) {shown('jumlah_supervisor')} orang dan pencacah "
        f"{shown('jumlah_enumerator')} orang."
    )

    block("VI.  DESAIN SAMPEL")
    question("6.1", "Rancangan sampel")
    answer(shown("rancangan_sampel"))
    question("6.2", "Kerangka sampel yang digunakan")
    answer(shown("kerangka_sampel"))
    question("6.3", "Fraksi sampel")
    answer(shown("fraksi_sampel"))
    question("6.4", "Unit sampel dan jumlah sampel")
    answer(
        f"Unit sampel: {shown('unit_sampel')}",
        f"Jumlah sampel: {shown('jumlah_sampel')} rumah tangga",
    )
    question("6.5", "Perkiraan sampling error")
    answer(shown("sampling_error"))
    question("6.6", "Siapa respondennya?")
    answer(shown("responden"))

    block("VII.  PENGOLAHAN, ANALISIS DAN DISEMINASI")
    question("7.1", "Tahapan pengolahan data apa saja yang dilakukan?")
    answer(TARAKAN_PROCESSING)
    question("7.2", "Sampai tingkat wilayah mana hasil survei diestimasi?")
    answer(shown("tingkat_estimasi"))
    question("7.3", "Metode analisis")
    answer(shown("metode_analisis"))
    question("7.4", "Produk survei yang tersedia untuk umum")
    for label, key in (
        ("Publikasi tercetak", "produk.cetak"),
        ("Publikasi elektronik", "produk.elektronik"),
        ("Data makro (tabel agregat)", "produk.makro"),
        ("Data mikro", "produk.mikro"),
    ):
        para = answer(f"–\t{label}: {shown(key)}")
        para.paragraph_format.left_indent = Cm(1.6)
        para.paragraph_format.first_line_indent = Cm(-0.6)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
    question("7.5", "Jadwal kegiatan survei tahun 2026")
    stages = (
        ("perencanaan", "Perencanaan"),
        ("lapangan", "Pengumpulan data lapangan"),
        ("pengolahan", "Pengolahan data"),
        ("analisis", "Analisis"),
        ("diseminasi", "Diseminasi hasil"),
    )
    gantt = doc.add_table(rows=2, cols=16)
    gantt.style = doc.styles["Table Grid"]
    _borders(gantt, size=4, color="000000")
    _cell_margins(gantt, 20, 25, 20, 25)
    top, sub = gantt.rows
    for k, head in enumerate(("No.", "Tahapan", "Mulai", "Selesai")):
        merged = top.cells[k].merge(sub.cells[k]) if k < 4 else top.cells[k]
        merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        para = _tight(merged.paragraphs[0])
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(para, head, bold=True, size=9)
    months = top.cells[4].merge(top.cells[15])
    para = _tight(months.paragraphs[0])
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(para, "Bulan (2026)", bold=True, size=9)
    for k, name in enumerate(_MONTHS_SHORT):
        para = _tight(gantt.cell(1, 4 + k).paragraphs[0])
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(para, name, size=7.5)
    for pos, (stage, label) in enumerate(stages, start=1):
        row = gantt.add_row()
        _no_split(row)
        start, end = c[f"jadwal.{stage}"][0]
        first, last = int(start[3:5]), int(end[3:5])
        cells = [f"{pos}.", label, start, end]
        for k, (cell, value) in enumerate(zip(row.cells[:4], cells, strict=True)):
            para = _tight(cell.paragraphs[0])
            if k != 1:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(para, value, size=9)
        for month in range(1, 13):
            if first <= month <= last:
                _fill(row.cells[3 + month], "7F7F7F")
    _grid(gantt, [0.8, 3.4, 2.1, 2.1] + [0.62] * 12, indent=0.3)
    _repeat_header(top)
    _repeat_header(sub)
    for row in gantt.rows[:-1]:  # keep the whole chart on one page
        for cell in row.cells:
            for para in cell.paragraphs:
                para.paragraph_format.keep_with_next = True
    question("7.6", "Kapan hasil survei dirilis?")
    answer(f"Hasil survei direncanakan dirilis pada tanggal {shown('tanggal_rilis')}.")

    place, title, name, rank, nip = TARAKAN_SIGN
    sign = doc.add_table(rows=1, cols=2)
    _grid(sign, [8.0, 8.5])
    cell = sign.rows[0].cells[1]
    lines = [(place, False), (title, False), ("", False), ("", False), ("", False)]
    lines += [(name, True), (rank, False), (nip, False)]
    for k, (line, bold) in enumerate(lines):
        para = _tight(
            cell.paragraphs[0] if k == 0 else cell.add_paragraph(), before=14 if k == 0 else 0
        )
        if line:
            _run(para, line, bold=bold, underline=bold, size=size)
    doc.save(str(path))


# --- 3. FP-KPA on one F4 sheet of captioned cells, photographed with a phone ---------------

F4_W, F4_H = 215 / 25.4 * 72, 330 / 25.4 * 72
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/liberation2"),
)


def _fonts20() -> dict[str, str]:
    """Liberation Sans faces registered under this wave's own names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {
        "sans": ("W20Sans", "LiberationSans-Regular.ttf"),
        "bold": ("W20Sans-Bold", "LiberationSans-Bold.ttf"),
        "ital": ("W20Sans-Italic", "LiberationSans-Italic.ttf"),
        "narrow": ("W20Narrow", "LiberationSansNarrow-Regular.ttf"),
        "nbold": ("W20Narrow-Bold", "LiberationSansNarrow-Bold.ttf"),
    }
    have = set(pdfmetrics.getRegisteredFontNames())
    for reg, file in names.values():
        if reg in have:
            continue
        for folder in FONT_DIRS:
            if (folder / file).is_file():
                pdfmetrics.registerFont(TTFont(reg, str(folder / file)))
                break
        else:
            raise FileNotFoundError(file)
    return {k: v[0] for k, v in names.items()}


def _width(s: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(s, font, size))


def _split(s: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return list(simpleSplit(s, font, size, width)) or [""]


#: A cell of the captioned-cell form: (width share, caption, content) where content is a
#: string, a list of lines, or ("opts", [(wording, chosen)]).
Cell = tuple[float, str, Any]


class _CellSheet:
    """Draws the boxed form: rows of captioned cells across the page width."""

    CAP, VAL, LEAD = 6.2, 8.4, 10.0

    def __init__(self, cv: Any, fonts: dict[str, str], x0: float, x1: float, top: float) -> None:
        self.cv, self.f = cv, fonts
        self.x0, self.x1 = x0, x1
        self.y = top  # distance from the top of the page

    def _pdf_y(self, y: float) -> float:
        return F4_H - y

    def block(self, number: str, title: str) -> None:
        cv = self.cv
        self.y += 5
        h = 12.5
        cv.setFillGray(0.0)
        tab_w = _width(f"BLOK {number}", self.f["bold"], 8) + 12
        cv.rect(self.x0, self._pdf_y(self.y + h), tab_w, h, stroke=0, fill=1)
        cv.setFillGray(1.0)
        cv.setFont(self.f["bold"], 8)
        cv.drawString(self.x0 + 6, self._pdf_y(self.y + 9), f"BLOK {number}")
        cv.setFillGray(0.0)
        cv.setFont(self.f["bold"], 8.6)
        cv.drawString(self.x0 + tab_w + 6, self._pdf_y(self.y + 9), title)
        cv.setLineWidth(1.1)
        cv.line(self.x0, self._pdf_y(self.y + h), self.x1, self._pdf_y(self.y + h))
        self.y += h

    def _content_lines(self, content: Any, width: float) -> list[str]:
        if isinstance(content, list):
            out: list[str] = []
            for line in content:
                out += _split(line, self.f["sans"], self.VAL, width)
            return out
        return _split(str(content), self.f["sans"], self.VAL, width)

    def _opts_rows(
        self, opts: list[tuple[str, bool]], width: float
    ) -> list[list[tuple[str, bool, float]]]:
        rows: list[list[tuple[str, bool, float]]] = [[]]
        used = 0.0
        for wording, chosen in opts:
            w = _width(wording, self.f["bold"], 7.6) + 10
            if rows[-1] and used + w > width:
                rows.append([])
                used = 0.0
            rows[-1].append((wording, chosen, w))
            used += w
        return rows

    def cell_height(self, cell: Cell, width: float) -> float:
        _, _, content = cell
        inner = width - 8
        if isinstance(content, tuple):
            return 11 + 12.5 * len(self._opts_rows(content[1], inner)) + 3
        return 11 + self.LEAD * len(self._content_lines(content, inner)) + 2

    def row(self, cells: list[Cell], *, min_h: float = 0) -> None:
        total = self.x1 - self.x0
        shares = sum(c[0] for c in cells)
        widths = [total * c[0] / shares for c in cells]
        h = max([min_h] + [self.cell_height(c, w) for c, w in zip(cells, widths, strict=True)])
        x = self.x0
        for (_, caption, content), w in zip(cells, widths, strict=True):
            self.draw_cell(x, self.y, w, h, caption, content)
            x += w
        self.y += h

    def draw_cell(self, x: float, y: float, w: float, h: float, caption: str, content: Any) -> None:
        cv = self.cv
        cv.setLineWidth(0.6)
        cv.setStrokeGray(0.0)
        cv.rect(x, self._pdf_y(y + h), w, h, stroke=1, fill=0)
        cv.setFillGray(0.25)
        cv.setFont(self.f["narrow"], self.CAP)
        cv.drawString(x + 3, self._pdf_y(y + 7), caption)
        cv.setFillGray(0.0)
        if isinstance(content, tuple):
            self._draw_opts(x + 4, y + 10.5, w - 8, content[1])
            return
        cv.setFont(self.f["sans"], self.VAL)
        for k, line in enumerate(self._content_lines(content, w - 8)):
            cv.drawString(x + 4, self._pdf_y(y + 17.5 + k * self.LEAD), line)

    def _draw_opts(self, x: float, y: float, width: float, opts: list[tuple[str, bool]]) -> None:
        cv = self.cv
        for k, row in enumerate(self._opts_rows(opts, width)):
            cx = x
            top = y + k * 12.5
            for wording, chosen, w in row:
                cv.setLineWidth(0.5)
                cv.setFillGray(0.22 if chosen else 1.0)
                cv.rect(cx, self._pdf_y(top + 11), w, 11, stroke=1, fill=1)
                cv.setFillGray(1.0 if chosen else 0.0)
                font = self.f["bold"] if chosen else self.f["sans"]
                cv.setFont(font, 7.6)
                cv.drawCentredString(cx + w / 2, self._pdf_y(top + 8), wording)
                cx += w
        cv.setFillGray(0.0)

    def table(
        self, heads: list[str], shares: list[float], rows: list[list[str]], x0: float, x1: float
    ) -> float:
        """A small ruled table from ``x0`` to ``x1``; returns its height."""
        cv = self.cv
        total = x1 - x0
        widths = [total * s / sum(shares) for s in shares]
        y = self.y
        head_h = 11.0
        cv.setFillGray(0.82)
        cv.rect(x0, self._pdf_y(y + head_h), total, head_h, stroke=1, fill=1)
        cv.setFillGray(0.0)
        cv.setFont(self.f["bold"], 7.0)
        cx = x0
        for head, w in zip(heads, widths, strict=True):
            cv.drawCentredString(cx + w / 2, self._pdf_y(y + 8), head)
            cx += w
        y += head_h
        for cells in rows:
            wrapped = [
                _split(t, self.f["sans"], 7.8, w - 6) for t, w in zip(cells, widths, strict=True)
            ]
            h = 3 + 9.2 * max(len(lines) for lines in wrapped)
            cv.setLineWidth(0.5)
            cv.rect(x0, self._pdf_y(y + h), total, h, stroke=1, fill=0)
            cx = x0
            cv.setFont(self.f["sans"], 7.8)
            for lines, w in zip(wrapped, widths, strict=True):
                for k, line in enumerate(lines):
                    cv.drawString(cx + 3, self._pdf_y(y + 9 + k * 9.2), line)
                cx += w
            y += h
        cx = x0
        for w in widths[:-1]:
            cx += w
            cv.line(cx, self._pdf_y(self.y), cx, self._pdf_y(y))
        return y - self.y


def _chosen(c: Shown20, key: str) -> tuple[str, list[tuple[str, bool]]]:
    value = c[key][1]
    opts = MANOKWARI_OPTIONS[key]
    if isinstance(value, list):
        return ("opts", [(w, v in value) for w, v in opts])
    return ("opts", [(w, v == value) for w, v in opts])


def render_fpkpa_cells_pdf(c: Shown20, path: Path) -> None:
    """The social affairs office's one-sheet FP-KPA (captioned cells, shaded option strips)."""
    from reportlab.pdfgen import canvas

    f = _fonts20()
    cv = canvas.Canvas(str(path), pagesize=(F4_W, F4_H))
    cv.setTitle("FP-KPA Dinsos Manokwari 2026")
    x0, x1 = 30.0, F4_W - 30.0

    def s(key: str) -> str:
        return str(c[key][0])

    # heading: a drawn round seal at the left, three centred lines, a form code at the right
    cv.setLineWidth(1.0)
    cv.circle(x0 + 20, F4_H - 44, 17, stroke=1, fill=0)
    cv.circle(x0 + 20, F4_H - 44, 13, stroke=1, fill=0)
    cv.setFont(f["bold"], 6.5)
    cv.drawCentredString(x0 + 20, F4_H - 46.5, "MKW")
    cv.setFont(f["bold"], 9)
    cv.drawCentredString(F4_W / 2, F4_H - 34, "PEMERINTAH KABUPATEN MANOKWARI - DINAS SOSIAL")
    cv.setFont(f["bold"], 12.5)
    cv.drawCentredString(
        F4_W / 2, F4_H - 50, "FORMULIR PEMBERITAHUAN KOMPILASI PRODUK ADMINISTRASI"
    )
    cv.setFont(f["sans"], 8)
    cv.drawCentredString(
        F4_W / 2,
        F4_H - 61,
        "(FP-KPA)  -  pilihan jawaban ditandai dengan arsiran gelap",
    )
    cv.setLineWidth(0.8)
    cv.rect(x1 - 62, F4_H - 56, 62, 22, stroke=1, fill=0)
    cv.setFont(f["narrow"], 6)
    cv.drawString(x1 - 59, F4_H - 41, "Kode formulir")
    cv.setFont(f["bold"], 9)
    cv.drawString(x1 - 59, F4_H - 52, "FP-KPA/01")

    sheet = _CellSheet(cv, f, x0, x1, 70.0)
    sheet.row([(5.2, "Judul kegiatan", s("judul")), (1.0, "Tahun", s("tahun"))])

    sheet.block("I", "INSTANSI PENYELENGGARA")
    sheet.row([(1, "1.1  Nama instansi", s("penyelenggara.instansi"))])
    sheet.row(
        [
            (2.3, "1.2  Alamat kantor", s("penyelenggara.alamat")),
            (1.2, "1.3  Kabupaten/Kota", s("penyelenggara.kabupaten_kota")),
            (0.9, "1.4  Provinsi", s("penyelenggara.provinsi")),
        ]
    )
    sheet.row(
        [
            (1.0, "1.5  Telepon", s("penyelenggara.telepon")),
            (1.0, "1.6  Faksimile", s("penyelenggara.faks")),
            (1.7, "1.7  Email", s("penyelenggara.email")),
        ]
    )

    sheet.block("II", "PENANGGUNG JAWAB")
    mid = (x0 + x1) / 2
    top = sheet.y
    heights = []
    for px0, px1, head, prefix, keys in (
        (
            x0,
            mid - 3,
            "2.1  Penanggung jawab kegiatan",
            "penanggung_jawab",
            "nama jabatan alamat telepon faks email",
        ),
        (
            mid + 3,
            x1,
            "2.2  Penanggung jawab teknis",
            "pj_teknis",
            "nama jabatan alamat telepon email",
        ),
    ):
        sub = _CellSheet(cv, f, px0, px1, top + 3)
        cv.setFont(f["bold"], 7.8)
        cv.drawString(px0, F4_H - (top + 11), head)
        sub.y += 11
        labels = {
            "nama": "a. Nama",
            "jabatan": "b. Jabatan",
            "alamat": "c. Alamat",
            "telepon": "d. Telepon/HP",
            "faks": "e. Faksimile",
            "email": "e. Email" if prefix == "pj_teknis" else "f. Email",
        }
        cells = keys.split()
        for k in ("nama", "jabatan", "alamat"):
            sub.row([(1, labels[k], s(f"{prefix}.{k}"))])
        if "faks" in cells:
            faks = s(f"{prefix}.faks") if f"{prefix}.faks" in c else "-"
            sub.row([(1, labels["telepon"], s(f"{prefix}.telepon")), (1, labels["faks"], faks)])
        else:
            sub.row([(1, labels["telepon"], s(f"{prefix}.telepon"))])
        sub.row([(1, labels["email"], s(f"{prefix}.email"))])
        heights.append(sub.y)
    sheet.y = max(heights)

    sheet.block("III", "TUJUAN DAN JADWAL")
    top = sheet.y
    left_w = 0.44 * (x1 - x0)
    sched_rows = []
    for stage, label in (
        ("perencanaan", "Perencanaan"),
        ("pengumpulan", "Pengumpulan data"),
        ("pengolahan", "Pengolahan"),
        ("analisis", "Analisis"),
        ("diseminasi", "Diseminasi"),
    ):
        start, end = c[f"jadwal.{stage}"][0]
        sched_rows.append([label, start, end])
    sheet.y = top + 3
    cv.setFont(f["narrow"], 6.2)
    cv.setFillGray(0.25)
    cv.drawString(
        x0 + left_w + 8, F4_H - (top + 9), "3.2  Jadwal kegiatan (tanggal mulai - selesai)"
    )
    cv.setFillGray(0.0)
    sheet.y = top + 12
    t_h = sheet.table(["Tahapan", "Mulai", "Selesai"], [1.5, 1, 1], sched_rows, x0 + left_w + 8, x1)
    purpose = _CellSheet(cv, f, x0, x0 + left_w, top + 3)
    need = purpose.cell_height((1, "", s("tujuan")), left_w)
    purpose.draw_cell(
        x0, top + 3, left_w, max(need, t_h + 9), "3.1  Tujuan dan kegunaan", s("tujuan")
    )
    sheet.y = top + 3 + max(need, t_h + 9)

    sheet.block("IV", "VARIABEL")
    sheet.y += 3
    var_rows = [
        [f"{k}.", v["nama"], v["referensi_waktu"], v["sumber"]]
        for k, v in enumerate(c["variabel"][1], start=1)
    ]
    sheet.y += sheet.table(
        ["No.", "Nama variabel", "Referensi waktu", "Sumber (arsip/aplikasi)"],
        [0.35, 4.0, 1.6, 2.4],
        var_rows,
        x0,
        x1,
    )

    sheet.block("V", "KARAKTERISTIK KEGIATAN")
    sheet.row(
        [
            (1.0, "5.1  Pelaksanaan", _chosen(c, "pelaksanaan")),
            (1.4, "5.3  Cakupan wilayah", _chosen(c, "cakupan_wilayah")),
            (1.2, "5.4  Wilayah (jika sebagian)", s("wilayah")),
        ]
    )
    sheet.row([(1, "5.2  Frekuensi (jika berulang)", _chosen(c, "frekuensi"))])
    sheet.row([(1, "5.5  Jenis data", s("jenis_data"))])
    sheet.row([(1, "5.6  Cara pengumpulan data", s("metode_pengumpulan"))])

    sheet.block("VI", "PETUGAS")
    sheet.row(
        [
            (1.15, "6.1  Petugas", _chosen(c, "petugas")),
            (1.55, "6.2  Pendidikan minimal", _chosen(c, "pendidikan_petugas")),
            (0.55, "6.3  Pelatihan", _chosen(c, "pelatihan")),
        ]
    )
    sheet.row(
        [
            (1, "6.4  Jumlah supervisor (orang)", s("jumlah_supervisor")),
            (1, "6.5  Jumlah petugas pengumpul data (orang)", s("jumlah_enumerator")),
        ]
    )

    sheet.block("VII", "PENGOLAHAN, ANALISIS DAN DISEMINASI")
    sheet.row(
        [
            (1, "7.1a  Penyuntingan", _chosen(c, "pengolahan.penyuntingan")),
            (1, "7.1b  Entri data", _chosen(c, "pengolahan.entri_data")),
            (1, "7.1c  Penyandian", _chosen(c, "pengolahan.penyandian")),
            (1, "7.1d  Validasi", _chosen(c, "pengolahan.validasi")),
        ]
    )
    sheet.row(
        [
            (1.3, "7.2  Metode analisis", _chosen(c, "metode_analisis")),
            (2.0, "7.3  Unit analisis", _chosen(c, "unit_analisis")),
        ]
    )
    sheet.row([(1, "7.4  Tingkat penyajian", _chosen(c, "tingkat_penyajian"))])
    sheet.row(
        [
            (1, "7.5a  Produk tercetak", _chosen(c, "produk.cetak")),
            (1, "7.5b  Produk elektronik", _chosen(c, "produk.elektronik")),
            (1, "7.6  Tanggal rilis", s("tanggal_rilis")),
        ]
    )

    place, title, name, nip = MANOKWARI_SIGN
    y = sheet.y + 14
    sx = x0 + 0.58 * (x1 - x0)
    cv.setFont(f["sans"], 8.4)
    cv.drawString(sx, F4_H - y, place)
    cv.drawString(sx, F4_H - (y + 11), title)
    cv.setFont(f["bold"], 8.4)
    cv.drawString(sx, F4_H - (y + 50), name)
    cv.line(sx, F4_H - (y + 52), sx + _width(name, f["bold"], 8.4), F4_H - (y + 52))
    cv.setFont(f["sans"], 8.4)
    cv.drawString(sx, F4_H - (y + 61), nip)
    if y + 61 > F4_H - 20:
        raise RuntimeError("the Manokwari sheet does not fit on one F4 page")
    cv.showPage()
    cv.save()


def photograph_jpeg(make_pdf: Callable[[Path], None], path: Path, *, seed: int = 2020) -> None:
    """``make_pdf(pdf)`` printed on one sheet and photographed with a phone held a little
    tilted: one JPEG (2448 x 3264 px, quality 76, 72 dpi as phones write it) with the sheet
    bulging slightly, its top edge narrower than the bottom, on a grey desk; cool white
    balance, a glare at the top left, the phone's soft shadow at the bottom, light blur,
    sensor noise. Seeded, so the same bytes every time."""
    import cv2
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory(prefix="w20_photo_") as tmp:
        pdf = Path(tmp) / "sheet.pdf"
        make_pdf(pdf)
        doc = pdfium.PdfDocument(str(pdf))
        page = doc[0]
        scale = 2100 / page.get_width()
        sheet: Any = np.asarray(page.render(scale=scale).to_pil().convert("RGB"), dtype=np.float32)
        doc.close()
    ph, pw = sheet.shape[:2]

    # printer toner is not pure black, paper not pure white
    sheet = (24 + sheet * (236 - 24) / 255.0).astype(np.float32)

    # a slight bulge of the sheet: rows bow downwards in the middle, more towards the bottom
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    bow = 9.0 * np.sin(np.pi * xx / pw) * (0.35 + 0.65 * yy / ph)
    map_y = yy - bow
    map_x = xx + 3.0 * np.sin(np.pi * yy / ph)
    sheet = cv2.remap(
        sheet,
        map_x,
        map_y,
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(236, 236, 236),
    )

    out_w, out_h = 2448, 3264
    jitter = rng.uniform(-10, 10, 8)
    dst = np.array(
        [
            (300 + jitter[0], 255 + jitter[1]),
            (2105 + jitter[2], 205 + jitter[3]),
            (2330 + jitter[4], 3085 + jitter[5]),
            (120 + jitter[6], 3140 + jitter[7]),
        ],
        dtype=np.float32,
    )
    src = np.array([(0, 0), (pw, 0), (pw, ph), (0, ph)], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(sheet, matrix, (out_w, out_h), flags=cv2.INTER_CUBIC)
    mask = cv2.warpPerspective(
        np.ones((ph, pw), dtype=np.float32), matrix, (out_w, out_h), flags=cv2.INTER_LINEAR
    )
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]

    # a grey laminate desk with a faint low-frequency texture
    oy, ox = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    grain = cv2.resize(
        rng.normal(0, 1, (out_h // 64, out_w // 64)).astype(np.float32), (out_w, out_h)
    )
    base = 118 + 10 * ox / out_w - 8 * oy / out_h + 5 * grain
    desk = np.stack([base * 0.98, base * 1.0, base * 1.04], axis=-1)
    img = warped * mask + desk * (1 - mask)
    # a thin soft shadow along the sheet's right and bottom edges
    edge = cv2.GaussianBlur(mask[..., 0], (0, 0), 9)
    img *= (1.0 - 0.25 * np.clip(edge - mask[..., 0], 0, 1))[..., None]

    # light: glare top left, falling off to the bottom right; the phone's shadow at the bottom
    glare = np.exp(
        -(((ox - 0.22 * out_w) / (0.30 * out_w)) ** 2 + ((oy - 0.16 * out_h) / (0.22 * out_h)) ** 2)
    )
    light = 0.86 + 0.16 * glare - 0.10 * (ox / out_w) * (oy / out_h)
    shadow = 1.0 - 0.20 * np.exp(
        -(((ox - 0.55 * out_w) / (0.28 * out_w)) ** 2 + ((oy - 1.02 * out_h) / (0.16 * out_h)) ** 2)
    )
    img = img * (light * shadow)[..., None] + 18 * glare[..., None]
    img *= np.array([0.95, 0.99, 1.05], dtype=np.float32)  # cool white balance

    img = cv2.GaussianBlur(img, (0, 0), 1.0)
    kernel = np.zeros((5, 5), dtype=np.float32)
    kernel[2, :] = 1.0 / 5  # a trace of hand shake, sideways
    img = cv2.filter2D(img, -1, kernel) * 0.5 + img * 0.5
    img += rng.normal(0.0, 3.2, img.shape).astype(np.float32)
    img += cv2.resize(
        rng.normal(0.0, 2.0, (out_h // 4, out_w // 4, 3)).astype(np.float32), (out_w, out_h)
    )
    photo = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), mode="RGB")
    photo.save(str(path), "JPEG", quality=76, dpi=(72, 72), optimize=False, subsampling=2)


# --- 4. cover letter of a provincial agency in Aceh, Word ---------------------------------


def _aceh_emblem_png(path: Path) -> None:
    """A simple provincial emblem drawn with Pillow (an invented shield, not the real arms):
    a gold-rimmed green shield with a white dome and a crescent."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (320, 380), "white")
    d = ImageDraw.Draw(img)
    outer = [(20, 30), (160, 8), (300, 30), (300, 210), (160, 370), (20, 210)]
    d.polygon(outer, fill=(205, 165, 40))
    inner = [(40, 46), (160, 28), (280, 46), (280, 202), (160, 344), (40, 202)]
    d.polygon(inner, fill=(20, 105, 55))
    d.pieslice([100, 120, 220, 240], 180, 360, fill="white")
    d.rectangle([100, 180, 220, 250], fill="white")
    d.rectangle([150, 205, 170, 250], fill=(20, 105, 55))
    d.ellipse([128, 60, 192, 124], fill=(205, 165, 40))
    d.ellipse([143, 58, 203, 118], fill=(20, 105, 55))
    for k in range(5):
        a = -math.pi / 2 + k * 2 * math.pi / 5
        d.ellipse(
            [
                160 + 70 * math.cos(a) - 6,
                285 + 22 * math.sin(a) - 6,
                160 + 70 * math.cos(a) + 6,
                285 + 22 * math.sin(a) + 6,
            ],
            fill=(205, 165, 40),
        )
    img.save(str(path))


def render_letter_aceh_docx(path: Path) -> None:
    """The Aceh agriculture office's cover letter (see the module docstring)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    f = LETTER_ACEH_FIELDS
    doc = Document()
    _page_setup(doc, w=21.59, h=33.0, margins=(1.2, 2.0, 2.0, 2.5))
    _base_font(doc, "Arial", 11.5)
    size = 11.5

    def para(
        text: str = "",
        *,
        align: Any = None,
        bold: bool = False,
        underline: bool = False,
        big: float | None = None,
        left: float = 0.0,
        first: float = 0.0,
        after: float = 0.0,
        before: float = 0.0,
    ) -> Any:
        p = _tight(doc.add_paragraph(), before=before, after=after)
        if align is not None:
            p.alignment = align
        if left:
            p.paragraph_format.left_indent = Cm(left)
        if first:
            p.paragraph_format.first_line_indent = Cm(first)
        if text:
            _run(p, text, bold=bold, underline=underline, size=big or size)
        return p

    with tempfile.TemporaryDirectory(prefix="w20_emblem_") as tmp:
        logo = Path(tmp) / "lambang_aceh.png"
        _aceh_emblem_png(logo)
        p = para(align=WD_ALIGN_PARAGRAPH.CENTER)
        p.add_run().add_picture(str(logo), width=Cm(1.9))
    para("PEMERINTAH ACEH", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, big=14, before=2)
    para("DINAS PERTANIAN DAN PERKEBUNAN", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, big=16)
    para(
        "Jalan T. Nyak Arief No. 219, Jeulingke, Banda Aceh 23114, Telepon (0651) 7551253, "
        "Faksimile (0651) 7551254",
        align=WD_ALIGN_PARAGRAPH.CENTER,
        big=9,
    )
    rule = para(
        "Laman distanbun.acehprov.go.id, Pos-el distanbun@acehprov.go.id",
        align=WD_ALIGN_PARAGRAPH.CENTER,
        big=9,
        after=10,
    )
    _rule_under(rule, 18, 3)

    # the Hijri date first, the Gregorian date under it, both after a tab stop
    for text, after in (("Banda Aceh,\t23 Syakban 1447 H", 0.0), ("\t11 Februari 2026 M", 10.0)):
        p = para(text, left=9.6, after=after)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2))

    head = doc.add_table(rows=4, cols=3)
    for row, (label, value) in zip(
        head.rows,
        (
            ("Nomor", f["nomor_surat"]),
            ("Sifat", "Biasa"),
            ("Lampiran", "2 (dua) berkas"),
            ("Hal", f["perihal"]),
        ),
        strict=True,
    ):
        _run(_tight(row.cells[0].paragraphs[0]), label, size=size)
        _run(_tight(row.cells[1].paragraphs[0]), ":", size=size)
        _run(_tight(row.cells[2].paragraphs[0]), value, size=size, bold=label == "Hal")
    _grid(head, [2.3, 0.4, 8.6])
    _cell_margins(head, 0, 0, 20, 60)

    para(before=14)
    para("Yth. Kepala Badan Pusat Statistik Provinsi Aceh", left=1.25 + 0.0)
    para("di -", left=1.25)
    para("Banda Aceh", left=2.25, after=14)

    body = (
        "Dalam rangka penyediaan data produktivitas tanaman kopi arabika sebagai dasar "
        "perencanaan peremajaan kebun rakyat di dataran tinggi Gayo, Dinas Pertanian dan "
        "Perkebunan Aceh akan melaksanakan Survei Produktivitas Kopi Arabika Gayo Tahun 2026 "
        "di Kabupaten Aceh Tengah, Kabupaten Bener Meriah dan Kabupaten Gayo Lues.",
        "Sehubungan dengan hal tersebut dan sesuai dengan Peraturan Presiden Nomor 39 Tahun "
        "2019 tentang Satu Data Indonesia, bersama ini kami sampaikan Formulir Pemberitahuan "
        "Survei Statistik Sektoral (FS3) beserta kuesioner survei dimaksud untuk mendapatkan "
        "rekomendasi kegiatan statistik dari Badan Pusat Statistik Provinsi Aceh.",
        "Untuk koordinasi lebih lanjut dapat menghubungi Sdr. Zulkarnain, S.P. (Subbagian "
        "Program, Evaluasi dan Pelaporan) melalui nomor 0852-6011-4390.",
        "Demikian kami sampaikan, atas perhatian dan kerja sama Bapak kami ucapkan terima kasih.",
    )
    for text in body:
        p = para(text, left=1.25, first=1.25, after=6)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.line_spacing = 1.15

    left = 8.6
    para("a.n. Kepala Dinas Pertanian dan", left=left, before=14)
    para("Perkebunan Aceh", left=left)
    para("Sekretaris,", left=left)
    for _ in range(3):
        para(left=left)
    para(f["penandatangan.nama"], left=left, bold=True, underline=True)
    para("Pembina Tingkat I (IV/b)", left=left)
    para("NIP. 19790923 200501 2 006", left=left)

    para("Tembusan:", before=18, big=10)
    for k, text in enumerate(
        (
            "Kepala Dinas Pertanian dan Perkebunan Aceh (sebagai laporan);",
            "Kepala Dinas Pertanian Kabupaten Aceh Tengah, Bener Meriah dan Gayo Lues;",
            "Arsip.",
        ),
        start=1,
    ):
        para(f"{k}. {text}", big=10, left=0.5, first=-0.5)
    doc.save(str(path))


# --- documents ----------------------------------------------------------------------------


def documents() -> list[Any]:
    """The wave-20 held-out documents."""
    from tests.independent.build import HeldOut

    return [
        HeldOut(
            "fpkpa-gorontalo-kanwil-dropdowns-lo.pdf",
            "fp-kpa",
            lambda p: render_fpkpa_kanwil_pdf(FPKPA_GORONTALO, p),
            expected(FPKPA_GORONTALO),
            note="ministry regional office (Kanwil DJPb) Word form exported by LibreOffice: "
            "ministry header and 'Halaman x dari y' footer on each page; each block its own "
            "table 'No. | Rincian | Isian' under a dark merged title row, number and label "
            "cells grey, answers in the white right column; single choices as Word drop-down "
            "content controls (only the chosen entry printed: 'Berulang', 'Bulanan', "
            "'Staf instansi', 'Ya'/'Tidak'), multiple choices as check-box content controls "
            "one option a line ('☒ Usaha/badan usaha', '☒ Lainnya: satuan kerja ...'), "
            "dates as date-picker controls ('12 Januari 2026'; release 'Senin, 28 Desember "
            "2026'); address, purpose, collection method and the six regions broken over "
            "lines inside the cell; persons as merged group rows with lettered sub-rows (no "
            "fax row for the technical lead); schedule and variable lists as separate tables; "
            "'3 orang' counts; provincial office over all six regions of its province",
        ),
        HeldOut(
            "fs3-tarakan-narrative-gantt.docx",
            "fs3",
            lambda p: render_fs3_narrative_docx(FS3_TARAKAN, p),
            expected(FS3_TARAKAN),
            note="city health office's narrative Word form: bold numbered questions ('3.1 "
            "Apakah survei ini dilaksanakan satu kali atau berulang?') with the answers in "
            "indented paragraphs beneath; choices answered in sentences ('Survei ini "
            "dilaksanakan setiap tahun.', 'Penarikan sampel menggunakan metode "
            "probabilitas.', 'Data disunting ... dan divalidasi; penyandian tidak dilakukan "
            "...'); address, city, province, phone/fax and e-mail as four lines of one answer "
            "('Kota Tarakan, Provinsi Kalimantan Utara', 'Telepon (0551) 21187, faksimile "
            "...', 'Surel: ...'); persons in small two-column tables (fax '-'); counts in a "
            "sentence ('Supervisor (pengawas) 8 orang dan pencacah 40 orang.'); unit and size "
            "of the sample as two lines of one answer; products as a dashed list 'Publikasi "
            "tercetak: ya'; schedule as a Gantt table 'No. | Tahapan | Mulai | Selesai | "
            "Jan..Des' (dates dd/mm/yyyy, months shaded); release date in a sentence; block "
            "VI filled (two-stage cluster sample)",
        ),
        HeldOut(
            "fpkpa-manokwari-cells-phone-photo.jpg",
            "fp-kpa",
            lambda p: photograph_jpeg(lambda pdf: render_fpkpa_cells_pdf(FPKPA_MANOKWARI, pdf), p),
            expected(FPKPA_MANOKWARI),
            note="one F4 sheet photographed with a phone, a single JPEG (2448 x 3264 px, "
            "quality 76, 72 dpi in the header): sheet on a grey desk, top edge narrower "
            "(phone tilted), slight bulge, cool white balance, glare top left, soft shadow "
            "at the bottom, light blur and a trace of shake, noise; the form is a grid of "
            "captioned cells (tiny numbered caption top-left, printed value under it, up to "
            "four cells a row), options as strips of adjoining cells with the chosen ones "
            "shaded dark with white bold text ('pilihan jawaban ditandai dengan arsiran "
            "gelap'), the two persons as two framed columns side by side (fax '-' for the "
            "person in charge, none for the technical lead), purpose beside the schedule "
            "table (dd-mm-yyyy), 'Distrik (kecamatan)' as a presentation level",
        ),
        HeldOut(
            "surat-aceh-distanbun-an-sekretaris.docx",
            "surat_pengantar",
            render_letter_aceh_docx,
            LETTER_ACEH_FIELDS,
            note="Word letter on F4 from a provincial agency of Aceh: emblem centred above "
            "'PEMERINTAH ACEH' / 'DINAS PERTANIAN DAN PERKEBUNAN' (no 'Provinsi' in the "
            "name) and two contact lines over a heavy rule; date at the right with the Hijri "
            "date first ('Banda Aceh, 23 Syakban 1447 H' over '11 Februari 2026 M', tab-"
            "aligned); Nomor/Sifat/Lampiran/Hal in a borderless table (Hal bold over three "
            "lines); 'Yth.' addressee on one line, 'di -', indented 'Banda Aceh'; body names "
            "the survey and a contact person's mobile number; signed 'a.n. Kepala Dinas "
            "Pertanian dan' / 'Perkebunan Aceh' / 'Sekretaris,' with bold underlined name, "
            "rank and 'NIP. 19790923 200501 2 006'; tembusan",
        ),
    ]
