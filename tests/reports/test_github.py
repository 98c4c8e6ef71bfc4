"""GitHub workflow annotations: the command syntax and the runner's escaping rules."""

from __future__ import annotations

import re

from bantin.reports.github import annotation, escape_data, escape_property, render_github
from bantin.validators.finding import Finding, Severity
from tests.reports.sample import sample_report

#: ::(error|warning) key=value(,key=value)*::message, with no raw %, CR or LF left anywhere and
#: no raw ',' or ':' inside a property value.
COMMAND = re.compile(
    r"^::(error|warning) (?:file|line|title)=[^,:\r\n]*(?:,(?:line|title)=[^,:\r\n]*)*::[^\r\n]*$"
)


def _unescape(text: str) -> str:
    for code, char in (("%3A", ":"), ("%2C", ","), ("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
        text = text.replace(code, char)
    return text


def test_lines_follow_the_command_syntax() -> None:
    lines = render_github(sample_report()).splitlines()
    assert lines[0] == (
        "::error file=corpus/000.txt,line=49,title=date.impossible::citation date 01/0 does not exist"
    )
    assert lines[1].startswith("::warning file=corpus/000.txt,line=117,title=pct.format::")
    assert lines[3] == (
        "::error file=corpus/notes.txt,title=source.not-bulletin::not a bulletin: no masthead"
    )
    assert all(COMMAND.match(line) for line in lines)


def test_escaping_of_percent_newlines_colon_and_comma() -> None:
    finding = Finding(
        "pct.range",
        Severity.ERROR,
        "share 185% exceeds 100%\r\nsecond line: a, b",
        "dir,with:odd%/a.txt",
        3,
    )
    line = annotation(finding)
    assert line == (
        "::error file=dir%2Cwith%3Aodd%25/a.txt,line=3,title=pct.range::"
        "share 185%25 exceeds 100%25%0D%0Asecond line: a, b"
    )
    assert COMMAND.match(line)
    assert _unescape(escape_data(finding.message)) == finding.message
    assert _unescape(escape_property(finding.source)) == finding.source
