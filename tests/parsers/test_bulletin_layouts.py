"""Whole-bulletin layouts of print and web editions, written by hand in the forms real
reform bulletins take (the project's own text)."""

from __future__ import annotations

import pytest

from bantin.model import Article, Bulletin
from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins
from tests.parsers.fixtures import PRINT_DIGEST, WEB_DIGEST

#: The two lines a PDF's page prints at its top: the digest's title, the issue under it.
_TWO_LINE_HEADS = [
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH\nNgày 03/01/2025",
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH\nSố 02 - Ngày 03/01/2025",
    "Bản tin Cải cách hành chính\nNgày 03/01/2025 - Trang 2",
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH\nSố 01 - Tháng 1/2025",
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH\nQuý I/2025",
    # The title with its subject as initials, the issue and the page on one line.
    "Bản tin CCHC số 01/2025\t2",
    "BẢN TIN CCHC\nSố 01 - Ngày 03/01/2025",
]


@pytest.mark.parametrize("head", _TWO_LINE_HEADS)
def test_a_running_head_in_two_lines_is_page_furniture(head: str) -> None:
    # Between two articles (before a section's heading) and inside a paragraph a page break split.
    text = PRINT_DIGEST.replace(
        "\nQUẢN LÝ HÀNH CHÍNH\n\nKiểm", f"\n{head}\n\nQUẢN LÝ HÀNH CHÍNH\n\nKiểm", 1
    ).replace("Ngày 2/1, tỉnh công bố", f"Ngày 2/1, tỉnh\n\n{head}\n\ncông bố", 1)
    bulletin = parse_text(text, "heads.txt")
    assert [a.title for a in bulletin.articles] == [e.title for e in bulletin.toc]
    second = bulletin.articles[1]
    assert (
        second.paragraphs[0].text == "Ngày 2/1, tỉnh công bố 224/224 (100%) xã hoàn thành số hóa."
    )
    assert not [f for f in validate_bulletins([bulletin]) if f.severity.name == "ERROR"]


def _rules(bulletin: Bulletin) -> list[str]:
    """The rules of a bulletin's findings, in order."""
    return [finding.rule for finding in validate_bulletins([bulletin])]


def _note(article: Article) -> tuple[str, str, tuple[str, ...]] | None:
    """An article's source note, wherever its line is."""
    cited = article.citation
    return None if cited is None else (cited.outlet, cited.date_text, cited.authors)


def _toc_moved_to_the_end(digest: str, first: str, last: str, heading: str, end: str) -> str:
    """``digest`` with its TOC, from the line opening with ``first`` to the one opening with
    ``last``, printed after its articles under ``heading``, before ``end`` (the page's last
    lines, if any)."""
    lines = digest.rstrip("\n").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    stop = next(i for i, line in enumerate(lines) if line.startswith(last))
    toc = lines[start : stop + 1]
    rest = [*lines[:start], *lines[stop + 1 :]]
    tail = rest.index(end) if end else len(rest)
    return "\n".join([*rest[:tail], "", heading, "", *toc, "", *rest[tail:], ""])


@pytest.mark.parametrize("heading", ["MỤC LỤC", "TRONG SỐ NÀY", "NỘI DUNG CHÍNH"])
def test_a_web_toc_printed_after_the_articles_is_read_as_the_toc(heading: str) -> None:
    # The page's own "More" and page count after it: furniture, as after the articles.
    moved = _toc_moved_to_the_end(WEB_DIGEST, "CẢI CÁCH ĐỊA PHƯƠNG", "2.", heading, "More")
    got, want = parse_text(moved, "w.txt"), parse_text(WEB_DIGEST, "w.txt")
    assert [(e.number, e.title, e.section) for e in got.toc] == [
        (e.number, e.title, e.section) for e in want.toc
    ]
    assert [(a.title, a.body, a.section, _note(a)) for a in got.articles] == [
        (a.title, a.body, a.section, _note(a)) for a in want.articles
    ]
    assert not validate_bulletins([got])


@pytest.mark.parametrize("heading", ["TRONG SỐ NÀY", "NỘI DUNG CHÍNH"])
def test_a_print_toc_after_the_articles_may_stand_under_other_headings(heading: str) -> None:
    moved = _toc_moved_to_the_end(PRINT_DIGEST, "CẢI CÁCH ĐỊA PHƯƠNG.....", "3. Kiểm", heading, "")
    got, want = parse_text(moved, "p.txt"), parse_text(PRINT_DIGEST, "p.txt")
    assert [(e.number, e.title, e.page) for e in got.toc] == [
        (e.number, e.title, e.page) for e in want.toc
    ]
    assert [(a.title, a.body) for a in got.articles] == [(a.title, a.body) for a in want.articles]


@pytest.mark.parametrize(("first", "second"), [("1.", "2."), ("I.", "II.")])
@pytest.mark.parametrize("body_numbered", [False, True])
def test_a_toc_numbered_in_two_levels_under_numbered_sections(
    first: str, second: str, body_numbered: bool
) -> None:
    # "1. CẢI CÁCH ĐỊA PHƯƠNG ..... 1" / "1.1. Title ..... 1", as a quarterly's TOC prints them;
    # the body may number its headings and titles as the TOC does.
    text = (
        PRINT_DIGEST.replace("CẢI CÁCH ĐỊA PHƯƠNG.....", f"{first} CẢI CÁCH ĐỊA PHƯƠNG.....")
        .replace("QUẢN LÝ HÀNH CHÍNH……", f"{second} QUẢN LÝ HÀNH CHÍNH……")
        .replace("1. Hà Nam", "1.1. Hà Nam", 1)
        .replace("2. Lào Cai", "1.2. Lào Cai", 1)
        .replace("3. Kiểm tra", "2.1. Kiểm tra", 1)
    )
    if body_numbered:
        text = text.replace(
            "\nCẢI CÁCH ĐỊA PHƯƠNG\n\nHà Nam", f"\n{first} CẢI CÁCH ĐỊA PHƯƠNG\n\n1.1. Hà Nam"
        )
    plain = parse_text(PRINT_DIGEST, "plain.txt")
    got = parse_text(text, "nested.txt")
    assert [e.number for e in got.toc] == ["1.1", "1.2", "2.1"]
    assert [s.name for s in got.sections] == [
        f"{first} CẢI CÁCH ĐỊA PHƯƠNG",
        f"{second} QUẢN LÝ HÀNH CHÍNH",
    ]
    assert [(a.title, a.body) for a in got.articles] == [(a.title, a.body) for a in plain.articles]
    assert [a.section for a in got.articles] == [e.section for e in got.toc]
    assert _rules(got) == _rules(plain)


def test_a_toc_numbered_in_two_levels_out_of_order_is_reported() -> None:
    text = (
        PRINT_DIGEST.replace("CẢI CÁCH ĐỊA PHƯƠNG.....", "1. CẢI CÁCH ĐỊA PHƯƠNG.....")
        .replace("QUẢN LÝ HÀNH CHÍNH……", "2. QUẢN LÝ HÀNH CHÍNH……")
        .replace("1. Hà Nam", "1.1. Hà Nam", 1)
        .replace("2. Lào Cai", "1.3. Lào Cai", 1)
        .replace("3. Kiểm tra", "2.1. Kiểm tra", 1)
    )
    got = parse_text(text, "nested.txt")
    plain = parse_text(PRINT_DIGEST, "plain.txt")
    assert _rules(got) == ["toc.numbering", *_rules(plain)]
