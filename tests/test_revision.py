"""readout.diff_revisions: what changed between two versions of one readout."""

from __future__ import annotations

import pytest

import readout
from readout import Readout
from readout.compare import Change, DiffOp, EditKind, Revision, WordSpan, diff_revisions
from readout.parser.meaning import read_meaning

OLD = (
    "Readout of the Secretary’s Call with Foreign Minister Wang Yi\n\n"
    "OCTOBER 14, 2023\n\n"
    "Secretary of State Antony J. Blinken spoke today with PRC Foreign Minister Wang Yi.\n\n"
    "The Secretary called for Hamas to free all hostages immediately. "
    "He underlined the need to preserve stability in the region.\n\n"
    "The two sides noted the importance of keeping channels of communication open.\n"
)


def read(text: str) -> Readout:
    return read_meaning(readout.parse(text))


def edit(text: str, *pairs: tuple[str, str]) -> Readout:
    for old, new in pairs:
        assert old in text
        text = text.replace(old, new)
    return read(text)


def test_a_readout_against_itself_is_unchanged() -> None:
    r = diff_revisions(read(OLD), read(OLD))
    assert (r.unchanged, r.changes, r.edits) == (True, (), ())


def test_whitespace_alone_changes_nothing() -> None:
    spaced = OLD.replace("free all", "free  all").replace("\n\nThe two", "\n\n\nThe two")
    assert diff_revisions(read(OLD), read(spaced)).unchanged is True


def test_a_changed_sentence_with_its_word_differences() -> None:
    new = edit(OLD, ("free all hostages immediately", "release the hostages"))
    (e,) = diff_revisions(read(OLD), new).edits
    assert e.kind is EditKind.CHANGED
    assert e.old is not None
    assert e.new is not None
    assert (e.old.index, e.new.index) == (1, 1)
    assert e.words == (
        WordSpan(
            DiffOp.EQUAL, "The Secretary called for Hamas to", "The Secretary called for Hamas to"
        ),
        WordSpan(DiffOp.REPLACE, "free all hostages immediately.", "release the hostages."),
    )


def test_added_and_removed_sentences() -> None:
    new = edit(
        OLD,
        (" He underlined the need to preserve stability in the region.", ""),
        ("communication open.\n", "communication open. They agreed to stay in touch.\n"),
    )
    r = diff_revisions(read(OLD), new)
    assert [(e.kind, e.old and e.old.text, e.new and e.new.text) for e in r.edits] == [
        (EditKind.REMOVED, "He underlined the need to preserve stability in the region.", None),
        (EditKind.ADDED, None, "They agreed to stay in touch."),
    ]
    assert r.of_kind(EditKind.ADDED) == (r.edits[1],)


def test_a_sentence_moved_elsewhere() -> None:
    sentence = "The Secretary called for Hamas to free all hostages immediately."
    new = edit(
        OLD,
        (f"{sentence} ", ""),
        ("communication open.\n", f"communication open. {sentence}\n"),
    )
    (e,) = diff_revisions(read(OLD), new).edits
    assert e.kind is EditKind.MOVED
    assert e.old is not None
    assert e.new is not None
    assert (e.old.index, e.new.index, e.new.text) == (1, 3, sentence)


def test_fields_of_the_header_and_the_call() -> None:
    new = edit(
        OLD,
        ("OCTOBER 14, 2023", "OCTOBER 15, 2023"),
        ("spoke today with", "spoke today at his request with"),
        ("Secretary’s Call", "Secretary’s Phone Call"),
    )
    r = diff_revisions(read(OLD), new)
    assert r.changes == (
        Change(
            "headline",
            "Readout of the Secretary’s Call with Foreign Minister Wang Yi",
            "Readout of the Secretary’s Phone Call with Foreign Minister Wang Yi",
        ),
        Change("header", "OCTOBER 14, 2023", "OCTOBER 15, 2023"),
        Change("call.initiator", None, "Wang Yi"),
    )
    (e,) = r.edits
    assert e.kind is EditKind.CHANGED


def test_a_participant_retitled() -> None:
    new = edit(OLD, ("PRC Foreign Minister Wang Yi", "Chinese Foreign Minister Wang Yi"))
    changes = diff_revisions(read(OLD), new).changes
    assert (
        Change("call.participants[1].title", "PRC Foreign Minister", "Chinese Foreign Minister")
        in changes
    )


def test_json_round_trip() -> None:
    new = edit(OLD, ("free all hostages immediately", "release the hostages"))
    r = diff_revisions(read(OLD), new)
    assert Revision.from_json(r.to_json()) == r
    assert r.to_dict()["edits"][0]["words"][1] == {
        "op": "replace",
        "left": "free all hostages immediately.",
        "right": "release the hostages.",
    }


def test_bad_records_raise_decode_error() -> None:
    data = diff_revisions(read(OLD), read(OLD)).to_dict()
    data["edits"] = [{"kind": "rewritten", "old": None, "new": None, "words": []}]
    with pytest.raises(readout.DecodeError) as info:
        Revision.from_dict(data)
    assert info.value.msg == "'rewritten' is not a valid EditKind"
