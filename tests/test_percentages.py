"""Percentages: values, ranges, approximate cues; confidence levels are not findings."""

from __future__ import annotations

import pytest
import yaml

from ingest.match.percentages import PercentageMatcher
from ingest.rules import Rules
from ingest.rules.models import PercentageRules

from .conftest import RULES

_RULES = PercentageRules.model_validate(yaml.safe_load((RULES / "percentages.yaml").read_text()))


@pytest.fixture(scope="module")
def matcher(rules: Rules) -> PercentageMatcher:
    return PercentageMatcher(rules.percentages)


@pytest.mark.parametrize("example", _RULES.examples.match, ids=lambda e: e.text[:40])
def test_rule_examples(matcher: PercentageMatcher, example) -> None:  # type: ignore[no-untyped-def]
    found = matcher.find(example.text)
    got = [(f.value, f.low, f.high, f.approximate) for f in found]
    want = [(p.value, p.low, p.high, p.approximate) for p in example.percentages]
    assert got == want


@pytest.mark.parametrize("text", _RULES.examples.no_match)
def test_rule_no_match_examples(matcher: PercentageMatcher, text: str) -> None:
    assert matcher.find(text) == []


def test_text_of_match_includes_the_cue(matcher: PercentageMatcher) -> None:
    text = "The analysis found that approximately 40% of patients improved."
    (found,) = matcher.find(text)
    assert text[found.start : found.end] == "approximately 40%"


@pytest.mark.parametrize(
    ("text", "value"),
    [("rose by 12,5 % overall", 12.5), ("a 1,000% increase", 1000.0), ("(57%)", 57.0)],
)
def test_number_forms(matcher: PercentageMatcher, text: str, value: float) -> None:
    (found,) = matcher.find(text)
    assert found.value == value
