"""Readouts at corpus scale: streams of dispatches, many texts at once, tables, pairs.

- :func:`iter_parse` splits a text, a file or a stream holding many dispatches
  into :class:`Item` s, lazily; :func:`load` reads a folder or a JSON Lines file;
- :func:`parse_many` parses many texts in worker processes, in order;
- :func:`readout_rows`, :func:`statement_rows` and :func:`to_dataframe` make
  tables for pandas;
- :func:`pair` finds the readouts of the same call, :func:`near_duplicates`
  the re-published copies, neither by comparing every pair.

The names are imported on first use (PEP 562), so that ``import readout``,
which re-exports :func:`iter_parse` and :func:`parse_many`, stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readout._lazy import lazy_attributes
from readout.corpus.parallel import parse_many
from readout.corpus.stream import Item, iter_parse

if TYPE_CHECKING:
    from readout.corpus.dedup import Duplicate, near_duplicates
    from readout.corpus.load import load
    from readout.corpus.pairing import pair, pair_block, pair_keys, same_call
    from readout.corpus.rows import (
        ReadoutRow,
        StatementRow,
        readout_rows,
        statement_rows,
        to_dataframe,
    )

__all__ = [
    "Duplicate",
    "Item",
    "ReadoutRow",
    "StatementRow",
    "iter_parse",
    "load",
    "near_duplicates",
    "pair",
    "pair_block",
    "pair_keys",
    "parse_many",
    "readout_rows",
    "same_call",
    "statement_rows",
    "to_dataframe",
]

# Where each lazily imported name lives.
_HOMES: Final = {
    "Duplicate": "readout.corpus.dedup",
    "near_duplicates": "readout.corpus.dedup",
    "load": "readout.corpus.load",
    **dict.fromkeys(["pair", "pair_block", "pair_keys", "same_call"], "readout.corpus.pairing"),
    **dict.fromkeys(
        ["ReadoutRow", "StatementRow", "readout_rows", "statement_rows", "to_dataframe"],
        "readout.corpus.rows",
    ),
}


__getattr__ = lazy_attributes(__name__, globals(), _HOMES)


def __dir__() -> list[str]:
    return sorted(__all__)
