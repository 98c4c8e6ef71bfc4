"""The command line loads pandera without pandas (0.4 s of a release's CPU), and pandera then
finds the very problems it finds with pandas loaded; pandas itself stays importable."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version

import pytest

from bantin.tablestack import polars_only_release

PROBE = """
import json, sys
if sys.argv[1] == "hidden":
    from bantin.tablestack import hide_pandas_from_pandera
    hide_pandas_from_pandera()
from bantin.schemas import TABLES, check_table, frame
with_pandas = "pandas" in sys.modules
rows = [
    {"source_path": "a.txt", "status": "published"},
    {"source_path": "a.txt", "status": "lost", "source_sha256": "XYZ", "bulletin_id": "bad id"},
    {"source_path": None, "status": "unreadable", "source_format": "scroll"},
]
problems = sorted(p.describe() for p in check_table(TABLES["sources"], frame(TABLES["sources"], rows)))
import pandas  # still there for whoever needs it
print(json.dumps({"with_pandas": with_pandas, "problems": problems, "pandas": pandas.__name__}))
"""


def _probe(mode: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.skipif(not polars_only_release(version("pandera")), reason="this pandera needs pandas")
def test_pandera_without_pandas_finds_the_same_problems() -> None:
    usual, hidden = _probe("usual"), _probe("hidden")
    assert usual["with_pandas"] is True and hidden["with_pandas"] is False
    assert hidden["pandas"] == "pandas"
    assert usual["problems"] and hidden["problems"] == usual["problems"]
    described = "\n".join(map(str, hidden["problems"]))  # type: ignore[call-overload]
    for column in ("source_path", "status", "source_sha256", "bulletin_id", "source_format"):
        assert f"column '{column}'" in described


@pytest.mark.parametrize(
    ("pandera_version", "hidden"),
    [("0.22.1", False), ("0.32.0", False), ("0.33.0", True), ("0.35.0rc1", True), ("1.2", True)],
)
def test_pandas_is_hidden_only_from_a_pandera_that_runs_without_it(
    pandera_version: str, hidden: bool
) -> None:
    assert polars_only_release(pandera_version) is hidden
