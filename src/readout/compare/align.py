"""Which sentences of one readout say what which sentences of the other say.

Sentences are compared by their content-word stems (:func:`~readout.compare.tokens.content_keys`):
the score of a pair is the Dice coefficient of their keys. The alignment is
made in two passes, both independent of which side is left:

1. one to one, best pairs first: a pair is kept when its score reaches
   :data:`SAME_SPEAKER` (the two sides give it to the same speaker) or
   :data:`OTHER_SPEAKER` (they do not: "Blinken said" on one side is "the two
   sides noted" on the other); ties go to the pair nearer the diagonal;
2. a sentence left over is paired with the sentence of the other side that
   holds at least half of its keys, and three or more, when the same speaker
   says both: one side often splits what the other says in one sentence.

Readouts reorder their paragraphs, so the alignment does not keep order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, NamedTuple

from readout.compare.result import (
    ParticipantMatch,
    SentenceRef,
    SpeakerStatements,
    StatementPair,
    Voice,
)
from readout.compare.tokens import Text, read_sentences
from readout.model import Participant, Readout, Side, Speaker

__all__ = ["OTHER_SPEAKER", "SAME_SPEAKER", "Alignment", "align"]

#: The least score of a pair whose sentences have the same speaker on both sides.
SAME_SPEAKER: Final = 0.3
#: The least score of a pair whose sentences have different speakers.
OTHER_SPEAKER: Final = 0.45
# Pass 2: a sentence left over joins a sentence that holds this share of its keys, and this many.
_CONTAINED: Final = 0.5
_CONTAINED_KEYS: Final = 3


class Alignment(NamedTuple):
    """The aligned statements, speaker by speaker, and the share of content words aligned."""

    statements: tuple[SpeakerStatements, ...]
    similarity: float


class _Stranger(NamedTuple):
    """A speaker the call does not list (0 on the left, 1 on the right)."""

    side: int
    speaker: Participant


# Who speaks a sentence, the same on both sides: the index of a participant match, both
# sides, narration, or a speaker of one side only.
_VoiceKey = int | Voice | _Stranger


# A speaker's pairs, sentences of the left only and sentences of the right only.
_Lists = tuple[list[StatementPair], list[SentenceRef], list[SentenceRef]]


class _Side(NamedTuple):
    refs: tuple[SentenceRef, ...]
    keys: tuple[frozenset[str], ...]
    voices: tuple[_VoiceKey, ...]


def align(
    left: Readout,
    right: Readout,
    people: tuple[ParticipantMatch, ...],
    *,
    ignore: frozenset[str] = frozenset(),
    texts: tuple[Text, Text] | None = None,
) -> Alignment:
    """Align the sentences of two readouts; ``ignore`` holds the name stems to leave out.

    ``texts`` are the two readouts' sentences as :func:`read_text` reads them,
    when the caller has them already.

    >>> from readout import parse
    >>> a = parse("Beijing, 1 Oct (ZXS) -- The two sides discussed trade and climate change.")
    >>> b = parse("BEIJING, Oct. 1 (Xinhua) -- The two sides discussed climate change.")
    >>> result = align(a, b, ())
    >>> result.statements[0].pairs[0].score, round(result.similarity, 2)
    (0.8, 0.8)
    """
    if texts is None:
        texts = (_read(left), _read(right))
    a = _side(left, texts[0], people, 0, ignore)
    b = _side(right, texts[1], people, 1, ignore)
    pairs = _one_to_one(a, b)
    matched_a = {i for i, _ in pairs}
    matched_b = {j for _, j in pairs}
    extra = _leftovers(a, b, matched_a) | {(i, j) for j, i in _leftovers(b, a, matched_b)}
    pairs |= extra
    return Alignment(_groups(a, b, pairs, people), _coverage(a, b, pairs))


def _read(readout: Readout) -> Text:
    return read_sentences(tuple(s.text for s in readout.sentences))


def _side(
    readout: Readout,
    text: Text,
    people: tuple[ParticipantMatch, ...],
    side: int,
    ignore: frozenset[str],
) -> _Side:
    sentences = readout.sentences
    refs = tuple(SentenceRef(n, s.text, s.speaker) for n, s in enumerate(sentences))
    keys = tuple((k - ignore) or k for k in text.keys)
    matched: dict[Speaker, _VoiceKey] = {(m.left, m.right)[side]: k for k, m in enumerate(people)}
    matched.pop(None, None)
    voices = tuple(_voice_key(s.speaker, matched, side) for s in sentences)
    return _Side(refs, keys, voices)


def _voice_key(speaker: Speaker, matched: dict[Speaker, _VoiceKey], side: int) -> _VoiceKey:
    """The same key on both sides for one speaker: its match's index, "both" or "narration"."""
    if speaker is None:
        return Voice.NARRATION
    if speaker is Side.BOTH:
        return Voice.BOTH
    found = matched.get(speaker)
    return found if found is not None else _Stranger(side, speaker)


def _score(a: frozenset[str], b: frozenset[str], shared: int) -> float:
    return 2 * shared / (len(a) + len(b))


def _one_to_one(a: _Side, b: _Side) -> set[tuple[int, int]]:
    """Greedy one-to-one pairs, best first; the order breaks ties the same way either side."""
    n, m = len(a.keys), len(b.keys)
    candidates = []
    sized_b = [(j, kb, len(kb), b.voices[j]) for j, kb in enumerate(b.keys)]
    for i, ka in enumerate(a.keys):
        size, voice = len(ka), a.voices[i]
        for j, kb, size_b, voice_b in sized_b:
            if ka.isdisjoint(kb):
                continue
            score = 2 * len(ka & kb) / (size + size_b)  # _score, inlined: the hot loop
            same = voice == voice_b
            if score >= (SAME_SPEAKER if same else OTHER_SPEAKER):
                candidates.append((-score, not same, abs(i * m - j * n), i + j, i, j))
    candidates.sort()
    partner: dict[int, int] = {}
    used: set[int] = set()
    for *_, i, j in candidates:
        if i not in partner and j not in used:
            partner[i] = j
            used.add(j)
    return set(partner.items())


def _leftovers(a: _Side, b: _Side, matched: set[int]) -> set[tuple[int, int]]:
    """Pairs for the sentences of ``a`` left over: each joins the sentence holding most of it."""
    n, m = len(a.keys), len(b.keys)
    found = set()
    for i, ka in enumerate(a.keys):
        if i in matched:
            continue
        best = None
        voice = a.voices[i]
        for j, kb in enumerate(b.keys):
            if voice != b.voices[j] or ka.isdisjoint(kb):
                continue
            shared = len(ka & kb)
            if shared < _CONTAINED_KEYS or shared < _CONTAINED * len(ka):
                continue
            key = (-shared / len(ka), abs(i * m - j * n), j)
            best = key if best is None or key < best else best
        if best is not None:
            found.add((i, best[2]))
    return found


def _coverage(a: _Side, b: _Side, pairs: set[tuple[int, int]]) -> float:
    """The share of all content keys that occur in an aligned sentence of the other side."""
    total = sum(map(len, a.keys)) + sum(map(len, b.keys))
    if not total:
        return 1.0
    found_a = _found(a.keys, b.keys, pairs)
    found_b = _found(b.keys, a.keys, {(j, i) for i, j in pairs})
    return (found_a + found_b) / total


def _found(
    own: tuple[frozenset[str], ...],
    other: tuple[frozenset[str], ...],
    pairs: Iterable[tuple[int, int]],
) -> int:
    partners: dict[int, set[str]] = {}
    for i, j in pairs:
        partners.setdefault(i, set()).update(other[j])
    return sum(len(own[i] & keys) for i, keys in partners.items())


def _groups(
    a: _Side, b: _Side, pairs: set[tuple[int, int]], people: tuple[ParticipantMatch, ...]
) -> tuple[SpeakerStatements, ...]:
    """Speaker by speaker: the pairs they take part in, and their sentences left alone.

    Each list is in order: pairs by the left's index, then the right's.
    """
    by_voice: dict[_VoiceKey, _Lists] = {}

    def group(voice: _VoiceKey) -> _Lists:
        return by_voice.setdefault(voice, ([], [], []))

    for i, j in sorted(pairs):
        score = _score(a.keys[i], b.keys[j], len(a.keys[i] & b.keys[j]))
        pair = StatementPair(a.refs[i], b.refs[j], score)
        for voice in dict.fromkeys((a.voices[i], b.voices[j])):
            group(voice)[0].append(pair)
    paired_a = {i for i, _ in pairs}
    paired_b = {j for _, j in pairs}
    for i, ref in enumerate(a.refs):
        if i not in paired_a:
            group(a.voices[i])[1].append(ref)
    for j, ref in enumerate(b.refs):
        if j not in paired_b:
            group(b.voices[j])[2].append(ref)
    return tuple(_statements(voice, people, *lists) for voice, lists in by_voice.items())


def _statements(
    voice: _VoiceKey,
    people: tuple[ParticipantMatch, ...],
    pairs: list[StatementPair],
    left_only: list[SentenceRef],
    right_only: list[SentenceRef],
) -> SpeakerStatements:
    if isinstance(voice, Voice):
        return SpeakerStatements(voice, None, None, pairs, left_only, right_only)
    left: Participant | None
    right: Participant | None
    if isinstance(voice, _Stranger):
        left, right = (voice.speaker, None) if voice.side == 0 else (None, voice.speaker)
    else:
        left, right = people[voice].left, people[voice].right
    return SpeakerStatements(Voice.PARTICIPANT, left, right, pairs, left_only, right_only)
