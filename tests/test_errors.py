"""The error catalogue: one code a condition."""

from __future__ import annotations

from ingest.errors import Errors, IngestError


def test_no_two_codes_share_a_template() -> None:
    # An Enum makes a member with an already used value an alias: its errors print the other code.
    assert list(Errors.__members__) == [member.name for member in Errors]
    templates = [member.value for member in Errors]
    assert len(templates) == len(set(templates))


def test_an_unexpected_failure_prints_its_own_code() -> None:
    assert str(IngestError(Errors.E012, path="a.txt", detail="boom")).startswith("E012: ")
    assert str(IngestError(Errors.E006, path="a.txt", detail="denied")).startswith("E006: ")
