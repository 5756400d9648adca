"""The JSON Schema of the readout record, generated from the model classes.

:func:`readout.to_json` writes, and :func:`readout.from_json` reads, one
record per readout. This module describes that record in JSON Schema
(draft 2020-12) so that programs in other languages can check and consume it.
The schema is built from the attrs classes of :mod:`readout.model` (one
definition per class, one property per field, the same names and order), with
the ranges and vocabularies of their validators; the package ships it as
``readout/data/readout.schema.json``, which the tests keep equal to
:func:`json_schema`.

The schema checks shapes, types, required keys, ranges and vocabularies. A few
rules that relate two values are left to :func:`readout.from_json`: a day that
exists in its month, a cue that occurs in its sentence, an initiator who is a
participant, distinct participant names, text without control characters.

>>> schema = json_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> sorted(schema["$defs"])
['Call', 'Dateline', 'Layout', 'Paragraph', 'PartialDate', 'Participant', 'Sentence']
>>> schema["$defs"]["Call"]["properties"]["kind"]["enum"]
['telephone', 'video', 'meeting']
"""

from __future__ import annotations

import enum
import json
import types
import typing
from importlib import resources
from typing import Any, Final

import attrs

from readout._text import END_MARKERS, SIGN_OFF, SLUG
from readout.model import (
    AGENCY_PATTERN,
    Call,
    Dateline,
    Layout,
    Paragraph,
    PartialDate,
    Participant,
    Readout,
    Sentence,
)

__all__ = ["SCHEMA_ID", "SCHEMA_RESOURCE", "json_schema", "schema_text", "shipped_schema_text"]

#: The schema's ``$id``: where the published schema lives.
SCHEMA_ID: Final = (
    "https://raw.githubusercontent.com/diplomatic-readout/readout/main/"
    "src/readout/data/readout.schema.json"
)
#: The name of the schema file in the package data (``readout/data/``).
SCHEMA_RESOURCE: Final = "readout.schema.json"

_DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"

# The classes of the record, each a definition in "$defs" (the root is Readout).
_CLASSES: Final = (Call, Dateline, Layout, Paragraph, PartialDate, Participant, Sentence)

# What a field's type cannot say: its meaning, ranges, vocabularies. Keyed by class and field.
_FIELDS: Final[dict[tuple[type, str], dict[str, Any]]] = {
    (Readout, "headline"): {
        "description": "The title line, when the text has one.",
        "minLength": 1,
    },
    (Readout, "header"): {
        "description": "Lines between the headline and the body (page dates, READOUT)."
    },
    (Readout, "dateline"): {
        "description": "The agency dateline; null for a government web readout."
    },
    (Readout, "call"): {
        "description": "The call the lead sentence names; null when none could be read."
    },
    (Readout, "paragraphs"): {"description": "The body, the lead paragraph first.", "minItems": 1},
    (Readout, "end_marker"): {
        "description": (
            "The closing marker as written ('(End)', '###', '--SPA', 'PTI ACB ZMN'), or null."
        ),
        "anyOf": [
            {"enum": [*sorted(END_MARKERS), None]},
            {"type": "string", "pattern": f"^(?:{SIGN_OFF.pattern})$"},
            {"type": "string", "pattern": f"^(?:{SLUG.pattern})$"},
        ],
    },
    (Readout, "layout"): {"description": "Layout only; left out when canonical."},
    (Dateline, "place"): {
        "description": "The place as written: 'Beijing', 'WASHINGTON'.",
        "minLength": 1,
    },
    (Dateline, "date"): {"description": "The date the dateline writes, if any."},
    (Dateline, "agency"): {
        "description": "The agency as written between brackets or slashes: 'ZXS', 'Xinhua'.",
        "pattern": f"^(?:{AGENCY_PATTERN.pattern})$",
    },
    (Dateline, "source"): {
        "description": "Layout: the dateline exactly as written, when not canonical."
    },
    (PartialDate, "year"): {
        "description": "The year, or null when the text writes none.",
        "minimum": 1,
        "maximum": 9999,
    },
    (PartialDate, "month"): {"description": "The month, 1 to 12.", "minimum": 1, "maximum": 12},
    (PartialDate, "day"): {"description": "The day of the month.", "minimum": 1, "maximum": 31},
    (Call, "kind"): {"description": "How the officials met."},
    (Call, "date"): {"description": "The date of the call when the text writes one."},
    (Call, "participants"): {
        "description": "The officials, in order of mention in the lead.",
        "minItems": 1,
    },
    (Call, "initiator"): {
        "description": "The participant who asked for the call, when the text says."
    },
    (Participant, "name"): {"description": "The name as first written in full.", "minLength": 1},
    (Participant, "title"): {"description": "The title written beside the name.", "minLength": 1},
    (Participant, "country"): {
        "description": "ISO 3166-1 alpha-2 code, e.g. 'CN'.",
        "pattern": "^[A-Z]{2}$",
    },
    (Paragraph, "sentences"): {"description": "The sentences in order.", "minItems": 1},
    (Paragraph, "separators"): {"description": "Layout: the white space between sentences."},
    (Sentence, "text"): {
        "description": "The exact words, each run of white space one space.",
        "minLength": 1,
    },
    (Sentence, "speaker"): {
        "description": "A participant, 'both' for joint statements, or null for narration."
    },
    (Sentence, "cue"): {
        "description": "The reporting phrase as written in the text: 'said that'.",
        "minLength": 1,
    },
    (Sentence, "source"): {
        "description": "Layout: the sentence as laid out, when it differs from text."
    },
    (Layout, "before"): {"description": "What precedes the first line."},
    (Layout, "header"): {"description": "The separator after the headline and each header line."},
    (Layout, "between"): {"description": "The separators between paragraphs."},
    (Layout, "before_end"): {"description": "What precedes the end marker."},
    (Layout, "after"): {"description": "What ends the text (by default one line break)."},
}


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the record :func:`readout.to_json` writes.

    >>> json_schema()["required"]
    ['headline', 'header', 'dateline', 'call', 'paragraphs', 'end_marker']
    """
    return {
        "$schema": _DRAFT,
        "$id": SCHEMA_ID,
        "title": "Readout",
        **_object_schema(Readout),
        "$defs": {cls.__name__: _object_schema(cls) for cls in _CLASSES},
    }


def schema_text() -> str:
    """Return :func:`json_schema` as JSON text, indented, the same bytes every time."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def shipped_schema_text() -> str:
    """Return the schema file shipped in the package data (equal to :func:`schema_text`)."""
    return resources.files("readout.data").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")


def _object_schema(cls: type) -> dict[str, Any]:
    """One class as a closed JSON object: its fields in order, the meaning fields required."""
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    properties = {f.name: _field_schema(cls, f.name, hints[f.name]) for f in fields}
    return {
        "type": "object",
        "description": _summary(cls),
        "properties": properties,
        "required": [] if cls is Layout else [f.name for f in fields if f.eq],
        "additionalProperties": False,
    }


def _summary(cls: type) -> str:
    """The first line of a class's docstring."""
    return (cls.__doc__ or cls.__name__).strip().splitlines()[0]


def _field_schema(cls: type, name: str, hint: Any) -> dict[str, Any]:
    extra = _FIELDS[(cls, name)]
    return {
        "description": extra["description"],
        **_type_schema(hint),
        **_without_description(extra),
    }


def _without_description(extra: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in extra.items() if k != "description"}


_SCALARS: Final[dict[Any, str]] = {str: "string", int: "integer", type(None): "null"}


def _type_schema(hint: Any) -> dict[str, Any]:
    """The JSON Schema of a field's type: scalars, enums, tuples, classes, unions of them."""
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        return _union_schema(typing.get_args(hint))
    if origin is tuple:
        (item,) = (a for a in typing.get_args(hint) if a is not Ellipsis)
        return {"type": "array", "items": _type_schema(item)}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"type": "string", "enum": [member.value for member in hint]}
    if attrs.has(hint):
        return {"$ref": f"#/$defs/{hint.__name__}"}
    return {"type": _SCALARS[hint]}


def _union_schema(members: tuple[Any, ...]) -> dict[str, Any]:
    """``str | None`` as ``{"type": ["string", "null"]}``; other unions as ``anyOf``."""
    if all(m in _SCALARS for m in members):
        return {"type": [_SCALARS[m] for m in members]}
    return {"anyOf": [_type_schema(m) for m in members]}
