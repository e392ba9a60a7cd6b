"""Identity check for speed work: the same outputs before and after, on every benchmark corpus.

Runs a baseline ``ingest`` (a checkout of the commit before the change, run with its own
source on ``PYTHONPATH``) and this worktree's ``ingest`` over each corpus, each into its own
folder, and compares the folders file by file (``run.json`` and the cache aside). The
baseline's outputs are kept under ``--work`` and reused while its commit is the same, so a
check after each step runs only the new side.

Corpora: the seeds varied 60 times (``bench/corpus.py --seed-variants 60``), the seeds,
``raw/``, ``../shared/benchmarks/biomed-pages/pages``, the 181 real HTML pages of the
article-extraction benchmark and 300 generated pages (``bench/corpus.py``).

usage: python bench/same_output.py --baseline COMMIT [--work /tmp/same-output] [--jobs 2]
                                   [--only NAME ...]

Exit status 0 when every corpus's outputs are identical, 1 otherwise (the differing files are
listed, with the first differing line of each).
"""

from __future__ import annotations

import argparse
import filecmp
import gzip
import io
import os
import shutil
import site
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the project (CI's layout), or beside its worktrees' folder (/work/wt/NAME).
SHARED = next(
    (p / "shared" for p in ROOT.parents[:2] if (p / "shared").is_dir()), ROOT.parent / "shared"
)
sys.path.insert(0, str(ROOT / "bench"))
from corpus import generate, generate_seed_variants  # type: ignore[import-not-found]  # noqa: E402


def corpora(work: Path) -> dict[str, Path]:
    made = work / "corpora"
    seeds_x60 = made / "seeds-x60"
    if not seeds_x60.is_dir():
        generate_seed_variants(60, seeds_x60, 7)
    generated = made / "generated-300"
    if not generated.is_dir():
        generate(300, generated, 7)
    real = made / "real-html"
    if not real.is_dir():
        real.mkdir(parents=True)
        for page in sorted((SHARED / "benchmarks" / "article-extraction" / "html").glob("*.gz")):
            (real / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
    return {
        "seeds-x60": seeds_x60,
        "seeds": SHARED / "seeds",
        "raw": ROOT / "raw",
        "biomed-pages": SHARED / "benchmarks" / "biomed-pages" / "pages",
        "real-html": real,
        "generated-300": generated,
    }


def baseline_checkout(commit: str, work: Path) -> Path:
    """The baseline's source and rules, extracted once per commit."""
    resolved = subprocess.run(
        ["git", "rev-parse", commit], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    target = work / f"baseline-{resolved[:12]}"
    if not target.is_dir():
        archive = subprocess.run(
            ["git", "archive", resolved], cwd=ROOT, check=True, capture_output=True
        ).stdout
        target.mkdir(parents=True)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(target, filter="data")
    return target


def run(source: Path, corpus: Path, out: Path, jobs: int) -> None:
    shutil.rmtree(out, ignore_errors=True)
    # -S: no site hook, so this checkout's editable install cannot take the place of the
    # baseline's source; the packages are found on the path given instead.
    packages = os.pathsep.join(site.getsitepackages())
    env = dict(os.environ, PYTHONPATH=f"{source / 'src'}{os.pathsep}{packages}")
    command = [
        sys.executable, "-S", "-c", "import sys; from ingest.cli import main; sys.argv[0] = 'ingest'; main()",
        "run", str(corpus), "-o", str(out),
        "--rules", str(source / "rules"), "--jobs", str(jobs),
    ]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1) or not (out / "claims.jsonl").is_file():
        # 1: some input failed, which the outputs show
        sys.exit(f"{' '.join(command)} exited {done.returncode}: {done.stderr[-2000:]}")


def differences(left: Path, right: Path) -> list[str]:
    def files(root: Path) -> set[str]:
        return {
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and ".ingest-cache" not in p.parts and p.name != "run.json"
        }

    a, b = files(left), files(right)
    found = [f"only in baseline: {n}" for n in sorted(a - b)]
    found += [f"only in new: {n}" for n in sorted(b - a)]
    for name in sorted(a & b):
        if filecmp.cmp(left / name, right / name, shallow=False):
            continue
        old = (left / name).read_text(encoding="utf-8").splitlines()
        new = (right / name).read_text(encoding="utf-8").splitlines()
        line = next(
            (k for k, (x, y) in enumerate(zip(old, new, strict=False)) if x != y),
            min(len(old), len(new)),
        )
        found.append(f"differs: {name} line {line + 1}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", required=True, help="the commit before the change")
    parser.add_argument("--work", type=Path, default=Path("/tmp/same-output"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    base = baseline_checkout(args.baseline, args.work)
    failed = False
    for name, corpus in corpora(args.work).items():
        if args.only and name not in args.only:
            continue
        if not corpus.is_dir():
            print(f"{name}: skipped, no folder {corpus}")
            continue
        old = args.work / "out" / f"{base.name}-{name}"
        if not (old / "claims.jsonl").is_file():
            run(base, corpus, old, args.jobs)
        new = args.work / "out" / f"new-{name}"
        run(ROOT, corpus, new, args.jobs)
        found = differences(old, new)
        files = sum(1 for p in old.rglob("*.json*") if ".ingest-cache" not in p.parts)
        print(f"{name}: {'identical' if not found else 'DIFFERENT'} ({files} files)")
        for line in found[:20]:
            print(f"  {line}")
        failed = failed or bool(found)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
