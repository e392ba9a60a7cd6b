"""Abbreviation definitions (extended Schwartz-Hearst) and their resolution to entities."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.match.abbreviations import find_definitions, is_short_form, match_long_form
from ingest.match.entities import FoundEntity
from ingest.models import Document

from .conftest import SEED_000, SEED_003


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "rheumatoid arthritis (RA), systemic sclerosis (SSc)",
            [("RA", "rheumatoid arthritis"), ("SSc", "systemic sclerosis")],
        ),
        (
            "Mesenchymal stem/stromal cells (MSCs) are candidates",
            [("MSCs", "Mesenchymal stem/stromal cells")],
        ),
        (
            "bone marrow-derived MSCs (BMSCs) and umbilical cord-derived MSCs (UC-MSCs)",
            [("BMSCs", "bone marrow-derived MSCs"), ("UC-MSCs", "umbilical cord-derived MSCs")],
        ),
        (
            "tumor necrosis factor alpha (TNF-α) and interleukin-1 beta (IL-1β)",
            [("TNF-α", "tumor necrosis factor alpha"), ("IL-1β", "interleukin-1 beta")],
        ),
        (
            "transforming growth factor-β (TGF-beta) levels",
            [("TGF-beta", "transforming growth factor-β")],
        ),
        (
            "Current treatments (levodopa, deep brain stimulation (DBS), etc.)",
            [("DBS", "deep brain stimulation")],
        ),
        (
            "the EDSS (Expanded Disability Status Scale) score",
            [("EDSS", "Expanded Disability Status Scale")],
        ),
        ("disability-adjusted life years (DALYs)", [("DALYs", "disability-adjusted life years")]),
    ],
)
def test_definitions(text: str, pairs: list[tuple[str, str]]) -> None:
    assert [(d.short, d.long) for d in find_definitions(text)] == pairs


@pytest.mark.parametrize(
    "text",
    [
        "from M1 (pro-inflammatory) to M2",
        "early phase (i.e., traditional phase 1) trials",
        "in 2019 (n = 45)",
        "cells (see Fig. 2)",
    ],
)
def test_not_definitions(text: str) -> None:
    assert find_definitions(text) == []


def test_offsets_point_at_the_forms() -> None:
    text = "Patients with rheumatoid arthritis (RA) improved."
    (d,) = find_definitions(text)
    assert text[d.long_start : d.long_end] == "rheumatoid arthritis"
    assert text[d.short_start : d.short_end] == "RA"


def test_short_form_shape() -> None:
    assert is_short_form("IL-1β") and is_short_form("MSCs") and is_short_form("p53")
    assert not is_short_form("patients") and not is_short_form("a")
    assert match_long_form("BBB", "through the blood-brain barrier") == len("through the ")


SEED_ABBREVIATIONS = {
    "RA", "SLE", "SSc", "OA", "MS", "EDSS", "HUC-MSCs", "SCI", "BMSCs", "BDNF", "VEGF", "PD", "DALYs", "BBB",
}  # fmt: skip


def test_seed_abbreviations(seed_document: Callable[[str], Document]) -> None:
    found = {a.short for a in seed_document(SEED_000).abbreviations} | {
        a.short for a in seed_document(SEED_003).abbreviations
    }
    assert SEED_ABBREVIATIONS | {"DBS"} <= found
    longs = {a.short: a.long for a in seed_document(SEED_000).abbreviations}
    assert longs["DALYs"] == "disability-adjusted life years"
    assert longs["BMSCs"] == "bone marrow-derived MSCs"


def test_abbreviation_spans_cover_the_definition(
    seed_document: Callable[[str], Document], seed_source
) -> None:  # type: ignore[no-untyped-def]
    text = seed_source(SEED_000).text
    for item in seed_document(SEED_000).abbreviations:
        covered = text[item.span[0] : item.span[1]]
        assert item.short in covered and item.long.split()[-1] in covered


def test_later_short_forms_take_the_long_forms_entity(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "Page Title\n"
        "Adipose-derived stromal vascular fraction (ADSVF) was injected into the knee.\n"
        "Pain fell by 30% in the ADSVF group and function improved in rheumatoid arthritis (RA) too.\n"
        "In RA, 12% of joints were still swollen.\n"
    )
    document = process_text(page)
    ra = next(c for c in document.claims if c.text.startswith("In RA"))
    assert [(e.text, e.label, e.canonical) for e in ra.entities] == [
        ("RA", "DISEASE", "rheumatoid arthritis")
    ]


def test_a_short_form_defined_otherwise_loses_the_vocabulary_meaning(
    process_text: Callable[..., Document],
) -> None:
    page = "Page Title\nWe compared autologous donors (AD) with allogeneic ones in 40 patients.\nIn AD, 12% of grafts failed within a year.\n"
    document = process_text(page)
    claim = next(c for c in document.claims if c.text.startswith("In AD"))
    assert not [e for e in claim.entities if e.text == "AD"]


@given(st.text(alphabet=" a\tb\u00a0c\n(", max_size=60), st.integers(0, 60), st.integers(1, 8))
def test_last_words_are_the_last_words_a_scan_from_the_start_finds(
    text: str, end: int, count: int
) -> None:
    from ingest.match.abbreviations import _last_words

    end = min(end, len(text))
    every = [m.span() for m in re.compile(r"[^\s]+").finditer(text, 0, end)]
    assert _last_words(text, end, count) == every[-count:]


def test_definitions_in_a_one_megabyte_line_do_not_hang() -> None:
    """10,000 definitions in one 1 MB line: each read back from its parenthesis. Finding every
    word from the start of the text for each parenthesis took minutes here; a 60 s alarm
    (a hang guard, not a speed target) stops the test if that comes back."""
    import signal

    line = " ".join(
        f"then filler words here and knee osteoarthritis (KOA) was seen in them all {n}"
        for n in range(10_000)
    )
    assert len(line) > 700_000

    def hang(signum: int, frame: object) -> None:
        raise TimeoutError("find_definitions hung on a long line")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(60)
    try:
        found = find_definitions(line)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert len(found) == 10_000
    assert {d.long for d in found} == {"knee osteoarthritis"}


def _naive_short_forms(entities, spans, entity):  # type: ignore[no-untyped-def]
    """The rescan per short form that _give_short_forms replaces (quadratic in a block)."""
    out = list(entities)
    for start, end in spans:
        if any(
            e.start <= start and end <= e.end and (e.end - e.start) > (end - start) for e in out
        ):
            continue
        out = [e for e in out if e.end <= start or e.start >= end]
        if entity is not None:
            out.append(FoundEntity(entity.label, entity.canonical, start, end))
    return out


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=25),
    st.lists(st.integers(0, 70), max_size=10),
    st.integers(1, 4),
    st.booleans(),
)
def test_short_forms_by_bisection_equal_the_rescan(
    raw: list[tuple[int, int]], starts: list[int], width: int, has_entity: bool
) -> None:
    from ingest.match.abbreviations import _give_short_forms

    entities = [FoundEntity("DISEASE", f"e{n}", s, s + w) for n, (s, w) in enumerate(raw)]
    spans: list[tuple[int, int]] = []
    for s in sorted(set(starts)):  # non-overlapping, in text order, as finditer gives them
        if not spans or s >= spans[-1][1]:
            spans.append((s, s + width))
    entity = FoundEntity("DISEASE", "long form", 0, 1) if has_entity else None
    assert _give_short_forms(entities, spans, entity) == _naive_short_forms(entities, spans, entity)
