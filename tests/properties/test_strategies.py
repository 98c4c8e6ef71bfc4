"""The shared strategies keep their promises: valid bulletins by construction, noise that is noise."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from bantin.model import Bulletin, FeedDialect, Kind, Paragraph, SourceFormat
from bantin.parsers.feed_dates import day_first_weekday, parse_feed_date
from bantin.parsers.figures import extract_figures
from bantin.parsers.places import provinces_named_in
from bantin.parsers.text import (
    TERMINAL_PUNCTUATION,
    VN_WEEKDAYS,
    comparable,
    normalise_text,
    parse_rfc822,
    resolve_cited_date,
)
from tests.strategies import (
    Noise,
    bulletins,
    citations,
    paragraphs,
    percentages,
    ratio_percentages,
    rendering_noise,
    toc_entries,
    vietnamese_text,
)

TERMINAL = (".", "!", "?", "…", "”")


def _check_digest(bulletin: Bulletin) -> None:
    assert bulletin.issue_date is not None and bulletin.issue_date.weekday() < 5
    assert [e.number for e in bulletin.toc] == [str(n) for n in range(1, len(bulletin.toc) + 1)]
    assert [e.title for e in bulletin.toc] == [a.title for a in bulletin.articles]
    pages = [e.page for e in bulletin.toc if e.page is not None]
    assert pages == sorted(pages)
    for section in bulletin.sections:
        first = next(e for e in bulletin.toc if e.section == section.name)
        assert section.page == first.page
    if bulletin.weekday_printed is not None:
        assert VN_WEEKDAYS[bulletin.weekday_printed.upper()] == bulletin.issue_date.weekday()
    for article in bulletin.articles:
        assert article.citation is not None
        cited = resolve_cited_date(article.citation.date_text, bulletin.issue_date)
        assert cited is not None and cited <= bulletin.issue_date


def _check_feed(bulletin: Bulletin) -> None:
    channel = bulletin.channel
    assert channel is not None and channel.build_date is not None
    times = [a.published_at for a in bulletin.articles]
    assert all(t is not None and t <= channel.build_date for t in times)
    assert times == sorted(times, reverse=True)
    for text in [channel.build_date_text] + [a.pub_date_text or "" for a in bulletin.articles]:
        parsed = parse_feed_date(text)  # RFC 822, or ISO 8601 in Atom and RSS 1.0
        assert parsed is not None and parsed.utc is not None
        if channel.dialect in (FeedDialect.ATOM, FeedDialect.RSS1):
            assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$", text)
            continue
        day = re.search(r"\d{1,2} [A-Z][a-z]{2} \d{4}", text)
        if day is None:  # a news site's day-first date (``DAY_FIRST_STYLES``), its weekday right
            assert channel.dialect is FeedDialect.RSS2_DESCRIPTION, text
            assert re.search(r"\d{1,2}/\d{1,2}/\d{4}|\d\d[.-]\d\d[.-]\d{4}", text), text
            if (named := day_first_weekday(text)) is not None:
                printed, local_day = named
                assert VN_WEEKDAYS[printed.upper()] == local_day.weekday(), text
            continue
        weekday = re.match(r"([A-Z][a-z]{2}), ", text)
        local = dt.datetime.strptime(day.group(), "%d %b %Y").date()
        assert weekday is None or weekday[1] == local.strftime("%a")
        if channel.dialect is not FeedDialect.RSS2_DESCRIPTION:
            assert parse_rfc822(text) is not None  # WordPress: strict RFC 822; news sites: any zone


@given(bulletins())
def test_generated_bulletins_are_valid_by_construction(bulletin: Bulletin) -> None:
    assert bulletin.articles or bulletin.kind is Kind.FEED
    titles = [comparable(a.title) for a in bulletin.articles]
    assert len(set(titles)) == len(titles)
    (_check_feed if bulletin.kind is Kind.FEED else _check_digest)(bulletin)
    for article in bulletin.articles:
        assert article.paragraphs
        assert set(provinces_named_in(article.title)) <= set(provinces_named_in(article.body))
        for paragraph in article.paragraphs:
            assert paragraph.text == unicodedata.normalize("NFC", paragraph.text)
            # A photo's caption may end without a full stop ("… (Ảnh: Minh An)", "Ảnh minh họa"):
            # its credit tells it from a paragraph a page's break split.
            caption = bulletin.kind is Kind.DIGEST and "Ảnh" in paragraph.text
            assert paragraph.text.endswith(TERMINAL) or caption, paragraph.text
            for figure in extract_figures(paragraph.text):
                if figure.kind == "ratio_percent":
                    assert figure.value is not None and figure.value <= 100


@given(st.data())
def test_building_blocks_are_valid(data: st.DataObject) -> None:
    issue = dt.date(2025, 1, 2)
    citation = data.draw(citations(issue))
    cited = resolve_cited_date(citation.date_text, issue)
    assert cited is not None and issue - dt.timedelta(days=10) <= cited <= issue
    assert len(set(citation.authors)) == len(citation.authors)
    entries = data.draw(toc_entries())
    assert [e.number for e in entries] == [str(n) for n in range(1, len(entries) + 1)]
    paragraph: Paragraph = data.draw(paragraphs(page_breaks=True))
    for offset, _ in paragraph.breaks:
        assert (
            paragraph.text[offset - 1] == " "
            and paragraph.text[offset - 2] not in TERMINAL_PUNCTUATION
        )
    text = data.draw(vietnamese_text())
    assert text[0].isupper() and text.endswith(TERMINAL)
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d{1,2})?%", data.draw(percentages(0, 999)))
    ratio = data.draw(ratio_percentages())
    (figure,) = extract_figures(ratio)
    assert figure.numerator is not None and figure.denominator is not None
    assert figure.value is not None
    assert abs(figure.numerator / figure.denominator * 100 - figure.value) <= 0.5


_CODECS = {"utf-8-bom": "utf-8-sig", "utf-16-le-bom": "utf-16", "utf-16-be-bom": "utf-16"}


@given(text=vietnamese_text(1, 30), noise=rendering_noise())
def test_noise_keeps_the_text(text: str, noise: Noise) -> None:
    original = f"{text}\n{text}"
    data = noise(original)
    decoded = data.decode(_CODECS.get(noise.encoding, noise.encoding))
    # What the noise adds is exactly what the parsers' text normalisation takes out again.
    restored = unicodedata.normalize("NFC", normalise_text(decoded))
    assert restored.replace("\r\n", "\n").replace("\u00a0", " ") == original
    if noise == Noise():
        assert data == original.encode("utf-8")


def test_noise_makes_non_breaking_spaces_outside_xml_tags_only() -> None:
    text = '<item a="1 2">x y z</item>'
    noisy = Noise(nbsp=frozenset(range(10))).perturb(text)
    assert noisy == '<item a="1 2">x\u00a0y\u00a0z</item>'


def test_noise_keeps_xml_tags_and_entities_and_puts_no_form_feed_in_xml() -> None:
    text = '<item a="1 2">x&amp;y z</item>\n<b>t</b>'
    noisy = Noise(
        invisibles=frozenset(range(40)), separators=frozenset(range(9)), page_breaks=frozenset({1})
    ).perturb(text)
    assert "\f" not in noisy
    assert "\u2028" in noisy and "\u200b" in noisy
    for kept in ('<item a="1 2">', "&amp;", "</item>", "<b>", "</b>"):
        assert kept in noisy
    assert normalise_text(noisy) == text


def test_noise_starts_pages_with_form_feeds_in_text() -> None:
    noisy = Noise(page_breaks=frozenset({1, 3})).perturb("a\nb\nc\nd")
    assert noisy == "a\n\fb\nc\n\fd\f"


FEATURES: dict[str, tuple[SourceFormat, Callable[[Bulletin], bool]]] = {
    "print digest with sections": (SourceFormat.PRINT_TEXT, lambda b: bool(b.sections)),
    "print digest without sections": (SourceFormat.PRINT_TEXT, lambda b: not b.sections),
    "web digest with sections": (SourceFormat.WEB_TEXT, lambda b: bool(b.sections)),
    "two-digit TOC numbers": (SourceFormat.WEB_TEXT, lambda b: len(b.toc) >= 10),
    "a page break": (
        SourceFormat.PRINT_TEXT,
        lambda b: any(p.breaks for a in b.articles for p in a.paragraphs),
    ),
    "a title truncated with an ellipsis": (
        SourceFormat.PRINT_TEXT,
        lambda b: any(a.title.endswith("…") for a in b.articles),
    ),
    "a citation across a new year": (
        SourceFormat.PRINT_TEXT,
        lambda b: any(a.citation and a.citation.date_text.startswith("31/12") for a in b.articles),
    ),
    "a feed without items": (SourceFormat.FEED_TEXT, lambda b: not b.articles),
    "a feed dated at +0700": (
        SourceFormat.FEED_XML,
        lambda b: b.issue_date_text.endswith("+0700"),
    ),
    "an image caption": (
        SourceFormat.FEED_XML,
        lambda b: any("Ảnh: " in p.text for a in b.articles for p in a.paragraphs),
    ),
}


@pytest.mark.parametrize("feature", list(FEATURES))
def test_the_strategies_reach(feature: str) -> None:
    source_format, has_it = FEATURES[feature]
    quick = settings(max_examples=1000, phases=[Phase.generate], database=None, derandomize=True)
    assert has_it(find(bulletins(source_format), has_it, settings=quick))
