"""Two versions of one readout: which sentences changed, came, went or moved.

Government pages are edited after publication, often silently. The two
versions' sentences are aligned in order (rapidfuzz's longest-common-subsequence
opcodes over whole sentences); a sentence removed where another was added is a
change when the two share at least half of their words, and a sentence removed
in one place and added unchanged in another has moved. The header, dateline
and call are compared field by field.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from typing import Any, Final

import attrs

from readout.compare._json import from_dict, loads, to_dict, to_json
from readout.compare.match import call_changes, match_participants
from readout.compare.result import Change, SentenceRef, WordSpan
from readout.model import Participant, Readout

__all__ = ["EditKind", "Revision", "SentenceEdit", "diff_revisions"]

#: The least share of words two sentences keep in common to count as one sentence changed.
CHANGED: Final = 0.5


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


class EditKind(enum.Enum):
    """What happened to a sentence between two versions."""

    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"


@attrs.frozen
class SentenceEdit:
    """One sentence edited: ``old`` and ``new`` (``None`` for an added or removed one).

    ``words`` holds the word-level differences of a changed sentence.
    """

    kind: EditKind
    old: SentenceRef | None
    new: SentenceRef | None
    words: tuple[WordSpan, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class Revision:
    """What changed from one version of a readout to another.

    ``changes`` lists the fields that differ (headline, header lines, dateline,
    the call, its participants, the end marker); ``edits`` the sentences that
    changed, were added, removed or moved, in reading order.
    """

    old: Readout
    new: Readout
    changes: tuple[Change, ...] = attrs.field(converter=_tuple)
    edits: tuple[SentenceEdit, ...] = attrs.field(converter=_tuple)

    @property
    def unchanged(self) -> bool:
        """Whether the two versions say the same (layout aside)."""
        return not self.changes and not self.edits

    def of_kind(self, kind: EditKind, /) -> tuple[SentenceEdit, ...]:
        """The edits of one kind, in reading order."""
        return tuple(e for e in self.edits if e.kind is kind)

    def to_text(self, *, width: int = 100) -> str:
        """A report for a terminal, lines at most ``width`` characters wide."""
        from readout.report.text import (
            revision_text,  # here: keeps the report out of `import readout`
        )

        return revision_text(self, width=width)

    def to_markdown(self) -> str:
        """A report in Markdown."""
        from readout.report.markdown import revision_markdown

        return revision_markdown(self)

    def to_html(self) -> str:
        """A self-contained HTML page: each edit with its word-level differences."""
        from readout.report.html import revision_html

        return revision_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The revision as JSON-compatible values, through :data:`readout.converter`."""
        return to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The revision as JSON text."""
        return to_json(self, indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], /) -> Revision:
        """Read a revision from what :meth:`to_dict` returns; raises DecodeError."""
        return from_dict(cls, data)

    @classmethod
    def from_json(cls, text: str | bytes, /) -> Revision:
        """Read a revision from what :meth:`to_json` returns; raises DecodeError."""
        return from_dict(cls, loads(text))


def diff_revisions(old: Readout, new: Readout, /) -> Revision:
    """What changed from ``old`` to ``new``; see :func:`readout.diff_revisions`."""
    return Revision(
        old=old, new=new, changes=tuple(_field_changes(old, new)), edits=_edits(old, new)
    )


def _field_changes(old: Readout, new: Readout) -> Iterator[Change]:
    if old.headline != new.headline:
        yield Change("headline", old.headline, new.headline)
    if old.header != new.header:
        yield Change("header", "\n".join(old.header) or None, "\n".join(new.header) or None)
    people = match_participants(
        () if old.call is None else old.call.participants,
        () if new.call is None else new.call.participants,
    )
    yield from call_changes(old, new, people)
    for n, m in enumerate(people):
        path = f"call.participants[{n}]"
        if m.left is None or m.right is None:
            yield Change(path, _name(m.left), _name(m.right))
        yield from (Change(f"{path}.{c.path}", c.left, c.right) for c in m.changes)
    if old.end_marker != new.end_marker:
        yield Change("end_marker", old.end_marker, new.end_marker)


def _name(person: Participant | None) -> str | None:
    return None if person is None else person.name


def _refs(readout: Readout) -> tuple[SentenceRef, ...]:
    return tuple(SentenceRef(n, s.text, s.speaker) for n, s in enumerate(readout.sentences))


def _edits(old: Readout, new: Readout) -> tuple[SentenceEdit, ...]:
    from rapidfuzz.distance import Indel  # here: keeps `import readout` light

    a, b = _refs(old), _refs(new)
    regions = [
        (a[op.src_start : op.src_end], b[op.dest_start : op.dest_end])
        for op in Indel.opcodes([r.text for r in a], [r.text for r in b])
        if op.tag != "equal"
    ]
    moves = _moves(
        [r for gone, _ in regions for r in gone], [r for _, came in regions for r in came]
    )
    edits: list[SentenceEdit] = []
    for gone, came in _merge_regions(regions):
        edits.extend(_region_edits(gone, came, moves))
    return tuple(edits)


def _moves(gone: list[SentenceRef], came: list[SentenceRef]) -> dict[int, SentenceRef]:
    """Sentences removed in one place and added, unchanged, in another: old index -> new."""
    pool: dict[str, list[SentenceRef]] = {}
    for ref in came:
        pool.setdefault(ref.text, []).append(ref)
    return {ref.index: pool[ref.text].pop(0) for ref in gone if pool.get(ref.text)}


def _merge_regions(
    regions: list[tuple[tuple[SentenceRef, ...], tuple[SentenceRef, ...]]],
) -> Iterator[tuple[tuple[SentenceRef, ...], tuple[SentenceRef, ...]]]:
    """A delete next to an insert is one region: the sentences replaced and their replacements."""
    pending: tuple[tuple[SentenceRef, ...], tuple[SentenceRef, ...]] | None = None
    for gone, came in regions:
        if pending is not None and _adjacent(pending, (gone, came)):
            pending = (pending[0] + gone, pending[1] + came)
            continue
        if pending is not None:
            yield pending
        pending = (gone, came)
    if pending is not None:
        yield pending


def _adjacent(
    first: tuple[tuple[SentenceRef, ...], tuple[SentenceRef, ...]],
    second: tuple[tuple[SentenceRef, ...], tuple[SentenceRef, ...]],
) -> bool:
    end_a = first[0][-1].index + 1 if first[0] else None
    end_b = first[1][-1].index + 1 if first[1] else None
    start_a = second[0][0].index if second[0] else None
    start_b = second[1][0].index if second[1] else None
    return (end_a is None or start_a is None or end_a == start_a) and (
        end_b is None or start_b is None or end_b == start_b
    )


def _region_edits(
    gone: tuple[SentenceRef, ...], came: tuple[SentenceRef, ...], moves: dict[int, SentenceRef]
) -> Iterator[SentenceEdit]:
    """Pair the sentences of a region that changed; the rest were added, removed or moved."""
    from readout.compare.words import word_diff  # here: imports rapidfuzz

    moved_to = {ref.index for ref in moves.values()}
    pairs = _changed_pairs(
        [r for r in gone if r.index not in moves], [r for r in came if r.index not in moved_to]
    )
    partner = {o.index: n for o, n in pairs}
    paired = {n.index for _, n in pairs}
    for ref in gone:
        if ref.index in moves:
            yield SentenceEdit(EditKind.MOVED, ref, moves[ref.index])
        elif ref.index in partner:
            new = partner[ref.index]
            yield SentenceEdit(EditKind.CHANGED, ref, new, word_diff(ref.text, new.text))
        else:
            yield SentenceEdit(EditKind.REMOVED, ref, None)
    for ref in came:
        if ref.index not in paired and ref.index not in moved_to:
            yield SentenceEdit(EditKind.ADDED, None, ref)


def _plain(text: str) -> list[str]:
    """A sentence's words for comparing versions: lower case, no punctuation around them."""
    return [w.strip(_PUNCTUATION) for w in text.lower().split()]


_PUNCTUATION: Final = ".,;:!?\"“”‘’'()[]—–-"


def _changed_pairs(
    gone: list[SentenceRef], came: list[SentenceRef]
) -> list[tuple[SentenceRef, SentenceRef]]:
    """Pairs of the most similar sentences, best first, in order, that keep half their words."""
    from rapidfuzz.distance import Indel  # here: keeps `import readout` light

    old = [_plain(r.text) for r in gone]
    new = [_plain(r.text) for r in came]
    scored = sorted(
        (-Indel.normalized_similarity(a, b), i, j)
        for i, a in enumerate(old)
        for j, b in enumerate(new)
    )
    pairs: list[tuple[int, int]] = []
    for score, i, j in scored:
        if -score < CHANGED:
            break
        if all(i != p and j != q and (i < p) == (j < q) for p, q in pairs):
            pairs.append((i, j))
    return [(gone[i], came[j]) for i, j in sorted(pairs)]
