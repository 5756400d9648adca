"""The exception family: ParseError's location and caret, DecodeError's path, pickling."""

from __future__ import annotations

import copy
import pickle

import pytest

from readout import DecodeError, ParseError, ReadoutError

DOC = "Beijing, 32 Oct (ZXS) -- Wang Yi met Blinken.\nThey talked."


@pytest.mark.parametrize(
    ("pos", "lineno", "colno"),
    [
        (0, 1, 1),
        (9, 1, 10),
        (45, 1, 46),  # the "\n" itself still belongs to line 1
        (46, 2, 1),  # just after the "\n"
        (50, 2, 5),
        (58, 2, 13),  # len(DOC): one past the last character
    ],
)
def test_fields_are_one_based(pos: int, lineno: int, colno: int) -> None:
    err = ParseError("expected a day of the month", DOC, pos)
    assert (err.msg, err.doc, err.pos) == ("expected a day of the month", DOC, pos)
    assert (err.lineno, err.colno) == (lineno, colno)


@pytest.mark.parametrize(
    ("pos", "clamped", "lineno", "colno"),
    [(-7, 0, 1, 1), (59, 58, 2, 13), (10**9, 58, 2, 13)],
)
def test_pos_is_clamped_into_the_document(pos: int, clamped: int, lineno: int, colno: int) -> None:
    err = ParseError("m", DOC, pos)
    assert (err.pos, err.lineno, err.colno) == (clamped, lineno, colno)


def test_empty_document() -> None:
    err = ParseError("expected a readout, found empty text", "", 3)
    assert (err.pos, err.lineno, err.colno) == (0, 1, 1)
    assert str(err) == "expected a readout, found empty text (line 1, column 1)\n    \n    ^"


def test_msg_is_free_of_the_location() -> None:
    err = ParseError("day 32 is not a day of October", DOC, 9)
    assert err.msg == "day 32 is not a day of October"
    assert err.args == ("day 32 is not a day of October", DOC, 9)


def test_str_shows_the_line_with_a_caret() -> None:
    err = ParseError("day 32 is not a day of October", DOC, 9)
    assert str(err) == (
        "day 32 is not a day of October (line 1, column 10)\n"
        "    Beijing, 32 Oct (ZXS) -- Wang Yi met Blinken.\n"
        "             ^"
    )


def test_str_shows_only_the_line_of_the_error() -> None:
    err = ParseError("expected more", DOC, 51)
    assert str(err) == "expected more (line 2, column 6)\n    They talked.\n         ^"


def test_caret_after_the_last_character_of_a_line() -> None:
    err = ParseError("expected the lead", "Beijing, 10 Oct (ZXS) --\nnext", 24)
    assert str(err) == (
        "expected the lead (line 1, column 25)\n"
        "    Beijing, 10 Oct (ZXS) --\n"
        "                            ^"
    )


def test_tabs_and_control_characters_show_as_spaces() -> None:
    err = ParseError("control character", "a\tb\x00c\x1fd", 5)
    assert str(err) == "control character (line 1, column 6)\n    a b c d\n         ^"


def test_long_line_is_cut_to_a_window_around_the_column() -> None:
    line = "a" * 100 + "Z" + "b" * 100
    err = ParseError("unexpected Z", line, 100)
    shown = "a" * 38 + "Z" + "b" * 37
    assert str(err) == f"unexpected Z (line 1, column 101)\n    {shown}\n    {' ' * 38}^"


def test_long_line_near_its_start_shows_its_start() -> None:
    line = "Z" + "b" * 200
    err = ParseError("unexpected Z", line, 0)
    assert str(err) == f"unexpected Z (line 1, column 1)\n    {'Z' + 'b' * 75}\n    ^"


def test_long_line_at_its_end_shows_its_end() -> None:
    line = "a" * 200 + "Z"
    err = ParseError("unexpected Z", line, 200)
    assert str(err) == f"unexpected Z (line 1, column 201)\n    {'a' * 75 + 'Z'}\n    {' ' * 75}^"
    past = ParseError("expected more", line, 201)
    assert str(past) == f"expected more (line 1, column 202)\n    {'a' * 75 + 'Z'}\n    {' ' * 76}^"


def test_parse_error_pickles() -> None:
    err = ParseError("day 32 is not a day of October", DOC, 9)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is ParseError
    assert (again.msg, again.doc, again.pos, again.lineno, again.colno) == (
        "day 32 is not a day of October",
        DOC,
        9,
        1,
        10,
    )
    assert str(again) == str(err)


def test_parse_error_pickles_with_its_clamped_position() -> None:
    again = pickle.loads(pickle.dumps(ParseError("m", "ab", 99)))
    assert (again.pos, again.colno) == (2, 3)


def test_parse_error_copies() -> None:
    again = copy.deepcopy(ParseError("m", DOC, 50))
    assert (again.pos, again.lineno, again.colno) == (50, 2, 5)


def test_decode_error_fields_and_str() -> None:
    err = DecodeError("expected a string, got an integer", "$.paragraphs[0].sentences[0].text")
    assert err.msg == "expected a string, got an integer"
    assert err.path == "$.paragraphs[0].sentences[0].text"
    assert str(err) == "$.paragraphs[0].sentences[0].text: expected a string, got an integer"


def test_decode_error_path_defaults_to_the_root() -> None:
    err = DecodeError("not JSON")
    assert (err.path, str(err)) == ("$", "$: not JSON")


def test_decode_error_pickles() -> None:
    err = DecodeError("missing key 'text'", "$.paragraphs[2].sentences[0].text")
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is DecodeError
    assert (again.msg, again.path) == ("missing key 'text'", "$.paragraphs[2].sentences[0].text")
    assert str(again) == str(err)


@pytest.mark.parametrize("cls", [ParseError, DecodeError])
def test_hierarchy(cls: type[Exception]) -> None:
    assert issubclass(cls, ReadoutError)
    assert issubclass(cls, ValueError)
    assert issubclass(ReadoutError, Exception)
    assert not issubclass(ReadoutError, ValueError)


def test_parse_error_is_caught_as_value_error() -> None:
    with pytest.raises(ValueError, match=r"^m \(line 1, column 1\)\n    x\n    \^$"):
        raise ParseError("m", "x", 0)
