"""A batch: every file under the inputs → one record each, ``claims.jsonl`` and ``run.json``.

The steps are plain functions: :func:`discover` the inputs, decide which are unchanged since
the last run (same bytes, rules digest and version), run the rest through an executor, then
:func:`aggregate` the records on disk into ``claims.jsonl``. Records of unchanged inputs are not
rewritten, and ``claims.jsonl`` is always rebuilt from the records, so a fresh run and an
incremental one produce the same bytes.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import multiprocessing
import os
import shutil
import stat
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from fnmatch import fnmatchcase
from functools import lru_cache
from multiprocessing.connection import Connection
from pathlib import Path

from ingest import __version__
from ingest.clean import site_chrome_lines
from ingest.dedupe import ClaimEntry, CorpusBuilder, entry_from_line
from ingest.emit import (
    CACHE_DIR,
    CLAIMS_FILE,
    RUN_FILE,
    document_json,
    entries_path,
    record_path,
    remove_stale_temporaries,
    text_path,
    write_atomic,
    write_lines_atomic,
)
from ingest.errors import Errors, IngestError, OutputFault
from ingest.executors import check_executor, make_executor
from ingest.executors.base import Executor, FileResult, FileTask, LinesResult
from ingest.models import SCHEMA_VERSION, Failure, PageWarning, RunCounts, RunRecord
from ingest.outdir import check_count, check_writable_folder, mark_complete, mark_incomplete
from ingest.rules import Rules, load_rules, rule_file_digests, rules_name
from ingest.rules.models import NearDuplicateSettings
from ingest.rules.patterns import use_cache_folder
from ingest.warc import is_warc, members

__all__ = [
    "CACHE_DIR",
    "CLAIMS_FILE",
    "RUN_FILE",
    "Discovery",
    "InputFile",
    "Progress",
    "State",
    "aggregate",
    "aggregate_apart",
    "code_digest",
    "discover",
    "input_root",
    "run_batch",
    "selected",
    "sha256_file",
    "site_chrome",
]


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    rel: str
    offset: int = -1  # a WARC member: where its record starts in the archive at ``path``
    sha256: str = ""  # a WARC member: its payload's digest, known from reading the archive


@dataclass
class Discovery:
    files: list[InputFile] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def input_root(inputs: Sequence[Path]) -> Path:
    """The folder source paths are relative to: the one input folder, or the inputs' parent."""
    if len(inputs) == 1 and inputs[0].is_dir():
        return inputs[0]
    parents = [p if p.is_dir() else p.parent for p in inputs]
    return Path(os.path.commonpath([str(p) for p in parents]))


def selected(rel: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """Whether a file passes ``--include`` / ``--exclude``: shell globs matched against its
    path relative to the input root or its file name (``*.html`` and ``blog/*`` both work)."""
    name = rel.rsplit("/", 1)[-1]

    def hit(patterns: Sequence[str]) -> bool:
        return any(fnmatchcase(rel, p) or fnmatchcase(name, p) for p in patterns)

    return (not include or hit(include)) and not hit(exclude)


def discover(
    inputs: Sequence[Path],
    output: Path,
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    limit: int | None = None,
) -> Discovery:
    """Every regular, non-hidden file under the inputs, sorted by relative path.

    Paths are relative to the single input folder, or to the common parent of several inputs.
    A symlink that leads outside its input folder is reported, not followed. ``include`` /
    ``exclude`` globs select files; ``limit`` keeps the first N of them in sorted order.
    """
    resolved = []
    for item in inputs:
        if not item.exists():
            raise IngestError(Errors.E001, path=item)
        resolved.append(item.resolve())
    out = output.resolve()
    for item in resolved:
        if item.is_dir() and (out == item or item in out.parents):
            raise IngestError(Errors.E009, path=output)
    root = input_root(resolved)
    found = Discovery()
    seen: set[str] = set()
    for item in resolved:
        if not item.is_file() and not item.is_dir():  # a named pipe, a socket, a device
            rel = item.relative_to(root).as_posix() if item.is_relative_to(root) else item.name
            _not_regular(item, rel, found)
            continue
        candidates = [item] if item.is_file() else _walk(item, found)
        for path in candidates:
            rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
            if rel not in seen:
                seen.add(rel)
                found.files.append(InputFile(path, rel))
    found.files = sorted(
        (f for f in found.files if selected(f.rel, include, exclude)), key=lambda f: f.rel
    )
    found.files = list(_archive_members(found))
    if limit is not None:
        found.files = found.files[:limit]
    return found


def _archive_members(found: Discovery) -> Iterator[InputFile]:
    """The files, with each WARC archive replaced by its HTML and text response records; an
    archive that cannot be read is a failure like any unreadable file."""
    for item in found.files:
        if not is_warc(item.rel):
            yield item
            continue
        try:
            inside = members(item.path, item.rel)
        except IngestError as err:
            found.failures.append(Failure(path=item.rel, reason=str(err)))
            continue
        for member in inside:
            rel = f"{item.rel}#{member.record_id}"
            yield InputFile(item.path, rel, member.offset, member.sha256)


def _walk(folder: Path, found: Discovery) -> Iterator[Path]:
    def unreadable(err: OSError) -> None:  # os.walk's report of a folder it cannot list
        where = Path(err.filename) if err.filename else folder
        inside = where != folder and where.is_relative_to(folder)
        rel = where.relative_to(folder).as_posix() if inside else str(where)
        reason = IngestError(Errors.E018, path=rel, detail=err.strerror or str(err))
        found.failures.append(Failure(path=rel, reason=str(reason)))

    for directory, subdirs, files in os.walk(folder, onerror=unreadable, followlinks=False):
        base = Path(directory)
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in subdirs:  # os.walk lists linked folders here but never enters them
            if (base / name).is_symlink():
                _check_link(base / name, folder, found)
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = base / name
            if path.is_symlink() and not _check_link(path, folder, found):
                continue
            if path.is_file():
                yield path
            else:  # never opened: reading a named pipe would wait for a writer forever
                _not_regular(path, path.relative_to(folder).as_posix(), found)


_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"))


def _not_regular(path: Path, rel: str, found: Discovery) -> None:
    """Report what is neither a regular file nor a folder; one that vanished since it was
    listed is nothing to read."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    kind = next((name for test, name in _KINDS if test(mode)), "a device or special file")
    reason = IngestError(Errors.E033, path=rel, kind=kind)
    found.failures.append(Failure(path=rel, reason=str(reason)))


def _check_link(path: Path, folder: Path, found: Discovery) -> bool:
    """Whether a symlink may be followed: one that loops or leaves the input folder is
    reported as that path's failure. A linked folder inside the input is never followed (its
    files are listed under their own path) and needs no report."""
    rel = path.relative_to(folder).as_posix()
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as err:  # RuntimeError: a loop, before Python 3.13
        if isinstance(err, RuntimeError) or getattr(err, "errno", None) == errno.ELOOP:
            reason = IngestError(Errors.E019, path=rel)
        else:  # dangling: reported too, as a page the user may think is read
            reason = IngestError(Errors.E032, path=rel, target=_link_target(path))
        found.failures.append(Failure(path=rel, reason=str(reason)))
        return False
    if not target.is_relative_to(folder):
        reason = IngestError(Errors.E010, path=rel, target=target)
        found.failures.append(Failure(path=rel, reason=str(reason)))
        return False
    return True


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError as err:
        return f"? ({err.strerror})"


def hash_inputs(found: Discovery) -> dict[str, str]:
    """The sha256 of every input; an input that cannot be read becomes that file's failure
    (and leaves ``found.files``), never an error of the batch."""
    hashes: dict[str, str] = {}
    readable: list[InputFile] = []
    for item in found.files:
        try:
            hashes[item.rel] = item.sha256 or sha256_file(item.path)
        except OSError as err:
            reason = IngestError(Errors.E006, path=item.rel, detail=err.strerror or str(err))
            found.failures.append(Failure(path=item.rel, reason=str(reason)))
        else:
            readable.append(item)
    found.files[:] = readable
    return hashes


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def inside_output(output: Path, rel: object) -> bool:
    """Whether the record of source path ``rel`` lies inside the output folder: a relative
    '/'-separated path with no ``..``, whose record does not lead out through a symlink."""
    if not isinstance(rel, str) or not rel or "\0" in rel:
        return False
    parts = rel.split("/")
    if rel.startswith("/") or ".." in parts or Path(rel).is_absolute():
        return False
    root = output.resolve()
    return record_path(root, rel).resolve().is_relative_to(root)


LOCK_FILE = "lock"
# The start-up cache of `ingest run` (rules/patterns.py cache_folder), under CACHE_DIR.
STARTUP_DIR = "startup"


class OutputLock:
    """One writer per output folder: an exclusive ``flock`` on ``.ingest-cache/lock``, held
    for the run (the kernel drops it when the process ends, however it ends). A second run
    on the folder refuses in one line, or with ``wait`` waits for the first to finish."""

    def __init__(self, output: Path, wait: bool = False) -> None:
        import fcntl

        path = self._path = output / CACHE_DIR / LOCK_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        self._stream = path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(self._stream, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                self._stream.seek(0)
                holder = self._stream.read().strip() or "unknown"
                self._stream.close()
                raise IngestError(Errors.E020, path=output, pid=holder) from None
            fcntl.flock(self._stream, fcntl.LOCK_EX)
        self._stream.seek(0)
        self._stream.truncate()
        self._stream.write(f"{os.getpid()}\n")
        self._stream.flush()

    def check(self) -> None:
        """Raise :class:`OutputFault` when the output folder is no longer the one locked: it
        was removed or replaced while the run went on (the lock file now is another file, or
        none), so records would go into a folder another run could lock too."""
        try:
            held = os.fstat(self._stream.fileno())
            found = os.stat(self._path)
        except OSError:
            found = None
        if found is None or (found.st_dev, found.st_ino) != (held.st_dev, held.st_ino):
            raise OutputFault(self._path.parent.parent, "the folder was removed or replaced")

    def release(self) -> None:
        self._stream.close()  # closing the last descriptor releases the lock


def _previous_run(output: Path) -> dict[str, object]:
    try:
        data = json.loads((output / RUN_FILE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


class State:
    """What the records in an output folder were made from, kept between runs.

    One line per record written: its source path, the sha256 of the source's bytes and the
    setup key (version, code digest, schema, rules digest, site chrome). A record is unchanged
    when both still match, so an interrupted run resumes where it stopped, and a record made
    under another setup is never mistaken for current. Lines are appended as records are written and
    the file is rewritten compactly at the end of a run.
    """

    def __init__(self, output: Path) -> None:
        self.path = output / CACHE_DIR / "state.jsonl"
        self.entries: dict[str, tuple[str, str]] = {}
        self.warnings: dict[str, PageWarning] = {}  # of the records listed, kept across runs
        self.corpus_key = ""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        for line in lines:
            try:
                item = json.loads(line)
            except ValueError:
                continue  # a line cut short by a crash
            if "rel" in item and not inside_output(output, item["rel"]):
                continue  # never trusted: its record would be deleted outside the output
            if "corpus" in item:
                self.corpus_key = item["corpus"]
            elif item.get("sha") is None:
                self.entries.pop(item["rel"], None)
                self.warnings.pop(item["rel"], None)
            else:
                self.entries[item["rel"]] = (item["sha"], item["setup"])
                self.warnings.pop(item["rel"], None)
                if item.get("warning"):
                    self.warnings[item["rel"]] = PageWarning.model_validate(item["warning"])

    def unchanged(
        self, output: Path, rel: str, sha: str, setup: str, *, text: bool = False
    ) -> bool:
        return (
            self.entries.get(rel) == (sha, setup)
            and record_path(output, rel).exists()
            and (not text or text_path(output, rel).exists())
        )

    def mark(
        self, rel: str, sha: str | None, setup: str = "", warning: PageWarning | None = None
    ) -> None:
        self.warnings.pop(rel, None)
        if sha is None:
            self.entries.pop(rel, None)
        else:
            self.entries[rel] = (sha, setup)
            if warning is not None:
                self.warnings[rel] = warning
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(self._line(rel, sha, setup)) + "\n")

    def _line(self, rel: str, sha: str | None, setup: str) -> dict[str, object]:
        line: dict[str, object] = {"rel": rel, "sha": sha, "setup": setup}
        if rel in self.warnings:
            line["warning"] = self.warnings[rel].model_dump(mode="json")
        return line

    def save(self, corpus_key: str) -> None:
        self.corpus_key = corpus_key
        lines = [
            json.dumps(self._line(rel, sha, setup))
            for rel, (sha, setup) in sorted(self.entries.items())
        ]
        lines.append(json.dumps({"corpus": corpus_key}))
        write_atomic(self.path, "\n".join(lines) + "\n")


def aggregate(
    output: Path,
    rels: Sequence[str],
    near: NearDuplicateSettings,
    made: dict[str, tuple[str, str]] | None = None,
) -> tuple[int, int, Counter[str]]:
    """Rebuild claims.jsonl from the records of ``rels``, one record in memory at a time.

    A record whose claim entries (emit.entries_path, written by the worker beside it) say
    they were made from the input and setup ``made`` lists for it is read from them: a few
    lines per claim, with the wording and signature the near-duplicate index needs already
    computed. Any other record (entries missing, or from an earlier run of other inputs) is
    parsed as before. The claims' JSON waits in a spill file, not in memory.
    """
    spill = output / CACHE_DIR / _spill_name(os.getpid())
    spill.parent.mkdir(parents=True, exist_ok=True)
    builder = CorpusBuilder(near, spill)
    removed: Counter[str] = Counter()
    total = 0
    try:
        for rel in sorted(rels):
            entries = _read_entries(output, rel, (made or {}).get(rel))
            if entries is not None:
                count, reasons, items = entries
                total += count
                removed.update(reasons)
                builder.add_entries(rel, items)
                continue
            path = record_path(output, rel)
            if not path.exists():
                continue
            data = json.loads(path.read_text(encoding="utf-8"))
            claims = data.get("claims", [])
            total += sum(1 + len(c.get("duplicates", ())) for c in claims)
            removed.update(item["reason"] for item in data.get("removed", []))
            builder.add_document(rel, claims)
        write_lines_atomic(output / CLAIMS_FILE, builder.lines())
    finally:
        builder.close()
    return total, builder.distinct, removed


def aggregate_apart(
    output: Path,
    rels: Sequence[str],
    near: NearDuplicateSettings,
    made: dict[str, tuple[str, str]] | None = None,
) -> tuple[int, int, Counter[str]]:
    """:func:`aggregate` in a process of its own, forked for it, where the platform forks.

    The corpus step holds every distinct claim's wording and signature (the near-duplicate
    index) and every occurrence until claims.jsonl is written: memory that grows with the
    corpus. In a child that exits when the step is done, the batch's own process stays the
    size it had before, however large the corpus. A child that fails or dies stops the batch
    with one line (E061); an error of the output (disk full) is the output's fault, as in the
    batch's process."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return aggregate(output, rels, near, made)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=_aggregate_child,
        args=(send, os.getpid(), output, rels, near, made),
        name="ingest-claims-jsonl",
    )
    child.start()
    send.close()
    try:
        try:
            outcome = receive.recv()
        except EOFError:  # died before it could say (killed, out of memory)
            child.join()
            _remove_left_by(output, child.pid)
            detail = f"its process ended with exit code {child.exitcode}"
            raise IngestError(Errors.E061, path=output, detail=detail) from None
        child.join()
    finally:
        receive.close()
        if child.is_alive():  # interrupted here (Ctrl-C): the step stops with the batch
            child.kill()
            child.join()
    kind, value = outcome
    if kind == "ok":
        claims, distinct, removed = value
        return int(claims), int(distinct), Counter(removed)
    if kind == "oserror":
        number, message, filename = value
        raise OSError(number, message, filename)
    raise IngestError(Errors.E061, path=output, detail=str(value))


def _remove_left_by(output: Path, pid: int | None) -> None:
    """What a corpus step killed mid-write leaves (no chance to clean up after a SIGKILL): its
    spill file and claims.jsonl's temporary. claims.jsonl itself is replaced only whole."""
    if pid is not None:
        (output / CACHE_DIR / _spill_name(pid)).unlink(missing_ok=True)
    for temporary in output.glob(f".{CLAIMS_FILE}.*.tmp"):
        temporary.unlink(missing_ok=True)


def _spill_name(pid: int) -> str:
    return f"claims-{pid}.spill"


def _aggregate_child(
    send: Connection,
    parent: int,
    output: Path,
    rels: Sequence[str],
    near: NearDuplicateSettings,
    made: dict[str, tuple[str, str]] | None,
) -> None:
    """The forked corpus step: its outcome goes back as plain data (exceptions of this
    package do not pickle back as themselves)."""
    from ingest.executors.local import die_with_parent

    die_with_parent(parent)  # never an orphan writing into the output
    try:
        claims, distinct, removed = aggregate(output, rels, near, made)
        send.send(("ok", (claims, distinct, dict(removed))))
    except OSError as err:
        send.send(("oserror", (err.errno, err.strerror or str(err), err.filename)))
    except BaseException as err:  # reported to the batch, which stops on it
        send.send(("error", f"{type(err).__name__}: {err}"))
    finally:
        send.close()


def _read_entries(
    output: Path, rel: str, made: tuple[str, str] | None
) -> tuple[int, Counter[str], list[ClaimEntry]] | None:
    """A record's claim entries, when they belong to the record made from ``made`` (sha,
    setup); None when they are missing, cut short or of another input."""
    if made is None or not made[0] or not made[1]:
        return None
    try:
        # split at "\n" only: JSON written with ensure_ascii=False keeps U+2028 and the like raw
        lines = entries_path(output, rel).read_text(encoding="utf-8").rstrip("\n").split("\n")
        header = json.loads(lines[0])
        if (header.get("sha"), header.get("setup")) != made:
            return None
        items = [entry_from_line(line) for line in lines[1:]]
        reasons = Counter({str(k): int(v) for k, v in header["removed"].items()})
        return int(header["claims"]), reasons, items
    except (OSError, ValueError, IndexError, KeyError, TypeError, AttributeError):
        return None


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of the package's own source files. Part of the setup key beside the version, so
    a record made by other code (an edited checkout, a development install whose version did
    not change) is never taken as current."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for file in sorted(package.rglob("*.py"), key=lambda p: p.relative_to(package).as_posix()):
        digest.update(file.relative_to(package).as_posix().encode())
        digest.update(b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def site_chrome(
    files: Sequence[InputFile],
    hashes: dict[str, str],
    output: Path,
    rules: Rules,
    executor: Executor,
    time_limit: float,
    parsed: str = "",
) -> frozenset[str]:
    """The short lines that recur on many distinct pages of the batch (menus, footers).

    Each page's candidate lines are cached in the output folder under its sha256 and the rules
    digest, so an unchanged corpus is not parsed again to find them.
    """
    settings = rules.cleaning.site_chrome
    distinct = {hashes[f.rel]: f for f in files}
    if not settings.enabled or len(distinct) < settings.min_documents:
        return frozenset()
    cache = output / CACHE_DIR / f"lines-{_digest(rules.digest, code_digest())}"
    missing: list[FileTask] = []
    cached: list[Path] = []
    for sha, item in sorted(distinct.items()):
        path = cache / f"{sha}.txt"
        if path.exists():
            cached.append(path)
        else:
            missing.append(
                FileTask(
                    str(item.path),
                    item.rel,
                    str(output),
                    time_limit=time_limit,
                    offset=item.offset,
                    sha=sha,
                    parsed=parsed,
                )
            )
    by_rel = {f.rel: hashes[f.rel] for f in files}

    def pages() -> Iterator[tuple[str, ...]]:
        """Each distinct page's lines, once, as they are read or found: only their counts are
        kept (holding every page's lines made the batch process grow with the corpus)."""
        for path in cached:
            yield tuple(path.read_text(encoding="utf-8").splitlines())
        for result in executor.map("lines", missing):
            assert isinstance(result, LinesResult)
            if result.ok:
                sha = by_rel[result.rel]
                write_atomic(cache / f"{sha}.txt", "".join(f"{line}\n" for line in result.lines))
                yield result.lines

    found = site_chrome_lines(pages(), settings.min_documents, settings.min_share)
    for stale in (output / CACHE_DIR).glob("lines-*"):
        if stale != cache:
            shutil.rmtree(stale, ignore_errors=True)
    return found


@dataclass
class Progress:
    """What a batch reports as it goes, for a progress bar: files done, claims, failures.

    ``total`` is every document found, known before any work; unchanged ones count as done as
    soon as they are recognised. ``last`` is the file just finished (empty in the first report)
    with its claims or failure reason, for a verbose listing.
    """

    total: int = 0
    done: int = 0
    claims: int = 0
    failed: int = 0
    last: str = ""
    last_claims: int = 0
    last_reason: str = ""


@dataclass
class _SoFar:
    """What a batch has done, for the run.json of a batch its output stopped."""

    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    rules_digest: str = ""
    writing: bool = False  # past reading the inputs: an OSError now is the output's
    wait: bool = False  # for the output's lock
    lock: OutputLock | None = None
    seen: int = 0
    failures: list[Failure] = field(default_factory=list)
    processed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def run_batch(
    inputs: Sequence[Path],
    output: Path,
    rules_dir: Path,
    *,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    force: bool = False,
    time_limit: float = 300.0,
    progress: Callable[[Progress], None] | None = None,
    wait: bool = False,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    limit: int | None = None,
    text: bool = False,
) -> RunRecord:
    """Process every input that changed since the last run; rebuild claims.jsonl; run.json.

    The output folder is locked for the run (:class:`OutputLock`): a second run on it refuses,
    or with ``wait`` waits.

    A fault of the output folder (disk full, read-only, removed) stops the batch with one
    :class:`OutputFault`; run.json is written where it still can be, listing it.
    """
    so_far = _SoFar(wait=wait)
    try:
        try:
            return _run_batch(
                inputs,
                output,
                rules_dir,
                so_far,
                jobs,
                executor,
                scheduler,
                force,
                time_limit,
                progress,
                include,
                exclude,
                limit,
                text,
            )
        except OutputFault as err:
            fault = err
        except OSError as err:
            if not so_far.writing:
                raise
            fault = OutputFault(output, err.strerror or str(err))
        _write_stopped_run(output, inputs, jobs, executor, so_far, fault)
        raise fault
    finally:
        use_cache_folder(None)  # a later command in this process chooses its own
        if so_far.lock is not None:
            so_far.lock.release()


def _write_stopped_run(
    output: Path,
    inputs: Sequence[Path],
    jobs: int,
    executor: str,
    so_far: _SoFar,
    fault: OutputFault,
) -> None:
    """run.json of a batch its output stopped, if the output still takes it: the failures so
    far and the fault itself, listed under the output folder's path."""
    failures = [*so_far.failures, Failure(path=str(output), reason=str(fault))]
    record = RunRecord(
        version=__version__,
        rules_digest=so_far.rules_digest,
        site_chrome_digest="",
        site_chrome_lines=0,
        started=so_far.started.isoformat(timespec="seconds"),
        finished=datetime.now(UTC).isoformat(timespec="seconds"),
        inputs=tuple(str(p) for p in inputs),
        jobs=jobs,
        executor=executor,
        counts=RunCounts(
            seen=so_far.seen,
            processed=len(so_far.processed),
            unchanged=len(so_far.unchanged),
            failed=len(failures),
        ),
        failures=tuple(sorted(failures, key=lambda f: f.path)),
        claims=0,
        claims_distinct=0,
        removed={},
        timings={},
    )
    if not output.is_dir():  # removed: writing would make a new folder holding run.json alone
        return
    with contextlib.suppress(OSError):  # the output may take no more at all
        write_atomic(output / RUN_FILE, document_json(record))


def _run_batch(
    inputs: Sequence[Path],
    output: Path,
    rules_dir: Path,
    so_far: _SoFar,
    jobs: int,
    executor: str,
    scheduler: str | None,
    force: bool,
    time_limit: float,
    progress: Callable[[Progress], None] | None,
    include: Sequence[str],
    exclude: Sequence[str],
    limit: int | None,
    text: bool,
) -> RunRecord:
    """What a user can get wrong is checked before any work; the folder is marked incomplete
    (after taking its lock) before anything in it changes, and complete once claims.jsonl and
    run.json agree with the records."""
    clock = time.perf_counter()
    check_count("--jobs", jobs)
    check_count("--time-limit", time_limit, zero_ok=True)
    if limit is not None:
        check_count("--limit", limit)
    check_executor(executor)
    check_writable_folder(output)
    # The start-up cache (compiled rule patterns, the guard's verdict) lives in the output
    # folder: a run writes nothing outside it. Read as the rules load; written by the worker
    # built after the lock is taken (executors/base.py). INGEST_CACHE_DIR overrides it.
    use_cache_folder(output / CACHE_DIR / STARTUP_DIR)
    rules = load_rules(rules_dir)
    found = discover(inputs, output, include=include, exclude=exclude, limit=limit)
    status = Progress(total=len(found.files))
    if progress is not None:
        progress(status)
    so_far.writing = True  # the lock is the first write into the output
    so_far.lock = OutputLock(output, so_far.wait)
    mark_incomplete(output, inputs)
    remove_stale_temporaries(output)  # of a run killed mid-write: no partial file stays
    for stale in (output / CACHE_DIR).glob("parsed-*"):  # parses a killed run left
        _remove_flat_folder(stale)
    for stale in (output / CACHE_DIR).glob("claims-*.spill"):
        stale.unlink(missing_ok=True)
    hashes = hash_inputs(found)
    discovered = time.perf_counter()
    state = State(output)
    so_far.failures = list(found.failures)
    so_far.rules_digest = rules.digest
    so_far.seen = len(found.files) + len(found.failures)

    # Local workers share this machine's disk: the site-chrome pass leaves each text page's
    # parse in a private folder of the batch, and the main pass starts from it (parsing was a
    # tenth of a text page's time, paid twice). Removed when the batch ends, however it ends.
    parsed = ""
    if executor == "local":
        (output / CACHE_DIR).mkdir(parents=True, exist_ok=True)
        parsed = tempfile.mkdtemp(prefix="parsed-", dir=output / CACHE_DIR)
    try:
        return _process(
            inputs, output, rules, so_far, jobs, executor, scheduler, force, time_limit,
            progress, text, found, status, hashes, discovered, state, clock, parsed,
        )  # fmt: skip
    finally:
        if parsed:
            _remove_flat_folder(Path(parsed))


def _remove_flat_folder(folder: Path) -> None:
    """Remove a folder of plain files (the parsed pages), whatever is left in it."""
    with contextlib.suppress(OSError):
        for item in folder.iterdir():
            item.unlink(missing_ok=True)
        folder.rmdir()


def _process(
    inputs: Sequence[Path],
    output: Path,
    rules: Rules,
    so_far: _SoFar,
    jobs: int,
    executor: str,
    scheduler: str | None,
    force: bool,
    time_limit: float,
    progress: Callable[[Progress], None] | None,
    text: bool,
    found: Discovery,
    status: Progress,
    hashes: dict[str, str],
    discovered: float,
    state: State,
    clock: float,
    parsed: str,
) -> RunRecord:
    started_at = so_far.started
    failures = so_far.failures
    processed = so_far.processed
    unchanged = so_far.unchanged
    lock = so_far.lock
    assert lock is not None  # taken by _run_batch before anything in the output changed
    with make_executor(executor, str(rules.path.resolve()), jobs, scheduler) as pool:
        chrome = site_chrome(found.files, hashes, output, rules, pool, time_limit, parsed)
        chrome_digest = _digest(*sorted(chrome))
        chromed = time.perf_counter()
        setup = _digest(__version__, code_digest(), SCHEMA_VERSION, rules.digest, chrome_digest)

        current = {item.rel for item in found.files}
        for rel in sorted(set(state.entries) - current):  # inputs that are gone
            if inside_output(output, rel):
                record_path(output, rel).unlink(missing_ok=True)
                text_path(output, rel).unlink(missing_ok=True)
                entries_path(output, rel).unlink(missing_ok=True)
            state.mark(rel, None)

        tasks: list[FileTask] = []
        chrome_lines = tuple(sorted(chrome))
        for item in found.files:
            if not force and state.unchanged(output, item.rel, hashes[item.rel], setup, text=text):
                unchanged.append(item.rel)
            else:
                tasks.append(
                    FileTask(
                        str(item.path),
                        item.rel,
                        str(output),
                        chrome_lines,
                        time_limit,
                        item.offset,
                        text,
                        hashes[item.rel],
                        setup,
                        parsed,
                    )
                )
        status.done = len(unchanged)
        if progress is not None:
            progress(status)
        for result in pool.map("run", tasks):
            assert isinstance(result, FileResult)
            if result.output_fault:
                raise OutputFault(output, result.reason)
            lock.check()
            status.done += 1
            status.last, status.last_claims, status.last_reason = (
                result.rel,
                result.claims,
                result.reason,
            )
            if result.ok:
                processed.append(result.rel)
                status.claims += result.claims
                state.mark(result.rel, hashes[result.rel], setup, result.warning)
            else:
                failures.append(Failure(path=result.rel, reason=result.reason))
                status.failed += 1
                record_path(output, result.rel).unlink(missing_ok=True)
                text_path(output, result.rel).unlink(missing_ok=True)
                entries_path(output, result.rel).unlink(missing_ok=True)
                state.mark(result.rel, None)
            if progress is not None:
                progress(status)
    worked = time.perf_counter()

    ok = sorted(set(processed) | set(unchanged))
    corpus_key = _digest(setup, *(f"{rel}:{hashes[rel]}" for rel in ok))
    previous = _previous_run(output)
    if (
        not force
        and not processed
        and corpus_key == state.corpus_key
        and (output / CLAIMS_FILE).exists()
        and previous
    ):
        # Nothing was processed and nothing changed since claims.jsonl was written: it is what
        # the records make.
        claims = int(str(previous.get("claims", 0)))
        distinct = int(str(previous.get("claims_distinct", 0)))
        counts = previous.get("removed", {})
        removed = (
            Counter({str(k): int(v) for k, v in counts.items()})
            if isinstance(counts, dict)
            else Counter()
        )
    else:
        made = {rel: state.entries[rel] for rel in ok if rel in state.entries}
        try:
            claims, distinct, removed = aggregate_apart(
                output, ok, rules.claims.near_duplicates, made
            )
        except IngestError:
            # The records are complete; no corpus key, so that the next run rebuilds
            # claims.jsonl whatever it finds changed.
            lock.check()
            state.save("")
            raise
    lock.check()
    state.save(corpus_key)
    failures.sort(key=lambda f: f.path)
    warnings = tuple(state.warnings[rel] for rel in ok if rel in state.warnings)
    record = RunRecord(
        schema_version=SCHEMA_VERSION,
        version=__version__,
        rules_digest=rules.digest,
        site_chrome_digest=chrome_digest,
        site_chrome_lines=len(chrome),
        started=started_at.isoformat(timespec="seconds"),
        finished=datetime.now(UTC).isoformat(timespec="seconds"),
        inputs=tuple(str(p) for p in inputs),
        jobs=jobs,
        executor=executor,
        counts=RunCounts(
            seen=len(found.files) + len(found.failures),
            processed=len(processed),
            unchanged=len(unchanged),
            failed=len(failures),
        ),
        failures=tuple(failures),
        claims=claims,
        claims_distinct=distinct,
        removed=dict(sorted(removed.items())),
        timings={
            "discover": round(discovered - clock, 3),
            "site_chrome": round(chromed - discovered, 3),
            "process": round(worked - chromed, 3),
            "aggregate": round(time.perf_counter() - worked, 3),
            "total": round(time.perf_counter() - clock, 3),
        },
        rule_files=rule_file_digests(rules.path),
        rules=rules_name(rules.path),
        warnings=warnings,
    )
    write_atomic(output / RUN_FILE, document_json(record))
    mark_complete(output)
    return record
