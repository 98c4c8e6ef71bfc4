"""Damaged bulletins: rendered text with lines lost, repeated, swapped or cut, or numbers out of range."""

from __future__ import annotations

import re

from hypothesis import strategies as st

from tests.strategies import rendered_bulletins

#: Numbers a damaged or hostile file may hold where a bulletin has a day, month, year, page,
#: count or time-zone offset.
EXTREME_NUMBERS = ("0", "00", "1", "01", "12", "13", "29", "31", "32", "99", "0000", "0001")
EXTREME_NUMBERS += ("1400", "9999", "10000", "9" * 30)
EDITS = ("drop", "repeat", "swap", "cut")
_NUMBER_RE = re.compile(r"\d+")


@st.composite
def lines_damaged(draw: st.DrawFn, text: str) -> str:
    """``text`` with one to four lines dropped, repeated, swapped with the next or cut short."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(EDITS))
        if edit == "drop" and len(lines) > 1:
            del lines[at]
        elif edit == "repeat":
            lines.insert(at, lines[at])
        elif edit == "swap" and at + 1 < len(lines):
            lines[at], lines[at + 1] = lines[at + 1], lines[at]
        elif edit == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
    return "\n".join(lines)


@st.composite
def numbers_out_of_range(draw: st.DrawFn, text: str) -> str:
    """``text`` with one to four of its numbers replaced by extreme ones."""
    spans = [m.span() for m in _NUMBER_RE.finditer(text)]
    if not spans:
        return text
    chosen = draw(st.lists(st.sampled_from(spans), min_size=1, max_size=4, unique=True))
    for start, end in sorted(chosen, reverse=True):
        text = text[:start] + draw(st.sampled_from(EXTREME_NUMBERS)) + text[end:]
    return text


def damaged_bulletins() -> st.SearchStrategy[str]:
    """The text of a generated bulletin, damaged one way or the other."""
    return rendered_bulletins().flatmap(
        lambda rendered: st.one_of(
            lines_damaged(rendered.text), numbers_out_of_range(rendered.text)
        )
    )
