"""``rekom extract``: read documents and print their form type and fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from rekom.cli import _dump_json, _settings, handles_errors


def _value_text(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 70 else text[:67] + "..."


def _render(result: dict[str, Any]) -> str:
    lines = [
        f"Berkas / file: {result['file']}",
        f"  jenis / form type: {result['form_type'] or '-'}   halaman / pages: {result['pages']}"
        f"   OCR: {result['ocr_pages']}",
    ]
    if result["error"]:
        lines.append(f"  Galat / error [{result['error']['code']}] {result['error']['message']}")
        return "\n".join(lines)
    docs = result.get("documents") or []
    if len(docs) > 1:
        parts = ", ".join(f"{d['form_type']} {d['pages'][0]}-{d['pages'][1]}" for d in docs)
        lines.append(f"  dokumen / documents: {parts}")
    fields = result["fields"]
    if not fields:
        lines.append("  (tidak ada isian terbaca / no fields read)")
        return "\n".join(lines)
    width = max(len(k) for k in fields)
    lines.append(
        f"  {'isian / key':<{width}} | nilai / value | keyakinan / confidence | hal. / page"
    )
    for key, fld in fields.items():
        value = _value_text(fld["value"])
        lines.append(f"  {key:<{width}} | {value} | {fld['confidence']:.2f} | {fld['page']}")
    return "\n".join(lines)


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON / JSON output.")
@click.option(
    "--lang",
    type=click.Choice(["ind", "ind+eng"]),
    default=None,
    help="Bahasa OCR / Tesseract languages (default: REKOM_TESSERACT_LANG, ind).",
)
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Proses OCR / OCR processes."
)
@click.pass_context
@handles_errors
def extract(
    ctx: click.Context,
    files: tuple[Path, ...],
    as_json: bool,
    lang: str | None,
    workers: int | None,
) -> None:
    """Baca dokumen: jenis formulir dan isiannya / read documents: form type and fields.

    Each FILE (PDF, DOCX, TIFF/JPEG/PNG) is classified from its content, split into
    the documents it holds, and its fields are read with calibrated confidences. A
    file that cannot be read gets an "error" object; the others are still read.
    Exit 0 when every file was looked at.
    """
    from extractors.extract import extract_file

    settings = _settings(ctx)
    results = []
    for path in files:
        result = extract_file(
            path,
            lang=lang or settings.tesseract_lang,
            workers=workers or settings.workers,
            page_timeout=float(settings.ocr_page_timeout),
            max_bytes=settings.max_file_bytes,
        )
        contract = result.as_contract()
        results.append(contract)
        if not as_json:
            click.echo(_render(contract))
    if as_json:
        _dump_json(results)
