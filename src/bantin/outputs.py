"""Write a file bantin makes (a page, a waivers file) so that no file of the user's is ever lost.

An output never replaces one of the run's input files, nor a file bantin did not write (a page is
recognised by its generator tag), and it is written to a temporary file beside the target and
renamed over it only when complete: a full disk or a killed run leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from bantin.names import undecodable_name

#: What every HTML page bantin writes carries near its top (``reports/templates``).
PAGE_MARKER = b'<meta name="generator" content="bantin'
#: How much of an existing file is read to find the marker.
PAGE_HEAD = 4096


class OutputRefused(Exception):
    """An output path that would replace a file bantin must not replace (the CLI exits with 2)."""


def _same_file(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def check_output(path: Path, inputs: Iterable[Path] = (), marker: bytes | None = None) -> None:
    """Raise ``OutputRefused`` when writing ``path`` would replace one of ``inputs``, or an
    existing file that does not carry ``marker`` in its first bytes (when a marker is given),
    or when its name is not UTF-8 text."""
    undecodable = undecodable_name(path)
    if undecodable is not None:
        raise OutputRefused(undecodable)
    if not path.exists():
        return
    if path.is_dir():
        raise OutputRefused(f"{path} is a folder; give a file name")
    for source in inputs:
        if _same_file(path, source):
            raise OutputRefused(f"{path} is one of the files being read; it is left as it is")
    if marker is None:
        return
    try:
        marked = carries_marker(path, marker)
    except OSError as error:
        raise OutputRefused(f"{path} exists and cannot be read ({error.strerror})") from None
    if not marked:
        raise OutputRefused(
            f"{path} exists and is not a page bantin wrote; it is left as it is "
            "(choose another name, or remove it yourself)"
        )


def carries_marker(path: Path, marker: bytes = PAGE_MARKER) -> bool:
    """Whether the first ``PAGE_HEAD`` bytes of the file ``path`` hold ``marker`` (a page bantin
    wrote, by default); raises ``OSError`` when it cannot be read."""
    with path.open("rb") as existing:
        return marker in existing.read(PAGE_HEAD)


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder, renamed
    over ``path`` once written and synced; a symbolic link is followed. Raises ``OSError``."""
    target = path.resolve()
    data = text.encode("utf-8")
    mode = _mode_for(target)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode_for(target: Path) -> int:
    """The permissions of the file replaced, or of a new file under the current umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
