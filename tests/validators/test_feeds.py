"""Feed rules on real-shaped feeds: one bad item is reported at its own line and never sinks the
feed; the date rules keep working on the items that have dates; undated feeds are published."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bantin.datasets.corpus import ParseOutcome
from bantin.datasets.release import plan_release
from bantin.model import ParsedSource, SourceFormat
from bantin.packaging.writer import validate_tables
from bantin.parsers import parse_bytes
from bantin.parsers.feed_dates import parse_feed_date
from bantin.validators import Finding, Severity, validate
from tests.parsers.feed_shapes import ATOM, NEWS_RSS, RSS1, line_of

GOOD_NEWS = NEWS_RSS.replace("<title/>", "<title>Video: Một ngày ở Bộ phận Một cửa</title>")


def parsed(text: str, name: str = "tin.xml") -> ParsedSource:
    return parse_bytes(text.encode("utf-8"), name)


def findings(text: str) -> list[Finding]:
    return validate([parsed(text)])


def by_rule(found: list[Finding], rule: str) -> list[Finding]:
    return [f for f in found if f.rule == rule]


def test_the_shaped_feeds_are_clean() -> None:
    for text in (GOOD_NEWS, ATOM, RSS1):
        assert findings(text) == []


def test_an_item_with_an_empty_title_is_an_error_at_its_line_naming_the_item() -> None:
    found = findings(NEWS_RSS)
    assert [(f.rule, f.line, f.severity) for f in found] == [
        ("feed.item-untitled", line_of(NEWS_RSS, "<title/>"), Severity.ERROR)
    ]
    assert found[0].article_id is not None and found[0].article_id.endswith("-02")


def test_every_item_date_the_parsers_read_is_one_the_rule_reads(corpus_dir: Path) -> None:
    # feed.item-date-unreadable reads again only the dates the parsers gave no instant: those
    # they did read (XML feeds, and the real feed flattened to text), it would read too.
    sources = [parsed(text) for text in (GOOD_NEWS, ATOM, RSS1)]
    sources += [parse_bytes(path.read_bytes(), path.name) for path in sorted(corpus_dir.iterdir())]
    dated = [a for s in sources for a in s.bulletin.articles if a.published_at is not None]
    assert {s.bulletin.source_format for s in sources} >= {
        SourceFormat.FEED_XML,
        SourceFormat.FEED_TEXT,
    }
    for article in dated:
        read = parse_feed_date(article.pub_date_text)
        assert read is not None and read.utc == article.published_at


def test_an_unreadable_item_date_is_an_error_at_the_pubdate_line() -> None:
    text = GOOD_NEWS.replace("Wed, 01 Oct 2025 07:40:00 +0700", "hôm qua")
    found = findings(text)
    assert [(f.rule, f.line) for f in found] == [
        ("feed.item-date-unreadable", line_of(text, "hôm qua"))
    ]
    assert found[0].article_id is not None and found[0].article_id.endswith("-02")
    assert "'hôm qua' is not an RFC 822 or ISO 8601 date" in found[0].message


def test_an_undated_item_is_a_warning_and_the_date_rules_work_on_the_others() -> None:
    text = GOOD_NEWS.replace("<pubDate>Wed, 01 Oct 2025 07:40:00 +0700</pubDate>", "")
    # Move the third item after the first: out of order, and dated after the feed.
    text = text.replace("Tue, 30 Sep 2025 21:10:00 +0700", "Wed, 01 Oct 2025 09:00:00 +0700")
    found = findings(text)
    assert {(f.rule, f.line) for f in found} == {
        ("feed.item-undated", line_of(text, "Video: Một ngày")),
        ("feed.order", line_of(text, "09:00:00")),
        ("date.future", line_of(text, "09:00:00")),
    }
    assert all(f.article_id is not None for f in found)


@pytest.mark.parametrize(
    "placeholder",
    [
        "Mon, 01 Jan 0001 00:00:00 +0000",  # Hugo's, for a page with no date
        "Thu, 01 Jan 1970 07:00:00 +0700",  # the Unix epoch a failed date parse leaves
        "0001-01-01T00:00:00Z",
        "01/01/1900 00:00:00",  # a spreadsheet's day zero
    ],
)
def test_a_date_a_site_prints_for_none_is_no_date(placeholder: str) -> None:
    """A placeholder for "no date" was published as the item's date (year 1, 1970), and only
    feed.order said something was odd: the item is undated, and says so."""
    text = GOOD_NEWS.replace("Wed, 01 Oct 2025 07:40:00 +0700", placeholder)
    found = findings(text)
    assert [(f.rule, f.line) for f in found] == [("feed.item-undated", line_of(text, placeholder))]
    assert f"date {placeholder!r} is what a site prints for no date" in found[0].message
    (item,) = [a for a in parsed(text).bulletin.articles if a.pub_date_text == placeholder]
    assert item.published_at is None


def test_a_wrong_weekday_is_reported_at_the_pubdate_line_not_the_title() -> None:
    text = GOOD_NEWS.replace("Tue, 30 Sep 2025 21:10", "Mon, 30 Sep 2025 21:10")
    found = findings(text)
    assert [(f.rule, f.line) for f in found] == [("date.weekday", line_of(text, "Mon, 30 Sep"))]


def test_an_unreadable_feed_date_is_reported_and_the_newest_item_dates_the_feed() -> None:
    text = GOOD_NEWS.replace("Wed, 01 Oct 2025 08:05:00 +0700", "yesterday")
    source = parsed(text)
    assert source.bulletin.issue_date == dt.date(2025, 10, 1)  # 07:58 +0700 is 00:58 UTC
    found = validate([source])
    assert [(f.rule, f.line, f.severity) for f in found] == [
        ("feed.date-unreadable", line_of(text, "yesterday"), Severity.WARNING)
    ]
    plan = plan_release(ParseOutcome(parsed=[source]))
    assert plan.published == (source.path,)
    assert plan.bulletin_ids[source.path] == "feed-thoisuhomnay-example-tin-moi-nhat-2025-10-01"


def test_an_unreadable_feed_date_with_no_item_dated_says_it_is_published_without_a_date() -> None:
    lines = GOOD_NEWS.replace("Wed, 01 Oct 2025 08:05:00 +0700", "yesterday").split("\n")
    text = "\n".join(line for line in lines if "<pubDate>" not in line or "yesterday" in line)
    found = findings(text)
    assert (found[0].rule, found[0].message) == (
        "feed.date-unreadable",
        "feed date 'yesterday' is not an RFC 822 or ISO 8601 date; no item is dated either, "
        "so it is published without a date",
    )
    # The feed prints a date, so each of its items that prints none is told too.
    assert [f.rule for f in found[1:]] == ["feed.item-undated"] * 3


def test_a_feed_with_no_date_at_all_is_published_with_a_null_date_and_a_warning() -> None:
    text = "\n".join(line for line in GOOD_NEWS.split("\n") if "<pubDate>" not in line)
    source = parsed(text)
    found = validate([source])
    assert [(f.rule, f.severity) for f in found] == [("feed.undated", Severity.WARNING)]
    plan = plan_release(ParseOutcome(parsed=[source]))
    assert plan.published == (source.path,)
    bulletins = plan.tables["bulletins"]
    assert bulletins["issue_date"].to_list() == [None]
    assert bulletins["issue_date_text"].to_list() == [None]
    assert plan.tables["articles"]["published_at"].to_list() == [None, None, None]


def test_a_feed_without_a_title_is_published_under_its_link() -> None:
    text = GOOD_NEWS.replace("<title>Tin mới nhất - Thời sự Hôm nay</title>", "")
    source = parsed(text)
    assert source.bulletin.title == "https://thoisuhomnay.example/rss/tin-moi-nhat.rss"
    assert [f.rule for f in validate([source])] == ["feed.untitled"]


def test_one_untitled_item_is_withheld_and_the_rest_of_the_feed_is_published() -> None:
    source = parsed(NEWS_RSS)
    plan = plan_release(ParseOutcome(parsed=[source]))
    assert plan.published == (source.path,) and not plan.quarantined
    articles = plan.tables["articles"]
    assert articles["title"].to_list() == [
        "Quảng Trị rút ngắn thời gian cấp phép xây dựng còn 10 ngày",
        "Cần Thơ công khai tiến độ giải quyết hồ sơ đất đai",
    ]
    assert articles["published_at"].to_list() == [
        dt.datetime(2025, 10, 1, 0, 58, 10, tzinfo=dt.UTC),
        dt.datetime(2025, 9, 30, 14, 10, tzinfo=dt.UTC),
    ]
    withheld = plan.tables["withheld"].to_dicts()
    assert [(w["position"], w["title"], w["line_start"], w["rules"]) for w in withheld] == [
        (2, None, line_of(NEWS_RSS, "<title/>"), "feed.item-untitled")
    ]
    (row,) = plan.tables["sources"].to_dicts()
    assert row["status"] == "partial"
    validate_tables(plan.tables)  # what is published fits the schema, the null title included


def test_an_item_with_an_unreadable_date_is_withheld_alone() -> None:
    text = GOOD_NEWS.replace("Wed, 01 Oct 2025 07:40:00 +0700", "hôm qua")
    plan = plan_release(ParseOutcome(parsed=[parsed(text)]))
    assert len(plan.tables["articles"]) == 2
    assert plan.tables["withheld"]["rules"].to_list() == ["feed.item-date-unreadable"]


def test_a_long_item_title_is_cut_to_57_characters_and_an_ellipsis_in_the_message() -> None:
    title = "Video: Một ngày ở Bộ phận Một cửa của huyện, nơi người dân nộp hồ sơ lần đầu qua mạng"
    text = NEWS_RSS.replace("<title/>", f"<title>{title}</title>").replace(
        "<pubDate>Wed, 01 Oct 2025 07:40:00 +0700</pubDate>", ""
    )
    (undated,) = by_rule(findings(text), "feed.item-undated")
    assert len(title) > 60 and f"{title[:57]}…" in undated.message
    assert title[:58] not in undated.message


# ---------------------------------------------------------------- a feed with no items

#: A provincial department's category feed with no post in it: the channel alone.
EMPTY_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Sở Nội vụ tỉnh Ví Dụ - Cải cách hành chính</title>
<link>https://sonoivu.vidu.example.gov.vn</link>
<description>Tin cải cách hành chính</description>
<lastBuildDate>Tue, 02 Dec 2025 08:00:00 +0700</lastBuildDate>
</channel>
</rss>
"""
EMPTY_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Tin hoạt động</title>
<id>tag:vidu.example.gov.vn,2025:tin</id>
<updated>2025-12-02T08:00:00+07:00</updated>
</feed>
"""


@pytest.mark.parametrize(("text", "line"), [(EMPTY_RSS, 7), (EMPTY_ATOM, 5)])
def test_a_feed_with_no_items_is_a_warning_naming_the_file(text: str, line: int) -> None:
    found = by_rule(validate([parsed(text, "cchc-trong.xml")]), "feed.empty")
    assert [(f.source, f.line, f.severity) for f in found] == [
        ("cchc-trong.xml", line, Severity.WARNING)
    ]
    assert "no items" in found[0].message


def test_a_feed_with_items_is_not_empty() -> None:
    assert by_rule(findings(GOOD_NEWS), "feed.empty") == []
