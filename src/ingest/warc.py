"""WARC archives (what wget, Heritrix, Browsertrix and Common Crawl write): one document per
HTML or text response record.

Read with warcio (Webrecorder's reader and writer: pure Python, its only dependency is six, and
it handles gzip-per-record archives, chunked and content-encoded payloads). A member's path is
``<archive path>#<record id>`` (the WARC-Record-ID without its angle brackets); its source holds
the target URI and the fetch date, and its text is decoded from the HTTP Content-Type's charset
where one is given. Incremental runs key on the sha256 of the member's payload.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ingest.errors import Errors, IngestError

WARC_SUFFIXES = (".warc", ".warc.gz")
TEXT_TYPES = {"text/html": "text/html", "application/xhtml+xml": "text/html"}
TEXT_TYPES["text/plain"] = "text/plain"
MAX_PAYLOAD = 64 << 20  # bytes, as for a compressed page


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


@dataclass(frozen=True, slots=True)
class Member:
    """A document inside an archive: where its record starts, what it is."""

    record_id: str
    offset: int
    sha256: str
    uri: str
    fetched: str
    media_type: str
    charset: str | None
    payload: bytes = b""


def _content_type(record: Any) -> tuple[str, str | None]:
    """``(media type, charset)`` of a response's payload (from its HTTP headers) or of a
    resource record (from the WARC Content-Type)."""
    headers = getattr(record, "http_headers", None)
    value = headers.get_header("Content-Type") if headers is not None else None
    if value is None:
        value = record.rec_headers.get_header("Content-Type") or ""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip().strip("\"'")
    return media.strip().lower(), charset


def _member(record: Any, offset: int, rel: str, keep_payload: bool) -> Member:
    media, charset = _content_type(record)
    payload = record.content_stream().read(MAX_PAYLOAD + 1)
    if len(payload) > MAX_PAYLOAD:
        raise IngestError(Errors.E028, path=rel, limit=MAX_PAYLOAD)
    headers = record.rec_headers
    return Member(
        record_id=(headers.get_header("WARC-Record-ID") or "").strip("<>"),
        offset=offset,
        sha256=hashlib.sha256(payload).hexdigest(),
        uri=headers.get_header("WARC-Target-URI") or "",
        fetched=headers.get_header("WARC-Date") or "",
        media_type=TEXT_TYPES.get(media, "text/plain"),
        charset=charset,
        payload=payload if keep_payload else b"",
    )


def _is_document(record: Any) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if record.rec_type == "response" and record.http_headers is None:
        return False  # a DNS or other non-HTTP response
    return _content_type(record)[0] in TEXT_TYPES


def _members(path: Path, rel: str, keep_payload: bool, start: int = 0) -> Iterator[Member]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as stream:
            stream.seek(start)
            records = ArchiveIterator(stream)
            for record in records:
                if record.format != "warc":  # warcio reads anything else as an old ARC file
                    raise ArchiveLoadFailed("a record does not start with WARC/")
                if _is_document(record):
                    # The payload first: asking for the offset reads past it.
                    member = _member(record, -1, rel, keep_payload)
                    yield replace(member, offset=start + records.get_record_offset())
    except ArchiveLoadFailed as err:
        detail = f"not a readable WARC archive ({' '.join(str(err).split())})"
        raise IngestError(Errors.E006, path=rel, detail=detail) from None
    except OSError as err:
        raise IngestError(Errors.E006, path=rel, detail=err.strerror or str(err)) from None
    except IngestError:
        raise
    except Exception as err:  # warcio on hostile bytes: a record without a target URI, a bad
        # chunk size, a broken gzip member fail inside its parser, each with its own exception
        detail = f"not a readable WARC archive ({type(err).__name__}: {' '.join(str(err).split())})"
        raise IngestError(Errors.E006, path=rel, detail=detail) from None


def members(path: Path, rel: str) -> list[Member]:
    """Every HTML or text response record of an archive, in archive order (payloads dropped)."""
    return list(_members(path, rel, keep_payload=False))


def read_member(path: Path, rel: str, offset: int = -1) -> Member:
    """The member ``rel`` (``<archive>#<record id>``) with its payload: read at ``offset`` when
    known (the batch found it there), else found by its id (a review, later)."""
    archive, _, wanted = rel.rpartition("#")
    if offset >= 0:
        for member in _members(path, rel, keep_payload=True, start=offset):
            if member.record_id == wanted:
                return member
            break
    for member in _members(path, archive, keep_payload=True):
        if member.record_id == wanted:
            return member
    raise IngestError(Errors.E006, path=rel, detail="no such record in the archive")
