"""One scan of a parsed bulletin: its texts, figures, dates and places, found once for rules and tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from bantin.model import Bulletin, Paragraph
from bantin.parsers.figures import figure_tokens
from bantin.parsers.mentions import DateMention, dates_in
from bantin.parsers.places import locality_of, provinces_named_in_each
from bantin.parsers.published import published_texts
from bantin.parsers.tokens import Token, tokenize

#: Per article, per paragraph: the numbers read in that paragraph (all, or its figures).
PerParagraph = tuple[tuple[tuple[Token, ...], ...], ...]
#: A figure where it stands: its article's index, its paragraph and the figure's token.
PlacedFigure = tuple[int, Paragraph, Token]
#: Per article, per paragraph: the dates that paragraph mentions.
PerParagraphDates = tuple[tuple[tuple[DateMention, ...], ...], ...]


class _Mentions(NamedTuple):
    """What one walk over the paragraphs' numbers finds (``Scan._mentions``)."""

    figures: PerParagraph
    dates: PerParagraphDates
    by_kind: dict[str, list[PlacedFigure]]
    dot_decimal: list[PlacedFigure]


@dataclass(frozen=True)
class Scan:
    """What a bulletin mentions, each kind computed on first use and then kept (per scan, never in
    a process-wide cache), so a rule and the tables asking for the same thing share one answer.

    Indices follow ``bulletin.articles`` and each article's ``paragraphs``.
    """

    bulletin: Bulletin

    @cached_property
    def published(self) -> str:
        """Every published string of the bulletin (``published_texts``), joined by spaces: one
        string the text rules test at C speed."""
        return " ".join(published_texts(self.bulletin))

    @cached_property
    def printable(self) -> bool:
        """Whether every published string is printable (``str.isprintable``): no control, format
        or separator character but the plain space, the usual case."""
        return self.published.isprintable()

    @cached_property
    def paragraph_tokens(self) -> PerParagraph:
        """The numbers read in every paragraph of every article: its figures and dates."""
        return tuple(
            tuple(tokenize(p.text) for p in article.paragraphs)
            for article in self.bulletin.articles
        )

    @cached_property
    def _mentions(self) -> _Mentions:
        """Every paragraph's figures and dates, and the figures by kind and those with a dot
        decimal in reading order, found in one walk over the paragraphs' numbers (a third of the
        paragraphs have none)."""
        figures: list[tuple[tuple[Token, ...], ...]] = []
        dates: list[tuple[tuple[DateMention, ...], ...]] = []
        by_kind: dict[str, list[PlacedFigure]] = {}
        dot_decimal: list[PlacedFigure] = []
        for index, (article, tokens, title_tokens) in enumerate(
            zip(self.bulletin.articles, self.paragraph_tokens, self.title_tokens, strict=True)
        ):
            article_figures: list[tuple[Token, ...]] = []
            article_dates: list[tuple[DateMention, ...]] = []
            if title_tokens and (in_title := figure_tokens(title_tokens)):
                # The title states figures too ("Hơn 105% xã …"): the rules read them where the
                # title is printed; the figures table holds the body's alone.
                title = Paragraph(article.title, article.title_line)
                for figure in in_title:
                    by_kind.setdefault(figure.kind, []).append((index, title, figure))
                    if figure.dot_decimal:
                        dot_decimal.append((index, title, figure))
            for paragraph, found in zip(article.paragraphs, tokens, strict=True):
                if not found:
                    article_figures.append(())
                    article_dates.append(())
                    continue
                found_figures = figure_tokens(found)
                article_figures.append(found_figures)
                article_dates.append(dates_in(found, paragraph.text))
                for figure in found_figures:
                    place = (index, paragraph, figure)
                    by_kind.setdefault(figure.kind, []).append(place)
                    if figure.dot_decimal:
                        dot_decimal.append(place)
            figures.append(tuple(article_figures))
            dates.append(tuple(article_dates))
        return _Mentions(tuple(figures), tuple(dates), by_kind, dot_decimal)

    @property
    def figures(self) -> PerParagraph:
        """The figures of every paragraph of every article, as their tokens: what the rules
        read. The figures table adds each one's context (``figures.clause_around``)."""
        return self._mentions.figures

    def placed_figures_of(self, kind: str) -> Sequence[PlacedFigure]:
        """The figures of one kind ("percent", "ratio_percent", …) with their article index and
        paragraph, in reading order: what a percentage rule walks."""
        return self._mentions.by_kind.get(kind, ())

    @property
    def dot_decimal_figures(self) -> Sequence[PlacedFigure]:
        """The figures printed with a dot decimal ("80.09%") with their article index and
        paragraph, in reading order: rare."""
        return self._mentions.dot_decimal

    @cached_property
    def title_tokens(self) -> tuple[tuple[Token, ...], ...]:
        """The numbers read in every article title: its figures and dates."""
        return tuple(tokenize(a.title) for a in self.bulletin.articles)

    @cached_property
    def title_dates(self) -> tuple[tuple[DateMention, ...], ...]:
        """The dates every article title mentions."""
        return tuple(
            dates_in(found, article.title)
            for found, article in zip(self.title_tokens, self.bulletin.articles, strict=True)
        )

    @property
    def paragraph_dates(self) -> PerParagraphDates:
        """The dates every paragraph of every article mentions."""
        return self._mentions.dates

    @cached_property
    def title_provinces(self) -> tuple[tuple[str, ...], ...]:
        """The provinces every article title names, in order of first mention."""
        titles = [article.title for article in self.bulletin.articles]
        return tuple(map(tuple, provinces_named_in_each(titles)))

    @cached_property
    def localities(self) -> tuple[str | None, ...]:
        """The place every article title starts with (``locality_of``)."""
        return tuple(locality_of(a.title) for a in self.bulletin.articles)
