"""The rule registry: every rule's id, severity, description, example message, check and injector."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any, Protocol, TypeVar, overload

from bantin import patterncache
from bantin.model import Bulletin
from bantin.parsers.scan import Scan
from bantin.quick_init import quick_init
from bantin.validators.finding import Severity

RULE_ID_RE = patterncache.compile(r"^[a-z]+\.[a-z]+(?:-[a-z]+)*$")
#: Families in report and catalogue order; other families follow, alphabetically.
FAMILY_ORDER = ("toc", "date", "pct", "article", "feed", "bulletin")


class Scope(StrEnum):
    """What a check sees: one bulletin, or every bulletin of a run (cross-bulletin rules)."""

    BULLETIN = "bulletin"
    RUN = "run"


class Withholds(StrEnum):
    """What an error of a rule makes untrustworthy, and so what a release holds back.

    ``ARTICLE``: the article the hit names (with its citation, authors and figures); a hit that
    names no article still holds the whole bulletin. ``BULLETIN``: the whole bulletin.
    """

    ARTICLE = "article"
    BULLETIN = "bulletin"


@dataclass(frozen=True)
class Hit:
    """What a check yields; the runner turns it into a ``Finding``.

    ``article`` is the 0-based position of the article in its bulletin (None for the bulletin as a
    whole); ``subject`` is, for run-scope checks, the index of the bulletin in the run.
    """

    line: int | None
    message: str
    article: int | None = None
    subject: int = 0


@quick_init
@dataclass(frozen=True, slots=True)
class ArticleKey:
    """What run-scope rules know of an article with a body: where it is and a digest, not its text.

    ``digest`` is 16 bytes of BLAKE2b over the article's comparable title and body, so comparing
    articles across a run of any size holds a few dozen bytes per article.
    """

    index: int
    line: int
    title: str
    digest: bytes


@quick_init
@dataclass(frozen=True, slots=True)
class Subject:
    """A bulletin as run-scope checks see it: its source, the id it is published under, the line of
    its issue date and compact keys of its articles."""

    source: str
    bulletin_id: str
    line: int | None = None
    articles: tuple[ArticleKey, ...] = ()


class RunWatch(Protocol):
    """A run-scope check under way: shown each bulletin of a run in input order, it reports the
    hits of that bulletin against those seen before (hits for earlier bulletins are never late)."""

    def see(self, index: int, subject: Subject) -> Iterable[Hit]: ...


BulletinCheck = Callable[[Bulletin], Iterable[Hit]]
ScannedCheck = Callable[[Bulletin, Scan], Iterable[Hit]]
RunCheck = Callable[[], RunWatch]
Injector = Callable[[Bulletin], Bulletin | None]
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Rule:
    """A registered rule.

    ``check`` takes a ``Bulletin`` (scope BULLETIN; a second parameter, when it has one, receives
    the bulletin's ``Scan`` so that rules and tables share the mentions found once) or, for scope
    RUN, takes nothing and returns a ``RunWatch`` shown the run's ``Subject`` one by one.
    ``inject`` returns a copy of a clean bulletin with exactly this rule's fault, or None when the
    bulletin has no place for it. When ``paired`` is true the fault only shows when the copy is
    validated together with the original (e.g. two sources giving the same bulletin id).
    ``withholds`` declares what an error of this rule holds back at release time.
    ``parameters`` declares the keyword arguments ``check`` takes, with their defaults; the
    configuration may set them (``[rules."pct.ratio"] tolerance = 0.5``).
    """

    id: str
    severity: Severity
    description: str
    example: str
    check: Callable[..., Any]
    inject: Injector
    scope: Scope = Scope.BULLETIN
    paired: bool = False
    withholds: Withholds = Withholds.BULLETIN
    parameters: Mapping[str, float | int | bool | str] = field(default_factory=dict, hash=False)

    @cached_property
    def takes_scan(self) -> bool:
        """Whether a bulletin-scope check wants the bulletin's ``Scan`` as second argument."""
        if self.scope is not Scope.BULLETIN:
            return False
        arguments = inspect.signature(self.check).parameters
        return len([name for name in arguments if name not in self.parameters]) >= 2

    def with_fault(self, bulletin: Bulletin) -> list[Bulletin] | None:
        """The bulletins to validate to see this rule's fault planted in ``bulletin``, or None."""
        injected = self.inject(bulletin)
        if injected is None:
            return None
        return [bulletin, injected] if self.paired else [injected]


class RuleRegistry(Sequence[Rule]):
    """Registered rules, by family (``FAMILY_ORDER``) then in declaration order within a family."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}
        self._ordered: tuple[Rule, ...] = ()

    def add(self, rule: Rule) -> Rule:
        if not RULE_ID_RE.match(rule.id):
            raise ValueError(f"rule id {rule.id!r} is not of the form family.name")
        if rule.id in self._rules:
            raise ValueError(f"rule {rule.id!r} is already registered")
        if not isinstance(rule.severity, Severity):
            raise TypeError(f"rule {rule.id!r}: severity must be a Severity")
        if not callable(rule.check):
            raise TypeError(f"rule {rule.id!r}: check is not callable")
        if rule.inject is None or not callable(rule.inject):
            raise ValueError(f"rule {rule.id!r} has no fault injector")
        if not rule.description.strip() or not rule.example.strip():
            raise ValueError(f"rule {rule.id!r} needs a description and an example message")
        self._rules[rule.id] = rule
        self._ordered = tuple(sorted(self._rules.values(), key=self._rank))
        return rule

    def _rank(self, rule: Rule) -> tuple[int, str, int]:
        family = rule.id.partition(".")[0]
        known = FAMILY_ORDER.index(family) if family in FAMILY_ORDER else len(FAMILY_ORDER)
        return (known, "" if family in FAMILY_ORDER else family, list(self._rules).index(rule.id))

    def ids(self) -> tuple[str, ...]:
        return tuple(rule.id for rule in self._ordered)

    def get(self, rule_id: str) -> Rule | None:
        return self._rules.get(rule_id)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._rules
        return item in self._rules.values()

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._ordered)

    def __len__(self) -> int:
        return len(self._rules)

    @overload
    def __getitem__(self, index: int) -> Rule: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Rule]: ...

    def __getitem__(self, index: int | slice) -> Rule | Sequence[Rule]:
        return self._ordered[index]


#: Every rule bantin runs. Importing ``bantin.validators`` registers the rule families.
RULES = RuleRegistry()


def register_rule(
    rule_id: str,
    severity: Severity,
    *,
    description: str,
    example: str,
    inject: Injector | None,
    scope: Scope = Scope.BULLETIN,
    paired: bool = False,
    withholds: Withholds = Withholds.BULLETIN,
    parameters: Mapping[str, float | int | bool | str] | None = None,
    registry: RuleRegistry | None = None,
) -> Callable[[F], F]:
    """Declare the decorated check as rule ``rule_id``; the function itself is returned unchanged."""

    def decorator(check: F) -> F:
        rule = Rule(
            id=rule_id,
            severity=severity,
            description=description,
            example=example,
            check=check,
            inject=inject,  # type: ignore[arg-type]  # checked by RuleRegistry.add
            scope=scope,
            paired=paired,
            withholds=withholds,
            parameters=dict(parameters or {}),
        )
        (RULES if registry is None else registry).add(rule)
        return check

    return decorator


def catalogue(registry: Iterable[Rule] = RULES) -> list[dict[str, Any]]:
    """The rule catalogue as plain records (id, severity, scope, withholds, parameters, …)."""
    return [
        {
            "id": rule.id,
            "severity": str(rule.severity),
            "scope": str(rule.scope),
            "withholds": str(rule.withholds),
            "parameters": dict(rule.parameters),
            "description": rule.description,
            "example": rule.example,
        }
        for rule in registry
    ]
