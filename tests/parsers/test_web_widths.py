"""A web digest reads the same whichever tool printed its page as text: a paragraph to a line with
blank lines between (a browser's copy), a paragraph to a line with none (an HTML parser's text),
or broken at a text browser's width with its links numbered ("lynx -dump")."""

from __future__ import annotations

import dataclasses
import textwrap

import pytest

from bantin.parsers import parse_text
from bantin.parsers.digest import non_empty
from bantin.parsers.web_text import wrapped_at_width

#: Three paragraphs, each longer than a text browser's widest line; the second ends a sentence
#: where a line of 71 to 76 columns ends ("… 12 xã." then "Trong đó, …" on the next line).
PARAGRAPHS = (
    "Sáng 3/5, Sở Nội vụ tỉnh Hà Nam tổ chức hội nghị sơ kết công tác cải cách hành chính quý I, "
    "trong đó nhấn mạnh việc số hóa hồ sơ tại bộ phận một cửa các cấp.",
    "Theo báo cáo, toàn tỉnh đã tiếp nhận 12.450 hồ sơ trực tuyến tại 12 xã. Trong đó, 11.980 "
    "hồ sơ được giải quyết đúng hạn, đạt 96,2%; số còn lại đang được xử lý theo quy định.",
    "Thời gian tới, tỉnh tiếp tục rà soát, cắt giảm thủ tục hành chính không cần thiết và nâng "
    "cao chất lượng phục vụ người dân, doanh nghiệp. (Baohanam.com.vn 03/5, Minh Anh)",
)
TITLE = "Hà Nam: Số hóa hồ sơ tại bộ phận một cửa"


def _page(paragraphs: list[str], *, blank: bool, toc_link: str = "", back_link: str = "") -> str:
    head = [
        "Bản tin Cải cách hành chính ngày 06/5/2024",
        "",
        "CẢI CÁCH ĐỊA PHƯƠNG",
        "",
        f"1. {toc_link}{TITLE}",
        "",
        "CẢI CÁCH ĐỊA PHƯƠNG",
        "",
        TITLE,
        "",
    ]
    body: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if index and blank:
            body.append("")
        body.append(paragraph)
    body[-1] += f"{back_link}Về đầu trang"
    return "\n".join([*head, *body, ""])


def _paragraphs(text: str) -> list[str]:
    (article,) = parse_text(text, "page.txt").articles
    return [p.text for p in article.paragraphs]


def _dumped(width: int) -> str:
    """The page as "lynx -dump" prints it at ``width`` columns."""
    lines = []
    for line in _page(list(PARAGRAPHS), blank=True, toc_link="[3]", back_link="[4]").split("\n"):
        wrapped = textwrap.wrap(line, width, break_on_hyphens=False) or [""]
        lines += [f"   {piece}" if piece else "" for piece in wrapped]
    references = [f"{n:>4}. https://cchc.example.gov.vn/ban-tin#{n}" for n in range(1, 5)]
    return "\n".join([*lines, "", "References", "", *references, ""])


def test_a_paragraph_to_a_line_reads_alike_with_blank_lines_between_or_none() -> None:
    expected = [*PARAGRAPHS[:2], PARAGRAPHS[2].removesuffix(" (Baohanam.com.vn 03/5, Minh Anh)")]
    assert _paragraphs(_page(list(PARAGRAPHS), blank=True)) == expected
    assert _paragraphs(_page(list(PARAGRAPHS), blank=False)) == expected


@pytest.mark.parametrize("width", [60, 72, 80, 100])
def test_a_page_dumped_by_a_text_browser_keeps_its_paragraphs_whole(width: int) -> None:
    text = _dumped(width)
    if width == 72:  # the second paragraph's first sentence ends a line there
        assert any(line.endswith("tại 12 xã.") for line in text.split("\n"))
    want = parse_text(_page(list(PARAGRAPHS), blank=True), "page.txt")
    got = parse_text(text, "page.txt")
    assert [e.title for e in got.toc] == [e.title for e in want.toc] == [TITLE]
    assert _paragraphs(text) == [p.text for p in want.articles[0].paragraphs]
    cited, expected = got.articles[0].citation, want.articles[0].citation
    assert cited is not None and expected is not None
    assert cited == dataclasses.replace(expected, line=cited.line)


def test_only_a_body_of_short_lines_next_to_each_other_is_wrapped() -> None:
    def body(text: str) -> bool:
        return wrapped_at_width(non_empty(text.split("\n")))

    assert body(_dumped(80))
    assert not body(_page(list(PARAGRAPHS), blank=False))  # long lines: a paragraph each
    assert not body(_page(list(PARAGRAPHS), blank=True))  # no two lines next to each other
