"""A print digest printed without its table of contents: the body starts after the masthead."""

from __future__ import annotations

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
