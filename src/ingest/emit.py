"""Stage 7, emit: deterministic JSON, written atomically.

``.json`` files: keys in model field order, two-space indent, arrays of numbers or short
strings on one line (a span reads ``[6543, 6641]``, which keeps diffs small), a trailing
newline. ``.jsonl``: one compact object per line. Files are written to a temporary name in the
same folder and renamed into place, so a crash never leaves a half-written file behind.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

_INLINE_MAX = 100  # characters: longer scalar arrays are written one item per line


# json's own C string encoder: calling json.dumps once per scalar costs ten times as much.
_encode_string = json.encoder.encode_basestring


def _scalar_json(value: Any) -> str | None:
    """JSON of a scalar, exactly as ``json.dumps(value, ensure_ascii=False)`` writes it."""
    if isinstance(value, str):
        return _encode_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return json.dumps(value)  # NaN and infinities as json writes them
    return None


def _inline(value: list[Any] | tuple[Any, ...]) -> str | None:
    """One-line form of a list of scalars (or of up to four short scalar lists), if short."""
    parts: list[str] = []
    nested = False
    for item in value:
        if isinstance(item, list | tuple):
            nested = True
            inner = []
            for x in item:
                encoded = _scalar_json(x)
                if encoded is None:
                    return None
                inner.append(encoded)
            parts.append("[" + ", ".join(inner) + "]")
        else:
            encoded = _scalar_json(item)
            if encoded is None:
                return None
            parts.append(encoded)
    if nested and (len(value) > 4 or not all(isinstance(item, list | tuple) for item in value)):
        return None
    text = "[" + ", ".join(parts) + "]"
    return text if len(text) <= _INLINE_MAX else None


def dumps(value: Any, indent: int = 0) -> str:
    out: list[str] = []
    _write(value, indent, out)
    return "".join(out)


def _write(value: Any, indent: int, out: list[str]) -> None:
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        pad = "  " * indent
        out.append("{\n")
        first = True
        for key, item in value.items():
            if not first:
                out.append(",\n")
            first = False
            out.append(f"{pad}  {_encode_string(key)}: ")
            _write(item, indent + 1, out)
        out.append(f"\n{pad}}}")
        return
    if isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inline = _inline(value)
        if inline is not None:
            out.append(inline)
            return
        pad = "  " * indent
        out.append("[\n")
        first = True
        for item in value:
            if not first:
                out.append(",\n")
            first = False
            out.append(f"{pad}  ")
            _write(item, indent + 1, out)
        out.append(f"\n{pad}]")
        return
    encoded = _scalar_json(value)
    out.append(encoded if encoded is not None else json.dumps(value, ensure_ascii=False))


def to_data(model: BaseModel) -> Any:
    """The model as plain Python values. Python mode, not JSON mode: ten times faster, and the
    writers take tuples for arrays and string enums for strings just as well."""
    return model.model_dump()


def document_json(model: BaseModel) -> str:
    return dumps(to_data(model)) + "\n"


def jsonl_line(model: BaseModel) -> str:
    return json.dumps(to_data(model), ensure_ascii=False) + "\n"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once, at import: os.umask can only be read by setting it, which is not safe to do while
# other threads (Dask's workers) create files.
FILE_MODE = 0o666 & ~_umask()


def _temporary(path: Path) -> tuple[int, str]:
    """A temporary file beside ``path``, with the mode a new file gets under the umask (0644
    under 022): mkstemp's 0600 would survive the rename and hide the outputs from everyone
    else."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(handle, FILE_MODE)
    return handle, temporary


# The name _temporary gives: ".<name>." + mkstemp's 8 random characters + ".tmp".
_TEMPORARY_NAME = re.compile(r"\A\..+\.[a-z0-9_]{8}\.tmp\Z")


def remove_stale_temporaries(folder: Path) -> int:
    """Remove the temporary files a writer killed mid-write left in ``folder`` (a SIGKILL gives
    no chance to clean up); only for the folder's one writer, under its lock. How many."""
    removed = 0
    for directory, _, files in os.walk(folder):
        for name in files:
            if _TEMPORARY_NAME.match(name):
                Path(directory, name).unlink(missing_ok=True)
                removed += 1
    return removed


def write_atomic(path: Path, text: str) -> None:
    handle, temporary = _temporary(path)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic_bytes(path: Path, data: bytes) -> None:
    handle, temporary = _temporary(path)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_lines_atomic(path: Path, lines: Iterable[str]) -> None:
    handle, temporary = _temporary(path)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            for line in lines:
                stream.write(line)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


RUN_FILE = "run.json"
CLAIMS_FILE = "claims.jsonl"
CACHE_DIR = ".ingest-cache"
# Names at the output root that belong to the run, not to a record (SPEC: Output).
RESERVED_NAMES = frozenset({RUN_FILE, CLAIMS_FILE, CACHE_DIR})


def record_path(output: Path, source_path: str) -> Path:
    """Where the record of a source goes: ``<output>/<source path>.json``, or
    ``<source path>.record.json`` when the first would take a reserved name (a source named
    ``run`` at the input root)."""
    name = f"{source_path}.json"
    if name.split("/", 1)[0] in RESERVED_NAMES:
        name = f"{source_path}.record.json"
    return output / name


def entries_path(output: Path, source_path: str) -> Path:
    """Where the worker leaves a record's claims as the corpus step needs them
    (:func:`ingest.dedupe.claim_entry`, one JSON line each after a header line), so that
    claims.jsonl is built without parsing the records again."""
    return output / CACHE_DIR / "claims" / f"{source_path}.jsonl"


def text_path(output: Path, source_path: str) -> Path:
    """Where ``ingest run --text`` writes a source's kept text: ``<output>/<source path>.txt``."""
    return output / f"{source_path}.txt"
