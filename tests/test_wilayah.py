"""BPS region table: names (as forms write them) to codes, codes to display names."""

from __future__ import annotations

import pytest

from rekom import wilayah
from rekom.wilayah import (
    is_region_code,
    kabupaten_in,
    province_of,
    region_name,
    resolve_region,
)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kab. Bangka Tengah", "1904"),
        ("Kab Bangka  Tengah", "1904"),
        ("KABUPATEN BANGKA TENGAH", "1904"),
        ("Kabupaten Bangka Tengah", "1904"),
        ("Kab.Bangka Tengah", "1904"),
        ("Bangka Tengah", "1904"),
        ("Kota Banjarmasin", "6371"),
        ("Banjarmasin", "6371"),
        ("Kota Pangkal Pinang", "1971"),
        ("Pangkalpinang", "1971"),
        ("Kota Adm. Jakarta Selatan", "3171"),
        ("Kota Administrasi Jakarta Selatan", "3171"),
        ("Jakarta Selatan", "3171"),
        ("Kab. Adm. Kep. Seribu", "3101"),
        ("Kab. Lima Puluh Kota", "1308"),
        ("Kabupaten Pangkajene dan Kepulauan", "7309"),
        ("Kab Timor Tengah Selatan", "5304"),
        ("Prov. Kep. Bangka Belitung", "19"),
        ("Provinsi Kepulauan Bangka Belitung", "19"),
        ("Kepulauan Bangka Belitung", "19"),
        ("DKI Jakarta", "31"),
        ("D.K.I. Jakarta", "31"),
        ("D.I. Yogyakarta", "34"),
        ("Propinsi Kalimantan Selatan", "63"),
        ("1904", "1904"),
        ("19", "19"),
        ("19.04", "1904"),
    ],
)
def test_resolve_region_reads_the_ways_forms_write_a_name(name: str, code: str) -> None:
    assert resolve_region(name) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kabupaten Bangka Tangah", "1904"),
        ("Kab. Bangka Tenggah", "1904"),
        ("Kota Banjarmasn", "6371"),
        ("Kalimantan Selatn", "63"),
        ("Sumatra Utara", "12"),
        ("Jakarta Selatn", "3171"),
    ],
)
def test_resolve_region_forgives_a_small_misspelling(name: str, code: str) -> None:
    assert resolve_region(name) == code


@pytest.mark.parametrize(
    "name",
    [
        # Between "Sumba Barat" and "Sumbawa Barat": a guess could be the wrong one.
        "Sumbaa Barat",
        # Too short to correct: one letter off "Bima" is another name.
        "Bimo",
        "Atlantis",
        "Kabupaten",
        "",
        "   ",
        "9999",
        "Kota Bogr",
    ],
)
def test_resolve_region_returns_none_rather_than_guess(name: str) -> None:
    assert resolve_region(name) is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kab. Bogor", "3201"),
        ("Kabupaten Bogor", "3201"),
        ("Kota Bogor", "3271"),
        # A bare name is the kabupaten: forms write "Kota" for the city.
        ("Bogor", "3201"),
        ("Banjar", "6303"),
        ("Kota Banjar", "3279"),
    ],
)
def test_kota_or_kabupaten_word_decides_between_two_regions_of_one_name(
    name: str, code: str
) -> None:
    assert resolve_region(name) == code


def test_bare_name_of_a_province_and_a_kabupaten_is_ambiguous_without_a_level() -> None:
    assert resolve_region("Gorontalo") is None
    assert resolve_region("Gorontalo", level="provinsi") == "75"
    assert resolve_region("Gorontalo", level="kabupaten_kota") == "7502"


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("Sulsel", "73"),
        ("Kalsel", "63"),
        ("Babel", "19"),
        ("DIY", "34"),
        ("Jakarta", "31"),
        ("Kepri", "21"),
        ("Jaksel", "3171"),
    ],
)
def test_informal_aliases_resolve(alias: str, code: str) -> None:
    assert resolve_region(alias) == code


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Kab. Bangka Tengah", "provinsi"),
        ("1904", "provinsi"),
        ("Provinsi Kalimantan Selatan", "kabupaten_kota"),
        ("63", "kabupaten_kota"),
        ("Sulsel", "kabupaten_kota"),
    ],
)
def test_level_refuses_a_region_of_the_other_level(name: str, level: str) -> None:
    assert resolve_region(name, level=level) is None  # type: ignore[arg-type]


def test_province_restricts_kabupaten() -> None:
    assert resolve_region("Bangka Tengah", province="19") == "1904"
    assert resolve_region("Bangka Tengah", province="Kalimantan Selatan") is None
    assert resolve_region("Bangka Tengah", province="Atlantis") is None


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("1904", "Kabupaten Bangka Tengah"),
        ("6371", "Kota Banjarmasin"),
        ("19", "Provinsi Kepulauan Bangka Belitung"),
        ("31", "Provinsi DKI Jakarta"),
        ("34", "Provinsi DI Yogyakarta"),
        ("3171", "Kota Administrasi Jakarta Selatan"),
        ("7309", "Kabupaten Pangkajene dan Kepulauan"),
        ("8272", "Kota Tidore Kepulauan"),
        ("9999", None),
    ],
)
def test_region_name_is_written_the_indonesian_way(code: str, name: str | None) -> None:
    assert region_name(code) == name


@pytest.mark.parametrize("code", ["11", "1904", "6371", "9701"])
def test_every_display_name_resolves_back_to_its_code(code: str) -> None:
    name = region_name(code)
    assert name is not None
    assert resolve_region(name) == code


def test_all_display_names_resolve_back_to_their_codes() -> None:
    """The whole table round-trips: no two regions share a display name."""
    for region in wilayah.all_regions():
        assert resolve_region(region.display_name) == region.code, region


def test_table_holds_the_bps_counts() -> None:
    regions = wilayah.all_regions()
    assert sum(r.kind == "provinsi" for r in regions) == 38
    assert sum(r.kind != "provinsi" for r in regions) == 514


def test_province_of_and_kabupaten_in() -> None:
    assert province_of("1904") == "19"
    assert province_of("19") == "19"
    assert kabupaten_in("19") == ["1901", "1902", "1903", "1904", "1905", "1906", "1971"]
    assert kabupaten_in("99") == []
    with pytest.raises(ValueError):
        province_of("9999")


@pytest.mark.parametrize(
    ("code", "expected"),
    [("1904", True), ("19", True), ("1999", False), ("190", False), ("", False)],
)
def test_is_region_code(code: str, expected: bool) -> None:
    assert is_region_code(code) is expected


def test_vendored_table_sits_beside_its_source_and_licence() -> None:
    folder = wilayah.DATA_FILE.parent
    assert (folder / "SOURCE.md").is_file()
    assert "MIT" in (folder / "LICENSE").read_text(encoding="utf-8")
