"""The rules of a whole submission (case): documents present, sender, office, duplicates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from rapidfuzz import fuzz

from rekom.wilayah import region_name
from validators.rules import Hit, rule
from validators.rules.document import UU

if TYPE_CHECKING:
    from rekom.offices import Office
    from validators.examine import DocumentResult

CASE: Final = ("case",)
BPS_RI: Final = "0000"
ITEM: Final = "Kelengkapan berkas"

#: Words that name a government agency (K/L/OPD) in Indonesian.
GOVERNMENT_NAME = re.compile(
    r"\b(dinas|badan|kementerian|kementrian|pemerintah|sekretariat|setda|bappeda|bapelitbangda|"
    r"rsud|kecamatan|kelurahan|inspektorat|lembaga|direktorat|biro|kantor|satuan|puskesmas|"
    r"dprd|bupati|walikota|wali kota|gubernur|pusat data|kepolisian|komisi)\b",
    re.IGNORECASE,
)
#: Private bodies: even with a government word ("Lembaga ..."), not a government agency.
PRIVATE_NAME = re.compile(r"\b(yayasan|pt|cv|perkumpulan|koperasi|ukm)\b\.?", re.IGNORECASE)


@dataclass
class CaseContext:
    """What a case rule looks at."""

    documents: Sequence[DocumentResult]
    office: Office
    sender: str | None = None
    registry: Callable[..., list[Any]] | None = None

    def first(self, *form_types: str) -> DocumentResult | None:
        return next((d for d in self.documents if d.form_type in form_types), None)

    @property
    def cover_letter(self) -> DocumentResult | None:
        return self.first("surat_pengantar")

    @property
    def main_form(self) -> DocumentResult | None:
        return self.first("fs3", "fp-kpa")

    def unread_note(self) -> str:
        """A missing document may be one that could not be read: say so in the finding."""
        unread = [d.file for d in self.documents if getattr(d, "error", None)]
        if not unread:
            return ""
        return f" (catatan: {len(unread)} berkas tidak dapat dibaca: {', '.join(unread)})"


def is_government(name: str | None, sender: str | None) -> bool | None:
    """Whether an agency name or mail address shows a government agency; None if unknown."""
    domain = (sender or "").rpartition("@")[2].lower().strip("> ")
    if domain.endswith(".go.id"):
        return True
    if name and PRIVATE_NAME.search(name):
        return False
    if name and GOVERNMENT_NAME.search(name):
        return True
    if domain:
        return False
    return None


def expected_office(fields: dict[str, Any]) -> str | None:
    """The BPS office code an activity's coverage belongs to; None when unknown.

    One kabupaten/kota → that office; several in one province → the province; several
    provinces or all Indonesia → BPS RI ("0000").
    """
    if fields.get("cakupan_wilayah") == "seluruh_indonesia":
        return BPS_RI
    codes = [str(code) for code in fields.get("wilayah") or []]
    if not codes:
        return None
    provinces = {code[:2] for code in codes}
    if len(provinces) > 1:
        return BPS_RI
    if len(codes) == 1:
        return codes[0]
    return provinces.pop()


def office_label(code: str) -> str:
    """How a finding names an office: "BPS Kota Banjarmasin", "BPS Provinsi Jawa Barat"."""
    if code == BPS_RI:
        return "BPS RI (Direktur Diseminasi Statistik)"
    name = region_name(code) or code
    return f"BPS {name}"


def _words(text: str) -> list[str]:
    text = re.sub(r"\bkab\.?(?=\s)", "kabupaten ", text.lower())
    text = re.sub(r"\bprov\.?(?=\s)", "provinsi ", text)
    return re.findall(r"[a-z0-9]+", text)


def names_office(kepada: str, code: str, office: Office) -> bool:
    """Whether the addressee names the office ``code`` (or the way it asks to be addressed)."""
    words = _words(kepada)
    text = " ".join(words)
    if code == office.code:
        addressed = " ".join(_words(office.addressed_to.split(",")[0]))
        if addressed and addressed in text:
            return True
    if code == BPS_RI:
        return any(w in text for w in ("badan pusat statistik", "diseminasi", "bps ri"))
    name = " ".join(_words(region_name(code) or ""))
    return bool(name) and name in text and ("bps" in words or "statistik" in words)


def _all_found(needles: Sequence[str], haystack: Sequence[str]) -> bool:
    return all(
        word in haystack or any(fuzz.ratio(word, other) >= 85 for other in haystack)
        for word in needles
    )


def same_agency(a: str, b: str) -> bool:
    """Whether every word of one agency name is found (allowing a typo) in the other.

    Whole-string similarity is not enough: "Dinas Pendidikan Kabupaten X" and "Dinas
    Kesehatan Kabupaten X" share most of their words but are different agencies.
    """
    words_a, words_b = _words(a), _words(b)
    return bool(words_a and words_b) and (
        _all_found(words_a, words_b) or _all_found(words_b, words_a)
    )


# ------------------------------------------------------------------------ rules

_REASON_BERKAS = (
    f"Pemberitahuan kegiatan statistik sektoral disampaikan dengan surat pengantar dan "
    f"formulir pemberitahuan ({UU})."
)


@rule("CASE-DOK-01", forms=CASE, reason=_REASON_BERKAS)
def ada_surat_pengantar(ctx: CaseContext) -> Iterator[Hit]:
    """A cover letter is present."""
    if ctx.cover_letter is None:
        yield Hit(
            None, "Surat pengantar dari instansi tidak dilampirkan." + ctx.unread_note(), item=ITEM
        )


@rule("CASE-DOK-02", forms=CASE, reason=_REASON_BERKAS)
def ada_formulir(ctx: CaseContext) -> Iterator[Hit]:
    """One FS3 or FP-KPA is present."""
    if ctx.main_form is None:
        yield Hit(
            None,
            "Formulir pemberitahuan (FS3 atau FP-KPA) tidak dilampirkan." + ctx.unread_note(),
            item=ITEM,
        )


@rule(
    "CASE-DOK-03",
    forms=CASE,
    reason="Kuesioner diperlukan untuk memeriksa variabel dan konsep survei.",
)
def ada_kuesioner(ctx: CaseContext) -> Iterator[Hit]:
    """An FS3 comes with its questionnaire."""
    if ctx.first("fs3") is not None and ctx.first("kuesioner") is None:
        yield Hit(
            None,
            "Kuesioner survei tidak dilampirkan bersama formulir FS3." + ctx.unread_note(),
            item=ITEM,
        )


@rule(
    "CASE-PEMOHON-01",
    forms=CASE,
    reason=f"Rekomendasi diberikan untuk kegiatan statistik sektoral instansi pemerintah ({UU}).",
)
def pemohon_pemerintah(ctx: CaseContext) -> Iterator[Hit]:
    """The sender is a government agency (an error where the office requires it)."""
    letter, form = ctx.cover_letter, ctx.main_form
    name = (letter.fields.get("instansi") if letter else None) or (
        form.fields.get("penyelenggara.instansi") if form else None
    )
    if is_government(name, ctx.sender) is False:
        who = name or ctx.sender
        suffix = f" dari alamat {ctx.sender}" if ctx.sender and who != ctx.sender else ""
        required = ctx.office.requires_government_applicant
        yield Hit(
            None,
            f"Pemohon ({who}{suffix}) bukan instansi pemerintah"
            + (f"; {ctx.office.name} hanya melayani instansi pemerintah." if required else "."),
            who,
            severity="error" if required else "warning",
            item="Surat pengantar",
        )


@rule(
    "CASE-KANTOR-01",
    forms=CASE,
    reason="Rekomendasi diberikan oleh BPS sesuai cakupan wilayah kegiatan: satu "
    "kabupaten/kota oleh BPS Kabupaten/Kota, beberapa kabupaten/kota dalam satu provinsi oleh "
    "BPS Provinsi, lintas provinsi oleh BPS RI.",
)
def kantor_tujuan(ctx: CaseContext) -> Iterator[Hit]:
    """The activity goes to the office its coverage belongs to, and the letter says so."""
    form = ctx.main_form
    code = expected_office(form.fields) if form else None
    if code is None:
        return
    right = office_label(code)
    if code != ctx.office.code:
        yield Hit(
            None,
            f"Kegiatan ini seharusnya diajukan ke {right} sesuai cakupan wilayahnya, bukan ke "
            f"{ctx.office.name}.",
            code,
            item="Blok V R.5.3",
        )
        return
    letter = ctx.cover_letter
    kepada = str(letter.fields.get("kepada") or "") if letter else ""
    if kepada and not names_office(kepada, code, ctx.office):
        yield Hit(
            "kepada",
            f'Surat pengantar ditujukan kepada "{kepada}"; seharusnya diajukan ke {right} '
            f"({ctx.office.addressed_to}).",
            kepada,
            item="Surat pengantar",
        )


@rule(
    "CASE-INSTANSI-01",
    forms=CASE,
    reason="Surat pengantar harus dari instansi penyelenggara kegiatan.",
)
def instansi_sama(ctx: CaseContext) -> Iterator[Hit]:
    """The cover letter's agency is the form's organiser (fuzzy)."""
    letter, form = ctx.cover_letter, ctx.main_form
    if not letter or not form:
        return
    a = letter.fields.get("instansi")
    b = form.fields.get("penyelenggara.instansi")
    if a and b and not same_agency(str(a), str(b)):
        yield Hit(
            "instansi",
            f"Instansi pengirim surat ({a}) berbeda dengan instansi penyelenggara pada "
            f"formulir ({b}).",
            a,
            item="Surat pengantar",
        )


@rule(
    "CASE-DUPLIKAT-01",
    forms=CASE,
    reason="Pemeriksaan mencegah duplikasi kegiatan statistik (PP 51/1999 pasal 26).",
)
def bukan_duplikat(ctx: CaseContext) -> Iterator[Hit]:
    """The agency has no recommendation yet for a near-identical activity that year."""
    form = ctx.main_form
    if ctx.registry is None or form is None:
        return
    instansi = form.fields.get("penyelenggara.instansi")
    judul = form.fields.get("judul")
    tahun = form.fields.get("tahun")
    if not (instansi and judul and isinstance(tahun, int)):
        return
    for match in ctx.registry(instansi=instansi, judul=judul, tahun=tahun)[:1]:
        nomor = getattr(match, "nomor_surat", None)
        other = getattr(match, "judul", None) or judul
        yield Hit(
            "judul",
            f'{instansi} sudah memperoleh rekomendasi untuk kegiatan "{other}" tahun {tahun}'
            + (f" (nomor {nomor})" if nomor else "")
            + "; kegiatan ini tampak sama.",
            judul,
            item="Sampul",
        )
