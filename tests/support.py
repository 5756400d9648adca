"""Helpers the tests share: test data, the corpus location and readers."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from readout import ParseError, Readout, parse, render

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed_zxs_wangyi-blinken.txt"


def corpus_dir() -> Path:
    """The gold-annotated corpus: $READOUT_CORPUS, default ../shared/corpus."""
    root = Path(__file__).resolve().parent.parent
    return Path(os.environ.get("READOUT_CORPUS", root.parent / "shared" / "corpus"))


def corpus_cases() -> list[Any]:
    """One pytest param per corpus text with its gold file, or one skip when absent."""
    folder = corpus_dir()
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        reason = f"corpus not found at {folder} (set READOUT_CORPUS to its folder)"
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=reason), id="no-corpus")]
    cases = []
    for gold in golds:
        text = gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")
        cases.append(pytest.param(text, gold, id=text.stem))
    return cases


#: The project's own readouts with their gold annotations (tests/data/readouts/README.md).
OWN_READOUTS = DATA / "readouts"


def own_cases() -> list[Any]:
    """One pytest param per readout of tests/data/readouts with its gold file."""
    return [
        pytest.param(
            gold.with_name(gold.name.removesuffix(".gold.json") + ".txt"),
            gold,
            id="own-" + gold.name.removesuffix(".gold.json"),
        )
        for gold in sorted(OWN_READOUTS.glob("*.gold.json"))
    ]


def read_text(path: Path) -> str:
    """A text file exactly as stored: no newline translation."""
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def read_gold(path: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


def folded(text: str) -> str:
    """A text with its line endings folded as :func:`readout.parse` folds them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_lossless(text: str, **options: Any) -> Readout:
    """Parse a text and check that it renders back byte for byte (after folding)."""
    result = parse(text, **options)
    assert render(result) == folded(text)
    return result


def parse_or_error(text: str) -> Readout | ParseError:
    """``parse(text)``, or the ParseError it raised."""
    try:
        return parse(text)
    except ParseError as e:
        return e


def bad_samples() -> list[Any]:
    """One pytest param per ``data/bad/*.txt`` beside the ``.error.txt`` it must raise."""
    cases = []
    for error in sorted((DATA / "bad").glob("*.error.txt")):
        text = error.with_name(error.name.removesuffix(".error.txt") + ".txt")
        cases.append(pytest.param(text, error, id=text.stem))
    return cases
