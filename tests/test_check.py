"""Diagnostics: what is off in a readout, with a stable code and a place; strict mode."""

from __future__ import annotations

import attrs
import pytest

from readout import ParseError, Participant, check, parse
from readout.check import CODES
from support import SEED, read_text

CALL = (
    "Wang Yi had a telephone conversation with US Secretary of State Antony Blinken on 14 October."
)


def _codes(text: str) -> list[str]:
    return [d.code for d in check(parse(text))]


def test_the_seed_calls_after_its_dateline() -> None:
    (found,) = check(parse(read_text(SEED)))
    assert (found.code, found.path, found.line, found.column) == ("RD101", "dateline", 1, 1)
    assert found.message == "the call took place on 14 Oct, after the dateline date 10 Oct"
    assert str(found) == f"1:1: RD101 {found.message}"


@pytest.mark.parametrize(
    ("dateline", "codes"),
    [
        ("Beijing, 14 Oct (ZXS) -- ", []),
        ("Beijing, 15 Oct (ZXS) -- ", []),
        ("Beijing, 13 Oct (ZXS) -- ", ["RD101"]),
        ("Beijing, 2 Jan (ZXS) -- ", []),  # a call on 14 October: the year before
        ("Beijing, 13 Oct 2024 (ZXS) -- ", ["RD101"]),
    ],
)
def test_a_call_after_its_dateline(dateline: str, codes: list[str]) -> None:
    assert _codes(dateline + CALL) == codes


def test_a_lead_without_participants() -> None:
    (found,) = check(parse("Beijing, 2 May (ZXS) -- The talks went well."))
    assert (found.code, found.path) == ("RD102", "paragraphs[0].sentences[0]")
    assert found.message == "the lead names no participants of a call"


def test_an_announcement() -> None:
    text = "Beijing, 2 May (ZXS) -- Wang Yi will hold talks with US President Joe Biden on Tuesday."
    assert _codes(text) == ["RD103"]


def test_an_unknown_agency() -> None:
    (found,) = check(parse("Beijing, 14 Oct (QQA) -- " + CALL))
    assert (found.code, found.message) == ("RD201", "unknown agency 'QQA'")


def test_a_speaker_who_is_not_a_participant() -> None:
    r = parse("Beijing, 14 Oct (ZXS) -- " + CALL + "\n\nThe talks went well.")
    stranger = Participant("Ana Lopes")
    sentence = attrs.evolve(r.paragraphs[1].sentences[0], speaker=stranger)
    changed = attrs.evolve(
        r, paragraphs=[r.paragraphs[0], attrs.evolve(r.paragraphs[1], sentences=[sentence])]
    )
    (found,) = check(changed)
    assert (found.code, found.path, found.line, found.column) == (
        "RD301",
        "paragraphs[1].sentences[0]",
        3,
        1,
    )
    assert found.message == "speaker 'Ana Lopes' is not a participant of the call"


def test_every_code_is_documented() -> None:
    assert set(CODES) == {"RD101", "RD102", "RD103", "RD201", "RD301"}


def test_strict_mode_raises_on_the_first_diagnostic() -> None:
    text = read_text(SEED)
    with pytest.raises(ParseError) as info:
        parse(text, strict=True)
    err = info.value
    assert err.msg == (
        "RD101 the call took place on 14 Oct, after the dateline date 10 Oct (strict=True)"
    )
    assert (err.lineno, err.colno) == (1, 1)


def test_strict_mode_passes_a_clean_readout() -> None:
    r = parse("Beijing, 14 Oct (ZXS) -- " + CALL, strict=True)
    assert r.call is not None
