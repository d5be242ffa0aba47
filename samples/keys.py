"""Field keys, value types and option codes of FORMS.md, hard-coded for the samples.

FORMS.md is the contract; this module copies its key tables so that the
generator and the tests do not read the shared spec at run time (CI checks the
project out elsewhere). When FORMS.md gains a key, add it here and in a layout.
"""

from __future__ import annotations

from typing import Final

FORM_TYPES: Final = ("fs3", "fp-kpa", "surat_pengantar", "kuesioner", "lainnya")

#: Value type of every key, in the words of the FORMS.md "Value forms" table.
_PENYELENGGARA: Final = {
    "penyelenggara.instansi": "text",
    "penyelenggara.alamat": "text",
    "penyelenggara.telepon": "phone",
    "penyelenggara.faks": "phone",
    "penyelenggara.email": "email",
    "penyelenggara.kabupaten_kota": "region",
    "penyelenggara.provinsi": "region",
}


def _jadwal(stages: tuple[str, ...]) -> dict[str, str]:
    return {f"jadwal.{stage}.{end}": "date" for stage in stages for end in ("mulai", "selesai")}


FS3_JADWAL_STAGES: Final = ("perencanaan", "lapangan", "pengolahan", "analisis", "diseminasi")
FPKPA_JADWAL_STAGES: Final = ("perencanaan", "pengumpulan", "pengolahan", "analisis", "diseminasi")

FS3_TYPES: Final[dict[str, str]] = {
    "judul": "text",
    "tahun": "int",
    **_PENYELENGGARA,
    "penanggung_jawab.nama": "text",
    "penanggung_jawab.jabatan": "text",
    "penanggung_jawab.telepon": "phone",
    "penanggung_jawab.faks": "phone",
    "penanggung_jawab.email": "email",
    "manajer.nama": "text",
    "manajer.jabatan": "text",
    "manajer.alamat": "text",
    "manajer.telepon": "phone",
    "manajer.email": "email",
    "pelaksanaan": "enum",
    "frekuensi": "enum",
    "tipe_pengumpulan": "enum",
    "tujuan": "text",
    "variabel": "list",
    "cara_pengumpulan": "enum",
    "cakupan_wilayah": "enum",
    "wilayah": "set_region",
    "metode_pengumpulan": "set",
    "metode_sampel": "enum",
    "metode_pemilihan": "enum",
    "uji_coba": "bool",
    "petugas": "enum",
    "pendidikan_petugas": "enum",
    "pelatihan": "bool",
    "jumlah_supervisor": "int",
    "jumlah_enumerator": "int",
    "rancangan_sampel": "enum",
    "kerangka_sampel": "text",
    "fraksi_sampel": "text",
    "unit_sampel": "text",
    "jumlah_sampel": "int",
    "sampling_error": "text",
    "responden": "text",
    "pengolahan.penyuntingan": "bool",
    "pengolahan.penyandian": "bool",
    "pengolahan.validasi": "bool",
    "tingkat_estimasi": "set",
    "metode_analisis": "enum",
    "produk.cetak": "bool",
    "produk.elektronik": "bool",
    "produk.makro": "bool",
    "produk.mikro": "bool",
    **_jadwal(FS3_JADWAL_STAGES),
    "tanggal_rilis": "date",
}

FPKPA_TYPES: Final[dict[str, str]] = {
    "judul": "text",
    "tahun": "int",
    **_PENYELENGGARA,
    "penanggung_jawab.nama": "text",
    "penanggung_jawab.jabatan": "text",
    "penanggung_jawab.alamat": "text",
    "penanggung_jawab.telepon": "phone",
    "penanggung_jawab.faks": "phone",
    "penanggung_jawab.email": "email",
    "pj_teknis.nama": "text",
    "pj_teknis.jabatan": "text",
    "pj_teknis.alamat": "text",
    "pj_teknis.telepon": "phone",
    "pj_teknis.email": "email",
    "tujuan": "text",
    **_jadwal(FPKPA_JADWAL_STAGES),
    "variabel": "list",
    "pelaksanaan": "enum",
    "frekuensi": "enum",
    "jenis_data": "text",
    "metode_pengumpulan": "text",
    "cakupan_wilayah": "enum",
    "wilayah": "set_region",
    "petugas": "enum",
    "pendidikan_petugas": "enum",
    "jumlah_supervisor": "int",
    "jumlah_enumerator": "int",
    "pelatihan": "bool",
    "pengolahan.penyuntingan": "bool",
    "pengolahan.entri_data": "bool",
    "pengolahan.penyandian": "bool",
    "pengolahan.validasi": "bool",
    "metode_analisis": "enum",
    "unit_analisis": "set",
    "tingkat_penyajian": "set",
    "produk.cetak": "bool",
    "produk.elektronik": "bool",
    "tanggal_rilis": "date",
}

SURAT_TYPES: Final[dict[str, str]] = {
    "nomor_surat": "text",
    "tanggal_surat": "date",
    "perihal": "text",
    "instansi": "text",
    "kepada": "text",
    "penandatangan.nama": "text",
    "penandatangan.jabatan": "text",
    "penandatangan.nip": "nip",
}

#: Key → value type per form type; kuesioner and lainnya have no extracted fields.
KEY_TYPES: Final[dict[str, dict[str, str]]] = {
    "fs3": FS3_TYPES,
    "fp-kpa": FPKPA_TYPES,
    "surat_pengantar": SURAT_TYPES,
    "kuesioner": {},
    "lainnya": {},
}

#: Every key of each form type, in FORMS.md order.
KEYS: Final[dict[str, tuple[str, ...]]] = {ft: tuple(types) for ft, types in KEY_TYPES.items()}

#: Allowed codes of every enum and set key (FORMS.md "enum"/"set" lists).
FREKUENSI: Final = (
    "harian",
    "mingguan",
    "bulanan",
    "triwulanan",
    "caturwulanan",
    "semesteran",
    "tahunan",
    "lebih_dari_setahun",
)
PEMILIHAN_PROBABILITAS: Final = ("srs", "sistematik", "stratifikasi", "klaster", "pps")
PEMILIHAN_NONPROBABILITAS: Final = ("kuota", "aksidental", "purposive", "snowball", "saturasi")
TINGKAT: Final = ("nasional", "provinsi", "kabupaten_kota", "kecamatan", "lainnya")

CODES: Final[dict[str, tuple[str, ...]]] = {
    "pelaksanaan": ("sekali", "berulang"),
    "frekuensi": FREKUENSI,
    "tipe_pengumpulan": ("longitudinal", "cross_sectional", "gabungan"),
    "cara_pengumpulan": ("sampel", "sensus"),
    "cakupan_wilayah": ("seluruh_indonesia", "sebagian"),
    "metode_pengumpulan": (
        "wawancara",
        "swacacah",
        "telepon",
        "observasi",
        "data_sekunder",
        "lainnya",
    ),
    "metode_sampel": ("probabilitas", "nonprobabilitas"),
    "metode_pemilihan": PEMILIHAN_PROBABILITAS + PEMILIHAN_NONPROBABILITAS,
    "petugas": ("staf", "mitra", "keduanya"),
    "pendidikan_petugas": ("smp", "sma", "diploma", "sarjana"),
    "rancangan_sampel": ("satu_tahap", "multi_tahap"),
    "tingkat_estimasi": TINGKAT,
    "tingkat_penyajian": TINGKAT,
    "metode_analisis": ("deskriptif", "inferensia", "keduanya"),
    "unit_analisis": ("individu", "rumah_tangga", "usaha", "lainnya"),
}

#: Keys of FS3 block VI: present only for a probability sample.
FS3_BLOCK_VI: Final = (
    "rancangan_sampel",
    "kerangka_sampel",
    "fraksi_sampel",
    "unit_sampel",
    "jumlah_sampel",
    "sampling_error",
    "responden",
)

#: Keys FORMS.md does not require (absent is never a defect by itself).
OPTIONAL: Final[dict[str, frozenset[str]]] = {
    "fs3": frozenset({"penyelenggara.faks", "penanggung_jawab.faks"}),
    "fp-kpa": frozenset({"penyelenggara.faks", "penanggung_jawab.faks"}),
    "surat_pengantar": frozenset({"penandatangan.nip"}),
}


def keys_of(form_type: str) -> tuple[str, ...]:
    """All FORMS.md keys of a form type (empty for kuesioner/lainnya)."""
    return KEYS.get(form_type, ())


def value_type(form_type: str, key: str) -> str:
    """The FORMS.md value type of ``key`` ("text", "date", "phone", ...)."""
    return KEY_TYPES[form_type][key]
