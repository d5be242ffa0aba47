"""Case rules, each positive and negative, and the rule table as data."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from rekom.offices import Office, load_offices
from validators.examine import DocumentResult, examine_case, examine_document
from validators.rules import RuleTable, all_rules

OFFICES = load_offices()


def doc(form_type: str, file: str = "", **fields: Any) -> DocumentResult:
    return DocumentResult(file or f"{form_type}.pdf", form_type, "lengkap", [], dict(fields))


def letter(**fields: Any) -> DocumentResult:
    base = {
        "instansi": "Dinas Kesehatan Kabupaten Bangka Tengah",
        "kepada": "Kepala BPS Kabupaten Bangka Tengah",
    }
    return doc("surat_pengantar", **{**base, **fields})


def form(**fields: Any) -> DocumentResult:
    base = {
        "judul": "Survei Kepuasan Masyarakat 2026",
        "tahun": 2026,
        "penyelenggara.instansi": "Dinas Kesehatan Kabupaten Bangka Tengah",
        "cakupan_wilayah": "sebagian",
        "wilayah": ["1904"],
    }
    return doc("fs3", **{**base, **fields})


def complete() -> list[DocumentResult]:
    return [letter(), form(), doc("kuesioner")]


def case_rules(documents: list[DocumentResult], office: str = "1904", **kw: Any) -> set[Any]:
    result = examine_case(documents, office=OFFICES[office], **kw)
    return {(f.rule, f.severity) for f in result.findings if f.document is None}


def test_complete_case_has_no_case_findings() -> None:
    result = examine_case(complete(), office=OFFICES["1904"], sender="dinkes@bangkatengahkab.go.id")
    assert result.verdict == "lengkap"
    assert result.findings == []
    assert result.cover_letter() is not None
    assert result.main_form() is not None and result.main_form().form_type == "fs3"  # type: ignore[union-attr]


def test_missing_cover_letter() -> None:
    assert ("CASE-DOK-01", "error") in case_rules([form(), doc("kuesioner")])


def test_missing_main_form() -> None:
    assert ("CASE-DOK-02", "error") in case_rules([letter()])


def test_fs3_without_questionnaire() -> None:
    assert ("CASE-DOK-03", "error") in case_rules([letter(), form()])


def test_fpkpa_needs_no_questionnaire() -> None:
    assert case_rules([letter(), doc("fp-kpa", **form().fields)]) == set()


def test_private_sender_is_an_error_where_the_office_requires_government() -> None:
    docs = [
        letter(instansi="Yayasan Lestari", kepada="Kepala BPS Kota Banjarmasin"),
        form(wilayah=["6371"], **{"penyelenggara.instansi": "Yayasan Lestari"}),
        doc("kuesioner"),
    ]
    found = case_rules(docs, "6371", sender="yayasan@gmail.com")
    assert found == {("CASE-PEMOHON-01", "error")}


def test_private_sender_is_a_warning_elsewhere() -> None:
    docs = [
        letter(instansi="Yayasan Lestari"),
        form(**{"penyelenggara.instansi": "Yayasan Lestari"}),
        doc("kuesioner"),
    ]
    assert case_rules(docs, sender="yayasan@gmail.com") == {("CASE-PEMOHON-01", "warning")}


def test_government_mail_domain_is_enough() -> None:
    assert case_rules(complete(), sender="someone@bangkatengahkab.go.id") == set()


def test_wrong_office_names_the_right_one() -> None:
    docs = [
        letter(kepada="Kepala BPS Kabupaten Bangka Tengah"),
        form(wilayah=["6371"]),
        doc("kuesioner"),
    ]
    result = examine_case(docs, office=OFFICES["6371"])
    (found,) = [f for f in result.findings if f.rule == "CASE-KANTOR-01"]
    assert found.field == "kepada"
    assert "seharusnya diajukan ke BPS Kota Banjarmasin" in found.message


def test_activity_sent_to_another_office() -> None:
    result = examine_case(complete(), office=OFFICES["6371"])
    (found,) = [f for f in result.findings if f.rule == "CASE-KANTOR-01"]
    assert "seharusnya diajukan ke BPS Kabupaten Bangka Tengah" in found.message


def test_several_kabupaten_in_one_province_go_to_the_province() -> None:
    docs = [letter(), form(wilayah=["1904", "1906"]), doc("kuesioner")]
    result = examine_case(docs, office=OFFICES["1904"])
    (found,) = [f for f in result.findings if f.rule == "CASE-KANTOR-01"]
    assert "BPS Provinsi Kepulauan Bangka Belitung" in found.message


def test_several_provinces_go_to_bps_ri() -> None:
    docs = [
        letter(kepada="Direktur Diseminasi Statistik, Badan Pusat Statistik"),
        form(wilayah=["19", "63"]),
        doc("kuesioner"),
    ]
    assert case_rules(docs, "0000") == set()
    assert ("CASE-KANTOR-01", "error") in case_rules(docs, "1904")


def test_jeneponto_letters_to_the_province_are_right() -> None:
    """Seed 002: BPS Jeneponto asks agencies to address the provincial head."""
    docs = [
        letter(
            kepada="Kepala BPS Provinsi Sulawesi Selatan",
            instansi="Dinas Kelautan dan Perikanan Kabupaten Jeneponto",
        ),
        form(
            wilayah=["7304"],
            **{"penyelenggara.instansi": "Dinas Kelautan dan Perikanan Kabupaten Jeneponto"},
        ),
        doc("kuesioner"),
    ]
    assert case_rules(docs, "7304") == set()


def test_cover_letter_from_another_agency() -> None:
    docs = [letter(instansi="Dinas Pendidikan Kabupaten Bangka Tengah"), form(), doc("kuesioner")]
    assert case_rules(docs) == {("CASE-INSTANSI-01", "warning")}


def test_duplicate_activity_uses_the_registry() -> None:
    calls: list[dict[str, Any]] = []

    class Match:
        judul = "Survei Kepuasan Masyarakat 2026"
        nomor_surat = "B-001/19040/HM.310/01/2026"

    def registry(**query: Any) -> list[Any]:
        calls.append(query)
        return [Match()]

    assert ("CASE-DUPLIKAT-01", "error") in case_rules(complete(), registry=registry)
    assert calls == [
        {
            "instansi": "Dinas Kesehatan Kabupaten Bangka Tengah",
            "judul": "Survei Kepuasan Masyarakat 2026",
            "tahun": 2026,
        }
    ]
    assert case_rules(complete(), registry=lambda **_: []) == set()


def test_document_findings_are_in_the_case_with_their_document() -> None:
    bad = examine_document(
        "surat_pengantar", {"instansi": "Dinas Kesehatan Kabupaten Bangka Tengah"}, file="surat.pdf"
    )
    result = examine_case([bad, form(), doc("kuesioner")], office=OFFICES["1904"])
    assert result.verdict == "perlu_perbaikan"
    assert {f.document for f in result.findings} == {"surat.pdf"}
    assert all(f.rule.startswith("SP-") for f in result.findings)
    data = result.as_dict()
    assert data["verdict"] == "perlu_perbaikan"
    assert [d["file"] for d in data["documents"]] == ["surat.pdf", "fs3.pdf", "kuesioner.pdf"]


# ------------------------------------------------------------------- the table


def test_every_rule_function_has_a_table_row_and_back() -> None:
    assert set(all_rules()) == set(RuleTable.bundled().rows)


def test_docs_list_every_rule(repo_root: Path) -> None:
    doc_text = (repo_root / "docs" / "rules.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Z0-9-]+)` \|", doc_text, re.MULTILINE))
    assert documented == set(all_rules())


def test_docs_give_each_rule_its_table_severity(repo_root: Path) -> None:
    doc_text = (repo_root / "docs" / "rules.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([A-Z0-9-]+)` \| (error|warning)", doc_text, re.MULTILINE))
    table = RuleTable.bundled()
    assert rows == {rule_id: row.severity for rule_id, row in table.rows.items()}


def test_office_profile_reads_rules_table(tmp_path: Path) -> None:
    from rekom.offices import load_offices as load

    bundled = (Path(__file__).resolve().parent.parent / "rekom/data/offices/1904.toml").read_text()
    (tmp_path / "1904.toml").write_text(
        bundled
        + '\n[rules.FS3-R5-11]\nseverity = "warning"\n\n[rules.FS3-R4-01]\nenabled = false\n'
    )
    office: Office = load([tmp_path])["1904"]
    assert office.rules["FS3-R5-11"].severity == "warning"
    fields = {"jumlah_supervisor": 5, "jumlah_enumerator": 2, "tujuan": "Evaluasi"}
    found = {(f.rule, f.severity) for f in examine_document("fs3", fields, office=office).findings}
    assert ("FS3-R5-11", "warning") in found
    assert not any(rule == "FS3-R4-01" for rule, _ in found)


def test_unknown_rule_override_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown rule"):
        RuleTable.bundled().with_overrides({"NOPE-1": {"enabled": False}})


def test_missing_document_finding_mentions_unreadable_files() -> None:
    unread = DocumentResult("scan.pdf", "unknown", "perlu_perbaikan", [], {}, error="rusak")
    result = examine_case([unread, form(), doc("kuesioner")], office=OFFICES["1904"])
    (found,) = [f for f in result.findings if f.rule == "CASE-DOK-01"]
    assert "scan.pdf" in found.message
