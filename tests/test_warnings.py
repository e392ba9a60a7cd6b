"""warnings: when a processed page is reported as having perhaps lost its text."""

from __future__ import annotations

from ingest.models import RemovalReason, Removed
from ingest.rules import Rules
from ingest.warnings import page_warning


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
