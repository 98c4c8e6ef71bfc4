"""A page's furniture inside an article (its number, the digest's title as the next page's running
head) is left out: the digest reads as it was printed without it, at the lines its parts moved
to, and no page number or head is ever joined to a paragraph. So is what a web page prints
around the digest: its chrome above the title, its related links, tags and sharing buttons
after the last article."""

from __future__ import annotations

from collections import Counter

from hypothesis import given

from bantin.datasets.synthetic import Rendered
from bantin.model import Bulletin, SourceFormat
from bantin.parsers import parse_text
from tests.properties.relaid import DIGESTS, read_alike, relaid
from tests.strategies import (
    closing_on_lines_of_its_own,
    hard_wrapped,
    html_markup,
    markdown_escaped,
    page_furniture,
    site_chrome_above,
    site_trailer_below,
    text_browser_dump,
)


@given(furnished=relaid(DIGESTS, page_furniture))
def test_page_furniture_inside_an_article_is_left_out(
    furnished: tuple[Rendered, tuple[str, dict[int, int]]], law_counts: Counter[str]
) -> None:
    rendered, (text, moved) = furnished
    got = read_alike(text, rendered, moved, "furnished.txt")
    want = rendered.bulletin
    assert [[p.breaks for p in a.paragraphs] for a in got.articles] == [
        [tuple((offset, moved.get(line, line)) for offset, line in p.breaks) for p in a.paragraphs]
        for a in want.articles
    ]
    law_counts[f"1 round trip: {want.source_format.value} with page furniture"] += 1


@given(copied=relaid((SourceFormat.WEB_TEXT,), site_chrome_above))
def test_a_sites_chrome_above_a_web_digests_title_is_left_out(
    copied: tuple[Rendered, tuple[str, dict[int, int]]], law_counts: Counter[str]
) -> None:
    rendered, (text, moved) = copied
    got = read_alike(text, rendered, moved, "copied.txt")
    want = rendered.bulletin
    assert got.issue_date_line == moved[want.issue_date_line]
    law_counts["1 round trip: web_text with the site's chrome above its title"] += 1


@given(copied=relaid((SourceFormat.WEB_TEXT,), site_trailer_below))
def test_a_sites_links_tags_and_buttons_after_the_last_article_are_left_out(
    copied: tuple[Rendered, tuple[str, dict[int, int]]], law_counts: Counter[str]
) -> None:
    rendered, (text, moved) = copied
    read_alike(text, rendered, moved, "copied.txt")
    law_counts[
        "2 round trip: web_text with the site's links and buttons after the last article"
    ] += 1


@given(closed=relaid(DIGESTS, closing_on_lines_of_its_own))
def test_a_back_to_top_link_on_a_line_of_its_own_keeps_the_note_before_it(
    closed: tuple[Rendered, tuple[str, dict[int, int]]], law_counts: Counter[str]
) -> None:
    rendered, (text, moved) = closed
    got = read_alike(text, rendered, moved, "closed.txt")
    want = rendered.bulletin
    assert [a.citation is not None for a in got.articles] == [
        a.citation is not None for a in want.articles
    ]
    law_counts[f"3 round trip: {want.source_format.value} with links on lines of their own"] += 1


def _words(text: str) -> str:
    return " ".join(text.split())


def _notes(bulletin: Bulletin) -> list[tuple[str, str | None, tuple[str, ...]] | None]:
    """Each article's source note as read (outlet, date, authors), wherever its lines are."""
    return [
        (c.outlet, c.date_text, c.authors) if (c := a.citation) else None for a in bulletin.articles
    ]


@given(wrapped=relaid((SourceFormat.PRINT_TEXT,), hard_wrapped))
def test_paragraphs_broken_where_the_page_ends_them_keep_their_text_and_notes(
    wrapped: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """Text taken from a PDF without joining its lines: every article keeps its title, its words
    (a line that ends a sentence may end a paragraph there) and its source note."""
    rendered, text = wrapped
    got = parse_text(text, "wrapped.txt")
    want = rendered.bulletin
    assert [a.title for a in got.articles] == [a.title for a in want.articles]
    assert [_words(a.body) for a in got.articles] == [_words(a.body) for a in want.articles]
    assert _notes(got) == _notes(want)
    law_counts["4 round trip: print_text with paragraphs broken at the page's width"] += 1


@given(dumped=relaid((SourceFormat.WEB_TEXT,), text_browser_dump))
def test_a_web_digest_dumped_by_a_text_browser_reads_as_its_page(
    dumped: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """A web page printed by a text browser ("lynx -dump": numbered links, paragraphs broken at
    its width and indented, its links listed at the end): the same TOC, titles, notes and
    paragraphs, each whole (a web page's paragraphs are blank-line apart, so lines next to each
    other are one paragraph even where one ends a sentence)."""
    rendered, text = dumped
    got = parse_text(text, "dumped.txt")
    want = rendered.bulletin
    assert [e.title for e in got.toc] == [e.title for e in want.toc]
    assert [a.title for a in got.articles] == [a.title for a in want.articles]
    assert [[p.text for p in a.paragraphs] for a in got.articles] == [
        [p.text for p in a.paragraphs] for a in want.articles
    ]
    assert _notes(got) == _notes(want)
    law_counts["4 round trip: web_text dumped by a text browser"] += 1


@given(escaped=relaid(DIGESTS, markdown_escaped))
def test_a_markdown_converters_escapes_are_read_as_the_marks_they_escape(
    escaped: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """A page copied as Markdown escapes what would read as a list ("1\\. Hà Nam: …", "\\- "):
    the TOC was "not numbered", and the digest refused. It reads as printed, on the same lines."""
    rendered, text = escaped
    read_alike(text, rendered, {}, "escaped.txt")
    law_counts[f"1 round trip: {rendered.bulletin.source_format.value} with Markdown escapes"] += 1


@given(converted=relaid(DIGESTS, html_markup))
def test_heading_and_bold_marks_of_an_html_to_text_tool_are_left_out(
    converted: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """A digest copied from a web page by a tool that prints headings and bold type as Markdown
    ("## …", "**…**") reads as it was printed without the marks, on the same lines."""
    rendered, text = converted
    read_alike(text, rendered, {}, "converted.txt")
    law_counts[f"1 round trip: {rendered.bulletin.source_format.value} with Markdown marks"] += 1
