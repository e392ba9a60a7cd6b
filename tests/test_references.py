"""Reference lists: entries in ``document.references``, never claims; markers link claims."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.models import Document
from ingest.references import EntryRules
from ingest.rules import Rules

HTML_PAGE = """<!DOCTYPE html><html lang="en"><head><title>MSC trial</title></head><body><main>
<h1>Mesenchymal stromal cells in lupus nephritis</h1>
<h2>Results</h2>
<p>Renal remission was reached by 32% of patients treated with MSCs [2].</p>
<p>Earlier trials in lupus reported responses in 40% of patients<sup>1,3</sup>.</p>
<p>Proteinuria fell by 50% in the pooled analysis [1-3].</p>
<h2>References</h2>
<ol>
<li><p>Smith J, Jones R. MSCs in lupus nephritis: a trial. Lupus. 2019;28:100-110.</p>
<p><a href="https://doi.org/10.1177/0961203319000001">CrossRef</a> |
<a href="https://pubmed.ncbi.nlm.nih.gov/31234567/">PubMed</a> | Google Scholar</p></li>
<li><p>Wang L, Chen Y. Umbilical cord MSCs in refractory lupus nephritis. Arthritis Res Ther 2020, 22:45.</p>
<p>PubMed Abstract | Publisher Full Text</p></li>
<li><p>Garcia M, Lopez P. Long-term follow-up of MSC therapy in lupus. Rheumatology. 2021;60:12-19. doi:10.1093/rheumatology/keab001</p></li>
</ol>
</main></body></html>
"""

TEXT_PAGE = """Bone marrow cells for non-union fractures

Results

Union was reached in 71% of patients treated with bone marrow concentrate [1].

References

1. Hernigou P, Poignard A. Percutaneous autologous bone-marrow grafting for nonunions. J Bone Joint Surg Am 2005, 87:1430-7.
PubMed Abstract | Publisher Full Text

2. Gomez-Barrena E, Rosset P. Bone marrow cells for fracture healing. Injury 2015, 46:S8-S13. doi:10.1016/j.injury.2015.01.001
"""


def _html(process_text: Callable[..., Document]) -> Document:
    return process_text(HTML_PAGE, "trial.html")


def test_entries_of_an_html_list_are_references_not_claims(
    process_text: Callable[..., Document],
) -> None:
    document = _html(process_text)
    assert [r.id for r in document.references] == ["r1", "r2", "r3"]
    texts = [claim.text for claim in document.claims]
    assert not any("Smith J" in t or "PubMed" in t or "Arthritis Res Ther" in t for t in texts)
    first = document.references[0]
    assert (
        first.text == "Smith J, Jones R. MSCs in lupus nephritis: a trial. Lupus. 2019;28:100-110."
    )
    assert "Google Scholar" not in document.references[1].text
    assert "Publisher Full Text" not in document.references[1].text


def test_entry_identifiers_come_from_its_text_and_links_and_reach_the_document(
    process_text: Callable[..., Document],
) -> None:
    document = _html(process_text)
    first, _, third = document.references
    assert ("doi", "10.1177/0961203319000001") in {(c.scheme, c.value) for c in first.identifiers}
    assert ("pmid", "31234567") in {(c.scheme, c.value) for c in first.identifiers}
    assert ("doi", "10.1093/rheumatology/keab001") in {
        (c.scheme, c.value) for c in third.identifiers
    }
    listed = {(i.scheme, i.value) for i in document.identifiers}
    assert ("doi", "10.1177/0961203319000001") in listed
    cited = {(i.scheme, i.value) for claim in document.claims for i in claim.identifiers}
    assert not cited & {(c.scheme, c.value) for r in document.references for c in r.identifiers}


def test_entry_spans_map_back_to_the_source(process_text: Callable[..., Document]) -> None:
    document = _html(process_text)
    for entry in document.references:
        start, end = entry.span
        assert entry.text.split()[0] in HTML_PAGE[start:end]


def test_markers_link_claims_to_their_entries(process_text: Callable[..., Document]) -> None:
    by_text = {claim.text: claim for claim in _html(process_text).claims}
    refs = {text.split()[0]: claim.references for text, claim in by_text.items()}
    assert refs["Renal"] == ("r2",)
    assert refs["Earlier"] == ("r1", "r3")  # <sup>1,3</sup>
    assert refs["Proteinuria"] == ("r1", "r2", "r3")  # [1-3]


def test_numbered_entries_of_a_text_page_with_their_continuation_lines(
    process_text: Callable[..., Document],
) -> None:
    document = process_text(TEXT_PAGE, "fractures.txt")
    assert [r.id for r in document.references] == ["r1", "r2"]
    first = document.references[0]
    assert first.text.endswith("J Bone Joint Surg Am 2005, 87:1430-7.")
    assert "PubMed" not in first.text
    (claim,) = [c for c in document.claims if "71%" in c.text]
    assert claim.references == ("r1",)
    assert not any("Hernigou" in c.text or "Injury 2015" in c.text for c in document.claims)


def test_markers_do_not_link_on_an_author_year_list(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "Cell therapy for tendons\n\nResults\n\n"
        "Re-tear rates fell from 31% to 14% in group (2) of the trial (Smith et al., 2019).\n\n"
        "References\n\n"
        "Smith J, Jones R. Tendon repair with bone marrow cells. Am J Sports Med 2019, 47:100-10.\n\n"
        "Brown A, White B. Tenocyte injections. Br J Sports Med 2018, 52:200-8.\n"
    )
    document = process_text(page, "tendons.txt")
    assert len(document.references) == 2
    assert all(claim.references == () for claim in document.claims)


def test_entry_rules_continuation_and_cited_numbers(rules: Rules) -> None:
    entries = EntryRules(rules.citations.references)
    assert entries.continues("Age Ageing 2012, 41:429-40. PubMed Abstract", "Bradshaw SA: Title.")
    assert entries.continues("Harvey EJ", "Agel J,")  # the entry so far ends no sentence
    assert not entries.continues("12. Smith J, Jones R: A trial.", "Agel J,")
    assert not entries.continues("Smith J, Jones R: A trial.", "Previous entry 2012, 5:1-9.")
    assert entries.cut_labels("Lupus 2019;28:100. CAS Article PubMed Google Scholar") == (
        "Lupus 2019;28:100."
    )
    assert entries.cited("as shown [1,3-5] and (7)", "<sup>9</sup>") == [1, 3, 4, 5, 7, 9]
    assert entries.cited("[1-900]", None) == []  # beyond max_range: not a marker range


def test_references_are_written_in_schema_order(process_text: Callable[..., Document]) -> None:
    keys = list(_html(process_text).model_dump())
    assert keys.index("claims") + 1 == keys.index("references")
    assert keys.index("references") + 1 == keys.index("identifiers")
    claim_keys = list(_html(process_text).claims[0].model_dump())
    assert claim_keys.index("citations") + 1 == claim_keys.index("references")


def test_schema_file_names_the_references(tmp_path: Path) -> None:
    import json

    schema = json.loads(
        (Path(__file__).parent.parent / "schema" / "ingest.schema.json").read_text("utf-8")
    )
    text = json.dumps(schema)
    assert '"Reference"' in text and "references" in text


PROSE = (
    "<p>Renal remission was reached by 32% of patients with lupus nephritis treated with MSCs.</p>"
)
ENTRIES = (
    "<li>Smith J, Jones R. MSCs in lupus nephritis. Lupus. 2019;28:100-110.</li>"
    "<li>Wang L, Chen Y. Cord MSCs in lupus. Arthritis Res Ther 2020, 22:45.</li>"
    "<li>Garcia M, Lopez P. Follow-up of MSC therapy in lupus. Rheumatology. 2021;60:12-19.</li>"
)


def test_a_reference_list_found_by_its_markup_without_a_heading(
    process_text: Callable[..., Document],
) -> None:
    page = f'<html><body><main>{PROSE}<div class="c-article-references"><ul>{ENTRIES}</ul></div>'
    document = process_text(page + "</main></body></html>", "page.html")
    assert len(document.references) == 3
    assert [c.text for c in document.claims] == [
        "Renal remission was reached by 32% of patients with lupus nephritis treated with MSCs."
    ]
    # A page body that a reference-sounding class wraps keeps its claims: too few of its blocks
    # are entries for the markup to be trusted.
    wrapped = f'<html><body><main><div class="references-enabled">{PROSE * 3}</div></main></body>'
    assert len(process_text(wrapped + "</html>", "wrapped.html").claims) == 1


def test_a_run_of_entries_without_a_heading_is_a_reference_list(
    process_text: Callable[..., Document],
) -> None:
    """A text scrape's numbered list (French, no heading), by the shape of its entries."""
    page = (
        "La grippe touche 5% à 10% des adultes chaque année.\n\n"
        "1. Office fédéral de la santé publique OFSP. Questions fréquentes sur la grippe "
        "[Internet]. 2018 [cité 4 déc 2019]. Disponible sur: https://www.bag.admin.ch/grippe.pdf\n\n"
        "2. Paules C, Subbarao K. Influenza. The Lancet. 12 août 2017;390(10095):697-708.\n\n"
        "3. Centre de vaccinologie - Grippe [Internet]. HUG. [cité 3 déc 2019]. Disponible sur: "
        "https://www.hug-ge.ch/centre-vaccinologie/grippe\n"
    )
    document = process_text(page, "grippe.md")
    assert [r.id for r in document.references] == ["r1", "r2", "r3"]
    assert [c.text for c in document.claims] == [
        "La grippe touche 5% à 10% des adultes chaque année."
    ]


def test_a_reference_card_after_a_paragraph_is_references_not_claims(
    process_text: Callable[..., Document],
) -> None:
    """A journal page's card of the work a paragraph cites (SciELO): its number, the cited
    title, "Journal, Year", the title with its authors glued on, the journal line."""
    page = (
        "# Results\n"
        "Chagas disease causes heart failure and arrhythmias in 30% of chronic patients 1.\n"
        "- 1\n"
        "Pathophysiology of the heart in Chagas disease: current status and new developments\n"
        "Cardiovasc Res, 2003\n"
        "Pathophysiology of the heart in Chagas disease: current status and new developments."
        "Higuchi Mde, LBenvenuti, LAMartins Reis, MMetzger, M.\n"
        "Cardiovasc Res2003; 60: 96-107\n"
        "Ischemia and reperfusion can lead to arrhythmias and sudden death in rats.\n"
        "London, 2019\n"
        "Measles cases rose by 20% in the city this year.\n"
    )
    claims = [c.text for c in process_text(page, "article.md").claims]
    assert claims == [
        "Chagas disease causes heart failure and arrhythmias in 30% of chronic patients 1.",
        "Ischemia and reperfusion can lead to arrhythmias and sudden death in rats.",
        "Measles cases rose by 20% in the city this year.",
    ]


def test_footnotes_with_author_year_colon_entries_are_references(
    process_text: Callable[..., Document],
) -> None:
    """A German post's footnotes: "[^11]. [Authors (2020): Title. Journal.](doi link)"."""
    page = (
        "# Vitamin D und COVID-19\n\n"
        "Ein Mangel an Vitamin D erhöht das Risiko schwerer Verläufe von COVID-19 deutlich, wie "
        "mehrere Studien zeigen.[^10]\n\n"
        "[^10]. [Entrenas Castillo, M, Entrenas Costa, LM, et al. (2020): Effect of calcifediol "
        "treatment on intensive care unit admission among patients hospitalized for COVID-19. "
        "J Steroid Biochem Mol Biol 203.](https://doi.org/10.1016/j.jsbmb.2020.105751)\n"
        "[^11]. [Radujkovic, A, Hippchen, T, Tiwari-Heckler, S, et al. (2020): Vitamin D "
        "Deficiency and Outcome of COVID-19 Patients. Nutrients 12(9), 2757.]"
        "(https://doi.org/10.3390/nu12092757)\n"
        "[^12]. [Matsuoka, LY, Wortsman, J, Haddad, JG, et al. (1989): In vivo threshold for "
        "cutaneous synthesis of vitamin D3. J Lab Clin Med 114(3).](https://pubmed.ncbi.nlm.nih.gov/2548139/)\n"
    )
    document = process_text(page, "post.md")
    assert len(document.references) == 3
    assert len(document.claims) == 1 and "Studien zeigen" in document.claims[0].text


def test_prose_that_cites_journals_inline_stays_claims(
    process_text: Callable[..., Document],
) -> None:
    """Three short paragraphs with a journal tail each are not a list: none opens as an entry."""
    paragraph = (
        "MSC therapy improved pain by {n}% at one year (Arthritis Res Ther 2011, 13:R152).\n\n"
    )
    document = process_text("".join(paragraph.format(n=n) for n in (30, 40, 50)), "prose.txt")
    assert not document.references
    assert len(document.claims) == 3


def test_entries_led_by_a_first_author_and_et_al_are_references(
    process_text: Callable[..., Document],
) -> None:
    """A shop's research page lists its studies as "Ng SC, et al. Title. Journal 2009; 15(6):
    935-50." under its own heading: a run of such entries is a reference list, not claims."""
    entries = [
        "Ng SC, et al. Therapeutic strategies for the management of ulcerative colitis. "
        "Inflamm Bowel Dis 2009; 15(6): 935-50.",
        "R Srivastava, et al. Effect of curcumin on platelet aggregation. Arzneimittelforschung "
        "1986; 36(4): 715-7.",
        "Taylor RA, et al. Curcumin for inflammatory bowel disease: a review of human studies. "
        "Altern Med Rev 2011; 16(2): 152-6.",
        "Paganelli F et al. Altered erythrocyte n-3 fatty acids in patients with coronary artery "
        "disease. Int J Cardiol. 2001;78(1):27-32.",
    ]
    page = (
        "# Curcumin research\n\nCurcumin lowered colitis relapse by 20% in one trial.\n\n"
        "## Physio Flora Research\n\n" + "\n".join(entries) + "\n"
    )
    document = process_text(page, "research.md")
    assert [c.text for c in document.claims] == [
        "Curcumin lowered colitis relapse by 20% in one trial."
    ]
    assert len(document.references) == len(entries)


def test_a_chinese_reference_heading_with_a_full_width_colon(
    process_text: Callable[..., Document],
) -> None:
    """ "Reference：" (a full-width colon) and "参考文献" open a reference list; a numbered URL
    ("1.https://…") is an entry, never a heading of its own that would end the list."""
    for heading in ("Reference：", "参考文献"):
        page = (
            "国药疫苗的有效率为79%左右，不良反应概率要低得多。\n\n"
            f"{heading}\n\n"
            "1.https://zh.wikipedia.org/wiki/RNA疫苗\n\n"
            "2.宋全伟, 王华庆. 不同技术路线研发新型冠状病毒疫苗的特性和研究进展 [J] . "
            "中华医学杂志,2020,100 (00): E027-E027. DOI: 10.3760/cma.j.cn112137-20200824-02454\n"
        )
        document = process_text(page, "page.txt")
        assert [c.text for c in document.claims] == [
            "国药疫苗的有效率为79%左右，不良反应概率要低得多。"
        ], heading
        assert document.references, heading
        assert any(
            i.value == "10.3760/cma.j.cn112137-20200824-02454"
            for r in document.references
            for i in r.identifiers
        )


def test_a_printed_manuscripts_reference_heading_keeps_its_line_number(
    process_text: Callable[..., Document],
) -> None:
    """A preprint's text keeps its line numbers ("References 446"): the heading still opens
    the list, and an entry's second line ("Trypanosomiasis: A Twenty First Century Success
    Story. Trop Med Infect Dis 2020; 5(1). 452") is no claim."""
    lines = [
        "Resistance to melarsoprol was found in 12% of isolates. 445",
        "References 446",
        "1. WHO. Global report on neglected tropical diseases 2024. 2024. 448",
        "2. Dickie EA, Giordani F, Gould MK, et al. New Drugs for Human African 451",
        "Trypanosomiasis: A Twenty First Century Success Story. Trop Med Infect Dis 2020; 5(1). 452",
        "3. Wyllie S, Foth BJ, Kelner A, Sokolova AY, Berriman M, Fairlamb AH. 463",
        "Nitroheterocyclic drug resistance mechanisms in Trypanosoma brucei. J Antimicrob 464",
        "Chemother 2016; 71(3): 625-34. 465",
    ]
    document = process_text("\n".join(lines) + "\n", "preprint.md")
    assert [c.text for c in document.claims] == [
        "Resistance to melarsoprol was found in 12% of isolates."
    ]
    assert len(document.references) == 3


@pytest.mark.parametrize("counter", ["Citations 12", "Sources 4", "Literature 2020"])
def test_a_counter_after_citations_or_sources_opens_no_list(
    process_text: Callable[..., Document], counter: str
) -> None:
    """ "References 446" carries a manuscript's line number; "Citations 12" is a counter of the
    articles citing the page (the "1Citations" that once swallowed a whole article)."""
    page = (
        "# Stem cells in knee osteoarthritis\n\n"
        f"{counter}\n\n"
        "Short note\n\n"
        "Pain fell by 40% in the treated group after six months of follow-up.\n\n"
        "Function improved in 35% of patients with knee osteoarthritis.\n"
    )
    texts = [c.text for c in process_text(page, "article.md").claims]
    assert "Pain fell by 40% in the treated group after six months of follow-up." in texts
    assert "Function improved in 35% of patients with knee osteoarthritis." in texts
