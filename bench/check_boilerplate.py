#!/usr/bin/env python3
"""Check rules/boilerplate.yaml: schema, own examples, cross-rule false positives, seed report.

Usage: .venv/bin/python bench/check_boilerplate.py [--rules PATH] [--seeds DIR] [--quiet]

Semantics (the same as the pipeline's): a rule matches a block when the block has at most
``max_words`` words (``len(text.split())``) and one of its patterns matches with
``re.search(pattern, text, re.IGNORECASE)``.

Checks, any failure → exit status 1:
  1. schema, by hand: top level is {rules: [...]}; each rule has exactly the keys id, category,
     description, max_words, patterns, examples (examples: match, no_match); ids unique and
     kebab-case; category in the allowed list; max_words an int >= 1; at least one pattern,
     every pattern compiles (with `re`, and with `regex` too when it is installed); at least one
     match and one no_match example;
  2. every rule matches each of its own `match` examples and none of its `no_match` examples;
  3. no rule matches any other rule's `no_match` examples (they are content: removing content
     is the costly error);
  4. (report only) every rule over every line of the seed pages: which lines matched which rule.
     Lines are turned into blocks the way the cleaner sees them: tags removed, markdown links
     reduced to their anchor text, whitespace collapsed and stripped;
  5. when tests/data/cleaning_eval.yaml exists: its pages are cut into blocks (HTML: block-level
     elements; text: lines) and no block holding a `must_keep` snippet may be matched by a rule
     (failure); for `must_drop` snippets whose reason is boilerplate, the report lists which are
     removed by a rule here and which are left to other mechanisms (repeats, related lists,
     language), for information.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from pathlib import Path
from typing import get_args

import yaml

from ingest.rules.models import BoilerplateCategory

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RULES = ROOT / "rules" / "boilerplate.yaml"
DEFAULT_SEEDS = Path("/work/shared/seeds")
DEFAULT_EVAL = ROOT / "tests" / "data" / "cleaning_eval.yaml"

CATEGORIES: tuple[str, ...] = get_args(BoilerplateCategory)  # the rules model is the source
RULE_KEYS = {"id", "category", "description", "max_words", "patterns", "examples", "announces"}
REQUIRED_KEYS = {"id", "category", "description", "max_words", "patterns"}
EXAMPLE_KEYS = {"match", "no_match"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

TAG_RE = re.compile(r"<[^>]+>")
MD_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
WS_RE = re.compile(r"\s+")

try:  # the pipeline may compile with `regex`; make sure both engines accept the patterns
    import regex as _regex_engine
except ImportError:  # pragma: no cover
    _regex_engine = None


class Rule:
    def __init__(self, raw: dict, compiled: list[re.Pattern[str]]) -> None:
        self.id: str = raw["id"]
        self.category: str = raw["category"]
        self.max_words: int = raw["max_words"]
        self.patterns = compiled
        examples = raw.get("examples") or {}
        self.match: list[str] = list(examples.get("match") or [])
        self.no_match: list[str] = list(examples.get("no_match") or [])

    def hit(self, text: str) -> str | None:
        """The pattern that matches `text`, or None."""
        if len(text.split()) > self.max_words:
            return None
        for pattern in self.patterns:
            if pattern.search(text):
                return pattern.pattern
        return None


def block_text(line: str) -> str:
    text = MD_LINK_RE.sub(r"\1", line)
    text = TAG_RE.sub(" ", text)
    return WS_RE.sub(" ", html.unescape(text)).strip()


HTML_DROP_RE = re.compile(r"<(script|style|head|noscript|template)\b.*?</\1\s*>", re.I | re.S)
HTML_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
HTML_BLOCK_RE = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|tr|table|thead|tbody|section|article|aside|header|footer|nav|"
    r"main|form|address|br|button|label|input|title|blockquote|dt|dd|dl|figure|figcaption|"
    r"hr|option|select|textarea|details|summary)\b[^>]*>",
    re.I,
)


def page_blocks(path: Path) -> list[str]:
    """Blocks of a page, roughly as the cleaner sees them (for the report and the eval set)."""
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    if path.suffix.lower() in {".html", ".htm"}:
        text = HTML_COMMENT_RE.sub(" ", HTML_DROP_RE.sub(" ", text))
        text = HTML_BLOCK_RE.sub("\n", text)
    blocks = (block_text(line) for line in text.splitlines())
    return [b for b in blocks if b]


def load(path: Path, errors: list[str]) -> list[Rule]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        errors.append(f"{path}: cannot read: {err}")
        return []
    if not isinstance(data, dict) or set(data) != {"rules"} or not isinstance(data["rules"], list):
        errors.append(f"{path}: top level must be a mapping with the single key 'rules' (a list)")
        return []
    rules: list[Rule] = []
    seen: set[str] = set()
    for n, raw in enumerate(data["rules"], 1):
        where = f"rule #{n}"
        if not isinstance(raw, dict):
            errors.append(f"{where}: not a mapping")
            continue
        rid = raw.get("id")
        if isinstance(rid, str):
            where = f"rule {rid!r}"
        bad = len(errors)
        unknown = set(raw) - RULE_KEYS
        missing = REQUIRED_KEYS - set(raw)
        if unknown:
            errors.append(f"{where}: unknown keys {sorted(unknown)}")
        if missing:
            errors.append(f"{where}: missing keys {sorted(missing)}")
            continue
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: id must be kebab-case, got {rid!r}")
        elif rid in seen:
            errors.append(f"{where}: id defined twice")
        else:
            seen.add(rid)
        if raw["category"] not in CATEGORIES:
            errors.append(f"{where}: category {raw['category']!r} not in {CATEGORIES}")
        if not isinstance(raw["description"], str) or not raw["description"].strip():
            errors.append(f"{where}: description must be a non-empty string")
        mw = raw["max_words"]
        if not isinstance(mw, int) or isinstance(mw, bool) or mw < 1:
            errors.append(f"{where}: max_words must be an integer >= 1, got {mw!r}")
        patterns = raw["patterns"]
        compiled: list[re.Pattern[str]] = []
        if not isinstance(patterns, list) or not patterns:
            errors.append(f"{where}: patterns must be a non-empty list")
            patterns = []
        for p in patterns:
            if not isinstance(p, str):
                errors.append(f"{where}: pattern {p!r} is not a string")
                continue
            try:
                compiled.append(re.compile(p, re.IGNORECASE))
            except re.error as err:
                errors.append(f"{where}: pattern does not compile ({err}): {p!r}")
                continue
            if _regex_engine is not None:
                try:
                    _regex_engine.compile(p, _regex_engine.IGNORECASE)
                except _regex_engine.error as err:
                    errors.append(f"{where}: pattern rejected by `regex` ({err}): {p!r}")
        dup = [p for p, c in Counter(patterns).items() if c > 1]
        if dup:
            errors.append(f"{where}: duplicate patterns {dup}")
        examples = raw.get("examples")
        if not isinstance(examples, dict):
            errors.append(f"{where}: examples must be a mapping with match and no_match")
            examples = {}
        elif set(examples) - EXAMPLE_KEYS:
            errors.append(f"{where}: unknown example keys {sorted(set(examples) - EXAMPLE_KEYS)}")
        for key in ("match", "no_match"):
            values = examples.get(key)
            if not isinstance(values, list) or not values:
                errors.append(f"{where}: needs at least one {key} example")
            elif not all(isinstance(v, str) and v.strip() for v in values):
                errors.append(f"{where}: {key} examples must be non-empty strings")
        if len(errors) == bad:
            rules.append(Rule(raw, compiled))
    return rules


def check_examples(rules: list[Rule], errors: list[str]) -> None:
    for rule in rules:
        for text in rule.match:
            words = len(text.split())
            if words > rule.max_words:
                errors.append(
                    f"{rule.id}: match example has {words} words > max_words "
                    f"{rule.max_words}: {text!r}"
                )
            elif rule.hit(text) is None:
                errors.append(f"{rule.id}: does not match its example {text!r}")
        for text in rule.no_match:
            pattern = rule.hit(text)
            if pattern is not None:
                errors.append(f"{rule.id}: matches its no_match example {text!r} via {pattern!r}")
    for owner in rules:
        for text in owner.no_match:
            for rule in rules:
                if rule is owner:
                    continue
                pattern = rule.hit(text)
                if pattern is not None:
                    errors.append(
                        f"{rule.id}: matches no_match example of {owner.id} {text!r} "
                        f"via {pattern!r}"
                    )


def seed_report(rules: list[Rule], seeds: Path, quiet: bool) -> None:
    files = sorted(seeds.glob("*.txt"))
    print(f"\n== seed lines matched ({len(files)} files in {seeds}) ==")
    total = 0
    for file in files:
        text = file.read_text(encoding="utf-8-sig", errors="replace")
        for lineno, line in enumerate(text.splitlines(), 1):
            block = block_text(line)
            if not block:
                continue
            hits = [r for r in rules if r.hit(block) is not None]
            if hits:
                total += 1
                if not quiet:
                    ids = ", ".join(f"{r.id} [{r.category}]" for r in hits)
                    shown = block if len(block) <= 110 else block[:107] + "..."
                    print(f"{file.name}:{lineno}: {shown!r} -> {ids}")
    print(f"{total} seed lines matched")


def eval_report(
    rules: list[Rule], eval_path: Path, seeds: Path, errors: list[str], show: bool = False
) -> None:
    try:
        data = yaml.safe_load(eval_path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        print(f"(cannot read {eval_path}: {err})")
        return
    print(f"\n== {eval_path.relative_to(ROOT) if eval_path.is_relative_to(ROOT) else eval_path} ==")
    covered = missed = kept_ok = 0
    missed_lines: list[str] = []
    for page, spec in sorted(data.items()):
        path = seeds / page.split("/", 1)[1] if page.startswith("seeds/") else ROOT / page
        if not path.is_file() or not isinstance(spec, dict):
            print(f"  (skipped {page}: no such page)")
            continue
        blocks = page_blocks(path)
        hits = {b: [r.id for r in rules if r.hit(b) is not None] for b in blocks}
        if show:
            for b in dict.fromkeys(blocks):
                if hits[b]:
                    shown = b if len(b) <= 110 else b[:107] + "..."
                    print(f"  {page}: {shown!r} -> {', '.join(hits[b])}")
        for snippet in spec.get("must_keep") or []:
            for b in blocks:
                if snippet in b and hits[b]:
                    errors.append(
                        f"eval {page}: must_keep {snippet!r} is in a block removed by "
                        f"{hits[b]}: {b[:100]!r}"
                    )
                    break
            else:
                kept_ok += 1
        for item in spec.get("must_drop") or []:
            if not isinstance(item, dict):
                continue
            if "boilerplate" not in (item.get("reason"), item.get("also")):
                continue
            snippet = item.get("text", "")
            by = sorted({rid for b in blocks if snippet in b for rid in hits[b]})
            if by:
                covered += 1
            else:
                missed += 1
                missed_lines.append(f"    - {page}: {snippet!r}")
    print(f"  must_keep snippets safe: {kept_ok}")
    print(
        f"  boilerplate must_drop snippets removed by a rule here: {covered}; "
        f"left to other mechanisms: {missed}"
    )
    for line in missed_lines:
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=Path, default=DEFAULT_RULES)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, dest="eval_path")
    parser.add_argument("--quiet", action="store_true", help="only the count of seed matches")
    parser.add_argument(
        "--show-eval", action="store_true", help="list the eval pages' removed blocks"
    )
    args = parser.parse_args()

    errors: list[str] = []
    rules = load(args.rules, errors)
    if not errors:
        check_examples(rules, errors)

    by_cat = Counter(r.category for r in rules)
    print(f"{len(rules)} rules in {args.rules}")
    for cat in CATEGORIES:
        print(f"  {cat:16} {by_cat.get(cat, 0)}")
    n_match = sum(len(r.match) for r in rules)
    n_no = sum(len(r.no_match) for r in rules)
    print(
        f"  examples: {n_match} match, {n_no} no_match "
        f"(each no_match checked against all {len(rules)} rules)"
    )

    if args.seeds.is_dir():
        seed_report(rules, args.seeds, args.quiet)
    else:
        print(f"(no seed folder at {args.seeds})")
    if rules and args.eval_path.is_file():
        eval_report(rules, args.eval_path, args.seeds, errors, args.show_eval)

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print(f"  - {e}")
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
