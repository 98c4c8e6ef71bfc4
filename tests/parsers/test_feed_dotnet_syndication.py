"""RSS written by .NET's ``SyndicationFeed`` (``Rss20FeedFormatter``), as ASP.NET portals publish
it: an item's content and its last update, which RSS has no element for, are written as Atom's
("<a10:content type="html">", "<a10:updated>"). An item with only those was withheld as empty
and undated (made-up portal and items)."""

from __future__ import annotations

import datetime as dt

from bantin.model import ParsedSource
from bantin.parsers import parse_bytes
from bantin.validators import validate

FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss xmlns:a10="http://www.w3.org/2005/Atom" '
    'version="2.0"><channel><title>Cổng TTĐT tỉnh Mẫu</title><link>https://mau.example.gov.vn/</link>'
    "<description>Tin cải cách hành chính</description>"
    "<lastBuildDate>Fri, 04 Dec 2026 09:00:00 +0700</lastBuildDate>"
    '<item><guid isPermaLink="false">1001</guid><link>https://mau.example.gov.vn/tin/1001</link>'
    "<title>Xã Một giải quyết 450 hồ sơ</title>{item}</item></channel></rss>"
)

CONTENT = (
    '<a10:content type="html">&lt;p&gt;Trong tháng 11, xã Một giải quyết 450 hồ sơ, '
    "97,5% đúng hạn.&lt;/p&gt;</a10:content>"
)
UPDATED = "<a10:updated>2026-12-04T08:30:00+07:00</a10:updated>"


def _parsed(item: str) -> ParsedSource:
    return parse_bytes(FEED.format(item=item).encode("utf-8"), "mau.xml")


def _texts(item: str) -> list[str]:
    return [p.text for p in _parsed(item).bulletin.articles[0].paragraphs]


def test_an_item_whose_text_is_its_a10_content_is_an_article() -> None:
    parsed = _parsed(UPDATED + CONTENT)
    assert [f.rule for f in validate([parsed])] == []
    assert _texts(UPDATED + CONTENT) == [
        "Trong tháng 11, xã Một giải quyết 450 hồ sơ, 97,5% đúng hạn."
    ]


def test_an_item_is_dated_by_its_a10_updated() -> None:
    article = _parsed(UPDATED + CONTENT).bulletin.articles[0]
    assert article.pub_date_text == "2026-12-04T08:30:00+07:00"
    assert article.published_at == dt.datetime(2026, 12, 4, 1, 30, tzinfo=dt.UTC)


def test_its_pubdate_comes_before_its_update() -> None:
    item = "<pubDate>Thu, 03 Dec 2026 10:00:00 +0700</pubDate>" + UPDATED + CONTENT
    assert _parsed(item).bulletin.articles[0].pub_date_text == "Thu, 03 Dec 2026 10:00:00 +0700"


def test_its_description_comes_before_its_a10_content() -> None:
    item = UPDATED + "<description>Xã Một trả 450 kết quả.</description>" + CONTENT
    assert _texts(item) == ["Xã Một trả 450 kết quả."]


def test_a_blank_a10_content_leaves_the_item_empty() -> None:
    item = UPDATED + '<a10:content type="html"><![CDATA[ ]]></a10:content>'
    assert [f.rule for f in validate([_parsed(item)])] == ["article.empty"]


def test_text_content_is_read_as_text() -> None:
    item = (
        UPDATED
        + '<a10:content type="text">Xã Một nhận 12 hồ sơ &lt;qua bưu chính&gt;.</a10:content>'
    )
    assert _texts(item) == ["Xã Một nhận 12 hồ sơ <qua bưu chính>."]
