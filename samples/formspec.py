"""The printed structure of FS3 and FP-KPA: blocks, R. numbers, labels, option codes.

Every layout walks the same structure, so every layout prints every FORMS.md
key. Labels come in variants (index 0 is the official wording); layouts that
imitate a re-typed Word form pick other variants.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from samples.fmt import PrintStyle, fmt_scalar
from samples.keys import CODES


@dataclass(frozen=True)
class Option:
    """One printed choice: its code on paper, the value it stands for, its label."""

    code: str
    value: str
    label: str


@dataclass(frozen=True)
class Item:
    """One printed line of a form (or a heading that groups sub-items under one R. number).

    kind: heading | text | longtext | year | int | count | phone | email | region |
    regions | enum | set | yesno | checks | variabel | jadwal
    """

    ref: str
    key: str
    kind: str
    labels: tuple[str, ...]
    options: tuple[Option, ...] = ()
    #: Sub-item letter under a heading ("a", "b", ...).
    sub: str = ""
    unit: str = ""

    @property
    def label(self) -> str:
        return self.labels[0]

    def field_keys(self) -> tuple[str, ...]:
        """FORMS.md keys this item prints."""
        if self.kind == "heading":
            return ()
        if self.kind == "checks":
            return tuple(opt.value for opt in self.options)
        if self.kind == "jadwal":
            return tuple(
                f"jadwal.{opt.value}.{end}" for opt in self.options for end in ("mulai", "selesai")
            )
        return (self.key,)


@dataclass(frozen=True)
class Block:
    roman: str
    titles: tuple[str, ...]
    items: tuple[Item, ...]
    note: str = ""

    @property
    def title(self) -> str:
        return self.titles[0]


@dataclass(frozen=True)
class FormSpec:
    form_type: str
    #: Title lines printed at the top of the form.
    heading: tuple[str, ...]
    short: str
    cover: tuple[Item, ...]
    blocks: tuple[Block, ...]
    extra: dict[str, str] = field(default_factory=dict)

    def items(self) -> list[Item]:
        out = list(self.cover)
        for block in self.blocks:
            out.extend(block.items)
        return out

    def field_keys(self) -> list[str]:
        return [key for item in self.items() for key in item.field_keys()]


def _opts(key: str, labels: tuple[str, ...]) -> tuple[Option, ...]:
    codes = CODES[key]
    assert len(codes) == len(labels), key
    return tuple(
        Option(str(i), code, label)
        for i, (code, label) in enumerate(zip(codes, labels, strict=True), 1)
    )


_YA_TIDAK = (Option("1", "true", "Ya"), Option("2", "false", "Tidak"))

PELAKSANAAN = _opts("pelaksanaan", ("Sekali", "Berulang"))
FREKUENSI = _opts(
    "frekuensi",
    (
        "Harian",
        "Mingguan",
        "Bulanan",
        "Triwulanan",
        "Caturwulanan",
        "Semesteran",
        "Tahunan",
        "Lebih dari setahun",
    ),
)
TIPE = _opts("tipe_pengumpulan", ("Longitudinal", "Cross sectional", "Gabungan"))
CARA = _opts("cara_pengumpulan", ("Sampel", "Sensus"))
CAKUPAN = _opts("cakupan_wilayah", ("Seluruh wilayah Indonesia", "Sebagian wilayah Indonesia"))
METODE_KUMPUL = _opts(
    "metode_pengumpulan",
    (
        "Wawancara",
        "Mengisi kuesioner sendiri (swacacah)",
        "Wawancara melalui telepon",
        "Observasi",
        "Pengumpulan data sekunder",
        "Lainnya",
    ),
)
METODE_SAMPEL = _opts("metode_sampel", ("Sampel probabilitas", "Sampel nonprobabilitas"))
PEMILIHAN = _opts(
    "metode_pemilihan",
    (
        "Acak sederhana (simple random sampling)",
        "Acak sistematik (systematic sampling)",
        "Stratifikasi (stratified sampling)",
        "Klaster (cluster sampling)",
        "PPS (probability proportional to size)",
        "Kuota",
        "Aksidental",
        "Purposive",
        "Bola salju (snowball)",
        "Sampel jenuh (saturasi)",
    ),
)
PETUGAS = _opts(
    "petugas",
    ("Staf instansi penyelenggara", "Mitra/tenaga kontrak", "Staf instansi dan mitra"),
)
PENDIDIKAN = _opts(
    "pendidikan_petugas",
    ("SMP/sederajat", "SMA/SMK/sederajat", "Diploma I/II/III", "Diploma IV/S1 ke atas"),
)
RANCANGAN = _opts("rancangan_sampel", ("Satu tahap (single stage)", "Bertahap (multi stage)"))
TINGKAT = _opts(
    "tingkat_estimasi", ("Nasional", "Provinsi", "Kabupaten/Kota", "Kecamatan", "Lainnya")
)
ANALISIS = _opts("metode_analisis", ("Deskriptif", "Inferensia", "Deskriptif dan inferensia"))
UNIT_ANALISIS = _opts("unit_analisis", ("Individu", "Rumah tangga", "Usaha/perusahaan", "Lainnya"))

FS3_PRODUK = (
    Option("1", "produk.cetak", "Publikasi tercetak (hardcopy)"),
    Option("2", "produk.elektronik", "Publikasi elektronik (softcopy)"),
    Option("3", "produk.makro", "Data makro"),
    Option("4", "produk.mikro", "Data mikro"),
)
FS3_JADWAL = (
    Option("a", "perencanaan", "Perencanaan"),
    Option("b", "lapangan", "Pengumpulan data lapangan"),
    Option("c", "pengolahan", "Pengolahan data"),
    Option("d", "analisis", "Analisis"),
    Option("e", "diseminasi", "Diseminasi hasil"),
)


def _identity(ref: str) -> tuple[Item, ...]:
    return (
        Item(
            f"{ref}.1",
            "penyelenggara.instansi",
            "text",
            ("Instansi Penyelenggara", "Instansi Pemerintah Penyelenggara", "Nama Instansi"),
        ),
        Item(
            f"{ref}.2",
            "",
            "heading",
            ("Alamat Lengkap Instansi Penyelenggara", "Alamat Instansi", "Alamat Lengkap"),
        ),
        Item(
            f"{ref}.2",
            "penyelenggara.alamat",
            "text",
            ("Alamat", "Alamat Kantor", "Jalan"),
            sub="a",
        ),
        Item(
            f"{ref}.2",
            "penyelenggara.kabupaten_kota",
            "region",
            ("Kabupaten/Kota", "Kab/Kota", "Kabupaten/Kota Instansi"),
            sub="b",
        ),
        Item(f"{ref}.2", "penyelenggara.provinsi", "region", ("Provinsi", "Propinsi"), sub="c"),
        Item(
            f"{ref}.2",
            "penyelenggara.telepon",
            "phone",
            ("Telepon", "No. Telepon", "Telp. Kantor"),
            sub="d",
        ),
        Item(f"{ref}.2", "penyelenggara.faks", "phone", ("Faksimile", "Fax", "No. Faks"), sub="e"),
        Item(f"{ref}.2", "penyelenggara.email", "email", ("Email", "E-mail", "Surel"), sub="f"),
    )


def _person(
    ref: str, prefix: str, titles: tuple[str, ...], *, alamat: bool, faks: bool
) -> tuple[Item, ...]:
    items = [
        Item(ref, "", "heading", titles),
        Item(ref, f"{prefix}.nama", "text", ("Nama", "Nama Lengkap"), sub="a"),
        Item(ref, f"{prefix}.jabatan", "text", ("Jabatan", "Jabatan/Unit Kerja"), sub="b"),
    ]
    if alamat:
        items.append(Item(ref, f"{prefix}.alamat", "text", ("Alamat", "Alamat Kantor"), sub="c"))
    items.append(
        Item(ref, f"{prefix}.telepon", "phone", ("Telepon/HP", "No. HP/WA", "Telepon"), sub="")
    )
    if faks:
        items.append(Item(ref, f"{prefix}.faks", "phone", ("Faksimile", "Fax"), sub=""))
    items.append(Item(ref, f"{prefix}.email", "email", ("Email", "E-mail"), sub=""))
    letters = "abcdefg"
    out = [items[0]]
    for i, item in enumerate(items[1:]):
        out.append(Item(item.ref, item.key, item.kind, item.labels, sub=letters[i]))
    return tuple(out)


def _pengolahan(ref: str, subs: tuple[tuple[str, str], ...]) -> tuple[Item, ...]:
    out = [Item(ref, "", "heading", ("Tahapan Pengolahan Data", "Pengolahan Data"))]
    for letter, (key, label) in zip("abcd", subs, strict=False):
        out.append(Item(ref, f"pengolahan.{key}", "yesno", (label,), _YA_TIDAK, sub=letter))
    return tuple(out)


def _jumlah(ref: str) -> tuple[Item, ...]:
    return (
        Item(ref, "", "heading", ("Jumlah Petugas", "Jumlah Petugas Lapangan")),
        Item(
            ref,
            "jumlah_supervisor",
            "count",
            ("Supervisor/penyelia", "Jumlah Supervisor", "Pengawas"),
            sub="a",
            unit="orang",
        ),
        Item(
            ref,
            "jumlah_enumerator",
            "count",
            ("Pengumpul data/enumerator", "Jumlah Enumerator", "Pencacah"),
            sub="b",
            unit="orang",
        ),
    )


_PELAKSANAAN_LABELS = ("Pelaksanaan Kegiatan", "Kegiatan Ini Dilakukan", "Pelaksanaan")
_FREKUENSI_LABELS = (
    "Frekuensi Penyelenggaraan (jika berulang)",
    "Frekuensi",
    "Periode Pelaksanaan",
)
_CAKUPAN_LABELS = ("Cakupan Wilayah Kegiatan", "Cakupan Wilayah", "Wilayah Cakupan")
_WILAYAH_LABELS = (
    "Wilayah Kegiatan (jika sebagian wilayah)",
    "Lokasi Kegiatan",
    "Wilayah Pengumpulan Data",
)
_ANALISIS_LABELS = ("Metode Analisis", "Metode Analisis Data", "Analisis Data")
_RILIS_LABELS = ("Rencana Rilis Produk Kegiatan", "Tanggal Rilis", "Rencana Tanggal Rilis")
_PETUGAS_LABELS = ("Petugas Pengumpul Data", "Pengumpul Data", "Petugas Lapangan")
_PENDIDIKAN_LABELS = (
    "Persyaratan Pendidikan Terendah Petugas",
    "Pendidikan Minimal Petugas",
    "Pendidikan Petugas",
)
_PELATIHAN_LABELS = ("Apakah Petugas Dilatih?", "Pelatihan Petugas", "Pelatihan")
_VARIABEL_LABELS = ("Variabel yang Dikumpulkan", "Daftar Variabel", "Variabel")

FS3 = FormSpec(
    form_type="fs3",
    heading=("FORMULIR PEMBERITAHUAN", "SURVEI STATISTIK SEKTORAL"),
    short="FS3",
    cover=(
        Item("", "judul", "longtext", ("Judul Survei", "Nama Kegiatan", "Judul Kegiatan")),
        Item("", "tahun", "year", ("Tahun", "Tahun Pelaksanaan", "Tahun Kegiatan")),
    ),
    blocks=(
        Block("I", ("PENYELENGGARA", "KETERANGAN PENYELENGGARA"), _identity("1")),
        Block(
            "II",
            ("PENANGGUNG JAWAB", "PENANGGUNG JAWAB KEGIATAN"),
            _person(
                "2.1",
                "penanggung_jawab",
                ("Penanggung Jawab Kegiatan", "Penanggung Jawab"),
                alamat=False,
                faks=True,
            )
            + _person(
                "2.2",
                "manajer",
                ("Manajer Survei", "Penanggung Jawab Teknis/Manajer", "Pelaksana Teknis"),
                alamat=True,
                faks=False,
            ),
        ),
        Block(
            "III",
            ("JENIS KEGIATAN", "PERENCANAAN DAN PERSIAPAN"),
            (
                Item("3.1", "pelaksanaan", "enum", _PELAKSANAAN_LABELS, PELAKSANAAN),
                Item("3.2", "frekuensi", "enum", _FREKUENSI_LABELS, FREKUENSI),
                Item(
                    "3.3",
                    "tipe_pengumpulan",
                    "enum",
                    ("Tipe Pengumpulan Data", "Tipe Pengumpulan"),
                    TIPE,
                ),
            ),
        ),
        Block(
            "IV",
            ("TUJUAN DAN VARIABEL", "TUJUAN KEGIATAN DAN VARIABEL"),
            (
                Item("4.1", "tujuan", "longtext", ("Tujuan Kegiatan", "Tujuan Survei", "Tujuan")),
                Item("4.2", "variabel", "variabel", _VARIABEL_LABELS),
            ),
        ),
        Block(
            "V",
            ("DESAIN KEGIATAN", "METODOLOGI"),
            (
                Item(
                    "5.1",
                    "cara_pengumpulan",
                    "enum",
                    ("Cara Pengumpulan Data", "Jenis Pengumpulan Data"),
                    CARA,
                ),
                Item("5.2", "cakupan_wilayah", "enum", _CAKUPAN_LABELS, CAKUPAN),
                Item("5.3", "wilayah", "regions", _WILAYAH_LABELS),
                Item(
                    "5.4",
                    "metode_pengumpulan",
                    "set",
                    ("Metode Pengumpulan Data", "Cara Memperoleh Data"),
                    METODE_KUMPUL,
                ),
                Item(
                    "5.5",
                    "metode_sampel",
                    "enum",
                    ("Metode Pemilihan Sampel", "Jenis Sampel", "Metode Sampling"),
                    METODE_SAMPEL,
                ),
                Item(
                    "5.6",
                    "metode_pemilihan",
                    "enum",
                    ("Metode yang Digunakan", "Teknik Penarikan Sampel", "Teknik Sampling"),
                    PEMILIHAN,
                ),
                Item(
                    "5.7",
                    "uji_coba",
                    "yesno",
                    ("Apakah Melakukan Uji Coba (Pilot Survey)?", "Uji Coba Kuesioner", "Uji Coba"),
                    _YA_TIDAK,
                ),
                Item("5.8", "petugas", "enum", _PETUGAS_LABELS, PETUGAS),
                Item("5.9", "pendidikan_petugas", "enum", _PENDIDIKAN_LABELS, PENDIDIKAN),
                Item("5.10", "pelatihan", "yesno", _PELATIHAN_LABELS, _YA_TIDAK),
                *_jumlah("5.11"),
            ),
        ),
        Block(
            "VI",
            ("DESAIN SAMPEL", "RANCANGAN SAMPEL"),
            (
                Item(
                    "6.1",
                    "rancangan_sampel",
                    "enum",
                    ("Jenis Rancangan Sampel", "Rancangan Sampel"),
                    RANCANGAN,
                ),
                Item(
                    "6.2",
                    "kerangka_sampel",
                    "longtext",
                    ("Kerangka Sampel", "Kerangka Sampel yang Digunakan"),
                ),
                Item(
                    "6.4",
                    "fraksi_sampel",
                    "text",
                    ("Fraksi Sampel Keseluruhan", "Fraksi Sampel"),
                ),
                Item("6.5", "", "heading", ("Unit Sampel dan Jumlah Sampel", "Sampel")),
                Item("6.5", "unit_sampel", "text", ("Unit sampel", "Unit Sampel"), sub="a"),
                Item("6.5", "jumlah_sampel", "int", ("Jumlah sampel", "Jumlah Sampel"), sub="b"),
                Item(
                    "6.6",
                    "sampling_error",
                    "text",
                    (
                        "Perkiraan Sampling Error Variabel Utama",
                        "Sampling Error",
                        "Tingkat Presisi",
                    ),
                ),
                Item(
                    "6.7",
                    "responden",
                    "text",
                    ("Unit Observasi/Responden", "Responden", "Unit Observasi"),
                ),
            ),
            note="Diisi hanya jika R.5.5 berkode 1 (sampel probabilitas)",
        ),
        Block(
            "VII",
            ("PENGOLAHAN, ANALISIS DAN DISEMINASI", "PENGOLAHAN DAN ANALISIS"),
            (
                *_pengolahan(
                    "7.1",
                    (
                        ("penyuntingan", "Penyuntingan (editing)"),
                        ("penyandian", "Penyandian (coding)"),
                        ("validasi", "Validasi"),
                    ),
                ),
                Item(
                    "7.2",
                    "tingkat_estimasi",
                    "set",
                    ("Tingkat Penyajian Hasil Estimasi", "Level Estimasi", "Tingkat Estimasi"),
                    TINGKAT,
                ),
                Item("7.3", "metode_analisis", "enum", _ANALISIS_LABELS, ANALISIS),
                Item(
                    "7.4",
                    "produk",
                    "checks",
                    ("Produk Kegiatan yang Tersedia untuk Umum", "Produk yang Dihasilkan"),
                    FS3_PRODUK,
                ),
                Item("7.5", "jadwal", "jadwal", ("Jadwal Kegiatan", "Rencana Jadwal"), FS3_JADWAL),
                Item("7.6", "tanggal_rilis", "date", _RILIS_LABELS),
            ),
        ),
    ),
)

FPKPA_JADWAL = (
    Option("a", "perencanaan", "Perencanaan"),
    Option("b", "pengumpulan", "Pengumpulan data"),
    Option("c", "pengolahan", "Pengolahan data"),
    Option("d", "analisis", "Analisis"),
    Option("e", "diseminasi", "Diseminasi hasil"),
)
FPKPA_PRODUK = (
    Option("1", "produk.cetak", "Publikasi tercetak (hardcopy)"),
    Option("2", "produk.elektronik", "Publikasi elektronik (softcopy)"),
)
TINGKAT_PENYAJIAN = _opts(
    "tingkat_penyajian", ("Nasional", "Provinsi", "Kabupaten/Kota", "Kecamatan", "Lainnya")
)

FPKPA = FormSpec(
    form_type="fp-kpa",
    heading=("FORMULIR PEMBERITAHUAN", "KOMPILASI PRODUK ADMINISTRASI"),
    short="FP-KPA",
    cover=(
        Item(
            "",
            "judul",
            "longtext",
            ("Judul Kegiatan", "Nama Kompilasi", "Judul Kompilasi Produk Administrasi"),
        ),
        Item("", "tahun", "year", ("Tahun", "Tahun Pelaksanaan", "Tahun Kegiatan")),
    ),
    blocks=(
        Block("I", ("PENYELENGGARA", "KETERANGAN PENYELENGGARA"), _identity("1")),
        Block(
            "II",
            ("PENANGGUNG JAWAB", "PENANGGUNG JAWAB KEGIATAN"),
            _person(
                "2.1",
                "penanggung_jawab",
                ("Penanggung Jawab", "Penanggung Jawab Kegiatan"),
                alamat=True,
                faks=True,
            )
            + _person(
                "2.2",
                "pj_teknis",
                ("Penanggung Jawab Teknis", "Pelaksana Teknis", "PJ Teknis"),
                alamat=True,
                faks=False,
            ),
        ),
        Block(
            "III",
            ("PERENCANAAN KEGIATAN", "PERENCANAAN"),
            (
                Item(
                    "3.1",
                    "tujuan",
                    "longtext",
                    ("Tujuan dan Kegunaan Kegiatan", "Tujuan Kegiatan", "Maksud dan Tujuan"),
                ),
                Item(
                    "3.2", "jadwal", "jadwal", ("Jadwal Kegiatan", "Rencana Jadwal"), FPKPA_JADWAL
                ),
            ),
        ),
        Block(
            "IV",
            ("VARIABEL", "VARIABEL YANG DIKUMPULKAN"),
            (Item("4.1", "variabel", "variabel", _VARIABEL_LABELS),),
        ),
        Block(
            "V",
            ("KARAKTERISTIK KEGIATAN", "DESAIN KEGIATAN"),
            (
                Item("5.1", "pelaksanaan", "enum", _PELAKSANAAN_LABELS, PELAKSANAAN),
                Item("5.2", "frekuensi", "enum", _FREKUENSI_LABELS, FREKUENSI),
                Item(
                    "5.3",
                    "jenis_data",
                    "text",
                    ("Jenis Data Administrasi", "Jenis Data", "Jenis Data yang Dikompilasi"),
                ),
                Item(
                    "5.4",
                    "metode_pengumpulan",
                    "longtext",
                    ("Metode Pengumpulan Data", "Cara Pengumpulan Data", "Metode Pengumpulan"),
                ),
                Item("5.5", "cakupan_wilayah", "enum", _CAKUPAN_LABELS, CAKUPAN),
                Item("5.6", "wilayah", "regions", _WILAYAH_LABELS),
            ),
        ),
        Block(
            "VI",
            ("PETUGAS", "PETUGAS PENGUMPUL DATA"),
            (
                Item("6.1", "petugas", "enum", _PETUGAS_LABELS, PETUGAS),
                Item("6.2", "pendidikan_petugas", "enum", _PENDIDIKAN_LABELS, PENDIDIKAN),
                *_jumlah("6.3"),
                Item("6.4", "pelatihan", "yesno", _PELATIHAN_LABELS, _YA_TIDAK),
            ),
        ),
        Block(
            "VII",
            ("PENGOLAHAN DAN PENYAJIAN", "PENGOLAHAN, ANALISIS DAN DISEMINASI"),
            (
                *_pengolahan(
                    "7.1",
                    (
                        ("penyuntingan", "Penyuntingan (editing)"),
                        ("entri_data", "Entri data"),
                        ("penyandian", "Penyandian (coding)"),
                        ("validasi", "Validasi"),
                    ),
                ),
                Item("7.2", "metode_analisis", "enum", _ANALISIS_LABELS, ANALISIS),
                Item(
                    "7.3",
                    "unit_analisis",
                    "set",
                    ("Unit Analisis", "Unit Analisis Data"),
                    UNIT_ANALISIS,
                ),
                Item(
                    "7.4",
                    "tingkat_penyajian",
                    "set",
                    ("Tingkat Penyajian Data", "Level Penyajian", "Tingkat Penyajian"),
                    TINGKAT_PENYAJIAN,
                ),
                Item(
                    "7.5",
                    "produk",
                    "checks",
                    ("Produk Kegiatan yang Tersedia untuk Umum", "Produk yang Dihasilkan"),
                    FPKPA_PRODUK,
                ),
                Item("7.6", "tanggal_rilis", "date", _RILIS_LABELS),
            ),
        ),
    ),
)

SPECS = {"fs3": FS3, "fp-kpa": FPKPA}


def chosen(item: Item, fields: dict[str, object]) -> set[str]:
    """Codes of the options of ``item`` that the filled form marks."""
    if item.kind == "checks":
        return {opt.code for opt in item.options if fields.get(opt.value) is True}
    value = fields.get(item.key)
    if value is None:
        return set()
    if item.kind == "yesno":
        return {"1" if value else "2"}
    values = set(value) if isinstance(value, list) else {value}
    return {opt.code for opt in item.options if opt.value in values}


def option_text(item: Item, fields: dict[str, object]) -> str:
    """The chosen options written out as text ("Tahunan", "Wawancara, Observasi")."""
    codes = chosen(item, fields)
    labels = [_short_label(opt.label) for opt in item.options if opt.code in codes]
    return ", ".join(labels)


def _short_label(label: str) -> str:
    # "Acak sederhana (simple random sampling)" reads as "Acak sederhana" when typed out,
    # but keep parentheses that carry the meaning ("Mengisi kuesioner sendiri (swacacah)").
    head, _, tail = label.partition(" (")
    if tail and any(word in tail for word in ("swacacah", "snowball", "saturasi", "PPS")):
        return label
    return head


def scalar_text(item: Item, fields: dict[str, object], style: PrintStyle) -> str:
    """Printed text of a scalar item (``style.empty`` when the form leaves it empty)."""
    value = fields.get(item.key)
    if value is None:
        return style.empty
    if item.kind == "year":
        return str(value)
    kind = {"longtext": "text", "count": "int"}.get(item.kind, item.kind)
    text = fmt_scalar(kind, value, style)
    if item.kind == "count":
        text = f"{text} {item.unit}"
    return text
