"""A web digest reads the same whichever tool printed its page as text: a paragraph to a line with
blank lines between (a browser's copy), a paragraph to a line with none (an HTML parser's text),
or broken at a text browser's width with its links numbered ("lynx -dump")."""

from __future__ import annotations

import dataclasses
import textwrap

import pytest

from bantin.parsers import parse_text
from bantin.parsers.digest import Line, non_empty
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


def test_lines_that_each_end_a_sentence_are_one_paragraph_in_a_dumped_page() -> None:
    """A text browser may break a paragraph after each of its sentences: every line then ends
    with a full stop, and the lines are still one paragraph."""
    lines = ["Một cửa làm việc cả thứ Bảy.", "Hồ sơ được trả trong ngày.", "Người dân hài lòng."]
    more = ["Tỉnh có 12 xã đạt chuẩn.", "Năm 2024 có thêm 5 xã."]
    page = _page([lines[0], "Giữa hai đoạn.", PARAGRAPHS[2]], blank=True)
    page = page.replace(lines[0], "\n".join(lines)).replace("Giữa hai đoạn.", "\n".join(more))
    assert _paragraphs(page)[:2] == [" ".join(lines), " ".join(more)]
    # Two blank lines between paragraphs, as some tools print them: the same paragraphs.
    spaced = page.replace("\n\n", "\n\n\n")
    assert _paragraphs(spaced)[:2] == [" ".join(lines), " ".join(more)]


def _lines(*widths: int) -> list[Line]:
    """Lines of the given widths, all next to each other."""
    return [Line(number, "x" * width) for number, width in enumerate(widths, 1)]


def test_a_body_is_broken_at_a_width_when_nine_in_ten_lines_next_to_another_are_narrow() -> None:
    assert wrapped_at_width(_lines(132, 132, 132, 10))  # three lines with another after them
    assert not wrapped_at_width(_lines(80, 80, 10))  # two are too few to tell
    assert not wrapped_at_width(_lines(133, 133, 133, 10))
    assert wrapped_at_width(_lines(*[80] * 9, 400, 10))  # nine narrow in ten: one left whole
    assert not wrapped_at_width(_lines(*[80] * 8, 400, 400, 10))
    assert not wrapped_at_width(_lines(80, 80, *[400] * 8, 10))


_LAST = "Lào Cai: Đẩy mạnh dịch vụ công trực tuyến toàn trình tại các xã vùng cao"


@pytest.mark.parametrize(
    ("first", "printed"),
    [
        # Shorter than a wrapped title's first line must be to tell it: it tells it whole.
        ("PAPI 2023", ["PAPI 2023"]),
        # Wrapped itself: its first line, a start of it long enough, tells it.
        (
            "Hà Nam: Số hóa toàn bộ hồ sơ tại bộ phận một cửa các cấp",
            ["Hà Nam: Số hóa toàn bộ hồ sơ tại", "bộ phận một cửa các cấp"],
        ),
    ],
)
def test_the_first_title_ends_the_last_title_a_text_browser_wrapped(
    first: str, printed: list[str]
) -> None:
    """The TOC's last title wrapped over two lines ends where the body's first title begins."""
    text = "\n".join(
        [
            "Bản tin Cải cách hành chính ngày 06/5/2024",
            "",
            f"1. {first}",
            "",
            "2. Lào Cai: Đẩy mạnh dịch vụ công trực tuyến toàn trình",
            "tại các xã vùng cao",
            "",
            *printed,
            "",
            "Tỉnh số hóa 95% hồ sơ. (Baohanam.com.vn 05/5, Minh Anh)Về đầu trang",
            "",
            _LAST,
            "",
            "Tỉnh có 45% hồ sơ trực tuyến toàn trình. (Baolaocai.vn 05/5, Thu Hà)Về đầu trang",
            "",
        ]
    )
    got = parse_text(text, "page.txt")
    assert [e.title for e in got.toc] == [first, _LAST]
    assert [a.title for a in got.articles] == [first, _LAST]
