"""Stage 1, load: bytes → decoded text, media type, sha256.

Reads: a file's bytes. Adds: :class:`LoadedSource`. The decoded text is the coordinate system of
every span downstream, so it is never altered here: no newline translation, no normalization.
A UTF-8 BOM is consumed by decoding with ``utf-8-sig``, and the reported ``encoding`` is always
a codec that turns the file's bytes into exactly this text.
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import hashlib
import io
import lzma
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from ingest.errors import Errors, IngestError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Compressed pages are read through these, up to MAX_DECOMPRESSED bytes.
COMPRESSED_SUFFIXES: dict[str, Callable[[Path], io.BufferedIOBase]] = {
    ".gz": lambda path: gzip.GzipFile(path, "rb"),
    ".bz2": bz2.BZ2File,
    ".xz": lzma.LZMAFile,
}
MAX_DECOMPRESSED = 64 << 20  # bytes: far above any page, far below a compression bomb
MARKDOWN_SUFFIXES = {".md", ".markdown"}

# A decoded page with more than this share of control or unassigned characters is binary junk
# (random bytes decode to ~12 % C0 controls in any 8-bit codec; real text has next to none).
MAX_CONTROL_SHARE = 0.01
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


class LoadedSource(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    sha256: str
    size: int
    media_type: str
    encoding: str
    text: str
    uri: str | None = None  # a WARC member's target URI
    fetched: str | None = None  # a WARC member's WARC-Date


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def media_type_of(path: str, text: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "text/html"
    if suffix in MARKDOWN_SUFFIXES:
        return "text/markdown"
    if suffix not in {".txt", ".text"} and _HTML_START.match(text[:4096]):
        return "text/html"
    return "text/plain"


def _canonical_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _control_share(text: str) -> float:
    """Share of control, unassigned and private-use characters in the first 64 K characters.

    Categories are looked up once per distinct character, not once per character: a page has
    a few hundred distinct characters, and this runs on every page of every batch.
    """
    if not text:
        return 0.0
    sample = text[:65536]
    distinct = set(sample)
    if len(distinct) > 2048:  # noise-like text: one lookup per character is cheaper than counts
        bad = sum(1 for ch in sample if _is_control(ch))
    else:
        bad = sum(sample.count(ch) for ch in distinct if _is_control(ch))
    return bad / len(sample)


def _is_control(ch: str) -> bool:
    return ch not in "\t\n\r\f\v" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")


def decode(data: bytes, path: str = "<bytes>", suffix: str = "") -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`IngestError` for binary or undecodable data."""
    if not data:
        return "", "utf-8"
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), codec, path)
            except UnicodeDecodeError as err:
                raise IngestError(
                    Errors.E004, path=path, detail=f"{codec} BOM but {err.reason}"
                ) from None
    if b"\x00" in data[:8192]:
        raise IngestError(
            Errors.E005, path=path, detail="NUL bytes and no UTF-16/32 byte-order mark"
        )
    try:
        return _checked(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    # Declared charset first for HTML: the page's own statement beats a statistical guess.
    if suffix in HTML_SUFFIXES or _HTML_START.match(data[:4096].decode("latin-1")):
        declared = _META_CHARSET.search(data[:8192])
        if declared:
            stated = _canonical_codec(declared.group(1).decode("ascii", "replace"))
            if stated and stated not in ("utf-8", "utf-16", "utf-32"):
                try:
                    return _checked(data.decode(stated), stated, path)
                except (UnicodeDecodeError, IngestError):
                    pass
    from charset_normalizer import from_bytes  # imported late: only non-UTF-8 files pay for it

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(Errors.E005, path=path, detail="no text encoding fits its bytes")
    codec = _canonical_codec(best.encoding or "") or best.encoding
    if not codec:
        raise IngestError(Errors.E005, path=path, detail="no text encoding fits its bytes")
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError) as err:
        raise IngestError(Errors.E004, path=path, detail=str(err)) from None
    return _checked(text, codec, path)


def _checked(text: str, codec: str, path: str) -> tuple[str, str]:
    share = _control_share(text)
    if share > MAX_CONTROL_SHARE:
        raise IngestError(
            Errors.E005, path=path, detail=f"{share:.0%} control characters when read as {codec}"
        )
    return text, codec


def uncompressed_name(rel_path: str) -> str:
    """The page's own name inside a compressed file: ``a.html.gz`` → ``a.html``."""
    suffix = Path(rel_path).suffix.lower()
    return rel_path[: -len(suffix)] if suffix in COMPRESSED_SUFFIXES else rel_path


def load_bytes(data: bytes, rel_path: str) -> LoadedSource:
    """A page from its (decompressed) bytes; the media type is read from the name without a
    compression suffix."""
    name = uncompressed_name(rel_path)
    suffix = Path(name).suffix.lower()
    text, encoding = decode(data, rel_path, suffix)
    return LoadedSource(
        path=rel_path,
        sha256=sha256_hex(data),
        size=len(data),
        media_type=media_type_of(name, text),
        encoding=encoding,
        text=text,
    )


def decompress(path: Path, rel_path: str, limit: int = MAX_DECOMPRESSED) -> bytes:
    """The bytes of a ``.gz`` / ``.bz2`` / ``.xz`` page, read up to ``limit`` bytes: a small
    file that inflates to gigabytes (a compression bomb) fails with E028, never fills memory."""
    opener = COMPRESSED_SUFFIXES[Path(rel_path).suffix.lower()]
    try:
        with opener(path) as stream:
            data = stream.read(limit + 1)
    except (OSError, EOFError, lzma.LZMAError) as err:
        detail = f"not a valid {Path(rel_path).suffix.lower()} file ({err})"
        raise IngestError(Errors.E006, path=rel_path, detail=detail) from None
    if len(data) > limit:
        raise IngestError(Errors.E028, path=rel_path, limit=limit)
    return data


def load_member(path: Path, rel_path: str, offset: int = -1) -> LoadedSource:
    """A document inside a WARC archive (``rel_path`` is ``<archive>#<record id>``), decoded
    from its HTTP charset where given and valid, else detected as any page is."""
    from ingest.warc import read_member

    member = read_member(path, rel_path, offset)
    data = member.payload
    text = encoding = None
    codec = _canonical_codec(member.charset) if member.charset else None
    if codec is not None:
        try:
            text, encoding = _checked(data.decode(codec), codec, rel_path)
        except (UnicodeDecodeError, IngestError):
            text = None
    if text is None or encoding is None:
        suffix = ".html" if member.media_type == "text/html" else ".txt"
        text, encoding = decode(data, rel_path, suffix)
    if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
        text = data.decode(encoding)
    return LoadedSource(
        path=rel_path,
        sha256=member.sha256,
        size=len(data),
        media_type=member.media_type,
        encoding=encoding,
        text=text,
        uri=member.uri or None,
        fetched=member.fetched or None,
    )


def load(path: Path, rel_path: str, offset: int = -1) -> LoadedSource:
    """A page from a file; compressed pages are decompressed first. ``sha256`` and ``bytes``
    describe the decompressed page, whose text the spans point into. A path with ``#`` after a
    WARC archive's name is one of its records (at ``offset`` when the batch found it)."""
    archive = rel_path.rpartition("#")[0]
    if archive and archive.lower().endswith((".warc", ".warc.gz")):
        return load_member(path, rel_path, offset)
    if Path(rel_path).suffix.lower() in COMPRESSED_SUFFIXES:
        return load_bytes(decompress(path, rel_path), rel_path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise IngestError(Errors.E006, path=rel_path, detail=err.strerror or str(err)) from None
    return load_bytes(data, rel_path)
