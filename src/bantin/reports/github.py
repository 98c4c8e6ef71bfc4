"""GitHub Actions workflow commands: one ``::error``/``::warning`` annotation line per finding."""

from __future__ import annotations

from bantin.validators.finding import Finding
from bantin.validators.report import Report


def escape_data(text: str) -> str:
    """Escape a command's message: ``%``, CR and LF (the runner's own rules)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as a message, plus ``:`` and ``,`` that end a property."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """``::error file=PATH,line=N,title=RULE::MESSAGE`` (``line`` left out when unknown)."""
    props = [f"file={escape_property(finding.source)}"]
    if finding.line is not None:
        props.append(f"line={finding.line}")
    props.append(f"title={escape_property(finding.rule)}")
    return f"::{finding.severity} {','.join(props)}::{escape_data(finding.message)}"


def render_github(report: Report) -> str:
    """Every finding as an annotation line (file paths as given, relative to the workspace)."""
    return "".join(annotation(f) + "\n" for f in report.flatten())
