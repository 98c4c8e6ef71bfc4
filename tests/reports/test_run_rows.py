"""An HTML page of a run keeps a few columns of every bulletin, and counts what the full tables do."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from bantin.datasets.release import plan_release
from bantin.datasets.tables import build_tables
from bantin.reports import run_rows
from bantin.reports.coverage import UNITS
from bantin.reports.run_rows import KEPT_COLUMNS, PageRows
from bantin.schemas import PARSED_TABLES
from tests.reports.pages import parse_run, write_run


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory):
    """A run with a published, a partly withheld and a quarantined bulletin, and a bad file."""
    outcome = parse_run(write_run(tmp_path_factory.mktemp("rows") / "run"))
    page = PageRows()
    plan = plan_release(outcome, observer=page)
    return outcome, plan, page


def _full_tables(outcome, plan) -> dict[str, pl.DataFrame]:
    """Every column of every parsed bulletin (built again, one by one), and the sources."""
    parts = [build_tables([source]) for source in outcome.parsed]
    full = {name: pl.concat([part[name] for part in parts]) for name in PARSED_TABLES}
    return {**full, "sources": plan.tables["sources"]}


def test_the_run_holds_back_something(run) -> None:
    _, plan, _ = run
    assert plan.quarantined and plan.withheld and plan.unreadable  # else the tests below prove less


@pytest.mark.parametrize("unit", sorted(UNITS))
def test_each_unit_counts_the_same_from_its_declared_columns(run, unit: str) -> None:
    outcome, plan, _ = run
    full = _full_tables(outcome, plan)
    reads = UNITS[unit].reads
    narrow = {table: full[table].select(columns) for table, columns in reads.items()}
    assert UNITS[unit].count(narrow) == UNITS[unit].count(full)


@pytest.mark.parametrize("unit", sorted(UNITS))
def test_every_bulletin_counts_held_back_and_withheld_rows_too(run, unit: str) -> None:
    outcome, plan, page = run
    assert UNITS[unit].count(page.every_bulletin()) == UNITS[unit].count(
        _full_tables(outcome, plan)
    )


def test_every_bulletin_keeps_only_the_declared_columns(run) -> None:
    _, _, page = run
    kept = page.every_bulletin()
    for table, columns in KEPT_COLUMNS.items():
        if table != "sources":
            assert kept[table].columns == list(columns), table
    assert "body" not in kept["articles"].columns  # never the texts


def test_findings_and_sources_are_those_the_release_reports(run) -> None:
    _, plan, page = run
    tables = page.tables()
    assert set(tables) == {"findings", "sources"}
    for name in ("findings", "sources"):
        assert tables[name].equals(plan.tables[name]), name


def test_rows_kept_by_chunks_are_the_rows_kept_at_once(run, monkeypatch) -> None:
    outcome, _, page = run
    monkeypatch.setattr(run_rows, "CHUNK", 2)
    chunked = PageRows()
    plan_release(outcome, observer=chunked)
    for name, frame in page.every_bulletin().items():
        assert chunked.every_bulletin()[name].equals(frame), name


def test_html_pages_and_baseline_come_from_the_one_pass(tmp_path: Path, monkeypatch) -> None:
    """Pages and waivers come from the one pass: parsing every file in memory would fail here."""
    from typer.testing import CliRunner

    from bantin import cli
    from bantin.datasets import corpus

    def refuse(*args, **kwargs):
        raise AssertionError("parsed again in memory")

    monkeypatch.setattr(corpus, "parse_inputs", refuse)
    monkeypatch.setattr(cli, "parse_inputs", refuse, raising=False)  # where the CLI used it
    folder = write_run(tmp_path / "run")
    page = tmp_path / "page.html"
    result = CliRunner().invoke(cli.app, ["validate", str(folder), "--html", str(page)])
    assert result.exit_code == 2, result.output  # notes.txt is unreadable
    assert "faulty.txt" in page.read_text(encoding="utf-8")
    out = tmp_path / "pkg"
    args = ["release", str(folder), "--out", str(out), "--html", str(tmp_path / "r.html")]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    assert "toc.txt" in (tmp_path / "r.html").read_text(encoding="utf-8")
    waivers = tmp_path / "waivers.toml"
    result = CliRunner().invoke(cli.app, ["baseline", str(folder), "--out", str(waivers)])
    assert result.exit_code == 0, result.output
    assert 'rule = "date.impossible"' in waivers.read_text(encoding="utf-8")
