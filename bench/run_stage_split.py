#!/usr/bin/env python3
"""Where the CPU time of a whole `ingest run --jobs 1` goes, stage by stage.

Usage::

    .venv/bin/python bench/run_stage_split.py FOLDER [--limit N]

Runs the batch in this process (the local executor at ``--jobs 1`` does the same) with a timer
around each stage, and prints each stage's own CPU seconds (a stage's time excludes the stages
timed inside it) and its share of the run. The timers cost a few per cent; the split, not the
total, is the figure (speed is measured against trafilatura by bench/main_content.py --speed).
"""

from __future__ import annotations

import argparse
import functools
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

OWN: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)
_stack: list[list[Any]] = []


def timed(owner: Any, attr: str, label: str) -> None:
    original = getattr(owner, attr)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        frame = [label, time.process_time(), 0.0]  # label, start, time of timed stages inside
        _stack.append(frame)
        try:
            return original(*args, **kwargs)
        finally:
            _stack.pop()
            spent = time.process_time() - frame[1]
            OWN[label] += spent - frame[2]
            CALLS[label] += 1
            if _stack:
                _stack[-1][2] += spent

    setattr(owner, attr, wrapper)
    # Names imported elsewhere (`from ingest.x import f`) are the same object: replace them too.
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("ingest") and module is not owner:
            for name, value in list(vars(module).items()):
                if value is original:
                    setattr(module, name, wrapper)


def install() -> None:
    import ingest.batch as batch
    import ingest.clean as clean
    import ingest.clean.filters as filters
    import ingest.clean.html as html
    import ingest.clean.main_content as main_content
    import ingest.cli  # noqa: F401 (every module imported, so that each name is replaced)
    import ingest.executors.base as base
    import ingest.match as match
    import ingest.pipeline as pipeline
    import ingest.rules as rules

    timed(rules, "load_rules", "start-up: rules")
    for name in (
        "NoText",
        "ForeignLanguage",
        "BoilerplatePatterns",
        "RepeatedBoilerplate",
        "Duplicates",
        "LinkLists",
        "SiteChrome",
    ):
        timed(getattr(filters, name), "decide", f"clean: filter {name}")
    timed(match.EntityMatcher, "find_all", "match: entities")
    timed(match.QuantityMatcher, "find_all", "match: quantities")
    timed(match.PercentageMatcher, "find_all", "match: percentages")
    timed(match.Matchers, "identifiers_in", "match: identifiers")
    timed(base.Worker, "__init__", "start-up: pipeline")
    timed(base.Worker, "lines", "site-chrome pass")
    timed(base, "load", "load (read, decode)")
    timed(html, "tokenize_html", "clean: HTML tokenizer")
    timed(html, "index_elements", "clean: element index")
    timed(html.BlockEmitter, "run", "clean: blocks")
    timed(main_content, "voter_text", "clean: trafilatura voter")
    timed(clean.Cleaner, "_labels_worth", "clean: vote projection")
    timed(clean.Cleaner, "_vote_inputs", "clean: vote projection")
    timed(clean.Cleaner, "_apply_vote", "clean: vote decision")
    timed(clean.Cleaner, "_judge", "clean: our filters")
    timed(clean.Cleaner, "_copies_after_vote", "clean: our filters")
    timed(clean, "foreign_blocks", "clean: languages")
    timed(clean, "_finish", "clean: removals")
    timed(clean.Cleaner, "clean", "clean: other")
    timed(pipeline.Segmenter, "segment", "segment")
    timed(pipeline.DocumentPipeline, "match_page", "match")
    timed(pipeline.MetadataReader, "read", "metadata")
    timed(pipeline.ClaimAssembler, "assemble", "claims")
    timed(pipeline.DocumentPipeline, "process", "process: other")
    timed(base, "render_record", "write: render")
    timed(base, "write_atomic", "write: files")
    timed(batch, "_run_batch", "batch: other")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    install()
    from ingest.batch import run_batch

    with tempfile.TemporaryDirectory() as tmp:
        pages = a.folder
        if a.limit:
            pages = Path(tmp) / "pages"
            pages.mkdir()
            for path in sorted(a.folder.glob("*.html"))[: a.limit]:
                shutil.copy(path, pages / path.name)
        started = time.process_time()
        record = run_batch([pages], Path(tmp) / "out", ROOT / "rules", jobs=1, text=True)
        total = time.process_time() - started
    print(f"{record.counts.processed} pages, {total:.1f} CPU s in all")
    for label, seconds in sorted(OWN.items(), key=lambda kv: -kv[1]):
        print(f"  {label:28} {seconds:7.2f} s  {seconds / total:6.1%}  ({CALLS[label]} calls)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
