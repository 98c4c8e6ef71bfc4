"""A paged TOC set in a table whose page column comes first, its numbered entries and headings
after it ("3\\t1. Title", or laid out with spaces, "3    1. Title"), with section headings on rows
of their own that print no page (a merged cell): read as the TOC it is."""

from __future__ import annotations

import pytest

from bantin.model import Bulletin
from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins
from tests.parsers.fixtures import print_masthead, sectioned_body

_HEAD = print_masthead("07/01/2025", "THỨ BA")
_ARTICLES = (
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Ninh Bình: Cấp phiếu lý lịch tư pháp qua ứng dụng"),
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Phú Yên: Hướng dẫn viên tại Trung tâm Phục vụ hành chính công"),
    ("QUẢN LÝ HÀNH CHÍNH", "Kiểm tra việc chấp hành giờ làm việc đầu năm"),
)
_PAGES = (2, 4, 6)


def _body() -> list[str]:
    return sectioned_body(
        _ARTICLES,
        "Người dân không phải đến trụ sở mà vẫn nhận được kết quả đúng hẹn.",
        "Mỗi tháng đơn vị tổng hợp ý kiến góp ý. (Baophuyen.vn 06/01, Ngọc Hân) [Về đầu trang](#)",
    )


def _toc(gap: str, heading_pages: bool) -> list[str]:
    lines: list[str] = []
    section = None
    for number, ((name, title), page) in enumerate(zip(_ARTICLES, _PAGES, strict=True), 1):
        if name != section:
            lines.append(f"{page}{gap}{name}" if heading_pages else name)
            section = name
        lines.append(f"{page}{gap}{number}. {title}")
    return lines


def _digest(toc: list[str]) -> Bulletin:
    return parse_text("\n\n".join([*_HEAD, *toc, *_body()]), "page-first.txt")


@pytest.mark.parametrize("gap", ["\t", "    ", "  "], ids=["tab", "spaces", "two-spaces"])
@pytest.mark.parametrize("heading_pages", [False, True], ids=["bare-headings", "paged-headings"])
def test_a_toc_table_with_its_page_column_first_reads_as_printed(
    gap: str, heading_pages: bool
) -> None:
    """With a tab and headings on their own rows, the TOC ended at the second heading and the
    third article was a TOC line in the body; laid out with spaces, it was refused as a TOC of
    unnumbered entries."""
    bulletin = _digest(_toc(gap, heading_pages))
    assert [(e.number, e.title, e.section, e.page) for e in bulletin.toc] == [
        (str(n), title, section, page)
        for n, ((section, title), page) in enumerate(zip(_ARTICLES, _PAGES, strict=True), 1)
    ]
    assert [s.name for s in bulletin.sections] == ["CẢI CÁCH ĐỊA PHƯƠNG", "QUẢN LÝ HÀNH CHÍNH"]
    if heading_pages:
        assert [s.page for s in bulletin.sections] == [2, 6]
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]
    assert not [f for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]


def test_rows_of_figures_in_a_first_article_stay_its_text() -> None:
    """Guard: a digest with no TOC whose first article prints a table of figures, a number and
    a gap first ("1    Xã Gia Viễn    97%"), keeps the rows as its paragraphs."""
    rows = ["1    Xã Gia Viễn    97%", "2    Xã Nho Quan    95%", "3    Xã Yên Mô    94%"]
    body = _body()
    body[2:2] = rows
    bulletin = parse_text("\n\n".join([*_HEAD, *body]), "no-toc.txt")
    assert bulletin.toc == ()
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]
    # The body closes a layout's gaps to one space, as before.
    assert [p.text for p in bulletin.articles[0].paragraphs[:3]] == [
        " ".join(r.split()) for r in rows
    ]
