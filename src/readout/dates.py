"""Month names and calendar rules shared by the model, the parser and the renderer."""

from __future__ import annotations

from typing import Final

__all__ = ["MONTH_ABBREVIATIONS", "MONTH_NAMES", "days_in_month", "month_number"]

MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_ABBREVIATIONS: Final = tuple(name[:3] for name in MONTH_NAMES)

# Every spelling of a month that the readouts use, lower case, without a trailing period.
_MONTH_WORDS: Final[dict[str, int]] = {
    **{name.lower(): n for n, name in enumerate(MONTH_NAMES, 1)},
    **{abbr.lower(): n for n, abbr in enumerate(MONTH_ABBREVIATIONS, 1)},
    "sept": 9,
}

_DAYS: Final = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_number(word: str) -> int | None:
    """Return the month (1-12) a word names, or None.

    Full names and three-letter abbreviations in any case, and "Sept"; a
    trailing period is the caller's to strip.

    >>> month_number("Oct"), month_number("SEPT"), month_number("Mai")
    (10, 9, None)
    """
    return _MONTH_WORDS.get(word.lower())


def days_in_month(month: int, year: int | None) -> int:
    """Return the length of a month; with no year, February has 29 days.

    >>> days_in_month(2, 2023), days_in_month(2, None)
    (28, 29)
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month must be between 1 and 12: {month}")
    if month == 2 and year is not None and not _is_leap(year):
        return 28
    return _DAYS[month - 1]


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
