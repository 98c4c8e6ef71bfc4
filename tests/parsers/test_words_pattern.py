"""The tree of words that ``words_pattern`` writes matches what the flat alternation matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bantin.parsers import lexicon as L

_LISTS = [
    list(L.QUALIFIERS),
    list(L.COUNT_NOUNS),
    list(L.COUNT_ABBREVIATIONS),
    list(L.RANK_WORDS),
    list(L.DATE_WORDS),
    list(L.ADDRESS_WORDS),
    list(L.STREET_WORDS),
    list(L.PHRASE_VERBS),
]
#: Words that share beginnings, differ in case only, or are one letter apart, as no list above has.
_MADE_UP = st.lists(
    st.lists(st.sampled_from(["a", "ab", "A", "b", "ſ", "s", "S", "đ", "Đ", "ơn"]), min_size=1).map(
        " ".join
    ),
    min_size=1,
    max_size=6,
)
_WORD_LISTS = st.one_of(st.sampled_from(_LISTS), _MADE_UP)
_FOLLOWING = ["", r"(?!\w)", r"\s*$", r"\s+x", r"\s*/"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    pieces = st.one_of(
        st.sampled_from(words),
        st.sampled_from([w.upper() for w in words]),
        st.sampled_from([" ", "  ", "\n", "x", "/", "5", "ſ", "s"]),
        st.sampled_from(words).map(lambda w: w[: len(w) // 2]),
    )
    return st.lists(pieces, max_size=6).map("".join)


def _assert_agree(words: list[str], ignore_case: bool, text: str) -> None:
    for following in _FOLLOWING:
        tree = re.compile(L.words_pattern(words, ignore_case=ignore_case) + following)
        flat = re.compile(L.plain_words_pattern(words, ignore_case=ignore_case) + following)
        for pos in range(len(text) + 1):
            found, expected = tree.match(text, pos), flat.match(text, pos)
            assert (found and found.span()) == (expected and expected.span())


@given(st.data(), _WORD_LISTS, st.booleans())
def test_the_tree_matches_what_the_flat_alternation_matches(
    data: st.DataObject, words: list[str], ignore_case: bool
) -> None:
    _assert_agree(words, ignore_case, data.draw(_texts(words)))


def test_longer_words_win_and_case_variants_keep_the_flat_order() -> None:
    _assert_agree(list(L.COUNT_NOUNS), True, "thủ tục  hành chính x, thủ tục/, THỊ XÃ")
    _assert_agree(["Tăng cường", "tăng", "tăng cường mạnh"], True, "tăng cường thêm")
    _assert_agree(["ſa", "sa b", "s"], True, "sa b, Sa, ſa b")


def test_the_lists_are_written_as_trees() -> None:
    # Not the flat alternation: the test above then holds the tree itself.
    for words in _LISTS:
        assert L.words_pattern(words) != L.plain_words_pattern(words)
