"""What an executor does for one file, wherever it runs.

A :class:`Worker` builds the pipeline once and then processes files one at a time, writing each
record itself (atomically) and returning only a small :class:`FileResult`, so the batch never
holds the corpus. Any failure of one file becomes a one-line reason, never an exception that
stops the batch.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import gc
import json
import pickle
import signal
import threading
import time
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from ingest.clean import CleanedPage, ParsedPage, chrome_candidates
from ingest.dedupe import row_entry_line
from ingest.emit import entries_path, record_path, text_path, write_atomic_bytes
from ingest.errors import Errors, IngestError
from ingest.load import LoadedSource, load
from ingest.models import CorpusClaim, Document, PageWarning
from ingest.pipeline import DocumentPipeline, Processed
from ingest.rows import ClaimRow
from ingest.rules import Rules, load_rules
from ingest.rules.patterns import save_startup_cache
from ingest.warnings import page_warning, reference_warning
from ingest.writers import compact_head, record_json

Method = Literal["lines", "run"]


@dataclass(frozen=True, slots=True)
class FileTask:
    path: str  # absolute path of the input
    rel: str  # path relative to the input root, '/'-separated
    output: str  # output folder
    chrome: tuple[str, ...] = ()  # the batch's site-chrome lines (normalized)
    time_limit: float = 0.0  # seconds; 0: none
    offset: int = -1  # a WARC member's record offset in the archive at ``path``
    text: bool = False  # also write the kept text to <output>/<rel>.txt
    # The input's sha256 and the batch's setup key, written into the record's claim entries
    # (emit.entries_path) so that the corpus step can tell they belong to the current record.
    sha: str = ""
    setup: str = ""
    # A private folder of this batch (local workers only) where the site-chrome pass leaves
    # each text page as it parsed it (Cleaner.parse), for the main pass to start from.
    parsed: str = ""


@dataclass(frozen=True, slots=True)
class FileResult:
    rel: str
    ok: bool
    reason: str = ""  # one line, when not ok
    claims: int = 0
    removed: tuple[tuple[str, int], ...] = ()  # counts by reason
    seconds: float = 0.0
    # The record could not be written (reason: what the system said); the batch stops.
    output_fault: bool = False
    warning: PageWarning | None = None  # the page may have lost its text


@dataclass(frozen=True, slots=True)
class LinesResult:
    """The short lines of one page that could be site chrome (see clean.chrome_candidates)."""

    rel: str
    ok: bool
    lines: tuple[str, ...] = ()


Result = FileResult | LinesResult


class Executor(Protocol):
    """Runs tasks somewhere and yields their results as they finish, in any order."""

    def map(self, method: Method, tasks: list[FileTask]) -> Iterator[Result]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: object) -> None: ...


class _TimeLimit(Exception):
    pass


class _ThreadAlarm:
    """Raises :class:`_TimeLimit` in one thread after ``seconds``, for threads no signal reaches
    (a dask worker runs tasks in a thread pool). The exception is set asynchronously
    (``PyThreadState_SetAsyncExc``): it interrupts Python code at its next instruction, but a
    single call into C (one regular-expression search, the HTML parser) finishes first.

    It can only strike between :meth:`start` and the end of :meth:`stop`: ``stop`` takes the
    lock the timer fires under, and withdraws an exception set but not yet raised.
    """

    def __init__(self, seconds: float) -> None:
        self.thread_id = threading.get_ident()
        self.fired = False
        self._done = False
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def _fire(self) -> None:
        with self._lock:
            if not self._done:
                self.fired = True
                _set_async_exc(self.thread_id, _TimeLimit)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._done = True
            if self.fired:
                _set_async_exc(self.thread_id, None)  # withdraw it if not raised yet


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`_TimeLimit` in the processing thread when ``seconds`` pass.

    In a process's main thread a SIGALRM timer raises it, which also stops a regular expression
    running in C. In any other thread (dask's workers) a :class:`_ThreadAlarm` does, between
    Python instructions; the local executor's watchdog, which kills the worker process, stays
    the backstop for what neither reaches.
    """
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        alarm = _ThreadAlarm(seconds)
        alarm.start()
        try:
            yield
        finally:
            alarm.stop()
        if alarm.fired:  # struck as the work ended and was withdrawn: it still took too long
            raise _TimeLimit
        return

    def expire(signum: int, frame: object) -> None:
        raise _TimeLimit

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _stopped_in(err: BaseException) -> str:
    """Where the pipeline was when the time limit struck: the innermost frame of this package
    (a regular expression that backtracks shows as the matcher that ran it)."""
    package = Path(__file__).resolve().parents[1]
    for frame in reversed(traceback.extract_tb(err.__traceback__)):
        path = Path(frame.filename).resolve()
        if path.is_relative_to(package) and path.name != "base.py":
            return f" (stopped in {path.relative_to(package).as_posix()}, {frame.name})"
    return ""


def failure_reason(rel: str, err: BaseException, limit: float = 0.0) -> str:
    if isinstance(err, IngestError):
        return str(err)
    if isinstance(err, _TimeLimit):
        return str(IngestError(Errors.E011, path=rel, seconds=limit, where=_stopped_in(err)))
    if isinstance(err, RecursionError):
        return str(IngestError(Errors.E012, path=rel, detail="nesting too deep to process"))
    if isinstance(err, MemoryError):
        return str(IngestError(Errors.E012, path=rel, detail="out of memory"))
    where = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    place = f" (at {Path(where.filename).name}:{where.lineno})" if where else ""
    detail = f"{type(err).__name__}: {err}{place}"
    return str(IngestError(Errors.E012, path=rel, detail=" ".join(detail.split())))


def lost_result(method: Method, task: FileTask, detail: str) -> Result:
    """The result of a file whose worker could not give one (it died, or the task failed)."""
    if method == "lines":
        return LinesResult(task.rel, False)
    return FileResult(task.rel, False, str(IngestError(Errors.E012, path=task.rel, detail=detail)))


# Young-generation collections at this many net allocations instead of Python's 700: a page
# makes tens of thousands of short-lived objects (matches, spans, models) and no cycles worth
# collecting early; with the default, the collector ran every few hundred allocations and took
# about 7% of a text page's time. Memory stays bounded: older generations still collect.
_GC_THRESHOLD = (50_000, 20, 20)

_built: dict[tuple[str, str], Worker] = {}


def _settle_memory() -> None:
    """After the pipeline is built: its objects (rules, automata, models) live as long as the
    process, so they are moved out of the collector's sight (``gc.freeze``) and are never
    scanned again; worker processes forked afterwards share their pages untouched."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*_GC_THRESHOLD)


def _keep_parsed(folder: Path, sha: str, parsed: ParsedPage) -> None:
    """Leave a page's parse for the main pass (pickled: the folder is this batch's own,
    created private by it, so what is read back is what this batch wrote)."""
    with contextlib.suppress(OSError):  # only a saving: the main pass parses again without it
        write_atomic_bytes(folder / f"{sha}.pickle", pickle.dumps(parsed, protocol=5))


def _kept_parsed(folder: Path, sha: str) -> ParsedPage | None:
    """The parse the site-chrome pass left for this page (taken: the file is removed)."""
    path = folder / f"{sha}.pickle"
    try:
        data = path.read_bytes()
        path.unlink()
    except OSError:
        return None
    parsed = pickle.loads(data)
    return parsed if isinstance(parsed, ParsedPage) else None


_CORPUS_HEAD = compact_head(CorpusClaim, frozenset({"occurrences"}))


def _entries_text(task: FileTask, claims: Sequence[ClaimRow], removed: dict[str, int]) -> str:
    """The record's claim entries (emit.entries_path): a header that names the input's bytes
    and the setup they were made under, then one line per claim."""
    total = sum(1 + len(c.duplicates) for c in claims)
    header = {"sha": task.sha, "setup": task.setup, "claims": total, "removed": removed}
    lines = [json.dumps(header, ensure_ascii=False)]
    lines.extend(row_entry_line(claim, _CORPUS_HEAD(claim)) for claim in claims)
    return "\n".join(lines) + "\n"


def render_record(processed: Processed, task: FileTask) -> tuple[str, str, dict[str, int]]:
    """What a worker writes for a processed page: the record's JSON, its claim entries, and
    its removals counted by reason."""
    record = processed.record
    counts: dict[str, int] = {}
    for item in record.removed:
        counts[item.reason.value] = counts.get(item.reason.value, 0) + 1
    text = record_json(Document, record)
    return text, _entries_text(task, record.claims, counts), counts


PARSES_IN_MEMORY = 512  # pages whose parse a worker keeps in memory between the two passes


class Worker:
    """Holds one pipeline, built once; processes files one at a time."""

    def __init__(self, rules: Rules) -> None:
        self.pipeline = DocumentPipeline(rules)
        self._code_rules = frozenset(f"html-{tag}" for tag in rules.markup.markup_only_tags)
        self._outputs: set[str] = set()  # output folders seen in place
        # Parses the site-chrome pass hands the main pass in this process's memory instead of
        # a pickle on disk (LocalExecutor at --jobs 1, where both passes run here): the round
        # trip was 4% of a text-heavy run. Bounded (PARSES_IN_MEMORY pages, each a few tens of
        # kB); the pages past it go through the batch's folder as before.
        self.parses_in_memory = False
        self._parses: dict[tuple[str, str], ParsedPage] = {}
        # Every rule pattern is compiled by now: the next run starts from them. (In `ingest
        # run` the worker is built after the output folder is locked, so the cache there is
        # written by its one writer.)
        save_startup_cache()
        _settle_memory()

    def _check_output(self, output: str) -> None:
        """Refuse to write into an output folder that was there and is gone: writing would
        make a new one, which another run could lock too. (One never seen is made.)"""
        if Path(output).is_dir():
            self._outputs.add(output)
        elif output in self._outputs:
            raise FileNotFoundError(errno.ENOENT, "the output folder was removed")

    @classmethod
    def from_rules_dir(cls, rules_dir: str) -> Worker:
        return cls(load_rules(rules_dir))

    @classmethod
    def shared(cls, rules_dir: str) -> Worker:
        """The process's worker for a rules folder, built on first use and kept while its
        rules (by digest) do not change. A pool forked after this call inherits it: the
        pipeline (compiled patterns, vocabulary automaton, language model) is built once for
        all workers instead of once in each."""
        rules = load_rules(rules_dir)
        key = (Path(rules_dir).resolve().as_posix(), rules.digest)
        worker = _built.get(key)
        if worker is None:
            _built.clear()
            worker = _built[key] = cls(rules)
        return worker

    def call(self, method: Method, task: FileTask) -> Result:
        return self.lines(task) if method == "lines" else self.run(task)

    def lines(self, task: FileTask) -> LinesResult:
        try:
            with time_limit(task.time_limit):
                source = load(Path(task.path), task.rel, task.offset)
                if source.media_type == "text/html":
                    # A quick scan (clean.LineScanner): the main pass reads an HTML page with
                    # the voter's text at hand, so a parse here could not be handed to it.
                    lines = chrome_candidates(self.pipeline.cleaner, source)
                    return LinesResult(task.rel, True, lines)
                parsed = self.pipeline.cleaner.parse(source)
                lines = chrome_candidates(self.pipeline.cleaner, source, parsed)
                if task.parsed and task.sha:
                    if self._parses and next(iter(self._parses))[0] != task.parsed:
                        self._parses.clear()  # an earlier batch's, never taken (it stopped)
                    if self.parses_in_memory and len(self._parses) < PARSES_IN_MEMORY:
                        self._parses[(task.parsed, task.sha)] = parsed
                    else:
                        _keep_parsed(Path(task.parsed), task.sha, parsed)
                return LinesResult(task.rel, True, lines)
        except Exception:  # the file fails again, with its reason, when it is processed
            return LinesResult(task.rel, False)

    def _take_parsed(self, task: FileTask) -> ParsedPage | None:
        """The parse the site-chrome pass left for this task's page, in memory or on disk."""
        if not task.parsed:
            return None
        kept = self._parses.pop((task.parsed, task.sha), None)
        return kept if kept is not None else _kept_parsed(Path(task.parsed), task.sha)

    def run(self, task: FileTask) -> FileResult:
        started = time.perf_counter()
        try:
            with time_limit(task.time_limit):
                source = load(Path(task.path), task.rel, task.offset)
                parsed = self._take_parsed(task)
                chrome = frozenset(task.chrome)
                processed = (
                    self.pipeline.process(source, chrome, parsed=parsed)
                    if parsed is not None
                    else self.pipeline.process(source, chrome)
                )
                text, entries, counts = render_record(processed, task)
                # Encoded here, so that a text no UTF-8 writer takes (a lone surrogate) is this
                # file's failure, not an error that stops the batch at the write.
                record_bytes, entries_bytes = text.encode("utf-8"), entries.encode("utf-8")
                kept_bytes = (
                    processed.cleaned.kept_text().encode("utf-8")
                    if task.text and processed.cleaned is not None
                    else None
                )
                warning = self._warning(
                    task.rel,
                    processed.cleaned,
                    source,
                    [entry[1] for entry in processed.record.references],
                )
        except Exception as err:  # one broken file never stops the batch
            reason = failure_reason(task.rel, err, task.time_limit)
            return FileResult(task.rel, False, reason, seconds=time.perf_counter() - started)
        try:
            self._check_output(task.output)
            write_atomic_bytes(record_path(Path(task.output), task.rel), record_bytes)
            write_atomic_bytes(entries_path(Path(task.output), task.rel), entries_bytes)
            if kept_bytes is not None:
                write_atomic_bytes(text_path(Path(task.output), task.rel), kept_bytes)
        except OSError as err:  # disk full, read-only, gone: a fault of the output, not the file
            detail = err.strerror or str(err) or type(err).__name__
            return FileResult(task.rel, False, detail, output_fault=True)
        return FileResult(
            task.rel,
            True,
            claims=len(processed.record.claims),
            removed=tuple(sorted(counts.items())),
            seconds=time.perf_counter() - started,
            warning=warning,
        )

    def _warning(
        self,
        rel: str,
        cleaned: CleanedPage | None,
        source: LoadedSource,
        references: Sequence[str] = (),
    ) -> PageWarning | None:
        """The page's warning, if any: text it may have lost in cleaning, or in decoding (bytes
        replaced, an uncertain guess of its encoding), or to reference entries; all in one
        reason where several hold."""
        kept = cleaned.kept_chars if cleaned is not None else 0
        visible = cleaned.visible_chars if cleaned is not None else 0
        cleaning = None
        if cleaned is not None:
            cleaning = page_warning(
                kept,
                visible,
                cleaned.removed,
                len(source.text),
                self.pipeline.rules.cleaning.warnings,
                self._code_rules,
            )
        decoding = f"decoding: {source.decoding_warning}" if source.decoding_warning else None
        as_references = reference_warning(kept, references, self.pipeline.rules.cleaning.warnings)
        reason = "; ".join(r for r in (decoding, cleaning, as_references) if r)
        if not reason:
            return None
        return PageWarning(path=rel, reason=reason, kept_chars=kept, visible_chars=visible)
