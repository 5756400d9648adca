"""Round trips: text -> Readout -> text, Readout -> text -> Readout, and through JSON.

Every input a property once failed on is pinned with ``@example``.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from readout import (
    Dateline,
    Paragraph,
    PartialDate,
    Readout,
    Sentence,
    from_dict,
    from_json,
    parse,
    render,
    to_dict,
    to_json,
)
from readout.model import Format, Layout
from readout.parser.dateline import read_dateline
from readout.render import render_dateline
from readout.strategies import (
    dateline_texts,
    datelines,
    headlines,
    paragraphs,
    readout_texts,
    readouts,
    readouts_with_texts,
    sentences,
)
from support import SEED, read_text

SEED_TEXT = read_text(SEED)
FORMATS: tuple[Format, ...] = ("dispatch", "web")

# Bugs found by these properties, each pinned below where it failed.
# A bare dateline ("BEIJING —", "BEIJING:") rendered as "BEIJING -- ".
BARE_DATELINE = "BEIJING — Wang Yi visited the region.\n"
BARE_COLON_DATELINE = "Talks in Beijing\n\nBEIJING:\nWang Yi visited the region. (End)"
# A bare dateline with a place in non-ASCII capitals ("SÃO PAULO —") was no dateline.
BARE_ACCENTED_DATELINE = "SÃO PAULO — Wang Yi visited the region.\n"


def parse_structure(text: str, **options: Any) -> Readout:
    """The readouts generated here carry no call or speakers: compare their structure."""
    return parse(text, structure_only=True, **options)


def _folded(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@given(readouts())
@example(
    Readout(
        dateline=Dateline("ÜRÜMQI", agency="Xinhua"),
        paragraphs=[Paragraph([Sentence("Talks began.")])],
    )
)
def test_parse_reads_back_the_rendered_readout(r: Readout) -> None:
    text = render(r)
    again = parse_structure(text)
    assert again == r
    assert render(again) == text


@given(readout_texts())
@example(SEED_TEXT)
@example(BARE_DATELINE)
@example(BARE_COLON_DATELINE)
@example(BARE_ACCENTED_DATELINE)
def test_render_gives_back_the_parsed_text(text: str) -> None:
    assert render(parse(text)) == _folded(text)


@given(readouts_with_texts())
def test_text_built_beside_a_readout_parses_to_it(pair: tuple[Readout, str]) -> None:
    r, text = pair
    assert parse_structure(text) == r
    assert render(r) == _folded(text)


@given(readouts())
def test_json_round_trip(r: Readout) -> None:
    assert from_json(to_json(r)) == r


@given(readout_texts())
@example(SEED_TEXT)
@example(BARE_DATELINE)
def test_text_and_json_round_trips_agree(text: str) -> None:
    assert render(from_json(to_json(parse(text)))) == _folded(text)


@given(readouts())
def test_render_is_deterministic(r: Readout) -> None:
    text = render(r)
    assert render(r) == text
    assert render(copy.deepcopy(r)) == text
    assert render(from_dict(to_dict(r))) == text


@given(readouts())
def test_to_json_is_deterministic(r: Readout) -> None:
    data = to_json(r).encode("utf-8")
    assert to_json(copy.deepcopy(r)).encode("utf-8") == data
    assert to_json(from_json(data)).encode("utf-8") == data


@given(datelines())
@example(Dateline("BEIJING", source="BEIJING — "))
@example(Dateline("BEIJING", source="BEIJING:\n"))
@example(Dateline("SÃO PAULO", source="SÃO PAULO — "))
@example(Dateline("ÜRÜMQI"))  # rendered "ÜRÜMQI -- ", which was no dateline
@example(Dateline("Beijing", PartialDate(1, 1, 1), "ZXS"))  # rendered "1 Jan 1": no year
def test_dateline_renders_as_written_and_reads_back(d: Dateline) -> None:
    text = render_dateline(d)
    assert read_dateline(text) == d
    if d.source is None:
        assert text.endswith(" -- ")
    else:
        assert text == d.source


@given(dateline_texts())
@example("BEIJING — ")
@example("BEIJING, Sept. 18 (Xinhua) -- ")
@example("MOSCOW, August 7. /TASS/. ")
def test_dateline_text_reads_back_as_written(text: str) -> None:
    d = read_dateline(text)
    assert d is not None
    assert d.source == text
    assert render_dateline(d) == text


@given(st.sampled_from(FORMATS).flatmap(lambda f: st.tuples(st.just(f), readouts(format=f))))
# A bare place in non-ASCII capitals was no dateline.
@example(
    (
        "dispatch",
        Readout(dateline=Dateline("ÜRÜMQI"), paragraphs=[Paragraph([Sentence("Talks began.")])]),
    )
)
def test_readouts_of_one_format_parse_back_in_that_format(case: tuple[Format, Readout]) -> None:
    fmt, r = case
    assert r.format == fmt
    assert parse_structure(render(r), format=fmt) == r


@given(sentences())
def test_a_generated_sentence_is_one_sentence(s: Sentence) -> None:
    text = s.text if s.source is None else s.source
    r = parse(f"Beijing, 10 Oct (ZXS) -- {text}")
    assert r.paragraphs == (Paragraph([s]),)
    assert render(r).endswith(text)


@given(paragraphs(soft_wraps=True))
def test_a_generated_paragraph_reads_back_in_a_blank_line_body(p: Paragraph) -> None:
    # The blank line before "###" makes the body blank-line separated: soft wraps are wraps.
    r = Readout(
        dateline=Dateline("Beijing", None, "ZXS"),
        paragraphs=[p],
        end_marker="###",
        layout=Layout(before_end="\n\n"),
    )
    assert parse_structure(render(r)) == r


@given(headlines())
@example("Readout of President Joseph R. Biden, Jr.")
def test_a_generated_headline_heads_a_web_readout(headline: str) -> None:
    r = Readout(headline=headline, paragraphs=[Paragraph([Sentence("Talks began.")])])
    assert parse(render(r)).headline == headline


def test_import_readout_leaves_hypothesis_alone() -> None:
    modules = "'readout.strategies', 'hypothesis'"
    code = f"import sys, readout; print(*(m in sys.modules for m in ({modules})))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_import_readout_leaves_the_parsers_stages_for_the_first_parse() -> None:
    stages = ("structure", "meaning", "lead", "speakers", "names")
    code = (
        "import sys, readout\n"
        f"stages = ['readout.parser.' + s for s in {stages!r}]\n"
        "print(*(m in sys.modules for m in stages))\n"
        "readout.parse('Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken.')\n"
        "print(*(m in sys.modules for m in stages))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after = out.stdout.splitlines()
    assert before.split() == ["False"] * len(stages)
    assert after.split() == ["True"] * len(stages)
