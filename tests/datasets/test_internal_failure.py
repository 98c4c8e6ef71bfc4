"""A bug of bantin's that shows on one file fails that file, not the run: the file is reported
under source.internal-error with the error and where it was raised, and the others publish."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

from bantin.cli import app
from bantin.datasets import task
from bantin.datasets.synthetic.sample import embedded_sample_files


def _sample(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    names = []
    for sample in embedded_sample_files()[:count]:
        (folder / sample.name).write_bytes(sample.read_bytes())
        names.append(sample.name)
    return names


def _failing_on(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = task.check_bulletin

    def check(path: str, *args: Any) -> Any:
        if path == name:
            raise ValueError("cannot read '1.000' as a year")
        return real(path, *args)

    monkeypatch.setattr(task, "check_bulletin", check)


def test_a_file_bantin_fails_on_is_reported_and_the_others_are_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = _sample(tmp_path / "in", 2)
    _failing_on(names[0], monkeypatch)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["release", str(tmp_path / "in"), "--out", str(out), "-j", "1"]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    sources = {
        row["source_path"]: row for row in pl.read_parquet(out / "data/sources.parquet").to_dicts()
    }
    failed, published = sources[names[0]], sources[names[1]]
    assert failed["status"] == "unreadable" and failed["bulletin_id"] is None
    assert failed["reason"].startswith(
        "source.internal-error: bantin failed on this file (ValueError: cannot read '1.000' as a "
        "year at test_internal_failure.py:"
    )
    assert "please report it" in failed["reason"]
    assert published["status"] != "unreadable"


def test_validate_reports_the_file_bantin_fails_on_as_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = _sample(tmp_path / "in", 2)
    _failing_on(names[1], monkeypatch)
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "in"), "-j", "1"])
    assert result.exit_code == 2, result.output  # as for any file that could not be read
    assert "source.internal-error" in result.output and "ValueError" in result.output
    assert "Traceback" not in result.output
