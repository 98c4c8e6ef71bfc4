"""Feed dates in forms Vietnamese portals print that were misread or unchecked: an offset with
seconds ("+07:00:00"), an ISO 8601 date with no zone (a Vietnamese site's clock), a month
written as a word ("02 Tháng Mười Hai 2025", "December 2, 2025"), and a Java ``Date.toString()``
date whose weekday is wrong (made-up sites and titles)."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.parsers import parse_bytes
from bantin.parsers.feed_dates import parse_feed_date
from bantin.validators import validate
from tests.parsers.fixtures import ICT, feed_instant

#: A commune portal's feed whose one item is dated by ``{dates}``, built the channel's day.
DATED_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Cổng TTĐT xã Mẫu</title><link>https://xamau.example.gov.vn</link>
<lastBuildDate>Tue, 02 Dec 2025 03:30:00 GMT</lastBuildDate>
<item><title>Xã Mẫu trả 99% hồ sơ đúng hạn</title><link>https://xamau.example.gov.vn/1</link>
{dates}<description>Trong tháng, xã tiếp nhận 210 hồ sơ.</description></item>
</channel></rss>
"""


def _findings(dates: str) -> list[str]:
    parsed = parse_bytes(DATED_RSS.format(dates=dates).encode(), "cong.xml")
    return [f"{f.rule}: {f.message}" for f in validate([parsed])]


# ---------------------------------------------------------------- an offset with seconds


@pytest.mark.parametrize(
    "text",
    [
        "2025-12-02T10:30:00+07:00:00",
        "2025-12-02 10:30:00 +07:00:00",
        "Tue, 02 Dec 2025 10:30:00 +07:00:00",
        "02/12/2025 10:30:00 +07:00:00",
    ],
)
def test_an_offset_printed_with_its_seconds_is_that_offset(text: str) -> None:
    assert feed_instant(text) == dt.datetime(2025, 12, 2, 10, 30, tzinfo=ICT)


@pytest.mark.parametrize(
    "text", ["2025-12-02T10:30:00+07:00:99", "Tue, 02 Dec 2025 10:30:00 +07:00:75"]
)
def test_an_offset_whose_seconds_no_clock_has_names_nofeed_instant(text: str) -> None:
    assert feed_instant(text) is None


# ---------------------------------------------------------------- ISO 8601 without a zone


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2025-12-02T10:30:00", dt.datetime(2025, 12, 2, 10, 30, tzinfo=ICT)),
        ("2025-12-02 10:30", dt.datetime(2025, 12, 2, 10, 30, tzinfo=ICT)),
        ("2025-12-02T10:30:00.123", dt.datetime(2025, 12, 2, 10, 30, 0, 123000, tzinfo=ICT)),
        ("2025-12-02", dt.datetime(2025, 12, 2, tzinfo=ICT)),
        # A zone printed is the zone, as before.
        ("2025-12-02T10:30:00Z", dt.datetime(2025, 12, 2, 10, 30, tzinfo=dt.UTC)),
        ("2025-12-02T10:30:00+00:00", dt.datetime(2025, 12, 2, 10, 30, tzinfo=dt.UTC)),
        ("2025-12-02T10:30:00+07:00", dt.datetime(2025, 12, 2, 10, 30, tzinfo=ICT)),
    ],
)
def test_an_iso_date_without_a_zone_is_on_vietnams_clock(text: str, moment: dt.datetime) -> None:
    parsed = parse_feed_date(text)
    assert parsed is not None and parsed.utc == moment
    assert parsed.day == dt.date(2025, 12, 2)


def test_an_item_on_the_sites_clock_is_not_after_a_build_date_in_gmt() -> None:
    # 09:30 in Hanoi is 02:30 GMT, an hour before the build (10:30 in Hanoi): read as UTC, it
    # was seven hours after it, a date.future error that withheld the item.
    assert _findings("<pubDate>2025-12-02T09:30:00</pubDate>") == []


def test_an_item_on_the_sites_clock_after_the_build_is_still_found() -> None:
    (finding,) = _findings("<pubDate>2025-12-02T11:30:00</pubDate>")
    assert finding.startswith("date.future")


# ---------------------------------------------------------------- a month written as a word


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        # .NET's vi-VN month names ("MMMM"), with and without the time and a weekday.
        ("02 Tháng Mười Hai 2025", dt.datetime(2025, 12, 2, tzinfo=ICT)),
        ("2 tháng Mười Hai, 2025 10:30", dt.datetime(2025, 12, 2, 10, 30, tzinfo=ICT)),
        ("Thứ Ba, 02 Tháng Mười Hai 2025 10:30", dt.datetime(2025, 12, 2, 10, 30, tzinfo=ICT)),
        ("15 Tháng Giêng 2026", dt.datetime(2026, 1, 15, tzinfo=ICT)),
        ("15 tháng Một 2026", dt.datetime(2026, 1, 15, tzinfo=ICT)),
        ("20 Tháng Mười Một 2025", dt.datetime(2025, 11, 20, tzinfo=ICT)),
        ("20 Tháng Mười 2025", dt.datetime(2025, 10, 20, tzinfo=ICT)),
        ("05 Tháng Tư 2025", dt.datetime(2025, 4, 5, tzinfo=ICT)),
        ("05 tháng Bảy 2025 08:00", dt.datetime(2025, 7, 5, 8, tzinfo=ICT)),
        # English month names, month first or day first (PHP's "F j, Y", "j F Y"); no zone
        # printed is the site's clock, as with every form.
        ("December 2, 2025", dt.datetime(2025, 12, 2, tzinfo=ICT)),
        ("December 2, 2025 10:30 am", dt.datetime(2025, 12, 2, 10, 30, tzinfo=ICT)),
        ("December 2nd, 2025 at 3:05 PM", dt.datetime(2025, 12, 2, 15, 5, tzinfo=ICT)),
        ("Dec 2, 2025 10:30 +0700", dt.datetime(2025, 12, 2, 10, 30, tzinfo=ICT)),
        ("Dec. 2, 2025 03:30 GMT", dt.datetime(2025, 12, 2, 3, 30, tzinfo=dt.UTC)),
        ("2 December 2025", dt.datetime(2025, 12, 2, tzinfo=ICT)),
        ("Tuesday, December 2, 2025", dt.datetime(2025, 12, 2, tzinfo=ICT)),
    ],
)
def test_a_month_written_as_a_word_is_that_month(text: str, moment: dt.datetime) -> None:
    assert feed_instant(text) == moment


@pytest.mark.parametrize(
    "text",
    [
        "02 Tháng Mười Ba 2025",  # no thirteenth month
        "31 Tháng Tư 2025",  # April has 30 days
        "February 30, 2025",
    ],
)
def test_a_month_word_with_a_day_it_has_not_names_nofeed_instant(text: str) -> None:
    parsed = parse_feed_date(text)
    assert parsed is None or parsed.utc is None


@pytest.mark.parametrize(
    "text", ["tháng Mười Hai", "Mười Hai 2025", "hôm qua", "Decembers 2, 2025"]
)
def test_words_that_are_no_date_stay_no_date(text: str) -> None:
    assert parse_feed_date(text) is None


def test_a_month_word_dates_an_item_without_a_finding() -> None:
    assert _findings("<pubDate>02 Tháng Mười Hai 2025 09:00</pubDate>") == []


# ---------------------------------------------------------------- a Java date's weekday


def test_a_java_date_whose_weekday_is_wrong_is_found() -> None:
    # 2 December 2025 is a Tuesday.
    (finding,) = _findings("<pubDate>Mon Dec 02 07:00:00 ICT 2025</pubDate>")
    assert finding.startswith("date.weekday")
    assert "'Mon Dec 02 07:00:00 ICT 2025' says Mon but that day is a Tue" in finding


def test_a_java_date_whose_weekday_is_right_is_no_finding() -> None:
    assert _findings("<pubDate>Tue Dec 02 07:00:00 ICT 2025</pubDate>") == []


def test_an_english_weekday_before_a_month_word_is_checked() -> None:
    (finding,) = _findings("<pubDate>Monday, December 2, 2025</pubDate>")
    assert finding.startswith("date.weekday")


# ---------------------------------------------------------------- a year first with slashes, Windows' zone name


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2025/12/02 10:30:00", dt.datetime(2025, 12, 2, 10, 30, tzinfo=ICT)),
        ("2025/12/2", dt.datetime(2025, 12, 2, tzinfo=ICT)),
        ("2025/12/02 10:30:00 +0000", dt.datetime(2025, 12, 2, 10, 30, tzinfo=dt.UTC)),
        (
            "Tue, 02 Dec 2025 10:30:00 SE Asia Standard Time",
            dt.datetime(2025, 12, 2, 10, 30, tzinfo=ICT),
        ),
    ],
)
def test_a_year_first_with_slashes_and_windows_zone_name_are_read(
    text: str, moment: dt.datetime
) -> None:
    assert feed_instant(text) == moment


@pytest.mark.parametrize("text", ["2025/13/02", "2025/02/30 10:30"])
def test_a_year_first_day_that_does_not_exist_names_nofeed_instant(text: str) -> None:
    parsed = parse_feed_date(text)
    assert parsed is not None and parsed.utc is None


@pytest.mark.parametrize("text", ["2025/12/02/15", "12025/12/02"])
def test_more_numbers_than_a_year_first_date_is_no_date(text: str) -> None:
    assert parse_feed_date(text) is None


# ---------------------------------------------------------------- a weekday in Vietnamese or in full


@pytest.mark.parametrize(
    ("date", "printed", "true"),
    [
        ("Thứ Tư, 02 Dec 2025 08:15:00 +0700", "Thứ Tư", "thứ Ba"),
        ("Chủ nhật, 02 Dec 2025 08:15:00 +0700", "Chủ nhật", "thứ Ba"),
        ("Wednesday, 02 Dec 2025 10:00:00 +0700", "Wed", "Tue"),
    ],
)
def test_a_wrong_weekday_in_vietnamese_or_in_full_is_found(
    date: str, printed: str, true: str
) -> None:
    (finding,) = _findings(f"<pubDate>{date}</pubDate>")
    assert finding == f"date.weekday: item date {date!r} says {printed} but that day is a {true}"


@pytest.mark.parametrize(
    "date",
    [
        "Thứ Ba, 02 Dec 2025 08:15:00 +0700",
        "thứ ba, 02 Dec 2025 08:15:00 +0700",
        "Tuesday, 02 Dec 2025 10:00:00 +0700",
        "Tuesday, December 2, 2025",
    ],
)
def test_a_right_weekday_in_vietnamese_or_in_full_is_no_finding(date: str) -> None:
    assert _findings(f"<pubDate>{date}</pubDate>") == []


def test_a_build_date_with_a_wrong_vietnamese_weekday_is_found() -> None:
    text = DATED_RSS.replace("Tue, 02 Dec 2025 03:30:00 GMT", "Thứ Tư, 02/12/2025 10:30").format(
        dates="<pubDate>Tue, 02 Dec 2025 02:00:00 GMT</pubDate>"
    )
    findings = validate([parse_bytes(text.encode(), "cong.xml")])
    assert [(f.rule, f.message) for f in findings] == [
        (
            "date.weekday",
            "feed build date 'Thứ Tư, 02/12/2025 10:30' says Thứ Tư but that day is a thứ Ba",
        )
    ]


# ---------------------------------------------------------------- a 12-hour clock, its weekday telling the day


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        # Monday 1 December 2025 (12 January 2025 is a Sunday).
        ("Thứ Hai, 01/12/2025 08:00 AM", dt.datetime(2025, 12, 1, 8, tzinfo=ICT)),
        # Sunday 12 January 2025 (1 December 2025 is a Monday).
        ("Chủ nhật, 01/12/2025 08:00 PM", dt.datetime(2025, 1, 12, 20, tzinfo=ICT)),
        ("CN, 01/12/2025 08:00 PM", dt.datetime(2025, 1, 12, 20, tzinfo=ICT)),
    ],
)
def test_a_weekday_tells_day_from_month_on_a_12_hour_clock(text: str, moment: dt.datetime) -> None:
    assert feed_instant(text) == moment


@pytest.mark.parametrize(
    "text",
    [
        "01/12/2025 08:00 AM",  # no weekday: 1 December or 12 January
        "Thứ Ba, 01/12/2025 08:00 AM",  # neither day is a Tuesday
    ],
)
def test_without_a_weekday_that_tells_them_apart_it_stays_unread(text: str) -> None:
    parsed = parse_feed_date(text)
    assert parsed is None or parsed.utc is None


@pytest.mark.parametrize("text", ["03/03/2025 08:00 PM", "Thứ Hai, 03/03/2025 08:00 PM"])
def test_a_day_whose_day_and_month_are_one_number_is_that_day(text: str) -> None:
    assert feed_instant(text) == dt.datetime(2025, 3, 3, 20, tzinfo=ICT)


def test_an_item_dated_so_is_no_finding() -> None:
    assert _findings("<pubDate>Thứ Hai, 01/12/2025 08:00 AM</pubDate>") == []
