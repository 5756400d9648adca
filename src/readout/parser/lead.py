"""The lead: who spoke with whom, how, when, and at whose request.

The lead sentence names the call::

    HOST [, HOST-TITLE,] VERB-PHRASE [GUEST-TITLE] GUEST [on DATE] [at his request].

The participants are the people named before the first word of the call
("telephone", "phone", "call", "talks", "spoke", "met", "hosted", ...) and,
unless two are named there ("A and B discussed in a phone call ..."), the
first person named after it. Countries not written beside a participant come
from the publisher: the agency of a dispatch, or a government page recognised
by its header; what cannot be known stays None.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from readout._text import first_found
from readout.dates import month_number
from readout.model import Call, CallKind, PartialDate, Participant, Readout
from readout.parser.lexicon import lexicon
from readout.parser.names import SHORT_STYLES, Mention, country_in, find_mentions
from readout.parser.officials import official_country

__all__ = ["DAY_AND_MONTH", "date_of", "publisher_country", "read_call"]

# Words that name the call in a lead; the participants stand around the first one.
_CALL_WORD: Final = re.compile(
    r"\b(?:telephoned|telephone|phone|phoned|call|calls|conversation|talks|spoke|speaks|speak|"
    r"met|meets|meet|"
    r"meeting|hosted|hosts|video|virtual|videoconference|summit|(?<![-\w])called|dial(?:l)?ed)\b",
    re.IGNORECASE,
)
_VIDEO: Final = re.compile(
    r"\b(?:video|videoconference|video\s+conference|virtual(?:ly)?|video[- ]link|online)\b",
    re.IGNORECASE,
)
# A phone word anywhere in a lead makes a call ("Summit Telephone Talk"); else a meeting word;
# else "spoke" (a call, as White House readouts use it) or "received" (a meeting).
_PHONE: Final = re.compile(
    r"\b(?:telephoned|telephone|phone|phoned|conversation|call(?!\s+(?:for|on|upon)\b))\b",
    re.IGNORECASE,
)
_COURTESY: Final = re.compile(r"\bcourtesy\s+call\b", re.IGNORECASE)
_MEETING: Final = re.compile(
    r"\b(?:met|meets|meet|meeting|talks|hosted|hosts|summit|visit)\b", re.IGNORECASE
)
# "Anwar called Prabowo", "Modi dialled Putin": a call, not "called for", "called on" nor
# "so-called".
_SPOKE: Final = re.compile(
    r"\b(?:spoke|speaks|speak)\b"
    r"|(?<![-\w])(?:called|dial(?:l)?ed)\s+(?!(?:for|on|upon)\b)(?-i:his\b|her\b|the\b|[A-Z])",
    re.IGNORECASE,
)
_RECEIVED: Final = re.compile(r"\breceived\b", re.IGNORECASE)

#: A day and a month written either way round, "14 October", "5th March" or "Oct. 14", in
#: the groups ``d1 m1`` or ``m2 d2`` that :func:`date_of` reads.
DAY_AND_MONTH: Final = (
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Z][a-z]{2,8})\.?"
    r"|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2}))"
)
# "on 14 October", "On October 31, 2022,", "on the evening of July 28".
_DATE_PHRASE: Final = re.compile(
    r"(?:\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"|\b(?:this|last|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\(?"
    r"|\btoday,\s+)" + DAY_AND_MONTH + r"(?:,?\s+(?P<year>\d{4}))?(?!\d)",
    re.ASCII,
)
# A later sentence that dates the call: "The conversation took place on October 14".
# "The talks at the Diriyah Palace on February 18 lasted ...": one opening on the call.
# The call as a noun: "call", "phone call", "video conversation", "talks", "meeting".
_CALL_NOUN: Final = r"(?:(?:telephone|phone|video)\s+)?(?:call|conversation|talks|meeting)\b"
_DATING_SENTENCE: Final = re.compile(
    r"\b(?:call|conversation|talks|meeting|phone call)\s+(?:took place|was held|happened)\b"
    r"|^(?:The|This|Their)\s+" + _CALL_NOUN,
    re.IGNORECASE,
)

# Who asked for the call. "his"/"the latter" is the guest, as agency style uses it.
_GUEST_ASKED: Final = re.compile(
    r"\b[Aa]t\s+(?:his|her|the\s+latter[’']s)\s+(?:request|proposal|suggestion)\b"
    r"|\b[Aa]t\s+the\s+request\s+of\s+the\s+latter\b|\b(?:[Aa]t|[Uu]pon|[Oo]n)\s+request\b"
    r"|\b(?:took|received|accepted|answered)\s+an?\s+(?:tele)?phone\s+call\b[^.;]{0,60}?\bfrom\b"
)
_HOST_ASKED: Final = re.compile(
    r"\b[Aa]t\s+the\s+former[’']s\s+(?:request|proposal|suggestion)\b"
    r"|\b[Aa]t\s+the\s+request\s+of\s+the\s+former\b"
    r"|\b(?:made|placed)\s+an?\s+(?:tele)?phone\s+call\s+(?:\w+\s+){0,3}?to\b"
    r"|\b(?:telephoned|phoned|rang|called|dial(?:l)?ed)\s+(?:his\b|her\b|the\b|[A-Z])"
)
# "at the initiative of the US side", "initiated by the Turkish side", "at the request of
# the Ethiopian leader".
_SIDE_ASKED: Final = re.compile(
    r"\b(?:(?:[Aa]t|[Uu]pon|[Oo]n)\s+the\s+(?:request|initiative|invitation)\s+of"
    r"|initiated\s+by|requested\s+by)\s+"
    r"the\s+(?P<side>[\w.’'-]+(?:\s+[\w.’'-]+)?)\s+"
    r"(?:side|leader|government|president|premier|(?:prime\s+|foreign\s+)?minister)\b"
)
# "at the Japanese side's request", "The Japanese side requested the call".
_SIDE_ASKED_FIRST: Final = re.compile(
    r"\b[Tt]he\s+(?P<side>[\w.’'-]+(?:\s+[\w.’'-]+)?)\s+side"
    r"(?:[’']s\s+(?:request|initiative)\b"
    r"|\s+(?:requested|proposed|initiated|asked\s+for)\s+the\s+"
    r"(?:call|conversation|talks|meeting)\b)"
)
# A later sentence about the call itself: "The conversation was initiated by the Turkish side."
_ABOUT_THE_CALL: Final = re.compile(r"\b(?:call|conversation|talks|meeting|visit)\b", re.IGNORECASE)
# "at the request of Blinken", "at Blinken's request", "At the invitation of Chancellor Scholz".
_NAMED_ASKED: Final = re.compile(
    r"\b(?:[Aa]t|[Uu]pon|[Oo]n)\s+the\s+(?:request|initiative|invitation)\s+of\s+"
    r"(?P<a>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)"
    r"|\bat\s+(?P<b>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)[’']s\s+(?:request|initiative)\b"
    r"|\b(?:initiated|requested)\s+by\s+"
    r"(?P<c>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|von|der|de|da|bin))*)"
    # "Lula da Silva, who called him", "Anwar said he had initiated the call".
    r"|(?P<d>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|von|der|de|da|bin))*),\s+who\s+"
    r"(?:had\s+)?(?:called|phoned|telephoned|rang)\b(?!\s+(?:for|on|upon)\b)"
    r"|(?P<e>[A-Z][\w.’'-]*)\s+said\s+(?:that\s+)?(?:he|she)\s+had\s+"
    r"(?:initiated|requested|sought|proposed)\s+the\s+(?:call|conversation|talks|meeting)\b"
)
# The lead says the call is still to come: an announcement, not a readout.
_FUTURE: Final = re.compile(r"\b(?:will|to)\s+(?:hold|meet|speak|have|talk)\b|\bis\s+to\b")

# Government web pages recognisable by their header, and whose officials they speak for.
_PUBLISHERS: Final = (
    (
        # "Readout of President ...", "Readout of National Security Advisor ...", not
        # "Readout of the phone call between ..." (the European Commission's style)
        # "READOUT: Secretary of the Treasury ..." (the Treasury's style)
        re.compile(
            r"^Readout of (?!the\b)|^READOUT: |\bThe White House\b|\bOFFICE OF THE SPOKESPERSON\b",
            re.M,
        ),
        "US",
    ),
    (re.compile(r"\battributable to (?:State Department )?Spokesperson\b"), "US"),
    (re.compile(r"^Secretary [A-Z][\w’']+[’']s (?:Call|Meeting)\b"), "US"),
    # GOV.UK: "PM call with President Zelenskyy: 14 March 2024", "PM meeting with ..."
    (re.compile(r"^PM (?:call|meeting|phone call|bilateral meeting) with\b", re.M), "GB"),
)


def read_call(readout: Readout) -> Call | None:
    """Read the call a readout reports from its lead, or None when the lead names no one.

    >>> from readout import parse
    >>> call = parse("Beijing, 10 Oct (ZXS) -- Wang Yi had a telephone conversation with "
    ...              "US Secretary of State Antony Blinken on 14 October at his request.").call
    >>> call.kind.value, str(call.date), call.initiator.name, call.participants[1].country
    ('telephone', '14 Oct', 'Antony Blinken', 'US')
    """
    lead, mentions = _naming_sentence(readout)
    word = _CALL_WORD.search(lead)
    chosen = _participants(lead, mentions, word.start() if word else len(lead))
    if not chosen:
        return None
    kind = _kind(lead) or (_kind(readout.headline) if readout.headline else None)
    if kind is None:
        kind = _kind_after(readout)
    if kind is None:
        return None
    people = _with_countries(readout, chosen)
    return Call(
        kind=kind,
        date=_call_date(readout, lead),
        participants=people,
        initiator=_initiator(readout, people, lead),
    )


def _naming_sentence(readout: Readout) -> tuple[str, list[Mention]]:
    """The sentence that names the call, and the people it names: the lead sentence; or,
    when that names nobody, the next sentence of the lead paragraph ("Ukraine and Poland
    will draw up a list. Prime Minister Denys Shmyhal announced this after talks with ...")."""
    lead = readout.lead.text
    mentions = find_mentions(lead)
    sentences = readout.paragraphs[0].sentences if readout.paragraphs else ()
    if not mentions and len(sentences) > 1:
        found = find_mentions(sentences[1].text)
        if found:
            return sentences[1].text, found
    return lead, mentions


def _participants(lead: str, mentions: list[Mention], call_at: int) -> list[Mention]:
    """The people named before the call word, and those named first after it.

    Mentions in an opening phrase ("At the invitation of Premier Li Qiang, ...") and
    places ("in San Francisco", "at the Filoli Estate") are not participants.
    """
    opening = _opening_end(lead)
    people = [m for m in mentions if m.start >= opening and not _is_place(lead, m)]
    speaking_for = [m for m in people if _is_spokesperson(m)]
    if speaking_for and len(speaking_for) < len(people):  # "The Spokesman ... stated that"
        people = [m for m in people if m not in speaking_for]
    before = [m for m in people if m.end <= call_at]
    after = [m for m in people if m.start >= call_at and not _relays(lead, m)]
    if not after:
        chosen = before
    elif len(before) >= 2:  # "A and B held a call with C": C too, when "with" introduces C
        joins = (
            _introduced(lead, after[0]) and _NOT_NEAR.search(lead, call_at, after[0].start) is None
        )
        chosen = [*before, *_listed(lead, after, 1)] if joins else before
    else:
        chosen = [*before, *_listed(lead, after, 2 - len(before))]
    host = _host(lead, mentions, opening)
    if host is not None:
        chosen = [host, *chosen]
    unique: dict[str, Mention] = {}
    for m in chosen:
        unique.setdefault(m.name, m)
    return list(unique.values())


# "On the evening of July 28, " / "At the invitation of ..., ": an opening phrase and its comma.
_OPENING: Final = re.compile(
    r"(?:On|At|In|During|Following|Upon|Ahead\s+of|According\s+to)\b[^,]{0,120},\s+"
)
_PLACE_BEFORE: Final = re.compile(r"\b(?:in|at|near|outside|to\s+the)\s+(?:the\s+)?$")


# "At the invitation of X, Y travelled to Berlin to meet with him": X takes part.
_INVITED_BY: Final = re.compile(r"(?:At|Upon|On)\s+the\s+(?:invitation|request)\s+of\b")
_WITH_THEM: Final = re.compile(r"\b(?:with|met|meet|meets|called|call|phoned)\s+(?:him|her)\b")


def _host(lead: str, mentions: list[Mention], opening: int) -> Mention | None:
    """The one person named in an opening invitation or request, when the lead goes on to
    meet or call "him" or "her"; else None."""
    if not opening or _INVITED_BY.match(lead) is None:
        return None
    named = [m for m in mentions if m.start < opening]
    if len(named) != 1 or _WITH_THEM.search(lead, opening) is None:
        return None
    return named[0]


def _opening_end(lead: str) -> int:
    """Where an opening phrase ends, unless it names the call itself ("In talks with X, ...")."""
    m = _OPENING.match(lead)
    if m is None or _CALL_WORD.search(m.group()):
        return 0
    return m.end()


# Who speaks for a participant, never one: a spokesperson's title.
_SPOKES: Final = ("spokesman", "spokeswoman", "spokesperson", "press secretary")


# Between the call word and a third person "with" introduces, what shows that the "with"
# is not the call's: "held a call to prepare for their summit with Biden", a comma.
_NOT_NEAR: Final = re.compile(r",|\bto\s+[a-z]+\b|\bfor\b")
# After a name, a verb that makes it the source of the lead: "..., Palazzo Chigi said."
_SOURCE_VERB: Final = re.compile(r"\s+(?:said|says|reported|reports|announced|stated|added)\b")


def _relays(lead: str, m: Mention) -> bool:
    """Whether the mention is the source the lead ends on: "..., Palazzo Chigi said."."""
    return m.title is None and _SOURCE_VERB.match(lead, m.end) is not None


def _is_spokesperson(m: Mention) -> bool:
    return m.title is not None and any(word in m.title.lower() for word in _SPOKES)


_INTRODUCED: Final = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?$")
# The longest run of honorifics looked through: "His Royal Highness Sheikh Dr. ".
_HONORIFICS_MAX: Final = 60


def _introduced(lead: str, m: Mention) -> bool:
    """Whether "with", "to" or "from" introduces a mention: "... with the President, Xi",
    also through honorifics: "... from His Highness Sheikh Tamim"."""
    start = m.start
    honorifics = lexicon().honorifics
    while True:
        before = lead.rfind(" ", max(0, start - _HONORIFICS_MAX), max(0, start - 1))
        word = lead[before + 1 : start].strip()
        if before < 0 or not (word in honorifics or word in {"His", "Her", "Royal"}):
            break
        start = before + 1
    return _INTRODUCED.search(lead, max(0, start - 12), start) is not None


def _is_place(lead: str, m: Mention) -> bool:
    """ "in San Francisco", "to the White House": a place, unless it has a title."""
    before = _PLACE_BEFORE.search(lead, max(0, m.start - 12), m.start)
    return m.title is None and before is not None


def _listed(lead: str, after: list[Mention], at_least: int) -> list[Mention]:
    """The first ``at_least`` mentions after the call word, and any listed with them ("A and B")."""
    chosen = after[:at_least]
    for m in after[at_least:]:
        if _LIST_GAP.fullmatch(lead, chosen[-1].end, m.start) is None:
            break
        chosen.append(m)
    return chosen


# Between two people listed: ",", "and", ", and", "and with", each maybe before "the"
# ("..., Anthony Albanese, and the Prime Minister of New Zealand, Christopher Luxon").
_LIST_GAP: Final = re.compile(
    r"\s*(?:,|(?:,\s+)?and(?:\s+with)?)(?:\s+the)?"
    rf"(?:\s+(?:{'|'.join(map(re.escape, SHORT_STYLES))}|(?:His|Her)\s+[A-Z]\w+))*\s+"
)


# "During a phone call, His Highness ...", "The phone call was made at Tehran's request": a
# sentence opening on the call itself.
_DURING_THE_CALL: Final = re.compile(
    r"(?:(?:During|In)\s+(?:the|a|their|this)|The|This|Their)\s+" + _CALL_NOUN
)


def _kind_after(readout: Readout) -> CallKind | None:
    """The kind of call the sentence after the lead names, when it opens on the call: a lead
    may tell what was said ("X congratulated Y on ...") and the next sentence how."""
    sentences = readout.paragraphs[0].sentences[1:2] or tuple(
        p.sentences[0] for p in readout.paragraphs[1:2]
    )
    if not sentences:
        return None
    m = _DURING_THE_CALL.match(sentences[0].text)
    return _kind(m.group()) if m is not None else None


def _kind(text: str) -> CallKind | None:
    if _VIDEO.search(text):
        return CallKind.VIDEO
    if _PHONE.search(text) and not _COURTESY.search(text):
        return CallKind.TELEPHONE
    if _MEETING.search(text) or _COURTESY.search(text):
        return CallKind.MEETING
    if _SPOKE.search(text):
        return CallKind.TELEPHONE
    if _RECEIVED.search(text):
        return CallKind.MEETING
    return None


def _with_countries(readout: Readout, mentions: list[Mention]) -> tuple[Participant, ...]:
    """Participants; when one alone is unmarked, it takes the publisher's country.

    A participant's country is the one its title or its lead writes, else the one of a
    known official named in full (:func:`~readout.parser.officials.official_country`).
    The publisher's own official is the one a readout leaves unmarked ("President Xi
    Jinping" in Xinhua copy, "President Biden" in a White House readout). A surname
    alone is looked up last.
    """
    countries = [m.country or (official_country(m.name) if m.full else None) for m in mentions]
    # A surname alone ("President Macron") is looked up last: "Ambassador Smith" in a
    # readout of the State Department is American before anything the list may say.
    surname = [None if m.full else official_country(m.name) for m in mentions]
    own = None
    if countries.count(None) == 1:
        others = {code for code in countries if code is not None}
        own = publisher_country(readout) or _country_of_the_body(readout, others)
    return tuple(
        Participant(m.name, m.title, code or own or last)
        for m, code, last in zip(mentions, countries, surname, strict=True)
    )


def publisher_country(readout: Readout) -> str | None:
    """The country whose officials the publisher speaks for, when it can be told.

    A dispatch's agency ("Xinhua" -> CN); a web page by its header (a White
    House or State Department readout -> US).
    """
    if readout.dateline is not None and readout.dateline.agency is not None:
        return lexicon().agencies.get(readout.dateline.agency)
    header = "\n".join([readout.headline or "", *readout.header])
    for pattern, code in _PUBLISHERS:
        if pattern.search(header):
            return code
    return None


_CLEAR_LEAD: Final = 2  # how many more mentions the body's own country needs over the next


def _country_of_the_body(readout: Readout, others: set[str]) -> str | None:
    """The country of the one participant a readout leaves unmarked, read from its body.

    First from roles the body gives it ("The Russian side stressed", "The President of
    Russia underlined"); else the country the body names most, besides the other side's
    ("China" in a Chinese foreign ministry readout whose other side is "US President").
    """
    lex = lexicon()
    roles: dict[str, int] = {}
    counts: dict[str, int] = {}
    for sentence in readout.sentences[1:]:
        for m in _ROLE.finditer(sentence.text):
            code = country_in(m.group())
            if code is not None and code not in others:
                roles[code] = roles.get(code, 0) + 1
        for m in lex.countries.finditer(sentence.text):
            code = lex.country_codes[m.group()]
            if code not in others:
                counts[code] = counts.get(code, 0) + 1
    return _standout(roles, 1) or _standout(counts, _CLEAR_LEAD)


# "the Russian side", "the Russian leader", "the President of Russia", "the Indian Minister".
_ROLE: Final = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w.’'-]*\s+){1,2}(?:side|leader|president|minister|President|Minister"
    r"|Prime\s+Minister|Foreign\s+Minister|Secretary)\b"
    r"|\b[Tt]he\s+(?:President|Prime\s+Minister|Foreign\s+Minister|Chancellor|King|Emir|Leader)"
    r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
)


def _standout(counts: dict[str, int], least: int) -> str | None:
    """The key with the highest count, if it reaches ``least`` and has no tie."""
    ranked = [*sorted(counts.values(), reverse=True), 0]
    if ranked[0] < least or ranked[0] == ranked[1]:
        return None
    return max(counts, key=counts.__getitem__)


def _call_date(readout: Readout, lead: str) -> PartialDate | None:
    """The date of the call: in the lead, else in a sentence like "The call took place on ...",
    else after a colon at the end of a headline that names the call ("PM call with Prime
    Minister Modi of India: 6 May 2025")."""
    date = _date_in(lead)
    if date is not None:
        return date
    for sentence in readout.sentences[1:]:
        if _DATING_SENTENCE.search(sentence.text):
            return _date_in(sentence.text)
    headline = readout.headline
    if headline is not None and _CALL_WORD.search(headline):
        m = _HEADLINE_DATE.search(headline)
        return date_of(m) if m is not None else None
    return None


# "...: 6 May 2025" at the end of a headline.
_HEADLINE_DATE: Final = re.compile(r":\s+" + DAY_AND_MONTH + r",?\s+(?P<year>\d{4})\s*$")


# A date in a clause of its own is not the call's: "since he took office on January 1".
_SUBORDINATE: Final = re.compile(
    r"\b(?:since|after|before|when|which|who|whose|following|until|took\s+office)\b[^,]*$",
    re.IGNORECASE,
)


def _date_in(text: str) -> PartialDate | None:
    for m in _DATE_PHRASE.finditer(text):
        if _SUBORDINATE.search(text, max(0, m.start() - 80), m.start()):
            continue
        date = date_of(m)
        if date is not None:
            return date
    return None


def date_of(m: re.Match[str]) -> PartialDate | None:
    """The date a match of :data:`DAY_AND_MONTH` (and a ``year`` group, if any) writes."""
    month = month_number(m.group("m1") or m.group("m2"))
    if month is None:
        return None
    year = m.groupdict().get("year")
    try:
        return PartialDate(int(year) if year else None, month, int(m.group("d1") or m.group("d2")))
    except ValueError:
        return None  # "31 Feb"


# "a phone call received from X", "took a phone call from X": X called.
_CALL_FROM: Final = re.compile(r"\b(?:tele)?phone\s+call\s+(?:\w+\s+){0,3}?from\s+")


def _named_first(text: str, people: tuple[Participant, ...]) -> Participant | None:
    """The participant whose name comes first in ``text`` (the first listed, on a tie)."""
    # One pass over the text for all the names, however many the lead lists.
    found = first_found(text, [p.name for p in people])
    return None if found is None else people[found]


def _initiator(readout: Readout, people: tuple[Participant, ...], lead: str) -> Participant | None:
    """The participant the readout says asked for the call, or None when it does not say.

    The lead says so ("at his request", "took a phone call from"); failing that, a
    later sentence about the call names the side that asked for it.
    """
    if len(people) < 2:
        return None
    caller = _CALL_FROM.search(lead)
    if caller is not None:
        return _named_first(lead[caller.end() :], people)
    if _GUEST_ASKED.search(lead):
        return people[1]
    if _HOST_ASKED.search(lead):
        return people[0]
    later = (s.text for s in readout.sentences[1:] if _ABOUT_THE_CALL.search(s.text))
    askers = _Askers.of(people)
    for text in (lead, *later):
        found = _asked_by(text, askers)
        if found is not None:
            return found
    return None


class _Askers(NamedTuple):
    """The participants, looked up by country and by name word in one step.

    Built once per readout, so that many sentences about the call do not each go
    through every participant of a lead that names many.
    """

    people: tuple[Participant, ...]
    by_country: dict[str, Participant]  # the first participant of each country
    by_word: dict[str, int]  # a word of a name -> the first participant whose name has it

    @classmethod
    def of(cls, people: tuple[Participant, ...]) -> _Askers:
        by_country: dict[str, Participant] = {}
        by_word: dict[str, int] = {}
        for k, person in enumerate(people):
            if person.country is not None:
                by_country.setdefault(person.country, person)
            for word in person.name.replace(",", " ").split():
                by_word.setdefault(word, k)
        return cls(people, by_country, by_word)


def _asked_by(text: str, askers: _Askers) -> Participant | None:
    m = _SIDE_ASKED.search(text) or _SIDE_ASKED_FIRST.search(text)
    if m is not None:
        code = country_in(m.group("side"))
        return None if code is None else askers.by_country.get(code)
    m = _NAMED_ASKED.search(text)
    if m is not None:
        named = next(g for g in m.groups() if g is not None).rstrip(".")
        # The first participant whose name shares a word with the name written.
        words = [w.rstrip(".") for w in named.split()]
        found = [askers.by_word[w] for w in words if w in askers.by_word]
        if found:
            return askers.people[min(found)]
        # "at Tokyo's request", "at the request of Japan": the participant of that country.
        code = lexicon().seats.get(named) or country_in(named)
        return None if code is None else askers.by_country.get(code)
    return None


def is_announcement(lead: str) -> bool:
    """Whether a lead announces a call still to come ("will meet by video link")."""
    return _FUTURE.search(lead) is not None
