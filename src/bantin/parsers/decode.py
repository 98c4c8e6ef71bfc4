"""Turn the bytes of a source file into text, or say in one line why that cannot be done reliably."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bantin.errors import UnreadableSource
from bantin.parsers.xml_encoding import decode_declared

# Letters that only Vietnamese text uses (precomposed, NFC): a decoding that yields many of them
# and no control characters is trustworthy.
_VIETNAMESE_MARKS = set("ăâđêôơưĂÂĐÊÔƠƯ") | {chr(c) for c in range(0x1EA0, 0x1EFA)}


@dataclass(frozen=True)
class DecodedSource:
    """The text of a source file and how it was decoded."""

    text: str
    encoding: str
    sha256: str


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > max(2, len(sample) // 100)


_MARKUP_RE = re.compile(r"<[^>]*>")


def _vietnamese_score(text: str) -> float:
    """Share of Vietnamese-only letters among the letters of the text (markup not counted)."""
    nfc = unicodedata.normalize("NFC", _MARKUP_RE.sub(" ", text))
    letters = sum(1 for c in nfc if c.isalpha())
    if not letters:
        return 0.0
    return sum(1 for c in nfc if c in _VIETNAMESE_MARKS) / letters


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise UTF-16 without a byte-order mark by its zero bytes on alternating positions."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    half = len(data) // 2
    for encoding, zeros in (("utf-16-le", odd_zeros), ("utf-16-be", even_zeros)):
        if zeros > half * 0.3:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes, source: str) -> DecodedSource:
    """Decode UTF-8 (with or without BOM), UTF-16 and, when it is unmistakable, Windows-1258."""
    digest = sha256_hex(data)
    if not data.strip():
        raise UnreadableSource(source, "file is empty")
    if (declared := decode_declared(data)) is not None:  # an XML feed's declared encoding
        return DecodedSource(*declared, digest)
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return DecodedSource(data.decode(encoding), "utf-16", digest)
            except UnicodeDecodeError as exc:
                raise UnreadableSource(source, f"invalid UTF-16 ({exc.reason})") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return DecodedSource(utf16, "utf-16", digest)
    if _looks_binary(data):
        raise UnreadableSource(source, "binary file, not a text bulletin")
    try:
        return DecodedSource(data.decode("utf-8-sig"), "utf-8", digest)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        utf8_error = f"not valid UTF-8 at line {line} (byte 0x{data[exc.start]:02x})"
    try:
        legacy = data.decode("cp1258")
    except UnicodeDecodeError:
        legacy = None
    if legacy is not None and _vietnamese_score(legacy) > 0.03:
        return DecodedSource(unicodedata.normalize("NFC", legacy), "cp1258", digest)
    raise UnreadableSource(source, f"{utf8_error}, and no other encoding fits reliably", line)


def read_bytes(path: Path, source: str) -> bytes:
    """Read a file, turning OS errors into a one-line reason."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableSource(source, "no such file") from None
    except IsADirectoryError:
        raise UnreadableSource(source, "is a directory") from None
    except PermissionError:
        raise UnreadableSource(source, "permission denied") from None
    except OSError as exc:
        raise UnreadableSource(source, f"cannot be read ({exc.strerror})") from None
