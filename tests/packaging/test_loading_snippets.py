"""Every snippet of the README's "Loading a package" section runs against a fresh release."""

from __future__ import annotations

import importlib.util
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bantin.cli import app
from tests.packaging.http_server import Served, serve

README = Path(__file__).parents[2] / "README.md"
EXAMPLE_URL = "https://example.org/bantin/latest/"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def loading_snippets() -> list[tuple[str, str]]:
    """(language, code) of every fenced block between "## Loading a package" and the next "## "."""
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Loading a package\n")
    end = text.index("\n## ", start + 1)
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(text[start:end])]


SNIPPETS = loading_snippets()


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh release of the embedded sample, made with the CLI as a user would."""
    folder = tmp_path_factory.mktemp("fresh")
    result = CliRunner().invoke(app, ["release", "--out", str(folder / "release")])
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def workdir(
    release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, Served]]:
    """A folder holding ``release/`` as the snippets expect, the release also served over HTTP."""
    shutil.copytree(release / "release", tmp_path / "release")
    (tmp_path / "served").mkdir()
    shutil.copytree(release / "release", tmp_path / "served" / "latest")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BANTIN_CACHE", str(tmp_path / "cache"))
    with serve(tmp_path / "served") as served:
        yield tmp_path, served


def _local(code: str, served: Served) -> str:
    return code.replace(EXAMPLE_URL, served.url + "latest/")


def test_the_section_shows_every_way_to_load() -> None:
    code = "\n".join(snippet for _, snippet in SNIPPETS)
    for needle in (
        "import polars",
        "import pandas",
        "import duckdb",
        "bantin.load(",
        "bantin.connect(",
        "bantin fetch ",
        "bantin query ",
        "read_parquet(",
    ):
        assert needle in code, needle
    assert {language for language, _ in SNIPPETS} == {"python", "bash", "r"}


@pytest.mark.parametrize(
    ("language", "code"), SNIPPETS, ids=[f"{i}-{lang}" for i, (lang, _) in enumerate(SNIPPETS)]
)
def test_snippet_runs(language: str, code: str, workdir: tuple[Path, Served]) -> None:
    folder, served = workdir
    code = _local(code, served)
    if language == "python":
        namespace: dict[str, object] = {}
        if "spark." in code:
            if importlib.util.find_spec("pyspark") is None:
                pytest.skip("pyspark is not installed (pip install 'bantin[spark]')")
            from pyspark.sql import SparkSession

            namespace["spark"] = SparkSession.builder.master("local[1]").getOrCreate()
        exec(compile(code, str(README), "exec"), namespace)
    elif language == "bash":
        for line in code.splitlines():
            argv = shlex.split(line, comments=True)
            if not argv:
                continue
            assert argv[0] == "bantin", line
            result = CliRunner().invoke(app, argv[1:])
            assert result.exit_code == 0, (line, result.output)
    elif language == "r":
        if shutil.which("Rscript") is None:
            pytest.skip("R is not installed")
        probe = subprocess.run(["Rscript", "-e", "library(arrow)"], capture_output=True)
        if probe.returncode != 0:
            pytest.skip("the R arrow package is not installed")
        subprocess.run(["Rscript", "-e", code], cwd=folder, check=True, timeout=300)
    else:
        pytest.fail(f"no way to run a {language} snippet")
