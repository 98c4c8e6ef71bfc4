"""Withholding: an article's own error withholds that article, a bulletin-wide error the bulletin."""

from __future__ import annotations

import polars as pl
import pytest

from bantin.datasets.corpus import CorpusInput, ParseOutcome, parse_inputs
from bantin.datasets.release import plan_release
from bantin.datasets.synthetic.sample import embedded_sample_files
from bantin.datasets.withholding import Granularity, decide, drop_withheld, rule_withholds
from bantin.model import ParsedSource
from bantin.validators.finding import Finding, Severity
from bantin.validators.registry import RULES, Withholds


def _finding(rule: str, source: str = "a.txt", article: str | None = None, line: int = 5):
    severity = RULES.get(rule).severity if rule in RULES else Severity.ERROR
    return Finding(rule, severity, "something is wrong", source, line, "cchc-2024-02-01", article)


def test_rules_declare_what_they_withhold() -> None:
    article_scoped = {rule.id for rule in RULES if rule.withholds is Withholds.ARTICLE}
    assert {"date.impossible", "pct.ratio", "pct.range", "article.empty"} <= article_scoped
    assert {"article.duplicate", "date.future"} <= article_scoped
    for bulletin_wide in ("toc.numbering", "toc.pages", "toc.body-mismatch", "bulletin.duplicate"):
        assert rule_withholds(bulletin_wide) is Withholds.BULLETIN
    assert rule_withholds("source.unreadable") is Withholds.BULLETIN


def test_an_article_error_withholds_its_article_only() -> None:
    decision = decide([_finding("date.impossible", article="cchc-2024-02-01-03")])
    assert decision.held == {}
    assert list(decision.withheld) == ["cchc-2024-02-01-03"]
    assert decision.partial() == {"a.txt": ["cchc-2024-02-01-03"]}


def test_bulletin_errors_hold_the_bulletin_and_swallow_its_article_errors() -> None:
    findings = [
        _finding("toc.body-mismatch", article="cchc-2024-02-01-02"),
        _finding("pct.ratio", article="cchc-2024-02-01-03"),
        _finding("pct.ratio", source="b.txt", article="cchc-2024-02-02-01"),
    ]
    decision = decide(findings)
    assert list(decision.held) == ["a.txt"]
    assert list(decision.withheld) == ["cchc-2024-02-02-01"]


def test_an_article_rule_without_an_article_holds_the_bulletin() -> None:
    # The masthead's impossible date belongs to no article: the whole bulletin is untrustworthy.
    decision = decide([_finding("date.impossible", article=None)])
    assert list(decision.held) == ["a.txt"] and decision.withheld == {}


def test_warnings_hold_nothing_and_bulletin_granularity_holds_the_bulletin() -> None:
    assert decide([_finding("article.locality", article="cchc-2024-02-01-01")]) == decide([])
    decision = decide([_finding("pct.ratio", article="cchc-2024-02-01-03")], Granularity.BULLETIN)
    assert list(decision.held) == ["a.txt"] and decision.withheld == {}


def test_drop_withheld_takes_the_citation_authors_and_figures_along() -> None:
    tables = {
        "articles": pl.DataFrame({"article_id": ["b-01", "b-02"]}),
        "citations": pl.DataFrame(
            {"citation_id": ["b-01-c", "b-02-c"], "article_id": ["b-01", "b-02"]}
        ),
        "citation_authors": pl.DataFrame({"citation_id": ["b-01-c", "b-02-c", "b-02-c"]}),
        "figures": pl.DataFrame({"article_id": ["b-02", "b-01"]}),
        "toc_entries": pl.DataFrame({"bulletin_id": ["b", "b"]}),
    }
    kept = drop_withheld(tables, ["b-02"])
    assert kept["articles"]["article_id"].to_list() == ["b-01"]
    assert kept["citations"]["citation_id"].to_list() == ["b-01-c"]
    assert kept["citation_authors"]["citation_id"].to_list() == ["b-01-c"]
    assert kept["figures"]["article_id"].to_list() == ["b-01"]
    assert kept["toc_entries"].height == 2  # the table of contents is printed as it was


def _sample_with(rule_id: str) -> tuple[ParseOutcome, ParsedSource]:
    outcome = parse_inputs(CorpusInput(p, f"sample/{p.name}") for p in embedded_sample_files())
    rule = RULES.get(rule_id)
    assert rule is not None
    for index, source in enumerate(outcome.parsed):
        injected = rule.inject(source.bulletin)
        if injected is not None:
            faulty = ParsedSource(source.path, source.sha256, injected)
            outcome.parsed[index] = faulty
            return outcome, faulty
    raise AssertionError(f"no sample bulletin takes a {rule_id} fault")


@pytest.mark.parametrize(
    "rule_id",
    ["pct.ratio", "article.empty", "date.impossible", "text.control-char", "text.lost-char"],
)
def test_a_release_withholds_the_faulty_article_and_publishes_the_rest(rule_id: str) -> None:
    outcome, faulty = _sample_with(rule_id)
    plan = plan_release(outcome)
    assert faulty.path not in plan.quarantined
    withheld = plan.tables["withheld"]
    assert withheld["source_path"].to_list() == [faulty.path]
    assert rule_id in withheld["rules"][0]
    bulletin_id = plan.bulletin_ids[faulty.path]
    published = plan.tables["articles"].filter(pl.col("bulletin_id") == bulletin_id)
    assert published.height == len(faulty.bulletin.articles) - 1
    assert withheld["article_id"][0] not in published["article_id"].to_list()
    sources = plan.tables["sources"].filter(pl.col("source_path") == faulty.path)
    assert sources["status"].to_list() == ["partial"]
    assert plan.n_articles == sum(len(s.bulletin.articles) for s in outcome.parsed) - 1


def test_a_toc_error_quarantines_and_bulletin_granularity_withholds_nothing() -> None:
    outcome, faulty = _sample_with("toc.numbering")
    plan = plan_release(outcome)
    assert faulty.path in plan.quarantined and plan.tables["withheld"].height == 0
    outcome, faulty = _sample_with("pct.ratio")
    plan = plan_release(outcome, Granularity.BULLETIN)
    assert faulty.path in plan.quarantined and plan.tables["withheld"].height == 0
    status = plan.tables["sources"].filter(pl.col("source_path") == faulty.path)["status"]
    assert status.to_list() == ["quarantined"]
