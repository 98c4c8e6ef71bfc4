"""Lines are split on "\\n" only: page breaks, line separators and invisible characters that text
extraction tools leave behind change no line number and no published text."""

from __future__ import annotations

import dataclasses

import pytest

from bantin.model import Bulletin
from bantin.parsers import parse_text
from bantin.parsers.figures import extract_figures
from tests.parsers.fixtures import PRINT_DIGEST, WEB_DIGEST


def lines_of(text: str, content: str) -> list[int]:
    """The 1-based numbers of the lines that hold ``content``, counting "\\n" only."""
    return [number for number, line in enumerate(text.split("\n"), 1) if content in line]


def line_of(text: str, content: str) -> int:
    """The number of the one line that is exactly ``content``."""
    (number,) = [n for n, line in enumerate(text.split("\n"), 1) if line == content]
    return number


def prefix_line(text: str, content: str, prefix: str) -> str:
    """``text`` with ``prefix`` written at the start of the line that is ``content``."""
    lines = text.split("\n")
    lines[lines.index(content)] = prefix + content
    return "\n".join(lines)


# Where pdftotext writes a form feed: at the start of the first line of each new page, and once
# more at the very end. U+2028 is what some HTML-to-text tools write for <br>.
PRINT_BREAKS = [
    # (line that starts a new page, a line whose first space becomes U+2028)
    "2. Lào Cai: Số hóa kết quả giải quyết thủ tục.....\t2",
    "Lào Cai: Số hóa kết quả giải quyết thủ tục",
    "Tỷ lệ hồ sơ trực tuyến đạt 80.09%.",
    "QUẢN LÝ HÀNH CHÍNH",
]
PRINT_SEPARATED = "Năm 2024, tỉnh tiếp nhận 1.624.565 hồ sơ, đạt 132,58% so với chỉ tiêu."


def with_page_breaks(text: str, pages: list[str]) -> str:
    for content in pages:
        text = prefix_line(text, content, "\f")
    return text + "\f"


def with_line_separator(text: str, content: str, separator: str) -> str:
    return text.replace(content, content.replace(" ", separator, 1), 1)


def assert_same_lines(got: Bulletin, expected: Bulletin) -> None:
    for field in dataclasses.fields(Bulletin):
        assert getattr(got, field.name) == getattr(expected, field.name), field.name


def test_form_feeds_in_print_text_shift_no_line_and_no_toc_entry() -> None:
    plain = parse_text(PRINT_DIGEST, "print.txt")
    paged = parse_text(with_page_breaks(PRINT_DIGEST, PRINT_BREAKS), "print.txt")
    assert_same_lines(paged, plain)
    # The lines a user is sent to are those of the file (an editor counts "\n" only).
    assert [e.line for e in paged.toc][1] == line_of(PRINT_DIGEST, PRINT_BREAKS[0])
    lao_cai = paged.articles[1]
    assert lao_cai.title_line == line_of(PRINT_DIGEST, PRINT_BREAKS[1])
    assert lao_cai.paragraphs[1].line == line_of(PRINT_DIGEST, PRINT_BREAKS[2])
    assert paged.articles[2].section_line == line_of(PRINT_DIGEST, PRINT_BREAKS[3])
    assert paged.editor_line == line_of(PRINT_DIGEST, "Biên tập viên: Nguyễn Văn An")


# A vertical tab is the line break a word processor writes inside a paragraph (Shift+Enter).
@pytest.mark.parametrize(
    "separator", ["\u2028", "\u2029", "\v"], ids=["U+2028", "U+2029", "vertical tab"]
)
def test_a_line_separator_in_print_text_is_a_space_not_a_new_line(separator: str) -> None:
    plain = parse_text(PRINT_DIGEST, "print.txt")
    text = with_line_separator(PRINT_DIGEST, PRINT_SEPARATED, separator)
    # and in a title (the TOC line keeps its plain space: the two still match)
    text = with_line_separator(text, "\nHà Nam: Tiếp nhận", separator)
    parsed = parse_text(text, "print.txt")
    assert_same_lines(parsed, plain)
    first = parsed.articles[0]
    assert first.title == "Hà Nam: Tiếp nhận hồ sơ trực tuyến tăng mạnh"
    assert first.paragraphs[0].text == PRINT_SEPARATED
    assert first.paragraphs[0].line == line_of(PRINT_DIGEST, PRINT_SEPARATED)
    assert first.citation is not None
    assert first.citation.line == lines_of(PRINT_DIGEST, "(TTXVN/Bnews.vn 31/12")[0]


WEB_SEPARATED = "Người dân được\u00a0hướng dẫn tận tình. (Baonamdinh.vn 05/5, Hà Linh)Về đầu trang"


def test_form_feeds_and_line_separators_in_web_text() -> None:
    plain = parse_text(WEB_DIGEST, "web.txt")
    text = with_page_breaks(WEB_DIGEST, ["PHÂN TÍCH – BÌNH LUẬN", "Lắng nghe để phục vụ"])
    text = with_line_separator(text, WEB_SEPARATED, "\u2028")
    parsed = parse_text(text, "web.txt")
    assert_same_lines(parsed, plain)
    first, second = parsed.articles
    assert first.paragraphs[0].text == "Người dân được hướng dẫn tận tình."
    assert first.citation is not None
    assert first.citation.line == first.line_end == line_of(WEB_DIGEST, WEB_SEPARATED)
    assert second.section_line == lines_of(WEB_DIGEST, "PHÂN TÍCH – BÌNH LUẬN")[1]
    assert second.title_line == lines_of(WEB_DIGEST, "Lắng nghe để phục vụ")[1]
    assert second.line_end == lines_of(WEB_DIGEST, "(Nhandan.vn 06/5)")[0]


@pytest.mark.parametrize(
    "invisible",
    ["\u00ad", "\u200b", "\u2060", "\ufe0f", "\ufe0e"],
    ids=["soft hyphen", "zero-width space", "word joiner", "VS16", "VS15"],
)
def test_invisible_characters_are_not_published(invisible: str) -> None:
    plain = parse_text(PRINT_DIGEST, "print.txt")
    # Inside words, numbers and dates, and in the masthead the format is detected from.
    noisy = (
        PRINT_DIGEST.replace("hồ sơ", f"hồ s{invisible}ơ")
        .replace("Phát hành", f"Phát{invisible} hành")
        .replace("132,58%", f"13{invisible}2,58%")
        .replace("31/12", f"31/{invisible}12")
    )
    assert noisy != PRINT_DIGEST
    assert_same_lines(parse_text(noisy, "print.txt"), plain)


@pytest.mark.parametrize(("text", "name"), [(PRINT_DIGEST, "print.txt"), (WEB_DIGEST, "web.txt")])
@pytest.mark.parametrize("hyphen", ["\u2011", "\u2010"], ids=["non-breaking hyphen", "hyphen"])
def test_a_word_processors_hyphen_and_a_full_width_percent_are_read_plain(
    text: str, name: str, hyphen: str
) -> None:
    # Word writes U+2011 for "-" it must not break at ("1‑7‑2025", "12‑18%"); an East Asian input
    # method types "％". They are published, and read, as "-" and "%", as U+00A0 is as a space.
    assert "-" in text and ("%" in text or name == "web.txt")
    plain = parse_text(text, name)
    assert_same_lines(parse_text(text.replace("-", hyphen).replace("%", "\uff05"), name), plain)


def test_a_range_typed_with_a_non_breaking_hyphen_is_one_range() -> None:
    typed = PRINT_DIGEST.replace("Tỷ lệ hồ sơ trực tuyến đạt 80.09%.", "Chi phí giảm 12\u201118 %.")
    paragraph = parse_text(typed, "print.txt").articles[1].paragraphs[1].text
    assert paragraph == "Chi phí giảm 12-18 %."
    (figure,) = extract_figures(paragraph)
    assert (figure.text, figure.value_low, figure.value_high) == ("12-18 %", 12, 18)


@pytest.mark.parametrize(("text", "name"), [(PRINT_DIGEST, "print.txt"), (WEB_DIGEST, "web.txt")])
def test_a_doubled_carriage_return_is_no_extra_line(text: str, name: str) -> None:
    # "\r\r\n" is what a file converted to CRLF twice holds; only "\n" ends a line.
    plain = parse_text(text, name)
    doubled = parse_text(text.replace("\n", "\r\r\n"), name)
    assert_same_lines(doubled, plain)
    assert doubled.articles[-1].line_end == plain.articles[-1].line_end > 20


@pytest.mark.parametrize("ending", ["\n", "\r\n", " \n"])
def test_a_word_a_soft_hyphen_broke_at_a_lines_end_is_joined_whole(ending: str) -> None:
    # Text taken from a hyphenated page: "Dịch v\u00ad" / "ụ công và" is "Dịch vụ công và", with
    # no space inside the word; the lines after it keep their numbers.
    broken = PRINT_DIGEST.replace(
        "Bộ phận Một cửa cấp xã đã hướng dẫn người dân nộp hồ sơ qua Cổng Dịch vụ công và",
        f"Bộ phận Một cửa cấp xã đã hướng dẫn người dân nộp hồ sơ qua Cổng Dịch v\u00ad{ending}"
        "ụ công và",
    )
    plain, got = parse_text(PRINT_DIGEST, "p.txt"), parse_text(broken, "p.txt")
    assert got.articles[0].paragraphs[1].text == plain.articles[0].paragraphs[1].text
    assert got.articles[0].citation is not None and plain.articles[0].citation is not None
    assert got.articles[0].citation.line == plain.articles[0].citation.line + 1
    assert [a.title_line for a in got.articles[1:]] == [
        a.title_line + 1 for a in plain.articles[1:]
    ]


def test_a_soft_hyphen_before_a_capital_on_the_next_line_breaks_no_word_in_two() -> None:
    # "… tăng mạnh\u00ad" / "Năm 2024": a capital opens another word, as after any line's end.
    text = PRINT_DIGEST.replace("Năm 2024, tỉnh tiếp nhận", "Tỉnh\u00ad\nNăm 2024, tỉnh tiếp nhận")
    first = parse_text(text, "p.txt").articles[0]
    assert first.paragraphs[0].text.startswith("Tỉnh Năm 2024, tỉnh tiếp nhận")
