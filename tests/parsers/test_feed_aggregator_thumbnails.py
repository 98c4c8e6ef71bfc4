"""A news aggregator's headline (a news.google.com link) that carries its thumbnail as Media RSS
``media:content`` is still a headline: the thumbnail is no file the item publishes, so the item
is neither named with it nor reported as a file given without text, as the same thumbnail in
an ``<img>`` is not. An item of the site's own keeps its media picture. Made-up portal."""

from __future__ import annotations

from bantin.parsers import ParsedSource, parse_bytes
from bantin.validators import validate

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>Tin cải cách hành chính</title><link>https://snv.example.gov.vn/</link>
<lastBuildDate>Fri, 04 Dec 2026 09:00:00 +0700</lastBuildDate>
<item><title>Xã Mẫu tiếp nhận 120 hồ sơ trực tuyến - Báo Mẫu</title>
<link>{link}</link><pubDate>Fri, 04 Dec 2026 08:30:00 +0700</pubDate>
<source url="https://baomau.example.vn">Báo Mẫu</source>
<media:content url="https://anh.example.vn/1.jpg" medium="image"/>
</item>
</channel></rss>
"""
_GOOGLE = "https://news.google.com/rss/articles/CBMiAbc?oc=5"


def _parsed(link: str) -> ParsedSource:
    """The feed with its one item linking to ``link``, parsed."""
    return parse_bytes(FEED.format(link=link).encode("utf-8"), "tin.xml")


def test_an_aggregator_s_headline_with_a_media_thumbnail_is_only_a_headline() -> None:
    parsed = _parsed(_GOOGLE)
    assert parsed.bulletin.articles[0].attachment is None
    assert [f.rule for f in validate([parsed])] == ["feed.headlines-only"]


def test_the_site_s_own_item_keeps_its_media_picture() -> None:
    parsed = _parsed("https://snv.example.gov.vn/tin/1")
    assert parsed.bulletin.articles[0].attachment == "https://anh.example.vn/1.jpg"
    assert [f.rule for f in validate([parsed])] == ["feed.item-attachment-only"]
