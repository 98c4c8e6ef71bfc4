"""A rich progress bar over input files, on stderr only when it is a terminal and not --quiet."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

#: Fewer files than this are read before a bar could be seen: no bar.
MIN_FILES = 16

Advance = Callable[[], None]


class RateColumn(ProgressColumn):
    """Files per second, once rich has measured a speed."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.1f} files/s", style="progress.data.speed")


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
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
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
