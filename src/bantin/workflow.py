"""Load what a maintainer configured for a run: settings, the rules they select, waivers, errata."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bantin.config import ConfigError, Settings, configured_rules, resolve_settings
from bantin.parsers.corrections import Correction, CorrectionsError, load_corrections
from bantin.validators.finding import Severity
from bantin.validators.registry import Rule, Withholds, catalogue
from bantin.validators.report import SOURCE_RULES, Report
from bantin.validators.waivers import Waiver, WaiverError, baseline, load_waivers


class WorkflowError(Exception):
    """The configuration, waivers or corrections cannot be used (the CLI exits with 2)."""


@dataclass(frozen=True)
class Workflow:
    """Everything a run takes from the maintainer's configuration."""

    settings: Settings
    rules: tuple[Rule, ...]
    waivers: tuple[Waiver, ...] = ()
    corrections: tuple[Correction, ...] = ()


def load_workflow(
    config: Path | None = None, start: Path | None = None, *, waivers_needed: bool = True
) -> Workflow:
    """The configuration (``--config`` or the nearest one above ``start``), its rules, and the
    waivers and corrections files it names. Raises ``WorkflowError`` naming file and key.

    Without ``waivers_needed`` (``bantin baseline``, which writes the file) a waivers file that
    does not exist yet is not an error."""
    try:
        settings = resolve_settings(config, start)
        waivers = []
        if settings.waivers and (waivers_needed or settings.waivers.exists()):
            waivers = load_waivers(settings.waivers)
        corrections = load_corrections(settings.corrections) if settings.corrections else []
    except (ConfigError, WaiverError, CorrectionsError) as error:
        raise WorkflowError(str(error)) from None
    return Workflow(settings, tuple(configured_rules(settings)), tuple(waivers), tuple(corrections))


def baseline_waivers(report: Report, existing: Path | None = None) -> list[Waiver]:
    """A waiver for every finding of ``report`` (keyed to its source's sha256, which the report
    records); reasons already written in ``existing`` (a waivers file, when it exists) are kept."""
    waivers = baseline(report.findings, report.source_sha256)
    if existing is None or not existing.is_file():
        return waivers
    reasons = {w.key(): w.reason for w in load_waivers(existing) if w.reason}
    return [replace(w, reason=reasons.get(w.key(), "")) for w in waivers]


def full_catalogue() -> list[dict[str, Any]]:
    """Every rule id a finding can carry: the registered rules, then the ``source.*`` codes under
    which files that never became a bulletin are reported."""
    records = catalogue()
    for rule_id, description in SOURCE_RULES.items():
        records.append(
            {
                "id": rule_id,
                "severity": str(Severity.ERROR),
                "scope": "source",
                "withholds": str(Withholds.BULLETIN),
                "parameters": {},
                "description": description,
                "example": "",
            }
        )
    return records
