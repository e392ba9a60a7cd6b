"""Entities of Korean, Vietnamese, Russian, Turkish, Indonesian and Malay pages: the vocabulary
(rules/entities/*.jsonl, bench/build_disease_names.py) and the endings each language adds to a
noun (rules/compounds.yaml `inflections`: Korean particles, Turkish suffixes, Russian cases,
Indonesian and Malay "-nya"). A sentence that names a disease, symptom, drug, treatment, measure
or risk factor yields it under its English canonical; look-alike everyday words yield none."""

from __future__ import annotations

import pytest

from .conftest import named_entities


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Korean: a particle glued to the term is part of it.
        (
            "ko",
            "홍역은 예방접종으로 예방할 수 있습니다",
            [("홍역은", "measles"), ("예방접종으로", "vaccination")],
        ),
        (
            "ko",
            "폐렴이 악화되어 입원했다",
            [("폐렴이", "pneumonia"), ("입원했다", "hospitalization")],
        ),
        (
            "ko",
            "어지러움증, 저혈압, 피로 등의 부작용",
            [
                ("어지러움증", "dizziness"),
                ("저혈압", "hypotension"),
                ("피로", "fatigue"),
                ("부작용", "side effects"),
            ],
        ),
        (
            "ko",
            "당뇨병의 합병증과 고혈압으로 인한 뇌졸중",
            [
                ("당뇨병의", "diabetes mellitus"),
                ("고혈압으로", "hypertension"),
                ("뇌졸중", "stroke"),
            ],
        ),
        ("ko", "백신을 맞은 뒤 발열이 있었다", [("백신을", "vaccination"), ("발열이", "fever")]),
        ("ko", "암을 조기에 발견하면 치료할 수 있다", [("암을", "cancer")]),
        ("ko", "폐암 환자의 혈압", [("폐암", "lung neoplasms"), ("혈압", "blood pressure")]),
        # Vietnamese: syllables spaced, no inflection.
        ("vi", "thuốc điều trị huyết áp", [("thuốc điều trị huyết áp", "antihypertensive agents")]),
        (
            "vi",
            "Bệnh sởi có thể phòng ngừa bằng tiêm chủng",
            [("Bệnh sởi", "measles"), ("tiêm chủng", "vaccination")],
        ),
        (
            "vi",
            "ung thư phổi và bệnh tiểu đường",
            [("ung thư phổi", "lung neoplasms"), ("bệnh tiểu đường", "diabetes mellitus")],
        ),
        # Russian: the case forms.
        (
            "ru",
            "одна треть всех заболеваний раком предотвратима",
            [("заболеваний", "disease"), ("раком", "cancer")],
        ),
        (
            "ru",
            "больные гриппом и пневмонией",
            [("гриппом", "influenza"), ("пневмонией", "pneumonia")],
        ),
        (
            "ru",
            "рака лёгких и болезни сердца",
            [("рака лёгких", "lung neoplasms"), ("болезни сердца", "heart disease")],
        ),
        (
            "ru",
            "курение повышает уровень холестерина",
            [("курение", "smoking"), ("холестерина", "cholesterol")],
        ),
        # Turkish: case, possessive and "-li" suffixes; k -> ğ forms listed.
        ("tr", "astım hastalarında", [("astım", "asthma")]),
        ("tr", "akciğer kanserinin nedenleri", [("akciğer kanserinin", "lung neoplasms")]),
        ("tr", "kızamığa karşı aşılama", [("kızamığa", "measles"), ("aşılama", "vaccination")]),
        (
            "tr",
            "şeker hastalığının belirtileri",
            [("şeker hastalığının", "diabetes mellitus"), ("belirtileri", "symptoms")],
        ),
        ("tr", "diyabetli hastalar", [("diyabetli", "diabetes mellitus")]),
        # Indonesian and Malay: "-nya".
        (
            "id",
            "penyakit jantung koroner",
            [("penyakit jantung koroner", "coronary artery disease")],
        ),
        ("id", "kankernya sudah menyebar", [("kankernya", "cancer")]),
        ("id", "vaksinasi dan merokok", [("vaksinasi", "vaccination"), ("merokok", "smoking")]),
        (
            "ms",
            "demam denggi dan kencing manis",
            [("demam denggi", "dengue"), ("kencing manis", "diabetes mellitus")],
        ),
    ],
)
def test_a_health_term_of_these_languages_isnamed_entities(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert named_entities(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Korean: a term inside a longer word, a one-syllable organ alone, "위" (above).
        ("ko", "간염성 변화"),
        ("ko", "그는 간다"),
        ("ko", "위 목록을 참고하세요"),
        ("ko", "신장이 크다"),
        # Vietnamese "lao" (in "lao động", labour), "sốt" (a sauce).
        ("vi", "lao động nông thôn"),
        ("vi", "cá sốt cà chua"),
        # Russian: a prank, a piglet, crayfish.
        ("ru", "проказа и свинка на ферме"),
        ("ru", "раки в реке"),
        # Turkish: a fire, red hair.
        ("tr", "ateş yaktılar"),
        ("tr", "kızıl saçlı kız"),
        # Malay "pusing" (turn), Indonesian "-nya" on an everyday word.
        ("ms", "pusing ke kiri"),
        ("id", "bukunya di meja"),
        # Arabic "عدوى" and Hebrew "זיהום" are also a contagion and pollution: their bare forms
        # name no infection ("عدوى الربيع العربي", "זיהום אוויר").
        ("ar", "عدوى الربيع العربي وصلت الخرطوم"),
        ("he", "זיהום אוויר בעיר"),
        # The words restricted to their language are not names on an English page.
        ("en", "The rak was red and the zona was quiet"),
        ("en", "The barah and the maag"),
    ],
)
def test_a_look_alike_everyday_word_is_no_entity(language: str, text: str) -> None:
    assert named_entities(text, language) == []


def test_korean_takes_a_particle_and_russian_a_case_on_its_own_page_only() -> None:
    assert named_entities("홍역은", "ja") == []
    assert named_entities("диабета", "ru") == [("диабета", "diabetes mellitus")]
    # (Bulgarian glues its article, "диабета", "диабетът": test_entities_i18n4.py.)
    assert named_entities("диабета", "mk") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "Hij heeft op tijd antibiotica gehaald", [("antibiotica", "anti-bacterial agents")]),
        (
            "de",
            "Viele nehmen Antibiotika und Schmerzmittel",
            [("Antibiotika", "anti-bacterial agents"), ("Schmerzmittel", "analgesic")],
        ),
        (
            "fr",
            "les antidépresseurs et les statines",
            [("antidépresseurs", "antidepressive agents"), ("statines", "statin")],
        ),
        (
            "es",
            "El uso de antibióticos y corticoides",
            [("antibióticos", "anti-bacterial agents"), ("corticoides", "corticosteroid")],
        ),
        ("pl", "Lekarz przepisał antybiotyk", [("antybiotyk", "anti-bacterial agents")]),
    ],
)
def test_a_drug_class_of_a_western_european_language_isnamed_entities(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert named_entities(text, language) == expected


def test_a_drug_class_word_of_one_language_names_nothing_on_a_page_of_another() -> None:
    assert named_entities("The statine and the antibiotica", "en") == []
