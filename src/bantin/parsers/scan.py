"""One scan of a parsed bulletin: its texts, figures, dates and places, found once for rules and tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from bantin.model import Bulletin, Paragraph
from bantin.parsers.figures import figure_tokens
from bantin.parsers.mentions import DateMention, dates_in
from bantin.parsers.places import locality_of, provinces_named_in_any, provinces_named_in_each
from bantin.parsers.published import published_texts
from bantin.parsers.tokens import Token, tokenize

#: Per article, per paragraph: the numbers read in that paragraph (all, or its figures).
PerParagraph = tuple[tuple[tuple[Token, ...], ...], ...]
#: A figure where it stands: its article's index, its paragraph and the figure's token.
PlacedFigure = tuple[int, Paragraph, Token]


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
    def figures(self) -> PerParagraph:
        """The figures of every paragraph of every article, as their tokens: what the rules
        read. The figures table adds each one's context (``figures.clause_around``)."""
        return tuple(tuple(map(figure_tokens, tokens)) for tokens in self.paragraph_tokens)

    @cached_property
    def placed_figures(self) -> tuple[PlacedFigure, ...]:
        """Every figure of the bulletin in reading order, with its article index and paragraph:
        what the percentage rules walk, each picking the kinds it reads, so the paragraphs are
        walked once, not once per rule."""
        return tuple(
            [
                (index, paragraph, figure)
                for index, article in enumerate(self.bulletin.articles)
                for paragraph, found in zip(article.paragraphs, self.figures[index], strict=True)
                for figure in found
            ]
        )

    @cached_property
    def _placed_by_kind(self) -> dict[str, list[PlacedFigure]]:
        by_kind: dict[str, list[PlacedFigure]] = {}
        for place in self.placed_figures:
            by_kind.setdefault(place[2].kind, []).append(place)
        return by_kind

    def placed_figures_of(self, kind: str) -> Sequence[PlacedFigure]:
        """``placed_figures`` of one kind ("percent", "ratio_percent", …), in reading order."""
        return self._placed_by_kind.get(kind, ())

    @cached_property
    def title_dates(self) -> tuple[tuple[DateMention, ...], ...]:
        """The dates every article title mentions."""
        return tuple(dates_in(tokenize(a.title)) for a in self.bulletin.articles)

    @cached_property
    def paragraph_dates(self) -> tuple[tuple[tuple[DateMention, ...], ...], ...]:
        """The dates every paragraph of every article mentions."""
        return tuple(tuple(map(dates_in, tokens)) for tokens in self.paragraph_tokens)

    @cached_property
    def title_provinces(self) -> tuple[tuple[str, ...], ...]:
        """The provinces every article title names, in order of first mention."""
        titles = [article.title for article in self.bulletin.articles]
        return tuple(map(tuple, provinces_named_in_each(titles)))

    @cached_property
    def body_provinces(self) -> tuple[frozenset[str], ...]:
        """The provinces every article body names (any paragraph). No rule nor table reads them
        (``article.locality`` asks ``provinces_named_among``); measuring tools do."""
        return tuple(
            frozenset(provinces_named_in_any(p.text for p in article.paragraphs))
            for article in self.bulletin.articles
        )

    @cached_property
    def localities(self) -> tuple[str | None, ...]:
        """The place every article title starts with (``locality_of``)."""
        return tuple(locality_of(a.title) for a in self.bulletin.articles)
