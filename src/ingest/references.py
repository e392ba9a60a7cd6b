"""Reference lists: their entries become the document's ``references``; claims cite them.

Reads: the :class:`~ingest.segment.SegmentedPage` (units of role ``reference``) and each unit's
:class:`~ingest.match.BlockMatches`. Adds: :class:`~ingest.models.Reference` entries, and the
``references`` of each claim (the entries its in-text markers cite).

- Entries: the blocks of a reference list in source order; a block that continues the entry
  before it (its journal line, its link labels, a bare DOI; rules/citations.yaml
  ``references.continuation``) joins it. An entry's text is its blocks' text without link
  labels; its identifiers are those of its text and of its links.
- Ids: ``r12`` for an entry that states its number ("12. Smith J …"), else its position after
  the previous entry's number.
- Markers: "[12]", "[1,3-5]", "(3)" in a claim's text, superscripts and ``#ref`` links in its
  source markup. They cite entries only when the list is numbered (numbers in the entries, or
  an ``<ol>``): in an author-year list, "(3)" is not a reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ingest.match import BlockMatches
from ingest.rows import CitationRow, ClaimRow, Span
from ingest.rules import Rules
from ingest.rules.models import ReferenceEntryRules
from ingest.rules.patterns import IGNORECASE, Pattern, compile_pattern
from ingest.segment import Role, SegmentedPage


def _union(patterns: Sequence[str]) -> Pattern[str]:
    return compile_pattern("|".join(f"(?:{p})" for p in patterns) or "(?!)", IGNORECASE)


_FINISHED = (".", "?", "!", ")", "]")


class EntryRules:
    """rules/citations.yaml ``references``, compiled."""

    def __init__(self, rules: ReferenceEntryRules) -> None:
        self.settings = rules
        self._continuation = _union(rules.continuation)
        self._link_labels = compile_pattern(rules.link_labels, IGNORECASE)
        self._number = compile_pattern(rules.number, IGNORECASE)
        self._markers = [compile_pattern(p, IGNORECASE) for p in rules.markers]
        self._source_markers = [compile_pattern(p, IGNORECASE) for p in rules.source_markers]

    def continues(self, text: str, previous: str = "") -> bool:
        """Does this block continue the entry before it (``previous``, without its link labels),
        rather than start one? An entry whose text so far does not end a sentence ("Agel J,")
        goes on in the next block."""
        stripped = text.strip()
        if self._number.search(stripped) is not None:
            return False
        if previous and self.settings.join_unfinished and not previous.endswith(_FINISHED):
            return True
        return not self.cut_labels(stripped) or self._continuation.search(stripped) is not None

    def cut_labels(self, text: str) -> str:
        """The text without its trailing run of link labels ("PubMed Abstract | …")."""
        match = self._link_labels.search(text)
        return (text[: match.start()] if match else text).strip()

    def number(self, text: str) -> int | None:
        match = self._number.search(text)
        return int(match.group("number")) if match else None

    def cited(self, text: str, markup: str | None) -> list[int]:
        """The entry numbers that the markers of a claim's text (and source markup) cite."""
        found: list[int] = []
        # In the order cited; a range of two markers ("[17]–[21]") before its first marker.
        spans = sorted(
            (m.start(), -m.end(), m.group("numbers"))
            for p in self._markers
            for m in p.finditer(text)
        )
        groups = [numbers for _, _, numbers in spans]
        if markup is not None:
            groups += [m.group("numbers") for p in self._source_markers for m in p.finditer(markup)]
        for group in groups:
            group = group.replace("]", "").replace("[", "")  # "17]–[21": a range of markers
            for part in group.replace("–", "-").split(","):
                low, _, high = part.strip().partition("-")
                if not low.strip().isdigit():
                    continue
                first = int(low)
                last = int(high) if high.strip().isdigit() else first
                if first <= last <= first + self.settings.max_range:
                    found.extend(range(first, last + 1))
        return found


# (id, text, span, identifiers): the fields of models.Reference.
ReferenceRow = tuple[str, str, Span, tuple[CitationRow, ...]]


@dataclass(frozen=True)
class ReferenceList:
    entries: tuple[ReferenceRow, ...]
    numbered: bool  # do the entries state numbers, or stand in an <ol>?

    def ids(self) -> frozenset[str]:
        return frozenset(entry[0] for entry in self.entries)


class References:
    """The reference-list rules of a rules set, compiled once (for every page)."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.entry_rules = EntryRules(rules.citations.references)
        self.scoped = _union(rules.citations.scoped_reference)

    def build(self, page: SegmentedPage, matches: Sequence[BlockMatches]) -> ReferenceList:
        return build_references(self.rules, page, matches, self)

    def link(
        self, page: SegmentedPage, claims: Sequence[ClaimRow], references: ReferenceList
    ) -> None:
        link_claims(self.rules, page, claims, references, self)


def _is_entry_unit(rules: Rules, text: str, scoped: Pattern[str]) -> bool:
    # A "Reference: PMID:…" line cites the blocks before it (segment.py): not a list entry.
    return scoped.search(text) is None


def build_references(
    rules: Rules,
    page: SegmentedPage,
    matches: Sequence[BlockMatches],
    compiled: References | None = None,
) -> ReferenceList:
    compiled = compiled or References(rules)
    entry_rules = compiled.entry_rules
    scoped = compiled.scoped
    groups: list[list[int]] = []
    previous: str | None = None  # the text before, without its link labels
    source = page.cleaned.source.text
    html = page.cleaned.source.media_type == "text/html"
    for n, unit in enumerate(page.units):
        if unit.role != Role.REFERENCE or not _is_entry_unit(rules, unit.block.text.text, scoped):
            previous = None
            continue
        text = unit.block.text.text
        # A text page's entry number may stand before the block, as its list marker ("2. "):
        # a numbered line starts an entry, whatever the line before it ends with.
        start = unit.block.span[0]
        marker = source[source.rfind("\n", 0, start) + 1 : start]
        numbered = (
            not html and bool(marker.strip()) and entry_rules.number(marker + " X") is not None
        )
        if (
            previous is not None
            and groups
            and not numbered
            and entry_rules.continues(text, previous)
        ):
            groups[-1].append(n)
        else:
            groups.append([n])
        cut = entry_rules.cut_labels(text)
        previous = cut or previous

    entries: list[ReferenceRow] = []
    used: set[int] = set()
    last = 0
    explicit = False
    for members in groups:
        texts = [entry_rules.cut_labels(page.units[n].block.text.text) for n in members]
        text = " ".join(t for t in texts if t)
        if not text:
            continue
        start = page.units[members[0]].block.span[0]
        # The number may stand before the block, read as a list bullet ("12. " of a text page).
        line = source[source.rfind("\n", 0, start) + 1 : start]
        number = entry_rules.number(text)
        if number is None and not html and line.strip():
            number = entry_rules.number(line + " X")
        if number is not None and number not in used:
            explicit = True
        else:
            number = last + 1
            while number in used:
                number += 1
        used.add(number)
        last = number
        cited = ((hit.scheme, hit.value) for n in members for hit in matches[n].identifiers)
        identifiers = tuple(dict.fromkeys(cited))
        end = max(page.units[n].block.span[1] for n in members)
        entries.append((f"r{number}", text, (start, end), identifiers))
    in_ordered = False
    if html and entries:
        first = entries[0][2][0]
        in_ordered = source.rfind("<ol", 0, first) > source.rfind("</ol>", 0, first)
    return ReferenceList(tuple(entries), explicit or in_ordered)


def link_claims(
    rules: Rules,
    page: SegmentedPage,
    claims: Sequence[ClaimRow],
    references: ReferenceList,
    compiled: References | None = None,
) -> None:
    """Set each claim's ``references``: the ids of the entries its markers cite, in the order
    cited."""
    if not references.entries or not references.numbered:
        return
    entry_rules = (compiled or References(rules)).entry_rules
    ids = references.ids()
    html = page.cleaned.source.media_type == "text/html"
    source = page.cleaned.source.text
    for claim in claims:
        markup = source[claim.span[0] : claim.span[1]] if html else None
        cited = [f"r{n}" for n in entry_rules.cited(claim.text, markup)]
        found = tuple(dict.fromkeys(ref for ref in cited if ref in ids))
        if found:
            claim.references = found


__all__ = [
    "EntryRules",
    "ReferenceList",
    "ReferenceRow",
    "References",
    "build_references",
    "link_claims",
]
