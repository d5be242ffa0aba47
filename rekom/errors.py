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


class ExtractError(InputError):
    """A document cannot be turned into pages and words; the message says why."""

    code = "REKOM-EXTRACT"


class EmptyDocument(ExtractError):
    """The file has no bytes."""

    code = "REKOM-EXTRACT-EMPTY"


class UnsupportedDocument(ExtractError):
    """Not a PDF, DOCX, TIFF, JPEG or PNG (judged by content, not by name)."""

    code = "REKOM-EXTRACT-UNSUPPORTED"


class CorruptDocument(ExtractError):
    """A PDF, image or DOCX that is damaged or truncated."""

    code = "REKOM-EXTRACT-CORRUPT"


class EncryptedDocument(ExtractError):
    """A PDF protected by a password that is not empty."""

    code = "REKOM-EXTRACT-ENCRYPTED"


class DocumentTooLarge(ExtractError):
    """The file, or what a DOCX unpacks to, is over the size limit."""

    code = "REKOM-EXTRACT-TOO-LARGE"


class ImageTooLarge(ExtractError):
    """An image or a page to render has more pixels than the limit."""

    code = "REKOM-EXTRACT-IMAGE-TOO-LARGE"


class TooManyPages(ExtractError):
    """A document with more pages than the limit."""

    code = "REKOM-EXTRACT-TOO-MANY-PAGES"


class StoreError(RekomError):
    """The application database cannot be reached or refused an operation."""

    code = "REKOM-STORE"


class StoreSchemaError(StoreError):
    """The database schema is at a revision this version of Rekom does not know."""

    code = "REKOM-STORE-SCHEMA"
    exit_status = 2


class LetterError(RekomError):
    """A letter cannot be made: its template is missing or cannot be rendered."""

    code = "REKOM-LETTER"


def all_error_classes() -> list[type[RekomError]]:
    """Every error class, base first; used by the docs test."""
    found: list[type[RekomError]] = []
    pending: list[type[RekomError]] = [RekomError]
    while pending:
        cls = pending.pop(0)
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found
