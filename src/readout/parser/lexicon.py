"""The words readout knows: countries, agencies, titles and reporting cues.

The vocabularies are package data (``readout/data/*.json``), read once on
first use, so that ``import readout`` stays light.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any, Final

import attrs

__all__ = ["Lexicon", "lexicon", "load_data"]


@attrs.frozen
class Lexicon:
    """Vocabularies for reading the lead and the speakers of a readout."""

    title_words: frozenset[str]  # capitalised words of titles: "Minister", "Secretary"
    title_heads: frozenset[str]  # lower-case heads of titles: "minister", "president"
    cue_verbs: frozenset[str]  # reporting verbs as written: "said", "stressed"
    particles: dict[str, tuple[str, ...]]  # words that belong to a cue: pointed -> out
    object_verbs: frozenset[str]  # cues that keep their object noun: "expressed thanks"
    needs_particle: frozenset[str]  # verbs that are cues only with a particle: "made clear"
    relay_nouns: frozenset[str]  # who relays a readout: "spokesman", "ministry"
    relay_people: frozenset[str]  # relays who are persons, "he" or "she": "spokesman", "aide"
    adverbs: frozenset[str]  # words between a subject and its verb: "also", "again"
    past_forms: frozenset[str]  # irregular past tenses: "met", "held"
    honorifics: frozenset[str]  # "Mr.", "H.E.", "Shri": neither name nor title
    title_synonyms: dict[str, tuple[str, ...]]  # "pm" -> prime minister
    agencies: dict[str, str | None]  # agency -> ISO code of its country
    countries: re.Pattern[str]  # any country name, adjective or abbreviation
    country_codes: dict[str, str]  # each of those words -> ISO code
    country_words: frozenset[str]  # every word of those, for titles: "Republic", "China"
    seats: dict[str, str]  # capitals and seats of government -> ISO code: "Tokyo", "Kremlin"


@functools.cache
def lexicon() -> Lexicon:
    """Return the vocabularies, read from the package data on first call."""
    words = load_data("lexicon.json")
    cues = words["cues"]
    rows = load_data("countries.json")["countries"]
    codes = _country_codes(rows)
    return Lexicon(
        title_words=frozenset(words["title_words"]),
        title_heads=frozenset(words["title_words_lower"]),
        cue_verbs=frozenset(cues["verbs"]),
        particles={k: tuple(v) for k, v in cues["particles"].items()},
        object_verbs=frozenset(cues["object_verbs"]),
        needs_particle=frozenset(cues["needs_particle"]),
        relay_nouns=frozenset(cues["relay_nouns"]),
        relay_people=frozenset(words["relay_people"]),
        adverbs=frozenset(cues["adverbs"]),
        past_forms=frozenset(words["irregular_past"]),
        honorifics=frozenset(words["honorifics"]),
        title_synonyms={k: tuple(v) for k, v in words["title_synonyms"].items()},
        agencies=dict(load_data("agencies.json")["agencies"]),
        countries=_alternation(codes),
        country_codes=codes,
        country_words=frozenset(w for form in codes for w in form.split()),
        seats={seat: row["code"] for row in rows for seat in row["seats"]},
    )


def load_data(name: str) -> dict[str, Any]:
    """The JSON document ``name`` of the package data (``readout/data``)."""
    from importlib import resources  # here: it takes longer to import than the data to read

    text = resources.files("readout.data").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _country_codes(rows: list[dict[str, Any]]) -> dict[str, str]:
    codes: dict[str, str] = {}
    for row in rows:
        for form in (*row["names"], *row["adjectives"], *row["other"]):
            codes.setdefault(form, row["code"])
    return codes


_WORD_EDGE: Final = r"(?<![\w.’'-])"


def _alternation(codes: dict[str, str]) -> re.Pattern[str]:
    """One pattern for every country word, longest first, whole words only."""
    forms = sorted(codes, key=len, reverse=True)
    body = "|".join(re.escape(f) for f in forms)
    return re.compile(_WORD_EDGE + f"(?:{body})" + r"(?!\w)")
