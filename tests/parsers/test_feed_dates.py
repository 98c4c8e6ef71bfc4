"""RSS dates are read to the second, and dates printed without seconds to the minute; an offset
however a news site prints it ("+07:00", "GMT+7") is that offset, and a zone no reader can place
makes the date unreadable, never UTC."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers import parse_text
from bantin.parsers.feed_dates import parse_feed_date
from bantin.parsers.feed_text import feed_issue
from bantin.parsers.text import RFC822_MONTHS, RFC822_WEEKDAYS, parse_rfc822
from tests.parsers.fixtures import FEED_XML
from tests.strategies import ZONE_STYLES, zone_text


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


@given(
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2090, 1, 1)).map(
        lambda moment: moment.replace(microsecond=0, tzinfo=dt.UTC)
    ),
    st.integers(-12, 14).flatmap(
        lambda hours: st.sampled_from([0, 30, 45] if hours else [0]).map(
            lambda minutes: hours * 60 + (minutes if hours >= 0 else -minutes)
        )
    ),
    st.sampled_from(ZONE_STYLES),
)
@example(dt.datetime(2026, 5, 4, 5, 5, 8, tzinfo=dt.UTC), 420, "GMT{sign}{h}")
@example(dt.datetime(2026, 5, 4, 15, 35, 8, tzinfo=dt.UTC), -210, "{sign}{h:02d}:{m:02d}")
def test_an_offset_printed_as_news_sites_print_it_is_that_offset(
    moment: dt.datetime, offset: int, style: str
) -> None:
    if "{m" not in style and offset % 60:
        offset -= offset % 60 if offset > 0 else -(-offset % 60)  # "GMT+7" prints whole hours
    local = moment.astimezone(dt.timezone(dt.timedelta(minutes=offset)))
    text = f"{local:%a, %d %b %Y %H:%M:%S} {zone_text(offset, style)}"
    parsed = parse_feed_date(text)
    assert parsed is not None and parsed.utc == moment, text


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        # Indochina Time, which feeds in Vietnam print as a name.
        ("Mon, 04 May 2026 12:05:08 ICT", dt.datetime(2026, 5, 4, 5, 5, 8, tzinfo=dt.UTC)),
        # A day alone: its first instant, as feed readers read it, on Vietnam's clock.
        ("Mon, 04 May 2026", dt.datetime(2026, 5, 3, 17, tzinfo=dt.UTC)),
        ("4 May 2026", dt.datetime(2026, 5, 3, 17, tzinfo=dt.UTC)),
        # No zone at all: the site's clock, Vietnam's (feed readers read it as UTC).
        ("Mon, 04 May 2026 12:05:08", dt.datetime(2026, 5, 4, 5, 5, 8, tzinfo=dt.UTC)),
    ],
)
def test_what_feed_readers_read_is_read_alike(text: str, utc: dt.datetime) -> None:
    parsed = parse_feed_date(text)
    assert parsed is not None and parsed.utc == utc


@pytest.mark.parametrize(
    "text",
    [
        "Mon, 04 May 2026 12:05:08 CEST",  # a zone name no reader can place
        "Mon, 04 May 2026 12:05:08 +7 +7",
        "Mon, 04 May 2026 12:05:08 GMT+15",  # no clock is that far from UTC
        "Mon, 04 May 2026 không rõ giờ",  # a real day and what no reader can read after it
        "Thứ Mười, 28/05/2026 17:00:00 GMT+7",  # no such weekday
        "Mon, 04 Mai 2026",  # no English month name
    ],
)
def test_a_date_without_a_placeable_instant_is_unreadable_never_utc(text: str) -> None:
    """``email.utils`` reads a zone it does not know as UTC and "+7" as seven minutes: such a
    date was published seven hours off, or at 00:07, with no finding."""
    assert parse_feed_date(text) is None


def test_a_day_that_does_not_exist_is_a_date_without_an_instant() -> None:
    parsed = parse_feed_date("Tue, 31 Sep 2026")
    assert parsed is not None and parsed.utc is None


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        # No zone printed: a day-first date is a Vietnamese site's, on Vietnam's clock (UTC+7).
        ("02/12/2025 10:30", dt.datetime(2025, 12, 2, 3, 30, tzinfo=dt.UTC)),
        ("25/11/2025 10:30:00 +07:00", dt.datetime(2025, 11, 25, 3, 30, tzinfo=dt.UTC)),
        ("20-04-2020 19:00 +0400", dt.datetime(2020, 4, 20, 15, 0, tzinfo=dt.UTC)),
        ("02.12.2025 08:00 GMT+7", dt.datetime(2025, 12, 2, 1, 0, tzinfo=dt.UTC)),
        ("02/12/2025, 08:00 ICT", dt.datetime(2025, 12, 2, 1, 0, tzinfo=dt.UTC)),
        ("2/12/2025", dt.datetime(2025, 12, 1, 17, tzinfo=dt.UTC)),
        ("2025-12-02 10:30:00 +0700", dt.datetime(2025, 12, 2, 3, 30, tzinfo=dt.UTC)),
        ("Thứ 5, 28/05/2026 17:00:00 GMT+7", dt.datetime(2026, 5, 28, 10, 0, tzinfo=dt.UTC)),
        ("Thứ Ba, 02/12/2025 - 10:30", dt.datetime(2025, 12, 2, 3, 30, tzinfo=dt.UTC)),
        ("Chủ nhật, 30/11/2025 lúc 08:00", dt.datetime(2025, 11, 30, 1, 0, tzinfo=dt.UTC)),
        # RFC 822 with its weekday in Vietnamese, as a site that translates its dates prints it.
        ("Thứ Năm, 05 Dec 2024 08:15:00 +0700", dt.datetime(2024, 12, 5, 1, 15, tzinfo=dt.UTC)),
        ("Chủ nhật, 08 Dec 2024 08:15:00 GMT+7", dt.datetime(2024, 12, 8, 1, 15, tzinfo=dt.UTC)),
        # The zone in parentheses, as article pages print it, and the time before the day.
        ("Thứ ba, 2/12/2025, 10:15 (GMT+7)", dt.datetime(2025, 12, 2, 3, 15, tzinfo=dt.UTC)),
        ("02/12/2025 10:15 (GMT+07:00)", dt.datetime(2025, 12, 2, 3, 15, tzinfo=dt.UTC)),
        ("02/12/2025 10:15 +0700 (ICT)", dt.datetime(2025, 12, 2, 3, 15, tzinfo=dt.UTC)),
        ("02/12/2025 10:15 (cập nhật)", dt.datetime(2025, 12, 2, 3, 15, tzinfo=dt.UTC)),
        ("10:15 02/12/2025", dt.datetime(2025, 12, 2, 3, 15, tzinfo=dt.UTC)),
        ("08:30 | 02/12/2025 (GMT+7)", dt.datetime(2025, 12, 2, 1, 30, tzinfo=dt.UTC)),
        # Vietnam's time by its name, in parentheses or not, and the first zone of several.
        ("03/12/2025 16:40 (giờ Hà Nội)", dt.datetime(2025, 12, 3, 9, 40, tzinfo=dt.UTC)),
        ("29/08/2026 07:05:30 (Giờ Việt Nam)", dt.datetime(2026, 8, 29, 0, 5, 30, tzinfo=dt.UTC)),
        ("03/12/2025 16:40 giờ Hà Nội", dt.datetime(2025, 12, 3, 9, 40, tzinfo=dt.UTC)),
        ("03/12/2025 16:40 (cập nhật) (GMT+7)", dt.datetime(2025, 12, 3, 9, 40, tzinfo=dt.UTC)),
        ("03/12/2025 16:40 (GMT+7) (ICT)", dt.datetime(2025, 12, 3, 9, 40, tzinfo=dt.UTC)),
        ("2:15 CH - 02/12/2025", dt.datetime(2025, 12, 2, 7, 15, tzinfo=dt.UTC)),
        # A 12-hour clock: vi-VN's "SA"/"CH" (sáng, chiều) print the day first; with "AM"/"PM",
        # a number above 12 tells the day (first) or the month (second, .NET's en-US order).
        ("02/12/2025 8:30:00 SA", dt.datetime(2025, 12, 2, 1, 30, tzinfo=dt.UTC)),
        ("02/12/2025 2:30 CH +07:00", dt.datetime(2025, 12, 2, 7, 30, tzinfo=dt.UTC)),
        ("30/9/2025 10:15:00 PM", dt.datetime(2025, 9, 30, 15, 15, tzinfo=dt.UTC)),
        ("9/30/2025 10:15:00 PM", dt.datetime(2025, 9, 30, 15, 15, tzinfo=dt.UTC)),
        ("9/30/2025 12:05:00 AM +0700", dt.datetime(2025, 9, 29, 17, 5, tzinfo=dt.UTC)),
        ("9/30/2025 12:05 PM", dt.datetime(2025, 9, 30, 5, 5, tzinfo=dt.UTC)),
    ],
)
def test_a_date_as_vietnamese_sites_print_it_is_read(text: str, utc: dt.datetime) -> None:
    """Day first, as Vietnamese sites print dates in their feeds, and an ISO date whose zone
    follows a space: every item of such a feed was unreadable (feed.item-date-unreadable, each
    withheld), so the feed published nothing."""
    parsed = parse_feed_date(text)
    assert parsed is not None and parsed.utc == utc


@pytest.mark.parametrize(
    "text",
    [
        "12/2/2025 10:30:00 AM",  # a 12-hour clock: month first or day first, no reader can tell
        "9/30/2025 10:15:00 PM CEST",
        "02/12/25 10:30",  # a two-digit year
        "02/12/2025 10:30 hôm qua",
        "02/12/2025 10:30 CEST",
        "02/12/2025 10:30 (CEST)",  # a zone in parentheses is no comment to skip: not UTC
        "Tue, 02 Dec 2025 10:30:00 (CEST)",
    ],
)
def test_a_day_first_date_with_what_no_reader_can_place_is_unreadable(text: str) -> None:
    assert parse_feed_date(text) is None


@pytest.mark.parametrize(
    "text", ["31/11/2025 10:00", "29/02/2025", "02/12/2025 25:00", "13/2/2025 13:00 PM"]
)
def test_a_day_first_date_that_does_not_exist_has_no_instant(text: str) -> None:
    parsed = parse_feed_date(text)
    assert parsed is not None and parsed.utc is None


def test_the_weekday_of_a_12_hour_date_is_checked_on_the_day_it_names() -> None:
    from bantin.parsers.feed_dates import day_first_weekday

    assert day_first_weekday("Thứ Ba, 9/30/2025 10:15 PM") == ("Thứ Ba", dt.date(2025, 9, 30))
    assert day_first_weekday("Thứ Ba, 02/12/2025 8:30 SA") == ("Thứ Ba", dt.date(2025, 12, 2))
    # 12 February 2025 is a Wednesday: the weekday tells the day, 2 December.
    assert day_first_weekday("Thứ Ba, 12/2/2025 10:30 AM") == ("Thứ Ba", dt.date(2025, 12, 2))
    assert day_first_weekday("Thứ Tư, 1/2/2026 10:30 AM") is None  # no day a reader can tell


def test_a_flattened_feed_is_issued_on_the_day_its_build_date_prints() -> None:
    instant, day = feed_issue("Tue, 02 Dec 2025 05:40:00 +0700")
    assert instant == dt.datetime(2025, 12, 1, 22, 40, tzinfo=dt.UTC)
    assert day == dt.date(2025, 12, 2)
    assert feed_issue("Tue, 02 Dec 2025 05:40:00 +0000")[1] == dt.date(2025, 12, 2)
