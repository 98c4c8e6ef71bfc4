"""Law 3: no input crashes parsing or validation; it is a bulletin or a SourceError saying why."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bantin.datasets.synthetic import Rendered
from bantin.errors import SourceError
from bantin.model import ParsedSource, SourceFormat
from bantin.parsers import parse_bytes
from bantin.parsers.decode import decode_bytes
from bantin.validators import validate
from tests.properties.damage import lines_damaged, numbers_out_of_range
from tests.properties.examples import generated
from tests.strategies import rendered_bulletins

SOURCE = "fuzz/input.txt"


def outcome(data: bytes) -> ParsedSource | SourceError:
    """Parse and validate ``data``: a refusal names the source and gives a one-line reason; a
    finding points at a line of the file that holds something."""
    try:
        parsed = parse_bytes(data, SOURCE)
    except SourceError as error:
        assert error.source == SOURCE
        assert error.reason.strip(), "a SourceError needs a reason"
        assert "\n" not in error.reason and "\r" not in error.reason, repr(error.reason)
        assert str(error).startswith(SOURCE)
        return error
    assert parsed.path == SOURCE
    findings = validate([parsed])
    assert all(f.source == SOURCE for f in findings)
    lines = decode_bytes(data, SOURCE).text.split("\n")
    for finding in findings:
        if finding.line is not None:
            assert 1 <= finding.line <= len(lines), f"{finding} points past the end of the file"
            assert lines[finding.line - 1].strip(), f"{finding} points at a blank line"
    return parsed


def test_any_text_is_a_bulletin_or_a_source_error(law_counts: Counter[str]) -> None:
    @given(st.text())
    @example("Phát hành: 31/9/2024")
    @example("Bản tin Cải cách hành chính ngày 32/5/2023\n1.\u00a0 X")
    @example('<?xml version="1.0"?><rss><channel><lastBuildDate>x</lastBuildDate></channel></rss>')
    @example("<!DOCTYPE rss [<!ENTITY a 'b'>]><rss/>")
    def law(text: str) -> None:
        outcome(text.encode("utf-8"))
        law_counts["3 robust: arbitrary text"] += 1

    law()


def test_any_bytes_are_a_bulletin_or_a_source_error(law_counts: Counter[str]) -> None:
    @given(st.binary())
    @example(b"")
    @example(b"\xff\xfe")
    @example(b"\xfe\xff\x00")
    @example(b"\xef\xbb\xbf")
    def law(data: bytes) -> None:
        outcome(data)
        law_counts["3 robust: arbitrary bytes"] += 1

    law()


def test_a_truncated_bulletin_is_a_bulletin_or_a_source_error(law_counts: Counter[str]) -> None:
    @given(rendered=rendered_bulletins(), data=st.data())
    def law(rendered: Rendered, data: st.DataObject) -> None:
        encoded = rendered.text.encode("utf-8")
        cut = data.draw(st.integers(0, len(encoded)), label="cut at byte")
        outcome(encoded[:cut])
        law_counts["3 robust: truncated bulletins"] += 1

    law()


def _legacy(text: str, encoding: str) -> bytes:
    """``text`` in a legacy single-byte encoding, unencodable characters replaced."""
    if encoding == "cp1258":
        text = unicodedata.normalize("NFD", text)
    return text.encode(encoding, errors="replace")


def test_a_bulletin_in_mixed_encodings_is_a_bulletin_or_a_source_error(
    law_counts: Counter[str],
) -> None:
    @given(
        rendered=rendered_bulletins(),
        split=st.floats(0, 1),
        encoding=st.sampled_from(("cp1258", "latin-1")),
        legacy_first=st.booleans(),
    )
    def law(rendered: Rendered, split: float, encoding: str, legacy_first: bool) -> None:
        at = int(len(rendered.text) * split)
        head, tail = rendered.text[:at], rendered.text[at:]
        if legacy_first:
            data = _legacy(head, encoding) + tail.encode("utf-8")
        else:
            data = head.encode("utf-8") + _legacy(tail, encoding)
        outcome(data)
        law_counts["3 robust: mixed encodings"] += 1

    law()


def test_a_bulletin_with_lines_lost_repeated_or_swapped_is_a_bulletin_or_a_source_error(
    law_counts: Counter[str],
) -> None:
    @given(rendered=rendered_bulletins(), data=st.data())
    def law(rendered: Rendered, data: st.DataObject) -> None:
        outcome(data.draw(lines_damaged(rendered.text), label="damaged").encode("utf-8"))
        law_counts["3 robust: lines dropped, repeated, swapped, cut"] += 1

    law()


def test_a_bulletin_with_numbers_out_of_range_is_a_bulletin_or_a_source_error(
    law_counts: Counter[str],
) -> None:
    @given(rendered=rendered_bulletins(), data=st.data())
    def law(rendered: Rendered, data: st.DataObject) -> None:
        outcome(data.draw(numbers_out_of_range(rendered.text), label="damaged").encode("utf-8"))
        law_counts["3 robust: numbers out of range"] += 1

    law()


# Pinned: parse_rfc822 overflowed converting these to UTC (found by the laws, fixed in 9ef8f53).
@pytest.mark.parametrize(
    "moment", ["Fri, 31 Dec 9999 23:59:59 -1400", "Mon, 01 Jan 0001 00:00:00 +1400"]
)
@pytest.mark.parametrize("source_format", [SourceFormat.FEED_TEXT, SourceFormat.FEED_XML], ids=str)
def test_a_feed_dated_at_the_end_of_time_is_a_bulletin_or_a_source_error(
    source_format: SourceFormat, moment: str
) -> None:
    rendered = generated(source_format, dt.date(2024, 6, 3))
    assert rendered.bulletin.channel is not None
    build = rendered.bulletin.channel.build_date_text
    outcome(rendered.text.replace(build, moment).encode("utf-8"))
