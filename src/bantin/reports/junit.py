"""JUnit XML for CI test dashboards: one test case per source and rule, a failure per finding."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from bantin import patterncache
from bantin.reports.catalogue import report_rules
from bantin.validators.finding import Finding
from bantin.validators.report import SOURCE_RULES, Report

#: Characters XML 1.0 cannot carry; they are replaced so a hostile message cannot break the file.
_NOT_XML = patterncache.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _where(finding: Finding) -> str:
    return f"{finding.source}:{finding.line}" if finding.line else finding.source


def junit_tree(report: Report, suite_name: str = "bantin") -> ET.Element:
    """``<testsuites>`` with one ``<testsuite>`` per source and one ``<testcase>`` per rule.

    A test case's ``classname`` is the source path and its ``name`` the rule id; each finding is
    a ``<failure>`` (``type`` the severity, ``message`` the finding's message, text ``file:line``).
    Bulletin rules of a source that could not be parsed are ``<skipped>``: they never ran.
    """
    findings = report.flatten()
    rules = report_rules(f.rule for f in findings)
    by_case: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in findings:
        by_case[(finding.source, finding.rule)].append(finding)
    unparsed = {error.source for error in report.errors}
    root = ET.Element("testsuites", name=suite_name)
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for source in report.files():
        suite = ET.SubElement(root, "testsuite", name=_xml_text(source))
        counts = {"tests": 0, "failures": 0, "skipped": 0}
        for rule in rules:
            case = ET.SubElement(
                suite, "testcase", classname=_xml_text(source), name=rule.id, time="0"
            )
            counts["tests"] += 1
            found = by_case.get((source, rule.id), [])
            for finding in found:
                failure = ET.SubElement(
                    case, "failure", type=str(finding.severity), message=_xml_text(finding.message)
                )
                failure.text = _xml_text(f"{_where(finding)}: {finding.message}")
            if found:
                counts["failures"] += 1
            elif source in unparsed and rule.id not in SOURCE_RULES:
                ET.SubElement(case, "skipped", message="the source could not be parsed")
                counts["skipped"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("errors", "0")
        suite.set("time", "0")
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    root.set("time", "0")
    return root


def render_junit(report: Report, suite_name: str = "bantin") -> str:
    """The JUnit XML document as text, with an XML declaration and a final newline."""
    tree = junit_tree(report, suite_name)
    ET.indent(tree)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tree, "unicode") + "\n"
