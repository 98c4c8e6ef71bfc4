"""Typed errors for input that cannot become a bulletin; each names the source and, when known, the line."""

from __future__ import annotations


class SourceError(Exception):
    """A source file that cannot be parsed; ``reason`` is one line a maintainer can act on."""

    code = "source.unreadable"

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        super().__init__(self.describe())

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, str, int | None]]:
        # Keep the typed fields when crossing a process boundary (parsing runs in a pool).
        return (type(self), (self.source, self.reason, self.line))

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


class UnreadableSource(SourceError):
    """Missing, empty, binary or undecodable file."""

    code = "source.unreadable"


class NotABulletin(SourceError):
    """Readable text that matches none of the four bulletin formats."""

    code = "source.not-bulletin"


class MalformedBulletin(SourceError):
    """A recognised format whose structure is broken beyond recovery (e.g. no masthead date)."""

    code = "source.malformed"


class InternalFailure(SourceError):
    """A file on which bantin itself failed (a bug): reported with the error and where it was
    raised, so one file never stops a run and the maintainer has what a bug report needs."""

    code = "source.internal-error"
