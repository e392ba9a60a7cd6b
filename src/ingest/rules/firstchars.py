"""Which characters a rule pattern can start with: a cheap test before running it.

Computed from the pattern's parse tree (the standard library's ``re._parser``). The answer is
a superset: ``None`` means "any character" whenever the analysis is unsure (classes such as
``\\w``, negations, syntax only the ``regex`` module reads), so a pattern is never skipped on a
text it could match. Leading whitespace is ignored: it is only used on stripped texts.
Lookarounds are zero-width and only narrow a match, so they are stepped over. Case variants
are those of ``str.lower``/``str.upper``; a caller tries the pattern anyway on a text that
starts with a non-ASCII character, whose case folding (the Kelvin sign folds to "k") is wider.
"""

from __future__ import annotations

import re

# The standard library's own regex parser: private, without type stubs, stable since 3.11.
import re._constants as C  # type: ignore[import-not-found]
import re._parser as P  # type: ignore[import-not-found]
from typing import Any

# A Unicode property of the `regex` module (``\\p{Ll}``, ``\\P{L}``), read as ``\\w``: the
# standard parser does not know them, and ``\\w`` counts as any character here.
_PROPERTY = re.compile(r"\\[pP](?:\{[^}]*\}|[A-Za-z])")


def _cases(char: str) -> set[str]:
    return {char, char.lower(), char.upper()}


_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _starts_at_beginning(items: Any) -> bool:
    """Whether every way through ``items`` asserts the start of the text before consuming."""
    for op, arg in items:
        if op is C.AT and arg is C.AT_BEGINNING:
            return True
        if op in _ZERO_WIDTH:
            continue
        if op is C.SUBPATTERN:
            return not arg[1] & C.SRE_FLAG_MULTILINE and _starts_at_beginning(arg[3])
        if op is C.BRANCH:
            return all(_starts_at_beginning(branch) for branch in arg[1])
        return False
    return False


def _first(items: Any, stripped: bool = True) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, whether the sequence can match the empty string).

    ``stripped``: the text never starts with whitespace, so leading whitespace is stepped over;
    otherwise a pattern that can start with whitespace can start anywhere (None)."""
    found: set[str] = set()
    items = list(items)
    for index, (op, arg) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            return found | _cases(chr(arg)), False
        if op is C.IN:
            for kind, value in arg:
                if kind is C.LITERAL:
                    found |= _cases(chr(value))
                elif kind is C.RANGE and value[1] - value[0] <= 256:
                    for code in range(value[0], value[1] + 1):
                        found |= _cases(chr(code))
                elif kind is C.CATEGORY and value is C.CATEGORY_SPACE and stripped:
                    continue  # texts are stripped: they never start with whitespace
                elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
                    found |= set("0123456789")  # other digits are not ASCII: always tried
                else:
                    return None, False
            return found, False
        if op is C.BRANCH:
            nullable = False
            for branch in arg[1]:
                chars, empty = _first(branch, stripped)
                if chars is None:
                    return None, False
                found |= chars
                nullable = nullable or empty
            if not nullable:
                return found, False
            continue
        if op is C.SUBPATTERN:
            chars, empty = _first(arg[3], stripped)
            if chars is None:
                return None, False
            found |= chars
            if not empty:
                return found, False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _, body = arg
            if low == 0 and _starts_at_beginning(items[index + 1 :]):
                # ".*?(?:^a|^b)": without MULTILINE, "^" holds only at 0, so the repeat is empty
                continue
            if stripped and len(body) == 1 and body[0] == (C.IN, [(C.CATEGORY, C.CATEGORY_SPACE)]):
                continue  # \s* or \s+ at the start: nothing on a stripped text
            chars, empty = _first(body, stripped)
            if chars is None:
                return None, False
            found |= chars
            if low > 0 and not empty:
                return found, False
            continue
        return None, False
    return found, True


def first_chars(pattern: str, *, stripped: bool = True) -> frozenset[str] | None:
    """The characters a match of ``pattern`` (case-insensitive) can start with; None if any.

    ``stripped`` (the default): for texts that never start with whitespace. With
    ``stripped=False`` the answer holds at any position of any text. Unicode properties
    (``\\p{Ll}``, the ``regex`` module's) count as any character."""
    try:
        parsed = P.parse(_PROPERTY.sub(r"\\w", pattern), 0)
        if parsed.state.flags & C.SRE_FLAG_MULTILINE:
            return None  # "^" also holds after every newline
        chars, empty = _first(parsed, stripped)
    except Exception:  # regex-module syntax, or anything the analysis does not know
        return None
    if chars is None or empty:
        return None
    return frozenset(chars)
