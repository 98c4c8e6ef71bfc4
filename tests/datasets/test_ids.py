"""Ids are derived from content only and follow the published patterns."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from bantin import ids
from bantin.schemas import patterns
from tests.builders import digest, feed, sha_of


def test_digest_id_is_its_issue_date() -> None:
    assert ids.bulletin_id(digest(dt.date(2024, 2, 1)), sha_of("x")) == "cchc-2024-02-01"


def test_feed_id_is_host_slug_feed_slug_and_build_date() -> None:
    assert (
        ids.bulletin_id(feed(), sha_of("x")) == "feed-tin-example-vn-cai-cach-dia-phuong-2025-10-01"
    )


@pytest.mark.parametrize(
    ("title", "link", "slug"),
    [
        # WordPress names a category's feed "Category – Site", news sites "Category - Site RSS".
        (
            "cải cách hành chính – Doisongnhandan.com",
            "https://doisongnhandan.com",
            "cai-cach-hanh-chinh",
        ),
        ("Thời sự - VnExpress RSS", "https://vnexpress.net/rss/thoi-su.rss", "thoi-su"),
        ("Chính sách | Báo Chính phủ", "https://baochinhphu.vn", "chinh-sach"),
        # The site's own feed: its name alone.
        ("Doisongnhandan.com", "https://doisongnhandan.com", ""),
        ("VnExpress RSS", "https://vnexpress.net", ""),
        # No part names the site: every word but the host's.
        ("Sở Nội vụ tỉnh Bắc Giang", "https://sonoivu.bacgiang.gov.vn", "so-noi-vu-tinh-bac-giang"),
        ("", "https://tin.example.vn", ""),
        # Long titles stop at a word's end.
        (
            "Tin tức hoạt động cải cách hành chính và chuyển đổi số của tỉnh – Cổng thông tin",
            "https://congthongtin.example.vn",
            "tin-tuc-hoat-dong-cai-cach-hanh-chinh-va",
        ),
    ],
)
def test_a_feed_slug_is_what_the_title_says_besides_the_site(
    title: str, link: str, slug: str
) -> None:
    assert ids.feed_slug(title, link) == slug
    assert len(slug) <= ids.FEED_SLUG_MAX


@pytest.mark.parametrize(
    ("link", "slug"),
    [
        # A portal's feeds that all bear the portlet's title: the page's path tells them apart.
        ("https://sonoivu.example.gov.vn/web/guest/tin-tuc", "tin-tuc-trinh-cong-bo-noi-dung"),
        ("https://sonoivu.example.gov.vn/web/guest/cchc", "cchc-trinh-cong-bo-noi-dung"),
        ("https://sonoivu.example.gov.vn/", "trinh-cong-bo-noi-dung"),
        ("https://sonoivu.example.gov.vn/index.php", "trinh-cong-bo-noi-dung"),
    ],
)
def test_a_feed_slug_says_the_path_of_the_feeds_page_first(link: str, slug: str) -> None:
    assert ids.feed_slug("Trình công bố nội dung", link) == slug


def test_two_feeds_of_one_site_on_one_day_are_two_bulletins() -> None:
    """A site's category feeds share its link (WordPress prints the home page there): fetched on
    one day, they were one bulletin id, and all but one were quarantined as duplicates."""
    news, reform = feed(), feed()
    assert news.channel is not None and reform.channel is not None
    news = dataclasses.replace(
        news, channel=dataclasses.replace(news.channel, title="Tin tức – Báo Mẫu")
    )
    reform = dataclasses.replace(
        reform, channel=dataclasses.replace(reform.channel, title="Cải cách hành chính – Báo Mẫu")
    )
    assert ids.bulletin_id(news, sha_of("a")) == "feed-tin-example-vn-tuc-bao-mau-2025-10-01"
    assert (
        ids.bulletin_id(reform, sha_of("b"))
        == "feed-tin-example-vn-cai-cach-hanh-chinh-bao-mau-2025-10-01"
    )


@pytest.mark.parametrize(
    ("link", "slug"),
    [
        ("https://doisongnhandan.com", "doisongnhandan-com"),
        ("https://www.Example.gov.vn/feed/", "example-gov-vn"),
        ("baochinhphu.vn", "baochinhphu-vn"),
        ("", None),
        # A bracket typed into the host opens an IPv6 address it never closes: no host.
        ("https://[baochinhphu.vn/rss", None),
        ("baochinhphu.vn]/rss", None),
    ],
)
def test_host_slug(link: str, slug: str | None) -> None:
    assert ids.host_slug(link) == slug


def test_a_feed_whose_link_no_reader_can_tell_falls_back_to_the_file_digest() -> None:
    sha = sha_of("feed")
    channel = feed().channel
    assert channel is not None
    link = "https://[tin.example.vn/"
    broken = dataclasses.replace(feed(), channel=dataclasses.replace(channel, link=link))
    assert ids.bulletin_id(broken, sha) == f"feed-unknown-{sha[:12]}"


def test_unknown_date_falls_back_to_the_file_digest() -> None:
    sha = sha_of("bad")
    assert ids.bulletin_id(digest(None), sha) == f"cchc-unknown-{sha[:12]}"
    undated_feed = dataclasses.replace(feed(), issue_date=None)
    assert ids.bulletin_id(undated_feed, sha) == f"feed-unknown-{sha[:12]}"


def test_feed_without_channel_link_falls_back_to_the_file_digest() -> None:
    snapshot = feed()
    assert snapshot.channel is not None
    no_link = dataclasses.replace(snapshot, channel=dataclasses.replace(snapshot.channel, link=""))
    assert ids.bulletin_id(no_link, "AB" * 32) == "feed-unknown-abababababab"


def test_child_ids_pad_positions_and_grow_when_needed() -> None:
    assert ids.article_id("cchc-2024-02-01", 3) == "cchc-2024-02-01-03"
    assert ids.article_id("cchc-2024-02-01", 123) == "cchc-2024-02-01-123"
    assert ids.citation_id("cchc-2024-02-01-03") == "cchc-2024-02-01-03-c"
    assert ids.figure_id("cchc-2024-02-01-03", 7) == "cchc-2024-02-01-03-f007"
    assert ids.figure_id("cchc-2024-02-01-03", 1234) == "cchc-2024-02-01-03-f1234"
    with pytest.raises(ValueError, match="1-based"):
        ids.article_id("cchc-2024-02-01", 0)


def test_ids_match_the_published_patterns() -> None:
    bulletin_ids = [
        ids.bulletin_id(digest(), sha_of("a")),
        ids.bulletin_id(feed(), sha_of("b")),
        ids.bulletin_id(digest(None), sha_of("c")),
    ]
    for bulletin_id in bulletin_ids:
        assert re.match(patterns.BULLETIN_ID, bulletin_id)
        article = ids.article_id(bulletin_id, 12)
        assert re.match(patterns.ARTICLE_ID, article)
        assert re.match(patterns.CITATION_ID, ids.citation_id(article))
        assert re.match(patterns.FIGURE_ID, ids.figure_id(article, 2))
    assert re.match(patterns.FINDING_ID, ids.finding_id("toc.numbering", "a.txt", 3, "gap"))


def test_finding_id_is_stable_and_depends_on_every_part() -> None:
    base = ("toc.numbering", "corpus/a.txt", 12, "entry 3 is missing")
    first = ids.finding_id(*base)
    # Pinned: a changed scheme would renumber every finding of every past release.
    assert first == "5077dbd3c32fb2b2"
    variants = {
        ids.finding_id("toc.pages", *base[1:]),
        ids.finding_id(base[0], "corpus/b.txt", *base[2:]),
        ids.finding_id(base[0], base[1], None, base[3]),
        ids.finding_id(*base[:3], "entry 4 is missing"),
        ids.finding_id(*base, occurrence=1),
    }
    assert first not in variants and len(variants) == 5


def test_finding_id_of_a_vietnamese_message_is_pinned() -> None:
    # Most messages quote Vietnamese text and many file names are Vietnamese: their ids are the
    # keys users waive and diff findings by, so they must not change with how text is serialised
    # (escaped or not, which encoding). The ASCII pin above cannot see such a change.
    key = ("date.impossible", "bản tin/ngày-03.txt", 41, "ngày 31/9 không có trong lịch")
    assert ids.finding_id(*key) == "1d9fcc6227658e4d"
    assert ids.finding_ids([key, key, key])[2] == "81353ea227daae70"


def test_finding_ids_number_repeated_findings() -> None:
    same = ("date.impossible", "a.txt", 5, "31/9 does not exist")
    other = ("date.future", "a.txt", 6, "cited after the issue date")
    result = ids.finding_ids([same, other, same])
    assert result == [
        ids.finding_id(*same, occurrence=0),
        ids.finding_id(*other, occurrence=0),
        ids.finding_id(*same, occurrence=1),
    ]
    assert len(set(result)) == 3
