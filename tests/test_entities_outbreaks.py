"""The words of an outbreak and of care (rules/entities/general_findings.jsonl, cjk_vocabulary.jsonl,
th_vocabulary.jsonl): an outbreak or an epidemic, its control (quarantine, isolation, contact tracing,
lockdown), transmission and contagion, and people falling ill, dying, admitted to hospital or
recovering. A sentence that speaks of them with no other signal yields the entity under its English
canonical, in its own language; the everyday sense of the same word (the outbreak of a war, an
e-mail's quarantine, a car's transmission, the economy's recovery) yields none."""

from __future__ import annotations

import pytest

from .conftest import named_entities


@pytest.mark.parametrize(
    ("language", "text", "mention", "canonical"),
    [
        # 1. outbreaks
        ("en", "A measles outbreak hit the school.", "outbreak", "outbreak"),
        ("en", "The epidemic killed thousands.", "epidemic", "epidemic"),
        ("en", "Cholera epidemics follow floods.", "epidemics", "epidemic"),
        ("en", "A cluster of cases was found at the plant.", "cluster of cases", "outbreak"),
        ("en", "A second wave of infections followed.", "wave of infections", "outbreak"),
        ("de", "Der Ausbruch betraf 40 Kinder.", "Ausbruch", "outbreak"),
        ("de", "Die Epidemie ist noch nicht überwunden.", "Epidemie", "epidemic"),
        ("fr", "L'épidémie progresse dans le nord.", "épidémie", "epidemic"),
        ("es", "Un brote de sarampión afectó a 30 niños.", "brote", "outbreak"),
        ("it", "Un focolaio in una casa di riposo.", "focolaio", "outbreak"),
        ("pt", "O surto atingiu 40 crianças.", "surto", "outbreak"),
        ("nl", "De uitbraak trof 40 kinderen.", "uitbraak", "outbreak"),
        ("sv", "Utbrottet av mässling växer.", "Utbrottet", "outbreak"),
        ("ru", "Вспышка кори охватила школу.", "Вспышка", "outbreak"),
        ("tr", "Salgın hızla yayıldı.", "Salgın", "epidemic"),
        ("hu", "A járvány gyorsan terjed.", "járvány", "epidemic"),
        ("ar", "تفشي الكوليرا في المدينة", "تفشي", "outbreak"),
        ("hi", "डेंगू का प्रकोप बढ़ रहा है।", "प्रकोप", "outbreak"),
        ("ms", "membendung penularan wabak tersebut", "wabak", "outbreak"),
        ("id", "Wabah ini menyerang anak-anak.", "Wabah", "outbreak"),
        ("vi", "Ổ dịch đã được khoanh vùng.", "Ổ dịch", "epidemic"),
        ("zh", "疫情持续蔓延。", "疫情", "epidemic"),
        ("ja", "病院で集団感染が発生した。", "集団感染", "outbreak"),
        ("ko", "요양병원에서 집단감염이 발생했다.", "집단감염이", "outbreak"),
        ("th", "การระบาดของโรคในจังหวัด", "การระบาด", "outbreak"),
        # 2. control measures
        ("en", "Travellers must quarantine for ten days.", "quarantine", "quarantine"),
        ("en", "Those who test positive should self-isolate.", "self-isolate", "isolation"),
        ("en", "Three patients remain in isolation.", "remain in isolation", "isolation"),
        ("en", "Contact tracing began at once.", "Contact tracing", "contact tracing"),
        ("en", "The lockdown slowed the epidemic.", "lockdown", "lockdown"),
        ("de", "Die Kontaktpersonen müssen in Quarantäne.", "Quarantäne", "quarantine"),
        (
            "de",
            "Die Kontaktnachverfolgung ist überlastet.",
            "Kontaktnachverfolgung",
            "contact tracing",
        ),
        (
            "fr",
            "Les contacts ont été placés en quarantaine.",
            "placés en quarantaine",
            "quarantine",
        ),
        ("es", "Pasaron la cuarentena en casa.", "cuarentena", "quarantine"),
        (
            "es",
            "Se recomienda el aislamiento domiciliario.",
            "aislamiento domiciliario",
            "isolation",
        ),
        ("it", "Sono in quarantena da lunedì.", "quarantena", "quarantine"),
        ("pl", "Cała klasa trafiła na kwarantannę.", "kwarantannę", "quarantine"),
        ("ru", "Школу закрыли на карантин.", "карантин", "quarantine"),
        ("tr", "Filyasyon ekipleri evleri ziyaret etti.", "Filyasyon", "contact tracing"),
        ("ms", "mengasing serta kuarantin mereka", "kuarantin", "quarantine"),
        ("id", "Pasien melakukan isolasi mandiri di rumah.", "isolasi mandiri", "isolation"),
        ("ar", "فرضت السلطات الحجر الصحي على القرية", "الحجر الصحي", "quarantine"),
        ("zh", "密切接触者已居家隔离。", "居家隔离", "quarantine"),
        ("ko", "확진자 가족은 자가격리 중이다.", "자가격리", "quarantine"),
        # 3. transmission and contagion
        (
            "en",
            "Transmission of the virus occurs through droplets.",
            "Transmission",
            "transmission",
        ),
        ("en", "The variant is highly contagious.", "contagious", "transmission"),
        ("en", "Masks slow the spread of the virus.", "spread of the virus", "transmission"),
        ("de", "Die Ansteckung erfolgt über Tröpfchen.", "Ansteckung", "transmission"),
        ("de", "Die Krankheit ist sehr ansteckend.", "ansteckend", "transmission"),
        ("es", "El contagio se produce por gotas.", "contagio", "transmission"),
        ("nl", "De kans op besmetting is klein.", "besmetting", "transmission"),
        ("pl", "Ryzyko zarażenia jest wysokie.", "zarażenia", "transmission"),
        ("ru", "Заражение происходит через воду.", "Заражение", "transmission"),
        ("tr", "Hastalık çok bulaşıcı.", "bulaşıcı", "transmission"),
        ("el", "Η μετάδοση του ιού γίνεται με σταγονίδια.", "μετάδοση", "transmission"),
        ("id", "Penularan terjadi melalui udara.", "Penularan", "transmission"),
        ("vi", "Bệnh lây truyền qua đường hô hấp.", "lây truyền", "transmission"),
        ("zh", "该病毒可以人传人。", "人传人", "transmission"),
        # 4. falling ill, dying, hospitalised, recovered
        (
            "de",
            "Ende Januar sind zwei Menschen in Westbengalen krank geworden.",
            "krank geworden",
            "disease",
        ),
        (
            "nl",
            "Dit jaar werden er al 93 in Nederland ziek, waarvan negentien mensen overleden.",
            "ziek",
            "disease",
        ),
        (
            "nl",
            "Dit jaar werden er al 93 in Nederland ziek, waarvan negentien mensen overleden.",
            "overleden",
            "death",
        ),
        ("ja", "危険な妊娠では、約3分の1の赤ちゃんが死亡し", "死亡", "death"),
        ("en", "The salad sickened 60 people.", "sickened", "disease"),
        ("pl", "W tym roku zachorowało 300 osób.", "zachorowało", "disease"),
        ("cs", "Letos onemocnělo 40 dětí.", "onemocnělo", "disease"),
        ("sk", "Ochorelo 20 ľudí.", "Ochorelo", "disease"),
        ("hi", "कई बच्चे बीमार पड़े।", "बीमार पड़े", "disease"),
        ("zh", "发病人数持续上升。", "发病", "disease"),
        ("sv", "Tre personer dog i sjukdomen.", "personer dog", "death"),
        ("ru", "Число умерших выросло.", "умерших", "death"),
        ("th", "ผู้ป่วยเสียชีวิต 3 ราย", "เสียชีวิต", "death"),
        ("en", "40 people were hospitalized.", "hospitalized", "hospitalization"),
        ("en", "Three remain in intensive care.", "in intensive care", "hospitalization"),
        (
            "de",
            "Zwei Kinder wurden ins Krankenhaus eingeliefert.",
            "ins Krankenhaus eingeliefert",
            "hospitalization",
        ),
        ("es", "Los pacientes fueron hospitalizados.", "hospitalizados", "hospitalization"),
        ("fr", "Douze personnes sont hospitalisées.", "hospitalisées", "hospitalization"),
        ("it", "Sono 12 i ricoverati in reparto.", "ricoverati", "hospitalization"),
        ("pt", "O surto deixou 40 internados.", "internados", "hospitalization"),
        ("ru", "Трое госпитализированы.", "госпитализированы", "hospitalization"),
        ("vi", "Hai người phải nhập viện.", "nhập viện", "hospitalization"),
        ("ko", "3명이 입원했고 2명이 완치됐다.", "입원했고", "hospitalization"),
        ("en", "Most patients recovered within a week.", "patients recovered", "recovery"),
        ("de", "Die meisten sind inzwischen genesen.", "genesen", "recovery"),
        ("fr", "Tous les patients sont guéris.", "guéris", "recovery"),
        ("it", "Sono 300 i guariti.", "guariti", "recovery"),
        ("id", "Sebanyak 40 pasien sembuh.", "pasien sembuh", "recovery"),
        ("zh", "患者已痊愈。", "痊愈", "recovery"),
    ],
)
def test_a_word_of_an_outbreak_or_of_care_is_named(
    language: str, text: str, mention: str, canonical: str
) -> None:
    assert (mention, canonical) in named_entities(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the outbreak of a war, of violence; a volcano, a prison break, a plant's shoots, a flash
        ("en", "The outbreak of war in 1914 changed everything."),
        ("en", "A sudden outbreak of violence shook the city."),
        ("en", "During the pandemic, we moved our shop online."),
        ("de", "Das mobile Reisen boomt in Zeiten der Pandemie."),
        ("es", "No se realizaron en 2020 por la pandemia."),
        ("de", "Der Ausbruch des Vulkans dauerte Tage."),
        ("de", "Der Ausbruch aus dem Gefängnis misslang."),
        ("de", "Der Vulkanausbruch dauerte Tage."),
        ("es", "Añade los brotes de soja al final."),
        ("es", "Un brote de violencia en la capital."),
        ("ru", "Вспышка камеры ослепила его."),
        ("sv", "Epidemiologin är ett eget ämne."),
        # an e-mail's or a program's quarantine, 'about forty', isolation of a physicist, a school lockdown
        ("en", "Move the file to quarantine."),
        ("en", "Defender quarantined the file."),
        ("en", "The house needs better sound isolation."),
        ("en", "Turn on Lockdown Mode on your iPhone."),
        ("en", "The school was placed on lockdown after the threat."),
        ("fr", "Une quarantaine de personnes étaient présentes."),
        ("de", "Die Datei wurde in Quarantäne verschoben."),
        # a car's, a radio's, a power line's transmission; a contagious laugh; financial contagion
        ("en", "The car has a six-speed manual transmission."),
        ("en", "Check the transmission fluid."),
        ("en", "Data transmission over the network is encrypted."),
        ("en", "Her laugh is contagious."),
        ("en", "The song has an infectious chorus."),
        ("en", "Financial contagion spread to Asia."),
        ("el", "ζωντανή μετάδοση του αγώνα"),
        ("de", "Ihr Lachen ist ansteckend."),
        ("he", "העתקה והדבקה של טקסט"),
        # sick of, an obituary, the economy's recovery, retrieving, a ball recovery
        ("en", "I was sickened by the news."),
        ("nl", "Ik word ziek van dat gezeur."),
        ("nl", "Overleden: Jan de Vries"),
        ("en", "The economy recovered quickly."),
        ("en", "Workers recovered the bodies from the river."),
        ("en", "He led the team in ball recoveries."),
        ("es", "Las bolsas se recuperaron tras la caída."),
    ],
)
def test_a_look_alike_everyday_sentence_names_no_outbreak_or_care(language: str, text: str) -> None:
    assert named_entities(text, language) == []


def test_a_word_of_one_language_is_not_read_in_another() -> None:
    # Malay 'kuarantin' and 'wabak' hold on Malay (and Indonesian) pages, not on English ones;
    # Portuguese 'internados' is Spanish boarding-school pupils.
    assert ("Wabak", "outbreak") in named_entities("Wabak itu merebak.", "ms")
    assert named_entities("Wabak itu merebak.", "en") == []
    assert named_entities("Los internados del colegio salieron.", "es") == []
