"""The output folder: the checks made before a run or a review writes to it, and the mark that
says a run into it has not finished.

A run marks the folder incomplete (``.ingest-cache/incomplete.json``, naming the inputs) before
it changes anything, and removes the mark once ``claims.jsonl`` and ``run.json`` agree with the
records. A run stopped in between (Ctrl-C, a crash, a killed machine) leaves the mark, and
``ingest diff`` / ``ingest review`` refuse the folder until a run completes it: a consumer never
takes a half-updated folder for a finished one.
"""

from __future__ import annotations

import json
import os
import shlex
from collections.abc import Sequence
from pathlib import Path

from ingest.emit import CACHE_DIR, write_atomic
from ingest.errors import Errors, IngestError

INCOMPLETE_FILE = "incomplete.json"


def check_writable_folder(output: Path) -> None:
    """Refuse, before any work, an output that is a file, or a folder this user cannot read and
    write (or, when it does not exist yet, create)."""
    existing = output
    while not existing.exists():
        if existing.parent == existing:
            break
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        raise IngestError(Errors.E023, path=existing)
    if not os.access(existing, os.R_OK | os.W_OK | os.X_OK):
        what = "read and written" if existing == output else "created (its parent is not writable)"
        raise IngestError(Errors.E024, path=output, what=what)


def check_count(option: str, value: float, *, zero_ok: bool = False) -> None:
    """A count or limit a user gives: positive (or zero where zero means none)."""
    if value < 0 or (value == 0 and not zero_ok):
        what = "0 (no limit) or more" if zero_ok else "a whole number of at least 1"
        raise IngestError(Errors.E025, option=option, what=what, value=f"{value:g}")


def _marker(folder: Path) -> Path:
    return folder / CACHE_DIR / INCOMPLETE_FILE


def mark_incomplete(output: Path, inputs: Sequence[Path]) -> None:
    data = {"inputs": [str(p) for p in inputs]}
    write_atomic(_marker(output), json.dumps(data) + "\n")


def mark_complete(output: Path) -> None:
    _marker(output).unlink(missing_ok=True)


def check_complete(folder: Path, shown: Path | None = None) -> None:
    """Refuse a folder a run into it has not finished, saying which run completes it."""
    marker = _marker(folder)
    if not marker.exists():
        return
    try:
        inputs = [str(p) for p in json.loads(marker.read_text(encoding="utf-8"))["inputs"]]
    except (OSError, ValueError, KeyError, TypeError):
        inputs = ["INPUT"]
    command = shlex.join(["ingest", "run", *inputs, "-o", str(folder)])
    raise IngestError(Errors.E022, path=shown or folder, command=command)
