"""The simple-markup reader of feed HTML finds exactly the paragraphs (and their lines) the standard
library's parser finds, or gives the markup up to it; hostile markup included."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers.feed_html import _FullReader, _Paragraphs, _read_simple, html_paragraphs


def _full_paragraphs(html: str) -> list[tuple[str, int]]:
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
