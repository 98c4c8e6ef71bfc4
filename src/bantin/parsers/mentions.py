"""Find the dates a text mentions ("13/2/2023", "ngày 31/1", "tháng 4/2024"), not document numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bantin.parsers.text import make_date

#: Words after which "D/M" is a day and month ("Chiều 31/1", "từ ngày 1/7").
DATE_WORDS = ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "từ", "đến")
#: Of those, the ones that also introduce ratios ("tăng từ 15/20 lên 18/20"): "D/M" after them is a
#: date only when it could be one (month 1-12).
_AMBIGUOUS_WORDS = ("từ", "đến")

_FULL_RE = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_DAY_MONTH_RE = re.compile(
    r"(?<!\w)(?P<word>" + "|".join(DATE_WORDS) + r")\s+(?:ngày\s+)?"
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/]|[.,]\d)",
    re.IGNORECASE,
)
_MONTH_YEAR_RE = re.compile(
    r"(?<!\w)tháng\s+(?P<month>\d{1,2})/(?P<year>\d{4})(?![\d/])", re.IGNORECASE
)
#: Representative year to test whether a "D/M" exists at all (a leap year, so 29/2 exists).
_LEAP_YEAR = 2024


@dataclass(frozen=True)
class DateMention:
    """A date printed in a text: ``text[start:end]`` is the date itself ("31/1", not "ngày 31/1").

    ``day`` is None for a month/year mention, ``year`` is None for a day/month one.
    """

    text: str
    start: int
    end: int
    day: int | None
    month: int
    year: int | None

    @property
    def exists(self) -> bool:
        """Whether such a date exists (for a day/month: in some year)."""
        if self.day is None:
            return 1 <= self.month <= 12
        return make_date(self.year or _LEAP_YEAR, self.month, self.day) is not None


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in order of appearance.

    "D/M/YYYY" counts unless it is part of a longer slash number ("01/02/2023/NĐ-CP"); "D/M" only
    right after a date word ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "từ", "đến"), so
    "30/63 tỉnh", "224/224" and "số 150/2" are not dates; "tháng M/YYYY" is a month of a year.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for match in _FULL_RE.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        found.append(DateMention(match.group(), match.start(), match.end(), day, month, year))
        taken.append(match.span())
    for match in _DAY_MONTH_RE.finditer(text):
        start, end = match.start("day"), match.end("month")
        if any(s <= start < e for s, e in taken):
            continue
        day, month = int(match["day"]), int(match["month"])
        if match["word"].casefold() in _AMBIGUOUS_WORDS and not (1 <= month <= 12 and day >= 1):
            continue
        found.append(DateMention(text[start:end], start, end, day, month, None))
        taken.append((start, end))
    for match in _MONTH_YEAR_RE.finditer(text):
        start, end = match.start("month"), match.end("year")
        if any(s <= start < e for s, e in taken):
            continue
        found.append(
            DateMention(text[start:end], start, end, None, int(match["month"]), int(match["year"]))
        )
    return sorted(found, key=lambda m: m.start)
