"""A news agency or a national paper alone in parentheses after the article's last sentence
("… hồ sơ. (TTXVN)") is its source note; inside a sentence it is the sentence's (the project's own
sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, print_article, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize("outlet", ["TTXVN", "VOV", "VTV", "Vietnam+", "Dân trí", "VnExpress"])
def test_an_agency_alone_after_the_last_sentence_is_the_source(outlet: str) -> None:
    article = web_article(f"{_TEXT} ({outlet})Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == (outlet, "", ())


def test_an_agency_alone_on_a_line_of_its_own_is_the_source() -> None:
    article = print_article("Huyện đã số hóa hồ sơ đất đai.\n(TTXVN)[Về đầu trang](#)")
    assert article.paragraphs[-1].text == "Huyện đã số hóa hồ sơ đất đai."
    assert cited(article) == ("TTXVN", "", ())


@pytest.mark.parametrize(
    "closing",
    [
        "Chương trình được phát trên sóng truyền hình quốc gia (VTV).",
        "Chương trình được phát trên sóng truyền hình quốc gia (VTV)",
        "Xã đã trả kết quả sớm. (Báo cáo)",
    ],
)
def test_a_station_inside_a_sentence_stays_text(closing: str) -> None:
    article = web_article(f"{closing}\n\nVề đầu trang")
    assert article.body == closing
    assert article.citation is None
