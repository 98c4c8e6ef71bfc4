"""Decide what a release holds back: the smallest unit (article or bulletin) an error spoils."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from bantin.ids import CITATION_SUFFIX
from bantin.validators.finding import Finding, Severity
from bantin.validators.registry import RULES, Withholds

if TYPE_CHECKING:
    import polars as pl

#: Tables whose rows belong to one article, and the column naming it (directly or through a
#: citation id ``<article_id>-c``, ``<article_id>-cN`` for a short item's note).
ARTICLE_TABLES = {"articles": "article_id", "citations": "article_id", "figures": "article_id"}
CITATION_TABLES = {"citation_authors": "citation_id"}


class Granularity(StrEnum):
    """The smallest unit a release withholds: one article (default) or the whole bulletin."""

    ARTICLE = "article"
    BULLETIN = "bulletin"


def rule_withholds(rule_id: str) -> Withholds:
    """What an error of ``rule_id`` holds back, as the rule declares it (``source.*`` and unknown
    rules: the bulletin)."""
    rule = RULES.get(rule_id)
    return Withholds.BULLETIN if rule is None else rule.withholds


@dataclass(frozen=True)
class Withholding:
    """The errors that hold back whole sources, and those that withhold single articles.

    ``held`` maps a source path to the errors that hold its bulletin back; ``withheld`` maps an
    article id to the errors that withhold it (only for sources not held whole), ``article_source``
    maps that article id to its source path.
    """

    held: Mapping[str, tuple[Finding, ...]] = field(default_factory=dict)
    withheld: Mapping[str, tuple[Finding, ...]] = field(default_factory=dict)
    article_source: Mapping[str, str] = field(default_factory=dict)

    def partial(self) -> dict[str, list[str]]:
        """Source path -> ids of its withheld articles, for sources published in part."""
        by_source: dict[str, list[str]] = defaultdict(list)
        for article_id in sorted(self.withheld):
            by_source[self.article_source[article_id]].append(article_id)
        return dict(by_source)


def decide(
    findings: Iterable[Finding],
    granularity: Granularity = Granularity.ARTICLE,
    withholds: Callable[[str], Withholds] = rule_withholds,
) -> Withholding:
    """Sort the error findings into bulletins held back and articles withheld.

    An error withholds only its article when the rule declares ``Withholds.ARTICLE``, the finding
    names an article and the granularity is ``article``; every other error holds the bulletin.
    Warnings hold nothing back. A source held whole withholds no single article.
    """
    held: dict[str, list[Finding]] = defaultdict(list)
    articles: dict[str, list[Finding]] = defaultdict(list)
    article_source: dict[str, str] = {}
    for finding in findings:
        if finding.severity < Severity.ERROR:
            continue
        if (
            granularity is Granularity.ARTICLE
            and finding.article_id is not None
            and withholds(finding.rule) is Withholds.ARTICLE
        ):
            articles[finding.article_id].append(finding)
            article_source[finding.article_id] = finding.source
        else:
            held[finding.source].append(finding)
    withheld = {
        article_id: tuple(found)
        for article_id, found in sorted(articles.items())
        if article_source[article_id] not in held
    }
    return Withholding(
        held={source: tuple(found) for source, found in sorted(held.items())},
        withheld=withheld,
        article_source={article_id: article_source[article_id] for article_id in withheld},
    )


def reason(findings: Sequence[Finding]) -> str:
    """One line naming the error rules behind a decision, with their first lines.

    ``"1 error: date.impossible (line 49)"``.
    """
    first: dict[str, int | None] = {}
    for finding in findings:
        first.setdefault(finding.rule, finding.line)
    parts = [f"{rule} (line {line})" if line else rule for rule, line in first.items()]
    noun = "error" if len(findings) == 1 else "errors"
    return f"{len(findings)} {noun}: {', '.join(parts)}"


def drop_withheld(
    tables: Mapping[str, pl.DataFrame], article_ids: Iterable[str]
) -> dict[str, pl.DataFrame]:
    """``tables`` without the rows of the withheld articles: the article, its citation, the
    citation's authors and its figures. Other tables are returned unchanged."""
    import polars as pl  # here, not on top: deciding what to withhold (a validation) needs none

    ids = sorted(set(article_ids))
    if not ids:
        return dict(tables)
    kept = dict(tables)
    for name, column in ARTICLE_TABLES.items():
        if name in kept:
            kept[name] = kept[name].filter(~pl.col(column).is_in(ids))
    for name, column in CITATION_TABLES.items():
        if name in kept:
            # "<article_id>-c", "<article_id>-c2": the citations of the article (``citation_id``)
            article = pl.col(column).str.replace(CITATION_SUFFIX, "")
            kept[name] = kept[name].filter(~article.is_in(ids))
    return kept
