"""Hostile-input helpers: a small clean corpus, a CLI runner, and snapshots of folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bantin.cli import app
from bantin.datasets.synthetic.sample import embedded_sample_files

runner = CliRunner()


def run(*args: str | Path, stdin: bytes | None = None) -> Result:
    """Run the CLI in-process; a traceback fails the test (``catch_exceptions=False``)."""
    return runner.invoke(app, [str(arg) for arg in args], input=stdin, catch_exceptions=False)


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (symlinks not followed) by relative path, with its bytes."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Two clean bulletins in a folder of their own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in embedded_sample_files()[:2]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def released(corpus: Path, tmp_path: Path) -> Path:
    """A good package released from ``corpus`` into ``tmp_path/release``."""
    out = tmp_path / "release"
    result = run("release", corpus, "--out", out)
    assert result.exit_code == 0, result.output
    return out
