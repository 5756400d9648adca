"""Words as comparison sees them: content-word stems, with country names folded to codes.

Two translations of one statement rarely use the same words, but they share
most content words once function words, reporting verbs and the speakers'
names are set aside and each word is cut to a short stem ("relations" and
"relationship" are both ``relati``). Country names and adjectives become their
ISO code ("U.S.", "US", "United States", "American" are all ``#US``), so that
"US-China relations" and "China-U.S. relations" agree.

Speed matters (a comparison should cost no more than a word-level difflib
pass over the two texts), so words are split by :meth:`str.replace` and
:meth:`str.split`, and sets do the filtering.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Final, NamedTuple

from readout.dates import MONTH_NAMES
from readout.parser.lexicon import lexicon

__all__ = [
    "BREAK",
    "LEXEMES",
    "ROLES",
    "SHAPES",
    "STOP_WORDS",
    "Lexeme",
    "Text",
    "content_keys",
    "forget",
    "know",
    "left_out",
    "lexeme",
    "name_keys",
    "phrase_key",
    "place",
    "places_of",
    "read_sentences",
    "read_text",
    "stem",
    "words",
]

# Function words, words of time ("next week"), and the words every readout uses to say who
# speaks.
STOP_WORDS: Final = frozenset(
    """a about above after again against all also am an and any are as at be been before being
    below between both but by can could did do does doing down during each either few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just may me might more most must my myself neither no nor not now of off on once
    only or other our ours ourselves out over own same shall she should so some such than that
    the their theirs them themselves then there these they this those through to too under until
    up upon us very was we were what when where whether which while who whom whose why will with
    would you your yours yourself yourselves
    across along amid among around away back behind beyond cannot despite even ever except
    however inside instead let lies like many much never onto outside per rather since still
    toward towards via well within without yet
    said says say saying told tells added adds noted notes stressed stresses pointed hoped
    two side sides party parties
    today yesterday tomorrow tonight next last week weeks month months year years day days
    coming recent recently ago earlier later""".split()
)

#: The token :func:`words` puts where punctuation cuts a sentence.
BREAK: Final = "|"
# Punctuation that cuts a phrase, written as a break token; apostrophes, periods and hyphens
# stay inside words ("China’s", "U.S.", "two-state"). str.replace, one mark at a time, is
# several times faster than str.translate on text that is not ASCII.
_CUTS: Final = tuple(',;:()[]{}"“”‘!?—–/…')
_STEM_LENGTH: Final = 6
# What a stem leaves at the end of a word: a plural "s", a possessive, a period.
_ENDINGS: Final = "s’'."


def stem(word: str) -> str:
    """Cut a lower-case word to its stem: no "-ing", no final "s" or possessive, six letters.

    Crude, fast and good enough to tell that two sentences share a word:

    >>> stem("relations"), stem("relationship"), stem("tasks"), stem("opening"), stem("country’s")
    ('relati', 'relati', 'task', 'open', 'countr')
    """
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    return word.rstrip(_ENDINGS)[:_STEM_LENGTH]


def words(text: str) -> list[str]:
    """The words of a sentence as written, with :data:`BREAK` where punctuation cuts it.

    A period stays on abbreviations ("U.S.", "J.") and leaves the last word.

    >>> " ".join(words("Wang said: the “two-state solution” (for the U.S. side)."))
    'Wang said | the | two-state solution | | for the U.S. side |'
    """
    return _split(_cut(text))


def _cut(text: str) -> str:
    for mark in _CUTS:
        if mark in text:
            text = text.replace(mark, " | ")
    return text


def _split(text: str) -> list[str]:
    found = text.split()
    if found and found[-1].endswith(".") and not _keeps_period(found[-1]):
        found[-1] = found[-1][:-1] or BREAK
        if found[-1] == BREAK and len(found) > 1 and found[-2] == BREAK:
            found.pop()
    return found


def _keeps_period(word: str) -> bool:
    """ "U.S." and "J." keep their final period; "talks." does not."""
    return word.count(".") > 1 or len(word) == 2


@functools.cache
def _country_words() -> dict[str, str]:
    """One-word country forms as written, possessives too ("U.S.", "China’s") -> "#" + code."""
    forms: dict[str, str] = {}
    for form, code in lexicon().country_codes.items():
        if " " not in form:
            for variant in (form, form.rstrip(".")):
                for ending in ("", "’s", "'s", "."):
                    forms[variant + ending] = "#" + code
    return forms


class _CountryNames(NamedTuple):
    """The country names of several words that start with one word."""

    seconds: frozenset[str]  # their second words
    names: tuple[tuple[int, str, str], ...]  # each with its number of words, as written, code


@functools.cache
def _country_phrases() -> dict[str, _CountryNames]:
    """Country names of several words ("United States") by their first word; the longest
    first.
    """
    by_first: dict[str, list[tuple[int, str, str]]] = {}
    for form, code in sorted(lexicon().country_codes.items(), key=lambda p: -len(p[0])):
        if " " in form and form[0].isupper():
            parts = form.split()
            by_first.setdefault(parts[0], []).append((len(parts), " ".join(parts), "#" + code))
    return {
        first: _CountryNames(frozenset(_seconds(names)), tuple(names))
        for first, names in by_first.items()
    }


def _seconds(names: list[tuple[int, str, str]]) -> Iterator[str]:
    """The second words of some names; possessives too where a name has two words."""
    for length, written, _ in names:
        second = written.split()[1]
        yield second
        if length == 2:
            yield from (second + ending for ending in ("’s", "'s", "’", "'"))


@functools.cache
def left_out() -> frozenset[str]:
    """Lower-case words that are no content word: stop words, cues, country words (codes)."""
    countries = frozenset(w.lower() for w in _country_words() if w.lower() != "us")
    return STOP_WORDS | lexicon().cue_verbs | countries | {BREAK}


class Lexeme(NamedTuple):
    """What comparison needs to know of a word as written, worked out once per word."""

    keys: tuple[str, ...]  # content keys: stems and "#XX" country codes; () for a function word
    stem: str  # the stem of the word in lower case
    shape: str  # one of SHAPES: how the word takes part in phrases
    role: str  # one of ROLES: how the word takes part in a name


#: Shapes: a lower-case "c"ontent word, another "l"ower-case word, a c"o"nnector ("of",
#: "the"), a "C"apitalised word that may be part of a name, another ca"P"italised word (a
#: title's head, a function word), or something "x" else (a number, a break).
SHAPES: Final = "cloCPx"
#: Roles in a name: none (""), "idle" (a function word, a date, an honorific, an initial: no
#: name starts or ends with one), "head" (the head of a title: "Minister", "Secretary"),
#: "title" (another word of titles: "Foreign", "Council"), "place" (a country or its capital).
ROLES: Final = ("", "idle", "head", "title", "place")

_CONNECTORS: Final = frozenset({"of", "the"})
_HONORIFICS: Final = frozenset({"Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "Mr.", "Mrs.", "Ms.", "Dr."})
_WEEKDAYS: Final = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_CALENDAR: Final = frozenset([*MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), "Sept", *_WEEKDAYS])
# Words seen, as written -> their lexeme: a cache of word types, like a tokenizer's
# vocabulary. Readouts use a few thousand words; past the bound the cache starts afresh.
# _KEYS and _SHAPES hold two of the lexemes' fields, so that map() can read them in C.
LEXEMES: Final[dict[str, Lexeme]] = {}
_KEYS: Final[dict[str, tuple[str, ...]]] = {}
_KEY_TEXT: Final[dict[str, str]] = {}  # the keys joined by spaces: a word's part of a phrase key
_SHAPES: Final[dict[str, str]] = {}
_MAX_LEXEMES: Final = 100_000


def forget() -> None:
    """Empty the caches of word types and of read texts (the benchmark's cold runs)."""
    LEXEMES.clear()
    _KEYS.clear()
    _KEY_TEXT.clear()
    _SHAPES.clear()
    read_sentences.cache_clear()


def know(tokens: Iterable[str]) -> None:
    """Work out the lexemes of the words not seen yet; all of ``tokens`` are known after.

    Past the cache's bound, it starts afresh before learning them (never after, so that
    the words a caller is about to look up stay).
    """
    words = set(tokens)
    new = words.difference(LEXEMES)
    if len(LEXEMES) + len(new) > _MAX_LEXEMES:
        forget()
        new = words
    for word in new:
        _learn(word)


def lexeme(word: str) -> Lexeme:
    """The lexeme of a word as :func:`words` gives it.

    >>> lexeme("Sino-US").keys, lexeme("relations").keys, lexeme("the").keys
    (('#CN', '#US'), ('relati',), ())
    >>> lexeme("Secretary").role, lexeme("China’s").role, lexeme("humanitarian").shape
    ('head', 'place', 'c')
    """
    found = LEXEMES.get(word)
    if found is None:
        know((word,))
        found = LEXEMES[word]
    return found


def _learn(word: str) -> None:
    found = LEXEMES[word] = _lexeme(word)
    _KEYS[word] = found.keys
    _KEY_TEXT[word] = " ".join(found.keys)
    _SHAPES[word] = found.shape


def _lexeme(word: str) -> Lexeme:
    lower = word.lower()
    keys = tuple(dict.fromkeys(k for part in word.split("-") if part for k in _part_keys(part)))
    role = _role(word)
    return Lexeme(keys, stem(lower), _shape(word, lower, keys, role), role)


def _shape(word: str, lower: str, keys: tuple[str, ...], role: str) -> str:
    first = word[0]
    if first.isupper():
        return "P" if role in {"idle", "head"} else "C"
    if not first.islower():
        return "x"
    if lower in _CONNECTORS:
        return "o"
    if lower in _phrase_breaks() or lower.endswith("ly") or not keys:
        return "l"
    return "c"


def _role(word: str) -> str:
    bare = word if word.count(".") > 1 else _strip_possessive(word).rstrip(".")
    if bare in _places():
        return "place"
    if bare in lexicon().title_words:
        return "head" if bare.lower() in lexicon().title_heads else "title"
    if len(bare) < 2 or bare.lower() in STOP_WORDS or bare in _CALENDAR or bare in _HONORIFICS:
        return "idle"
    return ""


def _strip_possessive(word: str) -> str:
    if word.endswith(("’s", "'s")):
        return word[:-2]
    return word.rstrip("’'")


@functools.cache
def _places() -> dict[str, str]:
    """Country names and adjectives (possessives too) and capitals -> ISO code."""
    codes = {form: code[1:] for form, code in _country_words().items()}
    # Capitals and seats of government stand for their country ("Washington backs ..."):
    # like the country's name, no topic when that country takes part in the call.
    return {**lexicon().country_codes, **codes, **lexicon().seats}


@functools.lru_cache(maxsize=64)
def places_of(countries: frozenset[str]) -> frozenset[str]:
    """Every name of some countries and of their capitals: {"CN"} -> "China", "Chinese", ...

    >>> {"U.S.", "American", "Washington"} <= places_of(frozenset({"US"}))
    True
    """
    return frozenset(name for name, code in _places().items() if code in countries)


def place(name: str) -> str | None:
    """The ISO code of the country a name stands for: "China’s", "US", "Beijing"; or None.

    >>> place("China’s"), place("United States"), place("Washington"), place("Hamas")
    ('CN', 'US', 'US', None)
    """
    places = _places()
    return places.get(name) or places.get(_strip_possessive(name))


def _part_keys(part: str) -> tuple[str, ...]:
    code = _country_words().get(part)
    if code is not None:
        return (code,)
    lower = part.lower()
    if lower in left_out():
        return ()
    key = stem(lower)
    return (key,) if len(key) > 1 else ()


# Words that describe the call itself, not what it was about.
_CALL_WORDS: Final = frozenset(
    "call calls phone telephone conversation conversations talks video virtual".split()
)


@functools.cache
def _phrase_breaks() -> frozenset[str]:
    """Lower-case words that end a phrase: function words, cues, call words, title heads."""
    lex = lexicon()
    return STOP_WORDS | lex.cue_verbs | _CALL_WORDS | lex.title_heads


def phrase_key(phrase: str) -> str:
    """What two sides must share to share a phrase: its content keys, in order.

    >>> phrase_key("China-U.S. relations"), phrase_key("the Palestinian issues")
    ('#CN #US relati', '#PS issue')
    """
    written = phrase.split()
    know(written)
    return " ".join(chain.from_iterable(map(_KEYS.__getitem__, written)))


def content_keys(text: str, /, *, ignore: Iterable[str] = ()) -> frozenset[str]:
    """The stems of a sentence's content words, and ``#XX`` for the countries it names.

    Function words, reporting verbs (the lexicon's cues), one-letter words and
    the stems in ``ignore`` (the speakers' names) are left out. A text with no
    content word keeps every word, so that no sentence is without keys.

    >>> sorted(content_keys("Blinken said the U.S. supports the two-state solution."))
    ['#US', 'blinke', 'soluti', 'state', 'suppor']
    >>> sorted(content_keys("China’s ties with the United States.", ignore={"tie"}))
    ['#CN', '#US', 'state', 'united']
    >>> sorted(content_keys("He agreed.", ignore={"agreed"}))
    ['agreed', 'he']
    """
    tokens = words(text)
    know(tokens)
    keys = _keys(tokens) - frozenset(ignore)
    return keys or _every_word(tokens, text)


def _keys(tokens: list[str]) -> frozenset[str]:
    """The content keys of known words, and the code of any country named in several words
    ("United States" adds ``#US`` to ``united`` and ``state``).
    """
    keys = frozenset(" ".join(map(_KEY_TEXT.__getitem__, tokens)).split())
    codes = {code for _, code in _named_countries(tokens)}
    return keys | codes if codes else keys


def _named_countries(tokens: list[str]) -> list[tuple[int, str]]:
    """Where ``tokens`` name a country in several words, with its code, in order.

    The longest name wins where names overlap: "Democratic People's Republic of Korea"
    names North Korea, not also the "Republic of Korea" inside it.

    >>> _named_countries("the United States and the Republic of Korea’s".split())
    [(1, '#US'), (5, '#KR')]
    """
    phrases = _country_phrases()
    firsts = phrases.keys() & tokens  # checks each token once, builds no set of them
    if not firsts:
        return []
    found: list[tuple[int, int, str]] = []  # (where, minus how many words, code)
    for first in firsts:
        seconds, names = phrases[first]
        longest = names[0][0]
        at = tokens.index(first)
        while True:
            if at + 1 < len(tokens) and tokens[at + 1] in seconds:
                # As a string, so that the last word may carry a possessive ("Korea’s").
                here = " ".join(tokens[at : at + longest])
                for length, written, code in names:
                    if here.startswith(written):
                        found.append((at, -length, code))
                        break
            try:
                at = tokens.index(first, at + 1)
            except ValueError:
                break
    named, covered = [], 0
    for at, minus_length, code in sorted(found):
        if at >= covered:
            named.append((at, code))
            covered = at - minus_length
    return named


class Text(NamedTuple):
    """A readout's sentences as comparison reads them, each word's lexeme worked out."""

    texts: tuple[str, ...]  # the sentences
    tokens: tuple[list[str], ...]  # their words(), with breaks
    keys: tuple[frozenset[str], ...]  # their content keys (names included), never empty
    words: list[str]  # every sentence's words, a BREAK after each sentence
    shape: str  # the shape of each of those words (see SHAPES), as one string
    starts: frozenset[int]  # where each sentence starts in ``words``
    keyed: list[str]  # each word's part of a phrase key; "\n" for the BREAK after a sentence

    def key_of(self, tokens: Iterable[str]) -> str:
        """The phrase key of some known words: their content keys, in order."""
        return " ".join(filter(None, map(_KEY_TEXT.__getitem__, tokens)))


# How many readouts' texts are kept read: pairing compares each readout with several others.
_TEXTS_KEPT: Final = 1024


@functools.lru_cache(maxsize=_TEXTS_KEPT)
def read_sentences(sentences: tuple[str, ...]) -> Text:
    """:func:`read_text`, kept for the last readouts read (a Text is never changed)."""
    return read_text(sentences)


def read_text(sentences: Iterable[str]) -> Text:
    """Read sentences once for all that comparison needs of them.

    >>> t = read_text(["Wang Yi said that China opposes all acts that harm civilians."])
    >>> t.shape, sorted(t.keys[0])
    ('CCllCclclccx', ['#CN', 'act', 'civili', 'harm', 'oppose', 'wang', 'yi'])
    """
    texts = tuple(sentences)
    # One pass of the punctuation marks over all the sentences (none holds a line break), and
    # of the periods that end them (as words() drops them; "U.S" is still the US).
    cut = _cut("\n".join(texts) + "\n").replace(".\n", "\n").replace(". | \n", " | \n")
    lines = cut.split("\n")
    lines.pop()  # after the last line break
    tokens = tuple(line.split() for line in lines)
    flat: list[str] = []  # every sentence's words, a break after each
    starts, ends = [], []
    for t in tokens:
        starts.append(len(flat))
        flat += t
        ends.append(len(flat))
        flat.append(BREAK)
    try:
        shape = "".join(map(_SHAPES.__getitem__, flat))
    except KeyError:  # a word not seen yet
        know(flat)
        shape = "".join(map(_SHAPES.__getitem__, flat))
    # Every sentence's keys from one join: a line break for the break after each sentence.
    keyed = list(map(_KEY_TEXT.__getitem__, flat))
    for end in ends:
        keyed[end] = "\n"
    joined = " ".join(keyed).split("\n")[:-1]
    keys = [
        frozenset(j.split()) or _every_word(t, text)
        for j, t, text in zip(joined, tokens, texts, strict=True)
    ]
    # Countries named in several words ("United States"), found in one pass over all the words.
    sentence = 0
    for at, code in _named_countries(flat):
        while ends[sentence] < at:
            sentence += 1
        keys[sentence] = keys[sentence] | {code}
    return Text(texts, tokens, tuple(keys), flat, shape, frozenset(starts), keyed)


def _every_word(tokens: list[str], text: str) -> frozenset[str]:
    """The keys of a sentence without content words ("They agreed."): all its words."""
    return frozenset(t.lower() for t in tokens if t != BREAK) or frozenset({text})


def name_keys(names: Iterable[str]) -> frozenset[str]:
    """The stems of every word of some names, to leave out of content keys.

    >>> sorted(name_keys(["Antony J. Blinken", "Wang Yi"]))
    ['antony', 'blinke', 'wang', 'yi']
    """
    return frozenset(
        stem(w.lower().rstrip("."))
        for name in names
        for w in name.replace(",", " ").split()
        if len(w.rstrip(".")) > 1
    )
