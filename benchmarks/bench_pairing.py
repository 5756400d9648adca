"""Pairing readouts of the same call: blocking against comparing all pairs.

Run on demand from the repository root::

    python benchmarks/bench_pairing.py                    # 10,000 readouts, check on 1,500
    python benchmarks/bench_pairing.py --readouts 20000 --check 3000 --sample 300000

The readouts are those of :mod:`readout.corpus.synthetic`: made-up calls
among 400 officials over twenty years, each reported by two or three
publishers (a dispatch, a web readout, sometimes a second agency a day late).

1. ``pair(readouts)`` on all of them, timed.
2. All pairs, the baseline, judged by the same verdict (``same_call``: the
   calls decide, the whole ``compare`` runs where they do not). Comparing
   all ~50 million pairs of 10,000 readouts takes long, so its time is the
   mean time of a uniform random sample of ``--sample`` pairs times the
   number of pairs; the same sample also times ``compare(a, b).same_call``,
   the whole comparison on every pair, for scale.
3. Same pairs: on the first ``--check`` readouts, every pair is judged for
   real and the pairs found must equal what ``pair`` finds on them (both
   timed, a ratio measured in full); and on all the readouts, ``pair``
   must find every pair of readouts of one generated call.

Target: pairing 10,000 readouts at least 10 times faster than all pairs,
finding the same pairs.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time

from readout import compare
from readout.corpus import pair, same_call
from readout.corpus.synthetic import reported_calls


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--readouts", type=int, default=10_000, help="readouts (default 10,000)")
    options.add_argument("--check", type=int, default=1500, help="all pairs for real on these")
    options.add_argument("--sample", type=int, default=200_000, help="pairs timed for the estimate")
    args = options.parse_args(argv)
    generated = list(itertools.islice(reported_calls(args.readouts, seed=3), args.readouts))
    readouts = [g.readout for g in generated]
    n = len(readouts)
    print(f"readouts: {n} of {generated[-1].call_id + 1} calls")

    start = time.perf_counter()
    found = pair(readouts)
    blocked = time.perf_counter() - start
    print(f"pair():                      {blocked:9.2f} s, {len(found)} pairs")

    truth = {
        (i, j)
        for _, group in itertools.groupby(range(n), key=lambda k: generated[k].call_id)
        for i, j in itertools.combinations(list(group), 2)
    }
    missed = truth - set(found)
    print(f"generated same-call pairs found: {len(truth) - len(missed)}/{len(truth)}")

    total = n * (n - 1) // 2
    rng = random.Random(0)
    sample = [tuple(rng.sample(range(n), 2)) for _ in range(args.sample)]
    start = time.perf_counter()
    for i, j in sample:
        same_call(readouts[i], readouts[j])
    per_pair = (time.perf_counter() - start) / len(sample)
    start = time.perf_counter()
    for i, j in sample[:2000]:
        compare(readouts[i], readouts[j]).same_call  # noqa: B018 - the time is the point
    per_compare = (time.perf_counter() - start) / min(2000, len(sample))
    estimate = per_pair * total
    print(
        f"all pairs, same_call:        {estimate:9.0f} s  (estimated: {total} pairs x "
        f"{per_pair * 1e6:.1f} us, mean of {len(sample)} random pairs)"
    )
    print(
        f"all pairs, compare():        {per_compare * total:9.0f} s  (estimated: "
        f"{per_compare * 1e3:.2f} ms per pair, mean of 2000)"
    )

    small = readouts[: args.check]
    start = time.perf_counter()
    small_found = pair(small)
    small_blocked = time.perf_counter() - start
    start = time.perf_counter()
    every = tuple(
        (i, j)
        for i, j in itertools.combinations(range(len(small)), 2)
        if same_call(small[i], small[j])
    )
    small_all = time.perf_counter() - start
    same = small_found == every
    print(
        f"\non the first {len(small)}: pair() {small_blocked:.2f} s, all pairs "
        f"{small_all:.2f} s (measured), {len(every)} pairs, the same pairs: {same}"
    )
    print(f"  ratio (measured, {len(small)} readouts): {small_all / small_blocked:.1f}x")
    print(
        f"\nratio, {n} readouts, all pairs (same_call) / pair(): {estimate / blocked:.0f}x "
        f"(target >= 10)"
    )
    print(
        f"ratio, {n} readouts, all pairs (compare()) / pair(): {per_compare * total / blocked:.0f}x"
    )
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
