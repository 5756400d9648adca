"""Sentences: where one ends and the next begins.

Rule: a sentence ends at ``.``, ``?`` or ``!`` (with any closing quotes or
brackets after it) that is followed by white space and then a capital letter,
a digit, or an opening quote or bracket. A period does not end a sentence
after a known abbreviation ("U.S.", "Dr.", "Jr.", "Sept.", "Oct."), a single
initial ("Antony J. Blinken") or dotted initials ("D.C."). Semicolons never
end a sentence: agency copy strings clauses with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

__all__ = ["ABBREVIATIONS", "period_is_abbreviation", "split_sentences"]

# Words after which a period does not end a sentence: lower case, without the final period.
ABBREVIATIONS: Final = frozenset(
    [
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "mr",
        "mrs",
        "ms",
        "dr",
        "jr",
        "sr",
        "st",
        "no",
        "gen",
        "lt",
        "col",
        "gov",
        "sen",
        "rep",
        "prof",
        "hon",
        "rt",
        "mme",
        "amb",
        "adm",
        "maj",
        "brig",
        "capt",
        "vs",
        "e.g",
        "i.e",
        "inc",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "a.m",
        "p.m",
    ]
)

# The end of a candidate sentence: terminal punctuation, closers, then the white space.
_END: Final = re.compile("[.?!][\"'\u201d\u2019)\\]]*(?P<gap>\\s+)")
# What the next sentence may start with.
_STARTS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"'\u201c\u2018([")
_OPENERS: Final = "\"'\u201c\u2018(["
_INITIALS: Final = re.compile(r"(?:[a-z]\.)*[a-z]")
# A word longer than this cannot be an abbreviation; looking back stops there.
_LONGEST_WORD: Final = 24


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` spans of the sentences in ``text[start:end]``.

    Spans exclude the white space between sentences; ``text[start:end]`` must
    begin and end with a non-space character.

    >>> t = "Antony J. Blinken met Wang Yi. They spoke; U.S. aides sat in."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Antony J. Blinken met Wang Yi.', 'They spoke; U.S. aides sat in.']
    """
    stop = len(text) if end is None else end
    begin = start
    for m in _END.finditer(text, start, stop):
        nxt = m.end()
        if nxt >= stop or text[nxt] not in _STARTS:
            continue
        if text[m.start()] == "." and period_is_abbreviation(text, begin, m.start()):
            continue
        yield begin, m.start("gap")
        begin = nxt
    yield begin, stop


def period_is_abbreviation(text: str, begin: int, period: int) -> bool:
    """Whether the word ending just before ``text[period]`` keeps the period inside the sentence."""
    low = max(begin, period - _LONGEST_WORD)
    word_start = period
    while word_start > low and not text[word_start - 1].isspace():
        word_start -= 1
    if word_start == low and low > begin and not text[low - 1].isspace():
        return False
    word = text[word_start:period].lstrip(_OPENERS).lower()
    return word in ABBREVIATIONS or _INITIALS.fullmatch(word) is not None
