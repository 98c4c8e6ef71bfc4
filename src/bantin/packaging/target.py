"""The folder a release replaces, resolved without loading the table stack (the CLI locks it
before the workers start)."""

from __future__ import annotations

import os
from pathlib import Path

from bantin.packaging.errors import PackageRefused


def resolve_target(out_dir: Path) -> Path:
    """The folder a release replaces: symbolic links followed; never the current folder or one
    holding it (replacing it would pull the folder away from under the shell)."""
    target = Path(os.path.abspath(out_dir)).resolve()
    here = Path.cwd().resolve()
    if target == here or target in here.parents:
        raise PackageRefused(
            f"cannot write the package: --out {out_dir} is the current folder or holds it, and a "
            "release replaces its --out folder whole; name a folder of its own, e.g. --out release"
        )
    return target
