"""Flat dotted field sets ↔ form models.

Extraction and ``rekom extract --json`` speak in flat dotted keys
(``"jadwal.lapangan.mulai": {"value": ..., "confidence": ..., "page": ...}``);
rules and letters want typed models. :func:`parse_fields` goes one way and
keeps the evidence by key; :func:`to_flat` goes back to the FORMS.md value
forms. A value the model refuses is left out of the model and reported as an
:class:`Issue`; it never stops the rest of the form from loading.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from pydantic import BaseModel, ValidationError

from validators.messages import render
from validators.models import FORM_MODELS, Bagian
from validators.normalise import is_empty
from validators.spec import FIELD_SPECS, FieldSpec

#: Re-validation rounds after dropping refused values; one is enough in practice
#: (dropping a value cannot make another one invalid), the rest is a safety margin.
_MAX_ROUNDS: Final = 5


class UnknownFormType(ValueError):
    """``parse_fields`` was given a form type that has no model."""

    def __init__(self, form_type: str) -> None:
        self.form_type = form_type
        known = ", ".join(sorted(FORM_MODELS))
        super().__init__(
            f"Jenis formulir {form_type!r} tidak dikenal (yang dikenal: {known}) / "
            f"unknown form type {form_type!r} (known: {known})"
        )


@dataclass(frozen=True)
class Evidence:
    """Where an extracted value was read: the extraction output of one key."""

    value: Any
    confidence: float | None = None
    #: 1-based page.
    page: int | None = None
    #: [x0, y0, x1, y1] in PDF points from the top-left of the page.
    bbox: tuple[float, ...] | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Evidence:
        bbox = data.get("bbox")
        page = data.get("page")
        confidence = data.get("confidence")
        return cls(
            value=data.get("value"),
            confidence=float(confidence) if isinstance(confidence, int | float) else None,
            page=page if isinstance(page, int) and not isinstance(page, bool) else None,
            bbox=tuple(bbox) if isinstance(bbox, list | tuple) else None,
        )


@dataclass(frozen=True)
class Issue:
    """A value the form model refused, shaped like a pydantic error."""

    #: FORMS.md dotted key the value belongs to ("variabel" for a bad variable).
    field: str
    #: Stable error type: one of validators.messages.MESSAGES.
    type: str
    #: The value as given.
    input: Any
    #: Bahasa Indonesia, naming the block and item.
    message_id: str
    message_en: str
    #: 1-based page of the evidence, when known.
    page: int | None = None
    #: Full location when deeper than the key ("variabel.2.nama").
    loc: str = ""
    #: Block and item the key is printed in ("Blok I R.1.2"), when known.
    item: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form, for ``--json`` output and the store."""
        return {
            "field": self.field,
            "type": self.type,
            "input": _json_ready(self.input),
            "message_id": self.message_id,
            "message_en": self.message_en,
            "page": self.page,
            "loc": self.loc or self.field,
            "item": self.item,
        }


@dataclass(frozen=True)
class FieldSetResult:
    """What :func:`parse_fields` makes of one field set."""

    form_type: str
    #: The model built from every value that is valid.
    model: Bagian
    issues: list[Issue] = field(default_factory=list)
    #: Extraction evidence by dotted key (only keys given as evidence objects).
    evidence: dict[str, Evidence] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def fields(self) -> dict[str, Any]:
        """The valid values as flat dotted keys in value form."""
        return to_flat(self.model)

    def issues_for(self, key: str) -> list[Issue]:
        """Issues of one dotted key."""
        return [issue for issue in self.issues if issue.field == key]


class _Group(dict[str, Any]):
    """A dict made from dotted keys, as opposed to a dict given as a value."""


_DROP: Final = object()


def parse_fields(form_type: str, fields: Mapping[str, Any]) -> FieldSetResult:
    """Build the form model from flat dotted fields (raw values or evidence objects).

    Raises :class:`UnknownFormType` (a ValueError) for a form type without a model.
    """
    model_cls = FORM_MODELS.get(form_type)
    if model_cls is None:
        raise UnknownFormType(form_type)
    if not isinstance(fields, Mapping):
        raise TypeError(f"fields must be a mapping of dotted keys, not {type(fields).__name__}")
    values: dict[str, Any] = {}
    evidence: dict[str, Evidence] = {}
    for key, raw in fields.items():
        _explode(str(key), raw, values, evidence)
    specs = FIELD_SPECS[form_type]
    issues: list[Issue] = []
    data = _unflatten(values, issues, specs, evidence)
    for _ in range(_MAX_ROUNDS):
        try:
            model = model_cls.model_validate(data)
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
            issues.extend(_issue(err, specs, evidence) for err in errors)
            if not _drop(data, [tuple(err["loc"]) for err in errors]):
                raise
            continue
        return FieldSetResult(form_type, model, issues, evidence)
    raise RuntimeError(f"{form_type}: field set did not settle after dropping refused values")


def to_flat(model: BaseModel) -> dict[str, Any]:
    """Flat dotted keys in FORMS.md value forms; empty fields are absent (never null or "")."""
    return flatten(model.model_dump(mode="json", exclude_none=True))


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested mappings → dotted keys, dropping empty values; lists are kept as values."""
    out: dict[str, Any] = {}
    for name, value in data.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            out.update(flatten(value, f"{key}."))
        elif isinstance(value, list):
            items = [_clean_item(item) for item in value]
            items = [item for item in items if not _blank(item)]
            if items:
                out[key] = items
        elif not _blank(value):
            out[key] = value
    return out


def _clean_item(item: Any) -> Any:
    if isinstance(item, Mapping):
        return {k: v for k, v in item.items() if not _blank(v)}
    return item


def _blank(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or (isinstance(value, list | dict) and not value)


def _explode(key: str, raw: Any, values: dict[str, Any], evidence: dict[str, Evidence]) -> None:
    """One input entry → flat values; an object with "value" is evidence, others nest."""
    if isinstance(raw, Mapping):
        if "value" in raw:
            found = Evidence.from_mapping(raw)
            evidence[key] = found
            if not is_empty(found.value):
                values[key] = found.value
            return
        for name, sub in raw.items():
            _explode(f"{key}.{name}", sub, values, evidence)
        return
    if not is_empty(raw):
        values[key] = raw


def _unflatten(
    values: Mapping[str, Any],
    issues: list[Issue],
    specs: Mapping[str, FieldSpec],
    evidence: Mapping[str, Evidence],
) -> _Group:
    """Dotted keys → nested groups; a value clashing with a deeper key is reported."""
    tree = _Group()
    # Deeper keys first, so that a clash always reports the shallower value.
    for key in sorted(values, key=lambda k: -k.count(".")):
        parts = key.split(".")
        node: _Group | None = tree
        for part in parts[:-1]:
            assert node is not None
            child = node.get(part)
            if child is None:
                child = node[part] = _Group()
            if not isinstance(child, _Group):
                node = None
                break
            node = child
        if node is None or isinstance(node.get(parts[-1]), _Group):
            issues.append(_clash_issue(key, values[key], specs, evidence))
            continue
        node[parts[-1]] = values[key]
    return _lists_from_numbered(tree)


def _lists_from_numbered(node: Any) -> Any:
    """``variabel.0.nama`` keys make a group {"0": ...}; models want a list."""
    if not isinstance(node, _Group):
        return node
    for name, child in list(node.items()):
        node[name] = _lists_from_numbered(child)
    if node and all(name.isdigit() for name in node):
        return [node[name] for name in sorted(node, key=int)]
    return node


def _drop(data: Any, locations: Iterable[tuple[Any, ...]]) -> bool:
    """Mark the refused values and remove them; False if nothing could be removed."""
    marked = False
    for loc in locations:
        parent: Any = None
        step: Any = None
        node = data
        for part in loc:
            # pydantic locations follow the normalised value; a string set or a
            # digit-keyed group has no such index in the raw data, so stop there.
            in_dict = isinstance(node, dict) and part in node
            in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
            if not (in_dict or in_list):
                break
            parent, step, node = node, part, node[part]
        if parent is not None:
            parent[step] = _DROP
            marked = True
    _purge(data)
    return marked


def _purge(node: Any) -> None:
    if isinstance(node, dict):
        for name in [name for name, value in node.items() if value is _DROP]:
            del node[name]
        for value in node.values():
            _purge(value)
    elif isinstance(node, list):
        node[:] = [value for value in node if value is not _DROP]
        for value in node:
            _purge(value)


def _field_of(loc: tuple[Any, ...], specs: Mapping[str, FieldSpec]) -> str:
    """The FORMS.md key a location belongs to: its longest prefix that is a key."""
    parts = [str(part) for part in loc]
    for end in range(len(parts), 0, -1):
        key = ".".join(parts[:end])
        if key in specs:
            return key
    return ".".join(parts)


def _page_of(key: str, loc: str, evidence: Mapping[str, Evidence]) -> int | None:
    for candidate in (loc, key):
        found = evidence.get(candidate)
        if found is not None and found.page is not None:
            return found.page
    # A group refused as a whole: the first page among its keys.
    pages = [ev.page for name, ev in evidence.items() if name.startswith(f"{key}.") and ev.page]
    return min(pages) if pages else None


def _with_item(
    spec: FieldSpec | None, key: str, message_id: str, message_en: str
) -> tuple[str, str]:
    if spec is None:
        return f"{key}: {message_id}", f"{key}: {message_en}"
    return (
        f"{spec.item}, {spec.label}: {message_id}",
        f"{spec.item} ({spec.key}): {message_en}",
    )


def _issue(
    error: Mapping[str, Any], specs: Mapping[str, FieldSpec], evidence: Mapping[str, Evidence]
) -> Issue:
    loc = tuple(error["loc"])
    key = _field_of(loc, specs)
    ctx = dict(error.get("ctx") or {})
    if "message_id" in ctx:
        message_id, message_en = str(ctx["message_id"]), str(ctx["message_en"])
    else:
        message_id, message_en = render(error["type"], input=error.get("input"), ctx=ctx)
    spec = specs.get(key)
    message_id, message_en = _with_item(spec, key, message_id, message_en)
    dotted = ".".join(str(part) for part in loc)
    return Issue(
        field=key,
        type=str(error["type"]),
        input=error.get("input"),
        message_id=message_id,
        message_en=message_en,
        page=_page_of(key, dotted, evidence),
        loc=dotted if dotted != key else "",
        item=spec.item if spec else None,
    )


def _clash_issue(
    key: str, value: Any, specs: Mapping[str, FieldSpec], evidence: Mapping[str, Evidence]
) -> Issue:
    message = render("kunci_bentrok", input=value)
    spec = specs.get(key)
    message_id, message_en = _with_item(spec, key, message.id, message.en)
    return Issue(
        field=key,
        type="kunci_bentrok",
        input=value,
        message_id=message_id,
        message_en=message_en,
        page=_page_of(key, key, evidence),
        item=spec.item if spec else None,
    )


def _json_ready(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_json_ready(v) for v in value]
    return str(value)
