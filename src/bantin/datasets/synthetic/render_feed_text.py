"""Write a feed as WordPress RSS flattened to text: channel line, "Title URL pubDate GUID" items, "]]>"."""

from __future__ import annotations

from dataclasses import replace

from bantin.datasets.synthetic.render import LineWriter, Rendered, is_caption
from bantin.model import Article, Bulletin, FeedChannel, Paragraph

ITEM_END = "]]>"


def channel_image(channel: FeedChannel) -> str:
    """The site logo URL the flattened channel line carries (not part of the model)."""
    return f"{channel.link.rstrip('/')}/wp-content/uploads/logo.png"


def item_header(article: Article) -> str:
    """The item header line: "Title URL pubDate GUID"."""
    fields = (article.title, article.url, article.pub_date_text, article.guid)
    return " ".join(f for f in fields if f)


def channel_tokens(channel: FeedChannel) -> list[str]:
    """Title, link, description, lastBuildDate, "vi hourly 1", generator, image, title, link, "32 32"."""
    tokens = [channel.title, channel.link, channel.description, channel.build_date_text]
    tokens += [channel.language, "hourly", "1", channel.generator, channel_image(channel)]
    tokens += [channel.title, channel.link, "32", "32"]
    return [t for t in tokens if t]


def render(bulletin: Bulletin) -> Rendered:
    """The flattened feed text and the bulletin with the lines where each element was written."""
    channel = bulletin.channel
    if channel is None:
        raise ValueError(f"a {bulletin.source_format} bulletin needs a channel")
    writer = LineWriter()
    tokens = channel_tokens(channel)
    if bulletin.articles:
        tokens.append(item_header(bulletin.articles[0]))
    channel_line = writer.write(" ".join(tokens))
    items: list[Article] = []
    for index, article in enumerate(bulletin.articles):
        title_line = channel_line if index == 0 else writer.write(item_header(article))
        writer.blank()
        paragraphs: list[Paragraph] = []
        for number, paragraph in enumerate(article.paragraphs):
            if number:
                writer.blank()
            paragraphs.append(Paragraph(paragraph.text, writer.write(paragraph.text)))
            if is_caption(paragraph.text):
                writer.write(paragraph.text)
        writer.blank()
        end = writer.write(ITEM_END)
        items.append(
            replace(
                article,
                title_line=title_line,
                line_end=end,
                paragraphs=tuple(paragraphs),
                pub_date_line=title_line if article.pub_date_text else None,
            )
        )
    written = replace(
        bulletin,
        issue_date_line=channel_line,
        channel=replace(channel, line=channel_line),
        articles=tuple(items),
    )
    return Rendered(writer.text(final_newline=False), written)
