"""Value normalisers: what a form writes → the FORMS.md value form.

Pure functions, one per value type. Each returns ``None`` for an empty value
(blank, or the "-" fillers type into a field they leave empty) and raises
:class:`InvalidValue` (a ``ValueError``) with a stable ``code`` for a value it
cannot read. They never guess: "31 Februari 2025" is an error, not 3 March, and
an ambiguous region name is an error, not the first match.

The form models use them as pydantic ``BeforeValidator``s (see ``models.py``);
the extractors may call them directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any, Literal, NamedTuple

from rapidfuzz import fuzz

from rekom import wilayah
from validators.choices import CODES, LOOKUP, choice_key
from validators.messages import IssueType, render


class InvalidValue(ValueError):
    """A value a normaliser cannot read; ``code`` is the stable error type."""

    def __init__(self, code: IssueType, value: Any, **ctx: Any) -> None:
        self.code: IssueType = code
        self.input = value
        self.ctx = ctx
        message = render(code, input=value, ctx=ctx)
        self.message_id = message.id
        self.message_en = message.en
        super().__init__(message.en)


#: What a filler types into a field to say it is empty.
EMPTY_MARKERS = frozenset({"", "-", "--", "---", "–", "—", "_", "__", "___", "…", "..."})


def is_empty(value: Any) -> bool:
    """True for None, blank text, an empty-field marker or an empty list."""
    if value is None:
        return True
    if isinstance(value, str):
        return " ".join(value.split()) in EMPTY_MARKERS
    if isinstance(value, (list, tuple, set, frozenset)):
        return all(is_empty(item) for item in value)
    return False


def _clean(value: str) -> str:
    return " ".join(value.split())


# --- text -------------------------------------------------------------------


def normalise_text(value: Any) -> str | None:
    """Whitespace collapsed to single spaces and trimmed; case kept."""
    if is_empty(value):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InvalidValue("teks_tidak_valid", value)
    return _clean(str(value))


# --- int --------------------------------------------------------------------

_INT_FORMS = (
    re.compile(r"\d+"),
    re.compile(r"\d{1,3}(?:\.\d{3})+"),  # Indonesian thousands dot: 1.250
    re.compile(r"\d{1,3}(?: \d{3})+"),  # thousands space: 1 250
    # A thousands comma (1,250) is the English habit; a decimal comma with exactly
    # three places cannot be a count of people or units, so reading it as 1250 is safe.
    re.compile(r"\d{1,3}(?:,\d{3})+"),
)
_INT_ZERO_DECIMALS = (
    re.compile(r"(\d+|\d{1,3}(?:\.\d{3})+),0+"),  # 1.250,00
    re.compile(r"(\d+)\.0{1,2}"),  # 1250.0 from a spreadsheet
)
# "25 orang", "1.250 rumah tangga", "2 (dua) orang": a number, then words.
_INT_WITH_UNIT = re.compile(r"(?P<number>[+-]?\d[\d., ]*?)\s*(?P<unit>(?:[^\W\d_]+\.?\s*){0,4})")
_SPELLED_OUT = re.compile(r"\(\s*[^\W\d_][^\d()]*\)")


def normalise_int(value: Any) -> int | None:
    """A whole number: 1250, "1.250", "1,250", "25 orang"; not negative, not words."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise InvalidValue("bilangan_tidak_valid", value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise InvalidValue("bilangan_tidak_valid", value)
        number = int(value)
    elif isinstance(value, str):
        number = _parse_int_text(value)
    else:
        raise InvalidValue("bilangan_tidak_valid", value)
    if number < 0:
        raise InvalidValue("bilangan_tidak_valid", value)
    return number


def _parse_int_text(value: str) -> int:
    text = _clean(_SPELLED_OUT.sub(" ", value))
    match = _INT_WITH_UNIT.fullmatch(text)
    if match is None:
        raise InvalidValue("bilangan_tidak_valid", value)
    number = match["number"].strip()
    sign = -1 if number.startswith("-") else 1
    number = number.lstrip("+-")
    for form in _INT_FORMS:
        if form.fullmatch(number):
            return sign * int(re.sub(r"\D", "", number))
    for form in _INT_ZERO_DECIMALS:
        decimal = form.fullmatch(number)
        if decimal:
            return sign * int(re.sub(r"\D", "", decimal[1]))
    raise InvalidValue("bilangan_tidak_valid", value)


# --- bool -------------------------------------------------------------------

_TRUE_WORDS = frozenset(
    {"ya", "y", "iya", "yes", "true", "benar", "1", "ada", "v", "x", "ok", "dilakukan"}
)
_FALSE_WORDS = frozenset(
    {"tidak", "t", "tdk", "no", "n", "false", "salah", "2", "0", "tidak ada", "tidak dilakukan"}
)
# Tick marks as Word, fillable PDFs and OCR render them.
_TRUE_MARKS = frozenset("☑☒✓✔✗✘√■▣⊠")
_FALSE_MARKS = frozenset("☐□○◯")


def normalise_bool(value: Any) -> bool | None:
    """Ya/Tidak, Y/T, true/false, code 1 (Ya)/2 (Tidak), Ada/Tidak ada, tick marks."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1, 2):
        return value == 1
    if not isinstance(value, str):
        raise InvalidValue("ya_tidak_tidak_dikenal", value)
    text = _clean(value)
    if len(text) == 1 and text in _TRUE_MARKS:
        return True
    if len(text) == 1 and text in _FALSE_MARKS:
        return False
    key = " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())
    # "1. Ya" / "2 - Tidak": a circled code printed with its label.
    coded = re.fullmatch(r"([12]) (ya|tidak)", key)
    if coded:
        if (coded[1] == "1") != (coded[2] == "ya"):
            raise InvalidValue("ya_tidak_tidak_dikenal", value)
        return coded[1] == "1"
    if key in _TRUE_WORDS:
        return True
    if key in _FALSE_WORDS:
        return False
    raise InvalidValue("ya_tidak_tidak_dikenal", value)


# --- date -------------------------------------------------------------------

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januari", "january", "jan"),
        ("februari", "pebruari", "february", "feb", "peb"),
        ("maret", "march", "mar", "mrt"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("agustus", "august", "agu", "agt", "agust", "ags", "aug"),
        ("september", "sep", "sept", "spt"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nopember", "nov", "nop"),
        ("desember", "december", "des", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

_WEEKDAYS = (
    r"senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
# "s.d.", "s/d", "sampai", "hingga" always join two dates; a dash or "dan" only
# when there are more numbers than one date has ("12 - 14 Januari 2025").
_RANGE_WORDS = re.compile(r"\bs\s*[./]?\s*d\b|\bsampai\b|\bhingga\b|\buntil\b")
_RANGE_JOINERS = re.compile(r"[–—]|\s-\s|\bdan\b|\bto\b|\band\b")
_YEAR = r"(\d{4}|\d{2})"
_DATE_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"), "ymd"),
    (re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*" + _YEAR), "dmy"),
    (re.compile(r"(\d{1,2})\s*[-/. ]?\s*([^\W\d_]+)\.?\s*[-/. ]?\s*" + _YEAR), "d_month_y"),
    (re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})"), "month_d_y"),
)
# A month and a year, or a year alone: a date without its day.
_MONTH_YEAR = re.compile(r"(?P<month>[^\W\d_]+)\.?\s*[-/ ]?\s*\d{4}|\d{1,2}\s*[-/.]\s*\d{4}|\d{4}")


def normalise_date(value: Any) -> date | None:
    """One calendar date from "12 Januari 2025", "12 Agt 2025", "12/1/2025", "2025-01-12"."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InvalidValue("tanggal_tidak_valid", value)
    text = _clean(value).casefold()
    # A place or weekday before a comma: "Koba, 12 Januari 2025", "Senin, 12 Januari 2025".
    text = re.sub(r"^[^\d,]+,\s*(?=\d)", "", text)
    text = re.sub(rf"^(?:{_WEEKDAYS})\s*,?\s*", "", text)
    text = re.sub(r"^tanggal\s*:?\s*|^tgl\.?\s*:?\s*", "", text)
    numbers = re.findall(r"\d+", text)
    if (
        len(re.findall(r"\d{4}", text)) > 1
        or _RANGE_WORDS.search(text)
        or (_RANGE_JOINERS.search(text) and len(numbers) > 2)
    ):
        raise InvalidValue("tanggal_rentang", value)
    for pattern, order in _DATE_FORMS:
        match = pattern.fullmatch(text)
        if match:
            return _build_date(value, order, match.groups())
    partial = _MONTH_YEAR.fullmatch(text)
    if partial and (partial["month"] is None or partial["month"] in MONTHS):
        raise InvalidValue("tanggal_tidak_lengkap", value)
    raise InvalidValue("tanggal_tidak_valid", value)


def _build_date(value: str, order: str, groups: tuple[str | Any, ...]) -> date:
    if order == "ymd":
        year, month, day = (int(g) for g in groups)
    elif order == "dmy":
        day, month, year = (int(g) for g in groups)
    else:
        if order == "d_month_y":
            day_text, month_text, year_text = groups
        else:
            month_text, day_text, year_text = groups
        month_number = MONTHS.get(str(month_text))
        if month_number is None:
            raise InvalidValue("tanggal_tidak_valid", value)
        day, month, year = int(day_text), month_number, int(year_text)
    if year < 100:
        # "12-01-25": forms of this service are about this century.
        year += 2000
    if not 1900 <= year <= 2100:
        raise InvalidValue("tanggal_tidak_valid", value)
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidValue("tanggal_tidak_ada", value) from None


# --- phone ------------------------------------------------------------------

PHONE_MIN_DIGITS = 7
PHONE_MAX_DIGITS = 13
_PHONE_LABEL = re.compile(
    r"^(?:no|nomor|telp|telpon|telepon|tlp|tel|phone|hp|wa|whatsapp|fax|faks|faksimile)"
    r"\b[\s.:/]*",
    re.IGNORECASE,
)
_PHONE_SEPARATORS = re.compile(r"[,;/]|\batau\b|\bdan\b", re.IGNORECASE)


def normalise_phone(value: Any) -> str | None:
    """ "+62" then the national number without its leading 0: "0718-7362084" → "+627187362084"."""
    if is_empty(value):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InvalidValue("telepon_tidak_valid", value)
    text = _clean(str(value))
    while True:
        stripped = _PHONE_LABEL.sub("", text, count=1).strip()
        if stripped == text:
            break
        text = stripped
    parts = [part for part in _PHONE_SEPARATORS.split(text) if re.search(r"\d", part)]
    if len(parts) > 1:
        raise InvalidValue("telepon_lebih_dari_satu", value)
    if not re.fullmatch(r"\+?[\d\s().-]+", text):
        raise InvalidValue("telepon_tidak_valid", value)
    digits = re.sub(r"\D", "", text)
    if text.startswith("+"):
        if not digits.startswith("62"):
            raise InvalidValue("telepon_tidak_valid", value)
        national = digits[2:]
    elif digits.startswith("0062"):
        national = digits[4:]
    elif digits.startswith("0"):
        national = digits[1:]
    elif digits.startswith("62"):
        national = digits[2:]
    else:
        # The leading 0 lost in a spreadsheet cell: 7187362084.
        national = digits
    # "+62 (0)21 ..." keeps its trunk 0 after the country code.
    national = national.removeprefix("0")
    if not PHONE_MIN_DIGITS <= len(national) <= PHONE_MAX_DIGITS:
        raise InvalidValue("telepon_panjang_salah", value, digits=len(national))
    return "+62" + national


# --- email ------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?P<local>[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@(?P<domain>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})"
)


def normalise_email(value: Any) -> str | None:
    """Lower case, trimmed, spaces (OCR) removed: "Dinkes @ X.go.id" → "dinkes@x.go.id"."""
    if is_empty(value):
        return None
    if not isinstance(value, str):
        raise InvalidValue("email_tidak_valid", value)
    text = "".join(value.split()).lower()
    text = re.sub(r"^(?:e-?mail|surel)\s*:?", "", text)
    text = text.removeprefix("mailto:").strip("<>()[].,;:")
    if text.count("@") != 1 or not _EMAIL.fullmatch(text):
        raise InvalidValue("email_tidak_valid", value)
    return text


# --- NIP --------------------------------------------------------------------


class NipParts(NamedTuple):
    """What an 18-digit NIP encodes; a part that is not a real date is None."""

    #: Digits 1-8, YYYYMMDD.
    tanggal_lahir: date | None
    #: Digits 9-14, the appointment (TMT CPNS) as (year, month).
    pengangkatan: tuple[int, int] | None
    #: Digit 15: 1 man, 2 woman (other digits are returned as they are).
    jenis_kelamin: int
    #: Digits 16-18.
    nomor_urut: int


def normalise_nip(value: Any) -> str | None:
    """18 digits as a string; spaces, dots and hyphens removed."""
    if is_empty(value):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InvalidValue("nip_tidak_valid", value, digits=0)
    text = re.sub(r"^\s*nip\s*[.:]*", "", str(value), flags=re.IGNORECASE)
    compact = re.sub(r"[\s.\-]", "", text)
    if not compact.isdigit() or len(compact) != 18:
        raise InvalidValue("nip_tidak_valid", value, digits=sum(c.isdigit() for c in compact))
    return compact


def nip_parts(nip: str) -> NipParts:
    """Split a NIP (any form :func:`normalise_nip` accepts) into its parts."""
    digits = normalise_nip(nip)
    if digits is None:
        raise InvalidValue("nip_tidak_valid", nip, digits=0)
    try:
        born: date | None = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        born = None
    year, month = int(digits[8:12]), int(digits[12:14])
    appointed = (year, month) if 1 <= month <= 12 else None
    return NipParts(born, appointed, int(digits[14]), int(digits[15:18]))


# --- enum and set -----------------------------------------------------------

CHOICE_FUZZY_CUTOFF = 90.0
CHOICE_FUZZY_MARGIN = 5.0
_ITEM_SPLIT = re.compile(r"[,;\n]|\s•\s|^\s*[-•]\s*", re.MULTILINE)


def _choice_candidates(text: str) -> list[str]:
    """Keys to try for one wording: whole, before "(", inside "(...)", without a code."""
    keys = [choice_key(text)]
    head, _, tail = text.partition("(")
    if tail:
        keys += [choice_key(head), choice_key(tail.rstrip(")"))]
    for key in list(keys):
        # "1. Sekali", "a) Wawancara", "2 berulang": the printed option code first.
        without_code = re.sub(r"^(?:\d{1,2}|[a-z])\s+(?=\w)", "", key)
        if without_code != key:
            keys.append(without_code)
    return [key for key in keys if key]


def _match_choice(name: str, text: str) -> str | None:
    table = LOOKUP[name]
    candidates = _choice_candidates(text)
    for key in candidates:
        if key in table:
            return table[key]
    # A small misspelling ("Longitudinall", "Purposiv") against every wording.
    for key in candidates:
        if len(key) < 5:
            continue
        best: dict[str, float] = {}
        for wording, code in table.items():
            best[code] = max(best.get(code, 0.0), fuzz.ratio(key, wording))
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
        if ranked[0][1] >= CHOICE_FUZZY_CUTOFF and (
            len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= CHOICE_FUZZY_MARGIN
        ):
            return ranked[0][0]
    return None


def _expected(name: str) -> str:
    return ", ".join(CODES[name])


def _split_items(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple, set, frozenset)):
        return [item for item in value if not is_empty(item)]
    if isinstance(value, str):
        return [part for part in _ITEM_SPLIT.split(value) if not is_empty(part)]
    return [value]


def _codes_of(name: str, item: Any, original: Any) -> list[str]:
    """Codes one item names; an item may join two wordings with "dan" or "/"."""
    if not isinstance(item, str):
        raise InvalidValue("pilihan_tidak_dikenal", original, expected=_expected(name))
    code = _match_choice(name, item)
    if code is not None:
        return [code]
    for joiner in (r"\bdan\b|\bserta\b", r"/"):
        pieces = [piece for piece in re.split(joiner, item) if not is_empty(piece)]
        if len(pieces) > 1:
            codes = [_match_choice(name, piece) for piece in pieces]
            if all(codes):
                return [code for code in codes if code]
    raise InvalidValue("pilihan_tidak_dikenal", original, expected=_expected(name))


def normalise_choice(value: Any, name: str) -> str | None:
    """One code of choice list ``name`` from a code or a form's wording."""
    if is_empty(value):
        return None
    items = _split_items(value)
    if len(items) == 1 and isinstance(items[0], str):
        code = _match_choice(name, items[0])
        if code is not None:
            return code
    codes = sorted({code for item in items for code in _codes_of(name, item, value)})
    if len(codes) > 1:
        raise InvalidValue("pilihan_lebih_dari_satu", value, found=", ".join(codes))
    return codes[0]


def normalise_choices(value: Any, name: str) -> list[str] | None:
    """A sorted list of unique codes of choice list ``name``; a string may list several."""
    if is_empty(value):
        return None
    codes = {code for item in _split_items(value) for code in _codes_of(name, item, value)}
    return sorted(codes) or None


# --- regions ----------------------------------------------------------------

_LEVEL_WORDS = {"provinsi": "provinsi", "kabupaten_kota": "kabupaten/kota"}


def normalise_region(
    value: Any, *, level: Literal["provinsi", "kabupaten_kota"] | None = None
) -> str | None:
    """BPS code of a region given by name or code, at ``level`` when given."""
    if is_empty(value):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InvalidValue("wilayah_tidak_dikenal", value)
    text = str(value)
    code = wilayah.resolve_region(text, level=level)
    if code is not None:
        return code
    if level is not None:
        other = wilayah.resolve_region(text)
        if other is not None:
            found = "provinsi" if len(other) == 2 else "kabupaten/kota"
            raise InvalidValue(
                "wilayah_tingkat_salah", value, found=found, expected=_LEVEL_WORDS[level]
            )
    raise InvalidValue("wilayah_tidak_dikenal", value)


def normalise_regions(value: Any) -> list[str] | None:
    """Sorted unique BPS codes of a list of regions (a list, or names separated by commas)."""
    if is_empty(value):
        return None
    codes: set[str] = set()
    if isinstance(value, str) and "(" in value:
        # A remark in brackets ("Kota Tarakan (Kecamatan Tarakan Timur, ...)"): the
        # regions are what stands outside it.
        value = re.sub(r"\([^()]*\)", " ", value).strip(" .,;") or value
    for item in _split_items(value):
        codes.update(_region_codes(item))
    return sorted(codes) or None


def _region_codes(item: Any) -> Iterable[str]:
    try:
        code = normalise_region(item)
    except InvalidValue:
        # "Kabupaten Bangka dan Kabupaten Belitung"; but "Pangkajene dan Kepulauan" is one name.
        if isinstance(item, str) and re.search(r"\bdan\b", item):
            parts = [normalise_region(part) for part in re.split(r"\bdan\b", item)]
            return [code for code in parts if code]
        # Names one a line, read as one run ("Kabupaten Boalemo Kabupaten Gorontalo
        # Kota Gorontalo"): each level word starts a name.
        if isinstance(item, str) and len(_LEVEL_START.findall(item)) >= 2:
            parts = [part for part in _LEVEL_START.split(item) if part and part.strip()]
            names = [f"{a}{b}" for a, b in zip(parts[::2], parts[1::2], strict=False)]
            if len(names) >= 2 and "".join(names) == item.strip():
                return [code for name in names if (code := normalise_region(name))]
        raise
    return [code] if code else []


#: A region's name starts with its level word.
_LEVEL_START = re.compile(r"(\b(?:Kabupaten|Kab\.|Kota|Provinsi)\s)", re.I)


# --- variabel ---------------------------------------------------------------


def normalise_variabel(value: Any) -> list[Any] | None:
    """A list of variable objects; a bare name becomes ``{"nama": name}``.

    Accepts a JSON list, or an object keyed "0", "1", ... (flat keys
    ``variabel.0.nama``). Items keep their positions (an empty one becomes ``{}``,
    removed after validation) so that an error location names the item as given;
    anything that is not an object is left for the item model to refuse.
    """
    if is_empty(value):
        return None
    if isinstance(value, Mapping) and value and all(str(k).isdigit() for k in value):
        value = [value[k] for k in sorted(value, key=lambda k: int(k))]
    if not isinstance(value, (list, tuple)):
        raise InvalidValue("variabel_tidak_valid", value)
    items: list[Any] = []
    for item in value:
        if is_empty(item):
            items.append({})
        elif isinstance(item, str):
            items.append({"nama": item})
        elif isinstance(item, Mapping):
            items.append(dict(item))
        else:
            items.append(item)
    return items
