"""Small copy-and-change helpers on the frozen model, shared by the fault injectors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from bantin import patterncache
from bantin.model import Article, Bulletin, Citation, Paragraph, TocEntry

T = TypeVar("T")
_TERMINAL = (".", "!", "?", "…", '"', "”", "'", "’", ")")
_FULL_DATE_RE = patterncache.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def first_index(items: Sequence[T], predicate: Callable[[T], bool]) -> int | None:
    """Position of the first item satisfying ``predicate``, or None."""
    return next((i for i, item in enumerate(items) if predicate(item)), None)


def replace_article(bulletin: Bulletin, index: int, article: Article) -> Bulletin:
    articles = list(bulletin.articles)
    articles[index] = article
    return replace(bulletin, articles=tuple(articles))


def replace_toc_entry(bulletin: Bulletin, index: int, entry: TocEntry) -> Bulletin:
    toc = list(bulletin.toc)
    toc[index] = entry
    return replace(bulletin, toc=tuple(toc))


def with_sentence(paragraph: Paragraph, sentence: str) -> tuple[Paragraph, int]:
    """The paragraph with ``sentence`` appended as a clause of its own, and where it starts."""
    text = paragraph.text.rstrip()
    if text and not text.endswith(_TERMINAL):
        text += "."
    if text:
        text += " "
    return replace(paragraph, text=text + sentence), len(text)


def respliced(paragraph: Paragraph, start: int, end: int, new: str) -> Paragraph:
    """The paragraph with ``text[start:end]`` replaced by ``new`` (``start == end`` inserts it),
    its page breaks after ``start`` moved with the text, so each still starts the same words."""
    shift = len(new) - (end - start)
    breaks = tuple((o + shift if o > start else o, line) for o, line in paragraph.breaks)
    text = paragraph.text[:start] + new + paragraph.text[end:]
    return replace(paragraph, text=text, breaks=breaks)


def shift_lines(article: Article, delta: int) -> Article:
    """The article moved ``delta`` lines down the file (every line field of it shifted)."""
    paragraphs = tuple(
        replace(p, line=p.line + delta, breaks=tuple((o, line + delta) for o, line in p.breaks))
        for p in article.paragraphs
    )
    citation: Citation | None = None
    if article.citation is not None:
        citation = replace(article.citation, line=article.citation.line + delta)
    items = tuple(replace(item, line=item.line + delta) for item in article.item_citations)
    return replace(
        article,
        title_line=article.title_line + delta,
        line_end=article.line_end + delta,
        paragraphs=paragraphs,
        citation=citation,
        item_citations=items,
    )


def last_line(bulletin: Bulletin) -> int:
    """The highest line any element of the bulletin points at."""
    lines = [bulletin.issue_date_line, bulletin.editor_line or 0]
    lines += [s.line for s in bulletin.sections] + [e.line for e in bulletin.toc]
    lines += [a.line_end for a in bulletin.articles]
    return max(lines)


def retext_date(text: str, new: dt.date) -> str:
    """Replace the first "D/M/YYYY" in ``text`` by ``new``, keeping how day and month were padded."""
    match = _FULL_DATE_RE.search(text)
    if match is None:
        return text

    def pad(old: str, value: int) -> str:
        return f"{value:0{len(old)}d}" if old.startswith("0") else str(value)

    printed = f"{pad(match[1], new.day)}/{pad(match[2], new.month)}/{new.year}"
    return text[: match.start()] + printed + text[match.end() :]


def day_month_text(day: dt.date, like: str = "01/01") -> str:
    """The "DD/MM" of ``day``, padded the way ``like`` is."""
    left, _, right = like.partition("/")
    d = f"{day.day:02d}" if left.startswith("0") or len(left) == 2 else str(day.day)
    m = f"{day.month:02d}" if right.startswith("0") or len(right) == 2 else str(day.month)
    return f"{d}/{m}"
