"""Disease and vaccination names of es/fr/it/pt/nl/de by shape (bench/build_disease_names.py,
bench/build_shapes.py), under the English vocabulary's ids, and organisation names."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from ingest.match.entities import EntityMatcher
from ingest.models import Document
from ingest.rules import load_rules

from .conftest import ROOT, RULES


@cache
def _matcher() -> EntityMatcher:
    rules = load_rules(RULES)
    return EntityMatcher(rules.entities, rules.compounds)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(e.label, text[e.start : e.end], e.canonical) for e in _matcher().find(text)]


def _canonical(text: str, name: str) -> str:
    hits = [c for label, span, c in _found(text) if span == name and label == "DISEASE"]
    assert hits, f"{name!r} not found as a disease in {text!r}: {_found(text)}"
    return hits[0]


@pytest.mark.parametrize(
    "text, name",
    [
        ("El cáncer de mama es frecuente.", "cáncer de mama"),
        ("Le cancer du sein est fréquent.", "cancer du sein"),
        ("Il tumore al seno è frequente.", "tumore al seno"),
        ("O câncer de mama é frequente.", "câncer de mama"),
        ("Borstkanker komt vaak voor.", "Borstkanker"),
        ("Brustkrebs ist häufig.", "Brustkrebs"),
    ],
)
def test_one_disease_has_one_canonical_in_every_language(text: str, name: str) -> None:
    assert _canonical(text, name) == _canonical("Breast cancer is common.", "Breast cancer")


@pytest.mark.parametrize(
    "text, name, english",
    [
        ("la longontsteking bij ouderen", "longontsteking", "Pneumonia is common."),
        ("eine Lungenentzündung", "Lungenentzündung", "Pneumonia is common."),
        ("une insuffisance rénale", "insuffisance rénale", "kidney failure"),
        ("bij hartfalen", "hartfalen", "heart failure"),
    ],
)
def test_organ_compounds_take_the_english_id(text: str, name: str, english: str) -> None:
    reference = english.rstrip(".").split(" is ")[0]
    assert _canonical(text, name) == _canonical(english, reference)


@pytest.mark.parametrize(
    "text, name",
    [
        ("een ernstige nierziekte", "nierziekte"),
        ("last van een eetstoornis", "eetstoornis"),
        ("het post-covidsyndroom", "post-covidsyndroom"),
        ("un trastorno bipolar", "trastorno bipolar"),
        ("le syndrome métabolique", "syndrome métabolique"),
        ("une infection bactérienne secondaire", "infection bactérienne secondaire"),
        ("l'otite moyenne", "otite"),
        ("la tubercolosi", "tubercolosi"),
        ("un mélanome", "mélanome"),
        ("een melanoom", "melanoom"),
        ("une neuropathie", "neuropathie"),
    ],
)
def test_shapes_find_names_of_other_languages(text: str, name: str) -> None:
    _canonical(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "in Nordrhein-Westfalen",
        "MCL injuries were rare.",
        "over the centuries",
        "die Umweltzerstörung",
        "Beschimpfungen im Netz",
        "une dose de glucose",
        "sur le site web",
        "avec sympathie",
        "la Carpatia",
        "una enfermedad rara",
        "une maladie asymptomatique",
        "la diarrhée",
    ],
)
def test_words_of_the_same_ending_are_no_names(text: str) -> None:
    # ("enfermedad", "maladie" name the general finding 'disease' of general_findings.jsonl,
    # by design: no shape makes "rara" or "asymptomatique" a disease's name.)
    found = [f for f in _found(text) if f[0] in ("DISEASE", "INTERVENTION")]
    assert [f for f in found if f[-1] != "disease"] == []


def test_dutch_vaccination_compounds_are_vaccination() -> None:
    found = _found("Buijsen wees op de griepvaccinatie en de griepprik, niet op een speldenprik.")
    assert [(span, c) for label, span, c in found if label == "INTERVENTION"] == [
        ("griepvaccinatie", "vaccination"),
        ("griepprik", "vaccination"),
    ]


def test_an_organisation_swallows_the_disease_in_its_name() -> None:
    found = _found(
        "Lakeshore Diabetes and Kidney Clinic, Toronto; funded by the National Cancer Institute."
    )
    assert [label for label, _, _ in found] == ["ORGANIZATION", "ORGANIZATION"]


def test_a_sentence_in_another_language_is_a_claim_by_its_disease(
    process_text: Callable[..., Document],
) -> None:
    document = process_text(
        "# Cáncer\n\nEl cáncer de páncreas se detecta tarde en la mayoría de los pacientes.\n",
        "page.md",
    )
    (claim,) = document.claims
    assert [(e.label, e.canonical) for e in claim.entities] == [
        ("DISEASE", _canonical("Pancreatic cancer is rare.", "Pancreatic cancer"))
    ]


# --- the generated files are what their scripts write ------------------------------------------


@pytest.mark.parametrize(
    "script, outputs",
    [
        ("build_disease_names.py", ["disease_i18n.jsonl"]),
        (
            "build_shapes.py",
            [
                "drug_shapes.jsonl",
                "disease_shapes.jsonl",
                "organism.jsonl",
                "vaccination.jsonl",
                "organization.jsonl",
            ],
        ),
    ],
)
def test_generated_rules_are_up_to_date(tmp_path: Path, script: str, outputs: list[str]) -> None:
    """Edited only through their scripts: a hand edit of the output would be lost at the next run.
    The script runs beside every other entity file (build_disease_names.py leaves out a name
    another file holds already), not beside its own outputs."""
    (tmp_path / "entities").mkdir()
    for path in sorted((ROOT / "rules" / "entities").glob("*.jsonl")):
        if path.name not in outputs:
            shutil.copy(path, tmp_path / "entities" / path.name)
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in outputs:
        written = (tmp_path / "entities" / name).read_text(encoding="utf-8")
        committed = (ROOT / "rules" / "entities" / name).read_text(encoding="utf-8")
        assert written == committed, (
            f"rules/entities/{name} differs from what bench/{script} writes"
        )
