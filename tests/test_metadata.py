"""Page metadata, titles and attribution (ingest/metadata.py, rules/metadata.yaml), on small
inline pages."""

from __future__ import annotations

import json

import pytest

from ingest.clean.blocks import BlockKind
from ingest.load import load_bytes
from ingest.match.identifiers import IdentifierMatcher
from ingest.metadata import MetadataReader
from ingest.models import Citation, Document
from ingest.pipeline import DocumentPipeline
from ingest.rules import Rules

PROSE = (
    "<p>Among 120 patients with rheumatoid arthritis, 45% responded to mesenchymal stem cell "
    "therapy at six months.</p>\n"
    "<p>Adverse events occurred in 12% of patients and were mild.</p>\n"
)


def run(pipeline: DocumentPipeline, text: str, name: str = "page.html") -> Document:
    return pipeline.process(load_bytes(text.encode("utf-8"), name)).document


@pytest.fixture(scope="module")
def reader(rules: Rules) -> MetadataReader:
    return MetadataReader(rules.metadata, IdentifierMatcher(rules.identifiers))


def test_highwire_tags_fill_metadata_and_cite_every_claim(pipeline: DocumentPipeline) -> None:
    page = (
        '<html lang="en-GB"><head><title>Trials | Full text | MSC therapy in RA</title>\n'
        '<meta name="citation_title" content="MSC therapy in RA: a pilot trial">\n'
        '<meta name="citation_author" content="Ann Smith">\n'
        '<meta name="citation_author" content="Bo Li">\n'
        '<meta name="citation_journal_title" content="Trials">\n'
        '<meta name="citation_publication_date" content="2015/01/05">\n'
        '<meta name="citation_doi" content="10.1186/1745-6215-16-1">\n'
        '<meta name="citation_pmid" content="25572800">\n'
        '<link rel="canonical" href="https://trialsjournal.example/articles/16/1">\n'
        "</head><body><main><h1>Keywords</h1>\n" + PROSE + "</main></body></html>\n"
    )
    document = run(pipeline, page)
    meta = document.metadata
    assert meta.title == document.title == "MSC therapy in RA: a pilot trial"
    assert meta.authors == ("Ann Smith", "Bo Li")
    assert (meta.journal, meta.publication_date) == ("Trials", "2015/01/05")
    assert (meta.doi, meta.pmid, meta.language) == ("10.1186/1745-6215-16-1", "25572800", "en-GB")
    assert meta.canonical_url == "https://trialsjournal.example/articles/16/1"
    assert document.claims
    own = {Citation(scheme="doi", value=meta.doi), Citation(scheme="pmid", value=meta.pmid)}
    for claim in document.claims:
        assert own <= set(claim.citations)
    # The page's own identifiers are document identifiers, with the span of their <meta> value.
    found = {(i.scheme, i.value): i.spans for i in document.identifiers}
    (start, end), *_ = found[("doi", "10.1186/1745-6215-16-1")]
    assert page[start:end] == "10.1186/1745-6215-16-1"


def test_json_ld_is_read_from_its_script_without_changing_cleaning(
    pipeline: DocumentPipeline,
) -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "BreadcrumbList", "name": "Health > News"},
            {
                "@type": "NewsArticle",
                "headline": "Stem cells ease arthritis pain in small trial",
                "author": [{"@type": "Person", "name": "Julia Vergin"}],
                "datePublished": "2023-06-13",
                "isPartOf": {"name": "Health Weekly"},
                "inLanguage": "en",
            },
        ],
    }
    page = (
        "<html><head><title>Stem cells ease arthritis pain | Health Weekly</title>\n"
        '<script type="application/ld+json">' + json.dumps(ld) + "</script></head>\n"
        "<body><article>" + PROSE + "</article></body></html>\n"
    )
    document = run(pipeline, page)
    meta = document.metadata
    assert meta.title == "Stem cells ease arthritis pain in small trial"
    assert meta.type == "NewsArticle"
    assert meta.authors == ("Julia Vergin",)
    assert (meta.publication_date, meta.journal, meta.language) == (
        "2023-06-13",
        "Health Weekly",
        "en",
    )
    # The script is still removed as markup, its text is no claim.
    assert not any("headline" in c.text for c in document.claims)
    script = page.index("<script")
    assert any(r.span[0] <= script < r.span[1] for r in document.removed)


def test_broken_json_ld_is_skipped(pipeline: DocumentPipeline) -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",</script>'
        "<title>Arthritis and stem cells</title></head><body>" + PROSE + "</body></html>"
    )
    assert run(pipeline, page).metadata.title == "Arthritis and stem cells"


def test_title_never_a_section_label_journal_or_site(reader: MetadataReader) -> None:
    for text in ("Abstract", "Keywords", "Background", "Facebook Twitter LinkedIn Email"):
        assert not reader.is_title(text)
    assert not reader.is_title("Trials", {"trials"})
    assert not reader.is_title("The BMJ", {"bmj"})
    assert reader.is_title("Babies Who Eat Peanuts Early May Avoid Allergy")


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Trials | Full text | Lessons learned from recruiting smokers", {"trials"}, "Lessons learned from recruiting smokers"),
        ("Prediction of bleeding with dabigatran | The BMJ", {"bmj"}, "Prediction of bleeding with dabigatran"),
        ("Loss of wwox expression in zebrafish [PeerJ]", {"peerj"}, "Loss of wwox expression in zebrafish"),
        ("Post-Vac-Syndrom: Was wissen wir?  – DW – 13.06.2023", {"dw"}, "Post-Vac-Syndrom: Was wissen wir?"),
        ("Übergewicht: Abnehmspritze kommt - So teuer wird sie - waz.de", set(), "Übergewicht: Abnehmspritze kommt - So teuer wird sie"),
        ("GSK Clinical Study Register - Study 100006", set(), "GSK Clinical Study Register - Study 100006"),
        ("Medisafe - Accueil", set(), "Medisafe"),
        ("Startseite | Praxis am Park", set(), "Praxis am Park"),
    ],
)  # fmt: skip
def test_site_name_is_cut_from_a_title(
    reader: MetadataReader, title: str, sites: set[str], expected: str
) -> None:
    assert reader.strip_site(" ".join(title.split()), sites) == " ".join(expected.split())


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # A site section's h1 under a headline <title>: the <title>.
        (
            "Babies Who Eat Peanuts Early May Avoid Allergy",
            "<h1>Allergies Health Center</h1>",
            "Babies Who Eat Peanuts Early May Avoid Allergy",
        ),
        # A template's one-word <title> over a headline h1: the h1.
        (
            "Informações",
            "<h1>Most people infected by the virus never show symptoms, a survey finds</h1>",
            "Most people infected by the virus never show symptoms, a survey finds",
        ),
        # No h1: the heading that spells the <title> out.
        ("Cuidados - HAS", "<h2>Cuidados com a HAS</h2>", "Cuidados com a HAS"),
        # A template's name in the <title> is furniture: the h1.
        (
            "Cover - Free Bulma template",
            "<h1>L’IMPORTANCE DU DÉPISTAGE DES MALADIES</h1>",
            "L’IMPORTANCE DU DÉPISTAGE DES MALADIES",
        ),
        # A trail of the site's sections and owners led by one word: the h1.
        (
            "Podcasts | Newsroom | Office of Audits | Ministry of Health and Welfare",
            "<h1>Transcript for the audio podcast: Dietary Supplements</h1>",
            "Transcript for the audio podcast: Dietary Supplements",
        ),
        # A headline led by one word in a two-part <title> stays the title ...
        (
            "Measles | Cases rose by 40% in schools last winter",
            "<h1>Health news</h1>",
            "Measles | Cases rose by 40% in schools last winter",
        ),
        # ... and in a three-part one: a headline is no section of a trail.
        (
            "Measles | Cases rose by 40% in schools last winter | NHS",
            "<h1>Health news</h1>",
            "Measles | Cases rose by 40% in schools last winter | NHS",
        ),
    ],
    ids=[
        "section-h1",
        "template-title",
        "spelled-out",
        "template-name",
        "trail",
        "two-parts",
        "headline-and-site",
    ],
)
def test_title_tag_against_the_page_headings(
    pipeline: DocumentPipeline, head: str, body: str, expected: str
) -> None:
    page = (
        f"<html><head><title>{head}</title></head><body>{body}"
        + PROSE
        + "<h2>Outros cuidados</h2></body></html>"
    )
    assert run(pipeline, page).title == expected


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        (True, "Viceministro de Salud visitó a los heridos de los enfrentamientos del mercado"),
        (False, "Hospital Nacional Dos de Mayo"),
    ],
    ids=["title-a-name-of-the-prose", "title-not-in-the-prose"],
)
def test_no_h1_a_headline_under_a_title_that_names_the_site(
    pipeline: DocumentPipeline, named: bool, expected: str
) -> None:
    """No h1: a story's headline (an h2) under a <title> sharing none of its words, which the
    prose uses as a name (the site's owner), is the title; a <title> the prose does not use
    stays the title."""
    place = "el Hospital Nacional Dos de Mayo" if named else "el hospital de la ciudad"
    page = (
        "<html><head><title>Hospital Nacional Dos de Mayo</title></head><body>"
        '<div class="main-container"><section id="news"><div class="nw-nota"><div class="titulo">'
        "<h2>Viceministro de Salud visitó a los heridos de los enfrentamientos del mercado</h2>"
        '</div><div class="imagen"><img src="/imagenes/nota-1.jpg" width="600"></div>'
        '<div class="contenido">'
        "<p>Por disposición de la ministra de Salud, el viceministro visitó a los pacientes que "
        "se encuentran internados como resultado de los enfrentamientos en el mercado.</p>"
        f"<p>Un total de 18 personas con heridas graves permanecen internadas en {place}, "
        "de acuerdo al último reporte, y el resto fueron dados de alta.</p>"
        "<p>Los pacientes con fracturas reciben tratamiento y medicamentos sin costo.</p>"
        "<p>El director del nosocomio expresó que los heridos vienen recuperándose "
        "favorablemente y cuentan con el apoyo de especialistas capacitados.</p>"
        "<p>Cabe destacar que debido a estos incidentes se reportaron cuatro fallecimientos y "
        "un centenar de heridos en la ciudad durante la semana.</p>"
        "</div></div></section></div></body></html>"
    )
    assert run(pipeline, page).title == expected


def test_a_topic_title_stays_over_a_long_subheading(pipeline: DocumentPipeline) -> None:
    """A one-word <title> of a topic the prose names is no site's name: it stays the title."""
    page = (
        "<html><head><title>Metformin</title></head><body><main>"
        "<h2>What you need to know before you start taking this medicine every day</h2>"
        "<p>Metformin lowers blood sugar in people with type 2 diabetes and 30% of them feel "
        "sick at first.</p><p>Take metformin with a meal to reduce stomach upset.</p>"
        "</main></body></html>"
    )
    assert run(pipeline, page).title == "Metformin"


def test_a_labelled_title_field_in_a_header_is_the_title(pipeline: DocumentPipeline) -> None:
    page = (
        "**Autores:** Sohrab Saeb, Luca Lonini, Arun Jayaraman.\n"
        "**Título:** The need to approximate the use-case in clinical machine learning.\n"
        "**DOI:** 10.1093/gigascience/gix019\n\n"
        "Cross-validation on records leaks 40% of the subjects into the test set.\n"
    )
    title = run(pipeline, page, "note.md").title
    assert title == "The need to approximate the use-case in clinical machine learning"


@pytest.mark.parametrize(
    "title_lines",
    [
        # The title in corner brackets on lines of their own, in a page of another language.
        "『\nStatin use and the risk of dementia in older adults: a cohort study.\n』\n",
        "Statin use and the risk of dementia in older adults: a cohort study\n",
    ],
)
def test_a_title_label_heading_gives_the_title_under_it_and_is_none_itself(
    pipeline: DocumentPipeline, title_lines: str
) -> None:
    page = (
        "---\ntags : [論文紹介]\n---\n\n##THESIS TITLE\n"
        + title_lines
        + "\n##BRIEF\n1. 本論文はスタチンと認知症のリスクに関する論文です。\n"
        "1. 高齢者で認知症のリスクが20パーセント低下しました。\n"
    )
    title = run(pipeline, page, "post.md").title
    assert title == "Statin use and the risk of dementia in older adults: a cohort study"


def test_h1_replaces_a_shortened_social_title(pipeline: DocumentPipeline) -> None:
    page = (
        '<html><head><meta property="og:title" content="Stem cells for tendon injuries">'
        "</head><body><h1>Stem Cells for Chronic Tendon Injuries in Athletes</h1>"
        + PROSE
        + "</body></html>"
    )
    assert run(pipeline, page).title == "Stem Cells for Chronic Tendon Injuries in Athletes"


def test_registry_record_title_row_and_registration_cite_every_claim(
    pipeline: DocumentPipeline,
) -> None:
    page = (
        "<html><head><title>  </title></head><body><h1>Clinical trials</h1><table>"
        "<tr><td>Clinicaltrials.gov Identifier:</td><td>NCT00069459</td></tr>"
        "<tr><td>Study Title</td><td>See Detailed Description</td></tr>"
        "<tr><td>A.3</td><td>Full title of the trial</td><td>Bupropion for seasonal affective "
        "disorder: a long-term extension study.</td></tr>"
        "<tr><td>Phase</td><td>Phase 3</td></tr></table>" + PROSE + "</body></html>"
    )
    document = run(pipeline, page)
    assert (
        document.title == "Bupropion for seasonal affective disorder: a long-term extension study"
    )
    assert document.metadata.registrations == (Citation(scheme="nct", value="NCT00069459"),)
    assert document.claims
    for claim in document.claims:
        assert Citation(scheme="nct", value="NCT00069459") in claim.citations
    # "Identifier:" takes no second colon when its cells are joined.
    assert not any("::" in c.text for c in document.claims)


def test_text_scrape_title_and_doi_from_its_cite_line(pipeline: DocumentPipeline) -> None:
    page = (
        "Views\n\n422\n\nHow to cite this article:\n"
        "Leal GM and Leal WS. Binding of a reporter to an odorant-binding protein of Aedes "
        "aegypti [v2; ref status: indexed] F1000Research 2015, 3:305 "
        "(doi: 10.12688/f1000research.5879.2)\n\n"
        "Abstract\n\n"
        "The odorant-binding protein bound the reporter in 85% of assays at pH 7.\n\n"
        "Binding fell to 20% of the maximum in the presence of DEET.\n"
    )
    document = run(pipeline, page, "page.md")
    assert document.title == "Binding of a reporter to an odorant-binding protein of Aedes aegypti"
    assert document.metadata.doi == "10.12688/f1000research.5879.2"
    assert document.claims
    for claim in document.claims:
        assert Citation(scheme="doi", value="10.12688/f1000research.5879.2") in claim.citations


_AUTHORS = "Nicholas R Kurtansky 1, Maura C Gillis 1, Noel C F Codella 2"
_TRIAGE = "The SLICE-3D dataset: skin lesion image crops for skin cancer detection"


@pytest.mark.parametrize(
    ("after", "authors", "title"),
    [
        # PMC's visible text: the citation line, the article's title, its authors.
        (_TRIAGE, _AUTHORS, _TRIAGE),
        ("Search in PMC", _AUTHORS, "Notes on the study"),  # a UI string under it: no title
        ("The complete version is online at: https://x.org/1", _AUTHORS, "Notes on the study"),
        # A digest's comment under another paper's citation, no authors after it: no title.
        (
            "Why this paper matters for dermatology clinics",
            "It shows how a clinic could triage its patients' lesions.",
            "Notes on the study",
        ),
    ],
)
def test_the_line_under_a_pages_own_citation_line_is_its_title(
    pipeline: DocumentPipeline, after: str, authors: str, title: str
) -> None:
    page = (
        "Notes on the study\n\n"
        "Authors: Nicholas R. Kurtansky, Maura C. Gillis, Noel C. F. Codella, Brian M.\n"
        "D'Alessandro, Zongyuan Ge, Pascale Guitera, Allan C. Halpern, Harald Kittler\n\n"
        "## Original text\n\n"
        "NPJ Digit Med. 2025 Nov 21;8:708. doi: 10.1038/s41746-025-02070-7\n"
        f"{after}\n"
        f"{authors}\n\n"
        "Screening found 12% of lesions malignant in the melanoma cohort.\n"
    )
    assert run(pipeline, page, "page.md").title == title


def test_a_pmc_scrapes_header_gives_the_articles_identifiers(pipeline: DocumentPipeline) -> None:
    """A PMC page as markdown: the journal on a line of its own, the citation line after it, the
    labelled PMCID and PMID further down; all three are the article's, the citation of its
    claims; a reference entry's identifiers are not."""
    page = (
        "J Am Med Inform Assoc\n\n"
        ". 2024 Dec 26;32(2):365–374. doi: [10.1093/jamia/ocae310](https://doi.org/10.1093/jamia/ocae310)\n\n"
        "# CARE-SD: classifiers for stigmatizing labels in health records\n\n"
        "PMCID: PMC11756621  PMID: 39724920\n\n"
        "## Abstract\n\n"
        "Stigmatizing labels appeared in 29.9% of notes of patients with substance use disorders.\n\n"
        "## References\n\n"
        "1. Link BG. Stigma. Lancet. 2006;367:528-529. PMID: 16473129\n"
    )
    document = run(pipeline, page, "page.md")
    meta = document.metadata
    assert (meta.doi, meta.pmid, meta.pmcid) == ("10.1093/jamia/ocae310", "39724920", "PMC11756621")
    claim = next(c for c in document.claims if "29.9%" in c.text)
    assert {(c.scheme, c.value) for c in claim.citations} == {
        ("doi", "10.1093/jamia/ocae310"),
        ("pmid", "39724920"),
        ("pmcid", "PMC11756621"),
    }


def test_a_citation_line_without_its_journal_is_no_self_citation(
    pipeline: DocumentPipeline,
) -> None:
    """A blog's line citing another paper ("2019;16(3):345-350. doi: …") after prose is not the
    page's own citation; nor is a labelled identifier line naming another DOI."""
    page = (
        "# Heart rhythm after exercise\n\n"
        "Atrial fibrillation was found in 12% of the athletes we followed for two years.\n\n"
        "2019;16(3):345-350. doi: 10.1016/j.hrthm.2018.09.001\n\n"
        "PMID: 30000000 DOI: 10.1000/other.123\n"
    )
    document = run(pipeline, page, "blog.md")
    assert document.metadata.doi is None and document.metadata.pmid is None
    claim = next(c for c in document.claims if "12%" in c.text)
    assert claim.citations == ()


def test_text_scrape_header_citation_line_cites_the_body_split_off_as_abstract(
    pipeline: DocumentPipeline,
) -> None:
    page = (
        "Home\n\nArticles\n\nStudy protocol\n"
        "Improving decision making on location of care with the frail elderly\n\n"
        "France Légaré12*, Nathalie Brière3, Dawn Stacey45 and Lise Roy6\n\n"
        "Trials 2015, 16:50 doi:10.1186/s13063-015-0567-7\n\n"
        "Abstract\n\n"
        "About 35% of elderly people in Canada move to a care facility within a year.\n\n"
        "References\n\n"
        "Couet N, Desroches S. Assessments of decision making. Health Expect. 2013. "
        "doi:10.1111/hex.12054\n"
    )
    document = run(pipeline, page, "page.txt")
    assert document.title == "Improving decision making on location of care with the frail elderly"
    assert document.metadata.doi == "10.1186/s13063-015-0567-7"
    prose = [c for c in document.claims if "35%" in c.text]
    assert prose
    assert Citation(scheme="doi", value="10.1186/s13063-015-0567-7") in prose[0].citations


def test_text_scrape_title_before_a_byline(pipeline: DocumentPipeline) -> None:
    page = (
        "Direkt zum Inhalt\n\nFaktencheck\n\nTeilen:\n\n"
        "Angst vor dem Hantavirus lässt alte Verschwörungserzählungen wiederaufleben\n\n"
        "Veröffentlicht am 13. Mai 2026 um 15:44\n\n"
        "Von: Bill MCCARTHY\n\n"
        "Etwa 40 Prozent der Beiträge verbreiteten falsche Behauptungen über Impfstoffe.\n"
    )
    document = run(pipeline, page, "page.txt")
    assert document.title == (
        "Angst vor dem Hantavirus lässt alte Verschwörungserzählungen wiederaufleben"
    )


def test_a_byline_broken_over_lines_is_no_title(pipeline: DocumentPipeline) -> None:
    """A scrape broke "By Daily Mail Reporter" over two lines: neither "By" nor the newsroom's
    role is the page's title (the page has no headline: none beats a byline)."""
    page = (
        "By \nDaily Mail Reporter\n\nLast updated at 11:23 AM on 30th June 2011\n\n"
        "A clot-busting drug cut the chance of dying from a second heart attack by 20 per cent.\n"
    )
    title = run(pipeline, page, "page.txt").title
    assert title not in ("By", "Daily Mail Reporter")
    assert title is None or "heart attack" in title


def test_a_title_that_is_the_footers_owner_is_the_sites_name(pipeline: DocumentPipeline) -> None:
    """<title> names the site only ("WeerYaram"), as the footer's owner line does: the page's
    h1 is its title."""
    page = (
        "<html><head><title>WeerYaram</title></head><body>"
        "<h1>Avoir une activité physique régulière réduirait le risque de cancer</h1>"
        + PROSE
        + "<footer><p>@ 2019 weerYaram</p></footer></body></html>"
    )
    assert run(pipeline, page).title == (
        "Avoir une activité physique régulière réduirait le risque de cancer"
    )
    # Split by tags and comments, as a page's script writes it; "(c)" and "@" before no year
    # (a list's third item, a style rule) name no owner.
    split = page.replace(
        "<footer><p>@ 2019 weerYaram</p></footer>",
        "<footer><span>© <!-- -->2019<!-- --> </span><span>WeerYaram. All rights reserved"
        "</span><p>(c) cancer.</p><style>@media print {}</style></footer>",
    )
    assert run(pipeline, split).title == (
        "Avoir une activité physique régulière réduirait le risque de cancer"
    )
    # Without the owner line, a one-word <title> stays the title.
    alone = page.replace("<footer><p>@ 2019 weerYaram</p></footer>", "")
    assert run(pipeline, alone).title == "WeerYaram"


def test_markdown_h1_is_a_text_scrape_title(pipeline: DocumentPipeline) -> None:
    page = (
        "- [News](/)\n\n- [Video](/video)\n\n"
        "# Lebensmittel gegen Erkältung: Die richtige Ernährung\n\n"
        "Zink verkürzt Erkältungen um etwa 30 Prozent, zeigt eine Studie.\n"
    )
    assert run(pipeline, page, "page.md").title == (
        "Lebensmittel gegen Erkältung: Die richtige Ernährung"
    )


def test_records_before_schema_1_2_still_read() -> None:
    record = {
        "schema_version": "1.1",
        "source": {
            "path": "a.txt",
            "sha256": "0" * 64,
            "bytes": 1,
            "media_type": "text/plain",
            "encoding": "utf-8",
        },
        "language": None,
        "title": None,
        "articles": [],
        "sections": [],
        "removed": [],
        "claims": [],
        "identifiers": [],
        "entities": [],
        "abbreviations": [],
    }
    assert Document.model_validate(record).metadata.title is None


def test_document_keys_put_metadata_after_title() -> None:
    keys = list(Document.model_fields)
    assert keys[:5] == ["schema_version", "source", "language", "title", "metadata"]


def test_a_front_matter_citation_gives_the_title_over_a_summary_label(
    pipeline: DocumentPipeline,
) -> None:
    page = (
        "---\nlayout: post\n"
        'citation: "Pauwels RA, Pedersen S, Busse WW, et al. Early intervention with budesonide '
        'in mild persistent asthma: a randomised, double-blind trial. Lancet. 2003;361:1071-6."\n'
        "---\n\n### Quick Reference\n\n"
        "* The START trial showed that early budesonide reduces exacerbations in asthma.\n"
    )
    document = run(pipeline, page, "post.md")
    assert document.title == (
        "Early intervention with budesonide in mild persistent asthma: a randomised, "
        "double-blind trial"
    )


def test_markdown_front_matter_gives_title_date_and_author(pipeline: DocumentPipeline) -> None:
    page = (
        '---\ntags:\n- FAQ\ntitle: "Como funciona a eficácia de uma vacina?"\n'
        "date: 2021-11-04\nauthor: Ana Lima\n---\n![](/img.jpg)\n\n"
        "A vacina teve eficácia de 78% contra casos leves de COVID-19 no estudo.\n"
    )
    document = run(pipeline, page, "faq.md")
    assert document.title == document.metadata.title == "Como funciona a eficácia de uma vacina?"
    assert document.metadata.publication_date == "2021-11-04"
    assert document.metadata.authors == ("Ana Lima",)
    # Not front matter: a rule line later in the page gives nothing.
    later = run(pipeline, "Intro line.\n\n---\ntitle: Not this\n---\n", "later.md")
    assert later.metadata.title != "Not this"


def test_a_front_matter_main_title_is_the_title_a_short_title_is_not(
    pipeline: DocumentPipeline,
) -> None:
    page = (
        "---\nnum: 5\nmainTitle: Helseatlas kols\nshortTitle: Kols, 2013–2015\n---\n\n"
        "## Fastlege og legevakt\n\n"
        "Årlig var ca. 49 000 personer hos fastlege eller legevakt for kols, og 44 % fikk målt "
        "lungefunksjonen.\n"
    )
    document = run(pipeline, page, "atlas.md")
    assert document.title == document.metadata.title == "Helseatlas kols"


def test_a_quoted_yaml_title_is_read_unescaped(pipeline: DocumentPipeline) -> None:
    page = (
        '---\ntitle: "Patients with stroke arrive \\"later and worse\\" \\u2013 a survey"\n'
        "author: 'O''Brien'\n---\n\nStroke patients arrived 45% later during the pandemic.\n"
    )
    document = run(pipeline, page, "news.md")
    assert document.title == 'Patients with stroke arrive "later and worse" \u2013 a survey'
    assert document.metadata.authors == ("O'Brien",)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # YAML's own escapes ("\\x41", "\\_") decoded with the rest; a half surrogate pair
        # reads as U+FFFD and the record is still written.
        (
            '---\ntitle: "Vitamin \\x41 \\u00e9t\\u00e9 \\_ \\ud83d report"\n---\n',
            "Vitamin A été \ufffd report",
        ),
        (
            '+++\ntitle = "Vitamin \\U0001F600 \\u00e9t\\u00e9 report"\n+++\n',
            "Vitamin \U0001f600 été report",
        ),
        ("+++\ntitle = 'C:\\raw \\u00e9'\n+++\n", "C:\\raw \\u00e9"),
        # An emoji as JSON writes it (a surrogate pair), in YAML and in TOML; control characters
        # go.
        ('---\ntitle: "Smile \\ud83d\\ude00 \\e report"\n---\n', "Smile \U0001f600 report"),
        ('+++\ntitle = "Smile \\ud83d\\ude00 report"\n+++\n', "Smile \U0001f600 report"),
    ],
)
def test_front_matter_escapes_are_read_as_their_format_reads_them(
    pipeline: DocumentPipeline, head: str, title: str
) -> None:
    page = head + "\nVitamin A deficiency affects 30% of preschool children.\n"
    document = run(pipeline, page, "post.md")
    assert document.metadata.title == title
    document.model_dump_json()  # writable: no lone surrogate


def test_a_citation_bar_is_no_title_and_gives_the_pages_doi(pipeline: DocumentPipeline) -> None:
    """A journal page's scrape opens with its citation bar (type, journal, volume (issue),
    date, DOI, the copy button's label); the title is the line under it. A date line over a
    licence notice that cleaning removes is no headline over a lead."""
    page = (
        "Letter to the Editor • Arq. Bras. Cardiol. 118 (4) • Apr 2022 • "
        "https://doi.org/10.36660/abc.20210807 linkcopy\n"
        "Prevalence of SARS in Adults with Chronic Cardiovascular Disease: A Critical Analysis\n"
        "Dear Editor,\n"
        "The study included 116,343 patients, of whom 61.9% were diagnosed with SARS.\n"
        "Publication Dates\n"
        "Date of issue Apr 2022\n"
        "This is an Open Access article distributed under the terms of the Creative Commons "
        "Attribution License, which permits unrestricted use.\n"
    )
    document = run(pipeline, page, "letter.txt")
    assert document.title == (
        "Prevalence of SARS in Adults with Chronic Cardiovascular Disease: A Critical Analysis"
    )
    assert ("doi", "10.36660/abc.20210807") in [
        (c.scheme, c.value) for c in document.claims[0].citations
    ]


def test_a_line_of_menu_items_is_no_headline(pipeline: DocumentPipeline) -> None:
    page = (
        "aids outbreak - MedHelp\nForums\nTools\n"
        "Herpes outbreaks heal in two weeks; valacyclovir shortens them by a day or two.\n"
        "Explore Our Android Apps: My Cycles | My Diet Diary | Sugar Sense | View All Mobile Apps\n"
        "The Content on this Site is presented in a summary fashion and is for education only.\n"
    )
    document = run(pipeline, page, "qa.txt")
    assert document.title is not None and "Explore" not in document.title
    assert document.title.casefold().startswith("aids outbreak")


def test_a_folded_yaml_title_is_read_whole(pipeline: DocumentPipeline) -> None:
    """A generator folds a long title over indented lines: the title is all of them; a list
    under a key is no part of the value above it."""
    page = (
        "---\ntitle: Statins did not reduce exacerbations in COPD   \n"
        "  and cardiovascular comorbidities\ndate: '2024-05-15'\n"
        "description: 'CONCLUSION: These findings\n  complement the literature'\ntags:\n  - copd\n---\n"
        "Statins did not lower the rate of exacerbations in 2,741 patients with COPD.\n"
    )
    document = run(pipeline, page, "post.md")
    assert document.title == (
        "Statins did not reduce exacerbations in COPD and cardiovascular comorbidities"
    )
    assert document.metadata.publication_date == "2024-05-15"


def test_a_front_matter_link_to_the_work_gives_its_identifier(pipeline: DocumentPipeline) -> None:
    """A feed item or link post names the work it is about in its front matter ("linkTitle: https:
    //pubmed.ncbi.nlm.nih.gov/38587237/?utm_source=rss"): its identifier is the page's, and the
    citation of its claims."""
    page = (
        "---\ntitle: Empagliflozin after Acute Myocardial Infarction\n"
        "linkTitle: https://pubmed.ncbi.nlm.nih.gov/38587237/?utm_source=curl&utm_medium=rss\n"
        "source: N Engl J Med\n---\n"
        "Among patients at risk for heart failure after acute myocardial infarction, "
        "empagliflozin did not lower the risk of a first hospitalization.\n"
    )
    document = run(pipeline, page, "feed.md")
    assert document.metadata.pmid == "38587237"
    assert [(c.scheme, c.value) for c in document.claims[0].citations] == [("pmid", "38587237")]
    # A link that names no identifier gives none.
    other = run(
        pipeline, page.replace("pubmed.ncbi.nlm.nih.gov/38587237/", "example.org/a/"), "b.md"
    )
    assert other.metadata.pmid is None and other.claims[0].citations == ()


@pytest.mark.parametrize(
    "head",
    [
        # Hugo's JSON front matter: a top-level "title" member; a nested one is not the page's.
        '{\n  "title": "Only 3.4% of children get vitamin D \\"drops\\"",\n'
        '  "aliases": ["/a", {"title": "Not this"}],\n  "date": "2024-05-31"\n}\n',
        # TOML between "+++" lines.
        '+++\ntitle = "Only 3.4% of children get vitamin D \\"drops\\""\ndate = "2024-05-31"\n+++\n',
    ],
)
def test_json_and_toml_front_matter_give_the_title(pipeline: DocumentPipeline, head: str) -> None:
    page = (
        head + "\n#### Are sun exposure and vitamin D intake related to income in children?\n\n"
        "Vitamin D supplements were taken by 3.4% of the children in the study.\n"
    )
    document = run(pipeline, page, "post.md")
    # A JSON string's and a TOML basic string's escapes decoded.
    assert document.metadata.title == 'Only 3.4% of children get vitamin D "drops"'
    assert document.metadata.publication_date == "2024-05-31"


def test_typographic_hyphens_in_a_title_are_ascii(pipeline: DocumentPipeline) -> None:
    page = (
        '<html><head><meta name="citation_title" content="PF&#x2010;05190457, a glucose'
        '\u2011dependent ghrelin antagonist"></head><body>' + PROSE + "</body></html>"
    )
    assert run(pipeline, page).title == "PF-05190457, a glucose-dependent ghrelin antagonist"


def test_a_text_scrape_opening_with_the_browser_title_takes_its_headline(
    pipeline: DocumentPipeline,
) -> None:
    """The first line is the <title> ("Headline - Site") glued to the site's menu; the
    headline stands again in the body. The menu's glued run of words is no title."""
    headline = "Less invasive treatment for emphysema is as good as surgery in a first trial"
    page = (
        f"{headline} - ERS - European Respiratory Society[icon](/)Search * [News](/news/)\n"
        "* [The Society](/s)Back[Visit The Society](/s)Partner societies\n"
        "---\n\t+ [External events](/e)The SocietyMore than 35,000 clinicians are part of the "
        "ERS community[Become an ERS member](/m)\n\n"
        f"[Home](/) [News](/news/) {headline}\n\n"
        "The trial randomised 88 patients with emphysema; 45% improved after one year.\n"
    )
    document = run(pipeline, page, "news.md")
    assert document.title == headline


def test_a_text_scrape_without_a_headline_takes_its_first_line(
    pipeline: DocumentPipeline,
) -> None:
    """A homepage's scrape: teasers, no headline, no byline; its first line goes with the menu
    under it. That line (the browser's <title>, markup cut) is the title rather than none."""
    page = (
        "Huisartsenweekblad\n* [Nieuws](/n)\n* [Agenda](/a)\n* [Contact](/c)\n\n"
        "De kans op herstel varieert per ziekenhuis: 40% in het ene, 60% in het andere.\n\n"
        "Bacteriofagen zijn virussen die bacteriën infecteren; 3 van de 10 patiënten reageerden.\n"
    )
    document = run(pipeline, page, "home.txt")
    assert document.title == "Huisartsenweekblad"
    # A menu's link labels before the site's name are no title, nor part of it.
    menu = "[Home](/) [Nieuws](/n) [Agenda](/a) Huisartsenweekblad - Vakblad voor de huisarts\n\n"
    document = run(pipeline, menu + page.partition("\n\n")[2], "home.txt")
    assert document.title == "Huisartsenweekblad - Vakblad voor de huisarts"


def test_a_pubmed_citation_line_under_the_headline_cites_every_claim(
    pipeline: DocumentPipeline,
) -> None:
    """A blog post that summarises a paper: PubMed's citation line under the headline is the
    page's own DOI (every claim carries it), and no claim itself."""
    page = (
        "#### Are sun exposure and vitamin D intake related to income in children?\n\n"
        "Am J Hum Biol. 2024 May 28:e24109. [doi: 10.1002/ajhb.24109]"
        "(https://doi.org/10.1002/ajhb.24109) PDF behind Paywall\n\n"
        "Vitamin D supplements were taken by 3.4% of the 4755 children.\n\n"
        "References\n\n"
        "Smith J. Vitamin D in Lisbon. Nutrients. 2021 Mar;13(3):845. doi: 10.3390/nu13030845.\n"
    )
    document = run(pipeline, page, "post.md")
    assert document.metadata.doi == "10.1002/ajhb.24109"
    assert document.claims and all(
        Citation(scheme="doi", value="10.1002/ajhb.24109") in c.citations for c in document.claims
    )
    assert not any("PDF behind Paywall" in c.text for c in document.claims)


@pytest.mark.parametrize(
    ("page", "name"),
    [
        # A reference entry shaped like a citation line.
        (
            "Vitamin D supplements were taken by 3.4% of the 4755 children.\n\n"
            "References\n\n"
            "Smith J. Vitamin D in Lisbon. Nutrients. 2021 Mar;13(3):845. doi: 10.3390/nu13030845.\n",
            "post.md",
        ),
        # A list of citation bars: related articles.
        (
            "Vitamin D supplementation and mortality in older adults: a cohort study\n"
            "Vitamin D supplementation lowered mortality by 12% in adults over 70.\n"
            "Similar articles\n"
            "Nutrients 13 (3) · Mar 2021 · https://doi.org/10.3390/nu13030845\n"
            "Review • BMJ 372 • Jan 2021 • https://doi.org/10.1136/bmj.n100\n",
            "cohort.txt",
        ),
    ],
)
def test_a_citation_shaped_line_of_another_work_is_not_the_pages_own(
    pipeline: DocumentPipeline, page: str, name: str
) -> None:
    document = run(pipeline, page, name)
    assert document.metadata.doi is None
    assert all(not c.citations for c in document.claims)


def test_the_first_line_fallback_reads_past_front_matter_and_long_lines(
    pipeline: DocumentPipeline,
) -> None:
    body = "Vitamin D supplements were taken by 3.4% of the 4755 children in the study.\n"
    for head in (
        "---\ndate: 2024-05-31\nauthor: Jane Smith\n---\n",
        '+++\ndate = "2024-05-31"\n+++\n',
    ):
        title = run(pipeline, head + body, "post.md").title
        assert title is None or "2024-05-31" not in title
    one_line = run(pipeline, "[a " * 20000, "page.txt")
    assert one_line.title is None or len(one_line.title) < 1000


def test_toml_front_matter_keeps_to_its_top_level(pipeline: DocumentPipeline) -> None:
    page = (
        '+++\ntitle = "Vitamin D in children" # the post\n[params]\ntitle = "Nested"\n+++\n'
        "Vitamin D supplements were taken by 3.4% of the 4755 children.\n"
    )
    assert run(pipeline, page, "post.md").metadata.title == "Vitamin D in children"


def test_registry_title_label_cut_with_the_menu_still_gives_the_title(
    pipeline: DocumentPipeline,
) -> None:
    """A text scrape's "Official Title" line under the site menu goes with the menu; the line
    after it is still the record's title."""
    page = (
        "HOME\n\nOUR APPROACH\n\nBROWSE TRIALS\n\nFAQs\n\nTrial Summary\n\nOfficial Title\n\n"
        "A Phase 1, Randomized, Double-Blind Study of Oral TAK-648 Doses in Healthy Subjects\n\n"
        "NCT Number\n\nNCT02684396\n\n"
        "TAK-648 was dosed in 5 sequential cohorts of healthy subjects with diabetes.\n"
    )
    document = run(pipeline, page, "record.txt")
    assert document.title == (
        "A Phase 1, Randomized, Double-Blind Study of Oral TAK-648 Doses in Healthy Subjects"
    )
    # "NCT Number" and its value on the next line: the record's own registration.
    own = Citation(scheme="nct", value="NCT02684396")
    assert own in document.metadata.registrations
    assert document.claims and all(own in claim.citations for claim in document.claims)


def test_text_page_opening_with_an_intro_box_takes_its_first_title_like_line(
    pipeline: DocumentPipeline,
) -> None:
    page = (
        "<pageinfo>\nDans cette page, nous vous donnons quelques informations.\n</pageinfo>\n\n"
        "**Les virus de la grippe**\n\nLes virus de la grippe causent 5% des infections.\n"
    )
    assert run(pipeline, page, "info.md").title == "Les virus de la grippe"


def test_homepage_scrape_under_its_menus_takes_its_first_led_headline(
    pipeline: DocumentPipeline,
) -> None:
    """No headline, byline or title line: the first title-like line that a lead follows is the
    title (a news page's or a homepage's first story); the menus' short lines are led by
    nothing, and a skip link is no title. A line that cleaning removed (a newsletter box's
    heading over its pitch) is none."""
    menu = "\n\n".join(
        ["Skip to main content", "Menu", "Log in", "Subscribe", "News", "21 December"]
    )
    story = (
        "Few doctors sit on town councils\n\n"
        "A survey of all councils found that nurses are far more often elected than doctors.\n\n"
        "READ MORE\n\n"
        "Chewing gum after surgery\n\n"
        "Chewing gum did not speed the recovery of bowel function in 20% of patients.\n"
    )
    assert run(pipeline, menu + "\n\n" + story, "home.txt").title == (
        "Few doctors sit on town councils"
    )
    boxed = (
        "Home\nNews\nHealth\nSubscribe to our newsletter today\nGet the latest health news "
        "delivered to your inbox every week, for free, from our editors.\n"
    )
    assert run(pipeline, boxed, "home.txt").title != "Subscribe to our newsletter today"


def test_a_summary_box_label_or_an_emphasised_sentence_is_no_title(
    pipeline: DocumentPipeline,
) -> None:
    """A page with section headings takes no story headline from its body ("...: **Once you
    stop, the weight comes back.**" under "### 2."), and a summary box's label ("Das
    Wichtigste in Kürze", "Key points") is no title: the page's first line is."""
    page = (
        "<!--\nWeight-loss injections: what you should know\n-->\n\n"
        "You have surely heard of them: the injections are sold out everywhere.\n\n"
        "## Das Wichtigste in Kürze\n\n- **15% weight loss** on average after 68 weeks\n\n"
        "### 2. The weight comes back\n\n"
        "Here is the catch nobody talks about: **Once you stop, the weight comes back.**\n\n"
        "One study showed that a year after stopping, participants had regained two thirds "
        "of the weight they had lost.\n"
    )
    assert run(pipeline, page, "article.md").title == (
        "Weight-loss injections: what you should know"
    )


def test_an_html_page_without_title_or_h1_takes_its_first_heading(
    pipeline: DocumentPipeline,
) -> None:
    """An e-learning page saved as a fragment: no <title>, no h1, its h2 cut with the page's
    chrome; its first heading is still its title (no title at all is always wrong)."""
    page = (
        '<div class="page"><h2>6.2 Inleiding</h2><p>MS wordt gekenmerkt door grote verschillen in '
        "de prognose tussen patiënten, en 5% krijgt een ernstige invaliditeit.</p></div>"
    )
    assert run(pipeline, page, "module.html").title == "6.2 Inleiding"


@pytest.mark.parametrize(
    ("related", "cited"),
    [
        ("", {"doi": "10.1038/nature09042", "pmid": "20407435", "pmcid": "PMC2884087"}),
        # a second DOI in the front matter: which is the page's is unknown, the DOI is left out
        ("notes: see also doi:10.1000/xyz123\n", {"pmid": "20407435", "pmcid": "PMC2884087"}),
        # a reference list's identifiers are other works': the page's DOI stands
        (
            "references:\n  - Smith J. Another trial. BMJ. 2019. doi:10.1136/bmj.l123 PMID 31234567\n",
            {"doi": "10.1038/nature09042", "pmid": "20407435", "pmcid": "PMC2884087"},
        ),
    ],
    ids=["one-of-each", "two-dois", "references"],
)
def test_identifiers_named_in_a_front_matters_values_are_the_pages(
    pipeline: DocumentPipeline, related: str, cited: dict[str, str]
) -> None:
    """A clipping note's front matter names its page's identifiers in free values ("published:
    2010（Nature …；DOI 10.1038/nature09042；…）", a capture note's "PMCID PMC2884087 / PMID
    20407435"): each scheme it names one value of is the page's, and every claim cites it."""
    text = (
        "---\n"
        'title: "Putting brain training to the test"\n'
        "published: 2010（Nature, 465(7299):775–778；DOI 10.1038/nature09042；PMC 存档版）\n"
        "capture_method: >\n"
        "  从 PMC 抓取（https://pmc.ncbi.nlm.nih.gov/articles/PMC2884087/；PMCID PMC2884087 /"
        " PMID 20407435）。\n"
        f"{related}"
        "---\n"
        "## Abstract\n\n"
        "Of 52,617 participants who registered, 11,430 completed the six-week online study.\n"
    )
    document = run(pipeline, text, "note.md")
    assert document.metadata is not None
    found = {s: getattr(document.metadata, s) for s in ("doi", "pmid", "pmcid")}
    assert {s: v for s, v in found.items() if v} == cited
    assert document.claims
    for claim in document.claims:
        assert {(c.scheme, c.value) for c in claim.citations} == set(cited.items())


def test_no_title_no_h1_the_headline_above_the_prose(pipeline: DocumentPipeline) -> None:
    """A saved journal page without <title>, whose h1 is its logo: the heading nearest above the
    page's first prose that reads as a headline (four words or more, no question, no run of
    names) is its title, not the greeting or the journal's name above it; a section's label
    or question there leaves the page's first heading."""
    prose = (
        "<p>Cryptosporidium is a well-known cause of neonatal enteritis in cattle worldwide, and "
        "four species are commonly found in cattle of all ages in every country studied.</p>"
    )
    page = (
        '<html><body><h1><a href="/"><img src="/logo.gif" alt=""></a></h1>'
        "<h3>Welcome to Cambridge Journals Online</h3><h2>Parasitology Open</h2>"
        "<h3><a>A multiplex PCR test to identify four common cattle-adapted "
        "<em>Cryptosporidium</em> species</a></h3>"
        "<h3>SARAH THOMSON a1, ELISABETH A. INNES a1, NICHOLAS N. JONSSON a2 and FRANK KATZER "
        "a1 c1</h3>" + prose + "</body></html>"
    )
    assert run(pipeline, page).title == (
        "A multiplex PCR test to identify four common cattle-adapted Cryptosporidium species"
    )
    sections = (
        "<html><body><h2>Informações Gerais sobre a Dengue</h2><h3>O que é Dengue?</h3>"
        "<h3>Sintomas</h3>" + prose + "</body></html>"
    )
    assert run(pipeline, sections).title == "Informações Gerais sobre a Dengue"


def test_a_chinese_headline_is_a_title_and_a_date_line_never_is(pipeline: DocumentPipeline) -> None:
    """A headline in a script without capitals was never heading- or title-like; a date line
    that a lead followed was taken for a title ("December 18, 2017" over a comment)."""
    page = (
        "新冠疫苗之比较\n\n"
        "辉瑞疫苗的有效率为95%，Moderna疫苗的有效率为94.1%，国药疫苗的有效率为79%左右。\n"
    )
    assert run(pipeline, page, "vaccines.txt").title == "新冠疫苗之比较"
    dated = (
        "Menu\n\nDecember 18, 2017\n\n"
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n"
    )
    assert run(pipeline, dated, "dated.txt").title != "December 18, 2017"


def test_an_ide_template_title_is_no_title(pipeline: DocumentPipeline) -> None:
    """Eclipse's JSP template leaves "Insert title here" in the <title> of pages built on it."""
    page = (
        "<html><head><title>Insert title here</title></head><body>"
        "<h2>Entenda a relação da endometriose e gravidez!</h2>"
        "<p>A endometriose afeta cerca de 10% das mulheres em idade reprodutiva.</p></body></html>"
    )
    assert run(pipeline, page, "post.html").title == "Entenda a relação da endometriose e gravidez!"


def test_a_setext_heading_is_the_title(pipeline: DocumentPipeline) -> None:
    """Pandoc and many markdown writers underline a heading ("Title\\n=====", with pandoc's
    "{#id .class}" after it): it is the page's h1, not a paragraph. A rule after a blank line
    is a horizontal rule."""
    page = (
        "::: {#page .site}\n[Skip to content](#content){.skip-link}\n:::\n\n"
        "10 choses que vous ignorez sur les séropositifs {#choses .entry-title}\n"
        "=====================================================\n\n"
        "Une personne séropositive sous traitement ne transmet pas le VIH.\n\n"
        "Sous-titre\n----------\n\nLa PrEP réduit le risque de 86 %.\n\n---\n\nFin.\n"
    )
    document = run(pipeline, page, "article.md")
    assert document.title == "10 choses que vous ignorez sur les séropositifs"
    assert [s.title for s in document.sections][:2] == [
        "10 choses que vous ignorez sur les séropositifs",
        "Sous-titre",
    ]
    # A paragraph's last line over "---" heads nothing alone (CommonMark would make the whole
    # paragraph the heading; its lines are blocks of their own here).
    wrapped = (
        "Une première ligne du texte sur la prévention.\nSa deuxième ligne\n---\n\n"
        "La PrEP réduit le risque de 86 % chez les personnes exposées au VIH.\n"
    )
    cleaned = pipeline.clean(load_bytes(wrapped.encode("utf-8"), "wrapped.md"))
    (second,) = [b for b in cleaned.blocks if b.text.text == "Sa deuxième ligne"]
    assert second.kind == BlockKind.PARAGRAPH


def test_a_byline_asks_for_a_capital_whatever_the_case_of_its_word(
    pipeline: DocumentPipeline,
) -> None:
    """The byline rules are matched ignoring case, which made their capital any letter: "Par
    extension, les postes …" was a byline, and the line above it the page's title."""
    page = (
        "Menu\n\nActualités\n\n"
        "Ils le sont encore dans la gendarmerie, la police, chez les\n"
        "sapeurs-pompiers ou encore dans l'armée.\n"
        "Par extension, les postes leur sont fatalement inaccessibles.\n\n"
        "Une personne séropositive sous traitement ne transmet pas le VIH.\n"
    )
    title = run(pipeline, page, "article.txt").title
    assert title != "Ils le sont encore dans la gendarmerie, la police, chez les"


def test_a_page_without_headings_takes_its_bold_headline(pipeline: DocumentPipeline) -> None:
    """An old page laid out in a table, without <title>, h1 or any heading, sets its title in
    bold; a bold label ("Introdução") is shorter than a headline."""
    page = (
        "<table><tr><td><font class='lt5'><b>Análise de pacientes submetidos à enteroscopia "
        "por duplo balão</b></font></td></tr></table>"
        "<p><b>Introdução</b>: A enteroscopia por duplo balão é um importante método endoscópico "
        "para abordagem do intestino delgado, com baixa taxa de complicações em 63,1% dos casos "
        "analisados entre 2011 e 2014 no hospital.</p>"
    )
    title = run(pipeline, page, "resumo.html").title
    assert title == "Análise de pacientes submetidos à enteroscopia por duplo balão"


def test_a_documents_kind_is_no_title(pipeline: DocumentPipeline) -> None:
    """ "SHORT VERSION - Press Release", "FOR IMMEDIATE RELEASE", "Pressemitteilung": a press
    release's kind stands over its headline, which is the title."""
    page = (
        "# SHORT VERSION - Press Release\n\nFOR IMMEDIATE RELEASE\n\n"
        '## Study Finds 1,000+ U.S. "Food Deserts" With Surprisingly Good Health Outcomes\n\n'
        "A new analysis of 68,000 census tracts reveals that 12% of food deserts show better "
        "health outcomes than predicted.\n"
    )
    assert run(pipeline, page, "release.md").title == (
        'Study Finds 1,000+ U.S. "Food Deserts" With Surprisingly Good Health Outcomes'
    )
    german = "# Pressemitteilung\n\n## Neue Studie zu Vitamin D bei Kindern\n\nText.\n"
    assert run(pipeline, german, "pm.md").title == "Neue Studie zu Vitamin D bei Kindern"


def test_an_h1_that_links_home_is_the_sites_name(pipeline: DocumentPipeline) -> None:
    """A site sets its name as a logo in an h1 linked to its home page ("# [Bio Stat CHF
    Tayside](/)", "<h1><a href="/">…</a></h1>"); the page's own h1 below it is its title."""
    page = (
        "[Skip to main content](#main-content)\n# [Bio Stat CHF Tayside](/)\n"
        "- [Home](/)\n- [News](/news)\n"
        "# Biostat Tayside CHF - Tailored Treatment in Chronic Heart Failure\n"
        "BIOSTAT-CHF aims to identify patients with heart failure who respond poorly to therapy.\n"
    )
    assert run(pipeline, page, "home.md").title == (
        "Biostat Tayside CHF - Tailored Treatment in Chronic Heart Failure"
    )
    html = (
        "<html><body><h1><a href='https://example.org/'>Heart Clinic</a></h1><main>"
        "<h1>Statins after a heart attack</h1><p>Statins cut the risk of a second heart attack "
        "by 30% in the trial.</p></main></body></html>"
    )
    assert run(pipeline, html, "post.html").title == "Statins after a heart attack"


_CLINIC_BLOG = (
    "Cardoso e Ávila\n"
    "## Blog\n"
    "##### Doenças de Mama: Diagnóstico\n"
    "As doenças da mama podem aparecer em mulheres e homens, devido a alterações hormonais e "
    "mutações genéticas. O diagnóstico é feito pelo mastologista, que cuida da saúde mamária.\n"
    "O diagnóstico precoce ajuda na prevenção e tratamento das doenças mamárias benignas.\n"
)


def test_a_text_page_s_heading_over_its_prose_is_the_title_under_the_site_s_name_and_menus(
    pipeline: DocumentPipeline,
) -> None:
    document = run(pipeline, _CLINIC_BLOG, "post.md")
    assert document.title == "Doenças de Mama: Diagnóstico"
    # The headline under a removed menu label is kept, not taken for a related post's title.
    assert not any("Doenças de Mama" in r.text for r in document.removed)


def test_a_text_page_s_heading_over_its_prose_is_the_title_under_a_domain_heading(
    pipeline: DocumentPipeline,
) -> None:
    # A carousel of slides under the domain: each slide's heading, its tagline and labels.
    slide = "![...](slide.jpg)\n## {}\nNews, Development and Trends\nTechnology\nTech Fun\n"
    page = (
        "# how-healthy.com\n- [Home](index.php)\n- [Contact us](contactus.php)\n"
        + "".join(slide.format(h) for h in ("Welcome to iCoder", "Award winning Blog"))
        + "Previous\nNext\n## High blood pressure facts\n"
        "High blood pressure is called the silent killer because it often causes no symptoms "
        "for many years, until it damages the heart, the kidneys and the brain.\n"
        "Poorly controlled high blood pressure can damage the blood vessels of the eye.\n"
    )
    assert run(pipeline, page, "post.md").title == "High blood pressure facts"
    # A heading that is a title stays the title over the same shape.
    titled = page.replace("# how-healthy.com", "# Blood pressure guide")
    assert run(pipeline, titled, "post.md").title == "Blood pressure guide"


def test_a_text_page_s_heading_over_its_prose_is_the_title_under_the_page_s_own_menu_entry(
    pipeline: DocumentPipeline,
) -> None:
    # A documentation theme repeats the page's menu entry over a table of contents.
    menu = "- [Vaccine myths](/docs/myths/)\n- [Statins and muscle pain](/docs/statins/)\n"
    page = (
        "## [Health notes](/)\n" + menu + "Menu\nStatins and muscle pain\nTable of Contents\n"
        "- [Statins rarely cause muscle pain](#statins-rarely)\n"
        "- [What the trials found](#trials)\n- [What to do](#what-to-do)\n"
        "## Statins rarely cause muscle pain\n"
        "In blinded trials, muscle pain was reported about as often by people taking a statin as "
        "by people taking a placebo, and most of it was not caused by the drug.\n"
        "### What the trials found\nMuscle symptoms were reported by 27% of people on a statin "
        "and by 26% of people on a placebo.\n"
        "### What to do\nTalk to your doctor before you stop taking a statin.\n"
    )
    assert run(pipeline, page, "post.md").title == "Statins rarely cause muscle pain"
    # The same line when no menu entry says it is the page's title.
    other_menu = menu.replace("[Statins and muscle pain]", "[Muscle pain]")
    assert run(pipeline, page.replace(menu, other_menu), "post.md").title == (
        "Statins and muscle pain"
    )


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # The browser's <title> of a site's section, then the headline over a one-sentence lead.
        (
            "Profilactika Media — Ненапрасно\n"
            "В России появится первый просветительский медиапроект о профилактике рака\n"
            "Фонд профилактики рака «Не напрасно» выиграл президентский грант на создание "
            "просветительского медиапроекта о профилактике онкологических заболеваний.\n",
            "В России появится первый просветительский медиапроект о профилактике рака",
        ),
        # The site's name and a menu word over a two-word headline and its prose.
        (
            "Cardoso e Ávila\nBlog\nRisco Cardiometabólico\n"
            "As doenças cardiometabólicas são multifatoriais. Estes fatores incluem:\n"
            "Obesidade;\nPressão arterial elevada;\n",
            "Risco Cardiometabólico",
        ),
        # A slogan of one short sentence is no lead: the first line stays the title.
        (
            "STEM CELL CLINIC\nADVANCED TECHNOLOGY\n"
            "Our main task is to help your own body heal itself!\nDISEASES WE TREAT\n",
            "STEM CELL CLINIC",
        ),
        # A title over its subtitle, dateline or a label: no site line above, the title stays.
        (
            "Measles in Europe\nWHO warns of rising outbreaks\n"
            "Measles cases in the European region rose sharply last year, and the World Health "
            "Organization warns that vaccination coverage has fallen in many countries.\n",
            "Measles in Europe",
        ),
        (
            "Statin therapy\nUpdated March 2024\nKey points to remember\n"
            "Statins lower LDL cholesterol in most adults. They also cut the risk of a heart "
            "attack.\n",
            "Statin therapy",
        ),
    ],
)
def test_a_text_scrape_s_line_over_its_lead_is_the_title_under_short_site_lines(
    pipeline: DocumentPipeline, page: str, title: str
) -> None:
    assert run(pipeline, page, "page.txt").title == title


def test_a_template_s_page_label_over_the_post_s_own_headline_is_not_the_title(
    pipeline: DocumentPipeline,
) -> None:
    page = (
        "# Tin tức chi tiết\n"
        "![Image](assets/images/breadcrumb-09.jpg)\n"
        "## Tin tức\n"
        "# Biết 10 nguyên nhân gây yếu sinh lý, bạn có thể dễ dàng cải thiện\n"
        "Thứ ba, 03/04/2021\n"
        "Chuyện chăn gối luôn được xem là vấn đề nhạy cảm, ít được đề cập đến. Bởi vậy, nhiều "
        "người gặp phải tình trạng này mà không biết nguyên nhân.\n"
    )
    assert run(pipeline, page, "post.md").title == (
        "Biết 10 nguyên nhân gây yếu sinh lý, bạn có thể dễ dàng cải thiện"
    )
    # A first heading with its own text under it stays the title.
    own = page.replace("## Tin tức\n", "Tin tức về sức khỏe và đời sống được cập nhật mỗi ngày.\n")
    assert run(pipeline, own, "post.md").title == "Tin tức chi tiết"
    # A page whose sections are all level 1 keeps its first.
    sections = (
        "# Aspirin\n\n# Who should take aspirin every day to prevent a heart attack\n\n"
        "Aspirin lowers the risk of a second heart attack in people who have had one, but "
        "its bleeding risk outweighs the benefit for most healthy adults.\n\n"
        "# How aspirin raises the risk of bleeding\n\nIt thins the blood.\n"
    )
    assert run(pipeline, sections, "post.md").title == "Aspirin"


@pytest.mark.parametrize(
    "headings",
    ["## Background and main findings\n", "## Abstract\n### Background and main findings\n"],
)
def test_a_headline_first_line_over_section_headings_stays_the_title(
    pipeline: DocumentPipeline, headings: str
) -> None:
    page = (
        "Statins in people at low risk of vascular disease\n"
        + headings
        + "Statins lowered the risk of major vascular events by 21% per mmol/L of LDL cholesterol "
        "in people at low risk, a meta-analysis of 27 randomised trials found last year.\n"
    )
    assert (
        run(pipeline, page, "post.md").title == "Statins in people at low risk of vascular disease"
    )


def test_a_wiki_page_s_title_is_its_infobox_name_never_the_template_opener(
    pipeline: DocumentPipeline,
) -> None:
    page = (
        "{{Infobox medical condition\n"
        "|name             =Rh disease\n"
        "|specialty        =[[Paediatrics]], [[haematology]]\n"
        "}}\n"
        "'''Rh disease''' occurs when the antibodies of a pregnant woman destroy the red blood "
        "cells of the fetus; about a third of babies in an at-risk pregnancy die.\n"
    )
    assert run(pipeline, page, "page.md").title == "Rh disease"
    unnamed = page.replace("|name             =Rh disease\n", "")
    assert run(pipeline, unnamed, "page.md").title != "{{Infobox medical condition"


_LAYOUT_TABLE_STORY = (
    "<html><head><title>Daily Courier - News From Everywhere</title></head><body>"
    "<table><tr><td><p><b>Earthquake triggered asthma attacks in the region, doctors say</b></p>"
    "</td><td></td></tr><tr><td><div>Doctors at the university hospital saw a rise in asthma "
    "attacks after the earthquake, as dust from collapsed buildings filled the air for weeks. "
    "Patients with chronic obstructive pulmonary disease also came in more often, and the "
    "chest clinic asked people with lung disease to wear masks near the ruins. Asbestos in old "
    "buildings may raise the risk of lung cancer in later years, the head of the clinic said, "
    "and the region will need screening for decades to come.</div></td></tr></table>"
    "</body></html>"
)


def test_a_bold_headline_beats_a_title_element_that_shares_no_word_with_the_text(
    pipeline: DocumentPipeline,
) -> None:
    document = run(pipeline, _LAYOUT_TABLE_STORY, "story.html")
    assert document.title == "Earthquake triggered asthma attacks in the region, doctors say"
    # A <title> that the text shares a word with names the page: it stays.
    related = _LAYOUT_TABLE_STORY.replace(
        "Daily Courier - News From Everywhere", "Asthma After the Earthquake"
    )
    assert run(pipeline, related, "story.html").title == "Asthma After the Earthquake"


_PROSE_LINE = (
    "High blood pressure often has no symptoms for years, and many adults do not know that "
    "they have it until a stroke or a heart attack.\n\n"
)


_SCIELO_SCRAPE = (
    "Induction of arrhythmias in the isolated beating hearts of rats perfused with médium\n"
    "## SciELO\n"
    "# Brazilian Journal of Medical and Biological Research\n"
    "Online version ISSN 1414-431X\n"
    "Braz. J. Med. Biol. Res. vol. 46 no. 1\n"
    "http://dx.doi.org/10.1590/1414-431X20122409\n"
    "## Biomedical Sciences\n"
    "# Induction of arrhythmias in the isolated beating hearts of rats perfused with medium\n"
    "# Abstract\n"
    "Chagas myocardiopathy is characterized by heart failure and arrhythmias, and 40% of the "
    "perfused hearts developed ventricular arrhythmias within ten minutes of the perfusion.\n"
    "# References\n"
    "1. Smith J. Chagas disease. Cardiovasc Res 2003; 60: 96-107, doi: 10.1016/s0008-6363(03)00361-4.\n"
)


def test_a_heading_that_repeats_the_first_line_is_the_title_over_the_journal_s_h1(
    pipeline: DocumentPipeline,
) -> None:
    document = run(pipeline, _SCIELO_SCRAPE, "article.md")
    assert document.title == (
        "Induction of arrhythmias in the isolated beating hearts of rats perfused with medium"
    )


def test_a_doi_alone_under_the_journal_s_volume_line_is_the_page_s_own(
    pipeline: DocumentPipeline,
) -> None:
    document = run(pipeline, _SCIELO_SCRAPE, "article.md")
    assert document.metadata is not None
    assert document.metadata.doi == "10.1590/1414-431x20122409"
    claim = next(c for c in document.claims if "40%" in c.text)
    assert ("doi", "10.1590/1414-431x20122409") in [(c.scheme, c.value) for c in claim.citations]


def test_a_chinese_registry_s_title_row_gives_the_title(pipeline: DocumentPipeline) -> None:
    page = (
        "<html><head><title>中国临床试验注册中心 - 世界卫生组织国际临床试验注册平台一级注册机构"
        "</title></head><body><table>"
        "<tr><td>注册号：</td><td>ChiCTR2600132949</td></tr>"
        "<tr><td>注册题目：</td><td>可切除胰腺癌术后维持化疗方案的临床研究</td></tr>"
        "<tr><td>Public title：</td><td>A Clinical Study of Maintenance Chemotherapy Regimens"
        "</td></tr><tr><td>研究目的：</td><td>比较两种维持化疗方案对胰腺癌患者无病生存期的影响，"
        "约30%的患者术后一年内复发。</td></tr></table></body></html>"
    )
    assert run(pipeline, page, "record.html").title == "可切除胰腺癌术后维持化疗方案的临床研究"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # The site's name as the first line and again in the footer, under the prose.
        (
            "Cleveland Clinic Health Essentials\n# Why Blood Pressure Matters More Than You Think\n\n"
            + _PROSE_LINE
            + "## Cleveland Clinic Health Essentials\n",
            "Why Blood Pressure Matters More Than You Think",
        ),
        # A closing hashtag that spells the first line without its spaces.
        (
            "Stop The Spread Now\n# Flu season is here and hospitals fill up\n\n"
            + _PROSE_LINE
            + "#StopTheSpreadNow\n",
            "Flu season is here and hospitals fill up",
        ),
    ],
)
def test_a_first_line_repeated_below_the_prose_or_as_a_hashtag_is_no_title(
    pipeline: DocumentPipeline, page: str, title: str
) -> None:
    assert run(pipeline, page, "page.txt").title == title


@pytest.mark.parametrize(
    ("page", "name", "title"),
    [
        # A table's column header "Title" over a list of papers: the h1 stays the title.
        (
            "<html><body><h1>Publications</h1><p>" + _PROSE_LINE + "</p><table><tr><th>Title"
            "</th></tr><tr><td>Sputum eosinophils predict steroid response in adult asthma</td>"
            "</tr></table></body></html>",
            "page.html",
            "Publications",
        ),
        # A lone "Title" line below the prose: the page's heading stays the title.
        (
            "# Blood pressure survey results\n\n" + _PROSE_LINE + "Title\nA table of the figures\n",
            "page.md",
            "Blood pressure survey results",
        ),
    ],
)
def test_a_lone_title_label_outside_the_header_gives_no_title(
    pipeline: DocumentPipeline, page: str, name: str, title: str
) -> None:
    assert run(pipeline, page, name).title == title


def test_a_labelled_title_keeps_its_quotes_unless_they_wrap_it(pipeline: DocumentPipeline) -> None:
    page = 'Title: "Vaccines cause autism": anatomy of a medical myth\n\n' + _PROSE_LINE
    assert (
        run(pipeline, page, "page.md").title == '"Vaccines cause autism": anatomy of a medical myth'
    )


def test_a_bold_call_to_action_does_not_replace_a_title_element(
    pipeline: DocumentPipeline,
) -> None:
    body = (
        "Children are vaccinated against measles, mumps and rubella at one year and again "
        "before school. The schedule also protects them from whooping cough, tetanus and "
        "polio, and the nurse checks which vaccinations a child still needs at each visit. "
        "Parents receive a record card; missed doses can be caught up later at the surgery, "
        "and babies born early follow their birth date rather than their due date. Side "
        "effects such as a mild fever or a sore arm usually pass within two days."
    )
    page = (
        "<html><head><title>Childhood Immunisation Schedules Explained</title></head><body>"
        f"<p>{body}</p><p><b>Book your nurse appointment online today</b></p></body></html>"
    )
    assert run(pipeline, page).title == "Childhood Immunisation Schedules Explained"


def test_a_study_cited_at_a_post_s_end_is_not_the_page_s_own_doi(
    pipeline: DocumentPipeline,
) -> None:
    page = (
        "# Fibre and blood sugar\n\n"
        + _PROSE_LINE * 12
        + "Am J Clin Nutr. vol. 111 no. 1\nhttps://doi.org/10.1093/ajcn/nqz123\n"
    )
    document = run(pipeline, page, "post.md")
    assert document.metadata is not None and document.metadata.doi is None


def test_a_breadcrumb_s_last_crumb_repeated_below_is_the_title(pipeline: DocumentPipeline) -> None:
    page = (
        "Screening mammografico\n"
        "homeInizio peopleChi siamo pageviewGlossario\n"
        "Inizio | Indietro > Che risultati aspettarsi dal programma di screening\n"
        "Che risultati aspettarsi dal programma di screening\n"
        "Su 1.000 donne di 50 anni che partecipano regolarmente al programma di screening "
        "mammografico, 71 ricevono una diagnosi di tumore al seno.\n"
    )
    assert run(pipeline, page, "page.txt").title == (
        "Che risultati aspettarsi dal programma di screening"
    )


def test_a_header_line_quoted_whole_by_the_page_s_own_reference_is_the_title(
    pipeline: DocumentPipeline,
) -> None:
    # A congress abstract's page: its ABNT reference first, then its header lines.
    title = (
        "Acompanhamento de pacientes com alto risco cardiovascular em um hospital de "
        "atendimento terciário"
    )
    page = (
        f"SILVA, A. S.; COSTA, C. H. {title}. In: Seminário de Iniciação Científica, 23, 2015, "
        "Curitiba. Anais. Curitiba: PUCPR, 2015.\nPôster\nFisiologia\n"
        f"{title}\nFollow-up of patients with high cardiovascular risk\n"
        "Resumo\nIntrodução: As doenças cardiovasculares são a principal causa de morte no Brasil "
        "e 30% dos pacientes de alto risco não fazem acompanhamento regular.\n"
    )
    assert run(pipeline, page, "abstract.txt").title == title


def test_a_menu_entry_right_over_the_heading_stays_the_title(pipeline: DocumentPipeline) -> None:
    page = (
        "- [Home](/)\n- [Asthma in children](/asthma-children)\n"
        "- [Allergies and hay fever](/allergies)\n- [Contact us](/contact)\n\n"
        "Asthma in children\n\n"
        "## How the airways of a child react to triggers at home\n\n"
        "Asthma is the most common chronic disease of childhood and affects about 9% of "
        "children in the United States, according to national surveys.\n\n"
        "## Treatment\n\n"
        "Inhaled corticosteroids reduce asthma attacks by 50% in children with persistent "
        "asthma.\n"
    )
    assert run(pipeline, page, "page.md").title == "Asthma in children"


def test_a_reference_list_quoting_a_section_heading_gives_no_title(
    pipeline: DocumentPipeline,
) -> None:
    page = (
        "Blood pressure and the risk of stroke in older adults\n"
        "High blood pressure is the strongest risk factor for stroke, and lowering it by 10 mmHg "
        "cuts the risk of a stroke by about a third in older adults.\n"
        "## Prevention of cardiovascular disease\n"
        "Regular exercise and less salt lower blood pressure in most older adults.\n"
        "## References\n"
        "1. World Health Organization. Prevention of cardiovascular disease. Geneva: World "
        "Health Organization; 2007.\n"
    )
    assert run(pipeline, page, "page.md").title != "Prevention of cardiovascular disease"


@pytest.mark.parametrize(
    ("head", "h1", "expected"),
    [
        # A template's stock <title> the prose never says, over an h1 it says throughout.
        ("complete responsive hospital website design", "Acne", "Acne"),
        # A portal's "project news detail page" over the story's own h1 (Chinese).
        ("Portal-项目新闻详细页", "冠心病患者自我管理研究", "冠心病患者自我管理研究"),
        # A headline <title> over a site section's h1: the prose says the <title>'s words, not
        # all the h1's; the <title> stays.
        (
            "Acne affects most people at some point",
            "Skin Health Center",
            "Acne affects most people at some point",
        ),
    ],
    ids=["stock-title", "stock-title-zh", "headline-title"],
)
def test_a_stock_title_gives_way_to_the_h1_the_prose_speaks_of(
    pipeline: DocumentPipeline, head: str, h1: str, expected: str
) -> None:
    prose = (
        "<p>Acne is a common skin condition where the pores of your skin become blocked by "
        "hair, oil and dead skin cells, and it affects 85% of people at some point.</p>"
        "<p>Treatment of acne depends on its type and on how severe the acne is for you.</p>"
        "<p>冠心病患者的自我管理研究显示，患者的管理能力在研究期间提高了百分之三十，"
        "冠心病的复发减少。</p>"
    )
    # The h1 sits in a header block the cleaning cuts (the template's banner).
    page = (
        f"<html><head><title>{head}</title></head><body>"
        f'<header class="site-header"><h1 class="heading">{h1}</h1></header>'
        f"<main>{prose}</main></body></html>"
    )
    assert run(pipeline, page).title == expected


def test_a_file_name_over_a_paper_s_title_is_cut(pipeline: DocumentPipeline) -> None:
    page = (
        "# Amsterdam_2009_A randomized trial of oral chamomile extract therapy for anxiety\n\n"
        "Chamomile extract reduced anxiety scores in 57 patients compared with placebo, and "
        "30% of them responded to the treatment within eight weeks.\n"
    )
    assert (
        run(pipeline, page, "paper.md").title
        == "A randomized trial of oral chamomile extract therapy for anxiety"
    )


def test_a_running_head_trail_gives_way_to_the_headline_under_it(
    pipeline: DocumentPipeline,
) -> None:
    """A PDF's running head (journal | article type | section) over the article's headline:
    the headline, whose words the prose says, is the title."""
    page = (
        "## JAMA | Original Investigation | CARING FOR THE CRITICALLY ILL PATIENT\n\n"
        "## Augmented Enteral Protein During Critical Illness: A Randomized Clinical Trial\n\n"
        "IMPORTANCE Guidelines for caring for critically ill patients recommend augmenting "
        "enteral protein during critical illness; this original investigation tests it.\n\n"
        "RESULTS Augmented enteral protein did not change survival, and 64% of patients in the "
        "randomized clinical trial were alive and free of hospital at day 90.\n"
    )
    assert (
        run(pipeline, page, "paper.md").title
        == "Augmented Enteral Protein During Critical Illness: A Randomized Clinical Trial"
    )


def test_a_headline_over_its_linked_author_byline_is_kept_and_is_the_title(
    pipeline: DocumentPipeline,
) -> None:
    """A PubMed scrape: the article's h1 over its authors, each a link. The heading is the
    article's headline, not the heading of a list of links to other pages."""
    page = (
        "[My NCBI](/myncbi/)\n\nSearch database\n\n"
        "# Circadian cortisol and fatigue severity in relapsing-remitting multiple sclerosis.\n\n"
        "[Powell DJ](/pubmed/?term=Powell%20DJ), [Moss-Morris R](/pubmed/?term=Moss-Morris%20R)\n\n"
        "### Abstract\n\n"
        "Fatigue is a common symptom of multiple sclerosis, and cortisol levels were measured "
        "in 40 patients with relapsing-remitting multiple sclerosis over two days.\n"
    )
    document = run(pipeline, page, "page.md")
    assert document.title == (
        "Circadian cortisol and fatigue severity in relapsing-remitting multiple sclerosis."
    )


def test_a_headline_before_a_reviewer_s_line_is_the_title(pipeline: DocumentPipeline) -> None:
    page = (
        "Search\n\nMenu\n\n"
        "Study shows low rate of verified SARS-CoV-2 infections among cancer patients\n\n"
        "Download PDF Copy\n\nReviewed by James Ives, M.Psych. (Editor)Aug 17 2020\n\n"
        "A study led by MedUni Vienna has analyzed Covid-19 infection rates among cancer "
        "patients treated at Vienna General Hospital during the first months of the pandemic.\n\n"
        "Source:\n\nMedical University of Vienna\n\nJournal reference:\n\n"
        "Berghoff, A. S., et al. (2020) SARS-CoV-2 testing in 1016 consecutive cancer patients. "
        "Journal of Clinical Oncology. doi.org/10.1200/JCO.20.01442.\n"
    )
    document = run(pipeline, page, "page.txt")
    assert document.title == (
        "Study shows low rate of verified SARS-CoV-2 infections among cancer patients"
    )
    # The labelled reference on the line under its label is the study the story reports.
    assert document.claims
    assert all(
        ("doi", "10.1200/jco.20.01442") in [(c.scheme, c.value) for c in claim.citations]
        for claim in document.claims
    )


def test_a_site_section_label_over_a_press_release_gives_way_to_its_headline(
    pipeline: DocumentPipeline,
) -> None:
    page = (
        "News & Press\n\nPress Release\n\nFor Immediate Release\n\n"
        "American BioOptics Receives STTR Award from National Institutes of Health\n\n"
        "Evanston, IL, February 19, 2008 — American BioOptics received an STTR award from the "
        "National Institutes of Health to improve colonoscopy detection of polyps.\n\n"
        "Colonoscopy is used to find polyps, which can develop into colon cancer, the second "
        "leading cause of cancer deaths among Americans.\n"
    )
    assert run(pipeline, page, "page.txt").title == (
        "American BioOptics Receives STTR Award from National Institutes of Health"
    )


def test_a_front_matter_slug_names_a_page_that_names_itself_nowhere_else(
    pipeline: DocumentPipeline,
) -> None:
    page = (
        '---\nlayout: page\nslug: lassa-fever\npermalink: "disease/lassa-fever/"\n---\n\n'
        "# FACT SHEET\n\n## Importance\n\n"
        "Lassa fever is an acute viral haemorrhagic illness; about 80% of infections cause "
        "mild or no symptoms.\n"
    )
    assert run(pipeline, page, "page.md").title == "lassa fever"
