"""Feeds in the forms Vietnamese sites and feed services publish them (or what a site sends
instead of its feed): each test holds a small feed of its own in that form."""

from __future__ import annotations

import pytest

from bantin.errors import NotABulletin
from bantin.parsers import parse_text

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


def test_an_invisible_space_between_words_keeps_them_apart() -> None:
    (item,) = parse_text(INVISIBLE_SPACES_RSS, "xa-vi-du.xml").articles
    assert item.title == "Xã Ví Dụ đạt chuẩn cải cách"
    assert [p.text for p in item.paragraphs] == [
        "Tháng 11, xã đạt 92% hồ sơ trực tuyến. Kết quả giao 1.240 hồ sơ đúng hạn. "
        "Người dân hài lòng."
    ]
