"""The strings of a bulletin that are published, in one list: what the text rules read."""

from __future__ import annotations

from bantin.model import Bulletin


def published_texts(bulletin: Bulletin) -> list[str]:
    """Every published string of ``bulletin`` in a fixed order (titles, masthead, sections, TOC,
    channel, then each article's title, fields, paragraphs and citation), without their places:
    enough to tell at C speed, over one joined string, that a bulletin holds nothing a text rule
    reports. ``validators.text`` lists the same strings with their places."""
    texts = [bulletin.title, bulletin.issue_date_text]
    texts += filter(None, (bulletin.weekday_printed, bulletin.editor))
    texts += [section.name for section in bulletin.sections]
    for entry in bulletin.toc:
        texts += (entry.title, entry.section) if entry.section else (entry.title,)
    if bulletin.channel is not None:
        channel = bulletin.channel
        texts += (channel.title, channel.link, channel.description, channel.generator)
    for article in bulletin.articles:
        texts.append(article.title)
        texts += filter(None, (article.section, article.url, article.guid, article.pub_date_text))
        texts += [paragraph.text for paragraph in article.paragraphs]
        for citation in article.citations:
            texts += (citation.outlet, citation.date_text, *citation.authors)
    return texts
