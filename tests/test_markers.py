"""In-text citation markers: a boundary for sentences and numbers, a link to reference entries.

Markup writes a marker as a superscript or a link to an entry of the page's list; the block text
reads it in brackets ("respectively.[5] Next"), its spans still map to the source. A text
scrape glues it to the period ("respectively.5 Next"): read only where the page shows it often.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.clean.html import extract
from ingest.models import Document
from ingest.rules import Rules

from .conftest import letters


def _blocks(rules: Rules, body: str) -> list[str]:
    page = f"<html><body>{body}</body></html>"
    return [block.text.text for block in extract(page, rules.markup, text_page=False).blocks]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            "<p>Survival is 34% respectively.<sup>5</sup> Therapy helps.</p>",
            "Survival is 34% respectively.[5] Therapy helps.",
        ),
        (  # one marker for the superscript, not one per link inside it
            '<p>goal posts).<sup><a href="#ref-1">1</a>,<a href="#ref-15">15</a></sup> Knees</p>',
            "goal posts).[1,15] Knees",
        ),
        (  # a link to an entry, styled as a superscript by the page's CSS
            '<p>the 2012 guidelines<a class="xref-bibr" href="#ref-8">8</a> recommend</p>',
            "the 2012 guidelines[8] recommend",
        ),
        ("<p>rates of 12%<sup>3</sup> in the cohort</p>", "rates of 12%[3] in the cohort"),
        # exponents, isotopes, figure links, years of author-year links: left as they are
        ("<p>a BMI of 30 kg/m<sup>2</sup> or more</p>", "a BMI of 30 kg/m2 or more"),
        ("<p>at 1 × 10<sup>6</sup> cells</p>", "at 1 × 106 cells"),
        ("<p>[<sup>125</sup>I]-ghrelin</p>", "[125I]-ghrelin"),
        ('<p>see Figure <a href="#F1">1</a></p>', "see Figure 1"),
        ('<p>(Smith, <a href="#bph-bib-0055">1984</a>)</p>', "(Smith, 1984)"),
        ("<p>as cited <sup>[5]</sup> before</p>", "as cited [5] before"),
    ],
)
def test_markup_markers_read_in_brackets(rules: Rules, body: str, text: str) -> None:
    assert _blocks(rules, body) == [text]


def test_marker_brackets_stand_for_the_tags(rules: Rules) -> None:
    page = "<html><body><p>It fell by 34% overall.<sup>5</sup> Next.</p></body></html>"
    (block,) = extract(page, rules.markup, text_page=False).blocks
    at = block.text.text.index("[5]")
    start, end = block.text.source_span(at, at + 3)
    assert page[start:end] == "<sup>5</sup>"
    assert letters(page[slice(*block.text.span)]) == letters(block.text.text)


def test_sentences_end_after_a_superscript_marker(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "<html><body><article><h1>Pulmonary hypertension</h1><p>Survival at 5 years stands at "
        "34% respectively.<sup>5</sup> Disease-specific therapy improves prognosis in 91% of "
        "patients.<sup>6</sup> It affords no cure.</p></article></body></html>"
    )
    document = process_text(page, "page.html")
    by_value = {p.value: c for c in document.claims for p in c.percentages}
    assert by_value[34.0].text == "Survival at 5 years stands at 34% respectively.[5]"
    assert by_value[91.0].text.startswith("Disease-specific therapy")
    for claim in document.claims:
        start, end = claim.span
        assert letters(page[start:end]) == letters(claim.text)


def test_markdown_marker_links_keep_their_brackets_and_cite_entries(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Pulmonary hypertension\n\n"
        "Survival at 5 years stands at 34% respectively.[5](#ref-5) Disease-specific therapy "
        "improves symptoms in 91% of patients.[6](#ref-6)\n\n"
        "## References\n\n"
        "1. Smith J, Lee K. A first study. Eur Heart J 2010, 31:1-9.\n\n"
        "2. Jones R, Kim L. A second study. Eur Respir J 2011, 32:2-9.\n\n"
        "3. Brown A, Park M. A third study. Thorax 2012, 33:3-9.\n\n"
        "4. White B, Cho N. A fourth study. Chest 2013, 34:4-9.\n\n"
        "5. Black C, Lim O. A registry. Ann Intern Med 1991, 115:343-9.\n\n"
        "6. Green D, Yoo P. Therapy. Eur Respir J 2014, 35:5-9.\n"
    )
    document = process_text(page, "page.md")
    by_value = {p.value: c for c in document.claims for p in c.percentages}
    assert by_value[34.0].text.endswith("respectively.[5]")
    assert by_value[34.0].references == ("r5",)
    assert by_value[91.0].references == ("r6",)


def test_glued_markers_of_a_text_scrape_need_the_page_to_show_them(
    process_text: Callable[..., Document],
) -> None:
    sentences = (
        "Survival at 5 years stands at 34% respectively.5 Disease-specific therapy improves "
        "prognosis in 91% of patients."
    )
    other = "Pulmonary arterial hypertension is rare.6 Most patients are women, 70% in registries."
    alone = process_text(f"Hypertension\n\n{sentences}\n", "one.txt")
    (claim,) = alone.claims
    assert 34.0 in [p.value for p in claim.percentages] and "Disease" in claim.text
    page = process_text(f"Hypertension\n\n{sentences}\n\n{other}\n", "two.txt")
    texts = [c.text for c in page.claims]
    assert "Survival at 5 years stands at 34% respectively.5" in texts
    assert "Pulmonary arterial hypertension is rare.6" in texts
    assert "Most patients are women, 70% in registries." in texts


def test_reference_ranges_written_as_two_markers(rules: Rules) -> None:
    from ingest.references import EntryRules

    entries = EntryRules(rules.citations.references)
    cited = entries.cited("structures[17]–[21] and assays[22],[23]", None)
    assert list(dict.fromkeys(cited)) == [
        17,
        18,
        19,
        20,
        21,
        22,
        23,
    ]


def test_glued_markers_of_a_text_scrape_cite_a_numbered_list(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "Hypertension\n\n"
        "Survival at 5 years stands at 34% respectively.2 Disease-specific therapy improves "
        "prognosis in 91% of patients.1 Most patients are women.2 Men are 30% of patients.\n\n"
        "Pulmonary arterial hypertension is rare, 70% of patients are women, as in Fig.2\n\n"
        "References\n\n"
        "1. Smith J, Lee K. A first study. Eur Heart J 2010, 31:1-9.\n\n"
        "2. Jones R, Kim L. A second study. Eur Respir J 2011, 32:2-9.\n"
    )
    document = process_text(page, "scrape.txt")
    refs = {p.value: c.references for c in document.claims for p in c.percentages}
    assert refs == {34.0: ("r2",), 91.0: ("r1",), 30.0: (), 70.0: ()}
