"""Closing lines as provincial papers and portals print them (the project's own sentences): a
portal's "đăng ngày" between the paper and its day, an agency's letters alone on the last line,
a scholar's byline with an institution whose name holds "và", an office within another after a
writer, and the country's or the archipelagos' names on a line before the note, which no writer
signs with."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    "note",
    [
        "Nguồn: Báo Nam Định đăng ngày 3/12",
        "Nguồn: Báo Nam Định đăng tải ngày 3/12",
        "Theo Báo Nam Định đưa tin ngày 3/12",
        "Nguồn: Báo Nam Định đăng 3/12",
        "(Báo Nam Định đưa tin ngày 3/12)",
        "(Theo Báo Nam Định đăng ngày 3/12)",
    ],
)
def test_the_words_before_the_day_a_paper_carried_it_are_no_part_of_its_name(note: str) -> None:
    article = web_article(f"{_TEXT}\n\n{note}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "3/12", ())


@pytest.mark.parametrize("note", ["Nguồn: Báo Nam Định đưa tin", "Theo Báo Nam Định đăng tải"])
def test_what_the_paper_did_after_its_name_is_no_part_of_it(note: str) -> None:
    article = web_article(f"{_TEXT}\n\n{note}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "", ())


def test_a_stations_broadcast_day_is_no_part_of_its_name() -> None:
    article = web_article(
        f"{_TEXT}\n\n(Theo Đài Phát thanh Nam Định phát ngày 3/12)\n\nVề đầu trang"
    )
    assert cited(article) == ("Đài Phát thanh Nam Định", "3/12", ())


def test_a_note_that_names_what_was_carried_keeps_its_words() -> None:
    # "phát" names the outlet's act only before "ngày": "Báo Phát triển" is a paper's name
    article = web_article(f"{_TEXT}\n\n(Báo Phát triển 3/12)\n\nVề đầu trang")
    assert cited(article) == ("Báo Phát triển", "3/12", ())


@pytest.mark.parametrize("agency", ["TTXVN", "TTXVN/Vietnam+", "VOV."])
def test_an_agencys_letters_alone_on_the_last_line_cite_it(agency: str) -> None:
    article = web_article(f"{_TEXT}\n\n{agency}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == (agency.removesuffix("."), "", ())


def test_an_agency_ending_a_broken_sentence_stays_text() -> None:
    text = "Chương trình được phát trên kênh"
    article = web_article(f"{text}\n\nVTV\n\nVề đầu trang")
    assert article.body.endswith("VTV")
    assert article.citation is None


def test_a_scholars_institution_with_và_in_its_name_is_no_writer() -> None:
    closing = "PGS.TS. Trần Lan, Học viện Hành chính và Quản trị công"
    article = web_article(f"{_TEXT}\n\n{closing}\n\n(Theo Báo Nam Định)\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "", ("Trần Lan",))


def test_writers_joined_by_và_after_a_comma_stay_writers() -> None:
    closing = "Minh Anh, Thu Hà và Lê Nam"
    article = web_article(f"{_TEXT}\n\n{closing}\n\n(Theo Báo Nam Định)\n\nVề đầu trang")
    assert cited(article) == ("Báo Nam Định", "", ("Minh Anh", "Thu Hà", "Lê Nam"))


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("Minh Anh - Phòng CCHC, Sở Nội vụ", "Phòng CCHC, Sở Nội vụ"),
        ("Minh Anh - Sở Nội vụ", "Sở Nội vụ"),
        ("Minh Anh, Thu Hà - Sở Nội vụ", "Sở Nội vụ"),
    ],
)
def test_a_writers_office_within_another_is_cited_whole(closing: str, source: str) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert article.citation is not None
    assert article.citation.outlet == source
    assert "Minh Anh" in article.citation.authors


@pytest.mark.parametrize("line", ["Việt Nam", "Hoàng Sa, Trường Sa"])
def test_the_countrys_names_before_a_note_stay_text(line: str) -> None:
    article = web_article(f"{_TEXT}\n\n{line}\n\n(Theo Báo Nam Định)\n\nVề đầu trang")
    assert article.body.endswith(line)
    assert cited(article) == ("Báo Nam Định", "", ())


@pytest.mark.parametrize("line", ["Thu Hà tổng hợp", "Nhóm PV thực hiện", "Việt Hà"])
def test_bylines_before_a_note_still_credit_writers(line: str) -> None:
    article = web_article(f"{_TEXT}\n\n{line}\n\n(Theo Báo Nam Định)\n\nVề đầu trang")
    assert article.body == _TEXT
    assert article.citation is not None and article.citation.authors
