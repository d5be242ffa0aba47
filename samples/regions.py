"""The few BPS regions and offices the samples use, with their printed names.

Codes are BPS codes (``kode_provinsi``/``kode_kabupaten`` of the shared wilayah
table), not the Ministry of Home Affairs codes, which differ for some regions
(BPS 3171 is Jakarta Selatan, Dagri 3171 is Jakarta Pusat).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

#: Province code → name as BPS writes it (title case).
PROVINCES: Final[dict[str, str]] = {
    "19": "Kepulauan Bangka Belitung",
    "31": "DKI Jakarta",
    "63": "Kalimantan Selatan",
    "73": "Sulawesi Selatan",
}

#: Kabupaten/kota code → (kind, name). Kind is "Kabupaten", "Kota" or "Kota Administrasi".
REGENCIES: Final[dict[str, tuple[str, str]]] = {
    "1901": ("Kabupaten", "Bangka"),
    "1902": ("Kabupaten", "Belitung"),
    "1904": ("Kabupaten", "Bangka Tengah"),
    "1905": ("Kabupaten", "Bangka Selatan"),
    "1906": ("Kabupaten", "Belitung Timur"),
    "1971": ("Kota", "Pangkal Pinang"),
    "3171": ("Kota Administrasi", "Jakarta Selatan"),
    "3173": ("Kota Administrasi", "Jakarta Pusat"),
    "6303": ("Kabupaten", "Banjar"),
    "6371": ("Kota", "Banjarmasin"),
    "6372": ("Kota", "Banjarbaru"),
    "7303": ("Kabupaten", "Bantaeng"),
    "7304": ("Kabupaten", "Jeneponto"),
    "7305": ("Kabupaten", "Takalar"),
    "7371": ("Kota", "Makassar"),
}


def province_of(code: str) -> str:
    """Province code of a 2- or 4-digit region code."""
    return code[:2]


def region_name(code: str, *, style: str = "full") -> str:
    """Printed name of a region.

    Styles: ``full`` ("Kabupaten Bangka Tengah", "Provinsi Kalimantan Selatan"),
    ``abbr`` ("Kab. Bangka Tengah", "Prov. Kalimantan Selatan"), ``bare``
    ("Bangka Tengah", "Kalimantan Selatan"), ``upper`` ("KABUPATEN BANGKA TENGAH").
    """
    if len(code) == 2:
        name = PROVINCES[code]
        text = {
            "full": f"Provinsi {name}",
            "abbr": f"Prov. {name}",
            "bare": name,
            "upper": f"PROVINSI {name.upper()}",
        }[style]
        return text
    kind, name = REGENCIES[code]
    short = {"Kabupaten": "Kab.", "Kota": "Kota", "Kota Administrasi": "Kota Adm."}[kind]
    return {
        "full": f"{kind} {name}",
        "abbr": f"{short} {name}",
        "bare": name if kind == "Kabupaten" else f"{short} {name}",
        "upper": f"{kind} {name}".upper(),
    }[style]


@dataclass(frozen=True)
class Office:
    """A BPS office that receives submissions (one of the five seeds)."""

    code: str
    name: str
    #: How agencies address their letter to it (seed 002: Jeneponto's go to the province).
    addressee: str
    #: Where the addressee sits, for the "di -" line of a letter.
    addressee_city: str
    email: str
    #: Local time zone of the office, for e-mail Date headers.
    tz: str
    #: Seed 003: the applicant must be a government agency.
    requires_government: bool = False


OFFICES: Final[dict[str, Office]] = {
    "1904": Office(
        "1904",
        "BPS Kabupaten Bangka Tengah",
        "Kepala BPS Kabupaten Bangka Tengah",
        "Koba",
        "bps1904@bps.go.id",
        "+0700",
    ),
    "1906": Office(
        "1906",
        "BPS Kabupaten Belitung Timur",
        "Kepala BPS Kabupaten Belitung Timur",
        "Manggar",
        "bps1906@bps.go.id",
        "+0700",
    ),
    "7304": Office(
        "7304",
        "BPS Kabupaten Jeneponto",
        "Kepala BPS Provinsi Sulawesi Selatan",
        "Makassar",
        "bps7304@bps.go.id",
        "+0800",
    ),
    "6371": Office(
        "6371",
        "BPS Kota Banjarmasin",
        "Kepala BPS Kota Banjarmasin",
        "Banjarmasin",
        "bps6371@bps.go.id",
        "+0800",
        requires_government=True,
    ),
    "0000": Office(
        "0000",
        "Badan Pusat Statistik",
        "Direktur Diseminasi Statistik, Badan Pusat Statistik",
        "Jakarta",
        "bpshq@bps.go.id",
        "+0700",
    ),
}
