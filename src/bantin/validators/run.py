"""Run every registered rule over parsed sources and return the findings in a stable order."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import cast

from bantin import ids
from bantin.model import Bulletin, ParsedSource
from bantin.parsers.scan import Scan
from bantin.validators.articles import article_keys
from bantin.validators.finding import Finding
from bantin.validators.registry import RULES, Hit, Rule, RunCheck, Scope, Subject


def bulletin_id(source: ParsedSource) -> str:
    """The id the bulletin of ``source`` is published under (``bantin.ids``)."""
    return ids.bulletin_id(source.bulletin, source.sha256)


def article_id(bulletin_id: str, index: int) -> str:
    """The id of the article at 0-based ``index``: ``<bulletin_id>-NN`` (1-based)."""
    return ids.article_id(bulletin_id, index + 1)


def _finding(rule: Rule, subject: Subject, hit: Hit) -> Finding:
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        message=hit.message,
        source=subject.source,
        line=hit.line,
        bulletin_id=subject.bulletin_id,
        article_id=None if hit.article is None else article_id(subject.bulletin_id, hit.article),
    )


def chosen_rules(rules: Iterable[Rule] | None = None) -> tuple[Rule, ...]:
    """``rules``, or every registered rule, in registry order."""
    return tuple(RULES if rules is None else rules)


def check_bulletin(
    source: str,
    bulletin_id: str,
    bulletin: Bulletin,
    rules: Iterable[Rule] | None = None,
    scan: Scan | None = None,
) -> list[Finding]:
    """The findings of the bulletin-scope ``rules`` in one bulletin, in report order.

    Rules that take a second argument get ``scan`` (made here when not given), so figures, dates
    and places are found once per bulletin whatever the number of rules asking for them.
    """
    scan = scan or Scan(bulletin)
    subject = Subject(source, bulletin_id)
    findings: list[Finding] = []
    for rule in chosen_rules(rules):
        if rule.scope is not Scope.BULLETIN:
            continue
        hits = rule.check(bulletin, scan) if rule.takes_scan else rule.check(bulletin)
        for hit in hits:  # most rules find nothing: a loop costs them less than a generator
            findings.append(_finding(rule, subject, hit))
    return sorted(findings, key=Finding.sort_key)


def subject_of(
    source: str, bulletin_id: str, bulletin: Bulletin, scan: Scan | None = None
) -> Subject:
    """What run-scope rules keep of a bulletin: ids, its issue-date line and article digests.

    Given the bulletin's ``scan`` (the one its bulletin-scope rules read), the digests reuse
    what it found: whether every text is printable.
    """
    keys = article_keys(bulletin, scan)
    return Subject(source, bulletin_id, bulletin.issue_date_line, keys)


class RunChecks:
    """The run-scope rules under way: shown each bulletin's ``Subject`` in input order, they report
    that bulletin's findings at once, so a caller streaming a run can decide about it right away."""

    def __init__(self, rules: Iterable[Rule] | None = None) -> None:
        self._watches = [
            (rule, cast(RunCheck, rule.check)())
            for rule in chosen_rules(rules)
            if rule.scope is Scope.RUN
        ]
        self._count = 0

    def see(self, subject: Subject) -> list[Finding]:
        """The run-scope findings of ``subject`` against every bulletin seen before it."""
        index, self._count = self._count, self._count + 1
        return sorted(
            (
                _finding(rule, subject, hit)
                for rule, watch in self._watches
                for hit in watch.see(index, subject)
            ),
            key=Finding.sort_key,
        )


def validate(
    sources: Sequence[ParsedSource],
    bulletin_ids: Mapping[str, str] | None = None,
    rules: Iterable[Rule] | None = None,
) -> list[Finding]:
    """Every finding of ``rules`` (default: all registered) in ``sources``.

    ``bulletin_ids`` maps a source path to its bulletin id (computed when absent). Findings are
    ordered by source, line, rule and message, so two runs on the same input are identical.
    """
    given = bulletin_ids or {}
    chosen = chosen_rules(rules)
    run_checks = RunChecks(chosen)
    findings: list[Finding] = []
    for source in sources:
        key = given.get(source.path) or bulletin_id(source)
        scan = Scan(source.bulletin)
        findings.extend(check_bulletin(source.path, key, source.bulletin, chosen, scan))
        findings.extend(run_checks.see(subject_of(source.path, key, source.bulletin, scan)))
    return sorted(findings, key=Finding.sort_key)


def validate_bulletins(
    bulletins: Sequence[Bulletin], rules: Iterable[Rule] | None = None
) -> list[Finding]:
    """Validate bulletins that have no file (built or injected in memory); sources are "<n>"."""
    sources = [
        ParsedSource(f"<bulletin {i + 1}>", hashlib.sha256(repr(b).encode()).hexdigest(), b)
        for i, b in enumerate(bulletins)
    ]
    return validate(sources, rules=rules)
