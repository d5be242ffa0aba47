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
    "--json",
    "as_json",
    is_flag=True,
    help="Hanya JSON, tanpa ringkasan di stderr / JSON only, no summary on stderr.",
)
@click.pass_context
@handles_errors
def draft(
    ctx: click.Context, source: Path, out_dir: Path, when: datetime | None, as_json: bool
) -> None:
    """Buat draf surat rekomendasi atau perbaikan / draft the letter for a submission.

    SOURCE is a folder, an .eml file or a case JSON. The submission is examined
    as a whole; a case without error findings gets a recommendation letter
    (warnings as advice), otherwise a correction letter. The draft has no number:
    the number is taken when the letter is signed. Prints
    {"kind", "docx", "pdf"} as JSON on stdout; a summary goes to stderr.
    """
    from functools import partial

    from intake.case import load_case
    from letters.render import draft_letter
    from rekom.offices import get_office
    from store.db import Store
    from store.registry import find_similar_activity
    from validators.examine import examine_case, examine_document

    settings = _settings(ctx)
    office = get_office(settings.office, [settings.offices_dir])
    case_input = load_case(source)
    documents = [
        examine_document(
            doc.form_type,
            doc.fields,
            file=doc.file,
            office=office,
            pages=case_input.pages.get(doc.file),
        )
        for doc in case_input.documents
    ]
    # The registry of earlier recommendations shows a duplicated activity.
    with Store.from_settings(settings) as store, store.transaction(read_only=True) as session:
        case = examine_case(
            documents,
            office=office,
            sender=case_input.sender,
            registry=partial(find_similar_activity, session),
            file=str(source),
        )
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
