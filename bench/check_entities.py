"""Check the entity vocabularies in rules/entities/*.jsonl.

Loads every file into a blank English EntityRuler (phrase_matcher_attr LOWER, validate True),
then reports:

* pattern and canonical-id counts per label, and the total;
* format problems (bad JSON, missing keys, empty pattern or id, label not matching the file,
  unsorted lines);
* duplicate (label, pattern) pairs, also when two string patterns differ only in case
  (the matcher is case-insensitive, so they are the same pattern);
* the same phrase given to two different (label, id) pairs (the EntityRuler would pick one
  arbitrarily);
* short colliding acronyms written as (case-insensitive) string patterns instead of ORTH;
* self-test: every literal pattern must be found, with its label and id, when placed in a
  neutral sentence (catches patterns that spaCy's tokenizer cannot match);
* example sentences: the expected (text, label, id) entities must be found and the listed
  false friends must not.

Exit status 1 on any failure. Run: .venv/bin/python bench/check_entities.py [-v]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import spacy

ROOT = Path(__file__).resolve().parent.parent
ENTITY_DIR = ROOT / "rules" / "entities"

FILE_LABELS = {
    "disease.jsonl": "DISEASE",
    "cell_type.jsonl": "CELL_TYPE",
    "cell_source.jsonl": "CELL_SOURCE",
    "protein.jsonl": "PROTEIN",
    "route.jsonl": "ROUTE",
    "drug.jsonl": "DRUG",
    "trial_phase.jsonl": "TRIAL_PHASE",
    "outcome_measure.jsonl": "OUTCOME_MEASURE",
    "product.jsonl": "PRODUCT",
    "intervention.jsonl": "INTERVENTION",
}

# Acronyms that collide with ordinary words, units or other abbreviations: they must only
# appear as case-sensitive ORTH token patterns, never as (case-insensitive) string patterns.
COLLIDING_ACRONYMS = {
    "MS",
    "PD",
    "AD",
    "RA",
    "OA",
    "SLE",
    "ALS",
    "IV",
    "IT",
    "MI",
    "HF",
    "SCI",
    "TBI",
    "AS",
    "CD",
    "UC",
    "DM",
    "MSA",
    "SMA",
    "PAD",
    "CAD",
    "CLI",
    "AMD",
    "VAS",
    "MRS",
    "NRS",
    "IM",
    "BM",
    "ESC",
    "ESCS",
    "IDO",
    "TH",
    "MP",
    "HA",
    "OS",
    "ACI",
    "DBS",
    "EVS",
    "SVF",
    "PRP",
    "MND",
    "HIE",
    "ICH",
    "ICV",
    "CRP",
    "BNP",
    "GCS",
    "FIM",
    "MACE",
    "SOFA",
    "CARS",
    "ESR",
    "NPI",
    "MCI",
    "DCs",
    "COMP",
    "JAK",
    "ALP",
    "OPG",
    "OPN",
    "OCN",
    "MBP",
    "MOG",
    "EPO",
    "HTT",
}


def sort_key(entry: dict[str, Any]) -> tuple[str, str, str, str]:
    pattern = entry["pattern"]
    text = pattern if isinstance(pattern, str) else json.dumps(pattern, ensure_ascii=False)
    return (entry["id"].casefold(), entry["id"], text.casefold(), text)


# (sentence, expected [(text, label, id)], texts that must NOT be entities)
EXAMPLES: list[tuple[str, list[tuple[str, str, str]], list[str]]] = [
    # --- seed pages -----------------------------------------------------------------------
    (
        "Common conditions in this group include rheumatoid arthritis (RA), systemic lupus "
        "erythematosus (SLE), systemic sclerosis (SSc), osteoarthritis (OA), and osteoporosis.",
        [
            ("rheumatoid arthritis", "DISEASE", "rheumatoid arthritis"),
            ("RA", "DISEASE", "rheumatoid arthritis"),
            ("systemic lupus erythematosus", "DISEASE", "systemic lupus erythematosus"),
            ("SLE", "DISEASE", "systemic lupus erythematosus"),
            ("SSc", "DISEASE", "systemic sclerosis"),
            ("OA", "DISEASE", "osteoarthritis"),
            ("osteoporosis", "DISEASE", "osteoporosis"),
        ],
        [],
    ),
    (
        "Mesenchymal stem cells, or MSCs, are a type of adult stem cell that can be found in "
        "bone marrow, fat tissue, umbilical cord blood, and even skin.",
        [
            ("Mesenchymal stem cells", "CELL_TYPE", "mesenchymal stem cell"),
            ("MSCs", "CELL_TYPE", "mesenchymal stem cell"),
            ("adult stem cell", "CELL_TYPE", "stem cell"),
            ("bone marrow", "CELL_SOURCE", "bone marrow"),
            ("fat tissue", "CELL_SOURCE", "adipose tissue"),
            ("umbilical cord blood", "CELL_SOURCE", "umbilical cord blood"),
        ],
        [],
    ),
    (
        "The analysis found that approximately 40% of patients experienced improvements after "
        "MSC therapy.",
        [("MSC therapy", "INTERVENTION", "mesenchymal stem cell therapy")],
        [],
    ),
    (
        "The main measure used was the Expanded Disability Status Scale (EDSS), a standard tool "
        "used in MS research.",
        [
            ("Expanded Disability Status Scale", "OUTCOME_MEASURE", "EDSS"),
            ("EDSS", "OUTCOME_MEASURE", "EDSS"),
            ("MS", "DISEASE", "multiple sclerosis"),
        ],
        [],
    ),
    (
        "MSCs can be delivered intravenously or directly into the cerebrospinal fluid through "
        "intrathecal injection.",
        [
            ("intravenously", "ROUTE", "intravenous"),
            ("intrathecal", "ROUTE", "intrathecal"),
        ],
        [],
    ),
    (
        "Existing MS treatments, such as disease-modifying drugs like Ocrelizumab, Fingolimod, "
        "and Teriflunomide, are effective for some patients.",
        [
            ("disease-modifying drugs", "DRUG", "disease-modifying therapy"),
            ("Ocrelizumab", "DRUG", "ocrelizumab"),
            ("Fingolimod", "DRUG", "fingolimod"),
            ("Teriflunomide", "DRUG", "teriflunomide"),
        ],
        [],
    ),
    (
        "Researchers have explored injections of corticosteroids, platelet-rich plasma, sodium "
        "hyaluronate, and human umbilical cord mesenchymal stem cells (HUC-MSCs).",
        [
            ("corticosteroids", "DRUG", "corticosteroid"),
            ("platelet-rich plasma", "DRUG", "platelet-rich plasma"),
            ("sodium hyaluronate", "DRUG", "hyaluronic acid"),
            (
                "human umbilical cord mesenchymal stem cells",
                "CELL_TYPE",
                "umbilical cord mesenchymal stem cell",
            ),
            ("HUC-MSCs", "CELL_TYPE", "umbilical cord mesenchymal stem cell"),
        ],
        [],
    ),
    (
        "They lower levels of IL-1β, TNF-α, and IL-6 and block MMP-13 and ADAMTS-5, while "
        "boosting collagen type II, aggrecan, and SOX9; they also release IL-10 and TGF-β1.",
        [
            ("IL-1β", "PROTEIN", "IL-1β"),
            ("TNF-α", "PROTEIN", "TNF-α"),
            ("IL-6", "PROTEIN", "IL-6"),
            ("MMP-13", "PROTEIN", "MMP-13"),
            ("ADAMTS-5", "PROTEIN", "ADAMTS-5"),
            ("collagen type II", "PROTEIN", "collagen type II"),
            ("aggrecan", "PROTEIN", "aggrecan"),
            ("SOX9", "PROTEIN", "SOX9"),
            ("IL-10", "PROTEIN", "IL-10"),
            ("TGF-β1", "PROTEIN", "TGF-β1"),
        ],
        [],
    ),
    (
        "Knee osteoarthritis (OA) affects millions; HUC-MSCs can develop into chondrocytes and "
        "are rich in type II collagen.",
        [
            ("Knee osteoarthritis", "DISEASE", "knee osteoarthritis"),
            ("OA", "DISEASE", "osteoarthritis"),
            ("chondrocytes", "CELL_TYPE", "chondrocyte"),
            ("type II collagen", "PROTEIN", "collagen type II"),
        ],
        [],
    ),
    (
        "Spinal cord injury (SCI) is one of the most serious outcomes of spinal trauma; MSCs can "
        "be derived from bone marrow, fat tissue, umbilical cords, and amniotic fluid.",
        [
            ("Spinal cord injury", "DISEASE", "spinal cord injury"),
            ("SCI", "DISEASE", "spinal cord injury"),
            ("umbilical cords", "CELL_SOURCE", "umbilical cord"),
            ("amniotic fluid", "CELL_SOURCE", "amniotic fluid"),
        ],
        [],
    ),
    (
        "Target Indications: Parkinson's Disease, Alzheimer's Disease, ALS, Multiple System "
        "Atrophy. Clinical Stage: Phase 1/2 clinical trials.",
        [
            ("Parkinson's Disease", "DISEASE", "Parkinson's disease"),
            ("Alzheimer's Disease", "DISEASE", "Alzheimer's disease"),
            ("ALS", "DISEASE", "amyotrophic lateral sclerosis"),
            ("Multiple System Atrophy", "DISEASE", "multiple system atrophy"),
            ("Phase 1/2", "TRIAL_PHASE", "phase 1/2"),
        ],
        [],
    ),
    (
        "Route of Administration: Intravenous, intrathecal, stereotactic injection; "
        "Intra-arterial: High CNS exposure.",
        [
            ("Intravenous", "ROUTE", "intravenous"),
            ("intrathecal", "ROUTE", "intrathecal"),
            ("stereotactic", "ROUTE", "stereotactic"),
            ("Intra-arterial", "ROUTE", "intra-arterial"),
        ],
        [],
    ),
    (
        "Cytokine modulation: reduce pro-inflammatory cytokines (IL-1β, TNF-α, IFN-γ); "
        "BDNF secretion: brain-derived neurotrophic factor promotes neuronal survival.",
        [
            ("IFN-γ", "PROTEIN", "IFN-γ"),
            ("BDNF", "PROTEIN", "BDNF"),
            ("brain-derived neurotrophic factor", "PROTEIN", "BDNF"),
        ],
        [],
    ),
    (
        "GDNF secretion: Glial cell line-derived neurotrophic factor supports dopaminergic "
        "neurons; VEGF secretion: Vascular endothelial growth factor promotes neurovascular "
        "health.",
        [
            ("GDNF", "PROTEIN", "GDNF"),
            ("Glial cell line-derived neurotrophic factor", "PROTEIN", "GDNF"),
            ("dopaminergic neurons", "CELL_TYPE", "dopaminergic neuron"),
            ("Vascular endothelial growth factor", "PROTEIN", "VEGF"),
        ],
        [],
    ),
    (
        "NurOwn®: Autologous MSC therapy (BrainStorm Cell Therapeutics); Phase 3 completed: "
        "Mixed results.",
        [
            ("NurOwn", "PRODUCT", "NurOwn"),
            ("MSC therapy", "INTERVENTION", "mesenchymal stem cell therapy"),
            ("Phase 3", "TRIAL_PHASE", "phase 3"),
        ],
        [],
    ),
    (
        "Parkinson’s disease (PD) is characterized by dopaminergic neuron death, α-synuclein "
        "pathology, neuroinflammation and mitochondrial dysfunction.",
        [
            ("Parkinson’s disease", "DISEASE", "Parkinson's disease"),
            ("PD", "DISEASE", "Parkinson's disease"),
            ("dopaminergic neuron", "CELL_TYPE", "dopaminergic neuron"),
            ("α-synuclein", "PROTEIN", "α-synuclein"),
        ],
        [],
    ),
    (
        "Current treatments (levodopa, deep brain stimulation (DBS), etc.) are mainly "
        "symptomatic; MSCs deliver extracellular vesicles/exosomes.",
        [
            ("levodopa", "DRUG", "levodopa"),
            ("deep brain stimulation", "INTERVENTION", "deep brain stimulation"),
            ("DBS", "INTERVENTION", "deep brain stimulation"),
            ("extracellular vesicles", "INTERVENTION", "extracellular vesicle"),
            ("exosomes", "INTERVENTION", "exosome"),
        ],
        [],
    ),
    (
        "Early-phase clinical research (phase 1 dose escalation of intravenous (IV) allogeneic "
        "bone marrow (BM)-derived MSCs; recent phase 2 randomized IV allogeneic BM-MSC trials).",
        [
            ("phase 1", "TRIAL_PHASE", "phase 1"),
            ("intravenous", "ROUTE", "intravenous"),
            ("IV", "ROUTE", "intravenous"),
            ("bone marrow", "CELL_SOURCE", "bone marrow"),
            ("phase 2", "TRIAL_PHASE", "phase 2"),
            ("BM-MSC", "CELL_TYPE", "bone marrow-derived mesenchymal stem cell"),
        ],
        [],
    ),
    (
        "Mesenchymal stem/stromal cells (MSCs) are emerging candidates; MSC-derived exosomes "
        "carry therapeutic cargo.",
        [
            ("Mesenchymal stem/stromal cells", "CELL_TYPE", "mesenchymal stem cell"),
            ("MSC-derived exosomes", "INTERVENTION", "mesenchymal stem cell-derived exosome"),
        ],
        [],
    ),
    (
        "MSCs were isolated from bone marrow (BM) and adipose tissue (AT) of the same donors.",
        [
            ("bone marrow", "CELL_SOURCE", "bone marrow"),
            ("BM", "CELL_SOURCE", "bone marrow"),
            ("adipose tissue", "CELL_SOURCE", "adipose tissue"),
        ],
        ["AT"],
    ),
    # --- neurology ------------------------------------------------------------------------
    (
        "In ALS, NurOwn (MSC-NTF cells) was given intrathecally and ALSFRS-R slopes were compared.",
        [
            ("ALS", "DISEASE", "amyotrophic lateral sclerosis"),
            ("NurOwn", "PRODUCT", "NurOwn"),
            ("MSC-NTF cells", "PRODUCT", "NurOwn"),
            ("intrathecally", "ROUTE", "intrathecal"),
            ("ALSFRS-R", "OUTCOME_MEASURE", "ALSFRS-R"),
        ],
        [],
    ),
    (
        "Motor function improved on the MDS-UPDRS Part III and the Unified Parkinson's Disease "
        "Rating Scale, but MMSE and ADAS-Cog scores did not change in AD patients.",
        [
            ("MDS-UPDRS Part III", "OUTCOME_MEASURE", "MDS-UPDRS-III"),
            ("Unified Parkinson's Disease Rating Scale", "OUTCOME_MEASURE", "UPDRS"),
            ("MMSE", "OUTCOME_MEASURE", "MMSE"),
            ("ADAS-Cog", "OUTCOME_MEASURE", "ADAS-Cog"),
            ("AD", "DISEASE", "Alzheimer's disease"),
        ],
        [],
    ),
    (
        "Patients with acute ischemic stroke received intra-arterial bone marrow mononuclear "
        "cells; NIHSS and the modified Rankin Scale (mRS) were recorded at 90 days.",
        [
            ("acute ischemic stroke", "DISEASE", "ischemic stroke"),
            ("intra-arterial", "ROUTE", "intra-arterial"),
            ("bone marrow mononuclear cells", "CELL_TYPE", "bone marrow mononuclear cell"),
            ("NIHSS", "OUTCOME_MEASURE", "NIHSS"),
            ("modified Rankin Scale", "OUTCOME_MEASURE", "mRS"),
            ("mRS", "OUTCOME_MEASURE", "mRS"),
        ],
        [],
    ),
    (
        "SB623 cells were implanted stereotactically in chronic traumatic brain injury (TBI).",
        [
            ("SB623", "PRODUCT", "Akuugo"),
            ("stereotactically", "ROUTE", "stereotactic"),
            ("traumatic brain injury", "DISEASE", "traumatic brain injury"),
            ("TBI", "DISEASE", "traumatic brain injury"),
        ],
        [],
    ),
    (
        "Relapsing-remitting multiple sclerosis and secondary progressive MS (SPMS) patients "
        "received natalizumab or autologous haematopoietic stem cell transplantation (aHSCT); "
        "in relapsing-remitting MS and in MS generally, relapses fell.",
        [
            (
                "Relapsing-remitting multiple sclerosis",
                "DISEASE",
                "relapsing-remitting multiple sclerosis",
            ),
            ("secondary progressive MS", "DISEASE", "secondary progressive multiple sclerosis"),
            ("relapsing-remitting MS", "DISEASE", "relapsing-remitting multiple sclerosis"),
            ("MS", "DISEASE", "multiple sclerosis"),
            ("SPMS", "DISEASE", "secondary progressive multiple sclerosis"),
            ("natalizumab", "DRUG", "natalizumab"),
            (
                "autologous haematopoietic stem cell transplantation",
                "INTERVENTION",
                "hematopoietic stem cell transplantation",
            ),
            ("aHSCT", "INTERVENTION", "hematopoietic stem cell transplantation"),
        ],
        [],
    ),
    (
        "MSCs shifted microglia and macrophages toward an M2 phenotype, expanded Tregs and "
        "suppressed Th17 cells, NK cells and T cells, and raised FOXP3 and IDO expression.",
        [
            ("microglia", "CELL_TYPE", "microglia"),
            ("macrophages", "CELL_TYPE", "macrophage"),
            ("Tregs", "CELL_TYPE", "regulatory T cell"),
            ("Th17 cells", "CELL_TYPE", "Th17 cell"),
            ("NK cells", "CELL_TYPE", "natural killer cell"),
            ("T cells", "CELL_TYPE", "T cell"),
            ("FOXP3", "PROTEIN", "FOXP3"),
            ("IDO", "PROTEIN", "IDO"),
        ],
        [],
    ),
    (
        "Neurons, astrocytes and oligodendrocytes derived from iPSCs and ESCs were compared with "
        "neural stem cells.",
        [
            ("Neurons", "CELL_TYPE", "neuron"),
            ("astrocytes", "CELL_TYPE", "astrocyte"),
            ("oligodendrocytes", "CELL_TYPE", "oligodendrocyte"),
            ("iPSCs", "CELL_TYPE", "induced pluripotent stem cell"),
            ("ESCs", "CELL_TYPE", "embryonic stem cell"),
            ("neural stem cells", "CELL_TYPE", "neural stem cell"),
        ],
        [],
    ),
    (
        "Alpha-synuclein, amyloid beta and tau were measured together with TNF alpha, "
        "tumour necrosis factor-alpha and NF-κB activity.",
        [
            ("Alpha-synuclein", "PROTEIN", "α-synuclein"),
            ("amyloid beta", "PROTEIN", "Aβ"),
            ("tau", "PROTEIN", "tau"),
            ("TNF alpha", "PROTEIN", "TNF-α"),
            ("tumour necrosis factor-alpha", "PROTEIN", "TNF-α"),
            ("NF-κB", "PROTEIN", "NF-κB"),
        ],
        [],
    ),
    # --- orthopaedics ---------------------------------------------------------------------
    (
        "Intra-articular AD-MSCs improved WOMAC, KOOS and VAS pain scores versus hyaluronic acid "
        "in knee OA, and MOCART scores of the cartilage defects.",
        [
            ("Intra-articular", "ROUTE", "intra-articular"),
            ("AD-MSCs", "CELL_TYPE", "adipose-derived mesenchymal stem cell"),
            ("WOMAC", "OUTCOME_MEASURE", "WOMAC"),
            ("KOOS", "OUTCOME_MEASURE", "KOOS"),
            ("VAS pain", "OUTCOME_MEASURE", "VAS"),
            ("hyaluronic acid", "DRUG", "hyaluronic acid"),
            ("knee OA", "DISEASE", "knee osteoarthritis"),
            ("MOCART", "OUTCOME_MEASURE", "MOCART"),
            ("cartilage defects", "DISEASE", "cartilage defect"),
        ],
        [],
    ),
    (
        "Cartistem, made from umbilical cord blood-derived MSCs, is compared with microfracture "
        "and autologous chondrocyte implantation (MACI).",
        [
            ("Cartistem", "PRODUCT", "Cartistem"),
            (
                "umbilical cord blood-derived MSCs",
                "CELL_TYPE",
                "umbilical cord blood mesenchymal stem cell",
            ),
            ("microfracture", "INTERVENTION", "microfracture"),
            (
                "autologous chondrocyte implantation",
                "INTERVENTION",
                "autologous chondrocyte implantation",
            ),
            ("MACI", "PRODUCT", "MACI"),
        ],
        [],
    ),
    (
        "Bone marrow-derived and bone-marrow derived MSCs, ADSCs and Wharton’s jelly MSCs "
        "expressed CD73, CD90 and CD105 but lacked CD34, CD45 and HLA-DR.",
        [
            ("Bone marrow", "CELL_SOURCE", "bone marrow"),
            ("bone-marrow derived MSCs", "CELL_TYPE", "bone marrow-derived mesenchymal stem cell"),
            ("ADSCs", "CELL_TYPE", "adipose-derived mesenchymal stem cell"),
            ("Wharton’s jelly MSCs", "CELL_TYPE", "Wharton's jelly mesenchymal stem cell"),
            ("CD73", "PROTEIN", "CD73"),
            ("CD90", "PROTEIN", "CD90"),
            ("CD105", "PROTEIN", "CD105"),
            ("CD34", "PROTEIN", "CD34"),
            ("CD45", "PROTEIN", "CD45"),
            ("HLA-DR", "PROTEIN", "HLA-DR"),
        ],
        [],
    ),
    (
        "Osteoblasts differentiated under RUNX2 and BMP-2 while osteoclasts responded to RANKL; "
        "osteonecrosis of the femoral head was treated with core decompression.",
        [
            ("Osteoblasts", "CELL_TYPE", "osteoblast"),
            ("RUNX2", "PROTEIN", "RUNX2"),
            ("BMP-2", "PROTEIN", "BMP-2"),
            ("osteoclasts", "CELL_TYPE", "osteoclast"),
            ("RANKL", "PROTEIN", "RANKL"),
            ("osteonecrosis of the femoral head", "DISEASE", "osteonecrosis of the femoral head"),
            ("core decompression", "INTERVENTION", "core decompression"),
        ],
        [],
    ),
    (
        "Dental pulp stem cells (DPSCs), synovial MSCs and menstrual blood-derived stem cells "
        "were isolated from dental pulp, synovium and menstrual blood.",
        [
            ("Dental pulp stem cells", "CELL_TYPE", "dental pulp stem cell"),
            ("DPSCs", "CELL_TYPE", "dental pulp stem cell"),
            ("synovial MSCs", "CELL_TYPE", "synovial mesenchymal stem cell"),
            (
                "menstrual blood-derived stem cells",
                "CELL_TYPE",
                "menstrual blood-derived stem cell",
            ),
            ("dental pulp", "CELL_SOURCE", "dental pulp"),
            ("synovium", "CELL_SOURCE", "synovium"),
            ("menstrual blood", "CELL_SOURCE", "menstrual blood"),
        ],
        [],
    ),
    # --- cardiology -----------------------------------------------------------------------
    (
        "In heart failure (HF) after myocardial infarction (MI), transendocardial and "
        "intracoronary delivery improved LVEF and the 6-minute walk test but not NYHA class.",
        [
            ("heart failure", "DISEASE", "heart failure"),
            ("HF", "DISEASE", "heart failure"),
            ("myocardial infarction", "DISEASE", "myocardial infarction"),
            ("MI", "DISEASE", "myocardial infarction"),
            ("transendocardial", "ROUTE", "transendocardial"),
            ("intracoronary", "ROUTE", "intracoronary"),
            ("LVEF", "OUTCOME_MEASURE", "LVEF"),
            ("6-minute walk test", "OUTCOME_MEASURE", "6MWT"),
            ("NYHA class", "OUTCOME_MEASURE", "NYHA class"),
        ],
        [],
    ),
    (
        "Hearticellgram-AMI and rexlemestrocel-L were given intramyocardially to patients with "
        "ischaemic cardiomyopathy; cardiomyocytes and NT-proBNP were assessed.",
        [
            ("Hearticellgram-AMI", "PRODUCT", "Hearticellgram-AMI"),
            ("rexlemestrocel-L", "PRODUCT", "Revascor"),
            ("intramyocardially", "ROUTE", "intramyocardial"),
            ("ischaemic cardiomyopathy", "DISEASE", "ischemic cardiomyopathy"),
            ("cardiomyocytes", "CELL_TYPE", "cardiomyocyte"),
            ("NT-proBNP", "PROTEIN", "NT-proBNP"),
        ],
        [],
    ),
    (
        "Critical limb ischaemia and diabetic foot ulcers were treated with intramuscular "
        "injections of Stempeucel; the ankle-brachial index and TcPO2 improved.",
        [
            ("Critical limb ischaemia", "DISEASE", "critical limb ischemia"),
            ("diabetic foot ulcers", "DISEASE", "diabetic foot ulcer"),
            ("intramuscular", "ROUTE", "intramuscular"),
            ("Stempeucel", "PRODUCT", "Stempeucel"),
            ("ankle-brachial index", "OUTCOME_MEASURE", "ABI"),
            ("TcPO2", "OUTCOME_MEASURE", "TcPO2"),
        ],
        [],
    ),
    # --- immunology, GI, transplant --------------------------------------------------------
    (
        "Alofisel (darvadstrocel) is approved for complex perianal fistulas in Crohn’s disease; "
        "Crohn's disease and ulcerative colitis are forms of IBD.",
        [
            ("Alofisel", "PRODUCT", "Alofisel"),
            ("darvadstrocel", "PRODUCT", "Alofisel"),
            ("complex perianal fistulas", "DISEASE", "perianal fistula"),
            ("Crohn’s disease", "DISEASE", "Crohn's disease"),
            ("Crohn's disease", "DISEASE", "Crohn's disease"),
            ("ulcerative colitis", "DISEASE", "ulcerative colitis"),
            ("IBD", "DISEASE", "inflammatory bowel disease"),
        ],
        [],
    ),
    (
        "Remestemcel-L (Ryoncil, formerly Prochymal) and Temcell treat steroid-refractory acute "
        "GVHD; graft-versus-host disease remains a leading complication.",
        [
            ("Remestemcel-L", "PRODUCT", "Ryoncil"),
            ("Ryoncil", "PRODUCT", "Ryoncil"),
            ("Prochymal", "PRODUCT", "Ryoncil"),
            ("Temcell", "PRODUCT", "Temcell"),
            ("steroid-refractory acute GVHD", "DISEASE", "acute graft-versus-host disease"),
            ("graft-versus-host disease", "DISEASE", "graft-versus-host disease"),
        ],
        [],
    ),
    (
        "In lupus nephritis, SLEDAI fell; in RA, DAS28 and ACR20 responses were reported and "
        "HAQ improved; methotrexate and tocilizumab were continued.",
        [
            ("lupus nephritis", "DISEASE", "lupus nephritis"),
            ("SLEDAI", "OUTCOME_MEASURE", "SLEDAI"),
            ("RA", "DISEASE", "rheumatoid arthritis"),
            ("DAS28", "OUTCOME_MEASURE", "DAS28"),
            ("ACR20", "OUTCOME_MEASURE", "ACR20"),
            ("HAQ", "OUTCOME_MEASURE", "HAQ"),
            ("methotrexate", "DRUG", "methotrexate"),
            ("tocilizumab", "DRUG", "tocilizumab"),
        ],
        [],
    ),
    (
        "In systemic sclerosis the modified Rodnan skin score (mRSS) and FVC were stable with "
        "mycophenolate mofetil and cyclophosphamide.",
        [
            ("systemic sclerosis", "DISEASE", "systemic sclerosis"),
            ("modified Rodnan skin score", "OUTCOME_MEASURE", "mRSS"),
            ("mRSS", "OUTCOME_MEASURE", "mRSS"),
            ("FVC", "OUTCOME_MEASURE", "FVC"),
            ("mycophenolate mofetil", "DRUG", "mycophenolate mofetil"),
            ("cyclophosphamide", "DRUG", "cyclophosphamide"),
        ],
        [],
    ),
    # --- pulmonary, hepatic, renal, metabolic, skin, eye ----------------------------------
    (
        "COVID-19 patients with ARDS received nebulized exosomes or intravenous UC-MSCs; "
        "IL-6 and CRP decreased.",
        [
            ("COVID-19", "DISEASE", "COVID-19"),
            ("ARDS", "DISEASE", "acute respiratory distress syndrome"),
            ("nebulized", "ROUTE", "inhaled"),
            ("exosomes", "INTERVENTION", "exosome"),
            ("intravenous", "ROUTE", "intravenous"),
            ("UC-MSCs", "CELL_TYPE", "umbilical cord mesenchymal stem cell"),
            ("CRP", "PROTEIN", "CRP"),
        ],
        [],
    ),
    (
        "Decompensated liver cirrhosis, idiopathic pulmonary fibrosis and chronic kidney disease "
        "(CKD) were studied with MELD score, DLCO and eGFR as endpoints.",
        [
            ("Decompensated liver cirrhosis", "DISEASE", "liver cirrhosis"),
            ("idiopathic pulmonary fibrosis", "DISEASE", "idiopathic pulmonary fibrosis"),
            ("chronic kidney disease", "DISEASE", "chronic kidney disease"),
            ("CKD", "DISEASE", "chronic kidney disease"),
            ("MELD score", "OUTCOME_MEASURE", "MELD"),
            ("DLCO", "OUTCOME_MEASURE", "DLCO"),
            ("eGFR", "OUTCOME_MEASURE", "eGFR"),
        ],
        [],
    ),
    (
        "Type 1 diabetes and T2DM trials infused beta cells derived from hESCs via the portal "
        "vein; HbA1c and C-peptide were followed.",
        [
            ("Type 1 diabetes", "DISEASE", "type 1 diabetes"),
            ("T2DM", "DISEASE", "type 2 diabetes"),
            ("beta cells", "CELL_TYPE", "beta cell"),
            ("hESCs", "CELL_TYPE", "embryonic stem cell"),
            ("HbA1c", "OUTCOME_MEASURE", "HbA1c"),
            ("C-peptide", "PROTEIN", "C-peptide"),
        ],
        [],
    ),
    (
        "Holoclar restores limbal stem cells in limbal stem cell deficiency; subretinal RPE cells "
        "and intravitreal injections are tested in age-related macular degeneration (AMD).",
        [
            ("Holoclar", "PRODUCT", "Holoclar"),
            ("limbal stem cells", "CELL_TYPE", "limbal stem cell"),
            ("limbal stem cell deficiency", "DISEASE", "limbal stem cell deficiency"),
            ("subretinal", "ROUTE", "subretinal"),
            ("RPE cells", "CELL_TYPE", "retinal pigment epithelial cell"),
            ("intravitreal", "ROUTE", "intravitreal"),
            ("age-related macular degeneration", "DISEASE", "age-related macular degeneration"),
            ("AMD", "DISEASE", "age-related macular degeneration"),
        ],
        [],
    ),
    (
        "Topical secretome and conditioned medium from ADSCs accelerated healing of burns, "
        "epidermolysis bullosa wounds and psoriasis lesions, with less oedema.",
        [
            ("Topical", "ROUTE", "topical"),
            ("secretome", "INTERVENTION", "secretome"),
            ("conditioned medium", "INTERVENTION", "conditioned medium"),
            ("burns", "DISEASE", "burn"),
            ("epidermolysis bullosa", "DISEASE", "epidermolysis bullosa"),
            ("psoriasis", "DISEASE", "psoriasis"),
            ("oedema", "DISEASE", "edema"),
        ],
        [],
    ),
    # --- phases, products, gene therapy ---------------------------------------------------
    (
        "A Phase I/II study, a phase 2a trial, a Phase III trial, a phase 3 extension and a "
        "Phase 4 registry followed the phase Ib/IIa dose-finding study.",
        [
            ("Phase I/II", "TRIAL_PHASE", "phase 1/2"),
            ("phase 2a", "TRIAL_PHASE", "phase 2a"),
            ("Phase III", "TRIAL_PHASE", "phase 3"),
            ("phase 3", "TRIAL_PHASE", "phase 3"),
            ("Phase 4", "TRIAL_PHASE", "phase 4"),
            ("phase Ib/IIa", "TRIAL_PHASE", "phase 1b/2a"),
        ],
        [],
    ),
    (
        "Zolgensma gene therapy for spinal muscular atrophy and Kymriah CAR-T cell therapy are "
        "approved; Stemirac is used in Japan for spinal cord injury.",
        [
            ("Zolgensma", "PRODUCT", "Zolgensma"),
            ("gene therapy", "INTERVENTION", "gene therapy"),
            ("spinal muscular atrophy", "DISEASE", "spinal muscular atrophy"),
            ("Kymriah", "PRODUCT", "Kymriah"),
            ("CAR-T cell therapy", "INTERVENTION", "CAR T-cell therapy"),
            ("Stemirac", "PRODUCT", "Stemirac"),
            ("spinal cord injury", "DISEASE", "spinal cord injury"),
        ],
        [],
    ),
    (
        "Neuronata-R, Cupistem, Cellgram and Invossa were approved in Korea; PRP injections and "
        "platelet-rich plasma injection remain unapproved cell-free options.",
        [
            ("Neuronata-R", "PRODUCT", "Neuronata-R"),
            ("Cupistem", "PRODUCT", "Cupistem"),
            ("Cellgram", "PRODUCT", "Cellgram"),
            ("Invossa", "PRODUCT", "Invossa"),
            ("PRP injections", "INTERVENTION", "platelet-rich plasma injection"),
            ("platelet-rich plasma injection", "INTERVENTION", "platelet-rich plasma injection"),
        ],
        [],
    ),
    # --- spelling variants, interleukins ---------------------------------------------------
    (
        "IL-1 beta, IL-1b, TNFα, TNF-alpha, TGF-beta, IFN-gamma and NF-kB were reduced, while "
        "IL-17A, IL-33 and interleukin-4 were unchanged and IL-38 rose.",
        [
            ("IL-1 beta", "PROTEIN", "IL-1β"),
            ("IL-1b", "PROTEIN", "IL-1β"),
            ("TNFα", "PROTEIN", "TNF-α"),
            ("TNF-alpha", "PROTEIN", "TNF-α"),
            ("TGF-beta", "PROTEIN", "TGF-β"),
            ("IFN-gamma", "PROTEIN", "IFN-γ"),
            ("NF-kB", "PROTEIN", "NF-κB"),
            ("IL-17A", "PROTEIN", "IL-17A"),
            ("IL-33", "PROTEIN", "IL-33"),
            ("interleukin-4", "PROTEIN", "IL-4"),
            ("IL-38", "PROTEIN", "interleukin"),
        ],
        [],
    ),
    (
        "Parkinson disease, Parkinsons disease, Alzheimer's and Sjogren's syndrome were listed "
        "beside Behçet’s disease and a benign tumour.",
        [
            ("Parkinson disease", "DISEASE", "Parkinson's disease"),
            ("Parkinsons disease", "DISEASE", "Parkinson's disease"),
            ("Alzheimer's", "DISEASE", "Alzheimer's disease"),
            ("Sjogren's syndrome", "DISEASE", "Sjögren's syndrome"),
            ("Behçet’s disease", "DISEASE", "Behçet's disease"),
            ("tumour", "DISEASE", "tumor"),
        ],
        [],
    ),
    (
        "hUC-MSCs, WJ-MSCs, BMSCs and HSCs were compared; BM-MSCs were given i.v. and the "
        "others IT, with IL-1Ra and COX-2 measured.",
        [
            ("hUC-MSCs", "CELL_TYPE", "umbilical cord mesenchymal stem cell"),
            ("WJ-MSCs", "CELL_TYPE", "Wharton's jelly mesenchymal stem cell"),
            ("BMSCs", "CELL_TYPE", "bone marrow-derived mesenchymal stem cell"),
            ("HSCs", "CELL_TYPE", "hematopoietic stem cell"),
            ("BM-MSCs", "CELL_TYPE", "bone marrow-derived mesenchymal stem cell"),
            ("i.v.", "ROUTE", "intravenous"),
            ("IT", "ROUTE", "intrathecal"),
            ("IL-1Ra", "PROTEIN", "IL-1Ra"),
            ("COX-2", "PROTEIN", "COX-2"),
        ],
        [],
    ),
    # --- false friends: lower-case words must not become acronym entities ------------------
    (
        "It was unclear whether the ms delay, the pd value, or an ad hoc iv line mattered; "
        "as it is, the ra and oa fields were empty.",
        [],
        ["It", "ms", "pd", "ad", "iv", "it", "ra", "oa", "as"],
    ),
    (
        "The IT department and a Mrs Smith were in the room; AS WELL AS this, the vas deferens "
        "was excluded.",
        [("IT", "ROUTE", "intrathecal")],
        ["Mrs", "AS", "vas"],
    ),
]


def literal_text(pattern: Any) -> str | None:
    """Text that a pattern should match, or None for REGEX / non-literal token patterns."""
    if isinstance(pattern, str):
        return pattern
    words = []
    for tok in pattern:
        if set(tok) - {"ORTH", "LOWER", "TEXT"} or len(tok) != 1:
            return None
        value = next(iter(tok.values()))
        if not isinstance(value, str):
            return None
        words.append(value)
    return " ".join(words)


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    failures: list[str] = []
    entries: list[dict[str, Any]] = []

    files = sorted(ENTITY_DIR.glob("*.jsonl"))
    if not files:
        print(f"no *.jsonl files under {ENTITY_DIR}")
        return 1
    for path in files:
        expected_label = FILE_LABELS.get(path.name)
        if expected_label is None:
            failures.append(f"{path.name}: unknown file (no label mapping)")
        file_entries = []
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            failures.append(f"{path.name}: not UTF-8 ({exc})")
            continue
        if text.startswith("\ufeff"):
            failures.append(f"{path.name}: has a BOM")
        if text and not text.endswith("\n"):
            failures.append(f"{path.name}: no trailing newline")
        for lineno, line in enumerate(text.splitlines(), 1):
            where = f"{path.name}:{lineno}"
            if not line.strip():
                failures.append(f"{where}: empty line")
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as exc:
                failures.append(f"{where}: bad JSON ({exc})")
                continue
            # "examples" (match / no_match, run by `ingest rules check`) may follow the three.
            if (
                not isinstance(entry, dict)
                or list(entry)[:3] != ["label", "pattern", "id"]
                or (list(entry)[3:] not in ([], ["examples"]))
            ):
                failures.append(
                    f"{where}: expected keys label, pattern, id (then optional examples) in that order"
                )
                continue
            label, pattern, ent_id = entry["label"], entry["pattern"], entry["id"]
            if expected_label and label != expected_label:
                failures.append(f"{where}: label {label!r} in a {expected_label} file")
            if not isinstance(ent_id, str) or not ent_id.strip() or "||" in ent_id:
                failures.append(f"{where}: bad id {ent_id!r}")
            if isinstance(pattern, str):
                if not pattern.strip() or pattern != pattern.strip() or "  " in pattern:
                    failures.append(f"{where}: empty or badly spaced pattern {pattern!r}")
                if pattern.upper() in COLLIDING_ACRONYMS and " " not in pattern:
                    failures.append(
                        f"{where}: colliding acronym {pattern!r} must be an ORTH token pattern"
                    )
            elif isinstance(pattern, list):
                if not pattern or not all(isinstance(t, dict) and t for t in pattern):
                    failures.append(f"{where}: empty token pattern")
            else:
                failures.append(f"{where}: pattern must be a string or a list")
            entry["_where"] = where
            file_entries.append(entry)
        keys = [sort_key(e) for e in file_entries]
        if keys != sorted(keys):
            bad = next(i for i in range(1, len(keys)) if keys[i] < keys[i - 1])
            failures.append(f"{file_entries[bad]['_where']}: not sorted by id then pattern")
        entries.extend(file_entries)

    # duplicates
    exact: Counter[tuple[str, str]] = Counter()
    folded: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in entries:
        p = e["pattern"]
        ptxt = p if isinstance(p, str) else json.dumps(p, sort_keys=True, ensure_ascii=False)
        exact[(e["label"], ptxt)] += 1
        if isinstance(p, str):
            folded[(e["label"], p.casefold())].append(e["_where"])
    dups = [k for k, n in exact.items() if n > 1]
    case_dups = {k: v for k, v in folded.items() if len(v) > 1}
    for label, ptxt in dups:
        failures.append(f"duplicate pattern {label} {ptxt}")
    exact_keys = {(label, ptxt.casefold()) for label, ptxt in dups}
    for (label, folded_text), locations in case_dups.items():
        if (label, folded_text) not in exact_keys:
            failures.append(
                f"duplicate (case-insensitive) {label} {folded_text!r}: {', '.join(locations)}"
            )

    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe(
        "entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": True}
    )
    try:
        ruler.add_patterns(
            [{"label": e["label"], "pattern": e["pattern"], "id": e["id"]} for e in entries]
        )
    except Exception as exc:  # validation errors from spaCy
        failures.append(f"spaCy rejected the patterns: {exc}")
        return report(entries, failures, [], verbose)

    # the same token sequence claimed by two (label, id) pairs; a case-sensitive ORTH token
    # that is also a case-insensitive string pattern of another (label, id) is a clash too
    owner: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for e in entries:
        p = e["pattern"]
        if isinstance(p, str):
            key = ("LOWER", *(t.lower_ for t in nlp.make_doc(p)))
            prev = owner.get(key)
            if prev and prev[:2] != (e["label"], e["id"]):
                failures.append(f"{e['_where']}: {p!r} already {prev[0]}/{prev[1]} ({prev[2]})")
            owner.setdefault(key, (e["label"], e["id"], e["_where"]))
    for e in entries:
        p = e["pattern"]
        if isinstance(p, list) and len(p) == 1 and list(p[0]) == ["ORTH"]:
            prev = owner.get(("LOWER", str(p[0]["ORTH"]).lower()))
            if prev and prev[:2] != (e["label"], e["id"]):
                failures.append(
                    f"{e['_where']}: ORTH {p[0]['ORTH']!r} also a string pattern "
                    f"of {prev[0]}/{prev[1]} ({prev[2]})"
                )

    # REGEX catch-alls must not also match a literal one-token pattern (the tie between the
    # two would be resolved arbitrarily)
    one_token: list[tuple[str, dict[str, Any]]] = []
    for e in entries:
        txt = literal_text(e["pattern"])
        if txt is not None and len(nlp.make_doc(txt)) == 1:
            one_token.append((txt, e))
    for e in entries:
        p = e["pattern"]
        if isinstance(p, str) or len(p) != 1:
            continue
        for attr, value in p[0].items():
            if isinstance(value, dict) and "REGEX" in value:
                rx = re.compile(value["REGEX"])
                for txt, other in one_token:
                    probe = txt.lower() if attr == "LOWER" else txt
                    if rx.search(probe) and (other["label"], other["id"]) != (e["label"], e["id"]):
                        failures.append(
                            f"{e['_where']}: REGEX also matches {txt!r} "
                            f"({other['_where']}, id {other['id']!r})"
                        )

    # self-test: each literal pattern matches itself in a neutral sentence
    probes = []
    for e in entries:
        txt = literal_text(e["pattern"])
        if txt is not None:
            probes.append((e, txt, f"We looked at {txt} in this study."))
    self_fail = 0
    for (e, txt, sent), doc in zip(probes, nlp.pipe(p[2] for p in probes), strict=True):
        start = sent.index(txt)
        hit = [
            ent
            for ent in doc.ents
            if ent.start_char == start
            and ent.end_char == start + len(txt)
            and ent.label_ == e["label"]
            and ent.ent_id_ == e["id"]
        ]
        if not hit:
            self_fail += 1
            got = [(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents]
            failures.append(f"{e['_where']}: pattern {txt!r} does not match itself; got {got}")

    # example sentences
    example_results = []
    for sent, expected, absent in EXAMPLES:
        doc = nlp(sent)
        found = {(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents}
        missing = [x for x in expected if x not in found]
        wrong = [ent for ent in doc.ents if ent.text in absent]
        for x in missing:
            failures.append(f"example: expected {x} in {sent[:60]!r}...; found {sorted(found)}")
        for ent in wrong:
            failures.append(
                f"example: unexpected {ent.text!r} {ent.label_}/{ent.ent_id_} in {sent[:60]!r}..."
            )
        example_results.append((sent, not missing and not wrong))
    return report(entries, failures, example_results, verbose, len(probes), self_fail)


def report(
    entries: list[dict[str, Any]],
    failures: list[str],
    examples: list[tuple[str, bool]],
    verbose: bool,
    n_probes: int = 0,
    self_fail: int = 0,
) -> int:
    by_label: Counter[str] = Counter(e["label"] for e in entries)
    ids: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for e in entries:
        ids[e["label"]].add(e["id"])
        kinds[e["label"]]["string" if isinstance(e["pattern"], str) else "token"] += 1
    print(f"{'label':16s} {'patterns':>8s} {'ids':>5s} {'string':>7s} {'token':>6s}")
    for label in sorted(by_label):
        print(
            f"{label:16s} {by_label[label]:8d} {len(ids[label]):5d} "
            f"{kinds[label]['string']:7d} {kinds[label]['token']:6d}"
        )
    print(f"{'total':16s} {sum(by_label.values()):8d} {sum(len(v) for v in ids.values()):5d}")
    if n_probes:
        print(f"self-test: {n_probes - self_fail}/{n_probes} literal patterns match themselves")
    if examples:
        ok = sum(1 for _, passed in examples if passed)
        print(f"examples: {ok}/{len(examples)} sentences pass")
        if verbose:
            for sent, passed in examples:
                print(f"  [{'ok' if passed else 'FAIL'}] {sent[:90]}")
    if failures:
        print(f"\n{len(failures)} problem(s):")
        for f in failures[:200]:
            print("  " + f)
        if len(failures) > 200:
            print(f"  ... and {len(failures) - 200} more")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
