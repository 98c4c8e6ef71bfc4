"""A print digest printed without its table of contents: the body starts after the masthead, and
a numbered paragraph of an article ("1. Tỷ lệ …") is no TOC entry. One printed with a TOC whose
entries are not numbered is malformed: its TOC cannot be told from its first article."""

from __future__ import annotations

import re

import pytest

from bantin.errors import MalformedBulletin
from bantin.parsers.print_text import parse_print_text
from tests.parsers.fixtures import PRINT_DIGEST

FIRST = "Năm 2024, tỉnh tiếp nhận 1.624.565 hồ sơ, đạt 132,58% so với chỉ tiêu."
LEAD = "Kết quả tiếp nhận hồ sơ của tỉnh trong năm 2024 như sau:"


def without_toc(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if "\t" not in line and "....." not in line)


def test_a_paragraph_ending_in_a_colon_near_the_top_is_body_not_masthead() -> None:
    """Only the masthead's own lead-in ("... báo chí quan tâm phản ánh:") ends the masthead with a
    colon; an article's paragraph that introduces a list keeps its article."""
    text = without_toc(PRINT_DIGEST).replace(FIRST, f"{LEAD}\n\n{FIRST}")
    bulletin = parse_print_text(text, "no-toc.txt")
    assert bulletin.toc == () and bulletin.issue_date_text == "03/01/2025"
    first = bulletin.articles[0]
    assert first.title == "Hà Nam: Tiếp nhận hồ sơ trực tuyến tăng mạnh"
    assert [p.text for p in first.paragraphs[:2]] == [LEAD, FIRST]
    assert len(bulletin.articles) == len(parse_print_text(PRINT_DIGEST, "toc.txt").articles)


NUMBERED = "1. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 46%."


def test_a_numbered_paragraph_after_an_article_end_is_no_toc() -> None:
    with_toc = parse_print_text(PRINT_DIGEST, "toc.txt")
    last = with_toc.articles[-1].paragraphs[-1].text
    text = without_toc(PRINT_DIGEST).replace(last, f"{NUMBERED}\n\n{last}")
    bulletin = parse_print_text(text, "no-toc.txt")
    assert bulletin.toc == () and bulletin.sections == ()
    assert [a.title for a in bulletin.articles] == [a.title for a in with_toc.articles]
    assert NUMBERED in [p.text for p in bulletin.articles[-1].paragraphs]


def test_a_toc_without_numbers_is_malformed_at_its_first_heading() -> None:
    toc = parse_print_text(PRINT_DIGEST, "toc.txt")
    text = re.sub(r"(?m)^\d{1,3}\.\s+", "", PRINT_DIGEST)
    with pytest.raises(MalformedBulletin) as raised:
        parse_print_text(text, "unnumbered.txt")
    assert raised.value.line == toc.sections[0].line
    assert "the TOC's entries are not numbered ('1. Title')" in raised.value.reason


def test_a_toc_without_numbers_laid_out_with_spaces_is_malformed_at_its_first_heading() -> None:
    # Text taken from a laid-out PDF: each page after a run of spaces, headings' pages too.
    toc = parse_print_text(PRINT_DIGEST, "toc.txt")
    laid_out = re.sub(r"\.{3,}\t(\d+)$", r"        \1", PRINT_DIGEST, flags=re.MULTILINE)
    assert parse_print_text(laid_out, "laid-out.txt").toc == toc.toc
    text = re.sub(r"(?m)^\d{1,3}\.\s+", "", laid_out)
    with pytest.raises(MalformedBulletin) as raised:
        parse_print_text(text, "unnumbered.txt")
    assert raised.value.line == toc.sections[0].line
    assert "the TOC's entries are not numbered ('1. Title')" in raised.value.reason


def test_a_toc_numbered_in_two_levels_is_read() -> None:
    """ "1.1. Title", "1.2. Title", "2.1. Title" under their sections: refused once, as a TOC
    bantin did not read; each entry is numbered as printed, the articles are those of the TOC
    numbered in one level."""
    toc = parse_print_text(PRINT_DIGEST, "toc.txt")
    text = PRINT_DIGEST
    for entry, nested in zip(toc.toc, ("1.1.", "1.2.", "2.1."), strict=True):
        text = text.replace(f"{entry.number}. {entry.title}", f"{nested} {entry.title}", 1)
    nested_toc = parse_print_text(text, "nested.txt")
    assert [(e.number, e.title, e.section, e.page) for e in nested_toc.toc] == [
        (number, e.title, e.section, e.page)
        for number, e in zip(("1.1", "1.2", "2.1"), toc.toc, strict=True)
    ]
    assert [(a.title, a.body) for a in nested_toc.articles] == [
        (a.title, a.body) for a in toc.articles
    ]
