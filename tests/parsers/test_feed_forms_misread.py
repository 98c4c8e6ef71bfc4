"""Feeds in forms found misread: each test holds a small feed of its own in that form
(made-up sites and sentences, in the shapes Vietnamese portals and papers publish)."""

from __future__ import annotations

import datetime as dt
import unicodedata
import zlib

import pytest

from bantin.errors import MalformedBulletin, NotABulletin, UnreadableSource
from bantin.parsers import parse_bytes
from bantin.parsers.text import words_kept_apart
from bantin.validators import validate


def _bodies(text: str, name: str = "tin.xml") -> list[str]:
    """The body of each item of a feed, as published."""
    bulletin = parse_bytes(text.encode("utf-8"), name).bulletin
    return [article.body for article in bulletin.articles]


# ---------------------------------------------------------------- a zero-width space by an abbreviation

#: A portal's item whose editor left a zero-width space, raw and as a reference, where a space
#: was meant, next to an abbreviation in capitals.
ZERO_WIDTH_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng TTĐT xã Mẫu</title><link>https://xamau.example.gov.vn</link>
<item><title>Họp giao ban</title><link>https://xamau.example.gov.vn/1</link>
<pubDate>Mon, 01 Dec 2025 08:00:00 +0700</pubDate>
<description><![CDATA[<p>UBND&#8203;xã giao Phòng Văn hóa\u200bXã hội cùng HĐND\u200bTỉnh
rà soát; Chủ tịch\u200bUBND ký 12 quyết định.</p>]]></description></item>
</channel></rss>
"""


def test_a_zero_width_space_next_to_an_abbreviation_is_a_space() -> None:
    (body,) = _bodies(ZERO_WIDTH_RSS)
    assert body == (
        "UBND xã giao Phòng Văn hóa Xã hội cùng HĐND Tỉnh rà soát; Chủ tịch UBND ký 12 quyết định."
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("UBND\u200btỉnh", "UBND tỉnh"),
        ("tỉnh\u200bUBND", "tỉnh UBND"),
        ("CCHC\u200bnăm", "CCHC năm"),
        # An abbreviation cut in two, or a word cut inside, stays one.
        ("UB\u200bND", "UBND"),
        ("s\u200bơ", "sơ"),
        ("COVID\u200b-19", "COVID-19"),
    ],
)
def test_an_abbreviation_and_a_syllable_are_two_words(text: str, read: str) -> None:
    assert words_kept_apart(text).replace("\u200b", "") == read


# ---------------------------------------------------------------- a JSON Feed saved as RSS

#: A site's JSON Feed (jsonfeed.org 1.1), as a plugin writes it, saved under an RSS name.
JSON_FEED = """{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Tin cải cách hành chính xã Mẫu",
  "home_page_url": "https://xamau.example.gov.vn/",
  "feed_url": "https://xamau.example.gov.vn/feed/json",
  "items": [
    {
      "id": "https://xamau.example.gov.vn/?p=12",
      "url": "https://xamau.example.gov.vn/tin/12",
      "title": "Xã trả 98% hồ sơ đúng hạn",
      "content_html": "<p>Trong tháng, xã tiếp nhận 310 hồ sơ.</p>",
      "date_published": "2025-12-01T08:00:00+07:00"
    }
  ]
}
"""


@pytest.mark.parametrize("name", ["xa-mau.xml", "xa-mau.rss", "xa-mau.json"])
def test_a_json_feed_is_named_as_one_at_its_version_line(name: str) -> None:
    with pytest.raises(NotABulletin) as raised:
        parse_bytes(JSON_FEED.encode("utf-8"), name)
    error = raised.value
    assert error.source == name
    assert error.line == 2  # its "version", which tells what it is
    assert "JSON Feed (jsonfeed.org, version 1.1)" in error.reason
    assert "'Tin cải cách hành chính xã Mẫu' with 1 item" in error.reason
    assert "not an RSS or Atom feed" in error.reason


def test_a_json_feed_cut_short_and_escaped_slashes_is_still_named() -> None:
    text = JSON_FEED.replace("https://jsonfeed.org/", "https:\\/\\/jsonfeed.org\\/")[:200]
    with pytest.raises(NotABulletin) as raised:
        parse_bytes(b"\xef\xbb\xbf\n" + text.encode("utf-8"), "cut.rss")
    assert raised.value.line == 3
    assert "JSON Feed (jsonfeed.org, version 1.1), cut short" in raised.value.reason


def test_a_wordpress_rest_list_of_posts_is_named() -> None:
    posts = (
        '[{"id": 12, "title": {"rendered": "Xã trả hồ sơ"}, "content": {"rendered": "<p>x</p>"}}]'
    )
    with pytest.raises(NotABulletin) as raised:
        parse_bytes(posts.encode("utf-8"), "posts.xml")
    assert raised.value.line == 1
    assert "WordPress REST API list of posts (1 post, JSON)" in raised.value.reason


def test_text_that_opens_with_a_bracket_and_is_no_json_is_not_called_json() -> None:
    with pytest.raises(NotABulletin) as raised:
        parse_bytes("[Trang 1]\nTin xã Mẫu\n".encode(), "trang.txt")
    assert "JSON" not in raised.value.reason


# ---------------------------------------------------------------- a feed copied from a browser

#: A paper's feed (its description an image linked, "</br>", then the summary), as a browser's
#: XML viewer shows it and a copy of the page takes it: the viewer's banner first.
PAPER_RSS = """<rss xmlns:slash="http://purl.org/rss/1.0/modules/slash/" version="2.0">
<channel>
<title>Tin mới - Báo Mẫu RSS</title>
<pubDate>Tue, 02 Dec 2025 17:42:44 +0700</pubDate>
<link>https://baomau.example.vn/rss/tin-moi.rss</link>
<item>
<title>
Tỉnh Mẫu đạt 97% hồ sơ trực tuyến
</title>
<description>
<![CDATA[
<a href="/tin/1.html"><img width=130 height=100 src="/a.jpg" ></a></br>Tỉnh tiếp nhận 12.400 hồ sơ, trả đúng hạn 97%.
]]>
</description>
<pubDate>Tue, 02 Dec 2025 17:40:01 +0700</pubDate>
<link>
https://baomau.example.vn/tin/1.html
</link>
</item>
</channel></rss>
"""
BROWSER_BANNER = (
    "This XML file does not appear to have any style information associated with it. "
    "The document tree is shown below.\n\n"
)


def test_a_papers_feed_with_a_closing_br_reads_its_summary() -> None:
    assert _bodies(PAPER_RSS) == ["Tỉnh tiếp nhận 12.400 hồ sơ, trả đúng hạn 97%."]


def test_a_feed_copied_from_a_browsers_xml_viewer_is_named_at_the_banner() -> None:
    with pytest.raises(NotABulletin) as raised:
        parse_bytes((BROWSER_BANNER + PAPER_RSS).encode("utf-8"), "tin-moi.rss")
    assert raised.value.line == 1
    assert "web browser's XML viewer" in raised.value.reason


# ---------------------------------------------------------------- Windows-1258 declared Western

#: The tone marks Windows-1258 writes as combining characters after their letter.
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _windows_1258(text: str) -> bytes:
    """``text`` in Windows-1258 as Vietnamese software writes it: a letter with its vowel mark
    (â, ơ, ư…) in one byte, its tone mark in the byte of a combining character after it."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out += base.encode("cp1258") + "".join(c for c in parts if c in _TONES).encode("cp1258")
    return bytes(out)


#: An old portal's feed whose template declares a Western encoding.
PORTAL_RSS = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0"><channel><title>Cổng TTĐT huyện Mẫu</title>
<link>https://huyenmau.example.gov.vn</link>
<item><title>Huyện Mẫu đạt 95% hồ sơ đúng hạn</title><link>https://huyenmau.example.gov.vn/1</link>
<pubDate>Tue, 02 Dec 2025 07:00:00 +0700</pubDate>
<description>Trong tháng, huyện tiếp nhận 1.200 hồ sơ; “đúng hạn” đạt 95%.</description></item>
</channel></rss>
"""


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "windows-1252", "latin1"])
def test_windows_1258_text_declared_western_is_read_as_vietnamese(encoding: str) -> None:
    data = _windows_1258(PORTAL_RSS.format(encoding=encoding))
    bulletin = parse_bytes(data, "huyen-mau.xml").bulletin
    assert bulletin.title == "Cổng TTĐT huyện Mẫu"
    (article,) = bulletin.articles
    assert article.title == "Huyện Mẫu đạt 95% hồ sơ đúng hạn"
    assert article.body == "Trong tháng, huyện tiếp nhận 1.200 hồ sơ; “đúng hạn” đạt 95%."


def test_western_text_declared_western_stays_as_declared() -> None:
    text = (
        PORTAL_RSS.format(encoding="ISO-8859-1")
        .replace("Cổng TTĐT huyện Mẫu", "Mairie de São Tomé")
        .replace("Huyện Mẫu đạt 95% hồ sơ đúng hạn", "Été: 95% des dossiers à temps")
        .replace(
            "Trong tháng, huyện tiếp nhận 1.200 hồ sơ; “đúng hạn” đạt 95%.",
            "À l'été, la mairie a traité 1.200 dossiers, réçus à temps à 95%.",
        )
    )
    (article,) = parse_bytes(text.encode("latin-1"), "mairie.xml").bulletin.articles
    assert article.title == "Été: 95% des dossiers à temps"
    assert article.body == "À l'été, la mairie a traité 1.200 dossiers, réçus à temps à 95%."


# ---------------------------------------------------------------- a portal's Atom, links relative

#: A portal's Atom feed (a Liferay asset publisher's, in its shape): each entry links to its page
#: relative to the site, with no xml:base; the summary is HTML escaped, styled spans around it.
PORTAL_ATOM = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <title>Tin cải cách hành chính</title>
  <link rel="{rel}" href="https://tinhmau.example.gov.vn/c/asset_publisher/rss?id=101" />
  <entry>
    <title>Huyện Mẫu đối thoại với doanh nghiệp</title>
    <link rel="alternate" href="/web/huyen-mau/-/content/doi-thoai" />
    <id>https://tinhmau.example.gov.vn/c/asset_publisher/get_asset?assetEntryId=99</id>
    <updated>2025-12-01T09:15:30Z</updated>
    <published>2025-12-01T09:10:00Z</published>
    <summary type="html">&lt;p&gt;&lt;span style="font-size:14px;"&gt;Huyện tiếp nhận 45&amp;nbsp;kiến
nghị, đã trả lời 40 (đạt 88,9%).&lt;/span&gt;&lt;/p&gt;</summary>
  </entry>
</feed>
"""


@pytest.mark.parametrize("rel", ["alternate", "self"])
def test_an_atom_entrys_relative_link_is_resolved_against_the_feeds_address(rel: str) -> None:
    bulletin = parse_bytes(PORTAL_ATOM.format(rel=rel).encode(), "tin-cchc.atom").bulletin
    (entry,) = bulletin.articles
    assert entry.url == "https://tinhmau.example.gov.vn/web/huyen-mau/-/content/doi-thoai"
    assert entry.body == "Huyện tiếp nhận 45 kiến nghị, đã trả lời 40 (đạt 88,9%)."


def test_an_atom_entrys_link_under_xml_base_keeps_its_base() -> None:
    text = PORTAL_ATOM.format(rel="alternate").replace(
        "<entry>", '<entry xml:base="https://huyenmau.example.gov.vn/">'
    )
    (entry,) = parse_bytes(text.encode(), "tin-cchc.atom").bulletin.articles
    assert entry.url == "https://huyenmau.example.gov.vn/web/huyen-mau/-/content/doi-thoai"


# ---------------------------------------------------------------- a byte-order mark after a blank line

FEED_BODY = """<rss version="2.0"><channel><title>Cổng TTĐT xã Mẫu</title>
<item><title>Xã trả 210 hồ sơ</title><link>https://xamau.example.gov.vn/1</link>
<pubDate>Tue, 02 Dec 2025 07:00:00 +0700</pubDate><description>Đạt 99%.</description></item>
</channel></rss>
"""


@pytest.mark.parametrize(
    "opening",
    [
        "\n\ufeff<?xml version='1.0' encoding='utf-8'?>\n",  # a script's include after a blank line
        "\n\n\ufeff\n",  # the same with no declaration
        "\ufeff\n \ufeff<?xml version='1.0'?>\n",
    ],
)
def test_a_byte_order_mark_among_blank_lines_before_the_feed_is_passed_over(opening: str) -> None:
    text = opening + FEED_BODY
    (article,) = parse_bytes(text.encode("utf-8"), "xa-mau.xml").bulletin.articles
    assert article.title == "Xã trả 210 hồ sơ"
    assert article.body == "Đạt 99%."
    assert article.title_line == text.count("\n", 0, text.index("<item>")) + 1


# ---------------------------------------------------------------- references escaped twice

ITEM_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Cổng TTĐT xã Mẫu</title><link>https://xamau.example.gov.vn</link>
<item><title>Xã Mẫu đạt 99%</title><link>https://xamau.example.gov.vn/1</link>
<pubDate>Tue, 02 Dec 2025 07:00:00 +0700</pubDate><description>{description}</description></item>
</channel></rss>
"""


@pytest.mark.parametrize(
    ("description", "body"),
    [
        # A CDATA section whose HTML was escaped once more: the page shows "&nbsp;".
        (
            "<![CDATA[<p>Xã nhận 210&amp;nbsp;hồ sơ &amp;amp; 5 kiến nghị.</p>]]>",
            "Xã nhận 210 hồ sơ & 5 kiến nghị.",
        ),
        ("<![CDATA[Tỷ lệ trễ hạn &amp;lt; 5&amp;#37;.]]>", "Tỷ lệ trễ hạn < 5%."),
        ("Xã nhận 210&amp;amp;nbsp;hồ sơ &amp;#8211; đạt 99%.", "Xã nhận 210 hồ sơ – đạt 99%."),
        # Escaped markup among real tags stays escaped: it is no reference to resolve.
        ("<![CDATA[<p>Mã &amp;lt;p&amp;gt; in sai</p>]]>", "Mã &lt;p&gt; in sai"),
        # A name that is no reference stays as written.
        ("<![CDATA[<p>Mã &amp;abcxyz; in sai</p>]]>", "Mã &abcxyz; in sai"),
    ],
)
def test_references_escaped_twice_in_a_body_are_read(description: str, body: str) -> None:
    assert _bodies(ITEM_RSS.format(description=description)) == [body]


@pytest.mark.parametrize(
    ("description", "body"),
    [
        ("Tỷ lệ hồ sơ trễ hạn < 5%, R&D <3 ngày.", "Tỷ lệ hồ sơ trễ hạn < 5%, R&D <3 ngày."),
        ("Thời gian <= 3 ngày.", "Thời gian <= 3 ngày."),
    ],
)
def test_a_bare_less_than_in_a_hand_written_feed_is_text(description: str, body: str) -> None:
    assert _bodies(ITEM_RSS.format(description=description)) == [body]


@pytest.mark.parametrize("name", ["nbps", "NBSP", "ndahs"])
def test_an_entity_that_is_no_entity_is_named_in_the_refusal(name: str) -> None:
    text = ITEM_RSS.format(description=f"Xã nhận&nbsp;210&{name};hồ sơ.")
    with pytest.raises(MalformedBulletin) as raised:
        parse_bytes(text.encode("utf-8"), "xa-mau.xml")
    assert raised.value.line == 4
    assert f"&{name}; is neither an XML nor an HTML entity" in raised.value.reason


# ---------------------------------------------------------------- dates

DATED_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Cổng TTĐT xã Mẫu</title><link>https://xamau.example.gov.vn</link>
<item><title>Xã Mẫu đạt 99%</title><link>https://xamau.example.gov.vn/1</link>
{dates}<description>Có 210 hồ sơ.</description></item>
</channel></rss>
"""
ICT = dt.timezone(dt.timedelta(hours=7))


@pytest.mark.parametrize(
    "pub_date",
    [
        "12/1/2025 8:00:00 AM",  # en-US's month first, or day first? No reader can tell
        "Mon, 01 Jan 0001 00:00:00 +0000",  # what a site prints for none
        "hôm qua",
    ],
)
def test_an_item_whose_pubdate_is_unreadable_is_dated_by_its_dc_date(pub_date: str) -> None:
    dates = f"<pubDate>{pub_date}</pubDate><dc:date>2025-12-01T08:00:00+07:00</dc:date>"
    parsed = parse_bytes(DATED_RSS.format(dates=dates).encode(), "xa-mau.xml")
    (article,) = parsed.bulletin.articles
    assert article.published_at == dt.datetime(2025, 12, 1, 8, tzinfo=ICT)
    assert article.pub_date_text == "2025-12-01T08:00:00+07:00"
    assert article.pub_date_line == 5
    assert not [f for f in validate([parsed]) if f.rule.startswith(("feed.", "date."))]


def test_an_impossible_pubdate_is_still_reported_though_a_dc_date_follows() -> None:
    dates = "<pubDate>Tue, 31 Sep 2025 08:00:00 +0700</pubDate><dc:date>2025-10-01</dc:date>"
    parsed = parse_bytes(DATED_RSS.format(dates=dates).encode(), "xa-mau.xml")
    assert [f.rule for f in validate([parsed])] == ["date.impossible"]


@pytest.mark.parametrize(
    ("pub_date", "moment"),
    [
        ("Thứ Hai, 01 Tháng 12 2025", dt.datetime(2025, 12, 1, tzinfo=ICT)),
        ("01 tháng 12 năm 2025 lúc 08:00", dt.datetime(2025, 12, 1, 8, tzinfo=ICT)),
        # The vi-VN locale's short month, where a site formats RFC 822 with its culture.
        ("T2, 01 Thg12 2025 08:00:00 +07:00", dt.datetime(2025, 12, 1, 8, tzinfo=ICT)),
        ("01 thg 12, 2025 08:00", dt.datetime(2025, 12, 1, 8, tzinfo=ICT)),
    ],
)
def test_a_month_written_in_vietnamese_is_read(pub_date: str, moment: dt.datetime) -> None:
    parsed = parse_bytes(
        DATED_RSS.format(dates=f"<pubDate>{pub_date}</pubDate>").encode(), "xa-mau.xml"
    )
    (article,) = parsed.bulletin.articles
    assert article.published_at == moment
    assert not [f for f in validate([parsed]) if f.rule.startswith(("feed.", "date."))]


def test_a_wrong_weekday_before_a_month_in_vietnamese_is_reported() -> None:
    dates = "<pubDate>Thứ Ba, 01 tháng 12 năm 2025</pubDate>"  # 1 December 2025 is a Monday
    parsed = parse_bytes(DATED_RSS.format(dates=dates).encode(), "xa-mau.xml")
    assert [(f.rule, f.line) for f in validate([parsed])] == [("date.weekday", 5)]


def test_an_rss_items_relative_link_resolves_against_the_feeds_self_address() -> None:
    """A portal's feed with no home page in <link>, only its own address in <atom:link>."""
    text = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>Cổng TTĐT xã Mẫu</title><link></link>
<atom:link href="https://xamau.example.gov.vn/rss/tin-tuc.rss" rel="self" type="application/rss+xml"/>
<item><title>Xã Mẫu đạt 99%</title><link>/tin-tuc/xa-mau-dat-99.html</link>
<pubDate>Tue, 02 Dec 2025 07:00:00 +0700</pubDate><description>Có 210 hồ sơ.</description></item>
</channel></rss>
"""
    (article,) = parse_bytes(text.encode(), "xa-mau.xml").bulletin.articles
    assert article.url == "https://xamau.example.gov.vn/tin-tuc/xa-mau-dat-99.html"


# ---------------------------------------------------------------- HTML written as elements

UNESCAPED_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Cổng TTĐT xã Mẫu</title><link>https://xamau.example.gov.vn</link>
<item><title>Xã Mẫu đạt 99%</title><link>https://xamau.example.gov.vn/1</link>
<pubDate>Tue, 02 Dec 2025 07:00:00 +0700</pubDate>{body}</item>
</channel></rss>
"""


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        # The text before the first tag was all that was read: the rest went with no finding.
        (
            "<description>Tóm tắt: <b>210</b> hồ sơ,<br/>đúng hạn 99%.</description>",
            ["Tóm tắt: 210 hồ sơ,", "đúng hạn 99%."],
        ),
        (
            "<description><p>Xã nhận 210 hồ sơ.</p><p>Đúng hạn 99%.</p></description>",
            ["Xã nhận 210 hồ sơ.", "Đúng hạn 99%."],
        ),
        (
            '<content:encoded><div xmlns="http://www.w3.org/1999/xhtml"><p>Xã nhận 210 hồ sơ.</p>'
            "</div></content:encoded>",
            ["Xã nhận 210 hồ sơ."],
        ),
    ],
)
def test_html_a_feed_wrote_as_elements_is_read_whole(body: str, paragraphs: list[str]) -> None:
    (article,) = parse_bytes(UNESCAPED_RSS.format(body=body).encode(), "xa.xml").bulletin.articles
    assert [p.text for p in article.paragraphs] == paragraphs


def test_html_written_as_elements_in_atom_html_content_is_read() -> None:
    text = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Xã Mẫu</title>
<updated>2025-12-02T07:00:00+07:00</updated>
<entry><title>Xã Mẫu đạt 99%</title><link href="https://xamau.example.gov.vn/1"/>
<updated>2025-12-02T07:00:00+07:00</updated>
<content type="html"><p>Xã nhận 210 hồ sơ.</p><p>Đúng hạn 99%.</p></content></entry></feed>
"""
    (entry,) = parse_bytes(text.encode(), "xa.atom").bulletin.articles
    assert [p.text for p in entry.paragraphs] == ["Xã nhận 210 hồ sơ.", "Đúng hạn 99%."]
    assert entry.paragraphs[0].line == 6


def test_a_channel_description_in_html_is_read_as_text() -> None:
    text = ITEM_RSS.format(description="Có 210 hồ sơ.").replace(
        "<link>https://xamau.example.gov.vn</link>",
        "<link>https://xamau.example.gov.vn</link><description><![CDATA[<p>Cổng thông tin"
        "&nbsp;xã Mẫu &amp; các thôn</p>]]></description>",
    )
    channel = parse_bytes(text.encode(), "xa.xml").bulletin.channel
    assert channel is not None
    assert channel.description == "Cổng thông tin xã Mẫu & các thôn"


# ---------------------------------------------------------------- what a reader of the page never sees


@pytest.mark.parametrize(
    ("description", "paragraphs"),
    [
        # Text a site keeps hidden for its scripts.
        (
            '<p>Xã nhận 210 hồ sơ.<span style="display: none;">Mã tin 5%</span> Đạt 99%.</p>',
            ["Xã nhận 210 hồ sơ. Đạt 99%."],
        ),
        (
            "<p>Xã nhận 210 hồ sơ.<span style='visibility:hidden'>x 5%</span></p>",
            ["Xã nhận 210 hồ sơ."],
        ),
        # WordPress's YARPP related posts in the feed, and a portal's related-news box.
        (
            "<p>Xã nhận 210 hồ sơ.</p><div class='yarpp yarpp-related yarpp-related-rss'>"
            "<h3>Bài viết liên quan:</h3><ol><li><a href='/2'>Xã khác đạt 50%</a></li></ol></div>",
            ["Xã nhận 210 hồ sơ."],
        ),
        (
            "<p>Xã nhận 210 hồ sơ.</p><div class=\"tinlienquan\"><a href='/2'>Xã khác đạt 50%</a></div>",
            ["Xã nhận 210 hồ sơ."],
        ),
        # An image between a sentence and its caption parts their words.
        (
            "Xã nhận 210 hồ sơ.<img src='/a.jpg' alt='Lễ trao' /><i>Ảnh: Lễ trao 50 giấy</i>",
            ["Xã nhận 210 hồ sơ. Ảnh: Lễ trao 50 giấy"],
        ),
    ],
)
def test_what_the_page_never_shows_as_the_articles_text_is_left_out(
    description: str, paragraphs: list[str]
) -> None:
    text = ITEM_RSS.format(description=f"<![CDATA[{description}]]>")
    (article,) = parse_bytes(text.encode(), "xa.xml").bulletin.articles
    assert [p.text for p in article.paragraphs] == paragraphs


@pytest.mark.parametrize(
    ("pub_date", "moment"),
    [
        ("Tue Dec 02 07:00:00 ICT 2025", dt.datetime(2025, 12, 2, 7, tzinfo=ICT)),
        ("Tue Dec 02 07:00:00 GMT+07:00 2025", dt.datetime(2025, 12, 2, 7, tzinfo=ICT)),
        ("Tue Dec 02 00:00:00 UTC 2025", dt.datetime(2025, 12, 2, tzinfo=dt.UTC)),
    ],
)
def test_a_java_portals_date_to_string_is_read(pub_date: str, moment: dt.datetime) -> None:
    parsed = parse_bytes(
        DATED_RSS.format(dates=f"<pubDate>{pub_date}</pubDate>").encode(), "cong.xml"
    )
    (article,) = parsed.bulletin.articles
    assert article.published_at == moment
    assert not [f for f in validate([parsed]) if f.rule.startswith(("feed.", "date."))]


def test_a_java_date_in_a_zone_no_reader_places_stays_unreadable() -> None:
    parsed = parse_bytes(
        DATED_RSS.format(dates="<pubDate>Tue Dec 02 07:00:00 CEST 2025</pubDate>").encode(),
        "cong.xml",
    )
    assert [f.rule for f in validate([parsed])] == ["feed.item-date-unreadable"]


# ---------------------------------------------------------------- a flattened feed that kept its markup

#: A WordPress feed flattened to text by a tool that printed the content as it is: its HTML tags,
#: a zero-width space and a reference left on the lines.
FLAT_WITH_MARKUP = (
    "Tin cải cách – Xã Mẫu https://xamau.example.vn Trang tin xã Mẫu Tue, 02 Dec 2025 03:00:00"
    " +0000 vi hourly 1 https://wordpress.org/?v=6.7.2 Xã Mẫu đạt 99% hồ sơ đúng hạn"
    " https://xamau.example.vn/tin/1 Tue, 02 Dec 2025 02:00:00 +0000 https://xamau.example.vn/?p=1\n"
    "\n"
    "<p>Trong tháng, UBND\u200bxã tiếp nhận 210&nbsp;hồ sơ.</p>\n"
    '<figure><img src="https://xamau.example.vn/a.jpg" alt="Quầy một cửa">'
    "<figcaption>Quầy một cửa</figcaption></figure>\n"
    "\n"
    "Đúng hạn đạt 99%.\n"
    "]]>\n"
)


def test_a_flattened_feeds_html_left_on_its_lines_is_read_as_the_page_shows_it() -> None:
    bulletin = parse_bytes(FLAT_WITH_MARKUP.encode(), "xa-mau.txt").bulletin
    (article,) = bulletin.articles
    assert [(p.text, p.line) for p in article.paragraphs] == [
        ("Trong tháng, UBND xã tiếp nhận 210 hồ sơ.", 3),
        ("Quầy một cửa", 4),
        ("Đúng hạn đạt 99%.", 6),
    ]


#: Atom text constructs a generator filled with HTML: a summary with no type (text by default)
#: holding escaped tags, a content said to be text holding tags in CDATA.
ATOM_TEXT_HOLDING_HTML = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Xã Mẫu</title>
<updated>2025-12-02T07:00:00+07:00</updated>
<entry><title>Xã Mẫu đạt 99%</title><link href="https://xamau.example.gov.vn/1"/>
<updated>2025-12-02T07:00:00+07:00</updated>
<summary>&lt;p&gt;Xã nhận 210&amp;nbsp;hồ sơ.&lt;/p&gt;&lt;p&gt;Đúng hạn 99%.&lt;/p&gt;</summary></entry>
<entry><title>Xã Mẫu họp</title><link href="https://xamau.example.gov.vn/2"/>
<updated>2025-12-01T07:00:00+07:00</updated>
<content type="text"><![CDATA[<p>Có 12 tổ.</p>]]></content></entry>
<entry><title>Xã Mẫu số hóa</title><link href="https://xamau.example.gov.vn/3"/>
<updated>2025-11-30T07:00:00+07:00</updated>
<content type="text">Tỷ lệ trễ hạn &lt; 5%.

Đạt 1.200 hồ sơ.</content></entry></feed>
"""


def test_an_atom_text_construct_holding_html_tags_is_read_as_html() -> None:
    assert _bodies(ATOM_TEXT_HOLDING_HTML, "xa.atom") == [
        "Xã nhận 210 hồ sơ.\n\nĐúng hạn 99%.",
        "Có 12 tổ.",
        "Tỷ lệ trễ hạn < 5%.\n\nĐạt 1.200 hồ sơ.",  # plain text stays plain
    ]


# ---------------------------------------------------------------- module namespaces spelt otherwise

MODULES_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="{content}" xmlns:dc="{dc}"><channel>
<title>Xã Mẫu</title><link>https://xamau.example.gov.vn</link>
<item><title>Xã Mẫu đạt 99%</title><link>https://xamau.example.gov.vn/1</link>
<dc:date>2025-12-02T07:00:00+07:00</dc:date><description>Tóm tắt ngắn.</description>
<content:encoded><![CDATA[<p>Toàn văn: xã nhận 210 hồ sơ.</p>]]></content:encoded></item>
</channel></rss>
"""


@pytest.mark.parametrize(
    ("content", "dc"),
    [
        ("http://purl.org/rss/1.0/modules/content", "http://purl.org/dc/elements/1.1"),
        ("https://purl.org/rss/1.0/modules/content/", "https://purl.org/dc/elements/1.1/"),
        ("http://purl.org/rss/1.0/modules/content/", "http://purl.org/dc/terms/"),
    ],
)
def test_a_module_namespace_spelt_otherwise_loses_no_element(content: str, dc: str) -> None:
    text = MODULES_RSS.format(content=content, dc=dc)
    (article,) = parse_bytes(text.encode(), "xa.xml").bulletin.articles
    assert article.body == "Toàn văn: xã nhận 210 hồ sơ."  # not the excerpt
    assert article.published_at == dt.datetime(2025, 12, 2, 7, tzinfo=ICT)


# ---------------------------------------------------------------- a feed saved compressed


@pytest.mark.parametrize("wbits", [15, -15])  # deflate in zlib's wrapper, and raw
def test_a_feed_saved_deflate_compressed_is_named_as_such(wbits: int) -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    data = compressor.compress(ITEM_RSS.format(description="Có 210 hồ sơ.").encode())
    data += compressor.flush()
    with pytest.raises(UnreadableSource) as raised:
        parse_bytes(data, "xa-mau.xml")
    assert "deflate-compressed" in raised.value.reason


def test_binary_that_inflates_to_no_markup_is_still_binary() -> None:
    data = zlib.compress(bytes(range(256)) * 4)
    with pytest.raises(UnreadableSource) as raised:
        parse_bytes(data, "rac.bin")
    assert raised.value.reason == "binary file, not a text bulletin"


@pytest.mark.parametrize(
    "opening",
    [
        # A template that includes its header twice, the second maybe with its file's BOM.
        '<?xml version="1.0" encoding="utf-8"?>\n<?xml version="1.0" encoding="utf-8"?>\n',
        '<?xml version="1.0" encoding="utf-8"?>\n\ufeff<?xml version="1.0"?>\n',
        '\n<?xml version="1.0"?>\n<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>\n'
        '<?xml version="1.0"?>\n',
    ],
)
def test_a_declaration_printed_again_before_the_feed_is_passed_over(opening: str) -> None:
    text = opening + FEED_BODY
    (article,) = parse_bytes(text.encode("utf-8"), "xa-mau.xml").bulletin.articles
    assert article.body == "Đạt 99%."
    assert article.title_line == text.count("\n", 0, text.index("<item>")) + 1


# ---------------------------------------------------------------- PHP's messages where the feed is

#: What PHP prints into a page before a feed its script goes on to print whole.
PHP_WARNINGS = (
    "<br />\n<b>Warning</b>:  Undefined variable $cat in <b>/var/www/html/rss.php</b> on line "
    "<b>12</b><br />\n<br />\n<b>Deprecated</b>:  Function x() is deprecated in "
    "<b>/var/www/html/inc/db.php</b> on line <b>40</b><br />\n"
)
PHP_PLAIN_WARNING = (
    "\nWarning: Cannot modify header information - headers already sent by (output started at "
    "/home/x/config.php:1) in /home/x/rss.php on line 3\n"
)


@pytest.mark.parametrize("warnings", [PHP_WARNINGS, PHP_PLAIN_WARNING])
@pytest.mark.parametrize("declaration", ['<?xml version="1.0" encoding="utf-8"?>\n', ""])
def test_php_warnings_printed_before_a_whole_feed_are_passed_over(
    warnings: str, declaration: str
) -> None:
    text = warnings + declaration + FEED_BODY
    (article,) = parse_bytes(text.encode("utf-8"), "rss.xml").bulletin.articles
    assert article.body == "Đạt 99%."
    assert article.title_line == text.count("\n", 0, text.index("<item>")) + 1


def test_a_php_error_sent_instead_of_the_feed_is_named() -> None:
    text = "<br />\n<b>Fatal error</b>:  Uncaught Error: x in /var/www/rss.php on line <b>5</b><br />\n"
    with pytest.raises(NotABulletin) as raised:
        parse_bytes(text.encode(), "rss.xml")
    assert raised.value.line == 2
    assert "PHP error the site's script stopped with ('Fatal error: Uncaught Error: x in" in (
        raised.value.reason
    )


@pytest.mark.parametrize(
    ("pub_date", "moment"),
    [
        ("Cập nhật: 01/12/2025 08:00", dt.datetime(2025, 12, 1, 8, tzinfo=ICT)),
        ("Ngày đăng: 01/12/2025", dt.datetime(2025, 12, 1, tzinfo=ICT)),
        ("Ngày cập nhật: Thứ Hai, 01/12/2025 - 08:00", dt.datetime(2025, 12, 1, 8, tzinfo=ICT)),
        ("Đăng lúc: 08:00 01/12/2025", dt.datetime(2025, 12, 1, 8, tzinfo=ICT)),
    ],
)
def test_a_date_a_portal_labels_as_its_page_does_is_read(
    pub_date: str, moment: dt.datetime
) -> None:
    parsed = parse_bytes(
        DATED_RSS.format(dates=f"<pubDate>{pub_date}</pubDate>").encode(), "cong.xml"
    )
    (article,) = parsed.bulletin.articles
    assert article.published_at == moment
    assert not [f for f in validate([parsed]) if f.rule.startswith(("feed.", "date."))]


def test_a_wrong_weekday_after_a_label_is_reported() -> None:
    dates = "<pubDate>Cập nhật: Thứ Ba, 01/12/2025 - 08:00</pubDate>"  # a Monday
    parsed = parse_bytes(DATED_RSS.format(dates=dates).encode(), "cong.xml")
    assert [(f.rule, f.line) for f in validate([parsed])] == [("date.weekday", 5)]


@pytest.mark.parametrize("pub_date", ["08:00 | Thứ Hai, 01/12/2025", "08:00 - T2, 01/12/2025"])
def test_a_time_printed_before_a_weekday_and_its_day_is_read(pub_date: str) -> None:
    parsed = parse_bytes(
        DATED_RSS.format(dates=f"<pubDate>{pub_date}</pubDate>").encode(), "cong.xml"
    )
    (article,) = parsed.bulletin.articles
    assert article.published_at == dt.datetime(2025, 12, 1, 8, tzinfo=ICT)
    assert not [f for f in validate([parsed]) if f.rule.startswith(("feed.", "date."))]


def test_a_wrong_weekday_after_the_time_is_reported() -> None:
    dates = "<pubDate>08:00 | Thứ Ba, 01/12/2025</pubDate>"  # a Monday
    parsed = parse_bytes(DATED_RSS.format(dates=dates).encode(), "cong.xml")
    assert [(f.rule, f.line) for f in validate([parsed])] == [("date.weekday", 5)]
