"""The one error hierarchy of Rekom.

Expected outcomes ("not a form we know", "needs review", a model error in a
half-filled form) are returned as typed results, never raised. What is raised
here is a real fault: something the operator has to act on. Every error has a
stable ``code`` (documented in docs/errors.md, checked by a test) and a message
that tells the operator what to do, in Indonesian with the English after it.
"""

from __future__ import annotations


class RekomError(Exception):
    """Base of every error Rekom raises on purpose."""

    code: str = "REKOM-000"
    #: CLI exit status when this error ends a command.
    exit_status: int = 1

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        #: Extra text for the operator: a tool's stderr, the offending path.
        self.detail = detail

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        if self.detail:
            text += f"\n{self.detail}"
        return text


class ConfigError(RekomError):
    """The settings or an office profile are wrong; fix the configuration."""

    code = "REKOM-CONFIG"
    exit_status = 2


class OfficeNotFound(ConfigError):
    """An office code that no profile defines."""

    code = "REKOM-OFFICE"


class InputError(RekomError):
    """A file given on the command line cannot be read as what it should be."""

    code = "REKOM-INPUT"
    exit_status = 2


class ToolError(RekomError):
    """An external program (tesseract, soffice) failed or is missing."""

    code = "REKOM-TOOL"


class ToolMissing(ToolError):
    """An external program is not installed."""

    code = "REKOM-TOOL-MISSING"


class ToolTimeout(ToolError):
    """An external program did not finish within its time limit."""

    code = "REKOM-TOOL-TIMEOUT"


def all_error_classes() -> list[type[RekomError]]:
    """Every error class, base first; used by the docs test."""
    found: list[type[RekomError]] = []
    pending: list[type[RekomError]] = [RekomError]
    while pending:
        cls = pending.pop(0)
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found
