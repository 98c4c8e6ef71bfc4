"""Pick a CI report format by name: SARIF, JUnit XML or GitHub workflow annotations."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bantin.names import portable_name
from bantin.reports.locations import InputBase
from bantin.validators.report import Report

CI_FORMATS = ("sarif", "junit", "github")


def input_bases(sources: Sequence[Path]) -> list[InputBase]:
    """The SOURCE arguments as report locations are made relative to them."""
    return [InputBase(portable_name(Path(s).as_posix()), Path(s).is_dir()) for s in sources]


def render_ci(name: str, report: Report, sources: Sequence[Path]) -> str:
    """``report`` in the CI format ``name`` (one of ``CI_FORMATS``); only that format's writer is
    imported."""
    if name == "sarif":
        from bantin.reports.sarif import render_sarif

        return render_sarif(report, input_bases(sources))
    if name == "junit":
        from bantin.reports.junit import render_junit

        return render_junit(report)
    if name == "github":
        from bantin.reports.github import render_github

        return render_github(report)
    raise ValueError(f"unknown CI format {name!r}; expected one of {', '.join(CI_FORMATS)}")
