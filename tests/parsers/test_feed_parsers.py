"""Unit tests of the flattened-feed and RSS XML parsers, including unsafe XML."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.errors import MalformedBulletin
from bantin.model import FeedDialect, SourceFormat
from bantin.parsers import parse_text
from tests.parsers.fixtures import FEED_TEXT, FEED_XML


def test_feed_text_channel_and_items():
    feed = parse_text(FEED_TEXT, "feed.txt")
    assert feed.source_format is SourceFormat.FEED_TEXT
    assert feed.channel is not None
    assert feed.channel.title == "cải cách – Tin địa phương"
    assert feed.channel.description == "Tin tức cải cách"
    assert feed.channel.generator == "https://wordpress.org/?v=6.7.2"
    assert feed.issue_date == dt.date(2025, 1, 6)
    first, second = feed.articles
    assert first.title == "Hà Nam: Giảm 30% thời gian xử lý hồ sơ"
    assert first.url == "https://tin.example.vn/ha-nam/"
    assert first.guid == "https://tin.example.vn/?p=11"
    # +0700 is converted to UTC
    assert first.published_at == dt.datetime(2025, 1, 6, 0, 30, tzinfo=dt.UTC)
    assert [p.text for p in first.paragraphs] == [
        "Tỉnh Hà Nam giảm 30% thời gian xử lý hồ sơ.",
        "Cán bộ Bộ phận Một cửa hướng dẫn người dân",
    ]
    assert (first.title_line, first.line_end) == (1, 8)
    assert (second.title_line, second.line_end) == (9, 12)
    assert second.paragraphs[0].line == 11


def test_feed_text_resolves_the_character_references_a_flattener_left():
    # WordPress writes curly quotes, dashes and "&" as references; a flattener that prints the
    # feed's text as stored leaves them in titles and paragraphs.
    text = (
        FEED_TEXT.replace("cải cách – Tin", "cải cách &#8211; Tin", 1)
        .replace("Hà Nam: Giảm 30%", "Hà Nam: &#8220;Giảm&#8221; 30%")
        .replace("Tỉnh Hà Nam giảm", "Tỉnh Hà&nbsp;Nam &amp; Sở Nội vụ giảm&#x20;")
        .replace("Cán bộ Bộ phận Một cửa", "Cán bộ Bộ phận &ldquo;Một cửa&rdquo;")
    )
    feed = parse_text(text, "feed.txt")
    assert feed.channel is not None and feed.channel.title == "cải cách – Tin địa phương"
    first = feed.articles[0]
    assert first.title == "Hà Nam: “Giảm” 30% thời gian xử lý hồ sơ"
    assert [p.text for p in first.paragraphs] == [
        "Tỉnh Hà Nam & Sở Nội vụ giảm  30% thời gian xử lý hồ sơ.",
        "Cán bộ Bộ phận “Một cửa” hướng dẫn người dân",  # the caption printed twice, kept once
    ]
    # A "&" that starts no reference stays as printed.
    plain = parse_text(FEED_TEXT.replace("giảm 30%", "giảm 30% (R&D; A&B)"), "feed.txt")
    assert plain.articles[0].paragraphs[0].text.endswith("(R&D; A&B) thời gian xử lý hồ sơ.")


def test_a_referenced_non_breaking_hyphen_or_full_width_percent_is_read_plain():
    # "&#8209;" (U+2011) and "&#65285;" ("％") resolve to characters the source text never held,
    # in a flattened feed and in an RSS document's title and HTML body alike.
    text = FEED_TEXT.replace("giảm 30%", "giảm 25&#8209;30&#65285;", 1)
    assert parse_text(text, "feed.txt").articles[0].paragraphs[0].text == (
        "Tỉnh Hà Nam giảm 25-30% thời gian xử lý hồ sơ."
    )
    xml = FEED_XML.replace("Giảm 30%", "Giảm 25&#8209;30%").replace("giảm 30%", "giảm 2&#8209;3%")
    (item,) = parse_text(xml, "feed.xml").articles
    assert item.title == "Hà Nam: Giảm 25-30% thời gian <xử lý>"
    assert item.paragraphs[0].text == "Tỉnh Hà Nam giảm 2-3% thời gian."


def test_feed_text_impossible_pub_date_keeps_text():
    feed = parse_text(FEED_TEXT.replace("Sun, 05 Jan 2025", "Sun, 31 Sep 2025"), "f.txt")
    assert feed.articles[1].published_at is None
    assert feed.articles[1].pub_date_text == "Sun, 31 Sep 2025 10:00:00 +0000"


def test_feed_text_garbage_between_items_names_the_line():
    broken = FEED_TEXT.replace(
        "Hà Nội mở rộng dịch vụ công https://", "Hà Nội mở rộng dịch vụ công ftp://"
    )
    with pytest.raises(MalformedBulletin) as error:
        parse_text(broken, "f.txt")
    assert error.value.line == 9


def test_feed_xml():
    feed = parse_text(FEED_XML, "feed.xml")
    assert feed.source_format is SourceFormat.FEED_XML
    assert feed.channel is not None and feed.channel.description == "Tin tức & cải cách"
    assert feed.issue_date_line == 7 and feed.channel.line == 7
    (item,) = feed.articles
    assert item.title == "Hà Nam: Giảm 30% thời gian <xử lý>"
    assert (item.title_line, item.line_end) == (11, 18)
    assert [(p.text, p.line) for p in item.paragraphs] == [
        ("Tỉnh Hà Nam giảm 30% thời gian.", 15),
        ("Cán bộ hướng dẫn", 16),
        ("Người dân hài lòng.", 17),
    ]
    assert item.published_at == dt.datetime(2025, 1, 6, 0, 30, tzinfo=dt.UTC)


def test_a_wordpress_feed_with_excerpts_keeps_its_bodies_and_its_dialect():
    # WordPress prints an excerpt in <description> and the body in <content:encoded>: the body is
    # read, and the feed stays RSS 2.0 with content, not a news site's description-only feed.
    excerpt = "<description><![CDATA[Tỉnh Hà Nam giảm thời gian […]]]></description>\n"
    xml = FEED_XML.replace("<content:encoded>", excerpt + "<content:encoded>", 1)
    plain = parse_text(FEED_XML, "feed.xml")
    feed = parse_text(xml, "feed.xml")
    assert feed.channel is not None and plain.channel is not None
    assert feed.channel.dialect is plain.channel.dialect is FeedDialect.RSS2
    assert [p.text for p in feed.articles[0].paragraphs] == [
        p.text for p in plain.articles[0].paragraphs
    ]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title></channel></rss>"""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_unsafe_xml_is_refused(document):
    with pytest.raises(MalformedBulletin, match="unsafe XML refused"):
        parse_text(document, "evil.xml")


def test_broken_xml_names_the_line():
    with pytest.raises(MalformedBulletin) as error:
        parse_text(FEED_XML.replace("</item>", "</itm>"), "broken.xml")
    assert error.value.line == 18
    assert "not well-formed" in error.value.reason


def test_rss_without_a_channel_is_an_empty_feed_not_a_refusal():
    feed = parse_text('<?xml version="1.0"?>\n<rss version="2.0"><nochannel/></rss>', "x.xml")
    assert feed.articles == () and feed.issue_date is None
    assert feed.channel is not None and feed.channel.title == ""


def test_feed_text_without_items():
    channel_only = FEED_TEXT.split("\n")[0].split(" Hà Nam:")[0]
    feed = parse_text(channel_only + "\n", "empty-feed.txt")
    assert feed.articles == () and feed.issue_date == dt.date(2025, 1, 6)


def test_feed_xml_keeps_two_photos_with_the_same_caption():
    caption = '<figure><img src="a.jpg" alt="Cán bộ hướng dẫn"/><figcaption>Cán bộ hướng dẫn</figcaption></figure>'
    feed = parse_text(FEED_XML.replace(caption, caption + caption), "feed.xml")
    texts = [p.text for p in feed.articles[0].paragraphs]
    assert texts.count("Cán bộ hướng dẫn") == 2


def test_a_date_beyond_the_calendar_is_kept_as_text():
    feed = parse_text(
        FEED_TEXT.replace("Sun, 05 Jan 2025 10:00:00 +0000", "Mon, 01 Jan 0001 00:00:00 +1400"),
        "f.txt",
    )
    assert feed.articles[1].published_at is None


def test_a_caption_printed_twice_with_a_full_stop_after_one_is_kept_once() -> None:
    # The image's text and its caption: one may end with a full stop, the other not.
    caption = "Cán bộ Bộ phận Một cửa hướng dẫn người dân"
    assert f"{caption}\n{caption}\n" in FEED_TEXT
    feed = parse_text(
        FEED_TEXT.replace(f"{caption}\n{caption}\n", f"{caption}\n{caption}.\n"), "f.txt"
    )
    assert [p.text for p in feed.articles[0].paragraphs][-1] == caption
    assert sum(p.text.startswith(caption) for p in feed.articles[0].paragraphs) == 1
