"""A feed item that gives no text, only a file it attaches (a commune's monthly bulletin as a
PDF, RSS ``<enclosure>`` or Atom ``rel="enclosure"``), is published without a body and named
with its file, never withheld as an empty article (made-up portals and titles)."""

from __future__ import annotations

from bantin.parsers import parse_bytes
from bantin.validators import validate

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng TTĐT xã Mẫu</title><link>https://xamau.example.gov.vn/</link>
<lastBuildDate>Tue, 02 Dec 2025 08:00:00 +0700</lastBuildDate>
<item><title>Xã Mẫu trả 99% hồ sơ đúng hạn</title><link>https://xamau.example.gov.vn/tin/2</link>
<pubDate>Tue, 02 Dec 2025 07:00:00 +0700</pubDate>
<description>Trong tháng 11, xã tiếp nhận 210 hồ sơ.</description></item>
<item><title>Bản tin cải cách hành chính tháng 11/2025</title>
<link>https://xamau.example.gov.vn/tin/1</link>
<pubDate>Mon, 01 Dec 2025 08:00:00 +0700</pubDate>
<enclosure url="/files/ban-tin-cchc-11-2025.pdf" length="183204" type="application/pdf"/>
</item>
{extra}</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Sở Nội vụ tỉnh Mẫu</title>
<link href="https://snv.example.gov.vn/"/><id>tag:snv.example.gov.vn,2025:tin</id>
<updated>2025-12-02T08:00:00+07:00</updated>
<entry><title>Bản tin CCHC số 11</title><id>tag:snv.example.gov.vn,2025:11</id>
<link href="https://snv.example.gov.vn/tin/11"/>
<link rel="enclosure" type="application/pdf" href="https://snv.example.gov.vn/files/so-11.pdf"/>
<updated>2025-12-01T08:00:00+07:00</updated></entry>
</feed>
"""


def _findings(text: str) -> list[tuple[str, str, int]]:
    parsed = parse_bytes(text.encode("utf-8"), "tin.xml")
    return [(f.rule, f.message, f.line) for f in validate([parsed])]


def test_an_rss_item_with_only_its_enclosure_is_named_with_its_file() -> None:
    assert _findings(RSS.format(extra="")) == [
        (
            "feed.item-attachment-only",
            "item 2 'Bản tin cải cách hành chính tháng 11/2025' gives no text, only an attached "
            "file (https://xamau.example.gov.vn/files/ban-tin-cchc-11-2025.pdf); published "
            "without a body: to read its text, extract it from the file",
            7,
        )
    ]


def test_the_item_is_published_as_a_headline_with_its_file() -> None:
    bulletin = parse_bytes(RSS.format(extra="").encode("utf-8"), "tin.xml").bulletin
    item = bulletin.articles[1]
    assert item.paragraphs == ()
    assert item.url == "https://xamau.example.gov.vn/tin/1"
    assert item.attachment == "https://xamau.example.gov.vn/files/ban-tin-cchc-11-2025.pdf"


def test_an_atom_entry_with_only_an_enclosure_link_is_named_alike() -> None:
    ((rule, message, _),) = _findings(ATOM)
    assert rule == "feed.item-attachment-only"
    assert "(https://snv.example.gov.vn/files/so-11.pdf)" in message


def test_an_item_with_text_and_an_enclosure_is_an_article() -> None:
    extra = (
        "<item><title>Xã Mẫu họp giao ban</title><link>https://xamau.example.gov.vn/tin/0</link>"
        "<pubDate>Sun, 30 Nov 2025 08:00:00 +0700</pubDate>"
        '<description>Xã giao 12 chỉ tiêu.</description><enclosure url="/a.jpg" type="image/jpeg"/>'
        "</item>\n"
    )
    rules = [rule for rule, _, _ in _findings(RSS.format(extra=extra))]
    assert rules == ["feed.item-attachment-only"]  # item 2 alone


def test_an_item_with_neither_text_nor_a_file_is_still_empty() -> None:
    extra = (
        "<item><title>Tin không có nội dung</title><link>https://xamau.example.gov.vn/tin/0</link>"
        "<pubDate>Sun, 30 Nov 2025 08:00:00 +0700</pubDate></item>\n"
    )
    rules = [rule for rule, _, _ in _findings(RSS.format(extra=extra))]
    assert rules == ["feed.item-attachment-only", "article.empty"]
