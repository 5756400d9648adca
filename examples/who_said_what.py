"""Parse a readout and print who said what.

usage: python examples/who_said_what.py [FILE]

FILE defaults to the bundled seed, a ZXS dispatch of Wang Yi's call with
Antony Blinken on 14 October 2023. The first lines say what the lead reports
(the kind of call, its date, the participants, who asked for it); then comes
one line per sentence of the body: the speaker, the reporting phrase that
names them, and the start of the sentence.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import readout

SEED = Path(__file__).parent / "data" / "seed_zxs_wangyi-blinken.txt"


def describe_call(r: readout.Readout) -> str:
    """One line on the call: "telephone call on 14 Oct: Wang Yi (CN), Antony Blinken (US)"."""
    if r.call is None:
        return "no call could be read from the lead"
    people = ", ".join(f"{p.name} ({p.country or '?'})" for p in r.call.participants)
    when = "" if r.call.date is None else f" on {r.call.date}"
    asked = "" if r.call.initiator is None else f"; {r.call.initiator.name} asked for it"
    return f"{r.call.kind.value} call{when}: {people}{asked}"


def speaker_name(speaker: readout.Participant | readout.Side | None) -> str:
    if speaker is None:
        return "(narration)"
    if isinstance(speaker, readout.Side):
        return "(both sides)"
    return speaker.name


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else SEED
    r = readout.parse(path.read_text(encoding="utf-8"))
    print(describe_call(r))
    if r.dateline is not None:
        print(f"dateline: {r.dateline.place}, {r.dateline.date} ({r.dateline.agency})")
    print()
    for number, paragraph in enumerate(r.paragraphs):
        for sentence in paragraph.sentences[1 if number == 0 else 0 :]:  # skip the lead
            who = speaker_name(sentence.speaker)
            cue = sentence.cue or "-"
            print(f"{number:>2} {who:<18} {cue:<18} {textwrap.shorten(sentence.text, 60)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
