"""Law 1: parsing what a renderer wrote gives back the same model, lines included, through any noise."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections import Counter

import pytest
from hypothesis import example, given

from bantin.datasets.synthetic import Rendered, generate_bulletin, render
from bantin.errors import UnreadableSource
from bantin.model import Bulletin, Paragraph, SourceFormat
from bantin.parsers import parse_bytes, parse_text
from tests.properties.examples import empty_issue, leap_day_issue, new_year_issue
from tests.strategies import Noise, rendered_bulletins, rendering_noise

FORMATS = tuple(SourceFormat)


def first_difference(got: Bulletin, expected: Bulletin) -> str:
    """The first field (or element) where two bulletins differ, for a readable failure."""
    for field in dataclasses.fields(Bulletin):
        a, b = getattr(got, field.name), getattr(expected, field.name)
        if a == b:
            continue
        if isinstance(a, tuple) and isinstance(b, tuple):
            for index, (x, y) in enumerate(zip(a, b, strict=False)):
                if x != y:
                    return f"{field.name}[{index}]:\n  parsed   {x!r}\n  rendered {y!r}"
            return f"{field.name}: {len(a)} parsed, {len(b)} rendered"
        return f"{field.name}:\n  parsed   {a!r}\n  rendered {b!r}"
    return "no difference"


def assert_same(got: Bulletin, expected: Bulletin) -> None:
    assert got == expected, first_difference(got, expected)


@pytest.mark.parametrize("source_format", FORMATS, ids=str)
def test_parse_gives_back_the_rendered_bulletin(
    source_format: SourceFormat, law_counts: Counter[str]
) -> None:
    # A new-year issue citing the old year ("31/12" in an issue of 02/01) and a leap day.
    @given(rendered=rendered_bulletins(source_format))
    @example(rendered=new_year_issue(source_format))
    @example(rendered=leap_day_issue(source_format))
    def law(rendered: Rendered) -> None:
        assert_same(parse_text(rendered.text, "generated.txt"), rendered.bulletin)
        law_counts[f"1 round trip: {source_format}"] += 1

    law()


@pytest.mark.parametrize("source_format", FORMATS, ids=str)
def test_parse_absorbs_rendering_noise(
    source_format: SourceFormat, law_counts: Counter[str]
) -> None:
    @given(rendered=rendered_bulletins(source_format), noise=rendering_noise())
    @example(rendered=new_year_issue(source_format), noise=Noise(nfd=True))
    @example(
        rendered=new_year_issue(source_format),
        noise=Noise(nbsp=frozenset(range(0, 500, 3)), crlf=True, encoding="utf-16-le"),
    )
    @example(rendered=leap_day_issue(source_format), noise=Noise(encoding="cp1258"))
    # What text extraction leaves behind: page-start form feeds, U+2028/U+2029, soft hyphens,
    # zero-width spaces, word joiners and variation selectors inside words, numbers and dates.
    @example(
        rendered=new_year_issue(source_format),
        noise=Noise(
            separators=frozenset(range(0, 500, 7)),
            invisibles=frozenset(range(0, 5000, 13)),
            page_breaks=frozenset(range(0, 500, 11)),
            crlf=True,
        ),
    )
    @example(
        rendered=leap_day_issue(source_format),
        noise=Noise(
            nfd=True,
            invisibles=frozenset(range(0, 5000, 17)),
            page_breaks=frozenset({3, 9}),
            encoding="cp1258",
        ),
    )
    # A word processor's hyphens and an input method's full-width percent sign, everywhere.
    @example(
        rendered=new_year_issue(source_format),
        noise=Noise(variants=frozenset(range(500)), encoding="utf-16-be-bom"),
    )
    @example(rendered=empty_issue(source_format), noise=Noise(encoding="cp1258"))
    def law(rendered: Rendered, noise: Noise) -> None:
        try:
            parsed = parse_bytes(noise(rendered.text), "noisy.txt")
        except UnreadableSource as error:
            # A legacy encoding is guessed only when the text is unmistakably Vietnamese: it may
            # be refused (a bulletin with almost no Vietnamese letters), never decoded wrongly.
            assert noise.encoding == "cp1258", error
            law_counts[f"1 round trip with noise: {source_format} (cp1258 refused)"] += 1
            return
        assert_same(parsed.bulletin, rendered.bulletin)
        law_counts[f"1 round trip with noise: {source_format}"] += 1

    law()


def _edited(source_format: SourceFormat, **changes: object) -> Rendered:
    bulletin = generate_bulletin(random.Random(1), source_format, dt.date(2024, 6, 3))
    return render(dataclasses.replace(bulletin, **changes))


# Pinned boundary cases; each was a bug the laws found (fixed in 9ef8f53).
@pytest.mark.parametrize("source_format", [SourceFormat.FEED_TEXT, SourceFormat.FEED_XML], ids=str)
def test_a_feed_without_items_round_trips(source_format: SourceFormat) -> None:
    rendered = _edited(source_format, articles=())
    assert_same(parse_text(rendered.text, "empty.txt"), rendered.bulletin)


@pytest.mark.parametrize("source_format", [SourceFormat.PRINT_TEXT, SourceFormat.WEB_TEXT], ids=str)
def test_a_digest_without_articles_round_trips(source_format: SourceFormat) -> None:
    rendered = _edited(source_format, articles=(), toc=(), sections=())
    assert_same(parse_text(rendered.text, "empty.txt"), rendered.bulletin)


@pytest.mark.parametrize("source_format", [SourceFormat.PRINT_TEXT, SourceFormat.WEB_TEXT], ids=str)
def test_a_toc_title_ending_with_an_ellipsis_keeps_it(source_format: SourceFormat) -> None:
    bulletin = generate_bulletin(random.Random(2), source_format, dt.date(2024, 6, 3))
    title = bulletin.articles[0].title + "…"
    rendered = render(
        dataclasses.replace(
            bulletin,
            articles=(
                dataclasses.replace(bulletin.articles[0], title=title),
                *bulletin.articles[1:],
            ),
            toc=(dataclasses.replace(bulletin.toc[0], title=title), *bulletin.toc[1:]),
        )
    )
    assert_same(parse_text(rendered.text, "ellipsis.txt"), rendered.bulletin)


@pytest.mark.parametrize("source_format", [SourceFormat.FEED_TEXT, SourceFormat.FEED_XML], ids=str)
def test_an_item_with_the_same_caption_twice_round_trips(source_format: SourceFormat) -> None:
    bulletin = generate_bulletin(random.Random(1), source_format, dt.date(2024, 6, 3))
    item = bulletin.articles[0]
    caption = Paragraph("Người dân tra cứu thông tin trên Cổng Dịch vụ công. Ảnh: Thu Trang.", 0)
    lead = item.paragraphs[0]
    item = dataclasses.replace(item, paragraphs=(lead, caption, lead, caption))
    rendered = render(dataclasses.replace(bulletin, articles=(item, *bulletin.articles[1:])))
    assert_same(parse_text(rendered.text, "captions.xml"), rendered.bulletin)
