"""Form models, value normalisers and (next) the validation rules of Rekom.

This is Rekom's own package; the PyPI distribution of the same name must never
be installed beside it (``tests/test_validators_import.py`` checks).

- :mod:`validators.models`: pydantic models of FS3, FP-KPA and the cover letter.
- :mod:`validators.normalise`: what a form writes → the FORMS.md value form.
- :mod:`validators.spec`: the FORMS.md key tables (type, item, required) as data.
- :mod:`validators.fieldset`: flat dotted field sets ↔ models, with issues.
- :mod:`validators.messages`: Indonesian and English messages of every error type.
"""

from validators.fieldset import (
    Evidence,
    FieldSetResult,
    Issue,
    UnknownFormType,
    parse_fields,
    to_flat,
)
from validators.messages import MESSAGES, Message
from validators.models import FORM_MODELS, FPKPA, FS3, SuratPengantar
from validators.normalise import InvalidValue
from validators.spec import FIELD_SPECS, FieldSpec, field_spec, flat_keys

__all__ = [
    "FIELD_SPECS",
    "FORM_MODELS",
    "FPKPA",
    "FS3",
    "MESSAGES",
    "Evidence",
    "FieldSetResult",
    "FieldSpec",
    "InvalidValue",
    "Issue",
    "Message",
    "SuratPengantar",
    "UnknownFormType",
    "field_spec",
    "flat_keys",
    "parse_fields",
    "to_flat",
]
