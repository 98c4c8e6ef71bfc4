"""The one error packaging raises: a package that cannot be written or read, with every reason."""

from __future__ import annotations

from collections.abc import Sequence

_SHOWN = 20


class PackageError(Exception):
    """A Data Package that cannot be written or loaded; ``problems`` holds one line per reason."""

    def __init__(self, summary: str, problems: Sequence[str] = ()) -> None:
        self.summary = summary
        self.problems = tuple(problems)
        super().__init__(self.describe())

    def describe(self) -> str:
        """The summary, then one indented line per problem (at most 20, then a count)."""
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        """``describe`` line by line: a problem naming a file keeps any newline of the name
        inside its line, so a terminal can escape each line and still break between them."""
        lines = [self.summary]
        lines.extend(f"  - {problem}" for problem in self.problems[:_SHOWN])
        if len(self.problems) > _SHOWN:
            lines.append(f"  ... and {len(self.problems) - _SHOWN} more")
        return lines


class PackageRefused(PackageError):
    """``--out`` is not bantin's to replace (foreign files, busy, the current folder…): exit 2."""


class PackageBusy(PackageRefused):
    """Another release holds the lock on the same ``--out`` folder."""
