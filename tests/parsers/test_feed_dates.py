"""RSS dates are read to the second, and dates printed without seconds to the minute."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers import parse_text
from bantin.parsers.feed_dates import parse_feed_date
from bantin.parsers.text import RFC822_MONTHS, RFC822_WEEKDAYS, parse_rfc822
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


@given(
    st.datetimes(
        min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59, 59)
    ).map(lambda moment: moment.replace(microsecond=0)),
    st.sampled_from(["+", "-"]),
    st.integers(0, 99),
    st.integers(0, 99),
)
@example(dt.datetime(9999, 12, 31, 23, 59, 59), "-", 14, 0)
@example(dt.datetime(2025, 9, 27, 9, 18, 56), "+", 0, 0)
def test_an_rfc822_date_is_its_instant_in_utc_or_none_when_it_has_none(
    local: dt.datetime, sign: str, hours: int, minutes: int
) -> None:
    weekday, month = RFC822_WEEKDAYS[local.weekday()], RFC822_MONTHS[local.month - 1]
    zone = f"{sign}{hours:02d}{minutes:02d}"
    text = f"{weekday}, {local.day:02d} {month} {local.year:04d} {local:%H:%M:%S} {zone}"
    offset = dt.timedelta(hours=hours, minutes=minutes) * (1 if sign == "+" else -1)
    try:
        expected = local.replace(tzinfo=dt.timezone(offset)).astimezone(dt.UTC)
    except (ValueError, OverflowError):  # an offset of a day or more, or beyond year 1 or 9999
        expected = None
    parsed = parse_rfc822(text)
    assert parsed is not None and parsed.utc == expected
    assert parsed.utc is None or parsed.utc.tzinfo is dt.UTC


@pytest.mark.parametrize(
    "text",
    [
        "Thu, 31 Dec 2020 23:59:00 +999999999999999999999999999999",
        "Thu, 31 Dec 2020 23:59:00 -99999999",
    ],
)
def test_an_offset_of_any_size_is_an_unreadable_date_not_a_crash(text: str) -> None:
    # No clock has such a zone: the text is no date a reader can place (feed.item-date-unreadable).
    assert parse_feed_date(text) is None
