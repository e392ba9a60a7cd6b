"""Identifiers: every form the spec lists, the public test-suite cases, and no look-alikes."""

from __future__ import annotations

import pytest
import yaml

from ingest.match.identifiers import IdentifierMatcher, trim_punctuation
from ingest.rules import Rules
from ingest.rules.models import IdentifierRules

from .conftest import RULES

_RULES = IdentifierRules.model_validate(yaml.safe_load((RULES / "identifiers.yaml").read_text()))
_MATCH = [(s.scheme, e.text, e.values) for s in _RULES.schemes for e in s.examples.match]
_NO_MATCH = [(s.scheme, text) for s in _RULES.schemes for text in s.examples.no_match]


@pytest.fixture(scope="module")
def matcher(rules: Rules) -> IdentifierMatcher:
    return IdentifierMatcher(rules.identifiers)


@pytest.mark.parametrize(("scheme", "text", "values"), _MATCH)
def test_rule_examples_match(
    matcher: IdentifierMatcher, scheme: str, text: str, values: tuple[str, ...]
) -> None:
    found = [f.value for f in matcher.find(text) if f.scheme == scheme]
    assert found == list(values)


@pytest.mark.parametrize(("scheme", "text"), _NO_MATCH)
def test_rule_examples_do_not_match(matcher: IdentifierMatcher, scheme: str, text: str) -> None:
    assert [f for f in matcher.find(text) if f.scheme == scheme] == []


@pytest.mark.parametrize(
    "text",
    [
        "Immun Inflamm Dis. 2025 May;13(5):e70189.",  # e-page number
        "published 2023-09-30 and updated 2024-08-10",  # dates
        "J Clin Med. 2023 Sep 30;12(19):6311.",  # volume(issue):page
        "version 3.10.12 of the pipeline, build 20240101",  # versions
        "[Bacterial Enzyme](/hypothesis/h-7bb47d7a)",  # hashes
        "/analysis/SDA-2026-04-01-gap-006",  # slugs
        "served from 10.10.1.0/26 and 192.168.1.0/24",  # IP ranges
        "https://clinicaltrials.gov/search?cond=Parkinson+Disease",  # not an identifier URL
        "https://www.isctglobal.org and https://human.brain-map.org/",
        "about 24721108 cells per dose",  # a bare 8-digit number is not a PMID
        "Fig. 10.1 shows 12/24 responders",
    ],
)
def test_no_false_positives(matcher: IdentifierMatcher, text: str) -> None:
    assert matcher.find(text) == []


def test_match_offsets_exclude_trimmed_punctuation(matcher: IdentifierMatcher) -> None:
    text = "See doi: 10.1002/iid3.70189. Next"
    (found,) = matcher.find(text)
    assert text[found.start : found.end] == "doi: 10.1002/iid3.70189"


def test_trim_keeps_balanced_brackets() -> None:
    assert trim_punctuation("10.1007/JHEP06(2013)081).") == "10.1007/JHEP06(2013)081"
    assert trim_punctuation("10.1016/0031-9163(64)91136-9") == "10.1016/0031-9163(64)91136-9"
