"""The one wrapper around LibreOffice: DOCX → PDF.

Every conversion gets its own LibreOffice profile folder, so concurrent
conversions (several workers, several tests) never fight over one profile lock.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from rekom.errors import ToolError, ToolMissing, ToolTimeout

log = logging.getLogger(__name__)

#: Default LibreOffice program; found on PATH.
SOFFICE = "soffice"


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    # soffice starts a child (soffice.bin); killing only the parent leaves it running.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def to_pdf(
    docx: Path,
    *,
    out_dir: Path,
    timeout: float = 120,
    soffice: str | Path = SOFFICE,
) -> Path:
    """Convert ``docx`` to ``out_dir/<stem>.pdf`` with ``soffice --headless``.

    Raises ``ToolMissing`` when LibreOffice is not installed (or ``soffice`` names
    no program), ``ToolTimeout`` after ``timeout`` seconds (the whole process group
    is killed), ``ToolError`` with LibreOffice's output for any other failure.
    """
    program = shutil.which(str(soffice))
    if program is None:
        raise ToolMissing(
            f"LibreOffice ({soffice}) tidak ditemukan; pasang paket libreoffice atau jalankan "
            "bash setup.sh / LibreOffice is not installed or not on PATH."
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{docx.stem}.pdf"
    target.unlink(missing_ok=True)  # a stale PDF must not pass for a fresh one
    profile = Path(tempfile.mkdtemp(prefix="rekom-lo-"))
    command = [
        program,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out_dir),
        str(docx),
    ]
    try:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            raise ToolTimeout(
                f"LibreOffice tidak selesai mengubah {docx.name} ke PDF dalam {timeout:g} detik "
                f"/ conversion timed out after {timeout:g} s."
            ) from None
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    output = (stdout + stderr).decode("utf-8", "replace").strip()
    if process.returncode != 0 or not target.is_file():
        raise ToolError(
            f"LibreOffice gagal mengubah {docx.name} ke PDF (kode {process.returncode}) "
            "/ conversion to PDF failed.",
            detail=output or None,
        )
    log.debug("converted %s: %s", docx, output)
    return target
