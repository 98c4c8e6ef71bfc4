"""Bad input gets a one-line reason naming the file; legacy encodings are decoded when reliable."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from bantin.errors import NotABulletin, UnreadableSource
from bantin.parsers import parse_bytes, read_source
from bantin.parsers.decode import human_size
from tests.parsers.fixtures import PRINT_DIGEST

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 keeps tone marks as combining characters after the base letter."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out.append(
                base.encode("cp1258") + "".join(c for c in parts if c in _TONES).encode("cp1258")
            )
    return b"".join(out)


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("utf-16"),
        lambda t: t.encode("utf-16-le"),
        lambda t: t.encode("utf-16-be"),
        encode_cp1258,
        lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1258", "nfd"],
)
def test_every_reliable_encoding_gives_the_same_bulletin(encode):
    expected = parse_bytes(PRINT_DIGEST.encode("utf-8"), "a.txt").bulletin
    assert parse_bytes(encode(PRINT_DIGEST), "a.txt").bulletin == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (b"  \n\n", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a PNG image"),
        (b"\x00\x01\x02\x03" + bytes(range(256)), "binary file"),
        ("Xin chào".encode() + b"\xff\xfe\xfa" + b"abc" * 10, "not valid UTF-8"),
        # A bulletin's PDF or Word file among the text ones says how to make text of it, instead
        # of "not valid UTF-8 at line 2" (a PDF's second line is bytes above 0x7f on purpose).
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "PDF.*pdftotext"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(40), "ZIP archive.*docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(40), r"Office document \(\.doc"),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}B\\'e1o c\\'e1o}", "RTF document"),
        (b"\x1f\x8b\x08\x00" + bytes(20), "gzip"),
        # Only a byte-order mark (an editor's "new file" saved as UTF-8 with BOM, or UTF-16).
        (b"\xef\xbb\xbf", "empty.*byte-order mark"),
        (b"\xef\xbb\xbf \r\n", "empty.*byte-order mark"),
        (b"\xff\xfe", "empty.*byte-order mark"),
        (b"\xfe\xff\x00 \x00\n", "empty.*byte-order mark"),
    ],
    ids=[
        "empty",
        "blank lines",
        "png",
        "binary",
        "bad utf-8",
        "pdf",
        "docx",
        "doc",
        "rtf",
        "gzip",
        "bom",
        "bom and spaces",
        "utf-16 bom",
        "utf-16-be bom and spaces",
    ],
)
def test_unreadable_bytes(data, reason):
    with pytest.raises(UnreadableSource, match=reason) as error:
        parse_bytes(data, "bad.txt")
    assert str(error.value).startswith("bad.txt")
    assert "\n" not in str(error.value)


def test_text_that_is_no_bulletin():
    with pytest.raises(NotABulletin, match="not a bulletin") as error:
        parse_bytes("Danh sách đi chợ: rau, cá, gạo.\n".encode(), "list.txt")
    assert error.value.source == "list.txt"


def test_missing_file(tmp_path: Path):
    with pytest.raises(UnreadableSource, match="no such file"):
        read_source(tmp_path / "nope.txt")


def test_invalid_utf8_reports_its_line():
    data = PRINT_DIGEST.encode("utf-8").replace(
        "Kiểm tra công vụ đầu năm\n".encode(), b"\xc3\x28 broken\n", 1
    )
    with pytest.raises(UnreadableSource) as error:
        parse_bytes(data + b"\x81\x8d" * 3, "x.txt")
    assert error.value.line is not None


def test_cp1258_rss_is_recognised_by_its_text_not_its_tags():
    from tests.parsers.fixtures import FEED_XML

    header = FEED_XML.split("<item>")[0] + "</channel>\n</rss>\n"
    parsed = parse_bytes(encode_cp1258(header), "feed.xml")
    assert parsed.bulletin.title == "cải cách – Tin địa phương"


@pytest.mark.parametrize(
    ("size", "printed"),
    [
        (0, "0 bytes"),
        (1023, "1023 bytes"),
        (1024, "1 KiB"),
        (1536, "1.5 KiB"),
        (16 << 20, "16 MiB"),
    ],
)
def test_a_size_is_printed_in_the_largest_unit_it_fills(size: int, printed: str) -> None:
    assert human_size(size) == printed
