#!/usr/bin/env python3
"""Main-content benchmark: trafilatura alone, our own signals alone, and the combination.

Usage::

    .venv/bin/python bench/main_content.py [--bench article|evaldata|both] [--modes ours,vote,trafilatura]
        [--limit N] [--worst N] [--gate FILE] [--write-baseline FILE] [--speed] [--write]

Two public benchmarks under ``/work/shared/benchmarks``:

- ``article-extraction`` (181 pages, true main text; shingle F1 of ``../shared/tools/article_f1.py``);
- ``trafilatura-eval`` (981 pages, must-keep / must-drop snippets; the metric of
  ``../shared/tools/evaldata_score.py``, computed here with the same normalization).

Modes, each on the same pages in the same run:

- ``trafilatura``: ``trafilatura.extract(html)`` with its defaults (the peer);
- ``ours``: the clean stage with the main-content vote off (markup rules, ``<main>``, filters);
- ``vote``: the clean stage as shipped (our signals combined with trafilatura's vote,
  ``rules/cleaning.yaml`` ``main_content``).

``--speed`` (evaldata set): writes the 981 pages to a temporary folder and times, in the same
run, ``ingest run --jobs 1 --force`` over them against ``trafilatura.extract`` alone over the
same pages (one core each), and prints the ratio of pages/s.

Also reported: pages where the combination keeps under 20% of the true text (article set:
recall; evaldata: share of must-keep snippets found) while trafilatura keeps 80% or more.

``--gate FILE`` (one set, ``vote`` mode only: it reads our output, never runs the peer) exits 1
when the F1 is more than 0.002 below the baseline in FILE, or when more pages are lost than the
baseline's: a page is lost when we keep under 20% of its truth where trafilatura keeps 80% or
more, trafilatura's page recall being stored in the baseline. ``--write-baseline FILE`` stores
both (it needs the ``trafilatura`` and ``vote`` modes in the same run). ``--write`` puts the
figures in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

# ../shared beside the repository (INGEST_SHARED elsewhere, as for the tests), else /work/shared.
SHARED = Path(os.environ.get("INGEST_SHARED", ROOT.parent / "shared"))
SHARED = SHARED if SHARED.is_dir() else Path("/work/shared")
ARTICLE = SHARED / "benchmarks" / "article-extraction"
EVALDATA = SHARED / "benchmarks" / "trafilatura-eval"
ARTICLE_SCORER = SHARED / "tools" / "article_f1.py"
TOLERANCE = 0.002  # the output is deterministic: this only absorbs a change of trafilatura
LOST, PEER_KEPT = 0.2, 0.8


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def pages_of(bench: str) -> list[tuple[str, bytes]]:
    if bench == "article":
        truth = json.loads((ARTICLE / "ground-truth.json").read_text(encoding="utf-8"))
        return [
            (k, gzip.decompress((ARTICLE / "html" / f"{k}.html.gz").read_bytes()))
            for k in sorted(truth)
        ]
    ev = json.loads((EVALDATA / "evaldata.json").read_text(encoding="utf-8"))
    return [
        (k, gzip.decompress((EVALDATA / "html" / f"{k}.html.gz").read_bytes())) for k in sorted(ev)
    ]


def scorer_for(bench: str) -> Callable[[dict[str, str]], dict[str, Any]]:
    """A function of {id: text} → precision, recall, F1 and each page's recall."""
    if bench == "article":
        from article_extraction import load_scorer, score

        scorer = load_scorer(ARTICLE_SCORER)
        truth = json.loads((ARTICLE / "ground-truth.json").read_text(encoding="utf-8"))

        def article(pred: dict[str, str]) -> dict[str, Any]:
            result = score(scorer, truth, {k: {"articleBody": v} for k, v in pred.items()})
            result["page_recall"] = {k: p["recall"] for k, p in result["pages"].items()}
            return result

        return article
    ev = json.loads((EVALDATA / "evaldata.json").read_text(encoding="utf-8"))

    def evaldata(pred: dict[str, str]) -> dict[str, Any]:
        tp = fp = fn = 0
        page_recall = {}
        for pid in pred:
            item = ev[pid]
            text = norm(pred.get(pid) or "")
            p_tp = sum(1 for w in item["with"] if norm(w) in text)
            p_fp = sum(1 for w in item["without"] if norm(w) in text)
            tp, fp, fn = tp + p_tp, fp + p_fp, fn + len(item["with"]) - p_tp
            if item["with"]:
                page_recall[pid] = p_tp / len(item["with"])
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0
        return {"precision": precision, "recall": recall, "f1": f1, "page_recall": page_recall}

    return evaldata


def lost_pages(ours: dict[str, float], peer_keeps: set[str]) -> list[str]:
    """Pages where we keep under 20% of the truth while trafilatura keeps 80% or more."""
    return sorted(k for k, v in ours.items() if v < LOST and k in peer_keeps)


def run_trafilatura(pages: list[tuple[str, bytes]]) -> tuple[dict[str, str], float]:
    import trafilatura

    out: dict[str, str] = {}
    started = time.perf_counter()
    for page_id, data in pages:
        out[page_id] = trafilatura.extract(data) or ""
    return out, time.perf_counter() - started


def run_clean(pages: list[tuple[str, bytes]], vote: bool) -> tuple[dict[str, str], float]:
    from ingest.errors import IngestError
    from ingest.load import load_bytes
    from ingest.pipeline import DocumentPipeline
    from ingest.rules import load_rules

    pipeline = DocumentPipeline(load_rules(ROOT / "rules"))
    pipeline.cleaner.main_content = vote
    out: dict[str, str] = {}
    started = time.perf_counter()
    for page_id, data in pages:
        try:
            page = pipeline.clean(load_bytes(data, f"{page_id}.html"))
        except IngestError:  # a page the load stage refuses (a batch reports it): no text
            out[page_id] = ""
            continue
        out[page_id] = page.kept_text()  # what `ingest run --text` writes
    return out, time.perf_counter() - started


def speed(pages: list[tuple[str, bytes]], rounds: int = 1) -> dict[str, float]:
    """pages/s of a whole `ingest run --jobs 1` and of trafilatura.extract, same pages, same run.

    Each round times trafilatura over every page, then `ingest run` into a fresh folder; the
    best round of each counts. Wall time and CPU time (this process's for trafilatura, the
    child's user + system time for the run) are both reported: on a machine shared with other
    jobs, the CPU-time ratio is the steadier one.
    """
    import resource

    best = {"peer": math.inf, "peer_cpu": math.inf, "ours": math.inf, "ours_cpu": math.inf}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for page_id, data in pages:
            (folder / f"{page_id}.html").write_bytes(data)
        for round_ in range(rounds):
            cpu = time.process_time()
            _, peer = run_trafilatura(pages)
            best["peer_cpu"] = min(best["peer_cpu"], time.process_time() - cpu)
            best["peer"] = min(best["peer"], peer)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(
                [
                    *(str(ROOT / ".venv" / "bin" / "ingest"), "run", str(folder)),
                    *("-o", f"{tmp}/out{round_}", "--jobs", "1", "--force", "--text"),
                    *("--rules", str(ROOT / "rules")),
                ],
                check=False,
                capture_output=True,
            )
            best["ours"] = min(best["ours"], time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            best["ours_cpu"] = min(best["ours_cpu"], used)
    n = len(pages)
    return {
        "ingest": n / best["ours"],
        "trafilatura": n / best["peer"],
        "ratio": best["peer"] / best["ours"],
        "ingest_cpu": n / best["ours_cpu"],
        "trafilatura_cpu": n / best["peer_cpu"],
        "ratio_cpu": best["peer_cpu"] / best["ours_cpu"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", choices=["article", "evaldata", "both"], default="both")
    ap.add_argument("--modes", default="trafilatura,ours,vote")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--worst", type=int, default=0)
    ap.add_argument("--gate", type=Path)
    ap.add_argument("--write-baseline", type=Path)
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--rounds", type=int, default=1, help="speed rounds (the best counts)")
    ap.add_argument("--write", action="store_true", help="write the figures to docs/benchmarks.md")
    a = ap.parse_args()
    modes = [m for m in a.modes.split(",") if m]
    benches = ["article", "evaldata"] if a.bench == "both" else [a.bench]
    if (a.gate or a.write_baseline) and (len(benches) != 1 or a.limit or "vote" not in modes):
        ap.error("--gate / --write-baseline need one --bench, every page and the vote mode")
    if a.write_baseline and "trafilatura" not in modes:
        ap.error("--write-baseline needs the trafilatura mode (its page recall is stored)")
    rows: list[str] = []
    status = 0
    for bench in benches:
        pages = pages_of(bench)
        if a.limit:
            pages = pages[: a.limit]
        score = scorer_for(bench)
        results: dict[str, dict[str, Any]] = {}
        for mode in modes:
            if mode == "trafilatura":
                pred, seconds = run_trafilatura(pages)
            else:
                pred, seconds = run_clean(pages, vote=mode == "vote")
            out = ROOT / "bench" / "out" / f"main_content_{bench}_{mode}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(pred, ensure_ascii=False, indent=0), encoding="utf-8")
            results[mode] = score(pred)
            r = results[mode]
            line = (
                f"{bench:9} {mode:12} P {r['precision']:.3f}  R {r['recall']:.3f}  "
                f"F1 {r['f1']:.3f}  {len(pages) / seconds:6.1f} pages/s"
            )
            print(line, flush=True)
            rows.append(
                f"| {bench} | {mode} | {r['precision']:.3f} | {r['recall']:.3f} | "
                f"{r['f1']:.3f} | {len(pages) / seconds:.1f} |"
            )
            if a.worst:
                worst = sorted(r["page_recall"].items(), key=lambda kv: (kv[1], kv[0]))
                print("   lowest recall:", ", ".join(f"{k} {v:.2f}" for k, v in worst[: a.worst]))
        if "vote" in results and "trafilatura" in results:
            peer = results["trafilatura"]["page_recall"]
            kept = {k for k, v in peer.items() if v >= PEER_KEPT}
            lost = lost_pages(results["vote"]["page_recall"], kept)
            print(
                f"{bench:9} pages lost (vote < {LOST:.0%} of the truth, trafilatura >= "
                f"{PEER_KEPT:.0%}): {len(lost)} {' '.join(lost)}"
            )
            rows.append(
                f"| {bench} | pages lost by the vote that trafilatura keeps | | | {len(lost)} | |"
            )
        if a.write_baseline:
            r = results["vote"]
            peer_kept = sorted(
                k for k, v in results["trafilatura"]["page_recall"].items() if v >= PEER_KEPT
            )
            baseline = {
                "f1": round(r["f1"], 4),
                "precision": round(r["precision"], 4),
                "recall": round(r["recall"], 4),
                "pages": len(pages),
                "lost": len(lost_pages(r["page_recall"], set(peer_kept))),
                "trafilatura_f1": round(results["trafilatura"]["f1"], 4),
                "written": time.strftime("%Y-%m-%d"),
                "command": f"bench/main_content.py --bench {bench} --modes trafilatura,vote "
                f"--write-baseline {a.write_baseline}",
                "trafilatura_keeps": peer_kept,  # pages where it keeps >= 80% of the truth
            }
            a.write_baseline.write_text(json.dumps(baseline, indent=1) + "\n", encoding="utf-8")
            print(f"baseline written: {a.write_baseline}")
        if a.gate:
            stored = json.loads(a.gate.read_text(encoding="utf-8"))
            r = results["vote"]
            lost = lost_pages(r["page_recall"], set(stored["trafilatura_keeps"]))
            floor = float(stored["f1"]) - TOLERANCE
            if r["f1"] < floor:
                print(f"GATE FAILED: F1 {r['f1']:.4f} < baseline {stored['f1']:.4f} - {TOLERANCE}")
                status = 1
            elif len(lost) > stored["lost"]:
                print(
                    f"GATE FAILED: {len(lost)} pages lost (baseline {stored['lost']}): "
                    + " ".join(lost)
                )
                status = 1
            else:
                print(
                    f"gate passed: F1 {r['f1']:.4f} >= {floor:.4f} (baseline {stored['f1']:.4f}), "
                    f"{len(lost)} pages lost (baseline {stored['lost']})"
                )
        if a.speed and bench == "evaldata":
            s = speed(pages, a.rounds)
            line = (
                f"speed: ingest run --jobs 1 {s['ingest']:.1f} pages/s, trafilatura.extract "
                f"{s['trafilatura']:.1f} pages/s: {s['ratio']:.2f}x (CPU time: "
                f"{s['ingest_cpu']:.1f} vs {s['trafilatura_cpu']:.1f} pages/s, "
                f"{s['ratio_cpu']:.2f}x)"
            )
            print(line)
            rows.append(
                f"| {bench} | `ingest run --jobs 1` vs trafilatura.extract | | | "
                f"{s['ratio']:.2f}x (CPU {s['ratio_cpu']:.2f}x) | "
                f"{s['ingest']:.1f} vs {s['trafilatura']:.1f} |"
            )
    if a.write:
        from docs_section import publish

        table = ["| set | mode | P | R | F1 | pages/s |", "|---|---|---:|---:|---:|---:|", *rows]
        body = "## Main content: trafilatura alone, ours alone, the vote (figures)\n\n"
        publish(body + "\n".join(table) + "\n", ROOT / "docs" / "benchmarks.md")
    return status


if __name__ == "__main__":
    sys.exit(main())
