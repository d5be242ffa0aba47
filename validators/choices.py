"""Option codes of the enum and set fields, and the wordings forms use for them.

The codes are FORMS.md's; the wordings are what a filled form shows next to a
circled code or types out ("Cross sectional", "Acak sederhana (simple random
sampling)", "Diploma I/II/III", "SMA/SMK/sederajat"). Matching is on a
normalised key (lower case, punctuation as spaces), so "S1/D4", "s1 d4" and
"S1-D4" are one wording.
"""

from __future__ import annotations

import re
from typing import Final, Literal, get_args

Pelaksanaan = Literal["sekali", "berulang"]
Frekuensi = Literal[
    "harian",
    "mingguan",
    "bulanan",
    "triwulanan",
    "caturwulanan",
    "semesteran",
    "tahunan",
    "lebih_dari_setahun",
]
TipePengumpulan = Literal["longitudinal", "cross_sectional", "gabungan"]
CaraPengumpulan = Literal["sampel", "sensus"]
CakupanWilayah = Literal["seluruh_indonesia", "sebagian"]
MetodePengumpulan = Literal[
    "wawancara", "swacacah", "telepon", "observasi", "data_sekunder", "lainnya"
]
MetodeSampel = Literal["probabilitas", "nonprobabilitas"]
MetodePemilihanProbabilitas = Literal["srs", "sistematik", "stratifikasi", "klaster", "pps"]
MetodePemilihanNonprobabilitas = Literal["kuota", "aksidental", "purposive", "snowball", "saturasi"]
MetodePemilihan = Literal[MetodePemilihanProbabilitas, MetodePemilihanNonprobabilitas]
Petugas = Literal["staf", "mitra", "keduanya"]
PendidikanPetugas = Literal["smp", "sma", "diploma", "sarjana"]
RancanganSampel = Literal["satu_tahap", "multi_tahap"]
Tingkat = Literal["nasional", "provinsi", "kabupaten_kota", "kecamatan", "lainnya"]
MetodeAnalisis = Literal["deskriptif", "inferensia", "keduanya"]
UnitAnalisis = Literal["individu", "rumah_tangga", "usaha", "lainnya"]

#: Choice list name → its Literal type. Both tingkat_* keys share "tingkat".
CHOICE_TYPES: Final[dict[str, object]] = {
    "pelaksanaan": Pelaksanaan,
    "frekuensi": Frekuensi,
    "tipe_pengumpulan": TipePengumpulan,
    "cara_pengumpulan": CaraPengumpulan,
    "cakupan_wilayah": CakupanWilayah,
    "metode_pengumpulan": MetodePengumpulan,
    "metode_sampel": MetodeSampel,
    "metode_pemilihan": MetodePemilihan,
    "petugas": Petugas,
    "pendidikan_petugas": PendidikanPetugas,
    "rancangan_sampel": RancanganSampel,
    "tingkat": Tingkat,
    "metode_analisis": MetodeAnalisis,
    "unit_analisis": UnitAnalisis,
}

#: Choice list name → its codes, in FORMS.md order.
CODES: Final[dict[str, tuple[str, ...]]] = {
    name: tuple(get_args(tp)) for name, tp in CHOICE_TYPES.items()
}

#: Sample-selection codes by kind of sample (R.5.6 must match R.5.5).
PEMILIHAN_PROBABILITAS: Final = tuple(get_args(MetodePemilihanProbabilitas))
PEMILIHAN_NONPROBABILITAS: Final = tuple(get_args(MetodePemilihanNonprobabilitas))

# Wordings besides the code itself (a code "cross_sectional" also matches "cross sectional").
_WORDINGS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "pelaksanaan": {
        "sekali": ("satu kali", "sekali saja", "hanya sekali", "once", "one time"),
        "berulang": ("berkala", "rutin", "periodik", "repeated", "recurring"),
    },
    "frekuensi": {
        "harian": ("setiap hari", "per hari", "daily"),
        "mingguan": ("setiap minggu", "per minggu", "weekly"),
        "bulanan": ("setiap bulan", "per bulan", "monthly"),
        "triwulanan": (
            "triwulan",
            "triwulanan 3 bulanan",
            "3 bulanan",
            "tiga bulanan",
            "kuartalan",
            "quarterly",
        ),
        "caturwulanan": ("caturwulan", "catur wulanan", "4 bulanan", "empat bulanan"),
        "semesteran": ("semester", "6 bulanan", "enam bulanan", "semi annual", "semiannual"),
        "tahunan": ("setiap tahun", "per tahun", "annual", "yearly", "annually"),
        "lebih_dari_setahun": (
            "lebih dari setahun",
            "lebih dari satu tahun",
            "lebih dari 1 tahun",
            "2 tahunan",
            "dua tahunan",
            "3 tahunan",
            "tiga tahunan",
            "5 tahunan",
            "lima tahunan",
        ),
    },
    "tipe_pengumpulan": {
        "longitudinal": ("panel", "longitudinal panel"),
        "cross_sectional": (
            "cross section",
            "crosssectional",
            "cross sectional survey",
            "potong lintang",
        ),
        "gabungan": (
            "campuran",
            "kombinasi",
            "longitudinal dan cross sectional",
            "cross sectional dan longitudinal",
        ),
    },
    "cara_pengumpulan": {
        "sampel": ("sample", "sampling", "survei sampel", "pencacahan sampel"),
        "sensus": ("census", "pencacahan lengkap", "complete enumeration"),
    },
    "cakupan_wilayah": {
        "seluruh_indonesia": (
            "seluruh wilayah indonesia",
            "seluruh wilayah",
            "nasional",
            "semua wilayah indonesia",
        ),
        "sebagian": (
            "sebagian wilayah",
            "sebagian wilayah indonesia",
            "sebagian wilayah saja",
        ),
    },
    "metode_pengumpulan": {
        "wawancara": ("wawancara tatap muka", "tatap muka", "interview", "capi", "papi"),
        "swacacah": (
            "mengisi kuesioner sendiri",
            "mengisi kuesioner sendiri swacacah",
            "pengisian sendiri",
            "self enumeration",
            "cawi",
        ),
        "telepon": ("wawancara melalui telepon", "wawancara telepon", "telepon", "cati"),
        "observasi": ("pengamatan", "observation", "pengamatan langsung"),
        "data_sekunder": ("pengumpulan data sekunder", "sekunder", "secondary data"),
        "lainnya": ("lain lain", "lain", "lainnya sebutkan", "other", "others"),
    },
    "metode_sampel": {
        "probabilitas": (
            "sampel probabilitas",
            "probability",
            "probability sampling",
            "probabilita",
        ),
        "nonprobabilitas": (
            "non probabilitas",
            "sampel nonprobabilitas",
            "sampel non probabilitas",
            "non probability",
            "nonprobability",
            "non probability sampling",
        ),
    },
    "metode_pemilihan": {
        "srs": (
            "simple random sampling",
            "simple random",
            "acak sederhana",
            "sampel acak sederhana",
            "acak sederhana simple random sampling",
        ),
        "sistematik": (
            "sistematis",
            "systematic",
            "systematic sampling",
            "systematic random sampling",
            "acak sistematik",
            "acak sistematis",
            "acak sistematik systematic sampling",
        ),
        "stratifikasi": (
            "stratified",
            "stratified sampling",
            "stratified random sampling",
            "stratifikasi stratified sampling",
            "acak berlapis",
            "acak berstrata",
        ),
        "klaster": (
            "cluster",
            "cluster sampling",
            "klaster cluster sampling",
            "gerombol",
            "acak gerombol",
        ),
        "pps": (
            "probability proportional to size",
            "pps probability proportional to size",
            "pps sampling",
        ),
        "kuota": ("quota", "quota sampling", "sampel kuota"),
        "aksidental": ("accidental", "accidental sampling", "insidental", "kebetulan"),
        "purposive": ("purposive sampling", "sampel bertujuan", "bertujuan", "sengaja"),
        "snowball": ("snowball sampling", "bola salju", "bola salju snowball"),
        "saturasi": ("sampel jenuh", "sampel jenuh saturasi", "jenuh", "saturation"),
    },
    "petugas": {
        "staf": (
            "staff",
            "staf instansi",
            "staf instansi penyelenggara",
            "pegawai",
            "pegawai instansi",
        ),
        "mitra": ("mitra tenaga kontrak", "tenaga kontrak", "mitra statistik", "outsourcing"),
        "keduanya": (
            "staf dan mitra",
            "staf instansi dan mitra",
            "staff dan mitra",
        ),
    },
    "pendidikan_petugas": {
        "smp": ("smp sederajat", "sltp", "mts", "smp mts"),
        "sma": (
            "sma sederajat",
            "sma smk",
            "sma smk sederajat",
            "smk",
            "slta",
            "sma smk ma",
            "sma ma smk",
        ),
        "diploma": (
            "d1",
            "d2",
            "d3",
            "d1 d2 d3",
            "d i",
            "d ii",
            "d iii",
            "diploma i",
            "diploma ii",
            "diploma iii",
            "diploma i ii iii",
            "diploma 1",
            "diploma 2",
            "diploma 3",
            "diii",
        ),
        "sarjana": (
            "s1",
            "d4",
            "s1 d4",
            "d4 s1",
            "d iv",
            "diploma iv",
            "diploma 4",
            "diploma iv s1",
            "diploma iv s1 ke atas",
            "s1 ke atas",
            "sarjana s1",
            "s2",
            "s3",
            "pascasarjana",
        ),
    },
    "rancangan_sampel": {
        "satu_tahap": ("single stage", "satu tahap single stage", "1 tahap", "one stage"),
        "multi_tahap": (
            "bertahap",
            "multi stage",
            "multistage",
            "bertahap multi stage",
            "dua tahap",
            "2 tahap",
            "tiga tahap",
            "3 tahap",
            "lebih dari satu tahap",
        ),
    },
    "tingkat": {
        "nasional": ("national", "indonesia"),
        "provinsi": ("propinsi", "province"),
        "kabupaten_kota": ("kabupaten kota", "kab kota", "kabupaten", "kota", "regency"),
        "kecamatan": ("district", "kec"),
        "lainnya": ("lain lain", "other", "others", "lainnya sebutkan"),
    },
    "metode_analisis": {
        "deskriptif": ("descriptive", "analisis deskriptif", "statistik deskriptif"),
        "inferensia": (
            "inferensial",
            "inferential",
            "analisis inferensia",
            "statistik inferensia",
        ),
        "keduanya": (
            "deskriptif dan inferensia",
            "deskriptif dan inferensial",
            "inferensia dan deskriptif",
            "descriptive and inferential",
        ),
    },
    "unit_analisis": {
        "individu": ("perorangan", "individual", "orang", "person"),
        "rumah_tangga": ("rumah tangga", "ruta", "household", "keluarga"),
        "usaha": ("usaha perusahaan", "perusahaan", "badan usaha", "establishment", "firm"),
        "lainnya": ("lain lain", "other", "others", "lainnya sebutkan"),
    },
}


def choice_key(text: str) -> str:
    """Normalised form of a wording: lower case, '&'/'+' as 'dan', punctuation as spaces."""
    text = text.casefold().replace("&", " dan ").replace("+", " dan ")
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())


def _build_lookup() -> dict[str, dict[str, str]]:
    lookup: dict[str, dict[str, str]] = {}
    for name, codes in CODES.items():
        table: dict[str, str] = {}
        for code in codes:
            for wording in (code, *_WORDINGS.get(name, {}).get(code, ())):
                key = choice_key(wording)
                # One wording must never name two codes of the same list.
                if table.get(key, code) != code:
                    raise ValueError(f"wording {wording!r} names two codes of {name}")
                table[key] = code
        lookup[name] = table
    return lookup


#: Choice list name → normalised wording → code.
LOOKUP: Final[dict[str, dict[str, str]]] = _build_lookup()
