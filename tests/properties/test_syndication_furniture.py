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
from tests.strategies import descriptions_before_content, syndication_furniture

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


@given(described=relaid((SourceFormat.FEED_TEXT,), descriptions_before_content))
def test_an_items_description_before_its_content_is_left_out(
    described: tuple[Rendered, tuple[str, dict[int, int]]], law_counts: Counter[str]
) -> None:
    """A flattened item whose description (Yoast's footer, maybe after the excerpt) and its
    "]]>" come before its content reads as the item without it: no excerpt's figure is counted
    twice, and the content is at the lines it moved to."""
    rendered, (text, moved) = described
    assume(text != rendered.text)  # a feed without items has no description
    read_alike(text, rendered, moved, "feed.txt")
    law_counts["1 round trip: feed_text, descriptions before content"] += 1
