"""Whether a rule pattern can consume a whitespace character: a bound on where a match starts.

:func:`may_match_space` reads a pattern's parse tree (the standard library's ``re._parser``, as
:mod:`ingest.rules.firstchars` does) and answers False only when no consuming part of the
pattern can match any character of :data:`SPACES`; lookarounds are zero-width and stepped over.
Anything the analysis does not know (syntax only the ``regex`` module reads, back-references,
negated Unicode properties) answers True, so a caller relying on False is never wrong.

The entity matcher uses it for multi-token shapes: when no token of a shape can consume a space,
spaces occur in its matches only in the gaps between tokens, so a match that holds its trigger
word starts within as many space-separated chunks before it as there are tokens before it.
"""

from __future__ import annotations

import re

# The standard library's own regex parser: private, without type stubs, stable since 3.11.
import re._constants as C  # type: ignore[import-not-found]
import re._parser as P  # type: ignore[import-not-found]
import warnings
from typing import Any

# Every character that `str.isspace` or the `regex` module's \s (Unicode White_Space) accepts:
# the union, so that counting runs of these never splits one run of what \s consumes
# (tests/test_match_scan.py checks the list against both definitions over all of Unicode).
SPACES = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

# `regex` properties: \p{..} (a letter, mark or number class: never a space) read as \w, and
# \P{..} (its complement, which holds spaces) as \W.
_PROPERTY = re.compile(r"\\p(?:\{[^}]*\}|[A-Za-z])")
_NOT_PROPERTY = re.compile(r"\\P(?:\{[^}]*\}|[A-Za-z])")

_CATEGORY_HOLDS_SPACE = {
    C.CATEGORY_SPACE: True,
    C.CATEGORY_NOT_SPACE: False,
    C.CATEGORY_WORD: False,
    C.CATEGORY_NOT_WORD: True,
    C.CATEGORY_DIGIT: False,
    C.CATEGORY_NOT_DIGIT: True,
}


class _Unsure(Exception):
    pass


def _class_holds(items: Any, char: str) -> bool:
    negate = False
    hit = False
    for kind, value in items:
        if kind is C.NEGATE:
            negate = True
        elif kind is C.LITERAL:
            hit = hit or chr(value) == char
        elif kind is C.RANGE:
            hit = hit or value[0] <= ord(char) <= value[1]
        elif kind is C.CATEGORY:
            if value not in _CATEGORY_HOLDS_SPACE:
                raise _Unsure
            hit = hit or _CATEGORY_HOLDS_SPACE[value]
        else:
            raise _Unsure
    return hit != negate


def _consumes_space(items: Any) -> bool:
    for op, arg in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width
        if op is C.LITERAL:
            if chr(arg) in SPACES:
                return True
        elif op is C.IN:
            if any(_class_holds(arg, char) for char in SPACES):
                return True
        elif op is C.SUBPATTERN:
            if _consumes_space(arg[3]):
                return True
        elif op is C.BRANCH:
            if any(_consumes_space(branch) for branch in arg[1]):
                return True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if _consumes_space(arg[2]):
                return True
        elif op is C.ATOMIC_GROUP:
            if _consumes_space(arg):
                return True
        else:  # ANY, NOT_LITERAL, GROUPREF, conditionals: assume the worst
            return True
    return False


def may_match_space(pattern: str) -> bool:
    """False only when no match of ``pattern`` can hold a character of :data:`SPACES`."""
    if "[:" in pattern:
        return True  # a POSIX class ("[[:space:]]"), which the standard parser reads otherwise
    try:
        readable = _NOT_PROPERTY.sub(r"\\W", _PROPERTY.sub(r"\\w", pattern))
        with warnings.catch_warnings():
            # "Possible nested set": syntax the two parsers may read differently
            warnings.simplefilter("error")
            return _consumes_space(list(P.parse(readable, 0)))
    except Exception:  # regex-module syntax, or anything the analysis does not know
        return True


__all__ = ["SPACES", "may_match_space"]
