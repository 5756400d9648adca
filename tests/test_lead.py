"""Reading the call from the lead: participants, titles, countries, kind, date, initiator."""

from __future__ import annotations

import pytest

from readout import CallKind, PartialDate, parse

People = tuple[tuple[str, str | None, str | None], ...]


def _call(text: str) -> tuple[People, CallKind, PartialDate | None, str | None]:
    call = parse(text).call
    assert call is not None
    people = tuple((p.name, p.title, p.country) for p in call.participants)
    initiator = call.initiator.name if call.initiator else None
    return people, call.kind, call.date, initiator


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Beijing, 3 May (ZXS) -- Li Qiang, premier of the State Council, held talks with "
            "German Chancellor Olaf Scholz on 3 May.",
            (
                ("Li Qiang", "premier of the State Council", "CN"),
                ("Olaf Scholz", "German Chancellor", "DE"),
            ),
        ),
        (
            "President Joseph R. Biden, Jr. spoke today with President Emmanuel Macron of France.",
            # No country written for Biden, but a careful reader knows him.
            (("Joseph R. Biden, Jr.", "President", "US"), ("Emmanuel Macron", "President", "FR")),
        ),
        (
            "Readout of Secretary Blinken’s Call\n\n"
            "Secretary of State Antony J. Blinken spoke today with "
            "Indian External Affairs Minister Subrahmanyam Jaishankar.",
            (
                ("Antony J. Blinken", "Secretary of State", "US"),
                ("Subrahmanyam Jaishankar", "Indian External Affairs Minister", "IN"),
            ),
        ),
        (
            "TOKYO, Oct. 6 (Kyodo) -- Mr. KISHIDA Fumio, Prime Minister of Japan, held a "
            "telephone talk with H.E. Mr. YOON Suk Yeol, President of the Republic of Korea.",
            (
                ("KISHIDA Fumio", "Prime Minister of Japan", "JP"),
                ("YOON Suk Yeol", "President of the Republic of Korea", "KR"),
            ),
        ),
        (
            "SEOUL, Sept. 13 (Yonhap) -- North Korean leader Kim Jong-un and Russian President "
            "Vladimir Putin held a summit at a spaceport in Russia's Far East.",
            (
                ("Kim Jong-un", "North Korean leader", "KP"),
                ("Vladimir Putin", "Russian President", "RU"),
            ),
        ),
        (
            "WASHINGTON, Dec 6 (KUNA) - US Secretary of State Ana Lopes and her Chinese "
            "counterpart Zhao Ming discussed in a phone call on Wednesday the Gaza Strip.",
            (("Ana Lopes", "US Secretary of State", "US"), ("Zhao Ming", None, "CN")),
        ),
        (
            "CAIRO, Jan 20 (MENA) - The Spokesman for the Presidency, Counselor Omar Said, "
            "stated that President Karim Nasser received a phone call from His Highness Sheikh "
            "Hamad bin Khalid Al Fahad, Amir of the State of Qatar.",
            (
                ("Karim Nasser", "President", "EG"),
                ("Hamad bin Khalid Al Fahad", "Amir of the State of Qatar", "QA"),
            ),
        ),
        (
            "Prime Minister Anna Berg today spoke with the Prime Minister of Australia, Tom "
            "Reid, and the Prime Minister of New Zealand, Mere Tane.",
            (
                ("Anna Berg", "Prime Minister", None),
                ("Tom Reid", "Prime Minister of Australia", "AU"),
                ("Mere Tane", "Prime Minister of New Zealand", "NZ"),
            ),
        ),
        (
            "KUALA LUMPUR, Feb 7 (Bernama) -- Foreign Minister Aziz Rahman held a telephone "
            "conversation with his Indonesian counterpart, Sari L.P. Wulandari.",
            (("Aziz Rahman", "Foreign Minister", "MY"), ("Sari L.P. Wulandari", None, "ID")),
        ),
        (
            "Federal Chancellor Jonas Weber spoke by telephone today with the President of the "
            "Federative Republic of Brazil, Paulo Souza.",
            (
                ("Jonas Weber", "Federal Chancellor", None),
                ("Paulo Souza", "President of the Federative Republic of Brazil", "BR"),
            ),
        ),
    ],
    ids=[
        "appositive",
        "of-country",
        "long-title",
        "upper-case-surname",
        "lower-case-title",
        "and",
        "spokesman-and-honorifics",
        "three-listed-with-the",
        "run-together-initials",
        "official-country-name",
    ],
)
def test_participants_titles_and_countries(text: str, people: People) -> None:
    assert _call(text)[0] == people


@pytest.mark.parametrize(
    ("verb", "kind"),
    [
        ("had a telephone conversation with", CallKind.TELEPHONE),
        ("held a phone call with", CallKind.TELEPHONE),
        ("spoke by phone with", CallKind.TELEPHONE),
        ("spoke with", CallKind.TELEPHONE),
        ("held a video call with", CallKind.VIDEO),
        ("held a virtual meeting with", CallKind.VIDEO),
        ("met with", CallKind.MEETING),
        ("held talks with", CallKind.MEETING),
        ("held telephone talks with", CallKind.TELEPHONE),
    ],
)
def test_the_kind_of_call(verb: str, kind: CallKind) -> None:
    text = f"Beijing, 2 Mar (ZXS) -- Foreign Minister Wang Yi {verb} Foreign Minister Ana Lopes."
    assert _call(text)[1] is kind


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("on 14 October", PartialDate(None, 10, 14)),
        ("on October 31, 2022", PartialDate(2022, 10, 31)),
        ("on the evening of July 28", PartialDate(None, 7, 28)),
        ("on Monday", None),
        ("today", None),
    ],
)
def test_the_date_of_the_call(tail: str, date: PartialDate | None) -> None:
    text = f"Wang Yi had a telephone conversation with US President Joe Biden {tail}."
    assert _call(text)[2] == date


def test_a_date_in_a_clause_of_its_own_is_not_the_calls() -> None:
    text = (
        "President Joe Biden welcomed President Luiz Inácio Lula da Silva of Brazil to the White "
        "House today for his first visit since he took office on January 1."
    )
    assert _call(text)[2] is None


def test_a_later_sentence_may_date_the_call() -> None:
    text = (
        "MOSCOW, June 2. /TASS/. Russian Foreign Minister Sergey Lavrov held a telephone "
        "conversation with Indian Foreign Minister Ravi Menon.\n\nThe conversation took place "
        "on June 1, the ministry said."
    )
    assert _call(text)[2] == PartialDate(None, 6, 1)


@pytest.mark.parametrize(
    ("phrase", "initiator"),
    [
        ("at his request", "Ana Lopes"),
        ("at the latter's request", "Ana Lopes"),
        ("at the latter’s request", "Ana Lopes"),
        ("at the request of the latter", "Ana Lopes"),
        ("at the initiative of the Brazilian side", "Ana Lopes"),
        ("at the initiative of the Chinese side", "Wang Yi"),
        ("", None),
    ],
)
def test_who_asked_for_the_call(phrase: str, initiator: str | None) -> None:
    text = (
        "Beijing, 2 Mar (ZXS) -- Chinese Foreign Minister Wang Yi had a telephone conversation "
        f"with Brazilian Foreign Minister Ana Lopes {phrase}."
    )
    assert _call(text)[3] == initiator


@pytest.mark.parametrize(
    ("lead", "initiator"),
    [
        ("Wang Yi took a phone call from US President Joe Biden.", "Joe Biden"),
        ("Wang Yi received a phone call on Monday from US President Joe Biden.", "Joe Biden"),
        ("Wang Yi made a phone call to US President Joe Biden.", "Wang Yi"),
        ("Wang Yi phoned his US counterpart Joe Biden on Monday.", "Wang Yi"),
    ],
)
def test_the_verb_may_say_who_called(lead: str, initiator: str) -> None:
    assert _call(f"Beijing, 2 Mar (ZXS) -- Chinese Foreign Minister {lead}")[3] == initiator


def test_a_later_sentence_may_say_who_asked() -> None:
    text = (
        "President Ana Lopes had a telephone conversation with President of the Republic of "
        "Türkiye Kerem Aydin. The conversation was initiated by the Turkish side."
    )
    assert _call(text)[3] == "Kerem Aydin"


def test_places_and_opening_phrases_are_no_participants() -> None:
    text = (
        "At the invitation of Premier Li Qiang, President Xi Jinping met with US President Joe "
        "Biden at the Filoli Estate in San Francisco on 15 November."
    )
    people = _call(text)[0]
    assert [p[0] for p in people] == ["Xi Jinping", "Joe Biden"]


def test_a_lead_without_people_has_no_call() -> None:
    assert parse("The two sides held talks on trade.").call is None


def test_the_publisher_gives_its_own_official_a_country() -> None:
    xinhua = "BEIJING, May 2 (Xinhua) -- President Xi Jinping met with US President Joe Biden."
    assert [p.country for p in parse(xinhua).call.participants] == ["CN", "US"]  # type: ignore[union-attr]
    tass = "MOSCOW, May 2. /TASS/. Vladimir Putin met with US President Joe Biden."
    assert [p.country for p in parse(tass).call.participants] == ["RU", "US"]  # type: ignore[union-attr]


def test_two_unmarked_participants_stay_unknown_unless_known_officials() -> None:
    def countries(text: str) -> list[str | None]:
        return [country for *_, country in _call(text)[0]]

    lead = "BEIJING, May 2 (Xinhua) -- President {} met with President {}."
    assert countries(lead.format("Li Wenhua", "Karl Berger")) == [None, None]
    # Known officials are known: the text need not say where Xi and Biden are from.
    assert countries(lead.format("Xi Jinping", "Joe Biden")) == ["CN", "US"]
    # One unknown left unmarked takes the publisher's country, as before.
    assert countries(lead.format("Li Wenhua", "Joe Biden")) == ["CN", "US"]


def test_names_with_particles_and_honorifics() -> None:
    text = (
        "Readout of the phone call between President von der Leyen and President Ramaphosa\n\n"
        "President of the European Commission Ms Ursula von der Leyen spoke today with the "
        "President of South Africa, H.E. Mr. Cyril Ramaphosa."
    )
    people, *_ = _call(text)
    assert people == (
        ("Ursula von der Leyen", "President of the European Commission", "EU"),
        ("Cyril Ramaphosa", "President of South Africa", "ZA"),
    )


def test_places_bodies_and_deals_are_no_people() -> None:
    text = (
        "ANKARA, Aug 2 (AA) - Turkish President Recep Tayyip Erdogan and Russian President "
        "Vladimir Putin discussed the Black Sea grain deal in a phone call, according to "
        "Turkiye's Communications Directorate."
    )
    people, _, _, _ = _call(text)
    assert [name for name, _, _ in people] == ["Recep Tayyip Erdogan", "Vladimir Putin"]


def test_three_leaders_listed_with_countries_and_styles() -> None:
    text = (
        "President Joseph R. Biden, Jr. spoke today with Amir Tamim bin Hamad Al Thani of "
        "Qatar and President Abdel Fattah Al Sisi of Egypt."
    )
    assert [(n, t) for n, t, _ in _call(text)[0]] == [
        ("Joseph R. Biden, Jr.", "President"),
        ("Tamim bin Hamad Al Thani", "Amir"),
        ("Abdel Fattah Al Sisi", "President"),
    ]
    text = (
        "DOHA, June 4 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al-Thani held a "
        "joint phone call with HE President of the United States of America Joe Biden and HE "
        "President of the Arab Republic of Egypt Abdel Fattah El-Sisi."
    )
    assert [(n, t) for n, t, _ in _call(text)[0]] == [
        ("Tamim bin Hamad Al-Thani", "Amir"),
        ("Joe Biden", "President of the United States of America"),
        ("Abdel Fattah El-Sisi", "President of the Arab Republic of Egypt"),
    ]


def test_online_talks_are_a_video_call_and_a_proposal_says_who_asked() -> None:
    text = (
        "Hanoi, August 25 (VNA) - Prime Minister Pham Van Lam held online talks with his "
        "Australian counterpart Tom Reid on August 25 at the latter's proposal."
    )
    _, kind, _, initiator = _call(text)
    assert (kind, initiator) == (CallKind.VIDEO, "Tom Reid")


def test_the_sentence_after_the_lead_may_say_how_they_spoke() -> None:
    text = (
        "ABU DHABI, 5th June, 2024 (WAM) -- President His Highness Sheikh Hamad bin Zayed "
        "has congratulated Arjun Rao, Prime Minister of India, on his victory. During a "
        "phone call, His Highness wished him success."
    )
    people, kind, _, _ = _call(text)
    assert kind is CallKind.TELEPHONE
    assert people == (
        ("Hamad bin Zayed", "President", "AE"),
        ("Arjun Rao", "Prime Minister of India", "IN"),
    )
    no_call = "ABU DHABI, 5 June (WAM) -- Hamad bin Zayed has congratulated Arjun Rao. He wrote."
    assert parse(no_call).call is None


@pytest.mark.parametrize(
    ("phrase", "initiator"),
    [
        ("The call took place at Tokyo's request.", "Yoko Kamikawa"),
        ("The call was held at the request of Japan.", "Yoko Kamikawa"),
        ("The call was held at Seoul's initiative.", "Cho Tae-yul"),
        ("The call was held at Paris's request.", None),
    ],
)
def test_a_capital_or_a_country_may_say_who_asked(phrase: str, initiator: str | None) -> None:
    lead = (
        "SEOUL, Jan. 12 (Yonhap) -- Foreign Minister Cho Tae-yul held phone talks with his "
        "Japanese counterpart, Yoko Kamikawa, on Friday."
    )
    assert _call(f"{lead} {phrase}")[3] == initiator


def test_a_sentence_later_may_name_who_initiated_the_call() -> None:
    text = (
        "President Ana Lopes had a telephone conversation with President of South Africa "
        "Cyril Ramaphosa. The call was initiated by President Lopes."
    )
    assert _call(text)[3] == "Ana Lopes"


def test_a_clause_between_commas_is_no_title() -> None:
    text = (
        "Federal Chancellor Olaf Scholz and the President of the French Republic, Emmanuel "
        "Macron, today held a video conference with the President of the People's Republic of "
        "China, Xi Jinping, a spokesperson announced."
    )
    assert [p[0] for p in _call(text)[0]] == ["Olaf Scholz", "Emmanuel Macron", "Xi Jinping"]


def test_a_surname_that_is_also_a_word() -> None:
    text = (
        "READOUT: Secretary Ana Lopes's Video Call with Vice Premier He Lifeng\n\n"
        "Today, Treasury Secretary Ana Lopes held a video call with Vice Premier He Lifeng of "
        "the People's Republic of China."
    )
    people, kind, _, _ = _call(text)
    assert people == (
        ("Ana Lopes", "Treasury Secretary", "US"),
        ("He Lifeng", "Vice Premier", "CN"),
    )
    assert kind is CallKind.VIDEO


def test_upon_request_is_the_guests() -> None:
    text = (
        "Foreign Minister Wang Yi spoke with Iranian Foreign Minister Ali Reza on the phone "
        "upon request."
    )
    assert _call(text)[3] == "Ali Reza"


def test_a_counterpart_set_off_by_a_comma_keeps_his_country() -> None:
    text = (
        "SEOUL, Oct. 2 (Yonhap) -- Foreign Minister Cho Min-ho held phone talks Wednesday with "
        "his new Japanese counterpart, Takeshi Ono."
    )
    assert _call(text)[0] == (("Cho Min-ho", "Foreign Minister", "KR"), ("Takeshi Ono", None, "JP"))


def test_crown_prince_is_a_title_though_prince_alone_is_an_honorific() -> None:
    people, *_ = _call(
        "TEHRAN, Oct. 11 (IRNA) -- Iranian President Karim Nasseri spoke with Saudi Crown "
        "Prince Faisal bin Khalid and with Prince Turki bin Fahd by phone."
    )
    assert [(name, title) for name, title, _ in people] == [
        ("Karim Nasseri", "Iranian President"),
        ("Faisal bin Khalid", "Saudi Crown Prince"),
        ("Turki bin Fahd", None),
    ]


def test_a_party_in_a_title_is_no_person() -> None:
    people, *_ = _call(
        "Hanoi, May 5 (VNA) - Party chief Tran Van Minh held talks with General Secretary of "
        "the Lao People's Revolutionary Party Central Committee Khamla Vongsa on May 5."
    )
    assert [(name, title) for name, title, _ in people] == [
        ("Tran Van Minh", "Party chief"),
        (
            "Khamla Vongsa",
            "General Secretary of the Lao People's Revolutionary Party Central Committee",
        ),
    ]


def test_who_invites_takes_part_when_the_lead_meets_him() -> None:
    people, kind, _, initiator = _call(
        "At the invitation of Chancellor Karl Weber, President Anne Moreau travelled to Vienna "
        "today to meet with him and with Prime Minister Jan Nowicki of Poland."
    )
    assert [name for name, *_ in people] == ["Karl Weber", "Anne Moreau", "Jan Nowicki"]
    assert kind is CallKind.MEETING
    assert initiator == "Karl Weber"
    # An invitation to a visit whose host is someone else: the inviter is not a participant.
    people, _, _, initiator = _call(
        "At the invitation of Premier Li Wen, President Anne Moreau paid a state visit and "
        "held talks with President Zhao Ming in Beijing."
    )
    assert [name for name, *_ in people] == ["Anne Moreau", "Zhao Ming"]
    assert initiator is None


def test_one_who_called_another_made_a_phone_call() -> None:
    people, kind, _, initiator = _call(
        "KUALA LUMPUR, Feb 15 (Bernama) -- Prime Minister Datuk Seri Aziz Rahman today called "
        "Indonesian Defence Minister Budi Santoso to congratulate him."
    )
    assert [name for name, *_ in people] == ["Aziz Rahman", "Budi Santoso"]
    assert kind is CallKind.TELEPHONE
    assert initiator == "Aziz Rahman"
    _, kind, _, _ = _call(
        "KUALA LUMPUR, Feb 15 (Bernama) -- Prime Minister Aziz Rahman met Indonesian Defence "
        "Minister Budi Santoso and called for calm."
    )
    assert kind is CallKind.MEETING


def test_a_title_of_a_body_after_of() -> None:
    for lead in (
        "President Paulo Mendes met with the Secretary-General of the United Nations, "
        "Mateus Ferreira, in New York.",
        "President Paulo Mendes met with Secretary-General of the United Nations Mateus "
        "Ferreira in New York.",
    ):
        people, *_ = _call(lead)
        assert [(name, title) for name, title, _ in people] == [
            ("Paulo Mendes", "President"),
            ("Mateus Ferreira", "Secretary-General of the United Nations"),
        ]


def test_the_hon_and_letters_after_a_name() -> None:
    people, kind, *_ = _call(
        "Prime Minister Kenji Sato held a summit telephone talk with the Hon. Mark Ellis MP, "
        "Prime Minister of Australia."
    )
    assert people == (
        ("Kenji Sato", "Prime Minister", None),
        ("Mark Ellis", "Prime Minister of Australia", "AU"),
    )
    assert kind is CallKind.TELEPHONE


def test_who_dialled_made_the_call_and_a_chancellery_is_a_place() -> None:
    people, kind, _, initiator = _call(
        "NEW DELHI, March 5 (PTI) -- Indian Prime Minister Ravi Menon dialled Russian "
        "President Ivan Petrov on Friday."
    )
    assert [name for name, *_ in people] == ["Ravi Menon", "Ivan Petrov"]
    assert (kind, initiator) == (CallKind.TELEPHONE, "Ravi Menon")
    people, *_ = _call(
        "Chancellor Karl Weber received Polish Prime Minister Jan Nowicki at the Federal "
        "Chancellery on Monday."
    )
    assert [name for name, *_ in people] == ["Karl Weber", "Jan Nowicki"]


def test_a_surname_alone_is_known_after_the_publisher() -> None:
    # Known officials by surname: no header, no agency, nothing else says where they are from.
    people, *_ = _call("President Biden today spoke by phone with President Zelenskyy.")
    assert [country for *_, country in people] == ["US", "UA"]
    # The publisher first: an ambassador Smith in a State Department readout is American,
    # whoever of that name the list knows.
    people, *_ = _call(
        "Readout of Secretary Blinken’s Call\n\nSecretary of State Antony J. Blinken spoke "
        "today with Ambassador Smith."
    )
    assert people[1] == ("Smith", "Ambassador", "US")


@pytest.mark.parametrize(
    "asked",
    [
        "in a call initiated by Tokyo.",
        "at the request of Tokyo.",
        "at the Japanese side's request.",
        "on Tuesday. The Japanese side requested the call.",
    ],
)
def test_who_asked_by_capital_or_side_at_the_end_of_a_sentence(asked: str) -> None:
    text = (
        "BEIJING, March 5 (Xinhua) -- Chinese Foreign Minister Li Wen held a phone call with "
        f"Japanese Foreign Minister Kenji Sato {asked}"
    )
    assert _call(text)[3] == "Kenji Sato"


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("on Tuesday (March 5).", PartialDate(None, 3, 5)),
        ("on 5th March 2024.", PartialDate(2024, 3, 5)),
        ("on 1st June.", PartialDate(None, 6, 1)),
    ],
)
def test_ordinal_days_and_a_date_in_brackets_after_the_weekday(
    when: str, date: PartialDate
) -> None:
    text = f"Foreign Minister Li Wen held a phone call with Foreign Minister Kenji Sato {when}"
    assert _call(text)[2] == date


def test_a_lead_that_names_the_call_in_its_second_sentence() -> None:
    r = parse(
        "WARSAW, 28 March (Ukrinform) - Ukraine and Poland will draw up a joint list by April. "
        "Prime Minister of Ukraine Ivan Koval announced this after talks with Polish Prime "
        "Minister Jan Nowicki in Warsaw.\n\nKoval said trade must not become a hostage."
    )
    assert r.call is not None
    assert [p.name for p in r.call.participants] == ["Ivan Koval", "Jan Nowicki"]
    assert r.call.kind is CallKind.MEETING
    assert [getattr(s.speaker, "name", None) for s in r.sentences[1:]] == ["Ivan Koval"] * 2


def test_an_initial_without_its_period_after_an_honorific() -> None:
    people, _, _, initiator = _call(
        "DHAKA, Jan 15 (BSS) - Foreign Minister Dr Karim Uddin today received a telephone call "
        "from Indian External Affairs Minister Dr S Raman."
    )
    assert [name for name, *_ in people] == ["Karim Uddin", "S Raman"]
    assert initiator == "S Raman"


def test_a_body_with_its_acronym_and_a_source_that_ends_the_lead_are_no_people() -> None:
    people, *_ = _call(
        "ROME, March 12 (ANSA) - Premier Anna Rossi on Tuesday had a telephone conversation "
        "with the prime minister of Libya's Government of National Unity (GNU), Omar Salem, "
        "Palazzo Chigi said."
    )
    assert [name for name, *_ in people] == ["Anna Rossi", "Omar Salem"]


def test_a_third_person_with_whom_another_meeting_is_planned_is_no_participant() -> None:
    people, *_ = _call(
        "MANILA – President Jose Cruz and Japanese Prime Minister Kenji Sato held a telephone "
        "conversation on Monday night to prepare for their trilateral summit with United "
        "States President Joe Biden next week."
    )
    assert [name for name, *_ in people] == ["Jose Cruz", "Kenji Sato"]
    people, *_ = _call(
        "Premier Anna Rossi and President Omar Salem held talks in Rome with President Jose Cruz."
    )
    assert [name for name, *_ in people] == ["Anna Rossi", "Omar Salem", "Jose Cruz"]


def test_at_the_request_of_a_country_s_leader() -> None:
    _, _, _, initiator = _call(
        "President Paul Otieno on Tuesday held a virtual meeting with Prime Minister Abebe "
        "Tadesse of Ethiopia at the request of the Ethiopian leader."
    )
    assert initiator == "Abebe Tadesse"


def test_a_capital_stands_for_its_country_when_it_asked() -> None:
    _, _, _, initiator = _call(
        "BEIJING, March 5 (Xinhua) -- Chinese Foreign Minister Li Wen held a phone call with "
        "Moroccan Foreign Minister Karim Alaoui at the request of Rabat."
    )
    assert initiator == "Karim Alaoui"


def test_the_next_sentence_may_tell_the_kind_and_the_date() -> None:
    r = parse(
        "MOSCOW, Oct 2 (KUNA) -- Russian Foreign Minister Ivan Petrov and his Iranian "
        "counterpart Reza Karimi discussed on Wednesday the escalation in the region.\n\n"
        "The phone call on October 2 was made at Tehran's request, the ministry said."
    )
    assert r.call is not None
    assert [p.name for p in r.call.participants] == ["Ivan Petrov", "Reza Karimi"]
    assert r.call.kind is CallKind.TELEPHONE
    assert r.call.date == PartialDate(None, 10, 2)
    assert r.call.initiator is not None
    assert r.call.initiator.name == "Reza Karimi"


def test_secretary_of_war_is_a_title() -> None:
    people, *_ = _call(
        "Secretary of War Paul Grant held a video call today with Chinese Minister of National "
        "Defense Li Wen."
    )
    assert people[0] == ("Paul Grant", "Secretary of War", None)  # the text names no country


def test_a_title_that_lists_with_commas_before_the_name() -> None:
    people, *_ = _call(
        "RABAT, June 3 (MAP) - Minister of Foreign Affairs, African Cooperation and Moroccan "
        "Expatriates, Karim Alaoui, held phone talks with Spanish Minister Luis Ortega."
    )
    assert people[0] == (
        "Karim Alaoui",
        "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates",
        "MA",
    )
    # Two people listed are two people.
    people, *_ = _call("Wang Yi met President Ivan Petrov, Sergey Ivanov and others.")
    assert [name for name, *_ in people] == ["Wang Yi", "Ivan Petrov", "Sergey Ivanov"]


@pytest.mark.parametrize(
    ("lead", "asked"),
    [
        (
            "New Delhi, Aug 7 (PTI) Prime Minister Ravi Menon on Thursday held a telephone "
            "conversation with Brazilian President Ana Lopes da Silva, who called him amid the "
            "tariff row.",
            "Ana Lopes da Silva",
        ),
        (
            "New Delhi, Aug 7 (PTI) Prime Minister Ravi Menon on Thursday held a telephone "
            "conversation with Brazilian President Ana Lopes, who called for calm.",
            None,
        ),
        (
            "KUALA LUMPUR, July 25 (Bernama) -- Prime Minister Aziz Rahman held a video call "
            "with President Budi Santoso today. Aziz said he had initiated the call as ASEAN "
            "Chair.",
            "Aziz Rahman",
        ),
        (
            "President Paul Otieno today received President Ivan Koval at the Union Buildings. "
            "President Koval is on an Official Visit at the invitation of President Otieno.",
            "Paul Otieno",
        ),
    ],
)
def test_who_called_who_initiated_and_whose_invitation(lead: str, asked: str | None) -> None:
    assert _call(lead)[3] == asked


def test_a_headline_that_names_the_call_may_date_it() -> None:
    text = (
        "PM call with Prime Minister Menon of India: 6 May 2025\n\n"
        "Prime Minister Mark Ellis spoke to Prime Minister Ravi Menon of India this morning."
    )
    assert _call(text)[2] == PartialDate(2025, 5, 6)
    # A headline that does not name the call dates nothing.
    text = text.replace("PM call with Prime Minister Menon of India", "Trade deal signed")
    assert _call(text)[2] is None


def test_calling_something_a_success_is_no_call() -> None:
    r = parse("President Ana Lopes called it a success with Prime Minister Ravi Menon present.")
    assert r.call is None
