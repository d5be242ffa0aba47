"""Settings: defaults, environment, rekom.toml, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from rekom.errors import ConfigError
from rekom.settings import Settings, load_settings


def test_defaults_use_sqlite_in_the_data_directory() -> None:
    settings = load_settings()
    assert settings.data_dir == Path("var")
    assert settings.effective_database_url.startswith("sqlite:///")
    assert settings.effective_database_url.endswith("/var/rekom.db")
    assert settings.tesseract_lang == "ind"
    assert settings.effective_workers >= 1


def test_environment_variables_override_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REKOM_OFFICE", "6371")
    monkeypatch.setenv("REKOM_DATABASE_URL", "postgresql+psycopg://127.0.0.1/test")
    monkeypatch.setenv("REKOM_MAIL__IMAP_HOST", "127.0.0.1")
    settings = load_settings()
    assert settings.office == "6371"
    assert settings.effective_database_url == "postgresql+psycopg://127.0.0.1/test"
    assert settings.mail.imap_host == "127.0.0.1"


def test_rekom_toml_in_the_working_directory_is_read(tmp_path: Path) -> None:
    (tmp_path / "rekom.toml").write_text(
        'office = "7304"\nworkers = 3\n[mail]\nsmtp_host = "mail.example.go.id"\n',
        encoding="utf-8",
    )
    settings = load_settings()
    assert (settings.office, settings.workers) == ("7304", 3)
    assert settings.mail.smtp_host == "mail.example.go.id"


def test_environment_beats_the_toml_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "rekom.toml").write_text('office = "7304"\n', encoding="utf-8")
    monkeypatch.setenv("REKOM_OFFICE", "1906")
    assert load_settings().office == "1906"


def test_rekom_config_names_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "elsewhere.toml"
    config.write_text('tesseract_lang = "ind+eng"\n', encoding="utf-8")
    monkeypatch.setenv("REKOM_CONFIG", str(config))
    assert load_settings().tesseract_lang == "ind+eng"


def test_missing_named_config_file_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REKOM_CONFIG", "/nonexistent/rekom.toml")
    with pytest.raises(ConfigError, match="tidak ditemukan"):
        load_settings()


@pytest.mark.parametrize(
    ("name", "value"),
    [("REKOM_OFFICE", "Bangka"), ("REKOM_WORKERS", "0"), ("REKOM_TESSERACT_LANG", "fra")],
)
def test_invalid_values_are_reported_with_the_setting_name(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert name.removeprefix("REKOM_").lower() in str(info.value)


def test_unknown_key_in_toml_is_refused(tmp_path: Path) -> None:
    (tmp_path / "rekom.toml").write_text('ofice = "1904"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="ofice"):
        load_settings()


def test_settings_are_frozen() -> None:
    settings = Settings()
    with pytest.raises(Exception, match="frozen"):
        settings.office = "6371"  # type: ignore[misc]
