"""Packaging: the default rules and the schema travel in the wheel, from rules/ and schema/.

The slow test installs the project as a new user would (``pip install .``, not editable, into a
fresh virtual environment) and runs the commands from an empty folder. It borrows the
dependencies of the running environment (a ``.pth`` line) so that it needs no network for them;
building the wheel still needs setuptools from an index or the pip cache, and the test skips,
saying so, where there is neither.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.cli import main
from ingest.rules import BUILTIN_NAME, BUILTIN_RULES_DIR, rule_files, rules_digest

from .conftest import ROOT

PAGE = (
    "<html><head><title>MSC therapy</title></head><body><h1>MSC therapy</h1>"
    "<p>About 40% of patients improved after mesenchymal stem cell therapy (PMID: 40353645).</p>"
    "</body></html>"
)


def test_builtin_rules_are_the_repository_rules() -> None:
    # One source: the package's folder is the repository's rules/, not a copy of it.
    assert BUILTIN_RULES_DIR.resolve() == (ROOT / "rules").resolve()
    assert rules_digest(BUILTIN_RULES_DIR) == rules_digest(ROOT / "rules")
    shipped = BUILTIN_RULES_DIR.parent / "ingest.schema.json"
    assert shipped.resolve() == (ROOT / "schema" / "ingest.schema.json").resolve()


def test_package_data_patterns_cover_every_rule_file() -> None:
    # A rule file of a kind the package-data globs miss would run from a checkout and be absent
    # from the wheel.
    import tomllib

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["ingest"]
    package = BUILTIN_RULES_DIR.parents[1]
    covered = {p for pattern in patterns for p in package.glob(pattern)}
    missing = [f for f in rule_files(BUILTIN_RULES_DIR) if f not in covered]
    assert not missing
    assert package / "defaults" / "ingest.schema.json" in covered


def test_rules_init_writes_an_editable_copy(tmp_path: Path) -> None:
    target = tmp_path / "my-rules"
    result = CliRunner().invoke(main, ["rules", "init", str(target)])
    assert result.exit_code == 0, result.output
    assert rules_digest(target) == rules_digest(BUILTIN_RULES_DIR)
    assert not any(p.is_symlink() for p in target.rglob("*"))
    again = CliRunner().invoke(main, ["rules", "init", str(target)])
    assert again.exit_code == 2
    assert again.output.strip().splitlines() == [again.output.strip()]
    assert "E021" in again.output


def test_a_rules_folder_where_the_command_runs_is_not_read_unannounced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "hedges.yaml").write_text("not: [valid")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["rules", "check"])
    assert result.exit_code == 0, result.output
    assert "using the built-in rules; ./rules is read only when named" in result.output
    named = CliRunner().invoke(main, ["rules", "check", "--rules", "rules"])
    assert named.exit_code == 2


def test_run_json_names_the_rules_and_review_uses_them(tmp_path: Path) -> None:
    import json

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "page.html").write_text(PAGE)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(pages), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    record = json.loads((out / "run.json").read_text())
    assert record["rules"] == BUILTIN_NAME
    assert record["rules_digest"] == rules_digest(BUILTIN_RULES_DIR)

    copy = tmp_path / "copy"
    CliRunner().invoke(main, ["rules", "init", str(copy)])
    out2 = tmp_path / "out2"
    args = ["run", str(pages), "-o", str(out2), "-j", "1", "--rules", str(copy)]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert json.loads((out2 / "run.json").read_text())["rules"] == copy.resolve().as_posix()

    from ingest.review import rules_of_run

    assert rules_of_run(out2) == copy.resolve()
    assert rules_of_run(out) == BUILTIN_RULES_DIR
    shutil.rmtree(copy)  # gone: review falls back to the built-in rules, needs none given
    assert rules_of_run(out2) == BUILTIN_RULES_DIR
    review = CliRunner().invoke(main, ["review", str(out2), "-o", str(tmp_path / "html")])
    assert review.exit_code == 0, review.output


def _source_tree(target: Path) -> Path:
    """What a clean clone holds for building: no .venv, no build/ left by another build."""
    tree = target / "source"
    tree.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, tree / name)
    for name in ("rules", "schema"):
        shutil.copytree(ROOT / name, tree / name)
    shutil.copytree(
        ROOT / "src",
        tree / "src",
        symlinks=True,
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
    )
    return tree


@pytest.mark.install
def test_pip_install_dot_then_every_command_from_an_empty_folder(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # The dependencies come from this environment's site-packages, after the venv's own: its
    # editable ingest is never seen (a path line does not run that folder's .pth files).
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
         str(_source_tree(tmp_path))],
        capture_output=True,
        text=True,
        timeout=900,
    )  # fmt: skip
    if install.returncode != 0:
        last = (install.stderr.strip().splitlines() or ["no output"])[-1]
        pytest.skip(f"pip could not build the wheel here (no index or pip cache?): {last}")
    installed = site / "ingest"
    assert (installed / "defaults" / "rules" / "boilerplate.yaml").is_file()
    assert not (installed / "defaults" / "rules").is_symlink()
    assert rules_digest(installed / "defaults" / "rules") == rules_digest(ROOT / "rules")
    assert (installed / "defaults" / "ingest.schema.json").is_file()

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "page.html").write_text(PAGE)
    empty = tmp_path / "empty"
    empty.mkdir()
    ingest = str(venv / "bin" / "ingest")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}

    def call(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [ingest, *args], cwd=empty, capture_output=True, text=True, env=env, timeout=600
        )
        assert done.returncode == 0, f"ingest {' '.join(args)}: {done.stderr}"
        return done

    where = subprocess.run(
        [str(python), "-c", "import ingest; print(ingest.__file__)"],
        cwd=empty, capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(site)
    call("run", str(pages), "-o", "out", "-j", "1")
    assert (empty / "out" / "page.html.json").is_file()
    assert "claim" in call("show", str(pages / "page.html")).stdout
    call("review", "out", "-o", "html")
    assert (empty / "html" / "index.html").is_file()
    assert "rules ok" in call("rules", "check").stdout
