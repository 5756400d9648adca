"""Hostile input for the parser and the JSON loader: strategies and the properties they must keep.

Shared by the adversarial tests (``test_adversarial.py``, ``test_hostile_json.py``, run
with the hypothesis profile of ``conftest.py``) and the fuzz targets (``fuzz/``, run on
demand with as many examples as asked for).

The properties:

- ``check_parse(text)``: ``parse`` returns a Readout or raises ParseError, nothing else; a
  ParseError points into the folded text; a Readout renders back to the text byte for
  byte, reads back from its rendering, and goes through JSON and back unchanged, layout
  included.
- ``check_json(data)``: ``from_json`` returns a Readout or raises DecodeError with a JSON
  path, nothing else; a Readout loaded goes back to the same JSON and to the same text.
"""

from __future__ import annotations

import json
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from readout import DecodeError, ParseError, Readout, from_json, parse, render, to_dict, to_json
from readout.strategies import composed_readouts, readout_texts
from support import SEED, folded, parse_or_error, read_text

# --- text ------------------------------------------------------------------------------------

#: A short valid dispatch, for tests that need a lead before their hostile part.
LEAD: Final = (
    "Beijing, 10 Oct (ZXS) -- Wang Yi had a telephone conversation with US Secretary of State "
    "Antony Blinken on 14 October at his request. "
)

#: What the families of hostile text are made of, one piece each.
PIECES: Final = (
    *(" ", "  ", "\t", "\xa0", "\u3000", ",", ", ", ";", ":", "(", ")", "[", "]", '"'),
    *("\u201c", "\u201d", "'", "\u2019", "--", " -- ", "\u2014", "\u2013", "-", ".", ". "),
    *("said that ", "that ", "According to ", "The two sides ", "He ", "They ", "the US side "),
    *("(End)", "(END)", "(end)", "###", "-0-", " (End)", "\n(End)\n"),
    *("\n", "\n\n", "\r", "\r\n", "\n\r", "\n \n", "\x85", "\v", "\f", "\u2028", "\u2029"),
    *("\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u202e", "\u202d", "\u2066", "\u2069"),
    *("\x00", "\x01", "\x1b", "\x1f", "\x7f", "\x9b", "\ud800", "\udbff", "\udc00", "\udfff"),
    *("\u0661\u0664 Oct", "\uff11\uff14 Oct", "\u0967\u096a Oct", "Oct. \u0661\u0664", "14 Oct"),
    *("on 14 October", "on \u0661\u0664 October", "at his request", "U.S.", "Jr.", "J. "),
    *("Beijing, 10 Oct (ZXS) -- ", "BEIJING \u2014 ", "MOSCOW, August 7. /TASS/. ", "READOUT"),
    *("Wang Yi ", "Antony Blinken ", "WANG ", "Minister ", "Chinese ", "Qaaa Qaab "),
)

#: Words of the sentences the lead and the speaker stages read, and the marks between them.
WORDS: Final = (
    *("Wang", "Yi", "Wang Yi", "Antony", "Blinken", "Xi", "S.", "J.", "Jr.", "al", "de", "Qaa"),
    *("He", "She", "They", "It", "was", "The", "the", "two", "sides", "Both", "both", "all"),
    *("US", "U.S.", "Chinese", "China", "side", "Minister", "Foreign", "Secretary", "President"),
    *("Kremlin", "White House", "spokesman", "aide", "told", "reporters", "Interfax"),
    *("said", "stressed", "noted", "pointed", "out", "that", "agreed", "expressed", "thanks"),
    *("also", "has", "had", "According", "according", "to", "at", "his", "request", "of"),
    *("met", "held", "talks", "phone", "call", "telephone", "conversation", "video", "from"),
    *("took", "received", "a", "with", "and", "on", "14", "October", "Oct.", "Monday", "will"),
    *(".", "...", ",", ";", ":", "(", ")", '"', "\u201c", "\u201d", "'s", "\u2014", "--", "-"),
)
_sentences_of_words: Final = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)

_piece_runs: Final = st.tuples(st.sampled_from(PIECES), st.integers(1, 200)).map(
    lambda pair: pair[0] * pair[1]
)
_hostile_bits: Final = st.one_of(
    st.sampled_from(PIECES), _piece_runs, st.text(max_size=8), st.characters().map(str)
)


@st.composite
def _spliced(draw: st.DrawFn) -> str:
    """A valid readout text with hostile pieces and runs written into it, or cut off."""
    text = draw(_valid_texts)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(("insert", "replace", "truncate", "repeat")))
        if kind == "insert":
            text = text[:at] + draw(_hostile_bits) + text[at:]
        elif kind == "replace":
            end = draw(st.integers(at, min(len(text), at + 40)))
            text = text[:at] + draw(_hostile_bits) + text[end:]
        elif kind == "truncate":
            text = text[:at]
        else:
            text = text + text[at:] * draw(st.integers(1, 3))  # concatenated readouts
    return text


_valid_texts: Final = st.one_of(
    readout_texts(), composed_readouts().map(render), st.just(read_text(SEED))
)


def hostile_texts() -> SearchStrategy[str]:
    """Text built to break the parser: valid readouts spliced with hostile pieces and runs,
    pieces strung together, leads and sentences of words strung together, a lead followed
    by a run, and any text at all."""
    return st.one_of(
        _spliced(),
        st.lists(_hostile_bits, max_size=30).map("".join),
        _sentences_of_words.map(lambda words: LEAD + words),
        st.tuples(_sentences_of_words, _sentences_of_words).map(
            lambda pair: f"Beijing, 10 Oct (ZXS) -- {pair[0]}. {pair[1]}"
        ),
        st.tuples(_hostile_bits, st.integers(1, 2000)).map(lambda p: LEAD + p[0] * p[1]),
        st.text(),
    )


def check_parse(text: str) -> Readout | ParseError:
    """Parse ``text`` and check what comes out; any exception but ParseError propagates."""
    result = parse_or_error(text)
    if isinstance(result, ParseError):
        _check_parse_error(result, text)
        return result
    doc = folded(text)
    assert render(result) == doc
    assert parse(render(result)) == result
    again = from_json(to_json(result))
    assert again == result
    assert render(again) == doc
    return result


def _check_parse_error(e: ParseError, text: str) -> None:
    """A ParseError points into the folded text; lines are split at "\\n" only."""
    doc = folded(text)
    assert e.doc == doc
    assert 0 <= e.pos <= len(doc)
    assert e.lineno == doc.count("\n", 0, e.pos) + 1
    assert e.colno == e.pos - (doc.rfind("\n", 0, e.pos) + 1) + 1
    assert e.msg
    assert str(e).startswith(f"{e.msg} (line {e.lineno}, column {e.colno})\n")


# --- JSON ------------------------------------------------------------------------------------

#: Values of every JSON type, and of none that JSON has (NaN and Infinity as Python writes them).
JSON_VALUES: Final[tuple[Any, ...]] = (
    None,
    True,
    False,
    0,
    -1,
    10**30,
    1.5,
    float("nan"),
    float("inf"),
    "",
    " ",
    "x",
    "\ud800",
    "\x00",
    [],
    [None],
    {},
    {"": None},
)


def _paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path to a value inside a decoded JSON document."""
    found = [prefix]
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, child in items:
        found.extend(_paths(child, (*prefix, key)))
    return found


def _replace(record: Any, path: tuple[str | int, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(record, dict):
        return {**record, head: _replace(record[head], rest, value)}
    copy = list(record)
    copy[int(head)] = _replace(copy[int(head)], rest, value)
    return copy


def _delete(record: Any, path: tuple[str | int, ...]) -> Any:
    if len(path) == 1:
        if isinstance(record, dict):
            return {k: v for k, v in record.items() if k != path[0]}
        return [v for i, v in enumerate(record) if i != path[0]]
    head = path[0]
    return _replace(record, (head,), _delete(record[head], path[1:]))


@st.composite
def _mutated_records(draw: st.DrawFn) -> str:
    """The JSON of a parsed readout with one value replaced, deleted or joined by a key."""
    record = to_dict(draw(st.builds(parse, _valid_texts)))
    path = draw(st.sampled_from(_paths(record)))
    kind = draw(st.sampled_from(("replace", "delete", "add")))
    if kind == "replace":
        record = _replace(record, path, draw(st.sampled_from(JSON_VALUES)))
    elif kind == "delete" and path:
        record = _delete(record, path)
    else:
        parent = _follow(record, path)
        if isinstance(parent, dict):
            parent[draw(st.sampled_from(("extra", "text", "", "\ud800")))] = 1
    return json.dumps(record, ensure_ascii=draw(st.booleans()))


def _follow(record: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        record = record[step]
    return record


_JSON_PIECES: Final = (
    *("{", "}", "[", "]", ",", ":", '"', "\\", "\\u", "\\ud800", "\\udc00", "\\ud83d\\ude00"),
    *("NaN", "Infinity", "-Infinity", "1e400", "-0", "9" * 50, "true", "null", " ", "\n"),
    *('"headline"', '"paragraphs"', '"sentences"', '"text"', '"speaker"', '"both"', "\x00"),
)


@st.composite
def _broken_json(draw: st.DrawFn) -> str:
    """The JSON of a valid record with bytes of JSON syntax written into it, or cut off."""
    text = draw(st.builds(lambda t: to_json(parse(t)), _valid_texts))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = (
                text[:at]
                + draw(st.sampled_from(_JSON_PIECES)) * draw(st.integers(1, 70))
                + text[at:]
            )
        else:
            text = text[:at]
    return text


def hostile_json() -> SearchStrategy[str | bytes]:
    """JSON built to break the loader: valid records with a value wrong, JSON syntax spliced
    in, deep nesting, and the same as bytes, some of them not UTF-8."""
    texts = st.one_of(
        _mutated_records(),
        _broken_json(),
        st.tuples(st.sampled_from(("[", '{"a":', '{"headline":[')), st.integers(1, 5000)).map(
            lambda p: p[0] * p[1]
        ),
        st.text(),
    )
    as_bytes = st.tuples(texts, st.binary(max_size=4), st.integers(0, 200)).map(
        lambda t: _splice_bytes(t[0].encode("utf-8", "surrogatepass"), t[1], t[2])
    )
    return st.one_of(texts, as_bytes)


def _splice_bytes(data: bytes, junk: bytes, at: int) -> bytes:
    at = min(at, len(data))
    return data[:at] + junk + data[at:]


def check_json(data: str | bytes) -> Readout | DecodeError:
    """Load ``data`` and check what comes out; any exception but DecodeError propagates."""
    result = _load(data)
    if isinstance(result, DecodeError):
        assert result.path.startswith("$")
        assert result.msg
        return result
    text = to_json(result)
    assert from_json(text) == result
    assert to_json(from_json(text)) == text
    assert render(from_json(text)) == render(result)
    return result


def _load(data: str | bytes) -> Readout | DecodeError:
    try:
        return from_json(data)
    except DecodeError as e:
        return e
