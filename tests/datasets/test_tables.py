"""build_tables: exact model columns, deterministic ids and order, and every derived value."""

from __future__ import annotations

import dataclasses
import datetime as dt

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from bantin.datasets.tables import DuplicateBulletinError, build_tables, empty_tables
from bantin.model import Citation, Paragraph, SourceFormat
from bantin.schemas import PARSED_TABLES, check_table, model_of, polars_schema
from tests.builders import article, digest, parsed, sample_sources


@pytest.fixture(scope="module")
def tables() -> dict[str, pl.DataFrame]:
    return build_tables(sample_sources())


def row(frame: pl.DataFrame, **where: object) -> dict[str, object]:
    matches = frame.filter(**where)
    assert matches.height == 1, matches
    return matches.row(0, named=True)


def test_every_table_has_exactly_its_model_columns_and_passes_it(
    tables: dict[str, pl.DataFrame],
) -> None:
    assert list(tables) == list(PARSED_TABLES)
    for name, frame in tables.items():
        assert frame.schema == polars_schema(model_of(name)), name
        assert check_table(model_of(name), frame) == [], name


def test_empty_tables_have_the_same_schemas() -> None:
    empty = empty_tables()
    assert list(empty) == list(PARSED_TABLES)
    for name, frame in empty.items():
        assert frame.height == 0
        assert frame.schema == polars_schema(model_of(name))
    assert {name: frame.schema for name, frame in build_tables([]).items()} == {
        name: frame.schema for name, frame in empty.items()
    }


def test_row_order_does_not_depend_on_input_order(tables: dict[str, pl.DataFrame]) -> None:
    reversed_tables = build_tables(list(reversed(sample_sources())))
    for name in PARSED_TABLES:
        assert_frame_equal(tables[name], reversed_tables[name])
    assert tables["bulletins"]["bulletin_id"].to_list() == sorted(
        tables["bulletins"]["bulletin_id"]
    )


def test_bulletin_rows(tables: dict[str, pl.DataFrame]) -> None:
    bulletins = tables["bulletins"]
    assert bulletins["bulletin_id"].to_list() == [
        "cchc-2024-02-01",
        "cchc-2025-01-02",
        bulletins["bulletin_id"][2],
        "feed-tin-example-vn-cai-cach-dia-phuong-2025-10-01",
    ]
    assert bulletins["bulletin_id"][2].startswith("cchc-unknown-")
    printed = row(bulletins, bulletin_id="cchc-2024-02-01")
    assert printed["kind"] == "digest" and printed["source_format"] == "print_text"
    assert printed["issue_date"] == dt.date(2024, 2, 1)
    assert printed["weekday_printed"] == "THỨ NĂM" and printed["editor"] == "Nguyễn Văn An"
    assert printed["n_articles"] == 3 and printed["feed_link"] is None
    web = row(bulletins, bulletin_id="cchc-2025-01-02")
    assert web["editor"] is None and web["weekday_printed"] is None
    feed_row = row(bulletins, kind="feed")
    assert feed_row["feed_link"] == "https://tin.example.vn"
    assert feed_row["n_articles"] == 2
    unknown = row(bulletins, source_path="corpus/print-bad-date.txt")
    assert unknown["issue_date"] is None and unknown["issue_date_text"] == "31/02/2024"


def test_sections_and_toc_keep_printed_order_and_null_web_pages(
    tables: dict[str, pl.DataFrame],
) -> None:
    sections = tables["sections"].filter(bulletin_id="cchc-2024-02-01")
    assert sections["position"].to_list() == [1, 2]
    assert sections["page"].to_list() == [1, 3]
    toc = tables["toc_entries"].filter(bulletin_id="cchc-2025-01-02")
    assert toc["number"].to_list() == ["1", "2", "3"]
    assert toc["page"].null_count() == 3
    assert toc["section"].to_list()[-1] == "LĨNH VỰC CẢI CÁCH"


def test_article_rows(tables: dict[str, pl.DataFrame]) -> None:
    articles = tables["articles"]
    first = row(articles, article_id="cchc-2024-02-01-01")
    assert first["position"] == 1 and first["bulletin_id"] == "cchc-2024-02-01"
    assert first["locality"] == "Bình Thuận"
    assert first["line_start"] == 30 and first["line_end"] == 41
    assert first["n_paragraphs"] == 2
    body = first["body"]
    assert isinstance(body, str) and body.count("\n\n") == 1 and body.startswith("Năm qua")
    assert row(articles, article_id="cchc-2024-02-01-02")["locality"] is None
    items = articles.filter(bulletin_id="feed-tin-example-vn-cai-cach-dia-phuong-2025-10-01")
    assert items["published_at"].dtype == pl.Datetime("us", "UTC")
    assert items["published_at"].to_list()[1] == dt.datetime(2025, 10, 1, 6, 10, tzinfo=dt.UTC)
    assert items["url"].null_count() == 0 and items["section"].null_count() == 2
    assert items["body"].to_list()[1] is None  # no paragraphs: null, not ""


def test_naive_publication_times_are_taken_as_utc() -> None:
    source = sample_sources()[3]
    item = dataclasses.replace(
        source.bulletin.articles[0], published_at=dt.datetime(2025, 10, 1, 7, 0)
    )
    bulletin = source.bulletin.with_articles((item,))
    result = build_tables([dataclasses.replace(source, bulletin=bulletin)])
    assert result["articles"]["published_at"][0] == dt.datetime(2025, 10, 1, 7, 0, tzinfo=dt.UTC)


def test_citations_keep_the_printed_date_and_resolve_it(tables: dict[str, pl.DataFrame]) -> None:
    citations = tables["citations"]
    first = row(citations, citation_id="cchc-2024-02-01-01-c")
    assert first["article_id"] == "cchc-2024-02-01-01"
    assert first["date_text"] == "31/01" and first["cited_date"] == dt.date(2024, 1, 31)
    assert first["line"] == 39
    impossible = row(citations, citation_id="cchc-2024-02-01-02-c")
    assert impossible["date_text"] == "01/0" and impossible["cited_date"] is None
    assert impossible["outlet"] == "TTXVN/Bnews.vn"
    undated = citations.filter(pl.col("citation_id").str.starts_with("cchc-unknown-"))
    assert undated["cited_date"].null_count() == undated.height == 3


def test_cited_date_takes_the_year_nearest_the_issue_date() -> None:
    item = article(
        "Cà Mau: Tổng kết năm",
        10,
        (Paragraph("Nội dung.", 12),),
        citation=Citation("Báo Cà Mau", "31/12", ("An",), 14),
    )
    source = parsed(digest(dt.date(2025, 1, 2), articles=(item,)), "x.txt")
    citations = build_tables([source])["citations"]
    assert citations["cited_date"].to_list() == [dt.date(2024, 12, 31)]


def test_citation_authors_in_printed_order(tables: dict[str, pl.DataFrame]) -> None:
    authors = tables["citation_authors"].filter(citation_id="cchc-2024-02-01-01-c")
    assert authors["position"].to_list() == [1, 2]
    assert authors["name"].to_list() == ["Minh Anh", "Thu Hà"]
    assert tables["citation_authors"].filter(citation_id="cchc-2024-02-01-02-c").height == 0


def test_figures_values_ids_and_lines(tables: dict[str, pl.DataFrame]) -> None:
    figures = tables["figures"].filter(article_id="cchc-2024-02-01-01")
    assert figures["figure_id"].to_list() == [f"cchc-2024-02-01-01-f00{n}" for n in (1, 2, 3)]
    assert figures["kind"].to_list() == ["percent", "ratio", "ratio_percent"]
    assert figures["text"].to_list() == ["98,5%", "30/63", "224/224 (100%)"]
    assert figures["value"][0] == pytest.approx(98.5)
    assert figures["value"][1] == pytest.approx(30 / 63 * 100)
    assert figures["numerator"].to_list()[1:] == [30.0, 224.0]
    assert figures["denominator"].to_list()[1:] == [63.0, 224.0]
    assert figures["numerator"][0] is None
    # The third figure sits after the page break of a paragraph that starts on line 34.
    assert figures["line"].to_list() == [32, 32, 37]
    assert figures["context"][1] == "30/63 tỉnh đã kết nối"
    dotted = tables["figures"].filter(article_id="cchc-2024-02-01-03")
    assert dotted["dot_decimal"].to_list() == [True]
    assert dotted["value"][0] == pytest.approx(80.09)


def test_two_sources_of_one_bulletin_are_refused() -> None:
    sources = [
        parsed(digest(dt.date(2024, 5, 2)), "print.txt"),
        parsed(digest(dt.date(2024, 5, 2), source_format=SourceFormat.WEB_TEXT), "web.txt"),
    ]
    with pytest.raises(DuplicateBulletinError, match="cchc-2024-05-02") as caught:
        build_tables(sources)
    # What a caller that catches it (to quarantine one of the two) reads from it:
    assert (caught.value.bulletin_id, caught.value.paths) == (
        "cchc-2024-05-02",
        ("print.txt", "web.txt"),
    )


def test_more_than_99_articles_keep_ids_unique_and_order_by_position() -> None:
    many = tuple(
        article(f"Tin số {n}", 10 * n, (Paragraph("Nội dung.", 10 * n + 1),)) for n in range(1, 102)
    )
    articles = build_tables([parsed(digest(articles=many), "big.txt")])["articles"]
    assert articles["position"].to_list() == list(range(1, 102))
    assert articles["article_id"][-1] == "cchc-2024-02-01-101"
    assert articles["article_id"].n_unique() == 101
