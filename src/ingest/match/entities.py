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

import hashlib
import pickle
import platform
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ahocorasick
import regex

from ingest import __version__
from ingest.match.cognates import CognateReader
from ingest.rules.firstchars import first_chars
from ingest.rules.literals import LiteralPrefilter, fold, necessary_literals, one_for_one
from ingest.rules.models import CONTEXT_WINDOW, CompoundRules, EntityPattern
from ingest.rules.patterns import compile_pattern, startup_file, write_whole
from ingest.rules.sequences import sequence_regex, token_pieces
from ingest.rules.spaces import SPACES, may_match_space
from ingest.text import UNSPACED

if TYPE_CHECKING:
    from ingest.rules import Rules

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
# Added to the order of a hit on a term written with a diacritic or typographic apostrophe where
# the page wrote it plain ("depression" for French "dépression"): an English page's plain word is
# an English word (the vocabulary leaves ambiguous ones out), so such a hit is kept only in a text
# of another, known language.
_FOLDED = 1 << 41
# The shortest term read through a dropped diacritic: a short word and a diacritic are too often
# two words (Polish "lek", drug, and "lęk", anxiety).
_FOLDED_MIN_LETTERS = 5


# (label, canonical, order): a plain tuple, so that 56,000 of them pickle and load fast.
_Entry = tuple[str, str, int]
# Between the blocks of a document scanned as one text.
_SEPARATOR = "\n"


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _matching_table() -> dict[int, str]:
    """Characters that a vocabulary term and a page may write differently for the same word,
    each to one character (so offsets hold): a typographic apostrophe or hyphen ("d’Alzheimer",
    "graft‐versus‐host"), and a Latin letter with a diacritic, which scrapes and informal
    writing drop ("infeccion viral", "sindrome") or add. Letters whose base is not a plain
    ASCII letter (ß, ø, ł, æ) stay as they are. A Greek vowel with its accent is its plain
    vowel: Greek drops accents in capitals ("ΔΙΑΒΗΤΗΣ" is "διαβήτης")."""
    table = {ord(c): "'" for c in "\u2019\u2018\u02bc\u0060\u00b4\u2032"}
    table.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2212"})
    for code in (*range(0xC0, 0x250), *range(0x386, 0x3D0)):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        greek = "\u0391" <= base <= "\u03c9"
        if base != char and (base.isascii() or greek) and base.isalpha():
            table[code] = base.lower()
    return table


_MATCHING = _matching_table()
# The typographic signs alone (no letters): a term written with them is written plain.
_SIGNS = {code: to for code, to in _MATCHING.items() if not to.isalpha()}
# A letter with a diacritic: a page that writes one anywhere in a block writes its words whole.
_DIACRITIC = re.compile("[" + "".join(chr(c) for c, to in _MATCHING.items() if to.isalpha()) + "]")


def _matching_form(text: str) -> str:
    """The form in which case-insensitive vocabulary keys and texts are compared: lower case
    and :func:`_matching_table` applied, of the same length as ``text``."""
    return _lower_same_length(text).translate(_MATCHING)


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


# Matchers kept in the cache folder: the most recent ones, for as many rule sets or versions.
_CACHED_MATCHERS = 4


class _KeyTable:
    """The vocabulary keys' lengths and entries as a few arrays and one string: what the
    start-up cache keeps instead of 56,000 tuples (loaded in a millisecond, not 25)."""

    def __init__(
        self,
        lengths: array[int],
        labels: list[str],
        label_of: array[int],
        canonicals: str,
        ends: array[int],
        orders: array[int],
    ) -> None:
        self.lengths = lengths
        self.labels = labels
        self.label_of = label_of
        self.canonicals = canonicals
        self.ends = ends
        self.orders = orders

    @classmethod
    def of(cls, items: list[tuple[int, _Entry]]) -> _KeyTable:
        labels = sorted({entry[0] for _, entry in items})
        index = {label: n for n, label in enumerate(labels)}
        ends = array("q")
        at = 0
        for _, entry in items:
            at += len(entry[1])
            ends.append(at)
        return cls(
            array("q", (length for length, _ in items)),
            labels,
            array("H", (index[entry[0]] for _, entry in items)),
            "".join(entry[1] for _, entry in items),
            ends,
            array("q", (entry[2] for _, entry in items)),
        )

    def item(self, n: int) -> tuple[int, _Entry]:
        start = self.ends[n - 1] if n else 0
        canonical = self.canonicals[start : self.ends[n]]
        return self.lengths[n], (self.labels[self.label_of[n]], canonical, self.orders[n])


class _ShapeGroup:
    """The character shapes that share one trigger (a head noun, or a regex), and how to find
    them: by the trigger regex over each text (the general way), or, where the trigger is a
    token of literal words, from those words' occurrences found by one automaton pass over the
    document (:meth:`EntityMatcher.find_all`)."""

    __slots__ = (
        "anchors",
        "sensitive",
        "shapes",
        "stems",
        "tested",
        "trigger",
        "word_initial",
        "words",
    )

    def __init__(
        self,
        trigger: regex.Pattern[str] | None,
        shapes: list[tuple[regex.Pattern[str], _Entry]],
        words: tuple[str, ...] | None,
        sensitive: bool,
        anchors: list[int | None],
        stems: list[tuple[str, ...] | None] | None = None,
    ) -> None:
        self.trigger = trigger
        self.shapes = shapes
        # The trigger token's words (None: the trigger is a regex, found by the regex alone).
        self.words = words
        self.sensitive = sensitive
        # Per shape: the number of tokens before its trigger token when no token of the shape
        # can consume a space (then a match starts at most that many runs of spaces before an
        # occurrence of the trigger word); None: the shape is searched through its whole window.
        self.anchors = anchors
        # Every trigger word starts with a word character: a shape's trigger token then starts
        # at the match's start or after a gap between tokens (spaces, or punctuation on either
        # side), never right after a word character ("is" in "this" is no trigger token).
        self.word_initial = words is not None and all(_WORD_CHAR.match(w) for w in words)
        # Per anchored shape: stems (folded) one of which each of its matches holds, other than
        # its trigger words (:func:`_window_stems`): a window holding none is not tried.
        self.stems = stems if stems is not None else []
        self.tested = any(found is not None for found in self.stems)


class EntityMatcher:
    def __init__(
        self,
        patterns: Iterable[tuple[str, EntityPattern]],
        compounds: CompoundRules | None = None,
        *,
        character_shapes: bool = True,
    ) -> None:
        """``character_shapes=False`` hands every multi-token shape to spaCy's Matcher: the
        reference the character translations are checked against (``ingest rules check``)."""
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
        self._compound_labels = {label for first, *_ in self._compounds for label in first}
        # Per language: the endings it adds to a term (an alternation, longest first) and the
        # shortest term that takes one.
        self._inflections: dict[str, tuple[re.Pattern[str], int]] = {}
        # Per language: the particles it glues before a term (Hebrew "ה", "וה"; Arabic "ال",
        # "بال"), in their matching form, the longest one's length, and the shortest term that
        # takes one.
        self._prefixes: dict[str, tuple[frozenset[str], int, int]] = {}
        # Per language: itself and the languages whose terms its pages read (kindred_languages).
        self._kindred: dict[str, frozenset[str]] = {
            kin.language: frozenset((kin.language, *kin.reads))
            for kin in (compounds.kindred_languages if compounds else ())
        }
        # Per language that glues compounds: the labels whose terms count in one, the shortest
        # such term, and the letters a word holds after an opening term, before a closing one.
        self._compound_words: dict[str, tuple[frozenset[str], int, int, int]] = {}
        for glued in compounds.compound_words if compounds else ():
            for language in glued.languages:
                self._compound_words[language] = (
                    frozenset(glued.labels),
                    glued.min_letters,
                    glued.min_after,
                    glued.min_before,
                )
        self._cognates = (
            CognateReader.of(compounds.cognates) if compounds and compounds.cognates else None
        )
        # Per language: its case endings as written, longest first (cut before a cognate's core).
        self._ending_lists: dict[str, tuple[str, ...]] = {}
        for inflection in compounds.inflections if compounds else ():
            written = tuple(sorted({e.lower() for e in inflection.endings}, key=len, reverse=True))
            for language in inflection.languages:
                self._ending_lists[language] = written
            if inflection.prefixes:
                prefixes = frozenset(_matching_form(p) for p in inflection.prefixes)
                longest = max(len(p) for p in prefixes)
                for language in inflection.languages:
                    self._prefixes[language] = (prefixes, longest, inflection.min_letters)
            if not inflection.endings:
                continue
            # Read on the matching form of the text, as the terms are: "ách" as "ach".
            endings = sorted({_matching_form(e) for e in inflection.endings}, key=len, reverse=True)
            ending = re.compile(
                "(?:" + "|".join(re.escape(e) for e in endings) + r")(?![^\W_])", re.IGNORECASE
            )
            for language in inflection.languages:
                self._inflections[language] = (ending, inflection.min_letters)
        # Vocabulary automatons store an int per key: the key's index in ``_keys`` (its length
        # and entry). Ints, not objects, so that the automatons pickle and load in milliseconds
        # (the start-up cache, :meth:`for_rules`).
        self._insensitive = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self._sensitive = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self._keys: list[tuple[int, _Entry] | None] = []
        # Keys whose every term so far folds to them without being written so (_add).
        self._folded_only: set[int] = set()
        # Keys whose plain term and a term with a diacritic name different things: the latter.
        self._accented: dict[int, _Entry] = {}
        # A key only terms with a diacritic have: their letters with one ("é" of "diarré").
        self._marks: dict[int, str] = {}
        self._key_table: _KeyTable | None = None  # what a matcher loaded from the cache reads
        sequences: list[tuple[str, str, _Entry]] = []
        self._shape_patterns: list[tuple[str, EntityPattern, int]] = []
        self.labels: set[str] = set()
        # The patterns that name their entity in some languages only, and those whose text is
        # a common word of some languages (not the entity there), by order.
        self._languages: dict[int, frozenset[str]] = {}
        self._not_languages: dict[int, frozenset[str]] = {}
        # The patterns whose word has another sense in some contexts: (not after, not before).
        self._contexts: dict[int, tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]] = {}
        counts = [0, 0]
        for order, (location, item) in enumerate(patterns):
            entry = (item.label, item.id or _canonical_text(item.pattern), order)
            self.labels.add(item.label)
            if item.languages:
                self._languages[order] = frozenset(item.languages)
            if item.not_languages:
                self._not_languages[order] = frozenset(item.not_languages)
            if item.not_after or item.not_before:
                self._contexts[order] = (
                    regex.compile(f"(?:{item.not_after})\\Z", regex.IGNORECASE)
                    if item.not_after
                    else None,
                    regex.compile(item.not_before, regex.IGNORECASE) if item.not_before else None,
                )
            if self._cognates is not None:
                self._cognate_terms(item, entry)
            if isinstance(item.pattern, str):
                spaced = _lower_same_length(_SPACES.sub(" ", item.pattern.strip()))
                key = _matching_form(spaced)
                plain = key == spaced.translate(_SIGNS)
                counts[0] += self._add(
                    self._insensitive, key, entry, plain=plain, marks=_DIACRITIC.findall(spaced)
                )
                continue
            literal = _literal_tokens(item.pattern)
            if literal is not None and len(literal) == 1:
                text, sensitive = literal[0]
                automaton = self._sensitive if sensitive else self._insensitive
                key = text if sensitive else _matching_form(text)
                lowered_text = _lower_same_length(text)
                plain = sensitive or key == lowered_text.translate(_SIGNS)
                counts[1 if sensitive else 0] += self._add(
                    automaton, key, entry, plain=plain, marks=_DIACRITIC.findall(lowered_text)
                )
            elif literal is not None:
                # Several literal tokens, each with its own case rule ("knee" + "OA"); the spaces
                # between them are optional ("TNF-α", "TNF - α").
                parts = (
                    re.escape(t) if sensitive else f"(?i:{re.escape(t)})"
                    for t, sensitive in literal
                )
                first = _matching_form(literal[0][0])
                sequences.append((r"\s*".join(parts), first, entry))
            else:
                self._shape_patterns.append((location, item, order))
        if self._cognates is not None and compounds is not None and compounds.cognates:
            self._cognates.finish(compounds.cognates.false_friends)
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
                self._token_rules.append((compiled, lower, (item.label, item.id or "", rank)))
        # Multi-token shapes of the simple kind (REGEX / IN / literal tokens, "?" operators,
        # IS_TITLE) run as one character regex each, around their own trigger; others in spaCy.
        # Keyed by their trigger's text: shapes with the same head noun share its search.
        self._char_shapes: dict[str | None, _ShapeGroup] = {}
        spacy_shapes: list[tuple[str, EntityPattern, int]] = []
        for location, item, order in shapes:
            tokens = item.pattern
            char_body = (
                sequence_regex(tokens) if character_shapes and not isinstance(tokens, str) else None
            )
            if isinstance(tokens, str) or char_body is None:
                spacy_shapes.append((location, item, order))
                continue
            rank = order if item.id else _SHAPE + order
            trigger = _trigger(tokens)
            group = self._char_shapes.get(trigger)
            if group is None:
                words = _trigger_words(tokens)
                group = self._char_shapes[trigger] = _ShapeGroup(
                    compile_pattern(trigger) if trigger is not None else None,
                    [],
                    words[1] if words is not None else None,
                    words[2] if words is not None else False,
                    [],
                )
            group.shapes.append((compile_pattern(char_body), (item.label, item.id or "", rank)))
            anchor = _anchor(tokens) if group.words is not None else None
            group.anchors.append(anchor)
            stems = _window_stems(char_body, group.words) if anchor is not None else None
            group.stems.append(stems)
            group.tested = group.tested or stems is not None
        # Every trigger word of every literal group, in one automaton per case rule.
        self._trigger_words: list[tuple[int, list[int]]] = []  # (length, group indexes)
        self._trigger_automatons = (
            ahocorasick.Automaton(ahocorasick.STORE_INTS),  # folded words
            ahocorasick.Automaton(ahocorasick.STORE_INTS),  # case-sensitive words
        )
        word_index: dict[tuple[bool, str], int] = {}
        for g, group in enumerate(self._char_shapes.values()):
            for word in group.words or ():
                word_key = (group.sensitive, word if group.sensitive else fold(word))
                if word_key not in word_index:
                    word_index[word_key] = len(self._trigger_words)
                    self._trigger_words.append((len(word_key[1]), []))
                    automaton = self._trigger_automatons[group.sensitive]
                    automaton.add_word(word_key[1], word_index[word_key])
                self._trigger_words[word_index[word_key]][1].append(g)
        self._has_triggers = (
            any(not s for s, _ in word_index),
            any(s for s, _ in word_index),
        )
        for automaton, used in zip(self._trigger_automatons, self._has_triggers, strict=True):
            if used:
                automaton.make_automaton()
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
        # The document is scanned as one text, its blocks joined by a newline: no key holds one,
        # so no hit runs from one block into the next, and a newline is as much a boundary as
        # the end of a text. A rule set with such a key is scanned block by block instead.
        self._joinable = not any(
            _SEPARATOR in key
            for automaton in (self._insensitive, self._sensitive, self._first_tokens)
            for key in (automaton.keys() if len(automaton) else ())
        ) and not any(_SEPARATOR in w for (_, w) in word_index)
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
        # The literal stems every trigger hit holds: one automaton pass over the document says
        # which texts can hold one; the others skip the trigger regex (its scan of every text
        # was 10% of the matching stage).
        self._trigger_stems = (
            LiteralPrefilter([self._trigger.pattern]) if self._trigger is not None else None
        )

    def _add(
        self,
        automaton: ahocorasick.Automaton,
        key: str,
        entry: _Entry,
        *,
        plain: bool,
        marks: Sequence[str] = (),
    ) -> int:
        """Store the key's index in ``_keys``, which holds ``(key length, entry)``: the automaton
        reports values, not keys. ``plain``: the term is written as its key is, without a
        diacritic or typographic apostrophe. Two terms with the same key: a plain one and one
        that only folds to it name different things (English "rubeola", measles; Spanish
        "rubéola", rubella), so the folded one is kept aside for a page that writes the
        diacritic (``_accented``); of two of a kind, the pattern loaded first wins. ``marks``:
        the term's letters with a diacritic, kept for a key only such terms have."""
        if not key:
            return 0
        existing = automaton.get(key, None)
        if existing is None:
            automaton.add_word(key, len(self._keys))
            self._keys.append((len(key), entry))
            if not plain:
                self._folded_only.add(len(self._keys) - 1)
                self._marks[len(self._keys) - 1] = "".join(sorted(set(marks)))
            return 1
        if not plain and existing in self._folded_only:
            self._marks[existing] = "".join(sorted(set(self._marks.get(existing, "")) | set(marks)))
        stored = self._key(existing)[1]
        if plain == (existing not in self._folded_only):
            if stored[2] > entry[2]:
                self._keys[existing] = (len(key), entry)
            if stored[:2] == entry[:2]:
                # One term listed again for other languages (German and Dutch "genen", gene):
                # the term kept names its entity in the languages of both.
                self._widen_languages(min(stored[2], entry[2]), max(stored[2], entry[2]))
        elif plain:
            self._accented[existing] = stored
            self._keys[existing] = (len(key), entry)
            self._folded_only.discard(existing)
        elif existing not in self._accented or self._accented[existing][2] > entry[2]:
            self._accented[existing] = entry
        elif self._accented[existing][:2] == entry[:2]:
            # (Spanish and Portuguese "variante genética")
            self._widen_languages(self._accented[existing][2], entry[2])
        return 1

    def _widen_languages(self, kept: int, other: int) -> None:
        """The pattern ``kept`` names its entity also where the pattern ``other``, the same
        term for the same entity, does: everywhere when ``other`` has no language of its own."""
        mine = self._languages.get(kept)
        if mine is None:
            return
        # A term guarded by its context or kept from some languages is left as it was loaded:
        # the kept pattern's guards would not be the other's.
        guarded = (self._contexts, self._not_languages)
        if any(kept in table or other in table for table in guarded):
            return
        theirs = self._languages.get(other)
        if theirs is None:
            del self._languages[kept]
        else:
            self._languages[kept] = mine | theirs

    @property
    def cognate_reader(self) -> CognateReader | None:
        """The reader of ``cognates`` (rules/compounds.yaml), if the rules have one."""
        return self._cognates

    def _cognate_terms(self, item: EntityPattern, entry: _Entry) -> None:
        """Hands the cognate reader the single words of a pattern (a string, one literal
        token, or one token's ``IN`` list); it indexes those that are their own English
        canonical name and notes every word's core (two names on one core: neither)."""
        assert self._cognates is not None
        pattern = item.pattern
        words: list[str] = []
        if isinstance(pattern, str):
            words = [pattern.strip()]
        elif len(pattern) == 1 and len(pattern[0]) == 1:
            ((key, value),) = pattern[0].items()
            if key in _LITERAL_KEYS and isinstance(value, str):
                words = [value]
            elif key == "LOWER" and isinstance(value, dict) and isinstance(value.get("IN"), list):
                words = [str(v) for v in value["IN"]]
        # A term held to some languages, a common word in some, or read only in some contexts
        # has another sense somewhere: its spelling elsewhere is no sure cognate.
        plain = not (item.languages or item.not_languages or item.not_after or item.not_before)
        for word in words:
            indexed = (
                plain
                and item.label in self._cognates.labels
                and word.isascii()
                and word.lower() == entry[1]
            )
            self._cognates.add_term(word, entry, indexed=indexed)

    # --- the start-up cache -----------------------------------------------------------------

    @classmethod
    def for_rules(cls, rules: Rules) -> EntityMatcher:
        """The matcher of a rule set, from the install-time cache (``ingest rules compile``)
        or the start-up cache (``patterns.startup_file``: the output's .ingest-cache/startup,
        or INGEST_CACHE_DIR) when it was built before for the same rules, package version and
        code (building it is most of a run's start-up: 56,000 vocabulary keys); else built and
        kept in the start-up cache."""
        prebuilt, path = startup_file(_cache_name(rules.digest))
        for kept in (prebuilt, path):
            if kept is None:
                continue
            try:
                with kept.open("rb") as handle:
                    loaded = pickle.load(handle)
                if isinstance(loaded, cls):
                    return loaded
            except Exception:  # absent, damaged, or from another version: build it
                pass
        matcher = cls(rules.entities, rules.compounds)
        if path is not None:
            matcher._save(path)
        return matcher

    def _key(self, index: int) -> tuple[int, _Entry]:
        """``(key length, entry)`` of a vocabulary key; a matcher loaded from the cache builds
        each from the compact table on first use (56,000 tuples took as long to load as the
        automaton)."""
        item = self._keys[index]
        if item is None:
            assert self._key_table is not None
            item = self._keys[index] = self._key_table.item(index)
        return item

    def _save(self, path: Path) -> None:
        try:
            # Whole or not at all: a full disk leaves no partial pickle, nor its temporary.
            written = write_whole(
                path, lambda stream: pickle.dump(self, stream, protocol=pickle.HIGHEST_PROTOCOL)
            )
            if not written:
                return
            # Matchers of older code or rules: keep the few most recent (tests build others).
            kept = sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime)
            for old in kept[:-_CACHED_MATCHERS]:
                old.unlink(missing_ok=True)
        except (OSError, pickle.PicklingError):
            pass  # no cache this time: the next run builds it again

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_nlp"] = state["_matcher"] = None
        state["_shape_entries"] = {}
        state["_token_cache"] = {}
        state["_key_table"] = _KeyTable.of([self._key(n) for n in range(len(self._keys))])
        state["_keys"] = len(self._keys)
        # `regex` patterns are compiled again through the programs cache (pickle would parse
        # them again in Python); `re` patterns pickle as their source and flags.
        state["_char_shapes"] = {
            key: (
                _source(group.trigger),
                [(_source(shape), entry) for shape, entry in group.shapes],
                group.words,
                group.sensitive,
                group.anchors,
                group.stems,
            )
            for key, group in self._char_shapes.items()
        }
        state["_trigger"] = _source(self._trigger)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        groups = state["_char_shapes"]
        state["_char_shapes"] = {
            key: _ShapeGroup(
                _compiled(trigger),
                [(compile_pattern(shape), entry) for shape, entry in shapes],
                words,
                sensitive,
                anchors,
                stems,
            )
            for key, (trigger, shapes, words, sensitive, anchors, stems) in groups.items()
        }
        state["_trigger"] = _compiled(state["_trigger"])
        state["_keys"] = [None] * state["_keys"]
        self.__dict__.update(state)

    def _spacy(self) -> tuple[Any, Any]:
        if self._nlp is None:
            import spacy
            from spacy.matcher import Matcher

            self._nlp = spacy.blank("en")
            self._matcher = Matcher(self._nlp.vocab, validate=True)
            for _, item, order in self._shape_patterns:
                key = f"{order}"
                rank = order if item.id else _SHAPE + order
                self._shape_entries[key] = (item.label, item.id or "", rank)
                self._matcher.add(key, [list(item.pattern)])
        return self._nlp, self._matcher

    # --- matching ---------------------------------------------------------------------------

    def find(self, text: str) -> list[FoundEntity]:
        return self.find_all([text])[0]

    def find_all(
        self, texts: Sequence[str], languages: Sequence[str | None] | None = None
    ) -> list[list[FoundEntity]]:
        """The entities of each text (the blocks of one document). Each family is scanned once
        over the whole document, the texts joined by a newline, and its hits are placed into
        the texts by offset; the regexes that confirm a hit run on the hit's own text.
        ``languages[n]``: the language of text ``n``, where a pattern limited to some
        languages is dropped unless it is one of them, and one whose text is a common word of
        that language is dropped (None: every pattern holds). A term with a diacritic matches
        a page's plain spelling of it only in a text of a known language other than English
        that writes none of its diacritics anywhere (one that writes them wrote this word as it
        is: Swedish "smarta", smart, beside "äldre" is not "smärta", pain)."""
        if not texts:
            return []
        if not self._joinable and len(texts) > 1:
            return [
                self.find_all([text], None if languages is None else [languages[n]])[0]
                for n, text in enumerate(texts)
            ]
        joined = _SEPARATOR.join(texts)
        offsets = []
        at = 0
        for text in texts:
            offsets.append(at)
            at += len(text) + 1
        lowered = joined.lower()
        if len(lowered) != len(joined):  # a character that lowers to two: kept as it is
            lowered = _SEPARATOR.join(_lower_same_length(text) for text in texts)
        lowered = lowered.translate(_MATCHING)
        candidates: list[list[tuple[int, int, _Entry]]] = [[] for _ in texts]
        if self._has[0]:
            inflected = (
                [self._inflections.get(language or "") for language in languages]
                if languages is not None and self._inflections
                else None
            )
            prefixed = (
                [self._prefixes.get(language or "") for language in languages]
                if languages is not None and self._prefixes
                else None
            )
            glued = (
                [self._compound_words.get(language or "") for language in languages]
                if languages is not None and self._compound_words
                else None
            )
            self._scan(
                self._insensitive, lowered, offsets, candidates, joined, inflected, prefixed, glued
            )
        if self._has[1]:
            self._scan(self._sensitive, joined, offsets, candidates)
        if self._sequences:
            self._sequence_matches(texts, joined, lowered, offsets, candidates)
        if self._token_rules:
            self._token_matches_all(joined, offsets, candidates)
        if self._char_shapes:
            self._char_shape_matches_all(texts, joined, offsets, candidates)
        out = []
        # Texts that cannot hold a trigger have no shape window (_windows): not scanned.
        triggered = (
            self._trigger_stems.holding(texts)
            if self._shape_patterns and self._trigger_stems is not None
            else [True] * len(texts)
        )
        for n, text in enumerate(texts):
            found = candidates[n]
            if self._shape_patterns and triggered[n]:
                found.extend(self._shape_matches(text))
            if languages is None or languages[n] in (None, "en"):
                found = [hit for hit in found if hit[2][2] < _FOLDED]
            if languages is not None and (self._languages or self._not_languages):
                found = self._in_language(found, languages[n])
            if self._contexts:
                found = self._in_context(found, text)
            if self._compounds:
                found.extend(self._compound(text, found))
            if (
                self._cognates is not None
                and languages is not None
                and languages[n] in self._cognates.languages
            ):
                found.extend(self._cognate_hits(text, found, languages[n] or ""))
            out.append(_filter_spans(found))
        return out

    def _cognate_hits(
        self, text: str, found: list[tuple[int, int, _Entry]], language: str
    ) -> list[tuple[int, int, _Entry]]:
        """Words no vocabulary term covers that are spelled after an English term
        (``cognates``), ranked as shapes."""
        assert self._cognates is not None
        taken = [(start, end) for start, end, _ in found]
        return [
            (start, end, (label, canonical, _SHAPE + order))
            for start, end, (label, canonical, order) in self._cognates.find(
                text, taken, self._ending_lists.get(language, ())
            )
        ]

    def _in_language(
        self, found: list[tuple[int, int, _Entry]], language: str | None
    ) -> list[tuple[int, int, _Entry]]:
        """The hits whose pattern names its entity in ``language``: a pattern without
        languages names it in all but those where its text is a common word."""
        limited, common = self._languages, self._not_languages
        readable = self._kindred.get(language or "", frozenset((language,)))
        kept = []
        for hit in found:
            order = hit[2][2] % _SHAPE
            allowed, denied = limited.get(order), common.get(order)
            if (allowed is None or not allowed.isdisjoint(readable)) and (
                denied is None or language not in denied
            ):
                kept.append(hit)
        return kept

    def _in_context(
        self, found: list[tuple[int, int, _Entry]], text: str
    ) -> list[tuple[int, int, _Entry]]:
        """The hits whose word is not used in another sense where it stands: no ``not_after``
        context ends at its start, no ``not_before`` context starts at its end."""
        kept = []
        for hit in found:
            context = self._contexts.get(hit[2][2] % _SHAPE)
            if context is not None:
                start, end = hit[0], hit[1]
                after, before = context
                if after is not None and after.search(text, max(0, start - CONTEXT_WINDOW), start):
                    continue
                if before is not None and before.match(text[end : end + CONTEXT_WINDOW]):
                    continue
            kept.append(hit)
        return kept

    def _find_reference(self, text: str) -> list[FoundEntity]:
        """The entities of one text searched the general way: every family over this text
        alone, each shape through the whole window around each hit of its trigger regex. The
        document scan (:meth:`find_all`) must find the same (tests/test_match_scan.py)."""
        found: list[tuple[int, int, _Entry]] = []
        lowered = _matching_form(text)
        if self._has[0]:
            self._scan(self._insensitive, lowered, [0], [found], text)
        if self._has[1]:
            self._scan(self._sensitive, text, [0], [found])
        if self._sequences:
            self._sequence_matches([text], text, lowered, [0], [found])
        found.extend(self._token_matches(text))
        for group in self._char_shapes.values():
            _windowed(text, group, _trigger_spans(text, group), found)
        if self._shape_patterns:
            found.extend(self._shape_matches(text))
        found = [hit for hit in found if hit[2][2] < _FOLDED]
        if self._contexts:
            found = self._in_context(found, text)
        found.extend(self._compound(text, found))
        return _filter_spans(found)

    def _scan(
        self,
        automaton: ahocorasick.Automaton,
        text: str,
        offsets: list[int],
        candidates: list[list[tuple[int, int, _Entry]]],
        original: str | None = None,
        inflected: list[tuple[re.Pattern[str], int] | None] | None = None,
        prefixed: list[tuple[frozenset[str], int, int] | None] | None = None,
        glued: list[tuple[frozenset[str], int, int, int] | None] | None = None,
    ) -> None:
        """Vocabulary hits on token boundaries (no letter or digit on either side), placed into
        their texts. Hits come in the order of their last character, as a scan of each text
        alone gives them. ``original``: the text before :func:`_matching_form`, where a hit on
        a key only a folded term has, written plain, is marked (``_FOLDED``). ``inflected``: per
        text, the endings its language adds to a term, and the shortest term that takes one: a
        hit followed by one of them runs to its end. ``prefixed``: per text, the particles its
        language glues before a term, the longest one's length and the shortest term that takes
        one: a hit whose word starts with one of them, and nothing else, runs from its start.
        ``glued``: per text, whether its language writes compounds as one word (the labels that
        count, the shortest term, the letters after an opening term and before a closing one):
        a hit that opens or closes a word, not both, spans the word."""
        keys = self._keys
        folded_only, accented = self._folded_only, self._accented
        size = len(text)
        block = 0
        block_end = offsets[1] - 1 if len(offsets) > 1 else size
        for last, index in automaton.iter(text):
            end = last + 1
            item = keys[index]
            length, entry = item if item is not None else self._key(index)
            start = end - length
            if end > block_end:
                block = bisect_right(offsets, start) - 1
                block_end = offsets[block + 1] - 1 if block + 1 < len(offsets) else size
            begin = start
            compound = glued[block] if glued is not None else None
            if compound is not None and (length < compound[1] or entry[0] not in compound[0]):
                compound = None
            closes = False  # the hit closes a compound word ("Vogelgrippe")
            opens = False  # it opens one ("Masernimpfung")
            if start > 0 and text[start - 1].isalnum() and _spaced(text[start - 1], text[start]):
                prefix = prefixed[block] if prefixed is not None else None
                if compound is not None:
                    begin = _word_start(text, start, offsets[block])
                    if start - begin < compound[3] or not text[begin:start].isalpha():
                        continue
                    closes = True
                elif prefix is None or length < prefix[2]:
                    continue
                else:
                    # The word must start with one of its language's particles, and nothing else.
                    begin = _word_start(text, start, offsets[block])
                    if start - begin > prefix[1] or text[begin:start] not in prefix[0]:
                        continue
            if (end < size and text[end] in _THAI_AFTER) or (
                start > 0 and text[start - 1] in _THAI_BEFORE
            ):
                continue
            if end < size and text[end].isalnum() and _spaced(text[end], text[end - 1]):
                inflection = inflected[block] if inflected is not None else None
                ending = (
                    inflection[0].match(text, end)
                    if inflection is not None and length >= inflection[1]
                    else None
                )
                if ending is not None:
                    end = ending.end()
                elif compound is not None and not closes:
                    # A term opening a compound ("Masernimpfung"): the word is its span.
                    word_end = _word_end(text, end, block_end)
                    if word_end - end < compound[2] or not text[end:word_end].isalpha():
                        continue
                    end = word_end
                    opens = True
                else:
                    continue
            base = offsets[block]
            if original is not None:
                written = original[start : start + length]  # the term, without an ending
                with_diacritic = not written.isascii() and _DIACRITIC.search(written) is not None
                if index in folded_only:
                    if not with_diacritic:
                        # Written plain: the writer dropped the diacritic, unless the term is
                        # short or the text writes its letter elsewhere (Swedish "smarta",
                        # smart, beside "äldre" is not "smärta", pain).
                        if length < _FOLDED_MIN_LETTERS:
                            continue
                        marks = self._marks.get(index, "")
                        if any(
                            original.find(mark, base, block_end) >= 0
                            for mark in (*marks, *marks.upper())
                        ):
                            continue
                        entry = (entry[0], entry[1], entry[2] + _FOLDED)
                elif with_diacritic:
                    # A plain term: a page's word with a diacritic is another word (Polish "rąk",
                    # hands, is not "rak", cancer), unless a term with a diacritic shares the key.
                    if index not in accented:
                        continue
                    entry = accented[index]
            if closes or opens:
                # Read inside a compound word, the term ranks as a shape: on the very same span,
                # a term of the whole word wins ("췌장암" and its particle over "암은").
                entry = (entry[0], entry[1], entry[2] + _SHAPE)
            candidates[block].append((begin - base, end - base, entry))

    def _sequence_matches(
        self,
        texts: Sequence[str],
        joined: str,
        lowered: str,
        offsets: list[int],
        candidates: list[list[tuple[int, int, _Entry]]],
    ) -> None:
        for last, (length, first) in self._first_tokens.iter(lowered):
            start = last + 1 - length
            if start > 0 and joined[start - 1].isalnum():
                continue
            block = bisect_right(offsets, start) - 1
            text, local = texts[block], start - offsets[block]
            for pattern, entry in self._sequences[first]:
                m = pattern.match(text, local)
                if m and _on_boundaries(text, m.start(), m.end()):
                    candidates[block].append((m.start(), m.end(), entry))

    def _token_matches_all(
        self, joined: str, offsets: list[int], candidates: list[list[tuple[int, int, _Entry]]]
    ) -> None:
        """Single-token REGEX/IN patterns, tried once per distinct word of the document: a token
        is a run of characters between delimiters, edge periods dropped, and a rule must match
        it in full, as spaCy's Matcher would see it. The few words that match are then found
        where they stand as tokens."""
        found: list[tuple[int, int, _Entry]] = []
        size = len(joined)
        for word in set(_TOKEN.findall(joined)):
            entries = self._token_entries(word)
            if not entries:
                continue
            at = joined.find(word)
            while at >= 0:
                end = at + len(word)
                if at == 0 or _is_delimiter(joined[at - 1]):
                    after = end
                    while after < size and joined[after] == ".":
                        after += 1
                    if after == size or _is_delimiter(joined[after]):
                        found.extend((at, end, entry) for entry in entries)
                at = joined.find(word, at + 1)
        found.sort(key=lambda hit: hit[0])  # text order; a token's entries in rule order
        for start, end, entry in found:
            block = bisect_right(offsets, start) - 1
            base = offsets[block]
            candidates[block].append((start - base, end - base, entry))

    def _token_matches(self, text: str) -> list[tuple[int, int, _Entry]]:
        """Single-token REGEX/IN patterns over one text, token by token (the reference the
        document scan is tested against)."""
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
            for rule, lower, entry in self._token_rules:
                if rule.fullmatch(word.lower() if lower else word):
                    entries.append((entry[0], entry[1] or word.lower(), entry[2]))
        if len(self._token_cache) >= _TOKEN_CACHE_SIZE:
            self._token_cache.clear()
        result = self._token_cache[word] = tuple(entries)
        return result

    def _char_shape_matches_all(
        self,
        texts: Sequence[str],
        joined: str,
        offsets: list[int],
        candidates: list[list[tuple[int, int, _Entry]]],
    ) -> None:
        """Multi-token shapes as character regexes, tried only in the stretch of a few words
        around each occurrence of their trigger (a head noun), where they can match. Trigger
        words are found by one automaton pass over the document; a trigger that is a regex, or
        a document whose case folding is not one character for one, is searched text by
        text."""
        groups = list(self._char_shapes.values())
        # occurrences[group][block]: starts of the group's trigger words in that block
        occurrences: list[dict[int, list[int]]] = [{} for _ in groups]
        literal_ok = self._scan_triggers(joined, offsets, occurrences)
        for n, text in enumerate(texts):
            found = candidates[n]
            folded = ""  # the text folded, once a group tests its windows' stems
            for g, group in enumerate(groups):
                if group.words is not None and literal_ok:
                    starts = occurrences[g].get(n)
                    if starts:
                        if group.tested and not folded:
                            folded = fold(text)
                        self._anchored(text, group, sorted(set(starts)), found, folded)
                else:
                    _windowed(text, group, _trigger_spans(text, group), found)

    def _scan_triggers(
        self, joined: str, offsets: list[int], occurrences: list[dict[int, list[int]]]
    ) -> bool:
        """Fill ``occurrences`` with the start of every trigger word in the document; False
        when case folding the document moves offsets (a character folding to two), so that
        literal groups must be searched by their regex."""
        if not any(self._has_triggers):
            return True
        folded = joined
        if self._has_triggers[0]:
            folded = fold(joined)
            if not one_for_one(joined, folded):
                return False
        for sensitive, text in ((False, folded), (True, joined)):
            if not self._has_triggers[sensitive]:
                continue
            for last, index in self._trigger_automatons[sensitive].iter(text):
                length, group_indexes = self._trigger_words[index]
                start = last + 1 - length
                block = bisect_right(offsets, start) - 1
                for g in group_indexes:
                    occurrences[g].setdefault(block, []).append(start - offsets[block])
        return True

    def _anchored(
        self,
        text: str,
        group: _ShapeGroup,
        starts: list[int],
        found: list[tuple[int, int, _Entry]],
        folded: str = "",
    ) -> None:
        """A literal group's shapes in one text, from the starts of its trigger words: the
        same matches as searching the trigger regex and then each shape through each window
        (:func:`_windowed`), trying only positions where a match can begin. ``folded``: the
        text folded (:func:`fold`, one character for one), where a group tests stems."""
        assert group.trigger is not None
        # Occurrences where a trigger token can start (``_ShapeGroup.word_initial``): not
        # right after an ASCII letter, digit or underscore. The windows stay those of every hit.
        tokens = (
            [q for q in starts if q == 0 or text[q - 1] not in _ASCII_WORD]
            if group.word_initial
            else starts
        )
        everywhere = None in group.anchors  # a shape searched through its whole window
        if not tokens and not everywhere:
            return
        if (
            group.tested
            and not everywhere
            and not any(
                stems is None or any(stem in folded for stem in stems) for stems in group.stems
            )
        ):
            return  # no shape's stems anywhere in the text
        spans = []
        position = 0
        for start in starts:  # the trigger regex's own hits: leftmost, not overlapping
            if start < position:
                continue
            hit = group.trigger.match(text, start)
            if hit is not None:
                spans.append(hit.span())
                position = hit.end()
        windows = _merged_windows(spans)
        size = len(text)
        for lo, hi in windows:
            hi = min(hi, size)
            inside = [q for q in tokens if lo <= q < hi]
            if not inside and not everywhere:
                continue
            known: dict[int, list[int]] = {}  # begins by anchor: shapes of one anchor share them
            for (shape, entry), anchor, stems in zip(
                group.shapes, group.anchors, group.stems, strict=True
            ):
                if anchor is None:
                    _collect(shape.finditer(text, lo, hi), text, entry, found)
                    continue
                if stems is not None and not any(folded.find(s, lo, hi) >= 0 for s in stems):
                    continue  # a match lies in the window, and holds one of these
                begins = known.get(anchor)
                if begins is None:
                    begins = known[anchor] = sorted(
                        {p for q in inside for p in _begins(text, q, anchor, lo)}
                    )
                position = lo
                for begin in begins:
                    if begin < position:
                        continue
                    m = shape.match(text, begin, hi)
                    if m is not None:
                        _collect((m,), text, entry, found)
                        position = max(m.end(), begin + 1)

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
                canonical = entry[1] or span.text.lower()
                found.append(
                    (lo + span.start_char, lo + span.end_char, (entry[0], canonical, entry[2]))
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
            if entry[0] not in self._compound_labels:
                continue  # no rule starts with this label
            for first, pattern, second, label, template in self._compounds:
                if entry[0] not in first:
                    continue
                match = pattern.match(text, end)
                if match is None:
                    continue
                if not second:
                    canonical = template.format(first=entry[1])
                    found.append((start, match.end(), (label, canonical, _DERIVED + entry[2])))
                    continue
                for tail_end, tail in starting.get(match.end(), ()):
                    if tail[0] in second:
                        canonical = template.format(first=entry[1], second=tail[1])
                        found.append((start, tail_end, (label, canonical, _DERIVED + entry[2])))
        return found


# A token for single-token patterns: no spaces, no edge punctuation ("(IL-38)," → "IL-38").
_PUNCTUATION_DELIMITERS = "()[]{},;:!?\"'“”‘’"
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


# Scripts written without spaces between words: Japanese and Chinese, and Thai.
_TOUCHING_CHAR = re.compile(f"[{UNSPACED}\u0e01-\u0e5b]")
# Thai writes a syllable's vowel and tone marks after its consonant and some vowels before it: a
# term whose last consonant is followed by one ("ไต" in "ไต้หวัน") or whose first consonant is
# preceded by one ("ลือด" in "เลือด") is part of another syllable.
_THAI_AFTER = frozenset(chr(c) for c in (*range(0x0E30, 0x0E3B), 0x0E45, *range(0x0E47, 0x0E4F)))
_THAI_BEFORE = frozenset(chr(c) for c in range(0x0E40, 0x0E45))


def _spaced(outside: str, inside: str) -> bool:
    """Does a letter or digit next to a term continue the term's word? Not where either is of a
    script written without spaces between words ("糖尿病の患者", "BMJに掲載", "โรคเบาหวานชนิดที่ 2"):
    there a term touches its neighbours."""
    return _TOUCHING_CHAR.match(outside) is None and _TOUCHING_CHAR.match(inside) is None


def _on_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _filter_spans(candidates: list[tuple[int, int, _Entry]]) -> list[FoundEntity]:
    ordered = sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0], c[2][2]))
    starts: list[int] = []  # chosen spans are disjoint: keep them sorted by start
    ends: list[int] = []
    chosen: dict[int, FoundEntity] = {}
    for start, end, entry in ordered:
        k = bisect_right(starts, start)
        if (k > 0 and ends[k - 1] > start) or (k < len(starts) and starts[k] < end):
            continue
        starts.insert(k, start)
        ends.insert(k, end)
        chosen[start] = FoundEntity(entry[0], entry[1], start, end)
    return [chosen[s] for s in starts]


def _merged_windows(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of ``_SEQUENCE_REACH`` characters around each trigger hit, merged."""
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        lo, hi = max(0, start - _SEQUENCE_REACH), end + _SEQUENCE_REACH
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _trigger_spans(text: str, group: _ShapeGroup) -> list[tuple[int, int]]:
    if group.trigger is None:
        return [(0, len(text))]
    return _merged_windows([hit.span() for hit in group.trigger.finditer(text)])


def _windowed(
    text: str,
    group: _ShapeGroup,
    windows: list[tuple[int, int]],
    found: list[tuple[int, int, _Entry]],
) -> None:
    """A group's shapes searched through each window in full: the general way."""
    for lo, hi in windows:
        for shape, entry in group.shapes:
            _collect(shape.finditer(text, lo, min(hi, len(text))), text, entry, found)


def _collect(
    matches: Iterable[regex.Match[str]],
    text: str,
    entry: _Entry,
    found: list[tuple[int, int, _Entry]],
) -> None:
    for m in matches:
        if m.end() > m.start() and _on_boundaries(text, m.start(), m.end()):
            canonical = entry[1] or _SPACES.sub(" ", m.group()).lower()
            found.append((m.start(), m.end(), (entry[0], canonical, entry[2])))


# A word character as the shapes' regexes read ``\w`` (the ``regex`` module's, Unicode).
_WORD_CHAR = regex.compile(r"\w")
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _begins(text: str, occurrence: int, gaps: int, lo: int) -> list[int]:
    """Where a shape match that holds a trigger word at ``occurrence`` can start, not before
    ``lo``: its tokens consume no space, so the text from its start to the trigger word holds at
    most ``gaps`` runs of spaces (one per gap between tokens before the trigger token); and a
    shape starts a word (``(?<!\\w)``), so never right after an ASCII letter, digit or
    underscore."""
    first = occurrence
    runs = 0
    while first > lo:
        if text[first - 1] in SPACES:
            runs += 1
            if runs > gaps:
                break
            while first > lo and text[first - 1] in SPACES:
                first -= 1
        else:
            first -= 1
    return [p for p in range(first, occurrence + 1) if p == 0 or text[p - 1] not in _ASCII_WORD]


def _chosen_trigger_token(pattern: tuple[dict[str, object], ...]) -> int | None:
    """The index of the token :func:`_trigger` takes its regex from (None: no trigger)."""
    literal = [
        n
        for n, t in enumerate(pattern)
        if not any(isinstance(v, dict) and "REGEX" in v for v in t.values())
    ]
    for n in [*literal, *range(len(pattern))]:
        token = pattern[n]
        for key, value in token.items():
            if key not in ("ORTH", "TEXT", "LOWER", "NORM") or token.get("OP") in ("?", "*", "!"):
                continue
            if isinstance(value, str):
                return int(n)
            if isinstance(value, dict) and (
                isinstance(value.get("REGEX"), str)
                or (isinstance(value.get("IN"), list) and value["IN"])
            ):
                return int(n)
    return None


def _trigger_words(
    pattern: tuple[dict[str, object], ...],
) -> tuple[int, tuple[str, ...], bool] | None:
    """``(token index, words, case-sensitive)`` when the trigger token is a literal or an IN
    list of words, every one non-empty and folding one character for one (so that offsets in
    the folded text are offsets in the text); None for a regex trigger."""
    n = _chosen_trigger_token(pattern)
    if n is None:
        return None
    token = pattern[n]
    for key, value in token.items():
        if key not in ("ORTH", "TEXT", "LOWER", "NORM") or token.get("OP") in ("?", "*", "!"):
            continue
        if key == "NORM":
            return None
        sensitive = key in ("ORTH", "TEXT")
        if isinstance(value, str):
            words: tuple[str, ...] = (value,)
        elif isinstance(value, dict) and isinstance(value.get("IN"), list) and value["IN"]:
            if isinstance(value.get("REGEX"), str):
                return None  # _trigger takes the REGEX of such a token
            words = tuple(str(v) for v in value["IN"])
        else:
            return None
        if any(not w or (not sensitive and len(fold(w)) != len(w)) for w in words):
            return None
        return n, words, sensitive
    return None


def _anchor(pattern: tuple[dict[str, object], ...]) -> int | None:
    """The number of gaps before the trigger token when no token of the shape can consume a
    space; None otherwise (the shape is then searched through its whole window)."""
    pieces = token_pieces(pattern)
    n = _chosen_trigger_token(pattern)
    if pieces is None or n is None or any(may_match_space(piece) for piece in pieces):
        return None
    return n


def _window_stems(body: str, words: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Folded stems one of which every match of the shape ``body`` holds
    (:func:`necessary_literals`: "infected" of "were infected"), or None where it has none
    but its trigger words (which its windows hold anyway)."""
    found = necessary_literals(body)
    if found is None or found <= {fold(word) for word in words or ()}:
        return None
    return tuple(sorted(found))


def _word_start(text: str, at: int, lowest: int) -> int:
    """Where the word holding ``text[at]`` starts (not before ``lowest``)."""
    while at > lowest and text[at - 1].isalnum():
        at -= 1
    return at


def _word_end(text: str, at: int, highest: int) -> int:
    """Where the word holding ``text[at - 1]`` ends (not after ``highest``)."""
    while at < highest and text[at].isalnum():
        at += 1
    return at


def _is_delimiter(char: str) -> bool:
    """A character that ends a token (``_DELIMITERS``; ``re``'s \\s is ``str.isspace``)."""
    return char.isspace() or char in _PUNCTUATION_DELIMITERS


def _source(pattern: regex.Pattern[str] | None) -> str | None:
    """A pattern compiled by ``compile_pattern(source)`` (no flags), as its source."""
    return None if pattern is None else pattern.pattern


def _compiled(source: str | None) -> regex.Pattern[str] | None:
    return None if source is None else compile_pattern(source)


def _cache_name(digest: str) -> str:
    """Where the matcher built for rules of ``digest`` is kept in a start-up cache folder:
    named by the digest and everything the pickled matcher depends on (this package's version
    and matching code, the Python, regex and pyahocorasick versions)."""
    code = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for name in (
        "match/entities.py",
        "rules/sequences.py",
        "rules/spaces.py",
        "rules/literals.py",
        "rules/models.py",  # the defaults of the rule models the matcher keeps
    ):
        code.update((package / name).read_bytes())
    key = "\0".join(
        (
            digest,
            __version__,
            code.hexdigest(),
            platform.python_version(),
            regex.__version__,
            str(getattr(ahocorasick, "__version__", "")),
            str(pickle.HIGHEST_PROTOCOL),
        )
    )
    return f"entities/{hashlib.sha256(key.encode()).hexdigest()[:32]}.pickle"


def _canonical_text(pattern: str | tuple[dict[str, object], ...]) -> str:
    if isinstance(pattern, str):
        return pattern.lower()
    literal = _literal_tokens(pattern)
    return " ".join(t for t, _ in literal) if literal else ""
