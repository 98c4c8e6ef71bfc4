"""Turn the bytes of a source file into text, or say in one line why that cannot be done reliably."""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from bantin import patterncache
from bantin.errors import UnreadableSource
from bantin.parsers.text import utf8_suspects
from bantin.parsers.xml_encoding import (
    decode_declared,
    reads_as_vietnamese,
    windows_1258_vietnamese,
)

#: The largest source file bantin reads (bytes); larger files are ``source.unreadable``. Bulletins
#: are tens of kilobytes: this is hundreds of times that, yet keeps one run's memory bounded.
#: The ``--max-file-size`` option (and configuration) overrides it.
MAX_FILE_BYTES = 16 * 1024 * 1024
#: A line end: LF with any CRs before it (CRLF, or CRLF converted twice: CR CR LF), or a lone CR
#: (classic Mac files, and files that mix CR with CRLF).
_NEWLINES_RE = patterncache.compile(r"\r*\n|\r")
_LINE_BREAK_RE = patterncache.compile(rb"\r*\n|\r")


@dataclass(frozen=True)
class DecodedSource:
    """The text of a source file and how it was decoded. ``suspects``: the characters
    ``normalise_text`` acts on that ``text`` may hold, when the bytes tell (UTF-8); None: any."""

    text: str
    encoding: str
    sha256: str
    suspects: str | None = None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])


#: The first bytes of documents a maintainer may drop among the bulletins, and what to do with
#: each: bantin reads text, so the message says how to get it.
_DOCUMENT_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document, not text: extract its text first (pdftotext -layout FILE.pdf)"),
    (
        b"PK\x03\x04",
        "a ZIP archive (a Word .docx, an .xlsx or a .zip), not text: save it as plain text "
        "(UTF-8) first",
    ),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Microsoft Office document (.doc, .xls), not text: save it as plain text "
        "(UTF-8) first",
    ),
    (b"{\\rtf", "an RTF document, not text: save it as plain text (UTF-8) first"),
    (b"\x1f\x8b", "a gzip-compressed file: decompress it first"),
    (
        b"\x28\xb5\x2f\xfd",
        "a zstd-compressed file (a feed saved as the server sent it, with Content-Encoding: "
        "zstd?): decompress it first (zstd -d), or download it again with a tool that does "
        "(curl --compressed)",
    ),
    (b"\xfd7zXZ\x00", "an xz-compressed file: decompress it first (xz -d)"),
    (b"\x89PNG\r\n", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
)


def document_kind(data: bytes) -> str | None:
    """What a file that is a known non-text document is, and how to make text of it; or None."""
    for signature, problem in _DOCUMENT_SIGNATURES:
        if data.startswith(signature):
            return problem
    return None


_DEFLATED = (
    "a deflate-compressed file (a feed saved as the server sent it, with Content-Encoding: "
    "deflate): decompress it first, or download it again with a tool that does (curl "
    "--compressed)"
)


#: The endings of a feed's name: a binary file so named is a feed saved compressed, most likely.
_FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})
#: Why a binary file named as a feed is refused: a server's Brotli compression (Content-Encoding:
#: br, which browsers ask for) has no signature to tell it by, as gzip and deflate have.
_MAYBE_BROTLI = (
    "binary file, not a text bulletin or feed: a feed saved as the server sent it may be "
    "compressed with Brotli (Content-Encoding: br), which has no signature to tell it by; if "
    "so, decompress it (brotli -d) or download it again with a tool that does (curl "
    "--compressed)"
)


def _deflated_markup(data: bytes) -> bool:
    """Whether ``data`` is markup compressed with deflate, in a zlib wrapper or raw (what a
    server sends with ``Content-Encoding: deflate``, saved without decompressing): its first
    bytes decompress to text that opens with "<"."""
    for wbits in (15, -15):  # zlib's wrapper, raw deflate
        try:
            head = zlib.decompressobj(wbits).decompress(data[:4096], 256)
        except zlib.error:
            continue
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            return True
    return False


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # C speed, not a loop
    return controls > max(2, len(sample) // 100)


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise UTF-16 without a byte-order mark by its zero bytes on alternating positions."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:  # no zero byte: no count needed
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


def normalize_newlines(text: str) -> str:
    """Every line end (LF, CRLF, CR CR LF, lone CR) becomes LF, so that line N is the Nth line
    whatever the line ends, mixed ones included."""
    if "\r" not in text:  # only LF already: the regex would rewrite each LF to itself
        return text
    return _NEWLINES_RE.sub("\n", text)


def line_at(data: bytes, offset: int) -> int:
    """The 1-based line of byte ``offset``, with line ends as ``normalize_newlines`` counts them."""
    return len(_LINE_BREAK_RE.findall(data, 0, offset)) + 1


def decode_bytes(data: bytes, source: str) -> DecodedSource:
    """Decode UTF-8 (with or without BOM), UTF-16 and, when it is unmistakable, Windows-1258.

    Line ends are normalised to LF (CRLF, LF and CR files, and mixtures, give the same lines).
    """
    decoded = _decode(data, source)
    text = normalize_newlines(decoded.text)
    return DecodedSource(text, decoded.encoding, decoded.sha256, decoded.suspects)


_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _only_a_byte_order_mark(data: bytes) -> bool:
    """Whether ``data`` is a byte-order mark and nothing else but white space."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return not data[len(mark) :].decode(encoding).strip()
            except UnicodeDecodeError:
                return False
    return False


def _decode(data: bytes, source: str) -> DecodedSource:
    digest = sha256_hex(data)
    if not data or data.isspace():  # ``not data.strip()`` without copying the bytes
        raise UnreadableSource(source, "file is empty")
    if _only_a_byte_order_mark(data):
        raise UnreadableSource(source, "file is empty (a byte-order mark and nothing else)")
    if (document := document_kind(data)) is not None:
        raise UnreadableSource(source, document)
    if (declared := decode_declared(data)) is not None:  # an XML feed's declared encoding
        if (utf8 := _utf8_vietnamese(data)) is not None:
            return DecodedSource(utf8, "utf-8", digest, utf8_suspects(data))
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
        if _deflated_markup(data):
            raise UnreadableSource(source, _DEFLATED)
        if Path(source).suffix.lower() in _FEED_SUFFIXES:
            raise UnreadableSource(source, _MAYBE_BROTLI)
        raise UnreadableSource(source, "binary file, not a text bulletin")
    try:
        # The codec "utf-8-sig" is Python code around "utf-8": called only when there is a BOM.
        text = data.decode("utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8")
        return DecodedSource(text, "utf-8", digest, utf8_suspects(data))
    except UnicodeDecodeError as exc:
        line = line_at(data, exc.start)
        utf8_error = f"not valid UTF-8 at line {line} (byte 0x{data[exc.start]:02x})"
    if (legacy := windows_1258_vietnamese(data)) is not None:
        return DecodedSource(legacy, "cp1258", digest)
    raise UnreadableSource(
        source,
        f"{utf8_error}, and not Vietnamese in Windows-1258 either (Latin-1 or another "
        "encoding?); save it as UTF-8",
        line,
    )


def _utf8_vietnamese(data: bytes) -> str | None:
    """The text of ``data`` read as UTF-8 when that is Vietnamese, whatever its XML declaration
    says. A feed that declares ISO-8859-1 or windows-1252 but is written in UTF-8, a common
    slip of feed generators, would otherwise be read as mojibake ("Cáº£i cÃ¡ch") throughout;
    text truly in such an encoding is hardly ever valid UTF-8 (its non-ASCII bytes stand alone),
    and Vietnamese in a legacy encoding never reads as Vietnamese in UTF-8."""
    if data.isascii():
        return None  # the declaration alone decides: nothing else could tell
    try:
        text = data.decode("utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8")
    except UnicodeDecodeError:
        return None
    return text if reads_as_vietnamese(text) else None


_KINDS = (
    (stat.S_ISDIR, "is a folder"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)


def file_problem(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read (bantin reads regular files only), or None."""
    if stat.S_ISREG(mode):
        return None
    for test, reason in _KINDS:
        if test(mode):
            return reason
    return "is not a regular file"


def human_size(size: int) -> str:
    """``1024`` -> "1 KiB", ``16 << 20`` -> "16 MiB", ``500`` -> "500 bytes" (the limit as set)."""
    if size < 1024:
        return f"{size} bytes"
    amount, units = size / 1024, ["KiB", "MiB", "GiB"]
    while amount >= 1024 and len(units) > 1:
        amount, units = amount / 1024, units[1:]
    return f"{round(amount, 1):g} {units[0]}"


def size_problem(size: int, max_bytes: int) -> str | None:
    """Why a file of ``size`` bytes is not read (over ``max_bytes``), or None."""
    if size <= max_bytes:
        return None
    return (
        f"is larger than {human_size(max_bytes)}, the size limit per file (raise it with "
        "--max-file-size if this really is a bulletin)"
    )


def read_stream(
    stream: BinaryIO, source: str, max_bytes: int = MAX_FILE_BYTES, size: int | None = None
) -> bytes:
    """Read at most ``max_bytes`` from an open stream; more is a ``UnreadableSource``.

    ``size``: what the file held when it was checked. Reading that much (and one byte more, to
    see a file that grew since) allocates what the file needs, not ``max_bytes`` for every file:
    a buffer of 16 MiB is mapped, shrunk and unmapped by the kernel each time."""
    try:
        if size is None:
            data = stream.read(max_bytes + 1)
        else:
            data = stream.read(min(size, max_bytes) + 1)
            if len(data) > size:  # it grew after the check: read on, up to the limit
                data += stream.read(max_bytes + 1 - len(data))
    except OSError as exc:
        raise UnreadableSource(source, f"cannot be read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise UnreadableSource(source, size_problem(len(data), max_bytes) or "too large")
    return data


def read_bytes(path: Path, source: str, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """Read a regular file of at most ``max_bytes``, turning every failure into a one-line reason.

    The file is opened without blocking and checked before reading, so a FIFO, a device or a
    socket is refused at once instead of hanging or filling memory.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise UnreadableSource(source, "no such file") from None
    except IsADirectoryError:
        raise UnreadableSource(source, "is a folder") from None
    except PermissionError:
        raise UnreadableSource(source, "permission denied") from None
    except OSError as exc:
        raise UnreadableSource(source, f"cannot be read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as handle:
        status = os.fstat(fd)
        problem = file_problem(status.st_mode) or size_problem(status.st_size, max_bytes)
        if problem:
            raise UnreadableSource(source, problem)
        return read_stream(handle, source, max_bytes, status.st_size)
