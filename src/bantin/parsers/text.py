"""Shared text helpers: NFC and whitespace clean-up, Vietnamese numbers, day/month dates, weekdays."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

from bantin import patterncache

NBSP_CHARS = "\u00a0\u2007\u202f\ufeff"
_QUOTES = {
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u2032": "'",
    "\u2013": "-",
    "\u2014": "-",
}
#: What a TOC's leader is made of: dots and ellipses, and the other leaders a word processor
#: offers (middle dots, underscores, hyphens), with Unicode's two-dot leader and midline ellipsis.
LEADER_CHARS = "-.…·‥⋯_"  # the hyphen first: a character class may hold them all
#: A leader before a TOC page: it starts with two or more of one character (dots, ellipses,
#: middle dots, underscores, two-dot leaders, midline ellipses), three or more hyphens ("Hà Nội -
#: Hải Phòng" keeps its dash) or three dots or more with single spaces among some or all of them
#: (". . .", ". .. . .."), and goes on with any of them. One "…" ends a truncated title, and
#: stays with it: "các cấp…‥‥‥ 5". Every repeat is possessive: a long run of dots that no page
#: ends is read once, never again in every way it could be split ("x" after 300 dots took
#: seconds, growing with the cube of the run).
LEADER = (
    r"(?:\.{2,}+|…{2,}+|·{2,}+|_{2,}+|‥{2,}+|⋯{2,}+|-{3,}+|[.·](?: ?[.·]){2,}+)"
    rf"[{LEADER_CHARS}]*+"
)
DOT_LEADER_RE = patterncache.compile(rf"\s*+{LEADER}[{LEADER_CHARS}\s]*+$")
#: What every leader holds (``LEADER``): a cheap test that spares most lines a regex.
_LEADER_HINTS = ("..", "……", "··", ".·", "·.", "__", "---", ". .", "· ·", ". ·", "· .", "‥", "⋯")


def has_leader(text: str) -> bool:
    """Whether ``text`` may hold a leader (``LEADER``): what every leader holds is in it."""
    return any(map(text.__contains__, _LEADER_HINTS))


#: The characters of most leader runs: ``rstrip`` passes over them at C speed.
_PLAIN_LEADER_RUN = f" \t{LEADER_CHARS}"


def leader_run_start(text: str, end: int | None = None) -> int:
    """Where the run of leader characters and white space that ends at ``end`` (the end of
    ``text`` when None) starts. A leader is made of nothing else, so it is searched for from
    there on, not from every character of the text before it. Other white space than the plain
    is rare: it is looked at one character at a time where the plain run stops."""
    start = len(text[:end].rstrip(_PLAIN_LEADER_RUN))
    while start and (text[start - 1] in LEADER_CHARS or text[start - 1].isspace()):
        start -= 1
    return start


def without_leader(text: str) -> str:
    """``text`` without the leader that ends it ("Tin vắn....." -> "Tin vắn"), as
    ``DOT_LEADER_RE.sub("", text)`` gives it, searched for in the run that ends ``text`` only
    (``leader_run_start``)."""
    found = DOT_LEADER_RE.search(text, leader_run_start(text))
    return text[: found.start()] if found else text


#: Printed weekday (upper case, NFC) -> ``date.weekday()``.
VN_WEEKDAYS: dict[str, int] = {
    "THỨ HAI": 0,
    "THỨ BA": 1,
    "THỨ TƯ": 2,
    "THỨ NĂM": 3,
    "THỨ SÁU": 4,
    "THỨ BẢY": 5,
    "CHỦ NHẬT": 6,
}
WEEKDAY_NAMES = {v: k for k, v in VN_WEEKDAYS.items()}
RFC822_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
RFC822_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


#: Unicode NFC, the one normal form every stored string uses: ``nfc(text)``. A partial, not a
#: function: it is called for every line and paragraph, and this spares each call a Python frame.
nfc: Callable[[str], str] = partial(unicodedata.normalize, "NFC")


#: Characters dropped from every source before parsing: a page control that carries no text
#: (form feed, which pdftotext writes at page breaks) and invisible characters that extraction
#: tools leave inside words (soft hyphen, zero-width space, zero-width non-joiner and joiner,
#: left-to-right and right-to-left marks, word joiner, variation selectors: no Vietnamese text
#: needs them, and "Kon\u200c Tum" is no "Kon Tum" to a search). A
#: line separator other than "\n" (U+2028, U+2029, U+0085, U+001C-U+001E, and the vertical tab a
#: word processor writes for a line break: "Hội nghị\vchuyển đổi số") becomes a space: lines are
#: split on "\n" only, so line numbers stay those of the file as stored.
_CONTROLS_AND_JOINERS = "\f\u00ad\u200b\u200c\u200d\u200e\u200f\u2060"
VARIATION_SELECTORS = "".join(chr(c) for c in range(0xFE00, 0xFE10))
INVISIBLE_CHARS = _CONTROLS_AND_JOINERS + VARIATION_SELECTORS
SEPARATOR_CHARS = "\v\u2028\u2029\u0085\u001c\u001d\u001e"
#: Other forms of a printable character, read as the character itself, as a non-breaking space is
#: read as a space: the hyphen (U+2010) and non-breaking hyphen (U+2011) a word processor writes
#: for "-" ("giảm 12‑18%", "ngày 1‑7‑2025"), and the full-width percent sign ("95％") of an East
#: Asian input method. Each is one character for one, so every offset stays that of the source.
VARIANT_CHARS = {"\u2010": "-", "\u2011": "-", "\uff05": "%"}
#: What ``normalise_text`` puts in place of each character it acts on.
_NORMALISED = (
    dict.fromkeys(INVISIBLE_CHARS, "") | dict.fromkeys(SEPARATOR_CHARS, " ") | VARIANT_CHARS
)


def _replace_each(text: str, chars: str, by: str) -> str:
    """``text`` with each of ``chars`` replaced by ``by``; a substring test per character is far
    cheaper on Vietnamese text than ``str.translate`` or a regex, and most text holds none."""
    for char in chars:
        if char in text:
            text = text.replace(char, by)
    return text


#: A word a soft hyphen broke at a line's end, as a typesetter's hyphenation leaves it in text
#: taken from a page ("tiếp nh\u00ad" / "ận hồ sơ"): the letter before the soft hyphen, the line
#: break, and the rest of the word opening the next line in lower case, more words after it.
_SOFT_HYPHEN_BREAK_RE = patterncache.compile(
    r"(?<=[^\W\d_])\u00ad[ \t]*(\r?\n)([ \t]*)([^\W\d_][^\s\u00ad]*)[ \t]+(?=\S)"
)


def _soft_hyphen_breaks_joined(text: str) -> str:
    """``text`` with each word a soft hyphen broke at a line's end (``_SOFT_HYPHEN_BREAK_RE``)
    whole on the first line, the line break after it: "tiếp nhận" / "hồ sơ", which a paragraph's
    lines join with a space, where "tiếp nh" / "ận hồ sơ" joined as "tiếp nh ận". Every line stays
    where it was, so line numbers stay those of the file as stored."""
    return _SOFT_HYPHEN_BREAK_RE.sub(_word_moved_up, text)


def _word_moved_up(match: re.Match[str]) -> str:
    """The end of a broken word moved up before the line break (``_soft_hyphen_breaks_joined``);
    one that opens with a capital is another word, and stays."""
    end, line_break, indent = match[3], match[1], match[2]
    if not end[0].islower():
        return match[0]
    return f"{end}{line_break}{indent}"


#: The characters of ``INVISIBLE_CHARS`` that may stand where a space was meant: a zero-width
#: space (a CMS's or an editor's, "Tỉnh\u200bđạt 92%") and a form feed a page break left inside
#: a line. Dropped, they glue two words; between two words they are read as a space
#: (``_word_break``), and dropped anywhere else (inside a word or a number, by a space).
WORD_BREAK_CHARS = "\f\u200b"
_WORD_BREAK_RE = patterncache.compile(r"(?<=\S)[\f\u200b]+(?=\S)")
#: The marks a word ends a sentence or a figure with, after which a word follows a space.
_WORD_ENDING_MARKS = frozenset('.,;:!?%)]"”’…')
#: A word's letters, with the combining marks of a text not yet in NFC ("e\u0302\u0301t") and
#: the other invisible characters inside it ("qu\u00adyết"), which ``_word_break`` drops (not
#: another break: "Tin\fxã\u200bVí" is three words).
_INSIDE_WORDS = "".join(re.escape(c) for c in INVISIBLE_CHARS if c not in WORD_BREAK_CHARS)
_LETTERS = r"(?:[^\W\d_]|[\u0300-\u036f" + _INSIDE_WORDS + "])+"
_LETTERS_BEFORE_RE = patterncache.compile(_LETTERS + "$")
_LETTERS_AFTER_RE = patterncache.compile(_LETTERS)
#: How far back the letters of the word before a break are looked for (a syllable is shorter).
_SYLLABLE_REACH = 24


def _word_break(match: re.Match[str]) -> str:
    """ " " for a run of ``WORD_BREAK_CHARS`` that stands between two words, "" for one inside a
    word or a number. Two Vietnamese syllables that make none together are two words ("Tỉnh" and
    "đạt"; "s" and "ơ" make "sơ", one); so are a word and a number ("đạt" and "95"), and a
    sentence's or a figure's end and a word ("95%" and "thủ"). Two numbers are one ("13" "2,58")."""
    text, start, end = match.string, match.start(), match.end()
    before, after = text[start - 1], text[end]
    if _in_address(text, start, end):
        return ""
    if after.isalpha():
        if before in _WORD_ENDING_MARKS or before.isdigit():
            return " "
        if not (before.isalpha() or "\u0300" <= before <= "\u036f"):
            return ""
        from bantin.parsers.vietnamese import is_syllable  # it reads this module's tone marks

        left = _LETTERS_BEFORE_RE.search(text, max(0, start - _SYLLABLE_REACH), start)
        right = _LETTERS_AFTER_RE.match(text, end)
        if left is None or right is None:
            return ""
        parts = (
            _replace_each(left[0], INVISIBLE_CHARS, ""),
            _replace_each(right[0], INVISIBLE_CHARS, ""),
        )
        if _acronym_and_syllable(*parts, is_syllable):
            return " "
        return " " if all(map(is_syllable, parts)) and not is_syllable("".join(parts)) else ""
    return " " if after.isdigit() and before.isalpha() else ""


#: The fewest capitals an abbreviation a break stands next to has ("UBND", "HĐND", "CCHC").
_ACRONYM_LETTERS = 2


def _acronym_and_syllable(left: str, right: str, is_syllable: Callable[[str], bool]) -> bool:
    """Whether the letters either side of a break are an abbreviation in capitals that is no
    syllable ("UBND", "HĐND") and a syllable ("tỉnh", "Tỉnh"), in either order: two words
    ("UBND\u200btỉnh" is "UBND tỉnh"), where the syllable test alone glued them, an abbreviation
    being no syllable."""
    for acronym, word in ((left, right), (right, left)):
        if (
            len(acronym) >= _ACRONYM_LETTERS
            and acronym.isupper()
            and not is_syllable(acronym)
            and is_syllable(word)
        ):
            return True
    return False


#: What an address holds and a sentence's word does not: a path's or a link's "/", an e-mail's "@".
_ADDRESS_MARKS = ("/", "@")
#: How far around a break the white space that ends its token is looked for.
_TOKEN_REACH = 200
#: What ends a token: white space, and the edges of a tag ("<title>Tin\fmột</title>": the
#: title's words are no address for the "/" of its end tag).
_TOKEN_ENDS = (" ", "\n", "\t", ">", "<")
_TOKEN_RE = patterncache.compile(r"[^\s<>]*")


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is inside a token (what white space delimits) that is an
    address: a link's slug ("…/them-thu-tuc-du\u200boc-tich-hop"), a path or an e-mail, whose
    letters are no words."""
    window = text[max(0, start - _TOKEN_REACH) : start]
    token_start = max(window.rfind(c) for c in _TOKEN_ENDS) + 1
    following = _TOKEN_RE.match(text, end, end + _TOKEN_REACH)
    token = window[token_start:] + (following[0] if following else "")
    return any(mark in token for mark in _ADDRESS_MARKS)


def words_kept_apart(text: str) -> str:
    """``text`` with each run of ``WORD_BREAK_CHARS`` between two words read as a space
    (``_word_break``); the others stay, for the caller to drop."""
    return _WORD_BREAK_RE.sub(_word_break, text)


def zero_width_spaces_read(text: str) -> str:
    """``text`` with each zero-width space a space between two words and nothing elsewhere
    (``words_kept_apart``): for text that resolves "&#8203;" after ``normalise_text`` ran."""
    if "\u200b" not in text:
        return text
    return words_kept_apart(text).replace("\u200b", "")


def normalise_text(text: str, suspects: str | None = None) -> str:
    """The text of a source as bantin parses it: invisible characters and page/format controls
    removed, line separators other than "\n" turned into spaces (see INVISIBLE_CHARS), other
    forms of a hyphen and a percent sign read as those (VARIANT_CHARS).

    ``suspects``, when given, holds every one of those characters that ``text`` may hold (as
    ``utf8_suspects`` tells from the bytes ``text`` was decoded from); the others are not
    searched for. Each character is replaced on its own, so the order does not matter. A soft
    hyphen at a line's end inside a word first moves the word's end up to it
    (``_soft_hyphen_breaks_joined``), and a zero-width space or a form feed between two words is
    read as a space (``words_kept_apart``)."""
    if "\u00ad" in text and (suspects is None or "\u00ad" in suspects):
        text = _soft_hyphen_breaks_joined(text)
    if any(char in text for char in WORD_BREAK_CHARS) and (
        suspects is None or any(char in suspects for char in WORD_BREAK_CHARS)
    ):
        text = words_kept_apart(text)
    if suspects is not None:
        for char in suspects:
            if char in text:
                text = text.replace(char, _NORMALISED[char])
        return text
    text = _replace_each(text, _CONTROLS_AND_JOINERS, "")
    if _may_hold_variation_selectors(text):
        text = _replace_each(text, VARIATION_SELECTORS, "")
    return _replace_each(plain_variants(text), SEPARATOR_CHARS, " ")


def plain_variants(text: str) -> str:
    """``text`` with each of VARIANT_CHARS read as the character it is a form of: for text that
    character references gave after ``normalise_text`` ran ("&#8209;" in a feed's HTML)."""
    for char, form in VARIANT_CHARS.items():
        if char in text:
            text = text.replace(char, form)
    return text


def _by_first_byte(chars: str) -> tuple[tuple[bytes, str], ...]:
    """``chars`` grouped by the first byte of their UTF-8 form."""
    groups: dict[bytes, str] = {}
    for char in chars:
        lead = char.encode("utf-8")[:1]
        groups[lead] = groups.get(lead, "") + char
    return tuple(groups.items())


_NORMALISED_BY_FIRST_BYTE = _by_first_byte("".join(_NORMALISED))


def utf8_suspects(data: bytes) -> str:
    """The characters ``normalise_text`` acts on that the text decoded from the UTF-8 ``data``
    may hold: those whose first UTF-8 byte ``data`` holds. A byte search is one ``memchr``,
    while searching the text for "\x1e" or U+FE00 stops at nearly every Vietnamese letter (their
    UTF-16 code units share a byte with it); most of these bytes never occur in a bulletin."""
    return "".join([chars for lead, chars in _NORMALISED_BY_FIRST_BYTE if lead in data])


def _may_hold_variation_selectors(text: str) -> bool:
    """False when ``text`` holds none of U+FE00-U+FE0F. Each is one UTF-16 code unit with the
    high byte 0xFE, which Vietnamese text hardly ever holds, so one byte search of the UTF-16
    form (a copy at memory speed) rules all sixteen out, for a quarter of the cost of sixteen
    character searches (some of which cannot use ``memchr``)."""
    return b"\xfe" in text.encode("utf-16-le", "surrogatepass")


def clean_line(line: str) -> str:
    """NFC, non-breaking spaces to spaces, no carriage return, no trailing whitespace."""
    return _replace_each(nfc(line), NBSP_CHARS, " ").replace("\r", "").rstrip()


def clean_lines(text: str) -> list[str]:
    """``[clean_line(raw) for raw in text.split("\n")]``, with the NFC and replacements done once
    over the whole text: "\n" is a starter that composes with nothing, so NFC never reaches across
    it, and the replacements are per character."""
    text = _replace_each(nfc(text), NBSP_CHARS, " ").replace("\r", "")
    return list(map(str.rstrip, text.split("\n")))


def is_collapsed(text: str) -> bool:
    """Whether ``" ".join(text.split()) == text`` holds already, as for most titles and
    paragraphs, without splitting: a printable text holds no white space but the plain space
    (every other white space character is a control or a separator), nor a carriage return or
    U+FEFF, so it is collapsed when no space is doubled or at an end."""
    return (
        text.isprintable()
        and "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
    )


def collapse_spaces(text: str) -> str:
    r"""One plain space between words, none at the ends (``str.split`` whitespace, as ``\s``)."""
    return text if is_collapsed(text) else " ".join(text.split())


#: The non-breaking spaces that ``str.split`` does not take for white space (U+FEFF).
_NBSP_NOT_SPACE = "".join(char for char in NBSP_CHARS if not char.isspace())


def clean_words(text: str) -> str:
    """``collapse_spaces(clean_line(plain_variants(text)))`` in fewer passes (the text of XML,
    whose character references are resolved after ``normalise_text``): ``str.split`` takes the
    other non-breaking spaces and trailing white space for white space already, and a collapsed
    text (``is_collapsed``) holds none of the characters replaced."""
    text = plain_variants(nfc(text))
    if is_collapsed(text):
        return text
    text = zero_width_spaces_read(text)  # a character reference's ("&#8203;")
    return " ".join(_replace_each(text, _NBSP_NOT_SPACE, " ").replace("\r", "").split())


@lru_cache(maxsize=4096)  # titles are compared again and again (TOC, body, duplicates)
def comparable(text: str) -> str:
    """A key for comparing titles: NFC, one space, no dot leaders, straight quotes, case-folded."""
    text = clean_line(text)
    if has_leader(text):  # most lines skip the regex
        text = without_leader(text)
    for char, plain in _QUOTES.items():
        if char in text:
            text = text.replace(char, plain)
    return collapse_spaces(text).casefold()


#: A run of what is not a letter or digit (punctuation, dashes, spaces), but for the one mark
#: inside a number ("10,5", "1.240", "2/3"), which is part of the number.
_NON_WORD_RUN_RE = patterncache.compile(r"(?!(?<=\d)[.,/](?=\d))[\W_]+")


#: The tone marks of Vietnamese (grave, acute, tilde, hook, dot below), as NFD writes them.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _new_style_pairs() -> dict[str, str]:
    """Old-style placements of a tone at a word's end ("hóa", "thủy", "khỏe") and the new-style
    ones a keyboard set otherwise types ("hoá", "thuỷ", "khoẻ"): both are correct Vietnamese."""
    pairs = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in TONE_MARKS:
            old = unicodedata.normalize("NFC", first + tone) + second
            pairs[old] = first + unicodedata.normalize("NFC", second + tone)
    return pairs


_NEW_STYLE = _new_style_pairs()
#: A toned "o" or "u" before the vowel a new-style tone goes on, at a word's end: one character
#: set first, so that sre skips every other position at C speed.
_OLD_STYLE_RE = patterncache.compile(
    f"[{''.join(sorted({old[0] for old in _NEW_STYLE}))}][aey](?!\\w)"
)


@lru_cache(maxsize=4096)  # a TOC's titles are looked for on every line of the body
def title_words(text: str) -> str:
    """A key for telling whether two printings of a title are one title: ``comparable``, with
    punctuation, dashes and spacing reduced to one space between its words and numbers, and a
    tone placed the new way ("hóa" and "hoá", "thủy" and "thuỷ" are one word, as two keyboard
    settings type it). "Lào Cai: Số hóa", "Lào Cai – Số hoá" and "LÀO CAI : SỐ HÓA." are one
    title; "10,5%" and "105%" are not. What two printings of one title spell otherwise is one
    spelling here (``_one_spelling``): "98,5%" and "98.5%", "quản lý" and "quản lí", "Đ" and
    the "Ð" a PDF's font gives for it."""
    return _one_spelling(new_style_tones(_NON_WORD_RUN_RE.sub(" ", comparable(text)).strip()))


#: The decimal mark inside a number, a comma or a point as the one who typed it set it.
_DECIMAL_COMMA_RE = patterncache.compile(r"(?<=\d),(?=\d)")
#: A final "y" after a syllable's first consonants alone ("lý", "kỹ", "quy", "mỹ"), which the
#: spelling of 1980 writes "i" ("lí", "kĩ", "qui", "mĩ"): both are taught, and typed. After a
#: vowel "y" and "i" are other words ("tay", "tai"), and are kept.
_FINAL_Y_RE = patterncache.compile(
    r"(?<![^\W\d_])(?P<first>[bcdđghklmnprstvx]|ch|gh|kh|ng|nh|ph|qu|th|tr)(?P<y>[yýỳỷỹỵ])(?!\w)"
)
_Y_AS_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")


def _one_spelling(key: str) -> str:
    """``key`` (a ``title_words`` key) with what is spelled two ways spelled one way: a decimal
    comma as a point ("98,5" -> "98.5"), the "ð" (Icelandic eth) a PDF's font puts for "đ" as
    "đ", and a final "y" after consonants alone as "i" (``_FINAL_Y_RE``: "lý" -> "lí")."""
    if "," in key:
        key = _DECIMAL_COMMA_RE.sub(".", key)
    if "ð" in key:
        key = key.replace("ð", "đ")
    return _FINAL_Y_RE.sub(lambda found: found["first"] + found["y"].translate(_Y_AS_I), key)


def new_style_tones(text: str) -> str:
    """``text`` (lower case) with each tone placed the new way at a word's end: "hóa" -> "hoá",
    "thủy" -> "thuỷ" (both correct; two keyboard settings type the one or the other)."""
    return _OLD_STYLE_RE.sub(_new_style, text)


def _new_style(old: re.Match[str]) -> str:
    return _NEW_STYLE.get(old.group(), old.group())  # "ùa" is no pair: as printed


#: What numbers a section before its name: "I. ", "II) ", "1. ", "A. ", "Phần I: ", "PHẦN 2 - ".
_SECTION_NUMBER_RE = patterncache.compile(
    r"^(?:phần\s+)?(?:[ivxlc]+|\d{1,2}|[a-e])\s*[.):–-]\s+", re.IGNORECASE
)


def section_words(name: str) -> str:
    """A key for telling whether two printings of a section's name are one section: its
    ``title_words`` without the number before it ("I. CẢI CÁCH ĐỊA PHƯƠNG" in the TOC, "CẢI CÁCH
    ĐỊA PHƯƠNG" in the body)."""
    return title_words(_SECTION_NUMBER_RE.sub("", name.strip(), count=1))


def is_upper_heading(line: str) -> bool:
    """True for an all-capitals line such as a section heading ("CẢI CÁCH ĐỊA PHƯƠNG")."""
    if not line.isupper():  # C-speed: no cased letter, or a lower-case one
        return False
    letters = list(filter(str.isalpha, line))
    return len(letters) >= 3 and all(map(str.isupper, letters))


# ---------------------------------------------------------------- numbers


@dataclass(frozen=True)
class VnNumber:
    """A number read the Vietnamese way; ``dot_decimal`` flags the ambiguous "80.09"."""

    value: float
    dot_decimal: bool = False

    @property
    def is_integer(self) -> bool:
        return float(self.value).is_integer()


_THOUSANDS_DOT_RE = patterncache.compile(r"^\d{1,3}(?:\.\d{3})+$")
_NUMBER_RE = patterncache.compile(r"^\d+(?:[.,]\d+)*$")


@lru_cache(maxsize=4096)  # the same few numbers are read again and again
def parse_vn_number(text: str) -> VnNumber | None:
    """Read "1.624.565" (integer), "132,58" (decimal comma) or "80.09" (dot decimal, ambiguous)."""
    text = text.strip()
    if not _NUMBER_RE.match(text):
        return None
    if _THOUSANDS_DOT_RE.match(text):
        return VnNumber(float(text.replace(".", "")))
    if "," in text:
        head, _, tail = text.rpartition(",")
        if "," in head or "." in tail:  # "1,5.3" is no number ("1,5.300" neither)
            return None
        if head and not (_THOUSANDS_DOT_RE.match(head) or head.isdigit()):
            return None
        return VnNumber(float(head.replace(".", "") + "." + tail))
    if text.count(".") == 1:
        return VnNumber(float(text), dot_decimal=True)
    if "." in text:
        return None
    return VnNumber(float(text))


def format_vn_number(value: float, decimals: int = 0) -> str:
    """The inverse of :func:`parse_vn_number` for clean numbers: 1624565 -> "1.624.565"."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


# ---------------------------------------------------------------- dates

#: A day and month as a citation or a page prints them: "05/01", also "05-01" and "05.01".
DAY_MONTH_RE = patterncache.compile(r"^(\d{1,2})[/.-](\d{1,2})$")
#: A full date: "05/01/2025", also "05-01-2025" and "05.01.2025" (one separator throughout).
FULL_DATE_RE = patterncache.compile(
    r"^(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})$"
)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (31/9, 29/2/2023, month 0)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_month_exists(day: int, month: int) -> bool:
    """Whether "day/month" exists in some year (29/2 does, 31/9 and 01/0 do not)."""
    return make_date(2024, month, day) is not None


#: A full date as a masthead or a page's heading prints it: "01/02/2024", "1-2-2024", "01.02.2024",
#: "01 tháng 02 năm 2024" (the year up to five digits, so that "19999" is read, and found
#: impossible, rather than taken for no date).
PRINTED_DATE = (
    r"\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{1,5}(?!\d)"
    r"|\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{1,5}(?!\d)"
)
PRINTED_DATE_RE = patterncache.compile(PRINTED_DATE)
#: A weekday as a masthead or a web title prints it before its date: "Thứ Năm", "thứ 5", "Chủ nhật"
#: (for a pattern compiled to ignore case).
PRINTED_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_PRINTED_DATE_NUMBERS_RE = patterncache.compile(r"\d+")


def parse_printed_date(text: str) -> dt.date | None:
    """A date printed as ``PRINTED_DATE`` ("01/02/2024", "01-02-2024", "01.02.2024", "01 tháng 02
    năm 2024") -> 2024-02-01; None when it does not exist or is no such date."""
    if PRINTED_DATE_RE.fullmatch(text.strip()) is None:
        return None
    day, month, year = (int(n) for n in _PRINTED_DATE_NUMBERS_RE.findall(text))
    return make_date(year, month, day)


def parse_full_date(text: str) -> dt.date | None:
    """ "01/02/2024" (or "01-02-2024", "01.02.2024") -> 2024-02-01; None when the text is no date
    or the date does not exist."""
    match = FULL_DATE_RE.match(text.strip())
    if not match:
        return None
    return make_date(int(match["y"]), int(match["m"]), int(match["d"]))


def infer_year(day: int, month: int, issue_date: dt.date) -> dt.date | None:
    """The existing date "day/month" nearest to ``issue_date`` (the year is not printed)."""
    candidates = [
        d
        for year in (issue_date.year - 1, issue_date.year, issue_date.year + 1)
        if (d := make_date(year, month, day)) is not None
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - issue_date).days), d))


def resolve_day_month(text: str, issue_date: dt.date | None) -> dt.date | None:
    """Resolve a printed "DD/MM" against the issue date; None when impossible or unknown."""
    match = DAY_MONTH_RE.match(text.strip())
    if not match or issue_date is None:
        return None
    return infer_year(int(match.group(1)), int(match.group(2)), issue_date)


def resolve_cited_date(text: str, issue_date: dt.date | None) -> dt.date | None:
    """The day a citation's date stands for: "DD/MM/YYYY" as printed, "DD/MM" resolved against
    the issue date; None when impossible or unknown."""
    text = text.strip()
    if FULL_DATE_RE.match(text):
        return parse_full_date(text)
    return resolve_day_month(text, issue_date)


_RFC822_RE = patterncache.compile(
    r"^(?:(?P<wd>[A-Z][a-z]{2}), )?(?P<day>\d{1,2}) (?P<mon>[A-Z][a-z]{2}) (?P<year>\d{4}) "
    r"(?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2}))? (?P<tz>[+-]\d{4}|GMT|UTC|UT|Z)$"
)
RFC822_PATTERN = r"(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC|UT|Z)"


@dataclass(frozen=True)
class Rfc822:
    """An RFC 822 date as printed: its weekday (if any), the UTC instant and the day as printed,
    in its own zone (both None if impossible)."""

    text: str
    weekday: str | None
    utc: dt.datetime | None
    day: dt.date | None = None


@lru_cache(maxsize=64)  # a feed prints one or two zones
def _zone(tz: str) -> dt.timezone:
    """The zone of an RFC 822 date: "+0700", "-0430", or a name of UTC (GMT, UTC, UT, Z)."""
    if tz[0] not in "+-":
        return dt.UTC
    minutes = int(tz[1:3]) * 60 + int(tz[3:5])
    return dt.timezone(dt.timedelta(minutes=minutes if tz[0] == "+" else -minutes))


@lru_cache(maxsize=4096)  # the parser and the date rules read the same dates
def parse_rfc822(text: str) -> Rfc822 | None:
    """Parse "Sat, 27 Sep 2025 09:18:56 +0000"; None when the text has another shape."""
    match = _RFC822_RE.match(text.strip())
    if not match:
        return None
    weekday, day, month, year, hour, minute, second, tz = match.group(
        "wd", "day", "mon", "year", "h", "m", "s", "tz"
    )
    if month not in RFC822_MONTHS:
        return None
    try:
        local = dt.datetime(
            int(year),
            RFC822_MONTHS.index(month) + 1,
            int(day),
            int(hour),
            int(minute),
            int(second or 0),
            tzinfo=_zone(tz),
        )
        utc: dt.datetime | None = local.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return Rfc822(text=text.strip(), weekday=weekday, utc=None)
    return Rfc822(text=text.strip(), weekday=weekday, utc=utc, day=local.date())


def format_rfc822(moment: dt.datetime) -> str:
    """Format a UTC instant the way WordPress does: "Sat, 27 Sep 2025 09:18:56 +0000"."""
    moment = moment.astimezone(dt.UTC)
    return (
        f"{RFC822_WEEKDAYS[moment.weekday()]}, {moment.day:02d} {RFC822_MONTHS[moment.month - 1]} "
        f"{moment.year} {moment:%H:%M:%S} +0000"
    )


#: A paragraph that only marks a picture as an illustration: "Ảnh minh họa", "(Ảnh minh hoạ)",
#: "Hình: minh họa". A credit that names who took it ("Ảnh: Thu Hà") may end a caption a page's
#: width broke ("… điện tử." / "Ảnh: Thu Hà") and stays.
_PICTURE_CREDIT_RE = patterncache.compile(
    r"\(?\s*(?:Ảnh|Hình)(?:\s*:\s*|\s+)minh\s+h(?:ọa|oạ)\s*\)?\.?", re.IGNORECASE
)


def is_picture_credit(text: str) -> bool:
    """Whether a paragraph only marks a picture (``_PICTURE_CREDIT_RE``): no text of the article,
    which a page prints under or beside a photo."""
    return len(text) <= 24 and _PICTURE_CREDIT_RE.fullmatch(text) is not None


#: What ends a sentence, a paragraph or a title: a full stop, a closing quote or bracket.
TERMINAL_PUNCTUATION = ".!?…:;\"”’'»)]"


def blank_run_start(text: str, index: int, also: str = "") -> int:
    """Where the run of white space (and characters of ``also``) that ends at ``index`` starts."""
    while index > 0 and (text[index - 1].isspace() or text[index - 1] in also):
        index -= 1
    return index


#: What cuts a title into its parts: a colon, or a dash between spaces ("Lào Cai: Số hóa …",
#: "Lào Cai – Số hóa …", "Infographic: …", "… - Bước tiến mới"). A TOC or the body may leave a
#: title's first part (its place, a label) or its last out.
TITLE_PART_BREAK = r"\s*:\s+|\s+[-–—]\s+"
