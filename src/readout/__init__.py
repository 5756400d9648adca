"""readout: typed, lossless reading of diplomatic call readouts.

>>> import readout
>>> r = readout.parse("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken. (End)")
>>> readout.render(r)
'Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken. (End)'
"""

from readout.check import Diagnostic, check
from readout.compare import compare, diff_revisions
from readout.compose import Statement, compose
from readout.corpus import iter_parse, parse_many
from readout.errors import DecodeError, ParseError, ReadoutError
from readout.model import (
    Call,
    CallKind,
    Dateline,
    Layout,
    Paragraph,
    PartialDate,
    Participant,
    Readout,
    Sentence,
    Side,
)
from readout.parser import parse
from readout.render import render
from readout.serialize import converter, from_dict, from_json, to_dict, to_json

__version__ = "0.1.0"

__all__ = [
    "Call",
    "CallKind",
    "Dateline",
    "DecodeError",
    "Diagnostic",
    "Layout",
    "Paragraph",
    "ParseError",
    "PartialDate",
    "Participant",
    "Readout",
    "ReadoutError",
    "Sentence",
    "Side",
    "Statement",
    "__version__",
    "check",
    "compare",
    "compose",
    "converter",
    "diff_revisions",
    "from_dict",
    "from_json",
    "iter_parse",
    "parse",
    "parse_many",
    "render",
    "to_dict",
    "to_json",
]
