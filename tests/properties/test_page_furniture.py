"""A page's furniture inside an article (its number, the digest's title as the next page's running
head) is left out: the digest reads as it was printed without it, at the lines its parts moved
to, and no page number or head is ever joined to a paragraph."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from bantin.datasets.synthetic import Rendered
from bantin.model import SourceFormat
from bantin.parsers import parse_text
from tests.properties.faults import bare
from tests.strategies import page_furniture, rendered_bulletins


@st.composite
def _furnished(draw: st.DrawFn) -> tuple[Rendered, str, dict[int, int]]:
    fmt = draw(st.sampled_from([SourceFormat.PRINT_TEXT, SourceFormat.WEB_TEXT]))
    rendered = draw(rendered_bulletins(fmt))
    text, moved = draw(page_furniture(rendered))
    return rendered, text, moved


@given(furnished=_furnished())
def test_page_furniture_inside_an_article_is_left_out(
    furnished: tuple[Rendered, str, dict[int, int]], law_counts: Counter[str]
) -> None:
    rendered, text, moved = furnished
    got = parse_text(text, "furnished.txt")
    want = rendered.bulletin
    assert bare(got) == bare(want)

    def at(line: int) -> int:
        return moved.get(line, line)

    assert [a.title_line for a in got.articles] == [at(a.title_line) for a in want.articles]
    assert [[p.line for p in a.paragraphs] for a in got.articles] == [
        [at(p.line) for p in a.paragraphs] for a in want.articles
    ]
    assert [[p.breaks for p in a.paragraphs] for a in got.articles] == [
        [tuple((offset, at(line)) for offset, line in p.breaks) for p in a.paragraphs]
        for a in want.articles
    ]
    law_counts[f"1 round trip: {want.source_format.value} with page furniture"] += 1
