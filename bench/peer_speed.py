"""The document pipeline's time on a folder of pages, this tree against a peer tree (another
checkout: main), in the same run: rounds alternate between the two, each in a fresh process
that loads the pages into memory first, and the best round of each is compared.

usage: python bench/peer_speed.py PEER_TREE [--pages DIR] [--rounds 3] [--repeats 3]

PEER_TREE is a checkout with ``src/`` and ``rules/`` (``/work/main``); both run with this
interpreter, so only the code and the rules differ.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "benchmarks" / "biomed-pages" / "pages"

# Run in the child: after one warm-up pass, the best of ``repeats`` passes of process() and of
# clean() alone over every page, in CPU seconds of the process (the machine is shared: wall time
# counts the other jobs' turns too). The language detector's memo is cleared before each pass, so
# every pass pays for its guesses as a fresh run over these pages would.
CHILD = """
import json, sys, time
from pathlib import Path
from ingest.clean.language import LanguageDetector
from ingest.load import load
from ingest.pipeline import DocumentPipeline
from ingest.rules import load_rules
pages_dir, rules_dir, repeats = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
files = sorted(p for p in pages_dir.rglob("*") if p.is_file())
sources = [load(p, p.relative_to(pages_dir).as_posix()) for p in files]
pipeline = DocumentPipeline(load_rules(rules_dir))
for source in sources:
    pipeline.process(source)
best = {"process": float("inf"), "clean": float("inf")}
for _ in range(repeats):
    for name, step in (("process", pipeline.process), ("clean", pipeline.clean)):
        LanguageDetector._detect.cache_clear()
        start = time.process_time()
        for source in sources:
            step(source)
        best[name] = min(best[name], time.process_time() - start)
print(json.dumps({**best, "pages": len(sources)}))
"""


def measure(tree: Path, pages: Path, repeats: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(pages), str(tree / "rules"), str(repeats)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("peer", type=Path)
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3, help="passes per round (best kept)")
    args = parser.parse_args()
    if not args.pages.is_dir() or not any(args.pages.iterdir()):
        parser.error(f"no pages in {args.pages}")
    trees = {"this": ROOT, "peer": args.peer.resolve()}
    best: dict[str, dict[str, float]] = {}
    for round_ in range(args.rounds):
        for name, tree in trees.items():
            result = measure(tree, args.pages, args.repeats)
            print(f"round {round_ + 1} {name}: {json.dumps(result)}", flush=True)
            for key in ("process", "clean"):
                kept = best.setdefault(name, {})
                kept[key] = min(kept.get(key, float("inf")), result[key])
    for key in ("process", "clean"):
        ratio = best["this"][key] / best["peer"][key]
        print(
            f"{key}: this {best['this'][key]:.2f} s, peer {best['peer'][key]:.2f} s (CPU), "
            f"ratio {ratio:.3f} (best of {args.rounds} rounds of {args.repeats} passes)"
        )


if __name__ == "__main__":
    main()
