"""Readout -> text: the renderer, a generator of chunks joined once.

A parsed readout renders back to its text byte for byte (line endings folded
to ``\\n``). Layout that no longer fits the readout (after
:func:`attrs.evolve` added a paragraph or changed a dateline) gives way to the
canonical layout: blank lines between paragraphs, one space between sentences,
a ZXS-style dateline ``Place, 10 Oct (AGENCY) --``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from readout._text import squeeze
from readout.dates import MONTH_ABBREVIATIONS
from readout.model import CANONICAL_LINE_GAP, Dateline, Paragraph, PartialDate, Readout, Sentence
from readout.parser.dateline import read_dateline

__all__ = ["offsets", "render", "render_dateline"]

# Before an inline marker "(End)" one space; "###" and "-0-" stand on a line of their own.
_INLINE_MARKERS: Final = frozenset({"(End)", "(END)", "(end)"})


def render(readout: Readout, /) -> str:
    """Return the text of a readout.

    >>> from readout import parse
    >>> text = "Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken. (End)"
    >>> render(parse(text)) == text
    True
    """
    return "".join(chunk for _, chunk in _chunks(readout))


def offsets(readout: Readout, /) -> tuple[str, dict[str, int]]:
    """Render a readout and say where each part starts in the text.

    Parts are named by their path: ``headline``, ``header[0]``, ``dateline``,
    ``paragraphs[2].sentences[0]``, ``end_marker``.

    >>> from readout import parse
    >>> text, where = offsets(parse("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken. He left."))
    >>> where["paragraphs[0].sentences[1]"], text[46:]
    (46, 'He left.')
    """
    where: dict[str, int] = {}
    pieces: list[str] = []
    pos = 0
    for path, chunk in _chunks(readout):
        if path is not None:
            where[path] = pos
        pieces.append(chunk)
        pos += len(chunk)
    return "".join(pieces), where


def _chunks(r: Readout) -> Iterator[tuple[str | None, str]]:
    """The text of a readout in pieces, each with the path of the part it renders, if any."""
    layout = r.layout
    yield None, layout.before
    lines = [*([] if r.headline is None else [("headline", r.headline)])]
    lines += [(f"header[{i}]", line) for i, line in enumerate(r.header)]
    for (path, line), sep in zip(
        lines, _fit(layout.header, len(lines), CANONICAL_LINE_GAP), strict=True
    ):
        yield path, line
        yield None, sep
    between = _fit(layout.between, len(r.paragraphs) - 1, CANONICAL_LINE_GAP)
    before_end = None if r.end_marker is None else _before_end(r.end_marker, layout.before_end)
    wraps = any(_BLANK_LINE.search(sep) for sep in (*between, before_end or ""))
    for i, paragraph in enumerate(r.paragraphs):
        if i:
            yield None, between[i - 1]
        elif r.dateline is not None:
            yield "dateline", render_dateline(r.dateline)
        yield from _paragraph_chunks(paragraph, f"paragraphs[{i}]", wraps=wraps)
    if r.end_marker is not None and before_end is not None:
        yield None, before_end
        yield "end_marker", r.end_marker
    yield None, layout.after


_BLANK_LINE: Final = re.compile(r"\n[^\S\n]*\n")


def _fit(separators: tuple[str, ...], n: int, default: str) -> tuple[str, ...]:
    """The separators as laid out when there are as many as needed, else canonical ones."""
    return separators if len(separators) == n else (default,) * n


def _before_end(marker: str, laid_out: str | None) -> str:
    if laid_out is not None:
        return laid_out
    return " " if marker in _INLINE_MARKERS else CANONICAL_LINE_GAP


def _paragraph_chunks(
    paragraph: Paragraph, path: str, *, wraps: bool
) -> Iterator[tuple[str | None, str]]:
    """A paragraph's sentences; line breaks inside it only where blank lines part paragraphs."""
    sentences = paragraph.sentences
    separators = _fit(paragraph.separators, len(sentences) - 1, " ")
    for i, sentence in enumerate(sentences):
        if i:
            sep = separators[i - 1]
            yield None, sep if wraps or "\n" not in sep else " "
        yield f"{path}.sentences[{i}]", _sentence_text(sentence, wraps=wraps)


def _sentence_text(sentence: Sentence, *, wraps: bool) -> str:
    source = sentence.source
    if source is not None and (wraps or "\n" not in source) and squeeze(source) == sentence.text:
        return source
    return sentence.text


def render_dateline(dateline: Dateline, /) -> str:
    """Return a dateline's text with the space after it, as written when known.

    >>> from readout import Dateline, PartialDate
    >>> render_dateline(Dateline("Beijing", PartialDate(None, 10, 10), "ZXS"))
    'Beijing, 10 Oct (ZXS) -- '
    """
    source = dateline.source
    if source is not None and read_dateline(source) == dateline:
        return source
    date = "" if dateline.date is None else f", {_date_text(dateline.date)}"
    agency = "" if dateline.agency is None else f" ({dateline.agency})"
    return f"{dateline.place}{date}{agency} -- "


def _date_text(date: PartialDate) -> str:
    """ZXS style, "10 Oct" or "10 Oct 2023"; a year has four digits, as datelines write it."""
    year = "" if date.year is None else f" {date.year:04d}"
    return f"{date.day} {MONTH_ABBREVIATIONS[date.month - 1]}{year}"
