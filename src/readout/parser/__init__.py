"""Text -> Readout: the parser, one stage after another over the text.

Stages: prepare the text (type, size, line endings, forbidden characters),
read the structure (header, dateline, paragraphs, sentences, end marker),
then the meaning (the call from the lead, the speaker of every sentence).
"""

from __future__ import annotations

from typing import Final

from readout._text import find_forbidden
from readout.errors import ParseError
from readout.model import Format, Readout

__all__ = ["DEFAULT_MAX_CHARS", "parse"]

#: The longest text :func:`parse` accepts by default, in characters (64 Mi).
DEFAULT_MAX_CHARS: Final = 64 * 1024 * 1024

_FORMATS: Final = (None, "dispatch", "web")


def parse(
    text: str,
    /,
    *,
    format: Format | None = None,  # noqa: A002 - the word users know; shadows nothing used here
    strict: bool = False,
    structure_only: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Readout:
    """Read the text of one readout: its structure, the call, and who said each sentence.

    ``format`` is ``None`` to tell a dispatch from a web readout by its
    dateline, ``"dispatch"`` to insist on a dateline, ``"web"`` to read no
    dateline. ``strict=True`` turns every diagnostic of :func:`readout.check`
    (a call dated after its dateline, an unknown agency, ...) into a
    ParseError. ``structure_only=True`` reads headline, dateline, paragraphs
    and sentences but not the call or the speakers (faster). ``\\r\\n`` and
    ``\\r`` are folded to ``\\n`` first, so positions in errors and
    :func:`readout.render` refer to the folded text. Only ``\\n`` breaks a line:
    U+0085, ``\\v``, ``\\f``, U+2028 and U+2029 are white space inside a line.

    Size limit: a text longer than ``max_chars`` characters (counted before
    line endings are folded; :data:`DEFAULT_MAX_CHARS`, 64 Mi, by default) is
    refused with a ParseError before any of it is read. Parsing takes time
    and memory linear in the length of the text, also on hostile input, so
    a service that reads untrusted text bounds both by passing a
    ``max_chars`` that fits its budget (readouts are rarely longer than
    20,000 characters).

    Raises ParseError when the text is not a readout (blank, too long, with
    control characters or lone surrogates, a malformed dateline), TypeError
    when ``text`` is not a str or ``max_chars`` not an int.

    >>> r = parse("Beijing, 10 Oct (ZXS) -- Wang Yi met with US Secretary of State "
    ...           "Antony Blinken. Blinken said that talks help. (End)")
    >>> r.dateline.place, r.call.kind.value, r.call.participants[1].country
    ('Beijing', 'meeting', 'US')
    >>> r.paragraphs[0].sentences[1].speaker.name, r.paragraphs[0].sentences[1].cue
    ('Antony Blinken', 'said that')
    """
    if format not in _FORMATS:
        raise ValueError(f"format must be 'dispatch', 'web' or None, not {format!r}")
    if isinstance(max_chars, bool) or not isinstance(max_chars, int):
        raise TypeError(f"max_chars must be an int, got {type(max_chars).__name__}")
    # Here, not at the top: the stages compile their patterns when imported, which
    # ``import readout`` should not wait for.
    from readout.parser.meaning import read_meaning
    from readout.parser.structure import read_structure

    doc = prepare(text, max_chars)
    readout = read_structure(doc, format)
    if structure_only:
        return readout
    readout = read_meaning(readout)
    if strict:
        _raise_diagnostics(readout, doc)
    return readout


def _raise_diagnostics(readout: Readout, doc: str) -> None:
    from readout.check import check  # check imports the renderer, which imports this package

    found = check(readout)
    if found:
        first = found[0]
        raise ParseError(f"{first.code} {first.message} (strict=True)", doc, first.pos)


def prepare(text: object, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Check a text and fold its line endings; return the document to parse.

    ``text`` is typed ``object``: untyped callers pass bytes or None, and get a TypeError.
    """
    if not isinstance(text, str):
        binary = isinstance(text, bytes | bytearray | memoryview)
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if binary else ""
        raise TypeError(f"expected the readout as a str, got {type(text).__name__}{hint}")
    if len(text) > max_chars:
        raise ParseError(
            f"the text has {len(text)} characters, more than the limit of {max_chars} "
            "(raise it with max_chars=)",
            text,
            max_chars,
        )
    doc = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    problem = find_forbidden(doc)
    if problem is not None:
        raise ParseError(problem[1], doc, problem[0])
    return doc
