"""Turn a folder of readouts into a table: one row per sentence, as CSV or JSON Lines.

usage: python examples/readouts_table.py [FOLDER] [--format csv|jsonl] [-o OUT]

FOLDER defaults to the bundled texts (examples/data); every ``*.txt`` in it is
read. Each row is one sentence of the body, with the columns of its readout
repeated (tidy data), ready for pandas::

    import pandas as pd
    df = pd.read_csv("readouts.csv")                    # --format csv
    df = pd.read_json("readouts.jsonl", lines=True)     # --format jsonl
    df.groupby(["file", "speaker"]).size()              # who says how much

Dates are ISO 8601; a date without a year is written ``--10-14``. A file
that is not a readout is reported on stderr and left out.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import readout

DATA = Path(__file__).parent / "data"

COLUMNS = (
    "file",
    "format",
    "agency",
    "dateline_date",
    "call_kind",
    "call_date",
    "participants",
    "initiator",
    "paragraph",
    "sentence",
    "speaker",
    "speaker_country",
    "cue",
    "text",
)

Row = dict[str, str | int | None]


def rows(name: str, r: readout.Readout) -> Iterator[Row]:
    """The rows of one readout: one per sentence, the lead included, in reading order."""
    call = r.call
    dateline = r.dateline
    common: Row = {
        "file": name,
        "format": r.format,
        "agency": None if dateline is None else dateline.agency,
        "dateline_date": None
        if dateline is None or dateline.date is None
        else dateline.date.isoformat(),
        "call_kind": None if call is None else call.kind.value,
        "call_date": None if call is None or call.date is None else call.date.isoformat(),
        "participants": None if call is None else "; ".join(p.name for p in call.participants),
        "initiator": None if call is None or call.initiator is None else call.initiator.name,
    }
    for i, paragraph in enumerate(r.paragraphs):
        for j, sentence in enumerate(paragraph.sentences):
            yield {
                **common,
                "paragraph": i,
                "sentence": j,
                **speaker_columns(sentence),
                "text": sentence.text,
            }


def speaker_columns(sentence: readout.Sentence) -> Row:
    speaker = sentence.speaker
    if isinstance(speaker, readout.Participant):
        return {"speaker": speaker.name, "speaker_country": speaker.country, "cue": sentence.cue}
    name = "both" if speaker is readout.Side.BOTH else None
    return {"speaker": name, "speaker_country": None, "cue": sentence.cue}


def table(folder: Path) -> Iterator[Row]:
    for path in sorted(folder.glob("*.txt")):
        try:
            r = readout.parse(path.read_text(encoding="utf-8"))
        except readout.ParseError as e:
            print(f"{path}:{e.lineno}:{e.colno}: skipped: {e.msg}", file=sys.stderr)
            continue
        yield from rows(path.name, r)


def write_csv(table_rows: Iterator[Row], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table_rows)


def write_jsonl(table_rows: Iterator[Row], out: TextIO) -> None:
    for row in table_rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="A folder of readouts as a table of sentences.")
    parser.add_argument("folder", nargs="?", type=Path, default=DATA)
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    args = parser.parse_args(argv)
    write = write_csv if args.format == "csv" else write_jsonl
    if args.output is None:
        write(table(args.folder), sys.stdout)
    else:
        with args.output.open("w", encoding="utf-8", newline="") as out:
            write(table(args.folder), out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
