"""Entities from ``rules/entities/*.jsonl`` (spaCy EntityRuler pattern format).

Two engines, chosen per pattern so that spaCy is paid for only where it is needed:

- Literal patterns (a string, or tokens that are all plain ``ORTH``/``TEXT``/``LOWER`` values)
  go into Aho-Corasick automatons over characters: strings and ``LOWER`` case-insensitively,
  ``ORTH``/``TEXT`` case-sensitively (acronyms such as "MS" or "PD"). A match must start and end
  on a token boundary (no letter or digit on either side), as the EntityRuler's would.
- Other token patterns (``REGEX``, ``IN``, operators, other attributes) run in spaCy's
  ``Matcher`` on a blank English pipeline, and only on texts where a cheap trigger derived from
  the pattern's literal or regex parts occurs.

Overlaps resolve as spaCy's ``filter_spans`` does: the longest span wins, then the earliest;
among identical spans, the pattern loaded first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick
import regex

from ingest.rules.firstchars import first_chars
from ingest.rules.models import CompoundRules, EntityPattern
from ingest.rules.patterns import compile_pattern
from ingest.rules.sequences import sequence_regex

_LITERAL_KEYS = {"ORTH": True, "TEXT": True, "LOWER": False}  # key → case-sensitive
_WINDOW = 120  # characters of context on each side of a trigger, enough for any shape pattern
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class FoundEntity:
    label: str
    canonical: str
    start: int
    end: int


# Added to a compound's order: on the very same span, a vocabulary term (its own line, its own
# id) wins over a compound built from parts of it.
_DERIVED = 1 << 40
# Added to the order of a shape without an id ("-mab", "... disorder"): on the very same span, a
# vocabulary term with its id wins over the shape, whatever file order the two come in.
_SHAPE = 1 << 39


@dataclass(frozen=True, slots=True)
class _Entry:
    label: str
    canonical: str
    order: int


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _literal_tokens(pattern: tuple[dict[str, object], ...]) -> list[tuple[str, bool]] | None:
    """The tokens of an all-literal token pattern, each with whether it is case-sensitive."""
    tokens: list[tuple[str, bool]] = []
    for token in pattern:
        if len(token) != 1:
            return None
        ((key, value),) = token.items()
        if key not in _LITERAL_KEYS or not isinstance(value, str):
            return None
        tokens.append((value, _LITERAL_KEYS[key]))
    return tokens


def _trigger(pattern: tuple[dict[str, object], ...]) -> str | None:
    """A regex that must occur in a text for this token pattern to match there, if one exists:
    from a literal or ``IN`` token where the pattern has one (a head noun is rarer than the
    shape of the word before it), else from its first ``REGEX`` token."""
    literal = [
        t for t in pattern if not any(isinstance(v, dict) and "REGEX" in v for v in t.values())
    ]
    for token in [*literal, *pattern]:
        for key, value in token.items():
            if key not in ("ORTH", "TEXT", "LOWER", "NORM") or token.get("OP") in ("?", "*", "!"):
                continue
            scope = "(?:" if key in ("ORTH", "TEXT") else "(?i:"
            if isinstance(value, str):
                return scope + re.escape(value) + ")"
            if isinstance(value, dict):
                if isinstance(value.get("REGEX"), str):
                    inner = str(value["REGEX"]).lstrip("^").rstrip("$")
                    return scope + f"(?:{inner}))"
                if isinstance(value.get("IN"), list) and value["IN"]:
                    return scope + "|".join(re.escape(str(v)) for v in value["IN"]) + ")"
    return None


class EntityMatcher:
    def __init__(
        self, patterns: Iterable[tuple[str, EntityPattern]], compounds: CompoundRules | None = None
    ) -> None:
        self._compounds: list[tuple[set[str], re.Pattern[str], set[str], str, str]] = []
        for rule in compounds.compounds if compounds else ():
            if rule.heads:
                heads = "|".join(re.escape(h) for h in sorted(rule.heads, key=len, reverse=True))
                pattern = rf"(?:\s*\([^()\n]{{1,20}}\))?[\s-]+(?:{heads})\b"
            else:
                pattern = rule.joiner or ""
            self._compounds.append(
                (
                    set(rule.first),
                    re.compile(pattern, re.IGNORECASE),
                    set(rule.second),
                    rule.label,
                    rule.canonical,
                )
            )
        self._insensitive = ahocorasick.Automaton()
        self._sensitive = ahocorasick.Automaton()
        sequences: list[tuple[str, str, _Entry]] = []
        self._shape_patterns: list[tuple[str, EntityPattern, int]] = []
        self.labels: set[str] = set()
        counts = [0, 0]
        for order, (location, item) in enumerate(patterns):
            entry = _Entry(item.label, item.id or _canonical_text(item.pattern), order)
            self.labels.add(item.label)
            if isinstance(item.pattern, str):
                key = _lower_same_length(_SPACES.sub(" ", item.pattern.strip()))
                counts[0] += self._add(self._insensitive, key, entry)
                continue
            literal = _literal_tokens(item.pattern)
            if literal is not None and len(literal) == 1:
                text, sensitive = literal[0]
                automaton = self._sensitive if sensitive else self._insensitive
                key = text if sensitive else _lower_same_length(text)
                counts[1 if sensitive else 0] += self._add(automaton, key, entry)
            elif literal is not None:
                # Several literal tokens, each with its own case rule ("knee" + "OA"); the spaces
                # between them are optional ("TNF-α", "TNF - α").
                parts = (
                    re.escape(t) if sensitive else f"(?i:{re.escape(t)})"
                    for t, sensitive in literal
                )
                first = _lower_same_length(literal[0][0])
                sequences.append((r"\s*".join(parts), first, entry))
            else:
                self._shape_patterns.append((location, item, order))
        # A sequence is tried only where its first token occurs (found by an automaton).
        self._sequences: dict[str, list[tuple[re.Pattern[str], _Entry]]] = {}
        self._first_tokens = ahocorasick.Automaton()
        for body, first, entry in sequences:
            self._sequences.setdefault(first, []).append((re.compile(body), entry))
        for first in self._sequences:
            self._first_tokens.add_word(first, (len(first), first))
        if self._sequences:
            self._first_tokens.make_automaton()
        # Single-token patterns with REGEX or IN run on characters, on the token around them.
        self._token_rules: list[tuple[re.Pattern[str], bool, _Entry]] = []
        shapes: list[tuple[str, EntityPattern, int]] = []
        for location, item, order in self._shape_patterns:
            token_rule = None if isinstance(item.pattern, str) else _token_rule(item.pattern)
            if token_rule is None:
                shapes.append((location, item, order))
            else:
                compiled, lower = token_rule
                rank = order if item.id else _SHAPE + order
                self._token_rules.append((compiled, lower, _Entry(item.label, item.id or "", rank)))
        # Multi-token shapes of the simple kind (REGEX / IN / literal tokens, "?" operators,
        # IS_TITLE) run as one character regex each, around their own trigger; others in spaCy.
        # Keyed by their trigger's text: shapes with the same head noun share its search.
        self._char_shapes: dict[str | None, list[tuple[regex.Pattern[str], _Entry]]] = {}
        spacy_shapes: list[tuple[str, EntityPattern, int]] = []
        for location, item, order in shapes:
            tokens = item.pattern
            char_body = None if isinstance(tokens, str) else sequence_regex(tokens)
            if isinstance(tokens, str) or char_body is None:
                spacy_shapes.append((location, item, order))
                continue
            rank = order if item.id else _SHAPE + order
            self._char_shapes.setdefault(_trigger(tokens), []).append(
                (compile_pattern(char_body), _Entry(item.label, item.id or "", rank))
            )
        self._char_triggers = {
            text: compile_pattern(text) for text in self._char_shapes if text is not None
        }
        shapes = spacy_shapes
        self._shape_patterns = shapes
        self._token_starts = _token_starts([rule for rule, _, _ in self._token_rules])
        self._token_cache: dict[str, tuple[_Entry, ...]] = {}
        self._token_any = (
            _union([rule for rule, lower, _ in self._token_rules if lower]),
            _union([rule for rule, lower, _ in self._token_rules if not lower]),
        )
        self._has = (counts[0] > 0, counts[1] > 0)
        if self._has[0]:
            self._insensitive.make_automaton()
        if self._has[1]:
            self._sensitive.make_automaton()
        self._nlp: Any = None
        self._matcher: Any = None
        self._shape_entries: dict[str, _Entry] = {}
        triggers = [_trigger(item.pattern) for _, item, _ in self._shape_patterns]  # type: ignore[arg-type]
        self._always_spacy = any(t is None for t in triggers)
        self._trigger = (
            compile_pattern("|".join(f"(?:{t})" for t in triggers if t is not None))
            if triggers and not self._always_spacy
            else None
        )

    @staticmethod
    def _add(automaton: ahocorasick.Automaton, key: str, entry: _Entry) -> int:
        """Store ``(key length, entry)``: the automaton reports values, not keys."""
        if not key:
            return 0
        existing = automaton.get(key, None)
        if existing is None or existing[1].order > entry.order:
            automaton.add_word(key, (len(key), entry))
        return 1

    def _spacy(self) -> tuple[Any, Any]:
        if self._nlp is None:
            import spacy
            from spacy.matcher import Matcher

            self._nlp = spacy.blank("en")
            self._matcher = Matcher(self._nlp.vocab, validate=True)
            for _, item, order in self._shape_patterns:
                key = f"{order}"
                rank = order if item.id else _SHAPE + order
                self._shape_entries[key] = _Entry(item.label, item.id or "", rank)
                self._matcher.add(key, [list(item.pattern)])
        return self._nlp, self._matcher

    def find(self, text: str) -> list[FoundEntity]:
        candidates: list[tuple[int, int, _Entry]] = []
        if self._has[0]:
            lowered = _lower_same_length(text)
            candidates.extend(self._scan(self._insensitive, lowered))
        if self._has[1]:
            candidates.extend(self._scan(self._sensitive, text))
        if self._sequences:
            lowered = _lower_same_length(text)
            for last, (length, first) in self._first_tokens.iter(lowered):
                start = last + 1 - length
                if start > 0 and text[start - 1].isalnum():
                    continue
                for regex, entry in self._sequences[first]:
                    m = regex.match(text, start)
                    if m and _on_boundaries(text, m.start(), m.end()):
                        candidates.append((m.start(), m.end(), entry))
        if self._token_rules:
            candidates.extend(self._token_matches(text))
        if self._char_shapes:
            candidates.extend(self._char_shape_matches(text))
        if self._shape_patterns:
            candidates.extend(self._shape_matches(text))
        candidates.extend(self._compound(text, candidates))
        return _filter_spans(candidates)

    def _token_matches(self, text: str) -> list[tuple[int, int, _Entry]]:
        """Single-token REGEX/IN patterns: the whitespace token, edge punctuation stripped, must
        match in full, as spaCy's Matcher would see it."""
        found = []
        tokens: Iterable[re.Match[str] | None] = (
            _TOKEN.finditer(text)
            if self._token_starts is None
            else (_TOKEN.match(text, m.start()) for m in self._token_starts.finditer(text))
        )
        for token in tokens:
            if token is None:
                continue
            for entry in self._token_entries(token.group()):
                found.append((token.start(), token.end(), entry))
        return found

    def _token_entries(self, word: str) -> tuple[_Entry, ...]:
        """The entries of the token rules that match ``word`` in full, remembered per word: words
        repeat, and a rule is a regex tried at every letter of the word."""
        cached = self._token_cache.get(word)
        if cached is not None:
            return cached
        entries: list[_Entry] = []
        any_lower, any_cased = self._token_any
        # One test of every rule at once first: most words match none.
        if (any_lower is not None and any_lower.fullmatch(word.lower())) or (
            any_cased is not None and any_cased.fullmatch(word)
        ):
            for regex, lower, entry in self._token_rules:
                if regex.fullmatch(word.lower() if lower else word):
                    canonical = entry.canonical or word.lower()
                    entries.append(_Entry(entry.label, canonical, entry.order))
        if len(self._token_cache) >= _TOKEN_CACHE_SIZE:
            self._token_cache.clear()
        result = self._token_cache[word] = tuple(entries)
        return result

    def _char_shape_matches(self, text: str) -> list[tuple[int, int, _Entry]]:
        """Multi-token shapes as character regexes, tried only in the stretch of a few words
        around each occurrence of their trigger (a head noun), where they can match."""
        found = []
        for trigger_text, shapes in self._char_shapes.items():
            if trigger_text is None:
                spans = [(0, len(text))]
            else:
                spans = []
                for hit in self._char_triggers[trigger_text].finditer(text):
                    lo, hi = max(0, hit.start() - _SEQUENCE_REACH), hit.end() + _SEQUENCE_REACH
                    if spans and lo <= spans[-1][1]:
                        spans[-1] = (spans[-1][0], hi)
                    else:
                        spans.append((lo, hi))
            for lo, hi in spans:
                for shape, entry in shapes:
                    for m in shape.finditer(text, lo, min(hi, len(text))):
                        if m.end() > m.start() and _on_boundaries(text, m.start(), m.end()):
                            canonical = entry.canonical or _SPACES.sub(" ", m.group()).lower()
                            found.append(
                                (m.start(), m.end(), _Entry(entry.label, canonical, entry.order))
                            )
        return found

    def _windows(self, text: str) -> list[tuple[int, int]]:
        """Stretches of text around the triggers of the shape patterns, merged, on whitespace."""
        if self._always_spacy or self._trigger is None:
            return [(0, len(text))] if len(text) <= _WINDOW * 4 else _chunks(text)
        windows: list[tuple[int, int]] = []
        for match in self._trigger.finditer(text):
            lo = text.rfind(" ", 0, max(0, match.start() - _WINDOW)) + 1
            hi = text.find(" ", match.end() + _WINDOW)
            hi = len(text) if hi < 0 else hi
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
            else:
                windows.append((lo, hi))
        return windows

    def _shape_matches(self, text: str) -> list[tuple[int, int, _Entry]]:
        """spaCy's Matcher for the shape patterns, run only where their triggers occur."""
        found = []
        for lo, hi in self._windows(text):
            nlp, matcher = self._spacy()
            doc = nlp.make_doc(text[lo:hi])
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                entry = self._shape_entries[nlp.vocab.strings[match_id]]
                canonical = entry.canonical or span.text.lower()
                found.append(
                    (
                        lo + span.start_char,
                        lo + span.end_char,
                        _Entry(entry.label, canonical, entry.order),
                    )
                )
        return found

    def _compound(
        self, text: str, candidates: list[tuple[int, int, _Entry]]
    ) -> list[tuple[int, int, _Entry]]:
        """Compounds of rules/compounds.yaml: "HUC-MSC" + "therapy" → one INTERVENTION;
        "bone marrow" + "(BM)-derived" + "MSCs" → one CELL_TYPE."""
        starting: dict[int, list[tuple[int, _Entry]]] = {}
        for start, end, entry in candidates:
            starting.setdefault(start, []).append((end, entry))
        found = []
        for start, end, entry in candidates:
            for first, pattern, second, label, template in self._compounds:
                if entry.label not in first:
                    continue
                match = pattern.match(text, end)
                if match is None:
                    continue
                if not second:
                    canonical = template.format(first=entry.canonical)
                    found.append(
                        (start, match.end(), _Entry(label, canonical, _DERIVED + entry.order))
                    )
                    continue
                for tail_end, tail in starting.get(match.end(), ()):
                    if tail.label in second:
                        canonical = template.format(first=entry.canonical, second=tail.canonical)
                        found.append(
                            (start, tail_end, _Entry(label, canonical, _DERIVED + entry.order))
                        )
        return found

    @staticmethod
    def _scan(automaton: ahocorasick.Automaton, text: str) -> Iterable[tuple[int, int, _Entry]]:
        for last, (length, entry) in automaton.iter(text):
            end = last + 1
            start = end - length
            if _on_boundaries(text, start, end):
                yield start, end, entry


# A token for single-token patterns: no spaces, no edge punctuation ("(IL-38)," → "IL-38").
_DELIMITERS = r"\s()\[\]{},;:!?\"'“”‘’"
_TOKEN = re.compile(rf"[^{_DELIMITERS}]+(?<![.])")


def _token_starts(rules: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """Where a token that one of ``rules`` can match may start: the start of the text or after
    a delimiter, on a character the rules can start with (any non-ASCII character too, whose
    case folding is wider). Tokens always start there, so the rest of the text is skipped
    without tokenizing it. None when a rule can start with anything."""
    starts: set[str] = set()
    for rule in rules:
        chars = first_chars(rule.pattern)
        if chars is None:
            return None
        starts |= chars
    if not starts:
        return None
    allowed = "".join(re.escape(c) for c in sorted(starts))
    return re.compile(rf"(?:^|(?<=[{_DELIMITERS}]))[{allowed}\x80-\U0010ffff]")


def _union(rules: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{r.pattern})" for r in rules)) if rules else None


def _token_rule(pattern: tuple[dict[str, object], ...]) -> tuple[re.Pattern[str], bool] | None:
    """A one-token pattern on TEXT/ORTH/LOWER with REGEX or IN, as a regex to match in full.

    spaCy's REGEX searches the token text; a rule anchored with ^ and $ is a full match.
    """
    if len(pattern) != 1 or len(pattern[0]) != 1:
        return None
    ((key, value),) = pattern[0].items()
    if key not in _LITERAL_KEYS or not isinstance(value, dict) or len(value) != 1:
        return None
    lower = key == "LOWER"
    if isinstance(value.get("REGEX"), str):
        rule = str(value["REGEX"])
        return re.compile(rule if rule.startswith("^") else f".*?(?:{rule}).*"), lower
    if isinstance(value.get("IN"), list):
        options = [str(v).lower() if lower else str(v) for v in value["IN"]]
        return re.compile("|".join(re.escape(v) for v in options)), lower
    return None


# Words whose token-rule matches are remembered (then forgotten all at once: memory stays flat).
_TOKEN_CACHE_SIZE = 100_000
# How far from its trigger a character-level shape may reach (a few words).
_SEQUENCE_REACH = 80


def _chunks(text: str, size: int = 100_000) -> list[tuple[int, int]]:
    """Whitespace-aligned pieces of a long text (spaCy refuses texts over a million characters)."""
    pieces = []
    start = 0
    while start < len(text):
        end = text.find(" ", start + size)
        end = len(text) if end < 0 else end
        pieces.append((start, end))
        start = end
    return pieces


def _on_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _filter_spans(candidates: list[tuple[int, int, _Entry]]) -> list[FoundEntity]:
    ordered = sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0], c[2].order))
    starts: list[int] = []  # chosen spans are disjoint: keep them sorted by start
    ends: list[int] = []
    chosen: dict[int, FoundEntity] = {}
    for start, end, entry in ordered:
        k = bisect_right(starts, start)
        if (k > 0 and ends[k - 1] > start) or (k < len(starts) and starts[k] < end):
            continue
        starts.insert(k, start)
        ends.insert(k, end)
        chosen[start] = FoundEntity(entry.label, entry.canonical, start, end)
    return [chosen[s] for s in starts]


def _canonical_text(pattern: str | tuple[dict[str, object], ...]) -> str:
    if isinstance(pattern, str):
        return pattern.lower()
    literal = _literal_tokens(pattern)
    return " ".join(t for t, _ in literal) if literal else ""
