"""The progress bar: drawn on a terminal for many files, never otherwise, never with --quiet."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from bantin.datasets.synthetic.sample import write_sample
from bantin.reports.progress import MIN_FILES, checking_status, file_progress


def _console(terminal: bool) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=terminal, width=120), buffer


def _drive(console: Console, total: int, quiet: bool = False) -> None:
    with file_progress(console, total, quiet=quiet) as advance:
        for _ in range(total):
            advance()


def test_bar_on_a_terminal_shows_files_rate_and_time_left() -> None:
    console, buffer = _console(terminal=True)
    _drive(console, MIN_FILES + 4)
    text = buffer.getvalue()
    assert f"{MIN_FILES + 4}/{MIN_FILES + 4}" in text
    assert "files" in text and "files/s" in text and "left" in text


def test_nothing_when_not_a_terminal_quiet_or_few_files() -> None:
    for terminal, total, quiet in (
        (False, 40, False),
        (True, 40, True),
        (True, MIN_FILES - 1, False),
    ):
        console, buffer = _console(terminal)
        _drive(console, total, quiet)
        assert buffer.getvalue() == "", (terminal, total, quiet)


def _run_on_pty(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run bantin with stderr on a pseudo-terminal and stdout on a pipe."""
    controller, terminal = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [sys.executable, "-c", "from bantin.cli import main; main()", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=terminal,
        env=env,
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    stdout, _ = process.communicate(timeout=120)
    os.close(controller)
    return process.returncode, stdout.decode(), b"".join(chunks).decode(errors="replace")


def test_validate_draws_the_bar_on_a_terminal_stderr_only(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    write_sample(folder, MIN_FILES, seed=3)
    code, stdout, stderr = _run_on_pty(["validate", str(folder)], tmp_path)
    assert code in (0, 1), stderr
    # Files are checked as they are read (one task per file), so the bar is the whole run.
    assert f"{MIN_FILES}/{MIN_FILES}" in stderr and "files/s" in stderr
    assert "files/s" not in stdout  # the report on stdout stays clean for pipes
    code, stdout, stderr = _run_on_pty(["validate", "--quiet", str(folder)], tmp_path)
    assert "files/s" not in stderr and f"/{MIN_FILES}" not in stderr and "Checking" not in stderr


def test_checking_spinner_only_where_the_bar_would_be() -> None:
    console, buffer = _console(terminal=True)
    with checking_status(console, MIN_FILES):
        pass
    assert f"Checking {MIN_FILES} files" in buffer.getvalue()
    for terminal, total, quiet in ((False, 40, False), (True, 40, True), (True, 2, False)):
        console, buffer = _console(terminal)
        with checking_status(console, total, quiet=quiet):
            pass
        assert buffer.getvalue() == ""
