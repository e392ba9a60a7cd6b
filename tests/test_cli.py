"""cli: every command documented and exemplified; user errors are one line, never a traceback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from ingest.cli import main

from .conftest import ROOT, RULES


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            names.extend(_commands(command, f"{prefix}{name} "))
        else:
            names.append(f"{prefix}{name}")
    return names


COMMANDS = _commands(main)


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for command in COMMANDS:
        assert f"ingest {command}" in readme, f"README does not document `ingest {command}`"


def test_readme_opens_with_the_two_command_quick_start() -> None:
    readme = (ROOT / "README.md").read_text()
    block = readme.split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in block.strip().splitlines()] == [
        "make run",
        "make test",
    ]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_an_example_in_its_help(command: str) -> None:
    result = CliRunner().invoke(main, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"ingest {command}" in result.output


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["run", "/nonexistent/folder", "-o", "/tmp/ingest-test-out"], "E001"),
        (["run", "raw", "--rules", "/nonexistent/rules"], "E002"),
        (["show", "/nonexistent/page.txt"], "E001"),
        (["rules", "check", "--rules", "/nonexistent/rules"], "E002"),
    ],
)
def test_user_errors_are_one_line(args: list[str], code: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and code in lines[0]
    assert "Traceback" not in result.output


def test_bad_rule_file_names_file_and_line(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    for item in RULES.iterdir():
        if item.is_file():
            (rules / item.name).write_bytes(item.read_bytes())
    (rules / "percentages.yaml").write_text(
        "units: ['%']\napproximate_cues: [about]\nrange_joiners: ['(']\nnot_findings: []\n"
    )
    result = CliRunner().invoke(main, ["rules", "check", "--rules", str(rules)])
    assert result.exit_code == 2
    assert re.search(r"percentages\.yaml:3: range_joiners.*does not compile", result.output)


def test_run_and_show(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["run", str(ROOT / "raw"), "-o", str(out), "--rules", str(RULES), "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    assert (out / "claims.jsonl").exists() and (out / "run.json").exists()
    page = ROOT / "raw" / "clinic-page.html"
    shown = CliRunner().invoke(main, ["show", str(page), "--rules", str(RULES)])
    assert shown.exit_code == 0
    assert "removed boilerplate [html-cookie-banner]" in shown.output
    as_json = CliRunner().invoke(
        main, ["show", str(page), "--rules", str(RULES), "--format", "json"]
    )
    assert json.loads(as_json.output)["source"]["media_type"] == "text/html"


def test_run_exits_1_when_a_file_fails(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "ok.txt").write_text(
        "About 40% of patients improved after MSC therapy in the trial.\n"
    )
    result = CliRunner().invoke(
        main, ["run", str(folder), "-o", str(tmp_path / "out"), "--rules", str(RULES), "-j", "1"]
    )
    assert result.exit_code == 1
    assert "junk.bin" in result.output


GROUPS = ["", *(name for name, c in main.commands.items() if isinstance(c, click.Group))]


@pytest.mark.parametrize("group", GROUPS)
def test_every_group_has_an_example_in_its_help(group: str) -> None:
    result = CliRunner().invoke(main, [*group.split(), "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"ingest {group}".strip() in result.output


def _pages(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(3):
        (pages / f"p{n}.txt").write_text(f"About {n + 10}% of patients improved on MSC therapy.\n")
    return pages


def test_quiet_prints_nothing_on_success_and_verbose_lists_each_file(tmp_path: Path) -> None:
    pages = _pages(tmp_path)
    args = ["run", str(pages), "--rules", str(RULES), "-j", "1"]
    quiet = CliRunner().invoke(main, [*args, "-o", str(tmp_path / "q"), "-q"])
    assert quiet.exit_code == 0 and quiet.output == ""
    loud = CliRunner().invoke(main, [*args, "-o", str(tmp_path / "v"), "-v"])
    assert loud.exit_code == 0
    lines = loud.output.splitlines()
    assert [line for line in lines if line.startswith("p")] == [
        f"p{n}.txt: 1 claims" for n in range(3)
    ]
    assert any(line.startswith("rules ") and "process" in line for line in lines)
    assert "3 seen, 3 processed" in lines[-1]


def test_progress_knows_its_total_from_the_first_report(tmp_path: Path) -> None:
    from ingest.batch import Progress, run_batch

    pages = _pages(tmp_path)
    seen: list[tuple[int, int]] = []

    def record(status: Progress) -> None:
        seen.append((status.total, status.done))

    run_batch([pages], tmp_path / "out", RULES, jobs=1, progress=record)
    assert seen[0] == (3, 0)
    assert {total for total, _ in seen} == {3}
    assert seen[-1] == (3, 3)
    seen.clear()
    run_batch([pages], tmp_path / "out", RULES, jobs=1, progress=record)  # all unchanged
    assert seen == [(3, 0), (3, 3)]


LINKS_ONLY = (
    "<html><body><div>"
    + "".join(f"<p><a href='/p{i}'>Another link in the list number {i}</a></p>" for i in range(20))
    + "</div></body></html>\n"
)
ARTICLE = (
    "<html><body><h1>Trial results</h1>"
    "<p>About 40% of patients improved after MSC therapy in the trial of 120 adults.</p>"
    "<p>The remaining patients were stable, and adverse events were mild and transient.</p>"
    "</body></html>\n"
)


def test_a_page_that_loses_all_its_text_warns_and_fails_a_strict_run(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "links.html").write_text(LINKS_ONLY)
    (folder / "article.html").write_text(ARTICLE)
    out = tmp_path / "out"
    args = ["run", str(folder), "-o", str(out), "--rules", str(RULES), "-j", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "warning: links.html: nothing kept" in result.output
    warnings = json.loads((out / "run.json").read_text())["warnings"]
    assert [w["path"] for w in warnings] == ["links.html"]
    assert warnings[0]["kept_chars"] == 0 and warnings[0]["visible_chars"] > 200
    # An unchanged run still reports it (the warning is kept with the record's state).
    again = CliRunner().invoke(main, args)
    assert json.loads((out / "run.json").read_text())["warnings"] == warnings
    assert again.exit_code == 0
    strict = CliRunner().invoke(main, [*args, "--strict"])
    assert strict.exit_code == 1
    assert "warning: links.html" in strict.output
    # The review index lists it, with its reason and figures.
    site = tmp_path / "site"
    reviewed = CliRunner().invoke(
        main, ["review", str(out), "-o", str(site), "--rules", str(RULES)]
    )
    assert reviewed.exit_code == 0, reviewed.output
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "Warnings (1)" in index
    assert "links.html" in index and "nothing kept although the page has text" in index


def test_run_text_writes_the_kept_text_beside_each_record(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "article.html").write_text(ARTICLE)
    out = tmp_path / "out"
    args = ["run", str(folder), "-o", str(out), "--rules", str(RULES), "-j", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert not (out / "article.html.txt").exists()
    assert CliRunner().invoke(main, [*args, "--text"]).exit_code == 0
    text = (out / "article.html.txt").read_text()
    assert (
        "About 40% of patients improved after MSC therapy in the trial of 120 adults.\n\nThe"
        in text
    )
    assert text.endswith("mild and transient.\n")
    first = text
    assert CliRunner().invoke(main, [*args, "--text", "--force"]).exit_code == 0
    assert (out / "article.html.txt").read_text() == first
    shown = CliRunner().invoke(
        main, ["show", str(folder / "article.html"), "--rules", str(RULES), "--format", "text"]
    )
    assert shown.exit_code == 0
    assert shown.output == first
    (folder / "article.html").unlink()
    (folder / "other.html").write_text(ARTICLE)
    assert CliRunner().invoke(main, [*args, "--text"]).exit_code == 0
    assert not (out / "article.html.txt").exists()
