"""Many texts at once: parse them in several processes, in order, errors kept in place.

``workers=N`` is N processes in all: the calling process and a pool of N - 1
worker processes. The pool gets the texts in chunks (one pickle per chunk, not
per text), a few chunks per worker in flight at once; whenever the chunk whose
results come next is not back yet, the calling process parses the next texts
itself instead of waiting. Results come back in input order. The input is read
lazily, a bounded number of texts ahead, so memory stays bounded however long
it is; once its end is in sight, the pool's chunks get smaller, so that the
pool and the calling process finish together.

A worker sends its chunk's results back as one pickle, which the calling
process loads when it yields them, with the cyclic garbage collector paused
during each load (a few milliseconds; see :func:`_load`). A worker freezes
the objects it starts with (:func:`gc.freeze`: a worker forked from a process
holding many objects does not look through them at each full collection).
:mod:`concurrent.futures` (and with it :mod:`multiprocessing`) is imported on
the first call that uses processes, not by ``import readout``.
"""

from __future__ import annotations

import functools
import gc
import itertools
import os
import pickle
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
# Texts read ahead of the pool, in pool loads (_IN_FLIGHT chunks a worker): far enough to
# see the end of the input coming while the pool's chunks can still shrink.
_AHEAD: Final = 3

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
    the others. ``workers`` is the number of processes that parse, this one
    included: ``workers=N`` starts a pool of N - 1 worker processes, and this
    process parses texts too whenever it would otherwise wait for the pool.
    ``None`` is one process per CPU (``os.cpu_count()``, this one included);
    ``1`` parses here, in this process, with no pool. ``chunk`` is how many
    texts go to a worker at once (fewer near the end of the input). The other
    options are :func:`readout.parse`'s. ``texts`` is read lazily, a few chunks
    per worker ahead of the results. A text that is not a ``str`` raises
    TypeError, as ``parse`` does. Where processes are started by spawning
    (Windows, macOS), call this under ``if __name__ == "__main__":``.

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


def _chunk(read: _Reader, texts: list[str]) -> bytes:
    """What a worker does: parse a chunk of texts, pickle the results (top level, to pickle).

    The worker pickles the results itself, so that the pool's thread in the calling
    process only passes bytes on, and the calling process loads them when it yields
    them, in its own thread, between the texts it parses (see :func:`_load`).
    """
    return pickle.dumps([_one(read, text) for text in texts], pickle.HIGHEST_PROTOCOL)


def _load(data: bytes) -> list[Result]:
    """A worker's results, loaded with the cyclic garbage collector paused, then restored.

    Every object the load makes is a result the caller is about to get: a collection
    during the load, which allocations would set off every few hundred objects, would
    look through them, and sometimes through all the results the caller holds, and
    find no garbage. Pausing it for one chunk's load (a few milliseconds) saves a third
    of the load's time; the allocations still count, and the next collection comes
    after it. The pause is process-wide: another thread that enables or disables the
    collector during such a load has its call undone when the load ends.
    """
    if not gc.isenabled():
        return pickle.loads(data)  # type: ignore[no-any-return]
    gc.disable()
    try:
        return pickle.loads(data)  # type: ignore[no-any-return]
    finally:
        gc.enable()


def _pooled(texts: Iterable[str], read: _Reader, workers: int, size: int) -> Iterator[Result]:
    """Parse in a pool of ``workers - 1`` processes and in this one; yield in input order.

    ``pending`` holds what is taken from the input, in input order, until it is
    yielded: a pool chunk's future, or the results of a piece parsed here. The pool is
    kept fed with ``(workers - 1) * _IN_FLIGHT`` chunks. While the chunk at the head is
    not back, this process parses the next texts itself: a piece of at most ``size``
    texts, which ends as soon as the head is back (and so is yielded after the chunks
    already in flight). At most ``_IN_FLIGHT`` more pieces than pool chunks wait in
    ``pending``; past that, this process waits for the head. Once the input's end is
    read, a pool chunk is a share of what is left (guided self-scheduling), so that the
    pool and this process finish together.
    """
    from concurrent.futures import ProcessPoolExecutor  # here: multiprocessing is heavy

    pool_limit = (workers - 1) * _IN_FLIGHT  # pool chunks in pending
    local_limit = pool_limit + _IN_FLIGHT  # pieces parsed here in pending
    smallest = max(1, size // 8)  # the smallest chunk near the end: a message costs too
    source = _Lookahead(texts, _AHEAD * pool_limit * size)
    pending: deque[Future[bytes] | list[Result]] = deque()
    pooled = local = 0
    with ProcessPoolExecutor(max_workers=workers - 1, initializer=gc.freeze) as pool:
        try:
            while True:
                while pooled < pool_limit and (left := source.fill()):
                    n = size
                    if source.ended:
                        n = min(size, max(smallest, -(-left // (4 * workers))))
                    pending.append(pool.submit(_chunk, read, source.take(n)))
                    pooled += 1
                if not pending:
                    return
                head = pending[0]
                if isinstance(head, list):
                    pending.popleft()
                    local -= 1
                    yield from head
                elif not head.done() and local < local_limit and source.fill():
                    piece: list[Result] = []
                    while len(piece) < size and not head.done() and source.fill():
                        piece.append(_one(read, source.popleft()))
                    pending.append(piece)
                    local += 1
                else:
                    pending.popleft()
                    pooled -= 1
                    yield from _load(head.result())
        finally:
            for item in pending:  # the caller stopped early: drop what was not started
                if not isinstance(item, list):
                    item.cancel()


class _Lookahead:
    """The input, read lazily, at most ``limit`` texts ahead of what has been taken."""

    __slots__ = ("_buffer", "_it", "_limit", "ended")

    def __init__(self, texts: Iterable[str], limit: int) -> None:
        self._it = iter(texts)
        self._buffer: deque[str] = deque()
        self._limit = limit
        self.ended = False  # the input's end is read: what is left is all in the buffer

    def fill(self) -> int:
        """Read up to the limit; return how many texts are read and not yet taken."""
        buffer = self._buffer
        if not self.ended and len(buffer) < self._limit:
            buffer.extend(itertools.islice(self._it, self._limit - len(buffer)))
            self.ended = len(buffer) < self._limit
        return len(buffer)

    def popleft(self) -> str:
        return self._buffer.popleft()

    def take(self, n: int) -> list[str]:
        buffer = self._buffer
        return [buffer.popleft() for _ in range(min(n, len(buffer)))]
