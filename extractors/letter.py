"""Cover letter (surat pengantar) fields: nomor, tanggal, perihal, instansi, kepada, signer.

Letters are prose with a few fixed parts, so two readers work together:

- the labelled lines ("Nomor : ...", "Perihal/Hal : ...") and the fixed blocks
  (letterhead, "Yth. ...", the signature block ending with the NIP) are found by
  their position and wording;
- a blank spaCy pipeline (``spacy.blank("id")``, no model download) with an
  ``entity_ruler`` tags dates, e-mails, phones, NIPs, agency names and regions in the
  free text, so the date of the place-and-date line and the NIP are read as entities.

Reading policies (samples/README.md): ``kepada`` leaves out "Yth." and the "di ..."
line; under "a.n." the jabatan is the signer's own; ``instansi`` is built from the
letterhead ("PEMERINTAH KABUPATEN X" over "DINAS Y" gives "Dinas Y Kabupaten X").
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from extractors.document import BBox, Document, Line, Page, union_bbox
from extractors.fields import ExtractedField
from validators.normalise import InvalidValue, normalise_date, normalise_nip

_MONTHS = (
    "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
    "nopember|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des"
)
_DATE_TEXT = rf"\d{{1,2}}\s*(?:{_MONTHS})\.?\s*\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}"
#: "Koba, 14 Januari 2026": the place is whole words (not the tail of a letter number
#: "…/Org-B" that the date follows on the Nomor line).
_PLACE_DATE = re.compile(
    rf"(?<!\S)([A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){{0,4}}),\s*({_DATE_TEXT})\s*$", re.I
)
#: A place and a Hijri date ("Banda Aceh, 23 Syakban 1447 H"), and the Gregorian date
#: under it ("11 Februari 2026 M"): group 2 is the date, as in _PLACE_DATE.
_HIJRI_PLACE = re.compile(r"^\s*[A-Z][\w .'-]*,\s*\d{1,2}\s+[A-Za-z']+\s+\d{4}\s*H\.?\s*$")
_MASEHI = re.compile(rf"^\s*()({_DATE_TEXT})\s*(?:M\.?)?\s*$", re.I)
#: The labels of a letter's Nomor block.
_LABEL_WORDS = r"(nomor|no\.?|sifat|lampiran|lamp\.?|perihal|hal)"
_LABEL = re.compile(rf"^\s*{_LABEL_WORDS}\s*[:;]\s*(.*)$", re.I)
_RANK = re.compile(r"\((?:I{1,3}|IV)\s*/\s*[a-e]\)|^(pembina|penata|pengatur|juru)\b", re.I)
_NIP_LINE = re.compile(r"^\s*NIP\.?\s*:?\s*(.*)$", re.I)
#: ... with a number on it (not a receipt's empty "NIP. ........").
_NIP_NUMBER = re.compile(r"^\s*NIP\.?\s*:?\s*(.*\d.*)$", re.I)
#: A NIP's 18 digits grouped as printed (8, 6, 1, 3), behind a few letters of noise.
_NIP_DIGITS = re.compile(r"^\W*\w{0,3}\W{0,3}\s*((?:\d{8})\s?(?:\d{6})\s?\d\s?\d{3})\s*$")
_ADDRESS = re.compile(r"\b(jl|jalan|telp|telepon|surel|e-?mail|faks|kode pos|laman|gedung)\b", re.I)
_THANKS = re.compile(r"(terima\s*kasih|hormat kami)\W*$", re.I)
#: The page number heading a continued page ("- 2 -").
_PAGE_NUMBER = re.compile(r"^\s*-\s*\d{1,3}\s*-\s*$")
#: A date alone after the letter number ("1184/UN25.3.1/PM/2026   23 Februari 2026").
_BARE_DATE = re.compile(
    r"\s(\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
    r"|november|desember)\s+\d{4})\s*$",
    re.I,
)
#: An acting official's title ("Plt. Kepala Dinas ...") is not the head's own title.
_ACTING = re.compile(r"^\s*(plt|plh|pj|pgs)\.?\s", re.I)
_SMALL_WORDS = {"dan", "di", "ke", "dari", "untuk", "pada", "serta", "atau", "yang"}
_UNIT_WORDS = (
    "DINAS",
    "BADAN",
    "KANTOR",
    "SEKRETARIAT",
    "PUSAT",
    "DIREKTORAT",
    "BIRO",
    "INSPEKTORAT",
    "DEPUTI",
    "LEMBAGA",
    "RUMAH SAKIT",
    "SATUAN",
    "BAGIAN",
    "UNIVERSITAS",
    "INSTITUT",
    "POLITEKNIK",
    "SEKOLAH TINGGI",
    "FAKULTAS",
)
#: A unit's name that ends with its region ("... Kota Ternate", "... Provinsi Riau").
_NAMES_REGION = re.compile(r"(?i)\b(?:kota|kabupaten|provinsi)\s+[a-z]")
#: A letterhead naming an enterprise or a foundation, not a government or a ministry.
_ENTERPRISE = re.compile(
    r"^(?:PERUSAHAAN\s+(?:UMUM\s+)?DAERAH|PERUMDA|PERSERODA|PERSEROAN|PT\.?|PD\.?|YAYASAN|KOPERASI)\b",
    re.I,
)
#: A letterhead line naming a higher-education institution, whose units ("Lembaga
#: Penelitian ...", "Fakultas ...") are named after it, not after the ministry above.
_CAMPUS = re.compile(r"^(?:UNIVERSITAS|INSTITUT|POLITEKNIK|SEKOLAH TINGGI)\b", re.I)

#: An employee number other than a NIP under a signer's name.
_STAFF_NUMBER = re.compile(r"^\s*(?:NPP|NIK|NRP|NIPPPK|NRK|NPK)\.?\s*:?\s*\S", re.I)
#: A closing salutation above the signer's title.
_SALUTATION = re.compile(r"^\s*(?:hormat\s+kami|salam\s+hormat|salam)\s*,?\s*$", re.I)
#: A closing greeting between the body and the signature.
_GREETING = re.compile(r"^\s*wassalam", re.I)
#: The note of an electronic signature (a QR code beside it).
_E_SIGNED = re.compile(r"ditandatangani\s+secara\s+elektronik", re.I)

#: Entity labels the ruler gives.
ENTITY_LABELS = ("DATE", "EMAIL", "PHONE", "NIP", "ORG", "REGION")


@lru_cache(maxsize=1)
def letter_nlp() -> Any:
    """A blank Indonesian spaCy pipeline with the letter entity ruler (built once)."""
    import spacy

    nlp = spacy.blank("id")
    ruler: Any = nlp.add_pipe("entity_ruler", config={"validate": True})
    month = {"LOWER": {"REGEX": rf"^({_MONTHS})\.?$"}}
    title = {"IS_TITLE": True}
    upper = {"IS_UPPER": True}
    patterns: list[dict[str, Any]] = [
        {
            "label": "DATE",
            "pattern": [{"TEXT": {"REGEX": r"^\d{1,2}$"}}, month, {"TEXT": {"REGEX": r"^\d{4}$"}}],
        },
        {"label": "DATE", "pattern": [{"TEXT": {"REGEX": r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$"}}]},
        {"label": "EMAIL", "pattern": [{"LIKE_EMAIL": True}]},
        {"label": "NIP", "pattern": [{"TEXT": {"REGEX": r"^\d{17,18}$"}}]},
        {
            "label": "NIP",
            "pattern": [
                {"TEXT": {"REGEX": r"^\d{8}$"}},
                {"TEXT": {"REGEX": r"^\d{6}$"}},
                {"TEXT": {"REGEX": r"^\d$"}},
                {"TEXT": {"REGEX": r"^\d{2,3}$"}},
            ],
        },
        {
            "label": "PHONE",
            "pattern": [
                {"TEXT": {"REGEX": r"^\(?0\d{2,3}\)?$"}},
                {"TEXT": {"REGEX": r"^\d{5,8}$"}},
            ],
        },
        {
            "label": "PHONE",
            "pattern": [{"TEXT": {"REGEX": r"^(\+62|0)\d{2,4}([- ]?\d{3,4}){1,3}$"}}],
        },
    ]
    for head in (
        "dinas",
        "badan",
        "kantor",
        "sekretariat",
        "kementerian",
        "pusat",
        "direktorat",
        "biro",
    ):
        for case in (title, upper):
            patterns.append(
                {
                    "label": "ORG",
                    "pattern": [
                        {"LOWER": head},
                        {**case, "OP": "+"},
                        {"LOWER": {"IN": ["dan", ","]}, "OP": "?"},
                        {**case, "OP": "*"},
                    ],
                }
            )
    for kind in ("kabupaten", "kota", "provinsi", "kab."):
        for case in (title, upper):
            patterns.append({"label": "REGION", "pattern": [{"LOWER": kind}, {**case, "OP": "+"}]})
    ruler.add_patterns(patterns)
    return nlp


def entities(text: str) -> list[tuple[str, str]]:
    """``(label, text)`` of every entity the ruler finds in a piece of text."""
    doc = letter_nlp()(text)
    return [(ent.label_, ent.text) for ent in doc.ents]


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _title(text: str) -> str:
    """ "DINAS KESEHATAN" → "Dinas Kesehatan"; small words stay lower-case."""
    words = _collapse(text).split(" ")
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        out.append(low if i and low in _SMALL_WORDS else low[:1].upper() + low[1:])
    return " ".join(out)


def _is_upper_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) >= 0.85


class _Letter:
    """The lines of one cover letter with helpers to turn them into fields."""

    def __init__(self, rows: list[tuple[Page, Line]]) -> None:
        self.rows = rows
        self.texts = [line.text().strip() for _, line in rows]
        self.flat = _collapse(" ".join(self.texts))
        self.fields: dict[str, ExtractedField] = {}

    def add(
        self,
        key: str,
        value: Any,
        idxs: list[int],
        method: str,
        raw: str,
        *,
        normalised: bool = True,
    ) -> None:
        if value is None or value == "":
            return
        page = self.rows[idxs[0]][0]
        lines = [self.rows[i][1] for i in idxs if self.rows[i][0] is page]
        words = [w for ln in lines for w in ln.words]
        bbox: BBox = union_bbox(w.bbox for w in words) if words else (0.0, 0.0, 0.0, 0.0)
        ocr_conf = min((w.confidence for w in words), default=1.0)
        signals: dict[str, float | str] = {
            "method": method,
            "source": page.source,
            "ocr_conf": round(ocr_conf, 3),
            "label_score": 100.0,
            "normalised": 1.0 if normalised else 0.0,
        }
        self.fields[key] = ExtractedField(
            key=key,
            value=value,
            confidence=ocr_conf,
            page=page.number,
            bbox=bbox,
            raw=raw,
            signals=signals,
        )

    def find(self, rx: re.Pattern[str], start: int = 0, stop: int | None = None) -> int | None:
        for i in range(start, len(self.texts) if stop is None else stop):
            if rx.search(self.texts[i]):
                return i
        return None

    def case_like_document(self, name: str) -> str:
        """Take the casing the letter itself writes the name in (its signature, tembusan).

        The letterhead is in capitals, so a spelling that is not all upper-case wins;
        without one the title-cased name stands.
        """
        low, target = self.flat.lower(), name.lower()
        pos = low.find(target)
        while pos >= 0:
            found = self.flat[pos : pos + len(name)]
            if not found.isupper():
                return found
            pos = low.find(target, pos + 1)
        return name


def _letterhead(letter: _Letter) -> None:
    head: list[int] = []
    for i, text in enumerate(letter.texts[:8]):
        if head and re.fullmatch(r"\s*[A-Z]{2,4}\s*", text):
            continue  # a logo's letters between the letterhead's lines ("TAJ")
        if not head and not re.search(r"[A-Za-z]", text):
            continue  # an emblem drawn above the letterhead, read as a box
        if _ADDRESS.search(text) or not _is_upper_line(text):
            break
        head.append(i)
    if not head:
        return
    lines = [re.sub(r"^[^A-Z]*", "", letter.texts[i]).strip() for i in head]
    # OCR noise at the left margin (a logo read as "jk |") is dropped above.
    government = None
    if _ENTERPRISE.match(lines[0]):
        # An enterprise or a foundation names itself over several lines ("PERUSAHAAN UMUM
        # DAERAH AIR MINUM" / "TIRTA AMERTHA JATI" / "KABUPATEN JEMBRANA").
        name = letter.case_like_document(_title(" ".join(lines)))
        letter.add("instansi", _collapse(name), head, "letterhead", " / ".join(lines))
        return
    if lines[0].upper().startswith("PEMERINTAH "):
        government = _title(lines[0][len("PEMERINTAH ") :])
        units = [" ".join(lines[1:])] if len(lines) > 1 else []
        top = None
    else:
        # "KEMENTERIAN PERTANIAN REPUBLIK INDONESIA" names the ministry "Kementerian Pertanian".
        top = re.sub(r"\s+REPUBLIK\s+INDONESIA\s*$", "", lines[0], flags=re.I)
        units = []
        for text in lines[1:]:
            new_unit = text.upper().startswith(_UNIT_WORDS) and not (
                units and units[-1].endswith(",")
            )
            if units and re.match(r"(?i)provinsi\s", text) and _NAMES_REGION.search(units[-1]):
                continue  # "KANTOR PERTANAHAN KOTA TERNATE" over "PROVINSI MALUKU UTARA"
            if units and not new_unit:
                units[-1] = f"{units[-1]} {text}"
            else:
                units.append(text)
    if government is not None:
        if not units:
            return
        name = f"{letter.case_like_document(_title(units[-1]))} {government}"
    elif units:
        unit = letter.case_like_document(_title(units[-1]))
        parent = letter.case_like_document(_title(top or ""))
        if len(units) >= 2 and _CAMPUS.match(units[-2]):
            # "UNIVERSITAS JEMBER" over "LEMBAGA PENELITIAN ...": the unit of the campus.
            name = f"{unit} {letter.case_like_document(_title(units[-2]))}"
        elif parent and (parent.lower() in unit.lower() or _NAMES_REGION.search(unit)):
            # "KANTOR WILAYAH KEMENTERIAN AGAMA PROVINSI RIAU" names its ministry already;
            # "KANTOR PERTANAHAN KOTA TERNATE", an office of a region, is named in full.
            name = unit
        else:
            name = f"{unit}, {parent}"
    else:
        name = letter.case_like_document(_title(top or ""))
    letter.add("instansi", _collapse(name), head, "letterhead", " / ".join(lines))


#: "Nomor   520/146/..." in a table without colons: the label, a column gap, the value.
_LABEL_NO_COLON = re.compile(rf"^\s*{_LABEL_WORDS}\s+(.*)$", re.I)
#: The gap (points) after such a label that makes it one.
LABEL_GAP_MIN = 20.0


def _gap_label(letter: _Letter, i: int, text: str) -> re.Match[str] | None:
    """A Nomor/Sifat/Lampiran/Perihal line without a colon, its value a column apart."""
    match = _LABEL_NO_COLON.match(text)
    words = letter.rows[i][1].words
    if match is None or len(words) < 2:
        return None
    return match if words[1].bbox[0] - words[0].bbox[2] >= LABEL_GAP_MIN else None


def _labelled(letter: _Letter) -> int:
    """Nomor, the place-and-date line, Perihal/Hal; returns the index after the subject."""
    after = 0
    for i, text in enumerate(letter.texts[:40]):
        match = _LABEL.match(text) or _gap_label(letter, i, text)
        if match is None:
            if "tanggal_surat" not in letter.fields:
                _date_line(letter, i, text)
            continue
        label, value = match.group(1).lower().rstrip("."), match.group(2).strip()
        if label in ("nomor", "no"):
            dated = _PLACE_DATE.search(value)
            bare = _BARE_DATE.search(value)
            if dated:
                _date_line(letter, i, dated.group(0))
                value = value[: dated.start()].strip()
            elif bare and "tanggal_surat" not in letter.fields:
                # The date alone at the end of the Nomor line, without its place.
                try:
                    when = normalise_date(bare.group(1))
                except InvalidValue:
                    when = None
                if when is not None:
                    letter.add("tanggal_surat", when.isoformat(), [i], "entity", bare.group(1))
                    value = value[: bare.start()].strip()
            if (
                re.search(r"\d", value)
                and not re.fullmatch(r"[.\s_-]*", value)
                and "nomor_surat" not in letter.fields
            ):
                # (A number has digits: "No. | Naskah Dinas ..." heads a table of what is
                # sent; the letter's own number comes first.)
                letter.add("nomor_surat", value.replace(" ", ""), [i], "label", value)
        elif label in ("perihal", "hal"):
            idxs, parts = [i], [value]
            x0 = _value_x0(letter.rows[i][1], value)
            label_x0 = letter.rows[i][1].bbox[0]
            for j in range(i + 1, min(i + 6, len(letter.texts))):
                nxt = letter.texts[j]
                line, prev = letter.rows[j][1], letter.rows[j - 1][1].bbox
                height = max(prev[3] - prev[1], 1.0)
                if (
                    _LABEL.match(nxt)
                    or re.match(
                        r"^\s*(kepada|yth|dengan hormat|bersama ini|dalam rangka|sehubungan)\b",
                        nxt,
                        re.I,
                    )
                    or letter.rows[j][0] is not letter.rows[i][0]
                    or not 0 <= line.bbox[1] - prev[1] <= 2.5 * height  # a gap or a new column
                ):
                    break
                # Aligned with the value, or wrapped back to the label's edge (Word does
                # that in a table cell or a paragraph without a hanging indent).
                if line.bbox[0] < x0 - 8 and abs(line.bbox[0] - label_x0) > 3:
                    break
                if letter.rows[j - 1][1].cell is not None and line.cell is None:
                    break  # the subject's table cell ended: what follows is the body
                if line.bbox[0] < x0 - 8 and line.bbox[1] - prev[1] > 1.6 * height:
                    break  # back at the margin after a blank line: the body, not the subject
                idxs.append(j)
                parts.append(nxt)
            letter.add("perihal", _collapse(" ".join(parts)), idxs, "label", " / ".join(parts))
            after = idxs[-1] + 1
    return after


def _value_x0(line: Line, value: str) -> float:
    first = value.split(" ")[0] if value else ""
    for word in line.words:
        if first and word.text.startswith(first):
            return word.bbox[0]
    return line.bbox[0]


def _date_line(letter: _Letter, i: int, text: str) -> None:
    match = _PLACE_DATE.search(text)
    if match is None and i > 0 and _HIJRI_PLACE.match(letter.texts[i - 1]):
        # The Hijri date first with the place ("Banda Aceh, 23 Syakban 1447 H"), the
        # Gregorian date under it ("11 Februari 2026 M").
        match = _MASEHI.match(text)
    if match is None or re.match(r"^\s*(nomor|tanggal)\b", match.group(1), re.I):
        return
    for label, ent in entities(match.group(2)):
        if label != "DATE":
            continue
        try:
            value = normalise_date(ent)
        except InvalidValue:
            continue
        if value is not None:
            letter.add("tanggal_surat", value.isoformat(), [i], "entity", text)
            return


def _kepada(letter: _Letter, start: int) -> None:
    yth = re.compile(r"\byth\b\.?", re.I)
    i = letter.find(yth, start)
    if i is None:
        # The addressee on the right above the Nomor block, under the date.
        i = letter.find(yth, 0, start)
    if i is None:
        return
    first = re.split(r"\byth\b\.?", letter.texts[i], maxsplit=1, flags=re.I)[1].strip()
    idxs, parts = [i], [first] if first else []
    for j in range(i + 1, min(i + 4, len(letter.texts))):
        if re.match(r"^\s*(di\b|u\.\s?p\.|c\.?q\b\.?|jalan\s|jl\.)", letter.texts[j], re.I):
            break  # "di Jember", "u.p. Ketua Tim ...", "Cq. Ketua Tim ...", the street address
        if re.match(
            r"^\s*(dengan hormat|dalam rangka|sehubungan|assalamu|perihal\b|hal\s*:)",
            letter.texts[j],
            re.I,
        ):
            break
        idxs.append(j)
        parts.append(letter.texts[j])
    # "Yth. Bapak Kepala ...": the honorific, like "Yth.", is no part of the addressee.
    kepada = re.sub(
        r"^(?:bapak/ibu|bapak|ibu|sdr\.|saudara)\s+", "", _collapse(" ".join(parts)), flags=re.I
    )
    letter.add("kepada", kepada.rstrip(","), idxs, "block", " / ".join(parts))


def _looks_like_name(text: str) -> bool:
    """A signer's name line: a few words, no label, no sentence, not a title ending in ","."""
    text = text.strip()
    words = text.split()
    if not 1 <= len(words) <= 8 or ":" in text:
        return False
    if re.match(r"^\s*(tembusan|lampiran|nomor|nip)\b", text, re.I):
        return False
    degree = re.search(r",\s*(S|M|Dr|Ir|Drs|Dra|Prof)\b", text) is not None
    return degree or not text.endswith((",", "."))


#: An academic degree after a name: two to four capitalised, dotted parts ("S.P.",
#: "M.Si.", "S.STP.", "M.P.H."), as OCR gives it: "$" for "S", its comma read as a
#: second dot ("S.P..").
_DEGREE = re.compile(r"^(?:[A-Z$][A-Za-z]{0,4}\.){2,4}[.,]*$")


def _repaired_name(text: str) -> str:
    """A signer's name as OCR read it over a signature, its punctuation mended: the stroke
    or quote of the signature before it dropped, and the degrees after it set off by
    commas as they are printed ("—Syamsul Nur. $.P.. M.Si." -> "Syamsul Nur, S.P., M.Si.").
    Letters are left as read."""
    text = re.sub(r"^[^\w(]+", "", text.strip())
    words = text.split()
    first = next((i for i, w in enumerate(words) if i and _DEGREE.match(w)), None)
    if first is None or not all(_DEGREE.match(w) for w in words[first:]):
        return text
    degrees = ["S" + d[1:] if d.startswith("$") else d for d in words[first:]]
    degrees = [d.rstrip(".,") + "." for d in degrees]
    name = " ".join(words[:first])
    if not re.search(r"\b[A-Z]\.$", name):  # (an initial keeps its dot: "Ahmad H.")
        name = name.rstrip(".,")
    return f"{name}, {', '.join(degrees)}"


#: The signer's title lines start within this many points of the name's left edge (a
#: centred block's lines may stand a little apart).
SIGNATURE_COLUMN_SLACK = 120.0


def _signature(letter: _Letter) -> None:
    closing = letter.find(re.compile(r"^\s*demikian\b", re.I))
    if closing is None:
        # No "Demikian ..." sentence: the thanks closes the body ("Atas perhatian ...,
        # kami ucapkan terima kasih.").
        closing = letter.find(_THANKS, letter.find(re.compile(r"\byth\b", re.I)) or 0)
    if closing is None:
        # No closing sentence (a "SURAT PENGANTAR" with a table of what is sent): the
        # block ends with the signer's NIP, a few lines under the title; a receipt
        # block beside it ("Penerima, (....) NIP. ....") is left empty.
        nips = [
            i for i, t in enumerate(letter.texts) if _NIP_LINE.match(t) and re.search(r"\d{6}", t)
        ]
        if not nips:
            return
        closing = max(0, nips[-1] - 6)
        while closing < nips[-1] and re.search(
            r"\.{4}|^\s*(?:penerima|diterima)\b", letter.texts[closing], re.I
        ):
            closing += 1
        closing -= 1
    start = closing
    while start < len(letter.texts) and not _THANKS.search(letter.texts[start]):
        if start + 1 < len(letter.texts) and _THANKS.search(
            f"{letter.texts[start]} {letter.texts[start + 1]}"
        ):
            start += 1  # "... kami ucapkan terima" / "kasih." wrapped over two lines
            break
        start += 1
    if start >= len(letter.texts):
        start = closing
    start += 1
    stop = letter.find(re.compile(r"^\s*tembusan\b", re.I), start) or len(letter.texts)
    nip_i = letter.find(_NIP_NUMBER, start, stop)
    nip_rx = _NIP_LINE
    if nip_i is None:
        # A stamp over "NIP." on a scan ("Mp, 19780615 200212 1003"): the number alone.
        nip_i, nip_rx = letter.find(_NIP_DIGITS, start, stop), _NIP_DIGITS
    rank_i = letter.find(_RANK, start, stop)
    staff_i = None
    if nip_i is None:
        # An enterprise's or a foundation's own number instead of a NIP ("NPP. 1978.03.112"):
        # no NIP to read, but the name stands above it all the same.
        staff_i = letter.find(_STAFF_NUMBER, start, stop)
    if nip_i is not None:
        raw = nip_rx.match(letter.texts[nip_i]).group(1).strip()  # type: ignore[union-attr]
        found = [text for label, text in entities(raw) if label == "NIP"]
        digits = found[0] if found else raw
        try:
            nip = normalise_nip(digits)
            normalised = True
        except InvalidValue:
            nip, normalised = _collapse(digits), False
        letter.add("penandatangan.nip", nip, [nip_i], "signature", raw, normalised=normalised)
    anchor = rank_i if rank_i is not None else nip_i if nip_i is not None else staff_i
    if anchor is None and stop - start >= 2 and _looks_like_name(letter.texts[stop - 1]):
        # No NIP and no rank (a foundation, a company, an official who left them out):
        # the block is the title then the name, up to "Tembusan" or the end.
        anchor = stop
    if anchor is None or anchor - 1 < start:
        return
    name_i = anchor - 1
    if letter.texts[name_i].endswith(","):
        # The title ends with a comma; the name under it was lost (a stamp over the
        # signature on a scan), so the line above the rank is still the title.
        name_i += 1
    else:
        printed = letter.texts[name_i]
        name = printed
        if letter.rows[name_i][0].source == "ocr":
            name = _repaired_name(printed)
        letter.add(
            "penandatangan.nama",
            name,
            [name_i],
            "signature" if name == printed else "signature_repaired",
            printed,
        )
    name_x0 = letter.rows[name_i][1].bbox[0]
    title_idx = [
        i
        for i in range(start, name_i)
        # (Not a block beside it: a receipt's "Penerima, (....) NIP. ....".)
        if abs(letter.rows[i][1].bbox[0] - name_x0) <= SIGNATURE_COLUMN_SLACK
        or letter.rows[i][0] is not letter.rows[name_i][0]
    ]
    while title_idx and _PLACE_DATE.search(letter.texts[title_idx[0]]):
        # The place and date above the signer's title (the letter is dated at its foot).
        if "tanggal_surat" not in letter.fields:
            _date_line(letter, title_idx[0], letter.texts[title_idx[0]])
        title_idx = title_idx[1:]
    while title_idx and (
        _GREETING.match(letter.texts[title_idx[0]]) or _SALUTATION.match(letter.texts[title_idx[0]])
    ):
        title_idx = title_idx[1:]  # "Wassalamu'alaikum Wr. Wb.", "Hormat kami," close the body
    caps = list(itertools.takewhile(lambda i: _is_upper_line(letter.texts[i]), title_idx))
    delegated = any(
        re.match(r"^\s*(?:a\.?\s*n|u\.?\s*b)\.?\s", letter.texts[i], re.I) for i in title_idx
    )
    if (
        caps
        and not delegated
        and len(caps) < len(title_idx)
        and letter.texts[title_idx[-1]].rstrip().endswith(",")
    ):
        # The enterprise's name in capitals over the signer's title ("PERUMDA AIR MINUM
        # ..." over "Direktur Utama,"): the title is what follows the name.
        title_idx = title_idx[len(caps) :]
    signed = next((k for k, i in enumerate(title_idx) if _E_SIGNED.search(letter.texts[i])), None)
    if signed is not None:
        # An electronic signature's note under the title ("Ditandatangani secara
        # elektronik oleh: <title>") repeats it: the title ends above the note.
        title_idx = title_idx[:signed]
    if not title_idx:
        return
    if len(title_idx) > 1:
        # On a scan, a stamp's ring or a pen stroke over the title reads as a line of
        # noise ("(Ana wa"): left out.
        kept = [i for i in title_idx if not _noise_line(letter.rows[i][1])]
        title_idx = kept or title_idx
    titles = [letter.texts[i] for i in title_idx]
    if re.match(r"^\s*a\.?\s*n\.?\s", titles[0], re.I):
        # Under "a.n." the office named first is the principal's; the signer's own
        # title is the last line, the one closed by a comma.
        k = len(titles) - 1
        # ... unless it wraps: "Kepala Dinas Pertanian dan" / "Ketahanan Pangan,".
        while k > 1 and re.search(r"\b(dan|serta)$|&$", titles[k - 1].strip(), re.I):
            k -= 1
        title_idx, titles = title_idx[k:], titles[k:]
    jabatan = _collapse(" ".join(titles)).rstrip(",").strip()
    method = "signature"
    instansi = letter.fields.get("instansi")
    scanned = any(letter.rows[i][0].source == "ocr" for i in title_idx)
    if instansi is not None and scanned and not titles[0].lower().startswith("a.n"):
        # The head signs as "Kepala <agency>"; a stamp over the title on a scan eats
        # letters, so a title close to that (but not equal) is read as that.
        head = f"Kepala {instansi.value}"
        if (
            jabatan.lower() != head.lower()
            and not _ACTING.match(jabatan)
            and (
                fuzz.ratio(jabatan.lower(), head.lower()) >= 90
                # ... or the stamp ate its end ("Kepala Kantor Pertanahan" for "Kepala
                # Kantor Pertanahan Kota Ternate").
                or (head.lower().startswith(jabatan.lower()) and len(jabatan.split()) >= 3)
            )
        ):
            jabatan, method = head, "signature_repaired"
    letter.add("penandatangan.jabatan", jabatan, title_idx, method, " / ".join(titles))


#: OCR's mean word confidence under which a signature line is a stamp's or a pen's noise.
NOISE_LINE_CONFIDENCE = 0.5


def _noise_line(line: Line) -> bool:
    words = line.words
    if not words or words[0].source != "ocr":
        return False
    return sum(w.confidence for w in words) / len(words) < NOISE_LINE_CONFIDENCE


def _same_row(a: Line, b: Line) -> bool:
    overlap = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
    height = min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1])
    return height > 0 and overlap >= 0.5 * height and b.bbox[0] >= a.bbox[2] - 1


#: A gap this wide (points) before a word in the right half of the page starts a second column.
_COLUMN_GAP = 24.0


def _split_columns(line: Line, width: float) -> tuple[Line | None, Line | None]:
    """A line's left and right column parts ("Nomor : 12/2026" | "Kepada")."""
    words = line.words
    if words and words[0].bbox[0] >= 0.45 * width:
        return None, line
    for k in range(1, len(words)):
        if (
            words[k].bbox[0] >= 0.45 * width
            and words[k].bbox[0] - words[k - 1].bbox[2] >= _COLUMN_GAP
            and not words[k - 1].text.endswith(":")  # a label's value, far right in its cell
            and not words[k].text.startswith(":")  # a label's colon, in its own cell
        ):
            return Line.of(words[:k]), Line.of(words[k:])
    return line, None


def _split_before_label(line: Line) -> list[Line]:
    """A line holding something, a column gap, then "Nomor :" (the place and date beside
    the Nomor block): the two parts, left first."""
    words = line.words
    for k in range(1, len(words)):
        if (
            words[k].bbox[0] - words[k - 1].bbox[2] >= _COLUMN_GAP
            and _LABEL.match(" ".join(w.text for w in words[k : k + 3]))
            and not words[k - 1].text.endswith(":")
        ):
            return [Line.of(words[:k]), Line.of(words[k:])]
    return [line]


def _reading_order(rows: list[tuple[Page, Line]]) -> list[tuple[Page, Line]]:
    """Read a two-column block column by column.

    The indented layout puts the addressee ("Kepada / Yth. ... / di ...") beside
    Nomor/Sifat/Lampiran/Perihal on the same rows; a block of lines without a blank line
    between them in which two or more lines have such a right part is read left column
    first, then the right column.
    """
    out: list[tuple[Page, Line]] = []
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and rows[j][0] is rows[i][0]:
            prev, cur = rows[j - 1][1].bbox, rows[j][1].bbox
            if cur[1] - prev[1] > 1.8 * max(prev[3] - prev[1], 1.0):
                break
            j += 1
        block = rows[i:j]
        parts = [_split_columns(line, page.width) for page, line in block]
        if sum(1 for left, right in parts if left and right) >= 2:
            # The two columns end with the last right part, and the indented left lines
            # after it (a wrapped subject); a line back at the left edge is the body.
            last = max(k for k, (_, right) in enumerate(parts) if right)
            edge = min(left.bbox[0] for left, _ in parts[: last + 1] if left)
            end = last + 1
            while end < len(parts):
                left_part = parts[end][0]
                if left_part is None or left_part.bbox[0] <= edge + 10:
                    break
                end += 1
            pages = [page for page, _ in block]
            two = list(zip(pages[:end], parts[:end], strict=True))
            out += [(pg, left) for pg, (left, _) in two if left]
            out += [(pg, right) for pg, (_, right) in two if right]
            out += block[end:]
        else:
            out += block
        i = j
    return out


def extract_letter(
    document: Document, *, pages: tuple[int, int] | None = None
) -> dict[str, ExtractedField]:
    """Read the FORMS.md surat pengantar keys from a cover letter (pages inclusive, 1-based)."""
    first, last = pages or (1, len(document.pages))
    rows: list[tuple[Page, Line]] = []
    for page in document.pages:
        if not first <= page.number <= last:
            continue
        for line in page.lines:
            if not line.text().strip():
                continue
            if rows and rows[-1][0] is page and _same_row(rows[-1][1], line):
                # Word puts "Nomor | : | value" in table cells: read them as one row.
                merged = Line.of(sorted([*rows[-1][1].words, *line.words], key=lambda w: w.bbox[0]))
                rows[-1] = (page, merged)
            else:
                rows.append((page, line))
    # A page number printed at the head of a continued page ("- 2 -") is not the letter's.
    rows = [(pg, ln) for pg, ln in rows if not _PAGE_NUMBER.match(ln.text())]
    rows = [(pg, part) for pg, ln in rows for part in _split_before_label(ln)]
    if not rows:
        return {}
    letter = _Letter(_reading_order(rows))
    _letterhead(letter)
    after = _labelled(letter)
    _kepada(letter, after)
    _signature(letter)
    return letter.fields
