"""List the claims of an `ingest run` output that look like junk by their general shape.

usage: python bench/junk_claims.py OUT_DIR [--gold GOLD.json] [--quiet]

A claim is judged junk when it is, as a whole:

- ``link-labels``: a run of link labels ("PubMed Abstract | Publisher Full Text", "CAS Article
  Google Scholar", "Download PowerPoint", "Mendeley");
- ``url-or-id``: a URL or an identifier alone ("https://doi.org/10.7554/eLife.44753.007");
- ``reference-row``: a bibliographic entry (an author list "Surname AB, Surname C" and a title,
  or a "Journal 2012, 5:1-19" / "2004;110:2287-92" tail);
- ``name-alone``: a name and nothing else: at most four words, no lower-case word of four
  letters or more after the first, no percent sign, or one capitalised word and a full stop ("Lupus.",
  "Arthritis Res Ther.");
- ``keyword-list``: three or more short items separated by semicolons, without a sentence;
- ``gold-must-not``: (with ``--gold``) the claim holds a must_not string of the page's gold, or
  is one of its must_not_exact texts (what pages_score.py counts as leaked).

The shapes are written here, independently of the pipeline's rules, so that a reviewer can check
what the gate lets through: every judged claim is printed with its reason. The last line is the
summary: claims, junk claims, junk share.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

LINK_LABELS = (
    r"pubmed(?:\s+(?:abstract|central(?:\s+full\s+text)?))?|google\s+scholar|cross\s*ref|cas|article|"
    r"publisher\s+full\s+text|free\s+full\s+text|biomed\s+central\s+full\s+text|full\s+text|"
    r"openurl|medline|web\s+of\s+science|abstract|pdf|download(?:\s+\w+)?|mendeley|scopus|"
    r"view\s+article|tabular\s+view|media\s+coverage|europe\s+pmc|pmc\s+free\s+article|"
    r"webcite|ads|isi|chemport|search\s+google\s+scholar|data\s+source"
)
_LINK_RUN = re.compile(rf"^(?:(?:{LINK_LABELS})[\s|/,·•;.]*)+$", re.IGNORECASE)
_URL_OR_ID = re.compile(
    r"^\W*(?:(?:doi|pmid|pmcid)\s*:?\s*)?(?:https?://\S+|www\.\S+|10\.\d{4,9}/\S+|PMC\d+|\d{6,9})\W*$",
    re.IGNORECASE,
)
_AUTHORS = re.compile(
    r"^(?:\d+\.\s*)?(?:[A-Z][\w'’-]+(?:\s[a-z]{1,3})?\s[A-Z]{1,3},\s){1,}[A-Z][\w'’-]+\s[A-Z]{1,3}\b"
)
_JOURNAL_TAIL = re.compile(
    r"\b(?:1[89]|20)\d{2}\s*[;,.]\s*\d+\s*(?:\([\w–-]+\))?\s*:\s*[A-Za-z]?\d+"
)
_ONE_NAME = re.compile(r"^[A-Z][\w-]*\.$")
# Words: whitespace-delimited, but Japanese and Chinese write none between words; there two
# characters count as one word (what a word of them averages), so a sentence is no "name".
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED_WORD = re.compile(rf"[{_UNSPACED}]{{1,2}}|[^\s{_UNSPACED}]+")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    for a, b in (
        ("\u2019", "'"),
        ("\u2018", "'"),
        ("\u201c", '"'),
        ("\u201d", '"'),
        ("\u201e", '"'),
        ("\u00ad", ""),
        ("\u2013", "-"),
        ("\u2014", "-"),
    ):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().casefold()


def shape(text: str) -> str | None:
    stripped = text.strip()
    if _LINK_RUN.match(stripped):
        return "link-labels"
    if _URL_OR_ID.match(stripped):
        return "url-or-id"
    if _AUTHORS.match(stripped) or (_JOURNAL_TAIL.search(stripped) and len(stripped) < 120):
        return "reference-row"
    words = _UNSPACED_WORD.findall(stripped)
    if _ONE_NAME.match(stripped):
        return "name-alone"
    if (
        len(words) <= 4
        and ":" not in stripped
        and "%" not in stripped  # "49 % en Asie" is a finding, not a name
        and not any(w[:1].islower() and sum(ch.isalpha() for ch in w) >= 4 for w in words[1:])
    ):
        return "name-alone"
    items = [item.strip() for item in stripped.rstrip(".").split(";")]
    if len(items) >= 3 and all(0 < len(item.split()) <= 5 for item in items):
        return "keyword-list"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--quiet", action="store_true", help="print the summary only")
    args = parser.parse_args()
    gold = json.loads(args.gold.read_text("utf-8"))["pages"] if args.gold else {}
    total = junk = 0
    reasons: dict[str, int] = {}
    for path in sorted(args.out.glob("*.json")):
        if path.name == "run.json":
            continue
        record = json.loads(path.read_text("utf-8"))
        page = gold.get(path.name[: -len(".json")], {})
        must_not = [norm(s) for s in page.get("must_not", [])]
        exact = {norm(s) for s in page.get("must_not_exact", [])}
        for claim in record.get("claims", []):
            total += 1
            text = claim["text"]
            reason = shape(text)
            key = norm(text)
            if reason is None and (key in exact or any(s in key for s in must_not)):
                reason = "gold-must-not"
            if reason is None:
                continue
            junk += 1
            reasons[reason] = reasons.get(reason, 0) + 1
            if not args.quiet:
                print(f"{path.name[:40]:40} {reason:14} {text[:110]!r}")
    share = junk / total if total else 0.0
    detail = ", ".join(f"{k} {v}" for k, v in sorted(reasons.items()))
    print(f"SUMMARY claims={total} junk={junk} share={share:.1%} ({detail})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
