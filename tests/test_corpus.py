"""The gold-annotated corpus: every text parses, renders back, and matches its gold file."""

from __future__ import annotations

from pathlib import Path

import pytest

import readout
from support import corpus_cases, own_cases, read_gold, read_text

# The shared corpus, and the project's own readouts (tests/data/readouts).
CASES = corpus_cases() + own_cases()


def _folded(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@pytest.mark.parametrize(("text_path", "gold_path"), CASES)
def test_renders_back_byte_for_byte(text_path: Path, gold_path: Path) -> None:
    text = read_text(text_path)
    assert readout.render(readout.parse(text)) == _folded(text)


@pytest.mark.parametrize(("text_path", "gold_path"), CASES)
def test_json_round_trip_renders_the_text(text_path: Path, gold_path: Path) -> None:
    text = read_text(text_path)
    r = readout.parse(text)
    again = readout.from_json(readout.to_json(r))
    assert again == r
    assert readout.render(again) == _folded(text)


@pytest.mark.parametrize(("text_path", "gold_path"), CASES)
def test_structure_matches_gold(text_path: Path, gold_path: Path) -> None:
    gold = read_gold(gold_path)
    r = readout.parse(read_text(text_path))
    assert r.headline == gold["headline"]
    assert r.end_marker == gold["end_marker"]
    assert len(r.paragraphs) == gold["paragraph_count"]
    assert r.format == gold["format"]
    dl = gold["dateline"]
    if dl is None:
        assert r.dateline is None
    else:
        assert r.dateline is not None
        assert (r.dateline.place, r.dateline.agency) == (dl["place"], dl["agency"])
        date = r.dateline.date
        got = None if date is None else (date.year, date.month, date.day)
        want = None if dl["month"] is None else (dl["year"], dl["month"], dl["day"])
        assert got == want


@pytest.mark.parametrize(("text_path", "gold_path"), CASES)
def test_every_gold_sentence_is_found(text_path: Path, gold_path: Path) -> None:
    gold = read_gold(gold_path)
    r = readout.parse(read_text(text_path))
    for want in gold["sentences"]:
        texts = [s.text for s in r.paragraphs[want["paragraph"]].sentences]
        start = " ".join(want["starts_with"].split())
        assert any(t.startswith(start) for t in texts), (want, texts)
