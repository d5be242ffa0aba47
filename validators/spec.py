"""The FORMS.md key tables as data: per form type, key → value type, item, required.

The rules engineer (which item a finding names, what is required) and the
extraction engineer (what to look for, of which type) read the same table.
The item, the Indonesian label and the required text are written here from
FORMS.md; the value type and the option codes are taken from the models, so
the table cannot drift from them (a test checks that both have the same keys).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from pydantic import BaseModel

from validators.models import FORM_MODELS, ValueType, ValueTypeName


@dataclass(frozen=True)
class FieldSpec:
    """One FORMS.md key of one form type."""

    key: str
    #: FORMS.md value type: text, int, bool, date, email, phone, region, enum, set,
    #: set_region (a set of region codes), list or nip.
    type: ValueTypeName
    #: Where the form prints it, as a finding names it: "Blok V R.5.6", "Sampul".
    item: str
    #: What the form calls it, in Bahasa Indonesia.
    label: str
    #: FORMS.md "required" column: "yes", "no", or the condition as written there.
    required: str
    #: Option codes of an enum or set, in FORMS.md order.
    codes: tuple[str, ...] = ()
    #: Region level of a region field: "provinsi" or "kabupaten_kota".
    level: str | None = None

    @property
    def always_required(self) -> bool:
        """True when FORMS.md requires the key on every form ("yes")."""
        return self.required == "yes"


def _submodel(annotation: Any) -> type[BaseModel] | None:
    """The model class inside ``Model | None``, if the annotation is one."""
    candidates = typing.get_args(annotation) if _is_union(annotation) else (annotation,)
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def _walk(model: type[BaseModel], prefix: str = "") -> Iterator[tuple[str, ValueType]]:
    for name, info in model.model_fields.items():
        key = f"{prefix}{name}"
        marks = [meta for meta in info.metadata if isinstance(meta, ValueType)]
        if marks:
            yield key, marks[0]
            continue
        sub = _submodel(info.annotation)
        if sub is None:
            raise TypeError(f"{model.__name__}.{name} has neither a value type nor a group model")
        yield from _walk(sub, f"{key}.")


def model_value_types(model: type[BaseModel]) -> dict[str, ValueType]:
    """Flattened dotted keys of a form model with their value types, in field order."""
    return dict(_walk(model))


def flat_keys(model: type[BaseModel]) -> list[str]:
    """Every dotted key of a form model, in field order."""
    return list(model_value_types(model))


# --- the tables, from FORMS.md ------------------------------------------------

Row = tuple[str, str, str, str]  # key, item, label, required


def _penyelenggara(instansi: str, alamat: str) -> list[Row]:
    """Blok I, the same on both forms; ``instansi`` and ``alamat`` are the items."""
    return [
        ("penyelenggara.instansi", instansi, "Instansi penyelenggara", "yes"),
        ("penyelenggara.alamat", alamat, "Alamat instansi penyelenggara", "yes"),
        ("penyelenggara.telepon", alamat, "Telepon instansi penyelenggara", "yes"),
        ("penyelenggara.faks", alamat, "Faksimile instansi penyelenggara", "no"),
        ("penyelenggara.email", alamat, "Email instansi penyelenggara", "yes"),
        (
            "penyelenggara.kabupaten_kota",
            alamat,
            "Kabupaten/kota instansi penyelenggara",
            "yes, unless the organiser is a province/central body",
        ),
        ("penyelenggara.provinsi", alamat, "Provinsi instansi penyelenggara", "yes"),
    ]


def _orang(
    prefix: str, item: str, who: str, fields: tuple[str, ...], required: str = "yes"
) -> list[Row]:
    labels = {
        "nama": "Nama",
        "jabatan": "Jabatan",
        "alamat": "Alamat",
        "telepon": "Telepon",
        "faks": "Faksimile",
        "email": "Email",
    }
    return [
        (
            f"{prefix}.{name}",
            item,
            f"{labels[name]} {who}",
            "no" if name == "faks" else required,
        )
        for name in fields
    ]


def _jadwal(item: str, stages: tuple[tuple[str, str], ...]) -> list[Row]:
    return [
        (f"jadwal.{stage}.{end}", item, f"Jadwal {label} ({word})", "yes")
        for stage, label in stages
        for end, word in (("mulai", "mulai"), ("selesai", "selesai"))
    ]


_BLOCK_VI = "as block VI"

_FS3_ROWS: Final[list[Row]] = [
    ("judul", "Sampul", "Judul survei", "yes"),
    ("tahun", "Sampul", "Tahun", "yes"),
    *_penyelenggara("Blok I R.1.1", "Blok I R.1.2"),
    *_orang(
        "penanggung_jawab",
        "Blok II R.2.1",
        "penanggung jawab",
        ("nama", "jabatan", "telepon", "faks", "email"),
    ),
    *_orang(
        "manajer",
        "Blok II R.2.2",
        "manajer survei",
        ("nama", "jabatan", "alamat", "telepon", "email"),
    ),
    ("pelaksanaan", "Blok III R.3.1", "Pelaksanaan kegiatan", "yes"),
    (
        "frekuensi",
        "Blok III R.3.2",
        "Frekuensi penyelenggaraan",
        "yes if berulang; must be absent if sekali",
    ),
    ("tipe_pengumpulan", "Blok III R.3.3", "Tipe pengumpulan data", "yes"),
    ("tujuan", "Blok IV R.4.1", "Tujuan kegiatan", "yes"),
    ("variabel", "Blok IV R.4.2", "Variabel yang dikumpulkan", "at least one"),
    ("cara_pengumpulan", "Blok V R.5.1", "Cara pengumpulan data", "yes"),
    ("cakupan_wilayah", "Blok V R.5.2", "Cakupan wilayah kegiatan", "yes"),
    (
        "wilayah",
        "Blok V R.5.3",
        "Wilayah kegiatan",
        "yes if sebagian; absent if seluruh_indonesia",
    ),
    ("metode_pengumpulan", "Blok V R.5.4", "Metode pengumpulan data", "at least one"),
    ("metode_sampel", "Blok V R.5.5", "Metode pemilihan sampel", "yes if sampel; absent if sensus"),
    (
        "metode_pemilihan",
        "Blok V R.5.6",
        "Metode yang digunakan (teknik sampling)",
        "yes if sampel; must match metode_sampel",
    ),
    ("uji_coba", "Blok V R.5.7", "Uji coba (pilot survey)", "yes"),
    ("petugas", "Blok V R.5.8", "Petugas pengumpul data", "yes"),
    ("pendidikan_petugas", "Blok V R.5.9", "Pendidikan terendah petugas", "yes"),
    ("pelatihan", "Blok V R.5.10", "Pelatihan petugas", "yes"),
    ("jumlah_supervisor", "Blok V R.5.11", "Jumlah supervisor/penyelia", "yes"),
    (
        "jumlah_enumerator",
        "Blok V R.5.11",
        "Jumlah pengumpul data/enumerator",
        "yes, at least 1; supervisors ≤ enumerators",
    ),
    (
        "rancangan_sampel",
        "Blok VI R.6.1",
        "Jenis rancangan sampel",
        "yes if sampel and probabilitas (block VI), else absent",
    ),
    ("kerangka_sampel", "Blok VI R.6.2", "Kerangka sampel", _BLOCK_VI),
    ("fraksi_sampel", "Blok VI R.6.4", "Fraksi sampel keseluruhan", _BLOCK_VI),
    ("unit_sampel", "Blok VI R.6.5", "Unit sampel", _BLOCK_VI),
    ("jumlah_sampel", "Blok VI R.6.5", "Jumlah sampel", _BLOCK_VI),
    ("sampling_error", "Blok VI R.6.6", "Perkiraan sampling error variabel utama", _BLOCK_VI),
    ("responden", "Blok VI R.6.7", "Unit observasi/responden", _BLOCK_VI),
    ("pengolahan.penyuntingan", "Blok VII R.7.1", "Pengolahan: penyuntingan (editing)", "yes"),
    ("pengolahan.penyandian", "Blok VII R.7.1", "Pengolahan: penyandian (coding)", "yes"),
    ("pengolahan.validasi", "Blok VII R.7.1", "Pengolahan: validasi", "yes"),
    (
        "tingkat_estimasi",
        "Blok VII R.7.2",
        "Tingkat penyajian hasil estimasi",
        "yes; a non-probability sample should not claim area-level estimates (warning)",
    ),
    ("metode_analisis", "Blok VII R.7.3", "Metode analisis", "yes"),
    *[
        (f"produk.{name}", "Blok VII R.7.4", f"Produk: {label}", "yes; at least one true (warning)")
        for name, label in (
            ("cetak", "publikasi tercetak"),
            ("elektronik", "publikasi elektronik"),
            ("makro", "data makro"),
            ("mikro", "data mikro"),
        )
    ],
    *_jadwal(
        "Blok VII R.7.5",
        (
            ("perencanaan", "perencanaan"),
            ("lapangan", "pengumpulan data lapangan"),
            ("pengolahan", "pengolahan data"),
            ("analisis", "analisis"),
            ("diseminasi", "diseminasi hasil"),
        ),
    ),
    (
        "tanggal_rilis",
        "Blok VII R.7.6",
        "Rencana rilis produk",
        "yes; not before jadwal.analisis.selesai",
    ),
]

_FPKPA_ROWS: Final[list[Row]] = [
    ("judul", "Sampul", "Judul kegiatan", "yes"),
    ("tahun", "Sampul", "Tahun", "yes"),
    *_penyelenggara("Blok I", "Blok I"),
    *_orang(
        "penanggung_jawab",
        "Blok II R.2.1",
        "penanggung jawab",
        ("nama", "jabatan", "alamat", "telepon", "faks", "email"),
    ),
    *_orang(
        "pj_teknis",
        "Blok II R.2.2",
        "penanggung jawab teknis",
        ("nama", "jabatan", "alamat", "telepon", "email"),
    ),
    ("tujuan", "Blok III R.3.1", "Tujuan dan kegunaan kegiatan", "yes"),
    *_jadwal(
        "Blok III R.3.2",
        (
            ("perencanaan", "perencanaan"),
            ("pengumpulan", "pengumpulan data"),
            ("pengolahan", "pengolahan data"),
            ("analisis", "analisis"),
            ("diseminasi", "diseminasi hasil"),
        ),
    ),
    ("variabel", "Blok IV", "Variabel yang dikumpulkan", "at least one"),
    ("pelaksanaan", "Blok V", "Pelaksanaan kegiatan", "yes"),
    (
        "frekuensi",
        "Blok V",
        "Frekuensi penyelenggaraan",
        "yes if berulang; must be absent if sekali",
    ),
    ("jenis_data", "Blok V", "Jenis data administrasi", "yes"),
    ("metode_pengumpulan", "Blok V", "Metode pengumpulan data", "yes"),
    ("cakupan_wilayah", "Blok V", "Cakupan wilayah kegiatan", "yes"),
    ("wilayah", "Blok V", "Wilayah kegiatan", "yes if sebagian; absent if seluruh_indonesia"),
    ("petugas", "Blok VI", "Petugas pengumpul data", "yes"),
    ("pendidikan_petugas", "Blok VI", "Pendidikan terendah petugas", "yes"),
    ("jumlah_supervisor", "Blok VI", "Jumlah supervisor/penyelia", "yes"),
    ("jumlah_enumerator", "Blok VI", "Jumlah pengumpul data/enumerator", "yes"),
    ("pelatihan", "Blok VI", "Pelatihan petugas", "yes"),
    ("pengolahan.penyuntingan", "Blok VII", "Pengolahan: penyuntingan (editing)", "yes"),
    ("pengolahan.entri_data", "Blok VII", "Pengolahan: entri data", "yes"),
    ("pengolahan.penyandian", "Blok VII", "Pengolahan: penyandian (coding)", "yes"),
    ("pengolahan.validasi", "Blok VII", "Pengolahan: validasi", "yes"),
    ("metode_analisis", "Blok VII", "Metode analisis", "yes"),
    ("unit_analisis", "Blok VII", "Unit analisis", "yes"),
    ("tingkat_penyajian", "Blok VII", "Tingkat penyajian data", "yes"),
    ("produk.cetak", "Blok VII", "Produk: publikasi tercetak", "yes"),
    ("produk.elektronik", "Blok VII", "Produk: publikasi elektronik", "yes"),
    ("tanggal_rilis", "Blok VII", "Rencana rilis produk", "yes"),
]

_SURAT_ROWS: Final[list[Row]] = [
    ("nomor_surat", "Surat pengantar", "Nomor surat", "yes"),
    ("tanggal_surat", "Surat pengantar", "Tanggal surat", "yes"),
    ("perihal", "Surat pengantar", "Perihal", "yes"),
    ("instansi", "Surat pengantar", "Instansi pengirim (kop surat)", "yes"),
    ("kepada", "Surat pengantar", "Tujuan surat (kepada)", "yes"),
    ("penandatangan.nama", "Surat pengantar", "Nama penandatangan", "yes"),
    ("penandatangan.jabatan", "Surat pengantar", "Jabatan penandatangan", "yes"),
    (
        "penandatangan.nip",
        "Surat pengantar",
        "NIP penandatangan",
        "no (warning when absent or malformed)",
    ),
]

_ROWS: Final[dict[str, list[Row]]] = {
    "fs3": _FS3_ROWS,
    "fp-kpa": _FPKPA_ROWS,
    "surat_pengantar": _SURAT_ROWS,
}


def _build(form_type: str, rows: list[Row]) -> dict[str, FieldSpec]:
    types_ = model_value_types(FORM_MODELS[form_type])
    table: dict[str, FieldSpec] = {}
    for key, item, label, required in rows:
        # A row for a key the model lacks fails here, at import, not in a user's run.
        value_type = types_[key]
        table[key] = FieldSpec(
            key=key,
            type=value_type.name,
            item=item,
            label=label,
            required=required,
            codes=value_type.codes,
            level=value_type.level,
        )
    return table


#: form_type → FORMS.md key → its spec, in FORMS.md order.
FIELD_SPECS: Final[dict[str, dict[str, FieldSpec]]] = {
    form_type: _build(form_type, rows) for form_type, rows in _ROWS.items()
}


def field_spec(form_type: str, key: str) -> FieldSpec | None:
    """The spec of one key, or None for a key FORMS.md does not define."""
    return FIELD_SPECS.get(form_type, {}).get(key)
