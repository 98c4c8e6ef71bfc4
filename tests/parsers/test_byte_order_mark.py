"""A byte-order mark tells the encoding; it is never part of the decoded text."""

from __future__ import annotations

import codecs

import pytest

from bantin.model import SourceFormat
from bantin.parsers.decode import decode_bytes
from tests.parsers.fixtures import FEED_XML, PRINT_DIGEST, WEB_DIGEST

BOMS = [
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
]


@pytest.mark.parametrize("text", [WEB_DIGEST, PRINT_DIGEST, FEED_XML], ids=["web", "print", "xml"])
@pytest.mark.parametrize(("bom", "codec", "encoding"), BOMS, ids=["utf8", "utf16le", "utf16be"])
def test_the_decoded_text_has_no_byte_order_mark(
    text: str, bom: bytes, codec: str, encoding: str
) -> None:
    decoded = decode_bytes(bom + text.encode(codec), "bom.txt")
    assert decoded.encoding == encoding
    # Exactly the text that was written: the first line (web title, XML declaration) starts at
    # its first character, and nothing else was lost.
    assert decoded.text == text
    assert "\ufeff" not in decoded.text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('\ufeff<?xml version="1.0"?><rss version="2.0"><channel/></rss>', SourceFormat.FEED_XML),
        ("\ufeffBản tin Cải cách hành chính ngày 02/5/2024\n", SourceFormat.WEB_TEXT),
    ],
)
def test_format_detection_sees_past_a_byte_order_mark(text: str, found: SourceFormat) -> None:
    # detect_format is public: a text decoded by someone else may keep its mark.
    from bantin.parsers import detect_format

    assert detect_format(text) is found


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_told_by_its_zero_bytes(codec: str) -> None:
    # Some Windows tools write UTF-16 with no mark: half the bytes of Vietnamese text are zeros.
    decoded = decode_bytes(PRINT_DIGEST.encode(codec), "no-bom.txt")
    assert (decoded.encoding, decoded.text) == ("utf-16", PRINT_DIGEST)
