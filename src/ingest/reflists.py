"""Reference lists that no heading announces (rules/citations.yaml ``references``).

The segmenter makes every block after a "References" heading a reference. Lists without one are
found by two more signals, each on its own:

- markup: the blocks inside an HTML element whose class or id names a reference list
  (``ref-list``, ``c-article-references``, ``bibliography``, ``csl-bib-body``) or inside a
  ``<cite>``, when enough of them (``container_share``) are shaped like entries, so that a page
  wrapped in a ``class="references-enabled"`` body loses nothing;
- shape: ``entry_run`` blocks in a row, each shaped like a bibliographic entry (an author list
  "Smith AB, Jones C", a "2012;5(3):19-27" tail, "[Internet]", "Available from:") and short
  (``entry_max_words``), at least half of them opening as an entry does (a list item; or
  ``entry_starts``: its number, also as the list marker before the block, or its authors): a
  text scrape's numbered list with no heading, never three paragraphs of prose that each cite
  a journal inline.

Reads: the blocks of a page and its source. Gives: the indexes of the blocks that are references.
The cleaner's language filter asks the same shapes of a block (:meth:`EntryShapes.listed_entry`):
an entry in another language than the page is no foreign text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.clean.blocks import BlockKind, RawBlock
from ingest.rules.models import ReferenceEntryRules
from ingest.rules.patterns import IGNORECASE, AnyOf, compile_pattern
from ingest.text import word_count

# An opening tag with a class or id attribute; and any tag of a given name, to find its end.
_OPENING = re.compile(
    r"<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?\b(?:class|id)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*>"
)
_CITE = re.compile(r"<cite\b[^>]*>", re.IGNORECASE)
_ENTRY_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.FIELD)


class EntryShapes:
    def __init__(self, rules: ReferenceEntryRules) -> None:
        self.rules = rules
        patterns = rules.entry_shapes
        self._shape = AnyOf(patterns, IGNORECASE)
        self._container = compile_pattern(rules.containers, IGNORECASE)
        starts = rules.entry_starts
        self._start = compile_pattern("|".join(f"(?:{p})" for p in starts) or "(?!)", IGNORECASE)
        self._card_source = AnyOf(rules.card_sources, IGNORECASE)

    def entry_shaped(self, text: str) -> bool:
        text = " ".join(text.split())
        if not text or word_count(text) > self.rules.entry_max_words:
            return False
        return self._shape.search(text)

    def listed_entry(self, text: str) -> bool:
        """Is the text shaped as an entry and does it open as one (its number or authors)?"""
        return self.entry_shaped(text) and self._start.search(" ".join(text.split())) is not None

    def starts_entry(self, block: RawBlock, source: str) -> bool:
        """Does the block open as an entry: an item of a list, its number (or the list marker
        before it on its line), or its author list?"""
        if block.kind == BlockKind.LIST_ITEM:
            return True
        start = block.span[0]
        before = source[source.rfind("\n", 0, start) + 1 : start]
        text = block.text.text
        if len(before) <= 8 and before.strip():
            text = before.strip() + " " + text
        return self._start.search(text) is not None

    def containers(self, source: str) -> list[tuple[int, int]]:
        """Source extents of the elements that hold references, by class/id word or <cite>."""
        found: list[tuple[int, int]] = []
        for tag in _OPENING.finditer(source):
            words = (tag.group(2) or tag.group(3) or "").split()
            if any(self._container.fullmatch(word) for word in words):
                found.append((tag.start(), _element_end(source, tag.group(1), tag.end())))
        for tag in _CITE.finditer(source):
            found.append((tag.start(), _element_end(source, "cite", tag.end())))
        return found

    def reference_blocks(self, blocks: Sequence[RawBlock], source: str, html: bool) -> set[int]:
        shaped = [b.kind in _ENTRY_KINDS and self.entry_shaped(b.text.text) for b in blocks]
        found: set[int] = set()
        if html:
            for start, end in self.containers(source):
                inside = [
                    i for i, b in enumerate(blocks) if start <= b.span[0] and b.span[1] <= end
                ]
                hits = sum(shaped[i] for i in inside)
                if inside and hits >= self.rules.container_share * len(inside):
                    found.update(inside)
        found.update(self._cards(blocks, shaped))
        run: list[int] = []
        for i, is_entry in enumerate([*shaped, False]):
            if is_entry:
                run.append(i)
                continue
            starting = sum(self.starts_entry(blocks[k], source) for k in run)
            if len(run) >= self.rules.entry_run and 2 * starting >= len(run):
                found.update(run)
            run = []
        return found

    def _cards(self, blocks: Sequence[RawBlock], shaped: Sequence[bool]) -> set[int]:
        """The blocks of reference cards: a cited title over its source line ("Cardiovasc Res,
        2003"), with an entry-shaped block or the title again (its authors glued on) within the
        next two blocks, and the card's number alone before the title ("1")."""
        found: set[int] = set()
        for i in range(1, len(blocks) - 1):
            if not self._card_source.search(blocks[i].text.text.strip()):
                continue
            title = blocks[i - 1].text.text.strip()
            if not title or word_count(title) > self.rules.entry_max_words:
                continue
            after = [
                k
                for k in range(i + 1, min(i + 3, len(blocks)))
                if shaped[k] or blocks[k].text.text.startswith(title[:40])
            ]
            if not after:
                continue
            found.update(range(i - 1, after[-1] + 1))
            if i >= 2 and blocks[i - 2].text.text.strip().isdigit():
                found.add(i - 2)
        return found


def _element_end(source: str, name: str, position: int) -> int:
    """Where the element opened just before ``position`` ends: after its matching end tag
    (same-name elements nest), or at the end of the source when it is never closed."""
    tags = re.compile(rf"<(/?){re.escape(name)}\b[^>]*>", re.IGNORECASE)
    depth = 1
    for tag in tags.finditer(source, position):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end()
    return len(source)


__all__ = ["EntryShapes"]
