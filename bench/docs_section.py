"""Writing one benchmark's section into ``docs/benchmarks.md``, shared by the bench scripts."""

from __future__ import annotations

from pathlib import Path


def write_section(path: Path, body: str) -> None:
    """Put ``body`` (a markdown section that opens with its ``## `` heading) into ``path``: in
    place of the section under the same heading, or at the end when there is none.

    The heading is taken from the body, never from the caller's module, so one script cannot
    overwrite another's section.
    """
    heading = body.split("\n", 1)[0]
    if not heading.startswith("## "):
        raise ValueError(f"a section opens with its '## ' heading, not {heading!r}")
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    marker = f"\n{heading}\n"
    if marker in text:
        head, rest = text.split(marker, 1)
        tail = rest.split("\n## ", 1)
        text = head + "\n" + body.rstrip("\n") + "\n" + ("\n## " + tail[1] if len(tail) > 1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + body.rstrip("\n") + "\n"
    path.write_text(text, encoding="utf-8")


def publish(body: str, path: Path | None) -> None:
    """Print a benchmark's section, and write it into ``path`` when one is given (``--write``)."""
    print(body)
    if path is not None:
        write_section(path, body)
