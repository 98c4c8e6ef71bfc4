"""Characters that must never be published (controls, bidi overrides) and signs of lost letters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

#: C0 controls but TAB/LF/CR, DEL, C1 controls, bidirectional embeddings/overrides and isolates.
UNSAFE_RANGES = (
    (0x00, 0x08),
    (0x0B, 0x0C),
    (0x0E, 0x1F),
    (0x7F, 0x9F),
    (0x202A, 0x202E),
    (0x2066, 0x2069),
)
UNSAFE_RE = re.compile(
    "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in UNSAFE_RANGES) + "]"
)
#: The same class in the syntax of Rust's regex crate (polars ``str.replace_all``).
UNSAFE_PATTERN_RUST = "[" + "".join(f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in UNSAFE_RANGES) + "]"
#: U+FFFD, or "?" standing inside a word ("B?n tin c?i c?ch"), where a letter was lost.
_LOST_RE = re.compile(r"\ufffd|(?<=[^\W\d_])\?+(?=[^\W\d_])")
_URL_LIKE_RE = re.compile(r"\S*(?:://|www\.|\.php|\.aspx?|[=&/])\S*")
_C0_NAMES = {0: "NULL", 0x1B: "ESCAPE", 0x7F: "DELETE"}


def describe(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``; controls, which have no Unicode name, get a generic one."""
    code = ord(char)
    name = unicodedata.name(char, "") or _C0_NAMES.get(code, "control character")
    return f"U+{code:04X} {name}"


def unsafe_characters(text: str) -> Iterator[tuple[int, str]]:
    """(offset, character) of every character ``scrub`` removes."""
    if text.isprintable():  # every unsafe character is a control or a format character (Cc, Cf)
        return
    for match in UNSAFE_RE.finditer(text):
        yield match.start(), match.group()


def scrub(text: str) -> str:
    """``text`` without the characters of ``UNSAFE_RE``: what bantin publishes."""
    return UNSAFE_RE.sub("", text)


def lost_characters(text: str) -> Iterator[tuple[int, str]]:
    """(offset, what stands there) of every U+FFFD and every "?" inside a lower-case word.

    A "?" before a capital ("gì?Tại") ends a question; URLs and query strings are skipped.
    """
    if "?" not in text and "\ufffd" not in text:  # most texts: a substring test, no regex scan
        return
    urls: list[tuple[int, int]] | None = None  # found only when a "?" needs them (rare)
    for match in _LOST_RE.finditer(text):
        start = match.start()
        if match.group() != "\ufffd":
            if not text[match.end()].islower():
                continue
            if urls is None:
                urls = [m.span() for m in _URL_LIKE_RE.finditer(text)]
            if any(a <= start < b for a, b in urls):
                continue
        yield start, match.group()
