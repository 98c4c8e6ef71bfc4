"""A paged TOC that prints each entry's page before its title and numbers none of them ("3
Gia Lai: …", as a magazine's "TRONG SỐ NÀY" sets them): bantin reads numbered TOCs only, so the
file is refused, naming the TOC's lines and what to change. A table of figures in the first
article of a digest without a TOC ("1   Xã Tân Lập   98%") is no such TOC."""

from __future__ import annotations

import pytest

from bantin.errors import MalformedBulletin
from bantin.parsers import parse_text
from tests.parsers.fixtures import print_masthead, sectioned_body

_HEAD = print_masthead("09/01/2025", "THỨ NĂM")
_ARTICLES = (
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Kon Tum: Đưa dịch vụ công về tận thôn"),
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Bạc Liêu: Giảm một nửa giấy tờ khi làm thủ tục"),
    ("QUẢN LÝ HÀNH CHÍNH", "Chấn chỉnh việc trả hồ sơ quá hạn"),
)
_PAGES = (3, 5, 8)


def _body() -> list[str]:
    return sectioned_body(
        _ARTICLES,
        "Các xã đã bố trí cán bộ hướng dẫn người dân nộp hồ sơ qua mạng.",
        "Kết quả được trả đúng hẹn. (Baokontum.vn 08/01, Hồng Nhung) [Về đầu trang](#)",
    )


def _text(toc: list[str], body: list[str] | None = None) -> str:
    return "\n\n".join([*_HEAD, *toc, *(_body() if body is None else body)])


def _pages_first(gap: str, headings: bool, heading_pages: bool = False) -> list[str]:
    lines: list[str] = []
    section = None
    for (name, title), page in zip(_ARTICLES, _PAGES, strict=True):
        if headings and name != section:
            lines.append(f"{page}{gap}{name}" if heading_pages else name)
            section = name
        lines.append(f"{page}{gap}{title}")
    return lines


@pytest.mark.parametrize("gap", ["   ", "\t", "  ", " \t "], ids=["spaces", "tab", "two", "mixed"])
@pytest.mark.parametrize(
    ("headings", "heading_pages"),
    [(True, False), (True, True), (False, False)],
    ids=["headings", "paged-headings", "no-headings"],
)
def test_a_toc_with_pages_first_and_no_numbers_is_refused_naming_its_lines(
    gap: str, headings: bool, heading_pages: bool
) -> None:
    """Refused before with a message about a heading printed twice or about titles listed in
    the first article; now the message says that the pages come first and names the lines."""
    text = _text(_pages_first(gap, headings, heading_pages))
    lines = text.split("\n")
    toc_lines = [n for n, line in enumerate(lines, 1) if line[:1].isdigit()]
    with pytest.raises(MalformedBulletin) as raised:
        parse_text(text, "pages-first.txt")
    reason = raised.value.reason
    assert "pages before their titles" in reason
    assert f"lines {', '.join(map(str, toc_lines[:3]))}" in reason
    assert raised.value.line == toc_lines[0]
    assert "number them '1. Title'" in reason


def test_a_table_of_figures_in_the_first_article_is_no_toc() -> None:
    """Guard: rows that open with a number and a gap, whose text no line prints again, are the
    first article's, as before (a digest printed without a TOC)."""
    (_, first), *_ = _ARTICLES
    table = ["1   Xã Đăk Hà   98%", "2   Xã Sa Thầy   96%", "3   Xã Ngọc Hồi   95%"]
    body = _body()
    at = body.index(first) + 1
    body[at:at] = table
    bulletin = parse_text(_text([], body), "no-toc.txt")
    assert bulletin.toc == ()
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]
