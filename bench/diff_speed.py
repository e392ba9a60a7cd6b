"""`ingest diff` on two extractions of N claims each: time to read, compare and report.

The new side changes 1% of the claims' wording (removed + added), adds 1% new claims, removes
1%, and gives 1% a new citation (changed), so every path of the comparison is exercised.

Then the same with a document record per source on both sides, as `ingest run` writes them: the
diff reads the records of the sources with a difference to explain each removed claim (every
page's bytes changed; half of the removed claims' text is in a removal of the new record, the
others are matched to the nearest new sentence), so the cost of explaining is measured too.

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
from ingest.diff import diff_lines, diff_paths, explain, read_lines, render_json, render_text
from ingest.emit import jsonl_line
from ingest.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Comparing two extractions (`ingest diff`)"


def write_claims(folder: Path, lines: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "claims.jsonl").write_text("".join(lines), encoding="utf-8")


def write_records(folder: Path, lines: list[str], removed: dict[str, str], side: str) -> int:
    """Minimal document records (source, removed, claims with spans) of the claims' sources."""
    by_source: dict[str, list[dict[str, object]]] = {}
    for line in lines:
        data = json.loads(line)
        for occurrence in data["occurrences"]:
            by_source.setdefault(occurrence["source"], []).append(
                {"id": data["id"], "text": data["text"], "span": occurrence["span"]}
            )
    for source, claims in by_source.items():
        record = {
            "source": {"path": source, "sha256": f"{side}-{source}"},
            "removed": [
                {
                    "reason": "boilerplate",
                    "rule": "bench-rule",
                    "text": text,
                    "span": [0, 1],
                    "line": 1,
                }
                for text in removed.get(source, [])
            ],
            "claims": claims,
        }
        path = folder / f"{source}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return len(by_source)


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
        removals: dict[str, list[str]] = {}
        for k, record in enumerate(result.removed):
            if k % 2 == 0:
                source = record["occurrences"][0]["source"]
                removals.setdefault(source, []).append(record["text"])
        sources = write_records(old, old_lines, {}, "old")
        write_records(new, new_lines, removals, "new")
        started = time.perf_counter()
        explained = diff_lines(read_lines(old), read_lines(new), str(old), str(new))
        compared_again = time.perf_counter() - started
        started = time.perf_counter()
        explain(explained, old, new)
        explaining = time.perf_counter() - started
        kinds: dict[str, int] = {}
        for causes in explained.causes.values():
            for cause in causes:
                kinds[cause.kind] = kinds.get(cause.kind, 0) + 1
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
            f"With a document record per source on both sides ({sources:,} sources), explaining "
            f"the removed and added claims takes {explaining:.2f} s after a comparison of "
            f"{compared_again:.2f} s in the same run ({explaining / compared_again:.2f}x).",
            "",
            f"Result: {len(result.added):,} added, {len(result.removed):,} removed, {len(result.changed):,} changed, "
            f"{len(result.pairs):,} removed/added pairs shown together. With records, the causes: "
            + ", ".join(f"{kind} {n:,}" for kind, n in sorted(kinds.items()))
            + ".",
            "",
        ]
    )
    publish(body, args.write)


if __name__ == "__main__":
    main()
