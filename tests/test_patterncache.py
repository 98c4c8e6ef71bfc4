"""bantin keeps its compiled regular expressions in a file between runs (``bantin.patterncache``).
A pattern from that file must be the pattern ``re.compile`` makes: the same text, flags, matcher
code and groups, so every answer stays the same. A file that does not fit is ignored."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import bantin.cli  # noqa: F401 - compiles bantin's patterns through the cache
from bantin import patterncache
from bantin.patterncache import PatternCache, matcher_entry, rebuilt, same_pattern

SAMPLES: list[tuple[str | bytes, int]] = [
    (r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})", 0),
    (r"(?<!\w)(?:tăng|giảm)\s+(\d+(?:,\d+)?)\s*%", re.IGNORECASE),
    (r"""(?x) (?P<word> [^\W\d_]+ )  \s* (?P=word)  # a word said twice""", 0),
    (rb"\r*\n|\r", 0),
]
TEXTS = ["Ngày 04/12/2026 tỉ lệ TĂNG 12,5 % so với kỳ trước", "xã xã Hòa Bình", "a\r\nb\rc"]


def _same_answers(one: re.Pattern[str], other: re.Pattern[str]) -> bool:
    """Whether two patterns find the same matches and groups in ``TEXTS``."""
    texts = [t.encode() if isinstance(one.pattern, bytes) else t for t in TEXTS]
    found = [[(m.span(), m.groups()) for m in p.finditer(t)] for p in (one, other) for t in texts]
    return found[: len(texts)] == found[len(texts) :]


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_a_pattern_read_back_from_the_file_is_the_one_re_makes(
    tmp_path: Path, pattern: str, flags: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.marshal"
    first = PatternCache(path, write=True)
    made = first.compile(pattern, flags)
    first.save()
    assert path.is_file() and list(tmp_path.iterdir()) == [path]

    def no_compile(*args: object) -> None:
        raise AssertionError("compiled again instead of read from the file")

    later = PatternCache(path, write=False)
    monkeypatch.setattr(re, "compile", no_compile)
    again = later.compile(pattern, flags)
    monkeypatch.undo()
    assert same_pattern(again, re.compile(pattern, flags)) and same_pattern(again, made)
    assert _same_answers(again, re.compile(pattern, flags))


def test_every_pattern_bantin_compiles_at_start_is_rebuilt_exactly() -> None:
    used = patterncache._CACHE.used
    assert len(used) > 300  # bantin.cli's parsers and rules go through the cache
    for pattern, flags in used:
        again = rebuilt(pattern, matcher_entry(pattern, flags))
        assert again is not None and same_pattern(again, re.compile(pattern, flags)), pattern


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal at all",
        marshal.dumps((("another python", 0, 4), {})),
        marshal.dumps([1, 2, 3]),
    ],
)
def test_a_file_that_does_not_fit_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    compiled = PatternCache(path, write=False).compile(*SAMPLES[0])
    assert same_pattern(compiled, re.compile(*SAMPLES[0]))


def test_a_damaged_entry_is_compiled_as_usual(tmp_path: Path) -> None:
    pattern, flags = SAMPLES[1]
    flags_, code, groups, names, numbers = matcher_entry(pattern, flags)
    damaged = (flags_, code[: len(code) // 2], groups, names, numbers)
    path = tmp_path / "patterns.marshal"
    path.write_bytes(patterncache.file_bytes({(pattern, int(flags)): damaged}))
    compiled = PatternCache(path, write=False).compile(pattern, flags)
    assert same_pattern(compiled, re.compile(pattern, flags))


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path / "patterns.marshal", write=False)
    cache.compile(*SAMPLES[0])
    assert cache.new == {}
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_leaves_no_file_and_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    cache = PatternCache(blocker / "__pycache__" / "patterns.marshal", write=True)
    cache.compile(*SAMPLES[0])
    cache.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_a_rewrite_keeps_earlier_patterns_until_the_file_is_full(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    first = PatternCache(path, write=True)
    first.compile(*SAMPLES[0])
    first.save()
    second = PatternCache(path, write=True)
    second.compile(*SAMPLES[1])
    second.save()
    kept = patterncache.read_entries(path)
    assert set(kept) == {(SAMPLES[0][0], 0), (SAMPLES[1][0], int(SAMPLES[1][1]))}


IMPORT_PROBE = """
import re, sys
from pathlib import Path
real = re._compile
asked = []

def probe(pattern, flags):
    frame = sys._getframe(1)
    while frame.f_code.co_filename == real.__code__.co_filename:  # re.fullmatch and the like
        frame = frame.f_back
    asked.append((frame.f_code.co_filename, frame.f_code.co_name))
    return real(pattern, flags)

re._compile = probe
import bantin.cli
package = Path(sys.modules["bantin"].__file__).parent
cache = str(package / "patterncache.py")
for name, function in sorted(set(asked)):
    if Path(name).is_relative_to(package) and name != cache:
        print(f"{Path(name).relative_to(package)}:{function}")
"""


#: Compiled at start-up outside the cache, and cheap: ``re.split(r"([ -])", …)`` in a function
#: that spells the gazetteer's names (one tiny pattern, well under a millisecond).
SMALL_AT_START = ["parsers/places.py:_spellings"]


def test_start_up_compiles_bantins_patterns_through_the_cache() -> None:
    """A pattern bantin compiles as it starts, outside ``bantin.patterncache``, is compiled in
    Python at every start (up to milliseconds each): it belongs in a module-level
    ``patterncache.compile`` (or compiled on first use, off the start-up path)."""
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == SMALL_AT_START


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_worker_neither_keeps_nor_writes_patterns(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    cache = PatternCache(path, write=True)
    child = os.fork()
    if child == 0:  # the worker: compiles a pattern the file lacks, then ends as a worker can
        status = 0 if cache.compile(*SAMPLES[0]) and not cache.new else 1
        cache.save()
        os._exit(status)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert not path.exists()


def test_a_compiled_pattern_is_handed_back_as_re_compile_does(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path / "patterns.marshal", write=True)
    compiled = re.compile(r"\d+")
    assert cache.compile(compiled) is compiled  # type: ignore[type-var]
    assert cache.new == {}
