"""Compiled regular expressions kept between runs, next to the bytecode in ``__pycache__``.

bantin compiles about 400 patterns when it starts, and Python's ``re`` turns each pattern's text
into matcher code in pure Python: about 0.1 s, a third of the start-up of ``bantin validate``. The
matcher code depends only on the pattern's text, its flags and the Python build, so this module
keeps it in one file and rebuilds each pattern from it with the C constructor that ``re`` itself
calls last (``_sre.compile``), which takes microseconds.

What keeps it safe:

- the file belongs to one Python build (its full version and the regex engine's MAGIC number);
  any other build ignores it, and a missing, unreadable or damaged file is ignored too: the
  entries are stored with a digest of their bytes, so a byte changed on disk, which could still
  make valid matcher code that matches other texts, is told;
- an entry is stored only after the pattern rebuilt from it compared equal (text, flags, matcher
  code, groups) to what ``re.compile`` made, so a pattern from the cache is the one ``re`` makes;
- a pattern not in the file is compiled by ``re.compile`` as usual;
- nothing is written where Python writes no bytecode (``python -B``, ``PYTHONDONTWRITEBYTECODE``),
  and the file is replaced in one step (a reader sees the old file or the new one).
"""

from __future__ import annotations

import _sre
import atexit
import hashlib
import marshal
import os
import re
import sys
from array import array
from contextlib import suppress
from importlib.util import cache_from_source
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import AnyStr

#: What a pattern is looked up by: its text and its flags as a number.
Key = tuple[str | bytes, int]
#: The arguments ``_sre.compile`` takes after the pattern's text: flags, code (kept as the bytes
#: of an array of ``CODE_TYPE``), groups, the group names to numbers, and the numbers to names.
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

#: The layout of the file and the Python build that wrote it; a file with another stamp is not
#: read.
STAMP = ("bantin patterns 2", sys.version, _sre.MAGIC, _sre.CODESIZE)
#: Above this many entries, a rewrite keeps only the patterns compiled by the run that writes.
MOST_ENTRIES = 2000
#: The array type of the matcher's code words (``_sre.CODESIZE`` bytes each). As bytes, a file's
#: code is read in one copy and takes a fifth of the memory of lists of Python numbers.
CODE_TYPE = next(code for code in "IL" if array(code).itemsize == _sre.CODESIZE)


def default_path() -> Path:
    """The cache file of this Python build, in the folder of bantin's own bytecode
    (``__pycache__``, or under ``PYTHONPYCACHEPREFIX``)."""
    try:
        bytecode = Path(cache_from_source(__file__))
    except NotImplementedError:  # a Python that keeps no bytecode
        bytecode = Path(__file__).parent / "__pycache__" / "patterncache.pyc"
    return bytecode.with_name(f"patterns.{sys.implementation.cache_tag}.marshal")


def digest(stored: bytes) -> bytes:
    """The digest of the entries' bytes that the file keeps beside them."""
    return hashlib.blake2b(stored, digest_size=16).digest()


def file_bytes(entries: dict[Key, Entry]) -> bytes:
    """What the cache file holds for ``entries``: the stamp, the digest of the entries' bytes,
    and those bytes."""
    stored = marshal.dumps(entries)
    return marshal.dumps((STAMP, digest(stored), stored))


def read_entries(path: Path) -> dict[Key, Entry]:
    """The entries stored at ``path`` by this Python build, or none if the file is missing,
    unreadable, damaged (its entries' bytes do not have the digest kept with them) or written by
    another build."""
    try:
        stamp, kept_digest, stored = marshal.loads(path.read_bytes())
        if stamp != STAMP or not isinstance(stored, bytes) or kept_digest != digest(stored):
            return {}
        entries = marshal.loads(stored)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def matcher_entry(pattern: str | bytes, flags: int) -> Entry:
    """What ``re.compile(pattern, flags)`` hands ``_sre.compile``, as plain numbers, strings and
    containers that ``marshal`` stores (the steps of ``re._compiler.compile``)."""
    parsed = _parser.parse(pattern, flags)
    code = array(CODE_TYPE, _compiler._code(parsed, flags)).tobytes()
    names = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
    numbers: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        numbers[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, names, tuple(numbers)


def rebuilt(pattern: AnyStr, entry: Entry) -> re.Pattern[AnyStr] | None:
    """The pattern rebuilt from a stored entry, or None if the entry does not make one (not
    the five parts ``matcher_entry`` makes, or code the regex engine turns down)."""
    try:
        flags, code, groups, names, numbers = entry
        return _sre.compile(pattern, flags, array(CODE_TYPE, code).tolist(), groups, names, numbers)
    except (TypeError, ValueError, RuntimeError, OverflowError):
        return None


def same_pattern(one: re.Pattern[AnyStr], other: re.Pattern[AnyStr]) -> bool:
    """Whether two compiled patterns are the same: ``==`` compares their text, flags and matcher
    code; the group names and count are compared here."""
    return one == other and one.groups == other.groups and one.groupindex == other.groupindex


class PatternCache:
    """Compiled patterns read from one file on first use; ``save`` writes back the patterns the
    file did not hold (bantin's own cache saves at exit)."""

    def __init__(self, path: Path, *, write: bool) -> None:
        self.path = path
        self.write = write
        self.stored: dict[Key, Entry] | None = None  # read on the first compile
        self.used: set[Key] = set()
        self.new: dict[Key, Entry] = {}
        self.owner = os.getpid()  # a forked worker ends without saving, so keeps nothing

    def compile(self, pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
        """The compiled pattern: rebuilt from the file when it holds it, else from ``re``."""
        if self.stored is None:
            self.stored = read_entries(self.path)
        key = (pattern, int(flags))
        self.used.add(key)
        entry = self.stored.get(key)
        found = rebuilt(pattern, entry) if entry is not None else None
        if found is not None:
            return found
        compiled = re.compile(pattern, flags)
        if self.write and os.getpid() == self.owner:
            self.remember(pattern, int(flags), compiled)
        return compiled

    def remember(self, pattern: AnyStr, flags: int, compiled: re.Pattern[AnyStr]) -> None:
        """Keep the entry of a freshly compiled pattern for ``save``, if the pattern rebuilt from
        it is the same as ``compiled``."""
        try:
            entry = matcher_entry(pattern, flags)
        except (AttributeError, TypeError, ValueError, RuntimeError):  # not a text, or a Python
            return  # whose private steps of re.compile differ: no entry, compiled as usual
        again = rebuilt(pattern, entry)
        if again is None or not same_pattern(again, compiled):
            return
        self.new[pattern, flags] = entry

    def save(self) -> None:
        """Write the stored and new entries (only those this run used, past ``MOST_ENTRIES``)
        to a temporary file and move it over the cache file; a failure leaves the old file. A run
        that compiled no new pattern writes nothing, nor does a process forked from the one that
        made the cache (a worker)."""
        if not self.new or os.getpid() != self.owner:
            return
        kept = dict(self.stored or {})
        if len(kept) + len(self.new) > MOST_ENTRIES:
            kept = {key: entry for key, entry in kept.items() if key in self.used}
        kept.update(self.new)
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(file_bytes(kept))
            os.replace(partial, self.path)
        except OSError:
            with suppress(OSError):
                partial.unlink(missing_ok=True)


_CACHE = PatternCache(default_path(), write=not sys.dont_write_bytecode)
if _CACHE.write:
    atexit.register(_CACHE.save)


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, rebuilt from bantin's cache file when it holds the
    pattern (see the module's docstring)."""
    return _CACHE.compile(pattern, flags)
