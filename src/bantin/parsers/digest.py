"""What the print and web editions share: the TOC scanner and the body (sections, articles, citations)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import pairwise, repeat
from operator import itemgetter
from typing import NamedTuple

from bantin import patterncache
from bantin.errors import MalformedBulletin
from bantin.model import Article, Citation, Paragraph, Section, TocEntry
from bantin.parsers import lexicon as L
from bantin.parsers.memo import short_texts_cached
from bantin.parsers.notes import (
    agency_line,
    byline,
    closing_source,
    credited_by,
    item_notes,
    names_writers,
    picture_credit,
    signed_source,
    source_line,
    split_citation,
    without_bracketed_byline,
    without_picture_credit_after_note,
    without_trailing_byline,
)
from bantin.parsers.text import (
    LEADER,
    LEADER_CHARS,
    TERMINAL_PUNCTUATION,
    TITLE_PART_BREAK,
    blank_run_start,
    collapse_spaces,
    comparable,
    has_leader,
    is_picture_credit,
    is_upper_heading,
    leader_run_start,
    section_words,
    title_words,
    without_leader,
)

#: A numbered TOC line: "5. Title", and as some digests number it, "5) Title", "(5) Title",
#: "5/ Title", "5 - Title", "5- Title", "5 – Title"; without the space ("5.Title", as text taken
#: from a page may lose a non-breaking one) only before what no number goes on with, so "1.000 hồ
#: sơ" and "1/2 số xã" are no entries. The number is its digits alone ("5" of "(5)").
TOC_ENTRY_RE = patterncache.compile(
    r"^(?P<open>\()?(?P<number>\d{1,3})(?(open)\)|(?:[.)/]|\s?[-–]))"
    r"(?:\s+|(?=[^\d\s.,]))(?P<rest>\S.*)$"
)
#: A TOC line numbered in two levels, its section's number first ("1.2. Title", "2.1 Title"), as
#: quarterly issues number their TOC under numbered sections ("1. CẢI CÁCH ĐỊA PHƯƠNG"). The
#: second level has one or two digits: "1.000 thủ tục" is a number a wrapped title goes on with.
NESTED_ENTRY_RE = patterncache.compile(r"^(?P<number>\d{1,2}\.\d{1,2})\.?\s+(?P<rest>\S.*)$")
#: The last of the pages an article runs over, after its first ("-4" of "3-4", " – 5" of "3 – 5",
#: as a quarterly's TOC prints them), or nothing.
_LAST_PAGE = r"(?:[^\S\n]?[-–][^\S\n]?\d{1,4})?"
#: A TOC entry's page, or the pages an article runs over: its first page is where it starts.
_PAGE = rf"(?P<page>\d{{1,4}}){_LAST_PAGE}"
#: What ends a TOC line after its title: the page after a tab (a dot leader may come first), or
#: after a dot leader. The title is the text before the leftmost place either matches.
PAGE_AFTER_TAB = rf"(?:\s*+{LEADER})?[^\S\t]*+\t\s*+{_PAGE}$"
PAGE_AFTER_LEADER = rf"\s*+{LEADER}[{LEADER_CHARS}\s]*+{_PAGE}$"
_PAGE_AFTER_TAB_RE = patterncache.compile(PAGE_AFTER_TAB)
_PAGE_AFTER_LEADER_RE = patterncache.compile(PAGE_AFTER_LEADER)
#: A page set off from the title by a run of spaces alone, as text taken from a laid-out PDF
#: prints it ("Title      5"): two spaces at least, and at most three digits, so that a title
#: ending with a year or a number ("… năm 2024", "… 5 huyện 3") keeps it.
_PAGE_AFTER_SPACES_RE = patterncache.compile(
    r"(?<=\S)[^\S\t\n]{2,}(?P<page>\d{1,3})(?:[^\S\n]?[-–][^\S\n]?\d{1,3})?$"
)
#: How many lines a wrapped TOC title may continue on.
MAX_TITLE_LINES = 3
#: The arrows a back-to-top link may carry: "↑ Về đầu trang", "Lên đầu trang ▲".
BACK_TO_TOP_ARROWS = "↑▲⬆⇧^"
#: The verbs before "đầu trang" in the ways sites word the link: "Về", "Lên", "Trở về", "Trở
#: lại", "Quay về", "Quay lại" (single spaces, as the link is printed).
BACK_TO_TOP_VERBS = ("trở về ", "trở lại ", "quay về ", "quay lại ", "lên ", "về ")
_ARROW = f"[{re.escape(BACK_TO_TOP_ARROWS)}]"
#: The verbs as the regex matches them, ignoring case but for "i": "İ" and "ı" lower to no "i".
_OTHER_WORDS = f"(?:{'|'.join(BACK_TO_TOP_VERBS).replace('i', '(?-i:[iI])')})đầu trang"
#: A link's target after its text: "(#)", or named, "(#top)"; a space may stand before it or
#: inside it where the link was typed by hand ("[Về đầu trang] (#)", "(# )").
_TARGET = r"[^\S\n]?\([^\S\n]?#[\w-]*[^\S\n]?\)"
#: A back-to-top link ending a line: "Về đầu trang", "[Về đầu trang](#)" (or to a named target),
#: with "./."; and, only after a note, a sentence's end or at the line's start (prose may end with
#: "… đưa lên đầu trang."), the link otherwise worded, bracketed or with an arrow, or with a full
#: stop typed after it: "Trở về đầu trang", "[Lên đầu trang]", "↑ Về đầu trang", "Quay lại đầu
#: trang ▲", "Về đầu trang.".
BACK_TO_TOP_RE = patterncache.compile(
    rf"(?:\s*(?:\[\s*Về đầu trang\s*(?:\./\.)?\s*\]{_TARGET}|Về đầu trang\s*(?:\./\.)?)"
    rf"|(?:^|(?<=[)\].!?…\"”]))\s*(?:{_ARROW}\s*)?"
    rf"(?:\[\s*(?:{_ARROW}\s*)?{_OTHER_WORDS}\s*(?:{_ARROW}\s*)?(?:\./\.)?\s*\](?:{_TARGET})?"
    rf"|{_OTHER_WORDS}(?:\s*{_ARROW})?\s*(?:\./\.|\.)?))"
    r"\s*(?:\./\.)?\s*$",
    re.IGNORECASE,
)
BACK_TO_TOP_WORDS = "đầu trang"
#: The digest's sign-off, "Biên tập viên: NAME", and the other ways digests word it ("Biên tập:",
#: "BTV:", "Người biên tập:", "Người tổng hợp:"; never "Tổng hợp:" alone, which opens text too).
#: What follows the colon is a name or a unit: no digit, no sentence in it, so a paragraph that
#: opens with such a word stays text.
EDITOR_RE = patterncache.compile(
    r"^(?:Biên tập viên|Người biên tập|Biên tập|BTV|Người tổng hợp)\s*:\s*"
    r"(?P<name>[^\W\d][^\d.!?;:]{0,58}?)\s*\.?$",
    re.IGNORECASE,
)
#: What opens a digest's colophon after its last article, when no "Biên tập viên:" signed it
#: off: its board ("BAN BIÊN TẬP", "Ban biên tập: …"), who answers for it ("Chịu trách nhiệm xuất
#: bản: …"), its secretary, chief editor, licence or printer, or who compiled it ("Tổng hợp: Phòng
#: CCHC - Sở Nội vụ", "Thực hiện: …"). Those who made it (``name``) are the digest's editor.
COLOPHON_RE = patterncache.compile(
    r"^(?:(?P<makers>ban biên tập|tổng hợp|người tổng hợp|thực hiện|người thực hiện|nhóm biên tập)"
    r"|chịu trách nhiệm(?: xuất bản| nội dung)?|thư ký (?:tòa|toà) soạn|(?:phó )?tổng biên tập"
    r"|giấy phép xuất bản|in tại|nơi nhận)"
    r"(?:\s*:\s*(?P<name>[^\W\d][^\d.!?;:]{0,78}?)\s*\.?|\s*:?)$",
    re.IGNORECASE,
)


class Line(NamedTuple):
    """A non-empty cleaned line and its 1-based number (a tuple: one is made per line)."""

    number: int
    text: str


#: ``Line(number, text)`` from the pair: a named tuple's own ``__new__`` is a Python function.
_line_of = partial(tuple.__new__, Line)


#: A link to a place in the same page as HTML-to-text tools print it, "[text](#anchor)": a TOC
#: entry linking to its article ("1. [Title](#tin1)", a word processor's "[1. Title 3](#_Toc12)"),
#: or a title that is its own anchor. A reader sees the text. A link to nowhere ("(#)", the
#: back-to-top link's), a link to another page and a footnote's mark ("[1](#_ftn1)", no word in
#: it) stay as printed.
_ANCHOR_LINK_RE = patterncache.compile(r"\[([^\[\]\n]*[^\W\d_][^\[\]\n]*)\]\(#[^()\s]+\)")


def without_anchor_links(lines: list[str]) -> list[str]:
    """``lines`` with each in-page link ("[Title](#tin1)") printed as its text."""
    return [_ANCHOR_LINK_RE.sub(r"\1", line) if "](#" in line else line for line in lines]


#: The number a text browser's dump prints before each link's text, to list its address at the
#: page's end ("lynx -dump": "1. [7]Sơn La: …", "(Báo Sơn La 02/5, Quỳnh Ngọc)[12]Về đầu trang").
#: Only a number glued to what it opens (a word, a quotation mark, a digit), after no word: a
#: footnote's mark ends a word ("Nghị quyết 18-NQ/TW[1] nêu") or stands alone ("số 18 [1].")
#: and stays as printed.
_LINK_NUMBER_RE = patterncache.compile(r"(?<![\w\]])\[\d{1,4}\](?=[^\s.,;:!?)\]])")


def without_link_numbers(lines: list[str]) -> list[str]:
    """``lines`` without the link numbers of a text browser's dump (``_LINK_NUMBER_RE``)."""
    return [_LINK_NUMBER_RE.sub("", line) if "[" in line else line for line in lines]


#: The marks HTML-to-text tools print for a heading and for bold type: "## CẢI CÁCH ĐỊA PHƯƠNG"
#: (<h2>), "**Hà Nam: Tiếp nhận …**" (<strong>, <b>), "__…__". A reader sees the words.
_HEADING_MARK_RE = patterncache.compile(r"^([^\S\n]*)#{1,6}[^\S\n]+(?=\S)")
_STRONG_RE = patterncache.compile(r"\*\*(?=\S)([^*\n]*?\S)\*\*|(?<!\w)__(?=\S)([^_\n]*?\S)__(?!\w)")
#: A Markdown converter's escape (turndown, html2text, a "copy as Markdown" of a page): a backslash
#: before an ASCII punctuation mark Markdown would read as syntax, "1\. Hà Nam: …" (so that it
#: is no list), "\- ", "\*", "\_", "\[". A reader sees the mark alone.
_MARKDOWN_ESCAPE_RE = patterncache.compile(r"\\([!-/:-@\[-`{-~])")


def without_markup(text: str) -> str:
    """``text`` without the heading and bold marks of ``_HEADING_MARK_RE`` and ``_STRONG_RE`` and
    the escapes of ``_MARKDOWN_ESCAPE_RE``, line by line (a single "*" or "_", a footnote's "(*)"
    or a link's "#_ftn1", stays as printed). Most texts have none, which ``str.find`` tells."""
    if "**" not in text and "__" not in text and "\\" not in text and not _has_heading_mark(text):
        return text
    return "\n".join(plain_line(line) for line in text.split("\n"))


#: ``_HEADING_MARK_RE`` from a line's start inside a text (no "^", which matches at the text's).
_HEADING_MARK_AT_RE = patterncache.compile(_HEADING_MARK_RE.pattern.removeprefix("^"))


def _has_heading_mark(text: str) -> bool:
    """Whether a line of ``text`` opens with a heading's mark (``_HEADING_MARK_RE``): a line that
    holds a "#" is looked at from its start, once (a digest has a few, its back-to-top links'
    "(#)"); the next "#" is looked for after its end, so a line of many is read once."""
    at = text.find("#")
    while at >= 0:
        if _HEADING_MARK_AT_RE.match(text, text.rfind("\n", 0, at) + 1):
            return True
        line_end = text.find("\n", at)
        if line_end < 0:
            return False
        at = text.find("#", line_end)
    return False


def plain_line(line: str) -> str:
    """One line without the marks ``without_markup`` leaves out."""
    if "#" not in line and "**" not in line and "__" not in line and "\\" not in line:
        return line  # most lines
    line = _HEADING_MARK_RE.sub(r"\1", line)  # the line's indent (a page break's "\f") stays
    line = _STRONG_RE.sub(lambda bold: bold[1] if bold[1] is not None else bold[2], line)
    return _MARKDOWN_ESCAPE_RE.sub(r"\1", line) if "\\" in line else line


def non_empty(lines: Sequence[str], start: int = 0) -> list[Line]:
    """The lines from index ``start`` on that hold more than white space, numbered from 1
    (``text.strip()`` is not empty: ``isspace`` says so without copying the line), without
    their indent: text laid out as on the page (``pdftotext -layout``, a copy that keeps a
    page's margins) indents every line, and a TOC's "   1. Title" is the entry "1. Title"."""
    start = max(start, 0)
    return [
        _line_of((number, text.lstrip() if text[0].isspace() else text))
        for number, text in enumerate(lines[start:], start + 1)
        if text and not text.isspace()
    ]


def _page_run_start(text: str) -> int:
    """Where the run of white space and leader characters before the page that ends ``text`` (its
    last 1 to 4 digits) starts, or ``len(text)`` when no page ends it. A page and its leader are
    made of nothing else, so they are searched for from there on: never from every character of
    the title, nor again from every dot of a long leader."""
    digits = len(text.rstrip("0123456789"))
    while digits and text[digits - 1].isdecimal():
        digits -= 1
    if not 1 <= len(text) - digits <= 4:
        return len(text)
    before = text[digits - 1] if digits else ""
    if (before in ("-", "–") or before.isspace()) and (
        first := _FIRST_PAGE_RE.search(text, 0, digits)
    ):
        digits = first.start()  # "3-4": the pages an article runs over
    return leader_run_start(text, digits)


#: The first of the pages an entry runs over, before the last ("3-" of "3-4", "3 – " of "3 – 5").
_FIRST_PAGE_RE = patterncache.compile(r"(?<!\d)\d{1,4}[^\S\n]?[-–][^\S\n]?$")


#: The word some TOCs print before a page ("Title..... Trang 7", "Title..... tr. 7"), after the
#: leader, tab or run of spaces that sets a page off; a title's own "trang" is left alone.
_PAGE_WORD_RE = patterncache.compile(
    r"(?:(?<=[.…·‥⋯_\t])|(?<=---)|(?<=\s\s))(?P<space>\s*)(?i:trang|tr\.)\s*"
    rf"(?=\d{{1,4}}{_LAST_PAGE}\s*$)"
)
#: What a line holds where ``_PAGE_WORD_RE`` may match: a cheap test before it.
_PAGE_WORD_HINTS = ("rang", "RANG", "r.", "R.")
#: A page named in parentheses after the title, as a reference list prints one: "Title (tr. 3)",
#: "Title (trang 12)".
_PAGE_IN_PARENTHESES_RE = patterncache.compile(rf"\s*\(\s*(?i:tr\.|trang)\s*{_PAGE}\s*\)\s*$")


#: Three dots right after a title's last character with no page after them: an ellipsis that
#: ends a title the TOC cut short ("Nam Định: “Một cửa”..."), as a web TOC prints it, no leader
#: (a leader sets a page off, and runs longer).
_ELLIPSIS_END_RE = patterncache.compile(r"(?<=[^\s.…])\.\.\.\s*$")


#: A page right after one ellipsis, or after a dot or more (and spaces) after it, as a word
#: processor prints three typed dots (made one "…") with the tab before the page lost
#: ("Title…12", "Title….12", "Title… . 12"): the ellipsis stays on the title, for
#: ``_ellipses_before_pages`` to tell a leader from a title cut short. At most three digits: "…
#: 2024" ends with a year. After spaces alone ("Title… 12") the page is one after one space,
#: read only where every line of the TOC prints one so (``_pages_after_one_space``).
_PAGE_AFTER_ELLIPSIS_RE = patterncache.compile(r"(?<=…)(?:\s*+\.[.\s]*+)?(?P<page>\d{1,3})$")


#: A page printed between dashes, as a page's foot prints its number ("Title\t- 5 -", "Title
#: ..... – 5 –"), after a tab, a leader or spaces.
_PAGE_IN_DASHES_RE = patterncache.compile(
    r"(?<=[\t.…·_ ])\s*[-–][^\S\n]?(?P<page>\d{1,4})[^\S\n]?[-–]$"
)


@short_texts_cached(1024, longest=400)  # a TOC line is split by each reading of the TOC
def split_page(rest: str, spaced: bool = False) -> tuple[str, int | None]:
    """Split "Title.....\\t7" into ("Title", 7); a line without a page keeps None. ``spaced``:
    a page after a run of spaces alone counts too ("Title      7", a paged TOC's). A page may
    be named as one: "Title..... Trang 7", "Title (tr. 7)"."""
    if rest.endswith(("-", "–")) and (dashed := _PAGE_IN_DASHES_RE.search(rest)):
        rest = f"{rest[: dashed.start()]}\t{dashed['page']}"  # "Title\t- 5 -": as "Title\t5"
    if rest.endswith(")") and (named := _PAGE_IN_PARENTHESES_RE.search(rest)):
        return split_page(rest[: named.start()], spaced)[0], int(named["page"])
    if (
        any(map(rest.__contains__, _PAGE_WORD_HINTS))
        and (word := _PAGE_WORD_RE.search(rest))
        # After two spaces alone only in a paged TOC; after a leader or a tab in any.
        and (spaced or rest[word.start() - 1] == "\t" or not rest[word.start() - 1].isspace())
    ):
        rest = rest[: word.start()] + word["space"] + rest[word.end() :]
    leader = has_leader(rest)
    tab = "\t" in rest
    if not (tab or leader):
        if spaced and (match := _PAGE_AFTER_SPACES_RE.search(rest.rstrip())):
            return rest[: match.start()].strip(), int(match["page"])
        if spaced and (after_ellipsis := _page_after_ellipsis(rest)) is not None:
            return after_ellipsis
        return rest.strip(), None
    start = _page_run_start(rest)
    if tab:
        match = _PAGE_AFTER_TAB_RE.search(rest, start)
        if match:
            return rest[: match.start()].strip(), int(match["page"])
    if leader:
        match = _PAGE_AFTER_LEADER_RE.search(rest, start)
        if match:
            return rest[: match.start()].strip(), int(match["page"])
        if _ELLIPSIS_END_RE.search(rest):
            return rest.strip(), None  # "Nam Định: “Một cửa”...": a title cut short, no leader
        return without_leader(rest).strip(), None
    if spaced and (after_ellipsis := _page_after_ellipsis(rest)) is not None:
        return after_ellipsis  # "Title\t…12": the tab before the ellipsis, not the page
    return rest.strip(), None


def _page_after_ellipsis(rest: str) -> tuple[str, int] | None:
    """The title and page of a paged TOC line whose page follows one ellipsis
    (``_PAGE_AFTER_ELLIPSIS_RE``), or None. An ellipsis set apart from the title ("Title …12",
    "Title\t…12") is the leader, and no part of it; one glued to it stays on it."""
    if "…" not in rest or (match := _PAGE_AFTER_ELLIPSIS_RE.search(rest.rstrip())) is None:
        return None
    title = rest[: match.start()]
    if title[-2:-1].isspace():
        title = title[:-1]
    return title.strip(), int(match["page"])


def _is_entry(line: Line) -> bool:
    return TOC_ENTRY_RE.match(line.text) is not None


def _numbered_entry(text: str) -> re.Match[str] | None:
    """The number and the rest of a line numbered as a TOC entry is, in one level or in two
    ("1. Title", "1.1. Title")."""
    return TOC_ENTRY_RE.match(text) or NESTED_ENTRY_RE.match(text)


def _numbers_a_section(
    match: re.Match[str], following: Line | None, split: Callable[[str], tuple[str, int | None]]
) -> bool:
    """Whether a numbered TOC line (``match``) is a section's heading in a TOC numbered in two
    levels: its name in capitals, and the next line an entry numbered under it ("1. CẢI CÁCH
    ĐỊA PHƯƠNG" over "1.1. Title")."""
    if following is None:
        return False
    nested = NESTED_ENTRY_RE.match(following.text)
    return (
        nested is not None
        and nested["number"].split(".")[0] == match["number"]
        and is_upper_heading(split(match["rest"])[0])
    )


#: A TOC line whose number an editor typed by hand otherwise than the others: "2, Title", "2..
#: Title", "2 Title" (``_mistyped_entry``).
_MISTYPED_ENTRY_RE = patterncache.compile(
    r"^(?P<number>\d{1,3})(?:\s*,|\.{2,}|(?=\s))(?P<gap>\s*)(?P<rest>\S.*)$"
)
#: The indent a web TOC prints after an entry's number ("1.\xa0\xa0\xa0\xa0 Title"), at least.
_LIST_INDENT = 2


def _mistyped_entry(
    text: str,
    entries: Sequence[TocEntry],
    split: Callable[[str], tuple[str, int | None]],
    paged: bool,
) -> re.Match[str] | None:
    """A TOC line that is an entry whose number was typed otherwise (``_MISTYPED_ENTRY_RE``): it
    is read as one when its number is the one after the entry before it, and a page ends it (a
    paged TOC) or the list's indent follows the number (a web TOC); a heading would take it
    otherwise, or the TOC would end there, and every entry after it would move to the body."""
    match = _MISTYPED_ENTRY_RE.match(text)
    if match is None or not entries or not entries[-1].number.isdigit():
        return None
    if int(match["number"]) != int(entries[-1].number) + 1:
        return None
    if paged:
        return match if split(match["rest"])[1] is not None else None
    return match if len(match["gap"]) >= _LIST_INDENT else None


#: The gap between two columns of a TOC that text laid out as the page is sets side by side on
#: one line (``pdftotext -layout``): a tab, or three spaces or more.
_COLUMN_GAP_RE = patterncache.compile(r"\t+|[^\S\t\n]{3,}")
#: The widest line two TOC items side by side are printed on: two of the longest titles.
_WIDEST_TOC_ROW = 400


def _toc_item(text: str) -> bool:
    """Whether ``text`` is a whole paged TOC line: a numbered entry or a heading in capitals,
    its title and its page (``split_page``)."""
    match = _numbered_entry(text)
    title, page = split_page(match["rest"] if match else text, spaced=True)
    return page is not None and bool(title) and (match is not None or is_upper_heading(title))


def _toc_columns(text: str) -> tuple[str, str] | None:
    """The two items a line of a TOC printed in two columns sets side by side ("1. Title.....
    1      4. Title.....5"), left and right, each a whole TOC line with its page
    (``_toc_item``); None for any other line (one longer than two titles are: a paragraph)."""
    if len(text) > _WIDEST_TOC_ROW:
        return None
    first = _COLUMN_GAP_RE.search(text)
    if first is None or text[first.end() :].isdigit():
        return None  # no gap, or one before digits alone, as a TOC line's page (see below)
    for gap in _COLUMN_GAP_RE.finditer(text):
        left, right = text[: gap.start()], text[gap.end() :]
        # Digits alone ("Title.....<TAB>1": the page after a TOC line's tab) are no TOC item:
        # no entry's number without its mark, and no page without a title before it.
        if left and right and not right.isdigit() and _toc_item(left) and _toc_item(right):
            return left, right
    return None


def _entry_number(text: str) -> int | None:
    """The number a numbered TOC line counts with ("2" of "1.2. Title"), or None."""
    match = _numbered_entry(text)
    return int(match["number"].rsplit(".", 1)[-1]) if match else None


def toc_columns_read_down(lines: list[Line]) -> list[Line]:
    """``lines`` with a TOC printed in two columns, which text laid out as the page is flattens
    row by row (the left column's first item, then the right's, on one line), read as its
    columns are: the left column down, then the right one. Each item keeps its line's number.
    A row holds two items only where both are TOC lines with their pages (``_toc_columns``);
    after the rows, a numbered entry the left column is longer by (its number the next there)
    joins the left column, one the right is longer by joins the right. Read row by row, the
    right column's items were titles of the left column's entries, and every article after the
    first few was missing from the TOC."""
    start = _first_before_an_end(lines, lambda text: _toc_columns(text) is not None)
    if start is None:
        return lines  # no row of two items before the first article's end
    left: list[Line] = []
    right: list[Line] = []
    end = start
    while end < len(lines) and (pair := _toc_columns(lines[end].text)) is not None:
        number = lines[end].number
        left.append(Line(number, pair[0]))
        right.append(Line(number, pair[1]))
        end += 1
    if end - start < 2:
        return lines  # one line side by side: no TOC's columns
    while end < len(lines) and _toc_item(lines[end].text):
        column = next((c for c in (left, right) if _counts_on(c, lines[end].text)), None)
        if column is None:
            break
        column.append(lines[end])
        end += 1
    return [*lines[:start], *left, *right, *lines[end:]]


def _counts_on(column: Sequence[Line], text: str) -> bool:
    """Whether the numbered TOC line ``text`` is the next entry of ``column``: its number one
    more than the last one numbered there."""
    number = _entry_number(text)
    last = next(
        (n for line in reversed(column) if (n := _entry_number(line.text)) is not None), None
    )
    return number is not None and last is not None and number == last + 1


#: A row of a table written with pipes, as a converter to Markdown prints a Word table: "| 1 |
#: Title | 3 |".
_PIPE_ROW_RE = patterncache.compile(r"^\|(?P<cells>.*)\|\s*$")
#: A cell of a pipe table's rule under its header: "---", ":---:".
_RULE_CELL_RE = patterncache.compile(r"^:?-{3,}:?$")
#: A table's cell that holds an entry's number ("1", "1."; on a line of its own too, as a copy of a
#: PDF's table prints a cell to a line: ``toc_cells_read``) or a page ("3", "3-4", "3 – 4").
_NUMBER_CELL_RE = patterncache.compile(r"^\d{1,3}\.?$")
_PAGE_CELL_RE = patterncache.compile(rf"^{_PAGE}$")
#: The words a TOC table's header row prints over its columns (``comparable``).
_HEADER_CELLS = frozenset(
    {"tt", "stt", "số tt", "tên bài", "tiêu đề", "nội dung", "bài viết", "trang"}
)


def _table_cells(text: str) -> list[str] | None:
    """The cells of a table's row printed as text: between pipes ("| 1 | Title | 3 |"), or set
    apart by tabs ("1\tTitle\t3", a Word table copied as text), the empty ones left out; None
    for a line of one cell."""
    piped = _PIPE_ROW_RE.match(text)
    cells = piped["cells"].split("|") if piped else text.split("\t")
    found = [cell.strip() for cell in cells if cell.strip()]
    return found if len(found) >= 2 or piped else None


def _toc_row(cells: Sequence[str], paged: bool = True) -> str | None:
    """The TOC line a TOC table's row prints: "1. Title\t3" for a number, a title and a page
    ("| 1 | Title | 3 |"), "HEADING\t1" for a section's heading and its page, the same for a
    page set before its entry or heading ("3\t1. Title"); "" for the table's header row or the
    rule under it (no TOC line); None for a row of no TOC. Not ``paged`` (a web page's table,
    between pipes only): "1. Title" for a number and a title, "HEADING" for a heading alone."""
    if all(_RULE_CELL_RE.match(cell) for cell in cells) or (
        cells and all(comparable(cell) in _HEADER_CELLS for cell in cells)
    ):
        return ""
    if not paged:
        if len(cells) == 2 and _NUMBER_CELL_RE.match(cells[0]):
            line = f"{cells[0].rstrip('.')}. {cells[1]}"
            return line if split_page(cells[1])[1] is None and not cells[1].isdigit() else None
        return cells[0] if len(cells) == 1 and is_upper_heading(cells[0]) else None
    if len(cells) == 3 and _NUMBER_CELL_RE.match(cells[0]) and _PAGE_CELL_RE.match(cells[2]):
        line = f"{cells[0].rstrip('.')}. {cells[1]}\t{cells[2]}"
    elif len(cells) == 2 and _PAGE_CELL_RE.match(cells[1]):
        line = f"{cells[0]}\t{cells[1]}"
    elif len(cells) == 2 and _PAGE_CELL_RE.match(cells[0]):
        line = f"{cells[1]}\t{cells[0]}"
    else:
        return None
    return line if _toc_item(line) else None


#: A TOC line that prints its page first, set apart from the title (or heading) by a tab or two
#: spaces or more ("3   Kon Tum: …", "3    1. Title", "8\tQUẢN LÝ HÀNH CHÍNH"): a table's page
#: column laid out before the others, or a magazine's "TRONG SỐ NÀY".
_PAGE_FIRST_RE = patterncache.compile(r"(?P<page>\d{1,3})(?=\t|[^\S\n]{2})[^\S\n]++(?P<title>\S.*)")


def _page_first(text: str) -> re.Match[str] | None:
    """The page and the rest of a paged TOC line that prints its page first apart by spaces
    ("3    1. Title", ``_PAGE_FIRST_RE``), or None (a tab sets cells apart: ``_table_cells``)."""
    if not text[:1].isdigit() or "  " not in text or "\t" in text:
        return None
    return _PAGE_FIRST_RE.fullmatch(text)


def _table_row(text: str, paged: bool = True) -> str | None:
    """The TOC line the table's row ``text`` prints (``_toc_row``), or None. Not ``paged``,
    only a row between pipes is one: a web page's text sets no table apart by tabs. ``paged``,
    a page column laid out with spaces before an entry or a heading is a row's first cell too
    ("3    1. Title": ``_page_first``)."""
    if paged and (first := _page_first(text)) is not None:
        return _toc_row([first["page"], first["title"]])
    if not text.startswith("|") and (not paged or "\t" not in text):
        # Neither between pipes nor (``paged``) apart by tabs: one cell (``_table_cells``).
        return None
    cells = _table_cells(text)
    return None if cells is None else _toc_row(cells, paged)


def _first_before_an_end(lines: Sequence[Line], found: Callable[[str], bool]) -> int | None:
    """The index of the first of ``lines`` whose text is ``found``, before the first article's
    end (its back-to-top link) and before any line that reads as a paragraph (a sentence's
    end, or longer than any title): a TOC comes before the articles, and a table of figures in
    the first article of a digest with no TOC ("1<TAB>Xã A<TAB>95") is none. None when none is."""
    for index, line in enumerate(lines):
        if found(line.text):
            return index
        if _reads_as_a_paragraph(line.text):
            return None
    return None


@short_texts_cached(1024, longest=400)  # the lines before a TOC: for its table, its columns
def _reads_as_a_paragraph(text: str) -> bool:
    """Whether a line before a TOC's table or columns reads as a paragraph, no TOC's line: the
    first article's end (its back-to-top link), a sentence's end, or longer than any title."""
    text = text.rstrip()
    return bool(
        find_back_to_top(text) or len(text) > _LONGEST_TITLE or text.endswith((".", "!", "?"))
    )


def _reads_as_itself(text: str) -> bool:
    """Whether the TOC table's row that a line holding a tab may be reads as the line itself, if
    it is one: a cell, one tab and a page, no white space around them ("Title.....<TAB>3", the
    line of most paged TOCs). ``_table_cells`` gives those two cells, which are neither a
    header's (a page is no header's word) nor a rule's, and ``_toc_row`` joins them as they
    were: the line, or None where it is no TOC line."""
    cell, _, page = text.partition("\t")
    return (
        bool(cell)
        and "\t" not in page
        and cell == cell.strip()
        and page == page.strip()
        and _PAGE_CELL_RE.match(page) is not None
    )


def _may_read_as_a_table(lines: Sequence[Line], paged: bool) -> bool:
    """Whether reading ``lines`` as a TOC set in a table (``toc_table_read``) may change them,
    told cheaply. A table's row opens with a pipe or, ``paged``, holds a tab or prints its page
    first apart by spaces ("3    1. Title": ``_page_first``, True before the first paragraph);
    its rows start before the first line that reads as a paragraph (``_first_before_an_end``)
    and go on to the first line that is no row. A row of lines that each read as themselves
    (``_reads_as_itself``) changes nothing: False when every line up to there, and past it up
    to the first that neither opens with a pipe nor holds a tab, is such a line or none."""
    ended = False
    for line in lines:
        text = line.text
        tabbed = paged and "\t" in text
        if text.startswith("|") or (tabbed and not _reads_as_itself(text)):
            return True
        if paged and not ended and _page_first(text) is not None:
            return True
        if ended and not tabbed:
            return False
        ended = ended or _reads_as_a_paragraph(text)
    return False


def toc_table_read(lines: list[Line], paged: bool = True) -> list[Line]:
    """``lines`` with a TOC set in a table, which text prints a row to a line, its cells between
    pipes or apart by tabs ("| 1 | Title | 3 |", "1\tTitle\t3", "3\t1. Title"), as the TOC lines
    they are ("1. Title\t3"), the header row ("TT | Tên bài | Trang") and the rule under it
    left out: rows before the first article's end, two at least, each a TOC line
    (``_toc_row``; not ``paged``, a web page's table between pipes: "| 1 | Title |" is "1.
    Title"). Read as they were, the table was no TOC, or one not numbered, and its rows were the
    first article."""
    if not _may_read_as_a_table(lines, paged):
        return lines
    start = _first_before_an_end(lines, lambda text: _table_row(text, paged) is not None)
    if start is None:
        return lines
    rows: list[Line] = []
    read = 0  # the rows that are TOC lines, headings between them left out
    end = start
    while end < len(lines):
        row = _table_row(lines[end].text, paged)
        if row:
            rows.append(Line(lines[end].number, row))
            read += 1
        elif row is None and read and _heading_between_rows(lines, end, paged):
            rows.append(lines[end])  # a section's heading on a row of its own: a merged cell
        elif row is None:
            break
        end += 1
    if read < 2:
        return lines
    return [*lines[:start], *rows, *lines[end:]]


def toc_cells_read(lines: list[Line]) -> list[Line]:
    """``lines`` with a paged TOC whose table a copy printed a cell to a line, each entry's number
    on a line of its own, then its title, its page on the title's line or alone on the next
    ("1" / "Hà Tĩnh: …" / "5"), as the TOC lines they are ("1. Hà Tĩnh: …\t5", on the number's
    line): two entries at least, before the first line that reads as a paragraph, numbered 1, 2,
    3 … (or 1 again); other lines (headings, their pages under them) are kept. Read as they
    were, the numbers were no entries, and the TOC was refused as one of unnumbered titles.
    Numbers that do not count so, or a title with no page between two entries, are the pages
    and titles of an unnumbered TOC ("Kon Tum: …" / "1" / "Bạc Liêu: …" / "1"), no entries':
    ``lines`` are kept, and that TOC is refused as before."""
    start = _first_before_an_end(lines, lambda text: _NUMBER_CELL_RE.match(text) is not None)
    if start is None:
        return lines
    read: list[Line] = []
    entries = 0
    number = 0  # the last entry's
    title_between = False  # whether a line since the last entry is a title with no page
    at = start
    while at < len(lines):
        cells = _entry_in_cells(lines, at)
        if cells is not None:  # before a paragraph's test: "1." ends as a sentence does
            entry, used = cells
            counted = int(lines[at].text.rstrip("."))
            if counted not in (number + 1, 1) or title_between:
                return lines
            read.append(entry)
            entries += 1
            number = counted
            at += used
            continue
        if _reads_as_a_paragraph(lines[at].text):
            break
        title_between = title_between or (entries > 0 and _unpaged_title(lines[at].text))
        read.append(lines[at])
        at += 1
    return [*lines[:start], *read, *lines[at:]] if entries >= 2 else lines


def _unpaged_title(text: str) -> bool:
    """Whether a line among a TOC's cells (``toc_cells_read``) is a title with no page: neither a
    heading in capitals, a number alone (a heading's page), a page's furniture, nor a line that
    ends with its page ("Cải cách địa phương.....\t1")."""
    return not (
        is_upper_heading(text)
        or _NUMBER_CELL_RE.match(text)
        or is_furniture(text)
        or split_page(text, spaced=True)[1] is not None
    )


def _entry_in_cells(lines: Sequence[Line], at: int) -> tuple[Line, int] | None:
    """The TOC entry whose cells start at ``lines[at]`` (``toc_cells_read``: its number alone,
    its title, its page), as a TOC line, and how many lines it takes; None for any other line.
    A number alone under an entry or a heading with no page is that line's page ("1. Title" /
    "1", ``page_alone``), and a line in capitals is a heading, no entry's title."""
    if at + 1 >= len(lines) or _NUMBER_CELL_RE.match(lines[at].text) is None:
        return None
    if at and split_page(lines[at - 1].text, spaced=True)[1] is None:
        before = lines[at - 1].text
        if _numbered_entry(before) is not None or is_upper_heading(before):
            return None
    text = lines[at + 1].text
    if _numbered_entry(text) is not None or page_alone(text) is not None:
        return None
    if is_upper_heading(text):
        return None
    title, page = split_page(text, spaced=True)
    used = 2
    if page is None and at + 2 < len(lines) and (page := page_alone(lines[at + 2].text)):
        used = 3
    if page is None or not title or _reads_as_prose(title):
        return None
    line = Line(lines[at].number, f"{lines[at].text.rstrip('.')}. {title}\t{page}")
    return line, used


def _heading_between_rows(lines: Sequence[Line], at: int, paged: bool) -> bool:
    """Whether ``lines[at]``, after a TOC table's rows, is a section's heading printed on a row
    of its own with no page (one cell across the table: "CẢI CÁCH ĐỊA PHƯƠNG"), a row of the
    table after it: the TOC goes on under it."""
    return (
        at + 1 < len(lines)
        and is_upper_heading(lines[at].text)
        and bool(_table_row(lines[at + 1].text, paged))
    )


@dataclass
class TocScan:
    """The sections and entries of a table of contents and where the body begins."""

    sections: list[Section] = field(default_factory=list)
    entries: list[TocEntry] = field(default_factory=list)
    toc_start: int | None = None  # index of the first TOC line, None when there is no TOC
    body_start: int = 0  # index into the non-empty lines


def scan_toc(
    lines: list[Line], start: int, paged: bool = False, running_head: str | None = None
) -> TocScan:
    """Read TOC lines from ``lines[start:]``: numbered entries, and headings followed by one.
    ``running_head``: the digest's title as a page may print it at its top (no title's words).

    ``paged`` (the print edition's TOC): a page may follow the title after spaces alone, and a
    title too long for one line goes on over the next (up to ``MAX_TITLE_LINES`` in all) to the
    line that ends with its page."""
    split = partial(split_page, spaced=paged)

    def heading(name: str, page: int | None, at: int) -> bool:
        """Whether a TOC line (its text and page, as ``split`` cuts them; ``at`` its index) may
        name a section: in capitals, or, in a paged TOC, with a page (a word processor's TOC
        prints a heading set in capitals by its font as typed: "Cải cách địa phương.....\t1"),
        or, in a web page's, typed so ("Cải cách địa phương": a style sets it in capitals on
        screen, and a copy of the page takes the text) and printed again over the body."""
        if is_upper_heading(name) or (paged and page is not None):
            return True
        return not paged and _typed_heading(name) and printings.again(at, name)

    scan = TocScan(body_start=start)
    index = start
    current_section: str | None = None
    head = comparable(running_head) if running_head else None
    printings = _Printings(lines)
    # Skip the lines before the TOC proper (intro sentence, page furniture), but never past an
    # article's end: a TOC comes before every article, and a numbered paragraph of the body
    # ("1. Tỷ lệ hồ sơ …") is no TOC entry.
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            _is_entry(line)
            or (
                following is not None
                and _numbered_entry(following.text) is not None
                and heading(*split(line.text), index)
            )
            or (paged and _page_below_heading(lines, index, heading) is not None)
        ):
            break
        if find_back_to_top(line.text):
            return scan
        index += 1
    else:
        return scan
    scan.toc_start = index
    after_entry = False  # whether the line before was an entry (not a heading)
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        match = TOC_ENTRY_RE.match(line.text)
        if match is not None and _numbers_a_section(match, following, split):
            # "1. CẢI CÁCH ĐỊA PHƯƠNG ..... 1" over "1.1. Title": a section, numbered.
            name, page = split(line.text)
            if any(section_words(name) == section_words(seen.name) for seen in scan.sections):
                break  # the body's first heading, numbered as in the TOC: the TOC has ended
            current_section = name
            scan.sections.append(Section(name, page, line.number))
            after_entry = False
            index += 1
            continue
        if match is None and current_section is not None:
            match = NESTED_ENTRY_RE.match(line.text)
        if match is None:
            match = _mistyped_entry(line.text, scan.entries, split, paged)
        if match:
            title, page = split(match["rest"])
            if after_entry and _first_again(scan.entries, match["number"], title):
                break  # the body's first title, numbered as in the TOC: the TOC has ended
            if after_entry and _names_a_listed_section(scan, title):
                break  # the body's first heading, numbered there only ("1. CẢI CÁCH …")
            index += 1
            if paged and page is None and (wrapped := _wrapped_title(lines, index, title)):
                rest, page, index = wrapped
                title = f"{title} {rest}" if rest else title
            scan.entries.append(
                TocEntry(match["number"], title, current_section, page, line.number)
            )
            after_entry = True
            continue
        if scan.entries and (broken := _page_break_in_toc(lines, index, scan, head)):
            index += broken  # "- 1 -" / "BẢN TIN …": a TOC over two pages goes on
            continue
        if not paged and after_entry and _goes_on_in_capitals(lines, index, scan.entries[-1]):
            # "1. … SIPAS và" / "PAR INDEX": a title a text browser wrapped, in capitals there.
            _last_title_goes_on(scan, [line.text.strip()])
            index += 1
            continue
        if not paged and after_entry and (typed := _goes_on_as_typed(lines, index, scan, head)):
            # "1. … phục vụ tại" / "Bộ phận Một cửa các cấp": a wrapped title, no typed heading.
            _last_title_goes_on(scan, typed)
            index += len(typed)
            continue
        name, page = split(line.text)
        if paged and (below := _page_below_heading(lines, index, heading)) is not None:
            # A heading whose page stands on the next line, as its table cell ("CẢI CÁCH …" / "1").
            current_section = name
            scan.sections.append(Section(name, below, line.number))
            after_entry = False
            index += 2
            continue
        if (
            following is not None
            and (
                _numbered_entry(following.text) is not None
                or _mistyped_entry(following.text, scan.entries, split, paged) is not None
            )
            and heading(name, page, index)
            # The body's first title printed in capitals, whose first paragraph opens with a
            # number ("1. Thực hiện …"), is no section of the TOC: no section is named as an
            # article is.
            and not _lists_title([entry.title for entry in scan.entries], name)
            # Nor is the body's first heading, over its first title numbered as in the TOC.
            and not (
                scan.sections
                and section_words(name) == section_words(scan.sections[0].name)
                and _first_again(scan.entries, *_entry_parts(following, split))
            )
        ):
            current_section = name
            scan.sections.append(Section(name, page, line.number))
            after_entry = False
            index += 1
            continue
        if _empty_section(lines, index, scan, split, heading):
            # A section the TOC names with no entry of its own, over the next one's heading.
            scan.sections.append(Section(name, page, line.number))
            current_section = name
            after_entry = False
            index += 1
            continue
        if after_entry and following is not None and _byline_under_entry(line, following, split):
            index += 1  # the writer of the entry above, on a line of its own: no TOC line
            continue
        if not paged and after_entry and (goes_on := _title_wrapped_on(lines, index, scan, head)):
            # A web TOC a text browser wrapped at its width ("w3m -dump"): the title goes on.
            _last_title_goes_on(scan, goes_on)
            index += len(goes_on)
            continue
        break
    scan.body_start = index
    if paged:
        _pages_after_one_space(scan)
        _pages_at_title_ends(scan)
        _pages_at_heading_ends(scan)
    if _points_of_an_article(lines, scan):
        return TocScan(body_start=start)  # a digest with no TOC: its first article's points
    _ellipses_before_pages(scan, lines)
    return scan


#: What ends a point of an article as a sentence, never a TOC's title: "… hồ sơ." or "… hồ sơ;"
#: (three dots end a title cut short).
_POINT_END_MARKS = (".", ";")


def _points_of_an_article(lines: Sequence[Line], scan: TocScan) -> bool:
    """Whether the TOC ``scan_toc`` read is none: the points an article numbers ("1. Tiếp nhận
    …", "2. Giải quyết …") in the first article of a digest printed without a TOC. Such points
    have no page, one of them ends as a sentence does or a paragraph (or the article's end)
    comes right after them, where a TOC is followed by a heading or a title; and the text prints
    none of their titles again outside them, where the body prints a TOC's titles over its
    articles. Read as a TOC, the first article lost its title and lead, a paragraph became a
    title, and toc.body-mismatch held back the digest."""
    entries = scan.entries
    if not entries or any(entry.page is not None for entry in entries):
        return False
    # The line after them, past a page's number or a widget (text taken from a PDF or a page).
    after = next((li.text for li in lines[scan.body_start :] if not is_furniture(li.text)), "")
    ended = any(_ends_a_point(entry.title) for entry in entries)
    if not (ended or _reads_as_prose(after) or find_back_to_top(after)):
        return False
    toc_lines = range(scan.toc_start or 0, scan.body_start)
    # Each line outside the TOC, as ``title_words`` keys it, without the number it opens with,
    # and without its first part (a TOC may leave out a title's place, or the body may).
    printed: set[str] = set()
    for at, line in enumerate(lines):
        if at not in toc_lines:
            words = title_words(line.text)
            printed.update((words, _NUMBER_WORD_RE.sub("", words, count=1)))
            printed.update(_without_first_part(line.text))
    ordered = sorted(printed)
    return not any(
        _printed_in(key, printed, ordered)
        for entry in entries
        for key in (title_words(entry.title), *_without_first_part(entry.title))
    )


#: A title's first part, a place or a label before a colon or a dash between spaces ("Lào Cai: ",
#: "Infographic – ": ``TITLE_PART_BREAK``), which a TOC or the body may leave out.
_FIRST_PART_RE = patterncache.compile(rf"[^:\n]{{1,60}}?(?:{TITLE_PART_BREAK})")


def _without_first_part(title: str) -> tuple[str, ...]:
    """The ``title_words`` key of ``title`` without its first part (``_FIRST_PART_RE``), or none."""
    part = _FIRST_PART_RE.match(title)
    return (title_words(title[part.end() :]),) if part else ()


def _ends_a_point(title: str) -> bool:
    """Whether a TOC line's title ends as a point of an article does ("…;", "….", not "...")."""
    return title.endswith(_POINT_END_MARKS) and not title.endswith(("...", "…"))


#: The number a line opens with, as ``title_words`` keys it ("1 " of "1. Title").
_NUMBER_WORD_RE = patterncache.compile(r"^\d{1,3} ")


def _printed_in(title: str, printed: set[str], ordered: Sequence[str]) -> bool:
    """Whether the lines ``printed`` (``title_words`` keys; ``ordered``, the same sorted) print
    the title ``title``: whole, longer (a title the TOC cut short, "Hà Nam: Tiếp nhận…"), or
    its first words (``_SHORTEST_TITLE_START`` characters at least, ``_LONGEST_TITLE`` at most)
    where the body broke a long title over lines."""
    if title in printed:
        return True
    at = bisect_left(ordered, title)
    if len(title) >= _SHORTEST_TITLE_START and at < len(ordered) and ordered[at].startswith(title):
        return True
    end = title.rfind(" ", 0, _LONGEST_TITLE + 1)
    while end >= _SHORTEST_TITLE_START:
        if title[:end] in printed:
            return True
        end = title.rfind(" ", 0, end)
    return False


#: One ellipsis, or three dots, that ends a TOC line's text before its page ("Title…\t12").
_ELLIPSIS_AT_END_RE = patterncache.compile(r"\s*(?:…|\.\.\.)$")


def _ellipses_before_pages(scan: TocScan, lines: Sequence[Line]) -> None:
    """Cut the ellipsis off a paged TOC line's text where it was the leader before the page, as
    an editor who typed three dots and a tab has it ("Title…\t12": a word processor makes the
    dots one "…"): always off a section's name, which no editor cuts short, and off an entry's
    title when the body prints the title whole, without it, on a line of its own outside the TOC.
    An entry whose title the body prints longer keeps its ellipsis: a title cut short."""
    renamed: dict[str, str] = {}
    for at, section in enumerate(scan.sections):
        if section.page is not None and (cut := _ELLIPSIS_AT_END_RE.search(section.name)):
            name = section.name[: cut.start()]
            if name:
                renamed[section.name] = name
                scan.sections[at] = replace(section, name=name)
    ending = [
        at
        for at, entry in enumerate(scan.entries)
        if entry.page is not None and _ELLIPSIS_AT_END_RE.search(entry.title)
    ]
    toc_lines = range(scan.toc_start or 0, scan.body_start)
    printed = {  # the body's lines, before the TOC too where it ends the digest ("MỤC LỤC")
        title_words(line.text)
        for at, line in enumerate(lines)
        if ending and at not in toc_lines and line.text[-1:] != "…"
    }
    for at, entry in enumerate(scan.entries):
        title = entry.title
        if at in ending and title_words(title) in printed:
            cut = _ELLIPSIS_AT_END_RE.search(title)
            assert cut is not None  # ``ending`` holds the entries it ends
            title = title[: cut.start()]
        named = renamed.get(entry.section or "", entry.section)
        if title != entry.title or named != entry.section:
            scan.entries[at] = replace(entry, title=title, section=named)


#: The most lines a page break prints between two lines of a TOC: the page's number, the next
#: page's running head.
_PAGE_BREAK_LINES = 3


def _page_break_in_toc(lines: Sequence[Line], index: int, scan: TocScan, head: str | None) -> int:
    """How many lines from ``lines[index]`` on a page break prints inside a TOC that goes on after
    it, as text taken from a PDF whose TOC runs over two pages has them: the page's number ("- 1
    -", "Trang 1", "1"), the next page's running head (``head``: "BẢN TIN CẢI CÁCH HÀNH CHÍNH").
    The TOC goes on where the entry after them counts on from the last one, maybe under a
    heading. 0 for any other line: the TOC ends there."""
    count = 0
    while count < _PAGE_BREAK_LINES and index + count < len(lines):
        text = lines[index + count].text
        if not _breaks_a_page(text, head):
            break
        count += 1
    return count if count and _toc_counts_on(lines, index + count, scan) else 0


def _breaks_a_page(text: str, head: str | None) -> bool:
    """Whether a line is a page's furniture (its number, a widget: ``is_furniture``) or the next
    page's running head (``head``, ``comparable``), no line of a TOC."""
    return is_furniture(text) or (head is not None and _is_running_head(text, head))


def _toc_counts_on(lines: Sequence[Line], at: int, scan: TocScan) -> bool:
    """Whether ``lines[at]`` is the TOC's next entry, its number one more than the last one's, or
    a heading in capitals over it: a TOC line, where the body's first heading is over its first
    title (numbered 1 if at all)."""
    last = scan.entries[-1].number.rsplit(".", 1)[-1]
    if not last.isdigit():
        return False
    for position, line in enumerate(lines[at : at + 2]):
        if (number := _entry_number(line.text)) is not None:
            return number == int(last) + 1
        if position or not is_upper_heading(split_page(line.text, spaced=True)[0]):
            return False
    return False


def _last_title_goes_on(scan: TocScan, pieces: Sequence[str]) -> None:
    """Join ``pieces``, the lines a title wrapped onto, to the title of the TOC's last entry."""
    last = scan.entries[-1]
    scan.entries[-1] = replace(last, title=" ".join([last.title, *pieces]))


def _goes_on_as_typed(
    lines: Sequence[Line], index: int, scan: TocScan, head: str | None
) -> list[str]:
    """The lines from ``lines[index]`` on that go on with the last entry's title of a web TOC
    (``_title_wrapped_on``) though the first reads as a section's heading typed in lower case,
    printed again further on ("… phục vụ tại" / "Bộ phận Một cửa các cấp", where the next
    title wraps the same way): the body prints the title so joined on a line of its own, and
    a heading over its articles never is. Empty for any other line."""
    if not _typed_heading(lines[index].text.strip()):
        return []
    goes_on = _title_wrapped_on(lines, index, scan, head)
    joined = " ".join([scan.entries[-1].title, *goes_on])
    return goes_on if goes_on and _printed_alone(lines[index + len(goes_on) :], joined) else []


def _goes_on_in_capitals(lines: Sequence[Line], index: int, last: TocEntry) -> bool:
    """Whether ``lines[index]``, in capitals after the TOC's ``last`` entry, goes on with its
    title, wrapped there: the body prints the title so joined on a line of its own."""
    text = lines[index].text.strip()
    return is_upper_heading(text) and _printed_alone(lines[index + 1 :], f"{last.title} {text}")


#: The longest byline a TOC prints under an entry.
_LONGEST_BYLINE = 60


def _byline_under_entry(
    line: Line, following: Line, split: Callable[[str], tuple[str, int | None]]
) -> bool:
    """Whether ``line``, after a TOC entry, prints that entry's writer alone ("Minh Châu", "ThS.
    Lê Nam"), as a magazine's TOC sets it under the title, and the TOC goes on after it: the
    next entry, or a heading in capitals over it."""
    if len(line.text) > _LONGEST_BYLINE or not names_writers(line.text):
        return False
    return _numbered_entry(following.text) is not None or is_upper_heading(split(following.text)[0])


def _names_a_listed_section(scan: TocScan, title: str) -> bool:
    """Whether a numbered line after the TOC's entries names, in capitals, a section the TOC
    listed already: the body's first heading, which the body numbers though the TOC does not
    ("1. CẢI CÁCH ĐỊA PHƯƠNG" after "3. Kiểm tra …"), no entry."""
    return is_upper_heading(title) and any(
        section_words(title) == section_words(section.name) for section in scan.sections
    )


def _empty_section(
    lines: Sequence[Line],
    index: int,
    scan: TocScan,
    split: Callable[[str], tuple[str, int | None]],
    heading: Callable[[str, int | None, int], bool],
) -> bool:
    """Whether ``lines[index]``, in a TOC already read in part, names a section that lists no
    entry ("PHÂN TÍCH – BÌNH LUẬN.....3" right over "QUẢN LÝ HÀNH CHÍNH.....3"): a heading in
    capitals over another, which an entry follows, each with its page in a paged TOC (``split``
    gives one), neither a title the TOC lists nor a section it named already (the body's first
    heading, after the TOC, is one)."""
    if not (scan.entries or scan.sections) or index + 2 >= len(lines):
        return False
    listed = [entry.title for entry in scan.entries]
    named = {section_words(section.name) for section in scan.sections}
    paged = any(entry.page is not None for entry in scan.entries) or any(
        section.page is not None for section in scan.sections
    )
    for at in (index, index + 1):
        name, page = split(lines[at].text)
        if (
            not is_upper_heading(name)
            or not heading(name, page, at)
            or (paged and page is None)
            or _lists_title(listed, name)
            or section_words(name) in named
        ):
            return False
    return _is_entry(lines[index + 2])


#: The most words a section heading typed in lower case is read with (the longest real one,
#: "Phân tích – bình luận", has four; a title or a sentence has more).
_MOST_HEADING_WORDS = 8
_HEADING_END_MARKS = tuple(".:;!?,")
#: How much longer or shorter than the TOC's a heading printed again over the body may be (a
#: number before it, "I. ", or marks around it, "- … -"): the lines to compare are those alone.
_HEADING_LENGTH_SLACK = 8


def _typed_heading(name: str) -> bool:
    """Whether a line not in capitals may be a section's heading as typed: a few words opening
    with a capital, no digit, no sentence's end ("Cải cách địa phương", not "Trong ngày, một số
    vấn đề được báo chí quan tâm phản ánh:")."""
    words = name.split()
    return (
        0 < len(words) <= _MOST_HEADING_WORDS
        and name[:1].isupper()
        and not any(character.isdigit() for character in name)
        and not name.rstrip().endswith(_HEADING_END_MARKS)
    )


class _Printings:
    """Where each line of a text prints a heading's words (``section_words``), read once, on the
    first question: a TOC of many headings typed in lower case costs one pass, not one per
    heading."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self._at: dict[str, list[int]] | None = None

    def again(self, at: int, name: str) -> bool:
        """Whether the heading ``name`` (the TOC's line ``at``) is printed again, alone on a
        line, after it: over its articles in the body."""
        if self._at is None:
            self._at = {}
            for index, line in enumerate(self.lines):
                self._at.setdefault(section_words(line.text), []).append(index)
        indices = self._at.get(section_words(name), [])
        size = len(name)
        return any(
            abs(len(self.lines[indices[after]].text) - size) <= _HEADING_LENGTH_SLACK
            for after in range(bisect_right(indices, at), len(indices))
        )


#: A number after one space at the end of a TOC line, the page of "Title 5".
_ONE_SPACE_PAGE_RE = patterncache.compile(r"(?<=\S) (?P<page>\d{1,3})$")
#: The fewest TOC lines whose numbers at their ends tell that they are pages.
_FEWEST_ONE_SPACE_PAGES = 3


def _pages_after_one_space(scan: TocScan) -> None:
    """Give a paged TOC its pages printed after one space alone ("Title 5", as text taken from a
    PDF whose TOC sets its pages at a tab stop, no leader, prints them), cut off its lines.

    One space sets off no page on its own ("… Nghị định 118" ends a title), so only a TOC none of
    whose lines has a page otherwise, and each of whose lines (3 at least, headings too) ends
    with a number, the numbers counting up through it as pages do, has its pages read so."""
    items: list[Section | TocEntry] = sorted([*scan.sections, *scan.entries], key=_line_of_item)
    if len(items) < _FEWEST_ONE_SPACE_PAGES or any(item.page is not None for item in items):
        return
    found = [_ONE_SPACE_PAGE_RE.search(_text_of_item(item)) for item in items]
    if None in found:
        return
    pages = [int(match["page"]) for match in found if match is not None]
    if pages[0] < 1 or pages != sorted(pages):
        return
    cut = {  # line -> the text before the page, and the page
        item.line: (_text_of_item(item)[: match.start()], int(match["page"]))
        for item, match in zip(items, found, strict=True)
        if match is not None
    }
    names = {section.name: cut[section.line][0] for section in scan.sections}
    scan.sections = [Section(*cut[s.line], s.line) for s in scan.sections]
    scan.entries = [
        TocEntry(e.number, title, names.get(e.section or ""), page, e.line)
        for e in scan.entries
        for title, page in (cut[e.line],)
    ]


#: A page at the end of a TOC title that has none: after one space ("Title 5"), or right after
#: its last word in lower case ("… hồ sơ12", its leader and tab lost).
_PAGE_AT_TITLE_END_RE = patterncache.compile(r"(?:(?<=\S) |(?<=[^\W\d_]))(?P<page>\d{1,3})$")


#: The most pages past the one before it the last entry's page may be read at its title's end.
_MOST_PAGES_ON = 5


def _pages_at_title_ends(scan: TocScan) -> None:
    """Give an entry of a paged TOC that lacks a page the number its title ends with, after one
    space or glued to its last word in lower case ("Kiểm tra công vụ 3", "… hồ sơ12": a line
    whose leader or tab the editor or the PDF's text lost), when most of the TOC's entries, or
    most of its lines (its headings too), have a page and the number lies between the pages
    before and after it (the last one no more than ``_MOST_PAGES_ON`` past the one before): "…
    Nghị định 118" or "… năm 2024" keeps its number. A title that did end with it is then one
    number short, and toc.body-mismatch says so (never a wrong title published silently)."""
    if all(entry.page is not None for entry in scan.entries):
        return
    items: list[Section | TocEntry] = sorted([*scan.sections, *scan.entries], key=_line_of_item)
    if not (_mostly_paged(scan.entries) or _mostly_paged(items)):
        return
    entries = list(scan.entries)
    for at, item in enumerate(items):
        if not isinstance(item, TocEntry) or item.page is not None:
            continue
        found = _PAGE_AT_TITLE_END_RE.search(item.title)
        if found is None or not (
            found[0].startswith(" ") or item.title[found.start() - 1].islower()
        ):
            continue  # glued to a word in capitals: "G7", "F0" name things
        page = int(found["page"])
        if not _page_fits(items, at, page):
            continue
        index = entries.index(item)
        entries[index] = replace(item, title=item.title[: found.start()].rstrip(), page=page)
    scan.entries = entries


def _mostly_paged(items: Sequence[Section | TocEntry]) -> bool:
    """Whether half of ``items`` (a paged TOC's lines) or more have a page."""
    return sum(item.page is not None for item in items) * 2 >= len(items)


def _page_fits(items: Sequence[Section | TocEntry], at: int, page: int) -> bool:
    """Whether ``page`` may be the page of ``items[at]`` (a paged TOC's lines in order): no
    lower than the page before it, no higher than the one after it (or, past the last page,
    than ``_MOST_PAGES_ON`` more than it)."""
    before = [i.page for i in items[:at] if i.page is not None]
    after = [i.page for i in items[at + 1 :] if i.page is not None]
    if not before and not after:
        return False
    highest = after[0] if after else before[-1] + _MOST_PAGES_ON
    return not ((before and page < before[-1]) or page > highest or page < 1)


def _pages_at_heading_ends(scan: TocScan) -> None:
    """Give a section of a paged TOC that lacks a page the number its name ends with after one
    space ("QUẢN LÝ HÀNH CHÍNH 3", "QUẢN LÝ HÀNH CHÍNH… 3": a heading whose leader and tab were
    lost, or typed as one "…"), when most of the TOC's lines have a page and the number lies
    between the pages before and after it (``_page_fits``); its entries are under the name so
    cut. Kept in the name, the page made a section the body never names."""
    items: list[Section | TocEntry] = sorted([*scan.sections, *scan.entries], key=_line_of_item)
    if not _mostly_paged(items):
        return
    renamed: dict[str, str] = {}
    for at, item in enumerate(items):
        if not isinstance(item, Section) or item.page is not None:
            continue
        found = _ONE_SPACE_PAGE_RE.search(item.name)
        if found is None:
            continue
        page = int(found["page"])
        if _page_fits(items, at, page):
            name = item.name[: found.start()].rstrip()
            renamed[item.name] = name
            index = scan.sections.index(item)
            scan.sections[index] = replace(item, name=name, page=page)
    if renamed:
        scan.entries = [
            replace(entry, section=renamed.get(entry.section or "", entry.section))
            for entry in scan.entries
        ]


def _line_of_item(item: Section | TocEntry) -> int:
    return item.line


def _text_of_item(item: Section | TocEntry) -> str:
    return item.name if isinstance(item, Section) else item.title


#: A paragraph is longer than any title a TOC lists, and than a line a text browser wraps.
_LONGEST_TITLE = 200
#: What ends a sentence, and so a paragraph; a title ends so seldom ("…" may end a cut one).
_SENTENCE_END_MARKS = (".", "!", "?", ":")


def _reads_as_prose(text: str) -> bool:
    """Whether a line reads as a paragraph, not a title: it ends as a sentence ends, or it is
    longer than any title."""
    return len(text) > _LONGEST_TITLE or text.rstrip().endswith(_SENTENCE_END_MARKS)


def _title_wrapped_on(
    lines: Sequence[Line], at: int, scan: TocScan, head: str | None = None
) -> list[str]:
    """The lines from ``at`` on (up to ``MAX_TITLE_LINES`` - 1) that carry on the last entry of
    an unpaged TOC, as a text browser wraps a long title at the page's width ("1. Thái Nguyên:
    Ứng dụng …" / "doanh nghiệp"); empty when ``lines[at]`` is not such a line. The lines are
    followed by what may follow an entry: the next entry (its number one more, or 1 again), a
    heading over it, or, after the last entry, the body's first heading or first title."""
    rest: list[str] = []
    named = {section_words(section.name) for section in scan.sections}
    for index in range(at, min(at + MAX_TITLE_LINES - 1, len(lines))):
        text = lines[index].text.strip()
        if (
            _is_entry(lines[index])
            or is_upper_heading(text)
            or find_back_to_top(text)
            or _breaks_a_page(text, head)  # a page's number or head, a widget before the body
            or section_words(text) in named  # the body's first heading, typed
            or _opens_first_title(scan, text)  # the body's first title
            or len(text) > _LONGEST_TITLE  # a paragraph: a foreword before the body
            or text.endswith(_SENTENCE_END_MARKS[:2])
        ):
            return []
        rest.append(text)
        if index + 1 < len(lines) and _ends_a_toc_entry(lines, index + 1, scan, rest):
            return rest
    return []


def _ends_a_toc_entry(lines: Sequence[Line], at: int, scan: TocScan, rest: list[str]) -> bool:
    """Whether ``lines[at]`` may follow the last entry of ``scan``, its title going on with
    ``rest``: the next entry, a heading over it, or the body's first heading or title."""
    last = scan.entries[-1]
    for position, line in enumerate(lines[at : at + 2]):
        match = TOC_ENTRY_RE.match(line.text)
        if match is not None:  # the next entry, maybe under a heading: counting on or again
            counted = int(last.number.rsplit(".", 1)[-1]) if last.number[-1:].isdigit() else 0
            return int(match["number"]) in (counted + 1, 1)
        if position == 0 and not is_upper_heading(line.text):
            break
    text = lines[at].text
    first_section = scan.sections[0].name if scan.sections else None
    if first_section is not None and section_words(text) == section_words(first_section):
        return True  # the body's first heading
    return _opens_first_title(scan, text, rest)


def _opens_first_title(scan: TocScan, text: str, rest: Sequence[str] = ()) -> bool:
    """Whether ``text`` is the TOC's first title, or its first line where the page's width
    wrapped it: the body's first article. ``rest``: how the TOC's last title goes on, which is
    its first when it has one entry. A title shorter than ``_SHORTEST_TITLE_START`` tells it
    whole only ("PAPI 2023"), and a line that opens in lower case where the title opens in
    capitals only whole: "hoàn thành số hóa", a TOC title wrapped where the page's width ends
    it, is no start of the first title "Hoàn thành số hóa sổ hộ tịch …"."""
    first = scan.entries[0].title
    if len(scan.entries) == 1 and rest:
        first = f"{first} {' '.join(rest)}"
    opening, whole = title_words(text), title_words(first)
    if opening == whole:
        return True
    return (
        len(opening) >= _SHORTEST_TITLE_START
        and whole.startswith(opening)
        and text.lstrip()[:1].islower() == first.lstrip()[:1].islower()
    )


#: The fewest characters of the body's first title, maybe wrapped itself, that tell it.
_SHORTEST_TITLE_START = 12


def _entry_parts(line: Line, split: Callable[[str], tuple[str, int | None]]) -> tuple[str, str]:
    """The number and title a numbered line prints, its page cut off by ``split`` as the TOC's
    are (("", "") for none); numbered in one level or in two ("1.1. Title")."""
    match = _numbered_entry(line.text)
    return (match["number"], split(match["rest"])[0]) if match else ("", "")


def _first_again(entries: Sequence[TocEntry], number: str, title: str) -> bool:
    """Whether a numbered line prints the TOC's first entry again, its number and title: the
    body's first title, numbered as in the TOC ("1. Hà Nam: …" after "3. …"). A TOC going on
    counts up, and one numbered again in each section does so under another heading."""
    return bool(entries) and number == entries[0].number and _lists_title([entries[0].title], title)


#: How much longer or shorter than its TOC entry a title printed in the body may be (spacing and
#: punctuation printed otherwise: ``title_words``).
_TITLE_SLACK = 12


def _lists_title(titles: Sequence[str], line: str) -> bool:
    """Whether ``line`` is one of ``titles`` however printed (in capitals, other punctuation:
    ``title_words``). Only titles about as long are compared (most are not)."""
    near = [title for title in titles if abs(len(title) - len(line)) <= _TITLE_SLACK]
    return bool(near) and title_words(line) in {title_words(title) for title in near}


def _title_goes_on(title: str, following: str, listed: str | None) -> str | None:
    """The title of the article being opened, ``title``, with the line ``following`` it, when
    ``title`` is the start of the title the TOC lists for it (``listed``, None past the TOC's
    last) and ``following`` goes on with it: a long title broken over lines where the page's
    width ends it, as text taken from a PDF without joining its lines has it ("Yên Bái: Hướng
    dẫn người dân nộp hồ sơ" / "trực tuyến trên điện thoại"). None otherwise (a title the TOC
    lists whole, or another one)."""
    if listed is None or len(following) >= len(listed):
        return None
    want = title_words(listed)
    head = title_words(title)
    if head == want or not want.startswith(head + " "):
        return None
    joined = f"{title} {following}"
    words = title_words(joined)
    return joined if want == words or want.startswith(words + " ") else None


def unnumbered_toc(
    lines: Sequence[Line], start: int, paged: bool = False
) -> tuple[Line, Line] | None:
    """A TOC whose entries are not numbered ("• Title", "Title"), which ``scan_toc`` cannot tell
    from the first article: the first section heading from ``lines[start]`` on (in a ``paged``
    TOC, with its page after it), and the line where it comes again with no article's end (its
    back-to-top link) between them; None when there is no such TOC (a digest without a TOC names
    each section once, before its articles)."""
    names = (split_page(line.text, spaced=paged)[0] for line in lines[start:])
    index = next((start + i for i, name in enumerate(names) if is_upper_heading(name)), None)
    if index is None:
        return None
    heading = comparable(split_page(lines[index].text, spaced=paged)[0])
    for line in lines[index + 1 :]:
        text = line.text.strip()
        if find_back_to_top(text):
            return None
        if is_upper_heading(text) and comparable(text) == heading:
            return lines[index], line
    return None


#: How many lines after a digest's date line its TOC's first entry may come (the print masthead's
#: other lines, the series' title, the TOC's first heading).
_FIRST_ENTRY_REACH = 12


#: The heading a TOC printed after the articles stands under, as a magazine's back page prints
#: one: "MỤC LỤC", "NỘI DUNG", "NỘI DUNG CHÍNH", "TRONG SỐ NÀY", "Nội dung bản tin:".
_TOC_HEADING_RE = patterncache.compile(
    r"(?i:mục\s+lục|nội\s+dung(?:\s+chính)?|trong\s+số\s+này)"
    r"(?:\s+(?i:bản\s+tin|số\s+này))?\s*:?"
)


def toc_at_the_end(
    content: list[Line], body_start: int, *, paged: bool
) -> tuple[TocScan, int] | None:
    """A digest that prints its TOC after its articles, under "MỤC LỤC", to the end of the text
    (or to a web page's furniture after it: "More", "Chia sẻ"): the TOC read there, starting the
    body at ``body_start``, and where the body ends (the heading). None when no such TOC ends
    the text. (Read as articles, its lines were one more article.)"""
    for index in range(len(content) - 1, body_start, -1):
        if _TOC_HEADING_RE.fullmatch(content[index].text.strip()):
            toc = scan_toc(content, index + 1, paged=paged)
            after = content[toc.body_start :]
            if (
                toc.toc_start == index + 1
                and toc.entries
                and all(is_furniture(line.text) or is_page_trailer(line.text) for line in after)
            ):
                toc.body_start = body_start
                return toc, index
            return None
    return None


def check_one_issue(
    lines: Sequence[Line], start: int, source: str, opens_issue: Callable[[int], str | None]
) -> None:
    """Raise ``MalformedBulletin`` where a second issue begins among ``lines`` from ``start``
    (the body): two digests pasted into one file. ``opens_issue(index)`` is the date a line
    dates another issue by ("Phát hành: 31/12/2024"), or None; the issue begins there when its
    TOC's first entry ("1. …") follows, so that a link to another issue among a web page's
    related links ("Các tin khác") is none. The first digest alone would be published and the
    second lost without a word; the file is refused, to be split."""
    for index in range(start, len(lines)):
        if (date := opens_issue(index)) is not None and _first_entry_follows(lines, index):
            line = lines[index]
            raise MalformedBulletin(
                source,
                f"a second digest, of {date}, begins at line {line.number} "
                f"({line.text.strip()!r}): a file holds one digest; split the file",
                line.number,
            )


def _first_entry_follows(lines: Sequence[Line], index: int) -> bool:
    """Whether a TOC's first entry ("1. Title") comes within ``_FIRST_ENTRY_REACH`` lines after
    ``lines[index]``."""
    for line in lines[index + 1 : index + 1 + _FIRST_ENTRY_REACH]:
        entry = TOC_ENTRY_RE.match(line.text)  # ``non_empty`` lines carry no indent
        if entry is not None and entry["number"] == "1":
            return True
    return False


def check_toc_read(
    lines: Sequence[Line], start: int, toc: TocScan, source: str, paged: bool = False
) -> None:
    """Raise ``MalformedBulletin`` at an unnumbered TOC (``unnumbered_toc``) that ``scan_toc``
    read none of, or whose place it gave to a numbered paragraph of the body after it ("1. Tỷ
    lệ hồ sơ …"): its titles would be read as the first article's paragraphs."""
    if toc.toc_start is not None and toc.sections:
        return  # a TOC under its headings, as digests print it
    if paged and toc.toc_start is None:
        _check_no_pages_first(lines, start, source)
    found = unnumbered_toc(lines, start, paged)
    if found is None:
        if paged and toc.toc_start is None:
            _check_no_toc_unread(lines, start, source)
        return
    first, again = found
    if toc.toc_start is not None and lines[toc.toc_start].number < again.number:
        return
    after = next((line for line in lines if line.number > first.number), None)
    if after is not None and (nested := _NESTED_NUMBER_RE.match(after.text)) is not None:
        raise MalformedBulletin(
            source,
            f"the TOC's entries are numbered in two levels ('{nested[0].strip()} …'), which "
            "bantin does not read: number them '1. Title', '2. Title', … across the TOC",
            after.number,
        )
    raise MalformedBulletin(
        source,
        f"the TOC's entries are not numbered ('1. Title'), so the TOC cannot be told from the "
        f"first article: its heading '{again.text.strip()}' comes again at line {again.number}",
        first.number,
    )


#: How many lines with a page after a leader tell a TOC that ``scan_toc`` did not read.
_FEWEST_UNREAD_TOC_LINES = 2
#: How many of a TOC's lines a message names.
_LINES_NAMED = 3


def _check_no_pages_first(lines: Sequence[Line], start: int, source: str) -> None:
    """Raise ``MalformedBulletin`` where a paged digest read with no TOC prints, before its first
    article's end, lines that set a page before a title the text prints again alone ("3   Kon
    Tum: …" over the article "Kon Tum: …"), two at least: a TOC of unnumbered entries with
    their pages first, which the first article would take for its title and paragraphs. A
    table of figures in that article ("1   Xã Đăk Hà   98%") prints no title again."""
    found: list[tuple[Line, str]] = []
    for line in lines[start:]:
        if find_back_to_top(line.text):
            break
        if line.text[:1].isdigit() and (match := _PAGE_FIRST_RE.fullmatch(line.text)):
            found.append((line, title_words(match["title"])))
    if len(found) < _FEWEST_UNREAD_TOC_LINES:
        return
    printed = {title_words(line.text) for line in lines[start:]}
    listed = [line for line, title in found if title in printed]
    if len(listed) >= _FEWEST_UNREAD_TOC_LINES:
        numbers = ", ".join(str(line.number) for line in listed[:_LINES_NAMED])
        raise MalformedBulletin(
            source,
            f"lines {numbers}{', …' if len(listed) > _LINES_NAMED else ''} print a TOC's pages "
            f"before their titles ({listed[0].text.strip()!r}) and number none of its entries, "
            "so the TOC cannot be told from the first article: number them '1. Title', '2. "
            "Title', … with each page after its title",
            listed[0].number,
        )


def _check_no_toc_unread(lines: Sequence[Line], start: int, source: str) -> None:
    """Raise ``MalformedBulletin`` where a paged digest read with no TOC has lines that print a
    TOC's pages after a leader ("I. Title.....\t1", "Bài 1: Title.....3") before its first
    article's end: entries numbered in a way bantin does not read, which the first article
    would take for its title and paragraphs, with the next article's, and no rule would tell."""
    paged: list[Line] = []
    for line in lines[start:]:
        if find_back_to_top(line.text):
            break
        if has_leader(line.text) and split_page(line.text)[1] is not None:
            paged.append(line)
    if len(paged) >= _FEWEST_UNREAD_TOC_LINES:
        raise MalformedBulletin(
            source,
            f"lines {paged[0].number} and {paged[1].number} print a TOC's pages "
            f"({paged[0].text.strip()!r}), but no TOC entry is numbered as bantin reads them: "
            "number them '1. Title', '2. Title', …",
            paged[0].number,
        )


#: The fewest characters (``title_words``) a later article's title must have to be told in the
#: first article's text.
_SHORTEST_LISTED_TITLE = 16


def check_no_titles_listed(articles: Sequence[Article], toc: TocScan, source: str) -> None:
    """Raise ``MalformedBulletin`` where a digest read with no TOC has a first article whose
    title and paragraphs print the titles of two later articles or more ("Bài 2: Lào Cai: …",
    "II. Lào Cai: …", "• Lào Cai: …", maybe joined on one paragraph): a TOC numbered or marked
    in a way bantin does not read, which the first article took for its own title and text,
    with the next article's title and text, and no rule would tell."""
    if toc.entries or len(articles) < 3:
        return
    later = {
        key
        for article in articles[1:]
        if len(key := title_words(article.title)) >= _SHORTEST_LISTED_TITLE
    }
    first = articles[0]
    units = [(first.title_line, first.title), *((p.line, p.text) for p in first.paragraphs)]
    named: dict[str, int] = {}  # a later title -> the line printing it first
    for line, text in units:
        words = f" {title_words(text)} "
        for key in later:
            if f" {key} " in words:
                named.setdefault(key, line)
    if len(named) >= 2:
        lines = sorted(named.values())
        raise MalformedBulletin(
            source,
            f"the first article's text lists the titles of {len(named)} later articles (from "
            f"line {lines[0]}): a TOC whose entries bantin does not read; number them '1. "
            "Title', '2. Title', …",
            lines[0],
        )


#: An entry numbered in two levels, its section's number first: "1.1. Title", "2.3 Title".
_NESTED_NUMBER_RE = patterncache.compile(r"\d{1,3}\.\d{1,3}\.?(?=\s)")


def _wrapped_title(lines: list[Line], index: int, title: str = "") -> tuple[str, int, int] | None:
    """The rest of a TOC title (``title``, its first line) that goes on from the line before
    ``lines[index]``: (its text, the page that ends it, the index after it), or None when no
    line up to the page goes on with it. A line that goes on with a title is neither an entry
    nor a heading, and only the last one ends with a page; a line in capitals goes on with it
    only where the body prints the title so joined on a line of its own ("… Chỉ số hài lòng" /
    "SIPAS VÀ PAR INDEX.....1", a heading otherwise)."""
    parts: list[str] = []
    for at, line in enumerate(lines[index : index + MAX_TITLE_LINES], index):
        if (page := page_alone(line.text)) is not None:  # a table's cell: "Title" / "5"
            return " ".join(parts), page, index + len(parts) + 1
        if len(parts) == MAX_TITLE_LINES - 1:
            return None
        text, page = split_page(line.text, spaced=True)
        if _is_entry(line) or (
            is_upper_heading(text)
            and not (title and _printed_alone(lines[at + 1 :], " ".join([title, *parts, text])))
        ):
            return None
        parts.append(text)
        if page is not None:
            return " ".join(parts), page, index + len(parts)
    return None


def _printed_alone(lines: Sequence[Line], title: str) -> bool:
    """Whether one of ``lines`` prints ``title`` (``title_words``), and nothing else."""
    key = title_words(title)
    size = len(title)
    return any(
        abs(len(line.text) - size) <= _TITLE_SLACK and title_words(line.text) == key
        for line in lines
    )


def _page_below_heading(
    lines: Sequence[Line], index: int, heading: Callable[[str, int | None, int], bool]
) -> int | None:
    """The page of a paged TOC's heading at ``lines[index]`` that prints none on its line but
    alone on the next, an entry after it (text copied from a PDF's table: "CẢI CÁCH ĐỊA PHƯƠNG"
    / "1" / "1. Hà Nam: …"); None for any other line."""
    if index + 2 >= len(lines) or not _is_entry(lines[index + 2]):
        return None
    page = page_alone(lines[index + 1].text)
    if page is None:
        return None
    name, printed = split_page(lines[index].text, spaced=True)
    return page if printed is None and heading(name, page, index) else None


def page_alone(text: str) -> int | None:
    """The page a paged TOC prints on a line of its own after its entry or heading, as text
    copied from a PDF's table gives each cell a line ("1. Hà Nam: …" / "5"): one to three
    digits and nothing else; None for any other line."""
    stripped = text.strip()
    return int(stripped) if stripped.isdigit() and len(stripped) <= 3 else None


#: What may follow the words in a back-to-top link: white space, "./.", "](#)" (or a named
#: target, "](#top)", "](#muc-luc)": ``_LINK_TARGET_RE``) and an arrow.
_AFTER_WORDS = "./](#)" + BACK_TO_TOP_ARROWS
_AFTER_WORDS_OR_SPACE = _AFTER_WORDS + " \t"
_LONGEST_VERB = max(map(len, BACK_TO_TOP_VERBS))
_LINK_TARGET_RE = patterncache.compile(r"\([^\S\n]?#(?P<name>[\w-]+)[^\S\n]?\)[\s./]*$")


def find_back_to_top(text: str) -> re.Match[str] | None:
    """``BACK_TO_TOP_RE.search(text)``, cheaply. In a match, the words end where the characters
    that may follow them (``_AFTER_WORDS``, white space) stop, counting from the end; every
    letter the regex takes for one of theirs, ignoring case, lowers to it. A match starts in the
    run of white space, "[" and arrows before its verb.

    Most lines are turned down by one ``rstrip`` first: when what is left ends with a
    character that is neither white space nor "g" or "G", the run ends there, and the words
    cannot end at it."""
    limit = len(text)
    if "#" in text and (target := _LINK_TARGET_RE.search(text)) is not None:
        limit = target.start("name")  # a named target ("(#top)"): the words end before it
    tail = text[:limit].rstrip(_AFTER_WORDS_OR_SPACE)
    if tail and tail[-1] not in "gG" and not tail[-1].isspace():
        return None
    end = blank_run_start(text, limit, _AFTER_WORDS)
    words = end - len(BACK_TO_TOP_WORDS)
    if words < 0 or text[words:end].lower() != BACK_TO_TOP_WORDS:
        return None
    # The verb before the words: the longest that is printed there starts the leftmost match.
    # One slice as long as the longest verb, lowered once, ends with each verb printed there
    # (lowering maps each character on its own: no verb's letters come from a character before).
    before = text[max(0, words - _LONGEST_VERB) : words].lower()
    verbs = [len(verb) for verb in BACK_TO_TOP_VERBS if before.endswith(verb)]
    if not verbs:
        return None
    start = words - max(verbs)
    return BACK_TO_TOP_RE.search(text, blank_run_start(text, start, "[" + BACK_TO_TOP_ARROWS))


def join_page_breaks(
    parts: Sequence[tuple[str, int]], *, lines_wrapped: bool = False, paged: bool = True
) -> tuple[Paragraph, ...]:
    """Rejoin paragraphs that a page break split: one that ends without terminal punctuation
    is continued by the next one (after a space; ``breaks`` notes where and on which line).
    A web page has no pages (``paged`` False): a part after a blank line always opens a
    paragraph there ("Người dân làm thủ tục … (Ảnh: Thu Hà)", a photo's caption, is one), and
    only a line right after another may go on with it. With ``lines_wrapped`` (a web page,
    whose paragraphs every tool that prints one as text separates by a blank line), a part on
    the line right after the last goes on with it even after a full stop: a text browser broke
    the paragraph where its width ended a sentence.

    Each paragraph's text is joined once, when it is complete: linear in the parts, however
    many page breaks one paragraph runs over."""
    # Most articles have no page break: every part but the last ends a paragraph (it is empty
    # or ends with terminal punctuation, as ``"x"[-1:]`` and ``""`` in the string tell).
    if all(text[-1:] in TERMINAL_PUNCTUATION for text, _ in parts[:-1]) and not (
        lines_wrapped and _any_adjacent(parts)
    ):
        return tuple([Paragraph(text, number) for text, number in parts])
    parts = _without_page_numbers(parts)
    paragraphs: list[Paragraph] = []
    pieces: list[str] = []  # the open paragraph, piece by piece, each after its separator
    breaks: list[tuple[int, int]] = []
    line = length = 0  # the open paragraph's first line and the length of its text
    last_number = 0  # the line of the last piece
    for text, number in parts:
        adjacent = number == last_number + 1
        if (
            pieces
            and length
            and (adjacent or paged)
            and ((adjacent and lines_wrapped) or _continues(pieces, text, adjacent))
        ):
            # A word the line's end broke at its hyphen ("Bà Rịa-" / "Vũng Tàu") goes on with
            # no space; any other line's end is a space.
            space = line_gap(pieces[-1], text) if adjacent else " "
            breaks.append((length + len(space), number))
            length += len(space) + len(text)
            text = space + text
        else:
            if pieces:
                paragraphs.append(Paragraph("".join(pieces), line, tuple(breaks)))
            pieces, breaks, line, length = [], [], number, len(text)
        pieces.append(text)
        last_number = number
    if pieces:
        paragraphs.append(Paragraph("".join(pieces), line, tuple(breaks)))
    return tuple(paragraphs)


#: A line that ends inside a hyphenated word, as text taken from a PDF breaks one: "Bà Rịa-",
#: "VNe-" ("kinh tế -", a dash between words, keeps its space).
_HYPHEN_BROKEN_RE = patterncache.compile(r"\w-$")


def line_gap(first: str, then: str) -> str:
    """What joins two lines of one paragraph: a space, or none after a word the line's end broke
    at its hyphen ("Bà Rịa-" / "Vũng Tàu", "(Baoquang-" / "tri.vn 13/03)")."""
    return "" if then[:1].isalnum() and _HYPHEN_BROKEN_RE.search(first) else " "


def _any_adjacent(parts: Sequence[tuple[str, int]]) -> bool:
    """Whether two of ``parts`` stand on consecutive lines."""
    return any(b[1] == a[1] + 1 for a, b in pairwise(parts))


def _without_page_numbers(parts: Sequence[tuple[str, int]]) -> Sequence[tuple[str, int]]:
    """``parts`` without the bare page numbers a page's footer left between two paragraphs: a
    number of one to three digits after a paragraph that ends (or before the first) and before
    one that opens as a sentence does ("… số hoá hồ sơ.” / "2" / "Song song đó, …"). A number
    inside a sentence that a page break split stays ("… xử lý kỷ luật" / "2" / "cán bộ …")."""
    return [part for at, part in enumerate(parts) if not _page_number_at(parts, at)]


def _page_number_at(parts: Sequence[tuple[str, int]], at: int) -> bool:
    """Whether ``parts[at]`` is such a page number (the last part, with nothing after it, is
    none)."""
    text = parts[at][0]
    if at + 1 == len(parts) or not (len(text) <= 3 and text.isdigit()):
        return False
    before = parts[at - 1][0] if at else "."
    opening = parts[at + 1][0].lstrip(_QUOTES)[:1]
    return bool(before) and before[-1:] in TERMINAL_PUNCTUATION and opening.isupper()


#: The most words a subheading in sentence case has ("Nhiều kết quả tích cực"); a page break
#: leaves at least a printed line of a paragraph before it, some fifteen words or more.
SUBHEADING_WORDS = 12


def is_subheading(line: str) -> bool:
    """Whether a line without terminal punctuation reads as a subheading in sentence case
    ("Nhiều kết quả tích cực", "3 nhóm giải pháp trọng tâm"): it opens with a capital or a
    digit, has two to ``SUBHEADING_WORDS`` words, and does not end with a word a sentence goes on
    after (``LINKING_WORDS``: "… phối hợp với")."""
    words = line.split()
    if not 2 <= len(words) <= SUBHEADING_WORDS or not (line[:1].isupper() or line[:1].isdigit()):
        return False
    last = words[-1].casefold().strip("\"“”'‘’")
    if last == "được" and words[-2].casefold() in _ACHIEVED_VERBS:
        return True  # "Kết quả đạt được", "Những việc đã làm được": what was done, said in full
    return last not in L.LINKING_WORDS


#: Verbs that "được" ends a phrase after, as a report's subheading names what was achieved
#: ("Kết quả đạt được", "Những việc chưa làm được"): no sentence goes on after them.
_ACHIEVED_VERBS = frozenset(("đạt", "làm"))


#: A photo's credit ending its caption, with no full stop after it: "… quốc gia. Ảnh: Thu Trang",
#: "Ảnh: TTXVN". A caption is a paragraph of its own, and a page never breaks a sentence there.
_PHOTO_CREDIT_END_RE = patterncache.compile(r"(?<![^\W\d_])Ảnh\s*:\s*[^\s:.!?][^:.!?]{0,60}$")
_PHOTO_CREDIT_REACH = 70


def _continues(pieces: Sequence[str], following: str, adjacent: bool) -> bool:
    """Whether a paragraph whose text (not empty) is ``pieces`` goes on in the ``following`` part
    (on the next line when ``adjacent``): it ends without terminal punctuation (an empty piece
    leaves the joining space last), and it is no subheading before a sentence, which a page break
    never cuts a sentence into: one in capitals ("KẾT QUẢ NỔI BẬT", then "Năm 2024, …"; "UBND"
    before "thành phố …" is one it cut), or in sentence case with a blank line after it
    (``is_subheading``: "Nhiều kết quả tích cực", then "Theo …"; a line broken where a page's
    width ends it runs on the next line, with no blank line between)."""
    last = pieces[-1]
    if last and last[-1] in TERMINAL_PUNCTUATION:
        return False
    if "Ảnh" in last[-_PHOTO_CREDIT_REACH:] and _PHOTO_CREDIT_END_RE.search(last):
        return False  # a photo's caption, which its credit ends
    if len(pieces) != 1:
        return True
    if following[:1].isupper() and is_upper_heading(last):
        return False
    return adjacent or not reads_as_subheading(last, following)


#: Quotation marks a paragraph may open with.
_QUOTES = "\"“‘'«"


def reads_as_subheading(line: str, following: str) -> bool:
    """Whether ``line``, a paragraph's only line, reads as a subheading in sentence case
    (``is_subheading``) before the paragraph ``following`` it, which opens as a sentence does:
    with a capital or a digit, maybe after a quotation mark ("“Chúng tôi …”", "1. Kết quả …")."""
    opening = following.lstrip(_QUOTES)[:1]
    return (opening.isupper() or opening.isdigit()) and is_subheading(line)


#: The most lines before its closing one that a source note broken at a page's width opens on.
_NOTE_LINES = 3


@dataclass
class _OpenArticle:
    title: Line
    section: Line | None
    parts: list[tuple[str, int]] = field(default_factory=list)
    citation: Citation | None = None
    #: How the edition's parts become paragraphs (``join_page_breaks`` with its layout).
    join: Callable[[Sequence[tuple[str, int]]], tuple[Paragraph, ...]] = join_page_breaks
    #: The byline the closing took out, as printed: the office or paper it names may be the
    #: source.
    signed: str = ""

    def add(self, text: str, line: int, closing: bool = False) -> None:
        """Add a paragraph; the closing one may end with the citation, which is taken out.

        The note may open on a line before the closing one (at most ``_NOTE_LINES`` before): the
        closing line holds the back-to-top link alone, after the paragraph the note ends or
        after the note on a line of its own ("(Baocamau.vn 01/02, Hồng Nhung)"), or lines were
        broken where the page's width ends them, as text taken from a PDF may be ("…
        (Baocamau.vn" / "01/02, Hồng Nhung)")."""
        if closing:
            text = self._without_picture_credit(text)
            credits = self._closing_byline(text)
            if credits is not None:
                text = self._without_picture_credit("")  # "Ảnh: Thu Hà" / "Minh Anh" / link
            if not text.strip() and self.parts and closing_source(self.parts[-1][0]):
                text, line = self.parts.pop()  # the source on a line of its own before the link
                credits = credits or self._closing_byline("") or self._bracketed_byline()
            if not text.strip() and self.parts and credits is None:
                last, last_line = self.parts[-1]  # the link alone: the paragraph before ends
                kept, credits = self._without_byline_at_end(last)
                if credits is not None:
                    self.parts[-1:] = [(kept, last_line)] if kept else []
            else:
                text, bracketed = self._without_byline_at_end(text)
                credits = credits or bracketed
            text, citation = split_citation(text, line)
            if citation is None and (agency := self._agency_alone(text, line)) is not None:
                text, citation = "", Citation(agency[0], "", (), agency[1])  # "TTXVN" alone
            if citation is None and "(" not in text and (")" in text or not text.strip()):
                start, joined = len(self.parts), text
                while start and "(" not in joined and len(self.parts) - start < _NOTE_LINES:
                    start -= 1
                    before = self.parts[start][0]
                    joined = f"{before}{line_gap(before, joined)}{joined}"
                if start < len(self.parts) and ("(" in joined or "[" in joined):  # a note
                    joined, citation = split_citation(joined, self.parts[start][1])
                    if citation is not None:
                        text, line = joined, self.parts[start][1]
                        del self.parts[start:]
            if citation is not None and credits is None and not text.strip():
                # "Minh Anh" / "(Theo Báo Nam Định)", "(Nhóm PV thực hiện)" / "(Theo …)"
                credits = self._closing_byline("") or self._bracketed_byline()
            if citation is not None and credits is not None:
                citation = credited_by(citation, *credits)
            elif credits is not None and (source := signed_source(self.signed)) is not None:
                names, separator = credits  # "Minh Anh - Sở Nội vụ", "Thu Hà/TTXVN": the source
                citation = Citation(source, "", names, line, separator)
            self.citation = citation or self.citation
        if (text := text.strip()) and not (is_picture_credit(text) and self._ended()):
            self.parts.append((text, line))

    def _agency_alone(self, text: str, line: int) -> tuple[str, int] | None:
        """(agency, line) of the agency an article's last line names alone ("TTXVN",
        ``agency_line``), the source of the text it took: the closing ``text`` on ``line``, or
        the last paragraph so far when that is empty (the back-to-top link alone), which is then
        taken out; only after a paragraph that has ended ("… phát trên kênh" / "VTV" is a sentence
        the page's width broke). None for any other line."""
        if text.strip():
            agency = agency_line(text) if self.parts and self._ended() else None
            return None if agency is None else (agency, line)
        if len(self.parts) < 2 or not self._credit_may_follow(len(self.parts) - 1):
            return None
        last, line = self.parts[-1]
        if (agency := agency_line(last)) is None:
            return None
        self.parts.pop()
        return agency, line

    def _without_picture_credit(self, text: str) -> str:
        """The closing ``text`` without a credit for the pictures (``picture_credit``: "Ảnh:
        Thu Hà") printed after the article's text, its note or its byline, which is neither text
        nor a writer: on the closing line after the note ("… (Báo Lào Cai 02/01) Ảnh: Thu Hà"),
        as the closing text, or, when that is empty (the link alone), as the last paragraph."""
        if text.strip():
            if picture_credit(text) and self._credit_may_follow(len(self.parts)):
                return ""
            return without_picture_credit_after_note(text)
        parts = len(self.parts)
        last = self.parts[-1][0] if parts else ""
        if (picture_credit(last) or is_picture_credit(last)) and self._credit_may_follow(parts - 1):
            self.parts.pop()  # "Ảnh: Thu Hà", "Ảnh minh họa"
        return text

    def _credit_may_follow(self, at: int) -> bool:
        """Whether a credit (a byline, a picture's) after the first ``at`` parts closes the
        article, no words of a sentence or a caption: they end with a paragraph that has ended
        (the note's ")" too), a byline ("Minh Anh" / "Ảnh: Thu Hà") or a source line ("Nguồn:
        Báo Lào Cai" / "Minh Anh")."""
        if not at:
            return False
        last = self.parts[at - 1][0]
        if last[-1:] in TERMINAL_PUNCTUATION:
            return True
        return byline(last) is not None or source_line(last) is not None

    def _closing_byline(self, text: str) -> tuple[tuple[str, ...], str] | None:
        """The writers a byline on a line of its own after the article's text credits, and the
        separator printed between them (``byline``), taken out of the article: the closing
        ``text`` when it is one ("Minh Anh [Về đầu trang](#)"), else, when ``text`` is empty (the
        back-to-top link alone), the last paragraph so far. Only after a paragraph that has
        ended or a source line (``_credit_may_follow``): "… ông" / "Nguyễn Văn Hùng" is a
        sentence a page's width broke. None when there is no byline; the article's text is left
        as it was. Names in capitals ("MINH ANH") only after a note, which shows the line
        credits writers (a heading reads so too)."""
        if text.strip():
            credits = self._byline_after(len(self.parts), text)
            if credits is None or not self._ended():
                return None
            self.signed = text
            return credits
        if len(self.parts) < 2 or not self._credit_may_follow(len(self.parts) - 1):
            return None
        credits = self._byline_after(len(self.parts) - 1, self.parts[-1][0])
        if credits is not None:
            self.signed = self.parts.pop()[0]
        return credits

    def _bracketed_byline(self) -> tuple[tuple[str, ...], str] | None:
        """The writers a byline in parentheses ending the last paragraph so far credits ("…
        hồ sơ. (Nhóm PV thực hiện)", or alone on its line), before a source printed on a line of
        its own; the byline is taken out of the paragraph. None when it ends with none, or when
        it is alone on its line after a paragraph that has not ended (``_credit_may_follow``):
        "… như sau" / "(Giao Thủy, Hải Hậu)" is that sentence's, as the same line bare is."""
        if not self.parts or not self.parts[-1][0].endswith(")"):
            return None
        last, line = self.parts[-1]
        kept, credits = without_bracketed_byline(last)
        alone = not kept.strip()
        if credits is None or (alone and not self._credit_may_follow(len(self.parts) - 1)):
            return None
        self.signed = last[len(kept) :]
        self.parts[-1:] = [] if alone else [(kept, line)]
        return credits

    def _without_byline_at_end(self, text: str) -> tuple[str, tuple[tuple[str, ...], str] | None]:
        """``text`` without the byline that ends it in parentheses ("… hài lòng. (PV)") or after
        its last sentence or its note ("… (Báo Nam Định 05/5) Minh Anh"), and its credits; the
        byline as printed is kept in ``signed`` (its office or paper may be the source)."""
        kept, credits = without_bracketed_byline(text)
        if credits is None:
            kept, credits = without_trailing_byline(text)
        if credits is not None:
            self.signed = text[len(kept) :]
        return kept, credits

    def _byline_after(self, at: int, text: str) -> tuple[tuple[str, ...], str] | None:
        """``byline(text)`` of a line after the first ``at`` parts; in capitals (a line with no
        lower-case letter) only when the last of them ends with a source note."""
        credits = byline(text)
        if credits is not None or not text.isupper() or not at:
            return credits
        noted = split_citation(*self.parts[at - 1])[1] is not None
        return byline(text, capitals=True) if noted else None

    def _ended(self) -> bool:
        """Whether the paragraph so far has ended (a line that only marks a picture after it is
        no text of the article; after an unended line it ends a caption the page's width broke,
        "… quốc gia" / "(Ảnh: Thu Hà)", and stays with it)."""
        return not self.parts or self.parts[-1][0][-1:] in TERMINAL_PUNCTUATION

    def ends_with_a_note(self) -> bool:
        """Whether the last paragraph so far ends with a source note, as an article ends."""
        return bool(self.parts) and split_citation(*self.parts[-1])[1] is not None

    def close_unmarked(self) -> Article:
        """Close an article whose back-to-top link is missing: its last paragraph is the closing
        one, and the article ends there (or at its title when it has no paragraph)."""
        if not self.parts:
            return self.close(self.title.number)
        text, line = self.parts.pop()
        self.add(text, line, closing=True)
        return self.close(line)

    def close(self, line_end: int) -> Article:
        paragraphs, items = item_notes(self.join(self.parts))
        return Article(
            title=self.title.text.strip(),
            title_line=self.title.number,
            line_end=line_end,
            paragraphs=paragraphs,
            section=self.section.text.strip() if self.section else None,
            section_line=self.section.number if self.section else None,
            citation=self.citation,
            item_citations=items,
        )


@dataclass
class DigestBody:
    """The articles of a digest and what follows them."""

    articles: list[Article] = field(default_factory=list)
    editor: str | None = None
    editor_line: int | None = None


#: A page number on a line of its own, as a page's footer prints it: "5", "- 5 -", "Trang 5", and
#: with the page count, as a word processor's "page X of Y" field prints it: "Trang 5/12",
#: "Trang 5 / 12", "- 5/12 -".
_OF_PAGES = r"(?:\s*/\s*\d{1,3})?"
_PAGE_NUMBER_RE = patterncache.compile(
    rf"(?:[-–]\s*\d{{1,3}}{_OF_PAGES}\s*[-–]|(?i:trang)\s+\d{{1,3}}{_OF_PAGES})"
)
#: The longest page mark: "Trang 123 / 456".
_LONGEST_PAGE_MARK = 16


#: A web page's widgets and links between articles, each a line of its own: what a site prints
#: around its articles, never a title ("Chia sẻ kinh nghiệm …" is one: only the whole line counts).
SITE_CHROME = frozenset(
    {"more", "xem thêm", "chia sẻ", "in bài", "in trang", "bản in", "gửi email", "gửi bài viết"}
    | {"quay lại", "trở về", "tải về", "bình luận", "lượt xem", "đầu trang"}
    | {"xem cỡ chữ", "đọc bài viết"}  # a portal's text-size and read-aloud buttons
)
#: The links of ``SITE_CHROME`` that are a page's buttons and nothing else: no text wherever they
#: fall in an article. The others ("Bình luận", "Chia sẻ", "Xem thêm") may head a part of an
#: article's text, so they are dropped only after its note.
PAGE_BUTTONS = frozenset(
    {"in bài", "in trang", "bản in", "gửi email", "gửi bài viết", "xem cỡ chữ", "đọc bài viết"}
)
#: The font-size widget: its name and its controls ("Font size : A- A A+", "Cỡ chữ: A- A A+").
_FONT_SIZE_RE = patterncache.compile(r"(?:font size|cỡ chữ)\s*:?(?:\s*a[-+]?)*", re.IGNORECASE)
#: No line longer than this (its closing marks left out) is a link of ``SITE_CHROME``: casefolding
#: shortens nothing, so the length alone turns most lines away.
_CHROME_LONGEST = max(map(len, SITE_CHROME))
_CHROME_MARKS = " :»›>"


#: What a web page prints after its last article to open its related links, tags, sharing
#: buttons, comments or copyright: "Các tin khác", "Tin liên quan:", "Chia sẻ: Facebook | Zalo",
#: "Từ khóa: CCHC", "© 2025 …"; or the page's byline, source and counters, which portals print
#: below an article: "Tác giả: …", "Nguồn: …", "Lượt xem: 1.234", "Tin mới nhất"; or the list
#: of the page's links a text browser's dump ends with ("References", "Visible links:"). Once the
#: body holds every article the TOC lists, the digest ends there. Only the whole name counts
#: ("Chia sẻ kinh nghiệm …" is a title).
_PAGE_TRAILER_RE = patterncache.compile(
    r"(?:(?i:tin liên quan|bài viết liên quan|bài liên quan|các tin khác|tin khác|tin cùng"
    r" chuyên mục|các bài viết khác|bài viết khác|tin tức khác|các tin đã đưa(?: ngày)?|tin đã đưa"
    r"|tin mới nhất|tin mới|tin đọc nhiều|tin xem nhiều|đọc nhiều nhất|xem nhiều nhất|xem thêm"
    r"|ý kiến bạn đọc|gửi ý kiến|gửi bình luận|bình luận|đánh giá bài viết|in bài viết|gửi bài"
    r" viết|tags?|từ khóa|chia sẻ|bản quyền|số lượt xem|lượt xem|lượt truy cập|thống kê truy"
    r" cập|tác giả|nguồn|references|visible links|hidden links)(?=\s*(?:[:»›>|(]|$))|©)"
)


def is_page_trailer(text: str) -> bool:
    """Whether ``text`` opens what a web page prints after its articles (``_PAGE_TRAILER_RE``)."""
    return _PAGE_TRAILER_RE.match(text.strip()) is not None


#: No line longer than this is a page's link alone (``is_page_link``): "Bài viết liên quan:".
_LINK_LONGEST = 24


def is_page_link(text: str) -> bool:
    """Whether ``text`` is nothing but a link a web page prints by an article: a widget of
    ``SITE_CHROME`` ("Xem thêm", "Chia sẻ") or the bare name of what follows an article ("Tin
    liên quan", "Tin khác:"), with no words after it."""
    key = text.strip().rstrip(_CHROME_MARKS)
    if key.casefold() in SITE_CHROME:
        return True
    name = _PAGE_TRAILER_RE.match(key)
    return name is not None and name.end() == len(key) and key != "©"


def is_page_button(text: str) -> bool:
    """Whether ``text``, a page's link (``is_page_link``), is one of its buttons
    (``PAGE_BUTTONS``: "In trang", "Xem cỡ chữ")."""
    return text.strip().rstrip(_CHROME_MARKS).casefold() in PAGE_BUTTONS


def is_furniture(text: str) -> bool:
    """Page furniture between or after articles: a web page's widgets and links (the font-size
    widget, "More", "Chia sẻ", ``SITE_CHROME``), a page's number ("5", "- 5 -", "Trang 5")."""
    stripped = text.strip()
    if stripped.isdigit() or is_page_mark(stripped):
        return True
    if stripped[:1] in "FfCc" and _FONT_SIZE_RE.fullmatch(stripped):
        return True
    key = stripped.rstrip(_CHROME_MARKS)
    if len(key) > _CHROME_LONGEST:
        return False  # most lines: longer than any link's name
    return key.casefold() in SITE_CHROME


def is_end_mark(text: str) -> bool:
    """The mark that ends a Vietnamese document, alone on its line ("./.", "/."): after an
    article's back-to-top link, where a copy of the page put it on a line of its own, it is no
    title of another article."""
    return text.strip() in _END_MARKS


_END_MARKS = frozenset(("./.", "/."))


def is_page_mark(text: str) -> bool:
    """A page's number as only a page prints it ("- 5 -", "Trang 5"), which may fall inside an
    article where a page ends. A bare "5" there may as well be a piece of a paragraph that a page
    break split ("… xử lý kỷ luật" / "2" / "cán bộ …"): it is kept."""
    stripped = text.strip()
    return len(stripped) <= _LONGEST_PAGE_MARK and _PAGE_NUMBER_RE.fullmatch(stripped) is not None


#: What follows a running head: the page, "– Trang 5", " - 5", " 5", " - Trang 5/12".
_AFTER_HEAD_RE = patterncache.compile(rf"\s*+[-–|]?\s*(?:(?i:trang)\s+)?\d{{1,3}}{_OF_PAGES}")
#: The issue a running head may name after the title: "… ngày 03/3/2025", "… số 45", "… số
#: 45/2025" (``comparable`` text: lower case).
_HEAD_ISSUE_RE = patterncache.compile(
    r"\s+(?:ngày\s+\d{1,2}/\d{1,2}/\d{4}|số\s+\d{1,4}(?:/\d{4})?)"
)
#: The longest such issue: " ngày 03/03/2025".
_LONGEST_HEAD_ISSUE = 16


#: The second line of a running head in two lines, the issue under the digest's title ("BẢN
#: TIN CẢI CÁCH HÀNH CHÍNH" / "Ngày 14/03/2024", "Số 45 - Ngày 14/03/2024", "Số 09 - Tháng
#: 9/2025", "Quý III/2025"), maybe with the page ("Ngày 14/03/2024 - Trang 2"); ``comparable``
#: text: lower case.
_HEAD_ISSUE_LINE_RE = patterncache.compile(
    r"(?:số\s+\d{1,4}(?:/\d{4})?(?:\s*[-–,]\s*|\s+)?)?"
    r"(?:ngày\s+\d{1,2}/\d{1,2}/\d{4}|tháng\s+\d{1,2}/\d{4}|quý\s+[ivx]{1,3}/\d{4}|năm\s+\d{4})?"
    rf"(?:\s*+[-–|]?\s*(?:trang\s+)?\d{{1,3}}{_OF_PAGES})?"
)


def _is_head_issue(text: str) -> bool:
    """Whether ``text`` is the issue a running head in two lines prints under the title
    (``_HEAD_ISSUE_LINE_RE``): a day or a number, no more than one line of furniture holds."""
    plain = comparable(text)
    return bool(plain) and plain[:1] in "sntq" and _HEAD_ISSUE_LINE_RE.fullmatch(plain) is not None


#: The widest gap a page's layout sets between its head and its page (a line is at most about
#: 130 characters wide).
_WIDEST_LAYOUT_GAP = 100


#: The words a digest's title names its subject with, which a running head may write as their
#: initials, "CCHC" (``comparable`` text: lower case).
_REFORM = "cải cách hành chính"


def _is_running_head(text: str, head: str) -> bool:
    """Whether ``text`` is the digest's title (``head``, compared as ``comparable``) printed at
    the top of a page, with the page or without, maybe naming the issue ("Bản tin Cải cách hành
    chính ngày 03/3/2025 – 2", "… số 45")."""
    longest = len(head) + _LONGEST_HEAD_ISSUE + _LONGEST_PAGE_MARK
    if len(text) > longest:
        # The page set apart by a run of spaces, as text taken with the page's layout has it.
        if len(text) > longest + _WIDEST_LAYOUT_GAP or "  " not in text:
            return False
        text = collapse_spaces(text)
        if len(text) > longest:
            return False
    plain = comparable(text)
    if plain.startswith(head):
        after = len(head)
    elif _REFORM in head and plain.startswith(short := head.replace(_REFORM, "cchc")):
        after = len(short)  # "Bản tin CCHC số 09/2025 – 2": the title as its initials write it
    else:
        return False
    if issue := _HEAD_ISSUE_RE.match(plain, after):
        after = issue.end()
    return after == len(plain) or _AFTER_HEAD_RE.fullmatch(plain, after) is not None


def parse_body(
    lines: Sequence[Line],
    toc: TocScan,
    running_head: str | None = None,
    *,
    lines_wrapped: bool = False,
    paged: bool = True,
) -> DigestBody:
    """The sections and articles of a digest's body (``_read_body``). What a web page prints after
    its articles, and the colophon after the sign-off, are left out, unless a line of them
    carries an article's back-to-top link: then they held articles the TOC does not list, which
    the body keeps (``toc.body-mismatch`` reports them).

    A body that prints no section heading at all leaves each article in the section the TOC
    lists it under (``_sections_from_toc``)."""
    lines = _links_rejoined(_gaps_closed(lines))
    join = partial(join_page_breaks, lines_wrapped=lines_wrapped, paged=paged)
    body = _read_body(lines, toc, running_head, trailers=True, join=join)
    if body is None:
        body = _read_body(lines, toc, running_head, trailers=False, join=join)
    assert body is not None  # without trailers, every body is read
    if toc.sections and not any(article.section for article in body.articles):
        body.articles = _sections_from_toc(body.articles, toc.entries)
    return body


#: What opens a line that goes on with a back-to-top link the page's width broke: its last words.
_LINK_TAIL_RE = patterncache.compile(r"(?:đầu\s+trang|trang)(?![^\W_])", re.IGNORECASE)
#: How such a line starts, as ``str.startswith`` tests it at C speed (any case of the words).
_LINK_TAIL_STARTS = ("đầu", "Đầu", "ĐẦU", "trang", "Trang", "TRANG")


#: A gap inside a body line that text laid out as the page is leaves: a run of spaces where a
#: justified line was widened or a page's head set its page apart ("BẢN TIN …      Trang 2",
#: "[Về  đầu trang](#)", ``pdftotext -layout``), or a tab.
_GAP_RE = patterncache.compile(r"(?<=\S)(?:[ \u00a0]{2,}+|\t)[ \t\u00a0]*+(?=\S)")


def _gaps_closed(lines: Sequence[Line]) -> Sequence[Line]:
    """``lines`` with every gap inside a line (``_GAP_RE``) one space: a body's words are one
    space apart, however the page's layout set them, so that a link, a note, a title or a page's
    head reads as printed plainly, and no text is published with the layout's gaps."""
    whole = "\n".join(map(itemgetter(1), lines))
    if "  " not in whole and "\t" not in whole:
        return lines  # most bodies: two C-level searches of their text
    return [
        Line(line.number, _GAP_RE.sub(" ", line.text))
        if "  " in line.text or "\t" in line.text
        else line
        for line in lines
    ]


def _links_rejoined(lines: Sequence[Line]) -> Sequence[Line]:
    """``lines`` with each back-to-top link that the page's width broke over two lines ("… (Báo
    Lào Cai 02/01, Thu Hà)[Về" / "đầu trang](#)", as text taken from a PDF without joining its
    lines prints a link after a long note) joined back on its first line, whose number it
    keeps: the second half alone is no link, and the article went on past its end."""
    if not any(map(str.startswith, map(itemgetter(1), lines), repeat(_LINK_TAIL_STARTS))):
        return lines  # most bodies: no line opens with a link's last words (told at C speed)
    joined: list[Line] = []
    for line in lines:
        if joined and _LINK_TAIL_RE.match(line.text):
            whole = f"{joined[-1].text} {line.text}"
            if (
                find_back_to_top(whole)
                and not find_back_to_top(joined[-1].text)
                and not find_back_to_top(line.text)  # "Trang thông tin … [Về đầu trang](#)"
            ):
                joined[-1] = Line(joined[-1].number, whole)
                continue
        joined.append(line)
    return joined


def _sections_from_toc(articles: Sequence[Article], entries: Sequence[TocEntry]) -> list[Article]:
    """``articles`` of a body without section headings, each in the section of the TOC entry at
    its place when that entry is its title (its ``section_line`` stays None: no line prints it
    there)."""
    filled = [
        replace(article, section=entry.section)
        if title_words(entry.title) == title_words(article.title)
        else article
        for article, entry in zip(articles, entries, strict=False)
    ]
    return filled + list(articles[len(filled) :])


def _read_body(
    lines: Sequence[Line],
    toc: TocScan,
    running_head: str | None,
    *,
    trailers: bool,
    join: Callable[[Sequence[tuple[str, int]]], tuple[Paragraph, ...]] = join_page_breaks,
) -> DigestBody | None:
    """Read sections and articles: a heading opens a section, the next line is an article title,
    paragraphs follow until the line that carries the back-to-top link. Page furniture is left
    out wherever it falls: a page's number ("- 5 -", "Trang 5"; a bare "5" only between
    articles), and the digest's title as a page's running head (``running_head``, alone or with
    the page: "Bản tin Cải cách hành chính – Trang 5").

    A line in capitals is a section's heading, unless it is one of the titles ``toc`` lists: a
    title printed in capitals in the body ("HÀ NAM: TIẾP NHẬN HỒ SƠ …"). A heading that is a
    section the TOC names gives its articles the TOC's name for it. The sign-off ("Biên tập
    viên: NAME") ends the digest once it holds as many articles as the TOC lists: what follows is
    the colophon ("Điện thoại: …", "Email: …"), no article. So does, then, what a web page prints
    after its articles (``is_page_trailer``: "Các tin khác", "Chia sẻ: Facebook | Zalo"). Both
    are left out only with ``trailers``, and None is returned if a line of either carries a
    back-to-top link."""
    head = comparable(running_head) if running_head else None
    # A heading the TOC names is published under the TOC's name, so that an article's section is
    # one the sections table lists ("CẢI CÁCH ĐỊA PHƯƠNG:", "* QUẢN LÝ HÀNH CHÍNH" in the body).
    section_names = {section_words(section.name): section.name for section in toc.sections}
    # No line longer than this names a section: most lines are told so by their length alone.
    longest_name = max((len(s.name) for s in toc.sections), default=0) + _HEADING_LENGTH_SLACK
    listed = [entry.title for entry in toc.entries]

    head_line = -1  # the number of the line of the last running head met

    def running(line: Line, text: str) -> bool:
        """Whether ``line`` is a page's running head: the digest's title (with the page or the
        issue, or neither), or the issue on the line right under it (``_is_head_issue``)."""
        nonlocal head_line
        if head is None:
            return False
        if line.number == head_line + 1 and _is_head_issue(text):
            return True
        if _is_running_head(text, head):
            head_line = line.number
            return True
        return False

    def section_heading(text: str) -> bool:
        """Whether a line in capitals heads a section: a section the TOC names, or any that is
        none of the titles it lists (a title printed in capitals in the body is a title)."""
        return section_words(text) in section_names or not _lists_title(listed, text)

    def named_section(text: str) -> bool:
        """A line not in capitals that names a section of the TOC and is none of its titles: a
        heading typed as the TOC prints it ("Cải cách địa phương" over both, where a font set
        them in capitals or bold type alone marks them)."""
        return (
            len(text) <= longest_name
            and section_words(text) in section_names
            and not _lists_title(listed, text)
        )

    def unnumbered(text: str) -> str:
        """A title the body numbers as the TOC does ("2. Lào Cai: …"), without its number."""
        match = _numbered_entry(text)
        return match["rest"].strip() if match and _lists_title(listed, match["rest"]) else text

    def prints_title(text: str, title: str) -> bool:
        """Whether the line ``text`` prints ``title``, numbered as the TOC numbers it or not."""
        return title_words(unnumbered(text)) == title_words(title)

    def heads_next_title(index: int, title: str) -> bool:
        """Whether the line after ``lines[index]`` prints the next ``title`` the TOC lists."""
        if not title or index + 1 >= len(lines):
            return False
        return prints_title(lines[index + 1].text.strip(), title)

    def listed_at(index: int) -> str | None:
        """The title the TOC lists at ``index`` (None past its last)."""
        return listed[index] if index < len(listed) else None

    def title_after(opened: int) -> tuple[str, int, int]:
        """The title the TOC lists after the article ``opened`` (its index) and the lengths a
        line printing it may have; ("", 1, 0), which no line fits, after the last."""
        after = listed_at(opened + 1)
        if after is None:
            return "", 1, 0
        return after, len(after) - _TITLE_SLACK, len(after) + _TITLE_SLACK

    body = DigestBody()
    # The next title the TOC lists while an article is open: met in the article, it ends it (its
    # back-to-top link is missing). Most lines are paragraphs, far longer: told by length alone.
    after, shortest, longest = title_after(0)
    section: Line | None = None
    article: _OpenArticle | None = None
    trailer = False  # past the related links, tags or comments a web page ends with
    colophon = False  # past the first line of a colophon that no sign-off came before
    for index, line in enumerate(lines):
        text = line.text.strip()
        editor = EDITOR_RE.match(text) if ":" in text else None  # the regex needs a colon
        if editor:
            if article is not None:
                body.articles.append(article.close_unmarked())
                article = None
            body.editor, body.editor_line = editor["name"], line.number
            continue
        if trailer:
            if find_back_to_top(text):
                return None  # an article's end: what looked like the page's was the digest's
            continue
        if article is None:
            if is_furniture(text) or running(line, text) or is_end_mark(text):
                continue  # the page ended after the last article: no section, no title
            every_one_in = bool(listed) and len(body.articles) >= len(listed)
            if trailers and every_one_in and (sign := COLOPHON_RE.match(text)):
                # No sign-off, but the colophon after the last article: the digest ended.
                colophon = True
                if sign["makers"] and sign["name"] and body.editor is None:
                    body.editor, body.editor_line = sign["name"], line.number
                continue
            if trailers and every_one_in and (body.editor is not None or colophon):
                # Signed off with every article listed: the colophon ("Điện thoại: …"), unless a
                # line ends an article with its back-to-top link: then the sign-off did not end
                # the digest, and articles the TOC does not list follow it (read again without
                # skipping, toc.body-mismatch reports them).
                if find_back_to_top(text):
                    return None
                continue
            if trailers and every_one_in and is_page_trailer(text):
                trailer = True  # "Các tin khác", "Chia sẻ: …": the page's, after the digest
                continue
            if (is_upper_heading(text) or named_section(text)) and section_heading(text):
                section = Line(line.number, section_names.get(section_words(text), text))
            elif (
                not body.articles
                and listed
                and not _lists_title(listed, unnumbered(text))
                and _reads_as_prose(text)
            ):
                # The editor's foreword before the first article ("Kính gửi quý bạn đọc, …"), as
                # monthly and quarterly issues print one: prose no TOC lists, no article.
                continue
            else:
                article = _OpenArticle(Line(line.number, unnumbered(text)), section, join=join)
                after, shortest, longest = title_after(len(body.articles))
            continue
        if not article.parts and (
            whole := _title_goes_on(article.title.text, text, listed_at(len(body.articles)))
        ):
            article.title = Line(article.title.number, whole)  # broken where the page ended it
            continue
        upper = text.isupper() and is_upper_heading(text)  # most lines: not in capitals
        if (
            (upper and section_words(text) in section_names)
            or (len(text) <= longest_name and named_section(text))  # most lines: too long
            or (upper and heads_next_title(index, after) and not _lists_title(listed, text))
        ):
            # A heading while an article is open: its back-to-top link is missing. One the TOC
            # does not name heads a section when the next title follows it (a page that prints
            # its sections in the body only).
            body.articles.append(article.close_unmarked())
            article = None
            section = Line(line.number, section_names.get(section_words(text), text))
            continue
        if (
            trailers
            and len(body.articles) + 1 >= len(listed)
            and is_page_trailer(text)
            and not find_back_to_top(text)
            and article.ends_with_a_note()
        ):
            # The last article open and ended by its source note, the page's own links ("Các
            # tin khác"): the digest ended there, its back-to-top link missing.
            body.articles.append(article.close_unmarked())
            article = None
            trailer = True
            continue
        if shortest <= len(text) <= longest and prints_title(text, after):
            # The next article's title while one is open: its back-to-top link is missing.
            body.articles.append(article.close_unmarked())
            article = _OpenArticle(Line(line.number, unnumbered(text)), section, join=join)
            after, shortest, longest = title_after(len(body.articles))
            continue
        if (len(text) <= _LONGEST_PAGE_MARK and is_page_mark(text)) or (
            head is not None and running(line, text)
        ):
            continue  # a page's number or head between the two halves of a paragraph (most
            # lines are told none by their length, or by a digest that names no running head)
        if (
            len(text) <= _LINK_LONGEST
            and is_page_link(text)
            and (is_page_button(text) or article.ends_with_a_note())
        ):
            continue  # "In trang" anywhere, "Tin liên quan" after the note: the page's links
        marker = find_back_to_top(text)
        if marker:
            article.add(text[: marker.start()], line.number, closing=True)
            body.articles.append(article.close(line.number))
            article = None
        else:
            article.add(text, line.number)
    if article is not None:
        body.articles.append(article.close_unmarked())
    return body
