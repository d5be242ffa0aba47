"""Pydantic models of the three forms Rekom reads: FS3, FP-KPA and the cover letter.

Every FORMS.md key is a field, nested the way the dotted key reads
(``jadwal.lapangan.mulai`` is ``FS3.jadwal.lapangan.mulai``). Every field is
optional: a half-filled form must be representable, and whether a field is
required (or must be absent) is a validation rule written on top of these
models, not a model error. The models only type and normalise values; keys a
form has beyond FORMS.md are kept (``extra="allow"``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Final, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, model_validator
from pydantic_core import PydanticCustomError

from validators import choices
from validators.messages import render
from validators.normalise import (
    InvalidValue,
    normalise_bool,
    normalise_choice,
    normalise_choices,
    normalise_date,
    normalise_email,
    normalise_int,
    normalise_nip,
    normalise_phone,
    normalise_region,
    normalise_regions,
    normalise_text,
    normalise_variabel,
)

#: The value types of FORMS.md ("set_region" is its "set of region codes").
ValueTypeName = Literal[
    "text",
    "int",
    "bool",
    "date",
    "email",
    "phone",
    "region",
    "enum",
    "set",
    "set_region",
    "list",
    "nip",
]


@dataclass(frozen=True)
class ValueType:
    """Marks a field with its FORMS.md value type (and its codes for enum/set)."""

    name: ValueTypeName
    codes: tuple[str, ...] = ()
    #: For region fields: the level the code must have.
    level: str | None = None


def _as_pydantic(normaliser: Callable[[Any], Any]) -> BeforeValidator:
    """Run a normaliser before pydantic; its InvalidValue becomes a typed pydantic error."""

    def validate(value: Any) -> Any:
        try:
            return normaliser(value)
        except InvalidValue as exc:
            # The rendered messages travel in the context so that the field-set layer
            # shows exactly what the normaliser said (about the offending part of a list).
            raise PydanticCustomError(
                exc.code,
                "{message_en}",
                {**exc.ctx, "message_id": exc.message_id, "message_en": exc.message_en},
            ) from None

    return BeforeValidator(validate)


def _choice(name: str) -> BeforeValidator:
    return _as_pydantic(lambda value: normalise_choice(value, name))


def _choice_set(name: str) -> BeforeValidator:
    return _as_pydantic(lambda value: normalise_choices(value, name))


Teks = Annotated[str | None, _as_pydantic(normalise_text), ValueType("text")]
Bilangan = Annotated[int | None, _as_pydantic(normalise_int), ValueType("int")]
YaTidak = Annotated[bool | None, _as_pydantic(normalise_bool), ValueType("bool")]
Tanggal = Annotated[date | None, _as_pydantic(normalise_date), ValueType("date")]
Telepon = Annotated[str | None, _as_pydantic(normalise_phone), ValueType("phone")]
Email = Annotated[str | None, _as_pydantic(normalise_email), ValueType("email")]
Nip = Annotated[str | None, _as_pydantic(normalise_nip), ValueType("nip")]
KodeProvinsi = Annotated[
    str | None,
    _as_pydantic(lambda value: normalise_region(value, level="provinsi")),
    ValueType("region", level="provinsi"),
]
KodeKabupatenKota = Annotated[
    str | None,
    _as_pydantic(lambda value: normalise_region(value, level="kabupaten_kota")),
    ValueType("region", level="kabupaten_kota"),
]
DaftarWilayah = Annotated[
    list[str] | None, _as_pydantic(normalise_regions), ValueType("set_region")
]


def _enum(name: str) -> ValueType:
    return ValueType("enum", choices.CODES[name])


def _set(name: str) -> ValueType:
    return ValueType("set", choices.CODES[name])


Pelaksanaan = Annotated[choices.Pelaksanaan | None, _choice("pelaksanaan"), _enum("pelaksanaan")]
Frekuensi = Annotated[choices.Frekuensi | None, _choice("frekuensi"), _enum("frekuensi")]
TipePengumpulan = Annotated[
    choices.TipePengumpulan | None, _choice("tipe_pengumpulan"), _enum("tipe_pengumpulan")
]
CaraPengumpulan = Annotated[
    choices.CaraPengumpulan | None, _choice("cara_pengumpulan"), _enum("cara_pengumpulan")
]
CakupanWilayah = Annotated[
    choices.CakupanWilayah | None, _choice("cakupan_wilayah"), _enum("cakupan_wilayah")
]
MetodePengumpulan = Annotated[
    list[choices.MetodePengumpulan] | None,
    _choice_set("metode_pengumpulan"),
    _set("metode_pengumpulan"),
]
MetodeSampel = Annotated[
    choices.MetodeSampel | None, _choice("metode_sampel"), _enum("metode_sampel")
]
MetodePemilihan = Annotated[
    choices.MetodePemilihan | None, _choice("metode_pemilihan"), _enum("metode_pemilihan")
]
Petugas = Annotated[choices.Petugas | None, _choice("petugas"), _enum("petugas")]
PendidikanPetugas = Annotated[
    choices.PendidikanPetugas | None,
    _choice("pendidikan_petugas"),
    _enum("pendidikan_petugas"),
]
RancanganSampel = Annotated[
    choices.RancanganSampel | None, _choice("rancangan_sampel"), _enum("rancangan_sampel")
]
Tingkat = Annotated[list[choices.Tingkat] | None, _choice_set("tingkat"), _set("tingkat")]
MetodeAnalisis = Annotated[
    choices.MetodeAnalisis | None, _choice("metode_analisis"), _enum("metode_analisis")
]
UnitAnalisis = Annotated[
    list[choices.UnitAnalisis] | None, _choice_set("unit_analisis"), _set("unit_analisis")
]


class Bagian(BaseModel):
    """Base of every form model and group: keeps keys beyond FORMS.md."""

    model_config = ConfigDict(extra="allow")


# --- groups -----------------------------------------------------------------


class Penyelenggara(Bagian):
    """Blok I: the organising agency."""

    instansi: Teks = None
    alamat: Teks = None
    telepon: Telepon = None
    faks: Telepon = None
    email: Email = None
    kabupaten_kota: KodeKabupatenKota = None
    provinsi: KodeProvinsi = None


class PenanggungJawabFS3(Bagian):
    """FS3 Blok II R.2.1: the person responsible (no address on FS3)."""

    nama: Teks = None
    jabatan: Teks = None
    telepon: Telepon = None
    faks: Telepon = None
    email: Email = None


class PenanggungJawabFPKPA(Bagian):
    """FP-KPA Blok II 2.1: the person responsible, with an address."""

    nama: Teks = None
    jabatan: Teks = None
    alamat: Teks = None
    telepon: Telepon = None
    faks: Telepon = None
    email: Email = None


class PelaksanaTeknis(Bagian):
    """FS3 R.2.2 survey manager (``manajer``) or FP-KPA 2.2 technical lead (``pj_teknis``)."""

    nama: Teks = None
    jabatan: Teks = None
    alamat: Teks = None
    telepon: Telepon = None
    email: Email = None


class Tahap(Bagian):
    """One stage of the schedule."""

    mulai: Tanggal = None
    selesai: Tanggal = None


class JadwalFS3(Bagian):
    """FS3 R.7.5."""

    perencanaan: Tahap | None = None
    lapangan: Tahap | None = None
    pengolahan: Tahap | None = None
    analisis: Tahap | None = None
    diseminasi: Tahap | None = None


class JadwalFPKPA(Bagian):
    """FP-KPA Blok III 3.2."""

    perencanaan: Tahap | None = None
    pengumpulan: Tahap | None = None
    pengolahan: Tahap | None = None
    analisis: Tahap | None = None
    diseminasi: Tahap | None = None


class PengolahanFS3(Bagian):
    """FS3 R.7.1."""

    penyuntingan: YaTidak = None
    penyandian: YaTidak = None
    validasi: YaTidak = None


class PengolahanFPKPA(Bagian):
    """FP-KPA Blok VII processing stages."""

    penyuntingan: YaTidak = None
    entri_data: YaTidak = None
    penyandian: YaTidak = None
    validasi: YaTidak = None


class ProdukFS3(Bagian):
    """FS3 R.7.4: products available to the public."""

    cetak: YaTidak = None
    elektronik: YaTidak = None
    makro: YaTidak = None
    mikro: YaTidak = None


class ProdukFPKPA(Bagian):
    """FP-KPA Blok VII products."""

    cetak: YaTidak = None
    elektronik: YaTidak = None


class _VariabelBase(Bagian):
    @model_validator(mode="before")
    @classmethod
    def _must_be_object(cls, value: Any) -> Any:
        if isinstance(value, BaseModel | dict):
            return value
        message = render("variabel_tidak_valid", input=value)
        raise PydanticCustomError(
            "variabel_tidak_valid",
            "{message_en}",
            {"message_id": message.id, "message_en": message.en},
        )


class VariabelFS3(_VariabelBase):
    """One variable of FS3 R.4.2."""

    nama: Teks = None
    referensi_waktu: Teks = None


class VariabelFPKPA(_VariabelBase):
    """One variable of FP-KPA Blok IV; ``sumber`` is the administrative record."""

    nama: Teks = None
    referensi_waktu: Teks = None
    sumber: Teks = None


def _without_empty_items(items: list[Any] | None) -> list[Any] | None:
    """Drop variables with no value at all ("" rows of a table); no variables → None."""
    kept = [item for item in items or [] if item.model_dump(exclude_none=True)]
    return kept or None


DaftarVariabelFS3 = Annotated[
    list[VariabelFS3] | None,
    _as_pydantic(normalise_variabel),
    AfterValidator(_without_empty_items),
    ValueType("list"),
]
DaftarVariabelFPKPA = Annotated[
    list[VariabelFPKPA] | None,
    _as_pydantic(normalise_variabel),
    AfterValidator(_without_empty_items),
    ValueType("list"),
]


class Penandatangan(Bagian):
    """Who signs the cover letter."""

    nama: Teks = None
    jabatan: Teks = None
    nip: Nip = None


# --- forms ------------------------------------------------------------------


class FS3(Bagian):
    """Formulir Pemberitahuan Survei Statistik Sektoral (form_type "fs3")."""

    judul: Teks = None
    tahun: Bilangan = None
    penyelenggara: Penyelenggara | None = None
    penanggung_jawab: PenanggungJawabFS3 | None = None
    manajer: PelaksanaTeknis | None = None
    pelaksanaan: Pelaksanaan = None
    frekuensi: Frekuensi = None
    tipe_pengumpulan: TipePengumpulan = None
    tujuan: Teks = None
    variabel: DaftarVariabelFS3 = None
    cara_pengumpulan: CaraPengumpulan = None
    cakupan_wilayah: CakupanWilayah = None
    wilayah: DaftarWilayah = None
    metode_pengumpulan: MetodePengumpulan = None
    metode_sampel: MetodeSampel = None
    metode_pemilihan: MetodePemilihan = None
    uji_coba: YaTidak = None
    petugas: Petugas = None
    pendidikan_petugas: PendidikanPetugas = None
    pelatihan: YaTidak = None
    jumlah_supervisor: Bilangan = None
    jumlah_enumerator: Bilangan = None
    rancangan_sampel: RancanganSampel = None
    kerangka_sampel: Teks = None
    fraksi_sampel: Teks = None
    unit_sampel: Teks = None
    jumlah_sampel: Bilangan = None
    sampling_error: Teks = None
    responden: Teks = None
    pengolahan: PengolahanFS3 | None = None
    tingkat_estimasi: Tingkat = None
    metode_analisis: MetodeAnalisis = None
    produk: ProdukFS3 | None = None
    jadwal: JadwalFS3 | None = None
    tanggal_rilis: Tanggal = None


class FPKPA(Bagian):
    """Formulir Pemberitahuan Kompilasi Produk Administrasi (form_type "fp-kpa")."""

    judul: Teks = None
    tahun: Bilangan = None
    penyelenggara: Penyelenggara | None = None
    penanggung_jawab: PenanggungJawabFPKPA | None = None
    pj_teknis: PelaksanaTeknis | None = None
    tujuan: Teks = None
    jadwal: JadwalFPKPA | None = None
    variabel: DaftarVariabelFPKPA = None
    pelaksanaan: Pelaksanaan = None
    frekuensi: Frekuensi = None
    jenis_data: Teks = None
    # Free text on FP-KPA (a set of codes on FS3).
    metode_pengumpulan: Teks = None
    cakupan_wilayah: CakupanWilayah = None
    wilayah: DaftarWilayah = None
    petugas: Petugas = None
    pendidikan_petugas: PendidikanPetugas = None
    jumlah_supervisor: Bilangan = None
    jumlah_enumerator: Bilangan = None
    pelatihan: YaTidak = None
    pengolahan: PengolahanFPKPA | None = None
    metode_analisis: MetodeAnalisis = None
    unit_analisis: UnitAnalisis = None
    tingkat_penyajian: Tingkat = None
    produk: ProdukFPKPA | None = None
    tanggal_rilis: Tanggal = None


class SuratPengantar(Bagian):
    """The agency's cover letter (form_type "surat_pengantar")."""

    nomor_surat: Teks = None
    tanggal_surat: Tanggal = None
    perihal: Teks = None
    instansi: Teks = None
    kepada: Teks = None
    penandatangan: Penandatangan | None = None


FormModel = FS3 | FPKPA | SuratPengantar

#: form_type → model class.
FORM_MODELS: Final[dict[str, type[Bagian]]] = {
    "fs3": FS3,
    "fp-kpa": FPKPA,
    "surat_pengantar": SuratPengantar,
}

__all__ = [
    "FORM_MODELS",
    "FPKPA",
    "FS3",
    "Bagian",
    "FormModel",
    "Penandatangan",
    "Penyelenggara",
    "SuratPengantar",
    "ValueType",
]
