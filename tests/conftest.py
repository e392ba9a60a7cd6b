"""Shared fixtures. Seed pages are read from ../shared/seeds and never copied into the repo."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import settings

from ingest.load import LoadedSource, load, load_bytes
from ingest.match.entities import EntityMatcher
from ingest.models import Document
from ingest.pipeline import DocumentPipeline
from ingest.rules import Rules, load_rules

ROOT = Path(__file__).resolve().parents[1]
RULES = Path(os.environ.get("INGEST_TEST_RULES", ROOT / "rules"))
# ../shared beside the project (CI's layout), or beside its worktrees' folder (/work/wt/NAME);
# INGEST_SHARED points elsewhere.
SHARED = (
    Path(os.environ["INGEST_SHARED"])
    if os.environ.get("INGEST_SHARED")
    else next(
        (p / "shared" for p in ROOT.parents[:2] if (p / "shared").is_dir()), ROOT.parent / "shared"
    )
)
SEEDS = SHARED / "seeds"
SEED_000 = "000_cbb8193102376ae8.txt"
SEED_002 = "002_75381a8a731c8d70.txt"
SEED_003 = "003_54955f86b90c0fa6.txt"

# No install-time start-up cache (`ingest rules compile`, run by `make test`): each test sees only
# the caches it makes, whether or not the environment holds one; the tests of that cache name
# their own folder (tests/test_startup.py).
os.environ["INGEST_PREBUILT_DIR"] = ""

# Property tests check behaviour, not speed: a per-example deadline only fails them when the
# machine is busy (seen: 242 ms for one sentence with other jobs on both cores).
settings.register_profile("ingest", deadline=None)
settings.load_profile("ingest")


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules(RULES)


@pytest.fixture(scope="session")
def pipeline(rules: Rules) -> DocumentPipeline:
    return DocumentPipeline(rules)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(
            f"seed pages not available: {SEEDS} is missing (CI places ../shared beside the repo)"
        )
    return SEEDS


@pytest.fixture(scope="session")
def seed_document(pipeline: DocumentPipeline, seeds_dir: Path) -> Callable[[str], Document]:
    cache: dict[str, Document] = {}

    def get(name: str) -> Document:
        if name not in cache:
            cache[name] = pipeline.process(load(seeds_dir / name, name)).document
        return cache[name]

    return get


@pytest.fixture(scope="session")
def seed_source(seeds_dir: Path) -> Callable[[str], LoadedSource]:
    def get(name: str) -> LoadedSource:
        return load(seeds_dir / name, name)

    return get


@pytest.fixture(scope="session")
def process_text(pipeline: DocumentPipeline) -> Callable[..., Document]:
    def run(text: str, name: str = "page.txt") -> Document:
        return pipeline.process(load_bytes(text.encode("utf-8"), name)).document

    return run


@cache
def builtin_entity_matcher() -> EntityMatcher:
    """The entity matcher of the built-in rules, built once for the test session."""
    rules = load_rules()
    return EntityMatcher(rules.entities, rules.compounds)


def named_entities(text: str, language: str) -> list[tuple[str, str]]:
    """The entities the built-in rules find in a text of one language: (mention, canonical)."""
    found = builtin_entity_matcher().find_all([text], [language])[0]
    return [(text[f.start : f.end], f.canonical) for f in found]


def letters(text: str) -> str:
    """The conformance tool's view of text: markup removed, then only letters and digits."""
    import html
    import re
    import unicodedata

    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"<[^>]*>", " ", text)
    text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# A boilerplate rule that is wrong on purpose: it removes the content paragraphs of SEED_000
# that mention spinal cord injury. A diff between a run without it and a run with it is caused
# by that rule alone (test_diff, test_review).
NEW_RULE_ID = "test-spinal-cord-paragraphs"
NEW_RULE = f"""
  - id: {NEW_RULE_ID}
    category: ui_widget
    description: Wrong on purpose; removes content paragraphs that mention spinal cord injury.
    max_words: 400
    patterns:
      - 'spinal cord injur'
"""


@pytest.fixture(scope="session")
def new_rule_runs(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two extractions of the same copy of the seeds: with rules/, then with a copy of rules/
    plus one boilerplate rule (NEW_RULE)."""
    import shutil

    from ingest.batch import run_batch

    root = tmp_path_factory.mktemp("new-rule")
    shutil.copytree(seeds_dir, root / "pages")
    shutil.copytree(RULES, root / "rules")
    with (root / "rules" / "boilerplate.yaml").open("a", encoding="utf-8") as stream:
        stream.write(NEW_RULE)
    run_batch([root / "pages"], root / "before", RULES, jobs=1)
    run_batch([root / "pages"], root / "after", root / "rules", jobs=1)
    return root / "before", root / "after"
