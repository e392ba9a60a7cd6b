"""The literal-stem prefilter (rules/literals.py) never rejects a text a pattern matches."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from ingest.rules import Rules
from ingest.rules.literals import (
    FoldedTexts,
    LiteralPrefilter,
    LiteralPrefilters,
    fold,
    necessary_literals,
    requires_digit,
)
from ingest.rules.patterns import IGNORECASE, compile_pattern


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("suggest(?:s|ed)?", {"suggest"}),
        ("n(?:either|or)", {"neither", "nor"}),
        ("(?:do|does)n['’]t", {"don't", "don’t", "doesn't", "doesn’t"}),
        ("investigational|experimental", {"investigational", "experimental"}),
        ("can\\s+potentially", {"potentially"}),
        ("(?-i:May)(?!\\s+\\d)", {"may"}),
        ("\\w+ly", {"ly"}),
        ("a?b?", None),  # matches the empty string: no literal is needed
        ("\\d+%", {"%"}),
        ("x|\\d+", None),  # one branch needs no literal
        ("(?-i:sem)(?=\\s+\\p{Ll})", {"sem"}),  # `regex` syntax after the stem
    ],
)
def test_necessary_literals(pattern: str, expected: set[str] | None) -> None:
    found = necessary_literals(pattern)
    assert (set(found) if found is not None else None) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("^(?=(?:.*?(?<!\\S)#\\w+){2})(?:\\S+\\s+){0,9}\\S+$", {"#"}),  # only in a lookahead
        ("^(?=.*preprint)\\w+", {"preprint"}),
        ("(?<=doi:)\\s*10\\.", {"doi:"}),  # the lookbehind's stem is the longer
        ("^(?!.*#)\\w+", None),  # a negative lookahead's literal is not needed
        ("(?:(?=a)x)?y", {"y"}),  # an optional part's lookahead is not needed either
    ],
)
def test_necessary_literals_of_the_text_count_lookarounds(
    pattern: str, expected: set[str] | None
) -> None:
    found = necessary_literals(pattern, lookarounds=True)
    assert (set(found) if found is not None else None) == expected
    for text in ("#a #b c", "a preprint", "doi: 10.1/x", "xyz", "ay"):
        if regex.search(pattern, text, regex.IGNORECASE) is not None:
            assert found is None or any(stem in fold(text) for stem in found)


def test_fold_keeps_every_case_insensitive_match_of_a_stem_character(rules: Rules) -> None:
    """Every character the `regex` engine matches case-insensitively to a character of a cue
    stem folds to what that character folds to: the prefilter sees what the engine sees."""
    chars = set()
    for cue in (*rules.cues.hedges, *rules.cues.negations):
        chars |= set("".join(necessary_literals(cue.pattern) or ()))
    chars |= set("abcdefghijklmnopqrstuvwxyz")
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for char in sorted(chars):
        for match in regex.finditer(regex.escape(char), every, regex.IGNORECASE | regex.V0):
            assert fold(match.group()) == fold(char), (char, match.group())


@given(
    st.lists(
        st.sampled_from(["may", "MAY", "No", "not", "İs", "ſuggest", "x", " ", "-", "nor", "s"]),
        max_size=8,
    )
)
def test_prefilter_never_rejects_a_match(parts: list[str]) -> None:
    patterns = ["may", "suggest(?:s|ed)?", "n(?:either|or)", "no(?!\\.\\s*\\d)", "is"]
    prefilter = LiteralPrefilter(patterns)
    text = "".join(parts)
    if any(compile_pattern(p, IGNORECASE).search(text) for p in patterns):
        assert prefilter.may_match(text)


def test_a_family_with_an_unliteral_pattern_lets_everything_through() -> None:
    prefilter = LiteralPrefilter(["may", "\\d+"])
    assert not prefilter.active and prefilter.may_match("nothing here")
    assert not LiteralPrefilter(["may"]).may_match("nothing here")


def _quantity_prefilters(rules: Rules) -> list[LiteralPrefilter]:
    from ingest.match.quantities import QuantityMatcher

    matcher = QuantityMatcher(rules.quantities, rules.percentages)
    return matcher._stems.prefilters


@given(
    st.lists(
        st.text(alphabet="abcdeilmnoprstuy 0123456789%-İıſK,.", max_size=40), min_size=1, max_size=8
    )
)
def test_one_pass_for_several_prefilters_holds_what_each_holds(texts: list[str]) -> None:
    """LiteralPrefilters.holding gives each prefilter's own holding, stems shared or not, one
    inside another ("ano", "piano"), folding one for one or not."""
    prefilters = [
        LiteralPrefilter(["piano"]),
        LiteralPrefilter(["ano|an"]),
        LiteralPrefilter(["\\d+%"]),
        LiteralPrefilter(["x|\\d+"]),  # inactive: everything passes
        LiteralPrefilter([]),  # active without a stem: nothing passes
        LiteralPrefilter(["(?i:kelvin)", "sta"]),
    ]
    document = FoldedTexts(texts)
    assert LiteralPrefilters(prefilters).holding(document) == [
        p.holding(document) for p in prefilters
    ]


def test_one_pass_over_the_seeds_holds_what_each_quantity_prefilter_holds(
    rules: Rules, seeds_dir: Path
) -> None:
    prefilters = _quantity_prefilters(rules)
    assert len(prefilters) > 5
    group = LiteralPrefilters(prefilters)
    for path in sorted(seeds_dir.iterdir()):
        document = FoldedTexts(path.read_text(encoding="utf-8", errors="replace").split("\n"))
        assert group.holding(document) == [p.holding(document) for p in prefilters]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("a\\d", True),
        ("a[0-9]+", True),
        ("a[0-9a]", False),  # a class that also takes a letter
        ("[^0-9]", False),
        ("a|\\d", False),  # one branch holds none
        ("(?:x\\d|\\dy)z", True),
        ("\\d?", False),
        ("(?:\\d)+", True),
        ("(?>\\d)", True),
        ("(?=\\d)x", False),  # a lookahead holds nothing of the match
        ("(?<!\\p{L})x{1,2}(?:7){2}", True),  # `regex` syntax read as the engine does
        ("٣", False),  # a digit outside ASCII written as a literal: not counted
    ],
)
def test_requires_digit(pattern: str, expected: bool) -> None:
    assert requires_digit(pattern) is expected
