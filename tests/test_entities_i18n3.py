"""Entities of Ukrainian, Greek, Romanian, Hungarian, Hebrew, Arabic, Persian and Hindi pages: the vocabulary
(rules/entities/*.jsonl, bench/build_disease_names.py), the endings Romanian and Hungarian add to
a noun and the particles Hebrew and Arabic glue before one (rules/compounds.yaml `inflections`),
and Greek capitals written without accents. A sentence that names a disease, symptom, drug,
treatment, measure or risk factor yields it under its English canonical; look-alike everyday
words yield none."""

from __future__ import annotations

import pytest

from .conftest import named_entities


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Ukrainian: the case forms.
        ("uk", "грип може призвести до ускладнень", [("грип", "influenza")]),
        (
            "uk",
            "хворі на пневмонію та з ожирінням мають вищий артеріальний тиск",
            [
                ("пневмонію", "pneumonia"),
                ("ожирінням", "obesity"),
                ("артеріальний тиск", "blood pressure"),
            ],
        ),
        (
            "uk",
            "куріння підвищує ризик раку легень, а вакцинація знижує",
            [
                ("куріння", "smoking"),
                ("раку легень", "lung neoplasms"),
                ("вакцинація", "vaccination"),
            ],
        ),
        (
            "uk",
            "цукровим діабетом і грипом",
            [("цукровим діабетом", "diabetes mellitus"), ("грипом", "influenza")],
        ),
        ("uk", "у дитини лихоманка і нудота", [("лихоманка", "fever"), ("нудота", "nausea")]),
        # Greek: cases, and capitals without accents.
        (
            "el",
            "ο διαβήτης τύπου 2 και η υπέρταση",
            [("διαβήτης τύπου 2", "type 2 diabetes"), ("υπέρταση", "hypertension")],
        ),
        (
            "el",
            "ο εμβολιασμός κατά της γρίπης μειώνει τη θνησιμότητα",
            [
                ("εμβολιασμός", "vaccination"),
                ("γρίπης", "influenza"),
                ("θνησιμότητα", "mortality"),
            ],
        ),
        ("el", "οι ασθενείς με διαβήτη", [("διαβήτη", "diabetes mellitus")]),
        (
            "el",
            "ΚΑΡΚΙΝΟΣ ΤΟΥ ΠΝΕΥΜΟΝΑ ΚΑΙ ΚΑΠΝΙΣΜΑ",
            [("ΚΑΡΚΙΝΟΣ ΤΟΥ ΠΝΕΥΜΟΝΑ", "lung neoplasms"), ("ΚΑΠΝΙΣΜΑ", "smoking")],
        ),
        # Romanian: the article and the genitive.
        (
            "ro",
            "boala cardiacă este principala cauză de deces, iar fumatul crește riscul",
            [("boala cardiacă", "heart disease"), ("deces", "death"), ("fumatul", "smoking")],
        ),
        (
            "ro",
            "vaccinarea împotriva gripei reduce mortalitatea",
            [
                ("vaccinarea", "vaccination"),
                ("gripei", "influenza"),
                ("mortalitatea", "mortality"),
            ],
        ),
        (
            "ro",
            "diabetul și cancerul pulmonar",
            [("diabetul", "diabetes mellitus"), ("cancerul pulmonar", "lung neoplasms")],
        ),
        # Hungarian: suffixes, the lengthened stem, compounds.
        (
            "hu",
            "a cukorbetegség kockázata nő a dohányzás és az elhízás miatt",
            [
                ("cukorbetegség", "diabetes mellitus"),
                ("dohányzás", "smoking"),
                ("elhízás", "obesity"),
            ],
        ),
        (
            "hu",
            "cukorbetegségben és influenzában szenvedők, cukorbetegséggel élők",
            [
                ("cukorbetegségben", "diabetes mellitus"),
                ("influenzában", "influenza"),
                ("cukorbetegséggel", "diabetes mellitus"),
            ],
        ),
        ("hu", "a rákot korán kell felismerni", [("rákot", "cancer")]),
        ("hu", "a tüdőrákban szenvedők", [("tüdőrákban", "lung neoplasms")]),
        # Hebrew: particles glued before the term.
        (
            "he",
            "סוכרת ויתר לחץ דם מגבירים את הסיכון למחלות לב",
            [
                ("סוכרת", "diabetes mellitus"),
                ("ויתר לחץ דם", "hypertension"),
                ("למחלות לב", "heart disease"),
            ],
        ),
        (
            "he",
            "החיסון נגד שפעת מפחית תמותה",
            [("החיסון", "vaccination"), ("שפעת", "influenza"), ("תמותה", "mortality")],
        ),
        (
            "he",
            "העישון גורם לסרטן הריאות",
            [("העישון", "smoking"), ("לסרטן הריאות", "lung neoplasms")],
        ),
        # Arabic: the article and particles, the hamza seat written or not.
        (
            "ar",
            "مرض السكري وارتفاع ضغط الدم من عوامل خطر أمراض القلب",
            [
                ("مرض السكري", "diabetes mellitus"),
                ("وارتفاع ضغط الدم", "hypertension"),
                ("أمراض القلب", "heart disease"),
            ],
        ),
        (
            "ar",
            "التدخين يسبب سرطان الرئة والتطعيم ضد الانفلونزا",
            [
                ("التدخين", "smoking"),
                ("سرطان الرئة", "lung neoplasms"),
                ("والتطعيم", "vaccination"),
                ("الانفلونزا", "influenza"),
            ],
        ),
        (
            "ar",
            "يعاني المريض من الحمى والسعال وضيق التنفس",
            [("الحمى", "fever"), ("والسعال", "cough"), ("وضيق التنفس", "dyspnea")],
        ),
        ("ar", "الوقاية من السرطان وللسرطان", [("السرطان", "cancer"), ("وللسرطان", "cancer")]),
        # Persian and Hindi.
        (
            "fa",
            "دیابت نوع ۲ و فشار خون بالا خطر سکته قلبی را افزایش می‌دهد",
            [
                ("دیابت نوع ۲", "type 2 diabetes"),
                ("فشار خون بالا", "hypertension"),
                ("سکته قلبی", "myocardial infarction"),
            ],
        ),
        (
            "fa",
            "سرطان سینه و واکسن آنفلوآنزا",
            [
                ("سرطان سینه", "breast neoplasms"),
                ("واکسن", "vaccination"),
                ("آنفلوآنزا", "influenza"),
            ],
        ),
        (
            "hi",
            "मधुमेह और उच्च रक्तचाप से दिल का दौरा पड़ने का खतरा",
            [
                ("मधुमेह", "diabetes mellitus"),
                ("उच्च रक्तचाप", "hypertension"),
                ("दिल का दौरा", "myocardial infarction"),
            ],
        ),
        (
            "hi",
            "फेफड़ों का कैंसर धूम्रपान से होता है और टीकाकरण जरूरी है",
            [
                ("फेफड़ों का कैंसर", "lung neoplasms"),
                ("धूम्रपान", "smoking"),
                ("टीकाकरण", "vaccination"),
            ],
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
        # Ukrainian: an air-raid alarm, bark, a tale.
        ("uk", "повітряна тривога триває"),
        ("uk", "я купив кору дерева"),
        ("ru", "бабушка рассказала сказ"),
        # Greek: the dissolution of parliament.
        ("el", "η διάλυση της βουλής"),
        # Romanian: political tension, a pulse of the city.
        ("ro", "tensiunea politică a crescut"),
        # Hungarian: fire fighting, shopping fever's filter, a crab on another language's page.
        ("hu", "a tűzoltás és a szűrés"),
        ("en", "rák and influenzában"),
        # Hebrew: again, horseradish, soil, knocking.
        ("he", "הוא חזר שנית הביתה עם חזרת"),
        ("he", "אדמת חמרה והוא דופק בדלת"),
        # Arabic: sugar, drought, a roundabout.
        ("ar", "أضاف السكر إلى الشاي في موسم الجفاف"),
        ("ar", "عند الدوار الكبير"),
        # Persian: inflation (Arabic "تورم", swelling).
        ("fa", "نرخ تورم در ایران افزایش یافت"),
        # Romanian names hold on Romanian pages only.
        ("it", "la gripa e il fumat"),
    ],
)
def test_a_look_alike_everyday_word_is_no_entity(language: str, text: str) -> None:
    assert named_entities(text, language) == []


def test_particles_and_endings_hold_on_their_own_language_s_page_only() -> None:
    assert named_entities("והסוכרת", "he") == [("והסוכרת", "diabetes mellitus")]
    assert named_entities("والسكري", "ar") == [("والسكري", "diabetes mellitus")]
    assert named_entities("והסוכרת", "yi") == []
    assert named_entities("cancerului pulmonar", "ro") == [
        ("cancerului pulmonar", "lung neoplasms")
    ]
    assert named_entities("cukorbetegségben", "hu") == [("cukorbetegségben", "diabetes mellitus")]
    assert named_entities("cukorbetegségben", "fi") == []
