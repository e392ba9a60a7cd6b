"""read_markdown searches each markdown pattern only in a text holding a literal every match of
it holds (clean/blocks.py). Each guard must be necessary: a text without the literal is one the
pattern cannot match, so skipping the search changes no result."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clean import blocks

# (pattern, how it is run, the literals one of which its every match holds)
GUARDS = [
    (blocks._LINK, "finditer", ("](",)),
    (blocks._DANGLING_LINK_CLOSE, "match", ("](",)),
    (blocks._EMPHASIS, "finditer", ("**", "__")),
    (blocks._SINGLE_EMPHASIS, "finditer", ("*", "_")),
    (blocks._CODE, "finditer", ("`",)),
    (blocks._REFERENCE_LINK, "finditer", ("][",)),
    (blocks._LINK_DEFINITION, "finditer", ("]:",)),
]
# Markdown's characters, and the letters, spaces and brackets around them.
MARKDOWN = st.text(alphabet='ab1 _*`[]()!#>|-:"\n/\\=.', max_size=40)


def _matches(pattern: object, how: str, text: str) -> bool:
    if how == "match":
        return pattern.match(text) is not None  # type: ignore[attr-defined]
    return any(True for _ in pattern.finditer(text))  # type: ignore[attr-defined]


@settings(max_examples=3000)
@given(MARKDOWN)
def test_a_text_without_the_literal_matches_no_guarded_pattern(text: str) -> None:
    for pattern, how, literals in GUARDS:
        if _matches(pattern, how, text):
            assert any(literal in text for literal in literals), (pattern.pattern, text)
