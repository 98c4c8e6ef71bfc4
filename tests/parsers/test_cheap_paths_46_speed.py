"""The cheap tests put before slower ones (a TOC table's row, two TOC columns on a line, a
province's name after a unit's or a person's word, a byline's first writer) turn down only what
the slow tests turn down: on text built to hit their edges, they give what the slow path gives."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers.digest import (
    _AUTHOR_SEPARATOR_RE,
    _COLUMN_GAP_RE,
    _ROLE_AFTER_RE,
    _first_word_no_name,
    _is_persons_name,
    _table_cells,
    _table_row,
    _toc_columns,
    _toc_item,
    _toc_row,
)
from bantin.parsers.places import (
    _JOIN,
    _may_name_no_place,
    _person_named,
    _unit_named,
)

#: Pieces a TOC line, a table's row or two columns of a TOC are made of.
_TOC_PIECES = st.sampled_from(
    [
        "|", "\t", " ", "   ", "\u2003\u2003\u2003", "1", "12", "3-4", "1.", "2)", ".....", "…",
        "Tên bài", "TT", "Trang", "---", "Gia Lai: Một cửa", "CẢI CÁCH ĐỊA PHƯƠNG", "tr. 5",
        "(", ")", "- 5 -",
    ]
)  # fmt: skip
_TOC_LINES = st.lists(_TOC_PIECES, max_size=9).map("".join)


def _table_row_read_whole(text: str, paged: bool) -> str | None:
    """``_table_row`` as it read every line: its cells, then its TOC line."""
    if not paged and not text.startswith("|"):
        return None
    cells = _table_cells(text)
    return None if cells is None else _toc_row(cells, paged)


def _toc_columns_read_whole(text: str) -> tuple[str, str] | None:
    """``_toc_columns`` as it tried both sides of every gap."""
    if len(text) > 400:
        return None
    for gap in _COLUMN_GAP_RE.finditer(text):
        left, right = text[: gap.start()], text[gap.end() :]
        if left and right and _toc_item(left) and _toc_item(right):
            return left, right
    return None


@given(_TOC_LINES, st.booleans())
@example("1\tGia Lai: Một cửa\t3", True)  # a table with tabs alone
@example("Gia Lai: Một cửa\t3", True)
@example("| 1 | Gia Lai: Một cửa | 3 |", False)
@example("1\tGia Lai: Một cửa", False)  # a web page sets no table apart by tabs
def test_a_table_row_is_looked_for_where_the_whole_reading_finds_one(
    text: str, paged: bool
) -> None:
    assert _table_row(text, paged) == _table_row_read_whole(text, paged)


@given(_TOC_LINES)
@example("1. Gia Lai: Một cửa.....\t1      2. Một cửa.....\t3")
@example("1. Gia Lai: Một cửa.....\t12")
@example("1. Gia Lai: Một cửa   3   2. Một cửa   4")
def test_two_columns_are_looked_for_where_the_whole_reading_finds_them(text: str) -> None:
    assert _toc_columns(text) == _toc_columns_read_whole(text)


#: Words before a province's name: a unit's, a person's, a family name, in any case, others.
_PLACE_WORDS = st.sampled_from(
    [
        "xã", "Xã", "XÃ", "phường", "đường", "thôn", "ông", "Ông", "chị", "bà", "Nguyễn",
        "NGUYỄN", "Thị", "anh", "em", "các", "20", "tỉnh", "tại", "về", "xã/phường", "xã,",
        "thành", "phố", "thị", "quốc", "lộ", "tiết", _JOIN, f"{_JOIN}xã", "kiểm",
    ]
)  # fmt: skip
_GAPS = st.sampled_from([" ", "  ", "\u00a0", "\t", ", ", " ¶ "])


@given(st.lists(st.tuples(_PLACE_WORDS, _GAPS), max_size=6), st.sampled_from([" ", "  ", ""]))
@example([("xã", "  ")], "")  # two spaces: the word is further back
@example([(f"{_JOIN}ông", " ")], "")
def test_a_name_is_tested_for_a_unit_or_a_person_wherever_either_may_hold(
    words: list[tuple[str, str]], gap: str
) -> None:
    text = "".join(word + space for word, space in words) + gap + "Hà Nội"
    start = len(text) - len("Hà Nội")
    if _unit_named(text, start) or _person_named(text, start):
        assert _may_name_no_place(text, start)


_NAME_PIECES = st.sampled_from(
    [
        "Minh", "Anh", "Thu", "Hà", "Baonamdinh.vn", "28/12", ",", ";", " ", " - ", " và ",
        " & ", "-", "PV", "(t/h)", " tổng hợp", "TTXVN/Vietnamplus.vn", "Đức", "x,y", "A.",
    ]
)  # fmt: skip


@given(st.lists(_NAME_PIECES, max_size=8).map("".join))
@example("Baonamdinh.vn 28/12, Đức Hà")
@example(" - Minh Anh")
@example("A.,Minh Anh")
def test_a_first_word_turned_down_is_no_first_writer(names: str) -> None:
    if _first_word_no_name(names):
        first = _AUTHOR_SEPARATOR_RE.split(names)[0].strip()
        assert not _is_persons_name(_ROLE_AFTER_RE.sub("", first))
