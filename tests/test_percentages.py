"""Percentages: values, ranges, approximate cues; confidence levels are not findings."""

from __future__ import annotations

import json
from typing import Any

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


def test_a_label_glued_after_a_percent_sign_ends_the_percentage(
    matcher: PercentageMatcher,
) -> None:
    # A scrape of a link whose badge follows its text: "[90% to 95%Trusted Source](…)".
    (found,) = matcher.find("about 90% to 95%Trusted Source of people have type 2")
    assert (found.low, found.high) == (90.0, 95.0)
    # A unit glued to the sign in capitals is another unit, no percentage of a finding.
    assert [f.value for f in matcher.find("a 20%CV limit and 12%ABC")] == []


_BENCH = RULES.parent / "bench" / "data"
_SENTENCES = [
    json.loads(line)
    for name in ("percentages_multilingual.jsonl", "percentages_multilingual_heldout.jsonl")
    for line in (_BENCH / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("row", _SENTENCES, ids=lambda r: f"{r['lang']}:{r['text'][:40]}")
def test_multilingual_sentences(matcher: PercentageMatcher, row: dict[str, Any]) -> None:
    """The sentences of bench/percentages_multilingual.py, one by one (values and cues)."""
    got = [(f.value, f.low, f.high, f.approximate) for f in matcher.find(row["text"])]
    want = [
        (g.get("value"), g.get("low"), g.get("high"), bool(g.get("approximate")))
        for g in row["gold"]
    ]
    assert sorted(got, key=str) == sorted(want, key=str)


def test_number_words_must_agree_across_languages() -> None:
    data = yaml.safe_load((RULES / "percentages.yaml").read_text())
    data["number_words"]["xx"] = {"zehn": 11}
    with pytest.raises(ValueError, match="zehn"):
        PercentageRules.model_validate(data)


def test_percentages_deep_in_a_long_line_are_found(matcher: PercentageMatcher) -> None:
    """The patterns run in windows before each unit: what lies far away does not matter."""
    text = "word " * 20_000 + "zwischen 20 und 35 Prozent, " + "word " * 100 + "about 7 %"
    found = matcher.find(text)
    assert [(f.low, f.high, f.value, f.approximate) for f in found] == [
        (20.0, 35.0, None, False),
        (None, None, 7.0, True),
    ]
    assert text[found[0].start : found[0].end] == "zwischen 20 und 35 Prozent"


def test_a_change_keeps_the_unit_of_its_first_number(matcher: PercentageMatcher) -> None:
    text = "the re-tear rate fell from 31% to 14% at two years"
    spans = [text[f.start : f.end] for f in matcher.find(text)]
    assert spans == ["31%", "14%"]


def test_a_change_spans_its_numbers_and_articles(matcher: PercentageMatcher) -> None:
    text = "Luxemburgo pasa de un 99 a un 86%."
    first, second = matcher.find(text)
    assert (first.value, second.value) == (99.0, 86.0)
    assert text[second.start : second.end] == "86%"
    assert text[first.start : first.end].endswith("99")


def test_comma_lists_can_be_turned_off() -> None:
    rules = _RULES.model_copy(update={"comma_list_items": 0})
    values = [f.value for f in PercentageMatcher(rules).find("were 91, 74, 65% respectively")]
    assert values == [65.0]


def test_a_comma_list_needs_its_count() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        PercentageRules.model_validate({**_RULES.model_dump(), "comma_list_items": 1})
    rules = _RULES.model_copy(update={"comma_list_items": 2})
    values = [f.value for f in PercentageMatcher(rules).find("Week 12, 24% had responded")]
    assert values == [12.0, 24.0]  # what the default of 3 exists to prevent


@pytest.mark.parametrize(
    "text", ["Gewichtsverlust −15 bis −16% nach 68 Wochen", "a change of -15 to -16% in weight"]
)
def test_a_range_of_two_falls_is_one_range(matcher: PercentageMatcher, text: str) -> None:
    """Both ends carry a minus: one range (−16 to −15), not a stray "16%"."""
    (found,) = matcher.find_all([text])[0]
    assert (found.value, found.low, found.high) == (None, -16.0, -15.0)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("oesophage (-42%), foie (-27%) et sein (-10%)", [-42.0, -27.0, -10.0]),
        ("Le risque baisse de −12 % chez les femmes.", [-12.0]),
        # A hyphen after a letter or digit is no sign: a name, a range's dash.
        ("COVID-19 and 10-20% of cases; IL-6 fell 30%", [None, 30.0]),
    ],
)
def test_a_minus_before_the_number_is_its_sign(
    matcher: PercentageMatcher, text: str, values: list[float | None]
) -> None:
    found = matcher.find_all([text])[0]
    assert [f.value for f in found] == values
    for f in found:
        if f.value is not None and f.value < 0:
            assert text[f.start : f.end].startswith(("-", "−"))


@pytest.mark.parametrize(
    ("text", "bounds"),
    [("a change of −20 to −10% in weight", (-20.0, -10.0)), ("(−2.1 to 3.4%)", None)],
)
def test_signed_range_bounds(
    matcher: PercentageMatcher, text: str, bounds: tuple[float, float] | None
) -> None:
    """A fall written low to high keeps both ends; one whose first end alone is signed
    crosses zero and is no range."""
    found = matcher.find_all([text])[0]
    ranges = [(f.low, f.high) for f in found if f.value is None]
    assert ranges == ([bounds] if bounds else [])


@pytest.mark.parametrize(
    ("text", "value"),
    [("Effects ranged from 2 to −8%", -8.0), ("Between 30 and -50% of cases", -50.0)],
)
def test_a_range_across_zero_is_not_read_as_one(
    matcher: PercentageMatcher, text: str, value: float
) -> None:
    """Only the second end carries a minus: no range 2 to 8 (it crosses zero)."""
    (found,) = matcher.find_all([text])[0]
    assert (found.value, found.low, found.high) == (value, None, None)


def _values(found: list[Any]) -> list[tuple[float | None, float | None, float | None]]:
    return [(p.value, p.low, p.high) for p in found]


def test_the_percent_sign_before_its_number_in_the_languages_that_write_it_so(
    matcher: PercentageMatcher,
) -> None:
    text = "Hastaların %20'si iyileşti; oran %20-30 arasında, değişim -%5, %95 GA 1,2-3,4."
    assert _values(matcher.find(text, "tr")) == [
        (20.0, None, None),
        (None, 20.0, 30.0),
        (-5.0, None, None),
    ]
    # Elsewhere the same sign is a URL's escaped space or an operator.
    assert matcher.find(text, "en") == []
    assert matcher.find("dosya%20adı; x % 2; a+%20b; /%20", "tr") == []
    # A document's blocks take their own languages.
    found = matcher.find_all(["oran %20 idi", "rate %20 here"], ["tr", "en"])
    assert [_values(f) for f in found] == [[(20.0, None, None)], []]
