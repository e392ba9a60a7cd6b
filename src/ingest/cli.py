"""The command line: a thin layer over the library (ingest.batch, ingest.pipeline, …).

Every command has an example in its help. Anything a user can get wrong ends in one line on
stderr that says what and how to fix it, never a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ingest import __version__
from ingest.errors import IngestError, RulesInvalid

if TYPE_CHECKING:
    from ingest.pipeline import DocumentPipeline

F = TypeVar("F", bound=Callable[..., Any])

RULES_OPTION = click.option(
    "--rules",
    "rules_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder of rule files [default: the built-in rules; `ingest rules init DIR` copies them].",
)

# Not checked by click (its message is a usage block, not one line with a code): ingest.outdir
# checks an output folder before any work.
OUTPUT_FOLDER = click.Path(path_type=Path, readable=False)


def rules_folder(rules_dir: Path | None) -> Path:
    """The rules a command reads: ``--rules`` when given, else the built-in ones.

    A ``rules/`` folder in the current directory is not read unless named: which rules ran must
    not depend on where the command was started. Saying so once keeps a user who edited one from
    wondering why the edit does nothing.
    """
    from ingest.rules import BUILTIN_RULES_DIR

    if rules_dir is not None:
        return rules_dir
    local = Path("rules")
    try:
        same = local.resolve() == BUILTIN_RULES_DIR.resolve()
    except OSError:
        same = False
    if local.is_dir() and not same:
        click.echo(
            "ingest: using the built-in rules; ./rules is read only when named: --rules rules",
            err=True,
        )
    return BUILTIN_RULES_DIR


def one_line_errors(command: F) -> F:
    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except RulesInvalid as err:
            # Bad rules stop every command before it starts, each problem on its own line,
            # the very lines `ingest rules check` prints, then what to do.
            from ingest.rules import report_lines

            for line in report_lines(err.problems):
                click.echo(line, err=True)
            click.echo(f"ingest: {err}", err=True)
            sys.exit(2)
        except IngestError as err:
            click.echo(f"ingest: {err}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("ingest: interrupted", err=True)
            sys.exit(130)
        except Exception as err:  # a bug, or input no check foresaw: still one line
            if os.environ.get("INGEST_DEBUG"):
                raise
            click.echo(f"ingest: {internal_error(err)}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def internal_error(err: BaseException) -> IngestError:
    """An exception no check turned into a user error, as one line: what and where."""
    import traceback

    from ingest.errors import Errors

    frames = traceback.extract_tb(err.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    detail = " ".join(f"{type(err).__name__}: {err}".split())
    return IngestError(Errors.E034, detail=detail, where=where)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ingest")
def main() -> None:
    """Turn scraped pages into deduplicated, cited JSON claims.

    \b
    Example:
      ingest run raw/ -o extracted/
    """


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=OUTPUT_FOLDER, default=Path("extracted"), show_default=True)
@RULES_OPTION
@click.option(
    "--jobs", "-j", type=int, default=None, help="Worker processes [default: number of cores]."
)
@click.option("--force", is_flag=True, help="Process every input, even unchanged ones.")
@click.option(
    "--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
    help="Worker processes here, or dask.distributed (the 'dask' extra).",
)  # fmt: skip
@click.option(
    "--scheduler",
    default=None,
    help="Address of a running Dask scheduler [default: a LocalCluster].",
)
@click.option(
    "--time-limit", type=float, default=300.0, show_default=True,
    help="Seconds one file may take before it is stopped and reported (0: no limit).",
)  # fmt: skip
@click.option(
    "--wait", is_flag=True,
    help="When another run holds the output folder, wait for it instead of refusing.",
)  # fmt: skip
@click.option(
    "--include", multiple=True, metavar="GLOB",
    help="Only files whose path (relative to the input root) or name matches; repeatable.",
)  # fmt: skip
@click.option(
    "--exclude", multiple=True, metavar="GLOB", help="Leave out matching files; repeatable."
)
@click.option("--limit", type=int, default=None, help="Only the first N files, in sorted order.")
@click.option(
    "-0", "null_separated", is_flag=True,
    help="With INPUT '-': paths on stdin are NUL-separated (find -print0), not one a line.",
)  # fmt: skip
@click.option(
    "-q", "--quiet", is_flag=True, help="No progress bar, no summary: only failures and errors."
)
@click.option(
    "-v", "--verbose", is_flag=True,
    help="Also a line per file as it finishes, and the rules and timings at the end.",
)  # fmt: skip
@click.option(
    "--text", "write_text", is_flag=True,
    help="Also write each page's kept text to <output>/<path>.txt (one block per paragraph).",
)  # fmt: skip
@click.option(
    "--strict", is_flag=True,
    help="Pages that may have lost their text (run.json warnings) fail the run (exit 1).",
)  # fmt: skip
@one_line_errors
def run(
    inputs: tuple[Path, ...],
    output: Path,
    rules_dir: Path | None,
    jobs: int | None,
    force: bool,
    executor: str,
    scheduler: str | None,
    time_limit: float,
    wait: bool,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    limit: int | None,
    null_separated: bool,
    quiet: bool,
    verbose: bool,
    write_text: bool,
    strict: bool,
) -> None:
    """Extract claims from every file under INPUTS (default: raw/); '-' reads paths from stdin.

    Writes one record per page, claims.jsonl and run.json to the output folder. Inputs whose
    bytes, rules and version are unchanged since the last run are not processed again; records
    of inputs that are gone are removed. A progress bar shows on a terminal. Exit status 1 when
    any file failed (listed in run.json and on stderr), 0 otherwise. A page whose kept text is
    a small share of its visible text (or nothing), where one removal spans most of it, or whose
    decoding is uncertain (bytes replaced, a guessed encoding), is listed under run.json's
    warnings and on stderr; with --strict that fails the run too.

    \b
    Example:
      ingest run raw/ -o extracted/ --jobs 4
      ingest run crawl/ --include '*.html' --exclude 'drafts/*' --limit 100
      find crawl -name '*.warc.gz' -print0 | ingest run - -0 -o out/
      ingest run pages/ -o out/ --text --strict
      ingest run corpus/ -o out/ --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from ingest.batch import Progress, run_batch

    sources = _expand_stdin(list(inputs), null_separated) or [Path("raw")]
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    bars: list[Any] = []  # made at the first report, which knows the total

    def show(status: Progress) -> None:
        if verbose and status.last:
            said = status.last_reason or f"{status.last_claims} claims"
            line = f"{status.last}: {said}"
            if bars:
                bars[0].write(line, file=sys.stderr)
            else:
                click.echo(line, err=True)
        if quiet or not sys.stderr.isatty():
            return
        if not bars:
            from tqdm import tqdm

            bars.append(
                tqdm(total=status.total, unit="file", file=sys.stderr, dynamic_ncols=True,
                     leave=False)
            )  # fmt: skip
        bar = bars[0]
        bar.n = status.done
        bar.set_postfix(claims=status.claims, failed=status.failed, refresh=False)
        bar.refresh()

    try:
        record = run_batch(
            sources,
            output,
            rules_folder(rules_dir),
            jobs=workers,
            executor=executor,
            scheduler=scheduler,
            force=force,
            time_limit=time_limit,
            progress=show,
            wait=wait,
            include=include,
            exclude=exclude,
            limit=limit,
            text=write_text,
        )
    except KeyboardInterrupt:
        click.echo(
            f"ingest: interrupted; {output} stays marked incomplete (diff and review refuse it) "
            "until a run completes it; records already written are not redone",
            err=True,
        )
        sys.exit(130)
    finally:
        for bar in bars:
            bar.close()
    for failure in record.failures:
        click.echo(f"ingest: failed: {failure.reason}", err=True)
    for warning in record.warnings:
        click.echo(
            f"ingest: warning: {warning.path}: {warning.reason} (kept {warning.kept_chars} of "
            f"{warning.visible_chars} visible characters)",
            err=True,
        )
    counts = record.counts
    seconds = record.timings.get("total", 0.0)
    if verbose:
        steps = ", ".join(f"{k} {v:.1f} s" for k, v in record.timings.items() if k != "total")
        click.echo(f"rules {record.rules} ({record.rules_digest}); {steps}", err=True)
    if quiet:
        sys.exit(1 if counts.failed else 0)
    click.echo(
        f"{counts.seen} seen, {counts.processed} processed, {counts.unchanged} unchanged, "
        f"{counts.failed} failed, {len(record.warnings)} warned; "
        f"{record.claims_distinct} distinct claims → {output} "
        f"({seconds:.1f} s)",
        err=True,
    )
    sys.exit(1 if counts.failed or (strict and record.warnings) else 0)


def _expand_stdin(inputs: list[Path], null_separated: bool) -> list[Path]:
    """INPUTS with '-' replaced by the paths read from stdin (one a line, or NUL-separated)."""
    if Path("-") not in inputs:
        return inputs
    from ingest.errors import Errors

    text = sys.stdin.read()
    names = text.split("\0") if null_separated else text.splitlines()
    given = [Path(name) for name in names if name.strip()]
    if not given:
        raise IngestError(Errors.E029)
    expanded: list[Path] = []
    for item in inputs:
        expanded.extend(given if item == Path("-") else [item])
    return expanded


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@RULES_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(["summary", "text", "json"]), default="summary",
    show_default=True, help="summary: removals and claims; text: the kept text; json: the record.",
)  # fmt: skip
@one_line_errors
def show(file: Path, rules_dir: Path | None, fmt: str) -> None:
    """Show how one page is cleaned and which claims it yields.

    A WARC archive shows each of its HTML and text records in archive order; name one record
    as ARCHIVE#RECORD-ID (the path its record and claims carry).

    \b
    Example:
      ingest show raw/clinic-page.html
      ingest show raw/clinic-page.html --format text
      ingest show crawl.warc.gz --format json
    """
    from ingest.errors import Errors
    from ingest.pipeline import DocumentPipeline
    from ingest.rules import load_rules
    from ingest.rules.patterns import save_startup_cache
    from ingest.warc import is_warc, members

    archive, _, record_id = str(file).rpartition("#")
    if archive and is_warc(archive) and not file.exists():
        pages = [(Path(archive), f"{Path(archive).name}#{record_id}")]
        file = Path(archive)
    else:
        pages = [(file, file.name)]
    if file.is_dir():
        raise IngestError(Errors.E026, path=file)
    if not file.is_file():
        raise IngestError(Errors.E001, path=file)
    if len(pages) == 1 and pages[0][1] == file.name and is_warc(file.name):
        pages = [(file, f"{file.name}#{m.record_id}") for m in members(file, file.name)]
        if not pages:
            raise IngestError(
                Errors.E006, path=file, detail="the archive holds no HTML or text record"
            )
    pipeline = DocumentPipeline(load_rules(rules_folder(rules_dir)))
    save_startup_cache()  # only where INGEST_CACHE_DIR names a folder: show has no output
    for path, name in pages:
        _show_page(pipeline, path, name, fmt, json_lines=len(pages) > 1)


def _show_page(
    pipeline: DocumentPipeline, path: Path, name: str, fmt: str, json_lines: bool
) -> None:
    """One page of `ingest show`: its record (one JSON line each for an archive's records), its
    kept text, or the summary of its removals and claims."""
    from ingest.emit import document_json
    from ingest.errors import Errors
    from ingest.load import load

    try:
        loaded = load(path, name)
        processed = pipeline.process(loaded)
        document = processed.document
    except IngestError:
        raise
    except Exception as err:  # a page the pipeline cannot handle: one line, as in a batch
        raise IngestError(Errors.E012, path=name, detail=f"{type(err).__name__}: {err}") from None
    if fmt == "json":
        record = document_json(document)
        if json_lines:
            record = json.dumps(json.loads(record), ensure_ascii=False, separators=(",", ":"))
        click.echo(record, nl=json_lines)
        return
    if fmt == "text":
        if processed.cleaned is not None:
            click.echo(processed.cleaned.kept_text(), nl=False)
        return
    source = document.source
    click.echo(
        f"{source.path}  {source.media_type}  {source.encoding}  language={document.language}"
    )
    if loaded.decoding_warning:
        click.echo(f"warning: decoding: {loaded.decoding_warning}")
    for article in document.articles:
        cited = ", ".join(f"{c.scheme}:{c.value}" for c in article.citations) or "none"
        click.echo(f"article {article.id}: {article.title!r}  cites {cited}")
    for item in document.removed:
        if item.reason.value != "markup":
            reason = f"{item.reason.value} [{item.rule}]"
            click.echo(f"  - removed {reason} line {item.line}: {item.text[:90]!r}")
    for claim in document.claims:
        language = f" [{claim.language}]" if claim.language else ""  # not the page's language
        click.echo(f"  * claim {claim.id} line {claim.line}{language}: {claim.text[:110]}")


@main.command("diff")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
@click.option(
    "--review-base",
    default=None,
    help="Markdown: link each entry to its page under this URL or relative path (where "
    "`ingest review --diff OLD NEW -o DIR` pages are published) [default: no links].",
)
@one_line_errors
def diff_command(old: Path, new: Path, fmt: str, review_base: str | None) -> None:
    """List the claims added, removed and changed between two extractions.

    OLD and NEW are extraction folders (or two claims.jsonl files). Claims are grouped by
    source; an edited sentence shows as a removed and an added claim with what changed between
    them; positions alone are not changes. Each removed claim says what took it in the new run
    (the removal's reason, rule id and span, its edited sentence, or its page gone), each added
    claim what makes it a claim; the header says what differs between the runs (version, rules
    digest, rule files). Exit status: 0 when equal, 1 when they differ, 2 on error.

    \b
    Example:
      ingest diff extracted-before/ extracted/ --format markdown > comment.md
      ingest diff old/ new/ --format markdown --review-base review-diff > comment.md
    """
    from ingest.diff import diff_paths, render_json, render_markdown, render_text

    result = diff_paths(old, new)
    if fmt == "json":
        click.echo(render_json(result), nl=False)
    elif fmt == "markdown":
        click.echo(render_markdown(result, review_base=review_base), nl=False)
    else:
        click.echo(render_text(result, color=sys.stdout.isatty()), nl=False)
    sys.exit(0 if result.equal else 1)


@main.command()
@click.argument("extracted", required=False, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=OUTPUT_FOLDER, default=Path("review"), show_default=True)
@click.option(
    "--raw",
    type=click.Path(path_type=Path),
    default=None,
    help="Where the sources are [default: run.json's inputs].",
)
@RULES_OPTION
@click.option(
    "--diff",
    "diff_pair",
    nargs=2,
    type=click.Path(path_type=Path),
    default=None,
    help="OLD NEW: review a diff.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Exit 1 when a source is missing or differs from the one extracted.",
)
@one_line_errors
def review(
    extracted: Path | None,
    output: Path,
    raw: Path | None,
    rules_dir: Path | None,
    diff_pair: tuple[Path, Path] | None,
    strict: bool,
) -> None:
    """Write static HTML pages to review an extraction (or a diff) in a browser.

    Each document's cleaned text is shown with its claims marked (percentages, identifiers,
    entities), removed text struck through with its reason, a sticky side list of claims with
    their citations, and filters by kind. Sources are found from run.json's inputs (or --raw)
    and checked against the sha256 of their record: a missing or edited source gets a banner
    and a warning here, and its page lists the record alone. A diff review links every entry to
    its document page. The pages need no network.
    The cleaned text is rebuilt with the rules the run used (named in run.json), unless
    --rules says otherwise.

    \b
    Example:
      ingest review extracted/ -o review/ && xdg-open review/index.html
      ingest review extracted/ --raw pages/ --strict
      ingest review --diff extracted-before/ extracted/ -o review-diff/
    """
    from ingest.diff import summary
    from ingest.errors import Errors
    from ingest.review import build_diff_review, build_review, rules_of_run
    from ingest.rules import load_rules

    if diff_pair is not None:
        new_run = diff_pair[1] if diff_pair[1].is_dir() else diff_pair[1].parent
        chosen = rules_dir if rules_dir is not None else rules_of_run(new_run)
        result = build_diff_review(
            diff_pair[0], diff_pair[1], output, load_rules(chosen), raw_new=raw
        )
        click.echo(f"{output / 'index.html'}: {summary(result)}", err=True)
        return
    if extracted is None:
        raise IngestError(Errors.E007, path="(none given)")
    rules = load_rules(rules_dir if rules_dir is not None else rules_of_run(extracted))
    written = build_review(extracted, output, rules, raw)
    for line in written.warnings:
        click.echo(f"ingest: warning: {line}", err=True)
    click.echo(f"{output / 'index.html'}: {written.pages} documents", err=True)
    sys.exit(1 if strict and written.warnings else 0)


@main.command()
@click.option(
    "--table", is_flag=True,
    help="The Parquet schema of `ingest export`, as Markdown, instead.",
)  # fmt: skip
@one_line_errors
def schema(table: bool) -> None:
    """Print the JSON Schema of a document record (and of claims.jsonl lines, run.json).

    \b
    Example:
      ingest schema > schema/ingest.schema.json
      ingest schema --table > schema/claims-table.md
    """
    if table:
        from ingest.export import table_schema_markdown

        click.echo(table_schema_markdown(), nl=False)
        return
    from ingest.schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@main.command("export")
@click.argument("extracted", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True
)
@click.option("-o", "--output", type=OUTPUT_FOLDER, required=True, help="The table file to write.")
@one_line_errors
def export_command(extracted: Path, fmt: str, output: Path) -> None:
    """Write an extraction's claims as a table: one row per claim occurrence.

    Claim fields are flattened into columns (the occurrence's source, span, line and section
    path first); lists stay lists in Parquet and are JSON text in CSV. The Parquet schema is in
    schema/claims-table.md (`ingest schema --table`).

    \b
    Example:
      ingest export extracted/ --format parquet -o claims.parquet
      ingest export extracted/ --format csv -o claims.csv
    """
    from ingest.export import export

    count = export(extracted, output, fmt)
    click.echo(f"{count} rows → {output}", err=True)


@main.group()
def rules() -> None:
    """Validate, test and copy the rule files.

    Every command uses the built-in rules unless given --rules DIR. To change them, write a
    copy with `ingest rules init DIR`, edit it, check it, and pass it to the other commands.

    \b
    Example:
      ingest rules init my-rules/ && ingest rules check --rules my-rules/
      ingest run raw/ -o extracted/ --rules my-rules/
    """


@rules.command("init")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@one_line_errors
def rules_init(folder: Path) -> None:
    """Write a copy of the built-in rules to FOLDER (new or empty), to edit.

    \b
    Example:
      ingest rules init my-rules/ && ingest rules check --rules my-rules/
    """
    from ingest.rules import copy_builtin_rules

    count = copy_builtin_rules(folder)
    click.echo(
        f"{count} rule files written to {folder}; edit them and pass --rules {folder}", err=True
    )


@rules.command("compile")
@RULES_OPTION
@click.option(
    "--into",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder to write [default: INGEST_PREBUILT_DIR, else <environment>/share/ingest/startup].",
)
@one_line_errors
def rules_compile(rules_dir: Path | None, into: Path | None) -> None:
    """Build the start-up cache of the rules once, at install time.

    Compiles every rule pattern, checks them against backtracking and builds the entity
    automaton, and keeps the results in a folder that runs only read (`make run` and `make
    test` do this for the built-in rules): a run into a fresh output folder then starts
    without compiling them. Runs with other rules keep their own cache in their output.

    \b
    Example:
      ingest rules compile
    """
    from ingest.errors import Errors
    from ingest.pipeline import DocumentPipeline
    from ingest.rules import load_rules
    from ingest.rules.patterns import compile_into, default_prebuilt_folder, save_startup_cache

    folder = into if into is not None else default_prebuilt_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".writable"
        probe.touch()
        probe.unlink()
    except OSError as err:
        raise IngestError(Errors.E065, path=folder, detail=err.strerror or str(err)) from None
    # Built whole each time: what earlier rules or code left there is removed (only the
    # cache's own files: --into may name a folder that holds others).
    for pattern in ("regex-programs-*.marshal", "entities/*.pickle", "guarded/*", "entity-lines/*"):
        for stale in folder.glob(pattern):
            stale.unlink(missing_ok=True)
    compile_into(folder)
    try:
        rules = load_rules(rules_folder(rules_dir))
        DocumentPipeline(rules)  # the matchers compile their patterns, the entity automaton is kept
        save_startup_cache()
    finally:
        compile_into(None)
    files = 0
    for kept in folder.rglob("*"):  # read by every user of the environment, written by none
        kept.chmod(0o755 if kept.is_dir() else 0o644)
        files += kept.is_file()
    click.echo(f"start-up cache of {rules.digest[:12]} in {folder} ({files} files)", err=True)


@rules.command("check")
@RULES_OPTION
@click.option("-v", "--verbose", is_flag=True, help="Also count the examples run per kind of rule.")
@one_line_errors
def rules_check(rules_dir: Path | None, verbose: bool) -> None:
    """Validate every rule file and run every example.

    Reads every file (unknown keys, bad patterns and bad JSON lines are errors), runs every
    regular expression against inputs built to make it backtrack, and runs every rule's
    examples (`match:` / `no_match:`) through the pipeline's own matchers; every entity term
    must be found in its own text with its label. Prints one line per problem,
    `file:line: message`, and exits 2 when there is any, 0 otherwise.

    \b
    Example:
      ingest rules check
      ingest rules check --rules my-rules/
    """
    from ingest.rules import report_lines
    from ingest.rules.check import check_rules
    from ingest.rules.patterns import save_startup_cache

    report = check_rules(rules_folder(rules_dir))
    save_startup_cache()  # only where INGEST_CACHE_DIR names a folder: no output folder here
    for line in report_lines(report.problems):
        click.echo(line, err=True)
    click.echo(report.summary(), err=not report.ok)
    if verbose:
        click.echo(f"examples run: {report.breakdown()}", err=not report.ok)
    sys.exit(0 if report.ok else 2)
