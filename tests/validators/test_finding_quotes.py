"""A finding quotes the sentence of its figure: whole words, cut with "…" when it is long."""

from __future__ import annotations

import re
from dataclasses import replace

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


def _uncited(title: str) -> list[tuple[int, str]]:
    bulletin = digest()
    article = replace(bulletin.articles[0], title=title, citation=None)
    return hits(
        "article.no-citation", replace(bulletin, articles=(article, *bulletin.articles[1:]))
    )


def test_a_title_of_sixty_characters_is_quoted_whole_and_a_longer_one_cut() -> None:
    # The message is part of each finding's id: its cut must not move.
    sixty = "Bình Dương: Số hóa hồ sơ hành chính cấp xã và phường năm nay"
    assert len(sixty) == 60
    ((_, message),) = _uncited(sixty)
    assert message == f"article 1 {sixty!r} has no citation"
    ((_, message),) = _uncited(sixty + "!")
    assert message == f"article 1 {sixty[:59] + '…'!r} has no citation"
