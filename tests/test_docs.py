"""The documentation keeps up with the code: every diagnostic code, command and example.

The pages themselves are built, with their examples run, by ``sphinx-build -W`` in CI.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readout.check import CODES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def page(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("code", sorted(CODES))
def test_the_format_reference_explains_every_diagnostic(code: str) -> None:
    assert re.search(rf"^\| {code} \| ", page("format.md"), re.MULTILINE)


# The commands of `readout --help` (tests/test_cli.py checks that help lists these).
COMMANDS = ("parse", "render", "check", "compare", "schema")


@pytest.mark.parametrize("command", COMMANDS)
def test_the_command_line_page_has_every_command(command: str) -> None:
    assert f"## `readout {command}`" in page("cli.md")


def test_the_examples_page_includes_every_example() -> None:
    text = page("examples.md") + page("testing.md")
    for script in sorted((ROOT / "examples").glob("*.py")):
        assert f"../examples/{script.name}" in text


def test_every_page_is_in_the_table_of_contents() -> None:
    index = page("index.md")
    for md in sorted(DOCS.glob("*.md")):
        if md.name != "index.md":
            assert f"\n{md.stem}\n" in index
