"""Let the command line load pandera for polars alone, without pandas or hypothesis."""

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


#: What pandera imports whenever it is installed and bantin's command line never uses through it.
#: hypothesis backs pandera's data-synthesis strategies (``schema.strategy()``), which pandera
#: loads with its built-in checks; bantin's own strategies (``bantin.testing``) import it directly.
UNUSED_BY_THE_COMMAND_LINE = ("hypothesis",)


class HiddenFromPandera(MetaPathFinder):
    """Make ``import pandas`` and ``import hypothesis`` fail while a pandera module is being
    imported, and only then.

    pandera imports pandas whenever it is installed (bantin depends on it for ``frictionless
    validate``): its top-level package, to offer its deprecated pandas namespace, and its check
    registry, on the first check, to route pandas frames. That is 0.4 s of CPU in a release,
    for an API bantin never uses (it checks polars frames with ``pandera.polars``). Seeing no
    pandas, pandera works as in a polars-only install, which it supports. A pandera older than
    ``POLARS_ONLY_SINCE`` still gets pandas.

    Where hypothesis is installed (``bantin[test]``, a CI job's environment), pandera imports it
    with its built-in checks, for its strategies: another 0.4 s of CPU at a release's first
    check. Every pandera release treats it as optional; without it, only ``strategy()`` and
    ``example()`` raise, which the command line never calls.

    pandas and hypothesis stay importable by everyone else. Only for the command line's own
    process: in a process that also uses ``pandera.pandas`` or pandera's strategies, they would
    then fail.
    """

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname not in ("pandas", *UNUSED_BY_THE_COMMAND_LINE) or not _pandera_importing():
            return None
        if fullname != "pandas" or _pandera_runs_without_pandas():
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)
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
    # pandera's top-level package imports its own ``_version`` before it tries pandas: read it
    # there. Asking importlib.metadata instead costs a release about 25 ms of start-up (it loads
    # email and zipfile and scans site-packages for pandera's record).
    loaded = getattr(sys.modules.get("pandera._version"), "__version__", None)
    if isinstance(loaded, str):
        return polars_only_release(loaded)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return polars_only_release(version("pandera"))
    except PackageNotFoundError:
        return False


def polars_only_release(pandera_version: str) -> bool:
    """True when pandera ``pandera_version`` works for polars without pandas."""
    found = re.match(r"(\d+)\.(\d+)", pandera_version)
    return found is not None and (int(found[1]), int(found[2])) >= POLARS_ONLY_SINCE


def keep_pandera_light() -> None:
    """Install ``HiddenFromPandera`` first among the import finders (once)."""
    if not any(isinstance(finder, HiddenFromPandera) for finder in sys.meta_path):
        sys.meta_path.insert(0, HiddenFromPandera())
