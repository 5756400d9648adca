"""Hostile JSON: every way a record can be wrong is a DecodeError with the path of the fault.

``test_serialize.py`` pins one example of each kind; this file goes through them all:
every field given a value of every wrong JSON type, every required key taken out, keys
added at every level, depth bombs in every place, integers of thousands of digits in
every integer field, NaN and Infinity, duplicate keys, bytes that are not UTF-8, lone
surrogates written as escapes. Nothing but a Readout or a DecodeError comes out.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given

from hostile import check_json, hostile_json
from readout import DecodeError, Readout, from_json, parse, to_dict, to_json

# A record with every key present and no null where a value can stand: layout that is not
# canonical, a dateline, a call with a date and an initiator, a participant as speaker.
TEXT = (
    "Wang Yi Holds Phone Talks with Blinken\n\nREADOUT\n\n"
    "Beijing, 10 Oct 2023 (ZXS) \u2014 Wang Yi, foreign minister, had a telephone conversation "
    "with US Secretary of State Antony Blinken on 14 October 2023 at his request.\n\n\n"
    "Blinken described his visit.  The two sides agreed\nto keep in touch. (End)\n"
)
RECORD: dict[str, Any] = to_dict(parse(TEXT))

Path = tuple[str | int, ...]


def _walk(value: Any, path: Path = ()) -> list[tuple[Path, Any]]:
    """Every value of a decoded document with its path, the document first."""
    found = [(path, value)]
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        items = ()
    for key, child in items:
        found.extend(_walk(child, (*path, key)))
    return found


def _json_path(path: Path) -> str:
    return "$" + "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in path)


def _with(record: Any, path: Path, value: Any) -> Any:
    """A copy of ``record`` with the value at ``path`` replaced."""
    if not path:
        return value
    copy = dict(record) if isinstance(record, dict) else list(record)
    copy[path[0]] = _with(record[path[0]], path[1:], value)  # type: ignore[index]
    return copy


def _without(record: Any, path: Path) -> Any:
    """A copy of ``record`` with the key at ``path`` taken out."""
    parent = _walk_to(record, path[:-1])
    return _with(record, path[:-1], {k: v for k, v in parent.items() if k != path[-1]})


def _walk_to(record: Any, path: Path) -> Any:
    for step in path:
        record = record[step]
    return record


def load_error(data: str | bytes | bytearray) -> tuple[str, str]:
    """The path and message of the DecodeError that loading ``data`` raises."""
    with pytest.raises(DecodeError) as info:
        from_json(data)
    return info.value.path, info.value.msg


def test_the_record_has_every_key_and_loads() -> None:
    r = from_json(json.dumps(RECORD))
    assert r == parse(TEXT)
    assert r.call is not None
    assert r.call.initiator is not None
    assert r.call.date is not None
    assert set(RECORD["layout"]) == {"between", "before_end"}
    assert "source" in RECORD["dateline"]
    assert "separators" in RECORD["paragraphs"][1]


# --- wrong types --------------------------------------------------------------------------------

JSON_TYPES: dict[str, Any] = {
    "a string": "x",
    "an integer": 3,
    "a number": 1.5,
    "a boolean": True,
    "an array": [],
    "an object": {},
}
EXPECTED = {str: "a string", int: "an integer", list: "an array", dict: "an object"}
# Values that are not just typed: an enum's text, and a speaker (null, "both" or an object).
_NOT_TYPED = {"kind", "speaker"}
# Fields that may be null (the layout ones mean: canonical).
OPTIONAL = {"headline", "dateline", "call", "date", "year", "agency", "title", "country"}
OPTIONAL |= {"initiator", "cue", "end_marker", "source", "before_end"}


def _typed() -> list[tuple[Path, str]]:
    """The path and the JSON type of every value that has one type only."""
    return [
        (path, EXPECTED[type(value)])
        for path, value in _walk(RECORD)
        if path and value is not None and path[-1] not in _NOT_TYPED
    ]


def _wrong_types() -> list[Any]:
    return [
        pytest.param(path, expected, got, wrong, id=f"{_json_path(path)}-{got}")
        for path, expected in _typed()
        for got, wrong in JSON_TYPES.items()
        if got != expected
    ]


@pytest.mark.parametrize(("path", "expected", "got", "wrong"), _wrong_types())
def test_every_field_of_a_wrong_type(path: Path, expected: str, got: str, wrong: Any) -> None:
    data = json.dumps(_with(RECORD, path, wrong))
    assert load_error(data) == (_json_path(path), f"expected {expected}, got {got}")


NOT_A_PARTICIPANT = ("$.call.initiator", "initiator 'Antony Blinken' is not a participant")
# A null that breaks a rule between fields: the error is where the rule is.
CROSS_FIELD = {
    ("headline",): ("$.header", "header lines need a headline before them"),
    ("call", "participants", 1, "title"): NOT_A_PARTICIPANT,
    ("call", "participants", 1, "country"): NOT_A_PARTICIPANT,
    ("call", "initiator", "title"): NOT_A_PARTICIPANT,
    ("call", "initiator", "country"): NOT_A_PARTICIPANT,
}


@pytest.mark.parametrize(
    ("path", "expected"), [pytest.param(*case, id=_json_path(case[0])) for case in _typed()]
)
def test_every_field_null(path: Path, expected: str) -> None:
    data = json.dumps(_with(RECORD, path, None))
    if path in CROSS_FIELD:
        assert load_error(data) == CROSS_FIELD[path]
    elif path[-1] in {"source", "before_end"}:  # layout: null is the canonical one
        assert from_json(data) == from_json(json.dumps(RECORD))
    elif path[-1] in OPTIONAL:
        assert _walk_to(to_dict(from_json(data)), path) is None
    else:
        assert load_error(data) == (_json_path(path), f"expected {expected}, got null")


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("call", "kind"), 1, "1 is not a valid CallKind"),
        (("call", "kind"), None, "None is not a valid CallKind"),
        (("call", "kind"), "Telephone", "'Telephone' is not a valid CallKind"),
        (("call", "kind"), [], "[] is not a valid CallKind"),
        (("paragraphs", 1, "sentences", 1, "speaker"), "Both", "'Both' is not a valid Side"),
        (("paragraphs", 1, "sentences", 1, "speaker"), 1, "expected an object, got an integer"),
        (("paragraphs", 1, "sentences", 1, "speaker"), [], "expected an object, got an array"),
        (("paragraphs", 1, "sentences", 1, "speaker"), True, "expected an object, got a boolean"),
    ],
)
def test_enum_and_speaker_values(path: Path, value: Any, message: str) -> None:
    assert load_error(json.dumps(_with(RECORD, path, value))) == (_json_path(path), message)


# --- missing and extra keys ---------------------------------------------------------------------


def _keys() -> list[Any]:
    return [
        pytest.param(path, id=_json_path(path))
        for path, _ in _walk(RECORD)
        if path and isinstance(path[-1], str)
    ]


@pytest.mark.parametrize("path", _keys())
def test_every_key_taken_out(path: Path) -> None:
    data = json.dumps(_without(RECORD, path))
    # Layout is left out where canonical: its keys may be missing, every other is required.
    if "layout" in path or path[-1] in {"source", "separators"}:
        assert isinstance(from_json(data), Readout)
    else:
        assert load_error(data) == (_json_path(path), f"missing key {path[-1]!r}")


def _objects() -> list[Any]:
    return [
        pytest.param(path, id=_json_path(path))
        for path, value in _walk(RECORD)
        if isinstance(value, dict)
    ]


@pytest.mark.parametrize("path", _objects())
@pytest.mark.parametrize("key", ["extra", "Text", "", "\ud800", "text "])
def test_a_key_added_to_every_object(path: Path, key: str) -> None:
    record = _with(RECORD, path, {**_walk_to(RECORD, path), key: 1})
    assert load_error(json.dumps(record)) == (_json_path(path), f"unknown key {key!r}")


@pytest.mark.parametrize("path", _objects())
def test_a_duplicate_key_in_every_object(path: Path) -> None:
    text = json.dumps(_walk_to(RECORD, path))
    key = next(iter(_walk_to(RECORD, path)))
    doubled = text.replace("{", "{" + json.dumps(key) + ": null, ", 1)
    whole = json.dumps(_with(RECORD, path, "@@@")).replace('"@@@"', doubled)
    assert load_error(whole) == (_json_path(path), f"duplicate key {key!r}")


def test_duplicate_keys_with_the_same_value() -> None:
    text = to_json(parse(TEXT))
    twice = text.replace('"end_marker": "(End)"', '"end_marker": "(End)", "end_marker": "(End)"')
    assert load_error(twice) == ("$", "duplicate key 'end_marker'")
    assert load_error('{"a": 1, "a": 1}') == ("$", "duplicate key 'a'")


# --- depth bombs --------------------------------------------------------------------------------


def _values() -> list[Any]:
    return [
        pytest.param(path, id=_json_path(path))
        for path, value in _walk(RECORD)
        if path and not isinstance(value, dict | list)
    ][::3]


@pytest.mark.parametrize("path", _values())
@pytest.mark.parametrize(
    ("depth", "message"),
    [
        (65, "nesting deeper than 64 levels"),
        (500, "nesting deeper than 64 levels"),
        (100_000, "nesting too deep"),  # deeper than the decoder's recursion goes
    ],
)
def test_a_depth_bomb_in_place_of_a_value(path: Path, depth: int, message: str) -> None:
    bomb = "[" * depth + "]" * depth
    text = json.dumps(_with(RECORD, path, "@@@")).replace('"@@@"', bomb)
    assert load_error(text) == ("$", message)


@pytest.mark.parametrize("opener", ["[", '{"a":', '{"headline":[', "[{}, ", '[{"": '])
def test_an_unclosed_depth_bomb(opener: str) -> None:
    assert load_error(opener * 200_000) == ("$", "nesting too deep")
    assert load_error((opener * 200_000).encode()) == ("$", "nesting too deep")


def test_sixty_four_levels_are_not_a_bomb() -> None:
    # The record's own nesting plus 59 levels of arrays: a type error, not a depth error.
    path = ("paragraphs", 0, "sentences", 0, "text")
    text = json.dumps(_with(RECORD, path, "@@@")).replace('"@@@"', "[" * 59 + "]" * 59)
    assert load_error(text) == (_json_path(path), "expected a string, got an array")
    text = json.dumps(_with(RECORD, path, "@@@")).replace('"@@@"', "[" * 60 + "]" * 60)
    assert load_error(text) == ("$", "nesting deeper than 64 levels")


# --- numbers ------------------------------------------------------------------------------------


def _integers() -> list[Any]:
    return [
        pytest.param(path, id=_json_path(path))
        for path, value in _walk(RECORD)
        if isinstance(value, int) and not isinstance(value, bool)
    ]


@pytest.mark.parametrize("path", _integers())
@pytest.mark.parametrize(("digits", "sign"), [(5_000, ""), (5_000, "-"), (21, ""), (100_000, "-")])
def test_long_integers_in_every_integer_field(path: Path, digits: int, sign: str) -> None:
    text = json.dumps(_with(RECORD, path, "@@@")).replace('"@@@"', sign + "7" * digits)
    assert load_error(text) == (_json_path(path), f"an integer of {digits} digits is out of range")


@pytest.mark.parametrize("path", _integers())
@pytest.mark.parametrize("number", ["1e400", "-1e400", "1" * 5_000 + ".0", "1e2", "-0.0"])
def test_numbers_that_are_no_integers(path: Path, number: str) -> None:
    text = json.dumps(_with(RECORD, path, "@@@")).replace('"@@@"', number)
    assert load_error(text) == (_json_path(path), "expected an integer, got a number")


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("dateline", "date", "year"), "-0", "year must be between 1 and 9999: 0"),
        (("dateline", "date", "year"), "10000", "year must be between 1 and 9999: 10000"),
        (("call", "date", "day"), "-1", "day -1 is not a day of October 2023"),
        (
            ("call", "date", "day"),
            "9" * 20,
            f"day must be between {-(2**63)} and {2**63}: {'9' * 20}",
        ),
    ],
)
def test_integers_out_of_range(path: Path, value: str, message: str) -> None:
    text = json.dumps(_with(RECORD, path, "@@@")).replace('"@@@"', value)
    assert load_error(text) == (_json_path(path), message)


@pytest.mark.parametrize("path", [p for p, v in _walk(RECORD) if p][::4])
@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_anywhere(path: Path, constant: str) -> None:
    text = json.dumps(_with(RECORD, path, "@@@")).replace('"@@@"', constant)
    assert load_error(text) == (_json_path(path), f"{constant} is not a valid JSON value")


@pytest.mark.parametrize(
    ("text", "path", "message"),
    [
        ("NaN", "$", "NaN is not a valid JSON value"),
        ("[1, [Infinity]]", "$[1][0]", "Infinity is not a valid JSON value"),
        ('{"a": {"b": -Infinity}}', "$.a.b", "-Infinity is not a valid JSON value"),
        ("9" * 5_000, "$", "an integer of 5000 digits is out of range"),
        ("[" + "1" * 5_000 + "]", "$[0]", "an integer of 5000 digits is out of range"),
        ("-NaN", "$", "not JSON: Expecting value (line 1, column 1)"),
        ("nan", "$", "not JSON: Expecting value (line 1, column 1)"),
    ],
)
def test_rejected_values_outside_a_record(text: str, path: str, message: str) -> None:
    assert load_error(text) == (path, message)


# --- text: UTF-8, surrogates, control characters ------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xc0\x80", "not UTF-8: invalid start byte at byte 0"),  # overlong NUL
        (b'{"headline": "\xe7\x8e', "not UTF-8: unexpected end of data at byte 14"),
        (b"\xf5\x80\x80\x80", "not UTF-8: invalid start byte at byte 0"),  # beyond U+10FFFF
        (b"\xf8\x88\x80\x80\x80", "not UTF-8: invalid start byte at byte 0"),  # five bytes
        (b"\xff\xfe{\x00}\x00", "not UTF-8: invalid start byte at byte 0"),  # UTF-16
        (b'{"\xff": 1}', "not UTF-8: invalid start byte at byte 2"),  # in a key
        (b'{"headline": "\xed\xb0\x80"}', "not UTF-8: invalid continuation byte at byte 14"),
        (b"\x80", "not UTF-8: invalid start byte at byte 0"),
    ],
)
def test_bytes_that_are_not_utf8(data: bytes, message: str) -> None:
    assert load_error(data) == ("$", message)
    assert load_error(bytearray(data)) == ("$", message)


def _strings() -> list[Any]:
    return [
        pytest.param(path, value, id=_json_path(path))
        for path, value in _walk(RECORD)
        if isinstance(value, str) and path[-1] not in _NOT_TYPED
    ]


# Fields whose own rule (a pattern, a set of values) speaks before the one on characters.
_PATTERNED = {"agency": "agency", "country": "country", "end_marker": "end_marker"}


@pytest.mark.parametrize(("path", "value"), _strings())
@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\ude00\\ud83d", "\\ud83dx"])
def test_lone_surrogate_escapes_in_every_string(path: Path, value: str, escape: str) -> None:
    written = escape + json.dumps(value)[1:-1]
    text = json.dumps(_with(RECORD, path, "@@@")).replace("@@@", written)
    found, message = load_error(text)
    field = next(step for step in reversed(path) if isinstance(step, str))
    if field in _PATTERNED:
        assert (found, message.split()[0]) == (_json_path(path), field)
        return
    # A list's items are checked as one field: the error names the list.
    assert found == _json_path(path if isinstance(path[-1], str) else path[:-1])
    code = escape[2:6].upper()
    assert message == f"{field}: lone surrogate U+{code} is not allowed in a readout"


def test_a_surrogate_pair_escape_is_one_character() -> None:
    text = to_json(parse(TEXT)).replace("his visit.", "his visit \\ud83d\\ude00.")
    r = from_json(text)
    assert r.paragraphs[1].sentences[0].text == "Blinken described his visit \U0001f600."


@pytest.mark.parametrize(
    ("escape", "code"), [("\\u0000", "0000"), ("\\u001b", "001B"), ("\\u007f", "007F")]
)
def test_control_character_escapes(escape: str, code: str) -> None:
    text = to_json(parse(TEXT)).replace("his visit.", f"his {escape}visit.")
    assert load_error(text) == (
        "$.paragraphs[1].sentences[0].text",
        f"text: control character U+{code} is not allowed in a readout",
    )


def test_raw_control_characters_are_not_json() -> None:
    text = to_json(parse(TEXT)).replace("his visit.", "his \x00visit.")
    path, message = load_error(text)
    assert path == "$"
    assert message.startswith("not JSON: Invalid control character at (line 1, column ")


# --- what is not JSON text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "name"), [(None, "NoneType"), (memoryview(b"{}"), "memoryview"), ({}, "dict")]
)
def test_wrong_argument_types(data: Any, name: str) -> None:
    with pytest.raises(TypeError) as info:
        from_json(data)
    assert str(info.value) == f"expected JSON as str or bytes, got {name}"


# --- anything at all ----------------------------------------------------------------------------


@given(hostile_json())
@example("[" * 100_000)
@example('{"a":' * 100_000)
@example("9" * 5_000)
@example(b"\xed\xa0\x80")
@example('{"headline": "\\ud800"}')
def test_hostile_json_gives_a_readout_or_a_decode_error(data: str | bytes) -> None:
    check_json(data)
