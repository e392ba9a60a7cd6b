"""Write the shape rules of rules/entities/ (drug_shapes, disease_shapes, organism, vaccination).

usage: python bench/build_shapes.py [RULES_DIR]   (default: rules/)

The shapes are spaCy EntityRuler token patterns whose regexes are long (stop lists, suffix
lists): they are kept here as Python lists, readable and commented, and written as JSONL with
their match / no_match examples, which `ingest rules check` runs. Edit this file, run it, then
`ingest rules check`.
"""

import json
import sys
from pathlib import Path

R = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parent.parent / "rules")


def line(label, pattern, match, no_match, ident=None, languages=None):
    d = {"label": label, "pattern": pattern}
    if ident:
        d["id"] = ident
    if languages:
        d["languages"] = languages
    d["examples"] = {"match": match, "no_match": no_match}
    return json.dumps(d, ensure_ascii=False)


# ---------------- DRUG ----------------
stems = (
    "mab|[a-z]nib|ciclib|zomib|parib|lisib|vir|previr|buvir|asvir|tegravir|pril|sartan|olol|alol|statin|cillin|"
    "[mc]ycin|micin|floxacin|oxacin|azole|azol|prazole|conazole|glutide|glinide|gliptin|gliflozin|"
    "parin|xaban|gatran|dronate|setron|tidine|afil|lukast|caine|azepam|azolam|barbital|oxetine|"
    "triptan|profen|dipine|semide|thiazide|cycline|ercept|kinra|platin|rubicin|taxel|tecan|"
    "lutamide|steride|gestrel|plase|relin|pressin|tropin|lidomide|cortisone|olone|"
    "sonide|metasone|quine|fungin|bactam|penem"
)
drug = [
    "// Drug names by their WHO INN stem (-mab, -tinib, -vir, -pril, -sartan, -olol, -statin, -cillin, -mycin, -floxacin,",
    '// -azole, -prazole, -glutide, -gliflozin, -xaban, ...), also with the endings of de/fr/es/it/pt ("Omeprazol",',
    '// "eritromicina"): a word of seven letters or more with three before the stem, so that "April", "accept",',
    '// "concept" never match. A company\'s code name ("TAK-648", "BMS-986165"): two to four capitals, a hyphen and',
    "// three to six digits, not a standard's or registry's prefix. The canonical is the name as written, lower-cased.",
    line(
        "DRUG",
        [
            {
                "LOWER": {
                    "REGEX": rf"^(?=[a-z]{{7,}}$)(?!(?:cholesterol|intercepts?)$)[a-z]{{3,}}(?:{stems})(?:e|a|o|um)?$"
                }
            }
        ],
        [
            "Patients took zanolimab for 18 months.",
            "Osimertinib was given daily.",
            "a dose of obeldesivir",
            "Zofenopril lowered blood pressure.",
            "treated with Omeprazol",
            "eritromicina por vía oral",
            "an SGLT2 inhibitor such as sotagliflozin",
            "milvexian or zanixaban",
            "treated with tebipenem",
        ],
        [
            "In April, 40% of patients improved.",
            "We accept the concept, except in this case.",
            "The intercept was 2.3.",
            "High cholesterol was common.",
            "a mab of data",
            "The results were published.",
        ],
    ),
    line(
        "DRUG",
        [
            {
                "TEXT": {
                    "REGEX": r"^(?!(?:ISO|DIN|IEC|EN|RFC|NCT|PMC|PMID|ISRCTN|ACTRN|CTRI|DRKS|ATC|ICD|UTN|MIL|SF|EQ|COVID|SARS|MERS|HIV|HPV|FEV|CD|IL|ISBN|ISSN)-)[A-Z]{2,4}-\d{3,6}[A-Z]?$"
                }
            }
        ],
        ["TAK-648 was dosed in 5 cohorts.", "BMS-986165 and ABT-199", "MK-3475"],
        ["ISO-9001 certified", "COVID-19 cases", "SF-36 scores", "IL-6 and CD34 levels"],
    ),
    line(
        "DRUG",
        [{"LOWER": {"REGEX": r"^cef[a-z]{4,}$"}}],
        ["The patient received cefiderocol."],
        ["The chef cooked.", "Cefalu is a town."],
    ),
]

# ---------------- DISEASE ----------------
disease = [
    "// Disease names by their shape: -itis, -osis/-iasis, -emia/-aemia, -penia, -pathy, tumour words in -oma,",
    "// -algia, -plegia, -plasia, -uria, -rrhea; German compounds (-krankheit, -erkrankung, -syndrom, -infektion,",
    "// -entzündung, -allergie, -störung, -krebs); a head noun (disease, disorder, syndrome, infection, allergy,",
    '// deficiency, failure, injury, cancer) after one or two adjectives or organ words ("seasonal mood disorder",',
    '// "fungal infection") or after a name ("Kawasaki disease", "Crohn\'s disease"). Words that name no disease',
    "// (diagnosis, prognosis, apoptosis, sympathy, nostalgia) and generic adjectives (several, clinical, serious)",
    "// are left out. The canonical is the name as written, lower-cased.",
    line(
        "DISEASE",
        [{"LOWER": {"REGEX": r"^(?!debitis$)[a-z-]{3,}(?:itis|itides)$"}}],
        ["He had pyelonephritis.", "Signs of tendinitis"],
        ["It is what it is.", "Itis."],
    ),
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": r"^(?!(?:[a-z]+-)?(?:diagnosis|prognosis|hypnosis|osmosis|symbiosis|metamorphosis|apoptosis|mitosis|meiosis|phagocytosis|exocytosis|endocytosis|pinocytosis|transcytosis|anastomosis|efferocytosis|autophagosis|apotheosis)$)[a-z-]{3,}(?:osis|iasis)$"
                }
            }
        ],
        ["Risk of lymphangioleiomyomatosis", "She was treated for schistosomiasis."],
        [
            "The diagnosis was confirmed.",
            "Prognosis was good.",
            "apoptosis of cells",
            "during mitosis",
        ],
    ),
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": r"^[a-z]*(?:glyc|lipid|lip|kal|natr|calc|bacter|isch|ox|capn|leuk|sept|ur|vir|fung|parasit|cholesterol|triglycerid|uric|phosphat|magnes|ammon|album|protein|tox|an|thalass|volem|ket|lact|acid|cap|ferrit|bilirubin)a?emias?$"
                }
            }
        ],
        ["Hyperkalaemia was rare.", "cases of candidemia", "dyslipidemia and obesity"],
        ["in academia", "the Bohemia region"],
    ),
    line(
        "DISEASE",
        [{"LOWER": {"REGEX": r"^[a-z-]{3,}penias?$"}}],
        ["Grade 3 neutropenia", "sarcopenia in older adults"],
        ["Pennsylvania", "a penny"],
    ),
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": r"^(?!(?:sympathy|sympathies|empathy|empathies|apathy|antipathy|antipathies|telepathy|homeopathy|homoeopathy|osteopathy|naturopathy|allopathy)$)[a-z-]{3,}path(?:y|ies)$"
                }
            }
        ],
        ["diabetic retinopathy", "a rare channelopathy"],
        ["with sympathy", "homeopathy remedies", "apathy and empathy"],
    ),
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": r"^[a-z]*(?:carcin|sarc|lymph|blast|gli|aden|fibr|lip|myel|melan|angi|meningi|neur|papill|hepat|thym|terat|chondr|oste|mesotheli|cyt|semin|insulin|gastrin|glauc|trach|hamart|schwann|ependym|chord|granul|nephr)om(?:a|as|ata)$"
                }
            }
        ],
        ["a cholangiocarcinoma", "Medulloblastoma in children", "a pheochromocytoma"],
        ["a diploma in nursing", "the aroma of coffee", "a stoma bag", "in Oklahoma"],
    ),
    line(
        "DISEASE",
        [{"LOWER": {"REGEX": r"^(?!nostalgia$)[a-z-]{2,}algias?$"}}],
        ["fibromyalgia and pain", "postherpetic neuralgia"],
        ["a feeling of nostalgia"],
    ),
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": r"^(?:[a-z-]{2,}(?:plegia|plasia)s?|[a-z-]*(?:a|dys|hyper|hypo|lipo|myo|amyo|neuro)troph(?:y|ies))$"
                }
            }
        ],
        ["hemiplegia after stroke", "cervical dysplasia", "muscular dystrophy"],
        ["the trophy was won", "a plasma sample", "the TrailTrophy race"],
    ),
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": r"^(?:[a-z-]*(?:protein|album|hemat|haemat|glycos|poly|oligo|an|dys|noct|bacteri|py|leukocyt|keton|porphyr|cystin|amino|calci|phosphat|oxal|micro|macro)uria|[a-z-]+rrh(?:o)?ea)s?$"
                }
            }
        ],
        ["persistent glycosuria", "amenorrhea in athletes"],
        ["the Etrurian coast", "in Manchuria"],
    ),
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": r"^(?!.*(?:zerstörung|ruhestörung|betriebsstörung|funkstörung|marktstörung|brennerstörung|netzstörung|stromstörung|verkehrsstörung|empfangsstörung|systemstörung|bildstörung|tonstörung|algorithmusstörung|desinfektion))[a-zäöüß-]{3,}(?:krankheit|krankheiten|erkrankung|erkrankungen|syndrom|syndroms|infektion|infektionen|entzündung|entzündungen|allergie|allergien|störung|störungen|krebs|insuffizienz)$"
                }
            }
        ],
        [
            "das Post-Vac-Syndrom",
            "eine Lungenentzündung",
            "Erdnussallergie bei Kindern",
            "an Brustkrebs erkrankt",
        ],
        [
            "eine Störung",
            "eine Entzündung",
            "die Umweltzerstörung",
            "eine Betriebsstörung",
            "zur Desinfektion",
        ],
    ),
]
MOD_STOP = (
    "several|general|potential|additional|clinical|typical|specific|various|numerous|serious|previous|obvious|relative|"
    "respective|positive|negative|effective|individual|usual|actual|total|overall|original|initial|final|real|special|certain|"
    "particular|similar|critical|official|national|international|social|local|annual|medical|physical|natural|normal|formal|"
    "essential|global|mutual|practical|crucial|ideal|optimal|trivial|vital|virtual|visual|dangerous|famous|equal|legal|political|"
    "economic|historic|public|basic|classic|tragic|dramatic|electric|automatic|academic|domestic|scientific|systematic|strategic|"
    "excessive|extensive|expensive|intensive|massive|passive|active|comprehensive|alternative|conservative|collective|objective|"
    "subjective|primary|secondary|tertiary|necessary|temporary|ordinary|extraordinary|contrary|preliminary|military|voluntary|"
    "monetary|solitary|literary|dietary|popular|regular|familiar|peculiar|spectacular|singular|nuclear|unclear|circular|"
    "fatal|lethal|deadly|terminal|rare|common|severe|mild|underlying|existing|infectious?|unusual|original|functional|"
    "professional|personal|cultural|historical|musical|digital|financial|technical|logical|ethical|regional|total|experimental|"
    "environmental|potential|exclusive|inclusive|progressive|aggressive|successive|repetitive|competitive|sensitive|"
    "administrative|legislative|executive|creative|productive|protective|preventive|predictive|diagnostic|therapeutic|"
    "symptomatic|asymptomatic|generic|specific|periodic|sporadic|chronic|acute|global|mortal|same|other"
)
MOD = (
    rf"^(?!(?:{MOD_STOP})\b)(?:[a-z-]{{2,}}(?:al|ic|ive|ous|ary|ular|oid|tic)|heart|kidney|liver|lung|bone|skin|eye|brain|blood|joint|bowel|gum|"
    r"nerve|muscle|spine|breast|prostate|colon|bladder|stomach|throat|ear|thyroid|pancreas|celiac|coeliac|autoimmune|"
    r"autoinflammatory|tick-borne|vector-borne|foodborne|waterborne|sexually|transmitted|urinary|tract|peanut|food|milk|egg|"
    r"pollen|wheat|shellfish|penicillin|mood|panic|eating|sleep|stress|anxiety|tick|yeast|wound|sinus|bladder|tooth|"
    r"covid-19|post-covid|post-vaccination|post-viral|long-covid)$"
)
# Before another modifier, a word of course or severity is part of the name ("chronic lung disease",
# "acute kidney injury"); alone before the head it is not ("chronic disease").
MOD_FIRST = MOD.replace("chronic|acute|", "").replace("|severe|mild|", "|")
HEADS = [
    "disease",
    "diseases",
    "disorder",
    "disorders",
    "syndrome",
    "syndromes",
    "infection",
    "infections",
    "allergy",
    "allergies",
    "deficiency",
    "deficiencies",
    "insufficiency",
    "failure",
    "injury",
    "injuries",
    "cancer",
    "cancers",
]
TITLE_STOP = [
    "the",
    "this",
    "that",
    "these",
    "those",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "which",
    "what",
    "each",
    "every",
    "any",
    "no",
    "some",
    "such",
    "other",
    "another",
    "same",
    "new",
    "rare",
    "many",
    "most",
    "more",
    "several",
    "all",
    "both",
    "common",
    "serious",
    "severe",
    "mild",
    "deadly",
    "fatal",
    "underlying",
    "certain",
    "specific",
    "one",
    "two",
    "three",
    "first",
    "second",
    "last",
    "different",
    "similar",
    "major",
    "minor",
    "main",
    "key",
    "known",
    "unknown",
    "chronic",
    "acute",
    "early",
    "late",
    "advanced",
    "treating",
    "preventing",
    "having",
    "and",
    "or",
    "for",
    "with",
    "in",
    "on",
    "of",
    "to",
    "from",
    "by",
    "as",
    "at",
    "if",
    "when",
    "while",
    "because",
    "after",
    "before",
    "during",
    "about",
    "against",
    "between",
    "without",
    "not",
    "how",
    "why",
    "who",
    "where",
    "there",
    "here",
    "it",
    "we",
    "you",
    "they",
    "he",
    "she",
    "i",
    "is",
    "are",
    "was",
    "were",
    "be",
    "can",
    "may",
    "will",
    "would",
    "could",
    "should",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "but",
    "so",
    "also",
    "only",
    "just",
    "even",
    "including",
    "like",
    "than",
    "then",
    "into",
    "over",
    "under",
    "up",
    "out",
    "off",
    "via",
    "per",
    "vs",
    "total",
    "overall",
    "human",
    "infectious",
    "communicable",
    "type",
    "stage",
    "grade",
    "class",
    "group",
    "term",
    "name",
    "code",
    "level",
    "system",
    "condition",
    "conditions",
    "medical",
    "select",
    "study",
    "trial",
    "primary",
    "secondary",
]
disease += [
    line(
        "DISEASE",
        [{"LOWER": {"REGEX": MOD}}, {"LOWER": {"IN": HEADS}}],
        [
            "She has a fungal infection.",
            "risk of bacterial infections",
            "a genetic disorder of the blood",
            "kidney disease",
        ],
        [
            "the clinical syndrome is vague",
            "a serious syndrome",
            "total failure",
        ],
    ),
    line(
        "DISEASE",
        [{"LOWER": {"REGEX": MOD_FIRST}}, {"LOWER": {"REGEX": MOD}}, {"LOWER": {"IN": HEADS}}],
        [
            "a seasonal affective disorder",
            "urinary tract infections",
            "inflammatory bowel disease",
            "chronic lung disease",
            "acute kidney injury",
        ],
        [],
    ),
    line(
        "DISEASE",
        [
            {
                "IS_TITLE": True,
                "LOWER": {
                    "NOT_IN": TITLE_STOP,
                    "REGEX": r"^(?![a-z]+(?:ing|ed|ly)\b)[a-z][a-z-]{2,}$",
                },
            },
            {"ORTH": {"IN": ["'s", "’s", "'", "’"]}, "OP": "?"},
            {"LOWER": {"IN": HEADS}},
        ],
        ["a case of Kawasaki disease", "patients with Crohn's disease", "Hashimoto’s disease"],
        [
            "Treating syndromes early",
        ],
    ),
    # A deficiency of a substance the body makes or takes in: an enzyme or protein (-ase, -in,
    # -ine, -ogen), a vitamin or a mineral, with a Greek-letter prefix where it has one
    # ("alpha-1 antitrypsin deficiency", "lactase deficiency", "vitamin B12 deficiency").
    line(
        "DISEASE",
        [
            {"LOWER": {"REGEX": r"^(?:alpha|beta|gamma|α|β|γ)(?:-?\d)?$"}, "OP": "?"},
            {
                "LOWER": {
                    "REGEX": r"^(?!(?:certain|main|again|within|domain|margin|plain|origin|"
                    r"chain|routine|medicine|engine|online|decline|baseline|guideline|machine|"
                    r"discipline|doctrine|increase|decrease|database|phase|case|base|release|"
                    r"disease|purchase|cocaine)$)(?:[a-z0-9-]{2,}(?:ase|in|ine|ogen)|vitamin|iron|zinc|iodine|"
                    r"folate|copper|magnesium|calcium|selenium|b12)$"
                }
            },
            {"LOWER": {"REGEX": r"^(?:vitamin|b12|[a-ek]\d{0,2})$"}, "OP": "?"},
            {"LOWER": {"IN": ["deficiency", "deficiencies"]}},
        ],
        [
            "Alpha-1 antitrypsin deficiency is inherited.",
            "children who have alpha-1 antitrypsin deficiency",
            "lactase deficiency",
            "vitamin B12 deficiency",
        ],
        ["a deficiency in reporting", "the main deficiency of the method", "certain deficiencies"],
    ),
]


ROMANCE_HEADS = [
    "syndrome",
    "syndromes",
    "maladie",
    "maladies",
    "síndrome",
    "síndromes",
    "sindrome",
    "sindromi",
    "enfermedad",
    "enfermedades",
    "malattia",
    "malattie",
    "morbo",
    "doença",
    "doenças",
    "morbus",
    "ziekte",
]
disease += [
    '// A disease named after a person in fr/es/it/pt/de/nl: "syndrome de Guillain-Barré", "maladie de Lyme",',
    '// "enfermedad de Crohn", "morbo di Parkinson", "Morbus Crohn", "ziekte van Lyme".',
    line(
        "DISEASE",
        [
            {"LOWER": {"IN": ROMANCE_HEADS}},
            {"LOWER": {"IN": ["de", "di", "da", "do", "du", "van", "von"]}, "OP": "?"},
            {"IS_TITLE": True, "LOWER": {"REGEX": r"^[a-zà-ÿ][a-zà-ÿ'-]+$"}},
            {"ORTH": "-", "OP": "?"},
            {"IS_TITLE": True, "OP": "?", "LOWER": {"REGEX": r"^[a-zà-ÿ][a-zà-ÿ'-]+$"}},
        ],
        [
            "Le syndrome de Guillain-Barré est rare.",
            "la enfermedad de Crohn",
            "Morbus Crohn",
            "la malattia di Lyme",
        ],
        ["le syndrome est rare"],
    ),
]

# Dutch compounds, as the German ones above ("longkanker", "nierziekte", "hartfalen",
# "longontsteking", "eetstoornis"): a name written as one word. Under their English id where
# bench/build_disease_names.py composes them from an organ; the others keep their own name.
NL_HEADS = (
    "ziekte|ziekten|syndroom|kanker|ontsteking|ontstekingen|infectie|infecties|allergie|"
    "allergieën|stoornis|stoornissen|aandoening|aandoeningen|insufficiëntie|tumor|tumoren|"
    "vergiftiging|vergiftigingen|griep"
)
disease += [
    "// Dutch compounds (-ziekte, -syndroom, -kanker, -ontsteking, -infectie, -allergie, -stoornis,",
    '// -aandoening, -insufficiëntie, -tumor, -vergiftiging, -griep; "-falen" only after an organ, as',
    '// "Westfalen" is no disease: bench/build_disease_names.py writes "hartfalen", "nierfalen").',
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": rf"^(?!(?:verkoudheid|kinderziekten?)$)[a-zäëïöüéèç-]{{3,}}(?:{NL_HEADS})$"
                }
            }
        ],
        [
            "last van longkanker",
            "een chronische nierziekte",
            "een eetstoornis",
            "de vogelgriep",
            "het post-covidsyndroom",
        ],
        [
            "Het falen van de regering",
            "in Nordrhein-Westfalen",
        ],
    ),
]

# German and Dutch write a disease and its patients, cases, risk, test or wave as one word
# ("Krebspatienten", "Diabetesrisiko", "kankerpatiënten", "coronaklachten", "griepgolf"): the disease
# is named in it. Only in a German or Dutch text (the pattern's `languages`): "Coronation" and
# "Parkinsonism" are English words of other shapes.
DISEASE_PREFIXES = (
    "krebs|kanker|diabetes|grippe|griep|masern|mazelen|corona|covid|alzheimer|parkinson|demenz|"
    "dementie|aids|hiv|malaria|tuberkulose|tuberculose|asthma|astma|depressions?|depressie|adipositas|"
    "herzinfarkt|hartinfarct|schlaganfall|beroerte|rheuma|reuma|migräne|migraine|epilepsie|"
    "sepsis|hepatitis|influenza|tbc|mpox|affenpocken|apenpokken|ebola|zika|dengue|polio|keuchhusten|kinkhoest"
)
DISEASE_COMPOUND_HEADS = (
    "patient|patienten|patientinnen|patiënt|patiënten|kranke|kranken|erkrankte|erkrankten|"
    "fall|fälle|fällen|geval|gevallen|risiko|risico|test|tests|welle|golf|klachten|beschwerden|"
    "symptome|symptomen|infektion|infektionen|infectie|infecties|erkrankung|erkrankungen|"
    "sterfte|sterblichkeit|tote|toten|doden|diagnose|therapie|behandlung|behandeling|"
    "forschung|onderzoek|medikament|medikamente|medicijn|medicijnen|ambulanz|station|afdeling|zorg"
)
disease += [
    "// German and Dutch compounds of a disease and its patients, cases, risk, test, wave or",
    '// treatment ("Krebspatienten", "Corona-Tests", "kankerpatiënten", "coronaklachten"): held in de',
    "// and nl texts only (`languages`). The canonical is the word as written.",
    line(
        "DISEASE",
        [{"LOWER": {"REGEX": rf"^(?:{DISEASE_PREFIXES})s?-?(?:{DISEASE_COMPOUND_HEADS})$"}}],
        [
            "die Zahl der Krebspatienten steigt",
            "ein höheres Diabetesrisiko",
            "Langdurige coronaklachten komen door het virus",
            "veel kankerpatiënten",
            "die Corona-Tests",
            "de griepgolf",
        ],
        ["Die Krebse leben im Meer.", "coronation street", "aan het Coronaplein"],
        languages=["de", "nl"],
    ),
]

# Romance and Dutch forms of the Greek suffixes: -ite/-iti (fr/it/pt "arthrite", "epatiti"),
# -ose/-osi ("tuberculose", "fibrosi"), -émie/-emie ("leucémie", "anemie"), -ome/-omi/-oom
# ("mélanome", "linfomi", "melanoom"), -pathie/-patía/-patie, -algie, -plégie/-plasie/-trophie,
# -pénie/-penie, -urie (a symptom such as "diarrhée" is no disease, as the guideline says). A root list where the ending is common in other words
# ("site", "dose", "chrome"); a stop list where it is not.
ITE_ROOTS = (
    "arthr|artr|h[ée]pat|epat|n[ée]phr|nefr|gastr|ent[ée]r|col|dermat|derm|enc[ée]phal|encefal|m[ée]ning|"
    "myocard|miocard|p[ée]ricard|endocard|bronch|bronqu|pneumon|polmon|sinus|sinus|ot|rhin|rin|pharyng|"
    "faring|laryng|laring|amygdal|tonsill|cyst|cist|pancr[ée]at|append|appendic|chol[ée]cyst|colecist|"
    "vascul|vasc|tendin|tendin|burs|ost[ée]omy[ée]l|osteomiel|my[ée]l|miel|n[ée]vr|neur|poly[ée]?arthr|"
    "poliartr|spondyl|spondil|uv[ée]|conjonctiv|congiuntiv|conjuntiv|k[ée]rat|cherat|querat|parodont|"
    "periodont|gingiv|stomat|oesophag|[œe]sophag|esofag|diverticul|prostat|orch|vagin|cervic|mast|fasc|myos|"
    "mios|thyro[iï]d|tiroid|tireoid|phl[ée]b|fleb|aort|art[ée]r|capsul|synov|sinov|bl[ée]phar|scl[ée]r|"
    "r[ée]tin|iri|iridocycl|mucos|sacro[iï]l|vulv|m[ée]tr|endom[ée]tr|salping|ann?ex|lymphang|linfang|"
    "sialaden|parot|dacryocyst|labyrinth|labirint|mastoid|[ée]piglott|epiglot|tracheobronch|tracheo|trache|"
    "bronchiol|bronquiol|alv[ée]ol|pleur|p[ée]rit[oô]n|peritone|h[ée]patobiliar|cholang|colang|pyél|piel|"
    "urétr|uretr|bal?an|pancréat"
)
OSE_ROOTS = (
    "tubercul|tubercol|fibr|scl[ée]r|arthr|artr|ost[ée]opor|endom[ée]tri|cirrh|cirr|thromb|tromb|"
    "ath[ée]roscl[ée]r|ateroscler|ath[ée]r|ater|st[ée]at|k[ée]rat|cherat|amylo[iï]d|amiloid|sarco[iï]d|"
    "sarcoid|n[ée]phr|nefr|candid|toxoplasm|leptospir|brucell|listéri|lister|borr[ée]li|borrel|salmonell|"
    "histoplasm|aspergill|scoli|ac[ée]t|c[ée]t|h[ée]mochromat|emocromat|hemocromat|mucovisc|"
    "spondylarthr|spondil|st[ée]n|psor|d[ée]rmat|dermat|n[ée]vr|neur|fibromat|mycobact[ée]ri|"
    "myc|mic|cyan|cian|ankyl|anchil|anquil|l[ée]ptospir|ox|hypox|iposs|hipox|acid"
)
EMIE_ROOTS = (
    "an|leuc|leuk|sept|septic|septic|hypoglyc|hyperglyc|hypoglyk|hyperglyk|hipogluc|hiperglu|hipoglic|"
    "hiperglic|ipoglic|iperglic|hypercholest[ée]rol|ipercolesterol|hipercolesterol|hypercholesterol|"
    "bact[ée]ri|batteri|bacteri|vir|ur|ur[ée]m|hyperkali|iperkali|hiperkal|hiperpotas|hypokali|ipokali|"
    "hipokal|hipopotas|hypocalc|ipocalc|hipocalc|hypercalc|ipercalc|hipercalc|hyponatr|iponatr|hiponatr|"
    "hypernatr|ipernatr|hipernatr|isch[ée]m|ischem|isquem|thalass|talass|dyslipid|dislipid|hyperlipid|"
    "iperlipid|hiperlipid|tox|c[ée]t|ket|lact|acid|hypox|iposs|hipox|hypovol|ipovol|hipovol|hyperuric|"
    "iperuric|hiperuric|fong|fung|parasit|virém"
)
OME_ROOTS = (
    "carcin|sarc|lymph|linf|lymf|blast|gli|ad[ée]n|aden|fibr|lip|my[ée]l|miel|mél?an|melan|angi|"
    "m[ée]ningi|meningi|neur|neurin|papill|h[ée]pat|epat|hepat|thym|tim|t[ée]rat|terat|chondr|condr|"
    "ost[ée]|oste|m[ée]soth[ée]li|mesoteli|mesotheli|cyt|cit|s[ée]min|semin|insulin|gastrin|glauc|"
    "trach|tracom|hamart|schwann|[ée]pendym|ependim|ependym|chord|cord|granul|n[ée]phr|nefr|plasmocyt|"
    "plasmocit|myx|mix|rhabdomy|rabdomi|leiomy|leiomi|retinoblast|n[ée]phroblast|nefroblast"
)
PATHY_STOP = (
    "sympathie|sympathies|empathie|empathies|apathie|antipathie|antipathies|t[ée]l[ée]pathie|hom[ée]opathie|"
    "homoeopathie|ost[ée]opathie|naturopathie|allopathie|simpat[íi]a|simpatie|empat[íi]a|empatie|apat[íi]a|"
    "apatie|antipat[íi]a|antipatie|telepat[íi]a|telepatie|homeopat[íi]a|omeopatia|osteopat[íi]a|osteopatie|"
    "naturopat[íi]a|naturopatia|naturopatie|sympathie[ëe]n|homeopathie|osteopathie|empathisch|hom[öo]opathie|hom[öo]opathien"
)
disease += [
    "// Romance and Dutch forms of the Greek suffixes (see bench/build_shapes.py for the root lists).",
    line(
        "DISEASE",
        [{"LOWER": {"REGEX": rf"^[a-zà-ÿœ-]*(?:{ITE_ROOTS})(?:ite|ites|iti)$"}}],
        [
            "une arthrite du genou",
            "l'hépatite B",
            "epatite cronica",
            "casi di meningite",
            "osteomielite",
            "una gastrite",
        ],
        [
            "sur le site web",
            "une élite",
            "il quite",
            "les termites",
            "le satellite",
            "favorite",
            "invite",
        ],
    ),
    line(
        "DISEASE",
        [{"LOWER": {"REGEX": rf"^[a-zà-ÿœ-]*(?:{OSE_ROOTS})(?:ose|oses|osi)$"}}],
        [
            "la tuberculose",
            "fibrosi polmonare",
            "une arthrose",
            "ostéoporose",
            "de trombose",
            "l'endométriose",
            "sclerosi multipla",
        ],
        [
            "une dose",
            "la rose",
            "le glucose",
            "la prose",
            "chose",
            "cellulose",
            "lactose",
            "overdose",
        ],
    ),
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": rf"^[a-zà-ÿ-]*(?:{EMIE_ROOTS})(?:[ée]mie|[ée]mies|emie[ëe]n|emia|emias|emie)$"
                }
            }
        ],
        [
            "une leucémie",
            "anemie bij ouderen",
            "l'hypoglycémie",
            "ipoglicemia",
            "leucemia linfoblástica",
        ],
        ["l'académie", "academia", "alchimie", "endemia"],
    ),
    line(
        "DISEASE",
        [{"LOWER": {"REGEX": rf"^[a-zà-ÿ-]*(?:{OME_ROOTS})(?:ome|omes|omi|oom|omen)$"}}],
        [
            "un mélanome",
            "linfomi non Hodgkin",
            "een melanoom",
            "le carcinome",
            "un glaucome",
            "les lymphomes",
        ],
        ["un diplôme", "le chrome", "un fantôme", "arôme", "de atomen", "syndrome"],
    ),
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": rf"^(?!(?:{PATHY_STOP})$)[a-zà-ÿ-]{{2,}}o(?:pathie|pathies|path[íi]a|pathie[ëe]n|pat[íi]a|pat[íi]as|patie|patieën)$"
                }
            }
        ],
        [
            "une neuropathie",
            "miocardiopatía dilatada",
            "rétinopathie diabétique",
            "cardiomiopatia",
            "neuropathie",
        ],
        [
            "avec sympathie",
            "de l'empathie",
            "simpatía",
            "homéopathie",
            "Homöopathie",
            "osteopatía",
            "la Carpatia",
        ],
    ),
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": r"^(?!.*nostalgi)(?:[a-zà-ÿ-]{2,}(?:algie|algies|algie[ëe]n|plégie|plégies|plegie|plasie|plasies|pénie|pénies|penie|penieën)|[a-zà-ÿ-]*(?:a|dys|hyper|hypo|lipo|myo|amyo|neuro)(?:trophie|trophies|trofie|trofieën)|[a-zà-ÿ-]*(?:prot[ée]in|album|h[ée]mat|glycos|glucos|poly|oligo|an|dys|noct|bact[ée]ri|py|leuco?cyt|leukocyt|c[ée]ton|keton|porphyr|cystin|amino|calci|phosphat|oxal|micro|macro)(?:urie|uries)|[a-zà-ÿ-]*(?:gonorr)(?:hée|hées|ee|eeën))$"
                }
            }
        ],
        [
            "la fibromyalgie",
            "une hémiplégie",
            "dysplasie",
            "dystrophie musculaire",
            "neutropénie",
            "sarcopenie",
            "protéinurie",
            "la gonorrhée",
        ],
        [
            "la nostalgie",
            "Sowjetnostalgie",
            "la bourgeoisie",
            "une catégorie",
            "injuries",
            "over the centuries",
            "Porree",
            "luxuries",
            "la diarrhée",
        ],
    ),
]

# A Romance head noun before its adjectives ("enfermedad pulmonar", "maladie auto-immune",
# "malattia autoimmune", "síndrome metabólico", "trastorno bipolar"). Heads found only in these
# languages take any adjective of a Romance shape; heads spelled as in English ("infection",
# "syndrome", "cancer") only endings that English adjectives do not have, so that "cancer
# survival" or "infection removal" are never read as names. Generic adjectives ("grave",
# "rara", "crónica" alone) make no name.
ROMANCE_ONLY_HEADS = [
    "enfermedad",
    "enfermedades",
    "maladie",
    "maladies",
    "malattia",
    "malattie",
    "doença",
    "doenças",
    "trastorno",
    "trastornos",
    "disturbo",
    "disturbi",
    "transtorno",
    "transtornos",
    "infección",
    "infecciones",
    "infezione",
    "infezioni",
    "infecção",
    "infecções",
    "insuficiencia",
    "insuffisance",
    "insufficienza",
    "insuficiência",
    "síndrome",
    "síndromes",
    "sindrome",
    "sindromi",
    "cáncer",
    "cánceres",
    "cancro",
    "cancri",
    "câncer",
    "tumeur",
    "tumeurs",
    "tumore",
    "tumori",
    "alergia",
    "alergias",
    "allergia",
    "allergie",
    "inflamación",
    "infiammazione",
    "inflamação",
    "lesión",
    "lesiones",
    "lésion",
    "lésions",
    "lesione",
    "lesioni",
    "lesão",
    "lesões",
    "deficiencia",
    "carence",
    "carenza",
    "deficiência",
]
SHARED_HEADS = [
    "infection",
    "infections",
    "syndrome",
    "syndromes",
    "cancer",
    "cancers",
    "tumor",
    "tumores",
    "troubles",
    "trouble",
]
ROMANCE_STOP = (
    "grave|graves|rara|raras|raro|raros|rare|rares|común|comunes|commune|communes|comune|comuni|comum|"
    "crónica|crónicas|crónico|crónicos|chronique|chroniques|cronica|croniche|cronico|cronici|crônica|"
    "crônicas|crônico|aguda|agudas|agudo|agudos|aiguë|aiguës|aigu|aigus|acuta|acute|acuto|acuti|nueva|"
    "nuevas|nouvelle|nouvelles|nuova|nuove|nova|novas|mortal|mortales|mortelle|mortelles|mortale|mortali|"
    "principal|principales|principale|principali|general|generales|générale|générales|generale|generali|"
    "geral|gerais|frecuente|frecuentes|fréquente|fréquentes|frequente|frequenti|importante|importantes|"
    "importanti|actual|actuales|actuelle|attuale|atual|similar|similares|similaire|simile|leve|leves|"
    "légère|lieve|severa|severas|sévère|sévères|severe|mayor|menor|majeure|maggiore|minore|diferente|"
    "diferentes|différente|diversa|otra|otras|autre|autres|altra|altre|outra|outras|clínica|clínicas|"
    "clinique|cliniques|clinica|cliniche|física|físicas|physique|fisica|potencial|potentielle|potenziale|"
    "total|totale|social|sociale|sociales|natural|naturelle|naturale|normal|normale|médica|médicale|"
    "medica|global|globale|nacional|nationale|nazionale|internacional|internationale|internazionale|"
    "local|locale|anual|annuelle|annuale|oficial|officielle|ufficiale|crítica|critique|critica|seria|"
    "sérieuse|previa|préalable|específica|spécifique|specifica|típica|typique|tipica|particular|"
    "particulière|particolare|real|réelle|reale|especial|spéciale|speciale|humana|humaine|umana|"
    "hereditaria|héréditaire|ereditaria|hereditária|genética|génétique|genetica|infecciosa|infectieuse|"
    "infettiva|contagiosa|contagieuse|transmisible|transmissible|trasmissibile|subyacente|sous-jacente|"
    "sottostante|relacionada|liée|correlata|relacionada|asociada|associée|associata|associada|causada|"
    "causée|causata|provocada|provoquée|provocata|conocida|connue|conosciuta|conhecida|diagnosticada|"
    "diagnostiquée|diagnosticata|primaria|primaire|primária|secundaria|secondaire|secondaria|secundária|"
    "sistémica|systémique|sistemica|sistêmica|inflamatoria|inflammatoire|infiammatoria|inflamatória|"
    "progresiva|progressive|progressiva|degenerativa|dégénérative|emergente|émergente|tropical|tropicale|"
    "olvidada|négligée|dimenticata|negligenciada|profesional|professionnelle|professionale|ocupacional|"
    "laboral|larga|longue|lunga|longa|corta|courte|breve|tal|telle|tale|dicha|cette|questa|essa|mesma|"
    "misma|même|stessa|pediátrica|pédiatrique|pediatrica|infantil|infantile|adulta|adulte|rara|"
    "huérfana|orpheline|orfana|órfã|asintomática|asymptomatique|asintomatica|assintomática|"
    "sintomática|symptomatique|sintomatica|sintomática|leve|bénigne|benigna|maligna|maligne"
)
ROMANCE_ADJ = r"[a-zà-ÿœ-]{2,}(?:al|ar|ica|ico|aca|aco|iva|ivo|osa|oso|aria|ario|ale|aire|ique|aque|ienne|ien|euse|eux|ée|ária|ário|ínea|íneo|ina|ino|ana|ano)"
ROMANCE_ONLY_ADJ = r"[a-zà-ÿœ-]{2,}(?:aire|ique|aque|ienne|euse|eux|ée|ica|ico|aca|aco|iva|ivo|osa|oso|aria|ario|ária|ário|ínea|íneo|ale)"
disease += [
    '// A Romance head before its adjectives ("síndrome metabólico", "trastorno bipolar",',
    '// "maladie auto-immune"); generic adjectives ("rara", "grave", "crónica" alone) make no name.',
    line(
        "DISEASE",
        [
            {"LOWER": {"IN": ROMANCE_ONLY_HEADS}},
            {"LOWER": {"REGEX": rf"^(?!(?:{ROMANCE_STOP})$){ROMANCE_ADJ}$"}},
            {"LOWER": {"REGEX": rf"^{ROMANCE_ADJ}$"}, "OP": "?"},
        ],
        [
            "un trastorno bipolar",
            "síndrome metabólico",
            "la maladie cœliaque",
            "malattia celiaca",
            "doença celíaca",
            "transtorno obsessivo compulsivo",
        ],
        [],
    ),
    line(
        "DISEASE",
        [
            {"LOWER": {"IN": SHARED_HEADS}},
            {"LOWER": {"REGEX": rf"^(?!(?:{ROMANCE_STOP})$){ROMANCE_ONLY_ADJ}$"}},
            {"LOWER": {"REGEX": rf"^{ROMANCE_ADJ}$"}, "OP": "?"},
        ],
        [
            "le syndrome métabolique",
            "une infection nosocomiale",
            "des troubles anxieux",
            "le cancer gastrique",
        ],
        ["trouble sleeping", "syndrome removal", "trouble normal"],
    ),
]

# ---------------- ORGANISM ----------------
GENUS = r"[a-z]{3,}(?:coccus|cocci|bacter|bacterium|bacteria|bacillus|bacilli|monas|myces|mycetes|bacteriaceae|aceae|viridae|virus|viruses|viren|bakterien|bakterium|kokken)"
ORGWORD = (
    r"^(?:bacteria|bacterium|germs?|organisms?|microorganisms?|microbes?|pathogens?|strains?|bugs?|superbugs?|tuberculosis|"
    r"gonorrh?oea|gonorrhea|fungi|fungus|" + GENUS + r")$"
)
EPITHET = r"^(?!(?:[a-z]+ous|bonus|versus|virus|focus|status|census|campus|consensus|stimulus|surplus|plus|minus|thus|bus|area|data|media|criteria|formula|agenda|idea|era|extra|via|umbrella|is|this|his|mobile|while|smile|file|profile|style)\b)[a-z]{3,}(?:us|a|um|is|ii|ae|i|ensis|oides|ans|ens|ile|ax)$"
# Genera of pathogens, parasites and vectors that the suffixes above do not reach ("Salmonella",
# "Clostridioides difficile", "Plasmodium falciparum", "Aedes aegypti"); written capitalised, alone
# or with a species epithet of the Latin shape. Left out: a genus that is a common word or name
# ("Proteus", "Loa", "Culex" stays: no other sense).
_GENERA_NAMES = """Clostridioides Clostridium Escherichia Salmonella Listeria Klebsiella Candida Aspergillus Plasmodium Giardia
    Cryptosporidium Entamoeba Toxoplasma Trypanosoma Leishmania Borrelia Treponema Chlamydia Chlamydophila Neisseria
    Haemophilus Bordetella Legionella Vibrio Shigella Yersinia Bacteroides Pneumocystis Schistosoma Taenia Ascaris
    Mycoplasma Rickettsia Coxiella Brucella Francisella Bacillus Prevotella Akkermansia Serratia Burkholderia Nocardia
    Histoplasma Coccidioides Trichophyton Malassezia Rhizopus Mucor Fusarium Aedes Anopheles Culex Ixodes Wolbachia
    Strongyloides Toxocara Onchocerca Wuchereria Necator Ancylostoma Enterobius Trichuris Babesia Naegleria
    Acanthamoeba Cyclospora Blastocystis Sarcoptes Leptospira Bartonella Ehrlichia Anaplasma Moraxella Gardnerella
    Ureaplasma Morganella Kingella Pasteurella Veillonella Sporothrix Paracoccidioides Cryptococcus
    Trichomonas Mycobacterium Streptococcus Staphylococcus Enterococcus"""
GENERA = sorted(_GENERA_NAMES.split())
organism = [
    "// Organisms by their shape: a genus or family with the suffix of bacteria, fungi and viruses (-coccus, -bacter,",
    "// -bacterium, -bacillus, -monas, -myces, -bacteriaceae, -aceae, -virus; German -viren, -bakterien, -kokken); an",
    '// abbreviated binomial ("E. coli", "S. aureus"); a resistant',
    '// organism ("drug-resistant bacteria", "carbapenem-resistant Enterobacteriaceae"). The canonical is the name as',
    "// written, lower-cased. A claim-bearing label (rules/claims.yaml).",
    line(
        "ORGANISM",
        [{"LOWER": {"REGEX": rf"^(?!antivirus$){GENUS}$"}}],
        [
            "Staphylococcus",
            "an outbreak of norovirus",
            "Acinetobacter was isolated",
            "Enterobacteriaceae",
            "Hantaviren",
        ],
        ["the viral spread", "a bacterial film", "antivirus software"],
    ),
    line(
        "ORGANISM",
        [{"TEXT": {"REGEX": r"^[A-Z]\.$"}}, {"TEXT": {"REGEX": EPITHET}}],
        ["E. coli", "strains of S. aureus", "K. pneumoniae", "C. difficile", "P. vivax"],
        ["J. Smith and R. Jones", "Smith J. and colleagues"],
    ),
    line(
        "ORGANISM",
        [
            {"TEXT": {"IN": GENERA}},
            # a species epithet of the Latin shape ("difficile", "falciparum"), not any word:
            # "Salmonella was found" names the genus alone
            {"TEXT": {"REGEX": EPITHET}, "OP": "?"},
        ],
        [
            "La Clostridioides difficile es otro tipo de bacteria",
            "infected with Plasmodium falciparum parasites",
            "Salmonella was found in 12% of samples",
            "Aedes aegypti mosquitoes",
            "Candida albicans was isolated",
        ],
        [
            "candida and open",
            "a listeria",
            "white candida cream",
            "Vive en Providencia con su familia",
        ],
    ),
    line(
        "ORGANISM",
        [
            {"LOWER": {"REGEX": r"^[a-z]{3,}$"}},
            {"ORTH": "-", "OP": "?"},
            {"LOWER": "resistant"},
            {"LOWER": {"REGEX": ORGWORD}},
        ],
        [
            "drug-resistant bacteria",
            "vancomycin resistant enterococci",
            "methicillin-resistant Staphylococcus aureus",
        ],
        ["water-resistant coating", "resistant strains"],
    ),
]

# Human pathogens by their usual abbreviation or name ("HIV", "SARS-CoV-2", "RSV", "MRSA", "Zika
# virus", "virus de la inmunodeficiencia humana"): the suffix shapes above reach "norovirus" and
# "Staphylococcus", not a virus written as an abbreviation or as a name and the word "virus". The
# abbreviations are case-sensitive, all but "hiv" and "hpv", which Dutch writes in lower case.
# Left out: abbreviations that name other things as often ("HEV" a hybrid car, "VRE" a gallery,
# "HSV" a football club).
# abbreviation -> the English name, the canonical
VIRUS_ABBREVIATIONS = {
    "HBV": "hepatitis b virus",
    "VHB": "hepatitis b virus",
    "HCV": "hepatitis c virus",
    "VHC": "hepatitis c virus",
    "HAV": "hepatitis a virus",
    "HDV": "hepatitis d virus",
    "RSV": "respiratory syncytial virus",
    "hRSV": "respiratory syncytial virus",
    "VRS": "respiratory syncytial virus",
    "CMV": "cytomegalovirus",
    "HCMV": "cytomegalovirus",
    "EBV": "epstein-barr virus",
    "HSV-1": "herpes simplex virus",
    "HSV-2": "herpes simplex virus",
    "VZV": "varicella-zoster virus",
    "HTLV": "human t-lymphotropic virus",
    "HTLV-1": "human t-lymphotropic virus",
    "VPH": "human papillomavirus",
    "MRSA": "methicillin-resistant staphylococcus aureus",
    "MERS-CoV": "mers coronavirus",
}
VIRUS_NAMES: dict[str, list[str]] = {
    # the English name (the canonical), then its other names in en/es/fr/it/pt/nl/de
    "human immunodeficiency virus": [
        "virus de la inmunodeficiencia humana",
        "virus de inmunodeficiencia humana",
        "virus de l'immunodéficience humaine",
        "virus de l’immunodéficience humaine",
        "virus dell'immunodeficienza umana",
        "virus dell’immunodeficienza umana",
        "vírus da imunodeficiência humana",
        "humaan immunodeficiëntievirus",
        "humanes immundefizienz-virus",
        "hi-virus",
    ],
    "human papillomavirus": [
        "human papilloma virus",
        "virus del papiloma humano",
        "papillomavirus humain",
        "virus del papilloma umano",
        "vírus do papiloma humano",
        "papilomavírus humano",
        "humaan papillomavirus",
        "humane papillomviren",
        "humanes papillomvirus",
    ],
    "respiratory syncytial virus": [
        "virus respiratorio sincitial",
        "virus respiratoire syncytial",
        "virus respiratorio sinciziale",
        "vírus sincicial respiratório",
    ],
    "hepatitis b virus": [
        "virus de la hepatitis b",
        "virus de l'hépatite b",
        "virus dell'epatite b",
        "vírus da hepatite b",
    ],
    "hepatitis c virus": [
        "virus de la hepatitis c",
        "virus de l'hépatite c",
        "virus dell'epatite c",
        "vírus da hepatite c",
    ],
    "influenza virus": [
        "influenza viruses",
        "flu virus",
        "virus de la gripe",
        "virus de la grippe",
        "virus dell'influenza",
        "vírus da gripe",
        "vírus da influenza",
    ],
    "zika virus": ["virus del zika", "virus zika", "vírus da zika", "vírus zika"],
    "ebola virus": ["virus del ébola", "virus ebola"],
    "dengue virus": [],
    "west nile virus": [],
    "epstein-barr virus": [],
    "varicella-zoster virus": [],
    "herpes simplex virus": [],
    "hepatitis a virus": [],
    "hepatitis e virus": [],
    "measles virus": [],
    "rabies virus": [],
    "mpox virus": ["monkeypox virus"],
    "chikungunya virus": [],
}
organism.append(
    line(
        "ORGANISM",
        [{"LOWER": {"IN": ["hiv", "hiv-1", "hiv-2"]}}],
        ["People with HIV need treatment.", "mensen met hiv", "HIV-1 infection"],
        ["a hive of bees", "the HIVE project"],
        ident="human immunodeficiency virus",
    )
)
organism.append(
    line(
        "ORGANISM",
        [{"LOWER": "hpv"}],
        ["Het hpv is een virus", "the HPV vaccine"],
        ["a hp victory"],
        ident="human papillomavirus",
    )
)
# German writes "RSV" for a sports club too ("RSV Eintracht"): the abbreviation holds in the
# languages that name the virus with it.
ABBREVIATION_LANGUAGES = {"RSV": ["en", "it", "nl", "pt"]}
for abbreviation, english in sorted(VIRUS_ABBREVIATIONS.items()):
    entry: dict[str, object] = {
        "label": "ORGANISM",
        "pattern": [{"TEXT": abbreviation}],
        "id": english,
    }
    if abbreviation in ABBREVIATION_LANGUAGES:
        entry["languages"] = ABBREVIATION_LANGUAGES[abbreviation]
    organism.append(json.dumps(entry))
organism.append(
    line(
        "ORGANISM",
        [{"TEXT": "SARS"}, {"ORTH": "-"}, {"TEXT": {"IN": ["CoV-2", "CoV2", "CoV"]}}],
        ["SARS-CoV-2 spread fast.", "infection with SARS-CoV-2"],
        ["SARS spread in 2003."],
    )
)
for english, names in VIRUS_NAMES.items():
    for name in [english, *names]:
        organism.append(
            json.dumps({"label": "ORGANISM", "pattern": name, "id": english}, ensure_ascii=False)
        )

# ---------------- INTERVENTION (vaccination) ----------------
vacc = [
    '// Vaccines and vaccination, in en/de/fr/es/it/pt/nl, alone or in a compound ("Coronaimpfung", "flu vaccine"',
    '// is the vocabulary\'s influenza + this). The canonical is "vaccination".',
]
vacc.append(
    line(
        "INTERVENTION",
        [
            {
                "LOWER": {
                    "REGEX": r"^(?:[a-z0-9-]+-)?(?:vaccines?|vaccinations?|vaccinated|immuni[sz]ations?|vaccins?|vaccinatie|vaccinaties|vacunas?|vacunación|vaccin[oi]|vaccinazion[ei]|vacinas?|vacinação)$"
                }
            }
        ],
        [
            "the vaccine was safe",
            "after COVID-19 vaccination",
            "la vacuna contra la gripe",
            "des vaccins",
        ],
        ["The vacuum pump.", "a vacancy"],
        ident="vaccination",
    )
)
vacc.append(
    line(
        "INTERVENTION",
        [
            {
                "LOWER": {
                    "REGEX": r"^(?!(?:speldenprik|muggenprik|wespenprik|naaldenprik|insectenprik)$)[a-zäëïöü-]{3,}(?:vaccinatie|vaccinaties|vaccin|vaccins|inenting|inentingen|prik|prikken)$"
                }
            }
        ],
        [
            "de griepvaccinatie",
            "een coronavaccin",
            "de griepprik",
            "kinderen krijgen een boosterprik",
        ],
        ["een speldenprik", "de prik", "een muggenprik"],
        ident="vaccination",
    )
)
vacc.append(
    line(
        "INTERVENTION",
        [
            {
                "LOWER": {
                    "REGEX": r"^(?!.*(?:schimpf|glimpf))[a-zäöüß-]*(?:impfung|impfungen|impfstoff|impfstoffe|impfstoffs|impfstoffen)$"
                }
            }
        ],
        ["nach der Coronaimpfung", "der Impfstoff", "Grippeimpfungen"],
        ["Der Schimpanse", "Beschimpfungen im Netz", "Verunglimpfungen"],
        ident="vaccination",
    )
)


# ---------------- ORGANIZATION ----------------
# An organisation's name holds disease and treatment words ("National Cancer Institute",
# "Lakeshore Diabetes and Kidney Clinic", "School of Physiotherapy", "Children's Liver Disease
# Foundation"): matched whole, the longer span wins over the disease inside it, and
# ORGANIZATION is no claim-bearing label (rules/claims.yaml), so a location row, an affiliation
# or a funder line is no claim for the name it holds. Title-case words only, with "?" operators
# (the matcher's fast path, ingest/rules/sequences.py).
ORG_HEADS = [
    "Institute",
    "Institutes",
    "Center",
    "Centre",
    "Centers",
    "Centres",
    "Clinic",
    "Clinics",
    "Hospital",
    "Hospitals",
    "Foundation",
    "Association",
    "Society",
    "Network",
    "Alliance",
    "Council",
    "Trust",
    "Charity",
    "Fund",
    "Agency",
    "Consortium",
    "Coalition",
    "Federation",
    "University",
    "College",
    "School",
    "Academy",
    "Laboratory",
    "Laboratories",
    "Department",
    "Division",
    "Unit",
    "Program",
    "Programme",
    "Initiative",
    "Group",
    "Registry",
    "Service",
    "Services",
    "Ministry",
    "Board",
    "Commission",
    "Office",
    "Organization",
    "Organisation",
]
ORG_HEADS_FIRST = [
    "Institute",
    "Center",
    "Centre",
    "Clinic",
    "Hospital",
    "Foundation",
    "Association",
    "Society",
    "Network",
    "Alliance",
    "Council",
    "Trust",
    "University",
    "College",
    "School",
    "Academy",
    "Laboratory",
    "Department",
    "Division",
    "Unit",
    "Faculty",
    "Ministry",
    "Office",
    "Agency",
]
# Romance, German and Dutch heads that come first ("Centro de Investigación del Cáncer",
# "Deutsche Gesellschaft für Neurologie", "Stichting Hartfonds").
ORG_HEADS_OTHER = [
    "Instituto",
    "Institut",
    "Istituto",
    "Instituut",
    "Centro",
    "Centrum",
    "Zentrum",
    "Hôpital",
    "Ospedale",
    "Ziekenhuis",
    "Krankenhaus",
    "Klinik",
    "Klinikum",
    "Kliniek",
    "Clínica",
    "Clinique",
    "Clinica",
    "Fundación",
    "Fondation",
    "Fondazione",
    "Fundação",
    "Stiftung",
    "Stichting",
    "Asociación",
    "Associazione",
    "Associação",
    "Sociedad",
    "Société",
    "Società",
    "Sociedade",
    "Gesellschaft",
    "Vereniging",
    "Verein",
    "Liga",
    "Lega",
    "Ligue",
    "Universidad",
    "Université",
    "Università",
    "Universidade",
    "Universität",
    "Universitätsklinikum",
    "Universiteit",
    "Servicio",
    "Servizio",
    "Serviço",
    "Unidad",
    "Unité",
    "Unità",
    "Departamento",
    "Dipartimento",
    "Département",
    "Abteilung",
    "Afdeling",
]
ORG_STOP = [
    "the",
    "a",
    "an",
    "in",
    "at",
    "from",
    "by",
    "with",
    "for",
    "of",
    "and",
    "to",
    "on",
    "or",
    "as",
    "our",
    "their",
    "his",
    "her",
    "its",
    "this",
    "that",
    "these",
    "each",
    "every",
    "all",
]
WORD = r"^[a-zà-ÿ][a-zà-ÿ-]*$"
TITLE = {"IS_TITLE": True, "LOWER": {"REGEX": WORD}}
TITLE_OPT = {"IS_TITLE": True, "LOWER": {"REGEX": WORD}, "OP": "?"}
FIRST = {"IS_TITLE": True, "LOWER": {"NOT_IN": ORG_STOP, "REGEX": WORD}}
JOIN = {"LOWER": {"IN": ["and", "&", "of", "for"]}, "OP": "?"}
POSS = {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"}
JOIN_OTHER = [
    "de",
    "del",
    "la",
    "le",
    "les",
    "des",
    "du",
    "di",
    "della",
    "dei",
    "delle",
    "do",
    "da",
    "dos",
    "das",
    "für",
    "van",
    "voor",
    "der",
    "den",
    "et",
    "e",
    "y",
    "und",
    "en",
    "contra",
    "contre",
]
organization = [
    "// Organisations by their shape (written by bench/build_shapes.py): title-case words and a head",
    '// noun ("National Cancer Institute", "Lakeshore Diabetes and Kidney Clinic"), or a head, "of"/"for"',
    '// and title-case words ("School of Physiotherapy", "Centre for Stem Cell Research"), and the',
    '// same head-first in de/fr/es/it/nl/pt ("Centro de Investigación del Cáncer"). Not a',
    "// claim-bearing label: a name does not make its sentence a claim.",
    line(
        "ORGANIZATION",
        [
            FIRST,
            TITLE_OPT,
            JOIN,
            TITLE_OPT,
            TITLE_OPT,
            POSS,
            TITLE_OPT,
            {"IS_TITLE": True, "LOWER": {"IN": [h.lower() for h in ORG_HEADS]}},
        ],
        [
            "The study was funded by the National Cancer Institute.",
            "Lakeshore Diabetes and Kidney Clinic, Toronto",
            "Children’s Liver Disease Foundation is a charity.",
            "the Pancreatic Cancer Action Network",
            "Gulf Coast Kidney Research Institute",
        ],
        [
            "patients at the cancer center were treated",
            "In Parkinson's disease, the clinic saw 40% fewer falls.",
            "Kidney disease affects 10% of adults.",
        ],
    ),
    line(
        "ORGANIZATION",
        [
            {"TEXT": {"REGEX": r"^\d{0,2}(?:" + "|".join(ORG_HEADS_FIRST) + r")$"}},
            {"LOWER": {"IN": ["of", "for"]}},
            {"LOWER": "the", "OP": "?"},
            TITLE,
            TITLE_OPT,
            JOIN,
            TITLE_OPT,
            TITLE_OPT,
        ],
        [
            "2School of Physiotherapy, Galway",
            "Centre for Stem Cell Research",
            "Department of Neurology",
            "the Institute of Cancer Research",
        ],
        ["a school of thought on cancer", "the department of oncology treated 40% of patients"],
    ),
    line(
        "ORGANIZATION",
        [
            {"IS_TITLE": True, "LOWER": {"IN": [h.lower() for h in ORG_HEADS_OTHER]}},
            {"LOWER": {"IN": JOIN_OTHER}, "OP": "?"},
            {"LOWER": {"IN": JOIN_OTHER}, "OP": "?"},
            TITLE,
            TITLE_OPT,
            {"LOWER": {"IN": JOIN_OTHER}, "OP": "?"},
            TITLE_OPT,
            TITLE_OPT,
        ],
        [
            "Centro de Investigación del Cáncer",
            "Deutsche Gesellschaft für Neurologie",
            "Stichting Alzheimer Nederland",
            "Istituto Nazionale dei Tumori",
            "Liga Portuguesa Contra o Cancro",
        ],
        ["la clínica de cáncer", "centro de salud"],
    ),
]

for name, lines in (
    ("drug_shapes.jsonl", drug),
    ("disease_shapes.jsonl", disease),
    ("organism.jsonl", organism),
    ("vaccination.jsonl", vacc),
    ("organization.jsonl", organization),
):
    header = "// Written by bench/build_shapes.py: edit the shapes there and run it again."
    Path(f"{R}/entities/{name}").write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
