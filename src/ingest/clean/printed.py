"""A printed page's furniture in a text scrape: its running lines, found by its line numbers.

A manuscript or preprint turned from PDF into text (an LLM project's cache of medRxiv and
journal PDFs) keeps what the printed page had around its text: a number at the end of every
line ("... by 33" / "2030. With the decline ..."), and the page's running header or footer
repeated at every page break, glued into the paragraph it falls in ("The copyright holder
for this preprint ..."). Both are furniture, not text: the numbers split numbers and sentences
("by 33 2030"), the running lines become sentences of their own in every claim they touch.

Line numbers are a long run of lines whose last token is a number one greater than that of the
last numbered line before (blank and unnumbered lines between do not break it: a page break's
running lines, a page number). On a page with such a run, a line of at least
``running_min_chars`` characters that stands ``running_min_repeats`` times or more is a running
line: blanked in place (offsets unchanged, the paragraph cut there) and reported with its span.

The line numbers themselves stay in the text: a claim's span must read as its text, letters and
digits alike (SPEC.md, "Spans"), and a span is one stretch of the source, so a number inside a
sentence cannot be dropped from it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.clean.html import RemovedSpan
from ingest.rules.models import PrintedPageRules

__all__ = ["blank", "printed_furniture"]

# A line's last token when it is a number of up to 5 digits (the line may hold nothing else).
_LAST_NUMBER = re.compile(r"(?m)(?:^|[ \t])[ \t]*(\d{1,5})[ \t]*$")
_LINE = re.compile(r"(?m)^[^\n]*$")


def printed_furniture(text: str, rules: PrintedPageRules) -> list[RemovedSpan]:
    """The running lines of a text page that has line numbers (none on other pages)."""
    if rules.line_number_min_run <= 0:
        return []
    numbers = _line_numbers(text, rules.line_number_min_run)
    if not numbers:
        return []
    cuts: list[RemovedSpan] = []
    numbered = {start for start, _ in numbers}
    lines: list[tuple[str, int, int]] = []  # each non-blank line's text (its number cut), span
    for line in _LINE.finditer(text):
        start, end = line.span()
        # A line's own number is not part of it: the same footer on pages 3 and 4 reads alike.
        cut = next((s for s in range(start, end + 1) if s in numbered), end)
        stripped = text[start:cut].strip()
        if stripped:
            first = start + text[start:cut].index(stripped)
            lines.append((stripped, first, first + len(stripped)))
    counts = Counter(stripped for stripped, _, _ in lines)
    running = [
        counts[stripped] >= rules.running_min_repeats and len(stripped) >= rules.running_min_chars
        for stripped, _, _ in lines
    ]
    # A short line of the same block ("perpetuity.", the end of a licence line) goes with it.
    changed = True
    while changed:
        changed = False
        for n, (stripped, _, _) in enumerate(lines):
            if running[n] or counts[stripped] < rules.running_min_repeats:
                continue
            if (n > 0 and running[n - 1]) or (n + 1 < len(lines) and running[n + 1]):
                running[n] = changed = True
    cuts.extend(
        RemovedSpan("boilerplate", "running-line", s, e, text[s:e])
        for (_, s, e), is_running in zip(lines, running, strict=True)
        if is_running
    )
    return sorted(cuts, key=lambda cut: (cut.start, cut.end))


def _line_numbers(text: str, min_run: int) -> list[tuple[int, int]]:
    """Spans of the numbers (with the space before them) of runs of at least ``min_run``
    lines numbered one after another."""
    runs: list[list[tuple[int, int]]] = []
    open_runs: dict[int, int] = {}  # the number a run expects next -> its index in runs
    for match in _LAST_NUMBER.finditer(text):
        number = int(match.group(1))
        span = (match.start(), match.end(1))
        index = open_runs.pop(number, None)
        if index is None:
            index = len(runs)
            runs.append([])
        runs[index].append(span)
        open_runs[number + 1] = index
    return sorted(span for run in runs if len(run) >= min_run for span in run)


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
