"""Office profiles: the five offices of the service descriptions, as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from rekom.errors import ConfigError, OfficeNotFound
from rekom.offices import get_office, load_offices


def test_the_five_offices_of_the_service_descriptions_are_bundled() -> None:
    offices = load_offices()
    assert set(offices) == {"0000", "1904", "1906", "6371", "7304"}


@pytest.mark.parametrize(
    ("code", "work_unit", "days", "signer"),
    [
        ("1904", "19040", 30, "Direktur Diseminasi Statistik"),
        ("1906", "19060", 30, "Direktur Diseminasi Statistik"),
        ("7304", "73040", 30, "Direktur Diseminasi Statistik"),
        ("6371", "63710", 30, "Kepala BPS Kota Banjarmasin"),
        ("0000", "00000", 14, "Direktur Diseminasi Statistik"),
    ],
)
def test_office_terms_follow_the_service_descriptions(
    code: str, work_unit: str, days: int, signer: str
) -> None:
    office = get_office(code)
    assert office.work_unit == work_unit
    assert office.working_days == days
    assert office.signer.jabatan == signer
    assert office.email.endswith("@bps.go.id")


def test_only_banjarmasin_requires_a_government_applicant() -> None:
    required = {c for c, o in load_offices().items() if o.requires_government_applicant}
    assert required == {"6371"}


def test_jeneponto_submissions_go_to_the_provincial_head() -> None:
    assert "Provinsi Sulawesi Selatan" in get_office("7304").addressed_to


def test_unknown_office_names_the_known_ones() -> None:
    with pytest.raises(OfficeNotFound, match="1904"):
        get_office("9999")


def _write_office(folder: Path, code: str, **extra: str) -> Path:
    lines = [
        f'code = "{code}"',
        'level = "kabupaten"',
        f'name = "{extra.get("name", "BPS Kabupaten Contoh")}"',
        'wilayah = "Kabupaten Contoh"',
        'address = "Jl. Contoh No. 1"',
        'city = "Contoh"',
        'email = "bps0000@bps.go.id"',
        "working_days = 30",
        'addressed_to = "Kepala BPS Kabupaten Contoh"',
        'source = "test"',
        "[signer]",
        'jabatan = "Kepala BPS Kabupaten Contoh"',
    ]
    path = folder / f"{code}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_new_office_is_a_new_file(tmp_path: Path) -> None:
    _write_office(tmp_path, "1101", name="BPS Kabupaten Simeulue")
    offices = load_offices([tmp_path])
    assert offices["1101"].name == "BPS Kabupaten Simeulue"
    assert offices["1101"].work_unit == "11010"
    assert "1904" in offices


def test_a_local_file_overrides_a_bundled_office(tmp_path: Path) -> None:
    _write_office(tmp_path, "1904", name="BPS Kabupaten Bangka Tengah (lokal)")
    assert load_offices([tmp_path])["1904"].name.endswith("(lokal)")


def test_file_name_must_match_the_code(tmp_path: Path) -> None:
    path = _write_office(tmp_path, "1101")
    path.rename(tmp_path / "1102.toml")
    with pytest.raises(ConfigError, match="1101"):
        load_offices([tmp_path])


def test_broken_profile_is_a_config_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "1101.toml").write_text("code = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"1101\.toml"):
        load_offices([tmp_path])
