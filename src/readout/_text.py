"""Character rules shared by the model's validators and the parser."""

from __future__ import annotations

import re
from typing import Final

# C0 controls other than tab and the line breaks (\n \v \f \r), DEL, and lone surrogates:
# no readout contains them, and a surrogate cannot even be encoded as UTF-8.
FORBIDDEN_CHAR: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")

# The closing markers of a readout, as agencies and web pages write them.
END_MARKERS: Final = frozenset({"(End)", "(END)", "(end)", "###", "-0-"})
# An agency's sign-off closes a dispatch too: "--SPA", "-- BERNAMA".
SIGN_OFF: Final = re.compile(r"--[ ]?[A-Z]{2,12}")


def is_end_marker(text: str) -> bool:
    """Whether ``text`` is a closing marker: "(End)", "###", "-0-" or a sign-off "--SPA"."""
    return text in END_MARKERS or SIGN_OFF.fullmatch(text) is not None


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
