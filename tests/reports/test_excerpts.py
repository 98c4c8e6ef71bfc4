"""Source excerpts: which lines are shown, what is marked, when a source is not used."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bantin.reports.excerpts import MAX_LINE, SourceTexts, excerpt, mark_span

LINES = ["Dòng một", "", "Tỷ lệ đạt 80.09% trong quý.", "", "(Báo Mẫu 31/9, Lê Văn)", "cuối"]


@pytest.mark.parametrize(
    ("line", "message", "marked"),
    [
        ("(Báo Mẫu 31/9, Lê Văn)", "citation date 31/9 does not exist", "31/9"),
        (
            "Tỷ lệ đạt 80.09% trong quý.",
            "ambiguous decimal point in 80.09% (Vietnamese…)",
            "80.09%",
        ),
        (
            "Sơn La: Cấp xã nhận hồ sơ",
            "title names Sơn La but the body never mentions it",
            "Sơn La",
        ),
        ("chiếm 185% dân số", "share 185% exceeds 100%: 'chiếm 185% dân số'", "chiếm 185% dân số"),
        (
            "1. Hà Giang mở rộng dịch vụ",
            "TOC entry 1 'Hà Giang mở rộng…' differs",
            "Hà Giang mở rộng",
        ),
    ],
)
def test_the_offending_text_is_marked(line: str, message: str, marked: str) -> None:
    span = mark_span(line, message)
    assert span is not None and line[slice(*span)] == marked


def test_marks_are_word_bounded() -> None:
    assert mark_span("theo 131/90 hồ sơ", "citation date 31/9 does not exist") is None


def test_excerpt_shows_neighbours_and_marks_the_whole_line_when_nothing_matches() -> None:
    shown = excerpt(LINES, 5, "citation date 31/9 does not exist")
    assert [line.number for line in shown] == [3, 4, 5, 6]
    assert [line.offending for line in shown] == [False, False, True, False]
    assert shown[2].mark == "31/9"
    whole = excerpt(LINES, 1, "something else entirely")[0]
    assert whole.mark == "Dòng một" and whole.before == ""
    assert excerpt(LINES, 99, "x") == [] and excerpt(LINES, 0, "x") == []


def test_a_long_line_is_clipped_around_the_mark() -> None:
    line = "a " * 400 + "31/9" + " b" * 400
    (hit,) = excerpt([line], 1, "citation date 31/9 does not exist")
    assert hit.mark == "31/9"
    assert len(hit.before) + len(hit.after) <= MAX_LINE + 2
    assert hit.before.startswith("…") and hit.after.endswith("…")


def test_sources_are_used_only_when_unchanged(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("một\nhai\n", encoding="utf-8")
    data = (tmp_path / "a.txt").read_bytes()
    good = SourceTexts({"a.txt": hashlib.sha256(data).hexdigest()}, (tmp_path,))
    assert good.lines("a.txt") == ["một", "hai", ""]
    stale = SourceTexts({"a.txt": "0" * 64}, (tmp_path,))
    assert stale.lines("a.txt") is None
    assert SourceTexts({}, (tmp_path,)).lines("missing.txt") is None
    assert SourceTexts({}, (tmp_path,)).lines("-") is None  # stdin cannot be read again
