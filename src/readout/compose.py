"""Meaning -> Readout: compose a readout from a call and who said what.

The composed text follows the canonical ZXS templates, which the parser reads
back to the same meaning::

    lead      = HOST [", " HOST-TITLE ","] VERB [GUEST-TITLE " "] GUEST [" on " DATE] [REQUEST] "."
    VERB      = "had a telephone conversation with" / "held a video call with" / "met with"
    REQUEST   = " at the latter's request" (the guest asked) / " at the request of the former"
    statement = SPEAKER " " CUE " " CONTENT   ; "Wang Yi said that ...", "The two sides agreed ..."
              / CONTENT                      ; no cue: narration, or the speaker before goes on

The host's title is written after the name, between commas; the guest's title
before the name, so it should be made of title words ("US Secretary of State").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from readout.dates import MONTH_NAMES
from readout.model import (
    Call,
    CallKind,
    Dateline,
    Paragraph,
    PartialDate,
    Participant,
    Readout,
    Sentence,
    Side,
    Speaker,
)

__all__ = ["Statement", "compose", "lead_sentence"]

_VERBS: Final = {
    CallKind.TELEPHONE: "had a telephone conversation with",
    CallKind.VIDEO: "held a video call with",
    CallKind.MEETING: "met with",
}
_JOINT_SUBJECT: Final = "The two sides"


@attrs.frozen
class Statement:
    """One sentence to compose: who says it, the reporting phrase, and what is said.

    With a ``cue``, the sentence is ``"<speaker> <cue> <content>"``: "Wang Yi"
    ``said that`` "China opposes ...". Without one, ``content`` is the whole
    sentence, and its speaker is whoever spoke before it in the paragraph
    (``None`` at the start of a paragraph).
    """

    content: str
    speaker: Speaker = None
    cue: str | None = None


def compose(
    call: Call,
    paragraphs: Sequence[Sequence[Statement]] = (),
    *,
    dateline: Dateline | None = None,
    headline: str | None = None,
    end_marker: str | None = None,
) -> Readout:
    """Compose a readout: the lead paragraph names the call, then the statements.

    ``paragraphs[0]`` continues the lead paragraph; each further sequence is a
    paragraph of its own. Raises ValueError for a statement the parser could
    not read back the same way (a cue-less statement whose speaker is not the
    one before it, a speaker without a cue).

    >>> from readout import render
    >>> wang = Participant("Wang Yi", "Chinese Foreign Minister", "CN")
    >>> blinken = Participant("Antony Blinken", "US Secretary of State", "US")
    >>> call = Call(CallKind.TELEPHONE, PartialDate(None, 10, 14), (wang, blinken), blinken)
    >>> said = Statement("China opposes all acts that harm civilians.", wang, "said")
    >>> beijing = Dateline("Beijing", PartialDate(None, 10, 14), "ZXS")
    >>> r = compose(call, [[], [said]], dateline=beijing)
    >>> print(render(r).replace(", had", ",\\nhad").replace(" on 14", "\\non 14"))
    Beijing, 14 Oct (ZXS) -- Wang Yi, Chinese Foreign Minister,
    had a telephone conversation with US Secretary of State Antony Blinken
    on 14 October at the latter's request.
    <BLANKLINE>
    Wang Yi said China opposes all acts that harm civilians.
    <BLANKLINE>
    """
    lead = Sentence(lead_sentence(call))
    groups = [list(p) for p in paragraphs] or [[]]
    body = [_paragraph([lead], groups[0]), *(_paragraph([], g) for g in groups[1:])]
    return Readout(
        headline=headline,
        dateline=dateline,
        call=call,
        paragraphs=body,
        end_marker=end_marker,
    )


def lead_sentence(call: Call) -> str:
    """The canonical lead for a call with two participants (host, guest)."""
    if len(call.participants) != 2:
        raise ValueError("the canonical lead names exactly two participants")
    host, guest = call.participants
    host_part = host.name if host.title is None else f"{host.name}, {host.title},"
    guest_part = guest.name if guest.title is None else f"{guest.title} {guest.name}"
    date = "" if call.date is None else f" on {_date(call.date)}"
    return f"{host_part} {_VERBS[call.kind]} {guest_part}{date}{_request(call)}."


def _date(date: PartialDate) -> str:
    year = "" if date.year is None else f" {date.year:04d}"  # the parser reads four digits
    return f"{date.day} {MONTH_NAMES[date.month - 1]}{year}"


def _request(call: Call) -> str:
    if call.initiator is None:
        return ""
    if call.initiator == call.participants[1]:
        return " at the latter's request"
    return " at the request of the former"


def _paragraph(start: list[Sentence], statements: list[Statement]) -> Paragraph:
    sentences = list(start)
    previous: Speaker = None
    for statement in statements:
        sentences.append(_sentence(statement, previous))
        previous = sentences[-1].speaker
    return Paragraph(sentences)


def _sentence(statement: Statement, previous: Speaker) -> Sentence:
    if statement.cue is None:
        if statement.speaker != previous:
            raise ValueError(
                f"a statement without a cue continues the speaker before it ({previous!r}), "
                f"not {statement.speaker!r}: {statement.content!r}"
            )
        return Sentence(statement.content, statement.speaker)
    if statement.speaker is None:
        raise ValueError(f"a cue needs a speaker: {statement.cue!r}")
    subject = _JOINT_SUBJECT if statement.speaker is Side.BOTH else _name(statement.speaker)
    text = f"{subject} {statement.cue} {statement.content}"
    return Sentence(text, statement.speaker, statement.cue)


def _name(speaker: Participant | Side) -> str:
    assert isinstance(speaker, Participant)
    return speaker.name
