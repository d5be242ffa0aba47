"""The tables of the application database, as SQLAlchemy 2 typed models.

One ``Base`` (one ``MetaData``) for every table, so the cases, documents and audit
tables that come later join the same migrations and can refer to these by foreign
key. Constraint names follow ``NAMING_CONVENTION`` so that Alembic (and SQLite's
batch mode, which recreates tables) can find them by name.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKeyConstraint,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Where a registry row came from: a registry file, or a letter Rekom signed.
Source = Literal["import", "rekom"]
SOURCES: tuple[Source, ...] = ("import", "rekom")


def utcnow() -> datetime:
    """Timestamps are stored in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Base of every Rekom table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012 - SQLAlchemy reads it as a class attribute
        datetime: DateTime(timezone=True),
        list[str]: JSON,
    }


class RecommendedActivity(Base):
    """One activity BPS has recommended: the registry the duplicate check searches."""

    __tablename__ = "recommended_activities"
    __table_args__ = (
        UniqueConstraint("nomor_surat"),
        CheckConstraint("source IN ('import', 'rekom')", name="source"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: The agency (instansi penyelenggara) as written in its letter.
    instansi: Mapped[str] = mapped_column(String(500), index=True)
    judul: Mapped[str] = mapped_column(Text)
    #: The year the activity runs.
    tahun: Mapped[int] = mapped_column(Integer, index=True)
    #: Names of the activity's variables.
    variabel: Mapped[list[str]] = mapped_column(default=list)
    #: Number of the recommendation letter, unique: a re-import updates the row.
    nomor_surat: Mapped[str] = mapped_column(String(100))
    tanggal_surat: Mapped[date | None] = mapped_column(Date)
    #: BPS code of the office that signed the letter.
    office_code: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    def __repr__(self) -> str:
        return f"<RecommendedActivity {self.id} {self.nomor_surat!r} {self.judul!r}>"


class LetterSequence(Base):
    """The last letter number taken, per office and year."""

    __tablename__ = "letter_sequences"
    __table_args__ = (CheckConstraint("last_seq >= 0", name="last_seq"),)

    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    tahun: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    #: Archive classification of the office's most recent number this year.
    classification: Mapped[str] = mapped_column(String(32))


class LetterNumber(Base):
    """Every letter number ever taken; the ledger that shows there are no gaps."""

    __tablename__ = "letter_numbers"
    __table_args__ = (
        UniqueConstraint("office_code", "tahun", "seq"),
        UniqueConstraint("nomor"),
        ForeignKeyConstraint(
            ["office_code", "tahun"],
            ["letter_sequences.office_code", "letter_sequences.tahun"],
        ),
        CheckConstraint("seq >= 1", name="seq"),
        CheckConstraint("bulan BETWEEN 1 AND 12", name="bulan"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_code: Mapped[str] = mapped_column(String(8))
    tahun: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    #: The full number as printed on the letter.
    nomor: Mapped[str] = mapped_column(String(100))
    bulan: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: What the number was taken for (a case or letter id, once those exist).
    ref: Mapped[str | None] = mapped_column(String(200))

    def __repr__(self) -> str:
        return f"<LetterNumber {self.nomor!r} ref={self.ref!r}>"
