"""What WordPress and its SEO plugins add to a feed's items is left out: a footer naming the post
and the site ("The post X appeared first on Y.", "Bài viết X xuất hiện đầu tiên vào ngày Y."), a
"read more" link whose screen-reader text repeats the title, an excerpt's "[…]". The feed reads as
it was written without them, at the lines its parts moved to, so no figure of a title is counted
twice."""

from __future__ import annotations

from collections import Counter

from hypothesis import assume, given

from bantin.datasets.synthetic import Rendered
from bantin.model import SourceFormat
from tests.properties.relaid import read_alike, relaid
from tests.strategies import syndication_furniture

#: XML drawn four times as often as text: one of its four dialects only is WordPress's.
_WORDPRESS_LIKELY = (*[SourceFormat.FEED_XML] * 4, SourceFormat.FEED_TEXT)


@given(furnished=relaid(_WORDPRESS_LIKELY, syndication_furniture))
def test_syndication_furniture_is_left_out(
    furnished: tuple[Rendered, tuple[str, dict[int, int]]], law_counts: Counter[str]
) -> None:
    rendered, (text, moved) = furnished
    assume(moved)  # a feed WordPress did not write (Atom, RSS 1.0, a news site's) gets none
    name = "feed.xml" if rendered.bulletin.source_format is SourceFormat.FEED_XML else "feed.txt"
    got = read_alike(text, rendered, moved, name)
    law_counts[f"1 round trip: {got.source_format.value} with syndication furniture"] += 1
