"""A line in parentheses alone after a sentence that has not ended ("Các xã được giao chỉ tiêu
như sau" / "(Giao Thủy, Hải Hậu)") is that sentence's text, not a byline, when a source line
follows it: the same line printed bare stays text, and names in parentheses there may be
places. After a sentence that has ended, "(Minh Anh)" still credits the writer (the project's
own sentences and made-up names)."""

from __future__ import annotations

import pytest

from tests.parsers.fixtures import cited, web_article

_OPEN = "Các xã được giao chỉ tiêu thu gọn hồ sơ như sau"


@pytest.mark.parametrize("source", ["Nguồn: Báo Nam Định", "(Theo Báo Nam Định)"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_parenthesis_after_an_open_sentence_stays_its_text(source: str, gap: str) -> None:
    article = web_article(f"{_OPEN}{gap}(Giao Thủy, Hải Hậu){gap}{source}\n\nVề đầu trang")
    assert "(Giao Thủy, Hải Hậu)" in article.body
    assert cited(article) == ("Báo Nam Định", "", ())


@pytest.mark.parametrize("source", ["Nguồn: Báo Nam Định", "(Theo Báo Nam Định)"])
def test_a_parenthesis_after_an_ended_sentence_still_credits(source: str) -> None:
    article = web_article(f"{_OPEN}.\n\n(Minh Anh)\n\n{source}\n\nVề đầu trang")
    assert article.body == f"{_OPEN}."
    assert cited(article) == ("Báo Nam Định", "", ("Minh Anh",))
