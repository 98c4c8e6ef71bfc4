"""Reading an article body's provinces in one pass finds what reading each paragraph finds: no
name spans two paragraphs, and each paragraph keeps its own spacing, dashes and word edges; and
matching a text as printed finds what matching its tight form finds."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers import places
from bantin.parsers.places import (
    PROVINCES,
    provinces_named_among,
    provinces_named_in,
    provinces_named_in_any,
    provinces_named_in_each,
)

_PIECES = st.one_of(
    st.sampled_from(["Hà", "Nội", "Hà Nội", "Thái Bình", "Dương", "Bà Rịa", "Vũng Tàu", "TP.HCM"]),
    st.sampled_from(["Thừa Thiên", "Huế", "Hoà Bình", "Đắk Lắk", "TP", "Hồ Chí Minh", "Kon Tum"]),
    st.sampled_from(
        [" ", "  ", "\n", "\t", "\r", "\u00a0", "\u2003", "-", " - ", "–", ",", "x", "5", "\x00"]
    ),
    st.text(max_size=3),
)
_TEXTS = st.lists(st.lists(_PIECES, max_size=8).map("".join), max_size=4)


@given(_TEXTS)
def test_one_pass_over_the_paragraphs_finds_what_each_finds(texts: list[str]) -> None:
    each = {name for text in texts for name in provinces_named_in(text)}
    assert provinces_named_in_any(texts) == each


@given(_TEXTS)
@example(["Thái Bình Dương", "Hà Nội ¶ Huế", "Huế", "", "Hoa\u0300 Bình"])
def test_one_pass_over_the_titles_finds_what_each_finds_in_order(texts: list[str]) -> None:
    assert provinces_named_in_each(texts) == [provinces_named_in(text) for text in texts]


_NAMES = st.lists(st.sampled_from([p.name for p in PROVINCES]), max_size=4)


@given(_TEXTS, _NAMES)
@example(["Hà  Nội", "Hoa\u0300 Bình ¶ x", "Huế"], ["Hà Nội", "Hòa Bình", "Huế", "Cà Mau"])
@example(["Thái Bình Dương ¶ Thái Bình"], ["Thái Bình", "Bình Dương"])
@example(["Thái Bình,Dương, Thái Bình Dương", "Huế,Huế"], ["Thái Bình", "Bình Dương", "Huế"])
def test_asking_for_some_provinces_finds_what_the_whole_pass_finds(
    texts: list[str], names: list[str]
) -> None:
    assert provinces_named_among(texts, names) == provinces_named_in_any(texts) & set(names)


def test_no_spelling_holds_a_cut() -> None:
    # provinces_named_among reads the stretch between two cuts around a spelling: exact only if
    # no name spans a cut.
    spellings = places._gazetteer().names
    assert not [s for s in spellings if any(cut in s for cut in places._CUTS)]


def test_a_province_is_named_only_where_no_longer_name_takes_its_words() -> None:
    texts = ["Thái Bình Dương rộng lớn", "về Thừa Thiên Huế"]
    assert provinces_named_among(texts, ["Thái Bình", "Bình Dương", "Huế"]) == {"Huế"}
    assert provinces_named_among([*texts, "tỉnh Thái Bình"], ["Thái Bình"]) == {"Thái Bình"}


def test_a_name_split_between_paragraphs_is_no_mention() -> None:
    assert provinces_named_in_any(["Tỉnh Hà", "Nội dung"]) == set()
    assert provinces_named_in_any(["Sở Tư pháp Hà Nội", "Đà Nẵng\u00a0", "  Huế"]) == {
        "Hà Nội",
        "Đà Nẵng",
        "Huế",
    }


def _plain_tight(text: str) -> str:
    """What ``places._tight`` must give, written the plain way."""
    text = unicodedata.normalize("NFC", text)
    if any(loose in text for loose in ("  ", "\n", "\t", "\r", "\f", "\v")):
        text = " ".join(text.split())
    for dash in "‐‑‒–—":
        text = text.replace(dash, "-")
    return text.replace(" -", "-").replace("- ", "-")


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_the_matched_form_is_the_plain_one(text: str) -> None:
    assert places._tight(text) == _plain_tight(text)


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_a_spaced_dash_is_matched_without_rewriting_the_text(text: str) -> None:
    # Every dash, spaced or not, is a spelling of its own: the text is matched as printed and
    # finds what its tight form (one bare "-" for any dash) finds.
    assert provinces_named_in(text) == places._named_in(places._tight(text))


def test_a_dashed_name_is_read_however_its_dash_is_spaced() -> None:
    for dash in ("-", " - ", " -", "- ", "\u2013", " \u2014 "):
        assert provinces_named_in(f"tỉnh Bà Rịa{dash}Vũng Tàu") == ["Bà Rịa - Vũng Tàu"], dash
    assert provinces_named_in("BR - VT, Thừa Thiên – Huế") == ["Bà Rịa - Vũng Tàu", "Huế"]
    assert provinces_named_in("Bà Rịa -- Vũng Tàu") == []


def test_a_name_broken_across_lines_is_read() -> None:
    assert provinces_named_in("Sở Tư pháp Hà\nNội, Thừa Thiên\tHuế") == ["Hà Nội", "Huế"]
