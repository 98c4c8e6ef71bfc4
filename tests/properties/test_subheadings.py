"""A subheading in sentence case between an article's paragraphs ("Nhiều kết quả tích cực", a blank
line after it) is a paragraph of its own: never glued to the sentence after it, as a paragraph a
page break split is rejoined."""

from __future__ import annotations

from collections import Counter

from hypothesis import given

from bantin.datasets.synthetic import Rendered
from bantin.parsers import parse_text
from bantin.validators.run import validate_bulletins
from tests.properties.relaid import DIGESTS, relaid
from tests.strategies import SUBHEADINGS, subheadings_inserted


@given(inserted=relaid(DIGESTS, subheadings_inserted))
def test_a_subheading_is_a_paragraph_of_its_own(
    inserted: tuple[Rendered, tuple[str, dict[int, int]]], law_counts: Counter[str]
) -> None:
    rendered, (text, chosen) = inserted
    got = parse_text(text, "subheadings.txt")
    want = rendered.bulletin
    assert len(got.articles) == len(want.articles)
    for index, (read, printed) in enumerate(zip(got.articles, want.articles, strict=True)):
        texts = [p.text for p in printed.paragraphs]
        if index in chosen:
            subheading = read.paragraphs[chosen[index]].text
            assert subheading in SUBHEADINGS
            texts.insert(chosen[index], subheading)
        assert [p.text for p in read.paragraphs] == texts
        assert read.citation == printed.citation or read.citation is not None
    assert [f.rule for f in validate_bulletins([got])] == [
        f.rule for f in validate_bulletins([parse_text(rendered.text, "subheadings.txt")])
    ]
    law_counts[f"1 round trip: {want.source_format.value} with subheadings"] += 1
