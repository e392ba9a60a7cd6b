"""Quality gate: HTML main-text extraction on the public article-extraction benchmark.

181 real pages with their true main text (../shared/benchmarks/article-extraction). The clean
stage's kept text is scored with the shared scorer; the test fails when F1 falls more than
0.005 below bench/article_extraction_baseline.json (raise the baseline when it improves:
`python bench/article_extraction.py --write-baseline bench/article_extraction_baseline.json`).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT, SHARED


def test_f1_does_not_fall_below_the_baseline() -> None:
    if not (SHARED / "benchmarks" / "article-extraction" / "ground-truth.json").exists():
        pytest.skip(f"article-extraction benchmark not available under {SHARED}")
    result = subprocess.run(
        [
            sys.executable,
            "bench/article_extraction.py",
            "--gate",
            "bench/article_extraction_baseline.json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
