"""Stage 7, emit: deterministic JSON, written atomically.

``.json`` files: keys in model field order, two-space indent, arrays of numbers or short
strings on one line (a span reads ``[6543, 6641]``, which keeps diffs small), a trailing
newline. ``.jsonl``: one compact object per line. Files are written to a temporary name in the
same folder and renamed into place, so a crash never leaves a half-written file behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

_INLINE_MAX = 100  # characters: longer scalar arrays are written one item per line


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _inline(value: Any) -> str | None:
    """One-line form of a list of scalars (or of short scalar lists), if it is short."""
    if not isinstance(value, list):
        return None
    if all(_scalar(v) for v in value):
        text = "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
    elif all(isinstance(v, list) and all(_scalar(x) for x in v) for v in value) and len(value) <= 4:
        text = "[" + ", ".join(_inline(v) or "" for v in value) + "]"
    else:
        return None
    return text if len(text) <= _INLINE_MAX else None


def dumps(value: Any, indent: int = 0) -> str:
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [
            f"{pad}  {json.dumps(k, ensure_ascii=False)}: {dumps(v, indent + 1)}"
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inline = _inline(value)
        if inline is not None:
            return inline
        items = [f"{pad}  {dumps(v, indent + 1)}" for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def to_data(model: BaseModel) -> Any:
    return model.model_dump(mode="json")


def document_json(model: BaseModel) -> str:
    return dumps(to_data(model)) + "\n"


def jsonl_line(model: BaseModel) -> str:
    return json.dumps(to_data(model), ensure_ascii=False) + "\n"


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_lines_atomic(path: Path, lines: Iterable[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            for line in lines:
                stream.write(line)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def record_path(output: Path, source_path: str) -> Path:
    """Where the record of a source goes: ``<output>/<source path>.json``."""
    return output / f"{source_path}.json"
