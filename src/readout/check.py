"""Diagnostics: what a careful reader notices is off in a readout, never silently fixed.

Each diagnostic has a stable code, a message and the place it concerns
(a path into the readout, and the line and column in its rendered text):

======  ==================================================================
code    meaning
======  ==================================================================
RD101   the call took place after the dateline's date
RD102   the lead names no participants (no call could be read)
RD103   the lead announces a call still to come: not a readout
RD201   the dateline's agency is not one readout knows
RD301   a sentence's speaker is not a participant of the call
======  ==================================================================
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs

from readout.model import PartialDate, Participant, Readout
from readout.render import offsets

__all__ = ["CODES", "Diagnostic", "check"]

#: Every diagnostic code and what it means.
CODES: Final = {
    "RD101": "call date after the dateline date",
    "RD102": "lead names no participants",
    "RD103": "announcement, not a readout",
    "RD201": "unknown agency",
    "RD301": "speaker not a participant",
}

# Dates without a year: a call more than this many days "after" its dateline is read as
# having taken place the year before (a dateline of 2 January, a call on 30 December).
_HALF_YEAR: Final = 183


@attrs.frozen
class Diagnostic:
    """One thing found off in a readout.

    ``path`` locates it in the readout ("dateline", "paragraphs[2].sentences[0]");
    ``pos``, ``line`` and ``column`` (1-based) locate it in the rendered text.
    """

    code: str
    message: str
    path: str
    pos: int
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.code} {self.message}"


def check(readout: Readout, /) -> tuple[Diagnostic, ...]:
    """Return the diagnostics for a readout, in text order.

    >>> from readout import parse
    >>> r = parse("Beijing, 10 Oct (ZXS) -- Wang Yi had a telephone conversation with "
    ...           "US Secretary of State Antony Blinken on 14 October.")
    >>> [str(d) for d in check(r)]
    ['1:1: RD101 the call took place on 14 Oct, after the dateline date 10 Oct']
    """
    text, where = offsets(readout)
    found = [
        _locate(text, where, code, message, path) for code, message, path in _findings(readout)
    ]
    return tuple(sorted(found, key=lambda d: (d.pos, d.code)))


def _findings(r: Readout) -> Iterator[tuple[str, str, str]]:
    yield from _dates(r)
    yield from _lead(r)
    yield from _agency(r)
    yield from _speakers(r)


def _dates(r: Readout) -> Iterator[tuple[str, str, str]]:
    if r.call is None or r.call.date is None or r.dateline is None or r.dateline.date is None:
        return
    call, dated = r.call.date, r.dateline.date
    if _days_after(call, dated) > 0:
        yield "RD101", f"the call took place on {call}, after the dateline date {dated}", "dateline"


def _days_after(a: PartialDate, b: PartialDate) -> int:
    """How many days ``a`` comes after ``b`` (negative: before); years compared when both known."""
    if a.year is not None and b.year is not None and a.year != b.year:
        return 366 * (a.year - b.year)
    days = _day_of_year(a) - _day_of_year(b)
    if a.year is None or b.year is None:
        if days > _HALF_YEAR:
            days -= 366
        elif days < -_HALF_YEAR:
            days += 366
    return days


def _day_of_year(d: PartialDate) -> int:
    return (d.month - 1) * 31 + d.day


def _lead(r: Readout) -> Iterator[tuple[str, str, str]]:
    from readout.parser.lead import is_announcement  # here: the lead's patterns are many

    lead = "paragraphs[0].sentences[0]"
    if r.call is None:
        yield "RD102", "the lead names no participants of a call", lead
    if is_announcement(r.lead.text):
        yield "RD103", "the lead announces a call still to come; this is not a readout", lead


def _agency(r: Readout) -> Iterator[tuple[str, str, str]]:
    from readout.parser.lexicon import lexicon  # here, as in _lead

    agency = r.dateline.agency if r.dateline else None
    if agency is not None and agency not in lexicon().agencies:
        yield "RD201", f"unknown agency {agency!r}", "dateline"


def _speakers(r: Readout) -> Iterator[tuple[str, str, str]]:
    people = frozenset(r.call.participants if r.call else ())  # one look-up per sentence
    for i, paragraph in enumerate(r.paragraphs):
        for j, sentence in enumerate(paragraph.sentences):
            speaker = sentence.speaker
            if isinstance(speaker, Participant) and speaker not in people:
                path = f"paragraphs[{i}].sentences[{j}]"
                yield "RD301", f"speaker {speaker.name!r} is not a participant of the call", path


def _locate(text: str, where: dict[str, int], code: str, message: str, path: str) -> Diagnostic:
    pos = where.get(path, 0)
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return Diagnostic(code, message, path, pos, line, column)
