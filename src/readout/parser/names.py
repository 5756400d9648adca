"""People in a sentence: names, the titles written beside them, and their countries.

A mention is ``[title] NAME [", " appositive ","] ["of" COUNTRY]``:

- ``NAME`` is a run of capitalised words that are not title words, country
  words, months or function words, with initials and a "Jr." suffix
  ("Joseph R. Biden, Jr."); one such word is a name only right after a title
  ("President Xi");
- the title is the run of title words, country words and "of/the/and/for"
  right before the name ("PRC Director of the Office of the Foreign Affairs
  Commission and Foreign Minister"), or else an appositive between commas
  after it (", member of the Political Bureau ... and foreign minister,");
- the country comes from a country word in the title, the appositive, an
  "of China" after the name or the words just before the mention ("his
  Chinese counterpart").
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from readout.dates import MONTH_NAMES
from readout.parser.lexicon import lexicon
from readout.parser.sentences import ABBREVIATIONS

__all__ = ["Mention", "Token", "country_in", "find_mentions", "tokenize"]

# A word (letters, digits, inner apostrophes, periods and hyphens) or one punctuation mark.
_TOKEN: Final = re.compile(r"[^\W_](?:[\w'’.\-]*[\w.])?|[,;:()\"“”‘’]")
_INITIAL: Final = re.compile(r"[A-Z]\.")
# Inside a name, initials may run together: "Retno L.P. Marsudi".
_INITIALS: Final = re.compile(r"(?:[A-Z]\.)+")
_SUFFIXES: Final = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
_PARTICLES: Final = frozenset(
    "bin bint ibn al el de der den van von da di du dos das do del la le ter".split()
)
_CONNECTORS: Final = frozenset({"of", "the", "and", "for"})
_FUNCTION_WORDS: Final = frozenset(
    "The A An And But Or Of On In At As To For From With By After Before During Since Until "
    "According Following Ahead Regarding Turning Noting Building Speaking Referring Next Also "
    "However Meanwhile Moreover Furthermore Besides Now Then Today Yesterday Tomorrow This That "
    "These Those It Its He She They His Her Their Our We Both Each Either Neither Some All "
    "When While Where Why How What Which Who Whom If Although Though Because Instead Over "
    "Under Between Among Against Without Within Via Per Sir Madam".split()
)
_WEEKDAYS: Final = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_MONTH_WORDS: Final = frozenset(
    [*MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), *(m[:3] + "." for m in MONTH_NAMES), "Sept."]
)
# Words that begin a relative clause or a prepositional phrase, so cannot begin an appositive.
_NOT_APPOSITIVE: Final = frozenset(
    "who whom whose which that with on at in for from to as when where while and but or "
    "the a an this its his her their".split()
)
_MAX_APPOSITIVE_TOKENS: Final = 40
# Words no title holds: a verb in the past, a call, a day.
_NO_TITLE_WORDS: Final = frozenset(
    "today yesterday tonight conference call phone telephone talks meeting conversation".split()
)


class Token(NamedTuple):
    """A word as written (no sentence-final period, no possessive "'s") and its span."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split a sentence into words and punctuation marks.

    >>> [t.text for t in tokenize("Lavrov’s talks with Antony J. Blinken.")]
    ['Lavrov', 'talks', 'with', 'Antony', 'J.', 'Blinken']
    """
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        if word.endswith((".",)) and not _keeps_period(word):
            word, end = word[:-1], end - 1
        if word.endswith(("'s", "’s")) and len(word) > 2 and not _known(word):
            word, end = word[:-2], end - 2
        if word:
            tokens.append(Token(word, start, end))
    return tokens


def _known(word: str) -> bool:
    """Words that end in "'s" and are no possessive: "People's", "Workers’"."""
    lex = lexicon()
    return word in lex.country_words or word in lex.title_words


def _keeps_period(word: str) -> bool:
    """Whether a final period belongs to the word: "U.S.", "J.", "Jr.", "Oct."."""
    bare = word[:-1].lower()
    return bare in ABBREVIATIONS or "." in bare or len(bare) == 1


class Mention(NamedTuple):
    """A person named in a sentence."""

    name: str
    title: str | None
    country: str | None
    start: int  # where the mention starts (its title, or its name)
    name_start: int
    name_end: int
    end: int  # after any appositive or "of COUNTRY"
    full: bool  # the name has two words or more (not "President Xi")


def find_mentions(text: str) -> list[Mention]:
    """Find the people named in ``text``, in order.

    >>> for m in find_mentions("Chinese Foreign Minister Wang Yi spoke with "
    ...                        "U.S. Secretary of State Antony Blinken."):
    ...     print(m.name, "|", m.title, "|", m.country)
    Wang Yi | Chinese Foreign Minister | CN
    Antony Blinken | U.S. Secretary of State | US
    """
    tokens = tokenize(text)
    found: list[Mention] = []
    i = floor = 0
    while i < len(tokens):
        mention, i = _mention_at(text, tokens, i, floor)
        if mention is not None:
            if found and _titles_the_next(text, found[-1], mention):
                mention = _with_title_before(text, found.pop(), mention)
            found.append(mention)
            # A title starts after the mention before it: "... of Qatar and President X".
            floor = i
            while floor < len(tokens) and tokens[floor].start < mention.end:
                floor += 1
    return found


def _titles_the_next(text: str, one: Mention, next_one: Mention) -> bool:
    """Whether a one-word "name" ends the title of the name after it: "Minister of Foreign
    Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita," (a title that
    lists, with commas; "President Putin, Sergey Lavrov" is two people)."""
    return (
        not one.full
        and one.title is not None
        and ", " in one.title
        and next_one.full
        and next_one.title is None
        and text[one.name_end : next_one.name_start] == ", "
    )


def _with_title_before(text: str, title: Mention, person: Mention) -> Mention:
    return person._replace(
        title=text[title.start : title.name_end],
        country=title.country or person.country,
        start=title.start,
    )


def _mention_at(
    text: str, tokens: list[Token], i: int, floor: int = 0
) -> tuple[Mention | None, int]:
    """Read a mention whose name starts at ``tokens[i]``; return it (or None) and the next index."""
    if _is_initial_start(tokens, i):
        j, words = _name_run(tokens, i + 1)
        words += 1  # "S. Jaishankar": the initial counts as a word of the name
    elif _is_name_word(tokens[i].text) or _titled_surname(tokens, i):
        j, words = _name_run(tokens, i)
    else:
        return None, i + 1
    if not any(_is_strong(t.text) for t in tokens[i:j]):
        # A name starting inside this run ends where it ends, so it has no strong word
        # either: skip the run, or "WANG WANG ... WANG" would take quadratic time.
        return None, j
    if words < 2 and _acronym_at(tokens, j):
        return None, j  # "the Government of National Unity (GNU)": a body, not a person
    while tokens[i].text in _NOT_PEOPLE and words > 2:
        i, words = i + 1, words - 1  # "... of the United Nations António Guterres"
    if tokens[j - 1].text in _NOT_PEOPLE or (j < len(tokens) and tokens[j].text in _NOT_PEOPLE):
        # "the Black Sea grain deal", "Türkiye's Communications Directorate", "the Lao
        # People's Revolutionary Party": a place, a body, an agreement.
        return None, j
    title_start = _title_start(tokens, i, floor)
    if words < 2 and title_start == i:
        return None, i + 1
    last = tokens[j - 1]
    # "Dong Jun." at the end of a sentence: the period closes the sentence, not the name.
    name_end = last.end - 1 if last.text in _MONTH_WORDS and last.text.endswith(".") else last.end
    j, name_end = _suffix(text, tokens, j, name_end)
    while j < len(tokens) and tokens[j].text in _POSTNOMINALS:
        j += 1  # "Anthony Albanese MP, Prime Minister of Australia"
    title = _join(text, tokens, title_start, i)
    appositive, j_after = _appositive(text, tokens, j)
    if appositive is not None and title is None:
        title = appositive
    end = tokens[j_after - 1].end if j_after > j else name_end
    tail = _of_country(text, tokens, j_after)
    if tail is not None:
        end = tail
    country = country_in(text[tokens[title_start].start : end]) or _country_before(
        text, tokens, title_start
    )
    mention = Mention(
        name=text[tokens[i].start : name_end],
        title=title,
        country=country,
        start=tokens[title_start].start,
        name_start=tokens[i].start,
        name_end=name_end,
        end=end,
        full=words >= 2,
    )
    return mention, j_after


# Last words of names of places, bodies and agreements, never of a person.
_NOT_PEOPLE: Final = frozenset(
    """Sea Ocean Gulf Strait Straits Peninsula River Lake Mountains Island Islands Canal Bay
    Desert Valley Basin Corridor Region Directorate Ministry Office Agency Committee Commission
    Organization Organisation Council Forum Initiative Deal Agreement Treaty Accord Declaration
    Party Parliament Assembly Court Bank Fund Alliance Pact Summit Union Federation
    Republic Kingdom Emirates States Nations Department Administration Palace House
    Chancellery Residence Hall Building Headquarters Centre Center""".split()
)


# Letters after a name: "Anthony Albanese MP".
_POSTNOMINALS: Final = frozenset("MP MEP QC KC PC OBE CBE KBE MBE AC AO".split())
#: A name after an Arabic article written in lower case: "al-Sisi", "el-Sisi", "al-Assad".
ARTICLED_NAME: Final = re.compile(r"(?:al|el|ad|as|ash|at|ar|az)-[A-Z][\w’'-]*")


def _is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name; all-capitals words are "weak" ones."""
    lex = lexicon()
    return (
        (word[0].isupper() or ARTICLED_NAME.fullmatch(word) is not None)
        and not is_title_word(word)
        and word not in lex.country_words
        and word not in _FUNCTION_WORDS
        and word not in _WEEKDAYS
        and word not in _MONTH_WORDS
        and word not in lex.honorifics
        and word not in _POSTNOMINALS
        and _INITIAL.fullmatch(word) is None
        and (not word.isupper() or (len(word) > 1 and word.isalpha()))
    )


def _is_strong(word: str) -> bool:
    """A name word in ordinary case: "Fumio", not "KISHIDA" (which may be an acronym)."""
    return not word.isupper()


def is_title_word(word: str) -> bool:
    """A capitalised word of a title: "Minister", also "President-elect", "Vice-Premier"."""
    lex = lexicon()
    if word in lex.title_words:
        return True
    first, *rest = word.split("-")
    return (
        bool(rest)
        and first in lex.title_words
        and all(part.islower() or part in lex.title_words for part in rest)
    )


def _titled_surname(tokens: list[Token], i: int) -> bool:
    """A surname that is also a word, after a title and before a given name: "Vice Premier
    He Lifeng"; or a given name that is also a month: "Prime Minister Jan Nowak"."""
    return (
        0 < i < len(tokens) - 1
        and (tokens[i].text in _FUNCTION_WORDS or tokens[i].text in _MONTH_WORDS)
        and tokens[i].text[0].isupper()
        and is_title_word(tokens[i - 1].text)
        and _is_name_word(tokens[i + 1].text)
    )


def _is_initial_start(tokens: list[Token], i: int) -> bool:
    """A name that starts with an initial: "S. Jaishankar"; "Dr S Jaishankar" after a title
    or an honorific, the period left out."""
    word = tokens[i].text
    bare_initial = len(word) == 1 and word.isupper() and i > 0 and _titleish(tokens[i - 1].text)
    return (
        (_INITIAL.fullmatch(word) is not None or bare_initial)
        and i + 1 < len(tokens)
        and _is_name_word(tokens[i + 1].text)
        and (i == 0 or not _is_name_word(tokens[i - 1].text))
    )


def _name_run(tokens: list[Token], i: int) -> tuple[int, int]:
    """Extend a name from ``tokens[i]``; return the index after it and its word count."""
    j, words = i + 1, 1
    while j < len(tokens):
        word = tokens[j].text
        if _is_name_word(word) or _month_in_name(tokens, j):
            words += 1
        elif _INITIALS.fullmatch(word) or (word in _PARTICLES and _particles_lead_on(tokens, j)):
            pass
        else:
            break
        j += 1
    while j > i + 1 and _INITIALS.fullmatch(tokens[j - 1].text):
        j -= 1  # a name does not end with an initial
    return j, words


def _acronym_at(tokens: list[Token], j: int) -> bool:
    """Whether an acronym in brackets stands at ``tokens[j]``: "(GNU)"."""
    return (
        j + 2 < len(tokens)
        and tokens[j].text == "("
        and tokens[j + 2].text == ")"
        and tokens[j + 1].text.isupper()
        and len(tokens[j + 1].text) > 1
    )


def _particles_lead_on(tokens: list[Token], j: int) -> bool:
    """Whether the particles from ``tokens[j]`` lead to a name word: "von der Leyen"."""
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].text in _PARTICLES:
        k += 1
    return k < len(tokens) and _is_name_word(tokens[k].text)


def _month_in_name(tokens: list[Token], j: int) -> bool:
    """A month's name inside a name, "Dong Jun", unless a day follows it ("Jun 16")."""
    followed_by_day = j + 1 < len(tokens) and tokens[j + 1].text.isdigit()
    return tokens[j].text in _MONTH_WORDS and not followed_by_day


def _suffix(text: str, tokens: list[Token], j: int, name_end: int) -> tuple[int, int]:
    """Take a "Jr." suffix, with or without its comma, into the name."""
    if j < len(tokens) and tokens[j].text in _SUFFIXES:
        return j + 1, tokens[j].end
    if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].text in _SUFFIXES:
        return j + 2, tokens[j + 1].end
    return j, name_end


def _title_start(tokens: list[Token], i: int, floor: int = 0) -> int:
    """Index of the first word of the title run right before ``tokens[i]`` (``i`` if none),
    not before ``floor``."""
    lex = lexicon()
    k = i
    while k > floor:
        word = tokens[k - 1].text
        if _titleish(word) or (word in _CONNECTORS and k - 1 > 0) or _styling(tokens, k - 1):
            k -= 1
        elif _in_body_name(tokens, k - 1, i):
            k -= 1  # "General Secretary of the Lao People's Revolutionary Party ..."
        elif (of := _body_of(tokens, k - 1, floor)) is not None:
            k = of  # "Secretary-General of the United Nations"
        elif word in _TITLE_PUNCTUATION and k - 1 > 0 and _titleish(tokens[k - 2].text):
            k -= 1  # "Politburo Member, Director of ...", "(PRC)", "the President, Xi Jinping"
        elif word == "," and k - 1 > 0 and (of := _body_of(tokens, k - 2, floor)) is not None:
            k = of  # "the Secretary-General of the United Nations, António Guterres"
        else:
            break
    while k < i and (tokens[k].text in _CONNECTORS or not tokens[k].text[0].isupper()):
        k += 1  # a title starts with a capitalised word
    has_title_word = any(
        is_title_word(tokens[n].text) or tokens[n].text in lex.title_heads for n in range(k, i)
    )
    honorifics_only = all(tokens[n].text in lex.honorifics for n in range(k, i))
    if has_title_word:
        return k
    return k if k < i and honorifics_only else i


#: Styles of address ("His Highness ...") and their short forms, each by the style it stands for.
STYLES: Final = ("Highness", "Excellency", "Majesty")
SHORT_STYLES: Final = {
    "HH": "highness",
    "HRH": "highness",
    "HE": "excellency",
    "H.E.": "excellency",
}
# What follows the "His" or "Her" of a style of address: "President His Highness Sheikh ...".
_STYLES: Final = frozenset({*STYLES, "Royal"})


def _in_body_name(tokens: list[Token], k: int, name: int) -> bool:
    """Whether ``tokens[k]``, a capitalised word, is inside the name of a body within a
    title: between a title's word and the last word of a body's name ("Party")."""
    return (
        0 < k < name - 1
        and tokens[k].text[0].isupper()
        and tokens[k + 1].text in _NOT_PEOPLE
        and _titleish(tokens[k - 1].text)
    )


# The most capitalised words of a body's name after "of" in a title: "of the African
# Union Commission".
_BODY_WORDS_MAX: Final = 6


def _body_of(tokens: list[Token], last: int, floor: int) -> int | None:
    """Where the "of" is, when ``tokens[last]`` ends a body's name that follows a title's
    word and "of (the)": "Secretary-General of the United Nations"; else None."""
    if tokens[last].text not in _NOT_PEOPLE:
        return None
    n = last
    while n > floor and last - n < _BODY_WORDS_MAX and tokens[n - 1].text[0].isupper():
        n -= 1
    if n > floor and tokens[n - 1].text == "the":
        n -= 1
    if n - 1 > floor and tokens[n - 1].text == "of" and _titleish(tokens[n - 2].text):
        return n - 1
    return None


def _styling(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the "His" or "Her" of a style of address, or the "Royal" of
    "His Royal Highness": words of the style that are no honorific on their own."""
    word = tokens[k].text
    if word == "Royal":
        return 0 < k < len(tokens) - 1 and _styling(tokens, k - 1) and tokens[k + 1].text in STYLES
    return word in {"His", "Her"} and k + 1 < len(tokens) and tokens[k + 1].text in _STYLES


def _titleish(word: str) -> bool:
    """A word that may stand in a title: a title word, a country word, an honorific."""
    lex = lexicon()
    return (
        is_title_word(word)
        or word in lex.honorifics
        or word in lex.country_words
        or word in lex.title_heads
    )


_TITLE_PUNCTUATION: Final = frozenset({",", "(", ")"})


def _join(text: str, tokens: list[Token], start: int, stop: int) -> str | None:
    honorifics = lexicon().honorifics
    while stop > start and (
        (
            tokens[stop - 1].text in {",", "(", *honorifics}
            and not _part_of_title(tokens, stop - 1, start)
        )
        or _styling(tokens, stop - 1)
    ):
        stop -= 1  # "the President of Brazil, H.E. Mr. Lula": neither comma nor honorific
    if start >= stop:
        return None
    words = [
        tokens[n]
        for n in range(start, stop)
        if (tokens[n].text not in honorifics or _part_of_title(tokens, n, start))
        and not _styling(tokens, n)
    ]
    while words and words[0].text in _CONNECTORS:
        del words[0]  # "His Highness the Amir Sheikh Tamim": "Amir"
    if not words:
        return None
    return text[words[0].start : words[-1].end]


def _part_of_title(tokens: list[Token], k: int, start: int) -> bool:
    """Whether the honorific ``tokens[k]`` is a word of the title: "Crown Prince"."""
    return k > start and (tokens[k - 1].text, tokens[k].text) in _TITLES_OF_HONORIFICS


_TITLES_OF_HONORIFICS: Final = frozenset({("Crown", "Prince"), ("Crown", "Princess")})


def _appositive(text: str, tokens: list[Token], j: int) -> tuple[str | None, int]:
    """Read ", member of ... and foreign minister," after a name; return it and the next index."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None, j
    first = j + 1
    if first >= len(tokens) or tokens[first].text.lower() in _NOT_APPOSITIVE:
        return None, j
    k = first
    while k < len(tokens) and tokens[k].text != "," and k - first < _MAX_APPOSITIVE_TOKENS:
        k += 1
    if k == first or (k < len(tokens) and tokens[k].text != ","):
        return None, j
    words = [t.text for t in tokens[first:k]]
    lex = lexicon()
    if not any(w.lower() in lex.title_heads for w in words):
        return None, j
    if any(w in lex.past_forms or w.lower() in _NO_TITLE_WORDS for w in words):
        return None, j  # ", today held a video conference with the President of ...," is no title
    if k >= len(tokens) and not all(w[0].isupper() or w in _CONNECTORS for w in words):
        return None, j  # unclosed, it is a title only when made of title words to the end
    return text[tokens[first].start : tokens[k - 1].end], min(k + 1, len(tokens))


def _of_country(text: str, tokens: list[Token], j: int) -> int | None:
    """After a name, "of China" / "of the People's Republic of China (PRC)": its end."""
    if j >= len(tokens) or tokens[j].text != "of":
        return None
    m = lexicon().countries.match(text, _skip_the(text, tokens[j].end))
    return None if m is None else m.end()


_SPACE_THE: Final = re.compile(r"\s+(?:the\s+)?")


def _skip_the(text: str, pos: int) -> int:
    m = _SPACE_THE.match(text, pos)
    return pos if m is None else m.end()


# Words a name may stand apposed to after a comma: "his Japanese counterpart, Takeshi Iwaya".
_APPOSED: Final = frozenset({"counterpart", "colleague", "guest", "host"})


def _country_before(text: str, tokens: list[Token], start: int) -> str | None:
    """A country word among the few words before a mention: "his Chinese counterpart",
    "his new Japanese counterpart, Takeshi Iwaya"."""
    if start > 1 and tokens[start - 1].text == "," and tokens[start - 2].text in _APPOSED:
        start -= 1  # "his new Japanese counterpart, Takeshi Iwaya"
    k = start
    while k > 0 and start - k < 3 and tokens[k - 1].text not in {",", "and", "with", "to", "from"}:
        k -= 1
    if k == start:
        return None
    return country_in(text[tokens[k].start : tokens[start].start])


def country_in(text: str) -> str | None:
    """The ISO code of the first country named in ``text``.

    >>> country_in("member of the Political Bureau of the CPC Central Committee")
    'CN'
    """
    lex = lexicon()
    m = lex.countries.search(text)
    return None if m is None else lex.country_codes[m.group()]
