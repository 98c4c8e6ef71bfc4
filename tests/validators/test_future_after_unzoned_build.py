"""date.future against a feed build date that prints no zone or no time: an item is after the
build only if it is after every instant the build date may name."""

from __future__ import annotations

import pytest

from bantin.parsers import parse_bytes
from bantin.validators import validate

_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Sở Nội vụ tỉnh Mẫu - Cải cách hành chính</title>
<link>https://sonoivu.example.vn/</link>
<description>Tin cải cách hành chính</description>
<lastBuildDate>{build}</lastBuildDate>
<item><title>Tỉnh Mẫu đẩy mạnh dịch vụ công trực tuyến toàn trình</title>
<link>https://sonoivu.example.vn/tin/dich-vu-cong.html</link>
<description>Sáng nay, Sở Nội vụ tỉnh Mẫu họp với các sở, ngành bàn cách đưa thêm thủ tục
lên Cổng dịch vụ công, rút ngắn thời gian giải quyết hồ sơ cho người dân.</description>
<pubDate>{item}</pubDate></item>
</channel></rss>
"""


def _future(build: str, item: str) -> list[str]:
    text = _FEED.format(build=build, item=item)
    found = validate([parse_bytes(text.encode("utf-8"), "tin.xml")])
    return [f.message for f in found if f.rule == "date.future"]


@pytest.mark.parametrize(
    ("build", "item"),
    [
        # A server's UTC clock without a zone (17:30 in Hanoi): the item at 15:00 came before.
        ("2025-12-02T10:30:00", "Tue, 02 Dec 2025 15:00:00 +0700"),
        ("Tue, 02 Dec 2025 10:30:00", "2025-12-02T15:00:00+07:00"),
        ("02/12/2025 10:30", "Tue, 02 Dec 2025 15:00:00 +0700"),
        # A day without its time: the build may be any time that day.
        ("2025-12-02", "Tue, 02 Dec 2025 15:00:00 +0700"),
        ("Tue, 02 Dec 2025", "2025-12-02T23:30:00+07:00"),
        # The other way round (an item on Hanoi's clock without a zone), as before.
        ("Tue, 02 Dec 2025 03:35:00 GMT", "2025-12-02T10:30:00"),
    ],
)
def test_an_item_that_may_precede_the_build_is_not_after_it(build: str, item: str) -> None:
    assert _future(build, item) == []


@pytest.mark.parametrize(
    ("build", "item"),
    [
        # After every reading of the build date: still after it.
        ("2025-12-02T10:30:00", "Tue, 02 Dec 2025 18:00:00 +0700"),
        ("2025-12-02", "Wed, 03 Dec 2025 08:00:00 +0700"),
        ("02/12/2025 10:30", "Wed, 03 Dec 2025 08:00:00 +0700"),
        # A build date with its zone printed has no leeway.
        ("Tue, 02 Dec 2025 10:30:00 +0700", "Tue, 02 Dec 2025 10:31:00 +0700"),
        ("2025-12-02T10:30:00Z", "Tue, 02 Dec 2025 17:31:00 +0700"),
    ],
)
def test_an_item_after_every_reading_of_the_build_is_after_it(build: str, item: str) -> None:
    assert len(_future(build, item)) == 1
