"""Dates as the English editions of Vietnamese papers print them: the month first with a dash
before the time ("September 02, 2025 - 15:01") and news style's "Sept." for September, which
were unreadable, so an item went undated (made-up sites and titles)."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers import parse_bytes
from bantin.validators import validate
from tests.parsers.fixtures import ICT, feed_instant

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Mau News - Politics</title><link>https://maunews.example.vn/politics</link>
<item><title>Commune centres handle 1,200 applications online</title>
<link>https://maunews.example.vn/1</link><pubDate>{date}</pubDate>
<description>The province's communes received 1,200 applications in a week.</description>
</item></channel></rss>
"""


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("September 02, 2025 - 15:01", dt.datetime(2025, 9, 2, 15, 1, tzinfo=ICT)),
        ("December 04, 2026 – 08:30", dt.datetime(2026, 12, 4, 8, 30, tzinfo=ICT)),
        ("Sept. 2, 2025", dt.datetime(2025, 9, 2, tzinfo=ICT)),
        ("Sept 30, 2025 10:30 am", dt.datetime(2025, 9, 30, 10, 30, tzinfo=ICT)),
        ("Tuesday, Sept. 2, 2025", dt.datetime(2025, 9, 2, tzinfo=ICT)),
    ],
)
def test_an_english_edition_s_date_is_that_moment(text: str, moment: dt.datetime) -> None:
    assert feed_instant(text) == moment


def test_the_item_is_dated_without_a_finding() -> None:
    parsed = parse_bytes(FEED.format(date="September 02, 2025 - 15:01").encode(), "en.xml")
    assert [f.rule for f in validate([parsed])] == []
    assert parsed.bulletin.articles[0].published_at == dt.datetime(2025, 9, 2, 8, 1, tzinfo=dt.UTC)
    assert parsed.bulletin.issue_date == dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Septe 2, 2025",  # no month is spelled so
        "Octo. 2, 2025",  # only September has a four-letter news style name
        "September 2, 2025 - 25:00",  # no hour of the day
    ],
)
def test_other_spellings_stay_unreadable(text: str) -> None:
    assert feed_instant(text) is None


def test_a_dash_before_words_is_no_time() -> None:
    assert feed_instant("September 2, 2025 - Hà Nội") is None


def test_a_weekday_that_is_not_the_day_s_is_reported() -> None:
    parsed = parse_bytes(FEED.format(date="Monday, Sept. 2, 2025").encode(), "en.xml")
    assert [f.rule for f in validate([parsed])] == ["date.weekday"]
