"""Who is who on the two sides, when each readout says the call took place, what changed.

Participants are matched by name, then by surname, then by title: "Antony J.
Blinken" is "Antony Blinken" (the same name once initials are set aside), and
"Blinken", "Sergei Lavrov" is "Sergey Lavrov" (the same surname), and two
foreign ministers of one country with no name in common are matched by title.

A readout's date is its call date, else its dateline date, else a date line of
its header ("OCTOBER 14, 2023", "2023-12-06 15:30", "15 February 2022 22:05").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Final, Literal, NamedTuple

from readout._names import name_words
from readout.compare.result import Change, MatchBasis, ParticipantMatch
from readout.dates import month_number
from readout.model import Call, CallKind, PartialDate, Participant, Readout
from readout.parser.lexicon import lexicon

__all__ = [
    "Dated",
    "call_changes",
    "dated",
    "days_apart",
    "header_date",
    "match_participants",
    "title_words",
]

# --- names ------------------------------------------------------------------------------

# Words that join a given name to a father's or a family's: "Faisal bin Farhan Al Saud".
_PATRONYMIC: Final = frozenset({"bin", "ibn", "bint", "binti", "ben", "ould"})
_LINEAGE: Final = _PATRONYMIC | {"al", "el", "abu"}


def _same_lineage(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "Faisal bin Farhan", "Faisal bin Farhan Al Saud" and "Faisal bin Farhan bin Abdullah":
    the same given and father's names, one name going on where the other stops, or both
    going on with another line of descent. "Kim Jong Un" is not "Kim Jong Nam"."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    if sum(1 for w in a[:n] if w not in _LINEAGE) < 2 or not _LINEAGE.intersection(a[:n]):
        return False
    return all(len(x) == n or x[n] in _LINEAGE for x in (a, b))


def _basis(left: Participant, right: Participant) -> MatchBasis | None:
    """How two participants are the same person, or None when they are not."""
    a, b = name_words(left.name), name_words(right.name)
    if a and (a == b or (len(a) > 1 and sorted(a) == sorted(b)) or _same_lineage(a, b)):
        return MatchBasis.NAME  # "IWAYA Takeshi" is "Takeshi Iwaya", surname first
    if a and b and _same_surname(a, b):
        return MatchBasis.SURNAME
    if _same_title(left, right):
        return MatchBasis.TITLE
    return None


def _same_surname(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "Joe Biden" and "Joseph Biden"; a one-word name and the first or last word of another.

    Two names of several words match by their last words only: "Wang Yi" is not
    "Wang Wenbin", though Chinese names put the surname first.
    """
    if len(a) == 1 or len(b) == 1:
        short, long = (a, b) if len(a) <= len(b) else (b, a)
        return short[0] in (long[0], long[-1])
    # After "bin" comes a father's name, no surname: "Abdullah bin Zayed", "Mohamed bin Zayed".
    return a[-1] == b[-1] and a[-2] not in _PATRONYMIC and b[-2] not in _PATRONYMIC


def title_words(title: str | None) -> frozenset[str]:
    """The title words that matching by title compares, lower case: "Foreign Minister" has two."""
    if title is None:
        return frozenset()
    lex = lexicon()
    words = (w.rstrip(".") for w in title.split())
    return frozenset(w.lower() for w in words if w in lex.title_words or w in lex.title_heads)


def _same_title(left: Participant, right: Participant) -> bool:
    """No name in common, but the same country and a title word in common."""
    if left.country is None or left.country != right.country:
        return False
    return bool(title_words(left.title) & title_words(right.title))


_RANK: Final = {MatchBasis.NAME: 0, MatchBasis.SURNAME: 1, MatchBasis.TITLE: 2}


def match_participants(
    left: tuple[Participant, ...], right: tuple[Participant, ...]
) -> tuple[ParticipantMatch, ...]:
    """Pair each participant with its counterpart, the best bases first.

    Ties are broken by position (``i + j``), which orders any two candidates that
    share a participant; so the matching does not depend on which side is left.

    >>> [(m.left.name, m.right.name, m.basis.value) for m in match_participants(
    ...     (Participant("Wang Yi"), Participant("Antony Blinken")),
    ...     (Participant("Antony J. Blinken"), Participant("Wang Yi")))]
    [('Wang Yi', 'Wang Yi', 'name'), ('Antony Blinken', 'Antony J. Blinken', 'name')]
    """
    candidates = sorted(
        (_RANK[basis], i + j, i, j, basis)
        for i, a in enumerate(left)
        for j, b in enumerate(right)
        if (basis := _basis(a, b)) is not None
    )
    taken_left: dict[int, tuple[int, MatchBasis]] = {}
    taken_right: set[int] = set()
    for _, _, i, j, basis in candidates:
        if i not in taken_left and j not in taken_right:
            taken_left[i] = (j, basis)
            taken_right.add(j)
    matches = [_match(p, right, taken_left.get(i)) for i, p in enumerate(left)]
    matches += [ParticipantMatch(None, p) for j, p in enumerate(right) if j not in taken_right]
    return tuple(matches)


def _match(
    person: Participant, right: tuple[Participant, ...], found: tuple[int, MatchBasis] | None
) -> ParticipantMatch:
    if found is None:
        return ParticipantMatch(person, None)
    other = right[found[0]]
    return ParticipantMatch(person, other, found[1], _person_changes(person, other))


def _person_changes(left: Participant, right: Participant) -> tuple[Change, ...]:
    fields: tuple[tuple[str, str | None, str | None], ...] = (
        ("name", left.name, right.name),
        ("title", left.title, right.title),
        ("country", left.country, right.country),
    )
    return tuple(Change(path, a, b) for path, a, b in fields if a != b)


# --- dates ------------------------------------------------------------------------------

Source = Literal["call date", "dateline", "header"]


class Dated(NamedTuple):
    """The date a readout gives its call, and where it was read."""

    date: PartialDate
    source: Source

    def __str__(self) -> str:
        return f"{self.date} ({self.source})"


# Date lines of web readouts' headers, as whole lines: "OCTOBER 14, 2023", "Saturday, Oct. 14,
# 2023", "2023-12-06 15:30", "15 February 2022 22:05".
_WEEKDAY: Final = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_TIME: Final = r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?"
_HEADER_DATES: Final = (
    re.compile(
        _WEEKDAY + r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})" + _TIME,
        re.ASCII | re.IGNORECASE,
    ),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})" + _TIME, re.ASCII),
    # "15.02.2024": day first, as European pages write it (slashes are left alone: "12/03"
    # is the 12th of March in London and the 3rd of December in Washington).
    re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})" + _TIME, re.ASCII),
    re.compile(
        _WEEKDAY + r"(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<year>\d{4})" + _TIME,
        re.ASCII | re.IGNORECASE,
    ),
)


def header_date(line: str) -> PartialDate | None:
    """The date a header line consists of, or None.

    >>> str(header_date("OCTOBER 14, 2023")), str(header_date("2023-12-06 15:30"))
    ('14 Oct 2023', '6 Dec 2023')
    >>> str(header_date("15.02.2024")), header_date("12/03/2024") is None
    ('15 Feb 2024', True)
    >>> header_date("The following is attributable to Spokesperson Matthew Miller:") is None
    True
    """
    for pattern in _HEADER_DATES:
        m = pattern.fullmatch(line.strip())
        if m is None:
            continue
        word = m.group("month")
        month = int(word) if word.isdigit() else month_number(word)
        try:
            return None if month is None else PartialDate(int(m["year"]), month, int(m["day"]))
        except ValueError:
            return None
    return None


def _dates(readout: Readout) -> Iterator[Dated]:
    if readout.call is not None and readout.call.date is not None:
        yield Dated(readout.call.date, "call date")
    if readout.dateline is not None and readout.dateline.date is not None:
        yield Dated(readout.dateline.date, "dateline")
    for line in readout.header:
        found = header_date(line)
        if found is not None:
            yield Dated(found, "header")


def dated(readout: Readout) -> Dated | None:
    """The call's date: the call date, else the dateline's, else the header's; or None.

    A date without a year takes the year of a later source that is within a
    few days of it ("on 14 October" under a page dated "OCTOBER 14, 2023").
    """
    found = list(_dates(readout))
    if not found:
        return None
    first = found[0]
    if first.date.year is not None:
        return first
    for other in found[1:]:
        year = _year_near(first.date, other.date)
        if year is not None:
            return Dated(PartialDate(year, first.date.month, first.date.day), first.source)
    return first


_NEAR: Final = 7  # days: a later source this close dates the same event


def _year_near(undated: PartialDate, known: PartialDate) -> int | None:
    if known.year is None:
        return None
    for year in (known.year, known.year - 1):
        day = _day(undated, year)
        reference = _day(known, known.year)
        if day is not None and reference is not None and 0 <= reference - day <= _NEAR:
            return year
    return None


def _day(d: PartialDate, year: int) -> int | None:
    try:
        return date(year, d.month, d.day).toordinal()
    except ValueError:  # 29 February in a common year
        return None


# A leap year to place a date without year on; and the years around it, for dates that
# straddle the new year.
_ANY_YEAR: Final = 2000


def days_apart(a: PartialDate, b: PartialDate) -> int:
    """How many days lie between two dates; a missing year is the one that brings them closest.

    >>> days_apart(PartialDate(None, 12, 31), PartialDate(2024, 1, 1))
    1
    >>> days_apart(PartialDate(2022, 3, 18), PartialDate(2023, 3, 18))
    365
    >>> days_apart(PartialDate(2006, 3, 1), PartialDate(None, 2, 29))  # 29 Feb 2008
    730
    """
    if a.year is None and b.year is None:  # either way round: the same answer
        return min(_apart(a, b), _apart(b, a))
    if a.year is None:
        a, b = b, a
    return _apart(a, b)


def _apart(a: PartialDate, b: PartialDate) -> int:
    """Days between ``a`` (placed in its year, or a leap year) and ``b`` in its closest year."""
    base = _ANY_YEAR if a.year is None else a.year
    first = _day(a, base)
    if first is None:  # 29 February without a year: any leap year will do
        base = _ANY_YEAR
        first = _day(a, base)
        assert first is not None
    if b.year is not None:
        second = _day(b, b.year)
        assert second is not None
        return abs(first - second)
    # 29 February has no year next to a common year: then the nearest leap years.
    reach = 1 if (b.month, b.day) != (2, 29) else _LEAP_REACH
    options = (_day(b, year) for year in range(base - reach, base + reach + 1))
    return min(abs(first - d) for d in options if d is not None)


# Years either side of any year that hold a leap year (1900 is none: 1896 and 1904 are).
_LEAP_REACH: Final = 4


# --- field changes ----------------------------------------------------------------------


def call_changes(
    left: Readout, right: Readout, people: tuple[ParticipantMatch, ...]
) -> tuple[Change, ...]:
    """The fields of the call and the dateline that differ, as (path, left, right).

    Paths: ``call`` (one side names no call), ``call.kind``, ``call.date``,
    ``call.initiator`` (compared through the participant matching),
    ``dateline`` (one side has none), ``dateline.place``, ``dateline.date``,
    ``dateline.agency``.
    """
    return (*_call_fields(left.call, right.call, people), *_dateline_fields(left, right))


def _call_fields(
    left: Call | None, right: Call | None, people: tuple[ParticipantMatch, ...]
) -> Iterator[Change]:
    if left is None or right is None:
        if left is not right:
            yield Change("call", _call_summary(left), _call_summary(right))
        return
    if left.kind != right.kind:
        yield Change("call.kind", left.kind.value, right.kind.value)
    if left.date != right.date:
        yield Change("call.date", _iso(left.date), _iso(right.date))
    if not _same_initiator(left.initiator, right.initiator, people):
        yield Change("call.initiator", _name(left.initiator), _name(right.initiator))


def _same_initiator(
    left: Participant | None, right: Participant | None, people: tuple[ParticipantMatch, ...]
) -> bool:
    if left is None or right is None:
        return left is right
    return any(m.left == left and m.right == right for m in people)


def _dateline_fields(left: Readout, right: Readout) -> Iterator[Change]:
    a, b = left.dateline, right.dateline
    if a is None or b is None:
        if a is not b:
            yield Change("dateline", None if a is None else a.place, None if b is None else b.place)
        return
    if a.place != b.place:
        yield Change("dateline.place", a.place, b.place)
    if a.date != b.date:
        yield Change("dateline.date", _iso(a.date), _iso(b.date))
    if a.agency != b.agency:
        yield Change("dateline.agency", a.agency, b.agency)


def _call_summary(call: Call | None) -> str | None:
    if call is None:
        return None
    names = " and ".join(p.name for p in call.participants)
    return f"{call.kind.value}: {names}"


def _iso(d: PartialDate | None) -> str | None:
    return None if d is None else d.isoformat()


def _name(p: Participant | None) -> str | None:
    return None if p is None else p.name


def kinds_compatible(a: CallKind, b: CallKind) -> bool:
    """Whether two kinds can describe one call: a telephone call and a video call can.

    One side's "spoke" is the other's "video call"; a meeting is not a call.

    >>> kinds_compatible(CallKind.TELEPHONE, CallKind.VIDEO)
    True
    >>> kinds_compatible(CallKind.MEETING, CallKind.TELEPHONE)
    False
    """
    return (a is CallKind.MEETING) == (b is CallKind.MEETING)
