"""A digest whose source notes are printed in other styles ("(Theo Outlet D/M)", "(Outlet - D/M)",
"(Outlet, ngày D/M, Author)", "(Outlet D/M; Author)", "(Outlet D/M - Author)", a full stop after
the note) reads as the renderer's: the same outlet, date and authors, on the same lines, and no
note is left in a paragraph."""

from __future__ import annotations

from collections import Counter

from hypothesis import given

from bantin.datasets.synthetic import Rendered
from bantin.parsers import parse_text
from tests.properties.relaid import DIGESTS, relaid
from tests.strategies import cited_otherwise


@given(cited=relaid(DIGESTS, cited_otherwise))
def test_a_source_note_in_any_style_reads_as_the_renderers(
    cited: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    rendered, text = cited
    got = parse_text(text, "cited.txt")
    want = rendered.bulletin
    assert [a.citation for a in got.articles] == [a.citation for a in want.articles]
    assert [a.paragraphs for a in got.articles] == [a.paragraphs for a in want.articles]
    law_counts[f"1 round trip: {want.source_format.value} source notes in other styles"] += 1
