"""What the fuzz targets share: the command line, and running a property many times."""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

# The strategies and properties live with the tests: tests/hostile.py.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hypothesis import HealthCheck, given, settings
from hypothesis.strategies import SearchStrategy

T = TypeVar("T")


def arguments(description: str, argv: Sequence[str] | None) -> argparse.Namespace:
    """``--examples N`` (default 20,000) and ``--seed S`` (default: a random one)."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--examples", type=int, default=20_000, help="inputs to try (20000)")
    p.add_argument("--seed", type=int, default=None, help="make the run repeatable")
    return p.parse_args(argv)


def fuzz(
    name: str,
    inputs: SearchStrategy[T],
    check: Callable[[T], Any],
    args: argparse.Namespace,
) -> int:
    """Run ``check`` on ``args.examples`` inputs; print a tally of outcomes; 1 on a failure.

    A failure (an assertion, or any exception ``check`` does not turn into an outcome) is
    shrunk by hypothesis to a small input and printed with the seed that finds it again.
    """
    outcomes: Counter[str] = Counter()

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        derandomize=False,
        print_blob=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(inputs)
    def target(value: T) -> None:
        outcomes[type(check(value)).__name__] += 1

    if args.seed is not None:
        target = _seeded(target, args.seed)
    start = time.perf_counter()
    try:
        target()
    except Exception as e:  # noqa: BLE001 - the failure is the report; hypothesis printed the input
        print(f"{name}: FAILED after {sum(outcomes.values())} inputs: {type(e).__name__}: {e}")
        return 1
    tally = ", ".join(f"{kind} {count}" for kind, count in sorted(outcomes.items()))
    elapsed = time.perf_counter() - start
    print(f"{name}: {sum(outcomes.values())} inputs in {elapsed:.0f} s, no failure ({tally})")
    return 0


def _seeded(target: Callable[[], None], seed: int) -> Callable[[], None]:
    from hypothesis import seed as hypothesis_seed

    seeded: Callable[[], None] = hypothesis_seed(seed)(target)
    return seeded
