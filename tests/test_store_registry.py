"""The registry of recommended activities: CSV import, fuzzy search, duplicate check."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rekom.errors import InputError
from store.db import Store
from store.models import RecommendedActivity
from store.registry import (
    ImportReport,
    find_similar_activity,
    import_registry_csv,
    normalise,
    parse_tanggal,
    same_agency,
    search_registry,
)

HEADER = "instansi;judul;tahun;variabel;nomor_surat;tanggal_surat;office_code"
REGISTRY = f"""{HEADER}
Dinas Kesehatan Kabupaten Bangka Tengah;Survei Kepuasan Masyarakat terhadap Layanan Puskesmas Tahun 2026;2026;"umur;jenis kelamin;kepuasan";B-012/19040/HM.310/02/2026;12 Februari 2026;1904
Dinas Pertanian Kabupaten Bangka Tengah;Survei Ubinan Padi dan Palawija;2026;luas panen;B-013/19040/HM.310/03/2026;2026-03-01;1904
Dinas Kesehatan Kabupaten Bangka Barat;Survei Kepuasan Masyarakat terhadap Layanan Puskesmas;2026;;B-020/19030/HM.310/04/2026;02/04/2026;1903
Dinas Kesehatan Kabupaten Bangka Tengah;Survei Kepuasan Masyarakat terhadap Layanan Puskesmas;2025;;B-101/19040/HM.310/05/2025;5 Mei 2025;1904
Dinas Kesehatan Kabupaten Bangka Tengah;Pendataan Keluarga Berisiko Stunting;2026;;B-030/19040/HM.310/06/2026;2026-06-10;1904
"""  # noqa: E501 - one registry row per line reads like the file it stands for


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'rekom.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    with Store.open(url) as opened:
        yield opened


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'rekom.db'}") as opened:
        yield opened


@pytest.fixture
def registry_store(store: Store, tmp_path: Path) -> Store:
    """A store holding the five REGISTRY rows."""
    path = _write(tmp_path / "registry.csv", REGISTRY)
    with store.transaction() as session:
        report = import_registry_csv(session, path)
    assert report.ok, report.problems
    return store


def _write(path: Path, text: str, *, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _import(
    store: Store, path: Path, **kwargs: str
) -> tuple[ImportReport, list[RecommendedActivity]]:
    with store.transaction() as session:
        report = import_registry_csv(session, path, **kwargs)
    with store.transaction(read_only=True) as session:
        rows = list(session.scalars(select(RecommendedActivity).order_by(RecommendedActivity.id)))
    return report, rows


# --------------------------------------------------------------------------- import


def test_import_stores_every_column(store: Store, tmp_path: Path) -> None:
    report, rows = _import(store, _write(tmp_path / "r.csv", REGISTRY))
    assert report.ok
    assert (report.rows, report.inserted) == (5, 5)
    first = rows[0]
    assert first.instansi == "Dinas Kesehatan Kabupaten Bangka Tengah"
    assert first.tahun == 2026
    assert first.variabel == ["umur", "jenis kelamin", "kepuasan"]
    assert first.nomor_surat == "B-012/19040/HM.310/02/2026"
    assert first.tanggal_surat == date(2026, 2, 12)
    assert (first.office_code, first.source) == ("1904", "import")
    assert rows[2].tanggal_surat == date(2026, 4, 2)


def test_import_reads_utf8_with_bom_and_commas(sqlite_store: Store, tmp_path: Path) -> None:
    text = (
        "\ufeffInstansi,Judul,Tahun,Variabel,Nomor Surat,Tanggal Surat,Office Code\n"
        'Dinas Pendidikan,"Survei Angka Putus Sekolah, Tahap I",2026,"siswa;sekolah",'
        "B-001/19040/HM.310/01/2026,2026-01-15,1904\n"
    )
    report, rows = _import(sqlite_store, _write(tmp_path / "r.csv", text))
    assert report.ok and report.delimiter == ","
    assert rows[0].judul == "Survei Angka Putus Sekolah, Tahap I"
    assert rows[0].variabel == ["siswa", "sekolah"]


def test_bad_rows_are_refused_with_their_line_and_good_rows_kept(
    sqlite_store: Store, tmp_path: Path
) -> None:
    text = (
        f"{HEADER}\n"
        "Dinas A;Survei Satu;2026;;B-001/19040/HM.310/01/2026;2026-01-02;1904\n"
        "Dinas B;Survei Dua;dua ribu;;B-002/19040/HM.310/01/2026;;1904\n"
        '"Dinas C";"Survei\nTiga";2026;;B-003/19040/HM.310/01/2026;31 Juni 2026;1904\n'
        "\n"
        ";Survei Empat;2026;;B-004/19040/HM.310/01/2026;;1904\n"
        "Dinas E;Survei Lima;2026;;B-005/19040/HM.310/01/2026;12 Januari 2026;19xx\n"
        "Dinas F;Survei Enam;2026;;B-006/19040/HM.310/01/2026;12 Januari 2026;1904\n"
    )
    report, rows = _import(sqlite_store, _write(tmp_path / "r.csv", text))
    problems = {problem.line: problem.reason for problem in report.problems}
    assert sorted(problems) == [3, 4, 7, 8]
    assert "tahun" in problems[3]
    assert "31 Juni 2026" in problems[4]
    assert "instansi" in problems[7]
    assert "office_code" in problems[8]
    assert [row.judul for row in rows] == ["Survei Satu", "Survei Enam"]
    assert (report.rows, report.inserted, report.refused) == (6, 2, 4)


def test_reimport_updates_rows_by_letter_number(store: Store, tmp_path: Path) -> None:
    _import(store, _write(tmp_path / "r.csv", REGISTRY))
    changed = REGISTRY.replace("Survei Ubinan Padi dan Palawija", "Survei Ubinan Padi")
    report, rows = _import(store, _write(tmp_path / "r2.csv", changed))
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 4)
    assert len(rows) == 5
    assert rows[1].judul == "Survei Ubinan Padi"


def test_a_letter_number_twice_in_one_file_with_other_values_is_refused(
    sqlite_store: Store, tmp_path: Path
) -> None:
    text = (
        f"{HEADER}\n"
        "Dinas A;Survei Satu;2026;;B-001/19040/HM.310/01/2026;;1904\n"
        "Dinas A;Survei Satu;2026;;B-001/19040/HM.310/01/2026;;1904\n"
        "Dinas A;Survei Lain;2026;;B-001/19040/HM.310/01/2026;;1904\n"
    )
    report, rows = _import(sqlite_store, _write(tmp_path / "r.csv", text))
    assert [(p.line, "baris 2" in p.reason) for p in report.problems] == [(4, True)]
    assert (report.inserted, report.unchanged) == (1, 1)
    assert [row.judul for row in rows] == ["Survei Satu"]


def test_an_import_never_overwrites_a_letter_rekom_issued(
    sqlite_store: Store, tmp_path: Path
) -> None:
    with sqlite_store.transaction() as session:
        session.add(
            RecommendedActivity(
                instansi="Dinas A",
                judul="Survei Asli",
                tahun=2026,
                nomor_surat="B-001/19040/HM.310/01/2026",
                office_code="1904",
                source="rekom",
            )
        )
    text = f"{HEADER}\nDinas A;Survei Palsu;2026;;B-001/19040/HM.310/01/2026;;1904\n"
    report, rows = _import(sqlite_store, _write(tmp_path / "r.csv", text))
    assert report.refused == 1
    assert "Rekom" in report.problems[0].reason
    assert rows[0].judul == "Survei Asli"


def test_an_empty_office_code_takes_the_given_default(sqlite_store: Store, tmp_path: Path) -> None:
    text = "instansi,judul,tahun,nomor_surat\nDinas A,Survei Satu,2026,B-1/63710/HM.310/01/2026\n"
    report, rows = _import(sqlite_store, _write(tmp_path / "r.csv", text), office_code="6371")
    assert report.ok
    assert (rows[0].office_code, rows[0].variabel, rows[0].tanggal_surat) == ("6371", [], None)


def test_a_row_without_office_code_or_default_is_refused(
    sqlite_store: Store, tmp_path: Path
) -> None:
    text = "instansi,judul,tahun,nomor_surat\nDinas A,Survei Satu,2026,B-1/63710/HM.310/01/2026\n"
    report, _rows = _import(sqlite_store, _write(tmp_path / "r.csv", text))
    assert [p.line for p in report.problems] == [2]


def test_unknown_columns_are_reported_and_ignored(sqlite_store: Store, tmp_path: Path) -> None:
    text = "instansi,judul,tahun,nomor_surat,catatan\nDinas A,Survei,2026,B-1/1/HM.310/01/2026,x\n"
    report, _rows = _import(sqlite_store, _write(tmp_path / "r.csv", text), office_code="1904")
    assert report.ignored_columns == ["catatan"]


def test_more_cells_than_columns_names_the_delimiter(sqlite_store: Store, tmp_path: Path) -> None:
    text = f"{HEADER}\nDinas A;Survei;2026;umur;jenis kelamin;B-1/1/HM.310/01/2026;;1904\n"
    report, rows = _import(sqlite_store, _write(tmp_path / "r.csv", text))
    assert rows == []
    assert "';'" in report.problems[0].reason


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("judul;tahun\nSurvei;2026\n", "instansi, nomor_surat"),
        ("", "kosong"),
    ],
    ids=["missing-columns", "empty"],
)
def test_a_file_that_is_not_a_registry_is_an_input_error(
    sqlite_store: Store, tmp_path: Path, content: str, message: str
) -> None:
    path = _write(tmp_path / "r.csv", content)
    with pytest.raises(InputError, match=message), sqlite_store.transaction() as session:
        import_registry_csv(session, path)


def test_a_file_that_is_not_utf8_is_an_input_error(sqlite_store: Store, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "r.csv", f"{HEADER}\nDinas Pendidikan;Survei Ré;2026", encoding="cp1252"
    )
    with pytest.raises(InputError, match="UTF-8"), sqlite_store.transaction() as session:
        import_registry_csv(session, path)


def test_a_missing_file_is_an_input_error(sqlite_store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError), sqlite_store.transaction() as session:
        import_registry_csv(session, tmp_path / "nope.csv")


def test_a_failed_import_keeps_nothing(sqlite_store: Store, tmp_path: Path) -> None:
    """The import runs in the caller's transaction: an error rolls all of it back."""
    path = _write(tmp_path / "r.csv", REGISTRY)
    with pytest.raises(RuntimeError), sqlite_store.transaction() as session:
        import_registry_csv(session, path)
        raise RuntimeError
    with sqlite_store.transaction(read_only=True) as session:
        assert session.scalar(select(func.count()).select_from(RecommendedActivity)) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-12", date(2026, 1, 12)),
        ("12/01/2026", date(2026, 1, 12)),
        ("12-1-2026", date(2026, 1, 12)),
        ("12 Januari 2026", date(2026, 1, 12)),
        ("3 agt 2026", date(2026, 8, 3)),
        ("30 Nopember 2025", date(2025, 11, 30)),
        ("1 Des. 2026", date(2026, 12, 1)),
    ],
)
def test_letter_dates_in_the_forms_offices_write(text: str, expected: date) -> None:
    assert parse_tanggal(text) == expected


@pytest.mark.parametrize("text", ["31 Juni 2026", "12 Jamuari 2026", "2026/13/01", "kemarin"])
def test_impossible_or_unreadable_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"tanggal|bulan"):
        parse_tanggal(text)


# --------------------------------------------------------------------------- matching


def test_titles_are_compared_without_case_punctuation_filler_or_year() -> None:
    assert normalise("SURVEI Kepuasan Masyarakat, terhadap Layanan Puskesmas (Tahun 2026)") == (
        "kepuasan masyarakat layanan puskesmas"
    )
    assert normalise("Survei Tahun 2026") == "survei tahun 2026"  # nothing left: kept whole


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dinas Kesehatan Kabupaten Bangka Tengah", "Dinkes Kab. Bangka Tengah"),
        ("Dinas Kesehatan Kabupaten Bangka Tengah", "DINAS KESEHATAN"),
        ("BAPPEDA Kab. Bangka Tengah", "Badan Perencanaan Pembangunan Daerah Bangka Tengah"),
        ("Dinas Kesehatan Kabupaten Bangka Tengah", "Dinas Kesehtan Kabupaten Bangka Tengah"),
    ],
)
def test_the_same_agency_written_differently(a: str, b: str) -> None:
    assert same_agency(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dinas Kesehatan Kabupaten Bangka Tengah", "Dinas Kesehatan Kabupaten Bangka Barat"),
        ("Dinas Kesehatan Kabupaten Bogor", "Dinas Kesehatan Kota Bogor"),
        ("Dinas Pertanian", "Dinas Perikanan"),
    ],
)
def test_similar_looking_names_of_different_agencies(a: str, b: str) -> None:
    assert not same_agency(a, b)


def test_search_ranks_the_closest_title_first(registry_store: Store) -> None:
    with registry_store.transaction(read_only=True) as session:
        matches = search_registry(session, "kepuasan layanan puskesmas")
    assert len(matches) == 3
    assert {match.nomor_surat for match in matches} == {
        "B-012/19040/HM.310/02/2026",
        "B-020/19030/HM.310/04/2026",
        "B-101/19040/HM.310/05/2025",
    }
    assert matches[0].score >= matches[-1].score
    assert matches[0].tahun == 2026  # ties go to the newer year


def test_search_finds_a_word_inside_a_longer_title(registry_store: Store) -> None:
    with registry_store.transaction(read_only=True) as session:
        matches = search_registry(session, "ubinan")
    assert [match.nomor_surat for match in matches] == ["B-013/19040/HM.310/03/2026"]
    assert matches[0].variabel == ["luas panen"]


def test_search_filters_by_year_and_agency(registry_store: Store) -> None:
    with registry_store.transaction(read_only=True) as session:
        by_year = search_registry(session, "kepuasan puskesmas", tahun=2025)
        by_agency = search_registry(
            session, "kepuasan puskesmas", instansi="Dinkes Kab. Bangka Tengah"
        )
        limited = search_registry(session, "kepuasan puskesmas", limit=1)
    assert [match.nomor_surat for match in by_year] == ["B-101/19040/HM.310/05/2025"]
    assert {match.tahun for match in by_agency} == {2025, 2026}
    assert {match.office_code for match in by_agency} == {"1904"}
    assert len(limited) == 1


@pytest.mark.parametrize("text", ["  ", "Survei Tahun 2025"])
def test_search_without_a_distinguishing_word_lists_the_filtered_rows(
    registry_store: Store, text: str
) -> None:
    with registry_store.transaction(read_only=True) as session:
        matches = search_registry(session, text, tahun=2025)
    assert [match.judul for match in matches] == [
        "Survei Kepuasan Masyarakat terhadap Layanan Puskesmas"
    ]


def test_search_without_a_match_is_empty(registry_store: Store) -> None:
    with registry_store.transaction(read_only=True) as session:
        assert search_registry(session, "sensus ekonomi perikanan tangkap") == []


def test_a_near_identical_activity_of_the_same_agency_and_year_is_found(
    registry_store: Store,
) -> None:
    with registry_store.transaction(read_only=True) as session:
        matches = find_similar_activity(
            session,
            instansi="Dinkes Kab. Bangka Tengah",
            judul="Survei Kepuasan Masyarakat atas Layanan Puskesmas 2026",
            tahun=2026,
        )
    assert [match.nomor_surat for match in matches] == ["B-012/19040/HM.310/02/2026"]
    assert matches[0].score >= 85
    assert matches[0].as_dict()["tanggal_surat"] == "2026-02-12"


def test_the_same_title_in_another_year_is_not_a_duplicate(registry_store: Store) -> None:
    with registry_store.transaction(read_only=True) as session:
        matches = find_similar_activity(
            session,
            instansi="Dinas Kesehatan Kabupaten Bangka Tengah",
            judul="Survei Kepuasan Masyarakat terhadap Layanan Puskesmas",
            tahun=2027,
        )
    assert matches == []


def test_the_same_title_from_a_neighbouring_regions_agency_is_not_a_duplicate(
    registry_store: Store,
) -> None:
    with registry_store.transaction(read_only=True) as session:
        matches = find_similar_activity(
            session,
            instansi="Dinas Kesehatan Kabupaten Bangka Barat",
            judul="Survei Kepuasan Masyarakat terhadap Layanan Puskesmas",
            tahun=2026,
        )
    assert [match.nomor_surat for match in matches] == ["B-020/19030/HM.310/04/2026"]


def test_a_different_activity_of_the_same_agency_is_not_a_duplicate(
    registry_store: Store,
) -> None:
    with registry_store.transaction(read_only=True) as session:
        matches = find_similar_activity(
            session,
            instansi="Dinas Pertanian Kabupaten Bangka Tengah",
            judul="Survei Ubinan Padi",  # the registry has "... Padi dan Palawija"
            tahun=2026,
        )
    assert matches == []
