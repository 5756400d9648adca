"""Known officials: the country a careful reader knows when the text does not write it."""

from __future__ import annotations

import re

import pytest

from readout.parser.lexicon import load_data
from readout.parser.officials import official_country


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Olaf Scholz", "DE"),
        ("Joseph R. Biden, Jr.", "US"),  # initials and suffixes set aside
        ("ISHIBA Shigeru", "JP"),  # family name first, in capitals
        ("Shigeru Ishiba", "JP"),
        ("Abdel Fattah al-Sisi", "EG"),  # "al-" and "El-" alike
        ("Abdel Fattah El-Sisi", "EG"),
        ("Recep Tayyip Erdoğan", "TR"),  # accents or none
        ("Recep Tayyip Erdogan", "TR"),
        ("Jane Q. Public", None),  # nobody known
        ("Olaf Public", None),  # a known given name, an unknown surname
    ],
)
def test_official_country(name: str, code: str | None) -> None:
    assert official_country(name) == code


def test_the_list_is_well_formed() -> None:
    officials = load_data("officials.json")["officials"]
    seen: dict[str, str] = {}
    for code, names in officials.items():
        assert re.fullmatch(r"[A-Z]{2}", code), code
        for name in names:
            assert len(name.split()) >= 2, name
            assert seen.setdefault(name, code) == code, f"{name} under {seen[name]} and {code}"
    assert len(seen) >= 300


@pytest.mark.parametrize(
    ("name", "code"),
    [("Macron", "FR"), ("Zelenskyy", "UA"), ("Xi", "CN"), ("Kim", None), ("Lee", None)],
)
def test_one_word_is_the_first_or_last_word_of_one_country_s_officials(
    name: str, code: str | None
) -> None:
    assert official_country(name) == code
