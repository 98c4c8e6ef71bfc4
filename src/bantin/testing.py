"""Hypothesis strategies for bantin's model: valid-by-construction bulletins in every format, and noise."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import html
import re
import textwrap
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any, TypeVar

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ImportError as missing:  # hypothesis is an extra: a plain install need not carry it
    raise ImportError("bantin.testing needs hypothesis: pip install 'bantin[testing]'") from missing

from bantin.datasets.synthetic import figure_forms as FF
from bantin.datasets.synthetic import vocabulary as V
from bantin.datasets.synthetic.render import Rendered, citation_text
from bantin.datasets.synthetic.render_print import DOT_LEADER
from bantin.datasets.synthetic.renderers import render
from bantin.ids import ascii_slug
from bantin.model import (
    Article,
    Bulletin,
    Citation,
    FeedChannel,
    FeedDialect,
    Kind,
    Paragraph,
    Section,
    SourceFormat,
    TocEntry,
)
from bantin.parsers.digest import BACK_TO_TOP_RE, TOC_ENTRY_RE, is_furniture, reads_as_subheading
from bantin.parsers.places import is_place_name, provinces_named_in
from bantin.parsers.text import (
    RFC822_MONTHS,
    RFC822_WEEKDAYS,
    TERMINAL_PUNCTUATION,
    WEEKDAY_NAMES,
    WORD_BREAK_CHARS,
    comparable,
    format_vn_number,
    is_upper_heading,
    nfc,
    title_words,
)
from bantin.parsers.web_text import DEFAULT_HEAD

__all__ = [
    "BODY_DATE_STYLES",
    "BODY_DAY_MONTH_STYLES",
    "CITATION_STYLES",
    "DASHED_DAY_RANGE_STYLES",
    "DASHED_DAY_STYLES",
    "DAY_FIRST_STYLES",
    "DAY_MONTH_STYLES",
    "DAY_RANGE_STYLES",
    "LOCALE_DATE_STYLES",
    "MISTYPED_TOC_NUMBERS",
    "MORE_LINKS",
    "RANGE_WEEKDAY_STYLES",
    "RELATED_LINKS",
    "SUBHEADINGS",
    "SYNDICATION_FOOTERS",
    "TOC_NUMBER_STYLES",
    "TOC_RETYPINGS",
    "TWO_DAY_STYLES",
    "TWO_WEEKDAY_STYLES",
    "UNNUMBERED_TOC_STYLES",
    "WEEKDAY_STYLES",
    "YEAR_SAID_AFTER_STYLES",
    "ZONE_STYLES",
    "DateStyle",
    "Noise",
    "Scene",
    "articles",
    "back_to_top_dropped",
    "back_to_top_reworded",
    "body_headings_dropped",
    "bulletins",
    "citations",
    "cited_otherwise",
    "cited_without_day",
    "closing_on_lines_of_its_own",
    "comments_open",
    "descriptions_before_content",
    "feed_date",
    "figure_phrases",
    "hard_wrapped",
    "headings_typed_everywhere",
    "html_markup",
    "issue_dates",
    "lines_indented",
    "markdown_escaped",
    "masthead_dated_otherwise",
    "masthead_side_by_side",
    "masthead_weekday_retyped",
    "outlets",
    "page_furniture",
    "paragraphs",
    "pdf_toc_layouts",
    "percentages",
    "person_names",
    "ratio_percentages",
    "rendered_bulletins",
    "rendering_noise",
    "rfc822",
    "scenes",
    "section_names",
    "sections",
    "sentences",
    "site_chrome_above",
    "site_trailer_below",
    "subheadings_inserted",
    "syndication_furniture",
    "text_as_references",
    "text_browser_dump",
    "titles",
    "titles_in_capitals",
    "titles_numbered_in_body",
    "toc_entries",
    "toc_headings_as_typed",
    "toc_linked_to_anchors",
    "toc_numbered",
    "toc_numbered_per_section",
    "toc_numbers_mistyped",
    "toc_retyped",
    "vietnamese_text",
    "web_titled_otherwise",
    "web_toc_wrapped",
    "zone_text",
]

FIRST_YEAR, LAST_YEAR = 2021, 2026
PRINT_TITLE = "BẢN TIN CẢI CÁCH HÀNH CHÍNH"
WEB_TITLE_PREFIX = "Bản tin Cải cách hành chính ngày "
#: How a day/month is printed: "02/01", "2/1", "02/1".
DAY_MONTH_STYLES = ("{d:02d}/{m:02d}", "{d}/{m}", "{d:02d}/{m}")
#: How running text prints a recent day and month after a date word ("Sáng 2/1", "Chiều 2-1",
#: "Sáng 02.01", "ngày 2 tháng 1"), and an older full date ("13/2/2023", "13-2-2023",
#: "13.02.2023", "13 tháng 2 năm 2023"): news sites print every one of these.
BODY_DAY_MONTH_STYLES = (
    *DAY_MONTH_STYLES, "{d}-{m}", "{d:02d}-{m:02d}", "{d}.{m}", "{d:02d}.{m:02d}", "{d} tháng {m}",
    "{d:02d} tháng {m:02d}",
)  # fmt: skip
#: A day and month with the year said after them ("ngày 30/4 năm 2025"): a date word or a weekday
#: introduces them, as it does a day without its year ("5/9 năm 2024" alone may count).
YEAR_SAID_AFTER_STYLES = ("{d}/{m} năm {y}", "{d:02d}-{m:02d} năm {y}")
BODY_DATE_STYLES = (
    "{d}/{m}/{y}", "{d:02d}/{m:02d}/{y}", "{d}-{m}-{y}", "{d}.{m}.{y}", "{d:02d}.{m:02d}.{y}",
    "{d} tháng {m} năm {y}", "{d:02d} tháng {m:02d} năm {y}",
    "{d:02d} Tháng {m} {y}", "{d} tháng {m} {y}",  # a portal's dateline: "25 Tháng 1 2022"
    *YEAR_SAID_AFTER_STYLES,
)  # fmt: skip
#: The long date of Vietnamese locales (ICU's, a browser's, a CMS's), its year after a comma:
#: "14 tháng 2, 2023", "Thứ Ba, 14 tháng 2, 2023 - 10:15". Printed where a clause ends, never
#: before a word ("… 2020 hộ" counts).
LOCALE_DATE_STYLES = ("{d} tháng {m}, {y}", "{d:02d} Tháng {m}, {y}")
#: How running text prints a weekday with its day ({w}: "thứ Hai" … "Chủ nhật", {W}: "Thứ Hai";
#: {day}: the day as ``BODY_DAY_MONTH_STYLES`` or ``BODY_DATE_STYLES`` print it), and whether a
#: digit may name it ("thứ 2": after a time of day, right before "ngày", in parentheses after the
#: day, or after a word that introduces a day, "nghỉ đến hết thứ sáu, ngày 20/2", "từ thứ ba
#: (28/1)", capitalised before ", ngày" and the day, "Thứ 7, ngày 13/12": True; capitalised before a
#: day that prints its year, "Thứ 4, 17/01/2024", as a portal dates its page: "year").
WEEKDAY_STYLES: tuple[tuple[str, bool | str], ...] = (
    ("Sáng {w} ({day})", True), ("Chiều {w}, {day}", True), ("{W}, ngày {day}", True),
    ("{W}, {day}", "year"), ("Tối {day} ({w})", True), ("Ngày {day} ({w})", True),
    ("{w} ngày {day}", True), ("{W} - {day}", "year"), ("{W}, Ngày {day}", True),
    ("Sáng {w} tuần tới ({day})", True), ("{W} tuần trước, ngày {day}", False),
    ("Sáng {w} tới ({day})", True), ("{W} vừa qua ({day})", False), ("Chiều {w} này ({day})", True),
    ("Cán bộ được nghỉ đến hết {w}, ngày {day}", True),
    ("Ngày làm việc đầu tiên là {w}, ngày {day}", True),
    ("Cán bộ được nghỉ từ {w} ({day})", True), ("Đi làm bù vào {w} ({day})", True),
)  # fmt: skip
#: How running text prints two days of one month after a date word: "27-28/11", "27 – 28/11",
#: "15 và 16/5", "15, 16/5", with the year or not ({a}, {b}: the days; {m}: the month; {y}: "/2024"
#: or "").
TWO_DAY_STYLES = (
    "{a}-{b}/{m}{y}",
    "{a} - {b}/{m}{y}",
    "{a} – {b}/{m}{y}",
    "{a} và {b}/{m}{y}",
    "{a}, {b}/{m}{y}",
)
#: How running text prints two days of one month with each one's weekday ({days}: the two days
#: as ``TWO_DAY_STYLES`` prints them; {w1}, {w2}: their weekdays): after them in parentheses, or
#: before them with the days in parentheses, as two days or the ends of a range.
TWO_WEEKDAY_STYLES = (
    "Trong hai ngày {days} ({w1} và {w2})",
    "Các ngày {days} ({w1}, {w2})",
    "Ngày {days} ({w1} - {w2})",
    "Trong hai ngày {w1} và {w2} ({days})",
    "Vào {w1}, {w2} ({days})",
    "Ngày {days} ({w1} đến {w2})",
    "Từ {w1} đến {w2} ({days})",
)
#: How running text prints two days, each with its own weekday, the year printed with one of
#: them only ({a}, {b}: the days; {w1}, {w2}: their weekdays; {W1}: the first capitalised): a
#: range ("Từ thứ Hai (29/12) đến thứ Sáu (2/1/2026)", "Từ thứ Năm (26/12/2024) đến Chủ nhật
#: (5/1)"), a list ("Thứ Bảy, ngày 30/11 và Chủ nhật, ngày 1/12/2024"), or both weekdays
#: before both days, as holiday notices print them ("vào thứ Bảy và Chủ nhật (15/6 và 16/6)"), or
#: the ends of a range ("Từ thứ Hai đến thứ Sáu (30/11 - 4/12)").
RANGE_WEEKDAY_STYLES = (
    "Từ {w1} ({a}) đến {w2} ({b})",
    "{W1}, ngày {a} và {w2}, ngày {b}",
    "Từ sáng {w1} ({a}) đến chiều {w2} ({b})",
    "Ngày {a} ({w1}) và ngày {b} ({w2})",
    "{W1} ({a}) - {w2} ({b})",
    "Sáng {w1}, {a} và chiều {w2}, {b}",
    "Bộ phận một cửa làm việc vào {w1} và {w2} ({a} và {b})",
    "Cán bộ trực vào {w1}, {w2} (ngày {a}, ngày {b})",
    "Từ {w1} đến {w2} ({a} - {b})",
)
#: How running text prints a range from one day to another ({a}, {b}: each day as
#: ``DAY_MONTH_STYLES`` prints it, the second maybe with its year): "từ ngày 28/2 đến 3/3",
#: "từ 28/2 - 3/3", "Từ ngày 29/12/2024 – 2/1/2025", "ngày 15/8-17/8".
DAY_RANGE_STYLES = (
    "Từ ngày {a} đến {b}",
    "từ ngày {a} đến ngày {b}",
    "Từ {a} đến {b}",
    "từ ngày {a} tới {b}",
    "Từ {a} - {b}",
    "từ ngày {a} – {b}",
    "Ngày {a}-{b}",
    "Dịp lễ {a} - {b}",
    "Nghỉ Tết {a}–{b}",
)
#: … and with days printed with a dash or a dot, as papers print them, "hết" (to the end of)
#: before the last: "từ 30-4 đến hết 4-5", "từ ngày 31.8 đến hết ngày 3.9" ({a}, {b}: each day as
#: ``DASHED_DAY_STYLES`` prints it, with one separator, maybe with its year).
DASHED_DAY_RANGE_STYLES = (
    "Nghỉ từ {a} đến hết {b}",
    "từ {a} đến {b}",
    "từ ngày {a} đến hết ngày {b}",
    "Học sinh nghỉ từ {a} tới {b}",
)
DASHED_DAY_STYLES = ("{d}{s}{m}", "{d:02d}{s}{m:02d}")
#: Author separators of a citation with several authors.
AUTHOR_SEPARATORS = (", ", " - ", " – ", " và ")
#: Citations are dated on the issue day or up to this many days before it.
MAX_CITATION_AGE = 10
TERMINALS = (".", ".", "!", "?", "…")
#: Encodings a rendered bulletin may be stored in ("-bom": with a byte-order mark).
NOISE_ENCODINGS = (
    "utf-8",
    "utf-8-bom",
    "utf-16-le-bom",
    "utf-16-be-bom",
    "utf-16-le",
    "utf-16-be",
    "cp1258",
)

_SLOT_RE = re.compile(r"\{(\w+)\}")
_WORD_RE = re.compile(r"[^\W\d_]+")
T = TypeVar("T")


# ---------------------------------------------------------------- drawing helpers
# The builders below are plain functions of ``draw`` over cached leaf strategies: building a new
# strategy object for every draw would cost more than the bulletin itself.


@cache
def _choices(options: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    return st.sampled_from(options)


@cache
def _ints(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high)


def _pick(draw: st.DrawFn, options: tuple[T, ...]) -> T:
    value: T = draw(_choices(options))
    return value


def _int(draw: st.DrawFn, low: int, high: int) -> int:
    return draw(_ints(low, high))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- dates


def _next_weekday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def _near_new_year(year: int, offset: int) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=offset)


_ANY_DATE = st.one_of(
    st.builds(_near_new_year, st.integers(FIRST_YEAR, LAST_YEAR), st.integers(-7, 7)),
    st.dates(dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)),
)
_WEEKDAY_DATE = _ANY_DATE.map(_next_weekday)


def issue_dates(kind: Kind | None = None) -> st.SearchStrategy[dt.date]:
    """Issue dates in 2021-2026, often within a week of a new year; Monday to Friday for digests."""
    return _WEEKDAY_DATE if kind is Kind.DIGEST else _ANY_DATE


@dataclass(frozen=True)
class DateStyle:
    """How a feed prints its RFC 822 dates: UTC offset, weekday, "GMT" for UTC, day padding."""

    offset_hours: int = 0
    weekday: bool = True
    gmt: bool = False
    pad_day: bool = True
    #: ISO 8601 instead ("2025-01-02T06:00:00+07:00", "…Z" for UTC when ``gmt``): Atom, dc:date.
    iso: bool = False
    #: How the offset is printed, one of ``ZONE_STYLES`` (RFC 822's "+0700" by default).
    zone: str = "{sign}{h:02d}{m:02d}"
    #: The day first instead, as Vietnamese sites print it ("02/01/2025 06:00:00 +07:00", one of
    #: ``DAY_FIRST_STYLES``): a news site's RSS.
    day_first: str | None = None


#: How a Vietnamese site prints a feed date with the day first ({zone}: the offset as the
#: style's ``zone`` prints it; {offset}: the same without a comment after it).
DAY_FIRST_STYLES = (
    "{d:02d}/{m:02d}/{y} {H:02d}:{M:02d}:{S:02d} {zone}",
    "{d}/{m}/{y} {H:02d}:{M:02d} {zone}",
    "{d:02d}-{m:02d}-{y} {H:02d}:{M:02d} {zone}",
    "{W}, {d:02d}/{m:02d}/{y} - {H:02d}:{M:02d} {zone}",  # {W}: "Thứ Ba", "Chủ nhật"
    "{d:02d}/{m:02d}/{y} {h12}:{M:02d}:{S:02d} {half} {zone}",  # vi-VN's 12-hour clock: SA/CH
    "{W}, {d}/{m}/{y}, {H:02d}:{M:02d} ({offset})",  # the offset in parentheses, as article pages
    "{H:02d}:{M:02d} | {d:02d}/{m:02d}/{y} {zone}",  # the time before the day
)


#: How feeds print a UTC offset after an RFC 822 date ({sign}, {h} hours, {m} minutes): RFC 822's
#: "+0700", and what news sites print beyond it: "+07:00", "GMT+7" (Tuổi Trẻ), "GMT+07:00",
#: "UTC+0700", "GMT +0700", and a comment after the offset, "+0700 (ICT)".
ZONE_STYLES = (
    "{sign}{h:02d}{m:02d}", "{sign}{h:02d}:{m:02d}", "GMT{sign}{h}", "GMT{sign}{h:02d}:{m:02d}",
    "UTC{sign}{h:02d}{m:02d}", "GMT {sign}{h:02d}{m:02d}", "{sign}{h:02d}{m:02d} (ICT)",
)  # fmt: skip


def zone_text(offset_minutes: int, style: str = ZONE_STYLES[0]) -> str:
    """An offset of ``offset_minutes`` printed in ``style`` (a whole hour when the style has no
    minutes: "GMT+7")."""
    sign = "-" if offset_minutes < 0 else "+"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return style.format(sign=sign, h=hours, m=minutes)


def rfc822(moment: dt.datetime, style: DateStyle = DateStyle()) -> str:
    """ "Thu, 02 Jan 2025 06:00:00 +0700": ``moment`` in local time at the style's offset."""
    local = moment.astimezone(dt.timezone(dt.timedelta(hours=style.offset_hours)))
    weekday = f"{RFC822_WEEKDAYS[local.weekday()]}, " if style.weekday else ""
    day = f"{local.day:02d}" if style.pad_day else str(local.day)
    zone = (
        "GMT"
        if style.gmt and not style.offset_hours
        else zone_text(style.offset_hours * 60, style.zone)
    )
    return f"{weekday}{day} {RFC822_MONTHS[local.month - 1]} {local.year} {local:%H:%M:%S} {zone}"


def feed_date(moment: dt.datetime, style: DateStyle = DateStyle()) -> str:
    """``moment`` as a feed prints it in ``style``: RFC 822, ISO 8601 when ``style.iso``, day first
    when ``style.day_first``."""
    if style.day_first is not None:
        local = moment.astimezone(dt.timezone(dt.timedelta(hours=style.offset_hours)))
        zone = zone_text(style.offset_hours * 60, style.zone)
        name = WEEKDAY_NAMES[local.weekday()]
        weekday = "Chủ nhật" if local.weekday() == 6 else "Thứ " + name.split()[1].capitalize()
        return style.day_first.format(
            d=local.day, m=local.month, y=local.year, H=local.hour, M=local.minute,
            S=local.second, zone=zone, offset=zone.split(" (")[0], W=weekday,
            h12=local.hour % 12 or 12,
            half="SA" if local.hour < 12 else "CH",
        )  # fmt: skip
    if not style.iso:
        return rfc822(moment, style)
    local = moment.astimezone(dt.timezone(dt.timedelta(hours=style.offset_hours)))
    text = local.isoformat(timespec="seconds")
    return text.removesuffix("+00:00") + "Z" if style.gmt and not style.offset_hours else text


def printed_instant(moment: dt.datetime, style: DateStyle) -> dt.datetime:
    """The instant ``feed_date(moment, style)`` names: to the minute when it prints no seconds."""
    if style.day_first is not None and "{S" not in style.day_first:
        return moment.replace(second=0, microsecond=0)
    return moment


def printed_day(moment: dt.datetime, style: DateStyle) -> dt.date:
    """The day ``feed_date(moment, style)`` prints: the day of ``moment`` at the style's offset
    (a feed's issue date)."""
    return moment.astimezone(dt.timezone(dt.timedelta(hours=style.offset_hours))).date()


def _date_style(draw: st.DrawFn, dialect: FeedDialect = FeedDialect.RSS2) -> DateStyle:
    """How a feed of ``dialect`` prints dates: a news site in +0700, Atom and RSS 1.0 in ISO 8601."""
    if dialect is FeedDialect.RSS2_DESCRIPTION:
        day_first = _pick(draw, (None, None, *DAY_FIRST_STYLES))
        return DateStyle(
            7, True, False, _pick(draw, (True, False)), zone=_pick(draw, ZONE_STYLES),
            day_first=day_first,
        )  # fmt: skip
    offset = _pick(draw, (0, 7, -5))
    gmt = offset == 0 and _pick(draw, (False, True))
    iso = dialect in (FeedDialect.RSS1, FeedDialect.ATOM)
    return DateStyle(offset, _pick(draw, (True, False)), gmt, _pick(draw, (True, False)), iso)


def _day_month(day: dt.date, style: str) -> str:
    return style.format(d=day.day, m=day.month)


def _full_date(day: dt.date, style: str = BODY_DATE_STYLES[0]) -> str:
    return style.format(d=day.day, m=day.month, y=day.year)


# ---------------------------------------------------------------- words and names


def _vocabulary_strings() -> list[str]:
    texts: list[str] = []
    for value in vars(V).values():
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, str):
                    texts.append(item)
                elif isinstance(item, V.Topic):
                    texts.extend(item.titles + item.sentences)
    return texts


#: Lower-case Vietnamese words of the vocabulary (with diacritics), sorted for stable shrinking.
WORDS: tuple[str, ...] = tuple(
    sorted(
        {
            word.lower()
            for text in _vocabulary_strings()
            for word in _WORD_RE.findall(nfc(_SLOT_RE.sub(" ", text)))
            if len(word) > 1
        }
    )
)


def _text(draw: st.DrawFn, min_words: int, max_words: int, terminal: bool) -> str:
    words = [_pick(draw, WORDS) for _ in range(_int(draw, min_words, max_words))]
    words[0] = _capitalise(words[0])
    if len(words) >= 2 and _int(draw, 0, 1):
        start = _int(draw, 1, len(words) - 1)
        words[start] = "“" + words[start]
        words[-1] += "”"
    text = " ".join(words)
    return text + _pick(draw, TERMINALS) if terminal else text


@st.composite
def vietnamese_text(
    draw: st.DrawFn, min_words: int = 1, max_words: int = 12, terminal: bool = True
) -> str:
    """A sentence of vocabulary words with diacritics, capitalised, sometimes with a “quoted” tail;
    ending with . ! ? or … when ``terminal``."""
    return _text(draw, min_words, max_words, terminal)


def _person_name(draw: st.DrawFn) -> str:
    if _int(draw, 0, 1):
        middles, given = V.FEMALE_MIDDLES, V.FEMALE_GIVEN
    else:
        middles, given = V.MALE_MIDDLES, V.MALE_GIVEN
    return f"{_pick(draw, V.SURNAMES)} {_pick(draw, middles)} {_pick(draw, given)}"


def _pen_name(draw: st.DrawFn) -> str:
    """A byline: "Thu Trang", a full name or a newsroom ("Nhóm PV")."""
    shape = _int(draw, 0, 5)
    if shape == 4:
        return _person_name(draw)
    if shape == 5:
        return _pick(draw, ("PV", "Nhóm PV", "CTV"))
    return f"{_pick(draw, V.PEN_FIRST)} {_pick(draw, V.MALE_GIVEN + V.FEMALE_GIVEN)}"


@st.composite
def person_names(draw: st.DrawFn) -> str:
    """ "Nguyễn Thị Lan": surname, middle name, given name."""
    return _person_name(draw)


_COMPOSITE_HEADS = ("TTXVN", "VOV", "VTV", "Chinhphu.vn")
_COMPOSITE_TAILS = ("Bnews.vn", "Vietnamplus.vn", "Baotintuc.vn", "Vov.vn")
#: Outlets printed by name, with spaces and diacritics.
_NAMED_OUTLETS = (
    "Báo Nhân Dân",
    "Cổng TTĐT Chính phủ",
    "Báo điện tử VTV",
    "Tạp chí Tổ chức nhà nước",
)


def _outlet(draw: st.DrawFn) -> str:
    shape = _int(draw, 0, 3)
    if shape == 0:
        return _pick(draw, V.NATIONAL_OUTLETS + V.LOCAL_OUTLETS)
    if shape == 3:
        return _pick(draw, _NAMED_OUTLETS)
    if shape == 1:
        province = _pick(draw, PROVINCES)
        domain = _pick(draw, V.OUTLET_DOMAINS)
        return "Bao" + ascii_slug(province.name).replace("-", "") + domain
    return f"{_pick(draw, _COMPOSITE_HEADS)}/{_pick(draw, _COMPOSITE_TAILS)}"


@st.composite
def outlets(draw: st.DrawFn) -> str:
    """National and provincial outlets, "Bao<province>.vn" and composites ("TTXVN/Bnews.vn")."""
    return _outlet(draw)


# ---------------------------------------------------------------- figures


def _percentage(draw: st.DrawFn, low: int, high: int) -> str:
    decimals = _int(draw, 0, 2)
    scale = 10**decimals
    value = _int(draw, low * scale, high * scale) / scale
    return format_vn_number(value, 0 if value.is_integer() else decimals) + "%"


@st.composite
def percentages(draw: st.DrawFn, low: int = 0, high: int = 100) -> str:
    """A Vietnamese percentage in [low, high] with 0-2 decimals: "98,5%", "132,58%", "100%"."""
    return _percentage(draw, low, high)


def _ratio_percentage(draw: st.DrawFn) -> str:
    denominator = _int(draw, 13, 2500)
    numerator = _int(draw, 0, denominator)
    decimals = _int(draw, 0, 2)
    value = round(numerator / denominator * 100, decimals)
    pct = format_vn_number(value, 0 if float(value).is_integer() else decimals)
    return f"{format_vn_number(numerator)}/{format_vn_number(denominator)} ({pct}%)"


@st.composite
def ratio_percentages(draw: st.DrawFn) -> str:
    """ "45/60 (75%)", "1.624/2.000 (81,2%)": the percentage is the ratio rounded as printed."""
    return _ratio_percentage(draw)


class _Drawn:
    """``figure_forms.Chooser`` over hypothesis ``draw``, so the forms shrink like the rest."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw

    def randint(self, a: int, b: int) -> int:
        return _int(self.draw, a, b)

    def choice(self, seq: Sequence[T]) -> T:
        return _pick(self.draw, tuple(seq))


#: Every figure form, and the forms that are no figure (month/year, spans, addresses …).
FIGURE_FORMS: tuple[str, ...] = (*FF.PHRASES, *FF.DATED_PHRASES)


@st.composite
def figure_phrases(draw: st.DrawFn, form: str | None = None) -> tuple[str, FF.Phrase]:
    """(form, phrase): a clean phrase in one of the real figure forms (``FIGURE_FORMS``) with the
    figures ``extract_figures`` must read from it ("trên 92%", "7/9 huyện", "41/84 cơ quan, đơn vị
    (chiếm 48,8%)", "xếp thứ 12/63 tỉnh, thành phố", "tháng 4/2024" which states none …)."""
    name = form if form is not None else _pick(draw, FIGURE_FORMS)
    chooser = _Drawn(draw)
    if name in FF.PHRASES:
        return name, FF.PHRASES[name](chooser)
    return name, FF.DATED_PHRASES[name](chooser, draw(_ANY_DATE))


# ---------------------------------------------------------------- scenes and template slots


@dataclass(frozen=True)
class Scene:
    """What an article is about: its date, a province and a national sector with one field."""

    issue_date: dt.date
    province: V.Province
    sector: V.Sector
    field: str

    @property
    def place(self) -> str:
        """ "tỉnh Hà Nam" / "thành phố Hà Nội"."""
        return f"{self.province.kind} {self.province.name}"


#: Provinces and cities articles are about: the vocabulary's and Ho Chi Minh City.
PROVINCES: tuple[V.Province, ...] = (*V.PROVINCES, V.Province("Hồ Chí Minh", "thành phố"))
#: Abbreviations titles use for a place.
_ABBREVIATIONS = {"Hồ Chí Minh": ("TP.HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh")}
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
#: A tone on the "o" of "oa"/"oe" or the "u" of "uy" ending a word (NFD), where the other
#: placement is as correct: not "của" or "hoàn", whose tone has one place.
_NEW_STYLE_TONE_RE = re.compile(
    rf"(?P<v>[oO](?=[{_TONE_MARKS}][aAeE])|[uU](?=[{_TONE_MARKS}][yY]))(?P<t>[{_TONE_MARKS}])"
    r"(?P<w>[aAeEyY])(?![\w\u0300-\u036f])"
)


def _old_style_tones(text: str) -> str:
    """ "Hòa" -> "Hoà", "Thủy" -> "Thuỷ", "số hóa" -> "số hoá": the tone mark on the second
    vowel, as another keyboard setting places it."""
    decomposed = unicodedata.normalize("NFD", text)
    return nfc(_NEW_STYLE_TONE_RE.sub(r"\g<v>\g<w>\g<t>", decomposed))


def _place_in_title(draw: st.DrawFn, province: V.Province) -> str:
    """How a title names ``province``: as the body does, abbreviated, with old-style tone marks or
    spaced dashes ("Bà Rịa - Vũng Tàu")."""
    name = province.name
    spellings = (
        *_ABBREVIATIONS.get(name, (name,)),
        _old_style_tones(name),
        name.replace("-", " - "),
    )
    return _pick(draw, tuple(dict.fromkeys(spellings)))


def _scene(draw: st.DrawFn, issue_date: dt.date) -> Scene:
    sector = _pick(draw, V.SECTORS)
    return Scene(issue_date, _pick(draw, PROVINCES), sector, _pick(draw, sector.fields))


@st.composite
def scenes(draw: st.DrawFn, issue_date: dt.date | None = None) -> Scene:
    """A scene on ``issue_date`` (drawn when None)."""
    return _scene(draw, issue_date if issue_date is not None else draw(_ANY_DATE))


def _document(draw: st.DrawFn, scene: Scene, dated: bool = False) -> str:
    """ "Nghị định số 107/2021/NĐ-CP", "Quyết định số 1234/QĐ-UBND ngày 13/2/2023"."""
    kind, code, with_year = _pick(draw, V.DOCUMENT_KINDS)
    signed = scene.issue_date - dt.timedelta(days=_int(draw, 20, 700))
    year = signed.year if dated else _int(draw, signed.year - 3, scene.issue_date.year)
    serial = f"{_int(draw, 1, 180)}/{year}" if with_year else str(_int(draw, 10, 4999))
    if not dated:
        return f"{kind} số {serial}/{code}"
    return f"{kind} số {serial}/{code} ngày {_full_date(signed, _pick(draw, BODY_DATE_STYLES))}"


def _person(draw: st.DrawFn, scene: Scene) -> str:
    """ "ông Lê Văn Hòa, Giám đốc Sở Nội vụ tỉnh Hà Nam"."""
    honorific = _pick(draw, ("ông", "bà"))
    roles = (*V.LOCAL_ROLES, "{sector_role}", *V.EXPERT_ROLES)
    role = _pick(draw, roles).replace("{tp}", scene.place)
    role = role.replace("{sector_role}", scene.sector.role)
    return f"{honorific} {_person_name(draw)}, {role}"


def _unit(draw: st.DrawFn, scene: Scene) -> str:
    return f"{_pick(draw, V.PROVINCE_UNITS)} {scene.place}"


def _phrase_slot(name: str) -> Callable[[st.DrawFn, Scene], str]:
    """A template slot filled with a figure-form phrase (see ``figure_forms``)."""

    def fill(draw: st.DrawFn, scene: Scene) -> str:
        if name in FF.PHRASES:
            return FF.PHRASES[name](_Drawn(draw)).text
        return FF.DATED_PHRASES[name](_Drawn(draw), scene.issue_date).text

    return fill


_SLOTS: dict[str, Callable[[st.DrawFn, Scene], str]] = {
    "year": lambda draw, scene: str(scene.issue_date.year),
    "prev_year": lambda draw, scene: str(scene.issue_date.year - 1),
    "p": lambda draw, scene: scene.province.name,
    "tp": lambda draw, scene: scene.place,
    "Tp": lambda draw, scene: _capitalise(scene.place),
    "k": lambda draw, scene: scene.province.kind,
    "sector": lambda draw, scene: scene.sector.name,
    "Sector": lambda draw, scene: _capitalise(scene.sector.name),
    "field": lambda draw, scene: scene.field,
    "q": lambda draw, scene: _pick(draw, V.QUARTERS),
    "n": lambda draw, scene: str(_int(draw, 2, 40)),
    "count": lambda draw, scene: format_vn_number(_int(draw, 100, 2500)),
    "big": lambda draw, scene: format_vn_number(_int(draw, 10_000, 3_000_000)),
    "days": lambda draw, scene: str(_int(draw, 1, 3)),
    "score": lambda draw, scene: format_vn_number(_int(draw, 7500, 9500) / 100, 2),
    "rank": lambda draw, scene: f"{_int(draw, 1, 63)}/63",
    "share": lambda draw, scene: _percentage(draw, 60, 100),
    "low_share": lambda draw, scene: _percentage(draw, 0, 60),
    "growth": lambda draw, scene: _percentage(draw, 5, 999),
    "target": lambda draw, scene: _percentage(draw, 100, 180),
    "ratio_pct": lambda draw, scene: _ratio_percentage(draw),
    "ratio": lambda draw, scene: _plain_ratio(draw),
    "time": lambda draw, scene: _pick(draw, V.MEETING_TIMES),
    "commune": lambda draw, scene: (
        f"{_pick(draw, ('xã', 'phường'))} {_pick(draw, V.COMMUNE_NAMES)}"
    ),
    "dm": lambda draw, scene: _day_month(
        scene.issue_date - dt.timedelta(days=_int(draw, 0, MAX_CITATION_AGE)),
        _pick(draw, BODY_DAY_MONTH_STYLES),
    ),
    "date": lambda draw, scene: _full_date(
        scene.issue_date - dt.timedelta(days=_int(draw, 20, 700)), _pick(draw, BODY_DATE_STYLES)
    ),
    "unit": _unit,
    "Unit": _unit,
    "doc": _document,
    "Doc": _document,
    "doc_dated": lambda draw, scene: _document(draw, scene, dated=True),
    "person": _person,
    "Person": lambda draw, scene: _capitalise(_person(draw, scene)),
    **{name: _phrase_slot(name) for name in (*FF.PHRASES, *FF.DATED_PHRASES)},
}
#: The slots of the vocabulary's templates this module fills (see ``vocabulary``'s slot list).
KNOWN_SLOTS = frozenset(_SLOTS)


def _plain_ratio(draw: st.DrawFn) -> str:
    """ "30/63": a part of a whole, never a date (denominator above 12)."""
    denominator = _int(draw, 20, 300)
    return f"{_int(draw, 1, denominator)}/{denominator}"


def _usable(templates: Sequence[str]) -> tuple[str, ...]:
    """Templates whose slots this module knows how to fill (new slots are skipped, not guessed)."""
    return tuple(t for t in templates if set(_SLOT_RE.findall(t)) <= KNOWN_SLOTS)


def _fill(draw: st.DrawFn, template: str, scene: Scene) -> str:
    """``template`` with every slot drawn for ``scene``, in NFC."""
    parts = _SLOT_RE.split(template)
    # split() alternates literal text (even indexes) and slot names (odd indexes).
    filled = [part if i % 2 == 0 else _SLOTS[part](draw, scene) for i, part in enumerate(parts)]
    return nfc("".join(filled))


#: Sentences stating each kind of figure in its natural context (shares, growth, targets, ratios).
FIGURE_TEMPLATES = (
    "Tỷ lệ hồ sơ được giải quyết đúng hạn đạt {share}.",
    "Khu vực nông thôn chiếm {low_share} tổng số hồ sơ tiếp nhận.",
    "Số hồ sơ nộp trực tuyến tăng {growth} so với cùng kỳ năm {prev_year}.",
    "Trong năm {prev_year}, toàn {k} tiếp nhận {big} hồ sơ, đạt {target} so với kế hoạch.",
    "Đến nay, {ratio_pct} xã, phường đã kết nối dữ liệu với hệ thống chung.",
    "Tỷ lệ giải ngân vốn đầu tư công đạt {target}, vượt kế hoạch đề ra.",
    "Tỷ lệ hồ sơ trực tuyến năm nay bằng {growth} năm trước.",
    "{time} {dm}, đoàn công tác của {unit} đã làm việc tại {commune}.",
    *V.FIGURE_FORM_SENTENCES,
)
_TOPICS = (*V.LOCAL_TOPICS, V.DISCIPLINE, V.SECTOR, V.COMMENTARY)
SENTENCE_TEMPLATES: tuple[str, ...] = _usable(
    [
        *FIGURE_TEMPLATES,
        *(s for topic in _TOPICS for s in topic.sentences),
        *V.LOCAL_LEADS,
        *V.SECTOR_LEADS,
        *V.LOCAL_CLOSINGS,
        *V.SECTOR_CLOSINGS,
        *V.COMMENTARY_CLOSINGS,
        *V.GENERAL_SENTENCES,
    ]
)
TITLE_TEMPLATES: tuple[str, ...] = _usable([t for topic in _TOPICS for t in topic.titles])
#: Titles with figures, document numbers and characters that need escaping in XML or HTML.
TITLE_EXTRAS = (
    "{p}: {share} hồ sơ được giải quyết đúng hạn",
    "Quý {q}/{year}: {ratio_pct} xã hoàn thành số hóa",
    "Hỏi & đáp về {field}",
    '{Sector} "số hóa" {count} thủ tục',
    "Người dân {p} 'chấm điểm' cán bộ một cửa",
    "<Chính quyền số> và những con số",
    "Hướng dẫn thực hiện {doc}",
)
CAPTION_TEMPLATES: tuple[str, ...] = _usable([*V.CAPTIONS_GENERAL, *V.CAPTIONS_LOCAL])


# ---------------------------------------------------------------- sentences and paragraphs


def _sentence(draw: st.DrawFn, scene: Scene) -> str:
    if _int(draw, 0, 5) == 5:
        return _text(draw, 3, 14, terminal=True)
    return _capitalise(_fill(draw, _pick(draw, SENTENCE_TEMPLATES), scene))


@st.composite
def sentences(draw: st.DrawFn, scene: Scene | None = None) -> str:
    """One sentence from the vocabulary's templates (or made of free words), slots filled."""
    return _sentence(draw, scene if scene is not None else _scene(draw, draw(_ANY_DATE)))


def _quote(draw: st.DrawFn, scene: Scene) -> str:
    """An official's or a citizen's words in curly quotes."""
    shape = _int(draw, 0, 2)
    if shape == 2:
        who = _pick(draw, ("Chị", "Bà", "Anh", "Ông"))
        commune = _SLOTS["commune"](draw, scene)
        said = _pick(draw, V.CITIZEN_QUOTES)
        return f"{who} {_person_name(draw)}, trú tại {commune}, chia sẻ: “{said}”"
    said = _pick(draw, V.OFFICIAL_QUOTES)
    person = _person(draw, scene)
    verb = _pick(draw, V.QUOTE_VERBS)
    if shape == 0:
        return f"{_capitalise(person)}, {verb}: “{said}”"
    return f"“{said[:-1]}”, {person}, {verb}."


def _paragraph_text(draw: st.DrawFn, scene: Scene) -> str:
    """Sentences, a quote, or an item of a numbered list ("2. Rà soát …")."""
    shape = _int(draw, 0, 7)
    if shape == 6:
        return _quote(draw, scene)
    text = " ".join(_sentence(draw, scene) for _ in range(_int(draw, 1, 3)))
    return f"{_int(draw, 1, 9)}. {text}" if shape == 7 else text


def _break_points(text: str) -> list[int]:
    """Offsets where a page break may split ``text``: at a space after which the parser will see an
    unfinished line (no terminal punctuation) that does not end like a back-to-top link, nor
    like a subheading before a sentence ("UBND" before "Thành phố …", a line in capitals, or a
    few words in sentence case, "Nhiều kết quả tích cực", before "Theo …" or "1. …": no break
    leaves one, since a page holds at least a printed line of the paragraph, and the parser reads
    it as one)."""
    return [
        i + 1
        for i in range(1, len(text) - 1)
        if text[i] == " "
        and text[i - 1] not in TERMINAL_PUNCTUATION
        and not text[i - 1].isspace()
        and not text[i + 1].isspace()
        and BACK_TO_TOP_RE.search(text[:i]) is None
        and not (text[i + 1].isupper() and is_upper_heading(text[:i]))
        and not reads_as_subheading(text[:i], text[i + 1 :])
    ]


def _with_breaks(draw: st.DrawFn, text: str) -> Paragraph:
    """A print paragraph split by zero to two page breaks (continuation lines 0 until rendered)."""
    points = tuple(_break_points(text))
    chosen: set[int] = set()
    if points:
        for _ in range(_pick(draw, (0, 0, 1, 2))):
            chosen.add(_pick(draw, points))
    return Paragraph(text, 0, tuple((offset, 0) for offset in sorted(chosen)))


@st.composite
def paragraphs(
    draw: st.DrawFn,
    issue_date: dt.date | None = None,
    scene: Scene | None = None,
    page_breaks: bool = False,
) -> Paragraph:
    """A clean paragraph (capitalised, ending with terminal punctuation) with figures, dates,
    documents and quotes; with ``page_breaks``, possibly split by page breaks as in print."""
    if scene is None:
        scene = _scene(draw, issue_date if issue_date is not None else draw(_ANY_DATE))
    text = _paragraph_text(draw, scene)
    return _with_breaks(draw, text) if page_breaks else Paragraph(text, 0)


def _caption(draw: st.DrawFn, scene: Scene) -> str:
    """ "Người dân tra cứu thông tin …. Ảnh: Thu Trang." (feed renderers print it as a caption)."""
    return f"{_fill(draw, _pick(draw, CAPTION_TEMPLATES), scene)} Ảnh: {_pen_name(draw)}."


# ---------------------------------------------------------------- titles and citations


def _title(draw: st.DrawFn, scene: Scene) -> str:
    shape = _int(draw, 0, 6)
    if shape == 3:
        return _text(draw, 2, 10, terminal=False)
    if shape == 5:
        return _capitalise(_fill(draw, _pick(draw, TITLE_EXTRAS), scene))
    phrase = _fill(draw, _pick(draw, TITLE_TEMPLATES), scene)
    if shape == 0:
        return f"{_place_in_title(draw, scene.province)}: {_capitalise(phrase)}"
    if shape == 1:
        return f"{_place_in_title(draw, scene.province)} {phrase}"
    if shape == 4:
        return f"{_text(draw, 1, 4, terminal=False)}: {phrase}"
    if shape == 6:
        return f"{_capitalise(phrase)}…"  # a title truncated in print
    return _capitalise(phrase)


@st.composite
def titles(draw: st.DrawFn, scene: Scene | None = None) -> str:
    """An article title: "Hà Nam: Đẩy mạnh …", "Hà Nam đẩy mạnh …", "Đẩy mạnh …", free words, one
    with figures or characters to escape, or one truncated with a single "…".

    Never ends with a full stop (a TOC dot leader would swallow it).
    """
    return _title(draw, scene if scene is not None else _scene(draw, draw(_ANY_DATE)))


def _fresh_title(draw: st.DrawFn, scene: Scene, used: set[str]) -> str:
    """A title whose words (``title_words``, as toc.body-mismatch compares titles) are not in
    ``used`` (then added to it): "Số hóa …" and "Số hóa ……" truncated are one title to a reader."""
    title = _title(draw, scene)
    base, copy = title, 1
    while title_words(title) in used:
        copy += 1
        title = f"{base} (kỳ {copy})"
    used.add(title_words(title))
    return title


def _mention_title_places(title: str, texts: list[str]) -> list[str]:
    """The body texts, the first one naming every province the title names (if not yet)."""
    mentioned = set(provinces_named_in(" ".join(texts)))
    missing = [p for p in provinces_named_in(title) if p not in mentioned]
    if not missing:
        return texts
    lead = f"Tại {', '.join(missing)}, công tác cải cách hành chính có nhiều chuyển biến."
    return [f"{lead} {texts[0]}", *texts[1:]]


def _citation(draw: st.DrawFn, issue: dt.date, style: str | None = None) -> Citation:
    cited = issue - dt.timedelta(days=_int(draw, 0, MAX_CITATION_AGE))
    style = style or _pick(draw, DAY_MONTH_STYLES)
    authors: list[str] = []
    for _ in range(_pick(draw, (1, 0, 2, 3))):
        name = _pen_name(draw)
        if name not in authors:
            authors.append(name)
    separator = _pick(draw, AUTHOR_SEPARATORS) if len(authors) >= 2 else ", "
    return Citation(_outlet(draw), _day_month(cited, style), tuple(authors), 0, separator)


@st.composite
def citations(
    draw: st.DrawFn, issue_date: dt.date | None = None, day_month_style: str | None = None
) -> Citation:
    """ "(Outlet DD/MM, Author - Author)": zero to three authors, dated on the issue date or up to
    ten days before it (across a new year: an issue of 02/01 cites "31/12")."""
    return _citation(
        draw, issue_date if issue_date is not None else draw(_ANY_DATE), day_month_style
    )


# ---------------------------------------------------------------- sections and TOC


def _section_names(draw: st.DrawFn) -> tuple[str, ...]:
    """One to three distinct upper-case names in print order (the vocabulary's or free words)."""
    names: list[str] = []
    for _ in range(_int(draw, 1, 3)):
        if _int(draw, 0, 3) == 3:
            name = _text(draw, 2, 4, terminal=False).replace("“", "").replace("”", "").upper()
        else:
            name = _pick(draw, V.SECTIONS)
        if all(comparable(name) != comparable(n) for n in names):
            names.append(name)
    return tuple(names)


@st.composite
def section_names(draw: st.DrawFn) -> tuple[str, ...]:
    """One to three distinct upper-case section names."""
    return _section_names(draw)


Grouped = Sequence[tuple[str | None, Sequence[str]]]


def _table_of_contents(
    draw: st.DrawFn, grouped: Grouped, printed: bool
) -> tuple[tuple[Section, ...], tuple[TocEntry, ...]]:
    """Sections and entries numbered 1..n; in print, pages never decrease and a section's page is
    its first entry's page (the web has no pages)."""
    page = _int(draw, 1, 12) if printed else None
    sections_: list[Section] = []
    entries: list[TocEntry] = []
    for name, entry_titles in grouped:
        for index, title in enumerate(entry_titles):
            if page is not None and entries:
                page += _int(draw, 0, 2)
            if name is not None and index == 0:
                sections_.append(Section(name, page, 0))
            entries.append(TocEntry(str(len(entries) + 1), title, name, page, 0))
    return tuple(sections_), tuple(entries)


def _titles_by_section(
    draw: st.DrawFn, issue: dt.date
) -> list[tuple[str | None, list[tuple[str, Scene]]]]:
    """Zero (one group named None) to three sections of one to three distinct titles, none named
    as a section, each with the scene its article is about."""
    names: tuple[str | None, ...] = _section_names(draw) if _int(draw, 0, 1) else (None,)
    # No title is named as a section is ("AN AN" over "1. An an"): a digest printing one so could
    # not be read either way.
    used: set[str] = {title_words(name) for name in names if name is not None}
    grouped: list[tuple[str | None, list[tuple[str, Scene]]]] = []
    for name in names:
        group = []
        # Without sections, now and then ten or more entries (two-digit TOC numbers).
        for _ in range(_int(draw, 1, 3) if name is not None else _pick(draw, (1, 2, 3, 4, 10))):
            scene = _scene(draw, issue)
            group.append((_fresh_title(draw, scene, used), scene))
        grouped.append((name, group))
    return grouped


def _titles_only(grouped: list[tuple[str | None, list[tuple[str, Scene]]]]) -> Grouped:
    return [(name, [title for title, _ in group]) for name, group in grouped]


@st.composite
def sections(draw: st.DrawFn, printed: bool = True) -> tuple[Section, ...]:
    """The sections of a TOC (one to three), on non-decreasing pages in print."""
    grouped = [(name, ["x"] * _int(draw, 1, 3)) for name in _section_names(draw)]
    return _table_of_contents(draw, grouped, printed)[0]


@st.composite
def toc_entries(draw: st.DrawFn, printed: bool = True) -> tuple[TocEntry, ...]:
    """TOC entries numbered 1..n, with or without sections, pages non-decreasing in print."""
    grouped = _titles_by_section(draw, draw(_WEEKDAY_DATE))
    return _table_of_contents(draw, _titles_only(grouped), printed)[1]


# ---------------------------------------------------------------- articles


def _body(draw: st.DrawFn, scene: Scene, title: str, page_breaks: bool) -> tuple[Paragraph, ...]:
    """One to three distinct paragraphs, naming every province the title names."""
    texts: list[str] = []
    for _ in range(_int(draw, 1, 3)):
        text = _paragraph_text(draw, scene)
        if text not in texts:
            texts.append(text)
    texts = _mention_title_places(title, texts)
    if page_breaks:
        return tuple(_with_breaks(draw, text) for text in texts)
    return tuple(Paragraph(text, 0) for text in texts)


def _feed_body(draw: st.DrawFn, scene: Scene, title: str) -> tuple[Paragraph, ...]:
    """Paragraphs with zero to two image captions (two photos may share one) after the first."""
    body = list(_body(draw, scene, title, page_breaks=False))
    for _ in range(_pick(draw, (0, 0, 1, 2))):
        body.insert(_int(draw, 1, len(body)), Paragraph(_caption(draw, scene), 0))
    return tuple(body)


def _photo_caption(draw: st.DrawFn, scene: Scene) -> str:
    """A photo's caption as a page prints it between paragraphs, with no full stop after it:
    "Người dân tra cứu thông tin … quốc gia (Ảnh: Thu Trang)", "… quốc gia. Ảnh: Thu Trang". (A
    line that only marks a picture, "Ảnh minh họa", is no text of the article: the parser drops
    it, and ``page_furniture`` prints one.)"""
    text = _fill(draw, _pick(draw, CAPTION_TEMPLATES), scene).rstrip(".")
    pen = _pen_name(draw)
    return _pick(draw, (f"{text} (Ảnh: {pen})", f"{text}. Ảnh: {pen}"))


def _digest_article(
    draw: st.DrawFn, fmt: SourceFormat, scene: Scene, title: str, section: str | None
) -> Article:
    issue = scene.issue_date
    paras = _body(draw, scene, title, page_breaks=fmt is SourceFormat.PRINT_TEXT)
    if len(paras) > 1 and _int(draw, 0, 2) == 0:
        # A paragraph with no full stop after it, a caption, stands alone (in print, a page's
        # break never falls after its credit).
        at = _int(draw, 1, len(paras) - 1)
        paras = (*paras[:at], Paragraph(_photo_caption(draw, scene), 0), *paras[at:])
    section_line = None if section is None else 0
    return Article(title, 0, 0, paras, section, section_line, _citation(draw, issue))


def _feed_item(
    draw: st.DrawFn,
    scene: Scene,
    title: str,
    where: tuple[str, DateStyle],
    moment: dt.datetime,
    post: int,
) -> Article:
    """An item of the feed at ``where`` = (channel link, how the feed prints dates)."""
    link, style = where
    return Article(
        title=title,
        title_line=0,
        line_end=0,
        paragraphs=_feed_body(draw, scene, title),
        url=f"{link}/{ascii_slug(title) or 'bai-viet'}/",
        guid=f"{link}/?p={post}",
        pub_date_text=feed_date(moment, style),
        published_at=printed_instant(moment, style),
        pub_date_line=0,
    )


@st.composite
def articles(
    draw: st.DrawFn,
    source_format: SourceFormat | str | None = None,
    issue_date: dt.date | None = None,
) -> Article:
    """One article as ``source_format`` holds it (a feed item with URL, GUID and date)."""
    fmt = SourceFormat(source_format or _pick(draw, tuple(SourceFormat)))
    issue = issue_date if issue_date is not None else draw(issue_dates(fmt.kind))
    scene = _scene(draw, issue)
    title = _title(draw, scene)
    if fmt.kind is Kind.FEED:
        moment = dt.datetime.combine(issue, dt.time(), tzinfo=dt.UTC) + dt.timedelta(
            seconds=_int(draw, 0, 86_399)
        )
        where = ("https://example.example", _date_style(draw))
        return _feed_item(draw, scene, title, where, moment, _int(draw, 1, 9999))
    return _digest_article(draw, fmt, scene, title, None)


# ---------------------------------------------------------------- bulletins


def _digest(draw: st.DrawFn, fmt: SourceFormat) -> Bulletin:
    printed = fmt is SourceFormat.PRINT_TEXT
    issue = draw(_WEEKDAY_DATE)
    grouped = _titles_by_section(draw, issue)
    written = tuple(
        _digest_article(draw, fmt, scene, title, name)
        for name, group in grouped
        for title, scene in group
    )
    sections_, toc = _table_of_contents(draw, _titles_only(grouped), printed)
    issue_text = f"{_day_month(issue, _pick(draw, DAY_MONTH_STYLES))}/{issue.year}"
    if not printed:
        return Bulletin(
            source_format=fmt,
            title=WEB_TITLE_PREFIX + issue_text,
            issue_date_text=issue_text,
            issue_date=issue,
            issue_date_line=0,
            sections=sections_,
            toc=toc,
            articles=written,
        )
    weekday = _pick(draw, ("upper", "title", "capitalize", None))
    name = WEEKDAY_NAMES[issue.weekday()]
    editor = _pick(draw, (None, "name", "pen"))
    editor_name = None
    if editor is not None:
        editor_name = _person_name(draw) if editor == "name" else _pen_name(draw)
    return Bulletin(
        source_format=fmt,
        title=PRINT_TITLE,
        issue_date_text=issue_text,
        issue_date=issue,
        issue_date_line=0,
        weekday_printed=None if weekday is None else getattr(name, weekday)(),
        weekday_line=None if weekday is None else 0,
        weekdays_only=_pick(draw, (True, False)),
        editor=editor_name,
        editor_line=None if editor_name is None else 0,
        sections=sections_,
        toc=toc,
        articles=written,
    )


def _feed(draw: st.DrawFn, fmt: SourceFormat) -> Bulletin:
    issue = draw(_ANY_DATE)
    site, host, description = _pick(draw, V.FEED_SITES)
    link = f"https://{host}.example"
    count = _pick(draw, (1, 2, 3, 4, 0))
    dialect = FeedDialect.RSS2
    if fmt is SourceFormat.FEED_XML:
        dialect = _pick(draw, tuple(FeedDialect))
        if dialect is FeedDialect.RSS2_DESCRIPTION and not count:
            dialect = FeedDialect.RSS2  # without an item nothing tells where bodies would be
    style = _date_style(draw, dialect)
    build = dt.datetime.combine(issue, dt.time(), tzinfo=dt.UTC) + dt.timedelta(
        seconds=_int(draw, 0, 86_399)
    )
    channel = FeedChannel(
        title=f"{V.FEED_CATEGORY} – {site}",
        link=link,
        description=description,
        build_date_text=feed_date(build, style),
        build_date=printed_instant(build, style),
        language="vi",
        generator=f"https://wordpress.org/?v=6.{_int(draw, 2, 8)}.{_int(draw, 0, 3)}",
        line=0,
        dialect=dialect,
    )
    if dialect is FeedDialect.RSS2_DESCRIPTION:
        channel = dataclasses.replace(channel, generator="")
    moment = build - dt.timedelta(seconds=_int(draw, 0, 2 * 86_400))
    post = _int(draw, 1_000, 90_000)
    used: set[str] = set()
    items: list[Article] = []
    for _ in range(count):
        scene = _scene(draw, moment.date())
        title = _fresh_title(draw, scene, used)
        items.append(_feed_item(draw, scene, title, (link, style), moment, post))
        moment -= dt.timedelta(seconds=_int(draw, 60, 3 * 86_400))
        post -= _int(draw, 1, 40)
    return Bulletin(
        source_format=fmt,
        title=channel.title,
        issue_date_text=channel.build_date_text,
        issue_date=printed_day(build, style),
        issue_date_line=0,
        articles=tuple(items),
        channel=channel,
    )


@st.composite
def _bulletin(draw: st.DrawFn, formats: tuple[SourceFormat, ...]) -> Bulletin:
    fmt = _pick(draw, formats)
    return _feed(draw, fmt) if fmt.kind is Kind.FEED else _digest(draw, fmt)


def bulletins(source_format: SourceFormat | str | None = None) -> st.SearchStrategy[Bulletin]:
    """Clean bulletins (every line field 0, as ``render`` expects) in ``source_format`` or any.

    Valid by construction: TOC numbered 1..n, print pages non-decreasing with each section on its
    first entry's page, weekdays right, digests Monday to Friday, citations not after the issue,
    shares <= 100% and ratio percentages consistent, feed items newest first and not after the
    build date, every province a title names mentioned in its body, paragraphs ending with
    terminal punctuation, titles distinct. Feeds may be empty.
    """
    formats = tuple(SourceFormat) if source_format is None else (SourceFormat(source_format),)
    return _bulletin(formats)


def rendered_bulletins(
    source_format: SourceFormat | str | None = None,
) -> st.SearchStrategy[Rendered]:
    """Generated bulletins written in their format: ``Rendered(text, bulletin with lines)``."""
    return bulletins(source_format).map(render)


# ---------------------------------------------------------------- a print TOC as PDFs lay it out

#: What the print renderer writes between a TOC line's text and its page.
_PRINTED_LEADER = DOT_LEADER + "\t"
_PRINT_PAGE_RE = re.compile(re.escape(_PRINTED_LEADER) + r"(?P<page>\d+)$")
#: How a TOC may print what comes before a page: the renderer's leader and tab, or the page named
#: as one after them ("….. Trang 5", "…..<tab>tr. 5").
_PAGE_NAMED_AFTER = (
    _PRINTED_LEADER, DOT_LEADER + " Trang ", _PRINTED_LEADER + "Trang ", _PRINTED_LEADER + "tr. ",
    " (tr. {page})", " (trang {page})",
)  # fmt: skip
#: The other leaders a word processor sets before a page (middle dots, underscores, hyphens), dots
#: spaced out as a PDF's text gives them, and Unicode's two-dot leader and midline ellipsis.
_OTHER_LEADERS = (
    "·········\t",
    " ____________ ",
    " ------------ ",
    " . . . . . . ",
    "‥‥‥‥",
    "⋯⋯⋯ ",
)


#: How a TOC prints the pages an article runs over after its first: not at all, mostly.
_PAGE_SPANS = ("", "", "", "-{last}", " - {last}", "–{last}", " – {last}")
#: A number at the end of a TOC line's text, which a reader may take for its page ("… lần 2").
_ENDS_WITH_NUMBER_RE = re.compile(r"(?:^|\s)\d{1,3}$")


def _fits_a_line_of_its_own(part: str) -> bool:
    """Whether a piece of a wrapped title reads as the rest of one: neither a TOC entry ("5. …")
    nor a capitalised heading, as the parser tells them, nor a page at its end."""
    return not (
        TOC_ENTRY_RE.match(part) or is_upper_heading(part) or _ENDS_WITH_NUMBER_RE.search(part)
    )


def _one_space_pages(rendered: Rendered) -> bool:
    """Whether the TOC of ``rendered`` may print each page after one space alone ("Title 5"), as
    the parser reads it (``digest._pages_after_one_space``): 3 lines at least, none of whose
    titles ends with a number of its own."""
    bulletin = rendered.bulletin
    texts = [*(s.name for s in bulletin.sections), *(e.title for e in bulletin.toc)]
    return len(texts) >= 3 and not any(map(_ENDS_WITH_NUMBER_RE.search, texts))


@st.composite
def pdf_toc_layouts(draw: st.DrawFn, rendered: Rendered) -> tuple[str, dict[int, int]]:
    """The print-edition text of ``rendered`` with its TOC laid out as text taken from a PDF:
    each page after a run of spaces or another leader (middle dots, underscores, hyphens, dots
    spaced out) instead of the dots and a tab, or named as a page after them ("Trang 5"), or not,
    maybe with the last page the article runs over ("3-4");
    each entry's title wrapped over up to three lines, the page on the last, or not. Or the whole
    TOC with each page after one space alone ("Title 5", a PDF's tab stop
    taken as text), no title wrapped; or with each page alone on the line after its entry or
    heading, as a table's cells copied from a PDF ("1. Title" / "5"), a title wrapped over two
    lines at most. Returns the text and, for every line of ``rendered`` that moved, the line it
    is on now."""
    lines = rendered.text.split("\n")
    entry_lines = {entry.line for entry in rendered.bulletin.toc}
    heading_lines = {section.line for section in rendered.bulletin.sections}
    one_space = _one_space_pages(rendered) and draw(st.integers(0, 3)) == 0
    page_alone = not one_space and draw(st.integers(0, 3)) == 0
    out: list[str] = []
    moved: dict[int, int] = {}
    for number, line in enumerate(lines, 1):
        if number != len(out) + 1:
            moved[number] = len(out) + 1
        page = _PRINT_PAGE_RE.search(line)
        if page is None or not (number in entry_lines or number in heading_lines):
            out.append(line)
            continue
        title = line[: page.start()]
        if one_space:
            out.append(f"{title} {page['page']}")
            continue
        after = draw(
            st.sampled_from([*_PAGE_NAMED_AFTER, *_OTHER_LEADERS, " " * draw(st.integers(2, 12))])
        )
        cuts = [i for i, c in enumerate(title) if c == " " and i > title.find(". ") + 1]
        parts = [title]
        if number in entry_lines and cuts and draw(st.booleans()):
            most = 1 if page_alone else 2
            chosen = sorted(draw(st.sets(st.sampled_from(cuts), min_size=1, max_size=most)))
            bounds = [0, *(c + 1 for c in chosen), len(title) + 1]
            parts = [title[a : b - 1] for a, b in pairwise(bounds)]
            # The last piece is printed with the page after it: "2)  1" would be an entry.
            ending = parts[-1] + after + page["page"]
            if not all(map(_fits_a_line_of_its_own, parts[1:])) or TOC_ENTRY_RE.match(ending):
                parts = [title]
        if page_alone:  # no piece of the title may read as the page
            parts = parts if not any(part.strip().isdigit() for part in parts) else [title]
            out.extend([*parts, page["page"]])
            continue
        # The pages an article runs over, as a quarterly's TOC prints them ("3-4"): read as
        # its first.
        shown = page["page"] + draw(st.sampled_from(_PAGE_SPANS)).format(
            last=int(page["page"]) + draw(st.integers(1, 3))
        )
        parts[-1] += after.format(page=shown) if "{" in after else after + shown
        out.extend(parts)
    return "\n".join(out), moved


# ---------------------------------------------------------------- how a TOC is numbered

#: How digests number their TOC lines ({n} the number, {gap} the space the renderer put before
#: the title): "5.", "5)", "5/", "5 -", "5- ", "5 –", and "5." with no space ("5.Title").
TOC_NUMBER_STYLES = (
    "{n}.{gap}", "{n}){gap}", "{n}/{gap}", "{n} -{gap}", "{n}-{gap}", "{n} –{gap}", "{n}.",
)  # fmt: skip
#: A TOC whose entries are not numbered: bare titles, or titles after a bullet.
UNNUMBERED_TOC_STYLES = ("", "• ", "- ", "* ")


@st.composite
def toc_numbered(
    draw: st.DrawFn, rendered: Rendered, styles: Sequence[str] = TOC_NUMBER_STYLES
) -> str:
    """The text of ``rendered`` (print or web) with its TOC numbered in one of ``styles``
    instead of "5.", as a digest numbers all its entries alike."""
    style = draw(st.sampled_from(styles))
    lines = rendered.text.split("\n")
    for entry in rendered.bulletin.toc:
        line = lines[entry.line - 1]
        printed = f"{entry.number}."
        if not line.startswith(printed):
            raise ValueError(f"TOC line {entry.line} does not start with {printed!r}: {line!r}")
        rest = line[len(printed) :]
        title = rest.lstrip()
        gap = rest[: len(rest) - len(title)]
        numbered = style.format(n=entry.number, gap=gap)
        if "{gap}" not in style and style and title[:1] in "0123456789.,":
            numbered += " "  # "5.10 mục tiêu" would be a number: a digest keeps the space there
        lines[entry.line - 1] = numbered + title
    return "\n".join(lines)


def toc_numbered_per_section(rendered: Rendered) -> tuple[str, tuple[str, ...]]:
    """The text of ``rendered`` (print or web) with its TOC numbered again from 1 in each section,
    as some digests number it, and the numbers now printed, entry by entry."""
    lines = rendered.text.split("\n")
    numbers: list[str] = []
    count, section = 0, object()
    for entry in rendered.bulletin.toc:
        count = 1 if entry.section != section else count + 1
        section = entry.section
        line = lines[entry.line - 1]
        printed = f"{entry.number}."
        if not line.startswith(printed):
            raise ValueError(f"TOC line {entry.line} does not start with {printed!r}: {line!r}")
        lines[entry.line - 1] = f"{count}." + line[len(printed) :]
        numbers.append(str(count))
    return "\n".join(lines), tuple(numbers)


#: How digests print a source note, besides "(Outlet DD/MM, Author)" ({o}: the outlet, {d}: the
#: day and month, {a}: ", " and the authors, or nothing; {b}: the authors after a mark of the
#: style's own when there are some; {n}: the authors' names alone, when there are some).
CITATION_STYLES = (
    "(Theo {o} {d}{a})",
    "(Nguồn: {o} {d}{a})",
    "({o}, {d}{a})",
    "({o} - {d}{a})",
    "({o}, ngày {d}{a})",
    "({o} ngày {d}{a})",
    "({o} số ra ngày {d}{a})",  # a paper's issue of that day
    "({o} {d}{a}).",
    "({o} {d}; {b})",
    "({o} {d} - {b})",
    "({o} {d} {b})",  # the comma left out
    "({o} {d}{a}",  # the ")" left out
    "({n} - {o} {d})",  # the writers printed before the outlet, or after it before the day
    "({o} - {n} {d})",
)


#: How a source note separates day, month (and year): "05/01", "05-01", "05.01".
DATE_SEPARATORS = ("/", "-", ".")

#: How a source note framed as one may print no day: {o} the outlet, {a} ", " and the authors.
DATELESS_CITATION_STYLES = ("(Theo {o}{a})", "(Nguồn: {o}{a})", "(Theo {o}{a}).")
#: … or its writers' names first, the source in a parenthesis of its own: "(Lan Chi (theo Báo Yên
#: Bái))" ({n}: the names).
SOURCE_AFTER_NAMES_STYLES = ("({n} (theo {o}))", "({n} (Nguồn: {o}))")


@st.composite
def cited_without_day(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered digest (print or web) with each source note framed as one and
    printing no day (``DATELESS_CITATION_STYLES``, ``SOURCE_AFTER_NAMES_STYLES``), on the line it
    was on."""

    def dateless(citation: Citation) -> str:
        # Writers who share a place's name ("Khánh Hòa") read as a place there, as a reader might.
        if (
            citation.authors
            and not any(map(is_place_name, citation.authors))
            and draw(st.booleans())
        ):
            return draw(st.sampled_from(SOURCE_AFTER_NAMES_STYLES)).format(
                n=citation.separator.join(citation.authors), o=citation.outlet
            )
        authors = _credited(draw, citation)
        return draw(st.sampled_from(DATELESS_CITATION_STYLES)).format(
            o=citation.outlet, a=f", {authors}" if authors else ""
        )

    return _notes_replaced(rendered, dateless)


def _notes_replaced(rendered: Rendered, note: Callable[[Citation], str]) -> str:
    """The text of ``rendered`` with each article's source note printed as ``note`` prints its
    citation, on the line it was on."""
    lines = rendered.text.split("\n")
    for article in rendered.bulletin.articles:
        citation = article.citation
        if citation is None:
            continue
        printed = citation_text(citation)
        line = lines[citation.line - 1]
        at = line.rfind(printed)  # the web edition's back-to-top link may follow it
        if at < 0:
            raise ValueError(f"line {citation.line} does not hold {printed!r}: {line!r}")
        lines[citation.line - 1] = line[:at] + note(citation) + line[at + len(printed) :]
    return "\n".join(lines)


#: Roles printed before the writers' names: "Bài, ảnh: Thu Hà" (text and photos by).
WRITER_ROLES = ("", "", "Bài: ", "Tin: ", "Bài, ảnh: ", "Tin và ảnh: ", "Bài và ảnh: ")
#: How a note credits the pictures to someone who is no author ({p}: that name; {s}: the
#: note's author separator): after a semicolon, a dash or a comma, or marked "(ảnh)".
PICTURE_CREDITS = (
    "", "", "; ảnh: {p}", " - Ảnh: {p}", ", Ảnh: {p}", "; Video: {p}", ", Đồ họa: {p}",
    "{s}{p} (ảnh)",
)  # fmt: skip
#: Notes printed after the last writer's name, no part of it.
NAME_NOTES = ("", "", " (tổng hợp)", " (TH)", "/TTXVN", " / VOV")
#: A degree or rank printed before a writer's name, no part of it: a magazine credits scholars
#: so ("TS. Lê Văn Chiến"), a paper of the army its officers ("Thượng tá …").
DEGREES = ("", "", "", "TS. ", "ThS. ", "PGS.TS. ", "ThS ", "Thượng tá ", "CTV ")
#: The institution a scholar works at, credited after the last writer's name: no author.
INSTITUTIONS = (
    "", "", " - Học viện Hành chính quốc gia", ", Trường Đại học Nội vụ Hà Nội",
    " - Viện Khoa học tổ chức nhà nước",
)  # fmt: skip


def _credited(draw: st.DrawFn, citation: Citation) -> str:
    """A note's credits for its authors: their names with a role before them, a degree before
    each, a note or an institution after the last and a photographer who is no author
    (``WRITER_ROLES``, ``DEGREES``, ``NAME_NOTES``, ``INSTITUTIONS``, ``PICTURE_CREDITS``), or
    just the names."""
    names = citation.separator.join(_pick(draw, DEGREES) + name for name in citation.authors)
    if not names:
        return ""
    role, note = _pick(draw, WRITER_ROLES), _pick(draw, NAME_NOTES)
    institution = _pick(draw, INSTITUTIONS) if not note else ""
    picture = _pick(draw, PICTURE_CREDITS).format(p=_pen_name(draw), s=citation.separator)
    return f"{role}{names}{institution}{note}{picture}"


@st.composite
def cited_otherwise(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered digest (print or web) with its articles' source notes printed in
    other styles than the renderer's (``CITATION_STYLES``), the date with any of
    ``DATE_SEPARATORS``, each note on the line it was on."""

    def restyled(citation: Citation) -> str:
        authors = _credited(draw, citation)
        # A writer printed beside the outlet is told from it by being no place: one who shares a
        # place's name ("Khánh Hòa - TTXVN") reads as a place there, as a reader might.
        beside = not any(map(is_place_name, citation.authors))
        styles = [
            s
            for s in CITATION_STYLES
            if (authors or "{b}" not in s) and ("{n}" not in s or (authors and beside))
        ]
        style = draw(st.sampled_from(styles))
        # Every outlet of the vocabulary is a paper's web address or an agency: its note may print
        # the day as "05-01" or "05.01" too.
        date = citation.date_text.replace("/", draw(st.sampled_from(DATE_SEPARATORS)))
        return style.format(
            o=citation.outlet,
            d=date,
            a=f", {authors}" if authors else "",
            b=authors,
            n=citation.separator.join(citation.authors),
        )

    return _notes_replaced(rendered, restyled)


@st.composite
def titles_in_capitals(draw: st.DrawFn, rendered: Rendered) -> tuple[str, frozenset[int]]:
    """The text of a rendered digest (print or web) with some articles' titles printed in capitals
    in the body, as some digests print them, and the indices of those articles."""
    lines = rendered.text.split("\n")
    articles = rendered.bulletin.articles
    chosen = draw(st.sets(st.sampled_from(range(len(articles))))) if articles else set()
    for index in chosen:
        title = articles[index]
        if lines[title.title_line - 1].strip() != title.title:
            raise ValueError(f"line {title.title_line} is not the title {title.title!r}")
        lines[title.title_line - 1] = lines[title.title_line - 1].upper()
    return "\n".join(lines), frozenset(chosen)


@st.composite
def hard_wrapped(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered print digest with its articles' paragraphs broken into lines where
    a page's width ends them (40 to 100 characters, between words), as text taken from a PDF
    without joining its lines has them; the source notes break with them, and the titles in the
    body too, or not. Headings and the TOC stay whole. Lines that would read as something else
    alone (a TOC entry, a heading in capitals, a page's number) are not made: such a paragraph
    stays whole. A back-to-top link after a note breaks with its line too, or not: the page's
    width may end a line inside it ("… Thu Hà)[Về" / "đầu trang](#)")."""
    width = draw(st.integers(40, 100))
    links_break = draw(st.booleans())
    lines = rendered.text.split("\n")
    parts = {
        line
        for article in rendered.bulletin.articles
        for paragraph in article.paragraphs
        for line in (paragraph.line, *(continued for _, continued in paragraph.breaks))
    } | {a.line_end for a in rendered.bulletin.articles}
    if draw(st.booleans()):
        parts |= {a.title_line for a in rendered.bulletin.articles}
    out: list[str] = []
    for number, line in enumerate(lines, 1):
        link = None if links_break else BACK_TO_TOP_RE.search(line)
        text, after = (line[: link.start()], line[link.start() :]) if link else (line, "")
        pieces = _broken_at(text, width) if number in parts else [text]
        if len(pieces) < 2:
            out.append(line)
        else:
            pieces[-1] += text[len(text.rstrip()) :] + after
            out.extend(pieces)
    return "\n".join(out)


def _broken_at(line: str, width: int) -> list[str]:
    """``line`` broken between words where ``width`` ends it, or whole when a piece after the
    first would read as something else alone (``_wraps_safely``)."""
    pieces = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    return pieces if len(pieces) > 1 and all(map(_wraps_safely, pieces[1:])) else [line]


@st.composite
def text_browser_dump(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered web digest as a text browser dumps its page ("lynx -dump"): each
    link's text after the number in brackets it is listed under (the TOC's titles, the back-to-
    top links), the paragraphs broken where the browser's width (60 to 100 characters) ends a
    line, a sentence's end or not, every line indented by three spaces, and the page's links
    listed after the digest ("References"). Lines that would read as something else alone are
    not made (``hard_wrapped``)."""
    width = draw(st.integers(60, 100))
    number = draw(st.integers(1, 30))
    bulletin = rendered.bulletin
    toc_lines = {entry.line for entry in bulletin.toc}
    link_lines = {article.line_end for article in bulletin.articles}
    paragraph_lines = {p.line for a in bulletin.articles for p in a.paragraphs} | link_lines
    out: list[str] = []
    for at, line in enumerate(rendered.text.split("\n"), 1):
        if at in toc_lines and (entry := TOC_ENTRY_RE.match(line)) is not None:
            line = f"{line[: entry.start('rest')]}[{number}]{line[entry.start('rest') :]}"
            number += 1
        if at in link_lines and (link := BACK_TO_TOP_RE.search(line)) is not None:
            line = f"{line[: link.start()]}[{number}]{line[link.start() :]}"
            number += 1
        pieces = _broken_at(line, width) if at in paragraph_lines else [line]
        out.extend(f"   {piece}" if piece.strip() else piece for piece in pieces)
    out += ["", "References", ""]
    out += [f"{n:>4}. https://cchc.example.gov.vn/ban-tin#{n}" for n in range(1, number)]
    return "\n".join(out)


def _wraps_safely(piece: str) -> bool:
    """Whether a piece of a broken line reads as one alone: no TOC entry, heading in capitals,
    page's number or back-to-top link."""
    return not (
        TOC_ENTRY_RE.match(piece)
        or is_upper_heading(piece)
        or is_furniture(piece)
        or BACK_TO_TOP_RE.match(piece)
    )


def body_headings_dropped(rendered: Rendered) -> tuple[str, dict[int, int]]:
    """The text of a rendered digest (print or web) whose body prints no section heading, only
    its TOC does. Returns the text and, for every line that moved, the line it is on now."""
    headings = {a.section_line for a in rendered.bulletin.articles if a.section_line}
    lines = rendered.text.split("\n")
    out: list[str] = []
    moved: dict[int, int] = {}
    dropping = False
    for number, line in enumerate(lines, 1):
        if number in headings:
            dropping = True  # the heading and the blank line after it
            continue
        if dropping and not line.strip():
            dropping = False
            continue
        dropping = False
        if number != len(out) + 1:
            moved[number] = len(out) + 1
        out.append(line)
    return "\n".join(out), moved


def toc_headings_as_typed(rendered: Rendered) -> tuple[str, dict[str, str]]:
    """The text of a rendered print digest whose TOC prints its sections' headings as typed, not
    in capitals ("Cải cách địa phương.....\t1"), as a word processor's TOC copies a heading set
    in capitals by its font; the body keeps its capitals. Returns the text and each section's
    name as the TOC now prints it."""
    lines = rendered.text.split("\n")
    typed: dict[str, str] = {}
    for section in rendered.bulletin.sections:
        line = lines[section.line - 1]
        if not line.startswith(section.name):
            raise ValueError(f"line {section.line} does not start with {section.name!r}: {line!r}")
        typed[section.name] = section.name.capitalize()
        lines[section.line - 1] = typed[section.name] + line[len(section.name) :]
    return "\n".join(lines), typed


@st.composite
def web_toc_wrapped(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered web digest whose TOC a text browser wrapped at the page's width
    (``w3m -dump``, ``lynx -dump``): a long title goes on over the next line or two, indented or
    not. A piece that would read as something else alone (an entry, a heading in capitals, a
    page's number) is not made: that title stays whole."""
    width = draw(st.integers(25, 60))
    indent = draw(st.sampled_from(("", "  ", "    ")))
    lines = rendered.text.split("\n")
    out: list[str] = []
    entry_lines = {entry.line: entry for entry in rendered.bulletin.toc}
    for number, line in enumerate(lines, 1):
        entry = entry_lines.get(number)
        at = line.rfind(entry.title) if entry is not None else -1
        pieces = _broken_at(line[at:], width) if at >= 0 else []
        if not 2 <= len(pieces) <= 3:
            out.append(line)
            continue
        out.append(line[:at] + pieces[0])
        out.extend(indent + piece for piece in pieces[1:])
    return "\n".join(out)


@st.composite
def lines_indented(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered digest (print or web) with every line indented, as text laid out
    like its page is (``pdftotext -layout``, a copy that keeps the margins): the same indent
    for all, or one drawn for each line."""
    indents = st.sampled_from(("  ", "   ", "    ", "\t", " \t", "        "))
    indent = draw(indents) if draw(st.booleans()) else None  # None: one drawn for each line
    return "\n".join(
        (indent if indent is not None else draw(indents)) + line if line.strip() else line
        for line in rendered.text.split("\n")
    )


@st.composite
def masthead_side_by_side(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered print digest whose masthead prints its weekday and its issue date
    side by side on one line, as text laid out like the page sets them ("THỨ NĂM          Phát
    hành: 01/02/2024", ``pdftotext -layout``); the date's own line is left blank, so that every
    other line keeps its number. Unchanged where the masthead prints no weekday line."""
    bulletin = rendered.bulletin
    lines = rendered.text.split("\n")
    weekday_at, date_at = bulletin.weekday_line, bulletin.issue_date_line
    if weekday_at is None or weekday_at >= date_at:
        return rendered.text
    gap = draw(st.sampled_from(("   ", "          ", "\t", "\t\t", " \t ")))
    lines[weekday_at - 1] = lines[weekday_at - 1].rstrip() + gap + lines[date_at - 1].strip()
    lines[date_at - 1] = ""
    return "\n".join(lines)


def headings_typed_everywhere(rendered: Rendered) -> tuple[str, dict[str, str]]:
    """The text of a rendered digest (print or web) whose section headings are typed, not in
    capitals, in its TOC and over its articles alike ("Cải cách địa phương": bold type or a
    site's style alone sets them apart). Returns the text and each section's name as printed."""
    text, typed = toc_headings_as_typed(rendered)
    lines = text.split("\n")
    for article in rendered.bulletin.articles:
        if article.section_line is None or article.section is None:
            continue
        line = lines[article.section_line - 1]
        if line.strip() == typed[article.section]:
            continue  # the heading the TOC and the body share
        if line.strip() != article.section:
            raise ValueError(f"line {article.section_line} is not the heading {article.section!r}")
        lines[article.section_line - 1] = line.replace(article.section, typed[article.section])
    return "\n".join(lines), typed


@st.composite
def titles_numbered_in_body(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered digest (print or web) with every article's title in the body
    numbered as its TOC entry is ("2. Lào Cai: …", "2) …"), as some digests print them."""
    lines = rendered.text.split("\n")
    mark = draw(st.sampled_from((". ", ") ", " - ")))
    for article, entry in zip(rendered.bulletin.articles, rendered.bulletin.toc, strict=True):
        if lines[article.title_line - 1].strip() != article.title:
            raise ValueError(f"line {article.title_line} is not the title {article.title!r}")
        lines[article.title_line - 1] = f"{entry.number}{mark}{article.title}"
    return "\n".join(lines)


@st.composite
def back_to_top_dropped(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered digest (print or web) with the back-to-top link left out after some
    articles but the last, as an editor may forget it: the next article's title (or section)
    then ends one. (The last one's end is told by its link, or the sign-off, alone.)"""
    lines = rendered.text.split("\n")
    ends = [a.line_end for a in rendered.bulletin.articles[:-1]]
    for end in draw(st.sets(st.sampled_from(ends))) if ends else ():
        found = BACK_TO_TOP_RE.search(lines[end - 1])
        if found is None:
            raise ValueError(f"line {end} has no back-to-top link: {lines[end - 1]!r}")
        lines[end - 1] = lines[end - 1][: found.start()]
    return "\n".join(lines)


@st.composite
def closing_on_lines_of_its_own(draw: st.DrawFn, rendered: Rendered) -> tuple[str, dict[int, int]]:
    """The text of a rendered digest (print or web) with some articles' back-to-top link on a line
    of its own, as a page that prints it as a block of its own copies: after the closing
    paragraph with its source note, or after the note on a line of its own too. Returns the text
    and, for every line that moved, the line it is on now."""
    lines = rendered.text.split("\n")
    closings = {
        a.line_end: citation_text(a.citation)
        for a in rendered.bulletin.articles
        if a.citation is not None and a.paragraphs and a.citation.line == a.line_end
    }
    chosen = draw(st.sets(st.sampled_from(sorted(closings)))) if closings else set()
    out: list[str] = []
    moved: dict[int, int] = {}
    for number, line in enumerate(lines, 1):
        if number != len(out) + 1:
            moved[number] = len(out) + 1
        link = BACK_TO_TOP_RE.search(line) if number in chosen else None
        note = closings.get(number, "")
        head = line[: link.start()].rstrip() if link else ""
        if link is None or not head.endswith(note) or not head[: -len(note)].strip():
            out.append(line)
            continue
        paragraph = head[: -len(note)].rstrip()
        if draw(st.booleans()):
            out += [paragraph, "", note, "", line[link.start() :].strip()]
        else:
            out += [f"{paragraph} {note}", "", line[link.start() :].strip()]
    return "\n".join(out), moved


#: How sites word, bracket and mark a back-to-top link besides "Về đầu trang".
BACK_TO_TOP_LINKS = (
    "Lên đầu trang",
    "Trở về đầu trang",
    "Quay lại đầu trang",
    "QUAY VỀ ĐẦU TRANG",
    "↑ Về đầu trang",
    "Về đầu trang ▲",
    "[Lên đầu trang]",
    "[Trở về đầu trang](#top)",
    "[↑ Về đầu trang]",
    "Trở lại đầu trang ./.",
    "[Về đầu trang] (#)",  # typed by hand: a space before the target, or in it
    "[Về đầu trang](# )",
    "[Lên đầu trang] (#top)",
    "Về đầu trang.",  # a full stop typed after it
)


@st.composite
def back_to_top_reworded(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered digest (print or web) with some back-to-top links worded, bracketed
    or marked with an arrow as other sites print them (``BACK_TO_TOP_LINKS``), each after its
    note, on its line."""
    lines = rendered.text.split("\n")
    ends = [a.line_end for a in rendered.bulletin.articles]
    for end in draw(st.sets(st.sampled_from(ends))) if ends else ():
        found = BACK_TO_TOP_RE.search(lines[end - 1])
        if found is None:
            raise ValueError(f"line {end} has no back-to-top link: {lines[end - 1]!r}")
        link = draw(st.sampled_from(BACK_TO_TOP_LINKS))
        lines[end - 1] = lines[end - 1][: found.start()] + draw(st.sampled_from(("", " "))) + link
    return "\n".join(lines)


#: How an editor typing a TOC by hand may print a title's punctuation otherwise than the body:
#: each maps the printed title to another printing of the same title.
TOC_RETYPINGS: tuple[Callable[[str], str], ...] = (
    lambda title: title.replace(": ", " – ", 1),
    lambda title: title.replace(": ", " - ", 1),
    lambda title: title.replace(": ", " : ", 1),
    lambda title: title + "." if title[-1:].isalnum() else title,
    lambda title: title.replace('"', "“", 1).replace('"', "”", 1),
    _old_style_tones,  # "Số hóa" over a body's "Số hoá": tones placed by another keyboard setting
)


@st.composite
def toc_retyped(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of ``rendered`` (print or web) with some TOC titles printed with other punctuation
    than the body's (``TOC_RETYPINGS``): the same titles, as a TOC typed by hand has them."""
    lines = rendered.text.split("\n")
    for entry in rendered.bulletin.toc:
        retypings: tuple[Callable[[str], str], ...] = (str, *TOC_RETYPINGS)
        retype = draw(st.sampled_from(retypings))
        line = lines[entry.line - 1]
        if entry.title not in line:
            raise ValueError(f"TOC line {entry.line} does not hold its title: {line!r}")
        lines[entry.line - 1] = line.replace(entry.title, retype(entry.title), 1)
    return "\n".join(lines)


#: How an editor numbering a TOC by hand may mistype one entry's "2.": "2,", "2..", "2", "2 ,".
MISTYPED_TOC_NUMBERS = ("{n},", "{n}..", "{n}", "{n} ,")


@st.composite
def toc_numbers_mistyped(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered digest (print or web) with some TOC entries' numbers typed
    otherwise than the others (``MISTYPED_TOC_NUMBERS``), as in a TOC numbered by hand: entries
    whose number follows the one before them, what follows the number (a space, a web list's
    indent) and their pages as printed."""
    lines = rendered.text.split("\n")
    toc = rendered.bulletin.toc
    for before, entry in pairwise(toc):
        if not (entry.number.isdigit() and before.number.isdigit()):
            continue
        if int(entry.number) != int(before.number) + 1 or not draw(st.booleans()):
            continue
        line = lines[entry.line - 1]
        printed = f"{entry.number}."
        if not line.startswith(printed) or not line[len(printed) : len(printed) + 1].isspace():
            raise ValueError(f"TOC line {entry.line} is not numbered {printed!r}: {line!r}")
        typed = draw(st.sampled_from(MISTYPED_TOC_NUMBERS)).format(n=entry.number)
        lines[entry.line - 1] = typed + line[len(printed) :]
    return "\n".join(lines)


#: Subheadings a press article prints between its paragraphs, in sentence case and without a
#: full stop (the project's own, in the shape reform reporting gives them).
SUBHEADINGS = (
    "Nhiều kết quả tích cực",
    "Tháo gỡ điểm nghẽn về thủ tục",
    "Lấy người dân làm trung tâm",
    "3 nhóm giải pháp trọng tâm",
    "Chuyển đổi số từ cơ sở",
    "Những con số ấn tượng",
    "Vẫn còn không ít khó khăn",
    "Hướng tới chính quyền phục vụ",
)


@st.composite
def subheadings_inserted(draw: st.DrawFn, rendered: Rendered) -> tuple[str, dict[int, int]]:
    """The text of a rendered digest (print or web) with subheadings (``SUBHEADINGS``) on lines
    of their own before some of its articles' paragraphs (never the first), a blank line after
    each, as a press article prints them. Returns the text and, for each article index, where
    its subheading stands among its paragraphs."""
    lines = rendered.text.split("\n")
    chosen: dict[int, int] = {}
    for index, article in enumerate(rendered.bulletin.articles):
        if len(article.paragraphs) >= 2 and draw(st.booleans()):
            chosen[index] = draw(st.integers(1, len(article.paragraphs) - 1))
    # From the last line up, so the lines above each insertion keep their numbers.
    for index in sorted(chosen, key=lambda i: -rendered.bulletin.articles[i].title_line):
        before = rendered.bulletin.articles[index].paragraphs[chosen[index]].line
        lines[before - 1 : before - 1] = [draw(st.sampled_from(SUBHEADINGS)), ""]
    return "\n".join(lines), chosen


#: The anchors a TOC entry's link may point to: a word processor's bookmark, a site's own.
ANCHORS = ("_Toc{n}", "tin{i}", "muc-{i}", "bai-{i}")


@st.composite
def toc_linked_to_anchors(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered digest (print or web) with some TOC entries printed as links to
    their articles, as HTML-to-text tools print a link within the page: the title alone,
    "1. [Title](#tin1)", or the whole entry, "[1. Title 3](#_Toc1234)" (a word processor's TOC
    field)."""
    lines = rendered.text.split("\n")
    for index, entry in enumerate(rendered.bulletin.toc, 1):
        if not draw(st.booleans()):
            continue
        line = lines[entry.line - 1]
        at = line.find(entry.title)
        if at < 0:
            raise ValueError(f"TOC line {entry.line} does not hold its title: {line!r}")
        anchor = draw(st.sampled_from(ANCHORS)).format(n=draw(st.integers(1000, 99999)), i=index)
        if draw(st.booleans()):
            end = at + len(entry.title)
            lines[entry.line - 1] = f"{line[:at]}[{entry.title}](#{anchor}){line[end:]}"
        else:
            lines[entry.line - 1] = f"[{line.strip()}](#{anchor})"
    return "\n".join(lines)


# ---------------------------------------------------------------- page furniture in the body


@st.composite
def page_furniture(draw: st.DrawFn, rendered: Rendered) -> tuple[str, dict[int, int]]:
    """The text of a rendered digest (print or web) with a page's furniture where a page may end:
    between two paragraphs, between the halves of a paragraph a page break split, or before an
    article's title. The furniture is the page's number as only a page prints it ("- 5 -", "Trang 5",
    "Trang 5/12" with the page count, a bare "5" between two paragraphs, the first ended and the
    next opening as a sentence, though inside a paragraph it may be a piece of it) or the
    digest's title as the next page's
    running head, alone or with the page (set apart by a run of spaces, as text taken with the
    page's layout has it), on a print page maybe naming the issue ("… ngày 03/3/2025", "… SỐ
    45"), or, between two paragraphs of an article, a line that only marks a picture ("Ảnh minh
    họa"). Returns the text and, for every line
    that moved, the line it is on now."""
    bulletin = rendered.bulletin
    head = bulletin.title if bulletin.source_format is SourceFormat.PRINT_TEXT else DEFAULT_HEAD
    places = sorted(
        {
            line
            for article in bulletin.articles
            for index, paragraph in enumerate(article.paragraphs)
            for line in (
                *([paragraph.line] if index else []),
                *(continued for _, continued in paragraph.breaks),
            )
        }
        | {article.title_line for article in bulletin.articles}
    )
    if not places:
        return rendered.text, {}
    # Where one paragraph has ended and the next opens as a sentence does, a bare "5" is the
    # page's number too.
    between = {
        paragraph.line
        for article in bulletin.articles
        for before, paragraph in pairwise(article.paragraphs)
        if before.text[-1:] in '.!?…"”' and paragraph.text.lstrip("\"“‘'«")[:1].isupper()
    }
    chosen = draw(st.sets(st.sampled_from(places), min_size=1, max_size=3))
    lines = rendered.text.split("\n")
    out: list[str] = []
    moved: dict[int, int] = {}
    for number, line in enumerate(lines, 1):
        if number in chosen:
            page = draw(st.integers(2, 40))
            of = f"{page}/{page + draw(st.integers(0, 20))}"  # a "page X of Y" field
            marks = [f"- {page} -", f"Trang {page}", f"Trang {of}", f"- {of} -"]
            marks += [head, f"{head} – Trang {page}", f"{head} - Trang {of.replace('/', ' / ')}"]
            # The head with its page set apart as text taken with the page's layout has it.
            marks += [f"{head}{' ' * draw(st.integers(3, 40))}Trang {page}"]
            if number in between:
                # A line that only marks a picture, between two paragraphs of an article.
                marks += ["Ảnh minh họa", "(Ảnh minh hoạ)"]
            if bulletin.source_format is SourceFormat.PRINT_TEXT and bulletin.issue_date:
                # A print page's head may name the issue: "… ngày 03/3/2025", "… SỐ 45".
                day = f"{bulletin.issue_date.day:02d}/{bulletin.issue_date.month}"
                marks += [f"{head} ngày {day}/{bulletin.issue_date.year}\t{page}"]
                marks += [f"{head.upper()} SỐ {draw(st.integers(1, 250))}"]
            # A bare number, the footer most pages print, half the time where it is one.
            bare = number in between and draw(st.booleans())
            out += [str(page) if bare else draw(st.sampled_from(marks)), ""]
        if number != len(out) + 1:
            moved[number] = len(out) + 1
        out.append(line)
    return "\n".join(out), moved


#: What a Markdown converter escapes at a line's start so that it is no list: "1\. ", "\- ", "\+ ".
_MARKDOWN_LIST_START_RE = re.compile(r"^(\s*)(\d{1,3})\.(?=\s)|^(\s*)([-+])(?=\s)")


@st.composite
def markdown_escaped(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered digest (print or web) as a Markdown converter prints a page of it
    (turndown, html2text): a line that Markdown would read as a list item has its mark escaped,
    "1\\. Hà Nam: …" (every numbered TOC entry), "\\- …"; some lines, or all. Every line stays."""
    lines = rendered.text.split("\n")
    every = draw(st.booleans())
    for index, line in enumerate(lines):
        if _MARKDOWN_LIST_START_RE.match(line) and (every or draw(st.booleans())):
            lines[index] = _MARKDOWN_LIST_START_RE.sub(
                lambda m: f"{m[1]}{m[2]}\\." if m[2] else f"{m[3]}\\{m[4]}", line, count=1
            )
    return "\n".join(lines)


@st.composite
def html_markup(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered digest (print or web) as an HTML-to-text tool prints it from a page
    that sets some lines as headings or in bold: "## CẢI CÁCH ĐỊA PHƯƠNG", "**Hà Nam: …**",
    "__…__" (the marks around a line's words; its indentation and line number stay)."""
    lines = rendered.text.split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()]
    picked = draw(st.sets(st.sampled_from(filled), min_size=1, max_size=8)) if filled else set()
    for index in picked:
        line = lines[index]
        words = line.strip()
        indent, end = line[: len(line) - len(line.lstrip())], line[len(line.rstrip()) :]
        mark = draw(st.sampled_from(("**{}**", "__{}__", "# {}", "## {}", "### **{}**")))
        lines[index] = indent + mark.format(words) + end
    return "\n".join(lines)


#: What a site prints above a page's title, each a line of its own: breadcrumbs, the site's
#: name, the time the page was updated, its view count.
SITE_CHROME_ABOVE = (
    "Trang chủ > Tin tức > Cải cách hành chính",
    "Trang chủ » Bản tin CCHC",
    "Trang chủ / Hoạt động cải cách hành chính",
    "Sở Nội vụ tỉnh Hà Nam",
    "CỔNG THÔNG TIN ĐIỆN TỬ",
    "Cập nhật lúc 08:30, 06/05/2024",
    "Lượt xem: 1.234",
    "Chia sẻ",
)
#: A portal's menu, a link to a line, as a copy of the whole page takes it; it may link the
#: series' own page by its name, which is also the print edition's title.
SITE_MENU = (
    "Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Bản tin cải cách hành chính",
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH", "Văn bản pháp luật", "Thủ tục hành chính", "Dịch vụ công",
    "Hỏi đáp", "Liên hệ", "Sơ đồ cổng", "English",
)  # fmt: skip


@st.composite
def site_chrome_above(draw: st.DrawFn, rendered: Rendered) -> tuple[str, dict[int, int]]:
    """The text of a rendered web digest as copied from its page: one to four lines of the site's
    chrome (``SITE_CHROME_ABOVE``) above the title, and maybe, above them, the site's menu, 5 to
    40 links a line (``SITE_MENU``). Returns the text and where every line moved."""
    chrome = draw(st.lists(st.sampled_from(SITE_CHROME_ABOVE), min_size=1, max_size=4))
    menu = draw(st.lists(st.sampled_from(SITE_MENU), min_size=5, max_size=40) | st.just([]))
    above = [*menu, *([""] if menu else []), *(line for item in chrome for line in (item, ""))]
    lines = rendered.text.split("\n")
    moved = {number: number + len(above) for number in range(1, len(lines) + 1)}
    return "\n".join([*above, *lines]), moved


#: What a web page prints after a digest's last article, as copied with it: its related links
#: (other issues' titles), tags, sharing buttons, comments and copyright. Each block opens with
#: the line ``is_page_trailer`` knows; what follows it is anything.
SITE_TRAILERS = (
    ("Các tin khác", "Bản tin Cải cách hành chính ngày 05/5/2024", "Bản tin CCHC số 84"),
    ("Tin liên quan:", "Hà Nam: Tiếp nhận hồ sơ trực tuyến 24/7"),
    ("Chia sẻ: Facebook | Zalo | In bài viết",),
    ("Từ khóa: cải cách hành chính, CCHC, dịch vụ công",),
    ("Ý kiến bạn đọc", "Gửi ý kiến của bạn", "Họ và tên:"),
    ("© 2025 Sở Nội vụ. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",),
    ("Tác giả: Sở Nội vụ", "Nguồn: Cổng Thông tin điện tử tỉnh", "Lượt xem: 1.234"),
    ("Tin mới nhất", "Hà Nội tổ chức hội nghị cải cách hành chính", "Số lượt xem: 532"),
)


@st.composite
def site_trailer_below(draw: st.DrawFn, rendered: Rendered) -> tuple[str, dict[int, int]]:
    """The text of a rendered web digest as copied from its page: one or more blocks of what the
    page prints after the last article (``SITE_TRAILERS``). No line moves."""
    blocks = draw(st.lists(st.sampled_from(SITE_TRAILERS), min_size=1, max_size=3))
    below = [line for block in blocks for item in block for line in ("", item)]
    lines = rendered.text.rstrip("\n").split("\n")
    return "\n".join([*lines, *below]) + "\n", {}


#: How a print digest's masthead may print its issue date besides "Phát hành: {date}" ({weekday}:
#: its weekday, "Thứ Hai"; {number}: the issue's number; {quarter}, {month}, {year}: the period
#: a monthly or quarterly issue is of).
MASTHEAD_DATES = (
    "Ngày phát hành: {date}",
    "Phát hành ngày {date}",
    "Phát hành {date}",
    "Phát hành {weekday}, {date}",
    "PHÁT HÀNH: {date}",
    "Số {number} - Phát hành: {date}",
    "Số {number} - Quý {quarter}/{year} - Phát hành: {date}",
    "Số {number} (Tháng {month}/{year}) - Phát hành: {date}",
    "Phát hành: {weekday}, {date}",
    "Phát hành: {weekday}, ngày {date}",
)


@st.composite
def masthead_weekday_retyped(draw: st.DrawFn, rendered: Rendered) -> tuple[str, str]:
    """The text of a rendered print digest with its masthead's weekday line typed otherwise:
    with a digit ("THỨ 5"), in title or lower case ("Thứ Năm", "Thứ năm"), spaced twice.
    Returns the text and the line as now printed."""
    bulletin = rendered.bulletin
    assume(bulletin.weekday_line is not None and bulletin.issue_date is not None)
    assert bulletin.weekday_line is not None and bulletin.issue_date is not None
    index = bulletin.issue_date.weekday()
    name = WEEKDAY_NAMES[index]  # "THỨ NĂM", "CHỦ NHẬT"
    digit = f"THỨ {index + 2}" if index < 6 else name
    typed = draw(st.sampled_from((digit, name.title(), name.capitalize(), name.replace(" ", "  "))))
    lines = rendered.text.split("\n")
    lines[bulletin.weekday_line - 1] = typed
    return "\n".join(lines), typed


@st.composite
def masthead_dated_otherwise(draw: st.DrawFn, rendered: Rendered) -> tuple[str, str | None]:
    """The text of a rendered print digest with its issue date printed another way
    (``MASTHEAD_DATES``). Returns the text and the weekday the date's line prints (or None)."""
    text, _, weekday = _issue_line_restyled(draw, rendered, MASTHEAD_DATES)
    return text, weekday


def _issue_line_restyled(
    draw: st.DrawFn, rendered: Rendered, styles: Sequence[str]
) -> tuple[str, str, str | None]:
    """The text of ``rendered`` with the line that prints its issue date printed in one of
    ``styles`` ({date}: the day as the renderer prints it; {long}: "6 tháng 5 năm 2024";
    {weekday}: its weekday, "Thứ Hai"; {number}: an issue's number). Returns the text, the day
    as the line now prints it and the weekday it prints (or None)."""
    bulletin = rendered.bulletin
    assert bulletin.issue_date is not None
    day = bulletin.issue_date
    long = f"{day.day} tháng {day.month} năm {day.year}"
    style = draw(st.sampled_from(styles))
    weekday = WEEKDAY_NAMES[day.weekday()] if "{weekday}" in style else None
    lines = rendered.text.split("\n")
    lines[bulletin.issue_date_line - 1] = style.format(
        date=bulletin.issue_date_text, long=long, weekday=weekday, number=_int(draw, 1, 250),
        quarter=("I", "II", "III", "IV")[(day.month - 1) // 3], month=day.month, year=day.year,
    )  # fmt: skip
    printed = long if "{long}" in style else bulletin.issue_date_text
    return "\n".join(lines), printed, weekday


#: How a web digest's page may title it besides "Bản tin Cải cách hành chính ngày {date}" ({date}:
#: the day as the renderer prints it; {long}: "6 tháng 5 năm 2024"; {weekday}: its weekday, "Thứ
#: Hai"; {number}: an issue number).
WEB_TITLES = (
    "Bản tin CCHC ngày {date}",
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH NGÀY {date}",
    "Bản tin Cải cách hành chính số {number} ngày {date}",
    "Bản tin Cải cách hành chính ({date})",
    "Bản tin Cải cách hành chính (ngày {date})",
    "Bản tin Cải cách hành chính ngày {long}",
    "Bản tin Cải cách hành chính - {weekday}, {date}",
    "Bản tin Cải cách hành chính, {weekday} ngày {date}",
    "Bản tin Cải cách hành chính ngày {date} ({weekday})",
    "Bản tin Cải cách hành chính ngày {date}, {weekday}",
    "Bản tin Cải cách hành chính quý {quarter}/{year} (ngày {date})",
    "Bản tin CCHC số {number} - Tháng {month}/{year} - ngày {date}",
)


@st.composite
def web_titled_otherwise(draw: st.DrawFn, rendered: Rendered) -> tuple[str, str, str | None]:
    """The text of a rendered web digest with its title printed another way (``WEB_TITLES``).
    Returns the text, the day as the new title prints it and the weekday it prints (or None)."""
    return _issue_line_restyled(draw, rendered, WEB_TITLES)


@st.composite
def comments_open(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered flattened feed as a WordPress site with comments open prints it:
    each item's comments link after its link ("Title URL URL#respond pubDate GUID") and, after
    its content, its comments feed and their count ("]]> URL/feed/ 3"). Every line stays."""
    lines = rendered.text.split("\n")
    for article in rendered.bulletin.articles:
        if not article.url:
            continue
        url = article.url
        anchor = draw(st.sampled_from(("#respond", "#comments")))
        header = lines[article.title_line - 1]
        at = header.index(f" {url} ", header.index(article.title) + len(article.title) - 1)
        end = at + len(url) + 1
        lines[article.title_line - 1] = f"{header[:end]} {url}{anchor}{header[end:]}"
        count = draw(st.integers(0, 40))
        lines[article.line_end - 1] += f" {url.rstrip('/')}/feed/ {count}"
    return "\n".join(lines)


#: The footer syndication plugins end a feed item with (Yoast's default and its translations).
SYNDICATION_FOOTERS = (
    "The post {post} appeared first on {site}.",
    "Bài viết {post} xuất hiện đầu tiên vào ngày {site}.",
    "Bài viết {post} đã xuất hiện đầu tiên tại {site}.",
)
#: A link to another post that a news site sets between an article's paragraphs ({title}: its
#: title).
RELATED_LINKS = (
    "Xem thêm: {title}", ">> Đọc thêm: {title}", "Tin liên quan: {title}", "[Xem thêm] {title}",
)  # fmt: skip
#: Other posts' titles, with figures of their own that are no figures of the article.
RELATED_TITLES = (
    "Hà Nội: 98% hồ sơ được giải quyết đúng hạn",
    "Đà Nẵng số hóa 100% hồ sơ một cửa",
    "Cần Thơ rút ngắn 30% thời gian xử lý thủ tục",
)
#: A "read more" link after an item's last paragraph, its screen-reader text repeating the title.
MORE_LINKS = (
    ' <a href="{url}#more" class="more-link">Đọc tiếp <span class="screen-reader-text">{title}'
    "</span></a>",
    ' <a class="more-link" href="{url}">Continue reading<span class="screen-reader-text"> '
    "&#8220;{title}&#8221;</span></a>",
    " [&hellip;]",
)


@st.composite
def syndication_furniture(draw: st.DrawFn, rendered: Rendered) -> tuple[str, dict[int, int]]:
    """The text of a rendered WordPress feed (RSS 2.0 with content:encoded, or flattened as text)
    with what WordPress, its SEO plugins and news sites add to items: maybe a link to another
    post (``RELATED_LINKS``) and a footer paragraph naming the post and the site after the last
    paragraph, and in the XML a "read more" link (or an excerpt's "[…]") closing it. Returns the
    text and, for every line that moved, the line it is on now."""
    bulletin = rendered.bulletin
    xml = bulletin.source_format is SourceFormat.FEED_XML
    lines = rendered.text.split("\n")
    site = bulletin.channel.title if bulletin.channel is not None else "Cổng thông tin"
    # Where each item's additions go: in the XML, on its last paragraph's line (a "<p>", not a
    # figure); in the flattened text, before the line that ends the item.
    places: dict[int, Article] = {
        (article.paragraphs[-1].line if xml else article.line_end): article
        for article in bulletin.articles
        if article.paragraphs
        and (not xml or lines[article.paragraphs[-1].line - 1].rstrip().endswith("</p>"))
    }
    if not places or (xml and "<content:encoded>" not in rendered.text):
        return rendered.text, {}
    chosen = draw(st.sets(st.sampled_from(sorted(places)), min_size=1))
    out: list[str] = []
    moved: dict[int, int] = {}
    for number, line in enumerate(lines, 1):
        if xml and number != len(out) + 1:
            moved[number] = len(out) + 1
        if number in chosen:
            article = places[number]
            footer = draw(st.sampled_from(SYNDICATION_FOOTERS))
            related = draw(st.none() | st.sampled_from(RELATED_LINKS))
            other = draw(st.sampled_from(RELATED_TITLES))
            if xml:
                title, url = html.escape(article.title), html.escape(article.url or "")
                post = f'<a href="{url}" rel="nofollow">{title}</a>'
                home = f'<a href="{url.rsplit("/", 2)[0]}" rel="nofollow">{html.escape(site)}</a>'
                more = draw(st.sampled_from(MORE_LINKS)).format(url=url, title=title)
                out.append(line.rstrip().removesuffix("</p>") + more + "</p>")
                if related:
                    link = f'<a href="{url}#lien-quan">{html.escape(other)}</a>'
                    out.append("        <p>" + related.format(title=link) + "</p>")
                out.append("        <p>" + footer.format(post=post, site=home) + "</p>")
                continue
            if related:
                out += [related.format(title=other), ""]
            out += [footer.format(post=article.title, site=site), ""]
        if not xml and number != len(out) + 1:
            moved[number] = len(out) + 1
        out.append(line)
    return "\n".join(out), moved


@st.composite
def descriptions_before_content(draw: st.DrawFn, rendered: Rendered) -> tuple[str, dict[int, int]]:
    """The text of a rendered flattened feed with some items' descriptions before their content,
    as a flattener that strips tags leaves them when Yoast SEO adds its footer to a description:
    the footer, maybe after the excerpt (the first words of the item and "[&#8230;]"), and the
    description's "]]>". Returns the text and, for every line that moved, the line it is on now."""
    lines = rendered.text.split("\n")
    site = rendered.bulletin.channel.title if rendered.bulletin.channel else "Cổng thông tin"
    described = {
        article.title_line: article for article in rendered.bulletin.articles if article.paragraphs
    }
    if not described:
        return rendered.text, {}
    chosen = draw(st.sets(st.sampled_from(sorted(described)), min_size=1))
    out: list[str] = []
    moved: dict[int, int] = {}
    for number, line in enumerate(lines, 1):
        if number != len(out) + 1:
            moved[number] = len(out) + 1
        out.append(line)
        if number not in chosen:
            continue
        article = described[number]
        footer = draw(st.sampled_from(SYNDICATION_FOOTERS)).format(post=article.title, site=site)
        words = article.paragraphs[0].text.split()
        excerpt = " ".join(words[: draw(st.integers(1, 55))]) + draw(
            st.sampled_from((" [&#8230;]", " [&hellip;]", " […]", " [...]"))
        )
        shape = draw(st.sampled_from(("footer", "excerpt and footer", "excerpt")))
        description = {
            "footer": [footer],
            "excerpt and footer": [excerpt, footer],
            "excerpt": [excerpt],
        }[shape]
        out += ["", *description, "", "]]>"]
    return "\n".join(out), moved


#: Characters WordPress writes as references (wptexturize's quotes and dashes, "&", the no-break
#: space), and how: by number, in hexadecimal or by name.
_REFERENCE_FORMS: dict[str, tuple[str, ...]] = {
    "“": ("&#8220;", "&#x201C;", "&ldquo;"),
    "”": ("&#8221;", "&#x201d;", "&rdquo;"),
    "–": ("&#8211;", "&ndash;"),
    "…": ("&#8230;", "&hellip;"),
    "&": ("&amp;", "&#38;"),
}


@st.composite
def text_as_references(draw: st.DrawFn, rendered: Rendered) -> str:
    """The text of a rendered flattened feed as a flattener that does not decode the feed's text
    prints it: some characters of its titles and paragraphs (any letter outside ASCII, the
    quotes, dashes and "&") written as HTML character references. URLs, dates and the item
    ends are ASCII and stay as they are, and so does every line."""
    text = rendered.text
    present = sorted({char for char in text if not char.isascii() and not char.isspace()})
    chosen = draw(st.sets(st.sampled_from(present), max_size=6)) if present else set()
    out = []
    for char in text:
        if char in chosen:
            forms = _REFERENCE_FORMS.get(char, (f"&#{ord(char)};", f"&#x{ord(char):x};"))
            out.append(draw(st.sampled_from(forms)))
        else:
            out.append(char)
    return "".join(out)


# ---------------------------------------------------------------- rendering noise

_TAG_RE = re.compile(r"<[^>]*>")
_LEGACY_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _cp1258_form(text: str) -> str:
    """Vietnamese the way Windows-1258 spells it: base letter (with its vowel mark) + tone mark."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in _LEGACY_TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append(base + tones)
    return "".join(out)


#: Invisible characters that extraction tools leave inside words: soft hyphen, zero-width space,
#: word joiner, the emoji and text variation selectors (VS16, VS15). cp1258 can spell only the first.
INVISIBLE_NOISE = ("\u00ad", "\u200b", "\u2060", "\ufe0f", "\ufe0e")
#: Line and paragraph separators that HTML-to-text tools write for <br> and <p> inside a line.
SEPARATOR_NOISE = ("\u2028", "\u2029")
#: What a word processor writes for "-" (the non-breaking hyphen, the hyphen) and an East Asian
#: input method for "%".
VARIANT_NOISE = {"-": ("\u2011", "\u2010"), "%": ("\uff05",)}
_ENTITY_RE = re.compile(r"&#?\w+;")


def _outside_markup(text: str) -> list[bool]:
    """For each position, whether it lies outside XML tags and entity references."""
    free = [True] * (len(text) + 1)
    for match in (*_TAG_RE.finditer(text), *_ENTITY_RE.finditer(text)):
        for i in range(match.start() + 1, match.end()):
            free[i] = False
    return free


def _before_a_word(text: str, at: int) -> bool:
    """Whether a zero-width space put at ``at`` of ``text`` might stand between two words (a
    letter after it, or a digit after a letter), where the text reader may read it as a space
    (``bantin.parsers.text.words_kept_apart``): "ban\u200btin" is two words."""
    after = text[at : at + 1]
    return after.isalpha() or (after.isdigit() and not text[at - 1 : at].isdigit())


@dataclass(frozen=True)
class Noise:
    """Perturbations a parser must absorb: NFD text, some spaces non-breaking or line separators
    (U+2028/U+2029), invisible characters inside words (soft hyphens, zero-width spaces, variation
    selectors), form feeds at page starts (never in XML, where they are not allowed; never inside
    an XML tag or entity either), some hyphens and percent signs in another form (U+2010, U+2011,
    U+FF05), CRLF line endings, another encoding or a byte-order mark.

    The sets hold arbitrary numbers that pick positions modulo the candidates, so that they shrink.
    """

    nfd: bool = False
    nbsp: frozenset[int] = frozenset()
    crlf: bool = False
    encoding: str = "utf-8"
    separators: frozenset[int] = frozenset()
    invisibles: frozenset[int] = frozenset()
    page_breaks: frozenset[int] = frozenset()
    variants: frozenset[int] = frozenset()

    def _replace_picked(
        self, text: str, picks: frozenset[int], forms: dict[str, tuple[str, ...]]
    ) -> str:
        """``text`` with the characters ``forms`` names (outside markup) that ``picks`` chooses
        replaced, each by one of its forms."""
        free = _outside_markup(text)
        found = [i for i, c in enumerate(text) if c in forms and free[i]]
        if not found or not picks:
            return text
        chosen = {found[k % len(found)]: k for k in sorted(picks)}
        return "".join(
            c if i not in chosen else forms[c][chosen[i] % len(forms[c])]
            for i, c in enumerate(text)
        )

    def _insert_invisibles(self, text: str) -> str:
        # After a letter or digit (with its marks): inside words, numbers and dates, as extraction
        # tools leave them; never between a letter and its combining marks.
        free = _outside_markup(text)
        slots = [
            i + 1
            for i, c in enumerate(text)
            if (c.isalnum() or unicodedata.combining(c))
            and free[i + 1]
            and not (i + 1 < len(text) and unicodedata.combining(text[i + 1]))
        ]
        if not slots or not self.invisibles:
            return text
        chars = INVISIBLE_NOISE[:1] if self.encoding == "cp1258" else INVISIBLE_NOISE
        chosen = {slots[k % len(slots)]: chars[k % len(chars)] for k in sorted(self.invisibles)}
        # A soft hyphen at a line's end is no noise: it says the word goes on in the next line;
        # nor is a zero-width space before a word ("ban\u200btin"): it may stand where a space
        # was meant, and be read as one. It is noise at a word's or a number's end, or inside one.
        chosen = {
            i: c
            for i, c in chosen.items()
            if (c != "\u00ad" or text[i : i + 1] not in ("\n", "\r"))
            and not (c in WORD_BREAK_CHARS and _before_a_word(text, i))
        }
        return "".join(chosen.get(i, "") + c for i, c in enumerate(text)) + chosen.get(
            len(text), ""
        )

    def _break_pages(self, text: str) -> str:
        # pdftotext starts every page but the first with a form feed, and ends the text with one.
        if not self.page_breaks or text.lstrip().startswith("<"):
            return text
        lines = text.split("\n")
        starts = {k % len(lines) for k in self.page_breaks}
        return (
            "\n".join("\f" + line if i in starts else line for i, line in enumerate(lines)) + "\f"
        )

    def perturb(self, text: str) -> str:
        """The text with the character-level perturbations applied."""
        if self.nfd:
            text = unicodedata.normalize("NFD", text)
        text = self._replace_picked(text, self.nbsp, {" ": ("\u00a0",)})
        if self.encoding != "cp1258":  # Windows-1258 has no line separators
            text = self._replace_picked(text, self.separators, {" ": SEPARATOR_NOISE})
        text = self._insert_invisibles(text)
        if self.encoding != "cp1258":  # nor U+2010, U+2011 or U+FF05
            # A word processor's hyphens for "-" ("12‑18%", "1‑7‑2025"), a full-width "％".
            text = self._replace_picked(text, self.variants, VARIANT_NOISE)
        text = self._break_pages(text)
        if self.crlf:
            text = text.replace("\n", "\r\n")
        return text

    def encode(self, text: str) -> bytes:
        boms = {
            "utf-8-bom": (codecs.BOM_UTF8, "utf-8"),
            "utf-16-le-bom": (codecs.BOM_UTF16_LE, "utf-16-le"),
            "utf-16-be-bom": (codecs.BOM_UTF16_BE, "utf-16-be"),
        }
        if self.encoding in boms:
            bom, codec = boms[self.encoding]
            return bom + text.encode(codec)
        if self.encoding == "cp1258":
            # An XML feed then says so in its declaration, as legacy Vietnamese sites do.
            text = text.replace('encoding="UTF-8"?>', 'encoding="windows-1258"?>', 1)
            return _cp1258_form(text).encode("cp1258")
        return text.encode(self.encoding)

    def __call__(self, text: str) -> bytes:
        return self.encode(self.perturb(text))


def rendering_noise() -> st.SearchStrategy[Noise]:
    """Noise that shrinks to none: UTF-8, NFC, plain spaces, LF, no invisible characters."""
    return st.builds(
        Noise,
        nfd=st.booleans(),
        nbsp=st.frozensets(st.integers(0, 500), max_size=6),
        crlf=st.booleans(),
        encoding=st.sampled_from(NOISE_ENCODINGS),
        separators=st.frozensets(st.integers(0, 500), max_size=4),
        invisibles=st.frozensets(st.integers(0, 5000), max_size=12),
        page_breaks=st.frozensets(st.integers(0, 500), max_size=4),
        variants=st.frozensets(st.integers(0, 500), max_size=6),
    )
