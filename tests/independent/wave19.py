"""Nineteenth wave of the held-out set: four more layouts, made without reading the extractor.

- an FS3 from a provincial statistics unit (Bidang Statistik of the Dinas Komunikasi,
  Informatika dan Statistik Provinsi Gorontalo) as a born-digital PDF from an office
  suite: every block a rounded panel with its title set into the top border (like a
  fieldset legend), panels two to a row where they fit (full width for the purpose,
  variables and schedule); labels in small capitals of a condensed sans-serif, values in a
  serif face; every option list printed as a vertical list (long ones in two columns,
  the sampling techniques in a "Probabilitas" and a "Non-probabilitas" column) with the
  chosen one marked by a filled circle drawn as a shape (empty circle outlines for the
  others; squares for the multiple-choice items), yes/no sub-items as one line each with
  "Ya" and "Tidak" circles at the right; short items side by side in one panel
  ("Telepon | Faksimile"); dates as "12-Jan-2026"; a provincial body (kabupaten/kota
  printed "-") over its six kabupaten/kota; block VI filled;
- an FP-KPA in Word from a port authority (Kantor Kesyahbandaran dan Otoritas Pelabuhan
  Kelas II Tanjung Pinang, Kementerian Perhubungan): blocks as shaded numbered headings
  ("3. TUJUAN DAN JADWAL KEGIATAN"), each block a two-column grid table in which related
  items share one row: the left cell holds the item and its sub-labels and the right
  cell the matching values, one per line, separated by line breaks (w:br) inside a single
  paragraph (a long title continued on a second line, with an empty line in the label
  cell to keep the rows level); option lists typed one wording per line in the value
  cell with the chosen ones bold on grey character shading (w:shd), no symbols; the
  schedule in its own table with dates written with the day name ("Senin, 12 Januari
  2026"); the city written "Tanjungpinang"; mobile number in "+62 812 ..." form;
- an FS3 printed "two pages per sheet" from a filled-in template (A4 pages reduced onto
  landscape sheets) and scanned at 200 dpi to a PDF of grey JPEG images: a grid of
  ruled cells, each with its small item label in the top-left corner and the printed
  value under it, several cells to a row; option lists printed as "Wording  code" with
  the chosen codes circled by hand in ballpoint (irregular ellipses drawn as strokes);
  yes/no sub-items as "Ya 1  Tidak 2" lines; a one-off snowball-sample survey, so the
  frequency and block VI are left empty (block VI cells printed empty); staple holes,
  lid shadow, slight skew per sheet, seeded noise;
- a cover letter as a born-digital PDF from the same regency agency (Dinas Tenaga Kerja
  Kabupaten Indramayu) in the "SURAT PENGANTAR" form of the government's tata naskah
  dinas: a drawn emblem centred above a centred letterhead, double rule; the date at the
  right, then "Kepada / Yth. ... / di - / INDRAMAYU" at the left; the centred title
  "SURAT PENGANTAR" with "Nomor: ..." under it; a "Hal" line; a ruled table
  "No. | Naskah Dinas yang Dikirimkan | Banyaknya | Keterangan"; a receipt block
  "Diterima tanggal ..." with dotted blanks and an empty "NIP." at the left, the signer at
  the right (title over two lines, scribble, bold underlined name, rank, spaced NIP);
  tembusan.

Content dicts: :data:`FS3_GORONTALO`, :data:`FPKPA_TANJUNGPINANG`, :data:`FS3_INDRAMAYU`,
:data:`LETTER_IDM_FIELDS`.
Renderers: :func:`render_fs3_legend_panels`, :func:`render_fpkpa_linebreak_docx`,
:func:`render_fs3_corner_cells` (+ :func:`two_up_pdf`, :func:`scan_sheets_to_pdf`),
:func:`render_letter_pengantar_table`.
"""

from __future__ import annotations

import datetime
import math
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.independent.content import expected

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/dejavu"),
)

#: key -> (printed text, expected value); a schedule's printed side is a (start, end) pair,
#: an option key's printed side is None (the layout prints the option list itself).
Shown19 = dict[str, tuple[Any, Any]]

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
BULAN_SINGKAT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def _same(text: str) -> tuple[str, str]:
    return (text, text)


def _day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def _long(iso: str) -> str:
    d = _day(iso)
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def _abbr(iso: str) -> str:
    d = _day(iso)
    return f"{d.day:02d}-{BULAN_SINGKAT[d.month - 1]}-{d.year}"


def _with_day(iso: str) -> str:
    return f"{HARI[_day(iso).weekday()]}, {_long(iso)}"


def _span(fmt: Callable[[str], str], start: str, end: str) -> tuple[Any, Any]:
    return ((fmt(start), fmt(end)), (start, end))


def _on(fmt: Callable[[str], str], iso: str) -> tuple[str, str]:
    return (fmt(iso), iso)


# --- content ------------------------------------------------------------------------------

#: A provincial statistics unit's biennial digital-literacy survey, two-stage SRS sample.
FS3_GORONTALO: Shown19 = {
    "judul": _same(
        "Survei Literasi Digital dan Pemanfaatan Layanan Pemerintahan Berbasis Elektronik "
        "Provinsi Gorontalo Tahun 2026"
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same(
        "Dinas Komunikasi, Informatika dan Statistik Provinsi Gorontalo"
    ),
    "penyelenggara.alamat": _same(
        "Jl. Prof. Dr. Ing. B.J. Habibie, Desa Moutong, Kecamatan Tilongkabila"
    ),
    "penyelenggara.provinsi": ("Gorontalo", "75"),
    "penyelenggara.telepon": ("(0435) 8591027", "+624358591027"),
    "penyelenggara.faks": ("(0435) 8591028", "+624358591028"),
    "penyelenggara.email": _same("diskominfotik@gorontaloprov.go.id"),
    "penanggung_jawab.nama": _same("Dr. Ramlin Pakaya, S.E., M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Komunikasi, Informatika dan Statistik"),
    "penanggung_jawab.telepon": ("0852-4035-7712", "+6285240357712"),
    "penanggung_jawab.email": _same("ramlin.pakaya@gorontaloprov.go.id"),
    "manajer.nama": _same("Nurhayati Djafar, S.Si., M.Stat."),
    "manajer.jabatan": _same("Kepala Bidang Statistik"),
    "manajer.alamat": _same("Jl. Prof. Dr. Ing. B.J. Habibie, Moutong, Tilongkabila, Bone Bolango"),
    "manajer.telepon": ("0813-4377-0519", "+6281343770519"),
    "manajer.email": _same("statistik.diskominfotik@gorontaloprov.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "lebih_dari_setahun"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Mengukur tingkat literasi digital penduduk berumur 15-64 tahun dan pemanfaatan "
        "layanan Sistem Pemerintahan Berbasis Elektronik (SPBE) menurut kabupaten/kota di "
        "Provinsi Gorontalo sebagai dasar perumusan program peningkatan kecakapan digital "
        "masyarakat dan evaluasi layanan publik daring."
    ),
    "variabel": (
        None,
        [
            {
                "nama": "Kepemilikan dan penggunaan telepon seluler",
                "referensi_waktu": "Tiga bulan terakhir",
            },
            {
                "nama": "Akses dan frekuensi penggunaan internet",
                "referensi_waktu": "Tiga bulan terakhir",
            },
            {"nama": "Skor kecakapan digital", "referensi_waktu": "Saat wawancara"},
            {"nama": "Skor etika dan keamanan digital", "referensi_waktu": "Saat wawancara"},
            {
                "nama": "Pemanfaatan layanan publik daring pemerintah daerah",
                "referensi_waktu": "Satu tahun terakhir",
            },
            {
                "nama": "Kendala dalam mengakses layanan daring",
                "referensi_waktu": "Satu tahun terakhir",
            },
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": (
        "Kab. Boalemo, Kab. Gorontalo, Kab. Pohuwato, Kab. Bone Bolango, Kab. Gorontalo "
        "Utara dan Kota Gorontalo",
        ["7501", "7502", "7503", "7504", "7505", "7571"],
    ),
    "metode_pengumpulan": (None, ["swacacah", "wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "srs"),
    "uji_coba": (None, True),
    "petugas": (None, "mitra"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("12 orang", 12),
    "jumlah_enumerator": ("48 orang", 48),
    "rancangan_sampel": (None, "multi_tahap"),
    "kerangka_sampel": _same(
        "Daftar desa/kelurahan menurut kabupaten/kota (tahap pertama) dan daftar keluarga "
        "Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) 2025 di desa/kelurahan terpilih "
        "(tahap kedua)"
    ),
    "fraksi_sampel": _same(
        "12 desa/kelurahan per kabupaten/kota; 15 rumah tangga per desa/kelurahan terpilih"
    ),
    "unit_sampel": _same("Rumah tangga"),
    "jumlah_sampel": ("1.080 rumah tangga", 1080),
    "sampling_error": _same(
        "Margin of error maksimal 3 persen pada tingkat kepercayaan 95 persen untuk estimasi "
        "provinsi"
    ),
    "responden": _same("Satu anggota rumah tangga berumur 15-64 tahun yang terpilih (tabel Kish)"),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota", "provinsi"]),
    "metode_analisis": (None, "keduanya"),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": _span(_abbr, "2026-01-12", "2026-02-27"),
    "jadwal.lapangan": _span(_abbr, "2026-04-06", "2026-05-15"),
    "jadwal.pengolahan": _span(_abbr, "2026-05-18", "2026-06-26"),
    "jadwal.analisis": _span(_abbr, "2026-06-29", "2026-08-14"),
    "jadwal.diseminasi": _span(_abbr, "2026-09-01", "2026-10-30"),
    "tanggal_rilis": _on(_abbr, "2026-09-15"),
}

GORONTALO_SIGN = (
    "Gorontalo, 2 Februari 2026",
    "Kepala Dinas Komunikasi, Informatika dan Statistik",
    "Provinsi Gorontalo,",
    "Dr. Ramlin Pakaya, S.E., M.Si.",
    "NIP. 19740823 200003 1 005",
)

#: A port authority's monthly compilation of ship calls, passengers and cargo.
FPKPA_TANJUNGPINANG: Shown19 = {
    "judul": _same(
        "Kompilasi Data Kunjungan Kapal, Arus Penumpang dan Bongkar Muat Barang Pelabuhan "
        "Sri Bintan Pura Tahun 2026"
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same(
        "Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas II Tanjung Pinang"
    ),
    "penyelenggara.alamat": _same("Jl. Hang Tuah No. 1, Kelurahan Tanjungpinang Kota"),
    "penyelenggara.kabupaten_kota": ("Kota Tanjungpinang", "2172"),
    "penyelenggara.provinsi": ("Kepulauan Riau", "21"),
    "penyelenggara.telepon": ("(0771) 21303", "+6277121303"),
    "penyelenggara.faks": ("(0771) 21304", "+6277121304"),
    "penyelenggara.email": _same("ksop.tanjungpinang@dephub.go.id"),
    "penanggung_jawab.nama": _same("Capt. Agus Salim Nasution, M.Mar."),
    "penanggung_jawab.jabatan": _same(
        "Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas II Tanjung Pinang"
    ),
    "penanggung_jawab.alamat": _same("Jl. Hang Tuah No. 1, Tanjungpinang"),
    "penanggung_jawab.telepon": ("+62 812 7045 3318", "+6281270453318"),
    "penanggung_jawab.faks": ("(0771) 21304", "+6277121304"),
    "penanggung_jawab.email": _same("agus.nasution@dephub.go.id"),
    "pj_teknis.nama": _same("Rini Handayani Siregar, S.T., M.M."),
    "pj_teknis.jabatan": _same("Kepala Seksi Lalu Lintas Angkutan Laut dan Usaha Kepelabuhanan"),
    "pj_teknis.alamat": _same("Jl. Hang Tuah No. 1, Tanjungpinang"),
    "pj_teknis.telepon": ("0813-6411-2750", "+6281364112750"),
    "pj_teknis.email": _same("lla.ksoptanjungpinang@dephub.go.id"),
    "tujuan": _same(
        "Menghimpun data kunjungan kapal, arus penumpang naik dan turun serta bongkar muat "
        "barang di Pelabuhan Sri Bintan Pura setiap bulan sebagai bahan evaluasi kinerja "
        "pelayanan kepelabuhanan, perencanaan pengembangan fasilitas pelabuhan dan "
        "penyediaan statistik transportasi laut daerah."
    ),
    "jadwal.perencanaan": _span(_with_day, "2026-01-12", "2026-02-06"),
    "jadwal.pengumpulan": _span(_with_day, "2026-02-09", "2026-12-11"),
    "jadwal.pengolahan": _span(_with_day, "2026-02-16", "2026-12-18"),
    "jadwal.analisis": _span(_with_day, "2026-02-23", "2026-12-23"),
    "jadwal.diseminasi": _span(_with_day, "2026-03-16", "2026-12-30"),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah kunjungan kapal menurut jenis pelayaran",
                "referensi_waktu": "Bulanan",
                "sumber": "Warta kedatangan dan keberangkatan kapal pada Inaportnet",
            },
            {
                "nama": "Isi kotor (GT) kapal yang berkunjung",
                "referensi_waktu": "Bulanan",
                "sumber": "Inaportnet",
            },
            {
                "nama": "Jumlah penumpang naik dan turun",
                "referensi_waktu": "Bulanan",
                "sumber": "Manifes penumpang kapal",
            },
            {
                "nama": "Volume bongkar dan muat barang (ton)",
                "referensi_waktu": "Bulanan",
                "sumber": "Laporan kegiatan perusahaan bongkar muat",
            },
            {
                "nama": "Jumlah Surat Persetujuan Berlayar yang diterbitkan",
                "referensi_waktu": "Bulanan",
                "sumber": "Register Surat Persetujuan Berlayar",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "bulanan"),
    "jenis_data": _same("Data operasional pelayanan kapal, penumpang dan barang"),
    "metode_pengumpulan": _same(
        "Penarikan data dari Inaportnet dan rekapitulasi manifes serta laporan bongkar muat "
        "yang diserahkan agen pelayaran"
    ),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Tanjungpinang", ["2172"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sma"),
    "jumlah_supervisor": ("2 orang", 2),
    "jumlah_enumerator": ("6 orang", 6),
    "pelatihan": (None, True),
    "pengolahan.penyuntingan": ("Ya", True),
    "pengolahan.entri_data": ("Ya", True),
    "pengolahan.penyandian": ("Tidak", False),
    "pengolahan.validasi": ("Ya", True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["lainnya"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "lainnya"]),
    "produk.cetak": ("Tidak", False),
    "produk.elektronik": ("Ya", True),
    "tanggal_rilis": _on(_with_day, "2026-12-29"),
}

TANJUNGPINANG_SIGN = (
    "Tanjungpinang, 22 Januari 2026",
    "Kepala Kantor,",
    "Capt. Agus Salim Nasution, M.Mar.",
    "Pembina (IV/a)",
    "NIP. 19750617 199803 1 002",
)

#: A regency labour office's one-off survey of returned migrant workers, snowball sample.
FS3_INDRAMAYU: Shown19 = {
    "judul": _same(
        "Survei Pemanfaatan Remitansi dan Reintegrasi Pekerja Migran Indonesia Purna "
        "Kabupaten Indramayu Tahun 2026"
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Tenaga Kerja Kabupaten Indramayu"),
    "penyelenggara.alamat": _same("Jl. MT. Haryono No. 27, Kelurahan Sindang, Kecamatan Sindang"),
    "penyelenggara.kabupaten_kota": ("Kabupaten Indramayu", "3212"),
    "penyelenggara.provinsi": ("Jawa Barat", "32"),
    "penyelenggara.telepon": ("(0234) 272193", "+62234272193"),
    "penyelenggara.faks": ("(0234) 275106", "+62234275106"),
    "penyelenggara.email": _same("disnaker@indramayukab.go.id"),
    "penanggung_jawab.nama": _same("Drs. Suhendar Prasetya, M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Tenaga Kerja Kabupaten Indramayu"),
    "penanggung_jawab.telepon": ("0812-2417-6630", "+6281224176630"),
    "penanggung_jawab.email": _same("suhendar.disnaker@indramayukab.go.id"),
    "manajer.nama": _same("Euis Komariah, S.E., M.M."),
    "manajer.jabatan": _same("Kepala Bidang Penempatan dan Perluasan Kesempatan Kerja"),
    "manajer.alamat": _same("Jl. MT. Haryono No. 27, Sindang, Indramayu"),
    "manajer.telepon": ("0857-2210-4418", "+6285722104418"),
    "manajer.email": _same("penta.disnaker@indramayukab.go.id"),
    "pelaksanaan": (None, "sekali"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Mengetahui pola pemanfaatan remitansi, kondisi ekonomi rumah tangga dan kebutuhan "
        "pelatihan kewirausahaan Pekerja Migran Indonesia purna di Kabupaten Indramayu "
        "sebagai dasar penyusunan program reintegrasi dan pemberdayaan ekonomi keluarga "
        "pekerja migran."
    ),
    "variabel": (
        None,
        [
            {
                "nama": "Negara dan lama penempatan terakhir",
                "referensi_waktu": "Penempatan terakhir",
            },
            {
                "nama": "Besaran remitansi yang dikirim",
                "referensi_waktu": "Selama penempatan terakhir",
            },
            {
                "nama": "Penggunaan remitansi menurut jenis pengeluaran",
                "referensi_waktu": "Selama penempatan terakhir",
            },
            {"nama": "Status pekerjaan setelah kembali", "referensi_waktu": "Saat pencacahan"},
            {
                "nama": "Kebutuhan pelatihan kewirausahaan",
                "referensi_waktu": "Saat pencacahan",
            },
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Indramayu", ["3212"]),
    "metode_pengumpulan": (None, ["wawancara"]),
    "metode_sampel": (None, "nonprobabilitas"),
    "metode_pemilihan": (None, "snowball"),
    "uji_coba": (None, True),
    "petugas": (None, "mitra"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("3 orang", 3),
    "jumlah_enumerator": ("15 orang", 15),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, False),
    "tingkat_estimasi": (None, ["lainnya"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": _span(_long, "2026-01-19", "2026-03-27"),
    "jadwal.lapangan": _span(_long, "2026-05-04", "2026-06-12"),
    "jadwal.pengolahan": _span(_long, "2026-06-15", "2026-07-17"),
    "jadwal.analisis": _span(_long, "2026-07-20", "2026-08-28"),
    "jadwal.diseminasi": _span(_long, "2026-09-14", "2026-10-09"),
    "tanggal_rilis": _on(_long, "2026-09-21"),
}

INDRAMAYU_SIGN = (
    "Indramayu, 6 Februari 2026",
    "Kepala Dinas Tenaga Kerja",
    "Kabupaten Indramayu,",
    "Drs. Suhendar Prasetya, M.Si.",
    "NIP. 19680412 199303 1 007",
)

LETTER_IDM_NOMOR = "500.15.3/0187/Disnaker/2026"
LETTER_IDM_PERIHAL = (
    "Permohonan Rekomendasi Kegiatan Statistik Survei Pemanfaatan Remitansi dan "
    "Reintegrasi PMI Purna Tahun 2026"
)
LETTER_IDM_FIELDS: dict[str, Any] = {
    "nomor_surat": LETTER_IDM_NOMOR,
    "tanggal_surat": "2026-02-09",
    "perihal": LETTER_IDM_PERIHAL,
    "instansi": "Dinas Tenaga Kerja Kabupaten Indramayu",
    "kepada": "Kepala Badan Pusat Statistik Kabupaten Indramayu",
    "penandatangan.nama": "Drs. SUHENDAR PRASETYA, M.Si.",
    "penandatangan.jabatan": "Kepala Dinas Tenaga Kerja Kabupaten Indramayu",
    "penandatangan.nip": "196804121993031007",
}


# --- fonts and small helpers --------------------------------------------------------------


def _font_file(name: str) -> Path:
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(name)


def _fonts19() -> dict[str, str]:
    """This wave's faces, registered once under its own names: a condensed sans-serif
    (labels), a Times-like serif (values), an Arial-like sans and its narrow cut."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {
        "cond": ("W19Cond", "DejaVuSansCondensed.ttf"),
        "condb": ("W19Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
        "condi": ("W19Cond-Oblique", "DejaVuSansCondensed-Oblique.ttf"),
        "serif": ("W19Serif", "LiberationSerif-Regular.ttf"),
        "serifb": ("W19Serif-Bold", "LiberationSerif-Bold.ttf"),
        "serifi": ("W19Serif-Italic", "LiberationSerif-Italic.ttf"),
        "sans": ("W19Sans", "LiberationSans-Regular.ttf"),
        "sansb": ("W19Sans-Bold", "LiberationSans-Bold.ttf"),
        "sansi": ("W19Sans-Italic", "LiberationSans-Italic.ttf"),
        "narrow": ("W19Narrow", "LiberationSansNarrow-Regular.ttf"),
        "narrowb": ("W19Narrow-Bold", "LiberationSansNarrow-Bold.ttf"),
        "narrowi": ("W19Narrow-Italic", "LiberationSansNarrow-Italic.ttf"),
    }
    have = set(pdfmetrics.getRegisteredFontNames())
    for reg, file in names.values():
        if reg not in have:
            pdfmetrics.registerFont(TTFont(reg, str(_font_file(file))))
    return {k: v[0] for k, v in names.items()}


def _sw(s: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(s, font, size))


def _wrap(s: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return list(simpleSplit(s, font, size, width)) or [""]


def _values(c: Shown19) -> dict[str, Any]:
    return {k: v for k, (_, v) in c.items()}


def _printed(c: Shown19) -> dict[str, Any]:
    return {k: t for k, (t, _) in c.items()}


# --- 1. FS3 in legend panels (provincial statistics unit, born digital) -------------------

NAVY = (0.12, 0.24, 0.42)
LABEL_GREY = (0.30, 0.34, 0.40)
A4_W, A4_H = 595.28, 841.89
M1 = 34.0
GAP1 = 12.0
HALF1 = (A4_W - 2 * M1 - GAP1) / 2

#: Option lists of the provincial template: key -> [(wording, value)].
OPTS1: dict[str, list[tuple[str, Any]]] = {
    "pelaksanaan": [("Sekali", "sekali"), ("Berulang", "berulang")],
    "frekuensi": [
        ("Harian", "harian"),
        ("Mingguan", "mingguan"),
        ("Bulanan", "bulanan"),
        ("Triwulanan", "triwulanan"),
        ("Caturwulanan", "caturwulanan"),
        ("Semesteran", "semesteran"),
        ("Tahunan", "tahunan"),
        ("Lebih dari satu tahun", "lebih_dari_setahun"),
    ],
    "tipe_pengumpulan": [
        ("Longitudinal", "longitudinal"),
        ("Potong lintang (cross-section)", "cross_sectional"),
        ("Longitudinal dan potong lintang", "gabungan"),
    ],
    "cara_pengumpulan": [("Sampel", "sampel"), ("Sensus (pencacahan lengkap)", "sensus")],
    "cakupan_wilayah": [
        ("Seluruh Indonesia", "seluruh_indonesia"),
        ("Sebagian wilayah", "sebagian"),
    ],
    "metode_pengumpulan": [
        ("Wawancara langsung", "wawancara"),
        ("Pengisian mandiri oleh responden", "swacacah"),
        ("Wawancara via telepon", "telepon"),
        ("Pengamatan (observasi)", "observasi"),
        ("Data sekunder", "data_sekunder"),
        ("Cara lain", "lainnya"),
    ],
    "metode_sampel": [("Probabilitas", "probabilitas"), ("Non-probabilitas", "nonprobabilitas")],
    "petugas": [
        ("Pegawai instansi", "staf"),
        ("Mitra statistik", "mitra"),
        ("Pegawai dan mitra", "keduanya"),
    ],
    "pendidikan_petugas": [
        ("SMP/sederajat", "smp"),
        ("SMA/SMK/sederajat", "sma"),
        ("D1/D2/D3", "diploma"),
        ("D4/S1 atau lebih tinggi", "sarjana"),
    ],
    "rancangan_sampel": [("Satu tahap", "satu_tahap"), ("Bertahap (multi-stage)", "multi_tahap")],
    "tingkat_estimasi": [
        ("Nasional", "nasional"),
        ("Provinsi", "provinsi"),
        ("Kabupaten/Kota", "kabupaten_kota"),
        ("Kecamatan", "kecamatan"),
        ("Lainnya", "lainnya"),
    ],
    "metode_analisis": [
        ("Deskriptif", "deskriptif"),
        ("Inferensial", "inferensia"),
        ("Deskriptif dan inferensial", "keduanya"),
    ],
}
PEMILIHAN1 = (
    (
        "Probabilitas",
        [
            ("Acak sederhana (SRS)", "srs"),
            ("Sistematik", "sistematik"),
            ("Berstrata", "stratifikasi"),
            ("Klaster/gugus", "klaster"),
            ("PPS", "pps"),
        ],
    ),
    (
        "Non-probabilitas",
        [
            ("Kuota", "kuota"),
            ("Aksidental", "aksidental"),
            ("Purposif", "purposive"),
            ("Bola salju", "snowball"),
            ("Jenuh (saturasi)", "saturasi"),
        ],
    ),
)


def _sc_runs(text: str, size: float) -> list[tuple[str, float]]:
    """Small capitals: lower-case letters as capitals at 80 per cent of the size."""
    runs: list[tuple[str, float]] = []
    for ch in text:
        piece, sz = (ch.upper(), size * 0.8) if ch.islower() else (ch, size)
        if runs and runs[-1][1] == sz:
            runs[-1] = (runs[-1][0] + piece, sz)
        else:
            runs.append((piece, sz))
    return runs


def _sc_width(text: str, font: str, size: float) -> float:
    return sum(_sw(s, font, sz) for s, sz in _sc_runs(text, size))


def _sc_draw(cv: Any, x: float, y: float, text: str, font: str, size: float) -> float:
    for s, sz in _sc_runs(text, size):
        cv.setFont(font, sz)
        cv.drawString(x, y, s)
        x += _sw(s, font, sz)
    return x


class _Panels:
    """Lays out and draws the panel items (see :func:`render_fs3_legend_panels`)."""

    LABEL = 7.0
    VALUE = 9.6
    OPT = 8.4
    LINE = 11.6

    def __init__(self, cv: Any) -> None:
        self.cv = cv
        self.f = _fonts19()

    # marks ---------------------------------------------------------------------------------

    def mark(self, x: float, y: float, chosen: bool, square: bool) -> None:
        """The option mark as a drawn shape: a circle (a square for multiple choice),
        filled when chosen."""
        cv = self.cv
        cv.setStrokeColorRGB(*NAVY)
        cv.setFillColorRGB(*NAVY)
        cv.setLineWidth(0.7)
        if square:
            cv.rect(x - 3.1, y - 3.1, 6.2, 6.2, stroke=1, fill=1 if chosen else 0)
        else:
            cv.circle(x, y, 3.3, stroke=1, fill=1 if chosen else 0)
        cv.setFillColorRGB(0, 0, 0)

    def label(self, x: float, y: float, text: str, draw: bool) -> None:
        if draw:
            self.cv.setFillColorRGB(*LABEL_GREY)
            _sc_draw(self.cv, x, y, text, self.f["cond"], self.LABEL)
            self.cv.setFillColorRGB(0, 0, 0)

    # items -------------------------------------------------------------------------------

    def body(
        self, items: list[tuple[Any, ...]], x: float, top: float, w: float, draw: bool
    ) -> float:
        """Draw (or only measure) ``items`` from ``top`` down; returns the height used."""
        y = top
        for it in items:
            y -= self.item(it, x, y, w, draw)
        return top - y

    def item(self, it: tuple[Any, ...], x: float, top: float, w: float, draw: bool) -> float:
        cv, f = self.cv, self.f
        kind = it[0]
        if kind in ("text", "big"):
            label, value = it[1], it[2]
            font = f["serifb"] if kind == "big" else f["serif"]
            size = 11.0 if kind == "big" else self.VALUE
            y = top - 8.5
            self.label(x, y, label, draw)
            lines = _wrap(value, font, size, w)
            for line in lines:
                y -= size * 1.2
                if draw:
                    cv.setFont(font, size)
                    cv.drawString(x, y, line)
            return top - y + 6.5
        if kind == "pair":
            parts: list[tuple[str, str, float]] = it[1]
            used = 0.0
            xx = x
            for label, value, frac in parts:
                sub = frac * w
                used = max(used, self.item(("text", label, value), xx, top, sub - 8, draw))
                xx += sub
            return used
        if kind == "opts":
            label, options, cols, square = it[1], it[2], it[3], it[4]
            note = it[5] if len(it) > 5 else ""
            y = top - 8.5
            self.label(x, y, label, draw)
            if note and draw:
                cv.setFont(f["condi"], 6.4)
                cv.setFillColorRGB(*LABEL_GREY)
                cv.drawString(x + _sc_width(label, f["cond"], self.LABEL) + 5, y, note)
                cv.setFillColorRGB(0, 0, 0)
            rows = math.ceil(len(options) / cols)
            colw = w / cols
            for k, (wording, chosen) in enumerate(options):
                col, row = divmod(k, rows)
                bx = x + col * colw
                by = y - 4 - (row + 1) * self.LINE + 3
                if draw:
                    self.mark(bx + 4, by + 2.6, chosen, square)
                    cv.setFont(f["cond"], self.OPT)
                    cv.drawString(bx + 12, by, wording)
            return 8.5 + 4 + rows * self.LINE + 6
        if kind == "groups":
            label, groups = it[1], it[2]
            y = top - 8.5
            self.label(x, y, label, draw)
            colw = w / len(groups)
            rows = max(len(opts) for _, opts in groups)
            for g, (head, opts) in enumerate(groups):
                bx = x + g * colw
                if draw:
                    cv.setFont(f["condi"], 6.8)
                    cv.setFillColorRGB(*LABEL_GREY)
                    cv.drawString(bx, y - 11, head)
                    cv.setFillColorRGB(0, 0, 0)
                for k, (wording, chosen) in enumerate(opts):
                    by = y - 11 - (k + 1) * self.LINE + 2
                    if draw:
                        self.mark(bx + 4, by + 2.6, chosen, False)
                        cv.setFont(f["cond"], self.OPT)
                        cv.drawString(bx + 12, by, wording)
            return 8.5 + 11 + rows * self.LINE + 6
        if kind == "yn":
            text, value = it[1], it[2]
            y = top - 10
            if draw:
                cv.setFont(f["cond"], self.OPT)
                cv.drawString(x, y, text)
                for k, (word, v) in enumerate((("Ya", True), ("Tidak", False))):
                    bx = x + w - 78 + k * 40
                    self.mark(bx + 4, y + 2.6, value is v, False)
                    cv.setFont(f["cond"], self.OPT)
                    cv.drawString(bx + 12, y, word)
            return 13.5
        if kind == "head":
            y = top - 9
            self.label(x, y, it[1], draw)
            return 11.0
        if kind == "table":
            heads, rows_t, fracs = it[1], it[2], it[3]
            label = it[4] if len(it) > 4 else ""
            y = top
            if label:
                y -= 8.5
                self.label(x, y, label, draw)
                y -= 5
            widths = [fr * w for fr in fracs]
            # header
            hh = 13.0
            if draw:
                cv.setFillColorRGB(0.88, 0.91, 0.95)
                cv.setStrokeColorRGB(*NAVY)
                cv.setLineWidth(0.4)
                cv.rect(x, y - hh, w, hh, stroke=1, fill=1)
                cv.setFillColorRGB(*NAVY)
                xx = x
                for head, cw in zip(heads, widths, strict=True):
                    if xx > x:
                        cv.line(xx, y, xx, y - hh)
                    _sc_draw(cv, xx + 3, y - 9.2, head, f["condb"], 6.8)
                    xx += cw
                cv.setFillColorRGB(0, 0, 0)
            y -= hh
            for row in rows_t:
                wrapped = [
                    _wrap(cell, f["serif"], 9.0, cw - 6)
                    for cell, cw in zip(row, widths, strict=True)
                ]
                rh = max(len(x_) for x_ in wrapped) * 10.8 + 5
                if draw:
                    cv.setStrokeColorRGB(*NAVY)
                    cv.setLineWidth(0.4)
                    cv.rect(x, y - rh, w, rh, stroke=1, fill=0)
                    xx = x
                    for lines, cw in zip(wrapped, widths, strict=True):
                        if xx > x:
                            cv.line(xx, y, xx, y - rh)
                        cv.setFont(f["serif"], 9.0)
                        for k, line in enumerate(lines):
                            cv.drawString(xx + 3, y - 10.5 - k * 10.8, line)
                        xx += cw
                y -= rh
            return top - y + 7
        if kind == "sign":
            lines = it[1]
            y = top - 4
            for k, line in enumerate(lines):
                if k == len(lines) - 2:
                    y -= 34
                y -= 11.5
                if draw:
                    font = f["serifb"] if k == len(lines) - 2 else f["serif"]
                    cv.setFont(font, 9.6)
                    cv.drawCentredString(x + w / 2, y, line)
                    if k == len(lines) - 2:
                        lw = _sw(line, font, 9.6)
                        cv.setLineWidth(0.6)
                        cv.setStrokeColorRGB(0, 0, 0)
                        cv.line(x + w / 2 - lw / 2, y - 1.6, x + w / 2 + lw / 2, y - 1.6)
            return top - y + 8
        if kind == "space":
            return float(it[1])
        raise ValueError(kind)

    # panel -------------------------------------------------------------------------------

    def height(self, items: list[tuple[Any, ...]], w: float) -> float:
        return self.body(items, 0.0, 0.0, w - 22, False) + 14

    def panel(self, x: float, top: float, w: float, h: float, title: str, items: list[Any]) -> None:
        cv, f = self.cv, self.f
        cv.setStrokeColorRGB(*NAVY)
        cv.setLineWidth(0.9)
        cv.roundRect(x, top - h, w, h, 5, stroke=1, fill=0)
        tw = _sc_width(title, f["condb"], 8.4)
        cv.setFillColorRGB(1, 1, 1)
        cv.rect(x + 9, top - 4, tw + 10, 8, stroke=0, fill=1)
        cv.setFillColorRGB(*NAVY)
        _sc_draw(cv, x + 14, top - 2.9, title, f["condb"], 8.4)
        cv.setFillColorRGB(0, 0, 0)
        self.body(items, x + 11, top - 6, w - 22, True)


def _fs3_panel_rows(c: Shown19) -> list[list[tuple[str, list[Any]]]]:
    """The provincial template's rows of panels: one panel (full width) or two."""
    v = _values(c)
    t = _printed(c)

    def opts(key: str) -> list[tuple[str, bool]]:
        chosen = v.get(key)
        picked = chosen if isinstance(chosen, list) else [chosen]
        return [(wording, val in picked) for wording, val in OPTS1[key]]

    def yn(text: str, key: str) -> tuple[Any, ...]:
        return ("yn", text, v[key])

    dash = "-"
    ident = [
        ("big", "Judul survei", t["judul"]),
        ("pair", [("Tahun pelaksanaan", t["tahun"], 0.3), ("Nomor registrasi BPS", dash, 0.7)]),
    ]
    blok1 = [
        ("text", "1.1  Nama instansi penyelenggara", t["penyelenggara.instansi"]),
        ("text", "1.2  Alamat kantor", t["penyelenggara.alamat"]),
        (
            "pair",
            [
                ("Kabupaten/kota", dash, 0.45),
                ("Provinsi", t["penyelenggara.provinsi"], 0.55),
            ],
        ),
        (
            "pair",
            [
                ("Telepon", t["penyelenggara.telepon"], 0.5),
                ("Faksimile", t["penyelenggara.faks"], 0.5),
            ],
        ),
        ("text", "Surel (e-mail)", t["penyelenggara.email"]),
    ]
    pj = [
        ("text", "Nama", t["penanggung_jawab.nama"]),
        ("text", "Jabatan", t["penanggung_jawab.jabatan"]),
        (
            "pair",
            [("Telepon/HP", t["penanggung_jawab.telepon"], 0.5), ("Faksimile", dash, 0.5)],
        ),
        ("text", "Surel (e-mail)", t["penanggung_jawab.email"]),
    ]
    manajer = [
        ("text", "Nama", t["manajer.nama"]),
        ("text", "Jabatan", t["manajer.jabatan"]),
        ("text", "Alamat kantor", t["manajer.alamat"]),
        ("text", "Telepon/HP", t["manajer.telepon"]),
        ("text", "Surel (e-mail)", t["manajer.email"]),
    ]
    blok3 = [
        ("opts", "3.1  Pelaksanaan survei", opts("pelaksanaan"), 2, False),
        ("opts", "3.2  Frekuensi", opts("frekuensi"), 2, False, "(jika berulang)"),
        ("opts", "3.3  Tipe pengumpulan data", opts("tipe_pengumpulan"), 1, False),
    ]
    variabel = [[str(k + 1), r["nama"], r["referensi_waktu"]] for k, r in enumerate(v["variabel"])]
    blok4 = [
        ("text", "4.1  Tujuan survei", t["tujuan"]),
        (
            "table",
            ["No.", "Nama variabel", "Referensi waktu"],
            variabel,
            [0.07, 0.63, 0.30],
            "4.2  Variabel yang dikumpulkan",
        ),
    ]
    blok5a = [
        ("opts", "5.1  Cara pengumpulan data", opts("cara_pengumpulan"), 1, False),
        ("opts", "5.2  Cakupan wilayah survei", opts("cakupan_wilayah"), 1, False),
        ("text", "5.3  Wilayah survei (jika sebagian)", t["wilayah"]),
        (
            "opts",
            "5.4  Metode pengumpulan data",
            opts("metode_pengumpulan"),
            1,
            True,
            "(boleh lebih dari satu)",
        ),
    ]
    pilih = [
        (head, [(wording, val == v.get("metode_pemilihan")) for wording, val in group])
        for head, group in PEMILIHAN1
    ]
    blok5b = [
        ("opts", "5.5  Metode pemilihan sampel", opts("metode_sampel"), 2, False),
        ("groups", "5.6  Teknik pemilihan sampel", pilih),
        (
            "opts",
            "5.7  Uji coba kuesioner",
            [("Ya", v["uji_coba"]), ("Tidak", not v["uji_coba"])],
            2,
            False,
        ),
    ]
    blok5c = [
        ("opts", "5.8  Petugas pengumpul data", opts("petugas"), 1, False),
        ("opts", "5.9  Pendidikan minimal petugas", opts("pendidikan_petugas"), 2, False),
        (
            "opts",
            "5.10  Pelatihan petugas",
            [("Ya", v["pelatihan"]), ("Tidak", not v["pelatihan"])],
            2,
            False,
        ),
        (
            "pair",
            [
                ("5.11  Jumlah supervisor", t["jumlah_supervisor"], 0.5),
                ("Jumlah pencacah", t["jumlah_enumerator"], 0.5),
            ],
        ),
    ]
    blok6 = [
        ("opts", "6.1  Rancangan sampel", opts("rancangan_sampel"), 2, False),
        ("text", "6.2  Kerangka sampel", t["kerangka_sampel"]),
        ("text", "6.3  Fraksi sampel", t["fraksi_sampel"]),
        (
            "pair",
            [
                ("6.4  Unit sampel", t["unit_sampel"], 0.5),
                ("6.5  Jumlah sampel", t["jumlah_sampel"], 0.5),
            ],
        ),
        ("text", "6.6  Perkiraan sampling error", t["sampling_error"]),
        ("text", "6.7  Responden", t["responden"]),
    ]
    blok7a = [
        ("head", "7.1  Tahapan pengolahan data"),
        yn("a. Penyuntingan (editing)", "pengolahan.penyuntingan"),
        yn("b. Penyandian (coding)", "pengolahan.penyandian"),
        yn("c. Validasi", "pengolahan.validasi"),
        ("space", 5),
        ("opts", "7.2  Tingkat penyajian estimasi", opts("tingkat_estimasi"), 2, True),
        ("opts", "7.3  Metode analisis", opts("metode_analisis"), 1, False),
    ]
    blok7b = [
        ("head", "7.4  Produk yang dihasilkan"),
        yn("a. Publikasi cetak", "produk.cetak"),
        yn("b. Publikasi digital", "produk.elektronik"),
        yn("c. Tabel agregat (data makro)", "produk.makro"),
        yn("d. Data individu (data mikro)", "produk.mikro"),
        ("space", 5),
        ("text", "7.6  Rencana tanggal rilis hasil", t["tanggal_rilis"]),
    ]
    stages = [
        ("Perencanaan", "jadwal.perencanaan"),
        ("Pengumpulan data lapangan", "jadwal.lapangan"),
        ("Pengolahan data", "jadwal.pengolahan"),
        ("Analisis", "jadwal.analisis"),
        ("Diseminasi hasil", "jadwal.diseminasi"),
    ]
    jadwal = [[f"{k + 1}. {name}", t[key][0], t[key][1]] for k, (name, key) in enumerate(stages)]
    blok7c = [
        (
            "table",
            ["Tahapan", "Tanggal mulai", "Tanggal selesai"],
            jadwal,
            [0.5, 0.25, 0.25],
            "7.5  Jadwal kegiatan",
        ),
    ]
    catatan = [
        (
            "text",
            "Catatan",
            "Formulir ini disertai kuesioner (Daftar LD-26) dan kerangka acuan kegiatan.",
        ),
    ]
    sign = [("sign", list(GORONTALO_SIGN))]
    return [
        [("Identitas survei", ident)],
        [("Blok I · Instansi penyelenggara", blok1), ("Blok II · 2.1 Penanggung jawab", pj)],
        [("Blok II · 2.2 Manajer survei", manajer), ("Blok III · Jenis survei", blok3)],
        [("Blok IV · Tujuan dan variabel", blok4)],
        [("Blok V · Desain pengumpulan data", blok5a), ("Blok V · Sampel", blok5b)],
        [("Blok V · Petugas", blok5c), ("Blok VI · Desain sampel", blok6)],
        [("Blok VII · Pengolahan dan analisis", blok7a), ("Blok VII · Produk dan rilis", blok7b)],
        [("Blok VII · Jadwal", blok7c)],
        [("Keterangan", catatan), ("Pengesahan", sign)],
    ]


def render_fs3_legend_panels(c: Shown19, path: Path) -> None:
    """The provincial statistics unit's FS3 (see the module docstring)."""
    from reportlab.pdfgen.canvas import Canvas

    cv = Canvas(str(path), pagesize=(A4_W, A4_H), invariant=True)
    cv.setTitle("FS3 Survei Literasi Digital Provinsi Gorontalo 2026")
    cv.setAuthor("Bidang Statistik Diskominfotik Provinsi Gorontalo")
    cv.setCreator("LibreOffice Calc")
    pn = _Panels(cv)
    f = pn.f
    rows = _fs3_panel_rows(c)

    # measure, then paginate
    placed: list[list[tuple[list[tuple[str, list[Any]]], float, float]]] = [[]]
    first_top = A4_H - 150
    top = first_top
    bottom = 46.0
    for row in rows:
        w = A4_W - 2 * M1 if len(row) == 1 else HALF1
        h = max(pn.height(items, w) for _, items in row)
        if top - h < bottom:
            placed.append([])
            top = A4_H - 56
        placed[-1].append((row, top, h))
        top -= h + 15
    total = len(placed)

    for pageno, page in enumerate(placed, start=1):
        # running head and foot
        cv.setFillColorRGB(*LABEL_GREY)
        cv.setFont(f["cond"], 7)
        cv.drawString(
            M1, 24, "Bidang Statistik · Diskominfotik Provinsi Gorontalo · templat FS3 rev. 2026"
        )
        cv.drawRightString(A4_W - M1, 24, f"Halaman {pageno} dari {total}")
        cv.setStrokeColorRGB(*NAVY)
        cv.setLineWidth(0.4)
        cv.line(M1, 33, A4_W - M1, 33)
        if pageno == 1:
            cv.setFillColorRGB(*NAVY)
            cv.setFont(f["cond"], 8)
            cv.drawString(M1, A4_H - 40, "PEMERINTAH PROVINSI GORONTALO")
            cv.setFont(f["condb"], 8.6)
            cv.drawString(M1, A4_H - 51, "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK")
            cv.setFont(f["cond"], 8)
            cv.drawString(M1, A4_H - 61, "Bidang Statistik")
            cv.roundRect(A4_W - M1 - 58, A4_H - 64, 58, 30, 4, stroke=0, fill=1)
            cv.setFillColorRGB(1, 1, 1)
            cv.setFont(f["condb"], 16)
            cv.drawCentredString(A4_W - M1 - 29, A4_H - 55, "FS3")
            cv.setFillColorRGB(*NAVY)
            cv.setFont(f["condb"], 13.5)
            cv.drawCentredString(
                A4_W / 2, A4_H - 88, "FORMULIR PEMBERITAHUAN SURVEI STATISTIK SEKTORAL"
            )
            cv.setFont(f["condi"], 7.6)
            cv.setFillColorRGB(*LABEL_GREY)
            cv.drawCentredString(
                A4_W / 2,
                A4_H - 100,
                "disampaikan kepada Badan Pusat Statistik sesuai UU No. 16 Tahun 1997 "
                "dan Perpres No. 39 Tahun 2019",
            )
            # legend of the marks
            y = A4_H - 121
            cv.setStrokeColorRGB(*NAVY)
            cv.setLineWidth(0.4)
            cv.line(M1, y + 11, A4_W - M1, y + 11)
            cv.line(M1, y - 6, A4_W - M1, y - 6)
            cv.setFillColorRGB(0, 0, 0)
            cv.setFont(f["cond"], 7.4)
            cv.drawString(M1, y, "Tanda isian:")
            x = M1 + 50
            for text, chosen, square in (
                ("pilihan yang dipilih", True, False),
                ("pilihan yang tidak dipilih", False, False),
                ("dipilih (boleh lebih dari satu jawaban)", True, True),
            ):
                pn.mark(x + 4, y + 2.6, chosen, square)
                cv.setFont(f["cond"], 7.4)
                cv.drawString(x + 11, y, text)
                x += 22 + _sw(text, f["cond"], 7.4)
        else:
            cv.setFillColorRGB(*NAVY)
            cv.setFont(f["condb"], 7.6)
            cv.drawString(M1, A4_H - 34, "FS3 · Survei Literasi Digital Provinsi Gorontalo 2026")
            cv.setFont(f["cond"], 7.6)
            cv.drawRightString(A4_W - M1, A4_H - 34, "lanjutan")
            cv.setLineWidth(0.4)
            cv.line(M1, A4_H - 38, A4_W - M1, A4_H - 38)
        cv.setFillColorRGB(0, 0, 0)
        for row, top_, h in page:
            if len(row) == 1:
                title, items = row[0]
                pn.panel(M1, top_, A4_W - 2 * M1, h, title, items)
            else:
                for k, (title, items) in enumerate(row):
                    pn.panel(M1 + k * (HALF1 + GAP1), top_, HALF1, h, title, items)
        cv.showPage()
    cv.save()


# --- 2. FP-KPA in Word: values as line-broken lists beside their labels --------------------

OPTS2: dict[str, list[tuple[str, Any]]] = {
    "pelaksanaan": [("Satu kali", "sekali"), ("Berulang", "berulang")],
    "frekuensi": [
        ("Harian", "harian"),
        ("Mingguan", "mingguan"),
        ("Bulanan", "bulanan"),
        ("Triwulanan", "triwulanan"),
        ("Empat bulanan (caturwulan)", "caturwulanan"),
        ("Semesteran", "semesteran"),
        ("Tahunan", "tahunan"),
        ("Lebih dari satu tahun sekali", "lebih_dari_setahun"),
    ],
    "cakupan_wilayah": [
        ("Seluruh wilayah Indonesia", "seluruh_indonesia"),
        ("Sebagian wilayah Indonesia", "sebagian"),
    ],
    "petugas": [
        ("Pegawai KSOP", "staf"),
        ("Tenaga mitra/kontrak", "mitra"),
        ("Pegawai KSOP dan tenaga mitra", "keduanya"),
    ],
    "pendidikan_petugas": [
        ("SMP/sederajat", "smp"),
        ("SLTA/sederajat", "sma"),
        ("Diploma (D1/D2/D3)", "diploma"),
        ("Sarjana (D4/S1) ke atas", "sarjana"),
    ],
    "pelatihan": [("Ya", True), ("Tidak", False)],
    "metode_analisis": [
        ("Deskriptif", "deskriptif"),
        ("Inferensia", "inferensia"),
        ("Deskriptif dan inferensia", "keduanya"),
    ],
    "unit_analisis": [
        ("Individu", "individu"),
        ("Rumah tangga", "rumah_tangga"),
        ("Usaha/perusahaan", "usaha"),
        ("Lainnya: kapal dan kunjungan kapal", "lainnya"),
    ],
    "tingkat_penyajian": [
        ("Nasional", "nasional"),
        ("Provinsi", "provinsi"),
        ("Kabupaten/kota", "kabupaten_kota"),
        ("Kecamatan", "kecamatan"),
        ("Lainnya: menurut pelabuhan", "lainnya"),
    ],
}


def _docx_widths(table: Any, widths: list[Any]) -> None:
    """Fixed column widths in the grid and in every cell."""
    from docx.oxml.ns import qn

    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(width.twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _run_shade(run: Any, fill: str) -> None:
    """Grey character shading on a run (w:shd in w:rPr, after the other properties)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    run._r.get_or_add_rPr().append(shd)


def _cant_split(table: Any) -> None:
    """Keep every row of ``table`` on one page (w:cantSplit)."""
    from docx.oxml import OxmlElement

    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _cell_shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _para_shade_border(paragraph: Any, fill: str) -> None:
    """Paragraph shading with a thin rule under it (block headings)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "1F3864")
    bdr.append(bottom)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # schema order in w:pPr: ... keepNext, ..., pBdr, shd, tabs, ..., spacing, ind, jc
    anchor = None
    for tag in ("w:tabs", "w:spacing", "w:ind", "w:jc"):
        anchor = p_pr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is None:
        p_pr.append(bdr)
        p_pr.append(shd)
    else:
        anchor.addprevious(bdr)
        anchor.addprevious(shd)


def _lines(cell: Any, lines: list[tuple[str, str]], *, size: float = 10.0) -> None:
    """Fill ``cell``'s first paragraph with ``lines`` joined by line breaks; each line is
    (text, style) with style "" plain, "b" bold, "pick" bold on grey shading, "i" italic."""
    from docx.shared import Pt

    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    for k, (text, style) in enumerate(lines):
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.bold = style in ("b", "pick")
        run.italic = style == "i"
        if style == "pick":
            _run_shade(run, "BFBFBF")
        if k < len(lines) - 1:
            run.add_break()


def _field_page(paragraph: Any) -> None:
    """A PAGE field (w:fldSimple) in ``paragraph``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def render_fpkpa_linebreak_docx(c: Shown19, path: Path) -> None:
    """The port authority's FP-KPA in Word (see the module docstring)."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    v = _values(c)
    t = _printed(c)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.2), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    def par(
        text: str = "",
        *,
        bold: bool = False,
        size: float = 10.0,
        align: Any = None,
        after: float = 0.0,
        before: float = 0.0,
        italic: bool = False,
    ) -> Any:
        p = doc.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
            run.italic = italic
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.space_before = Pt(before)
        return p

    # agency lines, the reference to the cover letter, the title
    for text, bold in (
        ("KEMENTERIAN PERHUBUNGAN", False),
        ("DIREKTORAT JENDERAL PERHUBUNGAN LAUT", False),
        ("KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN KELAS II TANJUNG PINANG", True),
    ):
        par(text, bold=bold, size=9.5)
    rule = par(size=4, after=4)
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = rule._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k_, v_ in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k_), v_)
    bdr.append(bottom)
    p_pr.insert(0, bdr)
    par(
        "Lampiran Surat Nomor UM.003/1/11/KSOP.Tpi-2026 tanggal 22 Januari 2026",
        size=8,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
        after=10,
    )
    par("FORMULIR PEMBERITAHUAN", bold=True, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    par(
        "KOMPILASI PRODUK ADMINISTRASI (FP-KPA)",
        bold=True,
        size=12.5,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=4,
    )
    par(
        "Petunjuk: pada rincian pilihan, jawaban yang sesuai dicetak tebal dan diarsir.",
        size=8.5,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=10,
    )

    widths = [Cm(6.0), Cm(10.8)]

    def grid(rows: list[tuple[list[tuple[str, str]], list[tuple[str, str]]]]) -> Any:
        table = doc.add_table(rows=len(rows), cols=2)
        table.style = doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _docx_widths(table, widths)
        for r, (left, right) in enumerate(rows):
            cells = table.rows[r].cells
            _lines(cells[0], left)
            _lines(cells[1], right)
            _cell_shade(cells[0], "F2F2F2")
        _cant_split(table)
        return table

    def heading(text: str) -> None:
        p = par(text, bold=True, size=10.5, before=10, after=4)
        for run in p.runs:
            run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        _para_shade_border(p, "DCE6F1")

    def val(text: str) -> tuple[str, str]:
        return (f": {text}", "")

    def options(key: str) -> list[tuple[str, str]]:
        chosen = v[key]
        picked = chosen if isinstance(chosen, list) else [chosen]
        return [(wording, "pick" if value in picked else "") for wording, value in OPTS2[key]]

    blank = ("", "")

    # identity of the activity
    grid(
        [
            ([("Judul Kegiatan", "b")], [val(t["judul"])]),
            ([("Tahun Kegiatan", "b")], [val(t["tahun"])]),
        ]
    )

    heading("1.  INSTANSI PENYELENGGARA")
    grid(
        [
            ([("1.1  Nama Instansi", "b")], [val(t["penyelenggara.instansi"])]),
            (
                [
                    ("1.2  Alamat dan Kontak", "b"),
                    ("      a. Alamat kantor", ""),
                    ("      b. Kabupaten/Kota", ""),
                    ("      c. Provinsi", ""),
                    ("      d. Telepon", ""),
                    ("      e. Faksimile", ""),
                    ("      f. Pos-el", ""),
                ],
                [
                    blank,
                    val(t["penyelenggara.alamat"]),
                    val(t["penyelenggara.kabupaten_kota"]),
                    val(t["penyelenggara.provinsi"]),
                    val(t["penyelenggara.telepon"]),
                    val(t["penyelenggara.faks"]),
                    val(t["penyelenggara.email"]),
                ],
            ),
        ]
    )

    heading("2.  PENANGGUNG JAWAB")
    jab = t["penanggung_jawab.jabatan"]
    cut = jab.index(" Kelas II")
    tek = t["pj_teknis.jabatan"]
    cut2 = tek.index(" dan Usaha")
    grid(
        [
            (
                [
                    ("2.1  Penanggung Jawab Kegiatan", "b"),
                    ("      a. Nama", ""),
                    ("      b. Jabatan", ""),
                    blank,
                    ("      c. Alamat kantor", ""),
                    ("      d. Telepon/HP", ""),
                    ("      e. Faksimile", ""),
                    ("      f. Pos-el", ""),
                ],
                [
                    blank,
                    val(t["penanggung_jawab.nama"]),
                    val(jab[:cut]),
                    ("  " + jab[cut + 1 :], ""),
                    val(t["penanggung_jawab.alamat"]),
                    val(t["penanggung_jawab.telepon"]),
                    val(t["penanggung_jawab.faks"]),
                    val(t["penanggung_jawab.email"]),
                ],
            ),
            (
                [
                    ("2.2  Penanggung Jawab Teknis", "b"),
                    ("      a. Nama", ""),
                    ("      b. Jabatan", ""),
                    blank,
                    ("      c. Alamat kantor", ""),
                    ("      d. Telepon/HP", ""),
                    ("      e. Pos-el", ""),
                ],
                [
                    blank,
                    val(t["pj_teknis.nama"]),
                    val(tek[:cut2]),
                    ("  " + tek[cut2 + 1 :], ""),
                    val(t["pj_teknis.alamat"]),
                    val(t["pj_teknis.telepon"]),
                    val(t["pj_teknis.email"]),
                ],
            ),
        ]
    )

    heading("3.  TUJUAN DAN JADWAL KEGIATAN")
    grid([([("3.1  Tujuan dan Pemanfaatan Hasil", "b")], [val(t["tujuan"])])])
    par("3.2  Jadwal Kegiatan", bold=True, before=6, after=3)
    stages = [
        ("Perencanaan", "jadwal.perencanaan"),
        ("Pengumpulan data", "jadwal.pengumpulan"),
        ("Pengolahan data", "jadwal.pengolahan"),
        ("Analisis", "jadwal.analisis"),
        ("Diseminasi", "jadwal.diseminasi"),
    ]
    sched = doc.add_table(rows=len(stages) + 1, cols=4)
    sched.style = doc.styles["Table Grid"]
    sched.alignment = WD_TABLE_ALIGNMENT.CENTER
    _docx_widths(sched, [Cm(1.0), Cm(5.0), Cm(5.4), Cm(5.4)])
    for k, head in enumerate(("No.", "Tahapan", "Tanggal Mulai", "Tanggal Selesai")):
        _lines(sched.rows[0].cells[k], [(head, "b")])
        _cell_shade(sched.rows[0].cells[k], "DCE6F1")
    for r, (name, key) in enumerate(stages, start=1):
        start, end = t[key]
        for k, text in enumerate((f"{r}.", name, start, end)):
            _lines(sched.rows[r].cells[k], [(text, "")])

    heading("4.  VARIABEL YANG DIKOMPILASI")
    rows = v["variabel"]
    var = doc.add_table(rows=len(rows) + 1, cols=4)
    var.style = doc.styles["Table Grid"]
    var.alignment = WD_TABLE_ALIGNMENT.CENTER
    _docx_widths(var, [Cm(1.0), Cm(6.2), Cm(6.4), Cm(3.2)])
    for k, head in enumerate(
        ("No.", "Nama Variabel", "Sumber (Dokumen/Sistem Administrasi)", "Periode Referensi")
    ):
        _lines(var.rows[0].cells[k], [(head, "b")])
        _cell_shade(var.rows[0].cells[k], "DCE6F1")
    for r, item in enumerate(rows, start=1):
        for k, text in enumerate((f"{r}.", item["nama"], item["sumber"], item["referensi_waktu"])):
            _lines(var.rows[r].cells[k], [(text, "")])
    _cant_split(var)

    heading("5.  PELAKSANAAN DAN CARA PENGUMPULAN DATA")
    grid(
        [
            ([("5.1  Pelaksanaan Kegiatan", "b")], options("pelaksanaan")),
            (
                [("5.2  Periode Pengulangan", "b"), ("      (diisi bila kegiatan berulang)", "i")],
                options("frekuensi"),
            ),
            ([("5.3  Jenis Data", "b")], [val(t["jenis_data"])]),
            ([("5.4  Cara Pengumpulan Data", "b")], [val(t["metode_pengumpulan"])]),
            ([("5.5  Cakupan Wilayah", "b")], options("cakupan_wilayah")),
            (
                [("5.6  Wilayah yang Dicakup", "b"), ("      (bila sebagian wilayah)", "i")],
                [val(t["wilayah"]), blank],
            ),
        ]
    )

    heading("6.  PETUGAS")
    grid(
        [
            ([("6.1  Pelaksana Pengumpulan", "b")], options("petugas")),
            ([("6.2  Pendidikan Terendah Petugas", "b")], options("pendidikan_petugas")),
            (
                [
                    ("6.3  Jumlah Petugas", "b"),
                    ("      a. Penyelia (supervisor)", ""),
                    ("      b. Petugas pengumpul data", ""),
                ],
                [blank, val(t["jumlah_supervisor"]), val(t["jumlah_enumerator"])],
            ),
            ([("6.4  Pelatihan Petugas", "b")], options("pelatihan")),
        ]
    )

    heading("7.  PENGOLAHAN, ANALISIS DAN PENYAJIAN")
    grid(
        [
            (
                [
                    ("7.1  Tahapan Pengolahan", "b"),
                    ("      a. Penyuntingan (editing)", ""),
                    ("      b. Entri data", ""),
                    ("      c. Penyandian (coding)", ""),
                    ("      d. Validasi", ""),
                ],
                [
                    blank,
                    val(t["pengolahan.penyuntingan"]),
                    val(t["pengolahan.entri_data"]),
                    val(t["pengolahan.penyandian"]),
                    val(t["pengolahan.validasi"]),
                ],
            ),
            ([("7.2  Metode Analisis", "b")], options("metode_analisis")),
            (
                [("7.3  Unit Analisis", "b"), ("      (boleh lebih dari satu)", "i")],
                options("unit_analisis"),
            ),
            (
                [("7.4  Tingkat Penyajian Data", "b"), ("      (boleh lebih dari satu)", "i")],
                options("tingkat_penyajian"),
            ),
            (
                [
                    ("7.5  Produk yang Dihasilkan", "b"),
                    ("      a. Publikasi tercetak", ""),
                    ("      b. Publikasi elektronik", ""),
                ],
                [blank, val(t["produk.cetak"]), val(t["produk.elektronik"])],
            ),
            ([("7.6  Rencana Tanggal Rilis", "b")], [val(t["tanggal_rilis"])]),
        ]
    )

    # signature at the right
    place, title, name, rank, nip = TANJUNGPINANG_SIGN
    sign = doc.add_table(rows=1, cols=2)
    _docx_widths(sign, [Cm(8.3), Cm(8.5)])
    cell = sign.rows[0].cells[1]
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(14)
    for k, text in enumerate((place, title)):
        run = p.add_run(text)
        if k == 0:
            run.add_break()
    for _ in range(4):
        p.add_run().add_break()
    run = p.add_run(name)
    run.bold = True
    run.underline = True
    run.add_break()
    run = p.add_run(rank)
    run.add_break()
    p.add_run(nip)

    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = footer.add_run("FP-KPA KSOP Kelas II Tanjung Pinang 2026 | halaman ")
    run.font.size = Pt(7.5)
    _field_page(footer)

    doc.core_properties.author = "Seksi LLA dan Usaha Kepelabuhanan"
    doc.core_properties.title = "FP-KPA Kompilasi Data Kunjungan Kapal 2026"
    doc.core_properties.created = datetime.datetime(2026, 1, 21, 14, 5)
    doc.core_properties.modified = datetime.datetime(2026, 1, 22, 8, 47)
    doc.save(str(path))


# --- 3. FS3 as corner-labelled cells, printed two pages per sheet, codes circled, scanned --

PEN = (0.10, 0.14, 0.45)
L_MARGIN, T_MARGIN, B_MARGIN = 36.0, 38.0, 44.0
CW3 = A4_W - 2 * L_MARGIN

YT3 = [("Ya", "1", True), ("Tidak", "2", False)]

#: key -> [(wording, code, value)] as printed on the regency template.
OPTS3: dict[str, list[tuple[str, str, Any]]] = {
    "pelaksanaan": [("Sekali", "1", "sekali"), ("Berulang", "2", "berulang")],
    "frekuensi": [
        ("Harian", "1", "harian"),
        ("Mingguan", "2", "mingguan"),
        ("Bulanan", "3", "bulanan"),
        ("Triwulanan", "4", "triwulanan"),
        ("Caturwulanan", "5", "caturwulanan"),
        ("Semesteran", "6", "semesteran"),
        ("Tahunan", "7", "tahunan"),
        ("Lebih dari setahun", "8", "lebih_dari_setahun"),
    ],
    "tipe_pengumpulan": [
        ("Longitudinal", "1", "longitudinal"),
        ("Cross-sectional", "2", "cross_sectional"),
        ("Gabungan keduanya", "3", "gabungan"),
    ],
    "cara_pengumpulan": [("Sampel", "1", "sampel"), ("Sensus", "2", "sensus")],
    "cakupan_wilayah": [
        ("Seluruh wilayah Indonesia", "1", "seluruh_indonesia"),
        ("Sebagian wilayah Indonesia", "2", "sebagian"),
    ],
    "metode_pengumpulan": [
        ("Wawancara tatap muka", "1", "wawancara"),
        ("Diisi sendiri oleh responden", "2", "swacacah"),
        ("Wawancara lewat telepon", "3", "telepon"),
        ("Observasi", "4", "observasi"),
        ("Data sekunder", "5", "data_sekunder"),
        ("Lainnya", "6", "lainnya"),
    ],
    "metode_sampel": [
        ("Probabilitas", "1", "probabilitas"),
        ("Nonprobabilitas", "2", "nonprobabilitas"),
    ],
    "metode_pemilihan": [
        ("Acak sederhana", "1", "srs"),
        ("Sistematik", "2", "sistematik"),
        ("Stratifikasi", "3", "stratifikasi"),
        ("Klaster", "4", "klaster"),
        ("PPS", "5", "pps"),
        ("Kuota", "6", "kuota"),
        ("Aksidental", "7", "aksidental"),
        ("Purposive", "8", "purposive"),
        ("Bola salju", "9", "snowball"),
        ("Saturasi", "10", "saturasi"),
    ],
    "uji_coba": YT3,
    "petugas": [
        ("Staf instansi", "1", "staf"),
        ("Mitra", "2", "mitra"),
        ("Staf dan mitra", "3", "keduanya"),
    ],
    "pendidikan_petugas": [
        ("SMP", "1", "smp"),
        ("SMA/sederajat", "2", "sma"),
        ("Diploma", "3", "diploma"),
        ("Sarjana", "4", "sarjana"),
    ],
    "pelatihan": YT3,
    "rancangan_sampel": [
        ("Satu tahap", "1", "satu_tahap"),
        ("Dua tahap atau lebih", "2", "multi_tahap"),
    ],
    "tingkat_estimasi": [
        ("Nasional", "1", "nasional"),
        ("Provinsi", "2", "provinsi"),
        ("Kabupaten/kota", "3", "kabupaten_kota"),
        ("Kecamatan", "4", "kecamatan"),
        ("Lainnya", "5", "lainnya"),
    ],
    "metode_analisis": [
        ("Deskriptif", "1", "deskriptif"),
        ("Inferensia", "2", "inferensia"),
        ("Deskriptif dan inferensia", "3", "keduanya"),
    ],
}


def _pen_loop(cv: Any, cx: float, cy: float, rx: float, ry: float, rng: random.Random) -> None:
    """A ballpoint loop around a code: a slightly tilted, wobbly ellipse whose end runs
    past its start."""
    cv.saveState()
    cv.setStrokeColorRGB(*PEN)
    cv.setLineWidth(rng.uniform(0.8, 1.05))
    cv.setLineCap(1)
    cv.setLineJoin(1)
    a0 = rng.uniform(0, 2 * math.pi)
    sweep = 2 * math.pi + rng.uniform(0.35, 0.9)
    tilt = rng.uniform(-0.22, 0.22)
    phase = rng.uniform(0, 2 * math.pi)
    path = cv.beginPath()
    n = 48
    for i in range(n + 1):
        a = a0 + sweep * i / n
        grow = 1.0 + 0.12 * i / n
        wob = 1.0 + 0.05 * math.sin(3 * a + phase)
        px, py = rx * grow * wob * math.cos(a), ry * grow * wob * math.sin(a)
        x = cx + px * math.cos(tilt) - py * math.sin(tilt)
        y = cy + px * math.sin(tilt) + py * math.cos(tilt)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    cv.drawPath(path, stroke=1, fill=0)
    cv.restoreState()


def _scribble(cv: Any, x: float, y: float, w: float, rng: random.Random) -> None:
    """A handwritten signature: a run of slanted loops with a long stroke under it."""
    cv.saveState()
    cv.setStrokeColorRGB(*PEN)
    cv.setLineWidth(1.0)
    cv.setLineCap(1)
    cv.setLineJoin(1)
    path = cv.beginPath()
    path.moveTo(x, y)
    n = 120
    for i in range(1, n + 1):
        s = i / n
        px = x + w * s + 7 * math.sin(s * 26)
        py = y + 11 * math.sin(s * 13 + 0.6) * (1 - 0.6 * s) + 4 * math.cos(s * 41)
        path.lineTo(px, py + rng.uniform(-0.4, 0.4))
    path.moveTo(x - 6, y - 7)
    path.curveTo(x + w * 0.3, y - 13, x + w * 0.7, y - 2, x + w + 10, y - 9)
    cv.drawPath(path, stroke=1, fill=0)
    cv.restoreState()


class _Cells:
    """The regency template drawn page by page onto sheets, two A4 pages reduced side by
    side on a landscape A4 sheet (a "2 pages per sheet" print)."""

    SCALE = 0.675
    LABEL = 7.6
    VALUE = 10.2

    def __init__(self, path: Path) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.f = _fonts19()
        self.cv = Canvas(str(path), pagesize=(A4_H, A4_W), invariant=True)
        self.rng = random.Random(1903)
        self.page = 0
        self.y = 0.0
        self.block = ""

    # pages ---------------------------------------------------------------------------------

    def begin(self) -> None:
        cv = self.cv
        side = self.page % 2
        if self.page and side == 0:
            cv.showPage()
        half = A4_H / 2
        ox = side * half + (half - A4_W * self.SCALE) / 2 + (6 if side == 0 else -6)
        oy = (A4_W - A4_H * self.SCALE) / 2
        cv.saveState()
        cv.translate(ox, oy)
        cv.scale(self.SCALE, self.SCALE)
        self.y = A4_H - T_MARGIN
        if self.page:
            cv.setFont(self.f["narrow"], 8)
            cv.drawString(L_MARGIN, A4_H - 26, "FS3")
            cv.drawRightString(A4_W - L_MARGIN, A4_H - 26, f"- {self.page + 1} -")
            if self.block:
                self.block_title(self.block + " (lanjutan)")

    def end(self) -> None:
        cv = self.cv
        cv.setFont(self.f["narrow"], 7.5)
        cv.setFillGray(0.2)
        cv.drawString(L_MARGIN, 24, "Formulir FS3 - Dinas Tenaga Kerja Kabupaten Indramayu")
        cv.drawRightString(A4_W - L_MARGIN, 24, f"Halaman {self.page + 1}")
        cv.setFillGray(0)
        cv.restoreState()
        self.page += 1

    def need(self, h: float) -> None:
        if self.y - h < B_MARGIN:
            self.end()
            self.begin()

    # pieces ------------------------------------------------------------------------------

    def block_title(self, text: str) -> None:
        cv = self.cv
        self.need(40)
        y = self.y - 4
        cv.setLineWidth(1.4)
        cv.line(L_MARGIN, y, A4_W - L_MARGIN, y)
        cv.setFont(self.f["sansb"], 9.6)
        cv.drawString(L_MARGIN + 2, y - 13, text)
        cv.setLineWidth(0.5)
        cv.line(L_MARGIN, y - 18, A4_W - L_MARGIN, y - 18)
        self.y = y - 24

    def sub_title(self, text: str) -> None:
        cv = self.cv
        self.need(40)
        cv.setFillGray(0.9)
        cv.rect(L_MARGIN, self.y - 14, CW3, 14, stroke=0, fill=1)
        cv.setFillGray(0)
        cv.setLineWidth(0.6)
        cv.rect(L_MARGIN, self.y - 14, CW3, 14, stroke=1, fill=0)
        cv.setFont(self.f["sansb"], 8.4)
        cv.drawString(L_MARGIN + 4, self.y - 10, text)
        self.y -= 14

    def note(self, text: str) -> None:
        self.need(16)
        self.cv.setFont(self.f["narrowi"], 8)
        self.cv.drawString(L_MARGIN + 2, self.y - 10, text)
        self.y -= 14

    # cell contents -------------------------------------------------------------------------

    def content(self, spec: tuple[Any, ...], x: float, top: float, w: float, draw: bool) -> float:
        """Draw (or measure) one cell's content under its label; returns its height."""
        cv, f = self.cv, self.f
        kind = spec[0]
        if kind == "txt":
            lines = _wrap(spec[1], f["sans"], self.VALUE, w - 8) if spec[1] else []
            if draw:
                cv.setFont(f["sans"], self.VALUE)
                for k, line in enumerate(lines):
                    cv.drawString(x + 4, top - 11 - (k + 1) * 12.2 + 2, line)
            return 11 + max(1, len(lines)) * 12.2 + 4
        if kind == "opts":
            options, per_line, chosen = spec[1], spec[2], spec[3]
            spec_text = spec[4] if len(spec) > 4 else ""
            colw = (w - 8) / per_line
            nlines = math.ceil(len(options) / per_line)
            for k, (wording, code, value) in enumerate(options):
                row, col = divmod(k, per_line)
                bx = x + 4 + col * colw
                by = top - 11 - (row + 1) * 13.5 + 3
                if draw:
                    cv.setFont(f["narrow"], 8.8)
                    cv.drawString(bx, by, wording)
                    cx = bx + _sw(wording, f["narrow"], 8.8) + 9
                    cv.setFont(f["sansb"], 9.4)
                    cv.drawString(cx, by, code)
                    if value in chosen:
                        cw = _sw(code, f["sansb"], 9.4)
                        _pen_loop(cv, cx + cw / 2, by + 3.3, cw / 2 + 4.4, 6.8, self.rng)
            h = 11 + nlines * 13.5 + 4
            if spec_text:
                if draw:
                    yy = top - h - 8
                    cv.setFont(f["narrow"], 8.8)
                    cv.drawString(x + 4, yy, "Lainnya, sebutkan:")
                    cv.setFont(f["sans"], self.VALUE * 0.92)
                    cv.drawString(
                        x + 4 + _sw("Lainnya, sebutkan: ", f["narrow"], 8.8), yy, spec_text
                    )
                h += 13
            return h
        if kind == "yn":
            rows = spec[1]
            for k, (text, value) in enumerate(rows):
                by = top - 11 - (k + 1) * 13.5 + 3
                if draw:
                    cv.setFont(f["narrow"], 8.8)
                    cv.drawString(x + 4, by, text)
                    for j, (word, code, v) in enumerate(YT3):
                        bx = x + w - 96 + j * 46
                        cv.setFont(f["narrow"], 8.8)
                        cv.drawString(bx, by, word)
                        cx = bx + _sw(word, f["narrow"], 8.8) + 9
                        cv.setFont(f["sansb"], 9.4)
                        cv.drawString(cx, by, code)
                        if value is v:
                            cw = _sw(code, f["sansb"], 9.4)
                            _pen_loop(cv, cx + cw / 2, by + 3.3, cw / 2 + 4.4, 6.6, self.rng)
            return 11 + len(rows) * 13.5 + 4
        if kind == "counts":
            rows = spec[1]
            for k, (text, value) in enumerate(rows):
                by = top - 11 - (k + 1) * 13.5 + 3
                if draw:
                    cv.setFont(f["narrow"], 8.8)
                    cv.drawString(x + 4, by, text)
                    cv.setFont(f["sans"], self.VALUE)
                    cv.drawString(x + w * 0.58, by, value)
            return 11 + len(rows) * 13.5 + 4
        if kind == "table":
            heads, rows, fracs, spare = spec[1], spec[2], spec[3], spec[4]
            widths = [fr * (w - 8) for fr in fracs]
            y = top - 14
            hh = 13.0
            if draw:
                cv.setLineWidth(0.5)
                cv.setFillGray(0.9)
                cv.rect(x + 4, y - hh, w - 8, hh, stroke=1, fill=1)
                cv.setFillGray(0)
                xx = x + 4
                for head, cw in zip(heads, widths, strict=True):
                    if xx > x + 4:
                        cv.line(xx, y, xx, y - hh)
                    cv.setFont(f["narrowb"], 8.2)
                    cv.drawCentredString(xx + cw / 2, y - 9.3, head)
                    xx += cw
            y -= hh
            all_rows = [*rows, *([[""] * len(heads)] * spare)]
            for row in all_rows:
                wrapped = [
                    _wrap(cell, f["sans"], 9.4, cw - 6) if cell else [""]
                    for cell, cw in zip(row, widths, strict=True)
                ]
                rh = max(len(lines) for lines in wrapped) * 11.2 + 4.5
                if draw:
                    cv.setLineWidth(0.5)
                    cv.rect(x + 4, y - rh, w - 8, rh, stroke=1, fill=0)
                    xx = x + 4
                    for lines, cw in zip(wrapped, widths, strict=True):
                        if xx > x + 4:
                            cv.line(xx, y, xx, y - rh)
                        cv.setFont(f["sans"], 9.4)
                        for k, line in enumerate(lines):
                            cv.drawString(xx + 3, y - 10.6 - k * 11.2, line)
                        xx += cw
                y -= rh
            return top - y + 5
        if kind == "empty":
            return 11 + spec[1] * 13.5 + 4
        if kind == "sign":
            place, t1, t2, name, nip = spec[1]
            cx = x + w * 0.62
            if draw:
                cv.setFont(f["sans"], 9.6)
                for k, line in enumerate((place, t1, t2)):
                    cv.drawCentredString(cx, top - 24 - k * 12, line)
                _scribble(cv, cx - 44, top - 78, 80, self.rng)
                cv.setFont(f["sansb"], 9.6)
                cv.drawCentredString(cx, top - 104, name)
                nw = _sw(name, f["sansb"], 9.6)
                cv.setLineWidth(0.6)
                cv.line(cx - nw / 2, top - 106, cx + nw / 2, top - 106)
                cv.setFont(f["sans"], 9.6)
                cv.drawCentredString(cx, top - 117, nip)
            return 126.0
        raise ValueError(kind)

    def row(self, cells: list[tuple[float, str, tuple[Any, ...]]]) -> None:
        """One row of ruled cells: (fraction of the width, corner label, content)."""
        cv, f = self.cv, self.f
        widths = [fr * CW3 for fr, _, _ in cells]
        h = max(
            self.content(spec, 0.0, 0.0, cw, False)
            for (_, _, spec), cw in zip(cells, widths, strict=True)
        )
        self.need(h)
        top = self.y
        x = L_MARGIN
        for (_, label, spec), cw in zip(cells, widths, strict=True):
            cv.setLineWidth(0.7)
            cv.rect(x, top - h, cw, h, stroke=1, fill=0)
            cv.setFont(f["narrow"], self.LABEL)
            cv.setFillGray(0.18)
            cv.drawString(x + 3, top - 8.2, label)
            cv.setFillGray(0)
            self.content(spec, x, top, cw, True)
            x += cw
        self.y -= h


def render_fs3_corner_cells(c: Shown19, path: Path) -> None:
    """The regency template filled on a computer, printed two pages per sheet, codes
    circled by hand (see the module docstring); the vector sheets before scanning."""
    v = _values(c)
    t = _printed(c)
    p = _Cells(path)
    cv, f = p.cv, p.f

    def opts(key: str, per_line: int, spec: str = "") -> tuple[Any, ...]:
        chosen = v.get(key)
        picked = chosen if isinstance(chosen, list) else ([chosen] if key in v else [])
        return ("opts", OPTS3[key], per_line, picked, spec)

    def txt(key: str) -> tuple[Any, ...]:
        return ("txt", t.get(key) or "")

    p.begin()
    # title area of the first page
    cv.setLineWidth(1.2)
    cv.rect(L_MARGIN, A4_H - 92, 62, 54, stroke=1, fill=0)
    cv.setFont(f["sansb"], 20)
    cv.drawCentredString(L_MARGIN + 31, A4_H - 72, "FS3")
    cv.setFont(f["narrow"], 7)
    cv.drawCentredString(L_MARGIN + 31, A4_H - 86, "2026")
    cv.setFont(f["sansb"], 13)
    cv.drawString(L_MARGIN + 76, A4_H - 56, "FORMULIR PEMBERITAHUAN")
    cv.drawString(L_MARGIN + 76, A4_H - 72, "SURVEI STATISTIK SEKTORAL")
    cv.setFont(f["narrow"], 8.2)
    cv.drawString(
        L_MARGIN + 76, A4_H - 86, "Disampaikan kepada BPS sebelum kegiatan survei dilaksanakan"
    )
    bx = A4_W - L_MARGIN - 170
    cv.setLineWidth(0.6)
    cv.rect(bx, A4_H - 92, 170, 54, stroke=1, fill=0)
    cv.setFont(f["narrowb"], 8)
    cv.drawString(bx + 5, A4_H - 49, "PETUNJUK PENGISIAN")
    cv.setFont(f["narrow"], 7.6)
    for k, line in enumerate(
        (
            "1. Isian diketik dengan huruf cetak.",
            "2. Pertanyaan berkode: lingkari kode jawaban.",
            "3. Rincian yang tidak berlaku dikosongkan.",
        )
    ):
        cv.drawString(bx + 5, A4_H - 60 - k * 9.6, line)
    p.y = A4_H - 102
    p.row(
        [
            (0.82, "Judul survei", txt("judul")),
            (0.18, "Tahun", txt("tahun")),
        ]
    )

    p.block = "BLOK I. KETERANGAN INSTANSI PENYELENGGARA"
    p.block_title(p.block)
    p.row([(1.0, "1.1  Nama instansi penyelenggara", txt("penyelenggara.instansi"))])
    p.row(
        [
            (
                1.0,
                "1.2  Alamat (jalan, nomor, kelurahan/desa, kecamatan)",
                txt("penyelenggara.alamat"),
            )
        ]
    )
    p.row(
        [
            (0.5, "1.3  Kabupaten/kota", txt("penyelenggara.kabupaten_kota")),
            (0.5, "1.4  Provinsi", txt("penyelenggara.provinsi")),
        ]
    )
    p.row(
        [
            (0.3, "1.5  Telepon", txt("penyelenggara.telepon")),
            (0.3, "1.6  Faksimile", txt("penyelenggara.faks")),
            (0.4, "1.7  Surel (e-mail)", txt("penyelenggara.email")),
        ]
    )

    p.block = "BLOK II. PENANGGUNG JAWAB DAN MANAJER SURVEI"
    p.block_title(p.block)
    p.sub_title("2.1  Penanggung jawab survei")
    p.row(
        [
            (0.45, "a. Nama lengkap dan gelar", txt("penanggung_jawab.nama")),
            (0.55, "b. Jabatan", txt("penanggung_jawab.jabatan")),
        ]
    )
    p.row(
        [
            (0.27, "c. Telepon/HP", txt("penanggung_jawab.telepon")),
            (0.23, "d. Faksimile", ("txt", "")),
            (0.5, "e. Surel (e-mail)", txt("penanggung_jawab.email")),
        ]
    )
    p.sub_title("2.2  Manajer survei")
    p.row(
        [
            (0.45, "a. Nama lengkap dan gelar", txt("manajer.nama")),
            (0.55, "b. Jabatan", txt("manajer.jabatan")),
        ]
    )
    p.row([(1.0, "c. Alamat kantor", txt("manajer.alamat"))])
    p.row(
        [
            (0.4, "d. Telepon/HP", txt("manajer.telepon")),
            (0.6, "e. Surel (e-mail)", txt("manajer.email")),
        ]
    )

    p.block = "BLOK III. JENIS SURVEI"
    p.block_title(p.block)
    p.row(
        [
            (0.3, "3.1  Pelaksanaan survei", opts("pelaksanaan", 2)),
            (0.7, "3.2  Frekuensi (jika 3.1 berkode 2)", opts("frekuensi", 4)),
        ]
    )
    p.row([(1.0, "3.3  Tipe pengumpulan data", opts("tipe_pengumpulan", 3))])

    p.block = "BLOK IV. TUJUAN DAN VARIABEL"
    p.block_title(p.block)
    p.row([(1.0, "4.1  Tujuan survei", txt("tujuan"))])
    variabel = [[f"{k + 1}", r["nama"], r["referensi_waktu"]] for k, r in enumerate(v["variabel"])]
    p.row(
        [
            (
                1.0,
                "4.2  Variabel yang dikumpulkan",
                (
                    "table",
                    ["No.", "Nama variabel", "Referensi waktu"],
                    variabel,
                    [0.07, 0.6, 0.33],
                    2,
                ),
            )
        ]
    )

    p.block = "BLOK V. DESAIN DAN PELAKSANAAN SURVEI"
    p.block_title(p.block)
    p.row(
        [
            (0.4, "5.1  Cara pengumpulan data", opts("cara_pengumpulan", 2)),
            (0.6, "5.2  Cakupan wilayah", opts("cakupan_wilayah", 2)),
        ]
    )
    p.row([(1.0, "5.3  Wilayah survei (jika 5.2 berkode 2)", txt("wilayah"))])
    p.row(
        [
            (
                1.0,
                "5.4  Metode pengumpulan data (boleh lebih dari satu)",
                opts("metode_pengumpulan", 3),
            )
        ]
    )
    p.row([(1.0, "5.5  Metode pemilihan sampel", opts("metode_sampel", 2))])
    p.row(
        [
            (
                1.0,
                "5.6  Teknik pemilihan sampel (kode 1-5 probabilitas, kode 6-10 nonprobabilitas)",
                opts("metode_pemilihan", 5),
            )
        ]
    )
    p.row(
        [
            (0.3, "5.7  Uji coba kuesioner", opts("uji_coba", 2)),
            (0.3, "5.10  Pelatihan petugas", opts("pelatihan", 2)),
            (
                0.4,
                "5.11  Jumlah petugas",
                (
                    "counts",
                    [
                        ("a. Supervisor/pengawas", t["jumlah_supervisor"]),
                        ("b. Pencacah/enumerator", t["jumlah_enumerator"]),
                    ],
                ),
            ),
        ]
    )
    p.row(
        [
            (0.5, "5.8  Petugas pengumpul data", opts("petugas", 3)),
            (0.5, "5.9  Pendidikan terendah petugas", opts("pendidikan_petugas", 2)),
        ]
    )

    p.block = "BLOK VI. DESAIN SAMPEL"
    p.block_title(p.block)
    p.note("(Blok VI diisi jika 5.1 berkode 1 dan 5.5 berkode 1)")
    p.row(
        [
            (0.4, "6.1  Rancangan sampel", opts("rancangan_sampel", 2)),
            (0.6, "6.2  Kerangka sampel", ("empty", 1)),
        ]
    )
    p.row(
        [
            (0.4, "6.3  Fraksi sampel", ("empty", 1)),
            (0.35, "6.4  Unit sampel", ("empty", 1)),
            (0.25, "6.5  Jumlah sampel", ("empty", 1)),
        ]
    )
    p.row(
        [
            (0.5, "6.6  Perkiraan sampling error", ("empty", 1)),
            (0.5, "6.7  Responden", ("empty", 1)),
        ]
    )

    p.block = "BLOK VII. PENGOLAHAN, ANALISIS DAN DISEMINASI"
    p.block_title(p.block)
    p.row(
        [
            (
                0.5,
                "7.1  Tahapan pengolahan data",
                (
                    "yn",
                    [
                        ("a. Penyuntingan", v["pengolahan.penyuntingan"]),
                        ("b. Penyandian", v["pengolahan.penyandian"]),
                        ("c. Validasi", v["pengolahan.validasi"]),
                    ],
                ),
            ),
            (
                0.5,
                "7.2  Tingkat penyajian estimasi (boleh lebih dari satu)",
                opts("tingkat_estimasi", 3, "gambaran responden"),
            ),
        ]
    )
    p.row([(1.0, "7.3  Metode analisis", opts("metode_analisis", 3))])
    p.row(
        [
            (
                0.62,
                "7.4  Produk yang dihasilkan",
                (
                    "yn",
                    [
                        ("a. Publikasi tercetak", v["produk.cetak"]),
                        ("b. Publikasi elektronik", v["produk.elektronik"]),
                        ("c. Data makro (tabel)", v["produk.makro"]),
                        ("d. Data mikro (per responden)", v["produk.mikro"]),
                    ],
                ),
            ),
            (0.38, "7.6  Rencana tanggal rilis", txt("tanggal_rilis")),
        ]
    )
    stages = [
        ("Perencanaan", "jadwal.perencanaan"),
        ("Pengumpulan data lapangan", "jadwal.lapangan"),
        ("Pengolahan data", "jadwal.pengolahan"),
        ("Analisis", "jadwal.analisis"),
        ("Diseminasi", "jadwal.diseminasi"),
    ]
    jadwal = [[f"{k + 1}. {name}", t[key][0], t[key][1]] for k, (name, key) in enumerate(stages)]
    p.row(
        [
            (
                1.0,
                "7.5  Jadwal kegiatan",
                ("table", ["Tahapan", "Mulai", "Selesai"], jadwal, [0.44, 0.28, 0.28], 0),
            )
        ]
    )
    p.y -= 10
    p.block = ""
    p.row([(1.0, "Pengesahan penanggung jawab", ("sign", INDRAMAYU_SIGN))])
    p.end()
    cv.save()


def scan_sheets_to_pdf(
    make_pdf: Callable[[Path], None],
    path: Path,
    *,
    dpi: int = 200,
    angles: tuple[float, ...] = (0.55, -0.4, 0.3),
    seed: int = 1919,
) -> None:
    """``make_pdf(pdf)`` scanned on a flatbed at ``dpi``: grey, each sheet turned a little,
    greyish paper, a lid shadow along the top edge, uneven light, two staple holes at the
    top left, specks, blur and noise; saved as a PDF of JPEG page images."""
    import tempfile

    import cv2
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(seed)
    pages: list[Any] = []
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "sheets.pdf"
        make_pdf(pdf)
        doc = pdfium.PdfDocument(str(pdf))
        for k in range(len(doc)):
            img = doc[k].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            arr: Any = np.asarray(img, dtype=np.float32)
            hgt, wid = arr.shape
            mat = cv2.getRotationMatrix2D((wid / 2, hgt / 2), angles[k % len(angles)], 1.0)
            mat[0, 2] += rng.uniform(-9, 9)
            mat[1, 2] += rng.uniform(-7, 7)
            arr = cv2.warpAffine(
                arr,
                mat,
                (wid, hgt),
                flags=cv2.INTER_LINEAR,
                borderMode=cv2.BORDER_CONSTANT,
                borderValue=255.0,
            )
            arr = cv2.GaussianBlur(arr, (0, 0), 0.6)
            arr = arr * 0.9 + 15.0
            top = np.clip(1.0 - np.arange(hgt, dtype=np.float32) / 26.0, 0.0, 1.0)
            arr = arr - 55.0 * top[:, None]
            light = 1.0 - 0.035 * np.arange(wid, dtype=np.float32) / wid
            arr = arr * light[None, :]
            for cx, cy in ((38, 44), (84, 90)):
                cv2.ellipse(arr, (cx, cy), (4, 2), 45.0, 0, 360, 70.0, -1)
            for _ in range(int(rng.integers(10, 20))):
                x, y = int(rng.integers(0, wid)), int(rng.integers(0, hgt))
                cv2.circle(arr, (x, y), int(rng.integers(1, 3)), float(rng.uniform(70, 150)), -1)
            arr = arr + rng.normal(0.0, 4.5, arr.shape).astype(np.float32)
            pages.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L"))
        doc.close()
    pages[0].save(
        str(path),
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        quality=72,
        producer="Epson Scan 2",
        creationDate=datetime.datetime(2026, 2, 9, 10, 14, 33).timetuple(),
        modDate=datetime.datetime(2026, 2, 9, 10, 14, 33).timetuple(),
    )


# --- 4. cover letter: the "SURAT PENGANTAR" form with a table and a receipt block ----------


def _emblem(cv: Any, cx: float, top: float, h: float) -> None:
    """A simple regency emblem drawn with shapes (a shield, not a real coat of arms): gold
    rim, green field, a white star over blue waves."""
    w = h * 0.8
    cv.saveState()

    def shield(inset: float) -> Any:
        p = cv.beginPath()
        x0, x1 = cx - w / 2 + inset, cx + w / 2 - inset
        y0 = top - inset
        p.moveTo(x0, y0)
        p.lineTo(x1, y0)
        p.lineTo(x1, top - h * 0.55)
        p.curveTo(x1, top - h * 0.8, cx + w * 0.15, top - h + inset * 1.4, cx, top - h + inset)
        p.curveTo(cx - w * 0.15, top - h + inset * 1.4, x0, top - h * 0.8, x0, top - h * 0.55)
        p.close()
        return p

    cv.setFillColorRGB(0.83, 0.66, 0.16)
    cv.drawPath(shield(0), stroke=0, fill=1)
    cv.setFillColorRGB(0.09, 0.45, 0.24)
    cv.drawPath(shield(3.2), stroke=0, fill=1)
    cv.setFillColorRGB(0.15, 0.35, 0.7)
    cv.rect(cx - w / 2 + 3.2, top - h * 0.62, w - 6.4, h * 0.14, stroke=0, fill=1)
    cv.setStrokeColorRGB(1, 1, 1)
    cv.setLineWidth(0.8)
    for k in range(2):
        yy = top - h * 0.53 - k * 4
        p = cv.beginPath()
        p.moveTo(cx - w / 2 + 5, yy)
        for j in range(6):
            x = cx - w / 2 + 5 + (j + 0.5) * (w - 10) / 6
            p.curveTo(x - 2, yy + 2, x + 2, yy - 2, x + (w - 10) / 12, yy)
        cv.drawPath(p, stroke=1, fill=0)
    cv.setFillColorRGB(1, 1, 1)
    star = cv.beginPath()
    for k in range(10):
        r = h * 0.13 if k % 2 == 0 else h * 0.055
        a = math.pi / 2 + k * math.pi / 5
        px, py = cx + r * math.cos(a), top - h * 0.27 + r * math.sin(a)
        if k == 0:
            star.moveTo(px, py)
        else:
            star.lineTo(px, py)
    star.close()
    cv.drawPath(star, stroke=0, fill=1)
    cv.restoreState()


def render_letter_pengantar_table(path: Path) -> None:
    """The labour office's cover letter (see the module docstring)."""
    from reportlab.pdfgen.canvas import Canvas

    f = _fonts19()
    cv = Canvas(str(path), pagesize=(A4_W, A4_H), invariant=True)
    cv.setTitle("Surat Pengantar FS3 Disnaker Kabupaten Indramayu")
    cv.setAuthor("Sekretariat Dinas Tenaga Kerja Kabupaten Indramayu")
    left, right = 70.0, A4_W - 57.0
    width = right - left

    _emblem(cv, A4_W / 2, A4_H - 30, 50)
    cv.setFont(f["sansb"], 13)
    cv.drawCentredString(A4_W / 2, A4_H - 98, "PEMERINTAH KABUPATEN INDRAMAYU")
    cv.setFont(f["sansb"], 17)
    cv.drawCentredString(A4_W / 2, A4_H - 117, "DINAS TENAGA KERJA")
    cv.setFont(f["sans"], 9)
    cv.drawCentredString(
        A4_W / 2, A4_H - 130, "Jalan MT. Haryono Nomor 27 Sindang, Indramayu, Jawa Barat 45222"
    )
    cv.setFont(f["sans"], 8.4)
    cv.drawCentredString(
        A4_W / 2,
        A4_H - 141,
        "Telepon (0234) 272193, Faksimile (0234) 275106, Pos-el disnaker@indramayukab.go.id, "
        "Laman disnaker.indramayukab.go.id",
    )
    cv.setLineWidth(2.2)
    cv.line(left - 8, A4_H - 149, right + 8, A4_H - 149)
    cv.setLineWidth(0.6)
    cv.line(left - 8, A4_H - 152.5, right + 8, A4_H - 152.5)

    size = 11.0
    cv.setFont(f["sans"], size)
    cv.drawRightString(right, A4_H - 178, "Indramayu, 9 Februari 2026")
    y = A4_H - 200
    yth = "Yth. "
    indent = _sw(yth, f["sans"], size)
    for text, dx in (
        ("Kepada", 0.0),
        (yth + "Kepala Badan Pusat Statistik", 0.0),
        ("Kabupaten Indramayu", indent),
        ("di -", 0.0),
    ):
        cv.drawString(left + dx, y, text)
        y -= 14
    cv.setFont(f["sansb"], size)
    cv.drawString(left + indent + 14, y, "INDRAMAYU")
    y -= 34

    cv.setFont(f["sansb"], 12.5)
    cv.drawCentredString(A4_W / 2, y, "SURAT PENGANTAR")
    tw = _sw("SURAT PENGANTAR", f["sansb"], 12.5)
    cv.setLineWidth(0.8)
    cv.line(A4_W / 2 - tw / 2, y - 2, A4_W / 2 + tw / 2, y - 2)
    y -= 15
    cv.setFont(f["sans"], size)
    cv.drawCentredString(A4_W / 2, y, f"Nomor: {LETTER_IDM_NOMOR}")
    y -= 30

    cv.drawString(left, y, "Hal")
    cv.drawString(left + 40, y, ":")
    for k, line in enumerate(_wrap(LETTER_IDM_PERIHAL, f["sans"], size, width - 50)):
        cv.drawString(left + 50, y - k * 14, line)
        last = y - k * 14
    y = last - 22

    # the table of the documents sent
    cols = [28.0, 214.0, 82.0, width - 324.0]
    heads = ["No.", "Naskah Dinas yang Dikirimkan", "Banyaknya", "Keterangan"]
    rows = [
        [
            "1.",
            "Formulir Pemberitahuan Survei Statistik Sektoral (FS3) Survei Pemanfaatan "
            "Remitansi dan Reintegrasi Pekerja Migran Indonesia Purna Kabupaten Indramayu "
            "Tahun 2026",
            "1 (satu) berkas",
            "Disampaikan dengan hormat untuk diperiksa dan diberikan rekomendasi kegiatan "
            "statistik",
        ],
        ["2.", "Kuesioner survei (Daftar PMI-P.1)", "1 (satu) berkas", "Kelengkapan FS3"],
        ["3.", "Kerangka acuan kegiatan", "1 (satu) berkas", "Bahan pertimbangan"],
    ]
    hh = 20.0
    cv.setFillGray(0.88)
    cv.setLineWidth(0.7)
    cv.rect(left, y - hh, width, hh, stroke=1, fill=1)
    cv.setFillGray(0)
    x = left
    cv.setFont(f["sansb"], 10)
    for head, cw in zip(heads, cols, strict=True):
        if x > left:
            cv.line(x, y, x, y - hh)
        cv.drawCentredString(x + cw / 2, y - 13.5, head)
        x += cw
    y -= hh
    for row in rows:
        wrapped = [_wrap(cell, f["sans"], 10, cw - 8) for cell, cw in zip(row, cols, strict=True)]
        rh = max(len(w_) for w_ in wrapped) * 12.5 + 8
        cv.rect(left, y - rh, width, rh, stroke=1, fill=0)
        x = left
        cv.setFont(f["sans"], 10)
        for k, (lines, cw) in enumerate(zip(wrapped, cols, strict=True)):
            if x > left:
                cv.line(x, y, x, y - rh)
            for j, line in enumerate(lines):
                if k in (0, 2):
                    cv.drawCentredString(x + cw / 2, y - 14 - j * 12.5, line)
                else:
                    cv.drawString(x + 4, y - 14 - j * 12.5, line)
            x += cw
        y -= rh
    y -= 20
    cv.setFont(f["sans"], 10)
    cv.drawString(
        left,
        y,
        "Narahubung: Euis Komariah, S.E., M.M. (Kepala Bidang Penta), telepon 0857-2210-4418",
    )
    y -= 34

    # receipt block (left) and the signer (right)
    cv.setFont(f["sans"], size)
    top = y
    cv.drawString(left, top, "Diterima tanggal ...........................")
    cv.drawString(left, top - 14, "Penerima,")
    cv.drawString(left, top - 84, "(.............................................)")
    cv.drawString(left, top - 98, "NIP. .........................................")

    sx = left + width * 0.55
    place_lines = ("Kepala Dinas Tenaga Kerja", "Kabupaten Indramayu,")
    for k, line in enumerate(place_lines):
        cv.drawString(sx, top - k * 14, line)
    _scribble(cv, sx + 18, top - 52, 96, random.Random(1904))
    name = LETTER_IDM_FIELDS["penandatangan.nama"]
    cv.setFont(f["sansb"], size)
    cv.drawString(sx, top - 84, name)
    cv.setLineWidth(0.7)
    cv.line(sx, top - 86, sx + _sw(name, f["sansb"], size), top - 86)
    cv.setFont(f["sans"], size)
    cv.drawString(sx, top - 98, "Pembina Utama Muda (IV/c)")
    cv.drawString(sx, top - 112, "NIP. 19680412 199303 1 007")

    y = top - 150
    cv.setFont(f["sans"], 9.5)
    for k, line in enumerate(("Tembusan:", "1. Bupati Indramayu (sebagai laporan);", "2. Arsip.")):
        cv.drawString(left, y - k * 12, line)
    cv.showPage()
    cv.save()


# --- documents ----------------------------------------------------------------------------


def documents() -> list[Any]:
    """The wave-19 held-out documents."""
    from tests.independent.build import HeldOut

    return [
        HeldOut(
            "fs3-gorontalo-legend-panels.pdf",
            "fs3",
            lambda p: render_fs3_legend_panels(FS3_GORONTALO, p),
            expected(FS3_GORONTALO),
            note="provincial statistics unit (Bidang Statistik, Diskominfotik Provinsi "
            "Gorontalo), born-digital office-suite PDF: every block a rounded panel with its "
            "title set into the top border like a fieldset legend ('Blok I · Instansi "
            "penyelenggara'), two panels side by side where they fit; labels in small "
            "capitals of a condensed sans-serif above each value, values in a serif face; "
            "every option list a vertical list (long ones in two columns, the techniques "
            "under 'Probabilitas' and 'Non-probabilitas' heads) with the chosen one marked "
            "by a filled circle drawn as a shape (empty outlines for the others, squares for "
            "multiple choice), a legend of the marks at the top; yes/no sub-items on one "
            "line with 'Ya'/'Tidak' circles at the right; 'Telepon | Faksimile' side by side "
            "in one panel; kabupaten/kota and the person's fax printed '-'; dates "
            "'12-Jan-2026'; six kabupaten/kota listed by name; block VI filled",
        ),
        HeldOut(
            "fpkpa-tanjungpinang-ksop-linebreaks.docx",
            "fp-kpa",
            lambda p: render_fpkpa_linebreak_docx(FPKPA_TANJUNGPINANG, p),
            expected(FPKPA_TANJUNGPINANG),
            note="port authority (KSOP Kelas II Tanjung Pinang, Kementerian Perhubungan) in "
            "Word: shaded numbered block headings '1.  INSTANSI PENYELENGGARA'; each block a "
            "two-column grid whose rows group related items: the left cell holds the item "
            "and its lettered sub-labels, the right cell the matching ': value' lines, all "
            "separated by line breaks (w:br) inside one paragraph, a first empty line level "
            "with the item title, long titles continued on a second line with an empty line "
            "in the label cell; option lists one wording a line with the chosen ones bold on "
            "grey character shading (w:shd), no symbols, 'Lainnya: ...' wordings chosen; "
            "schedule and variable tables (source before the reference period); dates with "
            "day names ('Senin, 12 Januari 2026'); city written 'Tanjungpinang'; "
            "'+62 812 7045 3318' mobile number; rows kept whole (cantSplit)",
        ),
        HeldOut(
            "fs3-indramayu-2up-circled-scan200.pdf",
            "fs3",
            lambda p: scan_sheets_to_pdf(
                lambda pdf: render_fs3_corner_cells(FS3_INDRAMAYU, pdf), p
            ),
            expected(FS3_INDRAMAYU),
            note="regency template filled on a computer and printed 'two pages per sheet' "
            "(two A4 pages reduced side by side on landscape sheets), then scanned on a "
            "flatbed at 200 dpi to a PDF of grey JPEG images (no text layer): sheets turned "
            "0.55 and -0.4 degrees, lid shadow along the top, uneven light, staple holes, "
            "specks, noise; a grid of ruled cells with a small item label in each cell's "
            "top-left corner and the printed value under it, several cells to a row; option "
            "lists 'Wording  code' with the chosen codes circled in ballpoint (drawn loops), "
            "yes/no sub-items 'Ya 1  Tidak 2'; a 'Lainnya, sebutkan:' answer; one-off "
            "survey so the frequency is not circled; snowball sample so block VI is printed "
            "as empty cells; the person's fax cell empty; full month-name dates",
        ),
        HeldOut(
            "surat-indramayu-disnaker-pengantar-tabel.pdf",
            "surat_pengantar",
            render_letter_pengantar_table,
            LETTER_IDM_FIELDS,
            note="regency labour office letter in the tata naskah dinas 'SURAT PENGANTAR' "
            "form, born digital: drawn emblem centred above a centred letterhead "
            "('PEMERINTAH KABUPATEN INDRAMAYU' over 'DINAS TENAGA KERJA'), thick-thin rule; "
            "date at the right, then 'Kepada' / 'Yth. Kepala Badan Pusat Statistik' / "
            "'Kabupaten Indramayu' / 'di -' / 'INDRAMAYU' at the left; centred underlined "
            "title 'SURAT PENGANTAR' with 'Nomor: ...' under it; a 'Hal' line over two "
            "lines; ruled table 'No. | Naskah Dinas yang Dikirimkan | Banyaknya | "
            "Keterangan'; a contact person with a phone number; a receipt block 'Diterima "
            "tanggal ....' / 'Penerima,' with a dotted blank name and 'NIP. ....' at the left, "
            "the signer at the right (title over two lines, scribble, bold underlined name "
            "in capitals, rank, spaced NIP); tembusan",
        ),
    ]
