"""A source given by its web address ("Nguồn: https://baochinhphu.vn/…", "Nguồn Báo Lào Cai:
https://…"), as aggregators and portals print it: the outlet is the paper's name, or the site's
host when only the address is printed, never the page's address (the project's own text)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Nguồn Báo Lào Cai: https://baolaocai.vn/xa-tra-ket-qua-som-123.html", "Báo Lào Cai"),
        ("Nguồn Kinh Tế Đô Thị: www.kinhtedothi.vn/tin-tuc?id=2612", "Kinh Tế Đô Thị"),
        ("Nguồn: https://baochinhphu.vn/xa-tra-ket-qua-som-102251205.htm", "baochinhphu.vn"),
        ("Nguồn: http://www.baolaocai.vn/", "baolaocai.vn"),
        ("Nguồn: www.baochinhphu.vn", "baochinhphu.vn"),
        ("(Nguồn: https://baolaocai.vn/xa-tra-ket-qua-som-123.html)", "baolaocai.vn"),
        ("(Nguồn Báo Lào Cai: https://baolaocai.vn/xa-tra-ket-qua-som-123.html)", "Báo Lào Cai"),
    ],
)
def test_a_source_given_by_its_address_names_its_outlet(closing: str, outlet: str) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == (outlet, "", ())


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Nguồn: baochinhphu.vn", "baochinhphu.vn"),
        ("Nguồn: Cổng TTĐT Chính phủ (chinhphu.vn)", "Cổng TTĐT Chính phủ (chinhphu.vn)"),
        ("(Baolaocai.vn 02/01, Thu Hà)", "Baolaocai.vn"),
    ],
)
def test_a_sites_name_printed_as_its_host_stays_as_printed(closing: str, outlet: str) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.citation is not None
    assert article.citation.outlet == outlet


def test_an_address_in_a_sentence_stays_text() -> None:
    closing = "Người dân tra cứu hồ sơ tại https://dichvucong.gov.vn/p/home."
    article = web_article(f"{closing}\n\nVề đầu trang")
    assert article.body == closing
    assert article.citation is None
