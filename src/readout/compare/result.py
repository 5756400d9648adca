"""The frozen results of comparing readouts: what matched, what changed, what is missing.

Every class here is a frozen attrs value that :data:`readout.serialize.converter`
turns into JSON-compatible dicts and back: enums by value, tuples as arrays,
readouts and participants as the readout records are written. A
:class:`Comparison` holds the two readouts it compares, so that it can be
reported (:meth:`Comparison.to_html`) or mirrored (:meth:`Comparison.swapped`)
on its own.

Sides are called *left* and *right*, in the order given to
:func:`readout.compare`.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from typing import Any, Final

import attrs
import cattrs

from readout.compare._json import from_dict, loads, to_dict, to_json
from readout.model import Participant, Readout, Side, Speaker
from readout.serialize import converter

__all__ = [
    "Change",
    "Comparison",
    "DiffOp",
    "MatchBasis",
    "ParticipantMatch",
    "Phrase",
    "PhraseKind",
    "Phrases",
    "SentenceRef",
    "SpeakerStatements",
    "StatementPair",
    "Voice",
    "WordSpan",
    "configure_converter",
]


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Change:
    """One field that differs: its ``path`` ("call.kind") and its value on each side.

    Values are written as text ("telephone", "--10-14", "Antony Blinken"), ``None``
    where a side has no value.
    """

    path: str
    left: str | None
    right: str | None

    def swapped(self) -> Change:
        """The same change seen from the other side."""
        return Change(self.path, self.right, self.left)


class MatchBasis(enum.Enum):
    """How two participants were found to be the same person.

    ``NAME``: the same name once initials, suffixes, case and punctuation are set
    aside ("Antony J. Blinken" = "Antony Blinken"); ``SURNAME``: the same surname
    ("Sergey Lavrov" = "Sergei Lavrov", "Blinken" = "Antony Blinken");
    ``TITLE``: no name in common but the same country and a title word in common.
    """

    NAME = "name"
    SURNAME = "surname"
    TITLE = "title"


@attrs.frozen
class ParticipantMatch:
    """A participant and its counterpart; one side is ``None`` when there is none.

    ``changes`` lists how the two are written differently ("name", "title",
    "country"); ``basis`` is None for an unmatched participant.
    """

    left: Participant | None
    right: Participant | None
    basis: MatchBasis | None = None
    changes: tuple[Change, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def name(self) -> str:
        """The participant's name, as the left side writes it when it can."""
        person = self.left if self.left is not None else self.right
        assert person is not None  # a match has at least one side
        return person.name

    def swapped(self) -> ParticipantMatch:
        """The same match seen from the other side."""
        changes = tuple(c.swapped() for c in self.changes)
        return ParticipantMatch(self.right, self.left, self.basis, changes)


@attrs.frozen
class SentenceRef:
    """A sentence of one readout: its position in ``readout.sentences``, words and speaker."""

    index: int
    text: str
    speaker: Speaker


@attrs.frozen
class StatementPair:
    """Two sentences, one on each side, that say much the same thing.

    ``score`` in [0, 1] is the share of content words the two have in common
    (the Dice coefficient of their word stems; 1 for the same words).
    """

    left: SentenceRef
    right: SentenceRef
    score: float

    @property
    def same_speaker(self) -> bool:
        """Whether both sides give the sentence to the same speaker (compared by voice)."""
        return _voice_of(self.left.speaker) == _voice_of(self.right.speaker)

    def swapped(self) -> StatementPair:
        """The same pair seen from the other side."""
        return StatementPair(self.right, self.left, self.score)


class Voice(enum.Enum):
    """Who speaks: one participant, both sides together, or nobody (narration)."""

    PARTICIPANT = "participant"
    BOTH = "both"
    NARRATION = "narration"


def _voice_of(speaker: Speaker) -> Voice:
    if speaker is None:
        return Voice.NARRATION
    return Voice.BOTH if speaker is Side.BOTH else Voice.PARTICIPANT


@attrs.frozen
class SpeakerStatements:
    """What one speaker says on each side, and what has no counterpart.

    For ``Voice.PARTICIPANT``, ``left`` and ``right`` are the participant as each
    side names it (``None`` on a side that does not have them). ``pairs`` holds the
    sentences of this speaker with their counterpart; a pair whose sides give the
    sentence to different speakers is listed under both speakers. ``left_only``
    and ``right_only`` are this speaker's sentences that have no counterpart.
    """

    voice: Voice
    left: Participant | None = None
    right: Participant | None = None
    pairs: tuple[StatementPair, ...] = attrs.field(default=(), converter=_tuple)
    left_only: tuple[SentenceRef, ...] = attrs.field(default=(), converter=_tuple)
    right_only: tuple[SentenceRef, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def name(self) -> str:
        """A label for people: the participant's name, "both sides" or "narration"."""
        if self.voice is Voice.BOTH:
            return "both sides"
        if self.voice is Voice.NARRATION:
            return "narration"
        person = self.left if self.left is not None else self.right
        return "?" if person is None else person.name

    def swapped(self) -> SpeakerStatements:
        """The same statements seen from the other side."""
        return SpeakerStatements(
            self.voice,
            self.right,
            self.left,
            tuple(p.swapped() for p in self.pairs),
            self.right_only,
            self.left_only,
        )


class PhraseKind(enum.Enum):
    """What makes a phrase salient."""

    QUOTED = "quoted"  # in quotation marks: "two-state solution"
    NAMED = "named"  # a named meeting or document: "the Bali meeting", "Shanghai Communique"
    NAME = "name"  # a proper name that is not a participant: "Hamas", "Security Council"
    NGRAM = "ngram"  # a run of content words: "humanitarian corridors"


@attrs.frozen
class Phrase:
    """A salient phrase as each side writes it (``None`` on a side without it)."""

    kind: PhraseKind
    left: str | None
    right: str | None

    @property
    def text(self) -> str:
        """The phrase as written, on the left when the left has it."""
        text = self.left if self.left is not None else self.right
        assert text is not None  # a phrase occurs on at least one side
        return text

    def swapped(self) -> Phrase:
        """The same phrase seen from the other side."""
        return Phrase(self.kind, self.right, self.left)


@attrs.frozen
class Phrases:
    """Salient phrases shared by both sides, and those found on one side only."""

    shared: tuple[Phrase, ...] = attrs.field(default=(), converter=_tuple)
    left_only: tuple[Phrase, ...] = attrs.field(default=(), converter=_tuple)
    right_only: tuple[Phrase, ...] = attrs.field(default=(), converter=_tuple)

    def swapped(self) -> Phrases:
        """The same phrases seen from the other side."""
        return Phrases(
            tuple(p.swapped() for p in self.shared),
            tuple(p.swapped() for p in self.right_only),
            tuple(p.swapped() for p in self.left_only),
        )


class DiffOp(enum.Enum):
    """What a run of words does between two texts."""

    EQUAL = "equal"
    DELETE = "delete"  # only in the left (old) text
    INSERT = "insert"  # only in the right (new) text
    REPLACE = "replace"


@attrs.frozen
class WordSpan:
    """A run of words and what happens to it: ``left`` words become ``right`` words.

    Words are separated by single spaces; an empty side means no words.
    """

    op: DiffOp
    left: str
    right: str


def _unit_interval(_: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be between 0 and 1: {value}")


@attrs.frozen(kw_only=True)
class Comparison:
    """Two readouts side by side: whether they report the same call, and where they differ.

    Build one with :func:`readout.compare`. ``same_call`` is the verdict and
    ``evidence`` the plain sentences it rests on; ``participants`` pairs the
    people of the two calls; ``changes`` lists the fields of the call that
    differ; ``statements`` aligns the sentences speaker by speaker;
    ``phrases`` sets the salient phrases side by side; ``similarity`` in [0, 1]
    is the share of content words that have a counterpart on the other side.
    """

    left: Readout
    right: Readout
    same_call: bool
    evidence: tuple[str, ...] = attrs.field(converter=_tuple)
    participants: tuple[ParticipantMatch, ...] = attrs.field(converter=_tuple)
    changes: tuple[Change, ...] = attrs.field(converter=_tuple)
    statements: tuple[SpeakerStatements, ...] = attrs.field(converter=_tuple)
    phrases: Phrases
    similarity: float = attrs.field(validator=_unit_interval)

    @property
    def pairs(self) -> tuple[StatementPair, ...]:
        """Every aligned pair of sentences once, in the order of the left readout."""
        unique = {(p.left.index, p.right.index): p for s in self.statements for p in s.pairs}
        return tuple(unique[k] for k in sorted(unique))

    @property
    def left_only(self) -> tuple[SentenceRef, ...]:
        """The left's sentences that have no counterpart on the right, in order."""
        return tuple(sorted((r for s in self.statements for r in s.left_only), key=_index))

    @property
    def right_only(self) -> tuple[SentenceRef, ...]:
        """The right's sentences that have no counterpart on the left, in order."""
        return tuple(sorted((r for s in self.statements for r in s.right_only), key=_index))

    def swapped(self) -> Comparison:
        """The comparison seen from the other side: what ``compare(right, left)`` returns."""
        participants = order_participants(
            tuple(m.swapped() for m in self.participants), self.right, self.left
        )
        statements = order_statements(tuple(s.swapped() for s in self.statements), participants)
        phrases = self.phrases.swapped()
        return Comparison(
            left=self.right,
            right=self.left,
            same_call=self.same_call,
            evidence=self.evidence,
            participants=participants,
            changes=tuple(c.swapped() for c in self.changes),
            statements=statements,
            phrases=order_phrases(phrases),
            similarity=self.similarity,
        )

    def to_text(self, *, width: int = 100) -> str:
        """A report for a terminal, lines at most ``width`` characters wide."""
        from readout.report.text import (
            comparison_text,  # here: keeps the report out of `import readout`
        )

        return comparison_text(self, width=width)

    def to_markdown(self) -> str:
        """A report in Markdown (GitHub flavour: tables, ``~~deleted~~`` words)."""
        from readout.report.markdown import comparison_markdown

        return comparison_markdown(self)

    def to_html(self) -> str:
        """A self-contained HTML page: the two readouts side by side, aligned."""
        from readout.report.html import comparison_html

        return comparison_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The comparison as JSON-compatible values, through :data:`readout.converter`."""
        return to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The comparison as JSON text; the same comparison always gives the same text."""
        return to_json(self, indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], /) -> Comparison:
        """Read a comparison from what :meth:`to_dict` returns; raises DecodeError."""
        return from_dict(cls, data)

    @classmethod
    def from_json(cls, text: str | bytes, /) -> Comparison:
        """Read a comparison from what :meth:`to_json` returns; raises DecodeError."""
        return from_dict(cls, loads(text))


def _index(ref: SentenceRef) -> int:
    return ref.index


# --- canonical order --------------------------------------------------------------------
# compare() and swapped() order their parts with these functions, so that the order of a
# mirrored comparison is the order compare() gives for the sides swapped.


def order_participants(
    matches: tuple[ParticipantMatch, ...], left: Readout, right: Readout
) -> tuple[ParticipantMatch, ...]:
    """Matches in the order of the left's participants, then the right's unmatched ones."""
    left_people = () if left.call is None else left.call.participants
    right_people = () if right.call is None else right.call.participants

    def key(m: ParticipantMatch) -> tuple[int, int]:
        if m.left is not None:
            return (0, left_people.index(m.left))
        assert m.right is not None
        return (1, right_people.index(m.right))

    return tuple(sorted(matches, key=key))


def order_statements(
    groups: tuple[SpeakerStatements, ...],
    participants: tuple[ParticipantMatch, ...],
    *,
    within: bool = True,
) -> tuple[SpeakerStatements, ...]:
    """Speakers in the order of ``participants``, then both sides, then narration.

    With ``within``, each speaker's pairs and sentences are put in order too (by the
    left's index, then the right's); without it, they are taken to be in order already.
    """
    rank = {(m.left, m.right): n for n, m in enumerate(participants)}
    voices = {Voice.PARTICIPANT: 0, Voice.BOTH: 1, Voice.NARRATION: 2}

    def key(s: SpeakerStatements) -> tuple[int, int]:
        return (voices[s.voice], rank.get((s.left, s.right), len(rank)))

    ordered = sorted(groups, key=key)
    return tuple(_ordered_group(s) for s in ordered) if within else tuple(ordered)


def _ordered_group(s: SpeakerStatements) -> SpeakerStatements:
    return SpeakerStatements(
        s.voice,
        s.left,
        s.right,
        tuple(sorted(s.pairs, key=lambda p: (p.left.index, p.right.index))),
        tuple(sorted(s.left_only, key=_index)),
        tuple(sorted(s.right_only, key=_index)),
    )


# By the kinds' values: an enum member hashes in Python, its ``_value_`` string in C.
_KIND_RANK: Final = {kind._value_: n for n, kind in enumerate(PhraseKind)}


def order_phrases(phrases: Phrases) -> Phrases:
    """Each list by kind, then alphabetically (as the left writes a phrase when it can)."""

    def key(p: Phrase) -> tuple[int, str, str]:
        text = p.left if p.left is not None else p.right
        assert text is not None
        return (_KIND_RANK[p.kind._value_], text.casefold(), text)

    return Phrases(
        tuple(sorted(phrases.shared, key=key)),
        tuple(sorted(phrases.left_only, key=key)),
        tuple(sorted(phrases.right_only, key=key)),
    )


# --- JSON ---------------------------------------------------------------------------------


def configure_converter(conv: cattrs.Converter) -> None:
    """Register the hooks the comparison records need on ``conv``: strict floats and booleans.

    Scores and similarities are JSON numbers (``true`` or ``"0.5"`` is refused);
    ``same_call`` is ``true`` or ``false`` (not ``1``).
    """
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected a boolean, got {type(value).__name__}")
    return value


def _structure_float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"expected a finite number, got {value}")
    return float(value)


# The records above travel through readout's own converter: register their hooks on it.
configure_converter(converter)
