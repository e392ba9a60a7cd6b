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
from typing import Any, TypeVar

import click

from ingest import __version__
from ingest.errors import IngestError, RulesInvalid

F = TypeVar("F", bound=Callable[..., Any])

RULES_OPTION = click.option(
    "--rules",
    "rules_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("rules"),
    show_default=True,
    help="Folder of rule files.",
)


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
            click.echo("ingest: interrupted; outputs written so far are complete", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


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
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=Path("extracted"), show_default=True
)
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
    rules_dir: Path,
    jobs: int | None,
    force: bool,
    executor: str,
    scheduler: str | None,
    time_limit: float,
    write_text: bool,
    strict: bool,
) -> None:
    """Extract claims from every file under INPUTS (default: raw/).

    Writes one record per page, claims.jsonl and run.json to the output folder. Inputs whose
    bytes, rules and version are unchanged since the last run are not processed again; records
    of inputs that are gone are removed. A progress bar shows on a terminal. Exit status 1 when
    any file failed (listed in run.json and on stderr), 0 otherwise. A page whose kept text is
    a small share of its visible text (or nothing), or where one removal spans most of it, is
    listed under run.json's warnings and on stderr; with --strict that fails the run too.

    \b
    Example:
      ingest run raw/ -o extracted/ --jobs 4
      ingest run pages/ -o out/ --text --strict
      ingest run corpus/ -o out/ --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from ingest.batch import Progress, run_batch

    sources = list(inputs) or [Path("raw")]
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    bar = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit="file", file=sys.stderr, dynamic_ncols=True, leave=False)

    def show(status: Progress) -> None:
        if bar is not None:
            bar.total = status.total
            bar.n = status.done
            bar.set_postfix(claims=status.claims, failed=status.failed, refresh=False)
            bar.refresh()

    try:
        record = run_batch(
            sources,
            output,
            rules_dir,
            jobs=workers,
            executor=executor,
            scheduler=scheduler,
            force=force,
            time_limit=time_limit,
            progress=show,
            text=write_text,
        )
    finally:
        if bar is not None:
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
    click.echo(
        f"{counts.seen} seen, {counts.processed} processed, {counts.unchanged} unchanged, "
        f"{counts.failed} failed, {len(record.warnings)} warned; "
        f"{record.claims_distinct} distinct claims → {output} "
        f"({seconds:.1f} s)",
        err=True,
    )
    sys.exit(1 if counts.failed or (strict and record.warnings) else 0)


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@RULES_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(["summary", "text", "json"]), default="summary",
    show_default=True, help="summary: removals and claims; text: the kept text; json: the record.",
)  # fmt: skip
@one_line_errors
def show(file: Path, rules_dir: Path, fmt: str) -> None:
    """Show how one page is cleaned and which claims it yields.

    \b
    Example:
      ingest show raw/clinic-page.html
      ingest show raw/clinic-page.html --format text
    """
    from ingest.emit import document_json
    from ingest.errors import Errors
    from ingest.load import load
    from ingest.pipeline import DocumentPipeline
    from ingest.rules import load_rules

    if not file.is_file():
        raise IngestError(Errors.E001, path=file)
    pipeline = DocumentPipeline(load_rules(rules_dir))
    try:
        processed = pipeline.process(load(file, file.name))
        document = processed.document
    except IngestError:
        raise
    except Exception as err:  # a page the pipeline cannot handle: one line, as in a batch
        raise IngestError(Errors.E012, path=file, detail=f"{type(err).__name__}: {err}") from None
    if fmt == "json":
        click.echo(document_json(document), nl=False)
        return
    if fmt == "text":
        if processed.cleaned is not None:
            click.echo(processed.cleaned.kept_text(), nl=False)
        return
    source = document.source
    click.echo(
        f"{source.path}  {source.media_type}  {source.encoding}  language={document.language}"
    )
    for article in document.articles:
        cited = ", ".join(f"{c.scheme}:{c.value}" for c in article.citations) or "none"
        click.echo(f"article {article.id}: {article.title!r}  cites {cited}")
    for item in document.removed:
        if item.reason.value != "markup":
            reason = f"{item.reason.value} [{item.rule}]"
            click.echo(f"  - removed {reason} line {item.line}: {item.text[:90]!r}")
    for claim in document.claims:
        click.echo(f"  * claim {claim.id} line {claim.line}: {claim.text[:110]}")


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
@one_line_errors
def diff_command(old: Path, new: Path, fmt: str) -> None:
    """List the claims added, removed and changed between two extractions.

    OLD and NEW are extraction folders (or two claims.jsonl files). Claims are grouped by
    source; an edited sentence shows as a removed and an added claim with what changed between
    them; positions alone are not changes. Exit status: 0 when equal, 1 when they differ, 2 on
    error.

    \b
    Example:
      ingest diff extracted-before/ extracted/ --format markdown > comment.md
    """
    from ingest.diff import diff_paths, render_json, render_markdown, render_text

    result = diff_paths(old, new)
    if fmt == "json":
        click.echo(render_json(result), nl=False)
    elif fmt == "markdown":
        click.echo(render_markdown(result), nl=False)
    else:
        click.echo(render_text(result, color=sys.stdout.isatty()), nl=False)
    sys.exit(0 if result.equal else 1)


@main.command()
@click.argument("extracted", required=False, type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=Path("review"), show_default=True
)
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
@one_line_errors
def review(
    extracted: Path | None,
    output: Path,
    raw: Path | None,
    rules_dir: Path,
    diff_pair: tuple[Path, Path] | None,
) -> None:
    """Write static HTML pages to review an extraction (or a diff) in a browser.

    Each document's cleaned text is shown with its claims marked (percentages, identifiers,
    entities), removed text struck through with its reason, and a side list of claims with
    their citations. The pages need no network.

    \b
    Example:
      ingest review extracted/ -o review/ && xdg-open review/index.html
      ingest review --diff extracted-before/ extracted/ -o review-diff/
    """
    from ingest.diff import summary
    from ingest.errors import Errors
    from ingest.review import build_diff_review, build_review
    from ingest.rules import load_rules

    if diff_pair is not None:
        result = build_diff_review(diff_pair[0], diff_pair[1], output)
        click.echo(f"{output / 'index.html'}: {summary(result)}", err=True)
        return
    if extracted is None:
        raise IngestError(Errors.E007, path="(none given)")
    written = build_review(extracted, output, load_rules(rules_dir), raw)
    for path in written.missing_sources:
        click.echo(f"ingest: source not found, claims listed without text: {path}", err=True)
    click.echo(f"{output / 'index.html'}: {written.pages} documents", err=True)


@main.command()
@one_line_errors
def schema() -> None:
    """Print the JSON Schema of a document record (and of claims.jsonl lines, run.json).

    \b
    Example:
      ingest schema > schema/ingest.schema.json
    """
    from ingest.schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@main.group()
def rules() -> None:
    """Validate and test the rule files."""


@rules.command("check")
@RULES_OPTION
@click.option("-v", "--verbose", is_flag=True, help="Also count the examples run per kind of rule.")
@one_line_errors
def rules_check(rules_dir: Path, verbose: bool) -> None:
    """Validate every rule file and run every example.

    Reads every file (unknown keys, bad patterns and bad JSON lines are errors), runs every
    regular expression against inputs built to make it backtrack, and runs every rule's
    examples (`match:` / `no_match:`) through the pipeline's own matchers; every entity term
    must be found in its own text with its label. Prints one line per problem,
    `file:line: message`, and exits 2 when there is any, 0 otherwise.

    \b
    Example:
      ingest rules check --rules rules/
    """
    from ingest.rules import report_lines
    from ingest.rules.check import check_rules

    report = check_rules(rules_dir)
    for line in report_lines(report.problems):
        click.echo(line, err=True)
    click.echo(report.summary(), err=not report.ok)
    if verbose:
        click.echo(f"examples run: {report.breakdown()}", err=not report.ok)
    sys.exit(0 if report.ok else 2)
