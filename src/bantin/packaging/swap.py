"""Put a finished directory in place of another in one step, so readers never see half of it."""

from __future__ import annotations

import contextlib
import ctypes
import os
import secrets
import shutil
import sys
from collections.abc import Collection
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(first: Path, second: Path) -> bool:
    """Atomically swap two paths (Linux ``renameat2(RENAME_EXCHANGE)``); False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    renameat2.restype = ctypes.c_int
    status = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    return status == 0


def remove_owned(folder: Path, owned: Collection[str]) -> Path | None:
    """Delete the files listed in ``owned`` (relative paths) from ``folder``, then the folders
    left empty. Anything else stays: the folder is then renamed ``<name>.kept-XXXXXXXX`` beside
    it (visible, and never taken for a stale staging folder) and that path is returned.
    """
    for relative in owned:
        path = folder / relative
        if path.is_symlink() or path.is_file():
            path.unlink()
    for current, _dirs, _files in sorted(os.walk(folder), key=lambda item: -len(item[0])):
        with contextlib.suppress(OSError):  # not empty: something bantin does not own is in it
            os.rmdir(current)
    if not os.path.lexists(folder):
        return None
    name = folder.name.lstrip(".").split(".tmp-")[0].split(".old-")[0]
    kept = folder.with_name(f"{name}.kept-{secrets.token_hex(4)}")
    os.replace(folder, kept)
    return kept


def _discard(old: Path, owned: Collection[str] | None) -> Path | None:
    if owned is None:
        shutil.rmtree(old, ignore_errors=True)
        return None
    return remove_owned(old, owned)


def replace_dir(new: Path, target: Path, owned: Collection[str] | None = None) -> Path | None:
    """Move directory ``new`` to ``target``, replacing what is there; ``new`` is gone afterwards.

    On Linux the two directories are exchanged atomically; elsewhere the old directory is first
    renamed aside, and renamed back if the second rename fails. The old directory is then deleted
    whole, or, when ``owned`` is given, only the files it lists (see ``remove_owned``); the
    return value is where anything else was kept, or None.
    """
    if not os.path.lexists(target):
        os.replace(new, target)
        return None
    if _exchange(new, target):
        return _discard(new, owned)  # the old package; the new one is in place
    aside = target.with_name(f".{target.name}.old-{secrets.token_hex(4)}")
    os.replace(target, aside)
    try:
        os.replace(new, target)
    except BaseException:
        os.replace(aside, target)
        raise
    return _discard(aside, owned)
