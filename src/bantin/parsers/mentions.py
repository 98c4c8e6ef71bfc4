"""Find the dates a text mentions ("13/2/2023", "ngày 1-7", "tháng 4/2024"), not document numbers."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from bantin import patterncache
from bantin.parsers import lexicon as L
from bantin.parsers.text import make_date
from bantin.parsers.tokens import DATE_KINDS, EARLIER_DAYS_RE, Token, read_tokens

#: Representative year to test whether a "D/M" exists at all (a leap year, so 29/2 exists).
_LEAP_YEAR = 2024


class DateMention(NamedTuple):
    """A date printed in a text: ``text[start:end]`` is the date itself ("31/1", not "ngày 31/1").

    ``day`` is None for a month/year mention, ``year`` is None for a day/month one. A named
    tuple, like ``FigureMention``: immutable, and far cheaper to build than a frozen dataclass.
    """

    text: str
    start: int
    end: int
    day: int | None
    month: int
    year: int | None
    weekday: str | None = None  # the weekday printed with the day ("thứ Hai")
    #: One of the days printed with one month: two ("27-28/11"), a list ("10, 11, 12 và 13/3")
    #: or a range whose start prints the day alone ("từ 13 đến 16/12").
    of_two: bool = False
    #: For a day of a range or list printed without its year, the year another end prints: the
    #: end's for the first day ("từ 29/12 đến 2/1/2026": 2025; "từ thứ Hai (3/3) đến thứ Sáu
    #: (7/3/2025)": 2025), the start's for the last ("từ thứ Năm (26/12/2024) đến Chủ nhật
    #: (5/1)": 2025): the day's year, not the one nearest the issue date.
    range_year: int | None = None

    @property
    def known_year(self) -> int | None:
        """The year printed with the day, else the year its range's end prints, else None."""
        return self.year if self.year is not None else self.range_year

    @property
    def year_impossible(self) -> bool:
        """A printed year no calendar of the press has: year 0, five digits ("19/8/19999") or
        three, a digit dropped ("ngày 17/9/202"; read only after a date word)."""
        return self.year is not None and not 1000 <= self.year <= 9999

    @property
    def day_text(self) -> str:
        """The day alone, of two printed with one month ("31/4" of "30-31/4"); else as printed."""
        if not self.of_two:
            return self.text
        year = "" if self.year is None else f"/{self.year}"
        return f"{self.day}/{self.month}{year}"

    @property
    def exists(self) -> bool:
        """Whether such a date exists (for a day/month: in some year)."""
        if self.year_impossible:
            return False
        if self.day is None:
            return 1 <= self.month <= 12
        return make_date(self.known_year or _LEAP_YEAR, self.month, self.day) is not None


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in order of appearance, read by the shared tokenizer
    (:mod:`bantin.parsers.tokens`), so a figure is never also a date.

    "D/M/YYYY" counts unless it is part of a document number ("01/02/2023/NĐ-CP"), also with an
    impossible year ("19/8/19999", and "ngày 17/9/202" after a date word); "D/M" only right
    after a date word ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "rạng sáng", and
    "từ"/"đến" unless a count noun follows: "Có đến 5/9 huyện" is a ratio); "tháng M/YYYY" is a
    month of a year.

    Days printed with a hyphen, dots or words count too: "1-7-2025", "12.4.2022" and "09 tháng
    10 năm 2025" anywhere; "1-7", "12.4" and "9 tháng 10" after a date word other than "từ" or
    "đến" alone (which also introduce ranges: "từ 3-5 ngày"), and "1-7" or "12.4" only when
    it could be a day and month and no count noun follows ("mỗi ngày 2-3 lần" is no date).

    A weekday introduces a day as a date word does ("Sáng thứ Hai (2/12)"), and the weekday
    printed with a day is kept (``bantin.parsers.weekdays``). Two days of one month after a date
    word ("ngày 27-28/11", "các ngày 15 và 16/5") are two mentions, both of the printed text;
    so are the days listed before them ("các ngày 10, 11, 12 và 13/3": 10/3 and 11/3, of the
    whole list) and the start of a range printed as a day alone ("từ 13 đến 16/12": 13/12).
    """
    return list(dates_in(read_tokens(text), text))


_DATE_KINDS = frozenset(DATE_KINDS)


#: What joins the two ends of a range of days, or two days of a list, the year printed after
#: the last: "29/12 đến 2/1/2026", "ngày 3/3 đến hết ngày 7/3/2025", "30/4 - 1/5/2025", "(8/12)
#: đến thứ Sáu (12/12/2025", "các ngày 30/11 và 1/12/2025", "ngày 28/11, 29/11 và 1/12/2025",
#: "Thứ Bảy, ngày 30/11 và Chủ nhật, ngày 1/12/2024", "từ sáng 30/11 đến chiều 1/12/2024".
#: Every run of spaces is taken whole ("\s*+"): the runs follow one another with only optional
#: words between, and a text of many spaces that fails to match would otherwise be tried at
#: every split of them (16,000 spaces took 3.4 s, and time grew with their square).
_WEEKDAY_WORDS = r"(?:(?i:thứ)\s++\w+|(?i:chủ)\s++(?i:nhật))"
_RANGE_BETWEEN_RE = patterncache.compile(
    rf"(?:\s*+\(\s*+{_WEEKDAY_WORDS}\s*+\))?\)?\s*+"  # the first day's weekday after it
    r"(?:[-–,]|(?i:đến|tới|và)(?:\s++(?i:hết))?)\s*+"
    rf"(?:{L.words_pattern(L.WEEKDAY_TIME_WORDS)}\s++)?(?:(?i:ngày)\s*+)?"  # "chiều", "ngày"
    rf"(?:{_WEEKDAY_WORDS}\s*+(?:,\s*+)?\(?\s*+(?:(?i:ngày)\s*+)?)?"  # the last day's weekday
)


def dates_in(found: tuple[Token, ...], text: str | None = None) -> tuple[DateMention, ...]:
    """The date mentions among ``found``, tokens ``read_tokens`` gave of ``text`` (see
    ``find_dates``); a text without numbers, a third of the paragraphs, costs one test. With
    ``text``, the first day of a range printed without its year gets the year of the range's
    end (``DateMention.range_year``)."""
    if not found:
        return ()
    mentions: list[DateMention] = []
    for token in found:
        if token.kind not in _DATE_KINDS or token.month is None:
            continue
        if text is not None and (earlier := _days_before(token, text)) is not None:
            start, listed = earlier  # "10, 11, 12 và 13/3", "từ 13 đến 16/12": the days before
            printed = text[start : token.end]
            for listed_day in listed:
                mentions.append(
                    DateMention(
                        printed, start, token.end, listed_day, token.month, token.year, None, True
                    )
                )
        two = token.first_day is not None  # "27-28/11": a mention of each day
        days = ((token.first_day, token.first_weekday), (token.day, token.weekday))
        for day, weekday in days if two else days[1:]:
            mentions.append(
                DateMention(
                    token.text, token.start, token.end, day, token.month, token.year, weekday, two,
                )
            )  # fmt: skip
    if text is not None and len(mentions) > 1:
        _give_ranges_their_year(mentions, text)
    return tuple(mentions)


#: The start of a range printed as a day alone before its end's day and month: "từ 13 đến ",
#: "Từ ngày 2 đến ngày ", "từ 26 đến hết ngày ".
_RANGE_START_RE = patterncache.compile(
    r"(?<!\w)(?i:từ)\s+(?:(?i:ngày)\s+)?(?P<first>\d{1,2})\s+(?i:đến|tới)"
    r"(?:\s+(?i:hết))?(?:\s+(?i:ngày))?\s+$"
)
#: How far before a day the days of its list or the start of its range are looked for.
_DAYS_BEFORE_REACH = 40


def _days_before(token: Token, text: str) -> tuple[int, tuple[int, ...]] | None:
    """The days printed without their month before a date ``token`` that share its month, and
    where the first begins: the days of a list before its last two ("các ngày 10, 11, 12 và
    13/3": 10 and 11), or the start of a range ("từ 13 đến 16/12": 13). Only days that come
    before the printed ones in the month, in order; never for a year that cannot be (one
    finding is the date's)."""
    if token.day is None or (token.year is not None and not 1000 <= token.year <= 9999):
        return None
    before = text[max(0, token.start - _DAYS_BEFORE_REACH) : token.start]
    offset = token.start - len(before)
    if token.first_day is not None:
        found = EARLIER_DAYS_RE.search(before)
        if found is None:
            return None
        days = tuple(int(day) for day in re.findall(r"\d+", found.group()))
        last = token.first_day
    else:
        found = _RANGE_START_RE.search(before)
        if found is None:
            return None
        days, last = (int(found["first"]),), token.day
    ordered = (*days, last)
    if days[0] < 1 or any(a >= b for a, b in pairwise(ordered)):
        return None  # "ngày 15, 3 và 4/5": no list of days of one month
    start = offset + (found.start() if token.first_day is not None else found.start("first"))
    return start, days


def _give_ranges_their_year(mentions: list[DateMention], text: str) -> None:
    """Each day printed without its year that opens a range, or stands in a list, whose last
    day prints one takes that year, or the one before when the day falls later in the year
    than the next ("từ 29/12 đến 2/1/2026"); from the last day back, so that every day of the
    list gets it ("ngày 28/11, 29/11 và 1/12/2025"). Then each day still without one that
    closes a range or list whose day before it has one takes it, or the one after when the
    day falls earlier in the year ("từ 26/12/2024 đến 5/1": 5/1/2025)."""
    for index in range(len(mentions) - 2, -1, -1):
        start, end = mentions[index], mentions[index + 1]
        year = end.known_year
        if start.year is None and year and not end.year_impossible and _joined(start, end, text):
            later = (start.month, start.day) > (end.month, end.day)
            mentions[index] = start._replace(range_year=year - later)
    for index in range(1, len(mentions)):
        start, end = mentions[index - 1], mentions[index]
        year = start.known_year
        if end.known_year is None and year and start.exists and _joined(start, end, text):
            earlier = (end.month, end.day) < (start.month, start.day)
            mentions[index] = end._replace(range_year=year + earlier)


def _joined(start: DateMention, end: DateMention, text: str) -> bool:
    """Whether two days are printed as a range or a list of days (``_RANGE_BETWEEN_RE`` between
    them)."""
    return (
        start.day is not None
        and end.day is not None
        and start.end <= end.start
        and _RANGE_BETWEEN_RE.fullmatch(text, start.end, end.start) is not None
    )
