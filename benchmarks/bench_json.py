"""The JSON round trip of the record against msgspec and pydantic v2 models of the same record.

Run on demand from the repository root, with the ``bench`` extra installed::

    pip install -e '.[bench]'
    python benchmarks/bench_json.py                 # 2,000 records, 7 rounds
    python benchmarks/bench_json.py --records 5000 --rounds 11

The records are readouts of a generated corpus (``benchmarks/_corpus.py``),
each parsed once. The other libraries' models are in ``benchmarks/_records.py``:
the same keys, types and rules. Before timing, the script checks that each
library reads every record that readout writes, and writes records that
readout reads back to the same readouts.

A round trip is writing the JSON text and reading it back into objects:

- ``readout``: ``from_json(to_json(r))``, the tuned path;
- ``converter``: the same through the cattrs converter alone, as before the
  tuning (``json.dumps(to_dict(r))``, then the strict loader and
  ``converter.structure``), for reference;
- ``pydantic``: ``Model.model_validate_json(m.model_dump_json())``;
- ``msgspec``: ``decoder.decode(encoder.encode(m))``.

Rounds interleave the four, so that they see the same load; each ratio is the
median of the rounds' own ratios. ``--no-gc`` turns the garbage collector off
while a round trip runs (as ``bench_compare.py`` does): with it on, its passes
over the objects alive at the time (the thousands of records) count too, and
they weigh more on the libraries that make more objects. Target: readout no
slower than pydantic (a ratio of 1 or less).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable

import msgspec
from _corpus import mixed
from _records import MReadout, PReadout, pydantic_version

import readout
from readout import serialize
from readout.model import Readout


def _untuned_to_json(r: Readout) -> str:
    return json.dumps(serialize.to_dict(r), ensure_ascii=False, allow_nan=False)


def _untuned_from_json(text: str) -> Readout:
    value = serialize._loads(text)
    return serialize.converter.structure(value, Readout)


def _timed(run: Callable[[], object], *, collect: bool) -> float:
    gc.collect()
    if not collect:
        gc.disable()
    try:
        start = time.perf_counter()
        run()
        return time.perf_counter() - start
    finally:
        gc.enable()


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--records", type=int, default=2000, help="records (default 2000)")
    options.add_argument("--rounds", type=int, default=7, help="timed rounds (default 7)")
    options.add_argument("--no-gc", action="store_true", help="no garbage collection in a run")
    args = options.parse_args(argv)
    texts = mixed(count=args.records, seed=2)
    readouts = [readout.parse(t) for t in texts]
    records = [readout.to_json(r) for r in readouts]
    decoder, encoder = msgspec.json.Decoder(MReadout), msgspec.json.Encoder()
    models = [PReadout.model_validate_json(j) for j in records]
    structs = [decoder.decode(j) for j in records]
    _check(readouts, records, models, structs, encoder)

    runs: dict[str, Callable[[], object]] = {
        "readout": lambda: [readout.from_json(readout.to_json(r)) for r in readouts],
        "converter": lambda: [_untuned_from_json(_untuned_to_json(r)) for r in readouts],
        "pydantic": lambda: [PReadout.model_validate_json(m.model_dump_json()) for m in models],
        "msgspec": lambda: [decoder.decode(encoder.encode(s)) for s in structs],
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, run in runs.items():
            times[name].append(_timed(run, collect=not args.no_gc))
    size = sum(map(len, records)) / len(records)
    print(f"records: {len(records)}, {size:.0f} characters of JSON each on average")
    print(f"pydantic {pydantic_version()}, msgspec {msgspec.__version__}")
    print(f"garbage collection during a round trip: {'off' if args.no_gc else 'on'}\n")
    for name, t in times.items():
        print(f"{name:10} {statistics.median(t) / len(records) * 1e6:8.1f} us per round trip")
    print()
    for name in ("converter", "pydantic", "msgspec"):
        ratio = statistics.median(a / b for a, b in zip(times["readout"], times[name], strict=True))
        print(f"readout / {name:10} {ratio:.2f}")
    print("(target: readout / pydantic <= 1)")
    return 0


def _check(
    readouts: list[Readout],
    records: list[str],
    models: list[PReadout],
    structs: list[MReadout],
    encoder: msgspec.json.Encoder,
) -> None:
    """Each library reads what readout writes, and writes what readout reads back the same."""
    for r, record, model, struct in zip(readouts, records, models, structs, strict=True):
        assert readout.from_json(record) == r
        assert readout.from_json(model.model_dump_json(exclude_defaults=True)) == r
        assert readout.from_json(encoder.encode(struct)) == r


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
