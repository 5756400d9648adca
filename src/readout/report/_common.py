"""What every report form needs: labels for the sides and the rows of the aligned view."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from readout.compare.result import (
    Change,
    Comparison,
    ParticipantMatch,
    Phrase,
    PhraseKind,
    SentenceRef,
    SpeakerStatements,
    StatementPair,
    WordSpan,
)
from readout.compare.words import word_diff
from readout.model import PartialDate, Participant, Readout, Side, Speaker

__all__ = [
    "NEAR",
    "Row",
    "change_label",
    "label",
    "match_title",
    "phrase_groups",
    "phrase_label",
    "rows",
    "speaker_name",
    "summary",
    "value_text",
    "words_of",
]

#: Pairs scoring at least this are near matches: reports show their word-level differences.
NEAR: Final = 0.5
_LABEL_LENGTH: Final = 70

_PATHS: Final = {
    "call": "call",
    "call.kind": "kind of call",
    "call.date": "date of the call",
    "call.initiator": "who asked for the call",
    "dateline": "dateline",
    "dateline.place": "dateline place",
    "dateline.date": "dateline date",
    "dateline.agency": "agency",
    "headline": "headline",
    "header": "header lines",
    "end_marker": "end marker",
    "name": "name",
    "title": "title",
    "country": "country",
}


def label(readout: Readout, *, limit: int | None = _LABEL_LENGTH) -> str:
    """A short name for a readout: its agency and dateline, or its headline (cut at ``limit``).

    >>> from readout import parse
    >>> label(parse("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken."))
    'ZXS, Beijing, 10 Oct'
    """
    dateline = readout.dateline
    if dateline is not None:
        parts = [
            dateline.agency,
            dateline.place,
            None if dateline.date is None else str(dateline.date),
        ]
        return ", ".join(p for p in parts if p)
    text = readout.headline if readout.headline is not None else readout.lead.text
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def speaker_name(speaker: Speaker) -> str:
    """Who speaks a sentence, for people: a name, "both sides" or "narration"."""
    if speaker is None:
        return "narration"
    if speaker is Side.BOTH:
        return "both sides"
    assert isinstance(speaker, Participant)
    return speaker.name


def change_label(change: Change) -> str:
    """The path of a change in words: "call.initiator" -> "who asked for the call"."""
    if change.path.startswith("call.participants["):
        return change.path.replace("call.participants", "participant")
    return _PATHS.get(change.path, change.path)


# An ISO date as changes write it: "2023-10-14", "--10-14" (no year).
_ISO_DATE: Final = re.compile(r"(\d{4}|-)-(\d{2})-(\d{2})", re.ASCII)


def value_text(value: str | None) -> str | None:
    """A changed value for people: ISO dates as "14 Oct 2023" or "14 Oct".

    >>> value_text("--10-14"), value_text("2023-12-06"), value_text("Antony Blinken")
    ('14 Oct', '6 Dec 2023', 'Antony Blinken')
    """
    if value is None:
        return None
    m = _ISO_DATE.fullmatch(value)
    if m is None:
        return value
    year = None if m.group(1) == "-" else int(m.group(1))
    try:
        return str(PartialDate(year, int(m.group(2)), int(m.group(3))))
    except ValueError:
        return value


def phrase_label(phrase: Phrase, text: str) -> str:
    """A phrase as a report lists it: quoted terms in quotation marks."""
    return f"“{text}”" if phrase.kind is PhraseKind.QUOTED else text


def phrase_groups(comparison: Comparison) -> Iterator[tuple[str, list[str]]]:
    """The phrases in three groups, shared, only left, only right, each as its side wrote them."""
    p = comparison.phrases
    for title, phrases, left in (
        ("shared", p.shared, True),
        ("only left", p.left_only, True),
        ("only right", p.right_only, False),
    ):
        labels = []
        for phrase in phrases:
            text = phrase.left if left else phrase.right
            labels.append(phrase_label(phrase, text if text is not None else phrase.text))
        yield title, labels


def words_of(pair: StatementPair) -> tuple[WordSpan, ...] | None:
    """The word-level differences of a near match; None for a looser match."""
    if pair.score < NEAR:
        return None
    return word_diff(pair.left.text, pair.right.text)


def match_title(m: ParticipantMatch) -> str:
    """A participant match in words: "Antony Blinken = Antony J. Blinken (same name)"."""
    if m.left is None or m.right is None:
        side = "left" if m.right is None else "right"
        return f"{m.name} (only on the {side})"
    basis = "" if m.basis is None else f" (same {m.basis.value})"
    if m.left.name == m.right.name:
        return f"{m.left.name}{basis}"
    return f"{m.left.name} = {m.right.name}{basis}"


class Row(NamedTuple):
    """One row of the aligned view: a sentence of each side, or of one side only.

    ``again`` says which sentence of a pair is in an earlier row too, as when one
    side splits in two what the other says in one sentence: "left", "right" or "".
    """

    left: SentenceRef | None
    right: SentenceRef | None
    pair: StatementPair | None  # the pair, when both sides are there
    again: str = ""


def rows(comparison: Comparison) -> Iterator[Row]:
    """The aligned view in the left's order; each right-only sentence before the next match
    that follows it on the right, the rest at the end.
    """
    by_left: dict[int, list[StatementPair]] = {}
    for pair in comparison.pairs:
        by_left.setdefault(pair.left.index, []).append(pair)
    right_only = list(comparison.right_only)
    shown: set[int] = set()
    for ref in _left_refs(comparison):
        for n, pair in enumerate(by_left.get(ref.index, [])):
            while right_only and right_only[0].index < pair.right.index:
                yield Row(None, right_only.pop(0), None)
            again = "left" if n else "right" if pair.right.index in shown else ""
            yield Row(pair.left, pair.right, pair, again)
            shown.add(pair.right.index)
        if ref.index not in by_left:
            yield Row(ref, None, None)
    for ref in right_only:
        yield Row(None, ref, None)


def _left_refs(comparison: Comparison) -> list[SentenceRef]:
    return [SentenceRef(n, s.text, s.speaker) for n, s in enumerate(comparison.left.sentences)]


def summary(group: SpeakerStatements) -> str:
    """How much of a speaker's statements match: "3 matched, 2 only left, 1 only right"."""
    parts = [f"{len(group.pairs)} matched"]
    if group.left_only:
        parts.append(f"{len(group.left_only)} only left")
    if group.right_only:
        parts.append(f"{len(group.right_only)} only right")
    return ", ".join(parts)
