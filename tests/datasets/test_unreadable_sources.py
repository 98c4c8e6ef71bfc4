"""The sources table says why a file was not published, down to the line where it broke."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from bantin.cli import app
from bantin.datasets.synthetic.sample import embedded_sample_files

BROKEN_FEED = "\n".join(
    [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0">',
        "<channel>",
        "<title>Tin cải cách hành chính</title>",
        "<item><title>Một cửa điện tử</title>",
        "</channel>",
        "</rss>",
    ]
)


def test_an_unreadable_file_is_a_sources_row_with_its_rule_reason_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "tin.xml").write_text(BROKEN_FEED, encoding="utf-8")
    sample = embedded_sample_files()[0]
    (folder / sample.name).write_bytes(sample.read_bytes())
    result = CliRunner().invoke(app, ["release", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code in (0, 1), result.output
    sources = pl.read_parquet(tmp_path / "out" / "data" / "sources.parquet")
    (row,) = sources.filter(pl.col("source_path") == "tin.xml").to_dicts()
    assert row["status"] == "unreadable" and row["bulletin_id"] is None
    assert row["reason"].startswith("source.malformed: XML is not well-formed")
    assert row["reason"].endswith("(line 6)")
