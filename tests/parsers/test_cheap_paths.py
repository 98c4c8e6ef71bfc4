"""The parsers' cheap paths (whole-text cleaning, substring tests before a regex) give exactly what
the plain per-line definitions give, on text built to hit their edges."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers.digest import (
    _PAGE_AFTER_LEADER_RE,
    _PAGE_AFTER_TAB_RE,
    BACK_TO_TOP_RE,
    BACK_TO_TOP_WORDS,
    split_page,
)
from bantin.parsers.text import DOT_LEADER_RE, clean_line, clean_lines

#: Pieces that meet at line ends: combining marks (which NFC composes with the letter before
#: them), letters they compose with, Hangul jamo (which compose with each other), carriage
#: returns, the non-breaking spaces, tabs, and Vietnamese words.
_PIECES = st.sampled_from(
    [
        "\n",
        "\r",
        "\r\n",
        " ",
        "\t",
        "\u00a0",
        "\u202f",
        "\u2007",
        "\ufeff",
        "e",
        "A",
        "\u0301",
        "\u0302",
        "\u0323",
        "\u0309",
        "\u1100",
        "\u1161",
        "\u11a8",
        "Tiếng Việt",
        "tie\u0302\u0301ng",
        "\u0110",
        ".",
        "…",
        "7",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@given(_TEXTS)
@example("e\n\u0301")
@example("e\r\u0301\n\u1100\n\u1161")
@example("a\u00a0\n\u202f")
def test_whole_text_cleaning_is_the_per_line_cleaning(text: str) -> None:
    assert clean_lines(text) == [clean_line(raw) for raw in text.split("\n")]


def _split_page_by_regexes(rest: str) -> tuple[str, int | None]:
    """The definition: each pattern tried on every line, no substring test first."""
    for pattern in (_PAGE_AFTER_TAB_RE, _PAGE_AFTER_LEADER_RE):
        match = pattern.match(rest)
        if match:
            return match["title"].strip(), int(match["page"])
    return DOT_LEADER_RE.sub("", rest).strip(), None


_TOC_PIECES = st.sampled_from(
    ["Cải cách", " ", "\t", ".", "..", "…", "……", "7", "12", "٣", "x", ".\t", " …. "]
)


@given(st.lists(_TOC_PIECES, max_size=12).map("".join))
@example("Tiêu đề .....\t12")
@example("Tiêu đề ……… 7")
@example("Tiêu đề …")
@example("Tiêu đề\t٣")
def test_split_page_is_the_regex_definition(rest: str) -> None:
    assert split_page(rest) == _split_page_by_regexes(rest)


def test_every_letter_the_back_to_top_link_ignores_the_case_of_lowers_to_the_words() -> None:
    # BACK_TO_TOP_RE matches its words ignoring case; parse_body looks for them in the lowered
    # line before running it. That is exact when every code point the regex takes for one of
    # the letters lowers to that letter.
    everything = "".join(map(chr, range(0x110000))).replace("\n", "")
    for letter in set(BACK_TO_TOP_WORDS):
        taken = re.findall(re.escape(letter), everything, re.IGNORECASE)
        assert {char.lower() for char in taken} == {letter}


_LINK_PIECES = st.sampled_from(
    ["Về", "VỀ", "vỀ", " ", "đầu", "ĐẦU", "Đầu", "trang", "TRANG", "tRaNg", "[", "]", "(#)", "./."]
)


def _back_to_top(text: str) -> tuple[int, int] | None:
    """Where parse_body finds the link: the words test, then the regex."""
    found = BACK_TO_TOP_RE.search(text) if BACK_TO_TOP_WORDS in text.lower() else None
    return found.span() if found else None


@given(st.lists(_LINK_PIECES, max_size=16).map("".join))
@example("Hết bài. VỀ ĐẦU TRANG ./.")
@example("[ vỀ Đầu tRaNg ](#)")
def test_the_words_test_turns_away_no_back_to_top_link(text: str) -> None:
    found = BACK_TO_TOP_RE.search(text)
    assert _back_to_top(text) == (found.span() if found else None)
