"""What an executor does for one file, wherever it runs."""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from ingest.clean import chrome_candidates
from ingest.emit import document_json, record_path, write_atomic
from ingest.errors import Errors, IngestError
from ingest.load import load
from ingest.pipeline import DocumentPipeline
from ingest.rules import Rules, load_rules


@dataclass(frozen=True, slots=True)
class FileTask:
    path: str  # absolute path of the input
    rel: str  # path relative to the input root, '/'-separated
    output: str  # output folder
    chrome: tuple[str, ...] = ()  # the batch's site-chrome lines (normalized)


@dataclass(frozen=True, slots=True)
class FileResult:
    rel: str
    ok: bool
    reason: str = ""  # one line, when not ok
    claims: int = 0
    removed: tuple[tuple[str, int], ...] = ()  # counts by reason
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class LinesResult:
    """The short lines of one page that could be site chrome (see clean.chrome_candidates)."""

    rel: str
    ok: bool
    lines: tuple[str, ...] = ()


def _failure(rel: str, err: BaseException) -> str:
    if isinstance(err, IngestError):
        return str(err)
    if isinstance(err, RecursionError):
        return str(IngestError(Errors.E012, path=rel, detail="nesting too deep to process"))
    where = traceback.extract_tb(err.__traceback__)[-1]
    detail = f"{type(err).__name__}: {err} (at {Path(where.filename).name}:{where.lineno})"
    return str(IngestError(Errors.E012, path=rel, detail=" ".join(detail.split())))


class Worker:
    """Holds one pipeline, built once; processes files one at a time."""

    def __init__(self, rules: Rules) -> None:
        self.pipeline = DocumentPipeline(rules)

    @classmethod
    def from_rules_dir(cls, rules_dir: str) -> Worker:
        return cls(load_rules(rules_dir))

    def lines(self, task: FileTask) -> LinesResult:
        try:
            source = load(Path(task.path), task.rel)
            return LinesResult(task.rel, True, chrome_candidates(self.pipeline.cleaner, source))
        except Exception:  # the file fails again, with its reason, when it is processed
            return LinesResult(task.rel, False)

    def run(self, task: FileTask) -> FileResult:
        started = time.perf_counter()
        try:
            source = load(Path(task.path), task.rel)
            processed = self.pipeline.process(source, frozenset(task.chrome))
            document = processed.document
            write_atomic(record_path(Path(task.output), task.rel), document_json(document))
            counts: dict[str, int] = {}
            for item in document.removed:
                counts[item.reason.value] = counts.get(item.reason.value, 0) + 1
            return FileResult(
                task.rel,
                True,
                claims=len(document.claims),
                removed=tuple(sorted(counts.items())),
                seconds=time.perf_counter() - started,
            )
        except Exception as err:  # one broken file never stops the batch
            return FileResult(
                task.rel, False, _failure(task.rel, err), seconds=time.perf_counter() - started
            )
