"""Frozen dataclasses of a parsed bulletin; every element keeps the 1-based source line it came from."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, replace
from enum import StrEnum

from bantin.quick_init import quick_init


class SourceFormat(StrEnum):
    """The four raw formats bantin reads (DESIGN.md section 2)."""

    PRINT_TEXT = "print_text"
    WEB_TEXT = "web_text"
    FEED_TEXT = "feed_text"
    FEED_XML = "feed_xml"

    @property
    def kind(self) -> Kind:
        """The kind of bulletin a source in this format holds: a feed or a digest."""
        return _KIND_OF_FORMAT[self]


class Kind(StrEnum):
    """A daily digest (print or web edition) or a news feed."""

    DIGEST = "digest"
    FEED = "feed"


#: The kind of bulletin each source format holds, looked up (every rule asks a bulletin's kind;
#: a dict is several times cheaper than comparing enum members, each fetched from its class).
_KIND_OF_FORMAT = {
    source_format: (
        Kind.FEED
        if source_format in (SourceFormat.FEED_TEXT, SourceFormat.FEED_XML)
        else Kind.DIGEST
    )
    for source_format in SourceFormat
}


@quick_init
@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of an article body.

    ``breaks`` records where a paragraph split by a page break was joined again: each pair is
    (character offset in ``text`` where the continuation starts, its source line).
    """

    text: str
    line: int
    breaks: tuple[tuple[int, int], ...] = ()

    def line_at(self, offset: int) -> int:
        """The source line holding character ``offset`` of this paragraph (``breaks`` are in
        increasing offset order; a binary search keeps many figures on many pages linear-ish).
        Most paragraphs sit on one page: their ``line``, without the search."""
        if not self.breaks:
            return self.line
        index = bisect_right(self.breaks, offset, key=lambda pair: pair[0])
        return self.breaks[index - 1][1] if index else self.line


@quick_init
@dataclass(frozen=True, slots=True)
class Citation:
    """The source note closing a digest article: "(Outlet DD/MM, Author, Author)"."""

    outlet: str
    date_text: str
    authors: tuple[str, ...]
    line: int
    separator: str = ", "


@quick_init
@dataclass(frozen=True, slots=True)
class Section:
    """A section heading as listed in the table of contents (page is None on the web)."""

    name: str
    page: int | None
    line: int


@quick_init
@dataclass(frozen=True, slots=True)
class TocEntry:
    """A numbered entry of the table of contents, as printed."""

    number: str
    title: str
    section: str | None
    page: int | None
    line: int


@quick_init
@dataclass(frozen=True, slots=True)
class Article:
    """One article of a digest or one item of a feed."""

    title: str
    title_line: int
    line_end: int
    paragraphs: tuple[Paragraph, ...] = ()
    section: str | None = None
    section_line: int | None = None
    citation: Citation | None = None
    url: str | None = None
    guid: str | None = None
    pub_date_text: str | None = None
    published_at: dt.datetime | None = None
    #: Feeds: the line holding the item's date (None for digests and for an item without one).
    pub_date_line: int | None = None
    #: The notes that close the short items of an article gathering several ("Tin vắn"), each
    #: paragraph with its own, in printed order; the last item's note is ``citation``.
    item_citations: tuple[Citation, ...] = ()
    #: Feeds: the address of the file an item attaches (RSS ``<enclosure>``, Atom's link
    #: ``rel="enclosure"``: a PDF bulletin, a picture), or None.
    attachment: str | None = None

    @property
    def body(self) -> str:
        """Paragraphs joined by a blank line."""
        return "\n\n".join([p.text for p in self.paragraphs])

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every source note of the article in printed order: its items' (``item_citations``),
        then the closing one (``citation``)."""
        if self.citation is None:
            return self.item_citations
        return (*self.item_citations, self.citation)


class FeedDialect(StrEnum):
    """The XML shape a feed is written in (feed_xml); flattened text feeds are WordPress RSS."""

    RSS2 = "rss2"  # RSS 0.9x/2.0, bodies in content:encoded (WordPress)
    RSS2_DESCRIPTION = "rss2-description"  # RSS 0.9x/2.0, bodies in description (news sites)
    RSS1 = "rss1"  # RSS 1.0 / 0.90 (rdf:RDF)
    ATOM = "atom"  # Atom 1.0 or 0.3


@quick_init
@dataclass(frozen=True, slots=True)
class FeedChannel:
    """The channel header of a feed (RSS channel, Atom feed element).

    ``line`` holds the feed's own date (lastBuildDate, pubDate, dc:date, updated) or, without
    one, the channel's start; ``title`` is "" when the feed has none.
    """

    title: str
    link: str
    description: str
    build_date_text: str
    build_date: dt.datetime | None
    language: str
    generator: str
    line: int
    dialect: FeedDialect = FeedDialect.RSS2


@quick_init
@dataclass(frozen=True, slots=True)
class Bulletin:
    """A whole parsed source file: one digest issue or one feed snapshot."""

    source_format: SourceFormat
    title: str
    issue_date_text: str
    issue_date: dt.date | None
    issue_date_line: int
    weekday_printed: str | None = None
    weekday_line: int | None = None
    weekdays_only: bool = False
    editor: str | None = None
    editor_line: int | None = None
    sections: tuple[Section, ...] = ()
    toc: tuple[TocEntry, ...] = ()
    articles: tuple[Article, ...] = ()
    channel: FeedChannel | None = None

    @property
    def kind(self) -> Kind:
        """A digest or a feed, as its ``source_format`` tells (``SourceFormat.kind``)."""
        return _KIND_OF_FORMAT[self.source_format]

    def with_articles(self, articles: tuple[Article, ...]) -> Bulletin:
        return replace(self, articles=articles)


@quick_init
@dataclass(frozen=True, slots=True)
class ParsedSource:
    """A bulletin together with the file it was read from."""

    path: str
    sha256: str
    bulletin: Bulletin
