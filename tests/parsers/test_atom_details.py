"""Atom details real feeds use: a generator named only by its uri, Atom 0.3 escaped content."""

from __future__ import annotations

from bantin.parsers import parse_bytes

ATOM_03 = """<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="vi">
  <title>Tin cải cách hành chính huyện</title>
  <link rel="alternate" type="text/html" href="https://huyen.example/"/>
  <generator uri="https://cms.huyen.example/"/>
  <modified>2025-10-02T09:30:00+07:00</modified>
  <entry>
    <title>Một cửa điện tử cấp xã đi vào hoạt động</title>
    <link rel="alternate" type="text/html" href="https://huyen.example/tin/mot-cua"/>
    <id>tag:huyen.example,2025:7</id>
    <issued>2025-10-02T08:00:00+07:00</issued>
    <modified>2025-10-02T08:00:00+07:00</modified>
    <content mode="escaped">&lt;p&gt;Từ tháng 10, mười xã nhận hồ sơ qua mạng.&lt;/p&gt;
&lt;p&gt;Người dân được hướng dẫn &lt;b&gt;tại chỗ&lt;/b&gt;.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_an_atom_03_feed_with_escaped_content_and_a_generator_uri() -> None:
    bulletin = parse_bytes(ATOM_03.encode("utf-8"), "huyen.xml").bulletin
    assert bulletin.channel is not None
    assert bulletin.channel.generator == "https://cms.huyen.example/"
    (article,) = bulletin.articles
    assert [p.text for p in article.paragraphs] == [
        "Từ tháng 10, mười xã nhận hồ sơ qua mạng.",
        "Người dân được hướng dẫn tại chỗ.",
    ]


def test_an_atom_03_entry_with_inline_xml_content_keeps_its_paragraphs() -> None:
    """Atom 0.3 says "inline XML" with mode="xml" (no XHTML type): its paragraphs are the
    article's, as Atom 1.0's type="xhtml" gives them."""
    inline = ATOM_03.replace(
        ATOM_03[ATOM_03.index("<content") : ATOM_03.index("</content>") + len("</content>")],
        '<content mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">'
        "<p>Từ tháng 10, mười xã nhận hồ sơ qua mạng.</p>"
        "<p>Người dân được hướng dẫn <b>tại chỗ</b>.</p></div></content>",
    )
    (article,) = parse_bytes(inline.encode("utf-8"), "huyen.xml").bulletin.articles
    assert [p.text for p in article.paragraphs] == [
        "Từ tháng 10, mười xã nhận hồ sơ qua mạng.",
        "Người dân được hướng dẫn tại chỗ.",
    ]
