"""warnings: when a processed page is reported as having perhaps lost its text."""

from __future__ import annotations

from pathlib import Path

from ingest.batch import run_batch
from ingest.models import RemovalReason, Removed
from ingest.rules import Rules
from ingest.warnings import page_warning, reference_warning

from .conftest import RULES


def removed(reason: RemovalReason, rule: str, text: str, span: tuple[int, int]) -> Removed:
    return Removed(reason=reason, rule=rule, text=text, span=span, line=1)


def test_a_page_that_keeps_its_text_does_not_warn(rules: Rules) -> None:
    settings = rules.cleaning.warnings
    assert page_warning(900, 1000, (), 5000, settings) is None


def test_nothing_kept_and_a_small_share_kept_warn(rules: Rules) -> None:
    settings = rules.cleaning.warnings
    assert page_warning(0, 1000, (), 5000, settings) == "nothing kept although the page has text"
    reason = page_warning(10, 1000, (), 5000, settings)
    assert reason is not None and reason.startswith("kept 1.0%")


def test_short_pages_are_not_judged_on_their_text(rules: Rules) -> None:
    settings = rules.cleaning.warnings
    assert page_warning(0, settings.min_visible_chars - 1, (), 400, settings) is None


def test_one_removal_over_most_of_the_page_warns(rules: Rules) -> None:
    settings = rules.cleaning.warnings
    body = "x" * 900
    item = removed(RemovalReason.BOILERPLATE, "html-navigation", body, (0, 2000))
    reason = page_warning(100, 1000, (item,), 5000, settings)
    assert reason is not None and "boilerplate/html-navigation" in reason
    # A whole file read as one comment: no visible text, one markup span over the source.
    comment = removed(RemovalReason.MARKUP, "html-comment", "<!--...", (0, 4990))
    reason = page_warning(0, 0, (comment,), 5000, settings)
    assert reason is not None and "markup/html-comment" in reason


def test_removed_code_is_not_lost_text(rules: Rules) -> None:
    settings = rules.cleaning.warnings
    script = removed(RemovalReason.MARKUP, "html-script", "<script>…", (0, 4500))
    assert page_warning(900, 1000, (script,), 5000, settings, frozenset({"html-script"})) is None


def test_a_page_read_mostly_as_reference_entries_warns(rules: Rules) -> None:
    settings = rules.cleaning.warnings
    entries = ["Smith J, Lee K. MSCs for knee osteoarthritis. J X. 2020;12:1-9." * 3] * 10
    kept = sum(len(e.replace(" ", "")) for e in entries) + 200
    reason = reference_warning(kept, entries, settings)
    assert reason is not None and reason.startswith("10 reference entries hold")
    # A full text whose reference list is half its text does not.
    assert reference_warning(2 * kept, entries, settings) is None
    assert reference_warning(kept, [], settings) is None


def test_the_batch_lists_a_page_read_as_references(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    entry = "{n}. Smith J, Lee K. Stem cells for knee osteoarthritis. J Orthop Res. 2020;12:{n}-9."
    listing = "\n".join(entry.format(n=n) for n in range(1, 30))
    (folder / "bibliography.txt").write_text(f"Bibliography\n\nReferences\n\n{listing}\n")
    record = run_batch([folder], tmp_path / "out", RULES, jobs=1)
    assert [w.path for w in record.warnings] == ["bibliography.txt"]
    assert "reference entries hold" in record.warnings[0].reason
