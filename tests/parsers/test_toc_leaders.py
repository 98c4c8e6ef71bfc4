"""Leaders a paged TOC prints between a title and its page, as word processors and PDF text give
them: an ellipsis glued to the page ("Title…12", "Title… 12", "Title….12"), dots spaced out
unevenly ("Title .. . .. 12", "Title. .. . 12"), a leader between tabs."""

from __future__ import annotations

import pytest

from bantin.model import Bulletin
from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins
from tests.parsers.fixtures import print_masthead, sectioned_body

_ARTICLES = (
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Quảng Trị: Rút ngắn thời gian cấp sổ đỏ"),
    ("CẢI CÁCH ĐỊA PHƯƠNG", "Vĩnh Long: Hồ sơ đất đai nộp qua mạng tăng"),
    ("QUẢN LÝ HÀNH CHÍNH", "Rà soát thủ tục nội bộ trong cơ quan sở"),
)
_PAGES = (2, 4, 7)
_HEAD = print_masthead("06/01/2025", "THỨ HAI")


def _body() -> list[str]:
    return sectioned_body(
        _ARTICLES,
        "Bộ phận tiếp nhận đã trả kết quả sớm cho phần lớn hồ sơ trong tuần.",
        "Người dân được nhắn tin khi hồ sơ có kết quả. (Baoquangtri.vn 05/01, Thu Hà) "
        "[Về đầu trang](#)",
    )


def _toc(leader: str) -> list[str]:
    """The TOC with ``leader`` between each line's text and its page ("{}" stands for the page)."""
    (s1, t1), (_, t2), (s2, t3) = _ARTICLES
    return [
        f"{s1}{leader.format(2)}",
        f"1. {t1}{leader.format(2)}",
        f"2. {t2}{leader.format(4)}",
        f"{s2}{leader.format(7)}",
        f"3. {t3}{leader.format(7)}",
    ]


def _digest(toc: list[str]) -> Bulletin:
    lines = [*_HEAD, *toc, *_body(), "Biên tập viên: Lê Thu Trang"]
    return parse_text("\n\n".join(lines), "leaders.txt")


def _toc_findings(bulletin: Bulletin) -> list[str]:
    return [f.rule for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]


def _assert_read_as_printed(bulletin: Bulletin) -> None:
    assert [(s.name, s.page) for s in bulletin.sections] == [
        ("CẢI CÁCH ĐỊA PHƯƠNG", 2),
        ("QUẢN LÝ HÀNH CHÍNH", 7),
    ]
    assert [(e.number, e.title, e.section, e.page) for e in bulletin.toc] == [
        (str(n), title, section, page)
        for n, ((section, title), page) in enumerate(zip(_ARTICLES, _PAGES, strict=True), 1)
    ]
    assert [a.title for a in bulletin.articles] == [t for _, t in _ARTICLES]
    assert _toc_findings(bulletin) == []


@pytest.mark.parametrize(
    "leader",
    ["…{}", "… {}", "…  {}", "….{}", "…. {}", "…...{}", " …{}", "… . {}", "\t…{}", "\t\t…{}"],
    ids=[
        "glued",
        "space",
        "two-spaces",
        "ellipsis-dot",
        "ellipsis-dot-space",
        "ellipsis-dots",
        "space-before",
        "spaced-dot",
        "tab-before",
        "tabs-before",
    ],
)
def test_an_ellipsis_glued_to_the_page_is_the_leader(leader: str) -> None:
    """A word processor turns three typed dots into one "…"; with the tab lost, the page follows
    it directly: the title and section were published with "…2" on their ends, no page."""
    _assert_read_as_printed(_digest(_toc(leader)))


@pytest.mark.parametrize(
    "leader",
    [" .. . .. . {}", ". .. . .. {}", " . .. . {}", ".. . .{}", " . . . . {}", "\t.......\t{}"],
    ids=["two-one", "one-two", "mixed", "close", "spaced", "between-tabs"],
)
def test_dots_spaced_out_unevenly_are_one_leader(leader: str) -> None:
    """Dots with single spaces among some of them (". .. . .."): a dot was kept on the title."""
    _assert_read_as_printed(_digest(_toc(leader)))


def test_a_title_cut_short_keeps_its_ellipsis_before_a_glued_page() -> None:
    """An ellipsis that ends a title the TOC cut short stays, as before a tab: the body prints the
    title longer."""
    toc = _toc("…{}")
    toc[1] = "1. Quảng Trị: Rút ngắn thời gian…2"
    bulletin = _digest(toc)
    assert (bulletin.toc[0].title, bulletin.toc[0].page) == ("Quảng Trị: Rút ngắn thời gian…", 2)


@pytest.mark.parametrize(
    "title",
    ["Đề án 06… 2024", "Kết quả năm 2024…", "Kết quả năm 2024… tháng"],
)
def test_a_year_or_words_after_an_ellipsis_are_no_page(title: str) -> None:
    """Guards: four digits after an ellipsis are a year, and words are the title's own."""
    toc = _toc(".....\t{}")
    toc[1] = f"1. {title}.....\t2"
    bulletin = _digest(toc)
    assert bulletin.toc[0].title == title and bulletin.toc[0].page == 2


def test_an_ellipsis_before_a_number_in_a_web_toc_is_the_title() -> None:
    """A web TOC prints no page: a number after an ellipsis is the title's."""
    (s1, t1), (_, t2), (s2, t3) = _ARTICLES
    toc = [s1, f"1.\u00a0\u00a0 {t1}", f"2.\u00a0\u00a0 {t2}… 5", s2, f"3.\u00a0\u00a0 {t3}"]
    lines = ["Bản tin Cải cách hành chính ngày 06/01/2025", *toc, *_body()]
    bulletin = parse_text("\n\n".join(lines), "web.txt")
    assert bulletin.toc[1].title == f"{t2}… 5" and bulletin.toc[1].page is None


def test_ellipses_then_one_space_on_most_entries_under_paged_headings() -> None:
    """ "Title… 4" on two entries of three, the headings and the other entry with a leader and a
    tab: the one-space pages were read only where most entries (headings not counted) had a
    page, and the two titles were published with "… 4" on their ends (toc.body-mismatch)."""
    toc = _toc(".....\t{}")
    toc[2] = toc[2].replace(".....\t4", "… 4")
    toc[4] = toc[4].replace(".....\t7", "… 7")
    _assert_read_as_printed(_digest(toc))


def test_a_title_ending_with_a_number_keeps_it_where_no_page_fits() -> None:
    """Guard: "… khu phố 12" among pages 2 to 7 is no page (past the next page): the title keeps
    its number, and toc.body-mismatch is not made up."""
    toc = _toc(".....\t{}")
    toc[2] = "2. Vĩnh Long: Hồ sơ đất đai nộp qua mạng tăng 12"
    bulletin = _digest(toc)
    assert (bulletin.toc[1].title, bulletin.toc[1].page) == (
        "Vĩnh Long: Hồ sơ đất đai nộp qua mạng tăng 12",
        None,
    )
