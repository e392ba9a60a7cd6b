"""Write rules/entities/disease_i18n.jsonl: disease names of es/fr/it/pt/nl/de/sv/da/nb/cs/pl/ko/vi/ru/tr/id/ms/uk/el/ro/hu/he/ar/fa/hi
and fi/et/hr/bs/sr/sl/sk/bg/lt/lv/ca/is/sq composed by shape.

usage: python bench/build_disease_names.py [RULES_DIR]   (default: rules/)

A disease named after an organ is a head noun and the organ, in every language: "cáncer de
mama", "cancer du sein", "tumore al seno", "câncer de mama", "borstkanker", "Brustkrebs" are
"breast cancer"; "insuficiencia renal", "nierfalen", "Nierenversagen" are "kidney failure";
"longontsteking", "Lungenentzündung" are "pneumonia". Swedish, Danish and Norwegian compound
like Dutch and German ("bröstcancer", "brystkræft", "lungebetennelse"); Czech and Polish put
the organ in the genitive after the head or make it an adjective ("rakovina prsu", "rak
piersi", "srdeční selhání", "niewydolność nerek"); Korean glues the head to the organ ("폐암"),
Vietnamese, Indonesian and Malay put the organ after the head ("ung thư phổi", "kanker
paru-paru"), Russian in the genitive after it ("рак лёгких"), Turkish before it, the head with
its possessive ending ("akciğer kanseri"); Ukrainian and Greek put the organ in the genitive
after the head ("рак легень", "καρκίνος του πνεύμονα"), Romanian an adjective or complement
("cancer pulmonar", "boală cardiacă"), Hungarian glues it before the head ("tüdőrák"), Hebrew and
Arabic write head and organ in the construct state ("סרטן השד", "سرطان الثدي"). The tables below hold the organs (the
complement and adjective forms of each language, the Dutch, German and Scandinavian compound
prefixes, the Czech and Polish genitives and adjectives) and the head nouns; every combination is written as a literal pattern under the id the English
vocabulary (disease.jsonl, then disease_vocabulary.jsonl) gives the English name, or, where it
has none, under the English name itself, so that the same disease has one canonical in every
language. A name the hand-made list already has is left to it.

Edit the tables, run this, then `ingest rules check`.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

R = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "rules"

# English head nouns: the first form is the canonical's, the others are tried in the vocabulary.
HEADS_EN = {
    "cancer": ["cancer", "cancers", "neoplasms", "carcinoma"],
    "tumor": ["tumor", "tumour", "neoplasms"],
    "disease": ["disease", "diseases", "disorder"],
    "failure": ["failure", "insufficiency"],
    "infection": ["infection", "infections"],
}

# Organs. en: English prefixes, tried in order ("kidney", "renal"); itis: the English name of its
# inflammation, where there is one word for it. Romance forms: `of` complements as written after
# the head ("de mama", "del pulmón"), `adj` adjectives (masculine, feminine). nl/de: compound
# prefixes ("borst" + "kanker", "Brust" + "krebs").
ORGANS: list[dict[str, object]] = [
    {
        "en": ["breast"],
        "es": {"of": ["de mama", "de la mama", "de seno"], "adj": [("mamario", "mamaria")]},
        "fr": {"of": ["du sein"], "adj": [("mammaire", "mammaire")]},
        "it": {
            "of": ["al seno", "della mammella", "alla mammella", "del seno"],
            "adj": [("mammario", "mammaria")],
        },
        "pt": {"of": ["de mama", "da mama"], "adj": [("mamário", "mamária")]},
        "nl": ["borst"],
        "de": ["brust"],
        "itis": "mastitis",
    },
    {
        "en": ["lung", "pulmonary"],
        "es": {"of": ["de pulmón", "del pulmón"], "adj": [("pulmonar", "pulmonar")]},
        "fr": {"of": ["du poumon", "des poumons"], "adj": [("pulmonaire", "pulmonaire")]},
        "it": {
            "of": ["al polmone", "del polmone", "ai polmoni", "dei polmoni"],
            "adj": [("polmonare", "polmonare")],
        },
        "pt": {"of": ["de pulmão", "do pulmão"], "adj": [("pulmonar", "pulmonar")]},
        "nl": ["long"],
        "de": ["lungen"],
        "itis": "pneumonia",
    },
    {
        "en": ["liver", "hepatic"],
        "es": {"of": ["de hígado", "del hígado"], "adj": [("hepático", "hepática")]},
        "fr": {"of": ["du foie"], "adj": [("hépatique", "hépatique")]},
        "it": {"of": ["al fegato", "del fegato"], "adj": [("epatico", "epatica")]},
        "pt": {"of": ["de fígado", "do fígado"], "adj": [("hepático", "hepática")]},
        "nl": ["lever"],
        "de": ["leber"],
        "itis": "hepatitis",
    },
    {
        "en": ["kidney", "renal"],
        "es": {"of": ["de riñón", "del riñón", "de los riñones"], "adj": [("renal", "renal")]},
        "fr": {"of": ["du rein", "des reins"], "adj": [("rénal", "rénale")]},
        "it": {"of": ["al rene", "del rene", "ai reni", "dei reni"], "adj": [("renale", "renale")]},
        "pt": {"of": ["de rim", "do rim", "dos rins"], "adj": [("renal", "renal")]},
        "nl": ["nier"],
        "de": ["nieren"],
        "itis": "nephritis",
    },
    {
        "en": ["heart", "cardiac"],
        "es": {"of": ["del corazón"], "adj": [("cardíaco", "cardíaca"), ("cardiaco", "cardiaca")]},
        "fr": {"of": ["du cœur", "du coeur"], "adj": [("cardiaque", "cardiaque")]},
        "it": {"of": ["al cuore", "del cuore"], "adj": [("cardiaco", "cardiaca")]},
        "pt": {"of": ["do coração"], "adj": [("cardíaco", "cardíaca")]},
        "nl": ["hart"],
        "de": ["herz"],
        "itis": "carditis",
    },
    {
        "en": ["prostate"],
        "es": {"of": ["de próstata", "de la próstata"], "adj": [("prostático", "prostática")]},
        "fr": {"of": ["de la prostate"], "adj": [("prostatique", "prostatique")]},
        "it": {"of": ["alla prostata", "della prostata"], "adj": [("prostatico", "prostatica")]},
        "pt": {"of": ["de próstata", "da próstata"], "adj": [("prostático", "prostática")]},
        "nl": ["prostaat"],
        "de": ["prostata"],
        "itis": "prostatitis",
    },
    {
        "en": ["colorectal"],
        "es": {"of": [], "adj": [("colorrectal", "colorrectal")]},
        "fr": {"of": [], "adj": [("colorectal", "colorectale")]},
        "it": {
            "of": ["al colon-retto", "del colon-retto"],
            "adj": [("colorettale", "colorettale")],
        },
        "pt": {"of": [], "adj": [("colorretal", "colorretal"), ("colo-rectal", "colo-rectal")]},
        "nl": ["dikkedarm"],
        "de": ["dickdarm"],
    },
    {
        "en": ["colon"],
        "es": {"of": ["de colon", "del colon"], "adj": []},
        "fr": {"of": ["du côlon", "du colon"], "adj": []},
        "it": {"of": ["al colon", "del colon"], "adj": []},
        "pt": {"of": ["de cólon", "do cólon", "de colo", "do colo"], "adj": []},
        "nl": [],
        "de": [],
        "itis": "colitis",
    },
    {
        "en": ["bowel", "intestinal"],
        "es": {"of": ["de intestino", "del intestino"], "adj": [("intestinal", "intestinal")]},
        "fr": {"of": ["de l'intestin", "de l’intestin"], "adj": [("intestinal", "intestinale")]},
        "it": {
            "of": ["all'intestino", "dell'intestino", "all’intestino", "dell’intestino"],
            "adj": [("intestinale", "intestinale")],
        },
        "pt": {"of": ["do intestino"], "adj": [("intestinal", "intestinal")]},
        "nl": ["darm"],
        "de": ["darm"],
        "itis": "enteritis",
    },
    {
        "en": ["skin"],
        "es": {"of": ["de piel", "de la piel"], "adj": [("cutáneo", "cutánea")]},
        "fr": {"of": ["de la peau"], "adj": [("cutané", "cutanée")]},
        "it": {"of": ["alla pelle", "della pelle"], "adj": [("cutaneo", "cutanea")]},
        "pt": {"of": ["de pele", "da pele"], "adj": [("cutâneo", "cutânea")]},
        "nl": ["huid"],
        "de": ["haut"],
        "itis": "dermatitis",
    },
    {
        "en": ["pancreatic", "pancreas"],
        "es": {"of": ["de páncreas", "del páncreas"], "adj": [("pancreático", "pancreática")]},
        "fr": {"of": ["du pancréas"], "adj": [("pancréatique", "pancréatique")]},
        "it": {"of": ["al pancreas", "del pancreas"], "adj": [("pancreatico", "pancreatica")]},
        "pt": {"of": ["de pâncreas", "do pâncreas"], "adj": [("pancreático", "pancreática")]},
        "nl": ["alvleesklier"],
        "de": ["bauchspeicheldrüsen"],
        "itis": "pancreatitis",
    },
    {
        "en": ["stomach", "gastric"],
        "es": {"of": ["de estómago", "del estómago"], "adj": [("gástrico", "gástrica")]},
        "fr": {"of": ["de l'estomac", "de l’estomac"], "adj": [("gastrique", "gastrique")]},
        "it": {"of": ["allo stomaco", "dello stomaco"], "adj": [("gastrico", "gastrica")]},
        "pt": {"of": ["de estômago", "do estômago"], "adj": [("gástrico", "gástrica")]},
        "nl": ["maag"],
        "de": ["magen"],
        "itis": "gastritis",
    },
    {
        "en": ["bladder"],
        "es": {"of": ["de vejiga", "de la vejiga"], "adj": []},
        "fr": {"of": ["de la vessie"], "adj": []},
        "it": {"of": ["alla vescica", "della vescica"], "adj": []},
        "pt": {"of": ["de bexiga", "da bexiga"], "adj": []},
        "nl": ["blaas"],
        "de": ["blasen", "harnblasen"],
        "itis": "cystitis",
    },
    {
        "en": ["ovarian"],
        "es": {"of": ["de ovario", "del ovario", "de ovarios"], "adj": [("ovárico", "ovárica")]},
        "fr": {"of": ["de l'ovaire", "de l’ovaire", "des ovaires"], "adj": []},
        "it": {
            "of": ["alle ovaie", "dell'ovaio", "dell’ovaio", "ovarico"],
            "adj": [("ovarico", "ovarica")],
        },
        "pt": {"of": ["de ovário", "do ovário"], "adj": [("ovárico", "ovárica")]},
        "nl": ["eierstok"],
        "de": ["eierstock"],
    },
    {
        "en": ["cervical"],
        "es": {
            "of": ["de cuello uterino", "del cuello uterino", "de cérvix", "de cuello de útero"],
            "adj": [("cervicouterino", "cervicouterina")],
        },
        "fr": {"of": ["du col de l'utérus", "du col de l’utérus", "du col utérin"], "adj": []},
        "it": {
            "of": [
                "alla cervice",
                "della cervice uterina",
                "al collo dell'utero",
                "al collo dell’utero",
                "del collo dell'utero",
                "del collo dell’utero",
            ],
            "adj": [],
        },
        "pt": {
            "of": ["de colo do útero", "do colo do útero", "de colo uterino", "do colo uterino"],
            "adj": [],
        },
        "nl": ["baarmoederhals"],
        "de": ["gebärmutterhals"],
    },
    {
        "en": ["uterine", "endometrial"],
        "es": {
            "of": ["de útero", "del útero", "de endometrio", "del endometrio"],
            "adj": [("uterino", "uterina")],
        },
        "fr": {"of": ["de l'utérus", "de l’utérus", "de l'endomètre", "de l’endomètre"], "adj": []},
        "it": {
            "of": [
                "all'utero",
                "dell'utero",
                "all’utero",
                "dell’utero",
                "dell'endometrio",
                "dell’endometrio",
            ],
            "adj": [],
        },
        "pt": {
            "of": ["de útero", "do útero", "de endométrio", "do endométrio"],
            "adj": [("uterino", "uterina")],
        },
        "nl": ["baarmoeder", "baarmoederslijmvlies"],
        "de": ["gebärmutter", "gebärmutterschleimhaut"],
    },
    {
        "en": ["thyroid"],
        "es": {
            "of": ["de tiroides", "de la tiroides", "de la glándula tiroides"],
            "adj": [("tiroideo", "tiroidea")],
        },
        "fr": {"of": ["de la thyroïde"], "adj": [("thyroïdien", "thyroïdienne")]},
        "it": {"of": ["alla tiroide", "della tiroide"], "adj": [("tiroideo", "tiroidea")]},
        "pt": {
            "of": ["de tireoide", "da tireoide", "de tiroide", "da tiroide", "da tireóide"],
            "adj": [("tireoidiano", "tireoidiana")],
        },
        "nl": ["schildklier"],
        "de": ["schilddrüsen"],
        "itis": "thyroiditis",
    },
    {
        "en": ["brain"],
        "es": {"of": ["de cerebro", "del cerebro"], "adj": [("cerebral", "cerebral")]},
        "fr": {"of": ["du cerveau"], "adj": [("cérébral", "cérébrale")]},
        "it": {"of": ["al cervello", "del cervello"], "adj": [("cerebrale", "cerebrale")]},
        "pt": {"of": ["de cérebro", "do cérebro"], "adj": [("cerebral", "cerebral")]},
        "nl": ["hersen"],
        "de": ["hirn", "gehirn"],
        "itis": "encephalitis",
    },
    {
        "en": ["bone"],
        "es": {"of": ["de hueso", "de huesos", "de los huesos"], "adj": [("óseo", "ósea")]},
        "fr": {"of": ["des os"], "adj": [("osseux", "osseuse")]},
        "it": {
            "of": ["alle ossa", "delle ossa", "all'osso", "dell'osso"],
            "adj": [("osseo", "ossea")],
        },
        "pt": {"of": ["de osso", "dos ossos", "ósseo"], "adj": [("ósseo", "óssea")]},
        "nl": ["bot"],
        "de": ["knochen"],
        "itis": "osteomyelitis",
    },
    {
        "en": ["blood"],
        "es": {"of": ["de sangre", "de la sangre"], "adj": []},
        "fr": {"of": ["du sang"], "adj": []},
        "it": {"of": ["del sangue"], "adj": []},
        "pt": {"of": ["do sangue"], "adj": []},
        "nl": ["bloed"],
        "de": ["blut"],
    },
    {
        "en": ["esophageal", "oesophageal"],
        "es": {"of": ["de esófago", "del esófago"], "adj": [("esofágico", "esofágica")]},
        "fr": {
            "of": ["de l'œsophage", "de l’œsophage", "de l'oesophage", "de l’oesophage"],
            "adj": [],
        },
        "it": {"of": ["all'esofago", "dell'esofago", "all’esofago", "dell’esofago"], "adj": []},
        "pt": {"of": ["de esôfago", "do esôfago", "de esófago", "do esófago"], "adj": []},
        "nl": ["slokdarm"],
        "de": ["speiseröhren"],
        "itis": "esophagitis",
    },
    {
        "en": ["rectal"],
        "es": {"of": ["de recto", "del recto"], "adj": []},
        "fr": {"of": ["du rectum"], "adj": []},
        "it": {"of": ["al retto", "del retto"], "adj": []},
        "pt": {"of": ["de reto", "do reto", "do recto"], "adj": []},
        "nl": ["endeldarm"],
        "de": ["enddarm", "mastdarm"],
    },
    {
        "en": ["oral", "mouth"],
        "es": {"of": ["de boca", "de la boca"], "adj": [("oral", "oral")]},
        "fr": {"of": ["de la bouche"], "adj": [("buccal", "buccale")]},
        "it": {"of": ["alla bocca", "della bocca"], "adj": [("orale", "orale")]},
        "pt": {"of": ["de boca", "da boca"], "adj": [("oral", "oral")]},
        "nl": ["mond"],
        "de": ["mund"],
        "itis": "stomatitis",
    },
    {
        "en": ["testicular"],
        "es": {"of": ["de testículo", "de testículos"], "adj": []},
        "fr": {"of": ["du testicule", "des testicules"], "adj": []},
        "it": {"of": ["al testicolo", "del testicolo", "ai testicoli"], "adj": []},
        "pt": {"of": ["de testículo", "do testículo"], "adj": []},
        "nl": ["zaadbal", "teelbal"],
        "de": ["hoden"],
    },
    {
        "en": ["eye"],
        "es": {"of": ["de ojo", "del ojo", "de los ojos"], "adj": [("ocular", "ocular")]},
        "fr": {"of": ["de l'œil", "de l’œil", "des yeux"], "adj": [("oculaire", "oculaire")]},
        "it": {
            "of": ["all'occhio", "dell'occhio", "all’occhio", "dell’occhio", "agli occhi"],
            "adj": [("oculare", "oculare")],
        },
        "pt": {"of": ["de olho", "do olho", "dos olhos"], "adj": [("ocular", "ocular")]},
        "nl": ["oog"],
        "de": ["augen"],
    },
    {
        "en": ["joint"],
        "es": {"of": ["de las articulaciones"], "adj": [("articular", "articular")]},
        "fr": {"of": ["des articulations"], "adj": [("articulaire", "articulaire")]},
        "it": {"of": ["delle articolazioni"], "adj": [("articolare", "articolare")]},
        "pt": {"of": ["das articulações"], "adj": [("articular", "articular")]},
        "nl": ["gewricht", "gewrichts"],
        "de": ["gelenk"],
        "itis": "arthritis",
    },
    {
        "en": ["gum", "periodontal"],
        "es": {"of": ["de las encías"], "adj": [("periodontal", "periodontal")]},
        "fr": {"of": ["des gencives"], "adj": [("parodontal", "parodontale")]},
        "it": {"of": ["delle gengive"], "adj": [("parodontale", "parodontale")]},
        "pt": {"of": ["das gengivas"], "adj": [("periodontal", "periodontal")]},
        "nl": ["tandvlees"],
        "de": ["zahnfleisch"],
        "itis": "gingivitis",
    },
    {
        "en": ["respiratory", "respiratory tract"],
        "es": {"of": ["de las vías respiratorias"], "adj": [("respiratorio", "respiratoria")]},
        "fr": {"of": ["des voies respiratoires"], "adj": [("respiratoire", "respiratoire")]},
        "it": {"of": ["delle vie respiratorie"], "adj": [("respiratorio", "respiratoria")]},
        "pt": {
            "of": ["das vias respiratórias", "do trato respiratório"],
            "adj": [("respiratório", "respiratória")],
        },
        "nl": ["luchtweg", "luchtwegen"],
        "de": ["atemwegs"],
    },
    {
        "en": ["urinary tract"],
        "es": {
            "of": ["de las vías urinarias", "del tracto urinario"],
            "adj": [("urinario", "urinaria")],
        },
        "fr": {"of": ["des voies urinaires"], "adj": [("urinaire", "urinaire")]},
        "it": {
            "of": ["delle vie urinarie", "del tratto urinario"],
            "adj": [("urinario", "urinaria")],
        },
        "pt": {
            "of": ["do trato urinário", "das vias urinárias"],
            "adj": [("urinário", "urinária")],
        },
        "nl": ["urineweg", "urinewegen"],
        "de": ["harnwegs"],
    },
    {
        "en": ["ear"],
        "es": {"of": ["de oído", "del oído"], "adj": []},
        "fr": {"of": ["de l'oreille", "de l’oreille"], "adj": []},
        "it": {"of": ["all'orecchio", "dell'orecchio", "all’orecchio", "dell’orecchio"], "adj": []},
        "pt": {"of": ["de ouvido", "do ouvido"], "adj": []},
        "nl": ["oor", "middenoor"],
        "de": ["ohr", "mittelohr"],
        "itis": "otitis",
    },
    {
        "en": ["throat"],
        "es": {"of": ["de garganta", "de la garganta"], "adj": []},
        "fr": {"of": ["de la gorge"], "adj": []},
        "it": {"of": ["alla gola", "della gola"], "adj": []},
        "pt": {"of": ["de garganta", "da garganta"], "adj": []},
        "nl": ["keel"],
        "de": ["hals", "rachen"],
        "itis": "pharyngitis",
    },
    {
        "en": ["meninges"],
        "es": {"of": [], "adj": []},
        "fr": {"of": [], "adj": []},
        "it": {"of": [], "adj": []},
        "pt": {"of": [], "adj": []},
        "nl": ["hersenvlies"],
        "de": ["hirnhaut"],
        "itis": "meningitis",
    },
    {
        "en": ["appendix"],
        "es": {"of": [], "adj": []},
        "fr": {"of": [], "adj": []},
        "it": {"of": [], "adj": []},
        "pt": {"of": [], "adj": []},
        "nl": ["blindedarm"],
        "de": ["blinddarm"],
        "itis": "appendicitis",
    },
    {
        "en": ["spinal cord"],
        "es": {
            "of": ["de la médula espinal", "de médula espinal"],
            "adj": [("medular", "medular")],
        },
        "fr": {"of": ["de la moelle épinière"], "adj": [("médullaire", "médullaire")]},
        "it": {"of": ["del midollo spinale"], "adj": [("midollare", "midollare")]},
        "pt": {"of": ["da medula espinhal", "da medula espinal"], "adj": [("medular", "medular")]},
        "nl": ["ruggenmerg"],
        "de": ["rückenmark", "rückenmarks"],
    },
]

# Swedish, Danish and Norwegian (Bokmål) compound like Dutch and German ("bröstcancer",
# "brystkræft", "lungebetennelse"): each organ's compound prefixes, with the linking "s" the
# language writes ("tjocktarmscancer", "urinvejsinfektion"). Czech and Polish name the organ in
# the genitive after the head ("rakovina prsu", "rak piersi", "niewydolność nerek"), or by an
# adjective (masculine, feminine, neuter): Czech before the head ("srdeční selhání"), Polish
# after it ("niewydolność oddechowa"). Keyed by the organ's first English name in ORGANS.
ORGANS_NORTH_EAST: dict[str, dict[str, object]] = {
    "breast": {
        "sv": ["bröst"],
        "da": ["bryst"],
        "nb": ["bryst"],
        "cs": {"of": ["prsu", "prsou"], "adj": []},
        "pl": {"of": ["piersi", "sutka"], "adj": []},
    },
    "lung": {
        "sv": ["lung"],
        "da": ["lunge"],
        "nb": ["lunge"],
        "cs": {"of": ["plic"], "adj": [("plicní", "plicní", "plicní")]},
        "pl": {"of": ["płuc", "płuca"], "adj": [("płucny", "płucna", "płucne")]},
    },
    "liver": {
        "sv": ["lever"],
        "da": ["lever"],
        "nb": ["lever"],
        "cs": {"of": ["jater"], "adj": [("jaterní", "jaterní", "jaterní")]},
        "pl": {"of": ["wątroby"], "adj": [("wątrobowy", "wątrobowa", "wątrobowe")]},
    },
    "kidney": {
        "sv": ["njur"],
        "da": ["nyre"],
        "nb": ["nyre"],
        "cs": {"of": ["ledvin", "ledviny"], "adj": [("ledvinový", "ledvinová", "ledvinové")]},
        "pl": {"of": ["nerek", "nerki"], "adj": [("nerkowy", "nerkowa", "nerkowe")]},
    },
    "heart": {
        "sv": ["hjärt"],
        "da": ["hjerte"],
        "nb": ["hjerte"],
        "cs": {"of": ["srdce"], "adj": [("srdeční", "srdeční", "srdeční")]},
        "pl": {"of": ["serca"], "adj": []},
    },
    "prostate": {
        "sv": ["prostata"],
        "da": ["prostata"],
        "nb": ["prostata"],
        "cs": {"of": ["prostaty"], "adj": []},
        "pl": {"of": ["prostaty", "gruczołu krokowego"], "adj": []},
    },
    "colorectal": {
        "sv": ["tjocktarms"],
        "da": ["tyktarms"],
        "nb": ["tykktarms"],
        "cs": {
            "of": ["tlustého střeva", "tlustého střeva a konečníku"],
            "adj": [("kolorektální", "kolorektální", "kolorektální")],
        },
        "pl": {"of": ["jelita grubego"], "adj": []},
    },
    "colon": {
        "sv": [],
        "da": [],
        "nb": [],
        "cs": {"of": [], "adj": []},
        "pl": {"of": [], "adj": []},
    },
    "bowel": {
        "sv": ["tarm"],
        "da": ["tarm"],
        "nb": ["tarm"],
        "cs": {"of": ["střev", "střeva"], "adj": [("střevní", "střevní", "střevní")]},
        "pl": {"of": ["jelit", "jelita"], "adj": [("jelitowy", "jelitowa", "jelitowe")]},
    },
    "skin": {
        "sv": ["hud"],
        "da": ["hud"],
        "nb": ["hud"],
        "cs": {"of": ["kůže"], "adj": [("kožní", "kožní", "kožní")]},
        "pl": {"of": ["skóry"], "adj": [("skórny", "skórna", "skórne")]},
    },
    "pancreatic": {
        "sv": ["bukspottkörtel"],
        "da": ["bugspytkirtel"],
        "nb": ["bukspyttkjertel"],
        "cs": {"of": ["slinivky břišní", "slinivky"], "adj": []},
        "pl": {"of": ["trzustki"], "adj": []},
    },
    "stomach": {
        "sv": ["magsäcks", "mag"],
        "da": ["mave"],
        "nb": ["mage"],
        "cs": {"of": ["žaludku"], "adj": [("žaludeční", "žaludeční", "žaludeční")]},
        "pl": {"of": ["żołądka"], "adj": []},
    },
    "bladder": {
        "sv": ["urinblåse", "urinblås"],
        "da": ["blære"],
        "nb": ["blære", "urinblære"],
        "cs": {"of": ["močového měchýře"], "adj": []},
        "pl": {"of": ["pęcherza moczowego", "pęcherza"], "adj": []},
    },
    "ovarian": {
        "sv": ["äggstocks"],
        "da": ["æggestok"],
        "nb": ["eggstokk"],
        "cs": {"of": ["vaječníků", "vaječníku"], "adj": []},
        "pl": {"of": ["jajnika", "jajników"], "adj": []},
    },
    "cervical": {
        "sv": ["livmoderhals"],
        "da": ["livmoderhals"],
        "nb": ["livmorhals"],
        "cs": {"of": ["děložního čípku", "děložního hrdla"], "adj": []},
        "pl": {"of": ["szyjki macicy"], "adj": []},
    },
    "uterine": {
        "sv": ["livmoder"],
        "da": ["livmoder"],
        "nb": ["livmor"],
        "cs": {"of": ["dělohy", "endometria"], "adj": []},
        "pl": {"of": ["macicy", "trzonu macicy", "endometrium"], "adj": []},
    },
    "thyroid": {
        "sv": ["sköldkörtel"],
        "da": ["skjoldbruskkirtel"],
        "nb": ["skjoldbruskkjertel"],
        "cs": {"of": ["štítné žlázy"], "adj": []},
        "pl": {"of": ["tarczycy"], "adj": []},
    },
    "brain": {
        "sv": ["hjärn"],
        "da": ["hjerne"],
        "nb": ["hjerne"],
        "cs": {"of": ["mozku"], "adj": [("mozkový", "mozková", "mozkové")]},
        "pl": {"of": ["mózgu"], "adj": []},
    },
    "bone": {
        "sv": ["skelett"],
        "da": ["knogle"],
        "nb": ["skjelett"],
        "cs": {"of": ["kostí", "kosti"], "adj": [("kostní", "kostní", "kostní")]},
        "pl": {"of": ["kości"], "adj": []},
    },
    "blood": {
        "sv": ["blod"],
        "da": ["blod"],
        "nb": ["blod"],
        "cs": {"of": ["krve"], "adj": []},
        "pl": {"of": ["krwi"], "adj": []},
    },
    "esophageal": {
        "sv": ["matstrups"],
        "da": ["spiserørs"],
        "nb": ["spiserørs"],
        "cs": {"of": ["jícnu"], "adj": []},
        "pl": {"of": ["przełyku"], "adj": []},
    },
    "rectal": {
        "sv": ["ändtarms"],
        "da": ["endetarms"],
        "nb": ["endetarms"],
        "cs": {"of": ["konečníku"], "adj": []},
        "pl": {"of": ["odbytnicy"], "adj": []},
    },
    "oral": {
        "sv": ["munhåle"],
        "da": ["mundhule"],
        "nb": ["munnhule"],
        "cs": {"of": ["ústní dutiny"], "adj": []},
        "pl": {"of": ["jamy ustnej"], "adj": []},
    },
    "testicular": {
        "sv": ["testikel"],
        "da": ["testikel"],
        "nb": ["testikkel"],
        "cs": {"of": ["varlat", "varlete"], "adj": []},
        "pl": {"of": ["jądra", "jąder"], "adj": []},
    },
    "eye": {
        "sv": ["ögon"],
        "da": ["øjen"],
        "nb": ["øye"],
        "cs": {"of": ["očí", "oka"], "adj": [("oční", "oční", "oční")]},
        "pl": {"of": ["oczu", "oka"], "adj": [("oczny", "oczna", "oczne")]},
    },
    "joint": {
        "sv": ["led"],
        "da": ["led"],
        "nb": ["ledd"],
        "cs": {"of": ["kloubů", "kloubu"], "adj": [("kloubní", "kloubní", "kloubní")]},
        "pl": {"of": ["stawów", "stawu"], "adj": []},
    },
    "gum": {
        "sv": ["tandkötts"],
        "da": ["tandkøds"],
        "nb": ["tannkjøtt"],
        "cs": {"of": ["dásní"], "adj": []},
        "pl": {"of": ["dziąseł"], "adj": []},
    },
    "respiratory": {
        "sv": ["luftvägs"],
        "da": ["luftvejs"],
        "nb": ["luftveis"],
        "cs": {
            "of": ["dýchacích cest"],
            "adj": [("respirační", "respirační", "respirační")],
        },
        "pl": {"of": ["dróg oddechowych"], "adj": [("oddechowy", "oddechowa", "oddechowe")]},
    },
    "urinary tract": {
        "sv": ["urinvägs"],
        "da": ["urinvejs"],
        "nb": ["urinveis"],
        "cs": {"of": ["močových cest"], "adj": []},
        "pl": {"of": ["dróg moczowych", "układu moczowego"], "adj": []},
    },
    "ear": {
        "sv": ["öron", "mellanöre"],
        "da": ["øre", "mellemøre"],
        "nb": ["øre", "mellomøre"],
        "cs": {"of": ["ucha", "středního ucha"], "adj": []},
        "pl": {"of": ["ucha", "ucha środkowego"], "adj": []},
    },
    "throat": {
        "sv": ["hals"],
        "da": ["hals"],
        "nb": ["hals"],
        "cs": {"of": ["hltanu", "hrdla"], "adj": []},
        "pl": {"of": ["gardła"], "adj": []},
    },
    "meninges": {
        "sv": ["hjärnhinne"],
        "da": ["hjernehinde"],
        "nb": ["hjernehinne"],
        "cs": {"of": ["mozkových blan"], "adj": []},
        "pl": {"of": ["opon mózgowych", "opon mózgowo-rdzeniowych"], "adj": []},
    },
    "appendix": {
        "sv": ["blindtarms"],
        "da": ["blindtarms"],
        "nb": ["blindtarm"],
        "cs": {"of": ["slepého střeva"], "adj": []},
        "pl": {"of": ["wyrostka robaczkowego"], "adj": []},
    },
    "spinal cord": {
        "sv": ["ryggmärgs"],
        "da": ["rygmarvs"],
        "nb": ["ryggmarg"],
        "cs": {"of": ["míchy"], "adj": []},
        "pl": {"of": ["rdzenia kręgowego"], "adj": []},
    },
}
for _organ in ORGANS:
    _organ.update(ORGANS_NORTH_EAST[_organ["en"][0]])  # type: ignore[index]

# Romance heads: the English head, the form, its gender (for the adjective), and whether it takes
# an organ adjective ("insuficiencia renal") and a complement ("cáncer de mama").
ROMANCE_HEADS: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        ("cancer", "cáncer", "m"),
        ("tumor", "tumor", "m"),
        ("tumor", "tumores", "m"),
        ("disease", "enfermedad", "f"),
        ("disease", "enfermedades", "f"),
        ("failure", "insuficiencia", "f"),
        ("infection", "infección", "f"),
        ("infection", "infecciones", "f"),
    ],
    "fr": [
        ("cancer", "cancer", "m"),
        ("cancer", "cancers", "m"),
        ("tumor", "tumeur", "f"),
        ("tumor", "tumeurs", "f"),
        ("disease", "maladie", "f"),
        ("disease", "maladies", "f"),
        ("failure", "insuffisance", "f"),
        ("infection", "infection", "f"),
        ("infection", "infections", "f"),
    ],
    "it": [
        ("cancer", "cancro", "m"),
        ("cancer", "tumore", "m"),
        ("cancer", "carcinoma", "m"),
        ("disease", "malattia", "f"),
        ("disease", "malattie", "f"),
        ("failure", "insufficienza", "f"),
        ("infection", "infezione", "f"),
        ("infection", "infezioni", "f"),
    ],
    "pt": [
        ("cancer", "câncer", "m"),
        ("cancer", "cancro", "m"),
        ("tumor", "tumor", "m"),
        ("disease", "doença", "f"),
        ("disease", "doenças", "f"),
        ("failure", "insuficiência", "f"),
        ("infection", "infecção", "f"),
        ("infection", "infecções", "f"),
    ],
}
# Which heads take which organ forms: a cancer "of" the breast, a failure of the kidney as an
# adjective ("insuficiencia renal"), a disease both ways.
TAKES_OF = {"cancer", "tumor", "disease", "infection"}
TAKES_ADJ = {"cancer", "tumor", "disease", "failure", "infection"}
PLURAL_HEADS = {
    "tumores",
    "enfermedades",
    "infecciones",
    "cancers",
    "tumeurs",
    "maladies",
    "infections",
    "malattie",
    "infezioni",
    "doenças",
    "infecções",
}
# "chronic"/"acute" after the organ adjective ("enfermedad renal crónica").
COURSE = {
    "es": {"chronic": ("crónico", "crónica"), "acute": ("agudo", "aguda")},
    "fr": {"chronic": ("chronique", "chronique"), "acute": ("aigu", "aiguë")},
    "it": {"chronic": ("cronico", "cronica"), "acute": ("acuto", "acuta")},
    "pt": {"chronic": ("crônico", "crônica"), "acute": ("agudo", "aguda")},
}
COURSE_PT_EU = {"chronic": ("crónico", "crónica")}
# "Inflammation of" an organ is its -itis ("inflamación del hígado" = hepatitis).
INFLAMMATION = {
    "es": "inflamación",
    "fr": "inflammation",
    "it": "infiammazione",
    "pt": "inflamação",
}

COMPOUND_HEADS = {
    "nl": {
        "cancer": ["kanker"],
        "tumor": ["tumor", "tumoren"],
        "disease": ["ziekte", "ziekten", "aandoening", "aandoeningen"],
        "failure": ["falen", "insufficiëntie"],
        "infection": ["infectie", "infecties"],
        "itis": ["ontsteking", "ontstekingen"],
    },
    "de": {
        "cancer": ["krebs"],
        "tumor": ["tumor", "tumoren"],
        "disease": ["krankheit", "krankheiten", "erkrankung", "erkrankungen", "leiden"],
        "failure": ["insuffizienz", "versagen", "schwäche"],
        "infection": ["infektion", "infektionen"],
        "itis": ["entzündung", "entzündungen"],
    },
    # Swedish, Danish, Norwegian: the head's indefinite, plural and definite forms ("cancern",
    # "sygdommen", "betennelsen"); Danish writes "kræft" and "cancer" alike.
    "sv": {
        "cancer": ["cancer", "cancern"],
        "tumor": ["tumör", "tumörer", "tumören"],
        "disease": ["sjukdom", "sjukdomar", "sjukdomen"],
        "failure": ["svikt", "svikten"],
        "infection": ["infektion", "infektioner", "infektionen"],
        "itis": ["inflammation", "inflammationer", "inflammationen"],
    },
    "da": {
        "cancer": ["kræft", "kræften", "cancer", "canceren"],
        "tumor": ["tumor", "tumorer", "svulst"],
        "disease": ["sygdom", "sygdomme", "sygdommen"],
        "failure": ["svigt"],
        "infection": ["infektion", "infektioner", "infektionen"],
        "itis": ["betændelse", "betændelsen"],
    },
    "nb": {
        "cancer": ["kreft", "kreften"],
        "tumor": ["svulst", "tumor"],
        "disease": ["sykdom", "sykdommer", "sykdommen"],
        "failure": ["svikt", "svikten"],
        "infection": ["infeksjon", "infeksjoner", "infeksjonen"],
        "itis": ["betennelse", "betennelsen"],
    },
}

# Czech and Polish heads: the English head, the form, and its gender where the form is the
# nominative singular (an organ adjective agrees with it: "srdeční selhání", "niewydolność
# oddechowa"); the other cases and the plural ("rakovinou prsu", "raka piersi", "chorób serca")
# take the organ's genitive only, which does not change with the head's case.
SLAVIC_HEADS: dict[str, list[tuple[str, str, str | None]]] = {
    "cs": [
        ("cancer", "rakovina", "f"),
        ("cancer", "rakoviny", None),
        ("cancer", "rakovinou", None),
        ("cancer", "rakovině", None),
        ("cancer", "rakovinu", None),
        ("cancer", "karcinom", "m"),
        ("cancer", "karcinomu", None),
        ("cancer", "karcinomem", None),
        ("tumor", "nádor", "m"),
        ("tumor", "nádoru", None),
        ("tumor", "nádory", None),
        ("tumor", "nádorem", None),
        ("disease", "onemocnění", "n"),
        ("disease", "onemocněním", None),
        ("disease", "nemoc", "f"),
        ("disease", "nemoci", None),
        ("disease", "choroba", "f"),
        ("disease", "choroby", None),
        ("failure", "selhání", "n"),
        ("failure", "selháním", None),
        ("failure", "insuficience", "f"),
        ("infection", "infekce", "f"),
        ("infection", "infekcí", None),
        ("itis", "zánět", "m"),
        ("itis", "zánětu", None),
        ("itis", "zánětem", None),
        ("itis", "záněty", None),
    ],
    "pl": [
        ("cancer", "rak", "m"),
        ("cancer", "raka", None),
        ("cancer", "rakiem", None),
        ("cancer", "raku", None),
        ("cancer", "nowotwór", "m"),
        ("cancer", "nowotworu", None),
        ("cancer", "nowotwory", None),
        ("cancer", "nowotworem", None),
        ("cancer", "nowotworów", None),
        ("tumor", "guz", "m"),
        ("tumor", "guza", None),
        ("tumor", "guzy", None),
        ("disease", "choroba", "f"),
        ("disease", "choroby", None),
        ("disease", "chorobą", None),
        ("disease", "chorobę", None),
        ("disease", "chorobie", None),
        ("disease", "chorób", None),
        ("disease", "schorzenie", "n"),
        ("disease", "schorzenia", None),
        ("failure", "niewydolność", "f"),
        ("failure", "niewydolności", None),
        ("failure", "niewydolnością", None),
        ("infection", "zakażenie", "n"),
        ("infection", "zakażenia", None),
        ("infection", "zakażeniem", None),
        ("infection", "zakażeń", None),
        ("infection", "infekcja", "f"),
        ("infection", "infekcje", None),
        ("infection", "infekcji", None),
        ("infection", "infekcją", None),
        ("itis", "zapalenie", "n"),
        ("itis", "zapalenia", None),
        ("itis", "zapaleniem", None),
        ("itis", "zapaleniu", None),
    ],
}
# Where the organ adjective stands: before the head in Czech, after it in Polish.
SLAVIC_ADJ_FIRST = {"cs": True, "pl": False}
# "chronic"/"acute" before a nominative head with its organ ("chronické onemocnění ledvin",
# "przewlekła choroba nerek", "ostra niewydolność nerek"): masculine, feminine, neuter.
SLAVIC_COURSE = {
    "cs": {"chronic": ("chronický", "chronická", "chronické"), "acute": ("akutní",) * 3},
    "pl": {
        "chronic": ("przewlekły", "przewlekła", "przewlekłe"),
        "acute": ("ostry", "ostra", "ostre"),
    },
}
GENDERS = {"m": 0, "f": 1, "n": 2}


# Diseases whose names are one word or a fixed phrase in each language, not an organ and a head:
# the common infectious, chronic and mental diseases of health news and patient pages. English
# name first (its id is looked up in the English vocabulary), then each language's names as
# written. Words that are also common words of a language of the rules are left out ("rage",
# "rabia", "raiva" are anger; "constipação" constipation in Brazil; the names of one language only are
# in LANGUAGE_ONLY), so is a name the English
# vocabulary has already (most German and Dutch names of Latin origin), and one that is an English word in lower case ("aids").
NAMES: dict[str, dict[str, list[str]]] = {
    "measles": {
        "es": ["sarampión"],
        "fr": ["rougeole"],
        "it": ["morbillo"],
        "pt": ["sarampo"],
        "nl": ["mazelen"],
        "de": ["Masern"],
    },
    "mumps": {
        "es": ["paperas"],
        "fr": ["oreillons"],
        "it": ["parotite epidemica", "orecchioni"],
        "pt": ["caxumba", "papeira"],
        "de": ["Ziegenpeter"],
    },
    "rubella": {
        "es": ["rubéola"],
        "fr": ["rubéole"],
        "it": ["rosolia"],
        "pt": ["rubéola"],
        "nl": ["rodehond"],
        "de": ["Röteln"],
    },
    "chickenpox": {
        "es": ["varicela"],
        "fr": ["varicelle"],
        "it": ["varicella"],
        "pt": ["varicela", "catapora"],
        "nl": ["waterpokken"],
        "de": ["Windpocken"],
    },
    "whooping cough": {
        "es": ["tos ferina", "tosferina"],
        "fr": ["coqueluche"],
        "it": ["pertosse"],
        "pt": ["coqueluche", "tosse convulsa"],
        "nl": ["kinkhoest"],
        "de": ["Keuchhusten"],
    },
    "diphtheria": {
        "es": ["difteria"],
        "fr": ["diphtérie"],
        "it": ["difterite"],
        "pt": ["difteria"],
        "nl": ["difterie"],
        "de": ["Diphtherie"],
    },
    "tetanus": {
        "es": ["tétanos"],
        "fr": ["tétanos"],
        "it": ["tetano"],
        "pt": ["tétano"],
        "de": ["Wundstarrkrampf"],
    },
    "poliomyelitis": {
        "es": ["poliomielitis"],
        "fr": ["poliomyélite"],
        "it": ["poliomielite"],
        "pt": ["poliomielite", "paralisia infantil"],
        "nl": ["kinderverlamming"],
        "de": ["Kinderlähmung"],
    },
    "influenza": {
        "es": ["gripe"],
        "fr": ["grippe"],
        "pt": ["gripe"],
        "nl": ["griep"],
        "de": ["Grippe"],
    },
    "tuberculosis": {
        "fr": ["tuberculose"],
        "it": ["tubercolosi"],
        "pt": ["tuberculose"],
        "nl": ["tuberculose"],
        "de": ["Tuberkulose"],
    },
    "malaria": {"fr": ["paludisme"]},
    "cholera": {"es": ["cólera"], "fr": ["choléra"], "it": ["colera"], "pt": ["cólera"]},
    "smallpox": {
        "es": ["viruela"],
        "fr": ["variole"],
        "it": ["vaiolo"],
        "pt": ["varíola"],
        "nl": ["pokken"],
        "de": ["Pocken"],
    },
    "scarlet fever": {
        "es": ["escarlatina"],
        "fr": ["scarlatine"],
        "it": ["scarlattina"],
        "pt": ["escarlatina"],
        "nl": ["roodvonk"],
        "de": ["Scharlach"],
    },
    "herpes zoster": {
        "es": ["herpes zóster"],
        "it": ["fuoco di Sant'Antonio"],
        "pt": ["herpes-zóster", "cobreiro"],
        "nl": ["gordelroos"],
        "de": ["Gürtelrose"],
    },
    "acquired immunodeficiency syndrome": {"es": ["sida"], "fr": ["sida"]},
    "HIV infection": {"es": ["VIH"], "fr": ["VIH"]},
    "COVID-19": {
        "nl": ["coronavirusinfectie", "coronabesmetting", "coronapandemie", "coronacrisis"],
        "de": [
            "Coronavirus-Infektion",
            "Corona-Infektion",
            "Coronainfektion",
            "Corona-Pandemie",
            "Coronapandemie",
        ],
        "es": ["coronavirus", "pandemia de coronavirus"],
        "it": ["coronavirus", "pandemia di coronavirus"],
    },
    "common cold": {
        "es": ["resfriado común", "resfriado"],
        "fr": ["rhume"],
        "it": ["raffreddore"],
        "pt": ["resfriado"],
        "nl": ["verkoudheid"],
        "de": ["Erkältung"],
    },
    "diabetes mellitus": {
        "fr": ["diabète"],
        "it": ["diabete"],
        "nl": ["suikerziekte"],
        "de": ["Zuckerkrankheit"],
    },
    "cancer": {
        "es": ["cáncer"],
        "it": ["cancro", "tumore"],
        "pt": ["câncer", "cancro"],
        "nl": ["kanker"],
        "de": ["Krebs"],
    },
    "myocardial infarction": {
        "es": ["infarto de miocardio", "ataque al corazón", "ataque cardíaco", "infarto"],
        "fr": ["infarctus du myocarde", "crise cardiaque", "infarctus"],
        "it": ["infarto miocardico", "infarto del miocardio", "attacco di cuore", "infarto"],
        "pt": [
            "infarto do miocárdio",
            "enfarte do miocárdio",
            "ataque cardíaco",
            "infarto",
            "enfarte",
        ],
        "nl": ["hartaanval", "hartinfarct"],
        "de": ["Herzinfarkt"],
    },
    "stroke": {
        "es": ["accidente cerebrovascular", "ictus"],
        "fr": ["accident vasculaire cérébral", "AVC"],
        "it": ["ictus"],
        "pt": ["acidente vascular cerebral", "AVC", "derrame cerebral"],
        "nl": ["beroerte", "herseninfarct"],
        "de": ["Schlaganfall", "Hirninfarkt"],
    },
    "dementia": {
        "es": ["demencia"],
        "fr": ["démence"],
        "it": ["demenza"],
        "pt": ["demência"],
        "nl": ["dementie"],
        "de": ["Demenz"],
    },
    "Alzheimer disease": {
        "es": ["enfermedad de Alzheimer", "alzhéimer"],
        "fr": ["maladie d'Alzheimer"],
        "it": ["malattia di Alzheimer", "morbo di Alzheimer"],
        "pt": ["doença de Alzheimer"],
        "nl": ["ziekte van Alzheimer"],
        "de": ["Alzheimer-Krankheit"],
    },
    "Parkinson disease": {
        "es": ["enfermedad de Parkinson"],
        "fr": ["maladie de Parkinson"],
        "it": ["malattia di Parkinson", "morbo di Parkinson"],
        "pt": ["doença de Parkinson"],
        "nl": ["ziekte van Parkinson"],
        "de": ["Parkinson-Krankheit"],
    },
    "depression": {
        "es": ["depresión"],
        "fr": ["dépression"],
        "it": ["depressione"],
        "pt": ["depressão"],
        "nl": ["depressie"],
    },
    "asthma": {"es": ["asma"], "fr": ["asthme"], "it": ["asma"], "pt": ["asma"], "nl": ["astma"]},
    "obesity": {
        "es": ["obesidad"],
        "fr": ["obésité"],
        "it": ["obesità"],
        "pt": ["obesidade"],
        "nl": ["obesitas", "zwaarlijvigheid"],
        "de": ["Adipositas", "Fettleibigkeit"],
    },
    "hypertension": {
        "es": ["hipertensión", "presión arterial alta"],
        "fr": ["hypertension artérielle"],
        "it": ["ipertensione"],
        "pt": ["hipertensão"],
        "nl": ["hoge bloeddruk", "hypertensie"],
        "de": ["Bluthochdruck", "Hypertonie"],
    },
    "autism": {
        "es": ["autismo"],
        "fr": ["autisme"],
        "it": ["autismo"],
        "pt": ["autismo"],
        "nl": ["autisme"],
        "de": ["Autismus"],
    },
    "epilepsy": {
        "es": ["epilepsia"],
        "fr": ["épilepsie"],
        "it": ["epilessia"],
        "pt": ["epilepsia"],
        "nl": ["epilepsie"],
        "de": ["Epilepsie"],
    },
    "sepsis": {
        "it": ["sepsi"],
        "pt": ["sepse", "sépsis"],
        "nl": ["bloedvergiftiging"],
        "de": ["Blutvergiftung"],
    },
    "migraine": {"es": ["migraña"], "it": ["emicrania"], "pt": ["enxaqueca"], "de": ["Migräne"]},
    "schizophrenia": {
        "es": ["esquizofrenia"],
        "fr": ["schizophrénie"],
        "it": ["schizofrenia"],
        "pt": ["esquizofrenia"],
        "nl": ["schizofrenie"],
        "de": ["Schizophrenie"],
    },
    "infertility": {
        "es": ["infertilidad"],
        "fr": ["infertilité"],
        "it": ["infertilità"],
        "pt": ["infertilidade"],
        "nl": ["onvruchtbaarheid"],
        "de": ["Unfruchtbarkeit"],
    },
    "Lyme disease": {
        "es": ["enfermedad de Lyme"],
        "fr": ["maladie de Lyme"],
        "it": ["malattia di Lyme"],
        "pt": ["doença de Lyme"],
        "nl": ["ziekte van Lyme"],
        "de": ["Lyme-Borreliose"],
    },
    "osteoporosis": {
        "fr": ["ostéoporose"],
        "it": ["osteoporosi"],
        "pt": ["osteoporose"],
        "nl": ["botontkalking"],
        "de": ["Knochenschwund"],
    },
    "colic": {
        "es": ["cólico", "cólicos", "cólico del lactante"],
        "fr": ["coliques du nourrisson"],
        "it": ["coliche", "coliche del neonato"],
        "pt": ["cólica", "cólicas", "cólica do lactente"],
        "de": ["Koliken", "Dreimonatskoliken"],
    },
    "heart failure": {
        "es": ["insuficiencia cardíaca", "insuficiencia cardiaca"],
        "fr": ["insuffisance cardiaque"],
        "it": ["insufficienza cardiaca", "scompenso cardiaco"],
        "pt": ["insuficiência cardíaca"],
        "nl": ["hartfalen"],
        "de": ["Herzinsuffizienz", "Herzschwäche"],
    },
    # Second round (fifth session): the common chronic, infectious and eye, ear and skin diseases
    # of patient information pages (MedlinePlus-style), each in the six languages.
    "sleep apnea": {
        "es": ["apnea del sueño", "apnea obstructiva del sueño"],
        "fr": ["apnée du sommeil", "apnées du sommeil"],
        "it": ["apnea notturna", "apnea del sonno", "apnee notturne"],
        "pt": ["apneia do sono", "apneia obstrutiva do sono"],
        "nl": ["slaapapneu"],
        "de": ["Schlafapnoe", "Schlafapnoe-Syndrom"],
    },
    "chronic obstructive pulmonary disease": {
        "es": ["enfermedad pulmonar obstructiva crónica"],
        "fr": ["BPCO", "bronchopneumopathie chronique obstructive"],
        "it": ["BPCO", "broncopneumopatia cronica ostruttiva"],
        "pt": ["DPOC", "doença pulmonar obstrutiva crônica", "doença pulmonar obstrutiva crónica"],
        "nl": ["longziekte COPD"],
        "de": ["chronisch obstruktive Lungenerkrankung"],
    },
    "pneumonia": {
        "es": ["neumonía", "pulmonía"],
        "fr": ["pneumonie"],
        "it": ["polmonite"],
        "nl": ["longontsteking"],
        "de": ["Lungenentzündung"],
    },
    "anemia": {
        "es": ["anemia"],
        "fr": ["anémie"],
        "pt": ["anemia"],
        "nl": ["bloedarmoede"],
        "de": ["Anämie", "Blutarmut"],
    },
    "osteoarthritis": {
        "es": ["artrosis"],
        "fr": ["arthrose"],
        "it": ["artrosi"],
        "pt": ["artrose"],
        "nl": ["artrose"],
        "de": ["Arthrose"],
    },
    "rheumatoid arthritis": {
        "es": ["artritis reumatoide"],
        "fr": ["polyarthrite rhumatoïde"],
        "it": ["artrite reumatoide"],
        "pt": ["artrite reumatoide", "artrite reumatóide"],
        "nl": ["reumatoïde artritis"],
        "de": ["rheumatoide Arthritis"],
    },
    "multiple sclerosis": {
        "es": ["esclerosis múltiple"],
        "fr": ["sclérose en plaques"],
        "it": ["sclerosi multipla"],
        "pt": ["esclerose múltipla"],
        "nl": ["multiple sclerose"],
        "de": ["Multiple Sklerose"],
    },
    "amyotrophic lateral sclerosis": {
        "es": ["esclerosis lateral amiotrófica"],
        "fr": ["sclérose latérale amyotrophique", "maladie de Charcot"],
        "it": ["sclerosi laterale amiotrofica"],
        "pt": ["esclerose lateral amiotrófica"],
        "de": ["amyotrophe Lateralsklerose"],
    },
    "hepatitis": {
        "fr": ["hépatite"],
        "it": ["epatite"],
        "pt": ["hepatite"],
        "de": ["Hepatitis", "Leberentzündung"],
    },
    "cirrhosis": {
        "es": ["cirrosis"],
        "fr": ["cirrhose"],
        "it": ["cirrosi"],
        "pt": ["cirrose"],
        "nl": ["levercirrose"],
        "de": ["Leberzirrhose"],
    },
    "kidney stones": {
        "es": ["cálculos renales", "piedras en el riñón"],
        "fr": ["calculs rénaux"],
        "it": ["calcoli renali"],
        "pt": ["cálculos renais", "pedras nos rins"],
        "nl": ["nierstenen"],
        "de": ["Nierensteine"],
    },
    "gout": {"nl": ["jicht"], "de": ["Gicht"]},
    "syphilis": {"es": ["sífilis"], "it": ["sifilide"], "pt": ["sífilis"], "de": ["Syphilis"]},
    "gonorrhea": {
        "es": ["gonorrea"],
        "fr": ["gonorrhée"],
        "it": ["gonorrea"],
        "pt": ["gonorreia"],
        "nl": ["gonorroe"],
        "de": ["Gonorrhoe", "Tripper"],
    },
    "leprosy": {
        "fr": ["lèpre"],
        "it": ["lebbra"],
        "pt": ["hanseníase"],
        "nl": ["lepra"],
        "de": ["Lepra"],
    },
    "yellow fever": {
        "es": ["fiebre amarilla"],
        "fr": ["fièvre jaune"],
        "it": ["febbre gialla"],
        "pt": ["febre amarela"],
        "nl": ["gele koorts"],
        "de": ["Gelbfieber"],
    },
    "bipolar disorder": {
        "es": ["trastorno bipolar"],
        "fr": ["trouble bipolaire"],
        "it": ["disturbo bipolare"],
        "pt": ["transtorno bipolar"],
        "nl": ["bipolaire stoornis"],
        "de": ["bipolare Störung"],
    },
    "attention deficit hyperactivity disorder": {
        "es": ["TDAH", "trastorno por déficit de atención e hiperactividad"],
        "fr": ["TDAH", "trouble du déficit de l'attention avec hyperactivité"],
        "it": ["ADHD"],
        "pt": ["TDAH", "transtorno do déficit de atenção com hiperatividade"],
        "de": ["ADHS"],
    },
    "Crohn disease": {
        "es": ["enfermedad de Crohn"],
        "fr": ["maladie de Crohn"],
        "it": ["malattia di Crohn", "morbo di Crohn"],
        "pt": ["doença de Crohn"],
        "nl": ["ziekte van Crohn"],
        "de": ["Morbus Crohn"],
    },
    "ulcerative colitis": {
        "es": ["colitis ulcerosa"],
        "fr": ["rectocolite hémorragique"],
        "it": ["colite ulcerosa"],
        "pt": ["colite ulcerativa", "retocolite ulcerativa"],
        "nl": ["colitis ulcerosa"],
        "de": ["Colitis ulcerosa"],
    },
    "irritable bowel syndrome": {
        "es": ["síndrome del intestino irritable", "colon irritable"],
        "fr": ["syndrome de l'intestin irritable", "côlon irritable"],
        "it": ["sindrome dell'intestino irritabile", "colon irritabile"],
        "pt": ["síndrome do intestino irritável"],
        "nl": ["prikkelbaredarmsyndroom"],
        "de": ["Reizdarmsyndrom", "Reizdarm"],
    },
    "hemorrhoids": {
        "es": ["hemorroides"],
        "fr": ["hémorroïdes"],
        "it": ["emorroidi"],
        "pt": ["hemorroidas", "hemorróidas"],
        "nl": ["aambeien"],
        "de": ["Hämorrhoiden"],
    },
    "varicose veins": {
        "es": ["varices", "várices"],
        "it": ["varici", "vene varicose"],
        "pt": ["varizes"],
        "nl": ["spataderen"],
        "de": ["Krampfadern"],
    },
    "glaucoma": {"fr": ["glaucome"], "nl": ["glaucoom"], "de": ["Glaukom", "grüner Star"]},
    "cataract": {"fr": ["cataracte"], "it": ["cataratta"], "de": ["grauer Star"]},
    "leukemia": {
        "es": ["leucemia"],
        "fr": ["leucémie"],
        "it": ["leucemia"],
        "pt": ["leucemia"],
        "nl": ["leukemie"],
        "de": ["Leukämie"],
    },
    "lymphoma": {
        "es": ["linfoma"],
        "fr": ["lymphome"],
        "it": ["linfoma"],
        "pt": ["linfoma"],
        "nl": ["lymfoom"],
        "de": ["Lymphom"],
    },
    "melanoma": {"fr": ["mélanome"], "nl": ["melanoom"], "de": ["Melanom"]},
    "thrombosis": {
        "es": ["trombosis"],
        "fr": ["thrombose"],
        "it": ["trombosi"],
        "pt": ["trombose"],
        "nl": ["trombose"],
        "de": ["Thrombose"],
    },
    "atrial fibrillation": {
        "es": ["fibrilación auricular"],
        "fr": ["fibrillation auriculaire"],
        "it": ["fibrillazione atriale"],
        "pt": ["fibrilação atrial"],
        "nl": ["boezemfibrilleren"],
        "de": ["Vorhofflimmern"],
    },
    "meningitis": {
        "fr": ["méningite"],
        "it": ["meningite"],
        "pt": ["meningite"],
        "nl": ["hersenvliesontsteking"],
        "de": ["Hirnhautentzündung"],
    },
    "hypothyroidism": {
        "es": ["hipotiroidismo"],
        "fr": ["hypothyroïdie"],
        "it": ["ipotiroidismo"],
        "pt": ["hipotireoidismo"],
        "nl": ["hypothyreoïdie"],
        "de": ["Schilddrüsenunterfunktion"],
    },
    "hyperthyroidism": {
        "es": ["hipertiroidismo"],
        "fr": ["hyperthyroïdie"],
        "it": ["ipertiroidismo"],
        "pt": ["hipertireoidismo"],
        "nl": ["hyperthyreoïdie"],
        "de": ["Schilddrüsenüberfunktion"],
    },
    "scoliosis": {
        "es": ["escoliosis"],
        "fr": ["scoliose"],
        "it": ["scoliosi"],
        "pt": ["escoliose"],
        "nl": ["scoliose"],
        "de": ["Skoliose"],
    },
    "fibromyalgia": {
        "es": ["fibromialgia"],
        "fr": ["fibromyalgie"],
        "it": ["fibromialgia"],
        "pt": ["fibromialgia"],
        "nl": ["fibromyalgie"],
        "de": ["Fibromyalgie"],
    },
    "endometriosis": {
        "fr": ["endométriose"],
        "it": ["endometriosi"],
        "pt": ["endometriose"],
        "nl": ["endometriose"],
        "de": ["Endometriose"],
    },
    "sickle cell anemia": {
        "es": ["anemia falciforme", "drepanocitosis"],
        "fr": ["drépanocytose"],
        "it": ["anemia falciforme"],
        "pt": ["anemia falciforme"],
        "nl": ["sikkelcelziekte"],
        "de": ["Sichelzellanämie"],
    },
    "cystic fibrosis": {
        "es": ["fibrosis quística"],
        "fr": ["mucoviscidose"],
        "it": ["fibrosi cistica"],
        "pt": ["fibrose cística"],
        "nl": ["taaislijmziekte"],
        "de": ["Mukoviszidose"],
    },
    "hemophilia": {
        "es": ["hemofilia"],
        "fr": ["hémophilie"],
        "it": ["emofilia"],
        "pt": ["hemofilia"],
        "nl": ["hemofilie"],
        "de": ["Hämophilie", "Bluterkrankheit"],
    },
    "Down syndrome": {
        "es": ["síndrome de Down"],
        "fr": ["trisomie 21"],
        "it": ["sindrome di Down"],
        "pt": ["síndrome de Down"],
        "nl": ["syndroom van Down"],
        "de": ["Down-Syndrom", "Trisomie 21"],
    },
    "tinnitus": {
        "es": ["acúfenos", "acúfeno"],
        "fr": ["acouphènes", "acouphène"],
        "it": ["acufene", "acufeni"],
        "pt": ["zumbido no ouvido"],
        "nl": ["oorsuizen"],
        "de": ["Ohrgeräusche"],
    },
    "malnutrition": {
        "es": ["desnutrición"],
        "it": ["malnutrizione"],
        "pt": ["desnutrição"],
        "nl": ["ondervoeding"],
        "de": ["Unterernährung", "Mangelernährung"],
    },
    "dehydration": {
        "es": ["deshidratación"],
        "fr": ["déshydratation"],
        "it": ["disidratazione"],
        "pt": ["desidratação"],
        "nl": ["uitdroging"],
        "de": ["Dehydratation", "Austrocknung"],
    },
    "psoriasis": {
        "fr": ["psoriasis"],
        "it": ["psoriasi"],
        "pt": ["psoríase"],
        "de": ["Schuppenflechte"],
    },
    "eczema": {
        "es": ["eccema", "eczema"],
        "it": ["eczema"],
        "pt": ["eczema"],
        "de": ["Ekzem", "Neurodermitis"],
    },
    "carpal tunnel syndrome": {
        "es": ["síndrome del túnel carpiano", "síndrome de túnel carpiano"],
        "fr": ["syndrome du canal carpien"],
        "it": ["sindrome del tunnel carpale"],
        "pt": ["síndrome do túnel do carpo", "síndrome do túnel carpal"],
        "nl": ["carpaletunnelsyndroom", "carpaal tunnel syndroom"],
        "de": ["Karpaltunnelsyndrom", "Karpaltunnel-Syndrom"],
    },
}


# The same diseases' names in Swedish, Danish, Norwegian (Bokmål), Czech and Polish, merged into
# NAMES below: general knowledge of the languages, each name as a health page writes it, with
# the Czech and Polish case forms of the most common ones ("cukrovkou", "cukrzycy", "grypy").
# A name the English vocabulary has already ("diabetes", "astma", "malaria", "stroke") is left
# to it; one that is a common word elsewhere is in LANGUAGE_ONLY.
NAMES_NORTH_EAST: dict[str, dict[str, list[str]]] = {
    "measles": {
        "sv": ["mässling", "mässlingen"],
        "da": ["mæslinger"],
        "nb": ["meslinger"],
        "cs": ["spalničky", "spalniček", "spalničkám"],
    },
    "mumps": {
        "sv": ["påssjuka", "påssjukan"],
        "da": ["fåresyge"],
        "cs": ["příušnice", "příušnic"],
        "pl": ["nagminne zapalenie przyusznic"],
    },
    "rubella": {
        "sv": ["röda hund"],
        "da": ["røde hunde"],
        "nb": ["røde hunder"],
        "cs": ["zarděnky", "zarděnek"],
        "pl": ["różyczka", "różyczki", "różyczką"],
    },
    "chickenpox": {
        "sv": ["vattkoppor"],
        "da": ["skoldkopper"],
        "nb": ["vannkopper"],
        "cs": ["plané neštovice", "planých neštovic"],
        "pl": ["ospa wietrzna", "ospy wietrznej", "ospą wietrzną"],
    },
    "whooping cough": {
        "sv": ["kikhosta", "kikhostan"],
        "da": ["kighoste"],
        "nb": ["kikhoste"],
        "cs": ["černý kašel", "černého kašle"],
        "pl": ["krztusiec", "krztuśca", "krztuścem"],
    },
    "diphtheria": {
        "sv": ["difteri"],
        "da": ["difteri"],
        "nb": ["difteri"],
        "cs": ["záškrt", "záškrtu"],
        "pl": ["błonica", "błonicy"],
    },
    "tetanus": {
        "sv": ["stelkramp"],
        "da": ["stivkrampe"],
        "nb": ["stivkrampe"],
        "cs": ["tetanu"],
        "pl": ["tężec", "tężca", "tężcem"],
    },
    "poliomyelitis": {
        "sv": ["barnförlamning"],
        "da": ["børnelammelse"],
        "nb": ["poliomyelitt"],
        "cs": ["dětská obrna", "dětské obrny"],
        "pl": ["choroba Heinego-Medina"],
    },
    "influenza": {
        "sv": ["influensa", "influensan", "säsongsinfluensa"],
        "nb": ["influensa", "influensaen"],
        "cs": ["chřipka", "chřipky", "chřipkou", "chřipce", "chřipku"],
        "pl": ["grypa", "grypy", "grypą", "grypę", "grypie"],
    },
    "tuberculosis": {
        "sv": ["tuberkulos", "tuberkulosen"],
        "da": ["tuberkulose"],
        "nb": ["tuberkulose"],
        "cs": ["tuberkulóza", "tuberkulózy", "tuberkulózou", "tuberkulózu"],
        "pl": ["gruźlica", "gruźlicy", "gruźlicą", "gruźlicę"],
    },
    "malaria": {"cs": ["malárie", "malárií"], "pl": ["malarii", "malarią"]},
    "smallpox": {
        "sv": ["smittkoppor"],
        "cs": ["pravé neštovice", "pravých neštovic"],
        "pl": ["ospa prawdziwa", "czarna ospa"],
    },
    "scarlet fever": {
        "sv": ["scharlakansfeber"],
        "da": ["skarlagensfeber"],
        "nb": ["skarlagensfeber"],
        "pl": ["szkarlatyna", "szkarlatyny", "płonica", "płonicy"],
    },
    "herpes zoster": {
        "sv": ["bältros"],
        "da": ["helvedesild"],
        "nb": ["helvetesild"],
        "cs": ["pásový opar"],
        "pl": ["półpasiec", "półpaśca"],
    },
    "common cold": {
        "sv": ["förkylning", "förkylningar"],
        "da": ["forkølelse"],
        "nb": ["forkjølelse"],
        "cs": ["nachlazení"],
        "pl": ["przeziębienie", "przeziębienia", "przeziębieniem"],
    },
    "diabetes mellitus": {
        "sv": ["sockersjuka"],
        "da": ["sukkersyge"],
        "nb": ["sukkersyke"],
        "cs": ["cukrovka", "cukrovky", "cukrovkou", "cukrovce", "cukrovku"],
        "pl": ["cukrzyca", "cukrzycy", "cukrzycą", "cukrzycę"],
    },
    "cancer": {
        "da": ["kræft", "kræften"],
        "nb": ["kreft", "kreften"],
        "cs": ["rakovina", "rakoviny", "rakovinou", "rakovině", "rakovinu"],
        "pl": ["nowotwór", "nowotworu", "nowotwory", "nowotworem", "nowotworów"],
    },
    "myocardial infarction": {
        "sv": ["hjärtinfarkt", "hjärtattack"],
        "da": ["hjerteanfald", "blodprop i hjertet"],
        "nb": ["hjerteinfarkt", "hjerteanfall"],
        "cs": ["infarkt myokardu", "srdeční infarkt", "infarktu myokardu"],
        "pl": ["zawał serca", "zawału serca", "zawałem serca", "zawał mięśnia sercowego"],
    },
    "stroke": {
        "sv": ["slaganfall"],
        "da": ["slagtilfælde", "blodprop i hjernen"],
        "nb": ["hjerneslag"],
        "cs": ["cévní mozková příhoda", "mozková mrtvice", "mrtvice", "mrtvici"],
        "pl": ["udar mózgu", "udaru mózgu", "udarem mózgu", "udar niedokrwienny"],
    },
    "dementia": {
        "sv": ["demens", "demenssjukdom"],
        "da": ["demens"],
        "nb": ["demens"],
        "cs": ["demence", "demencí"],
        "pl": ["demencja", "demencji", "demencją", "otępienie"],
    },
    "celiac disease": {
        "sv": ["celiaki", "glutenintolerans"],
        "da": ["cøliaki"],
        "nb": ["cøliaki"],
        "cs": ["celiakie", "celiakií"],
        "pl": ["celiakia", "celiakii", "celiakią"],
    },
    "Alzheimer disease": {
        "sv": ["Alzheimers sjukdom"],
        "da": ["Alzheimers sygdom"],
        "nb": ["Alzheimers sykdom"],
        "cs": ["Alzheimerova choroba", "Alzheimerovy choroby", "Alzheimerovou chorobou"],
        "pl": ["choroba Alzheimera", "choroby Alzheimera", "chorobą Alzheimera"],
    },
    "Parkinson disease": {
        "sv": ["Parkinsons sjukdom"],
        "da": ["Parkinsons sygdom"],
        "nb": ["Parkinsons sykdom"],
        "cs": ["Parkinsonova choroba", "Parkinsonovy choroby", "Parkinsonovou chorobou"],
        "pl": ["choroba Parkinsona", "choroby Parkinsona", "chorobą Parkinsona"],
    },
    "depression": {
        "nb": ["depresjon", "depresjoner", "depresjonen"],
        "cs": ["deprese", "depresí", "depresemi"],
        "pl": ["depresja", "depresji", "depresją", "depresję"],
    },
    "asthma": {"cs": ["astmatu"], "pl": ["astmy", "astmą"]},
    "obesity": {
        "sv": ["fetma", "fetman"],
        "da": ["fedme"],
        "nb": ["fedme"],
        "cs": ["obezita", "obezity", "obezitou"],
        "pl": ["otyłość", "otyłości", "otyłością"],
    },
    "hypertension": {
        "sv": ["högt blodtryck", "hypertoni"],
        "da": ["forhøjet blodtryk", "højt blodtryk"],
        "nb": ["høyt blodtrykk"],
        "cs": ["vysoký krevní tlak", "hypertenze", "vysokého krevního tlaku"],
        "pl": ["nadciśnienie", "nadciśnienia", "nadciśnieniem", "nadciśnienie tętnicze"],
    },
    "autism": {"nb": ["autisme"], "pl": ["autyzm", "autyzmu", "autyzmem"]},
    "epilepsy": {
        "sv": ["epilepsi"],
        "da": ["epilepsi"],
        "nb": ["epilepsi"],
        "pl": ["padaczka", "padaczki", "padaczką", "epilepsja", "epilepsji"],
    },
    "sepsis": {
        "sv": ["blodförgiftning"],
        "da": ["blodforgiftning"],
        "nb": ["blodforgiftning"],
        "cs": ["otrava krve"],
        "pl": ["sepsa", "sepsy", "posocznica", "posocznicy"],
    },
    "migraine": {
        "sv": ["migrän"],
        "da": ["migræne"],
        "nb": ["migrene"],
        "cs": ["migréna", "migrény", "migrénou"],
        "pl": ["migrena", "migreny", "migreną"],
    },
    "schizophrenia": {"sv": ["schizofreni"], "da": ["skizofreni"], "nb": ["schizofreni"]},
    "infertility": {
        "sv": ["infertilitet", "ofruktsamhet"],
        "da": ["infertilitet", "ufrugtbarhed"],
        "nb": ["infertilitet"],
        "cs": ["neplodnost", "neplodnosti"],
        "pl": ["niepłodność", "niepłodności"],
    },
    "Lyme disease": {
        "sv": ["borrelios"],
        "da": ["borreliose"],
        "nb": ["borreliose"],
        "cs": ["lymská borelióza", "borelióza", "boreliózy"],
        "pl": ["borelioza", "boreliozy", "boreliozą"],
    },
    "osteoporosis": {
        "sv": ["benskörhet"],
        "da": ["knogleskørhed"],
        "nb": ["beinskjørhet"],
        "cs": ["osteoporóza", "osteoporózy", "řídnutí kostí"],
        "pl": ["osteoporoza", "osteoporozy", "osteoporozą"],
    },
    "sleep apnea": {
        "sv": ["sömnapné"],
        "da": ["søvnapnø"],
        "nb": ["søvnapné"],
        "cs": ["spánková apnoe"],
        "pl": ["bezdech senny", "bezdechu sennego"],
    },
    "chronic obstructive pulmonary disease": {
        "sv": ["kroniskt obstruktiv lungsjukdom"],
        "da": ["kronisk obstruktiv lungesygdom"],
        "nb": ["kronisk obstruktiv lungesykdom"],
        "cs": ["chronická obstrukční plicní nemoc", "CHOPN"],
        "pl": ["przewlekła obturacyjna choroba płuc", "POChP"],
    },
    "pneumonia": {"cs": ["zápal plic", "zápalu plic", "zápalem plic"]},
    "anemia": {
        "sv": ["anemi", "blodbrist"],
        "da": ["anæmi", "blodmangel"],
        "nb": ["anemi", "blodmangel"],
        "cs": ["anémie", "chudokrevnost"],
        "pl": ["niedokrwistość", "niedokrwistości"],
    },
    "osteoarthritis": {
        "sv": ["artros"],
        "da": ["slidgigt"],
        "nb": ["artrose", "slitasjegikt"],
        "cs": ["artróza", "artrózy"],
        "pl": ["artroza", "choroba zwyrodnieniowa stawów"],
    },
    "rheumatoid arthritis": {
        "sv": ["reumatoid artrit", "ledgångsreumatism"],
        "da": ["leddegigt", "reumatoid artritis"],
        "nb": ["revmatoid artritt", "leddgikt"],
        "cs": ["revmatoidní artritida"],
        "pl": ["reumatoidalne zapalenie stawów"],
    },
    "multiple sclerosis": {
        "sv": ["multipel skleros"],
        "da": ["multipel sklerose", "dissemineret sklerose"],
        "nb": ["multippel sklerose"],
        "cs": ["roztroušená skleróza", "roztroušené sklerózy"],
        "pl": ["stwardnienie rozsiane", "stwardnienia rozsianego"],
    },
    "amyotrophic lateral sclerosis": {
        "sv": ["amyotrofisk lateralskleros"],
        "da": ["amyotrofisk lateral sklerose"],
        "nb": ["amyotrofisk lateralsklerose"],
        "cs": ["amyotrofická laterální skleróza"],
        "pl": ["stwardnienie zanikowe boczne"],
    },
    "hepatitis": {
        "sv": ["hepatit"],
        "nb": ["hepatitt"],
        "cs": ["hepatitida", "hepatitidy", "žloutenka"],
    },
    "cirrhosis": {
        "sv": ["levercirros", "skrumplever"],
        "da": ["skrumpelever"],
        "nb": ["skrumplever"],
        "cs": ["cirhóza jater", "cirhóza"],
        "pl": ["marskość wątroby", "marskości wątroby"],
    },
    "kidney stones": {
        "sv": ["njursten"],
        "da": ["nyresten"],
        "nb": ["nyrestein"],
        "cs": ["ledvinové kameny", "ledvinových kamenů"],
        "pl": ["kamica nerkowa", "kamienie nerkowe"],
    },
    "gout": {
        "da": ["urinsyregigt"],
        "nb": ["urinsyregikt"],
        "pl": ["dna moczanowa", "dny moczanowej"],
    },
    "syphilis": {"sv": ["syfilis"], "da": ["syfilis"], "nb": ["syfilis"], "pl": ["kiły"]},
    "gonorrhea": {
        "sv": ["gonorré"],
        "da": ["gonorré"],
        "nb": ["gonoré"],
        "cs": ["kapavka", "kapavky"],
        "pl": ["rzeżączka", "rzeżączki"],
    },
    "yellow fever": {
        "sv": ["gula febern"],
        "da": ["gul feber"],
        "nb": ["gulfeber"],
        "cs": ["žlutá zimnice"],
        "pl": ["żółta gorączka", "żółtej gorączki"],
    },
    "bipolar disorder": {
        "sv": ["bipolär sjukdom", "bipolär störning"],
        "da": ["bipolar lidelse"],
        "nb": ["bipolar lidelse"],
        "cs": ["bipolární porucha", "bipolární poruchy"],
        "pl": ["choroba afektywna dwubiegunowa", "zaburzenie dwubiegunowe"],
    },
    "Crohn disease": {
        "sv": ["Crohns sjukdom"],
        "da": ["Crohns sygdom"],
        "nb": ["Crohns sykdom"],
        "cs": ["Crohnova choroba", "Crohnovy choroby"],
        "pl": ["choroba Leśniowskiego-Crohna", "choroby Leśniowskiego-Crohna"],
    },
    "ulcerative colitis": {
        "sv": ["ulcerös kolit"],
        "nb": ["ulcerøs kolitt"],
        "cs": ["ulcerózní kolitida"],
        "pl": ["wrzodziejące zapalenie jelita grubego"],
    },
    "irritable bowel syndrome": {
        "sv": ["känslig tarm"],
        "da": ["irriteret tyktarm"],
        "nb": ["irritabel tarm"],
        "cs": ["syndrom dráždivého tračníku"],
        "pl": ["zespół jelita drażliwego"],
    },
    "hemorrhoids": {
        "sv": ["hemorrojder"],
        "da": ["hæmorider"],
        "nb": ["hemoroider"],
        "cs": ["hemoroidy"],
        "pl": ["hemoroidy", "żylaki odbytu"],
    },
    "varicose veins": {
        "sv": ["åderbråck"],
        "da": ["åreknuder"],
        "nb": ["åreknuter"],
        "cs": ["křečové žíly"],
        "pl": ["żylaki"],
    },
    "glaucoma": {
        "sv": ["grön starr"],
        "da": ["grøn stær"],
        "nb": ["grønn stær"],
        "cs": ["zelený zákal"],
        "pl": ["jaskra", "jaskry"],
    },
    "cataract": {
        "sv": ["grå starr"],
        "da": ["grå stær"],
        "nb": ["grå stær"],
        "cs": ["šedý zákal"],
        "pl": ["zaćma", "zaćmy"],
    },
    "leukemia": {
        "sv": ["leukemi"],
        "da": ["leukæmi"],
        "nb": ["leukemi"],
        "cs": ["leukémie", "leukemie"],
        "pl": ["białaczka", "białaczki", "białaczką"],
    },
    "lymphoma": {"sv": ["lymfom"], "pl": ["chłoniak", "chłoniaka"]},
    "melanoma": {"pl": ["czerniak", "czerniaka"]},
    "thrombosis": {
        "cs": ["trombóza", "trombózy"],
        "pl": ["zakrzepica", "zakrzepicy"],
    },
    "atrial fibrillation": {
        "sv": ["förmaksflimmer"],
        "da": ["atrieflimren"],
        "nb": ["atrieflimmer"],
        "cs": ["fibrilace síní"],
        "pl": ["migotanie przedsionków"],
    },
    "meningitis": {"cs": ["meningitida"], "pl": ["zapalenie opon mózgowo-rdzeniowych"]},
    "hypothyroidism": {
        "sv": ["hypotyreos"],
        "da": ["hypothyreose"],
        "nb": ["hypotyreose", "lavt stoffskifte"],
        "cs": ["hypotyreóza", "snížená funkce štítné žlázy"],
        "pl": ["niedoczynność tarczycy", "niedoczynności tarczycy"],
    },
    "hyperthyroidism": {
        "sv": ["hypertyreos"],
        "da": ["hyperthyreose"],
        "nb": ["hypertyreose", "høyt stoffskifte"],
        "cs": ["hypertyreóza", "zvýšená funkce štítné žlázy"],
        "pl": ["nadczynność tarczycy", "nadczynności tarczycy"],
    },
    "scoliosis": {
        "sv": ["skolios"],
        "da": ["skoliose"],
        "nb": ["skoliose"],
        "cs": ["skolióza"],
        "pl": ["skolioza", "skoliozy"],
    },
    "fibromyalgia": {"sv": ["fibromyalgi"], "da": ["fibromyalgi"], "nb": ["fibromyalgi"]},
    "endometriosis": {
        "sv": ["endometrios"],
        "cs": ["endometrióza"],
        "pl": ["endometrioza", "endometriozy"],
    },
    "sickle cell anemia": {
        "sv": ["sicklecellanemi"],
        "da": ["seglcelleanæmi"],
        "nb": ["sigdcelleanemi"],
        "cs": ["srpkovitá anémie"],
        "pl": ["anemia sierpowata", "niedokrwistość sierpowatokrwinkowa"],
    },
    "cystic fibrosis": {
        "sv": ["cystisk fibros"],
        "da": ["cystisk fibrose"],
        "nb": ["cystisk fibrose"],
        "cs": ["cystická fibróza"],
        "pl": ["mukowiscydoza", "mukowiscydozy"],
    },
    "hemophilia": {
        "sv": ["blödarsjuka", "hemofili"],
        "da": ["hæmofili", "blødersygdom"],
        "nb": ["hemofili", "blødersykdom"],
    },
    "Down syndrome": {
        "sv": ["Downs syndrom"],
        "da": ["Downs syndrom"],
        "nb": ["Downs syndrom"],
        "cs": ["Downův syndrom"],
        "pl": ["zespół Downa"],
    },
    "tinnitus": {"cs": ["ušní šelest"], "pl": ["szumy uszne"]},
    "malnutrition": {
        "sv": ["undernäring"],
        "da": ["underernæring"],
        "nb": ["underernæring"],
        "cs": ["podvýživa"],
        "pl": ["niedożywienie"],
    },
    "dehydration": {
        "sv": ["uttorkning"],
        "da": ["dehydrering"],
        "nb": ["dehydrering"],
        "cs": ["dehydratace"],
        "pl": ["odwodnienie", "odwodnienia"],
    },
    "psoriasis": {"cs": ["lupénka"], "pl": ["łuszczyca", "łuszczycy"]},
    "eczema": {
        "sv": ["eksem"],
        "da": ["eksem"],
        "nb": ["eksem"],
        "cs": ["ekzém"],
        "pl": ["egzema", "wyprysk"],
    },
    "carpal tunnel syndrome": {
        "sv": ["karpaltunnelsyndrom"],
        "cs": ["syndrom karpálního tunelu"],
        "pl": ["zespół cieśni nadgarstka"],
    },
}
for _english, _names in NAMES_NORTH_EAST.items():
    NAMES.setdefault(_english, {}).update(_names)


# Korean, Vietnamese, Russian, Turkish, Indonesian and Malay (general knowledge of the languages,
# not from any evaluation page). Each organ's forms: the Korean noun a head is glued to ("폐" +
# "암"), the Vietnamese noun after the head ("ung thư phổi"), the Russian genitive after the head
# ("рак лёгких", "заболевания почек"), the Turkish noun before the head with its possessive
# ending ("akciğer kanseri", "böbrek yetmezliği"), the Indonesian and Malay noun after the head
# ("kanker payudara", "gagal ginjal"). Keyed by the organ's first English name in ORGANS.
ORGANS_MORE: dict[str, dict[str, list[str]]] = {
    "breast": {
        "ko": ["유방"],
        "vi": ["vú"],
        "ru": ["молочной железы", "груди"],
        "tr": ["meme"],
        "id": ["payudara"],
        "ms": ["payudara"],
    },
    "lung": {
        "ko": ["폐"],
        "vi": ["phổi"],
        "ru": ["лёгких", "легких", "лёгкого", "легкого"],
        "tr": ["akciğer"],
        "id": ["paru-paru", "paru"],
        "ms": ["paru-paru"],
    },
    "liver": {
        "ko": ["간"],
        "vi": ["gan"],
        "ru": ["печени"],
        "tr": ["karaciğer"],
        "id": ["hati"],
        "ms": ["hati"],
    },
    "kidney": {
        "ko": ["신장", "콩팥"],
        "vi": ["thận"],
        "ru": ["почек", "почки"],
        "tr": ["böbrek"],
        "id": ["ginjal"],
        "ms": ["buah pinggang", "ginjal"],
    },
    "heart": {
        "ko": ["심장"],
        "vi": ["tim"],
        "ru": ["сердца"],
        "tr": ["kalp"],
        "id": ["jantung"],
        "ms": ["jantung"],
    },
    "prostate": {
        "ko": ["전립선"],
        "vi": ["tuyến tiền liệt"],
        "ru": ["предстательной железы", "простаты"],
        "tr": ["prostat"],
        "id": ["prostat"],
        "ms": ["prostat"],
    },
    "colorectal": {
        "ko": ["대장", "결장직장"],
        "vi": ["đại trực tràng"],
        "ru": ["толстой и прямой кишки"],
        "tr": ["kolorektal"],
        "id": ["kolorektal"],
        "ms": ["kolorektal"],
    },
    "colon": {
        "ko": ["결장"],
        "vi": ["đại tràng"],
        "ru": ["толстой кишки", "ободочной кишки"],
        "tr": ["kolon", "kalın bağırsak"],
        "id": ["usus besar"],
        "ms": ["usus besar"],
    },
    "bowel": {
        "ko": [],
        "vi": ["ruột"],
        "ru": ["кишечника"],
        "tr": ["bağırsak"],
        "id": ["usus"],
        "ms": ["usus"],
    },
    "skin": {
        "ko": ["피부"],
        "vi": ["da"],
        "ru": ["кожи"],
        "tr": ["cilt", "deri"],
        "id": ["kulit"],
        "ms": ["kulit"],
    },
    "pancreatic": {
        "ko": ["췌장"],
        "vi": ["tụy", "tuỵ", "tuyến tụy"],
        "ru": ["поджелудочной железы"],
        "tr": ["pankreas"],
        "id": ["pankreas"],
        "ms": ["pankreas"],
    },
    "stomach": {
        "ko": ["위"],
        "vi": ["dạ dày"],
        "ru": ["желудка"],
        "tr": ["mide"],
        "id": ["lambung"],
        "ms": ["perut"],
    },
    "bladder": {
        "ko": ["방광"],
        "vi": ["bàng quang"],
        "ru": ["мочевого пузыря"],
        "tr": ["mesane"],
        "id": ["kandung kemih"],
        "ms": ["pundi kencing"],
    },
    "ovarian": {
        "ko": ["난소"],
        "vi": ["buồng trứng"],
        "ru": ["яичников", "яичника"],
        "tr": ["yumurtalık"],
        "id": ["ovarium", "indung telur"],
        "ms": ["ovari"],
    },
    "cervical": {
        "ko": ["자궁경부"],
        "vi": ["cổ tử cung"],
        "ru": ["шейки матки"],
        "tr": ["rahim ağzı"],
        "id": ["serviks", "leher rahim"],
        "ms": ["serviks", "pangkal rahim"],
    },
    "uterine": {
        "ko": ["자궁", "자궁내막"],
        "vi": ["tử cung", "nội mạc tử cung"],
        "ru": ["матки", "эндометрия"],
        "tr": ["rahim"],
        "id": ["rahim"],
        "ms": ["rahim"],
    },
    "thyroid": {
        "ko": ["갑상선"],
        "vi": ["tuyến giáp"],
        "ru": ["щитовидной железы"],
        "tr": ["tiroid"],
        "id": ["tiroid"],
        "ms": ["tiroid"],
    },
    "brain": {
        "ko": ["뇌"],
        "vi": ["não"],
        "ru": ["головного мозга", "мозга"],
        "tr": ["beyin"],
        "id": ["otak"],
        "ms": ["otak"],
    },
    "bone": {
        "ko": [],
        "vi": ["xương"],
        "ru": ["костей", "кости"],
        "tr": ["kemik"],
        "id": ["tulang"],
        "ms": ["tulang"],
    },
    "blood": {
        "ko": ["혈액"],
        "vi": ["máu"],
        "ru": ["крови"],
        "tr": ["kan"],
        "id": ["darah"],
        "ms": ["darah"],
    },
    "esophageal": {
        "ko": ["식도"],
        "vi": ["thực quản"],
        "ru": ["пищевода"],
        "tr": ["yemek borusu"],
        "id": ["kerongkongan", "esofagus"],
        "ms": ["esofagus"],
    },
    "rectal": {
        "ko": ["직장"],
        "vi": ["trực tràng"],
        "ru": ["прямой кишки"],
        "tr": ["rektum"],
        "id": ["rektum"],
        "ms": ["rektum"],
    },
    "oral": {
        "ko": ["구강"],
        "vi": ["khoang miệng"],
        "ru": ["полости рта"],
        "tr": ["ağız"],
        "id": ["mulut", "rongga mulut"],
        "ms": ["mulut"],
    },
    "testicular": {
        "ko": ["고환"],
        "vi": ["tinh hoàn"],
        "ru": ["яичек", "яичка"],
        "tr": ["testis"],
        "id": ["testis"],
        "ms": ["testis"],
    },
    "eye": {
        "ko": ["눈"],
        "vi": ["mắt"],
        "ru": ["глаз"],
        "tr": ["göz"],
        "id": ["mata"],
        "ms": ["mata"],
    },
    "joint": {
        "ko": ["관절"],
        "vi": ["khớp"],
        "ru": ["суставов"],
        "tr": ["eklem"],
        "id": ["sendi"],
        "ms": ["sendi"],
    },
    "gum": {
        "ko": ["잇몸", "치주"],
        "vi": ["nướu", "lợi"],
        "ru": ["дёсен", "десен"],
        "tr": ["diş eti"],
        "id": ["gusi"],
        "ms": ["gusi"],
    },
    "respiratory": {
        "ko": ["호흡기"],
        "vi": ["đường hô hấp", "hô hấp"],
        "ru": ["дыхательных путей", "органов дыхания"],
        "tr": ["solunum yolu", "solunum yolları"],
        "id": ["saluran pernapasan", "saluran napas"],
        "ms": ["saluran pernafasan"],
    },
    "urinary tract": {
        "ko": ["요로"],
        "vi": ["đường tiết niệu"],
        "ru": ["мочевыводящих путей", "мочевых путей"],
        "tr": ["idrar yolu", "idrar yolları"],
        "id": ["saluran kemih"],
        "ms": ["saluran kencing"],
    },
    "ear": {
        "ko": [],
        "vi": ["tai"],
        "ru": ["уха", "ушей"],
        "tr": ["kulak"],
        "id": ["telinga"],
        "ms": ["telinga"],
    },
}
# Head nouns: the English head (HEADS_EN, or "itis" for the organ's inflammation) and a template
# over the organ's form. Korean glues the head to the organ ("폐암", "심장질환") or writes it
# apart ("심장 질환"); its failures and inflammations are irregular ("심부전", "폐렴") and in
# NAMES_MORE. The Russian cases of a head take the same organ genitive ("рака лёгких").
HEADS_MORE: dict[str, list[tuple[str, str]]] = {
    "ko": [
        ("cancer", "{o}암"),
        ("disease", "{o}질환"),
        ("disease", "{o} 질환"),
        ("tumor", "{o}종양"),
    ],
    "vi": [
        ("cancer", "ung thư {o}"),
        ("disease", "bệnh {o}"),
        ("failure", "suy {o}"),
        ("itis", "viêm {o}"),
        ("infection", "nhiễm trùng {o}"),
        ("infection", "nhiễm khuẩn {o}"),
    ],
    "ru": [
        *(("cancer", f"{h} {{o}}") for h in ("рак", "рака", "раком", "раке", "раку")),
        *(("tumor", f"{h} {{o}}") for h in ("опухоль", "опухоли", "опухолей", "опухолью")),
        *(
            ("disease", f"{h} {{o}}")
            for h in (
                "заболевание",
                "заболевания",
                "заболеваний",
                "заболеванием",
                "заболеваниями",
                "заболеваниях",
                "болезнь",
                "болезни",
                "болезней",
                "болезнью",
                "болезнями",
            )
        ),
        *(
            ("infection", f"{h} {{o}}")
            for h in ("инфекция", "инфекции", "инфекций", "инфекцией", "инфекциями")
        ),
        *(("itis", f"{h} {{o}}") for h in ("воспаление", "воспаления", "воспалением")),
    ],
    "tr": [
        ("cancer", "{o} kanseri"),
        ("cancer", "{o} kanserleri"),
        ("tumor", "{o} tümörü"),
        ("disease", "{o} hastalığı"),
        ("disease", "{o} hastalıkları"),
        ("failure", "{o} yetmezliği"),
        ("infection", "{o} enfeksiyonu"),
        ("infection", "{o} enfeksiyonları"),
        ("itis", "{o} iltihabı"),
    ],
    "id": [
        ("cancer", "kanker {o}"),
        ("tumor", "tumor {o}"),
        ("disease", "penyakit {o}"),
        ("failure", "gagal {o}"),
        ("infection", "infeksi {o}"),
        ("itis", "radang {o}"),
    ],
    "ms": [
        ("cancer", "kanser {o}"),
        ("cancer", "barah {o}"),
        ("tumor", "tumor {o}"),
        ("disease", "penyakit {o}"),
        ("failure", "kegagalan {o}"),
        ("failure", "gagal {o}"),
        ("infection", "jangkitan {o}"),
        ("itis", "radang {o}"),
    ],
}
# The organs each head is said of (an eye or a joint has no cancer of its own name); an organ's
# inflammation is the English -itis of ORGANS.
HEAD_ORGANS_MORE = {
    "cancer": {o["en"][0] for o in ORGANS}
    - {"joint", "gum", "respiratory", "urinary tract", "ear", "eye", "heart"},  # type: ignore[index]
    "disease": {
        "lung",
        "liver",
        "kidney",
        "heart",
        "skin",
        "eye",
        "joint",
        "gum",
        "respiratory",
        "bowel",
        "thyroid",
        "bone",
    },
    "failure": {"lung", "liver", "kidney", "heart", "respiratory"},
    "infection": {"respiratory", "urinary tract", "ear", "skin", "bone", "blood"},
    "tumor": {
        "brain",
        "bone",
        "breast",
        "liver",
        "kidney",
        "bladder",
        "ovarian",
        "uterine",
        "stomach",
    },
}
# Generated forms that are no name: Korean "위 질환" is also "the disease above"; an eye cancer
# is not "눈암".
SKIP_MORE = {"위질환", "위 질환", "눈암", "눈종양"}
# The common diseases' own names in the same languages, merged into NAMES below, each as a health
# page writes it. Korean takes its particles, Turkish and Russian their case endings, Indonesian
# and Malay "-nya" through rules/compounds.yaml `inflections`; a name whose last letters change
# is listed in its forms (Turkish "kızamığı", "hastalığı"; the Russian feminine and neuter nouns
# "пневмонии", "ожирения"; a Russian name of fewer than five letters, "СПИДа"). A name the
# English vocabulary has already ("malaria", "sepsis", "hepatitis") is left to it; one that is
# short or a common word of its language is in LANGUAGE_ONLY or left out (Russian "свинка" is a
# piglet, "проказа" a prank, "бешенство" fury; Turkish "kızıl" is red, "inme" a descent, "varis"
# an heir, "ayan" evident; Malay "lelah" (asthma) is Indonesian for tired; Korean "통풍" is also
# ventilation, "탈수" the spin of a washing machine, "이명" another name; Vietnamese "lao" alone is
# in "lao động", labour).
NAMES_MORE: dict[str, dict[str, list[str]]] = {
    "measles": {
        "ko": ["홍역"],
        "vi": ["bệnh sởi"],
        "ru": ["корь", "кори", "корью"],
        "tr": ["kızamık", "kızamığı", "kızamığa", "kızamığın"],
        "id": ["campak"],
        "ms": ["campak"],
    },
    "mumps": {
        "ko": ["유행성 이하선염", "유행성이하선염"],
        "vi": ["quai bị"],
        "ru": ["эпидемический паротит", "паротит"],
        "tr": ["kabakulak"],
        "id": ["gondongan"],
        "ms": ["beguk"],
    },
    "rubella": {
        "ko": ["풍진"],
        "vi": ["sởi Đức"],
        "ru": ["краснуха", "краснухи", "краснухой", "краснуху"],
        "tr": ["kızamıkçık"],
        "id": ["rubela", "campak Jerman"],
        "ms": ["campak Jerman"],
    },
    "chickenpox": {
        "ko": ["수두"],
        "vi": ["thủy đậu", "thuỷ đậu"],
        "ru": [
            "ветряная оспа",
            "ветряной оспы",
            "ветряной оспой",
            "ветрянка",
            "ветрянки",
            "ветрянкой",
            "ветрянку",
        ],
        "tr": ["su çiçeği", "suçiçeği"],
        "id": ["cacar air"],
        "ms": ["cacar air"],
    },
    "whooping cough": {
        "ko": ["백일해"],
        "vi": ["ho gà"],
        "ru": ["коклюш"],
        "tr": ["boğmaca"],
        "id": ["batuk rejan"],
        "ms": ["batuk kokol"],
    },
    "diphtheria": {
        "ko": ["디프테리아"],
        "vi": ["bạch hầu"],
        "ru": ["дифтерия", "дифтерии", "дифтерию", "дифтерией"],
        "tr": ["difteri"],
        "id": ["difteri"],
        "ms": ["difteria"],
    },
    "tetanus": {"ko": ["파상풍"], "vi": ["uốn ván"], "ru": ["столбняк"], "tr": ["tetanoz"]},
    "poliomyelitis": {
        "ko": ["소아마비", "폴리오"],
        "vi": ["bại liệt"],
        "ru": ["полиомиелит"],
        "tr": ["çocuk felci"],
        "id": ["lumpuh layu"],
    },
    "influenza": {
        "ko": ["인플루엔자", "독감"],
        "vi": ["bệnh cúm", "cúm mùa"],
        "ru": ["грипп"],
        "tr": ["mevsimsel grip", "influenza"],
        "id": ["influensa", "flu musiman"],
        "ms": ["influenza", "selesema musim"],
    },
    "tuberculosis": {
        "ko": ["결핵", "폐결핵"],
        "vi": ["bệnh lao", "lao phổi"],
        "ru": ["туберкулёз", "туберкулез"],
        "tr": ["tüberküloz", "verem"],
        "id": ["tuberkulosis"],
        "ms": ["tuberkulosis"],
    },
    "malaria": {
        "ko": ["말라리아"],
        "vi": ["sốt rét"],
        "ru": ["малярия", "малярии", "малярию", "малярией"],
        "tr": ["sıtma"],
    },
    "cholera": {
        "ko": ["콜레라"],
        "vi": ["bệnh tả", "dịch tả"],
        "ru": ["холера", "холеры", "холерой", "холеру"],
        "tr": ["kolera"],
        "id": ["kolera"],
        "ms": ["kolera"],
    },
    "smallpox": {
        "ko": ["천연두"],
        "vi": ["đậu mùa"],
        "ru": ["натуральная оспа", "натуральной оспы"],
        "tr": ["çiçek hastalığı"],
    },
    "scarlet fever": {
        "ko": ["성홍열"],
        "vi": ["tinh hồng nhiệt"],
        "ru": ["скарлатина", "скарлатины", "скарлатиной"],
        "tr": ["kızıl hastalığı"],
        "id": ["demam scarlet"],
    },
    "herpes zoster": {
        "ko": ["대상포진"],
        "vi": ["zona thần kinh", "bệnh zona"],
        "ru": ["опоясывающий лишай", "опоясывающего лишая", "опоясывающий герпес"],
        "tr": ["zona hastalığı"],
        "id": ["cacar ular"],
        "ms": ["kayap"],
    },
    "acquired immunodeficiency syndrome": {
        "ko": ["에이즈", "후천성면역결핍증", "후천성 면역 결핍증"],
        "ru": ["СПИД", "СПИДа", "СПИДом", "СПИДе"],
    },
    "HIV infection": {
        "ko": ["HIV 감염"],
        "vi": ["nhiễm HIV"],
        "ru": ["ВИЧ", "ВИЧ-инфекция", "ВИЧ-инфекции", "ВИЧ-инфекцией"],
        "tr": ["HIV enfeksiyonu"],
        "id": ["infeksi HIV"],
        "ms": ["jangkitan HIV"],
    },
    "COVID-19": {
        "ko": [
            "코로나19",
            "코로나 19",
            "코로나바이러스감염증",
            "코로나바이러스 감염증",
            "신종 코로나바이러스 감염증",
            "코로나바이러스",
        ],
        "vi": ["virus corona", "virus Corona"],
        "ru": [
            "коронавирусная инфекция",
            "коронавирусной инфекции",
            "коронавирусной инфекцией",
            "коронавирус",
            "ковид",
            "COVID-19",
        ],
        "tr": ["koronavirüs", "korona virüs", "Kovid-19"],
        "id": ["virus corona", "virus korona"],
        "ms": ["koronavirus"],
    },
    "common cold": {
        "ko": ["감기"],
        "vi": ["cảm lạnh"],
        "ru": ["простуда", "простуды", "простудой", "простуду", "простуде"],
        "tr": ["soğuk algınlığı", "nezle"],
        "id": ["pilek"],
        "ms": ["selesema"],
    },
    "diabetes mellitus": {
        "ko": ["당뇨병", "당뇨"],
        "vi": ["bệnh tiểu đường", "tiểu đường", "đái tháo đường"],
        "ru": [
            "диабет",
            "сахарный диабет",
            "сахарного диабета",
            "сахарным диабетом",
            "сахарном диабете",
            "сахарному диабету",
        ],
        "tr": ["diyabet", "şeker hastalığı", "şeker hastalığına", "şeker hastalığının"],
        "id": ["kencing manis", "penyakit gula"],
        "ms": ["kencing manis"],
    },
    "type 2 diabetes": {
        "ko": ["제2형 당뇨병", "2형 당뇨병", "제2형 당뇨"],
        "vi": [
            "tiểu đường tuýp 2",
            "tiểu đường type 2",
            "đái tháo đường típ 2",
            "đái tháo đường type 2",
        ],
        "ru": [
            "диабет 2 типа",
            "диабета 2 типа",
            "диабетом 2 типа",
            "сахарный диабет 2 типа",
            "сахарного диабета 2 типа",
        ],
        "tr": ["tip 2 diyabet", "Tip 2 diyabet"],
        "id": ["diabetes tipe 2", "diabetes melitus tipe 2"],
        "ms": ["diabetes jenis 2"],
    },
    "type 1 diabetes": {
        "ko": ["제1형 당뇨병", "1형 당뇨병"],
        "vi": [
            "tiểu đường tuýp 1",
            "tiểu đường type 1",
            "đái tháo đường típ 1",
            "đái tháo đường type 1",
        ],
        "ru": [
            "диабет 1 типа",
            "диабета 1 типа",
            "сахарный диабет 1 типа",
            "сахарного диабета 1 типа",
        ],
        "tr": ["tip 1 diyabet"],
        "id": ["diabetes tipe 1", "diabetes melitus tipe 1"],
        "ms": ["diabetes jenis 1"],
    },
    "cancer": {
        "ko": ["악성종양", "악성 종양"],
        "vi": ["ung thư", "bệnh ung thư"],
        "ru": [
            "злокачественная опухоль",
            "злокачественной опухоли",
            "злокачественные опухоли",
            "злокачественных опухолей",
            "онкологическое заболевание",
            "онкологические заболевания",
            "онкологических заболеваний",
        ],
        "tr": ["kanser", "kötü huylu tümör"],
        "id": ["kanker", "tumor ganas"],
        "ms": ["kanser"],
    },
    "myocardial infarction": {
        "ko": ["심근경색", "심근경색증", "심장마비"],
        "vi": ["nhồi máu cơ tim"],
        "ru": ["инфаркт миокарда", "инфаркта миокарда", "инфарктом миокарда", "инфаркт"],
        "tr": ["kalp krizi", "miyokard enfarktüsü"],
        "id": ["serangan jantung", "infark miokard"],
        "ms": ["serangan jantung"],
    },
    "stroke": {
        "ko": ["뇌졸중", "뇌경색"],
        "vi": ["đột quỵ", "đột quị", "tai biến mạch máu não"],
        "ru": ["инсульт"],
        "tr": ["beyin felci"],
        "ms": ["strok", "angin ahmar"],
    },
    "dementia": {
        "ko": ["치매"],
        "vi": ["sa sút trí tuệ", "chứng mất trí"],
        "ru": ["деменция", "деменции", "деменцию", "деменцией", "слабоумие", "слабоумия"],
        "tr": ["demans", "bunama"],
        "id": ["demensia", "pikun"],
        "ms": ["demensia", "nyanyuk"],
    },
    "Alzheimer disease": {
        "ko": ["알츠하이머병", "알츠하이머"],
        "vi": ["bệnh Alzheimer"],
        "ru": ["болезнь Альцгеймера", "болезни Альцгеймера", "болезнью Альцгеймера"],
        "tr": ["Alzheimer hastalığı"],
        "id": ["penyakit Alzheimer"],
        "ms": ["penyakit Alzheimer"],
    },
    "Parkinson disease": {
        "ko": ["파킨슨병"],
        "vi": ["bệnh Parkinson"],
        "ru": ["болезнь Паркинсона", "болезни Паркинсона", "болезнью Паркинсона"],
        "tr": ["Parkinson hastalığı"],
        "id": ["penyakit Parkinson"],
        "ms": ["penyakit Parkinson"],
    },
    "depression": {
        "ko": ["우울증"],
        "vi": ["trầm cảm", "bệnh trầm cảm"],
        "ru": ["депрессия", "депрессии", "депрессию", "депрессией"],
        "tr": ["depresyon"],
        "id": ["depresi"],
        "ms": ["kemurungan"],
    },
    "asthma": {
        "ko": ["천식"],
        "vi": ["hen suyễn", "hen phế quản", "bệnh hen"],
        "ru": [
            "астма",
            "астмы",
            "астмой",
            "астме",
            "астму",
            "бронхиальная астма",
            "бронхиальной астмы",
            "бронхиальной астмой",
        ],
        "tr": ["astım"],
        "id": ["asma"],
        "ms": ["asma"],
    },
    "obesity": {
        "ko": ["비만", "비만증"],
        "vi": ["béo phì"],
        "ru": ["ожирение", "ожирения", "ожирением", "ожирении"],
        "tr": ["obezite"],
        "id": ["obesitas"],
        "ms": ["obesiti"],
    },
    "hypertension": {
        "ko": ["고혈압"],
        "vi": ["tăng huyết áp", "cao huyết áp", "huyết áp cao"],
        "ru": [
            "гипертония",
            "гипертонии",
            "гипертонию",
            "гипертонией",
            "гипертензия",
            "гипертензии",
            "гипертензией",
            "артериальная гипертензия",
            "артериальной гипертензии",
            "повышенное артериальное давление",
            "повышенного артериального давления",
        ],
        "tr": ["hipertansiyon", "yüksek tansiyon"],
        "id": ["hipertensi", "tekanan darah tinggi"],
        "ms": ["hipertensi", "tekanan darah tinggi", "darah tinggi"],
    },
    "autism": {
        "ko": ["자폐증", "자폐 스펙트럼 장애", "자폐스펙트럼장애"],
        "vi": ["tự kỷ", "chứng tự kỷ"],
        "ru": ["аутизм"],
        "tr": ["otizm"],
        "id": ["autisme"],
        "ms": ["autisme"],
    },
    "epilepsy": {
        "ko": ["뇌전증", "간질"],
        "vi": ["động kinh", "bệnh động kinh"],
        "ru": ["эпилепсия", "эпилепсии", "эпилепсией", "эпилепсию"],
        "tr": ["epilepsi"],
        "id": ["epilepsi"],
        "ms": ["epilepsi"],
    },
    "sepsis": {
        "ko": ["패혈증"],
        "vi": ["nhiễm trùng huyết", "nhiễm khuẩn huyết"],
        "ru": ["сепсис"],
    },
    "migraine": {
        "ko": ["편두통"],
        "vi": ["đau nửa đầu"],
        "ru": ["мигрень", "мигрени", "мигренью"],
        "tr": ["migren"],
        "id": ["migrain"],
        "ms": ["migrain"],
    },
    "schizophrenia": {
        "ko": ["조현병", "정신분열증"],
        "vi": ["tâm thần phân liệt"],
        "ru": ["шизофрения", "шизофрении", "шизофренией"],
        "tr": ["şizofreni"],
        "id": ["skizofrenia"],
        "ms": ["skizofrenia"],
    },
    "infertility": {
        "ko": ["불임", "난임"],
        "vi": ["vô sinh"],
        "ru": ["бесплодие", "бесплодия", "бесплодием"],
        "tr": ["kısırlık", "infertilite"],
        "id": ["infertilitas", "kemandulan"],
        "ms": ["kemandulan"],
    },
    "osteoporosis": {
        "ko": ["골다공증"],
        "vi": ["loãng xương"],
        "ru": ["остеопороз"],
        "tr": ["osteoporoz", "kemik erimesi"],
        "id": ["pengeroposan tulang"],
        "ms": ["osteoporosis"],
    },
    "heart failure": {
        "ko": ["심부전", "심부전증"],
        "ru": [
            "сердечная недостаточность",
            "сердечной недостаточности",
            "сердечной недостаточностью",
        ],
        "ms": ["kegagalan jantung"],
    },
    "kidney failure": {
        "ko": ["신부전", "신부전증", "콩팥기능상실"],
        "vi": ["suy thận"],
        "ru": ["почечная недостаточность", "почечной недостаточности", "почечной недостаточностью"],
    },
    "chronic kidney disease": {
        "ko": ["만성 신장병", "만성신장병", "만성 콩팥병", "만성콩팥병"],
        "vi": ["bệnh thận mạn", "bệnh thận mạn tính", "suy thận mạn"],
        "ru": [
            "хроническая болезнь почек",
            "хронической болезни почек",
            "хроническое заболевание почек",
        ],
        "tr": ["kronik böbrek hastalığı", "kronik böbrek yetmezliği"],
        "id": ["penyakit ginjal kronis", "gagal ginjal kronis"],
        "ms": ["penyakit buah pinggang kronik"],
    },
    "liver failure": {
        "ko": ["간부전"],
        "ru": [
            "печёночная недостаточность",
            "печеночная недостаточность",
            "печёночной недостаточности",
            "печеночной недостаточности",
        ],
    },
    "respiratory failure": {
        "ko": ["호흡부전"],
        "vi": ["suy hô hấp"],
        "ru": ["дыхательная недостаточность", "дыхательной недостаточности"],
        "tr": ["solunum yetmezliği"],
        "id": ["gagal napas"],
        "ms": ["kegagalan pernafasan"],
    },
    "sleep apnea": {
        "ko": ["수면무호흡증", "수면 무호흡증"],
        "vi": ["ngưng thở khi ngủ"],
        "ru": ["апноэ сна", "синдром обструктивного апноэ сна"],
        "tr": ["uyku apnesi"],
        "id": ["apnea tidur"],
        "ms": ["apnea tidur"],
    },
    "chronic obstructive pulmonary disease": {
        "ko": ["만성폐쇄성폐질환", "만성 폐쇄성 폐질환"],
        "vi": [
            "bệnh phổi tắc nghẽn mạn tính",
            "bệnh phổi tắc nghẽn mãn tính",
            "phổi tắc nghẽn mạn tính",
        ],
        "ru": [
            "ХОБЛ",
            "хроническая обструктивная болезнь лёгких",
            "хроническая обструктивная болезнь легких",
            "хронической обструктивной болезни лёгких",
            "хронической обструктивной болезни легких",
        ],
        "tr": ["KOAH", "kronik obstrüktif akciğer hastalığı"],
        "id": ["PPOK", "penyakit paru obstruktif kronis", "penyakit paru obstruktif kronik"],
        "ms": ["penyakit pulmonari obstruktif kronik"],
    },
    "pneumonia": {
        "ko": ["폐렴"],
        "vi": ["viêm phổi"],
        "ru": [
            "пневмония",
            "пневмонии",
            "пневмонию",
            "пневмонией",
            "воспаление лёгких",
            "воспаление легких",
            "воспаления лёгких",
            "воспаления легких",
        ],
        "tr": ["zatürre", "zatürree", "pnömoni"],
        "id": ["radang paru-paru"],
        "ms": ["radang paru-paru"],
    },
    "anemia": {
        "ko": ["빈혈"],
        "vi": ["thiếu máu"],
        "ru": ["анемия", "анемии", "анемией", "анемию", "малокровие"],
        "tr": ["anemi", "kansızlık"],
        "id": ["kurang darah"],
        "ms": ["kurang darah"],
    },
    "osteoarthritis": {
        "ko": ["골관절염", "퇴행성 관절염", "퇴행성관절염"],
        "vi": ["thoái hóa khớp", "thoái hoá khớp"],
        "ru": ["остеоартрит", "остеоартроз", "артроз"],
        "tr": ["osteoartrit", "kireçlenme"],
        "id": ["osteoartritis"],
        "ms": ["osteoartritis"],
    },
    "rheumatoid arthritis": {
        "ko": ["류마티스 관절염", "류마티스관절염", "류머티즘 관절염"],
        "vi": ["viêm khớp dạng thấp"],
        "ru": ["ревматоидный артрит", "ревматоидного артрита", "ревматоидным артритом"],
        "tr": ["romatoid artrit"],
        "id": ["artritis reumatoid"],
        "ms": ["artritis reumatoid"],
    },
    "multiple sclerosis": {
        "ko": ["다발성 경화증", "다발성경화증"],
        "vi": ["đa xơ cứng", "bệnh đa xơ cứng"],
        "ru": ["рассеянный склероз", "рассеянного склероза", "рассеянным склерозом"],
        "tr": ["multipl skleroz"],
        "id": ["sklerosis multipel"],
        "ms": ["sklerosis berbilang"],
    },
    "amyotrophic lateral sclerosis": {
        "ko": ["루게릭병", "근위축성 측삭 경화증"],
        "vi": ["xơ cứng teo cơ một bên"],
        "ru": ["боковой амиотрофический склероз", "бокового амиотрофического склероза"],
        "tr": ["amiyotrofik lateral skleroz"],
        "id": ["sklerosis lateral amiotrofik"],
    },
    "hepatitis": {"ko": ["간염"], "ru": ["гепатит"], "tr": ["hepatit"]},
    "hepatitis B": {
        "ko": ["B형 간염", "B형간염"],
        "vi": ["viêm gan B"],
        "ru": ["гепатит B", "гепатит В", "гепатита B", "гепатита В"],
        "tr": ["hepatit B"],
    },
    "hepatitis C": {
        "ko": ["C형 간염", "C형간염"],
        "vi": ["viêm gan C"],
        "ru": ["гепатит C", "гепатит С", "гепатита C", "гепатита С"],
        "tr": ["hepatit C"],
    },
    "cirrhosis": {
        "ko": ["간경변", "간경변증", "간경화"],
        "vi": ["xơ gan"],
        "ru": ["цирроз", "цирроз печени", "цирроза печени"],
        "tr": ["siroz", "karaciğer sirozu"],
        "id": ["sirosis", "sirosis hati"],
        "ms": ["sirosis"],
    },
    "kidney stones": {
        "ko": ["신장결석", "요로결석"],
        "vi": ["sỏi thận"],
        "ru": ["мочекаменная болезнь", "мочекаменной болезни", "камни в почках"],
        "tr": ["böbrek taşı", "böbrek taşları"],
        "id": ["batu ginjal"],
        "ms": ["batu karang"],
    },
    "gout": {
        "vi": ["bệnh gút", "bệnh gout"],
        "ru": ["подагра", "подагры", "подагрой"],
        "tr": ["gut hastalığı"],
        "ms": ["pirai"],
    },
    "syphilis": {
        "ko": ["매독"],
        "vi": ["giang mai"],
        "ru": ["сифилис"],
        "tr": ["frengi"],
        "id": ["sifilis", "raja singa"],
        "ms": ["sifilis"],
    },
    "gonorrhea": {
        "ko": ["임질"],
        "vi": ["bệnh lậu"],
        "ru": ["гонорея", "гонореи", "гонореей"],
        "tr": ["bel soğukluğu"],
        "id": ["gonore", "kencing nanah"],
        "ms": ["gonorea"],
    },
    "leprosy": {
        "ko": ["한센병", "나병"],
        "vi": ["bệnh phong", "bệnh hủi"],
        "ru": ["лепра", "лепры"],
        "tr": ["cüzzam"],
        "id": ["kusta"],
        "ms": ["kusta"],
    },
    "yellow fever": {
        "ko": ["황열", "황열병"],
        "vi": ["sốt vàng da"],
        "ru": ["жёлтая лихорадка", "желтая лихорадка", "жёлтой лихорадки", "желтой лихорадки"],
        "tr": ["sarı humma"],
        "id": ["demam kuning"],
        "ms": ["demam kuning"],
    },
    "bipolar disorder": {
        "ko": ["양극성 장애", "양극성장애", "조울증"],
        "vi": ["rối loạn lưỡng cực"],
        "ru": ["биполярное расстройство", "биполярного расстройства", "биполярным расстройством"],
        "tr": ["bipolar bozukluk"],
        "id": ["gangguan bipolar"],
        "ms": ["gangguan bipolar"],
    },
    "attention deficit hyperactivity disorder": {
        "ko": ["주의력결핍 과잉행동장애", "주의력 결핍 과잉 행동 장애"],
        "vi": ["rối loạn tăng động giảm chú ý"],
        "ru": ["СДВГ", "синдром дефицита внимания и гиперактивности"],
        "tr": ["dikkat eksikliği ve hiperaktivite bozukluğu", "DEHB"],
        "id": ["gangguan pemusatan perhatian dan hiperaktivitas"],
    },
    "Crohn disease": {
        "ko": ["크론병"],
        "vi": ["bệnh Crohn"],
        "ru": ["болезнь Крона", "болезни Крона", "болезнью Крона"],
        "tr": ["Crohn hastalığı"],
        "id": ["penyakit Crohn"],
        "ms": ["penyakit Crohn"],
    },
    "ulcerative colitis": {
        "ko": ["궤양성 대장염", "궤양성대장염"],
        "vi": ["viêm loét đại tràng"],
        "ru": ["язвенный колит", "язвенного колита", "язвенным колитом"],
        "tr": ["ülseratif kolit"],
        "id": ["kolitis ulseratif"],
        "ms": ["kolitis ulseratif"],
    },
    "irritable bowel syndrome": {
        "ko": ["과민성 대장 증후군", "과민성대장증후군"],
        "vi": ["hội chứng ruột kích thích"],
        "ru": [
            "синдром раздражённого кишечника",
            "синдром раздраженного кишечника",
            "синдрома раздражённого кишечника",
            "синдрома раздраженного кишечника",
        ],
        "tr": ["irritabl bağırsak sendromu", "huzursuz bağırsak sendromu"],
        "id": ["sindrom iritasi usus besar"],
        "ms": ["sindrom iritasi usus"],
    },
    "hemorrhoids": {
        "ko": ["치질", "치핵"],
        "vi": ["bệnh trĩ"],
        "ru": ["геморрой"],
        "tr": ["hemoroid", "basur"],
        "id": ["wasir", "ambeien"],
        "ms": ["buasir"],
    },
    "varicose veins": {
        "ko": ["하지정맥류", "정맥류"],
        "vi": ["giãn tĩnh mạch"],
        "ru": ["варикоз", "варикозное расширение вен"],
        "tr": ["varisli damar"],
        "id": ["varises"],
        "ms": ["urat varikos"],
    },
    "glaucoma": {
        "ko": ["녹내장"],
        "vi": ["tăng nhãn áp", "glôcôm"],
        "ru": ["глаукома", "глаукомы", "глаукомой"],
        "tr": ["glokom", "göz tansiyonu"],
        "id": ["glaukoma"],
        "ms": ["glaukoma"],
    },
    "cataract": {
        "ko": ["백내장"],
        "vi": ["đục thủy tinh thể", "đục thuỷ tinh thể"],
        "ru": ["катаракта", "катаракты", "катарактой"],
        "tr": ["katarakt"],
        "id": ["katarak"],
        "ms": ["katarak"],
    },
    "leukemia": {
        "ko": ["백혈병"],
        "vi": ["bệnh bạch cầu"],
        "ru": ["лейкоз", "лейкемия", "лейкемии", "лейкемией"],
        "tr": ["lösemi"],
    },
    "lymphoma": {
        "ko": ["림프종"],
        "vi": ["u lympho", "ung thư hạch"],
        "ru": ["лимфома", "лимфомы", "лимфомой"],
        "tr": ["lenfoma"],
        "id": ["limfoma"],
        "ms": ["limfoma"],
    },
    "melanoma": {
        "ko": ["흑색종"],
        "vi": ["u hắc tố"],
        "ru": ["меланома", "меланомы", "меланомой"],
        "tr": ["melanom"],
    },
    "thrombosis": {
        "ko": ["혈전증"],
        "vi": ["huyết khối"],
        "ru": ["тромбоз"],
        "tr": ["tromboz"],
        "id": ["trombosis"],
        "ms": ["trombosis"],
    },
    "atrial fibrillation": {
        "ko": ["심방세동"],
        "vi": ["rung nhĩ"],
        "ru": [
            "фибрилляция предсердий",
            "фибрилляции предсердий",
            "мерцательная аритмия",
            "мерцательной аритмии",
        ],
        "tr": ["atriyal fibrilasyon"],
        "id": ["fibrilasi atrium"],
        "ms": ["fibrilasi atrium"],
    },
    "meningitis": {
        "ko": ["수막염", "뇌수막염"],
        "vi": ["viêm màng não"],
        "ru": ["менингит"],
        "tr": ["menenjit"],
    },
    "hypothyroidism": {
        "ko": ["갑상선기능저하증", "갑상선 기능 저하증"],
        "vi": ["suy giáp"],
        "ru": ["гипотиреоз"],
        "tr": ["hipotiroidi"],
        "id": ["hipotiroidisme"],
        "ms": ["hipotiroidisme"],
    },
    "hyperthyroidism": {
        "ko": ["갑상선기능항진증", "갑상선 기능 항진증"],
        "vi": ["cường giáp"],
        "ru": ["гипертиреоз", "тиреотоксикоз"],
        "tr": ["hipertiroidi"],
        "id": ["hipertiroidisme"],
        "ms": ["hipertiroidisme"],
    },
    "scoliosis": {
        "ko": ["척추측만증"],
        "vi": ["vẹo cột sống"],
        "ru": ["сколиоз"],
        "tr": ["skolyoz"],
        "id": ["skoliosis"],
        "ms": ["skoliosis"],
    },
    "fibromyalgia": {
        "ko": ["섬유근육통"],
        "vi": ["đau cơ xơ hóa"],
        "ru": ["фибромиалгия", "фибромиалгии"],
        "tr": ["fibromiyalji"],
        "id": ["fibromialgia"],
        "ms": ["fibromialgia"],
    },
    "endometriosis": {
        "ko": ["자궁내막증"],
        "vi": ["lạc nội mạc tử cung"],
        "ru": ["эндометриоз"],
        "tr": ["endometriozis"],
    },
    "sickle cell anemia": {
        "ko": ["겸상적혈구빈혈증", "겸상 적혈구 빈혈"],
        "vi": ["thiếu máu hồng cầu hình liềm"],
        "ru": ["серповидноклеточная анемия", "серповидноклеточной анемии"],
        "tr": ["orak hücreli anemi"],
        "id": ["anemia sel sabit"],
        "ms": ["anemia sel sabit"],
    },
    "cystic fibrosis": {
        "ko": ["낭포성 섬유증", "낭성 섬유증"],
        "vi": ["xơ nang"],
        "ru": ["муковисцидоз"],
        "tr": ["kistik fibrozis"],
        "id": ["fibrosis kistik"],
        "ms": ["fibrosis sista"],
    },
    "hemophilia": {
        "ko": ["혈우병"],
        "vi": ["bệnh máu khó đông"],
        "ru": ["гемофилия", "гемофилии", "гемофилией"],
        "tr": ["hemofili"],
        "id": ["hemofilia"],
        "ms": ["hemofilia"],
    },
    "Down syndrome": {
        "ko": ["다운증후군", "다운 증후군"],
        "vi": ["hội chứng Down"],
        "ru": ["синдром Дауна", "синдромом Дауна"],
        "tr": ["Down sendromu"],
        "id": ["sindrom Down"],
        "ms": ["sindrom Down"],
    },
    "tinnitus": {
        "vi": ["ù tai"],
        "ru": ["шум в ушах"],
        "tr": ["kulak çınlaması"],
        "id": ["telinga berdenging"],
        "ms": ["telinga berdengung"],
    },
    "malnutrition": {
        "ko": ["영양실조"],
        "vi": ["suy dinh dưỡng"],
        "ru": ["недоедание", "недоедания"],
        "tr": ["yetersiz beslenme", "malnütrisyon"],
        "id": ["gizi buruk", "kekurangan gizi", "malnutrisi"],
        "ms": ["kekurangan zat makanan"],
    },
    "dehydration": {
        "ko": ["탈수증"],
        "ru": ["обезвоживание", "обезвоживания", "обезвоживанием"],
        "tr": ["dehidrasyon"],
        "id": ["dehidrasi"],
        "ms": ["dehidrasi"],
    },
    "psoriasis": {"ko": ["건선"], "vi": ["vảy nến"], "ru": ["псориаз"], "tr": ["sedef hastalığı"]},
    "eczema": {
        "ko": ["습진"],
        "vi": ["bệnh chàm"],
        "ru": ["экзема", "экземы", "экземой"],
        "tr": ["egzama"],
        "id": ["eksim"],
        "ms": ["ekzema"],
    },
    "celiac disease": {
        "ko": ["셀리악병"],
        "vi": ["bệnh celiac"],
        "ru": ["целиакия", "целиакии", "целиакией"],
        "tr": ["çölyak hastalığı", "çölyak"],
        "id": ["penyakit celiac"],
        "ms": ["penyakit seliak"],
    },
    "atherosclerosis": {
        "ko": ["동맥경화", "동맥경화증", "죽상동맥경화증"],
        "vi": ["xơ vữa động mạch"],
        "ru": ["атеросклероз"],
        "tr": ["ateroskleroz", "damar sertliği"],
        "id": ["aterosklerosis"],
        "ms": ["aterosklerosis"],
    },
    "allergy": {
        "ko": ["알레르기"],
        "vi": ["dị ứng"],
        "ru": ["аллергия", "аллергии", "аллергией", "аллергию"],
        "tr": ["alerji"],
        "id": ["alergi"],
        "ms": ["alahan"],
    },
    "dengue": {
        "ko": ["뎅기열"],
        "vi": ["sốt xuất huyết", "sốt xuất huyết Dengue"],
        "ru": ["лихорадка денге", "денге"],
        "tr": ["dang humması"],
        "id": ["demam berdarah", "demam berdarah dengue"],
        "ms": ["demam denggi", "denggi"],
    },
    "typhoid fever": {
        "ko": ["장티푸스"],
        "vi": ["thương hàn", "sốt thương hàn"],
        "ru": ["брюшной тиф", "брюшного тифа"],
        "id": ["demam tifoid"],
        "ms": ["demam kepialu"],
    },
    "hand, foot and mouth disease": {
        "ko": ["수족구병"],
        "vi": ["tay chân miệng", "bệnh tay chân miệng"],
        "ru": ["энтеровирусный везикулярный стоматит"],
        "tr": ["el ayak ağız hastalığı"],
        "id": ["flu singapura"],
        "ms": ["penyakit tangan, kaki dan mulut"],
    },
    "angina pectoris": {
        "ko": ["협심증"],
        "vi": ["đau thắt ngực"],
        "ru": ["стенокардия", "стенокардии", "стенокардией"],
        "tr": ["anjina pektoris", "göğüs anjini"],
        "id": ["angina pektoris"],
        "ms": ["angina"],
    },
    "cardiac arrhythmia": {
        "ko": ["부정맥"],
        "vi": ["rối loạn nhịp tim"],
        "ru": ["аритмия", "аритмии", "аритмией"],
        "tr": ["aritmi", "kalp ritim bozukluğu"],
        "id": ["aritmia"],
        "ms": ["aritmia"],
    },
    "ischemic heart disease": {
        "ko": ["허혈성 심장질환", "허혈성 심장 질환"],
        "vi": ["bệnh tim thiếu máu cục bộ"],
        "ru": ["ишемическая болезнь сердца", "ишемической болезни сердца", "ИБС"],
        "tr": ["iskemik kalp hastalığı"],
        "id": ["penyakit jantung iskemik"],
        "ms": ["penyakit jantung iskemia"],
    },
    "coronary heart disease": {
        "ko": ["관상동맥질환", "관상동맥 질환"],
        "vi": ["bệnh mạch vành", "bệnh động mạch vành"],
        "ru": ["коронарная болезнь сердца"],
        "tr": ["koroner kalp hastalığı", "koroner arter hastalığı"],
        "id": ["penyakit jantung koroner"],
        "ms": ["penyakit jantung koronari"],
    },
    "cardiovascular disease": {
        "ko": ["심혈관질환", "심혈관 질환", "심뇌혈관질환", "심뇌혈관 질환"],
        "vi": ["bệnh tim mạch"],
        "ru": [
            "сердечно-сосудистые заболевания",
            "сердечно-сосудистых заболеваний",
            "сердечно-сосудистыми заболеваниями",
            "сердечно-сосудистое заболевание",
            "сердечно-сосудистого заболевания",
            "болезни системы кровообращения",
        ],
        "tr": [
            "kalp-damar hastalıkları",
            "kalp ve damar hastalıkları",
            "kardiyovasküler hastalık",
            "kardiyovasküler hastalıklar",
        ],
        "id": ["penyakit kardiovaskular", "penyakit jantung dan pembuluh darah"],
        "ms": ["penyakit kardiovaskular"],
    },
    "cerebrovascular disease": {
        "ko": ["뇌혈관질환", "뇌혈관 질환"],
        "vi": ["bệnh mạch máu não"],
        "ru": ["цереброваскулярные заболевания", "цереброваскулярных заболеваний"],
        "tr": ["serebrovasküler hastalık"],
        "id": ["penyakit serebrovaskular"],
    },
    "hyperlipidemia": {
        "ko": ["고지혈증", "이상지질혈증"],
        "vi": ["mỡ máu cao", "rối loạn mỡ máu", "rối loạn lipid máu"],
        "ru": ["гиперлипидемия", "гиперлипидемии", "дислипидемия", "дислипидемии"],
        "tr": ["hiperlipidemi"],
        "id": ["hiperlipidemia", "kolesterol tinggi"],
        "ms": ["hiperlipidemia", "kolesterol tinggi"],
    },
    "gastritis": {
        "ko": ["위염"],
        "vi": ["viêm dạ dày"],
        "ru": ["гастрит"],
        "tr": ["gastrit"],
        "id": ["radang lambung"],
        "ms": ["gastrik"],
    },
    "peptic ulcer": {
        "ko": ["위궤양", "소화성 궤양"],
        "vi": ["loét dạ dày"],
        "ru": ["язва желудка", "язвы желудка", "язвенная болезнь"],
        "tr": ["mide ülseri"],
        "id": ["tukak lambung"],
        "ms": ["ulser perut"],
    },
    "bronchitis": {
        "ko": ["기관지염"],
        "vi": ["viêm phế quản"],
        "ru": ["бронхит"],
        "tr": ["bronşit"],
        "id": ["bronkitis"],
        "ms": ["bronkitis"],
    },
    "rhinitis": {
        "ko": ["비염"],
        "vi": ["viêm mũi"],
        "ru": ["ринит"],
        "tr": ["rinit"],
        "id": ["rinitis"],
    },
    "sinusitis": {
        "ko": ["부비동염", "축농증"],
        "vi": ["viêm xoang"],
        "ru": ["синусит", "гайморит"],
        "tr": ["sinüzit"],
        "id": ["sinusitis"],
    },
    "otitis media": {
        "ko": ["중이염"],
        "vi": ["viêm tai giữa"],
        "ru": ["отит", "средний отит"],
        "tr": ["orta kulak iltihabı"],
        "id": ["otitis media"],
    },
    "pharyngitis": {
        "ko": ["인후염"],
        "vi": ["viêm họng"],
        "ru": ["фарингит"],
        "tr": ["farenjit"],
        "id": ["faringitis"],
    },
    "conjunctivitis": {
        "ko": ["결막염"],
        "vi": ["viêm kết mạc"],
        "ru": ["конъюнктивит"],
        "tr": ["konjonktivit"],
        "id": ["konjungtivitis"],
        "ms": ["konjunktivitis"],
    },
    "nephritis": {
        "ko": ["신장염", "신염"],
        "vi": ["viêm thận"],
        "ru": ["нефрит"],
        "tr": ["nefrit"],
    },
    "arthritis": {
        "ko": ["관절염"],
        "vi": ["viêm khớp"],
        "ru": ["артрит"],
        "tr": ["artrit", "eklem iltihabı"],
        "id": ["artritis", "radang sendi"],
        "ms": ["artritis", "radang sendi"],
        "sv": ["artrit"],
        "nb": ["artritt"],
    },
    "enteritis": {"ko": ["장염"], "vi": ["viêm ruột"], "ru": ["энтерит"]},
    "gastroenteritis": {
        "ko": ["위장염"],
        "vi": ["viêm dạ dày ruột"],
        "ru": ["гастроэнтерит"],
        "tr": ["gastroenterit"],
        "id": ["gastroenteritis", "muntaber"],
    },
    "encephalitis": {
        "ko": ["뇌염"],
        "vi": ["viêm não"],
        "ru": ["энцефалит"],
        "tr": ["ensefalit"],
        "id": ["ensefalitis", "radang otak"],
    },
    "dermatitis": {"ko": ["피부염"], "vi": ["viêm da"], "ru": ["дерматит"], "tr": ["dermatit"]},
    "atopic dermatitis": {
        "ko": ["아토피 피부염", "아토피피부염"],
        "vi": ["viêm da cơ địa"],
        "ru": ["атопический дерматит", "атопического дерматита"],
        "tr": ["atopik dermatit"],
        "id": ["dermatitis atopik"],
        "ms": ["dermatitis atopik"],
    },
    "cystitis": {
        "ko": ["방광염"],
        "vi": ["viêm bàng quang"],
        "ru": ["цистит"],
        "tr": ["sistit"],
        "id": ["sistitis"],
    },
    "pancreatitis": {
        "ko": ["췌장염"],
        "vi": ["viêm tụy", "viêm tuỵ"],
        "ru": ["панкреатит"],
        "tr": ["pankreatit"],
        "id": ["pankreatitis"],
    },
    "periodontitis": {
        "ko": ["치주염", "치주질환", "잇몸병"],
        "vi": ["viêm nha chu"],
        "ru": ["пародонтит"],
        "tr": ["periodontit"],
        "id": ["periodontitis"],
    },
    "appendicitis": {
        "ko": ["충수염", "맹장염"],
        "vi": ["viêm ruột thừa"],
        "ru": ["аппендицит"],
        "tr": ["apandisit"],
        "id": ["radang usus buntu"],
        "ms": ["apendisitis"],
    },
    "dental caries": {
        "ko": ["충치", "치아우식증"],
        "vi": ["sâu răng"],
        "ru": ["кариес"],
        "tr": ["diş çürüğü", "diş çürükleri"],
        "id": ["gigi berlubang", "karies gigi"],
        "ms": ["karies gigi"],
    },
    "hearing loss": {
        "ko": ["난청"],
        "vi": ["mất thính lực", "khiếm thính"],
        "ru": ["тугоухость", "потеря слуха"],
        "tr": ["işitme kaybı"],
        "id": ["gangguan pendengaran"],
        "ms": ["masalah pendengaran"],
    },
    "myopia": {
        "ko": ["근시"],
        "vi": ["cận thị"],
        "ru": ["близорукость", "миопия"],
        "tr": ["miyopi"],
        "id": ["rabun jauh", "miopia"],
        "ms": ["rabun jauh"],
    },
    "anxiety disorder": {
        "ko": ["불안장애", "불안 장애"],
        "vi": ["rối loạn lo âu"],
        "ru": ["тревожное расстройство", "тревожного расстройства", "тревожные расстройства"],
        "tr": ["anksiyete bozukluğu", "kaygı bozukluğu"],
        "id": ["gangguan kecemasan"],
        "ms": ["gangguan kebimbangan"],
    },
    "post-traumatic stress disorder": {
        "ko": ["외상 후 스트레스 장애", "외상후스트레스장애"],
        "vi": ["rối loạn căng thẳng sau sang chấn"],
        "ru": ["посттравматическое стрессовое расстройство", "ПТСР"],
        "tr": ["travma sonrası stres bozukluğu", "TSSB"],
        "id": ["gangguan stres pascatrauma"],
    },
    "fatty liver": {
        "ko": ["지방간"],
        "vi": ["gan nhiễm mỡ"],
        "ru": ["жировой гепатоз", "жировая болезнь печени"],
        "tr": ["karaciğer yağlanması", "yağlı karaciğer"],
        "id": ["perlemakan hati", "hati berlemak"],
        "ms": ["hati berlemak"],
    },
    "metabolic syndrome": {
        "ko": ["대사증후군", "대사 증후군"],
        "vi": ["hội chứng chuyển hóa", "hội chứng chuyển hoá"],
        "ru": ["метаболический синдром", "метаболического синдрома"],
        "tr": ["metabolik sendrom"],
        "id": ["sindrom metabolik"],
        "ms": ["sindrom metabolik"],
    },
    "rabies": {"ko": ["광견병"], "vi": ["bệnh dại"], "ms": ["penyakit anjing gila"]},
}
for _english, _names in NAMES_MORE.items():
    for _language, _forms in _names.items():
        NAMES.setdefault(_english, {}).setdefault(_language, []).extend(_forms)

# Ukrainian, Greek, Romanian, Hungarian, Hebrew and Arabic: organ forms (merged into ORGANS_MORE).
# Ukrainian and Greek write the organ in the genitive after the head ("рак легень", "καρκίνος του
# πνεύμονα"); Romanian an adjective or "de" complement, in the form the head's gender and number
# take ("ro": masculine and neuter heads, "cancer pulmonar"; "ro-f": a feminine head, "boală
# cardiacă"; "ro-fp": its genitive and plural, "bolii cardiace"); Hungarian glues the organ
# before the head ("tüdőrák", "vesebetegség"); Hebrew and Arabic put it after the head in the
# construct state ("סרטן השד", "سرطان الثدي").
ORGANS_MORE_3: dict[str, dict[str, list[str]]] = {
    "breast": {
        "uk": ["молочної залози", "грудей"],
        "el": ["του μαστού", "μαστού"],
        "ro": ["mamar", "de sân"],
        "ro-f": ["mamară", "de sân"],
        "ro-fp": ["mamare", "de sân"],
        "hu": ["mell", "emlő"],
        "he": ["השד", "שד"],
        "ar": ["الثدي"],
    },
    "lung": {
        "uk": ["легень", "легенів", "легені"],
        "el": ["του πνεύμονα", "πνεύμονα", "των πνευμόνων", "πνευμόνων"],
        "ro": ["pulmonar", "de plămân"],
        "ro-f": ["pulmonară"],
        "ro-fp": ["pulmonare"],
        "hu": ["tüdő"],
        "he": ["הריאות", "ריאות", "הריאה", "ריאה"],
        "ar": ["الرئة", "الرئتين"],
    },
    "liver": {
        "uk": ["печінки"],
        "el": ["του ήπατος", "ήπατος", "του συκωτιού"],
        "ro": ["hepatic", "de ficat"],
        "ro-f": ["hepatică"],
        "ro-fp": ["hepatice"],
        "hu": ["máj"],
        "he": ["הכבד", "כבד"],
        "ar": ["الكبد"],
    },
    "kidney": {
        "uk": ["нирок", "нирки"],
        "el": ["των νεφρών", "νεφρών", "του νεφρού"],
        "ro": ["renal", "de rinichi"],
        "ro-f": ["renală"],
        "ro-fp": ["renale"],
        "hu": ["vese"],
        "he": ["הכליות", "כליות", "הכליה", "כליה"],
        "ar": ["الكلى", "الكلية"],
    },
    "heart": {
        "uk": ["серця"],
        "el": ["της καρδιάς", "καρδιάς"],
        "ro": ["cardiac", "de inimă"],
        "ro-f": ["cardiacă", "de inimă"],
        "ro-fp": ["cardiace", "de inimă"],
        "hu": ["szív"],
        "he": ["הלב", "לב"],
        "ar": ["القلب"],
    },
    "prostate": {
        "uk": ["передміхурової залози", "простати"],
        "el": ["του προστάτη", "προστάτη"],
        "ro": ["de prostată", "prostatic"],
        "hu": ["prosztata"],
        "he": ["הערמונית", "ערמונית"],
        "ar": ["البروستاتا", "البروستات"],
    },
    "colorectal": {
        "uk": ["товстої та прямої кишки"],
        "ro": ["colorectal"],
        "he": ["המעי הגס והחלחולת"],
        "ar": ["القولون والمستقيم"],
    },
    "colon": {
        "uk": ["товстої кишки", "ободової кишки"],
        "el": ["του παχέος εντέρου", "παχέος εντέρου"],
        "ro": ["de colon"],
        "hu": ["vastagbél"],
        "he": ["המעי הגס"],
        "ar": ["القولون"],
    },
    "bowel": {
        "uk": ["кишківника", "кишечника"],
        "el": ["του εντέρου"],
        "ro": ["intestinal"],
        "ro-f": ["intestinală"],
        "ro-fp": ["intestinale"],
        "hu": ["bél"],
        "he": ["המעי", "המעיים"],
        "ar": ["الأمعاء"],
    },
    "skin": {
        "uk": ["шкіри"],
        "el": ["του δέρματος", "δέρματος"],
        "ro": ["de piele", "cutanat"],
        "ro-f": ["de piele"],
        "ro-fp": ["de piele"],
        "hu": ["bőr"],
        "he": ["העור", "עור"],
        "ar": ["الجلد"],
    },
    "pancreatic": {
        "uk": ["підшлункової залози"],
        "el": ["του παγκρέατος", "παγκρέατος"],
        "ro": ["pancreatic", "de pancreas"],
        "hu": ["hasnyálmirigy"],
        "he": ["הלבלב", "לבלב"],
        "ar": ["البنكرياس"],
    },
    "stomach": {
        "uk": ["шлунку", "шлунка"],
        "el": ["του στομάχου", "στομάχου"],
        "ro": ["gastric", "de stomac"],
        "hu": ["gyomor"],
        "he": ["הקיבה", "קיבה"],
        "ar": ["المعدة"],
    },
    "bladder": {
        "uk": ["сечового міхура"],
        "el": ["της ουροδόχου κύστης", "ουροδόχου κύστης"],
        "ro": ["de vezică urinară", "vezical"],
        "hu": ["húgyhólyag", "hólyag"],
        "he": ["שלפוחית השתן"],
        "ar": ["المثانة"],
    },
    "ovarian": {
        "uk": ["яєчників", "яєчника"],
        "el": ["των ωοθηκών", "ωοθηκών"],
        "ro": ["ovarian"],
        "hu": ["petefészek"],
        "he": ["השחלות", "השחלה"],
        "ar": ["المبيض", "المبايض"],
    },
    "cervical": {
        "uk": ["шийки матки"],
        "el": ["του τραχήλου της μήτρας", "τραχήλου της μήτρας"],
        "ro": ["de col uterin"],
        "hu": ["méhnyak"],
        "he": ["צוואר הרחם"],
        "ar": ["عنق الرحم"],
    },
    "uterine": {
        "uk": ["тіла матки", "матки"],
        "el": ["της μήτρας"],
        "ro": ["uterin", "endometrial"],
        "hu": ["méhtest"],
        "he": ["הרחם"],
        "ar": ["الرحم", "بطانة الرحم"],
    },
    "thyroid": {
        "uk": ["щитоподібної залози"],
        "el": ["του θυρεοειδούς", "θυρεοειδούς"],
        "ro": ["tiroidian", "de tiroidă"],
        "ro-f": ["tiroidiană"],
        "ro-fp": ["tiroidiene"],
        "hu": ["pajzsmirigy"],
        "he": ["בלוטת התריס", "בלוטת המגן"],
        "ar": ["الغدة الدرقية"],
    },
    "brain": {
        "uk": ["головного мозку", "мозку"],
        "el": ["του εγκεφάλου", "εγκεφάλου"],
        "ro": ["cerebral", "de creier"],
        "ro-f": ["cerebrală"],
        "hu": ["agy"],
        "he": ["המוח"],
        "ar": ["الدماغ", "المخ"],
    },
    "bone": {
        "uk": ["кісток", "кісткової тканини"],
        "el": ["των οστών", "οστών"],
        "ro": ["osos", "de os"],
        "ro-f": ["osoasă"],
        "ro-fp": ["osoase"],
        "hu": ["csont"],
        "he": ["העצמות", "העצם"],
        "ar": ["العظام", "العظم"],
    },
    "blood": {
        "uk": ["крові"],
        "el": ["του αίματος", "αίματος"],
        "ro": ["de sânge"],
        "hu": ["vér"],
        "he": ["הדם"],
        "ar": ["الدم"],
    },
    "esophageal": {
        "uk": ["стравоходу"],
        "el": ["του οισοφάγου", "οισοφάγου"],
        "ro": ["esofagian", "de esofag"],
        "hu": ["nyelőcső"],
        "he": ["הוושט"],
        "ar": ["المريء"],
    },
    "rectal": {
        "uk": ["прямої кишки"],
        "el": ["του ορθού"],
        "ro": ["rectal"],
        "hu": ["végbél"],
        "he": ["החלחולת", "פי הטבעת"],
        "ar": ["المستقيم"],
    },
    "oral": {
        "uk": ["ротової порожнини"],
        "el": ["του στόματος", "στόματος"],
        "ro": ["oral", "bucal"],
        "hu": ["száj", "szájüreg"],
        "he": ["הפה", "חלל הפה"],
        "ar": ["الفم"],
    },
    "testicular": {
        "uk": ["яєчка", "яєчок"],
        "el": ["των όρχεων", "του όρχη"],
        "ro": ["testicular"],
        "hu": ["here"],
        "he": ["האשכים", "האשך"],
        "ar": ["الخصية", "الخصيتين"],
    },
    "eye": {
        "uk": ["очей", "ока"],
        "el": ["των ματιών", "των οφθαλμών"],
        "ro-f": ["oculară"],
        "ro-fp": ["oculare"],
        "hu": ["szem"],
        "he": ["העיניים", "עיניים"],
        "ar": ["العيون", "العين"],
    },
    "joint": {
        "uk": ["суглобів"],
        "el": ["των αρθρώσεων"],
        "ro-f": ["articulară"],
        "ro-fp": ["articulare"],
        "hu": ["ízület"],
        "he": ["המפרקים", "מפרקים"],
        "ar": ["المفاصل"],
    },
    "gum": {
        "uk": ["ясен"],
        "el": ["των ούλων"],
        "hu": ["íny"],
        "he": ["החניכיים", "חניכיים"],
        "ar": ["اللثة"],
    },
    "respiratory": {
        "uk": ["дихальних шляхів", "органів дихання"],
        "el": ["του αναπνευστικού", "του αναπνευστικού συστήματος"],
        "ro-f": ["respiratorie"],
        "ro-fp": ["respiratorii"],
        "he": ["דרכי הנשימה", "מערכת הנשימה"],
        "ar": ["الجهاز التنفسي"],
    },
    "urinary tract": {
        "uk": ["сечовивідних шляхів", "сечових шляхів"],
        "el": ["του ουροποιητικού", "του ουροποιητικού συστήματος"],
        "ro-f": ["urinară", "de tract urinar"],
        "ro-fp": ["urinare", "de tract urinar"],
        "he": ["דרכי השתן"],
        "ar": ["المسالك البولية"],
    },
    "ear": {
        "uk": ["вуха", "вух"],
        "el": ["του αυτιού", "των αυτιών"],
        "ro-f": ["de ureche"],
        "hu": ["fül"],
        "he": ["האוזן", "האוזניים", "אוזניים"],
        "ar": ["الأذن"],
    },
    "throat": {
        "uk": ["горла"],
        "el": ["του λαιμού"],
        "hu": ["torok"],
        "he": ["הגרון", "גרון"],
        "ar": ["الحلق"],
    },
}

HEADS_MORE_3: dict[str, list[tuple[str, str]]] = {
    "uk": [
        *(("cancer", f"{h} {{o}}") for h in ("рак", "раку", "раком", "раці")),
        *(("tumor", f"{h} {{o}}") for h in ("пухлина", "пухлини", "пухлину", "пухлиною", "пухлин")),
        *(
            ("disease", f"{h} {{o}}")
            for h in (
                "захворювання",
                "захворювань",
                "захворюванням",
                "захворюваннями",
                "хвороба",
                "хвороби",
                "хворобу",
                "хворобою",
                "хвороб",
                "хворобами",
            )
        ),
        *(
            ("infection", f"{h} {{o}}")
            for h in ("інфекція", "інфекції", "інфекцію", "інфекцією", "інфекцій")
        ),
        *(("itis", f"{h} {{o}}") for h in ("запалення", "запаленням", "запаленні")),
    ],
    "el": [
        *(
            ("cancer", f"{h} {{o}}")
            for h in ("καρκίνος", "καρκίνου", "καρκίνο", "καρκίνοι", "καρκίνων", "καρκίνους")
        ),
        *(("tumor", f"{h} {{o}}") for h in ("όγκος", "όγκου", "όγκο", "όγκοι", "όγκων", "όγκους")),
        *(
            ("disease", f"{h} {{o}}")
            for h in (
                "νόσος",
                "νόσου",
                "νόσο",
                "νόσοι",
                "νόσων",
                "πάθηση",
                "πάθησης",
                "παθήσεις",
                "παθήσεων",
                "νοσήματα",
                "νοσημάτων",
            )
        ),
        *(("failure", f"{h} {{o}}") for h in ("ανεπάρκεια", "ανεπάρκειας")),
        *(("infection", f"{h} {{o}}") for h in ("λοίμωξη", "λοίμωξης", "λοιμώξεις", "λοιμώξεων")),
    ],
    "ro": [("cancer", "cancer {o}"), ("cancer", "cancerul {o}"), ("cancer", "cancerului {o}")],
    "ro-f": [
        ("tumor", "tumoră {o}"),
        ("tumor", "tumora {o}"),
        ("disease", "boală {o}"),
        ("disease", "boala {o}"),
        ("disease", "afecțiune {o}"),
        ("disease", "afecțiunea {o}"),
        ("failure", "insuficiență {o}"),
        ("failure", "insuficiența {o}"),
        ("infection", "infecție {o}"),
        ("infection", "infecția {o}"),
    ],
    "ro-fp": [
        ("tumor", "tumori {o}"),
        ("tumor", "tumorile {o}"),
        ("tumor", "tumorii {o}"),
        ("disease", "boli {o}"),
        ("disease", "bolii {o}"),
        ("disease", "bolile {o}"),
        ("disease", "bolilor {o}"),
        ("disease", "afecțiuni {o}"),
        ("disease", "afecțiunile {o}"),
        ("disease", "afecțiunilor {o}"),
        ("failure", "insuficienței {o}"),
        ("infection", "infecții {o}"),
        ("infection", "infecției {o}"),
        ("infection", "infecțiile {o}"),
        ("infection", "infecțiilor {o}"),
    ],
    "hu": [
        *(
            (head, f"{{o}}{sep}{word}")
            for head, word in (
                ("cancer", "rák"),
                ("tumor", "daganat"),
                ("disease", "betegség"),
                ("failure", "elégtelenség"),
                ("infection", "fertőzés"),
                ("itis", "gyulladás"),
            )
            for sep in ("", "-")
        ),
    ],
    "he": [
        ("cancer", "סרטן {o}"),
        ("tumor", "גידול {o}"),
        ("disease", "מחלת {o}"),
        ("disease", "מחלות {o}"),
        ("failure", "אי ספיקת {o}"),
        ("failure", "אי-ספיקת {o}"),
        ("itis", "דלקת {o}"),
    ],
    "ar": [
        ("cancer", "سرطان {o}"),
        ("tumor", "ورم {o}"),
        ("tumor", "أورام {o}"),
        ("disease", "مرض {o}"),
        ("disease", "أمراض {o}"),
        ("failure", "فشل {o}"),
        ("failure", "قصور {o}"),
        ("infection", "عدوى {o}"),
        ("itis", "التهاب {o}"),
    ],
}

NAMES_MORE_3: dict[str, dict[str, list[str]]] = {
    "measles": {
        "el": ["ιλαρά"],
        "ro": ["rujeolă", "pojar"],
        "hu": ["kanyaró"],
        "he": ["חצבת"],
        "ar": ["الحصبة"],
    },
    "mumps": {
        "uk": ["епідемічний паротит", "паротит"],
        "el": ["παρωτίτιδα"],
        "ro": ["oreion", "oreionul"],
        "hu": ["mumpsz"],
        "ar": ["النكاف"],
    },
    "rubella": {
        "uk": ["краснуха"],
        "el": ["ερυθρά"],
        "ro": ["rubeolă"],
        "hu": ["rubeola"],
        "ar": ["الحصبة الألمانية"],
    },
    "chickenpox": {
        "uk": ["вітряна віспа", "вітряної віспи", "вітрянка"],
        "el": ["ανεμευλογιά"],
        "ro": ["varicelă", "vărsat de vânt"],
        "hu": ["bárányhimlő"],
        "he": ["אבעבועות רוח"],
        "ar": ["جدري الماء", "الحماق"],
    },
    "whooping cough": {
        "uk": ["кашлюк"],
        "el": ["κοκκύτης"],
        "ro": ["tuse convulsivă", "tusea convulsivă"],
        "hu": ["szamárköhögés"],
        "he": ["שעלת"],
        "ar": ["السعال الديكي"],
    },
    "diphtheria": {
        "uk": ["дифтерія"],
        "el": ["διφθερίτιδα"],
        "ro": ["difterie"],
        "hu": ["diftéria", "torokgyík"],
        "he": ["דיפתריה", "קרמת"],
        "ar": ["الدفتيريا"],
    },
    "tetanus": {
        "uk": ["правець", "правця"],
        "el": ["τέτανος"],
        "ro": ["tetanos"],
        "hu": ["tetanusz"],
        "he": ["טטנוס", "צפדת"],
        "ar": ["الكزاز"],
    },
    "poliomyelitis": {
        "uk": ["поліомієліт"],
        "el": ["πολιομυελίτιδα"],
        "ro": ["poliomielită"],
        "hu": ["gyermekbénulás"],
        "he": ["שיתוק ילדים", "פוליו"],
        "ar": ["شلل الأطفال"],
    },
    "influenza": {
        "uk": ["грип", "грипу", "грипом", "грипі"],
        "el": ["γρίπη"],
        "ro": ["gripă"],
        "hu": ["influenza"],
        "he": ["שפעת"],
        "ar": ["الإنفلونزا", "الأنفلونزا", "انفلونزا", "إنفلونزا"],
    },
    "tuberculosis": {
        "uk": ["туберкульоз"],
        "el": ["φυματίωση"],
        "ro": ["tuberculoză"],
        "hu": ["tuberkulózis", "tbc", "gümőkór"],
        "he": ["שחפת"],
        "ar": ["مرض السل", "داء السل"],
    },
    "malaria": {
        "uk": ["малярія"],
        "el": ["ελονοσία"],
        "ro": ["malarie"],
        "hu": ["malária"],
        "he": ["מלריה"],
        "ar": ["الملاريا"],
    },
    "cholera": {
        "uk": ["холера"],
        "el": ["χολέρα"],
        "ro": ["holeră"],
        "hu": ["kolera"],
        "he": ["כולרה"],
        "ar": ["الكوليرا"],
    },
    "smallpox": {
        "uk": ["натуральна віспа", "натуральної віспи"],
        "el": ["ευλογιά"],
        "ro": ["variolă"],
        "hu": ["feketehimlő"],
        "he": ["אבעבועות שחורות"],
        "ar": ["الجدري"],
    },
    "scarlet fever": {
        "uk": ["скарлатина"],
        "el": ["οστρακιά"],
        "ro": ["scarlatină"],
        "hu": ["skarlát", "vörheny"],
        "ar": ["الحمى القرمزية"],
    },
    "herpes zoster": {
        "uk": ["оперізуючий лишай", "оперізувальний лишай"],
        "el": ["έρπης ζωστήρας"],
        "ro": ["zona zoster"],
        "hu": ["övsömör"],
        "he": ["שלבקת חוגרת"],
        "ar": ["الهربس النطاقي", "الحزام الناري"],
    },
    "acquired immunodeficiency syndrome": {
        "uk": ["СНІД", "СНІДу"],
        "el": ["έιτζ"],
        "ro": ["SIDA"],
        "hu": ["AIDS"],
        "he": ["איידס"],
        "ar": ["الإيدز", "الايدز", "متلازمة نقص المناعة المكتسب"],
    },
    "HIV infection": {
        "uk": ["ВІЛ-інфекція", "ВІЛ-інфекції", "ВІЛ"],
        "el": ["HIV λοίμωξη"],
        "ro": ["infecția cu HIV", "infecție cu HIV"],
        "hu": ["HIV-fertőzés"],
        "he": ["נשאות HIV"],
        "ar": ["فيروس نقص المناعة البشرية"],
    },
    "COVID-19": {
        "uk": ["коронавірусна хвороба", "коронавірусної хвороби", "коронавірус", "ковід", "ковіду"],
        "el": ["κορονοϊός", "κορωνοϊός", "κορονοϊού", "κορωνοϊού"],
        "ro": ["coronavirus"],
        "hu": ["koronavírus", "koronavírus-fertőzés"],
        "he": ["קורונה", "נגיף הקורונה"],
        "ar": ["كورونا", "كوفيد-19", "كوفيد 19", "فيروس كورونا"],
    },
    "common cold": {
        "uk": ["застуда"],
        "el": ["κοινό κρυολόγημα", "κρυολόγημα"],
        "ro": ["răceală", "răceala", "răcelii"],
        "hu": ["megfázás", "nátha"],
        "he": ["הצטננות"],
        "ar": ["نزلات البرد", "نزلة البرد", "الزكام"],
    },
    "diabetes mellitus": {
        "uk": [
            "цукровий діабет",
            "цукрового діабету",
            "цукровим діабетом",
            "цукровому діабеті",
            "діабет",
        ],
        "el": ["σακχαρώδης διαβήτης", "σακχαρώδη διαβήτη", "διαβήτης"],
        "ro": ["diabet zaharat", "diabetul zaharat", "diabetului zaharat", "diabet"],
        "hu": ["cukorbetegség", "diabétesz", "cukorbaj"],
        "he": ["סוכרת"],
        "ar": ["السكري", "مرض السكري", "داء السكري"],
    },
    "type 2 diabetes": {
        "uk": [
            "цукровий діабет 2 типу",
            "цукрового діабету 2 типу",
            "діабет 2 типу",
            "діабету 2 типу",
            "діабетом 2 типу",
        ],
        "el": ["διαβήτης τύπου 2", "διαβήτη τύπου 2"],
        "ro": [
            "diabet de tip 2",
            "diabetul de tip 2",
            "diabetului de tip 2",
            "diabet zaharat de tip 2",
            "diabetul zaharat de tip 2",
        ],
        "hu": ["2-es típusú cukorbetegség", "2-es típusú diabétesz"],
        "he": ["סוכרת סוג 2", "סוכרת מסוג 2"],
        "ar": ["السكري من النوع الثاني", "السكري من النوع 2", "داء السكري من النوع الثاني"],
    },
    "type 1 diabetes": {
        "uk": ["цукровий діабет 1 типу", "діабет 1 типу", "діабету 1 типу"],
        "el": ["διαβήτης τύπου 1", "διαβήτη τύπου 1"],
        "ro": ["diabet de tip 1", "diabetul de tip 1", "diabetului de tip 1"],
        "hu": ["1-es típusú cukorbetegség", "1-es típusú diabétesz"],
        "he": ["סוכרת סוג 1", "סוכרת מסוג 1"],
        "ar": ["السكري من النوع الأول", "السكري من النوع 1"],
    },
    "cancer": {
        "el": ["καρκίνος", "καρκίνου", "καρκίνο", "καρκίνοι", "καρκίνων", "καρκίνους"],
        "ro": ["cancer", "cancerul", "cancerului", "cancere", "cancerele", "cancerelor"],
        "he": ["סרטן", "מחלת הסרטן"],
        "ar": ["السرطان", "مرض السرطان", "سرطان"],
    },
    "myocardial infarction": {
        "uk": ["інфаркт міокарда", "інфаркту міокарда", "інфаркт", "інфаркту", "серцевий напад"],
        "el": [
            "έμφραγμα του μυοκαρδίου",
            "έμφραγμα μυοκαρδίου",
            "έμφραγμα",
            "εμφράγματος",
            "καρδιακή προσβολή",
        ],
        "ro": [
            "infarct miocardic",
            "infarctul miocardic",
            "infarctului miocardic",
            "infarct",
            "atac de cord",
            "atacul de cord",
        ],
        "hu": ["szívinfarktus", "szívroham", "infarktus"],
        "he": ["התקף לב", "אוטם שריר הלב"],
        "ar": ["النوبة القلبية", "نوبة قلبية", "احتشاء عضلة القلب", "الجلطة القلبية", "جلطة قلبية"],
    },
    "stroke": {
        "uk": ["інсульт"],
        "el": [
            "εγκεφαλικό επεισόδιο",
            "εγκεφαλικού επεισοδίου",
            "εγκεφαλικό",
            "εγκεφαλικά επεισόδια",
        ],
        "ro": [
            "accident vascular cerebral",
            "accidentul vascular cerebral",
            "accidentului vascular cerebral",
            "accidente vasculare cerebrale",
            "AVC",
            "atac cerebral",
        ],
        "hu": ["stroke", "agyvérzés", "szélütés", "agyi érkatasztrófa"],
        "he": ["שבץ", "שבץ מוחי", "אירוע מוחי"],
        "ar": ["السكتة الدماغية", "سكتة دماغية", "الجلطة الدماغية", "جلطة دماغية"],
    },
    "dementia": {
        "uk": ["деменція"],
        "el": ["άνοια"],
        "ro": ["demență"],
        "hu": ["demencia", "elbutulás"],
        "he": ["דמנציה", "שיטיון"],
        "ar": ["الخرف"],
    },
    "Alzheimer disease": {
        "uk": [
            "хвороба Альцгеймера",
            "хвороби Альцгеймера",
            "хворобою Альцгеймера",
            "хворобу Альцгеймера",
        ],
        "el": ["νόσος Αλτσχάιμερ", "νόσου Αλτσχάιμερ", "νόσο Αλτσχάιμερ", "Αλτσχάιμερ"],
        "ro": ["boala Alzheimer", "bolii Alzheimer", "boala lui Alzheimer", "Alzheimer"],
        "hu": ["Alzheimer-kór", "Alzheimer-betegség", "Alzheimer-kórban", "Alzheimer-kórt"],
        "he": ["אלצהיימר", "מחלת האלצהיימר", "מחלת אלצהיימר"],
        "ar": ["الزهايمر", "مرض الزهايمر", "ألزهايمر"],
    },
    "Parkinson disease": {
        "uk": ["хвороба Паркінсона", "хвороби Паркінсона", "хворобою Паркінсона"],
        "el": ["νόσος Πάρκινσον", "νόσου Πάρκινσον", "νόσο Πάρκινσον", "Πάρκινσον"],
        "ro": ["boala Parkinson", "bolii Parkinson", "Parkinson"],
        "hu": ["Parkinson-kór", "Parkinson-betegség", "Parkinson-kórban", "Parkinson-kórt"],
        "he": ["פרקינסון", "מחלת פרקינסון", "מחלת הפרקינסון"],
        "ar": ["باركنسون", "مرض باركنسون", "الشلل الرعاش"],
    },
    "depression": {
        "uk": ["депресія"],
        "el": ["κατάθλιψη"],
        "ro": ["depresie"],
        "hu": ["depresszió"],
        "he": ["דיכאון"],
        "ar": ["الاكتئاب", "اكتئاب"],
    },
    "asthma": {
        "uk": ["астма", "бронхіальна астма", "бронхіальної астми", "бронхіальною астмою"],
        "el": ["άσθμα"],
        "ro": ["astm", "astmul", "astmului", "astm bronșic", "astmul bronșic"],
        "hu": ["asztma"],
        "he": ["אסתמה", "קצרת"],
        "ar": ["الربو", "ربو"],
    },
    "obesity": {
        "uk": ["ожиріння"],
        "el": ["παχυσαρκία"],
        "ro": ["obezitate"],
        "hu": ["elhízás", "túlsúly és elhízás", "obezitás"],
        "he": ["השמנה", "השמנת יתר"],
        "ar": ["السمنة", "البدانة"],
    },
    "hypertension": {
        "uk": [
            "гіпертонія",
            "артеріальна гіпертензія",
            "артеріальної гіпертензії",
            "гіпертензія",
            "гіпертонічна хвороба",
            "гіпертонічної хвороби",
            "підвищений тиск",
            "підвищеного тиску",
            "високий тиск",
        ],
        "el": [
            "υπέρταση",
            "αρτηριακή υπέρταση",
            "αρτηριακής υπέρτασης",
            "υψηλή αρτηριακή πίεση",
            "υψηλής αρτηριακής πίεσης",
        ],
        "ro": [
            "hipertensiune",
            "hipertensiunea",
            "hipertensiunii",
            "hipertensiune arterială",
            "hipertensiunea arterială",
            "hipertensiunii arteriale",
            "tensiune arterială mare",
            "tensiune mare",
        ],
        "hu": ["magas vérnyomás", "hipertónia", "hipertónia-betegség"],
        "he": ["יתר לחץ דם", "לחץ דם גבוה"],
        "ar": ["ارتفاع ضغط الدم", "فرط ضغط الدم", "ضغط الدم المرتفع"],
    },
    "autism": {
        "uk": ["аутизм"],
        "el": ["αυτισμός"],
        "ro": ["autism", "autismul", "autismului"],
        "hu": ["autizmus"],
        "he": ["אוטיזם"],
        "ar": ["التوحد", "اضطراب طيف التوحد"],
    },
    "epilepsy": {
        "uk": ["епілепсія"],
        "el": ["επιληψία"],
        "ro": ["epilepsie"],
        "hu": ["epilepszia"],
        "he": ["אפילפסיה", "כפיון"],
        "ar": ["الصرع"],
    },
    "migraine": {
        "uk": ["мігрень", "мігрені", "мігренню"],
        "el": ["ημικρανία"],
        "ro": ["migrenă"],
        "hu": ["migrén"],
        "he": ["מיגרנה"],
        "ar": ["الصداع النصفي"],
    },
    "schizophrenia": {
        "uk": ["шизофренія"],
        "el": ["σχιζοφρένεια"],
        "ro": ["schizofrenie"],
        "hu": ["skizofrénia"],
        "he": ["סכיזופרניה"],
        "ar": ["الفصام", "انفصام الشخصية"],
    },
    "infertility": {
        "uk": ["безпліддя"],
        "el": ["υπογονιμότητα", "στειρότητα"],
        "ro": ["infertilitate"],
        "hu": ["meddőség"],
        "he": ["פוריות לקויה", "אי פוריות"],
        "ar": ["العقم"],
    },
    "osteoporosis": {
        "uk": ["остеопороз"],
        "el": ["οστεοπόρωση"],
        "ro": ["osteoporoză"],
        "hu": ["csontritkulás", "oszteoporózis"],
        "he": ["אוסטאופורוזיס", "דלדול עצם"],
        "ar": ["هشاشة العظام"],
    },
    "heart failure": {
        "uk": ["серцева недостатність", "серцевої недостатності", "серцевою недостатністю"],
        "el": ["καρδιακή ανεπάρκεια", "καρδιακής ανεπάρκειας"],
        "hu": ["szívelégtelenség"],
        "he": ["אי ספיקת לב"],
        "ar": ["قصور القلب", "فشل القلب", "الفشل القلبي"],
    },
    "kidney failure": {
        "uk": ["ниркова недостатність", "ниркової недостатності", "нирковою недостатністю"],
        "el": ["νεφρική ανεπάρκεια", "νεφρικής ανεπάρκειας"],
        "hu": ["veseelégtelenség"],
        "he": ["אי ספיקת כליות"],
        "ar": ["الفشل الكلوي", "فشل كلوي", "القصور الكلوي"],
    },
    "chronic kidney disease": {
        "uk": [
            "хронічна хвороба нирок",
            "хронічної хвороби нирок",
            "хронічна ниркова недостатність",
        ],
        "el": ["χρόνια νεφρική νόσος", "χρόνιας νεφρικής νόσου", "χρόνια νεφρική ανεπάρκεια"],
        "ro": [
            "boală cronică de rinichi",
            "boala cronică de rinichi",
            "boala renală cronică",
            "boală renală cronică",
            "bolii renale cronice",
        ],
        "hu": ["krónikus vesebetegség", "krónikus veseelégtelenség"],
        "he": ["מחלת כליות כרונית"],
        "ar": ["مرض الكلى المزمن", "أمراض الكلى المزمنة", "الفشل الكلوي المزمن"],
    },
    "liver failure": {
        "uk": ["печінкова недостатність", "печінкової недостатності"],
        "el": ["ηπατική ανεπάρκεια", "ηπατικής ανεπάρκειας"],
        "hu": ["májelégtelenség"],
        "he": ["אי ספיקת כבד"],
        "ar": ["الفشل الكبدي", "فشل الكبد"],
    },
    "respiratory failure": {
        "uk": ["дихальна недостатність", "дихальної недостатності"],
        "el": ["αναπνευστική ανεπάρκεια", "αναπνευστικής ανεπάρκειας"],
        "hu": ["légzési elégtelenség", "légzéselégtelenség"],
        "he": ["אי ספיקה נשימתית"],
        "ar": ["الفشل التنفسي", "فشل تنفسي", "قصور الجهاز التنفسي"],
    },
    "sleep apnea": {
        "uk": ["апное сну", "обструктивне апное сну"],
        "el": ["άπνοια ύπνου", "υπνική άπνοια"],
        "ro": ["apnee în somn", "apneea în somn", "apnee de somn"],
        "hu": ["alvási apnoé", "alvási apnoe"],
        "he": ["דום נשימה בשינה", "דום נשימה חסימתי בשינה"],
        "ar": ["انقطاع النفس النومي", "انقطاع التنفس أثناء النوم"],
    },
    "chronic obstructive pulmonary disease": {
        "uk": [
            "хронічне обструктивне захворювання легень",
            "хронічного обструктивного захворювання легень",
            "ХОЗЛ",
        ],
        "el": ["χρόνια αποφρακτική πνευμονοπάθεια", "χρόνιας αποφρακτικής πνευμονοπάθειας", "ΧΑΠ"],
        "ro": [
            "bronhopneumopatie obstructivă cronică",
            "bronhopneumopatia obstructivă cronică",
            "BPOC",
        ],
        "hu": ["krónikus obstruktív tüdőbetegség", "COPD"],
        "he": ["מחלת ריאות חסימתית כרונית"],
        "ar": ["مرض الانسداد الرئوي المزمن", "الانسداد الرئوي المزمن"],
    },
    "pneumonia": {
        "uk": ["пневмонія", "запалення легень"],
        "el": ["πνευμονία"],
        "ro": ["pneumonie"],
        "hu": ["tüdőgyulladás"],
        "he": ["דלקת ריאות"],
        "ar": ["الالتهاب الرئوي", "التهاب رئوي", "ذات الرئة"],
    },
    "anemia": {
        "uk": ["анемія", "недокрів'я"],
        "el": ["αναιμία"],
        "ro": ["anemie"],
        "hu": ["vérszegénység", "anémia"],
        "he": ["אנמיה"],
        "ar": ["فقر الدم", "الأنيميا"],
    },
    "osteoarthritis": {
        "uk": ["остеоартрит", "остеоартроз", "артроз"],
        "el": ["οστεοαρθρίτιδα"],
        "ro": ["osteoartrită", "artroză"],
        "hu": ["artrózis", "oszteoartritisz", "kopásos ízületi betegség"],
        "he": ["אוסטיאוארתריטיס", "שחיקת סחוס"],
        "ar": ["الفصال العظمي", "التهاب المفاصل التنكسي", "خشونة المفاصل"],
    },
    "rheumatoid arthritis": {
        "uk": ["ревматоїдний артрит", "ревматоїдного артриту"],
        "el": ["ρευματοειδής αρθρίτιδα", "ρευματοειδούς αρθρίτιδας"],
        "ro": [
            "poliartrită reumatoidă",
            "poliartrita reumatoidă",
            "artrită reumatoidă",
            "artrita reumatoidă",
        ],
        "hu": ["reumatoid artritisz", "rheumatoid arthritis", "sokízületi gyulladás"],
        "he": ["דלקת מפרקים שגרונית"],
        "ar": ["التهاب المفاصل الروماتويدي", "الروماتويد"],
    },
    "multiple sclerosis": {
        "uk": ["розсіяний склероз", "розсіяного склерозу"],
        "el": ["σκλήρυνση κατά πλάκας", "σκλήρυνσης κατά πλάκας"],
        "ro": ["scleroză multiplă", "scleroza multiplă", "sclerozei multiple"],
        "hu": ["sclerosis multiplex", "szklerózis multiplex"],
        "he": ["טרשת נפוצה"],
        "ar": ["التصلب المتعدد", "التصلب اللويحي"],
    },
    "amyotrophic lateral sclerosis": {
        "uk": ["бічний аміотрофічний склероз"],
        "el": ["αμυοτροφική πλευρική σκλήρυνση"],
        "ro": ["scleroză laterală amiotrofică", "scleroza laterală amiotrofică"],
        "hu": ["amiotrófiás laterálszklerózis"],
        "he": ["טרשת אמיוטרופית צידית"],
        "ar": ["التصلب الجانبي الضموري"],
    },
    "hepatitis": {
        "uk": ["гепатит"],
        "el": ["ηπατίτιδα"],
        "ro": ["hepatită"],
        "hu": ["hepatitisz", "májgyulladás"],
        "he": ["דלקת כבד", "הפטיטיס"],
        "ar": ["التهاب الكبد"],
    },
    "hepatitis B": {
        "uk": ["гепатит B", "гепатиту B", "гепатит В", "гепатиту В"],
        "el": ["ηπατίτιδα Β", "ηπατίτιδα B", "ηπατίτιδας Β"],
        "ro": ["hepatită B", "hepatita B", "hepatitei B"],
        "hu": ["hepatitisz B", "B-hepatitisz", "hepatitis B"],
        "he": ["דלקת כבד מסוג B", "הפטיטיס B", "צהבת B"],
        "ar": ["التهاب الكبد B", "التهاب الكبد الوبائي ب", "التهاب الكبد ب"],
    },
    "hepatitis C": {
        "uk": ["гепатит C", "гепатиту C", "гепатит С", "гепатиту С"],
        "el": ["ηπατίτιδα C", "ηπατίτιδας C"],
        "ro": ["hepatită C", "hepatita C", "hepatitei C"],
        "hu": ["hepatitisz C", "C-hepatitisz", "hepatitis C"],
        "he": ["דלקת כבד מסוג C", "הפטיטיס C", "צהבת C"],
        "ar": ["التهاب الكبد C", "التهاب الكبد الوبائي سي", "التهاب الكبد سي"],
    },
    "cirrhosis": {
        "uk": ["цироз печінки", "цирозу печінки", "цироз"],
        "el": ["κίρρωση", "κίρρωση του ήπατος"],
        "ro": ["ciroză", "ciroză hepatică", "ciroza hepatică"],
        "hu": ["májzsugor", "májcirrózis", "cirrózis"],
        "he": ["שחמת הכבד", "שחמת"],
        "ar": ["تليف الكبد", "تشمع الكبد"],
    },
    "kidney stones": {
        "uk": ["камені в нирках", "сечокам'яна хвороба", "сечокам'яної хвороби"],
        "el": ["πέτρες στα νεφρά", "νεφρολιθίαση"],
        "ro": ["pietre la rinichi", "litiază renală", "calculi renali"],
        "hu": ["vesekő", "vesekövek", "vesekövesség"],
        "he": ["אבנים בכליות", "אבני כליה"],
        "ar": ["حصى الكلى", "حصوات الكلى"],
    },
    "gout": {
        "uk": ["подагра"],
        "el": ["ουρική αρθρίτιδα", "ποδάγρα"],
        "ro": ["gută"],
        "hu": ["köszvény"],
        "he": ["גאוט", "שיגדון"],
        "ar": ["النقرس"],
    },
    "syphilis": {
        "uk": ["сифіліс"],
        "el": ["σύφιλη"],
        "ro": ["sifilis", "sifilisul", "sifilisului"],
        "hu": ["szifilisz", "vérbaj"],
        "he": ["עגבת"],
        "ar": ["مرض الزهري"],
    },
    "gonorrhea": {
        "uk": ["гонорея"],
        "el": ["γονόρροια", "βλεννόρροια"],
        "ro": ["gonoree"],
        "hu": ["gonorrhoea", "kankó", "tripper"],
        "he": ["זיבה"],
        "ar": ["مرض السيلان"],
    },
    "leprosy": {
        "uk": ["лепра"],
        "el": ["λέπρα"],
        "ro": ["lepră"],
        "hu": ["lepra"],
        "he": ["צרעת"],
        "ar": ["الجذام"],
    },
    "yellow fever": {
        "uk": ["жовта гарячка", "жовтої гарячки"],
        "el": ["κίτρινος πυρετός", "κίτρινου πυρετού"],
        "ro": ["febră galbenă", "febra galbenă"],
        "hu": ["sárgaláz"],
        "he": ["קדחת צהובה"],
        "ar": ["الحمى الصفراء"],
    },
    "bipolar disorder": {
        "uk": ["біполярний розлад", "біполярного розладу"],
        "el": ["διπολική διαταραχή", "διπολικής διαταραχής"],
        "ro": ["tulburare bipolară", "tulburarea bipolară", "tulburării bipolare"],
        "hu": ["bipoláris zavar", "bipoláris affektív zavar", "mániás depresszió"],
        "he": ["הפרעה דו-קוטבית", "הפרעה דו קוטבית", "מאניה דפרסיה"],
        "ar": ["الاضطراب ثنائي القطب", "اضطراب ثنائي القطب"],
    },
    "attention deficit hyperactivity disorder": {
        "uk": ["синдром дефіциту уваги та гіперактивності", "СДУГ"],
        "el": ["διαταραχή ελλειμματικής προσοχής και υπερκινητικότητας", "ΔΕΠΥ"],
        "ro": ["ADHD", "tulburare de deficit de atenție și hiperactivitate"],
        "hu": ["figyelemhiányos hiperaktivitás-zavar", "ADHD"],
        "he": ["הפרעת קשב וריכוז", "הפרעת קשב"],
        "ar": ["اضطراب فرط الحركة ونقص الانتباه", "فرط الحركة وتشتت الانتباه"],
    },
    "Crohn disease": {
        "uk": ["хвороба Крона", "хвороби Крона"],
        "el": ["νόσος του Crohn", "νόσος Κρον"],
        "ro": ["boala Crohn", "boala lui Crohn", "bolii Crohn"],
        "hu": ["Crohn-betegség", "Crohn-betegségben", "Crohn-betegséget"],
        "he": ["מחלת קרוהן", "קרוהן"],
        "ar": ["داء كرون", "مرض كرون"],
    },
    "ulcerative colitis": {
        "uk": ["виразковий коліт", "виразкового коліту"],
        "el": ["ελκώδης κολίτιδα", "ελκώδους κολίτιδας"],
        "ro": [
            "colită ulcerativă",
            "colita ulcerativă",
            "colitei ulcerative",
            "rectocolită ulcero-hemoragică",
        ],
        "hu": ["fekélyes vastagbélgyulladás", "colitis ulcerosa"],
        "he": ["קוליטיס כיבית", "דלקת כיבית של המעי הגס"],
        "ar": ["التهاب القولون التقرحي"],
    },
    "irritable bowel syndrome": {
        "uk": ["синдром подразненого кишківника", "синдрому подразненого кишківника"],
        "el": ["σύνδρομο ευερέθιστου εντέρου", "συνδρόμου ευερέθιστου εντέρου"],
        "ro": ["sindromul colonului iritabil", "sindrom de colon iritabil", "colon iritabil"],
        "hu": ["irritábilis bél szindróma", "irritábilisbél-szindróma"],
        "he": ["תסמונת המעי הרגיז", "מעי רגיז"],
        "ar": ["متلازمة القولون العصبي", "القولون العصبي", "متلازمة القولون المتهيج"],
    },
    "hemorrhoids": {
        "uk": ["геморой", "геморою"],
        "el": ["αιμορροΐδες", "αιμορροΐδων"],
        "ro": ["hemoroizi", "hemoroizii", "hemoroizilor"],
        "hu": ["aranyér"],
        "he": ["טחורים"],
        "ar": ["البواسير"],
    },
    "varicose veins": {
        "uk": ["варикозне розширення вен", "варикозного розширення вен", "варикоз"],
        "el": ["κιρσοί", "κιρσών"],
        "ro": ["varice", "varicele"],
        "hu": ["visszér", "visszeresség", "visszértágulat"],
        "he": ["דליות", "דליות ברגליים"],
        "ar": ["الدوالي", "دوالي الساقين"],
    },
    "glaucoma": {
        "uk": ["глаукома"],
        "el": ["γλαύκωμα"],
        "ro": ["glaucom", "glaucomul", "glaucomului"],
        "hu": ["zöldhályog", "glaukóma"],
        "he": ["גלאוקומה", "ברקית"],
        "ar": ["الجلوكوما", "المياه الزرقاء"],
    },
    "cataract": {
        "uk": ["катаракта"],
        "el": ["καταρράκτης", "καταρράκτη"],
        "ro": ["cataractă"],
        "hu": ["szürkehályog"],
        "he": ["קטרקט"],
        "ar": ["إعتام عدسة العين", "الساد", "المياه البيضاء"],
    },
    "leukemia": {
        "uk": ["лейкемія", "лейкоз"],
        "el": ["λευχαιμία"],
        "ro": ["leucemie"],
        "hu": ["leukémia", "fehérvérűség"],
        "he": ["לוקמיה", "לויקמיה", "לוקימיה"],
        "ar": ["اللوكيميا", "ابيضاض الدم"],
    },
    "lymphoma": {
        "uk": ["лімфома"],
        "el": ["λέμφωμα"],
        "ro": ["limfom", "limfomul", "limfomului"],
        "hu": ["limfóma", "nyirokrák"],
        "he": ["לימפומה"],
        "ar": ["اللمفوما", "الليمفوما", "سرطان الغدد الليمفاوية"],
    },
    "melanoma": {
        "uk": ["меланома"],
        "el": ["μελάνωμα"],
        "ro": ["melanom", "melanomul", "melanomului"],
        "hu": ["melanóma"],
        "he": ["מלנומה"],
        "ar": ["الورم الميلانيني", "الميلانوما"],
    },
    "thrombosis": {
        "uk": ["тромбоз"],
        "el": ["θρόμβωση"],
        "ro": ["tromboză"],
        "hu": ["trombózis"],
        "he": ["פקקת"],
        "ar": ["الجلطات الدموية", "تجلط الدم", "الخثار"],
    },
    "atrial fibrillation": {
        "uk": ["фібриляція передсердь", "фібриляції передсердь", "миготлива аритмія"],
        "el": ["κολπική μαρμαρυγή", "κολπικής μαρμαρυγής"],
        "ro": ["fibrilație atrială", "fibrilația atrială", "fibrilației atriale"],
        "hu": ["pitvarfibrilláció"],
        "he": ["פרפור פרוזדורים"],
        "ar": ["الرجفان الأذيني"],
    },
    "meningitis": {
        "uk": ["менінгіт"],
        "el": ["μηνιγγίτιδα"],
        "ro": ["meningită"],
        "hu": ["agyhártyagyulladás"],
        "he": ["דלקת קרום המוח"],
        "ar": ["التهاب السحايا"],
    },
    "hypothyroidism": {
        "uk": ["гіпотиреоз"],
        "el": ["υποθυρεοειδισμός"],
        "ro": ["hipotiroidism", "hipotiroidismul"],
        "hu": ["pajzsmirigy-alulműködés", "hypothyreosis"],
        "he": ["תת פעילות של בלוטת התריס", "תת-פעילות של בלוטת התריס"],
        "ar": ["قصور الغدة الدرقية"],
    },
    "hyperthyroidism": {
        "uk": ["гіпертиреоз"],
        "el": ["υπερθυρεοειδισμός"],
        "ro": ["hipertiroidism", "hipertiroidismul"],
        "hu": ["pajzsmirigy-túlműködés", "hyperthyreosis"],
        "he": ["פעילות יתר של בלוטת התריס"],
        "ar": ["فرط نشاط الغدة الدرقية"],
    },
    "scoliosis": {
        "uk": ["сколіоз"],
        "el": ["σκολίωση"],
        "ro": ["scolioză"],
        "hu": ["gerincferdülés", "szkoliózis"],
        "he": ["עקמת"],
        "ar": ["الجنف", "انحراف العمود الفقري"],
    },
    "fibromyalgia": {
        "uk": ["фіброміалгія"],
        "el": ["ινομυαλγία"],
        "ro": ["fibromialgie"],
        "hu": ["fibromyalgia"],
        "he": ["פיברומיאלגיה"],
        "ar": ["الألم العضلي الليفي", "الفيبروميالجيا"],
    },
    "endometriosis": {
        "uk": ["ендометріоз"],
        "el": ["ενδομητρίωση"],
        "ro": ["endometrioză"],
        "hu": ["endometriózis"],
        "he": ["אנדומטריוזיס"],
        "ar": ["الانتباذ البطاني الرحمي", "بطانة الرحم المهاجرة"],
    },
    "sickle cell anemia": {
        "uk": ["серпоподібноклітинна анемія"],
        "el": ["δρεπανοκυτταρική αναιμία", "δρεπανοκυτταρικής αναιμίας"],
        "ro": ["anemie falciformă", "anemia falciformă", "siclemie"],
        "hu": ["sarlósejtes vérszegénység", "sarlósejtes anémia"],
        "he": ["אנמיה חרמשית"],
        "ar": ["فقر الدم المنجلي", "الأنيميا المنجلية"],
    },
    "cystic fibrosis": {
        "uk": ["муковісцидоз"],
        "el": ["κυστική ίνωση", "κυστικής ίνωσης"],
        "ro": ["fibroză chistică", "fibroza chistică", "mucoviscidoză"],
        "hu": ["cisztás fibrózis"],
        "he": ["סיסטיק פיברוזיס", "לייפת כיסתית"],
        "ar": ["التليف الكيسي"],
    },
    "hemophilia": {
        "uk": ["гемофілія"],
        "el": ["αιμορροφιλία"],
        "ro": ["hemofilie"],
        "hu": ["vérzékenység", "hemofília"],
        "he": ["המופיליה", "דממת"],
        "ar": ["الهيموفيليا", "الناعور"],
    },
    "Down syndrome": {
        "uk": ["синдром Дауна", "синдромом Дауна"],
        "el": ["σύνδρομο Down", "σύνδρομο Ντάουν"],
        "ro": ["sindromul Down", "sindrom Down"],
        "hu": ["Down-szindróma", "Down-kór"],
        "he": ["תסמונת דאון"],
        "ar": ["متلازمة داون"],
    },
    "tinnitus": {
        "uk": ["шум у вухах"],
        "el": ["εμβοές"],
        "ro": ["tinitus", "acufene"],
        "hu": ["fülzúgás"],
        "he": ["טנטון", "טינטון"],
        "ar": ["طنين الأذن"],
    },
    "malnutrition": {
        "uk": ["недоїдання", "неповноцінне харчування"],
        "el": ["υποσιτισμός", "υποσιτισμού", "κακή διατροφή"],
        "ro": ["malnutriție", "subnutriție"],
        "hu": ["alultápláltság"],
        "he": ["תת תזונה", "תת-תזונה"],
        "ar": ["سوء التغذية"],
    },
    "dehydration": {
        "uk": ["зневоднення"],
        "el": ["αφυδάτωση"],
        "ro": ["deshidratare"],
        "hu": ["kiszáradás", "dehidratáció"],
        "he": ["התייבשות"],
        "ar": ["جفاف الجسم"],
    },
    "psoriasis": {
        "uk": ["псоріаз"],
        "el": ["ψωρίαση"],
        "ro": ["psoriazis", "psoriazisul", "psoriazisului"],
        "hu": ["pikkelysömör"],
        "he": ["פסוריאזיס", "ספחת"],
        "ar": ["الصدفية"],
    },
    "eczema": {
        "uk": ["екзема"],
        "el": ["έκζεμα"],
        "ro": ["eczemă"],
        "hu": ["ekcéma"],
        "he": ["אקזמה"],
        "ar": ["الأكزيما", "الإكزيما"],
    },
    "celiac disease": {
        "uk": ["целіакія"],
        "el": ["κοιλιοκάκη"],
        "ro": ["boala celiacă", "boală celiacă", "bolii celiace"],
        "hu": ["cöliákia", "lisztérzékenység"],
        "he": ["צליאק", "צליאקיה"],
        "ar": ["الداء البطني", "مرض السيلياك", "السيلياك"],
    },
    "atherosclerosis": {
        "uk": ["атеросклероз"],
        "el": ["αθηροσκλήρωση"],
        "ro": ["ateroscleroză"],
        "hu": ["érelmeszesedés", "ateroszklerózis"],
        "he": ["טרשת עורקים"],
        "ar": ["تصلب الشرايين"],
    },
    "allergy": {
        "uk": ["алергія"],
        "el": ["αλλεργία"],
        "ro": ["alergie"],
        "hu": ["allergia"],
        "he": ["אלרגיה"],
        "ar": ["الحساسية"],
    },
    "dengue": {
        "uk": ["лихоманка денге", "денге"],
        "el": ["δάγκειος πυρετός"],
        "ro": ["febra dengue", "febră dengue", "dengue"],
        "hu": ["dengue-láz"],
        "he": ["קדחת דנגי", "דנגי"],
        "ar": ["حمى الضنك"],
    },
    "typhoid fever": {
        "uk": ["черевний тиф"],
        "el": ["τυφοειδής πυρετός"],
        "ro": ["febră tifoidă", "febra tifoidă"],
        "hu": ["hastífusz"],
        "he": ["טיפוס הבטן"],
        "ar": ["حمى التيفوئيد", "التيفوئيد", "التيفويد"],
    },
    "angina pectoris": {
        "uk": ["стенокардія"],
        "el": ["στηθάγχη"],
        "ro": ["angină pectorală", "angina pectorală"],
        "hu": ["angina pectoris"],
        "he": ["תעוקת חזה", "אנגינה פקטוריס"],
        "ar": ["الذبحة الصدرية"],
    },
    "cardiac arrhythmia": {
        "uk": ["аритмія"],
        "el": ["αρρυθμία"],
        "ro": ["aritmie"],
        "hu": ["szívritmuszavar", "aritmia"],
        "he": ["הפרעות קצב", "הפרעת קצב לב"],
        "ar": ["عدم انتظام ضربات القلب", "اضطراب نظم القلب"],
    },
    "ischemic heart disease": {
        "uk": ["ішемічна хвороба серця", "ішемічної хвороби серця", "ІХС"],
        "el": ["ισχαιμική καρδιοπάθεια", "ισχαιμικής καρδιοπάθειας"],
        "ro": ["boală cardiacă ischemică", "boala cardiacă ischemică", "cardiopatie ischemică"],
        "hu": ["iszkémiás szívbetegség"],
        "he": ["מחלת לב איסכמית"],
        "ar": ["مرض القلب الإقفاري", "مرض نقص تروية القلب"],
    },
    "coronary heart disease": {
        "uk": ["коронарна хвороба серця"],
        "el": ["στεφανιαία νόσος", "στεφανιαίας νόσου"],
        "ro": ["boală coronariană", "boala coronariană", "bolii coronariene"],
        "hu": ["koszorúér-betegség", "koszorúérbetegség"],
        "he": ["מחלת לב כלילית", "מחלת עורקים כליליים"],
        "ar": ["مرض الشريان التاجي", "أمراض الشرايين التاجية"],
    },
    "cardiovascular disease": {
        "uk": [
            "серцево-судинні захворювання",
            "серцево-судинних захворювань",
            "серцево-судинне захворювання",
        ],
        "el": [
            "καρδιαγγειακή νόσος",
            "καρδιαγγειακές παθήσεις",
            "καρδιαγγειακά νοσήματα",
            "καρδιαγγειακών νοσημάτων",
            "καρδιαγγειακής νόσου",
        ],
        "ro": [
            "boli cardiovasculare",
            "bolile cardiovasculare",
            "bolilor cardiovasculare",
            "boală cardiovasculară",
            "boala cardiovasculară",
        ],
        "hu": [
            "szív- és érrendszeri betegség",
            "szív- és érrendszeri betegségek",
            "szív-érrendszeri betegség",
            "kardiovaszkuláris betegség",
        ],
        "he": ["מחלות לב וכלי דם", "מחלת לב וכלי דם"],
        "ar": ["أمراض القلب والأوعية الدموية"],
    },
    "cerebrovascular disease": {
        "uk": ["цереброваскулярні захворювання"],
        "el": ["αγγειακή εγκεφαλική νόσος"],
        "ro": ["boli cerebrovasculare", "boală cerebrovasculară"],
        "hu": ["cerebrovaszkuláris betegség", "agyérbetegség"],
        "he": ["מחלות כלי דם במוח"],
        "ar": ["الأمراض الدماغية الوعائية"],
    },
    "hyperlipidemia": {
        "uk": ["гіперліпідемія", "гіперхолестеринемія"],
        "el": ["υπερλιπιδαιμία", "υπερχοληστερολαιμία"],
        "ro": ["hiperlipidemie", "hipercolesterolemie", "colesterol mărit"],
        "hu": ["magas koleszterinszint", "hiperlipidémia"],
        "he": ["כולסטרול גבוה", "היפרליפידמיה"],
        "ar": ["ارتفاع الكوليسترول", "فرط شحميات الدم"],
    },
    "gastritis": {
        "uk": ["гастрит"],
        "el": ["γαστρίτιδα"],
        "ro": ["gastrită"],
        "hu": ["gyomorhurut", "gasztritisz"],
        "he": ["דלקת קיבה"],
        "ar": ["التهاب المعدة"],
    },
    "peptic ulcer": {
        "uk": ["виразка шлунку", "виразкова хвороба", "виразки шлунку"],
        "el": ["έλκος στομάχου", "πεπτικό έλκος"],
        "ro": ["ulcer gastric", "ulcerul gastric", "ulcer peptic", "ulcer"],
        "hu": ["gyomorfekély", "nyombélfekély"],
        "he": ["כיב קיבה", "כיב פפטי"],
        "ar": ["قرحة المعدة", "القرحة الهضمية"],
    },
    "bronchitis": {
        "uk": ["бронхіт"],
        "el": ["βρογχίτιδα"],
        "ro": ["bronșită"],
        "hu": ["hörghurut", "bronchitis"],
        "he": ["ברונכיטיס", "דלקת הסימפונות"],
        "ar": ["التهاب الشعب الهوائية", "التهاب القصبات"],
    },
    "rhinitis": {
        "uk": ["риніт"],
        "el": ["ρινίτιδα"],
        "ro": ["rinită"],
        "hu": ["orrnyálkahártya-gyulladás", "rhinitis"],
        "he": ["נזלת"],
        "ar": ["التهاب الأنف"],
    },
    "sinusitis": {
        "uk": ["синусит", "гайморит"],
        "el": ["ιγμορίτιδα", "παραρινοκολπίτιδα"],
        "ro": ["sinuzită"],
        "hu": ["arcüreggyulladás", "melléküreg-gyulladás", "szinuszitisz"],
        "he": ["סינוסיטיס", "דלקת סינוסים"],
        "ar": ["التهاب الجيوب الأنفية"],
    },
    "otitis media": {
        "uk": ["отит", "середній отит"],
        "el": ["ωτίτιδα", "μέση ωτίτιδα"],
        "ro": ["otită", "otită medie"],
        "hu": ["középfülgyulladás"],
        "he": ["דלקת אוזניים", "דלקת אוזן תיכונה"],
        "ar": ["التهاب الأذن الوسطى"],
    },
    "pharyngitis": {
        "uk": ["фарингіт", "ангіна"],
        "el": ["φαρυγγίτιδα", "αμυγδαλίτιδα"],
        "ro": ["faringită", "angină"],
        "hu": ["torokgyulladás", "mandulagyulladás"],
        "he": ["דלקת גרון"],
        "ar": ["التهاب البلعوم", "التهاب الحلق", "التهاب اللوزتين"],
    },
    "conjunctivitis": {
        "uk": ["кон'юнктивіт"],
        "el": ["επιπεφυκίτιδα"],
        "ro": ["conjunctivită"],
        "hu": ["kötőhártya-gyulladás"],
        "he": ["דלקת עיניים", "דלקת הלחמית"],
        "ar": ["التهاب الملتحمة"],
    },
    "arthritis": {
        "uk": ["артрит"],
        "el": ["αρθρίτιδα"],
        "ro": ["artrită"],
        "hu": ["ízületi gyulladás", "artritisz"],
        "he": ["דלקת מפרקים", "דלקת פרקים"],
        "ar": ["التهاب المفاصل"],
    },
    "gastroenteritis": {
        "uk": ["гастроентерит", "кишкова інфекція", "кишкової інфекції"],
        "el": ["γαστρεντερίτιδα"],
        "ro": ["gastroenterită"],
        "hu": ["gyomor-bélhurut", "gasztroenteritisz"],
        "he": ["דלקת קיבה ומעיים", "גסטרואנטריטיס"],
        "ar": ["التهاب المعدة والأمعاء", "النزلة المعوية"],
    },
    "encephalitis": {
        "uk": ["енцефаліт"],
        "el": ["εγκεφαλίτιδα"],
        "ro": ["encefalită"],
        "hu": ["agyvelőgyulladás"],
        "he": ["דלקת המוח", "אנצפליטיס"],
        "ar": ["التهاب الدماغ"],
    },
    "dermatitis": {
        "uk": ["дерматит"],
        "el": ["δερματίτιδα"],
        "ro": ["dermatită"],
        "hu": ["bőrgyulladás", "dermatitisz"],
        "he": ["דרמטיטיס", "דלקת עור"],
        "ar": ["التهاب الجلد"],
    },
    "atopic dermatitis": {
        "uk": ["атопічний дерматит", "атопічного дерматиту"],
        "el": ["ατοπική δερματίτιδα", "ατοπικής δερματίτιδας"],
        "ro": ["dermatită atopică", "dermatita atopică"],
        "hu": ["atópiás dermatitisz", "atópiás ekcéma"],
        "he": ["אטופיק דרמטיטיס", "אסטמה של העור"],
        "ar": ["التهاب الجلد التأتبي", "الأكزيما التأتبية"],
    },
    "cystitis": {
        "uk": ["цистит"],
        "el": ["κυστίτιδα"],
        "ro": ["cistită"],
        "hu": ["hólyaghurut", "húgyhólyag-gyulladás"],
        "he": ["דלקת בשלפוחית השתן"],
        "ar": ["التهاب المثانة"],
    },
    "pancreatitis": {
        "uk": ["панкреатит"],
        "el": ["παγκρεατίτιδα"],
        "ro": ["pancreatită"],
        "hu": ["hasnyálmirigy-gyulladás"],
        "he": ["דלקת הלבלב", "פנקראטיטיס"],
        "ar": ["التهاب البنكرياس"],
    },
    "periodontitis": {
        "uk": ["пародонтит", "пародонтоз"],
        "el": ["περιοδοντίτιδα"],
        "ro": ["parodontoză", "periodontită"],
        "hu": ["fogágygyulladás", "parodontitisz"],
        "he": ["דלקת חניכיים", "מחלת חניכיים"],
        "ar": ["التهاب دواعم السن", "أمراض اللثة"],
    },
    "appendicitis": {
        "uk": ["апендицит"],
        "el": ["σκωληκοειδίτιδα"],
        "ro": ["apendicită"],
        "hu": ["vakbélgyulladás"],
        "he": ["דלקת התוספתן", "דלקת תוספתן"],
        "ar": ["التهاب الزائدة الدودية"],
    },
    "dental caries": {
        "uk": ["карієс"],
        "el": ["τερηδόνα"],
        "ro": ["carie dentară", "carii dentare", "cariile dentare"],
        "hu": ["fogszuvasodás"],
        "he": ["עששת"],
        "ar": ["تسوس الأسنان"],
    },
    "hearing loss": {
        "uk": ["втрата слуху", "втрати слуху", "приглухуватість"],
        "el": ["απώλεια ακοής", "βαρηκοΐα"],
        "ro": ["pierderea auzului", "pierdere de auz", "hipoacuzie"],
        "hu": ["halláskárosodás", "nagyothallás", "hallásvesztés"],
        "he": ["אובדן שמיעה", "ליקוי שמיעה"],
        "ar": ["فقدان السمع", "ضعف السمع"],
    },
    "myopia": {
        "uk": ["короткозорість"],
        "el": ["μυωπία"],
        "ro": ["miopie"],
        "hu": ["rövidlátás", "myopia"],
        "he": ["קוצר ראייה"],
        "ar": ["قصر النظر"],
    },
    "anxiety disorder": {
        "uk": ["тривожний розлад", "тривожного розладу", "тривожні розлади"],
        "el": ["αγχώδης διαταραχή", "αγχώδεις διαταραχές", "αγχώδους διαταραχής"],
        "ro": ["tulburare de anxietate", "tulburarea de anxietate", "tulburări de anxietate"],
        "hu": ["szorongásos zavar", "szorongásos zavarok", "szorongásos betegség"],
        "he": ["הפרעת חרדה", "הפרעות חרדה"],
        "ar": ["اضطراب القلق", "اضطرابات القلق"],
    },
    "post-traumatic stress disorder": {
        "uk": ["посттравматичний стресовий розлад", "посттравматичного стресового розладу", "ПТСР"],
        "el": ["διαταραχή μετατραυματικού στρες", "μετατραυματικό στρες"],
        "ro": [
            "tulburare de stres posttraumatic",
            "tulburarea de stres posttraumatic",
            "sindromul de stres posttraumatic",
        ],
        "hu": ["poszttraumás stressz-szindróma", "poszttraumás stresszzavar", "PTSD"],
        "he": ["הפרעת דחק פוסט-טראומטית", "פוסט טראומה", "פוסט-טראומה"],
        "ar": ["اضطراب ما بعد الصدمة"],
    },
    "fatty liver": {
        "uk": ["жировий гепатоз", "жирова хвороба печінки", "стеатоз печінки"],
        "el": ["λιπώδες ήπαρ", "λιπώδους ήπατος", "λιπώδης διήθηση του ήπατος"],
        "ro": ["ficat gras", "steatoză hepatică", "steatoza hepatică"],
        "hu": ["zsírmáj", "májelzsírosodás"],
        "he": ["כבד שומני"],
        "ar": ["الكبد الدهني", "تشحم الكبد"],
    },
    "metabolic syndrome": {
        "uk": ["метаболічний синдром", "метаболічного синдрому"],
        "el": ["μεταβολικό σύνδρομο", "μεταβολικού συνδρόμου"],
        "ro": ["sindrom metabolic", "sindromul metabolic", "sindromului metabolic"],
        "hu": ["metabolikus szindróma", "anyagcsere-szindróma"],
        "he": ["תסמונת מטבולית"],
        "ar": ["المتلازمة الأيضية", "متلازمة التمثيل الغذائي"],
    },
    "rabies": {
        "ro": ["rabie"],
        "hu": ["veszettség"],
        "he": ["כלבת"],
        "ar": ["داء الكلب", "السعار"],
    },
    "sepsis": {
        "uk": ["сепсис"],
        "el": ["σήψη", "σηψαιμία"],
        "ro": ["septicemie"],
        "hu": ["vérmérgezés", "szepszis"],
        "he": ["אלח דם", "ספסיס"],
        "ar": ["الإنتان", "تعفن الدم", "الإنتان الدموي"],
    },
}


# Ukrainian, Greek, Romanian and Hungarian forms of a one-word name the inflections of
# rules/compounds.yaml do not reach (its last letters change), and the Arabic spellings a page
# writes. Ukrainian feminine and neuter names ("пневмонія" -> "пневмонії", "ожиріння" ->
# "ожирінням"; a short masculine one, "грип" -> "грипу", takes its cases here); Greek nouns in
# their cases and numbers ("γρίπη" -> "γρίπης", "διαβήτης" -> "διαβήτη"), an accent on the
# ending kept there; Romanian feminine names with the article and in the genitive ("gripă" ->
# "gripa", "gripei"; "pneumonie" -> "pneumonia", "pneumoniei"), and the article of a masculine
# first word ("infarct miocardic" -> "infarctul miocardic"); the Hungarian stem a suffix
# lengthens ("influenza" -> "influenzá", read with its suffix: "influenzában"); Arabic with
# and without the hamza seat ("الإنفلونزا", "الانفلونزا") and after "ل" ("للسرطان": "ل" and
# the article, which the prefixes of compounds.yaml cannot give; "التهاب", inflammation, starts
# with the letters of the article and takes none).
_UK_VOWELS = "аеєиіїоуюя"
_GREEK_ACCENT = {"α": "ά", "ε": "έ", "η": "ή", "ι": "ί", "ο": "ό", "υ": "ύ", "ω": "ώ"}
_GREEK_PARADIGMS = [
    ("ος", ["ος", "ου", "ο", "οι", "ων", "ους"]),
    ("ης", ["ης", "η", "ες", "ων"]),
    ("ας", ["ας", "α", "ες", "ων"]),
    ("ση", ["ση", "σης", "σεις", "σεων"]),
    ("ξη", ["ξη", "ξης", "ξεις", "ξεων"]),
    ("ψη", ["ψη", "ψης", "ψεις", "ψεων"]),
    ("μα", ["μα", "ματος", "ματα", "ματων"]),
    ("ες", ["ες", "ων"]),
    ("οι", ["οι", "ων"]),
    ("α", ["α", "ας", "ες", "ων"]),
    ("η", ["η", "ης", "ες", "ων"]),
    ("ο", ["ο", "ου", "α", "ων"]),
    ("ι", ["ι", "ιου", "ια", "ιων"]),
]


def _greek_plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _greek_accented(ending: str) -> str:
    """The ending with an accent on its first vowel ("ου" on its second: "ού")."""
    if ending.startswith("ου"):
        return "ού" + ending[2:]
    for n, char in enumerate(ending):
        if char in _GREEK_ACCENT:
            return ending[:n] + _GREEK_ACCENT[char] + ending[n + 1 :]
    return ending


def uk_forms(name: str) -> list[str]:
    if " " in name or "-" in name or "'" in name or not name.islower():
        return [name]
    if name.endswith(("ння", "ття")):
        stem = name[:-1]
        return [name, stem + "ю", stem + "ям", stem + "і"]
    if name.endswith("ія"):
        stem = name[:-2]
        return [name, stem + "ії", stem + "ію", stem + "ією"]
    if name.endswith("я"):
        stem = name[:-1]
        after_vowel = stem[-1] in _UK_VOWELS
        return [
            name,
            stem + ("ї" if after_vowel else "і"),
            stem + "ю",
            stem + ("єю" if after_vowel else "ею"),
        ]
    if name.endswith("а"):
        stem = name[:-1]
        forms = [name, stem + "и", stem + "у", stem + "ою"]
        return forms if stem[-1] in "кгх" else [*forms, stem + "і"]
    if name[-1] not in _UK_VOWELS + "ь" and len(name) < 5:
        return [name, name + "у", name + "ом", name + "і"]
    return [name]


def el_forms(name: str) -> list[str]:
    if " " in name or not name.islower():
        return [name]
    plain = _greek_plain(name)
    for ending, endings in _GREEK_PARADIGMS:
        if plain.endswith(ending):
            stem, tail = name[: -len(ending)], name[-len(ending) :]
            accented = tail != _greek_plain(tail)
            return [stem + (_greek_accented(e) if accented else e) for e in endings]
    return [name]


def ro_forms(name: str) -> list[str]:
    first, _, rest = name.partition(" ")
    rest = f" {rest}" if rest else ""
    if not first.isalpha() or not first.islower():
        return [name]
    if first.endswith("ie"):
        stem = first[:-2]
        forms = [stem + "ia"] if rest else [stem + "ia", stem + "iei", stem + "ii", stem + "iile"]
    elif first.endswith("ee"):
        forms = [first + "a"] if rest else [first + "a", first[:-1] + "i"]
    elif first.endswith("e"):
        forms = [first + "a"] if rest else [first + "a", first[:-1] + "ii"]
    elif first.endswith("ă"):
        stem = first[:-1]
        forms = [stem + "a"] if rest else [stem + "a", stem + "ei", stem + "e", stem + "ele"]
    elif first[-1] not in "aeiouăâî" and not first.endswith("ul") and (rest or len(first) < 5):
        forms = [first + "ul", first + "ului"]
    else:
        forms = []
    return [name, *(form + rest for form in forms)]


def hu_forms(name: str) -> list[str]:
    if name.endswith("a"):
        return [name, name[:-1] + "á"]
    if name.endswith("e"):
        return [name, name[:-1] + "é"]
    return [name]


def ar_forms(name: str) -> list[str]:
    forms = [name]
    plain = name.translate(str.maketrans("أإآ", "ااا"))
    if plain != name:
        forms.append(plain)
    for form in list(forms):
        if form.startswith("التهاب"):  # inflammation: its "ال" is no article
            continue
        if form.startswith("الل"):
            forms.append("لل" + form[3:])
        elif form.startswith("ال"):
            forms.append("لل" + form[2:])
    return forms


# Persian and Hindi (after the six above): the common diseases' own names and the cancers by
# organ, as a page writes them (Persian with and without the zero-width non-joiner,
# "کم‌خونی", "کم خونی"; Hindi with "का"/"के" or without, "फेफड़ों का कैंसर", "स्तन कैंसर").
# Hindi "दमा" (asthma) is left out: a Devanagari vowel sign is no letter to the matcher, so a
# short term would be read inside a longer word after one.
NAMES_MORE_4: dict[str, dict[str, list[str]]] = {
    "measles": {"fa": ["سرخک"], "hi": ["खसरा"]},
    "mumps": {"fa": ["اوریون"], "hi": ["कण्ठमाला", "गलसुआ"]},
    "rubella": {"fa": ["سرخجه"], "hi": ["रूबेला"]},
    "chickenpox": {"fa": ["آبله مرغان", "آبله‌مرغان"], "hi": ["छोटी माता"]},
    "whooping cough": {"fa": ["سیاه سرفه", "سیاه‌سرفه"], "hi": ["काली खांसी", "काली खाँसी"]},
    "diphtheria": {"fa": ["دیفتری"], "hi": ["डिप्थीरिया"]},
    "tetanus": {"fa": ["کزاز"], "hi": ["टिटनेस"]},
    "poliomyelitis": {"fa": ["فلج اطفال"], "hi": ["पोलियो"]},
    "influenza": {
        "fa": ["آنفلوآنزا", "آنفولانزا", "آنفلوانزا"],
        "hi": ["इन्फ्लूएंजा", "इन्फ्लुएंजा", "फ्लू"],
    },
    "tuberculosis": {"fa": ["بیماری سل"], "hi": ["तपेदिक", "टीबी", "क्षय रोग"]},
    "malaria": {"fa": ["مالاریا"], "hi": ["मलेरिया"]},
    "cholera": {"hi": ["हैजा"]},
    "smallpox": {"fa": ["آبله"], "hi": ["चेचक"]},
    "dengue": {"fa": ["تب دنگی"], "hi": ["डेंगू"]},
    "typhoid fever": {"fa": ["تب حصبه", "حصبه"], "hi": ["टाइफाइड", "मियादी बुखार"]},
    "acquired immunodeficiency syndrome": {"fa": ["ایدز"], "hi": ["एड्स"]},
    "HIV infection": {"fa": ["اچ‌آی‌وی", "اچ آی وی"], "hi": ["एचआईवी"]},
    "COVID-19": {
        "fa": ["کرونا", "کووید-۱۹", "کووید ۱۹", "کووید-19", "ویروس کرونا"],
        "hi": ["कोविड-19", "कोविड", "कोरोना", "कोरोनावायरस", "कोरोना वायरस"],
    },
    "common cold": {"fa": ["سرماخوردگی"], "hi": ["सर्दी-जुकाम", "जुकाम"]},
    "diabetes mellitus": {"fa": ["دیابت", "بیماری قند"], "hi": ["मधुमेह", "डायबिटीज", "डायबिटीज़"]},
    "type 2 diabetes": {
        "fa": ["دیابت نوع ۲", "دیابت نوع 2", "دیابت نوع دو"],
        "hi": ["टाइप 2 मधुमेह", "टाइप 2 डायबिटीज"],
    },
    "type 1 diabetes": {
        "fa": ["دیابت نوع ۱", "دیابت نوع 1", "دیابت نوع یک"],
        "hi": ["टाइप 1 मधुमेह", "टाइप 1 डायबिटीज"],
    },
    "cancer": {"hi": ["कैंसर", "कर्क रोग"]},
    "breast cancer": {"fa": ["سرطان سینه", "سرطان پستان"], "hi": ["स्तन कैंसर"]},
    "lung cancer": {
        "fa": ["سرطان ریه"],
        "hi": ["फेफड़ों का कैंसर", "फेफड़े का कैंसर", "फेफड़ों के कैंसर", "लंग कैंसर"],
    },
    "liver cancer": {"fa": ["سرطان کبد"], "hi": ["लिवर कैंसर", "यकृत कैंसर", "लीवर कैंसर"]},
    "kidney cancer": {"fa": ["سرطان کلیه"], "hi": ["किडनी कैंसर", "गुर्दे का कैंसर"]},
    "prostate cancer": {"fa": ["سرطان پروستات"], "hi": ["प्रोस्टेट कैंसर"]},
    "colon cancer": {"fa": ["سرطان روده بزرگ"], "hi": ["कोलन कैंसर", "बड़ी आंत का कैंसर"]},
    "colorectal cancer": {"fa": ["سرطان کولورکتال"], "hi": ["कोलोरेक्टल कैंसर"]},
    "skin cancer": {"fa": ["سرطان پوست"], "hi": ["त्वचा कैंसर", "त्वचा का कैंसर"]},
    "pancreatic cancer": {
        "fa": ["سرطان پانکراس", "سرطان لوزالمعده"],
        "hi": ["अग्नाशय कैंसर", "अग्नाशय का कैंसर"],
    },
    "stomach cancer": {"fa": ["سرطان معده"], "hi": ["पेट का कैंसर", "आमाशय का कैंसर"]},
    "bladder cancer": {"fa": ["سرطان مثانه"], "hi": ["मूत्राशय कैंसर", "मूत्राशय का कैंसर"]},
    "ovarian cancer": {
        "fa": ["سرطان تخمدان"],
        "hi": ["डिम्बग्रंथि का कैंसर", "अंडाशय का कैंसर", "ओवेरियन कैंसर"],
    },
    "cervical cancer": {
        "fa": ["سرطان دهانه رحم"],
        "hi": ["गर्भाशय ग्रीवा कैंसर", "गर्भाशय ग्रीवा का कैंसर", "सर्वाइकल कैंसर"],
    },
    "uterine cancer": {"fa": ["سرطان رحم"], "hi": ["गर्भाशय कैंसर", "गर्भाशय का कैंसर"]},
    "thyroid cancer": {"fa": ["سرطان تیروئید"], "hi": ["थायराइड कैंसर"]},
    "brain tumor": {"fa": ["تومور مغزی", "سرطان مغز"], "hi": ["ब्रेन ट्यूमर", "मस्तिष्क कैंसर"]},
    "blood cancer": {"fa": ["سرطان خون"], "hi": ["ब्लड कैंसर", "रक्त कैंसर"]},
    "esophageal cancer": {"fa": ["سرطان مری"], "hi": ["ग्रासनली का कैंसर"]},
    "oral cancer": {"fa": ["سرطان دهان"], "hi": ["मुंह का कैंसर", "मुँह का कैंसर"]},
    "myocardial infarction": {
        "fa": ["سکته قلبی", "حمله قلبی", "انفارکتوس میوکارد"],
        "hi": ["दिल का दौरा", "हार्ट अटैक"],
    },
    "stroke": {"fa": ["سکته مغزی"], "hi": ["स्ट्रोक", "मस्तिष्काघात", "ब्रेन स्ट्रोक"]},
    "dementia": {"fa": ["زوال عقل", "دمانس"], "hi": ["मनोभ्रंश", "डिमेंशिया"]},
    "Alzheimer disease": {"fa": ["آلزایمر", "بیماری آلزایمر"], "hi": ["अल्जाइमर", "अल्जाइमर रोग"]},
    "Parkinson disease": {
        "fa": ["پارکینسون", "بیماری پارکینسون"],
        "hi": ["पार्किंसंस", "पार्किंसंस रोग"],
    },
    "depression": {"fa": ["افسردگی"], "hi": ["अवसाद", "डिप्रेशन"]},
    "asthma": {"fa": ["آسم"], "hi": ["अस्थमा"]},
    "obesity": {"fa": ["چاقی"], "hi": ["मोटापा"]},
    "hypertension": {
        "fa": ["فشار خون بالا", "پرفشاری خون"],
        "hi": ["उच्च रक्तचाप", "हाई ब्लड प्रेशर", "हाइपरटेंशन"],
    },
    "autism": {"fa": ["اوتیسم"], "hi": ["ऑटिज्म"]},
    "epilepsy": {"fa": ["صرع"], "hi": ["मिर्गी"]},
    "migraine": {"fa": ["میگرن"], "hi": ["माइग्रेन"]},
    "schizophrenia": {"fa": ["اسکیزوفرنی"], "hi": ["सिज़ोफ्रेनिया", "सिजोफ्रेनिया"]},
    "infertility": {"fa": ["ناباروری"], "hi": ["बांझपन"]},
    "osteoporosis": {"fa": ["پوکی استخوان"], "hi": ["ऑस्टियोपोरोसिस"]},
    "heart failure": {"fa": ["نارسایی قلبی", "نارسایی قلب"], "hi": ["हार्ट फेलियर", "हृदय विफलता"]},
    "kidney failure": {
        "fa": ["نارسایی کلیه", "نارسایی کلیوی"],
        "hi": ["गुर्दे की विफलता", "किडनी फेलियर", "किडनी फेल"],
    },
    "chronic obstructive pulmonary disease": {
        "fa": ["بیماری انسدادی مزمن ریه"],
        "hi": ["क्रॉनिक ऑब्सट्रक्टिव पल्मोनरी डिजीज"],
    },
    "pneumonia": {"fa": ["ذات‌الریه", "ذات الریه", "سینه پهلو", "پنومونی"], "hi": ["निमोनिया"]},
    "anemia": {"fa": ["کم‌خونی", "کم خونی"], "hi": ["एनीमिया", "खून की कमी"]},
    "osteoarthritis": {"fa": ["آرتروز"], "hi": ["ऑस्टियोआर्थराइटिस"]},
    "rheumatoid arthritis": {
        "fa": ["آرتریت روماتوئید"],
        "hi": ["रुमेटीइड गठिया", "रूमेटाइड आर्थराइटिस"],
    },
    "arthritis": {"fa": ["آرتریت"], "hi": ["गठिया", "आर्थराइटिस"]},
    "multiple sclerosis": {"fa": ["مولتیپل اسکلروزیس", "ام‌اس"], "hi": ["मल्टीपल स्क्लेरोसिस"]},
    "hepatitis": {"fa": ["هپاتیت"], "hi": ["हेपेटाइटिस"]},
    "hepatitis B": {"fa": ["هپاتیت بی", "هپاتیت B"], "hi": ["हेपेटाइटिस बी", "हेपेटाइटिस B"]},
    "hepatitis C": {"fa": ["هپاتیت سی", "هپاتیت C"], "hi": ["हेपेटाइटिस सी", "हेपेटाइटिस C"]},
    "cirrhosis": {"fa": ["سیروز کبدی", "سیروز"], "hi": ["सिरोसिस", "लिवर सिरोसिस"]},
    "kidney stones": {"fa": ["سنگ کلیه"], "hi": ["गुर्दे की पथरी", "किडनी स्टोन"]},
    "gout": {"fa": ["نقرس"], "hi": ["गाउट"]},
    "leprosy": {"fa": ["جذام"], "hi": ["कुष्ठ रोग"]},
    "leukemia": {"fa": ["لوسمی"], "hi": ["ल्यूकेमिया"]},
    "lymphoma": {"fa": ["لنفوم"], "hi": ["लिंफोमा", "लिम्फोमा"]},
    "melanoma": {"fa": ["ملانوما"], "hi": ["मेलेनोमा"]},
    "meningitis": {"fa": ["مننژیت"], "hi": ["मेनिनजाइटिस", "दिमागी बुखार"]},
    "psoriasis": {"fa": ["پسوریازیس"], "hi": ["सोरायसिस"]},
    "eczema": {"fa": ["اگزما"], "hi": ["एक्जिमा"]},
    "allergy": {"fa": ["آلرژی"], "hi": ["एलर्जी"]},
    "gastritis": {"fa": ["گاستریت"], "hi": ["गैस्ट्राइटिस"]},
    "bronchitis": {"fa": ["برونشیت"], "hi": ["ब्रोंकाइटिस"]},
    "sinusitis": {"fa": ["سینوزیت"], "hi": ["साइनसाइटिस"]},
    "malnutrition": {"fa": ["سوءتغذیه", "سوء تغذیه"], "hi": ["कुपोषण"]},
    "dehydration": {"fa": ["کم‌آبی بدن", "کم آبی بدن"], "hi": ["निर्जलीकरण"]},
    "glaucoma": {"fa": ["آب سیاه", "گلوکوم"], "hi": ["ग्लूकोमा", "काला मोतिया"]},
    "cataract": {"fa": ["آب مروارید"], "hi": ["मोतियाबिंद"]},
    "anxiety disorder": {"fa": ["اختلال اضطراب", "اختلالات اضطرابی"], "hi": ["चिंता विकार"]},
    "bipolar disorder": {
        "fa": ["اختلال دوقطبی", "اختلال دو قطبی"],
        "hi": ["बाइपोलर डिसऑर्डर", "द्विध्रुवी विकार"],
    },
    "heart disease": {
        "fa": ["بیماری قلبی", "بیماری‌های قلبی", "بیماری های قلبی"],
        "hi": ["हृदय रोग", "दिल की बीमारी", "हृदय रोगों"],
    },
    "cardiovascular disease": {
        "fa": ["بیماری‌های قلبی عروقی", "بیماری های قلبی عروقی", "بیماری قلبی عروقی"],
        "hi": ["हृदय संबंधी रोग", "हृदय रोग और स्ट्रोक"],
    },
    "fatty liver": {"fa": ["کبد چرب"], "hi": ["फैटी लिवर"]},
    "hypothyroidism": {"fa": ["کم‌کاری تیروئید", "کم کاری تیروئید"], "hi": ["हाइपोथायरायडिज्म"]},
    "hyperthyroidism": {"fa": ["پرکاری تیروئید"], "hi": ["हाइपरथायरायडिज्म"]},
}


# Finnish, Estonian, Croatian, Bosnian and Serbian (in Latin letters, "hbs", and in Cyrillic,
# "sr"), Slovenian, Slovak, Bulgarian, Lithuanian, Latvian, Catalan, Icelandic and Albanian (the
# fifth group): each language's own words, not the Latin or Greek ones a page spells its way
# ("tuberkuloza", "insulina", "pneumonia": compounds.yaml `cognates` reads those). Finnish,
# Estonian and Icelandic glue the organ before the head ("keuhkosyöpä", "kopsuvähk",
# "lungnakrabbamein"), Finnish also writes the organ in the genitive apart ("sydämen
# vajaatoiminta", "fi-g"); the Slavic languages put it in the genitive after the head ("rak
# dojke", "rakovina pľúc", "bolezen srca") or make it an adjective before it ("srčana bolest",
# "сърдечна недостатъчност": the "-a" keys hold the adjective's stem, the templates its
# endings); Bulgarian says "рак на гърдата"; Lithuanian and Latvian write the genitive before the
# head ("plaučių vėžys", "plaušu vēzis"); Catalan "càncer de mama", "malaltia cardíaca"; Albanian
# "kanceri i gjirit" (the article before the organ agrees with the head's case). Forms a stem
# change makes ("syöpä" → "syövän", "vähk" → "vähi", "liga" → "ligos") are written out: the
# inflections of compounds.yaml only add an ending to a term as written.
ORGANS_5: dict[str, dict[str, list[str]]] = {
    "breast": {
        "fi": ["rinta"],
        "et": ["rinna"],
        "hbs": ["dojke", "dojki"],
        "sr": ["дојке"],
        "sl": ["dojke"],
        "sk": ["prsníka"],
        "bg": ["гърдата", "гърдите"],
        "lt": ["krūties", "krūtų"],
        "lv": ["krūts", "krūšu"],
        "ca": ["de mama", "de pit"],
        "is": ["brjósta"],
        "sq": ["gjirit"],
    },
    "lung": {
        "fi": ["keuhko"],
        "fi-g": ["keuhkojen"],
        "et": ["kopsu"],
        "hbs": ["pluća"],
        "hbs-a": ["plućn"],
        "sr": ["плућа"],
        "sl": ["pljuč"],
        "sl-a": ["pljučn"],
        "sk": ["pľúc"],
        "bg": ["белия дроб", "белите дробове"],
        "bg-a": ["белодробн"],
        "lt": ["plaučių"],
        "lv": ["plaušu"],
        "ca": ["de pulmó"],
        "ca-a": ["pulmonar"],
        "ca-ap": ["pulmonars"],
        "is": ["lungna"],
        "sq": ["mushkërive"],
    },
    "liver": {
        "fi": ["maksa"],
        "fi-g": ["maksan"],
        "et": ["maksa"],
        "hbs": ["jetre"],
        "hbs-a": ["jetren"],
        "sr": ["јетре"],
        "sl": ["jeter"],
        "sl-a": ["jetrn"],
        "sk": ["pečene"],
        "sk-a": ["pečeňov"],
        "bg": ["черния дроб"],
        "bg-a": ["чернодробн"],
        "lt": ["kepenų"],
        "lv": ["aknu"],
        "ca": ["de fetge"],
        "ca-a": ["hepàtica"],
        "ca-ap": ["hepàtiques"],
        "is": ["lifrar"],
        "sq": ["mëlçisë"],
    },
    "kidney": {
        "fi": ["munuais"],
        "fi-g": ["munuaisten"],
        "et": ["neeru"],
        "hbs": ["bubrega"],
        "hbs-a": ["bubrežn"],
        "sr": ["бубрега"],
        "sr-a": ["бубрежн"],
        "sl": ["ledvic"],
        "sl-a": ["ledvičn"],
        "sk": ["obličiek"],
        "sk-a": ["obličkov"],
        "bg": ["бъбреците", "бъбрека"],
        "bg-a": ["бъбречн"],
        "lt": ["inkstų"],
        "lv": ["nieru"],
        "ca": ["de ronyó"],
        "ca-a": ["renal"],
        "ca-ap": ["renals"],
        "is": ["nýrna"],
        "sq": ["veshkave"],
    },
    "heart": {
        "fi": ["sydän"],
        "fi-g": ["sydämen"],
        "et": ["südame"],
        "hbs": ["srca"],
        "hbs-a": ["srčan"],
        "sr": ["срца"],
        "sr-a": ["срчан"],
        "sl": ["srca"],
        "sl-a": ["srčn"],
        "sk": ["srdca"],
        "sk-a": ["srdcov"],
        "bg": ["сърцето"],
        "bg-a": ["сърдечн"],
        "lt": ["širdies"],
        "lv": ["sirds"],
        "ca": ["del cor"],
        "ca-a": ["cardíaca"],
        "ca-ap": ["cardíaques"],
        "is": ["hjarta"],
        "sq": ["zemrës"],
    },
    "prostate": {
        "fi": ["eturauhas"],
        "fi-g": ["eturauhasen"],
        "et": ["eesnäärme"],
        "hbs": ["prostate"],
        "sr": ["простате"],
        "sl": ["prostate"],
        "sk": ["prostaty"],
        "bg": ["простатата"],
        "lt": ["prostatos"],
        "lv": ["prostatas"],
        "ca": ["de pròstata"],
        "is": ["blöðruhálskirtils"],
        "sq": ["prostatës"],
    },
    "colorectal": {
        "fi": ["suolisto"],
        "fi-g": ["paksusuolen"],
        "et": ["jämesoole"],
        "hbs": ["debelog crijeva", "debelog creva"],
        "sr": ["дебелог црева"],
        "sl": ["debelega črevesa"],
        "sk": ["hrubého čreva"],
        "bg": ["дебелото черво"],
        "lt": ["storosios žarnos"],
        "lv": ["resnās zarnas"],
        "ca": ["colorectal"],
        "is": ["ristil"],
        "sq": ["zorrës së trashë"],
    },
    "skin": {
        "fi": ["iho"],
        "fi-g": ["ihon"],
        "et": ["naha"],
        "hbs": ["kože"],
        "sr": ["коже"],
        "sl": ["kože"],
        "sk": ["kože"],
        "bg": ["кожата"],
        "lt": ["odos"],
        "lv": ["ādas"],
        "ca": ["de pell"],
        "is": ["húð"],
        "sq": ["lëkurës"],
    },
    "pancreatic": {
        "fi": ["haima"],
        "et": ["kõhunäärme"],
        "hbs": ["gušterače", "gušterače"],
        "sr": ["панкреаса", "гуштераче"],
        "sl": ["trebušne slinavke"],
        "sk": ["pankreasu", "podžalúdkovej žľazy"],
        "bg": ["панкреаса", "задстомашната жлеза"],
        "lt": ["kasos"],
        "lv": ["aizkuņģa dziedzera"],
        "ca": ["de pàncrees"],
        "is": ["bris"],
        "sq": ["pankreasit"],
    },
    "stomach": {
        "fi": ["maha", "vatsa"],
        "et": ["mao"],
        "hbs": ["želuca"],
        "sr": ["желуца"],
        "sl": ["želodca"],
        "sk": ["žalúdka"],
        "bg": ["стомаха"],
        "lt": ["skrandžio"],
        "lv": ["kuņģa"],
        "ca": ["d'estómac", "de l'estómac"],
        "is": ["maga"],
        "sq": ["stomakut"],
    },
    "bladder": {
        "fi": ["virtsarakko"],
        "fi-g": ["virtsarakon"],
        "et": ["põie"],
        "hbs": ["mokraćnog mjehura", "mokraćne bešike"],
        "sr": ["мокраћне бешике"],
        "sl": ["sečnega mehurja"],
        "sk": ["močového mechúra"],
        "bg": ["пикочния мехур"],
        "lt": ["šlapimo pūslės"],
        "lv": ["urīnpūšļa"],
        "ca": ["de bufeta"],
        "is": ["þvagblöðru"],
        "sq": ["fshikëzës urinare"],
    },
    "cervical": {
        "fi": ["kohdunkaula"],
        "fi-g": ["kohdunkaulan"],
        "et": ["emakakaela"],
        "hbs": ["vrata maternice", "grlića materice", "grlića maternice"],
        "sr": ["грлића материце"],
        "sl": ["materničnega vratu"],
        "sk": ["krčka maternice"],
        "bg": ["маточната шийка", "шийката на матката"],
        "lt": ["gimdos kaklelio"],
        "lv": ["dzemdes kakla"],
        "ca": ["de coll uterí", "de coll d'úter"],
        "is": ["legháls"],
        "sq": ["qafës së mitrës"],
    },
    "ovarian": {
        "fi": ["munasarja"],
        "et": ["munasarja"],
        "hbs": ["jajnika"],
        "sr": ["јајника"],
        "sl": ["jajčnikov"],
        "sk": ["vaječníkov"],
        "bg": ["яйчниците", "яйчника"],
        "lt": ["kiaušidžių"],
        "lv": ["olnīcu"],
        "ca": ["d'ovari"],
        "is": ["eggjastokka"],
        "sq": ["vezoreve"],
    },
    "brain": {
        "fi": ["aivo"],
        "et": ["aju"],
        "hbs": ["mozga"],
        "sr": ["мозга"],
        "sl": ["možganov"],
        "sk": ["mozgu"],
        "bg": ["мозъка"],
        "lt": ["smegenų"],
        "lv": ["smadzeņu"],
        "is": ["heila"],
        "sq": ["trurit"],
    },
    "thyroid": {
        "fi": ["kilpirauhas"],
        "fi-g": ["kilpirauhasen"],
        "et": ["kilpnäärme"],
        "hbs": ["štitnjače", "štitne žlijezde", "štitne žlezde"],
        "sr": ["штитне жлезде"],
        "sl": ["ščitnice"],
        "sk": ["štítnej žľazy"],
        "bg": ["щитовидната жлеза"],
        "lt": ["skydliaukės"],
        "lv": ["vairogdziedzera"],
        "ca": ["de tiroide"],
        "is": ["skjaldkirtils"],
        "sq": ["tiroides"],
    },
}


def _heads(head: str, template: str, forms: str) -> list[tuple[str, str]]:
    """One head's forms ("syöpä|syövän") over a template ("{o}{h}", "{h} {o}")."""
    return [(head, template.replace("{h}", form)) for form in forms.split("|")]


HEADS_5: dict[str, list[tuple[str, str]]] = {
    "fi": [
        *_heads(
            "cancer",
            "{o}{h}",
            "syöpä|syövän|syöpää|syöpään|syövät|syöpien|syöpiä|syövästä|syövässä",
        ),
        *_heads(
            "disease",
            "{o}{h}",
            "sairaus|sairauden|sairautta|sairauteen|sairaudet|sairauksien|sairauksia|sairaudesta"
            "|sairaudessa|tauti|taudin|tautia|tautiin|taudit|tautien|tauteja|taudista",
        ),
        *_heads("tumor", "{o}{h}", "kasvain|kasvaimen|kasvainta|kasvaimet|kasvaimia|kasvaimien"),
        *_heads("itis", "{o}{h}", "tulehdus|tulehduksen|tulehdusta|tulehdukset|tulehduksia"),
    ],
    "fi-g": [
        *_heads("cancer", "{o} {h}", "syöpä|syövän|syöpää|syöpään|syövästä"),
        *_heads(
            "failure", "{o} {h}", "vajaatoiminta|vajaatoiminnan|vajaatoimintaa|vajaatoimintaan"
        ),
    ],
    "et": [
        *_heads("cancer", "{o}{h}", "vähk|vähi|vähki|vähiga|vähist|vähiks|vähid|vähkide|vähisse"),
        *_heads(
            "disease",
            "{o}{h}",
            "haigus|haiguse|haigust|haigused|haiguste|haigusi|haigusega|haigusesse|haigusest",
        ),
        *_heads("failure", "{o}{h}", "puudulikkus|puudulikkuse|puudulikkust|puudulikkusega"),
        *_heads("itis", "{o}{h}", "põletik|põletiku|põletikku|põletikud|põletikuga|põletikust"),
        *_heads("tumor", "{o}{h}", "kasvaja|kasvajad|kasvajat|kasvajaga|kasvajate"),
    ],
    "hbs": [
        *_heads("cancer", "{h} {o}", "rak|raka|raku|rakom"),
        *_heads("disease", "{h} {o}", "bolest|bolesti|bolešću|oboljenje|oboljenja|oboljenjima"),
        *_heads("failure", "{h} {o}", "zatajenje|zatajenja|zatajenju|otkazivanje|otkazivanja"),
        *_heads("itis", "{h} {o}", "upala|upale|upalu|upalom|zapaljenje|zapaljenja"),
        *_heads("tumor", "{h} {o}", "tumor|tumora|tumori"),
    ],
    "hbs-a": [
        *_heads(
            "disease", "{o}{h}", "a bolest|e bolesti|u bolest|ih bolesti|om bolešću|o oboljenje"
        ),
        *_heads(
            "failure", "{o}{h}", "o zatajenje|og zatajenja|a insuficijencija|e insuficijencije"
        ),
    ],
    "sr": [
        *_heads("cancer", "{h} {o}", "рак|рака|раку|раком"),
        *_heads("disease", "{h} {o}", "болест|болести|обољење|обољења"),
        *_heads("failure", "{h} {o}", "отказивање|отказивања"),
        *_heads("itis", "{h} {o}", "упала|упале|упалу|запаљење|запаљења"),
        *_heads("tumor", "{h} {o}", "тумор|тумора"),
    ],
    "sr-a": [
        *_heads("disease", "{o}{h}", "а болест|е болести|о обољење"),
        *_heads("failure", "{o}{h}", "а инсуфицијенција|е инсуфицијенције|о затајење"),
    ],
    "sl": [
        *_heads("cancer", "{h} {o}", "rak|raka|raku|rakom"),
        *_heads("disease", "{h} {o}", "bolezen|bolezni|boleznijo"),
        *_heads("failure", "{h} {o}", "odpoved|odpovedi|odpovedjo"),
        *_heads("itis", "{h} {o}", "vnetje|vnetja|vnetju"),
        *_heads("tumor", "{h} {o}", "tumor|tumorja|tumorji"),
    ],
    "sl-a": [
        *_heads("disease", "{o}{h}", "a bolezen|e bolezni|o boleznijo"),
        *_heads("failure", "{o}{h}", "o popuščanje|ega popuščanja|a odpoved|e odpovedi"),
    ],
    "sk": [
        *_heads("cancer", "{h} {o}", "rakovina|rakoviny|rakovinu|rakovine|rakovinou"),
        *_heads(
            "disease",
            "{h} {o}",
            "choroba|choroby|chorobu|chorobou|chorôb|ochorenie|ochorenia|ochorení|ochorením",
        ),
        *_heads("failure", "{h} {o}", "zlyhanie|zlyhania|zlyhaním"),
        *_heads("itis", "{h} {o}", "zápal|zápalu|zápalom"),
        *_heads("tumor", "{h} {o}", "nádor|nádoru|nádory|nádorom"),
    ],
    "sk-a": [
        *_heads("disease", "{o}{h}", "é ochorenie|é ochorenia|ého ochorenia|á choroba|é choroby"),
        *_heads("failure", "{o}{h}", "é zlyhanie|ého zlyhania"),
    ],
    "bg": [
        *_heads("cancer", "{h} на {o}", "рак|рака|ракът"),
        *_heads("disease", "{h} на {o}", "заболяване|заболявания|заболяването|болест|болести"),
        *_heads("itis", "{h} на {o}", "възпаление|възпалението"),
        *_heads("tumor", "{h} на {o}", "тумор|тумори|тумора"),
    ],
    "bg-a": [
        *_heads(
            "disease",
            "{o}{h}",
            "о заболяване|и заболявания|ите заболявания|ото заболяване|а болест|и болести",
        ),
        *_heads("failure", "{o}{h}", "а недостатъчност|ата недостатъчност"),
    ],
    "lt": [
        *_heads("cancer", "{o} {h}", "vėžys|vėžio|vėžį|vėžiu|vėžiui|vėžiai|vėžių"),
        *_heads("disease", "{o} {h}", "liga|ligos|ligą|ligų|ligomis|ligoms|ligas"),
        *_heads("failure", "{o} {h}", "nepakankamumas|nepakankamumo|nepakankamumą|nepakankamumu"),
        *_heads("itis", "{o} {h}", "uždegimas|uždegimo|uždegimą|uždegimu"),
        *_heads("tumor", "{o} {h}", "auglys|auglio|auglį|augliai|navikas|naviko"),
    ],
    "lv": [
        *_heads("cancer", "{o} {h}", "vēzis|vēža|vēzi|vēzim|vēzī|vēži"),
        *_heads("disease", "{o} {h}", "slimība|slimības|slimību|slimībām|slimībai"),
        *_heads("failure", "{o} {h}", "mazspēja|mazspējas|mazspēju"),
        *_heads("itis", "{o} {h}", "iekaisums|iekaisuma|iekaisumu"),
        *_heads("tumor", "{o} {h}", "audzējs|audzēja|audzēju|audzēji"),
    ],
    "ca": [
        *_heads("cancer", "{h} {o}", "càncer|càncers"),
        *_heads("tumor", "{h} {o}", "tumor|tumors"),
    ],
    "ca-a": [
        *_heads("disease", "{h} {o}", "malaltia"),
        *_heads("failure", "{h} {o}", "insuficiència"),
    ],
    "ca-ap": _heads("disease", "{h} {o}", "malalties"),
    "is": [
        *_heads(
            "cancer", "{o}{h}", "krabbamein|krabbameins|krabbameini|krabbameinið|krabbameinsins"
        ),
        *_heads(
            "disease",
            "{o}{h}",
            "sjúkdómur|sjúkdóms|sjúkdóm|sjúkdómi|sjúkdómar|sjúkdóma|sjúkdómum",
        ),
        *_heads("failure", "{o}{h}", "bilun|bilunar"),
        *_heads("itis", "{o}{h}", "bólga|bólgu|bólgan"),
        *_heads("tumor", "{o}{h}", "æxli|æxlis|æxlið"),
    ],
    "sq": [
        *_heads("cancer", "{h} {o}", "kanceri i|kancerit të|kancer i|kanceri në|kancerin e"),
        *_heads(
            "disease",
            "{h} {o}",
            "sëmundja e|sëmundje e|sëmundjet e|sëmundjeve të|sëmundjen e|sëmundjes së",
        ),
        *_heads("tumor", "{h} {o}", "tumori i|tumor i|tumorit të"),
    ],
}

# The common diseases' own names in the fifth group, each with the forms a page writes ("a|b"): a
# form a case ending of compounds.yaml adds to the name as written ("influenssa" → "influenssan",
# "диабет" → "диабетът") is left to it. Left out: the Latin and Greek words (cognates read them),
# a word that is another common word of its language (Finnish "nuha" and Estonian "nohu", a cold,
# are four letters; Lithuanian "kiaulytė" (mumps) and Latvian "cūciņa" are piglets; "rak",
# "рак", "vėžys" and "vēzis" alone are also a crayfish and a sign of the zodiac: a cancer is
# named by its organ or after "od"/"от", "died of").
NAMES_5: dict[str, dict[str, str]] = {
    "cancer": {
        "fi": "syöpä|syövän|syöpää|syöpään|syövät|syöpien|syöpiä|syövästä|syövässä|syöpiin"
        "|syöpätauti|syöpätaudin|syöpätautia|syöpäsairaus",
        "et": "vähihaige|vähihaiged|vähihaigete|vähktõbi|vähktõve",
        "hbs": "od raka|oboljelih od raka|oboljelima od raka|obolelih od raka|zloćudni tumor"
        "|zloćudnih tumora|zloćudne bolesti",
        "sr": "од рака|оболелих од рака|малигне болести",
        "sl": "od raka|rakavo obolenje|rakava obolenja|rakavih obolenj|rakave bolezni",
        "sk": "rakovina|rakoviny|rakovinu|rakovine|rakovinou|rakovín|zhubný nádor|zhubné nádory",
        "bg": "от рак|ракови заболявания|раково заболяване|раковите заболявания",
        "lt": "vėžiu serga|vėžiu sergančių|onkologinės ligos|onkologinių ligų",
        "lv": "onkoloģiskās slimības|onkoloģisko slimību|ar vēzi",
        "is": "krabbamein|krabbameins|krabbameini|krabbameinið|krabbameinsins|krabbameinum",
    },
    "measles": {
        "fi": "tuhkarokko|tuhkarokon|tuhkarokkoa|tuhkarokkoon|tuhkarokkoepidemia",
        "et": "leetrid|leetrite|leetreid|leetritesse",
        "hbs": "ospice|ospica|ospicama|male boginje|malih boginja|malim boginjama",
        "sr": "мале богиње|малих богиња|малим богињама|оспице",
        "sl": "ošpice|ošpic|ošpicami",
        "sk": "osýpky|osýpok|osýpkami",
        "bg": "дребна шарка",
        "lt": "tymai|tymų|tymais|tymams",
        "lv": "masalas|masalām|masalu",
        "ca": "xarampió",
        "is": "mislingar|mislinga|mislingum",
        "sq": "fruthi|fruthit|fruthin",
    },
    "mumps": {
        "fi": "sikotauti|sikotaudin|sikotautia",
        "et": "mumpsi",
        "hbs": "zaušnjaci|zaušnjaka|zauške|zaušaka",
        "sr": "заушке|заушки|заушњаци",
        "sl": "mumpsa",
        "sk": "príušnice|príušníc",
        "bg": "заушка|заушката",
        "lt": "epideminis parotitas",
        "lv": "epidēmiskais parotīts",
        "ca": "galteres",
        "is": "hettusótt|hettusóttar",
        "sq": "shyta|shytat",
    },
    "rubella": {
        "fi": "vihurirokko|vihurirokon|vihurirokkoa",
        "et": "punetised|punetiste",
        "sk": "ružienka|ružienky",
        "lt": "raudonukė|raudonukės",
        "lv": "masaliņas",
        "is": "rauðir hundar|rauðum hundum",
    },
    "chickenpox": {
        "fi": "vesirokko|vesirokon|vesirokkoa",
        "et": "tuulerõuged|tuulerõugete|tuulerõugeid",
        "hbs": "vodene kozice|vodenih kozica|vodenim kozicama|ovčije boginje|ovčijih boginja",
        "sr": "овчије богиње|овчијих богиња|водене козице",
        "sl": "norice|noric",
        "sk": "ovčie kiahne|ovčích kiahní",
        "bg": "лещенка|лещенката",
        "lt": "vėjaraupiai|vėjaraupių",
        "lv": "vējbakas|vējbaku",
        "is": "hlaupabóla|hlaupabólu",
        "sq": "lia e dhenve",
    },
    "whooping cough": {
        "fi": "hinkuyskä|hinkuyskän|hinkuyskää",
        "et": "läkaköha",
        "hbs": "hripavac|hripavca|hripavcem|veliki kašalj|velikog kašlja",
        "sr": "велики кашаљ|великог кашља|магарећи кашаљ",
        "sl": "oslovski kašelj|oslovskega kašlja",
        "sk": "čierny kašeľ|čierneho kašľa",
        "bg": "магарешка кашлица|магарешката кашлица",
        "lt": "kokliušas|kokliušo",
        "lv": "garais klepus|garā klepus",
        "ca": "tos ferina|tos convulsa",
        "is": "kíghósti|kíghósta",
        "sq": "kolla e mirë|kollë e mirë",
    },
    "smallpox": {
        "fi": "isorokko|isorokon|isorokkoa",
        "et": "rõuged|rõugete",
        "hbs": "velike boginje|velikih boginja",
        "sr": "велике богиње|великих богиња",
        "sl": "črne koze|črnih koz",
        "sk": "pravé kiahne|pravých kiahní",
        "bg": "едра шарка",
        "lt": "raupai|raupų",
        "ca": "verola",
        "is": "bólusótt",
    },
    "influenza": {
        "fi": "influenssa|influenssaepidemia|influenssakausi|influenssakauden|influenssaan",
        "et": "gripp|gripi|grippi|gripiga|gripist|gripihaige|gripihooaeg|gripiviirus",
        "hbs": "gripa|gripe|gripu|gripom|grip|gripa|gripu",
        "sr": "грип|грипа|грипу|грипом",
        "sl": "gripa|gripe|gripo|gripi",
        "sk": "chrípka|chrípky|chrípku|chrípkou|chrípok|chrípke",
        "bg": "грип|грипа|грипът|грипни",
        "lt": "gripas|gripo|gripu|gripą|gripui",
        "lv": "gripa|gripas|gripu|gripai",
        "ca": "grip",
        "is": "flensa|flensu|flensan|flensunnar",
        "sq": "gripi|gripit|gripin|grip sezonal",
    },
    "tuberculosis": {
        "et": "tiisikus|tiisikuse",
        "lt": "džiova|džiovos",
        "lv": "diloņa",
        "is": "berklar|berkla|berklum",
        "sq": "turbekulozi",
    },
    "COVID-19": {
        "fi": "korona|koronatauti|koronataudin|koronatartunta|koronatartunnan|koronatartunnat"
        "|koronatartuntoja|koronatartuntojen|koronaan|koronapandemia|koronapandemian",
        "et": "koroona|koroonasse|koroonast|koroonahaige|koroonahaiged|koroonapandeemia",
        "hbs": "korona|korone|koronu|koronom",
        "sr": "корона|короне|корону",
        "sl": "korona|korone|korono",
        "bg": "коронавирусна инфекция",
        "lt": "koronavirusinė infekcija|koronaviruso infekcija",
        "lv": "Covid-19 infekcija",
        "is": "kórónuveirusmit|kórónuveirusmita|covid-smit",
    },
    "common cold": {
        "fi": "flunssa|flunssan|flunssaa|flunssaan|vilustuminen|vilustumisen",
        "et": "külmetus|külmetuse|külmetust|külmetushaigus|külmetushaigused",
        "hbs": "prehlada|prehlade|prehladu|prehladom",
        "sr": "прехлада|прехладе|прехладу",
        "sl": "prehlad|prehlada|prehladom",
        "sk": "prechladnutie|prechladnutia|nádcha|nádchy",
        "bg": "настинка|настинката|настинки",
        "lt": "peršalimas|peršalimo|peršalimą",
        "lv": "saaukstēšanās",
        "ca": "refredat|refredats",
        "is": "kvef|kvefi|kvefs",
        "sq": "ftohje|ftohja|ftohjes",
    },
    "diabetes mellitus": {
        "fi": "diabeteksen|diabetesta|diabetekseen|diabeteksesta|diabeteksessa|diabetesta"
        "|sokeritauti|sokeritaudin|sokeritautia",
        "et": "suhkruhaigus|suhkruhaiguse|suhkruhaigust|suhkruhaiged|suhkurtõbi|suhkurtõve",
        "hbs": "šećerna bolest|šećerne bolesti|šećernu bolest|šećernom bolešću|šećeraša",
        "sr": "шећерна болест|шећерне болести|шећерну болест",
        "sl": "sladkorna bolezen|sladkorne bolezni|sladkorno boleznijo|sladkorni bolniki"
        "|sladkornih bolnikov",
        "sk": "cukrovka|cukrovky|cukrovku|cukrovkou",
        "bg": "захарен диабет|захарния диабет|захарният диабет|захарна болест",
        "lt": "cukrinis diabetas|cukrinio diabeto|cukriniu diabetu|cukrinį diabetą|cukraligė"
        "|cukraligės",
        "lv": "cukura diabēts|cukura diabēta|cukura diabētu|cukura diabētam|cukura slimība",
        "is": "sykursýki",
        "sq": "sëmundja e sheqerit",
    },
    "myocardial infarction": {
        "fi": "sydänkohtaus|sydänkohtauksen|sydänkohtausta|sydänkohtaukseen|sydänkohtaukset"
        "|sydänkohtauksia|sydäninfarkti|sydäninfarktin",
        "et": "südameinfarkt|südameinfarkti|südamerabandus|südamerabanduse",
        "hbs": "srčani udar|srčanog udara|srčanom udaru|infarkt srca|infarkta srca",
        "sr": "срчани удар|срчаног удара|срчаном удару|инфаркт срца",
        "sl": "srčni infarkt|srčnega infarkta|srčna kap|srčne kapi|srčno kapjo",
        "sk": "srdcový infarkt|srdcového infarktu",
        "bg": "сърдечен удар|сърдечния удар",
        "lt": "širdies priepuolis|širdies priepuolio",
        "lv": "sirdslēkme|sirdslēkmes|sirdslēkmi",
        "ca": "atac de cor|atac cardíac",
        "is": "hjartaáfall|hjartaáfalli|hjartaáfalls|hjartaáföll",
        "sq": "sulmi në zemër|sulm në zemër|atak në zemër",
    },
    "stroke": {
        "fi": "aivohalvaus|aivohalvauksen|aivohalvausta|aivohalvaukseen|aivohalvaukset"
        "|aivohalvauksia|aivoinfarkti|aivoinfarktin",
        "et": "ajuinsult|ajuinsuldi|insult|insuldi|insulti|insuldiga|ajurabandus",
        "hbs": "moždani udar|moždanog udara|moždanom udaru|šlog|šloga",
        "sr": "мождани удар|можданог удара|можданом удару|шлог|шлога",
        "sl": "možganska kap|možganske kapi|možgansko kapjo",
        "sk": "mozgová mŕtvica|mozgovej mŕtvice|mozgovú mŕtvicu|mŕtvica|mŕtvice|mŕtvicu",
        "bg": "инсулт|инсулта|инсултът|инсулти|мозъчен инсулт|мозъчния инсулт",
        "lt": "insultas|insulto|insultą|insultu|smegenų insultas",
        "lv": "insults|insulta|insultu|insultam",
        "ca": "ictus|vessament cerebral",
        "is": "heilablóðfall|heilablóðfalli|heilablóðfalls|heilablóðföll",
        "sq": "goditje në tru|goditja në tru|goditjes në tru|iktus|iktusi",
    },
    "dementia": {
        "fi": "muistisairaus|muistisairauden|muistisairautta|muistisairaudet|muistisairauksien"
        "|muistisairauksia|muistisairaudesta",
        "is": "heilabilun|heilabilunar",
    },
    "depression": {
        "fi": "masennus|masennuksen|masennusta|masennukseen|masennuksesta|masennuksessa",
        "et": "masendus|masenduse",
        "sl": "potrtost",
        "is": "þunglyndi|þunglyndis",
    },
    "asthma": {
        "fi": "astma|astman|astmaa|astmaan",
        "et": "astma|astmat|astmaga",
        "hbs": "astma|astme|astmu|astmom",
        "sr": "астма|астме|астму|астмом",
        "sl": "astma|astme|astmo",
        "sk": "astma|astmy|astmu|astmou",
        "bg": "астма|астмата",
        "lt": "astma|astmos|astmą",
        "lv": "astma|astmas|astmu",
        "ca": "asma",
        "sq": "astma|astmës",
    },
    "obesity": {
        "fi": "lihavuus|lihavuuden|lihavuutta|lihavuuteen|lihavuudesta",
        "et": "rasvumine|rasvumise|rasvumist|rasvtõbi",
        "hbs": "pretilost|pretilosti|gojaznost|gojaznosti",
        "sr": "гојазност|гојазности",
        "sl": "debelost|debelosti",
        "bg": "затлъстяване|затлъстяването",
        "lt": "nutukimas|nutukimo|nutukimą|nutukimu",
        "lv": "aptaukošanās",
        "is": "offita|offitu",
    },
    "hypertension": {
        "fi": "verenpainetauti|verenpainetaudin|verenpainetautia|korkea verenpaine"
        "|korkean verenpaineen|korkeaa verenpainetta|kohonnut verenpaine|kohonneen verenpaineen",
        "et": "kõrgvererõhk|kõrgvererõhu|kõrge vererõhk|kõrge vererõhu|kõrgenenud vererõhk",
        "hbs": "visoki krvni tlak|visokog krvnog tlaka|povišeni krvni tlak|povišenog krvnog tlaka"
        "|visok krvni pritisak|visokog krvnog pritiska|povišen krvni pritisak",
        "sr": "висок крвни притисак|високог крвног притиска|повишен крвни притисак",
        "sl": "visok krvni tlak|visokega krvnega tlaka|zvišan krvni tlak|zvišanega krvnega tlaka",
        "sk": "vysoký krvný tlak|vysokého krvného tlaku|vysoký tlak|vysokým krvným tlakom",
        "bg": "високо кръвно налягане|високото кръвно налягане|високо кръвно",
        "lt": "aukštas kraujospūdis|aukšto kraujospūdžio|padidėjęs kraujospūdis"
        "|padidėjusio kraujospūdžio|padidėjusį kraujospūdį",
        "lv": "paaugstināts asinsspiediens|paaugstināta asinsspiediena|augsts asinsspiediens"
        "|augsta asinsspiediena",
        "ca": "pressió arterial alta|tensió alta",
        "is": "háþrýstingur|háþrýstings|háþrýsting|hár blóðþrýstingur",
        "sq": "tensioni i lartë|tension i lartë|presioni i lartë i gjakut",
    },
    "pneumonia": {
        "fi": "keuhkokuume|keuhkokuumeen|keuhkokuumetta|keuhkokuumeeseen|keuhkokuumeet",
        "hbs": "zapaljenje pluća|zapaljenja pluća",
        "sr": "запаљење плућа|запаљења плућа",
        "sl": "pljučnica|pljučnice|pljučnico|pljučnic",
        "lv": "plaušu karsonis|plaušu karsoņa|plaušu karsoni",
        "sq": "inflamacion i mushkërive",
    },
    "hypersensitivity": {
        "is": "ofnæmi|ofnæmis",
    },
    "anemia": {
        "fi": "verenvähyys",
        "et": "kehvveresus",
        "hbs": "slabokrvnost|slabokrvnosti",
        "sr": "слабокрвност|слабокрвности",
        "sl": "slabokrvnost|slabokrvnosti",
        "sk": "chudokrvnosť|chudokrvnosti",
        "bg": "малокръвие|малокръвието",
        "lt": "mažakraujystė|mažakraujystės",
        "lv": "mazasinība|mazasinības",
        "is": "blóðleysi|blóðleysis",
    },
    "infection": {
        "et": "nakkus|nakkuse|nakkust|nakkused|nakkusi|nakkushaigus|nakkushaigused|nakkushaiguste",
        "hbs": "zaraza|zaraze|zarazu|zarazom|zarazna bolest|zarazne bolesti|zaraznih bolesti",
        "sr": "зараза|заразе|заразу|заразна болест|заразне болести|заразних болести",
        "sl": "okužba|okužbe|okužbo|okužb|okužbami|nalezljiva bolezen|nalezljive bolezni",
        "sk": "nákaza|nákazy|nákazu|infekčné ochorenie|infekčné ochorenia",
        "bg": "зараза|заразата|заразна болест|заразни болести|заразните болести",
        "lt": "užkrečiamoji liga|užkrečiamosios ligos|užkrečiamųjų ligų",
        "lv": "infekcijas slimība|infekcijas slimības|infekcijas slimību",
        "is": "sýking|sýkingu|sýkingar|sýkingin|sýkinga|smitsjúkdómur|smitsjúkdóma",
        "sq": "sëmundje ngjitëse|sëmundjet ngjitëse",
    },
}
# Vaccination (INTERVENTION) and the common symptoms (SYMPTOM) in the same languages, under the
# ids general_findings.jsonl and symptom_vocabulary.jsonl give them in the others.
OTHERS_5: dict[tuple[str, str], dict[str, str]] = {
    ("INTERVENTION", "vaccination"): {
        "fi": "rokotusta|rokotuksia|rokotuksiin|rokotuksista|rokotuksella|rokotuksesta|rokotetta"
        "|rokotteita|rokotteiden|rokotteella|rokotteeseen|rokotteesta|rokottamaton"
        "|rokottamattomien|rokotettujen|rokotettuja|koronarokote|koronarokotteen"
        "|koronarokotteet|koronarokotus|koronarokotuksen|koronarokotukset|koronarokotuksia"
        "|influenssarokote|influenssarokotteen|influenssarokotus|influenssarokotuksen"
        "|rokotusohjelma|rokotusohjelman|rokotuskattavuus|rokotuskattavuuden",
        "et": "vaktsiin|vaktsiini|vaktsiine|vaktsiinid|vaktsiinide|vaktsineerimine"
        "|vaktsineerimise|vaktsineerimist|vaktsineeritud|vaktsineerimata|vaktsineeritute",
        "hbs": "cjepivo|cjepiva|cjepivom|cjepivima|cijepljenje|cijepljenja|cijepljenju"
        "|cijepljeni|cijepljenih|necijepljeni|necijepljenih|procijepljenost|procijepljenosti"
        "|vakcine|vakcinu|vakcinom|vakcinacija|vakcinacije|vakcinisani|vakcinisanih"
        "|vakcinisano|revakcinacija",
        "sr": "вакцина|вакцине|вакцину|вакцином|вакцинација|вакцинације|вакцинисани"
        "|вакцинисаних|имунизација|имунизације",
        "sl": "cepivo|cepiva|cepivom|cepiv|cepljenje|cepljenja|cepljenju|cepljeni|cepljenih"
        "|necepljeni|necepljenih|precepljenost|precepljenosti",
        "sk": "očkovanie|očkovania|očkovaniu|očkovaním|zaočkovaní|zaočkovaných|očkovaných"
        "|neočkovaní|neočkovaných|očkovacia látka|vakcíny|vakcínu|vakcínou|vakcinácia"
        "|vakcinácie",
        "bg": "ваксина|ваксината|ваксини|ваксините|ваксинация|ваксинацията|ваксиниране"
        "|ваксинирани|ваксинираните|ваксинирането|имунизация|имунизацията",
        "lt": "skiepai|skiepų|skiepais|skiepas|skiepijimas|skiepijimo|skiepijimą|paskiepyti"
        "|paskiepytų|nepaskiepyti|vakcinos|vakcinų|vakcina|vakcinacija|vakcinacijos",
        "lv": "vakcīna|vakcīnas|vakcīnu|vakcinācija|vakcinācijas|vakcinēti|vakcinēto"
        "|nevakcinēti|potēšana|potēšanas|potēties",
        "ca": "vacuna|vacunes|vacunació|vacunats|vacunades|vacunar-se",
        "is": "bólusetning|bólusetningu|bólusetningar|bólusetningin|bólusetninga|bóluefni"
        "|bóluefnis|bóluefnið|bóluefna|bólusettir|bólusett|óbólusettir",
        "sq": "vaksina|vaksinat|vaksinës|vaksinave|vaksinimi|vaksinimit|vaksinim|vaksinuar"
        "|vaksinuara|të vaksinuarit",
    },
    ("SYMPTOM", "fever"): {
        "fi": "kuume|kuumeen|kuumetta",
        "et": "palavik|palaviku|palavikku|palavikuga",
        "hbs": "vrućica|vrućice|vrućicu|povišena temperatura|povišenu temperaturu",
        "sr": "повишена температура|повишену температуру",
        "sl": "povišana telesna temperatura|povišano telesno temperaturo",
        "sk": "horúčka|horúčky|horúčku|horúčkou",
        "bg": "висока температура|високата температура",
        "lt": "karščiavimas|karščiavimo",
        "lv": "paaugstināta temperatūra|paaugstinātu temperatūru",
        "is": "sótthiti|sótthita",
        "sq": "ethe|ethet|temperaturë e lartë",
    },
    ("SYMPTOM", "cough"): {
        "fi": "yskä|yskän|yskää|yskiä",
        "et": "köha|köhaga",
        "hbs": "kašalj|kašlja|kašljem|kašalja",
        "sr": "кашаљ|кашља|кашљем",
        "sl": "kašelj|kašlja|kašljem",
        "sk": "kašeľ|kašľa|kašľom",
        "bg": "кашлица|кашлицата",
        "lt": "kosulys|kosulio|kosulį",
        "lv": "klepus|klepu|klepum",
        "is": "hósti|hósta",
        "sq": "kollë|kolla|kollën|kollës",
    },
    ("SYMPTOM", "pain"): {
        "fi": "kipu|kivun|kipua|kivut|kipuja|kivusta|kipuihin",
        "et": "valud|valusid|valudega",
        "hbs": "bolovi|bolova|bolovima",
        "sr": "болови|болова",
        "sl": "bolečina|bolečine|bolečin|bolečino|bolečinami",
        "sk": "bolesť|bolesťou|bolestí",
        "bg": "болка|болката|болки|болките",
        "lt": "skausmas|skausmo|skausmai|skausmų|skausmą",
        "lv": "sāpes|sāpēm|sāpju",
        "is": "verkur|verkir|verkja",
        "sq": "dhimbje|dhimbja|dhimbjet|dhimbjen",
    },
    ("SYMPTOM", "headache"): {
        "fi": "päänsärky|päänsäryn|päänsärkyä|päänsärkyyn",
        "et": "peavalu|peavalud|peavaluga",
        "hbs": "glavobolja|glavobolje|glavobolju|glavoboljom",
        "sr": "главобоља|главобоље|главобољу",
        "sl": "glavobol|glavobola|glavobolom",
        "sk": "bolesť hlavy|bolesti hlavy|bolesťou hlavy",
        "bg": "главоболие|главоболието|главоболия",
        "lt": "galvos skausmas|galvos skausmo|galvos skausmai|galvos skausmų",
        "lv": "galvassāpes|galvassāpēm|galvassāpju",
        "is": "höfuðverkur|höfuðverk|höfuðverkja",
        "sq": "dhimbje koke|dhimbje të kokës|dhimbja e kokës",
    },
    ("SYMPTOM", "fatigue"): {
        "fi": "väsymys|väsymyksen|väsymystä|uupumus|uupumuksen|uupumusta",
        "et": "väsimus|väsimuse|väsimust",
        "hbs": "iscrpljenost|iscrpljenosti",
        "sr": "исцрпљеност|исцрпљености",
        "sl": "utrujenost|utrujenosti",
        "sk": "únava|únavy|únavu|únavou",
        "bg": "умора|умората",
        "lt": "nuovargis|nuovargio|nuovargį",
        "lv": "nogurums|noguruma|nogurumu",
        "is": "þreyta|þreytu",
        "sq": "lodhje|lodhja|lodhjen",
    },
    ("SYMPTOM", "nausea"): {
        "fi": "pahoinvointi|pahoinvoinnin|pahoinvointia",
        "et": "iiveldus|iivelduse|iiveldust",
        "hbs": "mučnina|mučnine|mučninu",
        "sr": "мучнина|мучнине|мучнину",
        "sl": "slabost in bruhanje",
        "sk": "nevoľnosť|nevoľnosti|nevoľnosťou",
        "bg": "гадене|гаденето",
        "lt": "pykinimas|pykinimo|pykinimą",
        "lv": "slikta dūša|sliktu dūšu",
        "is": "ógleði",
        "sq": "të përziera",
    },
}
# The fifth group's languages: each name holds on a page of its own language only (the letters
# are shared with other languages' words: Estonian "insult" is a stroke, Finnish "korona" and
# Catalan "grip" are other things elsewhere); Croatian, Bosnian and Serbian in Latin letters are
# one list ("hbs"), read on a page of any of the three or of Serbo-Croatian ("sh").
LANGUAGES_5 = {"hbs": ("bs", "hr", "sh", "sr")}


def other_keys() -> set[str]:
    """The keys (folded_key) of every term of the other entity files: a name of the fifth group
    that one of them has already would be that term's (one entry per key), and is left out."""
    keys: set[str] = set()
    for path in sorted((R / "entities").glob("*.jsonl")):
        if path.name == "disease_i18n.jsonl":
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.startswith("{"):
                continue
            pattern = json.loads(raw)["pattern"]
            if isinstance(pattern, str):
                keys.add(folded_key(pattern))
            elif len(pattern) == 1:
                for value in pattern[0].values():
                    words = value.get("IN", []) if isinstance(value, dict) else [value]
                    keys.update(folded_key(w) for w in words if isinstance(w, str))
    return keys


# The languages added last: their names take no key another name holds (main's `add`).
NEW_LANGUAGES = frozenset({"uk", "el", "ro", "hu", "he", "ar", "fa", "hi"})


def is_new(language: str) -> bool:
    return language.split("-")[0] in NEW_LANGUAGES


def is_plain(name: str) -> bool:
    """A name written without a diacritic (its folded key is its lower case)."""
    return folded_key(name) == " ".join(name.split()).lower()


def folded_key(name: str) -> str:
    """A name as the matcher compares it: lower case, a Latin or Greek letter without its
    diacritic (ingest.match.entities._matching_form)."""
    return "".join(
        unicodedata.normalize("NFD", c)[0]
        if "\u00c0" <= c <= "\u024f" or "\u0386" <= c <= "\u03ce"
        else c
        for c in " ".join(name.split()).lower()
    )


FORMS = {"uk": uk_forms, "el": el_forms, "ro": ro_forms, "hu": hu_forms, "ar": ar_forms}


def forms_of(language: str, name: str) -> list[str]:
    """A name's forms in its language (itself where none is written out here)."""
    own = FORMS.get(language.split("-")[0])
    return own(name) if own else [name]


for _organ, _forms_by_language in ORGANS_MORE_3.items():
    ORGANS_MORE.setdefault(_organ, {}).update(_forms_by_language)
HEADS_MORE.update(HEADS_MORE_3)
for _english, _names in (*NAMES_MORE_3.items(), *NAMES_MORE_4.items()):
    for _language, _forms in _names.items():
        _written = NAMES.setdefault(_english, {}).setdefault(_language, [])
        for _form in _forms:
            _written.extend(f for f in forms_of(_language, _form) if f not in _written)


# Names that are a disease in one language and a common word (or another thing) in another: each
# holds only in a text of the languages named (the pattern's `languages`). Dutch and German write
# "corona" for COVID-19, Spanish, Italian and Portuguese for a crown; French "zona" is shingles,
# elsewhere a zone; Dutch "bof" is mumps, French "bof" a shrug; Dutch and German "aids", English
# "aids" helps; "AVC", a stroke in French and Portuguese, is an abbreviation of other things in
# other languages.
LANGUAGE_ONLY: dict[str, dict[str, list[str]]] = {
    "COVID-19": {"nl": ["corona"], "de": ["corona"]},
    # Norwegian "kusma" is Turkish for vomiting.
    "mumps": {"nl": ["bof"], "nb": ["kusma"]},
    "acquired immunodeficiency syndrome": {"nl": ["aids"], "de": ["aids"]},
    "stroke": {"fr": ["AVC"], "pt": ["AVC"]},
    # (The abbreviations "EPOC", "ELA", "SLA" are left out: names are matched without regard to
    # case, and "ela" is Portuguese for "she".)
    # Polish "rak" is also a crayfish (Czech "rak" one only), "odra" the river Oder, "trąd" reads
    # "trad" unaccented; Czech "spála" is also a burning. Swedish and Danish "depression" is in
    # general_findings.jsonl (a token pattern, as the English word). "infarkt" is the word of the
    # five languages, German writes it for any infarction.
    "leprosy": {"pl": ["trąd", "trądu"], "uk": ["проказа", "прокази", "проказою"]},
    "scarlet fever": {"cs": ["spála", "spály"]},
    # Spanish and Portuguese "gota" are a drop, English "gotta" is "got to"; Norwegian "gikt" is
    # any rheumatism. Spanish and Portuguese "trombos" are thrombi; Polish "kiła" reads "kila"
    # unaccented.
    "gout": {"it": ["gotta"], "sv": ["gikt"]},
    "thrombosis": {"sv": ["trombos"]},
    "syphilis": {"pl": ["kiła"]},
    # Korean "암" (cancer) is one syllable: too short to take a particle through the inflections,
    # its forms are listed; Russian and Ukrainian "рак" is a crayfish too, and Malay "barah" an
    # Indonesian boil. Vietnamese "sởi" and "cúm" are one syllable; Turkish "zona" is shingles,
    # as in French; Indonesian "maag" is Dutch for stomach, "tifus" Spanish for typhus, and
    # Italian "tifo" a fan's support. "polio" is said in Indonesian, Malay and Turkish.
    "cancer": {
        "pl": ["rak", "raka", "rakiem", "raku"],
        "ko": [
            "암",
            "암은",
            "암이",
            "암을",
            "암의",
            "암에",
            "암과",
            "암도",
            "암으로",
            "암에서",
            "암이다",
            "암입니다",
            "암이나",
            "암까지",
        ],
        "ru": ["рак", "рака", "раком", "раке", "раку"],
        "uk": ["рак", "раку", "раком", "раці"],
        # Hungarian "rák" is a crab too.
        "hu": [
            "rák",
            "rákot",
            "rákban",
            "rákos",
            "rákkal",
            "ráknak",
            "rákra",
            "rákból",
            "rákja",
            "rákos megbetegedés",
            "rákos megbetegedések",
            "rákos megbetegedésben",
            "rákbetegség",
        ],
        "ms": ["barah"],
    },
    # Ukrainian "кір" (measles) is three letters, its "кору" and "корі" are also bark's (left
    # out); Russian reads "сказ" as a tale, "проказа" as a prank,
    # "нежить" the undead; Arabic "السل" (tuberculosis) is three letters.
    "measles": {
        "pl": ["odra", "odry", "odrą", "odrę"],
        "vi": ["sởi"],
        "uk": ["кір", "кором"],
    },
    "rabies": {"uk": ["сказ", "сказу", "сказом"]},
    "rhinitis": {"uk": ["нежить", "нежитю"]},
    "tuberculosis": {"ar": ["السل", "للسل"]},
    # Persian "وبا" (cholera) is three letters.
    "cholera": {"fa": ["وبا"]},
    "influenza": {"vi": ["cúm"]},
    "herpes zoster": {"fr": ["zona"], "tr": ["zona"]},
    "gastritis": {"id": ["maag"]},
    "typhoid fever": {"id": ["tifus", "tipes"], "tr": ["tifo"]},
    "poliomyelitis": {"id": ["polio"], "ms": ["polio"], "tr": ["polio"]},
    "myocardial infarction": {
        "sv": ["infarkt"],
        "da": ["infarkt"],
        "nb": ["infarkt"],
        "cs": ["infarkt", "infarktu"],
        "pl": ["zawał", "zawału"],
    },
}
# A Norwegian page is "nb" where it says so and "no" where the detector names it (fastText's
# code), "nn" in Nynorsk: a Norwegian name holds in all three.
LANGUAGE_CODES = {"nb": ("nb", "nn", "no")}
# Turkish, Indonesian, Malay, Vietnamese, Romanian and Hungarian names are written in Latin
# letters that other languages' words share ("sigara", "alkohol", "batu karang" is a kidney stone
# in Malay and coral in Indonesian, Romanian "varice" is Italian for a varix, Hungarian "lepra"
# Spanish): each holds on a page of its own language only. Korean, Russian, Ukrainian, Greek,
# Hebrew and Arabic names are in their own scripts.
OWN_LANGUAGE_ONLY = frozenset({"tr", "id", "ms", "vi", "ro", "hu"})


def own_language(language: str) -> str | None:
    """The language a name of ``language`` is limited to, or None when it holds everywhere
    ("ro-f", the Romanian organ forms a feminine head takes, is Romanian)."""
    language = language.split("-")[0]
    return language if language in OWN_LANGUAGE_ONLY else None


def romance_plural(language: str, name: str) -> str | None:
    """The plural of a one-word name in es/fr/it/pt ("tumore" -> "tumori", "infarto" ->
    "infartos"), where the news writes it ("tumori del tratto digestivo"); none for a name of
    several words, one already plural, or another language."""
    if " " in name or "-" in name or not name.islower() or name.endswith(("s", "x", "z")):
        return None
    if language == "it":
        if name.endswith(("o", "e")):
            return name[:-1] + "i"
        if name.endswith("a"):
            return name[:-1] + "e"
        return None
    if language == "pt" and name.endswith("ão"):
        return name[:-2] + "ões"
    if language in ("es", "pt"):
        if name.endswith(("a", "e", "o")):
            return name + "s"
        return None
    if language == "fr":
        return name + "s"
    return None


def romance_adjective_plural(language: str, adjective: str) -> str | None:
    """The plural of an organ's adjective in es/fr/it/pt ("mamária" -> "mamárias", "pulmonar"
    -> "pulmonares", "rénal" -> "rénaux", "polmonare" -> "polmonari"); none for a form these
    rules do not cover (an accented last syllable: "común" -> "comunes")."""
    if " " in adjective or not adjective.islower():
        return None
    if language == "it":
        if adjective.endswith(("o", "e")):
            return adjective[:-1] + "i"
        if adjective.endswith("a"):
            return adjective[:-1] + "e"
        return None
    if language == "fr":
        if adjective.endswith(("s", "x")):
            return adjective
        if adjective.endswith("al"):
            return adjective[:-2] + "aux"
        return adjective + "s"
    if language not in ("es", "pt") or adjective[-2:-1] in "áéíóú":
        return None
    if adjective.endswith(("a", "e", "o")):
        return adjective + "s"
    if language == "pt" and adjective.endswith(("al", "ar", "ol", "ul")):
        return adjective[:-1] + "is" if adjective.endswith(("al", "ol", "ul")) else adjective + "es"
    if adjective.endswith(("l", "r", "n")):
        return adjective + "es"
    return None


def english_ids() -> dict[str, str]:
    """The English vocabulary: a pattern, lower-cased, to its id (hand-made terms first)."""
    found: dict[str, str] = {}
    for name in ("disease.jsonl", "disease_vocabulary.jsonl"):
        for raw in (R / "entities" / name).read_text(encoding="utf-8").splitlines():
            if not raw.startswith("{"):
                continue
            item = json.loads(raw)
            if isinstance(item["pattern"], str) and item.get("id"):
                found.setdefault(item["pattern"].lower(), item["id"])
    return found


def canonical(vocabulary: dict[str, str], prefixes: list[str], head: str) -> str:
    """The id of the first English name the vocabulary has, else the first name itself."""
    names = [f"{p} {h}" for p in prefixes for h in HEADS_EN[head]]
    for name in names:
        if name in vocabulary:
            return vocabulary[name]
    return names[0]


def itis_id(vocabulary: dict[str, str], name: str) -> str:
    return vocabulary.get(name, name)


def organ_head_names(
    vocabulary: dict[str, str],
    organ_forms: dict[str, dict[str, list[str]]],
    heads: dict[str, list[tuple[str, str]]],
) -> Iterator[tuple[str, str, str]]:
    """(language, name, id): each head's template ("{o} kanseri") over each organ's forms in
    that language, for the organs the head takes ("itis": the organ's own inflammation)."""
    for organ in ORGANS:
        prefixes = list(organ["en"])  # type: ignore[call-overload]
        forms = organ_forms.get(prefixes[0], {})
        itis = organ.get("itis")
        for language, templates in heads.items():
            for head_en, template in templates:
                if head_en == "itis":
                    if not isinstance(itis, str):
                        continue
                    ident = itis_id(vocabulary, itis)
                elif prefixes[0] not in HEAD_ORGANS_MORE.get(head_en, {prefixes[0]}):
                    continue
                else:
                    ident = canonical(vocabulary, prefixes, head_en)
                for form in forms.get(language, []):
                    yield language, template.format(o=form), ident


def main() -> None:
    vocabulary = english_ids()
    hand = {
        json.loads(raw)["pattern"].lower()
        for raw in (R / "entities" / "disease.jsonl").read_text(encoding="utf-8").splitlines()
        if raw.startswith("{") and isinstance(json.loads(raw)["pattern"], str)
    }
    terms: dict[str, str] = {}
    # The names that hold in some languages only, with those languages (the line's `languages`).
    limited: dict[str, set[str]] = {}

    # The names that hold in every language: one that is a plural of another language too
    # (Dutch "schizofrenie", Italian plural of "schizofrenia") is a name everywhere.
    unlimited: set[str] = set()

    # The keys the matcher reads terms by (folded_key), and whether a name written plain or
    # one with a diacritic holds each: a name of the languages added last (NEW_LANGUAGES) is
    # left out where it would take a key's place from another name (Romanian "cancer de
    # prostată" is Spanish "cáncer de próstata" read plain); a name with a diacritic whose key
    # only plain names hold is the key's reading where a page writes the diacritic (Hungarian
    # "influenzá", in "influenzában").
    taken: dict[str, set[bool]] = {}

    def take(name: str) -> None:
        taken.setdefault(folded_key(name), set()).add(is_plain(name))

    for name in (*hand, *vocabulary):
        take(name)

    def add(pattern: str, ident: str, language: str | None = None, *, new: bool = False) -> None:
        key = pattern.lower()
        holders = taken.get(folded_key(pattern), set())
        accented_holder = False in holders
        if new and pattern not in terms and holders and (is_plain(pattern) or accented_holder):
            return
        if key not in hand and key not in vocabulary:
            take(pattern)
            terms.setdefault(pattern, ident)
            if language and pattern not in unlimited:
                limited.setdefault(pattern, set()).add(language)
            elif not language:
                unlimited.add(pattern)
                limited.pop(pattern, None)

    for organ in ORGANS:
        prefixes = list(organ["en"])  # type: ignore[call-overload]
        for language, heads in ROMANCE_HEADS.items():
            forms = organ[language]
            assert isinstance(forms, dict)
            for head_en, head, gender in heads:
                ident = canonical(vocabulary, prefixes, head_en)
                if head_en in TAKES_OF:
                    for complement in forms["of"]:
                        add(f"{head} {complement}", ident)
                # Adjectives agree with the head: a plural head takes them in the plural
                # ("doenças mamárias", "enfermedades pulmonares"), without a course.
                if head_en not in TAKES_ADJ:
                    continue
                if head in PLURAL_HEADS:
                    for masculine, feminine in forms["adj"]:
                        adjective = feminine if gender == "f" else masculine
                        plural = romance_adjective_plural(language, adjective)
                        if plural:
                            add(f"{head} {plural}", ident, language)
                    continue
                for masculine, feminine in forms["adj"]:
                    adjective = feminine if gender == "f" else masculine
                    add(f"{head} {adjective}", ident)
                    courses = dict(COURSE[language])
                    if language == "pt":
                        courses["chronic_eu"] = COURSE_PT_EU["chronic"]
                    for course, (m, f) in courses.items():
                        word = course.removesuffix("_eu")
                        course_id = canonical(
                            vocabulary, [f"{word} {p}" for p in prefixes], head_en
                        )
                        add(f"{head} {adjective} {f if gender == 'f' else m}", course_id)
            itis = organ.get("itis")
            if isinstance(itis, str):
                for complement in forms["of"]:
                    add(f"{INFLAMMATION[language]} {complement}", itis_id(vocabulary, itis))
        for language, heads_by_en in COMPOUND_HEADS.items():
            for prefix in organ[language]:  # type: ignore[attr-defined]
                for head_en, heads in heads_by_en.items():
                    for head in heads:
                        if head_en == "itis":
                            itis = organ.get("itis")
                            if not isinstance(itis, str):
                                continue
                            ident = itis_id(vocabulary, itis)
                        else:
                            ident = canonical(vocabulary, prefixes, head_en)
                        add(f"{prefix}{head}", ident)
                        if language == "de":
                            add(f"{prefix}-{head}", ident)  # "Brust-Krebs", "Nieren-Erkrankung"

        for language, heads in SLAVIC_HEADS.items():
            forms = organ[language]
            assert isinstance(forms, dict)
            itis = organ.get("itis")
            for head_en, head, gender in heads:
                if head_en == "itis":
                    if not isinstance(itis, str):
                        continue
                    ident = itis_id(vocabulary, itis)
                else:
                    ident = canonical(vocabulary, prefixes, head_en)
                for complement in forms["of"]:
                    add(f"{head} {complement}", ident)
                if gender is None or head_en == "itis":
                    continue
                for complement in forms["of"] if head_en in ("disease", "failure") else ():
                    for course, words in SLAVIC_COURSE[language].items():
                        course_id = canonical(
                            vocabulary, [f"{course} {p}" for p in prefixes], head_en
                        )
                        add(f"{words[GENDERS[gender]]} {head} {complement}", course_id)
                for adjectives in forms["adj"]:
                    adjective = adjectives[GENDERS[gender]]
                    if SLAVIC_ADJ_FIRST[language]:
                        add(f"{adjective} {head}", ident)
                    else:
                        add(f"{head} {adjective}", ident)

    # Korean, Vietnamese, Russian, Turkish, Indonesian and Malay: each head's template over each
    # organ's forms.
    for language, composed, ident in organ_head_names(vocabulary, ORGANS_MORE, HEADS_MORE):
        # Arabic: the spellings without a hamza seat, and after "ل".
        for name in forms_of(language, composed) if language == "ar" else [composed]:
            if name not in SKIP_MORE:
                add(name, ident, own_language(language), new=is_new(language))

    for english, names in LANGUAGE_ONLY.items():
        ident = vocabulary.get(english.lower(), english)
        for language, language_names in names.items():
            for name in language_names:
                terms[name] = ident
                take(name)
                limited.setdefault(name, set()).add(language)

    # A name of one language only (LANGUAGE_ONLY) keeps its limit; a plural's limit gives way
    # to the same word written as a name of another language.
    one_language = {
        name for names in LANGUAGE_ONLY.values() for ns in names.values() for name in ns
    }
    for english, names in NAMES.items():
        ident = vocabulary.get(english.lower(), english)
        for language, language_names in names.items():
            for name in language_names:
                if name not in one_language:
                    add(name, ident, own_language(language), new=is_new(language))
                    plural = romance_plural(language, name)
                    if plural:
                        # A plural holds in its own language only: Spanish "gripes" (flus) is
                        # English "gripes" (complaints).
                        add(plural, ident, language)

    # The fifth group (ORGANS_5, HEADS_5, NAMES_5, OTHERS_5): each name held to its language. A
    # name whose key another term has (an English one, another file's) is left to it; one this
    # file has already under the same id and label takes the language too (Slovak "rakovina" is
    # the Czech word).
    labels: dict[str, str] = {}
    held = other_keys() | {folded_key(name) for name in (*hand, *vocabulary)}
    # A key's holders, written plain and with a diacritic: the matcher reads each of a page
    # that writes it so (Romanian "gripă" is not Croatian "gripa").
    by_key: dict[tuple[str, bool], str] = {}
    for pattern in terms:
        by_key.setdefault((folded_key(pattern), is_plain(pattern)), pattern)

    def add_5(pattern: str, ident: str, language: str, label: str = "DISEASE") -> None:
        key = (folded_key(pattern), is_plain(pattern))
        codes = LANGUAGES_5.get(language, (language,))
        if key[0] in held:
            return
        same = pattern if pattern in terms else by_key.get(key)
        if same is not None:
            if terms[same] == ident and labels.get(same, "DISEASE") == label and same in limited:
                limited[same].update(codes)
            return
        terms[pattern] = ident
        by_key[key] = pattern
        limited[pattern] = set(codes)
        if label != "DISEASE":
            labels[pattern] = label

    for language, composed, ident in organ_head_names(vocabulary, ORGANS_5, HEADS_5):
        add_5(composed, ident, language.split("-")[0])
    for english, by_language in NAMES_5.items():
        ident = vocabulary.get(english.lower(), english)
        for language, names in by_language.items():
            for name in names.split("|"):
                add_5(name, ident, language)
    for (label, ident), by_language in OTHERS_5.items():
        for language, names in by_language.items():
            for name in names.split("|"):
                add_5(name, ident, language, label)

    lines = [
        "// Written by bench/build_disease_names.py from its organ and head tables: edit them there"
        " and run it again.",
        "// Disease names of es/fr/it/pt/nl/de/sv/da/nb/cs/pl/ko/vi/ru/tr/id/ms/uk/el/ro/hu/he/ar/fa/hi"
        "/fi/et/hr/bs/sr/sl/sk/bg/lt/lv/ca/is/sq composed of an organ and a"
        " head noun ('cáncer de mama', 'insuffisance rénale', 'longontsteking', 'Nierenversagen',"
        " 'brystkræft', 'rakovina prsu', 'niewydolność nerek', '폐암', 'ung thư phổi', 'рак лёгких',"
        " 'akciğer kanseri', 'kanker paru-paru', 'рак легень', 'καρκίνος του μαστού', 'cancer pulmonar',"
        " 'tüdőrák', 'סרטן השד', 'سرطان الثدي', 'keuhkosyöpä', 'srčana bolest', 'рак на гърдата'),"
        " and the common diseases' own names ('sarampión',"
        " 'Masern', 'griep', 'mässling', 'cukrzyca', '홍역', 'bệnh sởi', 'корь', 'kızamık', 'campak',"
        " 'грип', 'ιλαρά', 'rujeolă', 'cukorbetegség', 'סוכרת', 'السكري', 'tuhkarokko',"
        " 'sladkorna bolezen', 'захарен диабет'), vaccination and the common symptoms of the"
        " fifth group ('rokotus', 'cepljenje', 'kuume'),"
        " each under the id of the English name in the vocabulary, or the English name where it has"
        " none.",
    ]
    for pattern, ident in sorted(terms.items(), key=lambda kv: (kv[1], kv[0])):
        line: dict[str, object] = {
            "label": labels.get(pattern, "DISEASE"),
            "pattern": pattern,
            "id": ident,
        }
        if pattern in limited:
            line["languages"] = sorted(
                {
                    code
                    for language in limited[pattern]
                    for code in LANGUAGE_CODES.get(language, (language,))
                }
            )
        lines.append(json.dumps(line, ensure_ascii=False))
    (R / "entities" / "disease_i18n.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(terms)} names written to {R / 'entities' / 'disease_i18n.jsonl'}")


if __name__ == "__main__":
    main()
