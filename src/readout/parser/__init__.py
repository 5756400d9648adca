"""Text -> Readout: the parser, one stage after another over the text.

Stages: prepare the text (type, size, line endings, forbidden characters),
read the structure (header, dateline, paragraphs, sentences, end marker).
"""

from __future__ import annotations

from typing import Final

from readout._text import find_forbidden
from readout.errors import ParseError
from readout.model import Format, Readout
from readout.parser.structure import read_structure

__all__ = ["DEFAULT_MAX_CHARS", "parse"]

#: The longest text :func:`parse` accepts by default, in characters (64 Mi).
DEFAULT_MAX_CHARS: Final = 64 * 1024 * 1024

_FORMATS: Final = (None, "dispatch", "web")


def parse(
    text: str,
    /,
    *,
    format: Format | None = None,  # noqa: A002 - the word users know; shadows nothing used here
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Readout:
    """Read the text of one readout.

    ``format`` is ``None`` to tell a dispatch from a web readout by its
    dateline, ``"dispatch"`` to insist on a dateline, ``"web"`` to read no
    dateline. ``\\r\\n`` and ``\\r`` are folded to ``\\n`` first, so positions
    in errors and :func:`readout.render` refer to the folded text.

    Raises ParseError when the text is not a readout (blank, too long, with
    control characters or lone surrogates, a malformed dateline), TypeError
    when ``text`` is not a str.

    >>> r = parse("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken. (End)")
    >>> r.dateline.place, r.dateline.date.day, r.end_marker
    ('Beijing', 10, '(End)')
    """
    if format not in _FORMATS:
        raise ValueError(f"format must be 'dispatch', 'web' or None, not {format!r}")
    doc = prepare(text, max_chars)
    return read_structure(doc, format)


def prepare(text: object, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Check a text and fold its line endings; return the document to parse.

    ``text`` is typed ``object``: untyped callers pass bytes or None, and get a TypeError.
    """
    if not isinstance(text, str):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, bytes) else ""
        raise TypeError(f"expected the readout as a str, got {type(text).__name__}{hint}")
    if len(text) > max_chars:
        raise ParseError(
            f"the text has {len(text)} characters, more than the limit of {max_chars} "
            "(raise it with max_chars=)",
            text,
            max_chars,
        )
    doc = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    problem = find_forbidden(doc)
    if problem is not None:
        raise ParseError(problem[1], doc, problem[0])
    return doc
