"""Fuzz the JSON loader: from_json -> to_json -> from_json on hostile JSON.

For every input (str or bytes), ``from_json`` must return a Readout or raise DecodeError
with a JSON path (nothing else); a Readout loaded must give the same JSON text twice and
render like the readout it came from. The inputs are ``tests/hostile.py``'s
``hostile_json()``: records with a value of the wrong type, missing or extra keys, JSON
syntax spliced in, deep nesting, huge numbers, NaN, lone surrogates, invalid UTF-8.

    python fuzz/fuzz_json.py --examples 20000 [--seed 1]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from _run import arguments, fuzz

from hostile import check_json, hostile_json


def main(argv: Sequence[str] | None = None) -> int:
    """Fuzz ``readout.from_json``; exit status 1 when an input breaks a property."""
    args = arguments(__doc__.split("\n\n")[0] if __doc__ else "", argv)
    return fuzz("from_json", hostile_json(), check_json, args)


if __name__ == "__main__":
    sys.exit(main())
