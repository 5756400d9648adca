"""Structure -> meaning: read the call from the lead and the speaker of every sentence."""

from __future__ import annotations

import attrs

from readout.model import Readout
from readout.parser.lead import publisher_country, read_call
from readout.parser.speakers import attribute

__all__ = ["read_meaning"]


def read_meaning(readout: Readout, /) -> Readout:
    """Return ``readout`` with its call and its sentences' speakers and cues read anew.

    Reads only the text, so it gives the same result on a readout that has them.
    """
    call = read_call(readout)
    paragraphs = attribute(readout, call, publisher_country(readout))
    return attrs.evolve(readout, call=call, paragraphs=paragraphs)
