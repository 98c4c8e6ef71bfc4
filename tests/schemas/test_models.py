"""The pandera models: documented, keyed, and strict about what a published table may hold."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from bantin.schemas import (
    TABLES,
    Articles,
    CitationAuthors,
    Findings,
    Sections,
    Sources,
    check_foreign_keys,
    check_table,
    empty_frame,
    foreign_keys,
    frame,
    primary_key,
)

EXPECTED_KEYS = {
    "bulletins": (["bulletin_id"], {}),
    "sections": (["bulletin_id", "position"], {"bulletin_id": ("bulletins", "bulletin_id")}),
    "toc_entries": (["bulletin_id", "position"], {"bulletin_id": ("bulletins", "bulletin_id")}),
    "articles": (["article_id"], {"bulletin_id": ("bulletins", "bulletin_id")}),
    "citations": (["citation_id"], {"article_id": ("articles", "article_id")}),
    "citation_authors": (
        ["citation_id", "position"],
        {"citation_id": ("citations", "citation_id")},
    ),
    "figures": (["figure_id"], {"article_id": ("articles", "article_id")}),
    "findings": (["finding_id"], {}),
    "sources": (["source_path"], {}),
    "withheld": (["article_id"], {"bulletin_id": ("bulletins", "bulletin_id")}),
    "corrections": (["source_path", "line", "old"], {"source_path": ("sources", "source_path")}),
}


def test_tables_are_registered_in_publication_order() -> None:
    assert list(TABLES) == list(EXPECTED_KEYS)


@pytest.mark.parametrize("name", list(EXPECTED_KEYS))
def test_keys(name: str) -> None:
    model = TABLES[name]
    assert primary_key(model) == EXPECTED_KEYS[name][0]
    assert foreign_keys(model) == EXPECTED_KEYS[name][1]
    columns = model.to_schema().columns
    for column in primary_key(model):
        assert not columns[column].nullable, f"{name}.{column} is part of the key"


@pytest.mark.parametrize("name", list(TABLES))
def test_every_table_and_column_is_described(name: str) -> None:
    schema = TABLES[name].to_schema()
    assert schema.description
    for column_name, column in schema.columns.items():
        assert column.description and len(column.description) > 8, f"{name}.{column_name}"


@pytest.mark.parametrize("name", list(TABLES))
def test_empty_tables_are_valid(name: str) -> None:
    assert check_table(TABLES[name], empty_frame(TABLES[name])) == []


def _section(**overrides: object) -> dict[str, object]:
    row: dict[str, object] = {
        "bulletin_id": "cchc-2024-02-01",
        "position": 1,
        "name": "CẢI CÁCH ĐỊA PHƯƠNG",
        "page": None,
        "line": 20,
    }
    row.update(overrides)
    return row


def _describe(model: type, rows: list[dict[str, object]]) -> list[str]:
    return [problem.describe() for problem in check_table(model, frame(model, rows))]


def test_a_valid_row_passes() -> None:
    assert _describe(Sections, [_section(), _section(position=2, page=3)]) == []


@pytest.mark.parametrize(
    ("override", "column", "check"),
    [
        ({"position": 0}, "position", "greater_than_or_equal_to(1)"),
        ({"line": 0}, "line", "greater_than_or_equal_to(1)"),
        ({"page": -1}, "page", "greater_than_or_equal_to(0)"),
        ({"name": None}, "name", "not_nullable"),
        ({"name": ""}, "name", "str_length"),
        ({"bulletin_id": "CCHC 2024"}, "bulletin_id", "str_matches"),
    ],
)
def test_bad_values_are_reported_by_column(
    override: dict[str, object], column: str, check: str
) -> None:
    problems = check_table(Sections, frame(Sections, [_section(**override)]))
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.table, problem.column) == ("sections", column)
    assert check in problem.check
    assert f"column '{column}'" in problem.describe() and "'sections'" in problem.describe()


def test_duplicate_composite_key_is_reported_with_the_key_columns() -> None:
    problems = check_table(Sections, frame(Sections, [_section(), _section(name="KHÁC")]))
    assert [p.column for p in problems] == ["bulletin_id, position"]
    assert problems[0].count == 2


def test_enums_are_enforced() -> None:
    rows = [
        {
            "finding_id": "0123456789abcdef",
            "rule": "toc.numbering",
            "severity": "fatal",
            "source_path": "a.txt",
            "message": "gap",
            "waived": False,
        }
    ]
    problems = check_table(Findings, frame(Findings, rows))
    assert [(p.column, p.check) for p in problems] == [("severity", "isin(['error', 'warning'])")]
    source = {"source_path": "a.txt", "status": "lost"}
    assert [p.column for p in check_table(Sources, frame(Sources, [source]))] == ["status"]


def test_wrong_dtype_missing_and_extra_columns_are_reported() -> None:
    good = frame(Sections, [_section()])
    wrong_dtype = good.with_columns(pl.col("position").cast(pl.Int32))
    assert [(p.column, p.check) for p in check_table(Sections, wrong_dtype)] == [
        ("position", "dtype('Int64')")
    ]
    missing = check_table(Sections, good.drop("page"))
    assert ("page", "column_in_dataframe") in [(p.column, p.check) for p in missing]
    assert any(p.describe().endswith("missing") for p in missing)
    extra = check_table(Sections, good.with_columns(extra=pl.lit(1)))
    assert ("extra", "column_in_schema") in [(p.column, p.check) for p in extra]


def test_datetimes_must_be_utc() -> None:
    row = {
        "article_id": "feed-example-com-2025-10-01-01",
        "bulletin_id": "feed-example-com-2025-10-01",
        "position": 1,
        "title": "Tin",
        "line_start": 1,
        "line_end": 2,
        "n_paragraphs": 0,
        "published_at": dt.datetime(2025, 10, 1, tzinfo=dt.UTC),
    }
    good = frame(Articles, [row])
    assert check_table(Articles, good) == []
    naive = good.with_columns(pl.col("published_at").dt.replace_time_zone(None))
    assert [p.column for p in check_table(Articles, naive)] == ["published_at"]


def test_frame_refuses_unknown_columns() -> None:
    with pytest.raises(ValueError, match="unknown column"):
        frame(Sections, [_section(colour="blue")])


def test_foreign_keys_are_checked_across_tables() -> None:
    bulletins = frame(TABLES["bulletins"], [])
    sections = frame(Sections, [_section()])
    authors = frame(CitationAuthors, [])
    problems = check_foreign_keys(
        {"bulletins": bulletins, "sections": sections, "citation_authors": authors}
    )
    assert problems == [
        "table 'sections', column 'bulletin_id': 1 value(s) not in bulletins.bulletin_id "
        "(e.g. 'cchc-2024-02-01')"
    ]
    problems = check_foreign_keys({"sections": sections})
    assert problems == [
        "table 'sections', column 'bulletin_id': references table 'bulletins', which is missing"
    ]
