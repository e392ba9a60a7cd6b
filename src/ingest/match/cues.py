"""Hedging and negation cues (rules/hedges.yaml), matched on word boundaries."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.rules.firstchars import first_chars
from ingest.rules.literals import LiteralPrefilter
from ingest.rules.models import Cue, CueRules
from ingest.rules.patterns import IGNORECASE, Pattern, compile_pattern


@dataclass(frozen=True, slots=True)
class FoundCues:
    hedges: tuple[str, ...]  # cue ids, in rule order
    negated: bool


def _union(cues: tuple[Cue, ...]) -> tuple[Pattern[str], list[str]]:
    """One alternation of all cues, a named group each: a sentence is scanned once.

    A lookahead for the characters a cue can start with (:mod:`ingest.rules.firstchars`) goes
    first: the engine then tries the alternation only where a cue could begin, instead of at
    every position (the scan took 2-3 times as long without it, the same matches). Run by the
    same engine with the same flags, the class accepts every case variant the cue would."""
    names = [f"c{n}" for n in range(len(cues))]
    body = (
        "|".join(f"(?P<{name}>{c.pattern})" for name, c in zip(names, cues, strict=True)) or "(?!)"
    )
    return compile_pattern(rf"\b{_first_char_lookahead(cues)}(?:{body})\b", IGNORECASE), [
        c.id for c in cues
    ]


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


class CueMatcher:
    """The cues of a sentence. Each family's union runs only on a sentence that holds a literal
    stem of one of its cues (:class:`~ingest.rules.literals.LiteralPrefilter`, one
    Aho-Corasick pass): about a third of claim sentences hold a hedge stem, and the union's
    scan is what costs."""

    def __init__(self, rules: CueRules) -> None:
        self._hedges, self._hedge_ids = _union(rules.hedges)
        self._negations, _ = _union(rules.negations)
        self._hedge_stems = LiteralPrefilter(c.pattern for c in rules.hedges)
        self._negation_stems = LiteralPrefilter(c.pattern for c in rules.negations)

    def hedges(self, text: str) -> tuple[str, ...]:
        if not self._hedge_stems.may_match(text):
            return ()
        # The cue's own group is the outermost one that closed last: ``lastgroup`` names it.
        found = {match.lastgroup for match in self._hedges.finditer(text)}
        if not found:
            return ()
        return tuple(cue for n, cue in enumerate(self._hedge_ids) if f"c{n}" in found)

    def negated(self, text: str) -> bool:
        return self._negation_stems.may_match(text) and self._negations.search(text) is not None

    def find(self, text: str) -> FoundCues:
        return FoundCues(self.hedges(text), self.negated(text))
