"""The report options of the CLI: CI formats on stdout, HTML data docs, `bantin report`, progress."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bantin.cli import app
from tests.parsers.fixtures import PRINT_DIGEST

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def faulty_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    bad = PRINT_DIGEST.replace("(Baolaocai.vn 02/01)", "(Baolaocai.vn 31/9)")
    (folder / "sub" / "bad.txt").write_text(bad, "utf-8")
    (folder / "notes.txt").write_text("không phải bản tin\n", "utf-8")
    return folder


def test_validate_sarif_on_stdout(faulty_dir: Path) -> None:
    result = run("validate", str(faulty_dir), "--format", "sarif")
    assert result.exit_code == 2  # an unparseable source still decides the exit code
    run_ = json.loads(result.stdout)["runs"][0]
    (impossible,) = [r for r in run_["results"] if r["ruleId"] == "date.impossible"]
    location = impossible["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "sub/bad.txt", "uriBaseId": "INPUT1"}
    line = location["region"]["startLine"]
    assert "31/9" in PRINT_DIGEST.replace("02/01)", "31/9)").splitlines()[line - 1]


def test_validate_junit_and_github_on_stdout(faulty_dir: Path) -> None:
    junit = run("validate", str(faulty_dir), "--format", "junit")
    root = ET.fromstring(junit.stdout)
    assert root.tag == "testsuites" and int(root.get("failures")) >= 2
    github = run("validate", str(faulty_dir), "--format", "github")
    lines = github.stdout.splitlines()
    assert any(
        line.startswith(f"::error file={faulty_dir.as_posix()}/sub/bad.txt,line=") for line in lines
    )
    assert all(line.startswith(("::error ", "::warning ")) for line in lines)
