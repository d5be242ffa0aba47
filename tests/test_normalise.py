"""Value normalisers: what forms write → FORMS.md value forms, and what they refuse."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from validators.messages import MESSAGES
from validators.normalise import (
    InvalidValue,
    NipParts,
    is_empty,
    nip_parts,
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
)


def _refused(normaliser: Any, value: Any, *args: Any, **kwargs: Any) -> InvalidValue:
    with pytest.raises(InvalidValue) as caught:
        normaliser(value, *args, **kwargs)
    return caught.value


# --- empty ------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, "", "   ", "-", "—", "\n", [], ["", "-"]])
def test_empty_values_normalise_to_none_everywhere(value: Any) -> None:
    assert is_empty(value)
    for normaliser in (
        normalise_text,
        normalise_int,
        normalise_bool,
        normalise_date,
        normalise_phone,
        normalise_email,
        normalise_nip,
        normalise_regions,
    ):
        assert normaliser(value) is None


# --- dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("12 Januari 2025", date(2025, 1, 12)),
        ("12 Jan 2025", date(2025, 1, 12)),
        ("12 Agt 2025", date(2025, 8, 12)),
        ("12 Agu 2025", date(2025, 8, 12)),
        ("12 Agust. 2025", date(2025, 8, 12)),
        ("12 Agustus 2025", date(2025, 8, 12)),
        ("1 Mei 2025", date(2025, 5, 1)),
        ("3 Sept 2025", date(2025, 9, 3)),
        ("3 Okt 2025", date(2025, 10, 3)),
        ("24 Des 2025", date(2025, 12, 24)),
        ("12 Pebruari 2025", date(2025, 2, 12)),
        ("12 Nopember 2025", date(2025, 11, 12)),
        ("12 August 2025", date(2025, 8, 12)),
        ("January 12, 2025", date(2025, 1, 12)),
        ("12-01-2025", date(2025, 1, 12)),
        ("12/01/2025", date(2025, 1, 12)),
        ("12/1/2025", date(2025, 1, 12)),
        ("12.01.2025", date(2025, 1, 12)),
        ("12-01-25", date(2025, 1, 12)),
        ("2025-01-12", date(2025, 1, 12)),
        ("  12   JANUARI   2025 ", date(2025, 1, 12)),
        ("Koba, 12 Januari 2025", date(2025, 1, 12)),
        ("Senin, 12 Januari 2025", date(2025, 1, 12)),
        (date(2025, 1, 12), date(2025, 1, 12)),
    ],
)
def test_date_is_read_in_indonesian_and_numeric_forms(written: Any, expected: date) -> None:
    assert normalise_date(written) == expected


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("31 Februari 2025", "tanggal_tidak_ada"),
        ("29 Februari 2025", "tanggal_tidak_ada"),
        ("12/13/2025", "tanggal_tidak_ada"),
        ("12 Januari 2025 s.d. 14 Januari 2025", "tanggal_rentang"),
        ("12 Januari 2025 s.d. ...", "tanggal_rentang"),
        ("12 Januari 2025 s/d selesai", "tanggal_rentang"),
        ("12 - 14 Januari 2025", "tanggal_rentang"),
        ("Januari 2025", "tanggal_tidak_lengkap"),
        ("2025", "tanggal_tidak_lengkap"),
        ("12 Foo 2025", "tanggal_tidak_valid"),
        ("besok", "tanggal_tidak_valid"),
        ("12 Januari 2525", "tanggal_tidak_valid"),
        (20250112, "tanggal_tidak_valid"),
    ],
)
def test_date_that_is_not_one_real_date_is_refused(written: Any, code: str) -> None:
    assert _refused(normalise_date, written).code == code


def test_impossible_date_is_an_error_not_silently_moved() -> None:
    error = _refused(normalise_date, "31 Februari 2025")
    assert "tidak ada dalam kalender" in error.message_id
    assert "31 Februari 2025" in error.message_id


def test_leap_day_of_a_leap_year_is_a_date() -> None:
    assert normalise_date("29 Februari 2028") == date(2028, 2, 29)


# --- phone ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("0718-7362084", "+627187362084"),
        ("07187362084", "+627187362084"),
        ("(62-21) 3507057", "+62213507057"),
        ("(021) 3507057", "+62213507057"),
        ("(0511) 6773031", "+625116773031"),
        ("0511 6773031", "+625116773031"),
        ("+62 511 6773031", "+625116773031"),
        ("+62 821-8737-6133", "+6282187376133"),
        ("0821-8737-6133", "+6282187376133"),
        ("0821 8737 6133", "+6282187376133"),
        ("6282187376133", "+6282187376133"),
        ("+62 (0)21 3507057", "+62213507057"),
        ("Telp. (0511) 6773031", "+625116773031"),
        ("HP/WA: 0821-8737-6133", "+6282187376133"),
        ("+627187362084", "+627187362084"),
        # A spreadsheet cell that ate the leading 0.
        (7187362084, "+627187362084"),
    ],
)
def test_phone_becomes_plus_62_and_national_number(written: Any, expected: str) -> None:
    assert normalise_phone(written) == expected


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("0718-123", "telepon_panjang_salah"),
        ("0812-3456-7890-1234", "telepon_panjang_salah"),
        ("0718 ABC 123", "telepon_tidak_valid"),
        ("nol delapan satu dua", "telepon_tidak_valid"),
        ("+1 202 555 0100", "telepon_tidak_valid"),
        ("0718-43210 / 0718-43211", "telepon_lebih_dari_satu"),
        ("0718-43210, 0812-3456-7890", "telepon_lebih_dari_satu"),
        (True, "telepon_tidak_valid"),
    ],
)
def test_phone_that_is_not_one_indonesian_number_is_refused(written: Any, code: str) -> None:
    assert _refused(normalise_phone, written).code == code


# --- email ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Dinkes@BangkaTengahKab.go.id", "dinkes@bangkatengahkab.go.id"),
        ("  dinkes@bangkatengahkab.go.id  ", "dinkes@bangkatengahkab.go.id"),
        ("dinkes @ bangkatengahkab . go . id", "dinkes@bangkatengahkab.go.id"),
        ("mailto:pst.dinsos@banjarmasinkota.go.id", "pst.dinsos@banjarmasinkota.go.id"),
        ("<bappeda_babel@yahoo.co.id>", "bappeda_babel@yahoo.co.id"),
    ],
)
def test_email_is_lower_case_and_trimmed(written: str, expected: str) -> None:
    assert normalise_email(written) == expected


@pytest.mark.parametrize(
    "written",
    ["dinkes", "dinkes@", "dinkes@localhost", "a@@b.go.id", "a@b.go.id; c@d.go.id", "a@b..id"],
)
def test_malformed_email_is_refused(written: str) -> None:
    assert _refused(normalise_email, written).code == "email_tidak_valid"


# --- int --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1.250", 1250),
        ("1.250.000", 1250000),
        ("1250", 1250),
        ("1,250", 1250),
        ("1 250", 1250),
        ("1.250,00", 1250),
        ("1250.0", 1250),
        ("25 orang", 25),
        ("1.250 rumah tangga", 1250),
        ("2 (dua) orang", 2),
        (" 20 ", 20),
        (1250, 1250),
        (0, 0),
        (12.0, 12),
    ],
)
def test_int_reads_indonesian_thousands_and_a_unit_word(written: Any, expected: int) -> None:
    assert normalise_int(written) == expected


@pytest.mark.parametrize(
    "written", ["dua", "dua puluh", "1.5", "2,5", "-3", -3, 2.5, True, "Tahun 2025", "12.50"]
)
def test_int_refuses_words_fractions_and_negatives(written: Any) -> None:
    assert _refused(normalise_int, written).code == "bilangan_tidak_valid"


# --- bool -------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["Ya", "ya", "YA", "Y", "yes", "true", "1", 1, True, "Ada", "☑", "✓", "✔", "X", "x", "1. Ya"],
)
def test_bool_true_forms(written: Any) -> None:
    assert normalise_bool(written) is True


@pytest.mark.parametrize(
    "written", ["Tidak", "tidak", "T", "no", "false", "2", 2, False, "Tidak ada", "☐", "2. Tidak"]
)
def test_bool_false_forms(written: Any) -> None:
    assert normalise_bool(written) is False


@pytest.mark.parametrize("written", ["mungkin", "3", 3, "1. Tidak", "Ya/Tidak"])
def test_bool_refuses_what_is_neither(written: Any) -> None:
    assert _refused(normalise_bool, written).code == "ya_tidak_tidak_dikenal"


# --- NIP --------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "19780512 200312 1 004",
        "197805122003121004",
        "19780512.200312.1.004",
        "NIP. 19780512 200312 1 004",
        "NIP: 19780512-200312-1-004",
        197805122003121004,
    ],
)
def test_nip_is_eighteen_digits(written: Any) -> None:
    assert normalise_nip(written) == "197805122003121004"


@pytest.mark.parametrize(
    "written", ["19780512 200312 1 00", "1978051220031210045", "19780512 2003I2 1 004", "-1-"]
)
def test_nip_of_wrong_length_or_with_letters_is_refused(written: str) -> None:
    assert _refused(normalise_nip, written).code == "nip_tidak_valid"


def test_nip_parts_split_birth_date_appointment_sex_and_sequence() -> None:
    assert nip_parts("19780512 200312 1 004") == NipParts(date(1978, 5, 12), (2003, 12), 1, 4)


def test_nip_parts_give_none_for_dates_that_do_not_exist() -> None:
    parts = nip_parts("197813322003132004")
    assert parts.tanggal_lahir is None
    assert parts.pengangkatan is None
    assert parts.jenis_kelamin == 2


# --- text -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "  Dinas  Kesehatan\nKabupaten   Bangka Tengah ",
            "Dinas Kesehatan Kabupaten Bangka Tengah",
        ),
        ("SURVEI KEPUASAN", "SURVEI KEPUASAN"),
        ("a\u00a0b", "a b"),
        (2026, "2026"),
    ],
)
def test_text_collapses_whitespace_and_keeps_case(written: Any, expected: str) -> None:
    assert normalise_text(written) == expected


@pytest.mark.parametrize("written", [["a"], {"a": 1}, True])
def test_text_refuses_lists_and_objects(written: Any) -> None:
    assert _refused(normalise_text, written).code == "teks_tidak_valid"


# --- enum and set -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "written", "code"),
    [
        ("pelaksanaan", "Sekali", "sekali"),
        ("pelaksanaan", "BERULANG", "berulang"),
        ("pelaksanaan", "2. Berulang", "berulang"),
        ("frekuensi", "Lebih dari setahun", "lebih_dari_setahun"),
        ("frekuensi", "Triwulanan", "triwulanan"),
        ("tipe_pengumpulan", "Cross Sectional", "cross_sectional"),
        ("tipe_pengumpulan", "cross-sectional", "cross_sectional"),
        ("tipe_pengumpulan", "Longitudinal", "longitudinal"),
        ("tipe_pengumpulan", "Longitudinall", "longitudinal"),
        ("cara_pengumpulan", "Sampel", "sampel"),
        ("cara_pengumpulan", "Sensus", "sensus"),
        ("cakupan_wilayah", "Seluruh Indonesia", "seluruh_indonesia"),
        ("cakupan_wilayah", "Seluruh wilayah Indonesia", "seluruh_indonesia"),
        ("cakupan_wilayah", "Sebagian wilayah", "sebagian"),
        ("metode_sampel", "Probabilitas", "probabilitas"),
        ("metode_sampel", "Non Probabilitas", "nonprobabilitas"),
        ("metode_sampel", "Sampel nonprobabilitas", "nonprobabilitas"),
        ("metode_pemilihan", "Simple Random Sampling", "srs"),
        ("metode_pemilihan", "Acak sederhana (simple random sampling)", "srs"),
        ("metode_pemilihan", "Sistematik", "sistematik"),
        ("metode_pemilihan", "Stratified", "stratifikasi"),
        ("metode_pemilihan", "PPS", "pps"),
        ("metode_pemilihan", "Kuota", "kuota"),
        ("metode_pemilihan", "Purposive", "purposive"),
        ("metode_pemilihan", "Bola salju (snowball)", "snowball"),
        ("petugas", "Staf", "staf"),
        ("petugas", "Mitra", "mitra"),
        ("petugas", "Staf dan Mitra", "keduanya"),
        ("petugas", "Mitra/tenaga kontrak", "mitra"),
        ("pendidikan_petugas", "SMA", "sma"),
        ("pendidikan_petugas", "SMA/SMK/sederajat", "sma"),
        ("pendidikan_petugas", "D1/D2/D3", "diploma"),
        ("pendidikan_petugas", "Diploma I/II/III", "diploma"),
        ("pendidikan_petugas", "S1/D4", "sarjana"),
        ("pendidikan_petugas", "Diploma IV/S1 ke atas", "sarjana"),
        ("rancangan_sampel", "Bertahap (multi stage)", "multi_tahap"),
        ("metode_analisis", "Deskriptif", "deskriptif"),
        ("metode_analisis", "Deskriptif dan inferensia", "keduanya"),
        ("metode_analisis", ["Inferensia"], "inferensia"),
    ],
)
def test_choice_accepts_codes_and_form_wordings(name: str, written: Any, code: str) -> None:
    assert normalise_choice(written, name) == code


@pytest.mark.parametrize(
    ("name", "written", "code"),
    [
        ("metode_pemilihan", "Probabilitas", "pilihan_tidak_dikenal"),
        ("pelaksanaan", "Kadang-kadang", "pilihan_tidak_dikenal"),
        ("pelaksanaan", 1, "pilihan_tidak_dikenal"),
        ("pelaksanaan", "Sekali, Berulang", "pilihan_lebih_dari_satu"),
        ("petugas", "Staf/Mitra", "pilihan_lebih_dari_satu"),
        ("cara_pengumpulan", ["Sampel", "Sensus"], "pilihan_lebih_dari_satu"),
    ],
)
def test_choice_refuses_unknown_or_several_options(name: str, written: Any, code: str) -> None:
    assert _refused(normalise_choice, written, name).code == code


@pytest.mark.parametrize(
    ("name", "written", "codes"),
    [
        ("metode_pengumpulan", "Wawancara, Observasi", ["observasi", "wawancara"]),
        ("metode_pengumpulan", "Wawancara dan observasi", ["observasi", "wawancara"]),
        (
            "metode_pengumpulan",
            ["Mengisi kuesioner sendiri (swacacah)", "Wawancara melalui telepon", "wawancara"],
            ["swacacah", "telepon", "wawancara"],
        ),
        ("metode_pengumpulan", ["wawancara", "Wawancara"], ["wawancara"]),
        (
            "tingkat",
            "Nasional, Provinsi, Kabupaten/Kota",
            ["kabupaten_kota", "nasional", "provinsi"],
        ),
        ("tingkat", "Nasional/Provinsi", ["nasional", "provinsi"]),
        ("unit_analisis", "Rumah tangga; Usaha/perusahaan", ["rumah_tangga", "usaha"]),
    ],
)
def test_set_is_a_sorted_list_of_unique_codes(name: str, written: Any, codes: list[str]) -> None:
    assert normalise_choices(written, name) == codes


def test_set_with_one_unknown_option_is_refused_whole() -> None:
    error = _refused(normalise_choices, "Wawancara, Telepati", "metode_pengumpulan")
    assert error.code == "pilihan_tidak_dikenal"
    assert "wawancara" in error.message_id


# --- regions ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "level", "code"),
    [
        ("Kab Bangka  Tengah", "kabupaten_kota", "1904"),
        ("Kota Banjarmasin", "kabupaten_kota", "6371"),
        ("1904", "kabupaten_kota", "1904"),
        (1904, "kabupaten_kota", "1904"),
        ("Prov. Kep. Bangka Belitung", "provinsi", "19"),
        ("Kalsel", "provinsi", "63"),
    ],
)
def test_region_field_gives_the_bps_code(written: Any, level: str, code: str) -> None:
    assert normalise_region(written, level=level) == code  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "level", "code"),
    [
        ("Atlantis", "kabupaten_kota", "wilayah_tidak_dikenal"),
        ("Kab. Bangka Tengah", "provinsi", "wilayah_tingkat_salah"),
        ("19", "kabupaten_kota", "wilayah_tingkat_salah"),
    ],
)
def test_region_field_refuses_unknown_or_wrong_level(written: str, level: str, code: str) -> None:
    assert _refused(normalise_region, written, level=level).code == code


@pytest.mark.parametrize(
    ("written", "codes"),
    [
        ("Kab. Bangka Tengah, Kota Pangkalpinang", ["1904", "1971"]),
        ("Kabupaten Bangka dan Kabupaten Belitung", ["1901", "1902"]),
        ("Kabupaten Pangkajene dan Kepulauan", ["7309"]),
        (["1904", "Kabupaten Bangka Tengah", "19"], ["19", "1904"]),
        ("Kota Adm. Jakarta Selatan; Kota Adm. Jakarta Pusat", ["3171", "3173"]),
    ],
)
def test_region_set_is_sorted_unique_codes(written: Any, codes: list[str]) -> None:
    assert normalise_regions(written) == codes


def test_region_set_names_the_region_it_does_not_know() -> None:
    error = _refused(normalise_regions, "Kab. Bangka Tengah, Negeri Antah Berantah")
    assert error.code == "wilayah_tidak_dikenal"
    assert "Negeri Antah Berantah" in error.message_id


# --- the errors themselves ----------------------------------------------------


def test_invalid_value_is_a_value_error_with_both_languages() -> None:
    error = _refused(normalise_phone, "0718 ABC")
    assert isinstance(error, ValueError)
    assert error.code in MESSAGES
    assert error.message_id.startswith("Nomor telepon")
    assert str(error) == error.message_en


def test_region_names_one_a_line_read_as_one_run() -> None:
    from validators.normalise import normalise_regions

    assert normalise_regions(
        "Kabupaten Boalemo Kabupaten Gorontalo Kabupaten Gorontalo Utara Kota Gorontalo"
    ) == ["7501", "7502", "7505", "7571"]
    assert normalise_regions("Kabupaten Pangkajene dan Kepulauan") == ["7309"]
