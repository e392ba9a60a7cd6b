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


def line(label, pattern, match, no_match, ident=None):
    d = {"label": label, "pattern": pattern}
    if ident:
        d["id"] = ident
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
        [{"LOWER": {"REGEX": r"^[a-z-]{3,}(?:itis|itides)$"}}],
        ["He had pyelonephritis.", "Signs of tendinitis"],
        ["It is what it is.", "Itis."],
    ),
    line(
        "DISEASE",
        [
            {
                "LOWER": {
                    "REGEX": r"^(?!(?:diagnosis|prognosis|hypnosis|osmosis|symbiosis|metamorphosis|apoptosis|mitosis|meiosis|phagocytosis|exocytosis|endocytosis|pinocytosis|transcytosis|anastomosis|efferocytosis|autophagosis)$)[a-z-]{3,}(?:osis|iasis)$"
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
        [{"LOWER": {"REGEX": r"^[a-z-]{2,}(?:plegia|plasia|trophy|trophies)s?$"}}],
        ["hemiplegia after stroke", "cervical dysplasia", "muscular dystrophy"],
        ["the trophy was won", "a plasma sample"],
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
                    "REGEX": r"^[a-zäöüß-]{3,}(?:krankheit|krankheiten|erkrankung|erkrankungen|syndrom|syndroms|infektion|infektionen|entzündung|entzündungen|allergie|allergien|störung|störungen|krebs|insuffizienz)$"
                }
            }
        ],
        [
            "das Post-Vac-Syndrom",
            "eine Lungenentzündung",
            "Erdnussallergie bei Kindern",
            "an Brustkrebs erkrankt",
        ],
        ["Die Krankheit ist selten.", "eine Störung", "eine Allergie"],
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
            "several diseases were studied",
            "the clinical syndrome is vague",
            "a serious infection",
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
        ["The national public disease register", "various other diseases"],
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
            "The disease spread.",
            "Preventing disease matters.",
            "Treating infections early",
            "All diseases",
        ],
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
        ["la maladie de la personne", "le syndrome est rare"],
    ),
]

# ---------------- ORGANISM ----------------
GENUS = r"[a-z]{3,}(?:coccus|cocci|bacter|bacterium|bacteria|bacillus|bacilli|monas|myces|mycetes|bacteriaceae|aceae|viridae|virus|viruses|viren|bakterien|bakterium|kokken)"
ORGWORD = (
    r"^(?:bacteria|bacterium|germs?|organisms?|microorganisms?|microbes?|pathogens?|strains?|bugs?|superbugs?|tuberculosis|"
    r"gonorrh?oea|gonorrhea|fungi|fungus|" + GENUS + r")$"
)
EPITHET = r"^(?!(?:[a-z]+ous|bonus|versus|virus|focus|status|census|campus|consensus|stimulus|surplus|plus|minus|thus|bus|area|data|media|criteria|formula|agenda|idea|era|extra|via|umbrella|is|this|his)\b)[a-z]{3,}(?:us|a|um|is|ii|ae|i|ensis|oides|ans|ens)$"
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
        ["the virus spread", "bacteria in the gut", "antivirus software"],
    ),
    line(
        "ORGANISM",
        [{"TEXT": {"REGEX": r"^[A-Z]\.$"}}, {"TEXT": {"REGEX": EPITHET}}],
        ["E. coli", "strains of S. aureus", "K. pneumoniae"],
        ["J. Smith and R. Jones", "Smith J. and colleagues"],
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
        ["water-resistant coating", "resistant bacteria"],
    ),
]

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
                    "REGEX": r"^[a-zäöüß-]*(?:impfung|impfungen|impfstoff|impfstoffe|impfstoffs|impfstoffen)$"
                }
            }
        ],
        ["nach der Coronaimpfung", "der Impfstoff", "Grippeimpfungen"],
        ["Der Schimpanse"],
        ident="vaccination",
    )
)

for name, lines in (
    ("drug_shapes.jsonl", drug),
    ("disease_shapes.jsonl", disease),
    ("organism.jsonl", organism),
    ("vaccination.jsonl", vacc),
):
    header = "// Written by bench/build_shapes.py: edit the shapes there and run it again."
    Path(f"{R}/entities/{name}").write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
