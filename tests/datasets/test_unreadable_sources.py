"""A file bantin cannot read is a source with its reason, never a crash; the sources table keeps
the line where it broke."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from bantin.cli import app
from bantin.datasets.corpus import collect_inputs, parse_inputs
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


def test_a_feed_nested_too_deeply_to_parse_is_unreadable_with_that_reason(tmp_path: Path) -> None:
    deep = "<div>" * 5000 + "Nội dung" + "</div>" * 5000
    feed = "\n".join(
        [
            '<?xml version="1.0" encoding="utf-8"?>',
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>',
            "<updated>2025-10-02T09:30:00+07:00</updated>",
            "<entry><title>Một cửa</title><id>tag:x,2025:1</id>",
            "<updated>2025-10-02T09:30:00+07:00</updated>",
            f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{deep}</div>',
            "</content></entry></feed>",
        ]
    )
    (tmp_path / "deep.xml").write_text(feed, encoding="utf-8")
    outcome = parse_inputs(collect_inputs([tmp_path]), workers=1)
    assert outcome.parsed == []
    assert [str(error) for error in outcome.failed] == [
        "deep.xml: structure too deeply nested to parse"
    ]
