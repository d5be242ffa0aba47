"""The one settings model of Rekom.

Built once (by the CLI, the web app or a flow's entry point), frozen, and passed
down; stages never read ``os.environ`` themselves. Sources, strongest first:
keyword arguments, ``REKOM_*`` environment variables (nested with ``__``, e.g.
``REKOM_MAIL__IMAP_HOST``), a ``rekom.toml`` file (the path in ``REKOM_CONFIG``,
else ``./rekom.toml`` when it exists), and the defaults below.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from rekom.errors import ConfigError

CONFIG_ENV = "REKOM_CONFIG"
DEFAULT_CONFIG_FILE = Path("rekom.toml")


class MailSettings(BaseModel):
    """Office mailbox: IMAP for intake, SMTP for sending letters back."""

    model_config = ConfigDict(frozen=True)

    imap_host: str | None = None
    imap_port: int = 993
    imap_ssl: bool = True
    imap_user: str | None = None
    imap_password: SecretStr | None = None
    imap_folder: str = "INBOX"
    #: Folder a processed message is moved to; None leaves it in place (flagged seen).
    imap_done_folder: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_starttls: bool = True
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    #: Sender address of outgoing letters; the office e-mail when unset.
    from_address: str | None = None


class Settings(BaseSettings):
    """Everything a Rekom process may be configured with."""

    model_config = SettingsConfigDict(
        env_prefix="REKOM_",
        env_nested_delimiter="__",
        frozen=True,
        extra="forbid",
    )

    #: Where the database, stored documents and generated letters live.
    data_dir: Path = Path("var")
    #: SQLAlchemy URL; SQLite inside ``data_dir`` when unset.
    database_url: str | None = None
    #: BPS code of the office this installation serves (a file in the office profiles).
    office: str = "1904"
    #: Extra folder of office profiles (``<code>.toml``) beside the bundled ones.
    offices_dir: Path | None = None
    #: Tesseract languages, as given to ``tesseract -l``.
    tesseract_lang: Literal["ind", "ind+eng"] = "ind"
    #: Seconds one page may take in Tesseract before it is given up.
    ocr_page_timeout: float = Field(default=120.0, gt=0)
    #: Worker processes for OCR and batch runs; the machine's cores when unset.
    workers: int | None = Field(default=None, ge=1)
    #: Files larger than this are refused at intake, with a message, unread.
    max_file_bytes: int = Field(default=200 * 1024 * 1024, gt=0)
    mail: MailSettings = MailSettings()

    @field_validator("office")
    @classmethod
    def _office_code(cls, value: str) -> str:
        value = value.strip()
        if not (value.isdigit() and len(value) in (2, 4)) and value != "0000":
            raise ValueError("office must be a BPS region code of 2 or 4 digits (0000 for BPS RI)")
        return value

    @property
    def effective_database_url(self) -> str:
        """The database URL, defaulting to SQLite inside the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'rekom.db').resolve()}"

    @property
    def effective_workers(self) -> int:
        return self.workers or max(1, os.cpu_count() or 1)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        toml_path = _config_file()
        if toml_path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_path))
        return tuple(sources)


def _config_file() -> Path | None:
    # The one place that reads the environment to find the config file itself.
    named = os.environ.get(CONFIG_ENV)
    if named:
        path = Path(named)
        if not path.is_file():
            raise ConfigError(
                f"Berkas konfigurasi {path} tidak ditemukan / config file not found "
                f"(set by {CONFIG_ENV})."
            )
        return path
    return DEFAULT_CONFIG_FILE if DEFAULT_CONFIG_FILE.is_file() else None


def load_settings(**overrides: Any) -> Settings:
    """Build the settings once; errors become a ``ConfigError`` the CLI can show."""
    from pydantic import ValidationError

    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = [f"  {'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()]
        raise ConfigError(
            "Konfigurasi tidak valid / invalid configuration:\n" + "\n".join(lines)
        ) from exc
