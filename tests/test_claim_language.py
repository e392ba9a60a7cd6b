"""A claim records its language when it is not its page's (schema 1.3, issue 15): in records,
claims.jsonl, the export table, diffs and review pages; guessed only where the page mixes
languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ingest.clean.language as language_module
from ingest.batch import run_batch
from ingest.clean.language import FunctionWords, LanguageGuess, foreign_blocks
from ingest.diff import diff
from ingest.export import columns, rows
from ingest.load import load_bytes
from ingest.models import SCHEMA_VERSION, Claim
from ingest.pipeline import DocumentPipeline
from ingest.review import build_review
from ingest.rules import Rules

from .conftest import RULES

# A German news page: its own sentences, an English sentence with a finding and a PMID (kept:
# a line with an identifier is never removed as foreign), and an English source line.
GERMAN_PAGE = (
    '<html lang="de"><body>'
    "<p>Die neue Therapie verringerte die Beschwerden bei 45 Prozent der Patientinnen und "
    "Patienten deutlich, wie eine Studie aus Heidelberg zeigt.</p>"
    "<p>Die Forschenden wollen die Behandlung nun in einer größeren Studie mit mehreren "
    "Kliniken in Deutschland und Österreich prüfen.</p>"
    "<p>In the trial, 38% of the patients with knee osteoarthritis were free of pain after one "
    "year (PMID: 31234567).</p>"
    "<p>Quelle: Long-term outcomes of mesenchymal stem cell therapy in knee osteoarthritis, "
    "a randomised controlled trial. doi:10.1002/abc.123</p>"
    "</body></html>"
)


def _claims(pipeline: DocumentPipeline, text: str, name: str) -> tuple[str | None, list[Claim]]:
    document = pipeline.process(load_bytes(text.encode("utf-8"), name)).document
    assert document.schema_version == SCHEMA_VERSION == "1.3"
    return document.language, list(document.claims)


def test_a_claim_in_another_language_records_it(pipeline: DocumentPipeline) -> None:
    page, claims = _claims(pipeline, GERMAN_PAGE, "page.html")
    assert page == "de"
    by_text = {c.text.split()[0]: c.language for c in claims}
    assert by_text == {"Die": None, "In": "en"}
    # The key is always there: null for a claim in its page's language.
    record = claims[0].model_dump(mode="json")
    assert list(record)[:3] == ["id", "text", "language"]
    assert record["language"] is None


def test_an_english_page_with_a_german_sentence(pipeline: DocumentPipeline) -> None:
    text = (
        "Mesenchymal stem cells reduced pain in 45% of patients with knee osteoarthritis.\n\n"
        "The effect lasted for two years and no serious adverse events were reported.\n\n"
        "Die Studie wurde von der Universität Heidelberg mit 120 Patienten durchgeführt "
        "(PMID: 31234567).\n"
    )
    page, claims = _claims(pipeline, text, "page.txt")
    assert page == "en"
    # The second sentence states the adverse events (rules/quantities.yaml adverse-effects): an
    # English claim too.
    assert [c.language for c in claims] == [None, None, "de"]


def test_single_language_pages_never_call_the_detector_for_claims(
    pipeline: DocumentPipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blocks the foreign_language pass guessed keep its guess; the others are guessed only when
    their function words point to another language: on an English page with identifiers,
    source lines and short rows, foreign_blocks asks the detector nothing."""
    asked: list[str] = []

    class Counting:
        def detect(self, text: str) -> LanguageGuess | None:
            asked.append(text)
            return None

    real = language_module.foreign_blocks

    def spy(blocks, page, guesses, detector, settings, words):  # type: ignore[no-untyped-def]
        return real(blocks, page, guesses, Counting(), settings, words)

    monkeypatch.setattr("ingest.clean.foreign_blocks", spy)
    text = (
        "Mesenchymal stem cells reduced pain in 45% of patients with knee osteoarthritis.\n\n"
        "Response rate: 45%\n\n"
        "Source: Smith J, Lee K. MSC therapy in knee osteoarthritis. PMID: 31234567\n\n"
        "The trial (NCT01234567) enrolled 120 patients, of whom 12% withdrew.\n"
    )
    _, claims = _claims(pipeline, text, "page.txt")
    assert claims and all(c.language is None for c in claims)
    assert asked == []


def test_function_words_point_away_only_from_the_page_language(rules: Rules) -> None:
    words = FunctionWords(rules.cleaning.language.function_words)
    minimum = rules.cleaning.language.min_function_words
    assert words.points_away("Die Studie wurde mit 120 Patienten durchgeführt.", "en", minimum)
    assert not words.points_away("Die Studie wurde mit 120 Patienten durchgeführt.", "de", minimum)
    assert not words.points_away("The study was done with 120 patients.", "en", minimum)
    # Author initials are not Spanish or Italian function words.
    assert not words.points_away("Carey AF, Wang G, Su CY, et al. Al Darmaki A Y.", "en", minimum)


def test_a_kept_block_keeps_the_guess_foreign_language_made(pipeline: DocumentPipeline) -> None:
    """A block the main-content vote brought back after foreign_language removed it is in the
    language the pass guessed, with no second call; an unsure guess records nothing."""
    page = pipeline.clean(load_bytes(GERMAN_PAGE.encode("utf-8"), "page.html"))
    blocks = list(enumerate(page.blocks))
    settings = pipeline.rules.cleaning.language
    words = FunctionWords({})
    sure = {0: LanguageGuess("en", 0.93, (("de", 0.01),))}
    unsure = {0: LanguageGuess("en", 0.45, (("de", 0.3),))}

    class Refusing:
        def detect(self, text: str) -> LanguageGuess | None:
            raise AssertionError("guessed again")

    found = foreign_blocks(blocks[:1], "de", sure, Refusing(), settings, words)  # type: ignore[arg-type]
    assert found == ((*page.blocks[0].span, "en"),)
    assert foreign_blocks(blocks[:1], "de", unsure, Refusing(), settings, words) == ()  # type: ignore[arg-type]


def test_claims_jsonl_export_diff_and_review_carry_it(tmp_path: Path, rules: Rules) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "de.html").write_text(GERMAN_PAGE, encoding="utf-8")
    run_batch([raw], tmp_path / "out", RULES, jobs=1)
    lines = [json.loads(line) for line in (tmp_path / "out" / "claims.jsonl").open()]
    assert sorted((line["text"].split()[0], line["language"]) for line in lines) == [
        ("Die", None),
        ("In", "en"),
    ]
    assert list(lines[0])[:3] == ["id", "text", "language"]
    # The export table has the column, after the text.
    names = [c.name for c in columns()]
    assert names.index("language") == names.index("text") + 1
    assert sorted((r["language"] or "") for r in rows(tmp_path / "out")) == ["", "en"]
    # A claim whose language changes between two runs is a change of that field.
    old = {line["id"]: line for line in lines}
    new = json.loads(json.dumps(old))
    for line in new.values():
        line["language"] = "fr" if line["language"] else None
    (change,) = diff(old, new).changed
    assert [(c.field, c.old, c.new) for c in change.changes] == [("language", "en", "fr")]
    # A record of schema 1.2 (no key) reads as null: no change.
    older = json.loads(json.dumps(old))
    for line in older.values():
        if line["language"] is None:
            del line["language"]
    assert diff(older, old).equal
    # The review page marks the claim up in its language and says so in the side list.
    build_review(tmp_path / "out", tmp_path / "site", rules, raw=raw)
    page = next((tmp_path / "site").glob("*de.html*")).read_text(encoding="utf-8")
    assert 'lang="en" title="' in page
    assert "language en</span>" in page


def test_show_marks_a_claim_in_another_language(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ingest.cli import main

    page = tmp_path / "de.html"
    page.write_text(GERMAN_PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(page)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "* claim" in line]
    assert [("[en]:" in line) for line in lines] == [False, True]
