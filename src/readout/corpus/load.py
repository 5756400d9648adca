"""Load a corpus: a folder of text files, or a JSON Lines file of records.

A folder stands for its ``*.txt`` files (sorted by name, not recursive), each
split into its dispatches by :func:`readout.corpus.iter_parse` (a file of one
readout gives one item). A ``.jsonl`` file holds one record per line, as
``readout parse FILE...`` writes them; each line is read by
:func:`readout.from_json`. Either way one bad item carries its error and the
others are read.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs

from readout.corpus.stream import Item, iter_parse
from readout.errors import DecodeError
from readout.model import Format
from readout.parser import DEFAULT_MAX_CHARS
from readout.serialize import from_json

__all__ = ["load"]


def load(
    path: str | os.PathLike[str],
    /,
    *,
    pattern: str = "*.txt",
    separator: str | re.Pattern[str] | None = None,
    format: Format | None = None,  # noqa: A002 - parse's own option name
    structure_only: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Item]:
    """Read a folder of texts or a JSON Lines file of records, lazily, item by item.

    For a folder, every file matching ``pattern`` is read (UTF-8) and split
    like :func:`~readout.corpus.iter_parse` with ``separator``, ``format``,
    ``structure_only`` and ``max_chars``; items carry the file's name in
    ``source``. For a ``.jsonl`` file, each line that is not blank is a
    record; items carry the file's name, the line, and the line's text.
    Raises FileNotFoundError for a path that does not exist.

    >>> items = list(load("examples/data"))
    >>> [(i.source, i.readout.format) for i in items][:2]
    [('seed_zxs_wangyi-blinken.txt', 'dispatch'), ('state_blinken-wangyi.txt', 'web')]
    """
    where = Path(path)
    if where.is_dir():
        read = functools.partial(
            iter_parse,
            separator=separator,
            format=format,
            structure_only=structure_only,
            max_chars=max_chars,
        )
        return _folder(where, pattern, read)
    if not where.exists():
        raise FileNotFoundError(f"no such file or folder: {where}")
    return _json_lines(where)


def _folder(folder: Path, pattern: str, read: Callable[[Path], Iterator[Item]]) -> Iterator[Item]:
    for path in sorted(folder.glob(pattern)):
        if path.is_file():
            for item in read(path):
                yield attrs.evolve(item, source=path.name)


def _json_lines(path: Path) -> Iterator[Item]:
    offset = 0
    index = 0
    with path.open(encoding="utf-8", newline="") as f:
        for number, line in enumerate(f, start=1):
            if line.strip():
                try:
                    result = from_json(line)
                except DecodeError as e:
                    yield Item(e, line, index, offset, number, path.name)
                else:
                    yield Item(result, line, index, offset, number, path.name)
                index += 1
            offset += len(line)
