"""What WordPress and its SEO plugins add to a feed's items is left out: a footer naming the post
and the site ("The post X appeared first on Y.", "Bài viết X xuất hiện đầu tiên vào ngày Y."), a
"read more" link whose screen-reader text repeats the title, an excerpt's "[…]". The feed reads as
it was written without them, at the lines its parts moved to, so no figure of a title is counted
twice."""

from __future__ import annotations

from collections import Counter

from hypothesis import assume, given
from hypothesis import strategies as st

from bantin.datasets.synthetic import Rendered
from bantin.model import SourceFormat
from bantin.parsers import parse_text
from tests.properties.faults import bare
from tests.strategies import rendered_bulletins, syndication_furniture


@st.composite
def _furnished(draw: st.DrawFn) -> tuple[Rendered, str, dict[int, int]]:
    fmt = draw(st.sampled_from([SourceFormat.FEED_XML, SourceFormat.FEED_TEXT]))
    rendered = draw(rendered_bulletins(fmt))
    text, moved = draw(syndication_furniture(rendered))
    assume(moved)  # a feed WordPress did not write (Atom, RSS 1.0, a news site's) gets none
    return rendered, text, moved


@given(furnished=_furnished())
def test_syndication_furniture_is_left_out(
    furnished: tuple[Rendered, str, dict[int, int]], law_counts: Counter[str]
) -> None:
    rendered, text, moved = furnished
    name = "feed.xml" if rendered.bulletin.source_format is SourceFormat.FEED_XML else "feed.txt"
    got = parse_text(text, name)
    want = rendered.bulletin
    assert bare(got) == bare(want)

    def at(line: int) -> int:
        return moved.get(line, line)

    assert [a.title_line for a in got.articles] == [at(a.title_line) for a in want.articles]
    assert [[p.line for p in a.paragraphs] for a in got.articles] == [
        [at(p.line) for p in a.paragraphs] for a in want.articles
    ]
    law_counts[f"1 round trip: {want.source_format.value} with syndication furniture"] += 1
