"""The command line contract of DESIGN.md section 5: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from bantin.cli import app
from bantin.datasets.synthetic.sample import embedded_sample_files
from tests.conftest import corpus_file
from tests.parsers.fixtures import FEED_XML, PRINT_DIGEST
from tests.parsers.test_decode import encode_cp1258

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def clean_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "clean"
    folder.mkdir()
    for path in embedded_sample_files()[:4]:
        shutil.copy(path, folder / path.name)
    return folder


def test_version_and_help():
    assert run("--version").stdout.startswith("bantin ")
    result = run("--help")
    assert result.exit_code == 0
    for command in ("validate", "release", "sample", "rules"):
        assert command in result.stdout


def test_help_shows_brackets_as_written_and_joins_the_lines_of_a_paragraph(monkeypatch):
    # The help is Markdown: rich markup would take "[tool.bantin]" and "[dask]" for styles and
    # drop them, and would keep each line break of a docstring paragraph.
    monkeypatch.setenv("COLUMNS", "200")
    shown = run("validate", "--help").stdout
    words = " ".join(shown.replace("│", " ").split())
    assert "[tool.bantin]" in words and "bantin[dask]" in words
    assert any(
        "2: usage error or a source that could not be read" in ln for ln in shown.splitlines()
    )


def test_validate_clean_folder_exits_0(clean_dir):
    result = run("validate", str(clean_dir))
    assert result.exit_code == 0, result.stdout
    assert "0 errors, 0 warnings in 4 files" in result.stdout


def test_validate_json_shape(clean_dir, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(PRINT_DIGEST.replace("(Baolaocai.vn 02/01)", "(Baolaocai.vn 31/9)"), "utf-8")
    result = run("validate", str(bad), "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert set(document) == {"findings", "waived", "stale_waivers", "summary"}
    (finding,) = [f for f in document["findings"] if f["rule"] == "date.impossible"]
    # The file is "source_path" here as in the findings, sources and bulletins tables.
    assert set(finding) == {
        "rule",
        "severity",
        "bulletin_id",
        "article_id",
        "source_path",
        "line",
        "message",
    }
    assert finding["line"] == 35 and finding["source_path"] == "bad.txt"  # relative: portable
    assert "31/9" in finding["message"]
    assert finding["bulletin_id"] == "cchc-2025-01-03"


@pytest.mark.parametrize(("fail_on", "expected"), [("error", 0), ("warning", 1), ("never", 0)])
def test_fail_on_threshold(tmp_path, fail_on, expected):
    # 80.09% is a pct.format warning and nothing else is wrong
    path = tmp_path / "warn.txt"
    path.write_text(PRINT_DIGEST, "utf-8")
    result = run("validate", str(path), "--fail-on", fail_on)
    assert "pct.format" in result.stdout
    assert result.exit_code == expected


def test_missing_path_is_an_unreadable_source(tmp_path):
    result = run("validate", str(tmp_path / "nope"), "--format", "json")
    assert result.exit_code == 2
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["rule"] == "source.unreadable" and finding["source_path"] == "nope"
    assert "no such file or folder" in finding["message"]


@pytest.mark.parametrize(
    ("content", "rule", "reason"),
    [
        (b"", "source.unreadable", "file is empty"),
        (b"\x00\x01\x02\x03binary" * 50, "source.unreadable", "binary"),
        ("Danh sách việc cần làm hôm nay.\n".encode(), "source.not-bulletin", "not a bulletin"),
    ],
    ids=["empty", "binary", "not a bulletin"],
)
def test_unusable_files_exit_2_with_a_reason(tmp_path, content, rule, reason):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = run("validate", str(path), "--format", "json")
    assert result.exit_code == 2
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["rule"] == rule and reason in finding["message"]
    assert finding["source_path"] == "input.txt"


@pytest.mark.parametrize(
    "encode", [lambda t: t.encode("utf-16"), encode_cp1258], ids=["utf16", "cp1258"]
)
def test_legacy_encodings_are_read(tmp_path, encode):
    path = tmp_path / "legacy.txt"
    path.write_bytes(encode(PRINT_DIGEST))
    result = run("validate", str(path), "--fail-on", "error")
    assert result.exit_code == 0, result.stdout


def test_release_of_the_embedded_sample(tmp_path):
    out = tmp_path / "rel"
    result = run("release", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "Published 8 bulletins" in result.stdout
    descriptor = json.loads((out / "datapackage.json").read_text("utf-8"))
    names = [r["name"] for r in descriptor["resources"]]
    assert names == [
        "bulletins",
        "sections",
        "toc_entries",
        "articles",
        "citations",
        "citation_authors",
        "figures",
        "findings",
        "sources",
        "withheld",
        "corrections",
    ]
    sources = pl.read_parquet(out / "data" / "sources.parquet")
    assert sources["status"].to_list() == ["published"] * 8


def test_release_is_byte_identical(clean_dir, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert run("release", str(clean_dir), "--out", str(first)).exit_code == 0
    assert run("release", str(clean_dir), "--out", str(second)).exit_code == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_release_quarantines_and_lists_everything(clean_dir, tmp_path):
    (clean_dir / "broken.txt").write_text(PRINT_DIGEST.replace("2. Lào Cai", "4. Lào Cai"), "utf-8")
    (clean_dir / "empty.txt").write_bytes(b"")
    (clean_dir / "feed.xml").write_text(FEED_XML, "utf-8")
    out = tmp_path / "rel"
    result = run("release", str(clean_dir), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "Quarantined 1" in result.stdout and "toc.numbering (line 16)" in result.stdout
    assert "Not readable 1" in result.stdout and "file is empty" in result.stdout
    sources = pl.read_parquet(out / "data" / "sources.parquet")
    status = dict(zip(sources["source_path"].to_list(), sources["status"].to_list(), strict=True))
    assert len(status) == 7  # nothing is silently dropped
    assert status["broken.txt"] == "quarantined"
    assert status["empty.txt"] == "unreadable"
    assert status["feed.xml"] == "published"
    bulletins = pl.read_parquet(out / "data" / "bulletins.parquet")
    assert str(clean_dir / "broken.txt") not in bulletins["source_path"].to_list()
    findings = pl.read_parquet(out / "data" / "findings.parquet")
    assert "toc.numbering" in findings["rule"].to_list()


def test_strict_release_refuses_and_writes_nothing(clean_dir, tmp_path):
    (clean_dir / "broken.txt").write_text(PRINT_DIGEST.replace("2. Lào Cai", "4. Lào Cai"), "utf-8")
    out = tmp_path / "rel"
    result = run("release", str(clean_dir), "--out", str(out), "--strict")
    assert result.exit_code == 1
    assert "release refused" in result.stderr
    assert not out.exists()


def test_release_of_the_real_corpus(tmp_path):
    corpus = corpus_file("000_").parent
    out = tmp_path / "rel"
    result = run("release", str(corpus), "--out", str(out))
    assert result.exit_code == 0, result.output
    sources = pl.read_parquet(out / "data" / "sources.parquet")
    assert sources.height == 3
    assert sources["status"].to_list() == ["partial", "published", "published"]
    assert sources["reason"][0] == "withheld 1 of 10 articles: 1 error: date.impossible (line 49)"
    # The citation dated "01/0" withholds its own article only: 9 of the 10 are published.
    articles = pl.read_parquet(out / "data" / "articles.parquet")
    print_edition = articles.filter(pl.col("bulletin_id") == "cchc-2024-02-01")
    assert print_edition["position"].to_list() == list(range(2, 11))
    withheld = pl.read_parquet(out / "data" / "withheld.parquet")
    assert withheld.select("article_id", "rules", "line_start").rows() == [
        ("cchc-2024-02-01-01", "date.impossible", 37)
    ]
    citations = pl.read_parquet(out / "data" / "citations.parquet")
    assert "cchc-2024-02-01-01-c" not in citations["citation_id"].to_list()
    assert "Withheld 1 article" in result.stdout


def test_sample_command(tmp_path):
    result = run("sample", "--out", str(tmp_path / "s"), "--bulletins", "5", "--seed", "7")
    assert result.exit_code == 0
    files = sorted(p.name for p in (tmp_path / "s").iterdir())
    assert len(files) == 5 and files[3].endswith(".xml")
    bad = run("sample", "--out", str(tmp_path / "t"), "--bulletins", "0")
    assert bad.exit_code == 2 and "bulletins" in bad.stderr


def test_rules_lists_the_catalogue():
    result = run("rules")
    for rule in ("toc.numbering", "date.impossible", "pct.range", "article.locality"):
        assert rule in result.stdout


def test_html_report(tmp_path, clean_dir):
    page = tmp_path / "report.html"
    assert run("validate", str(clean_dir), "--html", str(page)).exit_code == 0
    assert page.read_text("utf-8").lstrip().lower().startswith("<!doctype html")
