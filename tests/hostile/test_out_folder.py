"""A release never deletes or replaces what bantin did not write in --out (issue 8, items 1-5)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from tests.hostile.conftest import run, snapshot


def test_a_folder_that_only_looks_like_a_package_is_not_replaced(corpus: Path, tmp_path: Path):
    out = tmp_path / "thesis"
    (out / "data").mkdir(parents=True)
    (out / "datapackage.json").write_text("{}", encoding="utf-8")
    (out / "data" / "notes.txt").write_text("my notes", encoding="utf-8")
    (out / "data" / "thesis.docx").write_bytes(b"PK\x03\x04 chapter one")
    before = snapshot(out)
    result = run("release", corpus, "--out", out)
    assert result.exit_code == 2
    assert "data/notes.txt" in result.output and "data/thesis.docx" in result.output
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "thesis"]


def test_a_users_file_inside_a_bantin_package_is_kept(corpus: Path, released: Path):
    (released / "data" / "my-analysis.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    before = snapshot(released)
    result = run("release", corpus, "--out", released)
    assert result.exit_code == 2
    assert "data/my-analysis.csv" in result.output
    assert snapshot(released) == before


def test_a_user_folder_inside_a_bantin_package_is_kept(corpus: Path, released: Path):
    (released / "figures").mkdir()
    result = run("release", corpus, "--out", released)
    assert result.exit_code == 2
    assert "figures/" in result.output
    assert (released / "figures").is_dir()


def test_a_package_file_edited_by_hand_is_not_overwritten(corpus: Path, released: Path):
    edited = released / "data" / "articles.parquet"
    edited.write_bytes(edited.read_bytes() + b"my edit")
    before = snapshot(released)
    result = run("release", corpus, "--out", released)
    assert result.exit_code == 2
    assert "changed since bantin wrote them" in result.output
    assert "data/articles.parquet" in result.output
    assert snapshot(released) == before


@pytest.mark.parametrize("name", ["README.md", "data/sources.parquet"])
def test_an_edit_that_keeps_a_files_size_is_still_an_edit(corpus: Path, released: Path, name: str):
    # A typo fixed letter for letter leaves the size as bantin recorded it: only the hash tells.
    edited = released / name
    data = bytearray(edited.read_bytes())
    data[len(data) // 2] ^= 0x20
    edited.write_bytes(bytes(data))
    before = snapshot(released)
    result = run("release", corpus, "--out", released)
    assert result.exit_code == 2
    assert "changed since bantin wrote them" in result.output and name in result.output
    assert snapshot(released) == before


def test_a_bantin_package_is_replaced_with_every_file_its_descriptor_lists(
    corpus: Path, released: Path
):
    descriptor = json.loads((released / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["bantin:files"] = [{"path": "extra/notes.md"}]  # a future bantin file, unhashed
    (released / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    (released / "extra").mkdir()
    (released / "extra" / "notes.md").write_text("generated", encoding="utf-8")
    (corpus / next(iter(sorted(os.listdir(corpus))))).unlink()
    result = run("release", corpus, "--out", released)
    assert result.exit_code == 0, result.output
    assert not (released / "extra").exists()
    assert pl.read_parquet(released / "data" / "bulletins.parquet").height == 1


def test_a_readme_edited_by_hand_is_not_overwritten(corpus: Path, released: Path):
    readme = released / "README.md"
    if not readme.exists():
        pytest.skip("this package has no README")
    readme.write_text(readme.read_text(encoding="utf-8") + "\nMy notes.\n", encoding="utf-8")
    before = snapshot(released)
    result = run("release", corpus, "--out", released)
    assert result.exit_code == 2
    assert "README.md" in result.output and "changed since bantin wrote them" in result.output
    assert snapshot(released) == before


def test_a_release_with_nothing_to_publish_keeps_the_good_package(released: Path, tmp_path: Path):
    before = snapshot(released)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "a.txt").write_bytes(b"\xff\xfe\x00garbage" * 10)
    (broken / "b.txt").write_text("not a bulletin at all\n", encoding="utf-8")
    result = run("release", broken, "--out", released)
    assert result.exit_code == 2
    assert "no bulletin to publish" in result.output and "--allow-empty" in result.output
    assert f"replace the package in {released}" in result.output  # names the folder it kept
    assert snapshot(released) == before
    allowed = run("release", broken, "--out", released, "--allow-empty")
    assert allowed.exit_code == 0, allowed.output
    assert pl.read_parquet(released / "data" / "bulletins.parquet").height == 0


def test_stale_staging_folders_of_killed_runs_are_cleaned_and_only_those(
    corpus: Path, released: Path, tmp_path: Path
):
    stale = tmp_path / ".release.tmp-k1ll3d00"
    (stale / "data").mkdir(parents=True)
    (stale / "data" / "articles.parquet").write_bytes(b"PAR1 half written")
    aside = tmp_path / ".release.old-0a1b2c3d"
    aside.mkdir()
    other = tmp_path / ".thesis.tmp-k1ll3d00"
    other.mkdir()
    (other / "keep.txt").write_text("not bantin's", encoding="utf-8")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "keep.txt").write_text("mine", encoding="utf-8")
    link = tmp_path / ".release.tmp-l1nk0000"
    link.symlink_to(mine, target_is_directory=True)
    result = run("release", corpus, "--out", released)
    assert result.exit_code == 0, result.output
    assert not stale.exists() and not aside.exists()
    assert (other / "keep.txt").exists() and (mine / "keep.txt").exists() and link.is_symlink()


def test_out_dot_is_refused_cleanly(corpus: Path, tmp_path: Path, monkeypatch):
    here = tmp_path / "work"
    here.mkdir()
    monkeypatch.chdir(here)
    for out in (".", "..", str(here)):
        result = run("release", corpus, "--out", out)
        assert result.exit_code == 2, result.output
        assert "is the current folder or holds it" in result.output
    assert list(here.iterdir()) == []


def test_a_symlinked_out_updates_the_folder_it_points_to(corpus: Path, released: Path, tmp_path):
    link = tmp_path / "latest"
    link.symlink_to(released, target_is_directory=True)
    first = sorted(os.listdir(corpus))[0]
    (corpus / first).unlink()
    result = run("release", corpus, "--out", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == released.resolve()
    assert pl.read_parquet(released / "data" / "bulletins.parquet").height == 1


def test_out_inside_an_input_folder_is_never_read_back(corpus: Path):
    out = corpus / "release"
    assert run("release", corpus, "--out", out).exit_code == 0
    again = run("release", corpus, "--out", out)
    assert again.exit_code == 0, again.output
    sources = pl.read_parquet(out / "data" / "sources.parquet")
    assert sources["status"].to_list() == ["published", "published"]
    assert not any("parquet" in path or "datapackage" in path for path in sources["source_path"])


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_out_keeps_the_old_package(corpus: Path, released: Path, tmp_path: Path):
    before = snapshot(released)
    tmp_path.chmod(0o555)
    try:
        result = run("release", corpus, "--out", released)
    finally:
        tmp_path.chmod(0o755)
    assert result.exit_code == 2
    assert "Permission denied" in result.output or "permission denied" in result.output
    assert snapshot(released) == before


def test_two_releases_at_once_the_second_fails_and_the_first_survives(corpus: Path, released: Path):
    """The first release reads standard input, so it holds the lock until the test lets it go."""
    cli = [sys.executable, "-c", "from bantin.cli import main; main()"]
    before = snapshot(released)
    first = subprocess.Popen(
        [*cli, "release", "-", "--out", str(released)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    lock = released.with_name(".release.lock")
    deadline = time.monotonic() + 60
    while not lock.exists() and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert lock.exists(), "the first release never took its lock"
    second = run("release", corpus, "--out", released)
    assert second.exit_code == 2 and "another bantin release is writing to" in second.output
    assert snapshot(released) == before
    bulletin = sorted(corpus.iterdir())[0].read_bytes()
    _, stderr = first.communicate(bulletin, timeout=120)
    assert first.returncode == 0, stderr
    sources = pl.read_parquet(released / "data" / "sources.parquet")
    assert sources["source_path"].to_list() == ["stdin"]
    assert not lock.exists()
    assert run("release", corpus, "--out", released).exit_code == 0  # the lock is gone


@pytest.mark.parametrize(
    ("where", "error"),
    [
        ("sha256_file", OSError(28, "No space left on device")),
        ("_write_bytes", OSError(28, "No space left on device")),
        ("replace_dir", OSError(30, "Read-only file system")),
    ],
    ids=["disk-full-finishing-data", "disk-full-descriptor", "read-only-swap"],
)
def test_a_full_disk_or_read_only_target_keeps_the_old_package(
    corpus: Path, released: Path, tmp_path: Path, monkeypatch, where: str, error: OSError
):
    from bantin.packaging import writer

    def failing(*args: object, **kwargs: object) -> None:
        raise error

    before = snapshot(released)
    first = sorted(os.listdir(corpus))[0]
    (corpus / first).unlink()  # the new package would differ
    monkeypatch.setattr(writer, where, failing)
    result = run("release", corpus, "--out", released)
    assert result.exit_code == 2
    assert error.strerror in result.output and "Traceback" not in result.output
    assert snapshot(released) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "release"]


def test_a_foreign_out_folder_is_refused_before_any_file_is_read(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import bantin.cli

    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("the inputs were processed before --out was checked")

    monkeypatch.setattr(bantin.cli, "release_files", must_not_run)
    out = tmp_path / "photos"
    out.mkdir()
    (out / "holiday.jpg").write_bytes(b"\xff\xd8\xff")
    result = run("release", corpus, "--out", out)
    assert result.exit_code == 2
    assert "holiday.jpg" in result.output and "nothing was deleted" in result.output


def test_a_refusal_lists_each_file_on_its_own_line(corpus: Path, tmp_path: Path):
    # The reasons are one line each, as a maintainer reads them; a file name holding a newline
    # is still written escaped inside its own line, so it cannot forge a line of the listing.
    out = tmp_path / "photos"
    out.mkdir()
    (out / "holiday.jpg").write_bytes(b"\xff\xd8\xff")
    (out / "forged\n  - nothing.txt").write_bytes(b"")
    result = run("release", corpus, "--out", out)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert lines[0].startswith("bantin: error: cannot write the package:")
    assert lines[0].endswith("It holds:")
    assert "  - holiday.jpg" in lines
    assert "  - forged\\n  - nothing.txt" in lines
    assert "\\n" not in "".join(line for line in lines if "forged" not in line)
