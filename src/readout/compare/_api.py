"""The two entry points, kept light: the comparison machinery is imported on first call.

``import readout`` imports this module, not the classes and tables of the
comparison (tens of milliseconds to build) nor rapidfuzz.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readout.compare.result import Comparison
    from readout.compare.revision import Revision
    from readout.model import Readout

__all__ = ["compare", "diff_revisions"]


def compare(left: Readout, right: Readout, /) -> Comparison:
    """Put two readouts side by side: do they report one call, and where do they differ?

    Read both with ``read_meaning(parse(text))``: the comparison works on the
    call and the speakers the parser reads. The result is a frozen
    :class:`~readout.compare.Comparison`; ``compare(b, a)`` is
    ``compare(a, b).swapped()``.

    >>> from readout import parse
    >>> from readout.parser.meaning import read_meaning
    >>> zxs = read_meaning(parse("Beijing, 14 Oct (ZXS) -- Wang Yi had a telephone "
    ...     "conversation with US Secretary of State Antony Blinken on 14 October at his "
    ...     'request. Wang Yi said that China supports the "two-state solution".'))
    >>> tass = read_meaning(parse("WASHINGTON, Oct. 15 (TASS) -- US Secretary of State Antony "
    ...     "Blinken had a telephone conversation with Chinese Foreign Minister Wang Yi. "
    ...     "Blinken called for the release of all hostages held by Hamas."))
    >>> c = compare(zxs, tass)
    >>> c.same_call
    True
    >>> [(x.path, x.left, x.right) for x in c.changes if x.path == "call.initiator"]
    [('call.initiator', 'Antony Blinken', None)]
    >>> [p.text for p in c.phrases.left_only if p.kind.value == "quoted"]
    ['two-state solution']
    >>> [r.text for r in c.right_only]
    ['Blinken called for the release of all hostages held by Hamas.']
    """
    from readout.compare.core import compare as compare_readouts  # here: on first call

    return compare_readouts(left, right)


def diff_revisions(old: Readout, new: Readout, /) -> Revision:
    """What changed from ``old`` to ``new``, two versions of one readout.

    Sentences changed (with their word-level differences), added, removed or
    moved, and the fields of the header, dateline and call that differ.

    >>> from readout import parse
    >>> old = parse("BEIJING, Oct. 14 (Xinhua) -- Wang met Blinken. They talked. It rained.")
    >>> new = parse("BEIJING, Oct. 14 (Xinhua) -- Wang met Blinken. They talked at length.")
    >>> [(e.kind.value, e.old and e.old.text, e.new and e.new.text) for e in
    ...  diff_revisions(old, new).edits]
    [('changed', 'They talked.', 'They talked at length.'), ('removed', 'It rained.', None)]
    """
    from readout.compare.revision import diff_revisions as diff  # here: on first call

    return diff(old, new)
