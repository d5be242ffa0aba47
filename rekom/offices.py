"""BPS office profiles: data, not code.

Each office is one TOML file named ``<code>.toml`` (the bundled ones in
``rekom/data/offices/``, more in ``Settings.offices_dir``; a file there with the
same code replaces the bundled one). The facts come from each office's published
service description (see ``source`` in every file).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from rekom.errors import ConfigError, OfficeNotFound

BUNDLED_DIR = Path(__file__).parent / "data" / "offices"

Level = Literal["pusat", "provinsi", "kabupaten", "kota"]


class Complaints(BaseModel):
    """Complaint channels published by the office (``Pengaduan Layanan``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    langsung: str | None = None
    website: list[str] = Field(default_factory=list)
    email: list[str] = Field(default_factory=list)
    telepon: list[str] = Field(default_factory=list)


class Signer(BaseModel):
    """Who signs the recommendation letter; the name and NIP are set by the office."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    jabatan: str
    nama: str | None = None
    nip: str | None = None


class RuleOverride(BaseModel):
    """An office's tuning of one validation rule (``[rules.FS3-R5-06]`` in its TOML)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    severity: Literal["error", "warning"] | None = None
    enabled: bool | None = None


class Office(BaseModel):
    """One BPS office that gives the statistical-activity recommendation service."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: BPS region code: 4 digits for a kabupaten/kota, 2 for a province, "0000" for BPS RI.
    code: str = Field(pattern=r"^(\d{2}|\d{4})$")
    level: Level
    name: str
    #: Region name as written in letters ("Kabupaten Bangka Tengah").
    wilayah: str
    province_code: str | None = Field(default=None, pattern=r"^\d{2}$")
    #: Five-digit work-unit code used in letter numbers; derived from the code when absent.
    work_unit: str = Field(default="", pattern=r"^(\d{5})?$")
    #: Archive classification in letter numbers (HM.310 and KS.200 are both seen).
    classification: str = "HM.310"
    address: str
    city: str
    phone: str | None = None
    email: str
    website: str | None = None
    signer: Signer
    #: Working days promised from the day a form is recorded complete.
    working_days: int = Field(gt=0)
    #: To whom an agency addresses its submission (seed 002: the provincial head).
    addressed_to: str
    #: Seed 003: the applicant must be a government agency running a sectoral activity.
    requires_government_applicant: bool = False
    sk_number: str | None = None
    complaints: Complaints = Complaints()
    #: Anything the profile could not take from its source, said plainly.
    notes: list[str] = Field(default_factory=list)
    source: str
    #: Per-rule overrides of the bundled rule table (validators/rules/rules.toml), by rule id.
    rules: dict[str, RuleOverride] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _derive_work_unit(self) -> Office:
        if not self.work_unit:
            derived = self.code + "0" if len(self.code) == 4 else self.code + "000"
            object.__setattr__(self, "work_unit", derived)
        return self

    @property
    def is_central(self) -> bool:
        return self.level == "pusat"


def _load_file(path: Path) -> Office:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        office = Office.model_validate(data)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"Profil kantor {path.name} tidak dapat dibaca / office profile unreadable: {exc}"
        ) from exc
    except ValidationError as exc:
        raise ConfigError(
            f"Profil kantor {path.name} tidak valid / office profile invalid",
            detail=str(exc),
        ) from exc
    if path.stem != office.code:
        raise ConfigError(
            f"Profil kantor {path.name} berisi kode {office.code}; nama berkas harus "
            f"{office.code}.toml / the file name must be the office code."
        )
    return office


def load_offices(extra_dirs: Iterable[Path | None] = ()) -> dict[str, Office]:
    """All office profiles by code; later folders override earlier ones."""
    offices: dict[str, Office] = {}
    for folder in (BUNDLED_DIR, *extra_dirs):
        if folder is None:
            continue
        if not folder.is_dir():
            raise ConfigError(f"Folder profil kantor {folder} tidak ada / offices dir missing.")
        for path in sorted(folder.glob("*.toml")):
            office = _load_file(path)
            offices[office.code] = office
    return offices


def get_office(code: str, extra_dirs: Iterable[Path | None] = ()) -> Office:
    offices = load_offices(extra_dirs)
    try:
        return offices[code]
    except KeyError:
        known = ", ".join(sorted(offices))
        raise OfficeNotFound(
            f"Kantor dengan kode {code} tidak dikenal / unknown office (dikenal: {known}). "
            "Tambahkan berkas <kode>.toml di folder profil kantor."
        ) from None
