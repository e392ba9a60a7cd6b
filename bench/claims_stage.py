"""CPU time of the claims stage, step by step: from a page's matches to its written record.

The stage is what runs after clean, segment and match: claim assembly (with its cue look-ups),
reference lists and their links, in-page deduplication, the metadata read, the Document's
assembly (its pydantic models) and the record's rendering (the record's JSON and the claim
entries the corpus step reads). Each step is timed by wrapping its entry point with
``time.process_time``; "document" is the rest of ``DocumentPipeline.process`` once clean,
segment, match, abbreviations and the steps above are taken out. Best of ``--rounds`` per
step, in one process, beside spaCy's blank tokenizer over the same text (its CPU time in the
same process), so a before/after reads as a ratio measured under the same load.

Runs against whichever ``ingest`` is importable: put a baseline checkout's ``src`` first on
``PYTHONPATH`` to measure it (the script knows both the old and the new entry points).

usage: python bench/claims_stage.py --corpus bench/out/seeds-x60 [--rounds 3] [--limit N]
"""

from __future__ import annotations

import argparse
import gc
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ingest.pipeline as pipeline_module
from ingest.load import LoadedSource, load
from ingest.pipeline import DocumentPipeline
from ingest.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]

STAGE = ("assemble", "references", "dedupe_document", "metadata", "document", "record")


def read_corpus(folder: Path, limit: int | None) -> list[LoadedSource]:
    paths = sorted(p for p in folder.rglob("*") if p.is_file())[:limit]
    return [load(p, p.relative_to(folder).as_posix()) for p in paths]


def renderer() -> Callable[[Any], object]:
    """What a worker does with a processed page before writing it: the record's text and its
    claim entries."""
    from ingest.executors import base

    task = base.FileTask("x", "x", "/tmp", sha="0", setup="0")
    if hasattr(base, "render_record"):
        render = base.render_record

        def new(processed: Any) -> object:
            return render(processed, task)

        return new

    from ingest.emit import dumps, to_data

    def old(processed: Any) -> object:
        document = processed.document
        data = to_data(document)
        text = dumps(data) + "\n"
        counts: dict[str, int] = {}
        for item in document.removed:
            counts[item.reason.value] = counts.get(item.reason.value, 0) + 1
        return text, base._entries_text(task, data["claims"], counts)

    return old


def measure(pipeline: DocumentPipeline, sources: list[LoadedSource]) -> dict[str, float]:
    spent: dict[str, float] = defaultdict(float)
    clock = time.process_time
    depth = [0]

    def wrap(owner: object, name: str, label: str) -> None:
        if not hasattr(owner, name):
            return
        original = getattr(owner, name)

        def timed(*args: object, **kwargs: object) -> object:
            if depth[0]:  # nested in a timed call: counted there
                return original(*args, **kwargs)
            depth[0] += 1
            started = clock()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] += clock() - started
                depth[0] -= 1

        setattr(owner, name, timed)

    def wrap_inner(owner: object, name: str, label: str) -> None:
        """A step inside another timed step: timed whatever the nesting."""
        if not hasattr(owner, name):
            return
        original = getattr(owner, name)

        def timed(*args: object, **kwargs: object) -> object:
            started = clock()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] += clock() - started

        setattr(owner, name, timed)

    wrap(pipeline, "clean", "other: clean")
    wrap(pipeline.segmenter, "segment", "other: segment")
    wrap(pipeline.matchers, "match", "other: match")
    wrap(pipeline, "_abbreviations", "other: abbreviations")
    wrap(pipeline_module, "settle_link_identifiers", "other: match")
    wrap(pipeline.assembler, "assemble", "assemble")
    wrap_inner(pipeline.matchers.cues, "find", "… assemble: cues")
    wrap(pipeline_module, "build_references", "references")
    wrap(pipeline_module, "link_claims", "references")
    if hasattr(pipeline, "references"):  # compiled once (this branch)
        wrap(pipeline.references, "build", "references")
        wrap(pipeline.references, "link", "references")
    wrap(pipeline_module, "dedupe_document", "dedupe_document")
    wrap(pipeline_module, "dedupe_rows", "dedupe_document")
    wrap(pipeline.metadata, "read", "metadata")
    render = renderer()
    pipeline.process(sources[0])
    spent.clear()
    total = 0.0
    for source in sources:
        started = clock()
        processed = pipeline.process(source)
        total += clock() - started
        started = clock()
        render(processed)
        spent["record"] += clock() - started
    timed = sum(v for k, v in spent.items() if k != "record" and not k.startswith("…"))
    spent["document"] = total - timed
    spent["process + record"] = total + spent["record"]
    return spent


def tokenizer_cpu(sources: list[LoadedSource]) -> float:
    import spacy

    nlp = spacy.blank("en")
    nlp.tokenizer(sources[0].text)
    started = time.process_time()
    for source in sources:
        nlp.tokenizer(source.text)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "seeds-x60")
    parser.add_argument("--rules", type=Path, default=ROOT / "rules")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    sources = read_corpus(args.corpus, args.limit)
    pipeline = DocumentPipeline(load_rules(args.rules))
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)  # as a batch worker runs (executors/base.py)
    best: dict[str, float] = {}
    tokens = []
    for _ in range(args.rounds):
        for label, seconds in measure(pipeline, sources).items():
            best[label] = min(best.get(label, seconds), seconds)
        tokens.append(tokenizer_cpu(sources))
    token = min(tokens)
    stage = sum(best.get(step, 0.0) for step in STAGE)
    print(f"{len(sources)} pages; best of {args.rounds} rounds, CPU seconds")
    print(f"{'step':<28}{'seconds':>9}{'x tokenizer':>13}")
    for label in sorted(best, key=lambda k: (not k.startswith("other"), k)):
        if label in STAGE or label.startswith("…"):
            continue
        print(f"{label:<28}{best[label]:>9.3f}")
    for label in (*STAGE, "… assemble: cues"):
        print(f"{label:<28}{best.get(label, 0.0):>9.3f}")
    print(f"{'stage (sum)':<28}{stage:>9.3f}{stage / token:>13.2f}")
    whole = best["process + record"]
    print(f"{'process + record':<28}{whole:>9.3f}{whole / token:>13.2f}")
    print(f"{'tokenizer':<28}{token:>9.3f}   pipeline at {token / whole:.3f}x the tokenizer")


if __name__ == "__main__":
    main()
