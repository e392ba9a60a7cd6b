"""Stage 6, deduplicate: one claim per identity, every occurrence kept.

Within a document, a claim whose id was already seen is dropped from the record (its first
occurrence stays). Across the corpus, :func:`corpus_claims` collapses the claims of every
document into ``claims.jsonl`` records with all their occurrences, in a deterministic order
whatever order the documents arrive in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ingest.models import Claim, CorpusClaim, Occurrence


def dedupe_document(claims: Sequence[Claim]) -> list[Claim]:
    seen: set[str] = set()
    kept = []
    for claim in claims:
        if claim.id not in seen:
            seen.add(claim.id)
            kept.append(claim)
    return kept


def corpus_claims(documents: Iterable[tuple[str, Sequence[Claim]]]) -> list[CorpusClaim]:
    """``documents``: (source path, claim occurrences in source order) pairs, in any order."""
    first: dict[str, tuple[tuple[str, int], Claim]] = {}
    occurrences: dict[str, list[Occurrence]] = {}
    for path, claims in documents:
        for claim in claims:
            key = (path, claim.span[0])
            if claim.id not in first or key < first[claim.id][0]:
                first[claim.id] = (key, claim)
            occurrences.setdefault(claim.id, []).append(
                Occurrence(
                    source=path, span=claim.span, line=claim.line, section_path=claim.section_path
                )
            )
    records = []
    for claim_id in sorted(first):
        _, claim = first[claim_id]
        places = sorted(set(occurrences[claim_id]), key=lambda o: (o.source, o.span))
        records.append(
            CorpusClaim(
                id=claim.id,
                text=claim.text,
                section_path=claim.section_path,
                percentages=claim.percentages,
                identifiers=claim.identifiers,
                entities=claim.entities,
                hedged=claim.hedged,
                hedges=claim.hedges,
                negated=claim.negated,
                citations=claim.citations,
                occurrences=tuple(places),
            )
        )
    return records
