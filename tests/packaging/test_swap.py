"""replace_dir: the new directory takes the old one's place whole, on every platform path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bantin.packaging import swap


def make(root: Path, name: str, content: str) -> Path:
    path = root / name
    path.mkdir()
    (path / "file.txt").write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "rename-aside"])
def test_replace_dir_swaps_in_the_new_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exchange: bool
) -> None:
    if not exchange:
        monkeypatch.setattr(swap, "_exchange", lambda first, second: False)
    target = make(tmp_path, "out", "old")
    new = make(tmp_path, ".out.tmp", "new")
    swap.replace_dir(new, target)
    assert (target / "file.txt").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_replace_dir_creates_a_missing_target(tmp_path: Path) -> None:
    new = make(tmp_path, ".out.tmp", "new")
    swap.replace_dir(new, tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failed_rename_puts_the_old_directory_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(swap, "_exchange", lambda first, second: False)
    target = make(tmp_path, "out", "old")
    new = make(tmp_path, ".out.tmp", "new")
    real_replace = os.replace
    calls: list[str] = []

    def flaky_replace(source: Path, destination: Path) -> None:
        calls.append(Path(source).name)
        if Path(source) == new:
            raise OSError("device busy")
        real_replace(source, destination)

    monkeypatch.setattr(swap.os, "replace", flaky_replace)
    with pytest.raises(OSError, match="device busy"):
        swap.replace_dir(new, target)
    assert (target / "file.txt").read_text(encoding="utf-8") == "old"
    assert len(calls) == 3  # aside, the failing swap-in, and back
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.tmp", "out"]
