"""A package's ``created`` is the newest issue it publishes, whatever order the files come in."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bantin.cli import app
from bantin.datasets.release import release_created
from bantin.datasets.synthetic.sample import embedded_sample_files
from bantin.parsers import read_source
from tests.builders import digest, parsed


@pytest.fixture(autouse=True)
def no_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def test_created_is_the_newest_issue_date_in_any_order() -> None:
    older = parsed(digest(dt.date(2024, 2, 1)), "corpus/a.txt")
    newer = parsed(digest(dt.date(2025, 1, 2)), "corpus/b.txt")
    undated = parsed(digest(None), "corpus/c.txt")
    expected = dt.datetime(2025, 1, 2, tzinfo=dt.UTC)
    assert release_created([older, newer]) == expected
    assert release_created([newer, undated, older]) == expected


def test_source_date_epoch_wins_over_the_issue_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    sources = [parsed(digest(dt.date(2024, 2, 1)), "corpus/a.txt")]
    assert release_created(sources) == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)


def test_a_release_of_two_issues_is_created_on_the_newer_one(tmp_path: Path) -> None:
    older, newer = (embedded_sample_files()[i] for i in (0, 4))
    dates = [read_source(path).bulletin.issue_date for path in (older, newer)]
    assert dates[0] is not None and dates[1] is not None and dates[0] < dates[1]
    folder = tmp_path / "in"
    folder.mkdir()
    # The file read first is the newer issue, so neither file order nor the first file decides.
    shutil.copy(newer, folder / "a.txt")
    shutil.copy(older, folder / "b.txt")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["release", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Published 2 bulletins" in result.stdout
    descriptor = json.loads((out / "datapackage.json").read_text("utf-8"))
    assert descriptor["created"] == f"{dates[1]:%Y-%m-%d}T00:00:00Z"
