"""Feeds in the forms Vietnamese sites and feed services publish them (or what a site sends
instead of its feed): each test holds a small feed of its own in that form."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.errors import MalformedBulletin, NotABulletin
from bantin.parsers import parse_bytes, parse_text
from bantin.validators import validate

# ---------------------------------------------------------------- an HTML page saved as the feed

#: An anti-bot check page, as a content delivery network sends it instead of the feed.
CHECK_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<title>Vui lòng chờ trong giây lát...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<link rel="stylesheet" href="/kiem-tra/styles.css">
</head>
<body>
<div class="main-wrapper"><div class="main-content">
<h1>Đang kiểm tra trình duyệt của bạn</h1>
<noscript><div>Hãy bật JavaScript để tiếp tục</div></noscript>
</div></div>
</body>
</html>
"""
#: A web server's error page, with no doctype.
ERROR_PAGE = """<html>
<head><title>404 Not Found</title></head>
<body>
<center><h1>404 Not Found</h1></center>
<hr><center>may-chu-web</center>
</body>
</html>
"""
#: A login page written as XHTML, after an XML declaration.
LOGIN_PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>Đăng nhập hệ thống</title></head>
<body><form><p>Nhập mã xác nhận</p></form></body>
</html>
"""


@pytest.mark.parametrize(
    ("page", "title", "line"),
    [
        (CHECK_PAGE, "Vui lòng chờ trong giây lát...", 1),
        (ERROR_PAGE, "404 Not Found", 1),
        (LOGIN_PAGE, "Đăng nhập hệ thống", 2),
    ],
)
def test_an_html_page_saved_as_the_feed_is_said_to_be_one(page: str, title: str, line: int) -> None:
    with pytest.raises(NotABulletin) as raised:
        parse_text(page, "cchc.xml")
    error = raised.value
    assert error.source == "cchc.xml"
    assert error.line == line
    assert "is an HTML page" in error.reason and repr(title) in error.reason
    assert "mismatched tag" not in error.reason


def test_an_html_page_without_a_title_is_said_to_be_one_too() -> None:
    with pytest.raises(NotABulletin, match="is an HTML page, not a feed"):
        parse_text("\n<html><body><p>Lỗi máy chủ</p></body></html>\n", "rss.xml")


# ---------------------------------------------------------------- a space a CMS wrote invisibly

#: A portal's feed whose editor left a zero-width space (raw, and as "&#8203;") or a form feed
#: where a space was meant, and zero-width spaces inside words and numbers, which join them.
INVISIBLE_SPACES_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng thông tin xã Ví Dụ</title>
<link>https://xavidu.example.gov.vn</link>
<lastBuildDate>Thu, 04 Dec 2025 10:00:00 +0700</lastBuildDate>
<item><title>Xã\u200bVí Dụ đạt chuẩn&#8203;cải cách</title>
<link>https://xavidu.example.gov.vn/tin/1</link>
<pubDate>Thu, 04 Dec 2025 09:00:00 +0700</pubDate>
<description><![CDATA[<p>Tháng 11, xã\u200bđạt 92%\u200bhồ sơ trực tuyến.\fKết quả giao
1.2\u200b40 hồ s\u200bơ đúng hạn.&#8203;Người dân hài lòng.</p>]]></description>
</item></channel></rss>
"""


def test_an_invisible_space_next_to_a_tag_keeps_words_apart_too() -> None:
    # The title's end tag holds a "/", as an address does: its words are still words.
    text = INVISIBLE_SPACES_RSS.replace("<title>Xã\u200bVí Dụ", "<title>Tin\fxã\u200bVí Dụ")
    (item,) = parse_text(text, "xa-vi-du.xml").articles
    assert item.title == "Tin xã Ví Dụ đạt chuẩn cải cách"


def test_an_invisible_space_between_words_keeps_them_apart() -> None:
    (item,) = parse_text(INVISIBLE_SPACES_RSS, "xa-vi-du.xml").articles
    assert item.title == "Xã Ví Dụ đạt chuẩn cải cách"
    assert [p.text for p in item.paragraphs] == [
        "Tháng 11, xã đạt 92% hồ sơ trực tuyến. Kết quả giao 1.240 hồ sơ đúng hạn. "
        "Người dân hài lòng."
    ]


# ---------------------------------------------------------------- a feed served through FeedBurner

#: A department's WordPress feed as FeedBurner serves it: each item's link goes through
#: FeedBurner's redirect, the post's own address is ``feedburner:origLink``, and its text ends
#: with FeedBurner's share links ("feedflare") and a tracking image.
FEEDBURNER_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">
<channel>
<title>Tin cải cách hành chính huyện Ví Dụ</title>
<link>https://huyenvidu.example.gov.vn</link>
<feedburner:info uri="tincchcvidu" />
<lastBuildDate>Tue, 02 Dec 2025 08:00:00 +0700</lastBuildDate>
<item>
<title>Huyện Ví Dụ giảm 30% thủ tục nội bộ</title>
<link>http://feeds.feedburner.com/~r/TinCchcViDu/~3/aB1cD2/</link>
<pubDate>Tue, 02 Dec 2025 07:00:00 +0700</pubDate>
<guid isPermaLink="false">https://huyenvidu.example.gov.vn/?p=321</guid>
<description><![CDATA[<p>Huyện đã cắt giảm 30% thủ tục hành chính nội bộ trong năm.</p>
<div class="feedflare">
<a href="http://feeds.feedburner.com/~ff/TinCchcViDu?a=aB1cD2:x">
<img src="http://feeds.feedburner.com/~ff/TinCchcViDu?d=x" border="0"></img></a>
<a href="http://feeds.feedburner.com/~ff/TinCchcViDu?a=aB1cD2:y">Gửi email bài này</a>
</div><img src="http://feeds.feedburner.com/~r/TinCchcViDu/~4/aB1cD2" height="1" width="1" alt=""/>]]></description>
<feedburner:origLink>https://huyenvidu.example.gov.vn/giam-30-thu-tuc-noi-bo/</feedburner:origLink>
</item>
</channel>
</rss>
"""


def test_a_feedburner_item_is_published_at_its_own_address_without_the_share_links() -> None:
    (item,) = parse_text(FEEDBURNER_RSS, "feedburner.xml").articles
    assert item.url == "https://huyenvidu.example.gov.vn/giam-30-thu-tuc-noi-bo/"
    assert [p.text for p in item.paragraphs] == [
        "Huyện đã cắt giảm 30% thủ tục hành chính nội bộ trong năm."
    ]


# ---------------------------------------------------------------- a Google News search feed

#: A Google News search feed: each item's title ends with its outlet's name, its link is Google's,
#: its ``<source>`` names the outlet, and its description is the headline again, linked, with the
#: outlet's name (or a list of headlines from other outlets too).
GOOGLE_NEWS_RSS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<generator>NFE/5.0</generator>
<title>"một cửa" - Google Tin tức</title>
<link>https://news.google.com/search?q=m%E1%BB%99t+c%E1%BB%ADa&amp;hl=vi&amp;gl=VN&amp;ceid=VN:vi</link>
<language>vi</language>
<lastBuildDate>Tue, 02 Dec 2025 03:10:00 GMT</lastBuildDate>
<description>Google Tin tức</description>
<item>
<title>Tỉnh Ví Dụ rút ngắn 40% thời gian giải quyết hồ sơ - Báo Ví Dụ</title>
<link>https://news.google.com/rss/articles/CBMiAbc123?oc=5</link>
<guid isPermaLink="false">CBMiAbc123</guid>
<pubDate>Tue, 02 Dec 2025 01:00:00 GMT</pubDate>
<description>&lt;a href="https://news.google.com/rss/articles/CBMiAbc123?oc=5"
 target="_blank"&gt;Tỉnh Ví Dụ rút ngắn 40% thời gian giải quyết hồ sơ&lt;/a&gt;
&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Báo Ví Dụ&lt;/font&gt;</description>
<source url="https://baovidu.example.vn">Báo Ví Dụ</source></item>
<item>
<title>Xã Mẫu đạt 98,5% hồ sơ trực tuyến - Cổng TTĐT tỉnh Mẫu</title>
<link>https://news.google.com/rss/articles/CBMiDef456?oc=5</link>
<guid isPermaLink="false">CBMiDef456</guid>
<pubDate>Mon, 01 Dec 2025 09:00:00 GMT</pubDate>
<description>&lt;ol&gt;&lt;li&gt;&lt;a href="https://news.google.com/rss/articles/CBMiDef456?oc=5"
 target="_blank"&gt;Xã Mẫu đạt 98,5% hồ sơ trực tuyến&lt;/a&gt;
&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Cổng TTĐT tỉnh Mẫu&lt;/font&gt;&lt;/li&gt;
&lt;li&gt;&lt;a href="https://news.google.com/rss/articles/CBMiGhi789?oc=5"
 target="_blank"&gt;Mẫu: 12 thủ tục được cắt giảm&lt;/a&gt;
&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Báo Khác&lt;/font&gt;&lt;/li&gt;&lt;/ol&gt;</description>
<source url="https://mau.example.gov.vn">Cổng TTĐT tỉnh Mẫu</source></item>

</channel></rss>
"""


@pytest.mark.parametrize("path", ["rss/articles/", "__i/rss/rd/articles/"])
def test_a_google_news_item_is_titled_without_its_outlet_and_takes_no_other_headline(
    path: str,
) -> None:
    # Google's links, as its feeds write them now and as they did before ("__i/rss/rd/…").
    text = GOOGLE_NEWS_RSS.replace("news.google.com/rss/articles/", f"news.google.com/{path}")
    first, cluster = parse_text(text, "google-news.xml").articles
    assert first.title == "Tỉnh Ví Dụ rút ngắn 40% thời gian giải quyết hồ sơ"
    assert cluster.title == "Xã Mẫu đạt 98,5% hồ sơ trực tuyến"
    # Its description is headlines, its own and other outlets' ("12 thủ tục"): no article's text.
    assert first.paragraphs == cluster.paragraphs == ()


def test_a_title_keeps_a_dash_that_names_no_outlet() -> None:
    text = GOOGLE_NEWS_RSS.replace("<source url", "<category>tin</category><x url").replace(
        "</source>", "</x>"
    )
    first, _ = parse_text(text, "google-news.xml").articles
    assert first.title == "Tỉnh Ví Dụ rút ngắn 40% thời gian giải quyết hồ sơ - Báo Ví Dụ"


# ---------------------------------------------------------------- dates as portals print them

#: A portal's feed that prints its dates as its pages do: a weekday abbreviated ("CN" for Sunday,
#: "T2" for Monday) or followed by "ngày", and the time as "8h30".
PORTAL_DATES_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng thông tin phường Mẫu</title>
<link>https://phuongmau.example.gov.vn</link>
<item><title>Phường tiếp nhận 210 hồ sơ</title><link>https://phuongmau.example.gov.vn/1</link>
<pubDate>T2, 01/12/2025 09:15</pubDate><description>Có 210 hồ sơ.</description></item>
<item><title>Phường trả kết quả đúng hạn</title><link>https://phuongmau.example.gov.vn/2</link>
<pubDate>Thứ Hai, ngày 01/12/2025 8h30</pubDate><description>Đạt 99%.</description></item>
<item><title>Phường họp giao ban</title><link>https://phuongmau.example.gov.vn/3</link>
<pubDate>CN, 30/11/2025 16:00</pubDate><description>Có 14 tổ dân phố.</description></item>
<item><title>Phường số hóa hồ sơ</title><link>https://phuongmau.example.gov.vn/4</link>
<pubDate>29/11/2025 10h05</pubDate><description>Số hóa 1.200 hồ sơ.</description></item>
</channel></rss>
"""


def test_a_portals_abbreviated_weekdays_and_hour_marks_are_read() -> None:
    parsed = parse_bytes(PORTAL_DATES_RSS.encode(), "phuong-mau.xml")
    ict = dt.timezone(dt.timedelta(hours=7))
    assert [a.published_at for a in parsed.bulletin.articles] == [
        dt.datetime(2025, 12, 1, 9, 15, tzinfo=ict),
        dt.datetime(2025, 12, 1, 8, 30, tzinfo=ict),
        dt.datetime(2025, 11, 30, 16, 0, tzinfo=ict),
        dt.datetime(2025, 11, 29, 10, 5, tzinfo=ict),
    ]
    assert parsed.bulletin.issue_date == dt.date(2025, 12, 1)
    assert validate([parsed]) == []


def test_an_abbreviated_weekday_that_names_another_day_is_reported() -> None:
    wrong = PORTAL_DATES_RSS.replace("T2, 01/12/2025", "T3, 01/12/2025")
    found = [f for f in validate([parse_bytes(wrong.encode(), "phuong-mau.xml")])]
    assert [(f.rule, f.line) for f in found] == [("date.weekday", 5)]


# ---------------------------------------------------------------- a caption as the only text

#: A commune's feed that publishes each post as a picture with its caption (Media RSS): the
#: item's only text is the picture's ``media:description``.
MEDIA_ONLY_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Ảnh hoạt động xã Mẫu</title><link>https://xamau.example.gov.vn</link>
<item><title>Xã Mẫu đạt 97% hồ sơ trực tuyến</title><link>https://xamau.example.gov.vn/anh/1</link>
<pubDate>Fri, 05 Dec 2025 07:00:00 +0700</pubDate>
<media:content url="https://xamau.example.gov.vn/anh/1.jpg" medium="image">
<media:description>Cán bộ xã hướng dẫn người dân; 97% hồ sơ được nộp trực tuyến.</media:description>
</media:content></item>
<item><title>Xã Mẫu tập huấn chữ ký số</title><link>https://xamau.example.gov.vn/anh/2</link>
<pubDate>Thu, 04 Dec 2025 07:00:00 +0700</pubDate>
<media:group><media:content url="https://xamau.example.gov.vn/anh/2.jpg"/>
<media:description type="html">&lt;p&gt;Có 45 cán bộ dự tập huấn.&lt;/p&gt;</media:description>
</media:group></item>
</channel></rss>
"""


def test_a_pictures_caption_is_the_text_of_an_item_that_has_no_other() -> None:
    parsed = parse_bytes(MEDIA_ONLY_RSS.encode(), "xa-mau.xml")
    assert [[p.text for p in a.paragraphs] for a in parsed.bulletin.articles] == [
        ["Cán bộ xã hướng dẫn người dân; 97% hồ sơ được nộp trực tuyến."],
        ["Có 45 cán bộ dự tập huấn."],
    ]
    assert validate([parsed]) == []


# ---------------------------------------------------------------- a download cut short

_CUT_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tin cải cách hành chính tỉnh Mẫu</title>
<link>https://mau.example.gov.vn</link>
<item><title>Tỉnh Mẫu đạt 96% hồ sơ đúng hạn</title><link>https://mau.example.gov.vn/1</link>
<description><![CDATA[<p>Tỉnh Mẫu đạt 96% hồ sơ đúng hạn trong tháng 11.</p>]]></description>
</item>
<item><title>Tỉnh Mẫu công bố 30 thủ tục</title><link>https://mau.example.gov.vn/2</link>
<description><![CDATA[<p>Tỉnh công bố"""


@pytest.mark.parametrize(
    "cut",
    [
        _CUT_FEED,  # inside a CDATA section
        _CUT_FEED[: _CUT_FEED.index("<description><![CDATA[<p>Tỉnh công")] + "<descrip",  # a tag
        _CUT_FEED[: _CUT_FEED.index("<item><title>Tỉnh Mẫu công")],  # between two items
    ],
)
def test_a_feed_cut_short_is_said_to_be(cut: str) -> None:
    with pytest.raises(MalformedBulletin, match="cut short") as raised:
        parse_text(cut, "cchc-mau.xml")
    assert raised.value.line is not None and raised.value.line >= 7


def test_a_flattened_feeds_zero_width_space_reference_keeps_words_apart() -> None:
    # A WordPress feed flattened to text without decoding its references: "&#8203;" is printed.
    text = (
        "Tin CCHC – Xã Mẫu https://xamau.example.vn Tin tức Fri, 05 Dec 2025 01:00:00 +0000 vi "
        "hourly 1 https://wordpress.org/?v=6.8 Xã&#8203;Mẫu đạt 95% hồ sơ "
        "https://xamau.example.vn/xa-mau-dat-95/ Fri, 05 Dec 2025 00:30:00 +0000 "
        "https://xamau.example.vn/?p=11\n\nXã&#8203;Mẫu đạt 95%&#8203;hồ sơ trực tuyến.\n\n]]>\n"
    )
    (item,) = parse_text(text, "xa-mau.txt").articles
    assert item.title == "Xã Mẫu đạt 95% hồ sơ"
    assert [p.text for p in item.paragraphs] == ["Xã Mẫu đạt 95% hồ sơ trực tuyến."]
