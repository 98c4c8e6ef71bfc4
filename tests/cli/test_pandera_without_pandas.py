"""The command line loads pandera without pandas or hypothesis (0.4 s of a release's CPU each),
and pandera then finds the very problems it finds with them loaded; both stay importable."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version

import pytest

from bantin.tablestack import polars_only_release

PROBE = """
import json, sys
import importlib.metadata
looked_up = []  # distributions whose metadata was read: a scan of site-packages each
_version = importlib.metadata.version
importlib.metadata.version = lambda name: looked_up.append(name) or _version(name)
if sys.argv[1] == "hidden":
    from bantin.tablestack import keep_pandera_light
    keep_pandera_light()
from bantin.schemas import TABLES, check_table, frame
rows = [
    {"source_path": "a.txt", "status": "published"},
    {"source_path": "a.txt", "status": "lost", "source_sha256": "XYZ", "bulletin_id": "bad id"},
    {"source_path": None, "status": "unreadable", "source_format": "scroll"},
]
problems = sorted(p.describe() for p in check_table(TABLES["sources"], frame(TABLES["sources"], rows)))
with_pandas = "pandas" in sys.modules  # pandera loads it with its top-level package,
with_hypothesis = "hypothesis" in sys.modules  # and this with its checks (on the first check)
import hypothesis, pandas  # still there for whoever needs them
print(json.dumps({
    "with_pandas": with_pandas, "with_hypothesis": with_hypothesis, "problems": problems,
    "looked_up": looked_up,
    "pandas": pandas.__name__, "hypothesis": hypothesis.__name__,
}))
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
    assert usual["with_hypothesis"] is True and hidden["with_hypothesis"] is False
    assert hidden["pandas"] == "pandas" and hidden["hypothesis"] == "hypothesis"
    # Whether pandera runs without pandas is read from pandera's own version: no metadata scan.
    assert "pandera" not in hidden["looked_up"]  # type: ignore[operator]
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
