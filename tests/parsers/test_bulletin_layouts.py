"""Whole-bulletin layouts of print and web editions, written by hand in the forms real
reform bulletins take (the project's own text)."""

from __future__ import annotations

import pytest

from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins
from tests.parsers.fixtures import PRINT_DIGEST

#: The two lines a PDF's page prints at its top: the digest's title, the issue under it.
_TWO_LINE_HEADS = [
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH\nNgày 03/01/2025",
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH\nSố 02 - Ngày 03/01/2025",
    "Bản tin Cải cách hành chính\nNgày 03/01/2025 - Trang 2",
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH\nSố 01 - Tháng 1/2025",
    "BẢN TIN CẢI CÁCH HÀNH CHÍNH\nQuý I/2025",
    # The title with its subject as initials, the issue and the page on one line.
    "Bản tin CCHC số 01/2025\t2",
    "BẢN TIN CCHC\nSố 01 - Ngày 03/01/2025",
]


@pytest.mark.parametrize("head", _TWO_LINE_HEADS)
def test_a_running_head_in_two_lines_is_page_furniture(head: str) -> None:
    # Between two articles (before a section's heading) and inside a paragraph a page break split.
    text = PRINT_DIGEST.replace(
        "\nQUẢN LÝ HÀNH CHÍNH\n\nKiểm", f"\n{head}\n\nQUẢN LÝ HÀNH CHÍNH\n\nKiểm", 1
    ).replace("Ngày 2/1, tỉnh công bố", f"Ngày 2/1, tỉnh\n\n{head}\n\ncông bố", 1)
    bulletin = parse_text(text, "heads.txt")
    assert [a.title for a in bulletin.articles] == [e.title for e in bulletin.toc]
    second = bulletin.articles[1]
    assert (
        second.paragraphs[0].text == "Ngày 2/1, tỉnh công bố 224/224 (100%) xã hoàn thành số hóa."
    )
    assert not [f for f in validate_bulletins([bulletin]) if f.severity.name == "ERROR"]
