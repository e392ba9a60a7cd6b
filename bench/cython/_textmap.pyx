# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""A compiled twin of :mod:`ingest.textmap` (same classes, same results, typed C fields): the
Cython trial of issue 19, round 5 (bench/cython_trial.py builds it into a scratch copy of the
package, where textmap.py takes these classes in place of its own unless
``INGEST_PURE_PYTHON=1``; docs/benchmarks.md "Issue 19, round 5").

Every piece of every kept block, and every span of every hit, goes through these maps
(hundreds of thousands of calls a corpus): here a map's pieces are C arrays, a source offset
is a C bisection, and ``Piece`` objects are made only when someone asks for ``pieces``. The
trial runs both implementations over the same operations and the same corpus and requires
identical results; a change to ingest/textmap.py is a change to this file too.
"""

from cpython.mem cimport PyMem_Free, PyMem_Malloc, PyMem_Realloc


cdef class Piece:
    cdef readonly Py_ssize_t start  # offset in the built text
    cdef readonly Py_ssize_t end
    cdef readonly Py_ssize_t source_start
    cdef readonly Py_ssize_t source_end
    cdef readonly bint verbatim

    def __init__(
        self,
        Py_ssize_t start,
        Py_ssize_t end,
        Py_ssize_t source_start,
        Py_ssize_t source_end,
        bint verbatim,
    ):
        self.start = start
        self.end = end
        self.source_start = source_start
        self.source_end = source_end
        self.verbatim = verbatim

    cdef tuple _key(self):
        return (self.start, self.end, self.source_start, self.source_end, self.verbatim)

    def __eq__(self, other):
        if type(other) is not Piece:
            return NotImplemented
        return self._key() == (<Piece>other)._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return (
            f"Piece(start={self.start!r}, end={self.end!r}, source_start={self.source_start!r},"
            f" source_end={self.source_end!r}, verbatim={self.verbatim!r})"
        )

    def __reduce__(self):
        return Piece, self._key()


cdef inline Piece _piece(Py_ssize_t start, Py_ssize_t end, Py_ssize_t source_start,
                         Py_ssize_t source_end, bint verbatim):
    cdef Piece piece = Piece.__new__(Piece)
    piece.start = start
    piece.end = end
    piece.source_start = source_start
    piece.source_end = source_end
    piece.verbatim = verbatim
    return piece


cdef class MappedText:
    cdef readonly str text
    # The pieces as four offsets each (start, end, source start, source end) and a flag.
    cdef Py_ssize_t n
    cdef Py_ssize_t* offsets
    cdef unsigned char* verbatims
    cdef tuple _pieces  # made on first use
    cdef tuple _starts

    def __cinit__(self):
        self.n = 0
        self.offsets = NULL
        self.verbatims = NULL

    def __init__(self, str text, tuple pieces, tuple starts):
        cdef Py_ssize_t i
        cdef Piece piece
        self.text = text
        _allocate(self, len(pieces))
        for i in range(self.n):
            piece = <Piece?>pieces[i]
            self.offsets[4 * i] = piece.start
            self.offsets[4 * i + 1] = piece.end
            self.offsets[4 * i + 2] = piece.source_start
            self.offsets[4 * i + 3] = piece.source_end
            self.verbatims[i] = piece.verbatim
        self._pieces = pieces
        self._starts = starts

    def __dealloc__(self):
        PyMem_Free(self.offsets)
        PyMem_Free(self.verbatims)

    @property
    def pieces(self):
        cdef Py_ssize_t i
        if self._pieces is None:
            self._pieces = tuple([
                _piece(self.offsets[4 * i], self.offsets[4 * i + 1], self.offsets[4 * i + 2],
                       self.offsets[4 * i + 3], self.verbatims[i])
                for i in range(self.n)
            ])
        return self._pieces

    @property
    def starts(self):
        cdef Py_ssize_t i
        if self._starts is None:
            self._starts = tuple([self.offsets[4 * i] for i in range(self.n)])
        return self._starts

    def __len__(self):
        return len(self.text)

    def __eq__(self, other):
        if type(other) is not MappedText:
            return NotImplemented
        return (self.text, self.pieces, self.starts) == (
            other.text, other.pieces, other.starts
        )

    def __hash__(self):
        return hash((self.text, self.pieces, self.starts))

    def __repr__(self):
        return f"MappedText(text={self.text!r}, pieces={self.pieces!r}, starts={self.starts!r})"

    def __reduce__(self):
        return MappedText, (self.text, self.pieces, self.starts)

    cdef Py_ssize_t _index(self, Py_ssize_t offset) except -1:
        """The piece holding ``offset``: the last whose start is at or before it (the first
        when none is), as bisect_right(starts, offset) - 1 clamped to 0."""
        cdef Py_ssize_t lo = 0, hi = self.n, mid
        if self.n == 0:
            raise IndexError("tuple index out of range")
        while lo < hi:
            mid = (lo + hi) >> 1
            if offset < self.offsets[4 * mid]:
                hi = mid
            else:
                lo = mid + 1
        return lo - 1 if lo > 0 else 0

    cdef Py_ssize_t _start(self, Py_ssize_t offset) except? -1:
        cdef Py_ssize_t i = self._index(offset)
        if self.verbatims[i]:
            return self.offsets[4 * i + 2] + (offset - self.offsets[4 * i])
        return self.offsets[4 * i + 2]

    cdef Py_ssize_t _end(self, Py_ssize_t offset) except? -1:
        cdef Py_ssize_t i = self._index(offset - 1)
        if self.verbatims[i]:
            return self.offsets[4 * i + 2] + (offset - self.offsets[4 * i])
        return self.offsets[4 * i + 3]

    def source_offset_start(self, Py_ssize_t offset):
        return self._start(offset)

    def source_offset_end(self, Py_ssize_t offset):
        """Source offset just after the character at ``offset - 1``."""
        return self._end(offset)

    def source_span(self, Py_ssize_t start, Py_ssize_t end):
        if self.n == 0 or start >= end:
            raise ValueError(f"empty or unmapped range [{start}, {end})")
        return self._start(start), self._end(end)

    @property
    def span(self):
        return self.source_span(0, len(self.text))

    def text_offset(self, Py_ssize_t source_offset):
        """The offset in the text of a source offset (the inverse map), clamped to the text."""
        cdef Py_ssize_t i
        for i in range(self.n):
            if source_offset < self.offsets[4 * i + 2]:
                return self.offsets[4 * i]
            if source_offset < self.offsets[4 * i + 3]:
                if self.verbatims[i]:
                    return self.offsets[4 * i] + (source_offset - self.offsets[4 * i + 2])
                return self.offsets[4 * i]
        return len(self.text)

    def slice(self, Py_ssize_t start, Py_ssize_t end):
        cdef TextBuilder builder = TextBuilder()
        _extend_range(builder, self, start, end)
        return builder.build()

    def strip(self):
        cdef str text = self.text
        cdef Py_ssize_t start = len(text) - len(text.lstrip())
        cdef Py_ssize_t end = len(text.rstrip())
        if start == 0 and end == len(text):
            return self
        return self.slice(start, end) if start < end else EMPTY

    def without(self, ranges):
        """The text with the given ``[start, end)`` ranges of it cut out."""
        cdef TextBuilder builder = TextBuilder()
        cdef Py_ssize_t cursor = 0, lo, hi
        cdef Py_ssize_t length = len(self.text)
        for lo, hi in sorted(ranges):
            if lo > cursor:
                _extend_range(builder, self, cursor, lo)
            if hi > cursor:
                cursor = hi
        if cursor < length:
            _extend_range(builder, self, cursor, length)
        return builder.build()


cdef int _allocate(MappedText mapped, Py_ssize_t n) except -1:
    mapped.n = n
    mapped.offsets = <Py_ssize_t*>PyMem_Malloc(max(4 * n, 1) * sizeof(Py_ssize_t))
    mapped.verbatims = <unsigned char*>PyMem_Malloc(max(n, 1))
    if mapped.offsets == NULL or mapped.verbatims == NULL:
        raise MemoryError()
    return 0


cdef int _extend_range(TextBuilder builder, MappedText mapped, Py_ssize_t start,
                       Py_ssize_t end) except -1:
    """``builder.extend(mapped.slice(start, end))``: the pieces of ``[start, end)`` added in
    order (adding them one by one merges exactly what the slice and then the extend would)."""
    cdef Py_ssize_t i, lo, hi, offset
    cdef Py_ssize_t* o
    cdef str text = mapped.text
    for i in range(mapped.n):
        o = mapped.offsets + 4 * i
        lo = o[0] if o[0] > start else start
        hi = o[1] if o[1] < end else end
        if lo >= hi:
            continue
        if mapped.verbatims[i]:
            offset = o[2] + (lo - o[0])
            builder._add(text[lo:hi], offset, offset + (hi - lo), True)
        else:
            builder._add(text[lo:hi], o[2], o[3], False)
    return 0


EMPTY = MappedText("", (), ())


cdef class TextBuilder:
    """Accumulates pieces; adjacent verbatim pieces that touch in the source are merged."""

    cdef list _parts
    cdef Py_ssize_t _length
    cdef Py_ssize_t n
    cdef Py_ssize_t capacity
    cdef Py_ssize_t* offsets
    cdef unsigned char* verbatims

    def __cinit__(self):
        self._parts = []
        self._length = 0
        self.n = 0
        self.capacity = 0
        self.offsets = NULL
        self.verbatims = NULL

    def __dealloc__(self):
        PyMem_Free(self.offsets)
        PyMem_Free(self.verbatims)

    def __len__(self):
        return self._length

    cdef int _grow(self) except -1:
        cdef Py_ssize_t capacity = self.capacity * 2 if self.capacity else 8
        cdef Py_ssize_t* offsets = <Py_ssize_t*>PyMem_Realloc(
            self.offsets, 4 * capacity * sizeof(Py_ssize_t)
        )
        if offsets == NULL:
            raise MemoryError()
        self.offsets = offsets
        cdef unsigned char* verbatims = <unsigned char*>PyMem_Realloc(self.verbatims, capacity)
        if verbatims == NULL:
            raise MemoryError()
        self.verbatims = verbatims
        self.capacity = capacity
        return 0

    cdef int _add(self, str text, Py_ssize_t source_start, Py_ssize_t source_end,
                  bint verbatim) except -1:
        cdef Py_ssize_t size = len(text)
        cdef Py_ssize_t start = self._length, end = self._length + size
        cdef Py_ssize_t* last
        if size == 0:
            return 0
        if self.n:
            last = self.offsets + 4 * (self.n - 1)
            if (
                verbatim
                and self.verbatims[self.n - 1]
                and last[3] == source_start
                and last[1] == start
            ):
                last[1] = end
                last[3] = source_end
                self._parts.append(text)
                self._length = end
                return 0
        if self.n == self.capacity:
            self._grow()
        last = self.offsets + 4 * self.n
        last[0] = start
        last[1] = end
        last[2] = source_start
        last[3] = source_end
        self.verbatims[self.n] = verbatim
        self.n += 1
        self._parts.append(text)
        self._length = end
        return 0

    def add(self, str text, Py_ssize_t source_start, Py_ssize_t source_end, *, bint verbatim):
        self._add(text, source_start, source_end, verbatim)

    def copy(self, str source, Py_ssize_t start, Py_ssize_t end):
        self._add(source[start:end], start, end, True)

    def replace(self, str text, Py_ssize_t source_start, Py_ssize_t source_end):
        self._add(text, source_start, source_end, False)

    def extend(self, MappedText other):
        _extend_range(self, other, 0, len(other.text))

    def ends_with_space(self):
        # No negative index here: the module is compiled without wraparound.
        cdef str last
        if not self._parts:
            return False
        last = self._parts[len(self._parts) - 1]
        return last[len(last) - 1 :].isspace()

    def build(self):
        cdef MappedText mapped = MappedText.__new__(MappedText)
        cdef Py_ssize_t i
        mapped.text = "".join(self._parts)
        _allocate(mapped, self.n)
        for i in range(4 * self.n):
            mapped.offsets[i] = self.offsets[i]
        for i in range(self.n):
            mapped.verbatims[i] = self.verbatims[i]
        return mapped
