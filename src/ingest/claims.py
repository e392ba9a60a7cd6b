"""Stage 5, assemble claims: a sentence (or list item, or table row) of kept text that carries a
percentage, an identifier, or an entity of a claim-bearing label (rules/claims.yaml).

Reads: :class:`~ingest.segment.SegmentedPage` and the :class:`~ingest.match.BlockMatches` of
each unit. Adds: :class:`~ingest.models.Claim` objects in source order, each with its section
path, its citations (the nearest scope first: a "Reference:" line for its part of the section,
then its article's own citation), hedges and negation.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Generic, TypeVar

from ingest.match import BlockMatches, IdentifierHit, Matchers
from ingest.match.entities import FoundEntity
from ingest.match.percentages import FoundPercentage
from ingest.models import Citation, Claim, EntityMatch, IdentifierMatch, Percentage
from ingest.rules import Rules
from ingest.rules.models import ClaimGate
from ingest.rules.patterns import IGNORECASE, compile_pattern
from ingest.segment import Role, SegmentedPage, SentenceSeg, Unit
from ingest.text import line_starts
from ingest.textmap import MappedText

_WHITESPACE = re.compile(r"\s+")


def normalize_claim_text(text: str) -> str:
    """Unicode NFKC, whitespace collapsed, stripped, case-folded (SPEC: claim ids)."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def claim_id(text: str) -> str:
    digest = hashlib.sha256(normalize_claim_text(text).encode("utf-8")).hexdigest()
    return "c" + digest[:16]


def unique_citations(items: Sequence[Citation]) -> tuple[Citation, ...]:
    seen: set[tuple[str, str]] = set()
    out = []
    for item in items:
        key = (item.scheme, item.value)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)


class Gate:
    """rules/claims.yaml ``gate``: which sentences are not claims by their shape."""

    def __init__(self, gate: ClaimGate) -> None:
        self.settings = gate
        self._rules = [
            (rule.id, compile_pattern(rule.pattern, IGNORECASE)) for rule in gate.not_claims
        ]

    def rejects(self, text: str, link_share: float = 0.0) -> str | None:
        """The id of the shape that makes ``text`` not a claim ("links" for a link label)."""
        stripped = text.strip()
        for rule_id, pattern in self._rules:
            if pattern.search(stripped) is not None:
                return rule_id
        words = len(stripped.split())
        if words <= self.settings.link_max_words and link_share >= self.settings.link_share > 0:
            return "links"
        return None


def link_share(mask: Sequence[bool], text: str, lo: int, hi: int) -> float:
    """The share of the letters and digits of ``text[lo:hi]`` that stand inside link anchors."""
    inside = total = 0
    for k in range(lo, hi):
        if text[k].isalnum():
            total += 1
            inside += mask[k]
    return inside / total if total else 0.0


T = TypeVar("T")


class _ByStart(Generic[T]):
    """The items of one block found by their start offset: each sentence takes its own in
    O(log n + k log k), where scanning every item for every sentence made a long single-line
    block quadratic. Items come back in their list order, as a scan would give them."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int | None]) -> None:
        keyed = sorted((at, i) for i, item in enumerate(items) if (at := start(item)) is not None)
        self._items = items
        self._starts = [at for at, _ in keyed]
        self._order = [i for _, i in keyed]

    def within(self, lo: int, hi: int) -> list[T]:
        """The items whose start is in ``[lo, hi)``."""
        first, last = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return [self._items[i] for i in sorted(self._order[first:last])]


@dataclass(frozen=True, slots=True)
class _BlockIndex:
    percentages: _ByStart[FoundPercentage]
    identifiers: _ByStart[IdentifierHit]
    entities: _ByStart[FoundEntity]

    @classmethod
    def of(cls, matches: BlockMatches) -> _BlockIndex:
        return cls(
            _ByStart(matches.percentages, lambda p: p.start),
            _ByStart(matches.identifiers, lambda h: h.start),
            _ByStart(matches.entities, lambda e: e.start),
        )


class ClaimAssembler:
    def __init__(self, rules: Rules, matchers: Matchers) -> None:
        self.settings = rules.claims
        self.matchers = matchers
        self._labels = set(rules.claims.entity_labels)
        self._kinds = set(rules.claims.block_kinds)
        self._roles = set(rules.claims.block_roles)
        self.gate = Gate(rules.claims.gate)

    def holds_claims(self, unit: Unit) -> bool:
        return unit.block.kind.value in self._kinds and unit.role.value in self._roles

    def assemble(
        self,
        page: SegmentedPage,
        matches: Sequence[BlockMatches],
        article_ids: Sequence[str],
        section_ids: Sequence[str],
        article_citations: Sequence[tuple[Citation, ...]],
    ) -> list[Claim]:
        source = page.cleaned.source.text
        starts = line_starts(source)
        claims: list[Claim] = []
        by_unit: dict[int, list[SentenceSeg]] = {}
        for sentence in page.sentences:
            by_unit.setdefault(sentence.unit, []).append(sentence)
        for n, unit in enumerate(page.units):
            if not self.holds_claims(unit) or matches[n].empty:
                continue
            sentences = by_unit.get(n, [])
            link_hits = _assign_link_hits(unit.block.text, sentences, matches[n].identifiers)
            scoped = [
                Citation(scheme=hit.scheme, value=hit.value)
                for ref in unit.scope_refs
                for hit in matches[ref].identifiers
            ]
            citations = unique_citations([*scoped, *article_citations[unit.article]])
            index = _BlockIndex.of(matches[n])
            for k, sentence in enumerate(sentences):
                claim = self._claim(
                    source,
                    starts,
                    page,
                    unit,
                    sentence,
                    index,
                    link_hits[k],
                    article_ids,
                    section_ids,
                    citations,
                )
                if claim is not None:
                    claims.append(claim)
        claims.sort(key=lambda c: (c.span[0], c.span[1]))
        return claims

    def _claim(
        self,
        source: str,
        line_starts: list[int],
        page: SegmentedPage,
        unit: Unit,
        sentence: SentenceSeg,
        matches: _BlockIndex,
        link_hits: list[IdentifierHit],
        article_ids: Sequence[str],
        section_ids: Sequence[str],
        citations: tuple[Citation, ...],
    ) -> Claim | None:
        mapped = unit.block.text
        lo, hi = sentence.start, sentence.end
        percentages = matches.percentages.within(lo, hi)
        text_hits = matches.identifiers.within(lo, hi)
        entities = matches.entities.within(lo, hi)
        hits = sorted([*text_hits, *link_hits], key=lambda h: h.source_start)
        bearing = (
            (self.settings.percentages and percentages)
            or (self.settings.identifiers and hits)
            or any(e.label in self._labels for e in entities)
        )
        if not bearing:
            return None
        text = mapped.text[lo:hi]
        share = link_share(unit.block.link_mask, mapped.text, lo, hi) if unit.block.anchors else 0.0
        if self.gate.rejects(text, share) is not None:
            return None
        start, end = mapped.source_span(lo, hi)
        language = page.cleaned.language_at(start)  # None: the page's language
        for hit in link_hits:
            start, end = _cover_link(source, start, end, hit)
        cues = self.matchers.cues.find(text)
        return Claim(
            id=claim_id(text),
            text=text,
            language=language,
            span=(start, end),
            line=_line_of(line_starts, start),
            article=article_ids[unit.article],
            section=section_ids[unit.section] if unit.section is not None else None,
            section_path=page.section_path(unit.section),
            percentages=tuple(
                Percentage(
                    text=mapped.text[p.start : p.end],
                    value=p.value,
                    low=p.low,
                    high=p.high,
                    approximate=p.approximate,
                    span=mapped.source_span(p.start, p.end),
                )
                for p in percentages
            ),
            identifiers=tuple(
                IdentifierMatch(
                    scheme=h.scheme, value=h.value, text=h.text, span=(h.source_start, h.source_end)
                )
                for h in hits
            ),
            entities=tuple(
                EntityMatch(
                    label=e.label,
                    text=mapped.text[e.start : e.end],
                    canonical=e.canonical,
                    span=mapped.source_span(e.start, e.end),
                )
                for e in entities
            ),
            hedged=bool(cues.hedges),
            hedges=cues.hedges,
            negated=cues.negated,
            citations=citations,
        )


def _assign_link_hits(
    mapped: MappedText, sentences: list[SentenceSeg], hits: Sequence[IdentifierHit]
) -> list[list[IdentifierHit]]:
    """Identifiers read from link targets go to the sentence that holds the link's anchor."""
    assigned: list[list[IdentifierHit]] = [[] for _ in sentences]
    link_hits = [h for h in hits if h.start is None]
    if not link_hits or not sentences:
        return assigned
    starts = [mapped.source_span(s.start, s.end)[0] for s in sentences]
    in_order = all(a <= b for a, b in pairwise(starts))
    for hit in link_hits:
        anchor = hit.source_start if hit.anchor is None else hit.anchor
        if in_order:  # the last sentence that starts at or before the anchor, by bisection
            best = max(0, bisect_right(starts, anchor) - 1)
        else:
            best = max((k for k, start in enumerate(starts) if start <= anchor), default=0)
        assigned[best].append(hit)
    return assigned


def _cover_link(source: str, start: int, end: int, hit: IdentifierHit) -> tuple[int, int]:
    """Grow a claim's span over a link target it cites, and the markup that wraps it."""
    if hit.source_end > end:
        end = max(hit.source_end, hit.link_end or 0)
        if source.rfind("<", 0, end) > source.rfind(">", 0, end):
            end = source.find(">", end) + 1 or len(source)  # inside a tag: to its end
        else:
            close = source.find(")", end)
            end = close + 1 if close >= 0 and not source[end:close].strip() else end
    if hit.source_start < start:
        start = hit.source_start
        if source.rfind("<", 0, start) > source.rfind(">", 0, start):
            start = source.rfind("<", 0, start)
    return start, end


def _line_of(line_starts: list[int], offset: int) -> int:
    return bisect_right(line_starts, offset)


__all__ = ["ClaimAssembler", "Gate", "Role", "claim_id", "normalize_claim_text", "unique_citations"]
