"""Write a feed as RSS 2.0 XML, one element per line, paragraphs as <p> lines inside CDATA."""

from __future__ import annotations

import html
from dataclasses import replace
from xml.sax.saxutils import escape

from bantin.datasets.synthetic.render import LineWriter, Rendered, is_caption
from bantin.model import Article, Bulletin, Paragraph

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
RSS_OPEN = f'<rss version="2.0" xmlns:content="{CONTENT_NS}">'


def _element(indent: int, tag: str, text: str, attributes: str = "") -> str:
    return f"{'  ' * indent}<{tag}{attributes}>{escape(text)}</{tag}>"


def _html_block(paragraph: str, image: str) -> str:
    """A <p>, or a <figure> when the paragraph is an image caption."""
    if is_caption(paragraph):
        alt = html.escape(paragraph, quote=True)
        caption = html.escape(paragraph, quote=False)
        return f'<figure><img src="{html.escape(image)}" alt="{alt}"/><figcaption>{caption}</figcaption></figure>'
    return f"<p>{html.escape(paragraph, quote=False)}</p>"


def _write_item(writer: LineWriter, article: Article, index: int, site: str) -> Article:
    writer.write("    <item>")
    title_line = writer.write(_element(3, "title", article.title))
    if article.url is not None:
        writer.write(_element(3, "link", article.url))
    if article.pub_date_text is not None:
        writer.write(_element(3, "pubDate", article.pub_date_text))
    if article.guid is not None:
        writer.write(_element(3, "guid", article.guid, ' isPermaLink="false"'))
    writer.write("      <content:encoded><![CDATA[")
    paragraphs: list[Paragraph] = []
    for number, paragraph in enumerate(article.paragraphs):
        image = f"{site}/wp-content/uploads/anh-{index + 1}-{number + 1}.jpg"
        line = writer.write("        " + _html_block(paragraph.text, image))
        paragraphs.append(Paragraph(paragraph.text, line))
    writer.write("      ]]></content:encoded>")
    end = writer.write("    </item>")
    return replace(article, title_line=title_line, line_end=end, paragraphs=tuple(paragraphs))


def render(bulletin: Bulletin) -> Rendered:
    """The RSS document and the bulletin with the lines where each element was written."""
    channel = bulletin.channel
    if channel is None:
        raise ValueError(f"a {bulletin.source_format} bulletin needs a channel")
    writer = LineWriter()
    writer.write(XML_DECLARATION)
    writer.write(RSS_OPEN)
    writer.write("  <channel>")
    writer.write(_element(2, "title", channel.title))
    writer.write(_element(2, "link", channel.link))
    writer.write(_element(2, "description", channel.description))
    build_line = writer.write(_element(2, "lastBuildDate", channel.build_date_text))
    writer.write(_element(2, "language", channel.language))
    if channel.generator:
        writer.write(_element(2, "generator", channel.generator))
    site = channel.link.rstrip("/")
    items = tuple(_write_item(writer, a, i, site) for i, a in enumerate(bulletin.articles))
    writer.write("  </channel>")
    writer.write("</rss>")
    written = replace(
        bulletin,
        issue_date_line=build_line,
        channel=replace(channel, line=build_line),
        articles=items,
    )
    return Rendered(writer.text(final_newline=True), written)
