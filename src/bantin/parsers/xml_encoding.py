"""Honour the encoding an XML declaration names (ISO-8859-1, windows-1252, windows-1258, ...)."""

from __future__ import annotations

import codecs
import re
import unicodedata

#: An XML declaration in ASCII-compatible bytes at the start of the file (a UTF-8 BOM overrides it).
_DECLARATION_RE = re.compile(
    rb"^\s*<\?xml\s[^>]{0,200}?\bencoding\s*=\s*[\"']([A-Za-z][\w.:-]{0,40})[\"']"
)
#: Encodings read by the ordinary path: UTF-8 (and its BOM) and UTF-16, whose bytes tell
#: themselves apart; a UTF-16 declaration on ASCII-compatible bytes is simply wrong.
_SELF_EVIDENT = frozenset({"ascii", "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"})


def declared_encoding(data: bytes) -> str | None:
    """The Python codec the XML declaration of ``data`` names, or None (no declaration, an
    unknown name, or UTF-8/UTF-16 which bantin recognises by itself)."""
    match = _DECLARATION_RE.match(data[:512])
    if match is None:
        return None
    try:
        name = codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return None
    return None if name in _SELF_EVIDENT else name


def decode_declared(data: bytes) -> tuple[str, str] | None:
    """(NFC text, codec) of an XML document in the single-byte or legacy encoding it declares;
    None when the declaration names none or the bytes are not in it."""
    name = declared_encoding(data)
    if name is None:
        return None
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    return unicodedata.normalize("NFC", text), name
