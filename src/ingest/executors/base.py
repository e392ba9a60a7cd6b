"""What an executor does for one file, wherever it runs."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True, slots=True)
class FileResult:
    rel: str
    ok: bool
    reason: str = ""  # one line, when not ok
    claims: int = 0
    removed: tuple[tuple[str, int], ...] = ()  # counts by reason
    seconds: float = 0.0


class Worker:
    """Holds one pipeline; processes files one at a time."""

    def __init__(self, rules: Rules, site_chrome: frozenset[str] = frozenset()) -> None:
        self.pipeline = DocumentPipeline(rules)
        self.site_chrome = site_chrome

    @classmethod
    def from_rules_dir(cls, rules_dir: str, site_chrome: frozenset[str] = frozenset()) -> Worker:
        return cls(load_rules(rules_dir), site_chrome)

    def run(self, task: FileTask) -> FileResult:
        import time

        started = time.perf_counter()
        try:
            source = load(Path(task.path), task.rel)
            processed = self.pipeline.process(source, self.site_chrome)
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
        except IngestError as err:
            return FileResult(task.rel, False, str(err), seconds=time.perf_counter() - started)
        except RecursionError:
            reason = str(
                IngestError(Errors.E012, path=task.rel, detail="nesting too deep to process")
            )
            return FileResult(task.rel, False, reason, seconds=time.perf_counter() - started)
        except Exception as err:  # one broken file never stops the batch
            where = traceback.extract_tb(err.__traceback__)[-1]
            detail = f"{type(err).__name__}: {err} (at {Path(where.filename).name}:{where.lineno})"
            reason = str(IngestError(Errors.E012, path=task.rel, detail=" ".join(detail.split())))
            return FileResult(task.rel, False, reason, seconds=time.perf_counter() - started)
