"""Stage 4, match: percentages, identifiers, entities and cues, all from rules/.

Reads: kept blocks. Adds: :class:`BlockMatches` per block. Each block is scanned once; claims
then take the matches that fall inside each sentence. Identifiers are also read from link
targets (``[text](https://pubmed.ncbi.nlm.nih.gov/24721108/)``, ``<a href=…>``): such a match
has a source span inside the link's markup and no offset in the block text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from ingest.clean.blocks import Link, RawBlock
from ingest.match.cues import CueMatcher
from ingest.match.entities import EntityMatcher, FoundEntity
from ingest.match.identifiers import FoundIdentifier, IdentifierMatcher
from ingest.match.percentages import FoundPercentage, PercentageMatcher
from ingest.match.quantities import QuantityMatcher
from ingest.rules import Rules
from ingest.textmap import MappedText

_DIGIT = re.compile(r"\d")

__all__ = ["BlockMatches", "IdentifierHit", "Matchers", "settle_link_identifiers"]


@dataclass(frozen=True, slots=True)
class IdentifierHit:
    scheme: str
    value: str
    text: str  # the source text of the match
    source_start: int
    source_end: int
    start: int | None  # offsets in the block text; None when read from a link target
    end: int | None
    anchor: int | None = None  # for a link target: source offset of the link's anchor text
    link_end: int | None = None  # for a link target: source offset where the target ends


@dataclass(frozen=True, slots=True)
class BlockMatches:
    percentages: tuple[FoundPercentage, ...]
    identifiers: tuple[IdentifierHit, ...]
    entities: tuple[FoundEntity, ...]

    @property
    def empty(self) -> bool:
        return not (self.percentages or self.identifiers or self.entities)


class Matchers:
    def __init__(self, rules: Rules) -> None:
        self.identifiers = IdentifierMatcher(rules.identifiers)
        self.percentages = PercentageMatcher(rules.percentages)
        self.entities = EntityMatcher.for_rules(rules)
        self.quantities = QuantityMatcher(rules.quantities, rules.percentages)
        self.cues = CueMatcher(rules.cues)
        self._evidence: dict[tuple[str, tuple[Link, ...]], bool] = {}
        self._found: dict[str, tuple[FoundIdentifier, ...]] = {}
        self._found_in_links: dict[str, tuple[FoundIdentifier, ...]] = {}

    def _identifiers(self, text: str) -> tuple[FoundIdentifier, ...]:
        """Identifiers of a text, found once per document: cleaning asks of the same blocks
        that matching scans later."""
        found = self._found.get(text)
        if found is None:
            found = tuple(self.identifiers.find(text))
            self._found[text] = found
        return found

    def _link_identifiers(self, target: str) -> tuple[FoundIdentifier, ...]:
        found = self._found_in_links.get(target)
        if found is None:
            found = tuple(self.identifiers.find_in_link(target))
            self._found_in_links[target] = found
        return found

    def _text_identifiers(self, block: RawBlock) -> list[FoundIdentifier]:
        """Identifiers of the block text; one never runs across a link's markup into the next
        link's anchor (``[10.5256/x.d41724](url)[43](#ref-43)`` reads "…d4172443"), nor into
        an anchor whose markup opens right after it ("doi: 10.1086/651608.[Link](#)")."""
        text = block.text
        found = list(self._identifiers(text.text))
        if not (block.links or block.anchors) or not found:
            return found
        targets = [(link.start, link.end) for link in block.links]
        anchors = {start for start, _ in block.anchors}
        kept: list[FoundIdentifier] = []
        for item in found:
            cut = _link_boundary(text, item.start, item.end, targets, anchors)
            if cut is None:
                kept.append(item)
                continue
            for part in self._identifiers(text.text[item.start : cut]):
                if part.start == 0:
                    kept.append(replace(part, start=item.start, end=item.start + part.end))
                    break
        return kept

    def identifiers_in(self, block: RawBlock) -> list[IdentifierHit]:
        text = block.text
        hits = []
        for found in self._text_identifiers(block):
            start, end = text.source_span(found.start, found.end)
            hits.append(
                IdentifierHit(
                    found.scheme,
                    found.value,
                    text.text[found.start : found.end],
                    start,
                    end,
                    found.start,
                    found.end,
                )
            )
        for link in block.links:
            for found in self._link_identifiers(link.target):
                start = link.start + found.start
                end = link.start + found.end
                hits.append(
                    IdentifierHit(
                        found.scheme,
                        found.value,
                        link.target[found.start : found.end],
                        start,
                        end,
                        None,
                        None,
                        link.anchor,
                        link.end,
                    )
                )
        return hits

    def has_identifier(self, block: RawBlock) -> bool:
        """Asked of the same blocks by several stages; answered once per text and links."""
        key = (block.text.text, block.links)
        known = self._evidence.get(key)
        if known is None:
            known = bool(self._text_identifiers(block)) or any(
                self._link_identifiers(link.target) for link in block.links
            )
            self._evidence[key] = known
        return known

    def new_document(self) -> None:
        """Forget what was cached about the previous document's blocks."""
        self._evidence.clear()
        self._found.clear()
        self._found_in_links.clear()

    def match(self, block: RawBlock, *, entities: bool = True) -> BlockMatches:
        """One block's matches (the document's blocks together: :meth:`match_blocks`)."""
        return self.match_blocks([block], [entities])[0]

    def match_blocks(
        self,
        blocks: Sequence[RawBlock],
        entities: Sequence[bool],
        languages: Sequence[str | None] | None = None,
    ) -> list[BlockMatches]:
        """The matches of every block of one document, each family scanned once over the whole
        document and its hits placed into the blocks by offset. ``entities[n]``: whether block
        ``n`` is searched for entities (citation lines are not); ``languages[n]``: its language,
        for the entity patterns that hold in some languages only (None: all hold)."""
        searched = [
            block.text.text for block, wanted in zip(blocks, entities, strict=True) if wanted
        ]
        searched_languages = (
            None
            if languages is None
            else [lang for lang, wanted in zip(languages, entities, strict=True) if wanted]
        )
        found = iter(
            _with_quantities(named, quantities)
            for named, quantities in zip(
                self.entities.find_all(searched, searched_languages),
                self.quantities.find_all(searched),
                strict=True,
            )
        )
        percentages = self.percentages.find_all([block.text.text for block in blocks], languages)
        out = []
        for n, (block, wanted) in enumerate(zip(blocks, entities, strict=True)):
            out.append(
                BlockMatches(
                    percentages=tuple(percentages[n]),
                    identifiers=tuple(self.identifiers_in(block)),
                    entities=tuple(next(found)) if wanted else (),
                )
            )
        return out


def _with_quantities(named: list[FoundEntity], quantities: list[FoundEntity]) -> list[FoundEntity]:
    """A block's entities with its quantities ("25 mmHg", "88 patients") added in text order; a
    quantity that overlaps a named entity gives way to it, as a shorter span does in the
    entity matcher."""
    if not quantities:
        return named
    kept = [q for q in quantities if not any(e.start < q.end and q.start < e.end for e in named)]
    return sorted([*named, *kept], key=lambda e: (e.start, e.end))


def settle_link_identifiers(
    matches: Sequence[BlockMatches], stated: Iterable[IdentifierHit] = ()
) -> list[BlockMatches]:
    """End a value read from a link target where it runs on past a value the page states
    elsewhere: ``/doi/10.1111/bph.13439/ris`` on a page that gives ``10.1111/bph.13439`` (in
    its text, its metadata or another link) is that DOI with a publisher's path after it, a
    segment the rules' ``path_suffixes`` do not name. So is a stem that two links extend by
    different words without a digit (``…/x.123/ris``, ``…/x.123/bibtex``: views of one
    article; the last segments of two DOIs, "10.1155/2010/945056", hold digits). A value never
    shrinks to a prefix nobody states ("10.1093/nar/gkt1143" stays whole), nor within its
    first segment."""
    hits = [hit for block in matches for hit in block.identifiers]
    known = {(hit.scheme, hit.value) for hit in [*hits, *stated]}
    views: dict[tuple[str, str], set[str]] = {}
    for hit in hits:
        stem, _, last = hit.value.rpartition("/")
        if hit.link_end is not None and "/" in stem and last and not _DIGIT.search(last):
            views.setdefault((hit.scheme, stem), set()).add(last)
    known.update(stem for stem, words in views.items() if len(words) > 1)
    out = []
    for block in matches:
        settled = tuple(_settled(hit, known) for hit in block.identifiers)
        out.append(block if settled == block.identifiers else replace(block, identifiers=settled))
    return out


def _settled(hit: IdentifierHit, known: set[tuple[str, str]]) -> IdentifierHit:
    if hit.link_end is None:
        return hit  # read from text or metadata: taken as written
    first = hit.value.find("/")
    if first < 0:
        return hit
    cut = hit.value.find("/", first + 1)
    if cut < 0:
        return hit
    shorter = None
    while cut > 0:  # the longest stated prefix that ends at a slash
        if (hit.scheme, hit.value[:cut]) in known:
            shorter = hit.value[:cut]
        cut = hit.value.find("/", cut + 1)
    if shorter is None:
        return hit
    tail = len(hit.value) - len(shorter)
    if hit.text.casefold().endswith(hit.value[len(shorter) :]) and len(hit.text) > tail:
        # the source reads as the value: the span ends with the stated one
        text, end = hit.text[:-tail], hit.source_end - tail
        return replace(hit, value=shorter, text=text, source_end=end)
    return replace(hit, value=shorter)


def _link_boundary(
    text: MappedText,
    start: int,
    end: int,
    targets: list[tuple[int, int]],
    anchors: Collection[int] = (),
) -> int | None:
    """The first offset in ``[start, end)`` of the text where the source jumps over a link
    target, or over markup to a link's anchor (``anchors``: their source starts), or None."""
    for piece, following in zip(text.pieces, text.pieces[1:], strict=False):
        if following.start <= start or following.start >= end:
            continue
        gap = (piece.source_end, following.source_start)
        if gap[1] > gap[0] and (
            following.source_start in anchors
            or any(lo < gap[1] and hi > gap[0] for lo, hi in targets)
        ):
            return following.start
    return None
