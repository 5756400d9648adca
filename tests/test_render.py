"""The renderer: canonical text for readouts built in code, and stale layout after evolve."""

from __future__ import annotations

import attrs
import pytest

from readout import (
    Call,
    CallKind,
    Dateline,
    Layout,
    Paragraph,
    PartialDate,
    Participant,
    Readout,
    Sentence,
    Side,
    parse,
    render,
)
from readout.render import render_dateline
from support import parse_lossless

WANG = Participant("Wang Yi", "foreign minister", "CN")
BLINKEN = Participant("Antony Blinken", "US Secretary of State", "US")


def parse_structure(text: str) -> Readout:
    """These tests are about layout: the readouts built here carry no call, so read structure."""
    return parse(text, structure_only=True)


def _paragraph(*texts: str) -> Paragraph:
    return Paragraph([Sentence(t) for t in texts])


# --- canonical rendering -------------------------------------------------------------------------


def test_canonical_dispatch() -> None:
    r = Readout(
        dateline=Dateline("Beijing", PartialDate(None, 10, 14), "ZXS"),
        paragraphs=[
            _paragraph("Wang Yi spoke with Blinken.", "They talked."),
            _paragraph("They agreed."),
        ],
        end_marker="(End)",
    )
    assert render(r) == (
        "Beijing, 14 Oct (ZXS) -- Wang Yi spoke with Blinken. They talked.\n\nThey agreed. (End)\n"
    )
    assert parse_structure(render(r)) == r


def test_canonical_web_readout() -> None:
    r = Readout(
        headline="Secretary Blinken\u2019s Call with Foreign Minister Wang",
        header=["READOUT", "OCTOBER 14, 2023"],
        paragraphs=[_paragraph("The Secretary spoke with Wang Yi."), _paragraph("They agreed.")],
        end_marker="###",
    )
    assert render(r) == (
        "Secretary Blinken\u2019s Call with Foreign Minister Wang\n\n"
        "READOUT\n\n"
        "OCTOBER 14, 2023\n\n"
        "The Secretary spoke with Wang Yi.\n\n"
        "They agreed.\n\n"
        "###\n"
    )
    assert parse_structure(render(r)) == r


def test_canonical_minimal_readout() -> None:
    r = Readout(paragraphs=[_paragraph("The ministers spoke.")])
    assert render(r) == "The ministers spoke.\n"
    assert parse_structure(render(r)) == r


@pytest.mark.parametrize(
    ("marker", "ending"),
    [
        ("(End)", " (End)\n"),
        ("(END)", " (END)\n"),
        ("(end)", " (end)\n"),
        ("###", "\n\n###\n"),
        ("-0-", "\n\n-0-\n"),
    ],
)
def test_canonical_end_markers(marker: str, ending: str) -> None:
    r = Readout(paragraphs=[_paragraph("The ministers spoke.")], end_marker=marker)
    assert render(r) == "The ministers spoke." + ending
    assert parse_structure(render(r)) == r


@pytest.mark.parametrize(
    ("dateline", "text"),
    [
        (Dateline("Beijing", PartialDate(None, 10, 10), "ZXS"), "Beijing, 10 Oct (ZXS) -- "),
        (
            Dateline("BEIJING", PartialDate(2023, 10, 14), "Xinhua"),
            "BEIJING, 14 Oct 2023 (Xinhua) -- ",
        ),
        (Dateline("Moscow", PartialDate(None, 8, 7), "TASS"), "Moscow, 7 Aug (TASS) -- "),
        (Dateline("WASHINGTON", PartialDate(None, 12, 6)), "WASHINGTON, 6 Dec -- "),
        (Dateline("BEIJING", agency="Xinhua"), "BEIJING (Xinhua) -- "),
        (Dateline("BEIJING"), "BEIJING -- "),
    ],
)
def test_canonical_datelines(dateline: Dateline, text: str) -> None:
    assert render_dateline(dateline) == text
    r = Readout(dateline=dateline, paragraphs=[_paragraph("Xi met Biden.")])
    assert render(r) == text + "Xi met Biden.\n"
    assert parse(render(r), format="dispatch", structure_only=True) == r


def test_render_dateline_keeps_the_source_that_says_the_same() -> None:
    written = "BEIJING, Oct. 14 (Xinhua) \u2014 "
    dateline = Dateline("BEIJING", PartialDate(None, 10, 14), "Xinhua", source=written)
    assert render_dateline(dateline) == written


@pytest.mark.parametrize(
    "source",
    [
        "BEIJING, Oct. 15 (Xinhua) \u2014 ",  # another day
        "SHANGHAI, Oct. 14 (Xinhua) \u2014 ",  # another place
        "BEIJING, Oct. 14 (Xinhua) \u2014 Wang",  # more than a dateline
        "not a dateline",
    ],
)
def test_render_dateline_ignores_a_source_that_says_otherwise(source: str) -> None:
    dateline = Dateline("BEIJING", PartialDate(None, 10, 14), "Xinhua", source=source)
    assert render_dateline(dateline) == "BEIJING, 14 Oct (Xinhua) -- "


def test_sentence_source_that_no_longer_matches_is_ignored() -> None:
    stale = Sentence("Wang Yi met Antony Blinken.", source="Wang Yi met\nBlinken.")
    r = Readout(paragraphs=[Paragraph([stale])])
    assert render(r) == "Wang Yi met Antony Blinken.\n"


def test_call_and_speakers_do_not_change_the_text() -> None:
    plain = Readout(
        paragraphs=[
            _paragraph("Wang Yi spoke with Blinken at his request."),
            _paragraph("Blinken described his visit.", "The two sides agreed."),
        ]
    )
    annotated = attrs.evolve(
        plain,
        call=Call(CallKind.TELEPHONE, None, [WANG, BLINKEN], BLINKEN),
        paragraphs=[
            plain.paragraphs[0],
            Paragraph(
                [
                    Sentence("Blinken described his visit.", BLINKEN, "described"),
                    Sentence("The two sides agreed.", Side.BOTH, "agreed"),
                ]
            ),
        ],
    )
    assert render(annotated) == render(plain)


def test_layout_of_a_built_readout_is_used() -> None:
    r = Readout(
        headline="Readout of a Call",
        paragraphs=[
            Paragraph([Sentence("The President spoke."), Sentence("Xi listened.")], ["  "]),
            _paragraph("They agreed."),
        ],
        end_marker="###",
        layout=Layout(before="\n", header=["\n"], between=["\n\n\n"], before_end="\n", after=""),
    )
    assert (
        render(r)
        == "\nReadout of a Call\nThe President spoke.  Xi listened.\n\n\nThey agreed.\n###"
    )
    assert parse_lossless(render(r), structure_only=True) == r


# --- stale layout after attrs.evolve -------------------------------------------------------------

LINES = "Beijing, 10 Oct (ZXS) \u2014 Wang Yi met Blinken.\nThey  talked.\nThey agreed. (End)"


def test_an_added_paragraph_falls_back_to_blank_lines() -> None:
    r = parse_structure(LINES)
    evolved = attrs.evolve(r, paragraphs=[*r.paragraphs, _paragraph("They will talk again.")])
    assert render(evolved) == (
        "Beijing, 10 Oct (ZXS) \u2014 Wang Yi met Blinken.\n\nThey  talked.\n\n"
        "They agreed.\n\nThey will talk again. (End)"
    )
    assert parse_structure(render(evolved)) == evolved


def test_a_removed_paragraph_falls_back_to_blank_lines() -> None:
    r = parse_structure(LINES)
    evolved = attrs.evolve(r, paragraphs=r.paragraphs[:2])
    assert render(evolved) == (
        "Beijing, 10 Oct (ZXS) \u2014 Wang Yi met Blinken.\n\nThey  talked. (End)"
    )
    assert parse_structure(render(evolved)) == evolved


def test_a_changed_dateline_place_falls_back_to_the_canonical_dateline() -> None:
    r = parse_structure(LINES)
    assert r.dateline is not None
    evolved = attrs.evolve(r, dateline=attrs.evolve(r.dateline, place="Shanghai"))
    assert render(evolved) == (
        "Shanghai, 10 Oct (ZXS) -- Wang Yi met Blinken.\nThey  talked.\nThey agreed. (End)"
    )
    assert parse_structure(render(evolved)) == evolved


def test_a_changed_dateline_date_falls_back_to_the_canonical_dateline() -> None:
    r = parse_structure("BEIJING, Oct. 14 (Xinhua) -- Wang Yi met Blinken.")
    assert r.dateline is not None
    evolved = attrs.evolve(r, dateline=attrs.evolve(r.dateline, date=PartialDate(2023, 10, 15)))
    assert render(evolved) == "BEIJING, 15 Oct 2023 (Xinhua) -- Wang Yi met Blinken."
    assert parse_structure(render(evolved)) == evolved


def test_a_removed_dateline() -> None:
    r = parse_structure("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken. (End)")
    evolved = attrs.evolve(r, dateline=None)
    assert render(evolved) == "Wang Yi met Blinken. (End)"
    assert parse_structure(render(evolved)) == evolved


def test_an_added_sentence_falls_back_to_single_spaces() -> None:
    r = parse_structure("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken.  They talked.")
    paragraph = r.paragraphs[0]
    evolved = attrs.evolve(
        r, paragraphs=[attrs.evolve(paragraph, sentences=[*paragraph.sentences, Sentence("More.")])]
    )
    assert render(evolved) == "Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken. They talked. More."
    assert parse_structure(render(evolved)) == evolved


def test_a_changed_end_marker_keeps_its_separator() -> None:
    r = parse_structure("Wang Yi met Blinken.\n\n###\n")
    evolved = attrs.evolve(r, end_marker="(End)")
    assert render(evolved) == "Wang Yi met Blinken.\n\n(End)\n"
    assert parse_structure(render(evolved)) == evolved
    added = attrs.evolve(parse_structure("Wang Yi met Blinken."), end_marker="###")
    assert render(added) == "Wang Yi met Blinken.\n\n###"
    assert parse_structure(render(added)) == added


def test_a_removed_header_line_falls_back_to_blank_lines() -> None:
    r = parse_structure("A Headline Here\n\nREADOUT\nOCTOBER 14, 2023\n\nThe Secretary spoke.\n")
    assert r.layout.header == ("\n\n", "\n", "\n\n")
    evolved = attrs.evolve(r, header=("READOUT",))
    assert render(evolved) == "A Headline Here\n\nREADOUT\n\nThe Secretary spoke.\n"
    assert parse_structure(render(evolved)) == evolved


def test_an_added_headline() -> None:
    r = parse_structure("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken. (End)")
    evolved = attrs.evolve(r, headline="Wang Yi Meets Blinken")
    assert (
        render(evolved)
        == "Wang Yi Meets Blinken\n\nBeijing, 10 Oct (ZXS) -- Wang Yi met Blinken. (End)"
    )
    assert parse_structure(render(evolved)) == evolved


def test_a_soft_wrapped_sentence_moved_into_a_line_per_paragraph_body() -> None:
    lines = parse_structure("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken.\nThey talked.")
    blocks = parse_structure("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken.\n\nThey\ntalked.")
    assert blocks.paragraphs[1].sentences[0].source == "They\ntalked."
    evolved = attrs.evolve(lines, paragraphs=[lines.paragraphs[0], blocks.paragraphs[1]])
    assert parse_structure(render(evolved)) == evolved
