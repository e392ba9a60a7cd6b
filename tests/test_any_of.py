"""AnyOf (rules/patterns.py) answers what the alternation of its patterns answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.rules import Rules
from ingest.rules.patterns import IGNORECASE, AnyOf, compile_pattern


def _lists(rules: Rules) -> dict[str, tuple[list[str], int]]:
    citations = rules.citations
    return {
        "entry_shapes": (list(citations.references.entry_shapes), IGNORECASE),
        "continuation": (list(citations.references.continuation), IGNORECASE),
        "self_citation_lines": (list(rules.metadata.self_citation_lines), IGNORECASE),
        "not_headings": (list(rules.sections.not_headings), IGNORECASE),
    }


def test_each_list_answers_as_its_alternation(rules: Rules, seeds_dir: Path) -> None:
    """Over the seeds' lines and the lists' own examples' shapes: every line, every list."""
    lines = [
        line.strip()
        for path in sorted(seeds_dir.iterdir())
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.strip()
    ]
    lines += [
        "Smith AB, Jones C, Brown D. Title. Lancet 2017;390(10095):697-708.",
        "Smith, J. A., & Jones, B. (2019). A title.",
        "[Internet] 2020 [cited 2021 May 3]. Available from: https://example.org",
        "Abstract | Full Text | PubMed",
        "REFERENCES",
    ]
    for name, (patterns, flags) in _lists(rules).items():
        assert patterns, name
        union = compile_pattern("|".join(f"(?:{p})" for p in patterns), flags)
        each = AnyOf(patterns, flags)
        answers = [(each.search(line), union.search(line) is not None) for line in lines]
        assert all(a == b for a, b in answers), name
        assert any(a for a, _ in answers) or name == "self_citation_lines", name


@pytest.mark.parametrize(
    ("patterns", "text"),
    [
        (["^b", "c$"], "abc"),
        (["^b", "x"], "abc"),
        (["(?i)B", "^a"], "xbx"),  # a global flag: searched as the alternation
        (["B", "(?i)x"], "b"),
        (["B", "(?i)x"], "X"),
        (["a(?=b)", "(?<!x)c"], "xcab"),
    ],
)
def test_anyof_answers_as_the_alternation(patterns: list[str], text: str) -> None:
    union = compile_pattern("|".join(f"(?:{p})" for p in patterns))
    assert AnyOf(patterns).search(text) is (union.search(text) is not None)


def test_an_empty_list_matches_nothing() -> None:
    assert AnyOf([]).search("abc") is False
