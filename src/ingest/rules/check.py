"""``ingest rules check``: validate every rule file and run every example."""

from __future__ import annotations

from pathlib import Path

from ingest.errors import IngestError
from ingest.rules import load_rules


def check_rules(path: Path) -> list[str]:
    try:
        load_rules(path)
    except IngestError as err:
        return [str(err)]
    return []
