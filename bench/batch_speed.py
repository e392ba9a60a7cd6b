"""End-to-end batch speed: ``ingest run`` over a generated corpus, as users run it.

For one corpus (``bench/corpus.py``, generated into ``bench/out/corpus-<pages>`` if missing) it
measures, each into a fresh output folder:

- ``ingest run --jobs 1`` and ``--jobs 2`` (local process pool) and ``--executor dask --jobs 2``
  (a LocalCluster): wall seconds, pages/s, MB/s of decoded text, peak resident memory of the
  main process and of the largest worker;
- a second ``ingest run`` over the unchanged corpus (everything skipped as unchanged);
- spaCy's bare English tokenizer over the same decoded text, in one process: the floor any
  spaCy pipeline pays;

checks that the Dask output equals the local output byte for byte (``run.json`` aside), and
writes a markdown section into ``docs/benchmarks.md`` with ``--write``.

Peak memory is each process's ``VmHWM`` (high-water resident set) read from ``/proc`` every
0.2 s while the run lasts: a process tree's peaks, not a sum.

With ``--real-html`` the corpus is instead the 181 real web pages of
``../shared/benchmarks/article-extraction/`` (decompressed into ``bench/out/real-html``), and the
section is its own: real pages are mostly markup, scripts and navigation around a short text,
where the generated corpus is text-heavy scraped pages.

With ``--seed-variants 60`` the corpus is 60 varied copies of each of the three real plain-text
scrapes of ``../shared/seeds`` (``bench/corpus.py``; 180 pages, about 3 MB): the text-heavy
corpus issue 19's targets are measured on, with a section of its own.

usage: python bench/batch_speed.py [--pages 10000 | --real-html | --seed-variants 60]
                                   [--write docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import filecmp
import gzip
import os
import platform
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from docs_section import publish

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Batch runs end to end"
REAL_SECTION = "## Batch runs end to end: real web pages"
SEEDS_SECTION = "## Batch runs end to end: the seeds, varied (text-heavy)"
# ../shared beside the project (CI's layout), or beside its worktrees' folder (/work/wt/NAME).
SHARED = next(
    (p / "shared" for p in ROOT.parents[:2] if (p / "shared").is_dir()), ROOT.parent / "shared"
)
REAL_PAGES = SHARED / "benchmarks" / "article-extraction" / "html"
INGEST = str(Path(sys.executable).with_name("ingest"))


@dataclass
class Peaks:
    """The high-water resident memory (MB) of every process of a tree, by pid."""

    root: int
    by_pid: dict[int, float] = field(default_factory=dict)

    def _children(self) -> dict[int, list[int]]:
        children: dict[int, list[int]] = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
        return children

    def sample(self) -> None:
        children = self._children()
        stack = [self.root]
        while stack:
            pid = stack.pop()
            stack.extend(children.get(pid, ()))
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    self.by_pid[pid] = max(self.by_pid.get(pid, 0.0), int(line.split()[1]) / 1024)

    @property
    def main(self) -> float:
        return self.by_pid.get(self.root, 0.0)

    @property
    def largest_worker(self) -> float:
        return max((mb for pid, mb in self.by_pid.items() if pid != self.root), default=0.0)


@dataclass
class Measured:
    label: str
    seconds: float
    peaks: Peaks
    status: int
    stderr: str
    cpu: float = 0.0  # user + system seconds of the run's whole process tree


def timed_run(label: str, args: list[str]) -> Measured:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT
    )
    peaks = Peaks(process.pid)
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            peaks.sample()
            done.wait(0.2)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    watcher.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    line = stderr.strip().splitlines()[-1:][0]
    return Measured(label, seconds, peaks, process.returncode, line, cpu)


def real_html_corpus(folder: Path) -> Path:
    """The article-extraction benchmark's pages, decompressed into ``folder`` once."""
    pages = sorted(REAL_PAGES.glob("*.html.gz"))
    if not pages:
        sys.exit(f"no pages under {REAL_PAGES}: --real-html needs ../shared beside the project")
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        target = folder / page.name.removesuffix(".gz")
        if not target.exists():
            target.write_bytes(gzip.decompress(page.read_bytes()))
    return folder


def decoded_texts(corpus: Path) -> list[str]:
    from ingest.load import load

    paths = sorted(p for p in corpus.rglob("*") if p.is_file())
    return [load(p, p.relative_to(corpus).as_posix()).text for p in paths]


def time_tokenizer(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of spaCy's blank English tokenizer over the texts."""
    import spacy

    nlp = spacy.blank("en")
    nlp.tokenizer(texts[0])
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        nlp.tokenizer(text)
    return time.perf_counter() - started, time.process_time() - cpu


def same_outputs(left: Path, right: Path) -> bool:
    """Every file but run.json (and the cache) byte-identical, and the same set of files."""

    def files(root: Path) -> set[str]:
        return {
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and ".ingest-cache" not in p.parts and p.name != "run.json"
        }

    names = files(left)
    if names != files(right):
        return False
    return all(filecmp.cmp(left / n, right / n, shallow=False) for n in sorted(names))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=2000)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--corpus", type=Path, default=None, help="an existing corpus folder")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "out")
    source.add_argument("--real-html", action="store_true", help="the 181 real pages instead")
    source.add_argument(
        "--seed-variants", type=int, default=0, help="N varied copies of each seed page instead"
    )
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args()

    corpus = args.corpus or args.work / f"corpus-{args.pages}"
    if args.real_html:
        corpus = real_html_corpus(args.work / "real-html")
    elif args.seed_variants:
        corpus = args.work / f"seeds-x{args.seed_variants}"
        if not corpus.is_dir():
            sys.path.insert(0, str(ROOT / "bench"))
            from corpus import generate_seed_variants  # type: ignore[import-not-found]

            generate_seed_variants(args.seed_variants, corpus, 7)
    elif not corpus.is_dir():
        sys.path.insert(0, str(ROOT / "bench"))
        from corpus import generate  # type: ignore[import-not-found]

        print(f"generating {args.pages} pages into {corpus} …", file=sys.stderr)
        generate(args.pages, corpus, 7)
    texts = decoded_texts(corpus)
    pages = len(texts)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    runs: list[tuple[Measured, bool]] = []
    configs = [("local, --jobs 1", ["--jobs", "1"]), ("local, --jobs 2", ["--jobs", "2"])]
    if not args.skip_dask:
        configs.append(("dask LocalCluster, --jobs 2", ["--jobs", "2", "--executor", "dask"]))
    outputs: dict[str, Path] = {}
    for label, options in configs:
        out = args.work / f"out-{label.split(',')[0].split()[0]}-{options[1]}"
        shutil.rmtree(out, ignore_errors=True)
        outputs[label] = out
        print(f"{label} …", file=sys.stderr)
        measured = timed_run(label, [INGEST, "run", str(corpus), "-o", str(out), *options])
        print(f"  {measured.seconds:.1f} s; {measured.stderr}", file=sys.stderr)
        runs.append((measured, True))
    rerun_out = outputs["local, --jobs 2"]
    print("rerun, unchanged …", file=sys.stderr)
    rerun = timed_run("rerun of the unchanged corpus, --jobs 2", [
        INGEST, "run", str(corpus), "-o", str(rerun_out), "--jobs", "2",
    ])  # fmt: skip
    print(f"  {rerun.seconds:.1f} s; {rerun.stderr}", file=sys.stderr)
    runs.append((rerun, False))
    print("tokenizer …", file=sys.stderr)
    tokenizer_seconds, tokenizer_cpu = time_tokenizer(texts)
    identical = same_outputs(outputs["local, --jobs 1"], outputs["local, --jobs 2"]) and (
        args.skip_dask or same_outputs(outputs["local, --jobs 1"], outputs[configs[-1][0]])
    )

    rows = [
        "| run | seconds | pages/s | MB/s | × tokenizer | CPU s | × tokenizer, CPU "
        "| peak MB, main | peak MB, largest worker |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| spaCy blank English tokenizer, one process | {tokenizer_seconds:.1f} | "
        f"{pages / tokenizer_seconds:.0f} | {megabytes / tokenizer_seconds:.2f} | 1.00 | "
        f"{tokenizer_cpu:.1f} | 1.00 | | |",
    ]
    for measured, full in runs:
        peaks = measured.peaks
        worker = f"{peaks.largest_worker:.0f}" if peaks.largest_worker else "(in main)"
        speed = megabytes / measured.seconds
        ratio = (tokenizer_seconds / measured.seconds) if full else float("nan")
        cpu_ratio = (tokenizer_cpu / measured.cpu) if full and measured.cpu else float("nan")
        rows.append(
            f"| {measured.label} | {measured.seconds:.1f} | {pages / measured.seconds:.0f} | "
            f"{speed:.2f} | {ratio:.2f} | {measured.cpu:.1f} | {cpu_ratio:.2f} | "
            f"{peaks.main:.0f} | {worker} |".replace("nan", "")
        )
    failed = [m.label for m, _ in runs if m.status != 0]
    if args.real_html:
        heading, command = REAL_SECTION, "--real-html"
        what = (
            f"the {pages:,} real web pages of the article-extraction benchmark ({megabytes:.1f} MB "
            "of decoded HTML; news, blogs and reference pages, most of each page markup, scripts "
            "and navigation),"
        )
    elif args.seed_variants:
        heading, command = SEEDS_SECTION, f"--seed-variants {args.seed_variants}"
        what = (
            f"{args.seed_variants} varied copies of each of the three seed pages ({pages:,} pages, "
            f"{megabytes:.1f} MB of decoded text; real plain-text scrapes, `bench/corpus.py`),"
        )
    else:
        heading, command = SECTION, f"--pages {pages}"
        what = f"{pages:,} generated pages ({megabytes:.1f} MB of decoded text; `bench/corpus.py`),"
    body = "\n".join(
        [
            heading,
            "",
            f"`bench/batch_speed.py {command}`: `ingest run` as a user runs it (a fresh output",
            "folder each time, loading, site-chrome pass, writing and `claims.jsonl` included) over",
            what,
            f"on {os.cpu_count()} cores ({platform.processor() or platform.machine()}, Python "
            f"{platform.python_version()}). The tokenizer row is spaCy's blank English tokenizer",
            "over the same decoded text in one process, measured in the same run. Peak memory is",
            "each process's high-water resident set (`VmHWM`), sampled every 0.2 s. CPU s is the",
            "user and system time of the run's whole process tree (workers included), and",
            "× tokenizer, CPU the tokenizer's CPU time over it: the work, whatever else the machine",
            "runs (for --jobs 2 it counts both workers, so it is no measure of the wall-clock gain).",
            "",
            *rows,
            "",
            f"Outputs of every configuration byte-identical (`run.json` aside): "
            f"{'yes' if identical else 'NO'}."
            + (f" Runs that exited non-zero: {', '.join(failed)}." if failed else ""),
            "",
        ]
    )
    publish(body, args.write)


if __name__ == "__main__":
    main()
