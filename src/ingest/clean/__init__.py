"""Stage 2, clean: decide for every part of the text whether it is kept, and why not.

Reads: :class:`~ingest.load.LoadedSource`. Adds: :class:`CleanedPage`, the kept blocks (with
offset maps into the source) and the ``removed`` items (reason, rule, span). Markup is parsed
(:mod:`ingest.clean.html`), markdown residue read (:mod:`ingest.clean.blocks`), then the block
filters (:mod:`ingest.clean.filters`) run in order. Nothing is dropped without a record: every
non-blank character of the source ends up in a kept block, a removed item, or markup.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from ingest.clean import main_content as main_content_module
from ingest.clean.blocks import (
    BlockKind,
    MarkupCut,
    RawBlock,
    TemplateText,
    cut_template_tags,
    front_matter,
    front_matter_prose,
    is_table_rule,
    json_gap_blanked,
    link_definitions,
    read_markdown,
    setext_level,
)
from ingest.clean.filters import BlockFilter, FilterContext, Verdict, default_filters
from ingest.clean.html import LineScanner, MetaTag, RemovedSpan, extract
from ingest.clean.language import (
    Declaration,
    FunctionWords,
    LanguageDetector,
    declared_language,
    foreign_blocks,
    read_declarations,
)
from ingest.clean.layout import LayoutReader
from ingest.clean.main_content import (
    KEPT,
    MARKUP,
    OUTSIDE_MAIN,
    REMOVED_BY,
    features,
    finding_test,
    word_pairs,
    words,
)
from ingest.clean.main_content import RULE as MAIN_CONTENT_RULE
from ingest.clean.main_content import aligned_words as aligned_shares_of
from ingest.clean.main_content import decide as decide_main_content
from ingest.clean.printed import blank, printed_furniture
from ingest.load import LoadedSource
from ingest.models import RemovalReason, Removed
from ingest.rules import Rules
from ingest.rules.literals import LiteralPrefilter
from ingest.rules.patterns import IGNORECASE, compile_pattern
from ingest.text import line_starts, normalized, word_count
from ingest.textmap import MappedText, Piece

__all__ = [
    "CleanedPage",
    "Cleaner",
    "ParsedPage",
    "VoteInputs",
    "chrome_candidates",
    "site_chrome_lines",
    "wikitext",
]


# rules/markup.yaml's rules for MediaWiki source, by their ids' prefix.
_WIKITEXT_RULES = "template-wikitext-"
# What MediaWiki source holds: citation elements, links in double brackets (not a markdown
# link's label, "[[1]](url)"), bold in three quotes, "== Heading ==" lines, templates opening a
# line.
_WIKITEXT_SIGNS = (
    re.compile(r"<ref[\s>/]"),
    re.compile(r"\[\[[^\[\]\n]+\]\](?!\()"),
    re.compile(r"'''[^'\n]+'''"),
    re.compile(r"(?m)^={2,6}[^=\n]+={2,6}[ \t]*$"),
    re.compile(r"(?m)^\{\{"),
)


def wikitext(text: str) -> bool:
    """Is this text page MediaWiki source: two of its signs at least?"""
    return sum(1 for sign in _WIKITEXT_SIGNS if sign.search(text)) >= 2


class ParsedPage(NamedTuple):
    """A page's candidate blocks before the filters (:meth:`Cleaner.parse`)."""

    blocks: tuple[RawBlock, ...]
    removed: tuple[RemovedSpan, ...]
    title: str | None
    meta: tuple[MetaTag, ...]
    visible_chars: int
    label_drops: bool  # blocks of dropped elements labelled (the vote's reading), not cut


@dataclass(frozen=True)
class VoteInputs:
    """The blocks the main-content vote weighs on one page (their numbers among the page's
    blocks), what our rules said of each, and their rows of evidence (main_content.FEATURES)."""

    numbers: tuple[int, ...]
    blocks: tuple[RawBlock, ...]
    said: tuple[str, ...]
    rows: tuple[tuple[float, ...], ...]


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
        """The kept text, one block per paragraph (blank line between blocks), in Unicode's
        composed form (NFC). The text feeds other tools, which compare strings: a page may
        write "য়" as one code point where another text writes it as two, the same letter
        (the record's spans keep the source's own code points)."""
        text = "".join(f"{b.text.text}\n\n" for b in self.blocks).rstrip("\n") + (
            "\n" if self.blocks else ""
        )
        return text if text.isascii() else unicodedata.normalize("NFC", text)


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
        self.line_scanner = LineScanner(rules.markup)
        self._front_matter_text_keys = re.compile(
            rules.markup.front_matter_text_keys, re.IGNORECASE
        )
        markup = rules.markup
        self._template_text = TemplateText(
            re.compile(markup.template_text_attributes, re.IGNORECASE),
            markup.template_text_min_words,
            re.compile(markup.template_link_attributes, re.IGNORECASE),
        )
        self._template_tags = [
            (rule.id, compile_pattern(rule.pattern, IGNORECASE)) for rule in markup.template_tags
        ]
        self._template_stems = LiteralPrefilter(rule.pattern for rule in markup.template_tags)
        # The wiki rules hold on a page of wikitext only: elsewhere "[[1]](url)" is a citation
        # marker's link and 2'' two inches.
        self._plain_template_tags = [
            (rule_id, pattern)
            for rule_id, pattern in self._template_tags
            if not rule_id.startswith(_WIKITEXT_RULES)
        ]
        self._whole_page = [
            (rule.id, compile_pattern("(?m)" + rule.pattern, IGNORECASE))
            for rule in markup.template_tags
            if rule.whole_page
        ]
        # A caption of findings holds a percentage (a digit, then a unit of percentages.yaml):
        # a photo's caption holds dates and ages, no finding (main_content.decide).
        self.holds_finding = caption_finding_test(rules)
        self._binding_rules = {r.id for r in markup.boilerplate_attributes if r.overrides_content}
        self._binding_rules.add("html-hidden")
        self._binding_rules.update(rules.cleaning.main_content.binding_rules)
        # Filters that run after the main-content vote on HTML pages: a scraper copy is a copy
        # of a block the page keeps, which only the vote decides (the first copy may be in a
        # teaser the vote removes, the article keeping the second).
        self._after_vote = [f for f in self.filters if f.name == "duplicates"]

    def candidate_blocks(
        self,
        source: LoadedSource,
        *,
        label_drops: bool = False,
        labels_worth: Callable[[str], bool] | None = None,
    ) -> tuple[list[RawBlock], list[RemovedSpan], str | None, list[MetaTag]]:
        parsed = self.parse(source, label_drops=label_drops, labels_worth=labels_worth)
        self._visible = parsed.visible_chars
        return list(parsed.blocks), list(parsed.removed), parsed.title, list(parsed.meta)

    def _whole_page_templates(self, text: str) -> list[RemovedSpan]:
        """Template residue that spans lines (rules/markup.yaml ``whole_page``), as markup."""
        found = []
        for rule_id, pattern in self._whole_page:
            for match in pattern.finditer(text):
                if match.end() > match.start():
                    found.append(RemovedSpan("markup", rule_id, match.start(), match.end()))
        return found

    def parse(
        self,
        source: LoadedSource,
        *,
        label_drops: bool = False,
        labels_worth: Callable[[str], bool] | None = None,
    ) -> ParsedPage:
        """The page's markup read and its blocks cut, before any filter: what the site-chrome
        pass and the main pass both start from (the batch hands a text page's first parse to
        the second; an HTML page's main pass reads it with the voter's text at hand)."""
        text_page = source.media_type != "text/html"
        text = source.text
        fields = front_matter(text) if text_page else None
        prose: list[tuple[int, int]] = []
        markup = self.rules.markup
        if fields is not None:
            # A front matter is metadata, cut as markup, but for its prose values on a page
            # whose body is (nearly) empty (a modular page's text) or says less than they do (a
            # talk's page: its abstract in the front matter, a note under it): the page is read
            # with the rest of it blanked, each character kept in place, so that those values'
            # lines, their markdown and their HTML are read as any line of the page is.
            # Under a body, only the values of text keys (an abstract, not a description).
            body = word_count(text[fields[1] :]) > markup.front_matter_prose_max_body_words
            prose = front_matter_prose(
                text,
                fields,
                markup.front_matter_prose_min_words,
                markup.front_matter_metadata_keys,
                self._front_matter_text_keys,
                text_keys_only=body,
            )
            if body and word_count(text[fields[1] :]) >= sum(
                word_count(text[lo:hi]) for lo, hi in prose
            ):
                prose = []
            text = _blank_outside(text, fields, prose)
        furniture = printed_furniture(text, markup.printed_page) if text_page else []
        if text_page:
            furniture.extend(self._whole_page_templates(text))
        text = blank(text, furniture)
        extraction = extract(
            text,
            self.rules.markup,
            text_page=text_page,
            label_drops=label_drops,
            labels_worth=labels_worth,
        )
        removed = [*furniture, *extraction.removed]
        blocks = extraction.blocks
        if text_page:
            if fields is not None:
                cursor = fields[0]
                for lo, hi in prose:
                    if cursor < lo:
                        removed.append(RemovedSpan("markup", "front-matter", cursor, lo))
                    cursor = hi
                if cursor < fields[1]:
                    removed.append(RemovedSpan("markup", "front-matter", cursor, fields[1]))
            read: list[RawBlock] = []
            definitions = link_definitions(text)
            templates = self._template_tags if wikitext(text) else self._plain_template_tags
            for block in blocks:
                kept, cuts = read_markdown(
                    block,
                    self.rules.markup.citation_markers,
                    templates,
                    self._template_stems.may_match,
                    definitions,
                    self._template_text,
                )
                removed.extend(_markup(cut) for cut in cuts)
                if kept is not None:
                    read.append(kept)
                elif read and read[-1].kind == BlockKind.TABLE_ROW and is_table_rule(block):
                    # The row above a table's delimiter row holds the column labels.
                    read[-1] = replace(read[-1], header_row=True)
                elif read and (level := setext_level(block, read[-1], text)) is not None:
                    read[-1] = replace(read[-1], kind=BlockKind.HEADING, heading_level=level)
            blocks = read
        elif self._template_tags:
            untemplated: list[RawBlock] = []
            for block in blocks:
                kept, cuts = cut_template_tags(block, self._template_tags, self._template_text)
                removed.extend(_markup(cut) for cut in cuts)
                if kept is not None:
                    untemplated.append(kept)
            blocks = untemplated
        # The text as read (a front matter's blanked lines, a JSON string's "\n" a line break):
        # the layout joins an editor's wrapped lines by the line breaks it sees.
        blocks = self.layout.read(blocks, text, text_page=text_page)
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
        when it was read the way this pass reads it (a page without a vote)."""
        reference = self._voter_text(source)
        voting = reference is not None
        if parsed is not None and not voting and not parsed.label_drops:
            blocks, spans = list(parsed.blocks), list(parsed.removed)
            title, meta = parsed.title, list(parsed.meta)
            self._visible = parsed.visible_chars
        else:
            blocks, spans, title, meta = self.candidate_blocks(
                source, label_drops=voting, labels_worth=self._labels_worth(reference)
            )
        html_page = source.media_type == "text/html"
        declarations = read_declarations(source.text) if html_page else ()
        context = self._context(source, meta, site_chrome, declarations)
        verdicts, decided_by = self._judge(blocks, context, voting=voting)
        if reference is not None:
            inputs = self._vote_inputs(reference, blocks, verdicts, decided_by)
            if inputs is not None:
                self._apply_vote(inputs, verdicts)
            self._copies_after_vote(blocks, context, verdicts)
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

    def vote_inputs(self, source: LoadedSource) -> VoteInputs | None:
        """What the main-content vote weighs on an HTML page (None when the voter abstains):
        for bench/main_content_fit.py, which fits the weights."""
        reference = self._voter_text(source)
        if reference is None:
            return None
        blocks, _, _, meta = self.candidate_blocks(
            source, label_drops=True, labels_worth=self._labels_worth(reference)
        )
        context = self._context(source, meta, frozenset(), read_declarations(source.text))
        verdicts, decided_by = self._judge(blocks, context, voting=True)
        return self._vote_inputs(reference, blocks, verdicts, decided_by)

    def _context(
        self,
        source: LoadedSource,
        meta: list[MetaTag],
        site_chrome: frozenset[str],
        declarations: tuple[Declaration, ...],
    ) -> FilterContext:
        html_page = source.media_type == "text/html"
        order = self.rules.metadata.fields.get("language", ())
        return FilterContext(
            rules=self.rules,
            carries_evidence=self.carries_evidence,
            language=self.language,
            site_chrome=site_chrome,
            declared_language=declared_language(declarations, meta, order) if html_page else None,
            html=html_page,
        )

    def _voter_text(self, source: LoadedSource) -> str | None:
        """The voter's main text of an HTML page when the vote is on (None: no vote)."""
        if not self.main_content or source.media_type != "text/html":
            return None
        # Looked up on the module at each call: a test stands in for the voter there.
        return main_content_module.voter_text(source.text, self.rules.cleaning.main_content)

    def _labels_worth(self, reference: str | None) -> Callable[[str], bool] | None:
        """Which elements our markup rules cut go to the vote: those sharing at least
        ``label_min_overlap`` of their pairs of words with the voter's text. The others (menus,
        footers: most cut elements) are cut whole, as without a vote, and cost nothing more."""
        if reference is None:
            return None
        pairs = word_pairs(words(reference))
        least = self.rules.cleaning.main_content.label_min_overlap

        def worth(text: str) -> bool:
            own = word_pairs(words(text))
            return bool(own) and len(own & pairs) >= least * len(own)

        return worth

    def _judge(
        self, blocks: Sequence[RawBlock], context: FilterContext, *, voting: bool
    ) -> tuple[dict[int, Verdict], dict[int, str]]:
        """Our own rules' verdicts on the blocks, and what gave each (a markup rule, lying
        outside <main>, or a block filter's name). With a vote to come, the filters that judge
        the kept text as a whole (duplicates: the first kept copy stays) wait for it."""
        # Blocks of elements our markup rules cut: removed unless the vote decides otherwise.
        verdicts: dict[int, Verdict] = {}
        decided_by: dict[int, str] = {}
        for i, block in enumerate(blocks):
            if block.dropped_by is not None:
                verdicts[i] = Verdict("boilerplate", block.dropped_by)
                decided_by[i] = OUTSIDE_MAIN if block.dropped_by == OUTSIDE_MAIN else MARKUP
        filters = [f for f in self.filters if f not in self._after_vote] if voting else self.filters
        self._run_filters(blocks, context, verdicts, decided_by, filters)
        return verdicts, decided_by

    def _copies_after_vote(
        self, blocks: Sequence[RawBlock], context: FilterContext, verdicts: dict[int, Verdict]
    ) -> None:
        """The duplicates filter over the blocks the vote kept. On an HTML page, repeats are
        mostly the page's own (a meal plan per day, the same row in two tables): only copies of
        long blocks go (a second copy of the article: print version, schema.org articleBody)."""
        least = self.rules.cleaning.main_content.copy_min_chars
        for block_filter in self._after_vote:
            remaining = [(i, b) for i, b in enumerate(blocks) if i not in verdicts]
            for i, verdict in block_filter.decide(remaining, context).items():
                if len(blocks[i].text.text) >= least:
                    verdicts[i] = verdict

    @staticmethod
    def _run_filters(
        blocks: Sequence[RawBlock],
        context: FilterContext,
        verdicts: dict[int, Verdict],
        decided_by: dict[int, str],
        filters: Sequence[BlockFilter],
    ) -> None:
        for block_filter in filters:
            remaining = [(i, b) for i, b in enumerate(blocks) if i not in verdicts]
            decided = block_filter.decide(remaining, context)
            verdicts.update(decided)
            decided_by.update(dict.fromkeys(decided, block_filter.name))

    def _vote_inputs(
        self,
        reference: str,
        blocks: Sequence[RawBlock],
        verdicts: dict[int, Verdict],
        decided_by: dict[int, str],
    ) -> VoteInputs | None:
        """The blocks the vote weighs, with their evidence, or None when the voter abstains.

        Every block takes part except those of rules that hold whatever the evidence (hidden
        elements, cookie layers: ``binding_rules``), of site chrome and of blocks without a
        letter. A hidden copy of the article (schema.org metadata) would otherwise also take
        the voter's text in the alignment, away from the visible article.
        """
        settings = self.rules.cleaning.main_content
        numbers = [
            i
            for i in range(len(blocks))
            if i not in verdicts
            or (decided_by[i] in REMOVED_BY and verdicts[i].rule not in self._binding_rules)
        ]
        if not numbers:
            return None
        candidates = [blocks[i] for i in numbers]
        block_words = [words(b.text.text) for b in candidates]
        shares = aligned_shares_of(block_words, reference)
        if not any(share >= settings.min_share for share in shares):
            return None  # the voter's text lands on none of our blocks: it abstains
        said = [KEPT if i not in verdicts else decided_by[i] for i in numbers]
        rows = features(candidates, block_words, shares, said, settings.min_share)
        return VoteInputs(tuple(numbers), tuple(candidates), tuple(said), tuple(map(tuple, rows)))

    def _apply_vote(self, inputs: VoteInputs, verdicts: dict[int, Verdict]) -> None:
        """The vote's decision in ``verdicts``: a block it keeps loses our rules' verdict, a
        block it removes that our rules kept is removed as ``main-content``."""
        keep = decide_main_content(
            inputs.blocks,
            inputs.rows,
            inputs.said,
            self.rules.cleaning.main_content,
            self.carries_evidence,
            self.holds_finding,
        )
        verdict = Verdict("boilerplate", MAIN_CONTENT_RULE)
        for n, i in enumerate(inputs.numbers):
            if keep[n]:
                verdicts.pop(i, None)
            elif i not in verdicts:
                verdicts[i] = verdict


def caption_finding_test(rules: Rules) -> Callable[[str], bool]:
    """:func:`ingest.clean.main_content.finding_test` as the rules say: percentages.yaml's
    units, quantities.yaml's calendar dates and ``main_content.caption_not_findings``."""
    dates = rules.quantities.vocabularies.get("date")
    not_findings = list(rules.cleaning.main_content.caption_not_findings)
    if dates:
        not_findings.insert(0, rules.quantities.expand("{date}", {}))
    return finding_test(rules.percentages.units, not_findings)


def _blank_outside(text: str, span: tuple[int, int], kept: list[tuple[int, int]]) -> str:
    """``text`` with every character of ``span`` outside the ``kept`` spans a space (line
    breaks stay, and so does a JSON string's ``\\n`` between two kept spans): offsets do not
    move, so what is read from the kept spans is the source's."""
    out = [text[: span[0]]]
    cursor = span[0]
    for lo, hi in [*kept, (span[1], span[1])]:
        gap = text[cursor:lo]
        out.append(json_gap_blanked(gap) or re.sub(r"[^\n]", " ", gap))
        out.append(text[lo:hi])
        cursor = hi
    out.append(text[span[1] :])
    return "".join(out)


def _markup(cut: MarkupCut) -> RemovedSpan:
    return RemovedSpan("markup", cut.rule, cut.start, cut.end)


def _finish(spans: list[RemovedSpan], text: str, kept: Sequence[RawBlock]) -> tuple[Removed, ...]:
    """Sort the removals, let each removed block take in the markup around it on its line,
    merge neighbours of one reason and rule, and drop markup covered by other removals.

    Markup inside a kept block stays listed (its text is gone from the block); markup inside or
    around a removed block is part of that removal.
    """
    markup_spans = sorted((s for s in spans if s.reason == "markup"), key=lambda s: s.start)
    markup = _Union([(s.start, s.end) for s in markup_spans])
    markup_starts = [s.start for s in markup_spans]
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
            rule=_main_rule(markup_spans, markup_starts, lo, hi),
            text=text[lo:hi],
            span=(lo, hi),
            line=bisect_right(starts, lo),
        )
        for lo, hi in loose
    )
    return tuple(sorted(items, key=lambda r: (r.span, r.reason)))


def _main_rule(spans: Sequence[RemovedSpan], starts: list[int], lo: int, hi: int) -> str:
    """The rule of a run of markup ``[lo, hi)``: the one whose spans cover most of it (a page's
    head with its scripts after a doctype is the head's, not the doctype's)."""
    covered: Counter[str] = Counter()
    for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        covered[spans[k].rule] += min(spans[k].end, hi) - spans[k].start
    return max(covered, key=lambda rule: (covered[rule], rule)) if covered else "markup"


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
    without it the list below would read as the previous section's prose. An HTML page's lines
    come from a quick scan (LineScanner), not from a whole reading of the page, which its main
    pass makes anyway, with the voter's text at hand (this pass doubled a batch's time).
    """
    settings = cleaner.rules.cleaning.site_chrome
    sections = {normalized(name) for name in cleaner.rules.sections.glued_headings}
    reference_heading = cleaner.reference_heading
    blocks: Sequence[RawBlock]
    if source.media_type == "text/html":
        blocks = [_line_block(line) for line in cleaner.line_scanner.lines(source.text)]
    else:
        blocks = parsed.blocks if parsed is not None else cleaner.parse(source).blocks
    lines = set()
    for block in blocks:
        text = block.text.text
        if 0 < word_count(text) <= settings.max_words and not cleaner.carries_evidence(block):
            key = normalized(text)
            if key and key not in sections and reference_heading.search(text.strip()) is None:
                lines.add(key)
    return tuple(sorted(lines))


def _line_block(line: str) -> RawBlock:
    """A scanned line as a block, for the questions asked of blocks (no source position)."""
    mapped = MappedText(line, (Piece(0, len(line), 0, len(line), True),), (0,))
    return RawBlock(kind=BlockKind.PARAGRAPH, text=mapped, heading_level=None, links=(), line=0)


def site_chrome_lines(
    pages: Iterable[Iterable[str]], min_documents: int, min_share: float
) -> frozenset[str]:
    """Lines found on at least ``min_documents`` pages and ``min_share`` of the batch.

    ``pages`` is read once, one page at a time (a batch streams them)."""
    counts: Counter[str] = Counter()
    total = 0
    for lines in pages:
        counts.update(set(lines))
        total += 1
    needed = max(min_documents, math.ceil(min_share * total))
    return frozenset(line for line, count in counts.items() if count >= needed)
