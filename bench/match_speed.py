"""CPU time of the match stage alone, in process: what issue 19 asks to be 6x cheaper.

For every page of a corpus the page is cleaned and segmented (not timed), then the match stage
runs as the pipeline runs it (timed): every block's percentages, identifiers and entities,
abbreviations resolved, and the hedging and negation cues of every claim sentence (collected
from a full run, timed as the claims stage calls them). Also the start-up of the entity matcher
(construction in a fresh process, with and without the start-up cache).

The same script measures an older checkout: put its ``src`` first on ``PYTHONPATH`` (``git
archive COMMIT | tar -x -C DIR``); the stage's entry point is found by name
(``DocumentPipeline.match_page`` where it exists, else the per-block calls of before).

usage: python bench/match_speed.py --corpus bench/out/seeds-x60 [--rounds 3] [--profile FILE]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ingest.load import LoadedSource, load
from ingest.pipeline import DocumentPipeline
from ingest.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]


def read_corpus(folder: Path) -> list[LoadedSource]:
    paths = sorted(p for p in folder.rglob("*") if p.is_file())
    return [load(p, p.relative_to(folder).as_posix()) for p in paths]


def match_stage(pipeline: DocumentPipeline) -> Callable[[Any], object]:
    """The pipeline's match stage over a segmented page, as ``process`` calls it."""
    own = getattr(pipeline, "match_page", None)
    if own is not None:
        return own  # type: ignore[no-any-return]
    from ingest.segment import Role

    def before(page: Any) -> object:
        matchers = pipeline.matchers
        matches = [
            matchers.match(unit.block, entities=pipeline.entities and unit.role == Role.CONTENT)
            for unit in page.units
        ]
        headings = [
            matchers.match(section.block, entities=pipeline.entities) for section in page.sections
        ]
        return pipeline._abbreviations(page, matches, headings)

    return before


def cue_texts(pipeline: DocumentPipeline, sources: list[LoadedSource]) -> list[str]:
    """The sentences the claims stage asks cues of, in a full run."""
    cues = pipeline.matchers.cues
    original = cues.find
    asked: list[str] = []

    def record(text: str) -> Any:
        asked.append(text)
        return original(text)

    cues.find = record  # type: ignore[method-assign]
    try:
        for source in sources:
            pipeline.process(source)
    finally:
        cues.find = original  # type: ignore[method-assign]
    return asked


def time_match(
    pipeline: DocumentPipeline,
    sources: list[LoadedSource],
    profile: cProfile.Profile | None,
    dump: list[str] | None = None,
) -> float:
    stage = match_stage(pipeline)
    spent = 0.0
    for source in sources:
        cleaned = pipeline.clean(source)
        page = pipeline.segmenter.segment(cleaned)
        if profile is not None:
            profile.enable()
        started = time.process_time()
        found = stage(page)
        spent += time.process_time() - started
        if profile is not None:
            profile.disable()
        if dump is not None:
            dump.append(f"{source.path}\t{found!r}")
    return spent


def time_cues(pipeline: DocumentPipeline, texts: list[str]) -> float:
    find = pipeline.matchers.cues.find
    started = time.process_time()
    for text in texts:
        find(text)
    return time.process_time() - started


def startup(rules_dir: Path) -> dict[str, float]:
    """CPU seconds to get the entity matcher in a fresh process (rules already loaded there):
    built from the rules, and (where the checkout has it) from the start-up cache, which the
    build before has filled."""
    head = (
        "import json, sys, time\n"
        "from ingest.rules import load_rules\n"
        "from ingest.match.entities import EntityMatcher\n"
        f"rules = load_rules({str(rules_dir)!r})\n"
    )
    timed = "c = time.process_time()\n{call}\nprint(json.dumps(time.process_time() - c))\n"
    cached = (
        "if not hasattr(EntityMatcher, 'for_rules'):\n    print('null')\n    sys.exit()\n"
        "EntityMatcher.for_rules(rules)\n"
    )
    codes = {
        "build": head + timed.format(call="EntityMatcher(rules.entities, rules.compounds)"),
        "cached": head + cached + timed.format(call="EntityMatcher.for_rules(rules)"),
    }
    found: dict[str, float] = {}
    for name, code in codes.items():
        runs = [
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout.split()[-1]
            for _ in range(3)
        ]
        values = [json.loads(run) for run in runs if run != "null"]
        if values:
            found[name] = min(values)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "seeds-x60")
    parser.add_argument("--rules", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument("--startup", action="store_true")
    parser.add_argument(
        "--dump", type=Path, default=None, help="write every page's matches (repr), one a line"
    )
    args = parser.parse_args()
    import ingest

    rules_dir = args.rules or Path(ingest.__file__).resolve().parents[2] / "rules"
    sources = read_corpus(args.corpus)
    rules = load_rules(rules_dir)
    pipeline = DocumentPipeline(rules)
    texts = cue_texts(pipeline, sources)
    gc.collect()
    matching: list[float] = []
    cues: list[float] = []
    for n in range(args.rounds):
        profile = cProfile.Profile() if args.profile is not None and n == 0 else None
        dump: list[str] | None = [] if args.dump is not None and n == 0 else None
        matching.append(time_match(pipeline, sources, profile, dump))
        if dump is not None and args.dump is not None:
            args.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")
        cues.append(time_cues(pipeline, texts))
        if profile is not None:
            profile.dump_stats(str(args.profile))
    report = {
        "pages": len(sources),
        "match_stage_cpu": min(matching),
        "cues_cpu": min(cues),
        "cue_sentences": len(texts),
        "total_cpu": min(matching) + min(cues),
    }
    if args.startup:
        report["entity_matcher_startup_cpu"] = startup(rules_dir)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
