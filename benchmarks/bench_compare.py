"""The cost of a comparison against one word-level difflib pass over the same two texts.

Run on demand from the repository root::

    python benchmarks/bench_compare.py              # the seed against the State Department
    python benchmarks/bench_compare.py --runs 3000  # more runs, steadier numbers

The two texts are the seed (the ZXS dispatch) and the State Department readout of the
same call, read from $READOUT_CORPUS (default ../shared/corpus), or from examples/data
when the corpus is absent. Both are parsed once, outside the timing. Each run then times
``readout.compare(left, right)`` and, interleaved with it so that both see the same load,
``difflib.SequenceMatcher(None, a.split(), b.split()).get_opcodes()`` over the two texts.

Three kinds of comparison runs are timed: *warm*, with both readouts read before (each
readout's text is read once and kept, as when pairing compares it with several others);
*fresh*, two readouts not read before but their words known (as in any session that
compares more than one pair); and *cold*, with every cache emptied before each run. The
script prints the median and the best time of each, and their ratios to difflib; its last
lines are the median of each run's own ratio (a comparison over the difflib pass just
before it), which a busy machine disturbs least. The goal is a ratio of at most 1; the
fresh runs, two readouts compared for the first time, are its fair measure.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

import readout
from readout.compare import tokens
from readout.parser.meaning import read_meaning

ROOT: Final = Path(__file__).resolve().parent.parent
SEED: Final = "2023-10-14_zxs_wangyi-blinken.txt"
STATE: Final = "2023-10-14_state_blinken-wangyi.txt"


def texts() -> tuple[str, str, str]:
    """The seed and the State Department readout, and where the latter came from."""
    corpus = Path(os.environ.get("READOUT_CORPUS", ROOT.parent / "shared" / "corpus"))
    if (corpus / STATE).is_file():
        return _read(corpus / SEED), _read(corpus / STATE), str(corpus / STATE)
    state = ROOT / "examples" / "data" / "state_blinken-wangyi.txt"
    seed = ROOT / "examples" / "data" / "seed_zxs_wangyi-blinken.txt"
    return _read(seed), _read(state), f"{state} (corpus not found at {corpus})"


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def _time(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=1000, help="timed runs of each (default 1000)")
    options.add_argument(
        "--pair-runs", type=int, default=100, help="timed runs of each corpus pair (default 100)"
    )
    args = options.parse_args(argv)
    left_text, right_text, source = texts()
    left = read_meaning(readout.parse(left_text))
    right = read_meaning(readout.parse(right_text))
    a, b = left_text.split(), right_text.split()

    def difflib_pass() -> object:
        return difflib.SequenceMatcher(None, a, b).get_opcodes()

    def compare() -> object:
        return readout.compare(left, right)

    compare()  # imports the comparison machinery and learns the words
    times: dict[str, list[float]] = {"difflib": [], "warm": [], "fresh": [], "cold": []}
    gc.disable()
    try:
        for _ in range(args.runs):
            times["difflib"].append(_time(difflib_pass))
            times["warm"].append(_time(compare))
            tokens.read_sentences.cache_clear()
            times["fresh"].append(_time(compare))
            tokens.forget()
            times["cold"].append(_time(compare))
    finally:
        gc.enable()
    _report(times, source, len(a), len(b), args.runs)
    _corpus_pairs(args.pair_runs)
    return 0


def _fresh_ratio(
    left: readout.Readout, right: readout.Readout, a: list[str], b: list[str], runs: int
) -> float:
    """The median over ``runs`` of a fresh comparison's time over the difflib pass before it."""
    readout.compare(left, right)  # the words known
    ratios = []
    for _ in range(runs):
        base = _time(lambda: difflib.SequenceMatcher(None, a, b).get_opcodes())
        tokens.read_sentences.cache_clear()
        ratios.append(_time(lambda: readout.compare(left, right)) / base)
    return statistics.median(ratios)


def _corpus_pairs(runs: int) -> None:
    """Fresh comparisons of every pair in the corpus's pairs.json, each over its difflib pass."""
    corpus = Path(os.environ.get("READOUT_CORPUS", ROOT.parent / "shared" / "corpus"))
    if not (corpus / "pairs.json").is_file():
        print(f"\nno pairs.json at {corpus}: corpus pairs not timed")
        return
    listed = json.loads((corpus / "pairs.json").read_text(encoding="utf-8"))
    rows = []
    gc.disable()
    try:
        for a_name, b_name in listed["same_call"] + listed["different_call"]:
            a_text, b_text = _read(corpus / a_name), _read(corpus / b_name)
            left = read_meaning(readout.parse(a_text))
            right = read_meaning(readout.parse(b_text))
            ratio = _fresh_ratio(left, right, a_text.split(), b_text.split(), runs)
            rows.append((ratio, (len(a_text) + len(b_text)) / 2))
    finally:
        gc.enable()
    print(f"\ncorpus pairs ({len(rows)}), new readouts, words known: compare / difflib")
    for label, keep in (
        ("all pairs", lambda size: True),
        ("both about 1 kB (mean size up to 1.5 kB)", lambda size: size <= 1500),
        ("longer (mean size over 1.5 kB)", lambda size: size > 1500),
    ):
        chosen = sorted(r for r, size in rows if keep(size))
        if chosen:
            print(
                f"  {label:42} median {statistics.median(chosen):.2f}, "
                f"largest {chosen[-1]:.2f} ({len(chosen)} pairs)"
            )


def _report(
    times: dict[str, list[float]], source: str, words_a: int, words_b: int, runs: int
) -> None:
    print(f"left:  {SEED} ({words_a} words)")
    print(f"right: {source} ({words_b} words)")
    print(f"runs:  {runs} of each, interleaved\n")
    base_median = statistics.median(times["difflib"])
    base_best = min(times["difflib"])
    print(f"{'':34}{'median':>10}{'best':>10}{'ratio (median)':>16}{'ratio (best)':>14}")
    for name, label in (
        ("difflib", "difflib word-level get_opcodes"),
        ("warm", "readout.compare, both read before"),
        ("fresh", "readout.compare, new readouts"),
        ("cold", "readout.compare, nothing known"),
    ):
        median, best = statistics.median(times[name]), min(times[name])
        print(
            f"{label:34}{median * 1e3:>8.3f}ms{best * 1e3:>8.3f}ms"
            f"{median / base_median:>16.2f}{best / base_best:>14.2f}"
        )
    # Each run's own ratio, compare over the difflib pass just before it: steady under load.
    for name, label in (("warm", "both read before"), ("fresh", "new readouts, words known")):
        pairwise = statistics.median(
            w / d for w, d in zip(times[name], times["difflib"], strict=True)
        )
        print(f"ratio (median of each run's compare / difflib, {label}): {pairwise:.2f}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
