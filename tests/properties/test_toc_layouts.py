"""A print TOC as text taken from a PDF lays it out (pages after spaces or other leaders, long titles wrapped over
lines) parses to the same TOC, at the lines its entries start on, and to the same body; so does a
print or web TOC numbered "5)", "5/", "5 -" or "5 –" instead of "5.". A TOC whose entries are not
numbered at all cannot be told from the first article: the file is malformed, never read wrong.
A TOC whose titles are typed with other punctuation than the body's still names its articles, and
one whose entries link to their articles ("[Title](#tin1)") reads as printed."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bantin.datasets.synthetic import Rendered
from bantin.errors import MalformedBulletin
from bantin.model import Bulletin, SourceFormat
from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins
from tests.properties.faults import bare
from tests.properties.relaid import DIGESTS, just, relaid
from tests.strategies import (
    UNNUMBERED_TOC_STYLES,
    back_to_top_dropped,
    back_to_top_reworded,
    body_headings_dropped,
    headings_typed_everywhere,
    lines_indented,
    pdf_toc_layouts,
    titles_in_capitals,
    titles_numbered_in_body,
    toc_headings_as_typed,
    toc_linked_to_anchors,
    toc_numbered,
    toc_numbered_per_section,
    toc_numbers_mistyped,
    toc_retyped,
    web_toc_wrapped,
)


@given(laid_out=relaid([SourceFormat.PRINT_TEXT], pdf_toc_layouts))
def test_a_pdf_laid_out_toc_reads_as_the_printed_one(
    laid_out: tuple[Rendered, tuple[str, dict[int, int]]], law_counts: Counter[str]
) -> None:
    rendered, (text, moved) = laid_out
    got = parse_text(text, "laid-out.txt")
    want = rendered.bulletin
    assert bare(got) == bare(want)
    assert [e.line for e in got.toc] == [moved.get(e.line, e.line) for e in want.toc]
    assert [s.line for s in got.sections] == [moved.get(s.line, s.line) for s in want.sections]
    assert [a.title_line for a in got.articles] == [
        moved.get(a.title_line, a.title_line) for a in want.articles
    ]
    law_counts["1 round trip: print TOC laid out as in a PDF"] += 1


@given(numbered=relaid(DIGESTS, toc_numbered))
def test_a_toc_numbered_in_any_style_reads_as_numbered_with_dots(
    numbered: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    rendered, text = numbered
    got = parse_text(text, "numbered.txt")
    want = rendered.bulletin
    assert bare(got) == bare(want)
    assert [e.line for e in got.toc] == [e.line for e in want.toc]
    assert [a.title_line for a in got.articles] == [a.title_line for a in want.articles]
    law_counts[
        f"2 round trip: {rendered.bulletin.source_format.value} TOC numbered in any style"
    ] += 1


def _unnumbered(rendered: Rendered) -> st.SearchStrategy[str]:
    return toc_numbered(rendered, UNNUMBERED_TOC_STYLES)


@given(unnumbered=relaid(DIGESTS, _unnumbered))
def test_a_toc_without_numbers_is_malformed_at_its_first_heading(
    unnumbered: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    rendered, text = unnumbered
    assume(rendered.bulletin.sections)  # a TOC under its section headings, as digests print it
    with pytest.raises(MalformedBulletin) as raised:
        parse_text(text, "unnumbered.txt")
    assert raised.value.line == rendered.bulletin.sections[0].line
    assert "the TOC's entries are not numbered" in raised.value.reason
    law_counts[f"3 {rendered.bulletin.source_format.value} TOC without numbers is malformed"] += 1


@given(retyped=relaid(DIGESTS, toc_retyped))
def test_a_toc_typed_with_other_punctuation_still_names_its_articles(
    retyped: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """A dash or a spaced colon for the body's colon, a closing full stop, curly quotes: the TOC
    still lists the body's articles, and no toc.body-mismatch holds the bulletin back."""
    rendered, text = retyped
    got = parse_text(text, "retyped.txt")
    want = rendered.bulletin
    assert bare(got.articles) == bare(want.articles)
    assert len(got.toc) == len(want.toc)
    findings = validate_bulletins([got])
    assert [f for f in findings if f.rule == "toc.body-mismatch"] == []
    law_counts[f"3 TOC typed with other punctuation: {want.source_format.value}"] += 1


@given(mistyped=relaid(DIGESTS, toc_numbers_mistyped))
def test_a_toc_entry_whose_number_was_mistyped_stays_an_entry(
    mistyped: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """ "2, Title", "2.. Title", "2 Title" after entry 1, its page or the web list's indent after
    it: the same TOC (no entry taken for a section, none moved to the body), and no finding on
    the TOC."""
    rendered, text = mistyped
    _assert_same_toc_and_body_no_toc_finding(rendered, text)
    law_counts[
        f"3 TOC with entries numbered by a slip: {rendered.bulletin.source_format.value}"
    ] += 1


@given(linked=relaid(DIGESTS, toc_linked_to_anchors))
def test_a_toc_whose_entries_link_to_their_articles_reads_as_printed(
    linked: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """ "1. [Title](#tin1)" or "[1. Title 3](#_Toc1234)", as HTML-to-text tools print a link
    within the page: the same TOC and body, its titles without the link's marks, and no finding
    on the TOC."""
    rendered, text = linked
    _assert_same_toc_and_body_no_toc_finding(rendered, text)
    law_counts[
        f"3 TOC entries linked to their articles: {rendered.bulletin.source_format.value}"
    ] += 1


def _assert_same_toc_and_body_no_toc_finding(rendered: Rendered, text: str) -> None:
    """``text`` reads as ``rendered`` does: the same TOC, sections and body, no toc.* finding."""
    got = parse_text(text, "relaid.txt")
    want = rendered.bulletin
    assert got.toc == want.toc
    assert got.sections == want.sections
    assert bare(got.articles) == bare(want.articles)
    findings = validate_bulletins([got])
    assert [f for f in findings if f.rule.startswith("toc.")] == []


# About one digest in three has two sections or more: how many of the first draws do depends on
# the seed, which the test's own source sets under `derandomize`, so the filter is expected.
@settings(suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(per_section=relaid(DIGESTS, just(toc_numbered_per_section)))
def test_a_toc_numbered_again_in_each_section_reads_and_checks_clean(
    per_section: tuple[Rendered, tuple[str, tuple[str, ...]]], law_counts: Counter[str]
) -> None:
    """ "I. …: 1, 2, 3; II. …: 1, 2": the same TOC and body, each entry with its printed number,
    and no toc.numbering finding."""
    rendered, (text, numbers) = per_section
    assume(len({entry.section for entry in rendered.bulletin.toc}) >= 2)
    got = parse_text(text, "per-section.txt")
    want = rendered.bulletin
    assert tuple(entry.number for entry in got.toc) == numbers
    renumbered = tuple(replace(e, number=n) for e, n in zip(want.toc, numbers, strict=True))
    assert got == replace(want, toc=renumbered)
    findings = validate_bulletins([got])
    assert [f for f in findings if f.rule == "toc.numbering"] == []
    law_counts[f"2 round trip: {want.source_format.value} TOC numbered in each section"] += 1


@given(capitals=relaid(DIGESTS, titles_in_capitals))
def test_titles_printed_in_capitals_in_the_body_are_titles(
    capitals: tuple[Rendered, tuple[str, frozenset[int]]], law_counts: Counter[str]
) -> None:
    """A title in capitals in the body ("HÀ NAM: TIẾP NHẬN …") was read as a section's heading,
    the article's first paragraph as its title: every title wrong and the bulletin held back."""
    rendered, (text, upper) = capitals
    got = parse_text(text, "capitals.txt")
    want = rendered.bulletin
    titled = tuple(
        replace(a, title=a.title.upper()) if i in upper else a for i, a in enumerate(want.articles)
    )
    assert got == replace(want, articles=titled)
    findings = validate_bulletins([got])
    assert [f for f in findings if f.rule == "toc.body-mismatch"] == []
    law_counts[f"4 titles in capitals: {want.source_format.value}"] += 1


@given(dropped=relaid(DIGESTS, back_to_top_dropped))
def test_an_article_without_its_back_to_top_link_ends_at_the_next_title(
    dropped: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """An editor forgets the back-to-top link after an article: the next title the TOC lists (or
    the next section) still ends it. The two articles were read as one, and toc.body-mismatch
    held the bulletin back."""
    rendered, text = dropped
    assert parse_text(text, "dropped.txt") == rendered.bulletin
    law_counts[f"5 back-to-top links left out: {rendered.bulletin.source_format.value}"] += 1


@given(reworded=relaid(DIGESTS, back_to_top_reworded))
def test_a_back_to_top_link_worded_otherwise_ends_its_article(
    reworded: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """ "Lên đầu trang", "Trở về đầu trang", "[↑ Về đầu trang]" …: the note before the link is
    read and the link is no part of the body (it was, and the note with it)."""
    rendered, text = reworded
    assert parse_text(text, "reworded.txt") == rendered.bulletin
    law_counts[
        f"5 back-to-top links worded otherwise: {rendered.bulletin.source_format.value}"
    ] += 1


@given(numbered=relaid(DIGESTS, titles_numbered_in_body))
def test_titles_numbered_in_the_body_as_in_the_toc_read_as_the_toc_lists_them(
    numbered: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """ "1. Hà Nam: …" in the body as in the TOC: the first was read as the TOC going on, and the
    bulletin was held back (toc.body-mismatch, toc.numbering) with every article in it."""
    rendered, text = numbered
    assert parse_text(text, "numbered.txt") == rendered.bulletin
    law_counts[f"4 titles numbered in the body: {rendered.bulletin.source_format.value}"] += 1


def _sections_renamed(bulletin: Bulletin, names: dict[str, str]) -> Bulletin:
    """``bulletin`` with each section named as ``names`` prints it, wherever it is named."""
    return replace(
        bulletin,
        sections=tuple(replace(s, name=names[s.name]) for s in bulletin.sections),
        toc=tuple(replace(e, section=names.get(e.section or "")) for e in bulletin.toc),
        articles=tuple(replace(a, section=names.get(a.section or "")) for a in bulletin.articles),
    )


@given(typed=relaid([SourceFormat.PRINT_TEXT], just(toc_headings_as_typed)))
def test_a_print_toc_with_its_headings_as_typed_reads_as_the_printed_one(
    typed: tuple[Rendered, tuple[str, dict[str, str]]], law_counts: Counter[str]
) -> None:
    """A word processor's TOC copies a heading's text, not the font that sets it in capitals: its
    headings were taken for titles, and the TOC ended at the first one."""
    rendered, (text, names) = typed
    got = parse_text(text, "typed.txt")
    want = rendered.bulletin
    assert bare(got) == bare(_sections_renamed(want, names))
    law_counts["7 round trip: print TOC with its headings as typed"] += 1


@given(wrapped=relaid([SourceFormat.WEB_TEXT], web_toc_wrapped))
def test_a_web_toc_a_text_browser_wrapped_reads_as_the_printed_one(
    wrapped: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """A web page dumped by a text browser wraps long TOC titles at its width: the TOC ended at
    the first line that went on, and toc.body-mismatch held the digest back."""
    rendered, text = wrapped
    got = parse_text(text, "dumped.txt")
    assert bare(got) == bare(rendered.bulletin)
    assert not [f for f in validate_bulletins([got]) if f.rule.startswith("toc.")]
    law_counts["1 round trip: web TOC wrapped by a text browser"] += 1


@given(indented=relaid(DIGESTS, lines_indented))
def test_a_digest_laid_out_with_indented_lines_reads_as_the_printed_one(
    indented: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """Every line indented, as text laid out like its page (``pdftotext -layout``): the TOC's
    "   1. Title" was no entry, and the file was refused as a TOC of unnumbered titles."""
    rendered, text = indented
    got = parse_text(text, "indented.txt")
    assert bare(got) == bare(rendered.bulletin)
    assert [a.title_line for a in got.articles] == [
        a.title_line for a in rendered.bulletin.articles
    ]
    law_counts["1 round trip: every line indented"] += 1


@given(typed=relaid(DIGESTS, just(headings_typed_everywhere)))
def test_a_digest_with_its_headings_typed_everywhere_reads_as_the_printed_one(
    typed: tuple[Rendered, tuple[str, dict[str, str]]], law_counts: Counter[str]
) -> None:
    """Headings typed, not in capitals, in the TOC and over the articles alike (bold type, or a
    web page's style, set them apart): the body's were read as articles, and a web TOC ended at
    the first one."""
    rendered, (text, names) = typed
    assume(names)  # a digest with sections
    got = parse_text(text, "typed.txt")
    want = rendered.bulletin
    assert bare(got) == bare(_sections_renamed(want, names))
    assert not [f for f in validate_bulletins([got]) if f.rule.startswith("toc.")]
    law_counts["7 round trip: headings typed in the TOC and the body"] += 1


@given(headless=relaid(DIGESTS, just(body_headings_dropped)))
def test_a_body_without_section_headings_keeps_the_tocs_sections(
    headless: tuple[Rendered, tuple[str, dict[int, int]]], law_counts: Counter[str]
) -> None:
    """A body that prints no heading at all published every article without a section, though
    its TOC names each one's."""
    rendered, (text, moved) = headless
    got = parse_text(text, "headless.txt")
    want = rendered.bulletin
    unprinted = tuple(replace(a, section_line=None) for a in want.articles)
    assert bare(got) == bare(replace(want, articles=unprinted))
    assert [a.title_line for a in got.articles] == [
        moved.get(a.title_line, a.title_line) for a in want.articles
    ]
    law_counts[f"8 round trip: {want.source_format.value} body without section headings"] += 1
