"""The percentage rules find where a figure's clause (or segment) begins with one match of
``(?s:.*)`` and a break; that is the end of the last break a scan of every break finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bantin.validators import percentages as P

_TEXTS = st.lists(
    st.sampled_from(["a", "5", " ", "\n", "\t", ".", ",", ":", ";", "!", "?", "%", ", ", ". "]),
    max_size=300,
).map("".join)


def _scanned_edge(text: str, start: int, breaks: re.Pattern[str]) -> int:
    edge = max(0, start - P.WINDOW)
    for match in breaks.finditer(text, edge, start):
        edge = match.end()
    return edge


@given(_TEXTS, st.integers(min_value=0, max_value=300), st.booleans())
def test_left_edge_is_the_end_of_the_last_break(text: str, start: int, clause: bool) -> None:
    start = min(start, len(text))
    breaks = P._CLAUSE_BREAK_RE if clause else P._SEGMENT_BREAK_RE
    assert P._left_edge(text, start, breaks) == _scanned_edge(text, start, breaks)
