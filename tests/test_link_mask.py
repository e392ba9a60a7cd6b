"""RawBlock.link_mask: which characters of a block stand inside a link anchor, set range by
range, against the plain reading character by character (each character's source offset, the
last anchor starting at or before it)."""

from __future__ import annotations

from bisect import bisect_right

from hypothesis import given
from hypothesis import strategies as st

from ingest.clean.blocks import BlockKind, RawBlock
from ingest.textmap import MappedText, Piece


def _plain_mask(block: RawBlock) -> list[bool]:
    mask = [False] * len(block.text.text)
    starts = [a[0] for a in block.anchors]
    for piece in block.text.pieces:
        for offset in range(piece.start, piece.end):
            source = (
                piece.source_start + (offset - piece.start)
                if piece.verbatim
                else piece.source_start
            )
            k = bisect_right(starts, source) - 1
            mask[offset] = k >= 0 and source < block.anchors[k][1]
    return mask


@st.composite
def blocks(draw: st.DrawFn) -> RawBlock:
    # Pieces in text order, each verbatim (one source character per character) or a
    # replacement (every character stands for its source start), with gaps of markup between.
    pieces = []
    at = source = 0
    for _ in range(draw(st.integers(1, 6))):
        length = draw(st.integers(1, 8))
        source += draw(st.integers(0, 5))
        verbatim = draw(st.booleans())
        span = length if verbatim else draw(st.integers(1, 6))
        pieces.append(Piece(at, at + length, source, source + span, verbatim))
        at += length
        source += span
    starts = sorted(draw(st.lists(st.integers(0, source + 2), max_size=5)))
    anchors = tuple((s, s + draw(st.integers(0, 12))) for s in starts)  # may overlap
    text = MappedText("x" * at, tuple(pieces), tuple(p.start for p in pieces))
    return RawBlock(BlockKind.PARAGRAPH, text, None, (), 1, anchors=anchors)


@given(blocks())
def test_link_mask_equals_the_plain_reading(block: RawBlock) -> None:
    assert block.link_mask == _plain_mask(block)


def test_a_link_in_the_middle_of_a_block() -> None:
    text = MappedText("see the trial here", (Piece(0, 18, 100, 118, True),), (0,))
    block = RawBlock(BlockKind.PARAGRAPH, text, None, (), 1, anchors=((108, 113),))
    assert "".join("x" if m else "." for m in block.link_mask) == "........xxxxx....."
