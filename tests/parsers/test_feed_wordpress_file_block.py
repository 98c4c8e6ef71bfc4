"""WordPress's file block ends a post with the file's link and a download button ("Tải xuống"),
written with nothing between them: the button's label is no text of the article, and was glued
to the file's name ("…năm 2026Tải xuống"). Made-up portal, posts and files."""

from __future__ import annotations

from bantin.parsers import parse_bytes
from bantin.validators import validate

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Sở Nội vụ tỉnh Mẫu</title><link>https://snv.example.gov.vn</link>
<lastBuildDate>Fri, 04 Dec 2026 02:00:00 +0000</lastBuildDate>
<item><title>Ban hành kế hoạch cải cách hành chính năm 2027</title>
<link>https://snv.example.gov.vn/ke-hoach-2027/</link>
<pubDate>Fri, 04 Dec 2026 01:30:00 +0000</pubDate>
<content:encoded><![CDATA[<p>UBND tỉnh ban hành kế hoạch với 42 nhiệm vụ trọng tâm.</p>
{block}
]]></content:encoded></item>
</channel></rss>
"""

FILE_BLOCK = (
    '<div class="wp-block-file"><object class="wp-block-file__embed" '
    'data="https://snv.example.gov.vn/files/ke-hoach.pdf" type="application/pdf" '
    'aria-label="Nhúng Kế hoạch."></object><a id="wp-block-file--media-7" '
    'href="https://snv.example.gov.vn/files/ke-hoach.pdf">Kế hoạch cải cách hành chính năm 2027</a>'
    '<a href="https://snv.example.gov.vn/files/ke-hoach.pdf" '
    'class="wp-block-file__button wp-element-button" download '
    'aria-describedby="wp-block-file--media-7">Tải xuống</a></div>'
)


def _paragraphs(block: str) -> list[str]:
    bulletin = parse_bytes(FEED.format(block=block).encode("utf-8"), "snv.xml").bulletin
    return [p.text for p in bulletin.articles[0].paragraphs]


def test_the_download_button_s_label_is_not_glued_to_the_file_s_name() -> None:
    assert _paragraphs(FILE_BLOCK) == [
        "UBND tỉnh ban hành kế hoạch với 42 nhiệm vụ trọng tâm.",
        "Kế hoạch cải cách hành chính năm 2027",
    ]


def test_a_file_block_in_an_older_form_reads_alike() -> None:
    block = (
        '<div class="wp-block-file"><a href="/files/ke-hoach.pdf">Kế hoạch năm 2027</a>'
        '<a href="/files/ke-hoach.pdf" class="wp-block-file__button" download>Download</a></div>'
    )
    assert _paragraphs(block)[1:] == ["Kế hoạch năm 2027"]


def test_another_button_keeps_its_label() -> None:
    block = (
        '<div class="wp-block-buttons"><div class="wp-block-button">'
        '<a class="wp-block-button__link wp-element-button" href="https://dvc.example.gov.vn">'
        "Nộp hồ sơ trực tuyến</a></div></div>"
    )
    assert _paragraphs(block)[1:] == ["Nộp hồ sơ trực tuyến"]


def test_the_post_has_no_finding() -> None:
    parsed = parse_bytes(FEED.format(block=FILE_BLOCK).encode("utf-8"), "snv.xml")
    assert [f.rule for f in validate([parsed])] == []
