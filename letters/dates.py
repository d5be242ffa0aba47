"""Dates as Indonesian letters write them: "21 November 2026"."""

from __future__ import annotations

from datetime import date

BULAN = (
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


def tanggal_indonesia(when: date) -> str:
    """``date(2026, 1, 2)`` → ``"2 Januari 2026"`` (no leading zero, Indonesian month)."""
    return f"{when.day} {BULAN[when.month - 1]} {when.year}"
