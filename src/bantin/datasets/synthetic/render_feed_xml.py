"""Write a feed as XML in its dialect: WordPress RSS 2.0, a news site's description-only RSS 2.0,
RSS 1.0 or Atom 1.0; one element per line, so that every model line is the line written."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from xml.sax.saxutils import escape, quoteattr

from bantin.datasets.synthetic.render import LineWriter, Rendered, is_caption
from bantin.model import Article, Bulletin, FeedChannel, FeedDialect, Paragraph

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
RSS_OPEN = f'<rss version="2.0" xmlns:content="{CONTENT_NS}">'
RDF_OPEN = (
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    f'xmlns:content="{CONTENT_NS}" xmlns:admin="http://webns.net/mvcb/">'
)
ATOM_NS = "http://www.w3.org/2005/Atom"


def _element(indent: int, tag: str, text: str, attributes: str = "") -> str:
    return f"{'  ' * indent}<{tag}{attributes}>{escape(text)}</{tag}>"


def _html_block(paragraph: str, image: str) -> str:
    """A <p>, or a <figure> when the paragraph is an image caption."""
    if is_caption(paragraph):
        alt = html.escape(paragraph, quote=True)
        caption = html.escape(paragraph, quote=False)
        return f'<figure><img src="{html.escape(image)}" alt="{alt}"/><figcaption>{caption}</figcaption></figure>'
    return f"<p>{html.escape(paragraph, quote=False)}</p>"


def _write_html_body(
    writer: LineWriter, article: Article, index: int, site: str, tag: str, attributes: str = ""
) -> tuple[Paragraph, ...]:
    """The body as HTML in CDATA, one block per line (WordPress's content:encoded)."""
    writer.write(f"      <{tag}{attributes}><![CDATA[")
    paragraphs: list[Paragraph] = []
    for number, paragraph in enumerate(article.paragraphs):
        image = f"{site}/wp-content/uploads/anh-{index + 1}-{number + 1}.jpg"
        line = writer.write("        " + _html_block(paragraph.text, image))
        paragraphs.append(Paragraph(paragraph.text, line))
    writer.write(f"      ]]></{tag}>")
    return tuple(paragraphs)


def _write_description(
    writer: LineWriter, article: Article, index: int, site: str
) -> tuple[Paragraph, ...]:
    """A news site's description on one line: a linked thumbnail, ``</br>``, then the text."""
    link = html.escape(article.url or site, quote=True)
    thumbnail = (
        f'<a href="{link}"><img src="{html.escape(site)}/images/thumb-{index + 1}.jpg" /></a>'
    )
    texts = [html.escape(p.text, quote=False) for p in article.paragraphs]
    line = writer.write(
        f"      <description><![CDATA[{thumbnail}</br>{'<br /><br />'.join(texts)}]]></description>"
    )
    return tuple(Paragraph(p.text, line) for p in article.paragraphs)


def _date_line(writer: LineWriter, indent: int, tag: str, article: Article) -> int | None:
    if article.pub_date_text is None:
        return None
    return writer.write(_element(indent, tag, article.pub_date_text))


def _enclosure(writer: LineWriter, indent: int, article: Article) -> None:
    """The file an item attaches (``Article.attachment``), as RSS writes it."""
    if article.attachment is not None:
        url = quoteattr(article.attachment)
        writer.write(f'{"  " * indent}<enclosure url={url} type="application/pdf"/>')


def _rss_item(writer: LineWriter, article: Article, index: int, site: str) -> Article:
    writer.write("    <item>")
    title_line = writer.write(_element(3, "title", article.title))
    if article.url is not None:
        writer.write(_element(3, "link", article.url))
    date_line = _date_line(writer, 3, "pubDate", article)
    if article.guid is not None:
        writer.write(_element(3, "guid", article.guid, ' isPermaLink="false"'))
    paragraphs = _write_html_body(writer, article, index, site, "content:encoded")
    _enclosure(writer, 3, article)
    end = writer.write("    </item>")
    return replace(
        article,
        title_line=title_line,
        line_end=end,
        paragraphs=paragraphs,
        pub_date_line=date_line,
    )


def _news_item(writer: LineWriter, article: Article, index: int, site: str) -> Article:
    """An item of a news site's feed: the title between line breaks, the body in description."""
    writer.write("    <item>")
    title_line = writer.write("      <title>")
    writer.write(f"        {escape(article.title)}")
    writer.write("      </title>")
    paragraphs = _write_description(writer, article, index, site)
    if article.url is not None:
        writer.write(_element(3, "link", article.url))
    if article.guid is not None:
        writer.write(_element(3, "guid", article.guid))
    date_line = _date_line(writer, 3, "pubDate", article)
    _enclosure(writer, 3, article)
    end = writer.write("    </item>")
    return replace(
        article,
        title_line=title_line,
        line_end=end,
        paragraphs=paragraphs,
        pub_date_line=date_line,
    )


def _rss(writer: LineWriter, bulletin: Bulletin, channel: FeedChannel) -> tuple[int, list[Article]]:
    """RSS 2.0: WordPress (content:encoded) or a news site (description, channel pubDate)."""
    news = channel.dialect is FeedDialect.RSS2_DESCRIPTION
    writer.write('<rss version="2.0">' if news else RSS_OPEN)
    channel_line = writer.write("  <channel>")
    writer.write(_element(2, "title", channel.title))
    writer.write(_element(2, "link", channel.link))
    writer.write(_element(2, "description", channel.description))
    date_line = None
    if not news and channel.build_date_text:
        date_line = writer.write(_element(2, "lastBuildDate", channel.build_date_text))
    writer.write(_element(2, "language", channel.language))
    if channel.generator:
        writer.write(_element(2, "generator", channel.generator))
    if news and channel.build_date_text:
        date_line = writer.write(_element(2, "pubDate", channel.build_date_text))
    site = channel.link.rstrip("/")
    write_item = _news_item if news else _rss_item
    items = [write_item(writer, a, i, site) for i, a in enumerate(bulletin.articles)]
    writer.write("  </channel>")
    writer.write("</rss>")
    return date_line or channel_line, items


def _rdf(writer: LineWriter, bulletin: Bulletin, channel: FeedChannel) -> tuple[int, list[Article]]:
    """RSS 1.0: the channel lists its items, which follow it; dates in dc:date."""
    writer.write(RDF_OPEN)
    channel_line = writer.write(f"  <channel rdf:about={quoteattr(channel.link)}>")
    writer.write(_element(2, "title", channel.title))
    writer.write(_element(2, "link", channel.link))
    writer.write(_element(2, "description", channel.description))
    writer.write(_element(2, "dc:language", channel.language))
    date_line = None
    if channel.build_date_text:
        date_line = writer.write(_element(2, "dc:date", channel.build_date_text))
    if channel.generator:
        writer.write(f"    <admin:generatorAgent rdf:resource={quoteattr(channel.generator)}/>")
    writer.write("    <items>")
    writer.write("      <rdf:Seq>")
    for article in bulletin.articles:
        resource = article.guid or article.url or channel.link
        writer.write(f"        <rdf:li rdf:resource={quoteattr(resource)}/>")
    writer.write("      </rdf:Seq>")
    writer.write("    </items>")
    writer.write("  </channel>")
    site = channel.link.rstrip("/")
    items = []
    for index, article in enumerate(bulletin.articles):
        about = f" rdf:about={quoteattr(article.guid)}" if article.guid is not None else ""
        writer.write(f"  <item{about}>")
        title_line = writer.write(_element(2, "title", article.title))
        if article.url is not None:
            writer.write(_element(2, "link", article.url))
        date_line_item = _date_line(writer, 2, "dc:date", article)
        paragraphs = _write_html_body(writer, article, index, site, "content:encoded")
        end = writer.write("  </item>")
        items.append(
            replace(
                article,
                title_line=title_line,
                line_end=end,
                paragraphs=paragraphs,
                pub_date_line=date_line_item,
            )
        )
    writer.write("</rdf:RDF>")
    return date_line or channel_line, items


def _atom(
    writer: LineWriter, bulletin: Bulletin, channel: FeedChannel
) -> tuple[int, list[Article]]:
    """Atom 1.0: entries with published and updated, the body as escaped HTML in CDATA."""
    language = f" xml:lang={quoteattr(channel.language)}" if channel.language else ""
    feed_line = writer.write(f'<feed xmlns="{ATOM_NS}"{language}>')
    writer.write(_element(1, "title", channel.title))
    if channel.description:
        writer.write(_element(1, "subtitle", channel.description))
    writer.write(f'  <link rel="alternate" href={quoteattr(channel.link)}/>')
    writer.write(_element(1, "id", channel.link))
    date_line = None
    if channel.build_date_text:
        date_line = writer.write(_element(1, "updated", channel.build_date_text))
    if channel.generator:
        writer.write(_element(1, "generator", channel.generator))
    site = channel.link.rstrip("/")
    items = []
    for index, article in enumerate(bulletin.articles):
        writer.write("  <entry>")
        title_line = writer.write(_element(2, "title", article.title, ' type="text"'))
        if article.url is not None:
            writer.write(f'    <link rel="alternate" href={quoteattr(article.url)}/>')
        if article.guid is not None:
            writer.write(_element(2, "id", article.guid))
        published = _date_line(writer, 2, "published", article)
        if article.pub_date_text is not None:
            writer.write(_element(2, "updated", article.pub_date_text))
        paragraphs = _write_html_body(writer, article, index, site, "content", ' type="html"')
        if article.attachment is not None:
            url = quoteattr(article.attachment)
            writer.write(f'    <link rel="enclosure" type="application/pdf" href={url}/>')
        end = writer.write("  </entry>")
        items.append(
            replace(
                article,
                title_line=title_line,
                line_end=end,
                paragraphs=paragraphs,
                pub_date_line=published,
            )
        )
    writer.write("</feed>")
    return date_line or feed_line, items


_DIALECTS: dict[
    FeedDialect, Callable[[LineWriter, Bulletin, FeedChannel], tuple[int, list[Article]]]
] = {
    FeedDialect.RSS2: _rss,
    FeedDialect.RSS2_DESCRIPTION: _rss,
    FeedDialect.RSS1: _rdf,
    FeedDialect.ATOM: _atom,
}


def render(bulletin: Bulletin) -> Rendered:
    """The feed document and the bulletin with the lines where each element was written."""
    channel = bulletin.channel
    if channel is None:
        raise ValueError(f"a {bulletin.source_format} bulletin needs a channel")
    writer = LineWriter()
    writer.write(XML_DECLARATION)
    date_line, items = _DIALECTS[channel.dialect](writer, bulletin, channel)
    written = replace(
        bulletin,
        issue_date_line=date_line,
        channel=replace(channel, line=date_line),
        articles=tuple(items),
    )
    return Rendered(writer.text(final_newline=True), written)


def encode(text: str, encoding: str = "utf-8") -> bytes:
    """The bytes of a rendered feed in ``encoding``, its XML declaration saying so
    (``windows-1258``: Vietnamese the legacy way, tone marks as combining characters)."""
    if encoding.lower() in ("utf-8", "utf8"):
        return text.encode("utf-8")
    declared = text.replace('encoding="UTF-8"', f'encoding="{encoding}"', 1)
    return (
        legacy_form(declared).encode(encoding) if "1258" in encoding else declared.encode(encoding)
    )


def legacy_form(text: str) -> str:
    """Vietnamese the way Windows-1258 spells it: base letter (with its vowel mark) + tone mark."""
    tones = frozenset("\u0300\u0301\u0303\u0309\u0323")
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in decomposed if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tone))
        out.append(base + tone)
    return "".join(out)
