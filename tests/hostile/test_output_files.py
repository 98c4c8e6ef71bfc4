"""Pages, waivers and samples never replace a file of the user's, and are written atomically."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bantin import outputs
from bantin.datasets.synthetic.sample import write_sample
from bantin.outputs import PAGE_MARKER, OutputRefused, check_output, write_text_atomically
from tests.hostile.conftest import run, snapshot


@pytest.mark.parametrize("command", ["validate", "release"])
def test_a_page_is_never_written_over_an_input(command: str, corpus: Path, tmp_path: Path):
    target = sorted(corpus.iterdir())[0]
    before = snapshot(corpus)
    extra = ["--out", tmp_path / "pkg"] if command == "release" else []
    result = run(command, corpus, *extra, "--html", target)
    assert result.exit_code == 2
    assert "one of the files being read" in result.output
    assert snapshot(corpus) == before
    assert not (tmp_path / "pkg").exists()  # refused before any work


def test_a_page_is_never_written_over_a_file_bantin_did_not_write(corpus: Path, tmp_path: Path):
    notes = tmp_path / "notes.html"
    notes.write_text("<html><body>my own notes</body></html>", encoding="utf-8")
    result = run("validate", corpus, "--html", notes)
    assert result.exit_code == 2
    assert "not a page bantin wrote" in result.output
    assert notes.read_text(encoding="utf-8") == "<html><body>my own notes</body></html>"


def test_report_refuses_a_foreign_page_path_too(released: Path, tmp_path: Path):
    mine = tmp_path / "mine.html"
    mine.write_bytes(b"data")
    assert run("report", released, "--html", mine).exit_code == 2
    assert mine.read_bytes() == b"data"


def test_an_earlier_page_is_replaced(corpus: Path, tmp_path: Path):
    page = tmp_path / "page.html"
    assert run("validate", corpus, "--html", page).exit_code == 0
    page.write_text(page.read_text(encoding="utf-8") + "<!-- old -->", encoding="utf-8")
    assert run("validate", corpus, "--html", page).exit_code == 0
    text = page.read_text(encoding="utf-8")
    assert "<!-- old -->" not in text and PAGE_MARKER.decode() in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_the_marker_is_where_the_check_looks(corpus: Path, tmp_path: Path):
    page = tmp_path / "page.html"
    assert run("validate", corpus, "--html", page).exit_code == 0
    assert PAGE_MARKER in page.read_bytes()[: outputs.PAGE_HEAD]


def test_a_folder_as_the_page_is_refused(tmp_path: Path):
    with pytest.raises(OutputRefused, match="is a folder"):
        check_output(tmp_path, marker=PAGE_MARKER)


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch):
    path = tmp_path / "waivers.toml"
    path.write_text("# reasons I wrote by hand\n", encoding="utf-8")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "replace", full_disk)
    with pytest.raises(OSError):
        write_text_atomically(path, "new text")
    assert path.read_text(encoding="utf-8") == "# reasons I wrote by hand\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["waivers.toml"]  # temp removed


def test_a_link_is_followed_and_the_mode_kept(tmp_path: Path):
    real = tmp_path / "real.html"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.html"
    link.symlink_to(real)
    write_text_atomically(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_a_new_file_gets_the_umask_mode_not_a_private_one(tmp_path: Path):
    umask = os.umask(0o022)
    try:
        write_text_atomically(tmp_path / "page.html", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "page.html").stat().st_mode) == 0o644


def test_baseline_keeps_the_waivers_file_when_the_write_fails(tmp_path: Path, monkeypatch):
    from tests.reports.pages import write_run

    folder = write_run(tmp_path / "run")
    waivers = tmp_path / "waivers.toml"
    assert run("baseline", folder, "--out", waivers).exit_code == 0
    before = waivers.read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "replace", full_disk)
    result = run("baseline", folder, "--out", waivers)
    assert result.exit_code == 2 and "No space left" in result.output
    assert waivers.read_bytes() == before


def test_a_sample_never_replaces_a_file(tmp_path: Path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    mine = folder / "001_web_text.txt"
    mine.write_text("my bulletin", encoding="utf-8")
    result = run("sample", "--out", folder, "--bulletins", "3")
    assert result.exit_code == 2 and "001_web_text.txt" in result.output
    assert mine.read_text(encoding="utf-8") == "my bulletin"


def test_the_same_sample_written_twice_changes_nothing(tmp_path: Path):
    write_sample(tmp_path, 5, 4)
    before = snapshot(tmp_path)
    assert len(write_sample(tmp_path, 5, 4)) == 5
    assert snapshot(tmp_path) == before


def test_a_page_written_into_the_corpus_is_not_read_and_is_replaced(corpus: Path):
    page = corpus / "report.html"
    assert run("validate", corpus, "--html", page).exit_code == 0
    result = run("validate", corpus, "--html", page, "--format", "json")
    assert result.exit_code == 0, result.output  # not read as a bulletin the second time
    assert "report.html" not in result.stdout
    assert PAGE_MARKER in page.read_bytes()


def test_an_html_file_of_the_users_in_the_corpus_is_still_read(corpus: Path):
    (corpus / "notes.html").write_text("<p>not a bulletin</p>", encoding="utf-8")
    result = run("validate", corpus, "--format", "json")
    assert result.exit_code == 2 and "notes.html" in result.stdout  # reported, never skipped
