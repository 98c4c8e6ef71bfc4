"""A release starts its workers before it loads the table stack (pandera, pandas, polars,
pyarrow): the workers parse without carrying it, and the parent loads it while they work."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from pathlib import Path

from bantin.datasets.corpus import collect_inputs
from bantin.datasets.engines import file_results
from bantin.datasets.synthetic import write_sample
from bantin.datasets.task import TaskSettings

HEAVY = ("pandera", "pandas", "polars", "pyarrow")
PROBE = """
import os, sys
from bantin.datasets import engines

real = engines.process_batch

def probe_batch(jobs, settings):
    loaded = sorted(m for m in {heavy!r} if m in sys.modules)
    os.write(2, " ".join(["WORKER", str(os.getpid()), *loaded, "\\n"]).encode())  # one write
    return real(jobs, settings)

engines.process_batch = probe_batch
print("PARENT", os.getpid(), file=sys.stderr)
sys.argv = ["bantin", "release", sys.argv[1], "--out", sys.argv[2], "-q", "-j", "2"]
from bantin.cli import main
main()
"""


def test_release_workers_never_load_the_table_stack(tmp_path: Path) -> None:
    write_sample(tmp_path / "in", bulletins=12, seed=4)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE.format(heavy=HEAVY),
            str(tmp_path / "in"),
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stderr.splitlines()]
    parent = next(pid for kind, pid, *_ in lines if kind == "PARENT")
    workers = [line for line in lines if line[0] == "WORKER"]
    assert workers and all(pid != parent for _, pid, *_ in workers)  # batches ran in workers
    assert all(loaded == [] for _, _, *loaded in workers), workers
    assert (tmp_path / "out" / "data" / "articles.parquet").is_file()


def test_the_pool_starts_on_entering_before_a_result_is_read(tmp_path: Path) -> None:
    write_sample(tmp_path / "in", bulletins=6, seed=8)
    inputs = collect_inputs([tmp_path / "in"])
    before = len(multiprocessing.active_children())
    with file_results(inputs, TaskSettings(tables=False), workers=2) as results:
        assert len(multiprocessing.active_children()) >= before + 2
        assert [result.display for result in results] == [job.display for job in inputs]


GC_PROBE = """
import gc, os, sys
from bantin.datasets import engines

real = engines.process_batch

def probe_batch(jobs, settings):
    os.write(2, f"WORKER {gc.get_threshold()[0]}\\n".encode())
    return real(jobs, settings)

engines.process_batch = probe_batch
sys.argv = ["bantin", "release", sys.argv[1], "--out", sys.argv[2], "-q", "-j", "2"]
from bantin.cli import main
try:
    main()
finally:
    print("PARENT", gc.get_threshold()[0], file=sys.stderr)
"""


def test_a_release_collects_its_youngest_objects_less_often(tmp_path: Path) -> None:
    """The parent and the forked workers of a command run with ``YOUNG_COLLECTION_EVERY``, not
    Python's collection every 700 new objects."""
    from bantin.cli import YOUNG_COLLECTION_EVERY

    write_sample(tmp_path / "in", bulletins=40, seed=4)
    done = subprocess.run(
        [sys.executable, "-c", GC_PROBE, str(tmp_path / "in"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = [
        line.split() for line in done.stderr.splitlines() if line.startswith(("WORKER", "PARENT"))
    ]
    assert {kind for kind, _ in seen} == {"WORKER", "PARENT"}, done.stderr
    assert {int(every) for _, every in seen} == {YOUNG_COLLECTION_EVERY}
