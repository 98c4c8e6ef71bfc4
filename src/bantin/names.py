"""File names as UTF-8 text, which every table, report and page bantin writes is made of."""

from __future__ import annotations

import os
from pathlib import Path


def portable_name(name: str) -> str:
    """``name`` as UTF-8 text: bytes of a file name that are not UTF-8 (a Latin-1 or CP1258 name
    from an old archive, which Python holds as lone surrogates) are written ``\\xNN``."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def undecodable_name(path: Path) -> str | None:
    """Why ``path`` cannot be an output's name (its bytes are not UTF-8), or None when it can.

    Arrow opens only UTF-8 paths, and the path is written into pages and reports.
    """
    shown = portable_name(os.fspath(path))
    if shown == os.fspath(path):
        return None
    return f"{shown}: the name is not UTF-8 text; choose a name in UTF-8"
