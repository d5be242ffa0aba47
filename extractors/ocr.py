"""The one wrapper around the ``tesseract`` program.

Everything that runs Tesseract goes through :class:`TesseractRun`: keyword-only
arguments, an explicit timeout, ``OMP_THREAD_LIMIT=1`` for the child (its own
OpenMP threads make a page about 6x slower on a 2-core machine; parallelism
comes from processes instead), stderr kept and attached to every error. The image
goes in as a temporary 8-bit BMP file, which costs almost nothing to write, and the
words come back as TSV with their confidences in the same run. A process can be
started before its page is ready (:func:`words_run`: the language model loads while the
page is decoded and deskewed), and a run can be started and read later
(:func:`start_words`), so a page is looked at while Tesseract reads it.

Benign outcomes are results, not errors: an empty page gives no words, and a
page with too little text for orientation detection gives ``None``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import struct
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

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


_GREY_PALETTE = bytes(b for level in range(256) for b in (level, level, level, 0))


def _write_bmp(handle: BinaryIO, image: GrayImage, *, dpi: int | None = None) -> None:
    """Write the image as an 8-bit BMP: a header (with the resolution, when given, which
    Tesseract takes as the page's dpi), a grey palette and the rows bottom-up, each
    padded to four bytes -- one copy of the pixels (about 0.002 s for an A4 page at
    300 dpi, against 0.01 s through an encoder and 0.13 s for a PNG even without
    compression), and Leptonica reads it without inflating anything. A PGM costs more
    CPU in Tesseract's reader; measurements in docs/extraction.md."""
    if image.ndim != 2 or image.dtype != np.uint8:
        raise ValueError("tesseract wrapper expects a 2-D uint8 grayscale image")
    height, width = image.shape
    stride = (width + 3) & ~3
    rows = np.zeros((height, stride), dtype=np.uint8)
    rows[:, :width] = image[::-1]
    offset = 14 + 40 + len(_GREY_PALETTE)
    per_metre = round(dpi / 0.0254) if dpi else 0
    handle.write(
        b"BM"
        + struct.pack("<IHHI", offset + rows.nbytes, 0, 0, offset)
        + struct.pack(
            "<IiiHHIIiiII", 40, width, height, 1, 8, 0, rows.nbytes, per_metre, per_metre, 256, 0
        )
        + _GREY_PALETTE
    )
    handle.write(rows.data)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


class TesseractRun:
    """A Tesseract process, started before its image is ready and read later, or abandoned.

    Tesseract loads its language model (about 0.04 s for ``ind``, with the process start)
    before it reads its input, so the process can be started first and handed its image
    later (:meth:`feed`): the model loads while the page is decoded and deskewed. Its input
    is ``-``, a list of image files on stdin; :meth:`feed` writes the page as a temporary
    BMP file and sends its name. A file, not the image itself on stdin: Tesseract reads an
    image from stdin with about 7 % more CPU than the same file from disk, and a pipe
    costs this process a write loop besides (measurements in docs/extraction.md).

    Starting and feeding are cheap (a fork; a file write), so a caller can start the OCR of
    a page and look at the page while Tesseract reads it; :meth:`cancel` kills the process
    when the reading turns out not to be wanted. The time limit counts from the feed.

    Missing program -> ToolMissing (at the start), time limit -> ToolTimeout (on
    :meth:`result`); the caller judges the status, because some non-zero exits are
    benign (OSD on a blank page).
    """

    def __init__(self, args: Sequence[str], *, timeout: float) -> None:
        self.args = tuple(args)
        self.timeout = timeout
        self._name: str | None = None
        self._started = time.monotonic()
        try:
            self._proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                [TESSERACT, "-", "stdout", *self.args],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=_child_env(),
            )
        except FileNotFoundError as exc:
            raise ToolMissing(
                "Program tesseract tidak terpasang / tesseract is not installed; jalankan "
                "bash setup.sh / run bash setup.sh.",
                detail=str(exc),
            ) from exc

    def feed(self, image: GrayImage, *, dpi: int | None = None) -> TesseractRun:
        """Hand the process its image (``dpi``: the resolution Tesseract is told); once."""
        proc = self._proc
        if proc is None or proc.stdin is None:
            raise RuntimeError("this Tesseract run was cancelled or already has its image")
        try:
            fd, self._name = tempfile.mkstemp(prefix="rekom-ocr-", suffix=".bmp")
            with os.fdopen(fd, "wb") as handle:
                _write_bmp(handle, image, dpi=dpi)
            stdin, proc.stdin = proc.stdin, None  # (communicate() must not touch it again)
            try:
                stdin.write(os.fsencode(self._name) + b"\n")
                stdin.flush()
            except BrokenPipeError:
                pass  # it has ended already (no language data, say): result() tells why
            finally:
                with contextlib.suppress(OSError):
                    stdin.close()
        except BaseException:
            self.cancel()
            raise
        self._started = time.monotonic()
        return self

    def result(self) -> tuple[int, str, str]:
        """Wait for the process (within what is left of the time limit): (status, stdout,
        stderr)."""
        proc = self._proc
        if proc is None:
            raise RuntimeError("this Tesseract run was cancelled")
        if self._name is None:
            raise RuntimeError("this Tesseract run has no image yet")
        left = max(0.0, self.timeout - (time.monotonic() - self._started))
        try:
            out, err = proc.communicate(timeout=left)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
            raise ToolTimeout(
                f"Tesseract melewati batas waktu {self.timeout:g} detik per halaman / "
                f"tesseract timed out after {self.timeout:g} s on a page.",
                detail=(err or b"").decode("utf-8", "replace") or None,
            ) from None
        finally:
            self._proc = None
            self._remove()
        return (
            proc.returncode,
            out.decode("utf-8", "replace"),
            err.decode("utf-8", "replace"),
        )

    def cancel(self) -> None:
        """Kill the process (if it still runs) and remove its page file."""
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.kill()
            proc.communicate()
        self._remove()

    def _remove(self) -> None:
        if self._name is not None:
            Path(self._name).unlink(missing_ok=True)


def _run_tesseract(
    args: Sequence[str], *, image: GrayImage, timeout: float
) -> tuple[int, str, str]:
    """Run tesseract on ``image`` and return (status, stdout, stderr) (see
    :class:`TesseractRun`)."""
    return TesseractRun(args, timeout=timeout).feed(image).result()


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
    run: TesseractRun | None = None,
) -> list[OcrWord]:
    """OCR a grayscale image; words with confidences, in Tesseract's reading order.

    An empty page gives an empty list. ``dpi`` tells Tesseract the scale so it
    sizes its text-height assumptions right. ``run``: as for :func:`start_words`.
    """
    return start_words(image, dpi=dpi, lang=lang, psm=psm, timeout=timeout, run=run).words()


class PendingWords:
    """The words of an OCR run still under way (see :func:`start_words`)."""

    def __init__(self, run: TesseractRun | None) -> None:
        self._run = run

    def words(self) -> list[OcrWord]:
        """Wait for Tesseract and return its words (as :func:`tesseract_words`)."""
        if self._run is None:
            return []
        status, out, err = self._run.result()
        if status != 0:
            raise _fail("OCR", status, err)
        return parse_tsv(out)

    def cancel(self) -> None:
        """Stop the run: its words are not wanted."""
        if self._run is not None:
            self._run.cancel()


def _words_args(lang: str, psm: int) -> tuple[str, ...]:
    return ("-l", lang, "--psm", str(psm), "tsv")


def words_run(*, lang: str = "ind", psm: int = 3, timeout: float = 120.0) -> TesseractRun:
    """A Tesseract process for :func:`start_words`, started before its page is ready."""
    return TesseractRun(_words_args(lang, psm), timeout=timeout)


def start_words(
    image: GrayImage,
    *,
    dpi: int,
    lang: str = "ind",
    psm: int = 3,
    timeout: float = 120.0,
    run: TesseractRun | None = None,
) -> PendingWords:
    """Start OCR of a grayscale image and return at once; the words come from
    :meth:`PendingWords.words`, or the run is stopped with :meth:`PendingWords.cancel`.

    ``run``: a process from :func:`words_run` with the same ``lang`` and ``psm``, already
    started (and its model loaded) while the page was being made ready.
    """
    if run is not None and (image.size == 0 or run.args != _words_args(lang, psm)):
        run.cancel()
        run = None
    if image.size == 0:
        return PendingWords(None)
    if run is None:
        run = words_run(lang=lang, psm=psm, timeout=timeout)
    return PendingWords(run.feed(image, dpi=dpi))


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
