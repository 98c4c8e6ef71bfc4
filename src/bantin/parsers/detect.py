"""Recognise a source's format from its content, never from its file name."""

from __future__ import annotations

import re

from bantin.model import SourceFormat
from bantin.parsers.feed_text import CHANNEL_RE
from bantin.parsers.print_text import ISSUE_DATE_RE
from bantin.parsers.text import clean_line, comparable
from bantin.parsers.web_text import WEB_TITLE_RE

_XML_START_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss|!DOCTYPE)\b", re.DOTALL
)
_PRINT_TITLE = comparable("BẢN TIN CẢI CÁCH HÀNH CHÍNH")


def detect_format(text: str) -> SourceFormat | None:
    """The format of ``text``, or None when it looks like no bulletin bantin knows."""
    head = text.lstrip("\ufeff")
    if _XML_START_RE.match(head[:4096]):
        return SourceFormat.FEED_XML
    lines = [clean_line(line).strip() for line in head.split("\n", 80)[:80]]
    content = [line for line in lines if line]
    if not content:
        return None
    if WEB_TITLE_RE.match(content[0]):
        return SourceFormat.WEB_TEXT
    if CHANNEL_RE.match(content[0]):
        return SourceFormat.FEED_TEXT
    if any(ISSUE_DATE_RE.match(line) for line in content[:30]) or any(
        comparable(line) == _PRINT_TITLE for line in content[:30]
    ):
        return SourceFormat.PRINT_TEXT
    return None
