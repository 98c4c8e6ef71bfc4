"""Let the command line load pandera for polars alone: pandas stays out of pandera's start-up."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from functools import cache
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType

#: The first pandera release whose polars API works without pandas (its fix for pandera issue
#: 2387, builtin checks in a polars-only install, came after 0.32.0). Older ones need pandas.
POLARS_ONLY_SINCE = (0, 33)


class PandasHiddenFromPandera(MetaPathFinder):
    """Make ``import pandas`` fail while a pandera module is being imported, and only then.

    pandera imports pandas whenever it is installed (bantin depends on it for ``frictionless
    validate``): its top-level package, to offer its deprecated pandas namespace, and its check
    registry, on the first check, to route pandas frames. That is 0.4 s of CPU in a release,
    for an API bantin never uses (it checks polars frames with ``pandera.polars``). Seeing no
    pandas, pandera works as in a polars-only install, which it supports. pandas itself stays
    importable by everyone else, and a pandera older than ``POLARS_ONLY_SINCE`` gets it too.
    Only for the command line's own process: in a process that also uses ``pandera.pandas``,
    that import would then fail.
    """

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname == "pandas" and _pandera_importing() and _pandera_runs_without_pandas():
            raise ModuleNotFoundError("No module named 'pandas'", name="pandas")
        return None  # every other import: the usual finders


def _pandera_importing() -> bool:
    """True while some pandera module runs for the first time (the import system marks its
    spec ``_initializing`` until it is done)."""
    return any(
        name.partition(".")[0] == "pandera"
        and getattr(getattr(module, "__spec__", None), "_initializing", False)
        for name, module in list(sys.modules.items())
    )


@cache
def _pandera_runs_without_pandas() -> bool:
    # Imported here, when pandera loads: importlib.metadata (with email and zipfile) is 7 ms of
    # start-up that `bantin validate`, which never loads pandera, has no use for.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return polars_only_release(version("pandera"))
    except PackageNotFoundError:
        return False


def polars_only_release(pandera_version: str) -> bool:
    """True when pandera ``pandera_version`` works for polars without pandas."""
    found = re.match(r"(\d+)\.(\d+)", pandera_version)
    return found is not None and (int(found[1]), int(found[2])) >= POLARS_ONLY_SINCE


def hide_pandas_from_pandera() -> None:
    """Install ``PandasHiddenFromPandera`` first among the import finders (once)."""
    if not any(isinstance(finder, PandasHiddenFromPandera) for finder in sys.meta_path):
        sys.meta_path.insert(0, PandasHiddenFromPandera())
