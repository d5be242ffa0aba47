"""The tesseract wrapper: words and confidences, benign empties, errors carrying stderr."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import numpy as np
import pytest
from test_extract_support import render_text

from extractors import ocr
from rekom.errors import ToolError, ToolMissing, ToolTimeout

pytestmark = pytest.mark.skipif(not ocr.tesseract_available(), reason="tesseract not installed")


def _line_image() -> np.ndarray:
    im = render_text([("Dinas Kesehatan Koba", 60, 40)], size=(900, 160))
    return np.asarray(im, dtype=np.uint8)


def test_words_come_back_with_confidences_and_pixel_boxes() -> None:
    words = ocr.tesseract_words(_line_image(), dpi=300, timeout=30)
    assert [w.text for w in words] == ["Dinas", "Kesehatan", "Koba"]
    assert all(0.7 <= w.confidence <= 1.0 for w in words)
    first = words[0]
    assert abs(first.left - 60) <= 4
    assert 40 <= first.top <= 52  # the cap height starts a little below the text origin
    assert len({w.line_key for w in words}) == 1


def test_an_empty_page_is_an_empty_result_not_an_error() -> None:
    blank = np.full((300, 400), 255, dtype=np.uint8)
    assert ocr.tesseract_words(blank, dpi=300, timeout=30) == []
    assert ocr.tesseract_orientation(blank, timeout=30) is None


def test_a_missing_language_is_tool_missing_with_tesseracts_message() -> None:
    with pytest.raises(ToolMissing) as err:
        ocr.tesseract_words(_line_image(), dpi=300, lang="zzz", timeout=30)
    assert "zzz" in (err.value.detail or "")


def test_a_missing_program_is_tool_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "TESSERACT", "/nonexistent/tesseract")
    with pytest.raises(ToolMissing):
        ocr.tesseract_words(_line_image(), dpi=300, timeout=30)


def test_the_time_limit_is_enforced() -> None:
    with pytest.raises(ToolTimeout) as err:
        ocr.tesseract_words(_line_image(), dpi=300, timeout=0.001)
    assert err.value.code == "REKOM-TOOL-TIMEOUT"


def _fake_tesseract(tmp_path: Path, script: str) -> str:
    path = tmp_path / "tesseract"
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def test_a_crash_is_a_tool_error_carrying_stderr_and_runs_single_threaded(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A crash cannot be provoked in the real program, so a fake one reports its environment."""
    fake = _fake_tesseract(
        tmp_path, 'cat >/dev/null; echo "boom OMP_THREAD_LIMIT=$OMP_THREAD_LIMIT" >&2; exit 3\n'
    )
    monkeypatch.setattr(ocr, "TESSERACT", fake)
    monkeypatch.setenv("OMP_THREAD_LIMIT", "8")
    with pytest.raises(ToolError) as err:
        ocr.tesseract_words(_line_image(), dpi=300, timeout=30)
    assert type(err.value) is ToolError
    assert "boom OMP_THREAD_LIMIT=1" in (err.value.detail or "")
    assert os.environ["OMP_THREAD_LIMIT"] == "8"  # the parent's environment is untouched


def test_tsv_parsing_skips_non_word_rows_and_scales_confidence() -> None:
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "4\t1\t1\t1\t1\t0\t10\t10\t100\t20\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t10\t10\t40\t20\t96.5\tNama\n"
        "5\t1\t1\t1\t1\t2\t60\t10\t40\t20\t12\t \n"
    )
    words = ocr.parse_tsv(tsv)
    assert len(words) == 1
    assert words[0].text == "Nama" and words[0].confidence == pytest.approx(0.965)


def test_the_page_file_handed_to_tesseract_is_removed_also_after_a_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert ocr.tesseract_words(_line_image(), dpi=300)
    with pytest.raises(ToolTimeout):
        ocr.tesseract_words(np.full((3000, 3000), 255, np.uint8), dpi=300, timeout=0.01)
    assert list(tmp_path.glob("rekom-ocr-*")) == []


def test_specks_and_table_rules_read_as_words_are_left_out() -> None:
    """A flat speck ("t", 1 pt tall) and the bits of a ruled line under a value ("Mma nam",
    a line of "-") go; a vertical rule read as "|" two rows tall goes, so it cannot join the
    rows; an ordinary "|" (a colon misread) and a sure dash among letters stay."""
    from extractors.raster import _without_debris

    def w(text: str, top: int, height: int, conf: float, line: int = 1) -> ocr.OcrWord:
        return ocr.OcrWord(text, 100, top, 40, height, conf, (1, 1, line))

    words = [
        w("Kompilasi", 100, 36, 0.96),
        w("Data", 100, 35, 0.96),
        *(w("Agregat", 200 + 50 * k, 36, 0.96, line=3 + k) for k in range(6)),
        w("t", 110, 4, 0.55),
        w("Mma", 150, 4, 0.13),
        w("nam", 150, 2, 0.2),
        w("|", 90, 140, 0.95),
        w("|", 100, 36, 0.9),
        w("-", 100, 3, 0.87),
        w("-", 160, 3, 0.87, line=2),  # a line of flat marks only: a rule
    ]
    kept = [x.text for x in _without_debris(words, dpi=300)]
    assert kept == ["Kompilasi", "Data", *["Agregat"] * 6, "|", "-"]


@pytest.mark.parametrize("shape", [(160, 900), (161, 901), (7, 5), (3, 2)])
def test_the_page_file_is_a_bmp_any_reader_gives_back_pixel_for_pixel(
    shape: tuple[int, int],
) -> None:
    """The hand-written BMP (rows bottom-up, padded to four bytes, grey palette) reads back
    as the same pixels, whatever the width's remainder."""
    import io

    import cv2

    rng = np.random.default_rng(3)
    image = rng.integers(0, 256, size=shape, dtype=np.uint8)
    buf = io.BytesIO()
    ocr._write_bmp(buf, image)
    back = cv2.imdecode(np.frombuffer(buf.getvalue(), np.uint8), cv2.IMREAD_UNCHANGED)
    assert back is not None and back.shape == shape
    assert (back == image).all()
    with pytest.raises(ValueError):
        ocr._write_bmp(io.BytesIO(), np.zeros((4, 4, 3), np.uint8))


def test_a_started_run_reads_like_a_direct_one_and_a_cancelled_one_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OCR can start before the caller knows it wants the words: taken, they are what a
    direct call gives; cancelled, the process is gone and its page file removed."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    pending = ocr.start_words(_line_image(), dpi=300, timeout=30)
    assert pending.words() == ocr.tesseract_words(_line_image(), dpi=300, timeout=30)
    pending.cancel()  # after the words: nothing left to stop, and no error

    big = np.full((3000, 3000), 255, np.uint8)
    big[1000:1040, 200:2800] = 0
    started = ocr.start_words(big, dpi=300, timeout=30)
    run = started._run
    assert run is not None and run._proc is not None
    proc = run._proc
    assert list(tmp_path.glob("rekom-ocr-*"))
    started.cancel()
    assert proc.poll() is not None  # killed and reaped
    assert list(tmp_path.glob("rekom-ocr-*")) == []
    assert ocr.start_words(np.zeros((0, 0), np.uint8), dpi=300).words() == []


def test_a_process_started_before_its_page_reads_it_like_a_direct_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tesseract can start (and load its model) before the page is ready: fed later, it
    gives the words of a direct run; never fed, it is killed and leaves no file; fed
    twice, it refuses."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    run = ocr.words_run(timeout=30)
    pending = ocr.start_words(_line_image(), dpi=300, timeout=30, run=run)
    assert pending.words() == ocr.tesseract_words(_line_image(), dpi=300, timeout=30)
    with pytest.raises(RuntimeError):
        run.feed(_line_image())

    idle = ocr.words_run(timeout=30)
    proc = idle._proc
    assert proc is not None
    with pytest.raises(RuntimeError):
        idle.result()  # no image yet
    idle.cancel()
    assert proc.poll() is not None
    assert list(tmp_path.glob("rekom-ocr-*")) == []

    # A process started for another language is not used for this page.
    other = ocr.words_run(lang="ind+eng", timeout=30)
    other_proc = other._proc
    assert ocr.start_words(_line_image(), dpi=300, timeout=30, run=other).words()
    assert other_proc is not None and other_proc.returncode is not None


def test_the_page_file_tells_tesseract_its_resolution() -> None:
    import io

    from PIL import Image

    buf = io.BytesIO()
    ocr._write_bmp(buf, _line_image(), dpi=300)
    with Image.open(io.BytesIO(buf.getvalue())) as im:
        assert im.info["dpi"] == pytest.approx((300, 300), abs=0.5)
