"""Write rules/entities/disease_i18n.jsonl: disease names of es/fr/it/pt/nl/de/sv/da/nb/cs/pl composed by shape.

usage: python bench/build_disease_names.py [RULES_DIR]   (default: rules/)

A disease named after an organ is a head noun and the organ, in every language: "cáncer de
mama", "cancer du sein", "tumore al seno", "câncer de mama", "borstkanker", "Brustkrebs" are
"breast cancer"; "insuficiencia renal", "nierfalen", "Nierenversagen" are "kidney failure";
"longontsteking", "Lungenentzündung" are "pneumonia". Swedish, Danish and Norwegian compound
like Dutch and German ("bröstcancer", "brystkræft", "lungebetennelse"); Czech and Polish put
the organ in the genitive after the head or make it an adjective ("rakovina prsu", "rak
piersi", "srdeční selhání", "niewydolność nerek"). The tables below hold the organs (the
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
        "nb": ["kusma"],
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


# Names that are a disease in one language and a common word (or another thing) in another: each
# holds only in a text of the languages named (the pattern's `languages`). Dutch and German write
# "corona" for COVID-19, Spanish, Italian and Portuguese for a crown; French "zona" is shingles,
# elsewhere a zone; Dutch "bof" is mumps, French "bof" a shrug; Dutch and German "aids", English
# "aids" helps; "AVC", a stroke in French and Portuguese, is an abbreviation of other things in
# other languages.
LANGUAGE_ONLY: dict[str, dict[str, list[str]]] = {
    "COVID-19": {"nl": ["corona"], "de": ["corona"]},
    "herpes zoster": {"fr": ["zona"]},
    "mumps": {"nl": ["bof"]},
    "acquired immunodeficiency syndrome": {"nl": ["aids"], "de": ["aids"]},
    "stroke": {"fr": ["AVC"], "pt": ["AVC"]},
    # (The abbreviations "EPOC", "ELA", "SLA" are left out: names are matched without regard to
    # case, and "ela" is Portuguese for "she".)
    # Polish "rak" is also a crayfish (Czech "rak" one only), "odra" the river Oder, "trąd" reads
    # "trad" unaccented; Czech "spála" is also a burning. Swedish and Danish "depression" is in
    # general_findings.jsonl (a token pattern, as the English word). "infarkt" is the word of the
    # five languages, German writes it for any infarction.
    "cancer": {"pl": ["rak", "raka", "rakiem", "raku"]},
    "measles": {"pl": ["odra", "odry", "odrą", "odrę"]},
    "leprosy": {"pl": ["trąd", "trądu"]},
    "scarlet fever": {"cs": ["spála", "spály"]},
    # Spanish and Portuguese "gota" are a drop, English "gotta" is "got to"; Norwegian "gikt" is
    # any rheumatism. Spanish and Portuguese "trombos" are thrombi; Polish "kiła" reads "kila"
    # unaccented.
    "gout": {"it": ["gotta"], "sv": ["gikt"]},
    "thrombosis": {"sv": ["trombos"]},
    "syphilis": {"pl": ["kiła"]},
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

    def add(pattern: str, ident: str, language: str | None = None) -> None:
        key = pattern.lower()
        if key not in hand and key not in vocabulary:
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

    for english, names in LANGUAGE_ONLY.items():
        ident = vocabulary.get(english.lower(), english)
        for language, language_names in names.items():
            for name in language_names:
                terms[name] = ident
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
                    add(name, ident)
                    plural = romance_plural(language, name)
                    if plural:
                        # A plural holds in its own language only: Spanish "gripes" (flus) is
                        # English "gripes" (complaints).
                        add(plural, ident, language)

    lines = [
        "// Written by bench/build_disease_names.py from its organ and head tables: edit them there"
        " and run it again.",
        "// Disease names of es/fr/it/pt/nl/de/sv/da/nb/cs/pl composed of an organ and a head noun"
        " ('cáncer de mama', 'insuffisance rénale', 'longontsteking', 'Nierenversagen', 'brystkræft',"
        " 'rakovina prsu', 'niewydolność nerek'), and the common diseases' own names ('sarampión',"
        " 'Masern', 'griep', 'mässling', 'cukrzyca'), each under the id of the English name in the"
        " vocabulary, or the English name where it has none.",
    ]
    for pattern, ident in sorted(terms.items(), key=lambda kv: (kv[1], kv[0])):
        line: dict[str, object] = {"label": "DISEASE", "pattern": pattern, "id": ident}
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
