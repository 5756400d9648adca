"""The readout model: frozen value classes for a readout and the call it reports.

Meaning and layout are kept apart. The fields that say what a readout says
(headline, dateline, call, sentences, speakers, end marker) take part in
equality; the fields that only say how the text was laid out (line breaks,
separators, the exact spelling of a dateline) are declared with ``eq=False``
and are read by :func:`readout.render` to give back the input byte for byte.
Change a readout with :func:`attrs.evolve`; stale layout falls back to the
canonical layout when rendered.
"""

from __future__ import annotations

import enum
import re
from typing import Any, Final, Literal

import attrs

from readout._text import END_MARKERS, FORBIDDEN_CHAR, find_forbidden, is_end_marker, squeeze
from readout.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, days_in_month

__all__ = [
    "CANONICAL_LINE_GAP",
    "Call",
    "CallKind",
    "Dateline",
    "FieldValueError",
    "Layout",
    "Paragraph",
    "PartialDate",
    "Participant",
    "Readout",
    "Sentence",
    "Side",
    "Speaker",
]

Format = Literal["dispatch", "web"]

# The canonical separator between lines of the header and between paragraphs: a blank line.
CANONICAL_LINE_GAP: Final = "\n\n"


class CallKind(enum.Enum):
    """How the officials met: by telephone, by video link or in person."""

    TELEPHONE = "telephone"
    VIDEO = "video"
    MEETING = "meeting"


class Side(enum.Enum):
    """A speaker who is not one participant: both sides speaking together."""

    BOTH = "both"


# --- validators -------------------------------------------------------------------------


class FieldValueError(ValueError):
    """A ValueError about one field of a model class; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def _clean_text(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Text fields hold no forbidden characters and are not blank."""
    if value is None or (value.__class__ is str and value.isprintable() and value.strip()):
        return  # printable: no control character, no surrogate (see _words)
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str, not {type(value).__name__}")
    problem = find_forbidden(value)
    if problem is not None:
        raise FieldValueError(attribute.name, f"{attribute.name}: {problem[1]}")
    if not value.strip():
        raise FieldValueError(attribute.name, f"{attribute.name} must not be empty or blank")


def _squeezed(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Words fields are squeezed: no line breaks, no runs of spaces, no spaces at the ends."""
    if value is not None and squeeze(value) != value:
        raise FieldValueError(
            attribute.name, f"{attribute.name} must be words separated by single spaces: {value!r}"
        )


def _words(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """:func:`_clean_text` then :func:`_squeezed`, as one validator, quick for good values.

    Names and sentences are built by the thousand: a value that passes both checks
    costs one call here; any other runs them in order, for their errors.

    A printable str (:meth:`str.isprintable`) holds no control character, no lone
    surrogate and no white space but the space: one pass in C tells most values apart.
    """
    if value is None or (
        value.__class__ is str
        and value.isprintable()
        and value
        and "  " not in value
        and value[0] != " "
        and value[-1] != " "
    ):
        return  # a clean str, squeezed and not empty, hence not blank
    if (
        value.__class__ is str
        and FORBIDDEN_CHAR.search(value) is None
        and value
        and " ".join(value.split()) == value
    ):
        return  # the same, holding a character that is not printable (a soft hyphen, U+200B)
    _clean_text(_, attribute, value)
    _squeezed(_, attribute, value)


def _single_line(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Lines kept as written: no line break, no white space at either end."""
    if value is not None and ("\n" in value or value.strip() != value):
        raise FieldValueError(
            attribute.name,
            f"{attribute.name} must be one line without white space at its ends: {value!r}",
        )


def _whitespace(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Layout separators are white space only: layout cannot smuggle in words."""
    if value is None:
        return
    _no_forbidden(_, attribute, value)
    if value.strip():
        raise FieldValueError(
            attribute.name, f"{attribute.name} must be white space only: {value!r}"
        )


def _no_forbidden(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Layout text keeps to the characters a readout may hold."""
    problem = None if value is None else find_forbidden(value)
    if problem is not None:
        raise FieldValueError(attribute.name, f"{attribute.name}: {problem[1]}")


def _opening(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """What precedes the first line: white space, after a byte order mark if there is one."""
    _whitespace(_, attribute, value.removeprefix("\ufeff"))


def _tuple(value: Any) -> tuple[Any, ...]:
    """Sequences become tuples; a str is not taken for a sequence of characters."""
    if isinstance(value, str | bytes):
        raise TypeError(f"expected a sequence, not {type(value).__name__}: {value!r}")
    return tuple(value)


def _items(kind: type) -> Any:
    return attrs.validators.deep_iterable(attrs.validators.instance_of(kind))


def _optional(kind: type | tuple[type, ...]) -> Any:
    return attrs.validators.optional(attrs.validators.instance_of(kind))


def _line_break(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Separators between lines are white space holding at least one line break."""
    _whitespace(_, attribute, value)
    if "\n" not in value:
        raise FieldValueError(attribute.name, f"{attribute.name} must hold a line break: {value!r}")


def _int_in(low: int, high: int, *, optional: bool = False) -> Any:
    """An int between ``low`` and ``high`` (or None when ``optional``)."""

    def check(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value.__class__ is int and low <= value <= high:
            return  # the common case first: dates are read by the thousand
        if value is None and optional:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")
        if not low <= value <= high:
            raise FieldValueError(
                attribute.name, f"{attribute.name} must be between {low} and {high}: {value}"
            )

    return check


# --- values -----------------------------------------------------------------------------


@attrs.frozen
class PartialDate:
    """A calendar date whose year may be unwritten (``None``), as in "14 October".

    >>> PartialDate(None, 2, 29)
    PartialDate(year=None, month=2, day=29)
    >>> PartialDate(2023, 2, 29)
    Traceback (most recent call last):
    ...
    readout.model.FieldValueError: day 29 is not a day of February 2023
    """

    year: int | None = attrs.field(validator=_int_in(1, 9999, optional=True))
    month: int = attrs.field(validator=_int_in(1, 12))
    day: int = attrs.field(validator=_int_in(-(2**63), 2**63))

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.day <= days_in_month(self.month, self.year):
            year = "" if self.year is None else f" {self.year}"
            month = MONTH_NAMES[self.month - 1]
            raise FieldValueError("day", f"day {self.day} is not a day of {month}{year}")

    def isoformat(self) -> str:
        """ISO 8601 form: ``2023-10-14``, or ``--10-14`` without a year.

        >>> PartialDate(None, 10, 14).isoformat()
        '--10-14'
        """
        year = "-" if self.year is None else f"{self.year:04d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        year = "" if self.year is None else f" {self.year}"
        return f"{self.day} {MONTH_ABBREVIATIONS[self.month - 1]}{year}"


# An agency as datelines write it between brackets or slashes: "ZXS", "Xinhua", "ITAR-TASS".
AGENCY_PATTERN: Final = re.compile(r"[A-Za-z][A-Za-z-]{0,20}(?: [A-Z][A-Za-z-]{0,20})?", re.ASCII)
# A place as datelines write it: no comma, bracket, slash or dash, which delimit the dateline.
PLACE_PATTERN: Final = re.compile(r"(?!.*(?:--|\u2014|\u2013|\s-\s))[^\s,()/:][^,()/:\n]{0,59}")
# A place standing alone before the dash ("BEIJING --"): letters, spaces, periods, hyphens.
BARE_PLACE_PATTERN: Final = re.compile(r"[^\W\d_](?:[^\W\d_]|[.'\- ]){0,39}")


def _agency(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and AGENCY_PATTERN.fullmatch(value) is None:
        raise FieldValueError(
            attribute.name, f"{attribute.name} is not an agency name like 'Xinhua': {value!r}"
        )


def _place(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if PLACE_PATTERN.fullmatch(value) is None or not value[0].isupper():
        raise FieldValueError(
            attribute.name, f"{attribute.name} is not a dateline place like 'Beijing': {value!r}"
        )


@attrs.frozen
class Dateline:
    """The dateline of an agency dispatch: ``Beijing, 10 Oct (ZXS) --``.

    ``source`` keeps the dateline exactly as written (dash, spacing and date
    style included) so that it renders back unchanged; it is layout, not
    meaning, and is ignored when it no longer says what the fields say.
    """

    place: str = attrs.field(validator=[_clean_text, _single_line, _place])
    date: PartialDate | None = attrs.field(default=None, validator=_optional(PartialDate))
    agency: str | None = attrs.field(default=None, validator=_agency)
    source: str | None = attrs.field(default=None, eq=False, repr=False, validator=_no_forbidden)

    def __attrs_post_init__(self) -> None:
        bare = self.date is None and self.agency is None
        if bare and (not self.place.isupper() or not BARE_PLACE_PATTERN.fullmatch(self.place)):
            raise FieldValueError(
                "place",
                f"a dateline with neither date nor agency needs an upper-case place of "
                f"letters, at most 40 ('BEIJING --'): {self.place!r}",
            )


_COUNTRY_CODE: Final = re.compile(r"[A-Z]{2}", re.ASCII)


@attrs.frozen
class Participant:
    """An official taking part in the call.

    ``name`` is the name as first written in full, ``title`` the title written
    beside it, ``country`` an ISO 3166-1 alpha-2 code or ``None`` when the text
    does not tell.
    """

    name: str = attrs.field(validator=_words)
    title: str | None = attrs.field(default=None, validator=_words)
    country: str | None = attrs.field(default=None)

    @country.validator
    def _check_country(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and _COUNTRY_CODE.fullmatch(value) is None:
            raise FieldValueError(
                attribute.name, f"country must be an ISO 3166-1 alpha-2 code like 'CN': {value!r}"
            )


Speaker = Participant | Side | None
_SPEAKER_TYPES: Final = _optional((Participant, Side))


def _speaker(instance: object, attribute: attrs.Attribute[Any], value: Speaker) -> None:
    """A participant, a side or None; attrs' own validator tells what else is wrong."""
    if value is None or value.__class__ is Participant or value.__class__ is Side:
        return
    _SPEAKER_TYPES(instance, attribute, value)


@attrs.frozen
class Call:
    """The call or meeting a readout reports."""

    kind: CallKind = attrs.field(validator=attrs.validators.instance_of(CallKind))
    date: PartialDate | None = attrs.field(default=None, validator=_optional(PartialDate))
    participants: tuple[Participant, ...] = attrs.field(
        default=(), converter=_tuple, validator=_items(Participant)
    )
    initiator: Participant | None = attrs.field(default=None, validator=_optional(Participant))

    def __attrs_post_init__(self) -> None:
        if not self.participants:
            raise FieldValueError("participants", "a call needs at least one participant")
        names = [p.name for p in self.participants]
        if len(set(names)) != len(names):
            raise FieldValueError("participants", f"participants must have distinct names: {names}")
        if self.initiator is not None and self.initiator not in self.participants:
            raise FieldValueError(
                "initiator", f"initiator {self.initiator.name!r} is not a participant"
            )


@attrs.frozen
class Sentence:
    """One sentence of a paragraph, with who says it.

    ``text`` holds the sentence's exact words with each run of white space
    written as one space; ``speaker`` is a participant of the call,
    :attr:`Side.BOTH` for joint statements, or ``None`` for narration;
    ``cue`` is the reporting phrase as written in ``text`` ("said that").
    ``source`` keeps the sentence as laid out (soft line breaks, double
    spaces) when that differs from ``text``.
    """

    text: str = attrs.field(validator=_words)
    speaker: Speaker = attrs.field(default=None, validator=_speaker)
    cue: str | None = attrs.field(default=None)
    source: str | None = attrs.field(default=None, eq=False, repr=False, validator=_no_forbidden)

    @cue.validator
    def _check_cue(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        _clean_text(self, attribute, value)
        if value is not None and value not in self.text:
            raise FieldValueError(attribute.name, f"cue {value!r} does not occur in the sentence")


_SENTENCES: Final = _items(Sentence)


@attrs.frozen
class Paragraph:
    """A paragraph of the body: its sentences in order.

    ``separators`` holds the white space between consecutive sentences as
    written (layout; empty means one space each).
    """

    sentences: tuple[Sentence, ...] = attrs.field(converter=_tuple)
    separators: tuple[str, ...] = attrs.field(
        default=(),
        converter=_tuple,
        eq=False,
        repr=False,
        validator=attrs.validators.deep_iterable(_whitespace),
    )

    @sentences.validator
    def _check_sentences(
        self, attribute: attrs.Attribute[Any], value: tuple[Sentence, ...]
    ) -> None:
        if not all(s.__class__ is Sentence for s in value):
            _SENTENCES(self, attribute, value)  # attrs' own check, for its error
        if not value:
            raise FieldValueError(attribute.name, "a paragraph needs at least one sentence")

    @property
    def text(self) -> str:
        """The paragraph's words, sentences joined by one space."""
        return " ".join(s.text for s in self.sentences)


# --- the parser's second pass --------------------------------------------------------
# The parser reads a readout's structure, then its meaning: each sentence gets its speaker
# and cue, each paragraph its new sentences. These two make what attrs.evolve makes, and
# validate what changes; the fields they copy were validated when their objects were made.
_SPEAKER_FIELD: Final = attrs.fields(Sentence).speaker
_CUE_FIELD: Final = attrs.fields(Sentence).cue
_SENTENCES_FIELD: Final = attrs.fields(Paragraph).sentences


def sentence_with_speaker(sentence: Sentence, speaker: Speaker, cue: str | None) -> Sentence:
    """``attrs.evolve(sentence, speaker=speaker, cue=cue)``, validating the speaker and cue.

    >>> s = Sentence("Wang Yi said that China is ready.")
    >>> sentence_with_speaker(s, Participant("Wang Yi"), "said that")
    Sentence(text='Wang Yi said that China is ready.', speaker=Participant(name='Wang Yi', \
title=None, country=None), cue='said that')
    >>> sentence_with_speaker(s, None, "told")
    Traceback (most recent call last):
    ...
    readout.model.FieldValueError: cue 'told' does not occur in the sentence
    """
    new = object.__new__(Sentence)
    put = object.__setattr__
    put(new, "text", sentence.text)
    put(new, "speaker", speaker)
    put(new, "cue", cue)
    put(new, "source", sentence.source)
    _speaker(new, _SPEAKER_FIELD, speaker)
    new._check_cue(_CUE_FIELD, cue)
    return new


def paragraph_with_sentences(paragraph: Paragraph, sentences: tuple[Sentence, ...]) -> Paragraph:
    """``attrs.evolve(paragraph, sentences=sentences)`` for as many sentences, validating them.

    The separators between the sentences are kept, so there must be as many sentences.
    """
    if len(sentences) != len(paragraph.sentences):
        raise ValueError(
            f"{len(sentences)} sentences for a paragraph of {len(paragraph.sentences)}"
        )
    new = object.__new__(Paragraph)
    object.__setattr__(new, "sentences", sentences)
    object.__setattr__(new, "separators", paragraph.separators)
    new._check_sentences(_SENTENCES_FIELD, sentences)
    return new


@attrs.frozen
class Layout:
    """Where the white space of a readout's text goes (layout only, never meaning).

    ``before`` precedes the first line; ``header`` follows the headline and
    each header line; ``between`` separates paragraphs; ``before_end``
    precedes the end marker; ``after`` ends the text. An empty tuple or
    ``None`` means the canonical layout.
    """

    before: str = attrs.field(default="", validator=_opening)
    header: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=attrs.validators.deep_iterable(_line_break)
    )
    between: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=attrs.validators.deep_iterable(_line_break)
    )
    before_end: str | None = attrs.field(default=None, validator=_whitespace)
    after: str = attrs.field(default="\n", validator=_whitespace)


def _end_marker(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not is_end_marker(value):
        raise FieldValueError(
            attribute.name,
            f"{attribute.name} must be one of {sorted(END_MARKERS)} or a sign-off like "
            f"'--SPA': {value!r}",
        )


@attrs.frozen(kw_only=True)
class Readout:
    """A readout of a call: what its text says, and how its text was laid out.

    ``headline`` is the first line when it is a title; ``header`` holds the
    other lines before the body (a deck line, ``READOUT``, a page date, a
    spokesperson line); ``dateline`` is set for agency dispatches; ``call`` is
    what the lead says about the call; ``paragraphs`` hold the body, the lead
    paragraph first; ``end_marker`` is the closing marker as written
    (``(End)``, ``###``). The fields are keyword-only.
    """

    headline: str | None = attrs.field(default=None, validator=[_clean_text, _single_line])
    header: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    dateline: Dateline | None = attrs.field(default=None, validator=_optional(Dateline))
    call: Call | None = attrs.field(default=None, validator=_optional(Call))
    paragraphs: tuple[Paragraph, ...] = attrs.field(converter=_tuple, validator=_items(Paragraph))
    end_marker: str | None = attrs.field(default=None, validator=_end_marker)
    layout: Layout = attrs.field(factory=Layout, eq=False, repr=False)

    @paragraphs.validator
    def _check_paragraphs(
        self, attribute: attrs.Attribute[Any], value: tuple[Paragraph, ...]
    ) -> None:
        if not value:
            raise FieldValueError(attribute.name, "a readout needs at least one paragraph")

    @header.validator
    def _check_header(self, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        for line in value:
            _clean_text(self, attribute, line)
            _single_line(self, attribute, line)
        if value and self.headline is None:
            raise FieldValueError(attribute.name, "header lines need a headline before them")

    @property
    def format(self) -> Format:
        """``"dispatch"`` when the readout has an agency dateline, else ``"web"``."""
        return "web" if self.dateline is None else "dispatch"

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of the body in reading order, the lead first."""
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def lead(self) -> Sentence:
        """The first sentence of the body, which names the call."""
        return self.paragraphs[0].sentences[0]
