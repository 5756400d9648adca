"""Markdown reports (GitHub flavour): a comparison, a revision.

Word-level differences are written as ``~~removed~~ **added**``; text from the
readouts is escaped so that it cannot start a list, a heading or a link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from readout.compare.result import Change, Comparison, DiffOp, SentenceRef, WordSpan
from readout.compare.revision import EditKind, Revision
from readout.report._common import (
    change_label,
    label,
    match_title,
    phrase_groups,
    rows,
    speaker_name,
    summary,
    value_text,
    words_of,
)

__all__ = ["comparison_markdown", "escape", "revision_markdown", "word_markup"]

_NONE: Final = "—"
# Characters that mean something inside a line of Markdown, and "|" which ends a table cell.
_SPECIAL: Final = re.compile(r"([\\`*_\[\]<>|~])")


def escape(text: str) -> str:
    """Text that Markdown shows as written.

    >>> escape("the *two-state* [solution] | #1")
    'the \\\\*two-state\\\\* \\\\[solution\\\\] \\\\| #1'
    """
    return _SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def word_markup(spans: Iterable[WordSpan]) -> str:
    """Word-level differences in Markdown: ``~~old~~ **new**``."""
    out = []
    for span in spans:
        if span.op is DiffOp.EQUAL:
            out.append(escape(span.left))
            continue
        if span.left:
            out.append(f"~~{escape(span.left)}~~")
        if span.right:
            out.append(f"**{escape(span.right)}**")
    return " ".join(out)


def comparison_markdown(comparison: Comparison) -> str:
    """A comparison in Markdown."""
    return "\n".join(_comparison_lines(comparison)) + "\n"


def _comparison_lines(c: Comparison) -> Iterator[str]:
    verdict = "the same call" if c.same_call else "different calls"
    yield "# Readout comparison"
    yield ""
    yield f"**Verdict:** {verdict} · **similarity** {c.similarity:.2f}"
    yield ""
    yield f"- **Left:** {escape(label(c.left))}"
    yield f"- **Right:** {escape(label(c.right))}"
    yield ""
    yield "## Evidence"
    yield ""
    yield from (f"- {escape(e)}" for e in c.evidence)
    yield ""
    yield "## Participants"
    yield ""
    yield from _participant_table(c)
    yield ""
    yield "## Call"
    yield ""
    yield from _change_table(c.changes, ("left", "right"))
    yield ""
    yield "## Statements side by side"
    yield ""
    yield from _aligned_table(c)
    yield ""
    yield "## Statements by speaker"
    yield ""
    for group in c.statements:
        yield f"- **{escape(group.name)}**: {summary(group)}"
    yield ""
    yield "## Phrases"
    yield ""
    yield from _phrase_lines(c)


def _participant_table(c: Comparison) -> Iterator[str]:
    yield "| participant | field | left | right |"
    yield "|---|---|---|---|"
    for m in c.participants:
        if not m.changes:
            yield f"| {escape(match_title(m))} | | | |"
        for change in m.changes:
            yield (
                f"| {escape(match_title(m))} | {change.path} | {_cell(change.left)} "
                f"| {_cell(change.right)} |"
            )


def _change_table(changes: tuple[Change, ...], sides: tuple[str, str]) -> Iterator[str]:
    if not changes:
        yield "No differences."
        return
    yield f"| field | {sides[0]} | {sides[1]} |"
    yield "|---|---|---|"
    for x in changes:
        yield f"| {escape(change_label(x))} | {_cell(x.left)} | {_cell(x.right)} |"


def _cell(value: str | None) -> str:
    return _NONE if value is None else escape(value_text(value) or _NONE)


def _aligned_table(c: Comparison) -> Iterator[str]:
    yield "| left | right | match |"
    yield "|---|---|---|"
    for row in rows(c):
        if row.pair is not None:
            words = words_of(row.pair)
            if words is not None:
                who = _who(row.pair.left, row.pair.right)
                yield f"| {who}{word_markup(words)} | ↔ | {row.pair.score:.2f} |"
                continue
            match = f"{row.pair.score:.2f}"
        else:
            match = "**only left**" if row.left is not None else "**only right**"
        yield f"| {_sentence(row.left)} | {_sentence(row.right)} | {match} |"


def _who(left: SentenceRef, right: SentenceRef) -> str:
    a, b = speaker_name(left.speaker), speaker_name(right.speaker)
    return f"*{escape(a)}:* " if a == b else f"*{escape(a)} / {escape(b)}:* "


def _sentence(ref: SentenceRef | None) -> str:
    if ref is None:
        return ""
    return f"*{escape(speaker_name(ref.speaker))}:* {escape(ref.text)}"


def _phrase_lines(c: Comparison) -> Iterator[str]:
    for title, labels in phrase_groups(c):
        listed = "; ".join(escape(label) for label in labels)
        yield f"- **{title.capitalize()}:** {listed or _NONE}"


# --- revisions ----------------------------------------------------------------------------


def revision_markdown(revision: Revision) -> str:
    """A revision in Markdown."""
    return "\n".join(_revision_lines(revision)) + "\n"


def _revision_lines(r: Revision) -> Iterator[str]:
    yield "# Readout revision"
    yield ""
    yield f"- **Old:** {escape(label(r.old))}"
    yield f"- **New:** {escape(label(r.new))}"
    yield ""
    if r.unchanged:
        yield "No changes."
        return
    yield "## Fields"
    yield ""
    yield from _change_table(r.changes, ("old", "new"))
    yield ""
    yield "## Sentences"
    yield ""
    if not r.edits:
        yield "No differences."
    for e in r.edits:
        yield f"- {_edit(e.kind, e.old, e.new, e.words)}"


def _edit(
    kind: EditKind, old: SentenceRef | None, new: SentenceRef | None, words: tuple[WordSpan, ...]
) -> str:
    if kind is EditKind.CHANGED:
        assert old is not None
        assert new is not None
        return f"**changed** ({old.index} → {new.index}): {word_markup(words)}"
    if kind is EditKind.MOVED:
        assert old is not None
        assert new is not None
        return f"**moved** ({old.index} → {new.index}): {escape(new.text)}"
    ref = old if old is not None else new
    assert ref is not None
    return f"**{kind.value}** ({ref.index}): {escape(ref.text)}"
