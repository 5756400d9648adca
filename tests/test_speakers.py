"""Who said each sentence: names, titles, sides, pronouns, attributions, relays, continuation."""

from __future__ import annotations

import pytest

from readout import Participant, Side, parse

LEAD = (
    "BEIJING, May 2 (Xinhua) -- Chinese Foreign Minister Wang Yi held a phone call with "
    "Brazilian Foreign Minister Ana Lopes Silva on Tuesday."
)


def _speakers(*paragraphs: str, lead: str = LEAD) -> list[tuple[str | None, str | None]]:
    """(speaker, cue) of every sentence after the lead."""
    r = parse("\n\n".join([lead, *paragraphs]))
    out = []
    for s in r.sentences[1:]:
        who = s.speaker
        name = who.name.split()[0] if isinstance(who, Participant) else (who and who.value)
        out.append((name, s.cue))
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wang Yi said that trade grew.", ("Wang", "said that")),
        ("Wang said trade grew.", ("Wang", "said")),
        ("Silva pointed out that talks help.", ("Ana", "pointed out that")),
        ("Wang Yi also stressed that talks help.", ("Wang", "stressed that")),
        ("Wang Yi firmly stressed that talks help.", ("Wang", "stressed that")),
        ("Ana Lopes Silva expressed thanks for the help.", ("Ana", "expressed thanks")),
        ("The Chinese side stressed that talks help.", ("Wang", "stressed that")),
        ("The Brazilian foreign minister said talks help.", ("Ana", "said")),
        ("On trade, Wang said both sides gain.", ("Wang", "said")),
        ("Trade should grow, Wang said.", ("Wang", "said")),
        ("Trade, Silva noted, should grow.", ("Ana", "noted")),
        ("According to Wang, trade should grow.", ("Wang", "According to")),
        ("Wang, also a member of the Political Bureau, said trade grew.", ("Wang", "said")),
        ("The two sides exchanged views on trade.", ("both", "exchanged views")),
        ("Both ministers agreed to stay in touch.", ("both", "agreed to")),
        ("The ministers discussed trade.", ("both", "discussed")),
        ("It was agreed to meet again.", ("both", "agreed to")),
        ("Wang Yi and Ana Lopes Silva discussed trade.", ("both", "discussed")),
        ("Trade grew fast, the ministry said.", (None, "said")),
        ("The spokesman described the call as useful.", (None, "described")),
        ("Wang Yi arrived in Brasilia on Monday.", (None, None)),
        ("The weather was fine.", (None, None)),
    ],
)
def test_one_sentence(sentence: str, expected: tuple[str | None, str | None]) -> None:
    assert _speakers(sentence) == [expected]


def test_a_sentence_without_a_cue_continues_its_paragraph() -> None:
    assert _speakers("Wang Yi said that trade grew. China supports free trade.") == [
        ("Wang", "said that"),
        ("Wang", None),
    ]


def test_continuation_stops_at_the_paragraph() -> None:
    assert _speakers("Wang Yi said that trade grew.", "China supports free trade.") == [
        ("Wang", "said that"),
        (None, None),
    ]


def test_a_pronoun_is_the_last_participant_who_spoke() -> None:
    assert _speakers("Silva said that trade grew.", "The two sides agreed.", "He added that.") == [
        ("Ana", "said that"),
        ("both", "agreed"),
        ("Ana", "added that"),
    ]


def test_they_are_both_sides() -> None:
    assert _speakers("They also discussed the region.") == [("both", "discussed")]


def test_a_relay_named_once_stays_a_relay() -> None:
    assert _speakers(
        "Ministry spokesman Tomas Berg told reporters that the call was long.",
        "Trade grew, Berg said.",
    ) == [(None, "told reporters that"), (None, "said")]


def test_a_relay_may_report_what_a_participant_said() -> None:
    assert _speakers("The ministry said in a statement that Wang briefed Silva on trade.") == [
        ("Wang", "briefed")
    ]


def test_a_future_joint_plan_relayed_is_no_joint_statement() -> None:
    assert _speakers("A spokesperson said the two ministers will discuss trade.") == [
        (None, "said")
    ]


def test_the_president_of_a_white_house_readout_is_its_own() -> None:
    lead = "President Joe Biden spoke today with President Xi Jinping of China."
    r = parse(f"Readout of President Biden's Call\n\n{lead} The President made clear his view.")
    assert r.call is not None
    assert r.sentences[1].speaker == r.call.participants[0]


def test_names_are_matched_whatever_their_case() -> None:
    lead = (
        "Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with H.E. "
        "Mr. YOON Suk Yeol, President of the Republic of Korea."
    )
    assert _speakers("Prime Minister Kishida stated that the launch was a threat.", lead=lead) == [
        ("KISHIDA", "stated that")
    ]


def test_the_lead_is_narration() -> None:
    r = parse(LEAD)
    assert (r.lead.speaker, r.lead.cue) == (None, None)


def test_joint_is_the_side_marker() -> None:
    r = parse(f"{LEAD} The two sides agreed to talk.")
    assert r.sentences[1].speaker is Side.BOTH


def test_he_after_a_relay_person_is_the_relay() -> None:
    assert _speakers(
        "The call lasted an hour, ministry aide Tomas Berg told reporters. He described it as "
        "useful."
    ) == [(None, "told reporters"), (None, "described")]


def test_a_quote_may_stand_between_subject_and_verb() -> None:
    assert _speakers('Wang Yi "firmly rejected" the claims.') == [(None, None)]  # narration
    assert _speakers('Wang Yi "responded positively" to the idea.') == [("Wang", "responded")]


def test_both_sides_in_the_present_perfect_are_what_a_speaker_says() -> None:
    assert _speakers(
        "Wang Yi said that trade grew. The two sides have firmly supported each other."
    ) == [("Wang", "said that"), ("Wang", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two prime ministers exchanged views on trade.", ("both", "exchanged views")),
        ("After the talks, the two heads of government signed a plan.", ("both", None)),
        ('"Trade matters," Silva was quoted as saying.', ("Ana", "was quoted as saying")),
        ("Earlier, Silva wrote that trade matters.", ("Ana", "wrote that")),
    ],
)
def test_more_ways_to_say_who_speaks(
    sentence: str, expected: tuple[str | None, str | None]
) -> None:
    assert _speakers(sentence) == [expected]


def test_a_spelling_one_letter_off_names_the_same_person() -> None:
    lead = (
        "TEHRAN, May 2 (IRNA) -- Iranian Foreign Minister Hossein Amirabdollahian held a phone "
        "call with Chinese Foreign Minister Wang Yi on Tuesday."
    )
    assert _speakers("Amirabdolahian said that trade matters.", lead=lead) == [
        ("Hossein", "said that")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("(3) The two Ministers confirmed that talks help.", ("both", "confirmed that")),
        ("2) The two sides agreed to meet.", ("both", "agreed to")),
        ("Both officials agreed to meet again.", ("both", "agreed to")),
        ("The heads of diplomacy also discussed trade.", ("both", "discussed")),
        ("Silva also used the call to raise the question of trade.", ("Ana", "raise")),
        ("Wang took the opportunity to reiterate that talks help.", ("Wang", "reiterate")),
        ("Silva used the call to visit a farm.", (None, None)),
    ],
)
def test_item_numbers_joint_subjects_and_the_call_used_to_say(
    sentence: str, expected: tuple[str | None, str | None]
) -> None:
    assert _speakers(sentence) == [expected]


STYLED_LEAD = (
    "RIYADH, Jan 4 (SPA) -- His Highness Prince Faisal bin Farhan, Minister of Foreign Affairs, "
    "made a phone call today to His Excellency Dr. Hossein Amir-Abdollahian, Minister of "
    "Foreign Affairs of Iran."
)


def test_a_style_of_address_names_who_the_lead_styled_so() -> None:
    assert _speakers(
        "During the call, His Highness expressed condolences.",
        "His Excellency thanked the Kingdom.",
        lead=STYLED_LEAD,
    ) == [("Faisal", "expressed condolences"), ("Hossein", "thanked")]


def test_a_shared_style_needs_the_title_after_it() -> None:
    lead = (
        "DOHA, Jan 20 (QNA) -- His Highness Sheikh Hamad bin Khalid, Amir of the State of "
        "Qatar, received a phone call from His Highness Sheikh Saud bin Rashid, Crown Prince "
        "of Kuwait."
    )
    assert _speakers(
        "His Highness stressed the ties.", "His Highness the Amir stressed the ties.", lead=lead
    ) == [(None, None), ("Hamad", "stressed")]


def test_the_spokesman_who_relays_does_not_hide_the_president() -> None:
    lead = (
        "CAIRO, Jan 20 (MENA) -- The Spokesman for the Presidency, Counselor Omar Said, stated "
        "that President Karim Nasser received a phone call from the Amir of Qatar, Hamad bin "
        "Khalid."
    )
    assert _speakers(
        "The Spokesman said that the call touched on Gaza.",
        "The President affirmed Egypt's position.",
        lead=lead,
    ) == [(None, "said that"), ("Karim", "affirmed")]


def test_the_sentences_of_a_quotation_are_the_words_of_who_closes_it() -> None:
    assert _speakers(
        '"We are united in this. A ceasefire is needed now," Silva said. Trade grew.',
        "\u201cTalks help. They always do,\u201d Wang said.",
    ) == [
        ("Ana", None),
        ("Ana", "said"),
        ("Ana", None),
        ("Wang", None),
        ("Wang", "said"),
    ]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The two Ministers had in-depth consultations on trade.", "had in-depth consultations"),
        ("At the talks, the two sides had an exchange of views.", "had an exchange of views"),
        ("In the call, the top diplomats of China and Brazil welcomed the deal.", "welcomed"),
        ("The two PMs agreed to meet.", "agreed to"),
        ("The two also discussed trade.", "discussed"),
    ],
)
def test_more_joint_subjects_and_their_cues(sentence: str, cue: str) -> None:
    assert _speakers(sentence) == [("both", cue)]


def test_short_styles_and_a_title_of_several_words_after_a_style() -> None:
    assert _speakers(
        "HH stressed the ties.",
        "His Highness the Minister of Foreign Affairs affirmed the deal.",
        "HE thanked him.",
        lead=STYLED_LEAD,
    ) == [("Faisal", "stressed"), ("Faisal", "affirmed"), ("Hossein", "thanked")]


def test_a_verb_in_the_past_with_a_that_clause_reports() -> None:
    assert _speakers(
        "Silva said trade grew. She joked that the coffee was better in Brasília.",
        "Wang Yi recalled that the two met in 2019.",
        "Silva arrived in Beijing on Monday.",
    ) == [("Ana", "said"), ("Ana", "joked that"), ("Wang", "recalled that"), (None, None)]


def test_a_crown_prince_of_royal_highness_is_known_by_his_title() -> None:
    lead = (
        "RIYADH, Oct 11 (SPA) -- His Royal Highness Prince Faisal bin Khalid, Crown Prince "
        "and Prime Minister, received a telephone call from President Karim Nasser of Egypt."
    )
    r = parse(lead)
    assert r.call is not None
    assert [(p.name, p.title) for p in r.call.participants] == [
        ("Faisal bin Khalid", "Crown Prince and Prime Minister"),
        ("Karim Nasser", "President"),
    ]
    assert _speakers("The Crown Prince reiterated the Kingdom's position.", lead=lead) == [
        ("Faisal", "reiterated")
    ]


def test_a_name_after_an_arabic_article_in_lower_case() -> None:
    lead = (
        "Federal Chancellor Karl Weber spoke by telephone today with the President of Egypt, "
        "Abdel Karim al-Masri."
    )
    r = parse(lead)
    assert r.call is not None
    assert [(p.name, p.title) for p in r.call.participants] == [
        ("Karl Weber", "Federal Chancellor"),
        ("Abdel Karim al-Masri", "President of Egypt"),
    ]
    assert _speakers("President al-Masri expressed his concern.", lead=lead) == [
        ("Abdel", "expressed")
    ]


def test_quoted_as_saying_and_more_reporting_verbs() -> None:
    assert _speakers(
        "Silva was quoted by the ministry as saying that talks help.",
        "Wang Yi defended the plan. He advocated more trade.",
    ) == [
        ("Ana", "was quoted by the ministry as saying"),
        ("Wang", "defended"),
        ("Wang", "advocated"),
    ]


def test_a_cue_before_its_subject_at_the_end_of_a_sentence() -> None:
    assert _speakers(
        "Trade matters, added Silva. Ties matter, said the Chinese foreign minister.",
        "\u201cWe agree,\u201d said Silva.",
    ) == [("Ana", "added"), ("Wang", "said"), ("Ana", "said")]


def test_each_side_and_a_country_s_top_diplomat() -> None:
    assert _speakers(
        "Each side stated its position.",
        "China's top diplomat said dialogue is key. Brazil’s foreign minister agreed.",
    ) == [("both", "stated"), ("Wang", "said"), ("Ana", "agreed")]


def test_he_after_two_speakers_relays_them_both() -> None:
    assert _speakers(
        "Wang and Silva said they were ready to build ties, he said.",
    ) == [("both", "said")]


def test_a_president_elect_by_title() -> None:
    lead = (
        "Prime Minister Mark Ellis spoke today with the President-elect of Mexico, Clara "
        "Ruiz, to congratulate her."
    )
    assert _speakers(
        "The Prime Minister and the President-elect discussed trade.",
        "The President-elect thanked him.",
        lead=lead,
    ) == [("both", "discussed"), ("Clara", "thanked")]


def test_an_appositive_with_commas_of_its_own_and_a_respected_comrade() -> None:
    assert _speakers(
        "Silva, who is in Beijing on the instruction of Ivo Rocha, president of Brazil, "
        "conveyed his greetings.",
        "The respected Wang Yi expressed thanks for this. He said the ties grow.",
        "At the talks both sides had an exchange of views.",
    ) == [
        ("Ana", "conveyed"),
        ("Wang", "expressed thanks"),
        ("Wang", "said"),
        ("both", "had an exchange of views"),
    ]


def test_a_reporting_verb_after_and_in_the_same_clause() -> None:
    assert _speakers(
        "Silva arrived in Beijing on Monday and delivered a message from her president.",
        "Wang arrived in Brasília and met the press.",
    ) == [("Ana", "delivered"), (None, None)]


def test_a_style_of_address_then_the_name() -> None:
    assert _speakers(
        "His Highness Prince Faisal bin Farhan affirmed the ties.",
        "His Highness Prince Faisal welcomed the call.",
        lead=STYLED_LEAD,
    ) == [("Faisal", "affirmed"), ("Faisal", "welcomed")]


def test_the_head_of_our_state_is_the_publisher_s_own() -> None:
    lead = (
        "Tashkent, 15 June /UzA/. President Karim Usmanov held a telephone conversation with "
        "President Omar Nasser of Egypt."
    )
    assert _speakers("The Head of our state expressed his thanks.", lead=lead) == [
        ("Karim", "expressed")
    ]
