"""Hypothesis strategies that build readouts, and their texts, from their parts.

Hypothesis is an optional dependency (the ``test`` extra): this module imports
it, and ``import readout`` never imports this module.

Every strategy generates *consistent* values only: a readout that the parser
reads back from its own rendering, a text whose parse renders back byte for
byte. They keep the rules of :mod:`readout.parser.structure` and
:mod:`readout.parser.sentences`:

- a sentence starts with a capital, a digit or an opening quote or bracket and
  ends with ``.``, ``?`` or ``!`` (and closing quotes); the word before its
  final period is no abbreviation ("U.S.", "Jr."), and no ``.``, ``?`` or ``!``
  inside it is followed by white space and a capital unless it closes an
  abbreviation ("Antony J. Blinken", "Oct. 14");
- a headline does not end like a sentence, and no headline, header line or
  sentence has the shape of a dateline (a place then a dash, ``/AGENCY/``);
- a web readout without a headline has a first line that ends like a sentence;
- every line of a hard-wrapped paragraph holds a word in lower case, so no
  line of the body passes for page furniture (``READOUT``, ``December 7, 2023``);
- soft line breaks inside a paragraph only where the body separates its
  paragraphs by blank lines.

:func:`readouts` carry no ``call`` and no speakers: compare them with what
``parse(text, structure_only=True)`` reads. :func:`composed_readouts` carry a
call and a speaker for every sentence, written in the canonical templates of
:func:`readout.compose`, and ``parse`` reads all of it back.

Example, property tests of the round trips::

    from hypothesis import given

    import readout
    from readout.strategies import composed_readouts, readout_texts, readouts


    @given(readouts())
    def test_parse_reads_back_the_structure(r: readout.Readout) -> None:
        assert readout.parse(readout.render(r), structure_only=True) == r


    @given(composed_readouts())
    def test_parse_reads_back_the_call_and_the_speakers(r: readout.Readout) -> None:
        assert readout.parse(readout.render(r)) == r


    @given(readout_texts())
    def test_render_gives_back_the_text(text: str) -> None:
        folded = text.replace("\\r\\n", "\\n").replace("\\r", "\\n")
        assert readout.render(readout.parse(text)) == folded
"""

from __future__ import annotations

import functools
import string
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from readout.compose import Statement, compose
from readout.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, days_in_month
from readout.model import (
    Call,
    CallKind,
    Dateline,
    Format,
    Layout,
    Paragraph,
    PartialDate,
    Participant,
    Readout,
    Sentence,
    Side,
    Speaker,
)

__all__ = [
    "calls",
    "composed_readouts",
    "dateline_texts",
    "datelines",
    "headlines",
    "paragraphs",
    "partial_dates",
    "participants",
    "readout_texts",
    "readouts",
    "readouts_with_texts",
    "sentences",
]

# --- vocabulary --------------------------------------------------------------------------
# Written for these strategies: the shapes of real readouts, none of their sentences.

_NAMES: Final = (
    "Wang Yi",
    "Antony J. Blinken",
    "Joseph R. Biden, Jr.",
    "Xi Jinping",
    "Sergey Lavrov",
    "Mr. Wang",
    "Dr. Henry Kissinger",
    "President Biden",
    "Secretary Blinken",
)
_SUBJECTS: Final = (
    *_NAMES,
    "The U.S. delegation",
    "U.S. officials",
    "China",
    "The ministry",
    "Washington",
    "Beijing",
    "The U.N. envoy",
    "50 diplomats",
)
# Neutral verbs, no reporting cues ("said", "stressed"): speakers stay None.
_VERBS: Final = (
    "visited",
    "toured",
    "hosted",
    "attended",
    "arrived in",
    "flew to",
    "returned from",
    "opened",
    "reviewed",
    "planned",
)
_PHRASES: Final = (
    "the Middle East",
    "the Filoli estate",
    "New York on Oct. 14",
    "Beijing on Sept. 18, 2023",
    "the U.S. Embassy",
    "Washington, D.C. again",
    "with U.S. officials",
    "with Mr. Wang",
    "with Antony J. Blinken",
    "with Joseph R. Biden, Jr., last year",
    "at 3 p.m. sharp",
    "the “two-state solution”",
    'the "core interests" file',
    "the ‘Bali consensus’ papers",
    "China’s position",
    "China's position",
    "two goals: peace and stability",
    "trade; climate; and health",
    "the region — and beyond",
    "the region -- and beyond",
    "the region – and beyond",
    "the People’s Republic of China (PRC)",
    "in 2023",
)
_FINAL_WORDS: Final = (
    "talks",
    "region",
    "relations",
    "consensus",
    "dialogue",
    "security",
    "meeting",
    "cooperation",
    "Gaza",
    "Taiwan",
    "2023",
)
_HEADLINE_OPENERS: Final = ("Readout of", "Press release on", "Secretary Blinken’s", "")
_HEADLINE_VERBS: Final = (
    "Call with",
    "Meeting with",
    "Speaks with",
    "holds phone talks with",
    "discuss ties,",
    "and",
)
_HEADLINE_TAILS: Final = (
    "",
    "on the Phone",
    "over phone",
    "in San Francisco",
    "of the People’s Republic of China",
    "on China-U.S. ties",
)
_CAPS_HEADER_LINES: Final = (
    "READOUT",
    "OFFICE OF THE SPOKESPERSON",
    "PRESS RELEASE",
    "MEDIA NOTE",
    "STATEMENTS & RELEASES",
)
_SPOKESPEOPLE: Final = ("Spokesperson Ned Price", "Spokesperson Matthew Miller", "Mao Ning")
_AGENCIES: Final = (
    "ZXS",
    "XNA",
    "Xinhua",
    "CNS",
    "KCNA",
    "TASS",
    "ITAR-TASS",
    "Interfax",
    "IRNA",
    "KUNA",
    "Yonhap",
)
_PLACES: Final = (
    "Beijing",
    "Moscow",
    "Washington",
    "New York",
    "San Francisco",
    "Pyongyang",
    "Kuwait City",
    "St. Petersburg",
    "Ulan-Ude",
    "São Paulo",
    "Ürümqi",
)
_BARE_PLACES: Final = (
    "BEIJING",
    "MOSCOW",
    "WASHINGTON",
    "NEW YORK",
    "ST. PETERSBURG",
    "ULAN-UDE",
    "SÃO PAULO",
    "ÜRÜMQI",
)
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_END_MARKERS: Final = ("(End)", "(END)", "(end)", "###", "-0-")
_INLINE_MARKERS: Final = frozenset({"(End)", "(END)", "(end)"})
_FORMATS: Final[tuple[Format, ...]] = ("dispatch", "web")

# --- white space, the canonical choice first (hypothesis shrinks towards it) -------------

# Odd spacing between words or sentences; the canonical one is a single space. White space
# that str.splitlines() would break at ("\u2028", "\x85") is no line break for the parser.
_ODD_GAPS: Final = ("  ", "\t", "\xa0", "   ", " \xa0", "\u3000", "\u2028", "\x85")
_SOFT_WRAPS: Final = ("\n", " \n", "\n ", "\n  ")
_LINE_GAPS: Final = ("\n",) * 4 + (" \n", "\n ", "\t\n")
_BLANK_GAPS: Final = ("\n\n",) * 4 + ("\n\n\n", " \n\n", "\n \n", "\n\n  ", "\n\x0c\n")
_HEADER_GAPS: Final = ("\n\n",) * 3 + ("\n", "\n\n\n", " \n\n", "\n \n", "\n  ")
_BEFORE: Final = ("",) * 4 + ("\n", "\n\n", "  ", " \n")
_AFTER: Final = ("\n",) * 3 + ("", "\n\n", " \n", "\n\n\n", "  ")
_INLINE_BEFORE_END: Final = (" ", "", "  ", "\n", " \n")
_LINE_BEFORE_END: Final = ("\n", " ", "\n ", " \n")
_DATELINE_GAPS: Final = (" ",) * 4 + ("  ", "\n", " \n", "\t", "")


def _blank(separator: str) -> bool:
    """Whether white space holds a blank line (two line breaks)."""
    return separator.count("\n") >= 2


# --- dates and datelines -----------------------------------------------------------------
# Helpers named _draw_* take hypothesis's draw function: nested parts are drawn without
# building a strategy per example, and static strategies are built once (functools.cache).


def partial_dates() -> SearchStrategy[PartialDate]:
    """Valid calendar dates, with a year (1 to 9999, mostly recent) or without (``None``).

    Without a year, 29 February is a date.
    """
    return _partial_dates()


@functools.cache
def _partial_dates() -> SearchStrategy[PartialDate]:
    return st.composite(_draw_partial_date)()


def _draw_partial_date(draw: st.DrawFn) -> PartialDate:
    year = draw(_YEARS)
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, days_in_month(month, year)))
    return PartialDate(year, month, day)


_YEARS: Final = st.none() | st.integers(1990, 2030) | st.integers(1, 9999)


def _month_spellings(month: int) -> tuple[str, ...]:
    abbr, name = MONTH_ABBREVIATIONS[month - 1], MONTH_NAMES[month - 1]
    september = ("Sept.", "Sept") if month == 9 else ()
    return (abbr, f"{abbr}.", name, *september, name.upper(), abbr.upper())


def _draw_date_text(draw: st.DrawFn, date: PartialDate, *, final_dot: bool = False) -> str:
    """One spelling of a date: "10 Oct", "Oct. 14, 2023", "Saturday, October 14"."""
    month = draw(st.sampled_from(_month_spellings(date.month)))
    day = draw(st.sampled_from((str(date.day), f"{date.day:02d}")))
    day_first = draw(st.booleans())
    text = f"{day} {month}" if day_first else f"{month} {day}"
    if date.year is not None:
        text += draw(st.sampled_from((" ", ", ") if day_first else (", ", " ")))
        text += f"{date.year:04d}"
    weekday = draw(_WEEKDAY_OR_NONE)
    if weekday is not None:
        text = weekday + draw(st.sampled_from((", ", " "))) + text
    if final_dot and draw(st.booleans()):
        text += "."
    return text


_WEEKDAY_OR_NONE: Final = st.none() | st.sampled_from(_WEEKDAYS)


@functools.cache
def _lower_words(max_size: int = 10) -> SearchStrategy[str]:
    return st.text(string.ascii_lowercase + "éüöà", min_size=1, max_size=max_size)


@functools.cache
def _capitalized_words() -> SearchStrategy[str]:
    first = st.sampled_from(string.ascii_uppercase + "ÀÉÖÜ")
    return st.builds(str.__add__, first, _lower_words(9))


@functools.cache
def _places() -> SearchStrategy[str]:
    """Places of dated datelines: "Beijing", "NEW YORK", "São Paulo"."""
    made_up = st.lists(_capitalized_words(), min_size=1, max_size=3).map(" ".join)
    place = st.sampled_from(_PLACES) | made_up
    return st.tuples(place, st.booleans()).map(lambda p: p[0].upper() if p[1] else p[0])


@functools.cache
def _bare_places() -> SearchStrategy[str]:
    """Upper-case places that stand alone in a dateline: "BEIJING", "ST. PETERSBURG"."""
    word = st.text(string.ascii_uppercase + "ÀÃÉÖÜ", min_size=2, max_size=10)
    made_up = st.lists(word, min_size=1, max_size=3).map(" ".join)
    return st.sampled_from(_BARE_PLACES) | made_up


@functools.cache
def _agencies(*, optional: bool = False) -> SearchStrategy[str | None]:
    made_up = st.from_regex(r"[A-Za-z][A-Za-z-]{0,20}", fullmatch=True)
    agency = st.sampled_from(_AGENCIES) | made_up
    return st.none() | agency if optional else agency


class _DatelineText(NamedTuple):
    value: Dateline
    text: str


def _draw_paren_dateline(draw: st.DrawFn) -> _DatelineText:
    """``Beijing, 10 Oct (ZXS) --``, ``BEIJING, Oct. 14, 2023 (Xinhua) —``, ``BEIJING (CNS) -``."""
    place = draw(_places())
    date = draw(st.none() | _partial_dates())
    agency = draw(_agencies(optional=date is not None))
    text = place
    if date is not None:
        text += "," + draw(st.sampled_from((" ", "  "))) + _draw_date_text(draw, date)
    if agency is not None:
        text += draw(st.sampled_from((" ", ""))) + f"({agency})"
    dash = draw(st.sampled_from(("--", "\u2014", "\u2013", "-")))
    text += draw(st.sampled_from((" ", "", "  "))) + dash + draw(_gaps(after_hyphen=dash == "-"))
    return _DatelineText(Dateline(place, date, agency, source=text), text)


def _draw_slash_dateline(draw: st.DrawFn) -> _DatelineText:
    """TASS: ``MOSCOW, August 7. /TASS/.``."""
    place, date, agency = draw(_places()), _draw_partial_date(draw), draw(_agencies())
    date_text = _draw_date_text(draw, date, final_dot=True)
    space = draw(st.sampled_from((" ", "")))
    dot = draw(st.sampled_from((".", "")))
    text = f"{place}, {date_text}{space}/{agency}/{dot}" + draw(_gaps())
    return _DatelineText(Dateline(place, date, agency, source=text), text)


def _draw_bare_dateline(draw: st.DrawFn) -> _DatelineText:
    """``BEIJING —``, ``BEIJING --``, ``BEIJING:``: an upper-case place alone."""
    place = draw(_bare_places())
    if draw(st.booleans()):
        mark = draw(st.sampled_from(("", " ", "  "))) + draw(st.sampled_from(("--", "—", "–")))
    else:
        mark = ":"
    text = place + mark + draw(_gaps())
    return _DatelineText(Dateline(place, source=text), text)


@functools.cache
def _gaps(*, after_hyphen: bool = False) -> SearchStrategy[str]:
    """The white space after a dateline: at most one line break; a lone "-" needs a space."""
    gaps = [g for g in _DATELINE_GAPS if not after_hyphen or g[:1] in (" ", "\t")]
    return st.sampled_from(gaps)


_DATELINE_FORMS: Final = (_draw_paren_dateline, _draw_slash_dateline, _draw_bare_dateline)


def _draw_dateline(draw: st.DrawFn, *, bare: bool = True) -> _DatelineText:
    """A dateline of any form; a bare place ("BEIJING —") only when ``bare``."""
    forms = _DATELINE_FORMS if bare else _DATELINE_FORMS[:2]
    form: Callable[[st.DrawFn], _DatelineText] = draw(st.sampled_from(forms))
    return form(draw)


@functools.cache
def _dateline_pairs() -> SearchStrategy[_DatelineText]:
    return st.composite(_draw_dateline)()


def dateline_texts() -> SearchStrategy[str]:
    """Datelines as written, with the white space after them: every form the parser reads.

    Day-month ("10 Oct") and month-day ("Oct. 14"), abbreviated, dotted, full
    and upper-case month names ("Sept."), an optional year ("14 Oct 2023",
    "Oct. 14, 2023") and weekday ("Saturday, Oct. 14"); the dashes ``--``,
    ``—``, ``–`` and ``-``; places in upper case or not; TASS's
    ``MOSCOW, August 7. /TASS/.``; bare ``BEIJING —`` and ``BEIJING:``.
    """
    return _dateline_pairs().map(lambda pair: pair.text)


def datelines() -> SearchStrategy[Dateline]:
    """Dateline values of every form, ``source`` one of their spellings or ``None``.

    With ``source=None`` the dateline renders in the canonical ZXS style.
    """
    return st.tuples(_dateline_pairs(), st.booleans()).map(
        lambda p: p[0].value if p[1] else attrs.evolve(p[0].value, source=None)
    )


# --- headlines and header lines ----------------------------------------------------------


def _draw_headline(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        words = draw(_HEADLINE_WORDS)
        words[0] = words[0].capitalize()
    else:
        words = [
            draw(st.sampled_from(_HEADLINE_OPENERS)),
            draw(st.sampled_from(_NAMES)),
            draw(st.sampled_from(_HEADLINE_VERBS)),
            draw(st.sampled_from(_NAMES)),
            draw(st.sampled_from(_HEADLINE_TAILS)),
        ]
    line = " ".join(w for w in words if w)
    return line.upper() if draw(st.integers(0, 5)) == 0 else line


_HEADLINE_WORDS: Final = st.lists(_capitalized_words() | _lower_words(), min_size=1, max_size=8)


def headlines() -> SearchStrategy[str]:
    """Headlines: one line that does not end like a sentence and is no dateline.

    Some end with an abbreviation ("... Joseph R. Biden, Jr."), which is not a
    sentence's end; some are in upper case.
    """
    return _headlines()


@functools.cache
def _headlines() -> SearchStrategy[str]:
    return st.composite(_draw_headline)()


def _draw_web_header_line(draw: st.DrawFn) -> str:
    """Page furniture: ``READOUT``, ``OCTOBER 14, 2023``, "The following is attributable to X:"."""
    kind = draw(st.sampled_from(("caps", "caps", "date", "date", "attribution")))
    if kind == "caps":
        return draw(st.sampled_from(_CAPS_HEADER_LINES))
    if kind == "attribution":
        verb = draw(st.sampled_from(("following", "below")))
        return f"The {verb} is attributable to {draw(st.sampled_from(_SPOKESPEOPLE))}:"
    date = draw(_DATES_WITH_YEARS)
    year, number, day = date.year, date.month, date.day
    month, time = MONTH_NAMES[number - 1], draw(st.sampled_from(("", " 15:30", " 9:05")))
    lines = (
        f"{month.upper()} {day}, {year}",
        f"{year}-{number:02d}-{day:02d}{time}",
        f"{day} {month} {year}{time}",
        f"{month} {day}, {year}",
    )
    return draw(st.sampled_from(lines))


_DATES_WITH_YEARS: Final = st.builds(
    lambda year, month, day: PartialDate(year, month, min(day, days_in_month(month, year))),
    st.integers(1000, 9999),
    st.integers(1, 12),
    st.integers(1, 31),
)


@functools.cache
def _header_lines(fmt: Format) -> SearchStrategy[list[str]]:
    """Lines after a headline: page furniture; before a dispatch's dateline, decks too.

    A deck may end like a sentence: before a dateline, every line is header.
    """
    furniture = st.composite(_draw_web_header_line)()
    if fmt == "web":
        return st.lists(furniture, max_size=6)
    decks = _headlines() | sentences().map(lambda s: s.text)
    return st.lists(furniture | decks, max_size=3)


# --- sentences and paragraphs ------------------------------------------------------------


@functools.cache
def _middle_words() -> SearchStrategy[list[str]]:
    vocabulary = st.sampled_from(_PHRASES)
    made_up = _lower_words() | _capitalized_words() | st.integers(0, 3000).map(str)
    return st.lists(st.one_of(vocabulary, vocabulary, made_up), max_size=3)


@functools.cache
def _final_words() -> SearchStrategy[str]:
    """Last words of a sentence: no abbreviation (those are 4 letters at most) or initial."""
    vocabulary = st.sampled_from(_FINAL_WORDS)
    return st.one_of(vocabulary, vocabulary, _lower_words(12).filter(lambda w: len(w) >= 5))


class _Ending(NamedTuple):
    """How a sentence ends: its punctuation, and the quote or bracket it closes (if any)."""

    punctuation: str
    opener: str = ""
    closer: str = ""
    whole: bool = True  # the quote opens the sentence, else the words before the last one


_QUOTES: Final = (("“", "”"), ('"', '"'), ("‘", "’"), ("(", ")"))
_ENDINGS: Final = (
    *(_Ending(p) for p in (".", ".", ".", ".", "?", "!")),
    *(_Ending(p, o, c, w) for p in ".?!" for o, c in _QUOTES for w in (True, False)),
)
# The opening words of a sentence, a subject and a verb, drawn as one choice.
_OPENINGS: Final = tuple(f"{s} {v}" for s in _SUBJECTS for v in _VERBS)


def _draw_sentence_words(draw: st.DrawFn) -> list[str]:
    """The words of one sentence, each without white space, as they follow each other."""
    words = [draw(st.sampled_from(_OPENINGS)), *draw(_middle_words()), draw(_final_words())]
    end = draw(st.sampled_from(_ENDINGS))
    words[-1] += end.punctuation + end.closer
    at = 0 if end.whole or len(words) < 3 else -2
    words[at] = end.opener + words[at]
    return " ".join(words).split(" ")


def _draw_gaps(
    draw: st.DrawFn, words: Sequence[str], *, soft_wraps: bool, ends: frozenset[int] | None = None
) -> list[str]:
    """White space between words: single spaces, a few odd ones, maybe a hard wrap.

    With ``soft_wraps`` the text may be wrapped at a width, as hard-wrapped copy
    is, only after the indices in ``ends`` when it is given.
    """
    gaps = [" "] * (len(words) - 1)
    if not gaps:
        return gaps
    for i, gap in draw(_odd_gaps(len(gaps) - 1, soft_wraps=soft_wraps and ends is None)):
        gaps[i] = gap
    if soft_wraps and draw(st.booleans()):
        width, wrap = draw(st.integers(15, 80)), draw(st.sampled_from(_SOFT_WRAPS))
        _wrap(words, gaps, width, wrap, ends)
    return gaps


@functools.cache
def _odd_gaps(last: int, *, soft_wraps: bool) -> SearchStrategy[list[tuple[int, str]]]:
    gap = st.sampled_from((*_ODD_GAPS, *_SOFT_WRAPS) if soft_wraps else _ODD_GAPS)
    return st.lists(st.tuples(st.integers(0, last), gap), max_size=3)


def _wrap(
    words: Sequence[str], gaps: list[str], width: int, wrap: str, ends: frozenset[int] | None
) -> None:
    """Break lines longer than ``width`` (greedily, at allowed gaps) with ``wrap``."""
    column = len(words[0])
    for i, word in enumerate(words[1:]):
        if column + 1 + len(word) > width and (ends is None or i in ends):
            gaps[i], column = wrap, len(word)
        else:
            column += 1 + len(word)


def sentences() -> SearchStrategy[Sentence]:
    """Sentences with their layout (``source``: double spaces, tabs, no-break spaces).

    They start with a capital, a digit or an opening quote or bracket, end with
    terminal punctuation, and use "U.S.", "Antony J. Blinken", "Oct. 14",
    "Joseph R. Biden, Jr.", "Mr.", curly and straight quotes, colons and
    semicolon lists. No speaker, no cue.
    """
    return st.composite(_draw_sentence)()


def _draw_sentence(draw: st.DrawFn) -> Sentence:
    words = _draw_sentence_words(draw)
    return _sentence(words, _draw_gaps(draw, words, soft_wraps=False))


def _sentence(words: list[str], gaps: Sequence[str]) -> Sentence:
    source = _interleave(words, gaps)
    text = " ".join(words)
    return Sentence(text, source=None if source == text else source)


def _interleave(words: Sequence[str], gaps: Sequence[str]) -> str:
    """Join words with the gaps between them (one fewer gap than words)."""
    return "".join(w + g for w, g in zip(words, [*gaps, ""], strict=False))


class _ParagraphText(NamedTuple):
    value: Paragraph
    text: str


def paragraphs(*, soft_wraps: bool = False) -> SearchStrategy[Paragraph]:
    """Paragraphs of one to four sentences, laid out with varied spacing.

    With ``soft_wraps``, sentences and the spaces between them may hold single
    line breaks, as in hard-wrapped copy (then the readout must separate its
    paragraphs by blank lines).
    """

    def draw_paragraph(draw: st.DrawFn) -> Paragraph:
        return _draw_paragraph(draw, soft_wraps=soft_wraps).value

    return st.composite(draw_paragraph)()


def _draw_paragraph(
    draw: st.DrawFn, *, soft_wraps: bool, whole_first_line: bool = False
) -> _ParagraphText:
    """A paragraph and its text; ``whole_first_line`` wraps only between sentences."""
    words = [_draw_sentence_words(draw) for _ in range(draw(st.integers(1, 3)))]
    flat = [w for s in words for w in s]
    ends = _sentence_ends(words) if whole_first_line else None
    gaps = _draw_gaps(draw, flat, soft_wraps=soft_wraps, ends=ends)
    _keep_lower_case_on_each_line(flat, gaps)
    return _assemble_paragraph(words, gaps)


def _sentence_ends(words: list[list[str]]) -> frozenset[int]:
    """Indices of the flat word list after which a sentence ends (not the last)."""
    ends, count = set(), 0
    for sentence in words[:-1]:
        count += len(sentence)
        ends.add(count - 1)
    return frozenset(ends)


def _keep_lower_case_on_each_line(words: list[str], gaps: list[str]) -> None:
    """Undo soft wraps until every line holds a word in lower case (no line is page furniture)."""
    while (k := _wrap_to_undo(words, gaps)) is not None:
        gaps[k] = " "


def _wrap_to_undo(words: list[str], gaps: list[str]) -> int | None:
    """The gap that ends (or, for the last line, starts) the first line without lower case."""
    start = 0
    for i in range(len(words)):
        if i < len(gaps) and "\n" not in gaps[i]:
            continue
        if not any(w[:1].islower() for w in words[start : i + 1]):
            k = i if i < len(gaps) else start - 1
            return k if k >= 0 else None
        start = i + 1
    return None


def _assemble_paragraph(words: list[list[str]], gaps: list[str]) -> _ParagraphText:
    values, separators, at = [], [], 0
    for sentence in words:
        n = len(sentence)
        values.append(_sentence(sentence, gaps[at : at + n - 1]))
        if at + n - 1 < len(gaps):
            separators.append(gaps[at + n - 1])
        at += n
    paragraph = Paragraph(values, separators=separators)
    texts = [s.text if s.source is None else s.source for s in values]
    return _ParagraphText(paragraph, _interleave(texts, separators))


# --- readouts ----------------------------------------------------------------------------


class _Head(NamedTuple):
    lines: list[str]  # the headline, then the header lines
    separators: list[str]  # after each line
    dateline: _DatelineText | None


def _draw_head(draw: st.DrawFn, fmt: Format, *, bare: bool) -> _Head:
    lines: list[str] = []
    if draw(st.booleans()):
        lines = [draw(_headlines()), *draw(_header_lines(fmt))]
    separators = [draw(st.sampled_from(_HEADER_GAPS)) for _ in lines]
    dateline = _draw_dateline(draw, bare=bare) if fmt == "dispatch" else None
    return _Head(lines, separators, dateline)


class _Tail(NamedTuple):
    marker: str | None
    before_end: str | None


def _draw_tail(draw: st.DrawFn, *, blank_lines: bool) -> _Tail:
    marker = draw(_MARKER_OR_NONE)
    if marker is None:
        return _Tail(None, None)
    choices = _INLINE_BEFORE_END if marker in _INLINE_MARKERS else _LINE_BEFORE_END
    if blank_lines:
        choices = (*choices, *_BLANK_GAPS)
    return _Tail(marker, draw(st.sampled_from(choices)))


_MARKER_OR_NONE: Final = st.none() | st.sampled_from(_END_MARKERS)


class _Body(NamedTuple):
    paragraphs: list[_ParagraphText]
    between: list[str]
    tail: _Tail


def _draw_body(draw: st.DrawFn, *, headless_web: bool) -> _Body:
    """Paragraphs, the separators between them, and the end: blank-line blocks or lines."""
    n = draw(st.integers(1, 4))
    blank_lines = draw(st.booleans())
    gaps = st.sampled_from(_BLANK_GAPS if blank_lines else _LINE_GAPS)
    between = [draw(gaps) for _ in range(n - 1)]
    tail = _draw_tail(draw, blank_lines=blank_lines)
    wraps = any(_blank(s) for s in [*between, tail.before_end or ""])
    paras = [
        _draw_paragraph(draw, soft_wraps=wraps, whole_first_line=headless_web and i == 0)
        for i in range(n)
    ]
    return _Body(paras, between, tail)


def _draw_readout_and_text(draw: st.DrawFn, fmt: Format | None) -> tuple[Readout, str]:
    chosen = fmt if fmt is not None else draw(st.sampled_from(_FORMATS))
    # A bare place ("BEIJING —") is a dateline only to parse(..., format="dispatch").
    head = _draw_head(draw, chosen, bare=fmt == "dispatch")
    body = _draw_body(draw, headless_web=chosen == "web" and not head.lines)
    before, after = draw(st.sampled_from(_BEFORE)), draw(st.sampled_from(_AFTER))
    tail = body.tail
    r = Readout(
        headline=head.lines[0] if head.lines else None,
        header=head.lines[1:],
        dateline=None if head.dateline is None else head.dateline.value,
        paragraphs=[p.value for p in body.paragraphs],
        end_marker=tail.marker,
        layout=Layout(before, head.separators, body.between, tail.before_end, after),
    )
    text = before + "".join(a + b for a, b in zip(head.lines, head.separators, strict=True))
    text += "" if head.dateline is None else head.dateline.text
    text += _interleave([p.text for p in body.paragraphs], body.between)
    if tail.marker is not None:
        text += f"{tail.before_end}{tail.marker}"
    return r, text + after


def _draw_line_endings(draw: st.DrawFn, text: str) -> str:
    """Write the line breaks as ``\\n``, ``\\r\\n``, ``\\r``, or ``\\n`` and ``\\r\\n`` mixed.

    Mixing never puts ``\\r`` before ``\\n``: that pair would fold into one break.
    """
    style = draw(st.sampled_from(("\n", "\r\n", "\r", "mixed")))
    if style != "mixed":
        return text.replace("\n", style)
    parts = text.split("\n")
    return _interleave(parts, [draw(st.sampled_from(("\n", "\r\n"))) for _ in parts[1:]])


def readouts_with_texts(
    *,
    format: Format | None = None,  # noqa: A002 - the word parse() uses
) -> SearchStrategy[tuple[Readout, str]]:
    """Pairs of a readout and its text, built side by side from the same parts.

    The text is assembled without :func:`readout.render`, so ``parse(text) == r``
    and ``render(r) == text`` (after folding line endings) are independent checks.
    Line endings vary: ``\\n``, ``\\r\\n``, ``\\r`` or mixed.
    """

    def draw_pair(draw: st.DrawFn) -> tuple[Readout, str]:
        r, text = _draw_readout_and_text(draw, format)
        return r, _draw_line_endings(draw, text)

    return st.composite(draw_pair)()


def readouts(
    *,
    format: Format | None = None,  # noqa: A002 - the word parse() uses
) -> SearchStrategy[Readout]:
    """Readouts that parse back from their rendering: dispatches and web readouts.

    A dispatch has a dateline of any form, maybe after a headline and up to
    three header lines; a web readout has a headline with up to six header
    lines (``READOUT``, ``OCTOBER 14, 2023``, "The following is attributable to
    Spokesperson X:") or none. Bodies are blank-line paragraphs (maybe
    hard-wrapped) or one paragraph per line; end markers ``(End)``, ``(END)``,
    ``(end)``, ``###``, ``-0-`` or none. Layout varies; about half the readouts
    carry the canonical layout instead. ``format`` is ``"dispatch"``, ``"web"``
    or ``None`` for both.
    """

    def draw_readout(draw: st.DrawFn) -> Readout:
        r, _ = _draw_readout_and_text(draw, format)
        return r if draw(st.booleans()) else _canonical(r)

    return st.composite(draw_readout)()


def readout_texts(
    *,
    format: Format | None = None,  # noqa: A002 - the word parse() uses
) -> SearchStrategy[str]:
    """Texts of valid readouts with varied layout.

    ``\\r\\n``, ``\\r`` or mixed line endings, a trailing newline or not, extra
    blank lines, white space before the first line, double spaces, tabs and
    no-break spaces, hard-wrapped paragraphs. The same readouts as
    :func:`readouts`.
    """
    return readouts_with_texts(format=format).map(lambda p: p[1])


def _canonical(r: Readout) -> Readout:
    """The readout with its layout dropped: it renders in the canonical layout."""
    paragraphs = [
        Paragraph([attrs.evolve(s, source=None) for s in p.sentences]) for p in r.paragraphs
    ]
    dateline = None if r.dateline is None else attrs.evolve(r.dateline, source=None)
    return attrs.evolve(r, paragraphs=paragraphs, dateline=dateline, layout=Layout())


# --- meaning: calls and who said what ------------------------------------------------------
# Made-up names, so no name is also a title, a country or a month; each participant's
# words are its own, so "Tavo" names one participant only.

_SYLLABLES: Final = ("ka", "lo", "mi", "ra", "ten", "vu", "sha", "do", "ne", "bri", "zo", "pel")
# (country name, adjective) pairs from the country table, one word each where it matters.
_COUNTRIES: Final = (
    ("CN", "China", "Chinese"),
    ("US", "the United States", "US"),
    ("RU", "Russia", "Russian"),
    ("BR", "Brazil", "Brazilian"),
    ("IN", "India", "Indian"),
    ("FR", "France", "French"),
    ("JP", "Japan", "Japanese"),
    ("TR", "Türkiye", "Turkish"),
)
_ROLES: Final = ("Foreign Minister", "President", "Prime Minister", "Defense Minister")
# Safe clause words: no capital, no comma, no "that", no reporting verb.
_CLAUSE_WORDS: Final = (
    "the talks were useful",
    "trade should grow",
    "the visit went well",
    "cooperation must continue",
    "the region needs calm",
    "dialogue remains the way forward",
)
_CUES: Final = ("said that", "stressed that", "pointed out that", "noted that", "added that")
_JOINT_CUES: Final = ("agreed that", "noted that", "stressed that")


def _names() -> SearchStrategy[str]:
    word = st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=3).map(
        lambda parts: "".join(parts).capitalize()
    )
    return st.lists(word, min_size=2, max_size=3, unique=True).map(" ".join)


@st.composite
def participants(draw: st.DrawFn) -> Participant:
    """A participant whose title names its country ("Brazilian Foreign Minister"), or none.

    A participant without a title has no country either: the text would not say it.
    """
    name = draw(_names())
    if draw(st.booleans()):
        return Participant(name)
    code, _, adjective = draw(st.sampled_from(_COUNTRIES))
    return Participant(name, f"{adjective} {draw(st.sampled_from(_ROLES))}", code)


def _appositive(p: Participant) -> Participant:
    """The host's title as agency copy writes it after the name: "foreign minister of Brazil"."""
    if p.title is None:
        return p
    name = next(n for c, n, _ in _COUNTRIES if c == p.country)
    role = p.title.split(" ", 1)[1].lower()
    return attrs.evolve(p, title=f"{role} of {name}")


@st.composite
def calls(draw: st.DrawFn) -> Call:
    """A call between two participants with distinct name words, as the canonical lead writes it."""
    host = _appositive(draw(participants()))
    guest = draw(participants())
    if set(host.name.split()) & set(guest.name.split()):
        guest = attrs.evolve(guest, name=f"{guest.name} Ovo")
        assume_distinct = set(host.name.split()) & set(guest.name.split())
        if assume_distinct:
            guest = attrs.evolve(guest, name="Ovo Ulu")
    initiator = draw(st.sampled_from((None, host, guest)))
    date = draw(st.none() | _partial_dates())
    return Call(draw(st.sampled_from(CallKind)), date, (host, guest), initiator)


def _content(draw: st.DrawFn, *, capital: bool) -> str:
    clause = draw(st.sampled_from(_CLAUSE_WORDS))
    return (clause.capitalize() if capital else clause) + "."


@st.composite
def _statements(draw: st.DrawFn, call: Call, *, first: bool) -> list[Statement]:
    """A paragraph: a speaker with a cue, then sentences that continue, or narration."""
    out: list[Statement] = []
    previous: Speaker = None
    for _ in range(draw(st.integers(0 if first else 1, 3))):
        who = draw(st.sampled_from((None, Side.BOTH, *call.participants)))
        if who is None:
            out.append(Statement(_content(draw, capital=True), previous))
            continue
        cues = _JOINT_CUES if who is Side.BOTH else _CUES
        cue = draw(st.sampled_from(cues))
        out.append(Statement(_content(draw, capital=False), who, cue))
        previous = who
    return out


@st.composite
def composed_readouts(draw: st.DrawFn) -> Readout:
    """A readout of a call, composed with :func:`readout.compose`: call and speakers filled.

    ``parse(render(r)) == r`` holds for every one of them.
    """
    call = draw(calls())
    groups = [draw(_statements(call, first=True))]
    groups += [draw(_statements(call, first=False)) for _ in range(draw(st.integers(0, 3)))]
    unmarked = any(p.country is None for p in call.participants)
    # An agency's country would be taken for an unmarked participant's: use one that has none.
    agencies = ("Reuters", "AP") if unmarked else ("ZXS", "Xinhua", "TASS", "KUNA", "Reuters")
    dateline = draw(
        st.none()
        | st.builds(
            Dateline,
            st.sampled_from(("Beijing", "MOSCOW", "New Delhi", "Brasilia")),
            st.none() | _partial_dates(),
            st.sampled_from(agencies),
        )
    )
    marker = draw(st.none() | st.sampled_from(("(End)", "###")))
    return compose(call, groups, dateline=dateline, end_marker=marker)
