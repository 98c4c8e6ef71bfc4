"""Writers a note credits in capitals ("(Báo Nam Định 05/5, MINH ANH)"), as a paper that sets its
bylines in capitals prints them and a digest copies them, are credited in the case a name is
written, as the same byline in capitals under the note is (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("note", "cited_as"),
    [
        ("(Báo Nam Định 05/5, MINH ANH)", ("Báo Nam Định", "05/5", ("Minh Anh",))),
        (
            "(Baonamdinh.vn 05/5, HOÀNG THU HÀ - MINH ANH)",
            ("Baonamdinh.vn", "05/5", ("Hoàng Thu Hà", "Minh Anh")),
        ),
        ("(Theo Báo Nam Định, NGUYỄN VĂN HÙNG)", ("Báo Nam Định", "", ("Nguyễn Văn Hùng",))),
        ("(TTXVN 05/5, ĐỖ MINH ANH)", ("TTXVN", "05/5", ("Đỗ Minh Anh",))),
    ],
)
def test_writers_in_capitals_in_a_note_are_credited_as_names_are_written(
    note: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT} {note}Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


def test_the_same_writer_in_capitals_in_the_note_and_under_it_is_one_name() -> None:
    inside = web_article(f"{_TEXT} (Báo Nam Định 05/5, MINH ANH)Về đầu trang")
    under = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\nMINH ANH\n\nVề đầu trang")
    assert cited(inside) == cited(under)


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        ("(Báo Nam Định 05/5, PV)", ("PV",)),
        ("(Báo Nam Định 05/5, Minh Anh)", ("Minh Anh",)),
        ("(Báo Nam Định 05/5, HÀ NỘI)", ("HÀ NỘI",)),
    ],
)
def test_roles_written_names_and_places_stay_as_printed(
    note: str, authors: tuple[str, ...]
) -> None:
    article = web_article(f"{_TEXT} {note}Về đầu trang")
    assert article.citation is not None
    assert article.citation.authors == authors
