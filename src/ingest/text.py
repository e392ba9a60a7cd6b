"""Small text measures shared by cleaning and segmentation."""

from __future__ import annotations

import re
import unicodedata

_PUNCT_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_MINOR_WORDS = frozenset(
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
        "over", "the", "to", "vs", "via", "with", "without", "per", "after", "before",
        "between", "under",
    }
)  # fmt: skip


def normalized(text: str) -> str:
    """The form blocks are compared in: NFKC, case-folded, single spaces, no edge punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _PUNCT_EDGES.sub("", " ".join(text.split()))


def word_count(text: str) -> int:
    return len(text.split())


_LETTER_WORD = re.compile(r"\S*[^\W\d_]\S*")  # a whole word, when it holds a letter


def letter_words(text: str) -> int:
    """Words that hold a letter: "Phase 1 Trial : MSC" has three."""
    return len(_LETTER_WORD.findall(text))


def title_cased(text: str) -> bool:
    """Most words capitalised, short function words aside: "Safety Profile of MSC Therapy"."""
    words = [w.strip("()[]\"'“”‘’,:;") for w in text.split()]
    words = [
        w for w in words if w and any(ch.isalpha() for ch in w) and w.lower() not in _MINOR_WORDS
    ]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capitalised / len(words) >= 0.75
