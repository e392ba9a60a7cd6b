"""clean/printed: a line-numbered manuscript's running lines are cut; nothing else is."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clean.printed import blank, printed_furniture
from ingest.models import Document
from ingest.rules import load_rules
from tests.conftest import ROOT, letters

FOOTER = [
    " . CC-BY 4.0 International licenseIt is made available under a ",
    "perpetuity. ",
    "The copyright holder for this preprint is the author/funder. ; https://doi.org/10.1101/x",
]
SENTENCES = [
    "Sleeping sickness is caused by Trypanosoma brucei gambiense in West Africa.",
    "Fexinidazole was approved in 2019 as an oral treatment for stage 1 patients.",
    "Relapse was seen in 12% of patients treated with pentamidine in the cohort.",
    "Acoziborole resistance emerged in lab conditions after selection.",
]


def manuscript(pages: int = 3, lines_per_page: int = 12) -> str:
    """Numbered lines of prose (a preprint's PDF as text), a footer at every page break."""
    out: list[str] = []
    number = 1
    for page in range(pages):
        for k in range(lines_per_page):
            sentence = SENTENCES[(page + k) % len(SENTENCES)]
            out.append(f"In cohort {number}: {sentence} {number} ")
            number += 1
        out.extend(FOOTER)
        out.append(f" {page + 1} ")
    return "\n".join(out) + "\n"


def test_running_lines_of_a_numbered_page_are_cut_and_claims_read_as_their_span(
    process_text: Callable[..., Document],
) -> None:
    text = manuscript()
    document = process_text(text, "preprint.md")
    running = [r for r in document.removed if r.rule == "running-line"]
    # The footer at every page break (its lines one removal each), the short line with the
    # long ones around it.
    assert len(running) == 3
    assert all("perpetuity" in r.text and "copyright holder" in r.text for r in running)
    for removed in running:
        assert letters(text[removed.span[0] : removed.span[1]]) == letters(removed.text)
    assert document.claims
    for claim in document.claims:
        assert "copyright holder" not in claim.text and "perpetuity" not in claim.text
        start, end = claim.span
        assert letters(text[start:end]) == letters(claim.text)


def test_without_line_numbers_a_repeated_line_is_not_a_running_line() -> None:
    rules = load_rules(ROOT / "rules").markup.printed_page
    text = "\n".join(line.rsplit(" ", 2)[0] for line in manuscript().splitlines())
    assert printed_furniture(text, rules) == []
    # A short run of numbered lines (a table of years) is no line numbering either.
    years = "".join(f"Incidence in year {y}: 12% of cases {y}\n" for y in range(2001, 2006))
    assert printed_furniture(years * 4, rules) == []


def test_a_page_number_at_a_break_goes_and_lines_outside_breaks_stay() -> None:
    rules = load_rules(ROOT / "rules").markup.printed_page
    text = manuscript()
    cuts = printed_furniture(text, rules)
    pages = [text[c.start : c.end] for c in cuts if c.rule == "page-number"]
    assert pages == ["1", "2", "3"]
    # Every cut stands in a page break: no numbered line of prose is touched.
    for cut in cuts:
        line = text[: cut.start].rsplit("\n", 1)[-1] + text[cut.start :].split("\n", 1)[0]
        assert "In cohort" not in line


def test_numbered_headings_with_repeated_lines_are_no_printed_page(
    process_text: Callable[..., Document],
) -> None:
    """A plan's "Day 1" ... "Day 30" count up, but number few of the page's lines: its repeated
    daily line is text (the review's case: every claim was lost)."""
    lines = ["# A 30-day plan for iron deficiency anemia", ""]
    for day in range(1, 31):
        lines += [
            f"## Day {day}",
            "",
            "Take 65 mg of elemental iron with 500 mg of vitamin C at breakfast.",
            "",
            f"Eat a serving of spinach; it covers {day % 7 + 10}% of the daily iron need.",
            "",
        ]
    text = "\n".join(lines) + "\n"
    rules = load_rules(ROOT / "rules").markup.printed_page
    assert printed_furniture(text, rules) == []
    document = process_text(text, "plan.md")
    assert len(document.claims) >= 7
    assert not any(r.rule == "running-line" for r in document.removed)


@settings(max_examples=40, deadline=None)
@given(pages=st.integers(min_value=2, max_value=5), lines=st.integers(min_value=8, max_value=20))
def test_blanking_keeps_every_offset_and_line_break(pages: int, lines: int) -> None:
    rules = load_rules(ROOT / "rules").markup.printed_page
    text = manuscript(pages, lines)
    cuts = printed_furniture(text, rules)
    blanked = blank(text, cuts)
    assert len(blanked) == len(text)
    assert [i for i, c in enumerate(blanked) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]
    numbered = pages * lines >= rules.line_number_min_run
    # The footer is cut where the lines are numbered and it stands often enough.
    assert ("copyright" in blanked) == (not numbered or pages < rules.running_min_repeats)
    assert {cut.rule for cut in cuts} <= {"running-line", "page-number"}
