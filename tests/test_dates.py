"""Month names and calendar rules."""

from __future__ import annotations

import pytest

from readout.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, days_in_month, month_number


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("January", 1),
        ("february", 2),
        ("MARCH", 3),
        ("Apr", 4),
        ("may", 5),
        ("Jun", 6),
        ("July", 7),
        ("Aug", 8),
        ("Sep", 9),
        ("Sept", 9),
        ("SEPT", 9),
        ("September", 9),
        ("Oct", 10),
        ("oCt", 10),
        ("November", 11),
        ("Dec", 12),
    ],
)
def test_month_number_reads_names_and_abbreviations(word: str, month: int) -> None:
    assert month_number(word) == month


@pytest.mark.parametrize(
    "word",
    ["", "Oct.", "Oct ", " Oct", "Octo", "Septem", "Mai", "Okt", "Febuary", "13", "10"],
)
def test_month_number_rejects_other_words(word: str) -> None:
    assert month_number(word) is None


def test_month_tables() -> None:
    assert MONTH_NAMES[0] == "January"
    assert MONTH_NAMES[11] == "December"
    assert MONTH_ABBREVIATIONS == (
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    )  # fmt: skip
    assert [month_number(name) for name in MONTH_NAMES] == list(range(1, 13))


def test_days_in_month_of_a_common_year() -> None:
    lengths = [days_in_month(m, 2023) for m in range(1, 13)]
    assert lengths == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


@pytest.mark.parametrize(
    ("year", "days"),
    [(2024, 29), (2023, 28), (2000, 29), (1900, 28), (2100, 28), (4, 29), (None, 29)],
)
def test_february(year: int | None, days: int) -> None:
    assert days_in_month(2, year) == days


def test_without_a_year_other_months_keep_their_length() -> None:
    assert [days_in_month(m, None) for m in (1, 4, 9, 12)] == [31, 30, 30, 31]


@pytest.mark.parametrize("month", [0, 13])
def test_days_in_month_rejects_a_month_out_of_range(month: int) -> None:
    with pytest.raises(ValueError, match="month"):
        days_in_month(month, None)
