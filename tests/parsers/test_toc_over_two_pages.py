"""A print TOC that runs over two pages, as text taken from a PDF prints it: the first page's
number ("- 1 -", "Trang 1", "1") and maybe the next page's running head ("BẢN TIN CẢI CÁCH HÀNH
CHÍNH") between two of its lines. The TOC goes on after them; a page break after its last line
still ends it."""

from __future__ import annotations

import pytest

from bantin.model import Bulletin
from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins
from tests.parsers.fixtures import sectioned_body

_HEAD = (
    "Năm 2025",
    "THỨ HAI",
    "Phát hành: 13/01/2025",
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH",
    "(Phát hành hàng ngày từ thứ Hai đến thứ Sáu)",
)
_ARTICLES = (
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Lâm Đồng: Một cửa liên thông đất đai cấp xã"),
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Bến Tre: Công khai tiến độ hồ sơ qua tin nhắn"),
    ("QUẢN LÝ HÀNH CHÍNH", "Tinh gọn đầu mối trong các sở, ngành"),
    ("QUẢN LÝ HÀNH CHÍNH", "Đánh giá cán bộ theo kết quả công việc"),
)
_PAGES = (2, 3, 5, 6)


def _body(numbered: bool = False) -> list[str]:
    titles = [
        (name, f"{n}. {title}" if numbered else title)
        for n, (name, title) in enumerate(_ARTICLES, 1)
    ]
    return sectioned_body(
        titles,
        "Thời gian giải quyết hồ sơ rút ngắn còn một nửa so với quy định.",
        "Người dân đánh giá cao sự thay đổi. (Baolamdong.vn 12/01, Quốc Hưng) [Về đầu trang](#)",
    )


def _toc() -> list[str]:
    lines: list[str] = []
    section = None
    for n, ((name, title), page) in enumerate(zip(_ARTICLES, _PAGES, strict=True), 1):
        if name != section:
            lines.append(f"{name}.....\t{page}")
            section = name
        lines.append(f"{n}. {title}.....\t{page}")
    return lines


def _digest(toc: list[str], body: list[str] | None = None) -> Bulletin:
    return parse_text("\n\n".join([*_HEAD, *toc, *(body or _body())]), "two-pages.txt")


_BREAKS = {
    "dashes": ["- 1 -"],
    "word": ["Trang 1"],
    "bare": ["1"],
    "word-and-head": ["Trang 1", "BẢN TIN CẢI CÁCH HÀNH CHÍNH"],
    "head-with-page": ["BẢN TIN CẢI CÁCH HÀNH CHÍNH - 2"],
}


@pytest.mark.parametrize("at", [2, 3], ids=["before-a-heading", "between-entries"])
@pytest.mark.parametrize("kind", list(_BREAKS))
def test_a_toc_over_two_pages_reads_whole(kind: str, at: int) -> None:
    """Before, the TOC ended at the page's number: its last entries were articles with no body,
    and toc.body-mismatch held back the digest."""
    toc = _toc()
    toc[at:at] = _BREAKS[kind]
    bulletin = _digest(toc)
    assert [(e.number, e.title, e.section, e.page) for e in bulletin.toc] == [
        (str(n), title, section, page)
        for n, ((section, title), page) in enumerate(zip(_ARTICLES, _PAGES, strict=True), 1)
    ]
    assert [s.name for s in bulletin.sections] == ["CẢI CÁCH ĐỊA PHƯƠNG", "QUẢN LÝ HÀNH CHÍNH"]
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]
    assert not [f for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]


@pytest.mark.parametrize("numbered", [False, True], ids=["titles", "numbered-titles"])
def test_a_page_break_after_the_toc_still_ends_it(numbered: bool) -> None:
    """Guard: the page's number after the TOC's last line, then the body (its titles numbered as
    in the TOC or not): the body is read as before."""
    bulletin = _digest([*_toc(), "- 1 -"], _body(numbered))
    assert len(bulletin.toc) == len(_ARTICLES)
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]
    assert not [f for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]
