"""Plain-text reports for a terminal: a comparison, a revision.

Word-level differences are written as ``[-removed-]{+added+}``, as ``git diff
--word-diff=plain`` writes them.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator
from typing import Final

from readout.compare.result import Change, Comparison, DiffOp, SentenceRef, WordSpan
from readout.compare.revision import EditKind, Revision
from readout.report._common import (
    change_label,
    label,
    match_title,
    phrase_groups,
    speaker_name,
    summary,
    value_text,
    words_of,
)

__all__ = ["comparison_text", "revision_text", "word_markup"]

_INDENT: Final = "    "
_NONE: Final = "—"


def comparison_text(comparison: Comparison, *, width: int = 100) -> str:
    """A comparison for a terminal, lines at most ``width`` characters wide."""
    return "\n".join(_comparison_lines(comparison, width)) + "\n"


def _comparison_lines(c: Comparison, width: int) -> Iterator[str]:
    verdict = "the same call" if c.same_call else "different calls"
    yield f"Readout comparison: {verdict} (similarity {c.similarity:.2f})"
    yield f"  left:  {label(c.left, limit=width - 9)}"
    yield f"  right: {label(c.right, limit=width - 9)}"
    yield from _section("Evidence", (f"- {e}" for e in c.evidence), width)
    yield from _section("Participants", _participant_lines(c), width)
    yield from _section("Call", _change_lines(c.changes) or ["no differences"], width)
    yield from _section("Statements", _statement_lines(c), width)
    yield from _section("Phrases", _phrase_lines(c), width)


def _section(title: str, lines: Iterable[str], width: int) -> Iterator[str]:
    yield ""
    yield title
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        rest = " " * (indent + (2 if line.lstrip().startswith(("- ", "* ")) else 0))
        yield from textwrap.wrap(
            line,
            width=width,
            initial_indent="  ",
            subsequent_indent="  " + rest,
            break_on_hyphens=False,
        ) or [""]


def _participant_lines(c: Comparison) -> Iterator[str]:
    for m in c.participants:
        yield match_title(m)
        for change in m.changes:
            yield f"{_INDENT}{change.path}: {_value(change.left)} | {_value(change.right)}"


def _change_lines(changes: Iterable[Change]) -> list[str]:
    return [f"{change_label(x)}: {_value(x.left)} | {_value(x.right)}" for x in changes]


def _value(value: str | None) -> str:
    return _NONE if value is None else value_text(value) or _NONE


def _statement_lines(c: Comparison) -> Iterator[str]:
    for group in c.statements:
        yield f"{group.name}: {summary(group)}"
        for ref in group.left_only:
            yield f"{_INDENT}* only left {_ref(ref)}"
        for ref in group.right_only:
            yield f"{_INDENT}* only right {_ref(ref)}"
        for pair in group.pairs:
            words = words_of(pair)
            if words is None:
                yield f"{_INDENT}* matched {pair.score:.2f} left {_ref(pair.left)}"
                yield f"{_INDENT}  {' ' * 13}right {_ref(pair.right)}"
            else:
                yield (
                    f"{_INDENT}* matched {pair.score:.2f} [{pair.left.index}]~[{pair.right.index}] "
                    f"{word_markup(words)}"
                )


def _ref(ref: SentenceRef) -> str:
    who = speaker_name(ref.speaker)
    return f"[{ref.index}] ({who}) {ref.text}"


def word_markup(spans: Iterable[WordSpan]) -> str:
    """Word-level differences in plain text: ``[-old-]{+new+}``.

    >>> from readout.compare.words import word_diff
    >>> word_markup(word_diff("opposes all acts", "opposes any act"))
    'opposes [-all acts-]{+any act+}'
    """
    out = []
    for span in spans:
        if span.op is DiffOp.EQUAL:
            out.append(span.left)
            continue
        if span.left:
            out.append(f"[-{span.left}-]")
        if span.right:
            out.append(f"{{+{span.right}+}}")
        if span.op is DiffOp.REPLACE:
            out[-2:] = ["".join(out[-2:])]
    return " ".join(out)


def _phrase_lines(c: Comparison) -> Iterator[str]:
    for title, labels in phrase_groups(c):
        yield f"{title}: {'; '.join(labels) or _NONE}"


# --- revisions ----------------------------------------------------------------------------

_EDIT_TITLES: Final = {
    EditKind.CHANGED: "changed",
    EditKind.ADDED: "added",
    EditKind.REMOVED: "removed",
    EditKind.MOVED: "moved",
}


def revision_text(revision: Revision, *, width: int = 100) -> str:
    """A revision for a terminal, lines at most ``width`` characters wide."""
    return "\n".join(_revision_lines(revision, width)) + "\n"


def _revision_lines(r: Revision, width: int) -> Iterator[str]:
    counts = ", ".join(f"{len(r.of_kind(k))} {t}" for k, t in _EDIT_TITLES.items())
    state = "no changes" if r.unchanged else counts
    yield f"Readout revision: {state}"
    yield f"  old: {label(r.old, limit=width - 7)}"
    yield f"  new: {label(r.new, limit=width - 7)}"
    if r.changes:
        yield from _section("Fields", _change_lines(r.changes), width)
    yield from _section("Sentences", _edit_lines(r) or ["no differences"], width)


def _edit_lines(r: Revision) -> list[str]:
    lines = []
    for e in r.edits:
        title = _EDIT_TITLES[e.kind]
        if e.kind is EditKind.CHANGED:
            assert e.old is not None
            assert e.new is not None
            lines.append(f"* {title} [{e.old.index}]->[{e.new.index}] {word_markup(e.words)}")
        elif e.kind is EditKind.MOVED:
            assert e.old is not None
            assert e.new is not None
            lines.append(f"* {title} [{e.old.index}]->[{e.new.index}] {e.new.text}")
        else:
            ref = e.old if e.old is not None else e.new
            assert ref is not None
            lines.append(f"* {title} [{ref.index}] {ref.text}")
    return lines
