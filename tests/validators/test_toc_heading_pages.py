"""toc.pages on a section heading set at the foot of the page before its first article."""

from __future__ import annotations

from dataclasses import replace

from bantin.model import Bulletin
from tests.validators.builders import FIELD, digest
from tests.validators.helpers import hits


def _with_pages(section_page: int, entry_pages: tuple[int, ...]) -> Bulletin:
    """The hand-built digest with its second section ('LĨNH VỰC CẢI CÁCH', line 25, over entry
    4) on ``section_page`` and its four entries on ``entry_pages``."""
    bulletin = digest()
    toc = tuple(
        replace(entry, page=page) for entry, page in zip(bulletin.toc, entry_pages, strict=True)
    )
    sections = (bulletin.sections[0], replace(bulletin.sections[1], page=section_page))
    return replace(bulletin, toc=toc, sections=sections)


def test_a_heading_at_the_foot_of_the_page_before_its_first_article_is_no_fault() -> None:
    # Article 3 ends on page 3 with room for the heading, not for article 4's title.
    assert hits("toc.pages", _with_pages(3, (1, 2, 3, 4))) == []


def test_a_heading_two_pages_before_its_first_article_is_a_fault() -> None:
    assert hits("toc.pages", _with_pages(2, (1, 2, 2, 4))) == [
        (25, f"section {FIELD!r} is on page 2 in the TOC but its first entry is on page 4")
    ]


def test_a_heading_after_its_first_article_is_still_a_fault() -> None:
    assert hits("toc.pages", _with_pages(5, (1, 2, 3, 4))) == [
        (25, f"section {FIELD!r} is on page 5 in the TOC but its first entry is on page 4")
    ]


def test_a_heading_on_the_page_before_the_article_above_it_is_a_fault() -> None:
    # Article 3 starts on page 4, so a heading after it cannot be printed on page 3.
    assert hits("toc.pages", _with_pages(3, (1, 2, 4, 4))) == [
        (
            25,
            f"section {FIELD!r} is on page 3 in the TOC, before the page of the entry above it (4)",
        )
    ]
