"""Corpus scale: streams of dispatches, many texts at once, tables, pairs and near-duplicates."""

from __future__ import annotations

import itertools
import json
import pickle
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pytest

import readout
from readout import ParseError, Readout, compare, parse, render, to_json
from readout.compare.verdict import call_verdict
from readout.corpus import (
    Duplicate,
    Item,
    iter_parse,
    load,
    near_duplicates,
    pair,
    pair_block,
    pair_keys,
    parallel,
    parse_many,
    readout_rows,
    same_call,
    statement_rows,
)
from readout.corpus.dedup import jaccard, shingles
from readout.corpus.rows import READOUT_COLUMNS, STATEMENT_COLUMNS
from readout.corpus.stream import split
from readout.corpus.synthetic import reported_calls
from support import SEED, corpus_dir, folded, parse_or_error, read_text

# --- a feed of dispatches, written for these tests -----------------------------------------

XINHUA = (
    "Wang Yi holds phone talks with Lavrov\n"
    "\n"
    "BEIJING, Aug. 7 (Xinhua) -- Chinese Foreign Minister Wang Yi had a phone conversation "
    "with Russian Foreign Minister Sergey Lavrov on Monday.\n"
    "\n"
    "Lavrov said that Russia is ready to keep in close contact. (End)\n"
)
TASS = (
    "MOSCOW, August 8. /TASS/. Russian Foreign Minister Sergey Lavrov held a telephone "
    "conversation with Chinese Foreign Minister Wang Yi.\n"
    "\n"
    "The two sides agreed to continue regular consultations.\n"
)
BAD = "Beijing, 32 Oct (ZXS) -- Wang Yi met Blinken.\n"
ZXS = "Beijing, 10 Oct (ZXS) -- Wang Yi met with US Secretary of State Antony Blinken. (End)\n"
WEB = (
    "Secretary Blinken's Call with Foreign Minister Wang Yi\n"
    "\n"
    "OCTOBER 14, 2023\n"
    "\n"
    "Secretary Blinken spoke today with Chinese Foreign Minister Wang Yi.\n"
    "\n"
    "###\n"
)
# Blank lines between items belong to the item before; TASS and BAD end without an end
# marker, and the dispatch after each starts at its dateline (after TASS, at no headline:
# its last line ends like a sentence). The web readout after ZXS starts after "(End)".
FEED = XINHUA + "\n" + TASS + "\n\n" + BAD + ZXS + WEB
PARTS = (XINHUA + "\n", TASS + "\n\n", BAD, ZXS, WEB)


def test_iter_parse_splits_a_feed_into_its_dispatches() -> None:
    items = list(iter_parse(FEED))
    assert [i.text for i in items] == list(PARTS)
    assert [i.index for i in items] == [0, 1, 2, 3, 4]
    offsets = [FEED.index(p) for p in PARTS]
    assert [i.offset for i in items] == offsets
    assert [i.line for i in items] == [FEED[:o].count("\n") + 1 for o in offsets]
    assert [i.line for i in items] == [1, 7, 12, 13, 14]
    assert "".join(i.text for i in items) == FEED


def test_each_item_is_what_parse_reads_from_its_text() -> None:
    items = list(iter_parse(FEED))
    xinhua, tass, _, zxs, web = items
    assert xinhua.readout == parse(XINHUA)
    assert xinhua.readout is not None
    assert xinhua.readout.headline == "Wang Yi holds phone talks with Lavrov"
    assert xinhua.readout.end_marker == "(End)"
    assert tass.readout is not None
    assert tass.readout.dateline is not None
    assert tass.readout.dateline.agency == "TASS"
    assert zxs.readout == parse(ZXS)
    assert web.readout is not None
    assert (web.readout.format, web.readout.end_marker) == ("web", "###")
    assert web.readout.header == ("OCTOBER 14, 2023",)


def test_a_bad_item_carries_its_parse_error_and_the_stream_goes_on() -> None:
    items = list(iter_parse(FEED))
    bad = items[2]
    assert bad.readout is None
    assert isinstance(bad.error, ParseError)
    assert isinstance(bad.result, ParseError)
    assert bad.error.msg == "day 32 is not a day of October"
    # The error's line, relative to the item, and the item's line give the line in the feed.
    assert bad.line + bad.error.lineno - 1 == FEED[: FEED.index(BAD)].count("\n") + 1
    assert bad.error.colno == 10
    assert [i.error is None for i in items] == [True, True, False, True, True]


def test_headline_lines_go_with_the_dateline_after_them() -> None:
    feed = ZXS + "\nLavrov holds talks\nWith Wang Yi\n" + TASS
    items = list(iter_parse(feed))
    assert [i.text for i in items] == [ZXS + "\n", "Lavrov holds talks\nWith Wang Yi\n" + TASS]
    assert items[1].readout is not None
    assert items[1].readout.headline == "Lavrov holds talks"
    assert items[1].readout.header == ("With Wang Yi",)


def test_a_body_line_that_ends_like_a_sentence_is_no_headline() -> None:
    feed = TASS.rstrip("\n") + "\nThey spoke for an hour.\n" + ZXS
    items = list(iter_parse(feed))
    assert [i.text for i in items] == [TASS.rstrip("\n") + "\nThey spoke for an hour.\n", ZXS]


def test_end_markers_and_sign_offs_close_a_dispatch() -> None:
    first = "Wang Yi met Blinken in Beijing on Monday. --SPA\n"
    second = "Kuwait's envoy met the minister today.\n(end)\n"
    third = "Talks resumed.\n"
    items = list(iter_parse(first + second + third))
    assert [i.text for i in items] == [first, second, third]
    assert [i.readout.end_marker for i in items if i.readout] == ["--SPA", "(end)", None]


def test_separator_lines_split_and_belong_to_no_item() -> None:
    web = WEB.replace("###\n", "")
    feed = web + "* * *\n" + web + "\n * * * \n" + web
    items = list(iter_parse(feed, separator="* * *"))
    assert [i.text for i in items] == [web, web + "\n", web]
    assert [i.line for i in items] == [1, 8, 16]
    pattern = list(
        iter_parse(feed.replace("* * *", "-----"), separator=__import__("re").compile("-{3,}"))
    )
    assert len(pattern) == 3


def test_web_readouts_run_together_without_a_marker_are_one_item() -> None:
    web = WEB.replace("###\n", "")
    assert len(list(iter_parse(web + web))) == 1


@pytest.mark.parametrize("text", ["", "\n", "  \n\n\t\n"])
def test_a_blank_source_has_no_items(text: str) -> None:
    assert list(iter_parse(text)) == []


def _chunks(text: str, size: int) -> Iterator[str]:
    for start in range(0, len(text), size):
        yield text[start : start + size]


@pytest.mark.parametrize("size", [1, 2, 7, 1000])
def test_a_stream_in_pieces_splits_like_the_text(size: int) -> None:
    expected = [(i.text, i.offset, i.line) for i in iter_parse(FEED)]
    crlf = FEED.replace("\n", "\r\n")
    assert [(i.text, i.offset, i.line) for i in iter_parse(_chunks(crlf, size))] == expected
    cr = FEED.replace("\n", "\r")
    assert [(i.text, i.offset, i.line) for i in iter_parse(_chunks(cr, size))] == expected


def test_a_file_and_a_text_stream_split_like_the_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.txt"
    path.write_bytes(FEED.replace("\n", "\r\n").encode("utf-8"))
    expected = [(i.text, i.offset, i.line) for i in iter_parse(FEED)]
    assert [(i.text, i.offset, i.line) for i in iter_parse(path)] == expected
    with path.open(encoding="utf-8") as f:
        assert [(i.text, i.offset, i.line) for i in iter_parse(f)] == expected


def test_iter_parse_is_lazy() -> None:
    def endless() -> Iterator[str]:
        yield FEED
        while True:
            yield TASS + "\n"

    first_three = list(itertools.islice(iter_parse(endless()), 3))
    assert [i.text for i in first_three] == list(PARTS[:3])


def test_iter_parse_passes_the_parse_options() -> None:
    (item,) = iter_parse(ZXS, structure_only=True)
    assert item.readout is not None
    assert item.readout.call is None
    (strict,) = iter_parse(
        "Beijing, 10 Oct (ZXS) -- Wang Yi met with Blinken on 14 October.\n", strict=True
    )
    assert isinstance(strict.error, ParseError)
    assert strict.error.msg.startswith("RD101 ")


def test_iter_parse_refuses_what_is_not_text(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        iter_parse(FEED.encode())  # type: ignore[arg-type]
    path = tmp_path / "feed.txt"
    path.write_text(FEED, encoding="utf-8")
    with path.open("rb") as f, pytest.raises(TypeError, match="open the file in text mode"):
        list(iter_parse(f))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got a piece of type int"):
        list(iter_parse([FEED, 3]))  # type: ignore[list-item]
    with pytest.raises(ValueError, match="separator must be a line that is not blank"):
        iter_parse(FEED, separator=" ")


def test_split_gives_the_texts_and_their_places() -> None:
    assert list(split(ZXS + ZXS)) == [(ZXS, 0, 1), (ZXS, len(ZXS), 2)]


def test_items_pickle() -> None:
    items = list(iter_parse(FEED))
    again = pickle.loads(pickle.dumps(items))
    assert [i.readout for i in again] == [i.readout for i in items]
    before, after = items[2].error, again[2].error
    assert isinstance(before, ParseError)
    assert isinstance(after, ParseError)
    assert (after.msg, after.pos) == (before.msg, before.pos)


# --- the corpus, read from $READOUT_CORPUS ---------------------------------------------------


def _corpus() -> Path:
    folder = corpus_dir()
    if not (folder / "pairs.json").is_file():
        pytest.skip(f"corpus not found at {folder} (set READOUT_CORPUS to its folder)")
    return folder


def _corpus_texts() -> list[tuple[str, str]]:
    return [(p.name, read_text(p)) for p in sorted(_corpus().glob("*.txt"))]


def test_each_corpus_text_alone_is_one_item() -> None:
    for name, text in _corpus_texts():
        items = list(iter_parse(text))
        assert [i.text for i in items] == [folded(text)], name


def test_the_corpus_run_together_splits_into_its_texts() -> None:
    texts = [text for _, text in _corpus_texts()]
    with_separators = list(iter_parse("\n* * *\n".join(texts), separator="* * *"))
    assert [i.readout for i in with_separators] == [parse(t) for t in texts]
    # Without separators, the dispatches alone: each starts at its dateline or headline.
    dispatches = [t.rstrip() + "\n" for t in texts if parse(t).dateline is not None]
    items = list(iter_parse("\n".join(dispatches)))
    assert [i.readout for i in items] == [parse(t) for t in dispatches]
    assert len(items) == 14


def test_load_reads_the_corpus_folder() -> None:
    items = list(load(_corpus()))
    names = [name for name, _ in _corpus_texts()]
    assert [(i.source, i.index) for i in items] == [(name, 0) for name in names]
    assert all(i.readout is not None for i in items)


def _corpus_readouts() -> tuple[list[str], list[Readout]]:
    texts = _corpus_texts()
    return [name for name, _ in texts], [parse(text) for _, text in texts]


def test_pair_finds_the_same_call_pairs_of_the_corpus() -> None:
    names, readouts = _corpus_readouts()
    labels = json.loads((_corpus() / "pairs.json").read_text(encoding="utf-8"))
    found = {(names[i], names[j]) for i, j in pair(readouts)}
    same = {tuple(sorted(p)) for p in labels["same_call"]}
    different = {tuple(sorted(p)) for p in labels["different_call"]}
    assert same <= found
    assert not different & found


def test_pair_equals_comparing_every_pair_of_the_corpus() -> None:
    _, readouts = _corpus_readouts()
    every = tuple(
        (i, j)
        for i, j in itertools.combinations(range(len(readouts)), 2)
        if compare(readouts[i], readouts[j]).same_call
    )
    assert pair(readouts) == every


def test_the_calls_decide_as_the_whole_comparison_does() -> None:
    _, readouts = _corpus_readouts()
    decided = 0
    for a, b in itertools.combinations(readouts, 2):
        verdict = call_verdict(a, b)
        if verdict is not None:
            decided += 1
            assert verdict is compare(a, b).same_call
        assert same_call(a, b) is compare(a, b).same_call
    assert decided > 200  # of 253: the calls decide most pairs


# --- parse_many ---------------------------------------------------------------------------------

TEXTS = [ZXS, " ", TASS, BAD, XINHUA] * 7


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_keeps_the_order_and_the_errors(workers: int) -> None:
    results = list(parse_many(TEXTS, workers=workers, chunk=3))
    assert len(results) == len(TEXTS)
    for text, result in zip(TEXTS, results, strict=True):
        if text.strip() and text != BAD:
            assert isinstance(result, Readout)
            assert result == parse(text)
            assert render(result) == text
            continue
        assert isinstance(result, ParseError)
        with pytest.raises(ParseError) as info:
            parse(text)
        assert (result.msg, result.pos, result.doc) == (info.value.msg, info.value.pos, text)
    assert [type(r).__name__ for r in results[:5]] == [
        "Readout",
        "ParseError",
        "Readout",
        "ParseError",
        "Readout",
    ]


def test_parse_many_passes_the_parse_options() -> None:
    results = list(parse_many([ZXS, TASS], workers=2, structure_only=True))
    assert [r.call for r in results if isinstance(r, Readout)] == [None, None]


def test_parse_many_is_re_exported_and_lazy() -> None:
    results = readout.parse_many(iter([ZXS]), workers=1)
    assert not isinstance(results, list)
    assert next(results) == parse(ZXS)


@pytest.mark.parametrize("workers", [0, -1, 1.5, True])
def test_parse_many_refuses_a_bad_number_of_workers(workers: object) -> None:
    with pytest.raises(ValueError, match="workers must be a positive int or None"):
        parse_many([ZXS], workers=workers)  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_raises_type_error_for_what_is_not_text(workers: int) -> None:
    with pytest.raises(TypeError, match="expected the readout as a str, got bytes"):
        list(parse_many([ZXS, b"x"], workers=workers))  # type: ignore[list-item]


def _unique_texts(count: int) -> list[str]:
    """Small texts, each different, readouts and errors mixed irregularly: a wrong order shows."""
    texts = []
    for i in range(count):
        kind = (i * 7 + i // 5) % 6
        if kind == 0:
            texts.append(f"Beijing, {1 + i % 28} Oct (ZXS) -- Wang Yi met Blinken on item {i}.\n")
        elif kind == 1:  # no such day: a ParseError
            texts.append(f"Beijing, {32 + i % 7} Oct (ZXS) -- Wang Yi met Blinken on item {i}.\n")
        elif kind == 2:  # blank: a ParseError
            texts.append(" " * i)
        elif kind == 3:
            texts.append(TASS.replace("consultations.", f"consultations on item {i}."))
        elif kind == 4:
            texts.append(XINHUA.replace("(End)", f"Item {i}. (End)"))
        else:
            texts.append(WEB.replace("Wang Yi.", f"Wang Yi on item {i}."))
    return texts


def _assert_same_results(
    results: list[Readout | ParseError], expected: list[Readout | ParseError]
) -> None:
    assert len(results) == len(expected)
    for result, want in zip(results, expected, strict=True):
        if isinstance(want, Readout):
            assert isinstance(result, Readout)
            assert result == want
            assert render(result) == render(want)  # the layout too
        else:
            assert isinstance(result, ParseError)
            assert (result.msg, result.doc, result.pos, result.lineno, result.colno) == (
                want.msg,
                want.doc,
                want.pos,
                want.lineno,
                want.colno,
            )


@pytest.mark.parametrize("chunk", [4, 32])
@pytest.mark.parametrize("workers", [2, 3])
def test_parse_many_in_this_process_and_the_pool_keeps_the_input_order(
    workers: int, chunk: int
) -> None:
    texts = _unique_texts(400)
    assert len(set(texts)) == len(texts)
    expected = [parse_or_error(text) for text in texts]
    assert 100 < sum(isinstance(e, ParseError) for e in expected) < 300  # both kinds, mixed
    results = list(parse_many(iter(texts), workers=workers, chunk=chunk))
    _assert_same_results(results, expected)


def test_parse_many_with_one_text_a_chunk() -> None:
    texts = _unique_texts(60)
    results = list(parse_many(texts, workers=2, chunk=1))
    _assert_same_results(results, [parse_or_error(text) for text in texts])


def test_parse_many_by_default_keeps_the_input_order() -> None:
    texts = _unique_texts(50)  # one process per CPU, this one included
    _assert_same_results(list(parse_many(texts)), [parse_or_error(text) for text in texts])


def test_parse_many_parses_in_this_process_too(monkeypatch: pytest.MonkeyPatch) -> None:
    here: list[str] = []

    def one(read: Callable[[str], Readout], text: str) -> Readout | ParseError:
        here.append(text)  # in this process only: a worker appends to its own copy
        return one_text(read, text)

    one_text = parallel._one
    monkeypatch.setattr(parallel, "_one", one)
    texts = _unique_texts(400)
    results = list(parse_many(texts, workers=2, chunk=4))
    _assert_same_results(results, [parse_or_error(text) for text in texts])
    # The first chunk goes to the pool, and this process does not wait for it to start.
    assert 0 < len(here) < len(texts)
    assert texts[0] not in here


@pytest.mark.parametrize("workers", [2, 3])
def test_parse_many_stops_when_the_caller_stops(workers: int) -> None:
    read: list[int] = []

    def endless() -> Iterator[str]:  # an input without end: it must be read lazily
        for i in itertools.count():
            read.append(i)
            yield f"Beijing, {1 + i % 28} Oct (ZXS) -- Wang Yi met Blinken on item {i}.\n"

    results = parse_many(endless(), workers=workers, chunk=4)
    first = list(itertools.islice(results, 10))
    assert [r.paragraphs[0].sentences[0].text for r in first if isinstance(r, Readout)] == [
        f"Wang Yi met Blinken on item {i}." for i in range(10)
    ]
    start = time.monotonic()
    results.close()  # type: ignore[attr-defined]  # a generator, typed as an Iterator
    assert time.monotonic() - start < 30  # the pool is shut down, without waiting for the input
    assert next(results, None) is None
    assert 10 < len(read) < 400  # a few chunks a worker ahead, no more


def test_parse_many_raises_type_error_for_what_is_not_text_deep_in_the_input() -> None:
    texts: list[object] = [*[ZXS] * 300, b"x", *[ZXS] * 30]  # in the pool or here: the same
    with pytest.raises(TypeError, match="expected the readout as a str, got bytes"):
        list(parse_many(texts, workers=2, chunk=4))  # type: ignore[arg-type]


def test_readouts_pickle_back_whole() -> None:
    for text in (XINHUA, TASS, WEB, read_text(SEED)):
        r = parse(text)
        again = pickle.loads(pickle.dumps(r))
        assert again == r
        assert render(again) == render(r)  # the layout too


def test_a_readout_pickles_smaller_than_its_json() -> None:
    r = parse(read_text(SEED))  # names and classes are written once, then referred to
    assert len(pickle.dumps(r)) < len(to_json(r).encode("utf-8"))


# --- pairing on generated readouts ----------------------------------------------------------


@pytest.fixture(scope="module")
def generated() -> list[tuple[int, Readout]]:
    """Readouts of 70 made-up calls, each parsed from its text, with its call's number."""
    return [(r.call_id, parse(render(r.readout))) for r in reported_calls(70, seed=7)]


def test_pair_equals_judging_every_pair_of_generated_readouts(
    generated: list[tuple[int, Readout]],
) -> None:
    readouts = [r for _, r in generated]
    every = tuple(
        (i, j)
        for i, j in itertools.combinations(range(len(readouts)), 2)
        if same_call(readouts[i], readouts[j])
    )
    assert pair(readouts) == every
    truth = {
        (i, j)
        for i, j in itertools.combinations(range(len(generated)), 2)
        if generated[i][0] == generated[j][0]
    }
    assert truth <= set(every)  # every generated call's readouts are found


def test_the_blocks_paired_one_by_one_give_the_pairs(generated: list[tuple[int, Readout]]) -> None:
    readouts = [r for _, r in generated]
    blocks: dict[str, list[int]] = {}
    for i, r in enumerate(readouts):
        for key in pair_keys(r):
            blocks.setdefault(key, []).append(i)
    found: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        found.update(
            (members[a], members[b]) for a, b in pair_block(key, [readouts[m] for m in members])
        )
    assert tuple(sorted(found)) == pair(readouts)


def _call_readout(text: str) -> Readout:
    r = parse(text)
    assert r.call is not None
    return r


def test_pair_compares_undated_readouts_with_the_whole_block() -> None:
    dated = _call_readout(
        "Beijing, 14 Oct (ZXS) -- Wang Yi had a telephone conversation "
        "with Blinken. They discussed Gaza."
    )
    undated = _call_readout("Wang Yi had a phone call with Blinken. They discussed Gaza.")
    other = _call_readout(
        "Beijing, 2 Mar (ZXS) -- Wang Yi had a telephone conversation "
        "with Blinken. They discussed Gaza."
    )
    meeting = _call_readout("Beijing, 14 Oct (ZXS) -- Wang Yi met with Blinken.")
    readouts = [dated, undated, other, meeting]
    every = tuple(
        (i, j)
        for i, j in itertools.combinations(range(4), 2)
        if compare(readouts[i], readouts[j]).same_call
    )
    assert pair(readouts) == every
    assert (0, 2) not in every  # five months apart
    assert (0, 3) not in every  # a meeting is not a call


def test_pair_matches_a_date_without_a_year_across_the_new_year() -> None:
    a = _call_readout("Beijing, 31 Dec (ZXS) -- Wang Yi had a telephone conversation with Blinken.")
    b = _call_readout("WASHINGTON, Jan. 1, 2024 (AP) -- Blinken had a phone call with Wang Yi.")
    assert compare(a, b).same_call
    assert pair([a, b]) == ((0, 1),)


def test_readouts_without_a_call_pair_when_their_texts_are_copies() -> None:
    text = (
        "BEIJING, Oct. 1 (Xinhua) -- The ministry announced new rules for exports of "
        "rare earths on Monday. The rules take effect next month and cover seven metals."
    )
    copy = text.replace("on Monday", "on Monday, officials said")
    other = (
        "BEIJING, Oct. 1 (Xinhua) -- Heavy rain closed schools across the south of the "
        "country on Monday, the weather service said."
    )
    readouts = [parse(text), parse(other), parse(copy)]
    assert all(r.call is None for r in readouts)
    assert compare(readouts[0], readouts[2]).same_call
    assert pair(readouts) == ((0, 2),)


def test_pair_keys_name_the_participants_and_titles() -> None:
    r = _call_readout(ZXS)
    assert pair_keys(r) == frozenset(
        {
            "meeting:name:wang",
            "meeting:name:yi",
            "meeting:name:antony",
            "meeting:name:blinken",
            "meeting:title:US:secretary",
            "meeting:title:US:state",
        }
    )


# --- near-duplicates ----------------------------------------------------------------------------


def _republished(r: Readout) -> Readout:
    """A copy as another outlet would run it: a new headline, a sentence added at the end."""
    extra = attrs.evolve(
        r.paragraphs[-1].sentences[-1],
        text="Officials confirmed the account.",
        speaker=None,
        cue=None,
    )
    last = attrs.evolve(
        r.paragraphs[-1], sentences=(*r.paragraphs[-1].sentences, extra), separators=()
    )
    return attrs.evolve(
        r,
        headline="Copy: " + (r.headline or "dispatch"),
        header=(),
        paragraphs=(*r.paragraphs[:-1], last),
    )


@pytest.fixture(scope="module")
def with_copies() -> tuple[list[Readout], set[tuple[int, int]]]:
    """Over a thousand generated readouts, and copies of forty of them at the end."""
    readouts = [r.readout for r in reported_calls(450, seed=11)]
    originals = readouts[: 40 * 11 : 11]
    copies = [_republished(r) for r in originals]
    n = len(readouts)
    expected = {(i * 11, n + i) for i in range(40)}
    return readouts + copies, expected


def test_near_duplicates_finds_the_copies(
    with_copies: tuple[list[Readout], set[tuple[int, int]]],
) -> None:
    readouts, copies = with_copies
    assert len(readouts) > 1000
    found = near_duplicates(readouts, threshold=0.8)
    assert {(d.first, d.second) for d in found} >= copies
    for d in found:
        assert d.first < d.second
        assert d.similarity == jaccard(shingles(readouts[d.first]), shingles(readouts[d.second]))
        assert d.similarity >= 0.8


def test_near_duplicates_equals_comparing_every_pair(
    with_copies: tuple[list[Readout], set[tuple[int, int]]],
) -> None:
    readouts, _ = with_copies
    sets = [shingles(r) for r in readouts]
    every = {
        (i, j)
        for i, j in itertools.combinations(range(len(sets)), 2)
        if jaccard(sets[i], sets[j]) >= 0.8
    }
    assert {(d.first, d.second) for d in near_duplicates(readouts, threshold=0.8)} == every


def test_near_duplicates_refuses_a_threshold_out_of_range() -> None:
    with pytest.raises(ValueError, match=r"threshold must be in \(0, 1\]"):
        near_duplicates([], threshold=0)


def test_duplicate_is_a_value() -> None:
    assert Duplicate(0, 1, 1.0) == Duplicate(0, 1, 1.0)


# --- rows ----------------------------------------------------------------------------------------


def test_rows_one_per_readout_and_one_per_statement() -> None:
    items = list(iter_parse(FEED))
    readouts = list(readout_rows(items))
    assert [tuple(row) for row in readouts] == [READOUT_COLUMNS] * 4  # the bad item left out
    assert [row["index"] for row in readouts] == [0, 1, 3, 4]
    statements = list(statement_rows(items))
    assert all(tuple(row) == STATEMENT_COLUMNS for row in statements)
    assert len(statements) == sum(len(i.readout.sentences) for i in items if i.readout)
    assert [row["sentences"] for row in readouts] == [
        len(i.readout.sentences) for i in items if i.readout
    ]
    by_index = {row["index"] for row in statements}
    assert by_index == {0, 1, 3, 4}


def test_readout_rows_hold_the_header_and_the_call() -> None:
    (row,) = readout_rows([parse(XINHUA)])
    assert row == {
        "source": None,
        "index": 0,
        "format": "dispatch",
        "headline": "Wang Yi holds phone talks with Lavrov",
        "place": "BEIJING",
        "agency": "Xinhua",
        "dateline_date": "--08-07",
        "call_kind": "telephone",
        "call_date": None,
        "participants": "Wang Yi; Sergey Lavrov",
        "countries": "CN; RU",
        "initiator": None,
        "paragraphs": 2,
        "sentences": 2,
        "end_marker": "(End)",
    }


def test_statement_rows_say_who_speaks() -> None:
    rows = list(statement_rows([parse(TASS)]))
    assert [(r["paragraph"], r["sentence"], r["speaker"], r["cue"]) for r in rows] == [
        (0, 0, None, None),
        (1, 0, "both", "agreed to"),
    ]
    assert all(isinstance(v, str | int | type(None)) for r in rows for v in r.values())


def test_to_dataframe_makes_the_tables() -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is not installed (the pandas extra)")
    from readout.corpus import to_dataframe

    items = list(iter_parse(FEED))
    frame = to_dataframe(items)
    assert isinstance(frame, pandas.DataFrame)
    assert (frame.shape, tuple(frame.columns)) == ((4, len(READOUT_COLUMNS)), READOUT_COLUMNS)
    statements = to_dataframe(items, per="statement")
    assert tuple(statements.columns) == STATEMENT_COLUMNS
    assert len(statements) == sum(len(i.readout.sentences) for i in items if i.readout)


# --- load ----------------------------------------------------------------------------------------


def test_load_a_folder_item_by_item(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FEED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TASS, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a readout", encoding="utf-8")
    items = list(load(tmp_path))
    assert [(i.source, i.index) for i in items] == [("a.txt", n) for n in range(5)] + [("b.txt", 0)]
    assert isinstance(items[2].error, ParseError)


def test_load_a_json_lines_file(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    bad = json.dumps({**readout.to_dict(parse(ZXS)), "headline": 3})
    lines = [to_json(parse(XINHUA)), bad, "", to_json(parse(TASS))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(load(path))
    assert [(i.index, i.line) for i in items] == [(0, 1), (1, 2), (2, 4)]
    assert items[0].readout == parse(XINHUA)
    assert items[2].readout == parse(TASS)
    error = items[1].error
    assert isinstance(error, readout.DecodeError)
    assert (error.path, error.msg) == ("$.headline", "expected a string, got an integer")
    assert items[1].offset == len(lines[0]) + 1


def test_load_refuses_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        load(tmp_path / "absent")


def test_item_is_a_value() -> None:
    r = parse(ZXS)
    assert Item(r, ZXS, 0, 0, 1) == Item(r, ZXS, 0, 0, 1)
    assert Item(r, ZXS, 0, 0, 1).error is None


# --- import cost ----------------------------------------------------------------------------


def test_import_readout_loads_no_heavy_module() -> None:
    code = (
        "import sys, readout\n"
        "heavy = ['pandas', 'dask', 'rapidfuzz', 'multiprocessing', 'concurrent.futures',\n"
        "         'readout.corpus.pairing', 'readout.corpus.dedup', 'readout.compare.core']\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
