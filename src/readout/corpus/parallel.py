"""Many texts at once: parse them in worker processes, in order, errors kept in place.

The texts go to the workers in chunks (one pickle per chunk, not per text),
and at most a few chunks per worker are in flight at once, so memory stays
bounded however long the input; results come back in input order.
:mod:`concurrent.futures` (and with it :mod:`multiprocessing`) is imported
on the first call that uses processes, not by ``import readout``.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Final

from readout.errors import ParseError
from readout.model import Format, Readout
from readout.parser import DEFAULT_MAX_CHARS, parse

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["parse_many"]

#: How many texts travel to a worker together.
DEFAULT_CHUNK: Final = 32
# Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
_IN_FLIGHT: Final = 4

Result = Readout | ParseError
_Reader = Callable[[str], Readout]


def parse_many(
    texts: Iterable[str],
    /,
    *,
    workers: int | None = None,
    chunk: int = DEFAULT_CHUNK,
    format: Format | None = None,  # noqa: A002 - parse's own option name
    strict: bool = False,
    structure_only: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Readout | ParseError]:
    """Parse many texts, each a readout, in ``workers`` processes; yield results in input order.

    Each result is the :class:`~readout.Readout`, or the
    :class:`~readout.ParseError` its text raised: one bad text does not stop
    the others. ``workers`` is the number of processes (``None``: one per CPU;
    ``1``: parse here, in this process, with no pool). The other options are
    :func:`readout.parse`'s. ``texts`` is read lazily, ``chunk`` texts at a
    time. A text that is not a ``str`` raises TypeError, as ``parse`` does.
    Where processes are started by spawning (Windows, macOS), call this under
    ``if __name__ == "__main__":``.

    >>> results = list(parse_many(["Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken.", " "],
    ...                           workers=1))
    >>> results[0].dateline.agency, results[1].msg
    ('ZXS', 'expected a readout, found only white space')
    """
    count = (os.cpu_count() or 1) if workers is None else workers
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"workers must be a positive int or None, not {workers!r}")
    if isinstance(chunk, bool) or not isinstance(chunk, int) or chunk < 1:
        raise ValueError(f"chunk must be a positive int, not {chunk!r}")
    read = functools.partial(
        parse, format=format, strict=strict, structure_only=structure_only, max_chars=max_chars
    )
    if count == 1:
        return (_one(read, text) for text in texts)
    return _pooled(texts, read, count, chunk)


def _one(read: _Reader, text: str) -> Result:
    try:
        return read(text)
    except ParseError as e:
        return e


def _chunk(read: _Reader, texts: list[str]) -> list[Result]:
    """What a worker does: parse a chunk of texts (top level, so that it pickles)."""
    return [_one(read, text) for text in texts]


def _pooled(texts: Iterable[str], read: _Reader, workers: int, size: int) -> Iterator[Result]:
    from concurrent.futures import ProcessPoolExecutor  # here: multiprocessing is heavy

    chunks = _chunks(texts, size)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Result]]] = deque()
        try:
            for batch in itertools.islice(chunks, workers * _IN_FLIGHT):
                pending.append(pool.submit(_chunk, read, batch))
            while pending:
                done = pending.popleft().result()
                batch = next(chunks, [])
                if batch:
                    pending.append(pool.submit(_chunk, read, batch))
                yield from done
        finally:
            for future in pending:  # the caller stopped early: drop what was not started
                future.cancel()


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while batch := list(itertools.islice(it, size)):
        yield batch
