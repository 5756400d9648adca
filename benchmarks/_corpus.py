"""Generated corpora for the benchmarks: the project's own texts, varied, and synthetic calls.

Two sources, mixed half and half by size:

- the readouts in ``examples/data`` (written for the project), each copy with
  other made-up names for the officials and another day in its dateline, so
  that no two copies are the same text and the parser's caches of words see
  new names as they would in an archive;
- :mod:`readout.corpus.synthetic`: made-up calls in the canonical templates.

Nothing is copied from ``$READOUT_CORPUS``; ``--with-corpus`` in the scripts
that take it adds, at run time, varied copies of the corpus texts found there.
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from readout.corpus.synthetic import officials, texts

ROOT: Final = Path(__file__).resolve().parent.parent
EXAMPLES: Final = ROOT / "examples" / "data"
# The people of the example texts: full names first, so that "Wang Yi" goes before "Wang".
_PEOPLE: Final = ("Antony J. Blinken", "Antony Blinken", "Sergey Lavrov", "Wang Yi")
_SURNAMES: Final = {"Blinken": "Antony Blinken", "Lavrov": "Sergey Lavrov"}
_DAY: Final = re.compile(r"^(\w[^,\n]{0,40}, (?:[A-Z][a-z]+\.? )?)(\d{1,2})\b", re.MULTILINE)


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def templates(with_corpus: bool = False) -> list[str]:
    """The texts to vary: examples/data, and the corpus at $READOUT_CORPUS when asked."""
    found = [_read(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    if with_corpus:
        corpus = Path(os.environ.get("READOUT_CORPUS", ROOT.parent / "shared" / "corpus"))
        found += [_read(p) for p in sorted(corpus.glob("*.txt"))]
    return found


def varied(template: str, rng: random.Random) -> str:
    """A copy of a text with other names for its officials and another day in its dateline."""
    people = officials(len(_PEOPLE), rng)
    names = {old: new.participant.name for old, new in zip(_PEOPLE, people, strict=True)}
    for surname, full in _SURNAMES.items():
        names[surname] = names[full].split()[-1]
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    text = pattern.sub(lambda m: names[m.group()], template)
    return _DAY.sub(lambda m: f"{m.group(1)}{rng.randint(1, 28)}", text, count=1)


def mixed(chars: int = 0, *, count: int = 0, seed: int = 0, with_corpus: bool = False) -> list[str]:
    """At least ``count`` texts adding up to ``chars`` characters: varied texts, synthetic calls."""
    rng = random.Random(seed)
    bases = templates(with_corpus)
    synthetic = _synthetic(seed)
    out: list[str] = []
    total = 0
    while total < chars or len(out) < count:
        text = varied(rng.choice(bases), rng) if len(out) % 2 == 0 else next(synthetic)
        out.append(text)
        total += len(text)
    return out


def _synthetic(seed: int) -> Iterator[str]:
    while True:
        yield from texts(1000, seed=seed)
        seed += 1


def feed(texts_: list[str]) -> str:
    """The texts one after another as a feed holds them, parted by a separator line."""
    return "\n* * *\n".join(t.rstrip("\n") for t in texts_) + "\n"


SEPARATOR: Final = "* * *"
