"""An outlet or office whose province's name holds a dash ("Báo Bà Rịa - Vũng Tàu") is cited
whole: the dash is no separator between the outlet and a writer (the project's own text)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("closing", "cited_as"),
    [
        ("(Báo Bà Rịa - Vũng Tàu)", ("Báo Bà Rịa - Vũng Tàu", "", ())),
        ("(Theo Báo Bà Rịa - Vũng Tàu, Minh Anh)", ("Báo Bà Rịa - Vũng Tàu", "", ("Minh Anh",))),
        ("(Nguồn: Báo Bà Rịa – Vũng Tàu - Thu Hà)", ("Báo Bà Rịa – Vũng Tàu", "", ("Thu Hà",))),
        ("Nguồn: Báo Bà Rịa - Vũng Tàu", ("Báo Bà Rịa - Vũng Tàu", "", ())),
        ("(Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu)", ("Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu", "", ())),
        (
            "(Báo Bà Rịa - Vũng Tàu 02/01, Minh Anh)",
            ("Báo Bà Rịa - Vũng Tàu", "02/01", ("Minh Anh",)),
        ),
    ],
)
def test_an_outlet_named_for_a_dashed_province_is_cited_whole(
    closing: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


def test_a_writer_after_an_outlet_is_still_a_writer() -> None:
    article = web_article(f"{_TEXT} (Theo Báo Lào Cai - Thu Hà)\n\nVề đầu trang")
    assert cited(article) == ("Báo Lào Cai", "", ("Thu Hà",))
