"""A property test for code that builds on readout, with ``readout.strategies``.

usage: python examples/property_test.py     (or: python -m pytest examples/property_test.py)

Needs hypothesis: ``pip install 'diplomatic-readout[strategies]'``.

Suppose your project turns readouts into rows, one per sentence, as
``readouts_table.py`` does. Whatever readout it is given, no sentence may be
lost and the words must stay exact. Hypothesis generates the readouts, of
every layout the parser reads; when a property fails, it shrinks the readout
to the smallest that still fails and prints it.
"""

from __future__ import annotations

from hypothesis import given, settings

import readout
from readout.strategies import composed_readouts, readout_texts, readouts


def sentence_rows(r: readout.Readout) -> list[tuple[int, str]]:
    """Code under test: (paragraph number, sentence text) for every sentence."""
    return [(i, s.text) for i, p in enumerate(r.paragraphs) for s in p.sentences]


def statements_by_speaker(r: readout.Readout) -> dict[str, int]:
    """Code under test: how many sentences each participant says."""
    counts: dict[str, int] = {}
    for sentence in r.sentences:
        if isinstance(sentence.speaker, readout.Participant):
            counts[sentence.speaker.name] = counts.get(sentence.speaker.name, 0) + 1
    return counts


@settings(max_examples=200)
@given(readouts())
def test_rows_keep_every_sentence(r: readout.Readout) -> None:
    rows = sentence_rows(r)
    assert len(rows) == len(r.sentences)
    assert [text for _, text in rows] == [s.text for s in r.sentences]


@settings(max_examples=200)
@given(readout_texts())
def test_rows_survive_a_json_round_trip(text: str) -> None:
    r = readout.parse(text)
    assert sentence_rows(readout.from_json(readout.to_json(r))) == sentence_rows(r)


@settings(max_examples=200)
@given(composed_readouts())
def test_every_speaker_is_a_participant(r: readout.Readout) -> None:
    # composed_readouts() have a call, and a speaker and a cue where the text names one.
    assert r.call is not None
    names = {p.name for p in r.call.participants}
    assert set(statements_by_speaker(r)) <= names
    assert statements_by_speaker(readout.parse(readout.render(r))) == statements_by_speaker(r)


if __name__ == "__main__":
    test_rows_keep_every_sentence()
    test_rows_survive_a_json_round_trip()
    test_every_speaker_is_a_participant()
    print("3 properties held for 200 examples each")
