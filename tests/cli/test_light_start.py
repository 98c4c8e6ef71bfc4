"""`bantin validate` checks bulletins without loading the table stack (pandera, pandas, polars,
pyarrow): each of those costs a process a large part of a second before any work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bantin.datasets.synthetic import write_sample

HEAVY = ("pandera", "pandas", "polars", "pyarrow")
PROBE = """
import sys
sys.argv = ["bantin", "validate", sys.argv[1], "-q", "-j", "1"]
from bantin.cli import main
try:
    main()
finally:
    print("LOADED", *sorted(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)
"""


def test_validate_loads_no_table_libraries(tmp_path: Path) -> None:
    write_sample(tmp_path / "in", bulletins=4, seed=5)
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), str(tmp_path / "in")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    loaded = next(line for line in done.stderr.splitlines() if line.startswith("LOADED"))
    assert loaded.split()[1:] == []
