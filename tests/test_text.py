"""text: the small measures shared by cleaning and segmentation, against plain definitions."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ingest.text import letter_words, line_starts, normalized, title_cased, word_count

_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_texts = st.text(
    alphabet=st.sampled_from(list("aZé9_ -–.,:;!?()[]\"'«»%\t\n\u00a0\u2003ﬁ²İßǅ\x1c")),
    max_size=30,
)


@given(_texts)
def test_line_starts_are_where_each_line_begins(text: str) -> None:
    starts = line_starts(text)
    lines = text.split("\n")
    assert len(starts) == len(lines)
    for start, line in zip(starts, lines, strict=True):
        assert text[start : start + len(line)] == line
        assert start == 0 or text[start - 1] == "\n"


@given(_texts)
def test_normalized_trims_what_the_edge_regex_trims(text: str) -> None:
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    assert normalized(text) == _EDGES.sub("", folded)


@given(_texts)
def test_letter_words_counts_words_that_hold_a_letter(text: str) -> None:
    assert letter_words(text) == sum(1 for w in text.split() if any(c.isalpha() for c in w))


def test_letter_words_counts_two_characters_a_word_in_scripts_without_spaces() -> None:
    # A Japanese or Chinese sentence is one whitespace-delimited token: counted as one word, it
    # was never long enough for a language guess, and a Japanese page had no language.
    assert letter_words("糖尿病の患者") == 3
    assert letter_words("研究发现，约有２５％的糖尿病患者出现头痛。") == 8  # 16 Han
    assert letter_words("BMJに掲載 Müller") == 3  # "BMJに掲載": three characters of kana and Han
    assert letter_words("ภาษาไทย") == 1  # Thai: longer words, combining marks; not counted so


def test_normalized_examples() -> None:
    assert normalized("  **Book a Free  Consultation!** ") == "book a free consultation"
    assert normalized("ﬁbrosis (40%)") == "fibrosis (40"
    assert normalized("...") == ""


def test_title_cased() -> None:
    assert title_cased("Mesenchymal Stem Cell Therapy for Rheumatic Diseases")
    assert not title_cased("MSCs may help repair cartilage in the knee")


_SPACED = st.text(
    alphabet=st.sampled_from(list("aZé9_ -–.,:;!?()[]\"'«»%\t\n\u00a0\u2003ﬁ²İßǅ\x1cкαاภ")),
    max_size=40,
)


@given(_SPACED)
def test_word_count_is_the_whitespace_count_outside_japanese_and_chinese(text: str) -> None:
    # Every `len(text.split())` of the stages became word_count: nothing changes for
    # other scripts (Cyrillic, Greek, Arabic, Thai included).
    assert word_count(text) == len(text.split())
