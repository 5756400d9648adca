"""Parsing and pairing on Dask, when one machine is not enough (the ``distributed`` extra).

Install it with ``pip install 'diplomatic-readout[distributed]'`` (Dask's bags);
nothing else in readout imports this module, and this module imports Dask when
a function is called (ImportError, saying what to install, without it). The
two steps, as Dask bags:

1. :func:`parse_files`: a bag of file paths, each file split into its
   dispatches by :func:`readout.corpus.iter_parse` on whichever worker holds
   it; the result is a bag of :class:`~readout.corpus.Item` s.
2. :func:`pair_bag`: every readout goes to the block of each of its
   :func:`~readout.corpus.pair_keys` (the participants' names and titles, or
   its text's LSH bands); each block is paired on one worker with
   :func:`~readout.corpus.pair_block`; the pairs of all blocks, without
   repeats, are what :func:`~readout.corpus.pair` finds on one machine.

The same two steps fit any engine with a map and a group-by (Spark's
``flatMap`` and ``groupByKey``): only the functions of :mod:`readout.corpus`
run on the workers, and everything they exchange pickles.
"""

from __future__ import annotations

import os
from collections.abc import Hashable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from readout.corpus.pairing import pair_block, pair_keys
from readout.corpus.stream import Item, iter_parse
from readout.model import Readout

if TYPE_CHECKING:
    import dask.bag as db

__all__ = ["pair_bag", "parse_files"]


def _bags() -> Any:
    """The module dask.bag (its functions carry no annotations: used through Any)."""
    try:
        import dask.bag
    except ImportError as e:
        raise ImportError(
            "readout.corpus.distributed needs Dask: pip install 'diplomatic-readout[distributed]'"
        ) from e
    return dask.bag


_Keyed = tuple[str, tuple[Hashable, Readout]]


def parse_files(
    paths: Sequence[str | os.PathLike[str]], /, *, npartitions: int | None = None, **options: Any
) -> db.Bag:
    """A bag of the items of every file (see :func:`~readout.corpus.iter_parse`).

    ``options`` are :func:`~readout.corpus.iter_parse`'s (``separator``,
    ``format``, ...); each item's ``source`` is its file's path as given.
    The files must be readable where the workers run (a shared file system,
    or paths the engine's file layer reads).
    """
    names = [os.fspath(p) for p in paths]
    bag = _bags().from_sequence(names, npartitions=npartitions or min(len(names), 100) or 1)
    parsed: db.Bag = bag.map_partitions(_parse_partition, options)
    return parsed


def _parse_partition(paths: Iterable[str], options: dict[str, Any]) -> list[Item]:
    return [
        attrs.evolve(item, source=path)
        for path in paths
        for item in iter_parse(Path(path), **options)
    ]


def pair_bag(readouts: db.Bag, /) -> list[tuple[Hashable, Hashable]]:
    """The pairs of readouts of the same call, from a bag of ``(id, readout)``.

    Ids are any sortable, hashable values that name the readouts (a file and
    an index, a number). Returns ``(a, b)`` pairs with ``a < b``, sorted:
    the pairs :func:`~readout.corpus.pair` would find on all the readouts.
    """
    bag: Any = readouts
    keyed = bag.map(_keyed).flatten()
    blocks = keyed.foldby(_key, _gather, [], _merge, [])
    pairs: list[Any] = blocks.map(_block_pairs).flatten().distinct().compute()
    return sorted(pairs)


def _keyed(named: tuple[Hashable, Readout]) -> list[_Keyed]:
    return [(key, named) for key in sorted(pair_keys(named[1]))]


def _key(keyed: _Keyed) -> str:
    return keyed[0]


def _gather(
    members: list[tuple[Hashable, Readout]], keyed: _Keyed
) -> list[tuple[Hashable, Readout]]:
    return [*members, keyed[1]]


def _merge(
    a: list[tuple[Hashable, Readout]], b: list[tuple[Hashable, Readout]]
) -> list[tuple[Hashable, Readout]]:
    return a + b


def _block_pairs(block: tuple[str, list[tuple[Any, Readout]]]) -> list[tuple[Any, Any]]:
    """The pairs of one block, by id, the smaller first (members sorted by id)."""
    key, members = block
    members = sorted(members, key=_id)
    ids = [m[0] for m in members]
    return [(ids[i], ids[j]) for i, j in pair_block(key, [m[1] for m in members])]


def _id(member: tuple[Any, Readout]) -> Any:
    return member[0]
