"""Bulletin rules: two sources that give the same bulletin id."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from bantin.model import Bulletin
from bantin.validators.finding import Severity
from bantin.validators.registry import Hit, Scope, Subject, register_rule


def _same_issue(bulletin: Bulletin) -> Bulletin | None:
    """A second copy of the bulletin: validated next to the original, both give the same id."""
    return replace(bulletin)


@register_rule(
    "bulletin.duplicate",
    Severity.ERROR,
    description="two sources give the same bulletin id (the same issue read twice)",
    example="bulletin cchc-2024-02-01 is also given by corpus/000_print.txt",
    inject=_same_issue,
    scope=Scope.RUN,
    paired=True,
)
def check_duplicate() -> DuplicateBulletins:
    return DuplicateBulletins()


class DuplicateBulletins:
    """Remembers which source first gave each bulletin id."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[int, str]] = {}

    def see(self, index: int, subject: Subject) -> Iterator[Hit]:
        first, source = self._first.setdefault(subject.bulletin_id, (index, subject.source))
        if first != index:
            yield Hit(
                subject.line,
                f"bulletin {subject.bulletin_id} is also given by {source}",
                subject=index,
            )
