"""Many dispatches one after another: split a text, a file or a stream into readouts, lazily.

Agency feeds and archives hold dispatch after dispatch in one text. A new
dispatch starts:

1. after a *separator line*, when the caller names one (``separator="* * *"``,
   or a compiled pattern that matches the whole line); separator lines belong
   to no item;
2. at the first line that is not blank after a line that closes with an end
   marker (``(End)``, ``(END)``, ``###``, ``-0-``, a sign-off like ``--SPA``);
3. at a line that opens with an agency dateline holding a date or an agency
   (``BEIJING, Oct. 14 (Xinhua) --``, ``MOSCOW, August 7. /TASS/.``) when the
   dispatch so far already has a body: the dateline line and the headline or
   header lines just before it (at most four lines that do not end like a
   sentence) start the next item.

Web readouts have no dateline, so two of them run together are told apart
only by an end marker (``###``) or a separator line.

Items partition the text: an item's ``text`` runs from its first line to the
first line of the next item, blank lines included, so that
``"".join(item.text for item in items)`` is the whole text (less separator
lines) with its line endings folded to ``\\n``. Positions (``offset``,
``line``) count in that folded text.
"""

from __future__ import annotations

import functools
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Final

import attrs

from readout._text import END_MARKERS, SIGN_OFF
from readout.errors import DecodeError, ParseError
from readout.model import Format, Readout
from readout.parser import DEFAULT_MAX_CHARS, parse
from readout.parser.dateline import match_dateline
from readout.parser.sentences import period_is_abbreviation

__all__ = ["Item", "Source", "iter_parse", "split"]

#: What :func:`iter_parse` reads: a text, a path to a file, or a stream (any iterable of str,
#: such as a file opened in text mode, whose pieces are read one after another).
Source = str | os.PathLike[str] | Iterable[str]

# How many lines may stand before a dateline (headline, deck, page date), as in the parser.
_HEAD_LINES: Final = 4
# A line longer than this is body text, never a headline or header line.
_HEAD_MAX: Final = 300
# How a line that is a sentence ends: terminal punctuation and closers.
_SENTENCE_END: Final = re.compile("[.?!][\"'\u201d\u2019)\\]]*$")
# A dateline's dash, slash or colon comes within this many characters of the line's start.
_DATELINE_REACH: Final = 130
_DATELINE_MARKS: Final = ("-", "\u2014", "\u2013", "/", ":")
_SIGN_OFF_AT_END: Final = re.compile(r"(?:^|\s)" + SIGN_OFF.pattern + r"$")
_CHUNK: Final = 1 << 16


@attrs.frozen
class Item:
    """One item of a stream or a corpus: where it is, its text, and what reading it gave.

    ``result`` is the :class:`~readout.Readout`, or the error that reading this
    item raised (a :class:`~readout.ParseError` for text, a
    :class:`~readout.DecodeError` for a JSON record); one bad item does not
    stop the others. ``source`` names the file it came from (``None`` for a
    text or a stream), ``index`` counts the items of that source from 0,
    ``offset`` is where ``text`` starts in the source (in characters, line
    endings folded) and ``line`` the 1-based line it starts on. An error's
    ``lineno`` is relative to the item: the line in the source is
    ``item.line + error.lineno - 1``.
    """

    result: Readout | ParseError | DecodeError
    text: str = attrs.field(repr=False)
    index: int
    offset: int
    line: int
    source: str | None = None

    @property
    def readout(self) -> Readout | None:
        """The readout, or ``None`` when the item could not be read."""
        return self.result if isinstance(self.result, Readout) else None

    @property
    def error(self) -> ParseError | DecodeError | None:
        """The error reading the item raised, or ``None``."""
        return None if isinstance(self.result, Readout) else self.result


def iter_parse(
    source: Source,
    /,
    *,
    separator: str | re.Pattern[str] | None = None,
    format: Format | None = None,  # noqa: A002 - parse's own option name
    strict: bool = False,
    structure_only: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    encoding: str = "utf-8",
) -> Iterator[Item]:
    """Split many dispatches into readouts, lazily: one :class:`Item` per dispatch, in order.

    ``source`` is the text itself (a ``str``), a path (:class:`os.PathLike`,
    read with ``encoding``) or a stream: any iterable of ``str`` (a file opened
    in text mode, lines, chunks), read piece by piece as items are asked for.
    How dispatches are told apart is explained in :mod:`readout.corpus.stream`;
    ``separator`` is a line (compared with the line stripped of white space)
    or a pattern that a whole separator line matches. The other options are
    :func:`readout.parse`'s, applied to each item. An item that does not
    parse carries its ParseError; the stream goes on.

    >>> feed = ("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken. (End)\\n"
    ...         "\\n"
    ...         "Lavrov holds talks\\n"
    ...         "MOSCOW, August 7. /TASS/. Lavrov met Wang Yi.\\n")
    >>> [(i.line, i.readout.headline, i.readout.dateline.place) for i in iter_parse(feed)]
    [(1, None, 'Beijing'), (3, 'Lavrov holds talks', 'MOSCOW')]
    """
    if isinstance(source, bytes | bytearray | memoryview):
        raise TypeError("expected text, a path or a stream of str; decode bytes first")
    read = functools.partial(
        parse, format=format, strict=strict, structure_only=structure_only, max_chars=max_chars
    )
    return _parsed(split(source, separator=separator, encoding=encoding), read)


def _parsed(
    pieces: Iterator[tuple[str, int, int]], read: Callable[[str], Readout]
) -> Iterator[Item]:
    for index, (text, offset, line) in enumerate(pieces):
        try:
            result: Readout | ParseError = read(text)
        except ParseError as e:
            result = e
        yield Item(result, text, index, offset, line)


def split(
    source: Source,
    /,
    *,
    separator: str | re.Pattern[str] | None = None,
    encoding: str = "utf-8",
) -> Iterator[tuple[str, int, int]]:
    """Split a source into the texts of its dispatches: ``(text, offset, line)`` each, lazily.

    The splitting of :func:`iter_parse`, without the parsing.

    >>> [line for _, _, line in split("A, 1 Oct (ZXS) -- X met Y.\\nB, 2 Oct (ZXS) -- Y met X.\\n")]
    [1, 2]
    """
    return _Splitter(_separator_test(separator)).run(_lines(source, encoding))


def _separator_test(separator: str | re.Pattern[str] | None) -> re.Pattern[str] | None:
    if separator is None or isinstance(separator, re.Pattern):
        return separator
    if not isinstance(separator, str) or not separator.strip():
        raise ValueError(f"separator must be a line that is not blank, not {separator!r}")
    return re.compile(re.escape(separator.strip()))


# --- reading lines ----------------------------------------------------------------------


def _lines(source: Source, encoding: str) -> Iterator[str]:
    """The lines of a source, each with its ``\\n`` (the last may lack it), line endings folded."""
    if isinstance(source, str):
        return _split_lines(_fold(source))
    if isinstance(source, os.PathLike):
        return _file_lines(Path(source), encoding)
    if _binary(source):
        raise TypeError("expected a stream of str; open the file in text mode")
    return _chunk_lines(iter(source))


def _binary(stream: object) -> bool:
    return isinstance(stream, io.IOBase) and not isinstance(stream, io.TextIOBase)


def _fold(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _split_lines(text: str) -> Iterator[str]:
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _file_lines(path: Path, encoding: str) -> Iterator[str]:
    with path.open(encoding=encoding, newline="") as f:
        yield from _chunk_lines(iter(lambda: f.read(_CHUNK), ""))


def _chunk_lines(chunks: Iterator[str]) -> Iterator[str]:
    """Lines from pieces of text of any size; a ``\\r`` at a piece's end waits for the next."""
    pending = ""
    for chunk in chunks:
        if not isinstance(chunk, str):
            raise TypeError(f"expected a stream of str, got a piece of type {type(chunk).__name__}")
        pending += chunk
        if pending.endswith("\r"):
            continue
        pending = _fold(pending)
        cut = pending.rfind("\n") + 1
        yield from _split_lines(pending[:cut])
        pending = pending[cut:]
    yield from _split_lines(_fold(pending))


# --- telling dispatches apart -----------------------------------------------------------


def _closes(stripped: str) -> bool:
    """Whether a line (stripped) closes a dispatch with an end marker or a sign-off."""
    for marker in END_MARKERS:
        if stripped.endswith(marker):
            before = len(stripped) - len(marker)
            if marker[0] == "(" or before == 0 or stripped[before - 1].isspace():
                return True
    tail = stripped[-16:]
    return ("--" in tail or "==" in tail) and _SIGN_OFF_AT_END.search(stripped) is not None


def _opens(line: str) -> bool:
    """Whether a line opens with an agency dateline that has a date or an agency.

    A bare place (``BEIJING —``) is left out: "NOTE:" at the head of a paragraph
    has its shape. A dateline with a date that is no date opens a dispatch too:
    that dispatch will carry its ParseError.
    """
    if not line[:1].isalpha() or not any(m in line[:_DATELINE_REACH] for m in _DATELINE_MARKS):
        return False
    try:
        found = match_dateline(line, 0)
    except ParseError:
        return True
    return found is not None and (found.dateline.date or found.dateline.agency) is not None


def _head_like(stripped: str) -> bool:
    """Whether a line can be a headline or header line: short, not ending like a sentence."""
    if len(stripped) > _HEAD_MAX:
        return False
    m = _SENTENCE_END.search(stripped)
    return m is None or (
        stripped[m.start()] == "." and period_is_abbreviation(stripped, 0, m.start())
    )


@attrs.define
class _Splitter:
    """The dispatch being gathered, line by line; see the module's rules."""

    separator: re.Pattern[str] | None
    lines: list[str] = attrs.Factory(list)
    offset: int = 0  # where the lines gathered start in the source
    line: int = 1  # and on which line
    dateline: int | None = None  # which of the lines opens with the dateline
    content: int = 0  # how many of the lines are not blank
    closed: bool = False  # the dispatch ended with an end marker

    def run(self, lines: Iterator[str]) -> Iterator[tuple[str, int, int]]:
        for text in lines:
            stripped = text.strip()
            if self.separator is not None and stripped and self.separator.fullmatch(stripped):
                yield from self._emit(len(self.lines))
                self._restart(len(text), 1)
                continue
            if stripped:
                yield from self._take(text, stripped)
            self.lines.append(text)
        yield from self._emit(len(self.lines))

    def _take(self, text: str, stripped: str) -> Iterator[tuple[str, int, int]]:
        """Before a line that is not blank joins: end the dispatch gathered if it starts one."""
        opens = _opens(text.lstrip())
        if self.closed:
            yield from self._emit(len(self.lines))
        elif opens:
            keep = self._keep_before_dateline()
            if keep is not None:
                yield from self._emit(keep)
        if opens:
            self.dateline = len(self.lines)
        self.content += 1
        self.closed = _closes(stripped)

    def _keep_before_dateline(self) -> int | None:
        """How many lines stay when a dateline comes: None when it is this dispatch's own."""
        filled = [i for i, t in enumerate(self.lines) if t.strip()]
        heads = filled[-_HEAD_LINES:]
        if (
            self.dateline is None
            and len(heads) == self.content
            and all(_head_like(self.lines[i].strip()) for i in heads)
        ):
            return None  # the lines so far are this dispatch's headline and header lines
        floor = -1 if self.dateline is None else self.dateline
        first_kept = filled[0]
        keep = len(self.lines)
        for i in reversed(heads):
            if i <= floor or i == first_kept or not _head_like(self.lines[i].strip()):
                break
            keep = i
        return keep

    def _emit(self, keep: int) -> Iterator[tuple[str, int, int]]:
        """Give out the first ``keep`` lines as a dispatch; the others start the next one."""
        head, rest = self.lines[:keep], self.lines[keep:]
        text = "".join(head)
        if text.strip():
            yield text, self.offset, self.line
        self._restart(len(text), sum(t.endswith("\n") for t in head))
        for t in rest:
            self.lines.append(t)
            self.content += bool(t.strip())

    def _restart(self, chars: int, lines: int) -> None:
        """Start a new dispatch after ``chars`` characters on ``lines`` lines."""
        self.offset += chars
        self.line += lines
        self.lines = []
        self.dateline = None
        self.content = 0
        self.closed = False
