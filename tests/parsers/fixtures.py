"""Small bulletins written by hand for the parser unit tests (the project's own text)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bantin.model import Article
from bantin.parsers import parse_text
from bantin.parsers.feed_dates import parse_feed_date

PRINT_DIGEST = "\n".join(
    [
        "",
        "Năm 2025",
        "",
        "THỨ SÁU",
        "",
        "Phát hành: 03/01/2025",
        "",
        "BẢN TIN CẢI CÁCH HÀNH CHÍNH",
        "",
        "(Phát hành hàng ngày từ thứ Hai đến thứ Sáu)",
        "",
        "Trong ngày, một số vấn đề được báo chí quan tâm phản ánh:",
        "",
        "CẢI CÁCH ĐỊA PHƯƠNG.....\t1",
        "1. Hà Nam: Tiếp nhận hồ sơ trực tuyến tăng mạnh\t1",
        "2. Lào Cai: Số hóa kết quả giải quyết thủ tục.....\t2",
        "QUẢN LÝ HÀNH CHÍNH……\t3",
        "3. Kiểm tra công vụ đầu năm.....3",
        "",
        "CẢI CÁCH ĐỊA PHƯƠNG",
        "",
        "Hà Nam: Tiếp nhận hồ sơ trực tuyến tăng mạnh",
        "",
        "Năm 2024, tỉnh tiếp nhận 1.624.565 hồ sơ, đạt 132,58% so với chỉ tiêu.",
        "",
        "Bộ phận Một cửa cấp xã đã hướng dẫn người dân nộp hồ sơ qua Cổng Dịch vụ công và",
        "",
        "Trả kết quả điện tử cho 98,5% hồ sơ. (TTXVN/Bnews.vn 31/12, Lê Minh - Trần Hoa) [Về đầu trang](#)",
        "",
        "Lào Cai: Số hóa kết quả giải quyết thủ tục",
        "",
        "Ngày 2/1, tỉnh công bố 224/224 (100%) xã hoàn thành số hóa.",
        "",
        "Tỷ lệ hồ sơ trực tuyến đạt 80.09%.",
        "(Baolaocai.vn 02/01)[Về đầu trang](#)",
        "",
        "QUẢN LÝ HÀNH CHÍNH",
        "",
        "Kiểm tra công vụ đầu năm",
        "",
        "Đoàn kiểm tra làm việc tại số 150/2 đường Trần Phú theo Nghị định số 107/2021/NĐ-CP. (Baonoivu.vn 03/01, Ngọc Anh – Văn Bình, Thu Trang) [Về đầu trang./.](#)",
        "",
        "Biên tập viên: Nguyễn Văn An",
        "",
    ]
)

WEB_DIGEST = "\n".join(
    [
        "Bản tin Cải cách hành chính ngày 06/5/2024",
        "",
        "Font size : A- A A+",
        "",
        "CẢI CÁCH ĐỊA PHƯƠNG",
        "",
        "1.\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Nam Định: “Một cửa” thân thiện",
        "",
        "PHÂN TÍCH – BÌNH LUẬN",
        "",
        "2.\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Lắng nghe để phục vụ",
        "",
        "\u00a0",
        "",
        "CẢI CÁCH ĐỊA PHƯƠNG",
        "",
        "Nam Định: “Một cửa” thân thiện",
        "",
        "Người dân được\u00a0hướng dẫn tận tình. (Baonamdinh.vn 05/5, Hà Linh)Về đầu trang",
        "",
        "PHÂN TÍCH – BÌNH LUẬN",
        "",
        "Lắng nghe để phục vụ",
        "",
        "Chính quyền cần lắng nghe người dân. (Nhandan.vn 06/5)Về đầu trang./.",
        "",
        "More",
        "",
        "07",
        "",
    ]
)

FEED_TEXT = "\n".join(
    [
        "cải cách – Tin địa phương https://tin.example.vn Tin tức cải cách Mon, 06 Jan 2025 08:00:00 +0000 vi hourly 1 https://wordpress.org/?v=6.7.2 https://tin.example.vn/logo.svg cải cách – Tin địa phương https://tin.example.vn 32 32 Hà Nam: Giảm 30% thời gian xử lý hồ sơ https://tin.example.vn/ha-nam/ Mon, 06 Jan 2025 07:30:00 +0700 https://tin.example.vn/?p=11",
        "",
        "Tỉnh Hà Nam giảm 30% thời gian xử lý hồ sơ.",
        "",
        "Cán bộ Bộ phận Một cửa hướng dẫn người dân",
        "Cán bộ Bộ phận Một cửa hướng dẫn người dân",
        "",
        "]]>",
        "Hà Nội mở rộng dịch vụ công https://tin.example.vn/ha-noi/ Sun, 05 Jan 2025 10:00:00 +0000 https://tin.example.vn/?p=10",
        "",
        "Thành phố Hà Nội mở rộng dịch vụ công trực tuyến.",
        "]]>",
    ]
)

FEED_XML = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>cải cách – Tin địa phương</title>
<link>https://tin.example.vn</link>
<description>Tin tức &amp; cải cách</description>
<lastBuildDate>Mon, 06 Jan 2025 08:00:00 +0000</lastBuildDate>
<language>vi</language>
<generator>https://wordpress.org/?v=6.7.2</generator>
<item>
<title>Hà Nam: Giảm 30% thời gian &lt;xử lý&gt;</title>
<link>https://tin.example.vn/ha-nam/</link>
<pubDate>Mon, 06 Jan 2025 07:30:00 +0700</pubDate>
<guid isPermaLink="false">https://tin.example.vn/?p=11</guid>
<content:encoded><![CDATA[<p>Tỉnh Hà Nam giảm 30% thời gian.</p>
<figure><img src="a.jpg" alt="Cán bộ hướng dẫn"/><figcaption>Cán bộ hướng dẫn</figcaption></figure>
<p>Người dân <b>hài lòng</b>.</p>]]></content:encoded>
</item>
</channel>
</rss>
"""


#: The first web article's closing paragraph, note and back-to-top link in ``WEB_DIGEST``.
WEB_CLOSING = "Người dân được\u00a0hướng dẫn tận tình. (Baonamdinh.vn 05/5, Hà Linh)Về đầu trang"
#: The second print article's last paragraph, its note and link in ``PRINT_DIGEST``.
PRINT_CLOSING = "Tỷ lệ hồ sơ trực tuyến đạt 80.09%.\n(Baolaocai.vn 02/01)[Về đầu trang](#)"


def web_article(body: str) -> Article:
    """The first article of ``WEB_DIGEST`` with ``body`` for its text, note and link."""
    assert WEB_CLOSING in WEB_DIGEST
    return parse_text(WEB_DIGEST.replace(WEB_CLOSING, body), "web.txt").articles[0]


def print_article(body: str) -> Article:
    """The second article of ``PRINT_DIGEST`` with ``body`` for its last lines."""
    assert PRINT_CLOSING in PRINT_DIGEST
    return parse_text(PRINT_DIGEST.replace(PRINT_CLOSING, body), "print.txt").articles[1]


def cited(article: Article) -> tuple[str, str, tuple[str, ...]] | None:
    """The closing citation of ``article`` as (outlet, date as printed, authors), or None."""
    citation = article.citation
    return None if citation is None else (citation.outlet, citation.date_text, citation.authors)


def print_masthead(issued: str, weekday: str) -> tuple[str, ...]:
    """The masthead of a print digest issued on ``issued`` ("dd/mm/yyyy"), a ``weekday`` ("THỨ
    SÁU"), as its lines."""
    return (
        f"Năm {issued[-4:]}",
        weekday,
        f"Phát hành: {issued}",
        "BẢN TIN CẢI CÁCH HÀNH CHÍNH",
        "(Phát hành hàng ngày từ thứ Hai đến thứ Sáu)",
    )


def sectioned_body(articles: Sequence[tuple[str, str]], *paragraphs: str) -> list[str]:
    """A digest's body as its lines: each ``(section, title)`` of ``articles`` under its
    section's heading, printed once before its first article, with ``paragraphs`` under each
    title (the last one closing with the article's note)."""
    lines: list[str] = []
    section = None
    for name, title in articles:
        if name != section:
            lines.append(name)
            section = name
        lines += [title, *paragraphs]
    return lines


#: Vietnam's clock, on which a feed's dates without a zone are read.
ICT = dt.timezone(dt.timedelta(hours=7))


def feed_instant(text: str) -> dt.datetime | None:
    """The instant a feed's date ``text`` names, or None when it is unreadable."""
    parsed = parse_feed_date(text)
    return None if parsed is None else parsed.utc
