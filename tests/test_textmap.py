"""textmap: every offset of built text maps back to the source it came from."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.textmap import TextBuilder


def test_verbatim_and_replaced_pieces_map_back() -> None:
    source = "a &amp; b  <i>c</i>"
    builder = TextBuilder()
    builder.copy(source, 0, 2)  # "a "
    builder.replace("&", 2, 7)  # "&amp;"
    builder.copy(source, 7, 9)  # " b"
    builder.replace(" ", 9, 14)  # "  <i>"
    builder.copy(source, 14, 15)  # "c"
    mapped = builder.build()
    assert mapped.text == "a & b c"
    assert mapped.source_span(2, 3) == (2, 7)
    assert mapped.source_span(0, len(mapped.text)) == (0, 15)
    assert mapped.source_span(6, 7) == (14, 15)


def test_slice_and_without_keep_the_map() -> None:
    source = "[anchor](/url) tail"
    builder = TextBuilder()
    builder.copy(source, 0, len(source))
    mapped = builder.build().without([(0, 1), (7, 14)])
    assert mapped.text == "anchor tail"
    assert mapped.source_span(0, 6) == (1, 7)
    assert mapped.source_span(7, 11) == (15, 19)
    assert mapped.slice(7, 11).text == "tail"


@given(st.lists(st.tuples(st.text(min_size=1, max_size=8), st.booleans()), min_size=1, max_size=12))
def test_every_character_maps_inside_its_piece(parts: list[tuple[str, bool]]) -> None:
    source = "".join(text for text, _ in parts)
    builder = TextBuilder()
    position = 0
    for text, verbatim in parts:
        if verbatim:
            builder.copy(source, position, position + len(text))
        else:
            builder.replace("*", position, position + len(text))
        position += len(text)
    mapped = builder.build()
    offset = 0
    source_offset = 0
    for text, verbatim in parts:
        width = len(text) if verbatim else 1
        for k in range(width):
            start, end = mapped.source_span(offset + k, offset + k + 1)
            if verbatim:
                assert source[start:end] == text[k]
            else:
                assert (start, end) == (source_offset, source_offset + len(text))
        offset += width
        source_offset += len(text)


@given(st.text(alphabet="ab \t", max_size=30), st.integers(0, 50))
def test_collapse_space_of_one_verbatim_piece_equals_the_general_path(
    text: str, offset: int
) -> None:
    """The shortcut for one verbatim piece with single spaces and spaces at its ends builds
    what the piece-by-piece path builds."""
    from ingest.clean.blocks import _collapse_pieces, collapse_space
    from ingest.textmap import TextBuilder

    builder = TextBuilder()
    builder.add(text, offset, offset + len(text), verbatim=True)
    mapped = builder.build()
    if mapped.text:
        assert collapse_space(mapped) == _collapse_pieces(mapped)
