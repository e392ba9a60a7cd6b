"""Matching scans each pattern family once per document: the same matches as a scan per text.

The entity matcher joins a document's blocks and runs each family once over the whole
(:meth:`EntityMatcher.find_all`); shapes are tried only where a match can begin, from the
occurrences of their trigger words. Its reference is the general way, each text alone and each
shape through whole windows (``_find_reference``): the two must agree on any text, including
characters whose case folding or lowering is not one character for one.
"""

from __future__ import annotations

import pickle
from functools import cache
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.match.entities import EntityMatcher
from ingest.rules import load_rules
from ingest.rules.spaces import SPACES, may_match_space

from .conftest import builtin_entity_matcher


def test_spaces_are_every_space_either_definition_knows() -> None:
    """The union of ``str.isspace`` and the ``regex`` module's \\s: counting runs of these never
    splits a run that a gap between tokens consumes."""
    found = {
        chr(code)
        for code in range(0x110000)
        if chr(code).isspace() or regex.match(r"\s", chr(code)) is not None
    }
    assert found == SPACES


@pytest.mark.parametrize(
    ("pattern", "may"),
    [
        (r"[a-z-]{2,}(?:al|ic)(?!\w)", False),
        (r"(?=\p{Lu}\p{Ll}*(?!\p{L}))(?i:[a-zà-ÿ][a-zà-ÿ'-]+)", False),
        (r"(?!(?:several|general)\s)\w+", False),  # a space inside a lookahead is not consumed
        (r"[\d.,]+", False),
        (r"a b", True),
        (r"\s", True),
        (r"[^a-z]+", True),
        (r"\W", True),
        (r"\P{L}", True),  # a negated property holds spaces
        (r".", True),
        (r"(a)\1", True),  # back-references: not analysed
        (r"[[a-z]--[aeiou]]", True),  # set syntax, read otherwise by each parser: not analysed
        (r"[[:space:]]", True),  # a POSIX class
    ],
)
def test_may_match_space(pattern: str, may: bool) -> None:
    assert may_match_space(pattern) is may


_PIECES = st.sampled_from(
    [
        "chronic kidney disease", "Crohn's disease", "Crohn’s disease", "Kawasaki disease",
        "the disease", "several diseases", "fungal infections", "acute-kidney injury",
        "DISEASE", "Disorder", "disorders", "syndrome de Guillain-Barré", "la maladie de Parkinson",
        "Morbus Fabry", "E. coli", "S. aureus", "multidrug-resistant bacteria",
        "vancomycin resistant enterococci", "multiple sclerosis", "MS", "RA", "UC-MSCs", "hUC-MSC",
        "knee OA", "relapsing-remitting MS", "IL-6", "il-38", "interleukin-40", "osteoporosis",
        "hepatitis", "1hepatitis", "hepatitis.", "hepatitis.x", "..hepatitis", "zorbitis", "zorbitis.x", "zorbitis..", "1zorbitis", "zanolimab", "TAK-648", "vaccines", "Impfstoff", "stem cell therapy",
        "diſease", "İL-38", "ΣΑΣ", "ß", "K", "\u0307", "\u00a0", "\u2009", "\x1c", " ", "  ",
        "\n", ".", ",", "(", ")", "-", "'", "’", "“", "...", "12%", "a", "x", "Smith J.",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=14).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=5))
def test_the_document_scan_finds_what_each_text_alone_finds(texts: list[str]) -> None:
    matcher = builtin_entity_matcher()
    assert matcher.find_all(texts) == [matcher._find_reference(text) for text in texts]


def test_the_project_shapes_take_the_anchored_route() -> None:
    """The disease shapes ("<adjective> disease", "<Name> disease") consume no space in any
    token: they are tried only at the few word starts before an occurrence of their head."""
    groups = builtin_entity_matcher()._char_shapes.values()
    assert any(group.words and any(a is not None for a in group.anchors) for group in groups)


def test_texts_from_the_seeds_agree(seeds_dir: Path) -> None:
    matcher = builtin_entity_matcher()
    for path in sorted(seeds_dir.glob("*"))[:3]:
        blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        assert matcher.find_all(blocks) == [matcher._find_reference(b) for b in blocks]


def test_the_startup_cache_serves_the_same_matcher(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INGEST_CACHE_DIR", str(tmp_path))
    rules = load_rules()
    built = EntityMatcher.for_rules(rules)
    kept = list((tmp_path / "entities").glob("*.pickle"))
    assert len(kept) == 1
    loaded = EntityMatcher.for_rules(rules)
    assert loaded is not built
    text = "Crohn's disease and knee OA in UC-MSCs; zanolimab for chronic kidney disease."
    assert loaded.find(text) == built.find(text) != []
    # A damaged file is rebuilt, not trusted.
    kept[0].write_bytes(b"not a pickle")
    again = EntityMatcher.for_rules(rules)
    assert again.find(text) == built.find(text)
    assert pickle.loads(kept[0].read_bytes()).find(text) == built.find(text)


def _cue_texts() -> list[str]:
    rules = load_rules()
    texts = [
        x
        for family in (rules.cues.hedges, rules.cues.negations)
        for cue in family
        for x in (*cue.examples.match, *cue.examples.no_match)
    ]
    return [*texts, " ".join(texts), " ".join(texts).upper(), " ".join(reversed(texts))]


@cache
def _cue_words() -> list[str]:
    return sorted({w for text in _cue_texts() for w in text.split()})


def _full_union_cues(text: str) -> tuple[tuple[str, ...], bool]:
    """The cues of a sentence by the alternation of every cue of each family (the reference)."""
    from ingest.match.cues import _union

    rules = load_rules()
    hedges, negations = _union(rules.cues.hedges), _union(rules.cues.negations)
    found = {m.lastgroup for m in hedges.finditer(text)}
    ids = tuple(c.id for n, c in enumerate(rules.cues.hedges) if f"c{n}" in found)
    return ids, negations.search(text) is not None


def test_cues_through_the_candidates_alternation_are_the_full_alternations_cues() -> None:
    """A sentence is scanned with the alternation of only the cues whose stems it holds: the
    same cues, in the same order, as the alternation of the whole family finds."""
    from ingest.match.cues import CueMatcher

    matcher = CueMatcher(load_rules().cues)
    for text in _cue_texts():
        found = matcher.find(text)
        assert (found.hedges, found.negated) == _full_union_cues(text), text


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_cues_of_mixed_sentences_agree(data: st.DataObject) -> None:
    from ingest.match.cues import CueMatcher

    words = data.draw(st.lists(st.sampled_from(_cue_words()), max_size=12))
    text = " ".join(words)
    found = CueMatcher(load_rules().cues).find(text)
    assert (found.hedges, found.negated) == _full_union_cues(text)
