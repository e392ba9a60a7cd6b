"""Cognates (rules/compounds.yaml `cognates`, ingest/match/cognates.py): a word of another
language spelled after an English vocabulary term names the term's entity; an English page, a
word the vocabulary covers, a short word, a core two names share, or a language outside the
list names nothing so."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.match.cognates import CognateReader
from ingest.rules.models import Cognates

from .conftest import named_entities


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Slovak: "z" for "s", a diacritic, a genitive ending.
        ("sk", "Chýba mu dostatok inzulínu.", [("inzulínu", "insulin")]),
        ("sk", "Vzniká acidóza.", [("acidóza", "acidosis")]),
        # Turkish: "ü" for "u", a possessive suffix, a case ending after it.
        (
            "tr",
            "İdrarda kan görülmesi (hematüri) olabilir.",
            [("kan", "blood"), ("hematüri", "hematuria")],
        ),
        ("tr", "Benign prostat hiperplazisinde", [("hiperplazisinde", "hyperplasia")]),
        # Norwegian: "f" for "ph", "t" for "th".
        ("no", "Fototerapi er nødvendig.", [("Fototerapi", "phototherapy")]),
        # Russian, in Cyrillic.
        ("ru", "Уровень инсулина снижен.", [("инсулина", "insulin")]),
    ],
)
def test_a_word_spelled_after_an_english_term_names_it(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert named_entities(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # The language's ordinary words whose cores are near a brand name.
        ("sv", "Kvinnor och män svarade."),
        ("fr", "Un diagnostic précoce aide."),
        # An English page: its words are read as written, not as cognates.
        ("en", "The inzulinu word is not English."),
        # A language outside the list (Vietnamese spells no Latin cores).
        ("vi", "Insulina"),
        # A word shorter than min_letters.
        ("sk", "Vzniká edém."),
    ],
)
def test_other_words_name_nothing(language: str, text: str) -> None:
    assert named_entities(text, language) == []


def test_a_word_the_vocabulary_covers_keeps_the_vocabulary_reading() -> None:
    # "Infektion" is a German term of its own: read as it, not again as a cognate.
    assert named_entities("Eine Infektion.", "de") == [("Infektion", "infection")]


def _reader() -> CognateReader:
    rule = Cognates(
        languages=("sk",),
        labels=("DISEASE",),
        spellings=(("ph", "f"), ("z", "s")),
        endings=("[aeiou]+$", "(?<=[a-z]{5})(?:is|us)$", "[aeiou]+$"),
        min_letters=7,
        min_core=6,
    )
    return CognateReader.of(rule)


def test_a_core_two_names_share_names_neither() -> None:
    reader = _reader()
    reader.add_term("vaccinia", ("DISEASE", "vaccinia", 1), indexed=True)
    reader.add_term("vaccinius", ("INTERVENTION", "vaccination", 2), indexed=False)
    reader.finish()
    assert reader.term_of("vaccinia") is None


def test_only_indexed_terms_are_named() -> None:
    reader = _reader()
    reader.add_term("acidosis", ("DISEASE", "acidosis", 1), indexed=True)
    reader.add_term("pancrease", ("DRUG", "pancrelipase", 2), indexed=False)
    reader.finish()
    assert reader.term_of("acidóza") == ("DISEASE", "acidosis", 1)
    assert reader.term_of("pankrease") is None


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéíóúüçş", min_size=1, max_size=20))
def test_the_core_ignores_case_and_how_a_diacritic_is_encoded(word: str) -> None:
    reader = _reader()
    core = reader.core(word)
    assert reader.core(word.upper()) == core
    assert reader.core(unicodedata.normalize("NFD", word)) == core
