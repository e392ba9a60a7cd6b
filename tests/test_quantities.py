"""Quantities (rules/quantities.yaml, ingest/match/quantities.py): measurements, counts of study
subjects, frequency ratios and side effects make a sentence a claim, as entities of it; page
furniture with numbers does not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.match import _with_quantities
from ingest.match.entities import FoundEntity
from ingest.match.quantities import QuantityMatcher
from ingest.models import Document
from ingest.rules import Rules
from ingest.rules.literals import FoldedTexts


@pytest.fixture(scope="module")
def quantities(rules: Rules) -> QuantityMatcher:
    return QuantityMatcher(rules.quantities, rules.percentages)


def _found(matcher: QuantityMatcher, text: str) -> list[tuple[str, str]]:
    return [(hit.label, hit.canonical) for hit in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the mean PAP is ≥25 mmHg at rest", [("MEASUREMENT", "≥25 mmHg")]),
        ("a Ki of 2.49 nM and 3 NM", [("MEASUREMENT", "2.49 nM")]),  # units keep their case
        ("100 IU/kg/day is typical", [("MEASUREMENT", "100 IU/kg/day")]),
        ("doses of 2–4 mg/kg", [("MEASUREMENT", "2–4 mg/kg")]),
        ("systolic ≤150 mm Hg", [("MEASUREMENT", "≤150 mm Hg")]),  # the compound unit first
        ("serum 2,5 mg/dL", [("MEASUREMENT", "2,5 mg/dL")]),
        ("A total of 4755 children were included", [("SAMPLE_SIZE", "A total of 4755 children")]),
        ("We randomised 88 patients.", [("SAMPLE_SIZE", "88 patients")]),
        ("An estimated 1 in 40 are carriers", [("FREQUENCY", "1 in 40")]),
        ("one out of ten children", [("FREQUENCY", "one out of ten")]),
        ("Jeder zehnte Deutsche", [("FREQUENCY", "Jeder zehnte")]),
        # A regulator's approval and its date: a labelled date, or a regulator named.
        (
            "Original Approval or Tentative Approval Date: October 20, 1997",
            [("REGULATORY_APPROVAL", "Approval or Tentative Approval Date: October 20, 1997")],
        ),
        (
            "The FDA approved the capsules on 20 Oct. 1997.",
            [("REGULATORY_APPROVAL", "approved the capsules on 20 Oct. 1997")],
        ),
        (
            "Datum der Zulassung: 20. Oktober 1997",
            [("REGULATORY_APPROVAL", "Datum der Zulassung: 20. Oktober 1997")],
        ),
        # A genetic variant named as one.
        (
            "The Z phenotype is the most common abnormal version",
            [("GENETIC_VARIANT", "Z phenotype")],
        ),
        ("homozygous for p.Phe508del", [("GENETIC_VARIANT", "p.Phe508del")]),
        # A change between two values, with the unit of the second one.
        (
            "Screen time increased from 53 minutes at age 1 to more than 150 minutes.",
            [("CHANGE", "increased from 53 minutes at age 1 to more than 150 minutes")],
        ),
        ("La mortalidad pasó de 12 a 8 por mil.", [("CHANGE", "pasó de 12 a 8")]),
        # It gives way to the measurements it holds, however longer it is.
        (
            "The dose is raised from 10 mg to 20 mg at Day 30.",
            [("MEASUREMENT", "10 mg"), ("MEASUREMENT", "20 mg")],
        ),
        (
            "Knockdown of XBP1 enhanced myotube formation",
            [("GENE_PERTURBATION", "Knockdown of XBP1")],
        ),
        # Deaths, admissions and injured people counted; never a year.
        ("Se reportaron cuatro fallecimientos.", [("OUTCOME_COUNT", "cuatro fallecimientos")]),
        ("The 2019 deaths report is out.", []),
        # A difference stated as significant, without its numbers.
        (
            "ED clinicians had significantly higher error rates than radiologists.",
            [("SIGNIFICANT_DIFFERENCE", "significantly higher")],
        ),
    ],
)
def test_families_find_their_quantity(
    quantities: QuantityMatcher, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(quantities, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Get PDF (473K)",
        "3 min read",
        "Posted 12 h ago",
        "Page 2 of 5",
        "4 out of 5 stars",
        "2 in 1 laptop",
        "found 3 in 2019",
        "Version 2.3.1",
        "Call 555-123-4567",
        "IL-6 mg",  # a number glued to a name by a hyphen is part of the name
        "There are 3 patients in the picture.",  # a count needs its study verb
        "Dr. Smith has practised for 20 years.",  # a duration needs its treatment
        "once trials have included a drug",  # Spanish 'once' (11) is no number in English
        "4.5 per 100 patient years were included",  # a count is of subjects, plural
        "Posted on October 20, 1997",  # a date alone is no finding
        "The protocol was approved by the ethics committee on 3 May 2019.",  # no regulator
        "Medically reviewed and approved: March 2021",
        "A mutation in the gene",  # an article is no variant's letter
        "THE MUTATION",
    ],
)
def test_furniture_is_no_quantity(quantities: QuantityMatcher, text: str) -> None:
    assert _found(quantities, text) == []


def test_the_context_must_be_in_the_same_sentence(quantities: QuantityMatcher) -> None:
    assert _found(quantities, "We saw 40 patients. Others were included later.") == []
    assert _found(quantities, "We included 40 patients. The weather was fine.") == [
        ("SAMPLE_SIZE", "40 patients")
    ]


def test_quantities_make_claims_with_their_entities(
    process_text: Callable[..., Document],
) -> None:
    document = process_text(
        "Page Title\n"
        "It is diagnosed when the mean PAP is ≥25 mmHg at rest.\n\n"
        "The weather was pleasant during the conference in Vienna.\n\n"
        "An estimated 1 in 40 of the European population are carriers.\n\n"
        "Get PDF (473K)\n"
    )
    claims = {c.text: [(e.label, e.text) for e in c.entities] for c in document.claims}
    assert claims == {
        "It is diagnosed when the mean PAP is ≥25 mmHg at rest.": [("MEASUREMENT", "≥25 mmHg")],
        "An estimated 1 in 40 of the European population are carriers.": [("FREQUENCY", "1 in 40")],
    }
    labels = {e.label for e in document.entities}
    assert {"MEASUREMENT", "FREQUENCY"} <= labels


def test_a_named_entity_wins_over_an_overlapping_quantity() -> None:
    named = [FoundEntity("PRODUCT", "vigantol 1000 iu", 10, 26)]
    quantities = [
        FoundEntity("MEASUREMENT", "1000 IU", 19, 26),
        FoundEntity("MEASUREMENT", "2 mg", 30, 34),
    ]
    merged = _with_quantities(named, quantities)
    assert [(e.label, e.start) for e in merged] == [("PRODUCT", 10), ("MEASUREMENT", 30)]


def test_a_vocabulary_may_name_another_but_not_itself(rules: Rules) -> None:
    from ingest.rules.models import QuantityRules

    data = rules.quantities.model_dump()
    data["vocabularies"] = {**data["vocabularies"], "loop": ["a{loop}"]}
    with pytest.raises(ValueError, match="names itself"):
        QuantityRules.model_validate(data)
    data["vocabularies"]["loop"] = ["a{no_such_list}"]
    with pytest.raises(ValueError, match="unknown vocabulary"):
        QuantityRules.model_validate(data)
    # {date} is built of {month}: expanded all the way down.
    expanded = rules.quantities.expand("{date}", {})
    assert "{month}" not in expanded and "october" in expanded


def test_the_document_scan_finds_what_every_family_over_every_text_finds(
    quantities: QuantityMatcher, rules: Rules, seeds_dir: Path
) -> None:
    """find_all skips a family in texts holding no stem of its context, and scans texts holding
    no number word with the family's digits-only pattern: the same hits as every family's
    whole pattern over every text, on the rules' own examples, the seeds' blocks and texts
    made to sit on the edges (a number word glued to a word, after a hyphen, in capitals, at
    the very start or end, spelled with a hyphen where the key has a space)."""
    texts = [
        x
        for family in rules.quantities.families
        for x in (*family.examples.match, *family.examples.no_match)
    ]
    for path in sorted(seeds_dir.glob("*"))[:5]:
        texts += [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    texts += [
        "Twenty patients were enrolled",
        "someone saw ten-fold more; often sixty children were randomised",
        "FÜNFZEHN Patienten wurden eingeschlossen; vingt-deux patients ont été inclus",
        "x-one of twelve were treated",
        "treinta y cinco pacientes fueron aleatorizados",
        "ΣΟΦΊΑ ten patients",
        "12 patients were enrolled and 3 mg/kg daily",
        "Patients were treated daily for several weeks; n = many",  # no digit: not searched
        "٣ patients were enrolled and ٢ mg daily",  # Arabic-Indic digits are digits
        "",
    ]
    # The reference searches every family's whole pattern in every text, digit or not.
    every = [
        replace(f, needs_digit=False, digits_only_needs_digit=False) for f in quantities._families
    ]
    reference = [quantities._find(text, every, True) for text in texts]
    assert quantities.find_all(texts) == reference
    assert [quantities.find(text) for text in texts] == reference
    assert any(reference)
    worded = quantities._worded(FoldedTexts(texts))
    assert not all(worded)  # the digits-only route is taken somewhere


@given(st.text(alphabet="abdeilmnoprstwy %²½=-.,/()μ<>\n", max_size=60))
def test_a_text_without_a_digit_gives_no_hit_of_a_needs_digit_pattern(
    quantities: QuantityMatcher, text: str
) -> None:
    """A pattern whose every match holds a digit (``needs_digit``: a number as digits, an
    effect estimate's decimal) is not searched in a text without one: it cannot match one."""
    checked = [f.pattern for f in quantities._families if f.needs_digit]
    checked += [f.digits_only for f in quantities._families if f.digits_only_needs_digit]
    assert len(checked) >= 6
    for pattern in checked:
        assert pattern is not None
        assert pattern.search(text) is None
