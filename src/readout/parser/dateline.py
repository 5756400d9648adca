"""Agency datelines: ``Beijing, 10 Oct (ZXS) --`` and their relatives.

Grammar (each form anchored at the start of the lead paragraph)::

    dateline  = place [", " date] ["(" agency ")"] dash ws     ; a date or an agency, or both
              / place ", " [[any ", "] date ", "] AGENCY dash ws ; known: "Tehran, IRNA --"
              / place ", " date "(" agency ")" SP              ; no dash: "New Delhi, Jun 5 (PTI)"
              / place ", " date "/" agency "/" ["."] ws        ; TASS: "MOSCOW, August 7. /TASS/."
              / PLACE dash ws / PLACE ":" ws                   ; bare, upper-case place
    date      = [weekday ", "] DAY [ordinal] SP MONTH ["."] [[","] SP YEAR] ["."]
              / [weekday ", "] MONTH ["."] SP DAY [ordinal] [[","] SP YEAR] ["."]
    ordinal   = "st" / "nd" / "rd" / "th"                    ; "5th June, 2024" (WAM)
    dash      = "--" / "—" / "–" / "-" / ".-"                ; ".-" after EFE's "(EFE)"
              / ":"                                          ; right after ")": "(APP):"
    agency    = WORD [SP WORD]                               ; "Prensa Latina"
    ws        = white space holding at most one line break

A line that has the shape of a dateline with an agency but a date that is no
date ("Beijing, 32 Oct (ZXS) --") is an error, not prose.
"""

from __future__ import annotations

import functools
import re
from typing import Final, NamedTuple

from readout.dates import month_number
from readout.errors import ParseError
from readout.model import BARE_PLACE_PATTERN, PLACE_PATTERN, Dateline, PartialDate
from readout.parser.lexicon import lexicon

__all__ = ["DatelineMatch", "match_dateline", "read_dateline"]

_PLACE: Final = r"(?P<place>[^\s,()/:][^,()/:\n]{0,59}?)"
# One word, or two capitalised ("Prensa Latina"): as AGENCY_PATTERN in the model.
_AGENCY: Final = r"(?P<agency>[A-Za-z][A-Za-z-]{0,20}(?: [A-Z][A-Za-z-]{0,20})?)"
# White space after the dateline, at most one line break, then the lead (or the end of the
# text, which the caller reports): a blank line after a dateline would leave it alone.
_GAP: Final = r"(?P<gap>[^\S\n]*(?:\n[^\S\n]*)?)(?=\S|\Z)"

# "Beijing, 10 Oct (ZXS) --", "BEIJING, Oct. 14 (Xinhua) —", "BEIJING (Xinhua) --",
# "WASHINGTON, Dec. 6 --". The place is lazy and bounded, the date bounded: no runaway.
_PAREN_FORM: Final = re.compile(
    _PLACE
    + r"(?:,[^\S\n]+(?P<date>[^()\n]{1,60}?))?"
    + r"(?:[^\S\n]*\("
    + _AGENCY
    + r"\))?"
    + r"[^\S\n]*(?P<dash>--|\u2014|\u2013|\.?-(?=[^\S\n])|(?<=\)):(?=[^\S\n]))"
    + _GAP
)
# "New Delhi, Jun 5 (PTI) Prime Minister ...": a date and an agency, then the lead, no dash.
_UNDASHED_FORM: Final = re.compile(
    _PLACE
    + r",[^\S\n]+(?P<date>[^()\n]{1,40}?)[^\S\n]*\("
    + _AGENCY
    + r"\)(?P<dash>)(?P<gap>[^\S\n]+)(?=[A-Z\"\u201c]|\Z)"
)
# "MOSCOW, August 7. /TASS/."
_SLASH_FORM: Final = re.compile(
    _PLACE + r",[^\S\n]+(?P<date>[^/\n]{1,40}?)[^\S\n]*/" + _AGENCY + r"/(?P<dot>\.?)" + _GAP
)
# "BEIJING —", "SÃO PAULO —", "BEIJING:": an upper-case place alone. The pattern takes
# letters of any case (one character per step: no backtracking blow-up), the caller
# insists on upper case, which "[A-Z]" would have limited to ASCII.
_BARE_FORM: Final = re.compile(
    r"(?P<place>[^\W\d_](?:[^\W\d_]|[.'\- ]){0,39}?)"
    r"(?:[^\S\n]*(?P<dash>--|\u2014|\u2013)|(?P<colon>:))" + _GAP
)

_WEEKDAYS: Final = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
# One date: day-month or month-day, optional year. ASCII digits only: "١٤ Oct" is no date.
_DAY_MONTH: Final = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?P<month>[A-Za-z]{3,9})\.?"
    r"(?:,?[ \t]+(?P<year>\d{4}))?\.?",
    re.ASCII,
)
_MONTH_DAY: Final = re.compile(
    r"(?P<month>[A-Za-z]{3,9})\.?[ \t]+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?[ \t]+(?P<year>\d{4}))?\.?",
    re.ASCII,
)
_WEEKDAY_PREFIX: Final = re.compile(r"(?P<weekday>[A-Za-z]{6,9}),?[ \t]+", re.ASCII)


class DatelineMatch(NamedTuple):
    """A dateline found in a document: the value and where its text ends."""

    dateline: Dateline
    end: int


def match_dateline(doc: str, pos: int, *, bare: bool = False) -> DatelineMatch | None:
    """Read a dateline starting exactly at ``doc[pos]``, or return None.

    A bare place ("BEIJING —") is read only when ``bare``: alone, it cannot be
    told from the place line that opens many government web pages ("WASHINGTON –
    Secretary Yellen spoke ..."), so only a text known to be a dispatch has one.
    Raises ParseError when the text has the shape of a dateline with an
    agency but its date cannot be a date.
    """
    return _match(doc, pos, alone=False, bare=bare)


def _match(doc: str, pos: int, *, alone: bool, bare: bool = True) -> DatelineMatch | None:
    """Match a dateline at ``doc[pos]``; ``alone`` when ``doc`` is the dateline and nothing more.

    A bare place ("BEIJING —") is a dateline only before prose, which a
    dateline standing alone has none of to show.
    """
    for form in (_SLASH_FORM, _PAREN_FORM, _UNDASHED_FORM):
        m = form.match(doc, pos)
        if m is None or not m.group("place")[0].isupper():
            continue
        if form is _UNDASHED_FORM and not alone and m.end() == len(doc):
            continue  # without a dash, only the lead after it shows a dateline
        agency = m.group("agency")
        if agency is None and m.group("date") is None:
            continue
        named = _agency_last(m.group("date")) if agency is None else None
        if named is not None:
            # "Tehran, IRNA --", "Riyadh, Jumada II 22, 1445, Jan 4, 2024, SPA --": a known
            # agency after the date, or where the date would be.
            before, agency = named
            date = _last_date(before) if before else None
            if before and date is None:
                continue
            found = _build(m, date, agency)
        else:
            date = _read_date_part(doc, m, strict=_looks_dated(m))
            if date is None and m.group("date"):
                continue
            found = _build(m, date, agency)
        if found is not None:
            return found
    m = _BARE_FORM.match(doc, pos) if bare else None
    if m is not None and m.group("place").isupper() and (alone or _is_prose(doc, m.end())):
        return _build(m, None, None)
    return None


def _agency_last(text: str | None) -> tuple[str, str] | None:
    """A known agency that ends a dateline's date part, and what stands before it."""
    if text is None:
        return None
    before, _, last = text.rpartition(", ")
    return (before, last) if last in lexicon().agencies else None


def _last_date(text: str) -> PartialDate | None:
    """The date that ends ``text``, after any other calendar's: "Jumada II 22, 1445, Jan 4"."""
    parts = text.split(", ")
    for k in range(len(parts)):
        date = read_date(", ".join(parts[k:]))
        if isinstance(date, PartialDate):
            return date
    return None


def _looks_dated(m: re.Match[str]) -> bool:
    """Whether a dateline-shaped match is surely a dateline, so a bad date is an error.

    It is when it names an agency and its date part has a digit or a month name:
    "Beijing, 32 Oct (ZXS) --" is a broken dateline, "Wang Yi, in a call (video) -"
    is prose.
    """
    date = m.group("date")
    if m.group("agency") is None or date is None:
        return False
    return any(ch in _ASCII_DIGITS for ch in date) or any(
        month_number(word.rstrip(".")) is not None for word in date.split()
    )


_ASCII_DIGITS: Final = frozenset("0123456789")


def _is_prose(doc: str, pos: int) -> bool:
    """Whether the line after a bare dateline has lower-case words (not an all-caps title)."""
    end = doc.find("\n", pos, pos + 200)
    return any(ch.islower() for ch in doc[pos : pos + 200 if end < 0 else end])


def read_dateline(source: str) -> Dateline | None:
    """Read a whole string as one dateline, or return None if it is not exactly one.

    >>> read_dateline("Beijing, 10 Oct (ZXS) -- ")
    Dateline(place='Beijing', date=PartialDate(year=None, month=10, day=10), agency='ZXS')
    >>> read_dateline("BEIJING — ")
    Dateline(place='BEIJING', date=None, agency=None)
    """
    try:
        found = _match(source, 0, alone=True)
    except ParseError:
        return None
    if found is None or found.end != len(source):
        return None
    return found.dateline


def _build(m: re.Match[str], date: PartialDate | None, agency: str | None) -> DatelineMatch | None:
    """The dateline a match reads, or None when its place is none a dateline can have.

    A place such as "Foo - Bar" has the shape of one but holds a dash, which ends a place.
    """
    place = m.group("place").rstrip()
    if PLACE_PATTERN.fullmatch(place) is None:
        return None
    if date is None and agency is None and BARE_PLACE_PATTERN.fullmatch(place) is None:
        return None
    return DatelineMatch(Dateline(place, date, agency, source=m.group()), m.end())


def _read_date_part(doc: str, m: re.Match[str], *, strict: bool) -> PartialDate | None:
    """Read the date group of a dateline; raise ParseError only when ``strict``."""
    text, start = m.group("date"), m.start("date")
    if text is None:
        return None
    date = read_date(text)
    if isinstance(date, PartialDate):
        return date
    if strict:
        raise ParseError(date.message, doc, start + date.offset)
    return None


class DateProblem(NamedTuple):
    """Why a string is not a date, and where in it."""

    message: str
    offset: int


# A feed repeats its dates (every dispatch of a day carries "10 Oct"): keep the last ones read.
_DATES_KEPT: Final = 4096


@functools.lru_cache(maxsize=_DATES_KEPT)
def read_date(text: str) -> PartialDate | DateProblem:
    """Read a dateline date such as ``10 Oct``, ``Oct. 14, 2023`` or ``August 7.``.

    The answers for the last 4,096 strings are kept (both kinds are immutable).

    >>> read_date("Sept. 18")
    PartialDate(year=None, month=9, day=18)
    >>> read_date("32 Oct")
    DateProblem(message='day 32 is not a day of October', offset=0)
    """
    offset = 0
    w = _WEEKDAY_PREFIX.match(text)
    if w is not None and w.group("weekday").lower() in _WEEKDAYS:
        offset = w.end()
    m = _DAY_MONTH.fullmatch(text, offset) or _MONTH_DAY.fullmatch(text, offset)
    if m is None:
        return DateProblem(
            f"expected a date such as '10 Oct' or 'Oct. 14, 2023', found {text!r}", offset
        )
    month = month_number(m.group("month"))
    if month is None:
        return DateProblem(f"{m.group('month')!r} is not the name of a month", m.start("month"))
    year = int(m.group("year")) if m.group("year") else None
    try:
        return PartialDate(year, month, int(m.group("day")))
    except ValueError as e:
        return DateProblem(str(e), m.start("day"))
