"""Would compiling the pipeline's own modules make it fast? A trial with mypyc.

The pipeline's profile is flat (no stage above 16%, docs/benchmarks.md), so the question for
the speed target is whether the Python interpreter itself is the cost. This script copies
``src/ingest`` into a scratch folder, compiles the document-pipeline modules there with mypyc
(shipped with mypy, a dev dependency; needs gcc and the Python headers), and times the same
in-process run (bench/pipeline_speed.py's loop over the first ``--limit`` corpus pages) with the
interpreted package and the compiled copy, alternately, in fresh processes. Each figure is the
fastest of ``--rounds`` rounds (pipeline and tokenizer each), because this machine's speed
drifts by ±30% between runs.

Left interpreted: ``clean/html.py`` (compiled, it stops at run time with "None object expected;
got str" where ``BlockEmitter.run`` returns ``self.title``), and everything outside the per-document path (CLI, batch,
executors, rules loading).

usage: python bench/mypyc_trial.py [--limit 300] [--rounds 3] [--write docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docs_section import publish

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Compiling the pipeline with mypyc (a trial)"
COMPILED = [
    "textmap.py", "text.py", "sentences.py", "segment.py", "claims.py", "dedupe.py",
    "match/__init__.py", "match/abbreviations.py", "match/cues.py", "match/entities.py",
    "match/identifiers.py", "match/percentages.py", "clean/__init__.py", "clean/blocks.py",
    "clean/filters.py", "clean/language.py",
]  # fmt: skip

# Runs in a fresh interpreter: the package found first on sys.path is the one timed.
TIMER = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, {bench!r})
from pipeline_speed import read_corpus
import spacy
import ingest.textmap
from ingest.pipeline import DocumentPipeline
from ingest.rules import load_rules
sources = read_corpus(Path({corpus!r}), {limit})
pipeline = DocumentPipeline(load_rules(Path({rules!r})))
pipeline.process(sources[0])
tokenizer = spacy.blank("en").tokenizer
tokenizer(sources[0].text)
started = time.perf_counter()
for source in sources:
    tokenizer(source.text)
tokens = time.perf_counter() - started
started = time.perf_counter()
for source in sources:
    pipeline.process(source)
print(json.dumps({{"tokenizer": tokens, "pipeline": time.perf_counter() - started,
                  "compiled": ingest.textmap.__file__.endswith(".so")}}))
"""


def build(scratch: Path) -> Path:
    package = scratch / "ingest"
    shutil.copytree(ROOT / "src" / "ingest", package)
    config = scratch / "mypy.ini"
    config.write_text(
        "[mypy]\npython_version = 3.11\nignore_missing_imports = True\nplugins = pydantic.mypy\n"
    )
    mypyc = Path(sys.executable).with_name("mypyc")
    command = [str(mypyc), "--config-file", str(config), *(f"ingest/{m}" for m in COMPILED)]
    done = subprocess.run(command, cwd=scratch, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"mypyc failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return scratch


def timed(path_first: Path | None, corpus: Path, limit: int) -> dict[str, float]:
    code = TIMER.format(
        bench=str(ROOT / "bench"), corpus=str(corpus), limit=limit, rules=str(ROOT / "rules")
    )
    env = dict(os.environ)
    if path_first is not None:
        env["PYTHONPATH"] = str(path_first)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "bench" / "corpus")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ingest-mypyc-") as folder:
        scratch = build(Path(folder))
        best: dict[str, dict[str, float]] = {}
        for _ in range(args.rounds):
            for label, first in (("interpreted", None), ("compiled", scratch)):
                run = timed(first, args.corpus, args.limit)
                if run["compiled"] != (label == "compiled"):
                    sys.exit(f"the {label} run imported the wrong package")
                print(f"{label}: pipeline {run['pipeline']:.2f} s", file=sys.stderr)
                fastest = best.setdefault(label, {"pipeline": 1e9, "tokenizer": 1e9})
                for key in ("pipeline", "tokenizer"):
                    fastest[key] = min(fastest[key], run[key])
    for fastest in best.values():
        fastest["ratio"] = fastest["tokenizer"] / fastest["pipeline"]

    plain, compiled = best["interpreted"], best["compiled"]
    lines = [
        SECTION,
        "",
        f"`bench/mypyc_trial.py --limit {args.limit} --rounds {args.rounds}`: the in-process",
        f"pipeline over {args.limit} pages of `bench/corpus/`, interpreted and with "
        f"{len(COMPILED)} of its modules",
        "compiled by mypyc (every per-document module but `clean/html.py`), alternately in fresh",
        "processes; the fastest round of each, and of the tokenizer timed in the same processes.",
        "",
        "| package | pipeline s | tokenizer s | × tokenizer |",
        "|---|---:|---:|---:|",
        f"| interpreted | {plain['pipeline']:.2f} | {plain['tokenizer']:.2f} | "
        f"{plain['ratio']:.3f} |",
        f"| compiled with mypyc | {compiled['pipeline']:.2f} | {compiled['tokenizer']:.2f} | "
        f"{compiled['ratio']:.3f} |",
        "",
        f"Compiled, the pipeline takes {compiled['pipeline'] / plain['pipeline']:.0%} of the "
        "interpreted time. Compiling removes the interpreter's dispatch in our own code; what is left is",
        "the work in the libraries it calls (regular expressions, pydantic models, dataclasses,",
        "the HTML tokenizer, fastText, Aho-Corasick), spread over every stage.",
        "",
    ]
    report = "\n".join(lines)
    publish(report, args.write)


if __name__ == "__main__":
    main()
