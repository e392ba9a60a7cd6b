"""Compiling the regular expressions users write in rule files, and guarding them.

Rule patterns are compiled with the ``regex`` module: it reads Python ``re`` syntax, adds
Unicode properties (``\\p{Lu}``) and supports a timeout per match, so one rule with
catastrophic backtracking cannot hang a batch.

:func:`backtracking` is the guard run when rules are loaded and checked: it builds adversarial
inputs from the pattern itself (for every unbounded repeat: a text that reaches it, the repeat's
body pumped a few thousand characters long, then a character that makes the match fail) and runs
the pattern on them with a timeout. ``(a+)+$`` meets ``aaaa…a\\0`` and never finishes; a sound
pattern is done in microseconds, so the check costs little. Runs of whitespace are not tried:
the pipeline collapses them in every block before a rule sees it.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import platform
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

import regex

IGNORECASE = regex.IGNORECASE

Pattern = regex.Pattern
Match = regex.Match

# Adversarial inputs are this long: exponential patterns blow up after ~30 characters, cubic
# ones after a few hundred; a quadratic scan of 3,000 characters (9 million steps, a few ms) is
# tolerated, as rule patterns meet short blocks.
STRESS_CHARS = 3_000
# Far above what a sound pattern needs on such an input (well under 1 ms), far below a hang.
STRESS_TIMEOUT = 0.1
_BREAKER = "\x00"  # follows the pumped text: a character no rule expects, so the match fails
_MAX_PUMPS = 4  # body samples tried per repeat
_BIG_REPEAT = 16  # bounded repeats above this count are pumped like unbounded ones


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    return _programs.compile(pattern, flags | regex.VERSION0)


# A global inline flag ("(?i)", "(?x)"): in an alternation, version 0 of `regex` applies it to
# every pattern of the list, so such a list is searched as its alternation.
_GLOBAL_FLAG = re.compile(r"\(\?[a-zA-Z0-9]+\)")


class AnyOf:
    """Whether any pattern of a rule list matches a text (:meth:`search`), each pattern run
    alone, in order: the answer their alternation gives (it matches where one of its
    alternatives does), faster for lists of anchored or literal-led patterns, whose anchor or
    literal the engine skips ahead to alone and cannot in an alternation (citations.yaml's
    entry shapes: 0.18 -> 0.03 CPU s over seeds x 60's 11,840 blocks). Slower for several
    unanchored patterns, each a pass of its own: used for the lists measured faster."""

    __slots__ = ("_patterns",)

    def __init__(self, patterns: Sequence[str], flags: int = 0) -> None:
        if any(_GLOBAL_FLAG.search(p) for p in patterns):
            union = "|".join(f"(?:{p})" for p in patterns)
            self._patterns = [compile_pattern(union, flags)]
        else:
            self._patterns = [compile_pattern(p, flags) for p in patterns]

    def search(self, text: str) -> bool:
        return any(pattern.search(text) is not None for pattern in self._patterns)


@lru_cache(maxsize=1024)
def compile_std(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern the pipeline runs with the standard library's ``re``, its program kept in the
    start-up cache as :func:`compile_pattern` keeps ``regex``'s: the percentage matcher's eight
    patterns (number words of seven languages as tries) took 0.4 s of every start to parse."""
    return _programs.compile_std(pattern, int(flags))


class _Programs:
    """Compiled programs of rule patterns, kept between runs (:func:`save_startup_cache`).

    The ``regex`` module parses a pattern in Python before its C engine builds the matcher;
    for the rules' 700 patterns that parse took about 0.4 s of every run's start. What the
    parser hands the engine (``_regex.compile``'s arguments: lists of integers, dictionaries of
    group names) is plain data: it is kept in the start-up cache (:func:`cache_folder`), by
    the ``regex`` and Python versions, and the matcher is built from it directly, the very one
    ``regex.compile`` builds. Anything unexpected (another ``regex`` whose internals differ, a
    damaged file) falls back to ``regex.compile``.
    """

    def __init__(self) -> None:
        # Keys: (pattern, flags) for `regex`, (pattern, flags, "re") for the standard library.
        self.known: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self.used: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self.loaded = False
        self.new = False
        self.saved_to: Path | None = None  # where this process last saved them
        self.prebuilt: set[tuple[Any, ...]] = set()  # keys the install-time cache holds

    def _name(self) -> str:
        version = f"{regex.__version__}-{platform.python_version()}-{platform.machine()}"
        return f"regex-programs-{version}.marshal"

    def _path(self) -> Path | None:
        folder = cache_folder()
        return None if folder is None else folder / self._name()

    def _load(self) -> None:
        self.loaded = True
        prebuilt = prebuilt_folder()
        path = self._path()
        for folder in (prebuilt, None if path is None else path.parent):
            if folder is None:
                continue
            found = self._read(folder / self._name(), trusted=folder == prebuilt)
            if found and folder == prebuilt:
                self.prebuilt.update(found)
            elif found and path is not None:
                self.saved_to = path  # the file there is current until something new compiles

    def _read(self, path: Path, *, trusted: bool = False) -> set[tuple[Any, ...]]:
        """Add the programs of a cache file to the known ones; their keys. ``trusted``: the
        install-time cache, written by ``ingest rules compile`` beside the installed code (who
        can write there can change the code): its programs are not walked item by item to
        check they are plain data (472,000 items, 0.1 s of every start). A damaged one fails
        to build a matcher and is compiled as usual."""
        try:
            data = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return set()
        if not isinstance(data, dict):
            return set()
        found = {
            key: args
            for key, args in data.items()
            if isinstance(key, tuple) and isinstance(args, tuple) and (trusted or _plain(args))
        }
        self.known.update(found)
        return set(found)

    def compile(self, pattern: str, flags: int) -> regex.Pattern[str]:
        if not self.loaded:
            self._load()
        key: tuple[Any, ...] = (pattern, int(flags))
        args = self.known.get(key)
        if args is not None:
            try:
                compiled: regex.Pattern[str] = _regex_engine.compile(*args)
                self.used[key] = args
                return compiled
            except Exception:  # internals of another regex version: compile as usual
                self.known.pop(key, None)
        recorder = _Recorder()
        main: Any = importlib.import_module("regex._main")
        engine = main._regex
        main._regex = recorder
        try:
            compiled = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            main._regex = engine
        if recorder.args is not None and _plain(recorder.args):
            self.used[key] = _exact(recorder.args)
            self.new = True
        return compiled

    def compile_std(self, pattern: str, flags: int) -> re.Pattern[str]:
        """As :meth:`compile`, for the standard library's ``re`` (whose parser and compiler
        are Python too): ``_sre.compile``'s arguments are kept, under a key of three items
        (the engine's name last), in the same file; its name holds the Python version, which
        is the ``re`` engine's."""
        if not self.loaded:
            self._load()
        key: tuple[Any, ...] = (pattern, flags, "re")
        args = self.known.get(key)
        if args is not None:
            try:
                kept: re.Pattern[str] = _sre_engine.compile(*args)
                self.used[key] = args
                return kept
            except Exception:  # not what this Python's engine takes: compile as usual
                self.known.pop(key, None)
        recorder = _Recorder(_sre_engine)
        _re_compiler.__dict__["_sre"] = recorder
        try:
            compiled: re.Pattern[str] = _re_compiler.compile(pattern, flags)
        finally:
            _re_compiler.__dict__["_sre"] = _sre_engine
        if recorder.args is not None and _plain(recorder.args):
            self.used[key] = _exact(recorder.args)
            self.new = True
        return compiled

    def save(self) -> None:
        path = self._path()
        if path is None or not (self.new or path != self.saved_to) or not self.used:
            return
        if not self.new and self.prebuilt.issuperset(self.used):
            return  # the install-time cache serves every one: nothing to keep in the output
        kept = {**self.known, **self.used}
        if len(kept) > _MAX_PROGRAMS:  # rules edited many times: keep this run's own
            kept = dict(self.used)
        try:
            data = marshal.dumps(kept)
        except ValueError:
            return
        if write_whole(path, lambda stream: stream.write(data)):
            self.new = False
            self.saved_to = path


_regex_engine: Any = importlib.import_module("regex._regex")
# The standard library's compiler (private, hence by name) and its C engine.
_re_compiler: Any = importlib.import_module("re._compiler")
_sre_engine: Any = _re_compiler._sre
_MAX_PROGRAMS = 5_000  # programs kept in the cache file (the rules have about 700 patterns)


class _Recorder:
    """Stands in for a C engine while one pattern compiles: keeps the arguments."""

    def __init__(self, engine: Any = None) -> None:
        self.args: tuple[Any, ...] | None = None
        self.engine = _regex_engine if engine is None else engine

    def compile(self, *args: Any) -> Any:
        self.args = args
        return self.engine.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)


def _plain(value: Any) -> bool:
    """Only plain data (what marshal keeps and the engine takes): no code, no objects."""
    if value is None or isinstance(value, bool | int | str):
        return True
    if isinstance(value, list | tuple | frozenset | set):
        return all(_plain(item) for item in value)
    if isinstance(value, dict):
        return all(_plain(k) and _plain(v) for k, v in value.items())
    return False


def _exact(value: Any) -> Any:
    """The same data with exact built-in types (flags are int subclasses marshal refuses)."""
    if isinstance(value, bool) or value is None or type(value) is str:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, tuple):
        return tuple(_exact(item) for item in value)
    if isinstance(value, list):
        return [_exact(item) for item in value]
    if isinstance(value, frozenset | set):
        return type(value)(_exact(item) for item in value)
    if isinstance(value, dict):
        return {_exact(k): _exact(v) for k, v in value.items()}
    return value


def write_whole(path: Path, write: Callable[[BinaryIO], object]) -> bool:
    """Write a cache file whole or not at all (``write`` writes its bytes to the stream given):
    into a temporary beside it, then renamed over it (a reader meets the old file or the new
    one, never part of one; concurrent writers each have their own temporary, and the last
    rename wins). A write that fails (a read-only or full disk, a folder removed) is skipped
    and its temporary removed: the cache is a saving, never a reason for a run to fail. The
    temporary is named as ``ingest.emit`` names its own (".<name>.XXXXXXXX.tmp"), so that one
    a killed process left in an output folder is removed by the next run there
    (``emit.remove_stale_temporaries``). True when the file was written."""
    temporary = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.replace(temporary, path)
        return True
    except BaseException as err:  # whatever stops the write, no temporary stays
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        if isinstance(err, OSError):
            return False
        raise


_programs = _Programs()
# Guard verdicts (rules/__init__.py) to remember, written with the programs.
_pending_markers: list[Path] = []
# Other start-up cache files to write with them (the entity lines' terms): path, bytes.
_pending_files: list[tuple[Path, bytes]] = []


def remember_later(marker: Path) -> None:
    """Create the empty file ``marker`` at the next :func:`save_startup_cache`: the cache is
    read as soon as rules load, but written only once the command may write there (``ingest
    run``: after it holds its output folder's lock)."""
    _pending_markers.append(marker)


def _writer(data: bytes) -> Callable[[BinaryIO], object]:
    return lambda stream: stream.write(data)


def keep_later(path: Path, data: bytes) -> None:
    """Write ``data`` to the start-up cache file ``path`` at the next
    :func:`save_startup_cache` (as :func:`remember_later`)."""
    _pending_files.append((path, data))


def save_startup_cache() -> None:
    """Keep what this process compiled and verified (the rule patterns' programs, the guard's
    verdicts, the vocabularies' terms) in the start-up cache for the next run; nothing when
    there is no cache folder."""
    _programs.save()
    while _pending_markers:
        marker = _pending_markers.pop()
        if cache_folder() is not None and not marker.exists():
            write_whole(marker, lambda stream: None)
    while _pending_files:
        path, data = _pending_files.pop()
        if cache_folder() is not None and not path.exists():
            write_whole(path, _writer(data))


# The start-up cache folder a command chose (use_cache_folder), or None: no persistent cache.
_chosen_folder: list[Path | None] = [None]

CACHE_ENV = "INGEST_CACHE_DIR"


def use_cache_folder(folder: Path | None) -> None:
    """Choose where the start-up cache lives for this process: ``ingest run`` uses its output
    folder's ``.ingest-cache/startup`` (nothing is written outside the output); commands
    without an output folder choose none. ``INGEST_CACHE_DIR`` overrides the choice."""
    if folder != _chosen_folder[0]:
        _chosen_folder[0] = folder
        _programs.loaded = False  # read the programs kept there too (merged with the known)
        _pending_markers.clear()
        _pending_files.clear()


def cache_folder() -> Path | None:
    """The start-up cache folder: ``INGEST_CACHE_DIR`` when set (a user's explicit choice,
    shared by every command and run), else the folder the command chose
    (:func:`use_cache_folder`), else None: nothing is kept between runs. While
    ``ingest rules compile`` runs, the install-time folder (:func:`compile_into`)."""
    if _compiling[0] is not None:
        return _compiling[0]
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    return _chosen_folder[0]


PREBUILT_ENV = "INGEST_PREBUILT_DIR"
_compiling: list[Path | None] = [None]


def prebuilt_folder() -> Path | None:
    """The read-only start-up cache built at install time by ``ingest rules compile`` (``make
    run`` and ``make test`` run it): inside the Python environment the package is installed
    in (``<environment>/share/ingest/startup``), so a run into a fresh output folder does not
    compile the default rules again, and nothing is written outside the output at run time.
    Read before the output's own cache; a run writes into its output only what this folder
    lacks (other rules, another version). ``INGEST_PREBUILT_DIR`` chooses another folder, or
    none when empty."""
    if _compiling[0] is not None:
        return None  # compiling it: what it holds is read as the cache folder
    explicit = os.environ.get(PREBUILT_ENV)
    if explicit is not None:
        return Path(explicit) if explicit else None
    return _environment() / "share" / "ingest" / "startup"


def default_prebuilt_folder() -> Path:
    """Where ``ingest rules compile`` writes by default (``INGEST_PREBUILT_DIR`` or the
    environment's folder)."""
    explicit = os.environ.get(PREBUILT_ENV)
    return Path(explicit) if explicit else _environment() / "share" / "ingest" / "startup"


def _environment() -> Path:
    """The Python environment this process runs in: the virtual environment of its interpreter,
    found by its ``pyvenv.cfg`` as Python finds it (so also under ``python -S``, where
    ``sys.prefix`` is the base installation's), else ``sys.prefix``."""
    venv = Path(sys.executable).parent.parent
    return venv if (venv / "pyvenv.cfg").is_file() else Path(sys.prefix)


def compile_into(folder: Path | None) -> None:
    """``ingest rules compile``: make ``folder`` the cache folder of this process (read and
    written as an output's cache is), whatever ``INGEST_CACHE_DIR`` says; None ends it."""
    if folder != _compiling[0]:
        _compiling[0] = folder
        _programs.loaded = False
        # What this process took from the install-time cache before (the patterns compiled
        # as modules import) is written into the folder too: it is being built again.
        _programs.prebuilt.clear()
        _programs.saved_to = None
        _pending_markers.clear()
        _pending_files.clear()


def startup_file(name: str) -> tuple[Path | None, Path | None]:
    """A start-up cache file (``name`` relative to the folder): (the install-time cache's copy,
    the writable cache folder's), either None where there is no such folder."""
    prebuilt = prebuilt_folder()
    folder = cache_folder()
    return (
        None if prebuilt is None else prebuilt / name,
        None if folder is None else folder / name,
    )


def check_pattern(pattern: str, flags: int = 0) -> str:
    """Validate a pattern for a pydantic validator: returns it, or raises ValueError.

    Compiled with the flags the pipeline uses, so that the compiled pattern is cached for it.
    """
    try:
        compile_pattern(pattern, flags)
    except regex.error as err:
        raise ValueError(f"pattern does not compile: {err} in {pattern!r}") from None
    return pattern


def check_pattern_ignorecase(pattern: str) -> str:
    """:func:`check_pattern` for patterns the pipeline runs case-insensitively."""
    return check_pattern(pattern, IGNORECASE)


def check_std_pattern(pattern: str) -> str:
    """As :func:`check_pattern`, for patterns the pipeline compiles with ``re``: both engines
    must read them (the guard against backtracking runs them with ``regex``)."""
    try:
        re.compile(pattern)
    except re.error as err:
        raise ValueError(f"pattern does not compile: {err} in {pattern!r}") from None
    return check_pattern(pattern, IGNORECASE)


# --- catastrophic backtracking ----------------------------------------------------------------

# The standard library's parser gives the structure of a pattern (repeats, branches, classes);
# it is private, hence the import by name. Syntax only `regex` knows (\p{Lu}) is mapped to the
# nearest `re` class first: the structure, not the exact alphabet, is what matters here.
_sre: Any = importlib.import_module("re._parser")
_PROPERTY = re.compile(r"\\([pP])(?:\{[^}]*\}|[A-Za-z])")
_CATEGORY_CHAR = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
}
_CLASS_CANDIDATES = "a1 -.A_/x"


@dataclass(frozen=True)
class Backtracking:
    """A pattern that did not finish on an adversarial input within the time limit."""

    timeout_ms: int
    input_chars: int

    def __str__(self) -> str:
        return (
            f"pattern backtracks catastrophically (timed out after {self.timeout_ms} ms "
            f"on a {self.input_chars:,}-char input)"
        )


def _class_char(items: list[tuple[Any, Any]]) -> str:
    """A character matched by a character class ``[…]``."""
    negate = any(str(op) == "NEGATE" for op, _ in items)
    if not negate:
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                return chr(av)
            if name == "RANGE":
                return chr(av[0])
            if name == "CATEGORY":
                return _CATEGORY_CHAR.get(str(av), "a")
        return "a"
    excluded = "".join(chr(av) for op, av in items if str(op) == "LITERAL")
    ranges = [av for op, av in items if str(op) == "RANGE"]
    categories = [str(av) for op, av in items if str(op) == "CATEGORY"]
    for ch in _CLASS_CANDIDATES:
        if ch in excluded or any(lo <= ord(ch) <= hi for lo, hi in ranges):
            continue
        if any(
            _CATEGORY_CHAR.get(c) == ch or (c.endswith("WORD") and ch.isalnum()) for c in categories
        ):
            continue
        return ch
    return "\u2603"


def _sample(items: list[tuple[Any, Any]], full: bool) -> str:
    """A text the sequence matches: optional parts left out, or (``full``) taken once."""
    return "".join(_sample_node(op, av, full) for op, av in items)


def _sample_node(op: Any, av: Any, full: bool) -> str:
    name = str(op)
    if name == "LITERAL":
        return chr(av)
    if name == "NOT_LITERAL":
        return "b" if chr(av) == "a" else "a"
    if name == "ANY":
        return "a"
    if name == "IN":
        return _class_char(av)
    if name == "BRANCH":
        return _sample(av[1][0], full)
    if name == "SUBPATTERN":
        return _sample(av[3], full)
    if name == "ATOMIC_GROUP":
        return _sample(av, full)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = av
        count = int(max(low, 1) if full and high > 0 else low)
        return _sample(body, full) * min(count, 64)
    return ""  # anchors, lookarounds, backreferences: zero width here


def _pumps(body: list[tuple[Any, Any]]) -> list[str]:
    """Short texts that one pass of a repeat's body matches, in a few shapes."""
    found = [_sample(body, False), _sample(body, True)]
    node = body
    while len(node) == 1 and str(node[0][0]) == "SUBPATTERN":
        node = node[0][1][3]
    if len(node) == 1 and str(node[0][0]) == "BRANCH":
        found.extend(_sample(branch, True) for branch in node[0][1][1])
    # Rules meet block text, whose whitespace runs are collapsed to one space: a pump of
    # whitespace alone ("\\s*\\s*" on 3,000 spaces) is an input the pipeline never produces.
    unique = list(dict.fromkeys(text for text in found if text and not text.isspace()))
    return unique[:_MAX_PUMPS]


def _repeats(items: list[tuple[Any, Any]], prefix: str, out: list[tuple[str, str]]) -> None:
    """(prefix, pump) for every big repeat: the text before it, and a pass of its body."""
    before = prefix
    for op, av in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _, high, body = av
            if high > _BIG_REPEAT:
                out.extend((before, pump) for pump in _pumps(body))
            _repeats(body, before, out)
        elif name == "BRANCH":
            for branch in av[1]:
                _repeats(branch, before, out)
        elif name == "SUBPATTERN":
            _repeats(av[3], before, out)
        elif name in ("ATOMIC_GROUP",):
            _repeats(av, before, out)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _repeats(av[1], before, out)
        before += _sample_node(op, av, False)


@lru_cache(maxsize=8192)
def stress_inputs(pattern: str) -> tuple[str, ...]:
    """Adversarial texts for ``pattern``: a prefix that reaches a repeat, its body pumped to
    about :data:`STRESS_CHARS` characters, then a character that makes the match fail."""
    try:
        parsed = _sre.parse(_PROPERTY.sub(lambda m: r"\w" if m.group(1) == "p" else r"\W", pattern))
        shapes: list[tuple[str, str]] = []
        _repeats(list(parsed.data), "", shapes)
    except Exception:  # syntax only `regex` reads: pump the pattern's own characters instead
        letters = sorted({ch for ch in pattern if ch.isalnum() or ch == " "})
        shapes = [("", ch) for ch in letters[: _MAX_PUMPS * 4]]
    texts = []
    for prefix, pump in dict.fromkeys(shapes):
        count = max(1, (STRESS_CHARS - len(prefix)) // len(pump))
        texts.append(prefix + pump * count + _BREAKER)
    return tuple(dict.fromkeys(texts))


# The standard library's engine cannot be stopped from Python once a match runs (no timeout,
# no signal checks): its patterns are tried in a child process, which is killed when one does
# not finish in this time. Generous, as the child shares a machine that may be busy; a pattern
# that backtracks catastrophically on the 3,000-character inputs takes minutes or forever.
STD_STRESS_TIMEOUT = 2.0


def backtracking_std(
    patterns: list[tuple[str, int]], timeout: float = STD_STRESS_TIMEOUT
) -> list[Backtracking | None]:
    """:func:`backtracking` for patterns the pipeline runs with the standard ``re`` engine
    (``flags``: IGNORECASE or 0), each run with ``re`` on its adversarial inputs. The patterns
    are tried in a forked child, one after another; the child reports each one done, and one
    that is not done in ``timeout`` seconds is the culprit: the child is killed and a new one
    goes on with the next pattern. Where processes cannot be forked, or this process may not
    have children (a daemonic one), ``regex`` stands in."""
    import multiprocessing

    found: list[Backtracking | None] = [None] * len(patterns)
    # A daemonic process (a Dask worker under its nanny) may not start children: there too
    # `regex` stands in. Such a worker repeats a check the run's own process has passed.
    if (
        "fork" not in multiprocessing.get_all_start_methods()
        or multiprocessing.current_process().daemon
    ):
        return [backtracking(p, f, timeout) for p, f in patterns]
    context = multiprocessing.get_context("fork")
    start = 0
    while start < len(patterns):
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(
            target=_run_std, args=(patterns, start, sender), name="ingest-rule-guard", daemon=True
        )
        child.start()
        sender.close()
        position = start
        try:
            while position < len(patterns):
                if not receiver.poll(timeout):
                    texts = stress_inputs(patterns[position][0])
                    longest = max((len(t) for t in texts), default=0)
                    found[position] = Backtracking(round(timeout * 1000), longest)
                    break
                position = receiver.recv() + 1
        except EOFError:  # the child died on a pattern (out of memory): count it as that one
            found[position] = Backtracking(round(timeout * 1000), 0)
        finally:
            if child.is_alive():
                child.kill()
            child.join()
            receiver.close()
        start = position + 1
    return found


def _run_std(patterns: list[tuple[str, int]], start: int, done: Any) -> None:
    for position in range(start, len(patterns)):
        pattern, flags = patterns[position]
        compiled = re.compile(pattern, re.IGNORECASE if flags & IGNORECASE else 0)
        for text in stress_inputs(pattern):
            compiled.findall(text)
        done.send(position)
    done.close()


def backtracking(
    pattern: str, flags: int = 0, timeout: float = STRESS_TIMEOUT
) -> Backtracking | None:
    """Run ``pattern`` over its adversarial inputs; report the first one it cannot finish.

    ``findall`` tries every start position, as ``search`` and ``finditer`` do on a text without
    a match: the worst case of every way the pipeline calls a rule pattern.
    """
    compiled = compile_pattern(pattern, flags)
    for text in stress_inputs(pattern):
        try:
            compiled.findall(text, timeout=timeout)
        except TimeoutError:
            return Backtracking(round(timeout * 1000), len(text))
    return None
