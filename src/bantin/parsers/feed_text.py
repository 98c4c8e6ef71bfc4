"""Parse a WordPress category feed flattened to text: channel line, "Title URL pubDate GUID" items."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from html import unescape

from bantin import patterncache
from bantin.errors import MalformedBulletin
from bantin.model import Article, Bulletin, FeedChannel, Paragraph, SourceFormat
from bantin.parsers.feed_dates import dated_instant
from bantin.parsers.feed_footer import is_footer, without_site_additions
from bantin.parsers.feed_html import holds_html_tags, html_paragraphs, without_shortcodes
from bantin.parsers.text import (
    RFC822_PATTERN,
    clean_lines,
    comparable,
    nfc,
    parse_rfc822,
    plain_variants,
    zero_width_spaces_read,
)

#: A site with comments open prints each post's comments link after its link ("…/#respond") and,
#: after its content, the post's comments feed and their count ("]]> https://…/feed/ 0").
_COMMENTS_LINK = r"(?: https?://\S+#(?:respond|comments))?"
_ITEM_HEADER = (
    rf"(?P<title>\S.*?) (?P<url>https?://\S+){_COMMENTS_LINK} (?P<date>{RFC822_PATTERN})"
    r" (?P<guid>\S+)"
)
ITEM_HEADER_RE = patterncache.compile(_ITEM_HEADER + "$")
CHANNEL_RE = patterncache.compile(
    rf"^(?P<title>.+?) (?P<link>https?://\S+) (?:(?P<description>.*?) )?(?P<build>{RFC822_PATTERN})"
    r" (?P<language>[A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?)"
    r"(?: (?:hourly|daily|weekly|monthly|yearly))?(?: \d+)?"
    r"(?: (?P<generator>https?://\S+))?"
    r"(?: https?://\S+ .+? https?://\S+(?: \d+ \d+)?)?"
    r"(?: (?P<item>" + _ITEM_HEADER.replace("?P<", "?P<item_") + "))?$"
)
ITEM_END = "]]>"
ITEM_END_RE = patterncache.compile(r"\]\]>(?: https?://\S+)?(?: \d+)?")
#: An HTML character reference: "&#8220;", "&#x201C;", "&amp;", "&nbsp;".
_REFERENCE_RE = patterncache.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)


def resolved(text: str) -> str:
    """``text`` with its HTML character references resolved: a flattener that prints the feed's
    text without decoding leaves WordPress's "&#8220;Một cửa&#8221;", "&#8211;" and "&amp;"
    (and an editor's "&#8203;", a space between two words: ``text.words_kept_apart``)."""
    if "&" not in text or _REFERENCE_RE.search(text) is None:
        return text
    return zero_width_spaces_read(plain_variants(nfc(unescape(text).replace("\u00a0", " "))))


def feed_issue(build: str) -> tuple[dt.datetime | None, dt.date | None]:
    """The build instant and the feed's issue date: the day the build date prints, in its own
    zone ("Tue, 02 Dec 2025 05:40:00 +0700" is issued on 2 December)."""
    parsed = parse_rfc822(build)
    if parsed is None or (utc := dated_instant(parsed.utc)) is None:
        return None, None
    return utc, parsed.day


def caption_key(text: str) -> str:
    """What two printings of one caption share: the text as titles are compared (``comparable``),
    without a full stop after it."""
    return comparable(text).rstrip(". ")


def dedupe_captions(
    lines: Sequence[tuple[str, int]], blank_before: Sequence[bool]
) -> list[Paragraph]:
    """Paragraphs of an item; an image caption printed twice on consecutive lines is kept once
    (the first), the two compared by ``caption_key``: a full stop after one or the other is no
    difference, as the image's text and its caption are often printed."""
    paragraphs: list[Paragraph] = []
    previous_key: str | None = None
    # A line is compared only with a neighbour it touches: most have a blank line on each side,
    # and need no key.
    blank_after = [*blank_before[1:], True] if blank_before else []
    for (printed, number), after_blank, before_blank in zip(
        lines, blank_before, blank_after, strict=True
    ):
        text = without_shortcodes(printed)
        if not text:
            continue  # a shortcode alone ("[gallery ids=…]"): no text of the article
        key = None if after_blank and before_blank else caption_key(text)
        if not after_blank and key == previous_key:
            previous_key = None
            continue
        paragraphs.append(Paragraph(text, number))
        previous_key = key
    return paragraphs


def _article(
    header: re.Match[str], line: int, parts: list[tuple[str, int]], blanks: list[bool], end: int
) -> Article:
    published = parse_rfc822(header["date"])
    title = resolved(header["title"].strip())
    return Article(
        title=title,
        title_line=line,
        line_end=end,
        paragraphs=without_site_additions(tuple(dedupe_captions(parts, blanks)), title),
        url=header["url"],
        guid=header["guid"],
        pub_date_text=header["date"],
        published_at=dated_instant(published.utc) if published else None,
        pub_date_line=line,
    )


#: The most lines a description part holds: WordPress's excerpt (one paragraph) and what an SEO
#: plugin adds after it (its footer).
DESCRIPTION_LINES = 3
#: How WordPress ends an excerpt it cut ("… [&hellip;]", "[…]", "[...]").
_EXCERPT_END = ("…", "…]", "[...]")


def _content_after_description(parts: Sequence[tuple[str, int]], line: str) -> bool:
    """Whether ``line``, after the "]]>" that ended an item's first part ``parts``, opens the
    item's content, that part being its description.

    WordPress writes an item's description before its content, each in a CDATA section. A
    flattener that strips tags leaves a description's text when it holds markup, as Yoast's
    footer gives it ("… [&#8230;]<p>The post X appeared first on Y.</p>"), and its "]]>": the
    description is then a line or three that ends with that footer or an excerpt's "[…]", and
    the content follows. Anything else after a "]]>" that is no item's line (a title and a
    link, a longer part, or one that ends otherwise, before it) is no content: the file stays
    malformed, never read as another item's text."""
    if not 0 < len(parts) <= DESCRIPTION_LINES or "://" in line:
        return False
    last = parts[-1][0].rstrip()
    return is_footer(last) or last.endswith(_EXCERPT_END)


def _line_paragraphs(line: str, number: int) -> list[tuple[str, int]]:
    """The paragraphs of one line of an item's text, on its ``number``: the line itself with its
    references resolved, or, when it holds HTML tags (``holds_html_tags``: a flattener left the
    content's markup), the paragraphs that markup gives, as the page shows them (no tags, an
    image's caption once)."""
    if not holds_html_tags(line):
        return [(resolved(line), number)]
    return [(p.text, p.line) for p in html_paragraphs(line, number)]


def parse_feed_text(text: str, source: str = "<text>") -> Bulletin:
    """Parse a flattened feed; the first line holds the channel and the first item's header."""
    lines = clean_lines(text)
    first_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first_index is None:
        raise MalformedBulletin(source, "feed without any text")
    first = lines[first_index].strip()
    channel_match = CHANNEL_RE.match(first)
    if not channel_match:
        raise MalformedBulletin(
            source,
            "feed must start with the channel line (title, link, lastBuildDate, language)",
            first_index + 1,
        )
    build_utc, issue_date = feed_issue(channel_match["build"])
    channel = FeedChannel(
        title=resolved(channel_match["title"]),
        link=channel_match["link"],
        description=resolved((channel_match["description"] or "").strip()),
        build_date_text=channel_match["build"],
        build_date=build_utc,
        language=channel_match["language"],
        generator=channel_match["generator"] or "",
        line=first_index + 1,
    )
    articles: list[Article] = []
    header = ITEM_HEADER_RE.fullmatch(channel_match["item"]) if channel_match["item"] else None
    header_line = first_index + 1
    parts: list[tuple[str, int]] = []
    blanks: list[bool] = []
    after_blank = True
    ended_at: int | None = None  # the line of the "]]>" that ended the item's last part
    described = False  # whether the item's description came before the part being read
    for index in range(first_index + 1, len(lines)):
        stripped = lines[index].strip()
        number = index + 1
        if not stripped:
            after_blank = True
            continue
        if header is not None and ended_at is not None:
            if not described and _content_after_description(parts, stripped):
                # The part that ended was the item's description (an SEO plugin's footer, or
                # the excerpt too): its content follows, and is the article's text.
                parts, blanks, after_blank, ended_at, described = [], [], True, None, True
            else:
                articles.append(_article(header, header_line, parts, blanks, ended_at))
                header, ended_at = None, None
        if header is None:
            header = ITEM_HEADER_RE.fullmatch(stripped)
            if header is None:
                raise MalformedBulletin(
                    source, "expected an item line 'Title URL pubDate GUID'", number
                )
            header_line, parts, blanks, after_blank, described = number, [], [], True, False
            continue
        if ended_at is None and ITEM_END_RE.fullmatch(stripped):
            ended_at = number
            continue
        if "://" in stripped and (following := ITEM_HEADER_RE.fullmatch(stripped)) is not None:
            # The next item's line before any "]]>": an item with no text at all (an empty
            # content's CDATA goes with the tags around it) is read, empty; text with no "]]>"
            # after it was cut, and never read as the next item's.
            if parts:
                raise MalformedBulletin(
                    source,
                    f"item {len(articles) + 1} (its line {header_line}) is not closed by "
                    f"'{ITEM_END}' before the next item's line",
                    number,
                )
            articles.append(_article(header, header_line, parts, blanks, header_line))
            header, header_line, after_blank, described = following, number, True, False
            continue
        for paragraph in _line_paragraphs(stripped, number):
            parts.append(paragraph)
            blanks.append(after_blank)
            after_blank = False
    if header is not None and ended_at is not None:
        articles.append(_article(header, header_line, parts, blanks, ended_at))
        header = None
    if header is not None:
        # Every item's text ends with "]]>" (its content's CDATA, left by the flattener): a file
        # that ends inside one was cut short, and its last item's text with it.
        raise MalformedBulletin(
            source,
            f"the feed ends inside item {len(articles) + 1} (its line {header_line}), which no "
            f"'{ITEM_END}' closes: the file was cut short",
            parts[-1][1] if parts else header_line,
        )
    return Bulletin(
        source_format=SourceFormat.FEED_TEXT,
        title=channel.title,
        issue_date_text=channel.build_date_text,
        issue_date=issue_date,
        issue_date_line=channel.line,
        articles=tuple(articles),
        channel=channel,
    )
