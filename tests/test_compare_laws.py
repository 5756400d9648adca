"""The laws of readout.compare, as properties over generated readouts.

- compare(a, a) finds no change, no sentence without a counterpart, similarity 1;
- compare(b, a) is the mirror of compare(a, b), so its verdict and similarity are the same;
- the similarity lies in [0, 1];
- a phrase found on one side only occurs in that side's text;
- whitespace-only edits of a text change nothing.

The comparison of a readout with itself runs over readouts of every shape from
readout.strategies; the laws over pairs run over readouts of a few calls drawn from a
vocabulary both sides share, cheap to draw, so that pairs have something in common.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

import readout
from readout import Readout
from readout._text import squeeze
from readout.compare import Comparison, compare
from readout.parser.meaning import read_meaning
from readout.strategies import composed_readouts, readout_texts


@functools.lru_cache(maxsize=4096)
def _read(text: str) -> Readout:
    """A text read for its meaning; texts drawn from a small vocabulary come back often."""
    return read_meaning(readout.parse(text))


def any_readouts() -> SearchStrategy[Readout]:
    """Readouts of every shape from readout.strategies: composed from a call and who said
    what, or any valid text read for its meaning (headers, datelines, no call at all).
    """
    return composed_readouts() | readout_texts().map(_read)


# --- readout texts of a few calls, cheap to draw --------------------------------------------
# The strategies of readout.strategies vary the layout widely and cost ~10 ms a readout to
# draw; for the laws over pairs, a few calls and a vocabulary shared by both sides draw in
# a fraction of that and give comparisons something to find: pairs, omissions, phrases.

# (host with title, guest with title, the host's and the guest's short names)
_CALLS: Final = (
    (
        "Chinese Foreign Minister Wang Yi",
        "US Secretary of State Antony Blinken",
        "Wang Yi",
        "Blinken",
    ),
    ("Secretary of State Antony J. Blinken", "PRC Foreign Minister Wang Yi", "Blinken", "Wang Yi"),
    (
        "Russian Foreign Minister Sergey Lavrov",
        "Chinese Foreign Minister Wang Yi",
        "Lavrov",
        "Wang",
    ),
    ("President Joseph R. Biden, Jr.", "President Xi Jinping of China", "President Biden", "Xi"),
)
_VERBS: Final = (
    "had a telephone conversation with",
    "spoke with",
    "held a video call with",
    "met with",
)
_DATES: Final = ("", " on 14 October", " on October 15", " on 6 December")
_REQUESTS: Final = ("", " at his request", " at the request of the former")
_HEADS: Final = (
    "Beijing, 14 Oct (ZXS) -- ",
    "BEIJING, Oct. 15 (Xinhua) -- ",
    "WASHINGTON, October 15. /TASS/. ",
    "Readout of the Call\n\nOCTOBER 14, 2023\n\n",
    "Readout of the Call\n\n",
)
_CUES: Final = ("said that", "stressed that", "noted that")
_CLAUSES: Final = (
    'the "two-state solution" is the way',
    "Hamas must free all hostages",
    "the consensus of the Bali meeting must be implemented",
    "humanitarian corridors should open in Gaza",
    "the Security Council should play its role",
    "China and the United States should manage relations responsibly",
    "trade should grow",
    "channels of communication must stay open",
)


def _statements(names: tuple[str, str]) -> tuple[str, ...]:
    """Every statement of the vocabulary, by either participant, both sides or nobody."""
    said = [
        f"{who} {cue} {clause}."
        for who in (*names, "The two sides")
        for cue in _CUES
        for clause in _CLAUSES
    ]
    return (*said, *(clause[0].upper() + clause[1:] + "." for clause in _CLAUSES))


# Each call with every lead and every statement written out: a draw is one choice.
_WRITTEN: Final = tuple(
    (
        tuple(
            f"{host} {verb} {guest}{date}{request}."
            for verb in _VERBS
            for date in _DATES
            for request in _REQUESTS
        ),
        _statements((short_host, short_guest)),
    )
    for host, guest, short_host, short_guest in _CALLS
)


@st.composite
def readout_pair_texts(draw: st.DrawFn) -> str:
    """The text of a readout of one of a few calls: a lead and a few statements."""
    leads, statements = draw(st.sampled_from(_WRITTEN))
    paragraphs = [draw(st.sampled_from(leads))]
    paragraph = st.lists(st.sampled_from(statements), min_size=1, max_size=2).map(" ".join)
    paragraphs += draw(st.lists(paragraph, max_size=3))
    return draw(st.sampled_from(_HEADS)) + "\n\n".join(paragraphs) + "\n"


def readouts() -> SearchStrategy[Readout]:
    """Readouts of a few calls, read for their meaning."""
    return readout_pair_texts().map(_read)


SEED_LIKE = _read(
    "Beijing, 14 Oct (ZXS) -- Wang Yi had a telephone conversation with US Secretary of State "
    'Antony Blinken on 14 October at his request. Wang Yi said that the "two-state solution" '
    "is the way. Blinken said that the US supports the two-state solution. (End)"
)
STATE_LIKE = _read(
    "Secretary Blinken’s Call with PRC Foreign Minister Wang Yi\n\nOCTOBER 14, 2023\n\n"
    "Secretary of State Antony J. Blinken spoke today with PRC Foreign Minister Wang Yi.\n\n"
    "The Secretary called for Hamas to free all hostages. Blinken said that the US supports "
    "the two-state solution.\n"
)


def _text(r: Readout) -> str:
    return squeeze(readout.render(r))


@given(any_readouts() | readouts())
@example(SEED_LIKE)
@example(STATE_LIKE)
@example(_read("BEIJING — Wang Yi met Blinken. They agreed. The two sides agreed."))  # no keys
def test_a_readout_compared_with_itself(r: Readout) -> None:
    c = compare(r, r)
    assert c.same_call is True
    assert c.changes == ()
    assert c.left_only == c.right_only == ()
    assert c.similarity == 1.0
    assert c.phrases.left_only == c.phrases.right_only == ()
    assert all(m.left == m.right and m.changes == () for m in c.participants)


@given(readouts(), readouts())
@example(SEED_LIKE, STATE_LIKE)
def test_the_other_way_round_is_the_mirror(a: Readout, b: Readout) -> None:
    ab, ba = compare(a, b), compare(b, a)
    assert ba == ab.swapped()
    assert ab.swapped().swapped() == ab
    assert (ba.same_call, ba.similarity, ba.evidence) == (ab.same_call, ab.similarity, ab.evidence)
    assert 0.0 <= ab.similarity <= 1.0


@given(readouts(), readouts())
@example(SEED_LIKE, STATE_LIKE)
def test_phrases_occur_where_they_are_reported(a: Readout, b: Readout) -> None:
    c = compare(a, b)
    left, right = _text(a), _text(b)
    assert all(p.left is not None and p.left in left for p in c.phrases.left_only)
    assert all(p.right is not None and p.right in right for p in c.phrases.right_only)
    assert all(p.left in left and p.right in right for p in c.phrases.shared)  # type: ignore[operator]


# A run of spaces between two words of the body, and what may stand in its place.
_SPACE = re.compile(r"(?<=\S) (?=\S)")
_SPACES = st.sampled_from(["  ", "\t", " \t", "\u00a0", "   "])


@st.composite
def _respaced(draw: st.DrawFn, text: str) -> tuple[Readout, Readout]:
    """A readout and the same text with some spaces of its body widened."""
    r = _read(text)
    start = text.find(r.lead.text[:20])
    head, body = text[:start], text[start:]
    gaps = [m.start() for m in _SPACE.finditer(body)]
    chosen = draw(st.lists(st.sampled_from(gaps), unique=True, max_size=8)) if gaps else []
    for at in sorted(chosen, reverse=True):
        body = body[:at] + draw(_SPACES) + body[at + 1 :]
    return r, _read(head + body)


@given(readout_pair_texts().flatmap(_respaced), readouts())
@example((SEED_LIKE, _read(readout.render(SEED_LIKE).replace("the way", "the \t way"))), STATE_LIKE)
def test_whitespace_edits_change_nothing(pair: tuple[Readout, Readout], other: Readout) -> None:
    before, after = pair
    assert compare(before, other) == compare(after, other)
    assert compare(other, before) == compare(other, after)


def test_the_examples_differ_where_the_issue_says() -> None:
    """The hand-written examples above are themselves a comparison worth pinning."""
    c: Comparison = compare(SEED_LIKE, STATE_LIKE)
    assert c.same_call is True
    assert [p.text for p in c.phrases.right_only] == ["Hamas"]
    assert "The Secretary called for Hamas to free all hostages." in [r.text for r in c.right_only]
    (pair,) = [p for p in c.pairs if p.left.index == 2]
    assert pair.right.text == "Blinken said that the US supports the two-state solution."
