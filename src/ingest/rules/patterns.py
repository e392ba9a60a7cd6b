"""Compiling the regular expressions users write in rule files.

Rule patterns are compiled with the ``regex`` module: it reads Python ``re`` syntax, adds
Unicode properties (``\\p{Lu}``) and supports a timeout per match, so one rule with
catastrophic backtracking cannot hang a batch.
"""

from __future__ import annotations

from functools import lru_cache

import regex

IGNORECASE = regex.IGNORECASE

Pattern = regex.Pattern
Match = regex.Match


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    return regex.compile(pattern, flags | regex.VERSION0)


def check_pattern(pattern: str) -> str:
    """Validate a pattern for a pydantic validator: returns it, or raises ValueError."""
    try:
        compile_pattern(pattern)
    except regex.error as err:
        raise ValueError(f"pattern does not compile: {err} in {pattern!r}") from None
    return pattern
