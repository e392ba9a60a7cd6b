"""Before and after on a busy machine: ``ingest run`` at a baseline commit and at this checkout,
in turns, over one corpus, and the tokenizer in between.

Wall time on a machine shared with other jobs moves by 30% or more from run to run; running the
two sides in turns, several rounds, and reading the CPU time of each run's process tree gives a
comparison both sides paid under the same load. Each run is a fresh ``ingest run --force`` into
its own folder, with the rules of its own side; the baseline is a ``git archive`` of the commit
run with its own source (``bench/same_output.py``'s way). The tokenizer row is spaCy's blank
English tokenizer over the same decoded text, its CPU time in this process.

usage: python bench/ab_speed.py --baseline COMMIT --corpus DIR [--jobs 1] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import site
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from batch_speed import decoded_texts  # type: ignore[import-not-found]  # noqa: E402
from same_output import baseline_checkout  # type: ignore[import-not-found]  # noqa: E402


def cpu_of_run(source: Path, corpus: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(CPU seconds of the run's process tree, wall seconds)."""
    shutil.rmtree(out, ignore_errors=True)
    packages = os.pathsep.join(site.getsitepackages())
    env = dict(os.environ, PYTHONPATH=f"{source / 'src'}{os.pathsep}{packages}")
    command = [
        sys.executable, "-S", "-c",
        "import sys; from ingest.cli import main; sys.argv[0] = 'ingest'; main()",
        "run", str(corpus), "-o", str(out), "--rules", str(source / "rules"),
        "--jobs", str(jobs), "--force",
    ]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def tokenizer_cpu(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("en")
    nlp.tokenizer(texts[0])
    started = time.process_time()
    for text in texts:
        nlp.tokenizer(text)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ab-speed"))
    args = parser.parse_args()
    base = baseline_checkout(args.baseline, args.work)
    texts = decoded_texts(args.corpus)
    sides = {f"baseline {args.baseline}": base, "this checkout": ROOT}
    found: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    tokens: list[float] = []
    for _ in range(args.rounds):
        for name, source in sides.items():
            found[name].append(cpu_of_run(source, args.corpus, args.work / "out", args.jobs))
        tokens.append(tokenizer_cpu(texts))
    token = min(tokens)
    print(f"corpus {args.corpus} ({len(texts)} pages), --jobs {args.jobs}, {args.rounds} rounds")
    print("| run | CPU s (best of rounds) | wall s (best) | × tokenizer, CPU |")
    print("|---|---:|---:|---:|")
    print(f"| spaCy blank English tokenizer | {token:.2f} | | 1.00 |")
    for name, runs in found.items():
        cpu = min(c for c, _ in runs)
        wall = min(w for _, w in runs)
        print(f"| ingest run, {name} | {cpu:.2f} | {wall:.1f} | {token / cpu:.2f} |")


if __name__ == "__main__":
    main()
