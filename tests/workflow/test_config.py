"""The configuration: where it is found, what it accepts, and what it refuses (naming the key)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.config import ConfigError, Settings, configured_rules, find_config, load_settings
from bantin.datasets.withholding import Granularity
from bantin.validators.finding import Severity
from bantin.validators.registry import RULES
from bantin.validators.run import validate_bulletins
from bantin.workflow import WorkflowError, load_workflow


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_bantin_toml_is_found_in_a_parent_folder(tmp_path: Path) -> None:
    config = _write(tmp_path / "bantin.toml", 'withhold = "bulletin"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == config
    assert load_workflow(start=deep).settings.withhold is Granularity.BULLETIN


def test_pyproject_counts_only_with_a_tool_bantin_table(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config(tmp_path) is None
    _write(tmp_path / "pyproject.toml", '[tool.bantin]\nignore = ["pct"]\n')
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    settings = load_settings(tmp_path / "pyproject.toml")
    assert not settings.selected("pct.ratio") and settings.selected("toc.pages")


def test_bantin_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.bantin]\nignore = ["pct"]\n')
    config = _write(tmp_path / "bantin.toml", "")
    assert find_config(tmp_path) == config


def test_select_and_ignore_take_ids_and_families_as_ruff_does() -> None:
    settings = Settings(select=["date", "pct.ratio"], ignore=["date.weekend"])
    chosen = [rule.id for rule in configured_rules(settings)]
    assert "pct.ratio" in chosen and "date.impossible" in chosen
    assert "date.weekend" not in chosen and "pct.range" not in chosen and "toc.pages" not in chosen
    assert len(configured_rules(Settings())) == len(RULES)


def test_severity_override_changes_the_findings() -> None:
    rule = RULES.get("pct.format")
    assert rule is not None
    bulletin = next(b for b in _clean_bulletins() if rule.inject(b) is not None)
    faulty = rule.inject(bulletin)
    assert faulty is not None
    rules = configured_rules(Settings(severity={"pct.format": Severity.ERROR}))
    found = [f for f in validate_bulletins([faulty], rules) if f.rule == "pct.format"]
    assert found and all(f.severity is Severity.ERROR for f in found)


def test_pct_ratio_tolerance_is_a_rule_parameter() -> None:
    rule = RULES.get("pct.ratio")
    assert rule is not None and rule.parameters == {"tolerance": 0.0}
    bulletin = next(b for b in _clean_bulletins() if rule.inject(b) is not None)
    faulty = rule.inject(bulletin)  # 45/60 printed as 80%: five points off
    assert faulty is not None
    strict = configured_rules(Settings(select=["pct.ratio"]))
    lenient = configured_rules(
        Settings(select=["pct.ratio"], rules={"pct.ratio": {"tolerance": 6}})
    )
    assert [f.rule for f in validate_bulletins([faulty], strict)] == ["pct.ratio"]
    assert validate_bulletins([faulty], lenient) == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('selct = ["pct"]\n', "selct: unknown key"),
        ('select = ["pct.nope"]\n', "'pct.nope'"),
        ('ignore = ["nosuchfamily"]\n', "'nosuchfamily'"),
        ('[severity]\n"toc.nope" = "error"\n', "'toc.nope'"),
        ('[severity]\n"toc.pages" = "fatal"\n', "severity.toc.pages"),
        ('[rules."pct.ratio"]\ntolerence = 1\n', "rules.pct.ratio.tolerence: unknown parameter"),
        ('[rules."pct.ratio"]\ntolerance = "big"\n', "expected float"),
        ('[rules."pct.nope"]\nx = 1\n', "rules.pct.nope: unknown rule"),
        ('withhold = "paragraph"\n', "withhold"),
        ('ignore = ["source"]\n', "source.* findings"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_unknown_keys_and_rules_are_refused_naming_them(
    tmp_path: Path, text: str, named: str
) -> None:
    config = _write(tmp_path / "bantin.toml", text)
    with pytest.raises(ConfigError) as error:
        load_settings(config)
    assert named in str(error.value)
    assert str(config) in str(error.value)


def test_paths_are_relative_to_the_configuration_file(tmp_path: Path) -> None:
    config = _write(tmp_path / "cfg" / "bantin.toml", 'waivers = "w.toml"\n')
    assert load_settings(config).waivers == tmp_path / "cfg" / "w.toml"
    with pytest.raises(WorkflowError, match=r"w\.toml"):
        load_workflow(config)  # the waivers file it names does not exist


def _clean_bulletins():
    from bantin.datasets.corpus import CorpusInput, parse_inputs
    from bantin.datasets.synthetic.sample import embedded_sample_files

    outcome = parse_inputs(CorpusInput(p, p.name) for p in embedded_sample_files())
    return [source.bulletin for source in outcome.parsed]


def test_configured_rules_stay_hashable() -> None:
    # Rules are used as set members and dict keys (the property laws count by rule).
    rules = configured_rules(Settings(rules={"pct.ratio": {"tolerance": 1.0}}))
    assert len(set(rules)) == len(rules) == len(RULES)


def test_data_version_and_file_size_limit_come_from_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A maintainer sets the data version and the size limit once, in bantin.toml; the options
    still win over it."""
    import json

    from typer.testing import CliRunner

    from bantin.cli import app
    from bantin.datasets.synthetic.sample import embedded_sample_files

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in embedded_sample_files():
        if path.stat().st_size < 8 * 1024:
            (corpus / path.name).write_bytes(path.read_bytes())
    big = embedded_sample_files()[0]
    assert big.stat().st_size > 12 * 1024
    (corpus / big.name).write_bytes(big.read_bytes())
    _write(tmp_path / "bantin.toml", 'data_version = "2030.1"\nmax_file_size = "12K"\n')
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def release(*options: str) -> tuple[dict[str, object], str]:
        result = runner.invoke(app, ["release", "corpus", "--out", "rel", *options])
        assert result.exit_code == 0, result.output
        descriptor = json.loads((tmp_path / "rel" / "datapackage.json").read_text("utf-8"))
        return descriptor, result.output

    descriptor, output = release()
    assert descriptor["version"] == "2030.1"
    assert f"{big.name}: " in output and "size limit" in output  # listed, not read

    descriptor, output = release("--data-version", "2031.2", "--max-file-size", "1M")
    assert descriptor["version"] == "2031.2"
    assert "size limit" not in output


@pytest.mark.parametrize(
    ("line", "key"),
    [('data_version = "2024 final"', "data_version"), ('max_file_size = "lots"', "max_file_size")],
)
def test_a_bad_data_version_or_size_is_refused_naming_the_key(
    tmp_path: Path, line: str, key: str
) -> None:
    config = _write(tmp_path / "bantin.toml", line + "\n")
    with pytest.raises(ConfigError, match=key):
        load_settings(config)
