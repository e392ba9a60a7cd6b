"""Compound words of German, Dutch and the Scandinavian languages (rules/compounds.yaml
`compound_words`): a vocabulary term that opens or closes a word names its entity there, the
whole word its span; a term inside a word, a short term, a drug name, or a page of another
language names nothing so."""

from __future__ import annotations

import pytest

from .conftest import named_entities


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A term closing the word: the compound is a kind of it.
        ("de", "Die Schweineinfluenza kam 2009", [("Schweineinfluenza", "influenza")]),
        ("de", "Der Kinderdiabetes nimmt zu", [("Kinderdiabetes", "diabetes mellitus")]),
        # A term opening the word: the compound is about it.
        ("sv", "Många fick sin celiakidiagnos sent", [("celiakidiagnos", "celiac disease")]),
        ("nl", "Het diabetescentrum in Amsterdam", [("diabetescentrum", "diabetes mellitus")]),
        (
            "nb",
            "hjerteinfarktpasienter på sykehuset",
            [("hjerteinfarktpasienter", "myocardial infarction")],
        ),
        # A clinical measure opening a word: its level, its values, its measuring.
        ("nl", "uw bloedsuikerspiegel onder controle", [("bloedsuikerspiegel", "blood glucose")]),
        ("de", "Die Blutdruckmessung ergab 140 mmHg.", [("Blutdruckmessung", "blood pressure")]),
    ],
)
def test_a_term_opening_or_closing_a_compound_names_it(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert named_entities(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Three letters before a closing term are a prefix, not a word: disinfection.
        ("de", "Die Desinfektion der Hände"),
        # A term inside a word, letters on both sides.
        ("de", "Die Kindermasernfälle"),
        # Drug names are left out (a brand "Sensit" opens "sensitivitet"), and symptoms ("brechen",
        # vomiting, closes "Gewaltverbrechen"; "Schmerz" opens "schmerzhafteste Reformen").
        ("sv", "sensitivitet och specificitet"),
        ("de", "Gewaltverbrechen und schmerzhafteste Reformen"),
        # Terms shorter than seven letters open too many other words ("Migranten").
        ("de", "Die Migranten kamen im Sommer"),
        # English writes no such compounds.
        ("en", "Vogelgrippe and kankercentrum"),
    ],
)
def test_no_compound_reading_where_the_rule_does_not_hold(language: str, text: str) -> None:
    assert named_entities(text, language) == []


def test_kindred_languages_read_each_other_s_vocabulary() -> None:
    # A term written for Bokmål ("nb") names its entity on a page the language guess calls "no".
    # ("kortikosteroider" is read as a cognate of "corticosteroid": test_match_cognates.py.)
    text = "behandling med antibiotika eller kortikosteroider"
    assert named_entities(text, "no") == [
        ("antibiotika", "anti-bacterial agents"),
        ("kortikosteroider", "corticosteroid"),
    ]
    # A Malay term on a page taken for Indonesian; not an Indonesian term on a Malay page
    # (Indonesian "pusing", dizzy, is Malay "turn").
    assert named_entities("pesakit demam denggi", "id") == [("demam denggi", "dengue")]
    assert named_entities("pusing ke kiri", "ms") == []
    # Languages of no group stay apart.
    assert named_entities(text, "fi") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A term closing a Korean compound ("traction" + "treatment"), one opening it.
        ("견인치료를 받았다", [("견인치료를", "treatment")]),
        ("폐렴구균 백신", [("폐렴구균", "pneumonia"), ("백신", "vaccination")]),
        # A particle after the term is read as its ending, not as a compound.
        ("폐렴이 악화되었다", [("폐렴이", "pneumonia")]),
    ],
)
def test_korean_glues_nouns_into_compounds(text: str, expected: list[tuple[str, str]]) -> None:
    assert named_entities(text, "ko") == expected


def test_a_korean_compound_holds_two_syllables_besides_its_term() -> None:
    # "감기" (a cold) opens "감기다" (to be wound) with one syllable after it: no cold.
    assert named_entities("실이 감기다", "ko") == []


@pytest.mark.parametrize(
    ("language", "text"), [("zh", "患者接受了新的治疗"), ("ja", "患者は新しい治療を受けた")]
)
def test_treatment_as_such_in_chinese_and_japanese(language: str, text: str) -> None:
    assert [canonical for _, canonical in named_entities(text, language)] == ["treatment"]
