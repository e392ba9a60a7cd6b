"""Cleaning quality gate (trafilatura's style): must-keep and must-drop snippets per page.

tests/data/cleaning_eval.yaml lists, for the sample pages in raw/ and the seed pages, snippets
of content that must survive cleaning and snippets of noise that must be removed, with the
reason the removal must carry. Every snippet is its own test case.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from ingest.clean import CleanedPage
from ingest.load import load
from ingest.pipeline import DocumentPipeline

from .conftest import ROOT, SEEDS

EVAL = yaml.safe_load((ROOT / "tests" / "data" / "cleaning_eval.yaml").read_text(encoding="utf-8"))


def _path(key: str) -> Path:
    return SEEDS / key.removeprefix("seeds/") if key.startswith("seeds/") else ROOT / key


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


CASES: list[tuple[str, str, dict[str, Any]]] = []
for page, spec in EVAL.items():
    for snippet in spec.get("must_keep", []):
        CASES.append((page, "keep", {"text": snippet}))
    for item in spec.get("must_drop", []):
        CASES.append((page, "drop", item))


@cache
def _cleaned(pipeline: DocumentPipeline, page: str) -> CleanedPage:
    path = _path(page)
    return pipeline.clean(load(path, path.name))


@pytest.mark.parametrize(
    ("page", "kind", "item"), CASES, ids=[f"{p}:{k}:{i['text'][:30]}" for p, k, i in CASES]
)
def test_snippet(pipeline: DocumentPipeline, page: str, kind: str, item: dict[str, Any]) -> None:
    if page.startswith("seeds/") and not SEEDS.is_dir():
        pytest.skip(f"seed pages not available: {SEEDS} is missing")
    if "known_limitation" in item:
        pytest.xfail(item["known_limitation"]) if not _passes(pipeline, page, kind, item) else None
        pytest.fail(f"passes now: remove known_limitation from {item['text']!r}")
    _check(pipeline, page, kind, item)


def _passes(pipeline: DocumentPipeline, page: str, kind: str, item: dict[str, Any]) -> bool:
    try:
        _check(pipeline, page, kind, item)
    except AssertionError:
        return False
    return True


def _check(pipeline: DocumentPipeline, page: str, kind: str, item: dict[str, Any]) -> None:
    cleaned = _cleaned(pipeline, page)
    kept = _squash("\n".join(b.text.text for b in cleaned.blocks))
    snippet = _squash(item["text"])
    if kind == "keep":
        assert snippet in kept, f"content lost: {snippet!r}"
        return
    reasons = {item["reason"], item.get("also", item["reason"])}
    if item["reason"] == "markup":
        source = cleaned.source.text
        start = source.find(item["text"])
        assert start >= 0
        assert any(
            r.span[0] <= start and start + len(item["text"]) <= r.span[1] for r in cleaned.removed
        ), f"markup not removed: {item['text']!r}"
        return
    if "occurrence" in item:
        assert kept.count(snippet) == 1, f"expected exactly one kept copy of {snippet!r}"
    else:
        assert snippet not in kept, f"noise kept: {snippet!r}"
    removals = [r for r in cleaned.removed if snippet in _squash(r.text)]
    assert removals, f"no removal holds {snippet!r}"
    assert any(r.reason.value in reasons for r in removals), (
        f"{snippet!r} removed as {[r.reason.value for r in removals]}, want {sorted(reasons)}"
    )
