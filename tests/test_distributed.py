"""Parsing and pairing on Dask's local scheduler, in worker processes (the distributed extra).

CI installs the extra (.ci/run); without it these tests are skipped, saying so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "dask.bag",
    reason="Dask is not installed: pip install -e '.[distributed]' to run the distributed tests",
)

import dask
import dask.bag

from readout import parse, render
from readout.corpus import Item, iter_parse, pair
from readout.corpus.distributed import pair_bag, parse_files
from readout.corpus.synthetic import reported_calls

SEPARATOR = "* * *"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Four files of generated readouts, one after another, as an archive holds them.

    A separator line parts them: a dispatch without an end marker runs into the web
    readout after it otherwise.
    """
    folder = tmp_path_factory.mktemp("archive")
    texts = [render(r.readout) for r in reported_calls(60, seed=5)]
    paths = []
    for n in range(4):
        path = folder / f"part-{n}.txt"
        path.write_text("* * *\n".join(texts[n::4]), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def local_scheduler() -> object:
    """Dask's local scheduler in two worker processes: everything crosses a process boundary."""
    with dask.config.set(scheduler="processes", num_workers=2):
        yield


def _local_items(paths: list[Path]) -> list[Item]:
    return [item for path in paths for item in iter_parse(path, separator=SEPARATOR)]


def test_parse_files_gives_the_items_iter_parse_gives(
    archive: list[Path], local_scheduler: object
) -> None:
    bag: Any = parse_files(archive, npartitions=3, separator=SEPARATOR)
    items = bag.compute()
    local = _local_items(archive)
    assert [(i.source, i.index, i.line, i.text) for i in items] == [
        (str(p), i.index, i.line, i.text)
        for p in archive
        for i in iter_parse(p, separator=SEPARATOR)
    ]
    assert [i.readout for i in items] == [i.readout for i in local]
    assert all(i.readout is not None for i in items)
    assert len(items) == sum(1 for _ in reported_calls(60, seed=5))


def test_pair_bag_finds_the_pairs_pair_finds(archive: list[Path], local_scheduler: object) -> None:
    items: Any = parse_files(archive, npartitions=3, separator=SEPARATOR)
    named = items.map(lambda i: ((i.source, i.index), i.readout)).filter(lambda n: n[1] is not None)
    pairs = pair_bag(named.repartition(npartitions=4))
    local = _local_items(archive)
    ids = [(str(p), i.index) for p in archive for i in iter_parse(p, separator=SEPARATOR)]
    expected = [(ids[i], ids[j]) for i, j in pair([i.readout for i in local if i.readout])]
    assert pairs == sorted(expected)
    assert len(pairs) >= 60  # every generated call has two or three readouts


def test_pair_bag_of_the_recipe_in_the_docs(local_scheduler: object) -> None:
    texts = [
        "Beijing, 14 Oct (ZXS) -- Wang Yi had a telephone conversation with Blinken.",
        "BEIJING, Dec. 6 (Xinhua) -- Wang Yi had a phone call with Blinken.",
        "WASHINGTON, Oct. 15 (TASS) -- Blinken had a phone call with Wang Yi.",
    ]
    bags: Any = dask.bag  # Dask's functions carry no annotations
    bag = bags.from_sequence(list(enumerate(parse(t) for t in texts)), npartitions=2)
    assert pair_bag(bag) == [(0, 2)]
