"""Rules as a product: every file validated, every problem reported at its line, every example
run, patterns guarded against catastrophic backtracking, and a new vocabulary file working with
no code touched."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from multiprocessing.connection import Connection
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ingest.cli import main
from ingest.errors import RulesInvalid
from ingest.rules import Rules, load_rules, pattern_sites, read_rules, report_lines
from ingest.rules.check import EXAMPLE_KINDS, check_rules
from ingest.rules.patterns import backtracking

from .conftest import ROOT, RULES

TISSUE = '{"label": "TISSUE", "pattern": "cartilage", "id": "cartilage"}\n'
PAGE = "Damaged cartilage heals slowly in adults, as the tissue has few cells of its own.\n"


@pytest.fixture
def rules_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project's rules to change, named ``rules`` from where the commands run (as
    a user types ``--rules rules``): problems name their files by that path."""
    shutil.copytree(RULES, tmp_path / "rules")
    monkeypatch.chdir(tmp_path)
    return Path("rules")


def _check(rules: Path) -> Result:
    return CliRunner().invoke(main, ["rules", "check", "--rules", str(rules)])


def _run(rules: Path, inputs: Path, out: Path) -> Result:
    args = ["run", str(inputs), "-o", str(out), "--rules", str(rules), "-j", "1"]
    return CliRunner().invoke(main, args)


def _line(file: Path, needle: str) -> int:
    """1-based number of the first line of ``file`` that holds ``needle``."""
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {file}")


def _edit(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    file.write_text(text.replace(old, new), encoding="utf-8")


def _problems(result: Result, name: str) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith(f"rules/{name}")]


def test_problems_name_files_by_the_folder_as_given(tmp_path: Path) -> None:
    """A folder given by an absolute path: the problem's path opens from anywhere."""
    folder = tmp_path / "my-rules"
    shutil.copytree(RULES, folder)
    (folder / "entities" / "extra.jsonl").write_text(TISSUE[:35])
    result = _check(folder)
    assert result.exit_code == 2
    assert result.output.startswith(f"{folder.as_posix()}/entities/extra.jsonl:1: not valid JSON")


# --- the project's rules ------------------------------------------------------------------------


def test_project_rules_pass_and_every_kind_of_example_runs() -> None:
    result = CliRunner().invoke(main, ["rules", "check", "--rules", str(RULES), "--verbose"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("rules ok: ")
    report = check_rules(RULES)
    assert report.ok, report_lines(report.problems)
    for kind in EXAMPLE_KINDS:
        assert report.examples[kind] > 0, f"no {kind} example was run"
    # Every literal entity pattern is its own example: the vocabularies are checked whole.
    assert report.examples["entities"] >= report.entity_patterns - 10
    # every rule file of the folder was read and checked
    files = [*RULES.glob("*.yaml"), *(RULES / "entities").glob("*.jsonl")]
    assert report.regexes > 500 and report.files == len(files) >= 35
    if RULES.resolve() == (ROOT / "rules").resolve():
        # The README shows what the command prints over the project's rules: it must not drift.
        readme = (ROOT / "README.md").read_text()
        shown = readme.split("$ ingest rules check\n", 1)[1].splitlines()[0]
        assert shown == report.summary(), "README's rules-check figures are stale: update them"


def test_load_rules_guards_the_project_patterns() -> None:
    rules = load_rules(RULES)  # the guard runs by default, and passes
    assert rules.boilerplate.rules and rules.entities


# --- a new vocabulary, no code ------------------------------------------------------------------


def test_new_entity_file_makes_a_new_label_with_no_code_touched(
    rules_copy: Path, tmp_path: Path
) -> None:
    (rules_copy / "entities" / "extra.jsonl").write_text(TISSUE)
    assert _check(rules_copy).exit_code == 0
    inputs = tmp_path / "raw"
    inputs.mkdir()
    (inputs / "page.txt").write_text(PAGE)

    out = tmp_path / "out"
    assert _run(rules_copy, inputs, out).exit_code == 0
    record = json.loads((out / "page.txt.json").read_text())
    found = [(e["label"], e["canonical"], e["mentions"]) for e in record["entities"]]
    assert ("TISSUE", "cartilage", 1) in found
    # A label makes claims only when claims.yaml says so (a data change too).
    assert record["claims"] == []
    _edit(rules_copy / "claims.yaml", "  - INTERVENTION\n", "  - INTERVENTION\n  - TISSUE\n")
    assert _run(rules_copy, inputs, tmp_path / "out2").exit_code == 0
    record = json.loads((tmp_path / "out2" / "page.txt.json").read_text())
    (claim,) = record["claims"]
    assert [(e["label"], e["text"]) for e in claim["entities"]] == [("TISSUE", "cartilage")]


# --- bad rules: every problem, one line each, at its file and line --------------------------------


def test_truncated_json_line_is_one_line_and_run_refuses_with_it(
    rules_copy: Path, tmp_path: Path
) -> None:
    extra = rules_copy / "entities" / "extra.jsonl"
    extra.write_text(TISSUE + TISSUE[:35])  # the second line cut off mid-string
    checked = _check(rules_copy)
    assert checked.exit_code == 2
    lines = checked.output.splitlines()
    assert len(lines) <= 3, lines
    (problem,) = _problems(checked, "entities/extra.jsonl")
    assert problem.startswith("rules/entities/extra.jsonl:2: not valid JSON")
    assert "Traceback" not in checked.output

    inputs = tmp_path / "raw"
    inputs.mkdir()
    (inputs / "page.txt").write_text(PAGE)
    out = tmp_path / "out"
    ran = _run(rules_copy, inputs, out)
    assert ran.exit_code == 2
    assert _problems(ran, "entities/extra.jsonl") == [problem]
    assert "E016" in ran.output and "ingest rules check" in ran.output
    assert "Traceback" not in ran.output
    assert not out.exists()  # nothing written

    shown = CliRunner().invoke(main, ["show", str(inputs / "page.txt"), "--rules", str(rules_copy)])
    assert shown.exit_code == 2 and _problems(shown, "entities/extra.jsonl") == [problem]


def test_a_file_wrong_throughout_gives_a_few_lines(rules_copy: Path) -> None:
    # A JSON array saved as .jsonl: every line is bad; a few are shown, then a count.
    lines = ["["] + [TISSUE.strip() + "," for _ in range(40)] + ["]"]
    (rules_copy / "entities" / "extra.jsonl").write_text("\n".join(lines) + "\n")
    result = _check(rules_copy)
    assert result.exit_code == 2
    problems = _problems(result, "entities/extra.jsonl")
    assert len(problems) == 6
    assert problems[-1] == "rules/entities/extra.jsonl: 37 more problems not shown"
    assert "42 problems" in result.output  # the count is of all of them


def test_unknown_key_in_yaml_names_file_and_line(rules_copy: Path) -> None:
    file = rules_copy / "boilerplate.yaml"
    _edit(file, "  - id: newsletter-signup\n", "  - id: newsletter-signup\n    colour: red\n")
    result = _check(rules_copy)
    assert result.exit_code == 2
    line = _line(file, "colour: red")
    assert _problems(result, "boilerplate.yaml") == [
        f"rules/boilerplate.yaml:{line}: rules.0.colour: unknown key "
        "(a typo, or a key this version does not read)"
    ]


def test_every_problem_of_every_file_is_reported_at_once(rules_copy: Path) -> None:
    hedges = rules_copy / "hedges.yaml"
    _edit(hedges, "pattern: 'might'", "pattern: 'might('")
    _edit(hedges, "pattern: 'could'", "pattern: 'could)'")
    boilerplate = rules_copy / "boilerplate.yaml"
    _edit(boilerplate, "    description: Newsletter and mailing-list sign-up headings and buttons.\n"
          "    max_words: 12\n", "    description: Newsletter and mailing-list sign-up headings "
          "and buttons.\n    max_words: 0\n")  # fmt: skip
    (rules_copy / "entities" / "extra.jsonl").write_text(
        TISSUE + '{"label": "tissue", "pattern": "bone"}\n{"label": "TISSUE"}\n'
    )
    (rules_copy / "extras.yaml").write_text("rules: []\n")
    result = _check(rules_copy)
    assert result.exit_code == 2
    signup = _line(boilerplate, "max_words: 0")
    assert _problems(result, "hedges.yaml") == [
        f"rules/hedges.yaml:{_line(hedges, 'might(')}: hedges.1.pattern: pattern does not "
        "compile: missing ) at position 6 in 'might('",
        f"rules/hedges.yaml:{_line(hedges, 'could)')}: hedges.2.pattern: pattern does not "
        "compile: unbalanced parenthesis at position 5 in 'could)'",
    ]
    assert _problems(result, "boilerplate.yaml") == [
        f"rules/boilerplate.yaml:{signup}: rules.0.max_words: Input should be greater than "
        "or equal to 1",
    ]
    assert _problems(result, "entities/extra.jsonl") == [
        "rules/entities/extra.jsonl:2: label: String should match pattern '^[A-Z][A-Z0-9_]*$'",
        "rules/entities/extra.jsonl:3: pattern: Field required",
    ]
    assert _problems(result, "extras.yaml")[0].startswith(
        "rules/extras.yaml: not a rule file this version reads"
    )


def test_duplicate_id_points_at_its_second_definition(rules_copy: Path) -> None:
    boilerplate = rules_copy / "boilerplate.yaml"
    _edit(boilerplate, "  - id: newsletter-pitch\n", "  - id: newsletter-signup\n")
    second = [
        n
        for n, text in enumerate(boilerplate.read_text().splitlines(), 1)
        if text == "  - id: newsletter-signup"
    ][1]
    assert _problems(_check(rules_copy), "boilerplate.yaml") == [
        f"rules/boilerplate.yaml:{second}: rules.1.id: rule 'newsletter-signup' is defined twice"
    ]


def test_missing_file_and_bad_token_pattern(rules_copy: Path) -> None:
    (rules_copy / "markup.yaml").unlink()
    (rules_copy / "entities" / "extra.jsonl").write_text(
        '{"label": "TISSUE", "pattern": [{"LOWER": {"REGEX": "cartil(age"}}]}\n'
        '{"label": "TISSUE", "pattern": [{"LOWR": "bone"}, {"LOWER": "matrix"}]}\n'
    )
    result = _check(rules_copy)
    assert result.exit_code == 2
    assert _problems(result, "markup.yaml") == ["rules/markup.yaml: rule file is missing"]
    first, second = _problems(result, "entities/extra.jsonl")
    assert first.startswith("rules/entities/extra.jsonl:1: pattern: LOWER REGEX pattern does not")
    assert second.startswith("rules/entities/extra.jsonl:2: pattern: not a spaCy token pattern")
    with pytest.raises(RulesInvalid) as raised:
        load_rules(rules_copy)
    assert len(raised.value.problems) == 3


# --- examples -----------------------------------------------------------------------------------


def test_failing_examples_are_reported_at_their_lines(rules_copy: Path) -> None:
    hedges = rules_copy / "hedges.yaml"
    _edit(hedges, 'no_match: ["in May 2024"]', 'no_match: ["in May 2024", "MSCs may help"]')
    identifiers = rules_copy / "identifiers.yaml"
    _edit(identifiers, '{text: "pmc12067559", values: ["PMC12067559"]}',
          '{text: "pmc12067559", values: ["PMC1206755"]}')  # fmt: skip
    boilerplate = rules_copy / "boilerplate.yaml"
    _edit(boilerplate, '        - "Subscribe To Our Newsletter"\n',
          '        - "Subscribe To Our Newsletter"\n        - "Subscribe to our research"\n')  # fmt: skip
    sentences = rules_copy / "sentences.yaml"
    _edit(sentences, '["Published as doi: 10.1002/iid3.70189.", "The trial was registered."]',
          '["Published as doi: 10.1002/iid3.70189. The trial was registered."]')  # fmt: skip
    result = _check(rules_copy)
    assert result.exit_code == 2
    assert _problems(result, "hedges.yaml") == [
        f"rules/hedges.yaml:{_line(hedges, 'MSCs may help')}: rule may: example "
        '"MSCs may help" should not match but did'
    ]
    (identifier,) = _problems(result, "identifiers.yaml")
    wrong = _line(identifiers, 'values: ["PMC1206755"]')
    assert identifier == (
        f"rules/identifiers.yaml:{wrong}: rule pmcid: example "
        '"pmc12067559" should yield ["PMC1206755"] but yielded ["PMC12067559"]'
    )
    assert _problems(result, "boilerplate.yaml") == [
        f"rules/boilerplate.yaml:{_line(boilerplate, 'Subscribe to our research')}: rule "
        'newsletter-signup: example "Subscribe to our research" should match but did not'
    ]
    (split,) = _problems(result, "sentences.yaml")
    assert split.startswith(f"rules/sentences.yaml:{_line(sentences, 'Published as doi')}: ")
    assert "should split into" in split


def test_content_examples_must_survive_every_boilerplate_rule(rules_copy: Path) -> None:
    # A no_match example is content: removed by any rule, it fails, and says which rule.
    boilerplate = rules_copy / "boilerplate.yaml"
    _edit(boilerplate, '        - "Participants were asked to register for the follow-up visit at 6 months."\n',
          '        - "Participants were asked to register for the follow-up visit at 6 months."\n'
          '        - "Stay up to date"\n')  # fmt: skip
    result = _check(rules_copy)
    (problem,) = _problems(result, "boilerplate.yaml")
    assert problem.endswith(
        'rule newsletter-signup: example "Stay up to date" should not match but did '
        "(removed as boilerplate by rule newsletter-pitch)"
    )


def test_shadowed_entity_term_is_reported(rules_copy: Path) -> None:
    # "bone marrow" is a CELL_SOURCE already, loaded first: a TISSUE line for it never fires.
    (rules_copy / "entities" / "extra.jsonl").write_text(
        TISSUE + '{"label": "TISSUE", "pattern": "bone marrow", "id": "bone marrow"}\n'
    )
    result = _check(rules_copy)
    (problem,) = _problems(result, "entities/extra.jsonl")
    assert problem.startswith('rules/entities/extra.jsonl:2: rule TISSUE "bone marrow": the term ')
    assert "is CELL_SOURCE" in problem


# --- catastrophic backtracking ------------------------------------------------------------------


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(a|aa)+$", r"(x+x+)+y", r"(\d+)*\d$"])
def test_catastrophic_patterns_are_found(pattern: str) -> None:
    found = backtracking(pattern, timeout=0.05)
    assert found is not None
    assert str(found) == (
        "pattern backtracks catastrophically (timed out after 50 ms on a "
        f"{found.input_chars:,}-char input)"
    )


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:may|might)\b",
        r"^(?:subscribe|sign[- ]?up)\s*:?\s*[.!:»›→]*$",  # adjacent \s*: whitespace is collapsed
        r"(?i)\bPMCID\s*:?\s*(?:PMC)?\s*(?P<number>\d{4,9})\b",
        r"^[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?\s[\p{Lu}]{1,3},\set al\.",
    ],
)
def test_sound_patterns_pass(pattern: str) -> None:
    assert backtracking(pattern) is None


def test_catastrophic_rule_is_reported_and_nothing_hangs(rules_copy: Path, tmp_path: Path) -> None:
    boilerplate = rules_copy / "boilerplate.yaml"
    _edit(boilerplate, "rules:\n", "rules:\n  - id: aaa\n    category: share\n"
          "    description: x\n    max_words: 5\n    patterns: ['(a+)+$']\n")  # fmt: skip
    # In a subprocess with a time limit: a hang fails the test instead of stalling the suite.
    command = [sys.executable, "-c", "from ingest.cli import main; main()"]
    checked = subprocess.run(
        [*command, "rules", "check", "--rules", str(rules_copy)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert checked.returncode == 2, checked.stderr
    line = _line(boilerplate, "(a+)+$")
    expected = (
        f"rules/boilerplate.yaml:{line}: rule aaa: pattern backtracks catastrophically "
        "(timed out after 2000 ms on a 3,001-char input)"
    )
    assert expected in checked.stderr.splitlines()

    inputs = tmp_path / "raw"
    inputs.mkdir()
    (inputs / "page.txt").write_text("a" * 50 + "!\n")
    out = tmp_path / "out"
    ran = subprocess.run(
        [*command, "run", str(inputs), "-o", str(out), "--rules", str(rules_copy), "-j", "1"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert ran.returncode == 2
    assert expected in ran.stderr.splitlines()
    assert not out.exists()


def test_a_slow_sound_pattern_is_not_refused_on_a_busy_machine() -> None:
    """``\\w*\\d`` is quadratic on a text without a digit (ms on 3,000 characters; the project's
    slowest takes 60 ms), which a busy machine can stretch past the first limit: the guard
    confirms with a generous one."""
    from ingest.rules import PatternSite, guard_patterns

    slow = PatternSite("rules/sections.yaml:1", "strong_value", r"\w*\d", 0)
    assert backtracking(slow.pattern, timeout=0.001) is not None  # past a (tiny) first limit
    assert guard_patterns([slow], timeout=0.001) == []
    hang = PatternSite("rules/sections.yaml:2", "hang", r"(a+)+$", 0)
    (problem,) = guard_patterns([slow, hang], timeout=0.001)
    assert problem.location == "rules/sections.yaml:2"


def test_a_pattern_the_std_engine_runs_is_guarded_with_it(rules_copy: Path) -> None:
    """``^qq([a-z]+)+$`` finishes under the `regex` module but hangs the standard `re` engine,
    which runs entity token patterns: the guard runs it with `re` (in a child it can kill)."""
    from ingest.rules import RulesInvalid, load_rules
    from ingest.rules.patterns import backtracking_std

    pattern = "^qq([a-z]+)+$"
    # The engine the guard used to run it with finishes it, in about the guard's own 100 ms on
    # this machine: a busy CI machine took longer, so the check that it finishes gets seconds.
    assert backtracking(pattern, timeout=10.0) is None
    assert backtracking_std([(pattern, 0), ("^qq[a-z]+$", 0)], timeout=3.0)[1] is None
    line = json.dumps({"label": "DISEASE", "pattern": [{"LOWER": {"REGEX": pattern}}]})
    (rules_copy / "entities" / "extra.jsonl").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(RulesInvalid) as raised:
        load_rules(rules_copy)
    (problem,) = raised.value.problems
    assert problem.report.startswith("rules/entities/extra.jsonl:1: rule DISEASE: pattern")
    assert "backtracks catastrophically" in problem.report


def _guard_in_a_daemon(sender: Connection) -> None:
    from ingest.rules.patterns import backtracking_std

    try:
        found = backtracking_std([("^qq[a-z]+$", 0), ("^(a|aa)+$", 0)], timeout=3.0)
        sender.send(("ok", [f is not None for f in found]))
    except BaseException as err:  # reported to the test, whatever it is
        sender.send(("error", repr(err)))


def test_the_std_guard_runs_in_a_daemonic_process() -> None:
    """A Dask worker under its nanny is a daemonic process, which may not start children: the
    guard that runs `re` patterns in a child gave every page of such a worker an error."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_guard_in_a_daemon, args=(sender,), daemon=True)
    child.start()
    assert receiver.poll(120), "the guard did not finish in a daemonic process"
    kind, value = receiver.recv()
    child.join()
    assert kind == "ok", value
    assert value == [False, True]  # the alternation of overlapping branches is still found


# --- the README's recipes -----------------------------------------------------------------------


def test_readme_recipes_pass_the_check(rules_copy: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Rules", 1)[1].split("\n## ", 1)[0]
    boilerplate, identifier = (
        block.split("\n```", 1)[0] for block in section.split("```yaml\n")[1:]
    )
    term = section.split("echo '", 1)[1].split("'", 1)[0]
    _edit(rules_copy / "boilerplate.yaml", "rules:\n", "rules:\n" + boilerplate + "\n")
    _edit(rules_copy / "identifiers.yaml", "schemes:\n", "schemes:\n" + identifier + "\n")
    (rules_copy / "entities" / "extra.jsonl").write_text(term + "\n")
    before = check_rules(RULES).examples
    report = check_rules(rules_copy)
    assert report.ok, report_lines(report.problems)
    assert report.examples["boilerplate"] == before["boilerplate"] + 2
    assert report.examples["identifiers"] == before["identifiers"] + 2
    assert report.examples["entities"] == before["entities"] + 1


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!!python/name:os.system", "python/name:os.system"),
        ("!!python/object/apply:os.system ['true']", "python/object/apply:os.system"),
        ("!!set {a: 1}", "set"),
    ],
)
def test_a_refused_yaml_tag_is_a_file_line_problem(rules_copy: Path, value: str, tag: str) -> None:
    file = rules_copy / "hedges.yaml"
    _edit(file, "hedges:\n", f"evil: {value}\nhedges:\n")
    result = _check(rules_copy)
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert _problems(result, "hedges.yaml") == [
        f"rules/hedges.yaml:{_line(file, 'evil:')}: YAML tag 'tag:yaml.org,2002:{tag}' is not "
        "allowed in rule files (plain values only)"
    ]


def test_a_rule_file_over_the_size_cap_is_one_problem(
    rules_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.rules.loader as loader

    monkeypatch.setattr(loader, "MAX_RULE_FILE_BYTES", 100_000)  # cell_type.jsonl is 128 kB
    result = _check(rules_copy)
    assert result.exit_code == 2
    problems = _problems(result, "entities/cell_type.jsonl")
    assert len(problems) == 1 and "over the cap of 100,000 bytes" in problems[0], problems


def test_patterns_built_from_kept_programs_match_as_compiled_ones(
    rules: Rules, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule pattern built from the program kept by an earlier run (rules/patterns.py
    _Programs) is the pattern regex.compile builds: same groups, same matches."""
    import regex

    from ingest.rules import patterns

    monkeypatch.setenv("INGEST_CACHE_DIR", str(tmp_path))
    sites = [(s.pattern, s.flags) for s in pattern_sites(read_rules(RULES)) if s.engine == "regex"]
    first = patterns._Programs()
    for pattern, flags in sites:
        first.compile(pattern, flags | regex.VERSION0)
    first.save()
    assert list(tmp_path.glob("regex-programs-*.marshal"))
    second = patterns._Programs()
    texts = [
        "About 40% of patients (PMID: 12345678) may improve; doi: 10.1000/xyz. Subscribe now!",
        "Privacy policy | Cookies | Sign in",
        "References\n1. Smith J, et al. Lancet. 2020;395:1-10.",
    ]
    for pattern, flags in sites:
        kept = second.compile(pattern, flags | regex.VERSION0)
        fresh = regex.compile(pattern, flags | regex.VERSION0)
        assert (kept.pattern, kept.flags, kept.groupindex) == (
            fresh.pattern,
            fresh.flags,
            fresh.groupindex,
        )
        for text in texts:
            assert [m.span() for m in kept.finditer(text)] == [
                m.span() for m in fresh.finditer(text)
            ]
    assert len(second.used) == len(set(sites)) and not second.new  # every one from the file


def test_a_folder_is_read_once_per_process_until_a_file_changes(rules_copy: Path) -> None:
    first = load_rules(rules_copy)
    assert load_rules(rules_copy) is first  # the same files: not read again
    extra = rules_copy / "entities" / "extra.jsonl"
    extra.write_text('{"label": "DRUG", "pattern": "zorblatin", "id": "zorblatin"}\n')
    second = load_rules(rules_copy)
    assert second is not first and second.digest != first.digest
    assert any(item.pattern == "zorblatin" for _, item in second.entities)
    # A file edited in place, to the same size: read again too.
    extra.write_text('{"label": "DRUG", "pattern": "zorblatim", "id": "zorblatim"}\n')
    third = load_rules(rules_copy)
    assert any(item.pattern == "zorblatim" for _, item in third.entities)
    # A broken file is refused whatever was read before.
    extra.write_text('{"label": "DRUG", "pattern": \n')
    with pytest.raises(RulesInvalid):
        load_rules(rules_copy)
