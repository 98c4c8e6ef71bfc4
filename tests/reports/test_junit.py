"""JUnit XML as CI dashboards read it: a test case per source and rule, a failure per finding."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from bantin.reports.junit import render_junit
from bantin.validators.finding import Finding, Severity
from bantin.validators.registry import RULES
from bantin.validators.report import SOURCE_RULES, Report
from tests.reports.sample import sample_report

N_RULES = len(RULES) + len(SOURCE_RULES)  # the registered rules and the source.* codes


def test_structure_consumers_read() -> None:
    root = ET.fromstring(render_junit(sample_report()))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [
        "corpus/000.txt",
        "corpus/002.txt",
        "corpus/003.txt",
        "corpus/notes.txt",
    ]
    for suite in suites:
        cases = suite.findall("testcase")
        assert len(cases) == N_RULES == int(suite.get("tests"))
        failed = [c for c in cases if c.find("failure") is not None]
        skipped = [c for c in cases if c.find("skipped") is not None]
        assert int(suite.get("failures")) == len(failed)
        assert int(suite.get("skipped")) == len(skipped)
        assert all(c.get("classname") == suite.get("name") for c in cases)
    assert int(root.get("tests")) == 4 * N_RULES and int(root.get("failures")) == 4


def test_a_failure_per_finding() -> None:
    findings = (
        Finding("pct.range", Severity.ERROR, "share 185% exceeds 100%", "a.txt", 7),
        Finding("pct.range", Severity.ERROR, "share 120% exceeds 100%", "a.txt", 9),
    )
    root = ET.fromstring(render_junit(Report(findings, (), ("a.txt",))))
    case = root.find("testsuite/testcase[@name='pct.range']")
    failures = case.findall("failure")
    assert [f.get("message") for f in failures] == [
        "share 185% exceeds 100%",
        "share 120% exceeds 100%",
    ]
    assert failures[0].text == "a.txt:7: share 185% exceeds 100%"
    assert failures[0].get("type") == "error"


def test_unparsed_source_fails_its_rule_and_skips_the_others() -> None:
    root = ET.fromstring(render_junit(sample_report()))
    suite = root.find("testsuite[@name='corpus/notes.txt']")
    failed = [c.get("name") for c in suite.findall("testcase") if c.find("failure") is not None]
    assert failed == ["source.not-bulletin"]
    assert int(suite.get("skipped")) == len(RULES)


def test_junitparser_reads_it(tmp_path) -> None:
    junitparser = pytest.importorskip("junitparser", reason="junitparser (test extra) reads JUnit")
    path = tmp_path / "junit.xml"
    path.write_text(render_junit(sample_report()), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = {suite.name: suite for suite in xml}
    assert suites["corpus/000.txt"].failures == 2
    results = {
        case.name: [type(r).__name__ for r in case.result] for case in suites["corpus/000.txt"]
    }
    assert results["date.impossible"] == ["Failure"] and results["toc.pages"] == []


def test_control_characters_cannot_break_the_xml() -> None:
    finding = Finding("source.malformed", Severity.ERROR, "bad \x00\x1b byte & <tag>", "b.txt")
    text = render_junit(Report((finding,), (), ("b.txt",)))
    failure = ET.fromstring(text).find(".//failure")
    assert failure.get("message") == "bad \ufffd\ufffd byte & <tag>"
