"""The percentage rules and a figure's context find where a clause (or segment) begins with one
match of ``(?s:.*)`` and a break; that is the end of the last break a scan of every break finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bantin.parsers import figures as F
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
    start %= len(text) + 1
    breaks = F.CLAUSE_BREAK_RE if clause else P._SEGMENT_BREAK_RE
    assert P._left_edge(text, start, breaks) == _scanned_edge(text, start, breaks)


def _scanned_context(text: str, start: int, end: int, width: int = F.CONTEXT_WIDTH) -> str:
    left_from = max(0, start - width)
    left = left_from
    for match in F.CLAUSE_BREAK_RE.finditer(text, left_from, start):
        left = match.end()
    right_match = F.CLAUSE_BREAK_RE.search(text, end, min(len(text), end + width))
    right = right_match.start() if right_match else min(len(text), end + width)
    head, tail = text[left:start], text[end:right]
    if left == left_from and left > 0 and " " in head:
        head = "…" + head.split(" ", 1)[1]
    if right_match is None and right < len(text) and " " in tail:
        tail = tail.rsplit(" ", 1)[0] + "…"
    return (head + text[start:end] + tail).strip()


@given(
    _TEXTS,
    st.integers(min_value=0, max_value=300),
    st.integers(min_value=0, max_value=20),
    st.integers(min_value=1, max_value=F.CONTEXT_WIDTH),
)
def test_context_is_the_clause_a_scan_of_every_break_gives(
    text: str, start: int, n: int, width: int
) -> None:
    start %= len(text) + 1
    end = min(start + n, len(text))
    assert F.clause_around(text, start, end, width) == _scanned_context(text, start, end, width)
