"""Letter numbers: ``B-<seq>/<work unit>/<classification>/<mm>/<yyyy>``, gapless.

The sequence runs per office and per year. A number is taken when a letter is
signed, inside the transaction that records the signature: if that transaction
rolls back, the sequence increment rolls back with it and the next signer gets the
same number, so the issued numbers have no gaps. Concurrent signers queue on the
sequence row (PostgreSQL: the row lock of the UPDATE; SQLite: the database write
lock taken by ``BEGIN IMMEDIATE``), so no number is given twice.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from rekom.offices import Office
from store.models import LetterNumber, LetterSequence


def format_letter_number(*, seq: int, office: Office, when: date) -> str:
    """``B-036/19040/HM.310/11/2026``: at least three digits, more past 999."""
    return f"B-{seq:03d}/{office.work_unit}/{office.classification}/{when.month:02d}/{when.year}"


def take_letter_number(
    session: Session, *, office: Office, when: date, ref: str | None = None
) -> str:
    """Take the next number of ``office`` for the year of ``when``, in the caller's transaction.

    The number belongs to the caller only once its transaction commits. On SQLite
    call it in a write transaction (``Store.transaction()``, not ``read_only``).
    """
    tahun = when.year
    dialect = session.get_bind().dialect.name
    if dialect not in ("postgresql", "sqlite"):  # pragma: no cover - make_engine refuses others
        raise NotImplementedError(dialect)
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert

    # A new office/year starts at 0; DO NOTHING keeps a row another signer made.
    session.execute(
        insert(LetterSequence)
        .values(
            office_code=office.code,
            tahun=tahun,
            last_seq=0,
            classification=office.classification,
        )
        .on_conflict_do_nothing(index_elements=["office_code", "tahun"])
    )
    # One statement reads and increments, so nobody can slip in between; the row
    # stays locked until the caller's transaction ends.
    seq = session.execute(
        update(LetterSequence)
        .where(LetterSequence.office_code == office.code, LetterSequence.tahun == tahun)
        .values(last_seq=LetterSequence.last_seq + 1, classification=office.classification)
        .returning(LetterSequence.last_seq)
        .execution_options(synchronize_session=False)
    ).scalar_one()

    nomor = format_letter_number(seq=seq, office=office, when=when)
    session.add(
        LetterNumber(
            office_code=office.code, tahun=tahun, seq=seq, nomor=nomor, bulan=when.month, ref=ref
        )
    )
    session.flush()
    return nomor
