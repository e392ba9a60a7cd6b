"""Block filters: each looks at the blocks still kept and returns the ones it removes, and why.

A filter is a small class with a ``name`` and ``decide(blocks, context) -> {index: Verdict}``.
Filters run in the order of :data:`FILTERS`; a block removed by one is not shown to the next.
Every verdict carries the removal reason of the spec and the id of the rule that fired.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import ahocorasick
from rapidfuzz import fuzz

from ingest.clean.blocks import BlockKind, RawBlock
from ingest.clean.language import (
    FunctionWords,
    LanguageDetector,
    LanguageGuess,
    one_page_language,
)
from ingest.reflists import EntryShapes
from ingest.rules import Rules
from ingest.rules.firstchars import first_chars
from ingest.rules.literals import fold, necessary_literals
from ingest.rules.patterns import IGNORECASE, AnyOf, Pattern, compile_pattern
from ingest.text import (
    SENTENCE_THEN_MORE,
    echo,
    letter_words,
    normalized,
    title_cased,
    word_count,
)

# A year of the 19th to 21st century: reference entries of a text scrape hold one.
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")


@dataclass(frozen=True, slots=True)
class Verdict:
    reason: str
    rule: str


@dataclass
class FilterContext:
    rules: Rules
    carries_evidence: Callable[[RawBlock], bool]
    language: LanguageDetector | None
    site_chrome: frozenset[str] = frozenset()
    # The language the page declares (<html lang>, Content-Language, og:locale): the prior.
    declared_language: str | None = None
    page_language: str | None = None
    html: bool = False  # an HTML page (its headings are marked up)
    # Blocks removed as headings of related-content or navigation lists: what follows them
    # is judged as a list even without links (scrapes often drop the links).
    announcers: set[int] = field(default_factory=set)
    # Their heading levels, where they are headings: the list runs up to the next heading of
    # that level or higher.
    announcer_levels: dict[int, int] = field(default_factory=dict)
    # The detector's guesses that foreign_language made, by block index: the claims' language
    # reuses them (ingest.clean.language.foreign_blocks). Attribution is never guessed.
    guesses: dict[int, LanguageGuess | None] = field(default_factory=dict)
    stats: Counter[str] = field(default_factory=Counter)


class BlockFilter(Protocol):
    name: str

    def decide(
        self, blocks: Sequence[tuple[int, RawBlock]], context: FilterContext
    ) -> dict[int, Verdict]: ...


class NoText:
    """Blocks without a letter or digit: separators ("..."), icons, arrows."""

    name = "no-text"

    def decide(
        self, blocks: Sequence[tuple[int, RawBlock]], context: FilterContext
    ) -> dict[int, Verdict]:
        return {
            i: Verdict("boilerplate", "no-text")
            for i, block in blocks
            if not any(ch.isalnum() for ch in block.text.text)
        }


class ForeignLanguage:
    """Blocks in another language than the page's (rules and figures: docs/language.md).

    The page's language is the length-weighted vote of blocks of ``min_words_alone`` words or
    more, with the language the page declares as a prior: the declared language is the page's
    when nothing could be judged (a page with little text) or when its vote is at least
    ``declared_min_share`` of the winner's (a template may declare "en" over German text, but
    a German page's English quotes never outvote its declaration). Such a block is foreign
    when the detector says another language with ``min_confidence``. A shorter block is never
    judged alone: it is foreign only when the detector is sure of it (``min_confidence_short``)
    and a neighbour is foreign in the same language, or when it sits in a run of short blocks
    whose joined text is surely foreign in its own language.
    """

    name = "foreign-language"

    def __init__(self, rules: Rules) -> None:
        abstract = rules.cleaning.language.parallel_abstract
        self._parallel_abstract = compile_pattern(abstract, IGNORECASE) if abstract else None
        # A source line ("Source: …", "Quelle: …") names the source in its own language: an
        # English study title under a German article is attribution, not foreign content.
        self._citation = [compile_pattern(p, IGNORECASE) for p in rules.citations.article_citation]
        # So do bibliographic blocks: author lists ("Légaré F, Graham ID, …: Prise de décision
        # partagée …"), journal lines and link labels of reference entries ("Soc Sci Med 2008,
        # 66:2596-2609. PubMed Abstract"), which the detector calls Norwegian or French.
        citations = rules.citations
        self._bibliographic = compile_pattern(
            "|".join(f"(?:{p})" for p in citations.bare_reference) or "(?!)"
        )
        self._entry_part = AnyOf(citations.references.continuation, IGNORECASE)
        # ... and a run of blocks shaped and opening as a reference list's entries.
        self._entries = EntryShapes(citations.references)
        self._entry_number = compile_pattern(citations.references.number, IGNORECASE)
        self._reference_heading = compile_pattern(
            "|".join(f"(?:{p})" for p in rules.sections.reference_headings) or "(?!)", IGNORECASE
        )
        self._function_words = FunctionWords(rules.cleaning.language.function_words)

    def _references(self, blocks: Sequence[tuple[int, RawBlock]], html: bool) -> list[bool]:
        """Which blocks are bibliographic, never judged: those shaped as a reference entry or a
        part of one, and in a reference list (after a "References" heading, up to the next
        marked-up heading) every block of an HTML page (entries split into author spans:
        "Huston LJ,", "et al"); a text scrape marks up no heading, so there the list holds the
        blocks with a year or an entry number, and ends at a short line without a digit (the
        "References" of a table of contents is followed by "Trials", not by entries)."""
        flags = []
        in_list = False
        for _, block in blocks:
            text = block.text.text.strip()
            if word_count(text) <= 6 and self._reference_heading.search(text) is not None:
                in_list = True
                flags.append(False)
                continue
            if block.kind == BlockKind.HEADING:
                in_list = False
            shaped = self._bibliographic.search(text) is not None or self._entry_part.search(text)
            entry = (
                shaped
                or _YEAR.search(text) is not None
                or self._entry_number.search(text) is not None
            )
            short = word_count(text) <= 6
            if in_list and not html and not entry and short and not any(c.isdigit() for c in text):
                in_list = False  # a title-like line ends a text scrape's list ("Trials")
            flags.append(shaped or (in_list and (html or entry)))
        # Entries of a list without its heading: a block that opens as an entry and is shaped as
        # one ("[2] J. O. Sevy and M. Varacallo, “Carpal Tunnel Syndrome,” Nih.gov, 2022."), next
        # to another such block: one alone is a sentence that opens with an initial or a number.
        listed = [self._entries.listed_entry(block.text.text) for _, block in blocks]
        for n, is_entry in enumerate(listed):
            if is_entry and ((n > 0 and listed[n - 1]) or (n + 1 < len(listed) and listed[n + 1])):
                flags[n] = True
        return flags

    def decide(
        self, blocks: Sequence[tuple[int, RawBlock]], context: FilterContext
    ) -> dict[int, Verdict]:
        settings = context.rules.cleaning.language
        detector = context.language
        context.page_language = context.declared_language
        if detector is None or not settings.enabled or not blocks:
            return {}
        texts = [block.text.text for _, block in blocks]
        sizes = [letter_words(t) for t in texts]
        long = [size >= settings.min_words_alone for size in sizes]
        if not any(long):
            return {}  # nothing to judge: the declared language stands
        # A page in one language: guessed once, no block is foreign (docs/language.md).
        single = one_page_language(
            texts, sizes, detector, settings, self._function_words, context.declared_language
        )
        if single is not None:
            context.page_language = single
            return {}
        bibliographic = self._references(blocks, context.html)
        # Short blocks are guessed only when a rule below asks (most never are); bibliographic
        # text (a block with an identifier) has no language worth judging.
        unknown = LanguageGuess("", 0.0)
        guesses: list[LanguageGuess | None] = [unknown] * len(blocks)

        def guess_of(n: int) -> LanguageGuess | None:
            found = guesses[n]
            if found is unknown:
                block = blocks[n][1]
                attribution = (
                    bibliographic[n]
                    or context.carries_evidence(block)
                    or any(p.match(texts[n]) for p in self._citation)
                )
                found = None if attribution else detector.detect(texts[n])
                guesses[n] = found
                if not attribution:
                    context.guesses[blocks[n][0]] = found
            return found

        weight: Counter[str] = Counter()
        for n, text in enumerate(texts):
            if long[n]:
                guess = guess_of(n)
                if guess is not None and guess.score >= settings.min_confidence:
                    weight[guess.language] += len(text)
        if not weight:
            return {}
        page = weight.most_common(1)[0][0]
        declared = context.declared_language
        if declared is not None and weight[declared] >= settings.declared_min_share * weight[page]:
            page = declared
        context.page_language = page
        ceiling = settings.max_page_language_score

        def foreign_guess(guess: LanguageGuess | None, floor: float) -> bool:
            # Terminology-heavy English lines get another language at 0.6 but keep ~0.17 for
            # English; real foreign text leaves the page's language near 0.
            return (
                guess is not None
                and guess.language != page
                and guess.score >= floor
                and guess.score_of(page) <= ceiling
            )

        foreign: dict[int, str] = {}
        for n in range(len(blocks)):
            if long[n] and foreign_guess(guess_of(n), settings.min_confidence):
                foreign[n] = guesses[n].language  # type: ignore[union-attr]
        # An uncertain long block beside a foreign block of its own guessed language.
        for n in range(len(blocks)):
            if long[n] and n not in foreign:
                guess = guess_of(n)
                if (
                    foreign_guess(guess, settings.min_confidence_beside_foreign)
                    and guess is not None
                    and guess.language in (foreign.get(n - 1), foreign.get(n + 1))
                ):
                    foreign[n] = guess.language
        sure = settings.min_confidence_short
        short_foreign: dict[int, str] = {}
        for n in range(len(blocks)):
            if long[n] or (n - 1 not in foreign and n + 1 not in foreign):
                continue
            guess = guess_of(n)
            if (
                guess is not None
                and foreign_guess(guess, sure)
                and guess.language in (foreign.get(n - 1), foreign.get(n + 1))
            ):
                short_foreign[n] = guess.language
        # Runs of short blocks (a footer of links): judged on their joined text.
        n = 0
        while n < len(blocks):
            if long[n]:
                n += 1
                continue
            end = n
            while end < len(blocks) and not long[end]:
                end += 1
            if end - n >= 2:
                joined = detector.detect(" ".join(texts[n:end]))
                if joined is not None and foreign_guess(joined, sure):
                    for k in range(n, end):
                        own = guess_of(k)
                        if own is not None and own.language == joined.language:
                            short_foreign[k] = joined.language
            n = end
        foreign.update(short_foreign)
        # A quotation between blocks of the page's language is said in the language it was said
        # in (a French fact-check quoting an English claim): the page's text, not a foreign part.
        for n in [n for n in foreign if blocks[n][1].quote]:
            if 0 < n < len(blocks) - 1 and n - 1 not in foreign and n + 1 not in foreign:
                del foreign[n]
        if self._parallel_abstract is not None:
            for k in _parallel_abstract_runs(texts, foreign, self._parallel_abstract):
                del foreign[k]
        relatives = {
            language
            for group in settings.close_languages
            if page in group
            for language in group
            if language != page
        }
        for n, language in list(foreign.items()):
            if language in relatives and sizes[n] < settings.close_max_words:
                counts = self._function_words.counts(texts[n])
                if counts[language] <= counts[page]:
                    del foreign[n]  # a short text that names no relative it could be in
        return {
            blocks[n][0]: Verdict("foreign_language", f"language-{lang}")
            for n, lang in foreign.items()
        }


def _parallel_abstract_runs(
    texts: Sequence[str], foreign: dict[int, str], heading: Pattern[str]
) -> list[int]:
    """The foreign blocks that are an abstract in translation: a run of blocks in one other
    language that an abstract's heading opens (the heading in that language, foreign itself,
    or right before the run)."""
    kept: list[int] = []
    n = 0
    while n < len(texts):
        if n not in foreign:
            n += 1
            continue
        end = n
        while end < len(texts) and foreign.get(end) == foreign[n]:
            end += 1
        if heading.fullmatch(texts[n].strip()) or (
            n > 0 and heading.fullmatch(texts[n - 1].strip())
        ):
            kept.extend(range(n, end))
        n = end
    return kept


class BoilerplatePatterns:
    """The rules of boilerplate.yaml: short blocks that match a pattern.

    A rule is tried only on blocks within its ``max_words``; patterns anchored at ``^`` are
    tried at the block's start only, and only when the block's first character is one they can
    start with (:mod:`ingest.rules.firstchars`). Boilerplate recurs (a call to action twelve
    times, a site's footer on every page), so verdicts are remembered per block text.

    Most blocks match no rule, and trying 525 patterns one by one on each took a tenth of a
    whole run on real pages. So a pattern is tried only when the block holds one of its
    necessary literal stems (:func:`ingest.rules.literals.necessary_literals`: "siret" for a
    company-registration line), found for all of them in one Aho-Corasick pass over the folded
    block; a pattern without a known stem is always tried. A stem is necessary, so the first
    rule that matches is the one found without the pass: the verdicts do not change.
    """

    name = "boilerplate-rules"
    _MEMO_SIZE = 50_000

    def __init__(self, rules: Rules) -> None:
        self._rules = [
            (
                rule.id,
                rule.max_words,
                [
                    (compile_pattern(p, IGNORECASE), p.startswith("^"), first_chars(p))
                    for p in rule.patterns
                ],
            )
            for rule in rules.boilerplate.rules
        ]
        self._announcing = {
            rule.id
            for rule in rules.boilerplate.rules
            if rule.category in ("related_content", "navigation") and rule.announces
        }
        self._longest = max((max_words for _, max_words, _ in self._rules), default=0)
        self._memo: dict[str, str | None] = {}
        # Stem → the patterns (by rule and place) that need it; patterns without a stem.
        self._always: set[tuple[int, int]] = set()
        automaton = ahocorasick.Automaton()
        needing: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for r, rule in enumerate(rules.boilerplate.rules):
            for k, pattern in enumerate(rule.patterns):
                stems = necessary_literals(pattern)
                if stems is None:
                    self._always.add((r, k))
                else:
                    for stem in stems:
                        needing[stem].add((r, k))
        for stem in sorted(needing):
            automaton.add_word(stem, frozenset(needing[stem]))
        self._stems: Any = automaton if needing else None
        if needing:
            automaton.make_automaton()

    def _candidates(self, text: str) -> set[tuple[int, int]]:
        """The patterns (by rule and place) whose stems the text holds, and those without."""
        found = set(self._always)
        if self._stems is not None:
            for _, patterns in self._stems.iter(fold(text)):
                found |= patterns
        return found

    def rule_for(self, text: str) -> str | None:
        """The id of the first rule that removes a block of this text, if any."""
        if text in self._memo:
            return self._memo[text]
        words = word_count(text)
        found = None
        if words <= self._longest and text:
            first = text[0]
            # A non-ASCII first character may case-fold onto an ASCII one: no prefilter then.
            anything = not first.isascii()
            candidates = self._candidates(text)
            for r, (rule_id, max_words, patterns) in enumerate(self._rules):
                if words > max_words:
                    continue
                for k, (pattern, anchored, starts) in enumerate(patterns):
                    if (r, k) not in candidates:
                        continue
                    if anchored:
                        if (starts is None or anything or first in starts) and pattern.match(text):
                            found = rule_id
                            break
                    elif pattern.search(text):
                        found = rule_id
                        break
                if found is not None:
                    break
        if len(self._memo) >= self._MEMO_SIZE:
            self._memo.clear()
        self._memo[text] = found
        return found

    def decide(
        self, blocks: Sequence[tuple[int, RawBlock]], context: FilterContext
    ) -> dict[int, Verdict]:
        verdicts: dict[int, Verdict] = {}
        for i, block in blocks:
            rule_id = self.rule_for(block.text.text)
            if rule_id is not None:
                verdicts[i] = Verdict("boilerplate", rule_id)
                if rule_id in self._announcing and word_count(block.text.text) <= 6:
                    context.announcers.add(i)
                    if block.kind == BlockKind.HEADING and block.heading_level is not None:
                        context.announcer_levels[i] = block.heading_level
        settings = context.rules.cleaning.link_lists
        if settings.teaser_link_rules and settings.teaser_endings:
            # A lead cut short right before its read-more link: an excerpt of the page the
            # link opens, not this page's text, whatever it carries.
            for (before, lead), (i, link) in itertools.pairwise(blocks):
                rule = verdicts.get(i)
                if (
                    before == i - 1
                    and before not in verdicts
                    and rule is not None
                    and rule.rule in settings.teaser_link_rules
                    and _links_away(link)
                    and lead.text.text.rstrip().endswith(settings.teaser_endings)
                ):
                    verdicts[before] = Verdict("boilerplate", "teaser")
        return verdicts


class RepeatedBoilerplate:
    """A block printed many times on one page (a call to action twelve times) is boilerplate.

    Only sentences (8+ words) or blocks repeated together with a neighbour qualify: a short
    heading such as "Results" may recur once per article and still be content.
    """

    name = "repeated-block"

    def decide(
        self, blocks: Sequence[tuple[int, RawBlock]], context: FilterContext
    ) -> dict[int, Verdict]:
        threshold = context.rules.cleaning.duplicates.boilerplate_repeats
        keys = [normalized(block.text.text) for _, block in blocks]
        # A table of contents' entry (a link to a place on the page) repeats its heading: it
        # does not make the heading a repeated block.
        counts = Counter(
            key
            for key, (_, block) in zip(keys, blocks, strict=True)
            if not (
                _table_of_contents([block]) and _words_outside_links(block, block.link_mask) == 0
            )
        )
        repeated = [
            counts[key] >= threshold and not any(ch.isdigit() for ch in key) for key in keys
        ]
        verdicts = {}
        for n, (i, block) in enumerate(blocks):
            if not repeated[n] or context.carries_evidence(block):
                continue
            grouped = (n > 0 and repeated[n - 1]) or (n + 1 < len(blocks) and repeated[n + 1])
            if grouped or word_count(block.text.text) >= 8:
                verdicts[i] = Verdict("boilerplate", "repeated-block")
        return verdicts


_SHINGLE = 5  # words that index the opening of a long block
_MAX_QUOTE_LEAD = 8  # words allowed before a quoted copy ("Quote from marguerite_b:")


class Duplicates:
    """Scraper duplicates: the first copy stays, later copies go.

    A block that repeats the block just before it is a copy whatever its length (a title
    printed twice). Otherwise a repeat is found as a *run*: the longest sequence of blocks that
    repeats an earlier sequence (an infobox pasted twice, its short cells included); the run is
    a copy when it holds ``min_chars`` characters. Near-duplicates (rapidfuzz ratio ≥
    ``near_ratio``) of long blocks go too, but only when every number in them is the same:
    "57%" and "59%" are not copies. So does a block that quotes an earlier long block whole
    after a few words of lead-in ("Quote from X: …").
    """

    name = "duplicates"

    def decide(
        self, blocks: Sequence[tuple[int, RawBlock]], context: FilterContext
    ) -> dict[int, Verdict]:
        settings = context.rules.cleaning.duplicates
        keys = [normalized(block.text.text) for _, block in blocks]
        verdicts: dict[int, Verdict] = {}
        first_seen: dict[str, int] = {}
        long_blocks: dict[str, list[str]] = defaultdict(list)  # digit signature → texts
        openings: dict[str, list[str]] = {}  # first words of long blocks → texts
        n = 0
        while n < len(blocks):
            i, block = blocks[n]
            key = keys[n]
            if not key:
                n += 1
                continue
            if n > 0 and key == keys[n - 1] and blocks[n - 1][0] not in verdicts:
                rule = "repeated-heading" if _title_like(block) else "adjacent-duplicate"
                verdicts[i] = Verdict("duplicate", rule)
                n += 1
                continue
            if key in first_seen:
                j = first_seen[key]
                length = 0
                while (
                    n + length < len(blocks)
                    and j + length < n
                    and keys[n + length] == keys[j + length]
                ):
                    length += 1
                if sum(len(keys[n + t]) for t in range(length)) >= settings.min_chars:
                    for t in range(length):
                        verdicts[blocks[n + t][0]] = Verdict("duplicate", "repeated-block")
                    n += length
                    continue
                n += 1
                continue
            if len(key) >= settings.near_min_chars and self._near(
                key, long_blocks, settings.near_ratio
            ):
                verdicts[i] = Verdict("duplicate", "near-duplicate")
                n += 1
                continue
            if len(key) >= settings.near_min_chars and self._quotes(key, openings):
                verdicts[i] = Verdict("duplicate", "quoted-duplicate")
                n += 1
                continue
            if len(key) >= settings.near_min_chars:
                long_blocks["".join(re.findall(r"\d+", key))].append(key)
                words = key.split()
                if len(words) >= _SHINGLE:
                    openings.setdefault(" ".join(words[:_SHINGLE]), []).append(key)
            first_seen[key] = n
            n += 1
        return verdicts

    @staticmethod
    def _quotes(key: str, openings: dict[str, list[str]]) -> bool:
        """ "Quote from X: <an earlier block>": an earlier long block, whole, after a few words."""
        words = key.split()
        for offset in range(1, min(_MAX_QUOTE_LEAD, len(words) - _SHINGLE) + 1):
            for earlier in openings.get(" ".join(words[offset : offset + _SHINGLE]), ()):
                if key.endswith(earlier) or earlier in key:
                    return True
        return False

    @staticmethod
    def _near(key: str, seen: dict[str, list[str]], ratio: float) -> bool:
        for other in seen.get("".join(re.findall(r"\d+", key)), ()):
            if abs(len(other) - len(key)) <= len(key) * (100 - ratio) / 50 and fuzz.ratio(
                key, other, score_cutoff=ratio
            ):
                return True
        return False


def _title_like(block: RawBlock) -> bool:
    text = block.text.text
    return word_count(text) <= 20 and not text.rstrip().endswith((".", "!", "?", ":", "。", "："))


def _leads_prose(blocks: Sequence[tuple[int, RawBlock]], n: int) -> bool:
    """Whether the block after ``blocks[n]`` is prose: a paragraph of sentences, not a title."""
    if n + 1 >= len(blocks):
        return False
    following = blocks[n + 1][1]
    text = following.text.text.rstrip()
    if following.kind != BlockKind.PARAGRAPH or following.link_chars:
        return False
    words = word_count(text)
    return (words >= _LEAD_PROSE_WORDS and text.endswith((".", "!", "?", "。", "！", "？"))) or (
        words >= _LEAD_PROSE_MIN_WORDS and SENTENCE_THEN_MORE.search(text) is not None
    )


# A paragraph this long, ending a sentence, is prose a heading leads (not a listed title); so is
# a shorter one that holds a sentence and more after it ("As doenças … são multifatoriais.
# Estes fatores incluem:").
_LEAD_PROSE_WORDS = 12
_LEAD_PROSE_MIN_WORDS = 8


class LinkLists:
    """Runs of blocks made mostly of link texts (related content, see-also lists, score widgets),
    with the short heading that announces them. Reference lists (with identifiers) are content.

    A teaser counts too: a block led by its link whose text ends in a lead cut short ("NEW
    YORK: A man has pleaded guilty to..."), the shape of a teaser grid or of a "more news"
    list, however long its lead (rule ``teaser``).
    """

    name = "link-lists"

    def __init__(self, rules: Rules) -> None:
        settings = rules.cleaning.link_lists
        self._headings = [compile_pattern(p, IGNORECASE) for p in settings.headings]
        self._enumeration = compile_pattern(settings.enumeration, IGNORECASE)

    def enumerates(self, block: RawBlock) -> bool:
        """Prose that enumerates linked terms as examples ("Symptoms, such as [fatigue] and
        [fever]"): it opens with its own words, and those before its first link end in an
        enumeration cue (``link_lists.enumeration``)."""
        mask = block.link_mask
        if not mask or mask[0] or True not in mask:
            return False
        lead = block.text.text[: mask.index(True)]
        return self._enumeration.search(lead) is not None

    def _linky(self, block: RawBlock, context: FilterContext) -> bool:
        settings = context.rules.cleaning.link_lists
        if block.link_chars == 0:
            return False
        letters = sum(ch.isalnum() for ch in block.text.text) or 1
        if block.link_chars / letters >= settings.min_link_share:
            return not self.enumerates(block)
        mask = block.link_mask
        outside = _words_outside_links(block, mask)
        if outside <= settings.max_words_outside_links:
            return not self.enumerates(block)
        # "[Title](/url) - a short description": led by its link, with no sentence after it.
        led = bool(mask) and mask[0]
        rest = "".join(ch for ch, inside in zip(block.text.text, mask, strict=True) if not inside)
        return (
            led
            and outside <= settings.max_words_after_lead_link
            and not re.search(r"[.!?]\s", rest)
        )

    @staticmethod
    def _teaser(block: RawBlock, context: FilterContext) -> bool:
        """Led by its link, and ending in a lead cut short (outside the link), or in such a
        lead and a link after it ("… the subsequent … [Continue reading “…”](/2022/08/11/…)")."""
        endings = context.rules.cleaning.link_lists.teaser_endings
        if block.link_chars == 0 or not endings:
            return False
        mask = block.link_mask
        text = block.text.text.rstrip()
        if not mask or not mask[0] or not text:
            return False
        end = len(text)
        if mask[end - 1]:
            # A closing link: the lead is what stands before it.
            while end > 0 and mask[end - 1]:
                end -= 1
            text = text[:end].rstrip()
            if not text or mask[len(text) - 1]:
                return False
        return text.endswith(endings) and not mask[len(text) - 1]

    def decide(
        self, blocks: Sequence[tuple[int, RawBlock]], context: FilterContext
    ) -> dict[int, Verdict]:
        settings = context.rules.cleaning.link_lists
        teaser = [self._teaser(b, context) for _, b in blocks]
        linky = [
            (teaser[n] or self._linky(b, context)) and not context.carries_evidence(b)
            for n, (_, b) in enumerate(blocks)
        ]
        verdicts: dict[int, Verdict] = {}
        n = 0
        while n < len(blocks):
            if not linky[n]:
                n += 1
                continue
            end = n
            while end < len(blocks) and linky[end]:
                end += 1
            # A heading over the page's own table of contents (links to its sections) is the
            # page's heading (its headline, often), not one of a list of other pages.
            announced = (
                n > 0
                and self._announces(blocks[n - 1][1])
                and not _table_of_contents([b for _, b in blocks[n:end]])
                and not _headline_over_byline(blocks, n - 1, end)
            )
            if end - n >= settings.min_items or (announced and end - n >= 1):
                for k in range(n, end):
                    rule = "teaser" if teaser[k] else "link-list"
                    verdicts[blocks[k][0]] = Verdict("boilerplate", rule)
                if announced and not context.carries_evidence(blocks[n - 1][1]):
                    verdicts[blocks[n - 1][0]] = Verdict("boilerplate", "link-list-heading")
            n = end
        self._announced_runs(blocks, context, verdicts)
        return verdicts

    def _announced_runs(
        self,
        blocks: Sequence[tuple[int, RawBlock]],
        context: FilterContext,
        verdicts: dict[int, Verdict],
    ) -> None:
        """Short title-like lines right after a removed "Similar threads" / "Related posts"."""
        limit = context.rules.cleaning.link_lists.max_words_after_lead_link
        for n, (i, _) in enumerate(blocks):
            if i - 1 not in context.announcers:
                continue
            cards = _teaser_cards(blocks, n, context)
            if cards:
                for index in cards:
                    verdicts.setdefault(index, Verdict("boilerplate", "related-list"))
                continue
            k = n
            while k < len(blocks) and k - n < 30:
                index, block = blocks[k]
                text = block.text.text
                # A headline linking to another page, and nothing else ("[Điều trị ung thư phổi
                # giai đoạn di căn có đột biến...](tintucmoi-4.jsp)"), is an item of the list
                # whatever it names and however long a headline runs.
                words = word_count(text)
                headline = words <= _HEADLINE_WORDS and _headline_link(block)
                if index in verdicts or (
                    words > limit and not headline and not _headline_line(text)
                ):
                    break
                if context.carries_evidence(block) and not headline and not _headline_line(text):
                    break  # a finding of the page's own
                if re.search(r"[.!?]\s+\S", text):
                    break  # a sentence followed by more: prose, not a list of titles
                if _leads_prose(blocks, k) and (
                    block.kind == BlockKind.HEADING or _title_like(block)
                ):
                    # The heading of what follows (a post's headline under "Blog"), marked up
                    # or a text scrape's line.
                    break
                verdicts[index] = Verdict("boilerplate", "related-list")
                k += 1

    def _announces(self, block: RawBlock) -> bool:
        text = block.text.text
        if word_count(text) > 12:
            return False
        if any(p.search(text) for p in self._headings):
            return True
        return (
            block.kind == BlockKind.HEADING
            or text.rstrip().endswith(":")
            or (block.link_chars > 0 and not self.enumerates(block))
            or (block.kind == BlockKind.PARAGRAPH and title_cased(text) and word_count(text) <= 8)
        )


def _headline_line(text: str) -> bool:
    """A line set as another page's headline, in a list under "Related Stories" or "Suggested
    Reading" that a text scrape kept without its links ("How durable is the immune response
    generated from the BNT162b2 vaccine?"): one line of at most ``_HEADLINE_WORDS`` words that
    ends without a sentence's full stop, colon or semicolon. A finding of the page's own is a
    sentence, and ends in one."""
    stripped = text.strip()
    return (
        bool(stripped)
        and "\n" not in stripped
        and word_count(stripped) <= _HEADLINE_WORDS
        and not stripped.endswith((".", ":", ";", "…"))
        and _NUMBERED_EVIDENCE.search(stripped) is None
    )


# An identifier or a percentage: a line holding one ("Trials 2015, 16:50 doi:10.1186/…") is a
# finding or a citation of the page's own, even shaped as a headline.
_NUMBERED_EVIDENCE = re.compile(
    r"(?i)\b(?:doi|pmid|pmcid|nct\d)|\b10\.\d{4,9}/|\d\s*(?:%|per ?cent)"
)


# A level-1 heading of this many words, whose words the text below says again, is a page's
# headline: it announces no link list.
_HEADLINE_H1_WORDS = 6
_HEADLINE_ECHO = 0.5


def _headline_over_byline(blocks: Sequence[tuple[int, RawBlock]], k: int, end: int) -> bool:
    """A page's headline over its byline of linked author names ("# Circadian cortisol and
    fatigue severity in …" / "Powell DJ, Moss-Morris R, …"): a level-1 heading of
    ``_HEADLINE_H1_WORDS`` words whose words the text after the links says again (the abstract
    speaks of cortisol and fatigue), not a site's name over its toolbar's links."""
    block = blocks[k][1]
    text = block.text.text
    if (
        block.kind != BlockKind.HEADING
        or block.heading_level != 1
        or word_count(text) < _HEADLINE_H1_WORDS
    ):
        return False
    below = "\n".join(b.text.text.casefold() for _, b in blocks[end:])
    return echo(text, below) >= _HEADLINE_ECHO


# The longest headline of a related list's item that is one link and nothing else.
_HEADLINE_WORDS = 25

# A teaser card's text: a lead of a few sentences and a link or two, no more.
_CARD_TEXT_WORDS = 40
_CARD_TEXTS = 3
# A card's lead holds two sentences at most: a third sentence end is a section's paragraph.
_CARD_SENTENCES = 2
# The blocks a grid of cards runs over, at most.
_CARD_RUN_BLOCKS = 40


def _teaser_cards(
    blocks: Sequence[tuple[int, RawBlock]], n: int, context: FilterContext
) -> list[int]:
    """The blocks of a grid of teaser cards right after a removed related-content heading
    (blocks[n] is the first block after it): "### Das könnte Sie auch interessieren", then for
    each card its heading ("#### Schutzimpfungen im Überblick"), a one-sentence lead and "Mehr
    erfahren". A card's heading is deeper than the announcer's; its text is three short blocks
    at most, each one or two sentences without a figure (a teaser, not a finding: "Impfen schützt
    vor schweren Krankheiten. Bei diesen Schutzimpfungen übernimmt die AOK die Kosten."; three
    sentences are a section's prose). The grid ends at the
    first heading that opens no such card (an article's crosshead over "Nur 35 Prozent …"), or
    at a heading of the announcer's level or higher; two cards at least. None when text stands
    before the first card's heading, or the announcer is a line, not a heading (a carousel's
    "Next" over a post's own headings)."""
    level = context.announcer_levels.get(blocks[n][0] - 1)
    if level is None or blocks[n][1].kind != BlockKind.HEADING:
        return []  # a line has no end that markup gives; text first is a section's prose
    cards: list[list[int]] = []
    card: list[int] = []
    texts = 0
    for index, block in blocks[n : n + _CARD_RUN_BLOCKS]:
        if block.kind == BlockKind.HEADING:
            if (block.heading_level or 6) <= level:
                break
            if card:
                cards.append(card)
            card, texts = [index], 0
            continue
        text = block.text.text
        texts += 1
        if (
            texts > _CARD_TEXTS
            or word_count(text) > _CARD_TEXT_WORDS
            or any(ch.isdigit() for ch in text)
            or len(SENTENCE_THEN_MORE.findall(text)) >= _CARD_SENTENCES
            or context.carries_evidence(block)
        ):
            card = []  # a section of the page under a crosshead: the cards ended before it
            break
        card.append(index)
    if card:
        cards.append(card)
    return [index for card in cards for index in card] if len(cards) >= 2 else []


def _headline_link(block: RawBlock) -> bool:
    """Is the block one link to another page and nothing else (its letters all in the anchor)?"""
    letters = sum(1 for ch in block.text.text if ch.isalnum())
    return letters > 0 and block.link_chars >= letters and _links_away(block)


def _links_away(block: RawBlock) -> bool:
    """Does the block link to another page (not a "Show more" button, not "#section")?"""
    return any(not link.target.strip().startswith(("#", "javascript:")) for link in block.links)


def _table_of_contents(blocks: Sequence[RawBlock]) -> bool:
    """Do these blocks link only to places in one page ("#transmissao", "covid.html#faq")? A
    single-page app's routes ("/#/flu", "#!/travel") are pages of their own."""
    targets = [link.target.strip() for block in blocks for link in block.links]
    return (
        bool(targets)
        and all("#" in target for target in targets)
        and not any(target.partition("#")[2].startswith(("/", "!")) for target in targets)
        and len({target.partition("#")[0] for target in targets}) == 1
    )


def _words_outside_links(block: RawBlock, mask: list[bool]) -> int:
    """Words of a block outside its link anchors, not counting numbers, scores and symbols."""
    text = block.text.text
    outside = [ch if not inside else " " for ch, inside in zip(text, mask, strict=True)]
    return letter_words("".join(outside))


class SiteChrome:
    """Short lines that recur on many pages of one batch (menus, footers of one site)."""

    name = "site-chrome"

    def decide(
        self, blocks: Sequence[tuple[int, RawBlock]], context: FilterContext
    ) -> dict[int, Verdict]:
        if not context.site_chrome:
            return {}
        return {
            i: Verdict("boilerplate", "site-chrome")
            for i, block in blocks
            if normalized(block.text.text) in context.site_chrome
            and not context.carries_evidence(block)
        }


def default_filters(rules: Rules) -> list[BlockFilter]:
    return [
        NoText(),
        ForeignLanguage(rules),
        BoilerplatePatterns(rules),
        RepeatedBoilerplate(),
        # Link lists before duplicates: a headline over a menu may go with the menu
        # (link-list-heading), and its copy further down is then the page's only headline,
        # not a duplicate of a removed line.
        LinkLists(rules),
        Duplicates(),
        SiteChrome(),
    ]
