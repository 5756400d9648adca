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

import re
from collections.abc import Iterator
from itertools import islice
from typing import Final, NamedTuple

import attrs

from readout.model import Call, Paragraph, Participant, Readout, Side, Speaker
from readout.parser.lexicon import lexicon
from readout.parser.names import country_in

__all__ = ["attribute"]

# "The two sides", "Both leaders", "The ministers", "They": joint speech.
_JOINT: Final = re.compile(
    r"(?:[Tt]he|[Bb]oth)\s+(?:two\s+|top\s+)*(?:sides|leaders|heads\s+of\s+state|presidents|"
    r"ministers|foreign\s+ministers|diplomats|counterparts|parties|delegations|interlocutors)\b"
    r"(?:\s+of\s+the\s+two\s+countries)?"
    r"|[Bb]oth\b(?!\s+(?:countries|nations|peoples|of\b))|They\b|they\b"
    r"|It\s+was\s+(?:also\s+)?(?=agreed\b)"
)
# "the US side", "The Russian side".
_SIDE: Final = re.compile(r"(?:[Tt]he\s+)?(?P<who>[A-Z][\w.’'-]*)\s+side\b")
_PRONOUN: Final = re.compile(r"(?:[Hh]e|[Ss]he)\b")
_OPENERS: Final = "\"'“‘([ "
# Where a clause may start: after a comma, semicolon or colon, or after "that".
_CLAUSE_BREAK: Final = re.compile(r"[,;:][\"'”’)]*\s+|\bthat\s+")
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


@attrs.define
class _Reader:
    """Reading state across a readout: the participants and the last single speaker."""

    call: Call | None
    own_country: str | None
    last: Participant | None = None
    relays: set[str] = attrs.field(factory=set)

    # --- subjects ----------------------------------------------------------------------

    def subject_at(self, text: str, pos: int) -> _Subject | None:
        """Read who stands at ``text[pos]``: a participant, both sides, or a relay."""
        while pos < len(text) and text[pos] in _OPENERS:
            pos += 1
        if (m := _JOINT.match(text, pos)) is not None:
            return _Subject(Side.BOTH, m.end())
        if (m := _SIDE.match(text, pos)) is not None:
            return self._side(m)
        if (m := _PRONOUN.match(text, pos)) is not None:
            return _Subject(self.last, m.end(), pronoun=True) if self.last else None
        if (m := _RELAY_PHRASES.match(text, pos)) is not None:
            return _Subject(None, m.end())
        if (m := _ACCORDING.match(text, pos)) is not None:
            return self._according(text, m.end())
        return self._named(text, pos)

    def _according(self, text: str, pos: int) -> _Subject | None:
        """ "According to Lavrov, ...": Lavrov speaks what follows, "According to" is the cue."""
        source = self.subject_at(text, pos)
        if source is None or source.who is Side.BOTH or not text.startswith(",", source.end):
            return None
        return _Subject(source.who, source.end, according=True)

    def _side(self, m: re.Match[str]) -> _Subject | None:
        code = country_in(m.group("who"))
        people = self.call.participants if self.call else ()
        match = [p for p in people if code is not None and p.country == code]
        return _Subject(match[0], m.end()) if match else None

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
            own_words = {w for p in named for w in _name_words(p.name)}
            self.relays.update(
                t for t in texts if t[:1].isupper() and t not in lex.title_words | own_words
            )
            return _Subject(None, end)
        if len(named) >= 2 and "and" in texts:
            return _Subject(Side.BOTH, end)
        if len(named) == 1:
            return _Subject(named[0], end)
        if named or any(_is_other_name(t) for t in texts):
            return None
        titled = self._by_title(texts)
        return _Subject(titled, end) if titled else None

    def _by_name(self, words: list[str]) -> list[Participant]:
        people = self.call.participants if self.call else ()
        said = {w.lower() for w in words}
        return [p for p in people if said & {w.lower() for w in _name_words(p.name)}]

    def _by_title(self, words: list[str]) -> Participant | None:
        """ "The Secretary", "the Chinese president", "The President of Russia"."""
        if self.call is None:
            return None
        heads = _title_heads(words)
        if not heads:
            return None
        code = country_in(" ".join(words))
        people = self.call.participants
        if code is not None:
            of_country = [p for p in people if p.country == code]
            return of_country[0] if len(of_country) == 1 else None
        found = [
            p for p in people if p.title is not None and heads <= _title_heads(p.title.split())
        ]
        if len(found) > 1:
            own = [p for p in found if p.country is not None and p.country == self.own_country]
            found = own or found[:1]
        return found[0] if found else None

    # --- sentences ---------------------------------------------------------------------

    def read(self, text: str) -> tuple[Speaker, str | None, bool]:
        """Return (speaker, cue, whether the sentence says who speaks, or that nobody does)."""
        joint: tuple[Speaker, str | None] | None = None
        relay: str | None = None
        narration = False
        for n, pos in enumerate(_clause_starts(text)):
            subject = self.subject_at(text, pos)
            if subject is None:
                continue
            if subject.according:
                if isinstance(subject.who, Participant):
                    return subject.who, _according_cue(text, pos), True
                relay = relay or _according_cue(text, pos)
                continue
            verb = _verb_after(text, subject.end)
            if verb is None:
                continue
            cue, is_cue = verb
            if isinstance(subject.who, Participant):
                if is_cue:
                    return subject.who, cue, True
                narration = narration or (n == 0 and _is_past(cue.split()[0]))
            elif subject.who is Side.BOTH and joint is None and _is_past(cue.split()[0]):
                joint = (Side.BOTH, cue if is_cue else None)
            elif subject.who is None and relay is None and is_cue:
                relay = cue
        if joint is not None:
            return joint[0], joint[1], True
        if relay is not None or narration:
            return None, relay, True
        return None, None, False


def _according_cue(text: str, pos: int) -> str:
    while pos < len(text) and text[pos] in _OPENERS:
        pos += 1
    m = _ACCORDING.match(text, pos)
    return text[pos : m.end()].rstrip() if m else "according to"


def attribute(
    readout: Readout, call: Call | None, own_country: str | None
) -> tuple[Paragraph, ...]:
    """Return the readout's paragraphs with every sentence's speaker and cue read."""
    reader = _Reader(call, own_country)
    paragraphs = []
    for i, paragraph in enumerate(readout.paragraphs):
        previous: Speaker = None
        sentences = []
        for j, sentence in enumerate(paragraph.sentences):
            if i == 0 and j == 0:
                sentences.append(attrs.evolve(sentence, speaker=None, cue=None))
                continue
            speaker, cue, own = reader.read(sentence.text)
            if not own:
                speaker = previous
            if isinstance(speaker, Participant):
                reader.last = speaker
            previous = speaker
            sentences.append(attrs.evolve(sentence, speaker=speaker, cue=cue))
        paragraphs.append(attrs.evolve(paragraph, sentences=sentences))
    return tuple(paragraphs)


def _clause_starts(text: str) -> Iterator[int]:
    yield 0
    for m in _CLAUSE_BREAK.finditer(text):
        yield m.end()


def _phrase(text: str, pos: int) -> Iterator[re.Match[str]]:
    """The words of a subject phrase: capitalised words, title heads, and/of/the between them."""
    lex = lexicon()
    count = 0
    for m in _WORD.finditer(text, pos):
        if m.start() != pos or count >= _MAX_SUBJECT_WORDS:
            return
        word = m.group().rstrip(".")
        if (
            word[:1].isupper()
            or word in lex.title_heads
            or word.capitalize() in lex.title_words
            or word in {"of", "the", "and"}
        ):
            yield m
            count += 1
            pos = _skip_space(text, m.end())
        else:
            return


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
        and word not in lex.title_words
        and word not in lex.country_words
        and word not in {"The", "And", "Of"}
    )


def _verb_after(text: str, pos: int) -> tuple[str, bool] | None:
    """The verb after a subject: (its cue phrase as written, whether it is a reporting verb)."""
    pos = _skip_appositive(text, _skip_space(text, pos))
    words = list(islice(_WORD.finditer(text, pos), 8))
    k = 0
    while k < len(words) and _is_adverb(words[k].group()):
        k += 1
    if k < len(words) and words[k].group() in {"has", "had", "have"}:
        k += 1
    if k >= len(words) or words[k].start() != _skip_space(text, words[k - 1].end() if k else pos):
        return None
    return _cue(text, words, k)


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
    if end < len(words) and bare[end] == "that" and words[end - 1].group() == bare[end - 1]:
        end += 1
    last = words[end - 1]
    phrase = text[words[k].start() : last.start() + len(bare[end - 1])]
    return phrase, verb in lex.cue_verbs or with_particle


_DETERMINERS: Final = frozenset(
    "the a an his her their its our this that these those to on with for about in and".split()
)


def _is_object_noun(before: re.Match[str], word: str) -> bool:
    """Whether ``word`` is the object noun of the verb before it ("expressed thanks")."""
    ends_clause = before.group() != before.group().rstrip(".")
    return not ends_clause and word.islower() and word not in _DETERMINERS


def _skip_appositive(text: str, pos: int) -> int:
    """Skip ", also a member of ... ," or ", who announced ... ," between subject and verb."""
    if not text.startswith(",", pos):
        return pos
    close = text.find(",", pos + 1, pos + 400)
    return pos if close < 0 else _skip_space(text, close + 1)


def _title_heads(words: list[str]) -> set[str]:
    """The title words of a phrase, lower case, "PM" and "Head of State" spelled out."""
    lex = lexicon()
    phrase = " ".join(w.lower() for w in words)
    for short, long in lex.title_synonyms.items():
        if re.search(rf"\b{re.escape(short)}\b", phrase):
            phrase = re.sub(rf"\b{re.escape(short)}\b", " ".join(long), phrase)
    return {
        w
        for w in phrase.split()
        if w in lex.title_heads or w.capitalize() in lex.title_words or w.upper() in lex.title_words
    } - {"of", "the", "and"}


def _is_past(word: str) -> bool:
    lex = lexicon()
    return word.endswith("ed") or word in lex.past_forms or word in lex.cue_verbs
