"""Characters that must never be published (controls, bidi overrides), signs of lost letters, and
words whose letters were decoded with the wrong encoding."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator

from bantin import patterncache
from bantin.parsers.vietnamese import is_syllable

#: C0 controls but TAB/LF/CR, DEL, C1 controls, bidirectional embeddings/overrides and isolates.
UNSAFE_RANGES = (
    (0x00, 0x08),
    (0x0B, 0x0C),
    (0x0E, 0x1F),
    (0x7F, 0x9F),
    (0x202A, 0x202E),
    (0x2066, 0x2069),
)
UNSAFE_RE = patterncache.compile(
    "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in UNSAFE_RANGES) + "]"
)
#: The same class in the syntax of Rust's regex crate (polars ``str.replace_all``).
UNSAFE_PATTERN_RUST = "[" + "".join(f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in UNSAFE_RANGES) + "]"
#: U+FFFD, or "?" standing inside a word ("B?n tin c?i c?ch"), where a letter was lost.
_LOST_RE = patterncache.compile(r"\ufffd|(?<=[^\W\d_])\?+(?=[^\W\d_])")
_URL_LIKE_RE = patterncache.compile(r"\S*(?:://|www\.|\.php|\.aspx?|[=&/])\S*")
_C0_NAMES = {0: "NULL", 0x1B: "ESCAPE", 0x7F: "DELETE"}


def describe(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``; controls, which have no Unicode name, get a generic one."""
    code = ord(char)
    name = unicodedata.name(char, "") or _C0_NAMES.get(code, "control character")
    return f"U+{code:04X} {name}"


def unsafe_characters(text: str) -> Iterator[tuple[int, str]]:
    """(offset, character) of every character ``scrub`` removes."""
    if text.isprintable():  # every unsafe character is a control or a format character (Cc, Cf)
        return
    for match in UNSAFE_RE.finditer(text):
        yield match.start(), match.group()


def scrub(text: str) -> str:
    """``text`` without the characters of ``UNSAFE_RE``: what bantin publishes."""
    return UNSAFE_RE.sub("", text)


def lost_characters(text: str) -> Iterator[tuple[int, str]]:
    """(offset, what stands there) of every U+FFFD and every "?" inside a lower-case word.

    A "?" before a capital ("gì?Tại") ends a question; URLs and query strings are skipped.
    """
    if "?" not in text and "\ufffd" not in text:  # most texts: a substring test, no regex scan
        return
    urls: list[tuple[int, int]] | None = None  # found only when a "?" needs them (rare)
    for match in _LOST_RE.finditer(text):
        start = match.start()
        if match.group() != "\ufffd":
            if not text[match.end()].islower():
                continue
            if urls is None:
                urls = [m.span() for m in _URL_LIKE_RE.finditer(text)]
            if any(a <= start < b for a, b in urls):
                continue
        yield start, match.group()


#: Letters of Latin-1 and Windows-1252 that Vietnamese never writes. In Vietnamese text they are
#: bytes decoded with the wrong encoding: UTF-8 read as Windows-1252 ("Ä‘Æ°á»£c" for "được", "Cáº£i"),
#: or a legacy font encoding shown as Unicode (VNI: "Caûi caùch"; TCVN3/ABC: "Hµ Néi"). Those of
#: German, Spanish or Nordic names ("München", "Muñoz") are weak signs; the others are strong. "Ð"
#: (eth) is left out: some Vietnamese sites type it for "Đ", and the text still reads.
NAME_LETTERS = "ÄÅÇËÎÏÑÖØÛÜÞßäåæçëîïðñöøûüþÿ"
ODD_LETTERS = "ÆµªºŒœŠšŽžŸƒ"
#: Signs that stand between two letters only in such text (TCVN3 "c¸ch", "®¹i"; Windows-1252
#: "cÃ¡ch", "Ná»™i"). Typographic quotes, dashes and the ellipsis are left out: they touch letters
#: in good text ("Hà Nội–Hải Phòng").
INNER_SIGNS = "¡¢£¤¥¦§¨©«¬®¯°±²³´¶·¸¹»¼½¾¿×÷€‚„†‡ˆ‰‹›˜™"
#: TCVN3's vowels that end words as signs: "x·" (xã), "s¬" (sơ), "c¸" (cá), "c¶" (cả), "n¨" (nă).
_END_SIGNS = "·¬¸¶¨"
#: Any character of these sets: a text without one has no misdecoded word.
MISDECODED_CHAR_RE = patterncache.compile(
    f"[{re.escape(NAME_LETTERS + ODD_LETTERS + INNER_SIGNS)}]"
)
_LETTER = r"[^\W\d_]"
#: The signs above with the typographic ones Windows-1252 also shows a UTF-8 byte as: runs of them
#: stand in a misread letter ("á»‘" for "ố", "Ã’" for "Ò").
_RUN = re.escape(INNER_SIGNS + "‘’“”•–—…")
_STRONG_RE = patterncache.compile(
    rf"[{re.escape(ODD_LETTERS)}]"
    rf"|(?<={_LETTER})[{_RUN}]*[{re.escape(INNER_SIGNS)}][{_RUN}]*(?={_LETTER})"
    rf"|(?<={_LETTER})(?=[{_RUN}]{{2,}}$)[{_RUN}]*[{re.escape(INNER_SIGNS)}]"  # "Bá»™" (Bộ)
    rf"|(?<={_LETTER})[{re.escape(_END_SIGNS)}]$"  # "x·" (xã)
    rf"|^®(?={_LETTER})"  # TCVN3's "đ" opens a word: "®Þa" (địa)
)
_NAME_LETTER_RE = patterncache.compile(f"[{re.escape(NAME_LETTERS)}]")
#: What is cut from the ends of a word before it is looked at: ASCII punctuation only (a quote or
#: a dash of Windows-1252 may be part of a misread letter).
_WORD_EDGES = ".,;:!?\"'()[]{}-/"
#: A misdecoded text has at least this many such words.
MISDECODED_MIN_WORDS = 3


def _upper_inside(word: str) -> bool:
    """An accented capital right after a small letter: TCVN3 types small toned vowels with the
    codes of capitals ("chÝnh", "ViÖt", "phËn")."""
    return any(b.isupper() and not b.isascii() and a.islower() for a, b in itertools.pairwise(word))


def misdecoded_words(text: str) -> list[tuple[int, str]]:
    """(offset, word) of the words of ``text`` decoded with the wrong encoding, when ``text``
    reads as such; [] otherwise.

    It does when at least ``MISDECODED_MIN_WORDS`` words show a strong sign (an odd letter, a
    sign inside a word, a small letter before an accented capital), or as many show any sign and
    at least half of the accented words are not Vietnamese syllables (VNI: "Caûi caùch";
    "Đoàn … tại München, Zürich và Köln" is Vietnamese with three foreign names). Words holding a
    digit ("35°C") are never counted."""
    if MISDECODED_CHAR_RE.search(text) is None:
        return []
    strong: list[tuple[int, str]] = []
    signed: list[tuple[int, str]] = []
    accented: list[str] = []
    plain: list[str] = []  # small words without a mark: "cho", "trong"; "des", "the"
    for match in re.finditer(r"\S+", text):
        word = match.group().strip(_WORD_EDGES)
        if word.isascii():
            if len(word) > 1 and word.isalpha() and word.islower():  # not "Portal", "UBND"
                plain.append(word)
            continue
        if any(c.isdecimal() for c in word):
            continue
        accented.append(word)
        if _STRONG_RE.search(word) or _upper_inside(word):
            strong.append((match.start(), match.group()))
            signed.append((match.start(), match.group()))
        elif _NAME_LETTER_RE.search(word):
            signed.append((match.start(), match.group()))
    if len(strong) >= MISDECODED_MIN_WORDS:
        return signed
    if len(signed) < MISDECODED_MIN_WORDS or _foreign_prose(plain):
        return []
    foreign = sum(1 for word in accented if not all(map(is_syllable, re.split(r"[-/]", word))))
    return signed if 2 * foreign >= len(accented) else []


#: The share of a text's unmarked words that, when no Vietnamese syllable, makes it prose of
#: another language: a misdecoded Vietnamese text's unmarked words are syllables ("cho", "trong").
_FOREIGN_SHARE = 1 / 3


def _foreign_prose(plain: list[str]) -> bool:
    """Whether the small unmarked words ``plain`` of a text are another language's: a French or
    English text ("les coûts des transports", "offices in München") holds words that are no
    Vietnamese syllables, and is no Vietnamese text misdecoded, whose small unmarked words are
    ("cho", "qua"; the names it quotes, "Smart City", are capitalised)."""
    others = sum(1 for word in plain if not is_syllable(word))
    return others >= MISDECODED_MIN_WORDS and others >= _FOREIGN_SHARE * len(plain)


#: Signs only TCVN3 puts in words: its codes for "à á ả ã ạ ă â ô ơ đ".
_TCVN3_SIGNS = frozenset("µ¸¶·¹¨©«¬®")


def legacy_encoding(words: list[str]) -> str:
    """The legacy font encoding misdecoded ``words`` were typed in: TCVN3 (ABC, ".Vn" fonts)
    when they hold its signs or small letters before capitals ("c¸ch", "chÝnh"), else VNI."""
    tcvn3 = any(_TCVN3_SIGNS.intersection(word) or _upper_inside(word) for word in words)
    return "TCVN3/ABC" if tcvn3 else "VNI"


def how_misdecoded(words: list[str]) -> str:
    """How misdecoded ``words`` were misread, with what they said where that can be undone."""
    undone = [(word, utf8_read_as_cp1252(word)) for word in words]
    said = ", ".join(f"{word!r} is {was!r}" for word, was in undone if was)
    if said:
        return f"UTF-8 read as Windows-1252: {said}"
    return f"typed in the legacy font encoding {legacy_encoding(words)}, not Unicode"


def utf8_read_as_cp1252(text: str) -> str | None:
    """``text`` as it was before UTF-8 bytes were read as Windows-1252 ("Cáº£i cÃ¡ch" -> "Cải
    cách"), or None when it cannot have been."""
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return None
