"""The release's parent alone: its CPU on results computed beforehand, phase by phase.

``python parent_alone.py SAMPLE [--repeat N]`` runs the per-file task on every file of SAMPLE in
this process, keeps each result pickled (as a worker sends it), then times, N times, what the
parent of `bantin release` does with them: load the table stack, unpickle each result, assemble
it (run-scope rules, withholding, rows appended and full row groups written) and finish the
package (last row groups, descriptor, README, swap into place). No worker shares the CPU, so the
figures (CPU seconds of this process, its threads included) are steady where wall times of a whole
release are not: a change to the parent shows here first (``bench_release.py`` shows the whole).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import pickle
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from bantin.datasets.inputs import collect_inputs
from bantin.datasets.task import TaskSettings, process_file
from bantin.tablestack import keep_pandera_light

T = TypeVar("T")
PHASES = ("open package", "unpickle results", "assemble, append", "finish package")


def results(sample: Path) -> list[bytes]:
    """Every file's result, pickled as a worker's result crosses to the parent."""
    settings = TaskSettings(tables=True)
    return [pickle.dumps(process_file(job, settings)) for job in collect_inputs([sample])]


def _timed(spent: dict[str, float], phase: str, work: Callable[[], T]) -> T:
    start = time.process_time()
    try:
        return work()
    finally:
        spent[phase] += time.process_time() - start


def release_once(blobs: Sequence[bytes], out: Path) -> dict[str, float]:
    """CPU seconds of each phase of one release of ``blobs`` into ``out``."""
    from bantin.datasets.release import Assembler
    from bantin.packaging.recipe import DEFAULT_RECIPE
    from bantin.packaging.writer import package_writer
    from bantin.schemas import TABLES

    spent = dict.fromkeys(PHASES, 0.0)
    start = time.process_time()
    with package_writer(out, DEFAULT_RECIPE) as package:
        spent["open package"] = time.process_time() - start  # lock, staging, schemas
        assembler = Assembler(package)
        for blob in blobs:
            result = _timed(spent, "unpickle results", lambda blob=blob: pickle.loads(blob))
            _timed(spent, "assemble, append", lambda result=result: assembler.add(result))
        plan = assembler.plan({name: package.rows(name) for name in TABLES})
        package.created = plan.created
        finish = time.process_time()
    spent["finish package"] = time.process_time() - finish
    return spent


#: What a release's parent imports once its workers have started, in the order that tells each
#: part's own cost (a later module finds what it shares with an earlier one loaded).
STACK = (
    ("numpy", ("numpy",)),
    ("polars", ("polars",)),
    ("pyarrow", ("pyarrow", "pyarrow.parquet")),
    ("pandera, pydantic", ("pandera.polars",)),
    ("bantin schemas", ("bantin.schemas.registry",)),
    ("jinja2, the rest", ("bantin.datasets.release", "bantin.packaging.writer")),
)


def load_table_stack() -> dict[str, float]:
    """CPU seconds to import each part of ``STACK``."""
    spent = {}
    for part, modules in STACK:
        start = time.process_time()
        for module in modules:
            importlib.import_module(module)
        spent[part] = time.process_time() - start
    return spent


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sample", type=Path, help="a folder of bulletins")
    parser.add_argument("--repeat", type=int, default=3, help="releases timed (default 3)")
    args = parser.parse_args(argv)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    keep_pandera_light()  # as the command line does
    blobs = results(args.sample)  # loads the parsers, as the command line before its workers
    stack = load_table_stack()
    gc.freeze()
    gc.set_threshold(10_000)  # the command line's (bantin.cli.YOUNG_COLLECTION_EVERY)
    rounds = []
    with tempfile.TemporaryDirectory(prefix="bantin-parent-") as tmp:
        for number in range(args.repeat):
            rounds.append(release_once(blobs, Path(tmp) / f"release-{number}"))
    print(f"release parent alone: {len(blobs)} results, {args.repeat} releases, CPU s")
    print(f"{'phase':<24} {'min':>7} {'median':>7}")
    for part, cpu in stack.items():
        print(f"{'load ' + part:<24} {cpu:>7.3f} {'(once)':>7}")
    for phase in PHASES:
        values = [spent[phase] for spent in rounds]
        print(f"{phase:<24} {min(values):>7.3f} {statistics.median(values):>7.3f}")
    totals = [sum(stack.values()) + sum(spent.values()) for spent in rounds]
    print(f"{'total':<24} {min(totals):>7.3f} {statistics.median(totals):>7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
