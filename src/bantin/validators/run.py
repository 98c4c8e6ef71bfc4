"""Run every registered rule over parsed sources and return the findings in a stable order."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import cast

from bantin import ids
from bantin.model import Bulletin, ParsedSource
from bantin.validators.finding import Finding
from bantin.validators.registry import (
    RULES,
    BulletinCheck,
    Hit,
    Rule,
    RunCheck,
    Scope,
    Subject,
)


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
    subjects = [Subject(s.path, given.get(s.path) or bulletin_id(s), s.bulletin) for s in sources]
    chosen = list(RULES if rules is None else rules)
    findings: list[Finding] = []
    # Bulletin by bulletin, so what rules share about one bulletin (its figures) is still cached.
    for subject in subjects:
        for rule in chosen:
            if rule.scope is Scope.BULLETIN:
                check = cast(BulletinCheck, rule.check)
                findings.extend(_finding(rule, subject, hit) for hit in check(subject.bulletin))
    for rule in chosen:
        if rule.scope is Scope.RUN:
            for hit in cast(RunCheck, rule.check)(subjects):
                findings.append(_finding(rule, subjects[hit.subject], hit))
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
