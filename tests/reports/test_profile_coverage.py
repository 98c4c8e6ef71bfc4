"""Package profile statistics and the declared 'checked' unit of each rule."""

from __future__ import annotations

import datetime as dt

import polars as pl

from bantin.reports.coverage import FAMILY_UNITS, RULE_UNITS, UNITS, checked, unit_of
from bantin.reports.profile import profile_table
from bantin.validators.registry import RULES


def test_profile_counts_nulls_distincts_and_ranges() -> None:
    frame = pl.DataFrame(
        {
            "name": ["a", "b", None, "b"],
            "value": [1.5, None, 3.0, 2.0],
            "day": [dt.date(2024, 2, 1), dt.date(2023, 1, 5), None, None],
            "flag": [True, False, True, True],
        }
    )
    profile = profile_table("t", frame)
    assert profile.rows == 4
    columns = {c.name: c for c in profile.columns}
    assert columns["name"].null_share == 0.25 and columns["name"].distinct == 2
    assert columns["name"].minimum is None  # text has no range in the profile
    assert (columns["value"].minimum, columns["value"].maximum) == ("1.5", "3")
    assert (columns["day"].minimum, columns["day"].maximum) == ("2023-01-05", "2024-02-01")
    assert columns["day"].null_share == 0.5
    assert columns["flag"].minimum is None and columns["flag"].distinct == 2


def test_profile_of_an_empty_table() -> None:
    profile = profile_table("t", pl.DataFrame({"x": pl.Series([], dtype=pl.Int64)}))
    assert profile.rows == 0 and profile.columns[0].null_share == 0.0
    assert profile.columns[0].minimum is None


def test_every_registered_rule_has_a_declared_unit() -> None:
    assert set(RULE_UNITS.values()) | set(FAMILY_UNITS.values()) <= set(UNITS)
    for rule in RULES:
        assert rule.id in RULE_UNITS or rule.id.partition(".")[0] in FAMILY_UNITS, rule.id
    assert unit_of("source.unreadable").label == "files"
    assert unit_of("someday.new-rule").label == "bulletins"


def test_checked_counts_come_from_the_tables() -> None:
    tables = {
        "bulletins": pl.DataFrame({"bulletin_id": ["d", "f"], "kind": ["digest", "feed"]}),
        "articles": pl.DataFrame(
            {
                "bulletin_id": ["d", "d", "f"],
                "locality": ["Huế", None, None],
                "published_at": [None, None, dt.datetime(2025, 1, 1, tzinfo=dt.UTC)],
            }
        ),
        "citations": pl.DataFrame({"cited_date": [dt.date(2024, 1, 1), None]}),
        "figures": pl.DataFrame({"kind": ["percent"] * 5}),
    }
    assert checked("pct.range", tables) == (5, "figures")
    assert checked("article.no-citation", tables) == (2, "digest articles")
    assert checked("article.locality", tables) == (1, "titles naming a place")
    assert checked("date.future", tables) == (2, "dated citations and feed items")
    assert checked("feed.order", tables) == (1, "feeds")
    assert checked("feed.item-undated", tables) == (1, "feed items")
    assert checked("toc.numbering", tables) == (0, "TOC entries")  # no table, nothing checked
