"""Turn SOURCE arguments into the list of files to read, each with the portable name it is published
under; everything that cannot be read is kept in the list with the reason, never dropped."""

from __future__ import annotations

import fnmatch
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from bantin import patterncache
from bantin.errors import UnreadableSource
from bantin.names import portable_name
from bantin.outputs import carries_marker
from bantin.packaging.digests import DESCRIPTOR_NAME
from bantin.packaging.ownership import is_bantin_descriptor
from bantin.parsers.decode import (
    MAX_FILE_BYTES,
    file_problem,
    read_bytes,
    read_stream,
    size_problem,
)

#: The SOURCE argument that means standard input, and the name its bulletin is published under.
STDIN_ARGUMENT = "-"
STDIN_NAME = "stdin"

__all__ = [
    "MAX_FILE_BYTES",
    "STDIN_ARGUMENT",
    "CorpusInput",
    "InputOptions",
    "UsageError",
    "collect_inputs",
    "parse_size",
    "read_input",
]


class UsageError(Exception):
    """SOURCE arguments that cannot be used as given (two files under one name): exit 2."""


@dataclass(frozen=True)
class CorpusInput:
    """One file to read and the name reports and tables give it.

    ``problem`` says why it cannot be read when that was already known while collecting (a
    missing path, an unreadable folder, a FIFO…); ``data`` holds bytes read while collecting
    (standard input).
    """

    path: Path
    display: str
    problem: str | None = None
    data: bytes | None = None
    max_bytes: int = MAX_FILE_BYTES


@dataclass(frozen=True)
class InputOptions:
    """How folders are read: globs to include/exclude, the size limit, folders never to read."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_bytes: int = MAX_FILE_BYTES
    skip: tuple[Path, ...] = field(default_factory=tuple)


_SIZE_RE = patterncache.compile(r"^\s*(\d+)\s*([kmg]?)i?b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


def parse_size(text: str) -> int:
    """``"16M"`` -> 16 MiB; plain digits are bytes; K, M and G are binary (KiB, MiB, GiB)."""
    match = _SIZE_RE.match(text)
    if not match or int(match[1]) <= 0:
        raise ValueError(f"not a size: {text!r} (write e.g. 16M, 512K or 1000000)")
    return int(match[1]) * _UNITS[match[2].lower()]


def _matches(relative: PurePosixPath, patterns: Iterable[str]) -> bool:
    """A pattern with no "/" matches a name at any depth; one with "/" the whole relative path."""
    for pattern in patterns:
        if "/" in pattern.strip("/"):
            if fnmatch.fnmatchcase(relative.as_posix(), pattern.strip("/")):
                return True
        elif fnmatch.fnmatchcase(relative.name, pattern.strip("/")):
            return True
    return False


def _reason(error: OSError) -> str:
    return (error.strerror or type(error).__name__).lower()


class _Collector:
    def __init__(self, options: InputOptions) -> None:
        self.options = options
        self.items: list[CorpusInput] = []
        self.where: dict[str, str] = {}  # display -> the path as found, for collision messages
        self.files: dict[tuple[int, int], str] = {}  # (device, inode) -> display already taken
        self.folders: set[tuple[int, int]] = set()
        self.skip = {_identity(path) for path in options.skip} - {None}

    def add(self, display: str, path: Path, problem: str | None = None, **extra: bytes) -> None:
        display = portable_name(display)
        found = portable_name(os.fspath(path))
        if display in self.where and self.where[display] != found:
            raise UsageError(
                f"two inputs would be published under the same name {display!r}: "
                f"{self.where[display]} and {found}; give their common parent folder instead, "
                "or rename one"
            )
        if display not in self.where:
            self.where[display] = found
            self.items.append(
                CorpusInput(path, display, problem, max_bytes=self.options.max_bytes, **extra)
            )

    def add_file(self, display: str, path: Path, status: os.stat_result) -> None:
        key = (status.st_dev, status.st_ino)
        if key in self.files:
            return  # the same file reached twice (a link, overlapping arguments): read it once
        self.files[key] = display
        problem = file_problem(status.st_mode) or size_problem(
            status.st_size, self.options.max_bytes
        )
        self.add(display, path, problem)

    def argument(self, argument: str) -> None:
        if argument == STDIN_ARGUMENT:
            self.stdin()
            return
        path = Path(argument)
        name = Path(os.path.abspath(path)).name or "input"
        try:
            status = path.stat()
        except FileNotFoundError:
            broken = path.is_symlink()
            self.add(name, path, "broken symbolic link" if broken else "no such file or folder")
            return
        except OSError as error:
            self.add(name, path, f"cannot be read ({_reason(error)})")
            return
        if stat.S_ISDIR(status.st_mode):
            self.folder(path, PurePosixPath(), status, f"{name}/")
        else:
            self.add_file(name, path, status)

    def stdin(self) -> None:
        if STDIN_NAME in self.where:
            return  # "-" given twice: standard input is read once
        try:
            data = read_stream(sys.stdin.buffer, STDIN_NAME, self.options.max_bytes)
        except UnreadableSource as error:
            self.add(STDIN_NAME, Path(STDIN_ARGUMENT), error.reason)
            return
        self.add(STDIN_NAME, Path(STDIN_ARGUMENT), data=data)

    def folder(
        self, folder: Path, relative: PurePosixPath, status: os.stat_result, display: str
    ) -> None:
        key = (status.st_dev, status.st_ino)
        if key in self.folders or key in self.skip:
            return  # a symlink loop, a folder already read, or the release's own --out
        self.folders.add(key)
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            self.add(display, folder, f"folder cannot be read ({_reason(error)})")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue  # hidden: version control, editors, bantin's own staging and locks
            self.entry(Path(entry.path), relative / entry.name, entry.is_symlink())

    def entry(self, path: Path, relative: PurePosixPath, is_link: bool) -> None:
        display = relative.as_posix()
        try:
            status = path.stat()
        except FileNotFoundError:
            if _matches(relative, self.options.exclude):
                return
            self.add(display, path, "broken symbolic link" if is_link else "vanished while read")
            return
        except OSError as error:
            self.add(display, path, f"cannot be read ({_reason(error)})")
            return
        if _matches(relative, self.options.exclude):
            return
        if stat.S_ISDIR(status.st_mode):
            if (path / DESCRIPTOR_NAME).is_file() and _is_bantin_package(path):
                return  # a bantin package (an --out inside the corpus): tables, not bulletins
            self.folder(path, relative, status, f"{display}/")
        elif _is_bantin_page(path):
            return  # a page bantin wrote (validate --html into the corpus): a report, not a bulletin
        elif not self.options.include or _matches(relative, self.options.include):
            self.add_file(display, path, status)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def _is_bantin_page(path: Path) -> bool:
    """An HTML file carrying the tag of every page bantin writes (only .html/.htm are opened)."""
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        return carries_marker(path)
    except OSError:
        return False  # read as an input, so that the problem is reported


def _is_bantin_package(folder: Path) -> bool:
    try:
        return is_bantin_descriptor(json.loads((folder / DESCRIPTOR_NAME).read_bytes()))
    except (OSError, ValueError):
        return False


def collect_inputs(
    sources: Sequence[Path | str], options: InputOptions | None = None
) -> list[CorpusInput]:
    """Expand files and folders into the files to read, sorted by the name they are published under.

    Names are portable: a file argument gives its own name, a file found in a folder argument its
    path inside that folder, standard input (``-``) ``stdin``. Folders are read recursively,
    symbolic links followed (each folder and file read once, so loops end); hidden entries, bantin
    packages and ``options.skip`` folders are left out, and ``include``/``exclude`` globs apply.
    Whatever cannot be read (missing path, unreadable folder, FIFO, device, too large) stays in
    the list with its ``problem``. Two different files under one name raise ``UsageError``.
    """
    collector = _Collector(options or InputOptions())
    for source in sources:
        collector.argument(os.fspath(source))
    return sorted(collector.items, key=lambda item: item.display)


def read_input(item: CorpusInput) -> bytes:
    """The bytes of one input; raises ``UnreadableSource`` naming it when they cannot be had."""
    if item.problem is not None:
        raise UnreadableSource(item.display, item.problem)
    if item.data is not None:
        return item.data
    return read_bytes(item.path, item.display, item.max_bytes)
