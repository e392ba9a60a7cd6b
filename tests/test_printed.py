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
    assert all(cut.rule == "running-line" for cut in cuts)
