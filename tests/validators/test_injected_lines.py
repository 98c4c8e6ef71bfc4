"""Every fault injector plants its fault in a bulletin whose lines still read top to bottom."""

from __future__ import annotations

import pytest

from bantin.model import Bulletin
from bantin.validators import RULES
from tests.validators.builders import digest, feed, web_digest


def line_order(bulletin: Bulletin) -> list[int]:
    """The line fields of the articles in reading order (title, paragraphs, citation, end)."""
    lines: list[int] = []
    for article in bulletin.articles:
        lines.append(article.title_line)
        for paragraph in article.paragraphs:
            lines.append(paragraph.line)
            lines.extend(line for _, line in paragraph.breaks)
        if article.citation is not None:
            lines.append(article.citation.line)
        lines.append(article.line_end)
    return lines


# feed.order's fault is the order of the items itself.
INJECTED = [r for r in RULES if r.inject is not None and r.id != "feed.order"]


@pytest.mark.parametrize("rule", INJECTED, ids=lambda r: r.id)
@pytest.mark.parametrize("make", [digest, web_digest, feed], ids=["print", "web", "feed"])
def test_an_injected_fault_keeps_the_lines_in_reading_order(rule, make) -> None:
    injected = rule.inject(make())
    if injected is None:
        pytest.skip(f"{rule.id} has no place in this bulletin")
    lines = line_order(injected)
    assert lines == sorted(lines), rule.id
