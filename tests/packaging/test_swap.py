"""replace_dir: the new directory takes the old one's place whole, on every platform path."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bantin.packaging import swap


def make(root: Path, name: str, content: str) -> Path:
    path = root / name
    path.mkdir()
    (path / "file.txt").write_text(content, encoding="utf-8")
    return path


@pytest.fixture(params=[True, False], ids=["renameat2", "rename-aside"])
def either_swap(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each way replace_dir swaps: Linux's atomic exchange, or the rename aside used elsewhere."""
    if not request.param:
        monkeypatch.setattr(swap, "_exchange", lambda first, second: False)


@pytest.mark.usefixtures("either_swap")
def test_replace_dir_swaps_in_the_new_directory(tmp_path: Path) -> None:
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


@pytest.mark.usefixtures("either_swap")
def test_what_bantin_does_not_own_in_the_old_package_is_kept_beside_it(tmp_path: Path) -> None:
    # A file a user saved into the package after bantin looked at it (the check before the swap
    # refuses a package holding one): the package's own files go, the user's is kept, visibly.
    target = make(tmp_path, "out", "old")
    (target / "data").mkdir()
    (target / "data" / "table.parquet").write_bytes(b"old table")
    (target / "data" / "my-analysis.csv").write_text("a,b\n", encoding="utf-8")
    new = make(tmp_path, ".out.tmp-1a2b3c4d", "new")  # named as a release's staging folder
    kept = swap.replace_dir(new, target, owned=["file.txt", "data/table.parquet"])
    assert (target / "file.txt").read_text(encoding="utf-8") == "new"
    assert kept is not None and kept.parent == tmp_path
    assert re.fullmatch(r"out\.kept-[0-9a-f]{8}", kept.name)  # "<name>.kept-XXXXXXXX", visible
    assert sorted(str(p.relative_to(kept)) for p in kept.rglob("*")) == [
        "data",
        "data/my-analysis.csv",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", kept.name]


def test_an_old_package_holding_only_what_bantin_owns_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    target = make(tmp_path, "out", "old")
    new = make(tmp_path, ".out.tmp", "new")
    assert swap.replace_dir(new, target, owned=["file.txt"]) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
