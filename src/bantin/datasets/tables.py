"""Assemble parsed bulletins into the published tables, with deterministic ids and row order.

A bulletin's rows are built as columns (column name -> values, one list per column), each column
from one pass over the bulletin's parts: compact to send from a worker, and turned into Arrow or
polars columns without a pass per row. Building them needs neither polars nor the schemas.

The long texts (an article's body, a figure's context: three quarters of the bytes) are given as
their UTF-8 ``bytes``: a ``str`` would be encoded to send it, decoded by the parent and encoded
again for Arrow; bytes are copied (``bantin.schemas.frames.typed_frame`` reads either).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bantin import ids
from bantin.model import Article, Bulletin, ParsedSource
from bantin.parsers.figures import clause_around
from bantin.parsers.scan import Scan
from bantin.validators.dates import cited_date

if TYPE_CHECKING:
    import polars as pl

#: One table's rows as columns: column name -> values (a missing column is all null; a string
#: column may hold UTF-8 bytes).
Columns = dict[str, list[Any]]
#: Table name -> its columns.
Rows = dict[str, Columns]


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
    from bantin.schemas import PARSED_TABLES, empty_frame, model_of

    return {name: empty_frame(model_of(name)) for name in PARSED_TABLES}


def build_tables(sources: Sequence[ParsedSource]) -> dict[str, pl.DataFrame]:
    """Tables ``bulletins`` to ``figures`` from parsed sources, rows in key order.

    Raises ``DuplicateBulletinError`` when two sources yield the same bulletin id: the caller
    decides which one to publish (``bantin.ids.bulletin_id`` tells it in advance).
    """
    from bantin.schemas import PARSED_TABLES, model_of
    from bantin.schemas.frames import columns_frame

    keyed: dict[str, ParsedSource] = {}
    for source in sources:
        key = ids.bulletin_id(source.bulletin, source.sha256)
        if key in keyed:
            raise DuplicateBulletinError(key, sorted([keyed[key].path, source.path]))
        keyed[key] = source
    parts = [bulletin_rows(key, keyed[key], Scan(keyed[key].bulletin)) for key in sorted(keyed)]
    return {
        name: columns_frame(model_of(name), [part[name] for part in parts])
        for name in PARSED_TABLES
    }


def bulletin_rows(bulletin_id: str, source: ParsedSource, scan: Scan) -> Rows:
    """The rows one bulletin contributes to each table, in key order, from its shared ``scan``."""
    bulletin = source.bulletin
    articles = bulletin.articles
    article_ids = [ids.article_id(bulletin_id, n) for n in range(1, len(articles) + 1)]
    return {
        "bulletins": _bulletins(bulletin_id, source),
        "sections": _sections(bulletin_id, bulletin),
        "toc_entries": _toc_entries(bulletin_id, bulletin),
        "articles": _articles(bulletin_id, article_ids, articles, scan),
        **_citations(bulletin, article_ids),
        "figures": _figures(article_ids, articles, scan),
    }


def _none_if_empty(text: str | None) -> str | None:
    return text if text else None


def _utf8(text: str | None) -> bytes | None:
    """A long text as sent: its UTF-8 bytes, or None when empty."""
    return text.encode() if text else None


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _positions(items: Sequence[Any]) -> list[int]:
    return list(range(1, len(items) + 1))


def _bulletins(bulletin_id: str, source: ParsedSource) -> Columns:
    bulletin = source.bulletin
    channel = bulletin.channel
    return {
        "bulletin_id": [bulletin_id],
        "kind": [bulletin.kind.value],
        "source_format": [bulletin.source_format.value],
        "issue_date": [bulletin.issue_date],
        "issue_date_text": [_none_if_empty(bulletin.issue_date_text)],
        "issue_date_line": [bulletin.issue_date_line],
        "weekday_printed": [_none_if_empty(bulletin.weekday_printed)],
        "weekdays_only": [bulletin.weekdays_only],
        "title": [bulletin.title],
        "editor": [_none_if_empty(bulletin.editor)],
        "feed_link": [_none_if_empty(channel.link) if channel else None],
        "source_path": [source.path],
        "source_sha256": [source.sha256.lower()],
        "n_articles": [len(bulletin.articles)],
    }


def _sections(bulletin_id: str, bulletin: Bulletin) -> Columns:
    sections = bulletin.sections
    return {
        "bulletin_id": [bulletin_id] * len(sections),
        "position": _positions(sections),
        "name": [section.name for section in sections],
        "page": [section.page for section in sections],
        "line": [section.line for section in sections],
    }


def _toc_entries(bulletin_id: str, bulletin: Bulletin) -> Columns:
    toc = bulletin.toc
    return {
        "bulletin_id": [bulletin_id] * len(toc),
        "position": _positions(toc),
        "number": [entry.number for entry in toc],
        "section": [_none_if_empty(entry.section) for entry in toc],
        "title": [entry.title for entry in toc],
        "page": [entry.page for entry in toc],
        "line": [entry.line for entry in toc],
    }


def _articles(
    bulletin_id: str, article_ids: list[str], articles: Sequence[Article], scan: Scan
) -> Columns:
    return {
        "article_id": article_ids,
        "bulletin_id": [bulletin_id] * len(articles),
        "position": _positions(articles),
        "section": [_none_if_empty(a.section) for a in articles],
        "title": [a.title for a in articles],
        "locality": list(scan.localities),
        "body": [_utf8(a.body) for a in articles],
        "url": [_none_if_empty(a.url) for a in articles],
        "guid": [_none_if_empty(a.guid) for a in articles],
        "pub_date_text": [_none_if_empty(a.pub_date_text) for a in articles],
        "published_at": [_utc(a.published_at) for a in articles],
        "line_start": [a.title_line for a in articles],
        "line_end": [a.line_end for a in articles],
        "n_paragraphs": [len(a.paragraphs) for a in articles],
    }


def _citations(bulletin: Bulletin, article_ids: list[str]) -> Rows:
    """The ``citations`` and ``citation_authors`` columns: the notes closing an article's short
    items, if it gathers several ("Tin vắn"), then the one closing the article, for every article;
    then each one's named authors in printed order."""
    cited = [
        (ids.citation_id(article_id, item), article_id, citation)
        for article_id, article in zip(article_ids, bulletin.articles, strict=True)
        for item, citation in [
            *enumerate(article.item_citations, start=1),
            *([(None, article.citation)] if article.citation is not None else []),
        ]
    ]
    citation_ids = [citation_id for citation_id, _, _ in cited]
    authors = [
        (citation_id, position, name)
        for citation_id, _, citation in cited
        for position, name in enumerate([name for name in citation.authors if name], start=1)
    ]
    return {
        "citations": {
            "citation_id": citation_ids,
            "article_id": [article_id for _, article_id, _ in cited],
            "outlet": [citation.outlet for _, _, citation in cited],
            "date_text": [_none_if_empty(citation.date_text) for _, _, citation in cited],
            "cited_date": [
                cited_date(citation.date_text, bulletin.issue_date) for _, _, citation in cited
            ],
            "line": [citation.line for _, _, citation in cited],
        },
        "citation_authors": {
            "citation_id": [citation_id for citation_id, _, _ in authors],
            "position": [position for _, position, _ in authors],
            "name": [name for _, _, name in authors],
        },
    }


def _figures(article_ids: list[str], articles: Sequence[Article], scan: Scan) -> Columns:
    """One row per figure of every paragraph, numbered in body order within its article."""
    found = [
        (article_id, paragraph, mention)
        for article_id, article, per_paragraph in zip(
            article_ids, articles, scan.figures, strict=True
        )
        for paragraph, mentions in zip(article.paragraphs, per_paragraph, strict=True)
        for mention in mentions
    ]
    figure_ids: list[str] = []
    position, previous = 0, None
    for article_id, _, _ in found:
        position = position + 1 if article_id == previous else 1
        previous = article_id
        figure_ids.append(ids.figure_id(article_id, position))
    mentions = [mention for _, _, mention in found]
    return {
        "figure_id": figure_ids,
        "article_id": [article_id for article_id, _, _ in found],
        "kind": [m.kind for m in mentions],
        "text": [m.text for m in mentions],
        "value": [m.value for m in mentions],
        "value_low": [m.value_low for m in mentions],
        "value_high": [m.value_high for m in mentions],
        "qualifier": [m.stated_qualifier or m.qualifier for m in mentions],
        "numerator": [m.numerator for m in mentions],
        "denominator": [m.denominator for m in mentions],
        "unit": [m.unit for m in mentions],
        "dot_decimal": [m.dot_decimal for m in mentions],
        "context": [
            _utf8(clause_around(paragraph.text, m.start, m.end)) for _, paragraph, m in found
        ],
        "line": [paragraph.line_at(m.start) for _, paragraph, m in found],
    }
