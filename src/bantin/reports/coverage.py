"""What each rule looks at, declared per rule, and how many of those a run gave it to check.

A rule that passed is shown with this count ("checked 42 figures"). The count is cheap: it is read
from the tables of the bulletins that were checked, never by running the rule again. Rules are
matched by id, then by family; a rule nobody declared counts bulletins.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import polars as pl

Tables = Mapping[str, pl.DataFrame]


def _rows(table: str) -> Callable[[Tables], int]:
    return lambda tables: tables[table].height if table in tables else 0


def merge_reads(*reads: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Table -> columns read, merged in order."""
    merged: dict[str, tuple[str, ...]] = {}
    for read in reads:
        for table, columns in read.items():
            merged[table] = tuple(dict.fromkeys((*merged.get(table, ()), *columns)))
    return merged


def _bulletins_where(column: str, values: tuple[str, ...]) -> Callable[[Tables], int]:
    def count(tables: Tables) -> int:
        frame = tables.get("bulletins")
        return 0 if frame is None else frame.filter(pl.col(column).is_in(values)).height

    return count


def _articles_of(kind: str) -> Callable[[Tables], int]:
    def count(tables: Tables) -> int:
        articles, bulletins = tables.get("articles"), tables.get("bulletins")
        if articles is None or bulletins is None:
            return 0
        ids = bulletins.filter(pl.col("kind") == kind)["bulletin_id"]
        return articles.filter(pl.col("bulletin_id").is_in(ids.implode())).height

    return count


def _with_locality(tables: Tables) -> int:
    frame = tables.get("articles")
    return 0 if frame is None else frame.filter(pl.col("locality").is_not_null()).height


def _dated_items(tables: Tables) -> int:
    citations, articles = tables.get("citations"), tables.get("articles")
    dated = 0 if citations is None else citations.filter(pl.col("cited_date").is_not_null()).height
    items = 0 if articles is None else articles.filter(pl.col("published_at").is_not_null()).height
    return dated + items


@dataclass(frozen=True)
class Unit:
    """A kind of thing a rule checks, with its plural label, how to count it in the tables, and
    the columns that count reads (table -> columns; a count of rows reads the table's key), so a
    run can keep just those columns of every bulletin instead of the bulletins."""

    label: str
    count: Callable[[Tables], int]
    reads: Mapping[str, tuple[str, ...]]


_BULLETINS = {"bulletins": ("bulletin_id", "kind")}
_ARTICLES_OF_BULLETINS = {**_BULLETINS, "articles": ("article_id", "bulletin_id")}

UNITS: dict[str, Unit] = {
    "files": Unit("files", _rows("sources"), {"sources": ("source_path",)}),
    "bulletins": Unit("bulletins", _rows("bulletins"), _BULLETINS),
    "digests": Unit("digests", _bulletins_where("kind", ("digest",)), _BULLETINS),
    "feeds": Unit("feeds", _bulletins_where("kind", ("feed",)), _BULLETINS),
    "toc_entries": Unit("TOC entries", _rows("toc_entries"), {"toc_entries": ("bulletin_id",)}),
    "articles": Unit("articles", _rows("articles"), {"articles": ("article_id",)}),
    "digest_articles": Unit("digest articles", _articles_of("digest"), _ARTICLES_OF_BULLETINS),
    "feed_items": Unit("feed items", _articles_of("feed"), _ARTICLES_OF_BULLETINS),
    "localities": Unit("titles naming a place", _with_locality, {"articles": ("locality",)}),
    "dated": Unit(
        "dated citations and feed items",
        _dated_items,
        {"citations": ("cited_date",), "articles": ("published_at",)},
    ),
    "figures": Unit("figures", _rows("figures"), {"figures": ("figure_id",)}),
}

#: Every column some unit reads, by table.
UNIT_COLUMNS: dict[str, tuple[str, ...]] = merge_reads(*(unit.reads for unit in UNITS.values()))

#: The unit each rule checks (by rule id).
RULE_UNITS: dict[str, str] = {
    "toc.numbering": "toc_entries",
    "toc.pages": "toc_entries",
    "toc.body-mismatch": "toc_entries",
    "date.impossible": "bulletins",
    "date.weekday": "bulletins",
    "date.future": "dated",
    "date.weekend": "digests",
    "pct.range": "figures",
    "pct.ratio": "figures",
    "pct.format": "figures",
    "article.no-citation": "digest_articles",
    "article.empty": "articles",
    "article.duplicate": "articles",
    "article.locality": "localities",
    "feed.order": "feeds",
    "feed.item-untitled": "feed_items",
    "feed.item-undated": "feed_items",
    "feed.item-date-unreadable": "feed_items",
    "feed.item-attachment-only": "feed_items",
    "bulletin.duplicate": "bulletins",
}

#: The unit of a rule not listed above, by family.
FAMILY_UNITS: dict[str, str] = {
    "toc": "toc_entries",
    "date": "bulletins",
    "pct": "figures",
    "article": "articles",
    "feed": "feeds",
    "bulletin": "bulletins",
    "source": "files",
    "text": "articles",
}


def unit_of(rule_id: str) -> Unit:
    """The unit ``rule_id`` checks: declared for the rule, else for its family, else bulletins."""
    key = RULE_UNITS.get(rule_id) or FAMILY_UNITS.get(rule_id.partition(".")[0], "bulletins")
    return UNITS[key]


def checked(rule_id: str, tables: Tables) -> tuple[int, str]:
    """``(count, label)``: how many things ``rule_id`` looked at in ``tables``."""
    unit = unit_of(rule_id)
    return unit.count(tables), unit.label
