"""Identifiers: every form the spec lists, the public test-suite cases, and no look-alikes."""

from __future__ import annotations

import pytest
import yaml

from ingest.load import load_bytes
from ingest.match.identifiers import IdentifierMatcher, trim_punctuation
from ingest.pipeline import DocumentPipeline
from ingest.rules import Rules
from ingest.rules.models import IdentifierRules

from .conftest import RULES

_RULES = IdentifierRules.model_validate(yaml.safe_load((RULES / "identifiers.yaml").read_text()))
_MATCH = [(s.scheme, e.text, e.values) for s in _RULES.schemes for e in s.examples.match]
_NO_MATCH = [(s.scheme, text) for s in _RULES.schemes for text in s.examples.no_match]


@pytest.fixture(scope="module")
def matcher(rules: Rules) -> IdentifierMatcher:
    return IdentifierMatcher(rules.identifiers)


@pytest.mark.parametrize(("scheme", "text", "values"), _MATCH)
def test_rule_examples_match(
    matcher: IdentifierMatcher, scheme: str, text: str, values: tuple[str, ...]
) -> None:
    found = [f.value for f in matcher.find(text) if f.scheme == scheme]
    assert found == list(values)


@pytest.mark.parametrize(("scheme", "text"), _NO_MATCH)
def test_rule_examples_do_not_match(matcher: IdentifierMatcher, scheme: str, text: str) -> None:
    assert [f for f in matcher.find(text) if f.scheme == scheme] == []


@pytest.mark.parametrize(
    "text",
    [
        "Immun Inflamm Dis. 2025 May;13(5):e70189.",  # e-page number
        "published 2023-09-30 and updated 2024-08-10",  # dates
        "J Clin Med. 2023 Sep 30;12(19):6311.",  # volume(issue):page
        "version 3.10.12 of the pipeline, build 20240101",  # versions
        "[Bacterial Enzyme](/hypothesis/h-7bb47d7a)",  # hashes
        "/analysis/SDA-2026-04-01-gap-006",  # slugs
        "served from 10.10.1.0/26 and 192.168.1.0/24",  # IP ranges
        "https://clinicaltrials.gov/search?cond=Parkinson+Disease",  # not an identifier URL
        "https://www.isctglobal.org and https://human.brain-map.org/",
        "about 24721108 cells per dose",  # a bare 8-digit number is not a PMID
        "Fig. 10.1 shows 12/24 responders",
    ],
)
def test_no_false_positives(matcher: IdentifierMatcher, text: str) -> None:
    assert matcher.find(text) == []


def test_match_offsets_exclude_trimmed_punctuation(matcher: IdentifierMatcher) -> None:
    text = "See doi: 10.1002/iid3.70189. Next"
    (found,) = matcher.find(text)
    assert text[found.start : found.end] == "doi: 10.1002/iid3.70189"


def test_trim_keeps_balanced_brackets() -> None:
    assert trim_punctuation("10.1007/JHEP06(2013)081).") == "10.1007/JHEP06(2013)081"
    assert trim_punctuation("10.1016/0031-9163(64)91136-9") == "10.1016/0031-9163(64)91136-9"


# --- link targets (href="…", markdown "(…)") ------------------------------------------------


@pytest.mark.parametrize(
    ("target", "values"),
    [(e.text, list(e.values)) for e in _RULES.link_targets.examples.match]
    + [(text, []) for text in _RULES.link_targets.examples.no_match],
)
def test_link_target_examples(matcher: IdentifierMatcher, target: str, values: list[str]) -> None:
    assert [f.value for f in matcher.find_in_link(target)] == values


def test_link_target_query_value_keeps_its_offsets(matcher: IdentifierMatcher) -> None:
    target = "/action/downloadFigures?doi=10.7326/M19-3075&amp;id=fva1-m193075"
    (found,) = matcher.find_in_link(target)
    assert (found.value, target[found.start : found.end]) == (
        "10.7326/m19-3075",
        "10.7326/M19-3075",
    )


def test_link_target_with_decoded_entities_spans_its_part(matcher: IdentifierMatcher) -> None:
    target = "/lookup?ref=doi&#58;10.1001/archinte.160.1.41&amp;type=x"
    (found,) = matcher.find_in_link(target)
    assert found.value == "10.1001/archinte.160.1.41"
    assert target[found.start : found.end] == "doi&#58;10.1001/archinte.160.1.41"


def test_html_link_targets_give_clean_dois(pipeline: DocumentPipeline) -> None:
    page = (
        "<html><body><p>Dabigatran reduced stroke by 35% in the cohort "
        '(<a href="/lookup/external-ref?access_num=10.1056/NEJMoa0905561&amp;link_type=DOI">'
        "CrossRef</a>; "
        '<a href="https://pubs.example.org/doi/full/10.1177/2325967116646534#sec1">full text</a>'
        ").</p></body></html>"
    )
    document = pipeline.process(load_bytes(page.encode(), "page.html")).document
    dois = {i.value for i in document.identifiers if i.scheme == "doi"}
    assert dois == {"10.1056/nejmoa0905561", "10.1177/2325967116646534"}


def test_identifier_does_not_run_into_the_next_links_anchor(pipeline: DocumentPipeline) -> None:
    page = (
        "Dataset 1 of the binding assays covers 40% of the ligands, "
        "[10.5256/f1000research.5879.d41724](http://dx.doi.org/10.5256/f1000research.5879.d41724)"
        "[43](#ref-43)\n"
    )
    document = pipeline.process(load_bytes(page.encode(), "page.md")).document
    dois = {i.value for i in document.identifiers if i.scheme == "doi"}
    assert dois == {"10.5256/f1000research.5879.d41724"}


@pytest.mark.parametrize("name", ["refs.md", "refs.html"])
def test_identifier_does_not_run_into_a_link_anchor_glued_after_it(
    pipeline: DocumentPipeline, name: str
) -> None:
    entry = "Noya B, et al. Outbreak of acute Chagas disease. J Infect Dis 2010; 201: 1308, doi: 10.1086/651608."
    page = (
        f"{entry}[Link](#)\n"
        if name.endswith(".md")
        else f'<html><body><p>{entry}<a href="#">Link</a></p></body></html>'
    )
    document = pipeline.process(load_bytes(page.encode(), name)).document
    dois = {i.value for i in document.identifiers if i.scheme == "doi"}
    assert dois == {"10.1086/651608"}


# --- DOIs read from publisher paths -----------------------------------------------------------


def test_publisher_path_suffix_is_cut_with_its_span(matcher: IdentifierMatcher) -> None:
    target = "/doi/10.1111/bph.13439/figure.pptx?figureAssetHref=image_n/bph13439-fig-0001.png"
    (found,) = matcher.find_in_link(target)
    assert found.value == "10.1111/bph.13439"
    assert target[found.start : found.end] == "/doi/10.1111/bph.13439"


def test_dois_with_slashes_keep_them(matcher: IdentifierMatcher) -> None:
    # A DOI's own slashes are not publisher paths; a segment named like a view is cut only
    # after the first segment ("10.1234/abstract" is all DOI).
    assert [f.value for f in matcher.find_in_link("/doi/10.1093/nar/gkt1143")] == [
        "10.1093/nar/gkt1143"
    ]
    assert [f.value for f in matcher.find_in_link("/doi/10.1234/abstract/full")] == [
        "10.1234/abstract"
    ]


def test_doi_in_plain_text_is_taken_as_written(matcher: IdentifierMatcher) -> None:
    # Outside a URL "/full" may be part of what the author wrote: no cut.
    assert [f.value for f in matcher.find("doi 10.5555/x.1/full")] == ["10.5555/x.1/full"]


def _link_page(*targets: str, text: str = "") -> bytes:
    links = "".join(f'<li><a href="{t}">view {n}</a></li>' for n, t in enumerate(targets))
    return (
        "<html><body><p>Ghrelin lowered insulin secretion by 35% in the islets. "
        f"{text}</p><ul>{links}</ul></body></html>"
    ).encode()


def test_link_doi_ends_at_a_doi_the_page_states(pipeline: DocumentPipeline) -> None:
    # "/ris" is no rules suffix; the page states the DOI in its text, so it ends there.
    page = _link_page("/doi/10.5555/x.123/ris", text="doi: 10.5555/x.123.")
    document = pipeline.process(load_bytes(page, "page.html")).document
    dois = {i.value for i in document.identifiers if i.scheme == "doi"}
    assert dois == {"10.5555/x.123"}


def test_link_doi_ends_where_two_links_add_different_views(pipeline: DocumentPipeline) -> None:
    page = _link_page("/doi/10.5555/x.123/ris", "/doi/10.5555/x.123/bibtex")
    document = pipeline.process(load_bytes(page, "page.html")).document
    assert {i.value for i in document.identifiers} == {"10.5555/x.123"}


def test_two_dois_under_one_stem_stay_whole(pipeline: DocumentPipeline) -> None:
    # Two references of one journal and year share "10.1155/2010": their last segments hold
    # digits, so neither is a view of the stem.
    page = _link_page("/doi/10.1155/2010/945056", "/doi/10.1155/2010/945057", "/doi/10.5555/y/ris")
    document = pipeline.process(load_bytes(page, "page.html")).document
    assert {i.value for i in document.identifiers} == {
        "10.1155/2010/945056",
        "10.1155/2010/945057",
        "10.5555/y/ris",
    }


def test_a_value_that_closes_emphasis_ends_before_its_mark(pipeline: DocumentPipeline) -> None:
    """Markdown italics around a DOI link's text ("[_https://doi.org/10.4149/av_2013_02_91_](…)")
    gave a second DOI with the closing underscore; a DOI may end in "_" when nothing opened it."""
    page = (
        "Acta virologica, 57(2), 91--96. [_https://doi.org/10.4149/av_2013_02_91_]"
        "(https://doi.org/10.4149/av_2013_02_91)\n\nSee *10.1000/xyz* and 10.1000/abc_ here.\n"
    )
    document = pipeline.process(load_bytes(page.encode("utf-8"), "refs.md")).document
    assert sorted(i.value for i in document.identifiers) == [
        "10.1000/abc_",
        "10.1000/xyz",
        "10.4149/av_2013_02_91",
    ]
