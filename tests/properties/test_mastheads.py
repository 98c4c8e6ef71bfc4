"""A digest's masthead or title printed another way than the renderer's reads the same: the print
edition's issue date ("Ngày phát hành: …", "Số 25 - Phát hành: …", "Phát hành: Thứ Hai, …") and the
web edition's title ("Bản tin CCHC ngày …", "… số 85 ngày …", "… (06/5/2024)", "… ngày 6 tháng 5
năm 2024", "… - Thứ Hai, 06/5/2024"); a weekday printed there is read for date.weekday to check."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from hypothesis import given

from bantin.datasets.synthetic import Rendered
from bantin.model import SourceFormat
from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins
from tests.properties.faults import bare
from tests.properties.relaid import relaid
from tests.strategies import (
    masthead_dated_otherwise,
    masthead_side_by_side,
    masthead_weekday_retyped,
    web_titled_otherwise,
)


@given(dated=relaid((SourceFormat.PRINT_TEXT,), masthead_dated_otherwise))
def test_a_masthead_dated_another_way_reads_the_same(
    dated: tuple[Rendered, tuple[str, str | None]], law_counts: Counter[str]
) -> None:
    rendered, (text, weekday) = dated
    got = parse_text(text, "dated.txt")
    want = rendered.bulletin
    if want.weekday_printed is None and weekday is not None:
        # Without a weekday line of its own, the weekday before the date is the masthead's.
        want = replace(want, weekday_printed=weekday, weekday_line=want.issue_date_line)
    assert got.issue_date_line == want.issue_date_line
    assert bare(got) == bare(want)
    assert (got.weekday_printed, got.weekday_line) == (want.weekday_printed, want.weekday_line)
    law_counts["1 round trip: print_text masthead dated another way"] += 1


@given(titled=relaid((SourceFormat.WEB_TEXT,), web_titled_otherwise))
def test_a_web_digest_titled_another_way_reads_the_same(
    titled: tuple[Rendered, tuple[str, str, str | None]], law_counts: Counter[str]
) -> None:
    """ "Bản tin CCHC ngày …", "… số 85 ngày …", "… (06/5/2024)", "… ngày 6 tháng 5 năm 2024",
    "… - Thứ Hai, 06/5/2024": the same digest, dated the same day, its weekday (if printed) read
    for date.weekday to check."""
    rendered, (text, printed, weekday) = titled
    got = parse_text(text, "titled.txt")
    want = rendered.bulletin
    line = want.issue_date_line
    assert got.issue_date == want.issue_date
    assert (got.issue_date_text, got.weekday_printed) == (printed, weekday)
    assert got.title == text.split("\n")[line - 1].strip()
    expected = replace(
        want,
        title=got.title,
        issue_date_text=printed,
        weekday_printed=weekday,
        weekday_line=None if weekday is None else line,
    )
    assert bare(got) == bare(expected)
    law_counts["1 round trip: web_text titled another way"] += 1


@given(laid_out=relaid((SourceFormat.PRINT_TEXT,), masthead_side_by_side))
def test_a_masthead_laid_out_side_by_side_reads_the_same(
    laid_out: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """The weekday and the issue date on one line, as text laid out like the page sets them
    ("THỨ NĂM          Phát hành: 01/02/2024"): the file was refused as undated."""
    rendered, text = laid_out
    want = rendered.bulletin
    got = parse_text(text, "laid-out.txt")
    assert bare(got) == bare(want)
    assert got.issue_date == want.issue_date
    if text != rendered.text:
        assert got.issue_date_line == got.weekday_line == want.weekday_line
        assert validate_bulletins([got]) == validate_bulletins([want])
        law_counts["1 round trip: print_text masthead laid out side by side"] += 1


@given(retyped=relaid((SourceFormat.PRINT_TEXT,), masthead_weekday_retyped))
def test_a_masthead_weekday_typed_another_way_is_read_and_checked(
    retyped: tuple[Rendered, tuple[str, str]], law_counts: Counter[str]
) -> None:
    """ "THỨ 5", "Thứ Năm", "Thứ năm": the masthead's weekday, read as printed and true to the
    issue date, so date.weekday says nothing."""
    rendered, (text, typed) = retyped
    got = parse_text(text, "weekday.txt")
    want = rendered.bulletin
    assert (got.weekday_printed, got.weekday_line) == (typed, want.weekday_line)
    assert bare(got) == bare(replace(want, weekday_printed=typed))
    assert [f for f in validate_bulletins([got]) if f.rule == "date.weekday"] == []
    law_counts["1 round trip: print_text masthead weekday typed another way"] += 1
