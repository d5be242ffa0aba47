"""The registry of recommended activities: import from CSV, fuzzy search, duplicates.

The duplicate-activity check of a case (FORMS.md, "Checks on a whole submission")
asks :func:`find_similar_activity` whether the same agency already had a
recommendation for a near-identical activity in the same year. Matching works on
normalised text (:func:`normalise`): lower case, no punctuation, common
abbreviations written out, filler words and years dropped from titles.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from rekom.errors import InputError
from store.models import RecommendedActivity
from validators.normalise import InvalidValue, normalise_date

# --------------------------------------------------------------------------- text

#: Abbreviations written out before comparing, so "Dinkes Kab. Bangka Tengah" and
#: "Dinas Kesehatan Kabupaten Bangka Tengah" compare equal.
ABBREVIATIONS: dict[str, str] = {
    "kab": "kabupaten",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "prov": "provinsi",
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    "pemprov": "pemerintah provinsi",
    "pemda": "pemerintah daerah",
    "dinkes": "dinas kesehatan",
    "disdik": "dinas pendidikan",
    "dindik": "dinas pendidikan",
    "disnaker": "dinas tenaga kerja",
    "dishub": "dinas perhubungan",
    "disperindag": "dinas perindustrian perdagangan",
    "dukcapil": "kependudukan pencatatan sipil",
    "disdukcapil": "dinas kependudukan pencatatan sipil",
    "bappeda": "badan perencanaan pembangunan daerah",
    "bpbd": "badan penanggulangan bencana daerah",
    "rsud": "rumah sakit umum daerah",
    "umkm": "usaha mikro kecil menengah",
    "kemenkes": "kementerian kesehatan",
    "kemendikbud": "kementerian pendidikan kebudayaan",
}

#: Words that say nothing about which activity it is. Region words (kabupaten,
#: kota, provinsi) are kept: "Kota Bogor" and "Kabupaten Bogor" are different places.
TITLE_STOP_WORDS = frozenset(
    {
        "survei", "survey", "kegiatan", "tahun",
        "dan", "di", "ke", "dari", "pada", "untuk", "dalam", "terhadap", "yang", "tentang",
        "oleh", "bagi", "serta", "atau", "the", "of",
    }
)  # fmt: skip
#: Agency names keep every word except pure connectives.
AGENCY_STOP_WORDS = frozenset({"dan", "serta"})

_NON_WORD = re.compile(r"[^0-9a-z]+")
_YEAR = re.compile(r"^(19|20)\d\d$")


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words: list[str] = []
    for word in _NON_WORD.sub(" ", plain).split():
        words.extend(ABBREVIATIONS.get(word, word).split())
    return words


def _kept_words(text: str, *, title: bool) -> tuple[list[str], list[str]]:
    words = _words(text)
    if title:
        return words, [w for w in words if w not in TITLE_STOP_WORDS and not _YEAR.match(w)]
    return words, [w for w in words if w not in AGENCY_STOP_WORDS]


def normalise(text: str, *, title: bool = True) -> str:
    """Comparable form of a title (``title=True``) or an agency name.

    Titles also lose filler words and years (the year is compared on its own); if
    nothing is left, the words are kept as they are.
    """
    words, kept = _kept_words(text, title=title)
    return " ".join(kept or words)


def same_agency(a: str, b: str) -> bool:
    """Whether two agency names plausibly name the same agency.

    Every word of one name must be found (allowing a typo) in the other: "Dinas
    Kesehatan" and "Dinkes Kab. Bangka Tengah" agree, but "... Bangka Tengah" and
    "... Bangka Barat", or "Kabupaten Bogor" and "Kota Bogor", do not, however
    similar the strings look as a whole.
    """
    words_a = normalise(a, title=False).split()
    words_b = normalise(b, title=False).split()
    if not words_a or not words_b:
        return False
    return _all_found(words_a, words_b) or _all_found(words_b, words_a)


def _all_found(needles: Sequence[str], haystack: Sequence[str]) -> bool:
    return all(
        word in haystack
        or (
            len(word) >= 5
            and process.extractOne(word, haystack, scorer=fuzz.ratio, score_cutoff=85) is not None
        )
        for word in needles
    )


# --------------------------------------------------------------------------- search


@dataclass(frozen=True)
class Match:
    """A registry row with how well it matched (0-100)."""

    id: int
    instansi: str
    judul: str
    tahun: int
    nomor_surat: str
    tanggal_surat: date | None
    office_code: str
    source: str
    variabel: list[str]
    score: float

    @classmethod
    def of(cls, row: RecommendedActivity, score: float) -> Match:
        return cls(
            id=row.id,
            instansi=row.instansi,
            judul=row.judul,
            tahun=row.tahun,
            nomor_surat=row.nomor_surat,
            tanggal_surat=row.tanggal_surat,
            office_code=row.office_code,
            source=row.source,
            variabel=list(row.variabel),
            score=round(score, 1),
        )

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tanggal_surat"] = self.tanggal_surat.isoformat() if self.tanggal_surat else None
        return data


def _candidates(
    session: Session, *, tahun: int | None, instansi: str | None
) -> list[RecommendedActivity]:
    query = select(RecommendedActivity).order_by(RecommendedActivity.id)
    if tahun is not None:
        query = query.where(RecommendedActivity.tahun == tahun)
    rows = list(session.scalars(query))
    if instansi is not None:
        rows = [row for row in rows if same_agency(instansi, row.instansi)]
    return rows


def search_registry(
    session: Session,
    text: str,
    *,
    tahun: int | None = None,
    instansi: str | None = None,
    limit: int = 20,
    min_score: float = 60.0,
) -> list[Match]:
    """Registry rows whose title resembles ``text``, best first.

    ``instansi`` keeps rows of that agency (matched as in :func:`same_agency`). An
    ``text`` without a distinguishing word ("", "survei 2026") lists the rows the
    filters keep, newest year first.
    """
    rows = _candidates(session, tahun=tahun, instansi=instansi)
    _all_words, kept = _kept_words(text, title=True)
    query = " ".join(kept)
    if not query:
        rows.sort(key=lambda row: (-row.tahun, row.judul))
        return [Match.of(row, 100.0) for row in rows[:limit]]
    # WRatio rewards a short query found inside a long title ("ubinan").
    found = process.extract(
        query,
        {index: normalise(row.judul) for index, row in enumerate(rows)},
        scorer=fuzz.WRatio,
        limit=None,
        score_cutoff=min_score,
    )
    ranked = sorted(found, key=lambda hit: (-hit[1], -rows[hit[2]].tahun, rows[hit[2]].id))
    return [Match.of(rows[index], score) for _title, score, index in ranked[:limit]]


def find_similar_activity(
    session: Session, *, instansi: str, judul: str, tahun: int, threshold: float = 85
) -> list[Match]:
    """Recommended activities of the same agency and year with a near-identical title.

    Titles are compared whole (token sort ratio on the normalised titles): word order
    and filler words do not matter, but a title that adds a distinguishing word
    ("... Padi" vs "... Padi dan Palawija") scores below the threshold.
    """
    rows = _candidates(session, tahun=tahun, instansi=instansi)
    wanted = normalise(judul)
    matches = []
    for row in rows:
        score = fuzz.token_sort_ratio(wanted, normalise(row.judul))
        if score >= threshold:
            matches.append(Match.of(row, score))
    matches.sort(key=lambda match: (-match.score, match.id))
    return matches


# --------------------------------------------------------------------------- import

REQUIRED_COLUMNS = ("instansi", "judul", "tahun", "nomor_surat")
OPTIONAL_COLUMNS = ("variabel", "tanggal_surat", "office_code")

_OFFICE_CODE = re.compile(r"^(\d{2}|\d{4})$")


def parse_tanggal(text: str) -> date:
    """A letter date as offices write it: ``2026-01-12``, ``12/01/2026``, ``12 Januari 2026``,
    ``3 Agt 2026``, ``1 Des. 2026`` -- the forms' own date normaliser, so the registry and
    the forms read dates the same way. Raises ``ValueError`` with a bilingual message.
    """
    try:
        value = normalise_date(text)
    except InvalidValue as exc:
        raise ValueError(f"tanggal tidak dikenali / unreadable date: {exc.message_id}") from None
    if value is None:
        raise ValueError("tanggal kosong / empty date")
    return value


@dataclass(frozen=True)
class RowProblem:
    """A CSV row that was refused, with its line number in the file."""

    line: int
    reason: str
    nomor_surat: str | None = None


@dataclass
class ImportReport:
    """What an import did: counts, refused rows, ignored columns."""

    path: Path
    delimiter: str = ","
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def refused(self) -> int:
        return len(self.problems)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "delimiter": self.delimiter,
            "rows": self.rows,
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "refused": self.refused,
            "problems": [asdict(problem) for problem in self.problems],
            "ignored_columns": self.ignored_columns,
        }


@dataclass(frozen=True)
class _Row:
    instansi: str
    judul: str
    tahun: int
    variabel: list[str]
    nomor_surat: str
    tanggal_surat: date | None
    office_code: str


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Berkas {path} tidak dapat dibaca / cannot read the file: {exc}") from exc
    try:
        # utf-8-sig drops the BOM Excel writes with "CSV UTF-8".
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"Berkas {path} bukan UTF-8 / not UTF-8 (byte {exc.start}). Simpan ulang sebagai "
            "'CSV UTF-8' / save it again as 'CSV UTF-8'."
        ) from exc


def _column(name: str) -> str:
    return "_".join(name.strip().casefold().split())


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def _parse_row(
    record: dict[str, str | None], *, default_office: str | None
) -> tuple[_Row | None, str | None]:
    """The typed row, or the reason it is refused (Indonesian / English)."""
    values = {key: _clean(record.get(key)) for key in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)}
    missing = [key for key in REQUIRED_COLUMNS if not values[key]]
    if missing:
        return None, f"kolom kosong / empty column: {', '.join(missing)}"
    try:
        tahun = int(values["tahun"])
    except ValueError:
        tahun = 0
    if not 1900 <= tahun <= 2100:
        return None, f"tahun tidak valid / invalid year: {values['tahun']!r}"
    tanggal: date | None = None
    if values["tanggal_surat"]:
        try:
            tanggal = parse_tanggal(values["tanggal_surat"])
        except ValueError as exc:
            return None, str(exc)
    office_code = values["office_code"] or default_office
    if not office_code:
        return None, "kode kantor kosong / empty office_code"
    if not _OFFICE_CODE.match(office_code):
        return None, f"kode kantor tidak valid / invalid office_code: {office_code!r}"
    variabel = [_clean(name) for name in values["variabel"].split(";") if _clean(name)]
    row = _Row(
        instansi=values["instansi"],
        judul=values["judul"],
        tahun=tahun,
        variabel=variabel,
        nomor_surat=values["nomor_surat"],
        tanggal_surat=tanggal,
        office_code=office_code,
    )
    return row, None


def import_registry_csv(
    session: Session, path: Path, *, office_code: str | None = None
) -> ImportReport:
    """Add the rows of a registry CSV file; update rows whose ``nomor_surat`` is known.

    Good rows are kept even when others are refused; each refused row is reported
    with its line number and the reason. ``office_code`` fills an empty
    ``office_code`` cell. Rows Rekom itself recorded (``source = 'rekom'``) are never
    overwritten by an import. Runs in the caller's transaction.
    """
    text = _read_text(path)
    lines = text.splitlines()
    header_line = next((line for line in lines if line.strip()), "")
    # The header has names only, so whichever separator it uses is the delimiter.
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    report = ImportReport(path=path, delimiter=delimiter)

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    seen: dict[str, tuple[int, _Row]] = {}
    line = 1
    for cells in reader:
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = [_column(cell) for cell in cells]
            _check_header(header, path)
            report.ignored_columns = [
                name for name in header if name not in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
            ]
            continue
        report.rows += 1
        if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
            report.problems.append(
                RowProblem(
                    start,
                    f"{len(cells)} sel, kepala kolom {len(header)} / more cells than columns "
                    f"(pemisah / delimiter {delimiter!r}; isi yang memuat pemisah harus diberi "
                    "tanda kutip / quote values that contain it)",
                )
            )
            continue
        record: dict[str, str | None] = dict(zip(header, cells, strict=False))
        row, reason = _parse_row(record, default_office=office_code)
        if row is None:
            report.problems.append(
                RowProblem(start, reason or "", _clean(record.get("nomor_surat")) or None)
            )
            continue
        if row.nomor_surat in seen:
            earlier_line, earlier = seen[row.nomor_surat]
            if earlier != row:
                report.problems.append(
                    RowProblem(
                        start,
                        f"nomor surat sama dengan baris {earlier_line} tetapi isinya berbeda / "
                        f"same nomor_surat as line {earlier_line} with different values",
                        row.nomor_surat,
                    )
                )
            else:
                report.unchanged += 1
            continue
        seen[row.nomor_surat] = (start, row)
        reason = _store_row(session, row, report)
        if reason is not None:
            report.problems.append(RowProblem(start, reason, row.nomor_surat))
    if header is None:
        raise InputError(f"Berkas {path} kosong / the file is empty.")
    session.flush()
    return report


def _check_header(header: Sequence[str], path: Path) -> None:
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise InputError(
            f"Berkas {path}: kolom wajib tidak ada / required columns missing: "
            f"{', '.join(missing)}. Kolom yang ada / columns found: {', '.join(header)}."
        )


def _store_row(session: Session, row: _Row, report: ImportReport) -> str | None:
    existing = session.scalar(
        select(RecommendedActivity).where(RecommendedActivity.nomor_surat == row.nomor_surat)
    )
    if existing is None:
        session.add(RecommendedActivity(source="import", **asdict(row)))
        report.inserted += 1
        return None
    if existing.source != "import":
        return (
            "nomor surat ini diterbitkan Rekom; impor tidak menimpanya / "
            "this letter was issued by Rekom; an import does not overwrite it"
        )
    changed = False
    for key, value in asdict(row).items():
        if getattr(existing, key) != value:
            setattr(existing, key, value)
            changed = True
    if changed:
        report.updated += 1
    else:
        report.unchanged += 1
    return None
