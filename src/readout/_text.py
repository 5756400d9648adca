"""Character rules shared by the model's validators and the parser."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from typing import Final

# C0 controls other than tab and the line breaks (\n \v \f \r), DEL, and lone surrogates:
# no readout contains them, and a surrogate cannot even be encoded as UTF-8.
FORBIDDEN_CHAR: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")

# The closing markers of a readout, as agencies and web pages write them.
END_MARKERS: Final = frozenset({"(End)", "(END)", "(end)", "###", "-0-"})
# An agency's sign-off closes a dispatch too: "--SPA", "-- BERNAMA", "==Kyodo".
SIGN_OFF: Final = re.compile(r"(?:--[ ]?[A-Z]{2,12}|==[ ]?[A-Z][A-Za-z]{1,11})")


# An agency's slug on a line of its own after a dispatch: the agency, then its desk's
# initials ("PTI ACB ZMN") or its editors' names after slashes ("WAM/Amjad Saleh/Lina Haddad").
SLUG: Final = re.compile(
    r"(?:[A-Z][A-Za-z]{1,11}(?: [A-Z]{2,4}){1,4}"
    r"|[A-Z][A-Za-z]{1,11}(?:/[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}){1,4})"
)


def is_end_marker(text: str) -> bool:
    """Whether ``text`` is a closing marker: "(End)", "###", "-0-", a sign-off "--SPA" or
    an agency's slug "PTI ACB ZMN"."""
    return (
        text in END_MARKERS
        or SIGN_OFF.fullmatch(text) is not None
        or SLUG.fullmatch(text) is not None
    )


def describe_char(ch: str) -> str:
    """Name a character for an error message: ``U+0000``."""
    return f"U+{ord(ch):04X}"


def find_forbidden(text: str) -> tuple[int, str] | None:
    """Return the position of the first forbidden character and what is wrong with it."""
    m = FORBIDDEN_CHAR.search(text)
    if m is None:
        return None
    kind = "lone surrogate" if "\ud800" <= m.group() <= "\udfff" else "control character"
    return m.start(), f"{kind} {describe_char(m.group())} is not allowed in a readout"


def squeeze(text: str) -> str:
    """Collapse every run of white space to one space and strip the ends.

    >>> squeeze(" the  U.S.\\nside ")
    'the U.S. side'
    """
    return " ".join(text.split())


def first_found(text: str, needles: Sequence[str]) -> int | None:
    """The index of the needle found first in ``text`` (the lowest index on a tie), or None.

    The same as the needle with the smallest ``text.find(needle)``, in time linear in the
    length of ``text`` and of the needles together, however many needles there are: one
    pass of an Aho-Corasick automaton, where a ``find`` per needle would read the text once
    for each. The needles must not be empty.

    >>> first_found("a phone call from Antony Blinken and Wang Yi", ["Wang Yi", "Blinken"])
    1
    >>> first_found("no one", ["Wang Yi"]) is None
    True
    """
    goto, fail, longest = _automaton(needles)
    reach = max(map(len, needles), default=0)
    best, state = len(text), 0
    for end, ch in enumerate(text):
        if end - reach + 1 >= best:  # what ends here or later starts after the best
            break
        while state and ch not in goto[state]:
            state = fail[state]
        state = goto[state].get(ch, 0)
        if longest[state]:
            best = min(best, end - longest[state] + 1)
    if best == len(text):
        return None
    return next(k for k, needle in enumerate(needles) if text.startswith(needle, best))


def _automaton(needles: Sequence[str]) -> tuple[list[dict[str, int]], list[int], list[int]]:
    """The trie of the needles (``goto``), its failure links, and for each state the length
    of the longest needle that ends the text it spells (0: none)."""
    goto: list[dict[str, int]] = [{}]
    longest = [0]
    for needle in needles:
        state = 0
        for ch in needle:
            if ch not in goto[state]:
                goto[state][ch] = len(goto)
                goto.append({})
                longest.append(0)
            state = goto[state][ch]
        longest[state] = max(longest[state], len(needle))
    fail = [0] * len(goto)
    queue = deque(goto[0].values())
    while queue:  # breadth first: a state's failure link is shallower, so settled before it
        state = queue.popleft()
        for ch, child in goto[state].items():
            back = fail[state]
            while back and ch not in goto[back]:
                back = fail[back]
            fail[child] = goto[back].get(ch, 0)
            longest[child] = max(longest[child], longest[fail[child]])
            queue.append(child)
    return goto, fail, longest
