"""JSON and dicts: the record's shape, determinism, and strict loading with exact paths."""

from __future__ import annotations

import copy
import json
import types
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from readout import (
    Call,
    CallKind,
    Dateline,
    DecodeError,
    Paragraph,
    PartialDate,
    Participant,
    Readout,
    Sentence,
    Side,
    from_dict,
    from_json,
    parse,
    render,
    to_dict,
    to_json,
)
from readout.serialize import make_converter

WANG = Participant("Wang Yi", "foreign minister", "CN")
BLINKEN = Participant("Antony Blinken", None, "US")

CALL = Call(CallKind.TELEPHONE, PartialDate(2023, 10, 14), [WANG, BLINKEN], BLINKEN)
BUILT = Readout(
    headline="Wang Yi Speaks with Blinken",
    header=["READOUT"],
    dateline=Dateline("Beijing", PartialDate(None, 10, 14), "ZXS"),
    call=CALL,
    paragraphs=[
        Paragraph(
            [
                Sentence("Wang Yi spoke with Blinken."),
                Sentence("Blinken described his visit.", BLINKEN, "described"),
            ]
        ),
        Paragraph([Sentence("The two sides agreed.", Side.BOTH, "agreed")]),
    ],
    end_marker="(End)",
)

WANG_RECORD = {"name": "Wang Yi", "title": "foreign minister", "country": "CN"}
BLINKEN_RECORD = {"name": "Antony Blinken", "title": None, "country": "US"}
BUILT_RECORD: dict[str, Any] = {
    "headline": "Wang Yi Speaks with Blinken",
    "header": ["READOUT"],
    "dateline": {
        "place": "Beijing",
        "date": {"year": None, "month": 10, "day": 14},
        "agency": "ZXS",
    },
    "call": {
        "kind": "telephone",
        "date": {"year": 2023, "month": 10, "day": 14},
        "participants": [WANG_RECORD, BLINKEN_RECORD],
        "initiator": BLINKEN_RECORD,
    },
    "paragraphs": [
        {
            "sentences": [
                {"text": "Wang Yi spoke with Blinken.", "speaker": None, "cue": None},
                {
                    "text": "Blinken described his visit.",
                    "speaker": BLINKEN_RECORD,
                    "cue": "described",
                },
            ]
        },
        {"sentences": [{"text": "The two sides agreed.", "speaker": "both", "cue": "agreed"}]},
    ],
    "end_marker": "(End)",
}

# A text whose layout is not canonical anywhere it can be.
LAID_OUT = "Beijing, 10 Oct (ZXS) \u2014 Wang Yi met\nBlinken.  They talked.\n\nMore. (End)"


# --- shape ---------------------------------------------------------------------------------------


def test_to_dict_of_a_built_readout() -> None:
    assert to_dict(BUILT) == BUILT_RECORD


def test_keys_in_declaration_order() -> None:
    record = to_dict(BUILT)
    assert list(record) == [
        "headline",
        "header",
        "dateline",
        "call",
        "paragraphs",
        "end_marker",
    ]
    assert list(record["call"]) == ["kind", "date", "participants", "initiator"]
    assert list(record["dateline"]["date"]) == ["year", "month", "day"]


@pytest.mark.parametrize(
    ("speaker", "written"),
    [(None, None), (Side.BOTH, "both"), (WANG, WANG_RECORD)],
)
def test_speaker_is_null_both_or_a_participant(speaker: Any, written: object) -> None:
    r = Readout(paragraphs=[Paragraph([Sentence("Wang Yi said so.", speaker)])])
    assert to_dict(r)["paragraphs"][0]["sentences"][0]["speaker"] == written
    assert from_dict(to_dict(r)) == r


@pytest.mark.parametrize("kind", list(CallKind))
def test_call_kind_by_value(kind: CallKind) -> None:
    r = attrs.evolve(BUILT, call=attrs.evolve(CALL, kind=kind))
    assert to_dict(r)["call"]["kind"] == kind.value


def test_canonical_layout_is_omitted_from_a_parsed_text() -> None:
    text = "Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken. They talked.\n"
    record = to_dict(parse(text, structure_only=True))
    assert record == {
        "headline": None,
        "header": [],
        "dateline": {
            "place": "Beijing",
            "date": {"year": None, "month": 10, "day": 10},
            "agency": "ZXS",
        },
        "call": None,
        "paragraphs": [
            {
                "sentences": [
                    {"text": "Wang Yi met Blinken.", "speaker": None, "cue": None},
                    {"text": "They talked.", "speaker": None, "cue": None},
                ]
            }
        ],
        "end_marker": None,
    }


def test_layout_that_is_not_canonical_is_written() -> None:
    record = to_dict(parse(LAID_OUT))
    assert record["dateline"]["source"] == "Beijing, 10 Oct (ZXS) \u2014 "
    first = record["paragraphs"][0]
    assert first["sentences"][0]["source"] == "Wang Yi met\nBlinken."
    assert "source" not in first["sentences"][1]
    assert first["separators"] == ["  "]
    assert "separators" not in record["paragraphs"][1]
    assert record["layout"] == {"before_end": " ", "after": ""}


def test_to_json_is_deterministic() -> None:
    text = to_json(parse(LAID_OUT))
    assert text == to_json(parse(LAID_OUT))
    assert text == to_json(from_json(text))
    assert to_json(BUILT) == to_json(attrs.evolve(BUILT))
    assert to_json(BUILT) == json.dumps(BUILT_RECORD, ensure_ascii=False)


def test_to_json_writes_unicode_and_indents_on_request() -> None:
    text = to_json(parse(LAID_OUT))
    assert '"source": "Beijing, 10 Oct (ZXS) \u2014 "' in text
    assert to_json(BUILT, indent=2).startswith('{\n  "headline": "Wang Yi Speaks with Blinken",\n')
    assert json.loads(to_json(BUILT, indent=2)) == BUILT_RECORD


@pytest.mark.parametrize("text", [LAID_OUT, "Readout of a Call\n\nREADOUT\nThe talks went well.\n"])
def test_json_round_trip_keeps_meaning_and_layout(text: str) -> None:
    r = parse(text)
    again = from_json(to_json(r))
    assert again == r
    assert render(again) == text
    assert from_json(to_json(r).encode("utf-8")) == r


def test_json_round_trip_of_a_built_readout() -> None:
    again = from_json(to_json(BUILT))
    assert again == BUILT
    assert render(again) == render(BUILT)


def test_from_dict_accepts_any_mapping() -> None:
    record = to_dict(BUILT)
    assert from_dict(types.MappingProxyType(record)) == BUILT


def test_make_converter_builds_an_independent_converter() -> None:
    conv = make_converter()
    assert conv.unstructure(BUILT) == BUILT_RECORD
    assert conv.structure(BUILT_RECORD, Readout) == BUILT


# --- strict loading: records -------------------------------------------------------------------


def _base() -> dict[str, Any]:
    laid_out = parse(LAID_OUT, structure_only=True)
    return copy.deepcopy(to_dict(attrs.evolve(laid_out, call=CALL, headline="H")))


Step = str | int


def _set(path: tuple[Step, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(record: dict[str, Any]) -> None:
        node: Any = record
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return mutate


def _delete(path: tuple[Step, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(record: dict[str, Any]) -> None:
        node: Any = record
        for step in path[:-1]:
            node = node[step]
        del node[path[-1]]

    return mutate


def _update(**values: object) -> Callable[[dict[str, Any]], None]:
    def mutate(record: dict[str, Any]) -> None:
        record.update(values)

    return mutate


S0 = ("paragraphs", 0, "sentences", 0)
P0 = ("call", "participants", 0)

RECORD_ERRORS = [
    # unknown keys
    ("unknown-top", _set(("extra",), 1), "$", "unknown key 'extra'"),
    (
        "unknown-sentence",
        _set((*S0, "said"), 1),
        "$.paragraphs[0].sentences[0]",
        "unknown key 'said'",
    ),
    ("unknown-date", _set(("call", "date", "hour"), 1), "$.call.date", "unknown key 'hour'"),
    ("unknown-layout", _set(("layout", "before_all"), ""), "$.layout", "unknown key 'before_all'"),
    # missing keys
    ("missing-paragraphs", _delete(("paragraphs",)), "$.paragraphs", "missing key 'paragraphs'"),
    ("missing-headline", _delete(("headline",)), "$.headline", "missing key 'headline'"),
    ("missing-call", _delete(("call",)), "$.call", "missing key 'call'"),
    (
        "missing-text",
        _delete((*S0, "text")),
        "$.paragraphs[0].sentences[0].text",
        "missing key 'text'",
    ),
    (
        "missing-speaker",
        _delete((*S0, "speaker")),
        "$.paragraphs[0].sentences[0].speaker",
        "missing key 'speaker'",
    ),
    (
        "missing-year",
        _delete(("dateline", "date", "year")),
        "$.dateline.date.year",
        "missing key 'year'",
    ),
    (
        "missing-country",
        _delete((*P0, "country")),
        "$.call.participants[0].country",
        "missing key 'country'",
    ),
    (
        "missing-speaker-title",
        _set((*S0, "speaker"), {"name": "Wang Yi"}),
        "$.paragraphs[0].sentences[0].speaker.title",
        "missing key 'title'",
    ),
    # wrong types
    (
        "string-for-int",
        _set(("dateline", "date", "day"), "10"),
        "$.dateline.date.day",
        "expected an integer, got a string",
    ),
    (
        "bool-for-int",
        _set(("dateline", "date", "day"), True),
        "$.dateline.date.day",
        "expected an integer, got a boolean",
    ),
    (
        "float-for-int",
        _set(("dateline", "date", "day"), 10.0),
        "$.dateline.date.day",
        "expected an integer, got a number",
    ),
    (
        "null-for-int",
        _set(("call", "date", "month"), None),
        "$.call.date.month",
        "expected an integer, got null",
    ),
    (
        "string-for-list",
        _set(("header",), "READOUT"),
        "$.header",
        "expected an array, got a string",
    ),
    (
        "object-for-list",
        _set(("paragraphs",), {}),
        "$.paragraphs",
        "expected an array, got an object",
    ),
    (
        "list-for-object",
        _set(("paragraphs", 0), []),
        "$.paragraphs[0]",
        "expected an object, got an array",
    ),
    (
        "object-for-string",
        _set((*S0, "text"), {"a": 1}),
        "$.paragraphs[0].sentences[0].text",
        "expected a string, got an object",
    ),
    ("int-for-string", _set(("headline",), 3), "$.headline", "expected a string, got an integer"),
    (
        "int-in-list",
        _set(("header",), ["READOUT", 1]),
        "$.header[1]",
        "expected a string, got an integer",
    ),
    ("null-layout", _set(("layout",), None), "$.layout", "expected an object, got null"),
    (
        "int-for-source",
        _set(("dateline", "source"), 5),
        "$.dateline.source",
        "expected a string, got an integer",
    ),
    (
        "int-speaker",
        _set((*S0, "speaker"), 3),
        "$.paragraphs[0].sentences[0].speaker",
        "expected an object, got an integer",
    ),
    # invalid values
    (
        "empty-text",
        _set((*S0, "text"), ""),
        "$.paragraphs[0].sentences[0].text",
        "text must not be empty or blank",
    ),
    (
        "lone-surrogate",
        _set((*S0, "text"), "Wang Yi met \ud800 Blinken."),
        "$.paragraphs[0].sentences[0].text",
        "text: lone surrogate U+D800 is not allowed in a readout",
    ),
    (
        "month-13",
        _set(("call", "date", "month"), 13),
        "$.call.date.month",
        "month must be between 1 and 12: 13",
    ),
    (
        "feb-31",
        _set(("call", "date"), {"year": None, "month": 2, "day": 31}),
        "$.call.date.day",
        "day 31 is not a day of February",
    ),
    (
        "feb-29-2023",
        _set(("dateline", "date"), {"year": 2023, "month": 2, "day": 29}),
        "$.dateline.date.day",
        "day 29 is not a day of February 2023",
    ),
    (
        "day-0",
        _set(("dateline", "date", "day"), 0),
        "$.dateline.date.day",
        "day 0 is not a day of October",
    ),
    ("bad-kind", _set(("call", "kind"), "fax"), "$.call.kind", "'fax' is not a valid CallKind"),
    ("int-kind", _set(("call", "kind"), 1), "$.call.kind", "1 is not a valid CallKind"),
    (
        "bad-side",
        _set((*S0, "speaker"), "neither"),
        "$.paragraphs[0].sentences[0].speaker",
        "'neither' is not a valid Side",
    ),
    (
        "bad-country",
        _set((*P0, "country"), "China"),
        "$.call.participants[0].country",
        "country must be an ISO 3166-1 alpha-2 code like 'CN': 'China'",
    ),
    (
        "cue-not-in-text",
        _set((*S0, "cue"), "stressed"),
        "$.paragraphs[0].sentences[0].cue",
        "cue 'stressed' does not occur in the sentence",
    ),
    (
        "initiator-outside",
        _set(("call", "initiator"), {"name": "Han Zheng", "title": None, "country": "CN"}),
        "$.call.initiator",
        "initiator 'Han Zheng' is not a participant",
    ),
    (
        "no-participants",
        _set(("call", "participants"), []),
        "$.call.participants",
        "a call needs at least one participant",
    ),
    (
        "no-paragraphs",
        _set(("paragraphs",), []),
        "$.paragraphs",
        "a readout needs at least one paragraph",
    ),
    (
        "header-without-headline",
        _update(headline=None, header=["READOUT"]),
        "$.header",
        "header lines need a headline before them",
    ),
    (
        "bad-end-marker",
        _set(("end_marker",), "(Ends)"),
        "$.end_marker",
        "end_marker must be one of ['###', '(END)', '(End)', '(end)', '-0-'] or a sign-off "
        "like '--SPA': '(Ends)'",
    ),
    (
        "words-in-layout",
        _set(("layout", "between"), ["\nand\n"]),
        "$.layout.between",
        "between must be white space only: '\\nand\\n'",
    ),
    (
        "words-in-separators",
        _set(("paragraphs", 0, "separators"), ["x"]),
        "$.paragraphs[0].separators",
        "separators must be white space only: 'x'",
    ),
    (
        "bad-place",
        _set(("dateline", "place"), "beijing"),
        "$.dateline.place",
        "place is not a dateline place like 'Beijing': 'beijing'",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "path", "msg"),
    [pytest.param(*case[1:], id=case[0]) for case in RECORD_ERRORS],
)
def test_strict_loading(mutate: Callable[[dict[str, Any]], None], path: str, msg: str) -> None:
    record = _base()
    mutate(record)
    with pytest.raises(DecodeError) as info:
        from_dict(record)
    assert (info.value.path, info.value.msg) == (path, msg)
    with pytest.raises(DecodeError) as again:
        from_json(json.dumps(record))
    assert (again.value.path, again.value.msg) == (path, msg)


def test_the_base_record_loads() -> None:
    record = _base()
    r = from_dict(record)
    assert r.call == CALL
    assert render(r) == "H\n\n" + LAID_OUT


def test_layout_keys_may_be_left_out() -> None:
    record = _base()
    del record["layout"]
    del record["dateline"]["source"]
    del record["paragraphs"][0]["separators"]
    del record["paragraphs"][0]["sentences"][0]["source"]
    r = from_dict(record)
    assert r == from_dict(_base())
    assert (
        render(r)
        == "H\n\nBeijing, 10 Oct (ZXS) -- Wang Yi met Blinken. They talked.\n\nMore. (End)\n"
    )


# --- strict loading: JSON text ------------------------------------------------------------------


def _json(**replace: str) -> str:
    """The base record as JSON text, with some of its text replaced."""
    text = json.dumps(_base(), ensure_ascii=False)
    for old, new in replace.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


MONTH = '"month": 10, "day": 14}, "participants"'

JSON_ERRORS = [
    (
        "nan",
        _json(**{MONTH: '"month": NaN, "day": 14}, "participants"'}),
        "$.call.date.month",
        "NaN is not a valid JSON value",
    ),
    (
        "infinity",
        _json(**{MONTH: '"month": Infinity, "day": 14}, "participants"'}),
        "$.call.date.month",
        "Infinity is not a valid JSON value",
    ),
    (
        "minus-infinity",
        _json(**{'"cue": null}], "separators"': '"cue": -Infinity}], "separators"'}),
        "$.paragraphs[0].sentences[1].cue",
        "-Infinity is not a valid JSON value",
    ),
    (
        "duplicate-key",
        _json(**{MONTH: '"month": 10, "month": 11, "day": 14}, "participants"'}),
        "$.call.date",
        "duplicate key 'month'",
    ),
    (
        "duplicate-top-key",
        _json(**{'"headline": "H"': '"headline": "H", "headline": "I"'}),
        "$",
        "duplicate key 'headline'",
    ),
    (
        "long-integer",
        _json(**{MONTH: f'"month": {"9" * 5000}, "day": 14}}, "participants"'}),
        "$.call.date.month",
        "an integer of 5000 digits is out of range",
    ),
    (
        "long-negative",
        _json(**{MONTH: f'"month": -{"1" * 21}, "day": 14}}, "participants"'}),
        "$.call.date.month",
        "an integer of 21 digits is out of range",
    ),
    (
        "huge-float",
        _json(**{MONTH: '"month": 1e400, "day": 14}, "participants"'}),
        "$.call.date.month",
        "expected an integer, got a number",
    ),
    (
        "surrogate-escape",
        _json(**{'"More."': '"More \\ud800."'}),
        "$.paragraphs[1].sentences[0].text",
        "text: lone surrogate U+D800 is not allowed in a readout",
    ),
    (
        "nul-escape",
        _json(**{'"More."': '"More\\u0000."'}),
        "$.paragraphs[1].sentences[0].text",
        "text: control character U+0000 is not allowed in a readout",
    ),
    ("depth-bomb", "[" * 100_000, "$", "nesting too deep"),
    ("object-depth-bomb", '{"a":' * 100_000, "$", "nesting too deep"),
    ("too-deep", "[" * 65 + "]" * 65, "$", "nesting deeper than 64 levels"),
    (
        "deep-in-a-field",
        _json(**{'"header": []': '"header": ' + "[" * 70 + "]" * 70}),
        "$",
        "nesting deeper than 64 levels",
    ),
    ("empty", "", "$", "not JSON: Expecting value (line 1, column 1)"),
    ("truncated", '{"headline": ', "$", "not JSON: Expecting value (line 1, column 14)"),
    ("trailing", '{"headline": null} x', "$", "not JSON: Extra data (line 1, column 20)"),
    (
        "single-quotes",
        "{'headline': null}",
        "$",
        "not JSON: Expecting property name enclosed in double quotes (line 1, column 2)",
    ),
    ("array", "[]", "$", "expected an object, got an array"),
    ("null", "null", "$", "expected an object, got null"),
    ("string", '"Wang Yi met Blinken."', "$", "expected an object, got a string"),
    ("number", "3", "$", "expected an object, got an integer"),
    ("empty-object", "{}", "$.headline", "missing key 'headline'"),
]


@pytest.mark.parametrize(
    ("text", "path", "msg"), [pytest.param(*case[1:], id=case[0]) for case in JSON_ERRORS]
)
def test_strict_json(text: str, path: str, msg: str) -> None:
    for data in (text, text.encode("utf-8", "surrogatepass")):
        with pytest.raises(DecodeError) as info:
            from_json(data)
        assert (info.value.path, info.value.msg) == (path, msg)


@pytest.mark.parametrize(
    ("data", "msg"),
    [
        (b'{"headline": "\xff"}', "not UTF-8: invalid start byte at byte 14"),
        (b'{"headline": "Wang \xe7\x8e"}', "not UTF-8: invalid continuation byte at byte 19"),
        (b'{"headline": "\xed\xa0\x80"}', "not UTF-8: invalid continuation byte at byte 14"),
        (
            b"\xef\xbb\xbf{}",
            "not JSON: Unexpected UTF-8 BOM (decode using utf-8-sig) (line 1, column 1)",
        ),
    ],
)
def test_invalid_utf8(data: bytes, msg: str) -> None:
    with pytest.raises(DecodeError) as info:
        from_json(data)
    assert (info.value.path, info.value.msg) == ("$", msg)


def test_bytearray_is_read_like_bytes() -> None:
    assert from_json(bytearray(to_json(BUILT).encode("utf-8"))) == BUILT


def test_the_first_error_in_document_order_is_reported() -> None:
    text = _json(
        **{
            MONTH: '"month": NaN, "day": 14}, "participants"',
            '"More."': '"More", "text": "Again."',
        }
    )
    with pytest.raises(DecodeError) as info:
        from_json(text)
    assert (info.value.path, info.value.msg) == (
        "$.call.date.month",
        "NaN is not a valid JSON value",
    )


@pytest.mark.parametrize(
    "text",
    [
        " ",
        "nul",
        "true",
        "-",
        "1e999",
        '{"paragraphs": null}',
        '{"paragraphs": [null]}',
        '{"paragraphs": [{"sentences": [{}]}]}',
        '{"\\ud800": 1}',
        '{"headline": "\\udc00"}',
        "[" * 64 + "]" * 64,
    ],
)
def test_from_json_raises_only_decode_error(text: str) -> None:
    with pytest.raises(DecodeError):
        from_json(text)


def test_decode_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"^\$: expected an object, got an array$"):
        from_json("[]")


@pytest.mark.parametrize("data", [None, 3, ["{}"]])
def test_from_json_rejects_what_is_not_text(data: Any) -> None:
    with pytest.raises(TypeError, match=r"^expected JSON as str or bytes, got "):
        from_json(data)


@pytest.mark.parametrize("data", [None, [], "{}"])
def test_from_dict_rejects_what_is_not_a_mapping(data: Any) -> None:
    with pytest.raises(DecodeError) as info:
        from_dict(data)
    assert info.value.path == "$"
    assert info.value.msg.startswith("expected an object, got ")
