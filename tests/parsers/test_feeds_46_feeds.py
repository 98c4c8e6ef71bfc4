"""Feeds in forms session 46 found misread: each test holds a small feed of its own in that form
(made-up sites and sentences, in the shapes Vietnamese portals and papers publish)."""

from __future__ import annotations

import pytest

from bantin.parsers import parse_bytes
from bantin.parsers.text import words_kept_apart


def _bodies(text: str, name: str = "tin.xml") -> list[str]:
    """The body of each item of a feed, as published."""
    bulletin = parse_bytes(text.encode("utf-8"), name).bulletin
    return [article.body for article in bulletin.articles]


# ---------------------------------------------------------------- a zero-width space by an abbreviation

#: A portal's item whose editor left a zero-width space, raw and as a reference, where a space
#: was meant, next to an abbreviation in capitals.
ZERO_WIDTH_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng TTĐT xã Mẫu</title><link>https://xamau.example.gov.vn</link>
<item><title>Họp giao ban</title><link>https://xamau.example.gov.vn/1</link>
<pubDate>Mon, 01 Dec 2025 08:00:00 +0700</pubDate>
<description><![CDATA[<p>UBND&#8203;xã giao Phòng Văn hóa\u200bXã hội cùng HĐND\u200bTỉnh
rà soát; Chủ tịch\u200bUBND ký 12 quyết định.</p>]]></description></item>
</channel></rss>
"""


def test_a_zero_width_space_next_to_an_abbreviation_is_a_space() -> None:
    (body,) = _bodies(ZERO_WIDTH_RSS)
    assert body == (
        "UBND xã giao Phòng Văn hóa Xã hội cùng HĐND Tỉnh rà soát; Chủ tịch UBND ký 12 quyết định."
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("UBND\u200btỉnh", "UBND tỉnh"),
        ("tỉnh\u200bUBND", "tỉnh UBND"),
        ("CCHC\u200bnăm", "CCHC năm"),
        # An abbreviation cut in two, or a word cut inside, stays one.
        ("UB\u200bND", "UBND"),
        ("s\u200bơ", "sơ"),
        ("COVID\u200b-19", "COVID-19"),
    ],
)
def test_an_abbreviation_and_a_syllable_are_two_words(text: str, read: str) -> None:
    assert words_kept_apart(text).replace("\u200b", "") == read
