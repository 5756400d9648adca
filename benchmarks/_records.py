"""The readout record as pydantic v2 models and msgspec structs, for bench_json.py only.

The same record as :mod:`readout.serialize` reads and writes: the same keys,
types and nesting, unknown keys refused, no coercion ("3" is no int), and the
same rules as the model's validators, written the way each library is best
at: field patterns and ranges where the library checks them natively,
validators for the rules across fields (a day of its month, a cue within its
sentence, distinct participants, an initiator among them, a bare dateline's
place, header lines after a headline, an end marker). The benchmark checks
that each of them reads every record the way readout does.
"""

from __future__ import annotations

import calendar
import re
from typing import Annotated, Any, Final, Literal

import msgspec
import pydantic
from pydantic import BaseModel, ConfigDict, Field, model_validator

# No control character but tab and line breaks, no DEL (as readout._text; lone surrogates
# cannot reach a str through either library).
_CLEAN: Final = r"[^\x00-\x08\x0e-\x1f\x7f]"
TEXT: Final = rf"^{_CLEAN}*[^\s]{_CLEAN}*$"  # clean and not blank
WORDS: Final = r"^[^\s\x00-\x08\x0e-\x1f\x7f]+(?: [^\s\x00-\x08\x0e-\x1f\x7f]+)*$"
LINE: Final = (
    r"^[^\s\x00-\x08\x0e-\x1f\x7f](?:[^\n\x00-\x08\x0e-\x1f\x7f]*[^\s\x00-\x08\x0e-\x1f\x7f])?$"
)
LAYOUT_TEXT: Final = rf"^{_CLEAN}*$"
SPACE: Final = r"^[^\S\x00-\x08\x0e-\x1f\x7f]*$"
BREAK: Final = r"^[^\S\x00-\x08\x0e-\x1f\x7f]*\n[^\S\x00-\x08\x0e-\x1f\x7f]*$"
OPENING: Final = r"^\ufeff?[^\S\x00-\x08\x0e-\x1f\x7f]*$"
AGENCY: Final = r"^[A-Za-z][A-Za-z-]{0,20}$"
COUNTRY: Final = r"^[A-Z]{2}$"
END_MARKER: Final = r"^(?:\(End\)|\(END\)|\(end\)|###|-0-|--[ ]?[A-Z]{2,12})$"
# As readout.model: a place holds no comma, bracket, slash, colon or dash.
_PLACE: Final = re.compile(r"(?!.*(?:--|\u2014|\u2013|\s-\s))[^\s,()/:][^,()/:\n]{0,59}")
_BARE_PLACE: Final = re.compile(r"[^\W\d_](?:[^\W\d_]|[.'\- ]){0,39}")


def _day_ok(year: int | None, month: int, day: int) -> bool:
    last = 29 if month == 2 and year is None else calendar.monthrange(year or 2001, month)[1]
    return 1 <= day <= last


def _place_ok(place: str, bare: bool) -> bool:
    if _PLACE.fullmatch(place) is None or not place[0].isupper():
        return False
    return not bare or (place.isupper() and _BARE_PLACE.fullmatch(place) is not None)


def _people_ok(names: list[str], initiator: object, participants: list[Any]) -> bool:
    return (
        bool(names)
        and len(set(names)) == len(names)
        and (initiator is None or initiator in participants)
    )


# --- pydantic v2 -------------------------------------------------------------------------

_STRICT: Final = ConfigDict(extra="forbid", frozen=True, strict=True)
Text = Annotated[str, Field(pattern=TEXT)]
Words = Annotated[str, Field(pattern=WORDS)]
Line = Annotated[str, Field(pattern=LINE)]
LayoutText = Annotated[str, Field(pattern=LAYOUT_TEXT)]
Space = Annotated[str, Field(pattern=SPACE)]
Break = Annotated[str, Field(pattern=BREAK)]


class PDate(BaseModel):
    model_config = _STRICT
    year: Annotated[int, Field(ge=1, le=9999)] | None
    month: Annotated[int, Field(ge=1, le=12)]
    day: int

    @model_validator(mode="after")
    def _day(self) -> PDate:
        if not _day_ok(self.year, self.month, self.day):
            raise ValueError("not a day of its month")
        return self


class PParticipant(BaseModel):
    model_config = _STRICT
    name: Words
    title: Words | None
    country: Annotated[str, Field(pattern=COUNTRY)] | None


class PCall(BaseModel):
    model_config = _STRICT
    kind: Literal["telephone", "video", "meeting"]
    date: PDate | None
    participants: tuple[PParticipant, ...]
    initiator: PParticipant | None

    @model_validator(mode="after")
    def _people(self) -> PCall:
        names = [p.name for p in self.participants]
        if not _people_ok(names, self.initiator, list(self.participants)):
            raise ValueError("participants")
        return self


class PDateline(BaseModel):
    model_config = _STRICT
    place: Line
    date: PDate | None
    agency: Annotated[str, Field(pattern=AGENCY)] | None
    source: LayoutText | None = None

    @model_validator(mode="after")
    def _place(self) -> PDateline:
        if not _place_ok(self.place, self.date is None and self.agency is None):
            raise ValueError("place")
        return self


class PSentence(BaseModel):
    model_config = _STRICT
    text: Words
    speaker: Literal["both"] | PParticipant | None
    cue: Text | None
    source: LayoutText | None = None

    @model_validator(mode="after")
    def _cue(self) -> PSentence:
        if self.cue is not None and self.cue not in self.text:
            raise ValueError("cue")
        return self


class PParagraph(BaseModel):
    model_config = _STRICT
    sentences: Annotated[tuple[PSentence, ...], Field(min_length=1)]
    separators: tuple[Space, ...] = ()


class PLayout(BaseModel):
    model_config = _STRICT
    before: Annotated[str, Field(pattern=OPENING)] = ""
    header: tuple[Break, ...] = ()
    between: tuple[Break, ...] = ()
    before_end: Space | None = None
    after: Space = "\n"


class PReadout(BaseModel):
    model_config = _STRICT
    headline: Line | None
    header: tuple[Line, ...]
    dateline: PDateline | None
    call: PCall | None
    paragraphs: Annotated[tuple[PParagraph, ...], Field(min_length=1)]
    end_marker: Annotated[str, Field(pattern=END_MARKER)] | None
    layout: PLayout | None = None

    @model_validator(mode="after")
    def _header(self) -> PReadout:
        if self.header and self.headline is None:
            raise ValueError("header lines need a headline")
        return self


def pydantic_version() -> str:
    return pydantic.VERSION


# --- msgspec -----------------------------------------------------------------------------

_M = msgspec.Meta
MText = Annotated[str, _M(pattern=TEXT)]
MWords = Annotated[str, _M(pattern=WORDS)]
MLine = Annotated[str, _M(pattern=LINE)]
MLayoutText = Annotated[str, _M(pattern=LAYOUT_TEXT)]
MSpace = Annotated[str, _M(pattern=SPACE)]
MBreak = Annotated[str, _M(pattern=BREAK)]


class MDate(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    year: Annotated[int, _M(ge=1, le=9999)] | None
    month: Annotated[int, _M(ge=1, le=12)]
    day: int

    def __post_init__(self) -> None:
        if not _day_ok(self.year, self.month, self.day):
            raise ValueError("not a day of its month")


class MParticipant(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    name: MWords
    title: MWords | None
    country: Annotated[str, _M(pattern=COUNTRY)] | None


class MCall(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    kind: Literal["telephone", "video", "meeting"]
    date: MDate | None
    participants: tuple[MParticipant, ...]
    initiator: MParticipant | None

    def __post_init__(self) -> None:
        names = [p.name for p in self.participants]
        if not _people_ok(names, self.initiator, list(self.participants)):
            raise ValueError("participants")


class MDateline(msgspec.Struct, forbid_unknown_fields=True, frozen=True, omit_defaults=True):
    place: MLine
    date: MDate | None
    agency: Annotated[str, _M(pattern=AGENCY)] | None
    source: MLayoutText | None = None

    def __post_init__(self) -> None:
        if not _place_ok(self.place, self.date is None and self.agency is None):
            raise ValueError("place")


class MSentence(msgspec.Struct, forbid_unknown_fields=True, frozen=True, omit_defaults=True):
    text: MWords
    # msgspec takes one struct type and one str type in a union: "both" is checked after.
    speaker: MParticipant | str | None
    cue: MText | None
    source: MLayoutText | None = None

    def __post_init__(self) -> None:
        if isinstance(self.speaker, str) and self.speaker != "both":
            raise ValueError("speaker")
        if self.cue is not None and self.cue not in self.text:
            raise ValueError("cue")


class MParagraph(msgspec.Struct, forbid_unknown_fields=True, frozen=True, omit_defaults=True):
    sentences: Annotated[tuple[MSentence, ...], _M(min_length=1)]
    separators: tuple[MSpace, ...] = ()


class MLayout(msgspec.Struct, forbid_unknown_fields=True, frozen=True, omit_defaults=True):
    before: Annotated[str, _M(pattern=OPENING)] = ""
    header: tuple[MBreak, ...] = ()
    between: tuple[MBreak, ...] = ()
    before_end: MSpace | None = None
    after: MSpace = "\n"


class MReadout(msgspec.Struct, forbid_unknown_fields=True, frozen=True, omit_defaults=True):
    headline: MLine | None
    header: tuple[MLine, ...]
    dateline: MDateline | None
    call: MCall | None
    paragraphs: Annotated[tuple[MParagraph, ...], _M(min_length=1)]
    end_marker: Annotated[str, _M(pattern=END_MARKER)] | None
    layout: MLayout | None = None

    def __post_init__(self) -> None:
        if self.header and self.headline is None:
            raise ValueError("header lines need a headline")
