"""A source note that names an office, no paper ("(Sở Nội vụ)", "Nguồn: UBND tỉnh Lào Cai"), as
reform news a department sends to a portal is credited: the office is the citation's outlet, and
the note is no text (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, print_article, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Nguồn: UBND tỉnh Lào Cai", "UBND tỉnh Lào Cai"),
        ("Nguồn: Sở Nội vụ", "Sở Nội vụ"),
        ("Theo Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"),
        (
            "Nguồn: Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
            "Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
        ),
        ("(Sở Nội vụ)", "Sở Nội vụ"),
        ("(Phòng Cải cách hành chính - Sở Nội vụ)", "Phòng Cải cách hành chính - Sở Nội vụ"),
    ],
)
def test_an_office_named_on_a_line_of_its_own_is_the_source(closing: str, outlet: str) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == (outlet, "", ())


@pytest.mark.parametrize(
    ("note", "cited_as"),
    [
        ("(Sở Nội vụ)", ("Sở Nội vụ", "", ())),
        ("(Nguồn: Sở Nội vụ tỉnh Lào Cai)", ("Sở Nội vụ tỉnh Lào Cai", "", ())),
        ("(Theo UBND tỉnh Lào Cai)", ("UBND tỉnh Lào Cai", "", ())),
        ("(Sở Nội vụ, Minh Anh)", ("Sở Nội vụ", "", ("Minh Anh",))),
        ("(Công an tỉnh Lào Cai)", ("Công an tỉnh Lào Cai", "", ())),
    ],
)
def test_an_office_in_parentheses_after_the_last_sentence_is_the_source(
    note: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT} {note}Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


def test_an_office_note_on_the_print_editions_closing_line() -> None:
    article = print_article("Huyện đã số hóa hồ sơ đất đai. (Sở Nội vụ)[Về đầu trang](#)")
    assert article.paragraphs[-1].text == "Huyện đã số hóa hồ sơ đất đai."
    assert cited(article) == ("Sở Nội vụ", "", ())


@pytest.mark.parametrize(
    "closing",
    [
        # the sentence's own parenthesis: no sentence ends before it
        "Hồ sơ được chuyển đến cơ quan chuyên môn (Sở Nội vụ).",
        "Hồ sơ được chuyển đến cơ quan chuyên môn (Sở Nội vụ)",
        # a sentence that cites the office
        "Theo Sở Nội vụ, tỉnh đã giải quyết đúng hạn 98% hồ sơ.",
        # a post, no office; a phrase that opens with an office's word
        "Người dân hài lòng. (Giám đốc Sở Nội vụ)",
        "Người dân hài lòng. (Phòng chống thiên tai)",
        "Người dân hài lòng. (Ban hành kèm theo Quyết định số 12/QĐ-UBND)",
    ],
)
def test_an_office_inside_the_text_stays_text(closing: str) -> None:
    article = web_article(f"{closing}\n\nVề đầu trang")
    assert article.body == closing
    assert article.citation is None


def test_office_notes_close_short_items_too() -> None:
    article = web_article(
        "Hà Giang: Xã Minh Tân khai trương bộ phận một cửa. (Sở Nội vụ tỉnh Hà Giang)\n\n"
        "Sơn La: Tỷ lệ hồ sơ trực tuyến đạt 85%. (Baosonla.vn 05/5)\n\nVề đầu trang"
    )
    assert [c.outlet for c in article.citations] == ["Sở Nội vụ tỉnh Hà Giang", "Baosonla.vn"]
    assert "(" not in article.body
