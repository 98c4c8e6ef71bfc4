"""Feed rules on forms found misreported: a news aggregator's feed of headlines."""

from __future__ import annotations

from bantin.parsers import parse_bytes
from bantin.validators import validate

#: A news aggregator's search feed (Google News's RSS, as it writes it): each item links through
#: the aggregator, and its description is the headline again, linked, with its outlet's name.
AGGREGATOR_RSS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<generator>NFE/5.0</generator>
<title>"dịch vụ công" - Google Tin tức</title>
<link>https://news.google.com/search?q=d%E1%BB%8Bch+v%E1%BB%A5&amp;hl=vi</link>
<language>vi</language>
<lastBuildDate>Wed, 03 Dec 2025 02:00:00 GMT</lastBuildDate>
<description>Google Tin tức</description>
<item>
<title>Phường Mẫu cấp 500 bản sao điện tử - Báo Mẫu</title>
<link>https://news.google.com/rss/articles/CBMiXyz001?oc=5</link>
<guid isPermaLink="false">CBMiXyz001</guid>
<pubDate>Wed, 03 Dec 2025 01:00:00 GMT</pubDate>
<description>&lt;a href="https://news.google.com/rss/articles/CBMiXyz001?oc=5"&gt;Phường Mẫu cấp
500 bản sao điện tử&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Báo Mẫu&lt;/font&gt;</description>
<source url="https://baomau.example.vn">Báo Mẫu</source></item>
<item>
<title>Huyện Ví Dụ giảm 30% thời gian chờ - Đài Ví Dụ</title>
<link>https://news.google.com/rss/articles/CBMiXyz002?oc=5</link>
<guid isPermaLink="false">CBMiXyz002</guid>
<pubDate>Tue, 02 Dec 2025 07:30:00 GMT</pubDate>
<description>&lt;a href="https://news.google.com/rss/articles/CBMiXyz002?oc=5"&gt;Huyện Ví Dụ
giảm 30% thời gian chờ&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Đài Ví Dụ&lt;/font&gt;</description>
<source url="https://daividu.example.vn">Đài Ví Dụ</source></item>
<item>
<title>Tin không có nội dung</title>
<link>https://baomau.example.vn/tin-trong</link>
<pubDate>Tue, 02 Dec 2025 06:00:00 GMT</pubDate>
<description></description></item>
</channel></rss>
"""


def test_an_aggregators_headlines_are_said_once_at_the_channel_and_published() -> None:
    parsed = parse_bytes(AGGREGATOR_RSS.encode("utf-8"), "google-tin-tuc.xml")
    findings = validate([parsed])
    headlines = [f for f in findings if f.rule == "feed.headlines-only"]
    assert [(f.line, f.severity.value) for f in headlines] == [(7, "warning")]
    assert "2 of the feed's 3 items" in headlines[0].message
    # The headlines are no empty articles; an item of an outlet's own with no text still is.
    empty = [f for f in findings if f.rule == "article.empty"]
    assert [f.line for f in empty] == [26]
    first, second, _ = parsed.bulletin.articles
    assert first.title == "Phường Mẫu cấp 500 bản sao điện tử"
    assert first.url == "https://news.google.com/rss/articles/CBMiXyz001?oc=5"
    assert first.published_at is not None and second.published_at is not None
    assert first.paragraphs == second.paragraphs == ()


def test_a_feed_of_an_outlets_own_items_has_no_headlines_warning() -> None:
    own = AGGREGATOR_RSS.replace("news.google.com/rss/articles/", "baomau.example.vn/tin/")
    findings = validate([parse_bytes(own.encode("utf-8"), "bao-mau.xml")])
    assert not [f for f in findings if f.rule == "feed.headlines-only"]
