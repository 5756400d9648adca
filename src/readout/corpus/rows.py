"""Tables for pandas: one row per readout, one row per statement (sentence), as plain dicts.

Rows hold only str, int and None, so they go as they are to
``pandas.DataFrame``, ``csv.DictWriter`` or a JSON Lines file. Each row names
its readout by ``source`` (the file, or None) and ``index`` (the item's
position in its source, or the readout's position in the input): the two
tables join on those two columns. Dates are ISO 8601, ``--10-14`` without a
year.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from readout.corpus.stream import Item
from readout.model import PartialDate, Participant, Readout, Sentence, Side

if TYPE_CHECKING:
    import pandas

__all__ = [
    "READOUT_COLUMNS",
    "STATEMENT_COLUMNS",
    "ReadoutRow",
    "StatementRow",
    "readout_rows",
    "statement_rows",
    "to_dataframe",
]


class ReadoutRow(TypedDict):
    """One readout: where it is, its header, its call, and how long it is."""

    source: str | None
    index: int
    format: str
    headline: str | None
    place: str | None
    agency: str | None
    dateline_date: str | None
    call_kind: str | None
    call_date: str | None
    participants: str | None  # names joined by "; "
    countries: str | None  # ISO codes joined by "; ", "" for an unknown one
    initiator: str | None
    paragraphs: int
    sentences: int
    end_marker: str | None


class StatementRow(TypedDict):
    """One sentence of a readout's body, the lead included, with who says it."""

    source: str | None
    index: int
    paragraph: int
    sentence: int
    speaker: str | None  # a participant's name, "both", or None for narration
    speaker_country: str | None
    cue: str | None
    text: str


READOUT_COLUMNS: tuple[str, ...] = tuple(ReadoutRow.__annotations__)
STATEMENT_COLUMNS: tuple[str, ...] = tuple(StatementRow.__annotations__)


def _readouts(items: Iterable[Readout | Item]) -> Iterator[tuple[str | None, int, Readout]]:
    """(source, index, readout) for each readout; items that could not be read are left out."""
    for position, item in enumerate(items):
        if isinstance(item, Readout):
            yield None, position, item
        elif item.readout is not None:
            yield item.source, item.index, item.readout


def readout_rows(items: Iterable[Readout | Item], /) -> Iterator[ReadoutRow]:
    """One row per readout (items that could not be read are left out).

    >>> from readout import parse
    >>> r = parse("Beijing, 10 Oct (ZXS) -- Wang Yi met with US Secretary of State Antony Blinken.")
    >>> row = next(readout_rows([r]))
    >>> row["agency"], row["dateline_date"], row["participants"], row["countries"]
    ('ZXS', '--10-10', 'Wang Yi; Antony Blinken', 'CN; US')
    """
    for source, index, r in _readouts(items):
        dateline, call = r.dateline, r.call
        people = () if call is None else call.participants
        yield ReadoutRow(
            source=source,
            index=index,
            format=r.format,
            headline=r.headline,
            place=None if dateline is None else dateline.place,
            agency=None if dateline is None else dateline.agency,
            dateline_date=_iso(None if dateline is None else dateline.date),
            call_kind=None if call is None else call.kind.value,
            call_date=_iso(None if call is None else call.date),
            participants=None if call is None else "; ".join(p.name for p in people),
            countries=None if call is None else "; ".join(p.country or "" for p in people),
            initiator=None if call is None or call.initiator is None else call.initiator.name,
            paragraphs=len(r.paragraphs),
            sentences=sum(len(p.sentences) for p in r.paragraphs),
            end_marker=r.end_marker,
        )


def _iso(d: PartialDate | None) -> str | None:
    return None if d is None else d.isoformat()


def statement_rows(items: Iterable[Readout | Item], /) -> Iterator[StatementRow]:
    """One row per sentence of each readout, in reading order.

    >>> from readout import parse
    >>> r = parse("Beijing, 10 Oct (ZXS) -- Wang Yi met with US Secretary of State "
    ...           "Antony Blinken. Blinken said that talks help.")
    >>> [(row["sentence"], row["speaker"], row["cue"]) for row in statement_rows([r])]
    [(0, None, None), (1, 'Antony Blinken', 'said that')]
    """
    for source, index, r in _readouts(items):
        for i, paragraph in enumerate(r.paragraphs):
            for j, sentence in enumerate(paragraph.sentences):
                name, country = _speaker(sentence)
                yield StatementRow(
                    source=source,
                    index=index,
                    paragraph=i,
                    sentence=j,
                    speaker=name,
                    speaker_country=country,
                    cue=sentence.cue,
                    text=sentence.text,
                )


def _speaker(sentence: Sentence) -> tuple[str | None, str | None]:
    speaker = sentence.speaker
    if isinstance(speaker, Participant):
        return speaker.name, speaker.country
    return ("both" if speaker is Side.BOTH else None), None


def to_dataframe(
    items: Iterable[Readout | Item], /, *, per: Literal["readout", "statement"] = "readout"
) -> pandas.DataFrame:
    """A pandas DataFrame of :func:`readout_rows` (``per="readout"``) or :func:`statement_rows`.

    Needs pandas (``pip install 'diplomatic-readout[pandas]'``); raises
    ImportError saying so when it is missing.
    """
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            "to_dataframe needs pandas: pip install 'diplomatic-readout[pandas]'"
        ) from e
    if per == "readout":
        rows: list[Any] = list(readout_rows(items))
        columns = READOUT_COLUMNS
    elif per == "statement":
        rows = list(statement_rows(items))
        columns = STATEMENT_COLUMNS
    else:
        raise ValueError(f"per must be 'readout' or 'statement', not {per!r}")
    return pandas.DataFrame.from_records(rows, columns=list(columns))
