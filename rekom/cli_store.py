"""``rekom db`` and ``rekom registry``: the application database from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from rekom.cli import _dump_json, _settings, handles_errors

# Plain Group objects with declared types: rekom.cli imports this module at its end,
# and mypy cannot infer a decorated group's type across that import cycle.
db: click.Group = click.Group(
    "db", help="Basis data aplikasi / the application database (REKOM_DATABASE_URL)."
)


@db.command("upgrade")
@click.pass_context
@handles_errors
def db_upgrade(ctx: click.Context) -> None:
    """Migrasikan skema ke revisi terbaru / migrate the schema to the newest revision.

    Safe to run again and while Rekom runs; every Rekom command that uses the
    database does this itself when it starts.
    """
    from store.db import redact
    from store.migrate import upgrade

    url = _settings(ctx).effective_database_url
    revision = upgrade(url)
    click.echo(
        f"Basis data / database {redact(url)}: revisi / revision {revision} (terbaru / head)"
    )


@db.command("current")
@click.pass_context
@handles_errors
def db_current(ctx: click.Context) -> None:
    """Tampilkan revisi skema / show the schema revision; exit 1 when behind.

    Reads only: a missing SQLite file is reported, not created.
    """
    from store.db import redact, sqlite_file
    from store.migrate import current_revision, head_revision

    url = _settings(ctx).effective_database_url
    path = sqlite_file(url)
    current = None if path is not None and not path.exists() else current_revision(url)
    head = head_revision()
    click.echo(f"Basis data / database {redact(url)}")
    if current is None:
        click.echo(f"  belum dibuat / not created; revisi terbaru / newest revision: {head}")
        click.echo("  Jalankan / run: rekom db upgrade")
        sys.exit(1)
    if current != head:
        click.echo(f"  revisi / revision {current}; terbaru / newest {head}")
        click.echo("  Jalankan / run: rekom db upgrade")
        sys.exit(1)
    click.echo(f"  revisi / revision {current} (terbaru / head)")


registry: click.Group = click.Group(
    "registry",
    help="Registri kegiatan yang sudah direkomendasi / registry of recommended activities.",
)


@registry.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--office",
    "office_code",
    help="Kode kantor untuk baris tanpa office_code / office code for rows without one "
    "(default: REKOM_OFFICE).",
)
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON / JSON output.")
@click.pass_context
@handles_errors
def registry_import(ctx: click.Context, file: Path, office_code: str | None, as_json: bool) -> None:
    """Impor registri dari CSV / import the registry from a CSV file.

    Columns: instansi, judul, tahun, nomor_surat (required), variabel (names
    separated by ";"), tanggal_surat, office_code. UTF-8 with or without BOM; ";" or
    "," between columns. Rows with a known nomor_surat are updated. Good rows are
    kept when others are refused; exit 1 when any row was refused.
    """
    from store.db import Store
    from store.registry import import_registry_csv

    settings = _settings(ctx)
    with Store.from_settings(settings) as store, store.transaction() as session:
        report = import_registry_csv(session, file, office_code=office_code or settings.office)
    if as_json:
        _dump_json(report.as_dict())
    else:
        click.echo(f"Impor registri / registry import: {file}")
        click.echo(
            f"  baris / rows {report.rows}: baru / inserted {report.inserted}, "
            f"diperbarui / updated {report.updated}, tetap / unchanged {report.unchanged}, "
            f"ditolak / refused {report.refused}"
        )
        if report.ignored_columns:
            click.echo("  kolom diabaikan / ignored columns: " + ", ".join(report.ignored_columns))
        for problem in report.problems:
            click.echo(f"  baris / line {problem.line}: {problem.reason}")
    if not report.ok:
        sys.exit(1)


@registry.command("search")
@click.argument("text")
@click.option("--tahun", type=int, help="Hanya tahun ini / only this year.")
@click.option("--instansi", help="Hanya instansi ini / only this agency (fuzzy).")
@click.option("--limit", type=int, default=20, show_default=True, help="Paling banyak / at most.")
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON / JSON output.")
@click.pass_context
@handles_errors
def registry_search(
    ctx: click.Context,
    text: str,
    tahun: int | None,
    instansi: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """Cari kegiatan menurut judul / search activities by title (fuzzy), best first."""
    from store.db import Store
    from store.registry import search_registry

    with (
        Store.from_settings(_settings(ctx)) as store,
        store.transaction(read_only=True) as session,
    ):
        matches = search_registry(session, text, tahun=tahun, instansi=instansi, limit=limit)
    if as_json:
        _dump_json([match.as_dict() for match in matches])
        return
    if not matches:
        click.echo("Tidak ada yang cocok / no matches.")
        return
    for match in matches:
        click.echo(f"{match.score:5.1f}  {match.tahun}  {match.nomor_surat}  {match.instansi}")
        click.echo(f"       {match.judul}")
