"""Sources and credits a page sets off in brackets: a source in square brackets ("[Nguồn: Báo Nam
Định]"), a source line whose day is in parentheses ("Theo Báo Nam Định (05/5)") and a picture's
credit in parentheses after the note ("(Báo Nam Định 05/5) (Ảnh: Minh Anh)"): cited, or dropped
as the pictures' credit, never text (the project's own sentences)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_TEXT = "Xã đã trả kết quả sớm cho nhiều hồ sơ."


@pytest.mark.parametrize(
    ("closing", "cited_as"),
    [
        ("\n\n[Nguồn: Báo Nam Định]\n\n", ("Báo Nam Định", "", ())),
        (" [Theo Báo Nam Định]", ("Báo Nam Định", "", ())),
        (" [Nguồn: Báo Nam Định, 05/5/2025]", ("Báo Nam Định", "05/5/2025", ())),
        ("\n\nTheo Báo Nam Định (05/5)\n\n", ("Báo Nam Định", "05/5", ())),
        ("\n\nNguồn: Báo Nam Định (05/5/2025)\n\n", ("Báo Nam Định", "05/5/2025", ())),
        (" (Báo Nam Định 05/5) (Ảnh: Minh Anh)", ("Báo Nam Định", "05/5", ())),
        (" (Báo Nam Định 05/5)\n\n(Ảnh: Minh Anh)\n\n", ("Báo Nam Định", "05/5", ())),
    ],
)
def test_a_bracketed_source_or_credit_is_read(
    closing: str, cited_as: tuple[str, str, tuple[str, ...]]
) -> None:
    article = web_article(f"{_TEXT}{closing}Về đầu trang")
    assert article.body == _TEXT
    assert cited(article) == cited_as


@pytest.mark.parametrize(
    "closing",
    [
        "Xem thêm tại mục hỏi đáp [1].",
        "Người dân tra cứu hồ sơ [Cổng Dịch vụ công quốc gia]",
        "Xã đã trả kết quả sớm (ảnh bên).",
    ],
)
def test_brackets_of_the_text_stay_text(closing: str) -> None:
    article = web_article(f"{closing}\n\nVề đầu trang")
    assert article.body == closing
    assert article.citation is None
