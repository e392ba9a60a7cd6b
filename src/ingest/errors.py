"""One catalogue of user-facing errors, each with a code, in the manner of spaCy's ``Errors``.

Anything a user can get wrong (a missing folder, a bad rule file, an unreadable input) surfaces
as an :class:`IngestError` whose ``str`` is one line: ``E0xx: what went wrong; how to fix it``.
The CLI prints that line and never a traceback.
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class Errors(Enum):
    # One template per code: an Enum makes a member whose value is already taken an alias of
    # the first (tests/test_errors.py checks it), and its errors would print the first's code.
    E001 = "input path {path} does not exist; give a file or a folder of raw pages"
    E002 = (
        "rules folder {path} does not exist; pass --rules DIR, or leave --rules out for the "
        "built-in rules (`ingest rules init DIR` writes a copy of them to edit)"
    )
    E003 = "{location}: {message}"  # a bad rule: location is file[:line]
    E004 = "{path}: cannot decode as text ({detail})"
    E005 = "{path}: looks like binary data, not a text or HTML page ({detail})"
    E006 = "{path}: cannot read the input ({detail})"
    E007 = "{path} is not an extraction folder or claims.jsonl; run `ingest run -o {path}` first"
    E008 = "{path}: schema version {found} is not supported by this version (expects {expected})"
    E009 = "output folder {path} is inside an input folder; choose an output outside the inputs"
    E010 = "{path}: symlink points outside the input folder ({target}); not followed"
    E011 = "{path}: took longer than the per-file limit of {seconds:g} s{where}"
    E012 = "{path}: failed while processing ({detail})"  # unexpected, in one file
    E013 = "{path}: file is {size} bytes, over the limit of {limit} bytes"
    E014 = "unknown executor {name!r}; choose one of: {choices}"
    E015 = "{path}: not valid JSON ({detail})"
    E016 = (
        "rules folder {path} has {count} problem{plural} (listed above), so nothing was run; "
        "fix {them} and check with `ingest rules check --rules {path}`"
    )
    E017 = (
        "output folder {path}: {detail}; the batch stopped, records written so far are complete "
        "(free space or fix the folder's permissions, then run again)"
    )
    E018 = "{path}: cannot list this folder ({detail}); its files were not read"
    E019 = "{path}: symlink loop; not followed"
    E020 = (
        "output folder {path} is in use by another run (pid {pid}); wait for it to finish, "
        "or pass --wait to start when it does"
    )
    E021 = "{path} exists and is not an empty folder; give a new folder for the copy of the rules"
    E022 = (
        "{path} is incomplete: a run into it did not finish; complete it by running again "
        "(`{command}`)"
    )
    E023 = "{path} is a file, not a folder; give a folder for the output"
    E024 = "output folder {path} cannot be {what}; choose another or fix its permissions"
    E025 = "{option} must be {what}, not {value}"
    E026 = (
        "{path} is a folder; `ingest show` shows one page: for a folder, `ingest run {path} -o OUT`"
    )
    E027 = (
        "--executor dask needs dask.distributed, which is not installed; "
        "install it with `pip install 'ingest[dask]'`"
    )
    E028 = "{path}: decompresses to more than {limit} bytes, the limit for a compressed page"
    E029 = "input '-' reads paths from stdin, but stdin held none; pipe paths in, one a line"
    E030 = "{path} is a folder; give a file name for the table (-o claims.parquet)"
    E031 = "--format parquet needs pyarrow; install it with `pip install 'ingest[parquet]'`"
    E032 = "{path}: symlink to {target}, which does not exist; not followed"
    E033 = "{path}: {kind}, not a regular file; not read"
    E034 = (
        "unexpected failure ({detail}{where}); please report it with the command and input "
        "that led to it (INGEST_DEBUG=1 shows the traceback)"
    )
    # E061-E062: issue 19 (the claims stage and the batch around it).
    E061 = (
        "output folder {path}: the claims.jsonl step failed ({detail}); the records are complete "
        "and claims.jsonl is unchanged: run again to rebuild it"
    )
    # E065-E069: issue 19 (the design change: start-up, hit-first pages).
    E065 = (
        "{path}: the start-up cache could not be written there ({detail}); "
        "choose a writable folder with --into, or run without it (runs compile the rules)"
    )


class IngestError(Exception):
    """An error meant for the user: ``str(err)`` is one line with its code."""

    def __init__(self, code: Errors, **fields: Any) -> None:
        self.code = code
        self.fields = fields
        message = code.value.format(**fields)
        super().__init__(f"{code.name}: {' '.join(message.split())}")


class RuleError(IngestError):
    """A rule file that does not load or validate; ``location`` is ``file[:line]``."""

    def __init__(self, location: str, message: str) -> None:
        self.location = location
        self.message = message
        super().__init__(Errors.E003, location=location, message=message)

    @property
    def report(self) -> str:
        """The problem as a compiler prints one, for lists of them: ``file:line: message``."""
        return f"{self.location}: {' '.join(self.message.split())}"


class RulesInvalid(IngestError):
    """A rules folder with problems, all of them: ``problems`` are one line each
    (``file:line: message``); ``str`` is the summary line that follows them."""

    def __init__(self, path: object, problems: list[RuleError]) -> None:
        self.problems = problems
        many = len(problems) != 1
        super().__init__(
            Errors.E016,
            path=path,
            count=len(problems),
            plural="s" if many else "",
            them="them" if many else "it",
        )


class OutputFault(IngestError):
    """The output folder took no more writes (disk full, read-only, removed): the batch stops."""

    def __init__(self, path: object, detail: str) -> None:
        super().__init__(Errors.E017, path=path, detail=detail)
