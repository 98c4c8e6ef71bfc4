"""The simple-markup reader of feed HTML finds exactly the paragraphs (and their lines) the standard
library's parser finds, or gives the markup up to it; hostile markup included."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers.feed_html import _FullReader, _Paragraphs, _read_simple, html_paragraphs


def _full_paragraphs(html: str) -> list[tuple[str, int, int]]:
    """The plain definition: the paragraphs the standard library's parser finds."""
    paragraphs = _Paragraphs()
    reader = _FullReader(paragraphs)
    reader.feed(html)
    reader.close()
    paragraphs.flush()
    return paragraphs.found


_MARKUP = st.sampled_from(
    [
        *["<p>", "</p>", "<P>", "</P >", "<p/>", '<p class="dẫn">', "<p\nclass='a'>", "<p\x0b>"],
        *["<br>", "<br/>", "<br />", "</br>", "<BR\t/>", "<br / >", "<br/ >"],
        *['<img src="a.jpg" alt="Ảnh"/>', '<img src="a.jpg"alt="b">', "<img src=a.jpg>"],
        *['<a href="https://x.example/?a=1&amp;b=2">', "</a>", '<a href="x>y">', "<a hidden>"],
        *["<figure>", "</figure>", "<figcaption>", "</figcaption>", "<div>", "</div>", "<hr/>"],
        *["<ns0:p>", "</ns0:p>", "<script>", "</script>", "<style>", "<textarea>", "<title>"],
        *["<!-- ghi chú -->", "<!---->", "<![CDATA[x]]>", "<?php ?>", "<!DOCTYPE html>", "</ p>"],
        *["<", ">", "< p>", "<3", "</", "<p", "&", "&amp;", "&nbsp;", "&#39;", "&#x1EA1;", "&#"],
        *["&amp", "&nbsp", "&lt;p&gt;", "&notin;", "&notit;", "\n", "\r\n", "\r", " ", "\t"],
        *["\u00a0", "Cải cách", "hành chính", "e\u0301", '"', "'", "=", "/"],
        # hidden from readers of the page (bantin.parsers.feed_html.HIDDEN_CLASSES)
        *['<a class="more-link" href="x">', '<span class="screen-reader-text">', "</span>"],
        *['<p class="sr-only">', "<div CLASS='visually-hidden a'>", '<img class="sr-only"/>'],
        # a table: each row one paragraph
        *["<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", "<tbody>"],
        *['<td colspan="2">', "<TR>", '<tr class="sr-only">', "<tfoot>", "</tbody>"],
    ]
)


@given(st.lists(_MARKUP, max_size=30).map("".join))
@example('<p>Một</p>\n<figure><img src="a" alt="b" /><figcaption>Ảnh</figcaption></figure>')
@example("<p>A &amp; B</p><p>C&nbsp;D &#")
@example("<p>x</p>&nbs")
@example("<p>x</p>\n&amp")
@example("<br/ >x")
@example("<p>&#10;\n&nbsp;x</p>\n<p>y&#10;</p>\n\n<p>z</p>")  # a line counts in the markup
def test_the_simple_reader_finds_the_full_parsers_paragraphs_or_gives_up(html: str) -> None:
    simple = _read_simple(html)
    if simple is not None:
        assert simple == _full_paragraphs(html)


_SIMPLE_MARKUP = st.sampled_from(
    [
        *["<p>", "</p>", "<P>", "<p/>", '<p class="dẫn">', "<p\nclass='a'>", "<br>", "<br/>"],
        *["<br />", "</br>", "<BR\t/>", '<img src="a.jpg" alt="Ảnh"/>', "<a hidden>", "</a>"],
        *['<a href="https://x.example/?a=1&amp;b=2">', "<figure>", "</figure>", "<figcaption>"],
        *["</figcaption>", "<div>", "</div>", "<hr/>", "<li>", "</li>", "<ul>", "</ul>", ">"],
        *["&", "&amp;", "&nbsp;", "&#39;", "&#x1EA1;", "&#", "&amp", "&nbsp", "&lt;p&gt;"],
        *["\n", "\r\n", "\r", " ", "\t", "\u00a0", "Cải cách", "e\u0301", '"', "'", "=", "/"],
        *["<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", "<TR>"],
    ]
)


@given(st.lists(_SIMPLE_MARKUP, max_size=30).map("".join))
def test_the_simple_reader_reads_simple_markup_as_the_full_parser_does(html: str) -> None:
    assert _read_simple(html) == _full_paragraphs(html)


_WORDPRESS = (
    "\n        <p>Tỉnh đã tiếp nhận 2.584.834 hồ sơ, đạt 70,05%.</p>\n"
    '        <figure><img src="https://x.example/a.jpg" alt="Ảnh" />'
    "<figcaption>Quầy một cửa</figcaption></figure>\n"
    '        <p>Sở NN&amp;PTNT <a href="https://x.example/?p=1&amp;q=2">theo dõi</a>,<br/>'
    "đôn đốc.</p></br>Phần cuối\n      "
)


def test_the_simple_reader_reads_wordpress_markup_as_the_full_parser_does() -> None:
    assert _read_simple(_WORDPRESS) == _full_paragraphs(_WORDPRESS)
    assert [(p.text, p.line) for p in html_paragraphs(_WORDPRESS, 5)] == [
        ("Tỉnh đã tiếp nhận 2.584.834 hồ sơ, đạt 70,05%.", 6),
        ("Quầy một cửa", 7),
        ("Sở NN&PTNT theo dõi, đôn đốc.", 8),
        ("Phần cuối", 8),
    ]


def test_markup_the_simple_reader_does_not_know_is_read_by_the_full_parser() -> None:
    html = "<p>Một</p><!-- <p>ẩn</p> --><script>var p = '<p>x</p>';</script><p>Hai</p>"
    assert _read_simple(html) is None
    assert [p.text for p in html_paragraphs(html, 1)] == ["Một", "Hai"]


_TABLE = """<p>Kết quả như sau:</p>
<table><thead><tr><th>STT</th><th>Đơn vị</th><th>Tỷ lệ đúng hạn</th></tr></thead>
<tbody><tr><td>1</td><td><p>Phường An Hòa</p></td><td>99,2%</td></tr>
<tr><td>2</td><td>Xã Bình<br/>Minh</td><td>97,8%</td>
<tr><td colspan="2">Bình quân</td><td>98,5%</td></tr></tbody></table>
<p>Sau bảng.</p>"""


def test_a_table_row_is_one_paragraph_of_its_cells() -> None:
    # A paragraph inside a cell, a row left open before the next, a cell spanning two columns.
    assert _read_simple(_TABLE) == _full_paragraphs(_TABLE)
    assert [(p.text, p.line) for p in html_paragraphs(_TABLE, 10)] == [
        ("Kết quả như sau:", 10),
        ("STT | Đơn vị | Tỷ lệ đúng hạn", 11),
        ("1 | Phường An Hòa | 99,2%", 12),
        ("2 | Xã Bình Minh | 97,8%", 13),
        ("Bình quân | 98,5%", 14),
        ("Sau bảng.", 15),
    ]


def test_text_after_a_table_left_with_a_row_open_is_no_part_of_it() -> None:
    html = "<table><tr><td>1</td><td>Xã An Hòa</td></table>Ghi chú: số liệu tạm tính"
    assert [p.text for p in html_paragraphs(html, 1)] == [
        "1 | Xã An Hòa",
        "Ghi chú: số liệu tạm tính",
    ]
