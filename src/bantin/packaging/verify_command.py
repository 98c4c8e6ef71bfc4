"""What ``bantin verify DIR`` prints and its exit code (0 intact, 1 problems, 2 no package)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from bantin.packaging.verify import descriptor_path, verify

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def run_verify(path: str, json_output: bool, out: TextIO, err: TextIO) -> int:
    """Verify the package at ``path``, report on ``out`` (``err`` when it is not a package)."""
    location = descriptor_path(Path(path))
    if not location.exists():
        err.write(f"bantin: error: no Data Package at {path} ({location} does not exist)\n")
        return EXIT_USAGE
    result = verify(location)
    if json_output:
        document = {
            "package": str(location),
            "ok": result.ok,
            "problems": result.problems,
            "rows": result.rows,
        }
        out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif result.ok:
        total = sum(result.rows.values())
        out.write(
            f"{location}: OK, {len(result.rows)} resources, {total} rows: sha256, size, rows, "
            "schema, primary and foreign keys all hold\n"
        )
    else:
        out.write(
            f"{location}: {len(result.problems)} problem"
            f"{'' if len(result.problems) == 1 else 's'}\n"
        )
        for problem in result.problems:
            out.write(f"  {problem}\n")
    return EXIT_OK if result.ok else EXIT_PROBLEMS
