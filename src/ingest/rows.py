"""The plain data of a record, as the per-document code builds it.

A record's parts are built as plain tuples in the field order of their model in
:mod:`ingest.models` (a span is ``(start, end)``, a citation ``(scheme, value)``, a percentage
``(text, value, low, high, approximate, span)`` …), and a claim as a :class:`ClaimRow`, whose
attributes are its model's fields plus what deduplication and the corpus step need. The
pydantic models are built from them only where someone asks for them
(:func:`ingest.emit.to_model`); records are written from them directly
(:func:`ingest.emit.record_json`), to the same bytes. Constructing validated models for every
claim, percentage and entity cost more than finding them.
"""

from __future__ import annotations

Span = tuple[int, int]
CitationRow = tuple[str, str]  # (scheme, value)
PercentageRow = tuple[str, float | None, float | None, float | None, bool, Span]
IdentifierRow = tuple[str, str, str, Span]  # (scheme, value, text, span)
EntityRow = tuple[str, str, str, Span]  # (label, text, canonical, span)
PlaceRow = tuple[Span, int, tuple[str, ...]]  # (span, line, section path)

# What two claims must share to be one claim (ingest.dedupe): the numbers of the text, the
# identifiers' "scheme:value", the negation and the entities' "label:canonical", sorted.
Signature = tuple[tuple[str, ...], tuple[str, ...], bool, tuple[str, ...]]


class ClaimRow:
    """One claim occurrence: the fields of :class:`ingest.models.Claim`, in its order, then the
    forms of its text that are computed once and reused: ``key`` (the normalized text its id
    is the hash of), ``loose`` (the wording deduplication compares) and ``signature``."""

    __slots__ = (  # noqa: RUF023 (the model's field order, then the computed forms)
        "id",
        "text",
        "language",
        "span",
        "line",
        "article",
        "section",
        "section_path",
        "percentages",
        "identifiers",
        "entities",
        "hedged",
        "hedges",
        "negated",
        "citations",
        "references",
        "duplicates",
        "key",
        "loose",
        "signature",
    )

    def __init__(
        self,
        id: str,
        text: str,
        language: str | None,
        span: Span,
        line: int,
        article: str,
        section: str | None,
        section_path: tuple[str, ...],
        percentages: tuple[PercentageRow, ...],
        identifiers: tuple[IdentifierRow, ...],
        entities: tuple[EntityRow, ...],
        hedged: bool,
        hedges: tuple[str, ...],
        negated: bool,
        citations: tuple[CitationRow, ...],
        key: str,
        loose: str,
        signature: Signature,
    ) -> None:
        self.id = id
        self.text = text
        self.language = language
        self.span = span
        self.line = line
        self.article = article
        self.section = section
        self.section_path = section_path
        self.percentages = percentages
        self.identifiers = identifiers
        self.entities = entities
        self.hedged = hedged
        self.hedges = hedges
        self.negated = negated
        self.citations = citations
        self.references: tuple[str, ...] = ()
        self.duplicates: tuple[PlaceRow, ...] = ()
        self.key = key
        self.loose = loose
        self.signature = signature

    def place(self) -> PlaceRow:
        return (self.span, self.line, self.section_path)

    def __repr__(self) -> str:
        return f"ClaimRow({self.id!r}, {self.text!r}, span={self.span!r})"


__all__ = [
    "CitationRow",
    "ClaimRow",
    "EntityRow",
    "IdentifierRow",
    "PercentageRow",
    "PlaceRow",
    "Signature",
    "Span",
]
