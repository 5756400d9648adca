"""Fuzz the parser: parse -> render -> parse, and parse -> JSON -> render, on hostile text.

For every input, ``parse`` must return a Readout or raise ParseError (nothing else); a
ParseError must point into the folded text; a Readout must render back to the text byte
for byte, parse back from its rendering, and go through JSON and back unchanged. The
inputs are ``tests/hostile.py``'s ``hostile_texts()``.

    python fuzz/fuzz_parse.py --examples 20000 [--seed 1]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from _run import arguments, fuzz

from hostile import check_parse, hostile_texts


def main(argv: Sequence[str] | None = None) -> int:
    """Fuzz ``readout.parse``; exit status 1 when an input breaks a property."""
    args = arguments(__doc__.split("\n\n")[0] if __doc__ else "", argv)
    return fuzz("parse", hostile_texts(), check_parse, args)


if __name__ == "__main__":
    sys.exit(main())
