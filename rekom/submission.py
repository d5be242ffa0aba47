"""One submission examined as a whole: what ``rekom check --case``, ``rekom draft`` and the
main job share.

A submission (a folder, an ``.eml``, a case JSON) is loaded by :mod:`intake.case`
(documents go through extraction), each document is examined with its own form's
rules, then the case rules run over all of them with the registry of earlier
recommendations for the duplicate check. The office is the one named on the command
line, else the one the submission was sent to (the inbox address of an e-mail, a
sample's ``office``), else this installation's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rekom.errors import ConfigError, RekomError
from rekom.settings import Settings

if TYPE_CHECKING:
    from intake.case import CaseInput
    from rekom.offices import Office
    from validators.examine import CaseResult, DocumentResult

log = logging.getLogger(__name__)

Lookup = Callable[..., list[Any]]


def office_for(settings: Settings, code: str | None) -> Office:
    """The office profile for ``code`` (default: the configured office), its rule
    overrides checked against the rule table."""
    from rekom.offices import get_office
    from validators.rules import RuleTable

    office = get_office(code or settings.office, [settings.offices_dir])
    try:
        RuleTable.bundled().for_office(office)
    except ValueError as exc:
        raise ConfigError(
            f"Profil kantor {office.code}: aturan tidak dikenal / unknown rule in [rules]: {exc}"
        ) from exc
    return office


def examine_documents(case_input: CaseInput, office: Office) -> list[DocumentResult]:
    """Each document of a loaded submission against its own form's rules; a document
    that could not be read at all keeps its error and gets no findings."""
    from validators.examine import DocumentResult, examine_document

    results = []
    for doc in case_input.documents:
        error = case_input.errors.get(doc.file)
        if error and not doc.fields:
            results.append(
                DocumentResult(doc.file, doc.form_type, "perlu_perbaikan", [], {}, error=error)
            )
            continue
        result = examine_document(
            doc.form_type,
            doc.fields,
            file=doc.file,
            office=office,
            pages=case_input.pages.get(doc.file),
        )
        result.error = error
        results.append(result)
    return results


@contextmanager
def registry_lookup(settings: Settings) -> Iterator[Lookup | None]:
    """``find_similar_activity`` bound to the configured database, or None (with a
    warning) when the database cannot be opened: the duplicate check is then skipped,
    the rest of the examination is not lost."""
    try:
        from store.db import Store
        from store.registry import find_similar_activity

        store = Store.from_settings(settings)
    except (RekomError, ImportError) as exc:
        log.warning("registry unavailable, duplicate check skipped: %s", exc)
        yield None
        return

    def lookup(**query: Any) -> list[Any]:
        with store.transaction(read_only=True) as session:
            return list(find_similar_activity(session, **query))

    try:
        yield lookup
    finally:
        store.close()


@dataclass
class Examined:
    """A submission after examination."""

    source: Path
    office: Office
    case_input: CaseInput
    documents: list[DocumentResult]
    result: CaseResult

    @property
    def errors(self) -> dict[str, str]:
        """Documents that could not be read (file -> message)."""
        return {d.file: d.error for d in self.documents if d.error}


def examine_submission(
    source: Path, settings: Settings, *, office_code: str | None = None, registry: bool = True
) -> Examined:
    """Load and examine one whole submission (documents, then the case rules)."""
    from intake.case import load_case
    from validators.examine import examine_case

    case_input = load_case(source)
    office = office_for(settings, office_code or case_input.office)
    documents = examine_documents(case_input, office)
    if registry:
        with registry_lookup(settings) as lookup:
            result = examine_case(
                documents,
                office=office,
                sender=case_input.sender,
                registry=lookup,
                file=str(source),
            )
    else:
        result = examine_case(
            documents, office=office, sender=case_input.sender, registry=None, file=str(source)
        )
    return Examined(source, office, case_input, documents, result)
