"""The meaning of a readout, the call and the speakers: against the gold corpus, in round trips."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import readout
from readout import Participant, Readout, Side
from readout.strategies import calls, composed_readouts
from support import corpus_cases, own_cases, read_gold, read_text

# The shared corpus, and the project's own readouts (tests/data/readouts).
CASES = corpus_cases() + own_cases()


def _speaker_name(speaker: object) -> str | None:
    if isinstance(speaker, Participant):
        return speaker.name
    return "both" if speaker is Side.BOTH else None


def _date(d: readout.PartialDate | None) -> dict[str, int | None] | None:
    return None if d is None else {"year": d.year, "month": d.month, "day": d.day}


def _parsed(text_path: Path) -> Readout:
    return readout.parse(read_text(text_path))


@pytest.mark.parametrize(("text_path", "gold_path"), CASES)
def test_call_matches_gold(text_path: Path, gold_path: Path) -> None:
    gold: dict[str, Any] = read_gold(gold_path)["call"]
    call = _parsed(text_path).call
    assert call is not None
    assert call.kind.value == gold["kind"]
    assert _date(call.date) == gold["date"]
    people = [{"name": p.name, "title": p.title, "country": p.country} for p in call.participants]
    assert people == gold["participants"]
    assert (call.initiator.name if call.initiator else None) == gold["initiator"]


@pytest.mark.parametrize(("text_path", "gold_path"), CASES)
def test_every_speaker_matches_gold(text_path: Path, gold_path: Path) -> None:
    r = _parsed(text_path)
    got, want = [], []
    for s in read_gold(gold_path)["sentences"]:
        start = " ".join(s["starts_with"].split())
        hit = next(x for x in r.paragraphs[s["paragraph"]].sentences if x.text.startswith(start))
        got.append((start, _speaker_name(hit.speaker)))
        want.append((start, s["speaker"]))
    assert got == want


@pytest.mark.parametrize(("text_path", "gold_path"), CASES)
def test_a_cue_is_written_in_its_sentence(text_path: Path, gold_path: Path) -> None:
    for s in _parsed(text_path).sentences:
        assert s.cue is None or s.cue in s.text


@given(composed_readouts())
def test_parse_reads_back_a_composed_readout(r: Readout) -> None:
    again = readout.parse(readout.render(r))
    assert again == r
    assert again.call is not None
    assert readout.from_json(readout.to_json(again)) == r


@given(calls())
def test_the_canonical_lead_reads_back_to_its_call(call: readout.Call) -> None:
    r = readout.compose(call)
    assert readout.parse(readout.render(r)).call == call


def test_the_seed_reads_as_its_gold_says() -> None:
    seed = readout.parse(read_text(Path(__file__).parent / "data" / "seed_zxs_wangyi-blinken.txt"))
    assert seed.call is not None
    wang, blinken = seed.call.participants
    assert (wang.name, wang.country, blinken.name, blinken.title) == (
        "Wang Yi",
        "CN",
        "Antony Blinken",
        "US Secretary of State",
    )
    assert seed.call.initiator == blinken
    second = seed.paragraphs[2].sentences[1]
    assert (second.speaker, second.cue) == (wang, None)
    joint = seed.paragraphs[7].sentences[0]
    assert (joint.speaker, joint.cue) == (Side.BOTH, "exchanged views")
