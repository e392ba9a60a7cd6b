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
from pathlib import Path

from ingest import __version__
from ingest.clean import site_chrome_lines
from ingest.dedupe import corpus_claims
from ingest.emit import document_json, jsonl_line, record_path, write_atomic, write_lines_atomic
from ingest.errors import Errors, IngestError
from ingest.executors.base import FileResult, FileTask, LinesResult
from ingest.executors.local import LocalExecutor
from ingest.models import SCHEMA_VERSION, Claim, Failure, RunCounts, RunRecord
from ingest.rules import Rules, load_rules
from ingest.rules.models import NearDuplicateSettings

RUN_FILE = "run.json"
CLAIMS_FILE = "claims.jsonl"


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


def _record_sha(path: Path) -> str | None:
    """The sha256 a previous record was made from, read without parsing the whole record."""
    try:
        with path.open(encoding="utf-8") as stream:
            head = stream.read(4096)
    except OSError:
        return None
    marker = '"sha256": "'
    at = head.find(marker)
    if at < 0:
        return None
    return head[at + len(marker) : at + len(marker) + 64]


def aggregate(
    output: Path, rels: Sequence[str], near: NearDuplicateSettings
) -> tuple[int, int, Counter[str]]:
    """Rebuild claims.jsonl from the records of ``rels``; return claim counts and removals."""
    documents: list[tuple[str, list[Claim]]] = []
    removed: Counter[str] = Counter()
    total = 0
    for rel in rels:
        path = record_path(output, rel)
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        claims = [Claim.model_validate(c) for c in data.get("claims", [])]
        total += sum(1 + len(c.duplicates) for c in claims)
        removed.update(item["reason"] for item in data.get("removed", []))
        documents.append((rel, claims))
    records = corpus_claims(documents, near)
    write_lines_atomic(output / CLAIMS_FILE, (jsonl_line(r) for r in records))
    return total, len(records), removed


CACHE_DIR = ".ingest-cache"


def _chrome_digest(chrome: frozenset[str]) -> str:
    return hashlib.sha256("\n".join(sorted(chrome)).encode()).hexdigest()[:16]


def site_chrome(
    files: Sequence[InputFile],
    hashes: dict[str, str],
    output: Path,
    rules: Rules,
    executor: LocalExecutor,
) -> frozenset[str]:
    """The short lines that recur on many distinct pages of the batch (menus, footers).

    Each page's candidate lines are cached in the output folder under its sha256 and the rules
    digest, so an unchanged corpus is not parsed again to find them.
    """
    settings = rules.cleaning.site_chrome
    distinct = {hashes[f.rel]: f for f in files}
    if not settings.enabled or len(distinct) < settings.min_documents:
        return frozenset()
    cache = output / CACHE_DIR / f"lines-{rules.digest}"
    pages: dict[str, tuple[str, ...]] = {}
    missing: list[FileTask] = []
    for sha, item in sorted(distinct.items()):
        cached = cache / f"{sha}.txt"
        if cached.exists():
            pages[sha] = tuple(cached.read_text(encoding="utf-8").splitlines())
        else:
            missing.append(FileTask(str(item.path), item.rel, str(output)))
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


def run_batch(
    inputs: Sequence[Path],
    output: Path,
    rules_dir: Path,
    *,
    jobs: int = 1,
    executor: str = "local",
    force: bool = False,
    progress: Callable[[FileResult], None] | None = None,
) -> RunRecord:
    started_at = datetime.now(UTC)
    clock = time.perf_counter()
    rules = load_rules(rules_dir)
    found = discover(inputs, output)
    if executor != "local":
        raise IngestError(Errors.E014, name=executor, choices="local")
    hashes = {item.rel: sha256_file(item.path) for item in found.files}
    discovered = time.perf_counter()

    failures = list(found.failures)
    processed: list[str] = []
    unchanged: list[str] = []
    with LocalExecutor(str(rules.path), jobs) as pool:
        chrome = site_chrome(found.files, hashes, output, rules, pool)
        chrome_digest = _chrome_digest(chrome)
        chromed = time.perf_counter()
        previous = _previous_run(output)
        same_setup = not force and all(
            previous.get(key) == value
            for key, value in (
                ("version", __version__),
                ("rules_digest", rules.digest),
                ("schema_version", SCHEMA_VERSION),
                ("site_chrome_digest", chrome_digest),
            )
        )
        tasks: list[FileTask] = []
        for item in found.files:
            if same_setup and _record_sha(record_path(output, item.rel)) == hashes[item.rel]:
                unchanged.append(item.rel)
            else:
                tasks.append(FileTask(str(item.path), item.rel, str(output), tuple(sorted(chrome))))
        for result in pool.map("run", tasks):
            assert isinstance(result, FileResult)
            if result.ok:
                processed.append(result.rel)
            else:
                failures.append(Failure(path=result.rel, reason=result.reason))
                record_path(output, result.rel).unlink(missing_ok=True)
            if progress is not None:
                progress(result)
    worked = time.perf_counter()

    ok = sorted(set(processed) | set(unchanged))
    claims, distinct, removed = aggregate(output, ok, rules.claims.near_duplicates)
    failures.sort(key=lambda f: f.path)
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
    )
    write_atomic(output / RUN_FILE, document_json(record))
    return record
