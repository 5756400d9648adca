"""Officials a careful reader knows: the country of a head of state or government, a
foreign minister or another senior official, when the text does not write it.

A readout often leaves its own side's official unmarked ("President Biden" in a White
House readout, "Federal Chancellor Olaf Scholz" on the Élysée's site); the lead then
falls back on the publisher or the body, and on this list, the package data's
``officials.json`` (heads of state and government, foreign ministers and a few other
senior officials of over a hundred countries, from 2010 on). A name is looked up by its
words, in any order and case, without accents, initials or particles ("ISHIBA
Shigeru", "Abdel Fattah al-Sisi"), else by its first and last words ("Joseph R. Biden,
Jr."); a name of one word ("President Macron") by the first or last word of the names
listed. A name or word that two countries' officials share tells nothing ("Kim",
"Lee").
"""

from __future__ import annotations

import functools
from typing import Final, NamedTuple

from readout._names import name_words
from readout.parser.lexicon import load_data

__all__ = ["official_country"]

# Words that join a name's parts, written in one readout and not in another:
# "Abdel Fattah El-Sisi" and "Abdel Fattah al-Sisi", "Mohammed bin Salman".
_PARTICLES: Final = frozenset(
    "al el bin ibn bint binti ben ould da de do dos das di du la le van von der den".split()
)
_AMBIGUOUS: Final = ""  # the code of a key that two countries' officials share


class _Officials(NamedTuple):
    by_words: dict[frozenset[str], str]  # every word of a name -> ISO code (or _AMBIGUOUS)
    by_ends: dict[frozenset[str], str]  # its first and last words -> ISO code (or _AMBIGUOUS)
    by_word: dict[str, str]  # its first word, its last word -> ISO code (or _AMBIGUOUS)


def official_country(name: str) -> str | None:
    """The ISO code of the country of a known official; None if unknown or ambiguous.

    >>> official_country("Olaf Scholz"), official_country("ISHIBA Shigeru")
    ('DE', 'JP')
    >>> official_country("Joseph R. Biden, Jr."), official_country("Jane Q. Public")
    ('US', None)
    >>> official_country("Macron"), official_country("Kim")
    ('FR', None)
    """
    words = _words(name)
    if not words:
        return None
    officials = _officials()
    if len(words) == 1:
        code = officials.by_word.get(words[0])
    else:
        code = officials.by_words.get(frozenset(words))
        if code is None:
            code = officials.by_ends.get(frozenset((words[0], words[-1])))
    return code or None  # None for _AMBIGUOUS too


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in name_words(name) if w not in _PARTICLES)


@functools.cache
def _officials() -> _Officials:
    by_words: dict[frozenset[str], str] = {}
    by_ends: dict[frozenset[str], str] = {}
    by_word: dict[str, str] = {}
    for code, names in load_data("officials.json")["officials"].items():
        for name in names:
            words = _words(name)
            if len(words) < 2:
                continue
            for table, key in (
                (by_words, frozenset(words)),
                (by_ends, frozenset((words[0], words[-1]))),
            ):
                table[key] = code if table.get(key, code) == code else _AMBIGUOUS
            for word in (words[0], words[-1]):
                by_word[word] = code if by_word.get(word, code) == code else _AMBIGUOUS
    return _Officials(by_words, by_ends, by_word)
