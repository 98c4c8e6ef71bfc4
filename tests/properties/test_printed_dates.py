"""A day printed in any way the press prints one is read as that day, and an impossible one is
found: "2/1", "2-1", "02.01", "2 tháng 1", with or without the year."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from bantin.parsers.figures import extract_figures
from bantin.parsers.mentions import find_dates
from bantin.validators.run import validate_bulletins
from tests.strategies import BODY_DATE_STYLES, BODY_DAY_MONTH_STYLES
from tests.validators.builders import digest, with_paragraph

LINE = 32

_STYLES = st.one_of(
    st.tuples(st.sampled_from(BODY_DAY_MONTH_STYLES), st.just(False)),
    st.tuples(st.sampled_from(BODY_DATE_STYLES), st.just(True)),
)
#: What introduces a day and month in running text (a full date needs nothing).
_INTRODUCED = st.sampled_from(["Sáng", "Chiều", "Ngày", "Từ ngày", "đến ngày", "Rạng sáng", "Tối"])


def _sentence(opening: str, printed: str) -> str:
    return f"{opening} {printed}, đoàn công tác làm việc với 12 xã về 45% hồ sơ trực tuyến."


@given(day=st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)), style=_STYLES, opening=_INTRODUCED)
def test_a_printed_day_reads_back_as_that_day(
    day: dt.date, style: tuple[str, bool], opening: str, law_counts: Counter[str]
) -> None:
    template, with_year = style
    printed = template.format(d=day.day, m=day.month, y=day.year)
    sentence = _sentence(opening, printed)
    (date,) = find_dates(sentence)
    assert (date.text, date.day, date.month) == (printed, day.day, day.month), sentence
    assert date.year == (day.year if with_year else None) and date.exists
    assert [f.text for f in extract_figures(sentence)] == ["45%"], sentence
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    assert [f for f in findings if f.rule != "article.locality"] == [], sentence
    law_counts["1 printed day reads back"] += 1


@st.composite
def _impossible_days(draw: st.DrawFn) -> tuple[int, int, int]:
    """A day that its month lacks ("31/4", "30/2", "29/2/2023")."""
    year = draw(st.integers(1990, 2099))
    month = draw(st.sampled_from([2, 4, 6, 9, 11]))
    last = calendar.monthrange(year, month)[1]
    if month == 2 and calendar.isleap(year):
        return draw(st.integers(30, 31)), month, year  # 29/2 exists in some year: no fault
    return draw(st.integers(last + 1, 31)), month, year


@given(fault=_impossible_days(), style=_STYLES, opening=_INTRODUCED)
def test_an_impossible_printed_day_is_found_at_its_line(
    fault: tuple[int, int, int], style: tuple[str, bool], opening: str, law_counts: Counter[str]
) -> None:
    day, month, year = fault
    template, with_year = style
    if not with_year and day <= 29 and month == 2:
        day = 30  # "29/2" alone exists (in a leap year)
    printed = template.format(d=day, m=month, y=year)
    sentence = _sentence(opening, printed)
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    fired = [(f.rule, f.line, f.message) for f in findings if f.rule != "article.locality"]
    assert fired == [("date.impossible", LINE, f"date {printed} does not exist")], sentence
    law_counts["2 planted fault fires: date.impossible, printed day"] += 1
