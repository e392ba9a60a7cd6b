"""Literal stems a rule pattern cannot match without: a cheap test before running it.

:func:`necessary_literals` reads a pattern's parse tree (the standard library's
``re._parser``, as :mod:`ingest.rules.firstchars` does) and returns a set of strings such that
every match of the pattern contains one of them, case-insensitively: the literal run of a
sequence (``suggest`` in ``suggest(?:s|ed)?``), the strings of a small branch spelled out
(``n(?:either|or)`` gives ``neither`` and ``nor``), the union over the branches of an
alternation. ``None`` when some way through the pattern needs no literal at all.

:class:`LiteralPrefilter` puts the stems of a family of patterns into one Aho-Corasick
automaton over case-folded text: one pass over a sentence says whether any pattern of the
family could match it. The test is a superset by construction (a match contains its stem, and
full case folding maps every character that matches a literal case-insensitively, under the
``regex`` module's simple folding, to the stem's folded form), so a text it rejects is one
the patterns cannot match: skipping them changes no result.
"""

from __future__ import annotations

import re

# The standard library's own regex parser: private, without type stubs, stable since 3.11.
import re._constants as C  # type: ignore[import-not-found]
import re._parser as P  # type: ignore[import-not-found]
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import product
from typing import Any

import ahocorasick

_PROPERTY = re.compile(r"\\[pP](?:\{[^}]*\}|[A-Za-z])")  # `regex` properties, read as \w
_MAX_SPELLED = 64  # strings a small literal part may spell out before it counts as non-literal
_MAX_CLASS = 4  # characters of a class [ab] spelled out


def _spelled(op: Any, arg: Any) -> list[str] | None:
    """Every string one item matches, when it is a short literal choice; else None."""
    if op is C.LITERAL:
        return [chr(arg)]
    if op is C.IN:
        chars = [chr(value) for kind, value in arg if kind is C.LITERAL]
        if len(chars) == len(arg) and 0 < len(chars) <= _MAX_CLASS:
            return chars
        return None
    if op is C.SUBPATTERN:
        return _spelled_sequence(arg[3])
    if op is C.BRANCH:
        out: list[str] = []
        for branch in arg[1]:
            strings = _spelled_sequence(branch)
            if strings is None:
                return None
            out.extend(strings)
        return out if len(out) <= _MAX_SPELLED else None
    return None


def _spelled_sequence(items: Any) -> list[str] | None:
    strings = [""]
    for op, arg in items:
        part = _spelled(op, arg)
        if part is None:
            return None
        strings = ["".join(p) for p in product(strings, part)]
        if len(strings) > _MAX_SPELLED:
            return None
    return strings


def _sequence(items: Any, lookarounds: bool = False) -> set[str] | None:
    """A set of strings one of which every match of ``items`` contains; None if none is known.
    Of the candidates (runs of spelled-out items, required parts), the one whose shortest
    string is longest: the most selective. ``lookarounds``: the stems of a positive lookahead
    or lookbehind count too (the text holds them, not the match)."""
    best: set[str] | None = None
    score = 0

    def consider(candidate: Iterable[str] | None) -> None:
        nonlocal best, score
        if candidate is None:
            return
        found = set(candidate)
        if not found or "" in found:
            return
        shortest = min(len(s) for s in found)
        if shortest > score:
            best, score = found, shortest

    run: list[str] | None = None
    for op, arg in list(items):
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            consider(run)  # zero width: the text around it need not be contiguous literal
            run = None
            if op is C.ASSERT and lookarounds:
                consider(_sequence(arg[1], lookarounds))
            continue
        part = _spelled(op, arg)
        if part is not None:
            run = part if run is None else ["".join(p) for p in product(run, part)]
            if len(run) > _MAX_SPELLED:
                run = None
            continue
        consider(run)
        run = None
        if op is C.SUBPATTERN:
            consider(_sequence(arg[3], lookarounds))
        elif op is C.BRANCH:
            union: set[str] = set()
            for branch in arg[1]:
                inner = _sequence(branch, lookarounds)
                if inner is None:
                    union = set()
                    break
                union |= inner
            consider(union or None)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[0] >= 1:
            consider(_sequence(arg[2], lookarounds))
    consider(run)
    return best


def requires_digit(pattern: str) -> bool:
    """Does every match of ``pattern`` hold a decimal digit (``\\d``, or a class of ASCII digits
    only)? Then a text without one need not be searched. Lookarounds hold nothing; False
    where the analysis cannot tell."""
    try:
        parsed = P.parse(_PROPERTY.sub(r"\\w", pattern), 0)
        return _requires(list(parsed))
    except Exception:  # syntax only the `regex` module reads, or anything unforeseen
        return False


def _digit_item(op: Any, arg: Any) -> bool:
    """One character that is a digit whatever it matches: a digit, ``\\d``, ``[0-9]``."""
    if op is C.LITERAL:
        return chr(arg).isdigit() and chr(arg).isascii()
    if op is not C.IN or not arg:
        return False
    return all(
        (kind is C.CATEGORY and value is C.CATEGORY_DIGIT)
        or (kind is C.LITERAL and 0x30 <= value <= 0x39)
        or (kind is C.RANGE and 0x30 <= value[0] <= value[1] <= 0x39)
        for kind, value in arg
    )


def _requires(items: Any) -> bool:
    for op, arg in items:
        if _digit_item(op, arg):
            return True
        if op is C.SUBPATTERN and _requires(arg[3]):
            return True
        if op is C.ATOMIC_GROUP and _requires(arg):
            return True
        if op is C.BRANCH and all(_requires(branch) for branch in arg[1]):
            return True
        if (
            op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
            and arg[0] >= 1
            and _requires(arg[2])
        ):
            return True
    return False


def fold(text: str) -> str:
    """Full case folding, then the two characters the ``regex`` module matches to ``i``
    case-insensitively that folding leaves apart: the dotless ``ı`` (matched by ``I``), and the
    dot that ``İ`` folds to beside its ``i``. Dropping or merging characters only lets more
    texts through, never fewer."""
    return text.casefold().replace("\u0307", "").replace("ı", "i")


def necessary_literals(pattern: str, *, lookarounds: bool = False) -> frozenset[str] | None:
    """Strings (case-folded) one of which every match of ``pattern`` contains, compared
    case-insensitively; None when the analysis finds none (then nothing can be skipped).
    ``lookarounds``: one of which every text ``pattern`` matches in contains, the stems of its
    positive lookaheads and lookbehinds too ("#" of ``^(?=.*#\\w)``): for a test of the whole
    text, not of the match's span."""
    try:
        parsed = P.parse(_PROPERTY.sub(r"\\w", pattern), 0)
        found = _sequence(list(parsed), lookarounds)
    except Exception:  # syntax only the `regex` module reads, or anything unforeseen
        return None
    if not found:
        return None
    return frozenset(fold(s) for s in found)


class LiteralPrefilter:
    """Whether a text holds a stem of any pattern of a family (see the module docstring).

    With a pattern that has no stem, every text passes: the prefilter is then off."""

    def __init__(self, patterns: Iterable[str]) -> None:
        stems: set[str] = set()
        self.active = True
        for pattern in patterns:
            found = necessary_literals(pattern)
            if found is None:
                self.active = False
                break
            stems |= found
        self._automaton: Any = None
        if self.active and stems:
            automaton = ahocorasick.Automaton()
            for stem in sorted(stems):
                automaton.add_word(stem, stem)
            automaton.make_automaton()
            self._automaton = automaton
        self.stems = frozenset(stems)

    def may_match(self, text: str) -> bool:
        if not self.active:
            return True
        if self._automaton is None:
            return False  # an empty family matches nothing
        return next(self._automaton.iter(fold(text)), None) is not None

    def holding(self, texts: Sequence[str] | FoldedTexts) -> list[bool]:
        """:meth:`may_match` of each text (the blocks of one document), from one automaton pass
        over the texts joined by a newline (folded once for several prefilters when given as
        :class:`FoldedTexts`). Where folding the document is not one character for one
        (offsets would move) or a stem holds a newline, text by text."""
        count = len(texts.texts) if isinstance(texts, FoldedTexts) else len(texts)
        if not self.active:
            return [True] * count
        if self._automaton is None:
            return [False] * count
        document = texts if isinstance(texts, FoldedTexts) else FoldedTexts(texts)
        if not document.same or any("\n" in stem for stem in self.stems):
            return [self.may_match(text) for text in document.texts]
        offsets = document.offsets
        held = [False] * count
        for last, stem in self._automaton.iter(document.folded):
            held[bisect_right(offsets, last + 1 - len(stem)) - 1] = True
        return held


class LiteralPrefilters:
    """Several prefilters' :meth:`LiteralPrefilter.holding` from one automaton pass: the union
    of their stems, each stem naming the prefilters it is a stem of. A family of patterns with
    a prefilter each (quantities.yaml: thirteen) scanned the document thirteen times; one pass
    over it costs about what one of those did."""

    def __init__(self, prefilters: Sequence[LiteralPrefilter]) -> None:
        self.prefilters = list(prefilters)
        owners: dict[str, list[int]] = {}
        for number, prefilter in enumerate(self.prefilters):
            if prefilter.active:
                for stem in prefilter.stems:
                    owners.setdefault(stem, []).append(number)
        self._whole = not any("\n" in stem for stem in owners)
        self._automaton: Any = None
        if owners:
            automaton = ahocorasick.Automaton()
            for stem in sorted(owners):
                automaton.add_word(stem, (len(stem), tuple(owners[stem])))
            automaton.make_automaton()
            self._automaton = automaton

    def holding(self, document: FoldedTexts) -> list[list[bool]]:
        """For each prefilter, :meth:`LiteralPrefilter.holding` of the document's texts."""
        if self._automaton is None or not document.same or not self._whole:
            return [prefilter.holding(document) for prefilter in self.prefilters]
        count = len(document.texts)
        held = [
            [False] * count if prefilter.active else [True] * count for prefilter in self.prefilters
        ]
        offsets = document.offsets
        for last, (size, owners) in self._automaton.iter(document.folded):
            text = bisect_right(offsets, last + 1 - size) - 1
            for number in owners:
                held[number][text] = True
        return held


class FoldedTexts:
    """The texts of one document joined by a newline, and folded (:func:`fold`) once: what
    several prefilters (:meth:`LiteralPrefilter.holding`) pass over. ``same``: folding kept
    one character for one, so offsets in ``folded`` are offsets in ``joined``; ``offsets``:
    where each text starts in them."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.joined = "\n".join(texts)
        self.folded = fold(self.joined)
        self.same = one_for_one(self.joined, self.folded)
        self.offsets: list[int] = []
        at = 0
        for text in texts:
            self.offsets.append(at)
            at += len(text) + 1

    def text_at(self, offset: int) -> int:
        """The index of the text that holds ``offset`` of ``joined``."""
        return bisect_right(self.offsets, offset) - 1


def one_for_one(text: str, folded: str) -> bool:
    """Whether ``folded`` (:func:`fold` of ``text``) folds each character to exactly one, so
    that an offset in one is the same offset in the other. Folding is per character (no
    context), so the distinct characters of the text tell."""
    if len(folded) != len(text):
        return False
    return text.isascii() or all(len(fold(char)) == 1 for char in set(text) if char >= "\x80")
