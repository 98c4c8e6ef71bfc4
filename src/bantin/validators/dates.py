"""Date rules: impossible dates, wrong weekdays, dates after the issue, weekend issues."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain
from operator import attrgetter

from bantin import patterncache
from bantin.model import Article, Bulletin, FeedChannel, Kind, SourceFormat
from bantin.parsers.feed_dates import (
    day_first_weekday,
    parse_feed_date,
    printed_day,
    rfc822_spelled,
    vietnamese_weekday_rfc822,
)
from bantin.parsers.mentions import DateMention
from bantin.parsers.scan import Scan
from bantin.parsers.text import (
    DAY_MONTH_RE,
    FULL_DATE_RE,
    PRINTED_DATE_RE,
    RFC822_MONTHS,
    RFC822_WEEKDAYS,
    WEEKDAY_NAMES,
    collapse_spaces,
    day_month_exists,
    format_rfc822,
    infer_year,
    make_date,
    parse_full_date,
    parse_printed_date,
    parse_rfc822,
    resolve_cited_date,
)
from bantin.parsers.weekdays import weekday_fits, weekday_index
from bantin.validators.edits import (
    day_month_text,
    first_index,
    replace_article,
    retext_date,
    with_sentence,
)
from bantin.validators.finding import Severity
from bantin.validators.registry import Hit, Withholds, register_rule

_RFC822_DAY_RE = patterncache.compile(
    r"^(?:(?P<wd>[A-Z][a-z]{2}), )?(?P<day>\d{1,2}) (?P<mon>[A-Z][a-z]{2}) (?P<year>\d{4})"
)


# ---------------------------------------------------------------- date.impossible


#: A citation's day with a year a digit short or long: "30/12/202", "30/12/20234".
_MISPRINTED_YEAR_RE = patterncache.compile(r"^\d{1,2}([/.-])\d{1,2}\1(?:\d{3}|\d{5})$")


@lru_cache(maxsize=1024)  # a few hundred citation dates ("12/3") recur over a run
def _citation_date_exists(text: str) -> bool | None:
    """Whether a citation date exists; None when the text is no "DD/MM" or "DD/MM/YYYY"."""
    text = text.strip()
    if match := DAY_MONTH_RE.match(text):
        return day_month_exists(int(match[1]), int(match[2]))
    if FULL_DATE_RE.match(text):
        return parse_full_date(text) is not None
    if _MISPRINTED_YEAR_RE.match(text):
        return False
    return None


def _rfc822_exists(text: str) -> bool | None:
    """Whether a feed date (RFC 822 or ISO 8601) exists; None when the text is no date."""
    parsed = parse_rfc822(text)
    if parsed is None:
        match = _RFC822_DAY_RE.match(text.strip())
        if match is None or match["mon"] not in RFC822_MONTHS:
            feed_date = parse_feed_date(text)
            return None if feed_date is None else feed_date.utc is not None
        month = RFC822_MONTHS.index(match["mon"]) + 1
        return make_date(int(match["year"]), month, int(match["day"])) is not None
    return parsed.utc is not None


def _date_line(article: Article) -> int:
    """The line of a feed item's date (its title line when the date's own line is unknown)."""
    return article.pub_date_line if article.pub_date_line is not None else article.title_line


def _impossible_citation(bulletin: Bulletin) -> Bulletin | None:
    """Set a citation date to "31/9"; without citations, write "ngày 31/9/2023" into a paragraph."""
    index = first_index(bulletin.articles, lambda a: a.citation is not None)
    if index is not None:
        article = bulletin.articles[index]
        assert article.citation is not None
        citation = replace(article.citation, date_text="31/9")
        return replace_article(bulletin, index, replace(article, citation=citation))
    index = first_index(bulletin.articles, lambda a: bool(a.paragraphs))
    if index is None:
        return None
    article = bulletin.articles[index]
    paragraph, _ = with_sentence(article.paragraphs[0], "Hội nghị diễn ra ngày 31/9/2023.")
    paragraphs = (paragraph, *article.paragraphs[1:])
    return replace_article(bulletin, index, replace(article, paragraphs=paragraphs))


@register_rule(
    "date.impossible",
    Severity.ERROR,
    description="a date that does not exist: masthead, citation, feed date or body text",
    example="citation date 01/0 does not exist",
    inject=_impossible_citation,
    withholds=Withholds.ARTICLE,
)
def check_impossible(bulletin: Bulletin, scan: Scan | None = None) -> Iterator[Hit]:
    scan = scan or Scan(bulletin)
    if bulletin.kind is Kind.DIGEST:
        match = PRINTED_DATE_RE.search(bulletin.issue_date_text)
        if bulletin.issue_date is None and match and parse_printed_date(match.group()) is None:
            yield Hit(bulletin.issue_date_line, f"issue date {match.group()} does not exist")
    elif bulletin.channel is not None and _rfc822_exists(bulletin.channel.build_date_text) is False:
        channel = bulletin.channel
        yield Hit(channel.line, f"feed build date {channel.build_date_text!r} does not exist")
    # Most bulletins mention only dates that exist: told in one C-level pass over the scan.
    all_exist = all(map(attrgetter("exists"), _every_mention(scan)))
    for index, article in enumerate(bulletin.articles):
        if article.pub_date_text and _rfc822_exists(article.pub_date_text) is False:
            yield Hit(
                _date_line(article),
                f"item date {article.pub_date_text!r} does not exist",
                article=index,
            )
        if not all_exist:
            yield from _impossible_mentions(article, index, scan)
        for citation in article.citations:
            if _citation_date_exists(citation.date_text) is False:
                yield Hit(
                    citation.line,
                    f"citation date {citation.date_text} does not exist",
                    article=index,
                )


def _every_mention(scan: Scan) -> Iterator[DateMention]:
    """Every date the titles and paragraphs of the bulletin mention."""
    mentioned = chain(scan.title_dates, chain.from_iterable(scan.paragraph_dates))
    return chain.from_iterable(mentioned)


def _placed_mentions(
    article: Article, index: int, scan: Scan
) -> Iterator[tuple[int, str, DateMention, str, tuple[DateMention, ...]]]:
    """Every date in the title and the paragraphs of article ``index``: its line, where it stands
    ("title" or "text"), the mention, the text it is printed in, and every date of that text."""
    titled = scan.title_dates[index]
    for mention in titled:
        yield article.title_line, "title", mention, article.title, titled
    for paragraph, mentions in zip(article.paragraphs, scan.paragraph_dates[index], strict=True):
        for mention in mentions:
            yield paragraph.line_at(mention.start), "text", mention, paragraph.text, mentions


def _impossible_mentions(article: Article, index: int, scan: Scan) -> Iterator[Hit]:
    """The dates that do not exist in the title and the paragraphs of article ``index``."""
    for line, _, mention, _, _ in _placed_mentions(article, index, scan):
        if not mention.exists:
            yield Hit(line, _no_such_date(mention), article=index)


def _no_such_date(mention: DateMention) -> str:
    what = "month" if mention.day is None else "date"
    printed = f"{mention.day_text} in {mention.text}" if mention.of_two else mention.text
    if mention.year_impossible:
        return f"{what} {printed} does not exist (year {mention.year} is impossible)"
    if mention.year is None and mention.range_year is not None:
        return (
            f"{what} {printed} does not exist in {mention.range_year}, "
            "the year printed with the rest of its range"
        )
    return f"{what} {printed} does not exist"


# ---------------------------------------------------------------- date.weekday


def _rfc822_weekday_clash(text: str) -> tuple[str, str] | None:
    """(printed weekday, true weekday) when an RFC 822 date names the wrong day (local calendar),
    or the same date in another order (``rfc822_spelled``: "Mon Dec 02 07:00:00 ICT 2025")."""
    text = text.strip()
    match = _RFC822_DAY_RE.match(rfc822_spelled(text) or text)
    if match is None or match["wd"] is None or match["mon"] not in RFC822_MONTHS:
        return None
    day = make_date(int(match["year"]), RFC822_MONTHS.index(match["mon"]) + 1, int(match["day"]))
    if day is None or match["wd"] not in RFC822_WEEKDAYS:
        return None
    true = RFC822_WEEKDAYS[day.weekday()]
    return None if true == match["wd"] else (match["wd"], true)


def _vietnamese_weekday_clash(text: str) -> tuple[str, str] | None:
    """(printed weekday, true weekday) when a feed date's Vietnamese weekday names the wrong day:
    a day-first date ("Thứ Ba, 02/12/2025 - 10:30") or an RFC 822 one ("Thứ Ba, 02 Dec 2025")."""
    printed = day_first_weekday(text) or vietnamese_weekday_rfc822(collapse_spaces(text))
    if printed is None or weekday_index(printed[0]) == printed[1].weekday():
        return None
    return printed[0], weekday_name(printed[1].weekday())


def _wrong_weekday(bulletin: Bulletin) -> Bulletin | None:
    """Print the day after the true weekday: in the masthead, or in the newest feed item's date."""
    if bulletin.weekday_printed is not None and bulletin.issue_date is not None:
        wrong = WEEKDAY_NAMES[(bulletin.issue_date.weekday() + 1) % 7]
        if not bulletin.weekday_printed.isupper():
            wrong = wrong.capitalize()
        return replace(bulletin, weekday_printed=wrong)
    index = first_index(bulletin.articles, lambda a: bool(a.pub_date_text))
    if index is None:
        return None
    article = bulletin.articles[index]
    text = article.pub_date_text or ""
    match = _RFC822_DAY_RE.match(text)
    if match is None or match["wd"] is None or match["wd"] not in RFC822_WEEKDAYS:
        return None
    wrong = RFC822_WEEKDAYS[(RFC822_WEEKDAYS.index(match["wd"]) + 1) % 7]
    return replace_article(bulletin, index, replace(article, pub_date_text=wrong + text[3:]))


@register_rule(
    "date.weekday",
    Severity.ERROR,
    description="a printed weekday contradicts the calendar (masthead, feed dates, a day in the "
    "text: 'Sáng thứ Hai (2/12)')",
    example="masthead says THỨ SÁU but 01/02/2024 is a THỨ NĂM",
    inject=_wrong_weekday,
    withholds=Withholds.ARTICLE,
)
def check_weekday(bulletin: Bulletin, scan: Scan | None = None) -> Iterator[Hit]:
    if bulletin.weekday_printed and bulletin.issue_date and bulletin.weekday_line is not None:
        printed = weekday_index(bulletin.weekday_printed)
        true = bulletin.issue_date.weekday()
        if printed is not None and printed != true:
            # The web edition prints its weekday in the page's title ("… - Thứ Năm, 02/5/2024").
            where = "title" if bulletin.source_format is SourceFormat.WEB_TEXT else "masthead"
            yield Hit(
                bulletin.weekday_line,
                f"{where} says {bulletin.weekday_printed} but "
                f"{bulletin.issue_date:%d/%m/%Y} is a {WEEKDAY_NAMES[true]}",
            )
    if bulletin.channel is not None:
        built = bulletin.channel.build_date_text
        clash = _rfc822_weekday_clash(built) or _vietnamese_weekday_clash(built)
        if clash:
            yield Hit(
                bulletin.channel.line,
                f"feed build date {bulletin.channel.build_date_text!r} says {clash[0]} "
                f"but that day is a {clash[1]}",
            )
    for index, article in enumerate(bulletin.articles):
        if not article.pub_date_text:
            continue  # digest articles: no item date
        clash = _rfc822_weekday_clash(article.pub_date_text) or _vietnamese_weekday_clash(
            article.pub_date_text
        )
        if clash:
            yield Hit(
                _date_line(article),
                f"item date {article.pub_date_text!r} says {clash[0]} but that day is a {clash[1]}",
                article=index,
            )
    yield from _text_weekday_clashes(bulletin, scan or Scan(bulletin))


def _text_weekday_clashes(bulletin: Bulletin, scan: Scan) -> Iterator[Hit]:
    """A day in a title or paragraph printed with a weekday it does not fall on ("Sáng thứ Hai
    (3/12)" of a year when 3/12 is a Tuesday). A day without its year is the one nearest the
    issue date (a feed item's: its own date)."""
    if not any(map(attrgetter("weekday"), _every_mention(scan))):
        return  # most bulletins print no weekday with a day: told in one C-level pass
    for index, article in enumerate(bulletin.articles):
        near = article.published_at.date() if article.published_at else bulletin.issue_date
        memo = _WeekdayMemo()  # the article's texts stay in ``scan`` while it is looked at
        for line, where, mention, text, others in _placed_mentions(article, index, scan):
            if mention.weekday and (
                message := _weekday_clash(mention, near, where, text, others, memo)
            ):
                yield Hit(line, message, article=index)


#: A year the text names: "năm 2024", "Năm 2025,", an event's ("Quốc khánh 2025", "Giỗ Tổ Hùng
#: Vương 2025"), or a date's ("lễ 2/9/2025", "từ 26/12/2024"): digits of their own, never those of
#: a number ("2.025", "2025,5") or a decimal.
_YEAR_NAMED_RE = patterncache.compile(
    r"(?:(?<!\w)(?i:năm)\s+|(?<=\d[/.\-])|(?<![\w/.,\-–]))"
    r"(?P<year>(?:19|20)\d{2})(?![\d/.,]\d)(?!\d)"
)
#: A year named by its distance from the issue's: "năm ngoái" (last year), "năm trước" (not
#: "hai năm trước", so many years ago: ``_COUNTS_OF_YEARS``), "năm tới", "năm sau" (next year;
#: not "thứ Năm tới", next Thursday), "năm nay" (the issue's own: "Hồi đầu năm nay, sáng thứ Năm
#: (15/1)" in a December issue; not "hai năm nay", for two years now), and so do "năm qua" and
#: "đầu năm" (not "đầu năm học", a school year's; "đầu năm 2026" names its own).
_RELATIVE_YEAR_RE = patterncache.compile(
    r"(?<!\w)(?:(?P<count>[^\W_]+)\s+)?(?i:năm)\s+(?P<which>(?i:ngoái|trước|tới|sau|nay|qua))"
    r"(?!\w)|(?<!\w)(?P<start>(?i:đầu))\s+(?i:năm)(?!\w)(?!\s+(?i:học|\d))"
    # A month told as past, "Hồi tháng 1", "Tháng 1 vừa qua": of the issue's year, or nearest.
    r"|(?<!\w)(?P<past>(?i:hồi\s+tháng\s+\d{1,2}(?!\d)|tháng\s+\d{1,2}\s+vừa\s+qua))(?!\w)"
)
#: Words that count the years before "năm trước" ("2 năm trước", "vài năm trước").
_COUNTS_OF_YEARS = frozenset(
    ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mấy", "vài", "nhiều")
)
#: The words before "năm" that make "năm tới", "năm trước" no year of the issue's: a count of
#: years, or "thứ" ("thứ Năm tới" is next Thursday).
_NOT_A_YEAR_BEFORE = _COUNTS_OF_YEARS | {"thứ"}
_RELATIVE_YEARS = {"ngoái": -1, "trước": -1, "tới": 1, "sau": 1, "nay": 0, "qua": 0}
#: Where a sentence ends.
_SENTENCE_END_RE = patterncache.compile(r"[.;!?](?:\s|$)")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence of ``text`` that holds ``text[start:end]`` opens and closes."""
    marks, ends, *_ = _sentences_and_years(text)
    opening = ends[index - 1] if (index := bisect_right(ends, start)) else 0
    at = bisect_left(marks, end)
    closing = marks[at] if at < len(marks) else len(text)
    return opening, closing


@lru_cache(maxsize=256)
def _years_between(text: str, opening: int, closing: int) -> frozenset[int]:
    """The years named in ``text[opening:closing]`` (one sentence), found once a sentence
    however many of its days are checked (a sentence of many days and years was quadratic)."""
    _, _, years, _ = _sentences_and_years(text)
    first = bisect_left(years, (opening, -1, -1))
    found: set[int] = set()
    for place, stop, year in years[first:]:
        if place >= closing:
            break
        if stop <= closing:
            found.add(year)
    return frozenset(found)


@lru_cache(maxsize=256)
def _sentences_and_years(
    text: str,
) -> tuple[list[int], list[int], list[tuple[int, int, int]], dict[int, list[int]]]:
    """Where each sentence end of ``text`` starts and ends, each year it names (start, end,
    year), and where it names one by its distance from the issue's, by that distance (-1, 0, 1;
    ``_RELATIVE_YEAR_RE``, not after a count: "hai năm trước"): read once a text, however many
    of its days are checked (a search from its start for each day was quadratic in a long
    paragraph of days)."""
    found = list(_SENTENCE_END_RE.finditer(text))
    years = [(m.start(), m.end(), int(m["year"])) for m in _YEAR_NAMED_RE.finditer(text)]
    relative: dict[int, list[int]] = {-1: [], 0: [], 1: []}
    for match in _RELATIVE_YEAR_RE.finditer(text):
        if match["start"] is not None or match["past"] is not None:
            relative[0].append(match.start())
            continue
        count = match["count"]
        if count is None or not (count.isdigit() or count.casefold() in _NOT_A_YEAR_BEFORE):
            relative[_RELATIVE_YEARS[match["which"].casefold()]].append(match.start("which"))
    return [m.start() for m in found], [m.end() for m in found], years, relative


def _weekday_clash(
    mention: DateMention,
    near: dt.date | None,
    where: str,
    text: str = "",
    others: tuple[DateMention, ...] = (),
    memo: _WeekdayMemo | None = None,
) -> str | None:
    """What is wrong with the weekday printed with ``mention``, or None (no weekday, right, or a
    day that cannot be placed: impossible, or without year or issue date). A day printed without
    its year whose weekday is right in another year the text (of ``text``, whose dates are
    ``others``) makes it likely is that year's (``_another_year_fits``)."""
    if mention.weekday is None or weekday_index(mention.weekday) is None:
        return None
    if mention.day is None or mention.year_impossible:
        return None
    year = mention.known_year
    if year is not None:
        day = make_date(year, mention.month, mention.day)
    else:
        day = None if near is None else infer_year(mention.day, mention.month, near)
    if day is None or weekday_fits(mention.weekday, day.weekday()):
        return None
    if (
        year is None
        and near is not None
        and _another_year_fits(mention, day, near, text, others, memo)
    ):
        return None
    return (
        f"{where} says {mention.weekday} {mention.day_text} but {day:%d/%m/%Y} is a "
        f"{weekday_name(day.weekday())}"
    )


#: How many days from the issue date (or a feed item's) a day printed without its year is surely
#: of the year nearest it, whatever weekday it is printed with: a digest reports the days around
#: its issue, so a weekday wrong there is a misprint, even if another year's day falls on it.
_RECENT_DAYS = 62


@dataclass
class _WeekdayMemo:
    """What the weekday check of one article's texts tells once, however many of their days
    ask (a sentence of many days was quadratic): whether every day of a sentence printed with a
    weekday and without a year falls on its weekday in a year, by the sentence's dates (their
    tuple's identity), its start and the year; and the years each text names, by its identity
    (the texts stay in the scan while the article is looked at)."""

    sentence_fits: dict[tuple[int, int, int], bool] = field(default_factory=dict)
    paragraph_years: dict[int, frozenset[int]] = field(default_factory=dict)


def _another_year_fits(
    mention: DateMention,
    nearest: dt.date,
    near: dt.date,
    text: str,
    others: tuple[DateMention, ...] = (),
    memo: _WeekdayMemo | None = None,
) -> bool:
    """Whether a day printed without its year, whose weekday is wrong in the year nearest
    ``near`` (``nearest``), may be of another year it falls on that weekday in: one its sentence
    (of ``text``) names, by number ("nghỉ lễ Quốc khánh năm 2024 từ thứ Bảy ngày 31/8") or by
    its distance from ``near``'s ("năm ngoái, sáng 4/12 (thứ Năm)"); or, far from ``near``
    (more than ``_RECENT_DAYS``), one its paragraph names ("Năm 2025, … Sáng 1-7 (thứ Ba)") or
    the year before or after the nearest (a story of last year that does not say so: "Sáng 1-7
    (thứ Ba)" in an issue of December 2026, 1/7/2025 a Tuesday), unless another day of its
    sentence printed with a weekday and without a year (of ``others``) falls on another weekday
    in that year ("từ thứ bảy, ngày 27/4 đến hết thứ năm, ngày 1/5": 27/4 says which year).
    Near the issue the nearest year stays, whatever year another sentence names: a misprint;
    but where the nearest is across the turn of the year, the issue's own year may be meant too
    (a December issue looks back on "Trước đó, ngày 15/1 (thứ Năm)" as often as it looks ahead
    to next January, and a January issue ahead to "ngày 17/12 (thứ Năm)")."""
    relative = _sentences_and_years(text)[3]
    opening, closing = _sentence_around(text, mention.start, mention.end)
    years = set(_years_between(text, opening, closing))
    years.update(
        near.year + offset
        for offset, places in relative.items()
        if bisect_left(places, opening) < bisect_left(places, closing)
    )
    if any(_falls_on_its_weekday(mention, year) for year in years):
        return True
    if nearest.year != near.year and _falls_on_its_weekday(mention, near.year):
        return True  # across the turn of the year, the issue's own: "15/1 (thứ Năm)" in December
    if abs((nearest - near).days) <= _RECENT_DAYS:
        return False
    memo = _WeekdayMemo() if memo is None else memo
    if (named := memo.paragraph_years.get(id(text))) is None:
        named = memo.paragraph_years[id(text)] = _years_between(text, 0, len(text))
    for year in {nearest.year - 1, nearest.year + 1, *named}:
        if not _falls_on_its_weekday(mention, year):
            continue
        key = (id(others), opening, year)
        if (fits := memo.sentence_fits.get(key)) is None:
            fits = memo.sentence_fits[key] = all(
                _falls_on_its_weekday(other, year)
                for other in others
                if other.weekday and other.known_year is None and opening <= other.start < closing
            )
        if fits:
            return True
    return False


def _falls_on_its_weekday(mention: DateMention, year: int) -> bool:
    """Whether the day of ``mention`` falls on the weekday printed with it in ``year``."""
    day = None if mention.day is None else make_date(year, mention.month, mention.day)
    if mention.weekday is None or day is None:
        return False
    return bool(weekday_fits(mention.weekday, day.weekday()))


def weekday_name(index: int) -> str:
    """A weekday as running text names it: "thứ Hai" … "thứ Bảy", "Chủ nhật"."""
    if index == 6:
        return "Chủ nhật"
    return "thứ " + WEEKDAY_NAMES[index].split()[1].capitalize()


# ---------------------------------------------------------------- date.future


#: The day a citation stands for (``resolve_cited_date``), kept: a digest cites the same few days
#: again and again, and the citations table asks for each one this rule asked for.
cited_date = lru_cache(maxsize=1024)(resolve_cited_date)


def _item_time(article_pub: dt.datetime | None, text: str | None) -> dt.datetime | None:
    if article_pub is not None:
        return article_pub
    parsed = parse_feed_date(text)
    return parsed.utc if parsed else None


def _printed_day(article: Article, moment: dt.datetime) -> dt.date:
    """The day a feed item's date prints, in its own zone, as a feed's issue date is told (its
    UTC day when the date is given as an instant only)."""
    return printed_day(article.pub_date_text) or moment.date()


def _latest_build(channel: FeedChannel) -> dt.datetime | None:
    """The latest instant a feed's build date may name (``FeedDate.latest``): "2025-12-02T10:30:00"
    is read on Vietnam's clock, but a server may have printed UTC's, and "2025-12-02" may be
    any time that day; an item is after the build only if after every reading of it."""
    built = channel.build_date
    parsed = parse_feed_date(channel.build_date_text) if built is not None else None
    return parsed.latest if parsed is not None and parsed.utc == built else built


def _future_date(bulletin: Bulletin) -> Bulletin | None:
    """Cite a date three days after the issue, or date the newest feed item after the build date."""
    index = first_index(bulletin.articles, lambda a: a.citation is not None)
    if index is not None and bulletin.issue_date is not None:
        article = bulletin.articles[index]
        assert article.citation is not None
        later = bulletin.issue_date + dt.timedelta(days=3)
        citation = replace(
            article.citation, date_text=day_month_text(later, like=article.citation.date_text)
        )
        return replace_article(bulletin, index, replace(article, citation=citation))
    channel = bulletin.channel
    if channel is None or channel.build_date is None or not bulletin.articles:
        return None
    moment = channel.build_date + dt.timedelta(days=1)
    article = replace(
        bulletin.articles[0], published_at=moment, pub_date_text=format_rfc822(moment)
    )
    return replace_article(bulletin, 0, article)


def _future_citations(article: Article, index: int, issued: dt.date | None) -> Iterator[Hit]:
    """``date.future`` of the article's source notes (its items' and its own) dated after the
    issue date ``issued``."""
    if issued is None:
        return
    for citation in article.citations:
        cited = cited_date(citation.date_text, issued)
        if cited is not None and cited > issued:
            yield Hit(
                citation.line,
                f"citation date {citation.date_text} ({cited.isoformat()}) is after "
                f"the issue date {issued.isoformat()}",
                article=index,
            )


@register_rule(
    "date.future",
    Severity.ERROR,
    description="a citation or feed item dated after the issue date / the feed's build date",
    example="citation date 28/9 (2024-09-28) is after the issue date 2024-09-19",
    inject=_future_date,
    withholds=Withholds.ARTICLE,
)
def check_future(bulletin: Bulletin) -> Iterator[Hit]:
    channel = bulletin.channel
    built = _latest_build(channel) if channel is not None else None
    for index, article in enumerate(bulletin.articles):
        yield from _future_citations(article, index, bulletin.issue_date)
        moment = _item_time(article.published_at, article.pub_date_text)
        if moment is None:
            continue
        if channel is not None and built is not None:
            if moment > built:
                yield Hit(
                    _date_line(article),
                    f"item dated {article.pub_date_text or moment.isoformat()} is after "
                    f"the feed's build date {channel.build_date_text}",
                    article=index,
                )
        elif (
            bulletin.issue_date is not None and _printed_day(article, moment) > bulletin.issue_date
        ):
            yield Hit(
                _date_line(article),
                f"item dated {article.pub_date_text or moment.isoformat()} is after "
                f"the issue date {bulletin.issue_date.isoformat()}",
                article=index,
            )


# ---------------------------------------------------------------- date.weekend


def weekdays_only(bulletin: Bulletin) -> bool:
    """Whether the digest is issued Monday to Friday: its masthead says so (print), or it is the
    web edition of the same series (whose page prints no masthead)."""
    if bulletin.kind is not Kind.DIGEST:
        return False
    return bulletin.weekdays_only or bulletin.source_format is SourceFormat.WEB_TEXT


def _weekend_issue(bulletin: Bulletin) -> Bulletin | None:
    """Move a weekdays-only digest to the next Saturday (masthead weekday moved along)."""
    if not weekdays_only(bulletin) or bulletin.issue_date is None:
        return None
    if bulletin.issue_date.weekday() >= 5:
        return None
    saturday = bulletin.issue_date + dt.timedelta(days=5 - bulletin.issue_date.weekday())
    weekday = bulletin.weekday_printed
    if weekday is not None:
        weekday = WEEKDAY_NAMES[5] if weekday.isupper() else WEEKDAY_NAMES[5].capitalize()
    # The web edition prints its date in the title ("Bản tin … ngày 03/02/2024"): move it too.
    title = bulletin.title
    if bulletin.source_format is SourceFormat.WEB_TEXT:
        title = retext_date(title, saturday)
    return replace(
        bulletin,
        title=title,
        issue_date=saturday,
        issue_date_text=retext_date(bulletin.issue_date_text, saturday),
        weekday_printed=weekday,
    )


@register_rule(
    "date.weekend",
    Severity.WARNING,
    description="a digest issued on Saturday or Sunday although the series is issued Monday to "
    "Friday (the print masthead says so; the web edition is the same series)",
    example="issued on Saturday 03/02/2024 although the masthead says Monday to Friday",
    inject=_weekend_issue,
)
def check_weekend(bulletin: Bulletin) -> Iterator[Hit]:
    day = bulletin.issue_date
    if weekdays_only(bulletin) and day is not None and day.weekday() >= 5:
        name = "Saturday" if day.weekday() == 5 else "Sunday"
        because = (
            "the masthead says Monday to Friday"
            if bulletin.weekdays_only
            else "the digest is issued Monday to Friday"
        )
        yield Hit(bulletin.issue_date_line, f"issued on {name} {day:%d/%m/%Y} although {because}")
