"""Quality gates: HTML main text on the two public benchmarks, against stored baselines.

article-extraction (181 news and blog pages with their true main text) and trafilatura-eval
(981 pages with must-keep and must-drop snippets), under ../shared/benchmarks. The clean stage's
kept text is scored exactly as each benchmark does (bench/main_content.py, ``vote`` mode: our
output only, the peer is not run); a test fails when F1 falls more than 0.002 below
bench/main_content_baseline_<set>.json, or when more pages are lost than the baseline's (we keep
under 20% of the truth where trafilatura, whose page recall the baseline stores, keeps 80%).
After a deliberate change, rewrite the baseline:
`python bench/main_content.py --bench <set> --modes trafilatura,vote --write-baseline
bench/main_content_baseline_<set>.json` (docs/benchmarks.md gives the figures).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT, SHARED

BENCHMARKS = {
    "article": SHARED / "benchmarks" / "article-extraction" / "ground-truth.json",
    "evaldata": SHARED / "benchmarks" / "trafilatura-eval" / "evaldata.json",
}


@pytest.mark.parametrize("bench", sorted(BENCHMARKS))
def test_main_text_does_not_fall_below_the_baseline(bench: str) -> None:
    if not BENCHMARKS[bench].exists():
        pytest.skip(f"benchmark not available: {BENCHMARKS[bench]}")
    pytest.importorskip("trafilatura")
    result = subprocess.run(
        [
            sys.executable,
            "bench/main_content.py",
            *("--bench", bench, "--modes", "vote"),
            *("--gate", f"bench/main_content_baseline_{bench}.json"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "gate passed" in result.stdout
