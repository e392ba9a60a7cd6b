"""Shared fixtures. Seed pages are read from ../shared/seeds and never copied into the repo."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from ingest.load import LoadedSource, load, load_bytes
from ingest.models import Document
from ingest.pipeline import DocumentPipeline
from ingest.rules import Rules, load_rules

ROOT = Path(__file__).resolve().parents[1]
RULES = Path(os.environ.get("INGEST_TEST_RULES", ROOT / "rules"))
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_000 = "000_cbb8193102376ae8.txt"
SEED_002 = "002_75381a8a731c8d70.txt"
SEED_003 = "003_54955f86b90c0fa6.txt"

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
