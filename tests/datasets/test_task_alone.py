"""The bench's floor for the workers (benchmarks/task_alone.py) does every file's task, both ways."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bantin.datasets.synthetic import write_sample

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "task_alone.py"


@pytest.mark.parametrize("tables", [[], ["--tables"]], ids=["validate", "release"])
def test_task_alone_counts_every_parsed_file(tmp_path: Path, tables: list[str]) -> None:
    # A floor that skipped files would make the bench's "task alone" row look cheap.
    write_sample(tmp_path, 6, 3)
    (tmp_path / "broken.xml").write_bytes(b"<rss><channel><item>")  # cannot become a bulletin
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), "2", *tables],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["6"]


def test_task_alone_refuses_a_folder_without_bulletins(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "missing"), "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "no bulletin in" in done.stderr
