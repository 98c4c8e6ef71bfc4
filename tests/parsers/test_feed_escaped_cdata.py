"""A feed generator that escapes the CDATA sections it writes ("<description>&lt;![CDATA[&lt;p&gt;
…&lt;/p&gt;]]&gt;</description>") leaves their markers in the text: read as they were, the
title printed them and the body, no markup a reader knows, was empty, the item withheld. The
text inside them is read, as feed readers show it (made-up portal and items)."""

from __future__ import annotations

from bantin.model import ParsedSource
from bantin.parsers import parse_bytes
from bantin.validators import validate

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng TTĐT xã Mẫu</title><link>https://xamau.example.gov.vn</link>
<lastBuildDate>Fri, 04 Dec 2026 09:00:00 +0700</lastBuildDate>
<item><title>{title}</title><link>https://xamau.example.gov.vn/tin/1</link>
<pubDate>Fri, 04 Dec 2026 08:00:00 +0700</pubDate>
<description>{description}</description></item>
</channel></rss>
"""

ESCAPED_TITLE = "&lt;![CDATA[Xã Mẫu giải quyết 450 hồ sơ đúng hạn]]&gt;"
ESCAPED_BODY = (
    "&lt;![CDATA[&lt;p&gt;Trong tháng 11, xã giải quyết 450 hồ sơ, đạt 99%.&lt;/p&gt;]]&gt;"
)


def _parsed(title: str, description: str) -> ParsedSource:
    text = FEED.format(title=title, description=description)
    return parse_bytes(text.encode("utf-8"), "xamau.xml")


def test_an_escaped_cdata_body_is_read_as_its_html() -> None:
    parsed = _parsed(ESCAPED_TITLE, ESCAPED_BODY)
    article = parsed.bulletin.articles[0]
    assert [p.text for p in article.paragraphs] == [
        "Trong tháng 11, xã giải quyết 450 hồ sơ, đạt 99%."
    ]
    assert [f.rule for f in validate([parsed])] == []


def test_an_escaped_cdata_title_is_its_text() -> None:
    parsed = _parsed(ESCAPED_TITLE, ESCAPED_BODY)
    assert parsed.bulletin.articles[0].title == "Xã Mẫu giải quyết 450 hồ sơ đúng hạn"


def test_a_plain_text_body_in_escaped_cdata_is_read() -> None:
    parsed = _parsed("Xã Mẫu", "\n  &lt;![CDATA[Xã tiếp nhận 30 hồ sơ trực tuyến.]]&gt;\n")
    assert [p.text for p in parsed.bulletin.articles[0].paragraphs] == [
        "Xã tiếp nhận 30 hồ sơ trực tuyến."
    ]


def test_markers_inside_a_title_are_kept() -> None:
    title = "Mẫu khai báo &lt;![CDATA[…]]&gt; dùng ở 12 xã"
    parsed = _parsed(title, "Xã tiếp nhận 30 hồ sơ.")
    assert parsed.bulletin.articles[0].title == "Mẫu khai báo <![CDATA[…]]> dùng ở 12 xã"
