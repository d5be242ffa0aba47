"""BPS region codes: names to codes and codes to names.

The table is ``rekom/data/wilayah/wilayah_indonesia.csv`` (see SOURCE.md there).
Only its BPS columns are read; the Ministry of Home Affairs (Kemendagri) codes
beside them differ for many kabupaten/kota and are never used, because BPS
letters and office codes follow the BPS column.

Forms write region names in many ways ("Kab. Bangka Tengah", "KABUPATEN BANGKA
TENGAH", "Bangka Tengah", "Prov. Kep. Bangka Belitung", "Babel"), sometimes
misspelled. :func:`resolve_region` accepts all of these and returns ``None``
rather than guess when a name could be more than one region.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz

DATA_FILE = Path(__file__).parent / "data" / "wilayah" / "wilayah_indonesia.csv"

Level = Literal["provinsi", "kabupaten_kota"]
Kind = Literal["provinsi", "kabupaten", "kota"]

#: A misspelled name must score at least this (rapidfuzz ratio, 0-100) ...
FUZZY_CUTOFF = 88.0
#: ... and beat the next-best region by this much; real names lie close together
#: ("Sumba Barat"/"Sumbawa Barat" score 92, "Bandung"/"Badung" 92), so a misspelling
#: halfway between two of them must not be resolved to either.
FUZZY_MARGIN = 5.0
#: Shorter inputs are matched exactly only: one wrong letter in "Bima" is another name.
FUZZY_MIN_LENGTH = 5

# Informal province names seen on forms and in letters (keys in normalised form).
PROVINCE_ALIASES: dict[str, str] = {
    "nad": "11",
    "nanggroe aceh darussalam": "11",
    "sumut": "12",
    "sumbar": "13",
    "sumsel": "16",
    "babel": "19",
    "kepulauan babel": "19",
    "bangka belitung": "19",
    "kepri": "21",
    "jakarta": "31",
    "dki": "31",
    "daerah khusus ibukota jakarta": "31",
    "daerah khusus jakarta": "31",
    "jabar": "32",
    "jateng": "33",
    "diy": "34",
    "jogja": "34",
    "yogya": "34",
    "daerah istimewa yogyakarta": "34",
    "jatim": "35",
    "ntb": "52",
    "ntt": "53",
    "kalbar": "61",
    "kalteng": "62",
    "kalsel": "63",
    "kaltim": "64",
    "kaltara": "65",
    "sulut": "71",
    "sulteng": "72",
    "sulsel": "73",
    "sultra": "74",
    "sulbar": "76",
    "malut": "82",
    "pabar": "91",
    "pbd": "92",
}

# Informal kabupaten/kota names; "Jaksel" and the like are how Jakarta offices write.
KABUPATEN_KOTA_ALIASES: dict[str, str] = {
    "jaksel": "3171",
    "jaktim": "3172",
    "jakpus": "3173",
    "jakbar": "3174",
    "jakut": "3175",
    "kepulauan seribu": "3101",
    "pangkalpinang": "1971",
}

_KIND_WORDS: dict[str, Kind] = {
    "provinsi": "provinsi",
    "propinsi": "provinsi",
    "prov": "provinsi",
    "prop": "provinsi",
    "kabupaten": "kabupaten",
    "kab": "kabupaten",
    "kota": "kota",
    "kotamadya": "kota",
    "kodya": "kota",
    "kotamadia": "kota",
}
_ADMINISTRATIVE_WORDS = frozenset({"adm", "administrasi", "administratif"})
_WORD_EXPANSIONS = {"kep": "kepulauan", "kab": "kabupaten", "prov": "provinsi"}
# Words that stay lower case or upper case in a display name.
_LOWER_WORDS = frozenset({"dan"})
_UPPER_WORDS = frozenset({"dki", "di"})


@dataclass(frozen=True)
class Region:
    """One province or kabupaten/kota of the BPS table."""

    code: str
    kind: Kind
    #: Name without its kind, title-cased: "Bangka Tengah", "DKI Jakarta".
    name: str
    #: Jakarta's five cities and Kepulauan Seribu are "Administrasi".
    administrative: bool = False

    @property
    def province(self) -> str:
        return self.code[:2]

    @property
    def display_name(self) -> str:
        """The name as Indonesians write it in a letter: "Kabupaten Bangka Tengah"."""
        kind = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota"}[self.kind]
        if self.administrative:
            kind += " Administrasi"
        return f"{kind} {self.name}"


@dataclass(frozen=True)
class _Table:
    regions: dict[str, Region]
    #: Normalised bare name → codes carrying that name (Bogor: kabupaten and kota).
    by_key: dict[str, tuple[str, ...]]
    #: Province code → its kabupaten/kota codes, in code order.
    children: dict[str, tuple[str, ...]]


def normalise_name(text: str) -> str:
    """Lower case, punctuation as spaces, single spaces, "D.K.I." joined to "dki"."""
    text = text.casefold().replace("&", " dan ")
    text = re.sub(r"[^\w\s]|_", " ", text)
    words = text.split()
    joined: list[str] = []
    run = ""
    for word in words:
        # Dotted initialisms ("D.I. Yogyakarta", "D.K.I.") arrive as single letters.
        if len(word) == 1 and word.isalpha():
            run += word
            continue
        if run:
            joined.append(run)
            run = ""
        joined.append(word)
    if run:
        joined.append(run)
    return " ".join(joined)


def _split_kind(key: str) -> tuple[Kind | None, bool, str]:
    """Take a leading kind word off a normalised name: ("kabupaten", False, "bangka tengah")."""
    words = key.split()
    kind: Kind | None = None
    administrative = False
    if words and words[0] in _KIND_WORDS:
        kind = _KIND_WORDS[words.pop(0)]
    while words and words[0] in _ADMINISTRATIVE_WORDS:
        administrative = True
        words.pop(0)
    words = [_WORD_EXPANSIONS.get(word, word) for word in words]
    return kind, administrative, " ".join(words)


def _title(bare: str) -> str:
    out = []
    for word in bare.split():
        if word in _UPPER_WORDS:
            out.append(word.upper())
        elif word in _LOWER_WORDS:
            out.append(word)
        else:
            out.append(word.capitalize())
    return " ".join(out)


def _read_rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


@lru_cache(maxsize=1)
def _table() -> _Table:
    regions: dict[str, Region] = {}
    for row in _read_rows(DATA_FILE):
        province = row["kode_provinsi"].strip()
        if province not in regions:
            _, _, bare = _split_kind(normalise_name(row["nama_provinsi"]))
            regions[province] = Region(province, "provinsi", _title(bare))
        code = row["kode_kabupaten"].strip()
        if code and code not in regions:
            # "KAB TIMOR TENGAH SELATAN" lacks the dot; one name breaks over a line.
            kind, administrative, bare = _split_kind(normalise_name(row["nama_kabupaten"]))
            regions[code] = Region(code, kind or "kabupaten", _title(bare), administrative)
    by_key: dict[str, list[str]] = {}
    children: dict[str, list[str]] = {}
    for code, region in sorted(regions.items()):
        by_key.setdefault(normalise_name(region.name), []).append(code)
        if region.kind != "provinsi":
            children.setdefault(region.province, []).append(code)
    return _Table(
        regions=regions,
        by_key={key: tuple(codes) for key, codes in by_key.items()},
        children={key: tuple(codes) for key, codes in children.items()},
    )


def all_regions() -> list[Region]:
    """Every province and kabupaten/kota, in code order."""
    return [region for _, region in sorted(_table().regions.items())]


def get_region(code: str) -> Region | None:
    """The region of a BPS code, or None."""
    return _table().regions.get(code.strip())


def is_region_code(code: str) -> bool:
    """True for a BPS province (2 digits) or kabupaten/kota (4 digits) code in the table."""
    return isinstance(code, str) and code in _table().regions


def region_name(code: str) -> str | None:
    """Display name: "Kabupaten Bangka Tengah", "Provinsi DKI Jakarta"; None if unknown."""
    region = get_region(code)
    return region.display_name if region else None


def province_of(code: str) -> str:
    """Province code of a province or kabupaten/kota code; ValueError for an unknown code."""
    if not is_region_code(code):
        raise ValueError(f"not a BPS region code: {code!r}")
    return code[:2]


def kabupaten_in(province_code: str) -> list[str]:
    """Codes of the kabupaten and kota of a province, in code order; [] if unknown."""
    return list(_table().children.get(province_code, ()))


def _level_of(region: Region) -> Level:
    return "provinsi" if region.kind == "provinsi" else "kabupaten_kota"


def _fits(
    region: Region,
    *,
    kind: Kind | None,
    administrative: bool,
    level: Level | None,
    province: str | None,
) -> bool:
    if level is not None and _level_of(region) != level:
        return False
    if kind is not None and region.kind != kind:
        return False
    if administrative and not region.administrative:
        return False
    return province is None or region.province == province


def _pick_exact(codes: list[str], *, kind: Kind | None) -> str | None:
    """One code among exact matches; a bare name prefers a province or a kabupaten."""
    if len(codes) == 1:
        return codes[0]
    if kind is not None or not codes:
        return None
    regions = _table().regions
    # A bare name means the kabupaten (forms write "Kota Bogor" but plain "Bogor" for
    # Kabupaten Bogor) or the province ("Jambi"); a kota only when nothing else fits.
    preferred = [c for c in codes if regions[c].kind in ("provinsi", "kabupaten")]
    return preferred[0] if len(preferred) == 1 else None


def _fuzzy_key(bare: str) -> str | None:
    """The table name a misspelled name stands for, or None when unsure.

    Ranked over every name of the table, whatever level is asked for: a name that
    is closest to a province must not be bent to the nearest kabupaten instead.
    """
    if len(bare.replace(" ", "")) < FUZZY_MIN_LENGTH:
        return None
    squeezed = bare.replace(" ", "")
    scores = sorted(
        (
            # Compare without spaces too: "Pangkalpinang" is "Pangkal Pinang".
            max(fuzz.ratio(bare, key), fuzz.ratio(squeezed, key.replace(" ", ""))),
            key,
        )
        for key in _table().by_key
    )
    best_score, best_key = scores[-1]
    if best_score < FUZZY_CUTOFF:
        return None
    if len(scores) > 1 and best_score - scores[-2][0] < FUZZY_MARGIN:
        return None
    return best_key


def _resolve_code(text: str, level: Level | None) -> str | None:
    digits = re.sub(r"[\s.]", "", text)
    if not digits.isdigit():
        return None
    region = get_region(digits)
    if region is None or (level is not None and _level_of(region) != level):
        return None
    return region.code


def resolve_region(
    name: str,
    *,
    level: Level | None = None,
    province: str | None = None,
) -> str | None:
    """BPS code of a region name (or code); None when unknown or ambiguous.

    ``level`` restricts the answer to provinces or kabupaten/kota; ``province`` (a
    code or a name) restricts kabupaten/kota to one province. A leading
    "Kab."/"Kabupaten"/"Kota"/"Prov."/"Provinsi" decides between a kabupaten and
    a kota of the same name (Kabupaten Bogor 3201, Kota Bogor 3271).
    """
    if not isinstance(name, str) or not name.strip():
        return None
    code = _resolve_code(name, level)
    if code is not None or name.strip().replace(".", "").isdigit():
        return code
    province_code: str | None = None
    if province is not None:
        province_code = resolve_region(province, level="provinsi")
        if province_code is None:
            return None
    kind, administrative, bare = _split_kind(normalise_name(name))
    if not bare:
        return None
    if kind == "provinsi" and level == "kabupaten_kota":
        return None
    if kind in ("kabupaten", "kota") and level == "provinsi":
        return None
    table = _table()

    def fits(code: str) -> bool:
        return _fits(
            table.regions[code],
            kind=kind,
            administrative=administrative,
            level=level,
            province=province_code,
        )

    for aliases in (PROVINCE_ALIASES, KABUPATEN_KOTA_ALIASES):
        alias = aliases.get(bare)
        if alias is not None:
            # "Kota Jaksel" is fine; "Kabupaten Jaksel" is not Jakarta Selatan.
            return alias if fits(alias) else None

    key = bare if bare in table.by_key else _fuzzy_key(bare)
    if key is None:
        return None
    return _pick_exact([code for code in table.by_key[key] if fits(code)], kind=kind)
