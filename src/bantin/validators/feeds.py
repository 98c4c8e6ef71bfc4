"""Feed rules: items out of date order, items without a title or a readable date, undated and
empty feeds."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from bantin.model import Article, Bulletin, FeedDialect, Kind, SourceFormat
from bantin.parsers.feed_dates import EARLIEST_FEED_YEAR, parse_feed_date, says_no_date
from bantin.parsers.feed_xml import UNTITLED, is_attachment_only, is_headline_only
from bantin.validators.edits import first_index, replace_article
from bantin.validators.finding import Severity
from bantin.validators.registry import Hit, Withholds, register_rule


def _swap_newest(bulletin: Bulletin) -> Bulletin | None:
    """Swap the two newest items of a feed."""
    items = bulletin.articles
    if bulletin.kind is not Kind.FEED or len(items) < 2:
        return None
    first, second = items[0].published_at, items[1].published_at
    if first is None or second is None or not first > second:
        return None
    return replace(bulletin, articles=(items[1], items[0], *items[2:]))


@register_rule(
    "feed.order",
    Severity.WARNING,
    description="feed items are not in descending publication order (nor all ascending)",
    example="item 2 (2025-09-28 09:00 UTC) is newer than item 1 before it (2025-09-27 09:18 UTC)",
    inject=_swap_newest,
)
def check_order(bulletin: Bulletin) -> Iterator[Hit]:
    if bulletin.kind is not Kind.FEED or _oldest_first(bulletin):
        return
    previous = None
    for index, article in enumerate(bulletin.articles):
        moment = article.published_at
        if moment is None:
            continue
        if previous is not None and moment > previous[1]:
            yield Hit(
                _item_line(article),
                f"item {index + 1} ({moment:%Y-%m-%d %H:%M} UTC) is newer than item "
                f"{previous[0] + 1} before it ({previous[1]:%Y-%m-%d %H:%M} UTC)",
                article=index,
            )
        previous = (index, moment)


#: The fewest dated items that tell a feed listed oldest first from two swapped.
_ORDERED_ITEMS = 3


def _oldest_first(bulletin: Bulletin) -> bool:
    """Whether a feed lists its items oldest first throughout, as some systems do (NukeViet 3's
    feeds are "ORDER BY id ASC"): an order of its own, no item out of it. It takes three dated
    items at the least to tell so (two in that order may be a newest-first feed's two swapped)."""
    moments = [a.published_at for a in bulletin.articles if a.published_at is not None]
    return (
        len(moments) >= _ORDERED_ITEMS
        and moments[0] < moments[-1]
        and all(a <= b for a, b in pairwise(moments))
    )


def _item_line(article: Article) -> int:
    """Where an item's date is reported: its date line, else its title line."""
    return article.pub_date_line if article.pub_date_line is not None else article.title_line


def _xml_feed(bulletin: Bulletin) -> bool:
    return bulletin.source_format is SourceFormat.FEED_XML and bulletin.channel is not None


def _short(title: str) -> str:
    return title if len(title) <= 60 else title[:57] + "…"


# ---------------------------------------------------------------- items


def _undated(bulletin: Bulletin) -> bool:
    """Whether a feed prints no date at all, neither its own nor any item's."""
    channel = bulletin.channel
    if channel is None or channel.build_date_text:
        return False
    return not any(article.pub_date_text for article in bulletin.articles)


def _untitle_item(bulletin: Bulletin) -> Bulletin | None:
    """Empty the title of the first item (``<title/>``)."""
    index = first_index(bulletin.articles, lambda a: bool(a.title))
    if not _xml_feed(bulletin) or index is None:
        return None
    return replace_article(bulletin, index, replace(bulletin.articles[index], title=""))


@register_rule(
    "feed.item-untitled",
    Severity.ERROR,
    description="a feed item without a title (withheld: it cannot be listed or cited)",
    example="item 3 has no title",
    inject=_untitle_item,
    withholds=Withholds.ARTICLE,
)
def check_item_untitled(bulletin: Bulletin) -> Iterator[Hit]:
    if bulletin.kind is not Kind.FEED:
        return
    for index, article in enumerate(bulletin.articles):
        if not article.title:
            yield Hit(article.title_line, f"item {index + 1} has no title", article=index)


def _undate_item(bulletin: Bulletin) -> Bulletin | None:
    """Drop the date of the first dated item."""
    index = first_index(bulletin.articles, lambda a: a.pub_date_text is not None)
    if not _xml_feed(bulletin) or index is None:
        return None
    article = replace(
        bulletin.articles[index], pub_date_text=None, published_at=None, pub_date_line=None
    )
    return replace_article(bulletin, index, article)


@register_rule(
    "feed.item-undated",
    Severity.WARNING,
    description=(
        "a feed item without a date, or with the date a site prints for none (year 1, "
        "1970-01-01; published with a null published_at)"
    ),
    example="item 2 'Hà Nam: Số hóa hồ sơ…' has no pubDate, dc:date, published or updated",
    inject=_undate_item,
    withholds=Withholds.ARTICLE,
)
def check_item_undated(bulletin: Bulletin) -> Iterator[Hit]:
    if bulletin.kind is not Kind.FEED or _undated(bulletin):
        return  # a feed with no date at all gets one feed.undated warning, not one per item
    for index, article in enumerate(bulletin.articles):
        if not article.pub_date_text:
            yield Hit(
                article.title_line,
                f"item {index + 1} {_short(article.title)!r} has no pubDate, dc:date, published "
                "or updated; published without a date",
                article=index,
            )
        elif article.published_at is None and _says_no_date(article.pub_date_text):
            yield Hit(
                _item_line(article),
                f"item {index + 1} date {article.pub_date_text!r} is what a site prints for no "
                f"date (before {EARLIEST_FEED_YEAR}); published without a date",
                article=index,
            )


def _says_no_date(text: str) -> bool:
    """Whether a feed item's date is a placeholder for none ("Mon, 01 Jan 0001 00:00:00 GMT")."""
    parsed = parse_feed_date(text)
    return parsed is not None and says_no_date(parsed.utc)


def _garble_item_date(bulletin: Bulletin) -> Bulletin | None:
    """Write a date no reader understands ("hôm qua", yesterday) into the first dated item."""
    index = first_index(bulletin.articles, lambda a: a.pub_date_text is not None)
    if not _xml_feed(bulletin) or index is None:
        return None
    article = replace(bulletin.articles[index], pub_date_text="hôm qua", published_at=None)
    return replace_article(bulletin, index, article)


@register_rule(
    "feed.item-date-unreadable",
    Severity.ERROR,
    description="a feed item whose date is neither RFC 822, ISO 8601 nor day first (withheld)",
    example="item 4 date 'hôm qua' is not an RFC 822 or ISO 8601 date",
    inject=_garble_item_date,
    withholds=Withholds.ARTICLE,
)
def check_item_date_unreadable(bulletin: Bulletin) -> Iterator[Hit]:
    if bulletin.kind is not Kind.FEED:
        return
    for index, article in enumerate(bulletin.articles):
        if article.published_at is not None:
            continue  # the instant the parsers read from this very text: it is readable
        if article.pub_date_text and parse_feed_date(article.pub_date_text) is None:
            yield Hit(
                _item_line(article),
                f"item {index + 1} date {article.pub_date_text!r} is not an RFC 822 or "
                "ISO 8601 date",
                article=index,
            )


# ---------------------------------------------------------------- the feed itself


def _untitle_feed(bulletin: Bulletin) -> Bulletin | None:
    """Empty the channel title; the feed is published under its link."""
    channel = bulletin.channel
    if not _xml_feed(bulletin) or channel is None or not channel.title:
        return None
    return replace(bulletin, title=channel.link or UNTITLED, channel=replace(channel, title=""))


@register_rule(
    "feed.untitled",
    Severity.WARNING,
    description="a feed without a title of its own (published under its link)",
    example="the feed has no title; published as 'https://tintuc.example'",
    inject=_untitle_feed,
)
def check_untitled(bulletin: Bulletin) -> Iterator[Hit]:
    channel = bulletin.channel
    if channel is not None and not channel.title:
        yield Hit(channel.line, f"the feed has no title; published as {bulletin.title!r}")


def _newest(bulletin: Bulletin) -> str:
    if bulletin.issue_date is None:
        return "no item is dated either, so it is published without a date"
    return f"dated by its newest item instead ({bulletin.issue_date.isoformat()})"


def _garble_feed_date(bulletin: Bulletin) -> Bulletin | None:
    """Write a build date no reader understands ("không rõ", unknown)."""
    channel = bulletin.channel
    if not _xml_feed(bulletin) or channel is None or not channel.build_date_text:
        return None
    return replace(bulletin, channel=replace(channel, build_date_text="không rõ", build_date=None))


@register_rule(
    "feed.date-unreadable",
    Severity.WARNING,
    description="a feed date (lastBuildDate, pubDate, updated, dc:date) that is neither RFC 822 "
    "nor ISO 8601; the feed is dated by its newest item",
    example="feed date 'yesterday' is not an RFC 822 or ISO 8601 date; dated by its newest item "
    "instead (2025-09-30)",
    inject=_garble_feed_date,
)
def check_date_unreadable(bulletin: Bulletin) -> Iterator[Hit]:
    channel = bulletin.channel
    if channel is None or not channel.build_date_text:
        return
    if parse_feed_date(channel.build_date_text) is None:
        yield Hit(
            channel.line,
            f"feed date {channel.build_date_text!r} is not an RFC 822 or ISO 8601 date; "
            + _newest(bulletin),
        )


def _undate_feed(bulletin: Bulletin) -> Bulletin | None:
    """Drop every date: the channel's and every item's."""
    channel = bulletin.channel
    if not _xml_feed(bulletin) or channel is None or not channel.build_date_text:
        return None
    items = tuple(
        replace(a, pub_date_text=None, published_at=None, pub_date_line=None)
        for a in bulletin.articles
    )
    return replace(
        bulletin,
        issue_date=None,
        issue_date_text="",
        channel=replace(channel, build_date_text="", build_date=None),
        articles=items,
    )


@register_rule(
    "feed.undated",
    Severity.WARNING,
    description="a feed with no date at all, neither its own nor any item's (published with a "
    "null date)",
    example="the feed has no lastBuildDate, pubDate, updated or dc:date and no item is dated; "
    "published without a date",
    inject=_undate_feed,
)
def check_undated(bulletin: Bulletin) -> Iterator[Hit]:
    channel = bulletin.channel
    if channel is not None and _undated(bulletin):
        yield Hit(
            channel.line,
            "the feed has no lastBuildDate, pubDate, updated or dc:date and no item is dated; "
            "published without a date",
        )


def _empty_feed(bulletin: Bulletin) -> Bulletin | None:
    """Drop every item: the channel alone, as a site's feed of a category with no posts."""
    if bulletin.kind is not Kind.FEED or bulletin.channel is None or not bulletin.articles:
        return None
    return replace(bulletin, articles=())


@register_rule(
    "feed.empty",
    Severity.WARNING,
    description="a feed with no items (a channel alone): it gives no article, a saved feed of "
    "an empty category or a site that sent its channel without its posts",
    example="the feed has no items (no <item> or <entry>); published with no articles",
    inject=_empty_feed,
)
def check_empty(bulletin: Bulletin) -> Iterator[Hit]:
    channel = bulletin.channel
    if bulletin.kind is Kind.FEED and channel is not None and not bulletin.articles:
        yield Hit(
            channel.line,
            "the feed has no items (no <item> or <entry>); published with no articles",
        )


#: Where a news aggregator's items link, as a headline-only item of a test feed gets it.
_AGGREGATOR_ITEM_LINK = "https://news.google.com/rss/articles/CBMiVDU"


def _headlines_only(bulletin: Bulletin) -> Bulletin | None:
    """The feed an aggregator's search: its link the aggregator's, every item a headline linked
    through the aggregator, with no body."""
    channel = bulletin.channel
    if bulletin.kind is not Kind.FEED or channel is None or not bulletin.articles:
        return None
    items = tuple(
        replace(a, url=f"{_AGGREGATOR_ITEM_LINK}{index}?oc=5", paragraphs=())
        for index, a in enumerate(bulletin.articles)
    )
    search = replace(channel, link="https://news.google.com/search?q=c%E1%BA%A3i+c%C3%A1ch")
    return replace(bulletin, articles=items, channel=search)


@register_rule(
    "feed.headlines-only",
    Severity.WARNING,
    description="a news aggregator's feed (Google News): its items are headlines linking to "
    "other outlets' pages, with no article text; they are published as headlines (title, link, "
    "date) without bodies, so no figure or date is read from their text",
    example="3 of the feed's 3 items are a news aggregator's headlines (news.google.com links), "
    "with no article text; published as headlines without bodies",
    inject=_headlines_only,
)
def check_headlines_only(bulletin: Bulletin) -> Iterator[Hit]:
    channel = bulletin.channel
    if bulletin.kind is not Kind.FEED or channel is None:
        return
    headlines = [a for a in bulletin.articles if is_headline_only(a)]
    if headlines:
        yield Hit(
            channel.line,
            f"{len(headlines)} of the feed's {len(bulletin.articles)} items are a news "
            "aggregator's headlines (news.google.com links), with no article text; published "
            "as headlines without bodies",
        )


# ---------------------------------------------------------------- an item that only attaches a file


def _attachment_only(bulletin: Bulletin) -> Bulletin | None:
    """The first item with a body made an item that gives only an attached PDF (in an XML feed
    that can attach one: RSS 2.0 or Atom, not RSS 1.0 or a flattened feed)."""
    channel = bulletin.channel
    if not _xml_feed(bulletin) or channel is None or channel.dialect is FeedDialect.RSS1:
        return None
    index = first_index(bulletin.articles, lambda a: bool(a.paragraphs))
    if index is None:
        return None
    article = replace(
        bulletin.articles[index],
        paragraphs=(),
        attachment="https://cong.example.gov.vn/files/ban-tin-cchc.pdf",
    )
    return replace_article(bulletin, index, article)


@register_rule(
    "feed.item-attachment-only",
    Severity.WARNING,
    description="a feed item that gives no text, only a file it attaches (RSS <enclosure>, Atom "
    'rel="enclosure": a PDF bulletin, a picture); published without a body, not an '
    "article.empty: its text is in the file",
    example="item 2 'Bản tin CCHC tháng 11/2025' gives no text, only an attached file "
    "(https://…/ban-tin-11.pdf); published without a body",
    inject=_attachment_only,
)
def check_attachment_only(bulletin: Bulletin) -> Iterator[Hit]:
    if bulletin.kind is not Kind.FEED:
        return
    for index, article in enumerate(bulletin.articles):
        if is_attachment_only(article):
            yield Hit(
                article.title_line,
                f"item {index + 1} {_short(article.title)!r} gives no text, only an attached "
                f"file ({article.attachment}); published without a body: to read its text, "
                "extract it from the file",
                article=index,
            )
