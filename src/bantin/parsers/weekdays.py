"""The weekday printed with a day in running text: "Sáng thứ Hai (2/12)", "ngày 2/12 (thứ Hai)".

The press names the weekday before a day ("Sáng thứ Hai (2/12)", "Thứ Năm, ngày 30/5/2024",
"Chủ nhật, 1/12") or after it in parentheses ("Chiều 2/12 (thứ Hai)"), and a news site's
dateline prints it lower case before a date and a time ("Thứ năm, 30/05/2024 11:24"). "Thứ hai"
is also the ordinal "second": "lần thứ hai", "Kỳ họp thứ Hai", and "Thứ hai, …" that enumerates.
So a lower-case name or a digit ("thứ 2") counts only after a time of day ("Sáng thứ hai", "vào
thứ 2"), before "ngày" and the day ("Thứ 5 ngày 12/1"; not after the noun of a turn, "Đợt
kiểm tra thứ hai ngày 19/7"), in parentheses after the day, in a dateline, after a word that
introduces a day before "ngày" and a date with its year ("đến hết thứ sáu, ngày 20/2/2026"), or
before "(" and the day, or ", ngày" and the day ("từ thứ ba (28.1.2014)", "đến hết thứ tư, ngày
1/5"), or right before a day printed with dots or dashes ("từ thứ bảy 25.4"), or, a capital "Thứ"
and a digit, before a date with its year ("Thứ 4, 17/01/2024") or before ", ngày" and the day
("Thứ 7, ngày 13/12"; not a point of an enumeration that "Thứ nhất" opened), or opening the text
or a line of a schedule before its day ("Thứ 6 (13/3):", "THỨ 3 - 10/3"); a capitalised name
counts unless the noun of a thing counted in turns comes before "thứ" (``lexicon
.ORDINAL_WORDS``, ``lexicon.COUNTED_TURN_WORDS``: "Kỳ họp thứ Hai", "Hội thảo thứ Hai").

Two weekdays joined by "và", a comma, a dash, "đến" or "tới" name two days in their order, before
them ("Sáng thứ Sáu và chiều thứ Bảy (4 và 5/12)", "Từ thứ Hai đến thứ Sáu (30/11 - 4/12)") or
in parentheses after them ("Trong 2 ngày 30/11 và 1/12 (thứ Hai và thứ Ba)"); three listed name
none ("thứ Hai, thứ Tư, thứ Sáu (…)"). In lower case or with digits the two count after a time
of day, "vào" or a count of days, or opening the text ("Trong hai ngày thứ năm và thứ sáu
(3-4/12)", "Thứ 6 và thứ 7 (4-5/12)": ``pair_names_days``). A weekend names the two days in a
row in parentheses after it, a Saturday and a Sunday ("Cuối tuần qua (28-29/11)":
``WEEKEND_DAYS``).
"""

from __future__ import annotations

import re

from bantin import patterncache
from bantin.parsers import lexicon as L
from bantin.parsers.window_end import at_end

_NAME = r"(?P<wd>(?i:thứ)\s+(?P<day>[^\W_]+)|(?i:chủ)\s+(?i:nhật))"
#: The words that say which week after "tuần" ("this", "last", "next", "the one after", "past").
_WEEK_WORDS = ("này", "trước", "tới", "sau", "qua")
#: The week a weekday is of, said between it and its day: "thứ Sáu tuần này (11/10)", or without
#: "tuần": "thứ Hai tới (9/12)", "thứ Sáu này (13/12)", "thứ Hai vừa qua (2/12)".
_WHICH_WEEK = rf"(?:\s+(?i:tuần)\s+(?i:{'|'.join(_WEEK_WORDS)})|\s+(?i:tới|này|vừa\s+qua))"
#: A weekday ending the text before a day: "Sáng thứ Hai (", "thứ Hai, ngày ", "Chủ nhật, ",
#: "Thứ Năm - ", "thứ Sáu tuần trước ("; the words of the longest looked at: a word before,
#: "thứ", the name, the week, "(", "ngày".
_BEFORE = at_end(
    patterncache.compile(
        rf"(?:(?<!\w)(?P<before>[^\W\d_]+)\s+)?(?<!\w){_NAME}{_WHICH_WEEK}?\s*(?P<sep>[,(\-–]\s*)?"
        r"(?:(?P<ngay>(?i:ngày))\s+)?$"
    ),
    7,
)
#: A weekday in parentheses right after a day: " (thứ Hai)", "(Chủ nhật)".
_AFTER_RE = patterncache.compile(rf"\s*\(\s*{_NAME}\s*\)")
#: A time right after a full date, as a dateline prints it ("30/05/2024 11:24", "- 08h30").
_TIME_AFTER_RE = patterncache.compile(r"\s*+[,|\-–]?\s*\d{1,2}[:h]\d{2}(?!\d)")
#: A time right before the weekday, as a dateline that prints the time first does ("Cập nhật lúc
#: 16:40 Thứ sáu, 26/01/2024"); searched in the few characters before the weekday.
_TIME_BEFORE_RE = patterncache.compile(r"(?<!\d)\d{1,2}[:h]\d{2}\s*[,|\-–]?\s*$")
_TIME_BEFORE_REACH = 10
#: A range going on after a day: "(29/1-2/2)", "29/1 đến ngày 2/2". The weekday before the first
#: day may name either end ("từ thứ Hai đến thứ Sáu (29/1-2/2)"), so it is not the first day's.
_RANGE_AFTER_RE = patterncache.compile(r"\s?[-–]\s?\d|\s+(?i:đến|tới)\s+(?:(?i:ngày)\s+)?\d")
#: What every weekday ending holds, in its last ``_TAIL`` characters: "thứ" or "nhật", any case.
_MARKS = ("hứ", "HỨ", "hật", "HẬT")
_TAIL = 24
#: The last word of a noun an ordinal numbers right after it, a thing done in turns among them:
#: "Kỳ họp thứ Hai", "Hội thảo thứ Hai (15/10)", "Buổi thứ Hai (14/10)".
_ORDINAL_WORDS = frozenset(word.split()[-1] for word in (*L.ORDINAL_WORDS, *L.COUNTED_TURN_WORDS))
#: How far back, and up to which mark, the noun a lower-case ordinal numbers is looked for: a
#: head noun and a few words of its own ("Buổi làm việc với các sở thứ hai").
_TURN_WINDOW = 40
_CLAUSE_END_RE = patterncache.compile(r"[.,;:!?()\[\]\n]|\s[-–]\s")
_COUNTED_TURN_RE = patterncache.compile(rf"(?<!\w){L.words_pattern(L.COUNTED_TURN_WORDS)}(?!\w)")
_TIME_WORDS = frozenset(L.WEEKDAY_TIME_WORDS)
#: The last word of a weekday ("thứ Hai", "thứ 2", "Chủ nhật").
_LAST_WORDS = frozenset([*L.WEEKDAY_DAYS, "nhật"])
#: The week said after a weekday, at the end of a text.
_WHICH_WEEK_END_RE = patterncache.compile(f"{_WHICH_WEEK}$")


def weekday_index(printed: str) -> int | None:
    """Monday 0 to Sunday 6 for a weekday as printed ("thứ Hai", "THỨ 2", "Chủ nhật", and
    abbreviated in capitals: "T2", "CN"), or as a weekend names it (``WEEKEND_DAYS``)."""
    if printed.startswith(_WEEKEND_MARK):
        printed = printed[len(_WEEKEND_MARK) : -1]
    if printed in _ABBREVIATIONS:
        return _ABBREVIATIONS[printed]
    words = printed.casefold().split()
    if words == ["chủ", "nhật"]:
        return 6
    if len(words) == 2 and words[0] == "thứ":
        return L.WEEKDAY_DAYS.get(words[1])
    return None


def weekday_fits(printed: str, weekday: int) -> bool | None:
    """Whether a day that falls on ``weekday`` (Monday 0) may be the day printed with ``printed``,
    or None when ``printed`` names no weekday (``weekday_index``). A weekend's two days
    (``WEEKEND_DAYS``) are its Saturday and Sunday, or a Friday and the Saturday after it: papers
    say "cuối tuần" loosely of a Friday too, and a false error would withhold the article."""
    index = weekday_index(printed)
    if index is None:
        return None
    if printed.startswith(_WEEKEND_MARK):
        return weekday in (index - 1, index)
    return weekday == index


def weekday_before(left: str, text: str, end: int, with_year: bool = False) -> str | None:
    """The weekday printed right before a day, as printed ("thứ Hai"), or None: ``left`` is the
    text before the day, which ends at ``end`` of ``text``; ``with_year``: the day prints its
    year ("Thứ 4, 16/07/2024", as a portal dates its page: a capitalised "Thứ" and a digit before
    a whole date number no list)."""
    tail = left.rstrip()[-_TAIL:]  # a table row's run of spaces before the day left out
    if _may_end_with_abbreviation(tail) and (short := _abbreviated_before(left, text)):
        return short
    if not any(mark in tail for mark in _MARKS):
        # Most days: no "thứ" or "nhật" near, told by a few substring tests; the second of two
        # days after two weekdays may be further from them.
        return _second_of_pair(left, text, end)
    match = _BEFORE.search(left)
    if match is None or weekday_index(match["wd"]) is None:
        return _second_of_pair(left, text, end)
    before = (match["before"] or "").casefold()
    if before in _ORDINAL_WORDS or _day_of_a_sitting(match, text, end):
        return None  # "lần thứ Hai", "Kỳ họp thứ Hai", "Ngày thứ Hai (15/10) của kỳ họp"
    if match["sep"] and match["sep"].strip() == "(" and (pair := _PAIR_BEFORE_RE.search(left)):
        if _names_no_days(left, pair) or _pair_names_other_days(pair, text, end):
            return None  # "Kỳ họp thứ Hai và thứ Ba (15/6 …)": two sittings, no weekdays
        if (first := _first_of_pair(pair, text, end)) is not None:
            return first
    name = match["day"]  # None for "Chủ nhật", which is never an ordinal
    # A capitalised name counts whatever follows the day, any name after a time of day or right
    # before "ngày" and the day ("thứ 5 ngày 12/1": no ordinal comes so; "Thứ hai, ngày …"
    # enumerates), and a lower-case one or a digit otherwise only in a dateline, before a time.
    from_end = len(match.string) - match.start("wd")  # where the weekday begins, from the end
    if (
        name is None
        or (name[0].isupper() and not name.isdigit())
        or (
            name.isdigit()
            and match["wd"][0] == "T"
            and (with_year or (_comma_ngay(match) and not _enumerated_before(text, end)))
        )
        or before in _TIME_WORDS
        or (match["ngay"] and not match["sep"] and not _numbers_a_turn(left, from_end))
        or _introduced_in_a_clause(match, with_year, text, end)
        or _day_off_said(match, left, from_end)
        or _opens_a_row(match, left, text)
        or time_after(text, end)
        or _time_before(left, from_end)
    ):
        return " ".join(match["wd"].split())
    return None


#: What follows the day in parentheses after "ngày thứ Hai" that makes the ordinal number the
#: days of a sitting, no weekday: "Ngày thứ Hai (15/10) của kỳ họp", "ngày thứ Ba (16/10) làm
#: việc", "ngày thứ 2 (15/10) của Hội nghị".
_OF_A_SITTING_RE = patterncache.compile(
    rf"\s*\)\s*(?:(?i:của)\s+{L.words_pattern(L.COUNTED_TURN_WORDS)}(?!\w)|(?i:làm)\s+(?i:việc))"
)
#: The last words of the nouns whose ordinal numbers a day ("Ngày làm việc thứ Ba (16/10)",
#: "Phiên thứ Hai (15/10)", "Buổi thứ hai (…)"): the day in parentheses after it is that one's.
_DAY_TURN_WORDS = frozenset(("việc", "phiên", "buổi"))


#: The head of an enumeration's first point: "Thứ nhất, …".
_FIRST_POINT_RE = patterncache.compile(r"(?<!\w)(?i:thứ)\s+(?i:nhất)(?!\w)")
#: How far before a point its enumeration's first is looked for: a few paragraphs' sentences.
_POINT_REACH = 600


def _enumerated_before(text: str, end: int) -> bool:
    """Whether the text before the day that ends at ``end`` (up to ``_POINT_REACH`` characters
    back) opens an enumeration ("Thứ nhất, …"), whose next points "Thứ 2, ngày 15/12 …" may
    head."""
    return _FIRST_POINT_RE.search(text, max(0, end - _POINT_REACH), end) is not None


def _comma_ngay(match: re.Match[str]) -> bool:
    """Whether a comma and "ngày" stand between a weekday (``match`` of ``_BEFORE``) and its day:
    "Thứ 7, ngày 13/12", as a notice dates a day; a capital "Thứ" and a digit so never enumerate
    ("Thứ 2, 3/4 số xã …" may: no "ngày" there)."""
    return bool(match["ngay"]) and (match["sep"] or "").strip() == ","


def _day_of_a_sitting(match: re.Match[str], text: str, end: int) -> bool:
    """Whether "ngày thứ Hai" before a day in parentheses (``match`` of ``_BEFORE``; the day ends
    at ``end`` of ``text``) is a sitting's second day: "của" and the sitting follow the
    parenthesis, or "làm việc" ("Ngày thứ Hai (15/10) của kỳ họp", "Ngày thứ Hai và ngày thứ Ba
    (15/10 và 16/10) của kỳ họp"; "ngày thứ Hai (15/10)" alone is a Monday)."""
    return (
        (match["before"] or "").casefold() == "ngày"
        and (match["sep"] or "").strip() == "("
        and _sitting_follows(text, end)
    )


def _sitting_follows(text: str, end: int) -> bool:
    """Whether the parenthesis that a day ending at ``end`` of ``text`` is in (alone, or the
    first of two: "(3/12 và 4/12)") closes before "của" and a sitting, or "làm việc"
    (``_OF_A_SITTING_RE``): the ordinal before the parenthesis numbers the sitting's days."""
    close = text.find(")", end, end + 24)
    return close >= 0 and _OF_A_SITTING_RE.match(text, close) is not None


def day_of_an_ordinal(left: str, text: str, end: int) -> bool:
    """Whether the day in parentheses ending at ``end`` of ``text`` (``left`` the text before it)
    is the day an ordinal numbers ("Ngày làm việc thứ Ba (16/10)", "Ngày thứ Hai (15/10) của kỳ
    họp", "Phiên thứ Hai (15/10)"): a date, printed without a weekday, which the ordinal is not;
    only the day alone in the parenthesis."""
    if not left.rstrip().endswith("(") or text.find(")", end, end + 2) < 0:
        return False
    match = _BEFORE.search(left)
    if match is None or weekday_index(match["wd"]) is None or match["ngay"]:
        return False
    return (match["before"] or "").casefold() in _DAY_TURN_WORDS or _day_of_a_sitting(
        match, text, end
    )


#: Words that introduce a day inside a clause, right before its weekday: "đến hết thứ sáu, ngày
#: 20/2/2026", "sẽ là Thứ hai, ngày 27/01/2025", "vào thứ năm, ngày …". After a noun, "thứ ba"
#: numbers it ("dự án thứ ba, ngày …"), and opening a clause it enumerates ("Thứ hai, ngày …").
_DAY_INTRODUCERS = frozenset(("hết", "vào", "là", "đến", "tới", "từ", "trước", "sau", "hôm"))
#: Verbs of a day off or made up, which a holiday notice says right before the day's weekday:
#: "được nghỉ thứ hai, ngày 31-12-2012", "đi làm bù thứ bảy, ngày 5-1-2013"; unless the clause
#: names a thing done in turns that the ordinal numbers ("đợt nghỉ thứ hai, ngày …").
_DAY_OFF_VERBS = frozenset(("nghỉ", "bù"))


#: A day printed as papers print one, with dots or dashes ("25.4", "27-4", "1.7.2025"), ending
#: the text: its reading already holds that it could be a day and that nothing counted follows.
_PRESS_DAY_END_RE = patterncache.compile(r"(?<![\d.,/])\d{1,2}([.-])\d{1,2}(?:\1\d{4})?$")


def _day_off_said(match: re.Match[str], left: str, weekday_from_end: int) -> bool:
    """Whether a weekday follows a verb of a day off or made up (``_DAY_OFF_VERBS``) before ",
    ngày" and its day ("được nghỉ thứ hai, ngày 31-12-2012"), in a clause that names no thing
    done in turns (``left`` ends before the day; the weekday begins ``weekday_from_end``
    characters before its end)."""
    return (
        (match["before"] or "").casefold() in _DAY_OFF_VERBS
        and bool(match["ngay"])
        and (match["sep"] or "").strip() == ","
        and not _numbers_a_turn(left, weekday_from_end)
    )


def _introduced_in_a_clause(match: re.Match[str], with_year: bool, text: str, end: int) -> bool:
    """Whether a weekday is said inside a clause, after a word that introduces a day
    (``_DAY_INTRODUCERS``), before "ngày" and a date with its year, a comma or a dash between
    them, or before the day in parentheses, after a comma and "ngày" or right before it, as
    holiday notices print it with or without the year: "từ thứ ba (28.1.2014) đến hết thứ tư
    (5.2.2014)", "từ thứ bảy, ngày 27/4 đến hết thứ tư, ngày 1/5"; right before a day printed
    with dots or dashes, as papers print one (the day ends at ``end`` of ``text``): "từ thứ bảy
    25.4 đến hết thứ hai 27.4" (a slash there may be a place, "từ thứ hai 12/63")."""
    if (match["before"] or "").casefold() not in _DAY_INTRODUCERS:
        return False
    sep = (match["sep"] or "").strip()
    if match["ngay"]:
        return with_year or sep == ","
    return sep == "(" or (
        not sep and _PRESS_DAY_END_RE.search(text, max(0, end - 12), end) is not None
    )


def _opens_a_row(match: re.Match[str], left: str, text: str) -> bool:
    """Whether a weekday opens a row of a work schedule, a capital "Thứ" at the start of the
    text or of a line with its day right after it, as portals print a week's rows: "Thứ 2
    14/7", "Thứ 6 (13/3):", "THỨ 3 - 10/3", "Thứ hai (21/5)". A name in words needs the
    parenthesis or the dash ("Thứ hai 2/3 số xã …" may enumerate), and none takes a comma
    ("Thứ hai, …" opening a line enumerates)."""
    if match["before"] or match["ngay"] or not match["wd"].startswith(("Thứ", "THỨ")):
        return False
    sep = (match["sep"] or "").strip()
    if sep == "," or (not sep and not match["day"].isdigit()):
        return False
    at = len(left) - (len(match.string) - match.start("wd"))  # where the weekday begins in left
    return left[:at].endswith("\n") or (at == 0 and text.startswith(left))


def time_after(text: str, end: int) -> bool:
    """Whether a time follows the date that ends at ``end`` of ``text``, as in a dateline
    ("30/05/2024 11:24", "… - 08h30")."""
    return _TIME_AFTER_RE.match(text, end, end + 12) is not None


def _time_before(left: str, weekday_from_end: int) -> bool:
    """Whether a time of day ends right before the weekday that begins ``weekday_from_end``
    characters before the end of ``left`` (a dateline's "16:40 Thứ sáu, …")."""
    at = len(left) - weekday_from_end
    return _TIME_BEFORE_RE.search(left, max(0, at - _TIME_BEFORE_REACH), at) is not None


def _numbers_a_turn(left: str, weekday_from_end: int) -> bool:
    """Whether the words of the clause right before a lower-case "thứ hai" (which begins
    ``weekday_from_end`` characters before the end of ``left``) hold a noun of a thing done in
    turns, which the ordinal then numbers ("Đợt kiểm tra thứ hai ngày 19/7": the second round;
    ``lexicon.COUNTED_TURN_WORDS``)."""
    before = left[: len(left) - weekday_from_end]
    clause = _CLAUSE_END_RE.split(before[-_TURN_WINDOW:])[-1]
    return _COUNTED_TURN_RE.search(clause) is not None


#: A weekday abbreviated as schedules and short notices print it, Monday "T2" to Saturday "T7",
#: Sunday "CN", in capitals: its index, Monday 0.
_ABBREVIATIONS = {**{f"T{digit}": digit - 2 for digit in range(2, 8)}, "CN": 6}
#: An abbreviated weekday ending the text before its day, in parentheses or after a comma: "Sáng
#: T2 (", "CN (", "T2, ", "T3, ngày "; after a time of day or a word that introduces a day
#: (``before``), or opening a clause (after ``mark``) or the text. Elsewhere "T2" or "CN" may be
#: anything ("tầng T2", "khu CN"), and "T2/2026" is a month.
_ABBREVIATED_BEFORE_RE = patterncache.compile(
    r"(?:(?<!\w)(?P<before>[^\W\d_]+)[ \t]+|(?P<mark>[\n.,;:(\-–])[ \t]*|^[ \t]*)"
    r"(?P<wd>T[2-7]|CN)[ \t]*(?P<sep>[(,])[ \t]*(?:(?i:ngày)[ \t]+)?$"
)
#: The words before an abbreviated weekday that introduce it.
_ABBREVIATION_INTRODUCERS = frozenset((*L.WEEKDAY_TIME_WORDS, "từ", "đến", "tới", "hết", "ngày"))


def _may_end_with_abbreviation(tail: str) -> bool:
    """Whether ``tail`` may end with an abbreviated weekday, before "(", "," or ", ngày": a cheap
    test before ``_abbreviated_before``."""
    if tail[-4:].casefold() == "ngày":
        tail = tail[:-4]
    return tail.rstrip(" \t,(")[-2:] in _ABBREVIATIONS


def _abbreviated_before(left: str, text: str) -> str | None:
    """The weekday abbreviated right before a day ("Sáng T2 (8/12)", "CN (14/12)", "T2, ngày
    8/12/2025"; ``_ABBREVIATED_BEFORE_RE``), which ``left`` ends before, or None. Opening the
    text, ``left`` must be the text's start (a window cut there opens nothing)."""
    match = _ABBREVIATED_BEFORE_RE.search(left[-40:])
    if match is None:
        return None
    if match["before"] is not None:
        if match["before"].casefold() not in _ABBREVIATION_INTRODUCERS:
            return None
    elif match["mark"] is None and not (len(left) <= 40 and text.startswith(left)):
        return None
    return match["wd"]


def may_end_with_weekday(left: str) -> bool:
    """Whether ``left`` may end with a weekday, maybe followed by ",", "(" or a dash: a cheap test
    of its last word before ``weekday_before``."""
    # A table row laid out in spaces sets its weekday far from the day ("THỨ HAI" and a run of
    # spaces before "14/3"): the run is taken off before the last word is looked at.
    left = left.rstrip()
    if _may_end_with_abbreviation(left[-16:]):
        return True
    words = left[-12:].rstrip(" ,(-–").rsplit(None, 1)
    if words and words[-1].casefold() in _WEEK_WORDS:  # "thứ Sáu tuần này (": the week's
        words = _WHICH_WEEK_END_RE.sub("", left[-24:].rstrip(" ,(-–")).rsplit(None, 1)
    return bool(words) and words[-1].casefold() in _LAST_WORDS


def range_after(text: str, end: int) -> bool:
    """Whether a range goes on after a day that ends at ``end``: the weekday before it may then
    name the range's other end ("từ thứ Hai đến thứ Sáu (29/1-2/2)")."""
    return (
        _RANGE_AFTER_RE.match(text, end, end + 16) is not None
        and not time_after(text, end)  # a dateline's "… - 08:30"
    )


_NAME_2 = _NAME.replace("?P<wd>", "?P<wd2>").replace("?P<day>", "?P<day2>")
#: What joins the weekdays of two days: "thứ Sáu và thứ Bảy", "thứ Sáu, thứ Bảy", "thứ Sáu - thứ
#: Bảy", and of the ends of a range, "thứ Hai đến thứ Sáu".
_AND = r"\s*(?:,|[-–]|\s(?i:và|đến|tới))\s*"

#: Two weekdays in parentheses right after two days: " (thứ Sáu và thứ Bảy)".
_PAIR_AFTER_RE = patterncache.compile(rf"\s*\(\s*{_NAME}{_AND}{_NAME_2}\s*\)")
#: Two weekdays before a parenthesis that the days are printed in, and the word before them (an
#: ordinal's noun, "Kỳ họp"): "… thứ Sáu và thứ Bảy (", "thứ Bảy, Chủ nhật (ngày ", the second
#: maybe after its time of day, "Sáng thứ Sáu và chiều thứ Bảy (", and the week both are of
#: after them, "thứ Hai và thứ Ba tuần tới (".
_PAIR_OPENS = (
    rf"(?:(?<!\w)(?P<before>[^\W\d_]+)\s+)?(?<!\w){_NAME}{_AND}"
    rf"(?:{L.words_pattern(L.WEEKDAY_TIME_WORDS)}\s+)?{_NAME_2}{_WHICH_WEEK}?\s*\(\s*"
    r"(?:(?i:ngày)\s+)?"
)
#: Two weekdays ending the text before the days in parentheses: "… thứ Sáu và thứ Bảy (".
_PAIR_BEFORE_RE = at_end(patterncache.compile(rf"{_PAIR_OPENS}$"), 12)


def weekdays_after_two(text: str, end: int) -> tuple[str, str] | None:
    """The two weekdays in parentheses right after the second of two days, which ends at ``end``
    ("30/11 và 1/12 (thứ Hai và thứ Ba)"), in their order, or None."""
    if text.find("(", end, end + 4) < 0:
        return None
    match = _PAIR_AFTER_RE.match(text, end, end + 48)
    return None if match is None else _both_names(match)


def weekdays_of_two(left: str, text: str, end: int) -> tuple[str, str] | None:
    """The weekdays printed with two days of one month, in their order ("Trong hai ngày 11-12/10
    (thứ Sáu và thứ Bảy)", "hai ngày thứ Sáu và thứ Bảy (11-12/10)"), or None: ``left`` is the
    text before the days, which end at ``end`` of ``text``. Only both names, in parentheses or
    right before them, tell which day each is; one weekday with two days tells neither."""
    if (after := weekdays_after_two(text, end)) is not None:
        return after
    if not left.rstrip().endswith("("):
        return None
    match = _PAIR_BEFORE_RE.search(left)
    if match is None or _names_no_days(left, match) or _days_of_a_sitting(match, text, end):
        return None  # "Kỳ họp thứ Hai và thứ Ba (…)": the second and third sittings
    return _both_names(match)


#: The words before two weekdays that make them name days in any case, as papers that print
#: weekdays in lower case or with digits write them: a time of day or "vào" ("vào thứ sáu và thứ
#: bảy (", "Sáng thứ 6 và thứ 7 ("), or "ngày" of the days counted (``_DAYS_COUNTED_RE``: "Trong
#: hai ngày thứ năm và thứ sáu ("); "Thứ" opening the text or a clause with no word before it
#: ("Thứ 6 và thứ 7 (").
_PAIR_DAY_WORDS = frozenset(L.WEEKDAY_TIME_WORDS)
#: How many days, ending the text before "ngày" and two weekdays: "hai ", "2 ", "các "; "ngày thứ
#: hai và thứ ba (…) của kỳ họp" alone numbers a sitting's days.
_DAYS_COUNTED_RE = patterncache.compile(r"(?<!\w)(?:\d{1,2}|(?i:hai|ba|các|những))[ \t]+$")


def pair_names_days(left: str, text: str, end: int) -> bool:
    """Whether two weekdays ending ``left`` before the days in parentheses (the last day ends at
    ``end`` of ``text``) name those days whatever their case (``_PAIR_DAY_WORDS``): "Trong hai
    ngày thứ năm và thứ sáu (3-4/12)", "Thứ 6 và thứ 7 (4-5/12)"; not after a noun they number
    ("Đợt kiểm tra thứ hai và thứ ba (…)"), nor ending a list of three, nor the days of a sitting
    they number ("Trong hai ngày thứ hai và thứ ba (3-4/12) của kỳ họp")."""
    pair = _PAIR_BEFORE_RE.search(left)
    if pair is None or _names_no_days(left, pair) or _both_names(pair) is None:
        return False
    if pair["before"] is None:
        return pair["wd"].startswith(("Thứ", "THỨ"))
    before = pair["before"].casefold()
    if before == "ngày":  # counted: the text before "ngày" ends with how many
        return _days_counted(left, pair) and _OF_A_SITTING_RE.match(text, end) is None
    return before in _PAIR_DAY_WORDS


def _days_counted(left: str, pair: re.Match[str]) -> bool:
    """Whether the text before "ngày" of two weekdays (``pair``, found at the end of ``left``)
    ends with how many days: "Trong hai ngày thứ năm và thứ sáu (", "các ngày thứ 6 và thứ 7 (".
    """
    at = len(left) - (len(pair.string) - pair.start("before"))
    return _DAYS_COUNTED_RE.search(left, max(0, at - 8), at) is not None


def _both_names(pair: re.Match[str]) -> tuple[str, str] | None:
    """The two weekdays a match of two names holds ("wd", "wd2"), as printed with single spaces,
    or None when either is no weekday."""
    if weekday_index(pair["wd"]) is None or weekday_index(pair["wd2"]) is None:
        return None
    return " ".join(pair["wd"].split()), " ".join(pair["wd2"].split())


#: The weekdays of the two days a weekend names, as the check reports them: "Cuối tuần qua
#: (28-29/11)" prints a Saturday and the Sunday after it.
_WEEKEND_MARK = "cuối tuần ("
WEEKEND_DAYS = (f"{_WEEKEND_MARK}thứ Bảy)", f"{_WEEKEND_MARK}Chủ nhật)")
#: A weekend named right before its days in parentheses: "Cuối tuần qua (", "Dịp cuối tuần này
#: (ngày ", "Hai ngày cuối tuần (".
_WEEKEND_BEFORE_RE = at_end(
    patterncache.compile(
        rf"(?<!\w)(?i:cuối)\s+(?i:tuần)(?:\s+(?i:{'|'.join(_WEEK_WORDS)}|vừa\s+qua))?"
        r"\s*\(\s*(?:(?i:ngày)\s+)?$"
    ),
    5,
)


def weekend_of_two(left: str) -> tuple[str, str] | None:
    """The weekdays (``WEEKEND_DAYS``) of two days in a row that a weekend names right before
    them in parentheses ("Cuối tuần qua (28-29/11)"; ``left`` ends before the first day), or
    None. Only two days in a row are a weekend's: "Cuối tuần (27-29/11)" takes in its Friday."""
    if "(" not in left[-12:] or _WEEKEND_BEFORE_RE.search(left) is None:
        return None
    return WEEKEND_DAYS


#: A day printed whole, with its month (and maybe year): "15/6", "30.4", "1-5-2024".
_DAY = r"\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{4})?"
#: The second of two days after two weekdays in parentheses, up to where it starts: "thứ Bảy và
#: Chủ nhật (15/6 và ", "thứ Ba, thứ Tư (ngày 30/4, ngày ".
_SECOND_OF_PAIR_RE = at_end(
    patterncache.compile(rf"{_PAIR_OPENS}{_DAY}{_AND}(?:(?i:ngày)\s+)?$"), 15
)
#: The second day after the first in such a parenthesis: " và 16/6", ", ngày 1/5/2024".
_SECOND_DAY_AFTER_RE = patterncache.compile(rf"{_AND}(?:(?i:ngày)\s+)?\d{{1,2}}[/.\-]\d")
#: How far back the two weekdays before the second day may start.
_PAIR_TAIL = 64


#: A weekday and what joins it to the next, ending the text: "thứ Hai, " of "thứ Hai, thứ Tư và
#: thứ Sáu (".
_LISTED_WEEKDAY_END_RE = patterncache.compile(rf"(?<!\w){_NAME}{_AND}$")
#: How far before two weekdays a third one listed before them may start.
_LISTED_REACH = 24


def _third_weekday_before(left: str, pair: re.Match[str]) -> bool:
    """Whether another weekday is listed right before the two that ``pair`` (a search of the end
    of ``left``) found: "thứ Hai, thứ Tư, thứ Sáu (30/11, 2/12, 4/12)", "thứ Sáu, thứ Bảy và Chủ
    nhật (4-6/12)". Which day each of three or more names, the last two do not tell."""
    at = len(left) - (len(pair.string) - pair.start("wd"))
    return _LISTED_WEEKDAY_END_RE.search(left, max(0, at - _LISTED_REACH), at) is not None


def first_of_two_after_pair(left: str, text: str, end: int) -> bool:
    """Whether the day that ends at ``end`` of ``text`` (``left`` the text before it) is the
    first of two days in parentheses after two weekdays, which names it ("Từ thứ Hai đến thứ Sáu
    (30/11 - 4/12)": 30/11 is the Monday), though a range goes on after it."""
    pair = _PAIR_BEFORE_RE.search(left) if "(" in left[-8:] else None
    return (
        pair is not None
        and not _names_no_days(left, pair)
        and _first_of_pair(pair, text, end) is not None
    )


def _names_no_days(left: str, pair: re.Match[str]) -> bool:
    """Whether two weekday names that ``pair`` found at the end of ``left`` tell no day's weekday:
    they count turns (``_ordinal_pair``), or end a list of three or more
    (``_third_weekday_before``)."""
    return _ordinal_pair(pair) or _third_weekday_before(left, pair)


def _ordinal_pair(match: re.Match[str]) -> bool:
    """Whether two weekday names count turns ("Kỳ họp thứ Hai và thứ Ba (…)": two sittings)."""
    return (match["before"] or "").casefold() in _ORDINAL_WORDS


def _first_of_pair(pair: re.Match[str], text: str, end: int) -> str | None:
    """The first of two weekdays printed before two days in parentheses (``pair``), for the
    first day, which ends at ``end`` of ``text`` ("thứ Bảy và Chủ nhật (15/6 và 16/6)": 15/6 is
    the Saturday); None when no second day follows (a day alone after two weekdays is taken as
    the nearest one's)."""
    if _SECOND_DAY_AFTER_RE.match(text, end) is None or weekday_index(pair["wd"]) is None:
        return None
    return " ".join(pair["wd"].split())


def _second_of_pair(left: str, text: str, end: int) -> str | None:
    """The second of two weekdays printed before two days in parentheses, for the second day
    ("thứ Bảy và Chủ nhật (15/6 và 16/6)": 16/6 is the Sunday), which ``left`` ends before and
    which ends at ``end`` of ``text``; None when the two name no days (``_names_no_days``, the
    days of a sitting, or two days more than two weeks apart: ``_close_together``)."""
    window = left[-_PAIR_TAIL:]
    if "(" not in window or not any(mark in window for mark in _MARKS):
        return None
    match = _SECOND_OF_PAIR_RE.search(left)
    if match is None or weekday_index(match["wd2"]) is None or _names_no_days(left, match):
        return None
    first = _FIRST_OF_TWO_DAYS_RE.search(match.group())
    second = _DAY_ENDING_RE.search(text, max(0, end - 12), end)
    if (
        _days_of_a_sitting(match, text, end)
        or first is None
        or second is None
        or not _close_together(first, second)
    ):
        return None
    return " ".join(match["wd2"].split())


#: The day and month of a day printed whole ending the text searched: "15/6", "1.5.2024".
_DAY_ENDING_RE = patterncache.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})(?:[/.\-]\d{4})?$"
)
#: The first of two days in parentheses, ending the text before the second: "15/6 và ".
_FIRST_OF_TWO_DAYS_RE = patterncache.compile(
    rf"(?P<d>\d{{1,2}})[/.\-](?P<m>\d{{1,2}})(?:[/.\-]\d{{4}})?{_AND}(?:(?i:ngày)\s+)?$"
)
#: The second of two days in parentheses, right after the first: " và 16/6", ", ngày 1/5".
_SECOND_DAY_PARTS_RE = patterncache.compile(
    rf"{_AND}(?:(?i:ngày)\s+)?(?P<d>\d{{1,2}})[/.\-](?P<m>\d{{1,2}})"
)
#: The most days apart two days that two weekdays name may be: two weeks, as for the ends of a
#: range (``tokens._LONGEST_NAMED_RANGE``: "Từ thứ Hai đến thứ Năm (1/12 - 12/12)").
_PAIR_REACH = 14
_DAYS_BEFORE_MONTH = (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335)


def _close_together(first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether the days and months ``first`` and ``second`` hold ("d", "m") are at most
    ``_PAIR_REACH`` days apart, either way and across a year's end, as two days that two
    weekdays name are ("thứ Năm và thứ Sáu (31/12 và 1/1)"; named the wrong way round, "(23/6
    và 22/6)", they are still checked); "Thứ 2 và thứ 3 (3/4 và 2/3)" counts ranks and
    fractions."""
    numbers = [int(day) for day in (first["d"], first["m"], second["d"], second["m"])]
    if not (1 <= numbers[1] <= 12 and 1 <= numbers[3] <= 12):
        return False
    start = _DAYS_BEFORE_MONTH[numbers[1] - 1] + numbers[0]
    apart = (_DAYS_BEFORE_MONTH[numbers[3] - 1] + numbers[2] - start) % 366
    return min(apart, 366 - apart) <= _PAIR_REACH


def _pair_names_other_days(pair: re.Match[str], text: str, end: int) -> bool:
    """Whether two weekdays (``pair``) printed before two days in parentheses, the first of
    which ends at ``end`` of ``text``, name no days: they number a sitting's days
    (``_days_of_a_sitting``), or the two days are more than two weeks apart
    (``_close_together``: "Thứ 2 và thứ 3 (3/4 và 2/3)")."""
    if _days_of_a_sitting(pair, text, end):
        return True
    first = _DAY_ENDING_RE.search(text, max(0, end - 12), end)
    second = _SECOND_DAY_PARTS_RE.match(text, end)
    return first is not None and second is not None and not _close_together(first, second)


def _days_of_a_sitting(pair: re.Match[str], text: str, end: int) -> bool:
    """Whether "ngày" before two weekdays (``pair``) numbers a sitting's days: "của" and the
    sitting, or "làm việc", follow the parenthesis the days are in, which goes on from ``end``
    of ``text`` ("Các ngày thứ Hai và thứ Ba (3-4/12) của kỳ họp")."""
    return (pair["before"] or "").casefold() == "ngày" and _sitting_follows(text, end)


def past_weekday_after(text: str, end: int) -> int:
    """Where the weekday in parentheses right after a day that ends at ``end`` ends ("13/10
    (thứ Hai) và 14/10": after ")"), or ``end`` when none follows."""
    if text.find("(", end, end + 4) < 0:
        return end
    match = _AFTER_RE.match(text, end, end + 24)
    return end if match is None or weekday_index(match["wd"]) is None else match.end()


#: A weekday abbreviated in parentheses right after a day: " (T2)", "(CN)".
_ABBREVIATED_AFTER_RE = patterncache.compile(r"[ \t]*\([ \t]*(?P<wd>T[2-7]|CN)[ \t]*\)")


#: A weekday said of a day right after it, by "là", "rơi vào", "nhằm", "trùng vào", as holiday
#: notices say why a day is moved: "do ngày 10/4 là Chủ nhật", "ngày 1/1/2026 rơi vào thứ năm,
#: …"; the clause ends after it (or goes on with "nên", "và", "do"), so "là thứ hai trong …" (the
#: second of something) is none.
_SAID_AFTER_RE = patterncache.compile(
    r"[ \t]+(?i:là|rơi[ \t]+vào|nhằm(?:[ \t]+vào)?|trùng[ \t]+vào)[ \t]+"
    r"(?P<wd>(?i:thứ)[ \t]+[^\W_]+|(?i:chủ)[ \t]+(?i:nhật))"
    r"(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?i:nên|và|do)(?!\w))"
)
#: The first letters of the words that may say a weekday after a day (``_SAID_AFTER_RE``).
_SAID_AFTER_STARTS = ("l", "r", "n", "t", "L", "R", "N", "T")


#: The words that say a day is to come or past, between it and its weekday in parentheses: "12/12
#: tới (thứ Bảy)", "7/12 tới đây (", "30/11 vừa qua (".
_COMING_OR_PAST_RE = patterncache.compile(r"[ \t]+(?i:tới(?:[ \t]+đây)?|vừa[ \t]+qua)(?=[ \t]*\()")


def weekday_after(text: str, end: int) -> str | None:
    """The weekday in parentheses right after a day that ends at ``end`` ("(thứ Hai)", "(T2)"),
    maybe after a word that says it is to come or past ("12/12 tới (thứ Bảy)"), or said of it
    right after ("… 10/4 là Chủ nhật")."""
    if text[end + 1 : end + 2] in ("t", "v") and (said := _COMING_OR_PAST_RE.match(text, end)):
        end = said.end()
    if text.find("(", end, end + 4) < 0:
        if text[end + 1 : end + 2] not in _SAID_AFTER_STARTS or text[end : end + 1] != " ":
            return None
        said = _SAID_AFTER_RE.match(text, end, end + 32)
        if said is None or weekday_index(said["wd"]) is None:
            return None
        return " ".join(said["wd"].split())
    if short := _ABBREVIATED_AFTER_RE.match(text, end, end + 12):
        return short["wd"]
    match = _AFTER_RE.match(text, end, end + 24)
    if match is None or weekday_index(match["wd"]) is None:
        return None
    return " ".join(match["wd"].split())
