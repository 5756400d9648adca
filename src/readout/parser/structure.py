"""The document structure: header, dateline, paragraphs, sentences, end marker.

Grammar, informally (``doc`` has its line endings folded to ``\\n``)::

    readout  = [ws] [headline NL+ *(header-line NL+)] [dateline] body [ws end-marker] [ws]
    body     = paragraph *(separator paragraph)

A dispatch is recognised by its dateline, which opens the lead paragraph on
one of the first lines; the lines before it are the headline and header lines.
A web readout has no dateline: its first line is a headline when it does not
end like a sentence, and the page furniture after it (``READOUT``, a date
stamp, "The following is attributable to ...:") are header lines.

Paragraphs are separated by blank lines when the body (from the lead to the
end marker) has any blank line, and a single line break inside a block is a
soft wrap; otherwise every line is a paragraph.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final, NamedTuple

from readout._text import END_MARKERS, SIGN_OFF, SLUG, squeeze
from readout.errors import ParseError
from readout.model import (
    CANONICAL_LINE_GAP,
    Dateline,
    Format,
    Layout,
    Paragraph,
    Readout,
    Sentence,
)
from readout.parser.dateline import DatelineMatch, match_dateline
from readout.parser.lexicon import lexicon
from readout.parser.sentences import period_is_abbreviation, split_sentences

__all__ = ["read_structure"]

_NON_SPACE: Final = re.compile(r"\S")
_BOM: Final = "\ufeff"
_BLANK_LINE: Final = re.compile(r"\n[^\S\n]*\n")
# A line longer than this is body text, never a headline or header line.
_HEADER_MAX: Final = 300
# How many lines are looked at for a header: a State Department page has six.
_LINES_LOOKED_AT: Final = 8
# How many lines may stand before a dateline (headline, deck, page date).
_LINES_BEFORE_DATELINE: Final = 4

# Page furniture of government web readouts, one line each.
_HEADER_LINES: Final = (
    re.compile(r"[A-Z0-9][A-Z0-9 ,.'\u2019&/-]*"),  # READOUT, OCTOBER 14, 2023
    re.compile(r"\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?", re.ASCII),  # 2023-12-06 15:30
    re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}(?: \d{1,2}:\d{2})?", re.ASCII),  # 15 February 2022
    re.compile(r"[A-Z][a-z]+ \d{1,2}, \d{4}", re.ASCII),  # December 7, 2023
    re.compile(r"The (?:following|below) is attributable to .{1,80}:"),
    # "Published on 07/08/2025 17h42", "Date: 12/03/2024", "Updated: March 12, 2024".
    re.compile(
        r"(?:Published|Updated|Posted|Released|Last updated|Date)(?: on)?:? "
        r"[^\n]{0,40}\b(?:19|20)\d\d\b[^\n]{0,20}"
    ),
)
# A line of page furniture is short: a section name, a page date, a byline.
_FURNITURE_MAX: Final = 100
# How a line that is a sentence ends: terminal punctuation and closers.
_SENTENCE_END: Final = re.compile("[.?!][\"'\u201d\u2019)\\]]*$")


class _Span(NamedTuple):
    start: int
    end: int


def read_structure(doc: str, fmt: Format | None) -> Readout:
    """Read the structure of a non-blank, prepared document into a Readout."""
    lines = _leading_lines(doc)
    marker = _end_marker(doc)
    body_end = marker.start if marker else lines.content_end
    found = None if fmt == "web" else _find_dateline(doc, lines.spans, sure=fmt == "dispatch")
    if marker is None and found is not None and found[1].dateline.agency is not None:
        marker = _slug(doc, found[1].dateline.agency, lines.content_end)
        body_end = marker.start if marker else body_end
    if found is not None:
        k, dl = found
        head, lead_start = lines.spans[:k], dl.end
        if lead_start >= body_end:
            raise ParseError("expected the lead of the readout after the dateline", doc, dl.end)
    else:
        if fmt == "dispatch":
            raise ParseError(
                "expected a dateline such as 'Beijing, 10 Oct (ZXS) --' (format='dispatch')",
                doc,
                lines.spans[0].start,
            )
        head = _web_header(doc, lines.spans, body_end)
        lead_start = lines.spans[len(head)].start if len(head) < len(lines.spans) else body_end
    if lead_start >= body_end:
        raise ParseError("expected the body of a readout before the end marker", doc, body_end)
    return _assemble(doc, head, found[1] if found else None, lead_start, body_end, marker, lines)


class _Lines(NamedTuple):
    spans: list[_Span]  # the first non-blank lines, stripped
    content_end: int  # just after the last non-space character of the document


def _leading_lines(doc: str) -> _Lines:
    """Find the first few non-blank lines (enough to hold a header and a dateline)."""
    spans: list[_Span] = []
    pos = 1 if doc.startswith(_BOM) else 0  # a byte order mark is no text: it stays before
    while len(spans) < _LINES_LOOKED_AT:
        m = _NON_SPACE.search(doc, pos)
        if m is None:
            break
        end = doc.find("\n", m.start())
        end = len(doc) if end < 0 else end
        spans.append(_Span(m.start(), _rstrip(doc, m.start(), end)))
        if end - m.start() > _HEADER_MAX:
            break
        pos = end
    if not spans:
        found = "only white space" if doc else "empty text"
        raise ParseError(f"expected a readout, found {found}", doc, len(doc))
    return _Lines(spans, _rstrip(doc, spans[0].start, len(doc)))


def _rstrip(doc: str, start: int, end: int) -> int:
    """Return the end of ``doc[start:end]`` with trailing white space removed."""
    while end > start and doc[end - 1].isspace():
        end -= 1
    return end


class _Marker(NamedTuple):
    text: str
    start: int


def _end_marker(doc: str) -> _Marker | None:
    """Find the end marker that closes the document: "(End)", "###", "-0-", "--SPA"."""
    end = _rstrip(doc, 0, len(doc))
    for marker in END_MARKERS:
        start = end - len(marker)
        if start < 0 or not doc.startswith(marker, start):
            continue
        if marker[0] == "(" or start == 0 or doc[start - 1].isspace():
            return _Marker(marker, start)
    m = _SIGN_OFF_AT_END.search(doc, max(0, end - _LONGEST_SIGN_OFF), end)
    if m is not None and (m.start() == 0 or doc[m.start() - 1].isspace()):
        return _Marker(m.group(), m.start())
    return None


def _slug(doc: str, agency: str, end: int) -> _Marker | None:
    """The slug of the dispatch's own agency on the last line: "PTI ACB ZMN"."""
    start = doc.rfind("\n", 0, end) + 1
    line = doc[start:end]
    if start == 0 or SLUG.fullmatch(line) is None:
        return None
    head = line.split("/", 1)[0].split(" ", 1)[0]
    return _Marker(line, start) if head.upper() == agency.upper() else None


# An agency's sign-off at the very end of a dispatch, after white space.
_SIGN_OFF_AT_END: Final = re.compile(SIGN_OFF.pattern + r"\Z")
_LONGEST_SIGN_OFF: Final = 15


def _find_dateline(doc: str, spans: list[_Span], *, sure: bool) -> tuple[int, DatelineMatch] | None:
    """Find the dateline opening one of the first lines; return its line index and match.

    A bare place ("MANILA –") is a dateline in a text ``sure`` to be a dispatch; in any
    other, when a headline stands before it or the place is a known capital: a first line
    "EXCLUSIVE — Xi to meet Biden" is a headline.
    """
    for k, span in enumerate(spans[: _LINES_BEFORE_DATELINE + 1]):
        found = match_dateline(doc, span.start, bare=True)
        if found is not None and (sure or k > 0 or not _is_bare(found) or _known_place(found)):
            return k, found
        if span.end - span.start > _HEADER_MAX:
            break
    return None


def _is_bare(found: DatelineMatch) -> bool:
    return found.dateline.date is None and found.dateline.agency is None


def _known_place(found: DatelineMatch) -> bool:
    place = found.dateline.place
    return place.title() in lexicon().seats or place in lexicon().country_codes


def _web_header(doc: str, spans: list[_Span], body_end: int) -> list[_Span]:
    """The headline and header lines of a web readout (no dateline)."""
    first = spans[0]
    if len(spans) < 2 or spans[1].start >= body_end or not _is_headline(doc, first):
        return []
    head = [first]
    # A page with no blank line holds one paragraph a line: there no line is the first of a
    # hard-wrapped paragraph, and a line after the headline that does not end like a
    # sentence is its deck ("In a one-hour conversation, the leaders agreed ...").
    one_a_line = _BLANK_LINE.search(doc, first.end, body_end) is None
    for span, after in pairwise(spans[1:]):
        # A line with a blank line after it stands alone; a line without may be the first
        # of a hard-wrapped paragraph, so only a known form of furniture is header there.
        alone = one_a_line or doc.count("\n", span.end, after.start) > 1
        line = doc[span.start : span.end]
        deck = one_a_line and len(head) == 1 and _is_deck(line)
        if not deck and not _is_header_line(line, alone=alone):
            break
        head.append(span)
    # The body keeps at least one line: header lines give way to it.
    while len(head) > 1 and spans[len(head)].start >= body_end:
        head.pop()
    return head


# A deck is a line of a few words to a few sentences' length.
_DECK_MAX: Final = 300


def _is_deck(line: str) -> bool:
    """A line under the headline that sums the story up and does not end like a sentence."""
    return len(line) <= _DECK_MAX and _SENTENCE_END.search(line) is None and " " in line


def _is_headline(doc: str, span: _Span) -> bool:
    """A first line is a headline when it is short and does not end like a sentence."""
    if span.end - span.start > _HEADER_MAX:
        return False
    line = doc[span.start : span.end]
    m = _SENTENCE_END.search(line)
    if m is None:
        return True
    # "Readout of ... Joseph R. Biden, Jr." ends with an abbreviation, not a sentence.
    return line[m.start()] == "." and period_is_abbreviation(line, 0, m.start())


def _is_header_line(line: str, *, alone: bool) -> bool:
    """Page furniture: a known form ("READOUT", a page date), or a short line standing
    alone that does not end like a sentence ("Press Releases", "11 January 2024 - 16:20")
    or that introduces "the following" ("Spokesperson X issued the following statement:")."""
    if not any(ch.isalnum() for ch in line):
        return False
    if any(rx.fullmatch(line) for rx in _HEADER_LINES):
        return True
    if not alone or len(line) > _FURNITURE_MAX:
        return False
    if line.endswith(":"):  # "The Secretary said:" opens the body; "the following ...:" not
        return "the following" in line.lower()
    return _SENTENCE_END.search(line) is None


def _assemble(
    doc: str,
    head: list[_Span],
    dateline: DatelineMatch | None,
    lead_start: int,
    body_end: int,
    marker: _Marker | None,
    lines: _Lines,
) -> Readout:
    """Cut the document at the spans found and build the Readout, layout included."""
    first = lines.spans[0].start
    opening = dateline.dateline.source if dateline else None
    body_start = lead_start - len(opening) if opening is not None else lead_start
    paragraphs = _paragraph_spans(doc, lead_start, body_end, lines.content_end)
    header_seps = [doc[a.end : b.start] for a, b in pairwise([*head, _Span(body_start, 0)])]
    layout = Layout(
        before=doc[:first],
        header=header_seps,
        between=[doc[a.end : b.start] for a, b in pairwise(paragraphs)],
        before_end=doc[paragraphs[-1].end : marker.start] if marker else None,
        after=doc[lines.content_end :],
    )
    texts = [doc[s.start : s.end] for s in head]
    return Readout(
        paragraphs=[_paragraph(doc, span) for span in paragraphs],
        headline=texts[0] if texts else None,
        header=texts[1:],
        dateline=_dateline(dateline),
        end_marker=marker.text if marker else None,
        layout=_compact(layout),
    )


def _dateline(found: DatelineMatch | None) -> Dateline | None:
    return None if found is None else found.dateline


def _paragraph_spans(doc: str, start: int, end: int, content_end: int) -> list[_Span]:
    """Split ``doc[start:end]`` into paragraphs (blank-line blocks, or lines)."""
    blocks = _BLANK_LINE.search(doc, start, content_end) is not None
    spans: list[_Span] = []
    pos = start
    while pos < end:
        m = _NON_SPACE.search(doc, pos, end)
        if m is None:
            break
        par_end = _block_end(doc, m.start(), end) if blocks else _line_end(doc, m.start(), end)
        spans.append(_Span(m.start(), _rstrip(doc, m.start(), par_end)))
        pos = par_end
    return spans


def _line_end(doc: str, pos: int, end: int) -> int:
    nl = doc.find("\n", pos, end)
    return end if nl < 0 else nl


def _block_end(doc: str, pos: int, end: int) -> int:
    m = _BLANK_LINE.search(doc, pos, end)
    return end if m is None else m.start()


def _paragraph(doc: str, span: _Span) -> Paragraph:
    spans = list(split_sentences(doc, span.start, span.end))
    seps = [doc[a[1] : b[0]] for a, b in pairwise(spans)]
    return Paragraph(
        sentences=[_sentence(doc[a:b]) for a, b in spans],
        separators=() if all(sep == " " for sep in seps) else seps,
    )


def _sentence(raw: str) -> Sentence:
    text = squeeze(raw)
    return Sentence(text, source=None if text == raw else raw)


def _compact(layout: Layout) -> Layout:
    """Drop separators that equal the canonical ones, so records stay small."""
    return Layout(
        layout.before,
        () if all(sep == CANONICAL_LINE_GAP for sep in layout.header) else layout.header,
        () if all(sep == CANONICAL_LINE_GAP for sep in layout.between) else layout.between,
        layout.before_end,
        layout.after,
    )
