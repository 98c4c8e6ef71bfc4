"""Feeds cut short or dated another way, and bad first lines, still give lines and dates."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.errors import MalformedBulletin
from bantin.model import ParsedSource
from bantin.parsers import parse_text
from bantin.parsers.digest import split_page
from bantin.parsers.feed_html import without_shortcodes
from bantin.parsers.feed_text import parse_feed_text
from bantin.validators import validate
from tests.parsers.fixtures import FEED_TEXT, FEED_XML, PRINT_DIGEST


@pytest.mark.parametrize("cut", ["before its closing line", "inside its last paragraph"])
def test_a_feed_cut_short_is_refused_at_its_last_line(cut: str) -> None:
    """Every item of a flattened feed ends with "]]>": a file that ends inside an item was cut
    short (a download stopped, a copy missed its end). Its last item was published with the
    text it had, a paragraph cut mid-word included, and no word of it; the file is refused."""
    text = FEED_TEXT.rsplit("\n]]>", 1)[0]
    if cut == "inside its last paragraph":
        text = text[: text.rindex(" ")]
    with pytest.raises(MalformedBulletin) as error:
        parse_text(text, "feed.txt")
    assert (error.value.source, error.value.line) == (
        "feed.txt",
        len(text.rstrip("\n").split("\n")),
    )
    assert "inside item 2 (its line 9)" in error.value.reason and "cut short" in error.value.reason


def test_a_flattened_feed_must_start_with_its_channel_line() -> None:
    with pytest.raises(MalformedBulletin) as error:
        parse_feed_text("\n\nTin vắn trong ngày\n", "feed.txt")
    assert (error.value.source, error.value.line) == ("feed.txt", 3)


def test_an_rss_channel_without_last_build_date_is_dated_by_its_pub_date() -> None:
    text = FEED_XML.replace("lastBuildDate>", "pubDate>", 2)
    bulletin = parse_text(text, "feed.xml")
    assert bulletin.issue_date == dt.date(2025, 1, 6)
    assert bulletin.channel is not None and bulletin.channel.line == 7


def test_a_toc_line_without_a_page_keeps_its_title_without_leaders() -> None:
    assert split_page("Lào Cai: Số hóa kết quả.....") == ("Lào Cai: Số hóa kết quả", None)


def test_a_print_digest_without_issue_date_is_refused_naming_the_file() -> None:
    text = PRINT_DIGEST.replace("Phát hành: 03/01/2025", "")
    with pytest.raises(MalformedBulletin) as error:
        parse_text(text, "print.txt")
    assert error.value.source == "print.txt"
    assert str(error.value).startswith("print.txt")


@pytest.mark.parametrize(
    ("printed", "exists"),
    [("31 Sep 2025", False), ("Wed, 31 Sep 2025 07:30 GMT+7", False), ("30 Sep 2025", True)],
)
def test_an_item_date_without_time_or_with_an_odd_zone_is_still_checked(
    printed: str, exists: bool
) -> None:
    text = FEED_XML.replace("Mon, 06 Jan 2025 07:30:00 +0700", printed)
    found = validate([ParsedSource("feed.xml", "a" * 64, parse_text(text, "feed.xml"))])
    impossible = [(f.line, f.message) for f in found if f.rule == "date.impossible"]
    assert impossible == ([] if exists else [(13, f"item date {printed!r} does not exist")])


#: A caption shortcode a feed printed raw around its image, and media shortcodes alone.
_CAPTION = (
    '[caption id="attachment_512" align="aligncenter" width="800"]<img src="a.jpg" alt="" '
    'width="800" height="533" /> Cán bộ hướng dẫn người dân nộp hồ sơ.[/caption]'
)


def test_a_feed_prints_wordpress_shortcodes_raw_and_they_are_left_out() -> None:
    """Shortcodes a site left unexpanded in its feed ("[caption id=…]…[/caption]", "[gallery
    ids=…]", "[embed]…[/embed]") were published in the paragraphs as text; a caption keeps its
    words, as an expanded one shows them."""
    paragraphs = "\n".join(
        [
            "<p>Tỉnh Hà Nam giảm 30% thời gian.</p>",
            _CAPTION,
            '<p>[gallery ids="12,13,14"]</p>',
            "<p>[embed]https://video.example.vn/hop-bao[/embed]</p>",
            "<p>Người dân <b>hài lòng</b>.</p>",
        ]
    )
    start = FEED_XML.index("<p>Tỉnh Hà Nam")
    end = FEED_XML.index("]]></content:encoded>")
    feed = parse_text(FEED_XML[:start] + paragraphs + FEED_XML[end:], "feed.xml")
    assert [(p.text, p.line) for p in feed.articles[0].paragraphs] == [
        ("Tỉnh Hà Nam giảm 30% thời gian.", 15),
        ("Cán bộ hướng dẫn người dân nộp hồ sơ.", 16),
        ("Người dân hài lòng.", 19),
    ]


def test_a_flattened_feed_keeps_a_captions_words_without_its_shortcode() -> None:
    flattened = FEED_TEXT.replace(
        "Cán bộ Bộ phận Một cửa hướng dẫn người dân\nCán bộ Bộ phận Một cửa hướng dẫn người dân",
        '[caption id="attachment_512" align="alignnone" width="800"] Cán bộ Bộ phận Một cửa hướng'
        " dẫn người dân[/caption]\nCán bộ Bộ phận Một cửa hướng dẫn người dân\n\n"
        '[gallery ids="12,13"]',
    )
    assert flattened != FEED_TEXT
    got = parse_text(flattened, "feed.txt").articles[0]
    want = parse_text(FEED_TEXT, "feed.txt").articles[0]
    assert [(p.text, p.line) for p in got.paragraphs] == [(p.text, p.line) for p in want.paragraphs]


def test_brackets_that_are_no_shortcode_stay() -> None:
    assert without_shortcodes("Chỉ số [1] và [Về đầu trang]") == "Chỉ số [1] và [Về đầu trang]"
    assert without_shortcodes("Xem [video]https://v.example/a.mp4[/video] tại đây") == "Xem tại đây"


#: What a tag-stripping flattener leaves of an item's description when Yoast SEO adds its footer
#: to it ("… [&#8230;]<p>Bài viết … xuất hiện đầu tiên vào ngày ….</p>"): the footer, or the
#: excerpt and the footer, and the CDATA's "]]>", before the item's content.
_DESCRIPTIONS = {
    "the footer alone": ["Bài viết Hà Nội mở rộng dịch vụ công xuất hiện đầu tiên vào ngày Tin."],
    "the excerpt and the footer": [
        "Thành phố Hà Nội mở rộng dịch vụ công [&#8230;]",
        "The post Hà Nội mở rộng dịch vụ công appeared first on Tin địa phương.",
    ],
    "the excerpt alone": ["Thành phố Hà Nội mở rộng [...]"],
}


def _second_item_described(description: list[str]) -> str:
    lines = FEED_TEXT.split("\n")
    at = lines.index("Thành phố Hà Nội mở rộng dịch vụ công trực tuyến.") - 1
    return "\n".join([*lines[:at], "", *description, "", "]]>", *lines[at:]])


@pytest.mark.parametrize("shape", sorted(_DESCRIPTIONS))
def test_an_items_description_before_its_content_is_no_part_of_the_article(shape: str) -> None:
    """A WordPress item holds its description, then its content. A description with markup in
    it (as Yoast's footer gives every item) leaves a line or two and a "]]>" before the content:
    the item is the content alone, at its own lines, and ends at the content's "]]>"."""
    plain = parse_text(FEED_TEXT, "feed.txt").articles
    text = _second_item_described(_DESCRIPTIONS[shape])
    moved = len(_DESCRIPTIONS[shape]) + 3
    got = parse_text(text, "feed.txt").articles
    assert [a.title for a in got] == [a.title for a in plain]
    assert [p.text for p in got[1].paragraphs] == [p.text for p in plain[1].paragraphs]
    assert [p.line for p in got[1].paragraphs] == [p.line + moved for p in plain[1].paragraphs]
    assert (got[1].title_line, got[1].line_end) == (plain[1].title_line, plain[1].line_end + moved)


@pytest.mark.parametrize(
    ("before", "after", "line"),
    [
        # A whole article, not a description (four lines, no footer or "[…]" at its end).
        (["Đoạn một.", "Đoạn hai.", "Đoạn ba.", "Đoạn bốn […]"], "Văn bản tiếp theo.", 17),
        (["Thành phố Hà Nội mở rộng dịch vụ công trực tuyến."], "Văn bản tiếp theo.", 14),
        # An item's line broken by its flattener (no date): never read as the content.
        (["Thành phố Hà Nội mở rộng […]"], "Tin mới https://tin.example.vn/moi/", 14),
    ],
)
def test_what_follows_an_items_end_is_content_only_after_a_description(
    before: list[str], after: str, line: int
) -> None:
    """Only a description (a line or three ending with a syndication footer or an excerpt's
    "[…]") may come before an item's content; any other line after a "]]>" that is no item's
    line leaves the file malformed at that line, never read as the item's text."""
    lines = FEED_TEXT.split("\n")
    at = lines.index("Thành phố Hà Nội mở rộng dịch vụ công trực tuyến.") - 1
    text = "\n".join([*lines[:at], "", *before, "", "]]>", after, *lines[at:]])
    with pytest.raises(MalformedBulletin) as error:
        parse_text(text, "feed.txt")
    assert error.value.line == line and "expected an item line" in error.value.reason


def test_an_item_has_one_description_at_most() -> None:
    """An item holds a description and a content: a third part (here the content after two
    footers each ended by "]]>") is no item's line, and the file is malformed there."""
    lines = FEED_TEXT.split("\n")
    at = lines.index("Thành phố Hà Nội mở rộng dịch vụ công trực tuyến.") - 1
    footer = "Bài viết Hà Nội xuất hiện đầu tiên vào ngày Tin."
    text = "\n".join([*lines[:at], "", footer, "]]>", footer, "]]>", *lines[at:]])
    with pytest.raises(MalformedBulletin) as error:
        parse_text(text, "feed.txt")
    assert error.value.line == 16


def _feed_with_first_item(body: list[str]) -> str:
    """FEED_TEXT with its first item's text and "]]>" replaced by ``body``."""
    lines = FEED_TEXT.split("\n")
    second = next(i for i, line in enumerate(lines) if line.startswith("Hà Nội mở rộng"))
    return "\n".join([lines[0], *body, *lines[second:]])


def test_an_item_with_no_text_at_all_is_read_empty_and_the_next_item_stays_its_own() -> None:
    """An item whose content was empty leaves no "]]>" (its CDATA went with the tags around it):
    the next item's line follows its own. Both items are read, the first empty (reported by
    `article.empty`), and the second keeps its text: it was once read as the first's."""
    got = parse_text(_feed_with_first_item([""]), "feed.txt").articles
    assert [a.title for a in got] == [
        "Hà Nam: Giảm 30% thời gian xử lý hồ sơ",
        "Hà Nội mở rộng dịch vụ công",
    ]
    assert got[0].paragraphs == () and got[0].line_end == 1
    assert [p.text for p in got[1].paragraphs] == [
        "Thành phố Hà Nội mở rộng dịch vụ công trực tuyến."
    ]
    assert got[1].title_line == 3
    parsed = parse_text(_feed_with_first_item([]), "feed.txt")
    findings = validate([ParsedSource("feed.txt", "a" * 64, parsed)])
    assert [(f.rule, f.line) for f in findings if f.rule == "article.empty"] == [
        ("article.empty", 1)
    ]


def test_an_items_text_with_no_closing_mark_before_the_next_item_is_refused() -> None:
    """Text followed by the next item's line with no "]]>" between was cut: the file is malformed
    at that line, never published with one item's text under the other's title."""
    text = _feed_with_first_item(["", "Tỉnh Hà Nam giảm 30% thời gian xử lý hồ sơ.", ""])
    with pytest.raises(MalformedBulletin) as error:
        parse_text(text, "feed.txt")
    assert error.value.line == 5 and "not closed by ']]>'" in error.value.reason
