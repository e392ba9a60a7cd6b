#!/usr/bin/env python3
"""Fit the weights of the main-content vote (rules/cleaning.yaml ``main_content.weights``).

Usage::

    .venv/bin/python bench/main_content_fit.py [--cache FILE] [--l2 X] [--write]

For every page of both public benchmarks (``article-extraction``, 181 pages with their true
main text; ``trafilatura-eval``, 981 pages with must-keep and must-drop snippets), the clean
stage computes the evidence of each block (``Cleaner.vote_inputs``: the voter's share, what our
rules said, kind, length, links, neighbours). A block's label comes from the benchmark: on the
article set the share of its 4-word shingles that are in the true text (>= 0.5: main text),
weighed by its shingles within its page (every page weighs the same, as in the metric); on the
evaldata set 1 when it holds a must-keep snippet, 0 when it holds a must-drop one (other blocks
are not labelled). A logistic regression (Newton steps, L2 penalty ``--l2``) with the two sets
weighed equally gives the weights.

Printed, each with both metrics computed exactly as the benchmarks do (the page text is the
blocks the vote keeps, after the product rules of ``main_content.decide``):

- held-out: fitted on the even pages of both sets, scored on the odd ones, and the other way
  round (the mean of the two is the figure to quote for unseen pages);
- across sets: fitted on one set only, scored on the other;
- all pages: fitted on every page (these weights are the ones written with ``--write``).

``--cache FILE`` keeps the evidence of every page (computing it runs trafilatura and the clean
stage over 1,162 pages, 2-3 minutes) so a refit takes seconds; delete it after changing the
clean stage.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from main_content import ARTICLE, ARTICLE_SCORER, EVALDATA, norm, pages_of  # noqa: E402

WEIGHTS_START = "  # --- weights (bench/main_content_fit.py) ---\n"
WEIGHTS_END = "  # --- end of weights ---\n"


def collect(bench: str) -> dict[str, Any]:
    """{page id: (vote inputs or None, which blocks carry evidence, text without a vote)}."""
    from ingest.errors import IngestError
    from ingest.load import load_bytes
    from ingest.pipeline import DocumentPipeline
    from ingest.rules import load_rules

    pipeline = DocumentPipeline(load_rules(ROOT / "rules"))
    out: dict[str, Any] = {}
    for page_id, data in pages_of(bench):
        try:
            source = load_bytes(data, f"{page_id}.html")
        except IngestError:
            out[page_id] = (None, (), "")
            continue
        inputs = pipeline.cleaner.vote_inputs(source)
        fallback = ""
        protected: tuple[bool, ...] = ()
        if inputs is None:
            fallback = "\n".join(b.text.text for b in pipeline.clean(source).blocks)
        else:
            protected = tuple(map(pipeline.cleaner.carries_evidence, inputs.blocks))
        out[page_id] = (inputs, protected, fallback)
    print(f"{bench}: evidence of {len(out)} pages", file=sys.stderr)
    return out


class Labels:
    """Block labels and weights from the benchmarks' truth."""

    def __init__(self) -> None:
        from article_extraction import load_scorer

        self.scorer = load_scorer(ARTICLE_SCORER)
        self.truth = json.loads((ARTICLE / "ground-truth.json").read_text(encoding="utf-8"))
        self.snippets = json.loads((EVALDATA / "evaldata.json").read_text(encoding="utf-8"))

    def of(self, bench: str, page_id: str, texts: Sequence[str]) -> list[tuple[float, float]]:
        """(label, weight) per block; weight 0 for a block without a label."""
        if bench == "article":
            true = self.scorer.shingles(self.truth[page_id].get("articleBody", ""))
            found = []
            for text in texts:
                shingles = self.scorer.shingles(text)
                total = sum(shingles.values())
                share = sum((shingles & true).values()) / total if total else 0.0
                found.append((1.0 if share >= 0.5 else 0.0, float(total)))
            page_total = sum(w for _, w in found) or 1.0
            return [(label, w / page_total) for label, w in found]
        item = self.snippets[page_id]
        normed = [norm(t) for t in texts]
        labels = [(0.0, 0.0)] * len(texts)
        for snippet, label in [(s, 0.0) for s in item["without"]] + [
            (s, 1.0) for s in item["with"]
        ]:
            wanted = norm(snippet)
            for n, text in enumerate(normed):
                if wanted and wanted in text:
                    labels[n] = (label, 1.0)
        return labels


def dataset(
    pages: dict[str, Any], bench: str, labels: Labels, ids: Sequence[str]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows: list[Sequence[float]] = []
    ys: list[float] = []
    ws: list[float] = []
    for page_id in ids:
        inputs, _, _ = pages[page_id]
        if inputs is None:
            continue
        found = labels.of(bench, page_id, [b.text.text for b in inputs.blocks])
        for row, (label, weight) in zip(inputs.rows, found, strict=True):
            if weight > 0:
                rows.append(row)
                ys.append(label)
                ws.append(weight)
    w = np.array(ws)
    return np.array(rows), np.array(ys), w / (w.sum() or 1.0)


def fit(parts: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]], l2: float) -> np.ndarray:
    """Logistic regression, each part (a benchmark) weighing the same."""
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    w = np.concatenate([p[2] / len(parts) for p in parts])
    beta = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-(x @ beta)))
        gradient = x.T @ (w * (p - y)) + l2 * beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(beta))
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def page_texts(
    pages: dict[str, Any], ids: Sequence[str], weights: Sequence[float], rules: Any
) -> dict[str, str]:
    """Each page's kept text with these weights, as the clean stage makes it: the vote, then
    the filters that wait for it (duplicates)."""
    from ingest.clean import caption_finding_test
    from ingest.clean.filters import Duplicates, FilterContext
    from ingest.clean.main_content import FEATURES, decide

    settings = rules.cleaning.main_content
    tuned = settings.model_copy(
        update={"weights": dict(zip(FEATURES, map(float, weights), strict=True))}
    )
    context = FilterContext(rules=rules, carries_evidence=lambda _: False, language=None)
    holds_finding = caption_finding_test(rules)
    out = {}
    for page_id in ids:
        inputs, protected, fallback = pages[page_id]
        if inputs is None:
            out[page_id] = fallback
            continue
        keep = decide(
            inputs.blocks,
            inputs.rows,
            inputs.said,
            tuned,
            _evidence(inputs, protected),
            holds_finding,
        )
        kept = [(n, b) for n, (b, k) in enumerate(zip(inputs.blocks, keep, strict=True)) if k]
        copies = [
            n
            for n in Duplicates().decide(kept, context)
            if len(inputs.blocks[n].text.text) >= settings.copy_min_chars
        ]
        out[page_id] = "\n".join(b.text.text for n, b in kept if n not in copies)
    return out


def _evidence(inputs: Any, protected: Sequence[bool]) -> Callable[[Any], bool]:
    carrying = {id(b) for b, p in zip(inputs.blocks, protected, strict=True) if p}
    return lambda block: id(block) in carrying


def score(bench: str, texts: dict[str, str]) -> tuple[float, float, float]:
    from main_content import scorer_for

    r = scorer_for(bench)(texts)
    return r["precision"], r["recall"], r["f1"]


def write_weights(weights: Sequence[float]) -> None:
    from ingest.clean.main_content import FEATURES

    path = ROOT / "rules" / "cleaning.yaml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index(WEIGHTS_START), text.index(WEIGHTS_END)
    lines = "".join(
        f"    {name if ':' not in name else repr(name)}: {value:.3f}\n"
        for name, value in zip(FEATURES, weights, strict=True)
    )
    body = f"{WEIGHTS_START}  weights:\n{lines}"
    path.write_text(text[:start] + body + text[end:], encoding="utf-8")
    print(f"weights written to {path.relative_to(ROOT)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--write", action="store_true", help="write the weights to the rules")
    a = ap.parse_args()
    from ingest.clean.main_content import FEATURES
    from ingest.rules import load_rules

    rules = load_rules(ROOT / "rules")
    if a.cache and a.cache.exists():
        data = pickle.loads(a.cache.read_bytes())
    else:
        data = {bench: collect(bench) for bench in ("article", "evaldata")}
        if a.cache:
            a.cache.write_bytes(pickle.dumps(data))
    labels = Labels()
    ids = {bench: sorted(pages) for bench, pages in data.items()}

    def report(name: str, weights: np.ndarray, which: Callable[[str], Sequence[str]]) -> None:
        cells = []
        for bench in ("article", "evaldata"):
            p, r, f = score(bench, page_texts(data[bench], which(bench), weights, rules))
            cells.append(f"{bench} P {p:.4f} R {r:.4f} F1 {f:.4f}")
        print(f"{name:34} " + "   ".join(cells))

    halves = []
    for train, test in ((0, 1), (1, 0)):
        parts = [dataset(data[b], b, labels, ids[b][train::2]) for b in ("article", "evaldata")]
        halves.append((fit(parts, a.l2), test))
    for weights, test in halves:
        report(
            f"held-out: fit {1 - test}::2, score {test}::2", weights, lambda b, t=test: ids[b][t::2]
        )
    for bench in ("article", "evaldata"):
        weights = fit([dataset(data[bench], bench, labels, ids[bench])], a.l2)
        report(f"across: fit {bench} only", weights, lambda b: ids[b])
    parts = [dataset(data[b], b, labels, ids[b]) for b in ("article", "evaldata")]
    weights = fit(parts, a.l2)
    report("all pages (the weights written)", weights, lambda b: ids[b])
    print("weights: " + ", ".join(f"{n}={v:.3f}" for n, v in zip(FEATURES, weights, strict=True)))
    if a.write:
        write_weights(weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
