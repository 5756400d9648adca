"""Document structure through parse(): header, paragraphs, sentences, end markers, errors."""

from __future__ import annotations

from typing import Any

import pytest

from readout import Layout, ParseError, PartialDate, Readout, parse, render
from readout.parser.sentences import split_sentences
from support import SEED, folded, parse_lossless, read_text

DATELINE = "Beijing, 10 Oct (ZXS) -- "


def _texts(r: Readout) -> list[list[str]]:
    return [[s.text for s in p.sentences] for p in r.paragraphs]


# --- web readouts: headline and header lines ----------------------------------------------------

STATE = (
    "Secretary Blinken\u2019s Call with Foreign Minister Wang\n"
    "\n"
    "READOUT\n"
    "\n"
    "OFFICE OF THE SPOKESPERSON\n"
    "\n"
    "OCTOBER 14, 2023\n"
    "\n"
    "The following is attributable to Spokesperson Jane Doe:\n"
    "\n"
    "The Secretary spoke with Wang Yi.\n"
    "\n"
    "They agreed to stay in touch.\n"
)


def test_state_department_header_block() -> None:
    r = parse_lossless(STATE)
    assert r.format == "web"
    assert r.dateline is None
    assert r.headline == "Secretary Blinken\u2019s Call with Foreign Minister Wang"
    assert r.header == (
        "READOUT",
        "OFFICE OF THE SPOKESPERSON",
        "OCTOBER 14, 2023",
        "The following is attributable to Spokesperson Jane Doe:",
    )
    assert _texts(r) == [["The Secretary spoke with Wang Yi."], ["They agreed to stay in touch."]]
    assert r.end_marker is None
    assert r.layout == Layout()


@pytest.mark.parametrize(
    "line",
    [
        "READOUT",
        "OFFICE OF THE SPOKESPERSON",
        "OCTOBER 14, 2023",
        "2023-12-06 15:30",
        "2023-12-06",
        "15 February 2022 22:05",
        "15 February 2022",
        "December 7, 2023",
        "The following is attributable to Spokesperson Jane Doe:",
        "The below is attributable to Spokesperson John Roe:",
        # a short line standing alone that is no sentence, or introduces "the following"
        "Press Releases",
        "11 January 2024 - 16:20",
        "Thursday, 4 January 2024",
        "Published on 08/05/2024 19h32",
        "Mexico City, April 8, 2024",
        "Government spokesperson Steffen Hebestreit issued the following statement:",
    ],
)
def test_header_lines(line: str) -> None:
    text = f"Minister Speaks with Counterpart\n\n{line}\n\nThe ministers spoke today.\n"
    r = parse_lossless(text)
    assert r.headline == "Minister Speaks with Counterpart"
    assert r.header == (line,)
    assert _texts(r) == [["The ministers spoke today."]]


def test_the_first_line_of_a_hard_wrapped_lead_is_no_header() -> None:
    text = (
        "Readout of a Call\n\nThe President spoke today with President Xi Jinping of\n"
        "China. They discussed trade.\n\nThey will talk again.\n"
    )
    r = parse_lossless(text)
    assert r.header == ()
    assert _texts(r) == [
        ["The President spoke today with President Xi Jinping of China.", "They discussed trade."],
        ["They will talk again."],
    ]


def test_a_line_ending_with_a_colon_is_body_when_not_attributable() -> None:
    r = parse_lossless("Readout of a Call\n\nThe Secretary said:\n\nWe will talk again.\n")
    assert r.header == ()
    assert _texts(r) == [["The Secretary said:"], ["We will talk again."]]


def test_headline_ending_with_an_abbreviation_is_a_headline() -> None:
    text = (
        "Readout of President Joseph R. Biden, Jr. Call with President Xi\n\n"
        "The President spoke with Xi today.\n\n###\n"
    )
    r = parse_lossless(text)
    assert r.headline == "Readout of President Joseph R. Biden, Jr. Call with President Xi"
    assert _texts(r) == [["The President spoke with Xi today."]]
    assert r.end_marker == "###"


@pytest.mark.parametrize(
    "first",
    [
        "The President spoke with Xi today.",
        "Did the President speak with Xi?",
        "The President spoke with Xi today!",
        "\u201cWe spoke today.\u201d",
    ],
)
def test_a_first_line_ending_like_a_sentence_is_body(first: str) -> None:
    r = parse_lossless(f"{first}\n\nThey agreed.\n")
    assert r.headline is None
    assert _texts(r)[0] == [first]


def test_a_single_line_is_body_not_headline() -> None:
    r = parse_lossless("Readout of a Call\n")
    assert r.headline is None
    assert _texts(r) == [["Readout of a Call"]]


def test_the_body_keeps_a_line_when_every_line_looks_like_header() -> None:
    r = parse_lossless("A Headline\n\nREADOUT\n\nOCTOBER 14, 2023\n")
    assert r.headline == "A Headline"
    assert r.header == ("READOUT",)
    assert _texts(r) == [["OCTOBER 14, 2023"]]


def test_headline_with_a_single_line_break() -> None:
    r = parse_lossless("Readout of a Call\nThe President spoke with Xi today.\nThey agreed.\n")
    assert r.headline == "Readout of a Call"
    assert _texts(r) == [["The President spoke with Xi today."], ["They agreed."]]
    assert r.layout.header == ("\n",)
    assert r.layout.between == ("\n",)


# --- paragraphs ----------------------------------------------------------------------------------


def test_paragraphs_by_blank_lines() -> None:
    text = (
        DATELINE + "Wang Yi met Blinken. They talked.\n\nWang Yi said so.\n\nThey agreed. (End)\n"
    )
    r = parse_lossless(text)
    assert _texts(r) == [
        ["Wang Yi met Blinken.", "They talked."],
        ["Wang Yi said so."],
        ["They agreed."],
    ]
    assert r.layout == Layout(before_end=" ")


def test_whitespace_only_lines_separate_paragraphs() -> None:
    text = DATELINE + "Wang Yi met Blinken.\n\n\n\nThey talked.\n \t\nThey agreed. (End)\n"
    r = parse_lossless(text)
    assert _texts(r) == [["Wang Yi met Blinken."], ["They talked."], ["They agreed."]]
    assert r.layout.between == ("\n\n\n\n", "\n \t\n")


def test_paragraphs_by_line_when_the_body_has_no_blank_line() -> None:
    text = DATELINE + "Wang Yi met Blinken.\nBlinken described his visit.\nThey agreed. (END)\n"
    r = parse_lossless(text)
    assert _texts(r) == [
        ["Wang Yi met Blinken."],
        ["Blinken described his visit."],
        ["They agreed."],
    ]
    assert r.layout.between == ("\n", "\n")
    assert r.end_marker == "(END)"


def test_a_blank_line_after_the_header_does_not_count_for_the_body() -> None:
    text = "Readout of a Call\n\nThe President spoke with Xi today.\nThey agreed.\n"
    r = parse_lossless(text)
    assert _texts(r) == [["The President spoke with Xi today."], ["They agreed."]]


def test_hard_wrapped_blocks_are_paragraphs() -> None:
    text = (
        "Readout of a Call\n\n"
        "The President spoke with President Xi\n"
        "today. He said the two sides must\n"
        "keep talking.\n\n"
        "They agreed.\n\n"
        "###\n"
    )
    r = parse_lossless(text)
    assert _texts(r) == [
        [
            "The President spoke with President Xi today.",
            "He said the two sides must keep talking.",
        ],
        ["They agreed."],
    ]
    first, second = r.paragraphs[0].sentences
    assert first.source == "The President spoke with President Xi\ntoday."
    assert second.source == "He said the two sides must\nkeep talking."
    assert r.paragraphs[1].sentences[0].source is None


def test_soft_wrap_in_the_lead_paragraph_after_a_dateline() -> None:
    text = DATELINE + "Wang Yi met\n   Blinken.  They talked.\n\nThey agreed."
    r = parse_lossless(text)
    assert _texts(r) == [["Wang Yi met Blinken.", "They talked."], ["They agreed."]]
    assert r.paragraphs[0].sentences[0].source == "Wang Yi met\n   Blinken."
    assert r.paragraphs[0].separators == ("  ",)


# --- sentences -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        (
            "Wang Yi spoke with U.S. Secretary of State Antony J. Blinken on Oct. 14. They talked.",
            [
                "Wang Yi spoke with U.S. Secretary of State Antony J. Blinken on Oct. 14.",
                "They talked.",
            ],
        ),
        (
            "Joseph R. Biden, Jr. spoke with Xi. Mr. Biden said so.",
            ["Joseph R. Biden, Jr. spoke with Xi.", "Mr. Biden said so."],
        ),
        (
            "He spoke from Washington, D.C. on Friday. Xi listened.",
            ["He spoke from Washington, D.C. on Friday.", "Xi listened."],
        ),
        (
            "They met in New York on Sept. 18. Han Zheng attended.",
            ["They met in New York on Sept. 18.", "Han Zheng attended."],
        ),
        (
            "The U.N. Security Council met. Dr. Kissinger was remembered.",
            ["The U.N. Security Council met.", "Dr. Kissinger was remembered."],
        ),
        (
            "He raised the U.S.-China relationship. Wang agreed.",
            ["He raised the U.S.-China relationship.", "Wang agreed."],
        ),
        (
            'Wang said: "China opposes this." Blinken listened.',
            ['Wang said: "China opposes this."', "Blinken listened."],
        ),
        (
            "Wang said, \u201cWe oppose this,\u201d and left. \u201cWe agree,\u201d Blinken said.",
            [
                "Wang said, \u201cWe oppose this,\u201d and left.",
                "\u201cWe agree,\u201d Blinken said.",
            ],
        ),
        (
            "Wang raised trade; Blinken raised security; Both raised Gaza. They agreed.",
            ["Wang raised trade; Blinken raised security; Both raised Gaza.", "They agreed."],
        ),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("They met at 9 a.m. on Monday. Done.", ["They met at 9 a.m. on Monday.", "Done."]),
        ("He met Blinken. he left.", ["He met Blinken. he left."]),
        (
            "The talks ended in 2023. 2024 will follow.",
            ["The talks ended in 2023.", "2024 will follow."],
        ),
        (
            "He met Blinken. (The call was long.) More.",
            ["He met Blinken.", "(The call was long.)", "More."],
        ),
    ],
)
def test_sentence_splitting(body: str, sentences: list[str]) -> None:
    r = parse_lossless(DATELINE + body + " (End)")
    assert _texts(r) == [sentences]


def test_split_sentences_spans() -> None:
    text = "  Antony J. Blinken met Wang Yi.  They spoke.  "
    spans = list(split_sentences(text, 2, len(text) - 2))
    assert spans == [(2, 32), (34, 45)]
    assert [text[a:b] for a, b in spans] == ["Antony J. Blinken met Wang Yi.", "They spoke."]


def test_separators_between_sentences_are_kept() -> None:
    r = parse_lossless(DATELINE + "Wang Yi met Blinken.  They talked. They agreed.")
    assert r.paragraphs[0].separators == ("  ", " ")


def test_single_spaces_between_sentences_are_not_stored() -> None:
    r = parse_lossless(DATELINE + "Wang Yi met Blinken. They talked. They agreed.")
    assert r.paragraphs[0].separators == ()


# --- end markers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "marker", "before_end", "after"),
    [
        (" (End)", "(End)", " ", ""),
        (" (END)\n", "(END)", " ", "\n"),
        (" (end)", "(end)", " ", ""),
        ("(End)", "(End)", "", ""),
        ("\n\n(End)\n", "(End)", "\n\n", "\n"),
        ("\n\n###\n", "###", "\n\n", "\n"),
        (" ###", "###", " ", ""),
        ("\n-0-\n", "-0-", "\n", "\n"),
        (" -0-  \n\n", "-0-", " ", "  \n\n"),
    ],
)
def test_end_markers(ending: str, marker: str, before_end: str, after: str) -> None:
    r = parse_lossless(DATELINE + "Wang Yi met Blinken." + ending)
    assert r.end_marker == marker
    assert (r.layout.before_end, r.layout.after) == (before_end, after)
    assert _texts(r) == [["Wang Yi met Blinken."]]


@pytest.mark.parametrize("ending", ["###", "-0-", " (Ends)", " End", " (End) more."])
def test_no_end_marker(ending: str) -> None:
    text = DATELINE + "Wang Yi met Blinken." + ending
    r = parse_lossless(text)
    assert r.end_marker is None
    assert r.layout.before_end is None
    assert [p.text for p in r.paragraphs] == [text.removeprefix(DATELINE)]


def test_an_end_marker_alone_is_no_readout() -> None:
    with pytest.raises(ParseError) as info:
        parse("\n(End)\n")
    err = info.value
    assert err.msg == "expected the body of a readout before the end marker"
    assert (err.lineno, err.colno) == (2, 1)


# --- line endings and whole-text layout ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        DATELINE + "Wang Yi met Blinken.\r\n\r\nThey talked. (End)\r\n",
        DATELINE + "Wang Yi met Blinken.\r\rThey talked. (End)\r",
        DATELINE + "Wang Yi met Blinken.\r\n\rThey talked. (End)\n",
    ],
)
def test_crlf_and_cr_are_folded(text: str) -> None:
    r = parse(text)
    assert _texts(r) == [["Wang Yi met Blinken."], ["They talked."]]
    assert render(r) == folded(text)
    assert "\r" not in render(r)


def test_leading_and_trailing_white_space_is_kept() -> None:
    text = "  \n\nXi Meets Biden\n\n\n" + DATELINE + "Xi met Biden.  \n  (End)  \n\n"
    r = parse_lossless(text)
    assert r.headline == "Xi Meets Biden"
    assert r.layout == Layout(
        before="  \n\n", header=("\n\n\n",), before_end="  \n  ", after="  \n\n"
    )


def test_the_seed_document() -> None:
    r = parse_lossless(read_text(SEED))
    assert r.dateline is not None
    assert (r.dateline.place, r.dateline.agency) == ("Beijing", "ZXS")
    assert len(r.paragraphs) == 9
    assert r.end_marker == "(End)"


# --- errors about the whole text ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "msg", "pos", "lineno", "colno"),
    [
        ("", "expected a readout, found empty text", 0, 1, 1),
        ("   \n\t ", "expected a readout, found only white space", 6, 2, 3),
        ("\r\n\r\n", "expected a readout, found only white space", 2, 3, 1),
        (
            DATELINE + "Wang\x00 Yi met Blinken.",
            "control character U+0000 is not allowed in a readout",
            29,
            1,
            30,
        ),
        (
            DATELINE + "Wang Yi met Blinken.\r\nThey\x1b talked.",
            "control character U+001B is not allowed in a readout",
            50,
            2,
            5,
        ),
        (
            "Wang Yi met Blinken.\x7f",
            "control character U+007F is not allowed in a readout",
            20,
            1,
            21,
        ),
        (
            DATELINE + "Wang\ud800 Yi met Blinken.",
            "lone surrogate U+D800 is not allowed in a readout",
            29,
            1,
            30,
        ),
        ("\udfff", "lone surrogate U+DFFF is not allowed in a readout", 0, 1, 1),
    ],
)
def test_text_errors(text: str, msg: str, pos: int, lineno: int, colno: int) -> None:
    with pytest.raises(ParseError) as info:
        parse(text)
    err = info.value
    assert (err.msg, err.pos, err.lineno, err.colno) == (msg, pos, lineno, colno)
    assert err.doc == folded(text)


@pytest.mark.parametrize("ok", ["\t", "\v", "\f", "\u2028", "\u00a0"])
def test_tabs_and_other_white_space_are_allowed(ok: str) -> None:
    r = parse_lossless(DATELINE + f"Wang Yi{ok}met Blinken.")
    assert r.lead.text == "Wang Yi met Blinken."


def test_max_chars() -> None:
    text = DATELINE + "Wang Yi met Blinken."
    with pytest.raises(ParseError) as info:
        parse(text, max_chars=10)
    err = info.value
    assert err.msg == (
        "the text has 45 characters, more than the limit of 10 (raise it with max_chars=)"
    )
    assert (err.pos, err.colno) == (10, 11)
    assert parse(text, max_chars=len(text)).lead.text == "Wang Yi met Blinken."


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            b"Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken.",
            "expected the readout as a str, got bytes "
            "(decode bytes first, e.g. data.decode('utf-8'))",
        ),
        (None, "expected the readout as a str, got NoneType"),
        (["Wang Yi met Blinken."], "expected the readout as a str, got list"),
    ],
)
def test_parse_rejects_what_is_not_a_str(value: Any, message: str) -> None:
    with pytest.raises(TypeError) as info:
        parse(value)
    assert str(info.value) == message


@pytest.mark.parametrize("fmt", ["html", "", "Dispatch", 1])
def test_parse_rejects_an_unknown_format(fmt: Any) -> None:
    with pytest.raises(ValueError, match="format must be 'dispatch', 'web' or None, not ") as info:
        parse("Wang Yi met Blinken.", format=fmt)
    assert str(info.value).endswith(f"not {fmt!r}")
    assert not isinstance(info.value, ParseError)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("RIYADH, Oct 2 (SPA) -- Prince Ali met Sheikh Omar.\n\n--SPA\n", "--SPA"),
        (
            "KUALA LUMPUR, July 26 (Bernama) -- Anwar Ibrahim met Joko Widodo. -- BERNAMA",
            "-- BERNAMA",
        ),
        ("Wang Yi met Blinken. The score was 3--NATO", None),
        ("TOKYO, Feb. 21 (Kyodo) -- Kamikawa met Cho.\n==Kyodo\n", "==Kyodo"),
        ("Wang Yi met Blinken. It was a==Kyodo", None),
    ],
)
def test_an_agency_sign_off_ends_a_dispatch(text: str, marker: str | None) -> None:
    r = parse_lossless(text)
    assert r.end_marker == marker


def test_a_deck_and_a_published_line_on_a_page_of_one_paragraph_a_line() -> None:
    text = (
        "Lula and Modi discuss trade in phone call\n"
        "In a one-hour conversation, the leaders agreed to expand their trade agreement\n"
        "Published on 07/08/2025 17h42\n"
        "President Ana Lopes spoke by telephone with Prime Minister Ravi Menon.\n"
        "Lopes recalled that trade matters.\n"
    )
    r = parse_lossless(text)
    assert r.headline == "Lula and Modi discuss trade in phone call"
    assert r.header == (
        "In a one-hour conversation, the leaders agreed to expand their trade agreement",
        "Published on 07/08/2025 17h42",
    )
    assert [p.sentences[0].text[:18] for p in r.paragraphs] == [
        "President Ana Lope",
        "Lopes recalled tha",
    ]


def test_a_line_without_a_period_is_no_deck_where_paragraphs_are_parted_by_blank_lines() -> None:
    text = (
        "Readout of the call\n\n"
        "President Ana Lopes spoke today with\n"
        "Prime Minister Ravi Menon.\n\n"
        "They discussed trade.\n"
    )
    r = parse_lossless(text)
    assert r.header == ()
    assert r.lead.text == "President Ana Lopes spoke today with Prime Minister Ravi Menon."


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        (
            "New Delhi, Aug 7 (PTI) Ravi Menon met Ana Lopes.\n\nThey talked.\n\nPTI ACB ZMN\n",
            "PTI ACB ZMN",
        ),
        (
            "ABU DHABI, 15th June, 2024 (WAM) -- Faisal met Omar.\n\nThey talked.\n\n"
            "WAM/Amjad Saleh/Lina Haddad\n",
            "WAM/Amjad Saleh/Lina Haddad",
        ),
        # Another agency's letters, or a web readout's, are the last paragraph.
        ("New Delhi, Aug 7 (PTI) Ravi Menon met Ana Lopes.\n\nThey talked.\n\nANI ACB ZMN\n", None),
        ("Readout of the call\n\nRavi Menon met Ana Lopes.\n\nThey talked.\n\nPTI ACB ZMN\n", None),
    ],
)
def test_the_agency_s_slug_ends_a_dispatch(text: str, marker: str | None) -> None:
    r = parse_lossless(text)
    assert r.end_marker == marker
    assert len(r.paragraphs) == (2 if marker else 3)


def test_a_dateline_with_a_long_hijri_date() -> None:
    r = parse_lossless(
        "Jeddah, Dhu al-Hijjah 18, 1446, June 14, 2025, SPA -- Faisal bin Khalid received a "
        "phone call from Omar Nasser.\n--SPA"
    )
    assert r.dateline is not None
    assert (r.dateline.place, r.dateline.agency) == ("Jeddah", "SPA")
    assert r.dateline.date == PartialDate(2025, 6, 14)
