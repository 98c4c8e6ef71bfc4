"""Where a finding's source lies relative to the SOURCE argument it was found through."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from bantin.names import portable_name
from bantin.validators.report import Report


@dataclass(frozen=True)
class InputBase:
    """A SOURCE argument as given (posix) and whether it names a folder."""

    argument: str
    is_dir: bool

    @property
    def folder(self) -> str:
        """The folder paths are made relative to: the argument, or a file argument's parent."""
        path = PurePosixPath(self.argument)
        return str(path if self.is_dir else path.parent)


def relative_to_input(source: str, bases: Sequence[InputBase]) -> tuple[int | None, str]:
    """``(index of the base, path relative to it)``; ``(None, source)`` when no base holds it.

    The longest matching base wins, so nested arguments resolve to the innermost folder.
    """
    best: tuple[int | None, str] = (None, source)
    best_len = -1
    path = PurePosixPath(source)
    for index, base in enumerate(bases):
        if not base.is_dir and source != base.argument:
            continue
        folder = PurePosixPath(base.folder)
        if folder == PurePosixPath("."):
            relative = path
        else:
            try:
                relative = path.relative_to(folder)
            except ValueError:
                continue
        if len(folder.parts) > best_len:
            best, best_len = (index, relative.as_posix()), len(folder.parts)
    return best


def located(report: Report, locations: Mapping[str, str]) -> Report:
    """``report`` with each source named by the path it was found at on this machine instead of
    its published name (relative to its SOURCE argument), for CI annotations."""

    def where(source: str) -> str:
        return portable_name(locations.get(source, source))

    return Report(
        findings=tuple(replace(f, source=where(f.source)) for f in report.findings),
        errors=tuple(type(e)(where(e.source), e.reason, e.line) for e in report.errors),
        sources=tuple(where(s) for s in report.sources),
    )
