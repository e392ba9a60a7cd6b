"""Where a page's time goes: the document pipeline in process over a corpus, stage by stage.

Times ``DocumentPipeline.process`` over every page (best of ``--rounds``, CPU), then runs it
once under cProfile and prints each stage's share of the profiled time applied to the
unprofiled CPU time (a profiler slows Python code more than C code, so the seconds are
estimates; the shares are what to compare between two checkouts run the same way).

Runs against whichever ``ingest`` is importable: put a baseline checkout's ``src`` first on
``PYTHONPATH`` to measure it (``bench/same_output.py`` makes such checkouts).

usage: python bench/stage_split.py [--corpus bench/out/seeds-x60] [--rules rules] [--rounds 2]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import time
from pathlib import Path

from ingest.load import load
from ingest.pipeline import DocumentPipeline
from ingest.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]

# Stage label -> (file suffix, function name) of the call that is the stage.
STAGES = {
    "cleaning": ("clean/__init__.py", "clean"),
    "  parse": ("clean/__init__.py", "parse"),
    "  filters": ("clean/__init__.py", "_run_filters"),
    "segmentation": ("ingest/segment.py", "segment"),
    "matching": ("match/__init__.py", "match_blocks"),
    "  entities": ("match/entities.py", "find_all"),
    "  quantities": ("match/quantities.py", "find_all"),
    "  percentages": ("match/percentages.py", "find_all"),
    "abbreviations": ("ingest/pipeline.py", "_abbreviations"),
    "claim assembly": ("ingest/claims.py", "assemble"),
    "metadata": ("ingest/metadata.py", "read"),
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "seeds-x60")
    parser.add_argument("--rules", type=Path, default=ROOT / "rules")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    pipeline = DocumentPipeline(load_rules(args.rules))
    paths = sorted(p for p in args.corpus.rglob("*") if p.is_file())
    sources = [load(p, p.relative_to(args.corpus).as_posix()) for p in paths]
    pipeline.process(sources[0])  # lazy loads
    gc.freeze()
    best = float("inf")
    for _ in range(args.rounds):
        started = time.process_time()
        for source in sources:
            pipeline.process(source)
        best = min(best, time.process_time() - started)
    profile = cProfile.Profile()
    profile.enable()
    for source in sources:
        pipeline.process(source)
    profile.disable()
    stats = pstats.Stats(profile)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"{len(sources)} pages, pipeline {best:.2f} CPU s (best of {args.rounds})")
    print("| stage | share | CPU s (estimate) |\n|---|---:|---:|")
    for label, (suffix, name) in STAGES.items():
        cumulative = max(
            (
                value[3]
                for (file, _, function), value in stats.stats.items()  # type: ignore[attr-defined]
                if function == name and file.endswith(suffix)
            ),
            default=0.0,
        )
        print(f"| {label} | {cumulative / total:.1%} | {best * cumulative / total:.2f} |")


if __name__ == "__main__":
    main()
