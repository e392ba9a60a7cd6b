"""Percentages: values, ranges and approximate cues, by regular expressions over characters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.rules.models import PercentageRules

# Thousands groups ("1,000"), then a decimal with a point or a European comma ("12,5").
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
_LEADING_SPACE = re.compile(r"^\\s[?*]")


@dataclass(frozen=True, slots=True)
class FoundPercentage:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    approximate: bool


def parse_number(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _cue_regex(cue: str) -> str:
    escaped = re.escape(cue)
    # Word cues must stand alone; a sign such as "~" may touch the number.
    return rf"\b{escaped}\s+" if cue[:1].isalnum() else rf"{escaped}\s?"


class PercentageMatcher:
    def __init__(self, rules: PercentageRules) -> None:
        unit = "|".join(f"(?:{u})" for u in rules.units)
        cues = "|".join(
            _cue_regex(c) for c in sorted(rules.approximate_cues, key=len, reverse=True)
        )
        joiner = "|".join(f"(?:{j})" for j in rules.range_joiners)
        lead = rf"(?:(?P<cue>{cues}))?(?<![\w.,])"
        self._range = re.compile(
            rf"(?i){lead}(?:(?P<between>between)\s+)?(?P<low>{_NUMBER})(?P<lowunit>{unit})?"
            rf"(?P<joiner>{joiner})(?P<high>{_NUMBER})(?:{unit})(?![\w])"
        )
        self._single = re.compile(rf"(?i){lead}(?P<value>{_NUMBER})(?:{unit})(?![\w])")
        self._not_finding = [re.compile(p, re.I) for p in rules.not_findings]
        # Every percentage holds a unit: text without one is not scanned. Leading optional
        # space is dropped from the gate (a unit matches only where its rest does), which lets
        # the regex engine scan for the literal.
        self._gate = re.compile(
            "|".join(f"(?:{_LEADING_SPACE.sub('', u)})" for u in rules.units), re.I
        )

    def _is_level(self, text: str, end: int) -> bool:
        rest = text[end : end + 60]
        return any(p.search(rest) for p in self._not_finding)

    def find(self, text: str) -> list[FoundPercentage]:
        if not self._gate.search(text):
            return []
        candidates: list[FoundPercentage] = []
        for m in self._range.finditer(text):
            word_joiner = m.group("joiner").strip().isalpha()
            if word_joiner and m.group("lowunit") and not m.group("between"):
                continue  # "from 10% to 20%": two findings, found below
            low, high = parse_number(m.group("low")), parse_number(m.group("high"))
            if low >= high or self._is_level(text, m.end()):
                continue
            candidates.append(
                FoundPercentage(m.start(), m.end(), None, low, high, bool(m.group("cue")))
            )
        for m in self._single.finditer(text):
            if self._is_level(text, m.end()):
                continue
            value = parse_number(m.group("value"))
            candidates.append(
                FoundPercentage(m.start(), m.end(), value, None, None, bool(m.group("cue")))
            )
        candidates.sort(key=lambda c: (c.start, -c.end))
        chosen: list[FoundPercentage] = []
        cursor = -1
        for found in candidates:
            if found.start >= cursor:
                chosen.append(found)
                cursor = found.end
        return chosen
