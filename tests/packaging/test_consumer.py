"""bantin.load / bantin.connect / bantin fetch over a package served on 127.0.0.1 and on disk."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import polars as pl
import pyarrow
import pytest
from polars.testing import assert_frame_equal
from typer.testing import CliRunner

import bantin
from bantin.cli import app
from bantin.packaging import PackageError, load_package, verify_package
from tests.packaging.http_server import Served, serve

runner = CliRunner()


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh download cache per test, never the user's."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("BANTIN_CACHE", str(folder))
    return folder


@pytest.fixture
def root(package: Path, tmp_path: Path) -> Path:
    """A copy of the shared package that a test may damage."""
    copy = tmp_path / "served" / "rel"
    shutil.copytree(package.parent, copy)
    return copy


@pytest.fixture
def server(root: Path) -> Iterator[Served]:
    with serve(root.parent) as served:
        yield served


def _url(server: Served) -> str:
    return server.url + "rel/datapackage.json"


def _cached_files(cache: Path) -> list[Path]:
    return sorted(p for p in cache.rglob("*") if p.is_file()) if cache.exists() else []


def _tamper(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size: only the sha256 can tell
    path.write_bytes(bytes(data))


def test_remote_load_equals_the_local_package(server: Served, root: Path) -> None:
    remote = bantin.load(_url(server))
    local = load_package(root)
    assert list(remote) == list(local)
    for name in local:
        assert_frame_equal(remote[name], local[name])
    folder_url = bantin.load(server.url + "rel/", tables=["bulletins"])
    assert_frame_equal(folder_url["bulletins"], local["bulletins"])


def test_second_load_is_served_from_the_cache(server: Served, cache: Path) -> None:
    first = bantin.load(_url(server), tables=["articles", "figures"])
    assert server.requests == {
        "/rel/datapackage.json": 1,
        "/rel/data/articles.parquet": 1,
        "/rel/data/figures.parquet": 1,
    }
    assert len(_cached_files(cache)) == 2
    again = bantin.load(_url(server), tables=["articles", "figures"], engine="arrow")
    assert server.requests["/rel/datapackage.json"] == 2  # the descriptor says what is current
    assert server.requests["/rel/data/articles.parquet"] == 1
    assert server.requests["/rel/data/figures.parquet"] == 1
    assert again["articles"].num_rows == first["articles"].height


def test_a_corrupted_cache_entry_is_downloaded_again(server: Served, cache: Path) -> None:
    bantin.load(_url(server), tables=["articles"])
    (entry,) = _cached_files(cache)
    _tamper(entry)
    tables = bantin.load(_url(server), tables=["articles"])
    assert server.requests["/rel/data/articles.parquet"] == 2
    assert tables["articles"].height > 0


def test_a_tampered_file_is_refused_and_not_kept(server: Served, root: Path, cache: Path) -> None:
    _tamper(root / "data" / "articles.parquet")
    with pytest.raises(PackageError) as raised:
        bantin.load(_url(server))
    assert "resource 'articles'" in str(raised.value)
    assert "sha256" in str(raised.value)
    assert all("articles" not in p.name for p in _cached_files(cache))
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    digest = next(r for r in descriptor["resources"] if r["name"] == "articles")["hash"][7:]
    assert not any(p.name.startswith(digest) for p in _cached_files(cache))


def test_a_missing_file_names_the_resource(server: Served, root: Path) -> None:
    (root / "data" / "citations.parquet").unlink()
    with pytest.raises(PackageError, match=r"resource 'citations'.*404"):
        bantin.load(_url(server))


def test_a_cut_connection_is_an_error_and_leaves_nothing_half_downloaded(
    server: Served, cache: Path
) -> None:
    server.cut.add("/rel/data/figures.parquet")
    with pytest.raises(PackageError, match="resource 'figures'"):
        bantin.load(_url(server), tables=["bulletins", "figures"])
    names = [p.name for p in _cached_files(cache)]
    assert len(names) == 1  # bulletins, complete; nothing of figures, not even a temporary file
    server.cut.clear()
    assert bantin.load(_url(server), tables=["figures"])["figures"].height > 0


def test_engines_give_polars_nullable_pandas_and_arrow(root: Path) -> None:
    polars_tables = bantin.load(root)
    pandas_tables = bantin.load(root / "datapackage.json", engine="pandas")
    arrow_tables = bantin.load(root, engine="arrow")
    assert isinstance(arrow_tables["figures"], pyarrow.Table)
    bulletins = pandas_tables["bulletins"]
    assert isinstance(bulletins, pd.DataFrame)
    assert bulletins["issue_date"].isna().any()  # a null date stays a null, not NaT or NaN
    assert isinstance(bulletins["issue_date"].dropna().iloc[0], dt.date)
    assert not isinstance(bulletins["issue_date"].dropna().iloc[0], dt.datetime)
    assert str(bulletins["n_articles"].dtype) == "Int64"
    assert str(pandas_tables["toc_entries"]["page"].dtype) == "Int64"
    assert pandas_tables["toc_entries"]["page"].isna().any()
    assert str(bulletins["weekdays_only"].dtype) == "boolean"
    assert isinstance(bulletins["bulletin_id"].dtype, pd.StringDtype)
    assert str(pandas_tables["articles"]["published_at"].dtype).endswith("UTC]")
    for name, frame in polars_tables.items():
        assert len(pandas_tables[name]) == frame.height == arrow_tables[name].num_rows
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        bantin.load(root, engine="spark")  # type: ignore[arg-type]
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    names = ", ".join(r["name"] for r in descriptor["resources"])
    with pytest.raises(PackageError, match=re.escape(f"'authors' (the package has {names})")):
        bantin.load(root, tables=["authors"])


def test_a_local_load_checks_only_the_selected_files(root: Path) -> None:
    _tamper(root / "data" / "figures.parquet")
    assert list(bantin.load(root, tables="bulletins")) == ["bulletins"]
    with pytest.raises(PackageError, match=r"resource 'figures'.*sha256"):
        bantin.load(root)
    with pytest.raises(PackageError, match="resource 'figures'"):
        bantin.connect(root)


def test_connect_to_chosen_tables_checks_and_shows_only_those(root: Path) -> None:
    _tamper(root / "data" / "figures.parquet")
    connection = bantin.connect(root, tables=["bulletins", "articles"])
    views = {row[0] for row in connection.sql("SELECT view_name FROM duckdb_views()").fetchall()}
    assert {"bulletins", "articles"} <= views and "figures" not in views


def test_connect_has_one_view_per_resource(server: Served, root: Path) -> None:
    for source in (root, _url(server)):
        connection = bantin.connect(source)
        views = {
            row[0] for row in connection.sql("SELECT view_name FROM duckdb_views()").fetchall()
        }
        descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
        assert {r["name"] for r in descriptor["resources"]} <= views
        ((count,),) = connection.sql("SELECT count(*) FROM articles").fetchall()
        assert count == pl.read_parquet(root / "data" / "articles.parquet").height


def test_query_command_formats_and_exit_codes(root: Path) -> None:
    sql = "SELECT bulletin_id, issue_date FROM bulletins ORDER BY bulletin_id"
    expected = pl.read_parquet(root / "data" / "bulletins.parquet").sort("bulletin_id")
    as_json = runner.invoke(app, ["query", str(root), sql, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    records = json.loads(as_json.stdout)
    assert [r["bulletin_id"] for r in records] == expected["bulletin_id"].to_list()
    dates = [d.isoformat() if d else None for d in expected["issue_date"].to_list()]
    assert [r["issue_date"] for r in records] == dates
    as_csv = runner.invoke(app, ["query", str(root), sql, "--format", "csv"])
    lines = as_csv.stdout.splitlines()
    assert lines[0] == "bulletin_id,issue_date" and len(lines) == expected.height + 1
    as_table = runner.invoke(app, ["query", str(root), sql])
    assert as_table.exit_code == 0 and expected["bulletin_id"][0] in as_table.stdout
    bad_sql = runner.invoke(app, ["query", str(root), "SELECT nope FROM bulletins"])
    assert bad_sql.exit_code == 2 and "SQL failed" in bad_sql.output
    _tamper(root / "data" / "bulletins.parquet")
    damaged = runner.invoke(app, ["query", str(root), sql])
    assert damaged.exit_code == 1 and "resource 'bulletins'" in damaged.output


def test_fetch_downloads_a_verified_package(server: Served, tmp_path: Path) -> None:
    out = tmp_path / "downloaded"
    result = runner.invoke(app, ["fetch", _url(server), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert verify_package(out) == []
    assert (out / "README.md").is_file()
    again = runner.invoke(app, ["fetch", server.url + "rel", "--out", str(out)])
    assert again.exit_code == 0, again.output  # a package there is replaced


def test_fetch_into_new_folders_stages_next_to_them_and_leaves_the_folder_private_to_write(
    server: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The download is staged beside ``--out`` (the system temp folder may be small, or another
    disk the final move cannot cross), the missing parents are made, and the package folder is
    readable by all but writable by its owner only, like a folder made under the usual umask."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-temp-folder"))
    out = tmp_path / "data" / "bantin" / "latest"
    result = runner.invoke(app, ["fetch", _url(server), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert verify_package(out) == []
    assert out.stat().st_mode & 0o777 == 0o755
    assert sorted(p.name for p in out.parent.iterdir()) == ["latest"]


def test_fetch_failing_changes_nothing_and_names_the_file(
    server: Served, root: Path, tmp_path: Path, cache: Path
) -> None:
    out = tmp_path / "downloaded"
    assert runner.invoke(app, ["fetch", _url(server), "--out", str(out)]).exit_code == 0
    before = sorted((p.relative_to(out), p.read_bytes()) for p in out.rglob("*") if p.is_file())
    shutil.rmtree(cache)  # else the files come from the cache, unchanged
    readme = (root / "README.md").read_bytes()
    _tamper(root / "README.md")
    result = runner.invoke(app, ["fetch", _url(server), "--out", str(out)])
    assert result.exit_code == 1 and "bantin:readme" in result.output
    (root / "README.md").write_bytes(readme)
    shutil.rmtree(cache)
    server.cut.add("/rel/data/sources.parquet")
    cut = runner.invoke(app, ["fetch", _url(server), "--out", str(out)])
    assert cut.exit_code == 1 and "resource 'sources'" in cut.output
    after = sorted((p.relative_to(out), p.read_bytes()) for p in out.rglob("*") if p.is_file())
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_fetch_refuses_a_folder_that_is_not_a_package(server: Served, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.tex").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["fetch", _url(server), "--out", str(mine)])
    assert result.exit_code == 1 and "neither empty nor a bantin Data Package" in result.output
    assert [p.name for p in mine.iterdir()] == ["thesis.tex"]
    local = runner.invoke(app, ["fetch", str(tmp_path), "--out", str(tmp_path / "x")])
    assert local.exit_code == 2 and "not an http(s) URL" in local.output


def test_a_bad_served_descriptor_or_an_unusable_cache_is_a_clear_error(
    server: Served, root: Path, cache: Path
) -> None:
    """Each refusal says which package, then what is wrong with it."""
    path = root / "datapackage.json"
    original = path.read_text("utf-8")
    path.write_text(json.dumps({"name": "not-a-package"}), "utf-8")
    with pytest.raises(PackageError, match=r"(?s)^cannot load the package at .*no resources"):
        bantin.load(_url(server))
    descriptor = json.loads(original)
    (figures,) = [r for r in descriptor["resources"] if r["name"] == "figures"]
    del figures["hash"]
    path.write_text(json.dumps(descriptor), "utf-8")
    with pytest.raises(PackageError, match=r"no sha256 to check data/figures\.parquet against"):
        bantin.load(_url(server), tables=["figures"])
    path.write_text(original, "utf-8")
    cache.write_text("a file where the cache folder should be", "utf-8")
    with pytest.raises(PackageError, match=r"(?s)^cannot load the package at .*cannot write to"):
        bantin.load(_url(server), tables=["bulletins"])
