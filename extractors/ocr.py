"""The one wrapper around the ``tesseract`` program.

Everything that runs Tesseract goes through :func:`_run_tesseract`: keyword-only
arguments, an explicit timeout, ``OMP_THREAD_LIMIT=1`` for the child (its own
OpenMP threads make a page about 6x slower on a 2-core machine; parallelism
comes from processes instead), stderr kept and attached to every error. The image
goes in as a temporary 8-bit BMP file, which costs almost nothing to write, and the
words come back as TSV with their confidences in the same run.

Benign outcomes are results, not errors: an empty page gives no words, and a
page with too little text for orientation detection gives ``None``.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from rekom.errors import ToolError, ToolMissing, ToolTimeout

log = logging.getLogger(__name__)

TESSERACT = "tesseract"

GrayImage = npt.NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class OcrWord:
    """A word as Tesseract reports it, in pixels of the image it was given."""

    text: str
    left: int
    top: int
    width: int
    height: int
    #: Tesseract's confidence scaled to 0-1.
    confidence: float
    #: (block, paragraph, line): words with the same key are one Tesseract line.
    line_key: tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Orientation:
    """Tesseract OSD's answer: turn the image ``rotate`` degrees clockwise to make it upright."""

    rotate: int
    confidence: float


def _bmp(image: GrayImage) -> bytes:
    """The image as an 8-bit BMP: encoding is a copy (about 0.01 s for an A4 page at
    300 dpi, against 0.13 s for a PNG even without compression) and Leptonica reads it
    without inflating anything. A PGM costs more CPU in Tesseract's reader; measurements
    in docs/extraction.md."""
    import cv2

    if image.ndim != 2 or image.dtype != np.uint8:
        raise ValueError("tesseract wrapper expects a 2-D uint8 grayscale image")
    ok, data = cv2.imencode(".bmp", np.ascontiguousarray(image))
    if not ok:  # pragma: no cover - cv2 encodes any 2-D uint8 array
        raise ValueError("cannot encode the page image for tesseract")
    return data.tobytes()


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def _run_tesseract(
    args: Sequence[str], *, image: GrayImage, timeout: float
) -> tuple[int, str, str]:
    """Run tesseract on ``image`` and return (status, stdout, stderr).

    The image goes to Tesseract as a temporary BMP file, not on stdin: Tesseract reads
    an image from stdin with about 7 % more CPU than the same file from disk, and a pipe
    costs this process a write loop besides (measurements in docs/extraction.md).

    Missing program -> ToolMissing, time limit -> ToolTimeout; the caller judges
    the status, because some non-zero exits are benign (OSD on a blank page).
    """
    fd, name = tempfile.mkstemp(prefix="rekom-ocr-", suffix=".bmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(_bmp(image))
        cmd = [TESSERACT, name, "stdout", *args]
        proc = subprocess.run(
            cmd,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            env=_child_env(),
            check=False,
        )
    except FileNotFoundError as exc:
        raise ToolMissing(
            "Program tesseract tidak terpasang / tesseract is not installed; jalankan "
            "bash setup.sh / run bash setup.sh.",
            detail=str(exc),
        ) from exc
    except subprocess.TimeoutExpired as exc:
        stderr = (exc.stderr or b"").decode("utf-8", "replace")
        raise ToolTimeout(
            f"Tesseract melewati batas waktu {timeout:g} detik per halaman / tesseract timed "
            f"out after {timeout:g} s on a page.",
            detail=stderr or None,
        ) from exc
    finally:
        Path(name).unlink(missing_ok=True)
    return (
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


def _fail(what: str, status: int, stderr: str) -> ToolError:
    if "Failed loading language" in stderr or "couldn't load any languages" in stderr:
        return ToolMissing(
            "Data bahasa Tesseract tidak terpasang / Tesseract language data is missing; "
            "jalankan bash setup.sh / run bash setup.sh.",
            detail=stderr.strip(),
        )
    return ToolError(
        f"Tesseract gagal ({what}, status {status}) / tesseract failed.",
        detail=stderr.strip() or None,
    )


def tesseract_words(
    image: GrayImage,
    *,
    dpi: int,
    lang: str = "ind",
    psm: int = 3,
    timeout: float = 120.0,
) -> list[OcrWord]:
    """OCR a grayscale image; words with confidences, in Tesseract's reading order.

    An empty page gives an empty list. ``dpi`` tells Tesseract the scale so it
    sizes its text-height assumptions right.
    """
    if image.size == 0:
        return []
    status, out, err = _run_tesseract(
        ["--dpi", str(dpi), "-l", lang, "--psm", str(psm), "tsv"], image=image, timeout=timeout
    )
    if status != 0:
        raise _fail("OCR", status, err)
    return parse_tsv(out)


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Words from Tesseract's TSV output (level 5 rows with text)."""
    words: list[OcrWord] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        try:
            conf = float(cols[10])
            left, top, width, height = (int(c) for c in cols[6:10])
            key = (int(cols[2]), int(cols[3]), int(cols[4]))
        except ValueError:
            log.debug("skipping malformed TSV row %r", row)
            continue
        words.append(
            OcrWord(
                text=text,
                left=left,
                top=top,
                width=width,
                height=height,
                confidence=max(0.0, min(1.0, conf / 100.0)),
                line_key=key,
            )
        )
    return words


_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)


def tesseract_orientation(image: GrayImage, *, timeout: float = 60.0) -> Orientation | None:
    """Tesseract's orientation detection (``--psm 0``); None when the page has too little text."""
    status, out, err = _run_tesseract(["--psm", "0", "-l", "osd"], image=image, timeout=timeout)
    if status != 0:
        if "Too few characters" in err:
            return None
        raise _fail("OSD", status, err)
    rotate, confidence = _ROTATE.search(out), _CONFIDENCE.search(out)
    if rotate is None or confidence is None:
        return None
    return Orientation(rotate=int(rotate.group(1)) % 360, confidence=float(confidence.group(1)))


def tesseract_available() -> bool:
    """True when the program is on the PATH (for tests and health checks)."""
    return shutil.which(TESSERACT) is not None
