"""Text read from input files, made safe to print on a terminal: controls and bidi marks escaped."""

from __future__ import annotations

import re

from bantin import patterncache

#: What may not reach a terminal as it is: C0 and C1 controls (a newline or an escape sequence
#: in a file's name would forge report lines or colours), the line and paragraph separators, and
#: the bidirectional embeddings, overrides and isolates (which reorder what a reader sees).
_UNSAFE_RE = patterncache.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def for_terminal(text: str) -> str:
    """``text`` with every character of ``_UNSAFE_RE`` written as Python writes it in a string
    ("new\\nline.txt", "\\x1b[31m", "\\u202e"); anything else, accents and non-breaking spaces
    included, as it is."""
    if text.isprintable():  # the usual case: no control, format or separator character
        return text
    return _UNSAFE_RE.sub(_escaped, text)
