"""Benchmark sentence splitters on the hand-written cases in tests/data/sentences.jsonl.

Splitters compared (each turned into ``text -> [(start, end), ...]`` character spans):

* ``ingest``   -- ours, ``ingest.sentences.split_sentences``
* ``spacy``    -- a blank English pipeline with the rule-based ``sentencizer``
* ``pysbd``    -- ``pysbd.Segmenter(language="en", clean=False, char_span=True)``
* ``syntok``   -- ``syntok.segmenter.analyze``

A case counts as correct only when the splitter's sentences, each stripped of surrounding
whitespace (empty ones dropped), equal the expected list exactly. Speed is measured in MB/s
(UTF-8 bytes, 1 MB = 10^6 bytes) on the concatenation of all case texts repeated to ~2 MB
(pysbd: capped at ~200 kB, as it is super-linear), each run in a child process with a timeout.

Usage (from the repository root)::

    .venv/bin/python bench/sentences.py                # accuracy + speed, markdown to stdout
    .venv/bin/python bench/sentences.py --verbose      # plus failed case ids per splitter
    .venv/bin/python bench/sentences.py --show-diffs   # plus expected vs. got for each failure
    .venv/bin/python bench/sentences.py --write-docs   # also write docs/sentence-splitting.md
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import platform
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "sentences.jsonl"
DOCS = ROOT / "docs" / "sentence-splitting.md"

Spans = list[tuple[int, int]]
Splitter = Callable[[str], Spans]

SPLITTER_NAMES = ("ingest", "spacy", "pysbd", "syntok")
LABELS = {
    "ingest": "ingest (ours)",
    "spacy": "spaCy sentencizer",
    "pysbd": "pySBD",
    "syntok": "syntok",
}


# --------------------------------------------------------------------------- splitters


def make_ingest() -> Splitter:
    src = str(ROOT / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    from ingest.sentences import split_sentences

    return lambda text: [(int(s), int(e)) for s, e in split_sentences(text)]


def make_spacy() -> Splitter:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000_000

    def split(text: str) -> Spans:
        return [(s.start_char, s.end_char) for s in nlp(text).sents]

    return split


def make_pysbd() -> Splitter:
    import pysbd  # type: ignore[import-untyped]

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda text: [(s.start, s.end) for s in seg.segment(text)]


def make_syntok() -> Splitter:
    from syntok.segmenter import analyze  # type: ignore[import-untyped]

    def split(text: str) -> Spans:
        out: Spans = []
        for paragraph in analyze(text):
            for sentence in paragraph:
                toks = [t for t in sentence if t.value]
                if toks:
                    out.append((toks[0].offset, toks[-1].offset + len(toks[-1].value)))
        return out

    return split


FACTORIES: dict[str, Callable[[], Splitter]] = {
    "ingest": make_ingest,
    "spacy": make_spacy,
    "pysbd": make_pysbd,
    "syntok": make_syntok,
}


def ingest_version() -> str:
    path = ROOT / "src" / "ingest" / "sentences.py"
    if not path.exists():
        return "not yet available"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return f"working tree, `src/ingest/sentences.py` sha256 `{digest}`"


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


# --------------------------------------------------------------------------- cases


@dataclass
class Case:
    id: str
    text: str
    sentences: list[str]
    tags: list[str]


def load_cases(path: Path) -> list[Case]:
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        case = Case(d["id"], d["text"], list(d["sentences"]), list(d.get("tags", [])))
        validate_case(case, n)
        cases.append(case)
    ids = [c.id for c in cases]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"{path}: duplicate ids {sorted(dupes)}")
    return cases


def validate_case(case: Case, line: int) -> None:
    """Expected sentences: stripped, non-empty, in order, covering all non-whitespace."""
    pos = 0
    for s in case.sentences:
        if not s or s != s.strip():
            raise SystemExit(f"line {line} ({case.id}): sentence not stripped: {s!r}")
        i = case.text.find(s, pos)
        if i < 0 or case.text[pos:i].strip():
            raise SystemExit(f"line {line} ({case.id}): sentence not found in order: {s!r}")
        pos = i + len(s)
    if case.text[pos:].strip():
        raise SystemExit(f"line {line} ({case.id}): text not covered after {pos}")


# --------------------------------------------------------------------------- accuracy


@dataclass
class Result:
    name: str
    available: bool = True
    error: str = ""
    correct: set[str] = field(default_factory=set)
    failed: dict[str, list[str] | str] = field(default_factory=dict)  # id -> got (or exception)
    contract: dict[str, str] = field(default_factory=dict)  # id -> span contract problem
    mb_s: float | None = None
    speed_note: str = ""


def check_spans(text: str, spans: Spans) -> str:
    """Problems with our API contract: sorted, non-overlapping, in range, stripped spans.

    Only checked for ``ingest``: the third-party wrappers are allowed to include trailing
    whitespace (pySBD does), which scoring strips anyway.
    """
    prev = 0
    for s, e in spans:
        if not (0 <= s <= e <= len(text)):
            return f"span ({s}, {e}) out of range"
        if s < prev:
            return f"span ({s}, {e}) overlaps or is out of order"
        if s == e:
            return f"empty span at {s}"
        if text[s:e] != text[s:e].strip():
            return f"span ({s}, {e}) has surrounding whitespace"
        prev = e
    return ""


def run_accuracy(name: str, split: Splitter, cases: list[Case]) -> Result:
    res = Result(name)
    for case in cases:
        try:
            spans = split(case.text)
        except Exception as exc:
            res.failed[case.id] = f"{type(exc).__name__}: {exc}"
            continue
        problem = check_spans(case.text, spans) if name == "ingest" else ""
        if problem:
            res.contract[case.id] = problem
        got = [case.text[s:e].strip() for s, e in spans]
        got = [g for g in got if g]
        if got == case.sentences:
            res.correct.add(case.id)
        else:
            res.failed[case.id] = got
    return res


# --------------------------------------------------------------------------- speed


def speed_text(cases: list[Case], target_bytes: int) -> str:
    unit = " ".join(c.text for c in cases)
    unit_bytes = len(unit.encode("utf-8")) + 1
    reps = max(1, round(target_bytes / unit_bytes))
    return " ".join([unit] * reps)


def _speed_child(name: str, text: str, repeats: int, budget: float, conn: Connection) -> None:
    try:
        split = FACTORIES[name]()
        split("Warm up. This loads everything.")
        best = float("inf")
        n = 0
        spent = 0.0
        for _ in range(repeats):
            t0 = time.perf_counter()
            n = len(split(text))
            dt = time.perf_counter() - t0
            best = min(best, dt)
            spent += dt
            if spent > budget:
                break
        conn.send(("ok", best, n))
    except Exception as exc:
        conn.send(("error", f"{type(exc).__name__}: {exc}", 0))
    finally:
        conn.close()


def run_speed(name: str, text: str, timeout: float, repeats: int) -> tuple[float | None, str]:
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_speed_child, args=(name, text, repeats, timeout / 3, child))
    proc.start()
    child.close()
    size_mb = len(text.encode("utf-8")) / 1e6
    if parent.poll(timeout):
        status, value, n = parent.recv()
        proc.join(10)
        if status == "ok":
            return size_mb / value, f"{size_mb:.2f} MB, {n} sentences, best of <= {repeats} runs"
        return None, f"error: {value}"
    proc.terminate()
    proc.join(10)
    if proc.is_alive():
        proc.kill()
        proc.join()
    bound = size_mb / timeout
    return None, f"timed out after {timeout:.0f} s on {size_mb:.2f} MB (< {bound:.3f} MB/s)"


# --------------------------------------------------------------------------- report


def pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}% ({k}/{n})" if n else "-"


def ids_with(cases: list[Case], tag: str | None = None, exclude: str | None = None) -> list[str]:
    return [
        c.id
        for c in cases
        if (tag is None or tag in c.tags) and (exclude is None or exclude not in c.tags)
    ]


def summary_table(results: list[Result], cases: list[Case]) -> str:
    all_ids = ids_with(cases)
    golden = ids_with(cases, "golden")
    own = ids_with(cases, exclude="golden")
    rows = [
        f"| splitter | all cases (n={len(all_ids)}) | project cases (n={len(own)}) "
        f"| golden-rules subset (n={len(golden)}) | speed (MB/s) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in results:
        label = LABELS[r.name]
        if not r.available:
            rows.append(f"| {label} |" + " not yet measured |" * 4)
            continue
        speed = f"{r.mb_s:.2f}" if r.mb_s is not None else "n/a"
        if r.mb_s is not None and r.name == "pysbd":
            speed += " (200 kB)"
        if r.mb_s is None and r.speed_note:
            speed = r.speed_note
        cells = [pct(sum(i in r.correct for i in ids), len(ids)) for ids in (all_ids, own, golden)]
        rows.append(f"| {label} | " + " | ".join(cells) + f" | {speed} |")
    return "\n".join(rows)


def tag_table(results: list[Result], cases: list[Case]) -> str:
    tags: dict[str, list[str]] = defaultdict(list)
    for c in cases:
        for t in c.tags:
            tags[t].append(c.id)
    shown = [r for r in results if r.available]
    rows = [
        "| tag | n | " + " | ".join(LABELS[r.name] for r in shown) + " |",
        "| --- | --- | " + " | ".join("---" for _ in shown) + " |",
    ]
    for tag in sorted(tags, key=lambda t: (-len(tags[t]), t)):
        ids = tags[tag]
        cells = [f"{sum(i in r.correct for i in ids)}/{len(ids)}" for r in shown]
        rows.append(f"| {tag} | {len(ids)} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def failures_md(results: list[Result]) -> str:
    lines = []
    for r in results:
        if not r.available:
            lines.append(f"- **{LABELS[r.name]}**: not yet measured ({r.error})")
            continue
        ids = ", ".join(f"`{i}`" for i in r.failed) or "none"
        lines.append(f"- **{LABELS[r.name]}** ({len(r.failed)}): {ids}")
        if r.contract:
            bad = ", ".join(f"`{i}` ({p})" for i, p in r.contract.items())
            lines.append(f"  - span contract problems: {bad}")
    return "\n".join(lines)


def diffs_text(r: Result, by_id: dict[str, Case]) -> str:
    out = [f"## {LABELS[r.name]}: failures"]
    for cid, got in r.failed.items():
        out.append(f"- {cid}: {by_id[cid].text!r}")
        out.append(f"    expected: {by_id[cid].sentences!r}")
        out.append(f"    got:      {got!r}")
    return "\n".join(out)


DOC_TEMPLATE = """# Sentence splitting

`ingest` cuts cleaned page text into sentences before it looks for claims (sentences carrying
percentages, identifiers or biomedical entities). The splitter is
`ingest.sentences.split_sentences(text) -> list[tuple[int, int]]`: `[start, end)` character
spans, one per sentence, excluding surrounding whitespace. This page records how it is
evaluated and how it compares with three off-the-shelf splitters.

## Test cases

`tests/data/sentences.jsonl` holds {n_cases} hand-written cases, one JSON object per line:

```json
{{"id": "etal-1", "text": "...", "sentences": ["...", "..."], "tags": ["abbreviation", "etal"]}}
```

`sentences` are the expected sentences: exact substrings of `text`, in order, stripped, and
together covering every non-whitespace character of `text` (the bench checks this on load).
Tags name what makes a case hard; a case may have several. {n_golden} cases (tag `golden`) are
adapted, mostly to clinical wording, from the English "Golden Rules" of the Pragmatic Segmenter
as used in pySBD's test suite; the rest are written for this project, {n_biomed} of them in the
style of papers and health news (tag `biomed`).

Annotation conventions:

- **Never split after "et al."**, even before a capitalised word ("Smith et al. Nature 2020",
  and, by policy, "… from Nguyen et al. These data …", case `etal-5`, tag `policy`).
- Abbreviations that cannot end a sentence in practice (titles "Dr.", "Prof.", "Mr.", "St.";
  "Fig./Figs./Tab./Ref./No." before a number; "e.g.", "i.e.", "vs.", "cf.", "ca.", "approx."
  before their object; month names before a day or year; initials before a surname; species
  abbreviations "E. coli") never split. Abbreviations that can end one ("etc.", "U.S.", "Ph.D.",
  "p.o.", "q.d.", "yrs.", "ad lib.") split when a clearly new sentence follows.
- Dots inside numbers, DOIs, PMIDs, URLs, e-mail addresses, HGVS names and version numbers never
  split; a period right after them does ("… iid3.70189. Data are …").
- A closing quote or bracket after the terminator stays with its sentence ('"it works." Then');
  so do citation markers after it ("cohorts.[12,13] Subsequent", "1990.¹² The"), and runs of
  them ("patients.[5] [6] [7] The", "solved.[17]–[21] Binding": HTML markers read in brackets). In
  a text scrape, numbers glued to the period ("respectively.5 Disease") are markers only where
  the page shows them at least twice (`glued_markers_min`; cases `cite-8`, and `cite-9` where
  one alone is not read, tag `policy`).
- A sentence may start with a digit, a lowercase gene or RNA name ("p53", "mRNA", "miR-21",
  "eGFP") or a Greek letter ("αβ T cells", "β-catenin").
- Semicolons and colons never split; a label such as "Results:" stays with its sentence.
- Runs of initials ("D.K. Ludwig Professorship", "by Smith J.R. and Jones R.K.") never split
  unless a sentence starter follows ("… Jones R.K. All analyses …"), cases `initials-6`..`-9`.
- A figure legend's panels are sentences of their own: "(a) …", "(b) …" after a period, and in
  a legend ("Figure 2. …", "Fig. 3 …") before every panel label, period or not; "Figure 2."
  alone never ends a sentence (cases `legend-1`, `legend-2`; `legend-3`: inline "(a) … (b) …"
  outside a legend stays whole). (A table cell's several sentences are split by the segmenter,
  which otherwise keeps a row whole.)
- Japanese and Chinese: a sentence ends at an ideographic full stop, a full-width "!" or "?"
  and any closing brackets and citation markers after it, with or without a space
  ("…30%。[1]其中…", cases `cjk-1`..`-6`); a line break inside a sentence does not end it (a
  scrape wraps at 20-30 characters; `cjk-5`), and a letter of these scripts may open a
  sentence after a period ("The trial ended in 2019. 研究は…").
- Two sentences glued without a space (an invisible script or icon between them, a scraper's
  lost space: "primary care.Only six", a photo credit "a cold.Getty Images") split where a
  lower-case word of two letters or more ends in the terminator and a capitalised word follows,
  except inside an address or identifier (a token with "/", "@", ":", "=", "_" or another dot),
  before a domain's or a file's ending ("example.Com", "readme.Txt") and after an abbreviation
  (cases `glued-1`..`-5`).
- The abbreviations of "for example", "that is", "among others" in de/fr/es/nl ("z.B.", "z. B.",
  "d. h.", "u. a.", "p. ex.", "p. ej.", "bijv.") never end a sentence; written as two tokens only
  as the pair, so Dutch "u." (you), "14 d." (days), "24 h." and "vitamin D." still end one (cases
  `abbrev-i18n-1`..`-6`).
- Line layout: a blank line always ends a sentence; a single newline ends one only after a
  heading or list item ("2.1 Study design", "• pregnancy"); a hard-wrapped line inside a
  sentence does not.

## Method

`bench/sentences.py` runs each splitter on every case. Each splitter is wrapped to return
character spans; the text under each span is stripped, empty pieces are dropped, and a case is
correct only if the resulting list equals `sentences` exactly (one wrong boundary fails the
whole case). pySBD's score on the `golden` subset flatters it: those cases are reworded from its
own test suite. Ours is flattered too: the cases were written before our splitter was measured
(87.4% at first), then its rules were revised on the failures (list markers, asides after a
period, abbreviations before a sentence starter, newlines). Expect less on unseen text; the
five cases it still fails are expected failures in `tests/test_sentences.py`. Splitters:

| name | configuration | version |
| --- | --- | --- |
| ingest (ours) | `ingest.sentences.split_sentences` | {v_ingest} |
| spaCy sentencizer | `spacy.blank("en")` + `sentencizer` (punctuation only, no parser) \
| {v_spacy} |
| pySBD | `pysbd.Segmenter(language="en", clean=False, char_span=True)`, spans `start`/`end` \
| {v_pysbd} |
| syntok | `syntok.segmenter.analyze`, first token's offset to last token's end | {v_syntok} |

Speed: all case texts joined with spaces and repeated to ~{speed_mb:.0f} MB (pySBD:
~{pysbd_kb:.0f} kB, since its running time grows faster than linearly with input length), split
in one call in a child process after a warm-up call, best of up to {repeats} runs,
{timeout:.0f} s timeout per splitter. MB/s counts UTF-8 bytes (1 MB = 10^6 bytes) on one
core of a 2-core machine (Python {py}). Speeds are indicative only; they vary with input shape.

Re-run with `.venv/bin/python bench/sentences.py --verbose` (failed ids), `--show-diffs`
(expected vs. got) and `--write-docs` (regenerates this page).

## Results

{summary}

{note}
### Accuracy by tag

Correct cases per tag (a case counts under each of its tags).

{tags}

### Failed cases

{failures}
"""


def write_docs(results: list[Result], cases: list[Case], args: argparse.Namespace) -> None:
    avail = {r.name: r.available for r in results}
    note = ""
    if not avail.get("ingest", False):
        note = (
            "**ingest: not yet measured** — `ingest.sentences` could not be imported when this "
            "page was generated; re-run the bench with `--write-docs` once it exists.\n"
        )
    text = DOC_TEMPLATE.format(
        n_cases=len(cases),
        n_golden=len(ids_with(cases, "golden")),
        n_biomed=len(ids_with(cases, "biomed")),
        v_ingest=ingest_version() if avail.get("ingest") else "not yet available",
        v_spacy=package_version("spacy"),
        v_pysbd=package_version("pysbd"),
        v_syntok=package_version("syntok"),
        speed_mb=args.speed_mb,
        pysbd_kb=args.pysbd_kb,
        repeats=args.repeats,
        timeout=args.timeout,
        py=platform.python_version(),
        summary=summary_table(results, cases),
        note=note,
        tags=tag_table(results, cases),
        failures=failures_md(results),
    )
    DOCS.parent.mkdir(parents=True, exist_ok=True)
    DOCS.write_text(text, encoding="utf-8")
    print(f"wrote {DOCS.relative_to(ROOT)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cases", type=Path, default=CASES)
    p.add_argument("--only", default=",".join(SPLITTER_NAMES), help="comma-separated splitters")
    p.add_argument("--verbose", "-v", action="store_true", help="list failed case ids per splitter")
    p.add_argument("--show-diffs", action="store_true", help="print expected vs. got for failures")
    p.add_argument("--write-docs", action="store_true", help=f"write {DOCS.relative_to(ROOT)}")
    p.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    p.add_argument("--speed-mb", type=float, default=2.0, help="speed text size in MB")
    p.add_argument("--pysbd-kb", type=float, default=200.0, help="speed text size for pySBD in kB")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per splitter for speed")
    p.add_argument("--repeats", type=int, default=3)
    args = p.parse_args(argv)

    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = set(names) - set(SPLITTER_NAMES)
    if unknown:
        p.error(f"unknown splitters: {sorted(unknown)}")
    if args.write_docs and args.no_speed:
        p.error("--write-docs needs the speed measurement")

    cases = load_cases(args.cases)
    by_id = {c.id: c for c in cases}
    big = speed_text(cases, int(args.speed_mb * 1e6))
    small = speed_text(cases, int(args.pysbd_kb * 1e3))

    results = []
    for name in names:
        try:
            split = FACTORIES[name]()
        except ImportError as exc:
            print(f"{name}: not available ({exc})", file=sys.stderr)
            results.append(Result(name, available=False, error=f"{type(exc).__name__}: {exc}"))
            continue
        res = run_accuracy(name, split, cases)
        if not args.no_speed:
            res.mb_s, res.speed_note = run_speed(
                name, small if name == "pysbd" else big, args.timeout, args.repeats
            )
            print(f"{name}: speed {res.speed_note}", file=sys.stderr)
        results.append(res)

    print(summary_table(results, cases))
    print()
    print(tag_table(results, cases))
    if args.verbose or args.show_diffs:
        print()
        print(failures_md(results))
    if args.show_diffs:
        for r in results:
            if r.available:
                print()
                print(diffs_text(r, by_id))
    if args.write_docs:
        write_docs(results, cases, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
