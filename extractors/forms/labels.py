"""Label vocabulary of FS3 and FP-KPA: the wordings offices print for each key.

Labels are matched fuzzily (OCR misreads, small rewordings), so each entry lists the
wordings seen on official, re-typed and Word-made forms. Person sub-labels (Nama,
Jabatan, Telepon, ...) are shared: the section the line sits in decides the key prefix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

#: Value kinds: text, int, date, phone, email, region, regions, enum, set, bool,
#: checks (one option list setting several bool keys), jadwal (start and end date),
#: variabel (a table), person (key suffix under the current person section).
Kind = str


@dataclass(frozen=True, slots=True)
class Entry:
    """One key (or key family) and the label wordings that introduce its value."""

    key: str
    kind: Kind
    labels: tuple[str, ...]
    #: Choice list name for enum/set (validators.choices), or option wording -> key for checks.
    choice: str = ""
    options: tuple[tuple[str, str], ...] = ()


_PERSON = (
    Entry("nama", "person:text", ("Nama", "Nama Lengkap")),
    Entry("jabatan", "person:text", ("Jabatan", "Jabatan/Unit Kerja", "Jabatan / Unit Kerja")),
    Entry("alamat", "person:text", ("Alamat", "Alamat Kantor", "Jalan")),
    Entry(
        "telepon",
        "person:phone",
        (
            "Telepon",
            "Telepon/HP",
            "No. HP/WA",
            "No. Telepon",
            "Telp. Kantor",
            "Telp",
            "Nomor Telepon",
            "HP",
        ),
    ),
    Entry("faks", "person:phone", ("Faksimile", "Fax", "No. Faks", "Faks")),
    Entry("email", "person:email", ("Email", "E-mail", "Surel", "Alamat Email")),
)

_COMMON = (
    Entry("tahun", "int", ("Tahun", "Tahun Pelaksanaan", "Tahun Kegiatan")),
    Entry(
        "penyelenggara.instansi",
        "text",
        (
            "Instansi Penyelenggara",
            "Instansi Pemerintah Penyelenggara",
            "Nama Instansi",
            "Nama Instansi Penyelenggara",
            "Instansi",
        ),
    ),
    Entry(
        "penyelenggara.kabupaten_kota",
        "region",
        ("Kabupaten/Kota", "Kab/Kota", "Kabupaten/Kota Instansi", "Kabupaten / Kota"),
    ),
    Entry("penyelenggara.provinsi", "region", ("Provinsi", "Propinsi")),
    Entry(
        "pelaksanaan",
        "enum",
        ("Pelaksanaan Kegiatan", "Kegiatan Ini Dilakukan", "Pelaksanaan"),
        "pelaksanaan",
    ),
    Entry(
        "frekuensi",
        "enum",
        (
            "Frekuensi Penyelenggaraan (jika berulang)",
            "Frekuensi Penyelenggaraan",
            "Frekuensi",
            "Periode Pelaksanaan",
        ),
        "frekuensi",
    ),
    Entry(
        "cakupan_wilayah",
        "enum",
        ("Cakupan Wilayah Kegiatan", "Cakupan Wilayah", "Wilayah Cakupan"),
        "cakupan_wilayah",
    ),
    Entry(
        "wilayah",
        "regions",
        (
            "Wilayah Kegiatan (jika sebagian wilayah)",
            "Wilayah Kegiatan",
            "Lokasi Kegiatan",
            "Wilayah Pengumpulan Data",
        ),
    ),
    Entry(
        "petugas",
        "enum",
        ("Petugas Pengumpul Data", "Pengumpul Data", "Petugas Lapangan"),
        "petugas",
    ),
    Entry(
        "pendidikan_petugas",
        "enum",
        (
            "Persyaratan Pendidikan Terendah Petugas",
            "Persyaratan Pendidikan Terendah",
            "Pendidikan Minimal Petugas",
            "Pendidikan Petugas",
        ),
        "pendidikan_petugas",
    ),
    Entry("pelatihan", "bool", ("Apakah Petugas Dilatih?", "Pelatihan Petugas", "Pelatihan")),
    Entry(
        "jumlah_supervisor",
        "int",
        ("Supervisor/penyelia", "Jumlah Supervisor", "Pengawas", "Supervisor"),
    ),
    Entry(
        "jumlah_enumerator",
        "int",
        ("Pengumpul data/enumerator", "Jumlah Enumerator", "Pencacah", "Enumerator"),
    ),
    Entry("variabel", "variabel", ("Variabel yang Dikumpulkan", "Daftar Variabel", "Variabel")),
    Entry("pengolahan.penyuntingan", "bool", ("Penyuntingan (editing)", "Penyuntingan")),
    Entry("pengolahan.penyandian", "bool", ("Penyandian (coding)", "Penyandian")),
    Entry("pengolahan.validasi", "bool", ("Validasi", "Validasi data")),
    Entry(
        "metode_analisis",
        "enum",
        ("Metode Analisis", "Metode Analisis Data", "Analisis Data"),
        "metode_analisis",
    ),
    Entry("produk.cetak", "bool", ("Publikasi tercetak (hardcopy)", "Publikasi tercetak")),
    Entry("produk.elektronik", "bool", ("Publikasi elektronik (softcopy)", "Publikasi elektronik")),
    Entry(
        "tanggal_rilis",
        "date",
        ("Rencana Rilis Produk Kegiatan", "Tanggal Rilis", "Rencana Tanggal Rilis"),
    ),
    Entry("jadwal.perencanaan", "jadwal", ("Perencanaan",)),
    Entry("jadwal.pengolahan", "jadwal", ("Pengolahan data", "Pengolahan")),
    Entry("jadwal.analisis", "jadwal", ("Analisis",)),
    Entry("jadwal.diseminasi", "jadwal", ("Diseminasi hasil", "Diseminasi")),
)

#: Headings that group items without a value of their own; they end the value above them.
_HEADINGS = (
    Entry(
        "",
        "heading",
        (
            "Alamat Lengkap Instansi Penyelenggara",
            "Alamat Lengkap Instansi",
            "Alamat Instansi",
            "Alamat Lengkap",
            "Unit Sampel dan Jumlah Sampel",
            "Jumlah Petugas",
            "Jumlah Petugas Lapangan",
            "Tahapan Pengolahan Data",
            "Jadwal Kegiatan",
            "Rencana Jadwal",
            "Kegiatan Mulai Selesai",
            "Diisi hanya jika",
        ),
    ),
)

_FS3 = (
    Entry("judul", "text", ("Judul Survei", "Nama Kegiatan", "Judul Kegiatan", "Nama Survei")),
    Entry(
        "tipe_pengumpulan",
        "enum",
        ("Tipe Pengumpulan Data", "Tipe Pengumpulan"),
        "tipe_pengumpulan",
    ),
    Entry("tujuan", "text", ("Tujuan Kegiatan", "Tujuan Survei", "Tujuan")),
    Entry(
        "cara_pengumpulan",
        "enum",
        ("Cara Pengumpulan Data", "Jenis Pengumpulan Data"),
        "cara_pengumpulan",
    ),
    Entry(
        "metode_pengumpulan",
        "set",
        ("Metode Pengumpulan Data", "Cara Memperoleh Data"),
        "metode_pengumpulan",
    ),
    Entry(
        "metode_sampel",
        "enum",
        ("Metode Pemilihan Sampel", "Jenis Sampel", "Metode Sampling"),
        "metode_sampel",
    ),
    Entry(
        "metode_pemilihan",
        "enum",
        ("Metode yang Digunakan", "Teknik Penarikan Sampel", "Teknik Sampling"),
        "metode_pemilihan",
    ),
    Entry(
        "uji_coba",
        "bool",
        (
            "Apakah Melakukan Uji Coba (Pilot Survey)?",
            "Apakah Melakukan Uji Coba",
            "Uji Coba Kuesioner",
            "Uji Coba",
        ),
    ),
    Entry(
        "rancangan_sampel",
        "enum",
        ("Jenis Rancangan Sampel", "Rancangan Sampel"),
        "rancangan_sampel",
    ),
    Entry("kerangka_sampel", "text", ("Kerangka Sampel", "Kerangka Sampel yang Digunakan")),
    Entry("fraksi_sampel", "text", ("Fraksi Sampel Keseluruhan", "Fraksi Sampel")),
    Entry("unit_sampel", "text", ("Unit sampel",)),
    Entry("jumlah_sampel", "int", ("Jumlah sampel", "Ukuran Sampel")),
    Entry(
        "sampling_error",
        "text",
        (
            "Perkiraan Sampling Error Variabel Utama",
            "Perkiraan Sampling Error",
            "Sampling Error",
            "Tingkat Presisi",
        ),
    ),
    Entry("responden", "text", ("Unit Observasi/Responden", "Responden", "Unit Observasi")),
    Entry(
        "tingkat_estimasi",
        "set",
        ("Tingkat Penyajian Hasil Estimasi", "Level Estimasi", "Tingkat Estimasi"),
        "tingkat",
    ),
    Entry(
        "produk",
        "checks",
        ("Produk Kegiatan yang Tersedia untuk Umum", "Produk yang Dihasilkan", "Produk Kegiatan"),
        "",
        (
            ("publikasi tercetak", "produk.cetak"),
            ("publikasi elektronik", "produk.elektronik"),
            ("data makro", "produk.makro"),
            ("data mikro", "produk.mikro"),
        ),
    ),
    Entry("produk.makro", "bool", ("Data makro",)),
    Entry("produk.mikro", "bool", ("Data mikro",)),
    Entry("jadwal.lapangan", "jadwal", ("Pengumpulan data lapangan", "Pengumpulan data")),
)

_FPKPA = (
    Entry(
        "judul",
        "text",
        (
            "Judul Kegiatan",
            "Nama Kompilasi",
            "Judul Kompilasi Produk Administrasi",
            "Nama Kegiatan",
        ),
    ),
    Entry(
        "tujuan",
        "text",
        ("Tujuan dan Kegunaan Kegiatan", "Tujuan Kegiatan", "Maksud dan Tujuan", "Tujuan"),
    ),
    Entry(
        "jenis_data",
        "text",
        ("Jenis Data Administrasi", "Jenis Data", "Jenis Data yang Dikompilasi"),
    ),
    Entry(
        "metode_pengumpulan",
        "text",
        ("Metode Pengumpulan Data", "Cara Pengumpulan Data", "Metode Pengumpulan"),
    ),
    Entry("pengolahan.entri_data", "bool", ("Entri data", "Entri")),
    Entry("unit_analisis", "set", ("Unit Analisis", "Unit Analisis Data"), "unit_analisis"),
    Entry(
        "tingkat_penyajian",
        "set",
        (
            "Tingkat Penyajian Hasil",
            "Tingkat Penyajian",
            "Level Penyajian",
            "Tingkat Penyajian Data",
        ),
        "tingkat",
    ),
    Entry(
        "produk",
        "checks",
        ("Produk Kegiatan yang Tersedia untuk Umum", "Produk yang Dihasilkan", "Produk Kegiatan"),
        "",
        (("publikasi tercetak", "produk.cetak"), ("publikasi elektronik", "produk.elektronik")),
    ),
    Entry("jadwal.pengumpulan", "jadwal", ("Pengumpulan data", "Pengumpulan data lapangan")),
)

ENTRIES: Final[dict[str, tuple[Entry, ...]]] = {
    "fs3": _COMMON + _FS3 + _PERSON + _HEADINGS,
    "fp-kpa": _COMMON + _FPKPA + _PERSON + _HEADINGS,
}

#: Person section headings -> section; "teknis" becomes manajer (FS3) or pj_teknis (FP-KPA).
SECTIONS: Final[tuple[tuple[str, str], ...]] = (
    ("penanggung jawab teknis/manajer", "teknis"),
    ("penanggung jawab teknis", "teknis"),
    ("pj teknis", "teknis"),
    ("pelaksana teknis", "teknis"),
    ("manajer survei", "teknis"),
    ("manajer", "teknis"),
    ("penanggung jawab kegiatan", "penanggung_jawab"),
    ("penanggung jawab", "penanggung_jawab"),
    ("alamat lengkap instansi penyelenggara", "penyelenggara"),
    ("alamat lengkap instansi", "penyelenggara"),
    ("alamat instansi", "penyelenggara"),
)

TEKNIS_PREFIX: Final[dict[str, str]] = {"fs3": "manajer", "fp-kpa": "pj_teknis"}
