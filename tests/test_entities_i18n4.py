"""Entities of Finnish, Estonian, Croatian, Bosnian, Serbian, Slovenian, Slovak, Bulgarian,
Lithuanian, Latvian, Catalan, Icelandic and Albanian pages: the disease names of
bench/build_disease_names.py (a head and an organ, the common diseases' own names, vaccination
and the common symptoms), the case endings of rules/compounds.yaml `inflections` and the
Finnish and Estonian compound reading (`compound_words`). A sentence that names a disease,
symptom or vaccination yields it under its English canonical; look-alike everyday words (sick
leave, a hospital, a computer virus, a star sign, crayfish, a gold rush) yield none."""

from __future__ import annotations

import pytest

from .conftest import named_entities


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Finnish: compounds of an organ and a head, case forms (a stem that changes listed, an ending added to one that does not).
        (
            "fi",
            "Sydänsairaus ja keuhkosairaus ovat yleisiä, koronarokotuksen ja influenssarokotuksen ottaneita oli 70 prosenttia.",
            [
                ("Sydänsairaus", "heart disease"),
                ("keuhkosairaus", "lung diseases"),
                ("koronarokotuksen", "vaccination"),
                ("influenssarokotuksen", "vaccination"),
            ],
        ),
        (
            "fi",
            "Keuhkosyöpä on yleisin syövän muoto, ja rintasyöpään sairastuu moni.",
            [
                ("Keuhkosyöpä", "lung neoplasms"),
                ("syövän", "cancer"),
                ("rintasyöpään", "breast neoplasms"),
                ("sairastuu", "disease"),
            ],
        ),
        (
            "fi",
            "Influenssan ja koronan vuoksi tuhkarokkoepidemia jatkuu.",
            [
                ("Influenssan", "influenza"),
                ("koronan", "COVID-19"),
                ("tuhkarokkoepidemia", "measles"),
            ],
        ),
        (
            "fi",
            "Diabeteksen ja astmaan liittyvät kuume ja yskä sekä päänsärky.",
            [
                ("Diabeteksen", "diabetes mellitus"),
                ("astmaan", "asthma"),
                ("kuume", "fever"),
                ("yskä", "cough"),
                ("päänsärky", "headache"),
            ],
        ),
        (
            "fi",
            "Sydämen vajaatoiminta ja munuaisten vajaatoimintaa, masennuksesta kärsivät.",
            [
                ("Sydämen vajaatoiminta", "heart failure"),
                ("munuaisten vajaatoimintaa", "end-stage renal disease"),
                ("masennuksesta", "depression"),
            ],
        ),
        (
            "fi",
            "Keuhkokuumeen ja aivohalvauksen riski, korkea verenpaine ja lihavuus.",
            [
                ("Keuhkokuumeen", "pneumonia"),
                ("aivohalvauksen", "stroke"),
                ("korkea verenpaine", "hypertension"),
                ("lihavuus", "obesity"),
            ],
        ),
        # Estonian: compounds and case endings.
        (
            "et",
            "Kopsuvähk ja rinnavähi sõeluuring, südamehaigused ja gripp ning koroonasse nakatunud.",
            [
                ("Kopsuvähk", "lung neoplasms"),
                ("rinnavähi", "breast neoplasms"),
                ("südamehaigused", "heart disease"),
                ("gripp", "influenza"),
                ("koroonasse", "COVID-19"),
            ],
        ),
        (
            "et",
            "Südamepuudulikkus ja kopsupõletik, astmaga patsiendid, vaktsineerimine.",
            [
                ("Südamepuudulikkus", "heart failure"),
                ("kopsupõletik", "pneumonia"),
                ("astmaga", "asthma"),
                ("vaktsineerimine", "vaccination"),
            ],
        ),
        (
            "et",
            "Suhkruhaigus ja kõrge vererõhk, leetrid ja palavik.",
            [
                ("Suhkruhaigus", "diabetes mellitus"),
                ("kõrge vererõhk", "hypertension"),
                ("leetrid", "measles"),
                ("palavik", "fever"),
            ],
        ),
        # Croatian: the organ in the genitive, an adjective before the head, the cases.
        (
            "hr",
            "Srčana bolest i rak dojke, šećerna bolest i gripa, cijepljenje protiv gripe.",
            [
                ("Srčana bolest", "heart disease"),
                ("rak dojke", "breast neoplasms"),
                ("šećerna bolest", "diabetes mellitus"),
                ("gripa", "influenza"),
                ("cijepljenje", "vaccination"),
                ("gripe", "influenza"),
            ],
        ),
        (
            "hr",
            "Pretilost i visoki krvni tlak povećavaju rizik od moždanog udara, upala pluća.",
            [
                ("Pretilost", "obesity"),
                ("visoki krvni tlak", "hypertension"),
                ("moždanog udara", "stroke"),
                ("upala pluća", "pneumonia"),
            ],
        ),
        (
            "hr",
            "Broj oboljelih od raka raste, ospice i vodene kozice, cjepivo.",
            [
                ("oboljelih od raka", "cancer"),
                ("ospice", "measles"),
                ("vodene kozice", "chickenpox"),
                ("cjepivo", "vaccination"),
            ],
        ),
        # Serbian in Cyrillic and Latin letters.
        (
            "sr",
            "Срчана болест и рак дојке, шећерна болест и грип, вакцинација против грипа.",
            [
                ("Срчана болест", "heart disease"),
                ("рак дојке", "breast neoplasms"),
                ("шећерна болест", "diabetes mellitus"),
                ("грип", "influenza"),
                ("вакцинација", "vaccination"),
                ("грипа", "influenza"),
            ],
        ),
        (
            "sr",
            "Gojaznost i visok krvni pritisak, vakcinisani protiv gripa.",
            [
                ("Gojaznost", "obesity"),
                ("visok krvni pritisak", "hypertension"),
                ("vakcinisani", "vaccination"),
                ("gripa", "influenza"),
            ],
        ),
        # Bosnian (the Croatian and Serbian list).
        (
            "bs",
            "Infarkta srca je sve više, oboljelih od raka.",
            [("Infarkta srca", "myocardial infarction"), ("oboljelih od raka", "cancer")],
        ),
        # Slovenian.
        (
            "sl",
            "Sladkorna bolezen in rak dojke, srčno popuščanje, pljučnica in cepljenje proti gripi.",
            [
                ("Sladkorna bolezen", "diabetes mellitus"),
                ("rak dojke", "breast neoplasms"),
                ("srčno popuščanje", "heart failure"),
                ("pljučnica", "pneumonia"),
                ("cepljenje", "vaccination"),
                ("gripi", "influenza"),
            ],
        ),
        (
            "sl",
            "Možganska kap in ošpice, cepivo proti okužbi.",
            [
                ("Možganska kap", "stroke"),
                ("ošpice", "measles"),
                ("cepivo", "vaccination"),
                ("okužbi", "infection"),
            ],
        ),
        # Slovak: names of its own (Czech ones hold too).
        (
            "sk",
            "Rakovina pľúc a cukrovka, chrípka a očkovanie, srdcové zlyhanie.",
            [
                ("Rakovina pľúc", "lung neoplasms"),
                ("cukrovka", "diabetes mellitus"),
                ("chrípka", "influenza"),
                ("očkovanie", "vaccination"),
                ("srdcové zlyhanie", "heart failure"),
            ],
        ),
        (
            "sk",
            "Zápal pľúc a mozgová mŕtvica, horúčka a kašeľ.",
            [
                ("Zápal pľúc", "pneumonia"),
                ("mozgová mŕtvica", "stroke"),
                ("horúčka", "fever"),
                ("kašeľ", "cough"),
            ],
        ),
        # Bulgarian: the article glued to the noun.
        (
            "bg",
            "Захарен диабет и рак на гърдата, сърдечна недостатъчност, грипът и ваксината.",
            [
                ("Захарен диабет", "diabetes mellitus"),
                ("рак на гърдата", "breast neoplasms"),
                ("сърдечна недостатъчност", "heart failure"),
                ("грипът", "influenza"),
                ("ваксината", "vaccination"),
            ],
        ),
        (
            "bg",
            "Диабетът и пневмонията, инфарктите и инсултът.",
            [
                ("Диабетът", "diabetes mellitus"),
                ("пневмонията", "pneumonia"),
                ("инфарктите", "myocardial infarction"),
                ("инсултът", "stroke"),
            ],
        ),
        # Lithuanian: the genitive before the head.
        (
            "lt",
            "Plaučių vėžys ir cukrinis diabetas, gripo epidemija, skiepai nuo gripo.",
            [
                ("Plaučių vėžys", "lung neoplasms"),
                ("cukrinis diabetas", "diabetes mellitus"),
                ("gripo", "influenza"),
                ("skiepai", "vaccination"),
                ("gripo", "influenza"),
            ],
        ),
        (
            "lt",
            "Širdies ligos ir insultas, kosulys ir karščiavimas.",
            [
                ("Širdies ligos", "heart disease"),
                ("insultas", "stroke"),
                ("kosulys", "cough"),
                ("karščiavimas", "fever"),
            ],
        ),
        # Latvian.
        (
            "lv",
            "Plaušu vēzis un cukura diabēts, gripas epidēmija, vakcinācija pret gripu.",
            [
                ("Plaušu vēzis", "lung neoplasms"),
                ("cukura diabēts", "diabetes mellitus"),
                ("gripas", "influenza"),
                ("vakcinācija", "vaccination"),
                ("gripu", "influenza"),
            ],
        ),
        (
            "lv",
            "Sirds slimības un insults, klepus un galvassāpes.",
            [
                ("Sirds slimības", "heart disease"),
                ("insults", "stroke"),
                ("klepus", "cough"),
                ("galvassāpes", "headache"),
            ],
        ),
        # Catalan.
        (
            "ca",
            "Càncer de mama i malaltia cardíaca, la grip i el xarampió, vacunació.",
            [
                ("Càncer de mama", "breast neoplasms"),
                ("malaltia cardíaca", "heart disease"),
                ("grip", "influenza"),
                ("xarampió", "measles"),
                ("vacunació", "vaccination"),
            ],
        ),
        # Icelandic: compounds.
        (
            "is",
            "Lungnakrabbamein og hjartasjúkdómar, mislingar og bólusetning.",
            [
                ("Lungnakrabbamein", "lung neoplasms"),
                ("hjartasjúkdómar", "heart disease"),
                ("mislingar", "measles"),
                ("bólusetning", "vaccination"),
            ],
        ),
        (
            "is",
            "Lungnabólga og lifrarbólga, sykursýki og heilablóðfall.",
            [
                ("Lungnabólga", "pneumonia"),
                ("lifrarbólga", "hepatitis"),
                ("sykursýki", "diabetes mellitus"),
                ("heilablóðfall", "stroke"),
            ],
        ),
        # Albanian: the article before the organ.
        (
            "sq",
            "Kanceri i gjirit dhe sëmundjet e zemrës, gripi dhe fruthi, vaksinimi.",
            [
                ("Kanceri i gjirit", "breast neoplasms"),
                ("sëmundjet e zemrës", "heart disease"),
                ("gripi", "influenza"),
                ("fruthi", "measles"),
                ("vaksinimi", "vaccination"),
            ],
        ),
    ],
)
def test_a_health_term_of_these_languages_is_named(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert named_entities(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Finnish: sick leave, health insurance, a nurse, a hospital; a computer virus; a hectic
        # pace and a gold rush.
        ("fi", "Hän oli sairauslomalla, sairausvakuutus ja sairauspoissaolot kasvoivat."),
        ("fi", "Sairaanhoitaja soitti sairaalasta."),
        ("fi", "Tietokoneviruksen poistaminen ja tietokonevirukset."),
        ("fi", "Kuumeinen tahti ja kultakuume, pörssikurssit nousivat."),
        ("fi", "Hän maksaa laskun ja syö kiivia; rapukausi alkaa."),
        # Estonian: a hospital, sick days, the health insurance fund; crayfish and a star sign.
        ("et", "Haiglas oli palju inimesi; haiguspäevad ja haigekassa."),
        ("et", "Vähk on sodiaagimärk, vähid ja krabid."),
        # Croatian, Serbian, Slovenian, Bulgarian: election fever, a gold rush, a star sign,
        # crayfish.
        ("hr", "Zlatna groznica i predizborna groznica."),
        ("hr", "Horoskop: Rak i Lav danas imaju sreće; jeli smo rakove."),
        ("sr", "Предизборна грозница траје."),
        ("sl", "Poletna vročina in rak kot horoskopsko znamenje; kupili smo raka."),
        ("bg", "Предизборна треска, рак е зодия, раци и скариди."),
        # Lithuanian and Latvian: a gold rush, crayfish, a star sign, the city of Baku.
        ("lt", "Aukso karštligė, vėžys zodiako ženklas, vėžiai upėje."),
        ("lv", "Zelta drudzis, vēzis zodiaks, vēži upē, Baku pilsēta."),
        # Icelandic: at work, the crab of a horoscope.
        ("is", "Hann var í verki, krabbinn í stjörnuspá."),
        # The names hold on their own language's page only.
        ("en", "sydänsairaus, kopsuvähk, srčana bolest, zápal pľúc"),
        ("de", "Gripas, insults, kuume und astmaga"),
        ("it", "la grip e il refredat"),
    ],
)
def test_a_look_alike_everyday_word_is_no_entity(language: str, text: str) -> None:
    assert named_entities(text, language) == []


def test_endings_and_compounds_hold_on_their_own_language_s_page_only() -> None:
    assert named_entities("influenssan", "fi") == [("influenssan", "influenza")]
    assert named_entities("astmaga", "et") == [("astmaga", "asthma")]
    assert named_entities("диабетът", "bg") == [("диабетът", "diabetes mellitus")]
    assert named_entities("диабетът", "ru") == []
    assert named_entities("tuhkarokkoepidemia", "fi") == [("tuhkarokkoepidemia", "measles")]
    assert named_entities("tuhkarokkoepidemia", "sv") == []
