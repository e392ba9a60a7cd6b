"""Acceptance on the three seed pages (../shared/seeds): identifiers, percentages, citations."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from ingest.models import Document

from .conftest import SEED_000, SEED_002, SEED_003, letters

SEED_000_IDENTIFIERS = {
    ("doi", "10.1002/iid3.70189"), ("pmid", "40353645"), ("pmcid", "PMC12067559"),
    ("doi", "10.3390/jcm12196311"), ("pmid", "37834955"), ("pmcid", "PMC10573670"),
    ("doi", "10.1186/s13018-023-04131-7"), ("pmid", "37644595"), ("pmcid", "PMC10466768"),
    ("doi", "10.3389/fimmu.2023.1141601"), ("pmid", "36911700"), ("pmcid", "PMC9999104"),
    ("doi", "10.1016/j.parkreldis.2024.107087"), ("pmid", "39142905"),
}  # fmt: skip
SEED_002_IDENTIFIERS = {
    ("nct", "NCT00911326"), ("nct", "NCT01827180"), ("nct", "NCT01348451"),
    ("pmid", "24721108"), ("pmid", "28182767"), ("pmid", "26238515"), ("pmid", "24740773"),
}  # fmt: skip
SEED_003_IDENTIFIERS = {("doi", "10.7759/cureus.105206")}

# Every sentence of seed 000 that holds a percentage, and the percentages in it.
SEED_000_PERCENT_SENTENCES = {
    "The analysis found that approximately 40% of patients experienced improvements after MSC therapy.": [
        (40.0, None, None, True)
    ],
    "Another 33% remained stable, while about 18% saw a worsening of their condition.": [
        (33.0, None, None, False),
        (18.0, None, None, True),
    ],
    "MSCs derived from umbilical cord or placental tissue were associated with higher improvement rates "
    "(57%) compared to MSCs derived from bone marrow (38%).": [
        (57.0, None, None, False),
        (38.0, None, None, False),
    ],
    "The study found that intravenous administration resulted in better outcomes, with 58% of patients "
    "showing improvement, compared to 33% for intrathecal administration.": [
        (58.0, None, None, False),
        (33.0, None, None, False),
    ],
    "While modern treatments enable 94% of individuals with acute traumatic SCI to survive, long-term "
    "survival is often compromised by complications arising after the injury.": [
        (94.0, None, None, False)
    ],
    "The disease affects 2–3% of individuals over 65, and by 2040, the number of people living with PD is "
    "expected to double.": [(None, 2.0, 3.0, False)],
}


def _identifiers(document: Document) -> set[tuple[str, str]]:
    return {(i.scheme, i.value) for i in document.identifiers}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (SEED_000, SEED_000_IDENTIFIERS),
        (SEED_002, SEED_002_IDENTIFIERS),
        (SEED_003, SEED_003_IDENTIFIERS),
    ],
)
def test_every_identifier_is_found_and_nothing_else(
    seed_document: Callable[[str], Document], name: str, expected: set[tuple[str, str]]
) -> None:
    assert _identifiers(seed_document(name)) == expected


def test_seed_000_percentages_are_each_in_exactly_one_whole_sentence_claim(
    seed_document: Callable[[str], Document],
) -> None:
    document = seed_document(SEED_000)
    with_percentages = [c for c in document.claims if c.percentages]
    assert {c.text for c in with_percentages} == set(SEED_000_PERCENT_SENTENCES)
    for claim in with_percentages:
        want = SEED_000_PERCENT_SENTENCES[claim.text]
        assert [(p.value, p.low, p.high, p.approximate) for p in claim.percentages] == want
    assert sum(len(c.percentages) for c in with_percentages) == 9


def test_seed_000_percentage_count_matches_the_source(
    seed_document: Callable[[str], Document], seed_source
) -> None:  # type: ignore[no-untyped-def]
    text = seed_source(SEED_000).text
    assert len(re.findall(r"%", text)) == 9
    document = seed_document(SEED_000)
    assert sum(len(c.percentages) for c in document.claims) == 9


@pytest.mark.parametrize("name", [SEED_002, SEED_003])
def test_seeds_without_percentages_have_none(
    seed_document: Callable[[str], Document], name: str
) -> None:
    assert all(not c.percentages for c in seed_document(name).claims)


def test_seed_000_has_five_articles_with_their_citations(
    seed_document: Callable[[str], Document],
) -> None:
    document = seed_document(SEED_000)
    assert len(document.articles) == 5
    pmids = [[c.value for c in a.citations if c.scheme == "pmid"] for a in document.articles]
    assert pmids == [["40353645"], ["37834955"], ["37644595"], ["36911700"], ["39142905"]]
    assert all(a.title for a in document.articles)


def test_multiple_sclerosis_claims_cite_their_article(
    seed_document: Callable[[str], Document],
) -> None:
    document = seed_document(SEED_000)
    ms = next(a for a in document.articles if a.title and "Multiple Sclerosis" in a.title)
    claims = [c for c in document.claims if c.article == ms.id]
    assert claims
    for claim in claims:
        assert {"scheme": "pmid", "value": "37834955"} in [c.model_dump() for c in claim.citations]


def test_seed_003_claims_cite_the_header_doi(seed_document: Callable[[str], Document]) -> None:
    document = seed_document(SEED_003)
    assert document.claims
    for claim in document.claims:
        assert ("doi", "10.7759/cureus.105206") in [(c.scheme, c.value) for c in claim.citations]


@pytest.mark.parametrize("name", [SEED_000, SEED_002, SEED_003])
def test_claim_spans_read_as_their_text(seed_document, seed_source, name: str) -> None:  # type: ignore[no-untyped-def]
    text = seed_source(name).text
    document = seed_document(name)
    for claim in document.claims:
        start, end = claim.span
        assert letters(text[start:end]) == letters(claim.text)
        assert claim.line == text.count("\n", 0, start) + 1
        for item in (*claim.percentages, *claim.identifiers, *claim.entities):
            assert start <= item.span[0] and item.span[1] <= end
            assert letters(text[item.span[0] : item.span[1]]) == letters(item.text)


# --- cleaning acceptance (issue 3) ------------------------------------------------------------

SEED_NOISE = {
    SEED_000: [
        "Subscribe To Our Newsletter",
        "Join our mailing list",
        "You have Successfully Subscribed",
        "Request Information Packet",
        "We'll send your FREE information packet",
        "Thanks for your interest",
    ],
    SEED_002: [
        "Mermaid diagram",
        "Show full description",
        "See Also",
        "Target disease",
        "Related Analyses",
        "scored by multi-agent debate",
        "Target: TH, AADC",
        "Allen Brain Atlas",
        "External Links",
    ],
    SEED_003: ["Table of Contents", "Plaats een reactie", "Reageer op"],
}


@pytest.mark.parametrize("name", [SEED_000, SEED_002, SEED_003])
def test_noise_is_never_in_a_claim_or_section_title(
    seed_document: Callable[[str], Document], name: str
) -> None:
    document = seed_document(name)
    texts = [c.text for c in document.claims] + [s.title for s in document.sections]
    for noise in SEED_NOISE[name]:
        assert not [t for t in texts if noise in t], noise
        assert any(noise in r.text for r in document.removed), f"{noise!r} is not in removed"


def test_noise_reasons(seed_document: Callable[[str], Document]) -> None:
    dutch = [
        r
        for r in seed_document(SEED_003).removed
        if "Plaats een reactie" in r.text or "Reageer op" in r.text
    ]
    assert dutch and all(r.reason.value == "foreign_language" for r in dutch)
    toc = [r for r in seed_document(SEED_003).removed if r.text == "Table of Contents"]
    assert [r.reason.value for r in toc] == ["boilerplate"]


def test_second_infobox_is_a_duplicate(
    seed_document: Callable[[str], Document], seed_source
) -> None:  # type: ignore[no-untyped-def]
    text = seed_source(SEED_002).text
    line5 = text.index("\n", text.index("\n...\n") + 5) + 1  # the second "Introduction <table" line
    end5 = text.index("\n", line5)
    covering = [
        r for r in seed_document(SEED_002).removed if r.span[0] <= line5 and end5 <= r.span[1]
    ]
    assert [r.reason.value for r in covering] == ["duplicate"]


@pytest.mark.parametrize("name", [SEED_000, SEED_002])
def test_each_article_title_is_one_section(
    seed_document: Callable[[str], Document], name: str
) -> None:
    document = seed_document(name)
    titles = [s.title for s in document.sections]
    for article in document.articles:
        assert article.title and titles.count(article.title) == 1


def test_infobox_rows_appear_once_as_labelled_rows(
    seed_document: Callable[[str], Document], pipeline, seed_source
) -> None:  # type: ignore[no-untyped-def]
    page = pipeline.clean(seed_source(SEED_002))
    rows = [b.text.text for b in page.blocks if b.kind.value == "table_row"]
    for row in [
        "Treatment Name: Mesenchymal Stem Cell (MSC) Therapy",
        "Clinical Stage: Phase 1/2 clinical trials",
        "Route: Advantages",
        "Intravenous: Minimally invasive, systemic effect",
        "Intra-arterial: High CNS exposure",
    ]:
        assert rows.count(row) == 1, row


# --- entities, hedging and citations (issue 4) -------------------------------------------------


def test_lupus_claim_is_hedged_and_cites_its_article(
    seed_document: Callable[[str], Document],
) -> None:
    document = seed_document(SEED_000)
    claim = next(
        c
        for c in document.claims
        if c.text.startswith("In lupus, MSCs appear to calm harmful immune cells")
    )
    assert claim.hedged and "appear" in claim.hedges
    assert ("pmid", "40353645") in [(c.scheme, c.value) for c in claim.citations]
    assert "lupus" in {e.text for e in claim.entities}


def test_trial_line_cites_the_reference_under_it(seed_document: Callable[[str], Document]) -> None:
    document = seed_document(SEED_002)
    claim = next(c for c in document.claims if "NCT00911326" in c.text)
    assert [(c.scheme, c.value) for c in claim.citations][:2] == [
        ("pmid", "24721108"),
        ("pmid", "28182767"),
    ]
    assert {i.value for i in claim.identifiers} == {"NCT00911326", "NCT01827180"}


def test_claims_are_not_made_of_citation_lines(seed_document: Callable[[str], Document]) -> None:
    for name in (SEED_000, SEED_002, SEED_003):
        for claim in seed_document(name).claims:
            assert not claim.text.startswith(
                ("Source:", "Reference:", "Cite this article", "Published:")
            )
