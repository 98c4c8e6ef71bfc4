"""Every rule a report can name: the registered rules plus the rules of unparseable sources."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bantin.validators.finding import Severity
from bantin.validators.registry import RULES
from bantin.validators.report import SOURCE_RULES


@dataclass(frozen=True)
class RuleInfo:
    """What a report says about a rule: id, default severity, what fires it, an example."""

    id: str
    severity: Severity
    description: str
    example: str = ""


def report_rules(extra: Iterable[str] = ()) -> list[RuleInfo]:
    """Registered rules in catalogue order, then the source rules, then any ``extra`` rule id
    that neither knows (a finding from another bantin version), as an error without description.
    """
    rules = [RuleInfo(r.id, r.severity, r.description, r.example) for r in RULES]
    rules += [RuleInfo(rule_id, Severity.ERROR, text) for rule_id, text in SOURCE_RULES.items()]
    known = {rule.id for rule in rules}
    for rule_id in sorted(set(extra) - known):
        rules.append(RuleInfo(rule_id, Severity.ERROR, "rule unknown to this version of bantin"))
    return rules
