"""The output contract (../shared/SPEC.md) as frozen pydantic models.

Field order here *is* the key order of the emitted JSON, so reorder fields only together with a
schema version bump. Every span is ``[start, end)`` in code points of the decoded source text.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

Span = Annotated[
    tuple[int, int], Field(description="[start, end) in code points of the decoded source")
]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RemovalReason(StrEnum):
    BOILERPLATE = "boilerplate"
    DUPLICATE = "duplicate"
    FOREIGN_LANGUAGE = "foreign_language"
    MARKUP = "markup"


class Source(Frozen):
    path: str = Field(description="path relative to the input root, '/'-separated")
    sha256: str
    bytes: int
    media_type: str
    encoding: str = Field(description="Python codec name that decodes the bytes to the text")


class Citation(Frozen):
    scheme: str
    value: str


class Article(Frozen):
    id: str
    title: str | None
    span: Span
    citations: tuple[Citation, ...]


class Section(Frozen):
    id: str
    article: str
    title: str
    level: int
    parent: str | None
    span: Span


class Removed(Frozen):
    reason: RemovalReason
    rule: str = Field(description="id of the rule or mechanism that removed it")
    text: str
    span: Span
    line: int


class Percentage(Frozen):
    text: str
    value: float | None
    low: float | None
    high: float | None
    approximate: bool
    span: Span


class IdentifierMatch(Frozen):
    scheme: str
    value: str
    text: str
    span: Span


class EntityMatch(Frozen):
    label: str
    text: str
    canonical: str
    span: Span


class Place(Frozen):
    """Another place in the same document where a claim occurs (exactly or nearly)."""

    span: Span
    line: int
    section_path: tuple[str, ...]


class Claim(Frozen):
    id: str
    text: str
    span: Span
    line: int
    article: str
    section: str | None
    section_path: tuple[str, ...]
    percentages: tuple[Percentage, ...]
    identifiers: tuple[IdentifierMatch, ...]
    entities: tuple[EntityMatch, ...]
    hedged: bool
    hedges: tuple[str, ...]
    negated: bool = Field(description="a negation cue governs the claim (not in SPEC 1.0)")
    citations: tuple[Citation, ...]
    duplicates: tuple[Place, ...] = Field(
        default=(),
        description="other places in this document with the same claim (not in SPEC 1.0)",
    )


class DocumentIdentifier(Frozen):
    scheme: str
    value: str
    spans: tuple[Span, ...]


class DocumentEntity(Frozen):
    label: str
    canonical: str
    mentions: int
    spans: tuple[Span, ...]


class Abbreviation(Frozen):
    short: str
    long: str
    span: Span


class Document(Frozen):
    schema_version: str = SCHEMA_VERSION
    source: Source
    language: str | None
    title: str | None
    articles: tuple[Article, ...]
    sections: tuple[Section, ...]
    removed: tuple[Removed, ...]
    claims: tuple[Claim, ...]
    identifiers: tuple[DocumentIdentifier, ...]
    entities: tuple[DocumentEntity, ...]
    abbreviations: tuple[Abbreviation, ...]


class Occurrence(Frozen):
    source: str
    span: Span
    line: int
    section_path: tuple[str, ...]


class CorpusClaim(Frozen):
    """One line of claims.jsonl: a distinct claim of the whole run and every place it was seen.

    The nested match spans (percentages, identifiers, entities) refer to the first occurrence.
    """

    id: str
    text: str
    section_path: tuple[str, ...]
    percentages: tuple[Percentage, ...]
    identifiers: tuple[IdentifierMatch, ...]
    entities: tuple[EntityMatch, ...]
    hedged: bool
    hedges: tuple[str, ...]
    negated: bool
    citations: tuple[Citation, ...]
    occurrences: tuple[Occurrence, ...]


class Failure(Frozen):
    path: str
    reason: str


class PageWarning(Frozen):
    """A page that was processed but may have lost its text (see rules/cleaning.yaml warnings)."""

    path: str
    reason: str
    kept_chars: int = Field(description="non-space characters of the kept text")
    visible_chars: int = Field(description="non-space characters of the page's visible text")


class RunCounts(Frozen):
    seen: int
    processed: int
    unchanged: int
    failed: int


class RunRecord(Frozen):
    """run.json: the only output file that may differ between two identical runs."""

    schema_version: str = SCHEMA_VERSION
    version: str
    rules_digest: str
    site_chrome_digest: str
    site_chrome_lines: int
    started: str
    finished: str
    inputs: tuple[str, ...]
    jobs: int
    executor: str
    counts: RunCounts
    failures: tuple[Failure, ...]
    claims: int
    claims_distinct: int
    removed: dict[str, int]
    timings: dict[str, float]
    warnings: tuple[PageWarning, ...] = Field(
        default=(), description="pages that may have lost their text, sorted by path"
    )
