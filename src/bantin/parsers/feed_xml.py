"""Parse RSS 2.0 XML safely (no DTD, no entities) into a feed bulletin, keeping source lines."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from bantin.errors import MalformedBulletin
from bantin.model import Article, Bulletin, FeedChannel, Paragraph, SourceFormat
from bantin.parsers.feed_text import feed_issue
from bantin.parsers.text import clean_line, collapse_spaces, parse_rfc822

CONTENT_TAG = "{http://purl.org/rss/1.0/modules/content/}encoded"


class _LineTreeBuilder(ET.TreeBuilder):
    """A TreeBuilder that notes the source line where each element starts and ends."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: DefusedXMLParser | None = None
        self.start_lines: dict[int, int] = {}
        self.end_lines: dict[int, int] = {}

    def _line(self) -> int:
        assert self.parser is not None
        return int(self.parser.parser.CurrentLineNumber)

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        element = super().start(tag, attrs)
        self.start_lines[id(element)] = self._line()
        return element

    def end(self, tag: str) -> ET.Element:
        element = super().end(tag)
        self.end_lines[id(element)] = self._line()
        return element


class _HtmlBlocks(HTMLParser):
    """Collect block texts (<p>, <figcaption>, headings, list items) with their offsets in the HTML."""

    BLOCKS = frozenset({"p", "figcaption", "h1", "h2", "h3", "h4", "li", "blockquote"})

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, int, bool]] = []  # text, offset in html, is a caption
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
        self._depth = 0
        self._text: list[str] = []
        self._offset = 0
        self._caption = False
        self.feed(html)
        self.close()

    def _position(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            if self._depth == 0:
                self._text, self._offset, self._caption = [], self._position(), tag == "figcaption"
            self._depth += 1
        elif tag == "br" and self._depth:
            self._text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS and self._depth:
            self._depth -= 1
            if self._depth == 0:
                text = collapse_spaces(clean_line("".join(self._text)))
                if text:
                    self.blocks.append((text, self._offset, self._caption))

    def handle_data(self, data: str) -> None:
        if self._depth:
            self._text.append(data)


def _child_text(element: ET.Element, tag: str) -> str:
    child = element.find(tag)
    return clean_line((child.text or "").strip()) if child is not None else ""


def _required_title(element: ET.Element, what: str, builder: _LineTreeBuilder, source: str) -> str:
    """The element's <title>; a feed or item without one cannot be published, so it is refused."""
    title = _child_text(element, "title")
    if not title:
        raise MalformedBulletin(
            source, f"RSS {what} without a <title>", builder.start_lines[id(element)]
        )
    return title


def _paragraphs(content: ET.Element | None, builder: _LineTreeBuilder) -> tuple[Paragraph, ...]:
    if content is None or not (content.text or "").strip():
        return ()
    html = content.text or ""
    first_line = builder.start_lines[id(content)]
    parser = _HtmlBlocks(html)
    # RSS prints each caption once (<figcaption>; the <img alt> twin is not read), so unlike the
    # flattened feed there is nothing to de-duplicate: two photos may share a caption.
    return tuple(
        Paragraph(text, first_line + html.count("\n", 0, offset))
        for text, offset, _ in parser.blocks
    )


def parse_feed_xml(text: str, source: str = "<text>") -> Bulletin:
    """Parse RSS 2.0; a DTD or entity declaration is refused, as is anything but <rss><channel>."""
    builder = _LineTreeBuilder()
    parser = DefusedXMLParser(
        target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    builder.parser = parser
    try:
        parser.feed(text.lstrip("\ufeff"))
        root = parser.close()
    except DefusedXmlException as exc:
        raise MalformedBulletin(source, f"unsafe XML refused ({type(exc).__name__})") from None
    except ET.ParseError as exc:
        line, _ = exc.position
        raise MalformedBulletin(source, f"XML is not well-formed ({exc.msg})", line) from None
    channel_element = root.find("channel") if root.tag == "rss" else None
    if channel_element is None:
        raise MalformedBulletin(source, "XML is not an RSS 2.0 feed (<rss><channel> missing)", 1)
    build_element = channel_element.find("lastBuildDate")
    if build_element is None:
        build_element = channel_element.find("pubDate")
    if build_element is None:
        raise MalformedBulletin(
            source, "RSS channel without lastBuildDate", builder.start_lines[id(channel_element)]
        )
    build_text = clean_line((build_element.text or "").strip())
    build_utc, issue_date = feed_issue(build_text)
    build_line = builder.start_lines[id(build_element)]
    channel = FeedChannel(
        title=_required_title(channel_element, "channel", builder, source),
        link=_child_text(channel_element, "link"),
        description=_child_text(channel_element, "description"),
        build_date_text=build_text,
        build_date=build_utc,
        language=_child_text(channel_element, "language"),
        generator=_child_text(channel_element, "generator"),
        line=build_line,
    )
    articles = []
    for item in channel_element.findall("item"):
        title_element = item.find("title")
        date_text = _child_text(item, "pubDate") or None
        published = parse_rfc822(date_text) if date_text else None
        articles.append(
            Article(
                title=_required_title(item, "item", builder, source),
                title_line=builder.start_lines[
                    id(title_element if title_element is not None else item)
                ],
                line_end=builder.end_lines[id(item)],
                paragraphs=_paragraphs(item.find(CONTENT_TAG), builder),
                url=_child_text(item, "link") or None,
                guid=_child_text(item, "guid") or None,
                pub_date_text=date_text,
                published_at=published.utc if published else None,
            )
        )
    return Bulletin(
        source_format=SourceFormat.FEED_XML,
        title=channel.title,
        issue_date_text=build_text,
        issue_date=issue_date,
        issue_date_line=build_line,
        articles=tuple(articles),
        channel=channel,
    )
