"""The JSON Schema of the record agrees with the classes and with ``from_json``, both ways."""

from __future__ import annotations

import copy
import json
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given

import readout
from readout import Layout, Readout
from readout.schema import json_schema, schema_text, shipped_schema_text
from readout.strategies import composed_readouts, readouts
from support import SEED, corpus_cases, read_text

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "data"
SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
# Readouts with a call and speakers, and every layout field: the seed and a web readout.
SAMPLES = {path.name: readout.parse(read_text(path)) for path in sorted(EXAMPLES.glob("*.txt"))}


def decodes(record: object) -> bool:
    """Whether readout itself accepts a record."""
    try:
        readout.from_json(json.dumps(record))
    except readout.DecodeError:
        return False
    return True


# --- the schema as shipped -----------------------------------------------------------


def test_the_shipped_file_is_the_generated_schema() -> None:
    """Regenerate with: readout schema -o src/readout/data/readout.schema.json"""
    assert shipped_schema_text() == schema_text()


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_schema_text_is_deterministic() -> None:
    assert schema_text() == schema_text()
    assert json.loads(schema_text()) == SCHEMA


# --- classes -> schema: every class a definition, every field a property ------------------


def record_classes() -> dict[str, type]:
    found: dict[str, type] = {}

    def visit(cls: type) -> None:
        found[cls.__name__] = cls
        for hint in typing.get_type_hints(cls).values():
            for t in (hint, *typing.get_args(hint)):
                for u in (t, *typing.get_args(t)):
                    if attrs.has(u) and u.__name__ not in found:
                        visit(u)

    visit(Readout)
    return found


def definition(name: str) -> dict[str, Any]:
    result: dict[str, Any] = SCHEMA if name == "Readout" else SCHEMA["$defs"][name]
    return result


def test_every_class_of_the_record_has_a_definition_and_no_more() -> None:
    classes = record_classes()
    assert sorted(SCHEMA["$defs"]) == sorted(set(classes) - {"Readout"})


@pytest.mark.parametrize("name", sorted(record_classes()))
def test_properties_are_the_fields_in_order(name: str) -> None:
    cls = record_classes()[name]
    schema = definition(name)
    assert list(schema["properties"]) == [f.name for f in attrs.fields(cls)]
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("name", sorted(record_classes()))
def test_required_keys_are_the_meaning_fields(name: str) -> None:
    cls = record_classes()[name]
    meaning = [] if cls is Layout else [f.name for f in attrs.fields(cls) if f.eq]
    assert definition(name)["required"] == meaning


# --- records -> schema: everything to_json writes is valid ------------------------------


@pytest.mark.parametrize(("text_path", "gold_path"), corpus_cases())
def test_every_corpus_record_is_valid(text_path: Path, gold_path: Path) -> None:
    record = json.loads(readout.to_json(readout.parse(read_text(text_path))))
    VALIDATOR.validate(record)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_example_record_is_valid(name: str) -> None:
    VALIDATOR.validate(readout.to_dict(SAMPLES[name]))


def test_the_records_cover_every_kind_of_value() -> None:
    """The samples hold layout, speakers of all three kinds, headers and end markers."""
    records = [readout.to_dict(r) for r in SAMPLES.values()]
    keys = {path for record in records for path, _ in leaves(record)}
    speakers = {type(v).__name__ for r in records for p, v in leaves(r) if p.endswith(".speaker")}
    assert {"$.layout", "$.dateline.source", "$.header[0]", "$.end_marker"} <= {
        k.split(".name")[0] for k in keys
    }
    assert speakers == {"NoneType", "str", "dict"}


@given(readouts())
def test_every_generated_record_is_valid(r: Readout) -> None:
    VALIDATOR.validate(readout.to_dict(r))


@given(composed_readouts())
def test_every_generated_record_with_a_call_is_valid(r: Readout) -> None:
    VALIDATOR.validate(readout.to_dict(r))


# --- schema -> records: what the schema rejects, from_json rejects, and the reverse -------


def leaves(value: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    """Every value of a record with its path, containers included."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from leaves(item, f"{path}[{i}]")


def containers(value: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    for p, v in leaves(value, path):
        if isinstance(v, dict | list):
            yield p, v


def at(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for key in path.removeprefix("$").replace("[", ".[").split(".")[1:]:
        value = value[int(key[1:-1])] if key.startswith("[") else value[key]
    return value


_WRONG_TYPE: dict[type, object] = {str: 3, int: "3", bool: 3, type(None): 3, list: {}, dict: "x"}


def mutations(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Records one step away from a valid one: a key dropped or added, a value of the wrong type."""
    for path, container in containers(record):
        keys = list(container) if isinstance(container, dict) else range(len(container))
        for key in keys:
            if isinstance(container, dict):
                yield f"drop {path}.{key}", _changed(record, path, lambda c, k=key: c.pop(k))
            value = container[key]
            wrong = _WRONG_TYPE[type(value)]
            yield (
                f"retype {path}[{key!r}]",
                _changed(record, path, lambda c, k=key, w=wrong: c.__setitem__(k, w)),
            )
        if isinstance(container, dict):
            yield f"extend {path}", _changed(record, path, lambda c: c.__setitem__("note", "x"))


def _changed(record: dict[str, Any], path: str, change: Any) -> dict[str, Any]:
    result = copy.deepcopy(record)
    change(at(result, path))
    return result


# Values out of range or outside a vocabulary, which both must refuse.
OUT_OF_RANGE = [
    ("$.dateline.date", "month", 13),
    ("$.dateline.date", "month", 0),
    ("$.dateline.date", "day", 32),
    ("$.dateline.date", "year", 0),
    ("$.dateline.date", "year", 10000),
    ("$.dateline", "agency", "X1"),
    ("$.dateline", "agency", ""),
    ("$.dateline", "place", ""),
    ("$.call", "kind", "fax"),
    ("$.call", "participants", []),
    ("$.call.participants[0]", "country", "usa"),
    ("$.call.participants[0]", "country", "cn"),
    ("$.call.participants[0]", "name", ""),
    ("$.paragraphs[0]", "sentences", []),
    ("$.paragraphs[1].sentences[0]", "speaker", "neither"),
    ("$.paragraphs[1].sentences[0]", "text", ""),
    ("$", "paragraphs", []),
    ("$", "end_marker", "(Fin)"),
    ("$", "headline", ""),
]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_schema_and_from_json_agree_on_every_mutation(name: str) -> None:
    record = readout.to_dict(SAMPLES[name])
    assert VALIDATOR.is_valid(record)
    assert decodes(record)
    disagreements = [
        what
        for what, mutated in mutations(record)
        if VALIDATOR.is_valid(mutated) != decodes(mutated)
    ]
    assert disagreements == []


@pytest.mark.parametrize(("path", "key", "value"), OUT_OF_RANGE)
def test_schema_and_from_json_refuse_values_out_of_range(
    path: str, key: str, value: object
) -> None:
    record = readout.to_dict(SAMPLES["seed_zxs_wangyi-blinken.txt"])
    at(record, path)[key] = value
    assert not VALIDATOR.is_valid(record)
    assert not decodes(record)


def test_the_seed_record_validates_from_its_json_text() -> None:
    record = json.loads(readout.to_json(readout.parse(read_text(SEED))))
    assert list(VALIDATOR.iter_errors(record)) == []
