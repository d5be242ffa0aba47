"""``rekom draft``: the unnumbered letter for one submission, as DOCX and PDF."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from rekom.cli import _dump_json, _settings, handles_errors


@click.command("draft")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder tujuan / output folder.",
)
@click.option(
    "--date",
    "when",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Tanggal surat / letter date (YYYY-MM-DD; default: today).",
)
@click.option(
    "--office",
    "office_code",
    help="Kode kantor BPS / office code (default: the office the submission was sent to, "
    "else the setting).",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Hanya JSON, tanpa ringkasan di stderr / JSON only, no summary on stderr.",
)
@click.pass_context
@handles_errors
def draft(
    ctx: click.Context,
    source: Path,
    out_dir: Path,
    when: datetime | None,
    office_code: str | None,
    as_json: bool,
) -> None:
    """Buat draf surat rekomendasi atau perbaikan / draft the letter for a submission.

    SOURCE is a folder, an .eml file or a case JSON. The submission is examined
    as a whole; a case without error findings gets a recommendation letter
    (warnings as advice), otherwise a correction letter. The draft has no number:
    the number is taken when the letter is signed. Prints
    {"kind", "docx", "pdf"} as JSON on stdout; a summary goes to stderr.
    """
    from letters.render import draft_letter
    from rekom.submission import examine_submission

    settings = _settings(ctx)
    examined = examine_submission(source, settings, office_code=office_code)
    for file, error in examined.errors.items():
        click.echo(f"Peringatan / warning: {file}: {error}", err=True)
    case, office = examined.result, examined.office
    letter = draft_letter(
        case,
        office=office,
        out_dir=out_dir,
        when=when.date() if when else date.today(),
        templates_dir=settings.data_dir / "templates",
    )
    # stdout is always the JSON object (the contract scripts rely on); people read the
    # summary on stderr.
    _dump_json({"kind": letter.kind, "docx": str(letter.docx), "pdf": str(letter.pdf)})
    if not as_json:
        click.echo(f"Draf surat {letter.kind} / {letter.kind} letter draft:", err=True)
        click.echo(f"  DOCX: {letter.docx}", err=True)
        click.echo(f"  PDF:  {letter.pdf}", err=True)
        click.echo(f"  jejak / trace: {letter.trace}", err=True)
