"""Parse the text of the digest's web page: dated title line, TOC without pages, body, page furniture."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from itertools import pairwise

from bantin import patterncache
from bantin.errors import MalformedBulletin
from bantin.model import Bulletin, SourceFormat
from bantin.parsers.digest import (
    Line,
    check_no_titles_listed,
    check_one_issue,
    check_toc_read,
    non_empty,
    parse_body,
    scan_toc,
    toc_at_the_end,
    toc_table_read,
    without_anchor_links,
    without_link_numbers,
    without_markup,
)
from bantin.parsers.text import PRINTED_DATE, PRINTED_WEEKDAY, clean_lines, parse_printed_date

#: The series' name, which a page printed from the web edition may carry at its top.
DEFAULT_HEAD = "Bản tin Cải cách hành chính"
#: The web edition's title: the series' name, in full or abbreviated ("Bản tin CCHC"), maybe its
#: issue number ("số 85"), then its day, after "ngày", a dash or a comma, maybe with its weekday
#: ("Bản tin Cải cách hành chính - Thứ Hai, 06/5/2024") or after it ("… ngày 06/5/2024 (Thứ
#: Hai)", "…, Thứ Hai"), printed as a masthead prints one ("06/5/2024", "6 tháng 5 năm 2024", in
#: parentheses or not, "(06/5/2024)", "(ngày 06/5/2024)"), maybe after the period a monthly or
#: quarterly issue is of ("… quý II/2024 (ngày 15/4/2024)"). A day in another shape after
#: "ngày", or the period alone ("… số 01 - Quý I/2024"), is kept as printed, and the bulletin is
#: undated; without "ngày" a day is no title ("BẢN TIN CẢI CÁCH HÀNH CHÍNH 2024" heads a
#: printed page).
_PERIOD = r"(?:quý\s+(?:[IV]{1,3}|[1-4])|tháng\s+\d{1,2})(?:\s*/\s*\d{4}|\s+năm\s+\d{4})"
WEB_TITLE_RE = patterncache.compile(
    r"^(?P<title>Bản\s+tin\s+(?:Cải\s+cách\s+hành\s+chính|CCHC)"
    r"(?:\s+số\s+\d{1,4}(?:/\d{4})?)?"
    rf"(?:\s*[-–,]?\s+{_PERIOD}(?=\s*[-–,(]))?(?:\s*[-–,:]\s*|\s+)"
    rf"(?:(?P<weekday>{PRINTED_WEEKDAY})\s*+[,-]?\s*)?"
    rf"(?:ngày\s+)?(?P<open>\()?(?(open)(?:ngày\s+)?)"
    rf"(?P<date>{PRINTED_DATE}|(?<=ngày\s)\S+|{_PERIOD})(?(open)\))"
    rf"(?(weekday)|(?:(?:\s*,\s*|\s*[-–]\s*|\s+)(?P<par>\()?(?P<weekday_after>{PRINTED_WEEKDAY})"
    r"(?(par)\)))?))\s*$",
    re.IGNORECASE,
)


#: The most lines of a site's chrome a web digest's title may follow (a page copied whole: its
#: breadcrumbs, its name, its menu of links, a line to a link).
WEB_CHROME_LINES = 60


def web_title_index(lines: Sequence[str]) -> int | None:
    """Where among the first lines of a text (non-empty, cleaned) a web digest's title stands:
    a page copied from a site may carry its chrome above it ("Trang chủ > Tin tức", the site's
    name, "Cập nhật: 08:30"), never more than ``WEB_CHROME_LINES`` lines of it."""
    for index, line in enumerate(lines[: WEB_CHROME_LINES + 1]):
        if WEB_TITLE_RE.match(line):
            return index
    return None


#: The longest line a web digest's title is printed on.
_LONGEST_TITLE_LINE = 120


def _titled_issue(content: Sequence[Line], index: int) -> str | None:
    """The date of another issue whose web title stands at ``content[index]``, or None."""
    text = content[index].text  # ``non_empty`` lines carry no indent; the title regex ends in \s*
    if len(text) > _LONGEST_TITLE_LINE or text[:3].casefold() != "bản":
        return None
    match = WEB_TITLE_RE.match(text)
    return None if match is None else match["date"]


#: The widest line a text browser or a printed page breaks text at (a terminal's 132 columns).
_WIDEST_WRAP = 132


#: How many lines a body broken at a width has with another right after it, at the fewest, and
#: the share of them no wider than ``_WIDEST_WRAP``, at the least (a line a text browser left
#: whole: a long address, a table's row).
_FEWEST_BROKEN = 3
_NARROW_SHARE = 0.9


def wrapped_at_width(lines: Sequence[Line]) -> bool:
    """Whether a web page's body was printed broken at a width, as a text browser ("lynx -dump",
    "w3m -dump") prints it: of its lines with another right after them, a few at the least,
    nearly all no wider than ``_WIDEST_WRAP``. Every tool that prints a web page as text sets
    its paragraphs a blank line apart, so such lines are one paragraph, even where one ends a
    sentence. A page printed a paragraph to a line, as a browser's copy or an HTML parser's text
    gives it, has its long paragraphs on longer lines: there, lines next to each other are
    paragraphs of their own."""
    broken = [a for a, b in pairwise(lines) if b.number == a.number + 1]
    narrow = sum(len(line.text) <= _WIDEST_WRAP for line in broken)
    return len(broken) >= _FEWEST_BROKEN and narrow >= _NARROW_SHARE * len(broken)


def parse_web_text(text: str, source: str = "<text>") -> Bulletin:
    """Parse a web-edition digest; its title line carries the issue date. What a site prints
    above the title (its breadcrumbs, its name) is left out."""
    lines = without_link_numbers(without_anchor_links(clean_lines(without_markup(text))))
    content = toc_table_read(non_empty(lines), paged=False)
    if not content:
        raise MalformedBulletin(source, "web digest without any text")
    at = web_title_index([line.text.strip() for line in content[: WEB_CHROME_LINES + 1]])
    if at is None:
        raise MalformedBulletin(
            source,
            "web digest must start with 'Bản tin Cải cách hành chính ngày D/M/YYYY'",
            content[0].number,
        )
    first = content[at]
    match = WEB_TITLE_RE.match(first.text.strip())
    assert match is not None  # web_title_index found it
    toc = scan_toc(content, at + 1, running_head=DEFAULT_HEAD)
    body_end = len(content)
    if toc.toc_start is None and (at_end := toc_at_the_end(content, at + 1, paged=False)):
        toc, body_end = at_end  # the TOC after the articles, under "MỤC LỤC"
    check_toc_read(content, at + 1, toc, source)
    check_one_issue(content, toc.body_start, source, partial(_titled_issue, content))
    body_lines = content[toc.body_start : body_end]
    wrapped = wrapped_at_width(body_lines)
    body = parse_body(body_lines, toc, DEFAULT_HEAD, lines_wrapped=wrapped, paged=False)
    check_no_titles_listed(body.articles, toc, source)
    weekday = match["weekday"] or match["weekday_after"]
    return Bulletin(
        source_format=SourceFormat.WEB_TEXT,
        title=match["title"],
        issue_date_text=match["date"],
        issue_date=parse_printed_date(match["date"]),
        issue_date_line=first.number,
        weekday_printed=weekday,
        weekday_line=first.number if weekday else None,
        editor=body.editor,
        editor_line=body.editor_line,
        sections=tuple(toc.sections),
        toc=tuple(toc.entries),
        articles=tuple(body.articles),
    )
