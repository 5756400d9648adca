"""Who said each sentence, and the reporting phrase that says so.

Each sentence after the lead is read at its clause starts (the sentence
start, after a comma, a semicolon or "that"), in this order of preference:

1. a participant followed by a reporting verb: "Wang Yi said that",
   "On Taiwan, President Biden stressed", "..., Wang said.", "He added that",
   "The Secretary reiterated", "The Russian side underlined";
2. both sides followed by a verb in the past: "The two sides also exchanged
   views", "Both leaders welcomed", "They agreed";
3. a relay, somebody who reports the readout but did not take part
   ("..., the Kremlin said", "The spokesman described"): narration, with the
   relay's verb as the cue;
4. otherwise the sentence has no cue of its own and continues the speaker of
   the sentence before it in its paragraph (the lead itself is narration).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Final, NamedTuple

import attrs

from readout.model import (
    Call,
    Paragraph,
    Participant,
    Readout,
    Sentence,
    Side,
    Speaker,
    paragraph_with_sentences,
    sentence_with_speaker,
)
from readout.parser.lexicon import lexicon
from readout.parser.names import (
    ARTICLED_NAME,
    SHORT_STYLES,
    STYLES,
    country_in,
    is_title_word,
)

__all__ = ["attribute"]

# "The two sides", "Both leaders", "The ministers", "They", "Each side": joint speech.
_JOINT: Final = re.compile(
    r"(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:two\s+|three\s+|four\s+|top\s+)*(?i:sides|leaders|"
    r"heads\s+of\s+(?:state|government|diplomacy)|presidents|premiers|officials|"
    r"(?:prime\s+|foreign\s+|defen[cs]e\s+)?ministers|pms|fms|"
    r"diplomats|counterparts|parties|delegations|interlocutors|participants)\b"
    r"(?:\s+of\s+(?:the\s+two\s+countries|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
    r"\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?))?"
    r"|[Tt]he\s+two(?=\s+(?:also\s+|further\s+|then\s+)?[a-z]+ed\b)"
    r"|[Bb]oth\b(?!\s+(?:countries|nations|peoples|of\b))|They\b|they\b"
    r"|It\s+was\s+(?:also\s+)?(?=agreed\b)"
    r"|[Ee]ach\s+(?:side|of\s+the\s+(?:two|three)\s+(?:sides|leaders|ministers))\b"
)
# "His Highness", "Her Excellency", "His Royal Highness the Crown Prince": a style of address,
# maybe with a title after it.
_SHORT: Final = "|".join(map(re.escape, SHORT_STYLES))
_STYLED: Final = re.compile(
    rf"(?:(?:His|Her)\s+(?:Royal\s+)?(?P<style>{'|'.join(STYLES)})|(?P<short>{_SHORT}))"
    r"(?:\s+the\s+(?P<title>[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,5}))?(?!\w)"
)
_STYLE_WORD: Final = re.compile(rf"\b({'|'.join(STYLES)}|{_SHORT})(?!\w)")
# The most participants whose styles of address are looked up in the lead.
_STYLED_PEOPLE_MAX: Final = 16
# How far before a name its style may stand: "His Highness Sheikh Dr. " and the like.
_STYLE_REACH: Final = 40


def _style_before(lead: str, name: str) -> str | None:
    """The style of address just before a name's first mention in the lead, lower case."""
    at = lead.find(name)
    if at < 0:
        return None
    styles = _STYLE_WORD.findall(lead, max(0, at - _STYLE_REACH), at)
    if not styles:
        return None
    style: str = styles[-1]
    return SHORT_STYLES.get(style, style.lower())


# "The Russian side", "China's top diplomat", "Japan's foreign minister": one country's
# participant.
_SIDE: Final = re.compile(
    r"(?:[Tt]he\s+)?(?P<who>[A-Z][\w.’'-]*?)(?:\s+side|[’']s\s+(?:top\s+)?(?:diplomat|leader"
    r"|(?:(?:foreign|defen[cs]e|prime)\s+)?minister|president|premier|chancellor))\b"
)
# "The Head of our state", "Our President": the publisher's own country's participant.
_OURS: Final = re.compile(
    r"(?:[Tt]he\s+)?[Hh]ead\s+of\s+our\s+[Ss]tate\b"
    r"|[Oo]ur\s+(?:[Pp]resident|[Ll]eader|[Hh]ead\s+of\s+[Ss]tate|[Pp]rime\s+[Mm]inister)\b"
)
_PRONOUN: Final = re.compile(r"(?:[Hh]e|[Ss]he)\b")
_OPENERS: Final = "\"'“‘([ "
_ITEM_NUMBER: Final = re.compile(r"(?:\(\d{1,2}\)|\d{1,2}\))\s+")
# Where a clause may start: after a comma, semicolon or colon, after "that", or after an
# opening "At the talks" with no comma ("At the talks both sides had ...").
# "The Kremlin said Putin had ...": what a verb of saying reports starts a clause too.
_CLAUSE_BREAK: Final = re.compile(
    r"[,;:][\"'”’)]*\s+|\b(?:that|said|told\s+\w+)\s+"
    r"|^(?:At|During|In)\s+the\s+(?:talks|meeting|call|conversation)\s+(?=[a-z])"
)
# "According to Lavrov, ...": the source of what follows, a participant or a relay.
_ACCORDING: Final = re.compile(r"[Aa]ccording\s+to\s+")
_WORD: Final = re.compile(r"[\w’'.-]+")
_RELAY_PHRASES: Final = re.compile(
    r"(?:[Tt]he\s+)?(?:White\s+House|Kremlin|State\s+Department|Foreign\s+Ministry)\b"
)
_MAX_SUBJECT_WORDS: Final = 14


class _Subject(NamedTuple):
    who: Participant | Side | None  # None: a relay, somebody outside the call
    end: int
    pronoun: bool = False
    according: bool = False  # "According to X," with no verb of its own
    person: bool = False  # a relay who is a person ("Kremlin aide Yury Ushakov"), a "he"


class _People:
    """The participants of a call, with lookups built once per readout.

    Reading a clause then costs the same however many people the lead names: a
    lead naming thousands must not make every later clause go through them all.
    """

    def __init__(
        self, people: tuple[Participant, ...], own_country: str | None, lead: str = ""
    ) -> None:
        self.all = people
        # "Highness", "Excellency", "Majesty" -> who the lead styles so: "His Highness" later.
        self.by_style: dict[str, list[Participant]] = {}
        # Each name is looked for in the lead: a lead naming crowds is read without styles,
        # so that the time stays linear in its length (styles go with a few leaders).
        for person in people if len(people) <= _STYLED_PEOPLE_MAX else ():
            style = _style_before(lead, person.name)
            if style is not None:
                self.by_style.setdefault(style, []).append(person)
        self.by_word: dict[str, list[int]] = {}  # a name word, lower case -> who has it
        self.words: set[str] = set()  # every word of every name, as written
        self.by_country: dict[str, list[Participant]] = {}
        self.by_heads: dict[frozenset[str], Participant | None] = {}  # _by_title's answers
        # Who has a title, who has each title word in it, who is the publisher's own: as bit
        # masks (bit k for people[k]), so that looking up a title takes a few operations on
        # whole masks (in C, 64 people a step), not a pass in Python over all the people.
        heads = [(k, _title_heads(p.title.split())) for k, p in enumerate(people) if p.title]
        self.titled = _mask(k for k, _ in heads)
        self.with_head = _masks(heads)
        self.own = _mask(k for k, p in enumerate(people) if p.country and p.country == own_country)
        for k, person in enumerate(people):
            words = _name_words(person.name)
            self.words |= words
            for word in {w.lower() for w in words}:
                self.by_word.setdefault(word, []).append(k)
            if person.country is not None:
                self.by_country.setdefault(person.country, []).append(person)


@attrs.define
class _Reader:
    """Reading state across a readout: the participants and the last single speaker."""

    call: Call | None
    own_country: str | None
    lead: str = ""  # the lead sentence, which styles the participants ("His Highness ...")
    last: Participant | None = None
    relay_person: bool = False  # the last sentence with a cue had a relay person for subject
    relays: set[str] = attrs.field(factory=set)
    people: _People = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        people = self.call.participants if self.call else ()
        self.people = _People(people, self.own_country, self.lead)

    # --- subjects ----------------------------------------------------------------------

    def subject_at(self, text: str, pos: int) -> _Subject | None:
        """Read who stands at ``text[pos]``: a participant, both sides, or a relay."""
        pos = _skip_openers(text, pos)
        if (m := _STYLED.match(text, pos)) is not None:  # "His Highness (the Amir)"
            return self._styled(m, text)
        if (m := _JOINT.match(text, pos)) is not None:
            return _Subject(Side.BOTH, m.end())
        if (m := _SIDE.match(text, pos)) is not None:
            return self._side(m)
        if (m := _OURS.match(text, pos)) is not None:  # "The Head of our state": the publisher's
            own = self.people.by_country.get(self.own_country or "", [])
            return _Subject(own[0], m.end()) if len(own) == 1 else None
        if (m := _PRONOUN.match(text, pos)) is not None:
            if self.relay_person:  # "..., Kremlin aide Yury Ushakov told Interfax. He described"
                return _Subject(None, m.end(), pronoun=True, person=True)
            return _Subject(self.last, m.end(), pronoun=True) if self.last else None
        m = _RELAY_PHRASES.match(text, pos)
        if m is not None and (verb := _verb_after(text, m.end())) is not None and verb[1]:
            return _Subject(None, m.end())  # "The Kremlin said", not "Kremlin aide ..."
        if (m := _ACCORDING.match(text, pos)) is not None:
            return self._according(text, m.end())
        return self._named(text, pos)

    def _according(self, text: str, pos: int) -> _Subject | None:
        """ "According to Lavrov, ...": Lavrov speaks what follows, "According to" is the cue.

        "According to according to Lavrov," reads as "According to Lavrov,"; a loop, not
        recursion, so that a long run of them cannot exhaust the stack.
        """
        pos = _skip_openers(text, pos)
        while (m := _ACCORDING.match(text, pos)) is not None:
            pos = _skip_openers(text, m.end())
        source = self.subject_at(text, pos)
        if source is None or source.who is Side.BOTH or not text.startswith(",", source.end):
            return None
        return _Subject(source.who, source.end, according=True)

    def _side(self, m: re.Match[str]) -> _Subject | None:
        """The Russian side; the Korean side too, when one participant is Korean."""
        codes = _countries_of_word(m.group("who"))
        # Two of a country tell as much as all of them: the side must name exactly one.
        match = [p for code in codes for p in self.people.by_country.get(code, [])[:2]]
        return _Subject(match[0], m.end()) if len(match) == 1 else None

    def _styled(self, m: re.Match[str], text: str) -> _Subject | None:
        """The participant the lead styles so ("His Highness Sheikh ..."), or that the title
        after the style names ("His Highness the Amir") when the style is shared."""
        style = m.group("style")
        style = style.lower() if style is not None else SHORT_STYLES[m.group("short")]
        styled = self.people.by_style.get(style, [])
        title = m.group("title")
        who = styled[0] if len(styled) == 1 else None
        end = m.end()
        if title is not None:
            titled = self._by_title(title.split())
            who = titled if titled is not None and (who is None or who == titled) else who
        else:  # "His Highness Sheikh Mohamed bin Zayed affirmed": the name after the style
            words = list(_phrase(text, _skip_space(text, end)))
            named = self._by_name([w.group().rstrip(".") for w in words]) if words else []
            if len(named) == 1 and (who is None or who == named[0]):
                who, end = named[0], words[-1].end()
        return _Subject(who, end) if who is not None else None

    def _named(self, text: str, pos: int) -> _Subject | None:
        """A capitalised phrase: a participant's name or title, both of them, or a relay."""
        words = list(_phrase(text, pos))
        if not words:
            return None
        end = words[-1].end()
        texts = [w.group().rstrip(".") for w in words]
        lex = lexicon()
        named = self._by_name(texts)
        if any(t.lower() in lex.relay_nouns for t in texts) or any(t in self.relays for t in texts):
            # A word of any participant's name is a word of one that ``texts`` names.
            own_words = self.people.words
            self.relays.update(
                t
                for t in texts
                if t[:1].isupper()
                and t not in lex.title_words
                and t not in own_words
                and t.lower() not in _DETERMINERS  # "The Spokesman": not "The" of "The President"
            )
            return _Subject(None, end, person=_is_person(texts, self.relays))
        if "and" in texts and len(self._each_of(texts)) >= 2:  # "The Secretary and the Minister"
            return _Subject(Side.BOTH, end)
        if len(named) == 1:
            return _Subject(named[0], end)
        if named or any(_is_other_name(t) for t in texts):
            return None
        titled = self._by_title(texts)
        return _Subject(titled, end) if titled else None

    def _each_of(self, words: list[str]) -> set[Participant]:
        """The participants that the parts of "A and B" name, by name or by title."""
        parts: list[list[str]] = [[]]
        for word in words:
            if word == "and":
                parts.append([])
            else:
                parts[-1].append(word)
        found: set[Participant] = set()
        for part in parts:
            named = self._by_name(part)
            titled = None if named or not part else self._by_title(part)
            found.update(named[:1] or ([titled] if titled else []))
        return found

    def _by_name(self, words: list[str]) -> list[Participant]:
        """The first two participants (in call order) that ``words`` name: all a caller needs.

        A long word one letter off a name word names its person too: agencies spell
        transliterated names their own way ("Araqchi" for "Araghchi").
        """
        found: set[int] = set()
        by_word = self.people.by_word
        for word in {w.lower() for w in words}:
            who = by_word.get(word)
            if who is None and len(word) >= _SPELLING_MIN and len(by_word) <= _SPELLINGS_TRIED:
                who = next((by_word[k] for k in by_word if _one_letter_off(word, k)), None)
            found.update((who or ())[:2])
        return [self.people.all[k] for k in sorted(found)[:2]]

    def _by_title(self, words: list[str]) -> Participant | None:
        """ "The Secretary", "the Chinese president", "The President of Russia"."""
        if self.call is None:
            return None
        heads = _title_heads(words)
        if not heads:
            return None
        code = country_in(" ".join(words))
        if code is not None:
            of_country = self.people.by_country.get(code, [])
            return of_country[0] if len(of_country) == 1 else None
        key = frozenset(heads)
        if key not in self.people.by_heads:
            self.people.by_heads[key] = self._titled(heads)
        return self.people.by_heads[key]

    def _titled(self, heads: set[str]) -> Participant | None:
        """The participant whose title has all of ``heads``, the publisher's own first."""
        found = self.people.titled
        for head in heads:
            found &= self.people.with_head.get(head, 0)
        if found & (found - 1):  # more than one: the publisher's own, if one of them is
            found = (found & self.people.own) or found
        return self.people.all[_lowest(found)] if found else None

    # --- sentences ---------------------------------------------------------------------

    def _inverted(self, text: str, pos: int) -> tuple[Participant, str] | None:
        """The participant and cue of a clause "said Wang." that ends the sentence."""
        m = _CUE_FIRST.match(text, pos)
        if m is None or m.group(1) not in lexicon().cue_verbs:
            return None
        subject = self.subject_at(text, m.end())
        if subject is None or not isinstance(subject.who, Participant) or subject.pronoun:
            return None
        if _SENTENCE_END.match(text, subject.end) is None:
            return None
        return subject.who, m.group(1)

    def read(self, text: str) -> tuple[Speaker, str | None, bool]:
        """Return (speaker, cue, whether the sentence says who speaks, or that nobody does)."""
        speaker, cue, own, relay_person = self._read(text)
        if own:
            self.relay_person = relay_person
        return speaker, cue, own

    def _read(self, text: str) -> tuple[Speaker, str | None, bool, bool]:
        joint: tuple[Speaker, str | None] | None = None
        according: tuple[Participant, str] | None = None
        relay: str | None = None
        relay_person = False
        narration = False
        for n, pos in enumerate(_clause_starts(text)):
            inverted = self._inverted(text, pos) if n else None
            if inverted is not None:
                return inverted[0], inverted[1], True, False  # "..., said Wang."
            subject = self.subject_at(text, pos)
            if subject is None:
                continue
            if subject.according:  # the clause after it may name its own speaker, else X speaks
                if isinstance(subject.who, Participant) and according is None:
                    according = (subject.who, _according_cue(text, pos))
                relay = relay or _according_cue(text, pos)
                continue
            verb = _verb_after(text, subject.end)
            if verb is None:
                continue
            cue, is_cue = verb
            if subject.pronoun and joint is not None:
                continue  # "Putin and Xi said they ..., he said": "he" relays them both
            if isinstance(subject.who, Participant):
                if is_cue:
                    return subject.who, cue, True, False
                also = _coordinated_cue(text, subject.end)
                if also is not None:  # "Shoigu arrived ... and delivered Putin's message"
                    return subject.who, also, True, False
                narration = narration or (n == 0 and _is_past(cue.split()[0]))
            elif (
                subject.who is Side.BOTH
                and joint is None
                and _is_past(cue.split()[0])
                and not _present_perfect(text, subject.end)
            ):
                joint = (Side.BOTH, cue if is_cue else None)
            elif subject.who is None and relay is None and is_cue:
                relay, relay_person = cue, subject.person
        if joint is not None:
            return joint[0], joint[1], True, False
        if according is not None:
            return according[0], according[1], True, False
        if relay is not None or narration:
            return None, relay, True, relay_person
        return None, None, False, False


def _mask(indices: Iterable[int]) -> int:
    """The bit mask with bit k set for each index k."""
    row = bytearray()
    for k in indices:
        _set_bit(row, k)
    return int.from_bytes(row, "little")


def _masks(sets: Iterable[tuple[int, Iterable[str]]]) -> dict[str, int]:
    """For each word, the bit mask of the indices whose set holds it."""
    rows: dict[str, bytearray] = {}
    for k, words in sets:
        for word in words:
            _set_bit(rows.setdefault(word, bytearray()), k)
    return {word: int.from_bytes(row, "little") for word, row in rows.items()}


def _set_bit(row: bytearray, k: int) -> None:
    """Set bit k of a little-endian row of bytes (``mask |= 1 << k`` would copy the mask)."""
    if k // 8 >= len(row):
        row.extend(bytes(k // 8 + 1 - len(row)))
    row[k // 8] |= 1 << (k % 8)


def _lowest(mask: int) -> int:
    """The index of the lowest bit set in a non-zero mask."""
    return (mask & -mask).bit_length() - 1


def _skip_openers(text: str, pos: int) -> int:
    """Skip quotes, brackets and spaces, and an item's number: "(3) The two Ministers"."""
    m = _ITEM_NUMBER.match(text, pos)
    if m is not None:
        pos = m.end()
    while pos < len(text) and text[pos] in _OPENERS:
        pos += 1
    return pos


# "..., said Wang." / "..., added the Chinese foreign minister.": a cue before its subject,
# which ends the sentence.
_CUE_FIRST: Final = re.compile(r"([a-z]+)\s+")
_SENTENCE_END: Final = re.compile(r"[\s.!?\"'”’)]*\Z")


# A second verb of the same subject, in the same clause: "arrived ... and delivered".
_AND_VERB: Final = re.compile(r"\band\s+(?:also\s+)?([a-z]+)\b")


def _coordinated_cue(text: str, pos: int) -> str | None:
    """The reporting verb that a subject's clause adds after "and", or None."""
    end = len(text)
    for stop in (",", ";"):
        found = text.find(stop, pos)
        if found >= 0:
            end = min(end, found)
    m = _AND_VERB.search(text, pos, end)
    return m.group(1) if m is not None and m.group(1) in lexicon().cue_verbs else None


def _according_cue(text: str, pos: int) -> str:
    pos = _skip_openers(text, pos)
    m = _ACCORDING.match(text, pos)
    return text[pos : m.end()].rstrip() if m else "according to"


def attribute(
    readout: Readout, call: Call | None, own_country: str | None
) -> tuple[Paragraph, ...]:
    """Return the readout's paragraphs with every sentence's speaker and cue read."""
    reader = _Reader(call, own_country, readout.lead.text)
    paragraphs = []
    for i, paragraph in enumerate(readout.paragraphs):
        previous: Speaker = None
        sentences: list[Sentence] = []
        quoted_from: int | None = None  # where a quotation opened by a sentence without a cue
        for j, sentence in enumerate(paragraph.sentences):
            if i == 0 and j == 0:
                sentences.append(sentence_with_speaker(sentence, None, None))
                continue
            speaker, cue, own = reader.read(sentence.text)
            closes = quoted_from is not None and _closes_quotation(sentence.text)
            if not own:
                speaker = previous
            elif closes and isinstance(speaker, Participant):
                # '"We are united ... path. A military operation ... ," Luxon said.': the
                # quotation's sentences before this one are the speaker's words too.
                for n in range(quoted_from or 0, len(sentences)):
                    sentences[n] = sentence_with_speaker(sentences[n], speaker, None)
            if own or closes:
                quoted_from = None
            if not own and quoted_from is None and _opens_quotation(sentence.text):
                quoted_from = j
            if isinstance(speaker, Participant):
                reader.last = speaker
            previous = speaker
            sentences.append(sentence_with_speaker(sentence, speaker, cue))
        paragraphs.append(paragraph_with_sentences(paragraph, tuple(sentences)))
    return tuple(paragraphs)


def _opens_quotation(text: str) -> bool:
    """Whether a sentence opens a quotation that goes on after it: '"We are united ... path.'"""
    text = text.lstrip()
    if text.startswith("\u201c"):
        return text.count("\u201c") > text.count("\u201d")
    return text.startswith('"') and text.count('"') % 2 == 1


def _closes_quotation(text: str) -> bool:
    """Whether a sentence closes a quotation opened before it."""
    return "\u201d" in text or text.count('"') % 2 == 1


def _clause_starts(text: str) -> Iterator[int]:
    yield 0
    for m in _CLAUSE_BREAK.finditer(text):
        yield m.end()


_LOWER_HONORIFICS: Final = frozenset({"respected", "dear", "esteemed"})
# Lower-case words inside names: "von der Leyen", "bin Farhan", "da Silva".
_NAME_PARTICLES: Final = frozenset("von der den van de da dos bin al".split())


def _phrase(text: str, pos: int) -> Iterator[re.Match[str]]:
    """The words of a subject phrase: capitalised words, title heads, and/of/the between them."""
    lex = lexicon()
    count = 0
    # Match at each position: a search would run ahead over text that is no word (", , , ,"),
    # once for every clause start.
    while (m := _WORD.match(text, pos)) is not None:
        if count >= _MAX_SUBJECT_WORDS:
            return
        word = m.group().rstrip(".")
        if (
            word[:1].isupper()
            or word in lex.title_heads
            or word.capitalize() in lex.title_words
            or word in {"of", "the", "and"}
            or word in _NAME_PARTICLES
            or word in _LOWER_HONORIFICS  # "The respected Comrade Kim Jong Un"
            or ARTICLED_NAME.fullmatch(word) is not None
        ):
            yield m
            count += 1
            pos = _skip_space(text, m.end())
        else:
            return


def _is_person(words: list[str], relays: set[str]) -> bool:
    """Whether a relay is a person ("spokesman Matthew Miller", "Miller"), not an institution."""
    people = lexicon().relay_people
    return any(w.lower() in people or w in relays for w in words)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _name_words(name: str) -> set[str]:
    """The words of a name one may be called by: "Wang Yi" -> Wang, Yi."""
    return {w for w in name.replace(",", " ").split() if len(w) > 2 or not w.endswith(".")} - {
        "Jr.",
        "Sr.",
        "Jr",
        "Sr",
    }


def _is_other_name(word: str) -> bool:
    """A capitalised word that is not a title, country or function word: somebody's name."""
    lex = lexicon()
    return (
        word[:1].isupper()
        and not is_title_word(word)  # "Minister", also "President-elect"
        and word not in lex.country_words
        and word not in {"The", "And", "Of"}
    )


def _verb_after(text: str, pos: int) -> tuple[str, bool] | None:
    """The verb after a subject: (its cue phrase as written, whether it is a reporting verb).

    An appositive between commas is skipped; one with commas of its own (", who is on a
    visit on the instruction of Putin, president of Russia, conveyed") up to the comma
    after which a reporting verb follows, else up to its first comma.
    """
    pos = _skip_space(text, pos)
    if not text.startswith(",", pos):
        return _verb_at(text, pos)
    close, first = pos, None
    for _ in range(_APPOSITIVE_COMMAS):
        close = text.find(",", close + 1, pos + 400)
        if close < 0:
            break
        found = _verb_at(text, _skip_space(text, close + 1))
        if found is not None and found[1]:
            return found
        first = first or found
    return first


# The most commas an appositive between a subject and its verb may hold, its closing one too.
_APPOSITIVE_COMMAS: Final = 3


def _verb_at(text: str, pos: int) -> tuple[str, bool] | None:
    words = list(islice(_WORD.finditer(text, pos), 8))
    k = 0
    while k < len(words) and (_is_adverb(words[k].group()) or words[k].group() in _AUXILIARIES):
        k += 1
    if k >= len(words) or words[k].start() != _skip_gap(text, words[k - 1].end() if k else pos):
        return None
    if not words[k].group().rstrip("."):  # "Blinken ...": periods, no verb (and no cue)
        return None
    m = _USED_TO.match(text, words[k].start())
    if m is not None and _past(m.group("verb")) in lexicon().cue_verbs:
        return m.group("verb"), True  # "used the call to raise": "raise" says what was said
    start = words[k - 1].start() if k and words[k - 1].group() == "had" else words[k].start()
    m = _HAD_TALKS.match(text, start) or _QUOTED_AS.match(text, words[k].start())
    if m is not None:
        # "had in-depth consultations", "had an exchange of views", "was quoted as saying"
        return m.group(), True
    return _cue(text, words, k)


# "had an in-depth exchange of views", "had consultations": what the two sides said.
_HAD_TALKS: Final = re.compile(
    r"had\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:exchange\s+of\s+views|consultations|talks|"
    r"discussions?|conversations?|dialogue)\b"
)


# "was quoted by the ministry as saying": what the subject said, whoever relays it.
_QUOTED_AS: Final = re.compile(r"(?:was|were)\s+quoted\s+(?:by\s+[^,.;]{1,60}?\s+)?as\s+saying\b")


# "used the call to raise ...", "took the opportunity to reiterate ...".
_USED_TO: Final = re.compile(
    r"(?:used|took)\s+(?:the|this|that)\s+(?:call|conversation|meeting|talks|opportunity|occasion)"
    r"\s+to\s+(?P<verb>[a-z]+)\b"
)


def _past(verb: str) -> str:
    """The simple past of a regular verb: "raise" -> "raised", "express" -> "expressed"."""
    return verb + ("d" if verb.endswith("e") else "ed")


_AUXILIARIES: Final = frozenset({"has", "had", "have"})
_PERFECT: Final = re.compile(r"\s+(?:\w+ly\s+)?(?:have|has)\b")


def _present_perfect(text: str, pos: int) -> bool:
    """ "The two sides have firmly supported each other": what a speaker says, not what
    both sides did in the call, which readouts tell in the simple past."""
    return _PERFECT.match(text, pos) is not None


_QUOTES: Final = '"“‘'


def _skip_gap(text: str, pos: int) -> int:
    """Skip spaces and opening quotes: 'Putin "responded positively"'."""
    while pos < len(text) and (text[pos] == " " or text[pos] in _QUOTES):
        pos += 1
    return pos


# Spelling variants: words this long, against at most this many name words.
_SPELLING_MIN: Final = 6
_SPELLINGS_TRIED: Final = 64


def _one_letter_off(a: str, b: str) -> bool:
    """Whether two words differ by one letter changed, added or dropped ("araqchi", "araghchi")."""
    if abs(len(a) - len(b)) > 1 or a == b or len(b) < _SPELLING_MIN:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def _countries_of_word(word: str) -> set[str]:
    """The countries a word names or is part of the name of: "Korean" -> KP, KR."""
    lex = lexicon()
    code = country_in(word)
    if code is not None:
        return {code}
    return {c for form, c in lex.country_codes.items() if word in form.split()}


def _is_adverb(word: str) -> bool:
    return word in lexicon().adverbs or (word.endswith("ly") and word.islower() and len(word) > 4)


def _cue(text: str, words: list[re.Match[str]], k: int) -> tuple[str, bool]:
    """The cue phrase from ``words[k]``: verb, particle, object noun, "that"."""
    lex = lexicon()
    bare = [w.group().rstrip(".") for w in words]
    verb, end = bare[k], k + 1
    with_particle = False
    for particle in lex.particles.get(verb, ()):
        parts = particle.split()
        if bare[end : end + len(parts)] == parts and words[end - 1].group() == bare[end - 1]:
            end += len(parts)
            with_particle = True
            break
    if verb in lex.needs_particle and not with_particle:
        return verb, False
    if verb in lex.object_verbs and end < len(words) and _is_object_noun(words[end - 1], bare[end]):
        end += 1
    # A verb in the past with a "that" clause right after it reports: "joked that".
    reports = verb in lex.cue_verbs or with_particle
    if end < len(words) and bare[end] == "that" and words[end - 1].group() == bare[end - 1]:
        reports = reports or (end == k + 1 and _is_past(verb))
        end += 1
    last = words[end - 1]
    phrase = text[words[k].start() : last.start() + len(bare[end - 1])]
    return phrase, reports


_DETERMINERS: Final = frozenset(
    "the a an his her their its our this that these those to on with for about in and".split()
)


def _is_object_noun(before: re.Match[str], word: str) -> bool:
    """Whether ``word`` is the object noun of the verb before it ("expressed thanks")."""
    ends_clause = before.group() != before.group().rstrip(".")
    return not ends_clause and word.islower() and word not in _DETERMINERS


@functools.cache
def _title_synonyms() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Each short title ("pm") with its pattern as a whole word and its words spelled out."""
    return tuple(
        (short, re.compile(rf"\b{re.escape(short)}\b"), " ".join(long))
        for short, long in lexicon().title_synonyms.items()
    )


def _title_heads(words: list[str]) -> set[str]:
    """The title words of a phrase, lower case, "PM" and "Head of State" spelled out."""
    lex = lexicon()
    phrase = " ".join(w.lower() for w in words)
    for short, pattern, long in _title_synonyms():
        if short in phrase:
            phrase = pattern.sub(long, phrase)
    # "President-elect" is a president's title: the head before "-elect", "-designate".
    heads = (w.partition("-")[0] if w.endswith(_TITLE_SUFFIXES) else w for w in phrase.split())
    return {
        w
        for w in heads
        if w in lex.title_heads or w.capitalize() in lex.title_words or w.upper() in lex.title_words
    } - {"of", "the", "and"}


_TITLE_SUFFIXES: Final = ("-elect", "-designate")


def _is_past(word: str) -> bool:
    lex = lexicon()
    return word.endswith("ed") or word in lex.past_forms or word in lex.cue_verbs
