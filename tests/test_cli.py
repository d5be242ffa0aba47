"""The command line as a user runs it: the installed ``rekom`` script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rekom.cli import main

REKOM = Path(sys.executable).with_name("rekom")


def run(
    *args: str, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REKOM_")}
    return subprocess.run(
        [str(REKOM), *args], capture_output=True, text=True, timeout=timeout, cwd=cwd, env=env
    )


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for name in main.commands:
        assert name in result.stdout


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_its_own_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage: rekom " + command in result.stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = run("extrct")
    assert result.returncode == 2
    assert "No such command" in result.stderr


def test_offices_lists_the_five_offices_and_marks_the_installation_office() -> None:
    result = run("offices")
    assert result.returncode == 0, result.stderr
    for name in ("Bangka Tengah", "Belitung Timur", "Jeneponto", "Banjarmasin", "Badan Pusat"):
        assert name in result.stdout
    marked = [line for line in result.stdout.splitlines() if line.startswith("*")]
    assert len(marked) == 1 and "1904" in marked[0]


def test_offices_json_is_machine_readable() -> None:
    result = run("offices", "--json")
    offices = {o["code"]: o for o in json.loads(result.stdout)}
    assert offices["6371"]["requires_government_applicant"] is True
    assert offices["0000"]["working_days"] == 14


def test_invalid_configuration_gets_a_clear_message_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "rekom.toml").write_text('office = "Koba"\n', encoding="utf-8")
    result = run("offices", cwd=tmp_path)
    assert result.returncode == 2
    assert "REKOM-CONFIG" in result.stderr
    assert "office" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_json_accepts_every_complete_sample(corpus_dir: Path) -> None:
    files = sorted(str(p) for p in (corpus_dir / "digital").glob("*.expected.json"))
    complete = [f for f in files if not json.loads(Path(f).read_text())["defects"]]
    assert len(complete) >= 5
    result = run("validate-json", *complete)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "isian valid" in result.stdout


def test_validate_json_reports_a_bad_value_in_both_languages(tmp_path: Path) -> None:
    path = tmp_path / "fs3.json"
    path.write_text(
        json.dumps(
            {
                "form_type": "fs3",
                "fields": {
                    "judul": "Survei Kepuasan Masyarakat",
                    "jadwal.lapangan.mulai": "31 Februari 2026",
                    "penyelenggara.telepon": {"value": "telp kantor", "page": 2},
                },
            }
        ),
        encoding="utf-8",
    )
    result = run("validate-json", str(path), "--json")
    assert result.returncode == 1
    [report] = json.loads(result.stdout)
    issues = {i["field"]: i for i in report["documents"][0]["issues"]}
    assert set(issues) == {"jadwal.lapangan.mulai", "penyelenggara.telepon"}
    assert issues["penyelenggara.telepon"]["page"] == 2
    assert all(i["message_id"] and i["message_en"] for i in issues.values())
    text = run("validate-json", str(path)).stdout
    assert "jadwal.lapangan.mulai" in text and "31 Februari 2026" in text


@pytest.mark.parametrize(
    ("content", "needle"),
    [("{not json", "bukan JSON"), ('"just a string"', "objek"), ("[1, 2]", "bukan objek")],
)
def test_validate_json_unreadable_file_is_exit_2(tmp_path: Path, content: str, needle: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = run("validate-json", str(path))
    assert result.returncode == 2
    assert needle in result.stderr and "REKOM-INPUT" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_json_missing_file_is_exit_2(tmp_path: Path) -> None:
    result = run("validate-json", str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert "tidak ditemukan" in result.stderr


def test_demo_checks_the_corpus_and_runs_submissions_end_to_end(
    corpus_dir: Path, tmp_path: Path
) -> None:
    result = run("demo", "--samples-dir", str(corpus_dir), timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "fs3" in result.stdout and "fp-kpa" in result.stdout
    assert "Semua isian sesuai model" in result.stdout
    # extraction -> examination -> letter, with the samples' verdicts
    assert "eml/eml-1904-lengkap.eml: lengkap -> surat rekomendasi" in result.stdout
    assert "bundle/bundle-1904-lengkap.pdf: lengkap -> surat rekomendasi" in result.stdout
    assert "eml/eml-7304-tanpa-surat.eml: perlu_perbaikan -> surat perbaikan" in result.stdout
    letters = tmp_path / "var" / "demo"
    assert (letters / "eml-1904-lengkap" / "rekomendasi-draf.pdf").stat().st_size > 0
    assert (letters / "eml-7304-tanpa-surat" / "perbaikan-draf.docx").stat().st_size > 0


def test_demo_flags_a_value_the_models_refuse_that_no_defect_declares(tmp_path: Path) -> None:
    sample = tmp_path / "digital" / "x.expected.json"
    sample.parent.mkdir()
    sample.write_text(
        json.dumps(
            {
                "form_type": "surat_pengantar",
                "fields": {"tanggal_surat": "2026-13-45"},
                "defects": [],
            }
        ),
        encoding="utf-8",
    )
    result = run("demo", "--samples-dir", str(tmp_path))
    assert result.returncode == 1
    assert "tanggal_surat" in result.stdout


def test_samples_command_writes_the_requested_family(tmp_path: Path) -> None:
    result = run("samples", "--out", str(tmp_path), "--family", "fillable")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fillable"]
    assert list((tmp_path / "fillable").glob("*.expected.json"))
