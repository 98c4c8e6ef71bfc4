"""A paged TOC whose headings print no page ("CÔNG VỤ" over "4. Title.....\t6") and one of whose
entries lost its leader and tab ("4. Kiểm tra công vụ … 6"): the number at the title's end is
its page, as it was before the TOC's headings counted against the entries' pages."""

from __future__ import annotations

from bantin.model import Bulletin
from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins
from tests.parsers.fixtures import print_masthead, sectioned_body

_HEAD = print_masthead("09/01/2025", "THỨ NĂM")
_ARTICLES = (
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Kon Tum: Đưa dịch vụ công về tận thôn"),
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Bạc Liêu: Bớt một nửa giấy tờ khi làm thủ tục đất đai"),
    ("QUẢN LÝ HÀNH CHÍNH", "Chấn chỉnh việc trả hồ sơ quá hạn"),
    ("CÔNG VỤ", "Kiểm tra công vụ đột xuất tại các xã"),
    ("CHÍNH QUYỀN SỐ", "Hà Nam: Cấp chữ ký số cho cán bộ xã"),
)
_PAGES = (1, 3, 5, 6, 8)


def _body() -> list[str]:
    return sectioned_body(
        _ARTICLES,
        "Các xã đã bố trí cán bộ hướng dẫn người dân nộp hồ sơ qua mạng.",
        "Kết quả được trả đúng hẹn. (Baokontum.vn 08/01, Hồng Nhung) [Về đầu trang](#)",
    )


def _toc(lost: dict[int, str]) -> list[str]:
    """The TOC, headings without pages; entry ``n`` in ``lost`` prints its page after that gap."""
    lines: list[str] = []
    section = None
    for n, ((name, title), page) in enumerate(zip(_ARTICLES, _PAGES, strict=True), 1):
        if name != section:
            lines.append(name)
            section = name
        lines.append(f"{n}. {title}{lost.get(n, '.........' + chr(9))}{page}")
    return lines


def _digest(toc: list[str]) -> Bulletin:
    return parse_text("\n\n".join([*_HEAD, *toc, *_body()]), "unpaged-headings.txt")


def test_a_page_after_one_space_under_headings_without_pages_is_the_page() -> None:
    bulletin = _digest(_toc({4: " "}))
    assert [(e.title, e.page) for e in bulletin.toc] == [
        (title, page) for (_, title), page in zip(_ARTICLES, _PAGES, strict=True)
    ]
    assert not [f for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]


def test_a_page_glued_to_the_title_under_headings_without_pages_is_the_page() -> None:
    bulletin = _digest(_toc({4: ""}))
    assert (bulletin.toc[3].title, bulletin.toc[3].page) == (_ARTICLES[3][1], 6)


def test_a_number_past_the_next_page_stays_in_the_title() -> None:
    """Guard: "… tại các xã 12" between pages 5 and 8 is no page: the title keeps its number."""
    bulletin = _digest(_toc({4: " 1"}))
    assert (bulletin.toc[3].title, bulletin.toc[3].page) == (f"{_ARTICLES[3][1]} 16", None)


def test_a_toc_of_mostly_unpaged_entries_reads_no_page_at_a_title_end() -> None:
    """Guard: two entries of five with a page are too few to read one at a title's end."""
    bulletin = _digest(_toc({3: " ", 4: " ", 5: " "}))
    assert [e.page for e in bulletin.toc][2:] == [None, None, None]
