"""The model: validators, equality that ignores layout, immutability, tuples, evolve."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from readout import (
    Call,
    CallKind,
    Dateline,
    Layout,
    Paragraph,
    PartialDate,
    Participant,
    Readout,
    Sentence,
    Side,
)
from readout._text import FORBIDDEN_CHAR
from readout.model import FieldValueError

WANG = Participant("Wang Yi", "foreign minister", "CN")
BLINKEN = Participant("Antony Blinken", "US Secretary of State", "US")


def _one_paragraph(*texts: str) -> tuple[Paragraph, ...]:
    return (Paragraph([Sentence(t) for t in texts]),)


def _raises(
    error: type[Exception], field: str | None, message: str, make: Callable[[], object]
) -> None:
    with pytest.raises(error, match=f"^{re.escape(message)}$") as info:
        make()
    if field is not None:
        assert isinstance(info.value, FieldValueError)
        assert info.value.field == field


# --- PartialDate ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "field", "message"),
    [
        ((2023, 13, 1), "month", "month must be between 1 and 12: 13"),
        ((None, 0, 1), "month", "month must be between 1 and 12: 0"),
        ((2023, 2, 31), "day", "day 31 is not a day of February 2023"),
        ((None, 2, 31), "day", "day 31 is not a day of February"),
        ((None, 2, 30), "day", "day 30 is not a day of February"),
        ((2023, 2, 29), "day", "day 29 is not a day of February 2023"),
        ((1900, 2, 29), "day", "day 29 is not a day of February 1900"),
        ((2023, 4, 31), "day", "day 31 is not a day of April 2023"),
        ((2023, 10, 0), "day", "day 0 is not a day of October 2023"),
        ((None, 10, -1), "day", "day -1 is not a day of October"),
        ((None, 10, 32), "day", "day 32 is not a day of October"),
        ((0, 1, 1), "year", "year must be between 1 and 9999: 0"),
        ((10000, 1, 1), "year", "year must be between 1 and 9999: 10000"),
    ],
)
def test_partial_date_rejects_impossible_dates(
    args: tuple[Any, ...], field: str, message: str
) -> None:
    _raises(FieldValueError, field, message, lambda: PartialDate(*args))


@pytest.mark.parametrize(("year", "month", "day"), [(2024, 2, 29), (2000, 2, 29), (None, 2, 29)])
def test_partial_date_accepts_29_february_when_it_can_exist(
    year: int | None, month: int, day: int
) -> None:
    date = PartialDate(year, month, day)
    assert (date.year, date.month, date.day) == (year, month, day)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((2023, True, 1), "month must be an int, not bool"),
        ((True, 1, 1), "year must be an int, not bool"),
        ((2023, 1, True), "day must be an int, not bool"),
        ((2023, 1, 1.0), "day must be an int, not float"),
        ((2023, "10", 1), "month must be an int, not str"),
        (("2023", 10, 1), "year must be an int, not str"),
    ],
)
def test_partial_date_rejects_other_types(args: tuple[Any, ...], message: str) -> None:
    _raises(TypeError, None, message, lambda: PartialDate(*args))


@pytest.mark.parametrize(
    ("date", "iso", "text"),
    [
        (PartialDate(2023, 10, 14), "2023-10-14", "14 Oct 2023"),
        (PartialDate(None, 10, 14), "--10-14", "14 Oct"),
        (PartialDate(None, 9, 3), "--09-03", "3 Sep"),
    ],
)
def test_partial_date_isoformat_and_str(date: PartialDate, iso: str, text: str) -> None:
    assert date.isoformat() == iso
    assert str(date) == text


def test_isoformat_pads_the_year_to_four_digits() -> None:
    assert PartialDate(5, 1, 2).isoformat() == "0005-01-02"


def test_a_date_without_year_differs_from_one_with_a_year() -> None:
    assert PartialDate(None, 10, 14) != PartialDate(2023, 10, 14)


# --- Participant ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"name": ""}, "name", "name must not be empty or blank"),
        ({"name": "   "}, "name", "name must not be empty or blank"),
        ({"name": "Wang  Yi"}, "name", "name must be words separated by single spaces: 'Wang  Yi'"),
        ({"name": " Wang Yi"}, "name", "name must be words separated by single spaces: ' Wang Yi'"),
        (
            {"name": "Wang\nYi"},
            "name",
            "name must be words separated by single spaces: 'Wang\\nYi'",
        ),
        (
            {"name": "Wang\x00Yi"},
            "name",
            "name: control character U+0000 is not allowed in a readout",
        ),
        (
            {"name": "Wang\ud800Yi"},
            "name",
            "name: lone surrogate U+D800 is not allowed in a readout",
        ),
        ({"name": "Wang Yi", "title": ""}, "title", "title must not be empty or blank"),
        ({"name": "Wang Yi", "title": " "}, "title", "title must not be empty or blank"),
    ],
)
def test_participant_rejects_bad_names_and_titles(
    kwargs: dict[str, Any], field: str, message: str
) -> None:
    _raises(FieldValueError, field, message, lambda: Participant(**kwargs))


@pytest.mark.parametrize("country", ["cn", "CHN", "C", "C1", "", "China", "ＣＮ", "ÇN"])
def test_participant_rejects_non_iso_countries(country: str) -> None:
    message = f"country must be an ISO 3166-1 alpha-2 code like 'CN': {country!r}"
    _raises(FieldValueError, "country", message, lambda: Participant("Wang Yi", country=country))


def test_participant_rejects_a_name_that_is_not_a_str() -> None:
    _raises(TypeError, None, "name must be a str, not int", lambda: Participant(3))  # type: ignore[arg-type]


def test_participant_equality_includes_title_and_country() -> None:
    assert Participant("Wang Yi") != Participant("Wang Yi", "foreign minister")
    assert Participant("Wang Yi", country="CN") != Participant("Wang Yi")
    assert Participant("Wang Yi", "foreign minister", "CN") == WANG


# --- Call ----------------------------------------------------------------------------------


def test_call_rejects_duplicate_participant_names() -> None:
    _raises(
        FieldValueError,
        "participants",
        "participants must have distinct names: ['Wang Yi', 'Wang Yi']",
        lambda: Call(CallKind.TELEPHONE, participants=[WANG, Participant("Wang Yi")]),
    )


def test_call_rejects_an_initiator_not_among_participants() -> None:
    _raises(
        FieldValueError,
        "initiator",
        "initiator 'Antony Blinken' is not a participant",
        lambda: Call(CallKind.TELEPHONE, participants=[WANG], initiator=BLINKEN),
    )


def test_call_rejects_an_initiator_with_the_same_name_but_another_title() -> None:
    _raises(
        FieldValueError,
        "initiator",
        "initiator 'Antony Blinken' is not a participant",
        lambda: Call(
            CallKind.TELEPHONE,
            participants=[WANG, BLINKEN],
            initiator=Participant("Antony Blinken"),
        ),
    )


def test_call_needs_a_participant() -> None:
    _raises(
        FieldValueError,
        "participants",
        "a call needs at least one participant",
        lambda: Call(CallKind.VIDEO),
    )


def test_call_kind_must_be_the_enum() -> None:
    with pytest.raises(TypeError, match=re.escape("'kind' must be <enum 'CallKind'>")):
        Call("telephone", participants=[WANG])  # type: ignore[arg-type]


def test_call_participants_become_a_tuple() -> None:
    call = Call(CallKind.MEETING, PartialDate(2023, 11, 15), iter([WANG, BLINKEN]), BLINKEN)
    assert call.participants == (WANG, BLINKEN)
    assert type(call.participants) is tuple


def test_call_kind_values() -> None:
    assert [k.value for k in CallKind] == ["telephone", "video", "meeting"]
    assert Side.BOTH.value == "both"


# --- Sentence and Paragraph ----------------------------------------------------------------


def test_sentence_rejects_a_cue_not_in_its_text() -> None:
    _raises(
        FieldValueError,
        "cue",
        "cue 'stressed' does not occur in the sentence",
        lambda: Sentence("Wang Yi said that China opposes it.", WANG, "stressed"),
    )


def test_sentence_cue_is_case_sensitive() -> None:
    _raises(
        FieldValueError,
        "cue",
        "cue 'Said' does not occur in the sentence",
        lambda: Sentence("Wang Yi said so.", WANG, "Said"),
    )


def test_sentence_keeps_a_cue_from_its_text() -> None:
    s = Sentence("Wang Yi said that China opposes it.", WANG, "said that")
    assert (s.speaker, s.cue) == (WANG, "said that")


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"text": ""}, "text", "text must not be empty or blank"),
        ({"text": " \n"}, "text", "text must not be empty or blank"),
        (
            {"text": "Wang Yi  said."},
            "text",
            "text must be words separated by single spaces: 'Wang Yi  said.'",
        ),
        (
            {"text": "Wang Yi said. "},
            "text",
            "text must be words separated by single spaces: 'Wang Yi said. '",
        ),
        ({"text": "Wang Yi said.", "cue": ""}, "cue", "cue must not be empty or blank"),
    ],
)
def test_sentence_rejects_blank_or_unsqueezed_text(
    kwargs: dict[str, Any], field: str, message: str
) -> None:
    _raises(FieldValueError, field, message, lambda: Sentence(**kwargs))


def test_paragraph_needs_a_sentence() -> None:
    _raises(
        FieldValueError,
        "sentences",
        "a paragraph needs at least one sentence",
        lambda: Paragraph([]),
    )


@pytest.mark.parametrize("separator", ["x", " and ", "\n.\n"])
def test_paragraph_separators_are_white_space_only(separator: str) -> None:
    _raises(
        FieldValueError,
        "separators",
        f"separators must be white space only: {separator!r}",
        lambda: Paragraph([Sentence("A."), Sentence("B.")], separators=["  ", separator]),
    )


def test_paragraph_text_joins_sentences() -> None:
    paragraph = Paragraph([Sentence("Wang Yi met Blinken."), Sentence("They talked.")])
    assert paragraph.text == "Wang Yi met Blinken. They talked."


# --- Dateline ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        (
            {"place": "beijing", "agency": "ZXS"},
            "place",
            "place is not a dateline place like 'Beijing': 'beijing'",
        ),
        (
            {"place": "Beijing, China", "agency": "ZXS"},
            "place",
            "place is not a dateline place like 'Beijing': 'Beijing, China'",
        ),
        (
            {"place": "Beijing (ZXS)", "agency": "ZXS"},
            "place",
            "place is not a dateline place like 'Beijing': 'Beijing (ZXS)'",
        ),
        (
            {"place": "Beijing", "agency": "Xin hua"},
            "agency",
            "agency is not an agency name like 'Xinhua': 'Xin hua'",
        ),
        (
            {"place": "Beijing", "agency": "(ZXS)"},
            "agency",
            "agency is not an agency name like 'Xinhua': '(ZXS)'",
        ),
        (
            {"place": "Beijing"},
            "place",
            "a dateline with neither date nor agency needs an upper-case place of "
            "letters, at most 40 ('BEIJING --'): "
            "'Beijing'",
        ),
        ({"place": ""}, "place", "place must not be empty or blank"),
    ],
)
def test_dateline_rejects_bad_places_and_agencies(
    kwargs: dict[str, Any], field: str, message: str
) -> None:
    _raises(FieldValueError, field, message, lambda: Dateline(**kwargs))


def test_dateline_with_place_only() -> None:
    dateline = Dateline("BEIJING")
    assert (dateline.place, dateline.date, dateline.agency) == ("BEIJING", None, None)


# --- Layout --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"before": "x"}, "before", "before must be white space only: 'x'"),
        ({"after": " end"}, "after", "after must be white space only: ' end'"),
        ({"before_end": "--"}, "before_end", "before_end must be white space only: '--'"),
        ({"between": ["\nmore\n"]}, "between", "between must be white space only: '\\nmore\\n'"),
        ({"between": [" "]}, "between", "between must hold a line break: ' '"),
        ({"header": ["\n", "  "]}, "header", "header must hold a line break: '  '"),
        ({"header": ["\nREADOUT\n"]}, "header", "header must be white space only: '\\nREADOUT\\n'"),
    ],
)
def test_layout_separators_cannot_hold_words(
    kwargs: dict[str, Any], field: str, message: str
) -> None:
    _raises(FieldValueError, field, message, lambda: Layout(**kwargs))


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: Layout(before="\x1c"), id="before"),
        pytest.param(lambda: Layout(between=["\n\x1f\n"]), id="between"),
        pytest.param(
            lambda: Paragraph([Sentence("A."), Sentence("B.")], separators=["\x1e"]),
            id="separators",
        ),
        pytest.param(
            lambda: Sentence("Wang Yi met Blinken.", source="Wang Yi\x1fmet Blinken."),
            id="source",
        ),
    ],
)
def test_layout_rejects_control_characters(make: Callable[[], object]) -> None:
    with pytest.raises(FieldValueError, match=r"control character U\+001[CEF]"):
        make()


# --- Readout -------------------------------------------------------------------------------


def test_readout_needs_a_paragraph() -> None:
    _raises(
        FieldValueError,
        "paragraphs",
        "a readout needs at least one paragraph",
        lambda: Readout(paragraphs=[]),
    )


def test_header_lines_need_a_headline() -> None:
    _raises(
        FieldValueError,
        "header",
        "header lines need a headline before them",
        lambda: Readout(header=["READOUT"], paragraphs=_one_paragraph("The Secretary spoke.")),
    )


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"headline": ""}, "headline", "headline must not be empty or blank"),
        (
            {"headline": "Readout\nof a call"},
            "headline",
            "headline must be one line without white space at its ends: 'Readout\\nof a call'",
        ),
        (
            {"headline": "Readout of a call "},
            "headline",
            "headline must be one line without white space at its ends: 'Readout of a call '",
        ),
        ({"headline": "Readout", "header": [""]}, "header", "header must not be empty or blank"),
        (
            {"headline": "Readout", "header": ["READOUT\nOCTOBER 14, 2023"]},
            "header",
            "header must be one line without white space at its ends: 'READOUT\\nOCTOBER 14, 2023'",
        ),
    ],
)
def test_readout_rejects_bad_header_lines(kwargs: dict[str, Any], field: str, message: str) -> None:
    paragraphs = _one_paragraph("The Secretary spoke.")
    _raises(FieldValueError, field, message, lambda: Readout(paragraphs=paragraphs, **kwargs))


@pytest.mark.parametrize("marker", ["(Ends)", "END", "(End", "##", "---", "(End) ", "--Spa"])
def test_readout_rejects_unknown_end_markers(marker: str) -> None:
    message = (
        "end_marker must be one of ['###', '(END)', '(End)', '(end)', '-0-'] or a sign-off "
        f"like '--SPA': {marker!r}"
    )
    _raises(
        FieldValueError,
        "end_marker",
        message,
        lambda: Readout(paragraphs=_one_paragraph("A."), end_marker=marker),
    )


@pytest.mark.parametrize("marker", ["(End)", "(END)", "(end)", "###", "-0-"])
def test_readout_accepts_known_end_markers(marker: str) -> None:
    assert Readout(paragraphs=_one_paragraph("A."), end_marker=marker).end_marker == marker


def test_readout_fields_are_keyword_only() -> None:
    with pytest.raises(TypeError, match="positional"):
        Readout(None, (), None, None, _one_paragraph("A."))  # type: ignore[call-arg]


def test_readout_properties() -> None:
    r = Readout(
        dateline=Dateline("Beijing", PartialDate(None, 10, 14), "ZXS"),
        paragraphs=[
            Paragraph([Sentence("Wang Yi met Blinken."), Sentence("They talked.")]),
            Paragraph([Sentence("They agreed.")]),
        ],
    )
    assert r.format == "dispatch"
    assert r.lead == Sentence("Wang Yi met Blinken.")
    assert [s.text for s in r.sentences] == ["Wang Yi met Blinken.", "They talked.", "They agreed."]
    assert attrs.evolve(r, dateline=None).format == "web"


# --- equality, hashing, immutability -------------------------------------------------------


def test_sentence_equality_ignores_source() -> None:
    wrapped = Sentence("Wang Yi met Blinken.", source="Wang Yi met\nBlinken.")
    plain = Sentence("Wang Yi met Blinken.")
    assert wrapped == plain
    assert hash(wrapped) == hash(plain)
    assert wrapped.source == "Wang Yi met\nBlinken."


def test_sentence_equality_includes_meaning() -> None:
    plain = Sentence("Wang Yi said so.")
    assert plain != Sentence("Wang Yi said so!")
    assert plain != Sentence("Wang Yi said so.", WANG)
    assert plain != Sentence("Wang Yi said so.", Side.BOTH)
    assert Sentence("Wang Yi said so.", WANG) != Sentence("Wang Yi said so.", WANG, "said")


def test_paragraph_equality_ignores_separators() -> None:
    sentences = [Sentence("A."), Sentence("B.")]
    assert Paragraph(sentences, separators=["  "]) == Paragraph(sentences)
    assert hash(Paragraph(sentences, separators=["\n"])) == hash(Paragraph(sentences))
    assert Paragraph(sentences) != Paragraph(sentences[:1])


def test_dateline_equality_ignores_source() -> None:
    date = PartialDate(None, 10, 10)
    written = Dateline("Beijing", date, "ZXS", source="Beijing, 10 Oct (ZXS) \u2014 ")
    assert written == Dateline("Beijing", date, "ZXS")
    assert hash(written) == hash(Dateline("Beijing", date, "ZXS"))
    assert written != Dateline("Beijing", date, "XNA")
    assert written != Dateline("Beijing", PartialDate(2023, 10, 10), "ZXS")
    assert written != Dateline("BEIJING", date, "ZXS")


def test_readout_equality_ignores_layout() -> None:
    paragraphs = _one_paragraph("Wang Yi met Blinken.")
    laid_out = Readout(
        paragraphs=paragraphs, end_marker="(End)", layout=Layout(before="\n", after="")
    )
    canonical = Readout(paragraphs=paragraphs, end_marker="(End)")
    assert laid_out == canonical
    assert hash(laid_out) == hash(canonical)
    assert laid_out != Readout(paragraphs=paragraphs, end_marker="(END)")
    assert laid_out != Readout(paragraphs=paragraphs)
    assert laid_out != Readout(paragraphs=paragraphs, end_marker="(End)", headline="Readout")


def test_instances_are_hashable() -> None:
    readout = Readout(
        headline="Wang Yi Speaks with Blinken",
        header=["READOUT"],
        dateline=Dateline("Beijing", PartialDate(None, 10, 14), "ZXS"),
        call=Call(CallKind.TELEPHONE, PartialDate(2023, 10, 14), [WANG, BLINKEN], BLINKEN),
        paragraphs=[Paragraph([Sentence("Blinken described his visit.", BLINKEN, "described")])],
    )
    twin = attrs.evolve(readout)
    assert {readout, twin} == {readout}


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (PartialDate(2023, 10, 14), "day"),
        (WANG, "name"),
        (Sentence("A."), "text"),
        (Paragraph([Sentence("A.")]), "sentences"),
        (Dateline("BEIJING"), "place"),
        (Layout(), "after"),
        (Readout(paragraphs=_one_paragraph("A.")), "headline"),
    ],
)
def test_instances_are_frozen(value: object, name: str) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, name, None)


def test_sequences_become_tuples() -> None:
    readout = Readout(
        headline="Readout",
        header=["READOUT"],
        paragraphs=[Paragraph([Sentence("A."), Sentence("B.")], separators=["  "])],
        layout=Layout(header=["\n"], between=[]),
    )
    assert readout.header == ("READOUT",)
    assert type(readout.header) is tuple
    assert type(readout.paragraphs) is tuple
    assert type(readout.paragraphs[0].sentences) is tuple
    assert readout.paragraphs[0].separators == ("  ",)
    assert readout.layout.header == ("\n",)
    assert readout.layout.between == ()


def test_evolve_validates_and_keeps_the_original() -> None:
    readout = Readout(paragraphs=_one_paragraph("Wang Yi met Blinken."), end_marker="(End)")
    changed = attrs.evolve(readout, headline="Wang Yi Meets Blinken", end_marker=None)
    assert (changed.headline, changed.end_marker) == ("Wang Yi Meets Blinken", None)
    assert (readout.headline, readout.end_marker) == (None, "(End)")
    _raises(
        FieldValueError,
        "paragraphs",
        "a readout needs at least one paragraph",
        lambda: attrs.evolve(readout, paragraphs=()),
    )
    date = attrs.evolve(PartialDate(2024, 2, 29), year=None)
    assert date == PartialDate(None, 2, 29)
    _raises(
        FieldValueError,
        "day",
        "day 29 is not a day of February 2023",
        lambda: attrs.evolve(date, year=2023),
    )


# --- types are checked -----------------------------------------------------------------------


def test_sentence_speaker_must_be_a_participant_or_side() -> None:
    with pytest.raises(TypeError):
        Sentence("Wang Yi said so.", "Wang Yi")  # type: ignore[arg-type]


def test_paragraph_sentences_must_be_sentences() -> None:
    with pytest.raises(TypeError):
        Paragraph(["Wang Yi met Blinken."])


def test_a_str_is_not_taken_for_a_sequence() -> None:
    with pytest.raises(TypeError):
        Readout(headline="Readout", header="READOUT", paragraphs=_one_paragraph("A."))


def test_dates_must_be_partial_dates() -> None:
    with pytest.raises(TypeError):
        Dateline("Beijing", "10 Oct", "ZXS")  # type: ignore[arg-type]


# Characters on both sides of every check of the text validators: spaces and other white
# space, forbidden characters, unprintable but allowed ones (soft hyphen, zero-width space).
_TRICKY = st.sampled_from(" a.\t\n\r\x0b\x0c\xa0\xad\u200b\u2028\x00\x1c\x7f\x85\ud800é中")
_TEXTS = st.text(alphabet=_TRICKY | st.characters(), max_size=8)


def _accepted(make: Callable[[], object]) -> bool:
    try:
        make()
    except ValueError:
        return False
    return True


@given(_TEXTS)
def test_a_name_is_accepted_exactly_when_clean_squeezed_and_not_blank(value: str) -> None:
    clean = FORBIDDEN_CHAR.search(value) is None
    squeezed = " ".join(value.split()) == value
    assert _accepted(lambda: Participant(value)) == (clean and squeezed and value != "")


@given(_TEXTS)
def test_a_headline_is_accepted_exactly_when_clean_one_line_and_not_blank(value: str) -> None:
    clean = FORBIDDEN_CHAR.search(value) is None
    one_line = "\n" not in value and value.strip() == value
    paragraphs = _one_paragraph("Talks began.")
    accepted = _accepted(lambda: Readout(headline=value, paragraphs=paragraphs))
    assert accepted == (clean and one_line and value.strip() != "")
