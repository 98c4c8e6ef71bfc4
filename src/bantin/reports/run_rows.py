"""What a run's HTML page keeps of the rows streaming by: findings and sources, and a few columns.

A ``validate --html`` or ``release --html`` run does not hold its bulletins: the page is built
from the findings and sources tables, kept whole (a row per file or finding), and from the few
columns of every parsed bulletin, published or held back, that rule coverage and the charts read
(``reports.coverage.UNIT_COLUMNS``, ``reports.docs.CHART_COLUMNS``). Those are turned into typed
polars frames every ``CHUNK`` rows, so memory stays a small fraction of the input.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import polars as pl

from bantin.reports.coverage import UNIT_COLUMNS, merge_reads
from bantin.reports.docs import CHART_COLUMNS
from bantin.schemas import PARSED_TABLES, TABLES
from bantin.schemas.frames import columns_frame, extend_columns, polars_schema, typed_frame

#: Table -> the columns kept of every parsed bulletin.
KEPT_COLUMNS: dict[str, tuple[str, ...]] = merge_reads(UNIT_COLUMNS, CHART_COLUMNS)
#: Tables kept whole, as the page lists them.
WHOLE_TABLES = ("findings", "sources")
#: Rows gathered as lists before they become a frame.
CHUNK = 65_536


class _Narrow:
    """Some columns of one table, gathered in lists and turned into typed frames by chunks."""

    def __init__(self, table: str, columns: Sequence[str]) -> None:
        schema = polars_schema(TABLES[table])
        self.schema = {name: schema[name] for name in columns}
        self.lists: dict[str, list[Any]] = {name: [] for name in columns}
        self.chunks: list[pl.DataFrame] = []

    def extend(self, part: Mapping[str, Sequence[Any]]) -> None:
        extend_columns(self.lists, part)  # only the kept columns: the others are not looked at
        if len(next(iter(self.lists.values()))) >= CHUNK:
            self._chunk()

    def _chunk(self) -> None:
        self.chunks.append(typed_frame(self.schema, self.lists))
        self.lists = {name: [] for name in self.lists}

    def frame(self) -> pl.DataFrame:
        self._chunk()
        return pl.concat(self.chunks, rechunk=True)


class PageRows:
    """A run's rows as its page needs them; a row sink (``append_columns``) for what the run
    publishes and reports, and ``see`` for every parsed bulletin's own rows."""

    def __init__(self) -> None:
        self._whole: dict[str, list[Mapping[str, Sequence[Any]]]] = {t: [] for t in WHOLE_TABLES}
        self._every = {
            table: _Narrow(table, columns)
            for table, columns in KEPT_COLUMNS.items()
            if table in PARSED_TABLES  # the sources table is kept whole
        }

    def append_columns(self, table: str, columns: Mapping[str, Sequence[Any]]) -> None:
        """Keep the findings and sources rows (a sink's call; other tables are not kept)."""
        if table in self._whole:
            self._whole[table].append(columns)

    def see(self, rows: Mapping[str, Mapping[str, Sequence[Any]]]) -> None:
        """Keep the page's columns of one parsed bulletin's rows (before anything is withheld)."""
        for table, narrow in self._every.items():
            part = rows.get(table)
            if part:
                narrow.extend(part)

    def tables(self) -> dict[str, pl.DataFrame]:
        """The findings and sources tables, whole."""
        return {t: columns_frame(TABLES[t], parts) for t, parts in self._whole.items()}

    def every_bulletin(self) -> dict[str, pl.DataFrame]:
        """The kept columns of every parsed bulletin, with the sources table (one row per file):
        what rule coverage counts and what the charts of ``validate`` draw."""
        frames = {table: narrow.frame() for table, narrow in self._every.items()}
        return {**frames, "sources": self.tables()["sources"]}
