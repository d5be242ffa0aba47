"""Every document rule, positive and negative, on hand-made field sets."""

from __future__ import annotations

from typing import Any

import pytest

from validators.examine import examine_document
from validators.rules.document import nip_problem

ORG = "Dinas Kesehatan Kabupaten Bangka Tengah"
ALAMAT = "Jl. Jenderal Sudirman No. 47, Koba"
TUJUAN = "Mengukur tingkat kepuasan masyarakat terhadap pelayanan puskesmas"


def _jadwal(stages: tuple[str, ...]) -> dict[str, str]:
    months = ("01", "03", "05", "07", "09")
    out = {}
    for stage, month in zip(stages, months, strict=True):
        out[f"jadwal.{stage}.mulai"] = f"2026-{month}-01"
        out[f"jadwal.{stage}.selesai"] = f"2026-{month}-28"
    return out


def fs3(**changes: Any) -> dict[str, Any]:
    """A complete FS3 (probability sample, yearly); ``None`` in changes removes a key."""
    fields: dict[str, Any] = {
        "judul": "Survei Kepuasan Masyarakat terhadap Pelayanan Puskesmas 2026",
        "tahun": 2026,
        "penyelenggara.instansi": ORG,
        "penyelenggara.alamat": ALAMAT,
        "penyelenggara.telepon": "+62718855146",
        "penyelenggara.email": "dinkes@bangkatengahkab.go.id",
        "penyelenggara.kabupaten_kota": "1904",
        "penyelenggara.provinsi": "19",
        "penanggung_jawab.nama": "dr. Rahmat Kurniawan",
        "penanggung_jawab.jabatan": "Kepala Dinas Kesehatan",
        "penanggung_jawab.telepon": "+628781338942",
        "penanggung_jawab.email": "rahmat@bangkatengahkab.go.id",
        "manajer.nama": "Dewi Ratnasari",
        "manajer.jabatan": "Kepala Seksi Pelayanan",
        "manajer.alamat": ALAMAT,
        "manajer.telepon": "+628121447840",
        "manajer.email": "dewi@bangkatengahkab.go.id",
        "pelaksanaan": "berulang",
        "frekuensi": "tahunan",
        "tipe_pengumpulan": "cross_sectional",
        "tujuan": TUJUAN,
        "variabel": [{"nama": "Umur responden", "referensi_waktu": "Saat pencacahan"}],
        "cara_pengumpulan": "sampel",
        "cakupan_wilayah": "sebagian",
        "wilayah": ["1904"],
        "metode_pengumpulan": ["wawancara"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "stratifikasi",
        "uji_coba": True,
        "petugas": "mitra",
        "pendidikan_petugas": "sma",
        "pelatihan": True,
        "jumlah_supervisor": 4,
        "jumlah_enumerator": 16,
        "rancangan_sampel": "multi_tahap",
        "kerangka_sampel": "Register kunjungan pasien puskesmas",
        "fraksi_sampel": "1 dari 40 kunjungan",
        "unit_sampel": "Kunjungan pasien",
        "jumlah_sampel": 1250,
        "sampling_error": "5 persen",
        "responden": "Pasien rawat jalan",
        "pengolahan.penyuntingan": True,
        "pengolahan.penyandian": True,
        "pengolahan.validasi": True,
        "tingkat_estimasi": ["kabupaten_kota"],
        "metode_analisis": "deskriptif",
        "produk.cetak": True,
        "produk.elektronik": True,
        "produk.makro": False,
        "produk.mikro": False,
        **_jadwal(("perencanaan", "lapangan", "pengolahan", "analisis", "diseminasi")),
        "tanggal_rilis": "2026-10-01",
    }
    for key, value in changes.items():
        key = key.replace("__", ".")
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    return fields


def fpkpa(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "judul": "Kompilasi Data Produksi Perikanan Tangkap 2026",
        "tahun": 2026,
        "penyelenggara.instansi": "Dinas Perikanan Kabupaten Bangka Tengah",
        "penyelenggara.alamat": ALAMAT,
        "penyelenggara.telepon": "+627182751482",
        "penyelenggara.email": "perikanan@bangkatengahkab.go.id",
        "penyelenggara.kabupaten_kota": "1904",
        "penyelenggara.provinsi": "19",
        "penanggung_jawab.nama": "Dewi Marlina",
        "penanggung_jawab.jabatan": "Kepala Dinas Perikanan",
        "penanggung_jawab.alamat": ALAMAT,
        "penanggung_jawab.telepon": "+6281187970052",
        "penanggung_jawab.email": "dewi@bangkatengahkab.go.id",
        "pj_teknis.nama": "Rudi Effendi",
        "pj_teknis.jabatan": "Kepala Bidang",
        "pj_teknis.alamat": ALAMAT,
        "pj_teknis.telepon": "+6281269089910",
        "pj_teknis.email": "rudi@bangkatengahkab.go.id",
        "tujuan": "Menyusun data produksi perikanan tangkap bulanan dari register lelang",
        **_jadwal(("perencanaan", "pengumpulan", "pengolahan", "analisis", "diseminasi")),
        "variabel": [{"nama": "Volume produksi", "referensi_waktu": "Bulanan", "sumber": "TPI"}],
        "pelaksanaan": "berulang",
        "frekuensi": "bulanan",
        "jenis_data": "Data administrasi produksi perikanan",
        "metode_pengumpulan": "Rekapitulasi register lelang",
        "cakupan_wilayah": "sebagian",
        "wilayah": ["1904"],
        "petugas": "staf",
        "pendidikan_petugas": "diploma",
        "jumlah_supervisor": 1,
        "jumlah_enumerator": 4,
        "pelatihan": True,
        "pengolahan.penyuntingan": True,
        "pengolahan.entri_data": True,
        "pengolahan.penyandian": False,
        "pengolahan.validasi": True,
        "metode_analisis": "deskriptif",
        "unit_analisis": ["usaha"],
        "tingkat_penyajian": ["kabupaten_kota"],
        "produk.cetak": True,
        "produk.elektronik": True,
        "tanggal_rilis": "2026-10-01",
    }
    for key, value in changes.items():
        key = key.replace("__", ".")
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    return fields


def surat(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "nomor_surat": "400.7/734/Dinkes/2026",
        "tanggal_surat": "2026-01-14",
        "perihal": "Permohonan Rekomendasi Survei Kepuasan Masyarakat",
        "instansi": ORG,
        "kepada": "Kepala BPS Kabupaten Bangka Tengah",
        "penandatangan.nama": "dr. Rahmat Kurniawan",
        "penandatangan.jabatan": "Kepala Dinas Kesehatan",
        "penandatangan.nip": "198006012006011004",
    }
    for key, value in changes.items():
        key = key.replace("__", ".")
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    return fields


def rules_on(form_type: str, fields: dict[str, Any]) -> set[tuple[str, str | None, str]]:
    result = examine_document(form_type, fields)
    return {(f.rule, f.field, f.severity) for f in result.findings}


@pytest.mark.parametrize(
    ("form_type", "fields"),
    [("fs3", fs3()), ("fp-kpa", fpkpa()), ("surat_pengantar", surat())],
)
def test_complete_documents_have_no_findings(form_type: str, fields: dict[str, Any]) -> None:
    result = examine_document(form_type, fields)
    assert result.findings == []
    assert result.verdict == "lengkap"


# One row per rule: (form, fields, expected (rule, field, severity)).
CASES = [
    ("fs3", fs3(penyelenggara__email=None), ("FS3-WAJIB-01", "penyelenggara.email", "error")),
    ("fs3", fs3(variabel=None), ("FS3-WAJIB-01", "variabel", "error")),
    (
        "fs3",
        fs3(penyelenggara__email="bukan surel"),
        ("FS3-NILAI-01", "penyelenggara.email", "error"),
    ),
    ("fs3", fs3(manajer__telepon="12"), ("FS3-NILAI-01", "manajer.telepon", "error")),
    (
        "fs3",
        fs3(penyelenggara__kabupaten_kota=None),
        ("FS3-R1-02", "penyelenggara.kabupaten_kota", "error"),
    ),
    (
        "fs3",
        fs3(penyelenggara__provinsi="63"),
        ("FS3-R1-03", "penyelenggara.kabupaten_kota", "error"),
    ),
    ("fs3", fs3(frekuensi=None), ("FS3-R3-02", "frekuensi", "error")),
    ("fs3", fs3(pelaksanaan="sekali"), ("FS3-R3-02", "frekuensi", "error")),
    ("fs3", fs3(wilayah=None), ("FS3-R5-03", "wilayah", "error")),
    ("fs3", fs3(cakupan_wilayah="seluruh_indonesia"), ("FS3-R5-03", "wilayah", "error")),
    ("fs3", fs3(tujuan="Evaluasi"), ("FS3-R4-01", "tujuan", "error")),
    ("fs3", fs3(metode_pemilihan=None), ("FS3-R5-05", "metode_pemilihan", "error")),
    ("fs3", fs3(metode_pemilihan="kuota"), ("FS3-R5-06", "metode_pemilihan", "error")),
    ("fs3", fs3(jumlah_supervisor=20), ("FS3-R5-11", "jumlah_supervisor", "error")),
    (
        "fs3",
        fs3(jumlah_enumerator=0, jumlah_supervisor=0),
        ("FS3-R5-11", "jumlah_enumerator", "error"),
    ),
    ("fs3", fs3(kerangka_sampel=None), ("FS3-R6-01", "kerangka_sampel", "error")),
    (
        "fs3",
        fs3(
            metode_sampel="nonprobabilitas",
            metode_pemilihan="purposive",
            tingkat_estimasi=["lainnya"],
        ),
        ("FS3-R6-01", "rancangan_sampel", "error"),
    ),
    (
        "fs3",
        fs3(jadwal__lapangan__selesai="2026-02-01"),
        ("FS3-R7-05", "jadwal.lapangan.selesai", "error"),
    ),
    (
        "fs3",
        fs3(jadwal__pengolahan__mulai="2026-02-01"),
        ("FS3-R7-05B", "jadwal.pengolahan.mulai", "warning"),
    ),
    ("fs3", fs3(tahun=2025), ("FS3-R7-05C", "tahun", "warning")),
    ("fs3", fs3(tanggal_rilis="2026-07-15"), ("FS3-R7-06", "tanggal_rilis", "error")),
    (
        "fs3",
        fs3(produk__cetak=False, produk__elektronik=False),
        ("FS3-R7-04", "produk.cetak", "warning"),
    ),
    ("fp-kpa", fpkpa(pj_teknis__email=None), ("FPKPA-WAJIB-01", "pj_teknis.email", "error")),
    ("fp-kpa", fpkpa(tanggal_rilis="kemarin"), ("FPKPA-NILAI-01", "tanggal_rilis", "error")),
    (
        "fp-kpa",
        fpkpa(penyelenggara__kabupaten_kota=None),
        ("FPKPA-B1-02", "penyelenggara.kabupaten_kota", "error"),
    ),
    (
        "fp-kpa",
        fpkpa(penyelenggara__provinsi="63"),
        ("FPKPA-B1-03", "penyelenggara.kabupaten_kota", "error"),
    ),
    ("fp-kpa", fpkpa(frekuensi=None), ("FPKPA-B5-02", "frekuensi", "error")),
    ("fp-kpa", fpkpa(wilayah=None), ("FPKPA-B5-03", "wilayah", "error")),
    ("fp-kpa", fpkpa(tujuan="Data"), ("FPKPA-B3-01", "tujuan", "error")),
    ("fp-kpa", fpkpa(jumlah_supervisor=9), ("FPKPA-B6-11", "jumlah_supervisor", "error")),
    (
        "fp-kpa",
        fpkpa(jadwal__pengumpulan__selesai="2026-02-01"),
        ("FPKPA-B3-02", "jadwal.pengumpulan.selesai", "error"),
    ),
    (
        "fp-kpa",
        fpkpa(jadwal__pengolahan__mulai="2026-02-01"),
        ("FPKPA-B3-02B", "jadwal.pengolahan.mulai", "warning"),
    ),
    ("fp-kpa", fpkpa(tahun=2024), ("FPKPA-B3-02C", "tahun", "warning")),
    ("fp-kpa", fpkpa(tanggal_rilis="2026-07-10"), ("FPKPA-B7-06", "tanggal_rilis", "error")),
    (
        "fp-kpa",
        fpkpa(produk__cetak=False, produk__elektronik=False),
        ("FPKPA-B7-04", "produk.cetak", "warning"),
    ),
    ("surat_pengantar", surat(nomor_surat=None), ("SP-WAJIB-01", "nomor_surat", "error")),
    (
        "surat_pengantar",
        surat(tanggal_surat="31 Februari 2026"),
        ("SP-NILAI-01", "tanggal_surat", "error"),
    ),
    (
        "surat_pengantar",
        surat(penandatangan__nip=None),
        ("SP-NIP-01", "penandatangan.nip", "warning"),
    ),
    (
        "surat_pengantar",
        surat(penandatangan__nip="19790319 201003 2 07"),
        ("SP-NIP-01", "penandatangan.nip", "warning"),
    ),
    (
        "surat_pengantar",
        surat(penandatangan__nip="198013452006011004"),
        ("SP-NIP-01", "penandatangan.nip", "warning"),
    ),
]


@pytest.mark.parametrize(("form_type", "fields", "expected"), CASES, ids=lambda v: "")
def test_rule_flags_its_defect(
    form_type: str, fields: dict[str, Any], expected: tuple[str, str, str]
) -> None:
    assert expected in rules_on(form_type, fields)


def test_nonprobability_sample_claiming_area_estimates_is_a_warning() -> None:
    fields = fs3(
        metode_sampel="nonprobabilitas",
        metode_pemilihan="purposive",
        **{key: None for key in ("rancangan_sampel", "kerangka_sampel", "fraksi_sampel")},
        unit_sampel=None,
        jumlah_sampel=None,
        sampling_error=None,
        responden=None,
    )
    found = rules_on("fs3", fields)
    assert found == {("FS3-R7-02", "tingkat_estimasi", "warning")}
    assert examine_document("fs3", fields).verdict == "lengkap"


def test_census_without_sample_method_and_block_vi_is_complete() -> None:
    block = ("metode_sampel", "metode_pemilihan", "rancangan_sampel", "kerangka_sampel")
    rest = ("fraksi_sampel", "unit_sampel", "jumlah_sampel", "sampling_error", "responden")
    fields = fs3(cara_pengumpulan="sensus", **dict.fromkeys(block + rest))
    assert rules_on("fs3", fields) == set()


def test_census_with_a_sample_method_is_flagged() -> None:
    rest = ("rancangan_sampel", "kerangka_sampel", "fraksi_sampel", "unit_sampel")
    more = ("jumlah_sampel", "sampling_error", "responden", "metode_pemilihan")
    fields = fs3(cara_pengumpulan="sensus", **dict.fromkeys(rest + more))
    assert ("FS3-R5-05", "metode_sampel", "error") in rules_on("fs3", fields)


def test_central_body_need_not_give_a_kabupaten() -> None:
    fields = fs3(
        penyelenggara__instansi="Pusat Data dan Informasi, Kementerian Kesehatan",
        penyelenggara__kabupaten_kota=None,
    )
    assert not any(rule == "FS3-R1-02" for rule, _, _ in rules_on("fs3", fields))


def test_one_off_activity_without_frequency_is_fine() -> None:
    assert rules_on("fs3", fs3(pelaksanaan="sekali", frekuensi=None)) == set()


def test_finding_names_block_item_reason_and_evidence_page() -> None:
    fields: dict[str, Any] = fs3(metode_pemilihan="kuota")
    fields["metode_pemilihan"] = {"value": "kuota", "page": 2, "confidence": 0.9}
    result = examine_document("fs3", fields, file="fs3.pdf")
    (found,) = result.findings
    assert found.rule == "FS3-R5-06"
    assert found.message.startswith("Blok V R.5.6: metode pemilihan sampel")
    assert found.page == 2
    assert found.item == "Blok V R.5.6"
    assert found.reason and "sampel" in found.reason
    assert found.input == "kuota"
    assert found.document == "fs3.pdf"
    assert result.as_dict()["findings"][0] == {
        "rule": "FS3-R5-06",
        "severity": "error",
        "field": "metode_pemilihan",
        "page": 2,
        "message": found.message,
    }


def test_refused_value_is_reported_once_not_also_as_missing() -> None:
    found = rules_on("fs3", fs3(penyelenggara__email="bukan surel"))
    assert found == {("FS3-NILAI-01", "penyelenggara.email", "error")}


def test_questionnaire_has_no_rules() -> None:
    result = examine_document("kuesioner", {"judul": {"value": "Kuesioner", "page": 1}})
    assert result.verdict == "lengkap"
    assert result.findings == []
    assert result.fields == {"judul": "Kuesioner"}


@pytest.mark.parametrize(
    ("nip", "ok"),
    [
        ("198006012006011004", True),
        ("19800601200601100", False),
        ("198013012006011004", False),
        ("198006012006013004", False),
    ],
)
def test_nip_problem(nip: str, ok: bool) -> None:
    assert (nip_problem(nip) is None) is ok


def test_kabupaten_outside_its_province_names_both_and_the_right_province() -> None:
    result = examine_document("fs3", fs3(penyelenggara__provinsi="63"), file="fs3.pdf")
    (found,) = [f for f in result.findings if f.rule == "FS3-R1-03"]
    assert "Kabupaten Bangka Tengah" in found.message
    assert "tidak terletak di Provinsi Kalimantan Selatan" in found.message
    assert "Provinsi Kepulauan Bangka Belitung" in found.message
    # the same region codes in agreement: no finding
    assert "FS3-R1-03" not in rules_on("fs3", fs3(penyelenggara__provinsi="19"))
