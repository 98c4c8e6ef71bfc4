"""The per-file task alone: the workers' share of a run, with a parent that only drops the results.

``python task_alone.py SAMPLE WORKERS [--tables]`` runs ``bantin.datasets.task.process_file`` on
every file of SAMPLE through the local engine, as `bantin validate` does (or, with --tables, as
`bantin release` does: table rows built too), and keeps nothing: no command line, no run-scope
rules, no report, no package. Its time is what a command would take with a parent that cost
nothing, so the bench can tell the workers' cost from the parent's.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from bantin.datasets.engines import local_results
from bantin.datasets.inputs import collect_inputs
from bantin.datasets.task import TaskSettings


def run(sample: Path, workers: int, tables: bool) -> int:
    """Files processed (the count keeps the work from being skipped)."""
    gc.freeze()  # as the command line does before its workers start
    jobs = collect_inputs([sample])
    with local_results(jobs, TaskSettings(tables=tables), workers) as results:
        return sum(1 for result in results if result.error is None)


if __name__ == "__main__":
    done = run(Path(sys.argv[1]), int(sys.argv[2]), "--tables" in sys.argv[3:])
    if not done:  # a floor over nothing would look cheap: the bench stops on exit status 2
        print(f"task_alone: no bulletin in {sys.argv[1]}", file=sys.stderr)
        raise SystemExit(2)
    print(done)
