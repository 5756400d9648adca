"""Salient phrases: what a reader scans two readouts for, and which side has each.

Four kinds, found in the sentences of the body (the lead included):

- quoted terms, six words at most: "two-state solution", “Taiwan independence”;
- named meetings and documents: a capitalised name before "meeting",
  "summit", "consensus", "communique", "declaration", ...: "Bali meeting";
- proper names that are neither participants, titles, dates nor the
  participants' own countries and their capitals: "Hamas", "Security Council";
- key n-grams: runs of two to four lower-case content words between function
  words, reporting verbs, adverbs and punctuation: "humanitarian corridors".

Each phrase is written as it occurs in its readout (so a phrase found on one
side only is a substring of that side's sentences); the two sides are matched
on a key of word stems, with country names folded to codes (:func:`phrase_key`),
so "Palestinian issue" meets "Palestine issue" and "China-U.S. relations" meets
"China-US relations".

Words are classified once (:func:`readout.compare.tokens.lexeme`); a sentence
becomes a string of word shapes, in which regular expressions find the runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from readout.compare.result import Phrase, PhraseKind, Phrases, order_phrases
from readout.compare.tokens import (
    LEXEMES,
    Lexeme,
    Text,
    phrase_key,
    place,
    places_of,
    read_text,
)
from readout.model import Readout
from readout.parser.lexicon import lexicon

__all__ = ["compare_phrases", "salient_phrases"]

_MAX_QUOTED_WORDS: Final = 6

# Text between quotation marks on one line: "…", “…”, ‘…’.
_QUOTED: Final = re.compile(r'"([^"\n]{1,120})"|“([^“”\n]{1,120})”|‘([^‘’\n]{1,120})’')
# In a string of word shapes (see tokens.SHAPES): two to four content words, alone.
_NGRAM: Final = re.compile(r"(?<!c)c{2,4}(?!c)")
# Capitalised words, joined by "of", "the" or "of the" ("Office of the Commission"), one of
# them at least a content word ("C"): a run of only idle words and heads ("P") is no name.
_NAME_RUN: Final = re.compile(r"(?:P(?:o{0,2}P)*o{0,2})?C(?:o{0,2}[CP])*")
# Words after a name that make it a meeting or a document.
_EVENT_HEADS: Final = frozenset(
    """meeting meetings summit consensus communique communiqué declaration agreement accord
    accords treaty charter initiative conference dialogue forum process framework plan strategy
    doctrine understanding resolution talks""".split()
)
# By the kinds' values: an enum member hashes in Python, its ``_value_`` string in C.
_KIND_RANK: Final = {kind._value_: n for n, kind in enumerate(PhraseKind)}
_NGRAM_RANK: Final = _KIND_RANK[PhraseKind.NGRAM.value]
# The roles of words that are never part of a name by themselves.
_NOT_NAMES: Final = frozenset({"idle", "head"})


# A phrase found: the rank of its kind (the lower, the stronger), its kind, its text.
# Plain tuples: a readout has dozens, and a NamedTuple costs ten times as much to make.
_Found = tuple[int, PhraseKind, str]
# A run of capitalised words, before the checks that need the whole text: its words, whether
# it opens its sentence, and the word after it when that makes it a meeting or a document.
_Candidate = tuple[tuple[str, ...], bool, str | None]


class _Context:
    """What a readout's names are checked against; the sets of words are made on first use."""

    __slots__ = ("_written", "countries", "ignore", "own", "text", "titles")

    def __init__(
        self, text: Text, ignore: frozenset[str], countries: frozenset[str], titles: tuple[str, ...]
    ) -> None:
        self.text = text
        self.ignore = ignore  # stems of the participants' names
        self.countries = countries  # the participants' countries
        self.own = places_of(countries)  # every name of those countries and their capitals
        self.titles = titles  # the participants' titles as written
        self._written: set[str] | None = None

    def written(self, word: str) -> bool:
        """Whether ``word`` occurs as written."""
        if self._written is None:
            self._written = set(self.text.words)
        return word in self._written

    def capitalised_inside(self, word: str) -> bool:
        """Whether ``word`` occurs, as written, elsewhere than at a sentence's start."""
        if not self.written(word):
            return False
        words = self.text.words
        return words.count(word) > sum(1 for at in self.text.starts if words[at] == word)


def compare_phrases(
    left: Readout,
    right: Readout,
    *,
    ignore: frozenset[str] = frozenset(),
    countries: frozenset[str] = frozenset(),
    texts: tuple[Text, Text] | None = None,
) -> Phrases:
    """The salient phrases of two readouts: shared, on the left only, on the right only.

    ``ignore`` holds the stems of the participants' names, ``countries`` their
    ISO codes: neither is salient in a comparison of their call. ``texts`` are the
    readouts' sentences as :func:`~readout.compare.tokens.read_text` reads them.
    """
    ta, tb = texts if texts is not None else (None, None)
    a = salient_phrases(left, ignore=ignore, countries=countries, text=ta)
    b = salient_phrases(right, ignore=ignore, countries=countries, text=tb)
    shared = [_shared(a[k], b[k]) for k in a.keys() & b.keys()]
    only_a = [Phrase(kind, text, None) for k, (_, kind, text) in a.items() if k not in b]
    only_b = [Phrase(kind, None, text) for k, (_, kind, text) in b.items() if k not in a]
    return order_phrases(Phrases(shared, only_a, only_b))


def _shared(a: _Found, b: _Found) -> Phrase:
    return Phrase(min(a, b)[1], a[2], b[2])


def salient_phrases(
    readout: Readout,
    *,
    ignore: frozenset[str] = frozenset(),
    countries: frozenset[str] = frozenset(),
    text: Text | None = None,
) -> dict[str, _Found]:
    """Each salient phrase of a readout by its key, as first written (the strongest kind first).

    >>> from readout import parse
    >>> r = parse('BEIJING, Oct. 14 (Xinhua) -- Wang said the Security Council backs '
    ...           'the "two-state solution" and humanitarian corridors.')
    >>> for rank, kind, text in salient_phrases(r).values():
    ...     print(kind.value, text)
    quoted two-state solution
    ngram humanitarian corridors
    name Security Council
    """
    read = text if text is not None else read_text(s.text for s in readout.sentences)
    context = _Context(read, ignore, countries, _titles(readout))
    found: dict[str, _Found] = {}
    for sentence in read.texts:
        if '"' in sentence or "“" in sentence or "‘" in sentence:
            for term in _quoted(sentence):
                _add(found, PhraseKind.QUOTED, term, phrase_key(term))
    ngram, words, starts, keyed = PhraseKind.NGRAM, read.words, read.starts, read.keyed
    for m in _NGRAM.finditer(read.shape):
        start, end = m.span()
        key = " ".join(keyed[start:end])  # content words all: each has keys
        if key not in found:
            found[key] = (_NGRAM_RANK, ngram, " ".join(words[start:end]))
    names: list[_Candidate] = []
    own, known = context.own, LEXEMES
    for m in _NAME_RUN.finditer(read.shape):
        start, end = m.span()
        if end - start == 1 and (words[start] in own or known[words[start]].stem in ignore):
            continue  # the commonest runs: "China", "Blinken"
        head = words[end] if words[end] in _EVENT_HEADS else None
        names.append((tuple(words[start:end]), start in starts, head))
    for run, first, head in dict.fromkeys(names):
        lexemes = [known[w] for w in run]
        if not _may_name(run, lexemes, ignore, own):
            continue
        for kind, phrase, name in _names(run, lexemes, first, head, context):
            _add(found, kind, phrase, read.key_of(name))
    return found


def _add(found: dict[str, _Found], kind: PhraseKind, phrase: str, key: str) -> None:
    """Keep a phrase under its key, unless a stronger kind or an earlier one is there."""
    rank = _KIND_RANK[kind._value_]
    if key and (key not in found or rank < found[key][0]):
        found[key] = (rank, kind, phrase)


def _titles(readout: Readout) -> tuple[str, ...]:
    if readout.call is None:
        return ()
    return tuple(p.title for p in readout.call.participants if p.title is not None)


def _quoted(text: str) -> Iterator[str]:
    for m in _QUOTED.finditer(text):
        inner = m.group(1) or m.group(2) or m.group(3)
        term = inner.strip().rstrip(",.;:!?").strip()
        if term and term[0].isalnum() and term.count(" ") < _MAX_QUOTED_WORDS:
            yield term


def _may_name(
    run: tuple[str, ...], lexemes: list[Lexeme], ignore: frozenset[str], own: frozenset[str]
) -> bool:
    """Whether a run holds a word that may be part of a name: no title head ("Minister"),
    function word, participant's name or participant's country or capital (``own``).
    "Security" in "Security Council" may be. ``lexemes`` are the run's words' lexemes.
    """
    if len(run) == 1 and (run[0] in own or own.issuperset(run[0].split("-"))):
        return False
    return any(x.role not in _NOT_NAMES and x.stem not in ignore for x in lexemes)


def _names(
    run: tuple[str, ...], lexemes: list[Lexeme], first: bool, head: str | None, context: _Context
) -> list[tuple[PhraseKind, str, tuple[str, ...]]]:
    """The name in a run of capitalised words, and the meeting or document it may name.

    Each with its words, for its key. The name is the run without function words,
    dates or participants' names at its ends, and without the title or country words
    before it ("Chinese Vice President Han Zheng" is "Han Zheng"). A title ("US Secretary
    of State": title words and countries, with a head such as "Secretary") holds no name;
    an institution ("Security Council") does.
    """
    ignore = context.ignore
    start, stop = _after_title(lexemes), len(run)
    country = place(" ".join(run)) if len(run) > 1 else None
    if country is not None:  # "Saudi Arabia": a country, not "Arabia" after "Saudi"
        if country in context.countries:
            return []
    else:
        while start < stop and (
            lexemes[start].role == "idle"
            or lexemes[start].stem in ignore
            or (lexemes[start].role == "place" and start < stop - 1)
        ):
            start += 1
    while stop > start and (lexemes[stop - 1].role == "idle" or lexemes[stop - 1].stem in ignore):
        stop -= 1
    roles = {x.role if x.shape != "o" else "title" for x in lexemes[start:stop]}
    if start == stop or ("head" in roles and roles <= {"head", "title", "place"}):
        return []
    name = run[start:stop]
    written = " ".join(name)
    if not _is_salient(written, len(name) == 1, first and start == 0, context):
        return []
    bare = _strip_possessive(written)
    found = [(PhraseKind.NAME, bare, name)]
    if head is not None and stop == len(run) and bare == written:
        found.append((PhraseKind.NAMED, f"{written} {head}", (*name, head)))
    return found


def _after_title(lexemes: list[Lexeme]) -> int:
    """Where the words after a title start: "Chinese Vice President | Han Zheng"; 0 if no title."""
    end = 0
    for n, x in enumerate(lexemes):
        if x.role == "head":
            end = n + 1
        elif x.role not in {"title", "place", "idle"} and x.shape != "o":
            break
    return end


def _is_salient(written: str, one_word: bool, first: bool, context: _Context) -> bool:
    """Not a common word capitalised, not an honorific, not a participant's title, not their
    own country."""
    if written in lexicon().honorifics:
        return False  # "H.E.", "Shri"
    if one_word:
        bare = _strip_possessive(written).rstrip(".")
        if first and not bare.isupper() and not context.capitalised_inside(bare):
            return False  # a sentence's first word, capitalised only because it comes first
        if context.written(bare.lower()):
            return False  # "Respect" after a semicolon, when "respect" occurs too
    if any(written in title for title in context.titles):
        return False
    return not _own_country(written, context.own)


def _own_country(written: str, own: frozenset[str]) -> bool:
    """Whether a name only names the participants' countries: "China", "US-China", "Sino-US".

    ``own`` holds every name of those countries and their capitals (:func:`places_of`).
    """
    if written in own or _strip_possessive(written) in own:
        return True
    parts = written.replace(" ", "-").split("-")
    return all(p in own or _strip_possessive(p) in own for p in parts if p)


def _strip_possessive(text: str) -> str:
    if text.endswith(("’s", "'s")):
        return text[:-2]
    return text.rstrip("’'")
