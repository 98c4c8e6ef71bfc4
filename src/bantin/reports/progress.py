"""A rich progress bar over input files, on stderr only when it is a terminal and not --quiet."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

from rich.console import Console

#: Fewer files than this are read before a bar could be seen: no bar.
MIN_FILES = 16

Advance = Callable[[], None]


def _nothing() -> None:
    return None


def wants_progress(console: Console, total: int, quiet: bool) -> bool:
    """A bar only for many files, on a terminal, when not asked to be quiet."""
    return not quiet and console.is_terminal and total >= MIN_FILES


@contextmanager
def file_progress(
    console: Console, total: int, *, quiet: bool = False, label: str = "Reading"
) -> Iterator[Advance]:
    """Yield a callable to call once per finished file; draws nothing unless ``wants_progress``."""
    if not wants_progress(console, total, quiet):
        yield _nothing
        return
    from bantin.reports.progress_bar import progress_bar  # rich.progress: only to draw a bar

    with progress_bar(console) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


def checking_status(
    console: Console, total: int, *, quiet: bool = False
) -> AbstractContextManager[object]:
    """A spinner with the elapsed time while the rules run and the tables are built (after the
    files were read), under the same conditions as the bar."""
    if not wants_progress(console, total, quiet):
        return nullcontext()
    return console.status(f"Checking {total} files and building tables…", spinner="dots")
