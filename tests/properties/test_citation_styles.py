"""A digest whose source notes are printed in other styles ("(Theo Outlet D/M)", "(Outlet - D/M)",
"(Outlet, ngày D/M, Author)", "(Outlet D/M; Author)", "(Outlet D/M - Author)", a full stop after
the note, the day printed "D-M" or "D.M") and its authors credited as news pages do ("Bài, ảnh:
Thu Hà", "Thu Hà (tổng hợp)", a photographer who is no author: "; ảnh: Minh Tú") reads as the
renderer's: the same outlet, date (as printed) and authors, on the same lines, and no note is left
in a paragraph."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from hypothesis import given

from bantin.datasets.synthetic import Rendered
from bantin.model import Citation
from bantin.parsers import parse_text
from tests.properties.relaid import DIGESTS, relaid
from tests.strategies import cited_otherwise, cited_without_day


def _slashed(citation: Citation | None) -> Citation | None:
    """``citation`` with its date printed as the renderer prints it, "D/M"."""
    if citation is None:
        return None
    return replace(citation, date_text=re.sub(r"[.-]", "/", citation.date_text))


@given(cited=relaid(DIGESTS, cited_otherwise))
def test_a_source_note_in_any_style_reads_as_the_renderers(
    cited: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    rendered, text = cited
    got = parse_text(text, "cited.txt")
    want = rendered.bulletin
    assert [_slashed(a.citation) for a in got.articles] == [a.citation for a in want.articles]
    assert [a.paragraphs for a in got.articles] == [a.paragraphs for a in want.articles]
    law_counts[f"1 round trip: {want.source_format.value} source notes in other styles"] += 1


@given(cited=relaid(DIGESTS, cited_without_day))
def test_a_source_note_framed_without_a_day_reads_with_an_empty_one(
    cited: tuple[Rendered, str], law_counts: Counter[str]
) -> None:
    """ "(Theo Outlet, Author)", "(Nguồn: Outlet)": the same outlet and authors, no day, and no
    note left in a paragraph (nor an article.no-citation for it)."""
    rendered, text = cited
    got = parse_text(text, "dateless.txt")
    want = rendered.bulletin
    assert [a.citation for a in got.articles] == [
        None if a.citation is None else replace(a.citation, date_text="") for a in want.articles
    ]
    assert [a.paragraphs for a in got.articles] == [a.paragraphs for a in want.articles]
    law_counts[f"1 round trip: {want.source_format.value} source notes without a day"] += 1
