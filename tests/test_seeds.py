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
