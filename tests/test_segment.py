"""segment: articles, sections, roles, glued headings, on pages written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.load import load_bytes
from ingest.models import Document
from ingest.pipeline import DocumentPipeline

from .conftest import letters

INDEX_PAGE = """Stem Cells for Heart Failure: A Review

Stem Cells for Heart Failure: A Review

Heart failure affects millions of people and current drugs only slow it down.

Results From Trials

About 40% of treated patients improved in the pooled analysis of six trials.

Source: Smith J, Lee K. Cell therapy for heart failure. Eur Heart J. 2024;45(2):100-110. doi: 10.1000/ehj.2024.1. PMID: 11111111.

Cartilage Repair With MSCs

Cartilage Repair With MSCs

Knee osteoarthritis damages cartilage, which has almost no capacity to repair itself.

Brown A, Green B, White C. MSCs for cartilage. J Orthop Res. 2023;41:1-9. doi: 10.1000/jor.2023.2. PMID: 22222222.

Clinica Ejemplo · Calle Mayor 1, Madrid
"""


def test_index_page_has_one_article_per_citation(process_text: Callable[..., Document]) -> None:
    document = process_text(INDEX_PAGE)
    assert [a.title for a in document.articles] == [
        "Stem Cells for Heart Failure: A Review",
        "Cartilage Repair With MSCs",
    ]
    assert [[c.value for c in a.citations if c.scheme == "pmid"] for a in document.articles] == [
        ["11111111"],
        ["22222222"],
    ]
    # Text after the last citation without a title is residue of the last article.
    assert document.articles[1].span[1] > INDEX_PAGE.index("Clinica Ejemplo")


def test_sections_and_paths(process_text: Callable[..., Document]) -> None:
    document = process_text(INDEX_PAGE)
    titles = [(s.title, s.level, s.parent) for s in document.sections]
    assert titles[:2] == [
        ("Stem Cells for Heart Failure: A Review", 1, None),
        ("Results From Trials", 2, "s1"),
    ]
    claim = next(c for c in document.claims if "40%" in c.text)
    assert claim.section_path == ("Stem Cells for Heart Failure: A Review", "Results From Trials")
    assert claim.section == "s2"


def test_glued_heading_is_split_off(process_text: Callable[..., Document]) -> None:
    page = "Overview of MSC Therapy\nBackground The study of MSC therapy for lupus has evolved over two decades of trials.\nMore text follows here.\n"
    document = process_text(page)
    assert "Background" in [s.title for s in document.sections]
    claim = next(c for c in document.claims if "lupus" in c.text)
    assert claim.text.startswith("The study of MSC therapy")
    assert claim.section_path[-1] == "Background"


def test_label_lines_are_not_headings(process_text: Callable[..., Document]) -> None:
    page = "Therapy Page\nT-cell regulation : Suppress pro-inflammatory T-cell responses\nResults: Safe and well tolerated in most patients with lupus.\n"
    document = process_text(page)
    assert [s.title for s in document.sections] == ["Therapy Page"]


def test_rows_of_a_form_sharing_one_outline_number_are_fields_not_headings(
    process_text: Callable[..., Document],
) -> None:
    """A registry record's rows ("E.1.2 Version 13.1", "E.1.2 Term Cancer pain"): a heading's
    number is its own, so lines that share theirs with a neighbour are rows, and a row holding
    a disease is a claim. Numbered headings of their own stay headings."""
    page = (
        "E.1 Medical condition\n\n"
        "E.1.2 Version 13.1\n\nE.1.2 Level PT\n\nE.1.2 Term Cancer pain\n\n"
        "E.2 Objective of the trial\n\n"
        "To evaluate the safety of long-term therapy in patients with advanced cancer.\n"
    )
    document = process_text(page)
    titles = [s.title for s in document.sections]
    assert "E.1 Medical condition" in titles and "E.2 Objective of the trial" in titles
    assert not any(t.startswith("E.1.2") for t in titles)
    assert "E.1.2 Term Cancer pain" in [c.text for c in document.claims]


def test_scoped_reference_cites_the_lines_before_it(process_text: Callable[..., Document]) -> None:
    page = (
        "Trials Page\n"
        "Parkinson's Disease\n"
        "Phase 1/2 Trials (NCT00911326): MSC transplantation\n"
        "Results: Safe, well-tolerated; improved motor scores in some patients\n"
        "Reference: PMID:24721108 , PMID:28182767\n"
        "ongoing Phase 2 : Optimizing cell dose and delivery\n"
    )
    document = process_text(page)
    trial = next(c for c in document.claims if "NCT00911326" in c.text)
    assert [c.value for c in trial.citations] == ["24721108", "28182767"]
    later = next(c for c in document.claims if "Optimizing" in c.text)
    assert later.citations == ()
    assert not any(c.text.startswith("Reference") for c in document.claims)


def test_reference_list_entries_are_not_claims(process_text: Callable[..., Document]) -> None:
    page = (
        "A Page About MSCs\n"
        "MSCs reduced pain in 30% of patients with knee osteoarthritis in the trial.\n"
        "References\n"
        "Smith J, Lee K. MSCs for knee osteoarthritis. J X. 2020. doi: 10.1000/abc.1. PMID: 12345678.\n"
    )
    document = process_text(page)
    assert [c.text for c in document.claims] == [
        "MSCs reduced pain in 30% of patients with knee osteoarthritis in the trial."
    ]
    assert ("pmid", "12345678") in {(i.scheme, i.value) for i in document.identifiers}
    assert len(document.articles) == 1


def test_a_reference_heading_over_prose_is_no_reference_list(
    process_text: Callable[..., Document],
) -> None:
    """A journal page's counters ("2958 Accesses", "1 Citations") stand over its abstract: a
    heading named like a reference list, whose first block is a paragraph of prose, opens none
    (the whole article went as references, its claims with it)."""
    abstract = (
        "Trichuris trichiura is one of four soil-transmitted helminth species that are "
        "responsible for a considerable public health burden, and albendazole cured 31% of "
        "infected children in the trial while the combination therapy cured 79% of them.\n"
    )
    for counter in ("1 Citations", "1Citations", "Citations"):
        page = f"# Modeling treatment efficacy\n\n2958 Accesses\n\n{counter}\n\n{abstract}"
        document = process_text(page, "article.md")
        assert [c.text for c in document.claims][-1].endswith("cured 79% of them."), counter
        assert not document.references, counter


def test_html_title_is_the_h1_after_a_kicker(process_text: Callable[..., Document]) -> None:
    page = (
        "<html><body><main><p class='kicker'>Diabetes</p><h1>Islet Cells Free Patients From Insulin</h1>"
        "<p>In the trial, 10 of 12 patients (83%) no longer needed insulin injections.</p>"
        "<h2>Side Effects</h2><p>No serious adverse events were reported in the first year.</p></main></body></html>"
    )
    document = process_text(page, "page.html")
    assert document.title == "Islet Cells Free Patients From Insulin"
    assert [(s.title, s.level) for s in document.sections] == [
        ("Islet Cells Free Patients From Insulin", 1),
        ("Side Effects", 2),
    ]


# --- article boundaries need strong evidence (issue 14) ---------------------------------------

_PROSE = (
    "Knee osteoarthritis damages cartilage, which has almost no capacity to repair itself, and "
    "in the pooled trials 40% of treated patients reported less pain after one year of follow-up. "
)


def test_a_section_heading_after_a_doi_header_is_no_article(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "<html><body><main><h1>MSCs for Knee Osteoarthritis: A Randomized Trial</h1>"
        "<p>Jane Smith, John Lee, University of Lyon, France</p>"
        "<p>DOI: https://doi.org/10.1000/jkr.2024.1186</p>"
        "<h2>Abstract</h2>"
        + "".join(f"<p>{_PROSE}</p>" for _ in range(6))
        + "</main></body></html>"
    )
    document = process_text(page, "page.html")
    assert [a.title for a in document.articles] == [
        "MSCs for Knee Osteoarthritis: A Randomized Trial"
    ]
    claim = document.claims[0]
    assert claim.section_path == ("MSCs for Knee Osteoarthritis: A Randomized Trial", "Abstract")


def test_a_panel_with_a_repeated_heading_at_the_end_is_no_article(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "Cartilage Repair With MSCs\n\n" + _PROSE + "\n\n" + _PROSE.replace("40%", "45%") + "\n\n"
        "Necessary\n\nNecessary\n\nAlways Enabled\n\n"
        "Necessary cookies are absolutely essential for the website to function properly.\n"
    )
    document = process_text(page)
    assert [a.title for a in document.articles] == ["Cartilage Repair With MSCs"]


def test_a_link_label_printed_twice_is_no_title(process_text: Callable[..., Document]) -> None:
    entries = "".join(
        f"<li>Smith J{n}, Lee K (2015). A trial of MSCs. J Orthop Res 41: 1-9.</li>"
        f"<li><a href='/pdf/{n}'>PDF(4444K)</a></li><li><a href='/pdf/{n}'>PDF(4444K)</a></li>"
        for n in range(3)
    )
    page = (
        "<html><body><main><h1>MSCs for Knee Osteoarthritis</h1>"
        + "".join(f"<p>{_PROSE}</p>" for _ in range(4))
        + f"<h2>References</h2><ul>{entries}</ul></main></body></html>"
    )
    document = process_text(page, "page.html")
    assert len(document.articles) == 1


def test_html_title_is_the_h1_after_toolbars(process_text: Callable[..., Document]) -> None:
    page = (
        "<html><body><main><h2>JOURNAL TOOLS</h2><ul><li><a href='/a'>Get New Content Alerts</a>"
        "</li></ul><h2>JOURNAL MENU</h2><h3>FIND ISSUES</h3><h3>FIND ARTICLES</h3><h3>GET ACCESS</h3>"
        "<h3>FOR CONTRIBUTORS</h3><h3>ABOUT THIS JOURNAL</h3>"
        "<h2>SPECIAL FEATURES</h2><h1>Ghrelin Receptor Antagonists in Diabetes</h1>"
        f"<p>{_PROSE}</p></main></body></html>"
    )
    document = process_text(page, "page.html")
    assert document.articles[0].title == "Ghrelin Receptor Antagonists in Diabetes"


# --- sentences of legends and table cells (issue 14) -------------------------------------------


def test_figure_legend_panels_are_separate_claims(pipeline: DocumentPipeline) -> None:
    page = (
        "<html><body><figure><figcaption>Figure 2. Loss of wwox in zebrafish embryos "
        "(a) edema in 45% of morphants at 48 hpf (b) heart region of a morphant "
        "(c) calcium transients reduced by 30% in morphants</figcaption></figure>"
        "</body></html>"
    )
    document = pipeline.process(load_bytes(page.encode(), "page.html")).document
    texts = [c.text for c in document.claims]
    assert "(a) edema in 45% of morphants at 48 hpf" in texts
    assert "(c) calcium transients reduced by 30% in morphants" in texts


def test_a_table_cells_sentences_are_separate_claims(pipeline: DocumentPipeline) -> None:
    page = (
        "<html><body><table><tr><td>Outcome</td><td>Pain fell by 40% at six months in the "
        "cell therapy group. Function improved in 55% of patients. No serious adverse events "
        "were reported in either group.</td></tr>"
        "<tr><td>Phase</td><td>Phase 2</td></tr></table></body></html>"
    )
    document = pipeline.process(load_bytes(page.encode(), "page.html")).document
    texts = [c.text for c in document.claims]
    assert "Outcome: Pain fell by 40% at six months in the cell therapy group." in texts
    assert "Function improved in 55% of patients." in texts
    # A short "label: value" row stays whole.
    assert "Phase: Phase 2" in texts


# --- the article's source named by a heading or by its prose (issue 14) -----------------------

_TRIAL_POST = (
    "# Early steroids in mild asthma\n\n"
    "* The trial showed that early budesonide cut severe exacerbations in mild persistent asthma.\n"
    "* Steroids have a small effect on growth in children with asthma.\n\n"
    "The design is described in a [separate paper](https://pubmed.ncbi.nlm.nih.gov/11514041/).\n\n"
    "### Citation\n\n"
    "{{ page.citation }} [[Lancet](https://www.thelancet.com/article/S0140-6736(03)12891-7)] "
    "[[PubMed](https://pubmed.ncbi.nlm.nih.gov/12672309/)]\n"
)


def test_a_citation_heading_over_one_entry_cites_the_article(
    process_text: Callable[..., Document],
) -> None:
    document = process_text(_TRIAL_POST, "post.md")
    assert [c.value for c in document.articles[0].citations] == ["12672309"]
    growth = next(c for c in document.claims if "growth" in c.text)
    assert [c.value for c in growth.citations] == ["12672309"]


def test_a_citation_heading_over_several_entries_is_a_reference_list(
    process_text: Callable[..., Document],
) -> None:
    page = _TRIAL_POST + (
        "\nLong-term budesonide in mild asthma, five years on. "
        "[[PubMed](https://pubmed.ncbi.nlm.nih.gov/15652133/)]\n"
    )
    document = process_text(page, "post.md")
    assert document.articles[0].citations == ()


_STUDY_NEWS = (
    "New Robot Draws Blood\n\n"
    "The results, published in the journal [Technology](https://doi.org/10.1142/S2339547819500067), "
    "showed an overall success rate of 87% for the 31 participants.\n\n"
    "For the 25 people whose veins were easy to access, the success rate was 97%.\n\n"
    "Clinicians fail in 27% of patients without visible veins, according to earlier work.\n\n"
    "Repeated failures raise the risk of phlebitis and thrombosis in these patients.\n\n"
    "The device could be used for dialysis and for placing arterial lines in the future.\n"
)


def test_a_story_on_one_study_cites_it(process_text: Callable[..., Document]) -> None:
    document = process_text(_STUDY_NEWS)
    assert [(c.scheme, c.value) for c in document.articles[0].citations] == [
        ("doi", "10.1142/s2339547819500067")
    ]
    later = next(c for c in document.claims if "97%" in c.text)
    assert [c.value for c in later.citations] == ["10.1142/s2339547819500067"]


def test_a_study_linked_at_the_end_to_back_one_remark_is_no_source(
    process_text: Callable[..., Document],
) -> None:
    paragraphs = _STUDY_NEWS.split("\n\n")
    # The study's paragraph moved to the end: it backs that remark, not the page.
    page = "\n\n".join([paragraphs[0], *paragraphs[2:], paragraphs[1]])
    document = process_text(page)
    assert document.articles[0].citations == ()


def test_a_page_linking_two_works_reports_neither(process_text: Callable[..., Document]) -> None:
    page = _STUDY_NEWS.replace(
        "according to earlier work.",
        "according to an [earlier study](https://doi.org/10.1000/earlier.2015.1).",
    )
    document = process_text(page)
    assert document.articles[0].citations == ()


def test_an_identifier_written_out_backs_its_sentence_only(
    process_text: Callable[..., Document],
) -> None:
    page = _STUDY_NEWS.replace(
        "published in the journal [Technology](https://doi.org/10.1142/S2339547819500067),",
        "published in the journal Technology (doi: 10.1142/S2339547819500067),",
    )
    document = process_text(page)
    assert document.articles[0].citations == ()


def test_a_one_sentence_headline_is_also_prose(process_text: Callable[..., Document]) -> None:
    page = (
        "# Researchers in London report that an annual blood test could cut deaths from "
        "ovarian cancer by about 20 percent.\n\n"
        "Large study is the first to find an effective method of screening.\n\n"
        "## Figure 1. Deaths from ovarian cancer fell by 20 percent in the screened group.\n\n"
        "## Ovarian cancer: 20 percent fewer deaths\n\n"
        "Screening used a blood test once a year.\n"
    )
    document = process_text(page, "item.md")
    assert document.title is not None and document.title.startswith("Researchers in London")
    texts = [c.text for c in document.claims]
    assert any(t.startswith("Researchers in London report") for t in texts)
    # A caption, and a headline that is no sentence, stay titles only.
    assert not any(t.startswith(("Figure 1", "Ovarian cancer: 20")) for t in texts)


def test_a_link_to_earlier_work_in_the_lead_is_no_source(
    process_text: Callable[..., Document],
) -> None:
    page = _STUDY_NEWS.replace(
        "The results, published in the journal [Technology]"
        "(https://doi.org/10.1142/S2339547819500067), showed",
        "Earlier research has linked [venous access failures]"
        "(https://doi.org/10.1142/S2339547819500067) to costs; the new device showed",
    )
    assert "Earlier research" in page
    document = process_text(page)
    assert document.articles[0].citations == ()


def test_short_lines_that_open_with_a_percentage_are_findings_not_headings(
    process_text: Callable[..., Document],
) -> None:
    """Each of "49 % en Asie", "25 % en Europe" looks like a title in a text scrape; a run of
    them is a list of findings, and a heading makes no claim. One such line alone, between
    prose, may still head a section."""
    page = (
        "La demence: Données chiffrées\n"
        "La maladie d'Alzheimer touche 50 millions de personnes dans le monde.\n"
        "49 % en Asie\n"
        "25 % en Europe (en baisse par rapport aux chiffres de 2012)\n"
        "18 % en Amérique\n"
    )
    document = process_text(page, "chiffres.txt")
    texts = [c.text for c in document.claims]
    assert "49 % en Asie" in texts
    assert "25 % en Europe (en baisse par rapport aux chiffres de 2012)" in texts
    assert "18 % en Amérique" in texts
    assert not any(s.title == "49 % en Asie" for s in document.sections)


def test_a_sentence_and_a_label_after_it_are_no_heading(
    process_text: Callable[..., Document],
) -> None:
    """A line that holds a whole sentence and more ("… im Impfzentrum. Infos: https://…") lacks
    a final full stop only because a link ends it: it is prose, and its finding a claim."""
    page = (
        "## Corona-Schutzimpfung\n"
        "Derzeit besteht in Aachen weiterhin die Möglichkeit zur Corona-Schutzimpfung im "
        "Impfzentrum. Infos: [https://www.land.nrw/de/corona/impfung](https://www.land.nrw/de/corona/impfung)\n"
        "Eine Corona-Impfung in unserer Praxis ist in begrenztem Umfang auch möglich.\n"
    )
    document = process_text(page, "praxis.md")
    texts = [c.text for c in document.claims]
    assert (
        "Derzeit besteht in Aachen weiterhin die Möglichkeit zur Corona-Schutzimpfung im "
        "Impfzentrum." in texts
    )
    assert not any(s.title.startswith("Derzeit") for s in document.sections if s.title)


@pytest.mark.parametrize(
    "heading",
    [
        "II. Methods",
        "Part 2. Results",
        "Chapter 3. Discussion",
        "Step 1. Prepare the Site",
        "Table 1. Baseline characteristics",
        "COVID-19. What You Need to Know",
        "Stem Cells. A Review",
        "Has anyone joined the stem cell trial for ALS? Sharing what I found",
    ],
)
def test_a_heading_with_a_short_first_part_or_a_question_stays_a_heading(
    pipeline: DocumentPipeline, heading: str
) -> None:
    """Only a first part that reads as a sentence of prose (six words or more, a full stop,
    not title case) makes a line with more after it a paragraph."""
    assert pipeline.segmenter.is_heading_text(heading)


def test_pubmed_s_citation_line_under_a_quoted_abstract_cites_its_article(
    process_text: Callable[..., Document],
) -> None:
    post = (
        "#### Vitamin D supplementation and total and cause-specific mortality\n\n"
        "J Intern Med . 2022 Oct 8. [doi: 10.1111/joim.13578](https://doi.org/10.1111/joim.13578)\n\n"
        "Sha Sha 1, Thi Mai Ngoc Nguyen 1, Ben Schöttker 1\n\n"
        "Results: Vitamin D supplement use was associated with 13% lower all-cause mortality.\n\n"
        "Respiratory mortality was reduced by 29% in those who took vitamin D supplements.\n"
    )
    document = process_text(post, "post.md")
    assert [c.value for c in document.articles[0].citations] == ["10.1111/joim.13578"]
    assert all(
        [c.value for c in claim.citations] == ["10.1111/joim.13578"] for claim in document.claims
    ), [(c.text, c.citations) for c in document.claims]
    # The citation line is the article's citation, not a claim of its own.
    assert not any(claim.text.startswith(("J Intern Med", "2022")) for claim in document.claims)


def test_pubmed_central_s_header_line_cites_its_article(
    process_text: Callable[..., Document],
) -> None:
    # PMC's header scraped as text: the journal on a line of its own and the rest on the next,
    # which the layout may read as one labelled row; the page's references hold other DOIs.
    page = (
        "GenBank - PMC\nSkip to main content\nJournal List\nNucleic Acids Res: "
        ". 2012 Nov 26;41(Database issue):D36–D42. doi: 10.1093/nar/gks1195\n"
        "Search in PubMed\nGenBank\nDennis A Benson\nAbstract\n"
        "GenBank holds nucleotide sequences for more than 260 000 named organisms, and its "
        "bacterial sequences grew by 40% in a year.\nREFERENCES\n"
        "1.Benson DA, Karsch-Mizrachi I, Clark K, Lipman DJ. GenBank. Nucleic Acids Res. "
        "2012;40:D48–D53. doi: 10.1093/nar/gkr1202. [DOI] [PubMed]\n"
        "2.Leinonen R, Akhtar R, Birney E. The European Nucleotide Archive. Nucleic Acids Res. "
        "2011;39:D28–D31. doi: 10.1093/nar/gkq967. [DOI] [PubMed]\n"
    )
    document = process_text(page, "pmc.txt")
    assert document.claims
    for claim in document.claims:
        assert [(c.scheme, c.value) for c in claim.citations] == [("doi", "10.1093/nar/gks1195")], (
            claim.text
        )


def test_an_author_manuscript_s_header_cites_its_article(
    process_text: Callable[..., Document],
) -> None:
    # An NIH author manuscript (PMC): "Published in final edited form as:" over the journal's
    # line, the month written whole.
    page = (
        "NIH Public Access\n\nAuthor Manuscript\n\n"
        "Published in final edited form as:\n\n"
        "J Clin Psychopharmacol. 2009 August ; 29(4): 378–382. doi:10.1097/JCP.0b013e3181ac935c.\n\n"
        "A RANDOMIZED TRIAL OF CHAMOMILE EXTRACT THERAPY OF GENERALIZED ANXIETY DISORDER\n\n"
        "Abstract\n\n"
        "Results: Chamomile extract reduced anxiety scores by 30% more than placebo in patients.\n"
    )
    document = process_text(page, "manuscript.md")
    assert document.claims
    for claim in document.claims:
        assert ("doi", "10.1097/jcp.0b013e3181ac935c") in [
            (c.scheme, c.value) for c in claim.citations
        ], claim.text


@pytest.mark.parametrize(
    "hidden",
    [
        "{{Cite web|title=Measles report|url=https://x.org}}",
        "{% include graph.html id='g1' %}",
        '[caption id="attachment_812" align="alignright"]',
    ],
)
def test_text_taken_out_of_a_sentence_cuts_it_so_each_span_reads_as_its_text(
    process_text: Callable[..., Document], hidden: str
) -> None:
    page = f"# Measles\n\nCoverage fell by 12% in 2020 {hidden} among children with measles.\n"
    document = process_text(page, "page.md")
    assert document.claims
    for claim in document.claims:
        start, end = claim.span
        assert letters(page[start:end]) == letters(claim.text), claim.text
    assert document.claims[0].text == "Coverage fell by 12% in 2020"
    # Nothing is lost: what was taken out is listed, what is around it is kept.
    assert any(hidden[:12] in r.text for r in document.removed)
    assert any("among children with measles" in c.text for c in document.claims)


def test_a_link_target_inside_a_sentence_does_not_cut_it(
    process_text: Callable[..., Document],
) -> None:
    sentence = "Coverage fell by 12% among [children with measles](https://x.org/a) in 2020."
    document = process_text(f"# Measles\n\n{sentence}\n", "page.md")
    assert [c.text for c in document.claims] == [
        "Coverage fell by 12% among children with measles in 2020."
    ]


def test_short_lines_after_a_lead_in_colon_are_its_list_s_items_not_headings(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "Flu Vaccination\n"
        "Flu is more serious than a common cold and may lead to death in some older people.\n"
        "It is especially important to ask your doctor about flu vaccination if you are:\n"
        "Aged 65 years and over\n"
        "Pregnant\n"
        "Suffering from severe asthma, diabetes, heart or kidney disease\n"
        "Working or living with people in the above groups\n"
        "Also if you work with any of the above people, it is important that you are vaccinated.\n"
    )
    document = process_text(page, "page.txt")
    assert [s.title for s in document.sections] == ["Flu Vaccination"]
    assert "Suffering from severe asthma, diabetes, heart or kidney disease" in [
        c.text for c in document.claims
    ]


@pytest.mark.parametrize("break_mark", ["  ", "\\"])
def test_lines_a_markdown_hard_break_joins_are_one_paragraph_not_headings(
    process_text: Callable[..., Document], break_mark: str
) -> None:
    # A writer's bold box of findings, one per line, each line ended by a hard line break.
    page = (
        "# Vitamin D in veterans\n\n"
        f"**20,000 patient records spanning 19 years{break_mark}\n"
        f"They discarded the records of patients whose levels fell below 20 ng{break_mark}\n"
        "The clinics prescribe vitamin D when levels are below 20 ng**\n\n"
        "Mortality was lower among treated patients.\n"
    )
    document = process_text(page, "post.md")
    assert [s.title for s in document.sections] == ["Vitamin D in veterans"]
    claims = [c.text for c in document.claims]
    assert "The clinics prescribe vitamin D when levels are below 20 ng" in claims
    # The bold run's marks over the lines are markup.
    assert not any("**" in c for c in claims)
    # Without the break, a short line over the next one reads as a heading, as before.
    unbroken = page.replace(break_mark + "\n", "\n")
    assert len(process_text(unbroken, "post.md").sections) > 1


@pytest.mark.parametrize("name", ["page.txt", "page.md"])
def test_a_heading_with_trailing_spaces_over_its_text_stays_a_heading(
    process_text: Callable[..., Document], name: str
) -> None:
    page = (
        "Vitamin D and Bone Health\n\n"
        "Methods  \nWe enrolled 400 adults over 65 years in a randomised trial.\n\n"
        "Results  \nFractures fell by 30% in the group given vitamin D.\n"
    )
    titles = [s.title for s in process_text(page, name).sections]
    assert "Methods" in titles and "Results" in titles


def test_a_registry_form_s_numbered_yes_no_rows_are_no_claims(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Trial record\n\n"
        "The IMP is a:\n\n"
        "D.3.11.3.1 Somatic cell therapy medicinal product No\n\n"
        "D.3.11.3.2 Gene therapy medical product No\n\n"
        "D.3.11.3.3 Tissue Engineered Product Yes\n"
    )
    assert process_text(page, "record.txt").claims == ()


def test_marks_glued_to_a_heading_s_word_make_a_heading_and_one_mark_is_a_hashtag(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Aspirin after a stroke\n\n"
        "A short note on a trial we read this week.\n\n"
        "##THESIS URL\nhttps://pubmed.ncbi.nlm.nih.gov/31234567/\n\n"
        "###Results\nAspirin cut the risk of a second stroke by 20% in adults with diabetes.\n\n"
        "##Masks cut transmission by 50%.\n\n"
        "#health #stroke\n"
    )
    document = process_text(page, "post.md")
    assert [(s.title, s.level) for s in document.sections] == [
        ("Aspirin after a stroke", 1),
        ("THESIS URL", 2),
        ("Results", 3),
    ]
    claim = next(c for c in document.claims if "20%" in c.text)
    assert claim.section_path[-1] == "Results"
    # Glued marks before a sentence with a figure: a hashtagged claim, no heading.
    assert any("50%" in c.text for c in document.claims)


_FACT_CHECK = (
    "# Hydroxychloroquine : une méta-analyse trompeuse\n\n"
    "Dans l'encadré en bleu, il est écrit que tous les traitements précoces réussissent, ce qui "
    "est faux selon nous et selon les statisticiens que nous avons consultés.\n\n"
    "{quote}\n\n"
    "Cette affirmation fait référence aux figures 1A et 1B, qui semblent montrer que toutes les "
    "études concluent à un effet positif du traitement.\n\n"
    "Les études sur l'hydroxychloroquine chez les patients atteints de COVID-19 sont nombreuses "
    "et de qualité très variable.\n"
)
_CLAIM_QUOTED = (
    "Early treatment is most successful, with 100% of studies reporting a positive effect"
)


@pytest.mark.parametrize(
    ("page", "name"),
    [
        (_FACT_CHECK.format(quote=f"> _{_CLAIM_QUOTED}_"), "post.md"),
        (
            "<html><body>"
            + "".join(
                f"<p>{part}</p>" if not part.startswith("{") else f"<blockquote>{part}</blockquote>"
                for part in _FACT_CHECK.replace("# ", "").split("\n\n")
            ).format(quote=_CLAIM_QUOTED)
            + "</body></html>",
            "post.html",
        ),
    ],
)
def test_a_quotation_in_another_language_is_a_claim_not_a_foreign_part_nor_a_heading(
    process_text: Callable[..., Document], page: str, name: str
) -> None:
    document = process_text(page, name)
    assert document.language == "fr"
    assert _CLAIM_QUOTED in [c.text for c in document.claims]
    assert _CLAIM_QUOTED not in [s.title for s in document.sections]


def test_a_quotation_in_another_language_at_the_page_s_end_is_still_a_foreign_part(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Vitamin D and falls\n\n"
        "In a trial of 2,000 older adults, vitamin D did not reduce falls compared with placebo "
        "over three years of follow-up.\n\n"
        "The authors say that the findings apply to healthy older people living at home, not to "
        "those in care homes.\n\n"
        "> En español: Los investigadores descubrieron que el 40% de los participantes no "
        "tomaban suficiente vitamina D antes del estudio.\n"
    )
    document = process_text(page, "post.md")
    assert not any("40%" in c.text for c in document.claims)
    assert any(r.reason == "foreign_language" and "40%" in r.text for r in document.removed)


def test_headings_listed_by_a_table_of_contents_stay_and_lose_their_permalinks(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "Table of Contents\n"
        "- [Ivermectin, the new hydroxychloroquine](#ivermectin)\n"
        "- [What the trials show](#trials)\n"
        "## Ivermectin, the new hydroxychloroquine [#](#ivermectin)\n"
        "Several reasons suggest that ivermectin does not help patients with COVID-19 more than "
        "hydroxychloroquine did.\n"
        "### What the trials show [#](#trials)\n"
        "The largest trial found no benefit of ivermectin on admission to hospital.\n"
    )
    titles = [s.title for s in process_text(page, "page.md").sections]
    assert "Ivermectin, the new hydroxychloroquine" in titles
    assert "What the trials show" in titles


def test_a_plain_line_of_findings_is_no_heading(process_text: Callable[..., Document]) -> None:
    # Hebrew (no capitals to tell a heading by): short and unpunctuated like a heading, but it
    # reports three findings (recovery rates: 80% milk and eggs, 50-60% sesame, 20% nuts).
    line = "שיעורי ההחלמה באלרגנים הנפוצים: 80% - חלב וביצים, 50-60% - שומשום, 20%- בבוטנים ואגוזים"
    doc = process_text(
        "חלק מהאלרגיות למזון חולפות עם הגיל. החלמה כזו מתרחשת בעיקר באלרגיה לחלב וביצים.\n\n"
        f"{line}\n\n"
        "אלרגיה למזון עלולה לגרום לתגובה אנפילקטית הדורשת טיפול מיידי.\n"
    )
    assert not any("ההחלמה" in (s.title or "") for s in doc.sections)
    claim = next(c for c in doc.claims if c.text.startswith("שיעורי"))
    assert [p.value or p.high for p in claim.percentages] == [80.0, 60.0, 20.0]
