"""Names as words, the same for the parser and for comparison."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

__all__ = ["name_words", "unaccented"]

# A word of a name: letters with inner apostrophes or hyphens, maybe a final period ("J.").
_NAME_WORD: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "dr", "madam", "mme", "sir"})


@functools.lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name that identify the person: no initials, suffixes or honorifics.

    >>> name_words("Joseph R. Biden, Jr."), name_words("Mr. Wang Yi")
    (('joseph', 'biden'), ('wang', 'yi'))
    """
    # "Kim Jong-un" and "Kim Jong Un" are one name: hyphens part its words too; "Erdoğan"
    # and "Erdogan" are one word: letters are compared without their accents.
    folded = unaccented(name)
    words = (p for w in _NAME_WORD.findall(folded) for p in w.rstrip(".").lower().split("-"))
    return tuple(w for w in words if len(w) > 1 and w not in _SUFFIXES and w not in _HONORIFICS)


def unaccented(text: str) -> str:
    """``text`` without accents and other combining marks: "Bárcena" -> "Barcena"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
