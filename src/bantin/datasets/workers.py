"""Local worker processes: how many a run gets, and how each one starts and ends."""

from __future__ import annotations

import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor

#: Below this many files a pool costs more than it saves.
PARALLEL_THRESHOLD = 32
#: The exit status of a worker whose parent died (``exit_with_parent``).
EXIT_ORPHANED = 70


def default_workers(n_files: int) -> int:
    """Workers for a local run: the CPU count (at most 8), or 1 for a few files."""
    return min(os.cpu_count() or 1, 8) if n_files >= PARALLEL_THRESHOLD else 1


def local_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool of ``workers`` whose workers each begin with ``start_worker``."""
    return ProcessPoolExecutor(
        max_workers=workers, initializer=start_worker, initargs=(os.getpid(),)
    )


def start_worker(parent: int) -> None:
    """A local worker's initializer: Ctrl-C is left to the parent, and the worker ends once the
    parent is gone (``exit_with_parent``).

    A Ctrl-C reaches every process of the terminal's group. A worker interrupted in the middle
    of its work could leave the pool's pipes mid-message: the parent, shutting the pool down,
    then waited forever. Ignoring it, the workers finish the batch in hand, and the parent
    cancels the rest and exits with 130."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with_parent(parent)


def exit_with_parent(parent: int) -> None:
    """End this worker once the process that started it (``parent``) is gone.

    A pool's workers wait for work on a pipe that they hold open themselves, so when their parent
    is killed (``kill -9``, the OOM killer) they would wait forever. A thread checks once a
    second whether they have been handed to another parent, and ends the worker then."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(EXIT_ORPHANED)

    threading.Thread(target=watch, name="bantin-parent-watch", daemon=True).start()
