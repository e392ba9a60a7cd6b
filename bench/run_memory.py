"""Peak memory and time of one ``ingest run``: the main process and its largest worker.

usage: python bench/run_memory.py [--source CHECKOUT] CORPUS OUT [ingest run options …]

Prints wall seconds, the CPU seconds of the process tree and the high-water resident set
(VmHWM, sampled every 0.2 s) of the main process and of its largest worker
(``bench/batch_speed.py``'s measure, for one configuration). ``--source``: run another
checkout's ``src`` and ``rules`` (a baseline extracted by ``bench/same_output.py``), the way
``bench/ab_speed.py`` does.
"""

from __future__ import annotations

import os
import shutil
import site
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_speed import INGEST, timed_run  # type: ignore[import-not-found]


def main() -> None:
    args = sys.argv[1:]
    command = [INGEST]
    if args[0] == "--source":
        source = Path(args[1]).resolve()
        args = args[2:]
        packages = os.pathsep.join(site.getsitepackages())
        os.environ["PYTHONPATH"] = f"{source / 'src'}{os.pathsep}{packages}"
        code = "import sys; from ingest.cli import main; sys.argv[0] = 'ingest'; main()"
        command = [sys.executable, "-S", "-c", code]
        args += ["--rules", str(source / "rules")]
    corpus, out, *options = args
    shutil.rmtree(out, ignore_errors=True)
    measured = timed_run("run", [*command, "run", corpus, "-o", out, *options])
    peaks = measured.peaks
    print(
        f"{measured.seconds:.1f} s wall, {measured.cpu:.1f} CPU s; peak MB main "
        f"{peaks.main:.0f}, largest worker {peaks.largest_worker:.0f}; exit {measured.status}"
    )


if __name__ == "__main__":
    main()
