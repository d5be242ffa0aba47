"""The sample corpus: deterministic, complete, and true to the FORMS.md contract.

The session-wide corpus (tests/conftest.py) is compared with a second generation;
every other test reads the session copy.
"""

from __future__ import annotations

import email
import hashlib
import itertools
import json
import re
from collections import defaultdict
from datetime import date
from email import policy
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from samples import FAMILIES, SampleInfo, generate, readme_table
from samples.catalogue import MAILS, SCANS, SINGLES
from samples.generate import README_PATH
from samples.keys import CODES, FS3_BLOCK_VI, KEY_TYPES, KEYS, OPTIONAL

SIZE_LIMIT = 40 * 1024 * 1024
DEFECT_KINDS = {
    "missing",
    "inconsistent",
    "malformed",
    "unclear",
    "wrong_office",
    "missing_document",
    "non_government_sender",
}
PDF_LAYOUT_FAMILIES = {"digital", "bundle"}


@pytest.fixture(scope="module")
def infos(corpus: tuple[Path, list[SampleInfo]]) -> list[SampleInfo]:
    return corpus[1]


@pytest.fixture(scope="module")
def expected(corpus_dir: Path, infos: list[SampleInfo]) -> dict[str, dict[str, Any]]:
    """Expected JSON of every sample, by sample name."""
    return {
        info.name: json.loads((corpus_dir / info.expected).read_text(encoding="utf-8"))
        for info in infos
    }


def _documents(exp: dict[str, Any]) -> list[dict[str, Any]]:
    """The single document of a sample, or the documents of a bundle or e-mail."""
    documents: list[dict[str, Any]] = exp.get("documents", [exp])
    return documents


def _all_documents(expected: dict[str, dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, doc) for name, exp in expected.items() for doc in _documents(exp)]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------ determinism


def test_same_seed_gives_the_same_bytes(
    corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every file, data and expected JSON alike, is byte-identical across two runs."""
    again = tmp_path_factory.mktemp("again")
    generate(again)
    first = {p.relative_to(corpus_dir): _sha(p) for p in corpus_dir.rglob("*") if p.is_file()}
    second = {p.relative_to(again): _sha(p) for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    differing = sorted(str(path) for path in first if first[path] != second[path])
    assert differing == []


def test_another_seed_changes_the_filler_not_the_catalogue(
    corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    other = tmp_path_factory.mktemp("seed7")
    infos = generate(other, seed=7, families={"digital"})
    names = {info.path for info in infos}
    assert names == {p.relative_to(corpus_dir) for p in (corpus_dir / "digital").glob("*.pdf")}
    exp_a = json.loads((corpus_dir / "digital/fs3-1904-boxed-lengkap.expected.json").read_text())
    exp_b = json.loads((other / "digital/fs3-1904-boxed-lengkap.expected.json").read_text())
    assert exp_a["fields"]["judul"] == exp_b["fields"]["judul"]
    assert exp_a["fields"]["penanggung_jawab.nama"] != exp_b["fields"]["penanggung_jawab.nama"]
    assert exp_a["verdict"] == exp_b["verdict"] and exp_a["defects"] == exp_b["defects"]


def test_families_filter_writes_only_those_families(tmp_path: Path) -> None:
    infos = generate(tmp_path, families={"fillable"})
    assert {info.family for info in infos} == {"fillable"}
    assert [p.name for p in tmp_path.iterdir()] == ["fillable"]


def test_unknown_family_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="nosuch"):
        generate(tmp_path, families={"nosuch"})


# ------------------------------------------------------------------ files and expected JSON


def test_every_family_is_generated(infos: list[SampleInfo]) -> None:
    assert {info.family for info in infos} == set(FAMILIES)


def test_every_file_has_an_expected_json(corpus_dir: Path, infos: list[SampleInfo]) -> None:
    data_files = {
        p for p in corpus_dir.rglob("*") if p.is_file() and not p.name.endswith(".expected.json")
    }
    listed = {corpus_dir / f for info in infos for f in info.files}
    assert data_files == listed
    for path in data_files:
        # A JPEG page set <name>-pN.jpg shares <name>.expected.json.
        stem = re.sub(r"-p\d+$", "", path.stem) if path.suffix == ".jpg" else path.stem
        assert (path.parent / f"{stem}.expected.json").is_file(), path


def test_expected_json_names_its_files(corpus_dir: Path, infos: list[SampleInfo]) -> None:
    for info in infos:
        exp = json.loads((corpus_dir / info.expected).read_text())
        assert exp["file"] == info.files[0].name
        assert exp["family"] == info.family
        if len(info.files) > 1:
            assert exp["files"] == [f.name for f in info.files]


def test_field_keys_are_forms_md_keys(expected: dict[str, dict[str, Any]]) -> None:
    for name, doc in _all_documents(expected):
        unknown = set(doc["fields"]) - set(KEYS[doc["form_type"]])
        assert not unknown, (name, unknown)


def _check_value(form_type: str, key: str, value: Any) -> None:
    kind = KEY_TYPES[form_type][key]
    if kind == "text":
        assert isinstance(value, str) and value == " ".join(value.split()) and value
    elif kind == "int":
        assert isinstance(value, int) and not isinstance(value, bool)
    elif kind == "bool":
        assert isinstance(value, bool)
    elif kind == "date":
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
        date.fromisoformat(value)
    elif kind == "email":
        assert re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", value)
    elif kind == "phone":
        assert re.fullmatch(r"\+62\d{7,13}", value)
    elif kind == "region":
        assert re.fullmatch(r"\d{2}|\d{4}", value)
    elif kind == "enum":
        assert value in CODES[key]
    elif kind == "set":
        assert value == sorted(set(value)) and set(value) <= set(CODES[key]) and value
    elif kind == "set_region":
        assert value == sorted(set(value)) and value
        assert all(re.fullmatch(r"\d{2}|\d{4}", code) for code in value)
    elif kind == "list":
        wanted = {"nama", "referensi_waktu"} | ({"sumber"} if form_type == "fp-kpa" else set())
        assert value and all(set(item) == wanted for item in value)
        assert all(v == " ".join(v.split()) and v for item in value for v in item.values())
    elif kind == "nip":
        assert re.fullmatch(r"\d{18}", value)
        date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        assert value[14] in "12" and int(value[8:12]) >= int(value[:4]) + 18
    else:
        raise AssertionError(kind)


def test_values_are_in_forms_md_value_forms(expected: dict[str, dict[str, Any]]) -> None:
    """Normalised values everywhere, except a value declared malformed (kept as printed)."""
    for name, doc in _all_documents(expected):
        malformed = {d["field"] for d in doc["defects"] if d["kind"] == "malformed"}
        for key, value in doc["fields"].items():
            if key in malformed:
                continue
            try:
                _check_value(doc["form_type"], key, value)
            except (AssertionError, ValueError) as exc:
                raise AssertionError(f"{name}: {key}={value!r}") from exc


def test_malformed_values_really_are_malformed(expected: dict[str, dict[str, Any]]) -> None:
    seen = 0
    for name, doc in _all_documents(expected):
        for defect in doc["defects"]:
            if defect["kind"] == "malformed":
                seen += 1
                with pytest.raises((AssertionError, ValueError)):
                    _check_value(doc["form_type"], defect["field"], doc["fields"][defect["field"]])
                assert defect["field"] in doc["fields"], name
    assert seen


def test_verdict_follows_the_defects(expected: dict[str, dict[str, Any]]) -> None:
    for name, exp in expected.items():
        docs = _documents(exp)
        for doc in docs:
            errors = [d for d in doc["defects"] if d["severity"] == "error"]
            assert doc["verdict"] == ("perlu_perbaikan" if errors else "lengkap"), name
        case_errors = [d for d in exp.get("case_defects", []) if d["severity"] == "error"]
        any_error = case_errors or any(d["verdict"] == "perlu_perbaikan" for d in docs)
        assert exp["verdict"] == ("perlu_perbaikan" if any_error else "lengkap"), name


def test_defects_are_well_formed(expected: dict[str, dict[str, Any]]) -> None:
    for name, exp in expected.items():
        defects = [(doc["form_type"], d) for doc in _documents(exp) for d in doc["defects"]]
        defects += [(None, d) for d in exp.get("case_defects", [])]
        for form_type, defect in defects:
            assert set(defect) == {"field", "kind", "severity", "note"}, name
            assert defect["kind"] in DEFECT_KINDS and defect["severity"] in ("error", "warning")
            assert defect["note"]
            if form_type and defect["field"] is not None:
                assert defect["field"] in KEYS[form_type], (name, defect)


def test_missing_defects_match_absent_fields(expected: dict[str, dict[str, Any]]) -> None:
    for name, doc in _all_documents(expected):
        for defect in doc["defects"]:
            if defect["kind"] == "missing":
                assert defect["field"] not in doc["fields"], name


def test_required_fields_are_present_unless_declared(expected: dict[str, dict[str, Any]]) -> None:
    """A field is absent only when optional, conditional, or declared missing."""
    conditional = {"frekuensi", "wilayah", "metode_sampel", "metode_pemilihan", *FS3_BLOCK_VI}
    conditional |= {"penyelenggara.kabupaten_kota"}  # central bodies leave it empty
    for name, doc in _all_documents(expected):
        form_type = doc["form_type"]
        declared = {d["field"] for d in doc["defects"] if d["kind"] == "missing"}
        absent = set(KEYS[form_type]) - set(doc["fields"]) - declared
        absent -= OPTIONAL.get(form_type, frozenset()) | conditional
        assert not absent, (name, absent)


def test_conditional_fields_follow_their_condition(expected: dict[str, dict[str, Any]]) -> None:
    for name, doc in _all_documents(expected):
        f = doc["fields"]
        declared = {d["field"] for d in doc["defects"]}
        if doc["form_type"] not in ("fs3", "fp-kpa"):
            continue
        if "frekuensi" not in declared:
            assert ("frekuensi" in f) == (f.get("pelaksanaan") == "berulang"), name
        if "wilayah" not in declared:
            assert ("wilayah" in f) == (f["cakupan_wilayah"] == "sebagian"), name
        if doc["form_type"] == "fs3" and "rancangan_sampel" not in declared:
            probability = f.get("metode_sampel") == "probabilitas"
            assert all((key in f) == probability for key in FS3_BLOCK_VI), name


def test_every_layout_covers_every_key(expected: dict[str, dict[str, Any]]) -> None:
    """Per layout and form type, the born-digital samples together hold every key."""
    union: dict[tuple[str, str], set[str]] = defaultdict(set)
    for exp in expected.values():
        if exp["family"] in ("digital", "docx", "fillable") and exp["form_type"] in (
            "fs3",
            "fp-kpa",
            "surat_pengantar",
        ):
            union[(exp["layout"], exp["form_type"])] |= set(exp["fields"])
    assert len(union) >= 12
    for (layout, form_type), keys in union.items():
        assert keys == set(KEYS[form_type]), (layout, form_type, set(KEYS[form_type]) - keys)


def test_corpus_has_several_layouts_per_form_type(expected: dict[str, dict[str, Any]]) -> None:
    layouts: dict[str, set[str]] = defaultdict(set)
    for name, doc in _all_documents(expected):
        layouts[doc["form_type"]].add(doc.get("layout") or expected[name]["layout"])
    assert len(layouts["fs3"]) >= 6
    assert len(layouts["fp-kpa"]) >= 5
    assert len(layouts["surat_pengantar"]) >= 3
    assert len(layouts["kuesioner"]) >= 3
    assert "lainnya" in layouts


def test_corpus_has_complete_and_defective_documents(expected: dict[str, dict[str, Any]]) -> None:
    verdicts: dict[str, set[str]] = defaultdict(set)
    for _, doc in _all_documents(expected):
        verdicts[doc["form_type"]].add(doc["verdict"])
    for form_type in ("fs3", "fp-kpa", "surat_pengantar"):
        assert verdicts[form_type] == {"lengkap", "perlu_perbaikan"}, form_type


def test_field_pages_lie_within_the_document(expected: dict[str, dict[str, Any]]) -> None:
    for name, exp in expected.items():
        for doc in _documents(exp):
            if "field_pages" not in doc:
                continue
            assert set(doc["field_pages"]) == set(doc["fields"]), name
            if isinstance(doc.get("pages"), list):
                first, last = doc["pages"]
            elif isinstance(exp["pages"], int):
                first, last = 1, exp["pages"]
            else:
                continue  # an e-mail attachment: pages counted in the attachment
            assert all(first <= page <= last for page in doc["field_pages"].values()), name


def test_bundle_page_ranges_tile_the_file(expected: dict[str, dict[str, Any]]) -> None:
    bundles = [exp for exp in expected.values() if exp.get("layout") == "bundle"]
    assert len(bundles) >= 3
    for exp in bundles:
        ranges = [doc["pages"] for doc in exp["documents"]]
        assert ranges[0][0] == 1 and ranges[-1][1] == exp["pages"]
        for (_, end), (start, _) in itertools.pairwise(ranges):
            assert start == end + 1


# ------------------------------------------------------------------ file contents


def _pdf_infos(infos: list[SampleInfo]) -> list[SampleInfo]:
    return [i for i in infos if i.path.suffix == ".pdf"]


def test_pdfs_open_and_have_the_stated_page_count(
    corpus_dir: Path, infos: list[SampleInfo], expected: dict[str, dict[str, Any]]
) -> None:
    import pypdf

    for info in _pdf_infos(infos):
        reader = pypdf.PdfReader(corpus_dir / info.path)
        assert len(reader.pages) == expected[info.name]["pages"], info.name


def test_scanned_pdfs_have_no_text_layer(corpus_dir: Path, infos: list[SampleInfo]) -> None:
    import pypdf

    scanned = [i for i in _pdf_infos(infos) if i.family in ("scan300", "scan200", "photo")]
    assert scanned
    for info in scanned:
        reader = pypdf.PdfReader(corpus_dir / info.path)
        assert all(not (page.extract_text() or "").strip() for page in reader.pages), info.name


def _squash(text: str) -> str:
    return "".join(text.split())


def _text_values(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, printed text) for fields printed verbatim: text, e-mail, variables, year.

    A letter's ``instansi`` is not: it is read from the letterhead's two lines.
    """
    out = []
    for key, value in doc["fields"].items():
        kind = KEY_TYPES[doc["form_type"]][key]
        if doc["form_type"] == "surat_pengantar" and key == "instansi":
            continue
        if kind in ("text", "email") or key in ("tahun", "penandatangan.nip"):
            out.append((key, str(value)))
        elif kind == "list":
            out += [(key, v) for item in value for v in item.values()]
    return out


def test_born_digital_pdfs_print_every_text_value_on_its_page(
    corpus_dir: Path, infos: list[SampleInfo], expected: dict[str, dict[str, Any]]
) -> None:
    import pypdf

    for info in infos:
        if info.family not in PDF_LAYOUT_FAMILIES:
            continue
        reader = pypdf.PdfReader(corpus_dir / info.path)
        pages = [_squash(page.extract_text() or "") for page in reader.pages]
        for doc in _documents(expected[info.name]):
            for key, text in _text_values(doc):
                page = doc["field_pages"][key]
                if key == "penandatangan.nip" and doc["fields"][key].isdigit():
                    # Printed with or without the usual spaces: compare digits only.
                    assert text in re.sub(r"\D", "", pages[page - 1]), (info.name, key)
                    continue
                assert _squash(text) in pages[page - 1], (info.name, key, text)


def test_born_digital_forms_print_formatted_values_on_their_page(
    corpus_dir: Path, infos: list[SampleInfo], expected: dict[str, dict[str, Any]]
) -> None:
    """Dates, phones, regions and counts appear in the sample's print style where recorded."""
    import pypdf

    from samples.fmt import fmt_date, fmt_int, fmt_phone, fmt_region

    checked = 0
    for info in infos:
        if info.family not in PDF_LAYOUT_FAMILIES:
            continue
        reader = pypdf.PdfReader(corpus_dir / info.path)
        pages = [_squash(page.extract_text() or "") for page in reader.pages]
        for doc in _documents(expected[info.name]):
            if doc["form_type"] not in ("fs3", "fp-kpa"):
                continue
            style = doc["print_style"]
            for key, value in doc["fields"].items():
                kind = KEY_TYPES[doc["form_type"]][key]
                if kind == "date":
                    text = fmt_date(value, style["date"])
                elif kind == "phone":
                    text = fmt_phone(value, style["phone"])
                elif kind == "region":
                    text = fmt_region(value, style["region"])
                elif kind == "int" and key != "tahun":
                    text = fmt_int(value, thousands=style["thousands"])
                else:
                    continue
                checked += 1
                page = doc["field_pages"][key]
                assert _squash(text) in pages[page - 1], (info.name, key, text, page)
    assert checked > 300


def test_fillable_pdfs_hold_the_values_in_form_fields(
    corpus_dir: Path, infos: list[SampleInfo], expected: dict[str, dict[str, Any]]
) -> None:
    import pypdf

    fillables = [i for i in infos if i.family == "fillable"]
    assert len(fillables) >= 2
    for info in fillables:
        exp = expected[info.name]
        fields = pypdf.PdfReader(corpus_dir / info.path).get_fields() or {}
        values = {name: f.get("/V") for name, f in fields.items()}
        assert values["judul"] == exp["fields"]["judul"]
        assert values["r1_1"] == exp["fields"]["penyelenggara.instansi"]
        ticked = [name for name, v in values.items() if v == "/Yes"]
        unticked = [name for name, v in values.items() if v == "/Off"]
        assert ticked and unticked
        # R.3.1 code 2 = berulang.
        assert (values["r3_1_2" if exp["form_type"] == "fs3" else "r5_1_2"] == "/Yes") == (
            exp["fields"]["pelaksanaan"] == "berulang"
        )
        texts = " ".join(str(v) for v in values.values() if isinstance(v, str))
        for key, text in _text_values(exp):
            assert _squash(text) in _squash(texts), (info.name, key)


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]

    def walk(tables: Any) -> None:
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    walk(cell.tables)

    walk(document.tables)
    return "\n".join(parts)


def test_word_files_print_every_text_value(
    corpus_dir: Path, infos: list[SampleInfo], expected: dict[str, dict[str, Any]]
) -> None:
    docx_infos = [i for i in infos if i.family == "docx"]
    assert len(docx_infos) >= 4
    for info in docx_infos:
        text = _squash(_docx_text(corpus_dir / info.path))
        for key, value in _text_values(expected[info.name]):
            if key == "penandatangan.nip":
                continue
            assert _squash(value) in text, (info.name, key)


def test_word_files_have_fixed_metadata(corpus_dir: Path, infos: list[SampleInfo]) -> None:
    import zipfile

    for info in infos:
        if info.path.suffix != ".docx":
            continue
        with zipfile.ZipFile(corpus_dir / info.path) as archive:
            assert {entry.date_time for entry in archive.infolist()} == {(2026, 1, 1, 0, 0, 0)}
            assert archive.infolist()[0].filename == "[Content_Types].xml"


def test_image_files_match_pages_and_resolution(
    corpus_dir: Path, infos: list[SampleInfo], expected: dict[str, dict[str, Any]]
) -> None:
    for info in infos:
        exp = expected[info.name]
        if info.path.suffix == ".tif":
            with Image.open(corpus_dir / info.path) as image:
                assert image.n_frames == exp["pages"]
                assert round(image.info["dpi"][0]) == exp["scan"]["pages"][0]["dpi"]
        if info.path.suffix == ".jpg":
            assert len(info.files) == exp["pages"]
            for file in info.files:
                with Image.open(corpus_dir / file) as image:
                    assert image.format == "JPEG"
                    if info.family != "photo":
                        assert round(image.info["dpi"][0]) == exp["scan"]["pages"][0]["dpi"]


def test_scans_cover_every_container_and_the_required_mix() -> None:
    scanned = [s for s in SCANS if s.family in ("scan300", "scan200")]
    by_source = {single.name: single for single in SINGLES}
    form_types = defaultdict(int)
    for scan in scanned:
        if scan.source in by_source:
            form_types[by_source[scan.source].doc_id.split("-")[0]] += 1
    assert form_types["fs3"] >= 3 and form_types["fpkpa"] >= 2 and form_types["sp"] >= 2
    assert 2 <= sum(s.family == "photo" for s in SCANS) <= 3
    containers = {s.container for s in scanned}
    assert {"pdf", "jpeg"} <= containers and containers & {"tiff", "tiff-g4"}


def test_skew_stays_within_each_scan_profile(expected: dict[str, dict[str, Any]]) -> None:
    limits = {"scan300": 1.5, "scan200": 3.0}
    for exp in expected.values():
        if exp["family"] in limits:
            for page in exp["scan"]["pages"]:
                assert abs(page["skew_deg"]) < limits[exp["family"]]


# ------------------------------------------------------------------ e-mail


def _parse(path: Path) -> email.message.EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_eml_parse_with_decoded_attachment_names(
    corpus_dir: Path, infos: list[SampleInfo], expected: dict[str, dict[str, Any]]
) -> None:
    mails = [i for i in infos if i.family == "eml"]
    assert len(mails) == len(MAILS)
    for info in mails:
        exp = expected[info.name]
        message = _parse(corpus_dir / info.path)
        assert message.get_content_type() == "multipart/mixed"
        assert message["To"].addresses[0].addr_spec == exp["mail"]["to"]
        assert message["From"].addresses[0].addr_spec == exp["mail"]["from"]
        assert str(message["Subject"]) == exp["mail"]["subject"]
        assert message["Message-ID"] == exp["mail"]["message_id"]
        names = [part.get_filename() for part in message.iter_attachments()]
        assert names == exp["mail"]["attachments"]
        assert {doc["attachment"] for doc in exp["documents"]} <= set(names)
        for part in message.iter_attachments():
            assert part["Content-Transfer-Encoding"] == "base64"
            payload = part.get_content()
            assert payload[:4] in (b"%PDF", b"PK\x03\x04")
        body = message.get_body(preferencelist=("plain",))
        assert body is not None and "Badan Pusat Statistik" in body.get_content()


def test_eml_attachments_are_the_corpus_files_they_claim(
    corpus_dir: Path, infos: list[SampleInfo], expected: dict[str, dict[str, Any]]
) -> None:
    by_name = {info.name: info for info in infos}
    for info in infos:
        if info.family != "eml":
            continue
        message = _parse(corpus_dir / info.path)
        payloads = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
        for doc in expected[info.name]["documents"]:
            if doc["source"]:
                source = corpus_dir / by_name[doc["source"]].path
                assert payloads[doc["attachment"]] == source.read_bytes()


def test_eml_set_covers_the_cases_offices_meet(
    corpus_dir: Path, infos: list[SampleInfo], expected: dict[str, dict[str, Any]]
) -> None:
    mails = {i.name: expected[i.name] for i in infos if i.family == "eml"}
    senders = {exp["mail"]["from"].rsplit("@", 1)[1] for exp in mails.values()}
    assert "gmail.com" in senders and any(s.endswith(".go.id") for s in senders)
    names = [n for exp in mails.values() for n in exp["mail"]["attachments"]]
    assert any("–" in n for n in names) and any(n.isascii() for n in names)
    kinds = {d["kind"] for exp in mails.values() for d in exp["case_defects"]}
    assert {"missing_document", "non_government_sender"} <= kinds
    form_types = {d["form_type"] for exp in mails.values() for d in exp["documents"]}
    assert {"fs3", "fp-kpa", "surat_pengantar", "kuesioner"} <= form_types
    raw = [(corpus_dir / i.path).read_bytes() for i in infos if i.family == "eml"]
    assert any(b"filename*=utf-8''" in r for r in raw)  # RFC 2231
    assert any(b'filename="=?utf-8?' in r for r in raw)  # RFC 2047, as Outlook/Gmail
    assert any(b"text/html" in r for r in raw)


# ------------------------------------------------------------------ size and README


def test_corpus_stays_under_the_size_limit(corpus_dir: Path) -> None:
    total = sum(p.stat().st_size for p in corpus_dir.rglob("*") if p.is_file())
    assert total < SIZE_LIMIT


def test_readme_table_is_current(infos: list[SampleInfo]) -> None:
    """samples/README.md holds the table of this catalogue (run `rekom samples --readme`)."""
    assert readme_table(infos) in README_PATH.read_text(encoding="utf-8")


def test_readme_documents_the_expected_json_format() -> None:
    text = README_PATH.read_text(encoding="utf-8")
    for word in ("field_pages", "case_defects", "documents", "verdict", "malformed", "files"):
        assert f"`{word}`" in text
