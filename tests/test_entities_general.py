"""The general words of a health finding (rules/entities/general_findings.jsonl, cjk_vocabulary.jsonl):
pathogens as a class, disease and illness as such, deaths and the infected, vaccinating and testing
people, symptoms and side effects. A sentence that names no specific disease or drug but one of
these yields it under its English canonical, in its own language; the everyday sense of the same
word (a computer virus, 'sick of', 'in this case', a product tested) yields none."""

from __future__ import annotations

import pytest

from .conftest import named_entities


@pytest.mark.parametrize(
    ("language", "text", "mention", "canonical"),
    [
        # 1. pathogens as a class
        ("en", "Plain soap removes germs.", "germs", "pathogen"),
        ("en", "These viruses spread in winter.", "viruses", "virus"),
        ("en", "Bacteria in the water made people ill.", "Bacteria", "bacteria"),
        ("en", "The parasites live in the gut.", "parasites", "parasite"),
        ("de", "Diese Tiere haben das Virus im Körper.", "Virus", "virus"),
        ("de", "Bakterien werden mit Seife entfernt.", "Bakterien", "bacteria"),
        ("fr", "Le savon élimine les bactéries.", "bactéries", "bacteria"),
        ("es", "Los gérmenes se propagan por el aire.", "gérmenes", "pathogen"),
        ("it", "I batteri resistono agli antibiotici.", "batteri", "bacteria"),
        ("pl", "Wirus szybko się rozprzestrzenia.", "Wirus", "virus"),
        ("ru", "Вирус передаётся воздушно-капельным путём.", "Вирус", "virus"),
        ("ar", "ينتقل الفيروس عبر الرذاذ", "الفيروس", "virus"),
        ("tr", "Virüs hızla yayılıyor.", "Virüs", "virus"),
        ("id", "Bakteri ini menyebabkan diare.", "Bakteri", "bacteria"),
        ("ja", "ウイルスは空気中で広がる。", "ウイルス", "virus"),
        ("zh", "病毒在空气中传播。", "病毒", "virus"),
        ("ko", "바이러스가 빠르게 퍼졌다.", "바이러스가", "virus"),
        # 2. disease and illness as such
        ("en", "Identifying sets of rare diseases is hard.", "diseases", "disease"),
        ("en", "Many workers fell ill after the meal.", "fell ill", "disease"),
        ("en", "Children who got sick stayed home.", "got sick", "disease"),
        ("de", "Die Krankheit verläuft meist mild.", "Krankheit", "disease"),
        ("fr", "Cette maladie touche les enfants.", "maladie", "disease"),
        ("es", "La enfermedad afecta a los niños.", "enfermedad", "disease"),
        ("pt", "A doença atinge os idosos.", "doença", "disease"),
        ("nl", "De ziekte komt vaak voor.", "ziekte", "disease"),
        ("sv", "Sjukdomen sprids snabbt.", "Sjukdomen", "disease"),
        ("ru", "Это заболевание встречается редко.", "заболевание", "disease"),
        ("hu", "A betegség gyorsan terjed.", "betegség", "disease"),
        ("ar", "هذا المرض نادر", "المرض", "disease"),
        ("hi", "यह बीमारी तेजी से फैलती है।", "बीमारी", "disease"),
        ("ja", "この病気は珍しい。", "病気", "disease"),
        # 3. deaths and the infected
        ("en", "The death toll rose to 40.", "death toll", "death"),
        ("en", "Thousands of people died in the outbreak.", "people died", "death"),
        ("en", "The number of new cases fell.", "new cases", "cases"),
        ("en", "Thousands were infected last year.", "were infected", "cases"),
        ("de", "1.600 sterben daran jedes Jahr.", "sterben daran", "death"),
        ("de", "Die Fallzahlen steigen wieder.", "Fallzahlen", "cases"),
        ("es", "Hay 300 casos confirmados en la región.", "casos confirmados", "cases"),
        ("fr", "On compte 40 nouveaux cas cette semaine.", "nouveaux cas", "cases"),
        ("id", "tambahan kasus harian tertinggi", "kasus harian", "cases"),
        ("ar", "نسبة الوفيات من إجمالي عدد المصابين", "إجمالي عدد المصابين", "cases"),
        ("ar", "سجلت الوزارة حالات إصابة جديدة", "حالات إصابة", "cases"),
        ("el", "Τα κρούσματα αυξήθηκαν χθες.", "κρούσματα", "cases"),
        ("pl", "Odnotowano 50 zgonów w regionie.", "zgonów", "death"),
        ("zh", "新增病例持续下降。", "新增病例", "cases"),
        ("ko", "확진자가 늘었다.", "확진자가", "cases"),
        # 4. vaccinating and testing people
        ("en", "We vaccinate children at age one.", "vaccinate", "vaccination"),
        ("en", "196 people tested positive.", "tested positive", "testing"),
        ("de", "Die Behörden haben 196 Personen getestet.", "Personen getestet", "testing"),
        ("de", "Alle Kinder sollen sich impfen lassen.", "impfen", "vaccination"),
        ("de", "Die Hälfte ist bereits geimpft.", "geimpft", "vaccination"),
        ("es", "Queremos vacunar a los mayores.", "vacunar", "vaccination"),
        ("fr", "Les soignants vaccinés sont protégés.", "vaccinés", "vaccination"),
        ("fr", "Trois élèves testés positifs restent chez eux.", "testés positifs", "testing"),
        ("it", "Gli anziani vaccinati sono protetti.", "vaccinati", "vaccination"),
        ("pt", "É importante vacinar as crianças.", "vacinar", "vaccination"),
        ("pl", "Warto zaszczepić dzieci.", "zaszczepić", "vaccination"),
        ("ru", "Половина жителей привиты.", "привиты", "vaccination"),
        ("nl", "Drie leerlingen zijn positief getest.", "positief getest", "testing"),
        # 5. symptoms and side effects
        ("en", "Most people have mild symptoms.", "symptoms", "symptoms"),
        ("en", "The side effects were mild.", "side effects", "side effects"),
        ("de", "Diese Tiere haben keine Symptome.", "Symptome", "symptoms"),
        ("es", "Los síntomas aparecen tras dos días.", "síntomas", "symptoms"),
        ("fr", "Les effets secondaires sont rares.", "effets secondaires", "side effects"),
        ("tr", "Yan etkiler genellikle hafiftir.", "Yan etkiler", "side effects"),
        ("ja", "症状は軽い。", "症状", "symptoms"),
    ],
)
def test_a_general_word_of_a_health_finding_is_named(
    language: str, text: str, mention: str, canonical: str
) -> None:
    assert (mention, canonical) in named_entities(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a computer virus, a bacteria-free product, the film
        ("en", "Install a good anti-virus program."),
        ("en", "A computer virus deleted the files."),
        ("en", "Run the virus scanner weekly."),
        ("en", "Parasite won the Oscar."),
        ("de", "Der Rechner-Virus wurde entfernt."),
        # 'sick of', an everyday 'ill', sick leave
        ("en", "I am sick of waiting."),
        ("en", "We are sick and tired of it."),
        ("en", "The plan was ill conceived."),
        ("en", "He was ill at ease."),
        ("en", "She is on sick leave this week."),
        # 'case' that is no count of the sick; deaths in a story
        ("en", "In this case the court ruled for the company."),
        ("en", "New cases of fraud were filed."),
        ("en", "The servers were infected with malware."),
        ("en", "I nearly died of laughter."),
        ("en", "the deaths of the characters in the show"),
        ("es", "En este caso la empresa pagó."),
        ("fr", "Dans ce cas, appelez-nous."),
        # a product tested, a test of character
        ("en", "It was a positive test of character."),
        ("de", "Das Gerät wurde ausgiebig getestet."),
        # a symptom of something else, side effects as a link
        ("en", "The delay is a symptom of a deeper problem."),
        ("en", "Read more about side effects"),
        ("en", "A happy side effect of the redesign was speed."),
        ("en", "The party is immunised against criticism."),
        # seen on general pages: anti-virus software, the film in quotes, ransomware, complaints,
        # sick leave, the deceased of an obituary, a powder that tested positive
        ("de", "Ich würde die Anti-Viren-Software immer wieder empfehlen."),
        ("en", "South Korean thriller “Parasite” was the upset winner."),
        ("en", "Once the victim is infected, the ransomware sends links to all contacts."),
        ("de", "Beschwerden über Preiserhöhungen sind an das Unternehmen zu richten."),
        ("fr", "Les arrêts maladie augmentent dans certaines branches."),
        ("de", "Die Namen von Verstorbenen werden in ein Trauerbuch eingetragen."),
        ("en", "The powder tested positive for the properties of cocaine."),
        ("de", "Ein Buch über die digitale Welt mit all ihren Risiken und Nebenwirkungen."),
    ],
)
def test_a_look_alike_everyday_sentence_names_no_health_finding(language: str, text: str) -> None:
    assert named_entities(text, language) == []


def test_a_word_of_one_language_is_not_read_in_another() -> None:
    # Indonesian 'dites' (tested) is French 'you say'; Swedish 'smittade' only in Swedish.
    assert ("dites", "testing") in named_entities("Semua warga dites minggu lalu.", "id")
    assert named_entities("Vous dites que tout va bien.", "fr") == []
    assert ("kuman", "pathogen") in named_entities("Sabun membunuh kuman.", "ms")
    assert named_entities("Sabun membunuh kuman.", "en") == []
