"""Telling whether a feed's text is Vietnamese, markup left out, in time linear in its length."""

from __future__ import annotations

import time

from bantin.parsers.decode import decode_bytes
from tests.parsers.test_decode import encode_cp1258

_HEAD = '<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel><title>Tin'
#: A comparison printed again and again with no tag after it (a feed cut short in a CDATA).
_COMPARISONS = "</title><description><![CDATA[" + "ty le ho so < 5 ngay " * 16_000


def _decode_seconds(declared: str, body: str, encoding: str = "") -> float:
    data = (_HEAD.format(encoding=declared) + body).encode(encoding or declared)
    started = time.process_time()
    decode_bytes(data, "tin.xml")
    return time.process_time() - started


def test_a_western_declared_feed_of_many_comparisons_is_decoded_in_linear_time() -> None:
    """16,000 "<" without a ">" after them: markup was looked for to the end of the text from each
    "<" (seconds); each look stops at the next "<" now."""
    assert _decode_seconds("ISO-8859-1", _COMPARISONS) < 1.0


def test_a_utf8_feed_declared_western_of_many_comparisons_is_decoded_in_linear_time() -> None:
    """The same text in UTF-8 behind a Western declaration, judged Vietnamese as UTF-8."""
    body = "</title>" + "Tỷ lệ hồ sơ < 5 ngày " * 16_000
    assert _decode_seconds("windows-1252", body, "utf-8") < 1.0


def test_windows_1258_behind_a_western_declaration_is_still_read() -> None:
    """Guard: "Cổng dịch vụ công" in Windows-1258, declared ISO-8859-1, reads as Vietnamese."""
    text = "Cổng dịch vụ công <b>tỉnh</b> đã tiếp nhận hồ sơ trực tuyến của người dân"
    data = _HEAD.format(encoding="ISO-8859-1").encode("ascii") + encode_cp1258(
        f"</title><description>{text}</description></channel></rss>"
    )
    decoded = decode_bytes(data, "tin.xml")
    assert decoded.encoding == "cp1258"
    assert text in decoded.text
