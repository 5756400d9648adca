"""compare(): two readouts side by side."""

from __future__ import annotations

from readout.compare.align import align
from readout.compare.match import call_changes, match_participants
from readout.compare.phrases import compare_phrases
from readout.compare.result import Comparison, order_participants, order_statements
from readout.compare.tokens import Text, name_keys, read_sentences
from readout.compare.verdict import judge
from readout.model import Participant, Readout

__all__ = ["compare"]


def compare(left: Readout, right: Readout, /) -> Comparison:
    """Compare two readouts; see :func:`readout.compare` (documented in ``_api``)."""
    people = order_participants(
        match_participants(_participants(left), _participants(right)), left, right
    )
    everyone = (*_participants(left), *_participants(right))
    ignore = name_keys(p.name for p in everyone)
    countries = frozenset(p.country for p in everyone if p.country is not None)
    texts = (_read(left), _read(right))
    alignment = align(left, right, people, ignore=ignore, texts=texts)
    phrases = compare_phrases(left, right, ignore=ignore, countries=countries, texts=texts)
    verdict = judge(left, right, people, phrases=phrases, similarity=alignment.similarity)
    return Comparison(
        left=left,
        right=right,
        same_call=verdict.same,
        evidence=verdict.evidence,
        participants=people,
        changes=call_changes(left, right, people),
        statements=order_statements(alignment.statements, people, within=False),
        phrases=phrases,
        similarity=alignment.similarity,
    )


def _read(readout: Readout) -> Text:
    return read_sentences(tuple(s.text for s in readout.sentences))


def _participants(readout: Readout) -> tuple[Participant, ...]:
    return () if readout.call is None else readout.call.participants
