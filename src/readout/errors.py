"""The exception family: every error readout raises on bad input is a ``ReadoutError``."""

from __future__ import annotations

__all__ = ["DecodeError", "ParseError", "ReadoutError"]


class ReadoutError(Exception):
    """Root of the errors this library raises about its input."""


class ParseError(ReadoutError, ValueError):
    """Text that is not a readout, with the place where reading stopped.

    ``msg`` says what was expected, free of the location, so callers can
    reformat it; ``doc`` is the text as parsed (line endings already folded to
    ``\\n``); ``pos`` is an index into ``doc`` with ``0 <= pos <= len(doc)``;
    ``lineno`` and ``colno`` are 1-based. A line is what lies between two
    ``\\n`` characters; a column counts code points from the start of its line.
    Only ``\\n`` breaks a line (``\\r\\n`` and ``\\r`` are ``\\n`` by then): U+0085,
    ``\\v``, ``\\f``, U+2028 and U+2029, which :meth:`str.splitlines` would break
    at, are white space inside a line here, as they are to the parser.

    >>> err = ParseError("expected a day of the month", "Beijing, 32 Oct", 9)
    >>> (err.lineno, err.colno)
    (1, 10)
    >>> print(err)
    expected a day of the month (line 1, column 10)
        Beijing, 32 Oct
                 ^
    """

    msg: str
    doc: str
    pos: int
    lineno: int
    colno: int

    def __init__(self, msg: str, doc: str, pos: int) -> None:
        pos = min(max(pos, 0), len(doc))
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - (doc.rfind("\n", 0, pos) + 1) + 1
        super().__init__(msg, doc, pos)
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str, int]]:
        return (type(self), (self.msg, self.doc, self.pos))

    def __str__(self) -> str:
        start = self.doc.rfind("\n", 0, self.pos) + 1
        end = self.doc.find("\n", self.pos)
        line = self.doc[start : len(self.doc) if end < 0 else end]
        shown, offset = _excerpt(line, self.colno - 1)
        caret = " " * offset + "^"
        return f"{self.msg} (line {self.lineno}, column {self.colno})\n    {shown}\n    {caret}"


_EXCERPT_WIDTH = 76


def _excerpt(line: str, col: int) -> tuple[str, int]:
    """Cut a long line to a window around ``col``; return it and the caret's offset."""
    start = max(0, min(col - _EXCERPT_WIDTH // 2, len(line) - _EXCERPT_WIDTH))
    window = line[start : start + _EXCERPT_WIDTH]
    visible = "".join(ch if ch.isprintable() else " " for ch in window)
    return visible, col - start


class DecodeError(ReadoutError, ValueError):
    """Data (JSON text or a dict) that is not a readout record.

    ``path`` locates the bad value in JSONPath style, such as
    ``$.paragraphs[2].sentences[0].text``; ``msg`` says what was wrong there.

    >>> print(DecodeError("expected a string, got 3", "$.headline"))
    $.headline: expected a string, got 3
    """

    msg: str
    path: str

    def __init__(self, msg: str, path: str = "$") -> None:
        super().__init__(msg, path)
        self.msg, self.path = msg, path

    def __reduce__(self) -> tuple[type[DecodeError], tuple[str, str]]:
        return (type(self), (self.msg, self.path))

    def __str__(self) -> str:
        return f"{self.path}: {self.msg}"
