"""RSS dates are read to the second, and dates printed without seconds to the minute."""

from __future__ import annotations

import datetime as dt

from bantin.parsers import parse_text
from tests.parsers.fixtures import FEED_XML


def test_a_pub_date_without_seconds_is_read_to_the_minute() -> None:
    text = FEED_XML.replace("Mon, 06 Jan 2025 07:30:00 +0700", "Mon, 06 Jan 2025 07:30 +0700")
    (item,) = parse_text(text, "feed.xml").articles
    assert item.pub_date_text == "Mon, 06 Jan 2025 07:30 +0700"
    assert item.published_at == dt.datetime(2025, 1, 6, 0, 30, 0, tzinfo=dt.UTC)


def test_a_pub_date_with_seconds_and_another_offset() -> None:
    text = FEED_XML.replace("Mon, 06 Jan 2025 07:30:00 +0700", "Sun, 05 Jan 2025 22:15:09 -0130")
    (item,) = parse_text(text, "feed.xml").articles
    assert item.published_at == dt.datetime(2025, 1, 5, 23, 45, 9, tzinfo=dt.UTC)
