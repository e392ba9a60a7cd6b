"""Cost of one block's length: time per MB of single-line pages from 10 kB to 5 MB.

A page with no line break is one block; a step that scans the whole block for each of its
sentences (claim assembly did) makes such a page quadratic: 250 kB took 2.7 s, 1 MB 36.8 s
and 5 MB outran the time limit. Each size here is processed in pages of that size up to at
least 1 MB of text in all, and reported as seconds per MB and as a ratio to the 10 kB pages
of the same run: flat (about 1) means linear in the block's length.

usage: python bench/block_length.py [--sizes 10000,100000,1000000,5000000] [--write docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import platform
import random
import time
from pathlib import Path

from docs_section import publish
from ingest.load import load_bytes
from ingest.pipeline import DocumentPipeline
from ingest.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Block length: single-line pages from 10 kB to 5 MB"
VOCABULARY = (
    "mesenchymal stem cells improved outcomes in knee osteoarthritis and about 40% responded "
    "while others did not; lupus patients (PMID 12345678) had 12.5% fewer flares"
)
WORDS = VOCABULARY.split(" ")
NOTES = """What made long blocks cost more, found with a profile of 1 MB and 5 MB pages (issue 17.5,
issue 19): abbreviations gave each short form's matches to the block's entities by rescanning
every entity of the block per match (quadratic in a one-line page; now by bisection), and a line
cut after a space was rebuilt word by word to strip it (`collapse_space`, 0.5 s per MB; now one
piece). Before (acbd119, same CPU measure): 1.00 / 0.96 / 1.19 / 1.72 for 10 kB / 100 kB / 1 MB /
5 MB. Claim assembly had already stopped scanning every match of the block per sentence (250 kB
took 2.7 s and 1 MB 36.8 s before that, issue 17)."""


def single_line_page(size: int, seed: int) -> bytes:
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(size // 5 + 1))[:size]
    return text.encode("utf-8")


def seconds_per_mb(pipeline: DocumentPipeline, size: int) -> tuple[float, int, int]:
    pages = max(1, 1_000_000 // size)
    sources = [load_bytes(single_line_page(size, n), f"page{n}.txt") for n in range(pages)]
    claims = 0
    # CPU time of this process: the measure is one process's work, and on a machine shared with
    # other jobs wall time moved by 30% or more from run to run.
    started = time.process_time()
    for source in sources:
        claims += len(pipeline.process(source).document.claims)
    seconds = time.process_time() - started
    return seconds / (pages * size / 1e6), pages, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--sizes", default="10000,100000,1000000,5000000")
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    pipeline = DocumentPipeline(load_rules(ROOT / "rules"))
    pipeline.process(load_bytes(single_line_page(5000, 99), "warm.txt"))  # lazy loads
    rows = []
    base = None
    for size in sizes:
        per_mb, pages, claims = seconds_per_mb(pipeline, size)
        base = base or per_mb
        rows.append(
            f"| {size / 1000:g} kB | {pages} | {claims} | {per_mb:.2f} | {per_mb / base:.2f} |"
        )
        print(rows[-1], flush=True)
    body = "\n".join(
        [
            SECTION,
            "",
            "`python bench/block_length.py --write docs/benchmarks.md`; one core, CPU seconds "
            f"of the process, Python {platform.python_version()}. Pages are one line of generated biomedical "
            "words (percentages, a PMID, entities), so the whole page is one block. The ratio is "
            "to the 10 kB pages of the same run: about 1 at every size is linear cost.",
            "",
            "| page | pages | claims | s per MB | ratio to 10 kB |",
            "|---|---|---|---|---|",
            *rows,
            "",
            NOTES,
        ]
    )
    publish(body + "\n", args.write)


if __name__ == "__main__":
    main()
