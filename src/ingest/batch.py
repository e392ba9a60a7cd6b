"""A batch: every file under the inputs → one record each, ``claims.jsonl`` and ``run.json``.

The steps are plain functions: :func:`discover` the inputs, decide which are unchanged since
the last run (same bytes, rules digest and version), run the rest through an executor, then
:func:`aggregate` the records on disk into ``claims.jsonl``. Records of unchanged inputs are not
rewritten, and ``claims.jsonl`` is always rebuilt from the records, so a fresh run and an
incremental one produce the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from ingest import __version__
from ingest.clean import site_chrome_lines
from ingest.dedupe import CorpusBuilder
from ingest.emit import document_json, record_path, text_path, write_atomic, write_lines_atomic
from ingest.errors import Errors, IngestError
from ingest.executors import make_executor
from ingest.executors.base import Executor, FileResult, FileTask, LinesResult
from ingest.models import SCHEMA_VERSION, Failure, PageWarning, RunCounts, RunRecord
from ingest.rules import Rules, load_rules
from ingest.rules.models import NearDuplicateSettings

RUN_FILE = "run.json"
CLAIMS_FILE = "claims.jsonl"
CACHE_DIR = ".ingest-cache"


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    rel: str


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


def discover(inputs: Sequence[Path], output: Path) -> Discovery:
    """Every regular, non-hidden file under the inputs, sorted by relative path.

    Paths are relative to the single input folder, or to the common parent of several inputs.
    A symlink that leads outside its input folder is reported, not followed.
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
        candidates = [item] if item.is_file() else _walk(item, found)
        for path in candidates:
            rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
            if rel not in seen:
                seen.add(rel)
                found.files.append(InputFile(path, rel))
    found.files.sort(key=lambda f: f.rel)
    return found


def _walk(folder: Path, found: Discovery) -> Iterator[Path]:
    for directory, subdirs, files in os.walk(folder, followlinks=False):
        base = Path(directory)
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = base / name
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(folder):
                    rel = path.relative_to(folder).as_posix()
                    reason = IngestError(Errors.E010, path=rel, target=target)
                    found.failures.append(Failure(path=rel, reason=str(reason)))
                    continue
            if path.is_file():
                yield path


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


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
    output: Path, rels: Sequence[str], near: NearDuplicateSettings
) -> tuple[int, int, Counter[str]]:
    """Rebuild claims.jsonl from the records of ``rels``, one record in memory at a time."""
    builder = CorpusBuilder(near)
    removed: Counter[str] = Counter()
    total = 0
    for rel in sorted(rels):
        path = record_path(output, rel)
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        claims = data.get("claims", [])
        total += sum(1 + len(c.get("duplicates", ())) for c in claims)
        removed.update(item["reason"] for item in data.get("removed", []))
        builder.add_document(rel, claims)
    write_lines_atomic(output / CLAIMS_FILE, builder.lines())
    return total, builder.distinct, removed


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
    pages: dict[str, tuple[str, ...]] = {}
    missing: list[FileTask] = []
    for sha, item in sorted(distinct.items()):
        cached = cache / f"{sha}.txt"
        if cached.exists():
            pages[sha] = tuple(cached.read_text(encoding="utf-8").splitlines())
        else:
            missing.append(FileTask(str(item.path), item.rel, str(output), time_limit=time_limit))
    by_rel = {f.rel: hashes[f.rel] for f in files}
    for result in executor.map("lines", missing):
        assert isinstance(result, LinesResult)
        if result.ok:
            sha = by_rel[result.rel]
            pages[sha] = result.lines
            write_atomic(cache / f"{sha}.txt", "".join(f"{line}\n" for line in result.lines))
    for stale in (output / CACHE_DIR).glob("lines-*"):
        if stale != cache:
            shutil.rmtree(stale, ignore_errors=True)
    return site_chrome_lines(list(pages.values()), settings.min_documents, settings.min_share)


@dataclass
class Progress:
    """What a batch reports as it goes, for a progress bar: files done, claims, failures."""

    total: int = 0
    done: int = 0
    claims: int = 0
    failed: int = 0


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
    text: bool = False,
) -> RunRecord:
    """Process every input that changed since the last run; rebuild claims.jsonl; run.json."""
    started_at = datetime.now(UTC)
    clock = time.perf_counter()
    rules = load_rules(rules_dir)
    found = discover(inputs, output)
    hashes = {item.rel: sha256_file(item.path) for item in found.files}
    discovered = time.perf_counter()
    state = State(output)
    failures = list(found.failures)
    processed: list[str] = []
    unchanged: list[str] = []

    with make_executor(executor, str(rules.path.resolve()), jobs, scheduler) as pool:
        chrome = site_chrome(found.files, hashes, output, rules, pool, time_limit)
        chrome_digest = _digest(*sorted(chrome))
        chromed = time.perf_counter()
        setup = _digest(__version__, code_digest(), SCHEMA_VERSION, rules.digest, chrome_digest)

        current = {item.rel for item in found.files}
        for rel in sorted(set(state.entries) - current):  # inputs that are gone
            record_path(output, rel).unlink(missing_ok=True)
            text_path(output, rel).unlink(missing_ok=True)
            state.mark(rel, None)

        tasks: list[FileTask] = []
        chrome_lines = tuple(sorted(chrome))
        for item in found.files:
            if not force and state.unchanged(output, item.rel, hashes[item.rel], setup, text=text):
                unchanged.append(item.rel)
            else:
                tasks.append(
                    FileTask(str(item.path), item.rel, str(output), chrome_lines, time_limit, text)
                )
        status = Progress(total=len(tasks))
        for result in pool.map("run", tasks):
            assert isinstance(result, FileResult)
            status.done += 1
            if result.ok:
                processed.append(result.rel)
                status.claims += result.claims
                state.mark(result.rel, hashes[result.rel], setup, result.warning)
            else:
                failures.append(Failure(path=result.rel, reason=result.reason))
                status.failed += 1
                record_path(output, result.rel).unlink(missing_ok=True)
                text_path(output, result.rel).unlink(missing_ok=True)
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
        claims, distinct, removed = aggregate(output, ok, rules.claims.near_duplicates)
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
        warnings=warnings,
    )
    write_atomic(output / RUN_FILE, document_json(record))
    return record
