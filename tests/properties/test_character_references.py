"""A flattened feed printed with its HTML character references undecoded ("&#8220;Một cửa&#8221;",
"&#7871;", "&amp;") reads as the feed it flattens: every title and paragraph as written, at its
line."""

from __future__ import annotations

from collections import Counter

from hypothesis import given

from bantin.datasets.synthetic import Rendered
from bantin.model import SourceFormat
from tests.properties.relaid import read_alike, relaid
from tests.strategies import comments_open, text_as_references


@given(referenced=relaid((SourceFormat.FEED_TEXT,), text_as_references))
def test_character_references_in_a_flattened_feed_are_resolved(
    referenced: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    rendered, text = referenced
    read_alike(text, rendered, {}, "feed.txt")  # every title and paragraph at its line
    law_counts["1 round trip: feed_text with character references"] += 1


@given(commented=relaid((SourceFormat.FEED_TEXT,), comments_open))
def test_a_flattened_feed_of_a_site_with_comments_open_reads_alike(
    commented: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """Each item's comments link after its link, and its comments feed and count after its
    "]]>", are neither title, date nor text: the feed reads as it was written."""
    rendered, text = commented
    read_alike(text, rendered, {}, "feed.txt")
    law_counts["1 round trip: feed_text with comments open"] += 1
