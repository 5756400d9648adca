"""Compare two sides' readouts of one call and write the HTML report.

usage: python examples/compare_sides.py [OUT.html]

The Chinese side's readout is the bundled seed (a ZXS dispatch); the American
side's is a State Department readout of the same call written for this
project. The script prints what the comparison found and writes the
side-by-side report (a self-contained HTML page) to OUT.html, by default
``comparison.html`` in the current folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import readout
from readout.compare import compare

DATA = Path(__file__).parent / "data"


def read(name: str) -> readout.Readout:
    return readout.parse((DATA / name).read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("comparison.html")
    chinese = read("seed_zxs_wangyi-blinken.txt")
    american = read("state_blinken-wangyi.txt")
    comparison = compare(chinese, american)
    print(f"same call: {'yes' if comparison.same_call else 'no'}")
    for reason in comparison.evidence:
        print(f"  - {reason}")
    for change in comparison.changes:
        print(f"differs: {change.path}: {change.left!r} / {change.right!r}")
    print(f"sentences only in the Chinese readout: {len(comparison.left_only)}")
    print(f"sentences only in the American readout: {len(comparison.right_only)}")
    out.write_text(comparison.to_html(), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
