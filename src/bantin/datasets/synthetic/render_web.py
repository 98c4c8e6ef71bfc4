"""Write a digest as the text of its web page: dated title, TOC without pages, body, page furniture."""

from __future__ import annotations

import zlib
from dataclasses import replace

from bantin.datasets.synthetic.render import (
    LineWriter,
    Rendered,
    citation_text,
    write_digest_body,
    write_toc,
)
from bantin.model import Bulletin, Citation, TocEntry

NBSP = "\u00a0"
FONT_SIZE_LINE = "Font size : A- A A+"
BACK_TO_TOP = "Về đầu trang"
BACK_TO_TOP_LAST = "Về đầu trang./."


def _entry_line(entry: TocEntry) -> str:
    """A TOC entry: "1." + 7 non-breaking spaces + " " + title (4 of them after a two-digit number)."""
    return f"{entry.number}.{NBSP * (7 if len(entry.number) == 1 else 4)} {entry.title}"


def _closing(citation: Citation | None, last: bool) -> str:
    link = BACK_TO_TOP_LAST if last else BACK_TO_TOP
    return f" {citation_text(citation)}{link}" if citation is not None else f" {link}"


def page_number(bulletin: Bulletin) -> str:
    """The two-digit page number printed at the foot of the page (stable for a given issue)."""
    return f"{zlib.crc32(bulletin.issue_date_text.encode()) % 12 + 1:02d}"


def render(bulletin: Bulletin) -> Rendered:
    """The web-page text and the bulletin with the lines where each element was written."""
    writer = LineWriter()
    issue_line = writer.write(bulletin.title)
    writer.blank()
    writer.write(FONT_SIZE_LINE)
    writer.blank()
    sections, toc = write_toc(writer, bulletin, lambda s: s.name, _entry_line, blank_after=True)
    writer.write(NBSP)
    writer.blank()
    articles = write_digest_body(writer, bulletin.articles, _closing, page_breaks=False)
    writer.blank()
    writer.write("More")
    writer.blank()
    writer.write(page_number(bulletin))
    written = replace(
        bulletin,
        issue_date_line=issue_line,
        weekday_printed=None,
        weekday_line=None,
        weekdays_only=False,
        editor=None,
        editor_line=None,
        sections=sections,
        toc=toc,
        articles=articles,
    )
    return Rendered(writer.text(final_newline=False), written)
