"""A TOC copied from a PDF's table a cell to a line ("1" / "Title" / "5") numbers its entries
1, 2, 3 …: a TOC of unnumbered titles whose pages stand alone under them ("Kon Tum: …" / "1" /
"Bạc Liêu: …" / "3") is no such TOC, whose pages would be read as the entries' numbers and
every other title as their titles. It is refused as a TOC of unnumbered titles, as before."""

from __future__ import annotations

import pytest

from bantin.errors import MalformedBulletin
from bantin.parsers import parse_text
from tests.parsers.fixtures import print_masthead, sectioned_body

_HEAD = print_masthead("09/01/2025", "THỨ NĂM")
_ARTICLES = (
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Kon Tum: Đưa dịch vụ công về tận thôn"),
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Bạc Liêu: Bớt một nửa giấy tờ khi làm thủ tục đất đai"),
    ("QUẢN LÝ HÀNH CHÍNH", "Chấn chỉnh việc trả hồ sơ quá hạn"),
    ("QUẢN LÝ HÀNH CHÍNH", "Kiểm tra công vụ đột xuất tại các xã"),
    ("CHÍNH QUYỀN SỐ", "Hà Nam: Cấp chữ ký số cho cán bộ xã"),
)
_PAGES = (1, 3, 5, 6, 8)
#: Pages two short articles share each: alone, they would count 1, 2, 3 as entries' numbers do.
_SHARED_PAGES = (1, 1, 2, 2, 3)


def _body() -> list[str]:
    return sectioned_body(
        _ARTICLES,
        "Các xã đã bố trí cán bộ hướng dẫn người dân nộp hồ sơ qua mạng.",
        "Kết quả được trả đúng hẹn. (Baokontum.vn 08/01, Hồng Nhung) [Về đầu trang](#)",
    )


def _toc(numbered: bool, headings: bool, pages: tuple[int, ...] = _PAGES) -> list[str]:
    lines: list[str] = []
    section = None
    for n, ((name, title), page) in enumerate(zip(_ARTICLES, pages, strict=True), 1):
        if headings and name != section:
            lines.append(name)
            section = name
        lines += [str(n), title, str(page)] if numbered else [title, str(page)]
    return lines


def _text(toc: list[str]) -> str:
    return "\n\n".join([*_HEAD, *toc, *_body()])


@pytest.mark.parametrize("pages", [_PAGES, _SHARED_PAGES], ids=["pages", "shared-pages"])
@pytest.mark.parametrize("headings", [False, True], ids=["no-headings", "headings"])
def test_unnumbered_titles_over_their_pages_are_refused(
    headings: bool, pages: tuple[int, ...]
) -> None:
    with pytest.raises(MalformedBulletin, match="number"):
        parse_text(_text(_toc(numbered=False, headings=headings, pages=pages)), "unnumbered.txt")


def test_numbered_cells_still_read_as_the_toc() -> None:
    """Guard: the numbers alone counting 1, 2, 3 … are the entries' numbers."""
    bulletin = parse_text(_text(_toc(numbered=True, headings=False)), "numbered.txt")
    assert [(e.number, e.title, e.page) for e in bulletin.toc] == [
        (str(n), title, page)
        for n, ((_, title), page) in enumerate(zip(_ARTICLES, _PAGES, strict=True), 1)
    ]
