"""Feed rules: items out of date order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from bantin.model import Bulletin, Kind
from bantin.validators.finding import Severity
from bantin.validators.registry import Hit, register_rule


def _swap_newest(bulletin: Bulletin) -> Bulletin | None:
    """Swap the two newest items of a feed."""
    items = bulletin.articles
    if bulletin.kind is not Kind.FEED or len(items) < 2:
        return None
    first, second = items[0].published_at, items[1].published_at
    if first is None or second is None or not first > second:
        return None
    return replace(bulletin, articles=(items[1], items[0], *items[2:]))


@register_rule(
    "feed.order",
    Severity.WARNING,
    description="feed items are not in descending publication order",
    example="item 2 (2025-09-28 09:00 UTC) is newer than item 1 before it (2025-09-27 09:18 UTC)",
    inject=_swap_newest,
)
def check_order(bulletin: Bulletin) -> Iterator[Hit]:
    if bulletin.kind is not Kind.FEED:
        return
    previous = None
    for index, article in enumerate(bulletin.articles):
        moment = article.published_at
        if moment is None:
            continue
        if previous is not None and moment > previous[1]:
            yield Hit(
                article.title_line,
                f"item {index + 1} ({moment:%Y-%m-%d %H:%M} UTC) is newer than item "
                f"{previous[0] + 1} before it ({previous[1]:%Y-%m-%d %H:%M} UTC)",
                article=index,
            )
        previous = (index, moment)
