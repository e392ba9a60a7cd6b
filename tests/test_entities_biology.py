"""The general words of molecular and cell biology (rules/entities/biology_general.jsonl): genes
and their variants, molecules, omics and laboratory methods, cells and tissues as such, the
adjectives of a diseased patient or sample. A sentence of an abstract that names no specific gene,
disease or drug but one of these yields it under its English canonical, in its own language; the
everyday sense of the same word (a variant of a game, a prison cell, tissue paper, a knockout in
boxing, a malignant narcissist) yields none."""

from __future__ import annotations

import pytest

from .conftest import named_entities


@pytest.mark.parametrize(
    ("language", "text", "mention", "canonical"),
    [
        # 1. genes and variants
        ("en", "We detected 593 protein-coding genes with a bias.", "protein-coding genes", "gene"),
        ("en", "Expression of the gene rose in both arms.", "gene", "gene"),
        ("en", "Levels of gene expression were compared.", "gene expression", "gene expression"),
        ("en", "towards harmful mutations", "mutations", "mutation"),
        ("en", "the effects of ~3M somatic mutations", "mutations", "mutation"),
        ("en", "carriers of pathogenic variants", "pathogenic variants", "genetic variant"),
        ("en", "rare variants in 12 genes", "rare variants", "genetic variant"),
        (
            "en",
            "variants of uncertain significance were excluded",
            "variants of uncertain significance",
            "genetic variant",
        ),
        ("en", "the risk allele doubled the odds", "allele", "allele"),
        ("en", "We genotyped 40 SNPs in 2,000 people.", "SNPs", "single nucleotide polymorphism"),
        ("en", "a common genetic polymorphism", "genetic polymorphism", "polymorphism"),
        ("en", "the whole genome of the strain", "genome", "genome"),
        ("en", "Carriers of this genotype had higher risk.", "genotype", "genotype"),
        ("en", "binding of transcription factors", "transcription factors", "transcription factor"),
        ("en", "in knock-out mice lacking the receptor", "knock-out mice", "gene knockout"),
        ("en", "edited with CRISPR-Cas9 in vitro", "CRISPR-Cas9", "CRISPR"),
        ("de", "Die Gene wurden sequenziert.", "Gene", "gene"),
        ("de", "Mutationen im Tumor wurden gezählt.", "Mutationen", "mutation"),
        ("de", "Das Genom der Probe", "Genom", "genome"),
        ("fr", "une mutation du gène BRCA1", "mutation", "mutation"),
        ("fr", "Les gènes étudiés", "gènes", "gene"),
        ("es", "Las mutaciones se acumulan con la edad.", "mutaciones", "mutation"),
        ("es", "Los genes implicados", "genes", "gene"),
        ("it", "Le mutazioni somatiche", "mutazioni", "mutation"),
        ("pt", "As mutações foram raras.", "mutações", "mutation"),
        ("nl", "De mutaties in het gen", "mutaties", "mutation"),
        # 2. molecules
        ("en", "we test 15 nanobody and protein binder designs", "nanobody", "nanobody"),
        ("en", "levels of the protein rose by 20%", "protein", "protein"),
        (
            "en",
            "ligand activity across G protein-coupled receptors",
            "G protein-coupled receptors",
            "G protein-coupled receptor",
        ),
        ("en", "activity at GPCRs", "GPCRs", "G protein-coupled receptor"),
        ("en", "Neutralising antibodies were detected.", "antibodies", "antibody"),
        ("en", "peptides derived from the spike", "peptides", "peptide"),
        ("en", "liver enzymes were raised", "enzymes", "enzyme"),
        ("en", "Kinases drive the growth of the tumour.", "Kinases", "kinase"),
        ("en", "Stress hormones rose after the test.", "hormones", "hormone"),
        ("en", "faecal metabolites differed", "metabolites", "metabolite"),
        ("en", "Three biomarkers predicted relapse.", "biomarkers", "biomarker"),
        ("de", "Antikörper gegen das Virus", "Antikörper", "antibody"),
        ("de", "Die Proteine binden an Rezeptoren.", "Rezeptoren", "receptor"),
        ("fr", "Les anticorps neutralisants", "anticorps", "antibody"),
        ("fr", "des protéines du lait", "protéines", "protein"),
        ("es", "Los anticuerpos aparecieron tras la vacuna.", "anticuerpos", "antibody"),
        ("es", "las proteínas de la membrana", "proteínas", "protein"),
        ("it", "gli anticorpi prodotti", "anticorpi", "antibody"),
        ("pt", "as proteínas do plasma", "proteínas", "protein"),
        # 3. omics and methods
        ("en", "integrating paired metabolomics and other data", "metabolomics", "metabolomics"),
        ("en", "transcriptomics of the liver", "transcriptomics", "transcriptomics"),
        ("en", "using proteomics we found", "proteomics", "proteomics"),
        (
            "en",
            "by single-cell RNA sequencing of 12 donors",
            "single-cell RNA sequencing",
            "sequencing",
        ),
        ("en", "bulk RNA-seq of tumours", "RNA-seq", "sequencing"),
        ("en", "whole-genome sequencing of 500 isolates", "whole-genome sequencing", "sequencing"),
        ("en", "A GWAS of 1 million people", "GWAS", "genome-wide association study"),
        ("en", "confirmed by RT-PCR in all cases", "RT-PCR", "polymerase chain reaction"),
        ("en", "measured by mass spectrometry", "mass spectrometry", "mass spectrometry"),
        ("de", "mittels Massenspektrometrie", "Massenspektrometrie", "mass spectrometry"),
        ("fr", "par spectrométrie de masse", "spectrométrie de masse", "mass spectrometry"),
        ("es", "datos de proteómica", "proteómica", "proteomics"),
        # 4. cells and tissues
        ("en", "Cancerous cells divide rapidly.", "Cancerous cells", "cell"),
        ("en", "epithelial cells of the airway", "epithelial cells", "cell"),
        ("en", "in three cell lines", "cell lines", "cell"),
        ("en", "in the ventricular myocytes of patients", "ventricular myocytes", "myocyte"),
        ("en", "Tissue samples were stored at -80 °C.", "Tissue samples", "tissue"),
        ("en", "brain tissue was stained", "brain tissue", "tissue"),
        ("de", "Krebszellen teilen sich schnell.", "Krebszellen", "cell"),
        ("fr", "les cellules tumorales meurent", "cellules tumorales", "cell"),
        ("es", "las células tumorales", "células tumorales", "cell"),
        ("es", "en muestras de tejido", "muestras de tejido", "tissue"),
        # 5. disease adjectives
        ("en", "over 10 000 human cancerous samples", "cancerous", "cancer"),
        ("en", "in the myocytes of chagasic patients", "chagasic patients", "Chagas disease"),
        ("en", "Diabetic patients had more events.", "Diabetic patients", "diabetes mellitus"),
        ("en", "asthmatic children in the cohort", "asthmatic children", "asthma"),
        ("en", "hypertensive rats were treated", "hypertensive rats", "hypertension"),
        ("en", "metastatic lesions in the liver", "metastatic", "metastasis"),
        ("en", "the lesion was malignant in 12 cases", "malignant", "malignancy"),
        ("en", "tumoral heterogeneity was high", "tumoral", "tumor"),
        ("en", "most nodules were benign lesions", "benign lesions", "benign tumor"),
        ("de", "Metastasen in der Leber", "Metastasen", "metastasis"),
        ("de", "Diabetiker haben ein höheres Risiko.", "Diabetiker", "diabetes mellitus"),
        ("fr", "des métastases osseuses", "métastases", "metastasis"),
        ("es", "los pacientes diabéticos", "pacientes diabéticos", "diabetes mellitus"),
    ],
)
def test_biology_word_is_found(language: str, text: str, mention: str, canonical: str) -> None:
    assert (mention, canonical) in named_entities(text, language)


BIOLOGY_CANONICALS = {
    "gene",
    "mutation",
    "genetic variant",
    "polymorphism",
    "gene knockout",
    "cell",
    "tissue",
    "malignancy",
    "cancer",
    "benign tumor",
    "protein",
    "polymerase chain reaction",
    "diabetes mellitus",
}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gene Simmons played bass."),
        ("en", "Gene Hackman won an Oscar."),
        ("en", "Each mutation card adds a power."),
        ("en", "the political mutation of the party"),
        ("en", "a variant of the game"),
        ("en", "a new car variant with a bigger engine"),
        ("en", "Polymorphism lets one interface serve many classes."),
        ("en", "He won by knockout in the third round."),
        ("en", "He spent a night in a prison cell."),
        ("en", "Charge your cell phone."),
        ("en", "solar cells on the roof"),
        ("en", "fuel cells power the car"),
        ("en", "Select the spreadsheet cells."),
        ("en", "a box of tissue paper"),
        ("en", "Grab a tissue."),
        ("en", "a malignant narcissist"),
        ("en", "Corruption is a cancerous influence on politics."),
        ("en", "a benign dictator"),
        ("en", "PCR Racing won the cup."),
        ("de", "Die Gen Z kauft anders ein."),
        ("fr", "une cellule de crise"),
    ],
)
def test_everyday_word_is_not_found(language: str, text: str) -> None:
    found = {canonical for _, canonical in named_entities(text, language)}
    assert not found & BIOLOGY_CANONICALS, found
