"""Assemble parsed bulletins into the published tables, with deterministic ids and row order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import polars as pl

from bantin import ids
from bantin.model import Article, Bulletin, ParsedSource
from bantin.parsers.scan import Scan
from bantin.parsers.text import resolve_day_month
from bantin.schemas import PARSED_TABLES, empty_frame, frame, model_of

Rows = dict[str, list[dict[str, Any]]]


class DuplicateBulletinError(ValueError):
    """Two sources yield the same bulletin id (e.g. the print and web edition of one day)."""

    def __init__(self, bulletin_id: str, paths: Sequence[str]) -> None:
        self.bulletin_id = bulletin_id
        self.paths = tuple(paths)
        super().__init__(
            f"bulletin id {bulletin_id} comes from several sources: {', '.join(paths)}"
        )


def empty_tables() -> dict[str, pl.DataFrame]:
    """The tables ``build_tables`` returns, with no rows."""
    return {name: empty_frame(model_of(name)) for name in PARSED_TABLES}


def build_tables(sources: Sequence[ParsedSource]) -> dict[str, pl.DataFrame]:
    """Tables ``bulletins`` to ``figures`` from parsed sources, rows in key order.

    Raises ``DuplicateBulletinError`` when two sources yield the same bulletin id: the caller
    decides which one to publish (``bantin.ids.bulletin_id`` tells it in advance).
    """
    keyed: dict[str, ParsedSource] = {}
    for source in sources:
        key = ids.bulletin_id(source.bulletin, source.sha256)
        if key in keyed:
            raise DuplicateBulletinError(key, sorted([keyed[key].path, source.path]))
        keyed[key] = source
    rows: Rows = {name: [] for name in PARSED_TABLES}
    for key in sorted(keyed):
        source = keyed[key]
        for name, found in bulletin_rows(key, source, Scan(source.bulletin)).items():
            rows[name].extend(found)
    return {name: frame(model_of(name), rows[name]) for name in PARSED_TABLES}


def bulletin_rows(bulletin_id: str, source: ParsedSource, scan: Scan) -> Rows:
    """The rows one bulletin contributes to each table, in key order, from its shared ``scan``."""
    rows: Rows = {name: [] for name in PARSED_TABLES}
    _add_bulletin(rows, bulletin_id, source, scan)
    return rows


def _none_if_empty(text: str | None) -> str | None:
    return text if text else None


def _add_bulletin(rows: Rows, bulletin_id: str, source: ParsedSource, scan: Scan) -> None:
    bulletin = source.bulletin
    rows["bulletins"].append(
        {
            "bulletin_id": bulletin_id,
            "kind": bulletin.kind.value,
            "source_format": bulletin.source_format.value,
            "issue_date": bulletin.issue_date,
            "issue_date_text": _none_if_empty(bulletin.issue_date_text),
            "issue_date_line": bulletin.issue_date_line,
            "weekday_printed": _none_if_empty(bulletin.weekday_printed),
            "weekdays_only": bulletin.weekdays_only,
            "title": bulletin.title,
            "editor": _none_if_empty(bulletin.editor),
            "feed_link": _none_if_empty(bulletin.channel.link) if bulletin.channel else None,
            "source_path": source.path,
            "source_sha256": source.sha256.lower(),
            "n_articles": len(bulletin.articles),
        }
    )
    for position, section in enumerate(bulletin.sections, start=1):
        rows["sections"].append(
            {
                "bulletin_id": bulletin_id,
                "position": position,
                "name": section.name,
                "page": section.page,
                "line": section.line,
            }
        )
    for position, entry in enumerate(bulletin.toc, start=1):
        rows["toc_entries"].append(
            {
                "bulletin_id": bulletin_id,
                "position": position,
                "number": entry.number,
                "section": _none_if_empty(entry.section),
                "title": entry.title,
                "page": entry.page,
                "line": entry.line,
            }
        )
    for position, article in enumerate(bulletin.articles, start=1):
        _add_article(rows, bulletin, bulletin_id, position, article, scan)


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _add_article(
    rows: Rows, bulletin: Bulletin, bulletin_id: str, position: int, article: Article, scan: Scan
) -> None:
    article_id = ids.article_id(bulletin_id, position)
    rows["articles"].append(
        {
            "article_id": article_id,
            "bulletin_id": bulletin_id,
            "position": position,
            "section": _none_if_empty(article.section),
            "title": article.title,
            "locality": scan.localities[position - 1],
            "body": _none_if_empty(article.body),
            "url": _none_if_empty(article.url),
            "guid": _none_if_empty(article.guid),
            "pub_date_text": _none_if_empty(article.pub_date_text),
            "published_at": _utc(article.published_at),
            "line_start": article.title_line,
            "line_end": article.line_end,
            "n_paragraphs": len(article.paragraphs),
        }
    )
    citation = article.citation
    if citation is not None:
        citation_id = ids.citation_id(article_id)
        rows["citations"].append(
            {
                "citation_id": citation_id,
                "article_id": article_id,
                "outlet": citation.outlet,
                "date_text": _none_if_empty(citation.date_text),
                "cited_date": resolve_day_month(citation.date_text, bulletin.issue_date),
                "line": citation.line,
            }
        )
        names = [name for name in citation.authors if name]
        for author_position, name in enumerate(names, start=1):
            rows["citation_authors"].append(
                {"citation_id": citation_id, "position": author_position, "name": name}
            )
    figure_position = 0
    for paragraph, mentions in zip(article.paragraphs, scan.figures[position - 1], strict=True):
        for mention in mentions:
            figure_position += 1
            rows["figures"].append(
                {
                    "figure_id": ids.figure_id(article_id, figure_position),
                    "article_id": article_id,
                    "kind": mention.kind,
                    "text": mention.text,
                    "value": mention.value,
                    "value_low": mention.value_low,
                    "value_high": mention.value_high,
                    "qualifier": mention.stated_qualifier or mention.qualifier,
                    "numerator": mention.numerator,
                    "denominator": mention.denominator,
                    "unit": mention.unit,
                    "dot_decimal": mention.dot_decimal,
                    "context": _none_if_empty(mention.context),
                    "line": paragraph.line_at(mention.start),
                }
            )
