"""``rekom check``: examine documents or a whole submission against the FORMS.md rules.

Exit status: 0 when every file was examined (whatever the verdicts: a verdict is a
result, as with ``rekom extract``); 1 when a file could not be examined (unreadable
JSON, extraction unavailable or failed); 2 on a usage error.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import click

from rekom.cli import _dump_json, _settings, handles_errors
from rekom.errors import InputError
from rekom.submission import examine_documents, examine_submission, office_for

log = logging.getLogger(__name__)


def _render_document(result: Any, indent: str = "") -> list[str]:
    lines = [f"{indent}{result.file} [{result.form_type}]: {result.verdict}"]
    if result.error:
        lines.append(f"{indent}  ! {result.error}")
    for f in result.findings:
        page = f" hal. {f.page}" if f.page else ""
        mark = "GALAT" if f.severity == "error" else "saran"
        lines.append(f"{indent}  - [{mark}] {f.rule}{page}: {f.message}")
    return lines


@click.command("check")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--case",
    "case_path",
    type=click.Path(exists=True, path_type=Path),
    help="Periksa satu pengajuan utuh / check a whole submission: folder, .eml or JSON.",
)
@click.option("--office", "office_code", help="Kode kantor BPS / office code (default: setting).")
@click.option(
    "--registry/--no-registry",
    default=True,
    help="Periksa duplikasi di basis data / check duplicates in the database (--case).",
)
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON / JSON output.")
@click.pass_context
@handles_errors
def check(
    ctx: click.Context,
    files: tuple[Path, ...],
    case_path: Path | None,
    office_code: str | None,
    registry: bool,
    as_json: bool,
) -> None:
    """Periksa formulir terhadap aturan / examine forms against the FORMS.md rules.

    Each FILE is field-set JSON (a sample's expected JSON, ``rekom extract --json``
    output, {"form_type", "fields"}) or a document (PDF, Word, image) read by
    extraction; each document gets its own form's rules. ``--case`` examines one
    whole submission and adds the case rules (documents present, sender, office,
    duplicates). Exit 0 when every file was examined, 1 when one could not be, 2 on
    a usage error.
    """
    from intake.case import load_document_file

    if bool(files) == bool(case_path):
        raise click.UsageError("Berikan FILE... atau --case / give FILE... or --case (not both).")
    settings = _settings(ctx)
    if case_path is not None:
        examined = examine_submission(
            case_path, settings, office_code=office_code, registry=registry
        )
        result, office, documents = examined.result, examined.office, examined.documents
        if as_json:
            _dump_json(result.as_dict())
        else:
            click.echo(f"{result.file} (pengajuan ke {office.name}): {result.verdict}")
            for f in result.findings:
                if f.document is None:
                    mark = "GALAT" if f.severity == "error" else "saran"
                    click.echo(f"  - [{mark}] {f.rule}: {f.message}")
            for doc in documents:
                click.echo("\n".join(_render_document(doc, "  ")))
        if any(doc.error for doc in documents):
            sys.exit(1)
        return

    office = office_for(settings, office_code)
    results: list[Any] = []
    for path in files:
        try:
            case_input = load_document_file(path)
        except InputError as exc:
            from validators.examine import DocumentResult

            results.append(
                DocumentResult(str(path), "unknown", "perlu_perbaikan", [], {}, error=str(exc))
            )
            continue
        for doc_result in examine_documents(case_input, office):
            if doc_result.file != str(path) and len(case_input.documents) == 1:
                doc_result.file = str(path)
            results.append(doc_result)
    if as_json:
        _dump_json([r.as_dict() for r in results])
    else:
        for r in results:
            click.echo("\n".join(_render_document(r)))
    if any(r.error for r in results):
        sys.exit(1)
