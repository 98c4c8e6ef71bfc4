"""Read the dates feeds print (RFC 822 in RSS, ISO 8601 in Atom and dc:date, day first on
Vietnamese sites) as UTC instants."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass, replace
from typing import Literal

from bantin import patterncache
from bantin.parsers.memo import short_texts_cached
from bantin.parsers.text import RFC822_MONTHS, collapse_spaces, make_date, parse_rfc822
from bantin.parsers.weekdays import weekday_index

#: The shape of an ISO 8601 / W3C-DTF date: a four-digit year, then month (and day).
_ISO_RE = patterncache.compile(
    r"^(?P<y>\d{4})-?(?P<m>\d{2})(?:-?(?P<d>\d{2}))?"
    r"(?:[T ](?P<time>\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?)"
    r"(?P<space> ?)(?P<zone>Z|[+-]\d{2}(?::?\d{2}(?::\d{2})?)?)?)?$",
    re.IGNORECASE,
)
#: A weekday written out in Vietnamese, as feeds print it before a date: "Thứ Ba", "thứ 3", "Chủ
#: nhật" (the name after "thứ" is told by ``weekday_index``).
_WEEKDAY = r"(?i:thứ)\s+\w+|(?i:chủ)\s+(?i:nhật)"
#: A day first, as Vietnamese sites print a date in their feeds: "02/12/2025 10:30",
#: "02-12-2025 10:30:00 +0700", "2/12/2025", after a weekday "Thứ Ba, 02/12/2025 - 10:30" or
#: "Thứ Ba, ngày 02/12/2025" or with no comma, "Thứ Ba 02/12/2025 10:30" (a law paper's), the
#: time on a 24-hour clock ("10:30", "10h30") or a 12-hour one (``_MERIDIEM_RE``).
_DAY_FIRST_RE = patterncache.compile(
    rf"^(?:(?P<wd>{_WEEKDAY})(?:\s*,\s*|\s+(?=(?i:ngày)\s)|\s+(?=\d)))?"
    r"(?:(?i:ngày)\s+)?"
    r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
    r"(?:(?:\s+-\s+|\s*,\s*|\s+(?i:lúc)\s+|\s+|T)"
    r"(?P<H>\d{1,2})(?::|h(?=\d{2}))(?P<M>\d{2})(?::(?P<S>\d{2}))?)?(?P<rest>.*)$"
)
#: A weekday as sites abbreviate it before a day-first date: "CN" (Chủ nhật), "T2" to "T7" (Thứ
#: Hai to Thứ Bảy), then a comma ("CN, 30/11/2025 08:00", "T5, 04/12/2025").
_ABBREVIATED_WEEKDAY_RE = patterncache.compile(r"^(?:(?P<sunday>CN)|T(?P<day>[2-7]))(?=\s*,)")


def _weekday_spelled(text: str) -> str:
    """``text`` with an abbreviated weekday it opens with (``_ABBREVIATED_WEEKDAY_RE``) spelled as
    the weekday is printed in full ("CN, 30/11/2025" -> "Chủ nhật, 30/11/2025", "T5, …" -> "Thứ
    5, …")."""
    match = _ABBREVIATED_WEEKDAY_RE.match(text)
    if match is None:
        return text
    spelled = "Chủ nhật" if match["sunday"] else f"Thứ {match['day']}"
    return spelled + text[match.end() :]


#: The day an RFC 822 date opens with: optional weekday, day, month name, year (what a reader
#: needs to tell an impossible date such as "31 Sep 2025" from text that is no date at all).
_RFC822_DAY = r"^(?:[A-Za-z]{3,9},?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<y>\d{2,4})"
_RFC822_SHAPE_RE = patterncache.compile(_RFC822_DAY + r"\b")
#: That day with nothing after it ("Mon, 04 May 2026"): its first instant, as feed readers read it.
_DAY_ONLY_RE = patterncache.compile(_RFC822_DAY + r"\s*$")
#: The time of a date (its first "H:MM"; the date before it has no colon): the zone follows it.
_TIME_RE = patterncache.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?")
#: A zone printed as an offset, in any of the ways feeds print one: "+0700" (RFC 822), "+07:00",
#: "+07", "+7", "GMT+7" (Tuổi Trẻ), "GMT+07:00", "UTC+0700", "GMT +0700", and with its seconds
#: ("+07:00:00", as a server that formats an offset as a time of day prints it).
_OFFSET_RE = patterncache.compile(
    r"^(?:(?:GMT|UTC|UT)\s*)?(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2})(?::(?P<s>\d{2}))?)?$",
    re.IGNORECASE,
)
#: Zone names and their offsets in minutes (upper case, one space between words): RFC 822's, and
#: Vietnam's time as its sites print it: Indochina Time, "giờ Hà Nội", "giờ Việt Nam", and
#: Windows' name for its zone, as a .NET server prints it ("SE Asia Standard Time").
_NAMED_ZONES = {
    "GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "ICT": 420,
    "GIỜ HÀ NỘI": 420, "GIỜ VIỆT NAM": 420, "GIỜ VN": 420, "SE ASIA STANDARD TIME": 420,
}  # fmt: skip
#: What in parentheses can only be a zone: an abbreviation ("CEST") or an offset ("GMT+2").
_ZONE_LIKE_RE = patterncache.compile(r"^(?:[A-Z]{2,5}|(?i:GMT|UTC|UT)?\s*[+-]\s*\d.*)$")


#: No feed item is older than the web in Vietnam: an earlier instant is what a site prints for
#: "no date" (year 1, "Mon, 01 Jan 0001 00:00:00 +0000" as Hugo writes it; 1970-01-01, the Unix
#: epoch a failed date parse leaves; 1900-01-01 or 1899-12-31, a spreadsheet's day zero).
EARLIEST_FEED_YEAR = 1990


def says_no_date(utc: dt.datetime | None) -> bool:
    """Whether a feed date's instant ``utc`` is one a site prints for "no date"."""
    return utc is not None and utc.year < EARLIEST_FEED_YEAR


def dated_instant(utc: dt.datetime | None) -> dt.datetime | None:
    """A feed date's UTC instant ``utc`` as published: None for none, or for a placeholder that
    says there is none (``says_no_date``)."""
    return None if says_no_date(utc) else utc


@dataclass(frozen=True)
class FeedDate:
    """A feed date as printed, the UTC instant it names and the day it prints, in its own zone
    (both None when it does not exist): "Tue, 02 Dec 2025 05:40:00 +0700" is 1 December in UTC
    but prints 2 December, the day a reader of the feed sees."""

    text: str
    utc: dt.datetime | None
    day: dt.date | None = None
    #: How much later than ``utc`` the text may name (``latest``): 0 for a date with its time
    #: and zone printed.
    leeway: dt.timedelta = dt.timedelta(0)

    @classmethod
    def at(cls, text: str, local: dt.datetime, *, timed: bool = True) -> FeedDate:
        """The date ``text`` naming ``local``, an instant in the zone it is printed in (``VIETNAM``
        when it prints none), at the time it prints unless not ``timed`` (the day's first)."""
        leeway = (_VIETNAM_LEEWAY if local.tzinfo is VIETNAM else dt.timedelta(0)) + (
            dt.timedelta(0) if timed else _UNTIMED_LEEWAY
        )
        return cls(text, local.astimezone(dt.UTC), local.date(), leeway)

    @property
    def latest(self) -> dt.datetime | None:
        """The latest instant the text may name: ``utc`` is its earliest reading when it prints no
        zone (Vietnam's clock; a server may print UTC's, seven hours on) or no time (the day's
        first instant; it may be any of the day's)."""
        return None if self.utc is None else self.utc + self.leeway


#: Vietnam's clock (ICT, UTC+7), which a date that prints no zone keeps: bantin reads the feeds
#: of Vietnamese sites, whose servers print their own clock ("2025-12-02T10:30:00" from an ASP.NET
#: portal's ``ToString("s")`` is 10:30 in Hanoi). Read as UTC, as feed readers read it, an item
#: was seven hours late: after a build date printed in GMT, a false date.future. Only such a date
#: is in this zone (a printed "+07:00" or "ICT" is a zone of its own): ``FeedDate.at`` tells it
#: by identity, as the earliest reading of a date that may also be on UTC's clock.
VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
#: How much later a date without a zone may be (on UTC's clock) than read on Vietnam's, and one
#: without a time than its day's first instant.
_VIETNAM_LEEWAY = dt.timedelta(hours=7)
_UNTIMED_LEEWAY = dt.timedelta(days=1)


#: A year first with slashes, as a server's "yyyy/MM/dd" prints it: "2025/12/02 10:30:00".
_YEAR_FIRST_SLASHES_RE = patterncache.compile(
    r"^(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])"
)


def _iso(text: str) -> FeedDate | None:
    if text[4:5] == "/" and (slashes := _YEAR_FIRST_SLASHES_RE.match(text)) is not None:
        dashes = f"{slashes['y']}-{int(slashes['m']):02d}-{int(slashes['d']):02d}"
        parsed = _iso(dashes + text[slashes.end() :])
        return None if parsed is None else replace(parsed, text=text)
    match = _ISO_RE.match(text)
    if match is None:
        return None
    normal = text.replace(" ", "T", 1).upper()
    if match["space"]:  # "2025-12-02 10:30:00 +0700": the zone after a space
        normal = normal[: match.start("space")] + normal[match.end("space") :]
    if match["d"] is None:  # "2025-09": the first of the month
        normal = f"{match['y']}-{match['m']}-01"
    if match["zone"] and _zone_named(match["zone"]) is None:
        return FeedDate(text, None)  # "+07:00:99", which ``fromisoformat`` reads
    try:
        moment = dt.datetime.fromisoformat(normal)
    except ValueError:
        return FeedDate(text, None)
    if moment.tzinfo is None:  # no offset printed: the site's clock (``VIETNAM``)
        moment = moment.replace(tzinfo=VIETNAM)
    return FeedDate.at(text, moment, timed=match["time"] is not None)


#: A 12-hour clock's half of the day after the time: "AM"/"PM" (English, .NET's en-US "M/d/yyyy
#: h:mm:ss tt" prints the month first) or "SA"/"CH" (sáng/chiều, vi-VN's, the day first).
_HALF_OF_DAY = r"(?i:am|pm|a\.m\.|p\.m\.|sa|ch)"
_MERIDIEM_RE = patterncache.compile(rf"^\s*(?P<half>{_HALF_OF_DAY})(?!\w)(?P<rest>.*)$")


def _day_first(text: str) -> FeedDate | None:
    """ "02/12/2025 10:30" and the like (``_DAY_FIRST_RE``), its zone read as ``_zone_printed``
    reads one, and none printed Vietnam's (``VIETNAM``: the form is a Vietnamese site's, and its
    clock is Hanoi's; "05/12/2024 - 08:30" read as UTC was seven hours late, an item just before
    the feed's build date after it); a day that does not exist a ``FeedDate`` without an instant.

    On a 12-hour clock the order of day and month is told where it can be: "SA"/"CH" print the
    day first; with "AM"/"PM", a first number above 12 is the day, a second one the month, and
    two numbers up to 12 ("12/2/2025 10:30:00 AM") name no day a reader can tell."""
    match = _DAY_FIRST_RE.match(_weekday_spelled(text))
    if match is None or (match["wd"] and weekday_index(match["wd"]) is None):
        return None
    printed = _day_month(match)
    if printed is None:
        return None  # "12/2/2025 10:30 AM": 12 February or 2 December
    first, second, half, rest = printed
    hour, minute, second_of_minute = (int(match[g] or 0) for g in ("H", "M", "S"))
    if half is not None:
        hour = _twenty_four(hour, half)
    # No zone printed: the site's own clock, Vietnam's (a Vietnamese site prints its day first).
    zone = _zone_printed(rest)
    if zone is None:
        return None  # "CEST", or more that is no zone: no instant a reader can place
    day = make_date(int(match["y"]), second, first)
    if day is None or not 0 <= hour <= 23 or minute > 59 or second_of_minute > 59:
        return FeedDate(text, None)
    moment = dt.datetime(day.year, day.month, day.day, hour, minute, second_of_minute, tzinfo=zone)
    return FeedDate.at(text, moment, timed=match["H"] is not None)


def _day_month(match: re.Match[str]) -> tuple[int, int, str | None, str] | None:
    """(day, month, the 12-hour clock's half or None, what follows) of a ``_DAY_FIRST_RE`` match;
    None when a 12-hour clock leaves day and month apart to no reader ("12/2/2025 10:30 AM")
    and no weekday printed before it falls on one of the two days alone (``_weekday_tells``)."""
    first, second = int(match["d"]), int(match["m"])
    half = _MERIDIEM_RE.match(match["rest"]) if match["H"] else None
    if half is None:
        return first, second, None, match["rest"]
    if half["half"].lower() in ("sa", "ch") or first > 12 or first == second:
        return first, second, half["half"], half["rest"]  # "03/03/2025": one day either way
    if second > 12 or _weekday_tells(match, second, first):
        return second, first, half["half"], half["rest"]
    if _weekday_tells(match, first, second):
        return first, second, half["half"], half["rest"]
    return None


def _weekday_tells(match: re.Match[str], day: int, month: int) -> bool:
    """Whether the weekday printed before a ``_DAY_FIRST_RE`` match ("Thứ Hai, 01/12/2025 08:00
    AM") falls on ``day``/``month`` and not on the other reading (``month``/``day``): Monday
    1 December, not Sunday 12 January, is the day it names."""
    printed = weekday_index(match["wd"]) if match["wd"] else None
    if printed is None:
        return False
    year = int(match["y"])
    this, other = make_date(year, month, day), make_date(year, day, month)
    return (
        this is not None
        and this.weekday() == printed
        and (other is None or other.weekday() != printed)
    )


def _twenty_four(hour: int, half: str) -> int:
    """A 12-hour clock's hour on the 24-hour clock (-1, which no day has, for an hour beyond 12
    or 0)."""
    if not 1 <= hour <= 12:
        return -1
    afternoon = half.lower().replace(".", "") in ("pm", "ch")
    return hour % 12 + (12 if afternoon else 0)


#: The time before the day, as some sites print it: "10:15 02/12/2025", "10:15 | 02/12/2025",
#: and with the day's weekday, "10:15 | Thứ Ba, 02/12/2025".
_TIME_FIRST_RE = patterncache.compile(
    rf"^(?P<time>{_TIME_RE.pattern}(?:\s+{_HALF_OF_DAY})?)"
    rf"\s*(?:[|,-]\s*)?(?P<day>(?:(?:{_WEEKDAY}|CN|T[2-7])\s*,\s*)?"
    r"\d{1,2}([/.-])\d{1,2}\3\d{4})(?P<rest>.*)$"
)


def _time_first(text: str) -> FeedDate | None:
    """A day-first date printed after its time ("10:15 02/12/2025"), read as ``_day_first`` reads
    it with the time after the day."""
    match = _TIME_FIRST_RE.match(text)
    if match is None:
        return None
    parsed = _day_first(f"{match['day']} {match['time']}{match['rest']}")
    return None if parsed is None else replace(parsed, text=text)


#: A day whose month is written in Vietnamese, by number: "01 tháng 12 năm 2025", "01 Tháng 12
#: 2025" (a site's own format), "01 Thg12 2025" and "01 thg 12, 2025" (the vi-VN locale's short
#: month, as .NET and ICU print it), or by its name: "02 Tháng Mười Hai 2025" (.NET's vi-VN "MMMM",
#: January "Tháng Giêng"), "15 tháng Một 2026".
_VIETNAMESE_MONTH_RE = patterncache.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+(?i:tháng|thg)\s*"
    r"(?:(?P<m>\d{1,2})|(?P<word>(?i:mười\s+một|mười\s+hai|giêng|một|hai|ba|tư|bốn|năm|sáu|bảy"
    r"|tám|chín|mười|chạp))(?!\w))\s*(?:,\s*|(?i:năm)\s+)?(?P<y>\d{4})(?!\d)"
)
#: The months' names in Vietnamese (lower case, one space) and their numbers: the calendar's
#: ("tháng Một", "tháng Mười Hai") and the names January and December also go by ("tháng
#: Giêng", "tháng Chạp"), "tháng Bốn" for "tháng Tư".
_MONTH_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip


def _vietnamese_month(text: str) -> FeedDate | None:
    """A date whose month is written in Vietnamese (``_VIETNAMESE_MONTH_RE``), read as the same
    date written day first ("01/12/2025"), with what is printed around it (a weekday, the time,
    the zone)."""
    numeric = _month_by_number(text)
    if numeric is None:
        return None
    parsed = _time_first(numeric) or _day_first(numeric)
    return None if parsed is None else replace(parsed, text=text)


def _month_by_number(text: str) -> str | None:
    """``text`` with the date whose month is written in Vietnamese written day first ("Thứ Hai, 01
    tháng 12 năm 2025" -> "Thứ Hai, 01/12/2025"); None when it holds none."""
    match = _VIETNAMESE_MONTH_RE.search(text)
    if match is None:
        return None
    month = match["m"] or _MONTH_WORDS[" ".join(match["word"].lower().split())]
    return f"{text[: match.start()]}{match['d']}/{month}/{match['y']}{text[match.end() :]}"


#: Java's ``Date.toString()``, which a Java portal may print for a feed date: "Tue Dec 02 07:00:00
#: ICT 2025" (weekday, month, day, time, zone, year).
_JAVA_DATE_RE = patterncache.compile(
    r"^(?P<wd>[A-Za-z]{3}) (?P<mon>[A-Za-z]{3}) (?P<d>\d{1,2}) (?P<time>\d{1,2}:\d{2}:\d{2})"
    r" (?P<zone>[A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?) (?P<y>\d{4})$"
)


def _java_spelled(text: str) -> str | None:
    """The RFC 822 date a Java ``Date.toString()`` (``_JAVA_DATE_RE``) holds ("Tue Dec 02
    07:00:00 ICT 2025" -> "Tue, 02 Dec 2025 07:00:00 ICT"), or None."""
    match = _JAVA_DATE_RE.match(text)
    if match is None:
        return None
    return (
        f"{match['wd']}, {match['d']} {match['mon']} {match['y']} {match['time']} {match['zone']}"
    )


#: The English months in full, as a site's date format spells them ("F" in PHP, "MMMM" in .NET).
_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A month named in English before its day, as PHP's "F j, Y" and .NET's en-US long date print
#: it: "December 2, 2025", "Dec. 2, 2025 10:30 AM", "Tuesday, December 2nd, 2025 at 3:05 pm",
#: and an English edition's "September 02, 2025 - 15:01", a dash before the time.
_MONTH_FIRST_RE = patterncache.compile(
    r"^(?:(?P<wd>[A-Za-z]{3,9})\.?,?\s+)?(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})"
    r"(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)"
    rf"(?:(?:\s*,\s*|\s+(?i:at)\s+|\s+[-–]\s+|\s+)(?P<time>{_TIME_RE.pattern})"
    rf"(?:\s*(?P<half>{_HALF_OF_DAY})(?!\w))?)?(?P<rest>.*)$"
)


def _english_name(word: str, names: tuple[str, ...]) -> str | None:
    """The three-letter name RFC 822 gives ``word``, a name of ``names`` in full or shortened to
    its first three letters ("December", "Dec" -> "Dec"), or to the four news style gives
    September ("Sept" -> "Sep", as in "Sept. 2, 2025"), or None."""
    for name in names:
        if word.capitalize() in (name, name[:3], name[:4] if name == "September" else name):
            return name[:3]
    return None


def _month_first_spelled(text: str) -> str | None:
    """The RFC 822 date a date whose English month comes before its day (``_MONTH_FIRST_RE``)
    holds ("Tuesday, December 2, 2025 3:05 PM" -> "Tue, 2 Dec 2025 15:05"), or None."""
    match = _MONTH_FIRST_RE.match(text)
    if match is None or (month := _english_name(match["mon"], _ENGLISH_MONTHS)) is None:
        return None
    weekday = ""
    if match["wd"]:
        if (name := _english_name(match["wd"], _ENGLISH_WEEKDAYS)) is None:
            return None
        weekday = f"{name}, "
    time = match["time"] or ""
    if time and match["half"]:
        hour, _, minutes = time.partition(":")
        if (hour24 := _twenty_four(int(hour), match["half"])) < 0:
            return None  # "13:05 PM": no time a reader can tell
        time = f"{hour24:02d}:{minutes}"
    return f"{weekday}{match['d']} {month} {match['y']}{' ' + time if time else ''}{match['rest']}"


#: A weekday in full before an RFC 822 date: "Wednesday, 03 Dec 2025 10:00:00 +0700".
_FULL_WEEKDAY_RE = patterncache.compile(r"^(?P<wd>[A-Za-z]{6,9}),\s*(?=\d)")


def _full_weekday_spelled(text: str) -> str | None:
    """An RFC 822 date whose English weekday is printed in full, with RFC 822's three letters
    ("Wednesday, 03 Dec 2025" -> "Wed, 03 Dec 2025"), or None."""
    match = _FULL_WEEKDAY_RE.match(text)
    if match is None or (name := _english_name(match["wd"], _ENGLISH_WEEKDAYS)) is None:
        return None
    return f"{name}, {text[match.end() :]}"


def rfc822_spelled(text: str) -> str | None:
    """The RFC 822 date ``text`` holds in another order or spelling (Java's ``Date.toString()``,
    an English month before its day, a weekday in full), whose weekday the date rules check;
    None for any other text."""
    if text[:1].isascii() and text[:1].isalpha():
        return _java_spelled(text) or _month_first_spelled(text) or _full_weekday_spelled(text)
    return None


def vietnamese_weekday_rfc822(text: str) -> tuple[str, dt.date] | None:
    """The Vietnamese weekday an RFC 822 date prints in place of its English one and the day it
    prints ("Thứ Năm, 05 Dec 2024 08:15:00 +0700" -> ("Thứ Năm", 2024-12-05)); None for any
    other text, or a day that does not exist."""
    weekday = _VIETNAMESE_WEEKDAY_RE.match(text) if text[:1] in "TtCc" else None
    if weekday is None:
        return None
    day = _rfc822_day(text[weekday.end() :])
    return None if not day else (weekday.group().rstrip(", \t"), day)


def _reordered(text: str) -> FeedDate | None:
    """A date in another order than RFC 822's (``rfc822_spelled``), read as the RFC 822 date it
    holds."""
    spelled = rfc822_spelled(text)
    parsed = None if spelled is None else _rfc822(spelled)
    return None if parsed is None else replace(parsed, text=text)


def day_first_weekday(text: str) -> tuple[str, dt.date] | None:
    """The weekday a day-first feed date prints and the day it prints ("Thứ Ba, 02/12/2025 -
    10:30" -> ("Thứ Ba", 2025-12-02)); None without a weekday, or for a day that does not exist."""
    text = collapse_spaces(text)
    if (label := _DATE_LABEL_RE.match(text)) is not None:
        text = text[label.end() :]
    if (time_first := _TIME_FIRST_RE.match(text)) is not None:  # "08:00 | Thứ Hai, 01/12/2025"
        text = f"{time_first['day']} {time_first['time']}{time_first['rest']}"
    match = _DAY_FIRST_RE.match(_weekday_spelled(_month_by_number(text) or text))
    if match is None or not match["wd"] or (printed := _day_month(match)) is None:
        return None
    day = make_date(int(match["y"]), printed[1], printed[0])
    return None if day is None else (match["wd"], day)


#: A weekday in Vietnamese where RFC 822 prints one in English, as a site that translates its
#: dates prints it: "Thứ Năm, 05 Dec 2024 08:15:00 +0700".
_VIETNAMESE_WEEKDAY_RE = patterncache.compile(rf"^(?:{_WEEKDAY})\s*,\s*(?=\d)")


def _rfc822(text: str) -> FeedDate | None:
    if text[:1] in "TtCc" and (weekday := _VIETNAMESE_WEEKDAY_RE.match(text)):
        parsed = _rfc822(text[weekday.end() :])
        return None if parsed is None else replace(parsed, text=text)
    strict = parse_rfc822(text)
    if strict is not None:
        return FeedDate(text, strict.utc, strict.day)
    fields = email.utils.parsedate_tz(text)
    if fields is None:
        return _without_time(text)
    year, month, day, hour, minute, second = fields[:6]
    zone = _zone_of(text)
    if zone is None:
        return None  # a zone no reader can place: the text names no instant
    try:
        return FeedDate.at(text, dt.datetime(year, month, day, hour, minute, second, tzinfo=zone))
    except (ValueError, OverflowError):
        return FeedDate(text, None)


def _rfc822_day(text: str) -> dt.date | Literal[False] | None:
    """The day an RFC 822 date opens with (``_RFC822_SHAPE_RE``: "Mon, 04 May 2026", "02 Dec
    25"); None when it has that shape but the day does not exist ("31 Sep 2025"), False when
    the text does not open with one (no month name)."""
    shape = _RFC822_SHAPE_RE.match(text)
    if shape is None or (month := shape["mon"][:3].capitalize()) not in RFC822_MONTHS:
        return False
    year = int(shape["y"]) + (2000 if len(shape["y"]) == 2 else 0)
    return make_date(year, RFC822_MONTHS.index(month) + 1, int(shape["d"]))


def _without_time(text: str) -> FeedDate | None:
    """A text ``email.utils`` reads no date and time from: a day alone ("Mon, 04 May 2026") is its
    first instant on Vietnam's clock (``VIETNAM``); a day that does not exist ("31 Sep 2025") a
    ``FeedDate`` without one; anything else (no month name, or more that is no time) no date."""
    day = _rfc822_day(text)
    if day is False:
        return None
    if day is None:
        return FeedDate(text, None)
    if _DAY_ONLY_RE.match(text) is None:
        return None  # a real day and what no reader can read after it
    return FeedDate.at(text, dt.datetime(day.year, day.month, day.day, tzinfo=VIETNAM), timed=False)


def _zone_of(text: str) -> dt.timezone | None:
    """The zone printed after the time of a date that is not strict RFC 822: Vietnam's when there
    is none (``VIETNAM``), None when it is no zone a reader can place ("CEST", "+99").

    ``email.utils`` is not asked: it reads a zone it does not know ("GMT+7", "ICT", "+07:00") as
    UTC and "+7" as seven minutes, each a silently wrong instant."""
    found = _TIME_RE.search(text)
    return _zone_printed(text[found.end() :] if found else "")


def _zone_printed(printed: str) -> dt.timezone | None:
    """The zone ``printed`` after a date's time ("+0700", "GMT+7", "ICT", "+07:00 (ICT)", "giờ Hà
    Nội"; nothing: the site's clock, ``VIETNAM``); None when it is no zone a reader can place.
    With none before them, the first zone in parentheses is the date's ("10:15 (GMT+7)", "10:15
    (giờ Hà Nội)", as Vietnamese sites print it); other words there are a comment, as RFC 822
    reads them ("(cập nhật)"), but a zone no reader can place ("(CEST)") leaves the date unread,
    as it does without them."""
    printed, comments = _comments_after(" ".join(printed.split()))
    if printed:
        return _zone_named(printed)
    for comment in comments:
        if (zone := _zone_named(comment)) is not None:
            return zone
        if _ZONE_LIKE_RE.match(comment):
            return None
    return VIETNAM


def _comments_after(printed: str) -> tuple[str, list[str]]:
    """``printed`` (collapsed) without the comments that end it ("+0700 (ICT)", which RFC 822
    allows: each in parentheses with none inside), and those comments in order, read from the
    end back in one pass."""
    comments: list[str] = []
    end = len(printed)
    while end and printed[end - 1] == ")":
        opening = printed.rfind("(", 0, end - 1)
        if opening == -1 or printed.find(")", opening, end - 1) != -1:
            break
        comments.append(printed[opening + 1 : end - 1].strip())
        end = opening - 1 if opening and printed[opening - 1] == " " else opening
    return printed[:end], comments[::-1]


def _zone_named(printed: str) -> dt.timezone | None:
    """The zone ``printed`` names ("+0700", "GMT+7", "ICT", "giờ Hà Nội"), or None."""
    if (minutes := _NAMED_ZONES.get(printed.upper())) is not None:
        return dt.timezone(dt.timedelta(minutes=minutes))
    offset = _OFFSET_RE.match(printed)
    if offset is None:
        return None
    hours, minutes, seconds = (int(offset[g] or 0) for g in ("h", "m", "s"))
    if hours > 14 or minutes > 59 or seconds > 59:
        return None  # no clock is that far from UTC
    total = dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)
    return dt.timezone(-total if offset["sign"] == "-" else total)


#: A label a portal prints before the date it puts in a feed, as its pages print it: "Cập nhật:
#: 01/12/2025 08:00", "Ngày đăng: …", "Ngày cập nhật: …", "Đăng lúc: …", "Ngày xuất bản: …".
_DATE_LABEL_RE = patterncache.compile(
    r"^(?i:ngày\s+)?(?i:cập\s+nhật|đăng(?:\s+tải)?|xuất\s+bản)(?i:\s+(?:lúc|ngày))?\s*:\s*"
)


@short_texts_cached(4096, longest=200)  # read by the parser, then by the date rules
def parse_feed_date(text: str | None) -> FeedDate | None:
    """Read an RFC 822 ("Sat, 27 Sep 2025 16:18:56 +0700"), ISO 8601 ("2025-09-27T16:18:56+07:00",
    "2025-09-27 16:18:56 +0700") or day-first ("27/09/2025 16:18", as Vietnamese sites print it)
    date to UTC: an offset however printed ("+07:00", "GMT+7"), a zone named by RFC 822 or "ICT";
    no zone is Vietnam's (``VIETNAM``, the clock of the sites whose feeds bantin reads) and no
    time the day's first instant, as feed readers read it. None when the
    text is no date at all ("hôm qua"), or its zone cannot be placed ("CEST"); a ``FeedDate``
    whose ``utc`` is None when it has a date's shape but names no real day."""
    if text is None:
        return None
    text = collapse_spaces(text)
    if not text:
        return None
    if (label := _DATE_LABEL_RE.match(text)) is not None and label.end() < len(text):
        parsed = parse_feed_date(text[label.end() :])
        return None if parsed is None else replace(parsed, text=text)
    return (
        _iso(text)
        or _time_first(text)
        or _day_first(text)
        or _rfc822(text)
        or _vietnamese_month(text)
        or _reordered(text)
    )


def printed_day(text: str | None) -> dt.date | None:
    """The day a feed date prints, in its own zone (``FeedDate.day``): a feed built "Tue, 02 Dec
    2025 05:40:00 +0700" is issued on 2 December, though that instant is still 1 December in
    UTC; None for no date, or one that names no real day."""
    parsed = parse_feed_date(text)
    return parsed.day if parsed else None
