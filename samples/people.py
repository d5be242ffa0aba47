"""Fictitious people: plausible Indonesian names by region, titles, ranks, NIPs, contacts.

Every person is invented from name pools with a seeded ``random.Random``; a name
may by chance equal a real person's, but no real person's data is used: the
NIP, phone and e-mail are drawn at random.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

# Given names and family/second names that are common in each region, by sex.
_POOLS: dict[str, dict[int, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "bangka": {
        1: (
            ("Rudi", "Hendra", "Yusuf", "Iwan", "Rahmat", "Dedi", "Agus", "Eko", "Fajar", "Ridwan"),
            (
                "Hartono",
                "Gunawan",
                "Effendi",
                "Setiawan",
                "Hidayat",
                "Irawan",
                "Saputra",
                "Wijaya",
                "Prasetyo",
                "Kurniawan",
            ),
        ),
        2: (
            ("Fitri", "Nurul", "Lina", "Syarifah", "Desi", "Yulia", "Rina", "Maya", "Sri", "Dewi"),
            (
                "Handayani",
                "Aisyah",
                "Marlina",
                "Aini",
                "Ratnasari",
                "Oktaviani",
                "Lestari",
                "Wahyuni",
                "Puspita",
                "Anggraini",
            ),
        ),
    },
    "belitung": {
        1: (
            (
                "Zulkarnain",
                "Marwan",
                "Rozali",
                "Hasbullah",
                "Junaidi",
                "Firdaus",
                "Syahril",
                "Azwar",
                "Haris",
                "Sofyan",
            ),
            (
                "Hamid",
                "Yahya",
                "Ishak",
                "Rasyid",
                "Anwar",
                "Basri",
                "Rahman",
                "Sani",
                "Malik",
                "Usman",
            ),
        ),
        2: (
            (
                "Aprilia",
                "Desi",
                "Nurhasanah",
                "Herlina",
                "Yuliana",
                "Rosmawati",
                "Sarina",
                "Mardiana",
                "Juliani",
                "Farida",
            ),
            (
                "Sari",
                "Ratnasari",
                "Yanti",
                "Hasanah",
                "Fitriani",
                "Susanti",
                "Rahmawati",
                "Novita",
                "Kartika",
                "Utami",
            ),
        ),
    },
    "makassar": {
        1: (
            (
                "Muhammad",
                "Andi",
                "Syamsul",
                "Kamaruddin",
                "Irwan",
                "Arfah",
                "Rusdi",
                "Syahrir",
                "Nasrullah",
                "Ilham",
            ),
            (
                "Arsyad",
                "Bahri",
                "Amir",
                "Tompo",
                "Gassing",
                "Rahim",
                "Haris",
                "Saleh",
                "Nur",
                "Baso",
            ),
        ),
        2: (
            (
                "Sitti",
                "Andi",
                "Nurhayati",
                "Hasnawati",
                "Nurhidayah",
                "Rahmawati",
                "Musdalifah",
                "Hajrah",
                "Jumriani",
                "Nurfadillah",
            ),
            (
                "Rahmah",
                "Nurhayati",
                "Sulfiana",
                "Ramlah",
                "Hasni",
                "Aminah",
                "Syamsiah",
                "Rosdiana",
                "Marwah",
                "Sukmawati",
            ),
        ),
    },
    "banjar": {
        1: (
            (
                "Muhammad",
                "Ahmad",
                "Akhmad",
                "Gusti",
                "Taufik",
                "Fahrurrazi",
                "Rizky",
                "Syahrani",
                "Hairil",
                "Khairullah",
            ),
            (
                "Noor",
                "Rifani",
                "Fauzi",
                "Pratama",
                "Hidayat",
                "Anshari",
                "Arsyad",
                "Ramadhan",
                "Maulana",
                "Husaini",
            ),
        ),
        2: (
            (
                "Siti",
                "Norhayati",
                "Rusmilawati",
                "Mahmudah",
                "Rahmah",
                "Nor",
                "Aulia",
                "Fitriah",
                "Mardhiyah",
                "Hasanah",
            ),
            (
                "Rahmah",
                "Jannah",
                "Hayati",
                "Aulia",
                "Fadhilah",
                "Mariana",
                "Safitri",
                "Zahra",
                "Rahmawati",
                "Normaliana",
            ),
        ),
    },
    "jakarta": {
        1: (
            (
                "Bambang",
                "Arief",
                "Yohanes",
                "Dimas",
                "Aditya",
                "Budi",
                "Hendro",
                "Teguh",
                "Ignatius",
                "Reza",
            ),
            (
                "Sutrisno",
                "Wicaksono",
                "Simanjuntak",
                "Nugroho",
                "Pratama",
                "Santoso",
                "Kusumawardana",
                "Hutapea",
                "Suryadi",
                "Firmansyah",
            ),
        ),
        2: (
            (
                "Dian",
                "Ratna",
                "Indah",
                "Maria",
                "Anindya",
                "Retno",
                "Kartika",
                "Larasati",
                "Yuni",
                "Meiliana",
            ),
            (
                "Puspitasari",
                "Anggraini",
                "Permatasari",
                "Sitompul",
                "Kusumaningrum",
                "Wulandari",
                "Handayani",
                "Maharani",
                "Astuti",
                "Rahayu",
            ),
        ),
    },
}

_REGION_POOL = {"1904": "bangka", "1906": "belitung", "7304": "makassar", "6371": "banjar"}

# (prefix, suffix) academic and honorific titles, as written on Indonesian letters, by the
# field of the agency: a head of a health office is a doctor or public-health graduate, etc.
_TITLES_HEAD: dict[str, tuple[tuple[str, str], ...]] = {
    "health": (("dr. ", ", M.Kes."), ("", ", S.KM., M.Kes."), ("dr. ", ", M.P.H.")),
    "fisheries": (("", ", S.Pi., M.Si."), ("Ir. ", ", M.Si."), ("", ", S.Pi., M.P.")),
    "agriculture": (("Ir. ", ", M.P."), ("", ", S.P., M.Si."), ("Ir. ", ", M.Si.")),
    "education": (("Drs. ", ", M.Pd."), ("H. ", ", S.Pd., M.Pd."), ("", ", S.Pd., M.M.")),
    "general": (
        ("", ", S.E., M.M."),
        ("", ", S.Sos., M.Si."),
        ("", ", S.STP., M.Si."),
        ("", ", S.T., M.T."),
        ("H. ", ", S.H., M.H."),
        ("Drs. ", ", M.Si."),
    ),
}
_TITLES_STAFF: dict[str, tuple[tuple[str, str], ...]] = {
    "health": (("", ", S.KM."), ("", ", A.Md.Kes."), ("", ", S.Kep., Ners"), ("", ", S.Si.")),
    "fisheries": (("", ", S.Pi."), ("", ", A.Md."), ("", ", S.Si.")),
    "agriculture": (("", ", S.P."), ("", ", S.ST."), ("", ", A.Md.")),
    "education": (("", ", S.Pd."), ("", ", S.Kom."), ("", ", M.Pd.")),
    "general": (
        ("", ", S.Si."),
        ("", ", S.E."),
        ("", ", S.Kom."),
        ("", ", S.ST."),
        ("", ", S.Stat."),
        ("", ", A.Md."),
        ("", ", M.Stat."),
    ),
}

_PANGKAT = {
    "IV/c": "Pembina Utama Muda",
    "IV/b": "Pembina Tingkat I",
    "IV/a": "Pembina",
    "III/d": "Penata Tingkat I",
    "III/c": "Penata",
    "III/b": "Penata Muda Tingkat I",
    "III/a": "Penata Muda",
}

_MOBILE_PREFIXES = ("812", "813", "821", "822", "852", "853", "877", "878", "895", "811")


@dataclass(frozen=True)
class Person:
    """A fictitious civil servant (or, with ``nip`` None, a non-civil-servant)."""

    nama: str
    #: 1 male, 2 female — digit 15 of the NIP.
    sex: int
    nip: str | None
    pangkat: str | None
    #: Mobile number, normalised ("+62812...").
    telepon: str
    #: Lower-case personal or office e-mail.
    email: str
    #: Name without titles, for e-mail display names and signatures in mail bodies.
    short: str


def make_nip(rng: random.Random, *, sex: int, born_from: int, born_to: int) -> str:
    """An 18-digit NIP: real birth date, appointment month after age 22, sex, sequence."""
    born = date(rng.randint(born_from, born_to), rng.randint(1, 12), rng.randint(1, 28))
    appointed_year = min(born.year + rng.randint(23, 31), 2024)
    appointed_month = rng.choice((1, 2, 3, 4, 12))
    sequence = rng.randint(1, 9)
    return f"{born:%Y%m%d}{appointed_year:04d}{appointed_month:02d}{sex}{sequence:03d}"


def mobile(rng: random.Random) -> str:
    """A normalised Indonesian mobile number (+62 8xx ...)."""
    digits = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((7, 8))))
    return f"+62{rng.choice(_MOBILE_PREFIXES)}{digits}"


def make_person(
    rng: random.Random,
    *,
    region: str,
    head: bool,
    domain: str | None,
    civil_servant: bool = True,
    field: str = "general",
) -> Person:
    """Draw a person for an agency of ``region`` (office code) with mail at ``domain``.

    ``field`` (health, fisheries, agriculture, education, general) picks plausible titles.
    """
    pool = _POOLS[_REGION_POOL.get(region, "jakarta")]
    sex = rng.choice((1, 2))
    firsts, lasts = pool[sex]
    first = rng.choice(firsts)
    last = rng.choice([name for name in lasts if name != first])
    short = f"{first} {last}"
    prefix, suffix = rng.choice((_TITLES_HEAD if head else _TITLES_STAFF)[field])
    if sex == 2:
        prefix = {"H. ": "Hj. ", "Drs. ": "Dra. "}.get(prefix, prefix)
    nama = f"{prefix}{short}{suffix}"
    nip = pangkat = None
    if civil_servant:
        nip = make_nip(
            rng, sex=sex, born_from=1970 if head else 1984, born_to=1982 if head else 1997
        )
        grade = rng.choice(
            ("IV/c", "IV/b", "IV/a") if head else ("III/d", "III/c", "III/b", "III/a")
        )
        pangkat = f"{_PANGKAT[grade]} ({grade})"
    local = f"{first}.{last}".lower().replace(" ", "")
    if domain is None or rng.random() < 0.4:
        email = f"{local}{rng.randint(70, 99)}@{rng.choice(('gmail.com', 'yahoo.co.id'))}"
    else:
        email = f"{local}@{domain}"
    return Person(nama, sex, nip, pangkat, mobile(rng), email, short)
