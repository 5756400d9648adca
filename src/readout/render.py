"""Readout -> text: the renderer, a generator of chunks joined once.

A parsed readout renders back to its text byte for byte (line endings folded
to ``\\n``). Layout that no longer fits the readout (after
:func:`attrs.evolve` added a paragraph or changed a dateline) gives way to the
canonical layout: blank lines between paragraphs, one space between sentences,
a ZXS-style dateline ``Place, 10 Oct (AGENCY) --``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from readout._text import squeeze
from readout.model import CANONICAL_LINE_GAP, Dateline, Paragraph, Readout, Sentence
from readout.parser.dateline import read_dateline

__all__ = ["render", "render_dateline"]

# Before an inline marker "(End)" one space; "###" and "-0-" stand on a line of their own.
_INLINE_MARKERS: Final = frozenset({"(End)", "(END)", "(end)"})


def render(readout: Readout, /) -> str:
    """Return the text of a readout.

    >>> from readout import parse
    >>> text = "Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken. (End)"
    >>> render(parse(text)) == text
    True
    """
    return "".join(_chunks(readout))


def _chunks(r: Readout) -> Iterator[str]:
    layout = r.layout
    yield layout.before
    lines = [*([] if r.headline is None else [r.headline]), *r.header]
    for line, sep in zip(lines, _fit(layout.header, len(lines), CANONICAL_LINE_GAP), strict=True):
        yield line
        yield sep
    between = _fit(layout.between, len(r.paragraphs) - 1, CANONICAL_LINE_GAP)
    for i, paragraph in enumerate(r.paragraphs):
        if i:
            yield between[i - 1]
        elif r.dateline is not None:
            yield render_dateline(r.dateline)
        yield from _paragraph_chunks(paragraph)
    if r.end_marker is not None:
        yield _before_end(r.end_marker, layout.before_end)
        yield r.end_marker
    yield layout.after


def _fit(separators: tuple[str, ...], n: int, default: str) -> tuple[str, ...]:
    """The separators as laid out when there are as many as needed, else canonical ones."""
    return separators if len(separators) == n else (default,) * n


def _before_end(marker: str, laid_out: str | None) -> str:
    if laid_out is not None:
        return laid_out
    return " " if marker in _INLINE_MARKERS else CANONICAL_LINE_GAP


def _paragraph_chunks(paragraph: Paragraph) -> Iterator[str]:
    sentences = paragraph.sentences
    separators = _fit(paragraph.separators, len(sentences) - 1, " ")
    for i, sentence in enumerate(sentences):
        if i:
            yield separators[i - 1]
        yield _sentence_text(sentence)


def _sentence_text(sentence: Sentence) -> str:
    source = sentence.source
    if source is not None and squeeze(source) == sentence.text:
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
    date = "" if dateline.date is None else f", {dateline.date}"
    agency = "" if dateline.agency is None else f" ({dateline.agency})"
    return f"{dateline.place}{date}{agency} -- "
