"""A line made of a long run of one mark (dots, spaced dots, hyphens, spaces; with a number after
it, as a TOC's page) is read once: a file that holds one is published or reported like any other,
instead of keeping a run busy for hours. The leader patterns once split such a run in every way
they could, with the cube of its length: 3,000 dots before an "x" in a feed took minutes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bantin.datasets.synthetic.sample import embedded_sample_files

#: Long enough that reading it once per way of splitting it would never end.
RUN = 50_000
#: A run made of one mark, and what ends it: a word, or a number a TOC may take for a page.
RUNS = {
    "dots then a word": "." * RUN + " x",
    "dots then a page too long": "Tin vắn" + "." * RUN + " 12345",
    "dots then a page": "Tin vắn" + "." * RUN + "\t5",
    "spaced dots": ". " * (RUN // 2) + "x",
    "middle dots": "·" * RUN + "x",
    "hyphens": "-" * RUN + "x",
    "hashes": "x " + "#" * RUN,  # each "#" once looked back to its line's start
    "underscores then spaces": "_" * RUN + " " * RUN + "x",
    # Between two days, a weekday, spaces, then no day: each split of the spaces was tried.
    "spaces between the days of a range": "Ngày 1/2 đến thứ Hai" + " " * 2 * RUN + "x 3/4/2024.",
    # After a day, spaces, then no mark of the lunar calendar: each split of them was tried.
    "spaces after a day": "Ngày 1/2/2024 và 31/3/2024" + " " * 2 * RUN + "x",
    # One sentence of days with wrong weekdays after the year it names: each day's sentence was
    # looked for from the paragraph's start.
    "days of one sentence": "Năm 2024, " + "thứ Sáu ngày 31/8, " * (RUN // 2) + "xong.",
    # One sentence of days with wrong weekdays and years beside them: each day looked at every
    # year of the sentence.
    "days and years of one sentence": "Lễ " + "2025 vào thứ Ba (7/4) 2024, " * RUN + "xong.",
    # A body line of words far apart, as a page's layout sets them: one gap each.
    "gaps of a laid-out line": "Tin" + "  x" * RUN,
}
#: Far more than reading the run once takes on any machine: past it, the run has hung.
HANG = 120


def _validate(folder: Path) -> subprocess.CompletedProcess[str]:
    """``bantin validate FOLDER --format json`` as a user runs it, failing the test past HANG."""
    return subprocess.run(
        [sys.executable, "-m", "bantin", "validate", str(folder), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=HANG,
        check=False,
    )


@pytest.mark.parametrize("run", RUNS.values(), ids=RUNS.keys())
def test_a_file_with_a_long_run_of_one_mark_is_read_once(tmp_path: Path, run: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for sample in embedded_sample_files()[:3]:  # print, web and flattened feed
        lines = sample.read_text(encoding="utf-8").split("\n")
        lines[len(lines) // 2 : len(lines) // 2] = ["", run, ""]
        (folder / sample.name).write_text("\n".join(lines), encoding="utf-8")
    done = _validate(folder)
    # Published (0, 1) or, where the run stands in for a line the format needs (an item line of
    # a flattened feed), reported as malformed at its line (2): never a hang or a crash.
    assert done.returncode in (0, 1, 2), done.stderr
    assert done.returncode != 2 or '"source.malformed"' in done.stdout, done.stdout[-2000:]
    assert "Traceback" not in done.stderr
    for sample in embedded_sample_files()[:3]:
        assert sample.name in done.stdout  # every file is in the report


def test_a_masthead_line_with_a_long_run_of_spaces_is_read_once(tmp_path: Path) -> None:
    """ "Phát hành: 31/12/2024", a long run of spaces, then a word: the masthead's pattern once
    tried every split of the spaces (250,000 of them took minutes)."""
    sample = embedded_sample_files()[0]  # print
    lines = sample.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("Phát hành"))
    lines[at] += " " * 5 * RUN + "x"
    (tmp_path / sample.name).write_text("\n".join(lines), encoding="utf-8")
    done = _validate(tmp_path)
    # The run is a gap between two items laid out side by side: the date is read, and the word.
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    assert sample.name in done.stdout


#: Source notes with a long run of spaces where a note has one: between an outlet's words, before
#: the day, between a writer's names. The note's patterns split such a run every way they could.
NOTES = {
    "in the outlet": "(Báo" + " " * 2 * RUN + "Lào Cai)",
    "before the day": "(Báo Lào Cai" + " " * 2 * RUN + "02/01, Thu Hà)",
    "in a writer's name": "(Báo Lào Cai 02/01, Thu" + " " * 2 * RUN + "Hà)",
    "with tabs, undated": "(Theo Báo" + "\t " * RUN + "Lào Cai)",
}


@pytest.mark.parametrize("note", NOTES.values(), ids=NOTES.keys())
def test_a_source_note_with_a_long_run_of_spaces_is_read_once(tmp_path: Path, note: str) -> None:
    """The first article's note, its spaces run long: 8,000 took a second, 100,000 minutes."""
    sample = embedded_sample_files()[0]  # print
    text = sample.read_text(encoding="utf-8")
    first = "(Thanhnien.vn 30/12, Trọng Trung)"
    assert first in text
    (tmp_path / sample.name).write_text(text.replace(first, note, 1), encoding="utf-8")
    done = _validate(tmp_path)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr and sample.name in done.stdout
