"""The rules of one document (FS3, FP-KPA, cover letter), from FORMS.md.

Each rule is a small function of a :class:`DocContext` yielding :class:`Hit`s;
the engine (:mod:`validators.examine`) adds the item, page, severity and reason.
Values here are the valid FORMS.md value forms only: a value the form model
refused is reported once, by the ``*-NILAI-01`` rule, and is otherwise absent.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from rekom.wilayah import region_name
from validators.rules import Hit, rule
from validators.spec import FIELD_SPECS, FieldSpec

FS3: Final = "fs3"
FPKPA: Final = "fp-kpa"
SP: Final = "surat_pengantar"
FORMS: Final = (FS3, FPKPA)

UU: Final = "UU 16/1997 tentang Statistik, PP 51/1999 pasal 26, Perpres 39/2019"
REASON_REQUIRED: Final = (
    f"Isian wajib formulir pemberitahuan kegiatan statistik sektoral ({UU}); tanpa isian ini "
    "rancangan kegiatan tidak dapat diperiksa."
)
REASON_CONSISTENT: Final = "Isian yang saling bertentangan membuat rancangan kegiatan tidak jelas."

PROBABILITAS: Final = frozenset({"srs", "sistematik", "stratifikasi", "klaster", "pps"})
NONPROBABILITAS: Final = frozenset({"kuota", "aksidental", "purposive", "snowball", "saturasi"})
BLOCK_VI: Final = (
    "rancangan_sampel",
    "kerangka_sampel",
    "fraksi_sampel",
    "unit_sampel",
    "jumlah_sampel",
    "sampling_error",
    "responden",
)
AREA_LEVELS: Final = frozenset({"nasional", "provinsi", "kabupaten_kota", "kecamatan"})
STAGES: Final = {
    FS3: ("perencanaan", "lapangan", "pengolahan", "analisis", "diseminasi"),
    FPKPA: ("perencanaan", "pengumpulan", "pengolahan", "analisis", "diseminasi"),
}
#: Fewer words than this in a purpose does not state an objective.
MIN_TUJUAN_WORDS: Final = 3
#: Required columns of FIELD_SPECS that are conditional and checked by their own rule.
_UNCONDITIONAL = re.compile(r"^(yes$|yes;|yes, at least|at least one)")


@dataclass
class DocContext:
    """What a document rule looks at."""

    form_type: str
    #: Valid values, flat FORMS.md keys.
    fields: Mapping[str, Any]
    #: Keys whose value the form model refused (already reported).
    refused: frozenset[str] = frozenset()
    #: Model issues (validators.fieldset.Issue) of this document.
    issues: list[Any] = field(default_factory=list)

    def spec(self, key: str) -> FieldSpec | None:
        return FIELD_SPECS.get(self.form_type, {}).get(key)

    def label(self, key: str) -> str:
        spec = self.spec(key)
        return spec.label if spec else key

    def has(self, key: str) -> bool:
        return key in self.fields

    def get(self, key: str) -> Any:
        return self.fields.get(key)

    def present(self, key: str) -> bool:
        """Given at all (valid, or refused by the model)."""
        return key in self.fields or key in self.refused


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _missing(ctx: DocContext, key: str, why: str = "") -> Hit:
    return Hit(key, f"{ctx.label(key)} belum diisi{why}.")


# --------------------------------------------------------------------- any form


def model_issues(ctx: DocContext) -> Iterator[Hit]:
    """Values the form model refuses (dates, e-mail, phone, codes, region names)."""
    for issue in ctx.issues:
        if ctx.form_type == SP and issue.field == "penandatangan.nip":
            continue  # SP-NIP-01 reports the NIP, as a warning
        yield Hit(issue.field, f"{issue.message_id}", issue.input)


def required(ctx: DocContext) -> Iterator[Hit]:
    """Every key FORMS.md requires unconditionally is filled."""
    for key, spec in FIELD_SPECS[ctx.form_type].items():
        if _UNCONDITIONAL.match(spec.required) and not ctx.present(key):
            yield _missing(ctx, key)


for _prefix, _form in (("FS3", FS3), ("FPKPA", FPKPA), ("SP", SP)):
    rule(
        f"{_prefix}-NILAI-01",
        forms=(_form,),
        reason="Nilai isian harus dapat dibaca dalam bentuk baku (tanggal, surel, telepon, kode).",
    )(model_issues)
    rule(f"{_prefix}-WAJIB-01", forms=(_form,), reason=REASON_REQUIRED)(required)


# ------------------------------------------------------------ FS3 and FP-KPA


_DAERAH = re.compile(r"\b(kabupaten|kab\.?|kota)\b", re.IGNORECASE)


@rule("FS3-R1-02", forms=(FS3,), reason=REASON_REQUIRED)
@rule("FPKPA-B1-02", forms=(FPKPA,), reason=REASON_REQUIRED)
def kabupaten_kota_required(ctx: DocContext) -> Iterator[Hit]:
    """A kabupaten/kota organiser gives its kabupaten/kota; a province or central body need not."""
    key = "penyelenggara.kabupaten_kota"
    instansi = str(ctx.get("penyelenggara.instansi") or "")
    if not ctx.present(key) and _DAERAH.search(instansi):
        yield _missing(ctx, key, " (penyelenggara adalah instansi kabupaten/kota)")


@rule("FS3-R1-03", forms=(FS3,), reason=REASON_CONSISTENT)
@rule("FPKPA-B1-03", forms=(FPKPA,), reason=REASON_CONSISTENT)
def kabupaten_kota_in_provinsi(ctx: DocContext) -> Iterator[Hit]:
    """The organiser's kabupaten/kota lies in the province it gives."""
    kab = str(ctx.get("penyelenggara.kabupaten_kota") or "")
    prov = str(ctx.get("penyelenggara.provinsi") or "")
    if len(kab) == 4 and len(prov) == 2 and not kab.startswith(prov):
        kab_name = region_name(kab) or kab
        prov_name = region_name(prov) or prov
        right = region_name(kab[:2]) or kab[:2]
        yield Hit(
            "penyelenggara.kabupaten_kota",
            f"{ctx.label('penyelenggara.kabupaten_kota')} ({kab_name}) tidak terletak di "
            f"{prov_name}, melainkan di {right}; periksa kembali kabupaten/kota dan provinsi "
            "instansi penyelenggara.",
            kab,
        )


@rule("FS3-R3-02", forms=(FS3,), reason=REASON_CONSISTENT)
@rule("FPKPA-B5-02", forms=(FPKPA,), reason=REASON_CONSISTENT)
def frekuensi_conditional(ctx: DocContext) -> Iterator[Hit]:
    """Frekuensi is required for a repeated activity and absent for a one-off."""
    pelaksanaan = ctx.get("pelaksanaan")
    if pelaksanaan == "berulang" and not ctx.present("frekuensi"):
        yield _missing(ctx, "frekuensi", " padahal kegiatan dilaksanakan berulang")
    elif pelaksanaan == "sekali" and ctx.has("frekuensi"):
        yield Hit(
            "frekuensi",
            f"{ctx.label('frekuensi')} diisi ({ctx.get('frekuensi')}) padahal kegiatan "
            "dilaksanakan sekali; kosongkan isian ini.",
            ctx.get("frekuensi"),
        )


@rule("FS3-R5-03", forms=(FS3,), reason=REASON_CONSISTENT)
@rule("FPKPA-B5-03", forms=(FPKPA,), reason=REASON_CONSISTENT)
def wilayah_conditional(ctx: DocContext) -> Iterator[Hit]:
    """Wilayah is listed when coverage is partial and absent when it is all Indonesia."""
    cakupan = ctx.get("cakupan_wilayah")
    if cakupan == "sebagian" and not ctx.present("wilayah"):
        yield _missing(ctx, "wilayah", " padahal cakupan wilayah sebagian")
    elif cakupan == "seluruh_indonesia" and ctx.has("wilayah"):
        yield Hit(
            "wilayah",
            f"{ctx.label('wilayah')} diisi padahal cakupan wilayah seluruh Indonesia.",
            ctx.get("wilayah"),
        )


@rule(
    "FS3-R4-01",
    forms=(FS3,),
    reason="Tujuan kegiatan harus menyatakan apa yang ingin diketahui dan untuk apa hasilnya "
    "digunakan; satu-dua kata tidak dapat dinilai.",
)
@rule(
    "FPKPA-B3-01",
    forms=(FPKPA,),
    reason="Tujuan dan kegunaan kegiatan harus dapat dinilai.",
)
def tujuan_meaningful(ctx: DocContext) -> Iterator[Hit]:
    """A purpose of one or two words is not an objective."""
    tujuan = ctx.get("tujuan")
    if isinstance(tujuan, str) and len(tujuan.split()) < MIN_TUJUAN_WORDS:
        yield Hit(
            "tujuan",
            f'{ctx.label("tujuan")} "{tujuan}" terlalu singkat untuk menyatakan tujuan; '
            "jelaskan apa yang ingin diketahui dan kegunaan hasilnya.",
            tujuan,
        )


@rule(
    "FS3-R5-11",
    forms=(FS3,),
    reason="Setiap supervisor mengawasi sedikitnya satu pengumpul data.",
)
@rule(
    "FPKPA-B6-11",
    forms=(FPKPA,),
    reason="Setiap supervisor mengawasi sedikitnya satu pengumpul data.",
)
def petugas_counts(ctx: DocContext) -> Iterator[Hit]:
    """At least one enumerator; no more supervisors than enumerators."""
    enumerator = ctx.get("jumlah_enumerator")
    supervisor = ctx.get("jumlah_supervisor")
    if isinstance(enumerator, int) and enumerator < 1:
        yield Hit(
            "jumlah_enumerator",
            f"{ctx.label('jumlah_enumerator')} harus sedikitnya 1.",
            enumerator,
        )
    if isinstance(enumerator, int) and isinstance(supervisor, int) and supervisor > enumerator:
        yield Hit(
            "jumlah_supervisor",
            f"Jumlah supervisor ({supervisor}) lebih banyak daripada jumlah pengumpul data "
            f"({enumerator}).",
            supervisor,
        )


def _stage_dates(ctx: DocContext) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [
        (
            stage,
            _date(ctx.get(f"jadwal.{stage}.mulai")),
            _date(ctx.get(f"jadwal.{stage}.selesai")),
        )
        for stage in STAGES[ctx.form_type]
    ]


_REASON_JADWAL = "Jadwal yang tidak runtut tidak dapat dilaksanakan."


@rule("FS3-R7-05", forms=(FS3,), reason=_REASON_JADWAL)
@rule("FPKPA-B3-02", forms=(FPKPA,), reason=_REASON_JADWAL)
def jadwal_mulai_selesai(ctx: DocContext) -> Iterator[Hit]:
    """Each stage ends on or after the day it starts."""
    for stage, mulai, selesai in _stage_dates(ctx):
        if mulai and selesai and selesai < mulai:
            key = f"jadwal.{stage}.selesai"
            yield Hit(
                key,
                f"{ctx.label(key)} ({selesai.isoformat()}) sebelum tanggal mulainya "
                f"({mulai.isoformat()}).",
                selesai.isoformat(),
            )


@rule("FS3-R7-05B", forms=(FS3,), reason="Tahapan kegiatan lazimnya berurutan.")
@rule("FPKPA-B3-02B", forms=(FPKPA,), reason="Tahapan kegiatan lazimnya berurutan.")
def jadwal_urutan(ctx: DocContext) -> Iterator[Hit]:
    """A stage does not start before the previous stage starts (warning)."""
    dates = _stage_dates(ctx)
    for (before, before_mulai, _), (stage, mulai, _) in itertools.pairwise(dates):
        if before_mulai and mulai and mulai < before_mulai:
            key = f"jadwal.{stage}.mulai"
            yield Hit(
                key,
                f"{ctx.label(key)} ({mulai.isoformat()}) mendahului mulainya tahap {before} "
                f"({before_mulai.isoformat()}).",
                mulai.isoformat(),
            )


@rule("FS3-R7-05C", forms=(FS3,), reason="Tahun kegiatan harus sesuai dengan jadwalnya.")
@rule("FPKPA-B3-02C", forms=(FPKPA,), reason="Tahun kegiatan harus sesuai dengan jadwalnya.")
def jadwal_tahun(ctx: DocContext) -> Iterator[Hit]:
    """The schedule's years include ``tahun`` (warning)."""
    tahun = ctx.get("tahun")
    days = [d for _, mulai, selesai in _stage_dates(ctx) for d in (mulai, selesai) if d]
    if isinstance(tahun, int) and days:
        first, last = min(days).year, max(days).year
        if not first <= tahun <= last:
            span = str(first) if first == last else f"{first}-{last}"
            yield Hit(
                "tahun",
                f"Tahun kegiatan {tahun} tidak sesuai dengan jadwal kegiatan ({span}).",
                tahun,
            )


@rule("FS3-R7-06", forms=(FS3,), reason="Hasil baru dapat dirilis setelah analisis selesai.")
@rule("FPKPA-B7-06", forms=(FPKPA,), reason="Hasil baru dapat dirilis setelah analisis selesai.")
def rilis_setelah_analisis(ctx: DocContext) -> Iterator[Hit]:
    """tanggal_rilis is not before jadwal.analisis.selesai."""
    rilis = _date(ctx.get("tanggal_rilis"))
    analisis = _date(ctx.get("jadwal.analisis.selesai"))
    if rilis and analisis and rilis < analisis:
        yield Hit(
            "tanggal_rilis",
            f"Rencana rilis ({rilis.isoformat()}) sebelum analisis selesai "
            f"({analisis.isoformat()}).",
            rilis.isoformat(),
        )


@rule(
    "FS3-R7-04",
    forms=(FS3,),
    reason="Kegiatan statistik menghasilkan produk yang dapat dimanfaatkan (UU 16/1997).",
)
@rule(
    "FPKPA-B7-04",
    forms=(FPKPA,),
    reason="Kegiatan statistik menghasilkan produk yang dapat dimanfaatkan (UU 16/1997).",
)
def ada_produk(ctx: DocContext) -> Iterator[Hit]:
    """At least one product is ticked (warning)."""
    keys = [key for key in FIELD_SPECS[ctx.form_type] if key.startswith("produk.")]
    given = [key for key in keys if ctx.has(key)]
    if given and not any(ctx.get(key) is True for key in given):
        yield Hit(keys[0], "Tidak ada produk kegiatan yang dipilih.", False)


# ------------------------------------------------------------------ FS3 design


_REASON_SAMPEL = (
    "Metode pemilihan sampel menentukan apakah hasil dapat digeneralisasi ke populasi; "
    "teknik sampling harus sesuai dengan jenis metodenya."
)


@rule("FS3-R5-05", forms=(FS3,), reason=_REASON_SAMPEL)
def metode_sampel_conditional(ctx: DocContext) -> Iterator[Hit]:
    """A sample gives its sampling method and technique; a census does not."""
    cara = ctx.get("cara_pengumpulan")
    for key in ("metode_sampel", "metode_pemilihan"):
        if cara == "sampel" and not ctx.present(key):
            yield _missing(ctx, key, " padahal pengumpulan data dengan sampel")
        elif cara == "sensus" and ctx.has(key):
            yield Hit(
                key,
                f"{ctx.label(key)} diisi padahal pengumpulan data dengan sensus.",
                ctx.get(key),
            )


@rule("FS3-R5-06", forms=(FS3,), reason=_REASON_SAMPEL)
def metode_pemilihan_family(ctx: DocContext) -> Iterator[Hit]:
    """The selection technique belongs to the declared method's family."""
    metode = ctx.get("metode_sampel")
    teknik = ctx.get("metode_pemilihan")
    if metode == "probabilitas" and teknik in NONPROBABILITAS:
        yield Hit(
            "metode_pemilihan",
            f"metode pemilihan sampel '{teknik}' termasuk nonprobabilitas, padahal R.5.5 "
            "menyatakan probabilitas.",
            teknik,
        )
    elif metode == "nonprobabilitas" and teknik in PROBABILITAS:
        yield Hit(
            "metode_pemilihan",
            f"metode pemilihan sampel '{teknik}' termasuk probabilitas, padahal R.5.5 "
            "menyatakan nonprobabilitas.",
            teknik,
        )


@rule(
    "FS3-R6-01",
    forms=(FS3,),
    reason="Blok VI (rancangan sampel) menjelaskan desain sampel probabilitas; tanpa itu "
    "sampling error dan tingkat estimasi tidak dapat dinilai.",
)
def blok_vi(ctx: DocContext) -> Iterator[Hit]:
    """Block VI is complete for a probability sample and absent otherwise."""
    probabilitas = (
        ctx.get("cara_pengumpulan") == "sampel" and ctx.get("metode_sampel") == "probabilitas"
    )
    if probabilitas:
        for key in BLOCK_VI:
            if not ctx.present(key):
                yield _missing(ctx, key, " (wajib untuk sampel probabilitas)")
        return
    filled = [key for key in BLOCK_VI if ctx.has(key)]
    if filled and ctx.has("cara_pengumpulan"):
        # One finding for the block: the correction is to empty it, not item by item.
        yield Hit(
            filled[0],
            "Blok VI (rancangan sampel) diisi padahal hanya untuk sampel probabilitas; "
            "kosongkan blok ini.",
            {key: ctx.get(key) for key in filled},
        )


@rule(
    "FS3-R7-02",
    forms=(FS3,),
    reason="Sampel nonprobabilitas tidak dapat menghasilkan estimasi yang mewakili suatu wilayah.",
)
def estimasi_nonprobabilitas(ctx: DocContext) -> Iterator[Hit]:
    """A non-probability sample should not claim area-level estimates (warning)."""
    levels = ctx.get("tingkat_estimasi") or []
    if ctx.get("metode_sampel") == "nonprobabilitas" and AREA_LEVELS.intersection(levels):
        claimed = ", ".join(sorted(AREA_LEVELS.intersection(levels)))
        yield Hit(
            "tingkat_estimasi",
            f"sampel nonprobabilitas tidak dapat menghasilkan estimasi tingkat {claimed}.",
            levels,
        )


# ---------------------------------------------------------------- cover letter


def nip_problem(nip: str) -> str | None:
    """Why a NIP is not well-formed (18 digits, real birth date), or None."""
    if not re.fullmatch(r"\d{18}", nip):
        return f"NIP harus 18 angka (tertulis {sum(c.isdigit() for c in nip)} angka)"
    try:
        born = dt.date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return "delapan angka pertama NIP bukan tanggal lahir yang sah"
    if not 1940 <= born.year <= dt.date.today().year - 17:
        return "delapan angka pertama NIP bukan tanggal lahir yang masuk akal"
    if nip[14] not in "12":
        return "angka ke-15 NIP (jenis kelamin) harus 1 atau 2"
    return None


@rule(
    "SP-NIP-01",
    forms=(SP,),
    reason="NIP menunjukkan bahwa surat ditandatangani pejabat instansi pemerintah.",
)
def nip_penandatangan(ctx: DocContext) -> Iterator[Hit]:
    """The signer's NIP is given and well-formed (warning)."""
    key = "penandatangan.nip"
    refused = [issue for issue in ctx.issues if issue.field == key]
    if refused:
        yield Hit(key, f"NIP penandatangan tidak valid: {refused[0].message_id}", refused[0].input)
    elif not ctx.has(key):
        yield Hit(key, "NIP penandatangan tidak dicantumkan.")
    else:
        problem = nip_problem(str(ctx.get(key)))
        if problem:
            yield Hit(key, f"NIP penandatangan tidak valid: {problem}.", ctx.get(key))
