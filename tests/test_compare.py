"""readout.compare: participants, same call or not, field changes, statements, phrases, JSON.

Short sample texts are written here; the corpus readouts are read from $READOUT_CORPUS.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import readout
from readout import PartialDate, Participant, Readout, Side
from readout.compare import (
    Change,
    Comparison,
    MatchBasis,
    PhraseKind,
    SpeakerStatements,
    Voice,
    compare,
)
from readout.compare.match import dated, days_apart, header_date, match_participants
from readout.compare.tokens import content_keys, name_keys
from readout.compare.tokens import read_text as read_sentences
from readout.parser.meaning import read_meaning
from support import OWN_READOUTS, corpus_dir, read_text

# --- samples, written for these tests ---------------------------------------------------------

LEAD_ZXS = (
    "Beijing, 14 Oct (ZXS) -- Wang Yi, member of the Political Bureau of the CPC Central Committee "
    "and foreign minister, had a telephone conversation with US Secretary of State Antony "
    "Blinken on 14 October at his request."
)
ZXS = (
    f"{LEAD_ZXS}\n\n"
    "Blinken described his visit to the Middle East.\n\n"
    'Wang Yi said that China supports the "two-state solution" and an international peace '
    "conference.\n\n"
    "Wang Yi stressed that both sides should implement the consensus reached at the Bali meeting. "
    "(End)"
)
STATE = (
    "Secretary Blinken’s Call with PRC Foreign Minister Wang Yi\n\n"
    "READOUT\n\n"
    "OCTOBER 14, 2023\n\n"
    "Secretary of State Antony J. Blinken spoke today with PRC Foreign Minister Wang Yi.\n\n"
    "The Secretary called for Hamas to free all hostages immediately.\n\n"
    "The Secretary described his visit to the Middle East.\n"
)
LATER = (
    "Beijing, 6 Dec (ZXS) -- Wang Yi, member of the Political Bureau of the CPC Central Committee "
    "and foreign minister, had a telephone conversation with US Secretary of State Antony "
    "Blinken on 6 December at his request.\n\n"
    "Wang Yi said that China supports a ceasefire. (End)"
)


def read(text: str) -> Readout:
    """A readout with its call and speakers read."""
    return read_meaning(readout.parse(text))


@pytest.fixture(scope="module")
def zxs_state() -> Comparison:
    return compare(read(ZXS), read(STATE))


# --- participants ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "basis"),
    [
        ("Antony Blinken", "Antony J. Blinken", MatchBasis.NAME),
        ("Joseph R. Biden, Jr.", "Joseph Biden", MatchBasis.NAME),
        ("Antony Blinken", "Blinken", MatchBasis.SURNAME),
        ("Sergey Lavrov", "Sergei Lavrov", MatchBasis.SURNAME),
        ("Xi Jinping", "Xi", MatchBasis.SURNAME),
        ("Joe Biden", "Joseph R. Biden Jr.", MatchBasis.SURNAME),
    ],
)
def test_participants_match_by_name_or_surname(left: str, right: str, basis: MatchBasis) -> None:
    (m,) = match_participants((Participant(left),), (Participant(right),))
    assert (m.left, m.right, m.basis) == (Participant(left), Participant(right), basis)


def test_secretary_blinken_is_antony_blinken_and_the_title_change_is_reported() -> None:
    left = Participant("Antony Blinken", "US Secretary of State", "US")
    right = Participant("Blinken", "Secretary", "US")
    (m,) = match_participants((left,), (right,))
    assert m.basis is MatchBasis.SURNAME
    assert m.changes == (
        Change("name", "Antony Blinken", "Blinken"),
        Change("title", "US Secretary of State", "Secretary"),
    )


def test_two_ministers_of_one_country_with_no_name_in_common_match_by_title() -> None:
    left = Participant("Sergey Lavrov", "Foreign Minister", "RU")
    right = Participant("Minister Sergej Lawrow", "Russian Foreign Minister", "RU")
    (m,) = match_participants((left,), (right,))
    assert m.basis is MatchBasis.TITLE


def test_chinese_names_sharing_a_surname_are_different_people() -> None:
    matches = match_participants((Participant("Wang Yi"),), (Participant("Wang Wenbin"),))
    assert [(m.left, m.right, m.basis) for m in matches] == [
        (Participant("Wang Yi"), None, None),
        (None, Participant("Wang Wenbin"), None),
    ]


def test_matching_prefers_full_names_to_surnames() -> None:
    left = (Participant("Joe Biden"), Participant("Hunter Biden"))
    right = (Participant("Hunter Biden"), Participant("Joe Biden"))
    matches = match_participants(left, right)
    assert [(m.left, m.right) for m in matches] == [(left[0], right[1]), (left[1], right[0])]


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("OCTOBER 14, 2023", PartialDate(2023, 10, 14)),
        ("2023-12-06 15:30", PartialDate(2023, 12, 6)),
        ("15 February 2022 22:05", PartialDate(2022, 2, 15)),
        ("Saturday, Oct. 14, 2023", PartialDate(2023, 10, 14)),
        ("READOUT", None),
        ("OCTOBER 32, 2023", None),
    ],
)
def test_header_dates(line: str, date: PartialDate | None) -> None:
    assert header_date(line) == date


@pytest.mark.parametrize(
    ("a", "b", "days"),
    [
        (PartialDate(None, 10, 14), PartialDate(2023, 10, 15), 1),
        (PartialDate(None, 12, 31), PartialDate(None, 1, 1), 1),
        (PartialDate(2023, 12, 31), PartialDate(None, 1, 1), 1),
        (PartialDate(2022, 3, 18), PartialDate(2023, 3, 18), 365),
        (PartialDate(None, 2, 29), PartialDate(2024, 3, 1), 1),
        (PartialDate(None, 2, 29), PartialDate(2023, 3, 1), 365),
        (PartialDate(None, 10, 14), PartialDate(None, 12, 6), 53),
    ],
)
def test_days_apart_takes_the_closest_year(a: PartialDate, b: PartialDate, days: int) -> None:
    assert days_apart(a, b) == days
    assert days_apart(b, a) == days


def test_a_call_date_without_a_year_takes_the_year_of_the_header() -> None:
    text = STATE.replace("spoke today with", "spoke on October 14 with")
    found = dated(read(text))
    assert found is not None
    assert (found.date, found.source) == (PartialDate(2023, 10, 14), "call date")


def test_a_readout_is_dated_by_its_dateline_when_the_lead_gives_no_date() -> None:
    found = dated(read("WASHINGTON, Oct. 15 (TASS) -- Antony Blinken met Wang Yi."))
    assert found is not None
    assert (found.date, found.source) == (PartialDate(None, 10, 15), "dateline")


# --- same call --------------------------------------------------------------------------------


def test_two_sides_of_one_call(zxs_state: Comparison) -> None:
    assert zxs_state.same_call is True
    assert zxs_state.evidence == (
        "Same people: Antony Blinken = Antony J. Blinken (same name), Wang Yi (same name).",
        "Compatible kinds: both are calls (telephone).",
        "Dates agree: 14 Oct (call date) and 14 Oct 2023 (header) are 0 days apart.",
    )


def test_the_same_people_on_other_dates_are_another_call() -> None:
    c = compare(read(ZXS), read(LATER))
    assert c.same_call is False
    assert c.evidence[-1] == (
        "Dates disagree: 14 Oct (call date) and 6 Dec (call date) are 53 days apart (at most 1)."
    )


def test_a_dateline_a_day_late_in_another_time_zone_is_the_same_call() -> None:
    tass = read(
        "WASHINGTON, October 16. /TASS/. US Secretary of State Antony Blinken had a telephone "
        "conversation with Chinese Foreign Minister Wang Yi, the department said."
    )
    c = compare(read(ZXS), tass)
    assert c.same_call is True
    assert (
        c.evidence[-1] == "Dates agree: 14 Oct (call date) and 16 Oct (dateline) are 2 days apart."
    )


def test_a_meeting_is_not_a_call() -> None:
    met = read(ZXS.replace("had a telephone conversation with", "met with"))
    c = compare(read(ZXS), met)
    assert c.same_call is False
    assert c.evidence[-1] == "Incompatible kinds: a meeting is not a call (meeting and telephone)."
    assert Change("call.kind", "telephone", "meeting") in c.changes


def test_a_video_call_and_a_telephone_call_can_be_one_call() -> None:
    video = read(ZXS.replace("had a telephone conversation with", "held a video call with"))
    c = compare(read(ZXS), video)
    assert c.same_call is True
    assert "Compatible kinds: both are calls (telephone and video)." in c.evidence


def test_different_people_are_different_calls() -> None:
    lavrov = read(
        ZXS.replace(
            "US Secretary of State Antony Blinken", "Russian Foreign Minister Sergey Lavrov"
        )
    )
    c = compare(read(ZXS), lavrov)
    assert c.same_call is False
    assert c.evidence == (
        "Different people: Antony Blinken, Sergey Lavrov appear in one readout only.",
    )


UNDATED_US = (
    "Readout of President Joseph R. Biden, Jr. Call with President Xi Jinping of China\n\n"
    "President Joseph R. Biden, Jr. spoke today with President Xi Jinping of China. {body}\n"
)


def test_two_undated_readouts_from_one_publisher_are_two_calls() -> None:
    a = read(UNDATED_US.format(body="The two leaders discussed Ukraine and Russia."))
    b = read(UNDATED_US.format(body="President Biden raised Taiwan and the Lunar New Year."))
    c = compare(a, b)
    assert c.same_call is False
    assert c.evidence[-2:] == (
        "Both come from the web pages of one government (US), which issues one readout per call.",
        f"Their texts are two different texts: similarity {c.similarity:.2f} is below 0.60.",
    )


def test_two_versions_of_one_undated_readout_are_one_call() -> None:
    a = read(UNDATED_US.format(body="The two leaders discussed Ukraine and Russia."))
    b = read(UNDATED_US.format(body="The two leaders discussed Ukraine and Russia at length."))
    assert compare(a, b).same_call is True


def test_undated_readouts_of_two_sides_are_one_call_when_they_share_a_topic() -> None:
    a = read(UNDATED_US.format(body="President Biden raised Taiwan and Hong Kong."))
    b = read(
        "BEIJING, Feb. 11 (Xinhua) -- Chinese President Xi Jinping took a phone call from U.S. "
        "President Joseph R. Biden. Xi said Hong Kong is an internal affair of China."
    )
    c = compare(a, b)
    assert c.same_call is True
    assert c.evidence[-2:] == (
        "Only one readout is dated (11 Feb (dateline)): no dates to compare.",
        f"Nothing contradicts: they share topics (Hong Kong), similarity {c.similarity:.2f}.",
    )


def test_undated_readouts_with_no_topic_in_common_are_two_calls() -> None:
    a = read(UNDATED_US.format(body="President Biden raised Taiwan and Hong Kong."))
    b = read(
        "BEIJING, Feb. 11 (Xinhua) -- Chinese President Xi Jinping took a phone call from U.S. "
        "President Joseph R. Biden. Xi said the Ukraine crisis must end."
    )
    c = compare(a, b)
    assert c.same_call is False
    assert c.evidence[-1] == (
        "They share no topic (no name, quoted term or named meeting in common): "
        "nothing ties them to one call."
    )


def test_a_readout_that_recalls_the_other_call_as_an_earlier_one_is_another_call() -> None:
    earlier = read(
        "Beijing, 19 Mar (CNS) -- Chinese President Xi Jinping held a video call with US President "
        "Joe Biden on 18 March. Xi said Taiwan matters."
    )
    later = read(
        UNDATED_US.format(body="It builds on the two leaders' conversation of March 18 on Taiwan.")
    )
    c = compare(earlier, later)
    assert c.same_call is False
    assert c.evidence[-1] == (
        "The undated readout mentions “conversation of March 18”, another occasion on the other "
        "readout's date (18 Mar (call date)): it reports a later call."
    )


# --- changes --------------------------------------------------------------------------------


def test_only_one_side_says_who_asked_for_the_call(zxs_state: Comparison) -> None:
    assert zxs_state.changes == (
        Change("call.date", "--10-14", None),
        Change("call.initiator", "Antony Blinken", None),
        Change("dateline", "Beijing", None),
    )


def test_dateline_fields_are_compared_one_by_one() -> None:
    xinhua = read(ZXS.replace("Beijing, 14 Oct (ZXS)", "BEIJING, Oct. 15 (Xinhua)"))
    c = compare(read(ZXS), xinhua)
    assert c.changes == (
        Change("dateline.place", "Beijing", "BEIJING"),
        Change("dateline.date", "--10-14", "--10-15"),
        Change("dateline.agency", "ZXS", "Xinhua"),
    )


def test_participant_differences_are_listed_with_the_match(zxs_state: Comparison) -> None:
    wang, blinken = zxs_state.participants
    assert wang.changes == (
        Change(
            "title",
            "member of the Political Bureau of the CPC Central Committee and foreign minister",
            "PRC Foreign Minister",
        ),
    )
    assert blinken.changes == (
        Change("name", "Antony Blinken", "Antony J. Blinken"),
        Change("title", "US Secretary of State", "Secretary of State"),
    )


# --- statements -----------------------------------------------------------------------------


def _group(c: Comparison, name: str) -> SpeakerStatements:
    return next(s for s in c.statements if s.name == name)


def test_what_one_side_says_a_speaker_said_that_the_other_does_not(zxs_state: Comparison) -> None:
    blinken = _group(zxs_state, "Antony Blinken")
    assert blinken.voice is Voice.PARTICIPANT
    assert blinken.right is not None
    assert blinken.right.name == "Antony J. Blinken"
    assert [r.text for r in blinken.right_only] == [
        "The Secretary called for Hamas to free all hostages immediately."
    ]
    assert [(p.left.index, p.right.index) for p in blinken.pairs] == [(1, 2)]
    wang = _group(zxs_state, "Wang Yi")
    assert [r.index for r in wang.left_only] == [2, 3]
    assert (wang.pairs, wang.right_only) == ((), ())


def test_statements_are_grouped_by_speaker_in_the_order_of_the_participants(
    zxs_state: Comparison,
) -> None:
    assert [(s.voice, s.name) for s in zxs_state.statements] == [
        (Voice.PARTICIPANT, "Wang Yi"),
        (Voice.PARTICIPANT, "Antony Blinken"),
        (Voice.NARRATION, "narration"),
    ]
    assert [r.index for r in zxs_state.left_only] == [2, 3]


def test_a_pair_given_to_different_speakers_is_listed_under_both() -> None:
    a = read(LEAD_ZXS + " Blinken said that managing relations responsibly matters greatly.")
    b = read(LEAD_ZXS + " The two sides said that managing relations responsibly matters greatly.")
    c = compare(a, b)
    (pair,) = [p for p in c.pairs if p.left.index == 1]
    assert (pair.left.speaker, pair.right.speaker, pair.same_speaker) == (
        a.sentences[1].speaker,
        Side.BOTH,
        False,
    )
    assert pair in _group(c, "Antony Blinken").pairs
    assert pair in _group(c, "both sides").pairs


def test_a_sentence_split_in_two_on_the_other_side_matches_both_halves() -> None:
    a = read(
        LEAD_ZXS + " Wang Yi said that China opposes attacks on civilians, condemns violations "
        "of international law and calls for humanitarian corridors in Gaza."
    )
    b = read(
        LEAD_ZXS + " Wang Yi said that China opposes attacks on civilians and violations of "
        "international law. Wang Yi said that China calls for humanitarian corridors in Gaza."
    )
    c = compare(a, b)
    assert sorted((p.left.index, p.right.index) for p in c.pairs) == [(0, 0), (1, 1), (1, 2)]
    assert c.left_only == c.right_only == ()


def test_scores_are_the_share_of_content_words_in_common() -> None:
    a = read(LEAD_ZXS + " Wang Yi said that trade and climate change matter.")
    b = read(LEAD_ZXS + " Wang Yi said that climate change matters.")
    pair = next(p for p in compare(a, b).pairs if p.left.index == 1)
    names = name_keys(["Wang Yi", "Antony Blinken"])
    keys = (
        content_keys(a.sentences[1].text, ignore=names),
        content_keys(b.sentences[1].text, ignore=names),
    )
    assert pair.score == 2 * len(keys[0] & keys[1]) / (len(keys[0]) + len(keys[1]))


def test_a_country_named_in_several_words_is_the_longest_name_that_fits() -> None:
    # North Korea's full name holds "Republic of Korea": only North Korea is named.
    assert "#KR" not in content_keys("The Democratic People’s Republic of Korea backs it.")
    assert {"#KP", "#KR"} <= content_keys(
        "The Democratic People’s Republic of Korea and the Republic of Korea’s envoy met."
    )
    assert "#US" in content_keys("the United States’ position")


def test_a_text_read_at_once_has_the_keys_of_its_sentences_read_one_by_one() -> None:
    sentences = [
        "Wang Yi met the United States envoy.",
        "The Democratic People’s Republic of Korea backs the Republic of Korea’s plan.",
        "They agreed.",
        "Chinese Communist Party officials and the Russian Federation attended.",
    ]
    assert read_sentences(sentences).keys == tuple(content_keys(s) for s in sentences)


def test_content_keys_fold_countries_and_leave_out_function_words() -> None:
    assert content_keys("US-China relations matter to the U.S.") == content_keys(
        "China-U.S. relations matter to America."
    )
    assert content_keys("The United States.") == {"#US", "united", "state"}
    # A sentence of function words alone keeps them all: no sentence is without keys.
    assert content_keys("The two sides said that it is so.") == {
        "the",
        "two",
        "sides",
        "said",
        "that",
        "it",
        "is",
        "so",
    }


def test_the_word_cache_starts_afresh_past_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from readout.compare import tokens

    monkeypatch.setattr(tokens, "_MAX_LEXEMES", 3)
    tokens.forget()
    tokens.know(["peace", "talks"])
    tokens.know(["talks", "trade", "climate"])
    assert set(tokens.LEXEMES) == {"talks", "trade", "climate"}
    tokens.forget()


# --- phrases --------------------------------------------------------------------------------


def test_salient_phrases_of_each_side(zxs_state: Comparison) -> None:
    phrases = zxs_state.phrases
    only_left = {(p.kind, p.text) for p in phrases.left_only}
    assert (PhraseKind.QUOTED, "two-state solution") in only_left
    assert (PhraseKind.NAMED, "Bali meeting") in only_left
    assert (PhraseKind.NGRAM, "international peace conference") in only_left
    assert [(p.kind, p.text) for p in phrases.right_only] == [(PhraseKind.NAME, "Hamas")]
    assert [(p.kind, p.left, p.right) for p in phrases.shared] == [
        (PhraseKind.NAME, "Middle East", "Middle East")
    ]


def test_participants_their_countries_and_titles_are_not_salient(zxs_state: Comparison) -> None:
    every = {p.text for p in (*zxs_state.phrases.left_only, *zxs_state.phrases.shared)}
    every |= {p.text for p in zxs_state.phrases.right_only}
    assert not every & {"Wang Yi", "Blinken", "China", "US", "PRC", "Secretary of State", "Beijing"}


# --- similarity and mirror ------------------------------------------------------------------


def test_a_readout_compared_with_itself() -> None:
    r = read(ZXS)
    c = compare(r, r)
    assert (c.same_call, c.similarity, c.changes, c.left_only, c.right_only) == (
        True,
        1.0,
        (),
        (),
        (),
    )
    assert all(p.score == 1.0 and p.left.index == p.right.index for p in c.pairs)


def test_sentences_without_content_words_match_themselves() -> None:
    r = read(LEAD_ZXS + " They agreed. The two sides agreed.")
    c = compare(r, r)
    assert [(p.left.index, p.right.index, p.score) for p in c.pairs] == [
        (0, 0, 1.0),
        (1, 1, 1.0),
        (2, 2, 1.0),
    ]


def test_the_comparison_the_other_way_round_is_the_mirror(zxs_state: Comparison) -> None:
    assert compare(read(STATE), read(ZXS)) == zxs_state.swapped()
    assert zxs_state.swapped().swapped() == zxs_state


# --- JSON -----------------------------------------------------------------------------------


def test_json_round_trip(zxs_state: Comparison) -> None:
    text = zxs_state.to_json()
    assert Comparison.from_json(text) == zxs_state
    assert zxs_state.to_json() == text
    record = json.loads(text)
    assert record["same_call"] is True
    assert record["changes"][1] == {
        "path": "call.initiator",
        "left": "Antony Blinken",
        "right": None,
    }
    assert record["statements"][1]["voice"] == "participant"


def test_the_shared_converter_knows_comparisons(zxs_state: Comparison) -> None:
    data = readout.converter.unstructure(zxs_state)
    assert data == zxs_state.to_dict()
    assert readout.converter.structure(data, Comparison) == zxs_state


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.update(similarity="0.5"), "expected a number, got str"),
        (lambda d: d.update(similarity=True), "expected a number, got bool"),
        (lambda d: d.update(extra=1), "unknown key 'extra'"),
        (lambda d: d.pop("phrases"), "missing key 'phrases'"),
        (lambda d: d.update(similarity=1.5), "similarity must be between 0 and 1: 1.5"),
    ],
)
def test_bad_records_raise_decode_error(zxs_state: Comparison, edit: Any, message: str) -> None:
    data = zxs_state.to_dict()
    edit(data)
    with pytest.raises(readout.DecodeError) as info:
        Comparison.from_dict(data)
    assert info.value.msg == message


def test_from_json_refuses_what_is_not_a_json_object() -> None:
    with pytest.raises(readout.DecodeError) as info:
        Comparison.from_json("[1, 2]")
    assert info.value.msg == "expected an object"


# --- import cost ----------------------------------------------------------------------------


def test_import_readout_leaves_the_comparison_machinery_and_rapidfuzz_alone() -> None:
    code = (
        "import sys, readout; "
        "print(sorted(m for m in sys.modules if m.startswith(('rapidfuzz', 'readout.compare.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['readout.compare._api']"


# --- the corpus -----------------------------------------------------------------------------

SEED = "2023-10-14_zxs_wangyi-blinken.txt"
STATE_FILE = "2023-10-14_state_blinken-wangyi.txt"


def corpus() -> Path:
    folder = corpus_dir()
    if not (folder / "pairs.json").is_file():
        pytest.skip(f"corpus not found at {folder} (set READOUT_CORPUS to its folder)")
    return folder


def corpus_readout(name: str) -> Readout:
    return read(read_text(corpus() / name))


def test_same_call_on_the_project_s_own_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    # Written blind to the parser (tests/data/readouts/README.md): the issue asks for 95%.
    pairs = json.loads((OWN_READOUTS / "pairs.json").read_text(encoding="utf-8"))
    labelled = [(a, b, True) for a, b in pairs["same_call"]]
    labelled += [(a, b, False) for a, b in pairs["different_call"]]

    def own(name: str) -> Readout:
        return read(read_text(OWN_READOUTS / name))

    wrong = [(a, b) for a, b, same in labelled if compare(own(a), own(b)).same_call is not same]
    right = len(labelled) - len(wrong)
    with capsys.disabled():
        print(f"\nsame_call on tests/data/readouts: {right}/{len(labelled)}")
    assert len(labelled) == 40
    # The one pair wrong: two undated readouts of one government (the README tells).
    assert wrong == [
        ("2024-02-15_pmoil_netanyahu-biden.txt", "2024-03-18_pmoil_netanyahu-biden.txt")
    ]


def test_same_call_on_the_corpus_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    pairs = json.loads((corpus() / "pairs.json").read_text(encoding="utf-8"))
    labelled = [(a, b, True) for a, b in pairs["same_call"]]
    labelled += [(a, b, False) for a, b in pairs["different_call"]]
    wrong = [
        (a, b)
        for a, b, same in labelled
        if compare(corpus_readout(a), corpus_readout(b)).same_call is not same
    ]
    right = len(labelled) - len(wrong)
    with capsys.disabled():
        print(f"\nsame_call on pairs.json: {right}/{len(labelled)} = {right / len(labelled):.0%}")
    assert wrong == []


def test_same_call_on_every_pair_of_corpus_readouts(capsys: pytest.CaptureFixture[str]) -> None:
    """Pairs never listed: every two readouts, same call when pairs.json links them."""
    folder = corpus()
    pairs = json.loads((folder / "pairs.json").read_text(encoding="utf-8"))
    call_of = {name: n for n, name in enumerate(sorted(p.name for p in folder.glob("*.txt")))}
    for a, b in pairs["same_call"]:  # one call per group of linked readouts
        old, new = call_of[b], call_of[a]
        call_of = {k: new if v == old else v for k, v in call_of.items()}
    readouts = {name: corpus_readout(name) for name in call_of}
    verdicts = [
        compare(readouts[a], readouts[b]).same_call is (call_of[a] == call_of[b])
        for a, b in itertools.combinations(sorted(readouts), 2)
    ]
    share = sum(verdicts) / len(verdicts)
    with capsys.disabled():
        print(f"\nsame_call on every corpus pair: {sum(verdicts)}/{len(verdicts)} = {share:.1%}")
    assert share >= 0.95


def test_the_seed_against_the_state_department_readout() -> None:
    c = compare(corpus_readout(SEED), corpus_readout(STATE_FILE))
    assert c.same_call is True
    # Only the Chinese side says who requested the call and names the two-state solution.
    assert Change("call.initiator", "Antony Blinken", None) in c.changes
    quoted = [p.text for p in c.phrases.left_only if p.kind is PhraseKind.QUOTED]
    assert quoted == ["two-state solution"]
    assert not [p for p in (*c.phrases.shared, *c.phrases.right_only) if "two-state" in p.text]
    # The US side's emphasis, Hamas and the hostages, has no counterpart on the Chinese side.
    (hamas,) = [r for r in c.right_only if "Hamas" in r.text]
    assert "hostages" in hamas.text
    assert hamas in _group(c, "Antony Blinken").right_only
    assert all("Hamas" not in p.right.text for p in c.pairs)
    assert "Hamas" in {p.text for p in c.phrases.right_only}


def test_the_seed_against_the_xinhua_readout_of_the_same_call() -> None:
    c = compare(corpus_readout(SEED), corpus_readout("2023-10-14_xinhua_wangyi-blinken.txt"))
    assert c.same_call is True
    assert c.similarity > 0.4
    blinken = _group(c, "Antony Blinken")
    assert [(p.left.index, p.right.index) for p in blinken.pairs] == [(1, 1), (13, 12), (17, 15)]
    assert [r.text[:24] for r in c.right_only] == ["The call came less than "]
    shared = {p.text for p in c.phrases.shared}
    assert {"two-state solution", "core interests", "Bali"} <= shared


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("IWAYA Takeshi", "Takeshi Iwaya"),  # surname first, in capitals
        ("Kim Jong Un", "Kim Jong-un"),  # a hyphen, or none
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),  # accents, or none
        ("Alicia Bárcena", "Alicia Barcena"),
        ("Faisal bin Farhan", "Faisal bin Farhan Al Saud"),  # one goes on where the other stops
        ("Faisal bin Farhan Al Saud", "Faisal bin Farhan bin Abdullah"),  # two lines of descent
    ],
)
def test_one_name_written_two_ways_is_one_person(left: str, right: str) -> None:
    (match,) = match_participants((Participant(left),), (Participant(right),))
    assert (match.left, match.right) == (Participant(left), Participant(right))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Mohammed bin Salman", "Mohammed bin Zayed"),  # another father
        ("Kim Jong Un", "Kim Jong Nam"),  # no line of descent: two given names
        ("Abdullah bin Zayed", "Mohamed bin Zayed"),  # another given name
    ],
)
def test_names_that_share_a_start_may_be_two_people(left: str, right: str) -> None:
    matches = match_participants((Participant(left),), (Participant(right),))
    assert [(m.left, m.right) for m in matches] == [
        (Participant(left), None),
        (None, Participant(right)),
    ]


def test_names_that_share_a_word_tie_two_readouts_to_one_call() -> None:
    left = readout.parse(
        "Readout of President Ana Lopes's Call with President Xi Jinping\n\n"
        "President Ana Lopes spoke today with President Xi Jinping of China. She raised peace "
        "across the Taiwan Strait."
    )
    right = readout.parse(
        "BEIJING, April 2 (Xinhua) -- Chinese President Xi Jinping held a phone call with "
        "Brazilian President Ana Lopes on Tuesday.\n\nXi said Taiwan is a red line."
    )
    result = readout.compare(left, right)
    assert result.same_call
    assert "Taiwan" in result.evidence[-1]


def test_honorifics_are_no_phrases() -> None:
    text = (
        "NEW DELHI, May 2 (PTI) -- Prime Minister Shri Ravi Menon spoke with H.E. Mr. Ana Lopes, "
        "President of Brazil. Menon said BRICS matters."
    )
    r = readout.parse(text)
    words = {p.left for p in readout.compare(r, r).phrases.shared}
    assert "Shri" not in words
    assert "H.E." not in words
    assert "BRICS" in words


def test_a_country_of_several_words_is_one_name_or_none() -> None:
    # Saudi Arabia takes part: no phrase, not even "Arabia"; the Emirates do not: one name.
    text = (
        "RIYADH, Oct. 11 (SPA) -- Crown Prince Faisal bin Khalid spoke with Iranian President "
        "Karim Nasseri. They discussed ties between Saudi Arabia and Iran and the role of the "
        "United Arab Emirates."
    )
    r = readout.parse(text)
    words = {p.left for p in readout.compare(r, r).phrases.shared}
    assert "United Arab Emirates" in words
    assert not words & {"Saudi Arabia", "Arabia", "Saudi"}
