"""Write a bulletin as the text of the printed/PDF digest (masthead, paged TOC, body, editor)."""

from __future__ import annotations

import re
from dataclasses import replace

from bantin.datasets.synthetic.render import (
    LineWriter,
    Rendered,
    citation_text,
    write_digest_body,
    write_toc,
)
from bantin.model import Bulletin, Citation

WEEKDAYS_ONLY_LINE = "(Phát hành hàng ngày từ thứ Hai đến thứ Sáu)"
INTRO_LINE = "Trong ngày, một số vấn đề được báo chí quan tâm phản ánh:"
DOT_LEADER = "....."
BACK_TO_TOP = "[Về đầu trang](#)"
BACK_TO_TOP_LAST = "[Về đầu trang./.](#)"
_YEAR_RE = re.compile(r"(\d{4})\s*$")


def _paged(text: str, page: int | None) -> str:
    """A TOC line with its page: "NAME.....<TAB>3"; a line without a page has no leader."""
    return text if page is None else f"{text}{DOT_LEADER}\t{page}"


def _closing(citation: Citation | None, last: bool) -> str:
    link = BACK_TO_TOP_LAST if last else BACK_TO_TOP
    return f" {citation_text(citation)} {link}" if citation is not None else f" {link}"


def render(bulletin: Bulletin) -> Rendered:
    """The print-edition text and the bulletin with the lines where each element was written."""
    writer = LineWriter()
    writer.blank(2)
    if bulletin.issue_date is not None:
        year = str(bulletin.issue_date.year)
    else:
        match = _YEAR_RE.search(bulletin.issue_date_text)
        year = match.group(1) if match else ""
    writer.write(f"Năm {year}")
    writer.blank()
    weekday_line = None
    if bulletin.weekday_printed is not None:
        weekday_line = writer.write(bulletin.weekday_printed)
        writer.blank()
    issue_line = writer.write(f"Phát hành: {bulletin.issue_date_text}")
    writer.blank()
    writer.write("Bản tin")
    writer.blank()
    writer.write("Điểm báo")
    writer.blank(3)
    writer.write(bulletin.title)
    writer.blank()
    if bulletin.weekdays_only:
        writer.write(WEEKDAYS_ONLY_LINE)
        writer.blank()
    writer.write(INTRO_LINE)
    writer.blank()
    sections, toc = write_toc(
        writer,
        bulletin,
        lambda section: _paged(section.name, section.page),
        lambda entry: _paged(f"{entry.number}. {entry.title}", entry.page),
        blank_after=False,
    )
    writer.blank()
    articles = write_digest_body(writer, bulletin.articles, _closing, page_breaks=True)
    editor_line = None
    if bulletin.editor is not None:
        writer.blank()
        editor_line = writer.write(f"Biên tập viên: {bulletin.editor}")
    written = replace(
        bulletin,
        issue_date_line=issue_line,
        weekday_line=weekday_line,
        editor_line=editor_line,
        sections=sections,
        toc=toc,
        articles=articles,
    )
    return Rendered(writer.text(final_newline=False), written)
