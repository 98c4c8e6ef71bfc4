"""Gazetteer of Vietnam's provinces and centrally-run cities (63 before 1 July 2025, 34 after)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

import ahocorasick

from bantin import patterncache
from bantin.parsers.text import TONE_MARKS, collapse_spaces, nfc


@dataclass(frozen=True)
class Province:
    """A province or centrally-run city: canonical name, other spellings, and its fate in 2025.

    ``merged_into`` names the unit it became part of on 1 July 2025 (None if it continues).
    ``towns`` are the names of its cities and towns that differ from its own ("Buôn Ma Thuột" for
    Đắk Lắk): its capital and those reform news names a province by, none shared with a place
    elsewhere ("Vinh" and "Tân An", which many communes' names hold, only as "TP Vinh",
    "thành phố Tân An"), its island special zones ("Vân Đồn", "đặc khu Cô Tô"), and the names
    the press calls it by ("xứ Thanh", "đất Mũi", "thành phố Cảng").
    ``wards`` are the wards that bear its name since 1 July 2025, when its capital became a ward
    of the unit it was merged into ("Hải Dương" in Hải Phòng, "Hà Giang 1" in Tuyên Quang):
    places within it only in a text of that day or later (``_towns_within``).
    """

    name: str
    variants: tuple[str, ...] = ()
    merged_into: str | None = None
    city: bool = False
    since_2025: bool = False
    towns: tuple[str, ...] = ()
    wards: tuple[str, ...] = ()

    @property
    def before_2025(self) -> bool:
        """One of the 63 units before 1 July 2025."""
        return not self.since_2025

    @property
    def after_2025(self) -> bool:
        """One of the 34 units from 1 July 2025."""
        return self.merged_into is None


_HCM = "TP. Hồ Chí Minh"


def _hcm_spellings() -> tuple[str, ...]:
    """The ways the press writes Ho Chi Minh City besides ``_HCM``: "TP"/"Tp"/"tp", a dot, a
    space, both or neither, then its name or "HCM" ("TP.HCM", "Tp. HCM", "TPHCM", "tp.HCM",
    "Tp.Hồ Chí Minh"), or "thành phố" written out. "Hồ Chí Minh" alone is a person's name, never
    the city."""
    spellings = [
        f"{word}{gap}{name}"
        for word in ("TP", "Tp", "tp")
        for gap in (".", ". ", " ", "")
        for name in ("Hồ Chí Minh", "HCM")
        if gap or name == "HCM"
    ]
    spellings += [
        f"{word} {name}" for word in ("Thành phố", "thành phố") for name in ("Hồ Chí Minh", "HCM")
    ]
    return tuple(s for s in spellings if s != _HCM)


#: The word for a city as the press prints it before a city's name, mid-sentence or opening it.
_CITY_WORD_FORMS = ("TP", "TP.", "Tp", "Tp.", "thành phố", "Thành phố")


def _city(name: str) -> tuple[str, ...]:
    """A city whose bare name many other places' names hold ("Vinh": "Trường Vinh", "Vinh Quang"),
    named only with the word for a city before it: "TP Vinh", "thành phố Vinh"."""
    spaced = tuple(f"{word} {name}" for word in _CITY_WORD_FORMS)
    return (*spaced, f"TP.{name}", f"Tp.{name}")  # "TP.Vinh", as "TP.HCM" is printed


def _unit(name: str, *words: str) -> tuple[str, ...]:
    """A place whose bare name is also a person's ("Hà Đông", "Thành Vinh") or a place's elsewhere,
    named only with one of ``words`` (lower case, as mid-sentence, or capitalised) before it."""
    return tuple(f"{form} {name}" for word in words for form in (word, word.capitalize()))


def _unmarked(first: str, second: str) -> tuple[str, ...]:
    """A two-word name printed without its marks, in one word or two: "Daklak", "DakLak",
    "Dak Lak" (and "Đaklak", "ĐakLak", "Đak Lak" with only the crossed D)."""
    return tuple(
        spelling
        for initial in (first, "Đ" + first[1:])
        for spelling in (initial + second.lower(), initial + second, f"{initial} {second}")
    )


def _zone(name: str) -> tuple[str, ...]:
    """An island special zone (đặc khu, since 1 July 2025; an island district before) whose bare
    name is also a commune's elsewhere ("Cô Tô" in An Giang), a person's ("Lý Sơn") or is said of
    the archipelago in any article ("Hoàng Sa"): named only with the word for the unit before it."""
    return _unit(name, "đặc khu", "huyện đảo", "huyện")


def _wards(*names: str) -> tuple[str, ...]:
    """Wards named ``names`` since 1 July 2025, printed only with the word for a ward before them
    ("phường Hải Dương", or "P.Hải Dương" as some papers shorten it): bare, the name is the old
    province's, and a commune's ("xã Long An") is a commune's in many provinces."""
    return tuple(
        form for name in names for form in (*_unit(name, "phường"), f"P.{name}", f"P. {name}")
    )


#: Districts (until 1 July 2025) that bear the name of another province: the province's name
#: after "huyện" is theirs, no mention of that province.
_QUANG_BINH_DISTRICT = _unit("Quảng Ninh", "huyện")
_BAC_LIEU_DISTRICT = _unit("Hòa Bình", "huyện")

#: Of the 29 units merged into others on 1 July 2025, 22 gave their name to a ward of the unit
#: they became part of (a 2025 count of the new wards): those ``wards`` are listed, but for
#: Bà Rịa - Vũng Tàu's, whose towns' names the wards took, and Bình Thuận's, whose name a ward
#: elsewhere may bear.
PROVINCES: tuple[Province, ...] = (
    Province(
        "Hà Nội",
        city=True,
        # Its districts (wards and communes since 1 July 2025) whose names no place elsewhere has.
        towns=(
            "Thủ đô",
            "Hoàn Kiếm",
            "Cầu Giấy",
            "Long Biên",
            *_unit("Hà Đông", "quận", "phường"),
            "Từ Liêm",
            *_unit("Gia Lâm", "huyện", "xã"),
            *_unit("Đông Anh", "huyện", "xã"),
            "Ba Vì",
            "Thạch Thất",
            "Quốc Oai",
            *_unit("Chương Mỹ", "huyện", "xã"),
            "Thường Tín",
        ),
    ),
    Province(
        _HCM,
        _hcm_spellings(),
        city=True,
        # The city's former name, which reform news still writes, and a ward's since 1 July 2025;
        # then districts (wards and communes since that day) whose names no place elsewhere has.
        towns=(
            "Thủ Đức",
            "Sài Gòn",
            "Bến Thành",
            "Chợ Lớn",
            "Gò Vấp",
            "Hóc Môn",
            "Củ Chi",
            "Nhà Bè",
            "Cần Giờ",
            *_unit("mang tên Bác", "thành phố"),  # what the press calls it
        ),
    ),
    Province(
        "Hải Phòng",
        city=True,
        towns=(
            "Bạch Long Vĩ",
            *_zone("Cát Hải"),
            *_unit("Cảng", "thành phố", "đất"),
            # Districts (wards and communes since 1 July 2025) no place elsewhere is named.
            "Cát Bà",
            "Đồ Sơn",
            "Thủy Nguyên",
        ),
    ),
    Province(
        "Đà Nẵng",
        city=True,
        towns=(
            *_zone("Hoàng Sa"),
            *_unit("sông Hàn", "thành phố"),
            # Districts (wards and communes since 1 July 2025) no place elsewhere is named.
            "Ngũ Hành Sơn",
            "Liên Chiểu",
            "Cẩm Lệ",
            "Hòa Vang",
        ),
    ),
    # Districts (wards since 1 July 2025) no place elsewhere is named.
    Province("Cần Thơ", city=True, towns=("Ninh Kiều", "Cái Răng", "Ô Môn", "Thốt Nốt")),
    # "TT-Huế": how several national papers shortened the province before it became a city.
    Province(
        "Huế",
        ("Thừa Thiên Huế", "Thừa Thiên - Huế", "TT-Huế"),
        city=True,
        towns=_unit("Thuận Hóa", "quận", "phường"),  # bare, the old region north of it
    ),
    Province("An Giang", towns=("Long Xuyên", "Châu Đốc")),
    Province(
        "Bà Rịa - Vũng Tàu",
        ("BR-VT", "BRVT"),
        merged_into=_HCM,
        towns=("Vũng Tàu", "Bà Rịa", "Côn Đảo"),
    ),
    Province("Bắc Giang", merged_into="Bắc Ninh", wards=_wards("Bắc Giang")),
    Province("Bắc Kạn", ("Bắc Cạn",), merged_into="Thái Nguyên", wards=_wards("Bắc Kạn")),
    # Its district "huyện Hòa Bình" (until 2025) is no mention of the province Hòa Bình.
    Province("Bạc Liêu", merged_into="Cà Mau", towns=_BAC_LIEU_DISTRICT, wards=_wards("Bạc Liêu")),
    Province("Bắc Ninh"),
    Province("Bến Tre", merged_into="Vĩnh Long", wards=_wards("Bến Tre")),
    Province(
        "Bình Định", merged_into="Gia Lai", towns=("Quy Nhơn", "An Nhơn"), wards=_wards("Bình Định")
    ),
    # "Thuận An" bare is also a ward of Huế (a town of Thừa Thiên Huế before 2025): only the
    # city, "TP Thuận An", is Bình Dương's.
    Province(
        "Bình Dương",
        merged_into=_HCM,
        towns=("Thủ Dầu Một", "Dĩ An", *_city("Thuận An")),
        wards=_wards("Bình Dương"),
    ),
    Province(
        "Bình Phước", merged_into="Đồng Nai", towns=("Đồng Xoài",), wards=_wards("Bình Phước")
    ),
    Province("Bình Thuận", merged_into="Lâm Đồng", towns=("Phan Thiết", *_zone("Phú Quý"))),
    Province("Cà Mau", towns=_unit("Mũi", "đất")),
    Province("Cao Bằng"),
    Province(
        "Đắk Lắk",
        # With the marks, and as the highland's own brands and many outlets print it without
        # them, in one word or two ("Daklak", "DakLak", "Dak Lak").
        ("Đắc Lắc", "Đăk Lăk", "Đắk Lăk", "Đăk Lắk", "ĐắkLắk", "ĐăkLăk", *_unmarked("Dak", "Lak")),
        towns=("Buôn Ma Thuột", "Buôn Mê Thuột"),
    ),
    Province(
        "Đắk Nông",
        ("Đăk Nông", "Đắc Nông", *_unmarked("Dak", "Nong")),
        merged_into="Lâm Đồng",
        towns=("Gia Nghĩa",),
    ),
    Province("Điện Biên", towns=("Điện Biên Phủ",)),
    Province("Đồng Nai", towns=("Biên Hòa", "Long Khánh")),
    Province("Đồng Tháp", towns=("Cao Lãnh", "Sa Đéc")),
    Province("Gia Lai", towns=("Pleiku",)),
    Province("Hà Giang", merged_into="Tuyên Quang", wards=_wards("Hà Giang 1", "Hà Giang 2")),
    Province("Hà Nam", merged_into="Ninh Bình", towns=("Phủ Lý",), wards=_wards("Hà Nam")),
    # Since 1 July 2025 the wards of a capital bear new names the press writes without the province.
    Province("Hà Tĩnh", towns=("Thành Sen",)),
    Province("Hải Dương", merged_into="Hải Phòng", wards=_wards("Hải Dương")),
    Province("Hậu Giang", merged_into="Cần Thơ", towns=("Vị Thanh",)),
    Province("Hòa Bình", merged_into="Phú Thọ", wards=_wards("Hòa Bình")),
    Province("Hưng Yên", towns=("Phố Hiến",)),
    Province("Khánh Hòa", towns=("Nha Trang", "Cam Ranh", *_zone("Trường Sa"))),
    Province(
        "Kiên Giang",
        merged_into="An Giang",
        towns=("Rạch Giá", "Phú Quốc", "Hà Tiên", *_zone("Kiên Hải"), "Thổ Châu"),
    ),
    # In one word ("Kontum", "KonTum") or dashed ("Kon-Tum", any dash, spaced or not).
    Province(
        "Kon Tum",
        ("Kontum", "KonTum", "Kon-Tum"),
        merged_into="Quảng Ngãi",
        wards=_wards("Kon Tum"),
    ),
    Province("Lai Châu"),
    Province("Lâm Đồng", towns=("Đà Lạt", "Bảo Lộc")),
    Province("Lạng Sơn", towns=_unit("Lạng", "xứ")),
    # Its capital's ward "Lào Cai", before 2025 and since, is its own.
    Province("Lào Cai", towns=("Sa Pa", *_unit("Lào Cai", "phường"))),
    Province("Long An", merged_into="Tây Ninh", towns=_city("Tân An"), wards=_wards("Long An")),
    Province("Nam Định", merged_into="Ninh Bình", wards=_wards("Nam Định")),
    Province(
        "Nghệ An",
        towns=(
            *_city("Vinh"),
            *_unit("Thành Vinh", "phường"),
            *_unit("Trường Vinh", "phường"),
            "Cửa Lò",
        ),
    ),
    Province("Ninh Bình", towns=("Hoa Lư", "Tam Điệp")),
    Province("Ninh Thuận", merged_into="Khánh Hòa", towns=("Phan Rang - Tháp Chàm", "Phan Rang")),
    # Not "đất Tổ", which "đất Tổ quốc" (the fatherland's soil) holds.
    Province("Phú Thọ", towns=("Việt Trì",)),
    Province("Phú Yên", merged_into="Đắk Lắk", towns=("Tuy Hòa",), wards=_wards("Phú Yên")),
    # Its district "huyện Quảng Ninh" (until 2025) is no mention of the province Quảng Ninh.
    Province("Quảng Bình", merged_into="Quảng Trị", towns=("Đồng Hới", *_QUANG_BINH_DISTRICT)),
    # "xã Hội An", "thị trấn Hội An" are An Giang's (``_TOWNS_NOT_COMMUNES``).
    Province("Quảng Nam", merged_into="Đà Nẵng", towns=("Tam Kỳ", "Hội An")),
    Province("Quảng Ngãi", towns=(*_zone("Lý Sơn"), "đảo Lý Sơn")),
    Province(
        "Quảng Ninh",
        towns=("Hạ Long", "Cẩm Phả", "Uông Bí", "Móng Cái", "Vân Đồn", *_zone("Cô Tô")),
    ),
    Province("Quảng Trị", towns=("Đông Hà", "Cồn Cỏ")),
    Province("Sóc Trăng", merged_into="Cần Thơ", wards=_wards("Sóc Trăng")),
    Province("Sơn La"),
    Province("Tây Ninh"),
    Province("Thái Bình", merged_into="Hưng Yên", wards=_wards("Thái Bình")),
    Province("Thái Nguyên"),
    Province("Thanh Hóa", towns=("Sầm Sơn", "Hạc Thành", "Bỉm Sơn", *_unit("Thanh", "xứ"))),
    Province("Tiền Giang", merged_into="Đồng Tháp", towns=("Mỹ Tho",)),
    Province("Trà Vinh", merged_into="Vĩnh Long", wards=_wards("Trà Vinh")),
    Province("Tuyên Quang"),
    Province("Vĩnh Long"),
    Province(
        "Vĩnh Phúc",
        merged_into="Phú Thọ",
        towns=("Vĩnh Yên", "Phúc Yên"),
        wards=_wards("Vĩnh Phúc"),
    ),
    Province("Yên Bái", merged_into="Lào Cai", wards=_wards("Yên Bái")),
)

#: Canonical names of the 63 units before 1 July 2025 and of the 34 units from that date.
PROVINCES_BEFORE_2025: tuple[str, ...] = tuple(p.name for p in PROVINCES if p.before_2025)
PROVINCES_AFTER_2025: tuple[str, ...] = tuple(p.name for p in PROVINCES if p.after_2025)

#: Capitalised phrases that contain a province name but are not about it.
#: Provinces' names that are also persons' given names, often after the middle name "Thị" or
#: "Văn" ("Nguyễn Thị Huế", "Lê Văn Thái Bình"): so printed, a person.
_GIVEN_NAMES = ("Huế", "Hà Giang", "Thái Bình", "Hòa Bình", "Hải Dương", "Bình Dương", "Vĩnh Phúc")
_NOT_PLACES = (
    "Thái Bình Dương",  # the Pacific Ocean
    *(f"{middle} {name}" for middle in ("Thị", "Văn") for name in _GIVEN_NAMES),
    *_QUANG_BINH_DISTRICT,
    *_BAC_LIEU_DISTRICT,
)

#: Words that open the name of an administrative unit ("Phường Bến Thành", "Quận 1").
ADMIN_UNIT_WORDS = (
    "Thành phố",
    "Thị trấn",
    "Thị xã",
    "Đặc khu",
    "Phường",
    "Huyện",
    "Quận",
    "Tỉnh",
    "TP.",
    "TP",
    "Xã",
)
_PROVINCE_PREFIXES = ("Thành phố ", "Tỉnh ", "TP. ", "TP.", "TP ")

# Tone marks move inside a syllable between spelling styles ("Hòa"/"Hoà"), and a dash between
# words may be any dash, spaced or not ("Bà Rịa – Vũng Tàu"): every tone placement on a vowel of
# the syllable and every dash with and without its spaces is listed as a spelling of its own, so
# the text needs no rewriting but ``_spaced``.
_TONE_MARKS = frozenset(TONE_MARKS)
_VOWELS = frozenset("aeiouyAEIOUY")
_DASHES = "‐‑‒–—"
_SPACED_DASHES = tuple(
    f"{before}{dash}{after}"
    for dash in "-" + _DASHES
    for before in ("", " ")
    for after in ("", " ")
)


def _needs_collapse(text: str) -> bool:
    """Whether ``text`` has two spaces in a row, or a line break, tab, form feed or vertical tab.

    A search for one character is the cheapest test ``str`` has (a fraction of an instruction per
    character, a twentieth of ``str.isprintable``): the six of them cost less than one guard.
    """
    # Written out, not as any() over a tuple: the generator cost more than the six searches.
    return (
        "  " in text or "\n" in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text
    )


def _spaced(text: str) -> str:
    """NFC, and one plain space between words when ``text`` has loose spaces: the form matched."""
    text = nfc(text)
    return " ".join(text.split()) if _needs_collapse(text) else text


def _tight(text: str) -> str:
    """``_spaced``, with a bare "-" for any dash: the form a spelling is listed and looked up in.

    Plain substring tests and replaces, which on Vietnamese text are far cheaper than a regex.
    """
    text = _spaced(text)
    for dash in _DASHES:
        if dash in text:
            text = text.replace(dash, "-")
    if "-" in text:
        text = text.replace(" -", "-").replace("- ", "-")
    return text


def _tone_placements(syllable: str) -> list[str]:
    """``syllable`` (NFD) with its tone mark on each of its vowels in turn (itself if toneless)."""
    tones = [c for c in syllable if c in _TONE_MARKS]
    if not tones:
        return [syllable]
    bare = "".join(c for c in syllable if c not in _TONE_MARKS)
    clusters: list[str] = []
    for char in bare:
        if clusters and unicodedata.combining(char):
            clusters[-1] += char
        else:
            clusters.append(char)
    placed = [
        "".join(clusters[:i]) + clusters[i] + tones[-1] + "".join(clusters[i + 1 :])
        for i, cluster in enumerate(clusters)
        if cluster[0] in _VOWELS
    ]
    return placed or [syllable]


def _variants(part: str) -> Sequence[str]:
    """The ways a part of a tight name (NFD) may be printed: its dash, or its syllable."""
    return _SPACED_DASHES if part == "-" else _tone_placements(part)


def _spellings(name: str) -> set[str]:
    """Every NFC form of ``name`` with its tone marks anywhere on their syllables' vowels and any
    dash, spaced or not, between its words (its tight form among them)."""
    forms = [""]
    for part in re.split(r"([ -])", unicodedata.normalize("NFD", _tight(name))):
        forms = [form + variant for form in forms for variant in _variants(part)]
    return {nfc(form) for form in forms}


@dataclass(frozen=True)
class _Gazetteer:
    """Every spelling (NFC) -> canonical name (None: a phrase that is no place), an Aho–Corasick
    automaton over those spellings, and each canonical name's spellings (its own first)."""

    names: dict[str, str | None]
    automaton: Any
    spellings: dict[str, tuple[str, ...]]


#: The words for a province or a city after which a name printed in lower case, or with only
#: its first word capitalised, is the province's ("tỉnh lào cai", "Thành phố đà nẵng", "tp hà
#: nội"), as feeds' tags and hastily typed items print it. Bare, many such names are common
#: words ("hòa bình" is peace, "thái bình" peaceful): they name nothing.
_PROVINCE_WORDS = ("tỉnh ", "Tỉnh ")
_LOWER_CASE_NAME_WORDS = (*_PROVINCE_WORDS, *(f"{w} " for w in (*_CITY_WORD_FORMS, "tp", "tp.")))
#: How the word for a city opens a name that holds it ("TP. Hồ Chí Minh", "TPHCM"), case-folded.
_CITY_WORDS = ("tp", "thành phố")
#: Names that in lower case say what a city is, after the word for a city: "xây dựng thành phố
#: hòa bình, văn minh" (a peaceful city) names no Hòa Bình. They name it in lower case only after
#: "tỉnh" (``_PROVINCE_WORDS``; case-folded, NFC).
_CITY_QUALITIES = frozenset({"hòa bình"})


def _lower_cased(spelling: str) -> set[str]:
    """``spelling`` in lower case and with only its first word capitalised, if either differs."""
    lowered = spelling.lower()
    first, _, rest = spelling.partition(" ")
    return {lowered, f"{first} {rest.lower()}" if rest else first} - {spelling}


def _lower_case_names(spelling: str) -> tuple[set[str], set[str]]:
    """The spellings of ``spelling`` in lower case (``_lower_cased``) the gazetteer matches: after
    one of ``_LOWER_CASE_NAME_WORDS``, or bare when the name opens with the word for a city
    ("tphcm"); and the bare names themselves, which ``_names`` looks for first (it finds a
    stretch to read by a name's spelling, and the word before it is in the same stretch)."""
    bare = {form for lowered in _lower_cased(spelling) for form in _spellings(lowered)}
    if spelling.casefold().startswith(_CITY_WORDS):
        return bare, bare
    words = _PROVINCE_WORDS if spelling.casefold() in _CITY_QUALITIES else _LOWER_CASE_NAME_WORDS
    return {f"{word}{form}" for form in bare for word in words}, bare


@cache
def _gazetteer() -> _Gazetteer:
    names: dict[str, str | None] = {}
    anchors: dict[str, set[str]] = {}
    after_a_word: set[str] = set()  # lower-case names after "tỉnh": found by ``anchors``
    for province in PROVINCES:
        for spelling in (province.name, *province.variants):
            for form in (spelling, nfc(spelling).upper()):
                # The form itself too: a name glued into one word ("ĐắkLắk") has two tones.
                names.update(dict.fromkeys({nfc(form), *_spellings(form)}, province.name))
        for spelling in (province.name, *province.variants):
            matched, bare = _lower_case_names(nfc(spelling))
            for form in matched - names.keys():
                names[form] = province.name
                after_a_word.add(form)
            anchors.setdefault(province.name, set()).update(bare)
    for phrase in _NOT_PLACES:
        for form in (phrase, phrase.upper()):
            names.update(dict.fromkeys(_spellings(form), None))
    automaton = ahocorasick.Automaton()
    for spelling in names:
        automaton.add_word(spelling, spelling)
    automaton.make_automaton()
    spellings: dict[str, list[str]] = {}
    for spelling, name in names.items():
        if name is not None and spelling not in after_a_word:
            spellings.setdefault(name, []).append(spelling)
    own_first = {
        name: (
            *sorted(forms, key=lambda s: (s != name, s)),
            *sorted(anchors[name] - set(forms)),  # looked for last: rarely printed
        )
        for name, forms in spellings.items()
    }
    return _Gazetteer(names, automaton, own_first)


def _is_edge(char: str) -> bool:
    return char.isalnum() or char == "_" or "\u0300" <= char <= "\u036f"


def canonical_province(name: str) -> str | None:
    """The canonical name when ``name`` is exactly a province or city (any known spelling)."""
    names = _gazetteer().names
    name = collapse_spaces(nfc(name))
    folded = name.casefold()
    candidates = [name] + [
        name[len(prefix) :] for prefix in _PROVINCE_PREFIXES if folded.startswith(prefix.casefold())
    ]
    for candidate in candidates:
        found = names.get(_tight(candidate.strip()))
        if found:
            return found
    return None


def is_place_name(text: str) -> bool:
    """Whether ``text`` is exactly a province's name (any spelling) or one of its ``towns``."""
    return canonical_province(text) is not None or nfc(text.strip()) in _towns()


@cache
def _towns() -> frozenset[str]:
    return frozenset(
        spelling
        for province in PROVINCES
        for town in province.towns
        for spelling in _spellings(town)
    )


def provinces_named_in(text: str) -> list[str]:
    """Canonical names of the provinces and cities ``text`` mentions, in order of first mention.

    One Aho–Corasick pass finds every spelling; of overlapping word-bounded matches the leftmost,
    then the longest, wins ("Thái Bình Dương" is the ocean, not Thái Bình nor Bình Dương).
    """
    return _named_in(_spaced(text))


#: What joins texts matched in one pass: no spelling holds it, and like the end of a text it is
#: no part of a word, so each text's matches are those it has on its own. It is printable and no
#: space, so the joined texts need collapsing exactly when one of them does.
_JOIN = "¶"


def provinces_named_in_any(texts: Iterable[str]) -> set[str]:
    """The provinces any of ``texts`` names (those ``provinces_named_in`` finds in each), found
    in one pass over them all."""
    return set(_named_in(_joined(texts)))


def provinces_named_in_each(texts: Sequence[str]) -> list[list[str]]:
    """``provinces_named_in`` of each of ``texts`` (the titles of a bulletin), found in one pass
    over them all when they are matched as printed (NFC, no loose spaces), as most are; each
    match is then given to the text it starts in."""
    joined = _JOIN.join(texts)
    if _needs_collapse(joined) or not unicodedata.is_normalized("NFC", joined):
        return [provinces_named_in(text) for text in texts]
    starts = list(accumulate((len(text) + 1 for text in texts), initial=0))
    found: list[list[str]] = [[] for _ in texts]
    for start, name in _selected(joined):
        if name is not None:
            names = found[bisect_right(starts, start) - 1]
            if name not in names:
                names.append(name)
    return found


def provinces_named_among(texts: Iterable[str], provinces: Iterable[str]) -> set[str]:
    """Those of ``provinces`` (canonical names) that ``texts`` name, as ``provinces_named_in_any``
    finds them, reading only the texts that hold one of their spellings.

    A name never spans two texts, so the texts name a province when one of them does; a text can
    name it only if it holds one of its spellings, which ``str.find`` looks for at C speed. Most
    texts are printed in the form matched (NFC, no loose spaces), so the texts as printed are
    searched first, each found spelling's text read on its own (``provinces_named_in``); only the
    provinces not found that way are looked for again in the matched form of all the texts.
    """
    texts = list(texts)
    wanted = set(provinces)
    printed = _JOIN.join(texts)
    named = {p for p in wanted if _names(printed, p, provinces_named_in)}
    if named != wanted:
        joined = _joined(texts)
        named |= {p for p in wanted - named if _names(joined, p, _named_in)}
    return named


def provinces_placed_among(
    texts: Iterable[str], provinces: Iterable[str], *, merged: bool = False
) -> set[str]:
    """Those of ``provinces`` that ``texts`` name (``provinces_named_among``) or name a place
    within: a town of it ("phường Buôn Ma Thuột" is in Đắk Lắk). Once the units have ``merged``
    (a text of 1 July 2025 or after) also a unit merged into it that day, or a town of one
    (what was Bình Định is in Gia Lai), and the province a unit became part of: a title's "Phú
    Yên", as many still write it, over a body about "tỉnh Đắk Lắk". Before that day Bình Định
    and Gia Lai were two provinces: a "Gia Lai" title over a body about Bình Định or Quy Nhơn is
    no Gia Lai article. The units merged into a province are read by the gazetteer, as the
    province itself is ("Thái Bình Dương" is the ocean, no Thái Bình in Hưng Yên); its towns by
    their names standing whole."""
    texts = list(texts)
    wanted = set(provinces)
    placed = provinces_named_among(texts, wanted)
    rest = wanted - placed
    units = {unit for p in rest for unit in _units_merged_into(p)} if merged else set()
    if units:
        named = provinces_named_among(texts, units)
        placed |= {p for p in rest if not named.isdisjoint(_units_merged_into(p))}
        rest = wanted - placed
    became = {into for p in rest if (into := _MERGED_INTO.get(p))} if merged else set()
    if became:
        named = provinces_named_among(texts, became)
        placed |= {p for p in rest if _MERGED_INTO.get(p) in named}
        rest = wanted - placed
    if rest:
        joined = _joined(texts)
        placed |= {p for p in rest if any(_holds_name(joined, t) for t in _towns_within(p, merged))}
    return placed


#: The unit each province became part of on 1 July 2025, by canonical name (None if it goes on).
_MERGED_INTO = {unit.name: unit.merged_into for unit in PROVINCES}


def names_of(province: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names ``province`` (canonical) goes by: its own and its other spellings ("Thừa Thiên
    Huế", "TP.HCM"), then its ``towns`` ("Sài Gòn", "Thủ đô"); empty when it is no province."""
    unit = next((u for u in PROVINCES if u.name == province), None)
    return ((unit.name, *unit.variants), unit.towns) if unit else ((), ())


def merged_into(province: str) -> str | None:
    """The canonical name of the unit ``province`` (canonical) became part of on 1 July 2025;
    None when it goes on, or is no province."""
    return _MERGED_INTO.get(province)


@cache
def _units_merged_into(province: str) -> frozenset[str]:
    """The canonical names of the units merged into ``province`` on 1 July 2025."""
    return frozenset(unit.name for unit in PROVINCES if unit.merged_into == province)


@cache
def _towns_within(province: str, merged: bool) -> tuple[str, ...]:
    """The ``towns`` of ``province`` and, once the units have ``merged``, of the units merged
    into it, and their ``wards`` (which bear those names only since that day), in NFC, each
    with its tone marks anywhere on their syllables' vowels ("Biên Hòa", "Biên Hoà") and any dash
    between its words, as provinces' names are spelled (``_spellings``)."""
    units = [u for u in PROVINCES if u.name == province or (merged and u.merged_into == province)]
    places = [place for unit in units for place in (*unit.towns, *(unit.wards if merged else ()))]
    return tuple(sorted({s for place in places for s in _spellings(place)}))


def _holds_name(text: str, name: str) -> bool:
    """Whether ``name`` stands in ``text`` as a whole name, no letter or digit joining it, and
    not as a street's ("đường Điện Biên Phủ", ``_STREET_WORDS``)."""
    at = text.find(name)
    while at != -1:
        stop = at + len(name)
        if (
            not (at and _is_edge(text[at - 1]))
            and not (stop < len(text) and _is_edge(text[stop]))
            and not _unit_named(text, at, _TOWNS_NOT_COMMUNES.get(name, _STREET_WORDS))
            and not _name_goes_on(text, stop)
        ):
            return True
        at = text.find(name, at + 1)
    return False


def _name_goes_on(text: str, stop: int) -> bool:
    """Whether a name ending at ``stop`` in ``text`` is the start of a longer one: a capitalised
    word, a letter alone or a number follows it after a space ("Thủ đô Viêng Chăn" is Laos's
    capital, "xã Long Khánh A" a commune far from the city of Long Khánh)."""
    if not text.startswith(" ", stop):
        return False
    after = text[stop + 1 : stop + 2]
    return after.isupper() or after.isdigit()


def _joined(texts: Iterable[str]) -> str:
    """``texts`` in their matched form, joined by ``_JOIN``."""
    texts = list(texts)
    joined = nfc(_JOIN.join(texts))
    if _needs_collapse(joined):  # rare: parsed paragraphs are spaced already
        joined = _JOIN.join(map(_spaced, texts))
    return joined


#: A comma: no spelling holds one, so no name spans it; nor does one span ``_JOIN``.
_COMMA = ","
#: Where ``_names`` cuts the texts into stretches.
_CUTS = (_JOIN, _COMMA)
_CUT_RE = patterncache.compile(f"[{re.escape(''.join(_CUTS))}]")  # the first cut after a match


def _names(joined: str, province: str, named_in: Callable[[str], list[str]]) -> bool:
    """Whether a spelling of ``province`` in ``joined`` (texts joined by ``_JOIN``) stands where
    ``named_in`` reads a name of it, reading only the stretch around it between two ``_CUTS``:
    no name spans a cut and neither is part of a word, so a stretch's names are the names the
    whole text has in it (the clause, not the paragraph, goes through the automaton).

    Each spelling's matches are visited left to right, and the cuts around one are looked for
    no further back than the stretch before the last one read: a name printed many times is
    read in time linear in the texts, not once more per match."""
    read: set[int] = set()  # where the stretches already read start
    end = len(joined)
    for spelling in _gazetteer().spellings.get(province, ()):
        at = joined.find(spelling)
        floor = 0  # a cut, or 0: no cut between it and ``at`` is looked for behind it
        while at != -1:
            start = _stretch_start(joined, floor, at)
            cut = _CUT_RE.search(joined, at)
            stop = end if cut is None else cut.start()
            if start not in read:
                read.add(start)
                if province in named_in(joined[_clause_before(joined, start, floor) : stop]):
                    return True
            floor = max(start - 1, 0)
            at = joined.find(spelling, stop)
    return False


def _stretch_start(joined: str, floor: int, at: int) -> int:
    """Where the stretch holding ``at`` starts: after the last cut before it, looked for from
    ``floor`` (0, or a cut no later than that one)."""
    return max(joined.rfind(_JOIN, floor, at), joined.rfind(_COMMA, floor, at)) + 1


def _clause_before(joined: str, start: int, floor: int = 0) -> int:
    """Where the stretch before the one starting at ``start`` starts, when a comma ends it: read
    with it, "các xã, phường Hà Nội" keeps the list of units that makes its "phường" no ward's
    name (``_unit_named``). A stretch after ``_JOIN`` or at the start is read alone. ``floor``
    is 0 or a cut no later than the one that starts that stretch."""
    if not start or joined[start - 1] != _COMMA:
        return start
    return _stretch_start(joined, min(floor, start - 1), start - 1)


def _named_in(text: str) -> list[str]:
    found: list[str] = []
    for _, name in _selected(text):
        if name is not None and name not in found:
            found.append(name)
    return found


def _selected(text: str) -> Iterator[tuple[int, str | None]]:
    """Where each word-bounded spelling that wins in ``text`` starts, and its canonical name (None
    for a phrase that is no place): of overlapping matches the leftmost, then the longest."""
    gazetteer = _gazetteer()
    matches: list[tuple[int, int, str]] = []
    for end, spelling in gazetteer.automaton.iter(text):
        start, stop = end + 1 - len(spelling), end + 1
        if (start and _is_edge(text[start - 1])) or (stop < len(text) and _is_edge(text[stop])):
            continue
        matches.append((start, -stop, spelling))
    matches.sort()
    reached = 0
    for start, negative_stop, spelling in matches:
        if start < reached:
            continue
        reached = -negative_stop
        name = gazetteer.names[spelling]
        if (
            name is not None
            and _may_name_no_place(text, start)
            and (_unit_named(text, start) or _person_named(text, start))
        ):
            name = None
        yield start, name


#: Words a person's name follows ("chị Hà Giang", "ông Long An"): a province's name after one
#: of them is a person's given name. Two in a row are people in general ("anh em Hà Nội",
#: "bà con", "con cháu"), and the name after them the province's.
_PERSON_WORDS = frozenset(("ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu"))
_PEOPLE_WORDS = _PERSON_WORDS | {"con"}
#: Common family names, printed capitalised before a given name ("Nguyễn Hải Dương", "Đỗ Hà
#: Nam"): a province's name after one is a person's. Not those that open a place's name ("Hồ",
#: "Mai", "Cao", "Lâm", "Hà", "Châu", "La", "Thái", "Dương", "Bạch", "Tô"), nor "Đoàn", which
#: opens a sentence about a province's delegation ("Đoàn Quảng Ninh dự hội nghị").
_FAMILY_NAMES = frozenset(
    (
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
        "Đỗ", "Ngô", "Lý", "Đinh", "Trịnh", "Lương", "Trương", "Tạ", "Vương", "Quách", "Lưu",
        "Kiều", "Thị", "Văn",
    )
)  # fmt: skip


def _person_named(text: str, start: int) -> bool:
    """Whether the province's name starting at ``start`` in ``text`` is a person's given name:
    right after a family name ("Nguyễn Hải Dương", or the middle "Thị", "Văn") or the word a
    person is called by ("chị Hà Giang"), not after two such words ("anh em Hà Nội") nor after
    many of them ("các em Hà Nội", "20 cháu")."""
    if not start or text[start - 1] != " ":
        return False
    words = _words_before(text, start).split()
    if not words:
        return False
    if words[-1] in _FAMILY_NAMES:
        return True
    if words[-1].casefold() not in _PERSON_WORDS:
        return False
    before = words[-2].casefold() if len(words) > 1 else ""
    return not (before in _PEOPLE_WORDS or before in _MANY_UNITS or before.isdigit())


#: Words for a unit below a province (a ward, commune, village, quarter) or for a street, after
#: which a province's name is that unit's or street's own: "xã Long An", "phường Vĩnh Phúc" (a
#: ward of Hà Nội until 2025), "phố Huế" (a street of Hà Nội), "đường Lào Cai". Such units and
#: streets bear provinces' names all over the country, so the name places the text nowhere.
#: The words for a street, after which a town's name is the street's too ("đường Điện Biên Phủ"
#: runs through many cities, "phường Điện Biên Phủ" is the town's ward), and for a commune, a
#: village or a township.
_STREET_WORDS = frozenset(("phố", "đường", "ngõ", "ngách", "hẻm", "lộ"))
_COMMUNE_WORDS = frozenset(("xã", "trấn", "thôn", "ấp", "xóm"))
_UNIT_WORDS = _STREET_WORDS | _COMMUNE_WORDS | {"phường"}
#: The word before a unit's word that makes the pair no unit: "thành phố Huế" and "thị xã Quảng
#: Trị" are the province's city or town, "đường phố Hà Nội" and "phố phường Hà Nội" its streets.
_NO_UNIT_PAIRS = frozenset((("thành", "phố"), ("thị", "xã"), ("đường", "phố"), ("phố", "phường")))
#: Words before a unit's word that make it many units, not one unit's name: "các phường Hà Nội",
#: "những xã Long An" are the province's wards and communes, "cấp xã Hà Nội" its commune level.
_MANY_UNITS = frozenset(("các", "những", "mọi", "nhiều", "toàn", "cấp", "số"))
#: Words that join two kinds of unit into a list ("xã và phường Hà Nội"): many units, when a
#: unit's word comes before them ("phố Huế và phố Hà Nội" is still two streets).
_AND = frozenset(("và", "hoặc", "hay"))
#: The words for a unit or street written in two or three ("thị trấn", "tổ dân phố"): what is
#: before the first of them tells one unit from many.
_COMPOUND_UNITS = (
    ("tổ", "dân", "phố"),
    ("thị", "trấn"),
    ("khu", "phố"),
    ("đại", "lộ"),
    ("xa", "lộ"),
    ("quốc", "lộ"),
)
#: Unit words that are one only as the end of a compound: "trấn" of "thị trấn", "lộ" of "đại lộ".
_ONLY_IN_COMPOUNDS = frozenset(("trấn", "lộ"))
#: Enough text before a name to hold the words that tell a unit's name (``_unit_named``).
_UNIT_WINDOW = 48


#: Cities whose name a commune or township elsewhere bears: after the word for a commune, a
#: village or a township (as after a street's) the name is that unit's. "Hội An" is Quảng Nam's
#: old town, "xã Hội An" and "thị trấn Hội An" An Giang's.
_TOWNS_NOT_COMMUNES = dict.fromkeys(_spellings("Hội An"), _STREET_WORDS | _COMMUNE_WORDS)


def _words_before(text: str, start: int) -> str:
    """The ``_UNIT_WINDOW`` characters before ``start`` in ``text``, from the start of its own
    text when texts are joined (``_JOIN``): a text read with others reads as it does alone."""
    window = text[max(0, start - _UNIT_WINDOW) : start]
    return window[window.rfind(_JOIN) + 1 :]


def _unit_named(text: str, start: int, unit_words: frozenset[str] = _UNIT_WORDS) -> bool:
    """Whether the province's name starting at ``start`` in ``text`` is a ward's, commune's,
    village's or street's (``unit_words``), printed right after the word for it: one unit or
    street, not the province's units ("các xã, phường Hà Nội", "126 xã Hà Nội", "xã/phường",
    "xã phường", "xã, phường, thị trấn")."""
    if not start or text[start - 1] != " ":
        return False
    words = _words_before(text, start).casefold().split()
    if not words or "/" in words[-1] or words[-1] not in unit_words:
        return False
    if len(words) > 1 and (words[-2], words[-1]) in _NO_UNIT_PAIRS:
        return False
    size = next((len(c) for c in _COMPOUND_UNITS if tuple(words[-len(c) :]) == c), 1)
    if size == 1 and words[-1] in _ONLY_IN_COMPOUNDS:
        return False  # "tiết lộ Hà Nội" (revealed), no avenue
    rest = words[:-size]
    before = rest[-1] if rest else ""
    first = rest[-2] if len(rest) > 1 else ""
    listed = before.rstrip(",;") in _UNIT_WORDS or (before in _AND and first in _UNIT_WORDS)
    many = before in _MANY_UNITS or listed or before.rstrip("%").replace(".", "").isdigit()
    return not many


#: The words, case-folded, after one of which ``_unit_named`` (with its ``_UNIT_WORDS``) or
#: ``_person_named`` may find a province's name no place's: a unit's or a street's word, a word a
#: person is called by, a family name.
_NAMING_WORDS = tuple(
    sorted(_UNIT_WORDS | _PERSON_WORDS | {name.casefold() for name in _FAMILY_NAMES})
)
_NAMING_WORD_LONGEST = max(map(len, _NAMING_WORDS))


def _may_name_no_place(text: str, start: int) -> bool:
    """Whether ``_unit_named(text, start)`` or ``_person_named(text, start)`` may hold, told
    cheaply: each needs a space before ``start`` and the word before it, case-folded, one of
    ``_NAMING_WORDS``. Right before that space, the word is no longer than the longest of them
    (case folding never shortens a text), and its case-folded text ends that of the characters
    before the space. After two spaces or more the word is further back: it may."""
    if not start or text[start - 1] != " ":
        return False
    if start < 2 or text[start - 2].isspace():
        return True
    tail = text[max(0, start - 1 - _NAMING_WORD_LONGEST) : start - 1]
    return tail.casefold().endswith(_NAMING_WORDS)


def _starts_with_admin_unit(head: str) -> bool:
    folded = head.casefold()
    for word in ADMIN_UNIT_WORDS:
        if not folded.startswith(word.casefold()):
            continue
        rest = head[len(word) :]
        if not word.endswith(".") and not rest.startswith(" "):
            continue
        rest = rest.lstrip()
        if rest and (rest[0].isupper() or rest[0].isdigit()):
            return True
    return False


def locality_of(title: str) -> str | None:
    """The place an article title starts with: "Bình Thuận" from "Bình Thuận: Xây dựng ...".

    The text before the first ": " counts when it is a known province or city (returned under
    its canonical name, "(mới)" or "(cũ)" after it or not) or starts with an administrative-unit
    word followed by a name ("Phường Bến Thành", "Quận 1"; returned as printed). Otherwise None:
    "Văn hóa xin lỗi: ..." names no place. A title with no ": " may open with a province and a
    spaced dash instead ("Hà Nội – Đẩy mạnh ...", ``_dashed_locality``).
    """
    title = nfc(title)
    head, separator, _ = title.partition(": ")
    return _place_named_by(collapse_spaces(head)) if separator else _dashed_locality(title)


#: A dash with a space on each side: what parts a head from the rest of a title. Names hold
#: dashes too ("Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế"), so each is tried in turn.
_SPACED_DASH = patterncache.compile(r"\s+[-‐‑‒–—]\s+")


def _dashed_locality(title: str) -> str | None:
    """The province a title opens with when a spaced dash follows it ("Hà Nội – Đẩy mạnh số
    hóa"): the first head before a spaced dash that is a province, "mới" or "cũ" after it or
    not. None when what follows the dash opens with a province too ("Kon Tum - Gia Lai liên
    kết"): there the dash joins two places, and the title is about both."""
    for dash in _SPACED_DASH.finditer(title):
        province = canonical_province(_without_era(collapse_spaces(title[: dash.start()])))
        if province is not None:
            rest = title[dash.end() :]
            opens_with_a_province = any(
                start == 0 and name is not None for start, name in _selected(_spaced(rest))
            )
            return None if opens_with_a_province else province
    return None


#: "(mới)" or "(cũ)" after a name, or "mới", "cũ" bare: the province as formed on 1 July 2025,
#: or as it was before.
_ERA = patterncache.compile(r"(?:\s*\((?:mới|cũ)\)|\s+(?:mới|cũ))$", re.IGNORECASE)


def _without_era(head: str) -> str:
    """``head`` without a closing "(mới)" or "(cũ)", or a bare "mới" or "cũ": since the merger
    the press writes "Tuyên Quang (mới)" or "Tuyên Quang mới" for the province formed that day
    and "Hà Giang (cũ)", "Hà Giang cũ" for one merged into it; either is still its name."""
    return _ERA.sub("", head) if head.endswith((")", "i", "ũ", "I", "Ũ")) else head


#: A head naming a province and, in brackets, another it is one with since 1 July 2025: "Đắk
#: Lắk (Phú Yên cũ)" (the part that was Phú Yên), "Bình Thuận (nay là Lâm Đồng)".
_BRACKETED = patterncache.compile(r"(?P<name>[^()]+?)\s*\((?P<note>[^()]+)\)$")
#: Words around the province named in brackets: "nay là", "nay thuộc", "trước đây là", "cũ";
#: or around those it took in on 1 July 2025: "gồm", "bao gồm cả", "sáp nhập", "khu vực",
#: "địa bàn" (the area that was that province).
_NOTE_WORDS = patterncache.compile(
    r"^(?:nay\s+(?:là|thuộc)|trước\s+đây\s+là|thuộc|trước\s+là|(?:bao\s+)?gồm(?:\s+cả)?"
    r"|sáp\s+nhập(?:\s+với)?|hợp\s+nhất(?:\s+với)?|khu\s+vực|địa\s+bàn)\s+",
    re.IGNORECASE,
)
#: Words for the area a province covers, before its name in a head ("Khu vực Phú Yên (cũ)").
_AREA_WORDS = ("Khu vực ", "Địa bàn ")


def _province_with_its_part(head: str) -> str | None:
    """The province ``head`` names when it is a province followed, in brackets, by the province
    it became part of or those that became part of it ("Đắk Lắk (Phú Yên cũ)" is Đắk Lắk,
    "Bình Thuận (nay là Lâm Đồng)" Bình Thuận, "Tuyên Quang (gồm Tuyên Quang và Hà Giang)"
    Tuyên Quang): the bracket narrows or spells out the place, it does not move it. Two
    provinces no merger joined ("Hà Nội (Bắc Ninh)") contradict each other: None."""
    bracketed = _BRACKETED.fullmatch(head)
    if bracketed is None:
        return None
    name = canonical_province(_without_era(bracketed["name"]))
    note = _NOTE_WORDS.sub("", bracketed["note"].strip())
    found = [canonical_province(_without_era(part)) for part in _listed(note)]
    listed = [part for part in found if part is not None]
    if name is None or len(listed) < len(found) or set(listed) == {name}:
        return None
    joined = all(
        part == name or _MERGED_INTO.get(name) == part or _MERGED_INTO.get(part) == name
        for part in listed
    )
    return name if joined else None


def _listed(note: str) -> list[str]:
    """The names listed in ``note`` (collapsed), parted by commas and "và": "Phú Thọ, Vĩnh Phúc
    và Hòa Bình"."""
    return [part.strip() for part in note.replace(" và ", ",").split(",")]


def _area_of(head: str) -> str | None:
    """The province ``head`` names as an area ("Khu vực Phú Yên (cũ)", "Địa bàn Bình Định cũ"):
    the area that was a province merged away is that province's place."""
    area = next((head[len(w) :] for w in _AREA_WORDS if head.startswith(w)), None)
    return None if area is None else canonical_province(_without_era(area))


@lru_cache(maxsize=4096)  # the same provinces and districts open title after title
def _place_named_by(head: str) -> str | None:
    """What ``locality_of`` returns for a title opening with ``head`` (collapsed) and ": "."""
    if not head:
        return None
    canonical = (
        canonical_province(_without_era(head)) or _province_with_its_part(head) or _area_of(head)
    )
    if canonical:
        return canonical
    return head if _starts_with_admin_unit(head) else None
