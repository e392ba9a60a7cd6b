"""diff: added, removed and changed claims between two extractions; positions are not changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.batch import run_batch
from ingest.cli import main
from ingest.diff import diff, diff_paths, render_json

from .conftest import RULES, SEED_000

SENTENCE_94 = (
    " While modern treatments enable 94% of individuals with acute traumatic SCI to survive, long-term"
    " survival is often compromised by complications arising after the injury."
)


@pytest.fixture(scope="module")
def extractions(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("diff")
    (root / "a").mkdir()
    (root / "b").mkdir()
    for page in seeds_dir.iterdir():
        shutil.copy(page, root / "a" / page.name)
        shutil.copy(page, root / "b" / page.name)
    text = (seeds_dir / SEED_000).read_text(encoding="utf-8")
    assert SENTENCE_94 in text
    edited = text.replace("(57%)", "(59%)").replace(SENTENCE_94, "")
    (root / "b" / SEED_000).write_text(edited, encoding="utf-8")
    run_batch([root / "a"], root / "A", RULES, jobs=1)
    run_batch([root / "b"], root / "B", RULES, jobs=1)
    return root / "A", root / "B"


def test_edited_seed_shows_exactly_the_edits(extractions: tuple[Path, Path]) -> None:
    old, new = extractions
    result = CliRunner().invoke(main, ["diff", str(old), str(new)])
    assert result.exit_code == 1
    assert "1 added, 2 removed, 0 changed" in result.output
    assert "(57%)" in result.output and "(59%)" in result.output and "94%" in result.output
    data = json.loads(
        CliRunner().invoke(main, ["diff", str(old), str(new), "--format", "json"]).output
    )
    assert data["summary"] == {"added": 1, "removed": 2, "changed": 0}
    removed = sorted(r["text"] for r in data["removed"])
    assert any("(57%)" in t for t in removed) and any(
        t.startswith("While modern treatments enable 94%") for t in removed
    )
    (added,) = data["added"]
    assert "(59%)" in added["text"]
    assert data["sources"] == {
        SEED_000: {
            "added": [added["id"]],
            "removed": sorted(r["id"] for r in data["removed"]),
            "changed": [],
        }
    }
    (pair,) = data["pairs"]
    assert pair["changes"] == [{"field": "percentages", "old": "57%, 38%", "new": "59%, 38%"}]


def test_same_extraction_is_equal(extractions: tuple[Path, Path]) -> None:
    old, _ = extractions
    result = CliRunner().invoke(main, ["diff", str(old), str(old)])
    assert result.exit_code == 0
    assert "0 added, 0 removed, 0 changed" in result.output
    assert (
        CliRunner()
        .invoke(main, ["diff", str(old / "claims.jsonl"), str(old / "claims.jsonl")])
        .exit_code
        == 0
    )


def test_markdown_for_a_pull_request(extractions: tuple[Path, Path]) -> None:
    old, new = extractions
    output = CliRunner().invoke(main, ["diff", str(old), str(new), "--format", "markdown"]).output
    assert output.startswith("### ingest diff: 1 added, 2 removed, 0 changed")
    assert "| `000_cbb8193102376ae8.txt` | 1 | 2 | 0 |" in output
    assert "percentages: 57%, 38% → 59%, 38%" in output


def _record(text: str, citations: list[dict[str, str]], hedged: bool = False) -> dict[str, object]:
    return {
        "id": "c1", "text": text, "section_path": ["A"], "percentages": [], "identifiers": [], "entities": [],
        "hedged": hedged, "hedges": ["may"] if hedged else [], "negated": False, "citations": citations,
        "occurrences": [{"source": "p.txt", "span": [0, len(text)], "line": 1, "section_path": ["A"]}],
    }  # fmt: skip


def test_a_new_citation_on_the_same_sentence_is_a_change() -> None:
    old = {"c1": _record("MSCs may help.", [])}
    new = {"c1": _record("MSCs may help.", [{"scheme": "pmid", "value": "1"}], hedged=True)}
    result = diff(old, new)
    (change,) = result.changed
    assert {c.field for c in change.changes} == {"citations", "hedged", "hedges"}
    assert json.loads(render_json(result))["changed"][0]["changes"][0] == {
        "field": "citations",
        "old": "",
        "new": "pmid:1",
    }


def test_moved_positions_are_not_changes() -> None:
    old = {"c1": _record("MSCs may help.", [])}
    moved = json.loads(json.dumps(old))
    moved["c1"]["occurrences"][0]["span"] = [500, 514]
    moved["c1"]["occurrences"][0]["line"] = 40
    assert diff(old, moved).equal


@pytest.mark.parametrize("bad", ["/nonexistent", "missing-claims"])
def test_errors_are_one_line_with_exit_2(tmp_path: Path, bad: str) -> None:
    target = tmp_path / bad if bad != "/nonexistent" else Path(bad)
    target.mkdir(exist_ok=True) if bad != "/nonexistent" else None
    result = CliRunner().invoke(main, ["diff", str(target), str(target)])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "E007" in result.output


def test_another_schema_version_is_refused(extractions: tuple[Path, Path], tmp_path: Path) -> None:
    old, _ = extractions
    other = tmp_path / "other"
    shutil.copytree(old, other)
    run = json.loads((other / "run.json").read_text())
    run["schema_version"] = "2.0"
    (other / "run.json").write_text(json.dumps(run))
    result = CliRunner().invoke(main, ["diff", str(old), str(other)])
    assert result.exit_code == 2 and "E008" in result.output and "2.0" in result.output
    with pytest.raises(Exception, match="E008"):
        diff_paths(other, old)


def test_reference_entries_added_and_removed_per_source(tmp_path: Path) -> None:
    from ingest.diff import reference_changes, render_markdown, render_text

    old = {"a.html": ["Smith J. A trial. Lupus. 2019;28:100.", "Wang L. MSCs. 2020;2:4."]}
    new = {"a.html": ["Smith  J. A trial. Lupus. 2019;28:100.", "Garcia M. Follow-up. 2021;6:1."]}
    changes = reference_changes(old, new)
    assert changes == {
        "a.html": {
            "added": ["Garcia M. Follow-up. 2021;6:1."],
            "removed": ["Wang L. MSCs. 2020;2:4."],
        }
    }
    for folder, entries in (("old", old), ("new", new)):
        (tmp_path / folder).mkdir()
        record = {
            "source": {"path": "a.html"},
            "references": [{"id": f"r{k}", "text": t} for k, t in enumerate(entries["a.html"])],
        }
        (tmp_path / folder / "a.html.json").write_text(json.dumps(record), "utf-8")
        (tmp_path / folder / "claims.jsonl").write_text("", "utf-8")
    result = diff_paths(tmp_path / "old", tmp_path / "new")
    assert result.references == changes and not result.equal
    assert "references 1 added, 1 removed" in render_text(result)
    assert "Garcia M" in render_markdown(result)
    assert json.loads(render_json(result))["references"] == changes
