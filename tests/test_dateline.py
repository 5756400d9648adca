"""Agency datelines, read through parse(): every variant, and the exact errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from readout import Dateline, ParseError, PartialDate, parse, render
from readout.parser.dateline import read_dateline
from support import bad_samples, parse_lossless, read_text

LEAD = "Wang Yi met Blinken."


@pytest.mark.parametrize(
    ("opening", "place", "date", "agency"),
    [
        # day-month, ZXS / OSC style
        ("Beijing, 10 Oct (ZXS) -- ", "Beijing", (None, 10, 10), "ZXS"),
        ("Beijing, 12 April (ZXS) -- ", "Beijing", (None, 4, 12), "ZXS"),
        ("Beijing, 14 October (XNA) -- ", "Beijing", (None, 10, 14), "XNA"),
        ("Beijing, 10 Oct. (ZXS) -- ", "Beijing", (None, 10, 10), "ZXS"),
        # month-day, Xinhua English style, with and without a period
        ("BEIJING, Oct. 14 (Xinhua) -- ", "BEIJING", (None, 10, 14), "Xinhua"),
        ("BEIJING, Oct 14 (Xinhua) -- ", "BEIJING", (None, 10, 14), "Xinhua"),
        ("BEIJING, Sept. 18 (Xinhua) -- ", "BEIJING", (None, 9, 18), "Xinhua"),
        ("BEIJING, Sept 18 (Xinhua) -- ", "BEIJING", (None, 9, 18), "Xinhua"),
        ("BEIJING, April 12 (Xinhua) -- ", "BEIJING", (None, 4, 12), "Xinhua"),
        ("Pyongyang, August 8 (KCNA) -- ", "Pyongyang", (None, 8, 8), "KCNA"),
        ("WASHINGTON, Dec 6 (KUNA) - ", "WASHINGTON", (None, 12, 6), "KUNA"),
        # with a year
        ("Beijing, 14 Oct 2023 (CNS) -- ", "Beijing", (2023, 10, 14), "CNS"),
        ("Beijing, 10 Oct, 2023 (CNS) -- ", "Beijing", (2023, 10, 10), "CNS"),
        ("BEIJING, Oct. 14, 2023 (Xinhua) -- ", "BEIJING", (2023, 10, 14), "Xinhua"),
        ("BEIJING, Oct. 14 2023 (Xinhua) -- ", "BEIJING", (2023, 10, 14), "Xinhua"),
        ("Beijing, 29 Feb 2024 (CNS) -- ", "Beijing", (2024, 2, 29), "CNS"),
        ("Beijing, 29 Feb (CNS) -- ", "Beijing", (None, 2, 29), "CNS"),
        # a weekday before the date
        ("BEIJING, Saturday, Oct. 14 (Xinhua) -- ", "BEIJING", (None, 10, 14), "Xinhua"),
        ("BEIJING, Saturday Oct. 14 (Xinhua) -- ", "BEIJING", (None, 10, 14), "Xinhua"),
        ("BEIJING, Wednesday, April 12 (Xinhua) -- ", "BEIJING", (None, 4, 12), "Xinhua"),
        # dashes and the space around them
        ("BEIJING, Feb. 11 (Xinhua) \u2014 ", "BEIJING", (None, 2, 11), "Xinhua"),
        ("BEIJING, Feb. 11 (Xinhua)\u2014", "BEIJING", (None, 2, 11), "Xinhua"),
        ("BEIJING, Feb. 11 (Xinhua) \u2013 ", "BEIJING", (None, 2, 11), "Xinhua"),
        ("BEIJING, Feb. 11 (Xinhua) - ", "BEIJING", (None, 2, 11), "Xinhua"),
        ("BEIJING, Feb. 11 (Xinhua)--", "BEIJING", (None, 2, 11), "Xinhua"),
        ("Beijing, 14 Oct (ZXS)  --  ", "Beijing", (None, 10, 14), "ZXS"),
        ("Beijing, 14 Oct (ZXS) --\n", "Beijing", (None, 10, 14), "ZXS"),
        ("Beijing, 14 Oct (ZXS) -- \n  ", "Beijing", (None, 10, 14), "ZXS"),
        # upper-case places of more than one word, agencies with a hyphen
        ("SAN FRANCISCO, 15 Nov (XNA) -- ", "SAN FRANCISCO", (None, 11, 15), "XNA"),
        ("San Francisco, 15 Nov (XNA) \u2014 ", "San Francisco", (None, 11, 15), "XNA"),
        ("MOSCOW, Oct. 15 (ITAR-TASS) -- ", "MOSCOW", (None, 10, 15), "ITAR-TASS"),
        # TASS: "/TASS/." after the date
        ("MOSCOW, August 7. /TASS/. ", "MOSCOW", (None, 8, 7), "TASS"),
        ("MOSCOW, August 7 /TASS/. ", "MOSCOW", (None, 8, 7), "TASS"),
        ("MOSCOW, August 7. /TASS/ ", "MOSCOW", (None, 8, 7), "TASS"),
        ("MOSCOW, August 7, 2023. /TASS/. ", "MOSCOW", (2023, 8, 7), "TASS"),
        ("MOSCOW, 7 August /ITAR-TASS/. ", "MOSCOW", (None, 8, 7), "ITAR-TASS"),
        # a date without agency, an agency without date
        ("WASHINGTON, Dec. 6 -- ", "WASHINGTON", (None, 12, 6), None),
        ("Beijing, 1 Oct 2023 -- ", "Beijing", (2023, 10, 1), None),
        ("BEIJING (Xinhua) -- ", "BEIJING", None, "Xinhua"),
        ("Beijing (Xinhua) \u2014 ", "Beijing", None, "Xinhua"),
        # ordinal days (WAM), "(EFE).-", two-word agencies, no dash after the agency (PTI)
        ("ABU DHABI, 5th June, 2024 (WAM) -- ", "ABU DHABI", (2024, 6, 5), "WAM"),
        ("ABU DHABI, June 21st (WAM) -- ", "ABU DHABI", (None, 6, 21), "WAM"),
        ("Paris, Feb 12 (EFE).- ", "Paris", (None, 2, 12), "EFE"),
        ("Havana, Apr 8 (Prensa Latina) -- ", "Havana", (None, 4, 8), "Prensa Latina"),
        ("Havana, Apr 8 (Prensa Latina) ", "Havana", (None, 4, 8), "Prensa Latina"),
        ("New Delhi, Jun 5 (PTI) ", "New Delhi", (None, 6, 5), "PTI"),
        # a known agency after the place, without parentheses, maybe after dates
        ("Tehran, IRNA -- ", "Tehran", None, "IRNA"),
        ("Riyadh, Jan 4, 2024, SPA -- ", "Riyadh", (2024, 1, 4), "SPA"),
        ("Riyadh, Jumada II 22, 1445, Jan 4, 2024, SPA -- ", "Riyadh", (2024, 1, 4), "SPA"),
    ],
)
def test_dateline_variants(
    opening: str,
    place: str,
    date: tuple[int | None, int, int] | None,
    agency: str | None,
) -> None:
    text = opening + LEAD + " (End)\n"
    r = parse_lossless(text)
    expected = Dateline(place, None if date is None else PartialDate(*date), agency)
    assert r.dateline == expected
    assert r.dateline is not None
    assert r.dateline.source == opening
    assert r.format == "dispatch"
    assert r.headline is None
    assert [[s.text for s in p.sentences] for p in r.paragraphs] == [[LEAD]]
    assert r.end_marker == "(End)"


@pytest.mark.parametrize(
    "opening",
    [
        "BEIJING \u2014 ",
        "BEIJING \u2013 ",
        "BEIJING\u2014",
        "BEIJING: ",
        "NEW YORK \u2014 ",
    ],
)
def test_bare_place_datelines_are_read(opening: str) -> None:
    r = parse(opening + "Xi met Biden on Tuesday.", format="dispatch")
    assert r.dateline == Dateline(opening.rstrip(" :\u2014\u2013"))
    assert r.dateline is not None
    assert r.dateline.source == opening
    assert r.lead.text == "Xi met Biden on Tuesday."


@pytest.mark.parametrize("opening", ["BEIJING \u2014 ", "BEIJING: ", "BEIJING\u2014"])
def test_bare_place_datelines_render_back(opening: str) -> None:
    assert parse_lossless(opening + "Xi met Biden on Tuesday.", format="dispatch").dateline


@pytest.mark.parametrize("opening", ["BEIJING -- ", "WASHINGTON – ", "BEIJING: ", "NEW YORK — "])
def test_a_bare_place_after_a_headline_is_a_dateline(opening: str) -> None:
    text = "Yellen Speaks with He Lifeng\n\n" + opening + "Janet Yellen met He Lifeng."
    r = parse_lossless(text)
    assert r.dateline is not None
    assert r.dateline.place == opening.rstrip(" -:–—")
    assert r.lead.text == "Janet Yellen met He Lifeng."
    # A web page, said to be one, keeps its place line in the lead.
    web = parse_lossless(text, format="web")
    assert web.dateline is None
    assert web.lead.text == opening.strip() + " Janet Yellen met He Lifeng."


def test_a_bare_first_line_is_a_dateline_only_for_a_known_capital() -> None:
    assert parse_lossless("MANILA – Ferdinand Cruz met Kenji Sato.").dateline == Dateline("MANILA")
    r = parse_lossless("EXCLUSIVE — Ferdinand Cruz to meet Kenji Sato\n\nThey will talk.")
    assert r.dateline is None
    assert r.headline == "EXCLUSIVE — Ferdinand Cruz to meet Kenji Sato"


def test_dateline_after_a_headline_and_a_deck() -> None:
    text = (
        "Xi Meets Biden in San Francisco\n"
        "Talks cover trade and security\n"
        "\n"
        "San Francisco, 15 Nov (XNA) \u2014 Xi met Biden.\n"
    )
    r = parse_lossless(text)
    assert r.headline == "Xi Meets Biden in San Francisco"
    assert r.header == ("Talks cover trade and security",)
    assert r.dateline == Dateline("San Francisco", PartialDate(None, 11, 15), "XNA")


def test_dateline_may_follow_four_lines_but_not_five() -> None:
    four = parse("One\nTwo\nThree\nFour\nBeijing, 10 Oct (ZXS) -- Wang Yi met Blinken.")
    assert four.dateline == Dateline("Beijing", PartialDate(None, 10, 10), "ZXS")
    five = parse("One\nTwo\nThree\nFour\nFive\nBeijing, 10 Oct (ZXS) -- Wang Yi met Blinken.")
    assert five.dateline is None


def test_a_dateline_alone_before_a_blank_line_is_a_headline() -> None:
    r = parse_lossless("Beijing, 10 Oct (ZXS) --\n\nWang Yi met Blinken. (End)")
    assert r.dateline is None
    assert r.headline == "Beijing, 10 Oct (ZXS) --"


@pytest.mark.parametrize(
    "text",
    [
        "beijing, 10 Oct (ZXS) -- Wang Yi met Blinken.",
        "Wang Yi, in a call (video) - said it went well.",
        "The talks, held today, went well - officials said.",
        "Beijing, Saturday (ZXS) -- Wang Yi met Blinken.",
    ],
)
def test_prose_is_not_a_dateline(text: str) -> None:
    r = parse_lossless(text)
    assert r.dateline is None
    assert r.lead.text == text


def test_format_web_reads_no_dateline() -> None:
    text = "Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken."
    r = parse_lossless(text, format="web")
    assert r.dateline is None
    assert r.lead.text == text


def test_format_dispatch_reads_the_dateline() -> None:
    r = parse_lossless("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken.", format="dispatch")
    assert r.dateline == Dateline("Beijing", PartialDate(None, 10, 10), "ZXS")


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "msg", "lineno", "colno"),
    [
        ("Beijing, 32 Oct (ZXS) -- Wang Yi met Blinken.", "day 32 is not a day of October", 1, 10),
        ("Beijing, 0 Oct (ZXS) -- Wang Yi met Blinken.", "day 0 is not a day of October", 1, 10),
        ("Beijing, 31 Feb (ZXS) -- Wang Yi met Blinken.", "day 31 is not a day of February", 1, 10),
        (
            "Beijing, 29 Feb 2023 (ZXS) -- Wang Yi met Blinken.",
            "day 29 is not a day of February 2023",
            1,
            10,
        ),
        (
            "BEIJING, Oct. 32 (Xinhua) -- Wang Yi met Blinken.",
            "day 32 is not a day of October",
            1,
            15,
        ),
        ("MOSCOW, August 32. /TASS/. Lavrov spoke.", "day 32 is not a day of August", 1, 16),
        (
            "Beijing, 10 Foo (ZXS) -- Wang Yi met Blinken.",
            "'Foo' is not the name of a month",
            1,
            13,
        ),
        (
            "Beijing, Foo 10 (ZXS) -- Wang Yi met Blinken.",
            "'Foo' is not the name of a month",
            1,
            10,
        ),
        (
            "Beijing, 14 Octobre (ZXS) -- Wang Yi met Blinken.",
            "'Octobre' is not the name of a month",
            1,
            13,
        ),
        (
            "Beijing, \u0661\u0664 Oct (ZXS) -- Wang Yi met Blinken.",
            "expected a date such as '10 Oct' or 'Oct. 14, 2023', found '\u0661\u0664 Oct'",
            1,
            10,
        ),
        (
            "Beijing, \uff11\uff14 Oct (ZXS) -- Wang Yi met Blinken.",
            "expected a date such as '10 Oct' or 'Oct. 14, 2023', found '\uff11\uff14 Oct'",
            1,
            10,
        ),
        (
            "Beijing, 10 Oct 23 (ZXS) -- Wang Yi met Blinken.",
            "expected a date such as '10 Oct' or 'Oct. 14, 2023', found '10 Oct 23'",
            1,
            10,
        ),
        (
            "Wang Yi Meets Blinken\n\nBeijing, 32 Oct (ZXS) -- Wang Yi met Blinken.",
            "day 32 is not a day of October",
            3,
            10,
        ),
        (
            "Wang Yi Meets Blinken\r\n\r\nBeijing, 32 Oct (ZXS) -- Wang Yi met Blinken.",
            "day 32 is not a day of October",
            3,
            10,
        ),
        ("Beijing, 10 Oct (ZXS) -- ", "expected the lead of the readout after the dateline", 1, 26),
        ("Beijing, 10 Oct (ZXS) --", "expected the lead of the readout after the dateline", 1, 25),
        (
            "Beijing, 10 Oct (ZXS) -- (End)\n",
            "expected the lead of the readout after the dateline",
            1,
            26,
        ),
        (
            "Beijing, 10 Oct (ZXS) --\n (End)",
            "expected the lead of the readout after the dateline",
            2,
            2,
        ),
    ],
)
def test_dateline_errors(text: str, msg: str, lineno: int, colno: int) -> None:
    with pytest.raises(ParseError) as info:
        parse(text)
    err = info.value
    assert (err.msg, err.lineno, err.colno) == (msg, lineno, colno)
    assert err.doc == text.replace("\r\n", "\n")


def test_non_ascii_digits_never_read_as_a_day() -> None:
    with pytest.raises(ParseError, match="found '\u0661\u0664 Oct'"):
        parse("Beijing, \u0661\u0664 Oct (ZXS) -- Wang Yi met Blinken.")
    assert read_dateline("Beijing, \u0661\u0664 Oct (ZXS) -- ") is None


def test_format_dispatch_needs_a_dateline() -> None:
    with pytest.raises(ParseError) as info:
        parse("\n\nWang Yi met Blinken.", format="dispatch")
    err = info.value
    assert err.msg == "expected a dateline such as 'Beijing, 10 Oct (ZXS) --' (format='dispatch')"
    assert (err.pos, err.lineno, err.colno) == (2, 3, 1)


@pytest.mark.parametrize(("text_path", "error_path"), bad_samples())
def test_bad_samples_raise_their_exact_error(text_path: Path, error_path: Path) -> None:
    with pytest.raises(ParseError) as info:
        parse(read_text(text_path))
    assert str(info.value) == read_text(error_path).removesuffix("\n")


# --- read_dateline -----------------------------------------------------------------------------


def test_read_dateline_reads_exactly_one_dateline() -> None:
    assert read_dateline("Beijing, 10 Oct (ZXS) -- ") == Dateline(
        "Beijing", PartialDate(None, 10, 10), "ZXS"
    )
    assert read_dateline("Beijing, 10 Oct (ZXS) -- Wang Yi") is None
    assert read_dateline("Beijing, 32 Oct (ZXS) -- ") is None
    assert read_dateline("Beijing, 10 Oct (ZXS)") is None


def test_render_keeps_each_dateline_as_written() -> None:
    text = "BEIJING, Saturday, Oct. 14, 2023 (Xinhua)\u2014Wang Yi met Blinken."
    assert render(parse(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        # no dash: the agency must have a date before it and a capital after it
        "New Delhi (PTI) Prime Minister Modi met Lula.",
        "New Delhi, Jun 5 (PTI) the prime minister met Lula.",
        # a word after a comma is an agency only when it is a known one
        "Tehran, Friday -- Iranian Foreign Minister met Faisal.",
        "Tehran, Foo -- Iranian Foreign Minister met Faisal.",
        "Tehran, Foo, IRNA -- Iranian Foreign Minister met Faisal.",
    ],
)
def test_look_alikes_of_the_new_forms_are_no_datelines(text: str) -> None:
    assert parse_lossless(text).dateline is None


def test_a_colon_after_the_agency_ends_a_dateline() -> None:
    text = "Islamabad, May 3 (APP): Prime Minister Ali Raza telephoned Premier Li Wen."
    r = parse(text)
    assert r.dateline is not None
    assert (r.dateline.place, r.dateline.agency, str(r.dateline.date)) == (
        "Islamabad",
        "APP",
        "3 May",
    )
    assert r.lead.text.startswith("Prime Minister Ali Raza")
    assert render(r) == text
    assert r.call is not None
    assert r.call.initiator is not None
    assert r.call.initiator.name == "Ali Raza"
