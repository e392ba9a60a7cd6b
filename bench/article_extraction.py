#!/usr/bin/env python3
"""Article-body extraction benchmark: how well the clean stage separates main text from boilerplate.

Usage::

    .venv/bin/python bench/article_extraction.py [--limit N] [--worst N] [--gate FILE]
        [--write-baseline FILE] [--check-scorer] [--data DIR] [--scorer PATH] [--out PATH]

For every page of the public benchmark (``/work/shared/benchmarks/article-extraction``: 181 real
pages, ``html/<id>.html.gz``, and their hand-checked main text in ``ground-truth.json``), the page
is decompressed, loaded as ``<id>.html`` and run through the clean stage only
(``DocumentPipeline(load_rules("rules")).clean(...)``). The kept blocks' texts, joined with
``"\\n"``, are the page's ``articleBody``. Predictions go to ``bench/out/article_predictions.json``
(git-ignored) and are scored with the shared scorer (``/work/shared/tools/article_f1.py``,
imported, so the metric is exactly the published one: 4-word shingles, per-page normalized
tp/fp/fn, precision and recall averaged over pages, F1 of the two averages).

Printed: precision, recall, F1, pages/s and ms/page of the clean stage; with ``--worst N``
the N pages with the lowest F1, each with its per-page P/R and the removal rules that took the
most true-text shingles (recall losses) and, for precision losses, how much kept text is not in
the truth.

Quality gate: ``--gate FILE`` compares the F1 with the one stored in FILE (JSON with an ``f1``
key, written by ``--write-baseline FILE``) and exits with status 1 when it is lower by more than
``--tolerance`` (0.005). A gate run must cover every page (``--limit`` is refused with
``--gate``). Published figures on this set: trafilatura 2.0 F1 0.958 (P 0.938, R 0.978),
readability-lxml 0.922, full page text 0.665.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path("/work/shared/benchmarks/article-extraction")
DEFAULT_SCORER = Path("/work/shared/tools/article_f1.py")
DEFAULT_OUT = ROOT / "bench" / "out" / "article_predictions.json"
TOLERANCE = 0.005
CLEAN_RULE_FILES = ("markup.yaml", "boilerplate.yaml", "cleaning.yaml")


def clean_rules_digest() -> str:
    """sha256 of the rule files the clean stage reads (not of the others), for the baseline."""
    digest = hashlib.sha256()
    for name in CLEAN_RULE_FILES:
        digest.update((ROOT / "rules" / name).read_bytes())
    return digest.hexdigest()[:16]


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("article_f1", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer: ModuleType, truth: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
    """The scorer's own aggregation (article_f1.main), over the pages in ``pred``."""
    counts = {
        k: scorer.page_counts(truth[k].get("articleBody", ""), pred[k].get("articleBody", ""))
        for k in pred
    }
    ps = [scorer.precision(*c) for c in counts.values() if c[0] + c[1] > 0]
    rs = [scorer.recall(*c) for c in counts.values() if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    pages = {}
    for k, c in counts.items():
        pp, rr = scorer.precision(*c), scorer.recall(*c)
        pages[k] = {"precision": pp, "recall": rr, "f1": 2 * pp * rr / ((pp + rr) or 1)}
    return {"precision": p, "recall": r, "f1": f1, "pages": pages}


def run_pages(ids: list[str], data: Path) -> tuple[dict[str, Any], dict[str, Any], float]:
    sys.path.insert(0, str(ROOT / "src"))
    from ingest.load import load_bytes
    from ingest.pipeline import DocumentPipeline
    from ingest.rules import load_rules

    pipeline = DocumentPipeline(load_rules(ROOT / "rules"))
    predictions: dict[str, Any] = {}
    cleaned: dict[str, Any] = {}
    seconds = 0.0
    for page_id in ids:
        data_bytes = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
        started = time.perf_counter()
        page = pipeline.clean(load_bytes(data_bytes, f"{page_id}.html"))
        seconds += time.perf_counter() - started
        predictions[page_id] = {"articleBody": "\n".join(b.text.text for b in page.blocks)}
        cleaned[page_id] = page
    return predictions, cleaned, seconds


def explain(scorer: ModuleType, truth_text: str, pred_text: str, page: Any) -> list[str]:
    """Which removal rules took true text, and how much of the output is not true text."""
    true = scorer.shingles(truth_text)
    total = max(sum(true.values()), 1)
    lost: Counter[str] = Counter()
    for item in page.removed:
        reason = str(getattr(item.reason, "value", item.reason))
        if reason == "markup" or not item.text:
            continue
        hit = sum((scorer.shingles(item.text) & true).values())
        if hit:
            lost[f"{reason}/{item.rule}"] += hit
    lines = []
    if lost:
        top = ", ".join(f"{rule} {min(n / total, 1):.0%}" for rule, n in lost.most_common(4))
        lines.append(f"      true text removed by: {top}")
    predicted = scorer.shingles(pred_text)
    extra = sum((predicted - true).values())
    if extra:
        lines.append(f"      output not in truth: {extra / max(sum(predicted.values()), 1):.0%}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (sorted ids)")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    ap.add_argument("--gate", type=Path, help="baseline JSON: exit 1 if F1 drops below it")
    ap.add_argument("--tolerance", type=float, default=TOLERANCE)
    ap.add_argument("--write-baseline", type=Path, help="store this run's score as a baseline")
    ap.add_argument(
        "--check-scorer",
        action="store_true",
        help="also run the shared scorer as a subprocess and print its summary line",
    )
    a = ap.parse_args()
    if a.limit and (a.gate or a.write_baseline):
        ap.error("--gate and --write-baseline need every page (no --limit)")

    scorer = load_scorer(a.scorer)
    truth = json.loads((a.data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    if a.limit:
        ids = ids[: a.limit]

    predictions, cleaned, seconds = run_pages(ids, a.data)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(predictions, ensure_ascii=False, indent=1), encoding="utf-8")

    result = score(scorer, truth, predictions)
    if a.worst:
        ranked = sorted(result["pages"].items(), key=lambda kv: (kv[1]["f1"], kv[0]))
        print(f"worst {a.worst} pages:")
        for page_id, s in ranked[: a.worst]:
            print(
                f"  {page_id[:16]}  F1 {s['f1']:.3f}  P {s['precision']:.3f}  "
                f"R {s['recall']:.3f}  {truth[page_id].get('url', '')}"
            )
            body = truth[page_id].get("articleBody", "")
            for line in explain(
                scorer, body, predictions[page_id]["articleBody"], cleaned[page_id]
            ):
                print(line)
    n = len(ids)
    print(
        f"pages {n}  precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
        f"F1 {result['f1']:.3f}  |  {seconds / n * 1000:.1f} ms/page  {n / seconds:.1f} pages/s"
        " (clean stage)"
    )
    print(f"predictions: {a.out.relative_to(ROOT) if a.out.is_relative_to(ROOT) else a.out}")
    if a.check_scorer and not a.limit:
        done = subprocess.run(
            [sys.executable, str(a.scorer), str(a.out), "--worst", "0"],
            capture_output=True,
            text=True,
            check=False,
        )
        print(
            f"shared scorer: {done.stdout.strip().splitlines()[-1] if done.stdout else done.stderr}"
        )

    if a.write_baseline:
        baseline = {
            "f1": round(result["f1"], 4),
            "precision": round(result["precision"], 4),
            "recall": round(result["recall"], 4),
            "pages": n,
            "clean_rules_sha256": clean_rules_digest(),
            "written": time.strftime("%Y-%m-%d"),
            "command": "bench/article_extraction.py --write-baseline " + str(a.write_baseline),
        }
        a.write_baseline.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"baseline written: {a.write_baseline}")
    if a.gate:
        stored = json.loads(a.gate.read_text(encoding="utf-8"))
        floor = float(stored["f1"]) - a.tolerance
        if result["f1"] < floor:
            print(
                f"GATE FAILED: F1 {result['f1']:.4f} < baseline {stored['f1']:.4f} - "
                f"{a.tolerance} ({a.gate})"
            )
            return 1
        print(f"gate passed: F1 {result['f1']:.4f} >= {floor:.4f} (baseline {stored['f1']:.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
