"""Parsers: one module per source format, format detection, decoding and shared text helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from bantin.errors import NotABulletin
from bantin.model import Bulletin, ParsedSource, SourceFormat
from bantin.parsers.corrections import Correction, apply_corrections, for_source
from bantin.parsers.decode import decode_bytes, read_bytes
from bantin.parsers.detect import HtmlPage, detect_format, html_page
from bantin.parsers.feed_misfiled import misfiled
from bantin.parsers.feed_text import parse_feed_text
from bantin.parsers.feed_xml import parse_feed_xml
from bantin.parsers.garbage import how_misdecoded, misdecoded_words
from bantin.parsers.print_text import parse_print_text
from bantin.parsers.text import normalise_text
from bantin.parsers.web_text import parse_web_text

PARSERS: dict[SourceFormat, Callable[[str, str], Bulletin]] = {
    SourceFormat.PRINT_TEXT: parse_print_text,
    SourceFormat.WEB_TEXT: parse_web_text,
    SourceFormat.FEED_TEXT: parse_feed_text,
    SourceFormat.FEED_XML: parse_feed_xml,
}

__all__ = ["PARSERS", "detect_format", "parse_bytes", "parse_text", "read_source"]


def parse_text(text: str, source: str = "<text>", suspects: str | None = None) -> Bulletin:
    """Detect the format of ``text`` and parse it; raises a SourceError naming ``source``.
    ``suspects``: see ``normalise_text`` (``DecodedSource.suspects`` of the text as decoded)."""
    text = normalise_text(text, suspects)
    page = html_page(text)
    if page is not None:
        raise _an_html_page(page, source)
    if (other := misfiled(text)) is not None:  # JSON, a PHP error, a browser's view
        raise NotABulletin(source, other.reason, other.line)
    source_format = detect_format(text)
    if source_format is None:
        raise _not_a_bulletin(text, source)
    return PARSERS[source_format](text, source)


def _an_html_page(page: HtmlPage, source: str) -> NotABulletin:
    """The error for a source that is an HTML page, not a feed or a bulletin, at the line its
    document starts: what a site sends instead of its feed (an error, a login, a captcha or an
    anti-bot check page) saved under the feed's name, which the XML reader took for a broken
    feed ("mismatched tag")."""
    shown = f" titled {page.title!r}" if page.title else ""
    return NotABulletin(
        source,
        f"the file is an HTML page{shown}, not a feed or a bulletin: the site sent a web page "
        "(an error, login, captcha or anti-bot check page?) instead of its feed; fetch the "
        "feed again",
        page.line,
    )


#: How much of an unrecognised text is looked at for words decoded with the wrong encoding.
_MISDECODED_HEAD = 4000


def _not_a_bulletin(text: str, source: str) -> NotABulletin:
    """Why ``text`` is no bulletin: no format's opening was found, maybe because its letters were
    decoded with the wrong encoding ("BẢN TIN" shown as "Báº¢N TIN"), at the line of the first."""
    head = text[:_MISDECODED_HEAD]
    found = misdecoded_words(head)
    if found:
        words = [word for _, word in found[:3]]
        return NotABulletin(
            source,
            f"not a bulletin as read: its text was decoded with the wrong encoding "
            f"({how_misdecoded(words)}); convert it to Unicode (UTF-8) and run again",
            head.count("\n", 0, found[0][0]) + 1,
        )
    return NotABulletin(
        source,
        "not a bulletin: no print masthead ('Phát hành: DD/MM/YYYY'), web title, feed channel "
        "line or RSS document found",
    )


def parse_bytes(data: bytes, source: str, corrections: Sequence[Correction] = ()) -> ParsedSource:
    """Decode the bytes of one source file, apply the corrections keyed to its sha256 to the
    decoded text (``bantin.parsers.corrections``) and parse it."""
    decoded = decode_bytes(data, source)
    mine = for_source(corrections, decoded.sha256)
    text = apply_corrections(decoded.text, source, mine)
    suspects = None if mine else decoded.suspects  # a correction may bring any character
    return ParsedSource(source, decoded.sha256, parse_text(text, source, suspects))


def read_source(
    path: Path, display: str | None = None, corrections: Sequence[Correction] = ()
) -> ParsedSource:
    """Read, decode, correct and parse one file; every failure is a SourceError naming the file."""
    source = display if display is not None else path.as_posix()
    return parse_bytes(read_bytes(path, source), source, corrections)
