"""``rekom db`` and ``rekom registry`` as an operator uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from rekom.cli import main

REGISTRY = (
    "instansi;judul;tahun;variabel;nomor_surat;tanggal_surat;office_code\n"
    "Dinas Kesehatan Kabupaten Bangka Tengah;Survei Kepuasan Pasien RSUD;2026;"
    '"umur;kepuasan";B-012/19040/HM.310/02/2026;12 Februari 2026;\n'
    "Dinas Pertanian Kabupaten Bangka Tengah;Survei Ubinan Padi;2025;;"
    "B-013/19040/HM.310/03/2025;2025-03-01;1904\n"
)


def rekom(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env)


@pytest.fixture
def registry_csv(tmp_path: Path) -> Path:
    path = tmp_path / "registry.csv"
    path.write_text(REGISTRY, encoding="utf-8")
    return path


def test_db_current_on_a_new_installation_says_to_upgrade_and_creates_nothing(
    tmp_path: Path,
) -> None:
    result = rekom("db", "current")
    assert result.exit_code == 1
    assert "rekom db upgrade" in result.output
    assert not (tmp_path / "var").exists()


def test_db_upgrade_then_current(tmp_path: Path) -> None:
    upgraded = rekom("db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert "0001" in upgraded.output
    assert (tmp_path / "var" / "rekom.db").is_file()
    current = rekom("db", "current")
    assert current.exit_code == 0
    assert "0001 (terbaru / head)" in current.output


def test_an_unreachable_database_is_reported_with_its_code() -> None:
    result = rekom(
        "db", "upgrade", env={"REKOM_DATABASE_URL": "postgresql+psycopg://rekom@127.0.0.1:1/x"}
    )
    assert result.exit_code == 1
    assert "[REKOM-STORE]" in result.output


def test_registry_import_prints_the_counts(registry_csv: Path) -> None:
    result = rekom("registry", "import", str(registry_csv))
    assert result.exit_code == 0, result.output
    assert "baru / inserted 2" in result.output
    again = rekom("registry", "import", str(registry_csv))
    assert "tetap / unchanged 2" in again.output


def test_registry_import_with_a_refused_row_exits_1_and_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "registry.csv"
    path.write_text(REGISTRY + "Dinas X;Survei Y;20266;;B-1/19040/HM.310/01/2026;;\n")
    result = rekom("registry", "import", str(path))
    assert result.exit_code == 1
    assert "baris / line 4: tahun tidak valid" in result.output
    assert "baru / inserted 2" in result.output


def test_registry_import_json(registry_csv: Path) -> None:
    result = rekom("registry", "import", str(registry_csv), "--json")
    report = json.loads(result.output)
    assert (report["inserted"], report["refused"], report["delimiter"]) == (2, 0, ";")


def test_registry_import_fills_the_office_code_from_the_settings(registry_csv: Path) -> None:
    rekom("registry", "import", str(registry_csv), env={"REKOM_OFFICE": "6371"})
    found = json.loads(rekom("registry", "search", "kepuasan pasien", "--json").output)
    assert found[0]["office_code"] == "6371"


def test_registry_import_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = rekom("registry", "import", str(tmp_path / "nope.csv"))
    assert result.exit_code == 2
    assert "[REKOM-INPUT]" in result.output


def test_registry_search(registry_csv: Path) -> None:
    rekom("registry", "import", str(registry_csv))
    result = rekom("registry", "search", "ubinan")
    assert result.exit_code == 0
    assert "B-013/19040/HM.310/03/2025" in result.output
    assert "Survei Ubinan Padi" in result.output


def test_registry_search_json_with_filters(registry_csv: Path) -> None:
    rekom("registry", "import", str(registry_csv))
    found = json.loads(
        rekom(
            "registry", "search", "survei", "--tahun", "2026", "--instansi", "dinkes", "--json"
        ).output
    )
    assert [match["nomor_surat"] for match in found] == ["B-012/19040/HM.310/02/2026"]
    assert found[0]["variabel"] == ["umur", "kepuasan"]


def test_registry_search_without_matches_says_so() -> None:
    result = rekom("registry", "search", "sensus pertanian")
    assert result.exit_code == 0
    assert "Tidak ada yang cocok" in result.output


@pytest.mark.postgres
def test_the_commands_work_on_postgresql(postgres_url: str, registry_csv: Path) -> None:
    env = {"REKOM_DATABASE_URL": postgres_url}
    assert rekom("db", "current", env=env).exit_code == 1
    assert rekom("db", "upgrade", env=env).exit_code == 0
    assert rekom("db", "current", env=env).exit_code == 0
    assert rekom("registry", "import", str(registry_csv), env=env).exit_code == 0
    assert "Survei Ubinan Padi" in rekom("registry", "search", "ubinan", env=env).output
