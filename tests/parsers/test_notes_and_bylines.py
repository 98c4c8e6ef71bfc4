"""Source notes and bylines closing digest articles, in the forms news pages print them: the
project's own sentences."""

from __future__ import annotations

import pytest

from bantin.parsers import parse_text
from bantin.parsers.notes import split_citation
from tests.parsers.fixtures import WEB_CLOSING, WEB_DIGEST
from tests.parsers.fixtures import cited as _cited
from tests.parsers.fixtures import print_article as _print_article
from tests.parsers.fixtures import web_article as _web_article


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Minh Anh", ("Minh Anh",)),
        ("PV", ("PV",)),
        ("Nhóm PV", ("Nhóm PV",)),
        ("Hoàng Lan - Thu Hà", ("Hoàng Lan", "Thu Hà")),
        ("BTV", ("BTV",)),
        ("Ngọc Mai (tổng hợp)", ("Ngọc Mai",)),
        ("PV (t/h)", ("PV",)),
        ("Quốc Bảo và Lan Chi", ("Quốc Bảo", "Lan Chi")),
    ],
)
def test_a_byline_on_its_own_line_after_the_note_credits_the_writers(
    byline: str, authors: tuple[str, ...]
) -> None:
    """A page that prints the writer's name under the article, after its note, before the
    link: the byline names the note's writers and is no paragraph of the article."""
    article = _web_article(
        f"Xã đã trả kết quả sớm cho nhiều hồ sơ. (Báo Nam Định 05/5)\n\n{byline}\n\nVề đầu trang"
    )
    assert article.body == "Xã đã trả kết quả sớm cho nhiều hồ sơ."
    assert _cited(article) == ("Báo Nam Định", "05/5", authors)


def test_a_byline_on_the_print_editions_closing_line_credits_the_writers() -> None:
    """Print: the byline shares the line of the back-to-top link, the note is on the line before."""
    article = _print_article(
        "Huyện đã số hóa hồ sơ đất đai. (Báo Lào Cai 02/01)\nThu Hà [Về đầu trang](#)"
    )
    assert article.paragraphs[-1].text == "Huyện đã số hóa hồ sơ đất đai."
    assert _cited(article) == ("Báo Lào Cai", "02/01", ("Thu Hà",))


def test_a_byline_after_a_source_line_credits_its_writers() -> None:
    article = _web_article(
        "Xã đã trả kết quả sớm cho nhiều hồ sơ.\n\nMinh Anh\n\nNguồn: Báo Nam Định\n\nVề đầu trang"
    )
    assert article.body == "Xã đã trả kết quả sớm cho nhiều hồ sơ."
    assert _cited(article) == ("Báo Nam Định", "", ("Minh Anh",))


def test_a_byline_adds_a_writer_the_note_does_not_name() -> None:
    article = _web_article(
        "Xã đã trả kết quả sớm. (Báo Nam Định 05/5, Hà Linh)\n\nThu Hà\n\nVề đầu trang"
    )
    assert _cited(article) == ("Báo Nam Định", "05/5", ("Hà Linh", "Thu Hà"))
    again = _web_article(
        "Xã đã trả kết quả sớm. (Báo Nam Định 05/5, Hà Linh)\n\nHà Linh\n\nVề đầu trang"
    )
    assert _cited(again) == ("Báo Nam Định", "05/5", ("Hà Linh",))


def test_a_byline_with_no_note_is_no_text_and_no_citation() -> None:
    """No outlet is named: no citation (``article.no-citation`` says so), and the name is no
    paragraph either."""
    article = _web_article("Xã đã trả kết quả sớm cho nhiều hồ sơ.\n\nMinh Anh\n\nVề đầu trang")
    assert article.body == "Xã đã trả kết quả sớm cho nhiều hồ sơ."
    assert article.citation is None


@pytest.mark.parametrize(
    "closing",
    [
        "Kết quả nổi bật",  # a phrase in sentence case
        "Hà Nội",  # a place
        "Người dân rất hài lòng.",  # a sentence
    ],
)
def test_a_last_line_that_is_no_byline_stays_text(closing: str) -> None:
    article = _web_article(f"Xã đã trả kết quả sớm cho nhiều hồ sơ.\n\n{closing}\n\nVề đầu trang")
    assert article.paragraphs[-1].text == closing


def test_a_name_that_goes_on_with_an_unended_line_is_no_byline() -> None:
    """A page's width broke the sentence before the name: it is the sentence's."""
    article = _print_article(
        "Buổi đối thoại do Phó Chủ tịch UBND huyện\nNguyễn Văn Hùng [Về đầu trang](#)"
    )
    assert article.paragraphs[-1].text.endswith("UBND huyện Nguyễn Văn Hùng")


#: A "Tin vắn" article: short items, each closed by its own note (the project's own sentences).
_SHORT_ITEMS = (
    "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa mới. (Báo Hà Giang 04/5, Minh Anh)\n\n"
    "Sơn La: Tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 85%. (Theo Baosonla.vn, ngày 05/5/2024)\n\n"
    "Điện Biên: Huyện Mường Ảng tổ chức đối thoại với người dân. (Theo TTXVN)"
    "Về đầu trang"
)


def test_each_short_item_keeps_its_own_note() -> None:
    """Every item's note is a citation of the article, in printed order, and no text of it."""
    article = _web_article(_SHORT_ITEMS)
    assert [p.text for p in article.paragraphs] == [
        "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa mới.",
        "Sơn La: Tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 85%.",
        "Điện Biên: Huyện Mường Ảng tổ chức đối thoại với người dân.",
    ]
    assert [(c.outlet, c.date_text, c.authors) for c in article.citations] == [
        ("Báo Hà Giang", "04/5", ("Minh Anh",)),
        ("Baosonla.vn", "05/5/2024", ()),
        ("TTXVN", "", ()),
    ]
    assert [c.line for c in article.citations] == [p.line for p in article.paragraphs]


def test_a_short_items_source_on_a_line_of_its_own_is_its_note() -> None:
    article = _web_article(
        "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa mới.\n\n"
        "Theo Báo Hà Giang, 04/5\n\n"
        "Sơn La: Tỷ lệ hồ sơ nộp trực tuyến đạt 85%. (Baosonla.vn 05/5)Về đầu trang"
    )
    assert article.body == (
        "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa mới.\n\n"
        "Sơn La: Tỷ lệ hồ sơ nộp trực tuyến đạt 85%."
    )
    assert [(c.outlet, c.date_text, c.line) for c in article.citations] == [
        ("Báo Hà Giang", "04/5", 21),
        ("Baosonla.vn", "05/5", 23),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Người dân tra cứu hồ sơ trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).",
        "Tỉnh thực hiện theo kế hoạch chung (theo Quyết định số 12/QĐ-UBND ngày 05/3/2024).",
        "Kết quả được nêu trong báo cáo của Sở Nội vụ (ban hành 02/5/2024).",
        "Theo Báo Nam Định, tỉnh đã giải quyết 98% hồ sơ đúng hạn.",
    ],
)
def test_a_sentences_own_parenthesis_within_an_article_is_no_note(paragraph: str) -> None:
    article = _web_article(f"{paragraph}\n\nXã đã trả kết quả sớm. (Báo Nam Định 05/5)Về đầu trang")
    assert article.paragraphs[0].text == paragraph
    assert article.item_citations == ()


def test_the_tables_publish_every_short_items_note() -> None:
    from bantin.datasets.tables import build_tables
    from bantin.schemas import check_table, model_of
    from tests.builders import parsed

    assert WEB_CLOSING in WEB_DIGEST
    bulletin = parse_text(WEB_DIGEST.replace(WEB_CLOSING, _SHORT_ITEMS), "web.txt")
    tables = build_tables([parsed(bulletin, "corpus/web.txt")])
    citations = tables["citations"]
    first = citations.filter(citations["article_id"].str.ends_with("-01"))
    assert [i.rsplit("-", 1)[1] for i in first["citation_id"]] == ["c1", "c2", "c"]
    assert first["outlet"].to_list() == ["Báo Hà Giang", "Baosonla.vn", "TTXVN"]
    authors = tables["citation_authors"]
    assert authors.filter(authors["citation_id"].str.ends_with("-01-c1"))["name"].to_list() == [
        "Minh Anh"
    ]
    for name in ("citations", "citation_authors"):
        assert check_table(model_of(name), tables[name]) == [], name


def test_a_short_items_impossible_date_is_reported_on_its_line() -> None:
    from bantin.validators.run import validate_bulletins

    items = _SHORT_ITEMS.replace("(Báo Hà Giang 04/5, Minh Anh)", "(Báo Hà Giang 31/4, Minh Anh)")
    bulletin = parse_text(WEB_DIGEST.replace(WEB_CLOSING, items), "web.txt")
    found = [f for f in validate_bulletins([bulletin]) if f.rule == "date.impossible"]
    assert [(f.line, f.message) for f in found] == [(19, "citation date 31/4 does not exist")]


@pytest.mark.parametrize(
    ("closing", "cited"),
    [
        # a day written in words, as portals print it: no part of the outlet's name
        (
            "Xã đã trả kết quả sớm. (Theo Báo Lào Cai ngày 04 tháng 5 năm 2024)",
            ("Báo Lào Cai", "04/5/2024", ()),
        ),
        ("Theo Cổng TTĐT tỉnh Lào Cai ngày 4 tháng 5", ("Cổng TTĐT tỉnh Lào Cai", "4/5", ())),
        # a portal's long name, its address after it
        (
            "Nguồn: Cổng Thông tin điện tử Chính phủ (chinhphu.vn)",
            ("Cổng Thông tin điện tử Chính phủ (chinhphu.vn)", "", ()),
        ),
        (
            "Theo Cổng thông tin điện tử tỉnh Lào Cai, ngày 03/5/2024",
            ("Cổng thông tin điện tử tỉnh Lào Cai", "03/5/2024", ()),
        ),
        # an address alone as the source: its site
        (
            "Nguồn: https://baolaocai.vn/mot-cua-so-hoa-31234.html",
            ("baolaocai.vn", "", ()),
        ),
        # a reporter signing for an agency, with no day
        ("Xã đã trả kết quả sớm. (Thu Hà - TTXVN)", ("TTXVN", "", ("Thu Hà",))),
        ("Xã đã trả kết quả sớm. (Quốc Bảo – VOV)", ("VOV", "", ("Quốc Bảo",))),
    ],
)
def test_a_source_note_in_a_portals_form(closing: str, cited: tuple[str, str, tuple[str, ...]]):
    text, citation = split_citation(closing, 7)
    assert citation is not None
    assert (citation.outlet, citation.date_text, citation.authors) == cited
    assert citation.line == 7
    assert "(" not in text and "Nguồn" not in text and "Theo" not in text


@pytest.mark.parametrize(
    "closing",
    [
        "Kết quả được đăng trên Báo Nhân Dân (ngày 01/5).",
        "Tỉnh đã giải quyết 1.200 hồ sơ (tính đến 30/4).",
        "Số liệu được cập nhật trên cổng (cập nhật 02/5).",
        "Theo Cổng thông tin điện tử tỉnh, người dân đã nộp 1.200 hồ sơ",
        "Người dân đến tận nơi (Hà Nội - Hà Nam).",
        "Người dân phản ánh (Thu Hà - Minh Anh).",
    ],
)
def test_a_sentences_own_day_or_names_in_parentheses_is_no_note(closing: str) -> None:
    assert split_citation(closing, 7) == (closing, None)


def test_a_byline_that_names_where_the_writer_works_credits_the_writer() -> None:
    article = _web_article(
        "Xã đã trả kết quả sớm. (Báo Nam Định 05/5)\n\nMinh Anh - Sở Nội vụ\n\nVề đầu trang"
    )
    assert article.body == "Xã đã trả kết quả sớm."
    assert _cited(article) == ("Báo Nam Định", "05/5", ("Minh Anh",))


@pytest.mark.parametrize(
    ("closing", "cited"),
    [
        # the end mark of an official text after the note
        ("Xã đã trả kết quả sớm. (Theo TTXVN)./.", ("TTXVN", "", ())),
        (
            "Xã đã trả kết quả sớm. (Báo Lào Cai 04/5, Minh Anh)./.",
            ("Báo Lào Cai", "04/5", ("Minh Anh",)),
        ),
        ("Xã đã trả kết quả sớm. (Báo Lào Cai 04/5)/.", ("Báo Lào Cai", "04/5", ())),
        # the time a page printed after the day: no writer
        (
            "Xã đã trả kết quả sớm. (Baolaocai.vn, 04/5/2024 - 08:15)",
            ("Baolaocai.vn", "04/5/2024", ()),
        ),
        ("Xã đã trả kết quả sớm. (Báo Lào Cai 04/5/2024 08:15)", ("Báo Lào Cai", "04/5/2024", ())),
        (
            "Xã đã trả kết quả sớm. (Báo Lào Cai 04/5 - 8h15, Minh Anh)",
            ("Báo Lào Cai", "04/5", ("Minh Anh",)),
        ),
        # "Trích" frames a note as "Theo" and "Nguồn" do
        (
            "Xã đã trả kết quả sớm. (Trích: Báo Nhân Dân, 04/5/2024)",
            ("Báo Nhân Dân", "04/5/2024", ()),
        ),
        ("Xã đã trả kết quả sớm. (Trích nguồn: Báo Lào Cai)", ("Báo Lào Cai", "", ())),
    ],
)
def test_a_note_with_what_pages_print_around_it(
    closing: str, cited: tuple[str, str, tuple[str, ...]]
) -> None:
    text, citation = split_citation(closing, 7)
    assert text == "Xã đã trả kết quả sớm."
    assert citation is not None
    assert (citation.outlet, citation.date_text, citation.authors) == cited


@pytest.mark.parametrize(
    "closing",
    [
        "Tỉnh thực hiện đúng quy định (trích Quyết định số 12/QĐ-UBND ngày 04/5/2024).",
        "Tỉnh thực hiện đúng quy định (trích Điều 5 Luật Tổ chức chính quyền địa phương).",
        "Quy trình kết thúc (bước 3/5).",
    ],
)
def test_a_quoted_document_is_no_note(closing: str) -> None:
    assert split_citation(closing, 7) == (closing, None)


def test_a_note_before_the_end_mark_and_the_link_closes_a_print_article() -> None:
    article = _print_article(
        "Huyện đã số hóa hồ sơ đất đai. (Báo Lào Cai 02/01)./. [Về đầu trang](#)"
    )
    assert article.paragraphs[-1].text == "Huyện đã số hóa hồ sơ đất đai."
    assert _cited(article) == ("Báo Lào Cai", "02/01", ())


@pytest.mark.parametrize(
    "closing",
    [
        "Người dân nộp hồ sơ trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).",
        "Người dân tra cứu trên cổng thông tin của tỉnh (laocai.gov.vn)",
        "Người dân cài ứng dụng (vneid.gov.vn) và nộp hồ sơ trực tuyến (dichvucong.gov.vn).",
    ],
)
def test_a_sites_address_inside_the_sentence_is_no_note(closing: str) -> None:
    """No outlet is published for it; ``article.no-citation`` reports the article has none."""
    assert split_citation(closing, 7) == (closing, None)


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Người dân hài lòng. (Moha.gov.vn)", "Moha.gov.vn"),  # after the sentence's end
        ("Người dân hài lòng (Baolaocai.vn).", "Baolaocai.vn"),  # a paper's, capitalised
        ("Người dân hài lòng. (baolaocai.vn)", "baolaocai.vn"),
    ],
)
def test_an_address_after_the_sentence_or_a_papers_is_a_note(closing: str, outlet: str) -> None:
    _, citation = split_citation(closing, 7)
    assert citation is not None and citation.outlet == outlet


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("Tổng hợp: Minh Anh", ("Minh Anh",)),
        ("Bài, ảnh: Quang Lâm", ("Quang Lâm",)),
        ("Tin, ảnh: Thu Hà - Minh Anh", ("Thu Hà", "Minh Anh")),
        ("Minh Anh (Sở Nội vụ)", ("Minh Anh",)),
        ("Nhóm phóng viên", ("Nhóm phóng viên",)),
    ],
)
def test_a_credit_line_after_the_note_credits_the_writers(
    credit: str, authors: tuple[str, ...]
) -> None:
    article = _web_article(f"Xã đã trả kết quả sớm. (Theo TTXVN)\n\n{credit}\n\nVề đầu trang")
    assert article.body == "Xã đã trả kết quả sớm."
    assert _cited(article) == ("TTXVN", "", authors)


def test_an_article_whose_items_have_notes_but_its_last_none_cites_its_sources() -> None:
    """The last item prints no note: the items' notes are the article's, no finding says it
    has none."""
    from bantin.validators.run import validate_bulletins

    items = _SHORT_ITEMS.replace(" (Theo TTXVN)", "")
    bulletin = parse_text(WEB_DIGEST.replace(WEB_CLOSING, items), "web.txt")
    first = bulletin.articles[0]
    assert first.citation is None and len(first.item_citations) == 2
    found = [f for f in validate_bulletins([bulletin]) if f.rule == "article.no-citation"]
    assert found == []


@pytest.mark.parametrize(
    "note",
    [
        "(Nguồn: Báo Lào Cai điện tử, cập nhật 04/5/2024)",
        "(Báo Lào Cai điện tử, đăng ngày 04/5/2024)",
        "(Báo Lào Cai điện tử đăng tải ngày 04/5/2024)",
        "(Báo Lào Cai điện tử, cập nhật: 04/5/2024)",
    ],
)
def test_the_words_a_page_posts_its_day_with_are_no_part_of_the_outlet(note: str) -> None:
    _, citation = split_citation(f"Xã đã trả kết quả sớm. {note}", 7)
    assert citation is not None
    assert (citation.outlet, citation.date_text) == ("Báo Lào Cai điện tử", "04/5/2024")


@pytest.mark.parametrize(
    ("closing", "cited"),
    [
        ("Xã đã trả kết quả sớm. (Theo TTXVN) (Tổng hợp: Minh Anh)", ("TTXVN", "", ("Minh Anh",))),
        ("Xã đã trả kết quả sớm. (Báo Nam Định 05/5) (PV)", ("Báo Nam Định", "05/5", ("PV",))),
        (
            "Xã đã trả kết quả sớm. (Báo Nam Định 05/5)\n\n(Ngọc Mai (tổng hợp))",
            ("Báo Nam Định", "05/5", ("Ngọc Mai",)),
        ),
        ("Xã đã trả kết quả sớm. (PV)", None),  # no outlet: no citation, and no text either
        ("Xã đã trả kết quả sớm. (Ngọc Mai (tổng hợp))", None),
    ],
)
def test_a_byline_in_parentheses_after_the_text_is_no_text(
    closing: str, cited: tuple[str, str, tuple[str, ...]] | None
) -> None:
    article = _web_article(f"{closing}\n\nVề đầu trang")
    assert article.body == "Xã đã trả kết quả sớm."
    assert _cited(article) == cited


@pytest.mark.parametrize(
    "closing",
    [
        "Đoàn đã làm việc với Chủ tịch UBND huyện (Nguyễn Văn Hùng).",  # inside the sentence
        "Phóng sự được phát trên kênh (VTV).",  # a station inside the sentence, no writer
    ],
)
def test_names_in_parentheses_that_are_no_byline_stay_text(closing: str) -> None:
    article = _web_article(f"{closing}\n\nVề đầu trang")
    assert article.body == closing


def test_short_items_notes_without_a_day_are_theirs_too() -> None:
    """A paper by its name, a writer signing for an agency, an address after the sentence's end;
    an address inside a sentence stays its own."""
    article = _web_article(
        "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa. (Báo Hà Giang)\n\n"
        "Sơn La: Tỷ lệ hồ sơ trực tuyến đạt 85%. (Thu Hà/TTXVN)\n\n"
        "Lai Châu: Người dân tra cứu hồ sơ tại nhà. (Baolaichau.vn)\n\n"
        "Người dân tra cứu tại Cổng Dịch vụ công (Dichvucong.gov.vn).\n\n"
        "Điện Biên: Huyện tổ chức đối thoại. (Theo TTXVN)Về đầu trang"
    )
    assert [(c.outlet, c.authors) for c in article.item_citations] == [
        ("Báo Hà Giang", ()),
        ("TTXVN", ("Thu Hà",)),
        ("Baolaichau.vn", ()),
    ]
    assert article.paragraphs[3].text.endswith("(Dichvucong.gov.vn).")
    assert "(" not in "".join(p.text for p in article.paragraphs[:3])


def test_a_byline_after_a_short_items_note_credits_its_writers() -> None:
    article = _web_article(
        "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa. (Báo Hà Giang 04/5)\n\n"
        "Minh Anh\n\n"
        "Sơn La: Tỷ lệ hồ sơ trực tuyến đạt 85%. (Baosonla.vn 05/5)\n\n"
        "Hoàng Lan - Thu Hà\n\nVề đầu trang"
    )
    assert article.body == (
        "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa.\n\n"
        "Sơn La: Tỷ lệ hồ sơ trực tuyến đạt 85%."
    )
    assert [(c.outlet, c.authors) for c in article.citations] == [
        ("Báo Hà Giang", ("Minh Anh",)),
        ("Baosonla.vn", ("Hoàng Lan", "Thu Hà")),
    ]


@pytest.mark.parametrize("heading", ["KẾT QUẢ BƯỚC ĐẦU", "GIẢI PHÁP"])
def test_a_heading_in_capitals_after_a_note_is_no_byline(heading: str) -> None:
    article = _web_article(
        f"Xã đã trả kết quả sớm. (Báo Nam Định 05/5)\n\n{heading}\n\nNgười dân hài lòng.\n\n"
        "Về đầu trang"
    )
    assert heading in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    ("note", "cited"),
    [
        ("(Theo Báo Nhân Dân, Minh An)", ("Báo Nhân Dân", "", ("Minh An",))),
        ("(Nguồn: Báo Lào Cai, Thu Hà - Quang Lâm)", ("Báo Lào Cai", "", ("Thu Hà", "Quang Lâm"))),
        ("(Theo Cổng TTĐT tỉnh Yên Bái, Ngọc Mai)", ("Cổng TTĐT tỉnh Yên Bái", "", ("Ngọc Mai",))),
    ],
)
def test_a_note_framed_as_one_with_its_writers_is_no_byline(
    note: str, cited: tuple[str, str, tuple[str, ...]]
) -> None:
    """A note with no day whose writers follow the outlet reads as a byline's names too ("Theo
    Báo Nhân Dân" is capitalised words): taken for a byline in parentheses, it left the article
    with no citation and no note in its text (the nightly law of notes without a day)."""
    article = _web_article(f"Xã đã trả kết quả sớm cho nhiều hồ sơ. {note}\n\nVề đầu trang")
    assert article.body == "Xã đã trả kết quả sớm cho nhiều hồ sơ."
    assert _cited(article) == cited
