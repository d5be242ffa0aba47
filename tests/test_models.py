"""Form models and flat field sets: round trips, half-filled forms, refused values.

The people, numbers and addresses below are fictitious.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, get_args

import pytest

from validators import (
    FIELD_SPECS,
    FORM_MODELS,
    FPKPA,
    FS3,
    MESSAGES,
    SuratPengantar,
    UnknownFormType,
    field_spec,
    flat_keys,
    parse_fields,
    to_flat,
)
from validators.choices import CODES
from validators.messages import IssueType

FS3_FIELDS: dict[str, Any] = {
    "judul": "Survei Kepuasan Pasien Puskesmas Kabupaten Bangka Tengah Tahun 2026",
    "tahun": 2026,
    "penyelenggara.instansi": "Dinas Kesehatan Kabupaten Bangka Tengah",
    "penyelenggara.alamat": "Jl. Titian Puspa No. 12, Koba",
    "penyelenggara.telepon": "+627187362100",
    "penyelenggara.faks": "+627187362101",
    "penyelenggara.email": "dinkes@bangkatengahkab.go.id",
    "penyelenggara.kabupaten_kota": "1904",
    "penyelenggara.provinsi": "19",
    "penanggung_jawab.nama": "dr. Rina Marlinda, M.Kes.",
    "penanggung_jawab.jabatan": "Kepala Dinas Kesehatan",
    "penanggung_jawab.telepon": "+6281234500011",
    "penanggung_jawab.faks": "+627187362101",
    "penanggung_jawab.email": "rina.marlinda@bangkatengahkab.go.id",
    "manajer.nama": "Andi Saputro, S.K.M.",
    "manajer.jabatan": "Kepala Seksi Data dan Informasi Kesehatan",
    "manajer.alamat": "Jl. Titian Puspa No. 12, Koba",
    "manajer.telepon": "+6282187370001",
    "manajer.email": "andi.saputro@bangkatengahkab.go.id",
    "pelaksanaan": "berulang",
    "frekuensi": "tahunan",
    "tipe_pengumpulan": "cross_sectional",
    "tujuan": "Mengukur kepuasan pasien rawat jalan sebagai bahan perbaikan layanan puskesmas.",
    "variabel": [
        {"nama": "Umur responden", "referensi_waktu": "Saat pencacahan"},
        {"nama": "Lama waktu tunggu", "referensi_waktu": "Kunjungan terakhir"},
        {"nama": "Kepuasan terhadap petugas", "referensi_waktu": "Kunjungan terakhir"},
    ],
    "cara_pengumpulan": "sampel",
    "cakupan_wilayah": "sebagian",
    "wilayah": ["1904"],
    "metode_pengumpulan": ["swacacah", "wawancara"],
    "metode_sampel": "probabilitas",
    "metode_pemilihan": "sistematik",
    "uji_coba": True,
    "petugas": "keduanya",
    "pendidikan_petugas": "sma",
    "pelatihan": True,
    "jumlah_supervisor": 4,
    "jumlah_enumerator": 20,
    "rancangan_sampel": "multi_tahap",
    "kerangka_sampel": "Daftar kunjungan pasien rawat jalan 12 puskesmas, Januari 2026",
    "fraksi_sampel": "5 persen",
    "unit_sampel": "Pasien rawat jalan",
    "jumlah_sampel": 1250,
    "sampling_error": "MoE 5 persen pada tingkat kepercayaan 95 persen",
    "responden": "Pasien rawat jalan berumur 15 tahun ke atas",
    "pengolahan.penyuntingan": True,
    "pengolahan.penyandian": False,
    "pengolahan.validasi": True,
    "tingkat_estimasi": ["kabupaten_kota"],
    "metode_analisis": "deskriptif",
    "produk.cetak": False,
    "produk.elektronik": True,
    "produk.makro": True,
    "produk.mikro": False,
    "jadwal.perencanaan.mulai": "2026-02-02",
    "jadwal.perencanaan.selesai": "2026-03-31",
    "jadwal.lapangan.mulai": "2026-04-06",
    "jadwal.lapangan.selesai": "2026-05-29",
    "jadwal.pengolahan.mulai": "2026-06-01",
    "jadwal.pengolahan.selesai": "2026-07-31",
    "jadwal.analisis.mulai": "2026-08-03",
    "jadwal.analisis.selesai": "2026-09-30",
    "jadwal.diseminasi.mulai": "2026-10-01",
    "jadwal.diseminasi.selesai": "2026-11-30",
    "tanggal_rilis": "2026-11-16",
}

FPKPA_FIELDS: dict[str, Any] = {
    "judul": "Kompilasi Data Penerima Bantuan Sosial Kota Banjarmasin 2026",
    "tahun": 2026,
    "penyelenggara.instansi": "Dinas Sosial Kota Banjarmasin",
    "penyelenggara.alamat": "Jl. Pramuka No. 4, Banjarmasin Timur",
    "penyelenggara.telepon": "+625116773031",
    "penyelenggara.faks": "+625116773032",
    "penyelenggara.email": "dinsos@banjarmasinkota.go.id",
    "penyelenggara.kabupaten_kota": "6371",
    "penyelenggara.provinsi": "63",
    "penanggung_jawab.nama": "Hj. Siti Rahmawati, S.Sos., M.Si.",
    "penanggung_jawab.jabatan": "Kepala Dinas Sosial",
    "penanggung_jawab.alamat": "Jl. Pramuka No. 4, Banjarmasin Timur",
    "penanggung_jawab.telepon": "+6281351230099",
    "penanggung_jawab.faks": "+625116773032",
    "penanggung_jawab.email": "siti.rahmawati@banjarmasinkota.go.id",
    "pj_teknis.nama": "Muhammad Rizky Pratama, S.Kom.",
    "pj_teknis.jabatan": "Pranata Komputer Ahli Pertama",
    "pj_teknis.alamat": "Jl. Pramuka No. 4, Banjarmasin Timur",
    "pj_teknis.telepon": "+6285245670012",
    "pj_teknis.email": "rizky.pratama@banjarmasinkota.go.id",
    "tujuan": "Menyediakan data penerima bantuan sosial per kelurahan untuk perencanaan program.",
    "jadwal.perencanaan.mulai": "2026-01-05",
    "jadwal.perencanaan.selesai": "2026-01-30",
    "jadwal.pengumpulan.mulai": "2026-02-02",
    "jadwal.pengumpulan.selesai": "2026-04-30",
    "jadwal.pengolahan.mulai": "2026-05-04",
    "jadwal.pengolahan.selesai": "2026-06-30",
    "jadwal.analisis.mulai": "2026-07-01",
    "jadwal.analisis.selesai": "2026-07-31",
    "jadwal.diseminasi.mulai": "2026-08-03",
    "jadwal.diseminasi.selesai": "2026-08-31",
    "variabel": [
        {
            "nama": "Jumlah keluarga penerima manfaat",
            "referensi_waktu": "Akhir bulan",
            "sumber": "Data Terpadu Kesejahteraan Sosial",
        },
        {
            "nama": "Jenis bantuan",
            "referensi_waktu": "Akhir bulan",
            "sumber": "Register penyaluran bantuan",
        },
    ],
    "pelaksanaan": "berulang",
    "frekuensi": "bulanan",
    "jenis_data": "Register penyaluran bantuan sosial",
    "metode_pengumpulan": "Salinan register dari setiap kelurahan, direkap bulanan",
    "cakupan_wilayah": "sebagian",
    "wilayah": ["6371"],
    "petugas": "staf",
    "pendidikan_petugas": "diploma",
    "jumlah_supervisor": 2,
    "jumlah_enumerator": 52,
    "pelatihan": False,
    "pengolahan.penyuntingan": True,
    "pengolahan.entri_data": True,
    "pengolahan.penyandian": False,
    "pengolahan.validasi": True,
    "metode_analisis": "deskriptif",
    "unit_analisis": ["rumah_tangga"],
    "tingkat_penyajian": ["kabupaten_kota", "kecamatan"],
    "produk.cetak": False,
    "produk.elektronik": True,
    "tanggal_rilis": "2026-08-17",
}

SURAT_FIELDS: dict[str, Any] = {
    "nomor_surat": "800/412/Dinkes/2026",
    "tanggal_surat": "2026-01-19",
    "perihal": "Permohonan Rekomendasi Kegiatan Statistik",
    "instansi": "Dinas Kesehatan Kabupaten Bangka Tengah",
    "kepada": "Kepala BPS Kabupaten Bangka Tengah",
    "penandatangan.nama": "dr. Rina Marlinda, M.Kes.",
    "penandatangan.jabatan": "Kepala Dinas Kesehatan",
    "penandatangan.nip": "197805122003122004",
}

COMPLETE = {"fs3": FS3_FIELDS, "fp-kpa": FPKPA_FIELDS, "surat_pengantar": SURAT_FIELDS}

#: The FS3 above as a typed-in form prints it.
FS3_PRINTED: dict[str, Any] = {
    **FS3_FIELDS,
    "judul": "  Survei Kepuasan Pasien Puskesmas\nKabupaten Bangka Tengah  Tahun 2026 ",
    "tahun": "2026",
    "penyelenggara.telepon": "(0718) 7362100",
    "penyelenggara.faks": "0718-7362101",
    "penyelenggara.email": "DinKes@BangkaTengahKab.go.id",
    "penyelenggara.kabupaten_kota": "Kab Bangka  Tengah",
    "penyelenggara.provinsi": "Prov. Kep. Bangka Belitung",
    "penanggung_jawab.telepon": "0812-3450-0011",
    "penanggung_jawab.faks": "(62-718) 7362101",
    "manajer.telepon": "+62 821-8737-0001",
    "pelaksanaan": "Berulang",
    "frekuensi": "Tahunan",
    "tipe_pengumpulan": "Cross Sectional",
    "cara_pengumpulan": "Sampel",
    "cakupan_wilayah": "Sebagian wilayah Indonesia",
    "wilayah": "Kabupaten Bangka Tengah",
    "metode_pengumpulan": "Wawancara, Mengisi kuesioner sendiri (swacacah)",
    "metode_sampel": "Sampel probabilitas",
    "metode_pemilihan": "Acak sistematik (systematic sampling)",
    "uji_coba": "Ya",
    "petugas": "Staf instansi dan mitra",
    "pendidikan_petugas": "SMA/SMK/sederajat",
    "pelatihan": "1",
    "jumlah_supervisor": "4 orang",
    "jumlah_enumerator": "20 orang",
    "rancangan_sampel": "Bertahap (multi stage)",
    "jumlah_sampel": "1.250",
    "pengolahan.penyuntingan": "☑",
    "pengolahan.penyandian": "☐",
    "pengolahan.validasi": "✓",
    "tingkat_estimasi": "Kabupaten/Kota",
    "metode_analisis": "Deskriptif",
    "produk.cetak": "Tidak",
    "produk.elektronik": "Ya",
    "produk.makro": "X",
    "produk.mikro": "2",
    "jadwal.perencanaan.mulai": "2 Februari 2026",
    "jadwal.perencanaan.selesai": "31 Maret 2026",
    "jadwal.lapangan.mulai": "06-04-2026",
    "jadwal.lapangan.selesai": "29/5/2026",
    "jadwal.pengolahan.mulai": "1 Jun 2026",
    "jadwal.pengolahan.selesai": "31 Jul 2026",
    "jadwal.analisis.mulai": "3 Agt 2026",
    "jadwal.analisis.selesai": "30 Sep 2026",
    "jadwal.diseminasi.mulai": "1 Okt 2026",
    "jadwal.diseminasi.selesai": "30 Nov 2026",
    "tanggal_rilis": "16 November 2026",
}


def _evidence(fields: dict[str, Any], *, page: int = 1) -> dict[str, Any]:
    """The extraction output form of a field set."""
    return {
        key: {"value": value, "confidence": 0.93, "page": page, "bbox": [72.0, 100.0, 300.0, 112.0]}
        for key, value in fields.items()
    }


# --- round trips ----------------------------------------------------------------


@pytest.mark.parametrize("form_type", sorted(COMPLETE))
def test_complete_field_set_round_trips_exactly(form_type: str) -> None:
    result = parse_fields(form_type, COMPLETE[form_type])
    assert result.issues == []
    assert to_flat(result.model) == COMPLETE[form_type]


@pytest.mark.parametrize("form_type", sorted(COMPLETE))
def test_complete_field_set_covers_every_forms_md_key(form_type: str) -> None:
    assert set(COMPLETE[form_type]) == set(FIELD_SPECS[form_type])


@pytest.mark.parametrize("form_type", sorted(COMPLETE))
def test_flat_output_is_json_in_value_form(form_type: str) -> None:
    flat = parse_fields(form_type, COMPLETE[form_type]).fields
    assert json.loads(json.dumps(flat)) == flat


def test_printed_fs3_normalises_to_the_value_form() -> None:
    result = parse_fields("fs3", FS3_PRINTED)
    assert result.issues == []
    assert result.fields == FS3_FIELDS


def test_evidence_objects_give_the_same_model_and_are_kept_by_key() -> None:
    result = parse_fields("fs3", _evidence(FS3_PRINTED, page=2))
    assert result.fields == FS3_FIELDS
    evidence = result.evidence["penyelenggara.telepon"]
    assert evidence.value == "(0718) 7362100"
    assert evidence.page == 2
    assert evidence.confidence == pytest.approx(0.93)
    assert evidence.bbox == (72.0, 100.0, 300.0, 112.0)


def test_nested_objects_are_accepted_as_well_as_dotted_keys() -> None:
    nested = {
        "nomor_surat": "005/77/Bappeda/2026",
        "penandatangan": {"nama": "Ir. Bambang Sulistyo", "nip": "19700101 199503 1 002"},
    }
    result = parse_fields("surat_pengantar", nested)
    assert result.fields == {
        "nomor_surat": "005/77/Bappeda/2026",
        "penandatangan.nama": "Ir. Bambang Sulistyo",
        "penandatangan.nip": "197001011995031002",
    }


# --- incomplete forms --------------------------------------------------------------


def test_half_filled_form_is_representable() -> None:
    half = {
        "judul": "Survei Sosial Ekonomi Nelayan",
        "penyelenggara.instansi": "Dinas Kelautan dan Perikanan Kabupaten Belitung Timur",
        "jadwal.lapangan.mulai": "2026-05-04",
        "metode_pengumpulan": ["wawancara"],
    }
    result = parse_fields("fs3", half)
    assert result.issues == []
    assert result.fields == half
    model = result.model
    assert isinstance(model, FS3)
    assert model.tahun is None
    assert model.penanggung_jawab is None
    assert model.jadwal is not None and model.jadwal.lapangan is not None
    assert model.jadwal.lapangan.selesai is None


@pytest.mark.parametrize("form_type", sorted(FORM_MODELS))
def test_empty_field_set_is_an_empty_model(form_type: str) -> None:
    result = parse_fields(form_type, {})
    assert result.ok
    assert to_flat(result.model) == {}


def test_empty_values_are_absent_not_null() -> None:
    result = parse_fields(
        "surat_pengantar",
        {"nomor_surat": "  ", "perihal": "-", "kepada": None, "penandatangan.nip": {"value": ""}},
    )
    assert result.ok
    assert result.fields == {}


def test_unknown_keys_are_kept() -> None:
    fields = {
        "judul": "Pendataan UMKM",
        "penyelenggara.website": "https://diskop.example.go.id",
        "lampiran.jumlah_halaman": 12,
    }
    result = parse_fields("fp-kpa", fields)
    assert result.ok
    assert result.fields == fields


def test_variables_written_as_names_or_numbered_keys_become_objects() -> None:
    result = parse_fields(
        "fs3",
        {
            "variabel.0.nama": "Umur",
            "variabel.0.referensi_waktu": "Saat ini",
            "variabel.1.nama": "Pendidikan",
        },
    )
    assert result.fields["variabel"] == [
        {"nama": "Umur", "referensi_waktu": "Saat ini"},
        {"nama": "Pendidikan"},
    ]
    assert parse_fields("fs3", {"variabel": ["Umur", ""]}).fields["variabel"] == [{"nama": "Umur"}]


# --- refused values -------------------------------------------------------------


@pytest.mark.parametrize(
    ("form_type", "key", "written", "error_type"),
    [
        ("fs3", "jadwal.lapangan.mulai", "31 Februari 2026", "tanggal_tidak_ada"),
        ("fs3", "tanggal_rilis", "Oktober 2026", "tanggal_tidak_lengkap"),
        ("fs3", "jadwal.analisis.selesai", "1 s.d. 30 Sep 2026", "tanggal_rentang"),
        ("fs3", "penyelenggara.telepon", "0718-73", "telepon_panjang_salah"),
        ("fs3", "manajer.telepon", "hubungi kantor", "telepon_tidak_valid"),
        ("fs3", "penyelenggara.email", "dinkes.bangkatengah", "email_tidak_valid"),
        ("fs3", "jumlah_enumerator", "dua puluh", "bilangan_tidak_valid"),
        ("fs3", "uji_coba", "mungkin", "ya_tidak_tidak_dikenal"),
        ("fs3", "pelaksanaan", "Kadang-kadang", "pilihan_tidak_dikenal"),
        ("fs3", "cara_pengumpulan", "Sampel, Sensus", "pilihan_lebih_dari_satu"),
        (
            "fs3",
            "penyelenggara.kabupaten_kota",
            "Kabupaten Antah Berantah",
            "wilayah_tidak_dikenal",
        ),
        ("fs3", "penyelenggara.provinsi", "Kab. Bangka Tengah", "wilayah_tingkat_salah"),
        ("fs3", "wilayah", "Kab. Bangka Tengah, Pulau Impian", "wilayah_tidak_dikenal"),
        ("fs3", "variabel", "Umur, pendidikan", "variabel_tidak_valid"),
        ("fs3", "judul", ["Survei", "Ganda"], "teks_tidak_valid"),
        ("fp-kpa", "unit_analisis", "Desa", "pilihan_tidak_dikenal"),
        ("fp-kpa", "pengolahan.entri_data", "barangkali", "ya_tidak_tidak_dikenal"),
        ("surat_pengantar", "penandatangan.nip", "19780512 200312 1", "nip_tidak_valid"),
        ("surat_pengantar", "tanggal_surat", "Koba, 31 Juni 2026", "tanggal_tidak_ada"),
    ],
)
def test_invalid_value_is_dropped_and_reported_in_indonesian(
    form_type: str, key: str, written: Any, error_type: str
) -> None:
    fields = {**COMPLETE[form_type], key: written}
    result = parse_fields(form_type, fields)
    assert [(i.field, i.type) for i in result.issues] == [(key, error_type)]
    issue = result.issues[0]
    assert issue.input == written
    spec = field_spec(form_type, key)
    assert spec is not None
    assert issue.item == spec.item
    assert issue.message_id.startswith(f"{spec.item}, {spec.label}: ")
    assert issue.message_en.startswith(f"{spec.item} ({key}): ")
    # Everything else survives; only the refused key is absent.
    expected = {k: v for k, v in COMPLETE[form_type].items() if k != key}
    assert result.fields == expected


def test_issue_takes_its_page_from_the_evidence() -> None:
    fields = _evidence(
        {"judul": "Survei Harga Produsen", "tanggal_rilis": "31 Februari 2026"}, page=4
    )
    result = parse_fields("fs3", fields)
    assert [(issue.field, issue.page) for issue in result.issues] == [("tanggal_rilis", 4)]
    assert result.fields == {"judul": "Survei Harga Produsen"}


def test_bad_variable_is_dropped_and_the_others_kept() -> None:
    fields = {
        "variabel": [{"nama": "Umur"}, 42, {"nama": "Jenis kelamin", "referensi_waktu": ["x"]}]
    }
    result = parse_fields("fs3", fields)
    assert {(i.field, i.type, i.loc) for i in result.issues} == {
        ("variabel", "variabel_tidak_valid", "variabel.1"),
        ("variabel", "teks_tidak_valid", "variabel.2.referensi_waktu"),
    }
    assert result.fields == {"variabel": [{"nama": "Umur"}, {"nama": "Jenis kelamin"}]}


def test_group_given_as_one_value_is_reported_with_pydantics_type() -> None:
    result = parse_fields("fs3", {"penyelenggara": 12, "judul": "Survei Ubinan"})
    assert [(i.field, i.type) for i in result.issues] == [("penyelenggara", "model_type")]
    assert result.issues[0].message_id.startswith("penyelenggara: Isian 12 harus berupa kelompok")
    assert result.fields == {"judul": "Survei Ubinan"}


def test_value_clashing_with_deeper_keys_is_reported() -> None:
    result = parse_fields(
        "fs3", {"jadwal.lapangan": "April 2026", "jadwal.lapangan.mulai": "6 April 2026"}
    )
    assert [(i.field, i.type) for i in result.issues] == [("jadwal.lapangan", "kunci_bentrok")]
    assert result.fields == {"jadwal.lapangan.mulai": "2026-04-06"}


def test_issue_as_dict_is_json_ready() -> None:
    result = parse_fields("fs3", {"tanggal_rilis": {"value": "31 Februari 2026", "page": 3}})
    (issue,) = result.issues
    data = json.loads(json.dumps(issue.as_dict()))
    assert data["field"] == "tanggal_rilis"
    assert data["type"] == "tanggal_tidak_ada"
    assert data["page"] == 3
    assert data["input"] == "31 Februari 2026"
    assert "tidak ada dalam kalender" in data["message_id"]


def test_unknown_form_type_is_a_clear_value_error() -> None:
    with pytest.raises(UnknownFormType, match="kuesioner") as caught:
        parse_fields("kuesioner", {})
    assert isinstance(caught.value, ValueError)


# --- the key table -----------------------------------------------------------------


@pytest.mark.parametrize("form_type", sorted(FORM_MODELS))
def test_key_table_has_exactly_the_models_keys(form_type: str) -> None:
    assert list(FIELD_SPECS[form_type]) == flat_keys(FORM_MODELS[form_type])


@pytest.mark.parametrize(
    ("form_type", "key", "value_type", "item"),
    [
        ("fs3", "metode_pengumpulan", "set", "Blok V R.5.4"),
        ("fp-kpa", "metode_pengumpulan", "text", "Blok V"),
        ("fs3", "metode_pemilihan", "enum", "Blok V R.5.6"),
        ("fs3", "wilayah", "set_region", "Blok V R.5.3"),
        ("fs3", "penyelenggara.kabupaten_kota", "region", "Blok I R.1.2"),
        ("fs3", "jadwal.diseminasi.selesai", "date", "Blok VII R.7.5"),
        ("fs3", "variabel", "list", "Blok IV R.4.2"),
        ("fp-kpa", "pj_teknis.email", "email", "Blok II R.2.2"),
        ("surat_pengantar", "penandatangan.nip", "nip", "Surat pengantar"),
    ],
)
def test_key_table_gives_type_and_item(
    form_type: str, key: str, value_type: str, item: str
) -> None:
    spec = field_spec(form_type, key)
    assert spec is not None
    assert (spec.type, spec.item) == (value_type, item)


def test_key_table_carries_codes_and_required_text() -> None:
    spec = FIELD_SPECS["fs3"]["metode_pemilihan"]
    assert spec.codes == CODES["metode_pemilihan"]
    assert spec.required == "yes if sampel; must match metode_sampel"
    assert FIELD_SPECS["fs3"]["judul"].always_required
    assert FIELD_SPECS["fs3"]["penyelenggara.faks"].required == "no"
    assert FIELD_SPECS["fs3"]["penyelenggara.provinsi"].level == "provinsi"


def test_models_are_registered_by_form_type() -> None:
    assert {"fs3": FS3, "fp-kpa": FPKPA, "surat_pengantar": SuratPengantar} == FORM_MODELS


# --- messages ------------------------------------------------------------------------


def test_every_rekom_error_type_has_both_messages() -> None:
    for code in get_args(IssueType):
        assert code in MESSAGES, code
    for code, message in MESSAGES.items():
        assert message.id.strip() and message.en.strip(), code


def test_docs_name_every_error_type(repo_root: Path) -> None:
    doc = (repo_root / "docs" / "forms.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z_]+)`", doc))
    assert set(MESSAGES) <= named
