"""The output contract (../shared/SPEC.md) as frozen pydantic models.

Field order here *is* the key order of the emitted JSON, so reorder fields only together with a
schema version bump. Every span is ``[start, end)`` in code points of the decoded source text.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

SCHEMA_VERSION = "1.3"

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
    encoding: str = Field(
        description="Python codec name that decodes the bytes to the text (with "
        "errors='replace' where run.json warns that bytes were replaced)"
    )
    # A WARC member's target URI and fetch date (WARC-Date); absent for a plain file, so the
    # records of plain files are as before.
    uri: str | None = Field(default=None, description="a WARC record's WARC-Target-URI")
    fetched: str | None = Field(default=None, description="a WARC record's WARC-Date")

    @model_serializer(mode="wrap")
    def _drop_absent(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        for key in ("uri", "fetched"):
            if data.get(key) is None:
                data.pop(key, None)
        return data


class Citation(Frozen):
    scheme: str
    value: str


class Article(Frozen):
    id: str
    title: str | None
    span: Span
    citations: tuple[Citation, ...]


class Metadata(Frozen):
    """What the page says about itself (<meta> tags, JSON-LD, <html lang>, a citation line).

    Every field has a default, so that a record written before schema 1.2 still reads."""

    title: str | None = Field(None, description="the page's title, as the document's `title`")
    authors: tuple[str, ...] = ()
    journal: str | None = None
    publication_date: str | None = Field(None, description="as the page states it")
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    language: str | None = Field(None, description="the language the page declares (<html lang>)")
    canonical_url: str | None = None
    type: str | None = Field(None, description="schema.org @type, og:type or the like")
    registrations: tuple[Citation, ...] = Field(
        (), description="the record's own trial registrations (a registry page's NCT, EudraCT …)"
    )


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


CLAIM_LANGUAGE = (
    "the language of the claim's text (ISO 639-1, as the document's `language`) when it is not "
    "its page's language; null when it is (1.3)"
)


class Claim(Frozen):
    id: str
    text: str
    language: str | None = Field(default=None, description=CLAIM_LANGUAGE)
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
    references: tuple[str, ...] = Field(
        default=(),
        description="ids of the document's reference entries its in-text markers cite (1.2)",
    )
    duplicates: tuple[Place, ...] = Field(
        default=(),
        description="other places in this document with the same claim (not in SPEC 1.0)",
    )


class Reference(Frozen):
    """An entry of a reference list (schema 1.2): never a claim."""

    id: str = Field(description='"r12": the entry\'s number in its list, else its position')
    text: str = Field(description="the entry's own text, without its link labels (PubMed …)")
    span: Span
    identifiers: tuple[Citation, ...] = Field(
        description="identifiers of the entry's text and of its links"
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
    metadata: Metadata = Metadata()
    articles: tuple[Article, ...]
    sections: tuple[Section, ...]
    removed: tuple[Removed, ...]
    claims: tuple[Claim, ...]
    references: tuple[Reference, ...] = ()
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
    language: str | None = Field(
        default=None,
        description="the claim's language when it is not its page's, at its first occurrence "
        "(as `citations` and `references`); null when it is (1.3)",
    )
    section_path: tuple[str, ...]
    percentages: tuple[Percentage, ...]
    identifiers: tuple[IdentifierMatch, ...]
    entities: tuple[EntityMatch, ...]
    hedged: bool
    hedges: tuple[str, ...]
    negated: bool
    citations: tuple[Citation, ...]
    references: tuple[str, ...] = Field(
        default=(), description="reference entry ids of the first occurrence (1.2)"
    )
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
    rule_files: dict[str, str] = Field(
        default_factory=dict,
        description="sha256 (16 hex digits) of each rule file by its path in the rules folder",
    )
    # Which rules ran: "built-in" (the package's own) or the absolute path of the folder given.
    rules: str = "built-in"
    warnings: tuple[PageWarning, ...] = Field(
        default=(),
        description="pages that may have lost their text (in cleaning, or in decoding: bytes "
        "replaced, an uncertain encoding), sorted by path",
    )
