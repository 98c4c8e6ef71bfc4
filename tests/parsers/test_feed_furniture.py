"""What a WordPress feed adds to an item and a reader of the page never sees as its text: the SEO
plugin's footer, the "read more" link, text for screen readers, an excerpt's "[…]"."""

from __future__ import annotations

import pytest

from bantin.model import Paragraph
from bantin.parsers.feed_footer import (
    is_footer,
    is_related_link,
    without_footer,
    without_site_additions,
)
from bantin.parsers.feed_html import html_paragraphs


@pytest.mark.parametrize(
    "text",
    [
        "The post Hà Giang đạt 97% hồ sơ đúng hạn appeared first on Sở Nội vụ Hà Giang.",
        "Bài viết Cà Mau số hóa 80% hồ sơ xuất hiện đầu tiên vào ngày Cổng TTĐT tỉnh Cà Mau.",
        "Bài viết Một cửa liên thông ở cấp xã đã xuất hiện đầu tiên tại Báo Lạng Sơn điện tử.",
        "Bài đăng Kết quả PAR INDEX 2025 xuất hiện lần đầu trên Tạp chí Tổ chức nhà nước.",
        "The post Ninh Bình: 12/12 sở đạt chuẩn first appeared on Cải cách hành chính.",
        "Một cửa số ở Huế was originally published in Cải cách on Medium, where people are"
        " continuing the conversation by highlighting and responding to this story.",
    ],
)
def test_a_syndication_footer_is_recognised(text: str) -> None:
    assert is_footer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bài viết của phóng viên xuất hiện trên trang nhất số báo ngày 3/12.",
        "The post office in the commune now accepts records for the one-stop shop.",
        "Theo bài viết, mô hình này xuất hiện đầu tiên tại Đà Nẵng từ năm 2019.",
        "Tỷ lệ hồ sơ trực tuyến đạt 85%, xuất hiện đầu tiên vào ngày họp tổng kết.",
    ],
)
def test_prose_about_posts_is_no_footer(text: str) -> None:
    assert not is_footer(text)


def test_only_the_last_paragraph_is_dropped_as_a_footer() -> None:
    footer = "Bài viết Xã A xuất hiện đầu tiên vào ngày Cổng thông tin huyện."
    middle = (Paragraph("Mở đầu.", 3), Paragraph(footer, 4), Paragraph("Kết thúc.", 5))
    assert without_footer(middle) == middle
    last = (Paragraph("Mở đầu.", 3), Paragraph(footer, 4))
    assert without_footer(last) == (Paragraph("Mở đầu.", 3),)
    assert without_footer(()) == ()


def _texts(html: str) -> list[str]:
    return [p.text for p in html_paragraphs(html, 1)]


def test_a_read_more_link_and_its_screen_reader_title_are_dropped() -> None:
    html = (
        "<p>Huyện B giải quyết 98% hồ sơ đúng hạn&#8230; "
        '<a href="https://x.example/b/#more-12" class="more-link">Đọc tiếp '
        '<span class="screen-reader-text">Huyện B đạt 98%</span></a></p>'
    )
    assert _texts(html) == ["Huyện B giải quyết 98% hồ sơ đúng hạn…"]


def test_screen_reader_text_outside_a_link_is_dropped_and_ends_no_paragraph_early() -> None:
    html = (
        '<p>Có 3/4 xã <span class="sr-only">(ba phần tư)</span>đạt chuẩn.</p>'
        '<div class="visually-hidden"><p>Chia sẻ bài viết</p></div><p>Hết.</p>'
    )
    assert _texts(html) == ["Có 3/4 xã đạt chuẩn.", "Hết."]


def test_an_excerpts_closing_mark_is_dropped() -> None:
    assert _texts("<p>Tỉnh C cắt giảm 20% thủ tục [&hellip;]</p>") == [
        "Tỉnh C cắt giảm 20% thủ tục"
    ]
    assert _texts("<p>[...]</p><p>Tiếp.</p>") == ["Tiếp."]
    assert _texts("<p>Xem Điều 5 [Luật 2025]</p>") == ["Xem Điều 5 [Luật 2025]"]


@pytest.mark.parametrize(
    ("text", "related"),
    [
        ("Xem thêm: Hà Nội: 98% hồ sơ được giải quyết đúng hạn", True),
        (">> Đọc thêm: Đà Nẵng số hóa 100% hồ sơ một cửa", True),
        ("Tin liên quan: Cần Thơ rút ngắn thời gian xử lý", True),
        ("[Xem thêm] Lào Cai đẩy mạnh dịch vụ công", True),
        ("XEM THÊM: Quảng Ninh công bố chỉ số hài lòng", True),
        # The article's own sentences that open with the same words stay.
        ("Xem thêm các tin khác", False),
        ("Đọc thêm về chính sách này, người dân có thể truy cập cổng dịch vụ công.", False),
        ("Xem thêm:", False),
        ("Xem thêm: " + "người dân được hướng dẫn tận tình " * 12, False),  # a paragraph, no link
    ],
)
def test_a_link_to_another_post_is_no_paragraph_of_the_article(text: str, related: bool) -> None:
    assert is_related_link(text) is related


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("Tỉnh đã số hóa 90% hồ sơ. Đọc tiếp …", "Tỉnh đã số hóa 90% hồ sơ."),
        ("Tỉnh đã số hóa 90% hồ sơ… Đọc tiếp", "Tỉnh đã số hóa 90% hồ sơ…"),
        ("Tỉnh đã số hóa 90% hồ sơ. Xem chi tiết »", "Tỉnh đã số hóa 90% hồ sơ."),
        ("Tỉnh đã số hóa 90% hồ sơ. >> Đọc toàn bài", "Tỉnh đã số hóa 90% hồ sơ."),
        ("Tỉnh đã số hóa 90% hồ sơ. Read more →", "Tỉnh đã số hóa 90% hồ sơ."),
        ("Đọc tiếp", None),
        ("Chi tiết", None),
        # Prose that ends with the words keeps them: no sentence ended before them.
        ("Người dân có thể tra cứu và xem chi tiết", "Người dân có thể tra cứu và xem chi tiết"),
        ("Hồ sơ được trả kèm bản chi tiết", "Hồ sơ được trả kèm bản chi tiết"),
    ],
)
def test_a_read_more_link_ending_a_teaser_is_dropped(last: str, kept: str | None) -> None:
    """Sites other than WordPress word their "read more" link otherwise and give it no class:
    it was published as the article's last words."""
    first = Paragraph("Đoạn mở đầu.", 3)
    got = without_site_additions((first, Paragraph(last, 5)))
    assert [p.text for p in got] == ["Đoạn mở đầu.", *([kept] if kept else [])]


def test_the_title_printed_again_as_the_first_paragraph_is_dropped() -> None:
    """An item whose text opens with its headline ("<h3>TITLE</h3>"): the title's figures were
    counted again as the body's."""
    title = "Huế: 98% hồ sơ được giải quyết đúng hạn"
    paragraphs = (
        Paragraph("HUẾ: 98% hồ sơ được giải quyết đúng hạn", 4),
        Paragraph("Nội dung.", 5),
    )
    assert [p.text for p in without_site_additions(paragraphs, title)] == ["Nội dung."]
    assert without_site_additions(paragraphs[1:], title) == paragraphs[1:]


def test_a_feed_paragraph_that_only_marks_a_picture_is_dropped() -> None:
    paragraphs = (
        Paragraph("Ảnh minh họa", 3),
        Paragraph("Nội dung.", 4),
        Paragraph("Ảnh: Thu Hà", 5),
    )
    assert [p.text for p in without_site_additions(paragraphs)] == ["Nội dung.", "Ảnh: Thu Hà"]
