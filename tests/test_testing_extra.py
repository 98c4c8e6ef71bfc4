"""`bantin.testing` is an extra: without hypothesis it says how to get it, and bantin still runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# A meta path finder that hides hypothesis, as in an environment installed without the extra.
WITHOUT_HYPOTHESIS = """
import sys
class Hide:
    def find_spec(self, name, path=None, target=None):
        if name == "hypothesis" or name.startswith("hypothesis."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Hide())
"""


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_HYPOTHESIS + code, *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_testing_without_hypothesis_names_the_extra() -> None:
    done = _run("import bantin.testing")
    assert done.returncode == 1
    assert "pip install 'bantin[testing]'" in done.stderr


def test_release_runs_without_hypothesis(tmp_path: Path) -> None:
    code = (
        "from bantin.datasets.synthetic import write_sample\n"
        "from pathlib import Path\n"
        "write_sample(Path(sys.argv[1]), bulletins=2, seed=3)\n"
        "sys.argv = ['bantin', 'release', sys.argv[1], '--out', sys.argv[2], '-q']\n"
        "from bantin.cli import main\n"
        "main()\n"
    )
    done = _run(code, str(tmp_path / "in"), str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "datapackage.json").is_file()
