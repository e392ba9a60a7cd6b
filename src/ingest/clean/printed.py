"""A printed page's furniture in a text scrape: its running lines, found by its line numbers.

A manuscript or preprint turned from PDF into text (an LLM project's cache of medRxiv and
journal PDFs) keeps what the printed page had around its text: a number at the end of every
line ("... by 33" / "2030. With the decline ..."), and at every page break the page's running
footer or header and its page number, glued into the paragraph they fall in ("The copyright
holder for this preprint ..."). They become sentences of their own in every claim they touch.

A page is line-numbered when it holds a run of at least ``line_number_min_run`` lines whose last
token is a number one greater than that of the run's line before, at most
``line_number_max_gap`` lines after it, the numbered lines being ``line_number_min_share`` of
the non-blank lines the run covers (a plan's "Day 1" ... "Day 30" headings are not). Its page
breaks are the unnumbered lines between two numbered lines of the run. A page break holding a
line of at least ``running_min_chars`` characters that stands in ``running_min_repeats`` page
breaks or more is furniture: its repeated lines (the short ones too: "perpetuity.", the end of a
licence line) and its page number are blanked in place (offsets unchanged, the paragraph cut
there) and reported with their spans; the running lines wherever they stand (pages of tables
and figures have no line numbers). No other line is touched.

The line numbers themselves stay in the text: a claim's span must read as its text, letters and
digits alike (SPEC.md, "Spans"), and a span is one stretch of the source, so a number inside a
sentence cannot be dropped from it. A sentence that a page break cuts reads as two.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice, pairwise

from ingest.clean.html import RemovedSpan
from ingest.rules.models import PrintedPageRules

__all__ = ["blank", "printed_furniture"]

_MAX_DIGITS = 5
# A line ending in a number (after a space or a hyphen, or alone): linear, each try fails fast.
_NUMBER_AT_END = re.compile(r"(?m)(?:^|[ \t-])\d{1,5}[ \t]*$")
_SKIPPED_NUMBERS = 2


@dataclass(frozen=True, slots=True)
class _Line:
    text: str  # stripped, its line number cut
    start: int  # of ``text`` in the source
    end: int
    number: int | None  # the line's last token, when a number
    number_start: int  # its span in the source (empty without a number)
    number_end: int


def printed_furniture(text: str, rules: PrintedPageRules) -> list[RemovedSpan]:
    """The running lines and page numbers of a line-numbered text page (none on others)."""
    if rules.line_number_min_run <= 0 or text.count("\n") < rules.line_number_min_run:
        return []
    # Most pages have few lines ending in a number: one regex pass says so, no lines are built.
    ends = _NUMBER_AT_END.finditer(text)
    if next(islice(ends, rules.line_number_min_run - 1, None), None) is None:
        return []
    lines = _lines(text)
    breaks = _page_breaks(lines, rules)
    if not breaks:
        return []
    counts = Counter(lines[n].text for group in breaks for n in group if lines[n].text)
    running: set[str] = set()  # the texts of running lines
    page_numbers: list[int] = []
    for group in breaks:
        repeated = [n for n in group if counts[lines[n].text] >= rules.running_min_repeats]
        if not any(len(lines[n].text) >= rules.running_min_chars for n in repeated):
            continue
        running.update(lines[n].text for n in repeated if lines[n].text)
        page_numbers.extend(n for n in group if not lines[n].text and lines[n].number is not None)
    cuts = [
        RemovedSpan("boilerplate", "running-line", line.start, line.end, line.text)
        for line in lines
        # Wherever it stands: the pages of tables and figures at the end have no line numbers.
        if line.text in running
    ]
    cuts.extend(
        RemovedSpan(
            "boilerplate",
            "page-number",
            lines[n].number_start,
            lines[n].number_end,
            text[lines[n].number_start : lines[n].number_end],
        )
        for n in page_numbers
    )
    return sorted(cuts, key=lambda cut: (cut.start, cut.end))


def _lines(text: str) -> list[_Line]:
    """Every line of the text (blank ones with empty text), in order; linear in the text."""
    out: list[_Line] = []
    offset = 0
    for raw in text.split("\n"):
        body = raw.rstrip()
        digits = len(body) - len(body.rstrip("0123456789"))
        number: int | None = None
        number_end = offset + len(body)
        # The number follows a space, or a hyphen where the text broke a word ("cross-96").
        if 0 < digits <= _MAX_DIGITS and (digits == len(body) or body[-digits - 1] in " \t-"):
            number = int(body[-digits:])
            body = body[:-digits]
        else:
            digits = 0
        stripped = body.strip()
        start = offset + (body.index(stripped) if stripped else 0)
        out.append(
            _Line(stripped, start, start + len(stripped), number, number_end - digits, number_end)
        )
        offset += len(raw) + 1
    return out


def _page_breaks(lines: Sequence[_Line], rules: PrintedPageRules) -> list[list[int]]:
    """The page breaks of the page's line-number runs: indexes of the non-blank lines between
    two consecutive numbered lines of a run, and after its last one."""
    runs: list[list[int]] = []
    # The numbers a run takes next -> its index in runs: the next one, or one or two further
    # where a line's number was not read (glued to a word: "non-homologous388").
    open_runs: dict[int, int] = {}
    for n, line in enumerate(lines):
        if line.number is None:
            continue
        index = open_runs.get(line.number)
        if index is None or n - runs[index][-1] > rules.line_number_max_gap:
            index = len(runs)
            runs.append([])
        else:
            last = lines[runs[index][-1]].number or 0
            for expected in range(last + 1, last + 1 + _SKIPPED_NUMBERS + 1):
                if open_runs.get(expected) == index:
                    del open_runs[expected]
        runs[index].append(n)
        for expected in range(line.number + 1, line.number + 1 + _SKIPPED_NUMBERS + 1):
            open_runs[expected] = index
    breaks: list[list[int]] = []
    for run in runs:
        if len(run) < rules.line_number_min_run:
            continue
        covered = sum(1 for n in range(run[0], run[-1] + 1) if lines[n].text or lines[n].number)
        if len(run) < rules.line_number_min_share * covered:
            continue
        # The last page's footer follows the run's last line, within a gap's reach.
        tail = min(len(lines), run[-1] + rules.line_number_max_gap + 1)
        for before, after in pairwise([*run, tail]):
            group = [
                n for n in range(before + 1, after) if lines[n].text or lines[n].number is not None
            ]
            if group:
                breaks.append(group)
    return breaks


def blank(text: str, cuts: Sequence[RemovedSpan]) -> str:
    """``text`` with each cut's characters but line breaks turned to spaces."""
    if not cuts:
        return text
    chars = list(text)
    for cut in cuts:
        for position in range(cut.start, cut.end):
            if chars[position] != "\n":
                chars[position] = " "
    return "".join(chars)
