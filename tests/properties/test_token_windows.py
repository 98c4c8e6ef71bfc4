"""The tokenizer's cheap tests never turn away what its full search would read: a qualifier
("trên 45%") or a rank word ("xếp thứ 12/63") at the end of a window, and a token wherever the
bare alternatives of its master pattern match; its fast scan finds what the master pattern's search
finds from every position, and its window searches what a search of the whole window finds."""

from __future__ import annotations

import re
import sys

from hypothesis import example, given
from hypothesis import strategies as st

from bantin.parsers import figures as F
from bantin.parsers import lexicon as L
from bantin.parsers import tokens as T
from bantin.parsers.text import parse_vn_number

_PIECES = st.one_of(
    st.sampled_from([*L.QUALIFIERS, *L.RANK_WORDS, *L.COMPARATIVES, *L.ADDRESS_WORDS, "số"]),
    st.sampled_from([w.upper() for w in (*L.QUALIFIERS, *L.RANK_WORDS, *L.ADDRESS_WORDS)]),
    st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2003", ",", "x", "5", "ſ"]),
    st.text(max_size=4),
)
_WINDOWS = st.lists(_PIECES, max_size=8).map("".join)


@given(_WINDOWS)
def test_qualifier_test_keeps_every_window_the_search_reads(left: str) -> None:
    if T._QUALIFIER_RE.search(left) is not None:
        assert T._window_ends(left).qualifier


@given(_WINDOWS)
def test_rank_test_keeps_every_window_the_search_reads(left: str) -> None:
    if T._RANK_RE.search(left) is not None:
        assert T._window_ends(left).rank


@given(
    _WINDOWS,
    st.sampled_from([*L.ADDRESS_WORDS, "số", *(w.upper() for w in L.ADDRESS_WORDS), "SỐ", "ngõ"]),
    st.sampled_from(["", " ", "  ", "\n", " x", "\u00a0"]),
)
def test_address_test_keeps_every_window_the_searches_read(head: str, word: str, tail: str) -> None:
    left = head + word + tail
    if T._ADDRESS_RE.search(left) or T._NUMBER_WORD_RE.search(left):
        assert T._window_ends(left).address


@given(
    _WINDOWS,
    st.sampled_from([*L.DATE_WORDS, *(w.upper() for w in L.DATE_WORDS), "Rạng  sáng"]),
    st.sampled_from(["", " ngày", " NGÀY", " ngày\n"]),
    st.sampled_from(["", " ", "  ", "\n", " x", "\u00a0"]),
)
def test_date_word_test_keeps_every_window_the_search_reads(
    head: str, word: str, day: str, tail: str
) -> None:
    left = head + word + day + tail
    if T._DATE_WORD_RE.search(left) is not None:
        assert T._window_ends(left).date


_AT_END = [
    T._QUALIFIER_RE,
    T._DATE_WORD_RE,
    T._MONTH_RE,
    T._RANK_RE,
    T._ADDRESS_RE,
    T._NUMBER_WORD_RE,
]
_END_WORDS = st.sampled_from(
    [*L.QUALIFIERS, *L.RANK_WORDS, *L.DATE_WORDS, *L.ADDRESS_WORDS, "tháng", "số", "ngày"]
)


@given(
    _WINDOWS,
    st.sampled_from([" ", "", "\n", ", "]),
    st.lists(_END_WORDS, min_size=1, max_size=3),
    st.sampled_from([" ", "  ", "\n", " \u00a0", "", "x"]),
)
@example("Tỉnh", " ", ["có", "xếp ở vị trí thứ"], " ")
@example("tỷ lệ", " ", ["không thấp hơn"], "")
@example("vào", " ", ["rạng sáng", "ngày"], "\n")
@example("từ", " ", ["tháng"], " ")
@example("ở", " ", ["số nhà"], " ")
@example("ở", " ", ["số"], " ")
def test_a_search_from_the_last_words_finds_what_the_full_search_finds(
    head: str, sep: str, words: list[str], tail: str
) -> None:
    left = head + sep + " ".join(words) + tail
    for at_end in _AT_END:
        # What the reader takes from a match: its text and groups (the fast search reads the last
        # words alone, so its positions are theirs).
        fast, full = at_end.search(left), at_end.pattern.search(left)
        assert (fast and (fast.group(), fast.groupdict())) == (
            full and (full.group(), full.groupdict())
        )


def test_str_split_and_the_patterns_agree_on_whitespace() -> None:
    # The search from the last words finds them with str.rsplit, the patterns match with \s.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(r"\s", every) == [c for c in every if c.isspace()]


def test_a_bound_and_a_rank_are_still_read() -> None:
    assert T._qualifier("tỷ lệ đạt trên ") == "more_than"
    assert T._qualifier("cao hơn ") is None  # compares, does not bound
    assert T._qualifier("Tổng cộng ") is None
    (rank,) = [t for t in T.read_tokens("Tỉnh xếp thứ 12/63 cả nước") if t.kind == "rank"]
    assert (rank.numerator, rank.denominator) == (12, 63)


#: Pieces of running text around numbers: every way a token starts ("từ", "quý", "(0", digits),
#: whole tokens, and the letters and marks the start test looks at, to be glued in any order.
_TEXT_PIECES = st.one_of(
    st.sampled_from(
        ["từ ", "Từ ", "TỪ\n", "quý ", "Quý ", "QUÝ ", "tu ", "t ", "T", "q", "(", "tháng "]
    ),
    st.sampled_from(
        [
            "từ 20% đến 30%",
            "quý I/2024",
            "Quý II/2023",
            "(0236) 3822 123",
            "5/9 xã",
            "12/63",
            "45 %",
        ]
    ),
    st.sampled_from(["0", "5", "12", "2024", "0236", "٣", "I", "IV", "xã", "TTHC", "điểm"]),
    st.sampled_from([" ", "  ", "\n", "\u00a0", "/", "-", "–", "%", ",", ".", ":", "h", ")"]),
    st.text(max_size=3),
)
_BARE = re.compile(T._ALTERNATIVES)


@given(st.lists(_TEXT_PIECES, max_size=16).map("".join))
def test_start_test_keeps_every_match_of_the_bare_alternatives(text: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[str | None, int, int]]:
        return [(m.lastgroup, m.start(), m.end()) for m in pattern.finditer(text)]

    assert found(T._MASTER) == found(_BARE)


#: Pieces that reach each branch of the opening test: every mark that may follow a number, a
#: range's words in every case, count nouns before "/", phone forms, and tokens touching each other.
_OPENING_PIECES = st.one_of(
    st.sampled_from(
        [
            *["đến ", "ĐẾN", "tới", "Tới ", "-", "–", " - ", "h", ":", "%", " %", "/", ".", ","],
            *["  ", "—", "−", "÷", " ÷ "],
        ]
    ),
    st.sampled_from(
        [
            "101 TTHC/235 TTHC",
            "3 thủ tục hành chính/ 9 thủ tục hành chính",
            "TTHC",
            " hồ sơ ",
            "đơn vị hành chính",
            "0258.3822.456",
            "0236 3822 123",
            "1900.1234",
            "(0236)",
            "8h30",
            "14:30",
            "2021 - 2025",
            "04-NQ/TU",
            "61/2018/NĐ-CP",
            "0,2-0,3%",
            "quý",
            "ý",
            "ừ",
            "Quý IV/2024",
            "từ\n\n5",
            "20  - 30%",
            "30÷50%",
            "10−15 %",
            "2 thủ tục hành chính/3 thủ tục hành chính",
            "ngày ",
            "Sáng ",
            "1-7-2025",
            "12.4",
            "12.4.2022",
            "1.234",
            "15-16/5",
            " tháng ",
            " năm ",
            "09 tháng 10 năm 2025",
            "52%/48%",
            "3,5 %/ 7%",
            " / ",  # a slash typed with a space on each side: "45 / 50 xã", "15 / 12 / 2025"
            "45 / 50 xã",
            "15 / 12 / 2025",
        ]
    ),
    _TEXT_PIECES,
)


_OPENING_TEXTS = st.lists(
    st.tuples(_OPENING_PIECES, st.sampled_from([" ", " ", "", "\n", ", "])).map("".join),
    max_size=10,
).map("".join)


@given(_OPENING_TEXTS)
@example("x Quý IV/2024, TỪ\n 20% đến 30%; 5  - 7 %; 8h30; (0236) 3822 123")
@example("có 3 thủ tục hành chính/9 thủ tục hành chính; 1900 1234; 04-NQ/TU, 12/KH-UBND")
@example("61/2018/NĐ-CP: 5/9 xã, 20%-30%, 45 %, 0236.3822.456 %, 5.%, 2021 %")
@example("lúc 5.8h30, 3/14:30, 2,9h15; 1.2.3.4 %; Tel:0236 3822 123")
@example("5đến 7%; 5 - 7 %; 5  đến 7%; 5 \n– 7%; 3 TTHC/ 9 TTHC; 3  TTHC  /9 TTHC; 3 ab1/2")
@example("ngày 1-7-2025, Sáng 12.4, 1.234, 12.4.2022.5; ngày 09 tháng 10 năm 2025, 5 THÁNG\n6")
@example("52%/48%, 3 %/4/5, 6%/7.8.2024, 9%/10-11%, 1%/từ 2%")
@example("45 / 50 xã, 15 / 12 / 2025, 3 /4, 5/ 6, 7 / 8/9, 1.245 / 1.300 hồ sơ, 2 / 3 / 4 / 5")
@example("đạt 9l,2%, 3O,5%, trực tuyến,45%, 7a,1/2, x,3%")
def test_the_opening_scan_finds_what_the_master_search_finds(text: str) -> None:
    # At every position, as the reader restarts mid-text after a token or a failed range: what the
    # reading of the first opening stop that puts a token there reads is what _MASTER reads there.
    def read(match: re.Match[str] | None) -> object:
        # What the reader takes from a match: its span and the groups that took part (a smaller
        # pattern where _OPENS allows one has no groups of the readings it leaves out).
        return match and (
            match.span(),
            {k: v for k, v in match.groupdict().items() if v is not None},
        )

    scanned: dict[int, re.Match[str]] = {}
    for opening in T._OPENING.finditer(text):
        back, reading = T._OPENS[opening.lastgroup]
        start = opening.start() - back
        if start not in scanned and (match := reading.match(text, start)) is not None:
            scanned[start] = match
    for pos in range(len(text) + 1):
        assert read(scanned.get(pos)) == read(T._MASTER.match(text, pos))


def _plain_tokenize(text: str) -> tuple[T.Token, ...]:
    """``tokenize`` by its definition: every token read where _MASTER's search finds it (and
    settled among those before it as ``tokenize`` settles it: what is checked here is the scan)."""
    found: list[T.Token] = []
    pos = 0
    while (match := T._MASTER.search(text, pos)) is not None:
        token = T.read_at(text, match, found)
        pos = match.end()
        if match.lastgroup == "range" and (token is None or token.end < pos):
            pos = token.end if token is not None else match.end("lo")
        if token is not None:
            token = T.placed(text, token, found)
            found.append(token)
            pos = max(pos, token.end)
    return tuple(found)


@given(_OPENING_TEXTS)
@example("x Quý IV/2024, TỪ\n 20% đến 30%; 5  - 7 %; 8h30; (0236) 3822 123")
@example("giảm 30% đến 20%, từ 5/9 huyện; 37/76 cơ quan, đơn vị (chiếm 48,6%); 6.084/7.669 xã")
@example("xếp thứ 12/63, 40,62/80 điểm, ngày 5/9, tháng 4/2024, số 150/2 đường Lê Lợi; 3 thủ tục")
@example("từ ngày 1-7, ngày 15-16/5, mỗi ngày 2-3 lần, Sáng 12.4.2022, ngày 9 tháng 10 năm 2025")
@example("1-7-2025 đến  5/9 xã; từ vị trí 20/63 năm 2023 lên 12/63, xếp thứ 4/9 (5/9); 45% trở lên")
@example("12.4.2022, % ")
def test_the_reader_reads_what_the_master_search_finds(text: str) -> None:
    assert T.tokenize(text) == _plain_tokenize(text)


def _backtracking(pattern: str) -> re.Pattern[str]:
    """``pattern`` with the possessive numbers of the readings made plain (backtracking)."""
    plain = (
        pattern.replace(T._NUM, r"\d+(?:[.,]\d+)*")
        .replace(T._DOCUMENT_NUMS, r"\d+(?:/\d+)*")
        .replace(r"\d++-", r"\d+-")
        .replace("(?P<lo_pct>%)?+", "(?P<lo_pct>%)?")
    )
    assert plain != pattern
    return re.compile(plain)


_PLAIN_READINGS = _backtracking(T._ALTERNATIVES)
_READINGS = re.compile(T._ALTERNATIVES)


def test_the_readings_hold_no_other_possessive_part() -> None:
    # Every possessive part of the readings is one of those made plain above.
    assert not re.search(r"[+*?}]\+", _PLAIN_READINGS.pattern)


@given(_OPENING_TEXTS)
@example("20 % - 30%, 1.234,5%; 5/9/2024 và 1.5/2,5 xã; 61/2018/NĐ-CP, 12/5/KH; 45,%")
def test_possessive_numbers_read_what_backtracking_ones_read(text: str) -> None:
    def read(match: re.Match[str] | None) -> object:
        return match and (match.span(), match.groupdict())

    for pos in range(len(text) + 1):
        assert read(_READINGS.match(text, pos)) == read(_PLAIN_READINGS.match(text, pos))


_PAIRS = [T._PAIR_RE, T._SHARE_PAIR_RE]
_PLAIN_PAIRS = [re.compile(p.pattern.replace(T._NUM, r"\d+(?:[.,]\d+)*")) for p in _PAIRS]


@given(
    st.lists(
        st.sampled_from(
            [
                *(
                    " xã",
                    " huyện",
                    ", phường",
                    " (",
                    "chiếm ",
                    "đạt ",
                    "tỷ lệ ",
                    "trên ",
                    ")",
                    ", ",
                ),
                *("45", "48,6", "1.234", "5.", "%", " %", "7,", "100", "95,5"),
            ]
        ),
        max_size=10,
    ).map("".join)
)
@example(" xã (chiếm 48,6%)")
@example(" (100 %)")
@example(" huyện, đạt 95,5%")
def test_a_stated_percentage_reads_as_with_a_backtracking_number(text: str) -> None:
    for fast, plain in zip(_PAIRS, _PLAIN_PAIRS, strict=True):
        found, expected = fast.match(text), plain.match(text)
        assert (found and (found.span(), found.groupdict())) == (
            expected and (expected.span(), expected.groupdict())
        )


def test_the_opening_characters_hold_every_digit() -> None:
    # Over every code point of this Python's Unicode: a digit left out is a token never read.
    chars = re.compile(T._OPENING_CHARS)
    missing = [
        c for c in map(chr, range(sys.maxunicode + 1)) if c.isdecimal() and not chars.match(c)
    ]
    assert missing == []


def test_the_start_test_reads_every_opening() -> None:
    text = "Từ 20% đến 30%; quý I/2024, quý 2/2021; (0236) 3822 123; tăng 5/9 huyện, t 45%"
    assert [(t.kind, t.text) for t in T.read_tokens(text)] == [
        ("percent", "Từ 20% đến 30%"),
        ("quarter_year", "quý I/2024"),
        ("quarter_year", "quý 2/2021"),
        ("phone", "(0236) 3822 123"),
        ("ratio", "5/9"),
        ("percent", "45%"),
    ]


_PLAIN_CLAUSE_BREAK = re.compile(r"[;!?]|\.(?=\s|$)")


@given(
    st.lists(st.sampled_from([".", ";", "!", "?", " ", "\n", "a", "5", "…", "%"]), max_size=10).map(
        "".join
    )
)
def test_clause_breaks_are_those_of_the_plain_pattern(text: str) -> None:
    for start in range(len(text) + 1):
        for stop in range(start, len(text) + 1):
            found = [m.span() for m in F.CLAUSE_BREAK_RE.finditer(text, start, stop)]
            assert found == [m.span() for m in _PLAIN_CLAUSE_BREAK.finditer(text, start, stop)]


#: Numbers as the readings capture them: digits (any script's) with dots and commas between.
_NUMBERS = st.lists(
    st.text(st.sampled_from("0123456789٣๕"), min_size=1, max_size=4), min_size=1, max_size=4
).flatmap(
    lambda parts: st.lists(
        st.sampled_from(".,"), min_size=len(parts) - 1, max_size=len(parts) - 1
    ).map(lambda seps: parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True)))
)


@given(_NUMBERS)
@example("48,6")
@example("6.084")
@example("80.09")
@example("0.500")
@example("1.234,5")
def test_numbers_read_as_parse_vn_number_reads_them(text: str) -> None:
    parsed = parse_vn_number(text)
    assert T._number(text) == ((parsed.value, parsed.dot_decimal) if parsed else (None, False))
    whole = parsed is not None and not parsed.dot_decimal and parsed.is_integer
    assert T._count(text) == (parsed.value if parsed is not None and whole else None)
