"""Organs and body systems (rules/entities/anatomy.jsonl, label ANATOMY) and the core health
vocabulary of languages no other file covered (rules/entities/core_vocabulary_i18n.jsonl:
Bengali, Urdu, Swahili, Tagalog, Tamil). An organ is named in the page's language, with its case
endings; its everyday senses ("at the heart of", "kidney beans", "bad blood") are none. Whether
an organ makes a claim is the claim assembler's (tests/test_claims.py: a page about health)."""

from __future__ import annotations

import pytest

from .conftest import named_entities


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "It also decreases the amount of sugar made by your liver.", [("liver", "liver")]),
        (
            "en",
            "The vein carries blood back to the heart.",
            [("vein", "vein"), ("blood", "blood"), ("heart", "heart")],
        ),
        (
            "de",
            "Das Blut fließt zum Herzen und in die Nieren.",
            [("Blut", "blood"), ("Nieren", "kidney")],
        ),
        (
            "fr",
            "Le foie et les reins filtrent le sang.",
            [("foie", "liver"), ("reins", "kidney"), ("sang", "blood")],
        ),
        ("sk", "Schopnosť obličiek zadržať krvný cukor sa naruší.", [("obličiek", "kidney")]),
        ("hr", "Krv teče kroz vene.", [("Krv", "blood"), ("vene", "vein")]),
        ("it", "vene e arterie", [("vene", "vein"), ("arterie", "artery")]),
        (
            "ar",
            "ولكن اللون الحقيقي للدم في الأوردة والشرايين هو اللون الأحمر",
            [("للدم", "blood"), ("الأوردة", "vein"), ("والشرايين", "artery")],
        ),
        (
            "uk",
            "пацієнтам з функціональними захворюваннями травної системи",
            [("травної системи", "digestive system")],
        ),
        (
            "ja",
            "心臓と血管の病気",
            [("心臓", "heart"), ("血管", "blood vessel"), ("病気", "disease")],
        ),
        ("tr", "Kalbin ve böbreklerin sağlığı", [("Kalbin", "heart"), ("böbreklerin", "kidney")]),
    ],
)
def test_an_organ_is_named_in_its_page_s_language(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert named_entities(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At the heart of the debate lies cost.",
        "a heart-warming story",
        "Kidney beans are rich in fibre.",
        "There is bad blood between them.",
        "It took a lot of nerve to say it.",
        "We served chicken liver pâté.",
        "I have a gut feeling about this.",
    ],
)
def test_an_organ_s_everyday_sense_is_none(text: str) -> None:
    assert [c for _, c in named_entities(text, "en")] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Bengali, its case endings and classifiers glued to the noun.
        (
            "bn",
            "করোনাভাইরাসের কারণে মৃত্যুর হার বেড়েছে",
            [("করোনাভাইরাস", "COVID-19"), ("মৃত্যুর হার", "mortality")],
        ),
        ("bn", "টিকাগুলো কার্যকর", [("টিকাগুলো", "vaccination")]),
        ("bn", "ডায়াবেটিস একটি রোগ", [("ডায়াবেটিস", "diabetes mellitus"), ("রোগ", "disease")]),
        ("ur", "ذیابیطس ایک بیماری ہے", [("ذیابیطس", "diabetes mellitus"), ("بیماری", "disease")]),
        (
            "sw",
            "Ugonjwa wa kisukari na saratani",
            [("Ugonjwa wa kisukari", "diabetes mellitus"), ("saratani", "cancer")],
        ),
        (
            "tl",
            "Ang lagnat at ubo ay sintomas ng trangkaso",
            [("lagnat", "fever"), ("ubo", "cough"), ("trangkaso", "influenza")],
        ),
        (
            "ta",
            "நீரிழிவு மற்றும் புற்றுநோய்",
            [("நீரிழிவு", "diabetes mellitus"), ("புற்றுநோய்", "cancer")],
        ),
    ],
)
def test_the_core_health_words_of_languages_no_other_file_covered(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert named_entities(text, language) == expected


def test_a_language_s_own_term_leaves_another_file_s_guarded_term_as_it_was() -> None:
    """Tagalog writes "virus" as English does: the core file leaves the word to
    general_findings.jsonl, whose guards keep a computer virus out in every language."""
    assert named_entities("Ang virus ay kumakalat.", "tl") == [("virus", "virus")]
    assert named_entities("Run the virus scanner weekly.", "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stem and the language's case endings ("grybel" + "is", "antibiotik" + "us").
        ("Negydytas grybelis plinta.", [("grybelis", "fungus")]),
        ("Reikėjo vartoti antibiotikus.", [("antibiotikus", "anti-bacterial agents")]),
        ("slopinančius imunitetą", [("imunitetą", "immune system")]),
        # The feminine genitive "-ės" cut before a cognate's core ("onichomikozė", onychomycosis).
        ("veda link onichomikozės", [("onichomikozės", "onychomycosis")]),
    ],
)
def test_lithuanian_stems_take_their_case_endings(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert named_entities(text, "lt") == expected
