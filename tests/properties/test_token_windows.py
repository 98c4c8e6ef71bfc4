"""The tokenizer's cheap end-of-window tests never turn away a window its full search would read:
a qualifier ("trên 45%") or a rank word ("xếp thứ 12/63") is found exactly as before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bantin.parsers import lexicon as L
from bantin.parsers import tokens as T

_PIECES = st.one_of(
    st.sampled_from([*L.QUALIFIERS, *L.RANK_WORDS, *L.COMPARATIVES]),
    st.sampled_from([w.upper() for w in (*L.QUALIFIERS, *L.RANK_WORDS)]),
    st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2003", ",", "x", "5", "ſ"]),
    st.text(max_size=4),
)
_WINDOWS = st.lists(_PIECES, max_size=8).map("".join)


@given(_WINDOWS)
def test_qualifier_test_keeps_every_window_the_search_reads(left: str) -> None:
    if T._QUALIFIER_RE.search(left) is not None:
        assert T._QUALIFIER_END_RE.search(left.rstrip()[-T._QUALIFIER_END_LEN :]) is not None


@given(_WINDOWS)
def test_rank_test_keeps_every_window_the_search_reads(left: str) -> None:
    if T._RANK_RE.search(left) is not None:
        assert T._RANK_END_RE.search(left.rstrip()[-T._RANK_END_LEN :]) is not None


def test_a_bound_and_a_rank_are_still_read() -> None:
    assert T._qualifier("tỷ lệ đạt trên ") == "more_than"
    assert T._qualifier("cao hơn ") is None  # compares, does not bound
    assert T._qualifier("Tổng cộng ") is None
    (rank,) = [t for t in T.read_tokens("Tỉnh xếp thứ 12/63 cả nước") if t.kind == "rank"]
    assert (rank.numerator, rank.denominator) == (12, 63)
