"""Clean phrases in every figure form real reporting uses, each with the figures it states.

The synthetic generator (``prose``) and the hypothesis strategies (``bantin.testing``) both draw
from here, so the property laws see every form: qualified percentages, ranges, small ratios of a
counted noun, "N TTHC/M TTHC", every pairing of a ratio with its percentage, implied ratios (the
part after or before the whole), ranks and scores, and the numbers that are no figures
(month/year, quarter/year, year spans, addresses, phone numbers, times).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from bantin.parsers.text import format_vn_number

T = TypeVar("T")


class Chooser(Protocol):
    """What a form needs to draw: ``random.Random`` is one; the strategies wrap ``draw``."""

    def randint(self, a: int, b: int) -> int: ...

    def choice(self, seq: Sequence[T]) -> T: ...


@dataclass(frozen=True)
class Expected:
    """A figure a phrase states, as ``extract_figures`` must read it."""

    kind: str
    value: float | None = None
    value_low: float | None = None
    value_high: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    qualifier: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Phrase:
    """Printed text and the figures it states (none for a date, a span, an address …)."""

    text: str
    figures: tuple[Expected, ...] = ()


_QUALIFIER_WORDS: tuple[tuple[str, str], ...] = (
    ("trên", "more_than"),
    ("hơn", "more_than"),
    ("gần", "nearly"),
    ("khoảng", "about"),
    ("dưới", "less_than"),
    ("tối thiểu", "at_least"),
    ("ít nhất", "at_least"),
    ("tối đa", "at_most"),
    ("không quá", "at_most"),
)
#: Nouns a ratio counts, with the unit the reader takes from them.
_COUNTED: tuple[tuple[str, str], ...] = (
    ("xã, phường", "xã"),
    ("cơ quan, đơn vị", "cơ quan"),
    ("hồ sơ", "hồ sơ"),
    ("thủ tục", "thủ tục"),
    ("chứng thư số", "chứng thư số"),
    ("doanh nghiệp", "doanh nghiệp"),
    ("cơ sở khám, chữa bệnh", "cơ sở"),
)
_SMALL_COUNTED: tuple[str, ...] = ("huyện", "sở", "phòng", "vùng", "thôn", "trường")
_STREETS: tuple[str, ...] = ("Trần Phú", "Lê Lợi", "Nguyễn Huệ", "Hùng Vương", "Lý Thường Kiệt")


def _percent_text(value: float, decimals: int) -> str:
    return format_vn_number(value, 0 if float(value).is_integer() else decimals) + "%"


def _share(c: Chooser, low: int, high: int) -> tuple[float, str]:
    """A percentage in [low, high] with 0-2 decimals: (value, printed)."""
    decimals = c.choice((0, 1, 2))
    scale = 10**decimals
    value = c.randint(low * scale, high * scale) / scale
    printed = _percent_text(value, decimals)
    return float(printed.rstrip("%").replace(".", "").replace(",", ".")), printed


def qualified_share(c: Chooser) -> Phrase:
    """ "trên 92%", "gần 98,5%", "tối thiểu 80%" (a share, never above 100%)."""
    word, qualifier = c.choice(_QUALIFIER_WORDS)
    value, printed = _share(c, 5, 99)
    return Phrase(f"{word} {printed}", (Expected("percent", value, qualifier=qualifier),))


def signed_fall(c: Chooser) -> Phrase:
    """ "-1,2%": a fall printed with its minus sign, which the value keeps (a hyphen-minus, as the
    legacy code pages a bulletin may come in have no other)."""
    value = c.randint(1, 25) / 10
    return Phrase(f"-{_percent_text(value, 1)}", (Expected("percent", -value),))


def count_over_count(c: Chooser) -> Phrase:
    """ "số hồ sơ nộp trực tuyến đạt 143% số hồ sơ nộp trực tiếp": one count of a noun over another
    count of it, a comparison that may pass 100% (a share of things counted may not: "105% số
    xã")."""
    noun, _ = c.choice(_COUNTED)
    value, printed = _share(c, 5, 300)
    how = c.choice((("nộp trực tuyến", "nộp trực tiếp"), ("quý này", "quý I"), ("mới", "đăng ký")))
    return Phrase(
        f"số {noun} {how[0]} đạt {printed} số {noun} {how[1]}", (Expected("percent", value),)
    )


def bounded_after(c: Chooser) -> Phrase:
    """ "từ 80% trở lên", "95% trở lên", "5% trở xuống", "từ 2/3 số huyện trở lên": the bound
    printed after the figure."""
    bound, qualifier = c.choice((("trở lên", "at_least"), ("trở xuống", "at_most")))
    opening = c.choice(("", "từ "))
    if c.choice((True, False)):
        value, printed = _share(c, 5, 99)
        return Phrase(
            f"{opening}{printed} {bound}", (Expected("percent", value, qualifier=qualifier),)
        )
    ratio = small_ratio(c)  # "7/9 huyện", then "số" or "tổng số" before what it counts
    counted = c.choice(("số", "tổng số"))
    text = ratio.text.replace(" ", f" {counted} ", 1)
    return Phrase(f"{opening}{text} {bound}", (replace(ratio.figures[0], qualifier=qualifier),))


def percent_range(c: Chooser) -> Phrase:
    """ "0,4-0,6%", "10-11%", "từ 20% đến 30%", "15 - 20%"."""
    decimals = c.choice((0, 0, 1))
    scale = 10**decimals
    low = c.randint(1 * scale, 60 * scale)
    high = c.randint(low + 1, low + 15 * scale)
    lo, hi = (format_vn_number(x / scale, decimals) for x in (low, high))
    text = c.choice((f"{lo}-{hi}%", f"từ {lo}% đến {hi}%", f"{lo} - {hi}%"))
    return Phrase(text, (Expected("percent", None, low / scale, high / scale),))


def typed_range(c: Chooser) -> Phrase:
    """ "30÷50%", "15—20%", "8−10 %": a range typeset with the division sign of technical writing,
    an em dash or a minus sign (the last number alone would be a wrong share)."""
    low = c.randint(1, 60)
    high = c.randint(low + 1, low + 20)
    joiner = c.choice(("÷", " ÷ ", "—", "−"))
    text = f"{low}{joiner}{high}{c.choice(('%', ' %'))}"
    return Phrase(text, (Expected("percent", None, low, high),))


def small_ratio(c: Chooser) -> Phrase:
    """ "7/9 huyện": a ratio with a small denominator, a figure because a count noun follows."""
    den = c.randint(2, 12)
    num = c.randint(1, den)
    noun = c.choice(_SMALL_COUNTED)
    return Phrase(
        f"{num}/{den} {noun}",
        (Expected("ratio", num / den * 100, numerator=num, denominator=den, unit=noun),),
    )


def fraction_of_whole(c: Chooser) -> Phrase:
    """ "rút ngắn 1/2 thời gian", "2/3 tổng số", "khoảng 1/4 dân số": a small ratio without a
    count noun, a figure because the whole it is of follows."""
    den = c.randint(2, 12)
    num = c.randint(1, den)
    before, qualifier = c.choice((("", None), ("khoảng ", "about"), ("hơn ", "more_than")))
    whole = c.choice(
        (
            "thời gian giải quyết",
            "tổng số",
            "dân số trong độ tuổi",
            "chi phí đi lại",
            "trong số đó",
            "số lượng đã đăng ký",
        )
    )
    return Phrase(
        f"{before}{num}/{den} {whole}",
        (Expected("ratio", num / den * 100, numerator=num, denominator=den, qualifier=qualifier),),
    )


def unit_ratio(c: Chooser) -> Phrase:
    """ "212 TTHC/250 TTHC"."""
    den = c.randint(13, 400)
    num = c.randint(1, den)
    return Phrase(
        f"{num} TTHC/{den} TTHC",
        (Expected("ratio", num / den * 100, numerator=num, denominator=den, unit="TTHC"),),
    )


def _printed_share(share: float, decimals: int) -> tuple[str, float]:
    """``share`` printed with ``decimals`` decimals ("48,6%"), and the value a reader takes."""
    printed = _percent_text(round(share, decimals), decimals)
    return printed, float(printed.rstrip("%").replace(".", "").replace(",", "."))


def _counted_share(c: Chooser) -> tuple[int, int, str, float, str, str, str]:
    """A ratio of counts and its share: (X, Y, the share printed, its value, the noun counted, its
    unit, "X/Y" printed with thousands separated)."""
    den = c.randint(13, 9000)
    num = den if c.randint(0, 4) == 0 else c.randint(max(1, den // 4), den)
    z, value = _printed_share(num / den * 100, c.choice((0, 1, 2)))
    noun, unit = c.choice(_COUNTED)
    return num, den, z, value, noun, unit, f"{format_vn_number(num)}/{format_vn_number(den)}"


#: What a clause says of the things a ratio counts before it states their share ("X/Y noun được
#: công khai, đạt Z%"): verbs, a comma, a place, but no number and no other rate.
_SAID_OF_COUNTED: tuple[str, ...] = (
    "được công khai",
    "đã hoàn thành",
    "đạt chuẩn",
    "kết nối, chia sẻ dữ liệu",
    "được cập nhật trên Cổng Dịch vụ công quốc gia",
)


def paired_ratio(c: Chooser) -> Phrase:
    """A ratio printed with its percentage in one of the real pairings: "X/Y (Z%) noun",
    "X/Y noun (Z%)", "X/Y noun (chiếm Z%)", "X/Y noun (đạt khoảng Z%)", "X/Y noun, đạt tỷ lệ Z%",
    and with what is said of the noun between, "X/Y noun được công khai, đạt Z%", "X/Y noun đạt
    chuẩn (Z%)"; thousands separated ("6.084/7.669"), Z rounded to the printed decimals."""
    num, den, z, value, noun, unit, ratio = _counted_share(c)
    shape = c.randint(0, 8)
    qualifier = None
    if shape == 0:
        text = f"{ratio} ({z}) {noun}"
    elif shape == 1:
        text = f"{ratio} {noun} ({z})"
    elif shape == 2:
        text = f"{ratio} {noun} (chiếm {z})"
    elif shape == 3:
        text = f"{ratio} {noun} (đạt {z})"
    elif shape == 4:
        text, qualifier = f"{ratio} {noun} (đạt khoảng {z})", "about"
    elif shape == 5:
        text = f"{ratio} {noun}, đạt tỷ lệ {z}"
    elif shape == 6:
        text = f"{ratio} {noun}, chiếm {z}"
    elif shape == 7:
        text = f"{ratio} {noun} {c.choice(_SAID_OF_COUNTED)}, {c.choice(('đạt', 'chiếm'))} {z}"
    else:
        text = f"{ratio} {noun} {c.choice(_SAID_OF_COUNTED)} ({z})"
    expected = Expected("ratio_percent", value, None, None, num, den, qualifier, unit)
    return Phrase(text, (expected,))


def share_of_larger_whole(c: Chooser) -> Phrase:
    """ "12/15 xã đạt chuẩn, chiếm 8% tổng số xã toàn tỉnh": a district's ratio, then the share
    of its province's (or the country's) whole that it makes; a ratio and a percentage, never
    one share (and never a wrong one)."""
    den = c.randint(8, 30)
    num = c.randint(1, den)
    share = round(num / den * 100 / c.randint(3, 12), 1)
    printed, value = _printed_share(share, 1 if share < 10 else 0)
    owner = c.choice(("của tỉnh", "toàn tỉnh", "cả nước", "trên địa bàn tỉnh", "của thành phố"))
    noun = c.choice(("xã", "thôn", "hợp tác xã"))
    return Phrase(
        f"{num}/{den} {noun} đạt chuẩn, chiếm {printed} tổng số {noun} {owner}",
        (
            Expected("ratio", num / den * 100, numerator=num, denominator=den, unit=noun),
            Expected("percent", value),
        ),
    )


def restated_ratio(c: Chooser) -> Phrase:
    """The other ways the press pairs a ratio with its percentage: the percentage first, "Z% (X/Y
    noun)", "Z% (X/Y) noun", "Z% số noun (X/Y noun)"; or the ratio first and a "tỷ lệ" or
    "tương đương" after a comma, "X/Y noun, tỷ lệ Z%", "X/Y noun, tương đương Z%"; and points of
    a maximum with their share, "40,62/80 điểm, đạt tỷ lệ 50,78%"."""
    num, den, z, value, noun, unit, ratio = _counted_share(c)
    shape = c.randint(0, len(_RESTATED))
    if shape == len(_RESTATED):  # points of a maximum: "40,62/80 điểm, đạt tỷ lệ 50,78%"
        top = c.choice((10, 20, 80, 100))
        points = c.randint(top * 25, top * 100) / 100
        z, value = _printed_share(points / top * 100, c.choice((0, 1, 2)))
        printed = format_vn_number(points, 0 if points.is_integer() else 2)
        text = f"{printed}/{top} điểm" + c.choice((f", đạt tỷ lệ {z}", f" ({z})"))
        expected = Expected("ratio_percent", value, None, None, points, top, None, "điểm")
        return Phrase(text, (expected,))
    text = _RESTATED[shape].format(z=z, ratio=ratio, noun=noun, unit=unit)
    return Phrase(text, (Expected("ratio_percent", value, None, None, num, den, None, unit),))


#: The shapes of ``restated_ratio`` with counts.
_RESTATED = (
    "{z} ({ratio} {noun})",
    "{z} ({ratio}) {noun}",
    "{z} số {unit} ({ratio} {noun})",
    "{ratio} {noun}, tỷ lệ {z}",
    "{ratio} {noun}, tương đương {z}",
)


def _part_of_whole(
    c: Chooser, smallest: int, templates: tuple[str, ...], fewest_tenths: int = 0
) -> Phrase:
    """M of N things (N from ``smallest``, M at least ``fewest_tenths`` tenths of N) in one of
    ``templates`` ({n}, {m}, {z}: the share as printed), which states the share and no ratio."""
    whole = c.randint(smallest, 20000)
    part = c.randint(max(1, whole * fewest_tenths // 10), whole)
    z, value = _printed_share(part / whole * 100, c.choice((0, 1, 2)))
    n, m = format_vn_number(whole), format_vn_number(part)
    return Phrase(c.choice(templates).format(n=n, m=m, z=z), (Expected("percent", value),))


def implied_ratio(c: Chooser) -> Phrase:
    """ "6.776 hồ sơ, với 2.521 hồ sơ trực tuyến (đạt tỷ lệ 37,2%)": M/N stated as a share."""
    return _part_of_whole(
        c,
        100,
        (
            "{n} hồ sơ, với {m} hồ sơ trực tuyến (đạt tỷ lệ {z})",
            "{n} hồ sơ, trong đó {m} hồ sơ được giải quyết trước hạn, đạt tỷ lệ {z}",
            "{n} hồ sơ, trong đó có {m} hồ sơ nộp qua bưu chính (chiếm {z})",
        ),
    )


def timeliness(c: Chooser) -> Phrase:
    """ "đã giải quyết 6.776 hồ sơ; trong đó, đúng và trước hạn có 6.521 hồ sơ, chiếm tỷ lệ
    96,24%": the share of the applications resolved that were resolved in time (most of them,
    as one-stop shops report)."""
    return _part_of_whole(
        c,
        100,
        (
            "đã giải quyết {n} hồ sơ; trong đó, số hồ sơ giải quyết đúng và trước hạn có {m} hồ "
            "sơ, chiếm tỷ lệ {z}",
            "đã giải quyết {n} hồ sơ, đúng hạn {m} hồ sơ, đạt tỷ lệ {z}",
        ),
        fewest_tenths=9,
    )


def implied_out_of(c: Chooser) -> Phrase:
    """ "15 trên tổng số 20 hồ sơ tồn đọng, đạt 75%", "Trong tổng số 4.800 hồ sơ tiếp nhận, có
    1.200 hồ sơ trực tuyến, chiếm 25%": M out of N stated as a share, the whole named first."""
    return _part_of_whole(
        c,
        10,
        (
            "đã giải quyết {m} trên tổng số {n} hồ sơ tồn đọng, đạt {z}",
            "có {m} trên {n} thủ tục được cung cấp trực tuyến toàn trình (chiếm {z})",
            "có {m} trong số {n} thủ tục được cắt giảm thời gian, đạt tỷ lệ {z}",
            "trong tổng số {n} hồ sơ tiếp nhận, có {m} hồ sơ nộp trực tuyến, chiếm {z}",
        ),
    )


def rank(c: Chooser) -> Phrase:
    """ "xếp thứ 12/63 tỉnh, thành phố", "xếp 44/132 quốc gia", "đứng thứ 5/34 cơ quan"."""
    total, noun, unit = c.choice(
        (
            (63, " tỉnh, thành phố", "tỉnh"),
            (34, " tỉnh, thành phố", "tỉnh"),
            (c.randint(100, 193), " quốc gia và nền kinh tế", "quốc gia"),
            (c.randint(13, 40), " cơ quan cấp tỉnh", "cơ quan"),
            (63, "", None),
        )
    )
    position = c.randint(1, total)
    verb = c.choice(("xếp thứ", "xếp", "đứng thứ", "xếp hạng", "xếp vị trí thứ"))
    return Phrase(
        f"{verb} {position}/{total}{noun}",
        (Expected("rank", numerator=position, denominator=total, unit=unit),),
    )


def rank_named(c: Chooser) -> Phrase:
    """ "thứ hạng Chỉ số hài lòng năm 2022 của đơn vị là 21/63": a place said after its ranking
    is named, in full (a year in the name too); a rank."""
    total = c.choice((63, 34, c.randint(13, 40)))
    position = c.randint(1, total)
    name = c.choice(
        ("Chỉ số cải cách hành chính", "Chỉ số hài lòng", "Chỉ số PAPI", "Chỉ số chuyển đổi số")
    )
    who = c.choice(("của đơn vị", "của tỉnh", "của thành phố", "của sở"))
    return Phrase(
        f"thứ hạng {name} năm {c.randint(2019, 2022)} {who} là {position}/{total}",
        (Expected("rank", numerator=position, denominator=total),),
    )


def rank_change(c: Chooser) -> Phrase:
    """ "từ vị trí 15/63 lên 10/63", "tụt từ hạng 8/63 xuống 12/63", "từ 20/63 vươn lên vị trí
    thứ 5/34", "cải thiện thứ hạng (từ 20/63 lên 12/63)": a change of rank, whose two places are
    ranks, one of them named so or both after the ranking is named; the year of the first place
    may stand between them ("từ vị trí 20/63 năm 2023 lên 12/63")."""
    before_total, after_total = c.choice(((63, 63), (63, 34), (34, 34)))
    before, after = c.randint(1, before_total), c.randint(1, after_total)
    year = c.choice(("", f" năm {c.randint(2019, 2025)}", f" (năm {c.randint(2019, 2025)})"))
    was, now = f"{before}/{before_total}{year}", f"{after}/{after_total}"
    text = c.choice(
        (
            f"từ vị trí {was} lên {now}",
            f"tụt từ hạng {was} xuống {now}",
            f"từ {was} vươn lên vị trí thứ {now}",
            f"từ thứ {was} xuống {now}",
            # Both bare, after the ranking is named: "cải thiện thứ hạng (từ 20/63 lên 12/63)".
            f"cải thiện thứ hạng (từ {was} lên {now})",
            f"thứ hạng thay đổi, từ {was} xuống {now}",
        )
    )
    return Phrase(
        text,
        (
            Expected("rank", numerator=before, denominator=before_total),
            Expected("rank", numerator=after, denominator=after_total),
        ),
    )


def rank_moved(c: Chooser) -> Phrase:
    """ "tăng 3 bậc lên 12/63", "xếp thứ 12/63, tăng 3 bậc so với năm 2023 (15/63)", "xếp thứ
    12/63; năm 2023 là 15/63", "xếp hạng thứ tự 14/20 cơ quan, tăng 4 bậc so với năm 2023 là
    18/20 cơ quan": a place reached by some steps, and the place before it printed after a rank
    out of as many (bare, or of the same things); ranks, not ratios."""
    total = c.choice((63, 34, 22))
    now = c.randint(1, total - 1)
    steps = c.randint(1, total - now)
    before, year = now + steps, c.randint(2019, 2025)
    reached = Expected("rank", numerator=now, denominator=total)
    shape = c.choice(("steps", "in parentheses", "after a clause", "of the same things"))
    if shape == "steps":
        return Phrase(f"tăng {steps} bậc lên {now}/{total}", (reached,))
    if shape == "of the same things":
        verb = c.choice(("xếp hạng thứ tự", "xếp thứ", "xếp hạng"))
        text = (
            f"{verb} {now}/{total} cơ quan, tăng {steps} bậc so với năm {year} là "
            f"{before}/{total} cơ quan"
        )
        return Phrase(
            text,
            (
                Expected("rank", numerator=now, denominator=total, unit="cơ quan"),
                Expected("rank", numerator=before, denominator=total, unit="cơ quan"),
            ),
        )
    if shape == "in parentheses":
        text = f"xếp thứ {now}/{total}, tăng {steps} bậc so với năm {year} ({before}/{total})"
    else:
        text = f"xếp thứ {now}/{total}; năm {year} là {before}/{total}"
    return Phrase(text, (reached, Expected("rank", numerator=before, denominator=total)))


def rank_standing(c: Chooser) -> Phrase:
    """ "đứng cuối bảng (20/20)", "dẫn đầu bảng xếp hạng (1/20)", "đứng áp chót (18/19)", "đội
    sổ (11/11)", "xếp thứ hai (2/20)": a place at an end of a ranking or named in words, its "X/Y"
    in parentheses after it, and maybe the place above it out of as many ("…, xếp trên là Sở Công
    Thương (19/20)"); ranks."""
    total = c.randint(3, 70)
    end = c.choice(("first", "last", "second to last", "named"))
    named = c.randint(1, min(total, 5))
    ordinal = c.choice(
        {1: ("nhất",), 2: ("hai", "nhì"), 3: ("ba",), 4: ("tư", "bốn"), 5: ("năm",)}[named]
    )
    words = {
        "first": ("dẫn đầu bảng xếp hạng", "đứng đầu", "xếp đầu bảng", "đứng đầu khối sở, ngành"),
        "last": ("đứng cuối bảng", "xếp cuối cùng", "đứng chót bảng xếp hạng", "đội sổ"),
        "second to last": ("đứng áp chót", "xếp áp chót bảng", "áp chót là Bộ Giáo dục và Đào tạo"),
        "named": (f"xếp thứ {ordinal}", f"đứng thứ {ordinal} toàn tỉnh", f"xếp hạng {ordinal}"),
    }[end]
    place = {"first": 1, "last": total, "second to last": total - 1, "named": named}[end]
    standing = Expected("rank", numerator=place, denominator=total)
    text = f"{c.choice(words)} ({place}/{total})"
    if place == 1 or total <= 12 or not c.choice((False, True)):
        # A bare "X/Y" out of 12 or fewer may be a day: only one named a place is a rank.
        return Phrase(text, (standing,))
    above = place - 1
    text += f", xếp trên là Sở Công Thương ({above}/{total})"
    return Phrase(text, (standing, Expected("rank", numerator=above, denominator=total)))


def period_edge(c: Chooser) -> Phrase:
    """ "dời về đầu tháng (1/10)", "về cuối năm (31/12)": the start or end of a time with its day
    in parentheses, which "đầu" and "cuối" name as they name the ends of a ranking; no figure."""
    month = c.randint(1, 12)
    text = c.choice(
        (
            f"dời về đầu tháng (1/{month})",
            "lùi về cuối năm (31/12)",
            f"chuyển về đầu tuần ({c.randint(1, 28)}/{month})",
        )
    )
    return Phrase(text)


def score(c: Chooser) -> Phrase:
    """ "41,37/80 điểm", "8,75/10 điểm", "18/20 điểm"."""
    top = c.choice((10, 20, 80, 100))
    decimals = c.choice((0, 2))
    points = c.randint(top * 10**decimals // 3, top * 10**decimals) / 10**decimals
    printed = format_vn_number(points, 0 if points.is_integer() else decimals)
    return Phrase(
        f"{printed}/{top} điểm",
        (Expected("score", numerator=points, denominator=top, unit="điểm"),),
    )


#: How the points are named before them instead of after: "tổng điểm 92,48/100".
_POINTS_BEFORE = (
    "tổng điểm {}",
    "đạt số điểm {}",
    "điểm trung bình đạt {}",
    "điểm số bình quân {}",
)


def score_named_before(c: Chooser) -> Phrase:
    """ "tổng điểm 92,48/100", "đạt số điểm 95/100": a score whose points are named before it."""
    phrase = score(c)
    points = phrase.text.removesuffix(" điểm")
    return Phrase(c.choice(_POINTS_BEFORE).format(points), phrase.figures)


def _months_before(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 - months
    return index // 12, index % 12 + 1


def month_year(c: Chooser, day: dt.date) -> Phrase:
    """ "tháng 4/2024": a month of a year, never a figure."""
    year, month = _months_before(day, c.randint(1, 18))
    return Phrase(f"tháng {month}/{year}")


def month_span(c: Chooser, day: dt.date) -> Phrase:
    """ "tháng 10/2023 đến tháng 3/2024" (after "Từ")."""
    end = c.randint(1, 6)
    y1, m1 = _months_before(day, end + c.randint(2, 9))
    y2, m2 = _months_before(day, end)
    return Phrase(f"tháng {m1}/{y1} đến tháng {m2}/{y2}")


def quarter_year(c: Chooser, day: dt.date) -> Phrase:
    """ "quý 2/2024", "quý II/2024"."""
    number = c.randint(1, 4)
    printed = c.choice((str(number), ("I", "II", "III", "IV")[number - 1]))
    return Phrase(f"quý {printed}/{day.year - c.randint(0, 1)}")


def year_span(c: Chooser, day: dt.date) -> Phrase:
    """ "2021-2025", "2026 - 2030"."""
    start = c.choice((day.year - 4, day.year - 3, day.year, day.year + 1))
    sep = c.choice(("-", " - ", "–"))
    return Phrase(f"{start}{sep}{start + c.choice((4, 5, 9))}")


def address(c: Chooser) -> Phrase:
    """ "số 150/2 đường Trần Phú", "ngõ 12/34 phố Lê Lợi"."""
    a, b = c.randint(1, 400), c.randint(1, 60)
    street = c.choice(_STREETS)
    return Phrase(c.choice((f"số {a}/{b} đường {street}", f"ngõ {a}/{b} phố {street}")))


def phone(c: Chooser) -> Phrase:
    """ "0258.3822.456", "1900.1234"."""
    area = c.choice(("0258", "0236", "0274", "024"))
    return Phrase(
        c.choice(
            (
                f"{area}.{c.randint(3000, 3999)}.{c.randint(100, 999)}",
                f"1900.{c.randint(1000, 9999)}",
            )
        )
    )


def named_place(c: Chooser) -> Phrase:
    """ "đường 3/2 phường …", "Quảng trường 2/9 …": a place named for a day, a count noun after."""
    place = c.choice(("trụ sở trên đường", "lễ mít tinh tại Quảng trường", "nhà văn hóa khu phố"))
    day, month = c.choice(((3, 2), (2, 9), (30, 4), (19, 8), (1, 5), (8, 3)))
    return Phrase(f"{place} {day}/{month} {c.choice(('phường', 'xã', 'người dân'))} Hòa Cường")


def school_class(c: Chooser) -> Phrase:
    """ "lớp 6/9", "lớp 12/3": a class of a school, named by its grade and number."""
    grade = c.randint(1, 12)
    return Phrase(f"học sinh lớp {grade}/{c.randint(1, 15)} trường THCS Lê Lợi")


def numbered_of_year(c: Chooser) -> Phrase:
    """ "Hội nghị lần thứ 15/2026", "phiên họp thường kỳ thứ 3/2025": the nth meeting of a year,
    which "thứ" names as it names a place in a ranking; no figure."""
    what = c.choice(("hội nghị lần thứ", "phiên họp thường kỳ thứ", "kỳ họp thứ", "cuộc họp thứ"))
    return Phrase(f"{what} {c.randint(1, 40)}/{c.randint(2019, 2026)}")


def service_hours(c: Chooser) -> Phrase:
    """ "24/24 giờ", "24/24h": open all day long."""
    return Phrase(c.choice(("phục vụ 24/24 giờ", "trực 24/24h", "hoạt động 24/24 giờ")))


def map_scale(c: Chooser) -> Phrase:
    """ "đo đạc bản đồ địa chính tỷ lệ 1/2.000", "quy hoạch phân khu tỷ lệ 1/500 và 1/2000": the
    scale of a map or plan, a one over hundreds or thousands that is no figure."""
    what = c.choice(
        (
            "đo đạc bản đồ địa chính tỷ lệ",
            "quy hoạch phân khu tỷ lệ",
            "bản đồ địa hình tỷ lệ",
            "trích đo địa chính tỷ lệ",
            "bản vẽ mặt bằng tỷ lệ",
        )
    )
    scales = ("200", "500", "1.000", "1000", "2.000", "2000", "5.000", "10.000", "25.000")
    first, second = c.choice(scales), c.choice(scales)
    return Phrase(f"{what} 1/{first}" + c.choice(("", f" và 1/{second}", f", 1/{second}")))


def split_of_whole(c: Chooser) -> Phrase:
    """ "chia theo tỷ lệ 30/70 giữa …", "cơ cấu … là 45/55": a whole split between two parties,
    two shares that make 100; no figure (neither A of B things nor, for "50/50", a 100%)."""
    first = c.randint(1, 99)
    shares = f"{first}/{100 - first}"
    return Phrase(
        c.choice(
            (
                f"kinh phí được chia theo tỷ lệ {shares} giữa ngân sách tỉnh và ngân sách xã",
                f"nguồn thu được phân bổ theo tỷ lệ {shares} cho hai cấp",
                f"cơ cấu công chức trẻ và công chức lâu năm ở bộ phận một cửa là {shares}",
                f"vốn đối ứng của doanh nghiệp và Nhà nước là {shares}",
                f"tỷ lệ {shares} giữa hồ sơ trực tuyến toàn trình và một phần",
            )
        )
    )


def clock_time(c: Chooser) -> Phrase:
    """ "7h30", "14:00"."""
    hour, minute = c.randint(7, 17), c.choice((0, 15, 30, 45))
    return Phrase(c.choice((f"{hour}h{minute:02d}", f"{hour}:{minute:02d}")))


#: The slots the vocabulary's figure-form templates use, and what fills them.
PHRASES: dict[str, Callable[[Chooser], Phrase]] = {
    "qshare": qualified_share,
    "signed_fall": signed_fall,
    "count_over_count": count_over_count,
    "bounded_after": bounded_after,
    "pct_range": percent_range,
    "typed_range": typed_range,
    "small_ratio": small_ratio,
    "fraction_of_whole": fraction_of_whole,
    "unit_ratio": unit_ratio,
    "paired_ratio": paired_ratio,
    "restated_ratio": restated_ratio,
    "larger_whole": share_of_larger_whole,
    "implied": implied_ratio,
    "implied_out_of": implied_out_of,
    "timeliness": timeliness,
    "rank_of": rank,
    "rank_named": rank_named,
    "rank_change": rank_change,
    "rank_moved": rank_moved,
    "rank_standing": rank_standing,
    "period_edge": period_edge,
    "score_of": score,
    "score_named": score_named_before,
    "address": address,
    "phone": phone,
    "clock": clock_time,
    "named_place": named_place,
    "school_class": school_class,
    "numbered_of_year": numbered_of_year,
    "service_hours": service_hours,
    "map_scale": map_scale,
    "split_of_whole": split_of_whole,
}
#: The slots whose phrase depends on the issue date.
DATED_PHRASES: dict[str, Callable[[Chooser, dt.date], Phrase]] = {
    "month_year": month_year,
    "month_span": month_span,
    "quarter_year": quarter_year,
    "year_span": year_span,
}
