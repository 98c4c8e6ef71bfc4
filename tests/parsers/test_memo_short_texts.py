"""The cache of short texts (``memo.short_texts_cached``) keeps no long text, and reads the same."""

from __future__ import annotations

from bantin.parsers.digest import split_page
from bantin.parsers.feed_dates import parse_feed_date
from bantin.parsers.memo import short_texts_cached


def test_a_long_text_is_read_afresh_and_never_kept() -> None:
    calls: list[str] = []

    @short_texts_cached(8, longest=10)
    def length(text: str | None, twice: bool = False) -> int:
        calls.append(text or "")
        return len(text or "") * (2 if twice else 1)

    assert [length("ngắn"), length("ngắn"), length("ngắn", twice=True)] == [4, 4, 8]
    assert calls == ["ngắn", "ngắn"]  # the second plain reading came from the cache
    long = "dài " * 100
    assert [length(long), length(long)] == [400, 400]
    assert calls[2:] == [long, long]  # read each time: a long text is not cached
    assert length.cache_info().currsize == 2  # type: ignore[attr-defined]


def test_the_cached_readers_read_a_long_line_as_a_short_one() -> None:
    """A TOC line of thousands of characters and a long feed date read as they did uncached."""
    title = ("Hà Nội: " + "đẩy mạnh cải cách hành chính " * 200).rstrip()
    assert split_page(f"{title}.....\t12") == (title, 12)
    assert split_page(f"{title}      12", spaced=True) == (title, 12)
    assert parse_feed_date("Mon, 01 Dec 2025 08:00:00 +0700" + " " * 500) == parse_feed_date(
        "Mon, 01 Dec 2025 08:00:00 +0700"
    )
