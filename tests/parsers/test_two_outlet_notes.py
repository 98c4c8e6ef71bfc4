"""A note citing two outlets joined by "và" ("(Theo Báo Nhân Dân và VnExpress)") cites both, as
the note that lists them between commas does; an outlet whose own name holds "và" stays one (the
project's own text)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("note", "cited_as"),
    [
        ("(Theo Báo Nhân Dân và VnExpress)", ("Báo Nhân Dân, VnExpress", "", ())),
        ("(Theo TTXVN và Báo Lào Cai)", ("TTXVN, Báo Lào Cai", "", ())),
        ("(Nguồn: Báo Lào Cai và Baolaocai.vn)", ("Báo Lào Cai, Baolaocai.vn", "", ())),
        ("(Báo Nhân Dân và Báo Lào Cai 02/01)", ("Báo Nhân Dân, Báo Lào Cai", "02/01", ())),
        ("(Theo Báo Nhân Dân, VnExpress)", ("Báo Nhân Dân, VnExpress", "", ())),
    ],
)
def test_two_outlets_joined_by_va_are_both_cited(
    note: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT} {note}Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


def test_two_outlets_on_a_source_line() -> None:
    article = web_article(f"{_TEXT}\n\nTheo Báo Nhân Dân và VnExpress\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nhân Dân, VnExpress", "", ())


@pytest.mark.parametrize(
    "outlet",
    [
        "Đài Phát thanh và Truyền hình Lào Cai",
        "Tạp chí Tổ chức nhà nước và Lao động",
        "Báo Văn hóa và Đời sống",
        "Báo Giáo dục và Thời đại",
    ],
)
def test_an_outlet_whose_name_holds_va_stays_one(outlet: str) -> None:
    article = web_article(f"{_TEXT} (Theo {outlet})Về đầu trang")
    assert cited(article) == (outlet, "", ())
