"""Small text measures shared by cleaning and segmentation."""

from __future__ import annotations

import re
import unicodedata

import regex

_MINOR_WORDS = frozenset(
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
        "over", "the", "to", "vs", "via", "with", "without", "per", "after", "before",
        "between", "under",
    }
)  # fmt: skip


# A markdown backslash escape of ASCII punctuation, as CommonMark reads it ("COLI\\_a\\_00278",
# "\\[DOI\\]"): the backslash is markup, the character (group 1) is text. Cleaning cuts the
# backslash from kept text; identifier normalization takes it off a link target's value.
MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def line_starts(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts (line n, 1-based, at index n - 1)."""
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def normalized(text: str) -> str:
    """The form blocks are compared in: NFKC, case-folded, single spaces, no edge punctuation.

    Edge punctuation is anything but letters and digits (``[\\W_]``); it is trimmed with two
    loops rather than the regex ``^[\\W_]+|[\\W_]+$``, which tries its second branch at every
    position of the text.
    """
    text = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


# Japanese and Chinese: scripts written without spaces between words (kana, Han), as a
# character class body. A sentence of them is one whitespace-delimited "word". (Thai, Lao,
# Myanmar and Khmer have no spaces either, but longer words and combining marks: not counted
# here.)
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
UNSPACED = "\u3040-\u30ff" + HAN  # kana and Han
# A letter of those scripts; and what is counted as words of them (two characters a word, about
# what a Japanese or Chinese word averages).
UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")
UNSPACED_CHARS_PER_WORD = 2


def _unspaced_words(token: str) -> int:
    """The words a whitespace-delimited token of Japanese or Chinese holds; 0 for a token
    without a letter of those scripts."""
    unspaced = len(UNSPACED_CHAR.findall(token))
    return -(-unspaced // UNSPACED_CHARS_PER_WORD)


def word_count(text: str) -> int:
    """Whitespace-delimited words; a run of Japanese or Chinese (written without spaces) counts
    a word per two of its characters, so that a length threshold means about the same amount
    of text in every script ("一つの文。" is not one word)."""
    if text.isascii() or UNSPACED_CHAR.search(text) is None:
        return len(text.split())
    return sum(_unspaced_words(token) or 1 for token in text.split())


# A whole word holding a character of [^\W\d_]: every letter is one, and so are a few
# numerals that are not decimal digits ("²"), which the check below sets apart.
# Tried at a token's start only: at every position, a long token without a letter ("-----…")
# was scanned again from each of its characters.
_LETTER_WORD = re.compile(r"(?<!\S)\S*[^\W\d_]\S*")


def letter_words(text: str) -> int:
    """Words that hold a letter: "Phase 1 Trial : MSC" has three; a run of a script written
    without spaces counts a word per two of its characters ("糖尿病の患者" has three)."""
    if text.isascii():  # ASCII [^\W\d_] is exactly the letters
        return len(_LETTER_WORD.findall(text))
    count = 0
    for word in _LETTER_WORD.findall(text):
        if word.isascii():
            count += 1
        elif any(ch.isalpha() for ch in word):
            # A run of Japanese or Chinese (no spaces between its words) counts as the words
            # it holds, as a language judge or a length threshold would count them.
            count += _unspaced_words(word) or 1
    return count


def caseless_letter(ch: str) -> bool:
    """A letter of a script without capitals (Hangul, Han, kana, Thai, Arabic…): no case tells
    where a sentence starts."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def capital_or_caseless(char: str) -> bool:
    """A capital, or a letter of a script without case (Chinese, Japanese, Arabic, Hebrew),
    which opens a heading or a sentence as a capital does in a cased script."""
    return char.isupper() or caseless_letter(char)


# A sentence's end with more text after it: a paragraph that holds a sentence and goes on.
SENTENCE_THEN_MORE = re.compile(r"[.!?。！？]\s+\S")

# A title's words to look for in a text: words of four letters or more (shorter ones are mostly
# articles and prepositions), and pairs of characters of Japanese and Chinese runs.
_ECHO_WORD = regex.compile(r"\p{L}{4,}")
_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")


def echo(text: str, said: str) -> float:
    """The share of the text's words (or character pairs) that ``said`` (case-folded) says
    again; 0 for a text with none to look for. How far a page's prose speaks of a heading."""
    lowered = text.casefold()
    words = set(_ECHO_WORD.findall(_UNSPACED_RUN.sub(" ", lowered)))
    for run in _UNSPACED_RUN.findall(lowered):
        words.update(run[i : i + 2] for i in range(len(run) - 1))
    if not words:
        return 0.0
    return sum(1 for word in words if word in said) / len(words)


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
