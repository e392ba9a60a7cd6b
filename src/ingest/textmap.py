"""Text with an offset map back into the decoded source.

Cleaning builds every kept block from pieces of the source: verbatim copies, and replacements
(an entity ``&amp;`` becomes ``&``, a run of whitespace across tags becomes one space, table
cells are joined with ``": "``). :class:`MappedText` remembers, for each piece, the source range
it stands for, so any ``[start, end)`` of the built text maps to a source span without searching.

A verbatim piece maps character by character. A replacement maps as a whole: any offset inside
it maps to its source start (for a span start) or its source end (for a span end).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Piece:
    start: int  # offset in the built text
    end: int
    source_start: int
    source_end: int
    verbatim: bool


@dataclass(frozen=True, slots=True)
class MappedText:
    text: str
    pieces: tuple[Piece, ...]
    starts: tuple[int, ...]  # piece start offsets, for bisection

    def __len__(self) -> int:
        return len(self.text)

    def _piece_at(self, offset: int) -> Piece:
        index = bisect_right(self.starts, offset) - 1
        return self.pieces[max(index, 0)]

    def source_offset_start(self, offset: int) -> int:
        piece = self._piece_at(offset)
        if piece.verbatim:
            return piece.source_start + (offset - piece.start)
        return piece.source_start

    def source_offset_end(self, offset: int) -> int:
        """Source offset just after the character at ``offset - 1``."""
        piece = self._piece_at(offset - 1)
        if piece.verbatim:
            return piece.source_start + (offset - piece.start)
        return piece.source_end

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if not self.pieces or start >= end:
            raise ValueError(f"empty or unmapped range [{start}, {end})")
        return self.source_offset_start(start), self.source_offset_end(end)

    @property
    def span(self) -> tuple[int, int]:
        return self.source_span(0, len(self.text))

    def text_offset(self, source_offset: int) -> int:
        """The offset in the text of a source offset (the inverse map), clamped to the text.

        A source offset inside a replacement maps to its start; one in a gap between pieces
        (markup left out) maps to the next piece.
        """
        for piece in self.pieces:
            if source_offset < piece.source_start:
                return piece.start
            if source_offset < piece.source_end:
                if piece.verbatim:
                    return piece.start + (source_offset - piece.source_start)
                return piece.start
        return len(self.text)

    def slice(self, start: int, end: int) -> MappedText:
        builder = TextBuilder()
        for piece in self.pieces:
            lo, hi = max(piece.start, start), min(piece.end, end)
            if lo >= hi:
                continue
            chunk = self.text[lo:hi]
            if piece.verbatim:
                offset = piece.source_start + (lo - piece.start)
                builder.add(chunk, offset, offset + len(chunk), verbatim=True)
            else:
                builder.add(chunk, piece.source_start, piece.source_end, verbatim=False)
        return builder.build()

    def strip(self) -> MappedText:
        text = self.text
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        if start == 0 and end == len(text):
            return self
        return self.slice(start, end) if start < end else EMPTY

    def without(
        self, ranges: Iterable[tuple[int, int]], spaced: Collection[tuple[int, int]] = ()
    ) -> MappedText:
        """The text with the given ``[start, end)`` ranges of it cut out; a range also in
        ``spaced`` leaves a space in its place (a tag that parted two words)."""
        builder = TextBuilder()
        cursor = 0
        for lo, hi in sorted(ranges):
            if lo > cursor:
                builder.extend(self.slice(cursor, lo))
            if hi > lo >= cursor and (lo, hi) in spaced:
                builder.replace(" ", *self.source_span(lo, hi))
            cursor = max(cursor, hi)
        if cursor < len(self.text):
            builder.extend(self.slice(cursor, len(self.text)))
        return builder.build()


EMPTY = MappedText("", (), ())


class TextBuilder:
    """Accumulates pieces; adjacent verbatim pieces that touch in the source are merged."""

    __slots__ = ("_length", "_parts", "_pieces")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pieces: list[Piece] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def add(self, text: str, source_start: int, source_end: int, *, verbatim: bool) -> None:
        if not text:
            return
        start, end = self._length, self._length + len(text)
        last = self._pieces[-1] if self._pieces else None
        if (
            verbatim
            and last is not None
            and last.verbatim
            and last.source_end == source_start
            and last.end == start
        ):
            self._pieces[-1] = Piece(last.start, end, last.source_start, source_end, True)
        else:
            self._pieces.append(Piece(start, end, source_start, source_end, verbatim))
        self._parts.append(text)
        self._length = end

    def copy(self, source: str, start: int, end: int) -> None:
        self.add(source[start:end], start, end, verbatim=True)

    def replace(self, text: str, source_start: int, source_end: int) -> None:
        self.add(text, source_start, source_end, verbatim=False)

    def extend(self, other: MappedText) -> None:
        for piece in other.pieces:
            self.add(
                other.text[piece.start : piece.end],
                piece.source_start,
                piece.source_end,
                verbatim=piece.verbatim,
            )

    def ends_with_space(self) -> bool:
        return bool(self._parts) and self._parts[-1][-1:].isspace()

    def build(self) -> MappedText:
        pieces = tuple(self._pieces)
        return MappedText("".join(self._parts), pieces, tuple(p.start for p in pieces))
