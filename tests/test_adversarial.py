"""Hostile input: what ``parse`` does with text written to break it.

Every family asserts a specific outcome: a Readout that renders back byte for byte (and
what it holds), or the exact ParseError (message, position, line, column), or the
TypeError of a wrong argument. Lines and columns: ``\\r\\n`` and ``\\r`` are folded to
``\\n`` first; only ``\\n`` breaks a line; U+0085, ``\\v``, ``\\f``, U+2028 and U+2029 are
white space inside a line; a column counts code points.

Sizes stay small, so that the file runs in seconds: ``benchmarks/bench_linear.py`` times
the same families at 10^5 to 10^6 characters (and a 10 MB line, and 10^6 paragraphs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given

from hostile import LEAD, check_parse, hostile_texts
from readout import (
    Call,
    ParseError,
    PartialDate,
    Participant,
    Readout,
    Side,
    parse,
    render,
)
from readout.parser import DEFAULT_MAX_CHARS
from support import SEED, folded, parse_lossless, read_text

# A compact readout with every part: headline, dateline, three paragraphs, end marker.
REF = (
    "Wang Yi Holds Phone Talks with Blinken\n\n"
    "Beijing, 10 Oct (ZXS) -- Wang Yi had a telephone conversation with US Secretary of State "
    "Antony Blinken on 14 October at his request.\n\n"
    "Blinken described his visit. Wang Yi said that China opposes all acts that harm civilians."
    "\n\nThe two sides agreed to keep in touch. (End)\n"
)
SHORT = "Beijing, 10 Oct (ZXS) -- Wang Yi met Antony Blinken. Blinken said that talks help."


def error(text: str, **options: Any) -> ParseError:
    """The ParseError that parsing ``text`` raises."""
    with pytest.raises(ParseError) as info:
        parse(text, **options)
    return info.value


def where(e: ParseError) -> tuple[str, int, int, int]:
    return e.msg, e.pos, e.lineno, e.colno


def texts(r: Readout) -> list[list[str]]:
    """The sentences of each paragraph."""
    return [[s.text for s in p.sentences] for p in r.paragraphs]


# --- empty and white space ---------------------------------------------------------------------

EMPTY = "expected a readout, found empty text"
BLANK = "expected a readout, found only white space"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (EMPTY, 0, 1, 1)),
        (" ", (BLANK, 1, 1, 2)),
        ("\n\n\t ", (BLANK, 4, 3, 3)),
        ("\r\n\r\n", (BLANK, 2, 3, 1)),  # folded to "\n\n"
        ("\r\r\n", (BLANK, 2, 3, 1)),  # "\r" then "\r\n": two breaks
        # white space that str.splitlines() would break at, but that is inside line 1 here
        ("\x85\u2028\u2029\v\f\xa0\u3000 ", (BLANK, 8, 1, 9)),
        ("\ufeff", (BLANK, 1, 1, 2)),  # a byte order mark is no text
        ("\ufeff \n ", (BLANK, 4, 2, 2)),
    ],
)
def test_empty_and_white_space(text: str, expected: tuple[str, int, int, int]) -> None:
    assert where(error(text)) == expected


# --- every prefix of a valid readout ------------------------------------------------------------


def _prefix_outcome(text: str, k: int) -> tuple[object, ...]:
    """What the first ``k`` characters of a readout should read as, from where its parts end."""
    dateline_end = text.index("-- ") + 2
    if k == 0:
        return (EMPTY, 0)
    if dateline_end <= k <= dateline_end + 1:  # "... (ZXS) --" and "... (ZXS) -- "
        return ("expected the lead of the readout after the dateline", k)
    headline = text.startswith("Wang") and k > text.index("\n\n") + 2
    dateline = k > dateline_end
    paragraphs = 1 + sum(k > m + 2 for m in _blank_lines(text, dateline_end))
    marker = "(End)" if k >= len(text.rstrip()) else None
    return (headline, dateline, paragraphs, marker)


def _blank_lines(text: str, start: int) -> list[int]:
    found, at = [], text.find("\n\n", start)
    while at >= 0:
        found.append(at)
        at = text.find("\n\n", at + 2)
    return found


def _outcome(text: str, **options: Any) -> tuple[object, ...]:
    """The shape of what ``text`` reads as, or the message and position of its error."""
    try:
        r = parse_lossless(text, **options)
    except ParseError as e:
        return (e.msg, e.pos)
    return (r.headline is not None, r.dateline is not None, len(r.paragraphs), r.end_marker)


def test_every_prefix_of_a_readout() -> None:
    for k in range(len(REF) + 1):
        assert _outcome(REF[:k]) == _prefix_outcome(REF, k), REF[:k]


def test_every_prefix_of_the_seed() -> None:
    seed = read_text(SEED)
    for k in range(len(seed) + 1):
        outcome = _outcome(seed[:k], structure_only=True)
        assert outcome == _prefix_outcome(seed, k), seed[:k]


# --- end markers --------------------------------------------------------------------------------

NO_BODY = "expected the body of a readout before the end marker"


@pytest.mark.parametrize(
    ("text", "pos", "colno"),
    [("(End)", 0, 1), (" (END) ", 1, 2), ("\n\n(end)\n", 2, 1), ("###", 0, 1), ("-0-", 0, 1)],
)
def test_a_bare_end_marker(text: str, pos: int, colno: int) -> None:
    e = error(text)
    assert (e.msg, e.pos, e.colno) == (NO_BODY, pos, colno)


def test_a_dateline_and_an_end_marker_alone() -> None:
    e = error("Beijing, 10 Oct (ZXS) -- (End)")
    assert where(e) == ("expected the lead of the readout after the dateline", 25, 1, 26)


def test_a_repeated_end_marker_is_one_marker_after_a_sentence() -> None:
    r = parse_lossless("(End) (End)")
    assert (texts(r), r.end_marker) == ([["(End)"]], "(End)")
    r = parse_lossless(SHORT + " (End) (End)")
    assert texts(r)[0][-1] == "(End)"
    assert r.end_marker == "(End)"


def test_text_after_the_end_marker_makes_it_text() -> None:
    r = parse_lossless(SHORT + " (End) Wang Yi left.")
    assert r.end_marker is None
    assert texts(r)[0][-1] == "(End) Wang Yi left."


def test_marker_spellings_inside_a_sentence_stay_text() -> None:
    r = parse_lossless(SHORT + " ###x -0-y (END)z")
    assert r.end_marker is None
    assert texts(r)[0][-1] == "Blinken said that talks help. ###x -0-y (END)z"


# --- several readouts in one text ---------------------------------------------------------------


def test_two_readouts_concatenated_are_one_readout() -> None:
    r = parse_lossless(SHORT + " (End)\n\n" + SHORT + " (End)\n")
    assert r.end_marker == "(End)"
    assert texts(r) == [
        [
            "Wang Yi met Antony Blinken.",
            "Blinken said that talks help.",
            "(End)",
        ],
        [
            "Beijing, 10 Oct (ZXS) -- Wang Yi met Antony Blinken.",
            "Blinken said that talks help.",
        ],
    ]


def test_the_seed_three_times() -> None:
    seed = read_text(SEED)
    r = parse_lossless("\n\n".join([seed] * 3))
    one = parse(seed)
    assert len(r.paragraphs) == 3 * len(one.paragraphs)
    assert r.call == one.call
    assert r.end_marker == "(End)"


# --- line endings -------------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_folded_line_endings_read_like_newlines(newline: str) -> None:
    text = REF.replace("\n", newline)
    r = parse(text)
    assert r == parse(REF)
    assert render(r) == REF


def test_newline_then_carriage_return_is_two_breaks() -> None:
    r = parse_lossless(SHORT + "\n\rWang Yi left.")
    assert render(r) == SHORT + "\n\nWang Yi left."
    assert len(r.paragraphs) == 2


@pytest.mark.parametrize("sep", ["\x85", "\v", "\f", "\u2028", "\u2029", "\x85\x85", "\u2028\v"])
def test_other_line_separators_are_white_space_inside_a_line(sep: str) -> None:
    r = parse_lossless(SHORT + sep + "Wang Yi left." + sep + sep + "(End)")
    assert texts(r) == [
        ["Wang Yi met Antony Blinken.", "Blinken said that talks help.", "Wang Yi left."]
    ]
    assert r.end_marker == "(End)"
    assert r.paragraphs[0].separators == (" ", sep)


@pytest.mark.parametrize("sep", ["\x85", "\v", "\f", "\u2028", "\u2029"])
def test_error_positions_count_other_separators_as_columns(sep: str) -> None:
    text = f"Wang Yi{sep}met{sep}Blinken.\x00"
    e = error(text)
    assert where(e) == ("control character U+0000 is not allowed in a readout", 20, 1, 21)


@pytest.mark.parametrize(
    ("newline", "lineno"), [("\n", 2), ("\r\n", 2), ("\r", 2), ("\n\n", 3), ("\r\n\r", 3)]
)
def test_error_positions_after_line_breaks(newline: str, lineno: int) -> None:
    e = error(f"Wang Yi met Blinken.{newline}Then\x01.")
    assert (e.msg, e.lineno, e.colno) == (
        "control character U+0001 is not allowed in a readout",
        lineno,
        5,
    )
    assert e.doc == folded(f"Wang Yi met Blinken.{newline}Then\x01.")


def test_blank_line_of_other_white_space_parts_paragraphs() -> None:
    r = parse_lossless("Wang Yi met Blinken.\n\u2028\v\nBlinken left.")
    assert texts(r) == [["Wang Yi met Blinken."], ["Blinken left."]]


# --- byte order mark ----------------------------------------------------------------------------


def test_a_byte_order_mark_at_the_start_is_layout() -> None:
    r = parse_lossless("\ufeff" + SHORT)
    assert r == parse(SHORT)
    assert r.dateline is not None
    assert r.layout.before == "\ufeff"


def test_a_byte_order_mark_before_white_space() -> None:
    r = parse_lossless("\ufeff\r\n\n" + REF)
    assert r == parse(REF)
    assert r.layout.before == "\ufeff\n\n"


def test_a_byte_order_mark_inside_the_text_is_text() -> None:
    r = parse_lossless("x\ufeff" + SHORT)
    assert r.dateline is None
    assert texts(r)[0][0] == "x\ufeffBeijing, 10 Oct (ZXS) -- Wang Yi met Antony Blinken."


# --- control characters and lone surrogates -----------------------------------------------------

_FORBIDDEN = [chr(c) for c in [*range(0x09), *range(0x0E, 0x20), 0x7F]]


@pytest.mark.parametrize("ch", _FORBIDDEN, ids=[f"U+{ord(c):04X}" for c in _FORBIDDEN])
def test_control_characters_are_errors(ch: str) -> None:
    e = error(SHORT + ch + " More.")
    message = f"control character U+{ord(ch):04X} is not allowed in a readout"
    assert where(e) == (message, len(SHORT), 1, len(SHORT) + 1)
    assert ch not in str(e)  # the excerpt shows it as a space


def test_the_first_forbidden_character_is_reported() -> None:
    e = error("Wang\ud800 met \x00 Blinken.")
    assert where(e) == ("lone surrogate U+D800 is not allowed in a readout", 4, 1, 5)


def test_tab_and_c1_controls_are_kept() -> None:
    r = parse_lossless("Wang Yi met\tBlinken.\x9b Blinken \x80left.")
    assert texts(r) == [["Wang Yi met Blinken.\x9b Blinken \x80left."]]


@pytest.mark.parametrize("ch", [chr(0xD800), chr(0xDBFF), chr(0xDC00), chr(0xDFFF)])
def test_lone_surrogates_are_errors(ch: str) -> None:
    e = error(SHORT + "\n" + ch)
    assert where(e) == (
        f"lone surrogate U+{ord(ch):04X} is not allowed in a readout",
        len(SHORT) + 1,
        2,
        1,
    )
    str(e).encode("utf-8")  # the message can be printed


def test_a_surrogate_pair_in_a_str_is_two_lone_surrogates() -> None:
    text = b"Wang Yi \xed\xa0\xbd\xed\xb8\x80".decode("utf-8", "surrogatepass")
    assert where(error(text)) == ("lone surrogate U+D83D is not allowed in a readout", 8, 1, 9)


def test_astral_characters_are_one_column() -> None:
    e = error("\U0001f600\U0001f600 Wang\x02")
    assert (e.pos, e.colno) == (7, 8)
    assert parse_lossless("Wang Yi met Blinken \U0001f600.").lead.text.endswith("\U0001f600.")


# --- bidi and zero-width characters -------------------------------------------------------------

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u202a", "\u202e", "\u2066", "\u2069"]


@pytest.mark.parametrize("ch", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_invisible_characters_are_kept_as_text(ch: str) -> None:
    text = f"{ch}Beijing, 10 Oct (ZXS) -- Wang{ch} Yi met Antony Blinken. Blinken said{ch} that."
    r = parse_lossless(text)
    assert r.dateline is None  # the place would start with an invisible character
    assert texts(r)[0][0].startswith(f"{ch}Beijing, 10 Oct (ZXS) -- Wang{ch} Yi")


@pytest.mark.parametrize("ch", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_invisible_characters_show_as_spaces_in_errors(ch: str) -> None:
    e = error(f"Beijing{ch}, 32 Oct (ZXS) -- Wang Yi met Blinken.")
    assert where(e) == ("day 32 is not a day of October", 10, 1, 11)
    assert str(e).splitlines()[1] == "    Beijing , 32 Oct (ZXS) -- Wang Yi met Blinken."


def test_a_zero_width_space_inside_a_cue() -> None:
    r = parse_lossless(SHORT.replace("said that", "said\u200bthat"))
    sentence = r.paragraphs[0].sentences[1]
    assert (sentence.speaker, sentence.cue) == (_call(r).participants[1], "said\u200bthat")


# --- digits that are not ASCII ------------------------------------------------------------------

NOT_ASCII_DIGITS = [
    "\u0661\u0664",  # Arabic-Indic ١٤
    "\u06f1\u06f4",  # Extended Arabic-Indic ۱۴
    "\u0967\u096a",  # Devanagari १४
    "\uff11\uff14",  # fullwidth １４
    "\u00b9\u2074",  # superscript ¹⁴
    "1\u0664",  # one ASCII, one not
]


@pytest.mark.parametrize("day", NOT_ASCII_DIGITS)
def test_a_dateline_day_in_other_digits_is_no_day(day: str) -> None:
    e = error(f"Beijing, {day} Oct (ZXS) -- Wang Yi met Blinken.")
    message = f"expected a date such as '10 Oct' or 'Oct. 14, 2023', found '{day} Oct'"
    assert where(e) == (message, 9, 1, 10)


@pytest.mark.parametrize("day", NOT_ASCII_DIGITS)
def test_a_month_day_dateline_in_other_digits(day: str) -> None:
    e = error(f"BEIJING, Oct. {day} (Xinhua) -- Wang Yi met Blinken.")
    assert e.msg == f"expected a date such as '10 Oct' or 'Oct. 14, 2023', found 'Oct. {day}'"
    assert e.pos == 9


def test_a_year_in_other_digits() -> None:
    e = error("Beijing, 14 Oct \u0662\u0660\u0662\u0663 (ZXS) -- Wang Yi met Blinken.")
    assert e.msg.endswith("found '14 Oct \u0662\u0660\u0662\u0663'")


@pytest.mark.parametrize("day", NOT_ASCII_DIGITS)
def test_a_call_date_in_other_digits_is_no_date(day: str) -> None:
    lead = "Beijing, 16 Oct (ZXS) -- Wang Yi had a telephone conversation with Antony Blinken"
    assert _call(parse_lossless(f"{lead} on 14 October.")).date == PartialDate(None, 10, 14)
    assert _call(parse_lossless(f"{lead} on {day} October.")).date is None


def _call(r: Readout) -> Call:
    assert r.call is not None
    return r.call


# --- runs ---------------------------------------------------------------------------------------

RUN = 5_000
WANG = Participant("Wang Yi", None, "CN")
BLINKEN = Participant("Antony Blinken", "US Secretary of State", "US")


@pytest.mark.parametrize(
    "unit",
    [" ", "\t", "\xa0", ", ", ",", "; ", "(", " (", ")", "--", " -- ", "\u2014", '"', "\u201c "],
)
def test_runs_inside_a_sentence(unit: str) -> None:
    sentence = "Talks went on " + unit * RUN + " and on."
    r = parse_lossless(LEAD + sentence)
    assert r.call is not None
    assert r.call.participants == (WANG, BLINKEN)
    (_, last), *_ = texts(r)
    assert last == " ".join(sentence.split())
    assert r.paragraphs[0].sentences[1].speaker is None


def test_a_run_of_spaces_between_sentences() -> None:
    r = parse_lossless(LEAD + "Wang Yi left." + " " * RUN + "Blinken stayed.")
    assert r.paragraphs[0].separators == (" ", " " * RUN)


def test_a_run_of_blank_lines() -> None:
    r = parse_lossless(LEAD + "\n \n" * RUN + "Blinken said that talks help.")
    assert texts(r)[1] == ["Blinken said that talks help."]
    assert r.paragraphs[1].sentences[0].speaker == BLINKEN


def test_a_run_of_said_that() -> None:
    r = parse_lossless(LEAD + "Wang Yi " + "said that " * RUN + "talks help.")
    sentence = r.paragraphs[0].sentences[1]
    assert (sentence.speaker, sentence.cue) == (WANG, "said that")


def test_a_run_of_said_that_sentences() -> None:
    r = parse_lossless(LEAD + "Wang Yi said that peace matters. " * 500)
    assert {(s.speaker, s.cue) for s in r.sentences[1:]} == {(WANG, "said that")}


def test_a_run_of_according_to() -> None:
    r = parse_lossless(LEAD + "According to" + " according to" * RUN + " Wang, talks help.")
    sentence = r.paragraphs[0].sentences[1]
    assert (sentence.speaker, sentence.cue) == (WANG, "According to")


def test_a_run_of_joint_subjects() -> None:
    r = parse_lossless(LEAD + "The" + " two" * RUN + " sides agreed.")
    sentence = r.paragraphs[0].sentences[1]
    assert (sentence.speaker, sentence.cue) == (Side.BOTH, "agreed")


@pytest.mark.parametrize("unit", [". ", "U.S. ", "J. ", "? ", "! ", "(End) ", ".\u201d "])
def test_runs_of_sentence_ends(unit: str) -> None:
    r = parse_lossless(LEAD + "Talks went on " + unit * RUN)
    (_, last), *_ = texts(r)  # no sentence ends: no capital follows
    assert last == "Talks went on " + (unit * RUN).strip().removesuffix(" (End)")
    assert r.end_marker == ("(End)" if unit == "(End) " else None)


@pytest.mark.parametrize(
    ("unit", "names"),
    [
        ("WANG ", ["Antony Blinken"]),
        ("BEIJING -- ", ["Antony Blinken"]),
        ("Minister ", ["Antony Blinken"]),
        ("China ", ["Antony Blinken"]),
        ("Qaaa Qaab, ", ["Qaaa Qaab"]),  # named 5,000 times before the call word
    ],
)
def test_runs_in_the_lead(unit: str, names: list[str]) -> None:
    r = parse_lossless("Beijing, 10 Oct (ZXS) -- " + unit * RUN + "met Antony Blinken.")
    assert [p.name for p in _call(r).participants] == names


# --- long names and words -----------------------------------------------------------------------


def test_a_very_long_name() -> None:
    name = " ".join(f"Q{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(2_000))
    body = "Qaa said that talks help. " * 200
    r = parse_lossless(f"Beijing, 10 Oct (ZXS) -- Wang Yi met {name}.\n\n{body}")
    assert r.call is not None
    guest = r.call.participants[1]
    assert guest.name == name
    assert {s.speaker for s in r.paragraphs[1].sentences} == {guest}


def test_a_very_long_word() -> None:
    word = "Q" + "a" * 100_000
    r = parse_lossless(f"Beijing, 10 Oct (ZXS) -- Wang Yi met {word} Blinken. {word} said so.")
    assert r.call is not None
    assert r.call.participants[1].name == f"{word} Blinken"
    assert r.paragraphs[0].sentences[1].speaker == r.call.participants[1]


def _name(i: int) -> str:
    """A distinct two-word name for each ``i``: "Qab Qcd"."""
    letters = [chr(97 + i // 26**k % 26) for k in range(4)]
    return f"Q{letters[0]}{letters[1]} Q{letters[2]}{letters[3]}"


def test_a_lead_naming_many_people() -> None:
    people = ", ".join(_name(i) for i in range(500))
    body = "The Chinese side said so. Qft said so; the Minister said so, as at his request."
    r = parse_lossless(f"Beijing, 10 Oct (ZXS) -- {people} met Antony Blinken. {body}")
    call = _call(r)
    assert len(call.participants) == 500
    assert [s.speaker for s in r.sentences[1:]] == [None, call.participants[499]]


def test_a_lead_naming_many_titled_people() -> None:
    people = [f"Minister {_name(i)}" for i in range(300)]
    people[7] = f"Chinese Minister {_name(7)}"
    people[200] = f"Secretary {_name(200)}"
    body = "The Secretary said so. The Minister said so. The Ambassador said so. "
    body += "The Chinese side said so."
    r = parse_lossless(f"Beijing, 10 Oct (ZXS) -- {'; '.join(people)} met Antony Blinken. {body}")
    found = _call(r).participants
    assert len(found) == 300
    # The only Secretary; of 299 Ministers the publisher's own (ZXS: CN); no Ambassador, so
    # the speaker before goes on; the only Chinese participant.
    said = [(s.speaker, s.cue) for s in r.sentences[1:]]
    assert said == [(found[200], "said"), (found[7], "said"), (found[7], None), (found[7], "said")]
    assert found[7].country == "CN"


# --- wrong argument types -----------------------------------------------------------------------

DECODE = " (decode bytes first, e.g. data.decode('utf-8'))"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b"Wang Yi met Blinken.", "expected the readout as a str, got bytes" + DECODE),
        (bytearray(b"Wang"), "expected the readout as a str, got bytearray" + DECODE),
        (memoryview(b"Wang"), "expected the readout as a str, got memoryview" + DECODE),
        (None, "expected the readout as a str, got NoneType"),
        (3, "expected the readout as a str, got int"),
        (["Wang Yi met Blinken."], "expected the readout as a str, got list"),
        (Path("x.txt"), "expected the readout as a str, got PosixPath"),
    ],
)
def test_text_of_the_wrong_type(value: Any, message: str) -> None:
    with pytest.raises(TypeError) as info:
        parse(value)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("value", "name"), [(None, "NoneType"), ("10", "str"), (1.5, "float"), (True, "bool")]
)
def test_max_chars_of_the_wrong_type(value: Any, name: str) -> None:
    with pytest.raises(TypeError) as info:
        parse("Wang Yi met Blinken.", max_chars=value)
    assert str(info.value) == f"max_chars must be an int, got {name}"


@pytest.mark.parametrize("value", ["Dispatch", 1, b"web"])
def test_format_of_the_wrong_value(value: Any) -> None:
    with pytest.raises(ValueError, match=r"^format must be 'dispatch', 'web' or None, not "):
        parse("Wang Yi met Blinken.", format=value)


# --- the size limit -----------------------------------------------------------------------------


def test_the_size_limit_is_64_mi_characters() -> None:
    assert DEFAULT_MAX_CHARS == 64 * 1024 * 1024


def test_a_text_one_character_too_long() -> None:
    text = SHORT + "\n" + "x" * 10
    e = error(text, max_chars=len(text) - 1)
    assert e.msg == (
        f"the text has {len(text)} characters, more than the limit of {len(text) - 1} "
        "(raise it with max_chars=)"
    )
    assert (e.pos, e.lineno, e.colno) == (len(text) - 1, 2, 10)
    assert parse_lossless(text, max_chars=len(text)).lead.text == "Wang Yi met Antony Blinken."


def test_the_limit_counts_characters_before_folding() -> None:
    text = SHORT + "\r\n"
    assert error(text, max_chars=len(text) - 1).pos == len(text) - 1
    assert render(parse(text, max_chars=len(text))) == SHORT + "\n"


def test_the_default_limit_refuses_before_reading() -> None:
    text = "\x00" * (DEFAULT_MAX_CHARS + 1)  # would be an error at 0, if it were read
    e = error(text)
    assert e.msg == (
        f"the text has {DEFAULT_MAX_CHARS + 1} characters, more than the limit of "
        f"{DEFAULT_MAX_CHARS} (raise it with max_chars=)"
    )
    assert e.pos == DEFAULT_MAX_CHARS


def test_the_limit_applies_to_strict_and_structure_only() -> None:
    for options in ({"strict": True}, {"structure_only": True}, {"format": "web"}):
        assert error(SHORT, max_chars=10, **options).pos == 10


# --- found by fuzzing ---------------------------------------------------------------------------


@pytest.mark.parametrize("rest", [" .", " . . .", " ...", ", as usual, ...", " has ."])
@pytest.mark.parametrize("subject", ["Blinken", "The two sides", "He"])
def test_a_subject_before_periods_has_no_cue(subject: str, rest: str) -> None:
    # was IndexError: the periods were taken for a verb with an empty cue
    r = parse_lossless(f"{SHORT} {subject}{rest}")
    *_, before, last = r.paragraphs[0].sentences
    # No cue of its own: the sentence goes on with the speaker before it (Blinken).
    assert (last.text, last.speaker, last.cue) == (f"{subject}{rest}", before.speaker, None)
    assert before.speaker == _call(r).participants[1]


# --- anything at all ----------------------------------------------------------------------------


@given(hostile_texts())
@example("According to" + " according to" * 2_000 + " Wang, talks help.")  # was RecursionError
@example("Beijing, 10 Oct (ZXS) -- " + "WANG " * 2_000 + "met Blinken.")  # was quadratic
@example(LEAD + "Talks went on" + ", " * 2_000 + "and on.")  # was quadratic
@example("Beijing, \u0661\u0664 Oct (ZXS) -- Wang Yi met Blinken.")
@example("\ufeff\r\n\x85\u2028(End)")
@example("Wang Yi met Antony Blinken. Blinken .")  # was IndexError
def test_hostile_text_gives_a_readout_or_a_parse_error(text: str) -> None:
    check_parse(text)
