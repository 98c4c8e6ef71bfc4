"""The XML feed reader on the shapes real sites publish: description-only RSS, Atom, RSS 1.0,
+0700 dates, an empty <title/>, declared encodings, HTML entities, and what stays refused."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from bantin.datasets.synthetic.render_feed_xml import legacy_form
from bantin.errors import MalformedBulletin, NotABulletin
from bantin.model import FeedDialect, SourceFormat
from bantin.parsers import detect_format, parse_bytes, parse_text
from bantin.parsers.feed_dates import parse_feed_date
from bantin.parsers.feed_html import html_paragraphs
from bantin.validators.run import validate, validate_bulletins
from tests.parsers.feed_shapes import ATOM, LEGACY_RSS, NEWS_RSS, RSS1, line_of

UTC = dt.UTC


def utc(*fields: int) -> dt.datetime:
    return dt.datetime(*fields, tzinfo=UTC)


# ---------------------------------------------------------------- a news site's RSS 2.0


def test_a_description_only_news_feed_is_read_item_by_item() -> None:
    feed = parse_text(NEWS_RSS, "tin-moi-nhat.rss")
    assert feed.source_format is SourceFormat.FEED_XML
    assert feed.channel is not None and feed.channel.dialect is FeedDialect.RSS2_DESCRIPTION
    assert [a.title for a in feed.articles] == [
        "Quảng Trị rút ngắn thời gian cấp phép xây dựng còn 10 ngày",  # trimmed, &nbsp; read
        "",  # <title/>: kept, for feed.item-untitled to report at its line
        "Cần Thơ công khai tiến độ giải quyết hồ sơ đất đai",
    ]
    first, untitled, third = feed.articles
    # The thumbnail and its link are dropped, the text after </br> is the body.
    assert [(p.text, p.line) for p in first.paragraphs] == [
        (
            "Từ tháng 10, hồ sơ cấp phép xây dựng nhà ở riêng lẻ tại Quảng Trị được giải quyết "
            "trong 10 ngày thay vì 15 ngày như trước.",
            line_of(NEWS_RSS, "Từ tháng 10"),
        )
    ]
    # <br /><br /> outside a paragraph separates two paragraphs on the same line.
    assert [p.text for p in third.paragraphs] == [
        "Người dân Cần Thơ tra cứu được từng bước xử lý hồ sơ trên Cổng Dịch vụ công của thành phố.",
        "Thành phố đặt mục tiêu 95% hồ sơ đúng hạn trong quý IV.",
    ]
    assert first.url == "https://thoisuhomnay.example/quang-tri-cap-phep-1.html"
    assert first.title_line == line_of(NEWS_RSS, "<title>", 2)
    assert untitled.title_line == line_of(NEWS_RSS, "<title/>")
    assert first.line_end == line_of(NEWS_RSS, "</item>")


def test_plus_0700_dates_are_read_as_utc_and_each_keeps_its_line() -> None:
    feed = parse_text(NEWS_RSS, "tin-moi-nhat.rss")
    first = feed.articles[0]
    assert first.pub_date_text == "Wed, 01 Oct 2025 07:58:10 +0700"
    assert first.published_at == utc(2025, 10, 1, 0, 58, 10)
    assert first.pub_date_line == line_of(NEWS_RSS, "07:58:10")
    assert feed.articles[2].published_at == utc(2025, 9, 30, 14, 10)
    # The channel's pubDate is the feed's date (there is no lastBuildDate).
    assert feed.issue_date == dt.date(2025, 10, 1)
    assert feed.issue_date_line == line_of(NEWS_RSS, "08:05:00")


def test_a_feed_is_issued_on_the_day_its_date_prints_in_its_own_zone() -> None:
    # 05:40 in Vietnam is still the day before in UTC: the issue date is the day printed.
    early = NEWS_RSS.replace("Wed, 01 Oct 2025 08:05:00 +0700", "Wed, 01 Oct 2025 05:40:00 +0700")
    feed = parse_text(early, "tin-moi-nhat.rss")
    assert feed.channel is not None
    assert feed.channel.build_date == utc(2025, 9, 30, 22, 40)
    assert feed.issue_date == dt.date(2025, 10, 1)
    # Dated by its newest item when its own date is unreadable: that item's printed day, and
    # no item is then "after" the issue date for being on the next day in UTC.
    undated = early.replace("Wed, 01 Oct 2025 05:40:00 +0700", "hôm nay")
    newest = NEWS_RSS.replace("Wed, 01 Oct 2025 07:58:10 +0700", "Thu, 02 Oct 2025 06:58:10 +0700")
    feed = parse_text(newest.replace("Wed, 01 Oct 2025 08:05:00 +0700", "hôm nay"), "t.rss")
    assert feed.issue_date == dt.date(2025, 10, 2)
    assert parse_text(undated, "t.rss").issue_date == dt.date(2025, 10, 1)
    assert [f.rule for f in validate_bulletins([feed]) if f.rule == "date.future"] == []


def test_a_stylesheet_and_a_long_comment_before_rss_are_still_a_feed() -> None:
    assert len(NEWS_RSS.split("<rss")[0]) > 4096
    assert detect_format(NEWS_RSS) is SourceFormat.FEED_XML


# ---------------------------------------------------------------- Atom and RSS 1.0


def test_an_atom_feed_reads_content_summary_and_xhtml() -> None:
    feed = parse_text(ATOM, "atom.xml")
    assert feed.channel is not None and feed.channel.dialect is FeedDialect.ATOM
    assert feed.title == "Cổng thông tin tỉnh Bắc Ninh - Cải cách hành chính"
    assert feed.channel.link == "https://bacninh.example/"  # rel="alternate", not "self"
    assert feed.channel.language == "vi"
    assert feed.issue_date == dt.date(2025, 10, 2)
    content, summary, xhtml = feed.articles
    assert content.published_at == utc(2025, 10, 2, 1, 15)  # <published> before <updated>
    assert [(p.text, p.line) for p in content.paragraphs] == [
        (
            "Người dân Bắc Ninh nhận kết quả tại nhà mà không phải đến Bộ phận Một cửa.",
            line_of(ATOM, "Người dân Bắc Ninh nhận"),
        ),
        ("Phí chuyển phát do ngân sách tỉnh hỗ trợ.", line_of(ATOM, "Phí chuyển phát")),
    ]
    assert summary.title == "Thí điểm chính quyền số cấp xã"  # type="html": markup dropped
    assert summary.published_at == utc(2025, 10, 1, 9, 45)  # only <updated>
    assert summary.url == "https://bacninh.example/tin/thi-diem"
    assert [p.text for p in summary.paragraphs] == ["Mười xã được chọn làm thí điểm trong năm nay."]
    assert [(p.text, p.line) for p in xhtml.paragraphs] == [
        ("Phiếu khảo sát được gửi đến 2.000 hộ gia đình.", line_of(ATOM, "Phiếu khảo sát")),
        ("Kết quả sẽ công bố vào cuối năm.", line_of(ATOM, "Kết quả sẽ")),
    ]
    assert xhtml.guid == "tag:bacninh.example,2025:99"


_BASED_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://sonoivu.vidu.example/cchc/">
<title>Cải cách hành chính</title><link href="../"/>
<updated>2025-12-02T09:00:00+07:00</updated>
<entry><title>Bài một</title><link href="bai-1.html"/><id>tag:a,1</id>
<updated>2025-12-02T08:00:00+07:00</updated><summary>Đạt 90%.</summary></entry>
<entry xml:base="/tin/"><title>Bài hai</title><link href="bai-2.html"/><id>tag:a,2</id>
<updated>2025-12-02T07:00:00+07:00</updated><summary>Đạt 80%.</summary></entry>
</feed>
"""


def test_atom_links_are_resolved_against_the_xml_base_in_effect() -> None:
    """RFC 4287 resolves relative links against xml:base: they were published relative, and the
    feed's id fell back to its file's digest for want of a host."""
    feed = parse_text(_BASED_ATOM, "based.xml")
    assert feed.channel is not None and feed.channel.link == "https://sonoivu.vidu.example/"
    assert [a.url for a in feed.articles] == [
        "https://sonoivu.vidu.example/cchc/bai-1.html",
        "https://sonoivu.vidu.example/tin/bai-2.html",
    ]


@pytest.mark.parametrize(
    ("guid", "url"),
    [
        ("<guid>https://sonoivu.vidu.example/tin-2</guid>", "https://sonoivu.vidu.example/tin-2"),
        ('<guid isPermaLink="false">https://sonoivu.vidu.example/tin-2</guid>', None),
        ("<guid>tin-2-2025</guid>", None),
    ],
)
def test_an_rss_item_without_a_link_has_its_permalink_guids_address(
    guid: str, url: str | None
) -> None:
    text = _one_item_feed(guid).replace("<link>https://sonoivu.vidu.example/tin-2</link>\n", "")
    (item,) = parse_text(text, "guid.xml").articles
    assert item.url == url


def test_an_rss_1_0_feed_reads_items_after_the_channel() -> None:
    feed = parse_text(RSS1, "rdf.xml")
    assert feed.channel is not None and feed.channel.dialect is FeedDialect.RSS1
    assert feed.channel.language == "vi"
    assert feed.issue_date == dt.date(2025, 10, 3)
    (item,) = feed.articles
    assert item.guid == item.url == "https://bonoivu.example/tin/1"
    assert item.published_at == utc(2025, 10, 2, 10, 20)
    assert item.pub_date_line == line_of(RSS1, "2025-10-02T17:20")
    assert [p.text for p in item.paragraphs] == [
        "Bộ yêu cầu các đơn vị hoàn thành rà soát trước ngày 15/10/2025."
    ]


# ---------------------------------------------------------------- encodings and entities


def test_a_declared_windows_1258_feed_is_decoded_as_declared() -> None:
    data = legacy_form(LEGACY_RSS).encode("cp1258")
    parsed = parse_bytes(data, "mien-tay.xml")
    (item,) = parsed.bulletin.articles
    assert item.title == "Sóc Trăng tiếp nhận hồ sơ đất đai ở cấp xã"
    assert [p.text for p in item.paragraphs] == [
        "Người dân nộp hồ sơ tại xã, không phải lên huyện."
    ]
    # No channel date: the feed is dated by its newest item.
    assert parsed.bulletin.issue_date == dt.date(2025, 10, 2)
    assert parsed.bulletin.issue_date_line == line_of(LEGACY_RSS, "<pubDate>")


LATIN = """<?xml version="1.0" encoding="{name}"?>
<rss version="2.0"><channel><title>Café São Tomé – {name}</title>
<item><title>Ré</title><description>Déjà vu.</description></item></channel></rss>
"""


@pytest.mark.parametrize("name", ["ISO-8859-1", "windows-1252", "latin1"])
def test_a_declared_single_byte_encoding_is_honoured(name: str) -> None:
    text = LATIN.format(name=name)
    if name.lower().startswith(("iso", "latin")):
        text = text.replace("–", "-")
    parsed = parse_bytes(text.encode("cp1252" if "1252" in name else "latin-1"), "latin.xml")
    assert parsed.bulletin.title.startswith("Café São Tomé")
    assert parsed.bulletin.articles[0].title == "Ré"


def test_iso_8859_1_is_read_as_windows_1252_as_browsers_read_it() -> None:
    """A feed labelled ISO-8859-1 written by a Windows tool holds Windows-1252's quotes and
    dashes: read as controls, text.control-char withheld the article."""
    text = LATIN.format(name="ISO-8859-1").replace("Ré", "“Ré” – ok")
    parsed = parse_bytes(text.encode("cp1252"), "latin.xml")
    assert parsed.bulletin.articles[0].title == "“Ré” – ok"
    assert not [f for f in validate([parsed]) if f.rule.startswith("text.")]


@pytest.mark.parametrize(
    ("reference", "char"), [("&#147;", "“"), ("&#148;", "”"), ("&#x96;", "–"), ("&#150;", "–")]
)
def test_a_reference_to_a_c1_control_is_the_windows_1252_character(
    reference: str, char: str
) -> None:
    """ "&#147;…&#148;" in a title, as old ASP sites write quotes: HTML reads the number as
    Windows-1252's; read as a control, the article was withheld."""
    text = NEWS_RSS.replace("Tin tức trong ngày", f"Tin {reference}mới{reference}")
    assert text != NEWS_RSS
    feed = parse_text(text, "c1.xml")
    assert feed.channel is not None and feed.channel.description == f"Tin {char}mới{char}"


@pytest.mark.parametrize("name", ["ISO-8859-1", "windows-1252", "windows-1258"])
def test_a_vietnamese_feed_in_utf8_that_declares_a_single_byte_encoding_is_read_as_utf8(
    name: str,
) -> None:
    # A feed generator that writes UTF-8 under a stale declaration: read as declared, every
    # Vietnamese letter would be mojibake ("Sóc TrÄƒng") and every item withheld.
    text = LEGACY_RSS.replace("windows-1258", name)
    parsed = parse_bytes(text.encode("utf-8"), "sai-khai-bao.xml")
    (item,) = parsed.bulletin.articles
    assert item.title == "Sóc Trăng tiếp nhận hồ sơ đất đai ở cấp xã"
    assert not [f for f in validate([parsed]) if f.rule.startswith("text.")]


def test_a_declared_single_byte_feed_whose_bytes_happen_to_be_utf8_keeps_its_declaration() -> None:
    # "CafÃ©" in Latin-1 is, byte for byte, "Café" in UTF-8; not being Vietnamese, it is read
    # as its declaration says.
    text = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel>'
        "<title>CafÃ© Paris</title><item><title>RÃ©sumÃ©</title></item></channel></rss>\n"
    )
    parsed = parse_bytes(text.encode("latin-1"), "latin.xml")
    assert parsed.bulletin.title == "CafÃ© Paris"


def test_a_declared_utf_16_feed_is_read() -> None:
    text = LEGACY_RSS.replace("windows-1258", "UTF-16")
    parsed = parse_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "u16.xml")
    assert parsed.bulletin.articles[0].title == "Sóc Trăng tiếp nhận hồ sơ đất đai ở cấp xã"


def test_html_named_entities_are_read_but_unknown_ones_refused_at_their_line() -> None:
    text = NEWS_RSS.replace("Tin tức trong ngày", "Tin tức&nbsp;trong ngày &hellip; &copy;")
    feed = parse_text(text, "entities.xml")
    assert feed.channel is not None and feed.channel.description == "Tin tức trong ngày … ©"
    broken = NEWS_RSS.replace("Tin tức trong ngày", "Tin tức &khongco;")
    with pytest.raises(MalformedBulletin, match="undefined entity") as error:
        parse_text(broken, "entities.xml")
    assert error.value.line == line_of(NEWS_RSS, "Tin tức trong ngày")


def test_an_external_dtd_is_named_but_never_loaded(tmp_path) -> None:
    secret = tmp_path / "secret.dtd"
    secret.write_text('<!ENTITY bimat "bí mật">', encoding="utf-8")
    declared = f'<!DOCTYPE rss SYSTEM "{secret.as_uri()}">\n'
    text = NEWS_RSS.replace("<rss version", declared + "<rss version", 1)
    feed = parse_text(text, "netscape.xml")  # RSS 0.91's DOCTYPE is allowed, and not read
    assert len(feed.articles) == 3
    with pytest.raises(MalformedBulletin, match="undefined entity"):
        parse_text(text.replace("Tin tức trong ngày", "&bimat;"), "netscape.xml")


def test_an_internal_dtd_subset_stays_refused() -> None:
    text = NEWS_RSS.replace("<rss version", '<!DOCTYPE rss [<!ENTITY x "y">]>\n<rss version', 1)
    with pytest.raises(MalformedBulletin, match="unsafe XML refused"):
        parse_text(text, "dtd.xml")


def test_xml_that_is_no_feed_is_not_a_bulletin() -> None:
    with pytest.raises(NotABulletin):
        parse_text('<?xml version="1.0"?>\n<html><body>Trang chủ</body></html>', "page.xml")


# ---------------------------------------------------------------- dates and HTML helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed, 01 Oct 2025 07:58:10 +0700", utc(2025, 10, 1, 0, 58, 10)),
        ("1 Oct 2025 07:58 +0700", utc(2025, 10, 1, 0, 58)),
        ("Wed, 01 Oct 25 07:58:10 GMT", utc(2025, 10, 1, 7, 58, 10)),
        ("Tue, 30 Sep 2025 20:00:00 EST", utc(2025, 10, 1, 1, 0)),
        ("2025-10-01T07:58:10+07:00", utc(2025, 10, 1, 0, 58, 10)),
        ("2025-10-01T00:58:10Z", utc(2025, 10, 1, 0, 58, 10)),
        ("2025-10-01T00:58:10.25Z", utc(2025, 10, 1, 0, 58, 10, 250000)),
        ("2025-10-01", utc(2025, 9, 30, 17)),  # no zone: Vietnam's clock
        ("20251001T005810Z", utc(2025, 10, 1, 0, 58, 10)),
    ],
)
def test_feed_dates_in_any_offset_are_read_to_utc(text: str, expected: dt.datetime) -> None:
    parsed = parse_feed_date(text)
    assert parsed is not None and parsed.utc == expected


@pytest.mark.parametrize("text", ["hôm qua", "yesterday", "", "  ", "1 2 3", None])
def test_text_that_is_no_date_is_told_apart(text: str | None) -> None:
    assert parse_feed_date(text) is None


@pytest.mark.parametrize("text", ["Tue, 31 Sep 2025 07:00:00 +0700", "2025-02-30T00:00:00Z"])
def test_an_impossible_date_has_a_date_shape_but_no_instant(text: str) -> None:
    parsed = parse_feed_date(text)
    assert parsed is not None and parsed.utc is None


def test_html_keeps_text_and_drops_images_links_and_scripts() -> None:
    html = (
        '<div><a href="/x"><img src="a.jpg" alt="ảnh"></a></br>Đoạn một <a href="/y">có liên kết'
        "</a>.<script>alert(1)</script></div>\n<p>Đoạn hai<br>cùng dòng.</p>\n<ul><li>Ý một</li></ul>"
    )
    assert [(p.text, p.line) for p in html_paragraphs(html, 10)] == [
        ("Đoạn một có liên kết.", 10),
        ("Đoạn hai cùng dòng.", 11),
        ("Ý một", 12),
    ]


_EMPTY_CONTENT_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Sở Nội vụ</title>
<link>https://snv.example</link>
<lastBuildDate>Tue, 02 Dec 2025 09:15:00 +0700</lastBuildDate>
<item>
<title>Xã B số hóa hồ sơ</title>
<pubDate>Mon, 01 Dec 2025 07:30:00 +0700</pubDate>
<description><![CDATA[<p>Xã B đã số hóa 100% hồ sơ.</p>]]></description>
<content:encoded><![CDATA[ CONTENT ]]></content:encoded>
</item>
</channel>
</rss>
"""


@pytest.mark.parametrize(
    "content", ["<p>&nbsp;</p>", "<p> </p>\n<p><img src='a.jpg' alt='Ảnh'/></p>", "<br/>"]
)
def test_a_content_of_markup_alone_leaves_the_description_to_give_the_body(content: str) -> None:
    """A content:encoded that holds only markup and spaces gave an item with no body
    (article.empty: the item withheld) while its description held the text."""
    feed = parse_text(_EMPTY_CONTENT_RSS.replace("CONTENT", content), "feed.xml")
    (item,) = feed.articles
    assert [(p.text, p.line) for p in item.paragraphs] == [
        ("Xã B đã số hóa 100% hồ sơ.", line_of(_EMPTY_CONTENT_RSS, "Xã B đã số hóa"))
    ]


def test_an_atom_content_elsewhere_leaves_the_summary_to_give_the_body() -> None:
    """ "<content src=…>" holds no body (RFC 4287: the summary stands for it)."""
    atom = ATOM
    feed = parse_text(atom, "atom.xml")
    first = feed.articles[0]
    start = atom.index("<content")
    end = atom.index("</content>", start) + len("</content>")
    moved = (
        atom[:start]
        + '<content type="html" src="https://bacninh.example/body"/>'
        + "<summary>Tóm tắt: kết quả được trả tại nhà.</summary>"
        + atom[end:]
    )
    elsewhere = parse_text(moved, "atom.xml").articles[0]
    assert first.paragraphs and [p.text for p in elsewhere.paragraphs] == [
        "Tóm tắt: kết quả được trả tại nhà."
    ]


def test_an_atom_text_content_is_read_as_text_not_as_html() -> None:
    """ "type='text'" (and no type) is plain text: a blank line parts its paragraphs, and what
    looks like a tag is what the writer typed."""
    start = ATOM.index("<content")
    end = ATOM.index("</content>", start) + len("</content>")
    text = (
        '<content type="text">Hồ sơ được trả tại nhà trong 3 ngày.\n\n'
        "Mẫu tờ khai ghi rõ &lt;Họ và tên&gt; của người nộp.</content>"
    )
    (first, *_) = parse_text(ATOM[:start] + text + ATOM[end:], "atom.xml").articles
    assert [p.text for p in first.paragraphs] == [
        "Hồ sơ được trả tại nhà trong 3 ngày.",
        "Mẫu tờ khai ghi rõ <Họ và tên> của người nộp.",
    ]


# ---------------------------------------------------------------- titles escaped twice


def _feed_titled(title: str, atom: bool = False) -> str:
    if atom:
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
            f"<title>{title}</title><id>urn:x</id><updated>2025-12-02T08:00:00+07:00</updated>\n"
            f'<entry><title type="text">{title}</title><id>urn:1</id>'
            "<updated>2025-12-02T08:00:00+07:00</updated><summary>Người dân hài lòng.</summary>"
            "</entry>\n</feed>\n"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
        f"<title>{title}</title><link>https://vidu.example</link>\n"
        "<lastBuildDate>Tue, 02 Dec 2025 09:00:00 +0700</lastBuildDate>\n"
        f"<item><title>{title}</title><link>https://vidu.example/1</link>"
        "<description>Người dân hài lòng.</description>"
        "<pubDate>Tue, 02 Dec 2025 08:00:00 +0700</pubDate></item>\n</channel></rss>\n"
    )


@pytest.mark.parametrize("atom", [False, True], ids=["rss", "atom"])
@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Bình Định: &amp;quot;Một cửa&amp;quot; thân thiện", 'Bình Định: "Một cửa" thân thiện'),
        ("Hà Nam: Cấp căn cước &amp;#8211; tại nhà", "Hà Nam: Cấp căn cước – tại nhà"),
        ("Số hóa &amp;amp; chuyển đổi số", "Số hóa & chuyển đổi số"),
        ("R&amp;D cho chính quyền số", "R&D cho chính quyền số"),  # escaped once: as it is
        ("Giá &amp;gt 5 triệu", "Giá &gt 5 triệu"),  # no reference without its ";"
        ("&lt;b&gt;Bình Định&lt;/b&gt;: Một cửa", "Bình Định: Một cửa"),
        ("Hồ sơ &amp;lt;strong&amp;gt;trực tuyến&amp;lt;/strong&amp;gt;", "Hồ sơ trực tuyến"),
        ("Tỷ lệ trễ hạn &amp;lt;5%", "Tỷ lệ trễ hạn <5%"),  # no tag: kept as printed
    ],
)
def test_a_title_escaped_twice_is_read_as_its_page_shows_it(
    printed: str, read: str, atom: bool
) -> None:
    feed = parse_text(_feed_titled(printed, atom), "twice.xml")
    assert feed.title == read
    assert [a.title for a in feed.articles] == [read]


# ---------------------------------------------------------------- prefixes used undeclared

_UNDECLARED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<!-- a comment <rss> before the root -->\n"
    '<rss version="2.0"><channel><title>Cổng TTĐT Ví Dụ</title><link>https://vidu.example</link>\n'
    "<lastBuildDate>Tue, 02 Dec 2025 09:00:00 +0700</lastBuildDate>\n"
    "<item><title>Hà Nam: Cấp căn cước tại nhà</title><link>https://vidu.example/1</link>\n"
    "<{prefix}:creator>Thu Hà</{prefix}:creator>\n"
    "<description>Người cao tuổi được cấp căn cước tại nhà.</description>\n"
    "<pubDate>Tue, 02 Dec 2025 08:00:00 +0700</pubDate></item>\n"
    "</channel></rss>\n"
)


@pytest.mark.parametrize("prefix", ["dc", "media", "content", "atom"])
def test_a_known_prefix_used_undeclared_is_read_as_feed_readers_read_it(prefix: str) -> None:
    feed = parse_text(_UNDECLARED.format(prefix=prefix), "undeclared.xml")
    assert [a.title for a in feed.articles] == ["Hà Nam: Cấp căn cước tại nhà"]
    assert feed.articles[0].title_line == 5  # the lines are the file's own
    assert [p.text for p in feed.articles[0].paragraphs] == [
        "Người cao tuổi được cấp căn cước tại nhà."
    ]


def test_an_unknown_prefix_used_undeclared_stays_refused_at_its_line() -> None:
    with pytest.raises(MalformedBulletin) as raised:
        parse_text(_UNDECLARED.format(prefix="vd"), "undeclared.xml")
    assert raised.value.line == 6
    assert "unbound prefix" in raised.value.reason


# ---------------------------------------------------------------- ampersands left bare

_BARE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<rss version="2.0"><channel><title>Sở KH&CN tỉnh Ví Dụ</title>\n'
    "<link>https://vidu.example/rss?cat=1&lang=vi</link>\n"
    "<lastBuildDate>Tue, 02 Dec 2025 09:00:00 +0700</lastBuildDate>\n"
    "<item><title>R&D cho chính quyền số &copy 2025</title>\n"
    "<link>https://vidu.example/tin?id=1&cat=2</link><dc:creator>Thu Hà</dc:creator>\n"
    "<description><![CDATA[<p>Khoa học &amp; công nghệ, R&D.</p>]]></description>\n"
    "<pubDate>Tue, 02 Dec 2025 08:00:00 +0700</pubDate></item>\n"
    "</channel></rss>\n"
)


def test_ampersands_left_bare_are_read_as_printed_and_cdata_is_untouched() -> None:
    feed = parse_text(_BARE, "bare.xml")
    assert feed.title == "Sở KH&CN tỉnh Ví Dụ"
    assert (
        feed.channel is not None and feed.channel.link == "https://vidu.example/rss?cat=1&lang=vi"
    )
    (item,) = feed.articles
    assert item.title == "R&D cho chính quyền số &copy 2025"  # no ";": no reference
    assert item.url == "https://vidu.example/tin?id=1&cat=2"
    assert [p.text for p in item.paragraphs] == ["Khoa học & công nghệ, R&D."]
    assert item.title_line == 5


_LATE_DECLARATION = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<rss version="2.0"><channel><title>Sở Nội vụ</title>\n'
    "<link>https://sonoivu.vidu.example/</link><description>Tin</description>\n"
    "<item><title>Hồ sơ trực tuyến đạt 92%</title>\n"
    "<link>https://sonoivu.vidu.example/tin-1</link>\n"
    "<pubDate>Tue, 02 Dec 2025 08:00:00 +0700</pubDate></item>\n"
    "</channel></rss>\n"
)


@pytest.mark.parametrize("before", ["\n", "\n\n  ", "\r\n\t"])
def test_blank_lines_before_the_xml_declaration_are_skipped_and_lines_kept(before: str) -> None:
    """A template that prints blank lines before the declaration: feed readers skip them (expat
    refused the whole file); the item keeps the line it is on."""
    feed = parse_text(before + _LATE_DECLARATION, "late.xml")
    (item,) = feed.articles
    assert item.title == "Hồ sơ trực tuyến đạt 92%"
    assert item.title_line == 4 + before.count("\n")


def _one_item_feed(item: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>\n'
        "<title>Tin Sở Nội vụ</title><link>https://sonoivu.vidu.example/</link>\n"
        "<description>Tin</description>\n"
        "<item><title>Yên Bái: 18/20 xã dùng chữ ký số</title>\n"
        "<link>https://sonoivu.vidu.example/tin-2</link>\n"
        "<pubDate>Tue, 02 Dec 2025 08:00:00 +0700</pubDate>\n"
        f"{item}\n</item></channel></rss>\n"
    )


def _body_of(item: str, name: str) -> list[str]:
    """The paragraphs of the one item of ``_one_item_feed(item)``, read from a file ``name``."""
    (article,) = parse_text(_one_item_feed(item), name).articles
    return [p.text for p in article.paragraphs]


def test_an_instant_articles_header_is_no_part_of_the_body() -> None:
    """NukeViet's feeds give an Instant Article: its header repeats the title, the lead, the
    category and the time, and a document's head holds a title. Only the paragraphs are the
    body (the header's lead made each figure twice)."""
    content = (
        "<content:encoded><![CDATA[<!doctype html><html><head><title>Yên Bái</title></head>"
        "<body><article><header><figure><img src='a.jpg'/><figcaption>Yên Bái: 18/20 xã dùng"
        " chữ ký số</figcaption></figure><h1>Yên Bái: 18/20 xã dùng chữ ký số</h1><h2>Tỉnh có"
        " 18/20 xã (90%) dùng chữ ký số.</h2><h3 class='op-kicker'>Chuyển đổi số</h3><time>"
        "08:00 02/12/2025</time></header><p>Tỉnh có 18/20 xã (90%) dùng chữ ký số.</p>"
        "<p>Mục tiêu năm tới là 100%.</p></article></body></html>]]></content:encoded>"
    )
    assert _body_of(content, "ia.xml") == [
        "Tỉnh có 18/20 xã (90%) dùng chữ ký số.",
        "Mục tiêu năm tới là 100%.",
    ]


def test_joomlas_read_more_link_is_no_part_of_the_body() -> None:
    description = (
        '<description><![CDATA[<p>Tỉnh có 18/20 xã dùng chữ ký số.</p><p class="feed-readmore">'
        '<a target="_blank" href="https://sonoivu.vidu.example/tin-2">Đọc thêm ...</a></p>'
        "]]></description>"
    )
    assert _body_of(description, "joomla.xml") == ["Tỉnh có 18/20 xã dùng chữ ký số."]


def test_a_body_escaped_twice_is_read_as_its_page_shows_it() -> None:
    """ "&amp;lt;p&amp;gt;": after the XML's references, tags as text; the page shows no tags."""
    description = (
        "<description>&amp;lt;p&amp;gt;Tỉnh có 18/20 xã dùng chữ ký số.&amp;lt;/p&amp;gt;"
        "&amp;lt;p&amp;gt;Tỷ lệ đạt 90%.&amp;lt;/p&amp;gt;</description>"
    )
    assert _body_of(description, "twice.xml") == [
        "Tỉnh có 18/20 xã dùng chữ ký số.",
        "Tỷ lệ đạt 90%.",
    ]


def test_a_body_that_prints_a_tag_as_text_keeps_it() -> None:
    """Markup of its own, and "&lt;p&gt;" written about: the text it shows stays."""
    description = "<description><![CDATA[<p>Thẻ &lt;p&gt; mở một đoạn.</p>]]></description>"
    assert _body_of(description, "about.xml") == ["Thẻ <p> mở một đoạn."]


def test_markup_that_no_repair_explains_stays_refused_at_the_first_error() -> None:
    broken = _BARE.replace("<title>R&D", "<title>R&D <b 5 lần")  # a tag left open
    with pytest.raises(MalformedBulletin) as raised:
        parse_text(broken, "broken.xml")
    assert raised.value.line == 2  # the first error, "KH&CN", before any repair
    assert "not well-formed" in raised.value.reason


# ---------------------------------------------------------------- control characters XML forbids

_CONTROLS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<rss version="2.0"><channel><title>Sở Nội vụ tỉnh Ví Dụ</title>\n'
    "<link>https://vidu.example/</link>\n"
    "<lastBuildDate>Tue, 02 Dec 2025 09:00:00 +0700</lastBuildDate>\n"
    "<item><title>Hội nghị\x0bchuyển đổi số</title>\n"
    "<link>https://vidu.example/tin?id=1&cat=2</link>\n"
    "<description><![CDATA[<p>Tỉnh đã số hóa\x08 85% hồ sơ.</p>\n<p>Hết bài.</p>]]></description>\n"
    "<pubDate>Tue, 02 Dec 2025 08:00:00 +0700</pubDate></item>\n"
    "</channel></rss>\n"
)


def test_a_control_character_xml_forbids_is_reported_where_it_is_not_a_lost_feed() -> None:
    # A backspace pasted from a word processor (and a bare "&" too): the feed is read, and the
    # character reaches text.control-char at its own line, instead of the whole feed refused.
    feed = parse_text(_CONTROLS, "controls.xml")
    (item,) = feed.articles
    assert item.title == "Hội nghị chuyển đổi số"  # a vertical tab is white space
    assert [p.text for p in item.paragraphs] == ["Tỉnh đã số hóa\x08 85% hồ sơ.", "Hết bài."]
    assert [(p.line) for p in item.paragraphs] == [7, 8]
    found = [(f.rule, f.line) for f in validate_bulletins([feed]) if f.rule.startswith("text.")]
    assert found == [("text.control-char", 7)]


def test_a_stand_in_already_in_the_feed_is_never_turned_into_a_control_character() -> None:
    held = _CONTROLS.replace("Hết bài.", "Hết bài \U00100008.")
    with pytest.raises(MalformedBulletin):
        parse_text(held, "held.xml")  # the repair does not apply: the feed stays refused
    clean = _CONTROLS.replace("\x08", "").replace("\x0b", " ").replace("Hết bài.", "\U00100008")
    (item,) = parse_text(clean, "clean.xml").articles
    assert item.paragraphs[-1].text == "\U00100008"


@pytest.mark.parametrize(
    ("printed", "resolved"),
    [
        ("/tin/mot-cua.html", "https://sonoivu.example.vn/tin/mot-cua.html"),
        ("tin/mot-cua.html", "https://sonoivu.example.vn/tin/mot-cua.html"),
        ("https://khac.example.vn/a.html", "https://khac.example.vn/a.html"),
    ],
)
def test_an_rss_items_relative_link_is_resolved_against_the_channels(
    printed: str, resolved: str
) -> None:
    """A site that prints its items' links relative to itself: "/tin/…" was published as the
    item's address, which no consumer can open."""
    text = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        "<title>Tin</title><link>https://sonoivu.example.vn/</link>"
        "<lastBuildDate>Thu, 05 Dec 2024 09:00:00 +0700</lastBuildDate>"
        f"<item><title>Một cửa</title><link>{printed}</link>"
        "<description>Nội dung.</description>"
        "<pubDate>Thu, 05 Dec 2024 08:00:00 +0700</pubDate></item></channel></rss>\n"
    )
    (item,) = parse_text(text, "rel.xml").articles
    assert item.url == resolved
