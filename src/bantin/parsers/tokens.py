"""The one reading of the numbers in running text: dates, figures, and what is neither.

Both the figures (``bantin.parsers.figures``) and the dates (``bantin.parsers.mentions``) are read
from the tokens this module gives, so one reading decides what "5/9" is: in "Có đến 5/9 huyện" a
ratio, in "Chiều 5/9" a date, in "số 5/9 đường Lê Lợi" an address, in "tháng 5/2024" a month.

The scan is linear in the length of the text: one left-to-right pass of one regular expression
(``_OPENING``, which stops where a token may open; the readings are matched there), and every look
at the words around a number is confined to a window of fixed size.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Literal, NamedTuple

from bantin import patterncache
from bantin.parsers import lexicon as L
from bantin.parsers.memo import TextMemo
from bantin.parsers.text import parse_vn_number
from bantin.parsers.weekdays import (
    day_of_an_ordinal,
    first_of_two_after_pair,
    may_end_with_weekday,
    pair_names_days,
    past_weekday_after,
    range_after,
    time_after,
    weekday_after,
    weekday_before,
    weekdays_after_two,
    weekdays_of_two,
    weekend_of_two,
)
from bantin.parsers.window_end import at_end

TokenKind = Literal[
    "date",  # "13/2/2023", "ngày 19/8/19999" (impossible, still a date), "Chiều 31/1",
    # "1-7-2025", "Sáng 12.4", "ngày 09 tháng 10 năm 2025", "Sáng thứ Hai (2/12)", two days of
    # one month "ngày 27-28/11", "ngày 15 và 16/5", both ends of "từ ngày 28/2 đến 3/3"
    "lunar_date",  # a day of the lunar calendar, "ngày 10/3 âm lịch", "mùng 10/3 (ÂL)": never
    # checked against the solar calendar (a lunar month has 29 or 30 days, on other weekdays)
    "month_year",  # "tháng 4/2024"
    "quarter_year",  # "quý 2/2021", "quý I/2024"
    "period",  # an unmarked "3/2024" or "2023/2024": never a figure
    "year_span",  # "2021-2025", "2017 - 2025"
    "document",  # "61/2018/NĐ-CP", "468/QĐ-TTg", "04-NQ/TU"
    "address",  # "số 150/2 đường Lê Lợi", "ngõ 12/34", a place named so: "đường 3/2"
    "phone",  # "0258.3822.456", "0236/3822123", "1900.1234"
    "time",  # "8h30", "14:30", and service hours "24/24 giờ"
    "label",  # a school class "lớp 6/9": never a figure
    "scale",  # a map's scale "bản đồ địa chính tỷ lệ 1/2.000": never a figure
    "split",  # shares of a whole "chia theo tỷ lệ 70/30", "cơ cấu 40/60": never a figure
    "percent",  # "45%", "trên 45%", a range "0,2-0,3%" / "từ 20% đến 30%"
    "ratio",  # "30/63", "7/9 huyện", "101 TTHC/235 TTHC"
    "ratio_percent",  # "224/224 (100%)", "37/76 cơ quan, đơn vị (chiếm 48,6%)"
    "rank",  # "xếp thứ 12/63", "đứng thứ 5/34"
    "score",  # "40,62/80 điểm"
]
FIGURE_KINDS: tuple[str, ...] = ("percent", "ratio", "ratio_percent", "rank", "score")
DATE_KINDS: tuple[str, ...] = ("date", "month_year")

#: How far the reading looks left and right of a number for the words that decide it.
LEFT_WINDOW = 48
RIGHT_WINDOW = 160


class Token(NamedTuple):
    """One number (or group of numbers) read in a text; ``text[start:end]`` as printed.

    A named tuple: immutable like a frozen dataclass, and several times cheaper to build, which
    counts here (every number of every paragraph is one).
    """

    kind: TokenKind
    text: str
    start: int
    end: int
    value: float | None = None
    value_low: float | None = None
    value_high: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    dot_decimal: bool = False
    qualifier: str | None = None
    unit: str | None = None
    stated: str | None = None  # the percentage printed with a ratio ("48,6%")
    stated_qualifier: str | None = None
    ratio_text: str | None = None  # the ratio as printed ("37/76")
    day: int | None = None
    month: int | None = None
    year: int | None = None
    first_day: int | None = None  # the first of two days with one month: 27 in "27-28/11"
    weekday: str | None = None  # the weekday printed with a day, as printed ("thứ Hai")
    first_weekday: str | None = None  # the first of two days' weekday: "thứ Sáu và thứ Bảy"


#: A number as printed ("45", "1.624.565", "132,58"), and the numbers before a document's code
#: ("61/2018/"). Possessive: what follows a number in every reading below starts with neither a
#: digit nor "." or "," and a digit, so the digits given back never let a reading match, and trying
#: them is most of the cost of the readings that fail ("45%" is no range). Each reading is held to
#: the same one with backtracking numbers by ``tests/properties/test_token_windows.py``.
_NUM = r"\d++(?:[.,]\d++)*+"
_DOCUMENT_NUMS = r"\d++(?:/\d++)*+"
_INT = r"\d{1,3}(?:\.\d{3})+|\d+"
#: No number, word or slash right before, nor a comma after a digit (the decimal of "3,5/10"); a
#: comma a typist left no space after ends a word there: "Hà Nội,31/9/2024", "trực tuyến,45%".
#: A slash after a percentage joins two of them, each read ("nam/nữ là 52%/48%"). A word with a
#: digit before the comma is a number a scan misread ("9l,2%": 91,2%), no word: nothing is read.
_B = r"(?<![\w.])(?<!\d,)(?<!\d[^\W\d_],)(?:(?<!/)|(?<=%/))"
#: The signs that join the ends of a range of percentages: a hyphen (first, so that a character
#: set holds it as itself), an en dash, and the em dash, minus and division signs of typeset or
#: technical writing ("20—25%", "10−15%", "30÷50%").
_RANGE_SIGNS = "-–—−÷"
_YEAR = r"(?:19|20)\d{2}"
_YEAR_RE = patterncache.compile(_YEAR)
_CODE = r"[A-ZĐ][A-Za-zĐđ]*\d*(?:[-–][A-Za-zĐđ0-9]+)*"  # "NĐ-CP", "QĐ-TTg", "QH13"

#: Every reading, by the name of its group, tried in this order at each position (the first that
#: matches wins).
_READINGS = {
    # "61/2018/NĐ-CP", "468/QĐ-TTg", "12/KH-UBND", "04-NQ/TU"
    "document": rf"(?P<document>{_B}{_DOCUMENT_NUMS}/{_CODE}(?:/{_CODE})*|{_B}\d++-[A-ZĐ]+/{_CODE})",
    # "quý 2/2021", "quý I/2024"
    "quarter": r"(?P<quarter>(?<!\w)(?i:quý)\s+(?:[IV]{1,3}|[1-4])/\d{4}(?![\d/]))",
    # "101 TTHC/235 TTHC"
    "unit_ratio": rf"(?P<unit_ratio>{_B}(?P<ua>{_INT})\s+{L.COUNT_NOUN}\s*/\s*(?P<ub>{_INT})\s+(?P=unit)(?!\w))",
    # "13/2/2023", "19/8/19999", "5/9", "30/63", "40,62/80", and typed with a space on each side
    # of the slash, read the same: "45 / 50 chỉ tiêu", "15 / 12 / 2025"
    "slash": rf"(?P<slash>{_B}(?<!/[ \t])(?P<a>{_NUM})(?:/|(?P<spaced>[ \t]/[ \t]))(?P<b>{_NUM})"
    r"(?:(?(spaced)[ \t]/[ \t]|/)(?P<c>\d+))?(?![\w/]|[.,]\d)(?(spaced)(?![ \t]/)))",
    # "2021-2025", "2017 - 2025"
    "span": rf"(?P<span>{_B}{_YEAR}\s?[-–]\s?{_YEAR}(?![\d%]|\s?%|[.,]\d))",
    # "0,2-0,3%", "10-11%", "từ 20% đến 30%", "20 - 30 %", "30÷50%" (_RANGE_SIGNS), and up to
    # its top left out, "từ 80% đến dưới 90%" (how a group of a ranking is bounded)
    "range": rf"(?P<range>(?:(?<!\w)(?i:từ)\s+)?{_B}(?P<lo>{_NUM})\s?(?P<lo_pct>%)?+\s?"
    rf"(?:[{_RANGE_SIGNS}]|(?i:đến|tới)(?:\s(?i:dưới))?)\s?(?P<hi>{_NUM})\s?%)",
    # "45%", "132,58 %"
    "percent": rf"(?P<percent>{_B}(?P<p>{_NUM})\s?%)",
    # The other ways the press prints a day: "1-7-2025", "ngày 1-7" (a hyphen, never an en dash,
    # which joins a range), "12.4.2022", "Sáng 12.4", "ngày 09 tháng 10 năm 2025". A "-" or "."
    # date is no range ("15-16/5" is two days of May), percentage or decimal; with its year it
    # may open a range of dates ("(30-4-1975 - 30-4-2025)").
    "dated": rf"(?P<dated>{_B}(?P<da>\d{{1,2}})(?:(?P<dash>-)|\.)(?P<db>\d{{1,2}})"
    r"(?:(?(dash)-|\.)(?P<dc>\d{4,5}))?(?![\w/%]|[-.,–]\d|\s?%)(?(dc)|(?!\s?[-–]\s?\d)))",
    # … and with the year right after the month, as a site's dateline prints it ("Thứ ba, 25
    # Tháng 1 2022 16:22"): a year of this century or the last there, "năm" or not.
    "spelled": rf"(?P<spelled>{_B}(?P<sa>\d{{1,2}})\s+(?i:tháng)\s+(?P<sb>\d{{1,2}})"
    r"(?:\s+(?:(?i:năm)\s+(?P<sc>\d{4,5})|(?P<sy>(?:19|20)\d{2})))?(?![\w/%]|[.,]\d))",
    # A month and year after "tháng", with a dash or a dot as papers print them: "tháng 11-2023"
    # (Nhân Dân, Quân đội nhân dân), "tháng 12.2023" (Thanh Niên).
    "month_dated": rf"(?P<month_dated>{_B}(?P<ma>\d{{1,2}})[-.](?P<mb>{_YEAR})(?![\w/%]|[-.,–]\d))",
    # "8h30", "14:30"
    "time": r"(?P<time>(?<![\w:])\d{1,2}(?:h|:)\d{2}(?![\d:]))",
    # "0258.3822.456", "(0236) 3822 123", "1900.1234"
    "phone": r"(?P<phone>(?<![\w.,/])(?:\(?0\d{2,3}\)?[\s.]?\d{3,4}[\s.]?\d{3,4}"
    r"|1[89]00[\s.]?\d{3,4}(?:[\s.]\d{2,4})?)(?![\d.,%/]))",
}
_ALTERNATIVES = "(?:" + "|".join(_READINGS.values()) + ")"
#: Every alternative starts with a digit, "(", or "quý"/"từ" and a space, never right after a
#: letter or digit. These assertions turn away every other position before the alternatives are
#: tried. The matches are those of the bare alternatives, and _MASTER's search from any position is
#: what the reader's faster scan (``tokenize``) is held to (``tests/properties/test_token_windows.py``).
_START = r"(?=[\dqQtT(])(?<!\w)(?=[\d(]|(?i:từ|quý)\s)"
_MASTER = patterncache.compile(_START + _ALTERNATIVES)

#: Words in a count noun ("thủ tục hành chính": 4), for the test of "101 TTHC/235 TTHC" below.
_NOUN_WORDS = max(len(noun.split()) for noun in (*L.COUNT_NOUNS, *L.COUNT_ABBREVIATIONS))
#: Where a token may open: sre skips to a pattern's first character at C speed only when the
#: pattern opens with a character set, which _MASTER cannot (tokens open at "từ" and "quý", and
#: word-initial t and q are everywhere), so it tries every position. This pattern opens with one:
#: it stops at a digit or "(" that can open a token, and at the "ừ" of "từ" or the "ý" of "quý"
#: before one; _MASTER is then tried only there. It is a cheap superset of _MASTER's openings (after
#: a number's digits: "/", "%", a dash, "h" or ":", a range's "đến"/"tới", a count noun and "/",
#: "tháng"; a day and month with dots; or a phone's digits), held to _MASTER by
#: ``tests/properties/test_token_windows.py``. Right after
#: "/", "." or "," (the rest of "13/2/2023", "1.234") only a time can open, which keeps the pass
#: linear in a long run of dotted digits.
#: The characters _OPENING stops at, as one set sre tests by one table lookup: "0"-"9", "(", "ừ",
#: "Ừ", "ý", "Ý" and every other digit. "\d" is a Unicode category that sre looks up for every
#: character, so the digits beyond ASCII are covered by ranges instead: everything from U+0660 (the
#: first of them) but U+1E00–U+2FFF (Vietnamese letters, punctuation), which holds none
#: (``tests/properties/test_token_windows.py``); the branches below test ``\d``. The set is written
#: as the characters it leaves out, all below U+3000: a set reaching beyond U+FFFF costs sre a
#: second test for every character it does not hold, most of the text.
_OPENING_CHARS = "[^\x00-'\\)-/:-ÜÞ-üþ-\u065f\u1e00-\u1ee9\u1eec-\u2fff]"
_OPENING = patterncache.compile(
    # A digit right after a letter or digit opens nothing (every reading starts after neither):
    # one test turns away the inner digits of numbers, most of the stops. After a number's
    # digits, the marks that follow a space are tried after one test of the space (a slash typed
    # with spaces, "45 / 50", is rare: _MASTER reads it).
    _OPENING_CHARS + r"(?<!\w\d)(?:(?<=\d)(?<![\w.].)(?:(?<!/.)|(?<=%/.))(?<!\d,.)(?<!\d[^\W\d_],.)"
    r"(?=[\d.,]*+(?:(?P<slash_after>/)|(?P<percent_after>\s?%)"
    rf"|[{_RANGE_SIGNS}h:]|(?i:đến|tới)|\s(?:/[ \t]\d|\s?(?:[{_RANGE_SIGNS}]|(?i:đến|tới))"
    rf"|\s*+[^\W\d_]++(?:\s++[^\W\d_]++){{0,{_NOUN_WORDS - 1}}}+\s*/)|\s++(?i:tháng)\s)"
    # Or a day and month with dots ("12.4", "12.4.2022"), never the digits of "1.234".
    r"|\d?\.\d\d?(?:\.\d{4,5})?(?![\d.,]?\d)"
    # Or a month and year with a dot ("12.2023").
    r"|\d?\.(?:19|20)\d{2}(?![\d.,]?\d)"
    r"|(?<=0)\d{2,3}\)?[\s.]?\d|(?<=1)[89]00[\s.]?\d)"
    r"|(?<=[/.,]\d)(?=\d?[h:])"
    r"|(?<=\()(?<!\w.)(?=0\d)"
    r"|(?<=(?i:từ))(?<!\w..)(?=\s+\d)(?P<after_tu>)"
    r"|(?<=(?i:quý))(?<!\w...)(?=\s+(?:[IV]{1,3}|[1-4])/\d)(?P<after_quy>))"
)
#: The readings that can start at a number followed by "/" (a document, a slash) or by "%" or " %"
#: (a range, a percentage), as _OPENING's groups say: most other readings need another character
#: right after the number's digits, dots and commas, and a phone there is read as a percentage
#: first. Where most tokens start, these cost less than _MASTER's nine alternatives; where they
#: read nothing, _MASTER is tried (a day with dots before a stray "%": "12.4.2022, %").
#: They are tried only at the digit where _OPENING stopped, which its branch for these groups
#: has already tested by _B's lookbehinds (shifted by the digit it took), so ``_at_opening``
#: leaves _B out of them: sre runs every lookbehind as a match of its own, and the readings
#: repeated _B in each alternative (a third of what a match cost).
_RANGE_FROM = r"(?:(?<!\w)(?i:từ)\s+)?"


def _at_opening(name: str) -> str:
    """The reading ``name`` without _B, and a range without the "từ" before it (at a digit no
    "từ" is), as it is read where _OPENING stopped at the number that opens it."""
    reading = _READINGS[name].replace(_RANGE_FROM + _B, "", 1).replace(_B, "")
    assert _B not in reading and "từ" not in reading[:20], name
    return reading


_AFTER = {
    "slash_after": patterncache.compile(f"(?:{_at_opening('document')}|{_at_opening('slash')})"),
    "percent_after": patterncache.compile(f"(?:{_at_opening('range')}|{_at_opening('percent')})"),
}
#: By the group of _OPENING that stopped: how far before the character it stops at the token
#: starts ("từ", "quý"), and the pattern that reads it there.
_OPENS: dict[str | None, tuple[int, re.Pattern[str]]] = {
    None: (0, _MASTER),
    "after_tu": (1, _MASTER),
    "after_quy": (2, _MASTER),
    **{group: (0, reading) for group, reading in _AFTER.items()},
}


def _most_words(words: list[str] | tuple[str, ...]) -> int:
    return max(len(word.split()) for word in words)


_QUALIFIER_RE = at_end(
    patterncache.compile(
        rf"(?:(?P<before>\w+)\s+)?(?P<q>{L.words_pattern(list(L.QUALIFIERS))})\s*$", re.IGNORECASE
    ),
    _most_words(list(L.QUALIFIERS)) + 1,
)
_DATE_WORD_RE = at_end(
    patterncache.compile(
        rf"(?<!\w)(?P<word>{L.words_pattern(L.DATE_WORDS)})\s+(?:(?i:ngày)\s+)?$", re.IGNORECASE
    ),
    _most_words(L.DATE_WORDS) + 1,
)
_TIME_WORD_RE = at_end(
    patterncache.compile(
        rf"(?<!\w)(?:(?P<time>{L.words_pattern(L.TIME_WORDS)})"
        rf"|(?P<clause>{L.words_pattern(L.CLAUSE_TIME_WORDS)}))\s+$",
        re.IGNORECASE,
    ),
    _most_words([*L.TIME_WORDS, *L.CLAUSE_TIME_WORDS]),
)
#: What ends the clause before a word (or opens the text): the word opens a clause.
_CLAUSE_MARKS = frozenset(",.;:!?()[]-–—…\"“”'")
#: A day named by its distance from today, its date after it in parentheses, after a comma or
#: right after: "Sáng nay (3/3)", "Chiều qua (2/3)", "Hôm nay, 19/12", "Sáng nay 4-7", "Ngày mai
#: 4/3" (``mark``: the parenthesis or comma).
_RELATIVE_DAY_RE = at_end(
    patterncache.compile(
        r"(?<!\w)(?i:sáng|trưa|chiều|tối|đêm|hôm|ngày)\s+(?i:nay|qua|mai)\s*(?P<mark>[(,])?\s*$"
    ),
    3,
)
#: The words of such a day that name no time of it ("Hôm nay", "Ngày nay": these days).
_DAY_NOUNS = ("hôm", "ngày")
#: The last words of such a day, as ``str.endswith`` tests them first (any case).
_RELATIVE_DAY_ENDS = ("nay", "qua", "mai")
#: The start or end of a time, which "đầu" and "cuối" name too ("dời về đầu tháng (1/10)": a
#: day, no first place of ten).
_PERIOD_WORDS = (
    r"năm|tháng|tuần|quý|kỳ|ngày|giờ|buổi|đợt|phiên|mùa|vụ|giai\s+đoạn|nhiệm\s+kỳ|học\s+kỳ"
    r"|sáng|chiều|tối|đêm|trang"
)
#: Places named in words: "xếp thứ hai (2/20)", "đứng thứ ba toàn quốc (3/63)".
_ORDINALS = {
    "nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
#: A place at either end of a ranking, with its "X/Y" in parentheses after it: "đứng cuối bảng
#: (20/20)", "dẫn đầu bảng xếp hạng (1/20)", "đứng chót (63/63)", "đội sổ (34/34)", "áp chót là
#: Bộ Giáo dục và Đào tạo (18/19)", or named in words, "xếp thứ hai (2/20)". The words name the
#: place (``end``, ``end2``, ``last``, ``ordinal``), which the numbers must be (``_standing``): a
#: share in the parentheses ("dẫn đầu về tỷ lệ đúng hạn (98/100)") is none of them. Up to ten
#: words (no number among them) between: "đứng đầu khối sở, ngành (1/20)".
_STANDING_RE = at_end(
    patterncache.compile(
        r"(?<!\w)(?:(?:đứng|xếp|dẫn|nằm|giữ|về)\s+(?:ở\s+)?(?:vị\s+trí\s+)?"
        r"(?:(?P<end>đầu|cuối(?:\s+cùng)?|chót|áp\s+chót|bét)"
        rf"(?!\s+(?:{_PERIOD_WORDS})(?!\w))"
        rf"|(?:thứ|hạng)\s+(?P<ordinal>{'|'.join(_ORDINALS)})(?!\w))|(?P<last>đội\s+sổ)"
        r"|(?P<end2>áp\s+chót))"
        r"(?:\s+[^\s().;:!?\d]+){0,10}?\s*\(\s*$",
        re.IGNORECASE,
    ),
    16,
)
#: A place within a group at one end of a ranking, its "X/Y" in parentheses after the group:
#: "nằm trong nhóm dẫn đầu (5/63)", "thuộc tốp cuối (58/63)". Any place of that half is one
#: (``_standing``); a share in the parentheses, "nhóm dẫn đầu về tỷ lệ đúng hạn (98/100)", is none.
_GROUP_STANDING_RE = at_end(
    patterncache.compile(
        r"(?<!\w)(?:nhóm|tốp|top)\s+(?:dẫn\s+)?(?P<end>đầu|cuối)(?!\w)"
        rf"(?!\s+(?:{_PERIOD_WORDS})(?!\w))"
        r"(?:\s+[^\s().;:!?\d]+){0,10}?\s*\(\s*$",
        re.IGNORECASE,
    ),
    14,
)
#: A ranking named as the subject of its clause, its place said after "là"/"đạt"/"ở": "Thứ hạng
#: Chỉ số CCHC của tỉnh là 21/63". Only "thứ hạng", the rank itself: "vị trí" also names job
#: positions ("vị trí việc làm … 21/63 đơn vị"), and "kết quả xếp hạng … là 12/20 sở đạt loại
#: tốt" may count. A year may name the ranking ("Thứ hạng của tỉnh năm 2025 là 21/63").
_RANK_SAID_AFTER_RE = at_end(
    patterncache.compile(
        rf"(?<!\w)thứ\s+hạng(?:\s+(?:[^\s().;:!?\d,]+|{_YEAR}(?!\w)))"
        r"{1,12}?\s+(?:là|đạt|ở)\s+$",
        re.IGNORECASE,
    ),
    15,
)
#: How far back "thứ hạng" may open the clause that says its place: the ranking's full name
#: ("Thứ hạng Chỉ số hài lòng năm 2025 của thành phố là 7/34") outgrows ``LEFT_WINDOW``.
_RANK_NAME_REACH = 96
#: How the words before a place said after its ranking end: "… là ", "… đạt ", "… ở ".
_SAID_ENDINGS = ("là", "đạt", "ở", "LÀ", "ĐẠT", "Ở")
#: Another year's place, before a ratio that names what it counts: "so với năm 2023 là 19/19 đơn
#: vị", "(năm 2023: 15/63 tỉnh)". After a rank of the same things in the sentence, it is a
#: place too, out of as many or not ("xếp thứ 8/34 (năm 2024: 20/63)": 63 provinces then), as
#: ``_rank_earlier_in_sentence`` says; elsewhere "45/63 tỉnh" counts provinces.
_EARLIER_PLACE_RE = at_end(
    patterncache.compile(
        r"(?<!\w)(?:năm|kỳ)\s+(?:\d{4}|trước|ngoái)\s*(?:là|:|\()?\s*$", re.IGNORECASE
    ),
    4,
)
#: A school class is named by its grade and number: "lớp 6/9", "lớp 12/3".
_CLASS_RE = at_end(patterncache.compile(r"(?<!\w)(?i:lớp)\s+$"), 1)
#: A whole named right after a small "X/Y", which makes it a fraction of that whole: "2/3 tổng
#: số", "1/4 dân số", "3/4 trong số đó", "rút ngắn 1/2 thời gian", "giảm 1/3 chi phí".
_WHOLE_AFTER_RE = patterncache.compile(
    r"\s+(?:(?i:trong\s+)?(?i:tổng\s+số)|(?i:trong\s+số)|(?i:dân\s+số)|(?i:số\s+lượng)"
    r"|(?i:diện\s+tích)|(?i:khối\s+lượng)|(?i:thời\s+gian)|(?i:kinh\s+phí)|(?i:chi\s+phí)"
    r"|(?i:ngân\s+sách))(?!\w)"
)
#: Hours after "X/Y": service hours, "24/24 giờ", "24/24h".
#: A cut said right before a half, a third or a quarter, which makes it the share cut: "giảm 1/2
#: so với quy định", "rút ngắn được 1/3", "cắt giảm xuống còn 1/4" ("giảm 5/9" may be a day); or
#: the share a part takes of a whole: "chiếm gần 1/4 cả nước", "chiếm khoảng 1/3".
_CUT_BEFORE_RE = at_end(
    patterncache.compile(
        r"(?<!\w)(?:(?i:giảm|rút\s+ngắn|tiết\s+kiệm)(?:\s+(?i:được|còn|xuống\s+còn|xuống))?"
        r"|(?i:chiếm)(?:\s+(?i:gần|khoảng|hơn|trên|xấp\s+xỉ))?)\s+$"
    ),
    4,
)
_HOURS_AFTER_RE = patterncache.compile(r"\s?(?i:giờ|h)(?!\w)")
#: A word of maps and plans in the window before "1/N", and "tỷ lệ" (scale) right before it or
#: before the scales it follows ("tỷ lệ 1/2.000 và 1/500"): N is a scale's.
_MAP_RE = patterncache.compile(rf"(?<!\w){L.words_pattern(L.MAP_WORDS)}(?!\w)")
_SCALE_WORD_RE = patterncache.compile(
    r"(?<!\w)(?i:tỷ|tỉ)\s+(?i:lệ)\s+(?:1/[\d.]+\s*(?:,|(?i:và|hoặc))\s*)*$"
)
#: A split of a whole ("chia theo tỷ lệ 30/70", "cơ cấu 40/60 giữa …"): a split word in the window
#: before, "tỷ lệ" right before, or "giữa" (between) right after.
_SPLIT_WORD_RE = patterncache.compile(
    rf"(?<!\w){L.words_pattern(L.SPLIT_WORDS)}(?!\w)(?!\s+(?i:sẻ)(?!\w))"
)
_SPLIT_RATE_RE = patterncache.compile(r"(?<!\w)(?i:tỷ|tỉ)\s+(?i:lệ)\s*$")
_BETWEEN_AFTER_RE = patterncache.compile(r"\s+(?i:giữa)(?!\w)")
#: How far back a split word is looked for, within the sentence ("cơ cấu … là 45/55").
SPLIT_WINDOW = 120
_SENTENCE_START_RE = patterncache.compile(r"[.;!?]\s")
#: The smallest scale denominator: a map or plan is drawn at 1/100 (a building) or coarser.
_SMALLEST_SCALE = 100
_MONTH_RE = at_end(patterncache.compile(r"(?<!\w)(?i:tháng)\s+$"), 1)
_RANK_RE = at_end(
    patterncache.compile(rf"(?<!\w)(?P<before>\w+\s+)?(?P<w>{L.words_pattern(L.RANK_WORDS)})\s+$"),
    _most_words(L.RANK_WORDS) + 1,
)
_ADDRESS_RE = at_end(
    patterncache.compile(rf"(?<!\w){L.words_pattern(L.ADDRESS_WORDS)}\s+$"),
    _most_words(L.ADDRESS_WORDS),
)
_NUMBER_WORD_RE = at_end(patterncache.compile(r"(?<!\w)(?i:số)\s+$"), 1)
_NAMED_PLACE_RE = at_end(
    patterncache.compile(rf"(?<!\w){L.words_pattern(L.NAMED_PLACE_WORDS)}\s+$", re.IGNORECASE),
    _most_words(L.NAMED_PLACE_WORDS),
)


class _Ends(NamedTuple):
    """Which searches of a window its last word lets through: whether the window ends (spaces
    stripped) with the last word of a qualifier, of a date word or "ngày", of a rank word, of an
    address word, "số", a place's or a class's word, of a word of time. A window that fails a
    test cannot end with one of those words, which spares the search."""

    qualifier: bool
    date: bool
    rank: bool
    address: bool
    time: bool


def _ending_pattern(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    return patterncache.compile(rf"{L.words_pattern([word.split()[-1] for word in words])}\Z")


#: The tests of ``_Ends``, in the order of its fields.
_ENDINGS = tuple(
    _ending_pattern(words)
    for words in (
        list(L.QUALIFIERS), [*L.DATE_WORDS, "ngày"], L.RANK_WORDS,
        [*L.ADDRESS_WORDS, "số", *L.NAMED_PLACE_WORDS, "lớp"],
        [*L.TIME_WORDS, *L.CLAUSE_TIME_WORDS],
    )
)  # fmt: skip
#: A word matches case-insensitively as many characters as it has, so the tests need no more of
#: the window than its longest last word.
_LONGEST_ENDING = max(
    len(word.split()[-1])
    for word in (
        *L.QUALIFIERS, *L.DATE_WORDS, "ngày", *L.RANK_WORDS, *L.ADDRESS_WORDS, "số", *L.TIME_WORDS,
        *L.CLAUSE_TIME_WORDS, *L.NAMED_PLACE_WORDS,
    )
)  # fmt: skip


@lru_cache(maxsize=2048)
def _ends_of(ending: str) -> _Ends:
    return _Ends._make(pattern.search(ending) is not None for pattern in _ENDINGS)


def _window_ends(left: str) -> _Ends:
    """``_Ends`` of the window ``left``. Windows have few distinct endings, each tested once."""
    return _ends_of(left.rstrip()[-_LONGEST_ENDING:])


_STREET_AFTER_RE = patterncache.compile(rf"\s*,?\s*{L.words_pattern(L.STREET_WORDS)}(?!\w)")
#: The noun a ratio counts, right after it: "7/9 huyện", and "2/3 số hồ sơ", "2/3 tổng số thành
#: viên" ("(tổng) số": the (total) number of).
_NOUN_AFTER_RE = patterncache.compile(rf"\s+(?:(?:(?i:tổng)\s+)?(?i:số)\s+)?{L.COUNT_NOUN}")
_SCORE_AFTER_RE = patterncache.compile(r"\s*(?i:điểm)(?!\w)(?!\s+(?i:giao dịch|cầu|tiếp nhận))")
#: Points named before the number instead: "tổng điểm 91,25/100", "đạt số điểm 95/100", "đạt
#: điểm trên 80/100", "điểm số bình quân 8,5/10", "điểm trung bình đạt 8,7/10" ("điểm" alone is
#: no score: a clause of a law, "điểm 2", or a place).
_SCORE_BEFORE_RE = at_end(
    patterncache.compile(
        r"(?<!\w)(?:(?i:tổng|số|đạt|được|chấm)\s+(?i:điểm)|(?i:điểm)\s+(?i:số)"
        r"|(?i:điểm)(?=\s+(?i:trung bình|bình quân)))"
        r"(?:\s+(?i:đạt|là|được|trung bình|bình quân)){0,2}"
        rf"(?:\s+{L.words_pattern(list(L.QUALIFIERS))})?\s*$"
    ),
    6 + _most_words(list(L.QUALIFIERS)),
)
_STATED = (
    rf"(?:(?P<verb>(?i:chiếm|đạt|bằng|tương đương|tương ứng(?:\s+với)?))\s+)?"
    rf"(?:(?i:tương ứng)\s+)?(?:(?i:tỷ lệ|tỉ lệ)(?:\s+(?i:tương ứng))?(?:\s+(?i:là|đạt))?\s+)?"
    rf"(?:(?P<sq>{L.words_pattern(list(L.QUALIFIERS))})\s+)?(?P<z>{_NUM})\s?%"
)
#: Where the percentage stated of a ratio ends: its parenthesis closes; after a comma, anything
#: but a plan, a target or another period ("…, đạt 105% kế hoạch", "…, đạt 95% so với …": of
#: them, no pair) may follow ("…, chiếm 75% đã áp dụng", "…, đạt 100% trong năm qua"), nor when
#: they were resolved ("giải quyết 450/460 hồ sơ, đạt 100% đúng hạn": the share of those
#: resolved that were on time, ``_TIMELINESS_AFTER``).
_TIMELINESS_AFTER = (
    r"\s*(?:(?i:đúng|trước)(?:\s+(?i:hạn))?\s*(?:,|(?i:và))\s*)?"
    r"(?i:đúng|trước|trễ|quá|chậm)\s+(?i:hạn|hẹn)(?!\w)"
)
#: Measures of another kind than a count, named right after a percentage ("28/30 nhiệm vụ, đạt
#: 85% khối lượng công việc", "… đạt 70% giá trị hợp đồng"): the share of that measure, which
#: the count before it need not equal.
OTHER_MEASURE_WORDS = (
    "khối lượng",
    "giá trị",
    "tiến độ",
    "kinh phí",
    "tổng vốn",
    "vốn",
    "doanh thu",
    "sản lượng",
    "diện tích",
    "công suất",
)
#: What compares a percentage after it, or names another measure it is a share of: a plan, a
#: target or another period ("đạt 30% kế hoạch") or ``OTHER_MEASURE_WORDS`` ("đạt 85% khối
#: lượng"); no share of the count before it.
COMPARED_OR_MEASURED = L.words_pattern((*L.COMPARISON_WORDS, *OTHER_MEASURE_WORDS))
#: Another percentage listed right after the stated one ("…, tương ứng 90% và 75%", "90%, 75%"):
#: the percentages of several things said respectively, the first of which is no share of the
#: ratio right before the list ("45/50 xã, 30/40 xã đạt chuẩn, tương ứng 90% và 75%").
_LISTED_AFTER = rf"\s*(?:,\s*|(?i:và|hoặc)\s+)[-+]?{_NUM}\s?%"
#: What a percentage is of, named right after it in the short forms of reports, maybe after "so
#: (với)" or "theo": a plan, "KH" (kế hoạch) and "NQ" (nghị quyết) as tables print them ("đạt
#: 115% KH", "đạt 105% so KH", "đạt 100% theo NQ"), the resolution, requirement, roadmap or
#: commitment whose target it is ("đạt 110% Nghị quyết đề ra", "đạt 100% yêu cầu", "đạt 125%
#: lộ trình", "đạt 125% mức đăng ký"), or an average ("đạt 115% mức bình quân cả nước"); never a
#: document's code ("12/KH-UBND").
BASE_NAMED_AFTER = (
    r"\s*(?:(?i:so|theo)(?:\s+(?i:với))?\s+)?(?:(?:KH|NQ)(?![\w/-])"
    r"|(?i:(?:mức\s+)?(?:bình\s+quân|trung\s+bình|cam\s+kết|đăng\s+ký)|nghị\s+quyết|yêu\s+cầu"
    r"|lộ\s+trình)(?!\w))"
)
#: What compares or measures a percentage right after it (``COMPARED_OR_MEASURED``, also after
#: "theo": "đạt 100% theo kế hoạch"), or names its base in short (``BASE_NAMED_AFTER``).
COMPARED_AFTER = rf"(?:\s*(?:(?i:theo)\s+)?{COMPARED_OR_MEASURED}(?!\w)|{BASE_NAMED_AFTER})"
_STATED_END = rf"(?(paren)\s*\)|(?!{COMPARED_AFTER}|{_TIMELINESS_AFTER}|{_LISTED_AFTER}))"
#: When they were resolved, right after a percentage ("đạt 100% đúng hạn"): the share of them
#: that were on time (or late), which the rules on implied ratios leave alone too.
TIMELINESS_AFTER_RE = patterncache.compile(_TIMELINESS_AFTER)
#: The stated percentage after a ratio's noun: in parentheses, or after a comma and "đạt",
#: "chiếm", "tỷ lệ", "tương đương" or "tương ứng (với)" (``_STATED``: "27/30 xã đạt chuẩn,
#: tương ứng 90%", "…, đạt tỷ lệ tương ứng 90%", "(tỷ lệ tương ứng 90%)"; never "lần lượt là
#: Z% và …", the percentages of a list, which may be in another order), ending as
#: ``_STATED_END`` says.
_STATED_AFTER = (
    rf"(?:\s*(?P<paren>\()\s*|\s*,\s*(?=(?i:đạt|chiếm|tỷ lệ|tỉ lệ|tương đương|tương ứng)\s))"
    rf"{_STATED}{_STATED_END}"
)
#: What may follow a ratio to state its percentage: "(Z%)", "noun (chiếm Z%)", "noun, đạt Z%",
#: "noun, tỷ lệ Z%", "noun, tương đương Z%" (never "noun, bằng Z%": "bằng 150% so với năm trước"
#: compares).
#: The noun phrase starts with a count noun and runs at most six words, none a verb, so a
#: percentage said of something else ("45/60 xã có tỷ lệ trực tuyến cao (trên 80%)") is no pair.
_PAIR_RE = patterncache.compile(
    rf"(?P<noun>(?:\s++{L.COUNT_NOUN_WORDS}"
    rf"(?:,?\s++(?!{L.words_pattern(L.PHRASE_VERBS)}(?!\w))[^\W\d_]\w*+){{0,5}}?)?)"
    rf"{_STATED_AFTER}"
)


#: "X/Y noun … (chiếm Z%)": "chiếm" (accounts for) says the percentage is the ratio's own share, so
#: the noun phrase may hold a verb ("152/160 xã, phường đạt chuẩn (chiếm 95%)"), though never
#: another figure or a "tỷ lệ" of something else.
_SHARE_PAIR_RE = patterncache.compile(
    rf"(?P<noun>\s++{L.COUNT_NOUN_WORDS}"
    rf"(?:,?\s++(?!(?i:tỷ|tỉ)\s+(?i:lệ)(?!\w))[^\W\d_]\w*+){{0,8}}?)"
    rf"\s*\(\s*(?i:chiếm)\s+(?:(?P<sq>{L.words_pattern(list(L.QUALIFIERS))})\s+)?"
    rf"(?P<z>{_NUM})\s?%\s*\)"
)


#: A grade said of what is counted, the numbers a clause of a ratio may hold: "mức độ 2", "cấp
#: độ 3", "dịch vụ công trực tuyến mức độ 4", "OCOP 4 sao"; and the number that names a scheme or
#: a resolution the things are counted under, "theo Đề án 06", "Nghị quyết 57", "Chỉ thị 07".
_GRADE = (
    r"(?:(?<=(?i:độ)\s)|(?<=(?i:mức)\s))[1-9](?!\w)|[1-5](?=\s+(?i:sao)(?!\w))"
    r"|(?:(?<=(?i:đề án)\s)|(?<=(?i:nghị quyết)\s)|(?<=(?i:chỉ thị)\s))\d{1,3}(?![\w/]|[.,-]\d)"
)
#: "X/Y noun and what is said of it, đạt Z%" or "… (Z%)": how reform reporting most often
#: states a ratio's percentage ("1.200/1.526 thủ tục được công khai, đạt tỷ lệ 78,6%", "45/45 xã,
#: phường đạt chuẩn (100%)"). What is said of the noun may hold verbs, but no number, no "tỷ lệ"
#: (a rate of something else) and no "trong đó" (a part of it); the percentage is of no plan or
#: target (``_STATED_END``) nor of other things (``_counts_the_same``), and in parentheses a bound
#: alone is a threshold said of the words before it ("mức cao (trên 80%)"): no pair.
_CLAUSE_PAIR_RE = patterncache.compile(
    rf"(?P<noun>\s++{L.COUNT_NOUN_WORDS}"
    rf"(?:,?\s++(?:(?!(?i:tỷ lệ|tỉ lệ|trong đó)(?!\w))[^\W\d_]\w*+|{_GRADE})){{1,16}}?)"
    rf"{_STATED_AFTER}"
)

#: A plan named right after a percentage ("đạt 115% kế hoạch", "bằng 108% chỉ tiêu được giao").
_PLAN_AFTER = r"\s*(?:(?i:so với|của)\s+)?(?i:kế hoạch|chỉ tiêu|mục tiêu|dự toán)(?!\w)"
#: "X/Y noun …, đạt Z% kế hoạch", "X/Y noun (đạt Z% chỉ tiêu)": a count done over a count planned
#: (X above Y: ``_over_plan``), and the percentage of the plan reached, which X/Y is; a stated
#: excess ("…, vượt 15% kế hoạch") is no restatement.
_PLAN_PAIR_RE = patterncache.compile(
    rf"(?P<noun>(?:\s++{L.COUNT_NOUN_WORDS}"
    rf"(?:,?\s++(?:(?!(?i:tỷ lệ|tỉ lệ|trong đó)(?!\w))[^\W\d_]\w*+|{_GRADE})){{0,16}}?)?)"
    r"(?:\s*(?P<paren>\()\s*|\s*,\s*)(?P<verb>(?i:đạt|bằng|tương đương|tương ứng(?:\s+với)?))\s+"
    rf"(?:(?P<sq>{L.words_pattern(list(L.QUALIFIERS))})\s+)?(?P<pct>(?P<z>{_NUM})\s?%)"
    rf"{_PLAN_AFTER}(?(paren)[^()]{{0,60}}?\))"
)


def _number(text: str) -> tuple[float | None, bool]:
    if text.isdecimal():  # most numbers: plain digits, which parse_vn_number reads with float()
        return float(text), False
    whole, comma, part = text.partition(",")
    if comma and whole.isdecimal() and part.isdecimal():  # "48,6": as parse_vn_number reads it
        return float(f"{whole}.{part}"), False
    parsed = parse_vn_number(text)
    if parsed is None:
        return None, False
    return parsed.value, parsed.dot_decimal


def _count(text: str) -> float | None:
    """A whole count: "6.084" is 6084; a decimal ("1,5", "80.09" read as a decimal) is not."""
    if text.isdecimal():  # as in _number; digits alone are always a whole count
        return float(text)
    whole, dot, part = text.partition(".")
    if dot and whole.isdecimal() and part.isdecimal():  # as parse_vn_number reads one dot:
        # thousands ("6.084") when three digits follow it and at most three precede, else a decimal
        return float(whole + part) if len(whole) <= 3 and len(part) == 3 else None
    parsed = parse_vn_number(text)
    if parsed is None or parsed.dot_decimal or not parsed.is_integer:
        return None
    return parsed.value


#: A bound written as a sign right before a number, as plans and tables print it: "≥ 90%",
#: ">90%", "< 5%", "≤5%", "~95%". An arrow ("85% -> 95%", "=> 95%") is no bound.
_BOUND_SIGNS = {
    "≥": "at_least", ">=": "at_least", "⩾": "at_least", "≤": "at_most", "<=": "at_most",
    "⩽": "at_most", ">": "more_than", "<": "less_than", "~": "about", "≈": "about", "∼": "about",
}  # fmt: skip
_ARROW_TAILS = ("->", "=>", "<-", "<=>", "-->")


def _signed_bound(left: str) -> str | None:
    """The bound a sign right before a number gives ("≥ 90%" -> at_least), or None."""
    tail = left[-4:].rstrip()
    if not tail or tail[-1] not in "≥≤⩾⩽><~≈∼=" or tail.endswith(_ARROW_TAILS):
        return None
    return _BOUND_SIGNS.get(tail[-2:]) or _BOUND_SIGNS.get(tail[-1])


#: "nhiều nhất" (the most) right after a rise or a fall names the largest change among those
#: compared ("Hà Giang giảm nhiều nhất 2,91%"), never a ceiling on it; elsewhere it bounds ("nộp
#: nhiều nhất 3 hồ sơ"). "ít nhất" keeps its bound there: plans set "cắt giảm ít nhất 20%".
_MOST_WORDS = frozenset(("nhiều nhất", "nhiều nhất là"))
_RISE_OR_FALL = frozenset(("tăng", "giảm"))


def _qualifier(left: str, interval: bool = False) -> str | None:
    """The bound word right before a number ("trên 45%" -> more_than), or the sign ("≥ 90%"), if
    it bounds it; before an ``interval`` (a range), "trong khoảng" names the interval, and
    bounds nothing."""
    if (signed := _signed_bound(left)) is not None:
        return signed
    if not _window_ends(left).qualifier:
        return None
    match = _QUALIFIER_RE.search(left)
    if match is None:
        return None
    word = L.key(match["q"])
    before = (match["before"] or "").casefold()
    if interval and word == "khoảng" and before == "trong":
        return None  # "nằm trong khoảng 75% - 90%": within the range, not about it
    if f"{before} {word}" in L.QUALIFIERS:
        return L.QUALIFIERS[f"{before} {word}"]  # "không vượt quá 5%": not "vượt quá"
    if word == "hơn" and before in L.COMPARATIVES:
        return None  # "cao hơn 5%" compares
    if word in _MOST_WORDS and before in _RISE_OR_FALL:
        return None  # "giảm nhiều nhất 2,91%": the largest fall of those compared, no bound
    return L.QUALIFIERS[word]


#: How far after a figure its bound word can end: "(tổng) số" and six words, then "trở lên".
_BOUND_AFTER_REACH = 100
#: A bound word right after a percentage or ratio, or past "(tổng) số" and a few words of what
#: it counts: "đạt 80% trở lên", "từ 2/3 tổng số thành viên trở lên", "5% trở xuống". Other words
#: between may carry the bound themselves ("10% ở cấp huyện trở lên"): none is read then.
_QUALIFIER_AFTER_RE = patterncache.compile(
    r"(?:\s+(?:tổng\s+)?số(?:\s+[^\W\d]+){1,6}?)?"
    rf"\s+(?P<q>{L.words_pattern(list(L.QUALIFIERS_AFTER))})(?!\w)",
    re.IGNORECASE,
)


#: How the words that open ``_QUALIFIER_AFTER_RE`` after its spaces ("trở", "tổng", "số") start,
#: case-folded as a regex that ignores case compares them ("ſ" is an "s" to it).
_BOUND_AFTER_OPENINGS = ("tr", "tổ", "số")


def _may_open_bound_after(text: str, end: int) -> bool:
    """Whether ``_QUALIFIER_AFTER_RE`` may match at ``end``: spaces, then a word that starts as
    "trở", "tổng" or "số" do (or more spaces than the few looked at). A few characters tell most
    figures apart ("45% so", "45%,", "12/63 xã"), cheaper than two searches of 100 characters."""
    if not text[end : end + 1].isspace():
        return False
    after = text[end : end + 10].lstrip()
    return len(after) < 2 or after[:2].casefold() in _BOUND_AFTER_OPENINGS


def _bound_after(text: str, token: Token) -> Token:
    """``token`` with the bound printed after it ("80% trở lên"), where none is printed before."""
    end, reach = token.end, token.end + _BOUND_AFTER_REACH
    if not _may_open_bound_after(text, end):
        return token
    if text.find("trở", end, reach) < 0 and text.find("TRỞ", end, reach) < 0:
        return token  # most figures: no bound word after them, told without the regex
    match = _QUALIFIER_AFTER_RE.match(text, end, reach)
    if match is None:
        return token
    return token._replace(qualifier=L.QUALIFIERS_AFTER[L.key(match["q"])])


def count_noun_after(text: str, end: int) -> str | None:
    """The noun that the number ending at ``end`` counts, when one follows it: "7/9 huyện", "2/3
    số hồ sơ", "105% tổng số xã" (the ``unit`` of ``COUNT_NOUN`` as printed), else None."""
    match = _NOUN_AFTER_RE.match(text, end, end + RIGHT_WINDOW)
    return match["unit"] if match else None


def _left(text: str, start: int) -> str:
    """The window before a number at ``start``, where the words that decide it are."""
    return text[start - LEFT_WINDOW if start > LEFT_WINDOW else 0 : start]


#: The readings that are tokens as printed, and their kinds.
_PLAIN_KINDS: dict[str, TokenKind] = {
    "document": "document",
    "quarter": "quarter_year",
    "span": "year_span",
    "time": "time",
    "phone": "phone",
}


def _rank_said_after(text: str, match: re.Match[str], left: str) -> Token | None:
    """The place after its ranking's name, "Thứ hạng … là 21/63" (``_RANK_SAID_AFTER_RE``), read
    in a window wide enough for the ranking's full name; headings in capitals too."""
    if not left.rstrip().endswith(_SAID_ENDINGS):
        return None
    start = match.start()
    wide = text[max(0, start - _RANK_NAME_REACH) : start]
    if "hạng" not in wide and "HẠNG" not in wide:
        return None
    return _rank_token(text, match, beyond=True) if _RANK_SAID_AFTER_RE.search(wide) else None


def _plain(text: str, match: re.Match[str]) -> Token:
    start, end = match.span()
    return Token(_PLAIN_KINDS[match.lastgroup or ""], match.group(), start, end)


def _percent(text: str, match: re.Match[str]) -> Token | None:
    value, dot = _number(match["p"])
    if value is None:
        return None
    start, end = match.span()
    if start and text[start - 1] in "-−" and _minus_before(text, start):
        # "cả quý -1,2%", "ở mức khoảng -0,5%": a fall, printed with its sign (bound before it)
        return Token(
            "percent", text[start - 1 : end], start - 1, end, -value, None, None, None, None,
            dot, _qualifier(_left(text, start - 1)),
        )  # fmt: skip
    qualifier = _qualifier(_left(text, start))
    reach = end + RIGHT_WINDOW
    # The ratio restated after it opens a parenthesis: with none in reach (most percentages), the
    # regex is spared.
    opened = _RATIO_AFTER_RE.match(text, end, reach) if text.find("(", end, reach) >= 0 else None
    if (
        opened is not None
        and (pair := _stated_first(text, match, value, dot, qualifier, opened)) is not None
    ):
        return pair
    return Token(
        "percent", match.group(), start, end, value, None, None, None, None, dot, qualifier
    )  # fmt: skip


def _minus_before(text: str, start: int) -> bool:
    """Whether a minus sign is printed on the number at ``start``: "-" or "−" right before it,
    after a space, an opening parenthesis or nothing ("2021-2025" and "30-40%" join numbers)."""
    return start > 0 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " \t\u00a0(")


#: A parenthesis that opens on a number right after a percentage, maybe past the noun it counts:
#: "100% (21/21)", "96,4% (12.050/12.500 hồ sơ)", "85% số xã (17/20 xã)", said to correspond:
#: "90% (tương ứng 38/40 xã)".
_RATIO_AFTER_RE = patterncache.compile(
    rf"(?:\s+(?:(?:(?i:tổng)\s+)?(?i:số)\s+)?{L.COUNT_NOUN})?\s*\(\s*"
    r"(?:(?i:tương ứng|tương đương)(?:\s+(?i:với))?\s+)?(?=\d)"
)
#: The rest of that parenthesis after the ratio: words ("sở, ngành"), and after a comma or a
#: semicolon, a remark with counts in it ("58,9% (66/112 thôn, tăng thêm 20 thôn)"); no other
#: figure, share or day ("…, 30/40 phường", "…, tăng 5%", "…, tính đến 31-12").
_RATIO_CLOSE_RE = patterncache.compile(
    r"[^()\d%/]{0,60}?(?:[,;](?:(?!\d\s?[-.–]\s?\d)[^()%/]){0,80}?)?\)"
)


#: A change right before a percentage ("tăng 12%", "giảm thêm 5%", "cao hơn khoảng 3%"): what it
#: is said of is the change, not a share.
_CHANGE_RE = L.verb_right_before(L.CHANGE_VERBS, ("thêm", "được"))


def _stated_first(
    text: str,
    percent: re.Match[str],
    value: float,
    dot: bool,
    qualifier: str | None,
    opened: re.Match[str],
) -> Token | None:
    """ "Z% (X/Y noun)": the ratio of counts that the percentage ``percent`` is, printed after it
    in parentheses; read as the "X/Y (Z%)" it restates. The parenthesis holds the ratio alone,
    read as any "X/Y" is (so "95% (3/2024)" or "20% (5/9)" is no pair), and words; a change
    ("tăng 12% (850/1.000 hồ sơ)") is no pair either."""
    if _CHANGE_RE.search(_left(text, percent.start())):
        return None  # "tăng 12% (850/1.000 hồ sơ)": a change, and the level it reached
    inner = _MASTER.match(text, opened.end())
    if inner is None or inner.lastgroup not in ("slash", "unit_ratio"):
        return None  # "(12.050/12.500 hồ sơ)", "(99 hồ sơ/12.430 hồ sơ)"
    ratio = _slash(text, inner) if inner.lastgroup == "slash" else _unit_ratio(text, inner)
    if ratio is None or ratio.kind != "ratio":
        return None
    close = _RATIO_CLOSE_RE.match(text, ratio.end, ratio.end + RIGHT_WINDOW)
    if close is None:
        return None
    start, end = percent.start(), close.end()
    unit = ratio.unit or opened["unit"] or count_noun_after(text, end)
    return Token(
        "ratio_percent", text[start:end], start, end, value, None, None, ratio.numerator,
        ratio.denominator, dot, None, unit, percent.group(), qualifier, ratio.text,
    )  # fmt: skip


def _unit_ratio(text: str, match: re.Match[str]) -> Token | None:
    num, den = _count(match["ua"]), _count(match["ub"])
    if num is None or den is None or den == 0 or num > den:
        return None
    start, end = match.span()
    qualifier = _qualifier(_left(text, start))
    stated = _unit_ratio_stated(text, match, num / den * 100, qualifier)
    if stated is not None:
        return stated
    return Token(
        "ratio", match.group(), start, end, num / den * 100, numerator=num, denominator=den,
        qualifier=qualifier, unit=match["unit"],
    )  # fmt: skip


def _unit_ratio_stated(
    text: str, match: re.Match[str], share: float, qualifier: str | None
) -> Token | None:
    """ "101 TTHC/235 TTHC (43%)", "… hồ sơ/… hồ sơ, đạt Z%": the ratio and the percentage
    right after it (``_PAIR_RE`` with no noun: the ratio holds its own) as one figure, unless
    the percentage, clearly not the ratio, names a whole of its own or the population."""
    ratio_end = match.end()
    window = min(len(text), ratio_end + RIGHT_WINDOW)
    if text.find("%", ratio_end, window) < 0:
        return None
    pair = _PAIR_RE.match(text, ratio_end, window)
    if pair is None or pair["noun"]:
        return None
    stated, dot = _number(pair["z"])
    if stated is None:
        return None
    end = pair.end()
    if abs(share - stated) > _PAIRED_SLACK and (
        names_another_whole(text, end, match.group(), bare=not pair["paren"])
        or _POPULATION_AFTER_RE.match(text, end) is not None
    ):
        return None  # "12 xã/15 xã, chiếm 8% tổng số xã của tỉnh": a share of another whole
    printed, bound = _stated(text, pair)
    return Token(
        "ratio_percent", text[match.start() : end], match.start(), end, stated, None, None,
        _count(match["ua"]), _count(match["ub"]), dot, qualifier, match["unit"], printed, bound,
        match.group(),
    )  # fmt: skip


def _range(text: str, match: re.Match[str]) -> Token | None:
    low, dot_low = _number(match["lo"])
    high, dot_high = _number(match["hi"])
    start, end = match.span()
    if low is None or high is None or low >= high:
        # Not a range ("giảm 30% đến 20%"?): read the first number on its own and go on.
        if match["lo_pct"]:
            value, dot = _number(match["lo"])
            lo_end = match.end("lo_pct")
            if value is not None:
                return Token(
                    "percent", text[match.start("lo") : lo_end], match.start("lo"),
                    lo_end, value, None, None, None, None, dot,
                    _qualifier(_left(text, match.start("lo"))),
                )  # fmt: skip
        return None
    return Token(
        "percent", match.group(), start, end, None, low, high, None, None,
        dot_low or dot_high, _qualifier(_left(text, start), interval=True),
    )  # fmt: skip


def _slash(text: str, match: re.Match[str]) -> Token | None:
    start, end = match.span()
    a, b, c = match.group("a", "b", "c")
    left = _left(text, start)
    if c is not None:
        if _may_follow_first_day(left) and (
            days := _two_days(text, match, left, count_noun_after(text, end))
        ):
            return days
        return _full_date(text, match, a, b, c)
    if len(b) in (4, 5) and a.isdigit() and b.isdigit() and len(a) <= 2 and _MONTH_RE.search(left):
        return Token("month_year", match.group(), start, end, month=int(a), year=int(b))
    if _month_of_short_year(text, end, a, b, left):
        return Token("period", match.group(), start, end)  # "tháng 3/24": March of '24
    if a.startswith("0") and len(a) >= 3:
        return Token("phone", match.group(), start, end)
    ends = _window_ends(left)
    if ends.address:
        if (
            _ADDRESS_RE.search(left)
            or _NAMED_PLACE_RE.search(left)
            or (
                _NUMBER_WORD_RE.search(left)
                and _STREET_AFTER_RE.match(text, end, end + RIGHT_WINDOW)
            )
        ):
            return Token("address", match.group(), start, end)
        if _CLASS_RE.search(left):
            return Token("label", match.group(), start, end)  # "học sinh lớp 6/9 trường …"
    if _years(a, b):
        return Token("period", match.group(), start, end)  # "năm học 2024/2025": never paired
    if ends.rank and (rank := _rank(text, match, left)) is not None:
        return rank
    if "bậc" in left and (rank := _rank_after_steps(text, match, left)) is not None:
        return rank  # "tăng 3 bậc lên 12/63": the place reached
    if left[-2:].rstrip().endswith("(") and (rank := _standing(text, match, left)) is not None:
        return rank  # "đứng cuối bảng (20/20)": the last place
    if (rank := _rank_said_after(text, match, left)) is not None:
        return rank  # "Thứ hạng Chỉ số CCHC của tỉnh là 21/63"
    if left.rstrip().endswith(_INDEX_SAID_ENDINGS) and (rank := _index_place(text, match, left)):
        return rank  # "Chỉ số PAPI năm 2024: 15/63": the province's place in that ranking
    if (rank := _place_after_value(text, match, left)) is not None:
        return rank  # "Chỉ số PAR INDEX … đạt 89,12% (15/63 tỉnh, thành phố)": its place
    if (score := _score(text, match, left)) is not None:
        return score
    num, den = _count(a), _count(b)
    if num == 1 and den is not None and den >= _SMALLEST_SCALE and _scale(text, end, left):
        return Token("scale", match.group(), start, end)
    if (paired := _paired(text, match, left, num, den)) is not None:
        return paired
    unit = count_noun_after(text, end)
    if unit is None and _split(text, match, left, num, den):
        return Token("split", match.group(), start, end)
    if (ends.date or may_end_with_weekday(left)) and (
        date := _day_month(text, match, left, unit)
    ) is not None:
        return date
    if ends.time and (date := _after_time_word(text, match, left, unit)) is not None:
        return date
    if (today := _today_named(left)) and _day_digits(a, b) and (today["mark"] == "(" or not unit):
        return _date_token(text, match, a, b)  # "Sáng nay (3/3)", "Hôm nay, 19/12": today's date
    if today and _could_be_day(a, b) and not today.group().casefold().startswith(_DAY_NOUNS):
        # "Tối qua 4/12 đoàn công tác …": that evening's date, or 4 of 12 delegations; which
        # one the words do not tell, so neither is published ("Hôm nay 5/9 xã …", of no time
        # of day, is a share).
        return None
    if (
        "(" in left[-12:]
        and _could_be_day(a, b)
        and unit is None
        and _LUNAR_DAY_BEFORE_RE.search(left)
    ):
        return _date_token(text, match, a, b)  # "Mùng 1 Tết (17/2)": a lunar day's solar one
    if _may_follow_first_day(left) and (days := _two_days(text, match, left, unit)) is not None:
        return days
    # "1.00" or "1,00" is as long as a year but no year: only digits are read as one.
    in_a_year = len(b) == 4 and a.isdigit() and b.isdigit() and 1900 <= int(b) <= 2100
    if in_a_year and (int(a) <= 12 or len(a) == 4):
        return Token("period", match.group(), start, end)
    if in_a_year and unit is None:
        # "Bản tin số 15/2024", "tuần 45/2024": the 15th of the year, no ratio of 0.74% (a count
        # of 2024 things prints its thousands, "15/2.024"; "15/2024 hồ sơ" still counts them).
        return Token("label", match.group(), start, end)
    if unit is None and _NUMBERED_RE.search(left):
        # "Bản tin số 12/25", "Kết luận số 45/26", "trang 12/48", "tuần 45/52": a number given
        # to an issue, a paper, a page or a week (of a two-digit year, of the pages or weeks
        # there are), no share.
        return Token("label", match.group(), start, end)
    # "45/30 hồ sơ": more of them than all there are, read as printed (pct.range reports it); a
    # "31/12 hồ sơ" may be a day and month ("Trước 31/12 hồ sơ …"), so it is no ratio.
    over_all = unit is not None and bool(num and den and num > den) and not _could_be_day(a, b)
    if num is None or den is None or den == 0 or (num > den and not over_all):
        # "30/4 - 1/5": no ratio, but the first day of a range whose end follows.
        return _range_start(text, match)
    if (
        unit is None
        and den <= 12
        and not _WHOLE_AFTER_RE.match(text, end, end + RIGHT_WINDOW)
        and not (
            num < den <= 4
            and _CUT_BEFORE_RE.search(left)
            and not _DURATION_RE.match(text, end, end + 12)
        )
    ):
        # A bare "5/9" may be a date or anything: not read as a figure; nor is a cut to "1/2
        # ngày" (half a day: a time, no share).
        return None
    if unit is None and (
        _HOURS_AFTER_RE.match(text, end, end + 8)
        or (a == b == "24" and _RESTATING_RE.search(left) is None)
    ):
        return Token("time", match.group(), start, end)  # "phục vụ 24/24 (giờ)": all day long
    if unit is None and _street_name_after(text, end, left):
        return Token("address", match.group(), start, end)  # "đến 32/45 Trần Phú": a house
    if unit is None and _seat_classes(text, start, end):
        return Token("label", match.group(), start, end)  # "xe 16/29 chỗ": 16 or 29 seats
    return Token(
        "ratio", match.group(), start, end, num / den * 100, numerator=num, denominator=den,
        qualifier=_qualifier(left), unit=unit,
    )  # fmt: skip


#: A day of the lunar calendar named in words, before its solar day in parentheses: "Mùng 1 Tết
#: (", "30 Tết (", "Rằm tháng Giêng (tức ngày ", "ngày 23 tháng Chạp (".
_LUNAR_DAY_BEFORE_RE = at_end(
    patterncache.compile(
        r"(?<!\w)(?:(?:(?i:mùng|mồng)\s+)?\d{1,2}\s+(?i:tết)|(?i:rằm)\s+(?i:tháng)\s+[^\W\d_]+"
        r"|\d{1,2}\s+(?i:tháng)\s+(?i:giêng|chạp))\s*\(\s*(?:(?i:tức)\s+)?(?:(?i:ngày)\s+)?$"
    ),
    7,
)


#: A percentage and the parenthesis that restates it as a ratio: "100% (" of "100% (24/24) xã".
_RESTATING_RE = patterncache.compile(
    r"%\s*\(\s*(?:(?i:tương ứng|tương đương)(?:\s+(?i:với))?\s+)?$"
)

#: A street's word and its name (capitalised, or a number) right after a number: "32/45 đường
#: Trần Phú", "45/12 hẻm 7", "32/45 Quốc lộ 1A" ("45/60 đường giao thông" may count roads).
_NAMED_STREET_AFTER_RE = patterncache.compile(
    r"[ \t]+(?i:đường|phố|ngõ|ngách|hẻm|kiệt|quốc[ \t]+lộ|tỉnh[ \t]+lộ)[ \t]+(?P<name>\w)"
)
#: The two words right after a number, as a street's name opens: "32/45 Trần Phú".
_TWO_WORDS_AFTER_RE = patterncache.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)(?![\w/])")
#: Seats after "X/Y": a vehicle's classes ("xe 16/29 chỗ": of 16 or 29 seats).
_SEATS_AFTER_RE = patterncache.compile(r"[ \t]+(?i:chỗ)(?!\w)")
#: What carries seats: a vehicle, named in the sentence before its classes.
_VEHICLE_RE = patterncache.compile(r"(?<!\w)(?i:xe|ô\s?tô|phương\s+tiện)(?!\w)")


#: A word that says where, right before a house number with no "số" or street word: "đến",
#: "tại", "ở", "về", "địa chỉ", "trụ sở", "nhà", "trú tại" ("8/10 Hội Nông dân" counts).
_WHERE_BEFORE_RE = at_end(
    patterncache.compile(r"(?<!\w)(?i:đến|tới|tại|ở|về|địa chỉ|trụ sở|nhà|ngụ|cư trú)\s*:?\s+$"), 3
)


def _street_name_after(text: str, end: int, left: str) -> bool:
    """Whether a street named after a person or an event follows the bare "X/Y" ending at
    ``end``, its words capitalised: "đến 32/45 Trần Phú", "tại 18/24 Lê Văn Sỹ" (a house number
    without "số" or "đường", after a word that says where, which ``left`` ends with). Two
    capitalised words, as a street's name has at least, never in capitals throughout (a
    heading's "45/60 ĐẠT CHUẨN"), nor after a word that counts ("8/10 Hội Nông dân", "6/6 Hội
    Cựu chiến binh" are shares of associations); a count noun in capitals ("28/34 Trung tâm …")
    is read as counted before this is tried."""
    street = _NAMED_STREET_AFTER_RE.match(text, end, end + RIGHT_WINDOW)
    if street is not None and (street["name"].isupper() or street["name"].isdigit()):
        return True  # "đến 32/45 đường Trần Phú", "tại 45/12 hẻm 7", "32/45 Quốc lộ 1A"
    words = _TWO_WORDS_AFTER_RE.match(text, end, end + RIGHT_WINDOW)
    return (
        words is not None
        and words[1].istitle()
        and words[2].istitle()
        and _WHERE_BEFORE_RE.search(left) is not None
    )


def _seat_classes(text: str, start: int, end: int) -> bool:
    """Whether the bare "X/Y" at ``text[start:end]`` names the classes of a vehicle by their
    seats: "chỗ" right after it and a vehicle earlier in its sentence ("xe khách 16/29 chỗ",
    "ô tô từ 16/29 chỗ trở lên"), never X seats of Y."""
    return bool(
        _SEATS_AFTER_RE.match(text, end, end + 8)
        and _VEHICLE_RE.search(_sentence_before(text, start))
    )


#: The word that numbers what it names, right before "X/Y": "số" (but "tổng số", "đa số" count),
#: "trang" (a page), "tuần" (a week).
_NUMBERED_RE = at_end(
    patterncache.compile(r"(?<!\w)(?<!(?i:tổng) )(?<!(?i:đa) )(?i:số|trang|tuần)\s+$"),
    2,
)


def _month_of_short_year(text: str, end: int, a: str, b: str, left: str) -> bool:
    """Whether "a/b" right after "tháng" is a month and a year of two digits ("tháng 3/24",
    "báo cáo tháng 11/25"): a month from 1 to 12, then two digits, nothing counted after them
    ("sau 6 tháng 10/25 xã …" counts communes). Never a ratio; no date either, as the century
    is not printed."""
    return (
        len(b) == 2
        and len(a) <= 2
        and a.isdigit()
        and b.isdigit()
        and 1 <= int(a) <= 12
        and _MONTH_RE.search(left) is not None
        and count_noun_after(text, end) is None
    )


def _scale(text: str, end: int, left: str) -> bool:
    """Whether "1/N" ending at ``end`` is the scale of a map or plan: a word of maps and plans
    right before it ("quy hoạch chi tiết 1/500", "bản đồ địa chính 1/2.000"), or "tỷ lệ" right
    before it and such a word earlier in its sentence ("đồ án quy hoạch phân khu tỷ lệ 1/2000
    khu trung tâm … và tỷ lệ 1/500 khu tái định cư"). Things counted after it make it a count
    ("tỷ lệ 1/500 hồ sơ"), unless their name is a proper one ("1/500 Khu dân cư Tân Phú")."""
    if _MAP_BEFORE_RE.search(left) is None and not (
        _SCALE_WORD_RE.search(left) and _MAP_RE.search(_sentence_before(text, end))
    ):
        return False
    return count_noun_after(text, end) is None or _NAME_AFTER_RE.match(text, end) is not None


#: A word of maps and plans, and at most two words of its kind, right before a scale: "quy hoạch
#: chi tiết ", "bản đồ địa chính ", "quy hoạch phân khu tỷ lệ ".
_MAP_BEFORE_RE = at_end(
    patterncache.compile(
        rf"(?<!\w){L.words_pattern(L.MAP_WORDS)}(?:\s+[^\W\d_]+){{0,2}}"
        r"(?:\s+(?i:tỷ|tỉ)\s+(?i:lệ))?\s+$"
    ),
    7,
)
#: A proper name right after a number: a capital letter opens its first word.
_NAME_AFTER_RE = patterncache.compile(r"\s+[A-ZĐÀ-Ỹ]")


def _split(
    text: str, match: re.Match[str], left: str, num: float | None, den: float | None
) -> bool:
    """Whether "A/B" splits a whole in two shares that make 100 ("chia theo tỷ lệ 70/30", "cơ
    cấu 40/60", "tỷ lệ 50/50 giữa tỉnh và xã"): each party's share, never A things of B (a
    "50/50" read so would be 100%). Only whole shares of 1 to 99, with no thing counted after
    them ("tỷ lệ 50/50 xã" counts communes), and "tỷ lệ" right before, "giữa" right after, or
    a word of splitting earlier in the sentence (a subject names the parties before the verb:
    "Cơ cấu công chức trẻ và công chức lâu năm là 45/55")."""
    if num is None or den is None or num < 1 or num + den != 100:
        return False  # whole counts (``_count``) only: no decimal share is read as a ratio
    start, end = match.span()
    return bool(
        _SPLIT_RATE_RE.search(left)
        or _BETWEEN_AFTER_RE.match(text, end, end + RIGHT_WINDOW)
        or _SPLIT_WORD_RE.search(_sentence_before(text, start))
    )


def _sentence_before(text: str, at: int) -> str:
    """The sentence ``text[at]`` stands in, up to ``at`` and at most ``SPLIT_WINDOW`` characters
    of it: where a word said earlier in the sentence is looked for."""
    return _SENTENCE_START_RE.split(text[max(0, at - SPLIT_WINDOW) : at])[-1]


def _day_digits(a: str, b: str) -> bool:
    """Whether "a/b" is printed as a day and month are: one or two digits each."""
    return a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2


def _could_be_day(a: str, b: str) -> bool:
    """Whether "a/b" could be a day of a month: printed as one, day 1 to 31, month 1 to 12."""
    return _day_digits(a, b) and 1 <= int(a) <= 31 and 1 <= int(b) <= 12


def _years(a: str, b: str) -> bool:
    """Whether "a/b" is a span of years ("2024/2025", as a school or crop year is printed): two
    years of four bare digits, the second up to ten after the first (a count of that size would
    print its thousands, "2.024/2.025")."""
    return (
        len(a) == len(b) == 4
        and a.isdigit()
        and b.isdigit()
        and 1900 <= int(a) < int(b) <= min(int(a) + 10, 2100)
    )


def _date_token(
    text: str,
    match: re.Match[str],
    day: str,
    month: str,
    year: str | None = None,
    end: int | None = None,
) -> Token:
    """The date ``match`` printed (up to ``end``, when its year follows the match), of these day,
    month and (maybe) year, with the weekday printed before or after it ("Sáng thứ Hai (2/12)",
    "2/12 (thứ Hai)"); a year said after a day and month is theirs ("ngày 30/4 năm 2025")."""
    start, end = match.start(), match.end() if end is None else end
    if year is None and (said := _year_said_after(text, end)) is not None:
        year, end = said["year"], said.end()
    weekday = weekday_after(text, end)
    left = _left(text, start)
    if weekday is None:
        weekday = weekday_before(left, text, end, with_year=year is not None)
        # "từ thứ Hai đến thứ Sáu (29/1-2/2)": a weekday before a range names neither end,
        # unless two do, one each ("Từ thứ Hai đến thứ Sáu (30/11 - 4/12)")
        if weekday and range_after(text, end) and not first_of_two_after_pair(left, text, end):
            weekday = None
    return Token(
        "date", text[start:end], start, end, day=int(day), month=int(month),
        year=None if year is None else int(year), weekday=weekday,
    )  # fmt: skip


#: A year said after a day and month: "ngày 30/4 năm 2025", "Sáng thứ Tư 30/4 năm 2025".
_YEAR_SAID_AFTER_RE = patterncache.compile(
    rf"[ \t]+(?i:năm)[ \t]+(?P<year>{_YEAR})(?![\d/.,]\d)(?!\d)"
)


def _year_said_after(text: str, end: int) -> re.Match[str] | None:
    """The year said after the day and month that end at ``end`` ("… 30/4 năm 2025")."""
    return _YEAR_SAID_AFTER_RE.match(text, end)


def _full_date(text: str, match: re.Match[str], a: str, b: str, c: str) -> Token | None:
    """ "D/M/YYYY": a year of four digits, or of five or zeros (a date that cannot be, "19/8/19999"),
    or of three after a word that only introduces dates ("ngày 17/9/202": a digit dropped, as
    impossible; elsewhere three digits may number something else), or of two there ("ngày
    20/11/25": ``_century_year``)."""
    plausible_year = len(c) in (4, 5) or set(c) == {"0"}
    if not _day_digits(a, b) or not (
        plausible_year or (len(c) in (2, 3) and _introduced_date(text, match))
    ):
        return None
    year = _century_year(c) if len(c) == 2 and not plausible_year else c  # "00": a year 0
    return _date_token(text, match, a, b, year)


#: The last year of two digits read as one of this century ("20/11/25": 2025); those after it
#: are of the last, as the history a report recalls prints them ("2/9/45", "30/4/75").
_LAST_SHORT_YEAR_OF_THIS_CENTURY = 40


def _century_year(short: str) -> str:
    """The four digits of a year printed with two ("25": "2025", "45": "1945")."""
    century = 20 if int(short) <= _LAST_SHORT_YEAR_OF_THIS_CENTURY else 19
    return f"{century}{short}"


#: The first of two days printed with one month, ending the text before the second: "ngày 27-"
#: of "ngày 27-28/11", "27 – ", "15 và ", "15, ".
_FIRST_DAY_RE = patterncache.compile(
    r"(?<![\w/.,])(?P<first>\d{1,2})(?:\s?[-–]\s?|\s?,\s?|\s+(?i:và)\s+)$"
)


#: Earlier days of a list before the last two: "27, " of "27, 28 và 29/11" (``mentions`` reads
#: them as days of the list's month).
EARLIER_DAYS_RE = patterncache.compile(r"(?:(?<![\w/.,])\d{1,2}\s?,\s?){1,5}$")


def _may_follow_first_day(left: str) -> bool:
    """Whether ``left`` may end with the first of two days (a cheap test before the regex)."""
    ending = left[-5:].rstrip()
    return bool(ending) and (ending[-1] in "-–," or ending[-2:].casefold() == "và")


def _two_days(text: str, match: re.Match[str], left: str, unit: str | None) -> Token | None:
    """Two days of one month, "ngày 27-28/11", "các ngày 15 và 16/5/2025": the slash ``match``
    is the second, and a date word must come before the first, as before one day."""
    a, b, c = match.group("a", "b", "c")
    if (first := _first_of_two_days(left, b)) is None:
        return None  # "ngày 27, 6.084/7.669 xã": no second day
    found, before = first
    if _PER_DAY_RE.search(before):
        return None  # "mỗi ngày 2-3/5": so many a day
    weekdays = weekdays_of_two(before, text, match.end())
    weekend = None
    if weekdays is None and a.isdigit() and int(found["first"]) + 1 == int(a):
        weekend = weekdays = weekend_of_two(before)  # "Cuối tuần qua (28-29/11)"
    if not _window_ends(before).date and weekdays is None:
        return None  # no date word before the first day, nor the two days' weekdays
    if weekend is not None:  # the weekend's two days, unless things are counted after them
        if c is None and (unit is not None or not _could_be_day(a, b)):
            return None  # "Cuối tuần qua (2-3/5 xã)"
        second = _full_date(text, match, a, b, c) if c else _date_token(text, match, a, b)
    elif c is None:  # as one day: after "từ" or "đến", a count noun after makes it a range
        second = _day_month(text, match, before, unit)  # ("từ 2-3/5 hồ sơ")
        if (
            second is None
            and weekdays is not None
            and unit is None
            and pair_names_days(before, text, match.end())
        ):
            second = _date_token(text, match, a, b)  # "hai ngày thứ năm và thứ sáu (3-4/12)"
    else:
        second = _full_date(text, match, a, b, c) if _DATE_WORD_RE.search(before) else None
    if second is None:
        return None
    return _from_first_day(
        text, match, left, found, second,
        weekday=None if weekdays is None else weekdays[1],
        first_weekday=None if weekdays is None else weekdays[0],
    )  # fmt: skip


def _first_of_two_days(left: str, month: str) -> tuple[re.Match[str], str] | None:
    """The first of two days of ``month`` that ``left`` ends with ("ngày 27-", "15 và "), and
    the text before the list it closes ("các ngày 27, 28 và 29/11": the list's last two); None
    when no day of that month ends it."""
    found = _FIRST_DAY_RE.search(left)
    if found is None or not _could_be_day(found["first"], month):
        return None
    before = left[: found.start()]
    if (earlier := EARLIER_DAYS_RE.search(before)) is not None:
        before = before[: earlier.start()]
    return found, before


def _from_first_day(
    text: str, match: re.Match[str], left: str, found: re.Match[str], second: Token, **kept: Any
) -> Token:
    """The ``second`` day's token as that of both days, from the first one ``found`` at the end
    of ``left`` (the window before ``match``); ``kept`` sets more of its fields."""
    start = match.start() - len(left) + found.start()
    return second._replace(
        text=text[start : second.end], start=start, first_day=int(found["first"]), **kept
    )


def _dated(text: str, match: re.Match[str]) -> Token | None:
    """ "1-7-2025", "12.4.2022" anywhere; "ngày 1-7", "Sáng 12.4" after a date word alone.

    Without a year, "20-30" or "1.5" may as well be a range or a decimal ("mỗi ngày 20-30 hồ
    sơ"): it is a day and month only as a date word introduces one ("từ" and "đến" introduce
    figures too), when it could be one and no count noun follows, so a day that a month lacks
    ("ngày 31-9") is still read, and found impossible."""
    day, month, year = match.group("da", "db", "dc")
    if year is None and not (
        _could_be_day(day, month)
        and (_introduced_date(text, match) or _opens_a_range_of_days(text, match))
        and count_noun_after(text, match.end()) is None
    ):
        left = _left(text, match.start())
        return _two_dated_days(text, match, left) if _may_follow_first_day(left) else None
    return _date_token(text, match, day, month, year)


#: The end of a range after a day that "từ" (``_FROM_RE``) opens it with, a day printed as papers
#: print one: "từ 30-4 đến hết 4-5", "từ 25-1 đến 2-2", "từ 30.4 tới ngày 4.5.2025".
_DAY_ENDS_RANGE_RE = patterncache.compile(
    r"\s+(?i:đến|tới)(?:\s+(?i:hết))?(?:\s+(?i:ngày))?\s+"
    r"(?P<d>\d{1,2})(?P<sep>[-.])(?P<m>\d{1,2})(?:(?P=sep)\d{4})?(?![\d%])"
)


def _opens_a_range_of_days(text: str, match: re.Match[str]) -> bool:
    """Whether the "D-M" ``match`` after "từ" opens a range that ends with a day printed so
    (``_DAY_ENDS_RANGE_RE``): "từ" alone introduces figures too ("từ 20-30 hồ sơ"), but not one
    range of numbers into another ("từ 10-12 đến 15-20 hồ sơ")."""
    end = match.end()
    if _FROM_RE.search(_left(text, match.start())) is None:
        return False
    after = _DAY_ENDS_RANGE_RE.match(text, end, end + 24)
    return after is not None and _could_be_day(after["d"], after["m"])


def _two_dated_days(text: str, match: re.Match[str], left: str) -> Token | None:
    """Two days of one month printed with a dash or a dot, as papers print a day: "ngày 15 và
    16-3", "các ngày 27, 28.11". A date word that only introduces dates comes before the first,
    and nothing counted or lasting follows ("ngày 2 và 3-5 hồ sơ" is no date)."""
    day, month = match.group("da", "db")
    if not _could_be_day(day, month) or (first := _first_of_two_days(left, month)) is None:
        return None
    found, before = first
    word = _DATE_WORD_RE.search(before)
    end = match.end()
    weekdays = weekdays_of_two(before, text, end)
    if (
        (word is None and not _pair_names_them(before, text, end, weekdays))
        or (word is not None and _ambiguous(word))
        or _PER_DAY_RE.search(before)
        or count_noun_after(text, end) is not None
        or _DURATION_RE.match(text, end, end + 12)
    ):
        return None
    second = _date_token(text, match, day, month)
    if weekdays is None:
        return _from_first_day(text, match, left, found, second)
    return _from_first_day(
        text, match, left, found, second, weekday=weekdays[1], first_weekday=weekdays[0]
    )


def _pair_names_them(before: str, text: str, end: int, weekdays: tuple[str, str] | None) -> bool:
    """Whether the two weekdays ``weekdays`` printed right before two days in parentheses (the
    text before the first is ``before``; the second ends at ``end``) name them, as one weekday
    names its day ("Trong hai ngày thứ Năm và thứ Sáu (3 và 4-12)"), or as two in any case do
    (``pair_names_days``: "hai ngày thứ năm và thứ sáu (3-4.12)")."""
    if weekdays is None or not before.rstrip().endswith("("):
        return False
    return pair_names_days(before, text, end) or weekday_before(before, text, end) is not None


def _today_named(left: str) -> re.Match[str] | None:
    """The day named by its distance from today that ``left`` ends with, before its date: "Hôm
    nay (5/9)", "Sáng nay (16.4)", "Hôm qua (4-9)", "Hôm nay, 19/12", "Sáng nay 4-7"."""
    tail = left.rstrip(" \t(,")[-3:].casefold()
    return _RELATIVE_DAY_RE.search(left) if tail in _RELATIVE_DAY_ENDS else None


#: A duration after a number: "3-5 ngày" counts days, it is no date.
_DURATION_RE = patterncache.compile(r"\s*(?i:ngày|tuần|tháng|năm|giờ|phút|lần)(?!\w)")
#: What joins the two ends of a range of days: "từ ngày 28/2 đến 3/3", "28/2 - 3/3", "tới",
#: "đến hết 13-9" (to the end of that day), "đến hết ngày 2-9".
_RANGE_JOINER_RE = patterncache.compile(
    r"\s*(?:[-–]|(?i:đến|tới)(?:\s+(?i:hết))?(?:\s+(?i:ngày))?)\s*"
)
#: The end of a range of days right after its start: " - 1/5", "–1/5", " - 1/5/2025".
_DAY_AFTER_JOINER_RE = patterncache.compile(r"\s?[-–]\s?\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/])")


def _range_start(text: str, match: re.Match[str]) -> Token | None:
    """ "D/M" that is no ratio (the day is above the month's number) and could be a day, right
    before the end of a range ("30/4 - 1/5"): the first day of that range."""
    a, b = match.group("a", "b")
    if not _could_be_day(a, b):
        return None
    if _DAY_AFTER_JOINER_RE.match(text, match.end(), match.end() + 12) is None:
        return None
    return _date_token(text, match, a, b)


def _range_end(text: str, match: re.Match[str], first: Token) -> Token | None:
    """A day and month without a year that ends a range whose start ``first`` was read as a
    date: "từ ngày 28/2 đến 3/3 đoàn …" is the 3rd of March, not a 100% ratio of "đoàn", and
    "từ 28/2 - 3/3" is a day, as its start is; so is the next day of a list, "các ngày 31/3 và
    1/4", unless things are counted after it. A hyphen or dotted end ("đến 3-3") with a count
    after it ("3-5 ngày") stays none."""
    if match.lastgroup == "slash":
        day, month, year = match.group("a", "b", "c")
    elif match.lastgroup == "dated":
        day, month, year = match.group("da", "db", "dc")
        end = match.end()
        if count_noun_after(text, end) is not None or _DURATION_RE.match(text, end, end + 12):
            return None  # "đến 3-5 ngày", "đến 2-3 hồ sơ" count
    else:
        return None
    # "ngày 20/11/25 đến 25/11/25": a year of two digits after a start that prints its year
    short_year = year is not None and len(year) == 2 and first.year is not None
    if (year is not None and not short_year) or not _could_be_day(day, month):
        return None
    # The first day's weekday may stand between them: "13/10 (thứ Hai) và 14/10 (thứ Ba)".
    joined_at = past_weekday_after(text, first.end) if first.weekday else first.end
    if _RANGE_JOINER_RE.fullmatch(text, joined_at, match.start()) is None and (
        _LIST_JOINER_RE.fullmatch(text, joined_at, match.start()) is None
        or count_noun_after(text, match.end()) is not None
    ):
        return None  # "ngày 15/3, 2/3 số xã …": a share after the day
    return _date_token(text, match, day, month, _century_year(year) if short_year else None)


#: A fraction of one or two digits, as a share of a whole is printed: "1/3", "2/5".
_FRACTION_RE = patterncache.compile(r"(?P<num>\d{1,2})/(?P<den>\d{1,2})")
#: What joins the two ends of a range of shares: "1/3 đến 1/2", "1/4 tới 1/3".
_FRACTION_JOINER_RE = patterncache.compile(r"\s+(?i:đến|tới)\s+")
#: A verb of change or share right before "từ" and a range of fractions: "giảm từ 1/3 đến 1/2",
#: "rút ngắn từ …", "tiết kiệm từ …", "chiếm từ …".
_SHARE_VERB_BEFORE_RE = at_end(
    patterncache.compile(
        r"(?<!\w)(?i:tăng|giảm|rút\s+ngắn|tiết\s+kiệm|chiếm)(?:\s+(?i:được|thêm))?\s+(?i:từ)\s+$"
    ),
    5,
)
#: The denominators of the shares a range of them is printed with as a rule: halves to fifths.
_COMMON_DENOMINATOR = 5


def _fraction_range(text: str, first: Token, match: re.Match[str]) -> bool:
    """Whether the date ``first`` and the "D/M" ``match`` after it are the ends of a range of
    shares after a bare "từ" ("từ 1/3 đến 1/2 số thủ tục"): both fractions below one, the second
    the larger, joined by "đến" or "tới", and things counted or compared after the end ("số thủ
    tục", "so với"), a verb of change before "từ" ("giảm từ 1/3 đến 1/2"), or the end a smaller
    part of the year than a start that is at most a fifth ("từ 1/3 đến 1/2 thời gian"; "từ 1/12
    đến 1/2" is days)."""
    if match.lastgroup != "slash" or match["c"] is not None or first.weekday is not None:
        return False
    start = _FRACTION_RE.fullmatch(first.text)
    if start is None or _FRACTION_JOINER_RE.fullmatch(text, first.end, match.start()) is None:
        return False
    if not (0 < int(start["num"]) < int(start["den"])):
        return False
    a, b = match.group("a", "b")
    if not (_day_digits(a, b) and 0 < int(a) < int(b)):
        return False
    if int(a) * int(start["den"]) <= int(start["num"]) * int(b):
        return False  # "Từ 1/3 đến 1/4 hồ sơ …": a share that falls is printed so as days are
    left = _left(text, first.start)
    if _FROM_RE.search(left) is None:
        return False  # "từ ngày 1/3 đến 1/4": days
    end = match.end()
    return (
        count_noun_after(text, end) is not None
        or _COMPARED_AFTER_RE.match(text, end, end + 12) is not None
        or _SHARE_VERB_BEFORE_RE.search(left) is not None
        or int(b) < int(start["den"]) <= _COMMON_DENOMINATOR
    )


#: A comparison right after a number: "1/2 so với quy định".
_COMPARED_AFTER_RE = patterncache.compile(r"\s+(?i:so)\s+(?i:với)(?!\w)")


#: What joins two days of a list: "các ngày 31/3 và 1/4", "ngày 2/9 hoặc 3/9", "ngày 5/6, 7/6".
_LIST_JOINER_RE = patterncache.compile(r"\s*(?:,|(?i:và|hoặc))\s*")


#: What joins the two places of a change of rank: "từ vị trí 15/63 lên 10/63", "tụt từ hạng 8/63
#: xuống 12/63", "từ 20/63 vươn lên vị trí thứ 5/34", the year of the first place between them
#: ("từ vị trí 20/63 năm 2023 lên 12/63", "từ hạng 20/63 (năm 2023) lên …").
_RANK_CHANGE_RE = patterncache.compile(
    r"(?:\s+\(?(?:(?:của|vào|trong|cuối)\s+)?năm\s+\d{4}\)?,?)?"
    r"\s+(?:(?:vươn|tụt|rơi|tăng|giảm)\s+)?(?:lên|xuống)\s+(?:(?:vị trí|hạng)\s+)?(?:thứ\s+)?",
    re.IGNORECASE,
)


def _rank_change(text: str, earlier: Token, later: Token) -> bool:
    """Whether ``earlier`` and ``later`` are the two places of one change of rank: one of them
    read as a rank ("từ vị trí 15/63 lên 10/63", "từ 15/63 lên vị trí thứ 10/63"), or both bare
    after the sentence names a ranking ("Thứ hạng của tỉnh tăng mạnh, từ 45/63 lên 30/63")."""
    # The kinds first: most pairs of tokens (two percentages, a day and a figure) are neither,
    # which spares the regex of the words between them.
    ranked = "rank" in (earlier.kind, later.kind)
    if not ranked and not earlier.kind == later.kind == "ratio":
        return False
    if _RANK_CHANGE_RE.fullmatch(text, earlier.end, later.start) is None:
        return False
    if ranked:
        return True
    if earlier.unit is not None:  # two ratios (the kinds above): a bare first place, no count
        return False
    if _FROM_RE.search(_left(text, earlier.start)) is None:
        return False
    if later.unit is None and _RANKING_NAMED_RE.search(
        text, _sentence_start(text, earlier.start), earlier.start
    ):
        return True
    return _moved_steps(text, earlier, later)


#: A move of some places said of a ranking: "tăng 5 bậc", "giảm 3 bậc", "nhảy vọt 8 bậc".
_STEPS_MOVED = r"(?<!\w)(?i:tăng|giảm|tụt|vượt|thăng|vọt)\s+\d{1,2}\s+(?i:bậc)(?!\w)"
#: The year a move of places is counted from: " so với năm 2025", " so với năm trước".
_STEPS_SINCE = r"(?:\s+(?i:so)\s+(?i:với)\s+(?i:năm)\s+(?:\d{4}|(?i:trước|ngoái)))?"
#: The move right before "từ" and the first place of a change: "tăng 5 bậc, từ ", "giảm 3 bậc
#: (từ ", "tăng 5 bậc, vươn từ ", "tăng 8 bậc so với năm 2025 (từ ".
_STEPS_BEFORE_FROM_RE = patterncache.compile(
    rf"{_STEPS_MOVED}{_STEPS_SINCE}\s*[,(:]?\s*(?:(?i:vươn|tụt|rơi)\s+)?(?i:từ)\s+$"
)
#: The move right after the second place of a change: ", tăng 5 bậc", " (giảm 3 bậc".
_STEPS_AFTER_RE = patterncache.compile(rf"\s*[,(]?\s*{_STEPS_MOVED}")
#: How far before the first place of a change its move of places may start.
_STEPS_REACH = 56


def _moved_steps(text: str, earlier: Token, later: Token) -> bool:
    """Whether a move of some places is said right before the change from ``earlier`` to
    ``later`` ("tăng 5 bậc, từ 15/34 lên 10/34 tỉnh, thành phố") or right after it ("từ 15/34 lên
    10/34, tăng 5 bậc"): the two are places; the second may name those ranked
    (``_RANKED_UNITS_RE``), never other things counted ("… lên 20/34 xã")."""
    after = later.end
    if later.unit is not None:
        ranked = _RANKED_UNITS_RE.match(text, after)
        if ranked is None:
            return False
        after = ranked.end() - 1 if ranked.group().endswith((",", ")")) else ranked.end()
    reach = max(0, earlier.start - _STEPS_REACH)
    return (
        _STEPS_BEFORE_FROM_RE.search(text, reach, earlier.start) is not None
        or _STEPS_AFTER_RE.match(text, after) is not None
    )


#: "từ" opening the first place of a change ("… từ 45/63 lên 30/63"), or a range of days.
_FROM_RE = patterncache.compile(r"(?<!\w)(?i:từ)\s+$")
#: Words that name a ranking ("thứ hạng", "xếp hạng", "vị trí", but not "vị trí việc làm", the
#: posts of a civil service): a change of bare "X/Y" after one is a change of place.
_RANKING_NAMED_RE = patterncache.compile(
    r"(?<!\w)(?:thứ\s+hạng|xếp\s+hạng|thứ\s+bậc|vị\s+trí(?!\s+việc\s+làm))(?!\w)", re.IGNORECASE
)


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence holding ``text[end]`` starts (after the last sentence end before it)."""
    return max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, end)), default=0)


def _as_rank(token: Token) -> Token | None:
    """A ratio that can be a place among others (a whole position, at most the total) as a rank."""
    position, total = token.numerator, token.denominator
    if (
        token.kind != "ratio"
        or position is None
        or total is None
        or not position.is_integer()
        or not 1 <= position <= total
    ):
        return None
    return token._replace(kind="rank", value=None, qualifier=None)


def _spelled(text: str, match: re.Match[str]) -> Token | None:
    """ "ngày 09 tháng 10 năm 2025"; without the year, after a date word alone ("ngày 9 tháng
    10"); the year right after the month, as a dateline prints it, after a date word or a weekday
    or before a time ("Thứ ba, 25 Tháng 1 2022 16:22"), or after a comma as the long date of
    Vietnamese locales prints it ("Thứ Ba, 14 tháng 2, 2023"). The month is named, so any number
    after "tháng" is read as one ("tháng 13")."""
    day, month, year = match.group("sa", "sb", "sc")
    if year is None and match["sy"] is None and (comma := _comma_year(text, match.end())):
        return _date_token(text, match, day, month, comma["year"], comma.end())
    if match["sy"] is not None:  # "25 tháng 1 2022": a date when introduced, or a dateline's
        # "Thứ 2, 01 Tháng 1 2024": a portal's weekday, named by its digit before a year
        if not (_introduced_date(text, match, with_year=True) or time_after(text, match.end())):
            return None
        year = match["sy"]
    elif year is None and not _introduced_date(text, match):
        return None
    return _date_token(text, match, day, month, year)


#: The year after a comma that the long date of Vietnamese locales (ICU's, a browser's, a CMS's)
#: prints: "14 tháng 2, 2023", "Thứ Ba, 14 tháng 2, 2023 - 10:15".
_COMMA_YEAR_RE = patterncache.compile(rf",[ \t]?(?P<year>{_YEAR})(?![\d/]|[.,]\d)")
#: What may follow that year: the end, punctuation, a time, or "lúc" before one.
_AFTER_COMMA_YEAR_RE = patterncache.compile(r"[ \t]*(?:$|[^\w \t]|\d|(?i:lúc|vào)(?!\w))")


def _comma_year(text: str, end: int) -> re.Match[str] | None:
    """The year printed after a comma behind the day and month that end at ``end`` ("14 tháng 2,
    2023"); not a count there ("Đến 15 tháng 3, 2020 hộ đã…", a noun after it)."""
    if (match := _COMMA_YEAR_RE.match(text, end)) is None:
        return None
    return match if _AFTER_COMMA_YEAR_RE.match(text, match.end()) else None


def _month_dated(text: str, match: re.Match[str]) -> Token | None:
    """ "tháng 11-2023", "tháng 12.2023": a month and its year after "tháng" (elsewhere nothing:
    "5-2024" names no month a reader can be sure of)."""
    if not _MONTH_RE.search(_left(text, match.start())):
        return None
    month, year = match.group("ma", "mb")
    return Token("month_year", match.group(), *match.span(), month=int(month), year=int(year))


def _introduced_date(text: str, match: re.Match[str], with_year: bool = False) -> bool:
    """Whether the window before ``match`` ends with a date word that only introduces dates
    ("ngày", "sáng", "từ ngày"; not "từ" or "đến" alone), a day named from today ("Hôm nay, ",
    ``_today_named``), or with a weekday ("thứ Hai, "; with
    the day's year, printed in ``match`` or said after it, a capital "Thứ" and a digit: "Thứ 2,
    1-2 năm 2025")."""
    left = _left(text, match.start())
    if not _window_ends(left).date or (found := _DATE_WORD_RE.search(left)) is None:
        with_year = with_year or _year_said_after(text, match.end()) is not None
        return (
            may_end_with_weekday(left)
            and weekday_before(left, text, match.end(), with_year=with_year) is not None
        ) or _today_named(left) is not None
    if _PER_DAY_RE.search(left):
        return False  # "mỗi ngày 2-3 lần": so many a day
    return not _ambiguous(found)


def _ambiguous(word: re.Match[str]) -> bool:
    """Whether the date word ``word`` (of ``_DATE_WORD_RE``) also introduces figures: "từ" or
    "đến" alone ("Có đến 5/9 huyện"), not "từ ngày" or "sáng"."""
    return L.key(word.group()) in L.AMBIGUOUS_DATE_WORDS


#: "Each day", "daily": what follows counts, it is no date.
_PER_DAY_RE = patterncache.compile(r"(?<!\w)(?i:mỗi|hàng|hằng|một)\s+(?i:ngày)\s+$")


def _rank(text: str, match: re.Match[str], left: str) -> Token | None:
    found = _RANK_RE.search(left)
    if found is None:
        return None
    if found["w"].casefold() == "xếp" and (found["before"] or "").strip().casefold() == "sắp":
        return None  # "sắp xếp 5/9 huyện" arranges, it does not rank
    if L.key(found["w"]) in _CLIMB_WORDS and not _ranking_in_sentence(text, match):
        return None  # "tỷ lệ xã đạt chuẩn vươn lên 45/60 xã": a count that grew
    # After "xếp"/"đứng" even "70/63" is a place ("xếp thứ 70/63 tỉnh"): a wrong one.
    return _rank_token(text, match, beyond=L.key(found["w"]).split()[0] in _PLACING_VERBS)


#: The rank words of a climb or a fall ("vươn lên 5/34", "tụt xuống 25/34"): a place only in a
#: sentence that speaks of ranking (``_ranking_in_sentence``); a count may grow so too.
_CLIMB_WORDS = frozenset(("vươn lên", "tụt xuống", "rơi xuống"))
#: How far after a place the sentence is read for a word of ranking ("…, giảm 8 bậc").
_RANKING_AFTER_REACH = 80
#: A word of ranking: one that names it (``_RANKING_NAMED_RE``) or steps of it ("bậc").
_RANKING_WORD_RE = patterncache.compile(
    rf"{_RANKING_NAMED_RE.pattern}|(?<!\w)bậc(?!\w)", re.IGNORECASE
)


def _ranking_in_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence of the number ``match`` speaks of a ranking, before it ("Từ vị trí
    20/63 năm 2024, tỉnh vươn lên 5/34") or after it ("tụt xuống 25/34, giảm 8 bậc"), or names
    an index that ranks, with no count of its own between ("Chỉ số PAR INDEX của tỉnh vươn lên
    5/34 tỉnh, thành", ``_ranked_index_before``), or names it right after the place and what
    it is among ("vươn lên 5/34 tỉnh, thành về Chỉ số PAR INDEX", ``_INDEX_AFTER_RE``)."""
    start, end = match.span()
    ahead = text[end : end + _RANKING_AFTER_REACH]
    ahead = _SENTENCE_START_RE.split(ahead, maxsplit=1)[0]
    before = _sentence_before(text, start)
    return bool(
        _RANKING_WORD_RE.search(before)
        or _RANKING_WORD_RE.search(ahead)
        or _ranked_index_before(before)
        or _INDEX_AFTER_RE.match(ahead)
    )


#: The indexes by which the provinces, ministries or departments are ranked each year: "Chỉ số
#: cải cách hành chính" (PAR INDEX), "Chỉ số hài lòng" (SIPAS), PAPI, PCI, DTI, PGI, ICT Index,
#: "Chỉ số năng lực cạnh tranh", "Chỉ số chuyển đổi số", "Chỉ số hiệu quả quản trị …".
_RANKED_INDEX_RE = patterncache.compile(
    r"(?<!\w)(?:PAR[ \t]*(?i:index)|SIPAS|PAPI|PCI|DTI|PGI|DDCI|ICT[ \t]*(?i:index)"
    r"|(?i:chỉ[ \t]+số)[ \t]+(?i:cải[ \t]+cách[ \t]+hành[ \t]+chính|hài[ \t]+lòng"
    r"|năng[ \t]+lực[ \t]+cạnh[ \t]+tranh|chuyển[ \t]+đổi[ \t]+số|hiệu[ \t]+quả[ \t]+quản[ \t]+trị))"
    r"(?!\w)"
)
#: A count or a rate said after an index's name, which the number after it may be of ("Chỉ số
#: SIPAS đạt 85%, số xã đạt chuẩn vươn lên 45/60 xã"): "số" (not "chỉ số", "điểm số"), "tỷ lệ",
#: or another number than the index's own value, year or change (``_INDEX_OWN_NUMBER_RE``).
_COUNT_SAID_RE = patterncache.compile(
    r"(?<!\w)(?<!(?i:chỉ)[ \t])(?<!(?i:điểm)[ \t])(?i:số)(?!\w)|(?<!\w)(?i:tỷ|tỉ)[ \t]+(?i:lệ)(?!\w)"
    r"|\d"
)


#: The numbers an index's sentence says of the index itself: its year, its value or change in
#: percent or points ("đạt 90,5 điểm", "88,2%", "tăng 1,59 điểm").
_INDEX_OWN_NUMBER_RE = patterncache.compile(
    rf"(?<![\w.,]){_YEAR}(?![\w/]|[.,]\d)|{_NUM}\s?(?:%|(?i:điểm)(?!\w))"
)

#: The index a place is in, said right after the place and what it is among: "… 5/34 tỉnh,
#: thành về Chỉ số PAR INDEX", "… 7/34 về SIPAS" (up to four words between, no number).
_INDEX_AFTER_RE = patterncache.compile(
    rf"(?:,?[ \t]+[^\W\d_]+){{0,4}}?[ \t]+(?i:về)[ \t]+(?:(?i:chỉ[ \t]+số)[ \t]+)?"
    rf"(?:{_RANKED_INDEX_RE.pattern})"
)


#: How the words before a place said right after an index's name end: "Chỉ số PAPI năm 2024: ",
#: "Chỉ số PAR INDEX của tỉnh là ".
_INDEX_SAID_ENDINGS = (":", "là", "LÀ")
#: Those the indexes rank, named after a place in one, the clause ending there: "là 15/63 tỉnh,
#: thành phố", "là 5/34 tỉnh, thành trong cả nước" ("là 12/20 sở đạt loại tốt" counts them).
_RANKED_UNITS_RE = patterncache.compile(
    r"[ \t]+(?i:tỉnh|thành phố|địa phương|bộ|sở)(?:[ \t]*,[ \t]*(?i:thành phố|thành|ngành))?+"
    r"(?:[ \t]+(?i:(?:trong[ \t]+)?cả[ \t]+nước|toàn[ \t]+quốc|trực[ \t]+thuộc[ \t]+Trung[ \t]+ương))?+"
    r"[ \t]*(?:[.;,)]|$)"
)
#: A parenthesis opened right after a value in percent or in points ("đạt 89,12% (", "đạt 87,61
#: điểm ("): after a ranked index's value, what it holds may be the index's place
#: (``_place_after_value``).
_VALUE_OPENED_RE = patterncache.compile(rf"(?<![\w.,]){_NUM}\s?(?:%|(?i:điểm)(?!\w))\s*\(\s*$")
#: The scales of points an index may be printed out of with no "điểm" ("PCI: 68/100"): no place.
_POINT_SCALES = frozenset((10.0, 80.0, 100.0))


def _index_place(text: str, match: re.Match[str], left: str) -> Token | None:
    """ "X/Y" said with ":" or "là" right after a ranked index's name, nothing counted between
    (``_ranked_index_before``): "Chỉ số PAPI năm 2024: 15/63", "Chỉ số PAR INDEX của tỉnh là
    15/63 tỉnh, thành phố", a place in that ranking, never 15 of 63 things. Out of a scale of
    points ("PCI: 68/100"), of other things counted ("là 45/60 hồ sơ"), or of those ranked said
    to be something ("là 12/20 sở đạt loại tốt", ``_RANKED_UNITS_RE``), no place."""
    if not _ranked_index_before(_sentence_before(text, match.start())):
        return None
    rank = _rank_token(text, match)
    if rank is None or rank.denominator in _POINT_SCALES:
        return None
    return rank if rank.unit is None or _RANKED_UNITS_RE.match(text, match.end()) else None


def _place_after_value(text: str, match: re.Match[str], left: str) -> Token | None:
    """ "X/Y" in parentheses right after a ranked index's value in percent or points, the value
    unbounded: "Chỉ số PAR INDEX của tỉnh đạt 89,12% (15/63 tỉnh, thành phố)", "… đạt 87,61 điểm
    (15/63 …)" print the province's place (``_index_place``), never 15 of 63 provinces said to be
    89,12%. A bound makes the value a threshold that some reached: "đạt trên 80% (63/63 tỉnh,
    thành phố)" counts them."""
    if not left.rstrip().endswith("(") or (value := _VALUE_OPENED_RE.search(left)) is None:
        return None
    if _qualifier(left[: value.start()]) is not None:
        return None
    return _index_place(text, match, left)


def _ranked_index_before(before: str) -> bool:
    """Whether ``before``, the sentence up to a number, names an index that ranks
    (``_RANKED_INDEX_RE``) and after its last mention says no count, rate or other figure the
    number may be of (``_COUNT_SAID_RE``; a year, a percentage or points are the index's own:
    "Chỉ số PAR INDEX năm 2025 của tỉnh đạt 90,5 điểm, vươn lên 5/34")."""
    named = [index.end() for index in _RANKED_INDEX_RE.finditer(before)]
    if not named:
        return False
    said = _INDEX_OWN_NUMBER_RE.sub("", before[named[-1] :])
    return _COUNT_SAID_RE.search(said) is None


#: The rank words that make "X/Y" a place even when X passes Y ("xếp thứ 70/63", "đứng thứ
#: 40/34": a place that cannot be, which pct.range reports), as "Thứ hạng … là 70/63" and "tăng
#: 3 bậc lên 70/63" do; after "lần thứ 15/12" or "vị trí 12/10" such numbers may be something
#: else.
_PLACING_VERBS = frozenset(("xếp", "đứng"))


#: A move of some places before the place reached: "tăng 3 bậc lên ", "giảm 2 bậc, xuống vị trí ".
_STEPS_BEFORE_RE = patterncache.compile(
    r"(?<!\w)(?:tăng|giảm|tụt|vượt|lên|xuống|thăng)\s+\d{1,2}\s+bậc\s*,?\s+(?:(?:để\s+)?(?:vươn\s+)?"
    r"(?:lên|xuống)\s+)(?:(?:vị trí|hạng)\s+)?(?:thứ\s+)?$",
    re.IGNORECASE,
)


def _rank_after_steps(text: str, match: re.Match[str], left: str) -> Token | None:
    """The place a rank moved to by some steps ("tăng 3 bậc lên 12/63"), a rank."""
    return _rank_token(text, match, beyond=True) if _STEPS_BEFORE_RE.search(left) else None


def _standing(text: str, match: re.Match[str], left: str) -> Token | None:
    """ "X/Y" in parentheses after a place at an end of a ranking ("đứng cuối bảng (20/20)"), a
    rank when X is that place: the first, the last, the one before it, or the one it names."""
    if group := _GROUP_STANDING_RE.search(left):
        if (rank := _rank_token(text, match)) is None:
            return None
        assert rank.numerator is not None and rank.denominator is not None
        first_half = rank.numerator * 2 <= rank.denominator
        return rank if first_half == (L.key(group["end"]) == "đầu") else None
    found = _STANDING_RE.search(left)
    if found is None or (rank := _rank_token(text, match)) is None:
        return None
    assert rank.numerator is not None and rank.denominator is not None
    place: float
    if found["ordinal"]:
        place = _ORDINALS[found["ordinal"].casefold()]
    else:
        end = "cuối" if found["last"] else L.key(found["end"] or found["end2"]).split()[0]
        place = {"đầu": 1, "áp": rank.denominator - 1}.get(end, rank.denominator)
    return rank if rank.numerator == place else None


def _rank_token(text: str, match: re.Match[str], *, beyond: bool = False) -> Token | None:
    """ "X/Y" as a rank: a whole position from 1 to the number ranked (None otherwise), or past
    it when ``beyond`` (a place a ranking verb names, printed wrong)."""
    position, total = _count(match["a"]), _count(match["b"])
    if position is None or total is None or not 1 <= position <= (math.inf if beyond else total):
        return None
    start, end = match.span()
    unit = count_noun_after(text, end)
    if unit is None and _YEAR_RE.fullmatch(match["b"]):
        return None  # "Hội nghị lần thứ 15/2026": the 15th of the year, out of nothing ranked
    return Token(
        "rank", match.group(), start, end, numerator=position, denominator=total, unit=unit
    )


#: Where a sentence ends, between a rank and a bare "X/Y" that may be another place of it.
_SENTENCE_END_RE = patterncache.compile(r"[.!?…](?:\s|$)")


def _rank_earlier_in_sentence(
    text: str, found: list[Token], token: Token, *, other_total: bool = False
) -> bool:
    """Whether a ratio ``token`` is another place in a ranking that the sentence gave before it,
    out of as many ("xếp thứ 12/63, tăng 3 bậc so với năm 2023 (15/63)", "năm 2024 xếp thứ
    12/63; năm 2023 là 15/63"), of the same things if it names them ("xếp hạng 16/19 đơn vị,
    tăng 3 bậc so với năm 2023 là 19/19 đơn vị"). When ``other_total`` (another year names the
    place, ``_EARLIER_PLACE_RE``), out of any number: the provinces were 63 before 2025 and 34
    after ("xếp thứ 8/34, tăng 12 bậc so với năm 2024 (20/63)")."""
    for earlier in reversed(found[-4:]):
        if _SENTENCE_END_RE.search(text, earlier.end, token.start):
            return False
        if (
            earlier.kind == "rank"
            and (other_total or earlier.denominator == token.denominator)
            and token.unit in (None, earlier.unit)
        ):
            return True
    return False


def _score(text: str, match: re.Match[str], left: str) -> Token | None:
    after = _SCORE_AFTER_RE.match(text, match.end(), match.end() + RIGHT_WINDOW)
    if after is None and (
        "điểm" not in left.casefold()
        or not _SCORE_BEFORE_RE.search(left)
        or count_noun_after(text, match.end()) is not None  # "số điểm 30/45 điểm cầu": a count
    ):
        return None
    points, _ = _number(match["a"])
    scale, _ = _number(match["b"])
    if points is None or scale is None or scale == 0 or points > scale:
        return None
    start, end = match.start(), match.end() if after is None else after.end()
    qualifier = _qualifier(_left(text, start))
    if qualifier == "at_most" and points == scale:
        qualifier = None  # "đạt điểm tối đa 10/10": the full marks, no bound
    window = min(len(text), end + RIGHT_WINDOW)
    if text.find("%", end, window) >= 0 and (pair := _PAIR_RE.match(text, end, window)):
        # "40,62/80 điểm, đạt tỷ lệ 50,77%": the points as a share of the maximum, stated.
        stated, dot = _number(pair["z"])
        if stated is not None and not pair["noun"]:
            printed, bound = _stated(text, pair)
            return Token(
                "ratio_percent", text[start : pair.end()], start, pair.end(), stated, None, None,
                points, scale, dot, qualifier, "điểm", printed, bound, match.group(),
            )  # fmt: skip
    return Token(
        "score", text[start:end], start, end, numerator=points, denominator=scale,
        qualifier=qualifier, unit="điểm",
    )  # fmt: skip


def _paired(
    text: str, match: re.Match[str], left: str, num: float | None, den: float | None
) -> Token | None:
    """ "X/Y (Z%)", "X/Y noun (chiếm Z%)", "X/Y noun, đạt tỷ lệ Z%", "X/Y noun được công khai,
    đạt Z%": one figure, of the counts ``num`` and ``den`` of X and Y."""
    if num is None or den is None:
        return None
    start, ratio_end = match.span()
    window = min(len(text), ratio_end + RIGHT_WINDOW)
    if text.find("%", ratio_end, window) < 0:
        return None  # every pair pattern ends with the stated percentage
    if _day_before_a_rate(text, match, left):
        return None  # "Đến ngày 15/12, tỷ lệ đạt 97%": the day the rate was reached
    pair = (
        _PAIR_RE.match(text, ratio_end, window)
        or _SHARE_PAIR_RE.match(text, ratio_end, window)
        or _clause_pair(text, match, left, window)
    )
    if pair is None:
        return _over_plan(text, match, left, num, den, window)
    stated, dot = _number(pair["z"])
    if stated is None:
        return None
    end = pair.end()
    noun = pair["noun"]
    if not noun.strip() and _no_ratio_restated(match, num, den, stated, bool(pair["paren"])):
        return None  # "Cập nhật 15/12, tỷ lệ đạt 97%": a day, no 125% restated as 97%
    unit = count_noun_after(text, ratio_end) if noun.strip() else count_noun_after(text, end)
    if (
        unit is not None
        and not pair.group().endswith(")")
        and not _counts_the_same(unit, count_noun_after(text, end))
    ):
        # "5/9 huyện …, chiếm 2,1% tổng số hồ sơ": a share of other things. A noun after the
        # parenthesis the percentage closes is the next clause's ("12/13 xã (92,3%) tổ chức …").
        return None
    if (
        den
        and abs(num / den * 100 - stated) > _PAIRED_SLACK
        and (
            names_another_whole(
                text,
                end,
                left[_sentence_start(left, len(left)) :] + text[ratio_end : pair.start("z")],
                bare=not pair.group().endswith(")"),
            )
            or _POPULATION_AFTER_RE.match(text, end) is not None
        )
    ):
        # "12/15 xã …, chiếm 8% tổng số xã của tỉnh": a share of another whole (what the
        # sentence before said, "… trong cả nước. Huyện có 1/8 xã …", was said of no count),
        # or of the population, "45/60 xã …, chiếm 30% dân số".
        return None
    printed, bound = _stated(text, pair)
    return Token(
        "ratio_percent", text[start:end], start, end, stated, None, None, num, den, dot,
        _qualifier(left), unit, printed, bound, match.group(),
    )  # fmt: skip


def _day_before_a_rate(text: str, match: re.Match[str], left: str) -> bool:
    """Whether the "D/M" ``match`` is a day, as a date word, a word of time or a weekday before
    it reads it (``_day_month``, ``_after_time_word``), and the percentage after it is said of
    no noun it counts: "Tính đến 30/11, tỷ lệ đạt 97%", "Số liệu đến 15/12 (đạt 97%)" give the
    day a rate was reached, no ratio of 15 to 12. "Có đến 5/9 huyện (55,6%)" counts."""
    a, b = match.group("a", "b")
    if not _could_be_day(a, b):
        return False
    ends = _window_ends(left)
    dated = ends.date or may_end_with_weekday(left)
    if not (dated or ends.time):
        return False  # most numbers: no word before them reads them as a day
    unit = count_noun_after(text, match.end())
    return (dated and _day_month(text, match, left, unit) is not None) or (
        ends.time and _after_time_word(text, match, left, unit) is not None
    )


def _no_ratio_restated(
    match: re.Match[str], num: float, den: float, stated: float, in_parentheses: bool
) -> bool:
    """Whether an "X/Y" that counts nothing (no noun after it), the percentage after it clearly
    not X/Y, is a day above one ("Cập nhật 15/12, tỷ lệ đạt 97%": more than all of nothing
    counted is no ratio), any "D/M" with the percentage after a comma ("Đợt 2/12, đạt 97%": a
    bare "2/12" is no figure), or a number of a year ("Trong tuần 45/2025, tỷ lệ đạt 90%": the
    45th week, as ``_NUMBERED_RE`` reads it). "Tỷ lệ đạt 12/10 (120%)" restates itself, and
    "45/60 (80%)" or "3/4 (80%)" in parentheses right after it is a ratio misstated (pct.ratio)."""
    a, b = match.group("a", "b")
    if not den or abs(num / den * 100 - stated) <= _PAIRED_SLACK:
        return False  # "5/0 (10%)": pct.ratio reports the zero
    in_a_year = len(b) == 4 and a.isdigit() and b.isdigit() and 1900 <= int(b) <= 2100
    return in_a_year or (_could_be_day(a, b) and (num > den or not in_parentheses))


def _over_plan(
    text: str, match: re.Match[str], left: str, num: float, den: float, window: int
) -> Token | None:
    """ "X/Y noun, đạt Z% kế hoạch" with X above Y (``_PLAN_PAIR_RE``: "kết nạp 115/100 đảng
    viên, đạt 115% kế hoạch"): Y is the plan, which no whole of things caps, and Z% the share of
    it reached, which X/Y is; one figure, so pct.ratio checks it. Below the plan ("27/30 xã,
    đạt 96% kế hoạch") Y may be all there are and the plan another count: no pair. A "D/M" a
    date word or a weekday comes before may be a day ("Ngày 12/10 hồ sơ …"): no pair either."""
    if num <= den or (pair := _PLAN_PAIR_RE.match(text, match.end(), window)) is None:
        return None
    if _may_be_a_day(match, left):
        return None
    stated, dot = _number(pair["z"])
    if stated is None:
        return None
    start, end = match.start(), pair.end()
    unit = count_noun_after(text, match.end()) if pair["noun"].strip() else None
    return Token(
        "ratio_percent", text[start:end], start, end, stated, None, None, num, den, dot,
        _qualifier(left), unit, pair["pct"], _stated(text, pair)[1], match.group(),
    )  # fmt: skip


#: The population named right after a percentage ("chiếm 30% dân số toàn tỉnh"): a whole of
#: people, which a count of communes or applications clearly not that share is no part of.
_POPULATION_AFTER_RE = patterncache.compile(r"\s*(?i:dân\s+số|số\s+dân)(?!\w)")
#: Percentage points by which "X/Y" and the percentage after it differ before the percentage
#: may be of another whole (``names_another_whole``); closer, they state one share.
_PAIRED_SLACK = 1.0
#: A whole named after a percentage ("(tổng) số" and its noun), and the words after its noun that
#: say which of them it is: "… tổng số xã của tỉnh", "… số hồ sơ trễ hạn", "… tổng số hồ sơ trực
#: tuyến cả nước" (up to six words). A noun alone after it ("45/60 (80%) phiếu") names no whole.
_NAMED_WHOLE_RE = patterncache.compile(
    rf"\s+(?:(?i:tổng)\s+)?(?i:số)\s+{L.COUNT_NOUN_WORDS}(?P<which>(?:[ \t]+[^\W\d_]+){{0,6}})"
)
#: A whole named after a percentage by its noun alone, with the words that say which of them it
#: is ("… đạt 100% hồ sơ đến hạn"): read only where the noun cannot be the count's own, printed
#: after a closing parenthesis ("45/60 (80%) phiếu trả lời …" counts the "phiếu").
_BARE_WHOLE_RE = patterncache.compile(
    rf"\s+{L.COUNT_NOUN_WORDS}(?P<which>(?:[ \t]+[^\W\d_]+){{1,6}})"
)
#: A word, without the punctuation around it.
_WORD_RE = patterncache.compile(r"[^\W\d_]+")


def names_another_whole(text: str, end: int, said: str, bare: bool = False) -> bool:
    """Whether the percentage ending at ``end`` names a whole of its own (``_NAMED_WHOLE_RE``) that
    the words ``said`` of the count before it never said: words after the whole's noun that they
    do not hold ("8% tổng số xã của tỉnh", "40% số hồ sơ trễ hạn"). "tổng số xã" alone, or "tổng
    số xã đạt chuẩn" after "45/60 xã đạt chuẩn", is the count's own whole. With ``bare``, the
    noun may stand without "(tổng) số" ("…, đạt 100% hồ sơ đến hạn": ``_BARE_WHOLE_RE``)."""
    whole = _NAMED_WHOLE_RE.match(text, end) or (bare and _BARE_WHOLE_RE.match(text, end)) or None
    if whole is None:
        return False
    words = set(_WORD_RE.findall(said.casefold()))
    return any(word not in words for word in whole["which"].casefold().split())


def _counts_the_same(unit: str, whole: str | None) -> bool:
    """Whether the whole a stated percentage names after it (``whole``: "… 88,9% tổng số đơn vị")
    is what the ratio counts (``unit``), or none is named ("thủ tục" and "thủ tục hành chính" are
    the same)."""
    if whole is None:
        return True
    unit, whole = unit.casefold(), whole.casefold()
    return unit.startswith(whole) or whole.startswith(unit)


def _may_be_a_day(match: re.Match[str], left: str) -> bool:
    """Whether a ratio ``match`` may be a day and month ("D/M"), a date word, a time or a
    weekday before it (``left``): "Ngày 5/11 hồ sơ …", "Sáng thứ Hai 12/10 …"."""
    return _could_be_day(*match.group("a", "b")) and bool(
        (ends := _window_ends(left)).date or ends.time or may_end_with_weekday(left)
    )


def _clause_pair(text: str, match: re.Match[str], left: str, window: int) -> re.Match[str] | None:
    """``_CLAUSE_PAIR_RE`` after the ratio ``match``, unless the ratio may be a day ("Ngày 5/11
    hồ sơ được nộp …") or the parentheses hold a bound alone."""
    pair = _CLAUSE_PAIR_RE.match(text, match.end(), window)
    if pair is None:
        return None
    if pair["paren"] and pair["sq"] and not pair["verb"]:
        return None
    if _may_be_a_day(match, left):
        return None
    return pair


def _stated(text: str, pair: re.Match[str]) -> tuple[str, str | None]:
    """The percentage a pairing (``_PAIR_RE``, ``_SHARE_PAIR_RE``) states, as printed ("48,6%"),
    and the bound word before it ("khoảng" -> about)."""
    bound = L.QUALIFIERS.get(L.key(pair["sq"])) if pair["sq"] else None
    return text[pair.start("z") : pair.end()].strip(" ,()"), bound


def _after_time_word(text: str, match: re.Match[str], left: str, unit: str | None) -> Token | None:
    """ "D/M" after a word of time, when it could be a day: "Kể từ 1/7 hồ sơ …", and "Sau 2/9
    người dân …" as "sau" opens the clause ("tập trung vào 2/3 số xã" is a ratio, and "sau 45/63
    tỉnh" is one anywhere)."""
    a, b = match.group("a", "b")
    if not _could_be_day(a, b):
        return None
    found = _TIME_WORD_RE.search(left)
    if found is None:
        return None
    if found["clause"] and unit is not None and not _opens_clause(text, match, found):
        return None  # inside a clause, a count noun after it: a ratio
    return _date_token(text, match, a, b)


def _opens_clause(text: str, match: re.Match[str], word: re.Match[str]) -> bool:
    """Whether ``word``, found in the window before the number ``match`` (``_left``), opens a
    clause: the text starts there or a clause mark comes before it."""
    at = match.start() - (len(word.string) - word.start())  # where the word starts in ``text``
    head = text[max(0, at - 16) : at].rstrip()
    return head[-1] in _CLAUSE_MARKS if head else at <= 16


#: What makes a number after "từ"/"đến" a share even where they open a clause: "(tổng) số"
#: right after it ("Từ 2/3 số xã …": of the communes), or a bound a few words on ("Từ 2/3 thành
#: viên trở lên …": at least two thirds).
_SHARE_OF_RE = patterncache.compile(
    r"\s+(?:(?i:tổng)\s+)?(?i:số)\s"
    rf"|(?:\s+[^\W\d_]+){{1,6}}?\s+{L.words_pattern(list(L.QUALIFIERS_AFTER))}(?!\w)",
    re.IGNORECASE,
)


#: "lên" or "xuống" after "từ X": a figure that changes ("từ 5/9 lên 7/9 huyện"); a day does not.
_CHANGE_TO_RE = patterncache.compile(r"\s+(?i:lên|xuống)(?!\w)(?!\s+(?i:đường))")


def _day_month(text: str, match: re.Match[str], left: str, unit: str | None) -> Token | None:
    """ "D/M" after a date word ("Chiều 31/1") or a weekday ("Sáng thứ Hai (2/12)")."""
    a, b = match.group("a", "b")
    if not _day_digits(a, b):
        return None
    word = _DATE_WORD_RE.search(left)
    if word is None:
        said_year = _year_said_after(text, match.end()) is not None
        if weekday_before(left, text, match.end(), with_year=said_year) is None:
            # "Ngày làm việc thứ Ba (16/10)": the day an ordinal numbers, its date all the same
            ordinal = day_of_an_ordinal(left, text, match.end()) and _could_be_day(a, b)
            return _date_token(text, match, a, b) if ordinal else None
        return _date_token(text, match, a, b)
    day, month = int(a), int(b)
    if _ambiguous(word) and (
        not (1 <= month <= 12 and day >= 1)
        or _CHANGE_TO_RE.match(text, match.end(), match.end() + 8)
        or (unit is not None and day <= month and not _fronted_day(text, match, word))
        or (day < month and _bound_before(left, word))
    ):
        return None  # "Có đến 5/9 huyện", "tăng từ 5/9 lên 7/9", "chưa đến 1/3": figures
    # "đến 30/9 số hồ sơ …": more of them than all there are is no count, so a day it is.
    return _date_token(text, match, a, b)


#: A word before "đến" that makes it a bound ("chưa đến 1/3", "không đến 1/4": less than; "có
#: đến", "lên đến": as many as) or the verb of a share ("chiếm đến 1/3").
_BOUND_BEFORE_RE = patterncache.compile(r"(?<!\w)(?i:chưa|không|có|lên|chiếm)\s+$")


def _bound_before(left: str, word: re.Match[str]) -> bool:
    """Whether the date word ``word`` that ends ``left`` ("đến") follows a word that makes it a
    bound (``_BOUND_BEFORE_RE``): a fraction after them is a share, no day ("chưa đến 1/3 các
    thủ tục"; "Chưa đến 30/6, …" may still be a day, which no fraction is)."""
    before = left[: len(left) - (len(word.string) - word.start())]
    return _BOUND_BEFORE_RE.search(before, max(0, len(before) - 12)) is not None


def _fronted_day(text: str, match: re.Match[str], word: re.Match[str]) -> bool:
    """Whether "từ"/"đến" and the "D/M" after them, a count noun next, front the clause as its
    time, its comma left out as headlines do ("Từ 1/7 người dân …", "Đến 5/9 hồ sơ …"): they
    open it, and the number is no share ("Từ 2/3 số xã …") nor bounded ("từ 2/3 thành viên trở
    lên")."""
    end = match.end()
    return (
        _opens_clause(text, match, word)
        and _SHARE_OF_RE.match(text, end, end + _BOUND_AFTER_REACH) is None
    )


#: How each reading is read, by the name of its group.
_READERS: dict[str, Callable[[str, re.Match[str]], Token | None]] = {
    "percent": _percent,
    "slash": _slash,
    "range": _range,
    "unit_ratio": _unit_ratio,
    "dated": _dated,
    "spelled": _spelled,
    "month_dated": _month_dated,
    **dict.fromkeys(_PLAIN_KINDS, _plain),
}


#: The kinds a bound word after them qualifies (a ratio_percent's bound is its percentage's): a
#: score too, a threshold of points ("các xã đạt từ 80/100 điểm trở lên").
_BOUNDED_AFTER = frozenset(("percent", "ratio", "score"))


def tokenize(text: str) -> tuple[Token, ...]:
    """What ``read_tokens`` gives, read afresh: for a caller that keeps the reading itself (a
    bulletin's ``Scan`` reads each paragraph once), so no process-wide memo is paid for.

    Each token is read where ``_MASTER.search(text, pos)`` finds it from the end ``pos`` of the
    last one (``tests/properties/test_token_windows.py``), with _MASTER, or the part of it that
    _OPENS names, tried only where _OPENING stops; ``read_at`` reads it there and ``placed``
    settles it among the tokens before it."""
    found: list[Token] = []
    pos = at = 0
    search = _OPENING.search
    while (opening := search(text, at)) is not None:
        back, reading = _OPENS[opening.lastgroup]
        at = opening.start()
        start = at - back
        at += 1
        if start < pos:
            continue
        # A reading of _AFTER that fails there leaves the others: "12.4.2022, %" is a day.
        match = reading.match(text, start) or (
            _MASTER.match(text, start) if reading is not _MASTER else None
        )
        if match is None:
            continue
        token = read_at(text, match, found)
        pos = match.end()
        if match.lastgroup == "range" and (token is None or token.end < pos):
            # No range ("giảm 30% đến 20%"): what follows the first number is read afresh.
            pos = token.end if token is not None else match.end("lo")
        if token is not None:
            token = placed(text, token, found)
            found.append(token)
            if token.end > pos:
                pos = token.end
        at = pos
    return tuple(found)


def read_at(text: str, match: re.Match[str], found: list[Token]) -> Token | None:
    """The token a reading ``match`` of _MASTER gives after the tokens ``found`` before it: the
    end of a range of days when the last of them is its start ("từ ngày 28/2 đến 3/3 đoàn …")."""
    token = _READERS[match.lastgroup or ""](text, match)
    if token is not None and token.kind == "ratio" and _scored_place(text, match, token):
        token = _as_rank(token) or token
    if found and found[-1].kind == "date" and _fraction_range(text, found[-1], match):
        found.pop()  # "từ 1/3 đến 1/2 số thủ tục": two shares, neither a day
        return None if token is None or token.kind == "date" else token
    if found and (
        token is None
        or token.kind == "ratio"
        or (token.kind == "ratio_percent" and _misstated_pair(token))
    ):
        if found[-1].kind == "date":
            # "Ngày 5/12 và 6/12 (đạt 97%)": the next day of a list, no 50% misstated as 97%
            token = _range_end(text, match, found[-1]) or token
        elif found[-1].kind == "rank" and match.lastgroup == "slash":
            token = _next_place(text, match, found[-1], token) or token
        elif found[-1].kind == "score" and token is not None:
            token = _next_score(text, found[-1], token) or token
    return token


def _misstated_pair(token: Token) -> bool:
    """Whether ``token`` is a ratio paired with a percentage clearly not its share (beyond
    ``_PAIRED_SLACK``): after a day, the next day of a list may be what it is."""
    num, den, stated = token.numerator, token.denominator, token.value
    if token.kind != "ratio_percent" or num is None or not den or stated is None:
        return False
    return abs(num / den * 100 - stated) > _PAIRED_SLACK


#: What joins a score to the next one of a list: what the first was given for (up to six words,
#: a small number among them: "ở nhóm tiêu chí 1"), then a comma, a semicolon or "và".
_SCORE_LIST_WORD = r"(?:[^\W\d_]+|\d{1,2}(?![\d/%]|[.,]\d))"
_NEXT_SCORE_RE = patterncache.compile(
    rf"(?:[ \t]*,?[ \t]*{_SCORE_LIST_WORD}(?:[ \t]+{_SCORE_LIST_WORD}){{0,5}})?"
    r"[ \t]*(?:[,;]|[ \t]+(?i:và))[ \t]*"
)


def _next_score(text: str, score: Token, token: Token) -> Token | None:
    """A bare "X/Y" ratio that goes on a list of scores after the ``score`` before it
    (``_NEXT_SCORE_RE``: "đạt 45/45 điểm ở nhóm 1, 18/20 ở nhóm 2"): points out of the most, no
    share. Things counted after it ("…, 18/20 xã đạt chuẩn") make it a count."""
    if token.unit is not None or token.numerator is None or token.denominator is None:
        return None
    if _NEXT_SCORE_RE.fullmatch(text, score.end, token.start) is None:
        return None
    return Token(
        "score", token.text, token.start, token.end, numerator=token.numerator,
        denominator=token.denominator, qualifier=token.qualifier, unit="điểm",
    )  # fmt: skip


#: A score in points after a place in parentheses: "Indonesia (77/167 – 70,22 điểm)".
_SCORE_AFTER_PLACE_RE = patterncache.compile(rf"[ \t]*[–-][ \t]*{_NUM}[ \t]+(?i:điểm)[ \t]*\)")


def _scored_place(text: str, match: re.Match[str], token: Token) -> bool:
    """Whether a bare "X/Y" opens a parenthesis that gives a score in points after it: a place
    in a ranking and the score it was ranked by ("Malaysia (84/167 – 69,52 điểm)")."""
    return (
        token.unit is None
        and text[: match.start()].endswith("(")
        and _SCORE_AFTER_PLACE_RE.match(text, match.end()) is not None
    )


#: What joins a place in one ranking to the place in the next one said after it: the first
#: ranking's scope (up to five words, no digit among them), then a comma, a semicolon or "và":
#: "xếp hạng 86/193 toàn cầu, 23/47 châu Á và 6/11 Đông Nam Á", "xếp thứ 31/63 tỉnh, thành
#: phố, 4/14 tỉnh miền núi phía Bắc".
_NEXT_PLACE_RE = patterncache.compile(
    r"(?:[ \t]*,?[ \t]*[^\W\d_]+){0,5}[ \t]*(?:[,;]|[ \t]+(?i:và))[ \t]*"
)


def _next_place(text: str, match: re.Match[str], rank: Token, token: Token | None) -> Token | None:
    """A bare "X/Y" (read as a ratio, or as nothing: "6/11" may be a day) that goes on a list of
    places after the ``rank`` before it (``_NEXT_PLACE_RE``): a place, out of as many as its own
    ranking holds. Counted things after it other than the rank's ("xếp thứ 12/63, 45/60 xã đạt
    chuẩn") make it a count."""
    a, b, c = match.group("a", "b", "c")
    if c is not None or _NEXT_PLACE_RE.fullmatch(text, rank.end, match.start()) is None:
        return None
    unit = count_noun_after(text, match.end()) if token is None else token.unit
    num, den = _count(a), _count(b)
    if unit not in (None, rank.unit) or num is None or not den:
        return None
    start, end = match.span()
    return _as_rank(
        Token("ratio", match.group(), start, end, num / den * 100, numerator=num, denominator=den,
              unit=unit)
    )  # fmt: skip


def placed(text: str, token: Token, found: list[Token]) -> Token:
    """``token`` as the tokens ``found`` before it place it (the last of them may change too):
    the two places of a change of rank, a bare "X/Y" after a rank out of as many, and a bound
    word after a percentage or ratio ("45% trở lên"); a day of the lunar calendar, said so
    after it ("ngày 10/3 âm lịch"), is no date of the solar one."""
    if token.kind == "date":
        if _LUNAR_AFTER_RE.match(text, token.end) or _lunar_new_year_day(text, token):
            return token._replace(kind="lunar_date")
        if found and found[-1].kind == "date":
            token = _weekdays_after_both(text, token, found)
        if token.first_weekday or (found and found[-1].kind == "date"):
            token = _weekdays_of_every_week(text, token, found)
    if found and _rank_change(text, found[-1], token):
        # "từ vị trí 15/63 lên 10/63": the other place is no ratio of 15.9% but a rank.
        token = _as_rank(token) or token
        found[-1] = _as_rank(found[-1]) or found[-1]
    elif token.kind == "ratio" and found:
        earlier_year = _EARLIER_PLACE_RE.search(_left(text, token.start)) is not None
        if (token.unit is None or earlier_year) and _rank_earlier_in_sentence(
            text, found, token, other_total=earlier_year
        ):
            token = _as_rank(token) or token  # "… xếp thứ 12/63 (năm 2023: 15/63)"
    if token.qualifier is None and token.kind in _BOUNDED_AFTER:
        token = _bound_after(text, token)
    return token


def _weekdays_after_both(text: str, token: Token, found: list[Token]) -> Token:
    """``token``, the second of two days joined as a range or a list, each printed whole, with
    the second of two weekdays in parentheses after it, and the last of ``found``, the first day,
    with the first ("30/11 và 1/12 (thứ Hai và thứ Ba)"); both unchanged when no two follow, or
    when either day has a weekday of its own or is two days already ("27-28/11")."""
    first = found[-1]
    if token.weekday or first.weekday or token.first_day or first.first_day:
        return token
    if (pair := weekdays_after_two(text, token.end)) is None:
        return token
    between = (first.end, token.start)
    if (
        _RANGE_JOINER_RE.fullmatch(text, *between) is None
        and _LIST_JOINER_RE.fullmatch(text, *between) is None
    ):
        return token
    found[-1] = first._replace(weekday=pair[0])
    return token._replace(weekday=pair[1])


#: The most days the ends of a range named by two weekdays may be apart: two weeks ("từ thứ Hai
#: tuần này đến thứ Sáu tuần sau"). A longer range, a month's, takes the weekdays of its weeks.
_LONGEST_NAMED_RANGE = 14
#: The start of two days of one month that make a range: "1 - " of "1 - 31/12", "1 đến ".
_FIRST_DAY_OF_RANGE_RE = patterncache.compile(r"\d{1,2}\s*(?:[-–]|(?i:đến|tới)(?!\w))")


def _weekdays_of_every_week(text: str, token: Token, found: list[Token]) -> Token:
    """``token`` (and the last of ``found``, the range's start) without the two weekdays named
    for a range longer than two weeks, not beside each end: "làm thêm giờ từ thứ Hai đến thứ Sáu
    (1/12 - 31/12)", "Từ 1/12 đến 31/12 (thứ Hai đến thứ Sáu)", "1 - 31/12 (…)" name the days of
    every week in it, not its ends. A shorter range keeps them ("(2/12 - 6/12)"), and so
    do two days listed ("1/12 và 31/12 (…)") or a weekday printed by its own day ("thứ Hai
    (1/12) đến thứ Sáu (31/12)")."""
    if token.first_day is not None:
        if (
            token.first_weekday
            and token.weekday
            and _FIRST_DAY_OF_RANGE_RE.match(token.text)
            and _days_apart(token.first_day, token.month, token.day, token.month)
            > _LONGEST_NAMED_RANGE
        ):
            return token._replace(weekday=None, first_weekday=None)
        return token
    first = found[-1]
    if not (token.weekday and first.weekday) or first.first_day is not None:
        return token
    if _RANGE_JOINER_RE.fullmatch(text, first.end, token.start) is None:
        return token
    if _days_apart(first.day, first.month, token.day, token.month) > _LONGEST_NAMED_RANGE:
        found[-1] = first._replace(weekday=None)
        return token._replace(weekday=None)
    return token


def _days_apart(
    day: int | None, month: int | None, end_day: int | None, end_month: int | None
) -> int:
    """How many days the end of a range comes after its start, years not told (in the next year
    when it falls earlier in this one: "28/12 - 3/1"); 0 when either cannot be a day."""
    if day is None or month is None or end_day is None or end_month is None:
        return 0
    try:  # 2000 is a leap year: 29/2 is a day
        start, end = dt.date(2000, month, day), dt.date(2000, end_month, end_day)
        if end < start:
            end = dt.date(2001, end_month, end_day)
    except ValueError:
        return 0
    return (end - start).days


#: The stems and branches that name a year of the lunar calendar ("Giáp Thìn", "Ất Tỵ").
_STEMS = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý|Quí"
_BRANCHES = "Tý|Tí|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi"
#: What says a day is of the lunar calendar, right after it: "âm lịch", "lịch âm", "(ÂL)",
#: "Â.L", "theo âm lịch", or the year's name, after "năm" or capitalised ("ngày 15/1 năm Giáp
#: Thìn", "mùng 10/3 Ất Tỵ").
_LUNAR_AFTER_RE = patterncache.compile(
    r"\s*+\(?\s*(?:(?i:(?:theo\s+)?(?:âm\s+lịch|lịch\s+âm))|ÂL|AL|âl|Â\.L\b\.?"
    rf"|(?i:năm\s+(?:{_STEMS})\s+(?:{_BRANCHES}))|(?:{_STEMS})\s+(?:{_BRANCHES}))(?!\w)"
)


#: "mùng" or "mồng" right before a day: one of the first ten days of a month, of either calendar
#: ("mồng 2/9" is the National Day, "mùng 7/1" after Tết a lunar day).
_MUNG_BEFORE_RE = at_end(patterncache.compile(r"(?<!\w)(?i:mùng|mồng)\s+$"), 1)
#: The solar day printed in parentheses after a lunar one: "(tức 20/2/2026)", "(20/2)", "(thứ
#: Hai, 23/2)", "(ngày 20/2)".
_SOLAR_DAY_AFTER_RE = patterncache.compile(
    r"[ \t]*\([ \t]*(?:(?i:tức)[ \t]+)?(?:(?:(?i:thứ)[ \t]+\w+|(?i:chủ)[ \t]+(?i:nhật))[ \t]*,?[ \t]*)?"
    r"(?:(?i:ngày)[ \t]+)?\d{1,2}[/.\-]\d{1,2}"
)
#: Tết, the lunar new year ("Tết Dương lịch", "Tết Tây" are the solar one's).
_LUNAR_NEW_YEAR_RE = patterncache.compile(r"(?<!\w)(?i:tết)(?!\w)(?!\s+(?i:dương|tây)(?!\w))")
#: How far around a day its sentence is looked through for Tết.
_TET_REACH = 120


def _lunar_new_year_day(text: str, token: Token) -> bool:
    """Whether a day printed without its year after "mùng" or "mồng" is of the lunar calendar:
    the solar day follows it in parentheses ("Sáng mùng 4/1 (tức 20/2/2026)", "mùng 10/3
    (26/4)"), or it is of the first month and its sentence speaks of Tết ("Ngày mùng 7/1 (thứ
    Hai), công chức trở lại làm việc sau Tết"): its weekday is the lunar day's."""
    if token.year is not None or token.first_day is not None:
        return False
    if _MUNG_BEFORE_RE.search(_left(text, token.start)) is None:
        return False
    if _SOLAR_DAY_AFTER_RE.match(text, token.end):
        return True
    if token.month != 1:
        return False
    before = text[max(0, token.start - _TET_REACH) : token.start]
    opening = max((m.end() for m in _SENTENCE_END_RE.finditer(before)), default=0)
    closing = _SENTENCE_END_RE.search(text, token.end, token.end + _TET_REACH)
    stop = closing.start() if closing else min(len(text), token.end + _TET_REACH)
    return bool(
        _LUNAR_NEW_YEAR_RE.search(before, opening)
        or _LUNAR_NEW_YEAR_RE.search(text, token.end, stop)
    )


_MEMO = TextMemo(tokenize, size=2048)


def clear_cache() -> None:
    """Forget every reading kept so far (benchmarks time a cold reading)."""
    _MEMO.clear()


def read_tokens(text: str) -> tuple[Token, ...]:
    """Every number-bearing token of ``text``, in order, none overlapping another."""
    return _MEMO(text)
