"""The notes of an article's short items ("Tin vắn") are citations of their own: ids, and
withholding the article takes them along."""

from __future__ import annotations

import polars as pl
import pytest

from bantin import ids
from bantin.datasets.release import _without
from bantin.datasets.withholding import drop_withheld


def test_a_short_items_citation_id_numbers_the_item() -> None:
    assert ids.citation_id("cchc-2024-02-01-03") == "cchc-2024-02-01-03-c"
    assert ids.citation_id("cchc-2024-02-01-03", 2) == "cchc-2024-02-01-03-c2"
    assert ids.citation_article("cchc-2024-02-01-03-c2") == "cchc-2024-02-01-03"
    assert ids.citation_article("cchc-2024-02-01-03-c") == "cchc-2024-02-01-03"
    with pytest.raises(ValueError, match="1-based"):
        ids.citation_id("cchc-2024-02-01-03", 0)


def test_drop_withheld_takes_the_items_citations_along() -> None:
    tables = {
        "articles": pl.DataFrame({"article_id": ["b-01", "b-02"]}),
        "citations": pl.DataFrame(
            {"citation_id": ["b-01-c", "b-02-c1", "b-02-c"], "article_id": ["b-01", "b-02", "b-02"]}
        ),
        "citation_authors": pl.DataFrame({"citation_id": ["b-01-c", "b-02-c1", "b-02-c"]}),
    }
    kept = drop_withheld(tables, ["b-02"])
    assert kept["citations"]["citation_id"].to_list() == ["b-01-c"]
    assert kept["citation_authors"]["citation_id"].to_list() == ["b-01-c"]


def test_a_releases_rows_without_a_withheld_article_lose_its_items_authors() -> None:
    rows = {
        "citations": {"citation_id": ["b-01-c", "b-02-c1"], "article_id": ["b-01", "b-02"]},
        "citation_authors": {"citation_id": ["b-01-c", "b-02-c1"], "name": ["Thu Hà", "Minh An"]},
    }
    kept = _without(rows, {"b-02": ()})
    assert kept["citation_authors"] == {"citation_id": ["b-01-c"], "name": ["Thu Hà"]}
    assert kept["citations"]["citation_id"] == ["b-01-c"]
