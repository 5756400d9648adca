"""Word-level differences between two sentences, through rapidfuzz's Levenshtein opcodes.

rapidfuzz is imported on first use, not with :mod:`readout`: only word diffs
(revisions, and the reports of a comparison) need it.
"""

from __future__ import annotations

from readout.compare.result import DiffOp, WordSpan

__all__ = ["word_diff"]


def word_diff(left: str, right: str, /) -> tuple[WordSpan, ...]:
    """The runs of words that stay, go, come or change from ``left`` to ``right``.

    Words are runs of non-space characters, punctuation included; an empty
    result means two empty texts.

    >>> for span in word_diff("China opposes all acts that harm civilians.",
    ...                       "China opposes any act that hurts civilians."):
    ...     print(f"{span.op.value:8}{span.left!r:17}{span.right!r}")
    equal   'China opposes'  'China opposes'
    replace 'all acts'       'any act'
    equal   'that'           'that'
    replace 'harm'           'hurts'
    equal   'civilians.'     'civilians.'
    """
    from rapidfuzz.distance import Levenshtein  # here: keeps `import readout` light

    a, b = left.split(), right.split()
    spans = []
    for op in Levenshtein.opcodes(a, b):
        spans.append(
            WordSpan(
                DiffOp(op.tag),
                " ".join(a[op.src_start : op.src_end]),
                " ".join(b[op.dest_start : op.dest_end]),
            )
        )
    return _merged(spans)


def _merged(spans: list[WordSpan]) -> tuple[WordSpan, ...]:
    """Join neighbouring changes into one replacement: "all acts" -> "any act", not word by word."""
    out: list[WordSpan] = []
    for span in spans:
        if out and span.op is not DiffOp.EQUAL and out[-1].op is not DiffOp.EQUAL:
            last = out.pop()
            span = WordSpan(
                DiffOp.REPLACE, _join(last.left, span.left), _join(last.right, span.right)
            )
        out.append(span)
    return tuple(out)


def _join(a: str, b: str) -> str:
    return f"{a} {b}" if a and b else a or b
