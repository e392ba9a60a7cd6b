"""Stage 2, clean: decide for every part of the text whether it is kept, and why not.

Reads: :class:`~ingest.load.LoadedSource`. Adds: :class:`CleanedPage`, the kept blocks (with
offset maps into the source) and the ``removed`` items (reason, rule, span). Markup is parsed
(:mod:`ingest.clean.html`), markdown residue read (:mod:`ingest.clean.blocks`), then the block
filters (:mod:`ingest.clean.filters`) run in order. Nothing is dropped without a record: every
non-blank character of the source ends up in a kept block, a removed item, or markup.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ingest.clean.blocks import MarkupCut, RawBlock, front_matter, read_markdown
from ingest.clean.filters import BlockFilter, FilterContext, Verdict, default_filters
from ingest.clean.html import MetaTag, RemovedSpan, extract
from ingest.clean.language import (
    Declaration,
    FunctionWords,
    LanguageDetector,
    declared_language,
    foreign_blocks,
    read_declarations,
)
from ingest.clean.layout import LayoutReader
from ingest.clean.main_content import RULE as MAIN_CONTENT_RULE
from ingest.clean.main_content import decide as decide_main_content
from ingest.clean.main_content import vote as main_content_vote
from ingest.load import LoadedSource
from ingest.models import RemovalReason, Removed
from ingest.rules import Rules
from ingest.rules.patterns import IGNORECASE, compile_pattern
from ingest.text import line_starts, normalized, word_count

__all__ = ["CleanedPage", "Cleaner", "ParsedPage", "chrome_candidates", "site_chrome_lines"]


class ParsedPage(NamedTuple):
    """A page's candidate blocks before the filters (:meth:`Cleaner.parse`)."""

    blocks: tuple[RawBlock, ...]
    removed: tuple[RemovedSpan, ...]
    title: str | None
    meta: tuple[MetaTag, ...]
    visible_chars: int
    label_drops: bool  # blocks of dropped elements labelled (the vote's reading), not cut


@dataclass(frozen=True)
class CleanedPage:
    source: LoadedSource
    blocks: tuple[RawBlock, ...]
    removed: tuple[Removed, ...]
    language: str | None
    title: str | None  # from the page's own metadata (HTML <title>), if any
    meta: tuple[MetaTag, ...]
    visible_chars: int = 0  # non-space characters of the page's visible text
    # Where an HTML page declares its language (<html lang>, Content-Language), read once here
    # for the language prior and for the metadata's `language`; <meta> tags are in `meta`.
    declarations: tuple[Declaration, ...] = ()
    # Kept blocks in another language than the page's: (start, end, language) source spans, in
    # order (ingest.clean.language.foreign_blocks); empty on a page in one language.
    block_languages: tuple[tuple[int, int, str], ...] = ()

    def language_at(self, offset: int) -> str | None:
        """The language of the kept block at a source offset, when it is not the page's."""
        if not self.block_languages:
            return None
        k = bisect_right(self.block_languages, (offset, math.inf)) - 1
        if k >= 0 and self.block_languages[k][0] <= offset < self.block_languages[k][1]:
            return self.block_languages[k][2]
        return None

    @property
    def kept_chars(self) -> int:
        return sum(len("".join(b.text.text.split())) for b in self.blocks)

    def kept_text(self) -> str:
        """The kept text, one block per paragraph (blank line between blocks)."""
        return "".join(f"{b.text.text}\n\n" for b in self.blocks).rstrip("\n") + (
            "\n" if self.blocks else ""
        )


class Cleaner:
    def __init__(
        self,
        rules: Rules,
        carries_evidence: Callable[[RawBlock], bool],
        language: LanguageDetector | None,
        filters: Sequence[BlockFilter] | None = None,
        *,
        main_content: bool | None = None,
    ) -> None:
        self.rules = rules
        self.carries_evidence = carries_evidence
        self.language = language
        self.filters = list(filters) if filters is not None else default_filters(rules)
        self.layout = LayoutReader(rules.sections)
        headings = rules.sections.reference_headings
        self.reference_heading = compile_pattern(
            "|".join(f"(?:{p})" for p in headings) or "(?!)", IGNORECASE
        )
        # None: as the rules say; False / True: override (the bench measures each voter alone).
        self.main_content = (
            rules.cleaning.main_content.enabled if main_content is None else main_content
        )
        self._visible = 0
        self._function_words = FunctionWords(rules.cleaning.language.function_words)
        markup = rules.markup
        self._template_tags = [
            (rule.id, compile_pattern(rule.pattern, IGNORECASE)) for rule in markup.template_tags
        ]
        self._binding_rules = {r.id for r in markup.boilerplate_attributes if r.overrides_content}
        self._binding_rules.add("html-hidden")
        self._binding_rules.update(rules.cleaning.main_content.binding_rules)

    def candidate_blocks(
        self, source: LoadedSource, *, label_drops: bool = False
    ) -> tuple[list[RawBlock], list[RemovedSpan], str | None, list[MetaTag]]:
        parsed = self.parse(source, label_drops=label_drops)
        self._visible = parsed.visible_chars
        return list(parsed.blocks), list(parsed.removed), parsed.title, list(parsed.meta)

    def parse(self, source: LoadedSource, *, label_drops: bool = False) -> ParsedPage:
        """The page's markup read and its blocks cut, before any filter: what the site-chrome
        pass and the main pass both start from (the batch hands the first's to the second)."""
        text_page = source.media_type != "text/html"
        extraction = extract(
            source.text, self.rules.markup, text_page=text_page, label_drops=label_drops
        )
        removed = list(extraction.removed)
        blocks = extraction.blocks
        if text_page:
            fields = front_matter(source.text)
            if fields is not None:
                blocks = [b for b in blocks if b.span[0] >= fields[1]]
                removed.append(RemovedSpan("markup", "front-matter", *fields))
            read: list[RawBlock] = []
            for block in blocks:
                kept, cuts = read_markdown(
                    block, self.rules.markup.citation_markers, self._template_tags
                )
                removed.extend(_markup(cut) for cut in cuts)
                if kept is not None:
                    read.append(kept)
            blocks = read
        blocks = self.layout.read(blocks, source.text, text_page=text_page)
        return ParsedPage(
            tuple(blocks),
            tuple(removed),
            extraction.title,
            tuple(extraction.meta),
            extraction.visible_chars,
            label_drops,
        )

    def clean(
        self,
        source: LoadedSource,
        site_chrome: frozenset[str] = frozenset(),
        parsed: ParsedPage | None = None,
    ) -> CleanedPage:
        """``parsed``: the page as :meth:`parse` read it already (the site-chrome pass's), used
        when it was read the way this pass reads it."""
        voting = self.main_content and source.media_type == "text/html"
        if parsed is not None and parsed.label_drops == voting:
            blocks, spans = list(parsed.blocks), list(parsed.removed)
            title, meta = parsed.title, list(parsed.meta)
            self._visible = parsed.visible_chars
        else:
            blocks, spans, title, meta = self.candidate_blocks(source, label_drops=voting)
        html_page = source.media_type == "text/html"
        declarations = read_declarations(source.text) if html_page else ()
        order = self.rules.metadata.fields.get("language", ())
        context = FilterContext(
            rules=self.rules,
            carries_evidence=self.carries_evidence,
            language=self.language,
            site_chrome=site_chrome,
            declared_language=declared_language(declarations, meta, order) if html_page else None,
            html=html_page,
        )
        # Blocks of elements our markup rules cut: removed unless the vote overrules (below).
        labelled = {
            i: Verdict("boilerplate", b.dropped_by)
            for i, b in enumerate(blocks)
            if b.dropped_by is not None
        }
        verdicts: dict[int, Verdict] = dict(labelled)
        for block_filter in self.filters:
            remaining = [(i, b) for i, b in enumerate(blocks) if i not in verdicts]
            decided = block_filter.decide(remaining, context)
            verdicts.update(decided)
        if voting:
            self._main_content(source, blocks, verdicts, set(labelled))
        kept_indexed = [(i, b) for i, b in enumerate(blocks) if i not in verdicts]
        kept = tuple(b for _, b in kept_indexed)
        block_languages = foreign_blocks(
            kept_indexed,
            context.page_language,
            context.guesses,
            self.language,
            self.rules.cleaning.language,
            self._function_words,
        )
        for i, verdict in sorted(verdicts.items()):
            start, end = blocks[i].span
            spans.append(RemovedSpan(verdict.reason, verdict.rule, start, end, blocks[i].text.text))
        removed = _finish(spans, source.text, kept)
        return CleanedPage(
            source=source,
            blocks=kept,
            removed=removed,
            language=context.page_language,
            title=title,
            meta=tuple(meta),
            visible_chars=self._visible,
            declarations=declarations,
            block_languages=block_languages,
        )

    def _main_content(
        self,
        source: LoadedSource,
        blocks: Sequence[RawBlock],
        verdicts: dict[int, Verdict],
        labelled: set[int],
    ) -> None:
        """The main-content vote (ingest.clean.main_content), in ``verdicts``: over the blocks
        our filters kept, those our markup rules cut (``labelled``) and those removed for a
        reason the settings let the voter overrule (``overrules``: a page whose language was
        misjudged). The voter removes blocks we kept, and brings back the others it keeps,
        except those of rules that hold even against content (cookie layers, hidden elements)."""
        settings = self.rules.cleaning.main_content
        overruled = set(settings.overrules)
        numbers = [
            i
            for i in range(len(blocks))
            if i not in verdicts or i in labelled or verdicts[i].reason in overruled
        ]
        labelled = labelled | {i for i in numbers if i in verdicts}
        candidates = [blocks[i] for i in numbers]
        ours = [i not in labelled for i in numbers]
        result = main_content_vote(candidates, source.text, settings, ours)
        if result is None or not result.trusted:
            return
        protected = [self.carries_evidence(b) or b.disclosed for b in candidates]
        removed = set(decide_main_content(candidates, result, settings, protected))
        verdict = Verdict("boilerplate", MAIN_CONTENT_RULE)
        # Our rules are unsure of a page when they keep much less text than the voter.
        bring_back = settings.bring_back and (
            result.ours_chars < settings.bring_back_below * result.voted_chars
        )
        for n, i in enumerate(numbers):
            if not ours[n]:
                if bring_back and (
                    result.shares[n] >= settings.min_share
                    and verdicts[i].rule not in self._binding_rules
                ):
                    del verdicts[i]  # the voter keeps what a class word cut
            elif n in removed:
                verdicts[i] = verdict


def _markup(cut: MarkupCut) -> RemovedSpan:
    return RemovedSpan("markup", cut.rule, cut.start, cut.end)


def _finish(spans: list[RemovedSpan], text: str, kept: Sequence[RawBlock]) -> tuple[Removed, ...]:
    """Sort the removals, let each removed block take in the markup around it on its line,
    merge neighbours of one reason and rule, and drop markup covered by other removals.

    Markup inside a kept block stays listed (its text is gone from the block); markup inside or
    around a removed block is part of that removal.
    """
    markup_spans = [s for s in spans if s.reason == "markup"]
    markup = _Union([(s.start, s.end) for s in markup_spans])
    rule_at: dict[int, str] = {}
    for span in sorted(markup_spans, key=lambda s: (s.start, -s.end)):
        rule_at.setdefault(span.start, span.rule)
    kept_starts = sorted(b.span[0] for b in kept)
    content: list[RemovedSpan] = []
    for span in sorted((s for s in spans if s.reason != "markup"), key=lambda s: (s.start, s.end)):
        start, end = markup.extend(text, span.start, span.end)
        if content:
            last = content[-1]
            if (last.reason, last.rule) == (span.reason, span.rule) and (
                start <= last.end
                or (
                    markup.blank_between(text, last.end, start)
                    and not _kept_between(kept_starts, last.end, start)
                )
            ):
                body = f"{last.text}\n{span.text}"
                content[-1] = RemovedSpan(
                    span.reason, span.rule, last.start, max(end, last.end), body
                )
                continue
        content.append(RemovedSpan(span.reason, span.rule, start, end, span.text))
    covered = _Union([(s.start, s.end) for s in content])
    loose: list[tuple[int, int]] = []
    for lo, hi in markup.intervals:
        if covered.covers(lo, hi) or not text[lo:hi].strip():
            continue
        if loose and not text[loose[-1][1] : lo].strip():
            loose[-1] = (loose[-1][0], hi)
        else:
            loose.append((lo, hi))
    starts = line_starts(text)
    items = [
        Removed(
            reason=RemovalReason(s.reason),
            rule=s.rule,
            text=s.text if s.text is not None else text[s.start : s.end],
            span=(s.start, s.end),
            line=bisect_right(starts, s.start),
        )
        for s in content
    ]
    items.extend(
        Removed(
            reason=RemovalReason.MARKUP,
            rule=rule_at.get(lo, "markup"),
            text=text[lo:hi],
            span=(lo, hi),
            line=bisect_right(starts, lo),
        )
        for lo, hi in loose
    )
    return tuple(sorted(items, key=lambda r: (r.span, r.reason)))


class _Union:
    """The union of some intervals as disjoint sorted intervals, and the queries cleaning needs."""

    def __init__(self, intervals: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(intervals):
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        self.intervals = merged
        self._starts = [lo for lo, _ in merged]

    def covering(self, position: int) -> tuple[int, int] | None:
        k = bisect_right(self._starts, position) - 1
        if k >= 0 and self.intervals[k][1] > position:
            return self.intervals[k]
        return None

    def covers(self, lo: int, hi: int) -> bool:
        interval = self.covering(lo)
        return interval is not None and interval[1] >= hi

    def blank_between(self, text: str, lo: int, hi: int) -> bool:
        """Only whitespace and markup in ``[lo, hi)``."""
        position = lo
        while position < hi:
            if text[position].isspace():
                position += 1
                continue
            interval = self.covering(position)
            if interval is None:
                return False
            position = interval[1]
        return True

    def extend(self, text: str, lo: int, hi: int) -> tuple[int, int]:
        """Grow ``[lo, hi)`` over markup that touches it on the same line."""
        while True:
            j = hi
            while j < len(text) and text[j] in " \t":
                j += 1
            interval = self.covering(j)
            if interval is None or interval[1] <= hi:
                break
            hi = interval[1]
        while True:
            j = lo
            while j > 0 and text[j - 1] in " \t":
                j -= 1
            interval = self.covering(j - 1) if j > 0 else None
            if interval is None or interval[0] >= lo:
                break
            lo = interval[0]
        return lo, hi


def _kept_between(starts: list[int], lo: int, hi: int) -> bool:
    k = bisect_right(starts, lo)
    return k < len(starts) and starts[k] < hi


def chrome_candidates(
    cleaner: Cleaner, source: LoadedSource, parsed: ParsedPage | None = None
) -> tuple[str, ...]:
    """The normalized short blocks of a page that may be site chrome if other pages share them.

    Known section names ("Abstract", "Results") recur on every page of a journal and are
    content, so they are never candidates; nor is a reference-list heading ("References"):
    without it the list below would read as the previous section's prose.
    """
    settings = cleaner.rules.cleaning.site_chrome
    sections = {normalized(name) for name in cleaner.rules.sections.glued_headings}
    reference_heading = cleaner.reference_heading
    blocks = parsed.blocks if parsed is not None else cleaner.parse(source).blocks
    lines = set()
    for block in blocks:
        text = block.text.text
        if 0 < word_count(text) <= settings.max_words and not cleaner.carries_evidence(block):
            key = normalized(text)
            if key and key not in sections and reference_heading.search(text.strip()) is None:
                lines.add(key)
    return tuple(sorted(lines))


def site_chrome_lines(
    pages: Sequence[Sequence[str]], min_documents: int, min_share: float
) -> frozenset[str]:
    """Lines found on at least ``min_documents`` pages and ``min_share`` of the batch."""
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update(set(lines))
    needed = max(min_documents, math.ceil(min_share * len(pages)))
    return frozenset(line for line, count in counts.items() if count >= needed)
