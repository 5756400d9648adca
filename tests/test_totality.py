"""Totality: for any str, ``parse`` returns a Readout or raises ParseError, nothing else.

A ParseError points into the folded text (``0 <= pos <= len(doc)``, with
``lineno`` and ``colno`` that agree with ``pos``); a Readout renders back to
the text byte for byte. Inputs: arbitrary text, text stitched from pieces of
readouts, and valid readout texts with spans deleted, inserted, duplicated or
cut off.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from readout import ParseError, Readout, parse, render
from readout.model import Format
from readout.strategies import dateline_texts, headlines, readout_texts, sentences
from support import SEED, read_text

FORMATS: tuple[Format | None, ...] = (None, "dispatch", "web")

# Pieces of readouts and of what breaks them: datelines and their parts, end markers,
# dashes, quotes, line breaks the parser must not take for "\n", control characters.
PIECES = (
    *("Beijing, ", "BEIJING", "10 Oct", "Oct. 14", "Oct. 14, 2023", "32 Oct", "Sept.", " (ZXS)"),
    *("(Xinhua) ", "MOSCOW, August 7. ", "/TASS/.", "BEIJING —", "BEIJING:", "Saturday, "),
    *("(End)", "(END)", "(end)", "###", "-0-", "--", " -- ", "—", "–", " - ", "-"),
    *('"', "“", "”", "‘", "’", "'", "(", ")", "[", "]", ":", ";", ",", ". ", "? ", "! ", "."),
    *("U.S.", "Jr.", "Mr. ", "J. ", "D.C.", "READOUT", "OCTOBER 14, 2023", "2023-12-06 15:30"),
    *("The following is attributable to Spokesperson Matthew Miller:", "Wang Yi ", "said "),
    *("\n", "\n\n", "\r", "\r\n", "\n \n", "\t", " ", "  ", "\xa0", "\x0b", "\x0c"),
    *("\x85", "\u2028", "\u2029", "\x00", "\x1f", "\x7f", "\ud800", "\udfff", "\ufeff"),
)

piece_texts = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(PIECES),
        dateline_texts(),
        sentences().map(lambda s: s.text),
        headlines(),
        st.text(max_size=3),
    ),
    max_size=25,
).map("".join)


@st.composite
def mutated_texts(draw: st.DrawFn) -> str:
    """A valid readout text with spans deleted, inserted, duplicated or cut off."""
    text = draw(readout_texts())
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 60)))
        kind = draw(st.sampled_from(("delete", "insert", "duplicate", "truncate")))
        if kind == "delete":
            text = text[:start] + text[end:]
        elif kind == "insert":
            text = text[:start] + draw(st.sampled_from(PIECES)) + text[start:]
        elif kind == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        else:
            text = text[:start]
    return text


def _folded(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def outcome(text: str, fmt: Format | None) -> Readout | ParseError:
    """What parse gives: a Readout, or the ParseError it raised (any other error propagates)."""
    try:
        return parse(text, format=fmt)
    except ParseError as e:
        return e


def check_total(text: str, fmt: Format | None) -> Readout | ParseError:
    """Parse; a ParseError must point into the folded text, a Readout render back to it."""
    result = outcome(text, fmt)
    if isinstance(result, ParseError):
        doc, pos = result.doc, result.pos
        assert doc == _folded(text)
        assert 0 <= pos <= len(doc)
        assert result.lineno == doc.count("\n", 0, pos) + 1
        assert result.colno == pos - (doc.rfind("\n", 0, pos) + 1) + 1
        assert str(result).startswith(
            f"{result.msg} (line {result.lineno}, column {result.colno})\n"
        )
    else:
        assert isinstance(result, Readout)
        assert render(result) == _folded(text)
    return result


@given(st.text(), st.sampled_from(FORMATS))
@example("", None)
@example(" \n\r\n\t", None)
@example("\x00", None)
@example("\ud800", None)
@example("(End)", None)
@example("###", None)
@example("BEIJING —", None)
@example("Beijing, 10 Oct (ZXS) --", None)
@example("Beijing, 10 Oct (ZXS) --\n\nWang Yi met Blinken.", None)
@example("Beijing, 32 Oct (ZXS) -- Wang Yi met Blinken.", None)
@example("Readout\n\nWang Yi met Blinken.", "dispatch")
def test_parse_of_any_text_is_a_readout_or_a_parse_error(text: str, fmt: Format | None) -> None:
    check_total(text, fmt)


@given(piece_texts, st.sampled_from(FORMATS))
# The model refused a place holding a dash, which the dateline pattern took in.
@example("Foo - Bar, 10 Oct (ZXS) -- Wang Yi met Blinken.", None)
@example("Foo —bar, 10 Oct (ZXS) -- Wang Yi met Blinken.", None)
def test_parse_of_readout_pieces_is_a_readout_or_a_parse_error(
    text: str, fmt: Format | None
) -> None:
    check_total(text, fmt)


@given(mutated_texts(), st.sampled_from(FORMATS))
@example(read_text(SEED)[:-7], None)
@example(read_text(SEED)[30:], None)
def test_parse_of_a_mutated_readout_is_a_readout_or_a_parse_error(
    text: str, fmt: Format | None
) -> None:
    check_total(text, fmt)


def test_check_total_sees_both_outcomes() -> None:
    assert isinstance(check_total("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken.", None), Readout)
    error = check_total("Beijing, 32 Oct (ZXS) -- Wang Yi met Blinken.", None)
    assert isinstance(error, ParseError)
    assert (error.pos, error.lineno, error.colno) == (9, 1, 10)
