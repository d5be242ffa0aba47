"""Printed forms of normalised values: the renderers' side of FORMS.md value forms.

Ground truth is stored normalised ("2026-01-12", "+627187362084", "1904"); a
printed form shows it the way offices write it ("12 Januari 2026",
"(0718) 7362084", "Kabupaten Bangka Tengah"). Each document is printed in one
``PrintStyle`` drawn per sample, so the corpus covers every written form.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from samples.regions import region_name

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")

DATE_STYLES = ("long", "slash", "dash", "short", "slash_nopad")
PHONE_STYLES = ("paren", "dash", "space", "intl", "plus")
REGION_STYLES = ("full", "abbr", "bare", "upper")

# Two-digit trunk codes among the area codes the samples use (Jakarta); others have three.
_TWO_DIGIT_AREAS = ("21", "22", "24", "31", "61")


@dataclass(frozen=True)
class PrintStyle:
    """How one printed document writes dates, phones, regions and numbers."""

    date: str = "long"
    phone: str = "paren"
    region: str = "full"
    #: Write 1250 as "1.250" (Indonesian thousands separator).
    thousands: bool = True
    #: What an empty field shows: "" (blank) or "-" (a dash typed by the filler).
    empty: str = ""
    #: Print a NIP as "19780312 200501 1 003" rather than in one run of digits.
    nip_spaced: bool = True

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def draw_style(rng: random.Random, **fixed: Any) -> PrintStyle:
    """A random print style; ``fixed`` pins some attributes."""
    values: dict[str, Any] = {
        "date": rng.choice(DATE_STYLES),
        "phone": rng.choice(PHONE_STYLES),
        "region": rng.choice(REGION_STYLES),
        "thousands": rng.random() < 0.7,
        "empty": "",
        "nip_spaced": rng.random() < 0.7,
    }
    values.update(fixed)
    return PrintStyle(**values)


def fmt_date(iso: str, style: str) -> str:
    """'2026-01-12' → '12 Januari 2026', '12/01/2026', '12-01-2026', '12 Jan 2026', '12/1/2026'."""
    d = date.fromisoformat(iso)
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "short":
        # "Agt" is as common as "Agu" for August; FORMS.md accepts both.
        month = "Agt" if d.month == 8 and d.day % 2 else MONTHS_SHORT[d.month - 1]
        return f"{d.day} {month} {d.year}"
    if style == "slash_nopad":
        return f"{d.day}/{d.month}/{d.year}"
    raise ValueError(f"unknown date style {style!r}")


def split_phone(normalised: str) -> tuple[str, str, bool]:
    """'+627187362084' → ('718', '7362084', False); mobiles give (area '', number, True)."""
    rest = normalised.removeprefix("+62")
    if rest.startswith("8"):
        return "", rest, True
    width = 2 if rest[:2] in _TWO_DIGIT_AREAS else 3
    return rest[:width], rest[width:], False


def fmt_phone(normalised: str, style: str) -> str:
    """A normalised phone number as offices print it."""
    area, number, is_mobile = split_phone(normalised)
    if is_mobile:
        national = "0" + number
        if style in ("paren", "dash"):
            return f"{national[:4]}-{national[4:8]}-{national[8:]}"
        if style == "space":
            return f"{national[:4]} {national[4:8]} {national[8:]}"
        if style == "intl":
            return f"+62 {number[:3]}-{number[3:7]}-{number[7:]}"
        return national
    if style == "paren":
        return f"(0{area}) {number}"
    if style == "dash":
        return f"0{area}-{number}"
    if style == "space":
        return f"0{area} {number}"
    if style == "intl":
        return f"(62-{area}) {number}"
    return f"+62 {area} {number}"


def fmt_int(value: int, *, thousands: bool) -> str:
    """1250 → '1.250' with the Indonesian thousands separator, else '1250'."""
    if thousands:
        return f"{value:,}".replace(",", ".")
    return str(value)


def fmt_region(code: str, style: str) -> str:
    """A BPS region code as its printed name."""
    return region_name(code, style=style)


def fmt_regions(codes: list[str], style: str) -> str:
    """A set of region codes as a comma-separated list of names."""
    return ", ".join(region_name(code, style=style) for code in codes)


def fmt_nip(nip: str, *, spaced: bool) -> str:
    """An 18-digit NIP, with the usual spaces (19780312 200501 1 003) or without."""
    if spaced and len(nip) == 18:
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return nip


def fmt_scalar(kind: str, value: Any, style: PrintStyle) -> str:
    """Printed text of a scalar field of value type ``kind``."""
    if kind == "date":
        return fmt_date(value, style.date)
    if kind == "phone":
        return fmt_phone(value, style.phone)
    if kind == "int":
        return fmt_int(value, thousands=style.thousands)
    if kind == "region":
        return fmt_region(value, style.region)
    if kind == "regions":
        return fmt_regions(value, style.region)
    return str(value)
