"""Property: on generated pages (text and HTML, with markup), every span points at its text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.load import load_bytes
from ingest.pipeline import DocumentPipeline

from .conftest import letters

_SENTENCES = st.sampled_from(
    [
        "About 40% of patients improved after MSC therapy.",
        "The trial (NCT00911326) enrolled 120 adults with rheumatoid arthritis.",
        "Results were published as doi: 10.1002/iid3.70189 in 2025.",
        "Intravenous infusion of umbilical cord MSCs reduced IL-6 levels by 2–3%.",
        "Hetta et al. report that results are not consistent (PMID: 40353645).",
        "Bone marrow-derived MSCs (BMSCs) may help repair cartilage.",
        "No serious side effects were reported in 95% CI analyses.",
        "Parkinson’s disease affects approximately 1% of people over 60.",
    ]
)
_WRAPS = st.sampled_from(
    [
        "{s}",
        "• {s}",
        "Results : {s}",
        "{s} [link](/entities/x)",
        "<span style='x'>{s}</span>",
        "{s} &amp; more",
        "[{s}](https://pubmed.ncbi.nlm.nih.gov/24721108/)",
    ]
)
_LINES = st.lists(st.tuples(_WRAPS, _SENTENCES), min_size=1, max_size=8)
_NOISE = st.sampled_from(
    ["", "Subscribe To Our Newsletter", "...", "Read more", "Table of Contents"]
)


def _check(pipeline: DocumentPipeline, text: str, name: str) -> None:
    document = pipeline.process(load_bytes(text.encode("utf-8"), name)).document
    for claim in document.claims:
        start, end = claim.span
        assert letters(text[start:end]) == letters(claim.text), (text[start:end], claim.text)
        assert claim.line == text.count("\n", 0, start) + 1
        for item in (*claim.percentages, *claim.identifiers, *claim.entities):
            assert start <= item.span[0] < item.span[1] <= end
            assert letters(text[item.span[0] : item.span[1]]) == letters(item.text)
    for removed in document.removed:
        assert 0 <= removed.span[0] < removed.span[1] <= len(text)
        assert removed.line == text.count("\n", 0, removed.span[0]) + 1
    for section in document.sections:
        assert 0 <= section.span[0] < section.span[1] <= len(text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_LINES, _NOISE, st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_text_page_spans(
    pipeline: DocumentPipeline, lines: list[tuple[str, str]], noise: str, newline: str
) -> None:
    body = [wrap.format(s=sentence) for wrap, sentence in lines]
    text = newline.join(["A Title For The Page", *body, noise, noise])
    _check(pipeline, text, "page.txt")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_LINES, st.sampled_from(["p", "li", "td", "div"]))
def test_html_page_spans(
    pipeline: DocumentPipeline, lines: list[tuple[str, str]], tag: str
) -> None:
    items = "".join(f"<{tag}>{wrap.format(s=s)}</{tag}>\n" for wrap, s in lines)
    if tag == "td":
        items = f"<table><tr>{items}</tr></table>"
    text = f"<html><head><title>T</title></head><body><h1>Title</h1>\n{items}<footer>All rights reserved</footer></body></html>"
    _check(pipeline, text, "page.html")
