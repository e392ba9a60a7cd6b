"""Hedging and negation cues (rules/hedges.yaml), matched on word boundaries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

from ingest.rules.firstchars import first_chars
from ingest.rules.literals import fold, necessary_literals
from ingest.rules.models import Cue, CueRules
from ingest.rules.patterns import IGNORECASE, Pattern, compile_pattern


@dataclass(frozen=True, slots=True)
class FoundCues:
    hedges: tuple[str, ...]  # cue ids, in rule order
    negated: bool


def _union(cues: tuple[Cue, ...], chosen: Iterable[int] | None = None) -> Pattern[str]:
    """One alternation of the cues (all, or the ``chosen`` indexes, in rule order), a named
    group each (``c`` and the cue's index): a sentence is scanned once.

    A lookahead for the characters a cue can start with (:mod:`ingest.rules.firstchars`) goes
    first: the engine then tries the alternation only where a cue could begin, instead of at
    every position (the scan took 2-3 times as long without it, the same matches). Run by the
    same engine with the same flags, the class accepts every case variant the cue would."""
    indexes = sorted(chosen) if chosen is not None else range(len(cues))
    picked = tuple(cues[n] for n in indexes)
    body = "|".join(f"(?P<c{n}>{cues[n].pattern})" for n in indexes) or "(?!)"
    return compile_pattern(rf"\b{_first_char_lookahead(picked)}(?:{body})\b", IGNORECASE)


def _first_char_lookahead(cues: tuple[Cue, ...]) -> str:
    """``(?=[…])`` of every character a cue can start with, or nothing when any cue can start
    with any character."""
    chars: set[str] = set()
    for cue in cues:
        found = first_chars(cue.pattern, stripped=False)
        if found is None:
            return ""
        chars |= found
    if not chars:
        return ""
    return "(?=[" + "".join(_class_char(c) for c in sorted(chars)) + "])"


def _class_char(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


class _Family:
    """One family of cues (hedges, or negations) and the stems that pick which of its cues can
    match a sentence.

    Every match of a cue holds one of its literal stems (:mod:`ingest.rules.literals`), so a cue
    none of whose stems the sentence holds cannot match anywhere in it: leaving it out of the
    alternation changes neither where the alternation matches nor which cue's group takes each
    match. The sentence is scanned with the alternation of its candidate cues only (one per
    set of candidates, compiled once): most sentences hold none, and most others one or two of
    the family's fifty."""

    def __init__(self, cues: tuple[Cue, ...]) -> None:
        self.cues = cues
        self.ids = [c.id for c in cues]
        stems: dict[str, set[int]] = {}
        self._automaton: Any = None
        self._all: Pattern[str] | None = None
        for n, cue in enumerate(cues):
            found = necessary_literals(cue.pattern)
            if found is None:  # a cue without a stem: every sentence is scanned in full
                self._all = _union(cues)
                return
            for stem in found:
                stems.setdefault(stem, set()).add(n)
        if stems:
            self._automaton = ahocorasick.Automaton()
            for stem in sorted(stems):
                self._automaton.add_word(stem, frozenset(stems[stem]))
            self._automaton.make_automaton()
        self._unions: dict[frozenset[int], Pattern[str]] = {}

    def pattern(self, text: str) -> Pattern[str] | None:
        """The alternation to scan ``text`` with; None when no cue can match it."""
        if self._all is not None:
            return self._all
        if self._automaton is None:
            return None  # an empty family matches nothing
        chosen: frozenset[int] = frozenset()
        for _, cues in self._automaton.iter(fold(text)):
            chosen |= cues
        if not chosen:
            return None
        union = self._unions.get(chosen)
        if union is None:
            union = self._unions[chosen] = _union(self.cues, chosen)
        return union


class CueMatcher:
    """The cues of a sentence: each family's alternation, of only the cues whose literal stems
    the sentence holds (:class:`_Family`, one Aho-Corasick pass each)."""

    def __init__(self, rules: CueRules) -> None:
        self._hedges = _Family(rules.hedges)
        self._negations = _Family(rules.negations)

    def hedges(self, text: str) -> tuple[str, ...]:
        pattern = self._hedges.pattern(text)
        if pattern is None:
            return ()
        # The cue's own group is the outermost one that closed last: ``lastgroup`` names it.
        found = {match.lastgroup for match in pattern.finditer(text)}
        if not found:
            return ()
        return tuple(cue for n, cue in enumerate(self._hedges.ids) if f"c{n}" in found)

    def negated(self, text: str) -> bool:
        pattern = self._negations.pattern(text)
        return pattern is not None and pattern.search(text) is not None

    def find(self, text: str) -> FoundCues:
        return FoundCues(self.hedges(text), self.negated(text))
