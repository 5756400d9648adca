"""Parse throughput on a generated corpus of 10 MB or more, against one pass of a dateline regex.

Run on demand from the repository root::

    python benchmarks/bench_parse.py              # 10 MB, 3 rounds
    python benchmarks/bench_parse.py --mb 20 --rounds 5
    python benchmarks/bench_parse.py --with-corpus  # also varied copies of $READOUT_CORPUS

The corpus (see ``benchmarks/_corpus.py``) is one feed: the texts one after
another, parted by separator lines. Each round times, one after another so
that they see the same load:

- ``regex``: one pass of a compiled, anchored (``^`` per line) dateline pattern
  with ``re.finditer`` over the whole feed, the floor of any reading;
- ``full``: ``list(readout.iter_parse(feed, separator=...))``: splitting, the
  structure, the call and the speakers of every readout;
- ``structure``: the same with ``structure_only=True``;
- ``dates``: every dateline date of the feed read by
  ``readout.parser.dateline.read_date``, against ``bare``: the same strings
  through one ``fullmatch`` of a bare day-month / month-day pattern and a dict
  lookup of the month.

It prints the throughput of each and the ratios, each the median of the
rounds' own ratios. Targets: full parse at least 20% of the regex pass (a
ratio of 0.20 or more), dates at most 2x the bare regex plus lookup.
"""

from __future__ import annotations

import argparse
import gc
import re
import statistics
import sys
import time
from collections.abc import Callable
from typing import Final

from _corpus import SEPARATOR, feed, mixed

import readout
from readout.parser.dateline import read_date

# A dateline at the start of a line: "Beijing, 10 Oct (ZXS) --", "MOSCOW, August 7. /TASS/.".
DATELINE: Final = re.compile(
    r"^[A-Z][^\n,()/:]{0,59}, [^\n()/]{1,40}?[ \t]*(?:\([A-Za-z][A-Za-z-]{0,20}\)[ \t]*"
    r"(?:--|\u2014|\u2013)|/[A-Za-z][A-Za-z-]{0,20}/)",
    re.MULTILINE,
)
# The date of a dateline, as simply as it can be read.
_BARE: Final = re.compile(
    r"(?:(\d{1,2}) ([A-Za-z]{3,9})|([A-Za-z]{3,9})\.? (\d{1,2}))\.?(?:,? (\d{4}))?", re.ASCII
)
_MONTHS: Final = {
    name: n
    for n, full in enumerate(
        "january february march april may june july august september october november "
        "december".split(),
        start=1,
    )
    for name in (full, full[:3], full[:4])
}


def _bare_date(text: str) -> tuple[int | None, int, int] | None:
    m = _BARE.fullmatch(text)
    if m is None:
        return None
    day, month = (m[1], m[2]) if m[1] else (m[4], m[3])
    return (int(m[5]) if m[5] else None, _MONTHS[month.lower()], int(day))


def _timed(run: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    options.add_argument("--rounds", type=int, default=3, help="timed rounds (default 3)")
    options.add_argument("--with-corpus", action="store_true", help="vary $READOUT_CORPUS too")
    args = options.parse_args(argv)
    texts = mixed(int(args.mb * 1_000_000), seed=1, with_corpus=args.with_corpus)
    text = feed(texts)
    size = len(text.encode("utf-8"))
    items = list(readout.iter_parse(text, separator=SEPARATOR))
    dates = [
        i.readout.dateline.source.split(",", 1)[1].split("(")[0].split("/")[0].strip()
        for i in items
        if i.readout and i.readout.dateline and i.readout.dateline.source
    ]
    dates = [d for d in dates if _bare_date(d) is not None] * 20
    errors = sum(i.error is not None for i in items)
    print(f"corpus: {len(texts)} texts, {size / 1e6:.1f} MB, {errors} not readouts")
    print(f"dateline dates: {len(dates)} (those the bare pattern reads, 20 times over)\n")

    def regex() -> object:
        return sum(1 for _ in DATELINE.finditer(text))

    def full() -> object:
        return list(readout.iter_parse(text, separator=SEPARATOR))

    def structure() -> object:
        return list(readout.iter_parse(text, separator=SEPARATOR, structure_only=True))

    runs: dict[str, Callable[[], object]] = {
        "regex": regex,
        "full": full,
        "structure": structure,
        "dates": lambda: [read_date(d) for d in dates],
        "dates-uncached": lambda: [read_date.__wrapped__(d) for d in dates],
        "bare": lambda: [_bare_date(d) for d in dates],
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, run in runs.items():
            times[name].append(_timed(run))
    _report(times, size, len(dates))
    return 0


def _report(times: dict[str, list[float]], size: int, dates: int) -> None:
    best = {name: min(t) for name, t in times.items()}
    for name in ("regex", "full", "structure"):
        print(f"{name:10} {best[name]:8.3f} s  {size / best[name] / 1e6:8.2f} MB/s  (best round)")
    for name in ("dates", "dates-uncached", "bare"):
        print(f"{name:14} {best[name]:8.3f} s  {best[name] / dates * 1e6:8.3f} us per date")

    def ratio(a: str, b: str) -> float:
        return statistics.median(x / y for x, y in zip(times[a], times[b], strict=True))

    print()
    print(
        f"full parse throughput / regex pass:      {ratio('regex', 'full'):.4f}  (target >= 0.20)"
    )
    print(f"structure-only throughput / regex pass:  {ratio('regex', 'structure'):.4f}")
    print(f"dates: read_date time / bare regex+dict: {ratio('dates', 'bare'):.2f}  (target <= 2)")
    print(
        "dates, nothing kept (read_date.__wrapped__) / bare regex+dict: "
        f"{ratio('dates-uncached', 'bare'):.2f}"
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
