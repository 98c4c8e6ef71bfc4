"""A day-first date after its weekday with no comma between them, as a national law paper prints
its dates ("Thứ bảy 14/03/2026 05:17"): it was unreadable, an error that withheld the item. It
is read as the comma'd form is, and its weekday checked (made-up site and items)."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers import parse_bytes
from bantin.validators import validate
from tests.parsers.fixtures import ICT, feed_instant

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Báo Mẫu - Nội chính</title><link>https://baomau.example.vn</link>
<item><title>Tiếp tục rà soát, cắt giảm thủ tục hành chính</title>
<link>https://baomau.example.vn/1.html</link><pubDate>{date}</pubDate>
<description>Bộ rà soát 734 thủ tục có thể cắt giảm giấy tờ.</description>
</item></channel></rss>
"""


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("Thứ bảy 14/03/2026 05:17", dt.datetime(2026, 3, 14, 5, 17, tzinfo=ICT)),
        ("Thứ Bảy 14/03/2026", dt.datetime(2026, 3, 14, tzinfo=ICT)),
        ("Thứ 7 14/03/2026 05:17", dt.datetime(2026, 3, 14, 5, 17, tzinfo=ICT)),
        ("Chủ nhật 15/03/2026 08:00", dt.datetime(2026, 3, 15, 8, tzinfo=ICT)),
    ],
)
def test_a_weekday_without_a_comma_before_the_day_is_read(text: str, moment: dt.datetime) -> None:
    assert feed_instant(text) == moment


def test_the_item_is_published_dated_without_a_finding() -> None:
    parsed = parse_bytes(FEED.format(date="Thứ bảy 14/03/2026 05:17").encode(), "bm.xml")
    assert [f.rule for f in validate([parsed])] == []
    assert parsed.bulletin.articles[0].published_at == dt.datetime(
        2026, 3, 13, 22, 17, tzinfo=dt.UTC
    )


def test_a_weekday_that_is_not_the_day_s_is_reported() -> None:
    parsed = parse_bytes(FEED.format(date="Thứ sáu 14/03/2026 05:17").encode(), "bm.xml")
    assert [f.rule for f in validate([parsed])] == ["date.weekday"]


@pytest.mark.parametrize("text", ["Thứ 14/03/2026", "Thứ nhất 14/03/2026"])
def test_a_word_that_names_no_weekday_stays_unreadable(text: str) -> None:
    assert feed_instant(text) is None
