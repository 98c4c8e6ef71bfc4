"""The Table Schemas in datapackage.json are generated from, and agree with, the pandera models."""

from __future__ import annotations

import re

import frictionless
import pandera.polars as pa
import polars as pl
import pytest

from bantin.schemas import (
    MISSING_VALUES,
    TABLES,
    UnsupportedSchema,
    foreign_keys,
    patterns,
    primary_key,
    table_schema,
)

TYPES = {
    pl.String: "string",
    pl.Int64: "integer",
    pl.Float64: "number",
    pl.Boolean: "boolean",
    pl.Date: "date",
    pl.Datetime("us", "UTC"): "datetime",
}


@pytest.mark.parametrize("name", list(TABLES))
def test_table_schema_mirrors_the_model(name: str) -> None:
    model = TABLES[name]
    columns = model.to_schema().columns
    descriptor = table_schema(model)
    fields = {field["name"]: field for field in descriptor["fields"]}
    assert list(fields) == list(columns)
    for column_name, column in columns.items():
        field = fields[column_name]
        constraints = field.get("constraints", {})
        assert field["type"] == TYPES[column.dtype.type], column_name
        assert constraints.get("required", False) is (not column.nullable), column_name
        assert field["description"] == column.description
        for check in column.checks:
            stats = check.statistics
            if check.name == "isin":
                assert constraints["enum"] == list(stats["allowed_values"])
            elif check.name == "greater_than_or_equal_to":
                assert constraints["minimum"] == stats["min_value"]
            elif check.name == "str_matches":
                assert constraints["pattern"] == stats["pattern"][1:-1]
            elif check.name == "str_length":
                assert constraints["minLength"] == stats["min_value"]
    assert descriptor["primaryKey"] == primary_key(model)
    expected_references = [
        {"fields": [column], "reference": {"resource": table, "fields": [target]}}
        for column, (table, target) in foreign_keys(model).items()
    ]
    assert descriptor.get("foreignKeys", []) == expected_references
    assert descriptor["missingValues"] == MISSING_VALUES


@pytest.mark.parametrize("name", list(TABLES))
def test_table_schema_is_valid_frictionless_metadata(name: str) -> None:
    report = frictionless.Schema.validate_descriptor(table_schema(TABLES[name]))
    assert report.valid, report.flatten(["type", "note"])


def test_missing_values_cover_nulls_as_frictionless_reads_parquet() -> None:
    # Parquet reaches frictionless through pandas: a null in an integer column becomes NaN.
    assert "nan" in MISSING_VALUES and "" in MISSING_VALUES


@pytest.mark.parametrize(
    ("pattern", "good", "bad"),
    [
        (
            patterns.BULLETIN_ID,
            ["cchc-2024-02-01", "feed-tin-example-vn-2025-10-01", "feed-unknown-0123456789ab"],
            ["cchc-2024-2-1", "CCHC-2024-02-01", "cchc-2024-02-01-01", "feed-2025-10-01", "x"],
        ),
        (
            patterns.ARTICLE_ID,
            ["cchc-2024-02-01-01", "cchc-2024-02-01-123", "cchc-unknown-0123456789ab-07"],
            ["cchc-2024-02-01-1", "cchc-2024-02-01", "cchc-2024-02-01-01-c"],
        ),
        (patterns.FIGURE_ID, ["cchc-2024-02-01-01-f001"], ["cchc-2024-02-01-01-f01"]),
        (patterns.RULE_ID, ["toc.numbering", "source.not-bulletin"], ["toc", "Toc.pages", "toc."]),
    ],
)
def test_exported_patterns_accept_and_reject_what_pandera_does(
    pattern: str, good: list[str], bad: list[str]
) -> None:
    exported = re.compile(f"^{pattern[1:-1]}$")  # frictionless anchors the pattern itself
    for value in good:
        assert re.match(pattern, value) and exported.match(value), value
    for value in bad:
        assert not re.match(pattern, value) and not exported.match(value), value


def test_a_check_without_a_table_schema_equivalent_is_refused() -> None:
    class Odd(pa.DataFrameModel):
        value: int = pa.Field(description="a value")

        @pa.check("value", name="is_even")
        def is_even(cls, data: object) -> object:  # pragma: no cover - never run
            return data

        class Config:
            unique = ["value"]  # noqa: RUF012

    with pytest.raises(UnsupportedSchema, match=r"Odd\.value.*is_even"):
        table_schema(Odd)


def test_an_unanchored_pattern_is_refused() -> None:
    class Loose(pa.DataFrameModel):
        code: str = pa.Field(str_matches=r"[a-z]+", description="a code")

        class Config:
            unique = ["code"]  # noqa: RUF012

    with pytest.raises(UnsupportedSchema, match="anchored"):
        table_schema(Loose)


def test_a_model_without_primary_key_is_refused() -> None:
    class Keyless(pa.DataFrameModel):
        code: str = pa.Field(description="a code")

    with pytest.raises(ValueError, match="primary key"):
        table_schema(Keyless)
