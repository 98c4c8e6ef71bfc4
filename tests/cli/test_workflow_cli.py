"""The maintainer's workflow on the command line: config, baseline, waivers, corrections, rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from bantin.cli import app
from bantin.datasets.synthetic.sample import embedded_sample_files
from bantin.parsers.decode import sha256_hex
from tests.parsers.fixtures import PRINT_DIGEST

runner = CliRunner()
#: Two sample feeds: clean, and of other days than the hand-written digest.
CLEAN = embedded_sample_files()[2:4]


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two clean sample bulletins and one with an impossible citation date (31/9), in a project
    folder that is the current folder."""
    project = tmp_path / "project"
    folder = project / "corpus"
    folder.mkdir(parents=True)
    for path in CLEAN:
        shutil.copy(path, folder / path.name)
    bad = PRINT_DIGEST.replace("(Baolaocai.vn 02/01", "(Baolaocai.vn 31/9")
    (folder / "bad.txt").write_text(bad, encoding="utf-8")
    monkeypatch.chdir(project)
    return folder


def test_short_help_everywhere() -> None:
    assert run("-h").exit_code == 0
    for command in ("validate", "release", "baseline", "rules", "verify", "diff"):
        result = run(command, "-h")
        assert result.exit_code == 0 and "Usage" in result.stdout, command


def test_rules_lists_every_rule_with_source_codes_as_json() -> None:
    records = json.loads(run("rules", "--format", "json").stdout)
    ids = [record["id"] for record in records]
    assert {"toc.numbering", "pct.ratio", "source.unreadable", "source.not-bulletin"} <= set(ids)
    ratio = next(record for record in records if record["id"] == "pct.ratio")
    assert ratio["withholds"] == "article" and ratio["parameters"] == {"tolerance": 0.0}
    assert "source.malformed" in run("rules").stdout


def test_one_error_is_singular(corpus: Path) -> None:
    result = run("validate", str(corpus / "bad.txt"))
    assert "1 error," in result.stdout and "1 errors" not in result.stdout


def test_quiet_lists_only_files_with_findings(corpus: Path) -> None:
    result = run("validate", str(corpus), "--quiet")
    assert "bad.txt" in result.stdout
    assert CLEAN[0].name not in result.stdout
    assert CLEAN[0].name in run("validate", str(corpus)).stdout


def test_release_fail_on_warning_writes_then_exits_1(corpus: Path) -> None:
    (corpus / "bad.txt").unlink()
    warn = corpus.parent / "warn"
    warn.mkdir()
    (warn / "warn.txt").write_text(PRINT_DIGEST, encoding="utf-8")  # 80.09%: a warning only
    assert run("release", str(warn), "--out", "rel").exit_code == 0
    result = run("release", str(warn), "--out", "rel", "--fail-on", "warning")
    assert result.exit_code == 1 and Path("rel/datapackage.json").is_file()


def test_unknown_config_key_exits_2_naming_it(corpus: Path) -> None:
    Path("bantin.toml").write_text('[severity]\n"pct.nope" = "error"\n', encoding="utf-8")
    result = run("validate", str(corpus))
    assert result.exit_code == 2
    assert "pct.nope" in result.stderr and "Traceback" not in result.output
    other = Path("other.toml")
    other.write_text("colour = 1\n", encoding="utf-8")
    result = run("release", str(corpus), "--config", str(other), "--out", "rel")
    assert result.exit_code == 2 and "colour: unknown key" in result.stderr


def test_config_ignore_and_withholding_granularity(corpus: Path) -> None:
    Path("bantin.toml").write_text('ignore = ["date"]\n', encoding="utf-8")
    assert run("validate", str(corpus)).exit_code == 0
    Path("bantin.toml").write_text('withhold = "bulletin"\n', encoding="utf-8")
    assert run("release", str(corpus), "--out", "rel").exit_code == 0
    sources = pl.read_parquet("rel/data/sources.parquet")
    assert sources.filter(pl.col("source_path").str.ends_with("bad.txt"))["status"].to_list() == [
        "quarantined"
    ]
    assert run("release", str(corpus), "--out", "rel", "--withhold", "article").exit_code == 0
    sources = pl.read_parquet("rel/data/sources.parquet")
    assert "partial" in sources["status"].to_list()


def test_baseline_then_waivers_accept_findings_and_report_stale_ones(corpus: Path) -> None:
    result = run("baseline", str(corpus), "--out", "waivers.toml")
    assert result.exit_code == 0, result.output
    text = Path("waivers.toml").read_text("utf-8")
    assert 'rule = "date.impossible"' in text and 'reason = ""' in text
    Path("waivers.toml").write_text(
        text.replace('reason = ""', 'reason = "checked against the outlet"'), "utf-8"
    )
    Path("bantin.toml").write_text('waivers = "waivers.toml"\n', encoding="utf-8")
    result = run("validate", str(corpus), "--fail-on", "warning")
    assert result.exit_code == 0, result.stdout
    assert "waived" in result.stdout and "checked against the outlet" in result.stdout
    document = json.loads(run("validate", str(corpus), "--format", "json").stdout)
    assert document["findings"] == [] and document["waived"]
    # A waived error withholds nothing and is published with its reason.
    result = run("release", str(corpus), "--out", "rel")
    assert result.exit_code == 0 and " waived (all listed" in result.stdout
    assert pl.read_parquet("rel/data/withheld.parquet").height == 0
    findings = pl.read_parquet("rel/data/findings.parquet")
    assert findings["waived"].all()
    assert set(findings["waiver_reason"].to_list()) == {"checked against the outlet"}
    # Re-running the baseline keeps the reasons already written.
    run("baseline", str(corpus), "--out", "waivers.toml")
    assert 'reason = ""' not in Path("waivers.toml").read_text("utf-8")
    # Once the file is fixed, its waiver no longer matches anything: it is stale.
    (corpus / "bad.txt").write_text(PRINT_DIGEST, encoding="utf-8")
    result = run("validate", str(corpus))
    assert "stale waiver" in result.stdout and "date.impossible" in result.stdout
    result = run("release", str(corpus), "--out", "rel")
    assert "stale waiver: date.impossible" in result.stdout


def _line_of(text: str, needle: str) -> int:
    return next(i for i, row in enumerate(text.split("\n"), 1) if needle in row)


def test_corrections_fix_the_text_and_a_stale_one_names_itself(corpus: Path) -> None:
    bad = corpus / "bad.txt"
    line = _line_of(bad.read_text("utf-8"), "Baolaocai.vn 31/9")
    sha = sha256_hex(bad.read_bytes())
    Path("fixes.toml").write_text(
        f'[[correction]]\nsource_sha256 = "{sha}"\nline = {line}\nold = "31/9"\nnew = "02/01"\n'
        'reason = "misprinted day"\n',
        encoding="utf-8",
    )
    Path("bantin.toml").write_text('corrections = "fixes.toml"\n', encoding="utf-8")
    assert run("validate", str(corpus)).exit_code == 0
    assert run("release", str(corpus), "--out", "rel").exit_code == 0
    corrections = pl.read_parquet("rel/data/corrections.parquet")
    assert corrections.select("line", "old", "new", "reason").rows() == [
        (line, "31/9", "02/01", "misprinted day")
    ]
    Path("fixes.toml").write_text(
        Path("fixes.toml").read_text("utf-8").replace(f"line = {line}", f"line = {line + 1}"),
        encoding="utf-8",
    )
    result = run("validate", str(corpus))
    assert result.exit_code == 2
    assert "correction.mismatch" in result.stdout and "does not hold '31/9'" in result.stdout
