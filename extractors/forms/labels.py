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
    Entry(
        "nama",
        "person:text",
        ("Nama", "Nama Lengkap", "Nama Lengkap dan Gelar", "Nama dan Gelar", "Nama Pejabat"),
    ),
    Entry(
        "jabatan",
        "person:text",
        ("Jabatan", "Jabatan/Unit Kerja", "Jabatan / Unit Kerja", "Jabatan/Pangkat"),
    ),
    Entry(
        "alamat",
        "person:text",
        ("Alamat", "Alamat Kantor", "Jalan", "Jalan/Nomor", "Alamat Jalan", "Jalan dan Nomor"),
    ),
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
            "Nomor Telepon/HP",
            "No. Telp",
            "Telp/HP",
            "No. HP",
            "Nomor HP",
            "Telepon Kantor",
        ),
    ),
    Entry(
        "faks",
        "person:phone",
        (
            "Faksimile",
            "Fax",
            "No. Faks",
            "Faks",
            "Nomor Faksimile",
            "Nomor Faks",
            "No. Fax",
            "No. Faksimile",
            "Faksimili",
        ),
    ),
    Entry(
        "email",
        "person:email",
        (
            "Email",
            "E-mail",
            "Surel",
            "Alamat Email",
            "Alamat Surel",
            "Alamat Surel (E-mail)",
            "Alamat E-mail",
            "Surat Elektronik",
            "Alamat Surat Elektronik",
            "Surel/E-mail",
            "Pos-el",
            "Pos el",
            "Alamat Pos-el",
        ),
    ),
)

_COMMON = (
    Entry(
        "tahun",
        "int",
        (
            "Tahun",
            "Tahun Pelaksanaan",
            "Tahun Kegiatan",
            "Tahun Survei",
            "Tahun Pelaksanaan Survei",
        ),
    ),
    Entry(
        "penyelenggara.instansi",
        "text",
        (
            "Instansi Penyelenggara",
            "Instansi Pemerintah Penyelenggara",
            "Nama Instansi",
            "Nama Instansi Penyelenggara",
            "Instansi",
            "Nama Instansi Pemerintah",
            "Nama Instansi Pemerintah Penyelenggara",
            "Instansi Pelaksana",
            "Nama Instansi/Unit Kerja",
            "Unit Kerja Penyelenggara",
            "Instansi Pelaksana Survei",
            "Nama Perangkat Daerah",
            "Perangkat Daerah",
            "Instansi/Perangkat Daerah",
            "Lembaga Penyelenggara",
            "Nama Lembaga",
        ),
    ),
    Entry(
        "penyelenggara.kabupaten_kota",
        "region",
        (
            "Kabupaten/Kota",
            "Kab/Kota",
            "Kabupaten/Kota Instansi",
            "Kabupaten / Kota",
            "Kota/Kabupaten",
            "Kabupaten",  # only with its colon (reader: _NEEDS_COLON)
            "Kota",
        ),
    ),
    Entry("penyelenggara.provinsi", "region", ("Provinsi", "Propinsi")),
    Entry(
        "pelaksanaan",
        "enum",
        (
            "Pelaksanaan Kegiatan",
            "Kegiatan Ini Dilakukan",
            "Pelaksanaan",
            "Kegiatan Ini Dilaksanakan",
            "Survei Ini Dilaksanakan",
            "Survei Ini Dilakukan",
            "Survei Dilakukan",
            "Kegiatan Dilakukan",
            "Pelaksanaan Survei",
            "Sifat Pelaksanaan",
            "Sifat Kegiatan",
        ),
        "pelaksanaan",
    ),
    Entry(
        "pelaksanaan",
        "yesno",
        (
            "Apakah Kegiatan Ini Berulang",
            "Apakah Kegiatan Ini Dilakukan Berulang",
            "Apakah Kegiatan Ini Dilaksanakan Berulang",
            "Apakah Survei Ini Berulang",
            "Apakah Survei Ini Dilakukan Berulang",
            "Apakah Kompilasi Ini Berulang",
            "Kegiatan Berulang",
        ),
        options=(("ya", "berulang"), ("tidak", "sekali")),
    ),
    # Two-way choices asked as yes/no questions ("Apakah data dikumpulkan dari sampel?").
    Entry(
        "cara_pengumpulan",
        "yesno",
        (
            "Apakah Data Dikumpulkan dari Sampel",
            "Apakah Data Dikumpulkan dari Sampel (bukan sensus)",
            "Apakah Menggunakan Sampel",
            "Apakah Kegiatan Ini Menggunakan Sampel",
        ),
        options=(("ya", "sampel"), ("tidak", "sensus")),
    ),
    Entry(
        "cakupan_wilayah",
        "yesno",
        (
            "Apakah Survei Mencakup Seluruh Wilayah",
            "Apakah Survei Mencakup Seluruh Wilayah Indonesia",
            "Apakah Kegiatan Mencakup Seluruh Wilayah",
            "Apakah Kegiatan Mencakup Seluruh Wilayah Indonesia",
        ),
        options=(("ya", "seluruh_indonesia"), ("tidak", "sebagian")),
    ),
    Entry(
        "metode_sampel",
        "yesno",
        (
            "Apakah Sampel Dipilih Secara Probabilitas",
            "Apakah Sampel Dipilih dengan Metode Probabilitas",
            "Apakah Menggunakan Sampel Probabilitas",
        ),
        options=(("ya", "probabilitas"), ("tidak", "nonprobabilitas")),
    ),
    Entry(
        "frekuensi",
        "enum",
        (
            "Frekuensi Penyelenggaraan (jika berulang)",
            "Frekuensi Penyelenggaraan",
            "Frekuensi",
            "Periode Pelaksanaan",
            "Frekuensi Pelaksanaan",
            "Frekuensi Kegiatan",
            "Frekuensi Pengumpulan Data",
            "Jika Berulang, Frekuensi",
            "Jika Berulang, Frekuensinya",
            "Bila Berulang, Frekuensinya",
            "Periode (bila berulang)",
            "Periode (jika berulang)",
            "Periode Kompilasi",
            "Periode Survei",
        ),
        "frekuensi",
    ),
    Entry(
        "cakupan_wilayah",
        "enum",
        (
            "Cakupan Wilayah Kegiatan",
            "Cakupan Wilayah",
            "Wilayah Cakupan",
            "Cakupan Wilayah Survei",
            "Jangkauan Wilayah",
        ),
        "cakupan_wilayah",
    ),
    Entry(
        "wilayah",
        "regions",
        (
            "Wilayah Kegiatan (jika sebagian wilayah)",
            "Wilayah Kegiatan",
            "Daftar Wilayah",
            "Wilayah yang Dicakup",
            "Nama Wilayah yang Dicakup",
            "Daftar Wilayah (untuk cakupan sebagian)",
            "Bila Tidak, Sebutkan Wilayahnya",
            "Jika Tidak, Sebutkan Wilayahnya",
            "Lokasi Kegiatan",
            "Wilayah Pengumpulan Data",
            "Wilayah Survei",
            "Lokasi Survei",
            "Wilayah Pencacahan",
            "Daerah Kegiatan",
            "Wilayah (jika sebagian)",
            "Wilayah (bila sebagian)",
            "Wilayah Kompilasi",
            "Rincian Wilayah",
            "Rincian Wilayah yang Dicakup",
        ),
    ),
    Entry(
        "petugas",
        "enum",
        (
            "Petugas Pengumpul Data",
            "Pengumpul Data",
            "Petugas Lapangan",
            "Pelaksana Pengumpulan Data",
        ),
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
            "Pendidikan Terendah Petugas",
            "Pendidikan Terendah",
            "Syarat Pendidikan Petugas",
            "Pendidikan Minimal",
        ),
        "pendidikan_petugas",
    ),
    Entry(
        "pelatihan",
        "bool",
        (
            "Apakah Petugas Dilatih?",
            "Pelatihan Petugas",
            "Petugas Dilatih",
            "Pelatihan",
            "Apakah Petugas Mendapat Pelatihan?",
            "Apakah Petugas Mendapatkan Pelatihan?",
            "Apakah Ada Pelatihan Petugas?",
            "Pelatihan bagi Petugas",
        ),
    ),
    Entry(
        "jumlah_supervisor",
        "int",
        (
            "Supervisor/penyelia",
            "Jumlah Supervisor",
            "Pengawas",
            "Supervisor",
            "Jumlah Pengawas",
            "Jumlah Supervisor/Penyelia",
            "Penyelia",
        ),
    ),
    Entry(
        "jumlah_enumerator",
        "int",
        (
            "Pengumpul data/enumerator",
            "Jumlah Enumerator",
            "Pencacah",
            "Enumerator",
            "Jumlah Pencacah",
            "Petugas Pendata",
            "Jumlah Petugas Pendata",
            "Jumlah Pengumpul Data",
            "Jumlah Petugas Pengumpul Data",
            "Jumlah Petugas Pengumpul",
            "Pencacah/Enumerator",
            "Petugas Penghimpun",
            "Jumlah Petugas Penghimpun",
        ),
    ),
    Entry(
        "variabel",
        "variabel",
        (
            "Variabel yang Dikumpulkan",
            "Daftar Variabel",
            "Variabel",
            "Variabel yang Dihimpun",
            "Daftar Variabel yang Dikumpulkan",
            "Rincian Variabel",
        ),
    ),
    Entry(
        "pengolahan.penyuntingan",
        "bool",
        (
            "Penyuntingan (editing)",
            "Penyuntingan",
            "Editing",
            "Pemeriksaan Isian",
        ),
    ),
    Entry(
        "pengolahan.penyandian",
        "bool",
        (
            "Penyandian (coding)",
            "Penyandian",
            "Coding",
            "Pengodean (coding)",
            "Pengodean",
            "Pemberian Kode",
        ),
    ),
    Entry("pengolahan.validasi", "bool", ("Validasi", "Validasi data")),
    Entry(
        "metode_analisis",
        "enum",
        (
            "Metode Analisis",
            "Metode Analisis Data",
            "Cara Analisis",
            "Analisis Data",
            "Teknik Analisis",
            "Teknik Analisis Data",
            "Jenis Analisis",
        ),
        "metode_analisis",
    ),
    Entry("produk.cetak", "bool", ("Publikasi tercetak (hardcopy)", "Publikasi tercetak")),
    Entry("produk.elektronik", "bool", ("Publikasi elektronik (softcopy)", "Publikasi elektronik")),
    Entry(
        "tanggal_rilis",
        "date",
        (
            "Rencana Rilis Produk Kegiatan",
            "Tanggal Rilis",
            "Tanggal Publikasi Hasil",
            "Tanggal Publikasi",
            "Rencana Tanggal Rilis",
            "Rencana Rilis",
            "Jadwal Rilis",
            "Tanggal Rilis Produk",
            "Rencana Rilis Hasil",
            "Kapan Hasil Dirilis?",
        ),
    ),
    Entry("jadwal.perencanaan", "jadwal", ("Perencanaan",)),
    Entry("jadwal.pengolahan", "jadwal", ("Pengolahan data", "Pengolahan")),
    Entry("jadwal.analisis", "jadwal", ("Analisis",)),
    Entry("jadwal.diseminasi", "jadwal", ("Diseminasi hasil", "Diseminasi")),
)

#: Labels of the produk option list and the wordings of its options (several per key:
#: the first one found decides).
_PRODUK_LABELS = (
    "Produk Kegiatan yang Tersedia untuk Umum",
    "Produk yang Dihasilkan",
    "Produk Kegiatan",
    "Produk",
    "Bentuk Produk",
    "Produk yang Tersedia untuk Umum",
    "Bentuk Publikasi",
)
_PRODUK_PUBLIKASI = (
    ("publikasi tercetak", "produk.cetak"),
    ("publikasi cetak", "produk.cetak"),
    ("hardcopy", "produk.cetak"),
    ("buku publikasi", "produk.cetak"),
    ("publikasi elektronik", "produk.elektronik"),
    ("publikasi digital", "produk.elektronik"),
    ("softcopy", "produk.elektronik"),
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
            "Jadwal Pelaksanaan",
            "Jadwal Pelaksanaan Kegiatan",
            "Tahapan Mulai Selesai",
            "Alamat Kantor Instansi",
            "Alamat dan Kontak",
            "Alamat dan Kontak Instansi",
            "Alamat Lengkap dan Kontak Instansi",
        ),
    ),
)

_FS3 = (
    Entry(
        "judul",
        "text",
        (
            "Judul Survei",
            "Nama Kegiatan",
            "Judul Kegiatan",
            "Nama Survei",
            "Nama/Judul Survei",
            "Nama/Judul Kegiatan",
            "Judul",
        ),
    ),
    Entry(
        "tipe_pengumpulan",
        "enum",
        (
            "Tipe Pengumpulan Data",
            "Tipe Pengumpulan",
            "Tipe Survei",
            "Tipe Kegiatan",
        ),
        "tipe_pengumpulan",
    ),
    Entry(
        "tujuan",
        "text",
        ("Tujuan Kegiatan", "Tujuan Survei", "Tujuan", "Maksud dan Tujuan", "Tujuan Pelaksanaan"),
    ),
    Entry(
        "cara_pengumpulan",
        "enum",
        (
            "Cara Pengumpulan Data",
            "Jenis Pengumpulan Data",
            "Sensus atau Sampel",
            "Sampel atau Sensus",
        ),
        "cara_pengumpulan",
    ),
    Entry(
        "metode_pengumpulan",
        "set",
        ("Metode Pengumpulan Data", "Cara Memperoleh Data", "Teknik Pengumpulan Data"),
        "metode_pengumpulan",
    ),
    Entry(
        "metode_sampel",
        "enum",
        (
            "Metode Pemilihan Sampel",
            "Jenis Sampel",
            "Metode Sampling",
            "Metode Pengambilan Sampel",
            "Jenis Metode Sampling",
            "Jenis Sampling",
        ),
        "metode_sampel",
    ),
    Entry(
        "metode_pemilihan",
        "enum",
        (
            "Metode yang Digunakan",
            "Teknik Penarikan Sampel",
            "Teknik Sampling",
            "Teknik Pemilihan Sampel",
            "Teknik Pengambilan Sampel",
            "Metode Penarikan Sampel",
        ),
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
            "Apakah Dilakukan Uji Coba?",
            "Dilakukan Uji Coba",
            "Apakah Dilakukan Uji Coba Kuesioner?",
            "Uji Coba Instrumen",
            "Apakah Kuesioner Diujicobakan?",
        ),
    ),
    Entry(
        "rancangan_sampel",
        "enum",
        ("Jenis Rancangan Sampel", "Rancangan Sampel", "Rancangan Penarikan Sampel"),
        "rancangan_sampel",
    ),
    Entry("kerangka_sampel", "text", ("Kerangka Sampel", "Kerangka Sampel yang Digunakan")),
    Entry(
        "fraksi_sampel", "text", ("Fraksi Sampel Keseluruhan", "Fraksi Sampel", "Fraksi Sampling")
    ),
    Entry("unit_sampel", "text", ("Unit sampel",)),
    Entry("jumlah_sampel", "int", ("Jumlah sampel", "Ukuran Sampel", "Banyaknya Sampel")),
    Entry(
        "sampling_error",
        "text",
        (
            "Perkiraan Sampling Error Variabel Utama",
            "Perkiraan Sampling Error",
            "Sampling Error",
            "Tingkat Presisi",
            "Margin of Error",
            "Tingkat Kesalahan Sampling",
        ),
    ),
    Entry("responden", "text", ("Unit Observasi/Responden", "Responden", "Unit Observasi")),
    Entry(
        "tingkat_estimasi",
        "set",
        (
            "Tingkat Penyajian Hasil Estimasi",
            "Level Estimasi",
            "Tingkat Estimasi",
            "Tingkat Penyajian Hasil",
            "Tingkat Penyajian",
            "Level Penyajian",
        ),
        "tingkat",
    ),
    Entry(
        "produk",
        "checks",
        _PRODUK_LABELS,
        "",
        (*_PRODUK_PUBLIKASI, ("data makro", "produk.makro"), ("data mikro", "produk.mikro")),
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
            "Judul Kompilasi",
            "Nama/Judul Kegiatan",
            "Nama Kompilasi Data",
            "Judul",
        ),
    ),
    Entry(
        "tujuan",
        "text",
        (
            "Tujuan dan Kegunaan Kegiatan",
            "Tujuan Kegiatan",
            "Maksud dan Tujuan",
            "Tujuan",
            "Tujuan Kompilasi",
            "Untuk Apa Data Dikompilasi?",
        ),
    ),
    Entry(
        "jenis_data",
        "text",
        (
            "Jenis Data Administrasi",
            "Jenis Data",
            "Jenis Data yang Dikompilasi",
            "Jenis Produk Administrasi",
            "Sumber Data Administrasi",
            "Data Administrasi yang Digunakan",
        ),
    ),
    Entry(
        "metode_pengumpulan",
        "text",
        (
            "Metode Pengumpulan Data",
            "Cara Pengumpulan Data",
            "Metode Pengumpulan",
            "Bagaimana Data Diperoleh?",
            "Teknik Pengumpulan Data",
            "Teknik Pengumpulan",
        ),
    ),
    Entry("pengolahan.entri_data", "bool", ("Entri data", "Entri", "Perekaman data", "Data entry")),
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
        _PRODUK_LABELS,
        "",
        _PRODUK_PUBLIKASI,
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
    ("penanggung jawab teknis/pelaksana", "teknis"),
    ("penanggung jawab teknis", "teknis"),
    ("pj teknis", "teknis"),
    ("pelaksana teknis", "teknis"),
    ("manajer survei", "teknis"),
    ("manajer kegiatan", "teknis"),
    ("penanggung jawab teknis kegiatan", "teknis"),
    ("pelaksana teknis kegiatan", "teknis"),
    ("koordinator teknis", "teknis"),
    ("koordinator survei", "teknis"),
    ("manajer", "teknis"),
    ("penanggung jawab kegiatan", "penanggung_jawab"),
    ("penanggung jawab survei", "penanggung_jawab"),
    ("penanggung jawab kompilasi", "penanggung_jawab"),
    ("penanggung jawab", "penanggung_jawab"),
    ("alamat lengkap instansi penyelenggara", "penyelenggara"),
    ("alamat lengkap instansi", "penyelenggara"),
    ("alamat instansi", "penyelenggara"),
)

TEKNIS_PREFIX: Final[dict[str, str]] = {"fs3": "manajer", "fp-kpa": "pj_teknis"}
