"""Source excerpts for findings: the offending line and its neighbours, the offending text marked."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bantin import patterncache
from bantin.errors import SourceError
from bantin.parsers.decode import decode_bytes, read_bytes, sha256_hex

#: Lines shown before and after the offending line.
CONTEXT = 2
#: Characters shown of a long offending line (one-line XML), centred on the mark, and of the
#: lines around it.
MAX_LINE = 360
MAX_NEIGHBOUR = 140
_QUOTED = patterncache.compile(r"'([^']{2,})'|\"([^\"]{2,})\"")
_WORD = patterncache.compile(r"\S+")


@dataclass(frozen=True)
class ExcerptLine:
    """One line of an excerpt; on the offending line ``mark`` is the highlighted slice."""

    number: int
    before: str
    mark: str = ""
    after: str = ""
    offending: bool = False


def _candidates(message: str) -> list[str]:
    """Texts of the message that may be printed in the source, most specific first."""
    found = []
    for match in _QUOTED.finditer(message):
        text = (match.group(1) or match.group(2)).rstrip("…").rstrip(".").strip()
        if text:
            found.append(text)
    words = [w.strip(",;()'\"") for w in _WORD.findall(message)]
    for size in range(min(len(words), 6), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if (len(phrase) >= 2 or phrase.isdigit()) and any(
                c.isdigit() or c.isupper() or ord(c) > 127 for c in phrase
            ):
                found.append(phrase)
    return found


def mark_span(line: str, message: str) -> tuple[int, int] | None:
    """Where the message's offending text sits in ``line`` (word-bounded), or None."""
    for text in _candidates(message):
        pattern = r"(?<!\w)" + re.escape(text) + r"(?!\w)"
        match = re.search(pattern, line)
        if match:
            return match.span()
    return None


def _clip(text: str, start: int, end: int) -> tuple[str, str, str]:
    before, mark, after = text[:start], text[start:end], text[end:]
    room = max(MAX_LINE - len(mark), 40) // 2
    if len(before) > room:
        before = "…" + before[-room:]
    if len(after) > room:
        after = after[:room] + "…"
    return before, mark, after


def excerpt(lines: list[str], line: int, message: str) -> list[ExcerptLine]:
    """Lines ``line - CONTEXT`` to ``line + CONTEXT`` (1-based), the offending text marked."""
    if not 1 <= line <= len(lines):
        return []
    shown = []
    for number in range(max(1, line - CONTEXT), min(len(lines), line + CONTEXT) + 1):
        text = lines[number - 1].rstrip("\r")
        if number != line:
            clipped = text if len(text) <= MAX_NEIGHBOUR else text[:MAX_NEIGHBOUR] + "…"
            shown.append(ExcerptLine(number, clipped))
            continue
        span = mark_span(text, message) or (len(text) - len(text.lstrip()), len(text))
        before, mark, after = _clip(text, *span)
        shown.append(ExcerptLine(number, before, mark, after, offending=True))
    return shown


class SourceTexts:
    """Source files read again for excerpts, by the path a report names them by.

    A file is used only if it still exists under one of ``roots`` and, when the sha256 it had is
    known, still has it; otherwise the finding is shown without an excerpt.
    """

    def __init__(
        self,
        sha256: Mapping[str, str | None],
        roots: tuple[Path, ...] = (Path(),),
        locations: Mapping[str, str] | None = None,
    ):
        self._sha256 = dict(sha256)
        self._roots = roots
        # made absolute now: the page may be rendered after the current folder changed
        self._locations = {name: Path(path).absolute() for name, path in (locations or {}).items()}
        self._cache: dict[str, list[str] | None] = {}
        self.sha256_read: dict[str, str] = {}

    def lines(self, source: str) -> list[str] | None:
        if source not in self._cache:
            self._cache[source] = self._read(source)
        return self._cache[source]

    def _read(self, source: str) -> list[str] | None:
        if source in ("", "-") or source.startswith("<"):
            return None
        found = [self._locations[source]] if source in self._locations else []
        for path in [*found, *(root / source for root in self._roots)]:
            try:  # regular files only, never blocking on a FIFO, within the size limit
                data = read_bytes(path, source)
            except SourceError:
                continue
            digest = sha256_hex(data)
            expected = self._sha256.get(source)
            if expected and digest != expected:
                continue
            self.sha256_read[source] = digest
            try:
                text = decode_bytes(data, source).text
            except SourceError:
                return None
            return unicodedata.normalize("NFC", text).split("\n")
        return None
