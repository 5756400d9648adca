"""Comparing readouts: two sides of one call, or two versions of one readout.

:func:`compare` puts two readouts side by side and returns a
:class:`Comparison`; :func:`diff_revisions` lists what changed between two
versions of one readout as a :class:`Revision`. Both results are frozen,
serialise through :data:`readout.converter` (``to_json()``, ``from_json()``),
and report themselves as text, Markdown or a self-contained HTML page
(``to_text()``, ``to_markdown()``, ``to_html()``).

The names below are imported on first use (PEP 562), so that ``import
readout`` stays light; rapidfuzz is imported only for word-level differences.
Import them from here: ``from readout.compare import Comparison``
(``readout.compare`` itself is the function).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readout._lazy import lazy_attributes
from readout.compare._api import compare, diff_revisions

if TYPE_CHECKING:
    from readout.compare.result import (
        Change,
        Comparison,
        DiffOp,
        MatchBasis,
        ParticipantMatch,
        Phrase,
        PhraseKind,
        Phrases,
        SentenceRef,
        SpeakerStatements,
        StatementPair,
        Voice,
        WordSpan,
        configure_converter,
    )
    from readout.compare.revision import EditKind, Revision, SentenceEdit
    from readout.compare.words import word_diff

__all__ = [
    "Change",
    "Comparison",
    "DiffOp",
    "EditKind",
    "MatchBasis",
    "ParticipantMatch",
    "Phrase",
    "PhraseKind",
    "Phrases",
    "Revision",
    "SentenceEdit",
    "SentenceRef",
    "SpeakerStatements",
    "StatementPair",
    "Voice",
    "WordSpan",
    "compare",
    "configure_converter",
    "diff_revisions",
    "word_diff",
]

_RESULT: Final = "readout.compare.result"
_REVISION: Final = "readout.compare.revision"
# Where each lazily imported name lives.
_HOMES: Final = {
    **dict.fromkeys(
        [
            "Change",
            "Comparison",
            "DiffOp",
            "MatchBasis",
            "ParticipantMatch",
            "Phrase",
            "PhraseKind",
            "Phrases",
            "SentenceRef",
            "SpeakerStatements",
            "StatementPair",
            "Voice",
            "WordSpan",
            "configure_converter",
        ],
        _RESULT,
    ),
    **dict.fromkeys(["EditKind", "Revision", "SentenceEdit"], _REVISION),
    "word_diff": "readout.compare.words",
}


__getattr__ = lazy_attributes(__name__, globals(), _HOMES)


def __dir__() -> list[str]:
    return sorted(__all__)
