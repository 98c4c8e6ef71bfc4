"""A feed item that publishes a picture or a video and no text (a photo story, an infographic)
is published as a headline named with its file, as an item with only an ``<enclosure>`` is,
never withheld as an empty article: the picture may be a Media RSS ``media:content`` (alone or
in a ``media:group``), or an ``<img>`` that is all its HTML holds. Made-up portals and titles."""

from __future__ import annotations

from bantin.parsers import parse_bytes
from bantin.validators import validate

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Sở Nội vụ tỉnh Mẫu</title><link>https://snv.example.gov.vn/</link>
<lastBuildDate>Fri, 04 Dec 2026 09:00:00 +0700</lastBuildDate>
<item><title>Trung tâm phục vụ hành chính công ngày cao điểm</title>
<link>https://snv.example.gov.vn/tin/1</link><pubDate>Fri, 04 Dec 2026 08:30:00 +0700</pubDate>
{item}
</item>
</channel></rss>
"""


def _rules(item: str) -> list[tuple[str, str]]:
    parsed = parse_bytes(FEED.format(item=item).encode("utf-8"), "tin.xml")
    return [(f.rule, f.message) for f in validate([parsed])]


def _attachment(item: str) -> str | None:
    bulletin = parse_bytes(FEED.format(item=item).encode("utf-8"), "tin.xml").bulletin
    return bulletin.articles[0].attachment


def test_a_media_content_picture_alone_is_named_with_its_file_not_withheld() -> None:
    item = '<media:content url="/anh/1.jpg" medium="image" type="image/jpeg"/>'
    ((rule, message),) = _rules(item)
    assert rule == "feed.item-attachment-only"
    assert "(https://snv.example.gov.vn/anh/1.jpg)" in message


def test_a_video_in_a_media_group_is_the_item_s_file() -> None:
    item = '<media:group><media:content url="https://snv.example.gov.vn/v/1.mp4"/></media:group>'
    assert _attachment(item) == "https://snv.example.gov.vn/v/1.mp4"


def test_a_description_that_is_only_a_linked_picture_gives_the_picture() -> None:
    item = (
        '<description><![CDATA[<a href="https://snv.example.gov.vn/tin/1">'
        '<img width="130" src="/anh/info.jpg?w=130&amp;h=90" /></a>]]></description>'
    )
    assert [rule for rule, _ in _rules(item)] == ["feed.item-attachment-only"]
    assert _attachment(item) == "https://snv.example.gov.vn/anh/info.jpg?w=130&h=90"


def test_a_picture_escaped_as_text_is_read_alike() -> None:
    item = '<description>&lt;img src="https://snv.example.gov.vn/anh/2.jpg" /&gt;</description>'
    assert _attachment(item) == "https://snv.example.gov.vn/anh/2.jpg"


def test_the_enclosure_is_named_before_a_media_picture() -> None:
    item = (
        '<enclosure url="/files/ban-tin.pdf" type="application/pdf" length="1"/>'
        '<media:content url="/anh/bia.jpg" medium="image"/>'
    )
    assert _attachment(item) == "https://snv.example.gov.vn/files/ban-tin.pdf"


def test_a_picture_with_a_caption_is_an_article_with_the_caption() -> None:
    item = (
        '<media:content url="/anh/1.jpg"><media:description>Người dân nộp 35 hồ sơ trực tuyến.'
        "</media:description></media:content>"
    )
    assert _rules(item) == []
    bulletin = parse_bytes(FEED.format(item=item).encode("utf-8"), "tin.xml").bulletin
    assert bulletin.articles[0].paragraphs[0].text == "Người dân nộp 35 hồ sơ trực tuyến."


def test_a_picture_beside_text_leaves_an_article_with_its_text() -> None:
    item = '<description><![CDATA[<img src="/anh/1.jpg" />Xã tiếp nhận 120 hồ sơ.]]></description>'
    assert _rules(item) == []
    assert _attachment(item) is None


def test_markup_without_a_picture_or_text_is_still_an_empty_article() -> None:
    item = "<description><![CDATA[<p>&nbsp;</p>]]></description>"
    assert [rule for rule, _ in _rules(item)] == ["article.empty"]


def test_an_atom_entry_with_only_a_media_picture_is_named_with_it() -> None:
    atom = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<title>Sở Nội vụ tỉnh Mẫu</title><link href="https://snv.example.gov.vn/"/>
<id>tag:snv.example.gov.vn,2026:tin</id><updated>2026-12-04T09:00:00+07:00</updated>
<entry><title>Ảnh: Bộ phận Một cửa xã Mẫu</title><id>tag:snv.example.gov.vn,2026:1</id>
<link href="https://snv.example.gov.vn/tin/1"/><updated>2026-12-04T08:00:00+07:00</updated>
<media:content url="https://snv.example.gov.vn/anh/1.jpg" medium="image"/></entry>
</feed>
"""
    parsed = parse_bytes(atom.encode("utf-8"), "tin.xml")
    assert [f.rule for f in validate([parsed])] == ["feed.item-attachment-only"]


def test_a_picture_and_a_read_more_link_alone_give_the_picture() -> None:
    item = (
        '<description><![CDATA[<a href="https://snv.example.gov.vn/tin/1"><img src="/anh/3.jpg" />'
        '</a> <a href="https://snv.example.gov.vn/tin/1">Xem chi tiết »</a>]]></description>'
    )
    assert [rule for rule, _ in _rules(item)] == ["feed.item-attachment-only"]
    assert _attachment(item) == "https://snv.example.gov.vn/anh/3.jpg"


def test_an_aggregator_s_headline_with_a_picture_is_still_a_headline() -> None:
    feed = FEED.replace(
        "<link>https://snv.example.gov.vn/tin/1</link>",
        "<link>https://news.google.com/rss/articles/CBMiAbc?oc=5</link>",
    )
    item = '<description><![CDATA[<img src="https://anh.example.vn/1.jpg" />]]></description>'
    parsed = parse_bytes(feed.format(item=item).encode("utf-8"), "tin.xml")
    assert parsed.bulletin.articles[0].attachment is None
    assert [f.rule for f in validate([parsed])] == ["feed.headlines-only"]
