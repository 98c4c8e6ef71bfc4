"""A feed saved as the server sent it, compressed (Content-Encoding: br or zstd, or xz), is
refused with a reason that says how to get its text, not as a mere binary file."""

from __future__ import annotations

import pytest

from bantin.errors import UnreadableSource
from bantin.parsers import parse_bytes

#: A small commune feed compressed with Brotli (quality 11), as a server sends it with
#: "Content-Encoding: br" and a browser's "Save as" may keep it.
BROTLI_FEED = (
    b"\x1b4\x01 \x1c\x07v\xcc2\x88\xe3\xd58\x11\x0e\xf3\x9f?\xf7\xfe\x84\xce\xca\xd6V\xc1\xb3\xfd"
    b"\xd0Q\xb6{\x89_\xd0\x8d\x95P\x15\x91~\x1e\xc5Pf0x\xd6\x1d\x1f\xec`\xf8}\xef\xf6\xa0\x96\xb6"
    b"\xa5\xc5Q\x92\x06\x98Xd\x01\x86\x1a\xd467\x87I\x90\xd3\xd7\x1a\x03\xc9\xdc3\xec.*K\xd5\xcf_"
    b"\x94\x01\x9e\x02\x9f\xcd\xcb\x12\x08f\xf2\xddL\xe6\x13?%t\xdd\x17\xc8\xb2;2\x9c\x97\x91\x12"
    b"\xb3=?\xe0\xae,\xfe\xbe\xa7\xdd\x99w\xf9\xa6\xee\x938\x16\xc3\xae\xee\xbd\xa6Y`}V\xb0\xff"
    b"\xb3\x9e\xb1\xce\x84aY\x12J\xba\xc2\xf2\nw^\xf4\x05JB}\xaeY{\xf1\xb3y\x08\xc1\xb5\xbcZ\x01"
    b"\xc3\x90K\xbb\xaf\x15\xf1#\xfa\x92\xd8\x1e\xa6\xa137U\x03DW+&3M-9u^\x16\x9f\x01"
)


def _reason(data: bytes, name: str) -> str:
    with pytest.raises(UnreadableSource) as raised:
        parse_bytes(data, name)
    return raised.value.reason


@pytest.mark.parametrize("name", ["xa-mau.xml", "tin-cchc.rss", "so-noi-vu.atom", "X.XML"])
def test_a_binary_file_named_as_a_feed_says_it_may_be_brotli(name: str) -> None:
    reason = _reason(BROTLI_FEED, name)
    assert reason.startswith("binary file")
    assert "Brotli (Content-Encoding: br)" in reason and "curl --compressed" in reason


def test_a_binary_file_not_named_as_a_feed_is_a_binary_file() -> None:
    assert _reason(BROTLI_FEED, "ban-tin.bin") == "binary file, not a text bulletin"


def test_a_zstd_save_is_named_by_its_signature() -> None:
    # zstd's frame: its magic number, then the frame of a short document.
    data = b"\x28\xb5\x2f\xfd\x04\x58\xbd\x01\x00" + bytes(range(1, 40))
    reason = _reason(data, "ban-tin.txt")
    assert reason.startswith("a zstd-compressed file") and "zstd -d" in reason


def test_an_xz_save_is_named_by_its_signature() -> None:
    data = b"\xfd7zXZ\x00\x00\x04" + bytes(range(1, 40))
    assert _reason(data, "ban-tin.txt") == "an xz-compressed file: decompress it first (xz -d)"
