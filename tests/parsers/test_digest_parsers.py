"""Unit tests of the print and web digest parsers on the project's own small bulletins."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bantin.errors import MalformedBulletin
from bantin.model import Bulletin, Citation, SourceFormat
from bantin.parsers import parse_text
from bantin.parsers.digest import (
    BACK_TO_TOP_RE,
    TOC_ENTRY_RE,
    Line,
    check_one_issue,
    is_page_trailer,
    join_page_breaks,
    split_page,
    without_anchor_links,
    without_markup,
)
from bantin.parsers.notes import split_citation
from bantin.parsers.text import title_words
from bantin.testing import WEB_TITLES
from bantin.validators.run import validate_bulletins
from tests.parsers.fixtures import PRINT_DIGEST, WEB_DIGEST


@pytest.fixture(scope="module")
def printed():
    return parse_text(PRINT_DIGEST, "print.txt")


def test_print_masthead(printed):
    assert printed.source_format is SourceFormat.PRINT_TEXT
    assert printed.issue_date == dt.date(2025, 1, 3)
    assert (printed.issue_date_line, printed.weekday_printed, printed.weekday_line) == (
        6,
        "THỨ SÁU",
        4,
    )
    assert printed.weekdays_only
    assert (printed.editor, printed.editor_line) == ("Nguyễn Văn An", 43)


def test_print_toc_accepts_tabs_dot_leaders_and_ellipses(printed):
    assert [(s.name, s.page, s.line) for s in printed.sections] == [
        ("CẢI CÁCH ĐỊA PHƯƠNG", 1, 14),
        ("QUẢN LÝ HÀNH CHÍNH", 3, 17),
    ]
    assert [(e.number, e.title, e.page, e.line) for e in printed.toc] == [
        ("1", "Hà Nam: Tiếp nhận hồ sơ trực tuyến tăng mạnh", 1, 15),
        ("2", "Lào Cai: Số hóa kết quả giải quyết thủ tục", 2, 16),
        ("3", "Kiểm tra công vụ đầu năm", 3, 18),
    ]
    assert [e.section for e in printed.toc] == ["CẢI CÁCH ĐỊA PHƯƠNG"] * 2 + ["QUẢN LÝ HÀNH CHÍNH"]


def test_print_articles_and_page_break(printed):
    first, second, third = printed.articles
    assert (first.title_line, first.section_line, first.line_end) == (22, 20, 28)
    assert len(first.paragraphs) == 2
    joined = first.paragraphs[1]
    assert joined.text.endswith("Cổng Dịch vụ công và Trả kết quả điện tử cho 98,5% hồ sơ.")
    assert joined.line == 26 and joined.line_at(joined.text.index("98,5%")) == 28
    assert first.citation is not None
    assert first.citation.outlet == "TTXVN/Bnews.vn"
    assert first.citation.authors == ("Lê Minh", "Trần Hoa")
    assert first.citation.separator == " - "
    assert first.citation.line == 28
    # a citation on a line of its own, without authors, glued to the back-to-top link
    assert second.citation is not None
    assert (second.citation.date_text, second.citation.authors, second.citation.line) == (
        "02/01",
        (),
        35,
    )
    assert [p.text for p in second.paragraphs][-1] == "Tỷ lệ hồ sơ trực tuyến đạt 80.09%."
    assert second.line_end == 35
    assert third.citation is not None
    assert third.citation.authors == ("Ngọc Anh", "Văn Bình", "Thu Trang")
    assert third.section == "QUẢN LÝ HÀNH CHÍNH"


@pytest.mark.parametrize("line", ["Phát hành sớm", "Phát hành nội bộ", "Phát hành 03/01"])
def test_a_masthead_line_without_colon_or_date_gives_no_issue_date(line: str) -> None:
    """Without its colon, "Phát hành" is a date line only before a date: the masthead then has
    none, which is its own error."""
    with pytest.raises(MalformedBulletin, match="without an issue date"):
        parse_text(PRINT_DIGEST.replace("Phát hành: 03/01/2025", line), "print.txt")


def test_print_without_issue_date_is_malformed():
    text = PRINT_DIGEST.replace("Phát hành: 03/01/2025", "Phát hành sớm")
    with pytest.raises(MalformedBulletin, match="issue date"):
        parse_text(text.replace("BẢN TIN", "BẢN TIN"), "broken.txt")


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        ("Phát hành ngày 03/01/2025", "03/01/2025"),
        ("Phát hành ngày: 03/01/2025", "03/01/2025"),
        ("PHÁT HÀNH: 03/01/2025", "03/01/2025"),
        ("Phát hành: ngày 3/1/2025", "3/1/2025"),
        ("Phát hành: 03-01-2025", "03-01-2025"),
        ("Phát hành: 03.01.2025", "03.01.2025"),
        ("Phát hành ngày 03 tháng 01 năm 2025", "03 tháng 01 năm 2025"),
        ("Phát hành: 03/01/2025 (lưu hành nội bộ)", "03/01/2025"),
        ("Phát hành: 03/01/2025 - Số 2", "03/01/2025"),
        ("Phát hành 03/01/2025", "03/01/2025"),
        ("Phát hành Thứ Sáu, 03/01/2025", "03/01/2025"),
        ("Phát hành 03.01.2025 (lưu hành nội bộ)", "03.01.2025"),
    ],
)
def test_print_masthead_date_as_mastheads_word_it(line: str, printed: str) -> None:
    """ "01-02-2024" and "01.02.2024" were kept as text with no date (no finding: a bulletin
    published undated); "ngày 3/1/2025" after the colon, the date in words, or a note after it
    made the file malformed."""
    bulletin = parse_text(PRINT_DIGEST.replace("Phát hành: 03/01/2025", line), "print.txt")
    assert (bulletin.issue_date, bulletin.issue_date_text) == (dt.date(2025, 1, 3), printed)


@pytest.mark.parametrize("printed", ["sớm", "03/01", "03/01-2025", "ba tháng một"])
def test_a_masthead_date_that_is_no_date_is_malformed_at_its_line(printed: str) -> None:
    with pytest.raises(MalformedBulletin, match="is not a date") as raised:
        parse_text(PRINT_DIGEST.replace("03/01/2025", printed), "print.txt")
    assert raised.value.line == PRINT_DIGEST.split("\n").index("Phát hành: 03/01/2025") + 1


def test_impossible_issue_date_is_kept_as_text():
    bulletin = parse_text(PRINT_DIGEST.replace("03/01/2025", "31/09/2025"), "x.txt")
    assert bulletin.issue_date is None and bulletin.issue_date_text == "31/09/2025"


def test_web_edition():
    bulletin = parse_text(WEB_DIGEST, "web.txt")
    assert bulletin.source_format is SourceFormat.WEB_TEXT
    assert bulletin.issue_date == dt.date(2024, 5, 6)
    assert [(e.number, e.title, e.page, e.section) for e in bulletin.toc] == [
        ("1", "Nam Định: “Một cửa” thân thiện", None, "CẢI CÁCH ĐỊA PHƯƠNG"),
        ("2", "Lắng nghe để phục vụ", None, "PHÂN TÍCH – BÌNH LUẬN"),
    ]
    first, second = bulletin.articles
    assert first.paragraphs[0].text == "Người dân được hướng dẫn tận tình."
    assert first.citation is not None and first.citation.authors == ("Hà Linh",)
    assert second.citation is not None and second.citation.outlet == "Nhandan.vn"
    assert second.line_end == 25
    assert second.body == "Chính quyền cần lắng nghe người dân."


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("Tiêu đề.....\t7", ("Tiêu đề", 7)),
        ("Tiêu đề\t12", ("Tiêu đề", 12)),
        ("Năm 2023.....7", ("Năm 2023", 7)),
        ("Năm 2023", ("Năm 2023", None)),
        ("Hà Nam: Số hóa hồ sơ (tr. 3)", ("Hà Nam: Số hóa hồ sơ", 3)),
        ("Hà Nam: Số hóa hồ sơ (Trang 12)", ("Hà Nam: Số hóa hồ sơ", 12)),
        ("Hà Nam: Số hóa hồ sơ (kỳ 2)", ("Hà Nam: Số hóa hồ sơ (kỳ 2)", None)),
        # The pages an article runs over, as a quarterly's TOC prints them: its first.
        ("Tiêu đề.....\t3-4", ("Tiêu đề", 3)),
        ("Tiêu đề..... 12 – 14", ("Tiêu đề", 12)),
        ("Tiêu đề..... Trang 5-6", ("Tiêu đề", 5)),
        ("Hà Nam: Số hóa hồ sơ (tr. 7-9)", ("Hà Nam: Số hóa hồ sơ", 7)),
        ("Giai đoạn 2021-2025", ("Giai đoạn 2021-2025", None)),
    ],
)
def test_split_page(rest, expected):
    assert split_page(rest) == expected


def test_a_parenthesis_around_a_note_that_is_no_credit_stays_the_texts() -> None:
    """ "(Ảnh minh họa (theo Báo Yên Bái))" credits a picture: no outlet ends in a stray ")"."""
    closing = "Người dân hài lòng. (Ảnh minh họa (theo Báo Yên Bái))"
    assert split_citation(closing, 9) == (closing, None)


@pytest.mark.parametrize(
    "closing",
    [
        "(Hội nghị Diên Hồng, 02/5/2024)",  # no frame, no outlet's word: maybe any parenthesis
        "(theo báo cáo ngày 5/3/2024)",
        "(Theo Quyết định số 12 ngày 5/3/2024)",
        "(Theo Kế hoạch 5/3/2024)",
        "(Nguồn: Báo cáo của Sở, 5/3/2024)",
        # Longer than a name: a clause ("… ban hành ngày …"), no outlet.
        "(Theo Ủy ban nhân dân tỉnh ban hành ngày 5/3/2024)",
    ],
)
def test_a_framed_parenthesis_that_names_no_outlet_is_no_note(closing):
    text, citation = split_citation(f"Người dân hài lòng {closing}", 9)
    assert citation is None and text.endswith(closing)


def test_split_citation_keeps_text_that_only_looks_like_one():
    text, citation = split_citation("Theo Quyết định số 12/QĐ-UBND (ban hành 12/5/2023).", 1)
    assert citation is None and text.endswith("12/5/2023).")


@pytest.mark.parametrize(
    ("note", "outlet", "date"),
    [
        ("(Báo Hà Tĩnh, 05-01)", "Báo Hà Tĩnh", "05-01"),
        ("(Baohatinh.vn 05.01, Thu Hà)", "Baohatinh.vn", "05.01"),
        ("(Báo Hà Tĩnh 05-01-2025)", "Báo Hà Tĩnh", "05-01-2025"),
        # Framed as a source's ("Theo"/"Nguồn" with its capital), a proper name is an outlet's.
        ("(Nguồn: VnExpress, 02/5/2024)", "VnExpress", "02/5/2024"),
        # A national paper is named by its title alone, framed or not.
        ("(VnExpress, 02/5/2024)", "VnExpress", "02/5/2024"),
        ("(Tuổi Trẻ 30-12-2023)", "Tuổi Trẻ", "30-12-2023"),
        ("(Theo Dân trí 02-05-2024)", "Dân trí", "02-05-2024"),
        ("(Nguồn: Sở Nội vụ, 25/12/2025)", "Sở Nội vụ", "25/12/2025"),
        ("(Nguồn: Sở Nội vụ tỉnh Lào Cai, 25/12/2025)", "Sở Nội vụ tỉnh Lào Cai", "25/12/2025"),
    ],
)
def test_a_source_note_may_print_its_day_with_a_dash_or_a_dot(note, outlet, date):
    text, citation = split_citation(f"Người dân hài lòng. {note}", 9)
    assert text == "Người dân hài lòng."
    assert citation is not None and (citation.outlet, citation.date_text) == (outlet, date)


@pytest.mark.parametrize(
    "closing", ["(phiên bản 2.0)", "(giai đoạn 1-2)", "(Báo Hà Tĩnh 05.01/2025)"]
)
def test_a_dash_or_a_dot_between_numbers_is_a_date_only_after_an_outlet(closing):
    text, citation = split_citation(f"Hệ thống được nâng cấp {closing}", 9)
    assert citation is None and text.endswith(closing)


@pytest.mark.parametrize(
    ("subheading", "after"),
    [
        ("Nhiều kết quả tích cực", "Năm 2024, tỉnh tiếp nhận"),
        ("Những con số biết nói", "“Năm 2024, tỉnh tiếp nhận"),
        ("5 nhóm giải pháp trọng tâm", "1. Năm 2024, tỉnh tiếp nhận"),
        # "được" after the verb it completes: what was achieved, a report's subheading.
        ("Kết quả đạt được", "Năm 2024, tỉnh tiếp nhận"),
        ("Những việc chưa làm được", "Năm 2024, tỉnh tiếp nhận"),
    ],
)
def test_a_subheading_in_sentence_case_stays_a_paragraph_of_its_own(subheading, after):
    # A press article's subheading, a blank line after it: no page break left a line so short.
    text = PRINT_DIGEST.replace("Năm 2024, tỉnh tiếp nhận", f"{subheading}\n\n{after}", 1)
    first = parse_text(text, "subheading.txt").articles[0]
    assert [p.text[: len(after)] for p in first.paragraphs[:2]] == [subheading, after]


@pytest.mark.parametrize(
    ("piece", "gap", "after"),
    [
        # Ending with a word a sentence goes on after ("của"): no subheading, blank line or not.
        ("Hội nghị có sự tham dự của", "\n\n", "Chủ tịch UBND tỉnh"),
        ("Hội nghị có sự tham dự của", "\n", "Chủ tịch UBND tỉnh"),
        # Broken where a page's width ends it: the next line follows with no blank line between.
        ("Tham dự hội nghị có đồng chí Nguyễn Văn", "\n", "An, Phó Chủ tịch UBND tỉnh"),
    ],
)
def test_a_short_line_that_goes_on_is_rejoined(piece, gap, after):
    text = PRINT_DIGEST.replace("Năm 2024, tỉnh tiếp nhận", f"{piece}{gap}{after}", 1)
    first = parse_text(text, "joined.txt").articles[0]
    assert first.paragraphs[0].text.startswith(f"{piece} {after}")


@pytest.mark.parametrize(
    ("closing", "outlet", "authors"),
    [
        ("(Baohatinh.vn 05/01 Thu Hà)", "Baohatinh.vn", ("Thu Hà",)),
        ("(Báo Hà Tĩnh 05/01 Thu Hà - Minh Tú)", "Báo Hà Tĩnh", ("Thu Hà", "Minh Tú")),
        ("(Cổng thông tin 05/01 cập nhật)", None, None),  # no name after the day
        ("(áp dụng từ 05/01 Năm nay)", None, None),  # no outlet before it
    ],
)
def test_a_note_whose_editor_left_out_the_comma_before_the_authors(closing, outlet, authors):
    text, citation = split_citation(f"Người dân hài lòng. {closing}", 9)
    if outlet is None:
        assert citation is None and text.endswith(closing)
    else:
        assert citation is not None and (citation.outlet, citation.authors) == (outlet, authors)


@pytest.mark.parametrize(
    ("credits", "authors"),
    [
        ("Bài, ảnh: Quang Lâm", ("Quang Lâm",)),
        ("Tin và ảnh: Lan Hương", ("Lan Hương",)),
        ("Mai Mai; ảnh: Hồng Hà", ("Mai Mai",)),
        ("Hoàng Anh - Ảnh: Minh Tú", ("Hoàng Anh",)),
        ("Thu Hà, Minh họa: Quốc Tuấn", ("Thu Hà",)),
        ("Bài: Thu Hà; Video: Quốc Tuấn, Lê Minh", ("Thu Hà",)),
        ("Thùy Loan (tổng hợp)", ("Thùy Loan",)),
        ("Văn Hào - Trần Hữu (ảnh), Lê Na (TTXVN)", ("Văn Hào", "Lê Na")),
        ("Ảnh minh họa: Internet", ()),
        ("Nhóm PV", ("Nhóm PV",)),
        ("Hồng Nhung và Quốc Tuấn", ("Hồng Nhung", "Quốc Tuấn")),
        ("Bài và ảnh: Hồng Nhung", ("Hồng Nhung",)),
        ("Hồng Nhung và Quốc Tuấn (ảnh)", ("Hồng Nhung",)),
    ],
)
def test_a_source_notes_credits_name_its_writers_only(credits, authors):
    # A role before names ("Bài, ảnh:", "ảnh:") and a note after one ("(tổng hợp)", "(ảnh)")
    # are no part of a name, and those credited for the pictures alone are no authors.
    text, citation = split_citation(f"Người dân hài lòng. (Baohatinh.vn 05/01, {credits})", 9)
    assert text == "Người dân hài lòng."
    assert citation is not None and citation.outlet == "Baohatinh.vn"
    assert citation.authors == authors


@pytest.mark.parametrize(
    "leader",
    ["·········", " ____________ ", " ------------ ", " . . . . . . ", "‥‥‥‥", "⋯⋯⋯ ", "....\t"],
)
def test_every_leader_a_word_processor_offers_sets_off_the_page(leader):
    # Word offers dots, hyphens, underscores and middle dots; a PDF's text spaces dots out.
    assert split_page(f"Hà Nội - Hải Phòng: Liên thông hồ sơ{leader}12") == (
        "Hà Nội - Hải Phòng: Liên thông hồ sơ",
        12,
    )
    assert split_page(f"THÔNG TIN CẦN BIẾT{leader.rstrip()}") == ("THÔNG TIN CẦN BIẾT", None)


def test_a_dash_or_two_in_a_title_is_no_leader():
    assert split_page("Bắc Ninh -- thí điểm một cửa số 3") == (
        "Bắc Ninh -- thí điểm một cửa số 3",
        None,
    )
    assert split_page("Đối thoại - Giải đáp\t5") == ("Đối thoại - Giải đáp", 5)


def test_a_title_ending_with_an_ellipsis_keeps_it():
    assert split_page("Tin vắn…\t4") == ("Tin vắn…", 4)
    assert split_page("Tin vắn…......\t4") == ("Tin vắn…", 4)
    assert split_page("Tin vắn……\t4") == ("Tin vắn", 4)
    assert split_page("Tin vắn…‥‥‥‥ 4") == ("Tin vắn…", 4)
    assert split_page("Tin vắn…·········4") == ("Tin vắn…", 4)


def test_an_article_missing_its_back_to_top_link_keeps_its_citation():
    # before the next section heading and before the editor line alike
    text = PRINT_DIGEST.replace(
        "(Baolaocai.vn 02/01)[Về đầu trang](#)", "(Baolaocai.vn 02/01)"
    ).replace("Thu Trang) [Về đầu trang./.](#)", "Thu Trang)")
    _, second, third = parse_text(text, "p.txt").articles
    for article, line in ((second, 35), (third, 41)):
        assert article.citation is not None and article.citation.line == line
        assert article.line_end == line
        assert "(" not in article.paragraphs[-1].text


def test_a_web_article_missing_its_back_to_top_link_ends_at_the_next_heading():
    # The web heading is printed with an en dash and is matched to its TOC line as a title would
    # be (normalised); a heading taken for a paragraph would merge the two articles.
    text = WEB_DIGEST.replace("Hà Linh)Về đầu trang", "Hà Linh)")
    first, second = parse_text(text, "web.txt").articles
    citation_line = next(n for n, x in enumerate(text.split("\n"), 1) if x.endswith("Hà Linh)"))
    assert first.title == "Nam Định: “Một cửa” thân thiện"
    assert first.body == "Người dân được hướng dẫn tận tình."
    assert first.citation is not None and first.citation.outlet == "Baonamdinh.vn"
    assert first.line_end == first.citation.line == citation_line
    assert second.section == "PHÂN TÍCH – BÌNH LUẬN"
    assert second.section_line == first.line_end + 2
    assert second.title == "Lắng nghe để phục vụ"
    assert second.title_line == second.section_line + 2


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("Hà Nam: Một cửa liên thông cấp xã      7", ("Hà Nam: Một cửa liên thông cấp xã", 7)),
        ("Kết quả năm 2024   12", ("Kết quả năm 2024", 12)),
        ("CẢI CÁCH THỂ CHẾ\u00a0\u00a0\u00a03", ("CẢI CÁCH THỂ CHẾ", 3)),
        # A year or a single space is no page: the title keeps its number.
        ("Chỉ số cải cách hành chính năm   2024", ("Chỉ số cải cách hành chính năm   2024", None)),
        ("Có 12 xã đạt chuẩn 3", ("Có 12 xã đạt chuẩn 3", None)),
    ],
)
def test_a_print_toc_page_may_follow_a_run_of_spaces(
    rest: str, expected: tuple[str, int | None]
) -> None:
    assert split_page(rest, spaced=True) == expected
    assert split_page(rest)[1] is None  # the web edition's TOC has no pages


#: A web digest as a portal reprints it: one line per paragraph, no back-to-top links, a TOC
#: of titles alone and the sections printed in the body only.
PORTAL_DIGEST = "\n".join(
    [
        "Bản tin Cải cách hành chính ngày 14/10/2025",
        "1. Yên Bái: Trả kết quả thủ tục tại nhà cho người cao tuổi",
        "2. Hơn 90% hồ sơ đất đai được giải quyết đúng hạn",
        "CẢI CÁCH ĐỊA PHƯƠNG",
        "Yên Bái: Trả kết quả thủ tục tại nhà cho người cao tuổi",
        "Từ tháng 9, bưu điện các xã vùng cao chuyển kết quả giải quyết thủ tục hành chính đến"
        " tận nhà người cao tuổi, người khuyết tật, không thu thêm phí. (Baoyenbai.com.vn 13/10,"
        " Lan Chi)",
        "THÔNG TIN CHUYÊN ĐỀ",
        "Hơn 90% hồ sơ đất đai được giải quyết đúng hạn",
        "Văn phòng đăng ký đất đai các tỉnh trả đúng hạn hơn 90% hồ sơ trong quý III, nhờ số"
        " hóa sổ địa chính và liên thông với cơ quan thuế. (Baotainguyen.vn 13/10, Quốc Huy)",
    ]
)


def test_a_heading_only_the_body_prints_ends_the_article_before_it() -> None:
    """With no back-to-top link, a line in capitals followed by the next title the TOC lists
    heads a section: the article before it ends with its source note (it was read as that
    article's last paragraph, the note lost and the heading published as body text)."""
    first, second = parse_text(PORTAL_DIGEST, "web.txt").articles
    assert first.body.endswith("không thu thêm phí.")
    assert first.citation is not None and first.citation.authors == ("Lan Chi",)
    assert (first.section, second.section) == ("CẢI CÁCH ĐỊA PHƯƠNG", "THÔNG TIN CHUYÊN ĐỀ")
    assert second.section_line == 7 and second.title_line == 8


def test_a_heading_in_capitals_inside_an_article_stays_its_text() -> None:
    """A line in capitals that no listed title follows is the article's own ("KẾT QUẢ BƯỚC ĐẦU")."""
    lines = PORTAL_DIGEST.split("\n")
    text = "\n".join([*lines[:6], "KẾT QUẢ BƯỚC ĐẦU", "Người dân hài lòng.", *lines[6:]])
    first, _ = parse_text(text, "web.txt").articles
    assert [p.text for p in first.paragraphs][-2:] == ["KẾT QUẢ BƯỚC ĐẦU", "Người dân hài lòng."]


def test_the_pages_links_after_a_last_article_with_no_back_to_top_link_are_no_text() -> None:
    """ "Các tin khác" after the last article, which its source note ended: the page's links, not
    the article's text (they were, and the article's note was lost)."""
    text = PORTAL_DIGEST + "\nCác tin khác\n- Bản tin Cải cách hành chính ngày 13/10/2025\n"
    last = parse_text(text, "web.txt").articles[-1]
    assert last.body.endswith("liên thông với cơ quan thuế.")
    assert last.citation is not None and last.citation.outlet == "Baotainguyen.vn"


def test_a_related_links_box_inside_the_last_article_keeps_the_rest_of_it() -> None:
    """ "Tin liên quan" where the last article has not ended (no note yet): it goes on after."""
    lines = PORTAL_DIGEST.split("\n")
    text = "\n".join([*lines[:-1], "Văn phòng làm thêm giờ.", "Tin liên quan", lines[-1]])
    last = parse_text(text, "web.txt").articles[-1]
    assert "Văn phòng đăng ký đất đai các tỉnh trả đúng hạn" in last.body
    assert last.citation is not None and last.citation.outlet == "Baotainguyen.vn"


@pytest.mark.parametrize(
    ("source", "cited"),
    [
        ("Nguồn: Báo Nam Định", ("Báo Nam Định", "", ())),
        ("Theo Baonamdinh.vn 05/5, Hà Linh", ("Baonamdinh.vn", "05/5", ("Hà Linh",))),
        # "ngày" before the day, as a press digest closes: no part of the outlet's name.
        ("Theo Báo Nam Định ngày 05/5/2024", ("Báo Nam Định", "05/5/2024", ())),
        ("Nguồn: Báo Nam Định, ngày 05/5", ("Báo Nam Định", "05/5", ())),
        ("Theo Báo Nam Định số ra ngày 05/5/2024", ("Báo Nam Định", "05/5/2024", ())),
    ],
)
def test_a_source_on_a_line_of_its_own_is_the_articles_citation(
    source: str, cited: tuple[str, str, tuple[str, ...]]
) -> None:
    """A web page that prints the source with no parentheses, on its own line before the link."""
    note = "Người dân được\u00a0hướng dẫn tận tình. (Baonamdinh.vn 05/5, Hà Linh)Về đầu trang"
    assert note in WEB_DIGEST
    text = WEB_DIGEST.replace(
        note, f"Người dân được hướng dẫn tận tình.\n\n{source}\n\nVề đầu trang"
    )
    first = parse_text(text, "web.txt").articles[0]
    assert first.body == "Người dân được hướng dẫn tận tình."
    assert first.citation is not None
    assert (first.citation.outlet, first.citation.date_text, first.citation.authors) == cited


@pytest.mark.parametrize(
    "closing",
    [
        "Theo Báo Nam Định, tỉnh đã giải quyết 98% hồ sơ đúng hạn.",  # a sentence that cites
        "Theo Sở Nội vụ, tỉnh đã giải quyết đúng hạn các hồ sơ.",  # a sentence that cites
    ],
)
def test_a_closing_line_that_is_no_source_stays_text(closing: str) -> None:
    assert split_citation(closing, 3) == (closing, None)


def test_a_wrapped_print_toc_title_goes_on_to_its_page() -> None:
    text = "\n".join(
        [
            "Năm 2025",
            "THỨ HAI",
            "Phát hành: 03/03/2025",
            "BẢN TIN CẢI CÁCH HÀNH CHÍNH",
            "CẢI CÁCH ĐỊA PHƯƠNG.....\t1",
            "1. Quảng Trị: Trung tâm phục vụ hành chính công cấp xã tiếp nhận",
            "hồ sơ không phụ thuộc địa giới hành chính.....\t1",
            "2. Lào Cai: Số hóa kết quả giải quyết thủ tục    2",
            "",
            "CẢI CÁCH ĐỊA PHƯƠNG",
            "Quảng Trị: Trung tâm phục vụ hành chính công cấp xã tiếp nhận hồ sơ không phụ thuộc"
            " địa giới hành chính",
            "Từ đầu tháng, người dân nộp hồ sơ tại bất kỳ trung tâm nào. (Báo Quảng Trị 01/3, Minh"
            " An) [Về đầu trang](#)",
            "Lào Cai: Số hóa kết quả giải quyết thủ tục",
            "Tỉnh đã số hóa phần lớn kết quả. (Báo Lào Cai 02/3, Hà Linh) [Về đầu trang](#)",
        ]
    )
    bulletin = parse_text(text, "wrapped.txt")
    assert [(e.number, e.title, e.page, e.line) for e in bulletin.toc] == [
        (
            "1",
            "Quảng Trị: Trung tâm phục vụ hành chính công cấp xã tiếp nhận hồ sơ không phụ thuộc "
            "địa giới hành chính",
            1,
            6,
        ),
        ("2", "Lào Cai: Số hóa kết quả giải quyết thủ tục", 2, 8),
    ]
    assert [a.title for a in bulletin.articles] == [e.title for e in bulletin.toc]


@pytest.mark.parametrize(
    ("note", "outlet", "date", "authors"),
    [
        ("(Baothanhhoa.vn, 14/03, Lê Hội)", "Baothanhhoa.vn", "14/03", ("Lê Hội",)),
        ("(Theo Vietnamplus.vn 2/4)", "Vietnamplus.vn", "2/4", ()),
        ("(Nguồn: TTXVN 09/10, Thu Hằng)", "TTXVN", "09/10", ("Thu Hằng",)),
        ("(Báo Quảng Ninh ngày 21/6, Hải Đăng)", "Báo Quảng Ninh", "21/6", ("Hải Đăng",)),
        ("(Báo Lạng Sơn - 05/11)", "Báo Lạng Sơn", "05/11", ()),
        ("(Báo Yên Bái, ngày 7/3, Thanh Tâm)", "Báo Yên Bái", "7/3", ("Thanh Tâm",)),
        ("(Báo Hà Tĩnh số ra ngày 7/3, Thanh Tâm)", "Báo Hà Tĩnh", "7/3", ("Thanh Tâm",)),
        ("(Báo Hà Tĩnh, số ra ngày 07/03/2025)", "Báo Hà Tĩnh", "07/03/2025", ()),
        ("(Ngọc Trâm và Duy Khánh - TTXVN 14/3)", "TTXVN", "14/3", ("Ngọc Trâm", "Duy Khánh")),
        (
            "(Đài Phát thanh và Truyền hình Bắc Ninh 14/3, Ngọc Trâm)",
            "Đài Phát thanh và Truyền hình Bắc Ninh",
            "14/3",
            ("Ngọc Trâm",),
        ),
        ("(Baophutho.vn 18/8; Ngọc Anh)", "Baophutho.vn", "18/8", ("Ngọc Anh",)),
        ("(Báo Tuyên Quang 2/10 - Minh Thu)", "Báo Tuyên Quang", "2/10", ("Minh Thu",)),
        ("(Báo Bà Rịa - Vũng Tàu 26/9).", "Báo Bà Rịa - Vũng Tàu", "26/9", ()),
        ("(Báo Nhân Dân 02/12/2025, Minh Anh)", "Báo Nhân Dân", "02/12/2025", ("Minh Anh",)),
        ("(Theo Baolaocai.vn 2/12/2025)", "Baolaocai.vn", "2/12/2025", ()),
        # A PDF's doubled spaces are no part of a name: one writer, one outlet, wherever printed.
        (
            "(Báo  Bình  Dương 14/3, Minh  Anh - Thu\tHà)",
            "Báo Bình Dương",
            "14/3",
            ("Minh Anh", "Thu Hà"),
        ),
        # A stray full stop after the day is no part of it, nor a reason to lose the note.
        ("(Baocamau.vn 01/02., Hồng Nhung)", "Baocamau.vn", "01/02", ("Hồng Nhung",)),
        ("(Thanhnien.vn 30/12.)", "Thanhnien.vn", "30/12", ()),
        # A year a digit short or long is still the note's (date.impossible reports it).
        ("(Baocantho.com.vn 14/3/202, Thu Hà)", "Baocantho.com.vn", "14/3/202", ("Thu Hà",)),
        ("(Báo Nhân Dân 02/12/20255)", "Báo Nhân Dân", "02/12/20255", ()),
        # A paper named without "Báo" or its address: read with its day and month as printed.
        ("(Dân trí 25/12, Minh Hải)", "Dân trí", "25/12", ("Minh Hải",)),
        ("(TTXVN/Bnews.vn 30/11/2025)", "TTXVN/Bnews.vn", "30/11/2025", ()),
        # The ")" left out, an editor's slip: the note is still the source, none of it text.
        ("(Baoninhbinh.org.vn 14/3, Quốc Khánh", "Baoninhbinh.org.vn", "14/3", ("Quốc Khánh",)),
        (
            "(Báo Hậu Giang 14/3, Ngọc Trâm - Duy Khánh.",
            "Báo Hậu Giang",
            "14/3",
            ("Ngọc Trâm", "Duy Khánh"),
        ),
        ("(TTXVN 14/3", "TTXVN", "14/3", ()),
        ("(TTXVN 14/3, Hải Yến (tổng hợp)", "TTXVN", "14/3", ("Hải Yến",)),
        ("(Theo Tuoitre.vn ngày 14/3 Hải Yến", "Tuoitre.vn", "14/3", ("Hải Yến",)),
    ],
)
def test_a_source_note_as_outlets_print_it(
    note: str, outlet: str, date: str, authors: tuple[str, ...]
) -> None:
    """A comma or dash after the outlet, "Theo", "Nguồn:" or "ngày" around it are no part of the
    outlet (they were published in it: "Baothanhhoa.vn,", "Theo Vietnamplus.vn", "Báo Lạng Sơn
    -"); the authors may follow the date after "; " or " - ", and a full stop the note."""
    body, citation = split_citation(f"Tỉnh đã số hóa 85% hồ sơ. {note}", 7)
    assert body == "Tỉnh đã số hóa 85% hồ sơ."
    assert citation is not None
    assert (citation.outlet, citation.date_text, citation.authors) == (outlet, date, authors)


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh thực hiện theo Nghị định số 61/2018/NĐ-CP (ban hành ngày 23/4/2018)",
        "Số liệu được tổng hợp đến hết tháng (theo báo cáo ngày 5/3/2024)",
        "Các xã hoàn thành trước thời hạn (thông báo ngày 5/3/2024).",
        "Mô hình được nhân rộng (kể từ 1/7/2025)",
    ],
)
def test_a_closing_parenthesis_with_a_full_date_is_the_texts_own(text: str) -> None:
    """A day with its year closes a source note only after an outlet's name ("Báo …", "Tạp
    chí …", "TTXVN", "….vn"): "báo cáo" (a report) and the like are the text's own."""
    assert split_citation(text, 3) == (text, None)


@pytest.mark.parametrize("target", ["#top", "#muc-luc", "#toc"])
def test_a_back_to_top_link_to_a_named_target_closes_the_article(target: str) -> None:
    """Sites name the target of their back-to-top links ("[Về đầu trang](#top)"): each still
    closes its article, and the source note before it is read."""
    assert PRINT_DIGEST.count("](#)") == 3
    named = PRINT_DIGEST.replace("](#)", f"]({target})")
    assert parse_text(named, "print.txt") == parse_text(PRINT_DIGEST, "print.txt")


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("Biên tập: Nguyễn Văn An", "Nguyễn Văn An"),
        ("BTV: Nguyễn Văn An", "Nguyễn Văn An"),
        ("Người biên tập: Nguyễn Văn An.", "Nguyễn Văn An"),
        ("BIÊN TẬP VIÊN: NGUYỄN VĂN AN", "NGUYỄN VĂN AN"),
        (
            "Người tổng hợp: Phòng Cải cách hành chính, Sở Nội vụ",
            "Phòng Cải cách hành chính, Sở Nội vụ",
        ),
    ],
)
def test_the_sign_off_as_digests_word_it(line: str, editor: str) -> None:
    """Another wording of "Biên tập viên: NAME" is the sign-off too: read as a title, it made an
    article with no body and no TOC entry (article.empty, toc.body-mismatch: the whole bulletin
    held back)."""
    plain = parse_text(PRINT_DIGEST, "print.txt")
    signed = parse_text(PRINT_DIGEST.replace("Biên tập viên: Nguyễn Văn An", line), "print.txt")
    assert signed.editor == editor
    assert signed.articles == plain.articles


def test_a_paragraph_opening_with_a_sign_off_word_stays_text() -> None:
    from bantin.parsers.digest import EDITOR_RE

    for text in (
        "Biên tập: trong tháng 11, toàn tỉnh tiếp nhận 1.200 hồ sơ.",
        "BTV: Nguyễn Văn An. Số sau phát hành thứ Hai.",
        "Tổng hợp: các sở đã hoàn thành kế hoạch",
    ):
        assert EDITOR_RE.match(text) is None, text


@pytest.mark.parametrize(
    "colophon",
    [
        ["Điện thoại: 0258.3822.456"],
        ["Email: cchc@snv.example.gov.vn", "", "Địa chỉ: số 2 Trần Phú, phường Nha Trang"],
        ["Ghi chú: Bản tin lưu hành nội bộ", "Trang 6"],
    ],
)
def test_the_colophon_after_the_sign_off_is_no_article(colophon: list[str]) -> None:
    """Lines after "Biên tập viên: NAME" once the body holds every article its TOC lists are the
    colophon: read as a title, each made an article with no body (the bulletin held back)."""
    plain = parse_text(PRINT_DIGEST, "print.txt")
    with_colophon = parse_text(PRINT_DIGEST.rstrip("\n") + "\n" + "\n".join(colophon), "p.txt")
    assert with_colophon.articles == plain.articles
    assert with_colophon.editor == plain.editor


@pytest.mark.parametrize(
    ("colophon", "editor"),
    [
        (
            [
                "BAN BIÊN TẬP",
                "",
                "Chịu trách nhiệm xuất bản: Trần Văn Hải",
                "Thư ký tòa soạn: Lê Na",
            ],
            None,
        ),
        (
            ["Tổng hợp: Phòng Cải cách hành chính - Sở Nội vụ"],
            "Phòng Cải cách hành chính - Sở Nội vụ",
        ),
        (
            ["Chịu trách nhiệm nội dung: Sở Nội vụ", "", "Ban biên tập: Đỗ Hà, Vũ Lan"],
            "Đỗ Hà, Vũ Lan",
        ),
    ],
)
@pytest.mark.parametrize("digest", ["print", "web"])
def test_a_colophon_with_no_sign_off_before_it_is_no_article(
    colophon: list[str], editor: str | None, digest: str
) -> None:
    """A digest that closes with its board, who answers for it or who compiled it, and no
    "Biên tập viên:" line: once every listed article is read, that is the colophon, not one more
    article (which quarantined the bulletin as toc.body-mismatch). Those who made it sign it."""
    text, path = (PRINT_DIGEST, "p.txt") if digest == "print" else (WEB_DIGEST, "w.txt")
    unsigned = "\n".join(line for line in text.split("\n") if not line.startswith("Biên tập viên"))
    plain = parse_text(unsigned, path)
    closed = parse_text(unsigned.rstrip("\n") + "\n\n" + "\n".join(colophon) + "\n", path)
    assert closed.articles == plain.articles
    assert closed.editor == editor


_FOREWORDS = [
    ["LỜI NÓI ĐẦU", "", "Kính gửi bạn đọc, số này điểm lại những việc cải cách nổi bật của tuần."],
    ["Thư ngỏ: Ban Biên tập mong tiếp tục nhận được ý kiến góp ý của các cơ quan, đơn vị!"],
    [
        "Bản tin số này tập trung vào kết quả số hóa hồ sơ và kiểm tra công vụ đầu năm, hai việc"
        " được lãnh đạo tỉnh giao nhiều nhất trong quý, cùng những cách làm hay của các xã, phường"
        " trong tỉnh mà người dân đánh giá cao"
    ],
]


@pytest.mark.parametrize("foreword", _FOREWORDS)
@pytest.mark.parametrize("digest", ["print", "web"])
def test_a_foreword_before_the_first_article_is_no_article(
    foreword: list[str], digest: str
) -> None:
    """A monthly or quarterly issue's foreword between the TOC and the first article, under a
    heading of its own or none: prose no TOC lists, never an article (an empty one quarantined the
    bulletin as toc.body-mismatch), nor the rest of the TOC's last title on a web page."""
    text, path, first = (
        (PRINT_DIGEST, "p.txt", "CẢI CÁCH ĐỊA PHƯƠNG")
        if digest == "print"
        else (WEB_DIGEST, "w.txt", "CẢI CÁCH ĐỊA PHƯƠNG")
    )
    lines = text.split("\n")
    body_start = [i for i, line in enumerate(lines) if line == first][-1]
    with_foreword = [*lines[:body_start], *foreword, "", *lines[body_start:]]
    plain = parse_text(text, path)
    got = parse_text("\n".join(with_foreword), path)
    assert [(e.title, e.page) for e in got.toc] == [(e.title, e.page) for e in plain.toc]

    def read(bulletin: Bulletin) -> list[tuple[str, str, object]]:
        return [
            (a.title, a.body, a.citation and (a.citation.outlet, a.citation.authors))
            for a in bulletin.articles
        ]

    assert read(got) == read(plain)


def test_a_toc_printed_after_the_articles_is_read_as_the_toc() -> None:
    """A digest that prints its TOC on its back page, under "MỤC LỤC": read as articles, its
    lines were one more article, published with no error."""
    lines = PRINT_DIGEST.rstrip("\n").split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("CẢI CÁCH ĐỊA PHƯƠNG....."))
    last = next(i for i, line in enumerate(lines) if line.startswith("3. Kiểm tra công vụ"))
    toc = lines[first : last + 1]
    moved = [*lines[:first], *lines[last + 1 :], "", "MỤC LỤC", "", *toc, ""]
    got, want = parse_text("\n".join(moved), "p.txt"), parse_text(PRINT_DIGEST, "p.txt")
    assert [(e.number, e.title, e.page, e.section) for e in got.toc] == [
        (e.number, e.title, e.page, e.section) for e in want.toc
    ]
    assert [(a.title, a.body, a.section) for a in got.articles] == [
        (a.title, a.body, a.section) for a in want.articles
    ]
    assert [f.rule for f in validate_bulletins([got])] == [
        f.rule for f in validate_bulletins([want])
    ]


@pytest.mark.parametrize("marker", ["Ảnh minh họa", "(Ảnh minh hoạ)", "Hình: minh họa"])
def test_a_line_that_only_marks_a_picture_is_no_paragraph(marker: str) -> None:
    """ "Ảnh minh họa" under a photo between two paragraphs was published as one of them."""
    ended = "Tỷ lệ hồ sơ trực tuyến đạt 80.09%."
    assert ended in PRINT_DIGEST
    text = PRINT_DIGEST.replace(ended, f"{ended}\n\n{marker}")
    got, want = parse_text(text, "p.txt"), parse_text(PRINT_DIGEST, "p.txt")
    assert [a.body for a in got.articles] == [a.body for a in want.articles]


def test_a_named_credit_after_a_sentence_stays_with_its_caption() -> None:
    """ "… điện tử." / "Ảnh: Thu Hà": a caption the page's width broke before its credit."""
    ended = "Tỷ lệ hồ sơ trực tuyến đạt 80.09%."
    text = PRINT_DIGEST.replace(ended, f"{ended}\nẢnh: Thu Hà")
    (_, second, _) = parse_text(text, "p.txt").articles
    assert "Ảnh: Thu Hà" in second.body


def test_an_article_the_toc_lists_after_the_sign_off_is_still_read() -> None:
    """A sign-off in the middle (the digest's parts, each signed): the articles the TOC lists
    after it are read."""
    lines = PRINT_DIGEST.split("\n")
    signed = next(i for i, line in enumerate(lines) if line.startswith("Biên tập viên"))
    third = next(i for i, line in enumerate(lines) if line.startswith("Kiểm tra công vụ đầu năm"))
    moved = [*lines[:third], lines[signed], "", *lines[third:signed], *lines[signed + 1 :]]
    assert len(parse_text("\n".join(moved), "p.txt").articles) == 3


@pytest.mark.parametrize(
    "chrome", ["Chia sẻ", "Xem thêm »", "In bài", "Cỡ chữ: A- A A+", "Bình luận:"]
)
def test_a_sites_links_between_articles_are_no_article(chrome: str) -> None:
    """A web page's widget or link on a line of its own after an article ("Chia sẻ", "In bài")
    was read as the next article's title: an article with no body and no TOC entry (the
    bulletin held back). A title that opens with such words is still a title."""

    def read(text: str) -> list[tuple[str, list[str]]]:
        return [
            (a.title, [p.text for p in a.paragraphs]) for a in parse_text(text, "w.txt").articles
        ]

    marker = "(Baonamdinh.vn 05/5, Hà Linh)Về đầu trang"
    linked = WEB_DIGEST.replace(marker, f"{marker}\n\n{chrome}\n")
    assert read(linked) == read(WEB_DIGEST)
    titled = WEB_DIGEST.replace("Lắng nghe để phục vụ", "Chia sẻ kinh nghiệm phục vụ")
    assert [a.title for a in parse_text(titled, "web.txt").articles][-1] == (
        "Chia sẻ kinh nghiệm phục vụ"
    )


@pytest.mark.parametrize("mark", ["./.", "/.", " ./. "])
def test_the_end_mark_on_a_line_of_its_own_is_no_article(mark: str) -> None:
    """A copy of the page that put the last link and the document's end mark ("./.") on lines
    of their own: the mark was read as a tenth article titled "./." (its toc.body-mismatch
    held the bulletin back)."""

    def read(text: str) -> list[tuple[str, list[str]]]:
        return [
            (a.title, [p.text for p in a.paragraphs]) for a in parse_text(text, "w.txt").articles
        ]

    last = "(Nhandan.vn 06/5)Về đầu trang./."
    assert last in WEB_DIGEST
    apart = WEB_DIGEST.replace(last, f"(Nhandan.vn 06/5)\n\nVề đầu trang\n\n{mark}\n")
    assert read(apart) == read(WEB_DIGEST)
    assert validate_bulletins([parse_text(apart, "w.txt")]) == []


@pytest.mark.parametrize(
    ("printed", "heading"),
    [("CẢI CÁCH ĐỊA PHƯƠNG:", 0), ("* QUẢN LÝ HÀNH CHÍNH", 1), ("- QUẢN LÝ HÀNH CHÍNH -", 1)],
)
def test_an_articles_section_is_named_as_the_toc_names_it(printed: str, heading: int) -> None:
    """A body heading decorated otherwise than the TOC's: its articles name the section as the
    sections table does, so that the two join."""
    name = ("CẢI CÁCH ĐỊA PHƯƠNG", "QUẢN LÝ HÀNH CHÍNH")[heading]
    text = PRINT_DIGEST.replace(f"\n{name}\n\n", f"\n{printed}\n\n", 1)
    assert text != PRINT_DIGEST
    bulletin = parse_text(text, "print.txt")
    assert [a.section for a in bulletin.articles] == [
        a.section for a in parse_text(PRINT_DIGEST, "print.txt").articles
    ]
    assert {a.section for a in bulletin.articles} <= {s.name for s in bulletin.sections}


def test_sections_numbered_in_the_toc_head_the_bodys_sections() -> None:
    """ "I. CẢI CÁCH ĐỊA PHƯƠNG" in the TOC, "CẢI CÁCH ĐỊA PHƯƠNG" in the body: one section, which
    its articles name as the TOC (and the sections table) does; the body's heading still ends an
    article whose back-to-top link is missing."""
    numbered = PRINT_DIGEST.replace("CẢI CÁCH ĐỊA PHƯƠNG.....", "I. CẢI CÁCH ĐỊA PHƯƠNG.....")
    numbered = numbered.replace("QUẢN LÝ HÀNH CHÍNH……", "II. QUẢN LÝ HÀNH CHÍNH……")
    unmarked = numbered.replace("(Baolaocai.vn 02/01)[Về đầu trang](#)", "(Baolaocai.vn 02/01)")
    plain = parse_text(PRINT_DIGEST, "print.txt")
    for text in (numbered, unmarked):
        bulletin = parse_text(text, "print.txt")
        assert [s.name for s in bulletin.sections] == [
            "I. CẢI CÁCH ĐỊA PHƯƠNG",
            "II. QUẢN LÝ HÀNH CHÍNH",
        ]
        numbered_name = {"CẢI CÁCH ĐỊA PHƯƠNG": "I. CẢI CÁCH ĐỊA PHƯƠNG"}
        numbered_name["QUẢN LÝ HÀNH CHÍNH"] = "II. QUẢN LÝ HÀNH CHÍNH"
        assert [(a.title, a.section) for a in bulletin.articles] == [
            (a.title, numbered_name[a.section or ""]) for a in plain.articles
        ]


def _toc_pages_after_one_space(text: str) -> str:
    """``text`` with each TOC page after one space alone, as a PDF's tab stop becomes in text."""
    for before, after in (
        ("CẢI CÁCH ĐỊA PHƯƠNG.....\t1", "CẢI CÁCH ĐỊA PHƯƠNG 1"),
        ("tăng mạnh\t1", "tăng mạnh 1"),
        ("thủ tục.....\t2", "thủ tục 2"),
        ("QUẢN LÝ HÀNH CHÍNH……\t3", "QUẢN LÝ HÀNH CHÍNH 3"),
        ("đầu năm.....3", "đầu năm 3"),
    ):
        text = text.replace(before, after, 1)
    return text


def test_toc_pages_after_one_space_are_read_when_every_line_ends_with_one(printed):
    got = parse_text(_toc_pages_after_one_space(PRINT_DIGEST), "one-space.txt")
    assert got.sections == printed.sections
    assert got.toc == printed.toc


def test_a_number_ending_some_toc_titles_stays_in_them():
    # "… đầu năm 3" is a title's own number when another line shows no number at its end.
    text = _toc_pages_after_one_space(PRINT_DIGEST).replace("thủ tục 2", "thủ tục", 1)
    got = parse_text(text, "one-space.txt")
    assert [entry.title for entry in got.toc][1:] == [
        "Lào Cai: Số hóa kết quả giải quyết thủ tục",
        "Kiểm tra công vụ đầu năm 3",
    ]
    assert {entry.page for entry in got.toc} == {None}


def test_a_subheading_in_capitals_stays_a_paragraph_of_its_own():
    # A line in capitals has no terminal punctuation, yet no page break cut a sentence there.
    text = PRINT_DIGEST.replace(
        "Năm 2024, tỉnh tiếp nhận", "KẾT QUẢ NỔI BẬT\n\nNăm 2024, tỉnh tiếp nhận", 1
    )
    first = parse_text(text, "subheading.txt").articles[0]
    assert [p.text[:24] for p in first.paragraphs[:2]] == [
        "KẾT QUẢ NỔI BẬT",
        "Năm 2024, tỉnh tiếp nhận",
    ]


@pytest.mark.parametrize(
    ("closing", "outlet", "authors"),
    [
        ("(Theo Chinhphu.vn)", "Chinhphu.vn", ()),
        ("(Nguồn: Báo Lào Cai, Thu Hà)", "Báo Lào Cai", ("Thu Hà",)),
        ("(Theo TTXVN).", "TTXVN", ()),
        ("(Đài Truyền hình Việt Nam - VTV)", None, None),  # not framed as a source note
        ("(theo Nghị định 61/2018/NĐ-CP)", None, None),  # framed, but no outlet
        ("(Theo báo cáo của Sở Nội vụ)", None, None),
        # A magazine's issue where the writers go is the outlet's, no writer's name.
        (
            "(Nguồn: Tạp chí Tổ chức nhà nước - số 215, tháng 9/2025)",
            "Tạp chí Tổ chức nhà nước, số 215, tháng 9/2025",
            (),
        ),
        (
            "(Theo Tạp chí Cộng sản, số 1071, Hoàng Lan)",
            "Tạp chí Cộng sản, số 1071",
            ("Hoàng Lan",),
        ),
        (
            "(Theo Tạp chí Tuyên giáo - kỳ 3, quý II/2025)",
            "Tạp chí Tuyên giáo, kỳ 3, quý II/2025",
            (),
        ),
    ],
)
def test_a_note_framed_as_a_source_may_print_no_day(closing, outlet, authors):
    text, citation = split_citation(f"Người dân hài lòng. {closing}", 9)
    if outlet is None:
        assert citation is None and text.endswith(closing)
    else:
        assert text == "Người dân hài lòng."
        assert citation is not None
        assert (citation.outlet, citation.date_text, citation.authors) == (outlet, "", authors)


@pytest.mark.parametrize(
    "trailer",
    [
        ["Các tin khác", "Bản tin Cải cách hành chính ngày 03/5/2024"],
        ["Tin liên quan:", "Nam Định: Một cửa thân thiện"],
        ["Chia sẻ: Facebook | Zalo | In bài viết"],
        ["Từ khóa: CCHC, một cửa"],
        ["© 2024 Sở Nội vụ tỉnh Nam Định"],
    ],
)
def test_what_a_web_page_prints_after_the_digest_is_no_article(trailer):
    text = WEB_DIGEST + "\n" + "\n\n".join(trailer) + "\n"
    bulletin = parse_text(text, "web.txt")
    assert [a.title for a in bulletin.articles] == [
        "Nam Định: “Một cửa” thân thiện",
        "Lắng nghe để phục vụ",
    ]
    assert bulletin.articles[-1].line_end == 25


def test_an_article_after_a_related_links_heading_is_kept_for_the_toc_check():
    # "Tin khác" followed by an article that ends with its back-to-top link: a section of the
    # digest that the TOC forgot, not the page's links. It is read, and the TOC check sees it.
    extra = [
        "Tin khác",
        "",
        "Hà Nam: Cấp căn cước tại nhà",
        "",
        "Người cao tuổi được phục vụ tận nơi. (Baohanam.com.vn 06/5)Về đầu trang",
    ]
    bulletin = parse_text(WEB_DIGEST + "\n" + "\n".join(extra) + "\n", "web.txt")
    assert [a.title for a in bulletin.articles][2:] == ["Tin khác"]
    assert bulletin.articles[2].paragraphs[-1].text.endswith("tận nơi.")


def test_a_pages_byline_source_and_counters_after_the_last_article_are_no_article():
    # Portals print the page's author, source and view count below an article; after the last
    # one the TOC lists they were read as an unlisted article (toc.body-mismatch, an error).
    for below in (
        ["Lượt xem: 1.234"],
        ["Số lượt xem: 532", "Tin mới nhất", "Hà Nội tổ chức hội nghị cải cách hành chính"],
        ["Tác giả: Sở Nội vụ", "Nguồn: Cổng Thông tin điện tử tỉnh"],
        ["Các tin đã đưa ngày: 05/05/2024"],
    ):
        bulletin = parse_text(WEB_DIGEST + "\n" + "\n\n".join(below) + "\n", "web.txt")
        assert len(bulletin.articles) == 2, below


def test_a_title_that_begins_like_a_pages_widget_is_a_title():
    assert not is_page_trailer("Chia sẻ kinh nghiệm số hóa hồ sơ")
    assert not is_page_trailer("Tin khác biệt về cải cách")
    assert not is_page_trailer("Nguồn lực cho chuyển đổi số cấp xã")
    assert not is_page_trailer("Tác giả của sáng kiến được khen thưởng")
    assert not is_page_trailer("Tin mới về dịch vụ công trực tuyến")
    assert is_page_trailer("Chia sẻ:")
    assert is_page_trailer("TIN LIÊN QUAN")


def test_a_toc_numbered_with_slashes_is_read_and_a_ratio_is_no_entry():
    assert TOC_ENTRY_RE.match("3/ Hà Nam: Tiếp nhận hồ sơ 24/7")["number"] == "3"
    assert TOC_ENTRY_RE.match("1/2 số xã đã hoàn thành số hóa.") is None
    assert TOC_ENTRY_RE.match("12/15 huyện hoàn thành.") is None


def test_a_print_toc_may_print_its_headings_as_typed_though_the_body_prints_capitals():
    # A word processor's TOC copies a heading's text, not the font that sets it in capitals.
    typed = PRINT_DIGEST.replace("CẢI CÁCH ĐỊA PHƯƠNG.....\t1", "Cải cách địa phương.....\t1")
    typed = typed.replace("QUẢN LÝ HÀNH CHÍNH……\t3", "Quản lý hành chính……\t3")
    bulletin = parse_text(typed, "typed.txt")
    plain = parse_text(PRINT_DIGEST, "plain.txt")
    assert [(s.name, s.page, s.line) for s in bulletin.sections] == [
        ("Cải cách địa phương", 1, 14),
        ("Quản lý hành chính", 3, 17),
    ]
    assert [(e.title, e.page) for e in bulletin.toc] == [(e.title, e.page) for e in plain.toc]
    assert [a.body for a in bulletin.articles] == [a.body for a in plain.articles]
    assert [a.section for a in bulletin.articles] == [
        "Cải cách địa phương",
        "Cải cách địa phương",
        "Quản lý hành chính",
    ]


def _read_sections(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [
        (a.section, a.title, [p.text for p in a.paragraphs])
        for a in parse_text(text, "typed.txt").articles
    ]


def test_a_print_digest_may_type_its_headings_in_lower_case_over_the_body_too():
    """Headings typed "Cải cách địa phương" in the TOC and over the articles (bold type marks
    them, no capitals): the body's were read as articles' titles, three false toc.body-mismatch
    errors that held the whole digest back."""
    typed = PRINT_DIGEST
    for heading in ("CẢI CÁCH ĐỊA PHƯƠNG", "QUẢN LÝ HÀNH CHÍNH"):
        typed = typed.replace(heading, heading.capitalize())
    assert typed.count("Cải cách địa phương") == 2 and typed.count("Quản lý hành chính") == 2
    got = _read_sections(typed)
    want = _read_sections(PRINT_DIGEST)
    assert [(title, body) for _, title, body in got] == [(title, body) for _, title, body in want]
    assert [section for section, _, _ in got] == [
        "Cải cách địa phương",
        "Cải cách địa phương",
        "Quản lý hành chính",
    ]
    assert validate_bulletins([parse_text(typed, "typed.txt")]) == validate_bulletins(
        [parse_text(PRINT_DIGEST, "typed.txt")]
    )


def test_a_web_page_copied_from_a_style_in_capitals_keeps_its_typed_headings():
    """A site that sets its headings in capitals by a style: a copy of the page takes the text
    as typed ("Phân tích – bình luận"). The TOC ended at the first such heading, and the body
    then disagreed with it."""
    typed = WEB_DIGEST.replace("CẢI CÁCH ĐỊA PHƯƠNG", "Cải cách địa phương")
    typed = typed.replace("PHÂN TÍCH – BÌNH LUẬN", "Phân tích – bình luận")
    bulletin = parse_text(typed, "typed.txt")
    assert [(s.name, s.line) for s in bulletin.sections] == [
        ("Cải cách địa phương", 5),
        ("Phân tích – bình luận", 9),
    ]
    assert [e.number for e in bulletin.toc] == ["1", "2"]
    got = _read_sections(typed)
    assert [(title, body) for _, title, body in got] == [
        (title, body) for _, title, body in _read_sections(WEB_DIGEST)
    ]
    assert [section for section, _, _ in got] == ["Cải cách địa phương", "Phân tích – bình luận"]
    assert validate_bulletins([bulletin]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Điểm báo",  # a few words over the TOC, never printed again: no section
        "Trong ngày, báo chí quan tâm phản ánh:",  # a sentence
        "Tin ngày 6/5",  # a digit
    ],
)
def test_a_typed_line_over_a_web_toc_is_a_heading_only_when_the_body_prints_it_again(
    line: str,
) -> None:
    text = WEB_DIGEST.replace("CẢI CÁCH ĐỊA PHƯƠNG\n\n1.", f"{line}\n\nCẢI CÁCH ĐỊA PHƯƠNG\n\n1.")
    assert text != WEB_DIGEST
    bulletin = parse_text(text, "typed.txt")
    assert [s.name for s in bulletin.sections] == ["CẢI CÁCH ĐỊA PHƯƠNG", "PHÂN TÍCH – BÌNH LUẬN"]
    plain = "\n".join(line for line in WEB_DIGEST.split("\n") if line != "CẢI CÁCH ĐỊA PHƯƠNG")
    dropped = parse_text(plain.replace("\n\n1.", f"\n\n{line}\n\n1.", 1), "typed.txt")
    assert line not in [s.name for s in dropped.sections]


def test_a_line_before_the_toc_without_a_page_is_no_heading():
    # The intro sentence before a TOC that starts with its first entry stays out of it.
    text = PRINT_DIGEST.replace("CẢI CÁCH ĐỊA PHƯƠNG.....\t1\n", "")
    bulletin = parse_text(text, "no-heading.txt")
    assert [e.number for e in bulletin.toc] == ["1", "2", "3"]
    assert bulletin.toc[0].section is None


def test_a_source_note_broken_over_two_lines_is_read_whole():
    # Text taken from a PDF may break a line where the page's width ends it, inside the note.
    closing = "Trả kết quả điện tử cho 98,5% hồ sơ. (TTXVN/Bnews.vn 31/12, Lê Minh - Trần Hoa)"
    broken = PRINT_DIGEST.replace(
        closing, "Trả kết quả điện tử cho 98,5% hồ sơ. (TTXVN/Bnews.vn\n31/12, Lê Minh - Trần Hoa)"
    )
    assert broken != PRINT_DIGEST
    plain, got = parse_text(PRINT_DIGEST, "plain.txt"), parse_text(broken, "broken.txt")
    want, first = plain.articles[0], got.articles[0]
    assert first.citation is not None and want.citation is not None
    assert (first.citation.outlet, first.citation.date_text, first.citation.authors) == (
        want.citation.outlet,
        want.citation.date_text,
        want.citation.authors,
    )
    assert first.citation.line == want.citation.line
    assert first.body == want.body


def test_a_title_broken_over_two_lines_in_the_body_is_the_tocs_title():
    title = "Hà Nam: Tiếp nhận hồ sơ trực tuyến tăng mạnh"
    body_title = f"\n{title}\n"
    assert PRINT_DIGEST.count(body_title) == 1
    broken = PRINT_DIGEST.replace(body_title, "\nHà Nam: Tiếp nhận hồ sơ\ntrực tuyến tăng mạnh\n")
    got, plain = parse_text(broken, "broken.txt"), parse_text(PRINT_DIGEST, "plain.txt")
    assert [a.title for a in got.articles] == [a.title for a in plain.articles]
    assert [a.body for a in got.articles] == [a.body for a in plain.articles]

    def found(bulletin):
        return [(f.rule, f.message) for f in validate_bulletins([bulletin])]

    assert found(got) == found(plain)  # no toc.body-mismatch


def test_a_first_paragraph_is_never_taken_into_a_whole_title():
    # The title is the TOC's whole: a short first line that happens to go on is a paragraph.
    text = PRINT_DIGEST.replace(
        "Năm 2024, tỉnh tiếp nhận 1.624.565 hồ sơ, đạt 132,58% so với chỉ tiêu.", "Tăng mạnh."
    )
    got = parse_text(text, "short.txt")
    assert got.articles[0].title == "Hà Nam: Tiếp nhận hồ sơ trực tuyến tăng mạnh"
    assert got.articles[0].paragraphs[0].text == "Tăng mạnh."


def test_a_body_without_section_headings_keeps_the_tocs_sections():
    plain = parse_text(PRINT_DIGEST, "plain.txt")
    headless = PRINT_DIGEST.replace("\nCẢI CÁCH ĐỊA PHƯƠNG\n\n", "\n").replace(
        "\nQUẢN LÝ HÀNH CHÍNH\n\n", "\n"
    )
    got = parse_text(headless, "headless.txt")
    assert [a.section for a in got.articles] == [a.section for a in plain.articles]
    assert [a.section_line for a in got.articles] == [None, None, None]  # no line prints them


def test_a_body_that_prints_some_headings_keeps_what_it_prints():
    # Only a body with no heading at all takes the TOC's: one that prints some is read as printed.
    partial_headings = PRINT_DIGEST.replace("\nQUẢN LÝ HÀNH CHÍNH\n\n", "\n")
    got = parse_text(partial_headings, "partial.txt")
    assert [a.section for a in got.articles] == ["CẢI CÁCH ĐỊA PHƯƠNG"] * 3


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh giải quyết đúng hạn 99% hồ sơ (theo báo cáo ngày 14/3, trang 5",
        "Quy trình mới áp dụng (ban hành ngày 14/3/2025",
        "Hồ sơ tăng mạnh (Báo Hậu Giang 14/3 ghi nhận",  # a verb after the day, no name
        "Hồ sơ tăng mạnh (Báo Hậu Giang 14/3, Ngọc Trâm) và (ảnh: Duy Khánh",
    ],
)
def test_text_that_ends_inside_a_parenthesis_is_no_unclosed_note(text: str) -> None:
    assert split_citation(text, 4) == (text, None)


def test_a_bulletin_whose_last_note_is_unclosed_publishes_its_citation() -> None:
    text = PRINT_DIGEST.replace(
        "(Baolaocai.vn 02/01)[Về đầu trang](#)", "(Baolaocai.vn 02/01 [Về đầu trang](#)"
    )
    article = parse_text(text, "print.txt").articles[1]
    assert article.citation is not None and article.citation.outlet == "Baolaocai.vn"
    assert article.paragraphs[-1].text == "Tỷ lệ hồ sơ trực tuyến đạt 80.09%."


@pytest.mark.parametrize("typed", ["2, ", "2.. ", "2 ", "2 , "])
def test_a_toc_entry_whose_number_was_mistyped_is_still_an_entry(typed: str) -> None:
    # Numbered by hand, one entry's "." became "," or "..", or was left out: it follows entry 1
    # and ends with its page, so it is entry 2, not a section over entry 3.
    text = PRINT_DIGEST.replace("2. Lào Cai:", f"{typed}Lào Cai:")
    bulletin = parse_text(text, "print.txt")
    assert [(e.number, e.section) for e in bulletin.toc] == [
        ("1", "CẢI CÁCH ĐỊA PHƯƠNG"),
        ("2", "CẢI CÁCH ĐỊA PHƯƠNG"),
        ("3", "QUẢN LÝ HÀNH CHÍNH"),
    ]
    assert [f.rule for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")] == []


def test_a_line_numbered_out_of_turn_is_no_mistyped_entry() -> None:
    text = PRINT_DIGEST.replace("2. Lào Cai:", "7 Lào Cai:")
    assert "7" not in [entry.number for entry in parse_text(text, "print.txt").toc]


@pytest.mark.parametrize(
    "link", ["[Về đầu trang] (#)", "[Về đầu trang](# )", "[Về đầu trang] ( #top )"]
)
def test_a_back_to_top_link_typed_with_spaces_still_closes_its_article(link: str) -> None:
    text = PRINT_DIGEST.replace("[Về đầu trang](#)", link)
    bulletin = parse_text(text, "print.txt")
    assert [a.citation is not None for a in bulletin.articles] == [True, True, True]
    assert not any("đầu trang" in p.text for a in bulletin.articles for p in a.paragraphs)


@pytest.mark.parametrize("after", [" (Thứ Hai)", ", Thứ Hai", " - thứ Hai"])
def test_a_web_title_may_print_its_weekday_after_the_day(after: str) -> None:
    title = "Bản tin Cải cách hành chính ngày 06/5/2024"
    bulletin = parse_text(WEB_DIGEST.replace(title, title + after), "web.txt")
    assert bulletin.issue_date == dt.date(2024, 5, 6)
    assert bulletin.weekday_printed == after.strip(" (),-")
    assert [f.rule for f in validate_bulletins([bulletin]) if f.rule.startswith("date.")] == []


def test_a_weekday_after_a_web_titles_day_is_checked_against_it() -> None:
    title = "Bản tin Cải cách hành chính ngày 06/5/2024"
    bulletin = parse_text(WEB_DIGEST.replace(title, f"{title} (Thứ Ba)"), "web.txt")
    weekday = [f for f in validate_bulletins([bulletin]) if f.rule == "date.weekday"]
    assert [f.line for f in weekday] == [bulletin.issue_date_line]


def test_a_back_to_top_link_with_a_full_stop_typed_after_it_closes_its_article() -> None:
    # A sentence that ends with the same words stays text: "… được đưa về đầu trang."
    text = WEB_DIGEST.replace("Hà Linh)Về đầu trang", "Hà Linh)Về đầu trang.")
    bulletin = parse_text(text, "web.txt")
    assert all(a.citation is not None for a in bulletin.articles)
    assert not any("đầu trang" in p.text for a in bulletin.articles for p in a.paragraphs)
    assert BACK_TO_TOP_RE.search("Tin nổi bật được đưa về đầu trang.") is None


@pytest.mark.parametrize("typed", ["2\u00a0\u00a0", "2,\u00a0\u00a0", "2..\u00a0\u00a0"])
def test_a_web_toc_entry_whose_number_was_mistyped_is_still_an_entry(typed: str) -> None:
    # The web list's indent after the number tells the entry, as a page ends a printed one.
    assert "2.\u00a0\u00a0" in WEB_DIGEST
    bulletin = parse_text(WEB_DIGEST.replace("2.\u00a0\u00a0", typed, 1), "web.txt")
    assert [entry.number for entry in bulletin.toc] == ["1", "2"]
    assert [f.rule for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")] == []


@pytest.mark.parametrize(
    ("credits", "authors"),
    [
        ("Hà Linh/TTXVN", ("Hà Linh",)),
        ("Hà Linh / VOV", ("Hà Linh",)),
        ("Hà Linh/TTXVN - Minh Anh/VTV", ("Hà Linh", "Minh Anh")),
        ("Thanh Hà (TTXVN)", ("Thanh Hà",)),
        ("Nhóm PV/Báo Mới", ("Nhóm PV",)),  # a paper signed after them, as an agency is
        ("Thanh Hà/VOV-Đông Bắc", ("Thanh Hà",)),  # the agency's regional bureau
        ("Quốc Dũng/TTXVN-Hà Nội", ("Quốc Dũng",)),
        # Signed with a dash instead, or credited on its own between the names.
        ("Hà Linh-TTXVN", ("Hà Linh",)),
        ("Hà Linh - TTXVN", ("Hà Linh",)),
        ("Hà Linh – VOV", ("Hà Linh",)),
        ("Hà Linh - VOV-Tây Bắc", ("Hà Linh",)),
        ("Hà Linh, Minh Anh - TTXVN", ("Hà Linh", "Minh Anh")),
        ("Hà Linh - TTXVN, Minh Anh - VOV", ("Hà Linh", "Minh Anh")),
        # An aggregator's note names where it took the text from: no writer.
        ("theo Báo Lào Cai", ()),
        ("Minh Anh - theo Báo Lào Cai", ("Minh Anh",)),
        ("Minh Anh; nguồn: Báo Lào Cai", ("Minh Anh",)),
        ("theo Báo Lào Cai - Minh Anh", ("Minh Anh",)),
    ],
)
def test_the_agency_a_reporter_signs_for_is_no_part_of_the_name(
    credits: str, authors: tuple[str, ...]
) -> None:
    assert _authors_credited(credits) == authors


@pytest.mark.parametrize(
    ("credits", "authors"),
    [
        # A magazine credits a scholar with a degree and where he works; a paper, an officer
        # with his rank: the writer is the person.
        ("TS. Lê Văn Chiến - Học viện Hành chính quốc gia", ("Lê Văn Chiến",)),
        ("TS. Lê Văn Chiến, Học viện Hành chính quốc gia", ("Lê Văn Chiến",)),
        ("ThS Mai Hoa - Trường Đại học Nội vụ Hà Nội", ("Mai Hoa",)),
        ("PGS.TS. Trần Thị Lan", ("Trần Thị Lan",)),
        ("PGS. TS Trần Thị Lan và ThS. Vũ Minh", ("Trần Thị Lan", "Vũ Minh")),
        ("GS.TSKH. Nguyễn Văn Bình (tổng hợp)", ("Nguyễn Văn Bình",)),
        ("Thượng tá Nguyễn Hải", ("Nguyễn Hải",)),
        ("CTV Minh An", ("Minh An",)),
        # A name that opens as a title or an institution may open is a name ("Trường Giang", a
        # pen name); an office credited alone is the note's author.
        ("Trường Giang", ("Trường Giang",)),
        ("Trường Sơn - Minh Hà", ("Trường Sơn", "Minh Hà")),
        ("Tsang Lin", ("Tsang Lin",)),
        ("Ban Biên tập", ("Ban Biên tập",)),
        ("Sở Nội vụ", ("Sở Nội vụ",)),
    ],
)
def test_a_writers_degree_rank_and_institution_are_no_part_of_the_name(
    credits: str, authors: tuple[str, ...]
) -> None:
    assert _authors_credited(credits) == authors


def _authors_credited(credits: str) -> tuple[str, ...]:
    """The authors of a citation that credits ``credits`` after its outlet and day."""
    _, citation = split_citation(f"Người dân hài lòng. (Vietnamplus.vn 05/10, {credits})", 9)
    assert citation is not None
    return citation.authors


@pytest.mark.parametrize(
    ("credits", "authors"),
    [
        ("Hà Linh-Minh Anh", ("Hà Linh", "Minh Anh")),
        ("Nguyễn Hà Linh–Minh Anh", ("Nguyễn Hà Linh", "Minh Anh")),
        # One name each side at least two words long, or it is no pair of names.
        ("Hà Linh-Anh", ("Hà Linh-Anh",)),
        ("Hà Linh-Minh Anh-Thu Hà", ("Hà Linh-Minh Anh-Thu Hà",)),
    ],
)
def test_two_names_joined_by_a_bare_dash_are_two_authors(
    credits: str, authors: tuple[str, ...]
) -> None:
    assert _authors_credited(credits) == authors


@pytest.mark.parametrize(
    ("note", "outlet", "authors"),
    [
        ("(Thu Hà - Báo Lào Cai 02/01)", "Báo Lào Cai", ("Thu Hà",)),
        ("(Thu Hà, Minh Tú - Baolaocai.vn 02/01)", "Baolaocai.vn", ("Thu Hà", "Minh Tú")),
        ("(Báo Lào Cai - Thu Hà 02-01)", "Báo Lào Cai", ("Thu Hà",)),
        ("(PV - TTXVN 02/01)", "TTXVN", ("PV",)),
        # One outlet, not writers: an agency, a place, a name with a medium's word in it.
        ("(Báo Tin tức - TTXVN 02/01)", "Báo Tin tức - TTXVN", ()),
        ("(Báo Kinh tế và Đô thị - Hà Nội 02/01)", "Báo Kinh tế và Đô thị - Hà Nội", ()),
        ("(Báo Thanh Niên - Thanh Niên Online 02/01)", "Báo Thanh Niên - Thanh Niên Online", ()),
        ("(Báo Bà Rịa - Vũng Tàu 02/01)", "Báo Bà Rịa - Vũng Tàu", ()),
        ("(Báo Thừa Thiên - Huế 02/01)", "Báo Thừa Thiên - Huế", ()),
        ("(Báo Quảng Ninh - Hạ Long 02/01)", "Báo Quảng Ninh - Hạ Long", ()),
    ],
)
def test_writers_printed_with_the_outlet_before_the_day_are_its_authors(
    note: str, outlet: str, authors: tuple[str, ...]
) -> None:
    text, citation = split_citation(f"Người dân hài lòng. {note}", 9)
    assert text == "Người dân hài lòng."
    assert citation is not None and (citation.outlet, citation.authors) == (outlet, authors)


@pytest.mark.parametrize(
    ("typed", "fires"), [("THỨ 6", False), ("Thứ sáu", False), ("THỨ 5", True)]
)
def test_a_masthead_weekday_with_a_digit_is_read_and_checked(typed: str, fires: bool) -> None:
    bulletin = parse_text(PRINT_DIGEST.replace("THỨ SÁU", typed), "print.txt")  # 03/01/2025: Fri
    assert bulletin.weekday_printed == typed
    weekday = [f.line for f in validate_bulletins([bulletin]) if f.rule == "date.weekday"]
    assert weekday == ([bulletin.weekday_line] if fires else [])


@pytest.mark.parametrize(
    "title", ["BẢN TIN ĐIỂM BÁO CẢI CÁCH HÀNH CHÍNH", "Bản tin CCHC", "BẢN TIN CẢI CÁCH HÀNH CHÍNH"]
)
def test_the_masthead_title_is_published_as_printed(title: str) -> None:
    bulletin = parse_text(PRINT_DIGEST.replace("BẢN TIN CẢI CÁCH HÀNH CHÍNH", title), "print.txt")
    assert bulletin.title == title
    assert len(bulletin.articles) == 3


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "1.        [Huế: Vận hành Trung tâm phục vụ](#tin2)",
            "1.        Huế: Vận hành Trung tâm phục vụ",
        ),
        (
            "[2. Huế: Vận hành Trung tâm phục vụ\t3](#_Toc179)",
            "2. Huế: Vận hành Trung tâm phục vụ\t3",
        ),
        ("[Về đầu trang](#)", "[Về đầu trang](#)"),  # a link to nowhere: the back-to-top link
        ("Xem [Cổng Dịch vụ công](https://dichvucong.gov.vn).", None),  # another page
        ("đạt 95%[1](#_ftn1), theo báo cáo[2](#_ftn2).", None),  # footnote marks
    ],
)
def test_a_link_within_the_page_reads_as_its_text(line: str, read: str | None) -> None:
    """HTML-to-text tools print a TOC entry that links to its article as "[Title](#tin2)"."""
    assert without_anchor_links([line]) == [line if read is None else read]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("## CẢI CÁCH ĐỊA PHƯƠNG\nx", "CẢI CÁCH ĐỊA PHƯƠNG\nx"),
        ("a\n\f### **Hà Nam: Tiếp nhận hồ sơ**", "a\n\fHà Nam: Tiếp nhận hồ sơ"),
        ("Tỷ lệ đạt **98%**, tăng __2%__.", "Tỷ lệ đạt 98%, tăng 2%."),
        ("Tăng __2%__ so với năm trước.", "Tăng 2% so với năm trước."),
        ("\n## CẢI CÁCH ĐỊA PHƯƠNG", "\nCẢI CÁCH ĐỊA PHƯƠNG"),  # after an empty first line
        ("Mục (#)\n\t## Tin vắn", "Mục (#)\n\tTin vắn"),  # a "#" before, on a line of its own
        # What is no Markdown mark stays as printed.
        ("Kết quả (Baolaocai.vn 02/01) [Về đầu trang](#)", None),
        ("#CCHC là từ khóa của chiến dịch", None),
        ("Chỉ số (*) được tính lại", None),
        ("Tệp bao_cao__2024__final.docx", None),
    ],
)
def test_markdown_heading_and_bold_marks_are_left_out(printed: str, read: str | None) -> None:
    assert without_markup(printed) == (printed if read is None else read)


@pytest.mark.parametrize(
    ("middle", "kept"),
    [
        ("5", False),
        ("120", False),  # a page numbered with three digits
        ("2024", True),  # no digest has a thousand pages: a year alone is text
    ],
)
def test_a_bare_number_between_two_paragraphs_is_a_page_number_up_to_three_digits(
    middle: str, kept: bool
) -> None:
    parts = [("Dở dang", 1), ("tiếp.", 2), (middle, 4), ("Câu sau mở đầu.", 6)]
    texts = [p.text for p in join_page_breaks(parts)]
    # Kept, it goes on into the next paragraph, as a piece a page break split off does.
    assert texts == ["Dở dang tiếp.", f"{middle} Câu sau mở đầu." if kept else "Câu sau mở đầu."]


def test_a_body_laid_out_as_its_page_reads_as_printed_plainly() -> None:
    """Text taken with the page's layout (``pdftotext -layout``): a justified line's widened
    gaps, a page's head with its page set apart by a run of spaces, a tab inside a line. The head
    was glued into the sentence the page broke, the link was no link (the note lost), and the
    gaps were published."""
    head = "BẢN TIN CẢI CÁCH HÀNH CHÍNH" + " " * 37 + "Trang 2"
    split = "Bộ phận Một cửa cấp xã đã hướng dẫn người dân nộp hồ sơ qua Cổng Dịch vụ công và"
    note = "(TTXVN/Bnews.vn 31/12, Lê Minh - Trần Hoa) [Về đầu trang](#)"
    assert split in PRINT_DIGEST and note in PRINT_DIGEST
    laid_out = (
        PRINT_DIGEST.replace(split, split.replace(" qua ", "  qua   ").replace(" xã ", "\txã "))
        .replace(note, note.replace(" ", "  "))
        .replace(f"{split}\n\n", f"{split}\n\n{head}\n\n")
    )
    got, want = parse_text(laid_out, "p.txt"), parse_text(PRINT_DIGEST, "p.txt")
    assert [(a.title, a.body) for a in got.articles] == [(a.title, a.body) for a in want.articles]
    assert [a.citation and a.citation.outlet for a in got.articles] == [
        a.citation and a.citation.outlet for a in want.articles
    ]


@pytest.mark.parametrize(
    ("first", "then", "joined"),
    [
        ("Tỉnh Bà Rịa-", "Vũng Tàu đạt 95%.", "Tỉnh Bà Rịa-Vũng Tàu đạt 95%."),
        ("Ứng dụng VNe-", "ID đã tích hợp.", "Ứng dụng VNe-ID đã tích hợp."),
        ("Phát triển kinh tế -", "xã hội bền vững.", "Phát triển kinh tế - xã hội bền vững."),
    ],
)
def test_a_word_the_lines_end_broke_at_its_hyphen_is_joined_whole(
    first: str, then: str, joined: str
) -> None:
    """PDF text breaks a hyphenated word at its hyphen: no space comes into it ("Bà Rịa- Vũng
    Tàu"); a dash between words keeps its space."""
    (paragraph,) = join_page_breaks([(first, 1), (then, 2)])
    assert paragraph.text == joined
    assert paragraph.line_at(joined.index(then)) == 2


def test_a_bare_number_that_ends_an_article_is_kept() -> None:
    # Nothing after it shows a page break: it may be the article's own last line.
    parts = [("Dở dang", 1), ("tiếp.", 2), ("Câu hai.", 4), ("5", 6)]
    assert [p.text for p in join_page_breaks(parts)] == ["Dở dang tiếp.", "Câu hai.", "5"]


@pytest.mark.parametrize(
    "parts",
    [
        # Right after the title: the article's first part, before its opening sentence.
        [("5", 1), ("Câu mở đầu.", 3), ("Dở dang", 5)],
        # Before a paragraph that opens with a quotation.
        [("Dở dang", 1), ("tiếp.", 2), ("5", 4), ("“Chúng tôi làm ngay.”", 6)],
    ],
)
def test_a_page_number_before_an_opening_sentence_is_left_out(parts) -> None:
    texts = [p.text for p in join_page_breaks(parts)]
    assert "5" not in " ".join(texts).split()


@pytest.mark.parametrize(
    ("text", "start", "signed"),
    [
        ("-5% là mức giảm", 1, True),  # at the paragraph's start
        ("giảm (-5%)", 7, True),
        ("cả quý −1,2%", 8, True),
        ("quý X-5%", 6, False),  # after a letter: a hyphen, no sign
        ("A-5%", 2, False),
        ("98%-96%", 4, False),  # between two percentages
        ("5%", 0, False),
    ],
)
def test_a_minus_sign_stands_right_before_the_number_after_a_space_or_nothing(
    text: str, start: int, signed: bool
) -> None:
    from bantin.parsers.tokens import _minus_before

    assert _minus_before(text, start) is signed


def _another_issue(digest: str, old: str, new: str) -> str:
    """``digest`` as the next day's issue: its date replaced, its titles the same."""
    assert old in digest
    return digest.replace(old, new)


@pytest.mark.parametrize(
    ("first", "old", "new", "second_line"),
    [
        (PRINT_DIGEST, "Phát hành: 03/01/2025", "Phát hành: 06/01/2025", "Phát hành: 06/01/2025"),
        (PRINT_DIGEST, "Phát hành: 03/01/2025", "PHÁT HÀNH: 06/01/2025", "PHÁT HÀNH: 06/01/2025"),
        (
            WEB_DIGEST,
            "Bản tin Cải cách hành chính ngày 06/5/2024",
            "Bản tin Cải cách hành chính ngày 07/5/2024",
            "Bản tin Cải cách hành chính ngày 07/5/2024",
        ),
    ],
)
def test_two_digests_in_one_file_are_refused(
    first: str, old: str, new: str, second_line: str
) -> None:
    """Two days' digests pasted into one file: the print parser published the first and dropped
    the second after its sign-off without a word. The file is refused at the second's date line,
    so that it is split, never half published."""
    pasted = first.rstrip("\n") + "\n\n" + _another_issue(first, old, new)
    at = pasted.split("\n").index(second_line) + 1
    with pytest.raises(MalformedBulletin) as raised:
        parse_text(pasted, "week.txt")
    assert (raised.value.source, raised.value.line) == ("week.txt", at)
    assert "a second digest" in raised.value.reason and "split the file" in raised.value.reason


def test_a_paragraph_opening_with_an_issue_date_is_no_second_digest() -> None:
    """A paragraph may say when something was issued ("Phát hành ngày 2/1/2025, …"): with no
    series title near it, it is text, and the digest is read."""
    lines = PRINT_DIGEST.split("\n")
    at = lines.index("Kiểm tra công vụ đầu năm") + 1
    # A numbered list follows, as an article's may: still no masthead without the series' title.
    lines[at:at] = ["", "Phát hành: 02/01/2025", "", "1. Rà soát thủ tục nội bộ.", ""]
    digest = parse_text("\n".join(lines), "p.txt")
    assert len(digest.articles) == 3
    assert "Phát hành: 02/01/2025" in [p.text for p in digest.articles[2].paragraphs]


def test_an_article_after_the_sign_off_is_read_not_dropped() -> None:
    """After the sign-off, with every article the TOC lists read, what follows was skipped as
    the colophon, a whole article too. A line ending an article (its back-to-top link) says the
    digest goes on: the article is read, and toc.body-mismatch reports that the TOC lacks it."""
    extra = [
        "Thêm một bài",
        "",
        "Tỉnh tiếp tục rà soát thủ tục. (Baohanam.vn 03/01, Thu Hà) [Về đầu trang](#)",
        "",
    ]
    digest = parse_text(PRINT_DIGEST.rstrip("\n") + "\n\n" + "\n".join(extra), "p.txt")
    assert [article.title for article in digest.articles][-1] == "Thêm một bài"
    findings = validate_bulletins([digest])
    assert any(
        finding.rule == "toc.body-mismatch" and "Thêm một bài" in finding.message
        for finding in findings
    )


def test_a_second_web_digest_whose_toc_follows_its_title_at_once_is_refused() -> None:
    """A page with no chrome and no section headings: the second digest's only entry is the
    line right after its title."""
    second = [
        "Bản tin Cải cách hành chính ngày 07/5/2024",
        "1. Nam Định: Một cửa thân thiện",
        "Nam Định: Một cửa thân thiện",
        "Người dân được hướng dẫn. (Baonamdinh.vn 06/5)Về đầu trang",
    ]
    pasted = WEB_DIGEST.rstrip("\n") + "\n\n" + "\n".join(second) + "\n"
    with pytest.raises(MalformedBulletin, match="a second digest, of 07/5/2024"):
        parse_text(pasted, "week.txt")


@pytest.mark.parametrize(("gap", "refused"), [(11, True), (12, False)])
def test_a_second_digest_begins_only_where_its_toc_soon_follows(gap: int, refused: bool) -> None:
    """The first entry of the second digest's TOC must come within 12 lines of its date line;
    further on, the date line is no digest's (a list of other issues, say)."""
    lines = [Line(1, "Phát hành: 06/01/2025"), *(Line(2 + n, "Tin khác") for n in range(gap))]
    lines.append(Line(2 + gap, "1. Hà Nam: Tiếp nhận hồ sơ"))

    def dated(index: int) -> str | None:
        return "06/01/2025" if index == 0 else None

    if refused:
        with pytest.raises(MalformedBulletin):
            check_one_issue(lines, 0, "p.txt", dated)
    else:
        check_one_issue(lines, 0, "p.txt", dated)


@pytest.mark.parametrize("style", WEB_TITLES)
def test_every_way_a_web_page_titles_its_issue_dates_the_digest(style: str) -> None:
    """Each title of ``WEB_TITLES``, on the same page: the same digest of the same day. (The
    round-trip property draws them at random; this holds every one, "(ngày 06/5/2024)" too.)"""
    title = style.format(
        date="06/5/2024", long="6 tháng 5 năm 2024", weekday="Thứ Hai", number=85,
        quarter="II", month=5, year=2024,
    )  # fmt: skip
    text = WEB_DIGEST.replace("Bản tin Cải cách hành chính ngày 06/5/2024", title, 1)
    assert text != WEB_DIGEST
    bulletin = parse_text(text, "titled.txt")
    assert (bulletin.issue_date, bulletin.title) == (dt.date(2024, 5, 6), title)
    plain = parse_text(WEB_DIGEST, "titled.txt")
    assert [a.body for a in bulletin.articles] == [a.body for a in plain.articles]
    assert validate_bulletins([bulletin]) == []


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        ("Bản tin Cải cách hành chính số 02 - Quý II/2024", "Quý II/2024"),
        ("Bản tin CCHC tháng 5/2024", "tháng 5/2024"),
    ],
)
def test_a_web_title_that_names_only_its_period_gives_an_undated_digest(
    title: str, printed: str
) -> None:
    """A quarterly's or monthly's page titled by its number and period, no day: the digest is
    read, undated (its date kept as printed), never refused as no bulletin."""
    text = WEB_DIGEST.replace("Bản tin Cải cách hành chính ngày 06/5/2024", title, 1)
    bulletin = parse_text(text, "period.txt")
    assert (bulletin.issue_date, bulletin.issue_date_text, bulletin.title) == (None, printed, title)
    assert [a.body for a in bulletin.articles] == [
        a.body for a in parse_text(WEB_DIGEST, "w.txt").articles
    ]


@pytest.mark.parametrize(
    "broken",
    [
        "(TTXVN/Bnews.vn 31/12, Lê Minh - Trần Hoa) [Về\nđầu trang](#)",
        "(TTXVN/Bnews.vn 31/12, Lê Minh - Trần Hoa) [Về đầu\ntrang](#)",
        "(TTXVN/Bnews.vn 31/12, Lê Minh - Trần Hoa) [Về\n  đầu trang](#)",
    ],
)
def test_a_back_to_top_link_the_page_width_broke_still_closes_its_article(broken: str) -> None:
    """Text taken from a PDF without joining its lines, where the line ends inside the link after
    a long note: the article went on to the next heading, its note lost and "[Về đầu trang](#)"
    published in its text."""
    whole = "(TTXVN/Bnews.vn 31/12, Lê Minh - Trần Hoa) [Về đầu trang](#)"
    assert whole in PRINT_DIGEST
    text = PRINT_DIGEST.replace(whole, broken)
    got, want = parse_text(text, "p.txt"), parse_text(PRINT_DIGEST, "p.txt")

    def read(bulletin: Bulletin) -> list[tuple[str, str, Citation | None]]:
        return [
            (a.title, a.body, a.citation and replace(a.citation, line=0)) for a in bulletin.articles
        ]

    assert read(got) == read(want)
    first_half = broken.split("\n")[0]
    note_line = next(n for n, line in enumerate(text.split("\n"), 1) if line.endswith(first_half))
    assert (got.articles[0].line_end, got.articles[0].citation.line) == (note_line, note_line)
    assert [f.rule for f in validate_bulletins([got])] == [
        f.rule for f in validate_bulletins([want])
    ]


def test_a_paragraph_opening_with_trang_and_closed_by_its_link_is_no_broken_link() -> None:
    """A last paragraph that opens with the word "Trang" (a site, "Trang thông tin …", or a
    name) and holds the whole back-to-top link is its own: it was joined to the paragraph
    before it, a caption, as the second half of a link the page's width broke."""
    whole = "(TTXVN/Bnews.vn 31/12, Lê Minh - Trần Hoa) [Về đầu trang](#)"
    last = "Trang thông tin điện tử của xã đăng tải kết quả hằng tháng. "
    lines = PRINT_DIGEST.split("\n")
    at = next(i for i, line in enumerate(lines) if line.endswith(whole))
    caption = "Người dân tra cứu hồ sơ tại Bộ phận Một cửa (Ảnh: Minh An)"
    before = lines[at][: -len(whole)].rstrip()
    text = "\n".join([*lines[:at], before, "", caption, "", last + whole, *lines[at + 1 :]])
    article = parse_text(text, "p.txt").articles[0]
    assert [p.text for p in article.paragraphs][-2:] == [caption, last.strip()]
    assert article.citation is not None and article.citation.line == at + 5


def test_a_web_toc_a_text_browser_wrapped_keeps_each_title_whole() -> None:
    """``w3m -dump`` wraps a long TOC title at the page's width: the first entry's goes on
    before the next heading, the last one's before the body's first heading."""
    wrapped = WEB_DIGEST.replace(
        "Nam Định: “Một cửa” thân thiện\n\nPHÂN", "Nam Định: “Một cửa”\n  thân thiện\n\nPHÂN", 1
    )
    wrapped = wrapped.replace(
        " Lắng nghe để phục vụ\n\n\u00a0", " Lắng nghe để\nphục vụ\n\n\u00a0", 1
    )
    assert wrapped.count("\n  thân thiện") == 1 and wrapped.count("để\nphục vụ") == 1
    got, want = parse_text(wrapped, "dumped.txt"), parse_text(WEB_DIGEST, "dumped.txt")
    assert [(e.number, e.title, e.section) for e in got.toc] == [
        (e.number, e.title, e.section) for e in want.toc
    ]
    assert [(a.title, a.body, a.section) for a in got.articles] == [
        (a.title, a.body, a.section) for a in want.articles
    ]
    assert validate_bulletins([got]) == []


@pytest.mark.parametrize(("old", "new"), [("Số hóa", "Số hoá"), ("Thủy", "Thuỷ"), ("Khỏe", "Khoẻ")])
def test_a_tone_placed_the_other_way_is_the_same_title(old: str, new: str) -> None:
    """An editor's keyboard places a tone the old way ("hóa") or the new ("hoá"): both are
    correct, and a TOC typed one way over a body typed the other was a toc.body-mismatch error
    that held the digest back. A different tone is another word."""
    assert title_words(f"Lào Cai: {old} kết quả") == title_words(f"LÀO CAI – {new} kết quả")
    assert title_words("Số hóa") != title_words("Sở hóa") != title_words("Số họa")
    typed = PRINT_DIGEST.replace("2. Lào Cai: Số hóa", "2. Lào Cai: Số hoá", 1)
    assert typed != PRINT_DIGEST
    assert validate_bulletins([parse_text(typed, "p.txt")]) == validate_bulletins(
        [parse_text(PRINT_DIGEST, "p.txt")]
    )


def test_a_running_head_after_the_web_toc_does_not_go_on_its_last_title() -> None:
    """The page's head between the TOC and the body ("Bản tin Cải cách hành chính" where a
    printed page of the web edition begins) is no part of the last TOC title."""
    headed = WEB_DIGEST.replace(
        "\u00a0\n\nCẢI CÁCH ĐỊA PHƯƠNG\n\nNam",
        "\u00a0\n\nBản tin Cải cách hành chính\n\nCẢI CÁCH ĐỊA PHƯƠNG\n\nNam",
        1,
    )
    assert headed != WEB_DIGEST
    got, want = parse_text(headed, "headed.txt"), parse_text(WEB_DIGEST, "headed.txt")
    assert [e.title for e in got.toc] == [e.title for e in want.toc]


@pytest.mark.parametrize(
    ("credits", "authors"),
    [
        # Forms of reposting sites and magazines: the writers are the persons only.
        ("Nguyễn Quỳnh/VOV.VN", ("Nguyễn Quỳnh",)),
        ("Thu Hà/VOV1", ("Thu Hà",)),
        ("Thu Hà/Vietnam+", ("Thu Hà",)),
        ("Thu Hà/Báo Tin tức", ("Thu Hà",)),
        ("Minh Anh - VTV24", ("Minh Anh",)),
        ("Thu Hà - Thông tấn xã Việt Nam", ("Thu Hà",)),
        # A post held, an institution or a country after the name.
        ("Nguyễn Văn Hùng - Phó Giám đốc Sở Nội vụ tỉnh Hà Nam", ("Nguyễn Văn Hùng",)),
        ("Lê Văn Hồng - Chủ tịch UBND xã Bản Vược", ("Lê Văn Hồng",)),
        (
            "ThS. Nguyễn Văn Hùng, Phó Trưởng phòng Cải cách hành chính, Sở Nội vụ",
            ("Nguyễn Văn Hùng",),
        ),
        ("TS. Trần Lan - Khoa Luật, Đại học Quốc gia Hà Nội", ("Trần Lan",)),
        ("NCS. Divisay Sidthisay - Cộng hòa Dân chủ Nhân dân Lào", ("Divisay Sidthisay",)),
        # A place's name after a name may be a second writer's: persons are named so too.
        ("Thu Hà - Hà Giang", ("Thu Hà", "Hà Giang")),
        # Degrees and titles however printed.
        ("Thạc sĩ Nguyễn Văn Hùng", ("Nguyễn Văn Hùng",)),
        ("Th.S Nguyễn Văn Hùng", ("Nguyễn Văn Hùng",)),
        ("PGS, TS. Nguyễn Văn Hùng", ("Nguyễn Văn Hùng",)),
        ("Đại tá, TS. Nguyễn Văn Hùng", ("Nguyễn Văn Hùng",)),
        ("Nhà báo Thu Hà", ("Thu Hà",)),
        ("PV Thu Hà", ("Thu Hà",)),
        # Roles: the writer's kept, the picture maker's and the designer's not.
        ("Thu Hà tổng hợp", ("Thu Hà",)),
        ("Thu Hà - tổng hợp", ("Thu Hà",)),
        ("Tổng hợp: Thu Hà", ("Thu Hà",)),
        ("Thực hiện: Thu Hà", ("Thu Hà",)),
        ("Thu Hà - CTV", ("Thu Hà", "CTV")),  # a contributor's byline of its own
        ("Thu Hà. Ảnh: Quốc Hồng", ("Thu Hà",)),
        ("Thu Hà, ảnh Quốc Hồng", ("Thu Hà",)),
        ("Thu Hà - Ảnh, video: Quốc Hồng", ("Thu Hà",)),
        ("Thu Hà; Trình bày: Quốc Hồng", ("Thu Hà",)),
        # Two writers joined by "&" or "/".
        ("Thu Hà & Trọng Trung", ("Thu Hà", "Trọng Trung")),
        ("Thu Hà/Trọng Trung", ("Thu Hà", "Trọng Trung")),
        # A credit by role alone stays the note's author.
        ("CTV", ("CTV",)),
        ("Trường Giang", ("Trường Giang",)),
    ],
)
def test_reposting_sites_credits_name_their_writers(credits: str, authors: tuple[str, ...]) -> None:
    assert _authors_credited(credits) == authors


@pytest.mark.parametrize(
    ("note", "outlet", "authors"),
    [
        # A national paper by its title alone, after "Theo" or "Nguồn".
        ("(Theo Dân trí)", "Dân trí", ()),
        ("(Theo Tuổi Trẻ)", "Tuổi Trẻ", ()),
        ("(Nguồn: Kinh Tế Đô Thị)", "Kinh Tế Đô Thị", ()),
        ("(Theo Dân trí, Minh Anh)", "Dân trí", ("Minh Anh",)),
        # Neither framed nor dated: a paper by its name, and a writer signing for an agency.
        ("(Báo Nhân Dân điện tử)", "Báo Nhân Dân điện tử", ()),
        ("(Báo Lào Cai, Thu Hà)", "Báo Lào Cai", ("Thu Hà",)),
        ("(Thu Hà/TTXVN)", "TTXVN", ("Thu Hà",)),
        ("(TTXVN/Vietnam+)", "TTXVN/Vietnam+", ()),
        # Dated, the writer before the agency in the outlet's place.
        ("(Thu Hà/TTXVN 02/01)", "TTXVN", ("Thu Hà",)),
        # Two sources: the second is cited, no writer.
        ("(Theo TTXVN, Báo Yên Bái)", "TTXVN, Báo Yên Bái", ()),
        ("(Nguồn: Báo Nhân Dân, Cổng TTĐT tỉnh)", "Báo Nhân Dân, Cổng TTĐT tỉnh", ()),
        ("(Theo Báo Yên Bái, Lan Chi)", "Báo Yên Bái", ("Lan Chi",)),
        # The writers, then the source in a parenthesis of its own.
        ("(Lan Chi (theo Báo Yên Bái))", "Báo Yên Bái", ("Lan Chi",)),
        ("(Lan Chi, Quốc Huy (Nguồn: VOV))", "VOV", ("Lan Chi", "Quốc Huy")),
    ],
)
def test_notes_without_a_day_or_a_frame_name_their_source(
    note: str, outlet: str, authors: tuple[str, ...]
) -> None:
    text, citation = split_citation(f"Người dân hài lòng. {note}", 9)
    assert text == "Người dân hài lòng."
    assert citation is not None and (citation.outlet, citation.authors) == (outlet, authors)


@pytest.mark.parametrize(
    "closing",
    ["(VTV)", "(Theo ông Nguyễn Văn A)", "(Theo Thủ tướng Phạm Minh Chính)", "(Hà Nội)"],
)
def test_a_parenthesis_naming_a_station_or_a_person_closes_the_text(closing: str) -> None:
    text, citation = split_citation(f"Người dân hài lòng {closing}", 9)
    assert citation is None and text.endswith(closing)


@pytest.mark.parametrize(
    ("note", "outlet", "date"),
    [
        # A paper's issue number and the day's weekday stand between the outlet and the day.
        ("(Báo Cần Thơ, số 1234 ngày 14/3, Minh Anh)", "Báo Cần Thơ", "14/3"),
        ("(Báo Nhân Dân số 24567, ngày 30/12/2023)", "Báo Nhân Dân", "30/12/2023"),
        ("(Báo Nhân Dân, số 24567 ra ngày 30/12/2023, Minh Anh)", "Báo Nhân Dân", "30/12/2023"),
        ("(Baolaocai.vn, Thứ Ba, 02/01/2024, Thu Hà)", "Baolaocai.vn", "02/01/2024"),
        ("(Baolaocai.vn Thứ 3, 02/01/2024, Thu Hà)", "Baolaocai.vn", "02/01/2024"),
        ("(Báo Lào Cai, Chủ nhật, 07/01/2024)", "Báo Lào Cai", "07/01/2024"),
    ],
)
def test_an_issue_number_or_a_weekday_before_the_day_is_no_part_of_the_outlet(
    note: str, outlet: str, date: str
) -> None:
    _, citation = split_citation(f"Người dân hài lòng. {note}", 9)
    assert citation is not None and (citation.outlet, citation.date_text) == (outlet, date)


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("Nam Định: “Một cửa” thân...", ("Nam Định: “Một cửa” thân...", None)),
        ("Nam Định: “Một cửa” thân... ", ("Nam Định: “Một cửa” thân...", None)),
        ("Nam Định: “Một cửa” thân.....", ("Nam Định: “Một cửa” thân", None)),  # a leader
        ("Nam Định: “Một cửa” thân ...", ("Nam Định: “Một cửa” thân", None)),
        ("Nam Định: “Một cửa” thân...\t4", ("Nam Định: “Một cửa” thân", 4)),
    ],
)
def test_three_dots_ending_a_title_without_a_page_are_its_ellipsis(rest, expected):
    # A TOC that cuts a long title short ends it with "...": with no page after them, they are
    # the title's (toc.body-mismatch reads the title as a shortened one), no leader.
    assert split_page(rest) == expected


def test_a_toc_section_without_entries_does_not_end_the_toc():
    # An issue with nothing under one section still lists its heading, right over the next one.
    listed = "QUẢN LÝ HÀNH CHÍNH……\t3"
    assert listed in PRINT_DIGEST
    bulletin = parse_text(
        PRINT_DIGEST.replace(listed, "PHÂN TÍCH – BÌNH LUẬN.....\t3\n" + listed), "print.txt"
    )
    assert [s.name for s in bulletin.sections] == [
        "CẢI CÁCH ĐỊA PHƯƠNG",
        "PHÂN TÍCH – BÌNH LUẬN",
        "QUẢN LÝ HÀNH CHÍNH",
    ]
    assert [(e.number, e.section) for e in bulletin.toc] == [
        ("1", "CẢI CÁCH ĐỊA PHƯƠNG"),
        ("2", "CẢI CÁCH ĐỊA PHƯƠNG"),
        ("3", "QUẢN LÝ HÀNH CHÍNH"),
    ]
    assert [a.title for a in bulletin.articles] == [e.title for e in bulletin.toc]
    web_listed = "PHÂN TÍCH – BÌNH LUẬN\n\n2."
    assert web_listed in WEB_DIGEST
    web = parse_text(WEB_DIGEST.replace(web_listed, "TIN VẮN\n\n" + web_listed, 1), "web.txt")
    assert [s.name for s in web.sections] == [
        "CẢI CÁCH ĐỊA PHƯƠNG",
        "TIN VẮN",
        "PHÂN TÍCH – BÌNH LUẬN",
    ]
    assert [a.title for a in web.articles] == [e.title for e in web.toc]


@pytest.mark.parametrize(
    ("base", "source", "headings"),
    [
        (
            PRINT_DIGEST,
            "print.txt",
            ("CẢI CÁCH ĐỊA PHƯƠNG\n\nHà Nam", "QUẢN LÝ HÀNH CHÍNH\n\nKiểm"),
        ),
        (WEB_DIGEST, "web.txt", ("CẢI CÁCH ĐỊA PHƯƠNG\n\nNam", "PHÂN TÍCH – BÌNH LUẬN\n\nLắng")),
    ],
)
def test_a_body_that_numbers_its_section_headings_starts_after_the_toc(base, source, headings):
    # The TOC lists its sections bare; the body numbers their headings ("1. CẢI CÁCH …"): the
    # first of them is the body's, no entry of the TOC.
    text = base
    for number, heading in enumerate(headings, 1):
        at = text.rindex(heading)
        text = f"{text[:at]}{number}. {text[at:]}"
    expected = parse_text(base, source)
    bulletin = parse_text(text, source)
    assert [(e.number, e.title, e.section) for e in bulletin.toc] == [
        (e.number, e.title, e.section) for e in expected.toc
    ]
    assert [(a.title, a.section) for a in bulletin.articles] == [
        (a.title, a.section) for a in expected.articles
    ]


@pytest.mark.parametrize(
    ("line", "title", "page"),
    [
        ("3. Kiểm tra công vụ đầu năm 3", "Kiểm tra công vụ đầu năm", 3),  # its leader lost
        ("3. Kiểm tra công vụ đầu năm3", "Kiểm tra công vụ đầu năm", 3),  # its tab lost too
        ("3. Kiểm tra công vụ nhóm G3", "Kiểm tra công vụ nhóm G3", None),  # a name
        ("3. Kiểm tra theo Nghị định 118", "Kiểm tra theo Nghị định 118", None),  # no page
        ("3. Kiểm tra công vụ đầu năm 2", "Kiểm tra công vụ đầu năm 2", None),  # before its section
    ],
)
def test_a_toc_line_that_lost_its_leader_keeps_its_page(line, title, page):
    # Every other line of the TOC sets its page off; one that lost its leader (and tab) to the
    # editor or the PDF's text ends with it: a page where it fits between its neighbours'.
    listed = "3. Kiểm tra công vụ đầu năm.....3"
    assert listed in PRINT_DIGEST
    bulletin = parse_text(PRINT_DIGEST.replace(listed, line), "print.txt")
    assert (bulletin.toc[2].title, bulletin.toc[2].page) == (title, page)
    if page is not None:
        assert not [f for f in validate_bulletins([bulletin]) if f.rule.startswith("toc.")]


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("Lào Cai: Số hóa hồ sơ\t- 5 -", ("Lào Cai: Số hóa hồ sơ", 5)),
        ("Lào Cai: Số hóa hồ sơ..... – 12 –", ("Lào Cai: Số hóa hồ sơ", 12)),
        ("Lào Cai: Số hóa hồ sơ -5-", ("Lào Cai: Số hóa hồ sơ", 5)),
        ("Lào Cai: Số hóa hồ sơ-5-", ("Lào Cai: Số hóa hồ sơ-5-", None)),  # glued: no page
        ("Hà Nội - Hải Phòng\t3 - 4", ("Hà Nội - Hải Phòng", 3)),
    ],
)
def test_a_toc_page_printed_between_dashes(rest, expected):
    # A TOC that prints its pages as the pages' feet do ("- 5 -").
    assert split_page(rest) == expected
