"""The parsers' cheap paths (whole-text cleaning, substring tests before a regex) give exactly what
the plain per-line definitions give, on text built to hit their edges."""

from __future__ import annotations

import codecs
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bantin.errors import UnreadableSource
from bantin.model import Paragraph, SourceFormat
from bantin.parsers.decode import decode_bytes
from bantin.parsers.detect import _first_lines, detect_format
from bantin.parsers.digest import (
    BACK_TO_TOP_RE,
    BACK_TO_TOP_VERBS,
    BACK_TO_TOP_WORDS,
    SITE_CHROME,
    Line,
    _page_run_start,
    find_back_to_top,
    is_furniture,
    is_page_mark,
    join_page_breaks,
    non_empty,
    split_page,
)
from bantin.parsers.feed_text import caption_key, dedupe_captions
from bantin.parsers.garbage import UNSAFE_RANGES, UNSAFE_RE, unsafe_characters
from bantin.parsers.notes import _AUTHOR_SEPARATOR_RE, CITATION_RE, _authors, find_citation
from bantin.parsers.text import (
    _QUOTES,
    DOT_LEADER_RE,
    INVISIBLE_CHARS,
    LEADER,
    LEADER_CHARS,
    SEPARATOR_CHARS,
    TERMINAL_PUNCTUATION,
    VARIANT_CHARS,
    clean_line,
    clean_lines,
    clean_words,
    collapse_spaces,
    comparable,
    has_leader,
    is_collapsed,
    leader_run_start,
    nfc,
    normalise_text,
    plain_variants,
    utf8_suspects,
    without_leader,
    words_kept_apart,
)
from bantin.parsers.xml_read import _ENTITY_RE, _reference, html_entities_to_references

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
        "-",
        "\u2011",
        "\uff05",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@given(_TEXTS)
@example("e\n\u0301")
@example("e\r\u0301\n\u1100\n\u1161")
@example("a\u00a0\n\u202f")
def test_whole_text_cleaning_is_the_per_line_cleaning(text: str) -> None:
    assert clean_lines(text) == [clean_line(raw) for raw in text.split("\n")]


@given(_TEXTS)
@example("a\ufeffb\u00a0c\r d \u2007")
@example("\u202fe\u0301\r\n")
@example("12\u201118\uff05")
def test_clean_words_is_collapse_spaces_of_clean_line(text: str) -> None:
    assert clean_words(text) == collapse_spaces(clean_line(plain_variants(text)))
    assert "\u2011" not in clean_words(text)


def test_no_white_space_but_the_plain_space_is_printable() -> None:
    # is_collapsed takes a printable text to hold no white space but " " (nor "\r", U+FEFF).
    unprintable = {chr(c) for c in range(0x110000) if chr(c).isspace()} - {" "} | {"\r", "\ufeff"}
    assert not any(char.isprintable() for char in unprintable)


#: Texts built around the spaces ``str.split`` takes for white space, and a few it does not.
_SPACED = st.lists(
    st.sampled_from(
        [
            *[" ", "  ", "\t", "\n", "\r", "\x0b", "\x1c", "\x85", "\u00a0", "\u2028", "\u3000"],
            *["\ufeff", "\u200b", "\u0301", "e", "Cải cách", "x y", "·", ""],
        ]
    ),
    max_size=12,
).map("".join)


@given(_SPACED)
@example("Cải cách hành chính")
@example(" Cải cách")
@example("Cải  cách")
@example("Cải\u00a0cách")
def test_collapse_spaces_is_split_and_join(text: str) -> None:
    assert collapse_spaces(text) == " ".join(text.split())
    if is_collapsed(text):
        assert " ".join(text.split()) == text


@given(_SPACED)
@example("Cải\ufeffcách")
@example("Ca\u0309i\rcách")
@example("Cải\u200bcách 95%\u200bhồ s\u200bơ")
def test_clean_words_is_its_definition(text: str) -> None:
    # A zero-width space (a reference's, "&#8203;") between two words is a space, else nothing.
    plain = words_kept_apart(nfc(text)).replace("\u200b", "")
    plain = plain.replace("\ufeff", " ").replace("\r", "")
    assert clean_words(text) == " ".join(plain.split())


#: The leader and the page patterns as first written, with nested repeats and no possessive one:
#: the definition that ``LEADER`` and the page patterns, rewritten to read a long run of dots
#: once, must agree with (they take time with the cube of a run no page ends: short texts only).
_LEADER_DEFINED = r"(?:\.{2,}|…{2,}|·{2,}|_{2,}|‥{2,}|⋯{2,}|-{3,}|[.·](?: ?[.·]){2,})[-.…·‥⋯_]*"
_DOT_LEADER_DEFINED = rf"\s*{_LEADER_DEFINED}[-.…·‥⋯_\s]*$"
#: A page, or the pages an article runs over, read as the first ("3-4").
_PAGES_DEFINED = r"(?P<page>\d{1,4})(?:[^\S\n]?[-–][^\S\n]?\d{1,4})?"
_PAGE_AFTER_TAB_DEFINED = rf"(?:\s*{_LEADER_DEFINED})?\s*\t\s*{_PAGES_DEFINED}$"
_PAGE_AFTER_LEADER_DEFINED = rf"\s*{_LEADER_DEFINED}[-.…·‥⋯_\s]*{_PAGES_DEFINED}$"


def _split_page_by_regexes(rest: str) -> tuple[str, int | None]:
    """The definition: each pattern as first written tried on every line after the shortest
    title, no substring test first, no search from the end's run of leaders and digits. A page
    printed between dashes after a tab, a leader or a space ("Title\t- 5 -") is that page after
    a tab."""
    dashed = re.search(r"(?<=[\t.…·_ ])\s*[-–][^\S\n]?(?P<page>\d{1,4})[^\S\n]?[-–]$", rest)
    if dashed:
        rest = f"{rest[: dashed.start()]}\t{dashed['page']}"
    for page in (_PAGE_AFTER_TAB_DEFINED, _PAGE_AFTER_LEADER_DEFINED):
        match = re.match(f"^(?P<title>.*?){page}", rest)
        if match:
            return match["title"].strip(), int(match["page"])
    if re.search(r"[^\s.…]\.\.\.\s*$", rest):
        return rest.strip(), None  # three dots ending a title with no page: its ellipsis
    return re.sub(_DOT_LEADER_DEFINED, "", rest).strip(), None


_TOC_PIECES = st.sampled_from(
    [
        *[
            "Cải cách",
            " ",
            "\t",
            ".",
            "..",
            "…",
            "……",
            "7",
            "12",
            "٣",
            "7-8",
            " – ",
            "x",
            ".\t",
            " …. ",
            "\u3000",
        ],
        *["·", "··", "_", "__", "-", "---", ". . .", "‥", "⋯⋯", " - "],
    ]
)


@given(st.lists(_TOC_PIECES, max_size=12).map("".join))
@example("Tiêu đề .....\t12")
@example("Tiêu đề ……… 7")
@example("Tiêu đề …")
@example("Tiêu đề\t٣")
@example("Tiêu đề .....\t3-4")
@example("Tiêu đề ..... 12 – 14")
@example("Tiêu đề ……… 7 - 7")
@example("Cải cách...")
@example(" - 7-")
def test_split_page_is_the_regex_definition(rest: str) -> None:
    assert split_page(rest) == _split_page_by_regexes(rest)


@given(st.lists(_TOC_PIECES, max_size=12).map("".join))
@example("Tin vắn…‥‥‥‥ 4")
@example("Tiêu đề . . . . 5 . .")
@example(".··")
@example("Tiêu đề .·.")
@example(" …. ..")
def test_a_leader_is_cut_off_as_the_definition_cuts_it(rest: str) -> None:
    assert without_leader(rest) == re.sub(_DOT_LEADER_DEFINED, "", rest)
    assert without_leader(rest) == DOT_LEADER_RE.sub("", rest)
    assert comparable(rest) == comparable_by_definition(rest)


def comparable_by_definition(text: str) -> str:
    """``comparable`` with the leader cut off by its definition, and no cheap test first."""
    text = re.sub(_DOT_LEADER_DEFINED, "", clean_line(text))
    for char, plain in _QUOTES.items():
        text = text.replace(char, plain)
    return collapse_spaces(text).casefold()


@given(st.lists(_TOC_PIECES, max_size=12).map("".join))
@example("Tiêu đề · · · 5")
@example("Tiêu đề . · . 5")
def test_a_text_without_the_leader_hints_holds_no_leader(rest: str) -> None:
    # has_leader spares a line the regex: it may say yes wrongly, never no.
    if not has_leader(rest):
        assert DOT_LEADER_RE.search(rest) is None
        assert re.search(LEADER, rest) is None


def test_every_letter_the_back_to_top_link_ignores_the_case_of_lowers_to_the_words() -> None:
    # BACK_TO_TOP_RE matches its words ignoring case; find_back_to_top compares them with the
    # lowered end of the line before running it. That is exact when every code point the regex
    # takes for one of the letters lowers to that letter.
    everything = "".join(map(chr, range(0x110000))).replace("\n", "")
    for letter in set(BACK_TO_TOP_WORDS + "".join(BACK_TO_TOP_VERBS)) - {" ", "i"}:
        taken = re.findall(re.escape(letter), everything, re.IGNORECASE)
        assert {char.lower() for char in taken} == {letter}
    # "i" ignoring case takes "İ" and "ı" too, which lower to no "i": the regex spells it "[iI]".
    assert BACK_TO_TOP_RE.search("Hoa) Quay lạI đầu trang")
    assert not BACK_TO_TOP_RE.search("Hoa) Quay lạİ đầu trang")
    assert not BACK_TO_TOP_RE.search("Hoa) Quay lạı đầu trang")


_LINK_PIECES = st.sampled_from(
    [
        *["Về", "VỀ", "vỀ", " ", "\t", "đầu", "ĐẦU", "Đầu", "trang", "TRANG", "tRaNg", "[", "]"],
        *["(#)", "./.", "İ", "x", "Về đầu trang", "[Về đầu trang](#)", "g", "G", ".", "\u00a0"],
        *[
            "(#top)",
            "(#muc-luc)",
            "(#",
            "top)",
            "[Về đầu trang](#top)",
            "(#đầu)",
            "(# )",
            " (#)",
            "( #top )",
        ],
        *[
            "Lên",
            "TRỞ",
            "trở",
            "về",
            "lại",
            "LẠI",
            "lạİ",
            "lạı",
            "Quay",
            "quay",
            "↑",
            "▲",
            "^",
            ")",
            "Hoa)",
            "ạ",
        ],
        *["Trở về đầu trang", "[Lên đầu trang]", "↑ Về đầu trang", "lên đầu trang ▲", "đầu trang"],
    ]
)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


@given(st.lists(_LINK_PIECES, max_size=16).map("".join))
@example("Hết bài. VỀ ĐẦU TRANG ./.")
@example("[ vỀ Đầu tRaNg ](#)")
@example("Về đầu trang cũ.  [ [Về đầu trang](#) ./.")
@example("İİ Về đầu trang")
@example("Về đầu trang ./. ./. ./.")
@example("[Về đầu trang]](#)(#) \t")
@example("trang")
@example("Về đầu trang\u00a0.")
@example("Về đầu trang.\u2003 ./.")
@example("Hết bài. [Về đầu trang](#top)")
@example("[Về đầu trang](#muc-luc) ./.")
@example("[Về đầu trang](#top)(#top)")
@example("Về đầu trang (#top)")
@example("(Báo 2/3) Quay lại đầu trang ./.")
@example("Hoa)  ↑  [ Trở về đầu trang ▲ ](#top)")
@example("được đưa lên đầu trang")
@example("Hoa) Trở  về đầu trang")
@example("Hoa) trở về về đầu trang")
@example("[Về đầu trang] (#)")  # typed by hand: a space before the target, or in it
@example("[Về đầu trang](# )")
@example("Hoa) [Lên đầu trang]\t( #top )")
def test_the_cheap_back_to_top_search_is_the_regex_search(text: str) -> None:
    assert _span(find_back_to_top(text)) == _span(BACK_TO_TOP_RE.search(text))


_CITATION_PIECES = st.sampled_from(
    ["(", ")", " ", "\t", "Báo Mới", "12/3", "1/10", ",", " - ", "Lan", "x(", "()", "(Báo 2/3)"]
)


@given(st.lists(_CITATION_PIECES, max_size=16).map("".join))
@example("Kết quả (tạm tính) tốt. (Báo Mới 12/3, Lan - Hoa)")
@example("Hết ((Báo( 2/3)")
@example("Hết (Báo) 2/3)")
@example("Hết (Báo(  2/3 ) ")
def test_the_cheap_citation_search_is_the_regex_search(text: str) -> None:
    assert _span(find_citation(text)) == _span(CITATION_RE.search(text))


def _dedupe_eagerly(lines: list[tuple[str, int]], blank_before: list[bool]) -> list[Paragraph]:
    """The definition: every line keyed and compared with the one before it."""
    paragraphs: list[Paragraph] = []
    previous_key: str | None = None
    for (text, number), after_blank in zip(lines, blank_before, strict=True):
        key = caption_key(text)
        if not after_blank and key == previous_key:
            previous_key = None
            continue
        paragraphs.append(Paragraph(text, number))
        previous_key = key
    return paragraphs


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Ảnh: Lan", "ẢNH: LAN", "Ảnh:  Lan", "Ảnh: Lan.", "Nội dung"]),
            st.booleans(),
        ),
        max_size=12,
    )
)
@example([("Ảnh: Lan", True), ("ẢNH: LAN", False), ("Ảnh: Lan", False), ("Ảnh: Lan", False)])
def test_captions_are_deduplicated_as_when_every_line_is_keyed(
    rows: list[tuple[str, bool]],
) -> None:
    lines = [(text, number) for number, (text, _) in enumerate(rows, 1)]
    blanks = [blank for _, blank in rows]
    assert dedupe_captions(lines, blanks) == _dedupe_eagerly(lines, blanks)


def _join_one_by_one(parts: list[tuple[str, int]]) -> tuple[Paragraph, ...]:
    """The definition: each part continues the paragraph before it when that one's text ends
    without terminal punctuation, rebuilding it (and its breaks) at every page break; after a
    space, or none after a word broken at its hyphen on the line before ("Bà Rịa-" / "Vũng")."""
    paragraphs: list[Paragraph] = []
    for text, number in parts:
        previous = paragraphs[-1] if paragraphs else None
        if previous is not None and previous.text and previous.text[-1] not in TERMINAL_PUNCTUATION:
            hyphen = re.search(r"\w-$", previous.text) and re.match(r"[^\W_]", text)
            gap = "" if hyphen else " "
            offset = len(previous.text) + len(gap)
            paragraphs[-1] = Paragraph(
                previous.text + gap + text, previous.line, (*previous.breaks, (offset, number))
            )
        else:
            paragraphs.append(Paragraph(text, number))
    return tuple(paragraphs)


@given(
    st.lists(
        st.sampled_from(
            ["", "a", "Dở dang", "Hết.", "hỏi?", "(TTXVN)", " ", "x ", "Bà Rịa-", "tế -", "_x", "-"]
        )
    )
)
@example(["", "a", "", "", "b."])  # an empty part: the joining space ends the paragraph
@example(["Tỉnh Bà Rịa-", "Vũng Tàu.", "kinh tế -", "xã hội."])
def test_page_breaks_are_joined_as_part_by_part(texts: list[str]) -> None:
    parts = [(text, number) for number, text in enumerate(texts, 3)]
    assert join_page_breaks(parts) == _join_one_by_one(parts)


def test_a_paragraph_over_many_pages_keeps_every_break_in_order() -> None:
    parts = [(f"đoạn {n}", n) for n in range(1, 2001)] + [("hết.", 2001)]
    (paragraph,) = join_page_breaks(parts)
    assert len(paragraph.breaks) == 2000
    assert all(
        paragraph.text[offset:].startswith(("đoạn", "hết")) for offset, _ in paragraph.breaks
    )
    assert paragraph.line_at(paragraph.breaks[-1][0]) == 2001 and paragraph.line_at(0) == 1


def test_no_unsafe_character_is_printable() -> None:
    # unsafe_characters skips the regex for a printable text: exact only if this holds.
    for first, last in UNSAFE_RANGES:
        assert not any(chr(code).isprintable() for code in range(first, last + 1))


@given(st.text(st.characters(codec="utf-8"), max_size=20))
@example("Tiêu đề\u202e ẩn")
@example("a\x00b\tc\u2066")
def test_unsafe_characters_are_those_of_the_regex(text: str) -> None:
    found = [(m.start(), m.group()) for m in UNSAFE_RE.finditer(text)]
    assert list(unsafe_characters(text)) == found


@given(
    st.lists(st.sampled_from(["\n", "x", "Cải cách", "\r", ""]), max_size=30), st.integers(0, 12)
)
@example(["x\n"] * 12, 12)
def test_format_detection_cuts_the_first_lines_as_split_does(pieces: list[str], count: int) -> None:
    text = "".join(pieces)
    assert list(_first_lines(text, count)) == text.split("\n", count)[:count]


_NOISE = st.sampled_from(
    [
        *INVISIBLE_CHARS,
        *SEPARATOR_CHARS,
        *VARIANT_CHARS,
        *["\ufeff", "þ", "\u01fe", "\u1efe", "\ud800", "\n", "Việt", "-", "%", "\u2012"],
    ]
)


@given(st.lists(_NOISE, max_size=20).map("".join).filter(lambda text: "\u00ad\n" not in text))
@example("Vie\u0302\ufe0f\u0323t\u2028Nam")
@example("þ\ufe00")
@example("Việt\x0cViệt")
def test_normalise_text_is_a_replacement_per_character(text: str) -> None:
    # A zero-width space or a form feed between two words is read as a space first (a soft
    # hyphen before a line break, which joins a word's halves, is the other exception, left out).
    expected = words_kept_apart(text)
    for char in INVISIBLE_CHARS:
        expected = expected.replace(char, "")
    for char in SEPARATOR_CHARS:
        expected = expected.replace(char, " ")
    for char, form in VARIANT_CHARS.items():
        expected = expected.replace(char, form)
    assert normalise_text(text) == expected


@given(st.lists(_NOISE.filter(lambda piece: piece != "\ud800"), max_size=20).map("".join))
@example("Vie\u0302\ufe0f\u0323t\u2028Nam")
@example("\u1e1e\ufe01 \x1e")
def test_normalising_only_the_utf8_suspects_is_normalising_all(text: str) -> None:
    data = text.encode("utf-8")
    assert normalise_text(text, utf8_suspects(data)) == normalise_text(text)
    assert normalise_text(text, utf8_suspects(codecs.BOM_UTF8 + data)) == normalise_text(text)


@given(st.lists(_NOISE.filter(lambda piece: piece != "\ud800"), max_size=20).map("".join))
@example("Việt\u00adNam\r\n\u2029")
def test_decoded_utf8_names_every_character_normalising_removes(text: str) -> None:
    try:
        decoded = decode_bytes(("Bản tin " + text).encode("utf-8"), "x.txt")
    except UnreadableSource:  # too many control characters: a binary file
        return
    assert decoded.suspects is not None
    assert normalise_text(decoded.text, decoded.suspects) == normalise_text(decoded.text)


def _a_persons_name(text: str) -> bool:
    """Two words or more, each of letters and capitalised ("Mai Hà", not "Lan và")."""
    words = text.split()
    return len(words) >= 2 and all(w.isalpha() and w[0].isupper() for w in words)


def _two_joined_names(author: str) -> list[str]:
    halves = re.split(r"(?<=\w)[-–](?=\w)", author)
    if len(halves) == 2 and all(map(_a_persons_name, halves)):
        return halves
    return [author]


def _authors_by_regexes(text: str) -> tuple[tuple[str, ...], str]:
    """The definition: the author list split and its separator searched on every citation."""
    pieces = re.split(r"\s*[,;]\s*|\s+[-–]\s+|\s+và\s+", text)
    authors = tuple(a for a in (s.strip() for s in pieces) if a)
    # Two persons' names of two words or more joined by a bare dash are two ("Mai Hà-Mai Hà").
    authors = tuple(name for author in authors for name in _two_joined_names(author))
    found = _AUTHOR_SEPARATOR_RE.search(text)
    kept = found.group(1).strip() if found else ""
    if len(authors) < 2:
        return authors, ", "  # one writer: what came after the name separated no two
    return authors, f" {kept} " if kept in ("-", "–", "và") else ", "


@given(
    st.lists(
        st.sampled_from(
            ["Lan", "Mai Hà", " ", ",", "-", "–", " - ", "\t", "\u00a0", "\u2028", "và", " và "]
        ),
        max_size=8,
    )
)
@example(["Mai Hà", " - ", "Lan"])
@example(["Lan", ",", "\u00a0", ",", "Mai Hà", "\u2028", ","])
@example(["Lan", "-", "Mai"])
@example(["Lan", "\u00a0", "và", "\u00a0", "Mai Hà"])
@example(["Mai Hà", "-", "Mai Hà"])
def test_citation_authors_are_the_regex_definition(pieces: list[str]) -> None:
    text = "".join(pieces).strip()
    assert _authors(text) == _authors_by_regexes(text)


def test_lower_lengthens_no_character_but_the_dotted_capital_i() -> None:
    # find_back_to_top lowers a slice as long as its words on this ground.
    assert [chr(c) for c in range(0x110000) if len(chr(c).lower()) > 1] == ["İ"]


def test_casefold_shortens_no_character() -> None:
    # is_furniture turns away a line longer than every link's name before casefolding it.
    assert [chr(c) for c in range(0x110000) if not chr(c).casefold()] == []


_FURNITURE_PIECES = st.sampled_from(
    [
        *["Font", "FONT", " ", "Size", "sİze", "İ", "x", "More", "7", ":", "A-", "A", "A+", "»"],
        *["Chia sẻ", "CHIA SẺ", "Xem thêm", "Cỡ chữ", "cỡ CHỮ", "ß", "Trang 5", "- 5 -", "\t"],
    ]
)


def _furniture_by_definition(text: str) -> bool:
    stripped = text.strip()
    key = stripped.rstrip(" :»›>").casefold()
    return (
        stripped.isdigit()
        or is_page_mark(stripped)
        or re.fullmatch(r"(?:font size|cỡ chữ)\s*:?(?:\s*a[-+]?)*", stripped, re.IGNORECASE)
        is not None
        or key in SITE_CHROME
    )


@given(st.lists(_FURNITURE_PIECES, max_size=6))
@example(["Font", " ", "size", " ", ":", " ", "A-"])
@example(["MORE"])
@example(["Chia sẻ", ":", ":", ":", ":", ":", ":", ":", ":"])
@example(["Cỡ chữ", ":", " ", "A-", " ", "A", " ", "A+"])
def test_web_furniture_is_its_definition(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert is_furniture(text) == _furniture_by_definition(text)


def _entities_by_definition(text: str) -> str:
    """The definition: from each position, the nearest CDATA section or comment is looked for
    afresh; entities are turned into references only in the text between them."""
    out, position = [], 0
    while position < len(text):
        starts = [
            (text.find(a, position), a, b) for a, b in (("<![CDATA[", "]]>"), ("<!--", "-->"))
        ]
        found = [s for s in starts if s[0] >= 0]
        if not found:
            return "".join([*out, _ENTITY_RE.sub(_reference, text[position:])])
        start, opening, closing = min(found)
        out.append(_ENTITY_RE.sub(_reference, text[position:start]))
        end = text.find(closing, start + len(opening))
        end = len(text) if end < 0 else end + len(closing)
        out.append(text[start:end])
        position = end
    return "".join(out)


_XML_PIECES = st.sampled_from(
    ["&nbsp;", "&amp;", "&hellip;", "&notit;", "&", ";", "x", "<![CDATA[", "]]>", "<!--", "-->"]
)


@given(st.lists(_XML_PIECES, max_size=16).map("".join))
@example("&nbsp;<![CDATA[&nbsp;]]>&nbsp;<!--&nbsp;-->&nbsp;<![CDATA[&nbsp;")
def test_html_entities_become_references_outside_cdata_and_comments(text: str) -> None:
    assert html_entities_to_references(text) == _entities_by_definition(text)


@given(
    st.lists(
        st.lists(st.sampled_from(["", " ", "\t", "\u00a0", "\u2003", "\x1f", "Việt"])).map("".join)
    ),
    st.integers(-2, 5),
)
@example(["", " \t", "\u3000", "a"], 0)
def test_non_empty_lines_are_those_strip_keeps(lines: list[str], start: int) -> None:
    expected = [
        Line(number, text.lstrip())
        for number, text in enumerate(lines[max(start, 0) :], max(start, 0) + 1)
        if text.strip()
    ]
    found = non_empty(lines, start)
    assert found == expected
    assert all(type(line) is Line and line.text is line[1] for line in found)


def _leader_run_start_char_by_char(text: str, end: int) -> int:
    start = end
    while start and (text[start - 1] in LEADER_CHARS or text[start - 1].isspace()):
        start -= 1
    return start


def _page_run_start_by_definition(text: str) -> int:
    """Where the leader run before the 1 to 4 digits that end ``text`` starts (the end if none),
    or before the first of two pages joined by a dash ("3-4", "3 – 4")."""
    found = re.search(r"\d{1,4}$", text)
    if found is None or (found.start() and text[found.start() - 1].isdecimal()):
        return len(text)
    span = re.search(r"(?<!\d)\d{1,4}[^\S\n]?[-–][^\S\n]?$", text[: found.start()])
    return _leader_run_start_char_by_char(text, found.start() if span is None else span.start())


_RUN_PIECES = st.lists(
    st.sampled_from(
        [
            " ",
            "\t",
            ".",
            "…",
            "·",
            "_",
            "‥",
            "7",
            "٣",
            "\u2003",
            "\u00a0",
            "a",
            "Đề",
            "-",
            "–",
            "12345",
        ]
    )
).map("".join)


@given(_RUN_PIECES)
@example("Tiêu đề .....\u2003٣ 12")
@example("Tiêu đề .....12345")
@example("Tiêu đề .....\t3-4")
@example("Tiêu đề ..... 3 – 14")
@example("Tiêu đề 2021-2025")
def test_the_page_run_starts_where_the_character_by_character_walk_stops(text: str) -> None:
    assert _page_run_start(text) == _page_run_start_by_definition(text)
    assert leader_run_start(text) == _leader_run_start_char_by_char(text, len(text))


@pytest.mark.parametrize(
    ("blank", "worded", "told"),
    [
        (0, 29, True),  # the masthead's date on the 30th line with words
        (0, 30, False),  # on the 31st: past what detection reads
        (50, 29, True),  # on the text's 80th line
        (51, 29, False),  # on its 81st
    ],
)
def test_format_detection_reads_a_texts_first_80_lines_and_30_with_words(
    blank: int, worded: int, told: bool
) -> None:
    # Every masthead and web title stands within them; a text that shows none there is none.
    lines = [""] * blank + [f"Dòng {n}" for n in range(worded)] + ["Phát hành: 01/02/2024"]
    assert (detect_format("\n".join(lines)) is SourceFormat.PRINT_TEXT) is told
