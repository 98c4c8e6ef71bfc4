"""A finding quotes the sentence of its figure: whole words, cut with "…" when it is long."""

from __future__ import annotations

import re

from tests.validators.builders import digest, with_paragraph
from tests.validators.helpers import hits

LONG = (
    "Sau một năm triển khai mô hình một cửa liên thông ở tất cả các xã, phường và thị trấn "
    "trên địa bàn, tỷ lệ hồ sơ được giải quyết đúng hạn chiếm 104% tổng số hồ sơ tiếp nhận "
    "theo báo cáo tổng hợp của văn phòng ủy ban nhân dân tỉnh gửi các sở ngành liên quan."
)


def test_a_long_sentence_is_quoted_around_its_figure_in_whole_words() -> None:
    ((_, message),) = hits("pct.range", with_paragraph(digest(), LONG))
    quoted = re.search(r"'(.*)'$", message)
    assert message.startswith("share 104% exceeds 100%: '")
    assert quoted is not None
    quote = quoted[1]
    assert quote.startswith("…") and quote.endswith("…") and "chiếm 104% tổng số" in quote
    inner = quote[1:-1]
    assert inner in LONG and 60 <= len(inner) <= 80
    start = LONG.index(inner)
    # Cut at spaces: the words at both ends are whole.
    assert LONG[start - 1] == " " and LONG[start + len(inner)] == " "


def test_a_short_sentence_is_quoted_whole() -> None:
    text = "Tỷ lệ hồ sơ đúng hạn chiếm 104% tổng số"
    assert hits("pct.range", with_paragraph(digest(), text + ".")) == [
        (32, f"share 104% exceeds 100%: {text!r}")
    ]
