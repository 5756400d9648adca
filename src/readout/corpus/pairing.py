"""Pairing: which readouts of a collection report the same call, without comparing all pairs.

:func:`readout.compare` decides whether two readouts report one call by rules
(see :mod:`readout.compare.verdict`): the same people, compatible kinds, dates
within two days, and only then the texts. The first rules say which pairs can
never be the same call, so readouts are put in *blocks* by the keys of their
participants (each name's first and last word, each title word with the
country) and their kind (meeting or call); within a block, only readouts
dated within two days of each other are compared, and undated ones with all
(a date without a year matches that day of any year, as ``compare`` reads it).
Every candidate pair is then judged by :func:`same_call`, which gives
``compare(a, b).same_call``: the calls alone decide most pairs, and the whole
comparison runs only where they do not.

For readouts that name a call, :func:`pair` finds exactly the pairs that
comparing every pair finds: two readouts of one call share a block. A readout
without a call can only be the same call as another by its text: it is paired
with other readouts without a call whose texts are near-duplicates (MinHash
LSH at a Jaccard index of 0.5 over runs of three words, see
:mod:`readout.corpus.dedup`), and not with readouts that name a call.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import combinations
from typing import Final, NamedTuple

from readout._names import name_words
from readout.compare.match import dated, title_words
from readout.compare.verdict import call_verdict
from readout.corpus.dedup import band_keys, bands_for, shingles, sketch
from readout.model import CallKind, PartialDate, Readout

__all__ = ["TEXT_THRESHOLD", "pair", "pair_block", "pair_keys", "same_call"]

#: The Jaccard index of shingles from which readouts without a call are compared.
TEXT_THRESHOLD: Final = 0.5
_TEXT_ROWS: Final = bands_for(TEXT_THRESHOLD)
_TEXT_KEY: Final = "lsh"
# Days apart that compare() may still call one call (datelines run a day or two late).
_YEAR_DAYS: Final = 2
# The same, for a date without a year against a day of the year: one more for 29 February.
_DAY_OF_YEAR_DAYS: Final = 4
_DAYS_IN_LEAP_YEAR: Final = 366
_JANUARY_FIRST: Final = date(2000, 1, 1).toordinal()


def same_call(left: Readout, right: Readout, /) -> bool:
    """Whether two readouts report the same call: ``compare(left, right).same_call``, cheaper.

    The participants, kinds and dates decide most pairs without reading the
    texts; the whole comparison runs only when they do not.

    >>> from readout import parse
    >>> a = parse("Beijing, 14 Oct (ZXS) -- Wang Yi had a telephone conversation with Blinken.")
    >>> b = parse("WASHINGTON, Oct. 15 (TASS) -- Blinken had a phone call with Wang Yi.")
    >>> same_call(a, b)
    True
    """
    verdict = call_verdict(left, right)
    if verdict is not None:
        return verdict
    from readout.compare.core import compare  # here: the comparison machinery is heavy

    return compare(left, right).same_call


def pair_keys(readout: Readout, /) -> frozenset[str]:
    """The block keys of a readout: two readouts of one call share at least one.

    For a call: ``KIND:name:WORD`` for the first and last word of each
    participant's name, ``KIND:title:COUNTRY:WORD`` for each title word of a
    participant whose country is known (KIND is ``meeting`` or ``call``). For
    a readout without a call: the LSH band keys of its text.

    >>> from readout import parse
    >>> sorted(pair_keys(parse("Beijing, 1 Oct (ZXS) -- Wang Yi met with US Secretary "
    ...                        "of State Antony Blinken.")))
    ['meeting:name:antony', 'meeting:name:blinken', 'meeting:name:wang', 'meeting:name:yi', \
'meeting:title:US:secretary', 'meeting:title:US:state']
    """
    call = readout.call
    if call is None:
        found = shingles(readout)
        return frozenset(band_keys(sketch(found), _TEXT_ROWS)) if found else frozenset()
    kind = "meeting" if call.kind is CallKind.MEETING else "call"
    keys: set[str] = set()
    for person in call.participants:
        words = name_words(person.name)
        if words:
            keys.update((f"{kind}:name:{words[0]}", f"{kind}:name:{words[-1]}"))
        if person.country is not None:
            keys.update(f"{kind}:title:{person.country}:{w}" for w in title_words(person.title))
    return frozenset(keys)


def pair(readouts: Sequence[Readout], /) -> tuple[tuple[int, int], ...]:
    """Find the readouts that report the same call: pairs ``(i, j)``, ``i < j``, sorted.

    Blocks by participants and date, then judges each candidate pair with
    :func:`same_call`; see :mod:`readout.corpus.pairing` for what is exact.
    Group the pairs into calls with any connected-components routine.

    >>> from readout import parse
    >>> texts = [
    ...     "Beijing, 14 Oct (ZXS) -- Wang Yi had a telephone conversation with Blinken.",
    ...     "BEIJING, Dec. 6 (Xinhua) -- Wang Yi had a phone call with Blinken.",
    ...     "WASHINGTON, Oct. 15 (TASS) -- Blinken had a phone call with Wang Yi.",
    ... ]
    >>> pair([parse(t) for t in texts])
    ((0, 2),)
    """
    keys = [pair_keys(r) for r in readouts]
    blocks: defaultdict[str, list[int]] = defaultdict(list)
    for i, found in enumerate(keys):
        for key in found:
            blocks[key].append(i)
    found_pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        found_pairs.update(_candidates(key, members, readouts))
    return tuple(sorted(p for p in found_pairs if same_call(readouts[p[0]], readouts[p[1]])))


def pair_block(key: str, readouts: Sequence[Readout], /) -> tuple[tuple[int, int], ...]:
    """The pairs of one block that report the same call: for a distributed engine.

    ``readouts`` are those whose :func:`pair_keys` hold ``key``; the pairs
    index them. The union of the pairs of every block, mapped back to the
    readouts, is what :func:`pair` finds over the whole collection.
    """
    members = range(len(readouts))
    candidates = _candidates(key, members, readouts)
    return tuple(sorted(p for p in candidates if same_call(readouts[p[0]], readouts[p[1]])))


def _candidates(
    key: str, members: Sequence[int], readouts: Sequence[Readout]
) -> Iterable[tuple[int, int]]:
    if key.startswith(_TEXT_KEY):
        return combinations(members, 2)
    return _dated_candidates(members, readouts)


class _Days(NamedTuple):
    """The members of a block by date: by day (with a year), by day of the year, undated."""

    by_day: dict[int, list[int]]
    by_day_of_year: dict[int, list[int]]  # every dated member
    yearless: list[tuple[int, int]]  # (day of the year, member)
    undated: list[int]


def _dated_candidates(members: Sequence[int], readouts: Sequence[Readout]) -> set[tuple[int, int]]:
    """The pairs of a block whose dates may lie within two days, and every undated pair."""
    days = _days(members, readouts)
    found: set[tuple[int, int]] = set()
    for day, firsts in days.by_day.items():
        for other in range(day, day + _YEAR_DAYS + 1):
            for i in firsts:
                found.update(_ordered(i, j) for j in days.by_day.get(other, ()) if j != i)
    for day, i in days.yearless:
        for step in range(-_DAY_OF_YEAR_DAYS, _DAY_OF_YEAR_DAYS + 1):
            near = days.by_day_of_year.get((day + step) % _DAYS_IN_LEAP_YEAR, ())
            found.update(_ordered(i, j) for j in near if j != i)
    for i in days.undated:
        found.update(_ordered(i, j) for j in members if j != i)
    return found


def _days(members: Sequence[int], readouts: Sequence[Readout]) -> _Days:
    days = _Days({}, {}, [], [])
    for i in members:
        when = dated(readouts[i])
        if when is None:
            days.undated.append(i)
            continue
        day_of_year = _day_of_year(when.date)
        days.by_day_of_year.setdefault(day_of_year, []).append(i)
        if when.date.year is None:
            days.yearless.append((day_of_year, i))
        else:
            ordinal = date(when.date.year, when.date.month, when.date.day).toordinal()
            days.by_day.setdefault(ordinal, []).append(i)
    return days


def _day_of_year(d: PartialDate) -> int:
    """The day of a date in a leap year, from 0: where a date without a year may fall."""
    return date(2000, d.month, d.day).toordinal() - _JANUARY_FIRST


def _ordered(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)
