"""A validation ``Report``: the findings of a run plus the sources that could not be parsed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bantin.errors import SourceError
from bantin.model import ParsedSource
from bantin.validators.finding import Finding, Severity
from bantin.validators.registry import Rule
from bantin.validators.run import validate
from bantin.validators.waivers import Waived, Waiver, apply_waivers

#: Rule ids under which unparseable sources are reported (``SourceError.code``).
SOURCE_RULES = {
    "source.unreadable": "missing, empty, binary or undecodable file",
    "source.not-bulletin": "readable text that is none of the bulletin formats",
    "source.malformed": "a recognised format whose structure is broken beyond recovery",
    "source.internal-error": "bantin itself failed on the file (a bug to report)",
    "correction.mismatch": "a reviewed correction whose old text is no longer on its line",
}


def source_finding(error: SourceError) -> Finding:
    """An unparseable source as an error finding under its ``SourceError.code``."""
    return Finding(
        rule=error.code,
        severity=Severity.ERROR,
        message=error.reason,
        source=error.source,
        line=error.line,
    )


@dataclass(frozen=True)
class Report:
    """Findings of a run, the sources that could not be parsed, and every source that was read."""

    findings: tuple[Finding, ...] = ()
    errors: tuple[SourceError, ...] = ()
    sources: tuple[str, ...] = ()
    #: Findings accepted by a waiver: listed, but they neither fail a run nor withhold anything.
    waived: tuple[Waived, ...] = ()
    #: Waivers that matched no finding.
    stale: tuple[Waiver, ...] = ()
    #: The sha256 of each parsed source, by name (what a waiver is keyed to).
    source_sha256: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        parsed: Sequence[ParsedSource],
        errors: Iterable[SourceError] = (),
        bulletin_ids: Mapping[str, str] | None = None,
        rules: Iterable[Rule] | None = None,
        waivers: Sequence[Waiver] = (),
    ) -> Report:
        """Validate ``parsed`` with ``rules`` (default: all) and report it together with the
        ``errors`` of the other sources; findings a waiver matches are set apart as waived."""
        found = validate(parsed, bulletin_ids, rules)
        sha256_of = {s.path: s.sha256 for s in parsed}
        outcome = apply_waivers(found, waivers, sha256_of)
        return cls(
            findings=outcome.findings,
            errors=tuple(errors),
            sources=tuple(s.path for s in parsed),
            waived=outcome.waived,
            stale=outcome.stale,
            source_sha256=sha256_of,
        )

    def flatten(self) -> list[Finding]:
        """Every finding, unparseable sources included, by source, line and rule."""
        return sorted(
            [*self.findings, *(source_finding(e) for e in self.errors)], key=Finding.sort_key
        )

    def files(self) -> list[str]:
        """Every source the report covers: parsed, unparseable, or named by a finding."""
        names = {
            *self.sources,
            *(e.source for e in self.errors),
            *(f.source for f in self.findings),
            *(w.finding.source for w in self.waived),
        }
        return sorted(names)

    def summary(self) -> dict[str, Any]:
        """Counts: sources, unparseable sources, findings by severity, by rule and by file."""
        flat = self.flatten()
        by_severity = Counter(str(f.severity) for f in flat)
        by_file = dict.fromkeys(self.files(), 0) | Counter(f.source for f in flat)
        return {
            "sources": len(self.files()),
            "unparseable": len(self.errors),
            "findings": len(flat),
            "waived": len(self.waived),
            "stale_waivers": len(self.stale),
            "by_severity": {str(s): by_severity.get(str(s), 0) for s in _SEVERITIES},
            "by_rule": dict(sorted(Counter(f.rule for f in flat).items())),
            "by_file": dict(sorted(by_file.items())),
        }

    def has_at_or_above(self, severity: Severity) -> bool:
        """Whether any finding (unparseable sources count as errors) is at least ``severity``."""
        return any(f.severity >= severity for f in self.flatten())


_SEVERITIES = sorted(Severity, reverse=True)
