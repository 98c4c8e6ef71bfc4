"""Bulletin rules: two sources that give the same bulletin id."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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
def check_duplicate(subjects: Sequence[Subject]) -> Iterator[Hit]:
    first: dict[str, int] = {}
    for index, subject in enumerate(subjects):
        earlier = first.setdefault(subject.bulletin_id, index)
        if earlier != index:
            yield Hit(
                subject.bulletin.issue_date_line,
                f"bulletin {subject.bulletin_id} is also given by {subjects[earlier].source}",
                subject=index,
            )
