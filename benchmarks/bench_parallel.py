"""parse_many in several processes against one process.

Run on demand from the repository root::

    python benchmarks/bench_parallel.py                  # 4,000 texts, 2 workers, 3 rounds
    python benchmarks/bench_parallel.py --texts 8000 --workers 4

The texts are a generated corpus (``benchmarks/_corpus.py``). Each round
times ``list(parse_many(texts, workers=1))`` (parsing in this process, no
pool) and ``list(parse_many(texts, workers=N))`` (N processes in all: this
one, which parses too, and a new pool of N - 1 worker processes each time,
its start-up included), one after the other; the ratio is the median of the
rounds' own ratios. The machine's load average is printed: other work on the
cores lowers the ratio. Target: 2 workers (this process and one in a pool)
on 2 cores at least 1.7 times as fast as one process.
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import statistics
import sys
import time

from _corpus import mixed

from readout import parse_many, to_json


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--texts", type=int, default=4000, help="texts (default 4,000)")
    options.add_argument(
        "--workers", type=int, default=2, help="processes, this one included (default 2)"
    )
    options.add_argument("--rounds", type=int, default=3, help="timed rounds (default 3)")
    args = options.parse_args(argv)
    texts = mixed(count=args.texts, seed=4)
    size = sum(map(len, texts))
    print(
        f"texts: {len(texts)}, {size / 1e6:.1f} MB; cores: {os.cpu_count()}, "
        f"workers: {args.workers} (this process and {args.workers - 1} in a pool); "
        f"load average before: {os.getloadavg()[0]:.2f}"
    )
    one: list[float] = []
    many: list[float] = []
    for _ in range(args.rounds):
        for times, workers in ((one, 1), (many, args.workers)):
            gc.collect()
            start = time.perf_counter()
            results = list(parse_many(texts, workers=workers))
            times.append(time.perf_counter() - start)
    readouts = [r for r in results if not isinstance(r, Exception)]
    pickled = sum(len(pickle.dumps(r)) for r in readouts) / len(readouts)
    as_json = sum(len(to_json(r)) for r in readouts) / len(readouts)
    print(f"one process: {min(one):.2f} s ({size / min(one) / 1e6:.2f} MB/s, best round)")
    print(f"{args.workers} workers:   {min(many):.2f} s ({size / min(many) / 1e6:.2f} MB/s)")
    print(f"a readout pickles to {pickled:.0f} bytes on average ({as_json:.0f} as JSON)")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    ratio = statistics.median(a / b for a, b in zip(one, many, strict=True))
    print(f"\nspeed-up, {args.workers} workers / one process: {ratio:.2f}x (target >= 1.7)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
