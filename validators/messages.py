"""Indonesian and English messages of every model error type.

One table for the codes Rekom's normalisers raise and for pydantic's own error
types that can surface from the form models. Findings and letters show the
Indonesian text; logs and the developer docs the English one. Templates use
``str.format`` fields from the error context plus ``{input}``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from string import Formatter
from typing import Any, Final, Literal, NamedTuple


class Message(NamedTuple):
    """The two texts of one error type."""

    id: str
    en: str


#: Codes raised by the normalisers of :mod:`validators.normalise`.
IssueType = Literal[
    "teks_tidak_valid",
    "bilangan_tidak_valid",
    "ya_tidak_tidak_dikenal",
    "tanggal_tidak_valid",
    "tanggal_tidak_lengkap",
    "tanggal_tidak_ada",
    "tanggal_rentang",
    "telepon_tidak_valid",
    "telepon_panjang_salah",
    "telepon_lebih_dari_satu",
    "email_tidak_valid",
    "nip_tidak_valid",
    "pilihan_tidak_dikenal",
    "pilihan_lebih_dari_satu",
    "wilayah_tidak_dikenal",
    "wilayah_tingkat_salah",
    "variabel_tidak_valid",
    "kunci_bentrok",
]

#: Rekom's own error types.
REKOM_MESSAGES: Final[dict[str, Message]] = {
    "teks_tidak_valid": Message(
        "Isian harus berupa teks, bukan {input}.",
        "The value must be text, not {input}.",
    ),
    "bilangan_tidak_valid": Message(
        "Isian {input} bukan bilangan bulat yang dapat dibaca (tulis dengan angka, mis. 1.250).",
        "{input} is not a readable whole number (write it in digits, e.g. 1.250).",
    ),
    "ya_tidak_tidak_dikenal": Message(
        "Isian {input} tidak dapat dibaca sebagai Ya/Tidak (kode 1 = Ya, 2 = Tidak).",
        "{input} cannot be read as yes/no (code 1 = Ya, 2 = Tidak).",
    ),
    "tanggal_tidak_valid": Message(
        "Tanggal {input} tidak dapat dibaca (tulis mis. 12 Januari 2025 atau 12-01-2025).",
        "The date {input} cannot be read (write e.g. 12 Januari 2025 or 12-01-2025).",
    ),
    "tanggal_tidak_lengkap": Message(
        "Tanggal {input} tidak lengkap: harus memuat tanggal, bulan dan tahun.",
        "The date {input} is incomplete: it needs a day, a month and a year.",
    ),
    "tanggal_tidak_ada": Message(
        "Tanggal {input} tidak ada dalam kalender.",
        "The date {input} does not exist in the calendar.",
    ),
    "tanggal_rentang": Message(
        "Isian {input} berisi rentang tanggal; isian ini harus satu tanggal.",
        "{input} is a date range; this field takes one date.",
    ),
    "telepon_tidak_valid": Message(
        "Nomor telepon {input} tidak valid: hanya boleh berisi angka, spasi, tanda "
        "kurung, tanda hubung dan awalan +62.",
        "The phone number {input} is not valid: only digits, spaces, brackets, hyphens "
        "and a leading +62 are allowed.",
    ),
    "telepon_panjang_salah": Message(
        "Nomor telepon {input} memiliki {digits} angka setelah kode area/awalan 0; "
        "nomor Indonesia memiliki 7 sampai 13 angka.",
        "The phone number {input} has {digits} digits after the leading 0; "
        "Indonesian numbers have 7 to 13.",
    ),
    "telepon_lebih_dari_satu": Message(
        "Isian {input} berisi lebih dari satu nomor telepon; isikan satu nomor saja.",
        "{input} holds more than one phone number; give one number only.",
    ),
    "email_tidak_valid": Message(
        "Alamat email {input} tidak valid (bentuknya nama@domain.go.id).",
        "The e-mail address {input} is not valid (it looks like name@domain.go.id).",
    ),
    "nip_tidak_valid": Message(
        "NIP {input} tidak valid: NIP terdiri atas 18 angka (ada {digits}).",
        "The NIP {input} is not valid: a NIP has 18 digits (found {digits}).",
    ),
    "pilihan_tidak_dikenal": Message(
        "Pilihan {input} tidak dikenal; pilihan yang berlaku: {expected}.",
        "Unknown option {input}; valid options: {expected}.",
    ),
    "pilihan_lebih_dari_satu": Message(
        "Isian {input} memilih lebih dari satu pilihan ({found}); hanya boleh satu.",
        "{input} chooses more than one option ({found}); only one is allowed.",
    ),
    "wilayah_tidak_dikenal": Message(
        "Wilayah {input} tidak dikenal dalam daftar kode wilayah BPS.",
        "The region {input} is not in the BPS region list.",
    ),
    "wilayah_tingkat_salah": Message(
        "Wilayah {input} adalah {found}, padahal isian ini meminta {expected}.",
        "The region {input} is a {found}, but this field asks for a {expected}.",
    ),
    "variabel_tidak_valid": Message(
        "Daftar variabel tidak dapat dibaca: {input} bukan variabel (nama dan referensi waktu).",
        "The variable list cannot be read: {input} is not a variable (name and reference time).",
    ),
    "kunci_bentrok": Message(
        "Isian {input} ditimpa oleh isian yang lebih rinci dengan awalan kunci yang sama.",
        "The value {input} clashes with more detailed fields under the same key.",
    ),
}

#: Pydantic's own error types that the form models can produce (an unexpected
#: value shape: an object where a value was expected, a group given as text, ...).
PYDANTIC_MESSAGES: Final[dict[str, Message]] = {
    "missing": Message("Isian wajib tidak ada.", "A required value is missing."),
    "model_type": Message(
        "Isian {input} harus berupa kelompok isian (objek), bukan satu nilai.",
        "{input} must be a group of fields (an object), not a single value.",
    ),
    "model_attributes_type": Message(
        "Isian {input} harus berupa kelompok isian (objek).",
        "{input} must be a group of fields (an object).",
    ),
    "dict_type": Message(
        "Isian {input} harus berupa objek.",
        "{input} must be an object.",
    ),
    "list_type": Message(
        "Isian {input} harus berupa daftar.",
        "{input} must be a list.",
    ),
    "string_type": Message(
        "Isian {input} harus berupa teks.",
        "{input} must be text.",
    ),
    "int_type": Message(
        "Isian {input} harus berupa bilangan bulat.",
        "{input} must be a whole number.",
    ),
    "int_parsing": Message(
        "Isian {input} bukan bilangan bulat.",
        "{input} is not a whole number.",
    ),
    "int_from_float": Message(
        "Isian {input} harus bilangan bulat, bukan pecahan.",
        "{input} must be a whole number, not a fraction.",
    ),
    "bool_type": Message(
        "Isian {input} harus Ya atau Tidak.",
        "{input} must be yes or no.",
    ),
    "bool_parsing": Message(
        "Isian {input} tidak dapat dibaca sebagai Ya/Tidak.",
        "{input} cannot be read as yes/no.",
    ),
    "date_type": Message(
        "Isian {input} harus berupa tanggal.",
        "{input} must be a date.",
    ),
    "date_parsing": Message(
        "Tanggal {input} tidak dapat dibaca.",
        "The date {input} cannot be read.",
    ),
    "date_from_datetime_parsing": Message(
        "Tanggal {input} tidak dapat dibaca.",
        "The date {input} cannot be read.",
    ),
    "date_from_datetime_inexact": Message(
        "Isian {input} memuat jam; isian ini hanya tanggal.",
        "{input} carries a time of day; this field is a date only.",
    ),
    "literal_error": Message(
        "Pilihan {input} tidak dikenal; pilihan yang berlaku: {expected}.",
        "Unknown option {input}; expected {expected}.",
    ),
    "enum": Message(
        "Pilihan {input} tidak dikenal; pilihan yang berlaku: {expected}.",
        "Unknown option {input}; expected {expected}.",
    ),
    "too_short": Message(
        "Isian {input} terlalu sedikit isinya.",
        "{input} has too few items.",
    ),
    "too_long": Message(
        "Isian {input} terlalu banyak isinya.",
        "{input} has too many items.",
    ),
    "value_error": Message(
        "Isian {input} tidak valid.",
        "{input} is not valid: {error}",
    ),
    "assertion_error": Message(
        "Isian {input} tidak valid.",
        "{input} is not valid: {error}",
    ),
}

#: Every error type with its messages; docs/forms.md names each one.
MESSAGES: Final[dict[str, Message]] = {**REKOM_MESSAGES, **PYDANTIC_MESSAGES}

#: Used for an error type missing from the table (a new pydantic type, say).
FALLBACK: Final = Message("Isian {input} tidak valid.", "{input} is not valid.")

_INPUT_LIMIT = 80


def show_input(value: Any) -> str:
    """A value as quoted in a message: strings in double quotes, long ones cut."""
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            text = repr(value)
    if len(text) > _INPUT_LIMIT:
        text = text[: _INPUT_LIMIT - 1] + "…"
    return text


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        # A template field the context lacks reads as empty rather than failing.
        return ""


def render(error_type: str, *, input: Any, ctx: Mapping[str, Any] | None = None) -> Message:
    """The Indonesian and English message of one error, filled in."""
    template = MESSAGES.get(error_type, FALLBACK)
    values = _Defaulting({key: str(value) for key, value in (ctx or {}).items()})
    values["input"] = show_input(input)
    formatter = Formatter()
    return Message(
        formatter.vformat(template.id, (), values).strip(),
        formatter.vformat(template.en, (), values).strip(),
    )
