"""``rekom extract``: the JSON contract, the table, exit codes, bad inputs."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractors.extract import extract_file
from rekom.cli import main

CONTRACT_KEYS = {"file", "form_type", "pages", "ocr_pages", "fields", "error"}


@pytest.fixture
def bad_files(tmp_path: Path) -> list[Path]:
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    archive = tmp_path / "berkas.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", "halo")
    corrupt = tmp_path / "rusak.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    return [empty, archive, corrupt]


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["extract", *args])
    return result.exit_code, result.output


def test_json_follows_the_contract(corpus_dir: Path) -> None:
    letter = corpus_dir / "digital" / "sp-1904-kop-lengkap.pdf"
    code, out = _run(str(letter), "--json")
    assert code == 0
    [obj] = json.loads(out)
    assert CONTRACT_KEYS <= set(obj) <= CONTRACT_KEYS | {"documents"}
    assert obj["file"] == str(letter)
    assert obj["form_type"] == "surat_pengantar"
    assert (obj["pages"], obj["ocr_pages"], obj["error"]) == (1, 0, None)
    for fld in obj["fields"].values():
        assert set(fld) == {"value", "confidence", "page", "bbox"}
        assert 0 <= fld["confidence"] <= 1 and fld["page"] == 1 and len(fld["bbox"]) == 4
    assert obj["fields"]["nomor_surat"]["value"] == "400.7/734/Dinkes/2026"


def test_bundle_reports_the_main_form_and_every_document(corpus_dir: Path) -> None:
    code, out = _run(str(corpus_dir / "bundle" / "bundle-1904-lengkap.pdf"), "--json")
    assert code == 0
    [obj] = json.loads(out)
    assert obj["form_type"] == "fs3"
    assert [(d["form_type"], d["pages"]) for d in obj["documents"]] == [
        ("surat_pengantar", [1, 1]),
        ("fs3", [2, 4]),
        ("kuesioner", [5, 6]),
    ]
    assert obj["documents"][0]["fields"]["instansi"]["value"] == (
        "Dinas Kesehatan Kabupaten Bangka Tengah"
    )


def test_fs3_fields_come_from_the_form_extractor(corpus_dir: Path) -> None:
    result = extract_file(corpus_dir / "digital" / "fs3-1904-boxed-lengkap.pdf")
    assert result.form_type == "fs3"
    assert result.fields["tahun"].value == 2026


def test_bad_files_get_an_error_object_and_the_run_goes_on(
    corpus_dir: Path, bad_files: list[Path]
) -> None:
    good = corpus_dir / "digital" / "lainnya-1904-kak.pdf"
    code, out = _run(*map(str, bad_files), str(good), "--json")
    assert code == 0
    objs = json.loads(out)
    codes = [o["error"]["code"] if o["error"] else None for o in objs]
    assert codes == [
        "REKOM-EXTRACT-EMPTY",
        "REKOM-EXTRACT-UNSUPPORTED",
        "REKOM-EXTRACT-CORRUPT",
        None,
    ]
    assert all(o["fields"] == {} and o["form_type"] is None for o in objs[:3])
    assert objs[3]["form_type"] == "lainnya"


def test_missing_path_is_an_error_object_not_a_crash(tmp_path: Path) -> None:
    code, out = _run(str(tmp_path / "tidak-ada.pdf"), "--json")
    assert code == 0
    assert json.loads(out)[0]["error"]["code"] == "REKOM-INPUT"


def test_table_output_lists_keys_values_and_confidences(corpus_dir: Path) -> None:
    code, out = _run(str(corpus_dir / "digital" / "sp-1904-kop-lengkap.pdf"))
    assert code == 0
    assert "surat_pengantar" in out
    assert re.search(r"nomor_surat +\| 400\.7/734/Dinkes/2026 \| \d\.\d\d \| 1", out)


@pytest.mark.parametrize("args", [[], ["--frobnicate", "x.pdf"], ["--lang", "fra", "x.pdf"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    code, _ = _run(*args)
    assert code == 2
