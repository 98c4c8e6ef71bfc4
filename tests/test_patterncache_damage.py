"""A cache file of compiled patterns damaged on disk (``bantin.patterncache``) must never hand
back a pattern that matches other texts than ``re.compile`` makes it match: one changed byte in
a pattern's matcher code can still be code the regex engine runs."""

from __future__ import annotations

import _sre
import re
from pathlib import Path

import pytest

from bantin.patterncache import PatternCache, rebuilt

#: A note's day: the code of its "/" changed to "-" makes "3-12" match and "3/12" not.
DAY = r"Báo (\d+)/12"


def _saved(path: Path, pattern: str) -> None:
    """Compile ``pattern`` through a cache at ``path`` and write the file."""
    cache = PatternCache(path, write=True)
    cache.compile(pattern)
    cache.save()


def _code_word_at(data: bytes, value: int, width: int) -> int:
    """Where the first code word ``value`` (``width`` bytes, little or big end) is in ``data``."""
    for order in ("little", "big"):
        at = data.find(value.to_bytes(width, order))
        if at >= 0:
            return at if order == "little" else at + width - 1
    raise AssertionError("no such code word in the file")


def test_a_byte_changed_in_a_patterns_code_gives_the_pattern_re_makes(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    _saved(path, DAY)
    data = bytearray(path.read_bytes())
    data[_code_word_at(bytes(data), ord("/"), _sre.CODESIZE)] = ord("-")
    path.write_bytes(bytes(data))
    compiled = PatternCache(path, write=False).compile(DAY)
    assert compiled.search("Báo 3/12") is not None
    assert compiled.search("Báo 3-12") is None
    assert compiled == re.compile(DAY)


def test_a_file_cut_short_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    _saved(path, DAY)
    path.write_bytes(path.read_bytes()[:-7])
    assert PatternCache(path, write=False).compile(DAY) == re.compile(DAY)


@pytest.mark.parametrize("entry", [(), (0, b""), ("flags", b"", 0, {}, ()), None])
def test_an_entry_of_another_shape_rebuilds_nothing(entry: object) -> None:
    assert rebuilt(DAY, entry) is None  # type: ignore[arg-type]
