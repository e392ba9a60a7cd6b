"""Quantities: measurements, counts of study subjects and frequencies (rules/quantities.yaml).

A quantity is an entity of the claim (label of its family, canonical the text as written with
spaces collapsed), so that a sentence such as "the mean PAP is ≥25 mmHg at rest" or "A total of
4755 children were included" is a claim without a percentage or a known name, and the claim
JSON keeps its shape. Every family's regex is searched in each text; a hit is kept when its
family's context occurs in the same sentence, its ratio reads part < whole, and no guard of the
rules (``not_after``, ``not_before``: "3 min read", "Page 2 of 5") holds around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick
import regex

from ingest.match.entities import FoundEntity
from ingest.match.percentages import _DIGITS, _trie_regex, parse_number
from ingest.rules.literals import (
    FoldedTexts,
    LiteralPrefilter,
    LiteralPrefilters,
    fold,
    requires_digit,
)
from ingest.rules.models import PercentageRules, QuantityRules, number_key
from ingest.rules.patterns import compile_pattern

# Stems this long or longer make a family's own prefilter worth its pass over the document
# (one- and two-letter stems, "g", "in", are in nearly every text).
_SELECTIVE = 3
# How far around a hit its sentence's context is looked for, at most.
_REACH = 200
# A sentence ends at ".", "!" or "?" followed by a space (a decimal point is not followed by one).
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_SPACES = re.compile(r"\s+")
# A digit as the families read one (the `regex` module's \d, as in their patterns).
_DIGIT = regex.compile(r"\d")
# What no number starts after: a letter, a digit, a decimal point or comma, or a hyphen glued
# to a word ("IL-6", "COVID-19"). Part of {number}, so a number is read from its first digit.
_START = r"(?<![\p{L}\p{N}.,])(?<![\p{L}][-\u2010])"


@dataclass(frozen=True, slots=True)
class _Family:
    label: str
    pattern: regex.Pattern[str]
    context: regex.Pattern[str] | None
    ratio: bool
    # The literal stems of the context: a hit is kept only with its context in the same
    # sentence, so a text holding no stem of it cannot give the family a hit. None: no
    # context, or one without stems (every text is searched).
    context_stems: LiteralPrefilter | None = None
    # The literal stems of the pattern itself, where they are selective (none shorter than
    # three characters): a text holding none is not searched.
    pattern_stems: LiteralPrefilter | None = None
    # The pattern with {number} and {count} as digits alone: what it finds in a text that
    # holds no number word (see QuantityMatcher._worded). The words' alternative was nine
    # tenths of the scan where a family has one.
    digits_only: regex.Pattern[str] | None = None
    # Every match of the pattern (of the digits-only pattern) holds a digit (a number as
    # digits, a decimal of an effect estimate): a text without one is not searched with it.
    needs_digit: bool = False
    digits_only_needs_digit: bool = False
    # A hit of this family is dropped where a hit of a family that does not give way overlaps
    # it, whatever their lengths: a change "raised from 10 mg to 20 mg" keeps the two doses as
    # its measurements. Two families that give way settle their overlaps as any others do.
    gives_way: bool = False


class QuantityMatcher:
    def __init__(self, rules: QuantityRules, percentages: PercentageRules) -> None:
        ambiguous = {number_key(word) for word in rules.ambiguous_number_words}
        self._words = {
            word: value
            for word, value in percentages.number_values().items()
            if word not in ambiguous
        }
        words = sorted(self._words)
        counts = sorted(w for w, v in self._words.items() if v >= 2)
        builtins = {
            "number": _number(words),
            "count": _number(counts),
        }
        digits = {"number": _number([]), "count": _number([])}
        self._families = []
        for family in rules.families:
            context = rules.expand(family.context, builtins) if family.context else None
            stems = LiteralPrefilter([context]) if context is not None else None
            pattern = rules.expand(family.pattern, builtins)
            bare = rules.expand(family.pattern, digits)
            own = LiteralPrefilter([pattern])
            selective = own.active and min(map(len, own.stems), default=0) >= _SELECTIVE
            self._families.append(
                _Family(
                    family.label,
                    compile_pattern(pattern),
                    compile_pattern(context) if context is not None else None,
                    family.ratio,
                    stems if stems is not None and stems.active else None,
                    own if selective else None,
                    compile_pattern(bare) if bare != pattern else None,
                    requires_digit(pattern),
                    bare != pattern and requires_digit(bare),
                    family.gives_way,
                )
            )
        # Every family's stems in one automaton pass over the document (find_all).
        self._stems = LiteralPrefilters(
            [
                stems
                for family in self._families
                for stems in (family.context_stems, family.pattern_stems)
                if stems is not None
            ]
        )
        # A number word's match spells one key (a gap for each space), each of its words
        # literally: the longest word of each key, folded, in one automaton, with where it
        # stands in its key (first: nothing of a word before it; last: no letter after it).
        roles: dict[str, set[tuple[bool, bool]]] = {}
        for key in words:
            tokens = key.split(" ")
            longest = max(range(len(tokens)), key=lambda n: len(tokens[n]))
            role = (longest == 0, longest == len(tokens) - 1)
            roles.setdefault(fold(tokens[longest]), set()).add(role)
        self._word_roles = {stem: frozenset(found) for stem, found in roles.items() if stem}
        self._number_words = _automaton(set(self._word_roles))
        self._after = (
            compile_pattern("|".join(f"(?:{p})" for p in rules.not_after))
            if rules.not_after
            else None
        )
        self._before = (
            compile_pattern("(?:" + "|".join(f"(?:{p})" for p in rules.not_before) + ")")
            if rules.not_before
            else None
        )
        self.labels = frozenset(family.label for family in rules.families)

    def find_all(self, texts: Sequence[str]) -> list[list[FoundEntity]]:
        """:meth:`find` of each text (the blocks of one document): which texts hold a stem of
        each family's context is read in one automaton pass over the document; a family is
        searched only in those (the family regexes' scans were the matching stage's largest
        cost)."""
        if not self._families:
            return [[] for _ in texts]
        document = FoldedTexts(texts)
        held = self._held_all(document)
        pairs = list(zip(self._families, held, strict=True))
        worded = self._worded(document)
        return [
            self._find(text, [f for f, h in pairs if h is None or h[n]], worded[n])
            for n, text in enumerate(texts)
        ]

    def find(self, text: str) -> list[FoundEntity]:
        """Every quantity of ``text``, the longest first where two overlap, in text order."""
        return self._find(text, self._families, self._worded(FoldedTexts([text]))[0])

    def _held_all(self, document: FoldedTexts) -> list[list[bool] | None]:
        """Which texts each family is searched in (None: every one): those holding a stem of
        its context and of its own pattern, where it has them; one automaton pass over the
        document for every family's stems."""
        found = iter(self._stems.holding(document))
        out: list[list[bool] | None] = []
        for family in self._families:
            held = None
            for stems in (family.context_stems, family.pattern_stems):
                if stems is not None:
                    own = next(found)
                    held = (
                        own if held is None else [a and b for a, b in zip(held, own, strict=True)]
                    )
            out.append(held)
        return out

    def _worded(self, document: FoldedTexts) -> list[bool]:
        """Which texts may hold a number word: the longest word of a key (folded), not glued
        to an ASCII letter or digit where its place in the key forbids it (a key's first word
        starts where ``_START`` lets a number start: not after a letter or digit; its last is
        followed by no letter). A superset: any other character around it, or folding that is
        not one character for one, count as may. In the other texts the words' alternative
        of {number} cannot match, so the digits-only pattern finds what the whole one does."""
        texts = document.texts
        if self._number_words is None:
            return [False] * len(texts)
        if not document.same:
            return [True] * len(texts)
        joined = document.joined
        worded = [False] * len(texts)
        roles = self._word_roles
        for last, word in self._number_words.iter(document.folded):
            start = last + 1 - len(word)
            before = joined[start - 1] if start else ""
            after = joined[last + 1] if last + 1 < len(joined) else ""
            glued_before = before.isascii() and before.isalnum()
            glued_after = after.isascii() and after.isalpha()
            if any(
                not (first and glued_before) and not (end and glued_after)
                for first, end in roles[word]
            ):
                worded[document.text_at(start)] = True
        return worded

    def _find(self, text: str, families: list[_Family], worded: bool = True) -> list[FoundEntity]:
        if not families:
            return []
        candidates: list[tuple[int, int, str, bool]] = []
        digit: bool | None = None
        for family in families:
            if worded or family.digits_only is None:
                scan, needs_digit = family.pattern, family.needs_digit
            else:
                scan, needs_digit = family.digits_only, family.digits_only_needs_digit
            if needs_digit:
                if digit is None:
                    digit = _DIGIT.search(text) is not None
                if not digit:
                    continue  # most texts: no digit, so no hit of this family
            for match in scan.finditer(text):
                start, end = match.span()
                if start == end or not self._kept(text, match, family):
                    continue
                candidates.append((start, end, family.label, family.gives_way))
        firm = [c for c in candidates if not c[3]]
        candidates = firm + [
            c for c in candidates if c[3] and not any(f[0] < c[1] and c[0] < f[1] for f in firm)
        ]
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        found: list[FoundEntity] = []
        last_end = -1
        for start, end, label, _ in candidates:
            if start < last_end:
                continue
            canonical = _SPACES.sub(" ", text[start:end]).strip()
            found.append(FoundEntity(label, canonical, start, end))
            last_end = end
        return found

    def _kept(self, text: str, match: regex.Match[str], family: _Family) -> bool:
        start, end = match.span()
        if self._after is not None and self._after.match(text, end):
            return False
        if self._before is not None and self._before.search(text[max(0, start - 40) : start]):
            return False
        if family.ratio:
            try:
                part = parse_number(match.group("part"), self._words)
                whole = parse_number(match.group("whole"), self._words)
            except (KeyError, ValueError):
                return False
            if not part < whole:
                return False
        if family.context is not None:
            lo, hi = _sentence(text, start, end)
            if not family.context.search(text, lo, hi):
                return False
        return True


def _automaton(words: set[str]) -> Any:
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in sorted(words):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _number(words: list[str]) -> str:
    """Digits, or one of ``words`` (number-key forms) as a whole word."""
    if not words:
        return f"{_START}(?:{_DIGITS})"
    return f"{_START}(?:{_DIGITS}|(?i:{_trie_regex(words)})(?![\\p{{L}}]))"


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``[start, end)``, within ``_REACH`` characters."""
    lo = max(0, start - _REACH)
    for found in _SENTENCE_END.finditer(text, lo, start):
        lo = found.end()
    hi = min(len(text), end + _REACH)
    after = _SENTENCE_END.search(text, end, hi)
    if after is not None:
        hi = after.start() + 1
    return lo, hi
