"""Would compiled code make the per-document core fast? A trial with typed Cython (issue 19, round 5).

The offset maps of :mod:`ingest.textmap` are the data structure under every stage's text: every
line a text page is read into, every markup cut, every layout join, every span of every hit
goes through them (~215,000 ``source_span`` calls and ~55,000 pieces added over seeds × 60).
``bench/cython/_textmap.pyx`` is their typed twin: pieces as C arrays, a C bisection per
offset, ``Piece`` objects made only when asked for.

This script copies ``src/ingest`` into a scratch folder, builds the twin there (Cython and a C
compiler: ``pip install Cython``), and lets the copy's ``textmap.py`` take the compiled classes
unless ``INGEST_PURE_PYTHON=1``, so both sides run the same files and differ only by that
variable. Then:

1. identity: thousands of random builder, slice, strip, without, span and pickle operations on
   both implementations in one process, compared value by value; and ``ingest run`` over the
   corpus with each, the output folders compared file by file;
2. speed, both sides in turns, the fastest of ``--rounds``: the pipeline in process (CPU of
   ``DocumentPipeline.process`` over the corpus) and ``ingest run`` end to end (CPU of the run's
   process tree, fresh output folder), with spaCy's blank English tokenizer between them.

With ``--all-modules``, the per-document modules (``MODULES``) are compiled too, as they are
(Cython's reading of plain Python, no types added): the pure side is then this checkout's
interpreted package, and the figure says what compiling today's code buys beside the twin.

usage: python bench/cython_trial.py [--corpus bench/out/seeds-x60] [--rounds 3] [--jobs 1]
                                    [--all-modules]

Exit status 1 when the two implementations differ anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from ab_speed import tokenizer_cpu  # type: ignore[import-not-found]  # noqa: E402
from batch_speed import decoded_texts  # type: ignore[import-not-found]  # noqa: E402
from same_output import differences  # type: ignore[import-not-found]  # noqa: E402

# Appended to the scratch copy's textmap.py: the reference classes keep their names with a
# "Pure" prefix, the module's names become the compiled twin's.
SWITCH = """

PurePiece, PureMappedText, PureTextBuilder, PURE_EMPTY = Piece, MappedText, TextBuilder, EMPTY
import os as _os
if _os.environ.get("INGEST_PURE_PYTHON") != "1":
    from ingest._textmap import EMPTY, MappedText, Piece, TextBuilder
"""

# The per-document modules, compiled as they are with ``--all-modules`` (annotations are not
# taken as C types: a ``dict`` annotation would refuse a defaultdict).
MODULES = [
    "text.py", "sentences.py", "segment.py", "claims.py", "dedupe.py", "reflists.py",
    "metadata.py", "references.py", "pipeline.py", "rules/literals.py",
    "match/__init__.py", "match/abbreviations.py", "match/cues.py", "match/entities.py",
    "match/quantities.py", "match/identifiers.py", "match/percentages.py",
    "clean/__init__.py", "clean/blocks.py", "clean/layout.py", "clean/filters.py",
    "clean/language.py", "clean/html.py",
]  # fmt: skip

BUILD = (
    "from setuptools import setup; from Cython.Build import cythonize; "
    "setup(ext_modules=cythonize({sources!r}, language_level=3, quiet=True, "
    "compiler_directives={{'annotation_typing': False}}), "
    "script_args=['build_ext', '--inplace', '-q', '-j', '2'])"
)

# Random operations on both implementations, compared (runs in the scratch copy).
SAME = r"""
import pickle, random, sys
import ingest.textmap as t
assert t.MappedText is not t.PureMappedText, "the compiled twin was not imported"
rng = random.Random(19)
sides = ((t.PureTextBuilder, t.PureMappedText, t.PurePiece), (t.TextBuilder, t.MappedText, t.Piece))

def look(m):
    return (m.text, tuple((p.start, p.end, p.source_start, p.source_end, p.verbatim)
                          for p in m.pieces), tuple(m.starts), len(m))

def outcome(f):
    try:
        r = f()
    except Exception as e:
        return ("raised", type(e).__name__)
    return look(r) if hasattr(r, "pieces") else r

checked = 0
for case in range(3000):
    source = "".join(rng.choice("ab  \t\n*[]().") for _ in range(rng.randint(0, 40)))
    steps = []
    for _ in range(rng.randint(0, 8)):
        lo = rng.randint(0, len(source)); hi = rng.randint(lo, len(source))
        steps.append((rng.choice("cra"), lo, hi, rng.choice(["", " ", ": ", "&"])))
    cuts = [tuple(sorted((rng.randint(-2, 45), rng.randint(-2, 45)))) for _ in range(rng.randint(0, 4))]
    results = []
    for Builder, Mapped, Piece in sides:
        b = Builder()
        for kind, lo, hi, text in steps:
            if kind == "c":
                b.copy(source, lo, hi)
            elif kind == "r":
                b.replace(text, lo, hi)
            else:
                b.add(source[lo:hi], lo, hi, verbatim=bool(hi % 2))
        m = b.build()
        n = len(m.text)
        row = [look(m), len(b), b.ends_with_space(), outcome(lambda: m.span)]
        for i in range(-1, n + 2):
            row.append(outcome(lambda: m.source_offset_start(i)))
            row.append(outcome(lambda: m.source_offset_end(i)))
            row.append(m.text_offset(i))
            for j in range(i, n + 2):
                row.append(outcome(lambda: m.source_span(i, j)))
                row.append(outcome(lambda: m.slice(i, j)))
        row.append(outcome(m.strip))
        row.append(outcome(lambda: m.without(cuts)))
        other = Builder(); other.copy(source, 0, len(source)); other.extend(m)
        row.append(outcome(other.build))
        row.append(look(pickle.loads(pickle.dumps(m))))
        row.append(m == pickle.loads(pickle.dumps(m)))
        row.append(look(Mapped(m.text, m.pieces, m.starts)))
        results.append(row)
    if results[0] != results[1]:
        print(f"differ: case {case}")
        sys.exit(1)
    checked += len(results[0])
print(checked)
"""

PIPELINE = r"""
import gc, json, sys, time
from pathlib import Path
import ingest.textmap
from ingest.load import load
from ingest.pipeline import DocumentPipeline
from ingest.rules import load_rules
corpus = Path(sys.argv[1])
pipeline = DocumentPipeline(load_rules(Path(sys.argv[2])))
paths = sorted(p for p in corpus.rglob("*") if p.is_file())
sources = [load(p, p.relative_to(corpus).as_posix()) for p in paths]
pipeline.process(sources[0])
gc.freeze()
started = time.process_time()
for source in sources:
    pipeline.process(source)
print(json.dumps({"pipeline": time.process_time() - started,
                  "compiled": ingest.textmap.MappedText.__module__ == "ingest._textmap"}))
"""


def build(scratch: Path, all_modules: bool = False) -> tuple[Path, float]:
    """The scratch copy's ``src`` with the twin built in place (and the per-document modules,
    ``all_modules``), and the build's CPU seconds."""
    src = scratch / "src"
    package = src / "ingest"
    shutil.copytree(
        ROOT / "src" / "ingest", package, ignore=shutil.ignore_patterns("__pycache__", "*.so")
    )
    shutil.copy(ROOT / "bench" / "cython" / "_textmap.pyx", package / "_textmap.pyx")
    textmap = package / "textmap.py"
    textmap.write_text(textmap.read_text(encoding="utf-8") + SWITCH, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    sources = ["ingest/_textmap.pyx"]
    if all_modules:
        sources += [f"ingest/{module}" for module in MODULES]
    done = subprocess.run(
        [sys.executable, "-c", BUILD.format(sources=sources)],
        cwd=src,
        capture_output=True,
        text=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"building the twin failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return src, cpu


def environment(src: Path, compiled: bool) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(src))
    env.pop("INGEST_PURE_PYTHON", None)
    if not compiled:
        env["INGEST_PURE_PYTHON"] = "1"
    return env


def run_cpu(src: Path, compiled: bool, corpus: Path, out: Path, jobs: int) -> float:
    """CPU seconds of ``ingest run`` (the process tree) into a fresh folder."""
    shutil.rmtree(out, ignore_errors=True)
    command = [
        sys.executable, "-c", "import sys; from ingest.cli import main; sys.argv[0] = 'ingest'; main()",
        "run", str(corpus), "-o", str(out), "--rules", str(ROOT / "rules"),
        "--jobs", str(jobs), "--force",
    ]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, env=environment(src, compiled), capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"ingest run failed: {done.stderr[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def pipeline_cpu(src: Path, compiled: bool, corpus: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", PIPELINE, str(corpus), str(ROOT / "rules")],
        env=environment(src, compiled),
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["compiled"] != compiled:
        sys.exit("a side imported the other side's textmap")
    return float(result["pipeline"])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "seeds-x60")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--all-modules",
        action="store_true",
        help="also compile the per-document modules as they are (the pure side is then this "
        "checkout's package)",
    )
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    with tempfile.TemporaryDirectory(prefix="ingest-cython-") as folder:
        scratch = Path(folder)
        src, build_cpu = build(scratch, args.all_modules)
        # The side each run takes: the pure side runs the same scratch files with the
        # twin switched off, or (--all-modules) this checkout's interpreted package.
        sources = {False: ROOT / "src" if args.all_modules else src, True: src}
        print(f"built in {build_cpu:.1f} CPU s", file=sys.stderr)

        same = subprocess.run(
            [sys.executable, "-c", SAME],
            env=environment(src, True),
            capture_output=True,
            text=True,
        )
        if same.returncode != 0:
            sys.exit(f"the implementations differ: {same.stdout[-500:]}{same.stderr[-2000:]}")
        compared = int(same.stdout.strip().splitlines()[-1])
        outputs = {}
        for compiled in (False, True):
            out = scratch / f"out-{'compiled' if compiled else 'pure'}"
            run_cpu(sources[compiled], compiled, corpus, out, args.jobs)
            outputs[compiled] = out
        differ = differences(outputs[False], outputs[True])
        if differ:
            sys.exit("the outputs differ:\n" + "\n".join(differ[:20]))
        files = sum(
            1
            for p in outputs[True].rglob("*")
            if p.is_file() and ".ingest-cache" not in p.parts and p.name != "run.json"
        )
        print(f"identical: {compared} compared values, {files} output files", file=sys.stderr)

        texts = decoded_texts(corpus)
        best: dict[str, float] = {}
        for _ in range(args.rounds):
            for compiled in (False, True):
                side = "compiled" if compiled else "pure"
                for key, value in (
                    (f"pipeline {side}", pipeline_cpu(sources[compiled], compiled, corpus)),
                    (
                        f"run {side}",
                        run_cpu(sources[compiled], compiled, corpus, scratch / "out", args.jobs),
                    ),
                ):
                    best[key] = min(best.get(key, 1e9), value)
                    print(f"{key}: {value:.2f} CPU s", file=sys.stderr)
            best["tokenizer"] = min(best.get("tokenizer", 1e9), tokenizer_cpu(texts))
    token = best["tokenizer"]
    print(f"corpus {args.corpus} ({len(texts)} pages), --jobs {args.jobs}, {args.rounds} rounds")
    print(f"identical: {compared} values of random operations, {files} output files")
    built = "the twin and the per-document modules" if args.all_modules else "the twin"
    print(f"build of {built}: {build_cpu:.1f} CPU s")
    print(f"| measure | pure Python | compiled ({built}) | change |")
    print("|---|---:|---:|---:|")
    print(f"| spaCy blank English tokenizer, CPU s | {token:.2f} | | |")
    for key, label in (("pipeline", "pipeline in process"), ("run", "`ingest run`, end to end")):
        pure, compiled = best[f"{key} pure"], best[f"{key} compiled"]
        print(
            f"| {label}, CPU s (× tokenizer) | {pure:.2f} ({token / pure:.2f}×) | "
            f"{compiled:.2f} ({token / compiled:.2f}×) | {compiled / pure - 1:+.1%} |"
        )


if __name__ == "__main__":
    main()
