"""Corrections: reviewed fixes applied to the decoded text, keyed by sha256, line and old text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bantin.datasets.corpus import CorpusInput, parse_inputs
from bantin.datasets.release import plan_release
from bantin.datasets.task import TaskSettings, process_file
from bantin.parsers.corrections import (
    Correction,
    CorrectionMismatch,
    CorrectionsError,
    apply_corrections,
    for_source,
    load_corrections,
)
from bantin.parsers.decode import sha256_hex
from tests.parsers.fixtures import PRINT_DIGEST

TEXT = "một\nhai 01/0, ba\nbốn"


def _fix(line: int = 2, old: str = "01/0,", new: str = "01/02,") -> Correction:
    return Correction(source_sha256="c" * 64, line=line, old=old, new=new, reason="reviewed")


def test_a_correction_replaces_the_old_text_on_its_line_only() -> None:
    assert apply_corrections(TEXT, "x.txt", [_fix()]) == "một\nhai 01/02, ba\nbốn"
    assert apply_corrections(TEXT, "x.txt", []) == TEXT


@pytest.mark.parametrize("line", [1, 3, 40])
def test_a_correction_whose_old_text_is_not_on_its_line_names_it(line: int) -> None:
    with pytest.raises(CorrectionMismatch) as error:
        apply_corrections(TEXT, "x.txt", [_fix(line=line)])
    assert error.value.code == "correction.mismatch"
    assert error.value.line == line and "'01/0,'" in error.value.reason
    assert error.value.describe().startswith(f"x.txt:{line}: ")


def test_corrections_are_chosen_by_sha256() -> None:
    assert for_source([_fix()], "C" * 64) == [_fix()]
    assert for_source([_fix()], "d" * 64) == []


def _digest(tmp_path: Path) -> tuple[Path, int]:
    text = PRINT_DIGEST.replace("(Baolaocai.vn 02/01", "(Baolaocai.vn 31/9")
    path = tmp_path / "print.txt"
    path.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.split("\n"), 1) if "Baolaocai.vn 31/9" in row)
    return path, line


def test_a_release_parses_the_corrected_text_and_publishes_the_correction(
    tmp_path: Path,
) -> None:
    path, line = _digest(tmp_path)
    sha = sha256_hex(path.read_bytes())
    before = path.read_bytes()
    fix = Correction(source_sha256=sha, line=line, old="31/9", new="02/01", reason="misprint")
    plain = plan_release(parse_inputs([CorpusInput(path, "print.txt")]))
    assert plain.tables["withheld"].height == 1
    outcome = parse_inputs([CorpusInput(path, "print.txt")], corrections=[fix])
    plan = plan_release(outcome, corrections=[fix])
    assert "date.impossible" not in {f.rule for f in plan.report.findings}
    assert plan.tables["withheld"].height == 0
    assert plan.tables["corrections"].select("source_path", "line", "old", "new").rows() == [
        ("print.txt", line, "31/9", "02/01")
    ]
    assert path.read_bytes() == before  # the source is never touched


def test_a_stale_correction_fails_its_source_with_the_reason(tmp_path: Path) -> None:
    path, line = _digest(tmp_path)
    fix = Correction(
        source_sha256=sha256_hex(path.read_bytes()), line=line + 1, old="31/9", new="x", reason="r"
    )
    outcome = parse_inputs([CorpusInput(path, "print.txt")], corrections=[fix])
    assert outcome.parsed == []
    (error,) = outcome.failed
    assert error.code == "correction.mismatch" and error.line == line + 1
    plan = plan_release(outcome, corrections=[fix])
    assert plan.tables["sources"]["status"].to_list() == ["unreadable"]
    assert plan.tables["corrections"].height == 0


def test_a_corrections_file_needs_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        f'[[correction]]\nsource_sha256 = "{"c" * 64}"\nline = 2\nold = "a"\nnew = "b"\n',
        encoding="utf-8",
    )
    with pytest.raises(CorrectionsError, match=r"correction\.0\.reason"):
        load_corrections(path)


def test_read_source_applies_the_files_corrections_before_parsing(tmp_path: Path) -> None:
    """The public one-file reader honours corrections as the release does: the fixed citation
    date is what the parsed bulletin holds, and a stale fix names its line instead."""
    from bantin.parsers import read_source

    path = tmp_path / "digest.txt"
    path.write_text(PRINT_DIGEST, encoding="utf-8")
    sha = sha256_hex(path.read_bytes())
    line = next(i for i, text in enumerate(PRINT_DIGEST.split("\n"), 1) if "(Baolaocai.vn" in text)
    fix = Correction(source_sha256=sha, line=line, old="02/01", new="01/01", reason="reviewed")

    plain = read_source(path, "digest.txt")
    fixed = read_source(path, "digest.txt", [fix])
    dates = [a.citation.date_text for a in fixed.bulletin.articles if a.citation]
    assert "01/01" in dates and "02/01" not in dates
    assert [a.citation.date_text for a in plain.bulletin.articles if a.citation] != dates
    assert fixed.sha256 == plain.sha256 == sha  # the file's own hash, not the corrected text's

    stale = replace(fix, line=line - 1)
    with pytest.raises(CorrectionMismatch, match=f"line {line - 1} does not hold"):
        read_source(path, "digest.txt", [stale])


def test_invisible_characters_a_correction_brings_are_cleaned_like_the_files_own(
    tmp_path: Path,
) -> None:
    """The per-file task searches a file for the invisible characters its bytes may hold; a
    corrected text is searched for all of them, so a soft hyphen pasted into a correction never
    reaches the published citation (the file itself holds no byte that could start one)."""
    path, line = _digest(tmp_path)
    assert b"\xc2" not in path.read_bytes()
    fix = Correction(
        source_sha256=sha256_hex(path.read_bytes()),
        line=line,
        old="31/9",
        new="0\u00ad2/01",
        reason="misprint, fixed by pasting",
    )
    result = process_file(
        CorpusInput(path, "print.txt"), TaskSettings(corrections=(fix,), tables=True)
    )
    assert result.error is None and result.rows is not None
    assert "date.impossible" not in {finding.rule for finding in result.findings}
    published = repr(result.rows)
    assert "02/01" in published and "\u00ad" not in published
