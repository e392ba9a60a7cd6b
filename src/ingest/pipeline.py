"""One document through every stage: load → clean → segment → match → claims → dedupe.

:class:`DocumentPipeline` is built once per worker (compiling rules and loading the language
model is the expensive part) and then processes documents one at a time. Each stage is a plain
object over frozen models; this module only wires them and assembles the
:class:`~ingest.models.Document` record.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cached_property
from typing import NamedTuple

from ingest.claims import ClaimAssembler, unique_citations
from ingest.clean import CleanedPage, Cleaner, ParsedPage
from ingest.clean.language import default_detector
from ingest.dedupe import dedupe_rows
from ingest.load import LoadedSource
from ingest.match import BlockMatches, IdentifierHit, Matchers, settle_link_identifiers
from ingest.match.abbreviations import resolve
from ingest.match.identifiers import normalize_value
from ingest.metadata import MetadataReader
from ingest.models import SCHEMA_VERSION, Document, Metadata, Removed
from ingest.references import ReferenceRow, References
from ingest.rows import CitationRow, ClaimRow, Span
from ingest.rules import Rules
from ingest.rules.patterns import IGNORECASE, AnyOf
from ingest.segment import Role, SegmentedPage, Segmenter
from ingest.text import word_count
from ingest.writers import to_model

# The parts of a record as plain tuples in their model's field order (ingest.rows).
SourceRow = tuple[str, str, int, str, str, str | None, str | None]
ArticleRow = tuple[str, str | None, Span, tuple[CitationRow, ...]]
SectionRow = tuple[str, str, str, int, str | None, Span]
DocumentIdentifierRow = tuple[str, str, tuple[Span, ...]]
DocumentEntityRow = tuple[str, str, int, tuple[Span, ...]]
AbbreviationRow = tuple[str, str, Span]


class DocumentRow(NamedTuple):
    """The fields of :class:`~ingest.models.Document`, in its order, as plain data: what a
    record is written from (:func:`ingest.writers.record_json`)."""

    schema_version: str
    source: SourceRow
    language: str | None
    title: str | None
    metadata: Metadata
    articles: tuple[ArticleRow, ...]
    sections: tuple[SectionRow, ...]
    removed: tuple[Removed, ...]
    claims: tuple[ClaimRow, ...]
    references: tuple[ReferenceRow, ...]
    identifiers: tuple[DocumentIdentifierRow, ...]
    entities: tuple[DocumentEntityRow, ...]
    abbreviations: tuple[AbbreviationRow, ...]


@dataclass(frozen=True)
class Processed:
    """A document's record and every claim occurrence in it (duplicates within it included).

    ``record`` is the plain data records are written from; ``document`` the validated model,
    built from it on first use (the batch never asks for it)."""

    record: DocumentRow
    occurrences: tuple[ClaimRow, ...]
    cleaned: CleanedPage | None = None  # the kept blocks (for the text output and warnings)

    @cached_property
    def document(self) -> Document:
        return to_model(Document, self.record)


class DocumentPipeline:
    """``entities=False`` skips the entity layer (for measuring what it costs)."""

    def __init__(self, rules: Rules, *, entities: bool = True) -> None:
        self.rules = rules
        self.entities = entities
        self.matchers = Matchers(rules)
        language = default_detector() if rules.cleaning.language.enabled else None
        self.cleaner = Cleaner(rules, self.matchers.has_identifier, language)
        self.segmenter = Segmenter(rules, self.matchers.has_identifier)
        self.assembler = ClaimAssembler(rules, self.matchers)
        dates = (
            rules.quantities.expand("{date}", {})
            if "date" in rules.quantities.vocabularies
            else None
        )
        self.metadata = MetadataReader(
            rules.metadata, self.matchers.identifiers, rules.sections.reference_headings, dates
        )
        self.references = References(rules)

    def clean(
        self,
        source: LoadedSource,
        site_chrome: frozenset[str] = frozenset(),
        parsed: ParsedPage | None = None,
    ) -> CleanedPage:
        self.matchers.new_document()
        return self.cleaner.clean(source, site_chrome, parsed)

    def process(
        self,
        source: LoadedSource,
        site_chrome: frozenset[str] = frozenset(),
        parsed: ParsedPage | None = None,
    ) -> Processed:
        """``parsed``: the page as the site-chrome pass read it, when the batch kept it."""
        cleaned = self.clean(source, site_chrome, parsed)
        page = self.segmenter.segment(cleaned)
        matches, heading_matches, abbreviations = self.match_page(page)

        article_ids = [f"a{n + 1}" for n in range(len(page.articles))]
        section_ids = [f"s{n + 1}" for n in range(len(page.sections))]
        meta_hits = self._meta_identifiers(cleaned)
        page_meta = self.metadata.read(cleaned, self._title(page, cleaned))
        if page_meta.citations:
            page = self.segmenter.references_not_sources(page)
        meta_hits.extend(page_meta.identifiers)
        settled = settle_link_identifiers([*matches, *heading_matches], meta_hits)
        matches, heading_matches = settled[: len(matches)], settled[len(matches) :]
        article_citations: list[tuple[CitationRow, ...]] = []
        for a, article in enumerate(page.articles):
            cited = [
                (hit.scheme, hit.value)
                for n in article.citation_units
                for hit in matches[n].identifiers
            ]
            if a == 0:
                cited.extend((h.scheme, h.value) for h in meta_hits)
            article_citations.append(unique_citations(cited))
        page_citations = tuple((c.scheme, c.value) for c in page_meta.citations)
        article_citations = self._attribute(page, matches, page_citations, article_citations)

        occurrences = self.assembler.assemble(
            page, matches, article_ids, section_ids, article_citations
        )
        references = self.references.build(page, matches)
        self.references.link(page, occurrences, references)
        claims = dedupe_rows(occurrences, self.rules.claims.near_duplicates)
        record = DocumentRow(
            SCHEMA_VERSION,
            (
                source.path,
                source.sha256,
                source.size,
                source.media_type,
                source.encoding,
                source.uri,
                source.fetched,
            ),
            cleaned.language,
            page_meta.metadata.title,
            page_meta.metadata,
            tuple(
                (article_ids[a], article.title, (article.start, article.end), article_citations[a])
                for a, article in enumerate(page.articles)
            ),
            tuple(
                (
                    section_ids[n],
                    article_ids[section.article],
                    section.title,
                    section.level,
                    section_ids[section.parent] if section.parent is not None else None,
                    section.block.span,
                )
                for n, section in enumerate(page.sections)
            ),
            cleaned.removed,
            tuple(claims),
            references.entries,
            _document_identifiers([*matches, *heading_matches], meta_hits),
            _document_entities(page, [*matches, *heading_matches]),
            abbreviations,
        )
        return Processed(record, tuple(occurrences), cleaned)

    def match_page(
        self, page: SegmentedPage
    ) -> tuple[list[BlockMatches], list[BlockMatches], tuple[AbbreviationRow, ...]]:
        """Stage 4 over one page: the matches of its units and of its section headings, with
        abbreviations resolved. Every block of the page is matched in one call, so that each
        pattern family scans the document once."""
        # Citation lines are not searched for entities: author initials ("Zeleke MS") would read
        # as diseases.
        blocks = [unit.block for unit in page.units] + [s.block for s in page.sections]
        searched = [self.entities and unit.role == Role.CONTENT for unit in page.units]
        searched += [self.entities] * len(page.sections)
        cleaned = page.cleaned
        languages = [cleaned.language_at(block.span[0]) or cleaned.language for block in blocks]
        found = self.matchers.match_blocks(blocks, searched, languages)
        return self._abbreviations(page, found[: len(page.units)], found[len(page.units) :])

    def _title(self, page: SegmentedPage, cleaned: CleanedPage) -> str | None:
        for article in page.articles:
            if article.title:
                return article.title
        return cleaned.title

    def _attribute(
        self,
        page: SegmentedPage,
        matches: list[BlockMatches],
        page_citations: tuple[CitationRow, ...],
        article_citations: list[tuple[CitationRow, ...]],
    ) -> list[tuple[CitationRow, ...]]:
        """The page's own identifiers are the citation of every article of the work it
        describes, whatever block they stand in: first, ahead of what a block cites. Without
        them, an article with no citation of its own cites the study it reports on, when it
        names one (:meth:`_reported_study`); else an article split off under a section label
        ("Abstract") or no title takes the citation of the article before it: it is the same
        work, split wrongly."""
        if page_citations:
            return [unique_citations([*page_citations, *own]) for own in article_citations]
        out = list(article_citations)
        for a, article in enumerate(page.articles):
            if out[a]:
                continue
            out[a] = self._reported_study(page, matches, a)
            if a == 0 or out[a]:
                continue
            title = article.title
            if title is None or not self.metadata.is_title(title):
                out[a] = out[a - 1]
        return out

    def _reported_study(
        self, page: SegmentedPage, matches: list[BlockMatches], article: int
    ) -> tuple[CitationRow, ...]:
        """A news story or a digest on one study names it, with its link, early in its prose
        ("The results, published in the journal Technology, …", "Lo studio … dal titolo
        [«…»](doi)"): that study is what the article's claims report. It takes one block of
        prose holding every identifier of the article, each in a link's target, within the
        first ``reported_study_max_share`` of the article's words; the links' sentence naming a
        study (``citations.reported_study``), not as background (``citations.background_study``:
        "earlier research"); and no reference list. A page citing several works, or one at its
        end to back a single remark, reports none of them as its source."""
        settings = self.rules.citations
        total = 0
        found: list[tuple[int, int]] = []  # (unit, words before it)
        for n, unit in enumerate(page.units):
            if unit.article != article:
                continue
            if unit.role != Role.CONTENT:
                if matches[n].identifiers:
                    return ()
                continue
            words = word_count(unit.block.text.text)
            if matches[n].identifiers:
                found.append((n, total))
            total += words
        if len(found) != 1:
            return ()
        n, words_before = found[0]
        if total == 0 or words_before > settings.reported_study_max_share * total:
            return ()
        # A link on the study's name, as news sites cite; an identifier written out in the text
        # ("(PMID: 36185527)") backs the one sentence it ends.
        hits = matches[n].identifiers
        if any(hit.start is not None for hit in hits):
            return ()
        # The sentence that holds the links names the study as the one reported, not as
        # background ("Earlier research has linked …").
        block = page.units[n].block
        anchors = {hit.anchor if hit.anchor is not None else hit.source_start for hit in hits}
        named = False
        for sentence in page.sentences:
            if sentence.unit != n:
                continue
            if sentence.start >= sentence.end:
                continue
            start, end = block.text.source_span(sentence.start, sentence.end)
            if not any(start <= anchor < end for anchor in anchors):
                continue
            text = block.text.text[sentence.start : sentence.end]
            if not self._reported_study_cue.search(text) or self._background_study.search(text):
                return ()
            named = True
        if not named:
            return ()
        return unique_citations((hit.scheme, hit.value) for hit in hits)

    @cached_property
    def _reported_study_cue(self) -> AnyOf:
        return AnyOf(self.rules.citations.reported_study, IGNORECASE)

    @cached_property
    def _background_study(self) -> AnyOf:
        return AnyOf(self.rules.citations.background_study, IGNORECASE)

    def _meta_identifiers(self, cleaned: CleanedPage) -> list[IdentifierHit]:
        mapping = self.rules.citations.meta_identifiers
        hits = []
        for meta in cleaned.meta:
            scheme = mapping.get(meta.name)
            if scheme is None:
                continue
            value = normalize_value(self.matchers.identifiers, scheme, meta.content)
            if value is not None:
                text = cleaned.source.text[meta.start : meta.end]
                hits.append(IdentifierHit(scheme, value, text, meta.start, meta.end, None, None))
        return hits

    def _abbreviations(
        self,
        page: SegmentedPage,
        matches: list[BlockMatches],
        heading_matches: list[BlockMatches],
    ) -> tuple[list[BlockMatches], list[BlockMatches], tuple[AbbreviationRow, ...]]:
        """Definitions ("rheumatoid arthritis (RA)") in source order; later short forms of the
        same article take the long form's entity."""
        blocks = [(u.block, u.article, m) for u, m in zip(page.units, matches, strict=True)]
        searched = [self.entities and u.role == Role.CONTENT for u in page.units]
        searched += [self.entities] * len(page.sections)
        blocks += [
            (s.block, s.article, m) for s, m in zip(page.sections, heading_matches, strict=True)
        ]
        order = sorted(range(len(blocks)), key=lambda k: blocks[k][0].span[0])
        resolved, found = resolve(
            [blocks[k][0].text.text for k in order],
            [list(blocks[k][2].entities) for k in order],
            [blocks[k][1] for k in order],
            [searched[k] for k in order],
        )
        updated = list(matches) + list(heading_matches)
        for position, k in enumerate(order):
            entities = tuple(resolved[position])
            if entities != updated[k].entities:
                updated[k] = replace(updated[k], entities=entities)
        listed: dict[tuple[str, str], AbbreviationRow] = {}
        for item in found:
            block = blocks[order[item.unit]][0]
            d = item.definition
            lo = min(d.long_start, d.short_start)
            hi = min(max(d.long_end, d.short_end) + 1, len(block.text.text))
            listed.setdefault(
                (d.short, " ".join(d.long.casefold().split())),
                (d.short, d.long, block.text.source_span(lo, hi)),
            )
        abbreviations = tuple(sorted(listed.values(), key=lambda a: (a[2], a[0])))
        return updated[: len(matches)], updated[len(matches) :], abbreviations


def _document_identifiers(
    matches: list[BlockMatches], extra: list[IdentifierHit]
) -> tuple[DocumentIdentifierRow, ...]:
    spans: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for block in matches:
        for hit in block.identifiers:
            spans[(hit.scheme, hit.value)].add((hit.source_start, hit.source_end))
    for hit in extra:
        spans[(hit.scheme, hit.value)].add((hit.source_start, hit.source_end))
    return tuple(
        (scheme, value, tuple(sorted(found))) for (scheme, value), found in sorted(spans.items())
    )


def _document_entities(
    page: SegmentedPage, matches: list[BlockMatches]
) -> tuple[DocumentEntityRow, ...]:
    blocks = [unit.block for unit in page.units] + [section.block for section in page.sections]
    spans: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for block, found in zip(blocks, matches, strict=True):
        for entity in found.entities:
            spans[(entity.label, entity.canonical)].add(
                block.text.source_span(entity.start, entity.end)
            )
    return tuple(
        (label, canonical, len(found), tuple(sorted(found)))
        for (label, canonical), found in sorted(spans.items())
    )


__all__ = ["DocumentPipeline", "DocumentRow", "Processed", "Role"]
