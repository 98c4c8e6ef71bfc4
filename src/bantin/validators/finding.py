"""What a rule reports: a ``Finding`` at a source line, with an ordered ``Severity``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bantin.quick_init import quick_init


class Severity(StrEnum):
    """How serious a finding is; ``ERROR > WARNING`` (comparisons use the rank, not the text)."""

    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


_RANK = {Severity.WARNING: 1, Severity.ERROR: 2}


@quick_init
@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in one source; ``line`` is 1-based in that file (None when unknown)."""

    rule: str
    severity: Severity
    message: str
    source: str
    line: int | None = None
    bulletin_id: str | None = None
    article_id: str | None = None

    def sort_key(self) -> tuple[str, int, str, str]:
        """Deterministic report order: by source, line, rule, then message."""
        return (self.source, self.line or 0, self.rule, self.message)
