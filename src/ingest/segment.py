"""Stage 3, segment: kept blocks → articles → sections → units → sentences.

Reads: :class:`~ingest.clean.CleanedPage`. Adds: :class:`SegmentedPage`.

- Headings: ``<h1>``-``<h6>`` and markdown ``#`` lines; in plain text, short title-like lines
  followed by more text; section names glued to the text after them are split off.
- Articles: a page may hold several in a row. One ends after its citation (a ``Source:`` line
  or a bare reference, with an identifier); one starts at a title the scraper printed twice.
- Roles: a block is ``content``, a ``citation`` (its article's source) or a ``reference`` (an
  entry of a reference list, or a "Reference: PMID:…" line that cites the blocks before it).
- Sentences: units of prose are split by :mod:`ingest.sentences`; table rows stay whole.

Every unit keeps its :class:`~ingest.textmap.MappedText`, so spans need no searching.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import groupby, pairwise

from ingest.clean import CleanedPage
from ingest.clean.blocks import BlockKind, RawBlock
from ingest.models import RemovalReason
from ingest.reflists import EntryShapes
from ingest.rules import Rules
from ingest.rules.patterns import IGNORECASE, AnyOf, Pattern, compile_pattern
from ingest.sentences import SentenceSplitter
from ingest.text import capital_or_caseless, title_cased, word_count
from ingest.textmap import MappedText


class Role(StrEnum):
    CONTENT = "content"
    CITATION = "citation"
    REFERENCE = "reference"


@dataclass(frozen=True, slots=True)
class Unit:
    """A kept block placed in its article and section, with its role."""

    block: RawBlock
    role: Role
    article: int  # index into SegmentedPage.articles
    section: int | None  # index into SegmentedPage.sections
    scope_refs: tuple[int, ...] = ()  # indexes of the scoped reference units that cite this one


@dataclass(frozen=True, slots=True)
class SectionSeg:
    title: str
    level: int
    parent: int | None
    article: int
    block: RawBlock


@dataclass(frozen=True, slots=True)
class ArticleSeg:
    title: str | None
    start: int
    end: int
    citation_units: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SentenceSeg:
    unit: int
    start: int  # offsets in the unit's block text
    end: int


@dataclass(frozen=True)
class SegmentedPage:
    cleaned: CleanedPage
    articles: tuple[ArticleSeg, ...]
    sections: tuple[SectionSeg, ...]
    units: tuple[Unit, ...]
    sentences: tuple[SentenceSeg, ...]

    def section_path(self, section: int | None) -> tuple[str, ...]:
        path: list[str] = []
        while section is not None:
            path.append(self.sections[section].title)
            section = self.sections[section].parent
        return tuple(reversed(path))


# A percent sign after a number, as a plain line's findings write it ("80%", "20 %", "12,5 %").
_FINDING_PERCENTS = re.compile(r"\d\s?[%\uff05\u066a]")
# A plain line with this many of them is no heading.
_HEADING_MAX_PERCENTS = 2

_SENTENCE_END = (".", "!", "?", ";", ",", ":", "。", "！", "？", "；", "，", "：")
# Reference markers after a sentence's end ("… of patients.[6]", "[5] [6]", a text scrape's
# "patients.6"): still its end.
_TRAILING_MARKERS = re.compile(
    r"(?:(?:\s?\[\d{1,4}(?:\s?[,–-]\s?\d{1,4})*\][,–-]?)+"
    r"|(?<=[^\W\d_]{2}[.!?])\d{1,3}(?:[,–-]\d{1,3})*)$"
)


# A reference heading's first entry of this many words, entry-shaped in nothing, is prose.
_PROSE_ENTRY_WORDS = 25
# The outline number a line opens with: "E.1.2", "3.1", "A.5.1.", "12." (then a space).
_OUTLINE_NUMBER = re.compile(r"^((?:[A-Z]\.)?\d+(?:\.\d+)*\.?)\s")
# The fewest words of a first sentence that makes a line holding more than it prose.
_PROSE_SENTENCE_WORDS = 6
# Where a sentence may end inside a line: terminal punctuation, then space and more text.
_INNER_SENTENCE_END = re.compile(r"[.!?。！？]\s*\S")
# A line that opens with a percentage ("49 % en Asie", "25% in Europe").
# Lines joined by markdown hard breaks that make a paragraph of lines, not headings.
_BROKEN_LINES_MIN = 3
_LEADING_PERCENTAGE = re.compile(r"^[<>≤≥~≈]?\s?\d+(?:[.,]\d+)?\s?[%％]")


def _ends_sentence(text: str) -> bool:
    return _TRAILING_MARKERS.sub("", text.rstrip()).endswith(_SENTENCE_END)


def _union(patterns: tuple[str, ...], flags: int) -> Pattern[str]:
    """One alternation of a rule list: a block is searched once, not once per pattern."""
    return compile_pattern("|".join(f"(?:{p})" for p in patterns) or "(?!)", flags)


class Segmenter:
    def __init__(self, rules: Rules, has_identifier: Callable[[RawBlock], bool]) -> None:
        self.rules = rules
        self.has_identifier = has_identifier
        sections = rules.sections
        self._not_headings = AnyOf(sections.not_headings, IGNORECASE)
        self._reference_headings = _union(sections.reference_headings, IGNORECASE)
        names = sorted(sections.glued_headings, key=len, reverse=True)
        self._glued = compile_pattern(
            r"^(?P<name>" + "|".join(re.escape(n) for n in names) + r")\s+(?=[\p{Lu}\d])"
        )
        citations = rules.citations
        self._article_citation = _union(citations.article_citation, IGNORECASE)
        self._bare_reference = _union(citations.bare_reference, 0)
        self._scoped_reference = _union(citations.scoped_reference, IGNORECASE)
        self.splitter = SentenceSplitter(rules.sentences)
        self._section_names = frozenset(name.casefold() for name in sections.glued_headings)
        self._entry_shapes = EntryShapes(citations.references)
        self._cut_leads = (*rules.cleaning.link_lists.teaser_endings, "..")
        self._figure_label = compile_pattern(rules.cleaning.main_content.figure_label, IGNORECASE)

    # -- block-level judgements ----------------------------------------------------------------

    def is_heading_text(self, text: str) -> bool:
        settings = self.rules.sections
        if not text or len(text) > settings.heading_max_chars:
            return False
        if self._reference_headings.search(text) is not None:
            return True  # "References:", "Reference：": a colon after the name is usual
        if word_count(text) > settings.heading_max_words or _ends_sentence(text):
            return False
        if not (capital_or_caseless(text[0]) or text[0].isdigit()):
            return False
        if self._not_headings.search(text):
            return False
        # A sentence of prose and more after it ("Derzeit besteht … im Impfzentrum. Infos:
        # https://…") is a paragraph whose last part lacks a full stop, not a heading. A heading
        # may hold a short first part ("II. Methods", "COVID-19. What You Need to Know", "Stem
        # Cells. A Review") or a question ("Has anyone joined the trial? Sharing what I found").
        if _INNER_SENTENCE_END.search(text) is None:
            return True
        pieces = self.splitter.split(text)
        if len(pieces) < 2:
            return True
        first = text[pieces[0][0] : pieces[0][1]]
        return not (
            first.endswith(".")
            and word_count(first) >= _PROSE_SENTENCE_WORDS
            and not title_cased(first)
        )

    def _is_article_citation(self, block: RawBlock) -> bool:
        text = block.text.text
        if self._article_citation.search(text) is not None:
            return self.has_identifier(block)
        return False

    def references_not_sources(self, page: SegmentedPage) -> SegmentedPage:
        """On a page with its own identifiers (its DOI in a meta tag, a registry record's own
        number), a bare bibliographic reference is one of the works it cites (a record's
        "Publications", a paper's further reading), not the source of its claims: it becomes a
        reference entry. A labelled source line ("Source: …", "Cite this article as: …") stays
        its article's citation."""
        demoted = {
            n
            for n, unit in enumerate(page.units)
            if unit.role == Role.CITATION
            and self._article_citation.search(unit.block.text.text) is None
            and self._is_bare_reference(unit.block)
        }
        if not demoted:
            return page
        units = tuple(
            replace(unit, role=Role.REFERENCE) if n in demoted else unit
            for n, unit in enumerate(page.units)
        )
        articles = tuple(
            replace(a, citation_units=tuple(n for n in a.citation_units if n not in demoted))
            for a in page.articles
        )
        return replace(page, units=units, articles=articles)

    def _opens_references(
        self, blocks: list[RawBlock], headings: list[bool], i: int, source: str
    ) -> bool:
        """Is heading ``i`` a reference list's: a reference heading whose first entry is no
        paragraph of prose? A page's "1 Citations" counter over its abstract is not one (the
        whole article would go as references, its claims with it)."""
        if self._reference_headings.search(blocks[i].text.text) is None:
            return False
        following = next((j for j in range(i + 1, len(blocks)) if not headings[j]), None)
        if following is None:
            return True
        text = blocks[following].text.text
        return (
            word_count(text) < _PROSE_ENTRY_WORDS
            or self._entry_shapes.entry_shaped(text)
            or self._entry_shapes.starts_entry(blocks[following], source)
        )

    def _is_bare_reference(self, block: RawBlock) -> bool:
        found = self._bare_reference.search(block.text.text) is not None
        return found and self.has_identifier(block)

    def _is_scoped_reference(self, block: RawBlock) -> bool:
        found = self._scoped_reference.search(block.text.text) is not None
        return found and self.has_identifier(block)

    def _split_glued(self, block: RawBlock) -> list[RawBlock]:
        """ "Background The study of …" → heading "Background" + paragraph "The study of …"."""
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.FIELD):
            return [block]
        text = block.text.text
        match = self._glued.match(text)
        if not match or self.is_heading_text(text):
            return [block]
        after = text[match.end() :]
        if word_count(after) < 5 or not (_ends_sentence(after) or word_count(after) > 12):
            return [block]
        head = block.text.slice(0, match.end("name"))
        rest = block.text.slice(match.end(), len(block.text.text))
        heading = replace(
            block, kind=BlockKind.HEADING, text=head, heading_level=None, links=(), anchors=()
        )
        body = replace(block, text=rest)
        return [heading, body]

    # -- the stage -----------------------------------------------------------------------------

    def segment(self, page: CleanedPage) -> SegmentedPage:
        blocks: list[RawBlock] = []
        for block in page.blocks:
            blocks.extend(self._split_glued(block))
        html = page.source.media_type == "text/html"
        headings = self._headings(
            blocks,
            page.source.text,
            markup_only=html,
            markdown=page.source.media_type == "text/markdown",
        )
        # Inside a reference list, only marked-up headings or known section names start a section.
        in_references = False
        for i, block in enumerate(blocks):
            if headings[i] and block.kind != BlockKind.HEADING and in_references:
                text = block.text.text
                headings[i] = bool(self._glued.match(text + " X")) or (
                    self._reference_headings.search(text) is not None
                )
            if headings[i]:
                in_references = self._opens_references(blocks, headings, i, page.source.text)
        repeated_titles = self._repeated_titles(page, blocks)
        roles = [self._role(block) for block in blocks]
        # Inside a reference list every entry is a reference, bare bibliographic ones included.
        in_references = False
        for i in range(len(blocks)):
            if headings[i]:
                in_references = self._opens_references(blocks, headings, i, page.source.text)
            elif in_references and roles[i] != Role.REFERENCE:
                roles[i] = Role.REFERENCE
        # Reference lists without their heading: by markup, and by a run of entry-shaped blocks.
        for i in self._entry_shapes.reference_blocks(blocks, page.source.text, html):
            if not headings[i] and roles[i] == Role.CONTENT:
                roles[i] = Role.REFERENCE
        self._labelled_citations(blocks, headings, roles)

        # Articles: boundaries after an article's closing citation, before a repeated title.
        starts = self._article_starts(blocks, headings, roles, repeated_titles)
        article_of: list[int] = []
        articles: list[list[int]] = []  # block indexes per article
        for i in range(len(blocks)):
            if i in starts or not articles:
                articles.append([])
            articles[-1].append(i)
            article_of.append(len(articles) - 1)

        # Sections.
        sections: list[SectionSeg] = []
        section_of: list[int | None] = []
        article_titles: list[str | None] = []
        for a, members in enumerate(articles):
            first = members[0]
            title_block = first if headings[first] else None
            if html:
                # The <h1>, even after a kicker line ("Original Research · Open Access") or a
                # journal's toolbars and menus with headings of their own ("JOURNAL TOOLS").
                title_block = next(
                    (i for i in members if headings[i] and blocks[i].heading_level == 1),
                    title_block,
                )
            article_titles.append(
                blocks[title_block].text.text if title_block is not None else None
            )
            stack: list[tuple[int, int]] = []  # (level, section index)
            current: int | None = None
            for position, i in enumerate(members):
                if headings[i]:
                    level = self._level(blocks, headings, members, position, i == title_block)
                    while stack and stack[-1][0] >= level:
                        stack.pop()
                    parent = stack[-1][1] if stack else None
                    sections.append(SectionSeg(blocks[i].text.text, level, parent, a, blocks[i]))
                    current = len(sections) - 1
                    stack.append((level, current))
                section_of.append(current)

        # Units (headings are sections, not units; a heading that is a sentence of prose is
        # both) and scoped references.
        units: list[Unit] = []
        for i, block in enumerate(blocks):
            if headings[i]:
                if not self._prose_heading(block):
                    continue
                block = replace(block, kind=BlockKind.PARAGRAPH)
            units.append(Unit(block, roles[i], article_of[i], section_of[i]))
        units = self._scope_references(units)

        article_segs = []
        for a, members in enumerate(articles):
            start = blocks[members[0]].span[0]
            end = max(blocks[i].span[1] for i in members)
            citation_units = tuple(
                n for n, u in enumerate(units) if u.article == a and u.role == Role.CITATION
            )
            article_segs.append(ArticleSeg(article_titles[a], start, end, citation_units))

        sentences: list[SentenceSeg] = []
        # Reference numbers glued to periods ("respectively.5 Disease") are read as markers
        # only on a page where they recur.
        glued = self.splitter.reads_glued(
            sum(self.splitter.glued_markers(unit.block.text.text) for unit in units)
        )
        for n, unit in enumerate(units):
            spans = self.splitter.split(unit.block.text.text, glued)
            if unit.block.kind == BlockKind.TABLE_ROW and not _several_sentences(
                unit.block.text.text, spans
            ):
                spans = [(0, len(unit.block.text.text))]
            spans = _apart_at_hidden_text(unit.block.text, page.source.text, spans)
            sentences.extend(SentenceSeg(n, s, e) for s, e in spans)
        return SegmentedPage(
            page, tuple(article_segs), tuple(sections), tuple(units), tuple(sentences)
        )

    def _headings(
        self, blocks: list[RawBlock], source: str, *, markup_only: bool, markdown: bool = False
    ) -> list[bool]:
        """Which blocks are headings: marked-up ones, and in text pages title-like lines."""
        flags = []
        for i, block in enumerate(blocks):
            if block.kind == BlockKind.HEADING or markup_only:
                flags.append(block.kind == BlockKind.HEADING)
                continue
            text = block.text.text
            # "Title: Subtitle" may be a heading; "Label : text" (space before the colon) never;
            # a quotation ("> _Early treatment is most successful, with 100% of …_") neither.
            plain = not block.quote and (
                block.kind == BlockKind.PARAGRAPH
                or (block.kind == BlockKind.FIELD and " :" not in text and title_cased(text))
            )
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            flags.append(
                plain
                and following is not None
                and self.is_heading_text(text)
                and not self.has_identifier(block)
                # A line of findings ("Recovery rates: 80% - milk and eggs, 50-60% - sesame,
                # 20% - nuts"), short and unpunctuated as it is, reports, it does not head.
                and len(_FINDING_PERCENTS.findall(text)) < _HEADING_MAX_PERCENTS
            )
        if not markup_only:
            self._unflag_form_fields(blocks, flags)
            self._unflag_figure_runs(blocks, flags)
            self._unflag_lead_in_items(blocks, flags)
            if markdown:
                self._unflag_broken_lines(blocks, flags, source)
        return flags

    @staticmethod
    def _unflag_broken_lines(blocks: list[RawBlock], flags: list[bool], text: str) -> None:
        """Lines that markdown hard line breaks join (two spaces or a backslash at a line's
        end, the next line not blank), three at least, are lines of one paragraph: the writer's
        box of findings, one a line ("20,000 patient records spanning 19 years  ", "VA appears
        to …"); none of them is a heading. Two lines may be a heading over its text, a scrape
        keeping its editor's trailing spaces."""
        joined = [False] * len(blocks)  # the block's line breaks into the next block's
        for i, block in enumerate(blocks[:-1]):
            end = text.find("\n", block.span[1])
            if end < 0:
                continue
            line = text[text.rfind("\n", 0, end) + 1 : end].rstrip("\r")
            if not (line.endswith("  ") or line.endswith("\\")) or not line.strip():
                continue
            # A blank line (or more) between: the paragraph ends there.
            joined[i] = text.rfind("\n", 0, blocks[i + 1].span[0]) == end
        for broken, run in groupby(range(len(blocks)), key=joined.__getitem__):
            lines = list(run)
            lines.append(lines[-1] + 1)  # the run's last line, which breaks into none
            if broken and len(lines) >= _BROKEN_LINES_MIN:
                for n in lines:
                    flags[n] = flags[n] and blocks[n].kind == BlockKind.HEADING

    @staticmethod
    def _unflag_lead_in_items(blocks: list[RawBlock], flags: list[bool]) -> None:
        """Short lines of a text page right after a line that ends in a colon ("… ask their
        doctor about flu vaccination if they are:", then "Aged 65 years and over", "Pregnant",
        "Suffering from severe asthma, diabetes, …") are the items of the list it leads in, not
        headings: each alone looks like a title, and a heading makes no claim. The run ends at
        the first line that is no title-like line, and holds two lines at least."""
        for i, block in enumerate(blocks[:-1]):
            if block.kind == BlockKind.HEADING or not block.text.text.rstrip().endswith(
                (":", "：")
            ):
                continue
            k = i + 1
            while k < len(blocks) and flags[k] and blocks[k].kind != BlockKind.HEADING:
                k += 1
            if k - i - 1 >= 2:  # a list has two items at least; one line may be a heading
                for item in range(i + 1, k):
                    flags[item] = False

    @staticmethod
    def _unflag_figure_runs(blocks: list[RawBlock], flags: list[bool]) -> None:
        """Short lines of a text page that each open with a percentage, two or more in a row
        ("49 % en Asie", "25 % en Europe", "18 % en Amérique"), are a list of findings, not
        headings: each alone looks like a title, and a heading makes no claim."""
        leading = [_LEADING_PERCENTAGE.match(block.text.text) is not None for block in blocks]
        for i, lead in enumerate(leading):
            if (
                flags[i]
                and lead
                and blocks[i].kind != BlockKind.HEADING
                and ((i > 0 and leading[i - 1]) or (i + 1 < len(leading) and leading[i + 1]))
            ):
                flags[i] = False

    @staticmethod
    def _unflag_form_fields(blocks: list[RawBlock], flags: list[bool]) -> None:
        """A heading's outline number is its own: lines of a text page that open with the same
        number as the line before or after them ("E.1.2 Version 13.1", "E.1.2 Term Cancer
        pain") are the fields of a form (a registry record's rows), not headings."""
        numbers = [_OUTLINE_NUMBER.match(block.text.text) for block in blocks]
        keys = [m.group(1) if m else None for m in numbers]
        for i, key in enumerate(keys):
            if not flags[i] or key is None or blocks[i].kind == BlockKind.HEADING:
                continue
            if (i > 0 and keys[i - 1] == key) or (i + 1 < len(keys) and keys[i + 1] == key):
                flags[i] = False

    def _article_starts(
        self,
        blocks: list[RawBlock],
        headings: list[bool],
        roles: list[Role],
        repeated: set[int],
    ) -> set[int]:
        """Where a new article starts. It takes strong evidence: a page's section headings, its
        toolbars and the panels at its end are no articles.

        - After an article's closing citation (a citation line after at least
          ``article_min_words`` words of the article's prose), at a heading that is not a
          section name ("Abstract"), when the article it opens has its own citation: an index
          page's articles each end with their source.
        - At a title the scraper printed twice (title-like, not a link), after prose, when the
          article it opens has its own citation or ``article_min_words`` words of prose.

        Text without a title after the last citation is residue of the page, not an article.
        """
        minimum = self.rules.sections.article_min_words
        words = [
            word_count(block.text.text) if roles[i] == Role.CONTENT and not headings[i] else 0
            for i, block in enumerate(blocks)
        ]
        after_citation = [
            i > 0 and roles[i - 1] == Role.CITATION and headings[i] for i in range(len(blocks))
        ]
        candidates = [
            i
            for i in range(1, len(blocks))
            if after_citation[i] or (i in repeated and self._title_like(blocks[i]))
        ]
        starts: set[int] = set()
        begin = 0
        for k, i in enumerate(candidates):
            prose = sum(words[begin:i])
            following = candidates[k + 1] if k + 1 < len(candidates) else len(blocks)
            own_citation = any(roles[j] == Role.CITATION for j in range(i, following))
            body = sum(words[i:following])
            closes = (
                after_citation[i]
                and prose >= minimum
                and own_citation
                and not self._section_name(blocks[i].text.text)
            )
            repeats = (
                i in repeated
                and self._title_like(blocks[i])
                and prose > 0
                and (own_citation or body >= minimum)
            )
            if closes or repeats:
                starts.add(i)
                begin = i
        return starts

    def _labelled_citations(
        self, blocks: list[RawBlock], headings: list[bool], roles: list[Role]
    ) -> None:
        """A heading that is a citation label ("Citation", "Source", "How to cite this article")
        over a short section whose one block with an identifier is the work the article
        reports: that block is the article's citation, as the same label followed by a colon
        on the line itself would be. A section of several such blocks is a reference list."""
        limit = self.rules.citations.labelled_section_max_blocks
        for i, is_heading in enumerate(headings):
            text = blocks[i].text.text.strip()
            label = text.rstrip(":").rstrip()
            if (
                not is_heading
                and text.endswith(":")
                and self._article_citation.fullmatch(text) is not None
                and i + 1 < len(blocks)
                and not headings[i + 1]
                and self.has_identifier(blocks[i + 1])
            ):
                # The label on a line of its own, the work on the next ("Journal reference:" /
                # "Berghoff, A. S., et al. (2020) … doi.org/10.1200/JCO.20.01442.").
                roles[i + 1] = Role.CITATION
                continue
            if not is_heading or self._article_citation.match(label + ":") is None:
                continue
            if self._reference_headings.search(label) is not None:
                continue  # "Sources", "Quellen": a list of works, whatever its length
            end = next((j for j in range(i + 1, len(blocks)) if headings[j]), len(blocks))
            cited = [j for j in range(i + 1, end) if self.has_identifier(blocks[j])]
            if len(cited) == 1 and end - i - 1 <= limit:
                roles[cited[0]] = Role.CITATION

    def _prose_heading(self, block: RawBlock) -> bool:
        """A heading of markup that is a whole sentence of prose, as news aggregators set a
        one-sentence item: long (``prose_heading_min_words``), ending in a full stop (not a
        lead cut short "…"), not in title case (a headline), not a figure's or table's
        caption."""
        text = block.text.text
        end = _TRAILING_MARKERS.sub("", text.rstrip())
        return (
            block.kind == BlockKind.HEADING
            and word_count(text) >= self.rules.sections.prose_heading_min_words
            and end.endswith(".")
            and not end.endswith(self._cut_leads)
            and not title_cased(text)
            and self._figure_label.match(text) is None
        )

    def _title_like(self, block: RawBlock) -> bool:
        """A title an article may start at: heading-shaped, and not a link's label."""
        text = block.text.text
        if not self.is_heading_text(text):
            return False
        letters = sum(1 for ch in text if ch.isalnum())
        return 2 * block.link_chars <= letters

    def _section_name(self, text: str) -> bool:
        """A section of a paper ("Abstract", "2. Methods", "References"), not an article's
        title."""
        name = re.sub(r"^[\dIVX]+\.?\s+|[:.]\s*$", "", text.strip()).casefold()
        return name in self._section_names or self._reference_headings.search(text) is not None

    def _repeated_titles(self, page: CleanedPage, blocks: list[RawBlock]) -> set[int]:
        """Blocks that the scraper printed twice in a row: the title of a new article."""
        duplicates = sorted(
            r.span[0]
            for r in page.removed
            if r.reason == RemovalReason.DUPLICATE and r.rule == "repeated-heading"
        )
        found = set()
        position = 0
        for i, block in enumerate(blocks):
            end = block.span[1]
            following = blocks[i + 1].span[0] if i + 1 < len(blocks) else 1 << 62
            while position < len(duplicates) and duplicates[position] < end:
                position += 1
            if position < len(duplicates) and duplicates[position] < following:
                found.add(i)
        return found

    def _role(self, block: RawBlock) -> Role:
        if self._is_article_citation(block) or self._is_bare_reference(block):
            return Role.CITATION
        if self._is_scoped_reference(block):
            return Role.REFERENCE
        return Role.CONTENT

    def _level(
        self,
        blocks: list[RawBlock],
        headings: list[bool],
        members: list[int],
        position: int,
        is_title: bool,
    ) -> int:
        if is_title:
            return 1
        block = blocks[members[position]]
        if block.heading_level is not None:
            return max(block.heading_level, 2)
        return 2

    def _scope_references(self, units: list[Unit]) -> list[Unit]:
        """A "Reference: …" unit cites the units before it in its section, back to the last one."""
        out = list(units)
        pending: list[int] = []
        section: tuple[int, int | None] | None = None
        for n, unit in enumerate(units):
            key = (unit.article, unit.section)
            if key != section:
                pending, section = [], key
            if unit.role == Role.REFERENCE and self._is_scoped_reference(unit.block):
                for m in pending:
                    out[m] = replace(out[m], scope_refs=(*out[m].scope_refs, n))
                pending = []
            elif unit.role == Role.CONTENT:
                pending.append(n)
        return out


# What a reader of a span's source sees as markup (../shared/SPEC.md, "Spans"): tags and markdown
# link targets. The letters and digits of anything else in a kept item's span are its text's.
_SPAN_MARKUP = re.compile(r"\]\([^)]*\)|<[^>]*>")
_ESCAPES = re.compile(r'(?:\\[nrtbf"/\\]|\\u[0-9a-fA-F]{4}|\s)+')


def _span_letters(text: str) -> str:
    text = html.unescape(_SPAN_MARKUP.sub(" ", text))
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def _apart_at_hidden_text(
    mapped: MappedText, source: str, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentences cut where cleaning took out, from inside them, text that is neither a tag nor
    a link target (a template such as "{{Cite web|title=…}}" in the middle of a sentence): the
    span of a kept item reads as its text once tags and link targets are left out, so one span
    cannot run across it. Each part is a sentence of its own."""
    pieces = mapped.pieces
    if len(pieces) < 2:
        return spans
    # Where source text is left out: a gap between two pieces, or a piece that stands for more
    # than it says (a replacement). (text offset, hidden source range)
    hidden: list[tuple[int, int, int]] = []
    for before, after in pairwise(pieces):
        if after.source_start > before.source_end:
            hidden.append((after.start, before.source_end, after.source_start))
    hidden.extend(
        (piece.start, piece.source_start, piece.source_end)
        for piece in pieces[1:]
        if not piece.verbatim and piece.source_end - piece.source_start > piece.end - piece.start
    )
    if not hidden:
        return spans
    hidden.sort()
    offsets = [at for at, _, _ in hidden]
    text = mapped.text
    out: list[tuple[int, int]] = []
    for start, end in spans:
        within = hidden[bisect_right(offsets, start) : bisect_left(offsets, end)]
        inside: list[int] = []
        if within:
            lo, hi = mapped.source_span(start, end)
            if _span_letters(source[lo:hi]) != _span_letters(text[start:end]):
                inside = sorted(
                    at
                    for at, lo, hi in within
                    # A link target's "(…)" reads as markup after its "]"; a JSON string's
                    # escape ("\\n" between two wrapped lines) is a character decoded, not text
                    # taken out.
                    if start < at < end
                    and _span_letters(source[lo - 1 if lo and source[lo - 1] == "]" else lo : hi])
                    and not _ESCAPES.fullmatch(source, lo, hi)
                )
        at = start
        for cut in [*inside, end]:
            part = text[at:cut]
            part_start = at + len(part) - len(part.lstrip())
            part_end = cut - (len(part) - len(part.rstrip()))
            if part_start < part_end:
                out.append((part_start, part_end))
            at = cut
    return out


def _several_sentences(text: str, spans: list[tuple[int, int]]) -> bool:
    """A table row stays whole ("Label: value"), unless a cell holds several sentences of
    prose: each is then a claim of its own, the label staying with the first."""
    return len(spans) > 1 and all(word_count(text[s:e]) >= 4 for s, e in spans)
