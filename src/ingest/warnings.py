"""No page lost in silence: the pages whose kept text is suspiciously small.

A page can be processed without error and still lose its article (a container cut as
navigation, a whole file read as one comment). :func:`page_warning` says when a processed page
should be reported in run.json's ``warnings`` (and fail a ``--strict`` run); the thresholds are
in ``rules/cleaning.yaml`` (``warnings``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.models import RemovalReason, Removed
from ingest.rules.models import PageWarningSettings


def non_space(text: str) -> int:
    return len(text) - sum(text.count(space) for space in " \t\n\r\f\v\u00a0")


def page_warning(
    kept_chars: int,
    visible_chars: int,
    removed: Sequence[Removed],
    source_chars: int,
    settings: PageWarningSettings,
    code_rules: frozenset[str] = frozenset(),
) -> str | None:
    """The reason to warn about a page, or None.

    ``code_rules`` are the markup rules whose spans are code, not text (``html-script``,
    ``html-head``…): a page of scripts is not lost text when its scripts are removed.
    """
    if visible_chars >= settings.min_visible_chars and kept_chars == 0:
        return "nothing kept although the page has text"
    # A page with too little visible text is not judged on its text, but a markup removal can
    # still swallow a page of source (a whole file read as one comment shows no visible text).
    for item in removed:
        start, end = item.span
        if item.reason == RemovalReason.MARKUP:
            if item.rule in code_rules or source_chars < settings.min_visible_chars:
                continue
            share = (end - start) / max(source_chars, 1)
        else:
            if visible_chars < settings.min_visible_chars:
                continue
            share = non_space(item.text) / max(visible_chars, 1)
        if share > settings.max_removal_share:
            return (
                f"one removal ({item.reason.value}/{item.rule}, line {item.line}) spans "
                f"{min(share, 1.0):.0%} of the page"
            )
    if visible_chars < settings.min_visible_chars:
        return None
    if kept_chars == 0:
        return "nothing kept although the page has text"
    if kept_chars / visible_chars < settings.min_kept_share:
        return f"kept {kept_chars / visible_chars:.1%} of the page's visible text"
    return None


def reference_warning(
    kept_chars: int, references: Sequence[str], settings: PageWarningSettings
) -> str | None:
    """The reason to warn about a page whose kept text is mostly reference entries, or None:
    an article read as a reference list loses its claims without a removal to show for it.
    ``references``: the texts of the page's reference entries."""
    if kept_chars < settings.min_visible_chars or not references:
        return None
    held = sum(non_space(text) for text in references)
    share = held / max(kept_chars, 1)
    if share <= settings.max_reference_share:
        return None
    return f"{len(references)} reference entries hold {min(share, 1.0):.0%} of the kept text"
