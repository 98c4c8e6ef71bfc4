"""The rules' cheap paths (a substring search before a regex, facts the scan shares) give exactly
what the plain definitions give, on text built to hit their edges."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.model import Bulletin, Paragraph
from bantin.parsers import lexicon as L
from bantin.parsers.figures import figure_tokens
from bantin.parsers.mentions import dates_in
from bantin.parsers.scan import Scan
from bantin.parsers.tokens import FIGURE_KINDS, tokenize
from bantin.validators.percentages import (
    _IMPLIED_OPENER_RE,
    _OPENER_REACH,
    _dot_decimal,
    _has_opener,
)
from tests.strategies import bulletins

#: Pieces of the text before a stated percentage: openers, the words an opener may hold (in
#: both cases), qualifiers, other words and numbers.
_OPENER_PIECES = st.sampled_from(
    [
        "(",
        ",",
        " ",
        "  ",
        "\n",
        "đạt",
        "ĐẠT",
        "chiếm",
        "tỷ lệ",
        "Tỉ lệ",
        *L.QUALIFIERS,
        "hồ sơ",
        "x",
        "5",
        "1.200",
        ")",
        "%",
    ]
)
_OPENER_TEXTS = st.lists(_OPENER_PIECES, max_size=30).map("".join)


@given(_OPENER_TEXTS, st.integers(min_value=0, max_value=200))
@example("(đạt tỷ lệ ", 11)
@example("a" * 39 + "(đạt ", 44)
@example("(" + "x" * 60 + ", khoảng ", 70)
def test_the_opener_test_is_the_search(text: str, end: int) -> None:
    end = min(end, len(text))
    searched = _IMPLIED_OPENER_RE.search(text, max(0, end - _OPENER_REACH), end)
    assert _has_opener(text, end) == (searched is not None)


def test_no_opener_word_holds_what_opens_an_opener() -> None:
    """What ``_has_opener`` relies on: an opener's words hold no "(" nor ","."""
    for word in ("đạt", "chiếm", "tỷ lệ", "tỉ lệ", *L.QUALIFIERS):
        assert "(" not in word and "," not in word


@given(bulletin=bulletins())
def test_the_walk_finds_every_paragraphs_figures_and_dates_in_reading_order(
    bulletin: Bulletin,
) -> None:
    # With a dot-decimal percentage written in too (generated bulletins print none).
    for scanned in filter(None, (bulletin, _dot_decimal(bulletin))):
        _assert_the_walk_is_the_paragraphs(scanned)


def _assert_the_walk_is_the_paragraphs(bulletin: Bulletin) -> None:
    scan = Scan(bulletin)
    # Each article's title first (the rules read its figures where it is printed), then its
    # paragraphs.
    walked = [
        (index, paragraph, figure)
        for index, article in enumerate(bulletin.articles)
        for paragraph, found in [
            (Paragraph(article.title, article.title_line), figure_tokens(tokenize(article.title))),
            *zip(article.paragraphs, scan.figures[index], strict=True),
        ]
        for figure in found
    ]
    # One walk finds each paragraph's figures and dates: what reading each paragraph finds.
    tokens = scan.paragraph_tokens
    assert scan.figures == tuple(tuple(map(figure_tokens, t)) for t in tokens)
    assert scan.paragraph_dates == tuple(tuple(map(dates_in, t)) for t in tokens)
    assert list(scan.dot_decimal_figures) == [p for p in walked if p[2].dot_decimal]
    for kind in FIGURE_KINDS:
        assert list(scan.placed_figures_of(kind)) == [p for p in walked if p[2].kind == kind]
