"""The comments after a feed date's zone ("+0700 (ICT)") are read in time linear in their number."""

from __future__ import annotations

import datetime as dt
import time

from bantin.parsers.feed_dates import parse_feed_date


def test_a_date_followed_by_many_comments_is_read_in_linear_time() -> None:
    """16,000 comments in a row: each was looked for again from the start of the text (seconds);
    one pass from the end reads them in milliseconds, and the first zone among them is the date's."""
    text = "02 Dec 2025 10:30 " + "(giờ Hà Nội)" * 16_000
    started = time.process_time()
    parsed = parse_feed_date(text)
    assert time.process_time() - started < 1.0
    assert parsed is not None
    assert parsed.utc == dt.datetime(2025, 12, 2, 3, 30, tzinfo=dt.UTC)


def test_comments_after_the_zone_are_read_as_before() -> None:
    """Guards: a zone then a comment, a zone in brackets, a comment that is no zone, one that is
    a zone no reader can place, brackets inside a bracket."""
    cases = {
        "Tue, 02 Dec 2025 10:30:00 +0700 (ICT)": dt.datetime(2025, 12, 2, 3, 30, tzinfo=dt.UTC),
        "02/12/2025 10:30 (GMT+7)": dt.datetime(2025, 12, 2, 3, 30, tzinfo=dt.UTC),
        "02/12/2025 10:30 (cập nhật) (GMT+8)": dt.datetime(2025, 12, 2, 2, 30, tzinfo=dt.UTC),
        "02/12/2025 10:30 (cập nhật)": dt.datetime(2025, 12, 2, 3, 30, tzinfo=dt.UTC),
    }
    for text, utc in cases.items():
        parsed = parse_feed_date(text)
        assert parsed is not None and parsed.utc == utc, text
    assert parse_feed_date("02/12/2025 10:30 (CEST)") is None
    assert parse_feed_date("02/12/2025 10:30 (GMT+7 (ICT))") is None
