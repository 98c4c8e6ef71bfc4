"""Text that follows a data column's div in a description that opens with labelled fields is the
article's, not the column's: only the column's own div goes."""

from __future__ import annotations

from bantin.parsers import parse_bytes

_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng TTĐT tỉnh Mẫu: Tin cải cách hành chính</title>
<link>https://mau.example.gov.vn/</link><description>Tin</description>
<lastBuildDate>Tue, 02 Dec 2025 10:00:00 +0700</lastBuildDate>
<item><title>Sở Nội vụ tỉnh Mẫu họp bàn thủ tục liên thông</title>
<link>https://mau.example.gov.vn/tin/lien-thong.html</link>
<description><![CDATA[{description}]]></description>
<pubDate>Tue, 02 Dec 2025 08:00:00 +0700</pubDate></item>
</channel></rss>
"""


def _body(description: str) -> str:
    text = _FEED.format(description=description)
    (article,) = parse_bytes(text.encode("utf-8"), "tin.xml").bulletin.articles
    return "\n".join(p.text for p in article.paragraphs)


def test_paragraphs_after_an_author_column_are_kept() -> None:
    body = _body(
        "<div><b>Tóm tắt:</b> Sở Nội vụ tỉnh Mẫu họp bàn thủ tục liên thông.</div>\n"
        "<div><b>Tác giả:</b> Minh Anh</div>\n"
        "<p>Sáng 2/12, Sở Nội vụ tỉnh Mẫu họp với các xã về liên thông khai sinh.</p>\n"
        "<p>Tỷ lệ hồ sơ liên thông đúng hạn đạt 97%.</p>"
    )
    assert "Sáng 2/12, Sở Nội vụ tỉnh Mẫu họp với các xã" in body
    assert "Tỷ lệ hồ sơ liên thông đúng hạn đạt 97%." in body
    assert "Minh Anh" not in body
    assert "Tác giả" not in body


def test_a_picture_column_with_a_div_of_its_own_still_goes_whole() -> None:
    """Guard: a data column whose value opens a div is dropped up to the next field."""
    body = _body(
        '<div><b>Nội dung:</b> <div class="ExternalClass7"><p>Xã Mẫu Tây trả 80 kết quả '
        "qua bưu chính.</p></div></div>\n"
        '<div><b>Ảnh đại diện:</b> <div><img src="/anh/mau.jpg" alt=""/></div></div>\n'
        "<div><b>Created:</b> 02/12/2025 8:00</div>"
    )
    assert body == "Xã Mẫu Tây trả 80 kết quả qua bưu chính."
