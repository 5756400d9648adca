"""Do two readouts report the same call? The verdict, and the plain sentences it rests on.

The rules, in order; the first that decides gives the verdict:

1. the same people: every participant of the readout that names fewer has a
   counterpart in the other (by name, surname or title);
2. compatible kinds: a telephone call and a video call can be one call (one
   side's "spoke" is the other's "video call"); a meeting is not a call;
3. dates within a day of each other (time zones), two when one of them is a
   dateline or page date (datelines run a day late); a missing year is the one
   that brings the dates closest;
4. with no date to compare: an undated readout that mentions the other's call
   date as another occasion ("builds on the two leaders' conversation of March
   18") reports a later call;
5. texts that are nearly the same (similarity at least :data:`NEAR_IDENTICAL`)
   are two versions of one readout; otherwise two readouts from one publisher
   (the same agency, or the same government's web pages) report two calls: a
   publisher issues one readout per call;
6. otherwise, content: readouts of one call share some topic (a name, a quoted
   term, a named meeting); with none in common they report two calls.

The evidence is written the same way whichever readout is given first: pairs
of values are listed in alphabetical order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from readout.compare.match import (
    Dated,
    dated,
    days_apart,
    kinds_compatible,
    match_participants,
)
from readout.compare.result import ParticipantMatch, Phrase, PhraseKind, Phrases
from readout.model import Call, PartialDate, Readout
from readout.parser.lead import DAY_AND_MONTH, date_of, publisher_country

__all__ = ["NEAR_IDENTICAL", "Verdict", "call_verdict", "judge"]

#: The similarity from which two texts count as versions of one readout.
NEAR_IDENTICAL: Final = 0.6
# Days two call dates may lie apart (time zones); one more when a date is a publication date.
_CALL_DAYS: Final = 1
_PUBLICATION_DAYS: Final = 2
_TOPIC_KINDS: Final = frozenset({PhraseKind.QUOTED, PhraseKind.NAMED, PhraseKind.NAME})
_MAX_LISTED: Final = 6

# "conversation of March 18", "meeting on 12 February": another occasion, dated.
_OCCASION: Final = re.compile(
    r"\b(?:conversation|call|meeting|talks|summit|visit)\s+(?:of|on)\s+"
    + DAY_AND_MONTH
    + r"(?!\d)",
    re.ASCII,
)


class Verdict(NamedTuple):
    """Whether two readouts report the same call, and why."""

    same: bool
    evidence: tuple[str, ...]


def judge(
    left: Readout,
    right: Readout,
    people: tuple[ParticipantMatch, ...],
    *,
    phrases: Phrases,
    similarity: float,
) -> Verdict:
    """Decide whether two readouts report the same call, with the evidence for it."""
    evidence: list[str] = []
    same = _decide(left, right, people, phrases, similarity, evidence)
    return Verdict(same, tuple(evidence))


def _decide(
    left: Readout,
    right: Readout,
    people: tuple[ParticipantMatch, ...],
    phrases: Phrases,
    similarity: float,
    evidence: list[str],
) -> bool:
    if left.call is None or right.call is None:
        evidence.append(_no_call(left.call, right.call))
        return _by_similarity(similarity, evidence)
    for rule in (_people(people, left.call, right.call), _kinds(left.call, right.call)):
        evidence.append(rule.sentence)
        if not rule.same:
            return False
    a, b = dated(left), dated(right)
    dates = _dates(a, b)
    evidence.append(dates.sentence)
    if dates.same is not None:
        return dates.same
    occasion = _occasion(left, right, a, b)
    if occasion is not None:
        evidence.append(occasion)
        return False
    if similarity >= NEAR_IDENTICAL:
        return _by_similarity(similarity, evidence)
    publisher = _same_publisher(left, right)
    if publisher is not None:
        evidence.append(f"Both come from {publisher}, which issues one readout per call.")
        return _by_similarity(similarity, evidence)  # below NEAR_IDENTICAL: two calls
    return _by_topics(phrases, similarity, evidence)


def call_verdict(left: Readout, right: Readout) -> bool | None:
    """The verdict of :func:`judge` when the calls decide it (rules 1 to 3), else None.

    None when a readout names no call, or when people and kinds agree and the
    dates do not decide: then the verdict rests on the texts, and only the
    whole comparison tells. Cheap: no text is read.

    >>> from readout import parse
    >>> a = parse("Beijing, 1 Oct (ZXS) -- Wang Yi met with Antony Blinken.")
    >>> b = parse("Beijing, 9 Oct (ZXS) -- Wang Yi met with Antony Blinken.")
    >>> call_verdict(a, a), call_verdict(a, b)
    (True, False)
    """
    if left.call is None or right.call is None:
        return None
    people = match_participants(left.call.participants, right.call.participants)
    for rule in (_people(people, left.call, right.call), _kinds(left.call, right.call)):
        if not rule.same:
            return False
    return _dates(dated(left), dated(right)).same


class _Finding(NamedTuple):
    same: bool | None  # None: the rule does not decide
    sentence: str


def _no_call(left: Call | None, right: Call | None) -> str:
    if left is None and right is None:
        return "Neither readout names a call in its lead, so the verdict rests on their texts."
    return "Only one readout names a call in its lead, so the verdict rests on their texts."


def _by_similarity(similarity: float, evidence: list[str]) -> bool:
    same = similarity >= NEAR_IDENTICAL
    relation = "at least" if same else "below"
    verdict = "versions of one readout" if same else "two different texts"
    evidence.append(
        f"Their texts are {verdict}: similarity {similarity:.2f} is {relation} "
        f"{NEAR_IDENTICAL:.2f}."
    )
    return same


def _people(people: tuple[ParticipantMatch, ...], left: Call, right: Call) -> _Finding:
    fewer = min(len(left.participants), len(right.participants))
    matched = [m for m in people if m.left is not None and m.right is not None]
    alone = sorted(m.name for m in people if m.left is None or m.right is None)
    if not matched or len(matched) < fewer:
        names = _listing(alone)
        return _Finding(False, f"Different people: {names} appear in one readout only.")
    pairs = _listing(sorted(_pair(m) for m in matched))
    extra = f"; {_listing(alone)} appear in one readout only" if alone else ""
    return _Finding(True, f"Same people: {pairs}{extra}.")


def _pair(m: ParticipantMatch) -> str:
    assert m.left is not None
    assert m.right is not None
    assert m.basis is not None
    if m.left.name == m.right.name:
        return f"{m.left.name} (same name)"
    first, second = sorted((m.left.name, m.right.name))
    return f"{first} = {second} (same {m.basis.value})"


def _kinds(left: Call, right: Call) -> _Finding:
    kinds = " and ".join(sorted({left.kind.value, right.kind.value}))
    if kinds_compatible(left.kind, right.kind):
        what = "meetings" if left.kind.value == "meeting" else "calls"
        return _Finding(True, f"Compatible kinds: both are {what} ({kinds}).")
    return _Finding(False, f"Incompatible kinds: a meeting is not a call ({kinds}).")


def _dates(a: Dated | None, b: Dated | None) -> _Finding:
    if a is None and b is None:
        return _Finding(None, "Neither readout is dated.")
    if a is None or b is None:
        known = a if a is not None else b
        return _Finding(None, f"Only one readout is dated ({known}): no dates to compare.")
    apart = days_apart(a.date, b.date)
    allowed = _CALL_DAYS if a.source == b.source == "call date" else _PUBLICATION_DAYS
    first, second = sorted((str(a), str(b)))
    days = "day" if apart == 1 else "days"
    if apart <= allowed:
        return _Finding(True, f"Dates agree: {first} and {second} are {apart} {days} apart.")
    return _Finding(
        False, f"Dates disagree: {first} and {second} are {apart} {days} apart (at most {allowed})."
    )


def _occasion(
    left: Readout, right: Readout, left_date: Dated | None, right_date: Dated | None
) -> str | None:
    """Whether the undated readout mentions the other's call date as another occasion."""
    for undated, own, known in ((left, left_date, right_date), (right, right_date, left_date)):
        if own is not None or known is None:
            continue
        for text, when in _occasions(undated):
            if days_apart(when, known.date) == 0:
                return (
                    f"The undated readout mentions “{text}”, another occasion on the other "
                    f"readout's date ({known}): it reports a later call."
                )
    return None


def _occasions(readout: Readout) -> Iterator[tuple[str, PartialDate]]:
    for sentence in readout.sentences[1:]:
        for m in _OCCASION.finditer(sentence.text):
            date = date_of(m)
            if date is not None:
                yield m.group(), date


# Agencies known by more than one name.
_AGENCY_NAMES: Final = {"XNA": "XINHUA", "ITAR-TASS": "TASS"}


def _publisher(readout: Readout) -> str | None:
    if readout.dateline is not None:
        agency = readout.dateline.agency
        if agency is None:
            return None
        upper = agency.upper()
        return f"the agency {_AGENCY_NAMES.get(upper, upper)}"
    country = publisher_country(readout)
    return None if country is None else f"the web pages of one government ({country})"


def _same_publisher(left: Readout, right: Readout) -> str | None:
    a = _publisher(left)
    return a if a is not None and a == _publisher(right) else None


def _by_topics(phrases: Phrases, similarity: float, evidence: list[str]) -> bool:
    topics = sorted({_label(p) for p in phrases.shared if p.kind in _TOPIC_KINDS}, key=str.casefold)
    topics = topics or _shared_name_words(phrases)
    if not topics:
        evidence.append(
            "They share no topic (no name, quoted term or named meeting in common): "
            "nothing ties them to one call."
        )
        return False
    evidence.append(
        f"Nothing contradicts: they share topics ({_listing(topics)}), similarity {similarity:.2f}."
    )
    return True


def _shared_name_words(phrases: Phrases) -> list[str]:
    """The words two sides' names have in common: "Taiwan Strait" and "Taiwan" share Taiwan."""

    def words(found: tuple[str | None, ...]) -> set[str]:
        return {w for text in found if text for w in text.split() if len(w) >= _NAME_WORD}

    names = [p for p in (*phrases.left_only, *phrases.right_only) if p.kind in _TOPIC_KINDS]
    left = words(tuple(p.left for p in names))
    right = words(tuple(p.right for p in names))
    return sorted(left & right, key=str.casefold)


_NAME_WORD: Final = 4  # shorter words of names ("New", "Sea") tie nothing


def _label(phrase: Phrase) -> str:
    """A shared phrase as one side writes it, the same side whichever is left."""
    spellings = [t for t in (phrase.left, phrase.right) if t is not None]
    return min(spellings, key=lambda t: (t.casefold(), t))


def _listing(items: list[str]) -> str:
    shown = items[:_MAX_LISTED]
    more = len(items) - len(shown)
    text = ", ".join(shown)
    return f"{text} and {more} more" if more else text
