"""Synthetic corpora of any size, for benchmarks and tests: made-up calls, both sides' readouts.

Officials with made-up names (syllables), titles and countries hold calls and
meetings on dates over twenty years; each call is reported by one to three
publishers: the host's agency as a dispatch, the guest's government as a web
readout (headline and a page date line), sometimes a third agency a day late.
The texts are written with :func:`readout.compose`, so the parser reads them
back; nothing in them is copied from a real readout. The same ``seed`` gives
the same corpus.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Final, NamedTuple

import attrs

from readout.compose import Statement, compose
from readout.dates import MONTH_NAMES
from readout.model import Call, CallKind, Dateline, PartialDate, Participant, Readout, Side
from readout.render import render

__all__ = ["Reported", "officials", "reported_calls", "texts"]

_SYLLABLES: Final = (
    "ka ri to ma na lo vi se du pe ra mi zo ta be ko lu ne si ga fo he ju wa yu".split()
)
# (ISO code, capital, adjective, agency): made-up agencies keep readers from taking them for
# real ones, but the parser reads any agency name.
_COUNTRIES: Final = (
    ("BR", "Brasilia", "Brazilian", "Agencia"),
    ("CN", "Beijing", "Chinese", "Xinhua"),
    ("DE", "Berlin", "German", "DPA"),
    ("EG", "Cairo", "Egyptian", "MENA"),
    ("FR", "Paris", "French", "AFP"),
    ("IN", "New Delhi", "Indian", "PTI"),
    ("JP", "Tokyo", "Japanese", "Kyodo"),
    ("KR", "Seoul", "South Korean", "Yonhap"),
    ("RU", "Moscow", "Russian", "TASS"),
    ("TR", "Ankara", "Turkish", "Anadolu"),
    ("US", "Washington", "US", "AP"),
    ("ZA", "Pretoria", "South African", "SAPA"),
)
_ROLES: Final = ("Foreign Minister", "President", "Prime Minister", "Defense Minister")
_TOPICS: Final = (
    "trade between the two countries should keep growing",
    "the situation in the region calls for restraint",
    "the two countries will deepen cooperation on climate change",
    "dialogue remains the right way to settle differences",
    "the upcoming summit should bring concrete results",
    "the ceasefire must hold and aid must reach civilians",
    "energy security matters to both economies",
    "people-to-people exchanges should resume",
    "the nuclear question must be resolved peacefully",
    "supply chains must stay open and stable",
)
_CUES: Final = ("said that", "stressed that", "noted that", "pointed out that")


class Official(NamedTuple):
    """A made-up official: a participant, and where they come from."""

    participant: Participant
    capital: str
    agency: str


class Reported(NamedTuple):
    """One readout of a synthetic corpus: which call it reports (``call_id``), and the readout."""

    call_id: int
    readout: Readout


def officials(count: int, rng: random.Random) -> list[Official]:
    """``count`` officials with distinct made-up names, a title and a country each."""
    seen: set[str] = set()
    out: list[Official] = []
    while len(out) < count:
        name = " ".join(_word(rng) for _ in range(2))
        if name in seen or len(set(name.split())) < 2:
            continue
        seen.add(name)
        code, capital, adjective, agency = rng.choice(_COUNTRIES)
        title = f"{adjective} {rng.choice(_ROLES)}"
        out.append(Official(Participant(name, title, code), capital, agency))
    return out


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def reported_calls(calls: int, *, seed: int = 0, people: int = 400) -> Iterator[Reported]:
    """The readouts of ``calls`` calls among ``people`` officials, two or three per call.

    >>> first = next(reported_calls(1))
    >>> first.call_id, first.readout.call.kind.value
    (0, 'telephone')
    """
    rng = random.Random(seed)
    cast = officials(people, rng)
    start = date(2004, 1, 1)
    for call_id in range(calls):
        host, guest = rng.sample(cast, 2)
        when = start + timedelta(days=rng.randrange(20 * 365))
        kind = rng.choice(
            (CallKind.TELEPHONE, CallKind.TELEPHONE, CallKind.VIDEO, CallKind.MEETING)
        )
        for readout in _sides(host, guest, kind, when, rng):
            yield Reported(call_id, readout)


def _sides(
    host: Official, guest: Official, kind: CallKind, when: date, rng: random.Random
) -> Iterator[Readout]:
    """The host's dispatch, the guest's web readout, and sometimes a third agency's dispatch."""
    yield _dispatch(host, guest, kind, when, when, host, rng)
    yield _web(guest, host, kind, when, rng)
    if rng.random() < 0.3:  # another agency's copy, its dateline a day late
        yield _dispatch(guest, host, kind, when, when + timedelta(days=1), host, rng)


def _call(first: Official, second: Official, kind: CallKind, on: PartialDate | None) -> Call:
    initiator = second.participant if on is not None and on.day % 3 == 0 else None
    return Call(kind, on, (first.participant, second.participant), initiator)


def _dispatch(
    first: Official,
    second: Official,
    kind: CallKind,
    when: date,
    published: date,
    place: Official,
    rng: random.Random,
) -> Readout:
    on = PartialDate(None, when.month, when.day) if rng.random() < 0.8 else None
    dated = PartialDate(None, published.month, published.day)
    dateline = Dateline(place.capital, dated, place.agency)
    return compose(
        _call(first, second, kind, on),
        _statements(first, second, rng),
        dateline=dateline,
        end_marker="(End)" if rng.random() < 0.7 else None,
    )


def _web(
    first: Official, second: Official, kind: CallKind, when: date, rng: random.Random
) -> Readout:
    verb = "Meeting" if kind is CallKind.MEETING else "Call"
    host, guest = first.participant, second.participant
    headline = f"{host.title} {host.name}'s {verb} with {guest.name}"
    readout = compose(
        _call(first, second, kind, None),
        _statements(first, second, rng),
        headline=headline,
        end_marker="###",
    )
    page_date = f"{MONTH_NAMES[when.month - 1].upper()} {when.day}, {when.year}"
    return attrs.evolve(readout, header=(page_date,))


def _statements(first: Official, second: Official, rng: random.Random) -> list[list[Statement]]:
    paragraphs: list[list[Statement]] = [[]]
    for _ in range(rng.randint(2, 5)):
        who = rng.choice((first.participant, second.participant, Side.BOTH))
        cue = "agreed that" if who is Side.BOTH else rng.choice(_CUES)
        paragraph = [Statement(f"{rng.choice(_TOPICS)}.", who, cue)]
        if rng.random() < 0.5:
            paragraph.append(Statement(f"{rng.choice(_TOPICS).capitalize()}.", who))
        paragraphs.append(paragraph)
    return paragraphs


def texts(calls: int, *, seed: int = 0) -> Iterator[str]:
    """The texts of :func:`reported_calls`, rendered."""
    for reported in reported_calls(calls, seed=seed):
        yield render(reported.readout)
