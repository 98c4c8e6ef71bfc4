"""A source note's weekday or posting time printed before its day is no part of the outlet."""

from __future__ import annotations

import pytest

from bantin.parsers.notes import split_citation


@pytest.mark.parametrize(
    ("note", "outlet", "date"),
    [
        # The weekday with no comma before the day, as portals print "Thứ Năm 03/12/2026".
        ("(Báo Cần Thơ, thứ Năm 3/12)", "Báo Cần Thơ", "3/12"),
        ("(Theo Báo Nghệ An, Thứ Sáu 04/12/2026)", "Báo Nghệ An", "04/12/2026"),
        ("(Theo Baohatinh.vn, thứ 5 03/12/2026, Thu Hà)", "Baohatinh.vn", "03/12/2026"),
        ("(Báo Lào Cai, Chủ nhật 29/11)", "Báo Lào Cai", "29/11"),
    ],
)
def test_a_weekday_without_its_comma_before_the_day_is_no_part_of_the_outlet(
    note: str, outlet: str, date: str
) -> None:
    _, citation = split_citation(f"Người dân hài lòng. {note}", 9)
    assert citation is not None and (citation.outlet, citation.date_text) == (outlet, date)


@pytest.mark.parametrize(
    ("note", "outlet", "date"),
    [
        # Guards: the forms read before stay read so.
        ("(Baolaocai.vn, Thứ Ba, 02/01/2024, Thu Hà)", "Baolaocai.vn", "02/01/2024"),
        ("(Báo Lào Cai, Chủ nhật, 07/01/2024)", "Báo Lào Cai", "07/01/2024"),
        ("(Theo Báo Thái Bình 03/12/2026 08:30)", "Báo Thái Bình", "03/12/2026"),
        ("(Báo Nhân Dân số 24567, ngày 30/12/2023)", "Báo Nhân Dân", "30/12/2023"),
    ],
)
def test_notes_read_before_keep_their_outlet_and_day(note: str, outlet: str, date: str) -> None:
    _, citation = split_citation(f"Người dân hài lòng. {note}", 9)
    assert citation is not None and (citation.outlet, citation.date_text) == (outlet, date)


@pytest.mark.parametrize(
    ("note", "outlet", "date"),
    [
        # The posting time printed before the day, as some portals stamp an article.
        ("(Theo Cổng TTĐT Chính phủ, 14:20, 03/12/2026)", "Cổng TTĐT Chính phủ", "03/12/2026"),
        ("(Theo Báo Thái Bình, 08:30, 03/12/2026)", "Báo Thái Bình", "03/12/2026"),
        ("(Baoquangninh.vn 8h15 03/12/2026, Minh Anh)", "Baoquangninh.vn", "03/12/2026"),
    ],
)
def test_a_posting_time_before_the_day_is_no_part_of_the_outlet(
    note: str, outlet: str, date: str
) -> None:
    _, citation = split_citation(f"Người dân hài lòng. {note}", 9)
    assert citation is not None and (citation.outlet, citation.date_text) == (outlet, date)
