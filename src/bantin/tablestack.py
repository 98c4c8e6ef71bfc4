"""Let the command line load pandera for polars alone: pandas stays out of pandera's start-up."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType


class PandasHiddenFromPandera(MetaPathFinder):
    """Make ``import pandas`` fail while a pandera module is being imported, and only then.

    pandera imports pandas whenever it is installed (bantin depends on it for ``frictionless
    validate``): its top-level package, to offer its deprecated pandas namespace, and its check
    registry, on the first check, to route pandas frames. That is 0.4 s of CPU in a release,
    for an API bantin never uses (it checks polars frames with ``pandera.polars``). Seeing no
    pandas, pandera works as in a polars-only install, which it supports. pandas itself stays
    importable by everyone else. Only for the command line's own process: in a process that
    also uses ``pandera.pandas``, that import would then fail.
    """

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname == "pandas" and _pandera_importing():
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


def hide_pandas_from_pandera() -> None:
    """Install ``PandasHiddenFromPandera`` first among the import finders (once)."""
    if not any(isinstance(finder, PandasHiddenFromPandera) for finder in sys.meta_path):
        sys.meta_path.insert(0, PandasHiddenFromPandera())
