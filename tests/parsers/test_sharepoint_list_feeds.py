"""A SharePoint portal's list feed writes each column of an item into its description as a
labelled field ("<div><b>Nội dung:</b> …</div>"): the article is the text columns' text, never
a label, a date or an author's name glued into it (made-up portal, columns and sentences)."""

from __future__ import annotations

from bantin.parsers import parse_bytes
from bantin.validators import validate

#: A provincial portal's news list feed, as SharePoint's listfeed.aspx writes it.
LIST_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng TTĐT tỉnh Mẫu: Tin cải cách hành chính</title>
<link>https://mau.example.gov.vn/Lists/TinCCHC/AllItems.aspx</link>
<description>Nguồn cấp RSS cho danh sách Tin CCHC.</description>
<lastBuildDate>Tue, 02 Dec 2025 03:00:00 GMT</lastBuildDate>
<generator>Windows SharePoint Services V3 RSS Generator</generator>
<item><title>Sở Nội vụ rà soát thủ tục hành chính quý IV</title>
<link>https://mau.example.gov.vn/Lists/TinCCHC/DispForm.aspx?ID=12</link>
<description><![CDATA[<div><b>Tóm tắt:</b> Sở Nội vụ rà soát 45 thủ tục hành chính trong quý IV.</div>
<div><b>Nội dung:</b> <div class="ExternalClass3F2A"><p>Các sở hoàn thành rà soát trước ngày 15/12.</p>
<p>Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 98%.</p></div></div>
<div><b>Ngày xuất bản:</b> 01/12/2025 8:00 SA</div>
<div><b>Tác giả:</b> Minh Anh</div>
<div><b>Ảnh đại diện:</b> <img src="/PublishingImages/rasoat.jpg" alt="" /></div>
]]></description>
<author>MAU\\bientap</author><pubDate>Mon, 01 Dec 2025 01:00:00 GMT</pubDate>
<guid isPermaLink="true">https://mau.example.gov.vn/Lists/TinCCHC/DispForm.aspx?ID=12</guid></item>
<item><title>Xã Mẫu Đông trả kết quả qua bưu chính</title>
<link>https://mau.example.gov.vn/Lists/TinCCHC/DispForm.aspx?ID=11</link>
<description><![CDATA[<div><b>Title:</b> Xã Mẫu Đông trả kết quả qua bưu chính</div>
<div><b>Body:</b> <div class="ExternalClass91B0"><div>Trong tháng 11, xã trả 120 kết quả qua
bưu chính.</div></div></div>
<div><b>Địa điểm:</b> Bộ phận Một cửa xã</div>
<div><b>Created:</b> 11/30/2025 4:15 PM</div>
<div><b>Modified By:</b> Nguyễn Văn Mẫu</div>
]]></description>
<pubDate>Sun, 30 Nov 2025 09:15:00 GMT</pubDate></item>
</channel></rss>
"""


def _articles(text: str) -> list[list[str]]:
    bulletin = parse_bytes(text.encode("utf-8"), "tin-cchc.xml").bulletin
    return [[p.text for p in article.paragraphs] for article in bulletin.articles]


def test_the_text_columns_are_the_article_without_their_labels() -> None:
    first, _ = _articles(LIST_FEED)
    assert first == [
        "Sở Nội vụ rà soát 45 thủ tục hành chính trong quý IV.",
        "Các sở hoàn thành rà soát trước ngày 15/12.",
        "Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 98%.",
    ]


def test_english_columns_read_alike_and_an_unknown_column_stays_as_printed() -> None:
    _, second = _articles(LIST_FEED)
    assert second == [
        "Trong tháng 11, xã trả 120 kết quả qua bưu chính.",
        "Địa điểm: Bộ phận Một cửa xã",
    ]


def test_each_paragraph_keeps_its_source_line() -> None:
    bulletin = parse_bytes(LIST_FEED.encode("utf-8"), "tin-cchc.xml").bulletin
    lines = LIST_FEED.splitlines()
    for article in bulletin.articles:
        for paragraph in article.paragraphs:
            assert paragraph.text.split(":")[-1].strip()[:20] in lines[paragraph.line - 1]


def test_a_list_feed_has_no_finding() -> None:
    parsed = parse_bytes(LIST_FEED.encode("utf-8"), "tin-cchc.xml")
    assert [f.rule for f in validate([parsed])] == []


#: News descriptions that open with a bold lead-in in a div, and are no list's fields.
NEWS_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Báo Mẫu</title><link>https://baomau.example.vn</link>
<item><title>Tỉnh Mẫu họp về chuyển đổi số</title><link>https://baomau.example.vn/1</link>
<pubDate>Mon, 01 Dec 2025 08:00:00 +0700</pubDate>
<description><![CDATA[{body}]]></description></item>
</channel></rss>
"""


def test_a_news_text_with_bold_lead_ins_stays_as_printed() -> None:
    body = (
        "<div><b>Sáng 1/12:</b> UBND tỉnh họp về chuyển đổi số.</div>"
        "<div><b>Chiều 1/12:</b> Tổ công tác kiểm tra 12 xã.</div>"
    )
    (paragraphs,) = _articles(NEWS_RSS.format(body=body))
    assert paragraphs == [
        "Sáng 1/12: UBND tỉnh họp về chuyển đổi số.",
        "Chiều 1/12: Tổ công tác kiểm tra 12 xã.",
    ]


def test_a_single_labelled_div_stays_as_printed() -> None:
    body = "<div><b>Tóm tắt:</b> Tỉnh đạt 97% hồ sơ trực tuyến.</div><p>Theo Sở Nội vụ, …</p>"
    (paragraphs,) = _articles(NEWS_RSS.format(body=body))
    assert paragraphs[0] == "Tóm tắt: Tỉnh đạt 97% hồ sơ trực tuyến."


def test_a_field_not_at_the_start_leaves_the_text_as_printed() -> None:
    body = (
        "<p>UBND tỉnh họp về chuyển đổi số.</p>"
        "<div><b>Nội dung:</b> rà soát 12 thủ tục.</div><div><b>Tác giả:</b> Minh Anh</div>"
    )
    (paragraphs,) = _articles(NEWS_RSS.format(body=body))
    assert paragraphs[-1] == "Tác giả: Minh Anh"
