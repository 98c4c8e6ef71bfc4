"""One release at a time per ``--out`` folder: a lock file beside it, and stale staging clean-up."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from bantin.packaging.errors import PackageBusy

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def lock_path(target: Path) -> Path:
    """The lock file of releases into ``target``: ``.<name>.lock`` in the same parent folder."""
    return target.with_name(f".{target.name}.lock")


def staging_prefix(target: Path) -> str:
    """Prefix of the hidden sibling folders a release builds in (``.<name>.tmp-XXXXXXXX``)."""
    return f".{target.name}.tmp-"


def _busy(target: Path) -> PackageBusy:
    return PackageBusy(
        f"cannot write the package: another bantin release is writing to {target} right now "
        f"(it holds {lock_path(target).name}); run again when it has finished"
    )


#: Targets this process holds the lock of (the lock is re-entrant within one process).
_HELD: dict[Path, int] = {}
#: The descriptors of the lock files this process holds (``_forget_in_child``).
_LOCK_FDS: set[int] = set()


def _forget_in_child() -> None:
    """In a forked child (a release's workers), close the lock files the parent holds.

    An ``flock`` lasts while any descriptor of its open file is open, and a fork copies them:
    workers that outlived a killed release (``kill -9``, the OOM killer) would hold its lock
    forever, and every later release into that folder would be refused as busy. Closing a
    child's copy leaves the parent's lock as it is.
    """
    for fd in _LOCK_FDS:
        with suppress(OSError):
            os.close(fd)
    _LOCK_FDS.clear()
    _HELD.clear()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_forget_in_child)


@contextmanager
def release_lock(target: Path) -> Iterator[None]:
    """Hold the lock of ``target`` or raise ``PackageBusy`` at once (never wait).

    The lock is an ``flock`` on ``.<name>.lock``, so the kernel drops it when its process dies,
    and forked children do not keep it (``_forget_in_child``): a killed release never blocks the
    next one. The file is removed, still locked, on exit; a run that locked a file just removed
    by another notices it and locks the new one instead. Taking it again in the process that
    holds it (``bantin release`` holds it for the whole run, ``write_package`` takes it too) just
    nests.
    """
    if target in _HELD:
        _HELD[target] += 1
        try:
            yield
        finally:
            _HELD[target] -= 1
        return
    with _acquire(target):
        _HELD[target] = 1
        try:
            yield
        finally:
            del _HELD[target]


@contextmanager
def _acquire(target: Path) -> Iterator[None]:
    if fcntl is None:  # pragma: no cover - Windows
        from filelock import FileLock, Timeout

        try:
            with FileLock(str(lock_path(target)), timeout=0):
                yield
        except Timeout:
            raise _busy(target) from None
        return
    path = lock_path(target)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise _busy(target) from None
        held = os.fstat(fd)
        try:
            current = os.stat(path)
        except FileNotFoundError:
            current = None
        if current is not None and (current.st_dev, current.st_ino) == (held.st_dev, held.st_ino):
            break
        os.close(fd)  # the file was removed by the run that held it: lock the new one
    _LOCK_FDS.add(fd)
    try:
        yield
    finally:
        _LOCK_FDS.discard(fd)
        try:
            os.unlink(path)
        finally:
            os.close(fd)


_STALE_RE = r"\.{name}\.(?:tmp|old)-[A-Za-z0-9_]+"


def stale_folders(target: Path) -> list[Path]:
    """Staging and set-aside folders that killed releases into ``target`` left behind.

    Only call this holding ``release_lock(target)``: then no live release owns any of them.
    Symbolic links are never taken, whatever their name.
    """
    pattern = re.compile(_STALE_RE.format(name=re.escape(target.name)))
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return []
    return sorted(
        Path(entry.path)
        for entry in entries
        if pattern.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)
    )


def remove_stale(target: Path) -> list[Path]:
    """Delete what killed releases into ``target`` left behind; returns the folders removed."""
    removed = []
    for folder in stale_folders(target):
        shutil.rmtree(folder, ignore_errors=True)
        if not os.path.lexists(folder):
            removed.append(folder)
    return removed
