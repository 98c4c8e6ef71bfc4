"""The registry, Severity/Finding, and the meta-test: every rule's injector makes exactly it fire."""

from __future__ import annotations

import dataclasses

import pytest

from bantin.validators import RULES
from bantin.validators.finding import Finding, Severity
from bantin.validators.registry import Hit, RuleRegistry, Scope, catalogue, register_rule
from bantin.validators.run import validate_bulletins
from tests.validators.builders import CLEAN_BUILDERS

#: The public contract: rule ids and severities users and tests rely on.
CONTRACT = {
    "toc.numbering": Severity.ERROR,
    "toc.pages": Severity.ERROR,
    "toc.body-mismatch": Severity.ERROR,
    "date.impossible": Severity.ERROR,
    "date.weekday": Severity.ERROR,
    "date.future": Severity.ERROR,
    "date.weekend": Severity.WARNING,
    "pct.range": Severity.ERROR,
    "pct.ratio": Severity.ERROR,
    "pct.implied-ratio": Severity.WARNING,
    "pct.format": Severity.WARNING,
    "article.no-citation": Severity.WARNING,
    "article.empty": Severity.ERROR,
    "article.duplicate": Severity.ERROR,
    "article.locality": Severity.WARNING,
    "feed.order": Severity.WARNING,
    "feed.item-untitled": Severity.ERROR,
    "feed.item-undated": Severity.WARNING,
    "feed.item-date-unreadable": Severity.ERROR,
    "feed.untitled": Severity.WARNING,
    "feed.date-unreadable": Severity.WARNING,
    "feed.undated": Severity.WARNING,
    "feed.empty": Severity.WARNING,
    "feed.headlines-only": Severity.WARNING,
    "feed.item-attachment-only": Severity.WARNING,
    "bulletin.duplicate": Severity.ERROR,
    "text.control-char": Severity.ERROR,
    "text.lost-char": Severity.ERROR,
    "text.mojibake": Severity.ERROR,
}


def test_severity_orders_error_above_warning() -> None:
    assert Severity.ERROR > Severity.WARNING
    assert Severity.WARNING < Severity.ERROR
    assert Severity.ERROR >= Severity.ERROR
    assert max([Severity.WARNING, Severity.ERROR]) is Severity.ERROR
    assert sorted([Severity.ERROR, Severity.WARNING]) == [Severity.WARNING, Severity.ERROR]
    assert Severity("warning") is Severity.WARNING
    assert str(Severity.ERROR) == "error"


def test_finding_is_frozen() -> None:
    finding = Finding("toc.pages", Severity.ERROR, "m", "a.txt", 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.line = 4  # type: ignore[misc,unused-ignore]


def test_registered_rules_match_the_contract_in_family_order() -> None:
    assert list(RULES.ids()) == list(CONTRACT)
    for rule in RULES:
        assert rule.severity is CONTRACT[rule.id]
        assert rule.description and "\n" not in rule.description
        assert rule.example and callable(rule.inject)
    assert [r["id"] for r in catalogue()] == list(CONTRACT)


def _check(bulletin: object) -> list[Hit]:
    return []


def _inject(bulletin: object) -> None:
    return None


def test_register_rule_is_a_declaration_that_returns_the_function() -> None:
    registry = RuleRegistry()
    decorated = register_rule(
        "toc.extra",
        Severity.WARNING,
        description="d",
        example="e",
        inject=_inject,
        registry=registry,
    )(_check)
    assert decorated is _check
    assert registry.ids() == ("toc.extra",)
    assert registry[0].check is _check
    assert registry.get("toc.extra") is registry[0]
    assert "toc.extra" in registry


def test_duplicate_id_missing_injector_and_bad_id_are_refused() -> None:
    registry = RuleRegistry()
    declare = register_rule(
        "toc.extra", Severity.ERROR, description="d", example="e", inject=_inject, registry=registry
    )
    declare(_check)
    with pytest.raises(ValueError, match="already registered"):
        declare(_check)
    with pytest.raises(ValueError, match="no fault injector"):
        register_rule(
            "toc.other",
            Severity.ERROR,
            description="d",
            example="e",
            inject=None,
            registry=registry,
        )(_check)
    with pytest.raises(ValueError, match=r"family\.name"):
        register_rule(
            "Toc Other",
            Severity.ERROR,
            description="d",
            example="e",
            inject=_inject,
            registry=registry,
        )(_check)
    with pytest.raises(ValueError, match="description"):
        register_rule(
            "toc.third",
            Severity.ERROR,
            description=" ",
            example="e",
            inject=_inject,
            registry=registry,
        )(_check)
    assert registry.ids() == ("toc.extra",)


def test_registry_orders_by_family_then_declaration() -> None:
    registry = RuleRegistry()
    for rule_id in ("zzz.last", "pct.b", "toc.a", "pct.a"):
        register_rule(
            rule_id, Severity.ERROR, description="d", example="e", inject=_inject, registry=registry
        )(_check)
    assert registry.ids() == ("toc.a", "pct.b", "pct.a", "zzz.last")


@pytest.mark.parametrize("builder", sorted(CLEAN_BUILDERS))
def test_hand_built_bulletins_are_clean(builder: str) -> None:
    assert validate_bulletins([CLEAN_BUILDERS[builder]()]) == []


@pytest.mark.parametrize("rule_id", list(CONTRACT))
def test_injecting_a_fault_makes_exactly_that_rule_fire(rule_id: str) -> None:
    rule = RULES.get(rule_id)
    assert rule is not None
    planted = 0
    for name, build in CLEAN_BUILDERS.items():
        bulletin = build()
        faulty = rule.with_fault(bulletin)
        if faulty is None:
            continue
        planted += 1
        assert build() == bulletin, f"{rule_id} injector changed its input ({name})"
        findings = validate_bulletins(faulty)
        assert findings, f"{rule_id}: injected fault not found in the {name} bulletin"
        assert {f.rule for f in findings} == {rule_id}, (name, findings)
        assert all(f.severity is rule.severity for f in findings)
        assert all(isinstance(f.line, int) and f.line >= 1 for f in findings)
    assert planted, f"{rule_id}: no hand-built bulletin had a place for the fault"


def test_run_scope_rules_are_declared_as_such() -> None:
    scopes = {rule.id: rule.scope for rule in RULES}
    assert scopes["article.duplicate"] is Scope.RUN
    assert scopes["bulletin.duplicate"] is Scope.RUN
    assert [r.id for r in RULES if r.paired] == ["bulletin.duplicate"]
