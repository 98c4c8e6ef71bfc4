"""Each command imports only what it uses: `bantin validate` checks bulletins without the table
stack (pandera, pandas, polars, pyarrow), and no command loads the sample generator, report writers
it does not write, the network stack, or pydantic for a configuration that is not there. Each of
these costs a process part of a second (or tens of milliseconds) before any work."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bantin.datasets.synthetic import write_sample

TABLE_STACK = ("pandera", "pandas", "polars", "pyarrow")
#: Loaded by no run of `validate` or `release` without a configuration file: the sample generator,
#: the report writers of other formats, the data docs (altair), downloads, config-file checks.
NEVER = (
    "bantin.datasets.synthetic",
    "bantin.reports.ci",
    "bantin.reports.junit",
    "bantin.reports.sarif",
    "bantin.reports.github",
    "bantin.reports.html",
    "bantin.reports.builders",
    "altair",
    "requests",
    "pooch",
    "bantin.config_file",
    "bantin.tomlfiles",
    # pandera's strategies load it where it is installed (bantin[test]): 0.4 s (bantin.tablestack)
    "hypothesis",
)
#: Also not loaded by `validate -q` of a few files: templates, TLS and HTTP, tables, the bar.
NOT_BY_VALIDATE = (
    *TABLE_STACK,
    *NEVER,
    "jinja2",
    "ssl",
    "urllib.request",
    "http.client",
    "rich.table",
    "rich.progress",
    "tomli_w",
    # pydantic: typer 0.29 builds a pydantic adapter for every parameter (pyproject caps it);
    # importlib.metadata: only pandera's version is asked for; tomllib: no configuration here.
    "pydantic",
    "importlib.metadata",
    "tomllib",
    # the packaging side: writing, describing, reading and checking a package, and its schemas
    "bantin.packaging.writer",
    "bantin.packaging.descriptor",
    "bantin.packaging.datadoc",
    "bantin.packaging.reader",
    "bantin.packaging.verify",
    "bantin.packaging.storage",
    "bantin.schemas.tables",
    "bantin.schemas.frames",
    "bantin.schemas.release",
)
PROBE = """
import json, sys
out, sys.argv = sys.argv[1], ["bantin", *sys.argv[2:]]
from bantin.cli import main
try:
    main()
finally:
    with open(out, "w") as handle:
        json.dump(sorted(sys.modules), handle)
"""


def _loaded(tmp_path: Path, *args: str) -> set[str]:
    """The modules loaded by a whole ``bantin ARGS`` run, in a fresh interpreter."""
    out = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(out), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # no bantin.toml above it
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return set(json.loads(out.read_text(encoding="utf-8")))


def _among(loaded: set[str], names: tuple[str, ...]) -> list[str]:
    """The ``names`` (packages: with their submodules) that were loaded."""
    return sorted(n for n in names if any(m == n or m.startswith(n + ".") for m in loaded))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("light") / "in"
    write_sample(folder, bulletins=4, seed=5)
    return folder


def test_validate_loads_no_table_libraries_nor_what_it_does_not_use(
    sample: Path, tmp_path: Path
) -> None:
    loaded = _loaded(tmp_path, "validate", str(sample), "-q", "-j", "1")
    assert _among(loaded, NOT_BY_VALIDATE) == []


def test_a_ci_format_loads_its_own_writer_only(sample: Path, tmp_path: Path) -> None:
    loaded = _loaded(tmp_path, "validate", str(sample), "-q", "-j", "1", "--format", "junit")
    assert _among(loaded, NOT_BY_VALIDATE) == ["bantin.reports.ci", "bantin.reports.junit"]


def test_release_loads_the_table_stack_but_not_the_rest(sample: Path, tmp_path: Path) -> None:
    loaded = _loaded(tmp_path, "release", str(sample), "-o", str(tmp_path / "out"), "-q")
    # pandera loads without pandas (bantin.tablestack), and pyarrow reads Parquet without it.
    assert _among(loaded, TABLE_STACK) == ["pandera", "polars", "pyarrow"]
    assert _among(loaded, NEVER) == []


def test_bantin_itself_needs_no_pydantic_without_a_configuration_file(
    sample: Path, tmp_path: Path
) -> None:
    """pydantic checks configuration, waivers and corrections files only (and the command line as
    a whole loads it for none of them: ``NOT_BY_VALIDATE``)."""
    probe = """
import sys
from pathlib import Path
import bantin.cli
from bantin.datasets.inputs import collect_inputs
from bantin.datasets.release import validate_files
from bantin.datasets.task import TaskSettings
from bantin.workflow import load_workflow
work = load_workflow(None, Path.cwd())
inputs = collect_inputs([Path(sys.argv[1])])
report = validate_files(inputs, settings=TaskSettings(rules=work.rules, tables=False), workers=1)
assert report.summary()["sources"] == 4, report.summary()
print(sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "pydantic_core")))
"""
    done = subprocess.run(
        [sys.executable, "-c", probe, str(sample)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
