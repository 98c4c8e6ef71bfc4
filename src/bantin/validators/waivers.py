"""Waivers: reviewed findings a maintainer accepts, matched by rule, source sha256 and message."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import ClassVar

from bantin.schemas import patterns
from bantin.validators.finding import Finding

#: Written at the top of a baseline so that whoever opens it knows what to do.
HEADER = (
    "# bantin waivers: findings accepted after review. A waiver matches a finding by rule, the\n"
    "# source file's sha256 and the message (which quotes the offending text); `source` and\n"
    "# `line` are for the reader. Fill in every `reason` before committing this file.\n\n"
)


class WaiverError(Exception):
    """A waivers file that cannot be used (the CLI exits with 2)."""


@dataclass(frozen=True)
class Waiver:
    """One accepted finding (a plain dataclass: pydantic checks the ``metadata`` constraints only
    when it reads a waivers file, so a run without one never imports it)."""

    __pydantic_config__: ClassVar[dict[str, str]] = {"extra": "forbid"}

    rule: str = field(metadata={"pattern": patterns.RULE_ID})
    source_sha256: str = field(metadata={"pattern": patterns.SHA256})
    message: str = field(metadata={"min_length": 1})
    reason: str = ""
    source: str | None = None
    line: int | None = field(default=None, metadata={"ge": 1})

    def key(self) -> tuple[str, str, str]:
        return (self.rule, self.source_sha256, self.message)

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.source and self.line else self.source
        return f"{self.rule} in {where or self.source_sha256[:12]}: {self.message}"


@dataclass(frozen=True)
class WaiversFile:
    """A waivers file: ``[[waiver]]`` tables."""

    __pydantic_config__: ClassVar[dict[str, str]] = {"extra": "forbid"}

    waiver: list[Waiver] = field(default_factory=list)


@dataclass(frozen=True)
class Waived:
    """A finding a waiver accepts, with the waiver's reason."""

    finding: Finding
    reason: str


@dataclass(frozen=True)
class WaiverOutcome:
    """Findings left after waivers, the waived ones, and waivers that matched nothing."""

    findings: tuple[Finding, ...]
    waived: tuple[Waived, ...]
    stale: tuple[Waiver, ...]


def apply_waivers(
    findings: Iterable[Finding], waivers: Sequence[Waiver], sha256_of: Mapping[str, str]
) -> WaiverOutcome:
    """Split ``findings`` into kept and waived. ``sha256_of`` maps a source path to its file's
    sha256; a finding of a source without one (an unreadable file) is never waived. A waiver
    covers every finding with its rule, sha256 and message; one that covers none is stale."""
    by_key = {waiver.key(): waiver for waiver in waivers}
    used: set[tuple[str, str, str]] = set()
    kept: list[Finding] = []
    waived: list[Waived] = []
    for finding in findings:
        sha = sha256_of.get(finding.source)
        key = (finding.rule, sha or "", finding.message)
        waiver = by_key.get(key) if sha else None
        if waiver is None:
            kept.append(finding)
        else:
            used.add(key)
            waived.append(Waived(finding, waiver.reason))
    stale = tuple(w for w in waivers if w.key() not in used)
    return WaiverOutcome(tuple(kept), tuple(waived), stale)


def baseline(findings: Iterable[Finding], sha256_of: Mapping[str, str]) -> list[Waiver]:
    """A waiver for every finding of a readable source (one per rule, sha256 and message), each
    with an empty ``reason`` to fill in."""
    waivers: dict[tuple[str, str, str], Waiver] = {}
    for finding in findings:
        sha = sha256_of.get(finding.source)
        if sha is None:
            continue
        waiver = Waiver(
            rule=finding.rule,
            source_sha256=sha,
            message=finding.message,
            source=finding.source,
            line=finding.line,
        )
        waivers.setdefault(waiver.key(), waiver)
    return list(waivers.values())


def dump_waivers(waivers: Iterable[Waiver]) -> str:
    """The waivers as TOML (``[[waiver]]`` tables), with a header saying how to review them."""
    records = [
        {
            key: value
            for key, value in asdict(waiver).items()
            if value is not None and key != "reason"
        }
        | {"reason": waiver.reason}
        for waiver in waivers
    ]
    import tomli_w  # only `bantin baseline` writes a waivers file

    return HEADER + tomli_w.dumps({"waiver": records})


def load_waivers(path: Path) -> list[Waiver]:
    """The waivers of ``path``; ``WaiverError`` names the file, the entry and the key."""
    from bantin.tomlfiles import load_toml_model  # pydantic: only when there is a file to read

    return load_toml_model(path, WaiversFile, "waivers", WaiverError).waiver
