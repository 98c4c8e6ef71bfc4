"""A reader that stops early (``| head -1``) neither changes the exit status nor loses --html
(issue 8 item 13)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.parsers.fixtures import PRINT_DIGEST

CLI = [sys.executable, "-c", "from bantin.cli import main; main()"]


def closed_pipe_run(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    """Run bantin with a stdout pipe whose reader is gone before bantin writes anything."""
    process = subprocess.Popen(
        [*CLI, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read()
    process.wait(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, b"", stderr)


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_validate_keeps_its_exit_status_and_writes_html(
    corpus: Path, tmp_path: Path, output_format: str
):
    clean_html, bad_html = tmp_path / "clean.html", tmp_path / "bad.html"
    clean = closed_pipe_run("validate", corpus, "--format", output_format, "--html", clean_html)
    assert clean.returncode == 0, clean.stderr
    assert b"Traceback" not in clean.stderr and b"BrokenPipe" not in clean.stderr
    assert clean_html.read_text(encoding="utf-8").lstrip().startswith("<!")
    bad = tmp_path / "bad.txt"
    bad.write_text(PRINT_DIGEST.replace("(Baolaocai.vn 02/01)", "(Baolaocai.vn 31/9)"), "utf-8")
    found = closed_pipe_run("validate", bad, "--format", output_format, "--html", bad_html)
    assert found.returncode == 1, found.stderr
    assert "date.impossible" in bad_html.read_text(encoding="utf-8")


def test_head_dash_1_through_a_shell(corpus: Path):
    script = f'{" ".join(CLI[:2])} "{CLI[2]}" validate "{corpus}" "{corpus}"/* | head -1'
    result = subprocess.run(
        ["bash", "-c", script + '; exit "${PIPESTATUS[0]}"'],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 and "Traceback" not in result.stderr


def test_rules_and_release_survive_a_closed_pipe(corpus: Path, tmp_path: Path):
    assert closed_pipe_run("rules").returncode == 0
    released = closed_pipe_run("release", corpus, "--out", tmp_path / "release")
    assert released.returncode == 0, released.stderr
    assert (tmp_path / "release" / "datapackage.json").is_file()
