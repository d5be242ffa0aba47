"""Letter numbers: the format, and gapless, unique sequences per office and year."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator
from datetime import date
from multiprocessing.synchronize import Barrier as BarrierType
from pathlib import Path

import pytest
from sqlalchemy import select

from rekom.offices import Office, get_office
from store.db import Store
from store.models import LetterNumber, LetterSequence
from store.numbering import format_letter_number, take_letter_number

NOV_2026 = date(2026, 11, 21)


class Rollback(Exception):
    """Raised inside a transaction to abandon it, as a failed signing would."""


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rekom.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        yield opened


@pytest.fixture(scope="module")
def bangka_tengah() -> Office:
    return get_office("1904")


@pytest.fixture(scope="module")
def banjarmasin() -> Office:
    return get_office("6371")


def _take(store: Store, office: Office, when: date = NOV_2026, ref: str | None = None) -> str:
    with store.transaction() as session:
        return take_letter_number(session, office=office, when=when, ref=ref)


def _ledger(store: Store) -> list[tuple[str, int, int, str]]:
    with store.transaction(read_only=True) as session:
        rows = session.execute(
            select(
                LetterNumber.office_code, LetterNumber.tahun, LetterNumber.seq, LetterNumber.nomor
            ).order_by(LetterNumber.office_code, LetterNumber.tahun, LetterNumber.seq)
        ).all()
    return [(row.office_code, row.tahun, row.seq, row.nomor) for row in rows]


# --------------------------------------------------------------------------- format


def test_the_number_has_the_bps_form(bangka_tengah: Office) -> None:
    assert format_letter_number(seq=36, office=bangka_tengah, when=NOV_2026) == (
        "B-036/19040/HM.310/11/2026"
    )


def test_the_sequence_is_zero_padded_to_three_digits_and_grows_past_999(
    bangka_tengah: Office,
) -> None:
    january = date(2026, 1, 5)
    assert format_letter_number(seq=1, office=bangka_tengah, when=january).startswith("B-001/")
    assert format_letter_number(seq=1000, office=bangka_tengah, when=january) == (
        "B-1000/19040/HM.310/01/2026"
    )


def test_the_work_unit_and_classification_come_from_the_office(banjarmasin: Office) -> None:
    office = banjarmasin.model_copy(update={"classification": "KS.200"})
    assert format_letter_number(seq=7, office=office, when=date(2026, 3, 2)) == (
        "B-007/63710/KS.200/03/2026"
    )


# --------------------------------------------------------------------------- sequence


def test_the_first_number_of_a_year_is_1_and_they_follow_on(
    store: Store, bangka_tengah: Office
) -> None:
    assert _take(store, bangka_tengah) == "B-001/19040/HM.310/11/2026"
    assert _take(store, bangka_tengah, date(2026, 12, 1)) == "B-002/19040/HM.310/12/2026"


def test_a_new_year_starts_again_at_1(store: Store, bangka_tengah: Office) -> None:
    _take(store, bangka_tengah, date(2026, 12, 30))
    _take(store, bangka_tengah, date(2026, 12, 31))
    assert _take(store, bangka_tengah, date(2027, 1, 2)) == "B-001/19040/HM.310/01/2027"


def test_each_office_has_its_own_sequence(
    store: Store, bangka_tengah: Office, banjarmasin: Office
) -> None:
    _take(store, bangka_tengah)
    _take(store, bangka_tengah)
    assert _take(store, banjarmasin) == "B-001/63710/HM.310/11/2026"
    assert _take(store, bangka_tengah) == "B-003/19040/HM.310/11/2026"


def test_a_rolled_back_transaction_leaves_no_gap(store: Store, bangka_tengah: Office) -> None:
    _take(store, bangka_tengah)
    with pytest.raises(Rollback), store.transaction() as session:
        assert take_letter_number(session, office=bangka_tengah, when=NOV_2026).startswith("B-002/")
        raise Rollback
    assert _take(store, bangka_tengah) == "B-002/19040/HM.310/11/2026"
    assert [seq for _office, _tahun, seq, _nomor in _ledger(store)] == [1, 2]


def test_a_rolled_back_first_number_of_the_year_leaves_no_gap(
    store: Store, bangka_tengah: Office
) -> None:
    with pytest.raises(Rollback), store.transaction() as session:
        take_letter_number(session, office=bangka_tengah, when=NOV_2026)
        raise Rollback
    assert _take(store, bangka_tengah) == "B-001/19040/HM.310/11/2026"


def test_the_ledger_records_the_number_month_and_reference(
    store: Store, bangka_tengah: Office
) -> None:
    nomor = _take(store, bangka_tengah, ref="case-42")
    with store.transaction(read_only=True) as session:
        taken = session.scalars(select(LetterNumber)).one()
        sequence = session.scalars(select(LetterSequence)).one()
    assert (taken.nomor, taken.seq, taken.bulan, taken.tahun, taken.ref) == (
        nomor,
        1,
        11,
        2026,
        "case-42",
    )
    assert taken.taken_at is not None
    assert (sequence.office_code, sequence.tahun, sequence.last_seq) == ("1904", 2026, 1)
    assert sequence.classification == "HM.310"


def test_several_numbers_in_one_transaction_are_consecutive(
    store: Store, bangka_tengah: Office
) -> None:
    with store.transaction() as session:
        first = take_letter_number(session, office=bangka_tengah, when=NOV_2026)
        second = take_letter_number(session, office=bangka_tengah, when=NOV_2026)
    assert (first[:6], second[:6]) == ("B-001/", "B-002/")


# --------------------------------------------------------------------------- concurrency

WORKERS = 4
PER_WORKER = 15


def _sign_letters(url: str, barrier: BarrierType | threading.Barrier, worker: int) -> None:
    """Take PER_WORKER numbers; every third attempt is abandoned after taking one."""
    office = get_office("1904")
    with Store.open(url, upgrade=False) as store:
        barrier.wait(timeout=60)
        committed = attempt = 0
        while committed < PER_WORKER:
            attempt += 1
            try:
                with store.transaction() as session:
                    take_letter_number(
                        session, office=office, when=NOV_2026, ref=f"w{worker}-{attempt}"
                    )
                    if attempt % 3 == 0:
                        raise Rollback
                committed += 1
            except Rollback:
                pass


def _assert_gapless(store: Store) -> None:
    ledger = _ledger(store)
    total = WORKERS * PER_WORKER
    assert [seq for _office, _tahun, seq, _nomor in ledger] == list(range(1, total + 1))
    assert len({nomor for *_rest, nomor in ledger}) == total
    with store.transaction(read_only=True) as session:
        assert session.scalars(select(LetterSequence.last_seq)).one() == total


def test_processes_signing_at_once_on_sqlite_get_1_to_60_without_gaps(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'rekom.db'}"
    with Store.open(url) as store:
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(WORKERS)
        processes = [
            context.Process(target=_sign_letters, args=(url, barrier, worker))
            for worker in range(WORKERS)
        ]
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=120)
        assert [process.exitcode for process in processes] == [0] * WORKERS
        _assert_gapless(store)


@pytest.mark.postgres
def test_threads_signing_at_once_on_postgresql_get_1_to_60_without_gaps(
    postgres_url: str,
) -> None:
    with Store.open(postgres_url) as store:
        barrier = threading.Barrier(WORKERS)
        errors: list[BaseException] = []

        def run(worker: int) -> None:
            try:
                _sign_letters(postgres_url, barrier, worker)
            except BaseException as exc:  # reported to the test thread
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(worker,)) for worker in range(WORKERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert errors == []
        _assert_gapless(store)
