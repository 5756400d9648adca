"""HTML reports: one self-contained page per comparison or revision.

The page holds its CSS inline and loads nothing: no scripts, fonts, images or
style sheets from anywhere. Every piece of text from a readout is escaped.
A comparison shows the verdict and its evidence, the participants, the call's
differences, the two readouts side by side with their sentences aligned
(sentences without a counterpart highlighted, near matches with their
word-level differences), the speakers' balance and the salient phrases.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from html import escape
from importlib import resources

from readout.compare.result import (
    Change,
    Comparison,
    DiffOp,
    Phrase,
    PhraseKind,
    SentenceRef,
    WordSpan,
)
from readout.compare.revision import EditKind, Revision, SentenceEdit
from readout.model import Participant, Readout
from readout.report._common import (
    Row,
    change_label,
    label,
    rows,
    speaker_name,
    value_text,
    words_of,
)

__all__ = ["comparison_html", "revision_html"]


@functools.cache
def _css() -> str:
    """The style sheet, package data that each page holds inline."""
    return resources.files("readout.report").joinpath("report.css").read_text(encoding="utf-8")


def comparison_html(comparison: Comparison) -> str:
    """A self-contained HTML page for a comparison."""
    title = f"Readout comparison: {label(comparison.left)} / {label(comparison.right)}"
    return _page(title, _comparison_body(comparison))


def _page(title: str, body: Iterable[str]) -> str:
    head = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n<main>\n"
    )
    return head + "\n".join(body) + "\n</main>\n</body>\n</html>\n"


def _comparison_body(c: Comparison) -> Iterator[str]:
    voices = _voice_classes(c)
    yield "<h1>Readout comparison</h1>"
    yield '<p class="sub">Two readouts of a call, sentence by sentence.</p>'
    yield from _verdict(c)
    yield from _sides(c.left, c.right, ("Left", "Right"))
    yield "<h2>Evidence for the verdict</h2>"
    yield '<ul class="evidence">' + "".join(f"<li>{escape(e)}</li>" for e in c.evidence) + "</ul>"
    yield "<h2>Participants</h2>"
    yield from _participants(c)
    yield "<h2>The call</h2>"
    yield from _changes(c.changes, ("Left", "Right"))
    yield "<h2>Side by side</h2>"
    yield from _legend()
    yield from _aligned(c, voices)
    yield "<h2>Speakers</h2>"
    yield from _speakers(c, voices)
    yield "<h2>Salient phrases</h2>"
    yield from _phrases(c)
    yield "<footer>Made by readout. A score is the share of content words in common.</footer>"


def _verdict(c: Comparison) -> Iterator[str]:
    kind, text = ("same", "The same call") if c.same_call else ("different", "Different calls")
    percent = round(c.similarity * 100)
    yield (
        f'<div class="verdict"><span class="badge {kind}">{text}</span>'
        f'<span class="meter">similarity <span class="bar"><span class="fill" '
        f'style="width:{percent}%"></span></span> {c.similarity:.2f}</span></div>'
    )


def _sides(left: Readout, right: Readout, names: tuple[str, str]) -> Iterator[str]:
    yield '<div class="sides">'
    for readout, name in ((left, names[0]), (right, names[1])):
        css = "left" if name in {"Left", "Old"} else "right"
        meta = f"{readout.format} · {len(readout.sentences)} sentences"
        if readout.dateline is not None and readout.headline is not None:
            meta += f" · {escape(readout.headline)}"
        yield (
            f'<div class="card {css}"><h3>{name}</h3><div class="title">'
            f"{escape(label(readout, limit=None))}"
            f'</div><div class="meta">{meta}</div></div>'
        )
    yield "</div>"


def _participants(c: Comparison) -> Iterator[str]:
    yield (
        '<table class="people"><thead><tr><th>Left</th><th class="score">Matched by</th>'
        "<th>Right</th></tr></thead><tbody>"
    )
    for m in c.participants:
        changed = {x.path for x in m.changes}
        basis = "—" if m.basis is None else f"same {m.basis.value}"
        yield (
            f'<tr>{_person(m.left, changed, "right")}<td class="score">{basis}</td>'
            f"{_person(m.right, changed, 'left')}</tr>"
        )
    yield "</tbody></table>"


def _person(person: Participant | None, changed: set[str], other: str) -> str:
    if person is None:
        return f'<td class="missing">not in the {other} readout</td>'
    parts = [_field(person.name, "name" in changed, "name")]
    parts.append(_field(person.title or "no title", "title" in changed, "title"))
    parts.append(_field(person.country or "country not stated", "country" in changed, "country"))
    return "<td>" + "".join(parts) + "</td>"


def _field(value: str, changed: bool, css: str) -> str:
    mark = " changed" if changed else ""
    return f'<div class="{css}{mark}">{escape(value)}</div>'


def _changes(changes: tuple[Change, ...], names: tuple[str, str]) -> Iterator[str]:
    if not changes:
        same = "Both versions read alike" if names[0] == "Old" else "Both readouts read alike"
        yield f'<p class="sub">{same}: the same kind of call, date, initiator and dateline.</p>'
        return
    head = f"<tr><th>Field</th><th>{names[0]}</th><th>{names[1]}</th></tr>"
    yield f"<table><thead>{head}</thead><tbody>"
    for change in changes:
        yield f'<tr><td class="key">{escape(change_label(change))}</td>{_cells(change)}</tr>'
    yield "</tbody></table>"


def _cells(change: Change) -> str:
    return _cell(change.left, change.right is None) + _cell(change.right, change.left is None)


def _cell(value: str | None, alone: bool) -> str:
    if value is None:
        return '<td class="none">not stated</td>'
    css = ' class="alone"' if alone else ""
    return f"<td{css}>{escape(value_text(value) or '')}</td>"


def _legend() -> Iterator[str]:
    yield (
        '<p class="legend"><span><span class="swatch" style="background:#fff3d6;'
        'box-shadow:inset 3px 0 0 #e0a526"></span>no counterpart on the other side</span>'
        "<span><del>removed</del> / <ins>added</ins> words of a near match</span>"
        "<span>score: share of content words in common</span></p>"
    )


def _voice_classes(c: Comparison) -> dict[str, str]:
    """A colour class for each speaker, the same on both sides."""
    classes = {"both sides": "both", "narration": "narration"}
    for n, m in enumerate(c.participants):
        for person in (m.left, m.right):
            if person is not None:
                classes[person.name] = f"v{n % 4}"
    return classes


def _aligned(c: Comparison, voices: dict[str, str]) -> Iterator[str]:
    yield (
        '<table class="aligned"><thead><tr><th>Left</th><th class="score">Score</th>'
        "<th>Right</th></tr></thead><tbody>"
    )
    yield from (_row(row, voices) for row in rows(c))
    yield "</tbody></table>"


def _row(row: Row, voices: dict[str, str]) -> str:
    if row.pair is not None:
        words = words_of(row.pair)
        cells = [
            _sentence(row.pair.left, voices, words, 0),
            _sentence(row.pair.right, voices, words, 1),
        ]
        css = ["", ""]
        if row.again:
            side = 0 if row.again == "left" else 1
            cells[side] += '<span class="flag">as above: its other part</span>'
            css[side] = ' class="again"'
        score = f'<td class="score">{row.pair.score:.2f}</td>'
        return f"<tr><td{css[0]}>{cells[0]}</td>{score}<td{css[1]}>{cells[1]}</td></tr>"
    if row.left is not None:
        left = _sentence(row.left, voices, None, 0) + '<span class="flag">only left</span>'
        return f'<tr><td class="gap">{left}</td><td class="score"></td>{_missing("right")}</tr>'
    assert row.right is not None
    right = _sentence(row.right, voices, None, 1) + '<span class="flag">only right</span>'
    return f'<tr>{_missing("left")}<td class="score"></td><td class="gap">{right}</td></tr>'


def _missing(side: str) -> str:
    return f'<td class="missing">not in the {side} readout</td>'


def _sentence(
    ref: SentenceRef, voices: dict[str, str], words: tuple[WordSpan, ...] | None, side: int
) -> str:
    who = speaker_name(ref.speaker)
    tag = f'<span class="who {voices.get(who, "narration")}">{escape(who)}</span>'
    index = f'<span class="idx">{ref.index}</span>'
    text = escape(ref.text) if words is None else _marked(words, side)
    return f"{tag}{index}{text}"


def _marked(spans: Iterable[WordSpan], side: int) -> str:
    """One side of a word-level difference: its own words, the changed ones marked."""
    out = []
    for span in spans:
        text = span.left if side == 0 else span.right
        if not text:
            continue
        if span.op is DiffOp.EQUAL:
            out.append(escape(text))
        else:
            tag = "del" if side == 0 else "ins"
            out.append(f"<{tag}>{escape(text)}</{tag}>")
    return " ".join(out)


def _speakers(c: Comparison, voices: dict[str, str]) -> Iterator[str]:
    yield (
        "<table><thead><tr><th>Speaker</th><th>Matched</th><th>Only left</th>"
        "<th>Only right</th></tr></thead><tbody>"
    )
    for group in c.statements:
        tag = f'<span class="who {voices.get(group.name, "narration")}">{escape(group.name)}</span>'
        yield (
            f"<tr><td>{tag}</td><td>{len(group.pairs)}</td>"
            f"{_count(len(group.left_only))}{_count(len(group.right_only))}</tr>"
        )
    yield "</tbody></table>"


def _count(n: int) -> str:
    return f'<td class="alone">{n}</td>' if n else "<td>0</td>"


def _phrases(c: Comparison) -> Iterator[str]:
    yield (
        '<p class="legend"><span class="chip quoted">quoted term</span>'
        '<span class="chip named">named meeting or document</span>'
        '<span class="chip name">proper name</span><span class="chip">key n-gram</span></p>'
    )
    yield '<div class="phrases">'
    for title, phrases, side in (
        ("Only left", c.phrases.left_only, 0),
        ("Shared", c.phrases.shared, 0),
        ("Only right", c.phrases.right_only, 1),
    ):
        chips = "".join(_chip(p, side) for p in phrases) or '<span class="sub">none</span>'
        yield f'<div class="card"><h3>{title} ({len(phrases)})</h3>{chips}</div>'
    yield "</div>"


def _chip(phrase: Phrase, side: int) -> str:
    text = phrase.left if side == 0 and phrase.left is not None else phrase.text
    if side == 1 and phrase.right is not None:
        text = phrase.right
    shown = f"“{text}”" if phrase.kind is PhraseKind.QUOTED else text
    return (
        f'<span class="chip {phrase.kind.value}" title="{phrase.kind.value}">{escape(shown)}</span>'
    )


# --- revisions ----------------------------------------------------------------------------


def revision_html(revision: Revision) -> str:
    """A self-contained HTML page for a revision."""
    title = f"Readout revision: {label(revision.old)}"
    return _page(title, _revision_body(revision))


def _revision_body(r: Revision) -> Iterator[str]:
    yield "<h1>Readout revision</h1>"
    yield '<p class="sub">Two versions of one readout: what was edited.</p>'
    state = "No changes" if r.unchanged else f"{len(r.edits)} sentences edited"
    kind = "same" if r.unchanged else "different"
    yield f'<div class="verdict"><span class="badge {kind}">{state}</span></div>'
    yield from _sides(r.old, r.new, ("Old", "New"))
    yield "<h2>Fields</h2>"
    yield from _changes(r.changes, ("Old", "New"))
    yield "<h2>Sentences</h2>"
    if not r.edits:
        yield '<p class="sub">Every sentence reads the same.</p>'
        return
    yield (
        '<table class="aligned"><thead><tr><th>Old</th><th class="score">Edit</th>'
        "<th>New</th></tr></thead><tbody>"
    )
    yield from (_edit_row(e) for e in r.edits)
    yield "</tbody></table>"


def _edit_row(e: SentenceEdit) -> str:
    kind = e.kind.value
    if e.kind is EditKind.CHANGED:
        old, new = _marked(e.words, 0), _marked(e.words, 1)
        return f'<tr><td>{old}</td><td class="score">{kind}</td><td>{new}</td></tr>'
    if e.kind is EditKind.MOVED:
        assert e.old is not None
        assert e.new is not None
        moved = f"{kind} {e.old.index} → {e.new.index}"
        return (
            f'<tr><td>{escape(e.old.text)}</td><td class="score">{moved}</td>'
            f"<td>{escape(e.new.text)}</td></tr>"
        )
    if e.old is not None:
        return (
            f'<tr><td class="gap"><del>{escape(e.old.text)}</del></td><td class="score">{kind}</td>'
            f"{_missing('new')}</tr>"
        )
    assert e.new is not None
    return (
        f'<tr>{_missing("old")}<td class="score">{kind}</td><td class="gap">'
        f"<ins>{escape(e.new.text)}</ins></td></tr>"
    )
