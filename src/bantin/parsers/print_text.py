"""Parse the text of the printed/PDF daily digest: masthead, paged TOC, body, editor."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

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
    toc_cells_read,
    toc_columns_read_down,
    toc_table_read,
    without_anchor_links,
    without_markup,
)
from bantin.parsers.text import (
    PRINTED_DATE,
    PRINTED_WEEKDAY,
    clean_lines,
    comparable,
    parse_printed_date,
)
from bantin.parsers.weekdays import weekday_index

#: The period a monthly or quarterly issue is of, after its number: "Quý II/2024", "Tháng 4/2024",
#: "quý 2 năm 2024".
_PERIOD = r"(?:Quý\s+(?:[IV]{1,3}|[1-4])|Tháng\s+\d{1,2})(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?"
#: "Phát hành: 01/02/2024", also "Phát hành ngày 01/02/2024", "Phát hành ngày: 01/02/2024", "Phát
#: hành: ngày 01/02/2024", "Ngày phát hành: 01/02/2024", after the issue's number ("Số 25 - Phát
#: hành: …", and its period, "Số 01 - Quý II/2024 - Phát hành: …"), the day after its weekday
#: ("Phát hành: Thứ Năm, 01/02/2024": ``weekday``), the date printed "01-02-2024", "01.02.2024"
#: or "01 tháng 02 năm 2024", and a note after it ("(lưu hành nội bộ)"); without the colon
#: ("Phát hành 01/02/2024") only before a date or a weekday, since "Phát hành nội bộ" is no date
#: line. ``other``: what is printed after the colon that is no date.
ISSUE_DATE_RE = patterncache.compile(
    rf"^(?:Số\s+\d{{1,4}}(?:/\d{{4}})?(?:\s*[-–,]\s*{_PERIOD}|\s*\(\s*{_PERIOD}\s*\))?\s*[-–,]\s*)?"
    r"(?:Ngày\s+)?"
    r"Phát hành(?:\s*:\s*(?:ngày\s*:?\s*)?|\s+ngày\s*:?\s*|(?P<bare>\s+)(?=\d|thứ|chủ))"
    rf"(?:(?P<weekday>{PRINTED_WEEKDAY})\s*+[,-]?\s*(?:ngày\s+)?)?"
    # ``other`` runs to the last character that is no space (or is one space where nothing else
    # follows): a lazy ".+?" before "\s*$" tried every split of a long run of spaces.
    rf"(?:(?P<date>{PRINTED_DATE})(?:\s*[(,;–-].*)?|(?(bare)(?!)|(?P<other>.*\S|\s)))\s*$",
    re.IGNORECASE,
)
WEEKDAYS_ONLY_MARK = comparable("từ thứ Hai đến thứ Sáu")
DEFAULT_TITLE = "BẢN TIN CẢI CÁCH HÀNH CHÍNH"
#: The series' title as a masthead may word it (compared as ``comparable`` prints it): "BẢN TIN CẢI
#: CÁCH HÀNH CHÍNH", "BẢN TIN ĐIỂM BÁO CẢI CÁCH HÀNH CHÍNH", "Bản tin CCHC".
_SERIES_TITLE_RE = patterncache.compile(r"bản tin (?:[^\d:]{1,30} )?(?:cải cách hành chính|cchc)")


def _is_series_title(text: str) -> bool:
    return _SERIES_TITLE_RE.fullmatch(comparable(text)) is not None


#: The gap between a masthead's items that text laid out as the page is sets side by side on one
#: line ("THỨ NĂM          Phát hành: 01/02/2024", ``pdftotext -layout``): three spaces or a tab.
_COLUMN_GAP_RE = patterncache.compile(r"\s{3,}|\t")


def masthead_cells(text: str) -> list[str]:
    """The items of a masthead line: the line itself, or, laid out side by side, each item."""
    stripped = text.strip()
    if "   " not in stripped and "\t" not in stripped:
        return [stripped]
    return [cell for cell in _COLUMN_GAP_RE.split(stripped) if cell]


def _is_masthead_line(text: str) -> bool:
    return any(map(_is_masthead_item, masthead_cells(text)))


def _is_masthead_item(stripped: str) -> bool:
    return bool(
        ISSUE_DATE_RE.match(stripped)
        or weekday_index(stripped) is not None
        or re.match(r"^Năm \d{4}$", stripped)
        or _is_series_title(stripped)
        or comparable(stripped) in {"bản tin", "điểm báo"}
        or WEEKDAYS_ONLY_MARK in comparable(stripped)
        or (stripped.endswith(":") and "báo chí" in comparable(stripped))
    )


#: The longest line a masthead's issue date is printed on ("Phát hành: Thứ Năm, 01/02/2024").
_LONGEST_DATE_LINE = 80
#: How many lines around a second issue date the series' title is looked for.
_MASTHEAD_REACH = 8


def _issue_dated_at(content: Sequence[Line], index: int) -> str | None:
    """The date of another issue whose masthead's date line stands at ``content[index]``: short,
    with the series' title within ``_MASTHEAD_REACH`` lines of it ("Phát hành: 31/12/2024" …
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH"), so that a paragraph opening "Phát hành ngày 5/3, …" is no
    masthead; None otherwise (the web edition's twin: ``web_text._titled_issue``)."""
    text = content[index].text
    if "hành" not in text.casefold():  # "PHÁT HÀNH: …": most lines are turned away here
        return None
    dates = [
        match["date"]
        for cell in masthead_cells(text)
        if len(cell) <= _LONGEST_DATE_LINE
        and (match := ISSUE_DATE_RE.match(cell)) is not None
        and match["date"] is not None
    ]
    if not dates:
        return None
    near = content[max(0, index - _MASTHEAD_REACH) : index + _MASTHEAD_REACH + 1]
    titled = any(_is_series_title(cell) for line in near for cell in masthead_cells(line.text))
    return dates[0] if titled else None


def _masthead_end(content: list[Line]) -> int:
    """Without a TOC, the body starts after the last masthead line among the first lines."""
    end = 0
    for index, line in enumerate(content[:15]):
        if _is_masthead_line(line.text):
            end = index + 1
    return end


def parse_print_text(text: str, source: str = "<text>") -> Bulletin:
    """Parse a print-edition digest; raises MalformedBulletin when the masthead has no issue date."""
    lines = without_anchor_links(clean_lines(without_markup(text)))
    content = toc_columns_read_down(toc_cells_read(toc_table_read(non_empty(lines))))
    toc = scan_toc(content, 0, paged=True, running_head=DEFAULT_TITLE)
    body_end = len(content)
    if toc.toc_start is not None:
        masthead = content[: toc.toc_start]
    else:
        masthead = content[: _masthead_end(content)]
        toc.body_start = len(masthead)
        if (at_end := toc_at_the_end(content, len(masthead), paged=True)) is not None:
            toc, body_end = at_end
    issue_text: str | None = None
    issue_line = 0
    weekday: str | None = None
    weekday_line: int | None = None
    dated_weekday: str | None = None
    title = DEFAULT_TITLE
    weekdays_only = False
    items = ((line, cell) for line in masthead for cell in masthead_cells(line.text))
    for line, stripped in items:
        date_match = ISSUE_DATE_RE.match(stripped)
        if date_match and issue_text is None:
            if date_match["other"] is not None:
                raise MalformedBulletin(
                    source,
                    f"the masthead's issue date {date_match['other']!r} is not a date "
                    "('Phát hành: DD/MM/YYYY')",
                    line.number,
                )
            issue_text, issue_line = date_match["date"], line.number
            dated_weekday = date_match["weekday"]
        elif weekday is None and weekday_index(stripped) is not None:  # "THỨ HAI", "THỨ 2"
            weekday, weekday_line = stripped, line.number
        elif _is_series_title(stripped):
            title = stripped
        elif WEEKDAYS_ONLY_MARK in comparable(stripped):
            weekdays_only = True
    if issue_text is None:
        raise MalformedBulletin(
            source,
            "print digest without an issue date ('Phát hành: DD/MM/YYYY') in its masthead",
            masthead[0].number if masthead else None,
        )
    if weekday is None and dated_weekday:  # no line of its own: the one before the date
        weekday, weekday_line = dated_weekday, issue_line
    check_toc_read(content, _masthead_end(content), toc, source, paged=True)
    check_one_issue(content, toc.body_start, source, partial(_issue_dated_at, content))
    body = parse_body(content[toc.body_start : body_end], toc, running_head=title)
    check_no_titles_listed(body.articles, toc, source)
    return Bulletin(
        source_format=SourceFormat.PRINT_TEXT,
        title=title,
        issue_date_text=issue_text,
        issue_date=parse_printed_date(issue_text),
        issue_date_line=issue_line,
        weekday_printed=weekday,
        weekday_line=weekday_line,
        weekdays_only=weekdays_only,
        editor=body.editor,
        editor_line=body.editor_line,
        sections=tuple(toc.sections),
        toc=tuple(toc.entries),
        articles=tuple(body.articles),
    )
