"""Find the figures an article states: percentages, ratios, ranks and scores, typed and bounded."""

from __future__ import annotations

import re
from typing import NamedTuple

from bantin import patterncache
from bantin.parsers import tokens
from bantin.parsers.memo import TextMemo
from bantin.parsers.tokens import FIGURE_KINDS, Token, read_tokens

#: Characters of context kept on each side of a figure (``figures.context``), at most.
CONTEXT_WIDTH = 120
#: A clause ends at ";", "!", "?", or "." before a space or the end: ``[;!?]|\.(?=\s|$)``, written
#: to open with a set of characters, which the regex engine looks for at C speed.
CLAUSE_BREAK_RE = patterncache.compile(r"[.;!?](?:(?<=[;!?])|(?=\s|$))")


def last_break(breaks: re.Pattern[str]) -> re.Pattern[str]:
    """``breaks`` behind ``(?s:.*)``: matched from a position, it runs to the end and backs off to
    the last break, inside the regex engine (no Python step per break)."""
    return patterncache.compile(rf"(?s:.*)(?:{breaks.pattern})")


_LAST_CLAUSE_BREAK_RE = last_break(CLAUSE_BREAK_RE)


class FigureMention(NamedTuple):
    """One figure in a text: where it is, what was printed and what it means.

    ``kind`` is percent, ratio, ratio_percent, rank or score. ``value`` is in percent units (the
    printed percentage, or X/Y as a share); None for a range (see ``value_low``/``value_high``),
    a rank and a score. ``stated`` is the percentage printed with a ratio ("48,6%").

    A named tuple: immutable, and far cheaper to build than a frozen dataclass (one per figure).
    """

    kind: str
    text: str
    start: int
    end: int
    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    dot_decimal: bool = False
    context: str = ""
    qualifier: str | None = None
    value_low: float | None = None
    value_high: float | None = None
    unit: str | None = None
    stated: str | None = None
    stated_qualifier: str | None = None
    ratio_text: str | None = None

    @property
    def highest(self) -> float | None:
        """The largest percentage the figure states (the top of a range)."""
        return highest(self)


#: A figure as the rules read it: a ``FigureMention``, or the figure ``Token`` itself, as a
#: bulletin's ``Scan`` keeps it (the same fields, without the context only the table shows).
Figure = FigureMention | Token


def highest(figure: Figure) -> float | None:
    """The largest percentage ``figure`` states (the top of a range)."""
    return figure.value_high if figure.value_high is not None else figure.value


def clause_around(text: str, start: int, end: int, width: int = CONTEXT_WIDTH) -> str:
    """The clause holding text[start:end] (between ';', '.', '!' or '?'), cut to ``width``
    characters on each side at a word boundary ("…" marks a cut)."""
    left_from, right_to = max(0, start - width), min(len(text), end + width)
    previous_break = _LAST_CLAUSE_BREAK_RE.match(text, left_from, start)
    next_break = CLAUSE_BREAK_RE.search(text, end, right_to)
    left = previous_break.end() if previous_break else left_from
    right = next_break.start() if next_break else right_to
    cut_head = previous_break is None and left > 0
    cut_tail = next_break is None and right < len(text)
    if not (cut_head or cut_tail):
        return text[left:right].strip()  # most figures: a whole clause
    return cut_at_words(text, left, start, end, right, cut_head, cut_tail).strip()


def cut_at_words(
    text: str, left: int, start: int, end: int, right: int, cut_head: bool, cut_tail: bool
) -> str:
    """``text[left:right]``, which holds the figure at ``text[start:end]``, with "…" at an end
    that is cut (``cut_head``, ``cut_tail``): a word the cut goes through is left out, one the
    cut ends at is kept whole; the figure itself is never cut."""
    head, tail = text[left:start], text[end:right]
    if cut_head and " " in head:
        head = "…" + (head.lstrip() if text[left - 1] == " " else head.split(" ", 1)[1])
    if cut_tail and " " in tail:
        tail = (tail.rstrip() if text[right] == " " else tail.rsplit(" ", 1)[0]) + "…"
    return head + text[start:end] + tail


def _mention(text: str, token: Token) -> FigureMention:
    return FigureMention(
        kind=token.kind,
        text=token.text,
        start=token.start,
        end=token.end,
        value=token.value,
        numerator=token.numerator,
        denominator=token.denominator,
        dot_decimal=token.dot_decimal,
        context=clause_around(text, token.start, token.end),
        qualifier=token.qualifier,
        value_low=token.value_low,
        value_high=token.value_high,
        unit=token.unit,
        stated=token.stated,
        stated_qualifier=token.stated_qualifier,
        ratio_text=token.ratio_text,
    )


_FIGURE_KINDS = frozenset(FIGURE_KINDS)


def figure_tokens(found: tuple[Token, ...]) -> tuple[Token, ...]:
    """The figures among ``found`` as the tokens themselves: everything the rules read, at the
    cost of a filter (a paragraph without numbers, a third of them, costs one test)."""
    if not found:
        return ()
    return tuple([token for token in found if token.kind in _FIGURE_KINDS])


def figures_in(text: str, found: tuple[Token, ...]) -> tuple[FigureMention, ...]:
    """The figures among ``found``, the tokens ``read_tokens(text)`` gives, with their context."""
    return tuple(_mention(text, t) for t in figure_tokens(found))


def _read(text: str) -> tuple[FigureMention, ...]:
    return figures_in(text, read_tokens(text))


_MEMO = TextMemo(_read, size=1024)


def clear_cache() -> None:
    """Forget every reading kept so far, figures and tokens (benchmarks time a cold reading)."""
    _MEMO.clear()
    tokens.clear_cache()


def extract_figures(text: str) -> list[FigureMention]:
    """Every figure in ``text``, in order of appearance, read by the shared tokenizer
    (:mod:`bantin.parsers.tokens`): dates, month/year and quarter/year phrases, year spans,
    document numbers, addresses, phone numbers, times and map scales are never figures."""
    return list(_MEMO(text))
