"""Near-duplicates: re-published copies of one text, found without comparing every pair.

Each readout's text (its sentences) is cut into *shingles*, the runs of three
words, lower case; two texts are as similar as the Jaccard index of their
shingle sets (shared shingles over all shingles). A MinHash sketch of 128
values stands for each set (one-permutation hashing: every shingle is hashed
once, into one of 128 bins, and empty bins borrow from the next full one), and
locality-sensitive hashing cuts the sketch into bands: two texts whose sketches
agree on a whole band become candidates, and only candidates are compared,
exactly. The bands are chosen so that a pair at the threshold is found with a
probability of at least 99.9% (higher above it); pairs below the threshold
are never reported. Hashes are CRC-32 values, the same in every process, so
the band keys can be grouped on a distributed engine.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Final

import attrs

from readout.model import Readout

__all__ = [
    "Duplicate",
    "Sketch",
    "band_keys",
    "bands_for",
    "candidates",
    "jaccard",
    "near_duplicates",
    "shingles",
    "sketch",
]

#: The number of values in a sketch.
SKETCH_SIZE: Final = 128
#: The least probability that a pair at the threshold becomes a candidate.
RECALL: Final = 0.999
_SHINGLE: Final = 3
_BIN_BITS: Final = 7  # 2**7 bins
_EMPTY: Final = 1 << 32
_WORD: Final = re.compile(r"\w+")

Sketch = tuple[int, ...]


@attrs.frozen
class Duplicate:
    """Two texts of a collection that are near-duplicates, by position, and how similar.

    ``first < second`` index the sequence given; ``similarity`` is the Jaccard
    index of their shingle sets, in (0, 1].
    """

    first: int
    second: int
    similarity: float


def shingles(readout: Readout, /) -> frozenset[int]:
    """The hashed runs of three words of a readout's sentences, lower case.

    >>> from readout import parse
    >>> len(shingles(parse("Beijing, 1 Oct (ZXS) -- Wang Yi met Blinken in Beijing.")))
    4
    """
    words = _WORD.findall(" ".join(s.text for s in readout.sentences).lower())
    if len(words) < _SHINGLE:
        return frozenset({zlib.crc32(" ".join(words).encode())}) if words else frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + _SHINGLE]).encode())
        for i in range(len(words) - _SHINGLE + 1)
    )


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared members over all members; 0 for two empty sets."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def sketch(hashes: Iterable[int]) -> Sketch:
    """The MinHash sketch of a set of 32-bit hashes (one-permutation hashing, densified)."""
    bins = [_EMPTY] * SKETCH_SIZE
    mask = SKETCH_SIZE - 1
    for h in hashes:
        b, v = h & mask, h >> _BIN_BITS
        if v < bins[b]:
            bins[b] = v
    return _densify(bins)


def _densify(bins: list[int]) -> Sketch:
    """Fill each empty bin from the next full one to its right, marked by the distance."""
    full = [i for i, v in enumerate(bins) if v != _EMPTY]
    if not full or len(full) == SKETCH_SIZE:
        return tuple(bins)
    out = list(bins)
    nxt = full[0] + SKETCH_SIZE
    for i in range(SKETCH_SIZE - 1, -1, -1):
        if bins[i] != _EMPTY:
            nxt = i
        else:
            out[i] = bins[nxt % SKETCH_SIZE] + (nxt - i) * _EMPTY
    return tuple(out)


def bands_for(threshold: float) -> int:
    """Rows per band: the most that still finds a pair at ``threshold`` with :data:`RECALL`.

    >>> bands_for(0.8), bands_for(0.5)
    (5, 2)
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], not {threshold!r}")
    rows = 1
    for r in range(2, SKETCH_SIZE + 1):
        if 1 - (1 - threshold**r) ** (SKETCH_SIZE // r) < RECALL:
            break
        rows = r
    return rows


def band_keys(values: Sketch, rows: int) -> tuple[str, ...]:
    """The LSH keys of a sketch: one per band of ``rows`` values, the same in every process."""
    keys = []
    for band in range(SKETCH_SIZE // rows):
        part = array("Q", values[band * rows : (band + 1) * rows]).tobytes()
        keys.append(f"lsh{rows}.{band}:{zlib.crc32(part):08x}")
    return tuple(keys)


def near_duplicates(
    readouts: Sequence[Readout], /, *, threshold: float = 0.8
) -> tuple[Duplicate, ...]:
    """Find the pairs of readouts whose texts are near-duplicates: Jaccard ≥ ``threshold``.

    Re-published copies (a headline changed, a sentence added, another
    agency's dateline) share most of their runs of three words. Candidates
    come from MinHash LSH (see :mod:`readout.corpus.dedup`), so the time grows
    with the number of readouts and of candidates, not of all pairs; each
    candidate is then compared exactly. Pairs are sorted by position.

    >>> from readout import parse
    >>> body = "Wang Yi met Blinken. They discussed trade and climate."
    >>> a = parse("Beijing, 1 Oct (ZXS) -- " + body)
    >>> b = parse("BEIJING, Oct. 1 (Xinhua) -- " + body)
    >>> c = parse("Beijing, 2 Oct (ZXS) -- Xi Jinping met Lula. They signed a deal.")
    >>> near_duplicates([a, b, c])
    (Duplicate(first=0, second=1, similarity=1.0),)
    """
    rows = bands_for(threshold)
    sets = [shingles(r) for r in readouts]
    found = []
    for i, j in sorted(candidates((sketch(s) if s else None for s in sets), rows)):
        similarity = jaccard(sets[i], sets[j])
        if similarity >= threshold:
            found.append(Duplicate(i, j, similarity))
    return tuple(found)


def candidates(sketches: Iterable[Sketch | None], rows: int) -> set[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of sketches that agree on a whole band (None: no text)."""
    buckets: defaultdict[str, list[int]] = defaultdict(list)
    for i, values in enumerate(sketches):
        if values is None:
            continue
        for key in band_keys(values, rows):
            buckets[key].append(i)
    return {pair for members in buckets.values() for pair in combinations(members, 2)}
