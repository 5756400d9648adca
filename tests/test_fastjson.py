"""The compiled JSON path writes the bytes and builds the readouts that the converter does.

``to_json``, ``from_json`` and ``from_dict`` take :mod:`readout._fastjson` while no hook
for a type of the record has been registered on ``readout.converter``; the thorough
path (``json.dumps(to_dict(r))``, ``converter.structure``) is the reference.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import readout
from readout import Readout, from_dict, from_json, parse, serialize, to_dict, to_json
from readout._fastjson import Fallback, read_dict, read_json, write_json
from readout.strategies import composed_readouts, readouts
from support import SEED, corpus_cases, read_text

CORPUS = corpus_cases()


def _reference_json(r: Readout) -> str:
    return json.dumps(to_dict(r), ensure_ascii=False, allow_nan=False)


def _reference_read(text: str) -> Readout:
    return serialize.converter.structure(json.loads(text), Readout)


@given(st.one_of(readouts(), composed_readouts()))
def test_the_same_bytes_and_the_same_readout(r: Readout) -> None:
    text = write_json(r)
    assert text == _reference_json(r)
    assert to_json(r) == text
    again = read_json(text)
    assert again == _reference_read(text) == r
    assert readout.render(again) == readout.render(r)  # the layout too


@pytest.mark.parametrize(("text_path", "gold_path"), CORPUS)
def test_the_same_bytes_and_readout_on_the_corpus(text_path: Any, gold_path: Any) -> None:
    r = parse(read_text(text_path))
    text = to_json(r)
    assert text == _reference_json(r)
    assert from_json(text) == _reference_read(text) == r


def test_layout_that_is_not_canonical_is_written_the_same() -> None:
    r = parse(read_text(SEED))
    assert r.dateline is not None
    odd = attrs.evolve(
        r,
        layout=attrs.evolve(r.layout, before="\ufeff ", between=("\n\n",) * 8, after=""),
        dateline=attrs.evolve(r.dateline, source="Beijing, 10 Oct (ZXS)  --  "),
    )
    assert write_json(odd) == _reference_json(odd)
    assert from_json(write_json(odd)) == odd


@pytest.mark.parametrize(
    "text",
    [
        '{"headline": null, "headline": null}',  # a duplicate key
        '{"x": NaN}',
        '{"x": 123456789012345678901}',
        "[]",
        "{",
    ],
)
def test_unusual_json_falls_back(text: str) -> None:
    with pytest.raises(Fallback):
        read_json(text)


def test_unusual_records_fall_back() -> None:
    record = to_dict(parse(read_text(SEED)))
    for broken in (
        {**record, "extra": 1},
        {k: v for k, v in record.items() if k != "call"},
        {**record, "headline": 3},
        {**record, "header": ("a tuple",)},
        {**record, "end_marker": "(Fin)"},  # a validator refuses it
    ):
        with pytest.raises(Fallback):
            read_dict(broken)


def test_from_dict_takes_the_compiled_path_for_a_dict_only() -> None:
    record = to_dict(parse(read_text(SEED)))
    assert from_dict(record) == read_dict(record)
    with pytest.raises(Fallback):
        read_dict(dict.fromkeys(record))  # values of the wrong types


def test_the_comparison_hooks_leave_the_compiled_path_on() -> None:
    import readout.compare.result  # noqa: F401 - registers its hooks on readout.converter

    assert serialize.converter.compiled


def _fresh() -> Any:
    return serialize._SharedConverter()


def test_a_hook_for_a_type_of_the_record_turns_the_compiled_path_off() -> None:
    unrelated = _fresh()
    unrelated.register_structure_hook(float, lambda v, _: float(v))
    unrelated.register_unstructure_hook_factory(lambda t: t is complex, lambda t: str)
    assert unrelated.compiled
    hooks: list[Any] = [_fresh() for _ in range(4)]
    hooks[0].register_structure_hook(str, lambda v, _: v)
    hooks[1].register_unstructure_hook(readout.Participant, lambda p: p.name)
    hooks[2].register_structure_hook_func(lambda t: t is int, lambda v, _: v)
    hooks[3].register_unstructure_hook_factory(attrs.has, lambda t: str)
    assert [conv.compiled for conv in hooks] == [False] * 4


def test_a_registered_hook_takes_effect(monkeypatch: pytest.MonkeyPatch) -> None:
    conv = _fresh()
    conv.register_unstructure_hook(
        readout.Participant, lambda p: {"name": p.name, "title": p.title, "country": p.country}
    )
    conv.register_unstructure_hook(Readout, lambda r: {"headline": r.headline})
    monkeypatch.setattr(serialize, "converter", conv)
    assert to_json(parse(read_text(SEED))) == '{"headline": null}'
