"""The simple-markup reader of feed HTML sends exactly the events the standard library's parser
sends, or gives the markup up to it; hostile markup included."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers.feed_html import _FullReader, _read_simple, html_paragraphs


class _Events:
    """A stand-in for the paragraph collector that only writes the events down."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, int | None]] = []

    def start(self, tag: str) -> None:
        self.seen.append(("start", tag, None))

    def startend(self, tag: str) -> None:
        self.seen.append(("startend", tag, None))

    def end(self, tag: str) -> None:
        self.seen.append(("end", tag, None))

    def data(self, data: str, line: int) -> None:
        self.seen.append(("data", data, line))


def _full_events(html: str) -> list[tuple[str, str, int | None]]:
    events = _Events()
    reader = _FullReader(events)  # type: ignore[arg-type]
    reader.feed(html)
    reader.close()
    return events.seen


def _simple_events(html: str) -> list[tuple[str, str, int | None]] | None:
    events = _Events()
    return events.seen if _read_simple(html, events) else None  # type: ignore[arg-type]


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
    ]
)


@given(st.lists(_MARKUP, max_size=30).map("".join))
@example('<p>Một</p>\n<figure><img src="a" alt="b" /><figcaption>Ảnh</figcaption></figure>')
@example("<p>A &amp; B</p><p>C&nbsp;D &#")
@example("<p>x</p>&nbs")
@example("<p>x</p>\n&amp")
@example("<br/ >x")
def test_the_simple_reader_sends_the_full_parsers_events_or_gives_up(html: str) -> None:
    simple = _simple_events(html)
    if simple is not None:
        assert simple == _full_events(html)


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
    assert _simple_events(html) == _full_events(html)


_WORDPRESS = (
    "\n        <p>Tỉnh đã tiếp nhận 2.584.834 hồ sơ, đạt 70,05%.</p>\n"
    '        <figure><img src="https://x.example/a.jpg" alt="Ảnh" />'
    "<figcaption>Quầy một cửa</figcaption></figure>\n"
    '        <p>Sở NN&amp;PTNT <a href="https://x.example/?p=1&amp;q=2">theo dõi</a>,<br/>'
    "đôn đốc.</p></br>Phần cuối\n      "
)


def test_the_simple_reader_reads_wordpress_markup_as_the_full_parser_does() -> None:
    assert _simple_events(_WORDPRESS) == _full_events(_WORDPRESS)
    assert [(p.text, p.line) for p in html_paragraphs(_WORDPRESS, 5)] == [
        ("Tỉnh đã tiếp nhận 2.584.834 hồ sơ, đạt 70,05%.", 6),
        ("Quầy một cửa", 7),
        ("Sở NN&PTNT theo dõi, đôn đốc.", 8),
        ("Phần cuối", 8),
    ]


def test_markup_the_simple_reader_does_not_know_is_read_by_the_full_parser() -> None:
    html = "<p>Một</p><!-- <p>ẩn</p> --><script>var p = '<p>x</p>';</script><p>Hai</p>"
    assert _simple_events(html) is None
    assert [p.text for p in html_paragraphs(html, 1)] == ["Một", "Hai"]
