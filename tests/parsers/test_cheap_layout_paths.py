"""The cheap tests put before slower ones (a TOC table's row, two TOC columns on a line, a
province's name after a unit's or a person's word, a byline's first writer) turn down only what
the slow tests turn down: on text built to hit their edges, they give what the slow path gives."""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers import notes
from bantin.parsers.digest import (
    _COLUMN_GAP_RE,
    Line,
    _first_before_an_end,
    _may_read_as_a_table,
    _table_cells,
    _table_row,
    _toc_columns,
    _toc_item,
    _toc_row,
    toc_table_read,
)
from bantin.parsers.notes import (
    _AUTHOR_SEPARATOR_RE,
    _ROLE_AFTER_RE,
    _first_word_no_name,
    _is_persons_name,
    byline,
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


#: Lines before, in and after a TOC: its lines with a page after a tab, a table's rows and header,
#: paragraphs, a back-to-top link.
_TOC_AREA_LINES = st.one_of(
    _TOC_LINES,
    st.sampled_from(
        [
            "1. Gia Lai: Một cửa.....\t1", "CẢI CÁCH ĐỊA PHƯƠNG.....\t3", "Gia Lai\t 3",
            "3\t1. Gia Lai: Một cửa", "TT\tTên bài\tTrang", "Tên bài\tTrang", "Tin vắn\t12",
            "| 1 | Gia Lai: Một cửa | 3 |", "Người dân hài lòng.", "[Về đầu trang](#)",
            "1\tXã A\t95", "x" * 201, "Kết quả", "1. Gia Lai: Một cửa", "2. Một cửa \t2",
        ]
    ),
)  # fmt: skip


@given(st.lists(_TOC_AREA_LINES, max_size=8), st.booleans())
@example(["Tên bài\tTrang", "1. Gia Lai: Một cửa.....\t1", "2. Một cửa.....\t2"], True)
@example(["Kết quả.", "1. Gia Lai: Một cửa.....\t1", "3\t1. Gia Lai: Một cửa"], True)
@example(["Kết quả.", "1. Gia Lai: Một cửa.....\t1", "Kết quả", "3\t1. Gia Lai"], True)
def test_a_toc_table_is_read_wherever_reading_it_may_change_the_lines(
    texts: list[str], paged: bool
) -> None:
    lines = [Line(number, text) for number, text in enumerate(texts, 1)]
    read = toc_table_read(lines, paged)
    assert read == _toc_table_read_whole(lines, paged)
    if not _may_read_as_a_table(lines, paged):
        assert read == lines


def _toc_table_read_whole(lines: list[Line], paged: bool) -> list[Line]:
    """``toc_table_read`` as it read every TOC: each row looked for and read."""
    start = _first_before_an_end(lines, lambda text: _table_row(text, paged) is not None)
    if start is None:
        return lines
    rows: list[Line] = []
    end = start
    while end < len(lines) and (row := _table_row(lines[end].text, paged)) is not None:
        if row:
            rows.append(Line(lines[end].number, row))
        end += 1
    return lines if len(rows) < 2 else [*lines[:start], *rows, *lines[end:]]


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


#: Pieces of a byline: roles, notes, names, outlets, dates, separators.
_BYLINE_PIECES = st.sampled_from(
    [
        "Minh", "Anh", "Thu", "Hà", "Baonamdinh.vn", "28/12", ",", ";", ":", " ", " - ", " và ",
        "Bài:", "Bài", "Tin/ảnh", "Tin,ảnh", "Bài&ảnh", "Bài+ảnh", " : ", "Ảnh:", "ảnh",
        "Minh(t/h)", "(tổng hợp)", "(Sở Nội vụ)", "Sở Nội vụ", "PV", "Nhóm PV", "TTXVN/VOV",
        "A.", ".", "(", ")", "Theo",
    ]
)  # fmt: skip


@given(st.lists(_BYLINE_PIECES, max_size=8).map("".join))
@example("Tin/ảnh : Minh Anh")
@example("Bài,ảnh: Minh Anh")
@example("Minh(t/h) Anh")
@example("Baonamdinh.vn 28/12, Đức Hà")
def test_a_byline_turned_down_early_is_one_the_whole_reading_turns_down(text: str) -> None:
    with mock.patch.object(notes, "_first_word_no_name", return_value=False):
        whole = byline(text)
    assert byline(text) == whole
