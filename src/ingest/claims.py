"""Stage 5, assemble claims: a sentence (or list item, or table row) of kept text that carries a
percentage, an identifier, or an entity of a claim-bearing label (rules/claims.yaml).

Reads: :class:`~ingest.segment.SegmentedPage` and the :class:`~ingest.match.BlockMatches` of
each unit. Adds: claims in source order, as :class:`~ingest.rows.ClaimRow` (the fields of
:class:`~ingest.models.Claim` as plain data), each with its section path, its citations (the
nearest scope first: a "Reference:" line for its part of the section, then its article's own
citation), hedges and negation. A claim's text is normalized once, here: its id, the loose
wording and the numbers that deduplication compares come from that one pass.

Matches are read from each block's :class:`~ingest.match.BlockMatches` only (percentages,
identifiers, entities with their offsets in the block text), and cues through
``Matchers.cues.find``: the whole interface with the match stage.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import Any, Generic, TypeVar

import ahocorasick

from ingest.clean.blocks import BlockKind, RawBlock
from ingest.match import BlockMatches, IdentifierHit, Matchers
from ingest.match.cues import FoundCues
from ingest.match.entities import FoundEntity
from ingest.match.percentages import FoundPercentage
from ingest.rows import CitationRow, ClaimRow
from ingest.rules import Rules
from ingest.rules.literals import fold, necessary_literals
from ingest.rules.models import ClaimGate
from ingest.rules.patterns import IGNORECASE, compile_pattern
from ingest.segment import Role, SegmentedPage, SentenceSeg, Unit
from ingest.text import line_starts, word_count
from ingest.textmap import MappedText

_WHITESPACE = re.compile(r"\s+")
# The loose wording of a claim (ingest.dedupe): hyphens inside words dropped, then the runs
# of letters, digits and "%" joined by one space ("%" glued to what it follows).
# (Written as the runs kept, and the hyphen before its lookbehind, so that the engine jumps
# from candidate to candidate: the same strings, 1.5x and 5x faster than a scan at every
# position for "[^\w%]+" and "(?<=\w)[-‐‑](?=\w)".)
_WORDS = re.compile(r"[\w%]+")
_HYPHEN = re.compile(r"[-‐‑](?<=\w[-‐‑])(?=\w)")  # "intra-articular" ~ "intraarticular"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def normalize_claim_text(text: str) -> str:
    """Unicode NFKC, whitespace collapsed, stripped, case-folded (SPEC: claim ids)."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def claim_id(text: str) -> str:
    digest = hashlib.sha256(normalize_claim_text(text).encode("utf-8")).hexdigest()
    return "c" + digest[:16]


def loose_of_key(key: str) -> str:
    """The loose wording (:func:`ingest.dedupe.loose`) of a text from its normalized form
    (:func:`normalize_claim_text`): case folding and collapsed whitespace change nothing the
    loose form keeps, so a claim's text is normalized once for its id and its wording."""
    return " ".join(_WORDS.findall(_HYPHEN.sub("", key))).replace(" %", "%")


def claim_numbers(text: str) -> tuple[str, ...]:
    """The numbers of a claim's signature (:func:`ingest.dedupe.signature`), sorted."""
    return tuple(sorted(_NUMBER.findall(unicodedata.normalize("NFKC", text))))


def unique_citations(items: Iterable[CitationRow]) -> tuple[CitationRow, ...]:
    """(scheme, value) pairs, each once, in their first order."""
    return tuple(dict.fromkeys(items))


_CUT_LEAD = re.compile(r"[^\W_](?:\.\.\.|…)$")
# What a bare term holds none of: a number, or the punctuation of a sentence, a label, a list.
_NOT_BARE = re.compile(r"[\d.!?:;,()%]")


class Gate:
    """rules/claims.yaml ``gate``: which sentences are not claims by their shape."""

    def __init__(self, gate: ClaimGate) -> None:
        self.settings = gate
        self._rules = [
            (rule.id, compile_pattern(rule.pattern, IGNORECASE)) for rule in gate.not_claims
        ]
        # The stems a text must hold for a rule to match in it (literals.necessary_literals,
        # its lookaheads' too: "#" of the hashtag line), all rules' in one automaton: a text
        # holding none of a rule's stems is not searched with it. A rule without: always.
        stems = [necessary_literals(rule.pattern, lookarounds=True) for rule in gate.not_claims]
        self._always = [found is None for found in stems]
        owners: dict[str, list[int]] = {}
        for number, found in enumerate(stems):
            for stem in sorted(found or ()):
                owners.setdefault(stem, []).append(number)
        self._stems: Any = None
        if owners:
            automaton = ahocorasick.Automaton()
            for stem, numbers in owners.items():
                automaton.add_word(stem, tuple(numbers))
            automaton.make_automaton()
            self._stems = automaton

    def excludes(self, text: str, shares: _LinkShares | None, lo: int, hi: int) -> bool:
        """:meth:`rejects` for ``text`` standing at ``[lo, hi)`` of a block whose link shares
        are ``shares`` (None: a block without links), reading the share only where it counts."""
        stripped = text.strip()
        held: set[int] = set()
        if self._stems is not None:
            for _, numbers in self._stems.iter(fold(stripped)):
                held.update(numbers)
        always = self._always
        for number, (_, pattern) in enumerate(self._rules):
            if (always[number] or number in held) and pattern.search(stripped) is not None:
                return True
        if self.labelled_teaser(text, shares, lo):
            return True
        if word_count(stripped) > self.settings.link_max_words:
            return False
        return self.link_labels(shares, lo, hi)

    def cut_lead(self, text: str) -> bool:
        """Ends in an ellipsis straight after a word, ``cut_lead_min_words`` long (whether it
        ends its block is the caller's to say)."""
        minimum = self.settings.cut_lead_min_words
        text = text.rstrip()
        return minimum > 0 and _CUT_LEAD.search(text) is not None and word_count(text) >= minimum

    def labelled_teaser(self, text: str, shares: _LinkShares | None, lo: int) -> bool:
        """A short label, a colon, then a link's anchor of ``labelled_teaser_min_words``
        words and nothing else: a related article's headline under its topic."""
        minimum = self.settings.labelled_teaser_min_words
        colon = text.find(":")
        if shares is None or not minimum or colon < 1 or word_count(text[:colon]) > 4:
            return False
        after = text[colon + 1 :]
        if word_count(after) < minimum:
            return False
        start = lo + colon + 1
        return shares.share(start, lo + len(text)) >= self.settings.link_share

    def link_labels(self, shares: _LinkShares | None, lo: int, hi: int) -> bool:
        """Do link anchors hold ``link_share`` of the letters of ``[lo, hi)``, at any length?"""
        if shares is None or not self.settings.link_share > 0:
            return False
        return shares.share(lo, hi) >= self.settings.link_share

    def rejects(self, text: str, link_share: float = 0.0) -> str | None:
        """The id of the shape that makes ``text`` not a claim ("links" for a link label)."""
        stripped = text.strip()
        for rule_id, pattern in self._rules:
            if pattern.search(stripped) is not None:
                return rule_id
        words = word_count(stripped)
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


def _in_address(text: str, start: int, end: int) -> bool:
    """Is this mention part of an e-mail address or a URL ("contact@bronchiectasis.me",
    "www.lupus.org")? A name in an address names the site, not a finding."""
    if not ((start and text[start - 1] in "@./") or (end < len(text) and text[end] in "@./")):
        return False
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    token = text[left:right]
    return "@" in token or "://" in token or token.lower().startswith("www.")


class ClaimAssembler:
    def __init__(self, rules: Rules, matchers: Matchers) -> None:
        self.settings = rules.claims
        self.matchers = matchers
        self._labels = frozenset(rules.claims.entity_labels)
        self._topic_labels = frozenset(rules.claims.topic_labels)
        bare = rules.claims.gate.bare_abbreviation
        self._bare = compile_pattern(bare) if bare else None
        patients = rules.claims.gate.bare_abbreviation_patients
        # "MS-patiënten", "PD patients" after the mention; "patients with MS" before it.
        self._patients_after = (
            compile_pattern(rf"[-\s]?{patients}(?![\p{{L}}])", IGNORECASE) if patients else None
        )
        self._patients_before = (
            compile_pattern(
                rf"(?<![\p{{L}}]){patients}\s+(?:with|met|mit|avec|con|com)\s+$", IGNORECASE
            )
            if patients
            else None
        )
        self._kinds = set(rules.claims.block_kinds)
        self._roles = set(rules.claims.block_roles)
        self.gate = Gate(rules.claims.gate)

    def holds_claims(self, unit: Unit) -> bool:
        # Kinds and roles are string enums: their members are found in sets of their values.
        # A row of column headers holds labels without values: never a claim.
        return (
            unit.block.kind in self._kinds
            and unit.role in self._roles
            and not unit.block.header_row
        )

    def assemble(
        self,
        page: SegmentedPage,
        matches: Sequence[BlockMatches],
        article_ids: Sequence[str],
        section_ids: Sequence[str],
        article_citations: Sequence[tuple[CitationRow, ...]],
    ) -> list[ClaimRow]:
        """The claims of the page in source order, as plain rows (:mod:`ingest.rows`)."""
        source = page.cleaned.source.text
        page_work = _PageWork(page, source, article_ids, section_ids)
        if self._bare is not None:
            # The entities the page names in full somewhere (a definition "Parkinson's disease
            # (PD)" included): a bare short form of one of them stands for it.
            bare = self._bare
            page_work.named_in_full = {
                entity.canonical
                for unit, found in zip(page.units, matches, strict=True)
                for entity in found.entities
                if not bare.fullmatch(unit.block.text.text[entity.start : entity.end])
                or self._joined_to_patients(unit.block.text.text, entity.start, entity.end)
            }
        page_work.about_health = self._about_health(page, matches)
        claims: list[ClaimRow] = []
        terms = self._term_lists(page.units)
        by_unit: dict[int, list[SentenceSeg]] = {}
        for sentence in page.sentences:
            by_unit.setdefault(sentence.unit, []).append(sentence)
        for n, unit in enumerate(page.units):
            sentences = by_unit.get(n)
            found = matches[n]
            if not sentences or not self.holds_claims(unit) or found.empty or n in terms:
                continue
            link_hits = _assign_link_hits(unit.block.text, sentences, found.identifiers)
            scoped = [
                (hit.scheme, hit.value)
                for ref in unit.scope_refs
                for hit in matches[ref].identifiers
            ]
            citations = unique_citations([*scoped, *article_citations[unit.article]])
            buckets = _Buckets.of(found, sentences)
            shares = _LinkShares(unit.block) if unit.block.anchors else None
            spans = _source_spans(unit.block.text)
            for k, sentence in enumerate(sentences):
                percentages, text_hits, entities = buckets.of_sentence(k)
                claim = self._claim(
                    page_work,
                    unit,
                    sentence,
                    percentages,
                    text_hits,
                    entities,
                    link_hits[k],
                    shares,
                    spans,
                    citations,
                )
                if claim is not None:
                    claims.append(claim)
        claims.sort(key=_span_order)
        return claims

    def _about_health(self, page: SegmentedPage, matches: Sequence[BlockMatches]) -> bool:
        """Is the page about health? An organ named on a page about a singer ("stole your
        heart"), a city ("the heart of Europe") or a novel ("Half-Blood Prince") is a figure of
        speech; on a page whose blocks name diseases, drugs, organs and findings it is a finding
        about the body (``topic_labels``, ``topic_min_share`` in rules/claims.yaml)."""
        minimum = self.settings.topic_min_share
        if not self._topic_labels or minimum <= 0:
            return True
        blocks = naming = 0
        for unit, found in zip(page.units, matches, strict=True):
            if not self.holds_claims(unit):
                continue
            blocks += 1
            if found.percentages or any(e.label in self._labels for e in found.entities):
                naming += 1
        return blocks > 0 and naming >= minimum * blocks

    def _term_lists(self, units: Sequence[Unit]) -> set[int]:
        """The list items of runs of bare terms ("- ICU", "- pneumonia patients", "- viral
        influenza") under a heading: a page's themes or tags name things and assert nothing."""
        settings = self.gate.settings
        minimum = settings.term_list_min_items
        if not minimum:
            return set()
        bare = [
            unit.block.kind == BlockKind.LIST_ITEM
            and 0 < word_count(unit.block.text.text) <= settings.term_list_max_words
            and _NOT_BARE.search(unit.block.text.text) is None
            for unit in units
        ]
        found: set[int] = set()
        n = 0
        while n < len(units):
            end = n
            while end < len(units) and bare[end]:
                end += 1
            # Items that complete a lead ("Common symptoms include:" / "- dry cough" / "- loss
            # of smell") say what the lead says of each: they stay claims.
            led = n > 0 and units[n - 1].block.text.text.rstrip().endswith((":", "："))
            if end - n >= minimum and not led:
                found.update(range(n, end))
            n = max(end, n + 1)
        return found

    def _joined_to_patients(self, text: str, start: int, end: int) -> bool:
        after, before = self._patients_after, self._patients_before
        return bool(
            (after is not None and after.match(text, end))
            or (before is not None and before.search(text[max(0, start - 40) : start]))
        )

    def _bearing(self, work: _PageWork, unit: Unit, entities: Sequence[FoundEntity]) -> bool:
        """Does one of the entities make a claim? A bare short form ("PD", "MS", "IT") does
        only where the page names its entity in full: alone it is as often initials, a
        company or a port ("USB-C PD") as the disease."""
        bare = self._bare
        text = unit.block.text.text
        return any(
            e.label in self._labels
            and (work.about_health or e.label not in self._topic_labels)
            and (
                bare is None
                or e.canonical in work.named_in_full
                or not bare.fullmatch(text[e.start : e.end])
            )
            and not _in_address(text, e.start, e.end)
            for e in entities
        )

    def _claim(
        self,
        work: _PageWork,
        unit: Unit,
        sentence: SentenceSeg,
        percentages: Sequence[FoundPercentage],
        text_hits: Sequence[IdentifierHit],
        entities: Sequence[FoundEntity],
        link_hits: list[IdentifierHit],
        shares: _LinkShares | None,
        span: Callable[[int, int], tuple[int, int]],
        citations: tuple[CitationRow, ...],
    ) -> ClaimRow | None:
        settings = self.settings
        carried = (settings.percentages and percentages) or self._bearing(work, unit, entities)
        if not (carried or (settings.identifiers and (text_hits or link_hits))):
            return None
        mapped = unit.block.text
        block_text = mapped.text
        lo, hi = sentence.start, sentence.end
        text = block_text[lo:hi]
        if self.gate.excludes(text, shares, lo, hi):
            return None
        if not carried and text_hits and _identifiers_alone(block_text, lo, hi, text_hits):
            return None
        if self.gate.cut_lead(text) and not block_text[hi:].strip():
            return None
        if not carried and not text_hits and self.gate.link_labels(shares, lo, hi):
            # Carried only by identifiers of its link targets, and its words are those links'
            # labels, however many ("Enhanced Article (HTML) Get PDF (473K)"): the identifiers
            # stay in the document's, the labels are no claim.
            return None
        hits = sorted([*text_hits, *link_hits], key=_source_start) if link_hits else text_hits
        start, end = span(lo, hi)
        language = work.cleaned.language_at(start)  # None: the page's language
        for hit in link_hits:
            start, end = _cover_link(work.source, start, end, hit)
        cues = work.cues.get(text)
        if cues is None:
            cues = work.cues[text] = self.matchers.cues.find(text)
        forms = work.texts.get(text)
        if forms is None:
            forms = work.texts[text] = text_forms(text)
        key, claim_id, wording, numbers = forms
        # (List comprehensions, not generators: a tuple of a list is the cheaper build.)
        entity_rows = tuple(
            [
                (e.label, block_text[e.start : e.end], e.canonical, span(e.start, e.end))
                for e in entities
            ]
        )
        identifier_rows = tuple(
            [(h.scheme, h.value, h.text, (h.source_start, h.source_end)) for h in hits]
        )
        percentage_rows = tuple(
            [
                (
                    block_text[p.start : p.end],
                    _float(p.value),
                    _float(p.low),
                    _float(p.high),
                    p.approximate,
                    span(p.start, p.end),
                )
                for p in percentages
            ]
        )
        negated = cues.negated
        signature = (
            numbers,
            tuple(sorted([f"{h.scheme}:{h.value}" for h in hits])) if hits else (),
            negated,
            tuple(sorted({f"{e.label}:{e.canonical}" for e in entities})) if entities else (),
        )
        section = unit.section
        return ClaimRow(
            claim_id,
            text,
            language,
            (start, end),
            bisect_right(work.line_starts, start),
            work.article_ids[unit.article],
            work.section_ids[section] if section is not None else None,
            work.section_path(section),
            percentage_rows,
            identifier_rows,
            entity_rows,
            bool(cues.hedges),
            cues.hedges,
            negated,
            citations,
            key,
            wording,
            signature,
        )


def _source_spans(mapped: MappedText) -> Callable[[int, int], tuple[int, int]]:
    """``mapped.source_span``; for a text that is one verbatim piece of its source (most
    lines of a text page), a shift."""
    pieces = mapped.pieces
    if len(pieces) != 1 or not pieces[0].verbatim:
        return mapped.source_span
    shift = pieces[0].source_start - pieces[0].start

    def shifted(start: int, end: int) -> tuple[int, int]:
        if start >= end:
            return mapped.source_span(start, end)  # its error
        return start + shift, end + shift

    return shifted


def _span_order(claim: ClaimRow) -> tuple[int, int]:
    return claim.span


def _identifiers_alone(text: str, lo: int, hi: int, hits: Sequence[IdentifierHit]) -> bool:
    """Is the sentence ``text[lo:hi]`` its identifiers' values and nothing else, in any scheme
    (a registry's listing: "ChiCTR2600133371" alone on its line): no letter is left once the
    values are cut. A label before one ("EudraCT Number: 2005-002909-23") is left."""
    rest = text[lo:hi].casefold()
    for hit in hits:
        rest = rest.replace(hit.value.casefold(), " ")
    return not any(ch.isalpha() for ch in rest)


def _source_start(hit: IdentifierHit) -> int:
    return hit.source_start


def _float(value: float | None) -> float | None:
    """As a pydantic float field keeps it: an int becomes its float."""
    return value if value is None or type(value) is float else float(value)


# The forms of a claim's text, computed once: its normalized key, its id, the loose wording
# deduplication compares, and the numbers of its signature (a plain tuple: the cheapest build).
TextForms = tuple[str, str, str, tuple[str, ...]]


def text_forms(text: str) -> TextForms:
    """(key, id, loose wording, numbers) of a claim's text: :func:`normalize_claim_text`,
    :func:`claim_id`, :func:`loose_of_key` and :func:`claim_numbers` from one NFKC pass."""
    nfkc = unicodedata.normalize("NFKC", text)
    key = " ".join(nfkc.split()).casefold()
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    numbers = tuple(sorted(_NUMBER.findall(nfkc)))
    return key, "c" + digest[:16], loose_of_key(key), numbers


class _PageWork:
    """What the claims of one page share: its line starts, section paths, and the cues and
    text forms of texts already seen on it (a page repeats its sentences)."""

    def __init__(
        self,
        page: SegmentedPage,
        source: str,
        article_ids: Sequence[str],
        section_ids: Sequence[str],
    ) -> None:
        self.page = page
        self.cleaned = page.cleaned
        self.source = source
        self.article_ids = article_ids
        self.section_ids = section_ids
        self._line_starts: list[int] | None = None
        self._paths: dict[int | None, tuple[str, ...]] = {}
        self.cues: dict[str, FoundCues] = {}
        self.texts: dict[str, TextForms] = {}
        self.named_in_full: set[str] = set()
        self.about_health = True

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            self._line_starts = line_starts(self.source)
        return self._line_starts

    def section_path(self, section: int | None) -> tuple[str, ...]:
        path = self._paths.get(section)
        if path is None:
            path = self._paths[section] = self.page.section_path(section)
        return path


class _Buckets:
    """The matches of one block by sentence. Sentences in order that do not overlap (the
    segmenter's) take their items in one pass, each item placed by bisection; otherwise each
    sentence looks its items up by start (:class:`_ByStart`). Items keep their list order."""

    def __init__(
        self,
        percentages: list[list[FoundPercentage]],
        identifiers: list[list[IdentifierHit]],
        entities: list[list[FoundEntity]],
    ) -> None:
        self._percentages = percentages
        self._identifiers = identifiers
        self._entities = entities

    @classmethod
    def of(cls, matches: BlockMatches, sentences: Sequence[SentenceSeg]) -> _Buckets | _Indexed:
        starts = [s.start for s in sentences]
        ends = [s.end for s in sentences]
        if any(ends[k] > starts[k + 1] for k in range(len(starts) - 1)) or any(
            s > e for s, e in zip(starts, ends, strict=True)
        ):
            return _Indexed(_BlockIndex.of(matches), sentences)
        count = len(sentences)

        def place(items: Sequence[T], start: Callable[[T], int | None]) -> list[list[T]]:
            out: list[list[T]] = [[] for _ in range(count)]
            for item in items:
                at = start(item)
                if at is None:
                    continue
                k = bisect_right(starts, at) - 1
                if k >= 0 and at < ends[k]:
                    out[k].append(item)
            return out

        return cls(
            place(matches.percentages, _start_of),
            place(matches.identifiers, _hit_start),
            place(matches.entities, _start_of),
        )

    def of_sentence(
        self, k: int
    ) -> tuple[list[FoundPercentage], list[IdentifierHit], list[FoundEntity]]:
        return self._percentages[k], self._identifiers[k], self._entities[k]


def _start_of(item: FoundPercentage | FoundEntity) -> int:
    return item.start


def _hit_start(hit: IdentifierHit) -> int | None:
    return hit.start


class _Indexed:
    """:class:`_Buckets` for sentences that overlap or are out of order."""

    def __init__(self, index: _BlockIndex, sentences: Sequence[SentenceSeg]) -> None:
        self._index = index
        self._sentences = sentences

    def of_sentence(
        self, k: int
    ) -> tuple[list[FoundPercentage], list[IdentifierHit], list[FoundEntity]]:
        lo, hi = self._sentences[k].start, self._sentences[k].end
        index = self._index
        return (
            index.percentages.within(lo, hi),
            index.identifiers.within(lo, hi),
            index.entities.within(lo, hi),
        )


class _LinkShares:
    """The share of a block's letters and digits inside link anchors, for any range of it in
    constant time (running counts, made once per block)."""

    def __init__(self, block: RawBlock) -> None:
        self._block = block
        self._alnum: list[int] = []
        self._inside: list[int] = []

    def share(self, lo: int, hi: int) -> float:
        if not self._alnum:  # made on first use: most blocks with links have no short claim
            alnum = [ch.isalnum() for ch in self._block.text.text]
            inside = [a and m for a, m in zip(alnum, self._block.link_mask, strict=True)]
            self._alnum = [0, *accumulate(alnum)]
            self._inside = [0, *accumulate(inside)]
        total = self._alnum[hi] - self._alnum[lo]
        return (self._inside[hi] - self._inside[lo]) / total if total else 0.0


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


__all__ = [
    "ClaimAssembler",
    "Gate",
    "Role",
    "claim_id",
    "claim_numbers",
    "loose_of_key",
    "normalize_claim_text",
    "text_forms",
    "unique_citations",
]
