"""Asking whether texts name some provinces finds what reading them all finds, also for names
in lower case after the word for a province ("tỉnh lào cai"), which are looked for by their bare
lower-case name and read with the word before them; and for names printed many times in lists
of stretches, whose cuts are looked for from the last stretch read."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers.places import provinces_named_among, provinces_named_in_any

_PIECES = st.one_of(
    st.sampled_from(["tỉnh", "Tỉnh", "thành phố", "tp", "TP.", "xã", "các", "phường", "chị"]),
    st.sampled_from(["lào cai", "Lào cai", "Lào Cai", "hòa bình", "hoà bình", "Hà Giang", "hcm"]),
    st.sampled_from([" ", ", ", ",", "¶", "\n", " và ", "  ", ".", "x"]),
)
_TEXTS = st.lists(st.lists(_PIECES, max_size=10).map("".join), max_size=4)
_ASKED = ["Lào Cai", "Hòa Bình", "Hà Giang", "TP. Hồ Chí Minh"]


@given(_TEXTS)
@example(["tỉnh lào cai, lào cai, tỉnh hòa bình", "xã Lào Cai, tỉnh lào cai"])
@example(["lào cai, lào cai, Tỉnh lào cai", "các xã, phường hòa bình, tỉnh hoà bình"])
def test_asking_for_some_provinces_finds_what_the_whole_pass_finds(texts: list[str]) -> None:
    assert provinces_named_among(texts, _ASKED) == provinces_named_in_any(texts) & set(_ASKED)
