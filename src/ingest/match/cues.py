"""Hedging and negation cues (rules/hedges.yaml), matched on word boundaries."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.rules.models import Cue, CueRules
from ingest.rules.patterns import IGNORECASE, Pattern, compile_pattern


@dataclass(frozen=True, slots=True)
class FoundCues:
    hedges: tuple[str, ...]  # cue ids, in rule order
    negated: bool


def _compile(cues: tuple[Cue, ...]) -> list[tuple[str, Pattern[str]]]:
    return [(c.id, compile_pattern(rf"\b(?:{c.pattern})\b", IGNORECASE)) for c in cues]


class CueMatcher:
    def __init__(self, rules: CueRules) -> None:
        self._hedges = _compile(rules.hedges)
        self._negations = _compile(rules.negations)

    def hedges(self, text: str) -> tuple[str, ...]:
        return tuple(cue for cue, pattern in self._hedges if pattern.search(text))

    def negated(self, text: str) -> bool:
        return any(pattern.search(text) for _, pattern in self._negations)

    def find(self, text: str) -> FoundCues:
        return FoundCues(self.hedges(text), self.negated(text))
