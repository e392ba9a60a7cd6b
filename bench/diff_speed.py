"""`ingest diff` on two extractions of N claims each: time to read, compare and report.

The new side changes 1% of the claims' wording (removed + added), adds 1% new claims, removes
1%, and gives 1% a new citation (changed), so every path of the comparison is exercised.

usage: python bench/diff_speed.py [--claims 100000] [--write docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from dedupe_speed import generate
from docs_section import publish
from ingest.dedupe import corpus_claims
from ingest.diff import diff_paths, render_json, render_text
from ingest.emit import jsonl_line
from ingest.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Comparing two extractions (`ingest diff`)"


def write_claims(folder: Path, lines: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "claims.jsonl").write_text("".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args()
    rules = load_rules(ROOT / "rules")
    documents, _ = generate(int(args.claims * 1.45))  # about N distinct claims after dedupe
    records = corpus_claims(documents, rules.claims.near_duplicates)[: args.claims]
    old_lines = [jsonl_line(r) for r in records]
    rng = random.Random(3)
    new_lines = []
    for line in old_lines:
        roll = rng.random()
        if roll < 0.01:
            continue  # removed
        data = json.loads(line)
        if roll < 0.02:
            data["text"] = data["text"].replace("patients", "participants")
            data["id"] = "c" + format(rng.getrandbits(64), "016x")  # wording changed: new id
        elif roll < 0.03:
            data["citations"] = [
                *data["citations"],
                {"scheme": "pmid", "value": str(rng.randint(10**7, 10**8))},
            ]
        new_lines.append(json.dumps(data, ensure_ascii=False) + "\n")
        if roll > 0.99:
            extra = dict(
                data,
                id="c" + format(rng.getrandbits(64), "016x"),
                text=data["text"] + " (extended)",
            )
            new_lines.append(json.dumps(extra, ensure_ascii=False) + "\n")
    new_lines.sort()
    with tempfile.TemporaryDirectory() as folder:
        old, new = Path(folder) / "old", Path(folder) / "new"
        write_claims(old, old_lines)
        write_claims(new, new_lines)
        size = (old / "claims.jsonl").stat().st_size / 1e6
        started = time.perf_counter()
        result = diff_paths(old, new)
        compared = time.perf_counter() - started
        text = render_text(result)
        rendered = time.perf_counter() - started
        render_json(result)
        with_json = time.perf_counter() - started
    body = "\n".join(
        [
            SECTION,
            "",
            f"`bench/diff_speed.py`: two `claims.jsonl` of {len(old_lines):,} and {len(new_lines):,} claims",
            f"({size:.0f} MB each); the new one rewords 1% (removed + added), adds 1%, removes 1% and gives",
            "1% a new citation (changed). One core.",
            "",
            "| step | seconds |",
            "|---|---:|",
            f"| read both and compare | {compared:.2f} |",
            f"| … and render the text report ({len(text.splitlines()):,} lines) | {rendered:.2f} |",
            f"| … and the JSON report | {with_json:.2f} |",
            "",
            f"Result: {len(result.added):,} added, {len(result.removed):,} removed, {len(result.changed):,} changed, "
            f"{len(result.pairs):,} removed/added pairs shown together.",
            "",
        ]
    )
    publish(body, args.write)


if __name__ == "__main__":
    main()
