"""A credit line that names the writers and the photographer together ("Tin: Minh Anh - Ảnh: Thu
Hà"), or the source and the photographer ("Nguồn: Báo Nam Định - Ảnh: Minh Anh"): the writers
are credited, the source cited, the photographer neither; the line is no text (the project's own
sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    "byline",
    ["Tin: Minh Anh - Ảnh: Thu Hà", "Bài: Minh Anh; ảnh: Thu Hà", "Minh Anh - Ảnh: Thu Hà"],
)
def test_writers_and_photographer_under_the_note(byline: str) -> None:
    article = web_article(f"{_TEXT} (Báo Nam Định 05/5)\n\n{byline}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == ("Báo Nam Định", "05/5", ("Minh Anh",))


@pytest.mark.parametrize(
    ("closing", "cited_as"),
    [
        ("Nguồn: Báo Nam Định - Ảnh: Minh Anh", ("Báo Nam Định", "", ())),
        ("Theo Báo Nam Định, ảnh: Minh Anh", ("Báo Nam Định", "", ())),
        ("Nguồn: Báo Nam Định, Thu Hà - Ảnh: Minh Anh", ("Báo Nam Định", "", ("Thu Hà",))),
    ],
)
def test_a_source_line_with_a_photographer(
    closing: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT}\n\n{closing}\n\nVề đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as
