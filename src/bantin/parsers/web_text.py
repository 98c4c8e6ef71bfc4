"""Parse the text of the digest's web page: dated title line, TOC without pages, body, page furniture."""

from __future__ import annotations

import re

from bantin.errors import MalformedBulletin
from bantin.model import Bulletin, SourceFormat
from bantin.parsers.digest import (
    check_toc_read,
    non_empty,
    parse_body,
    scan_toc,
)
from bantin.parsers.text import clean_lines, parse_full_date

#: The series' name, which a page printed from the web edition may carry at its top.
DEFAULT_HEAD = "Bản tin Cải cách hành chính"
WEB_TITLE_RE = re.compile(rf"^(?P<title>{DEFAULT_HEAD}\s+ngày\s+(?P<date>\S+))\s*$", re.IGNORECASE)


def parse_web_text(text: str, source: str = "<text>") -> Bulletin:
    """Parse a web-edition digest; its first line carries the issue date."""
    lines = clean_lines(text)
    content = non_empty(lines)
    if not content:
        raise MalformedBulletin(source, "web digest without any text")
    first = content[0]
    match = WEB_TITLE_RE.match(first.text.strip())
    if not match:
        raise MalformedBulletin(
            source,
            "web digest must start with 'Bản tin Cải cách hành chính ngày D/M/YYYY'",
            first.number,
        )
    toc = scan_toc(content, 1)
    check_toc_read(content, 1, toc, source)
    body = parse_body(content[toc.body_start :], toc, DEFAULT_HEAD)
    return Bulletin(
        source_format=SourceFormat.WEB_TEXT,
        title=match["title"],
        issue_date_text=match["date"],
        issue_date=parse_full_date(match["date"]),
        issue_date_line=first.number,
        editor=body.editor,
        editor_line=body.editor_line,
        sections=tuple(toc.sections),
        toc=tuple(toc.entries),
        articles=tuple(body.articles),
    )
