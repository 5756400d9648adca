"""Reports for people: text, Markdown and self-contained HTML, of comparisons and revisions."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import readout
from readout import Readout
from readout.compare import Comparison, Revision, compare, diff_revisions
from readout.parser.meaning import read_meaning
from readout.report._common import rows, value_text

LEAD = (
    "Beijing, 14 Oct (ZXS) -- Wang Yi, member of the Political Bureau of the CPC Central Committee "
    "and foreign minister, had a telephone conversation with US Secretary of State Antony "
    "Blinken on 14 October at his request."
)
LEFT = (
    f"{LEAD}\n\n"
    "Blinken said that the United States is willing to work with China to manage relations "
    "responsibly.\n\n"
    'Wang Yi said that the <b>"two-state solution"</b> | *the* only way & more.\n\n'
    "Wang Yi stressed that the Bali meeting set the course. (End)"
)
RIGHT = (
    "BEIJING, Oct. 14 (Xinhua) -- Chinese Foreign Minister Wang Yi spoke with U.S. Secretary of "
    "State Antony Blinken over the phone.\n\n"
    "Blinken said that Washington is willing to work with Beijing to manage relations "
    "responsibly.\n\n"
    "Blinken called for Hamas to free all hostages.\n"
)


def read(text: str) -> Readout:
    return read_meaning(readout.parse(text))


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare(read(LEFT), read(RIGHT))


@pytest.fixture(scope="module")
def revision() -> Revision:
    new = LEFT.replace("set the course", "set the right course").replace(
        "\n\nWang Yi said that the <b>", "\n\nWang Yi noted that the <b>"
    )
    return diff_revisions(read(LEFT), read(new))


# --- the aligned view -----------------------------------------------------------------------


def test_rows_follow_the_left_and_place_right_only_sentences(comparison: Comparison) -> None:
    shape = [
        (r.left and r.left.index, r.right and r.right.index, r.pair is not None)
        for r in rows(comparison)
    ]
    assert shape == [
        (0, 0, True),
        (1, 1, True),
        (2, None, False),
        (3, None, False),
        (None, 2, False),
    ]


def test_dates_read_as_dates() -> None:
    assert [value_text(v) for v in ("--10-14", "2023-10-14", "ZXS", None)] == [
        "14 Oct",
        "14 Oct 2023",
        "ZXS",
        None,
    ]


# --- text -----------------------------------------------------------------------------------


def test_text_report(comparison: Comparison) -> None:
    text = comparison.to_text(width=80)
    assert text.splitlines()[:3] == [
        f"Readout comparison: the same call (similarity {comparison.similarity:.2f})",
        "  left:  ZXS, Beijing, 14 Oct",
        "  right: Xinhua, BEIJING, 14 Oct",
    ]
    assert "  who asked for the call: Antony Blinken | —\n" in text
    words = " ".join(text.split())  # long lines are wrapped
    only = "* only right [2] (Antony Blinken) Blinken called for Hamas to free all hostages."
    assert only in words
    assert "Blinken said that [-the United States-]{+Washington+} is willing" in words
    assert max(map(len, text.splitlines())) <= 80


def test_text_report_of_a_revision(revision: Revision) -> None:
    text = revision.to_text()
    assert text.splitlines()[0] == "Readout revision: 2 changed, 0 added, 0 removed, 0 moved"
    changed = "* changed [3]->[3] Wang Yi stressed that the Bali meeting set the {+right+} course."
    assert changed in " ".join(text.split())


# --- Markdown -------------------------------------------------------------------------------


def test_markdown_report(comparison: Comparison) -> None:
    md = comparison.to_markdown()
    assert md.startswith("# Readout comparison\n\n**Verdict:** the same call")
    for heading in ("## Evidence", "## Participants", "## Call", "## Statements side by side"):
        assert f"\n{heading}\n" in md
    assert "| who asked for the call | Antony Blinken | — |" in md
    assert "~~the United States~~ **Washington**" in md


def test_markdown_escapes_the_readouts_text(comparison: Comparison) -> None:
    md = comparison.to_markdown()
    assert r'\<b\>"two-state solution"\</b\> \| \*the\* only way & more.' in md
    # Every row of the aligned table has its three cells, whatever the text held.
    table = md.split("## Statements side by side\n\n", 1)[1].split("\n\n", 1)[0]
    for line in table.splitlines():
        assert len(re.findall(r"(?<!\\)\|", line)) == 4, line


def test_markdown_report_of_a_revision(revision: Revision) -> None:
    md = revision.to_markdown()
    assert (
        "- **changed** (3 → 3): Wang Yi stressed that the Bali meeting set the **right** course."
        in md
    )


# --- HTML -----------------------------------------------------------------------------------

VOID = {"meta", "br", "hr", "img", "input", "link"}


class _Checker(HTMLParser):
    """Collects what a page loads and checks that its elements nest."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.loads: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "link", "img", "iframe", "object", "embed"}:
            self.loads.append(tag)
        self.loads += [f"{name}={value}" for name, value in attrs if name in {"src", "href"}]
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    return checker


@pytest.mark.parametrize("which", ["comparison", "revision"])
def test_html_is_one_self_contained_well_formed_page(
    which: str, comparison: Comparison, revision: Revision
) -> None:
    page = comparison.to_html() if which == "comparison" else revision.to_html()
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')
    checker = check(page)
    assert checker.loads == []
    assert checker.errors == []
    assert checker.stack == []
    assert not re.search(r"https?:|@import|url\(|<script", page)


def test_html_escapes_the_readouts_text(comparison: Comparison) -> None:
    page = comparison.to_html()
    assert "&lt;b&gt;&quot;two-state solution&quot;&lt;/b&gt; | *the* only way &amp; more." in page
    assert "<b>" not in page
    assert 'Wang Yi said that the <b>"two-state solution"</b>' in "".join(check(page).text)


def test_html_aligns_statements_and_marks_omissions(comparison: Comparison) -> None:
    page = comparison.to_html()
    assert page.count('<td class="missing">not in the right readout</td>') == 2
    assert page.count('<td class="missing">not in the left readout</td>') == 1
    assert "<del>the United States</del>" in page
    assert "<ins>Washington</ins>" in page
    assert '<span class="badge same">The same call</span>' in page
    assert "<li>Compatible kinds: both are calls (telephone).</li>" in page


def test_html_report_of_a_revision(revision: Revision) -> None:
    page = revision.to_html()
    assert "set the <ins>right</ins> course." in page
    assert "<del>said</del>" in page
    assert '<td class="score">changed</td>' in page


def test_a_sentence_split_on_the_other_side_shows_in_two_rows() -> None:
    a = read(
        LEAD + " Wang Yi said that China opposes attacks on civilians, condemns violations "
        "of international law and calls for humanitarian corridors in Gaza."
    )
    b = read(
        LEAD + " Wang Yi said that China opposes attacks on civilians and violations of "
        "international law. Wang Yi said that China calls for humanitarian corridors in Gaza."
    )
    c = compare(a, b)
    shape = [(r.left and r.left.index, r.right and r.right.index, r.again) for r in rows(c)]
    assert shape == [(0, 0, ""), (1, 1, ""), (1, 2, "left")]
    page = c.to_html()
    assert page.count('<td class="again">') == 1
    assert page.count("as above: its other part") == 1


@pytest.mark.parametrize("width", [60, 80, 100])
def test_the_text_report_keeps_to_its_width_in_its_header(width: int) -> None:
    left = readout.parse(
        "Beijing, 10 Oct (ZXS) -- Wang Yi met Ana Lopes, foreign minister of Brazil."
    )
    right = readout.parse(
        "Secretary Lopes's Call with the Director of the Office of the Central Foreign Affairs "
        "Commission and Foreign Minister Wang Yi\n\nSecretary Ana Lopes spoke today with Wang Yi."
    )
    header = readout.compare(left, right).to_text(width=width).splitlines()[:3]
    assert max(map(len, header)) <= width
