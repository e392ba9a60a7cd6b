"""Percentage precision and recall per page language, scored as ``pages_score.py`` scores them.

usage: python bench/percentages_by_language.py OUT_DIR [OUT_DIR ...] --gold GOLD [--tools DIR]

OUT_DIR holds the records of ``ingest run PAGES -o OUT_DIR``; GOLD is the set's gold.json (its
pages carry their ``language``). The matching is the scorer's own (``pct_match`` and ``norm``
of ``../shared/tools/pages_score.py``, imported from there), so the totals over all languages
equal the scorer's ``pct P`` and ``pct R``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def scorer(tools: Path) -> ModuleType:
    path = tools / "pages_score.py"
    spec = importlib.util.spec_from_file_location("pages_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def count(out: Path, gold: dict[str, Any], score: ModuleType) -> dict[str, Counter[str]]:
    by_language: dict[str, Counter[str]] = {}
    for name, page in gold.items():
        record = out / f"{name}.json"
        c = by_language.setdefault(page.get("language") or "?", Counter())
        c["pages"] += 1
        c["required"] += len(page.get("percentages", []))
        if not record.exists():
            continue
        claims = json.loads(record.read_text(encoding="utf-8")).get("claims", [])
        found = [
            (p, score.norm(k.get("text", ""))) for k in claims for p in k.get("percentages", [])
        ]
        required = list(page.get("percentages", []))
        allowed = list(page.get("percentages_allowed", []))
        for item, text in found:
            c["found"] += 1
            for pool, is_required in ((required, True), (allowed, False)):
                j = next((n for n, g in enumerate(pool) if score.pct_match(item, g, text)), None)
                if j is not None:
                    pool.pop(j)
                    c["right"] += 1
                    c["hit"] += is_required
                    break
    return by_language


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", type=Path, nargs="+")
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--tools", type=Path, default=ROOT.parent / "shared" / "tools")
    args = parser.parse_args()
    tools = args.tools if args.tools.is_dir() else Path("/work/shared/tools")
    score = scorer(tools)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))["pages"]
    print("| output | language | pages | required | found | precision | recall |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for out in args.out:
        counts = count(out, gold, score)
        rest: Counter[str] = Counter()
        for language in sorted(counts):
            c = counts[language]
            if language != "en":
                rest.update(c)
            print(
                f"| {out.name} | {language} | {c['pages']} | {c['required']} | {c['found']} "
                f"| {_ratio(c['right'], c['found'])} | {_ratio(c['hit'], c['required'])} |"
            )
        print(
            f"| {out.name} | non-English | {rest['pages']} | {rest['required']} | {rest['found']} "
            f"| {_ratio(rest['right'], rest['found'])} | {_ratio(rest['hit'], rest['required'])} |"
        )


if __name__ == "__main__":
    main()
