"""The fast path of :mod:`readout.serialize`: the record written and read without cattrs' layers.

Writing builds the JSON text directly, with the encoder's own string escaping,
byte for byte what ``json.dumps(to_dict(r), ensure_ascii=False)`` gives.
Reading decodes with cheap hooks and builds the classes through their own
constructors (every validator runs), from functions written for the record's
shape. Whenever anything is unusual (a duplicate key, NaN, a long integer, a
missing or unknown key, a wrong type, a value a validator refuses) the fast
path gives up with :class:`Fallback`, and :mod:`readout.serialize` reads the
input again the thorough way, which reports the exact error and JSON path.
The fast path accepts nothing the thorough one refuses, and builds equal values.

The field lists below are checked against the model when this module is
imported, so a field added to a class cannot be forgotten here.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any, Final

import attrs

from readout.model import (
    Call,
    CallKind,
    Dateline,
    Layout,
    Paragraph,
    PartialDate,
    Participant,
    Readout,
    Sentence,
    Side,
)
from readout.render import render_dateline

__all__ = ["Fallback", "read_dict", "read_json", "write_json"]


class Fallback(Exception):  # noqa: N818 - not an error to report: a signal to take the long way
    """The fast path gives up: read the input the thorough way."""


# The keys of each record, in declaration order, and those that may be left out.
_KEYS: Final = {
    PartialDate: (("year", "month", "day"), ()),
    Participant: (("name", "title", "country"), ()),
    Call: (("kind", "date", "participants", "initiator"), ()),
    Dateline: (("place", "date", "agency", "source"), ("source",)),
    Sentence: (("text", "speaker", "cue", "source"), ("source",)),
    Paragraph: (("sentences", "separators"), ("separators",)),
    Layout: (("before", "header", "between", "before_end", "after"),) * 2,
    Readout: (
        ("headline", "header", "dateline", "call", "paragraphs", "end_marker", "layout"),
        ("layout",),
    ),
}
for _cls, (_names, _) in _KEYS.items():
    if _names != tuple(a.name for a in attrs.fields(_cls)):
        raise RuntimeError(f"readout._fastjson: the fields of {_cls.__name__} changed")
_ALLOWED: Final = {cls: frozenset(names) for cls, (names, _) in _KEYS.items()}
_REQUIRED: Final = {
    cls: frozenset(names) - frozenset(optional) for cls, (names, optional) in _KEYS.items()
}

# --- writing ----------------------------------------------------------------------------

_quote: Final = encode_basestring  # what json.dumps(..., ensure_ascii=False) escapes strings with


def write_json(readout: Readout) -> str:
    """The record of a readout as JSON text, as ``json.dumps(to_dict(readout))`` writes it."""
    out = (
        f'{{"headline": {_opt(readout.headline)}, "header": {_strs(readout.header)}, '
        f'"dateline": {_dateline(readout.dateline)}, "call": {_call(readout.call)}, '
        f'"paragraphs": [{", ".join(map(_paragraph, readout.paragraphs))}], '
        f'"end_marker": {_opt(readout.end_marker)}'
    )
    layout = _layout(readout.layout)
    return f'{out}, "layout": {layout}}}' if layout is not None else out + "}"


def _opt(text: str | None) -> str:
    return "null" if text is None else _quote(text)


def _strs(texts: tuple[str, ...]) -> str:
    return "[" + ", ".join(map(_quote, texts)) + "]"


def _date(d: PartialDate | None) -> str:
    if d is None:
        return "null"
    year = "null" if d.year is None else int.__repr__(d.year)
    return f'{{"year": {year}, "month": {int.__repr__(d.month)}, "day": {int.__repr__(d.day)}}}'


def _participant(p: Participant | None) -> str:
    if p is None:
        return "null"
    return f'{{"name": {_quote(p.name)}, "title": {_opt(p.title)}, "country": {_opt(p.country)}}}'


def _call(call: Call | None) -> str:
    if call is None:
        return "null"
    people = ", ".join(map(_participant, call.participants))
    return (
        f'{{"kind": {_quote(call.kind.value)}, "date": {_date(call.date)}, '
        f'"participants": [{people}], "initiator": {_participant(call.initiator)}}}'
    )


def _dateline(d: Dateline | None) -> str:
    if d is None:
        return "null"
    out = f'{{"place": {_quote(d.place)}, "date": {_date(d.date)}, "agency": {_opt(d.agency)}'
    # The source is left out when it is the canonical dateline, as serialize does.
    if d.source is not None and d.source != render_dateline(attrs.evolve(d, source=None)):
        return f'{out}, "source": {_quote(d.source)}}}'
    return out + "}"


def _speaker(speaker: Participant | Side | None) -> str:
    if isinstance(speaker, Side):
        return _quote(speaker.value)
    return _participant(speaker)


def _sentence(s: Sentence) -> str:
    out = f'{{"text": {_quote(s.text)}, "speaker": {_speaker(s.speaker)}, "cue": {_opt(s.cue)}'
    return f'{out}, "source": {_quote(s.source)}}}' if s.source is not None else out + "}"


def _paragraph(p: Paragraph) -> str:
    out = '{"sentences": [' + ", ".join(map(_sentence, p.sentences)) + "]"
    return f'{out}, "separators": {_strs(p.separators)}}}' if p.separators else out + "}"


def _layout(layout: Layout) -> str | None:
    """The layout's keys that are not the default, or None when all are (left out)."""
    parts = []
    if layout.before != "":
        parts.append(f'"before": {_quote(layout.before)}')
    if layout.header != ():
        parts.append(f'"header": {_strs(layout.header)}')
    if layout.between != ():
        parts.append(f'"between": {_strs(layout.between)}')
    if layout.before_end is not None:
        parts.append(f'"before_end": {_quote(layout.before_end)}')
    if layout.after != "\n":
        parts.append(f'"after": {_quote(layout.after)}')
    return "{" + ", ".join(parts) + "}" if parts else None


# --- reading ----------------------------------------------------------------------------

# No field holds an integer this long (as serialize._MAX_INT_DIGITS).
_MAX_INT_DIGITS: Final = 20


def _give_up(_: str) -> object:
    raise Fallback


def _int(digits: str) -> int:
    if len(digits) > _MAX_INT_DIGITS:
        raise Fallback
    return int(digits)


class _Pairs(tuple[tuple[str, Any], ...]):
    """A JSON object as the decoder read it: its pairs, duplicate keys kept.

    The decoder builds it without a Python call (a tuple type); the reader turns it
    into a dict where it reads the object, and gives up on a duplicate key.
    """

    __slots__ = ()


def read_json(text: str) -> Readout:
    """Read a record from JSON text; raise Fallback on anything unusual."""
    try:
        value = json.loads(text, parse_constant=_give_up, parse_int=_int, object_pairs_hook=_Pairs)
    except Fallback:
        raise
    except Exception as e:
        raise Fallback from e
    return read_dict(value)


def read_dict(value: object) -> Readout:
    """Build a readout from a record (a ``dict``); raise Fallback on anything unusual."""
    try:
        return _readout(value)
    except Fallback:
        raise
    except Exception as e:
        raise Fallback from e


def _fields(value: object, cls: type) -> dict[str, Any]:
    """The record as a dict with exactly the keys ``cls`` allows and requires.

    ``value`` is a dict (from :func:`read_dict`) or the pairs the decoder read.
    """
    if value.__class__ is _Pairs:
        d = dict(value)
        if len(d) != len(value):  # a duplicate key
            raise Fallback
    elif value.__class__ is dict:
        d = value
    else:
        raise Fallback
    keys = d.keys()
    if not (keys <= _ALLOWED[cls] and _REQUIRED[cls] <= keys):
        raise Fallback
    return d


def _str(value: object) -> str:
    if value.__class__ is not str:
        raise Fallback
    return value


def _opt_str(value: object) -> str | None:
    return None if value is None else _str(value)


def _list(value: object) -> list[Any]:
    if value.__class__ is not list:
        raise Fallback
    return value


def _str_tuple(value: object) -> tuple[str, ...]:
    return tuple([_str(v) for v in _list(value)])


def _int_field(value: object) -> int:
    if value.__class__ is not int:
        raise Fallback
    return value


def _read_date(value: object) -> PartialDate | None:
    if value is None:
        return None
    d = _fields(value, PartialDate)
    year = d["year"]
    return PartialDate(
        None if year is None else _int_field(year), _int_field(d["month"]), _int_field(d["day"])
    )


# Participants already built for this record, by the pairs the decoder read and by their
# values: speakers repeat the call's participants.
_People = dict[object, Participant]


def _read_participant(value: object, people: _People) -> Participant:
    if value.__class__ is _Pairs:
        found = people.get(value)
        if found is not None:
            return found
    d = _fields(value, Participant)
    key = (_str(d["name"]), _opt_str(d["title"]), _opt_str(d["country"]))
    found = people.get(key)
    if found is None:
        found = people[key] = Participant(*key)
    if value.__class__ is _Pairs:
        people[value] = found
    return found


def _read_call(value: object, people: _People) -> Call | None:
    if value is None:
        return None
    d = _fields(value, Call)
    initiator = d["initiator"]
    return Call(
        CallKind(d["kind"]),
        _read_date(d["date"]),
        tuple([_read_participant(p, people) for p in _list(d["participants"])]),
        None if initiator is None else _read_participant(initiator, people),
    )


def _read_dateline(value: object) -> Dateline | None:
    if value is None:
        return None
    d = _fields(value, Dateline)
    return Dateline(
        _str(d["place"]),
        _read_date(d["date"]),
        _opt_str(d["agency"]),
        _opt_str(d.get("source")),
    )


def _read_sentence(value: object, people: _People) -> Sentence:
    d = _fields(value, Sentence)
    speaker = d["speaker"]
    if speaker.__class__ is str:
        speaker = Side(speaker)
    elif speaker is not None:
        speaker = _read_participant(speaker, people)
    return Sentence(_str(d["text"]), speaker, _opt_str(d["cue"]), _opt_str(d.get("source")))


def _read_paragraph(value: object, people: _People) -> Paragraph:
    d = _fields(value, Paragraph)
    sentences = tuple([_read_sentence(s, people) for s in _list(d["sentences"])])
    return Paragraph(sentences, _str_tuple(d.get("separators", [])))


def _read_layout(value: object) -> Layout:
    d = _fields(value, Layout)
    before_end = d.get("before_end")
    return Layout(
        _str(d.get("before", "")),
        _str_tuple(d.get("header", [])),
        _str_tuple(d.get("between", [])),
        None if before_end is None else _str(before_end),
        _str(d.get("after", "\n")),
    )


def _readout(value: object) -> Readout:
    d = _fields(value, Readout)
    people: _People = {}
    paragraphs = tuple([_read_paragraph(p, people) for p in _list(d["paragraphs"])])
    layout = d.get("layout")
    return Readout(
        headline=_opt_str(d["headline"]),
        header=_str_tuple(d["header"]),
        dateline=_read_dateline(d["dateline"]),
        call=_read_call(d["call"], people),
        paragraphs=paragraphs,
        end_marker=_opt_str(d["end_marker"]),
        layout=Layout() if layout is None and "layout" not in d else _read_layout(layout),
    )
