"""A day printed in any way the press prints one is read as that day, and an impossible one is
found: "2/1", "2-1", "02.01", "2 tháng 1", with or without the year; with its weekday ("Sáng thứ
Hai (2/12)"), which must be the day's; two days of one month ("ngày 27-28/11"); the two ends of a
range ("từ ngày 28/2 đến 3/3 đoàn …"), neither of them a ratio whatever noun follows."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter

from hypothesis import assume, given
from hypothesis import strategies as st

from bantin.parsers.figures import extract_figures
from bantin.parsers.mentions import find_dates
from bantin.validators.dates import _RECENT_DAYS, weekday_name
from bantin.validators.run import validate_bulletins
from tests.strategies import (
    BODY_DATE_STYLES,
    BODY_DAY_MONTH_STYLES,
    DASHED_DAY_RANGE_STYLES,
    DASHED_DAY_STYLES,
    DAY_MONTH_STYLES,
    DAY_RANGE_STYLES,
    LOCALE_DATE_STYLES,
    RANGE_WEEKDAY_STYLES,
    TWO_DAY_STYLES,
    TWO_WEEKDAY_STYLES,
    WEEKDAY_STYLES,
    YEAR_SAID_AFTER_STYLES,
)
from tests.validators.builders import digest, with_paragraph

LINE = 32

_STYLES = st.one_of(
    st.tuples(st.sampled_from(BODY_DAY_MONTH_STYLES), st.just(False)),
    st.tuples(st.sampled_from(BODY_DATE_STYLES + LOCALE_DATE_STYLES), st.just(True)),
)
#: What introduces a day and month in running text (a full date needs nothing).
_INTRODUCED = st.sampled_from(
    [
        *["Sáng", "Chiều", "Ngày", "Từ ngày", "đến ngày", "Rạng sáng", "Tối", "Ngày mồng"],
        *["Từ mùng", "Sáng nay", "Hôm nay,", "Chiều qua", "Tối nay,"],  # or named from today
    ]
)


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


@given(
    day=st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)),
    template=st.sampled_from(
        [
            s
            for s in BODY_DATE_STYLES
            if ("năm" in s or "/" in s) and s not in YEAR_SAID_AFTER_STYLES
        ]
    ),
)
def test_a_day_or_share_after_a_comma_with_no_space_reads_back(
    day: dt.date, template: str, law_counts: Counter[str]
) -> None:
    """A typist who leaves no space after a comma ends the word there: the day and the share
    after it are read as with the space ("Hà Nội,31/12/2024", "rà soát,45% hồ sơ")."""
    printed = template.format(d=day.day, m=day.month, y=day.year)
    sentence = f"Tại Hà Nội,{printed} đoàn công tác rà soát,45% hồ sơ trực tuyến."
    (date,) = find_dates(sentence)
    assert (date.text, date.day, date.month, date.year) == (printed, day.day, day.month, day.year)
    assert [f.text for f in extract_figures(sentence)] == ["45%"], sentence
    law_counts["1 a day after a comma with no space reads back"] += 1


#: How the press prints a month and its year after "tháng": a slash, and as some papers do, a
#: dash (Nhân Dân) or a dot (Thanh Niên).
_MONTH_YEAR_STYLES = ("{m}/{y}", "{m:02d}/{y}", "{m}-{y}", "{m:02d}-{y}", "{m}.{y}", "{m:02d}.{y}")


@given(
    month=st.integers(1, 19),
    year=st.integers(1990, 2099),
    style=st.sampled_from(_MONTH_YEAR_STYLES),
)
def test_a_month_and_year_read_back_and_a_thirteenth_month_is_found(
    month: int, year: int, style: str, law_counts: Counter[str]
) -> None:
    printed = style.format(m=month, y=year)
    sentence = f"Trong tháng {printed}, toàn tỉnh số hóa 45% hồ sơ."
    (date,) = find_dates(sentence)
    assert (date.text, date.day, date.month, date.year) == (printed, None, month, year)
    assert [f.text for f in extract_figures(sentence)] == ["45%"], sentence
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    found = [(f.rule, f.line, f.message) for f in findings if f.rule != "article.locality"]
    if month <= 12:
        assert found == [], sentence
        law_counts["1 a month and year read back"] += 1
    else:
        assert found == [("date.impossible", LINE, f"month {printed} does not exist")], sentence
        law_counts["8 planted fault fires: date.impossible, a 13th month"] += 1


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


#: The issue date of ``digest()``: a day printed without its year is the one nearest to it.
ISSUE = dt.date(2024, 2, 1)


def _wrong_weekdays(day: dt.date, with_year: bool) -> list[int]:
    """The weekdays a day may be printed with that date.weekday finds wrong: any but its own;
    of a day printed without its year far from the issue (``_RECENT_DAYS``), none it falls on
    the year before or after either (that day may be of a story of that year); of one across
    the turn of the year from the issue, none it falls on in the issue's own year."""
    kept = {day.weekday()}
    own = None if with_year or day.year == ISSUE.year else _same_day_in(day, ISSUE.year)
    if own is not None:
        kept.add(own.weekday())
    if not with_year and abs((day - ISSUE).days) > _RECENT_DAYS:
        kept.update(
            neighbour.weekday()
            for year in (day.year - 1, day.year + 1)
            if (neighbour := _same_day_in(day, year)) is not None
        )
    return [index for index in range(7) if index not in kept]


def _same_day_in(day: dt.date, year: int) -> dt.date | None:
    """``day`` in ``year`` (None for 29 February of a common year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


@st.composite
def _days_with_weekdays(draw: st.DrawFn, wrong: bool) -> tuple[str, str, str, dt.date]:
    """(sentence, the day as printed, the weekday as printed, the day) of a day printed with its
    weekday in a style of ``WEEKDAY_STYLES``, the true weekday or (``wrong``) another."""
    template, digit_allowed = draw(st.sampled_from(WEEKDAY_STYLES))
    with_year = draw(st.booleans())
    if with_year:
        day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)))
        style = draw(st.sampled_from(BODY_DATE_STYLES + LOCALE_DATE_STYLES))
    else:  # without the year: near the issue date, so the year is not in doubt
        day = ISSUE + dt.timedelta(days=draw(st.integers(-150, 150)))
        style = draw(st.sampled_from(BODY_DAY_MONTH_STYLES))
    printed_day = style.format(d=day.day, m=day.month, y=day.year)
    shown = draw(st.sampled_from(_wrong_weekdays(day, with_year))) if wrong else day.weekday()
    name = weekday_name(shown)
    digit = digit_allowed is True or (digit_allowed == "year" and with_year)
    if digit and shown < 6 and draw(st.booleans()):
        name = f"thứ {shown + 2}"
    capital = name[0].upper() + name[1:]
    printed_weekday = capital if "{W}" in template else name
    opening = template.format(w=name, W=capital, day=printed_day)
    return _sentence_after(opening), printed_day, printed_weekday, day


def _sentence_after(opening: str) -> str:
    return f"{opening}, đoàn công tác làm việc với 12 xã về 45% hồ sơ trực tuyến."


@given(case=_days_with_weekdays(wrong=False))
def test_a_day_printed_with_its_weekday_reads_back_with_it(
    case: tuple[str, str, str, dt.date], law_counts: Counter[str]
) -> None:
    sentence, printed_day, weekday, day = case
    (date,) = find_dates(sentence)
    assert (date.text, date.day, date.month, date.weekday) == (
        printed_day, day.day, day.month, weekday
    ), sentence  # fmt: skip
    assert [f.text for f in extract_figures(sentence)] == ["45%"], sentence
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    assert [f for f in findings if f.rule != "article.locality"] == [], sentence
    law_counts["3 day with its weekday reads back"] += 1


@given(case=_days_with_weekdays(wrong=True))
def test_a_wrong_weekday_with_a_day_is_found_at_its_line(
    case: tuple[str, str, str, dt.date], law_counts: Counter[str]
) -> None:
    sentence, printed_day, weekday, day = case
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    fired = [(f.rule, f.line, f.message) for f in findings if f.rule != "article.locality"]
    message = (
        f"text says {weekday} {printed_day} but {day:%d/%m/%Y} is a {weekday_name(day.weekday())}"
    )
    assert fired == [("date.weekday", LINE, message)], sentence
    law_counts["4 planted fault fires: date.weekday, a day in the text"] += 1


@st.composite
def _two_days(
    draw: st.DrawFn,
) -> tuple[str, str, int, int, int, int | None, tuple[int, ...]]:
    """(sentence, the two last days as printed, first day, second day, month, year or None, the
    days listed before them) of two or more days of one month ("các ngày 27, 28 và 29/11"), with
    a comma after them or a count noun right after ("… 29/11 đoàn công tác …"); the second day
    may be one its month lacks ("30-31/4")."""
    month = draw(st.integers(1, 12))
    year = draw(st.none() | st.integers(1990, 2099))
    last = calendar.monthrange(2024 if year is None else year, month)[1]
    first = draw(st.integers(3, last))
    second = draw(st.integers(first + 1, 31)) if first < 31 else 31
    style = draw(st.sampled_from(TWO_DAY_STYLES))
    printed = style.format(a=first, b=second, m=month, y="" if year is None else f"/{year}")
    earlier = draw(st.lists(st.integers(1, first - 1), max_size=2, unique=True).map(sorted))
    listed = "".join(f"{day}, " for day in earlier) + printed
    opening = draw(
        st.sampled_from(["Ngày", "Trong hai ngày", "Các ngày", "Từ ngày", "trong 2 ngày"])
    )
    if draw(st.booleans()):
        sentence = f"{opening} {listed} đoàn công tác làm việc với 12 xã về 45% hồ sơ trực tuyến."
    else:
        sentence = _sentence_after(f"{opening} {listed}")
    return sentence, printed, first, second, month, year, tuple(earlier)


@given(case=_two_days())
def test_two_days_of_one_month_read_back_and_an_impossible_one_is_found(
    case: tuple[str, str, int, int, int, int | None, tuple[int, ...]], law_counts: Counter[str]
) -> None:
    """Every day of the list is read, each of the list's month: those before the last two as
    the whole list printed ("27, 28 và 29/11"), the last two as they are printed."""
    sentence, printed, first, second, month, year, earlier = case
    listed = "".join(f"{day}, " for day in earlier) + printed
    dates = find_dates(sentence)
    assert [(d.text, d.day, d.month, d.year) for d in dates] == [
        *((listed, day, month, year) for day in earlier),
        (printed, first, month, year), (printed, second, month, year),
    ], sentence  # fmt: skip
    assert [f.text for f in extract_figures(sentence)] == ["45%"], sentence
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    fired = [(f.rule, f.line, f.message) for f in findings if f.rule != "article.locality"]
    last = calendar.monthrange(2024 if year is None else year, month)[1]
    if second <= last:
        assert fired == [], sentence
        law_counts["5 two days of one month read back"] += 1
    else:
        day = f"{second}/{month}" + ("" if year is None else f"/{year}")
        assert fired == [("date.impossible", LINE, f"date {day} in {printed} does not exist")]
        law_counts["6 planted fault fires: date.impossible, one of two days"] += 1


@st.composite
def _two_days_with_weekdays(draw: st.DrawFn) -> tuple[str, str, dt.date, str, str, bool, bool]:
    """(sentence, the two days as printed, the first day, the weekdays printed, whether each is
    wrong) of two days of one month near the issue date with each one's weekday, in a style of
    ``TWO_WEEKDAY_STYLES``, either weekday true or another."""
    first = ISSUE + dt.timedelta(days=draw(st.integers(-150, 150)))
    second = first + dt.timedelta(days=1)
    assume(first.month == second.month)
    days = draw(st.sampled_from(TWO_DAY_STYLES)).format(
        a=first.day, b=second.day, m=first.month, y=""
    )
    wrong = (draw(st.booleans()), draw(st.booleans()))
    shown = [
        draw(st.sampled_from(_wrong_weekdays(day, with_year=False))) if bad else day.weekday()
        for day, bad in zip((first, second), wrong, strict=True)
    ]
    w1, w2 = (weekday_name(index) for index in shown)
    opening = draw(st.sampled_from(TWO_WEEKDAY_STYLES)).format(days=days, w1=w1, w2=w2)
    return _sentence_after(opening), days, first, w1, w2, *wrong


@given(case=_two_days_with_weekdays())
def test_each_of_two_days_is_checked_against_its_own_weekday(
    case: tuple[str, str, dt.date, str, str, bool, bool], law_counts: Counter[str]
) -> None:
    """ "Trong hai ngày 11-12/10 (thứ Sáu và thứ Bảy)": the first weekday is the first day's, the
    second the second's; date.weekday names the day whose weekday is wrong, and only it."""
    sentence, _, first, w1, w2, wrong1, wrong2 = case
    dates = find_dates(sentence)
    assert [(d.day, d.weekday) for d in dates] == [
        (first.day, w1), (first.day + 1, w2)
    ], sentence  # fmt: skip
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    fired = [(f.rule, f.message) for f in findings if f.rule != "article.locality"]
    expected = [
        (
            "date.weekday",
            f"text says {weekday} {day.day}/{day.month} but {day:%d/%m/%Y} is a "
            f"{weekday_name(day.weekday())}",
        )
        for day, weekday, bad in (
            (first, w1, wrong1), (first + dt.timedelta(days=1), w2, wrong2)
        )
        if bad
    ]  # fmt: skip
    assert sorted(fired) == sorted(expected), sentence
    law_counts[f"7 two days with their weekdays, {wrong1 + wrong2} wrong"] += 1


@st.composite
def _weekday_spans(draw: st.DrawFn) -> tuple[str, tuple[dt.date, dt.date], tuple[str, str], str]:
    """(sentence, its two days, their weekdays as printed, the two days as printed) of two days
    up to ten days apart, any year, each with its weekday in a style of
    ``RANGE_WEEKDAY_STYLES``, the year printed after the second only (it may be the next year's:
    "29/12 … 2/1/2026") or after the first only ("26/12/2024 … 5/1"); one of the weekdays may
    be wrong."""
    first = draw(st.dates(dt.date(1990, 1, 1), dt.date(2098, 12, 31)))
    second = first + dt.timedelta(days=draw(st.integers(1, 10)))
    wrong = draw(st.sampled_from([None, 0, 1]))
    shown = [
        (day.weekday() + (draw(st.integers(1, 6)) if wrong == index else 0)) % 7
        for index, day in enumerate((first, second))
    ]
    w1, w2 = (weekday_name(index) for index in shown)
    a, b = f"{first.day}/{first.month}", f"{second.day}/{second.month}"
    if draw(st.booleans()):
        b = f"{b}/{second.year}"
    else:
        a = f"{a}/{first.year}"
    style = draw(st.sampled_from(RANGE_WEEKDAY_STYLES))
    opening = style.format(a=a, b=b, w1=w1, W1=w1[0].upper() + w1[1:], w2=w2)
    printed_w1 = opening[: len(w1)] if style.startswith("{W1}") else w1
    return _sentence_after(opening), (first, second), (printed_w1, w2), (a, b)


@given(case=_weekday_spans())
def test_two_days_each_with_its_weekday_take_the_year_printed_with_the_other(
    case: tuple[str, tuple[dt.date, dt.date], tuple[str, str], tuple[str, str]],
    law_counts: Counter[str],
) -> None:
    """ "Thứ Bảy, ngày 30/11 và Chủ nhật, ngày 1/12/2024": the first day is of the year printed
    after the last (or the one before, "29/12 … 2/1/2026"), and the last of the year printed
    after the first (or the one after, "26/12/2024 … 5/1"), whatever the issue date; a weekday
    is checked against its own day in that year, and only a wrong one is found."""
    sentence, days, weekdays, printed = case
    dates = find_dates(sentence)
    assert [(d.day, d.month, d.known_year, d.weekday) for d in dates] == [
        (day.day, day.month, day.year, weekday) for day, weekday in zip(days, weekdays, strict=True)
    ], sentence
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    fired = [(f.rule, f.message) for f in findings if f.rule != "article.locality"]
    expected = [
        (
            "date.weekday",
            f"text says {weekday} {text} but {day:%d/%m/%Y} is a {weekday_name(day.weekday())}",
        )
        for day, weekday, text in zip(days, weekdays, printed, strict=True)
        if weekday_name(day.weekday()).casefold() != weekday.casefold()
    ]
    assert fired == expected, sentence
    law_counts[f"7 two days with their weekdays, the year with one, {len(expected)} wrong"] += 1


def _range_ends(draw: st.DrawFn) -> tuple[dt.date, tuple[int, int]]:
    """The first day of a range, near the issue date, and the (day, month) of its last, which
    may be one its month lacks ("31/4")."""
    first = ISSUE + dt.timedelta(days=draw(st.integers(-150, 150)))
    if draw(st.booleans()):
        month = draw(st.sampled_from([2, 4, 6, 9, 11]))
        return first, (draw(st.integers(31 if month > 2 else 30, 31)), month)
    return first, (draw(st.integers(1, 28)), draw(st.integers(1, 12)))


@st.composite
def _day_ranges(draw: st.DrawFn) -> tuple[str, str, str, tuple[int, int], tuple[int, int]]:
    """(sentence, first day as printed, second day as printed, (day, month) of each) of a range
    of days in a style of ``DAY_RANGE_STYLES``, a count noun right after its end ("… đến 3/3
    đoàn công tác …"); the second day may be one its month lacks ("đến 31/4")."""
    first, second = _range_ends(draw)
    with_year = draw(st.booleans())
    a = draw(st.sampled_from(DAY_MONTH_STYLES)).format(d=first.day, m=first.month)
    b = draw(st.sampled_from(DAY_MONTH_STYLES)).format(d=second[0], m=second[1])
    if with_year:
        a, b = f"{a}/{first.year}", f"{b}/{first.year}"
    opening = draw(st.sampled_from(DAY_RANGE_STYLES)).format(a=a, b=b)
    noun = draw(st.sampled_from(["đoàn", "đơn vị", "hồ sơ", "huyện", "Sở", "các xã"]))
    sentence = f"{opening} {noun} làm việc với 12 xã về 45% hồ sơ trực tuyến."
    return sentence, a, b, (first.day, first.month), second


@st.composite
def _dashed_day_ranges(draw: st.DrawFn) -> tuple[str, str, str, tuple[int, int], tuple[int, int]]:
    """As ``_day_ranges``, each day printed with a dash or a dot (``DASHED_DAY_STYLES``) in a
    style of ``DASHED_DAY_RANGE_STYLES``, "từ" alone before the first ("từ 30-4 đến hết 4-5")."""
    first, second = _range_ends(draw)
    sep = draw(st.sampled_from(["-", "."]))
    a = draw(st.sampled_from(DASHED_DAY_STYLES)).format(d=first.day, m=first.month, s=sep)
    b = draw(st.sampled_from(DASHED_DAY_STYLES)).format(d=second[0], m=second[1], s=sep)
    if draw(st.booleans()):
        a, b = f"{a}{sep}{first.year}", f"{b}{sep}{first.year}"
    opening = draw(st.sampled_from(DASHED_DAY_RANGE_STYLES)).format(a=a, b=b)
    sentence = f"{opening}, đoàn công tác làm việc với 12 xã về 45% hồ sơ trực tuyến."
    return sentence, a, b, (first.day, first.month), second


@given(case=st.one_of(_day_ranges(), _dashed_day_ranges()))
def test_both_ends_of_a_range_of_days_are_days_and_an_impossible_end_is_found(
    case: tuple[str, str, str, tuple[int, int], tuple[int, int]], law_counts: Counter[str]
) -> None:
    sentence, a, b, first, second = case
    dates = find_dates(sentence)
    assert [(d.text, d.day, d.month) for d in dates] == [(a, *first), (b, *second)], sentence
    assert [f.text for f in extract_figures(sentence)] == ["45%"], sentence
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    fired = [(f.rule, f.line, f.message) for f in findings if f.rule != "article.locality"]
    if second[0] <= 28:
        assert fired == [], sentence
        law_counts["7 both ends of a range of days read back"] += 1
    else:
        assert fired == [("date.impossible", LINE, f"date {b} does not exist")], sentence
        law_counts["8 planted fault fires: date.impossible, the end of a range"] += 1


#: Words of time that open a sentence before its day, written here and not taken from the lexicon.
_TIME_OPENINGS = st.sampled_from(
    [
        "Kể từ",
        "Tính đến",
        "Đến hết",
        "Nhân dịp",
        "Chậm nhất",
        "Sau",
        "Trước",
        "Vào",
        "Cho đến",
        "Dịp Quốc khánh",
        "Kỷ niệm",
        "Dịp lễ",
    ]
)
#: Count nouns that may follow the day without a comma ("Sau 2/9 người dân …").
_NOUNS_AFTER = st.sampled_from(["người dân", "hồ sơ", "đoàn", "huyện", "cơ quan", "doanh nghiệp"])


@given(
    day=st.dates(ISSUE - dt.timedelta(days=150), ISSUE + dt.timedelta(days=150)),
    style=st.sampled_from(DAY_MONTH_STYLES),
    opening=_TIME_OPENINGS,
    noun=_NOUNS_AFTER,
)
def test_a_day_after_a_word_of_time_is_a_day_whatever_noun_follows(
    day: dt.date, style: str, opening: str, noun: str, law_counts: Counter[str]
) -> None:
    printed = style.format(d=day.day, m=day.month)
    sentence = f"{opening} {printed} {noun} nộp 12 bộ hồ sơ, 45% qua mạng."
    (date,) = find_dates(sentence)
    assert (date.text, date.day, date.month, date.exists) == (printed, day.day, day.month, True)
    assert [f.text for f in extract_figures(sentence)] == ["45%"], sentence
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    assert [f for f in findings if f.rule != "article.locality"] == [], sentence
    law_counts["9 a day after a word of time reads back"] += 1


@given(
    pair=st.integers(2, 12).flatmap(lambda d: st.tuples(st.integers(1, d), st.just(d))),
    verb=st.sampled_from(["tập trung vào", "đầu tư vào", "triển khai thí điểm vào"]),
    noun=st.sampled_from(["xã", "huyện", "số xã", "dự án", "đơn vị"]),
)
def test_vao_inside_a_clause_leads_to_a_ratio(
    pair: tuple[int, int], verb: str, noun: str, law_counts: Counter[str]
) -> None:
    """ "vào" is "into" inside a clause: "tập trung vào 2/3 số xã" is a ratio, not 2 March."""
    num, den = pair
    sentence = f"Năm 2024, tỉnh {verb} {num}/{den} {noun} khó khăn nhất."
    assert list(find_dates(sentence)) == [], sentence
    (figure,) = extract_figures(sentence)
    assert (figure.kind, figure.text, figure.unit) == (
        "ratio",
        f"{num}/{den}",
        noun.removeprefix("số "),
    )
    law_counts["10 a ratio after 'vào' inside a clause stays a ratio"] += 1


@given(
    day=st.dates(ISSUE - dt.timedelta(days=150), ISSUE + dt.timedelta(days=150)),
    impossible=st.none() | _impossible_days(),
    style=st.sampled_from(DAY_MONTH_STYLES),
    opening=st.sampled_from(["Sáng nay", "Chiều qua", "Hôm nay", "Tối qua", "Ngày mai", "Hôm qua"]),
    comma=st.sampled_from(["", ","]),
)
def test_a_day_named_from_today_with_its_date_reads_back(
    day: dt.date,
    impossible: tuple[int, int, int] | None,
    style: str,
    opening: str,
    comma: str,
    law_counts: Counter[str],
) -> None:
    """ "Sáng nay (3/3), …": the date in parentheses is that day's, and one that does not exist
    ("Hôm qua (31/4)") is found."""
    d, m = (day.day, day.month) if impossible is None else impossible[:2]
    if impossible is not None and (d, m) == (29, 2):
        d = 30  # "29/2" without its year exists (in a leap year)
    printed = style.format(d=d, m=m)
    sentence = f"{opening} ({printed}){comma} đoàn kiểm tra làm việc với 12 xã về 45% hồ sơ."
    (date,) = find_dates(sentence)
    assert (date.text, date.day, date.month) == (printed, d, m), sentence
    assert [f.text for f in extract_figures(sentence)] == ["45%"], sentence
    findings = validate_bulletins([with_paragraph(digest(), sentence, line=LINE)])
    fired = [(f.rule, f.line, f.message) for f in findings if f.rule != "article.locality"]
    if impossible is None:
        assert fired == [], sentence
        law_counts["11 a day named from today with its date reads back"] += 1
    else:
        assert fired == [("date.impossible", LINE, f"date {printed} does not exist")], sentence
        law_counts["12 planted fault fires: date.impossible, a day named from today"] += 1
