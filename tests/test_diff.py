"""diff: added, removed and changed claims between two extractions; positions are not changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.batch import run_batch
from ingest.cli import main
from ingest.diff import (
    diff,
    diff_paths,
    page_name,
    removal_anchor,
    render_json,
    render_markdown,
    render_text,
)

from .conftest import NEW_RULE_ID, RULES, SEED_000, SEED_002

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


def test_reference_diff_parses_only_records_whose_bytes_differ(tmp_path: Path) -> None:
    from ingest.diff import changed_record_names, read_references

    for folder in ("old", "new"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.html.json").write_text('{"source": {"path": "same.html"}}')
    (tmp_path / "old" / "edited.html.json").write_text('{"source": {"path": "edited.html"}}')
    (tmp_path / "new" / "edited.html.json").write_text(
        '{"source": {"path": "edited.html"}, "references": [{"id": "r1", "text": "Lee K. 2020."}]}'
    )
    (tmp_path / "new" / "added.html.json").write_text("not json: never read when unchanged")
    changed = changed_record_names(tmp_path / "old", tmp_path / "new")
    assert changed == {"edited.html.json", "added.html.json"}
    # an unchanged record is not even opened: a broken one would otherwise be skipped silently
    (tmp_path / "old" / "same.html.json").write_text("{broken")
    (tmp_path / "new" / "same.html.json").write_text("{broken")
    assert read_references(tmp_path / "new", changed) == {"edited.html": ["Lee K. 2020."]}


# --- why: every removed claim says what took it, every added one what makes it a claim ----------


def test_a_new_boilerplate_rule_is_named_beside_each_claim_it_removed(
    new_rule_runs: tuple[Path, Path],
) -> None:
    before, after = new_rule_runs
    result = diff_paths(before, after)
    assert result.removed and not result.added
    for record in result.removed:
        (cause,) = result.causes[record["id"]]
        assert (cause.kind, cause.reason, cause.rule) == ("removed", "boilerplate", NEW_RULE_ID)
        assert cause.span is not None and cause.line
    # the header says what changed between the runs: the rules, and which file
    assert any(line.startswith("rules digest: ") for line in result.run_changes())
    assert "rule files: boilerplate.yaml (modified)" in result.run_changes()

    text = CliRunner().invoke(main, ["diff", str(before), str(after)]).output
    lines = text.splitlines()
    assert "  rule files: boilerplate.yaml (modified)" in lines
    removed_at = [k for k, line in enumerate(lines) if line.startswith("  - removed ")]
    assert len(removed_at) == len(result.removed)
    for k in removed_at:
        assert lines[k + 1].startswith(f"      why: removed by boilerplate rule {NEW_RULE_ID} at ")

    data = json.loads(
        CliRunner().invoke(main, ["diff", str(before), str(after), "--format", "json"]).output
    )
    assert data["runs"]["rule_files"] == {"modified": ["boilerplate.yaml"]}
    assert set(data["causes"]) == {r["id"] for r in data["removed"]}
    for causes in data["causes"].values():
        assert [(c["kind"], c["reason"], c["rule"]) for c in causes] == [
            ("removed", "boilerplate", NEW_RULE_ID)
        ]

    markdown = CliRunner().invoke(main, ["diff", str(before), str(after), "--format", "markdown"])
    entries = [line for line in markdown.output.splitlines() if line.startswith("- ➖ **removed**")]
    assert len(entries) == len(result.removed)
    assert all(f"removed by **boilerplate** rule `{NEW_RULE_ID}` at " in e for e in entries)


def test_edited_source_explains_an_edit_and_a_deletion(extractions: tuple[Path, Path]) -> None:
    old, new = extractions
    result = diff_paths(old, new)
    (pair,) = result.pairs
    causes = {k: v for k, v in result.causes.items()}
    assert [c.kind for c in causes[pair.removed]] == ["sentence_changed"]
    assert causes[pair.removed][0].claim == pair.added
    (deleted,) = [r for r in result.removed if r["id"] != pair.removed]
    assert [c.kind for c in causes[deleted["id"]]] == ["text_gone"]
    text = render_text(result)
    assert f"why: its sentence changed, now {pair.added} (below)" in text
    assert "why: the source changed and its sentence is no longer in it" in text


def test_a_page_that_is_gone_and_what_makes_a_claim(
    extractions: tuple[Path, Path], tmp_path: Path
) -> None:
    old, _ = extractions
    src = tmp_path / "src"
    src.mkdir()
    for page in (old.parent / "a").iterdir():  # the old run's pages, one left out
        if page.name != SEED_002:
            shutil.copy(page, src / page.name)
    run_batch([src], tmp_path / "fewer", RULES, jobs=1)
    result = diff_paths(old, tmp_path / "fewer")
    gone = [r for r in result.removed if SEED_002 in {o["source"] for o in r["occurrences"]}]
    assert gone
    for record in gone:
        kinds = {c.source: c.kind for c in result.causes[record["id"]]}
        assert kinds[SEED_002] == "page_gone"
    back = diff_paths(tmp_path / "fewer", old)
    data = json.loads(render_json(back))
    assert data["claim_bearing"] and all(data["claim_bearing"].values())
    assert "claim-bearing: " in render_text(back)


def test_markdown_fits_a_pull_request_comment(new_rule_runs: tuple[Path, Path]) -> None:
    before, after = new_rule_runs
    result = diff_paths(before, after)
    full = render_markdown(result, review_base="review-diff")
    lines = full.splitlines()
    assert lines[0].startswith("### ingest diff: 0 added, ")
    assert (
        lines[2].startswith("**Runs:** rules digest: ")
        and "boilerplate.yaml (modified)" in lines[2]
    )
    assert "| source | added | removed | changed |" in lines
    assert f"<details><summary><code>{SEED_000}</code>" in full and full.count("</details>") >= 1
    anchored = {
        removal_anchor(c.span) for causes in result.causes.values() for c in causes if c.span
    }
    for anchor in anchored:
        assert f"(review-diff/{page_name(SEED_000)}#{anchor})" in full
    assert "more entries not shown" not in full
    short = render_markdown(result, limit=3000)
    assert len(short) <= 3000
    assert "more entries not shown" in short and short.rstrip().endswith("lists them all.*")
    assert short.count("<details>") == short.count("</details>")
    # without --review-base an entry names its source (the block) and links nowhere
    assert "([page](" not in render_markdown(result)


def test_old_run_json_without_rule_files(new_rule_runs: tuple[Path, Path], tmp_path: Path) -> None:
    before, after = new_rule_runs
    older = tmp_path / "older"
    shutil.copytree(before, older)
    run = json.loads((older / "run.json").read_text())
    assert set(run["rule_files"]) >= {"boilerplate.yaml", "claims.yaml"}
    del run["rule_files"]
    (older / "run.json").write_text(json.dumps(run))
    changes = diff_paths(older, after).run_changes()
    assert "rule files: not recorded by one of the runs" in changes


@pytest.mark.parametrize(
    ("text", "width", "shown"),
    [
        ("releasing harmful substances", 100, "releasing harmful substances"),
        ("releasing harmful substances", 16, "releasing…"),
        ("MSCs, which reduce", 9, "MSCs…"),
        ("Supercalifragilistic", 8, "Superca…"),  # one long word: cut inside it, marked
    ],
)
def test_short_texts_end_at_a_word_with_an_ellipsis(text: str, width: int, shown: str) -> None:
    from ingest.diff import _short

    assert _short(text, width) == shown and len(shown) <= width
