"""Run the per-file task over many files and hand back results in input order, as they finish.

Three ways, one task (``bantin.datasets.task.process_file``): in this process, in a local process
pool, or on a Dask cluster. Files go out in small batches with a bounded number in flight, so
memory does not grow with the number of files, and results come back in input order whatever the
number of workers: what is built from them is the same.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager, contextmanager
from enum import StrEnum
from itertools import islice
from typing import Any

from bantin.datasets.task import FileJob, FileResult, TaskSettings, process_file
from bantin.datasets.workers import PARALLEL_THRESHOLD, default_workers, local_pool

#: Files per task sent to a worker, and batches in flight per worker: enough queued work (256
#: files a worker) to keep the workers busy while a release's parent loads the table stack and
#: writes a row group; results are about 20 KB a file, so memory stays small and flat.
BATCH = 8
IN_FLIGHT_PER_WORKER = 32


class Engine(StrEnum):
    """Where the per-file task runs."""

    local = "local"
    dask = "dask"


class EngineError(Exception):
    """An engine that cannot start (missing extra, unreachable scheduler): the CLI exits with 2."""


def process_batch(jobs: list[FileJob], settings: TaskSettings) -> list[FileResult]:
    """The per-file task over a few files (one round trip to a worker)."""
    return [process_file(job, settings) for job in jobs]


def _batches(jobs: Iterable[FileJob]) -> Iterator[list[FileJob]]:
    iterator = iter(jobs)
    while batch := list(islice(iterator, BATCH)):
        yield batch


def _ordered(
    submit: Callable[[list[FileJob]], Any],
    result: Callable[[Any], list[FileResult]],
    jobs: Iterable[FileJob],
    in_flight: int,
) -> Iterator[FileResult]:
    """Submit the first ``in_flight`` batches at once (the workers start before the first result
    is asked for), then one more as each is taken; results come in input order."""
    batches = _batches(jobs)
    pending: deque[Any] = deque(submit(batch) for batch in islice(batches, in_flight))
    return _in_order(submit, result, batches, pending)


def _in_order(
    submit: Callable[[list[FileJob]], Any],
    result: Callable[[Any], list[FileResult]],
    batches: Iterator[list[FileJob]],
    pending: deque[Any],
) -> Iterator[FileResult]:
    while pending:
        done = pending.popleft()
        batch = next(batches, None)
        if batch is not None:
            pending.append(submit(batch))
        yield from result(done)


@contextmanager
def local_results(
    jobs: Iterable[FileJob], settings: TaskSettings, workers: int = 1
) -> Iterator[Iterator[FileResult]]:
    """The results of every job in input order, in this process (1 worker) or a process pool.

    The pool starts and takes its first batches on entering, so what the caller does before
    reading the results (importing the table stack, opening the package) overlaps the parsing.
    Forked workers inherit only what is imported by then: they stay light.
    """
    if workers <= 1:
        yield (process_file(job, settings) for job in jobs)
        return
    pool = local_pool(workers)
    try:

        def submit(batch: list[FileJob]) -> Future[list[FileResult]]:
            return pool.submit(process_batch, batch, settings)

        yield _ordered(submit, Future.result, jobs, workers * IN_FLIGHT_PER_WORKER)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # left early: drop what has not started


def run_local(
    jobs: Iterable[FileJob], settings: TaskSettings, workers: int = 1
) -> Iterator[FileResult]:
    """Results of every job in input order: in this process (1 worker) or a process pool."""
    with local_results(jobs, settings, workers) as results:
        yield from results


def dask_client(scheduler: str | None, workers: int | None) -> AbstractContextManager[Any]:
    """A ``distributed.Client`` on ``scheduler``, or on a new ``LocalCluster`` when None."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError(
            "the dask engine needs the dask extra: pip install 'bantin[dask]'"
        ) from None
    if scheduler:
        try:
            return Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as error:
            raise EngineError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
    cluster = LocalCluster(
        n_workers=workers or default_workers(PARALLEL_THRESHOLD),
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
    )
    client = Client(cluster)
    return _Closing(client, cluster)


class _Closing(AbstractContextManager[Any]):
    """Close a client and the local cluster it runs on, in that order."""

    def __init__(self, client: Any, cluster: Any) -> None:
        self.client, self.cluster = client, cluster

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.cluster.close()


def run_dask(
    jobs: Iterable[FileJob],
    settings: TaskSettings,
    client: Any,
) -> Iterator[FileResult]:
    """Results of every job in input order, the batches computed by the Dask cluster of ``client``.

    The workers read the files themselves: on a remote cluster they must see the same paths.
    """
    workers = max(1, len(client.scheduler_info().get("workers", {})))

    def submit(batch: list[FileJob]) -> Any:
        return client.submit(process_batch, batch, settings, pure=False)

    return _ordered(submit, lambda future: future.result(), jobs, workers * IN_FLIGHT_PER_WORKER)


@contextmanager
def file_results(
    jobs: Iterable[FileJob],
    settings: TaskSettings,
    *,
    engine: Engine = Engine.local,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Iterator[Iterator[FileResult]]:
    """The per-file task over ``jobs`` on the chosen engine, started on entering; the iterator
    gives the results in input order."""
    jobs = list(jobs)
    if engine is Engine.dask:
        with dask_client(scheduler, workers) as client:
            yield run_dask(jobs, settings, client)
        return
    with local_results(jobs, settings, workers or default_workers(len(jobs))) as results:
        yield results


def run_files(
    jobs: Iterable[FileJob],
    settings: TaskSettings,
    *,
    engine: Engine = Engine.local,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Iterator[FileResult]:
    """Results of the per-file task over ``jobs``, in input order, on the chosen engine."""
    with file_results(
        jobs, settings, engine=engine, workers=workers, scheduler=scheduler
    ) as results:
        yield from results
