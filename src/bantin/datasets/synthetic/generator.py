"""Generate plausible, clean bulletins (digest issues and feed snapshots) with every line field 0."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from bantin.datasets.synthetic import vocabulary as V
from bantin.datasets.synthetic.prose import (
    Scene,
    Writer,
    capitalise,
    paragraphs,
    pen_name,
    person_name,
)
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
from bantin.parsers.text import (
    RFC822_MONTHS,
    RFC822_WEEKDAYS,
    WEEKDAY_NAMES,
    format_rfc822,
    nfc,
)

PRINT_TITLE = "BẢN TIN CẢI CÁCH HÀNH CHÍNH"
WEB_TITLE_PREFIX = "Bản tin Cải cách hành chính ngày "
#: Simulated print layout: characters per page and what the masthead and TOC take on page 1.
PAGE_CHARS = 3000
FIRST_PAGE_USED = 1500
_SPLIT_MARGIN = 30
#: Sections other than local news hold at most this many articles (there are few commentary titles).
MAX_PER_OTHER_SECTION = 3


def generate_bulletin(
    rng: random.Random,
    source_format: SourceFormat | str,
    issue_date: dt.date | None = None,
    *,
    page_breaks: bool = True,
    dialect: FeedDialect | str = FeedDialect.RSS2,
) -> Bulletin:
    """A clean bulletin in ``source_format``; renderers assign the line fields (all 0 here).

    An XML feed is written in ``dialect`` (WordPress RSS 2.0 by default; a news site's
    description-only RSS 2.0 dated in +0700, RSS 1.0 or Atom dated in ISO 8601); the dialect draws
    nothing from ``rng``, so the same seed gives the same items in every dialect.

    A digest is issued Monday to Friday (``ValueError`` for a weekend ``issue_date``); a feed's
    build date falls on ``issue_date`` (UTC). ``page_breaks`` lets a print edition split a long
    paragraph at a page boundary (recorded in ``Paragraph.breaks``).
    """
    fmt = SourceFormat(source_format)
    if issue_date is None:
        issue_date = random_issue_date(rng, fmt.kind)
    elif fmt.kind is Kind.DIGEST and issue_date.weekday() >= 5:
        raise ValueError(
            f"issue_date must be a weekday (Monday to Friday) for a digest, got {issue_date:%A %Y-%m-%d}"
        )
    if fmt.kind is Kind.FEED:
        feed = _feed(rng, fmt, issue_date)
        return in_dialect(feed, FeedDialect(dialect)) if fmt is SourceFormat.FEED_XML else feed
    return _digest(rng, fmt, issue_date, page_breaks and fmt is SourceFormat.PRINT_TEXT)


def random_issue_date(rng: random.Random, kind: Kind) -> dt.date:
    """A date in 2023-2025, now and then in the first days of January; a weekday for digests."""
    if rng.random() < 0.15:
        day = dt.date(rng.randint(2023, 2025), 1, rng.randint(1, 6))
    else:
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 3 * 365))
    return next_weekday(day) if kind is Kind.DIGEST else day


def next_weekday(day: dt.date) -> dt.date:
    """``day`` itself when it is Monday to Friday, else the following Monday."""
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


# ---------------------------------------------------------------- articles


def _local_title(
    rng: random.Random, writer: Writer, phrase: str, province: str, prefix_share: float
) -> str:
    """A local title: "Hà Nam: Đẩy mạnh …", "Hà Nam đẩy mạnh …" or, without locality, "Đẩy mạnh …"."""
    filled = writer.fill(phrase)
    roll = rng.random()
    if roll < prefix_share:
        return f"{province}: {capitalise(filled)}"
    if roll < prefix_share + (1 - prefix_share) * 0.7:
        return f"{province} {filled}"
    return capitalise(filled)


def _pick_title(rng: random.Random, titles: tuple[str, ...], used: set[str]) -> str:
    """A title template not used yet in this bulletin (any, once all are used)."""
    fresh = [t for t in titles if t not in used] or list(titles)
    choice = rng.choice(fresh)
    used.add(choice)
    return choice


def _article_text(
    rng: random.Random,
    section: str | None,
    issue_date: dt.date,
    province: V.Province,
    used: set[str],
) -> tuple[str, list[str], bool]:
    """(title, paragraphs, is local) for an article of ``section`` (None: a feed item)."""
    count = rng.randint(2, 6)
    if section == V.SECTION_COMMENTARY:
        writer = Writer(rng, Scene(issue_date))
        title = _pick_title(rng, V.COMMENTARY.titles, used)
        return (
            title,
            paragraphs(writer, V.COMMENTARY.sentences, (), V.COMMENTARY_CLOSINGS, count),
            False,
        )
    if section == V.SECTION_SECTOR or (section is None and rng.random() < 0.3):
        sector = rng.choice(V.SECTORS)
        writer = Writer(rng, Scene(issue_date, sector=sector, field=rng.choice(sector.fields)))
        title = capitalise(writer.fill(_pick_title(rng, V.SECTOR.titles, used)))
        pool = (*V.SECTOR.sentences, *_figure_forms(rng))
        body = paragraphs(writer, pool, V.SECTOR_LEADS, V.SECTOR_CLOSINGS, count)
        return title, body, False
    topics = V.ADMIN_TOPICS if section == V.SECTION_ADMIN else (*V.LOCAL_TOPICS, V.DISCIPLINE)
    topic = rng.choice(topics)
    writer = Writer(rng, Scene(issue_date, province=province))
    prefix_share = {V.SECTION_LOCAL: 0.75, V.SECTION_ADMIN: 0.85}.get(section or "", 0.45)
    phrase = _pick_title(rng, topic.titles, used)
    title = _local_title(rng, writer, phrase, province.name, prefix_share)
    pool = (*topic.sentences, *_figure_forms(rng))
    body = paragraphs(writer, pool, V.LOCAL_LEADS, V.LOCAL_CLOSINGS, count)
    return title, body, True


def _figure_forms(rng: random.Random) -> tuple[str, ...]:
    """A few of the figure-form sentences, so every form turns up in a handful of bulletins."""
    return tuple(rng.sample(V.FIGURE_FORM_SENTENCES, 4))


def _citation(
    rng: random.Random, fmt: SourceFormat, issue_date: dt.date, province: V.Province | None
) -> Citation:
    """A citation "(Outlet DD/MM, Author, Author)", dated on or up to four days before the issue."""
    if province is not None and rng.random() < 0.5:
        outlet = provincial_outlet(rng, province)
    else:
        outlet = rng.choice(V.NATIONAL_OUTLETS)
    cited = issue_date - dt.timedelta(days=rng.choices((0, 1, 2, 3, 4), (4, 4, 2, 1, 1))[0])
    month = f"{cited.month:02d}" if fmt is SourceFormat.PRINT_TEXT else str(cited.month)
    count = rng.choices((0, 1, 2, 3), (2, 6, 3, 1))[0]
    authors: list[str] = []
    while len(authors) < count:
        name = pen_name(rng)
        if name not in authors:
            authors.append(name)
    separator = rng.choice((", ", ", ", " - ", " – ")) if count >= 2 else ", "
    return Citation(nfc(outlet), f"{cited.day:02d}/{month}", tuple(authors), 0, separator)


def provincial_outlet(rng: random.Random, province: V.Province) -> str:
    """The province's own paper: a known one ("Baohanam.com.vn") or "Bao<province>.vn"."""
    label = "bao" + ascii_slug(province.name).replace("-", "")
    known = [o for o in V.LOCAL_OUTLETS if o.lower().split(".", 1)[0] == label]
    return known[0] if known else label.capitalize() + rng.choice(V.OUTLET_DOMAINS)


def _split_point(text: str, target: int) -> int | None:
    """The offset nearest ``target`` where a page break can split ``text`` mid-sentence: after a
    letter or digit, before a lower-case word (so the parser sees an unfinished paragraph)."""
    candidates = [
        i
        for i in range(_SPLIT_MARGIN, len(text) - _SPLIT_MARGIN)
        if text[i] == " " and text[i - 1].isalnum() and text[i + 1].islower()
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda i: (abs(i - target), i)) + 1


# ---------------------------------------------------------------- digests


def _section_plan(rng: random.Random) -> list[tuple[str, int]]:
    """2-4 sections in print order (local news first) and how many articles each holds (4-12)."""
    others = rng.sample(V.SECTIONS[1:], rng.randint(1, 3))
    names = [V.SECTION_LOCAL, *sorted(others, key=V.SECTIONS.index)]
    counts = [1] * len(names)
    weights = [4] + [1] * (len(names) - 1)
    for _ in range(rng.randint(4, 12) - len(names)):
        index = rng.choices(range(len(names)), weights)[0]
        counts[index if counts[index] < MAX_PER_OTHER_SECTION else 0] += 1
    return list(zip(names, counts, strict=True))


def _digest(
    rng: random.Random, fmt: SourceFormat, issue_date: dt.date, page_breaks: bool
) -> Bulletin:
    plan = _section_plan(rng)
    provinces = rng.sample(V.PROVINCES, sum(count for _, count in plan))
    printed = fmt is SourceFormat.PRINT_TEXT
    articles: list[Article] = []
    toc: list[TocEntry] = []
    sections: list[Section] = []
    titles: set[str] = set()
    used: set[str] = set()
    cursor = FIRST_PAGE_USED
    for name, count in plan:
        for _ in range(count):
            province = provinces[len(articles)]
            title, body, local = _article_text(rng, name, issue_date, province, used)
            while title in titles:
                title, body, local = _article_text(rng, name, issue_date, province, used)
            titles.add(title)
            page = cursor // PAGE_CHARS + 1 if printed else None
            cursor += 200 + len(title)
            paras: list[Paragraph] = []
            for index, text in enumerate(body):
                start, end = cursor, cursor + len(text)
                breaks: tuple[tuple[int, int], ...] = ()
                crosses = start // PAGE_CHARS != end // PAGE_CHARS
                if page_breaks and crosses and index < len(body) - 1 and rng.random() < 0.7:
                    offset = _split_point(text, (end // PAGE_CHARS) * PAGE_CHARS - start)
                    if offset is not None:
                        breaks = ((offset, 0),)
                paras.append(Paragraph(text, 0, breaks))
                cursor = end + 60
            if not sections or sections[-1].name != name:
                sections.append(Section(name, page, 0))
            toc.append(TocEntry(str(len(toc) + 1), title, name, page, 0))
            citation = _citation(rng, fmt, issue_date, province if local else None)
            articles.append(Article(title, 0, 0, tuple(paras), name, 0, citation))
    if printed:
        issue_text = f"{issue_date.day:02d}/{issue_date.month:02d}/{issue_date.year}"
        return Bulletin(
            source_format=fmt,
            title=PRINT_TITLE,
            issue_date_text=issue_text,
            issue_date=issue_date,
            issue_date_line=0,
            weekday_printed=WEEKDAY_NAMES[issue_date.weekday()],
            weekday_line=0,
            weekdays_only=True,
            editor=person_name(rng) if rng.random() < 0.5 else pen_name(rng),
            editor_line=0,
            sections=tuple(sections),
            toc=tuple(toc),
            articles=tuple(articles),
        )
    issue_text = f"{issue_date.day:02d}/{issue_date.month}/{issue_date.year}"
    return Bulletin(
        source_format=fmt,
        title=WEB_TITLE_PREFIX + issue_text,
        issue_date_text=issue_text,
        issue_date=issue_date,
        issue_date_line=0,
        sections=tuple(sections),
        toc=tuple(toc),
        articles=tuple(articles),
    )


# ---------------------------------------------------------------- feeds


def _feed(rng: random.Random, fmt: SourceFormat, issue_date: dt.date) -> Bulletin:
    site, host, description = rng.choice(V.FEED_SITES)
    link = f"https://{host}.example"
    build = dt.datetime.combine(issue_date, dt.time(), tzinfo=dt.UTC) + dt.timedelta(
        seconds=rng.randint(0, 86_399)
    )
    title = f"{V.FEED_CATEGORY} – {site}"
    channel = FeedChannel(
        title=title,
        link=link,
        description=description,
        build_date_text=format_rfc822(build),
        build_date=build,
        language="vi",
        generator=f"https://wordpress.org/?v=6.{rng.randint(2, 8)}.{rng.randint(0, 3)}",
        line=0,
    )
    count = rng.randint(4, 12)
    provinces = rng.sample(V.PROVINCES, count)
    moment = build - dt.timedelta(seconds=rng.randint(0, 5400))
    post_id = rng.randint(20_000, 90_000)
    items: list[Article] = []
    slugs: set[str] = set()
    used: set[str] = set()
    for province in provinces:
        item_title, body, local = _article_text(rng, None, moment.date(), province, used)
        slug = ascii_slug(item_title)
        while slug in slugs:
            slug += "-2"
        slugs.add(slug)
        writer = Writer(rng, Scene(moment.date(), province=province if local else None))
        for _ in range(rng.choices((0, 1, 2), (5, 3, 2))[0]):
            body.insert(rng.randint(1, len(body)), writer.caption())
        items.append(
            Article(
                title=item_title,
                title_line=0,
                line_end=0,
                paragraphs=tuple(Paragraph(text, 0) for text in body),
                url=f"{link}/{slug}/",
                guid=f"{link}/?p={post_id}",
                pub_date_text=format_rfc822(moment),
                published_at=moment,
                pub_date_line=0,
            )
        )
        moment -= dt.timedelta(seconds=rng.randint(1800, 3 * 86_400))
        post_id -= rng.randint(1, 40)
    return Bulletin(
        source_format=fmt,
        title=title,
        issue_date_text=channel.build_date_text,
        issue_date=build.date(),
        issue_date_line=0,
        articles=tuple(items),
        channel=channel,
    )


#: Vietnam's offset from UTC, in which news sites print their dates.
VIETNAM = dt.timezone(dt.timedelta(hours=7))


def local_rfc822(moment: dt.datetime, zone: dt.tzinfo = VIETNAM) -> str:
    """ "Tue, 30 Sep 2025 21:10:00 +0700": ``moment`` printed in the local time of ``zone``."""
    local = moment.astimezone(zone)
    offset = local.strftime("%z")
    return (
        f"{RFC822_WEEKDAYS[local.weekday()]}, {local.day:02d} {RFC822_MONTHS[local.month - 1]} "
        f"{local.year} {local:%H:%M:%S} {offset}"
    )


def iso8601(moment: dt.datetime, zone: dt.tzinfo = VIETNAM) -> str:
    """ "2025-09-30T21:10:00+07:00": ``moment`` in ISO 8601 at the offset of ``zone``."""
    return moment.astimezone(zone).isoformat(timespec="seconds")


def in_dialect(feed: Bulletin, dialect: FeedDialect) -> Bulletin:
    """The feed as a site writing ``dialect`` prints it: dates in its style (the same instants),
    no WordPress generator on a news site's feed."""
    channel = feed.channel
    if channel is None or dialect is FeedDialect.RSS2:
        return feed
    style = local_rfc822 if dialect is FeedDialect.RSS2_DESCRIPTION else iso8601
    build = channel.build_date
    channel = replace(
        channel,
        dialect=dialect,
        build_date_text=style(build) if build else channel.build_date_text,
        generator="" if dialect is FeedDialect.RSS2_DESCRIPTION else channel.generator,
    )
    items = tuple(
        replace(a, pub_date_text=style(a.published_at)) if a.published_at else a
        for a in feed.articles
    )
    # Both styles print in Vietnam's time: the issue date is the day the build date prints there.
    issue_date = build.astimezone(VIETNAM).date() if build else feed.issue_date
    return replace(
        feed,
        channel=channel,
        issue_date_text=channel.build_date_text,
        issue_date=issue_date,
        articles=items,
    )
