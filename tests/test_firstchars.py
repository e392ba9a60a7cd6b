"""The first-character prefilter of boilerplate rules never skips a text a pattern matches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.rules import Rules, load_rules
from ingest.rules.firstchars import first_chars
from ingest.rules.patterns import IGNORECASE, compile_pattern


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("^subscribe", set("sS")),
        ("^(?:share|tweet)", set("sStT")),
        ("^\\s*follow us", set("fF")),
        ("^[0-9]+ comments", set("0123456789")),
        ("^(?:the )?newsletter", set("tTnN")),
        ("^(?!.*\\d\\s*%)subscribe", set("sS")),  # a lookahead is zero-width
        ("^(?!x).*?(?:^(?:sign up)|^(?:avis))", set("sSaA")),  # ".*?" before "^" is empty
        ("^\\d+ comments", set("0123456789")),
        ("(?m)^x", None),  # "^" after any newline
        ("^.*?(?m:^x)", None),
        ("^\\w+ more", None),  # any word character: the analysis does not guess
        ("^[^a] x", None),  # a negated class can start with almost anything
        ("^a?", None),  # can match the empty string
    ],
)
def test_first_chars_of_simple_patterns(pattern: str, expected: set[str] | None) -> None:
    found = first_chars(pattern)
    assert (None if found is None else set(found)) == expected


def _anchored_boilerplate_patterns() -> list[str]:
    rules = load_rules()
    return [p for rule in rules.boilerplate.rules for p in rule.patterns if p.startswith("^")]


ANCHORED = _anchored_boilerplate_patterns()


def test_project_rules_have_anchored_patterns() -> None:
    assert len(ANCHORED) > 20
    assert sum(first_chars(p) is not None for p in ANCHORED) > len(ANCHORED) // 2


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ANCHORED), st.text(min_size=1, max_size=40))
def test_first_chars_is_a_superset(pattern: str, text: str) -> None:
    """Whenever a pattern matches a stripped text, that text's first character is allowed."""
    stripped = text.strip()
    if not stripped:
        return
    starts = first_chars(pattern)
    if compile_pattern(pattern, IGNORECASE).match(stripped):
        assert starts is None or stripped[0] in starts


@pytest.mark.parametrize("pattern", ANCHORED)
def test_examples_of_each_pattern_pass_the_prefilter(pattern: str) -> None:
    """Every boilerplate example a rule matches starts with a character the prefilter allows."""
    starts = first_chars(pattern)
    if starts is None:
        return
    rules = load_rules()
    compiled = compile_pattern(pattern, IGNORECASE)
    for rule in rules.boilerplate.rules:
        if pattern in rule.patterns:
            for example in rule.examples.match:
                text = example.strip()
                if compiled.match(text):
                    assert text[0] in starts, (pattern, text)


def _reference_rule_for(rules_list: list[tuple[str, int, list[str]]], text: str) -> str | None:
    """The boilerplate verdict with no prefilter at all: every pattern of every rule."""
    words = len(text.split())
    for rule_id, max_words, patterns in rules_list:
        if words <= max_words and any(
            compile_pattern(p, IGNORECASE).match(text)
            if p.startswith("^")
            else compile_pattern(p, IGNORECASE).search(text)
            for p in patterns
        ):
            return rule_id
    return None


def test_prefiltered_verdicts_equal_unfiltered_ones() -> None:
    """Over every line of the sample pages and every rule example (with case variants of its
    first letter, and the Kelvin sign for "k"), the prefilters (first characters, necessary
    stems) change no verdict."""
    from pathlib import Path

    from ingest.clean.filters import BoilerplatePatterns

    rules = load_rules()
    matcher = BoilerplatePatterns(rules)
    reference = [(r.id, r.max_words, list(r.patterns)) for r in rules.boilerplate.rules]
    texts: set[str] = set()
    for page in sorted(Path("raw").rglob("*")):
        if page.is_file():
            texts.update(line.strip() for line in page.read_text(errors="replace").splitlines())
    for rule in rules.boilerplate.rules:
        for example in (*rule.examples.match, *rule.examples.no_match):
            example = example.strip()
            texts.update({example, example.swapcase(), example[:1].swapcase() + example[1:]})
            if example[:1] in "kK":
                texts.add("\u212a" + example[1:])
            # Letters the `regex` module matches to an ASCII letter case-insensitively that
            # lowercasing leaves apart: the stems are looked for in folded text (long s, the
            # Kelvin sign, dotted capital I) anywhere in the block, not only first.
            texts.add(example.replace("s", "\u017f").replace("k", "\u212a"))
            texts.add(example.replace("i", "\u0130"))
    texts.discard("")
    removed = 0
    for text in sorted(texts):
        expected = _reference_rule_for(reference, text)
        assert matcher.rule_for(text) == expected, text
        removed += expected is not None
    assert removed > 50  # the comparison covered real boilerplate, not only plain text


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("\\s+foo", None),  # anywhere in a text, whitespace can come first
        ("(?:\\s*)foo", None),
        ("(?-i:sem)(?=\\s+\\p{Ll})", set("sS")),  # a `regex` property after the first character
        ("\\p{Lu}oo", None),  # a property first: any character
        ("(?:further|more)\\s+research", set("fFmM")),
    ],
)
def test_first_chars_anywhere(pattern: str, expected: set[str] | None) -> None:
    found = first_chars(pattern, stripped=False)
    assert (set(found) if found is not None else None) == expected


def test_cue_lookahead_finds_what_the_plain_union_finds(rules: Rules) -> None:
    """The first-character lookahead in front of the cue unions changes no cue found: every
    cue's own examples, and all of them run together in one text."""
    from ingest.match.cues import _union

    for family in (rules.cues.hedges, rules.cues.negations):
        body = "|".join(f"(?P<c{n}>{c.pattern})" for n, c in enumerate(family))
        plain = compile_pattern(rf"\b(?:{body})\b", IGNORECASE)
        ours = _union(family)
        assert ours.pattern.startswith("\\b(?=[")  # the lookahead is there
        texts = [x for cue in family for x in (*cue.examples.match, *cue.examples.no_match)]
        texts += [" ".join(texts), " ".join(texts).upper()]
        for text in texts:
            expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
            assert [(m.span(), m.lastgroup) for m in ours.finditer(text)] == expected, text
