"""Honour the encoding an XML declaration names (ISO-8859-1, windows-1252, windows-1258, ...).

The declaration is found the way the XML specification (appendix F) says: in ASCII-compatible
bytes, or in EBCDIC when the file starts with ``<?xm`` in EBCDIC; UTF-32 is recognised by its
byte-order mark or the zero bytes around ``<``. UTF-8 and UTF-16 are left to the ordinary path.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from bantin import patterncache
from bantin.parsers.vietnamese import looks_vietnamese

#: An XML declaration in ASCII-compatible bytes at the start of the file (a UTF-8 BOM overrides it).
_DECLARATION_RE = patterncache.compile(
    r"^\s*<\?xml\s[^>]{0,200}?\bencoding\s*=\s*[\"']([\w][\w.:-]{0,40})[\"']"
)
_EBCDIC_XML = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC
_UTF32 = (
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
)
#: Encodings read by the ordinary path: UTF-8 (and its BOM) and UTF-16, whose bytes tell
#: themselves apart; a UTF-16 declaration on ASCII-compatible bytes is simply wrong.
_SELF_EVIDENT = frozenset({"ascii", "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"})


def declared_encoding(data: bytes) -> str | None:
    """The Python codec the start of ``data`` names (UTF-32 by its bytes, else the XML
    declaration's encoding), or None (no declaration, an unknown name, or UTF-8/UTF-16 which
    bantin recognises by itself)."""
    for start, codec in _UTF32:
        if data.startswith(start):
            return codec
    head = data[:512].decode("cp037" if data.startswith(_EBCDIC_XML) else "latin-1")
    match = _DECLARATION_RE.match(head)
    if match is None:
        return None
    try:
        name = codecs.lookup(match[1]).name
    except LookupError:
        return None
    return None if name in _SELF_EVIDENT else name


def decode_declared(data: bytes) -> tuple[str, str] | None:
    """(NFC text, codec) of an XML document in the single-byte or legacy encoding it declares;
    None when the declaration names none or the bytes are not in it."""
    name = declared_encoding(data)
    if name is None:
        return None
    if name == "iso8859-1" and _C1_BYTES_RE.search(data):
        # Bytes that are controls in ISO-8859-1 and punctuation in Windows-1252 ("“", "–"): the
        # label means Windows-1252, as it does to every browser (the WHATWG Encoding Standard).
        name = "cp1252"
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    # Windows-1258 behind a Western default of an old ASP or PHP portal's template: "Cổng" in
    # Windows-1258 is "CôÒng" read as ISO-8859-1 or windows-1252.
    if (
        name in _WESTERN
        and (vietnamese := windows_1258_vietnamese(data)) is not None
        and not reads_as_vietnamese(text)
    ):
        return vietnamese, "cp1258"
    return unicodedata.normalize("NFC", text), name


#: The Western single-byte encodings a Vietnamese site's template may declare by default while
#: its text is in Windows-1258 (an old ASP or PHP portal's database encoding).
_WESTERN = frozenset({"iso8859-1", "cp1252", "iso8859-15"})
#: Markup, left out when telling whether a text reads as Vietnamese: a tag, which holds no "<"
#: (a "<" with no ">" after it costs one look as far as the next "<", not to the end of the
#: text: linear on a text of many comparisons, "tỷ lệ < 5%").
_MARKUP_RE = patterncache.compile(r"<[^<>]*>")


def reads_as_vietnamese(text: str) -> bool:
    """Whether ``text`` reads as Vietnamese (``looks_vietnamese``), its markup left out."""
    return looks_vietnamese(_MARKUP_RE.sub(" ", text))


def windows_1258_vietnamese(data: bytes) -> str | None:
    """The NFC text of ``data`` read as Windows-1258 when that reads as Vietnamese, else None:
    the one place bantin reads Windows-1258, in a file that declares it in vain (a Western
    encoding) or declares nothing and is not UTF-8. Latin-1 text decodes as Windows-1258 too,
    but into no Vietnamese ("São" -> "Săo"), and so is left alone."""
    if data.isascii():
        return None
    try:
        legacy = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    return legacy if reads_as_vietnamese(legacy) else None


#: The Windows-1252 character at each code of the C1 controls (0x80-0x9F) it gives one: curly
#: quotes, dashes, the euro sign… (five of the codes it leaves undefined).
WINDOWS_1252_C1 = {
    code: char
    for code in range(0x80, 0xA0)
    if (char := bytes([code]).decode("cp1252", errors="ignore"))
}
#: A byte of the C1 controls that Windows-1252 gives a character.
_C1_BYTES_RE = patterncache.compile(
    b"[" + b"".join(re.escape(bytes([c])) for c in WINDOWS_1252_C1) + b"]"
)
