"""Find the percentages and ratios an article states ("132,58%", "30/63 tỉnh", "224/224 (100%)")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bantin.parsers.text import parse_vn_number

_NUM = r"\d+(?:[.,]\d+)*"
_RATIO_PERCENT_RE = re.compile(
    rf"(?<![\d/.,])(?P<num>{_NUM})/(?P<den>{_NUM})\s*\(\s*(?P<pct>{_NUM})\s?%\s*\)"
)
_PERCENT_RE = re.compile(rf"(?<![\d/.,])(?P<pct>{_NUM})\s?%")
_RATIO_RE = re.compile(
    r"(?<![\d/.,])(?P<num>\d+(?:\.\d{3})*)/(?P<den>\d+(?:\.\d{3})*)(?![\d/]|,\d)"
)
_CLAUSE_BREAK_RE = re.compile(r"[;!?]|\.(?=\s|$)")


@dataclass(frozen=True)
class FigureMention:
    """One figure in a text: where it is, what was printed and what it means."""

    kind: str  # "percent", "ratio" or "ratio_percent"
    text: str
    start: int
    end: int
    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    dot_decimal: bool = False
    context: str = ""


def clause_around(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end]: from the previous ';', '.', '!' or '?' to the next."""
    left = 0
    for match in _CLAUSE_BREAK_RE.finditer(text, 0, start):
        left = match.end()
    right_match = _CLAUSE_BREAK_RE.search(text, end)
    right = right_match.start() if right_match else len(text)
    return text[left:right].strip()


def _number(text: str) -> tuple[float | None, bool]:
    parsed = parse_vn_number(text)
    if parsed is None:
        return None, False
    return parsed.value, parsed.dot_decimal


def extract_figures(text: str) -> list[FigureMention]:
    """Every percentage and ratio in ``text``, in order of appearance (see :func:`_figures_in`)."""
    return list(_figures_in(text))


@lru_cache(maxsize=4096)
def _figures_in(text: str) -> tuple[FigureMention, ...]:
    """The figures of one paragraph; cached because the tables and three rules all ask for them.

    A ratio "X/Y" counts only when it cannot be a date or an address: X <= Y and Y > 12
    ("30/63 tỉnh"), or when a percentage follows it in brackets ("224/224 (100%)").
    Document numbers ("107/2021/NĐ-CP") and full dates ("13/2/2023") are never ratios.
    """
    found: list[FigureMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _RATIO_PERCENT_RE.finditer(text):
        num, _ = _number(match["num"])
        den, _ = _number(match["den"])
        pct, dot = _number(match["pct"])
        if num is None or den is None or pct is None:
            continue
        taken.append(match.span())
        found.append(
            FigureMention(
                "ratio_percent",
                match.group(0),
                match.start(),
                match.end(),
                pct,
                num,
                den,
                dot,
                clause_around(text, match.start(), match.end()),
            )
        )
    for match in _PERCENT_RE.finditer(text):
        if not free(*match.span()):
            continue
        value, dot = _number(match["pct"])
        if value is None:
            continue
        taken.append(match.span())
        found.append(
            FigureMention(
                "percent",
                match.group(0),
                match.start(),
                match.end(),
                value,
                None,
                None,
                dot,
                clause_around(text, match.start(), match.end()),
            )
        )
    for match in _RATIO_RE.finditer(text):
        if not free(*match.span()):
            continue
        num, _ = _number(match["num"])
        den, _ = _number(match["den"])
        if num is None or den is None or den == 0 or num > den or den <= 12:
            continue
        taken.append(match.span())
        found.append(
            FigureMention(
                "ratio",
                match.group(0),
                match.start(),
                match.end(),
                num / den * 100,
                num,
                den,
                False,
                clause_around(text, match.start(), match.end()),
            )
        )
    return tuple(sorted(found, key=lambda f: f.start))
