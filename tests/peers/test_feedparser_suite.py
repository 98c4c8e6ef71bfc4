"""The peer gate's checker on a few hand-written fixtures: it counts agreement, names the reason of
each disagreement, and fails below the agreement it is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.peers import feedparser_suite as suite

pytest.importorskip("feedparser")

AGREE = """<rss version="2.0"><channel><title>Tin</title>
<item><title>  Hà Nội:
 cấp phép   nhanh </title></item><item><title>Huế &amp; Đà Nẵng</title></item>
</channel></rss>"""
# feedparser takes the title of an image inside the item's category for the item's own.
QUIRK = """<rss version="2.0"><channel><item><category>Tin<image><url>a.jpg</url>
<title>Ảnh</title></image></category></item></channel></rss>"""
NOT_A_FEED = "<html><body>trang</body></html>"


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_agreement_and_disagreement_are_counted_and_explained(tmp_path: Path) -> None:
    root = write(tmp_path, {"a.xml": AGREE, "b.xml": QUIRK, "c.xml": NOT_A_FEED})
    tally = suite.check(root, budget=5.0)
    assert (tally.fixtures, tally.eligible, tally.agree) == (3, 2, 1)
    assert tally.crashes == [] and tally.slow == []
    assert list(tally.misses) == ["titles differ"]
    assert tally.unexplained == 1  # explained only under feedparser's own fixture name


def test_the_gate_fails_below_the_agreement_asked(tmp_path: Path) -> None:
    root = write(tmp_path, {"a.xml": AGREE, "b.xml": QUIRK})
    assert suite.main(["--fixtures", str(root), "--min-agreement", "0.5"]) == 0
    assert suite.main(["--fixtures", str(root), "--min-agreement", "0.9"]) == 1


def test_titles_are_compared_as_text() -> None:
    assert suite.normal_title(" Huế &amp;amp; <b>Đà</b>\u00a0Nẵng ") == "Huế & Đà Nẵng"
