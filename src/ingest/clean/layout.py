"""The layout of a page's blocks, read before the filters judge them.

Scrapers cut text where the page's layout put a line break, not where its meaning ends:

- **Wrapped lines.** A page wrapped at a fixed width (a text scrape with a blank line after every
  line, a registry that writes ``<br>`` at column 90) gives one block per line, so a sentence
  comes out in fragments. A line that does not end its sentence is joined to the next when the
  next goes on with the clause (:class:`LineJoiner`).
- **Records.** A record (a definition list, a form, a registry's "Trial Phase" / "Phase 1"
  fields) gives one block per label and one per value: the labels read as headings over
  one-line sections and the values as claims alone ("Phase 4"). A run of label/value pairs is
  read as rows "Label: value" (:class:`RecordReader`), as an HTML table's two-cell rows are.

Both keep spans exact: the joined text maps the characters of each part to the source, and the
joiner (" ", ": ") stands for what lay between them. Settings and examples are data
(``wrapped_lines`` and ``records`` in rules/sections.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ingest.clean.blocks import BlockKind, RawBlock
from ingest.rules.models import LinkTrailRules, RecordRules, SectionRules, WrappedLineRules
from ingest.rules.patterns import IGNORECASE, Pattern, compile_pattern
from ingest.text import caseless_letter, word_count
from ingest.textmap import TextBuilder

__all__ = ["LayoutReader", "LineJoiner", "RecordReader", "joins_lines", "reads_record"]

_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A line ends its sentence with one of these (trailing quotes and brackets aside); a colon ends a
# label or an introduction ("Inclusion Criteria:"), which the next line does not continue.
_LINE_END = re.compile(r"""[.!?:…]["'”’»)\]]*$""")
# The last word of a line, as written: a comma, a hyphen or a dash after it continues the clause.
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)\W*$")
_CONTINUES = (",", ";", "-", "–", "—", "/", "(", "&", "+")
_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.FIELD)
_TAG = re.compile(r"<[^<>]*>")


# A number of at most three digits (and its decimals) ending a line, after a space.
_SMALL_NUMBER_END = re.compile(r"(?<!\S)\d{1,3}(?:[.,]\d+)?$")
# A sentence's end inside a line, the next sentence starting after it ("smokers. Smoking").
_SENTENCE_INSIDE = re.compile(r"[.!?][\"'”’)]?\s+([^\W\d_])")


@dataclass(frozen=True, slots=True)
class _Gap:
    """What lies between two blocks in the source: newlines, <br> tags, and anything else."""

    newlines: int
    breaks: int
    other: bool


def _gap(source: str, start: int, end: int) -> _Gap:
    between = source[start:end]
    breaks = len(_BREAK.findall(between))
    rest = _BREAK.sub("", between) if breaks else between
    return _Gap(rest.count("\n"), breaks, bool(rest.strip()))


_SENTENCE_END = frozenset(".!?…)\"'”’»。！？」")


def _join(first: RawBlock, second: RawBlock, joiner: str, kind: BlockKind) -> RawBlock:
    """One block of two: ``joiner`` stands for the source between them (spans stay exact)."""
    builder = TextBuilder()
    builder.extend(first.text)
    builder.replace(joiner, first.span[1], second.span[0])
    builder.extend(second.text)
    return replace(
        first,
        kind=kind,
        text=builder.build(),
        heading_level=None,
        links=first.links + second.links,
        anchors=tuple(sorted(first.anchors + second.anchors)),
    )


def _links_mostly(block: RawBlock) -> bool:
    if not block.anchors:
        return False
    letters = sum(1 for ch in block.text.text if ch.isalnum())
    return 2 * block.link_chars > letters


def _joinable(first: RawBlock, second: RawBlock) -> bool:
    # One block, one verdict: a block the vote may weigh is not joined to one it may not
    # (a cut element's block, a caption, a hidden panel's).
    return (
        first.dropped_by == second.dropped_by
        and first.caption == second.caption
        and first.disclosed == second.disclosed
    )


class LineJoiner:
    """Lines of one paragraph that a wrap cut apart, joined again."""

    def __init__(self, settings: WrappedLineRules) -> None:
        self.settings = settings
        self._open_words = frozenset(settings.open_words)

    def continues(
        self, line: str, following: str, *, full: bool = False, measuring: bool = False
    ) -> bool:
        """Does ``following`` go on with the sentence ``line`` left open? ``full``: ``line``
        fills a wrapped page's width, so a number or a bracket after it goes on too, and so
        does a line of a script without capitals; ``measuring``: the page's wrap width is
        being measured, on such lines too."""
        line, following = line.rstrip(), following.lstrip()
        if not line or not following or _LINE_END.search(line):
            return False
        if word_count(line) < self.settings.min_words_lower:
            return False
        first = following[0]
        if first.islower() or (full and (first.isdigit() or first == "(")):
            return True
        if (
            (full or measuring)
            and caseless_letter(first)
            and caseless_letter(line[-1])
            and len(line) >= self.settings.min_width
        ):
            # Korean, Japanese, Chinese, Thai…: no capital says a sentence starts, so a long
            # line that ends inside a word of its script, with no full stop, goes on where it
            # fills the page's wrap width (a <br> between tips or list lines is no wrap).
            return True
        if line.endswith(_CONTINUES):
            return True
        last = _LAST_WORD.search(line)
        # As written: "of", "and", not a capitalised value ("Gene therapy product No").
        word = last.group(1) if last is not None and line.endswith(last.group(1)) else ""
        return word.islower() and word in self._open_words

    def wrap_width(self, blocks: Sequence[RawBlock], source: str) -> float | None:
        """The width a text page was wrapped at, or None when it was not wrapped.

        Evidence: lines that stop mid-sentence and go on in the next line; their median length
        is the width, at least ``min_width``, and at least ``min_wrapped_lines`` of them come
        near it (from ``full_line`` of it to a little over it)."""
        pairs = [
            (len(first.text.text), caseless_letter(second.text.text.lstrip()[:1] or "a"))
            for first, second in pairwise(blocks)
            if self._may_join(first, second, source, breaks=0, measuring=True)
        ]
        lengths = sorted(n for n, _ in pairs)
        if len(lengths) < self.settings.min_wrapped_lines:
            return None
        width = float(lengths[len(lengths) // 2])
        # Where most lines go on in a script without capitals, nothing but their length says
        # they were wrapped: one paragraph per line (an Arabic news page) has a few lines of
        # about one length by chance, a wrap makes them all of one length (within 15%).
        caseless = 2 * sum(caseless for _, caseless in pairs) > len(pairs)
        low = 0.85 if caseless else self.settings.full_line
        high = 1.15
        near = sum(1 for n in lengths if low * width <= n <= high * width)
        if width < self.settings.min_width or near < self.settings.min_wrapped_lines:
            return None
        return width

    def join(
        self,
        blocks: Sequence[RawBlock],
        source: str,
        *,
        text_page: bool,
        width: float | None = None,
    ) -> list[RawBlock]:
        """``width``: the page's wrap width when known (else measured on a text page)."""
        if width is None and text_page:
            width = self.wrap_width(blocks, source)
        out: list[RawBlock] = []
        for block in blocks:
            if out and (
                self._joins(out[-1], block, source, width)
                or (text_page and self._soft_break(out[-1], block, source))
            ):
                out[-1] = _join(out[-1], block, " ", out[-1].kind)
            else:
                out.append(block)
        return out

    def _soft_break(self, first: RawBlock, second: RawBlock, source: str) -> bool:
        """A text page's line break inside a sentence, the next line going on in lower case
        with no blank line between ("... if survivors and unstable" / "angina patients take
        the new pill.", "… surveys began, 82" / "per cent of men …"): a scraper kept the
        editor's line breaks, at no fixed width."""
        if first.kind != BlockKind.PARAGRAPH or second.kind != BlockKind.PARAGRAPH:
            return False  # a field ("Reference: PMID:24721108") ends its line
        line = first.text.text.rstrip()
        # A word, a small number ("… when smoking surveys began, 82" / "per cent of men …", not
        # an identifier's digits) or a comma at the line's end; a full stop, a colon or a
        # bracket ends it.
        if not line or not (
            line[-1].isalpha() or line[-1] == "," or _SMALL_NUMBER_END.search(line) is not None
        ):
            return False
        gap = _gap(source, first.span[1], second.span[0])
        if gap.newlines != 1 or gap.breaks or gap.other:
            return False
        following = second.text.text.strip()
        # The next line ends the sentence, at its end or inside it ("per cent of men were
        # smokers. Smoking prevalence fell rapidly", a third line going on): a list without
        # bullets ("Main symptoms" / "fever in 40% of patients" / "cough in …") ends none.
        return (
            bool(following)
            and following[0].islower()
            and (
                following[-1] in _SENTENCE_END
                or any(m.group(1).isupper() for m in _SENTENCE_INSIDE.finditer(following))
            )
            and self._may_join(first, second, source, breaks=0)
        )

    def _joins(self, first: RawBlock, second: RawBlock, source: str, width: float | None) -> bool:
        # Cut at a <br>, or in a text page at a line break where the line fills the page's wrap
        # width: one block per line is also how a text page writes one paragraph per line, a
        # list of names, or a forum's "Reply · Quote" under a post.
        if self._may_join(first, second, source, breaks=1, newlines=False):
            return True
        full = width is not None and len(first.text.text) >= self.settings.full_line * width
        return full and self._may_join(first, second, source, breaks=0, full=True)

    def _may_join(
        self,
        first: RawBlock,
        second: RawBlock,
        source: str,
        *,
        breaks: int,
        newlines: bool = True,
        full: bool = False,
        measuring: bool = False,
    ) -> bool:
        """Could the two blocks be one paragraph cut at a line break? ``breaks``: the <br> tags
        allowed between them (then required, when ``newlines`` is False)."""
        if first.kind not in _PROSE or second.kind not in (BlockKind.PARAGRAPH, BlockKind.FIELD):
            return False
        if not _joinable(first, second) or _LINE_END.search(first.text.text):
            return False
        gap = _gap(source, first.span[1], second.span[0])
        if gap.other or gap.newlines > self.settings.max_newlines or gap.breaks > breaks:
            return False
        if not newlines and not gap.breaks:
            return False
        if not self.continues(first.text.text, second.text.text, full=full, measuring=measuring):
            return False
        # A line of links (a menu, a link list) is no wrapped prose.
        return not (_links_mostly(first) or _links_mostly(second))


class RecordReader:
    """Runs of label/value lines read as rows "Label: value" (kind ``table_row``)."""

    def __init__(self, settings: RecordRules) -> None:
        self.settings = settings
        self._label = compile_pattern(settings.label)
        self._strong = compile_pattern(settings.strong_value)
        self._markup: Pattern[str] | None = (
            compile_pattern("|".join(f"(?:{p})" for p in settings.markup_pairs), IGNORECASE)
            if settings.markup_pairs
            else None
        )
        self._more_values: Pattern[str] | None = (
            compile_pattern("|".join(f"(?:{p})" for p in settings.markup_more_values), IGNORECASE)
            if settings.markup_more_values
            else None
        )

    def is_label(self, text: str) -> bool:
        return (
            word_count(text) <= self.settings.label_max_words
            and self._label.fullmatch(text) is not None
        )

    def is_value(self, text: str) -> bool:
        words = word_count(text)
        if not words or words > self.settings.value_max_words:
            return False
        stripped = text.rstrip()
        if stripped.endswith(":"):
            return False  # an introduction ("Inclusion Criteria:"), or a label
        # A sentence is no value ("The study enrolled 40 adults."); "Inc." or "No." may be.
        return words < 4 or not stripped.endswith((".", "!", "?", "。", "！", "？"))

    def strong(self, text: str) -> bool:
        return self._strong.fullmatch(text) is not None

    def read(self, blocks: Sequence[RawBlock], source: str) -> list[RawBlock]:
        blocks = self._marked_pairs(blocks, source)
        out: list[RawBlock] = []
        i = 0
        while i < len(blocks):
            if not self._candidate(blocks[i]):
                out.append(blocks[i])
                i += 1
                continue
            j = i
            while j < len(blocks) and self._candidate(blocks[j]):
                j += 1
            out.extend(self._run(blocks[i:j]))
            i = j
        return out

    def _marked_pairs(self, blocks: Sequence[RawBlock], source: str) -> list[RawBlock]:
        """Pairs the markup names (a <dt> and its <dd>), whatever their length."""
        out: list[RawBlock] = []
        paired = False  # out[-1] is a term and its value(s), as the markup said
        for block in blocks:
            last = out[-1] if out else None
            if (
                last is not None
                and last.kind == BlockKind.PARAGRAPH
                and block.kind == BlockKind.PARAGRAPH
                and _joinable(last, block)
                and self._tags_say(self._markup, last, block, source)
            ):
                # A definition list's item: a list item, as the markup says (a table row is
                # what a record of loose lines reads as).
                out[-1] = self._pair(last, block, BlockKind.LIST_ITEM)
                paired = True
            elif (
                paired
                and last is not None
                and block.kind == BlockKind.PARAGRAPH
                and _joinable(last, block)
                and self.is_value(block.text.text)
                and not _LINE_END.search(block.text.text)
                and self._tags_say(self._more_values, last, block, source)
            ):
                # A further <dd> of the same term ("Total Fat" / "16g" / "24%").
                out[-1] = _join(last, block, "; ", last.kind)
            else:
                out.append(block)
                paired = False
        return out

    @staticmethod
    def _tags_say(
        markup: Pattern[str] | None, first: RawBlock, second: RawBlock, source: str
    ) -> bool:
        """Only tags and whitespace between the two blocks, and ``markup`` finds them."""
        if markup is None:
            return False
        between = source[first.span[1] : second.span[0]]
        if _TAG.sub("", between).strip():
            return False
        return markup.search(between) is not None

    @staticmethod
    def _pair(label: RawBlock, value: RawBlock, kind: BlockKind = BlockKind.TABLE_ROW) -> RawBlock:
        joiner = " " if label.text.text.rstrip().endswith(":") else ": "
        return _join(label, value, joiner, kind)

    def _candidate(self, block: RawBlock) -> bool:
        return block.kind == BlockKind.PARAGRAPH and (
            self.is_value(block.text.text) or self.is_label(block.text.text)
        )

    def _score(self, label: RawBlock, value: RawBlock) -> int:
        """2 for a sure pair (a value no label looks like), 1 for a pair the run's other pairs
        must vouch for, 0 for none."""
        if not _joinable(label, value):
            return 0
        text, following = label.text.text, value.text.text
        if not self.is_label(text) or not self.is_value(following):
            return 0
        return 2 if self.strong(following) else 1

    def _run(self, run: Sequence[RawBlock]) -> list[RawBlock]:
        """The best pairing of a run, kept where its chains of adjacent pairs hold enough sure
        ones. Best: most sure pairs, then fewest chains (a line left alone between pairs breaks
        a record; a heading above one does not), then most pairs."""
        n = len(run)
        scores = [self._score(run[k], run[k + 1]) for k in range(n - 1)]
        # best[k][after_pair]: (sure pairs, -chains, pairs) of the best reading of run[:k], and
        # how it got there (the previous state and whether k-2, k-1 were a pair).
        Value = tuple[int, int, int]
        floor: Value = (-1, 0, 0)
        best: list[list[Value]] = [[floor, floor] for _ in range(n + 1)]
        back: list[list[tuple[int, int] | None]] = [[None, None] for _ in range(n + 1)]
        best[0][0] = (0, 0, 0)
        for k in range(n):
            for after_pair in (0, 1):
                value = best[k][after_pair]
                if value == floor:
                    continue
                if value > best[k + 1][0]:  # run[k] alone
                    best[k + 1][0], back[k + 1][0] = value, (k, after_pair)
                if k + 1 < n and scores[k]:
                    sure, fewer_chains, pairs = value
                    paired = (sure + (scores[k] == 2), fewer_chains - (not after_pair), pairs + 1)
                    if paired > best[k + 2][1]:
                        best[k + 2][1], back[k + 2][1] = paired, (k, after_pair)
        state = 0 if best[n][0] >= best[n][1] else 1
        take: set[int] = set()
        position = n
        while position > 0:
            step = back[position][state]
            assert step is not None
            if state == 1:
                take.add(step[0])
            position, state = step
        # Chains: pairs that follow each other with no line alone between them.
        chains: list[list[int]] = []
        for k in sorted(take):
            if chains and chains[-1][-1] == k - 2:
                chains[-1].append(k)
            else:
                chains.append([k])
        paired_at: set[int] = set()
        for chain in chains:
            if sum(1 for k in chain if scores[k] == 2) >= self.settings.min_strong_pairs:
                paired_at.update(chain)
        out: list[RawBlock] = []
        k = 0
        while k < n:
            if k in paired_at:
                out.append(self._pair(run[k], run[k + 1]))
                k += 2
            else:
                out.append(run[k])
                k += 1
        return out


def split_link_trail(block: RawBlock, settings: LinkTrailRules) -> list[RawBlock]:
    """A run of links at the start of a block, glued by the scraper to the text after it
    ("Log in Home News Less invasive treatment …", a login link and a breadcrumb before a
    headline), is a block of its own: the filters judge the trail as the navigation it is,
    and the headline stays clean. At least ``min_links`` links, then at least ``min_words``
    words of no link."""
    if len(block.anchors) < settings.min_links or block.kind not in _PROSE:
        return [block]
    first = block.anchors[0]
    if not first[0] <= block.text.source_offset_start(0) < first[1]:
        return [block]  # the text does not start in a link
    text = block.text.text
    mask = block.link_mask
    links = 0
    position = 0
    while position < len(text):
        if mask[position]:
            if position == 0 or not mask[position - 1]:
                links += 1
        elif text[position] not in settings.separators:
            break
        position += 1
    words = sum(1 for word in text[position:].split() if any(ch.isalnum() for ch in word))
    if links < settings.min_links or words < settings.min_words or any(mask[position:]):
        return [block]
    cut = len(text[:position].rstrip())
    trail = replace(block, text=block.text.slice(0, cut), kind=BlockKind.PARAGRAPH)
    following = replace(block, text=block.text.slice(position, len(text)), links=(), anchors=())
    trail_links = tuple(link for link in block.links if link.anchor < following.span[0])
    trail_anchors = tuple(a for a in block.anchors if a[0] < following.span[0])
    return [replace(trail, links=trail_links, anchors=trail_anchors), following]


class LayoutReader:
    """Link trails split off, wrapped lines joined, then records read (rules/sections.yaml)."""

    def __init__(self, sections: SectionRules) -> None:
        self.trails = sections.link_trails
        self.lines = LineJoiner(sections.wrapped_lines)
        self.records = RecordReader(sections.records)

    def read(self, blocks: Sequence[RawBlock], source: str, *, text_page: bool) -> list[RawBlock]:
        blocks = [part for block in blocks for part in split_link_trail(block, self.trails)]
        joined = self.lines.join(blocks, source, text_page=text_page)
        return self.records.read(joined, source)


_EXAMPLE_BREAK = re.compile(r"\n|<br\s*/?>", re.IGNORECASE)


def example_blocks(text: str) -> list[RawBlock]:
    """A rule example as a text page's blocks: one per line (a <br> ends a line too)."""
    blocks = []
    breaks = [(m.start(), m.end()) for m in _EXAMPLE_BREAK.finditer(text)]
    position = 0
    for end, after in [*breaks, (len(text), len(text))]:
        line = text[position:end]
        start = position + len(line) - len(line.lstrip())
        stripped = line.strip()
        position = after
        if not stripped:
            continue
        builder = TextBuilder()
        builder.copy(text, start, start + len(stripped))
        number = text.count("\n", 0, start) + 1
        blocks.append(RawBlock(BlockKind.PARAGRAPH, builder.build(), None, (), number))
    return blocks


def joins_lines(joiner: LineJoiner, text: str) -> bool:
    """Example test (rules check): does a line of the example continue on the next? Every line
    of an example is taken to fill the page's width."""
    blocks = example_blocks(text)
    width = max((len(b.text.text) for b in blocks), default=0)
    return len(joiner.join(blocks, text, text_page=True, width=width)) < len(blocks)


def reads_record(records: RecordReader, text: str) -> bool:
    """Example test (rules check): are lines of the example read as label/value rows?"""
    blocks = example_blocks(text)
    return len(records.read(blocks, text)) < len(blocks)
