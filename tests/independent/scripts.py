"""Layout-free scripts of the held-out forms: what each office prints, in its own words.

A script is a list of items a renderer lays out (one column, a table, a Word file):

- ``("title", text)`` a heading line; ``("block", text)`` a block heading;
- ``("head", number, text)`` a group heading without a value (a person, the address);
- ``("text", number, label, value)`` a label and its value ("-" when empty);
- ``("opts", number, label, [(wording, chosen), ...])`` an option list;
- ``("table", number, label, header, rows)`` the variable table;
- ``("jadwal", number, label, header, [(stage, start, end), ...])``;
- ``("note", text)`` a free line; ``("sign", [lines])`` the closing signature.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.independent.content import Shown

Item = tuple[Any, ...]
Numbering = Callable[[int, int, int], str]


def num_r(block: int, item: int, sub: int) -> str:
    """ "R.1.2" for an item, "a." for its sub-items."""
    return f"{'abcdefghij'[sub - 1]}." if sub else f"R.{block}.{item}"


def num_plain(block: int, item: int, sub: int) -> str:
    """ "1.2" for an item, "1.2.1" for a sub-item."""
    return f"{block}.{item}.{sub}" if sub else f"{block}.{item}"


def num_none(block: int, item: int, sub: int) -> str:
    return ""


def num_alpha(block: int, item: int, sub: int) -> str:
    """Items lettered within a block ("a."), sub-items dashed."""
    return "-" if sub else f"{'abcdefghijklmnop'[item - 1]}."


# Option lists as these offices print them (FS3/FP-KPA structure, own wordings).
OPTIONS: dict[str, list[tuple[str, Any]]] = {
    "pelaksanaan": [("Satu kali", "sekali"), ("Berulang", "berulang")],
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
        ("Potong lintang (cross section)", "cross_sectional"),
        ("Gabungan", "gabungan"),
    ],
    "cara_pengumpulan": [("Survei sampel", "sampel"), ("Sensus (pencacahan lengkap)", "sensus")],
    "cakupan_wilayah": [
        ("Seluruh Indonesia", "seluruh_indonesia"),
        ("Sebagian wilayah", "sebagian"),
    ],
    "metode_pengumpulan": [
        ("Wawancara tatap muka", "wawancara"),
        ("Pengisian kuesioner sendiri", "swacacah"),
        ("Wawancara telepon", "telepon"),
        ("Pengamatan langsung", "observasi"),
        ("Data sekunder", "data_sekunder"),
        ("Lainnya", "lainnya"),
    ],
    "metode_sampel": [("Probabilitas", "probabilitas"), ("Non-probabilitas", "nonprobabilitas")],
    "metode_pemilihan": [
        ("Acak sederhana", "srs"),
        ("Sistematis", "sistematik"),
        ("Acak berstrata", "stratifikasi"),
        ("Klaster", "klaster"),
        ("PPS", "pps"),
        ("Kuota", "kuota"),
        ("Aksidental", "aksidental"),
        ("Purposive", "purposive"),
        ("Snowball", "snowball"),
        ("Sampel jenuh", "saturasi"),
    ],
    "bool": [("Ya", True), ("Tidak", False)],
    "petugas": [
        ("Pegawai instansi", "staf"),
        ("Tenaga kontrak/mitra", "mitra"),
        ("Keduanya (staf dan mitra)", "keduanya"),
    ],
    "pendidikan_petugas": [
        ("SLTP", "smp"),
        ("SMA/SMK sederajat", "sma"),
        ("D1/D2/D3", "diploma"),
        ("D4/S1 ke atas", "sarjana"),
    ],
    "rancangan_sampel": [("Satu tahap", "satu_tahap"), ("Multi tahap", "multi_tahap")],
    "tingkat": [
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
    "unit_analisis": [
        ("Individu", "individu"),
        ("Rumah tangga", "rumah_tangga"),
        ("Usaha/perusahaan", "usaha"),
        ("Lainnya", "lainnya"),
    ],
}
PRODUK_FS3 = [
    ("Publikasi cetak", "produk.cetak"),
    ("Publikasi elektronik", "produk.elektronik"),
    ("Data makro", "produk.makro"),
    ("Data mikro", "produk.mikro"),
]


def _opts(c: Shown, key: str, options: str | None = None) -> list[tuple[str, bool]]:
    want = c.get(key, (None, None))[1]
    chosen = want if isinstance(want, list) else [want]
    return [(text, code in chosen) for text, code in OPTIONS[options or key]]


def _val(c: Shown, key: str) -> str:
    shown = c.get(key)
    return shown[0] if shown and shown[0] is not None else "-"


#: Label wordings per office style (only the labels these renderers print).
FS3_WORDS: dict[str, dict[str, str]] = {
    # A provincial office's re-typed form: plain numbers, longer wordings.
    "prov": {
        "judul": "Nama/Judul Survei",
        "tahun": "Tahun Pelaksanaan Survei",
        "b1": "BLOK I. KETERANGAN INSTANSI PENYELENGGARA",
        "instansi": "Nama Instansi Penyelenggara",
        "alamat_head": "Alamat Instansi Penyelenggara",
        "alamat": "Jalan/Nomor",
        "kab": "Kabupaten/Kota",
        "prov": "Provinsi",
        "telp": "Nomor Telepon",
        "faks": "Nomor Faksimile",
        "email": "Alamat Surel (E-mail)",
        "b2": "BLOK II. PENANGGUNG JAWAB KEGIATAN",
        "pj": "Penanggung Jawab Kegiatan",
        "mgr": "Manajer Survei",
        "nama": "Nama Lengkap",
        "jabatan": "Jabatan",
        "b3": "BLOK III. JENIS SURVEI",
        "pelaksanaan": "Survei ini dilaksanakan",
        "frekuensi": "Jika berulang, frekuensinya",
        "tipe": "Tipe pengumpulan data",
        "b4": "BLOK IV. TUJUAN DAN VARIABEL SURVEI",
        "tujuan": "Tujuan Survei",
        "variabel": "Variabel yang dikumpulkan",
        "b5": "BLOK V. DESAIN SURVEI",
        "cara": "Cara pengumpulan data",
        "cakupan": "Cakupan wilayah survei",
        "wilayah": "Wilayah survei (bila sebagian wilayah)",
        "metode": "Metode pengumpulan data",
        "sampel": "Metode pemilihan sampel",
        "pemilihan": "Metode yang digunakan",
        "uji": "Apakah dilakukan uji coba kuesioner?",
        "petugas": "Petugas pengumpul data",
        "pendidikan": "Pendidikan terendah petugas",
        "pelatihan": "Apakah petugas mendapat pelatihan?",
        "jumlah_head": "Jumlah petugas",
        "sup": "Supervisor",
        "enum": "Pencacah/enumerator",
        "b6": "BLOK VI. DESAIN SAMPEL",
        "rancangan": "Rancangan sampel",
        "kerangka": "Kerangka sampel",
        "fraksi": "Fraksi sampel",
        "unit_head": "Unit sampel dan jumlah sampel",
        "unit": "Unit sampel",
        "jml": "Jumlah sampel",
        "se": "Perkiraan sampling error",
        "resp": "Unit observasi/responden",
        "b7": "BLOK VII. PENGOLAHAN, ANALISIS DAN DISEMINASI",
        "olah_head": "Tahapan pengolahan data",
        "edit": "Penyuntingan (editing)",
        "coding": "Penyandian (coding)",
        "valid": "Validasi",
        "tingkat": "Tingkat penyajian hasil",
        "analisis": "Metode analisis",
        "produk": "Produk yang dihasilkan",
        "jadwal": "Jadwal kegiatan",
        "rilis": "Rencana tanggal rilis",
    },
    # A city office's Word table: no R. numbers, short wordings.
    "kota": {
        "judul": "Judul Kegiatan",
        "tahun": "Tahun",
        "b1": "I. PENYELENGGARA",
        "instansi": "Instansi",
        "alamat_head": "Alamat Lengkap",
        "alamat": "Alamat",
        "kab": "Kab/Kota",
        "prov": "Propinsi",
        "telp": "Telp",
        "faks": "Fax",
        "email": "Email",
        "b2": "II. PENANGGUNG JAWAB",
        "pj": "Penanggung Jawab",
        "mgr": "Pelaksana Teknis",
        "nama": "Nama",
        "jabatan": "Jabatan",
        "b3": "III. JENIS KEGIATAN",
        "pelaksanaan": "Pelaksanaan",
        "frekuensi": "Frekuensi",
        "tipe": "Tipe Pengumpulan",
        "b4": "IV. TUJUAN DAN VARIABEL",
        "tujuan": "Tujuan",
        "variabel": "Daftar Variabel",
        "b5": "V. DESAIN KEGIATAN",
        "cara": "Cara Pengumpulan Data",
        "cakupan": "Cakupan Wilayah",
        "wilayah": "Lokasi Kegiatan",
        "metode": "Cara Memperoleh Data",
        "sampel": "Jenis Sampel",
        "pemilihan": "Teknik Sampling",
        "uji": "Uji Coba",
        "petugas": "Pengumpul Data",
        "pendidikan": "Pendidikan Minimal Petugas",
        "pelatihan": "Pelatihan Petugas",
        "jumlah_head": "Jumlah Petugas",
        "sup": "Jumlah Supervisor",
        "enum": "Jumlah Enumerator",
        "b6": "VI. DESAIN SAMPEL",
        "rancangan": "Rancangan Sampel",
        "kerangka": "Kerangka Sampel",
        "fraksi": "Fraksi Sampel",
        "unit_head": "Unit Sampel dan Jumlah Sampel",
        "unit": "Unit Sampel",
        "jml": "Ukuran Sampel",
        "se": "Tingkat Presisi",
        "resp": "Responden",
        "b7": "VII. PENGOLAHAN DAN DISEMINASI",
        "olah_head": "Pengolahan",
        "edit": "Editing",
        "coding": "Coding",
        "valid": "Validasi data",
        "tingkat": "Level Estimasi",
        "analisis": "Analisis Data",
        "produk": "Produk Kegiatan",
        "jadwal": "Jadwal",
        "rilis": "Tanggal Rilis",
    },
    # A Word form from a provincial agency, wording close to the official one but
    # with item numbers "R1.1" and explanations in the labels.
    "word": {
        "judul": "Judul Survei",
        "tahun": "Tahun Survei",
        "b1": "BLOK I : IDENTITAS PENYELENGGARA",
        "instansi": "Instansi Pemerintah Penyelenggara",
        "alamat_head": "Alamat Lengkap Instansi",
        "alamat": "Alamat Kantor",
        "kab": "Kabupaten / Kota",
        "prov": "Provinsi",
        "telp": "No. Telepon",
        "faks": "No. Faks",
        "email": "E-mail",
        "b2": "BLOK II : PENANGGUNG JAWAB",
        "pj": "Penanggung Jawab Kegiatan",
        "mgr": "Manajer Survei",
        "nama": "Nama",
        "jabatan": "Jabatan / Unit Kerja",
        "b3": "BLOK III : JENIS KEGIATAN",
        "pelaksanaan": "Pelaksanaan Kegiatan",
        "frekuensi": "Frekuensi Penyelenggaraan",
        "tipe": "Tipe Pengumpulan Data",
        "b4": "BLOK IV : TUJUAN DAN VARIABEL",
        "tujuan": "Tujuan Kegiatan",
        "variabel": "Variabel yang Dikumpulkan",
        "b5": "BLOK V : DESAIN KEGIATAN",
        "cara": "Cara Pengumpulan Data",
        "cakupan": "Cakupan Wilayah Kegiatan",
        "wilayah": "Wilayah Kegiatan",
        "metode": "Metode Pengumpulan Data",
        "sampel": "Metode Pemilihan Sampel",
        "pemilihan": "Metode yang Digunakan",
        "uji": "Apakah Melakukan Uji Coba?",
        "petugas": "Petugas Pengumpul Data",
        "pendidikan": "Persyaratan Pendidikan Terendah Petugas",
        "pelatihan": "Apakah Petugas Dilatih?",
        "jumlah_head": "Jumlah Petugas",
        "sup": "Supervisor/Penyelia",
        "enum": "Pengumpul Data/Enumerator",
        "b6": "BLOK VI : DESAIN SAMPEL",
        "rancangan": "Jenis Rancangan Sampel",
        "kerangka": "Kerangka Sampel",
        "fraksi": "Fraksi Sampel Keseluruhan",
        "unit_head": "Unit Sampel dan Jumlah Sampel",
        "unit": "Unit Sampel",
        "jml": "Jumlah Sampel",
        "se": "Perkiraan Sampling Error",
        "resp": "Unit Observasi/Responden",
        "b7": "BLOK VII : PENGOLAHAN, ANALISIS DAN DISEMINASI",
        "olah_head": "Tahapan Pengolahan Data",
        "edit": "Penyuntingan",
        "coding": "Penyandian",
        "valid": "Validasi",
        "tingkat": "Tingkat Penyajian Hasil Estimasi",
        "analisis": "Metode Analisis",
        "produk": "Produk Kegiatan yang Tersedia untuk Umum",
        "jadwal": "Jadwal Kegiatan",
        "rilis": "Rencana Rilis Produk Kegiatan",
    },
}

# Seventh wave: wordings written after all fixes, measured once before any change.
FS3_WORDS["kab2"] = {
    **FS3_WORDS["prov"],
    "judul": "Nama Survei",
    "tahun": "Tahun Anggaran",
    "b1": "BLOK I. PENYELENGGARA SURVEI",
    "instansi": "Instansi Pelaksana Survei",
    "alamat_head": "Alamat Kantor Instansi",
    "alamat": "Alamat Kantor",
    "kab": "Kabupaten / Kota",
    "telp": "Nomor Telepon Kantor",
    "faks": "Nomor Faks",
    "email": "Alamat Surel Kantor",
    "pj": "Penanggung Jawab Survei",
    "mgr": "Koordinator Lapangan/Manajer Survei",
    "nama": "Nama dan Gelar",
    "pelaksanaan": "Sifat Pelaksanaan",
    "frekuensi": "Periode (bila berulang)",
    "tipe": "Tipe Survei",
    "variabel": "Variabel Pokok",
    "cara": "Sensus atau Sampel",
    "metode": "Teknik Pengumpulan Data",
    "sampel": "Jenis Sampling",
    "pemilihan": "Metode Penarikan Sampel",
    "uji": "Uji Coba Kuesioner",
    "pendidikan": "Pendidikan Minimal Petugas",
    "pelatihan": "Pelatihan Petugas",
    "sup": "Jumlah Pengawas",
    "enum": "Jumlah Pencacah",
    "rancangan": "Rancangan Penarikan Sampel",
    "fraksi": "Fraksi Sampling",
    "unit_head": "Unit dan Jumlah Sampel",
    "resp": "Responden",
    "olah_head": "Tahapan Pengolahan",
    "edit": "Editing",
    "coding": "Coding",
    "tingkat": "Tingkat Penyajian Estimasi",
    "produk": "Produk Survei",
    "jadwal": "Jadwal Pelaksanaan",
    "rilis": "Tanggal Rilis Hasil",
}

# Eighth wave: a landscape table with lettered blocks and questions as labels (the
# renderer prints them in capitals), and a Word form whose two sampling items are both
# worded "penarikan sampel" (only the chosen option tells them apart).
FS3_WORDS["lands"] = {
    "judul": "Nama Kegiatan Survei",
    "tahun": "Tahun Penyelenggaraan",
    "b1": "A. PENYELENGGARA",
    "instansi": "Instansi/Perangkat Daerah",
    "alamat_head": "Alamat",
    "alamat": "Alamat Kantor",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "Telepon",
    "faks": "Faksimili",
    "email": "Surel",
    "b2": "B. PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab",
    "mgr": "Manajer/Koordinator Teknis",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "b3": "C. JENIS KEGIATAN",
    "pelaksanaan": "Pelaksanaan Survei",
    "frekuensi": "Frekuensi (bila berulang)",
    "tipe": "Tipe Pengumpulan Data",
    "b4": "D. TUJUAN DAN VARIABEL",
    "tujuan": "Tujuan Survei",
    "variabel": "Daftar Variabel yang Dikumpulkan",
    "b5": "E. DESAIN SURVEI",
    "cara": "Cara Pengumpulan Data",
    "cakupan": "Cakupan Wilayah",
    "wilayah": "Wilayah (jika sebagian)",
    "metode": "Metode Pengumpulan Data",
    "sampel": "Pendekatan Pemilihan Sampel",
    "pemilihan": "Teknik Pemilihan Sampel",
    "uji": "Apakah kuesioner diujicobakan?",
    "petugas": "Siapa petugas pengumpul data?",
    "pendidikan": "Pendidikan minimal petugas",
    "pelatihan": "Apakah petugas diberi pelatihan?",
    "jumlah_head": "Banyaknya Petugas",
    "sup": "Pengawas/Supervisor",
    "enum": "Pencacah",
    "b6": "F. DESAIN SAMPEL",
    "rancangan": "Rancangan Sampel",
    "kerangka": "Kerangka Sampel",
    "fraksi": "Fraksi Sampel",
    "unit_head": "Unit dan Ukuran Sampel",
    "unit": "Unit Sampel",
    "jml": "Ukuran Sampel",
    "se": "Perkiraan Sampling Error",
    "resp": "Unit Observasi",
    "b7": "G. PENGOLAHAN, ANALISIS DAN DISEMINASI",
    "olah_head": "Tahapan Pengolahan",
    "edit": "Apakah dilakukan penyuntingan?",
    "coding": "Apakah dilakukan penyandian?",
    "valid": "Apakah dilakukan validasi?",
    "tingkat": "Tingkat Penyajian",
    "analisis": "Metode Analisis",
    "produk": "Produk yang Dihasilkan",
    "jadwal": "Jadwal Kegiatan",
    "rilis": "Rencana Rilis",
}
FS3_WORDS["amb"] = {
    **FS3_WORDS["word"],
    "judul": "Judul Survei/Kegiatan",
    "instansi": "Nama Perangkat Daerah",
    "email": "Pos-el",
    "mgr": "Manajer Lapangan",
    "pelaksanaan": "Sifat Kegiatan",
    "frekuensi": "Periode Pelaksanaan",
    "tujuan": "Maksud dan Tujuan Survei",
    "sampel": "Metode Penarikan Sampel",
    "pemilihan": "Cara Penarikan Sampel",
    "uji": "Uji Coba Instrumen",
    "pendidikan": "Pendidikan Paling Rendah Petugas",
    "sup": "Banyaknya Supervisor",
    "enum": "Banyaknya Enumerator",
    "tingkat": "Penyajian Hasil sampai Tingkat",
    "produk": "Bentuk Produk",
    "rilis": "Perkiraan Tanggal Rilis",
}

STAGES_FS3 = (
    ("perencanaan", "Perencanaan"),
    ("lapangan", "Pengumpulan data"),
    ("pengolahan", "Pengolahan data"),
    ("analisis", "Analisis"),
    ("diseminasi", "Diseminasi hasil"),
)
STAGES_FPKPA = (
    ("perencanaan", "Perencanaan"),
    ("pengumpulan", "Pengumpulan data"),
    ("pengolahan", "Pengolahan data"),
    ("analisis", "Analisis"),
    ("diseminasi", "Diseminasi"),
)


def fs3_script(
    c: Shown, style: str, num: Numbering, *, titles: tuple[str, ...], signer: list[str]
) -> list[Item]:
    """The FS3 of activity ``c`` in office style ``style`` (labels) and numbering ``num``."""
    w = FS3_WORDS[style]
    s: list[Item] = [("title", t) for t in titles]
    s += [("text", "", w["judul"], _val(c, "judul")), ("text", "", w["tahun"], _val(c, "tahun"))]
    s += [
        ("block", w["b1"]),
        ("text", num(1, 1, 0), w["instansi"], _val(c, "penyelenggara.instansi")),
    ]
    s += [("head", num(1, 2, 0), w["alamat_head"])]
    for k, (label, key) in enumerate(
        [
            ("alamat", "alamat"),
            ("kab", "kabupaten_kota"),
            ("prov", "provinsi"),
            ("telp", "telepon"),
            ("faks", "faks"),
            ("email", "email"),
        ],
        start=1,
    ):
        s.append(("text", num(1, 2, k), w[label], _val(c, f"penyelenggara.{key}")))
    s += [("block", w["b2"])]
    for item, (head, prefix, keys) in enumerate(
        [
            ("pj", "penanggung_jawab", ("nama", "jabatan", "telp", "faks", "email")),
            ("mgr", "manajer", ("nama", "jabatan", "alamat", "telp", "email")),
        ],
        start=1,
    ):
        s.append(("head", num(2, item, 0), w[head]))
        for k, label in enumerate(keys, start=1):
            key = {"telp": "telepon", "faks": "faks"}.get(label, label)
            s.append(("text", num(2, item, k), w[label], _val(c, f"{prefix}.{key}")))
    s += [
        ("block", w["b3"]),
        ("opts", num(3, 1, 0), w["pelaksanaan"], _opts(c, "pelaksanaan")),
        ("opts", num(3, 2, 0), w["frekuensi"], _opts(c, "frekuensi")),
        ("opts", num(3, 3, 0), w["tipe"], _opts(c, "tipe_pengumpulan")),
        ("block", w["b4"]),
        ("text", num(4, 1, 0), w["tujuan"], _val(c, "tujuan")),
        (
            "table",
            num(4, 2, 0),
            w["variabel"],
            ("No", "Nama Variabel", "Referensi Waktu"),
            [(v["nama"], v["referensi_waktu"]) for v in c["variabel"][1]],
        ),
        ("block", w["b5"]),
        ("opts", num(5, 1, 0), w["cara"], _opts(c, "cara_pengumpulan")),
        ("opts", num(5, 2, 0), w["cakupan"], _opts(c, "cakupan_wilayah")),
        ("text", num(5, 3, 0), w["wilayah"], _val(c, "wilayah")),
        ("opts", num(5, 4, 0), w["metode"], _opts(c, "metode_pengumpulan")),
        ("opts", num(5, 5, 0), w["sampel"], _opts(c, "metode_sampel")),
        ("opts", num(5, 6, 0), w["pemilihan"], _opts(c, "metode_pemilihan")),
        ("opts", num(5, 7, 0), w["uji"], _opts(c, "uji_coba", "bool")),
        ("opts", num(5, 8, 0), w["petugas"], _opts(c, "petugas")),
        ("opts", num(5, 9, 0), w["pendidikan"], _opts(c, "pendidikan_petugas")),
        ("opts", num(5, 10, 0), w["pelatihan"], _opts(c, "pelatihan", "bool")),
        ("head", num(5, 11, 0), w["jumlah_head"]),
        ("text", num(5, 11, 1), w["sup"], _val(c, "jumlah_supervisor")),
        ("text", num(5, 11, 2), w["enum"], _val(c, "jumlah_enumerator")),
        ("block", w["b6"]),
    ]
    if "rancangan_sampel" in c:
        s += [
            ("opts", num(6, 1, 0), w["rancangan"], _opts(c, "rancangan_sampel")),
            ("text", num(6, 2, 0), w["kerangka"], _val(c, "kerangka_sampel")),
            ("text", num(6, 4, 0), w["fraksi"], _val(c, "fraksi_sampel")),
            ("head", num(6, 5, 0), w["unit_head"]),
            ("text", num(6, 5, 1), w["unit"], _val(c, "unit_sampel")),
            ("text", num(6, 5, 2), w["jml"], _val(c, "jumlah_sampel")),
            ("text", num(6, 6, 0), w["se"], _val(c, "sampling_error")),
            ("text", num(6, 7, 0), w["resp"], _val(c, "responden")),
        ]
    else:
        s.append(("note", "Blok VI tidak diisi (bukan sampel probabilitas)."))
    s += [
        ("block", w["b7"]),
        ("head", num(7, 1, 0), w["olah_head"]),
        ("opts", num(7, 1, 1), w["edit"], _opts(c, "pengolahan.penyuntingan", "bool")),
        ("opts", num(7, 1, 2), w["coding"], _opts(c, "pengolahan.penyandian", "bool")),
        ("opts", num(7, 1, 3), w["valid"], _opts(c, "pengolahan.validasi", "bool")),
        ("opts", num(7, 2, 0), w["tingkat"], _opts(c, "tingkat_estimasi", "tingkat")),
        ("opts", num(7, 3, 0), w["analisis"], _opts(c, "metode_analisis")),
        ("opts", num(7, 4, 0), w["produk"], [(t, bool(c[k][1])) for t, k in PRODUK_FS3]),
        (
            "jadwal",
            num(7, 5, 0),
            w["jadwal"],
            ("Tahapan", "Mulai", "Selesai"),
            [(label, *c[f"jadwal.{stage}"][0]) for stage, label in STAGES_FS3],  # type: ignore[misc]
        ),
        ("text", num(7, 6, 0), w["rilis"], _val(c, "tanggal_rilis")),
        ("sign", signer),
    ]
    return s


FPKPA_WORDS: dict[str, dict[str, str]] = {
    "colon": {
        "judul": "Nama Kegiatan",
        "tahun": "Tahun Kegiatan",
        "b1": "BLOK I. INSTANSI PENYELENGGARA",
        "instansi": "Nama Instansi",
        "alamat_head": "Alamat Instansi",
        "alamat": "Jalan",
        "kab": "Kabupaten/Kota",
        "prov": "Provinsi",
        "telp": "Telepon",
        "faks": "Faksimile",
        "email": "Surel",
        "b2": "BLOK II. PENANGGUNG JAWAB",
        "pj": "Penanggung Jawab Kegiatan",
        "tek": "Penanggung Jawab Teknis",
        "nama": "Nama",
        "jabatan": "Jabatan",
        "alamat_p": "Alamat",
        "b3": "BLOK III. TUJUAN DAN JADWAL",
        "tujuan": "Tujuan dan kegunaan",
        "jadwal": "Jadwal kegiatan",
        "b4": "BLOK IV. VARIABEL",
        "variabel": "Daftar variabel",
        "b5": "BLOK V. DESAIN KEGIATAN",
        "pelaksanaan": "Pelaksanaan kegiatan",
        "frekuensi": "Frekuensi",
        "jenis": "Jenis data administrasi",
        "metode": "Metode pengumpulan data",
        "cakupan": "Cakupan wilayah",
        "wilayah": "Wilayah kegiatan",
        "b6": "BLOK VI. PETUGAS",
        "petugas": "Petugas pengumpul data",
        "pendidikan": "Pendidikan terendah petugas",
        "sup": "Jumlah supervisor",
        "enum": "Jumlah petugas pengumpul data",
        "pelatihan": "Pelatihan petugas",
        "b7": "BLOK VII. PENGOLAHAN DAN ANALISIS",
        "olah_head": "Tahapan pengolahan data",
        "edit": "Penyuntingan",
        "entri": "Entri data",
        "coding": "Penyandian",
        "valid": "Validasi",
        "analisis": "Metode analisis",
        "unit": "Unit analisis",
        "tingkat": "Tingkat penyajian",
        "produk": "Produk yang dihasilkan",
        "rilis": "Tanggal rilis",
    },
    "table": {
        "judul": "Judul Kompilasi",
        "tahun": "Tahun",
        "b1": "I. KETERANGAN INSTANSI",
        "instansi": "Instansi Penyelenggara",
        "alamat_head": "Alamat Lengkap Instansi Penyelenggara",
        "alamat": "Alamat",
        "kab": "Kab/Kota",
        "prov": "Provinsi",
        "telp": "No. Telepon",
        "faks": "Fax",
        "email": "E-mail",
        "b2": "II. PENANGGUNG JAWAB",
        "pj": "Penanggung Jawab",
        "tek": "PJ Teknis",
        "nama": "Nama Lengkap",
        "jabatan": "Jabatan",
        "alamat_p": "Alamat Kantor",
        "b3": "III. TUJUAN DAN RENCANA JADWAL",
        "tujuan": "Maksud dan Tujuan",
        "jadwal": "Rencana Jadwal",
        "b4": "IV. VARIABEL",
        "variabel": "Variabel",
        "b5": "V. DESAIN",
        "pelaksanaan": "Pelaksanaan",
        "frekuensi": "Periode Pelaksanaan",
        "jenis": "Jenis Data",
        "metode": "Cara Pengumpulan Data",
        "cakupan": "Wilayah Cakupan",
        "wilayah": "Lokasi Kegiatan",
        "b6": "VI. PETUGAS",
        "petugas": "Petugas Lapangan",
        "pendidikan": "Pendidikan Petugas",
        "sup": "Pengawas",
        "enum": "Pencacah",
        "pelatihan": "Pelatihan",
        "b7": "VII. PENGOLAHAN DAN PENYAJIAN",
        "olah_head": "Pengolahan Data",
        "edit": "Editing",
        "entri": "Entri",
        "coding": "Coding",
        "valid": "Validasi",
        "analisis": "Teknik Analisis",
        "unit": "Unit Analisis Data",
        "tingkat": "Level Penyajian",
        "produk": "Produk",
        "rilis": "Rencana Rilis",
    },
    "word": {
        "judul": "Judul Kegiatan",
        "tahun": "Tahun Pelaksanaan",
        "b1": "BLOK I – PENYELENGGARA",
        "instansi": "Instansi Pemerintah Penyelenggara",
        "alamat_head": "Alamat Lengkap Instansi Penyelenggara",
        "alamat": "Alamat",
        "kab": "Kabupaten/Kota",
        "prov": "Provinsi",
        "telp": "Telepon",
        "faks": "Faksimile",
        "email": "Email",
        "b2": "BLOK II – PENANGGUNG JAWAB",
        "pj": "Penanggung Jawab Kegiatan",
        "tek": "Penanggung Jawab Teknis",
        "nama": "Nama",
        "jabatan": "Jabatan",
        "alamat_p": "Alamat",
        "b3": "BLOK III – TUJUAN DAN JADWAL KEGIATAN",
        "tujuan": "Tujuan dan Kegunaan Kegiatan",
        "jadwal": "Jadwal Kegiatan",
        "b4": "BLOK IV – VARIABEL",
        "variabel": "Variabel yang Dikumpulkan",
        "b5": "BLOK V – DESAIN KEGIATAN",
        "pelaksanaan": "Pelaksanaan Kegiatan",
        "frekuensi": "Frekuensi Penyelenggaraan",
        "jenis": "Jenis Data Administrasi",
        "metode": "Metode Pengumpulan Data",
        "cakupan": "Cakupan Wilayah Kegiatan",
        "wilayah": "Wilayah Kegiatan",
        "b6": "BLOK VI – PETUGAS",
        "petugas": "Petugas Pengumpul Data",
        "pendidikan": "Persyaratan Pendidikan Terendah Petugas",
        "sup": "Supervisor/penyelia",
        "enum": "Pengumpul data/enumerator",
        "pelatihan": "Apakah Petugas Dilatih?",
        "b7": "BLOK VII – PENGOLAHAN, ANALISIS DAN DISEMINASI",
        "olah_head": "Tahapan Pengolahan Data",
        "edit": "Penyuntingan",
        "entri": "Entri data",
        "coding": "Penyandian",
        "valid": "Validasi",
        "analisis": "Metode Analisis",
        "unit": "Unit Analisis",
        "tingkat": "Tingkat Penyajian Hasil",
        "produk": "Produk Kegiatan yang Tersedia untuk Umum",
        "rilis": "Rencana Rilis Produk Kegiatan",
    },
}
FPKPA_WORDS["alt"] = {
    **FPKPA_WORDS["word"],
    "judul": "Nama Kompilasi Data",
    "tahun": "Tahun",
    "instansi": "Unit Kerja Penyelenggara",
    "alamat_head": "Alamat",
    "alamat": "Alamat Kantor",
    "email": "Surat Elektronik",
    "pj": "Penanggung Jawab Umum",
    "tujuan": "Tujuan Kompilasi",
    "jadwal": "Jadwal Pelaksanaan",
    "variabel": "Variabel yang Dikompilasi",
    "frekuensi": "Periode Kompilasi",
    "wilayah": "Wilayah Kompilasi",
    "pendidikan": "Pendidikan Terendah Petugas",
    "sup": "Jumlah Supervisor",
    "enum": "Jumlah Petugas Pengumpul Data",
    "olah_head": "Pengolahan Data",
    "tingkat": "Tingkat Penyajian Data",
    "produk": "Produk yang Dihasilkan",
    "rilis": "Jadwal Rilis",
}
# Ninth wave: both persons side by side, the schedule and items as questions.
FPKPA_WORDS["q"] = {
    **FPKPA_WORDS["colon"],
    "judul": "Nama Kegiatan Kompilasi",
    "tahun": "Tahun",
    "instansi": "Instansi Pengelola Data",
    "pj": "Penanggung Jawab",
    "tek": "PJ Teknis",
    "tujuan": "Untuk apa data dikompilasi?",
    "pelaksanaan": "Apakah kegiatan ini berulang?",
    "frekuensi": "Jika ya, seberapa sering?",
    "jenis": "Data administrasi yang digunakan",
    "metode": "Bagaimana data diperoleh?",
    "cakupan": "Wilayah yang dicakup",
    "wilayah": "Sebutkan wilayahnya",
    "petugas": "Siapa yang mengumpulkan data?",
    "pelatihan": "Apakah petugas dilatih?",
    "analisis": "Jenis analisis",
    "produk": "Bentuk produk",
    "rilis": "Kapan hasil dirilis?",
}
PRODUK_FPKPA = [("Publikasi cetak", "produk.cetak"), ("Publikasi elektronik", "produk.elektronik")]


def fpkpa_script(
    c: Shown, style: str, num: Numbering, *, titles: tuple[str, ...], signer: list[str]
) -> list[Item]:
    """The FP-KPA of activity ``c`` in office style ``style``."""
    w = FPKPA_WORDS[style]
    s: list[Item] = [("title", t) for t in titles]
    s += [("text", "", w["judul"], _val(c, "judul")), ("text", "", w["tahun"], _val(c, "tahun"))]
    s += [
        ("block", w["b1"]),
        ("text", num(1, 1, 0), w["instansi"], _val(c, "penyelenggara.instansi")),
    ]
    s += [("head", num(1, 2, 0), w["alamat_head"])]
    for k, (label, key) in enumerate(
        [
            ("alamat", "alamat"),
            ("kab", "kabupaten_kota"),
            ("prov", "provinsi"),
            ("telp", "telepon"),
            ("faks", "faks"),
            ("email", "email"),
        ],
        start=1,
    ):
        s.append(("text", num(1, 2, k), w[label], _val(c, f"penyelenggara.{key}")))
    s += [("block", w["b2"])]
    for item, (head, prefix) in enumerate([("pj", "penanggung_jawab"), ("tek", "pj_teknis")], 1):
        s.append(("head", num(2, item, 0), w[head]))
        for k, (label, key) in enumerate(
            [
                ("nama", "nama"),
                ("jabatan", "jabatan"),
                ("alamat_p", "alamat"),
                ("telp", "telepon"),
                ("faks", "faks"),
                ("email", "email"),
            ],
            start=1,
        ):
            s.append(("text", num(2, item, k), w[label], _val(c, f"{prefix}.{key}")))
    s += [
        ("block", w["b3"]),
        ("text", num(3, 1, 0), w["tujuan"], _val(c, "tujuan")),
        (
            "jadwal",
            num(3, 2, 0),
            w["jadwal"],
            ("Tahapan", "Mulai", "Selesai"),
            [(label, *c[f"jadwal.{stage}"][0]) for stage, label in STAGES_FPKPA],  # type: ignore[misc]
        ),
        ("block", w["b4"]),
        (
            "table",
            num(4, 1, 0),
            w["variabel"],
            ("No", "Nama Variabel", "Referensi Waktu", "Sumber Data"),
            [(v["nama"], v["referensi_waktu"], v["sumber"]) for v in c["variabel"][1]],
        ),
        ("block", w["b5"]),
        ("opts", num(5, 1, 0), w["pelaksanaan"], _opts(c, "pelaksanaan")),
        ("opts", num(5, 2, 0), w["frekuensi"], _opts(c, "frekuensi")),
        ("text", num(5, 3, 0), w["jenis"], _val(c, "jenis_data")),
        ("text", num(5, 4, 0), w["metode"], _val(c, "metode_pengumpulan")),
        ("opts", num(5, 5, 0), w["cakupan"], _opts(c, "cakupan_wilayah")),
        ("text", num(5, 6, 0), w["wilayah"], _val(c, "wilayah")),
        ("block", w["b6"]),
        ("opts", num(6, 1, 0), w["petugas"], _opts(c, "petugas")),
        ("opts", num(6, 2, 0), w["pendidikan"], _opts(c, "pendidikan_petugas")),
        ("text", num(6, 3, 0), w["sup"], _val(c, "jumlah_supervisor")),
        ("text", num(6, 4, 0), w["enum"], _val(c, "jumlah_enumerator")),
        ("opts", num(6, 5, 0), w["pelatihan"], _opts(c, "pelatihan", "bool")),
        ("block", w["b7"]),
        ("head", num(7, 1, 0), w["olah_head"]),
        ("opts", num(7, 1, 1), w["edit"], _opts(c, "pengolahan.penyuntingan", "bool")),
        ("opts", num(7, 1, 2), w["entri"], _opts(c, "pengolahan.entri_data", "bool")),
        ("opts", num(7, 1, 3), w["coding"], _opts(c, "pengolahan.penyandian", "bool")),
        ("opts", num(7, 1, 4), w["valid"], _opts(c, "pengolahan.validasi", "bool")),
        ("opts", num(7, 2, 0), w["analisis"], _opts(c, "metode_analisis")),
        ("opts", num(7, 3, 0), w["unit"], _opts(c, "unit_analisis")),
        ("opts", num(7, 4, 0), w["tingkat"], _opts(c, "tingkat_penyajian", "tingkat")),
        ("opts", num(7, 5, 0), w["produk"], [(t, bool(c[k][1])) for t, k in PRODUK_FPKPA]),
        ("text", num(7, 6, 0), w["rilis"], _val(c, "tanggal_rilis")),
        ("sign", signer),
    ]
    return s
