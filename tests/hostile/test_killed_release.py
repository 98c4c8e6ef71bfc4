"""A release killed outright (``kill -9``, the OOM killer) leaves nothing behind that blocks the
next one: its workers neither keep the folder's release lock nor wait forever for work. A Ctrl-C,
which reaches the workers too, is the parent's alone to act on."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bantin.datasets.corpus import parse_inputs
from bantin.datasets.engines import local_results
from bantin.datasets.inputs import collect_inputs
from bantin.datasets.synthetic import write_sample
from bantin.datasets.task import TaskSettings
from bantin.packaging.lock import lock_path, release_lock

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="needs Linux's /proc to watch the workers"
)

#: Takes the release lock of argv[2] as `bantin release` does, starts the local engine's workers
#: on the files of argv[1], prints their process ids and kills itself with SIGKILL.
KILLED_RELEASE = """
import multiprocessing, os, signal, sys
from pathlib import Path
from bantin.datasets.engines import local_results
from bantin.datasets.inputs import collect_inputs
from bantin.datasets.task import TaskSettings
from bantin.packaging.lock import release_lock

jobs = collect_inputs([Path(sys.argv[1])])
with release_lock(Path(sys.argv[2])):
    with local_results(jobs, TaskSettings(tables=False), workers=2) as results:
        next(results)
        print(*[child.pid for child in multiprocessing.active_children()], flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
"""


def _running(pid: int) -> bool:
    """True while ``pid`` runs (a zombie, ended and not yet reaped, does not run)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


@pytest.fixture
def killed_release(tmp_path: Path) -> Iterator[tuple[Path, list[int]]]:
    """The ``--out`` of a release killed while its workers were busy, and their process ids."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_sample(inputs, bulletins=200, seed=3)
    printed, errors = tmp_path / "pids.txt", tmp_path / "stderr.txt"
    # Files, not pipes: workers left running would keep a pipe open, and the wait with it.
    with printed.open("w") as stdout, errors.open("w") as stderr:
        done = subprocess.run(
            [sys.executable, "-c", KILLED_RELEASE, str(inputs), str(out)],
            stdout=stdout,
            stderr=stderr,
            timeout=120,
            check=False,
        )
    assert done.returncode == -9, errors.read_text()
    workers = [int(pid) for pid in printed.read_text().split()]
    assert len(workers) == 2
    yield out, workers
    for pid in workers:
        if _running(pid):
            os.kill(pid, 9)


def test_the_workers_of_a_killed_release_do_not_keep_its_lock(killed_release) -> None:
    out, _ = killed_release
    assert lock_path(out).exists()  # left by the killed parent, as a crash leaves it
    with release_lock(out):  # PackageBusy if a worker still held it
        pass


def test_the_workers_of_a_killed_release_end(killed_release) -> None:
    _, workers = killed_release
    deadline = time.monotonic() + 15
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(pid) for pid in workers)


@pytest.fixture(autouse=True)
def _ctrl_c_interrupts_as_in_a_terminal() -> Iterator[None]:
    """Python's own Ctrl-C handler in the test process, whose workers inherit it when forked. A
    runner may start the tests with SIGINT ignored (a shell's background job, mutmut's workers):
    the workers would then ignore it without bantin's help, and these tests could not fail."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_ctrl_c_does_not_interrupt_the_workers(tmp_path: Path) -> None:
    # Interrupted mid-batch, a worker could leave the pool's pipes mid-message, and the parent
    # shutting the pool down after its own KeyboardInterrupt then waited forever.
    write_sample(tmp_path, bulletins=120, seed=4)
    jobs = collect_inputs([tmp_path])
    try:
        with local_results(jobs, TaskSettings(tables=False), workers=2) as results:
            first = next(results)
            for worker in multiprocessing.active_children():
                os.kill(worker.pid, signal.SIGINT)  # as a terminal's Ctrl-C reaches them
            rest = list(results)
    except KeyboardInterrupt:
        pytest.fail("a worker was interrupted: its KeyboardInterrupt came back as a result")
    assert [r.display for r in [first, *rest]] == [job.display for job in jobs]
    assert all(r.error is None for r in [first, *rest])


def test_a_ctrl_c_does_not_interrupt_the_workers_of_parse_inputs(tmp_path: Path) -> None:
    # The in-memory path has its own pool: the same workers (``bantin.datasets.workers``).
    write_sample(tmp_path, bulletins=120, seed=4)
    inputs = collect_inputs([tmp_path])
    interrupted: list[int] = []

    def interrupt_the_workers() -> None:  # called as the first file's result comes back
        if not interrupted:
            interrupted.extend(worker.pid for worker in multiprocessing.active_children())
            for pid in interrupted:
                os.kill(pid, signal.SIGINT)

    try:
        outcome = parse_inputs(inputs, workers=2, progress=interrupt_the_workers)
    except KeyboardInterrupt:
        pytest.fail("a worker was interrupted: its KeyboardInterrupt came back as a result")
    assert len(interrupted) == 2
    assert [source.path for source in outcome.parsed] == [item.display for item in inputs]
    assert outcome.failed == []
