"""A SharePoint list feed's rich text column ("Nội dung") may hold its own bold lead-ins in divs
("<div><b>Kết quả:</b> …</div>"): they are part of that column's text, not columns of the list.
Read as columns, one named like a data column ("Hình ảnh:") dropped the text after it up to the
next column (made-up portal, columns and sentences)."""

from __future__ import annotations

from bantin.parsers import parse_bytes
from bantin.validators import validate

LIST_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng TTĐT tỉnh Mẫu: Tin cải cách hành chính</title>
<link>https://mau.example.gov.vn/Lists/TinCCHC/AllItems.aspx</link>
<lastBuildDate>Tue, 02 Dec 2025 03:00:00 GMT</lastBuildDate>
<generator>Windows SharePoint Services V3 RSS Generator</generator>
<item><title>Sở Nội vụ rà soát thủ tục hành chính quý IV</title>
<link>https://mau.example.gov.vn/Lists/TinCCHC/DispForm.aspx?ID=12</link>
<description><![CDATA[<div><b>Tóm tắt:</b> Sở Nội vụ rà soát 45 thủ tục hành chính.</div>
<div><b>Nội dung:</b> <div class="ExternalClass3F2A"><p>Các sở rà soát xong trước ngày 15/12.</p>
{inner}
<p>Tỷ lệ hồ sơ đúng hạn của tỉnh đạt 98%.</p></div></div>
<div><b>Ngày xuất bản:</b> 01/12/2025 8:00 SA</div>
<div><b>Tác giả:</b> Minh Anh</div>
]]></description>
<pubDate>Mon, 01 Dec 2025 01:00:00 GMT</pubDate></item>
</channel></rss>
"""


def _paragraphs(inner: str) -> list[str]:
    text = LIST_FEED.format(inner=inner)
    bulletin = parse_bytes(text.encode("utf-8"), "tin-cchc.xml").bulletin
    return [p.text for p in bulletin.articles[0].paragraphs]


def test_a_lead_in_named_like_a_data_column_keeps_the_text_after_it() -> None:
    inner = (
        '<div><b>Hình ảnh:</b> <div><img src="/anh/hoi-nghi.jpg" /></div></div>\n'
        "<p>Sở đề nghị các xã báo cáo trước ngày 20/12.</p>"
    )
    assert _paragraphs(inner) == [
        "Sở Nội vụ rà soát 45 thủ tục hành chính.",
        "Các sở rà soát xong trước ngày 15/12.",
        "Hình ảnh:",
        "Sở đề nghị các xã báo cáo trước ngày 20/12.",
        "Tỷ lệ hồ sơ đúng hạn của tỉnh đạt 98%.",
    ]


def test_a_lead_in_named_like_a_text_column_keeps_its_label() -> None:
    inner = "<div><b>Tóm tắt:</b> 40 thủ tục được đơn giản hóa.</div>"
    assert "Tóm tắt: 40 thủ tục được đơn giản hóa." in _paragraphs(inner)


def test_the_list_s_own_columns_are_still_read_as_columns() -> None:
    paragraphs = _paragraphs("<div><b>Kết quả:</b> 40 thủ tục được đơn giản hóa.</div>")
    assert paragraphs == [
        "Sở Nội vụ rà soát 45 thủ tục hành chính.",
        "Các sở rà soát xong trước ngày 15/12.",
        "Kết quả: 40 thủ tục được đơn giản hóa.",
        "Tỷ lệ hồ sơ đúng hạn của tỉnh đạt 98%.",
    ]


def test_the_item_has_no_finding() -> None:
    inner = "<div><b>Hình ảnh:</b> Hội nghị triển khai.</div>"
    parsed = parse_bytes(LIST_FEED.format(inner=inner).encode("utf-8"), "tin-cchc.xml")
    assert [f.rule for f in validate([parsed])] == []
