"""The ``rekom`` command line.

The CLI layer is the only place that prints. Messages for the operator are in
Bahasa Indonesia with the English after a slash. Exit status: 0 success, 1 the
command ran and found problems (invalid field sets, failed checks), 2 a usage or
configuration error.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import click

from rekom import __version__
from rekom.errors import RekomError
from rekom.settings import Settings, load_settings

P = ParamSpec("P")
R = TypeVar("R")

#: Where ``rekom samples`` writes by default (git-ignored; made during set-up).
DEFAULT_SAMPLES_DIR = Path("samples") / "corpus"


def _fail(exc: RekomError) -> None:
    click.echo(f"Galat / Error {exc}", err=True)
    sys.exit(exc.exit_status)


def handles_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a ``RekomError`` into a clear message and its exit status."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except RekomError as exc:
            _fail(exc)
            raise AssertionError("unreachable") from exc

    return wrapper


def _settings(ctx: click.Context) -> Settings:
    obj = ctx.ensure_object(dict)
    if "settings" not in obj:
        obj["settings"] = load_settings()
    settings: Settings = obj["settings"]
    return settings


def _dump_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="rekom")
@click.option("-v", "--verbose", count=True, help="Log lebih rinci / more logging (-vv: debug).")
@click.pass_context
def main(ctx: click.Context, verbose: int) -> None:
    """Rekom: pemeriksaan formulir rekomendasi kegiatan statistik BPS.

    Rekom: the document pipeline of the BPS statistical-activity recommendation
    service. Configuration comes from REKOM_* environment variables and an
    optional rekom.toml (see docs/configuration.md).
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx.ensure_object(dict)


@main.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_SAMPLES_DIR,
    show_default=True,
    help="Folder tujuan / output folder.",
)
@click.option("--seed", type=int, default=2026, show_default=True, help="Benih acak / random seed.")
@click.option(
    "--family",
    "families",
    multiple=True,
    help="Hanya keluarga ini / only this family (repeatable): digital, docx, fillable, "
    "scan300, scan200, photo, eml, bundle.",
)
@click.option(
    "--readme/--no-readme",
    default=False,
    help="Tulis ulang tabel samples/README.md / rewrite the tracked samples/README.md table.",
)
@handles_errors
def samples(out_dir: Path, seed: int, families: tuple[str, ...], readme: bool) -> None:
    """Buat ulang korpus contoh / regenerate the sample corpus (deterministic)."""
    import samples as sample_generator

    infos = sample_generator.generate(out_dir, seed=seed, families=set(families) or None)
    if readme:
        sample_generator.write_readme(infos)
    click.echo(f"{len(infos)} berkas contoh ditulis ke / sample files written to {out_dir}")


@main.command("validate-json")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON / JSON output.")
@handles_errors
def validate_json(files: tuple[Path, ...], as_json: bool) -> None:
    """Periksa berkas JSON isian formulir terhadap model / check field-set JSON files.

    Each FILE is an expected-JSON file of the samples, the output of
    ``rekom extract --json`` or a plain {"form_type": ..., "fields": {...}}
    object. Prints every value the form models cannot accept, in Indonesian and
    English. Exit status 1 when any value is invalid.
    """
    from rekom.fieldsets import validate_file

    reports = [validate_file(path) for path in files]
    if as_json:
        _dump_json([report.as_dict() for report in reports])
    else:
        for report in reports:
            click.echo(report.render())
    if any(not report.ok for report in reports):
        sys.exit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON / JSON output.")
@click.pass_context
@handles_errors
def offices(ctx: click.Context, as_json: bool) -> None:
    """Daftar kantor BPS yang dikonfigurasi / list the configured BPS offices."""
    from rekom.offices import load_offices

    settings = _settings(ctx)
    found = load_offices([settings.offices_dir])
    if as_json:
        _dump_json([office.model_dump(mode="json") for office in found.values()])
        return
    for office in found.values():
        mark = "*" if office.code == settings.office else " "
        flags = []
        if office.requires_government_applicant:
            flags.append("pemohon wajib instansi pemerintah")
        click.echo(
            f"{mark} {office.code:<5} {office.name:<32} unit kerja {office.work_unit}  "
            f"{office.working_days} hari kerja  penandatangan: {office.signer.jabatan}"
            + (f"  [{'; '.join(flags)}]" if flags else "")
        )
        click.echo(f"        surat ditujukan kepada: {office.addressed_to}")
    click.echo("(* = kantor instalasi ini / this installation's office)")


@main.command()
@click.option(
    "--samples-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_SAMPLES_DIR,
    show_default=True,
    help="Korpus contoh / sample corpus (made when missing).",
)
@click.option(
    "--no-pipeline",
    "pipeline",
    flag_value=False,
    default=True,
    help="Tanpa ekstraksi dan surat / only the model check, no extraction or letters.",
)
@click.pass_context
@handles_errors
def demo(ctx: click.Context, samples_dir: Path, pipeline: bool) -> None:
    """Jalankan pekerjaan utama pada contoh bawaan / run the main job on the bundled samples.

    Makes the sample corpus if it is missing, loads every expected field set into
    the form models (the only values refused must be the ones the samples declare
    malformed), then runs bundled submissions end to end: extraction, examination
    and the draft letter (DOCX and PDF under <data_dir>/demo/), each verdict
    compared with the sample's. Exit 1 when anything disagrees.
    """
    from rekom.demo import run_demo

    settings = _settings(ctx)
    result = run_demo(settings, samples_dir=samples_dir, pipeline=pipeline)
    click.echo(result.render())
    if not result.ok:
        sys.exit(1)


from rekom.cli_store import db, registry  # noqa: E402 - the groups import helpers from here

main.add_command(db)
main.add_command(registry)

from rekom.cli_extract import extract  # noqa: E402 - imports helpers from here, as above

main.add_command(extract)

from rekom.cli_letters import draft  # noqa: E402 - imports helpers from here

main.add_command(draft)

from rekom.cli_check import check  # noqa: E402 - the command imports helpers from here

main.add_command(check)

if __name__ == "__main__":  # pragma: no cover
    main()
