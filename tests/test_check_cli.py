"""``rekom check``: JSON and readable output, cases, exit statuses."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rekom.cli import main


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_check_json_gives_one_object_per_file(corpus_dir: Path) -> None:
    good = corpus_dir / "digital" / "fs3-1904-boxed-lengkap.expected.json"
    bad = corpus_dir / "digital" / "fs3-7304-boxed-metode-salah.expected.json"
    code, out = run("check", str(good), str(bad), "--json")
    assert code == 0
    data = json.loads(out)
    assert [d["verdict"] for d in data] == ["lengkap", "perlu_perbaikan"]
    assert set(data[1]) >= {"file", "form_type", "verdict", "findings"}
    finding = next(f for f in data[1]["findings"] if f["rule"] == "FS3-R5-06")
    assert finding == {
        "rule": "FS3-R5-06",
        "severity": "error",
        "field": "metode_pemilihan",
        "page": finding["page"],
        "message": finding["message"],
    }
    assert isinstance(finding["page"], int)
    assert finding["message"].startswith("Blok V R.5.6")


def test_single_document_gets_no_case_rules(corpus_dir: Path) -> None:
    code, out = run(
        "check", str(corpus_dir / "digital" / "fs3-1904-boxed-lengkap.expected.json"), "--json"
    )
    assert code == 0
    assert json.loads(out)[0]["findings"] == []


def test_readable_report(corpus_dir: Path) -> None:
    code, out = run("check", str(corpus_dir / "digital" / "sp-6371-kop-tanpa-nip.expected.json"))
    assert code == 0
    assert "SP-NIP-01" in out and "lengkap" in out


def test_case_json(corpus_dir: Path) -> None:
    path = corpus_dir / "eml" / "eml-6371-gmail.expected.json"
    code, out = run("check", "--case", str(path), "--json", "--no-registry")
    assert code == 0
    data = json.loads(out)
    assert data["verdict"] == "perlu_perbaikan"
    assert {f["rule"] for f in data["findings"]} == {"CASE-DOK-03", "CASE-PEMOHON-01"}
    assert [d["form_type"] for d in data["documents"]] == ["surat_pengantar", "fs3"]


def test_case_uses_the_configured_registry(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With an empty database the duplicate check runs and finds nothing."""
    monkeypatch.setenv("REKOM_DATABASE_URL", f"sqlite:///{tmp_path / 'rekom.db'}")
    path = corpus_dir / "bundle" / "bundle-1904-lengkap.expected.json"
    code, out = run("check", "--case", str(path), "--json")
    assert code == 0
    assert json.loads(out)["verdict"] == "lengkap"


def test_document_without_extraction_is_a_clear_per_file_error(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "extractors.extract", None)
    pdf = corpus_dir / "digital" / "sp-1904-kop-lengkap.pdf"
    good = corpus_dir / "digital" / "sp-1904-kop-lengkap.expected.json"
    code, out = run("check", str(pdf), str(good), "--json")
    assert code == 1
    data = json.loads(out)
    assert "extraction not available" in data[0]["error"]
    assert data[1]["verdict"] == "lengkap"


def test_usage_errors_exit_2(corpus_dir: Path) -> None:
    assert run("check")[0] == 2
    assert run("check", "nope.json")[0] == 2
    path = corpus_dir / "digital" / "fs3-1904-boxed-lengkap.expected.json"
    assert run("check", str(path), "--case", str(path))[0] == 2


def test_case_flags_a_duplicate_from_the_registry(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REKOM_DATABASE_URL", f"sqlite:///{tmp_path / 'rekom.db'}")
    csv = tmp_path / "registry.csv"
    csv.write_text(
        "instansi,judul,tahun,nomor_surat\n"
        "Dinas Kesehatan Kabupaten Bangka Tengah,"
        "Survei Kepuasan Masyarakat terhadap Pelayanan Puskesmas Kabupaten Bangka Tengah 2026,"
        "2026,B-001/19040/HM.310/01/2026\n",
        encoding="utf-8",
    )
    assert run("registry", "import", str(csv))[0] == 0
    path = corpus_dir / "bundle" / "bundle-1904-lengkap.expected.json"
    code, out = run("check", "--case", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["verdict"] == "perlu_perbaikan"
    (finding,) = [f for f in data["findings"] if f["rule"] == "CASE-DUPLIKAT-01"]
    assert "B-001/19040/HM.310/01/2026" in finding["message"]


def test_office_override_of_an_unknown_rule_is_a_config_error(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repo_root: Path
) -> None:
    offices = tmp_path / "offices"
    offices.mkdir()
    bundled = (repo_root / "rekom" / "data" / "offices" / "1904.toml").read_text(encoding="utf-8")
    (offices / "1904.toml").write_text(bundled + "\n[rules.NOPE-01]\nenabled = false\n")
    monkeypatch.setenv("REKOM_OFFICES_DIR", str(offices))
    path = corpus_dir / "digital" / "fs3-1904-boxed-lengkap.expected.json"
    result = CliRunner().invoke(main, ["check", str(path), "--office", "1904"])
    assert result.exit_code == 2
    assert "NOPE-01" in result.output


def test_office_override_tunes_severity(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repo_root: Path
) -> None:
    offices = tmp_path / "offices"
    offices.mkdir()
    bundled = (repo_root / "rekom" / "data" / "offices" / "7304.toml").read_text(encoding="utf-8")
    extra = '\n[rules.FS3-R5-11]\nseverity = "warning"\n\n[rules.FS3-R5-06]\nenabled = false\n'
    (offices / "7304.toml").write_text(bundled + extra)
    monkeypatch.setenv("REKOM_OFFICES_DIR", str(offices))
    path = corpus_dir / "digital" / "fs3-7304-boxed-metode-salah.expected.json"
    code, out = run("check", str(path), "--office", "7304", "--json")
    assert code == 0
    (data,) = json.loads(out)
    assert data["verdict"] == "lengkap"
    assert [(f["rule"], f["severity"]) for f in data["findings"]] == [("FS3-R5-11", "warning")]
