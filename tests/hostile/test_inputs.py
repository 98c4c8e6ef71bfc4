"""No input is lost without a word, nothing hangs, and published names are portable (issue 8
items 6-7, issue 10 items 5-6)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from bantin.datasets.synthetic.sample import embedded_sample_files
from bantin.parsers.garbage import scrub
from tests.hostile.conftest import run

CLI = [sys.executable, "-c", "from bantin.cli import main; main()"]


def findings(result) -> list[dict]:
    return json.loads(result.stdout)["findings"]


def unreadable(result) -> dict[str, str]:
    return {
        f["source_path"]: f["message"] for f in findings(result) if f["rule"] == "source.unreadable"
    }


def bantin(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run bantin in a child process, so that a hang fails the test instead of blocking it."""
    return subprocess.run(
        [*CLI, *map(str, args)], capture_output=True, text=True, timeout=timeout, check=False
    )


def test_a_symlinked_subfolder_is_followed(corpus: Path, tmp_path: Path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(embedded_sample_files()[2], elsewhere / "linked.txt")
    (corpus / "more").symlink_to(elsewhere, target_is_directory=True)
    result = run("validate", corpus, "--format", "json")
    assert result.exit_code == 0, result.output
    assert "more/linked.txt" in json.loads(result.stdout)["summary"]["by_file"]


def test_symlink_loops_end_and_each_file_is_read_once(corpus: Path):
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "up").symlink_to(corpus / "sub", target_is_directory=True)
    first = sorted(os.listdir(corpus))[0]
    (corpus / "same.txt").symlink_to(corpus / first)
    result = run("validate", corpus, "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["summary"]["by_file"]) == 2


def test_an_unreadable_subfolder_is_a_source_row_and_a_finding(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    locked = corpus / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path):  # root reads every folder, so refuse this one as the OS would
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("validate", corpus, "--format", "json")
    assert result.exit_code == 2
    assert unreadable(result) == {"locked/": "folder cannot be read (permission denied)"}
    out = tmp_path / "release"
    assert run("release", corpus, "--out", out).exit_code == 0
    sources = pl.read_parquet(out / "data" / "sources.parquet")
    row = sources.filter(pl.col("source_path") == "locked/").row(0, named=True)
    assert row["status"] == "unreadable" and "permission denied" in row["reason"]
    assert sources.height == 3


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_a_folder_without_read_permission_is_reported(corpus: Path):
    locked = corpus / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        result = run("validate", corpus, "--format", "json")
    finally:
        locked.chmod(0o755)
    assert "locked/" in unreadable(result)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_never_blocks(corpus: Path, tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    os.mkfifo(corpus / "inner-pipe.txt")
    result = bantin("validate", corpus, fifo, "--format", "json", timeout=60)
    assert result.returncode == 2, result.stderr
    messages = unreadable(result)
    assert "named pipe (FIFO)" in messages["pipe.txt"]
    assert "named pipe (FIFO)" in messages["inner-pipe.txt"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_without_reading_it(corpus: Path):
    result = bantin("validate", corpus, "/dev/zero", "--format", "json", timeout=60)
    assert result.returncode == 2, result.stderr
    assert "character device" in unreadable(result)["zero"]


def test_files_over_the_size_limit_are_reported_not_read(corpus: Path, tmp_path: Path):
    big = corpus / "huge.txt"
    big.write_bytes(b"x" * 3000)
    result = run("validate", corpus, "--max-file-size", "2K", "--format", "json")
    assert result.exit_code == 2
    assert "size limit per file" in unreadable(result)["huge.txt"]
    assert "larger than 2 KiB" in unreadable(result)["huge.txt"]  # the limit as the user set it
    assert "--max-file-size" in unreadable(result)["huge.txt"]
    refused = run("validate", corpus, "--max-file-size", "lots")
    assert refused.exit_code == 2
    assert "not a size: 'lots' (write e.g. 16M, 512K or 1000000)" in refused.output
    from bantin.parsers.decode import MAX_FILE_BYTES

    assert MAX_FILE_BYTES == 16 << 20  # the documented default


def test_read_source_refuses_an_oversized_file(tmp_path: Path):
    from bantin.errors import UnreadableSource
    from bantin.parsers.decode import read_bytes

    path = tmp_path / "grows.txt"
    path.write_bytes(b"y" * 100)
    with pytest.raises(UnreadableSource, match="size limit"):
        read_bytes(path, "grows.txt", max_bytes=99)
    assert read_bytes(path, "grows.txt", max_bytes=100) == b"y" * 100


def test_a_file_that_grew_past_the_limit_after_it_was_listed_is_refused_by_its_name(
    tmp_path: Path,
):
    from bantin.datasets.inputs import InputOptions, collect_inputs, read_input
    from bantin.errors import UnreadableSource

    folder = tmp_path / "corpus"
    (folder / "2025").mkdir(parents=True)
    path = folder / "2025" / "b.txt"
    path.write_bytes(b"x" * 100)
    (item,) = collect_inputs([folder], InputOptions(max_bytes=1024))
    path.write_bytes(b"x" * 2000)  # a log still written to, or a file replaced meanwhile
    with pytest.raises(UnreadableSource) as raised:
        read_input(item)
    assert raised.value.source == "2025/b.txt"
    assert "larger than 1 KiB, the size limit per file" in raised.value.reason


@pytest.mark.parametrize("held", [0, 1, 40, 100, 150, 400])
def test_a_file_that_changed_size_since_it_was_checked_is_read_whole_or_refused(held: int):
    """read_bytes reads as much as fstat said the file held, plus one byte to see it grew: a file
    that grew (a log still written to) is read on up to the limit, never cut at the old size."""
    import io

    from bantin.errors import UnreadableSource
    from bantin.parsers.decode import read_stream

    data = bytes(range(256))[:150]
    assert read_stream(io.BytesIO(data), "s.txt", max_bytes=150, size=held) == data
    assert read_stream(io.BytesIO(data), "s.txt", max_bytes=1000, size=held) == data
    with pytest.raises(UnreadableSource, match="size limit"):
        read_stream(io.BytesIO(data), "s.txt", max_bytes=149, size=min(held, 149))


def test_a_missing_path_among_several_is_a_finding_and_the_rest_is_validated(
    corpus: Path, tmp_path: Path
):
    result = run("validate", tmp_path / "gone.txt", corpus, "--format", "json")
    assert result.exit_code == 2
    assert unreadable(result) == {"gone.txt": "no such file or folder"}
    assert len(json.loads(result.stdout)["summary"]["by_file"]) == 3
    broken = tmp_path / "dangling.txt"
    broken.symlink_to(tmp_path / "nowhere")
    assert unreadable(run("validate", broken, "--format", "json")) == {
        "dangling.txt": "broken symbolic link"
    }


def test_dash_reads_standard_input(corpus: Path):
    data = sorted(corpus.iterdir())[0].read_bytes()
    result = run("validate", "-", "--format", "json", stdin=data)
    assert result.exit_code == 0, result.output
    assert list(json.loads(result.stdout)["summary"]["by_file"]) == ["stdin"]


def test_standard_input_over_the_size_limit_is_an_unreadable_source_named_stdin(corpus: Path):
    data = sorted(corpus.iterdir())[0].read_bytes()
    assert len(data) > 1024
    result = run("validate", "-", "--max-file-size", "1K", "--format", "json", stdin=data)
    assert result.exit_code == 2, result.output
    (message,) = unreadable(result).values()
    assert list(unreadable(result)) == ["stdin"] and "the size limit" in message


def test_include_and_exclude_choose_files_in_folders(corpus: Path):
    (corpus / "README.md").write_text("# my corpus\n", encoding="utf-8")
    (corpus / "drafts").mkdir()
    (corpus / "drafts" / "x.txt").write_text("draft\n", encoding="utf-8")
    assert run("validate", corpus).exit_code == 2  # README.md and the draft are no bulletins
    result = run("validate", corpus, "--include", "*.txt", "--exclude", "drafts", "-f", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["summary"]["by_file"]) == 2


@pytest.mark.parametrize("pattern", ["drafts/", "/drafts", "Xuất bản/drafts/", "/Xuất bản/drafts"])
def test_a_folder_pattern_may_be_written_with_its_slashes(corpus: Path, pattern: str):
    (corpus / "Xuất bản" / "drafts").mkdir(parents=True)
    (corpus / "Xuất bản" / "drafts" / "x.txt").write_text("draft\n", encoding="utf-8")
    result = run("validate", corpus, "--exclude", pattern, "-f", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["summary"]["by_file"]) == 2


@pytest.mark.parametrize("descriptor", ["{not json", "", '{"name": "a-colleagues-package"}'])
def test_a_folder_with_a_datapackage_json_bantin_did_not_write_is_read(
    corpus: Path, descriptor: str
):
    # Only a bantin package inside the inputs is left out; a folder of bulletins beside a broken
    # or foreign descriptor is read, and the descriptor is reported as no bulletin.
    shared = corpus / "from-a-colleague"
    shared.mkdir()
    for path in sorted(corpus.glob("*.txt")):
        shutil.copy(path, shared / path.name)
    (shared / "datapackage.json").write_text(descriptor, encoding="utf-8")
    result = run("validate", corpus, "-f", "json")
    by_file = json.dumps(json.loads(result.stdout)["summary"]["by_file"])
    assert result.exit_code == 2  # the descriptor is no bulletin
    assert by_file.count("from-a-colleague/") == 3
    assert "from-a-colleague/datapackage.json" in by_file


def test_two_files_under_one_name_are_refused(corpus: Path, tmp_path: Path):
    other = tmp_path / "other"
    other.mkdir()
    name = sorted(os.listdir(corpus))[0]
    (other / name).write_text("different\n", encoding="utf-8")
    result = run("validate", corpus / name, other / name)
    assert result.exit_code == 2
    assert "same name" in result.stderr and str(other / name) in result.stderr
    assert "give their common parent folder instead, or rename one" in result.stderr
    assert run("validate", corpus / name, corpus / name).exit_code == 0  # one file, read once


def _strings(folder: Path) -> list[str]:
    values = []
    for path in sorted((folder / "data").glob("*.parquet")):
        frame = pl.read_parquet(path)
        for column, dtype in frame.schema.items():
            if dtype == pl.String:
                values.extend(v for v in frame[column].to_list() if v is not None)
    return values


def test_packages_are_portable_and_private(corpus: Path, tmp_path: Path, monkeypatch):
    copy = tmp_path / "machine-b" / "deep" / "copy"
    shutil.copytree(corpus, copy)
    one, two = tmp_path / "one", tmp_path / "two"
    assert run("release", corpus, "--out", one).exit_code == 0
    monkeypatch.chdir(copy.parent)
    assert run("release", "copy", "--out", two).exit_code == 0
    for name in ["datapackage.json", *(f"data/{p.name}" for p in (one / "data").iterdir())]:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    for value in _strings(one):
        assert str(tmp_path) not in value and "../" not in value and not value.startswith("/")
    paths = pl.read_parquet(one / "data" / "sources.parquet")["source_path"].to_list()
    assert paths == sorted(os.listdir(corpus))


def test_a_file_argument_is_published_under_its_name(corpus: Path, tmp_path: Path):
    file = sorted(corpus.iterdir())[0]
    out = tmp_path / "release"
    assert run("release", f"{corpus}/../corpus/{file.name}", "--out", out).exit_code == 0
    bulletins = pl.read_parquet(out / "data" / "bulletins.parquet")
    assert bulletins["source_path"].to_list() == [file.name]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows forbids these characters in names")
def test_a_name_with_a_newline_or_an_escape_cannot_forge_report_lines(corpus: Path, tmp_path: Path):
    # A file's name is the maintainer's data: published as every string is (without the controls
    # `scrub` removes), but printed escaped, so that a newline cannot start a line of its own and
    # an escape sequence cannot recolour the report.
    forged = "a\n  99  error    date.future  forged\x1b[32m.txt"
    (corpus / forged).write_text("không phải bản tin\n", encoding="utf-8")
    escaped = "a\\n  99  error    date.future  forged\\x1b[32m.txt"
    text = run("validate", corpus)
    assert escaped in text.stdout
    assert "\x1b" not in text.stdout
    assert not any(line.lstrip().startswith("99") for line in text.stdout.splitlines())
    release = run("release", corpus, "--out", tmp_path / "out")
    assert f"  {escaped}: not a bulletin" in release.stdout
    assert "\x1b" not in release.stdout
    sources = pl.read_parquet(tmp_path / "out" / "data" / "sources.parquet")
    assert scrub(forged) in sources["source_path"].to_list()
    as_json = json.loads(run("validate", corpus, "--format", "json").stdout)
    assert forged in as_json["summary"]["by_file"]


#: A file name whose bytes are not UTF-8 (Latin-1 "é", as an old archive unpacks it on Linux).
LATIN_1_NAME = b"b\xe1o c\xe1o \xe9.txt"
LATIN_1_SHOWN = "b\\xe1o c\\xe1o \\xe9.txt"

needs_byte_names = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="the file system takes only Unicode names"
)


@needs_byte_names
def test_a_file_name_that_is_not_utf8_is_published_with_its_bytes_escaped(
    corpus: Path, tmp_path: Path
):
    first = sorted(corpus.iterdir())[0]
    os.rename(first, os.fsencode(corpus) + b"/" + LATIN_1_NAME)
    out = tmp_path / "out"
    release = run("release", corpus, "--out", out)
    assert release.exit_code == 0, release.output
    sources = pl.read_parquet(out / "data" / "sources.parquet")["source_path"].to_list()
    assert LATIN_1_SHOWN in sources
    bulletins = pl.read_parquet(out / "data" / "bulletins.parquet")
    assert LATIN_1_SHOWN in bulletins["source_path"].to_list()
    text = run("validate", corpus)
    assert f"{LATIN_1_SHOWN}  no findings" in text.stdout


@needs_byte_names
def test_a_folder_argument_that_is_not_utf8_is_named_in_the_page(corpus: Path, tmp_path: Path):
    renamed = os.fsdecode(os.fsencode(tmp_path) + b"/d\xe9")
    os.rename(corpus, renamed)
    page = tmp_path / "page.html"
    result = bantin("validate", renamed, "--html", page)  # the page quotes its command line
    assert result.returncode == 0, result.stderr
    assert "d\\xe9" in page.read_text(encoding="utf-8")


@needs_byte_names
@pytest.mark.parametrize("option", ["--out", "--html"])
def test_an_output_name_that_is_not_utf8_is_refused_before_any_work(
    corpus: Path, tmp_path: Path, option: str
):
    # Arrow opens only UTF-8 paths, and the name goes into pages: exit 2, nothing written.
    target = os.fsdecode(os.fsencode(tmp_path) + b"/r\xe9")
    command = "release" if option == "--out" else "validate"
    result = bantin(command, corpus, option, target)
    assert result.returncode == 2, result.stderr
    assert "r\\xe9: the name is not UTF-8 text" in result.stderr
    assert "Traceback" not in result.stderr
    assert os.listdir(tmp_path) == ["corpus"]


@needs_byte_names
@pytest.mark.parametrize("output_format", ["sarif", "junit", "github", "json"])
def test_ci_reports_name_a_file_that_is_not_utf8_with_its_bytes_escaped(
    corpus: Path, output_format: str
):
    (Path(os.fsdecode(os.fsencode(corpus) + b"/" + LATIN_1_NAME))).write_text(
        "không phải bản tin\n", encoding="utf-8"
    )
    result = bantin("validate", corpus, "--format", output_format)
    assert result.returncode == 2, result.stderr  # the file is not a bulletin: exit 2, no crash
    assert "Traceback" not in result.stderr
    assert LATIN_1_SHOWN.replace("\\", "\\\\" if output_format in ("sarif", "json") else "\\") in (
        result.stdout
    )
