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
from dataclasses import dataclass
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
MAX_PAGE = MAX_DECOMPRESSED  # bytes of a plain page, read no further
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
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
# Labels of the WHATWG Encoding Standard (what pages declare, what chardetng names) that Python's
# codec registry does not know under that name.
_LABELS = {
    "windows-874": "cp874",
    "x-mac-cyrillic": "mac-cyrillic",
    "iso-8859-8-i": "iso8859-8",
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "x-euc-jp": "euc_jp",
    "x-gbk": "gbk",
    "x-x-big5": "big5",
}
# The decoder the web uses for a label, a superset of the charset the label names: browsers read
# "iso-8859-1" as windows-1252, "euc-kr" as windows-949, "gb2312" as gb18030. A page is decoded
# with the label's own codec first and with this one where the bytes do not fit it (Python
# names, keyed by ``codecs.lookup(label).name``).
_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}
_UNICODE = ("utf-8", "utf-16", "utf-32")
# Replacement characters a decoding may put in (bytes the codec cannot read) before the page
# counts as not in that codec at all: a share of the decoded characters, and at least one.
MAX_REPLACED_SHARE = 0.01
# A decoding whose text charset-normalizer measures as messier than this (its own default
# threshold) is reported as low-confidence.
MAX_CHAOS = 0.2


@dataclass(frozen=True, slots=True)
class Decoded:
    """A page's text, the codec that gives it, and what a reader should know about that."""

    text: str
    encoding: str
    # One line when the decoding is not certain or not clean (bytes replaced, a declaration
    # the bytes do not fit, a guess with little evidence); run.json lists it under warnings.
    warning: str | None = None


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
    # What is uncertain about the decoding (bytes replaced, a guess): a run.json warning.
    decoding_warning: str | None = None


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


def _codec(label: str) -> str | None:
    """The Python codec of a charset label, or None where no codec has that label."""
    label = label.strip().lower()
    try:
        return codecs.lookup(_LABELS.get(label, label)).name
    except LookupError:
        return None


_NOT_TEXT = frozenset({"Cc", "Cn", "Cs"})  # control, unassigned, lone surrogate
_NOT_PLAIN_TEXT = _NOT_TEXT | {"Co"}  # and private use


def _control_share(text: str, categories: frozenset[str] = _NOT_TEXT) -> float:
    """Share of characters of ``categories`` (other than whitespace controls) in the first 64 K
    characters. Private-use characters count only where asked: an icon font's CSS puts dozens
    of them in a real page's head, but a binary file read as UTF-16 is full of them.

    Categories are looked up once per distinct character, not once per character: a page has
    a few hundred distinct characters, and this runs on every page of every batch.
    """
    if not text:
        return 0.0
    sample = text[:65536]
    distinct = set(sample)

    def bad(ch: str) -> bool:
        return ch not in "\t\n\r\f\v" and unicodedata.category(ch) in categories

    if len(distinct) > 2048:  # noise-like text: one lookup per character is cheaper than counts
        count = sum(1 for ch in sample if bad(ch))
    else:
        count = sum(sample.count(ch) for ch in distinct if bad(ch))
    return count / len(sample)


def _decode_as(data: bytes, codec: str) -> tuple[str, int]:
    """``data`` in ``codec``, each sequence the codec cannot read replaced by U+FFFD as
    ``errors="replace"`` does (so the reported codec with that handler gives this very text),
    and how many were replaced (the U+FFFD the bytes themselves hold are not counted)."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        pass
    text = data.decode(codec, "replace")
    return text, text.count("\ufffd") - data.decode(codec, "ignore").count("\ufffd")


def _few(replaced: int, text: str) -> bool:
    return replaced <= max(1, MAX_REPLACED_SHARE * len(text))


def _replaced_note(replaced: int, codec: str) -> str | None:
    if not replaced:
        return None
    many = "s" if replaced != 1 else ""
    return f"{replaced} byte sequence{many} not valid {codec} replaced with U+FFFD"


# A well-formed UTF-8 sequence of two to four bytes (surrogates not excluded: close enough here).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _mixed(decoded: Decoded, data: bytes) -> str | None:
    """A page read in a single-byte codec although it also holds UTF-8: the UTF-8 characters
    are mojibake now ("fÃ¼r"). A sequence counts only where its reading in the codec is not
    plain letters: "ÓŻ" in an ISO-8859-2 page happens to be valid UTF-8 too, and is Polish.
    In a multi-byte codec such coincidences are common and say nothing."""
    if len(decoded.text) != len(data):
        return None
    mojibake = sum(
        1
        for found in _UTF8_SEQUENCE.finditer(data)
        if not found.group().decode(decoded.encoding, "replace").isalpha()
    )
    if not mojibake:
        return None
    many = "s" if mojibake != 1 else ""
    return f"mixed encodings: {mojibake} UTF-8 character{many} read as {decoded.encoding}"


def _joined(*notes: str | None) -> str | None:
    return "; ".join(note for note in notes if note) or None


_C1 = re.compile("[\x80-\x9f]")


def _in_codec(data: bytes, codec: str) -> Decoded | None:
    """``data`` decoded with ``codec``, or with the web's superset of it where the bytes do not
    fit ``codec`` itself (an "iso-8859-1" page with a curly quote is windows-1252); a few
    unreadable sequences are replaced and noted. None when the bytes do not fit at all."""
    superset = _SUPERSETS.get(codec)
    tried: list[tuple[str, str, int]] = []
    for candidate in (codec, superset) if superset else (codec,):
        text, replaced = _decode_as(data, candidate)
        if not replaced and not (superset and candidate == codec and _C1.search(text)):
            return Decoded(text, candidate)
        tried.append((candidate, text, replaced))
    candidate, text, replaced = min(tried, key=lambda item: item[2])
    if replaced and not _few(replaced, text):
        return None
    return Decoded(text, candidate, _replaced_note(replaced, candidate))


def _declaration(data: bytes, suffix: str, header: str | None) -> tuple[str, str] | None:
    """The charset a page states, and where: its HTTP header (a WARC record's), an XML
    declaration, or for an HTML page a ``<meta charset>`` / ``http-equiv`` in its first 8 KB."""
    if header:
        return header, "HTTP header"
    found = _XML_ENCODING.match(data[:1024])
    if found:
        return found.group(1).decode("ascii"), "XML declaration"
    if suffix in HTML_SUFFIXES or _HTML_START.match(data[:4096].decode("latin-1")):
        found = _META_CHARSET.search(data[:8192])
        if found:
            return found.group(1).decode("ascii"), "meta charset"
    return None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 with no byte-order mark, where it is plainly text: NUL bytes on one side of the
    byte pairs only (the high bytes of ASCII and Latin characters), and the decoded text has no
    more control characters than any page."""
    sample = data[: min(len(data), 8192) & ~1]
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= max(1, pairs // 20) and even * 10 <= odd:
        codec = "utf-16-le"
    elif even >= max(1, pairs // 20) and odd * 10 <= even:
        codec = "utf-16-be"
    else:
        return None
    text, replaced = _decode_as(data, codec)
    if not _few(replaced, text) or _control_share(text, _NOT_PLAIN_TEXT) > MAX_CONTROL_SHARE:
        return None
    return Decoded(text, codec, _replaced_note(replaced, codec))


# Letters by their Unicode category that a page uses as symbols: the micro sign of "µg", the
# ordinal indicators of "1º".
_SYMBOL_LETTERS = frozenset("µªº")
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _letter(char: str) -> bool:
    return char.isalpha() and char not in _SYMBOL_LETTERS


def _evidence_against_1252(data: bytes, guess: Decoded) -> bool:
    """Whether the detector's guess rests on something windows-1252 cannot explain, so that it
    should override the preference for windows-1252 (the web's default for pages without a
    declaration). Where the two readings differ, windows-1252 must show a letter (the detector's
    letter statistics decide then: Turkish "ş" is "þ" in it), or a symbol inside a word
    ("oko³o" is Polish "około"). A symbol among spaces and digits is not evidence: "40 µg ± 2"
    is biomedical English, which chardetng reads as ISO-8859-2 ("40 ľg ą 2")."""
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return True
    if len(guess.text) != len(data):  # a multi-byte guess: letters in 1252 would be mojibake
        return any(_letter(western[found.start()]) for found in _NON_ASCII.finditer(data))
    last = len(western) - 1
    for found in _NON_ASCII.finditer(data):
        at = found.start()
        char = western[at]
        if char == guess.text[at]:
            continue
        if _letter(char):
            return True
        if 0 < at < last and western[at - 1].isalpha() and western[at + 1].isalpha():
            return True
    return False


def _guess(data: bytes) -> tuple[str, bool]:
    """chardetng's guess (Firefox's detector for pages without a declaration) as a Python codec,
    and whether it scored above another candidate. Its model is the web's order of preference:
    windows-1252 unless the bytes show another script or a multi-byte encoding."""
    from chardetng_py import EncodingDetector

    detector = EncodingDetector()
    detector.feed(data, last=True)
    label, scored_higher = detector.guess_assess(tld=None, allow_utf8=False)
    return _codec(label) or "cp1252", scored_higher


def _chaos(data: bytes, codec: str) -> float:
    """How garbled ``data`` reads in ``codec`` by charset-normalizer's measure (0: clean text)."""
    from charset_normalizer import from_bytes  # imported late: only non-UTF-8 pages pay for it

    best = from_bytes(data, cp_isolation=[codec], threshold=1.0).best()
    return best.chaos if best is not None else 1.0


def decode(
    data: bytes, path: str = "<bytes>", suffix: str = "", declared: str | None = None
) -> Decoded:
    """A page's bytes as text; :class:`IngestError` for binary or undecodable data.

    In order: a byte-order mark; UTF-16 without one where it is plainly text; UTF-8; mostly
    UTF-8 (more valid multi-byte characters than bad bytes: those are replaced and counted); the
    charset the page declares (``declared``, a WARC record's HTTP header, else an XML
    declaration or a ``<meta>`` charset); else chardetng's guess, whose model prefers
    windows-1252 unless the bytes show another script. Whatever is uncertain about the result
    is in :attr:`Decoded.warning`.
    """
    if not data:
        return Decoded("", "utf-8")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text, replaced = _decode_as(data, codec)
            if not _few(replaced, text):
                detail = f"{codec} byte-order mark, but {replaced} byte sequences are not {codec}"
                raise IngestError(Errors.E004, path=path, detail=detail)
            return _checked(Decoded(text, codec, _replaced_note(replaced, codec)), path)
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise IngestError(
                Errors.E005, path=path, detail="NUL bytes and no UTF-16/32 byte-order mark"
            )
        return _checked(utf16, path)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), path)
    except UnicodeDecodeError:
        pass
    text, bad = _decode_as(data, "utf-8")
    valid = len(text) - len(text.encode("ascii", "ignore")) - bad  # multi-byte characters
    if valid and valid >= bad:
        return _checked(Decoded(text, "utf-8", _replaced_note(bad, "UTF-8")), path)
    mismatch = None
    stated = _declaration(data, suffix, declared)
    if stated:
        label, where = stated
        stated_codec = _codec(label)
        if stated_codec is not None and stated_codec.startswith(_UNICODE):
            mismatch = f"declared {label} ({where}) but its bytes are not"
        elif stated_codec is not None:
            decoded = _in_codec(data, stated_codec)
            if decoded is not None:
                note = _joined(_mixed(decoded, data), decoded.warning)
                return _checked(Decoded(decoded.text, decoded.encoding, note), path)
            mismatch = f"declared {label} ({where}) but its bytes do not fit it"
        else:
            mismatch = f"declared {label} ({where}), which no codec reads"
    codec, scored_higher = _guess(data)
    decoded = _in_codec(data, codec)
    if (
        decoded is not None
        and decoded.encoding != "cp1252"
        and not _evidence_against_1252(data, decoded)
    ):
        decoded, scored_higher = Decoded(data.decode("cp1252"), "cp1252"), True
    if decoded is None:
        detail = f"{bad} bytes not valid UTF-8, and {codec} does not fit them either"
        raise IngestError(Errors.E004, path=path, detail=detail)
    decoded = _checked(decoded, path)
    unsure = None
    if not scored_higher or _chaos(data, decoded.encoding) > MAX_CHAOS:
        unsure = f"low confidence in the guess {decoded.encoding}"
    if mismatch:
        mismatch += f"; read as {decoded.encoding}"
    note = _joined(mismatch, _mixed(decoded, data), unsure, decoded.warning)
    return Decoded(decoded.text, decoded.encoding, note)


def _checked(decoded: Decoded, path: str) -> Decoded:
    share = _control_share(decoded.text)
    if share > MAX_CONTROL_SHARE:
        detail = f"{share:.0%} control characters when read as {decoded.encoding}"
        raise IngestError(Errors.E005, path=path, detail=detail)
    return decoded


def uncompressed_name(rel_path: str) -> str:
    """The page's own name inside a compressed file: ``a.html.gz`` → ``a.html``."""
    suffix = Path(rel_path).suffix.lower()
    return rel_path[: -len(suffix)] if suffix in COMPRESSED_SUFFIXES else rel_path


def load_bytes(data: bytes, rel_path: str) -> LoadedSource:
    """A page from its (decompressed) bytes; the media type is read from the name without a
    compression suffix."""
    name = uncompressed_name(rel_path)
    suffix = Path(name).suffix.lower()
    decoded = decode(data, rel_path, suffix)
    return LoadedSource(
        path=rel_path,
        sha256=sha256_hex(data),
        size=len(data),
        media_type=media_type_of(name, decoded.text),
        encoding=decoded.encoding,
        text=decoded.text,
        decoding_warning=decoded.warning,
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
    """A document inside a WARC archive (``rel_path`` is ``<archive>#<record id>``), decoded as
    any page is, with the charset of its HTTP Content-Type header as its declaration."""
    from ingest.warc import read_member

    member = read_member(path, rel_path, offset)
    suffix = ".html" if member.media_type == "text/html" else ".txt"
    decoded = decode(member.payload, rel_path, suffix, member.charset)
    return LoadedSource(
        path=rel_path,
        sha256=member.sha256,
        size=len(member.payload),
        media_type=member.media_type,
        encoding=decoded.encoding,
        text=decoded.text,
        uri=member.uri or None,
        fetched=member.fetched or None,
        decoding_warning=decoded.warning,
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
        with path.open("rb") as stream:
            data = stream.read(MAX_PAGE + 1)
    except OSError as err:
        raise IngestError(Errors.E006, path=rel_path, detail=err.strerror or str(err)) from None
    if len(data) > MAX_PAGE:  # never read whole: a worker holding gigabytes stops the machine
        size = max(len(data), _size(path))
        raise IngestError(Errors.E013, path=rel_path, size=size, limit=MAX_PAGE)
    return load_bytes(data, rel_path)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
