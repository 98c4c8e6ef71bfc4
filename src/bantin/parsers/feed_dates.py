"""Read the dates feeds print (RFC 822 in RSS, ISO 8601 in Atom and dc:date) as UTC instants."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from bantin.parsers.text import collapse_spaces, parse_rfc822

#: The shape of an ISO 8601 / W3C-DTF date: a four-digit year, then month (and day).
_ISO_RE = re.compile(
    r"^(?P<y>\d{4})-?(?P<m>\d{2})(?:-?(?P<d>\d{2}))?"
    r"(?:[T ](?P<time>\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?)(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?$",
    re.IGNORECASE,
)
#: The shape of an RFC 822 date: optional weekday, day, month name, year (what a reader needs
#: to tell an impossible date such as "31 Sep 2025" from text that is no date at all).
_RFC822_SHAPE_RE = re.compile(r"^(?:[A-Za-z]{3,9},?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}\b")


@dataclass(frozen=True)
class FeedDate:
    """A feed date as printed and the UTC instant it names (None when it does not exist)."""

    text: str
    utc: dt.datetime | None


def _iso(text: str) -> FeedDate | None:
    match = _ISO_RE.match(text)
    if match is None:
        return None
    normal = text.replace(" ", "T", 1).upper()
    if match["d"] is None:  # "2025-09": the first of the month
        normal = f"{match['y']}-{match['m']}-01"
    try:
        moment = dt.datetime.fromisoformat(normal)
    except ValueError:
        return FeedDate(text, None)
    if moment.tzinfo is None:  # no offset printed: read as UTC, as feed readers do
        moment = moment.replace(tzinfo=dt.UTC)
    return FeedDate(text, moment.astimezone(dt.UTC))


def _rfc822(text: str) -> FeedDate | None:
    strict = parse_rfc822(text)
    if strict is not None:
        return FeedDate(text, strict.utc)
    fields = email.utils.parsedate_tz(text)
    if fields is None:
        return FeedDate(text, None) if _RFC822_SHAPE_RE.match(text) else None
    year, month, day, hour, minute, second = fields[:6]
    try:  # an offset of any size may be printed ("+999999999999"), and no zone is a day or more
        zone = dt.timezone(dt.timedelta(seconds=fields[9] or 0))
    except (ValueError, OverflowError):
        return None  # no RFC 822 zone: the text is no date a reader can place
    try:
        local = dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)
        return FeedDate(text, local.astimezone(dt.UTC))
    except (ValueError, OverflowError):
        return FeedDate(text, None)


def parse_feed_date(text: str | None) -> FeedDate | None:
    """Read an RFC 822 ("Sat, 27 Sep 2025 16:18:56 +0700") or ISO 8601 ("2025-09-27T16:18:56+07:00")
    date, any offset or zone name, to UTC. None when the text is no date at all ("hôm qua");
    a ``FeedDate`` whose ``utc`` is None when it has a date's shape but names no real day."""
    if text is None:
        return None
    text = collapse_spaces(text)
    if not text:
        return None
    return _iso(text) or _rfc822(text)
