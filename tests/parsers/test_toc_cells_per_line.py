"""A paged TOC set in a table that a copy from a PDF prints a cell to a line: each entry's number
on a line of its own, then its title, then its page on the title's line or alone after it ("1" /
"Hà Nam: …" / "5"), its headings with their pages under them. Read as the TOC it is; before, the
numbers were no entries and the file was refused as a TOC of unnumbered titles."""

from __future__ import annotations

import pytest

from bantin.model import Bulletin
from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins
from tests.parsers.fixtures import print_masthead, sectioned_body

_HEAD = print_masthead("10/01/2025", "THỨ SÁU")
_ARTICLES = (
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Hà Tĩnh: Trả kết quả thủ tục tại nhà qua bưu điện"),
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Trà Vinh: Thêm quầy hướng dẫn dịch vụ công trực tuyến"),
    ("QUẢN LÝ HÀNH CHÍNH", "Lấy ý kiến người dân về thái độ của công chức"),
)
_PAGES = (1, 3, 5)


def _body() -> list[str]:
    return sectioned_body(
        _ARTICLES,
        "Người dân đăng ký nhận kết quả tại nhà ngay khi nộp hồ sơ.",
        "Phí chuyển phát do ngân sách hỗ trợ. (Baohatinh.vn 09/01, Thu Phương) [Về đầu trang](#)",
    )


def _cells(number: str, page_on_title: bool) -> list[str]:
    lines: list[str] = []
    section = None
    for n, ((name, title), page) in enumerate(zip(_ARTICLES, _PAGES, strict=True), 1):
        if name != section:
            lines += [name, str(page)]
            section = name
        shown = number.format(n)
        lines += [shown, f"{title}.....\t{page}"] if page_on_title else [shown, title, str(page)]
    return lines


def _digest(toc: list[str]) -> Bulletin:
    return parse_text("\n\n".join([*_HEAD, *toc, *_body()]), "cells.txt")


@pytest.mark.parametrize("number", ["{}", "{}."], ids=["bare", "dotted"])
@pytest.mark.parametrize("page_on_title", [False, True], ids=["page-alone", "page-on-title"])
def test_a_toc_copied_a_cell_to_a_line_reads_as_printed(number: str, page_on_title: bool) -> None:
    text = "\n\n".join([*_HEAD, *_cells(number, page_on_title), *_body()])
    bulletin = _digest(_cells(number, page_on_title))
    assert [(e.number, e.title, e.section, e.page) for e in bulletin.toc] == [
        (str(n), title, section, page)
        for n, ((section, title), page) in enumerate(zip(_ARTICLES, _PAGES, strict=True), 1)
    ]
    assert [(s.name, s.page) for s in bulletin.sections] == [
        ("CẢI CÁCH ĐỊA PHƯƠNG", 1),
        ("QUẢN LÝ HÀNH CHÍNH", 5),
    ]
    lines = text.split("\n")
    assert [lines[e.line - 1] for e in bulletin.toc] == [number.format(n) for n in (1, 2, 3)]
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]
    assert not [f for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]


def test_a_page_number_alone_over_the_first_article_is_no_entry() -> None:
    """Guard: a digest with no TOC whose first page prints its number alone ("1") over the first
    heading and title reads as before."""
    bulletin = parse_text("\n\n".join([*_HEAD, "1", *_body()]), "no-toc.txt")
    assert bulletin.toc == ()
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]


def test_pages_alone_under_numbered_entries_and_headings_stay_their_pages() -> None:
    """Guard (the PDF layout law's form): "HEADING" / "1" / "1. Title" / "1" / "HEADING" / "1":
    a number alone under an entry or a heading is its page, and the heading after it is no
    entry's title."""
    sections = ("CẢI CÁCH ĐỊA PHƯƠNG", "LĨNH VỰC CẢI CÁCH", "QUẢN LÝ HÀNH CHÍNH")
    articles = tuple(zip(sections, (t for _, t in _ARTICLES), strict=True))
    toc: list[str] = []
    for n, ((name, title), page) in enumerate(zip(articles, _PAGES, strict=True), 1):
        toc += [name, str(page), f"{n}. {title}", str(page)]
    body: list[str] = []
    for name, title in articles:
        body += [name, title, "Kết quả được trả đúng hẹn. (Baotravinh.vn 09/01) [Về đầu trang](#)"]
    bulletin = parse_text("\n\n".join([*_HEAD, *toc, *body]), "pages-alone.txt")
    assert [(e.number, e.title, e.section, e.page) for e in bulletin.toc] == [
        (str(n), title, name, page)
        for n, ((name, title), page) in enumerate(zip(articles, _PAGES, strict=True), 1)
    ]
    assert [(s.name, s.page) for s in bulletin.sections] == list(zip(sections, _PAGES, strict=True))
