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


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    from tests.reports.pages import write_run

    return write_run(tmp_path / "run")


def test_validate_html_is_the_data_docs_page(run_dir: Path, tmp_path: Path) -> None:
    page_path = tmp_path / "v.html"
    result = run("validate", str(run_dir), "--html", str(page_path))
    assert result.exit_code == 2  # notes.txt cannot be read
    page = page_path.read_text("utf-8")
    assert "bantin validation report" in page and "<mark>31/9</mark>" in page
    assert 'id="profile"' not in page  # nothing is published by validate


def test_release_html_profiles_the_package_and_report_rebuilds_it(
    run_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out_dir, release_page = tmp_path / "pkg", tmp_path / "r.html"
    result = run("release", str(run_dir), "--out", str(out_dir), "--html", str(release_page))
    assert result.exit_code == 0, result.stdout
    page = release_page.read_text("utf-8")
    assert 'id="profile"' in page and 'id="profile-figures"' in page
    assert "bantin-" in page and "created 2023-11-14" in page  # the package's own metadata
    rebuilt = tmp_path / "p.html"
    # source paths are relative to the SOURCE argument (portable packages): --sources names it
    result = run("report", str(out_dir), "--html", str(rebuilt), "--sources", str(run_dir))
    assert result.exit_code == 0, result.stdout
    again = rebuilt.read_text("utf-8")
    assert "bantin package report" in again

    def section(text: str, name: str) -> str:
        return text.split(f'id="{name}"', 1)[1].split("</section>", 1)[0]

    for name in ("bulletins", "findings", "profile"):
        assert section(again, name) == section(page, name), name
    # Without the source files, findings are listed but not quoted.
    monkeypatch.chdir(tmp_path)
    moved = tmp_path / "moved"
    run_dir.rename(moved)
    run("report", str(out_dir), "--html", str(rebuilt))
    orphan = rebuilt.read_text("utf-8")
    assert "<mark>" not in orphan and "source not available to quote" in orphan
    assert "31/9 does not exist" in orphan


def test_report_of_a_missing_or_damaged_package_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("report", str(tmp_path / "nope"), "--html", str(tmp_path / "x.html"))
    assert result.exit_code == 1
    assert "cannot load the package" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_release_prints_findings_for_ci_and_its_summary_on_stderr(
    faulty_dir: Path, tmp_path: Path
) -> None:
    result = run("release", str(faulty_dir), "--out", str(tmp_path / "pkg"), "--format", "sarif")
    assert result.exit_code == 0
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert {"date.impossible", "source.not-bulletin"} <= {r["ruleId"] for r in results}
    assert "Published" in result.stderr and "Published" not in result.stdout
    refused = run(
        "release", str(faulty_dir), "--out", str(tmp_path / "no"), "--strict", "-f", "github"
    )
    assert refused.exit_code == 1 and not (tmp_path / "no").exists()
    assert any(line.startswith("::error file=") for line in refused.stdout.splitlines())


def test_report_finds_the_sources_under_sources_option(
    run_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(run_dir.parent)
    assert run("release", run_dir.name, "--out", "pkg").exit_code == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    package, page = str(run_dir.parent / "pkg"), elsewhere / "p.html"
    assert run("report", package, "--html", str(page)).exit_code == 0
    assert "<mark>" not in page.read_text("utf-8")  # run/… is not under the current folder
    assert run("report", package, "--html", str(page), "--sources", str(run_dir)).exit_code == 0
    assert "<mark>31/9</mark>" in page.read_text("utf-8")
